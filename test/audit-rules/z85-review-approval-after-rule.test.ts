/**
 * Held-out set zz85 (a dance group's policy ends "This policy is reviewed annually. Adopted by the committee: 21
 * September 2025."): an approval that opens the sentence straight after the policy's own review rule is the policy's
 * approval, so the rule gives a due date (21 September 2026, overdue on 1 December 2026) — not "no date". Other
 * sentences that open with "Agreed"/"Adopted" after something else stay what they were. In our own words.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (closing: string) =>
  `# Hollowmere Bhangra Juniors – Safeguarding Policy\n\nDesignated Safeguarding Lead: Asha Mehta\n\n## Contacts\n\nNSPCC Helpline: 0808 800 5000\n\n${closing}\n`;
const rules = (closing: string) => reviewFindings(policy(closing), asOf).map((f) => f.rule);

describe("an approval in the sentence after the policy's review rule", () => {
  it("dates the rule: overdue a year after", () => {
    for (const closing of [
      "This policy is reviewed annually. Adopted by the committee: 21 September 2025.",
      "This policy will be reviewed every year. Approved by the trustees on 21 September 2025.",
      "The policy is reviewed annually. Signed: 21 September 2025.",
    ]) {
      const findings = reviewFindings(policy(closing), asOf);
      expect(
        findings.map((f) => f.rule),
        closing,
      ).toEqual(["review-overdue"]);
      expect(findings[0].message, closing).toContain("21 September 2026");
    }
  });

  it("near miss: an approval not about the policy after another sentence", () => {
    expect(
      rules("This policy is reviewed annually. Agreed changes to the rota start on 21 September 2025."),
    ).toEqual(["review-date-missing"]);
  });

  it("near miss: a due date after the rule stays the due date", () => {
    expect(rules("This policy is reviewed annually. Next review: 1 March 2027.")).toEqual([]);
  });
});
