/**
 * A policy published as a web page says when it was last reviewed in the page's own words: "This page was last
 * reviewed at the committee meeting on …" with "… and is reviewed every year". The page is the policy, so the
 * date is its last review and the due date is a year on. From the thirty-eighth held-out set (issue 11), in our own
 * words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (closing: string[]) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, page(closing), { asOf }).map(() => rule.meta.id),
  );

const page = (closing: string[]) =>
  [
    "# Juniors at the Boathouse",
    "",
    "Our coaches keep every junior rower safe on the water and in the changing rooms.",
    "",
    "## 7. Review",
    "",
    ...closing,
    "",
  ].join("\n");

describe("a web page's own last review", () => {
  it("a last review wrapped onto two lines, with how often it is reviewed", () => {
    expect(
      findings([
        "This page was last reviewed at the trustees' meeting on 3 October 2025",
        "and is reviewed every year.",
      ]),
    ).toEqual(["review-overdue"]);
  });

  it("a last review and its interval in one sentence", () => {
    expect(findings(["This page was last reviewed on 3 October 2025 and is reviewed every year."])).toEqual([
      "review-overdue",
    ]);
  });

  it("a recent last review gives a due date not yet close", () => {
    expect(findings(["This page was last reviewed on 20 November 2026. It is reviewed every year."])).toEqual(
      [],
    );
  });

  it("near miss: another page's review is not this policy's", () => {
    expect(
      findings([
        "The club's booking page was last reviewed on 3 October 2025. This policy is reviewed every year.",
      ]),
    ).toEqual(["review-date-missing"]);
  });
});
