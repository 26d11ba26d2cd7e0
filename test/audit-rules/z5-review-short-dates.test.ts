/**
 * Review dates written as a month and a two-digit year ("Next review: 09/26", "| Review due | 11/27 |",
 * "Reviewed: 10/25 (annual)"), as policy footers and boxes often write them. Only where no other reading is
 * possible: "03/11" (3 November, or March 2011?) is left alone. In our own words; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { findReviewStatements } from "../../src/audit/text/review.js";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string) => reviewFindings(text, asOf);

function policy(line: string): string {
  return [
    "# Brackenside Tennis Club — Safeguarding Policy",
    "",
    "Our welfare officer is Dominic Ashworth-Lee, who coaches the under-12s.",
    "",
    line,
    "",
  ].join("\n");
}

describe("review dates as a month and a two-digit year", () => {
  it("reads 'Next review: 09/26' as September 2026, and reports it overdue", () => {
    const text = policy("Next review: 09/26");
    expect(findReviewStatements(text)[0].date?.date).toEqual({
      first: "2026-09-01",
      last: "2026-09-30",
      precision: "month",
    });
    const found = findings(text);
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(found[0].message).toContain("September 2026");
  });

  it("reads a table cell and a date still to come without a finding", () => {
    for (const line of [
      "| Policy | Review due |\n| --- | --- |\n| Safeguarding | 11/27 |",
      "Next review date: 11/27",
    ])
      expect(findings(policy(line))).toEqual([]);
  });

  it("reads a last review with its interval in brackets", () => {
    const found = findings(policy("Reviewed: 10/25 (annual)"));
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(found[0].message).toContain("October 2025");
  });

  it("leaves '03/11' alone: a day and a month, or a month and a year", () => {
    expect(findReviewStatements(policy("Next review: 03/11"))[0].date).toBeUndefined();
  });
});
