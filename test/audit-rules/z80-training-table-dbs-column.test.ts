/**
 * Shapes from the eightieth held-out set (issue 11), in our own words; every name is invented:
 * - a table of people with a DBS column and a course column, no date column: "| Enhanced – 02/2025 | Deputy lead
 *   course – yes |". The DBS check's date is not the course's: the course is undated.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const FORMATS = ["md", "docx", "pdf"] as const;

function policy(deputyCourse: string): string {
  return [
    "# Harrowgate Junior Fencing – Safeguarding Policy",
    "",
    "## 2. Who to tell",
    "",
    "Welfare Officer: Lorcan Prideaux – 07700 900 611",
    "",
    "Deputy: Elspeth Varley – 07700 900 612",
    "",
    "## 5. Training and checks",
    "",
    "| Volunteer | Role | DBS | Safeguarding course |",
    "| --- | --- | --- | --- |",
    "| Lorcan Prideaux | Welfare Officer | Enhanced – 03/2024 | Designated lead course – 11/2025 |",
    `| Elspeth Varley | Deputy | Enhanced – 02/2025 | ${deputyCourse} |`,
    "| Gareth Nunn | Coach | Enhanced – 07/2024 | Safeguarding awareness – 06/2025 |",
    "",
  ].join("\n");
}

describe("a DBS column's date is not the course's", () => {
  for (const format of FORMATS)
    it(`a course cell "– yes" with no date is undated (${format})`, () => {
      const text = policy("Deputy lead course – yes");
      const found = checkText(trainingUndated, text, { asOf, format });
      expect(found.map((r) => r.message)).toEqual([expect.stringContaining("Elspeth Varley")]);
    });

  it("a dated course cell is dated (near miss)", () => {
    const text = policy("Deputy lead course – 09/2025");
    expect(excerpts(checkText(trainingUndated, text, { asOf }), text)).toEqual([]);
  });
});
