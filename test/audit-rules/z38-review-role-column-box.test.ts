/**
 * A review of the thirty-seventh session's last change, in our own words; every name is invented. As of 1 December
 * 2026. A box of people by column (roles over names, then rows of their details) gives a "Trained:" cell to the
 * column's one person; a second name lower in the column (someone covering from a later date) makes the column no
 * one's, however far down it stands — the box once looked only in its first six rows and gave the cover's old record
 * to the lead above.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const box = (lower: string[]) =>
  [
    "# Safeguarding policy — Riverside Youth Club",
    "",
    "Adopted by the committee on 3 March 2026. Next review date: March 2027.",
    "",
    "| Designated Safeguarding Lead | Deputy Designated Safeguarding Lead |",
    "|---|---|",
    "| **Aoife Ryan** | **Cathal Lee** |",
    "| Club Manager | Youth Worker |",
    "| 01632 960111 | 01632 960112 |",
    "| aoife@riverside.example | cathal@riverside.example |",
    "| Mon–Wed | Thu–Fri |",
    "| Office 1 | Office 2 |",
    "| Sessions: Mon | Sessions: Thu |",
    ...lower,
  ].join("\n");

describe("a box of people by column", () => {
  it("a second name far down the column makes its 'Trained:' cell no one's", () => {
    const text = box([
      "| **Covering from January 2027:** | |",
      "| **Sean Daly** | |",
      "| Trained: 02/2022 | |",
    ]);
    expect(checkText(trainingStale, text, { asOf }).map((f) => f.message)).toEqual([]);
  });
  it("still gives a far-down 'Trained:' cell to the column's one person", () => {
    const text = box(["| Trained: 02/2022 | Trained: 05/2025 |"]);
    expect(checkText(trainingStale, text, { asOf }).map((f) => f.excerpt)).toEqual(["Trained: 02/2022"]);
  });
});
