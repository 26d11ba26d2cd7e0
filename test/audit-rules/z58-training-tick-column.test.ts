/**
 * A training record with a column of tick boxes before the names, in our own words; every name is invented. As of
 * 1 December 2026:
 * - a column headed "Tick when done" (or "Done?", "✓") whose cells hold only boxes (☐ ☒ ✓) is where someone ticks the
 *   row off, not the date it was done: the row's date is in its "Date" column;
 * - a "Done" column that holds dates is still the completion date.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function record(head: string, rows: string[]): string {
  return [
    "# Kittiwake Holiday Club — Safeguarding Policy",
    "",
    "Designated Safeguarding Lead: Ms Odile Farrant, 07700 900412.",
    "",
    "## 6. Staff training record",
    "",
    head,
    head.replace(/[^|]+/g, " --- "),
    ...rows,
    "",
  ].join("\n");
}

const undated = (text: string) => excerpts(checkText(trainingUndated, text, { asOf }), text);
const stale = (text: string) => excerpts(checkText(trainingStale, text, { asOf }), text);

describe("a column of tick boxes before a training record's names", () => {
  for (const head of ["| Tick when done | Name | Course | Date |", "| Done? | Name | Course | Date |"]) {
    it(`is not the date column (${head})`, () => {
      const text = record(head, [
        "| ☒ | Odile Farrant | Level 3 DSL (Hollowmere SCP) | 14/05/2025 |",
        "| ✓ | Rhodri Pascoe | Safeguarding awareness | 02/03/2022 |",
        "| ☐ | Mali Trevenna | Safeguarding awareness | |",
      ]);
      expect(undated(text)).toEqual(["| ☐ | Mali Trevenna | Safeguarding awareness | |"]);
      expect(stale(text)).toEqual(["| ✓ | Rhodri Pascoe | Safeguarding awareness | 02/03/2022 |"]);
    });
  }

  it("a 'Done' column that holds dates is still the completion date", () => {
    const text = record("| Name | Course | Done | Notes |", [
      "| Odile Farrant | Level 3 DSL (Hollowmere SCP) | 14/05/2025 | certificate on file |",
      "| Rhodri Pascoe | Safeguarding awareness | 02/03/2022 | |",
    ]);
    expect(undated(text)).toEqual([]);
    expect(stale(text)).toEqual(["| Rhodri Pascoe | Safeguarding awareness | 02/03/2022 | |"]);
  });
});
