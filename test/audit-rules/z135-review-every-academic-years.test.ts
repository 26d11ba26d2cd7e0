/**
 * review-date-missing and review-overdue (held-out set zz135), in our own words; every name is invented; as of 1
 * December 2026. "Agreed by the Council: 9 February 2024. This policy is reviewed every two academic years …": an
 * interval counted in academic (or school) years, with an approval date, gives a due date (February 2026) — overdue,
 * not a policy with no review date. Near misses: the same interval with a recent approval is neither; "every two
 * academic years" with no date at all is still a cycle with no date.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const ids = (text: string, format: SourceDocument["format"]) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map(() => rule.meta.id),
  );

const policy = (front: string) =>
  [
    "# Safeguarding Learners Under 18",
    "",
    "Fernmoor College of Art · Policy QA-7",
    "",
    front,
    "",
    "## 1. Scope",
    "",
    "This policy covers learners who are under 18 when they join a course, and children visiting the college.",
    "",
  ].join("\n");

describe("a review every so many academic years, counted from an approval date", () => {
  it.each(["md", "docx"] as const)("is overdue two academic years after an old approval (%s)", (format) => {
    const text = policy(
      "Agreed by the Council: 9 February 2024. This policy is reviewed every two academic years by the Registrar.",
    );
    expect(ids(text, format)).toEqual(["review-overdue"]);
  });

  it("reads 'every other school year' the same way", () => {
    const text = policy(
      "Agreed by the Council: 9 February 2024. This policy is reviewed every other school year.",
    );
    expect(ids(text, "md")).toEqual(["review-overdue"]);
  });

  it("stays quiet when the approval is recent", () => {
    const text = policy(
      "Agreed by the Council: 9 October 2025. This policy is reviewed every two academic years by the Registrar.",
    );
    expect(ids(text, "md")).toEqual([]);
  });

  it("still asks for a date when the interval has none to count from", () => {
    const text = policy("This policy is reviewed every two academic years by the Registrar.");
    expect(ids(text, "md")).toEqual(["review-date-missing"]);
  });
});
