/**
 * A review said as a habit of those who own the policy, in our own words (issue 11, the twenty-second held-out
 * set; every name is invented; as of 1 December 2026):
 * - "The trustees go over this policy together every September … Last gone over: September 2025": a yearly
 *   interval and a last review, so due a year after it;
 * - "each <thing> in <month>" ("at the start of each season in April") comes once a year;
 * - "Last looked at:", "Last checked:", "Last read through:" as the label of the last review;
 * - near misses: volunteers reading the policy each September (reading it, not reviewing it), and "each week in
 *   August 2026" (one August, not every year).
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format: "md" }).map((f) => [rule.meta.id, f.message]),
  );

const policy = (review: string) =>
  [
    "# Larchwood Canoe Club – Keeping Young Paddlers Safe",
    "",
    "## Our promise",
    "",
    "Every junior session has two coaches on the bank, and parents are welcome to stay and watch.",
    "",
    "## Looking after this policy",
    "",
    review,
    "",
  ].join("\n");

describe("the owners going over the policy at a yearly time, and when they last did", () => {
  it.each([
    "The trustees go over this policy together every September, and after any serious incident. Last gone over: September 2025.",
    "The session leaders look at this statement together at the start of each season in April, and whenever the law changes.\nLast looked at: April 2025.",
    "We read through our safeguarding policy at the committee meeting each March. Last read through: 12 March 2025.",
    "The club committee looks at this policy at the first meeting of each year in January. Last checked: January 2025.",
  ])("is overdue a year after the last look: %s", (review) => {
    expect(findings(policy(review))).toEqual([["review-overdue", expect.stringMatching(/2026/)]]);
  });

  it("is not yet due when the last look was less than a year ago", () => {
    const recent = policy(
      "The trustees go over this policy together every September. Last gone over: September 2026.",
    );
    expect(findings(recent)).toEqual([]);
  });

  it.each([
    // Volunteers reading it is not a review.
    "All volunteers read through this policy every September at their refresher evening. Last read through: September 2025.",
    // One August, not every year.
    "The session leaders look at this policy each week in August 2026 while the summer scheme runs. Last looked at: August 2025.",
  ])("reads no review interval from: %s", (review) => {
    expect(findings(policy(review))).toEqual([
      ["review-date-missing", expect.stringMatching(/does not say/)],
    ]);
  });
});
