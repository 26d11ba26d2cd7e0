/**
 * A bare "Review:" label after a field separator (issue 11, the seventy-second held-out set, in our own words; every
 * name is invented; as of 1 December 2026): a running header's line of fields, "Kestrel Club · Safeguarding ·
 * Review: Feb '26", and a sentence's second clause after a semicolon, "Adopted by the committee on 3 March 2025;
 * review: Feb '26." The label counts only with a date close after it; "review:" mid-line without one (a list of
 * steps, "record; review: the DSL decides") says nothing.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string, format: "md" | "pdf" = "md") =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map((f) => [rule.meta.id, f.message]),
  );

const policy = (line: string) =>
  [
    "# Marram Bay Sailing Club",
    "",
    line,
    "",
    "## 1. Why we have this policy",
    "",
    "Every member of the club shares the job of keeping young sailors safe.",
    "",
  ].join("\n");

describe("'Review:' after a field separator", () => {
  it("reads the date of a running header's field", () => {
    expect(findings(policy("Marram Bay Sailing Club · Juniors · Review: Feb '26"))).toEqual([
      ["review-overdue", expect.stringMatching(/February 2026/)],
    ]);
    expect(findings(policy("Marram Bay Sailing Club • Version 3 • Policy review: 14 January 2027"))).toEqual([
      ["review-due-soon", expect.stringMatching(/14 January 2027/)],
    ]);
    expect(findings(policy("Marram Bay Sailing Club · Safeguarding · Review: October 2028"))).toEqual([]);
  });

  it("reads the date after a semicolon in a sentence", () => {
    expect(findings(policy("The committee adopted this policy on 3 March 2025; review: Feb '26."))).toEqual([
      ["review-overdue", expect.stringMatching(/February 2026/)],
    ]);
    expect(findings(policy("Adopted at the AGM on 3 March 2026; review: March 2028."))).toEqual([]);
  });

  it("says nothing without a date close after it", () => {
    for (const line of [
      "When a worry is raised: listen; record; review: the welfare officer decides what happens next.",
      "Marram Bay Sailing Club · Juniors · Review: see the committee minutes",
    ])
      expect(findings(policy(line))).toEqual([
        ["review-date-missing", expect.stringMatching(/does not say when/)],
      ]);
  });
});
