/**
 * A last review with its interval in brackets after it — "Policy reviewed: Summer Term 2024 (annual)",
 * "Reviewed: October 2024 (biennial)" — is a due date: the last review plus the interval. Real policies often
 * write their review line this way, with no separate "next review" line (fictional examples, as of 1 December
 * 2026).
 */
import { describe, expect, it } from "vitest";
import type { ReportDescriptor, SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const RULES = [reviewDateMissing, reviewOverdue, reviewDueSoon];

function findings(
  text: string,
  format: SourceDocument["format"] = "md",
): Array<ReportDescriptor & { rule: string }> {
  return RULES.flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map((f) => ({ ...f, rule: rule.meta.id })),
  );
}

function policy(reviewLine: string): string {
  return [
    "# Meadowbank Playgroup: Keeping Children Safe",
    "",
    "Our designated lead is Priya Castell, playgroup leader.",
    "",
    "**Review of this policy**",
    "",
    reviewLine,
    "",
    "Signed on behalf of the committee by Dorothy Fenn, chair",
    "",
  ].join("\n");
}

const CASES: Array<{ line: string; rule?: string; excerpt?: string; message?: string }> = [
  {
    line: "Policy reviewed: Summer Term 2024 (annual)",
    rule: "review-overdue",
    excerpt: "Summer Term 2024",
    message: "last reviewed Summer Term 2024 and reviewed every year, so due the end of Summer Term 2025",
  },
  {
    line: "Reviewed: October 2023 (biennial)",
    rule: "review-overdue",
    excerpt: "October 2023",
    message: "reviewed every two years, so due the end of October 2025",
  },
  {
    line: "Last reviewed: Autumn Term 2022 (triennial)",
    rule: "review-overdue",
    excerpt: "Autumn Term 2022",
    message: "reviewed every three years, so due the end of Autumn Term 2025",
  },
  {
    line: "Last reviewed Spring 2024 – reviewed annually",
    rule: "review-overdue",
    excerpt: "Spring 2024",
    message: "reviewed every year",
  },
  // The interval as a label's whole value, ending its sentence, before the last review.
  {
    line: "Review: annual. Last reviewed: Spring 2024",
    rule: "review-overdue",
    excerpt: "Spring 2024",
    message: "reviewed every year, so due the end of Spring 2025",
  },
  // "Date reviewed:" labels the line as the policy's review, so the interval in brackets is the policy's.
  {
    line: "Date reviewed: 14/03/2024 (every 2 years)",
    rule: "review-overdue",
    excerpt: "14/03/2024",
    message: "reviewed every two years, so due 14 March 2026",
  },
  // Still in date: the interval reaches past the audit date, so nothing is missing and nothing is overdue.
  { line: "Reviewed: September 2025 (biennial)" },
  { line: "This policy was reviewed in Spring Term 2026 (annual)" },
  // Due within the next 60 days.
  {
    line: "Reviewed: December 2025 (yearly)",
    rule: "review-due-soon",
    excerpt: "December 2025",
    message: "so due the end of December 2026",
  },
];

describe("a last review with its interval in brackets", () => {
  for (const c of CASES) {
    for (const format of ["md", "txt"] as const) {
      it(`${c.line} (${format})`, () => {
        const found = findings(policy(c.line), format);
        const summary = found.map((f) => `${f.rule}: ${f.message}`).join("\n");
        expect(
          found.map((f) => f.rule),
          summary,
        ).toEqual(c.rule ? [c.rule] : []);
        if (!c.rule) return;
        const text = policy(c.line);
        expect(text.slice(found[0].offset, found[0].endOffset)).toContain(c.excerpt);
        expect(found[0].message).toContain(c.message);
      });
    }
  }

  it("reads '(annual)' about training as no review interval", () => {
    const training = policy("All staff complete safeguarding training (annual)");
    expect(findings(training).map((f) => f.rule)).toEqual(["review-date-missing"]);
  });
});
