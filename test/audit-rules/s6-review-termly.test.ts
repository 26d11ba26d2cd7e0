/**
 * A review each term as the policy's interval (issue 11, "Dates and review statements"): schools and pre-schools
 * review some policies "termly", "each term", "once a term", "every half-term". A school year has three terms,
 * so a review each term is at most four months after the last (read as four, the longest gap between two
 * term-time reviews outside the summer); each half-term two months. A named term that comes once a year ("each
 * autumn term") stays yearly, and a term's other business ("the DSL reports to governors each term") is not the
 * policy's review. In our own words; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { findReviewIntervals } from "../../src/audit/text/review.js";
import { checkText, reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(lines: string[]): string {
  return [
    "# Sandpiper Lane Pre-school — Intimate Care and Safeguarding",
    "",
    "Our designated safeguarding lead is Marisol Quayle, the pre-school manager.",
    "",
    ...lines,
    "",
  ].join("\n");
}

describe("a review each term", () => {
  it("reads 'termly', 'each term', 'every term', 'once a term' as four months", () => {
    for (const words of [
      "This policy is reviewed termly by the committee.",
      "The policy is reviewed each term.",
      "We review this policy every school term.",
      "This procedure is reviewed once a term.",
      "| Review frequency | Termly |",
    ])
      expect(
        findReviewIntervals(words).map((i) => i.months),
        words,
      ).toEqual([4]);
  });

  it("reads 'every half-term' and 'half-termly' as two months", () => {
    for (const words of [
      "This policy is reviewed every half-term.",
      "The document is reviewed half termly while the building works last.",
      "This policy is reviewed each half term.",
    ])
      expect(
        findReviewIntervals(words).map((i) => i.months),
        words,
      ).toEqual([2]);
  });

  it("keeps a named term once a year, and a term's other business out", () => {
    expect(findReviewIntervals("This policy is reviewed each autumn term.").map((i) => i.months)).toEqual([
      12,
    ]);
    expect(
      findReviewIntervals("The DSL reports to governors each term; this policy is reviewed every year.").map(
        (i) => i.months,
      ),
    ).toEqual([12]);
    expect(findReviewIntervals("Staff have safeguarding training each term, and it is reviewed.")).toEqual(
      [],
    );
  });

  it("reports a termly policy last reviewed in May as overdue, with its reasoning", () => {
    const found = reviewFindings(
      policy(["This policy is reviewed termly.", "", "Last reviewed: 12 May 2026"]),
      asOf,
    );
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(found[0].message).toContain(
      'last reviewed 12 May 2026 and reviewed "termly" (every four months at the latest), so due 12 September 2026',
    );
  });

  it("says a termly policy reviewed in September is due soon, and one reviewed in November nothing", () => {
    const soon = reviewFindings(
      policy(["This policy is reviewed each term.", "", "Last reviewed: 20 September 2026"]),
      asOf,
    );
    expect(soon.map((f) => f.rule)).toEqual(["review-due-soon"]);
    expect(
      reviewFindings(
        policy(["This policy is reviewed each term.", "", "Last reviewed: 2 November 2026"]),
        asOf,
      ),
    ).toEqual([]);
  });
});

describe("a version history's 'Annual review'", () => {
  const rows = [
    "| Version | Date | Changes | By |",
    "| --- | --- | --- | --- |",
    "| 3.0 | 15/09/2025 | Annual review; contacts updated | Committee |",
    "",
  ];
  it("is the change's name, not the interval, in a table or a PDF's flattened row", () => {
    const markdown = policy([...rows, "This policy is reviewed termly. Last reviewed: 15 September 2025"]);
    const pdf = policy([
      "Version Date Changes By",
      "3.0 15/09/2025 Annual review; contacts updated Committee",
      "This policy is reviewed termly. Last reviewed: 15 September 2025",
    ]);
    for (const [text, format] of [
      [markdown, "md"],
      [pdf, "pdf"],
    ] as const) {
      const found = [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
        checkText(rule, text, { asOf, format }).map((f) => ({ ...f, rule: rule.meta.id })),
      );
      expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
      expect(found[0].message).toContain("so due 15 January 2026");
    }
  });
});
