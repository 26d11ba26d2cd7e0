/**
 * A review stated in plain prose, in the active voice (issue 11, the thirteenth and fourteenth held-out sets, in
 * our own words; every name is invented; as of 1 December 2026):
 * - "The committee will look at this policy again at its March 2026 meeting": the policy's next review, dated;
 * - "The committee last looked at this statement at its meeting on 3rd March 2025 … It will look at it again every
 *   March": a last review and a yearly interval, so due a year after it;
 * - the same words about anything else (the minibus, the first-aid kits) are not the policy's review.
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
    "# Brackenford Boxing Club – Safeguarding Policy",
    "",
    review,
    "",
    "## Our promise",
    "",
    "Every young boxer trains with at least two coaches in the gym, and parents are welcome to watch.",
    "",
  ].join("\n");

describe("'will look at this policy again' with a date", () => {
  it("reads the date of the meeting it names", () => {
    const passed = policy(
      "Adopted by the club committee on 4th March 2025. The committee will look at this policy again at its March 2026 meeting, or sooner if the law changes.",
    );
    expect(findings(passed)).toEqual([["review-overdue", expect.stringMatching(/March 2026/)]]);
    const later = policy(
      "The committee agreed this policy on 2 October 2026. We will look at it again in October 2027, or after any serious incident.",
    );
    expect(findings(later)).toEqual([]);
  });

  it("reads the words wrapped over two lines of a paragraph", () => {
    const wrapped = policy(
      "Adopted by the club committee on 4th March 2025. The committee will look at this\npolicy again at its March 2026 meeting, or sooner if the law changes.",
    );
    expect(findings(wrapped)).toEqual([["review-overdue", expect.stringMatching(/March 2026/)]]);
    const later = policy(
      "This code of practice was adopted by the club committee on 4th March 2026. The committee will look at\nit again at its March 2027 meeting.",
    );
    expect(findings(later)).toEqual([]);
  });

  it("reads nothing from other things the committee looks at", () => {
    const minibus = policy(
      "The committee will look at the minibus rota again at its March 2026 meeting, once the new driver has started.",
    );
    expect(findings(minibus)).toEqual([["review-date-missing", expect.stringMatching(/does not say/)]]);
    const induction = policy(
      "Every new volunteer will look at this policy with a coach during their induction in March 2026.",
    );
    expect(findings(induction)).toEqual([["review-date-missing", expect.stringMatching(/does not say/)]]);
  });

  it("reads 'will next look at' and 'will look again at' the same way", () => {
    const next = policy("The trustees will next look at our safeguarding policy in February 2026.");
    expect(findings(next)).toEqual([["review-overdue", expect.stringMatching(/February 2026/)]]);
    const again = policy("The trustees will look again at this code of practice in December 2026.");
    expect(findings(again)).toEqual([["review-due-soon", expect.stringMatching(/December 2026/)]]);
  });
});

describe("'last looked at this statement' and 'again every March'", () => {
  it("works out the due date from the last look and the yearly interval", () => {
    const passed = policy(
      "The club committee last looked at this statement at its meeting on 3rd March 2025, when it updated the contacts. It will look at it again every March, or sooner if England Boxing changes its guidance.",
    );
    expect(findings(passed)).toEqual([["review-overdue", expect.stringMatching(/3 March 2026/)]]);
    const current = policy(
      "The club committee last looked at this policy at its meeting on 8th October 2026. It will look at it again every October.",
    );
    expect(findings(current)).toEqual([]);
  });

  it("does not date the policy by other things looked at", () => {
    const kits = policy(
      "The club committee last looked at the first-aid kits on 3rd March 2025. The kits are looked at again every March by the first aider.",
    );
    expect(findings(kits).map(([id]) => id)).toEqual(["review-date-missing"]);
  });
});
