/**
 * The self-service page's grouping of findings under the self-audit's questions (src/site/questions.ts): every
 * rule the audit can report has its question, and the red / amber / green summary follows the severities.
 */
import { describe, expect, it } from "vitest";
import { rules } from "../src/audit/rules/index.js";
import type { Finding } from "../src/model.js";
import {
  groupByQuestion,
  QUESTIONS,
  questionFor,
  severityText,
  summarise,
  whereText,
} from "../src/site/questions.js";

const finding = (ruleId: string, severity: Finding["severity"], extra: Partial<Finding> = {}): Finding => ({
  ruleId,
  severity,
  message: `${ruleId} message`,
  file: "policy.docx",
  ...extra,
});

describe("the self-audit's questions", () => {
  it("place every document rule of the registry under a question of its own, none under Other", () => {
    const unplaced = rules.map((r) => r.meta.id).filter((id) => questionFor(id).id === "other");
    // contents-mismatch and section-reference are about the document's own structure: "Other" is their place.
    expect(unplaced.sort()).toEqual(["contents-mismatch", "section-reference"]);
  });

  it("name each rule once, and only rules that exist", () => {
    const listed = QUESTIONS.flatMap((q) => q.rules);
    expect(new Set(listed).size).toBe(listed.length);
    const ids = new Set(rules.map((r) => r.meta.id));
    expect(listed.filter((id) => !ids.has(id))).toEqual([]);
  });

  it("group findings in the questions' order, keeping the findings' own order within each", () => {
    const groups = groupByQuestion([
      finding("placeholder-text", "error"),
      finding("training-stale", "error", { excerpt: "A" }),
      finding("review-overdue", "error"),
      finding("training-missing", "error", { excerpt: "B" }),
      finding("rule-error", "error"),
    ]);
    expect(groups.map((g) => [g.question.text, g.findings.map((f) => f.ruleId)])).toEqual([
      ["Is a lead named and trained?", ["training-stale", "training-missing"]],
      ["Is the policy in date?", ["review-overdue"]],
      ["Are the contacts right?", []],
      ["Is anything left from the template?", ["placeholder-text"]],
      ["Other things to look at", ["rule-error"]],
    ]);
  });
});

describe("the summary", () => {
  it("is red when anything must be fixed, amber when there are only things to check, green when nothing", () => {
    expect(summarise([finding("review-overdue", "error"), finding("national-contact", "warning")])).toEqual({
      rating: "red",
      label: "Red",
      errors: 1,
      warnings: 1,
      headline: "1 thing must be fixed, and 1 more is worth checking.",
    });
    expect(summarise([finding("a", "error"), finding("b", "error")]).headline).toBe(
      "2 things must be fixed.",
    );
    expect(summarise([finding("a", "warning"), finding("b", "warning")])).toMatchObject({
      rating: "amber",
      headline: "Nothing must be fixed, but 2 things are worth checking.",
    });
    expect(summarise([])).toMatchObject({ rating: "green", label: "Green" });
  });

  it("says where in words: the finding's location first, else its line, else the whole document", () => {
    expect(whereText(finding("a", "error", { location: "page 3", line: 40 }))).toBe("Page 3");
    expect(whereText(finding("a", "error", { line: 12 }))).toBe("Line 12");
    expect(whereText(finding("a", "error"))).toBe("The whole document");
    expect([severityText(finding("a", "error")), severityText(finding("a", "warning"))]).toEqual([
      "Must fix",
      "Worth checking",
    ]);
  });
});
