/**
 * Held-out set zz88 (a Welsh voice choir; a law centre's policy pasted from its web page), in our own words.
 * - "Cymeradwywyd gan y pwyllgor / Approved by the committee: Autumn term 2025. This policy is reviewed every two years."
 *   — the label after its Welsh translation may name who approved ("by the committee") before its colon: the approval
 *   is the policy's, so the rule gives a due date (the end of autumn term 2027), not "no date"; one approved in autumn 2023 is overdue.
 * - "This policy is reviewed annually …" and, on a line of its own, "Page last reviewed: 12 March 2025": a web page's
 *   own review line is the policy's last review (due 12 March 2026, overdue on 1 December 2026).
 * Near misses: "Page last updated …" in a site footer is no review; a label after a translation that is a form's
 * role ("Llofnod / Signed by the parent:") stays quiet.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (closing: string) =>
  `# Côr Ieuenctid Hollowmere – Safeguarding Policy\n\nDesignated Safeguarding Lead: Asha Mehta\n\n## Contacts\n\nNSPCC Helpline: 0808 800 5000\n\n${closing}\n`;
const rules = (closing: string) => reviewFindings(policy(closing), asOf).map((f) => f.rule);

describe("an approval label after its translation, naming who approved", () => {
  it("dates the review rule", () => {
    expect(
      rules(
        "Cymeradwywyd gan y pwyllgor / Approved by the committee: Autumn term 2025. This policy is reviewed every two years.",
      ),
    ).toEqual([]);
    expect(
      rules(
        "Cymeradwywyd gan y pwyllgor / Approved by the committee: Autumn term 2023. This policy is reviewed every two years.",
      ),
    ).toEqual(["review-overdue"]);
  });
});

describe("a web page's 'Page last reviewed:' line", () => {
  it("is the policy's last review", () => {
    const findings = reviewFindings(
      policy(
        "This policy is reviewed annually by the trustees.\n\nPage last reviewed: 12 March 2025\n\nBack to top",
      ),
      asOf,
    );
    expect(findings.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(findings[0].message).toContain("12 March 2026");
  });

  it("near miss: a footer's 'Page last updated' is no review", () => {
    expect(
      rules(
        "This policy is reviewed annually by the trustees.\n\n© 2026 Hollowmere Law Centre · Cookies · Page last updated 3 November 2026",
      ),
    ).toEqual(["review-date-missing"]);
  });
});

describe("a web page's 'Page last updated' line", () => {
  it("near miss: is no review, at the top or in a footer", () => {
    const findings = reviewFindings(
      policy(
        "*Page last updated 21 October 2026*\n\nNext review: September 2026.\n\nPage last updated: 14/10/2026 · © 2026",
      ),
      asOf,
    );
    expect(findings.map((f) => f.rule)).toEqual(["review-overdue"]);
  });
});
