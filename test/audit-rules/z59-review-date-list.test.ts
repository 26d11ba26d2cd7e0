/**
 * review-overdue (held-out set zz59), in our own words; every name is invented. As of 1 December 2026.
 * A "Reviewed:" label followed by a list of past review dates ("Reviewed: September 2024, September 2025, 1st of
 * September 2026") records every review; the last review is the latest date in the list, not the first.
 * Near misses: a list whose latest date is itself over a year old is still overdue; a date after other words
 * ("…, next due September 2025") is not part of the list.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const policy = (reviewed: string) =>
  [
    "# Harebell Violin Lessons – Safeguarding Policy",
    "",
    `**Reviewed: ${reviewed}** I review this policy every year, each September, and after any concern.`,
    "",
    "## 1. Why I have this policy",
    "",
    "Every pupil I teach has the right to learn safely.",
  ].join("\n");

describe("review-overdue: a list of past review dates", () => {
  it("counts from the latest date in the list, in Markdown and Word", () => {
    for (const document of [
      markdownDocument(policy("September 2024, September 2025, 1st of September 2026.")),
      wordDocument(policy("September 2024, September 2025, 1st of September 2026.")),
      markdownDocument(policy("Sept 2024, Sept 2025 and Sept 2026.")),
    ])
      expect(run(reviewOverdue, document)).toEqual([]);
  });

  it("still reports a list whose latest date is over a year old", () => {
    const reported = run(reviewOverdue, markdownDocument(policy("Sept 2022, Sept 2023, 4 September 2024.")));
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toContain("last reviewed 4 September 2024");
  });

  it("does not take a date after other words as part of the list", () => {
    const reported = run(reviewOverdue, markdownDocument(policy("September 2024, next due September 2027.")));
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toContain("September 2024");
  });
});
