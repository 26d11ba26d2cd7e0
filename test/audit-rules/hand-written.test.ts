/**
 * Longer hand-written policies (fictional, written for these tests; test/fixtures/hand-written/): one current
 * and correct, one with every usual problem, as Markdown. The same policies as real PDFs (LibreOffice) are
 * audited in test/audit-real-documents.test.ts.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { rules } from "../../src/audit/rules/index.js";
import { checkText, sampleSetting } from "../helpers/audit-context.js";

const fixture = (name: string) =>
  readFileSync(fileURLToPath(new URL(`../fixtures/hand-written/${name}`, import.meta.url)), "utf8");
const CURRENT = fixture("current-policy.md");
const OLD = fixture("old-policy.md");

function ruleIds(text: string, format: "md"): string[] {
  const setting = sampleSetting();
  return rules.flatMap((rule) =>
    rule.checkDocument
      ? checkText(rule, text, { asOf: "2026-11-28", setting, format }).map(() => rule.meta.id)
      : [],
  );
}

describe("a current hand-written policy", () => {
  it("has no findings as Markdown", () => {
    expect(ruleIds(CURRENT, "md")).toEqual([]);
  });
});

const OLD_POLICY_FINDINGS = [
  "placeholder-text",
  "placeholder-text",
  "placeholder-text",
  "empty-link",
  "review-overdue",
  "training-missing",
  "training-stale",
  "training-stale",
  ...Array(9).fill("outdated-reference"),
  "contents-mismatch",
  "section-reference",
  "contact-mismatch",
];

describe("an old hand-written policy", () => {
  const expected = OLD_POLICY_FINDINGS;

  it("shows every problem as Markdown", () => {
    // The second section numbered 3 is the one the contents list numbers 4: one problem, one finding.
    expect(ruleIds(OLD, "md")).toEqual(expected);
  });
});
