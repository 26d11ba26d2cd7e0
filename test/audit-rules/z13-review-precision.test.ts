/**
 * Review statements read too eagerly (issue 11, found by review; in our own words, every name invented; as of
 * 1 December 2026):
 * - a last look or a next look by someone who does not own the policy, at something that is not the policy ("the
 *   DSL last reviewed the procedures for collecting children late", "all staff will look at the procedures again
 *   at their refresher training", "volunteers will look at the code of conduct again with their mentor") is no
 *   review of the policy.
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

const policy = (review: string) =>
  [
    "# Hollin Lane Stay and Play – Safeguarding Policy",
    "",
    review,
    "",
    "## What we do",
    "",
    "Parents and carers stay with their children at every session, and two volunteers set up the hall.",
    "",
  ].join("\n");

describe("a look at something other than the policy, by someone who does not own it", () => {
  it("does not take the DSL's look at another procedure as the policy's last review", () => {
    const text = policy(
      "This policy is reviewed every year by the trustees. The DSL last reviewed the procedures for collecting children late with staff on 2 October 2025.",
    );
    expect(findings(text).map(([id]) => id)).toEqual(["review-date-missing"]);
  });

  it("does not take staff or volunteers going over procedures as the policy's next review", () => {
    const staff = policy(
      "All staff will look at the procedures again at their refresher training on 3 March 2025.",
    );
    expect(findings(staff).map(([id]) => id)).toEqual(["review-date-missing"]);
    const volunteers = policy(
      "Volunteers will look at the code of conduct again with their mentor at the end of their first term, in June 2025.",
    );
    expect(findings(volunteers).map(([id]) => id)).toEqual(["review-date-missing"]);
  });

  it("still reads the owners' own look at this policy", () => {
    const trustees = policy(
      "The trustees last reviewed this policy on 2 October 2025, and review it every year.",
    );
    expect(findings(trustees)).toEqual([["review-overdue", expect.stringMatching(/2 October 2026/)]]);
    const manager = policy("The manager will look at this policy again in June 2026.");
    expect(findings(manager)).toEqual([["review-overdue", expect.stringMatching(/June 2026/)]]);
  });
});
