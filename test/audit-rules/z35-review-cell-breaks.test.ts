/**
 * A Markdown table copied from Word keeps a cell's line breaks as `<br>`: a label cell wrapped onto several lines
 * ("Next review<br>date"), and a value cell whose date sits at the foot after empty lines ("<br><br>10/01/2027").
 * The breaks read as spaces, so the label is one label and the date is its date. From the thirty-fifth held-out set
 * (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf }).map(() => rule.meta.id),
  );

const policy = (row: string) =>
  [
    "# Larkfield Climbing Wall — Safeguarding Policy",
    "",
    "| Version | Date | Owner |",
    "| --- | --- | --- |",
    "| 3.0 | 12 February 2026 | Centre Manager |",
    row,
    "",
    "## 1. Our promise",
    "",
    "Every young climber is belayed by a trained instructor, and parents may watch from the viewing area.",
    "",
  ].join("\n");

describe("line breaks in a table's cells", () => {
  for (const row of [
    "| Next review<br>date | <br><br>10/01/2027 | |",
    "| Date this policy is due<br>for review | <br/>10 January 2027 | |",
    "| When this policy is<br>next due for<br>review | <br> <br>10.01.2027 | |",
  ])
    it(`reads the wrapped label and the date at the foot of its cell: ${row}`, () => {
      expect(findings(policy(row))).toEqual(["review-due-soon"]);
    });

  it("near miss: a wrapped label with no date in its cell is still a review with no date", () => {
    expect(findings(policy("| Next review<br>date | <br><br>to be agreed | |"))).toEqual([
      "review-date-missing",
    ]);
  });

  it("near miss: a date long past at the foot of the cell is overdue", () => {
    expect(findings(policy("| Next review<br>date | <br><br>14/02/2025 | |"))).toEqual(["review-overdue"]);
  });
});
