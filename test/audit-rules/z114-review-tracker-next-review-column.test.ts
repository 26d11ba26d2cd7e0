/**
 * A setting's compliance tracker whose due column is headed "Next review" (the thirty-fifth session's note on the
 * held-out set zz114; in our own words, every name invented; as of 1 December 2026): | Item | Last done | Next review |
 * with a row per thing the club keeps up to date. Only the policy's own row ("Safeguarding policy", "This policy")
 * says when the policy is next reviewed; another row's date (a first aid kit check due 1 November 2026, insurance due
 * March 2026) is not the policy's, and a tracker with no row for the policy says nothing about its review — neither
 * overdue nor "no date". A version table (| Version | Date | Next review |) is read as before.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (text: string) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf }).map((f) => `${rule.meta.id}: ${f.excerpt}`),
  );

const policy = (header: string, rows: string[], more = "") =>
  [
    "# Hollowmere Archery Club – Safeguarding Policy",
    "",
    "## 1. Who to contact",
    "",
    "Club Welfare Officer: Dana Whitlow, 07700 900 111. Deputy: Kofi Mensah, 07700 900 112.",
    "",
    more,
    "",
    "## 2. Compliance tracker",
    "",
    header,
    "| --- | --- | --- |",
    ...rows,
    "",
  ].join("\n");

describe("review: a tracker of items with a 'Next review' column", () => {
  it("reads only the policy's own row", () => {
    const rows = (own: string) => [
      "| Fire risk assessment | 01/02/2025 | 01/02/2027 |",
      `| Safeguarding policy | 10/09/2025 | ${own} |`,
      "| First aid kit check | 01/10/2026 | 01/11/2026 |",
    ];
    expect(found(policy("| Item | Last done | Next review |", rows("10/09/2027")))).toEqual([]);
    expect(found(policy("| Item | Last done | Next review |", rows("10/09/2026")))).toEqual([
      "review-overdue: 10/09/2026",
    ]);
  });
  it("says nothing about the policy's review when no row is the policy's", () => {
    const rows = [
      "| Insurance renewal | 01/03/2025 | 01/03/2026 |",
      "| First aid kit check | 01/10/2026 | 01/11/2026 |",
    ];
    expect(
      found(
        policy(
          "| Item | Last done | Next review |",
          rows,
          "This policy was adopted on 4 May 2026 and is next reviewed in May 2027.",
        ),
      ),
    ).toEqual([]);
  });
  it("reads a document-control table of what was done as versions, not as a tracker (review of the session)", () => {
    const text = [
      "# Hollybank Youth Club – Safeguarding Policy",
      "",
      "Designated Safeguarding Lead: Priya Shah (07700 900 123). Deputy: Tom Ure (07700 900 456).",
      "",
      "## Document control",
      "",
      "| Action | By | Date | Next review |",
      "|---|---|---|---|",
      "| Written | Committee | 01/09/2023 | 01/09/2024 |",
      "| Reviewed | Committee | 02/09/2024 | 01/09/2025 |",
      "",
    ].join("\n");
    expect(found(text)).toEqual(["review-overdue: 01/09/2025"]);
  });
  it("reads a version table's rows as before", () => {
    const rows = ["| 1.0 | 01/09/2023 | 01/09/2024 |", "| 2.0 | 01/09/2024 | 01/09/2025 |"];
    expect(found(policy("| Version | Date | Next review |", rows))).toEqual(["review-overdue: 01/09/2025"]);
  });
});
