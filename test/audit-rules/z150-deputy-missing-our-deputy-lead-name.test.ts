/**
 * deputy-missing (held-out set zz150), in our own words; every name is invented. A small club's policy names its lead
 * in a header and its deputy only in running text: "If the lead is away, tell our deputy lead, Hal Pettigrew (…)".
 * "our deputy lead, NAME" (or "our deputy, NAME", "the deputy lead, NAME") names the deputy: no warning. A deputy
 * "when appointed" names nobody and is still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const policy = (sentence: string) =>
  [
    "# Brackenfold Scouts – Keeping Members Safe",
    "",
    "Group Safeguarding Lead: Wynne Castellow · 07700 900 301",
    "",
    "## Worries",
    "",
    `If you are worried about a member, tell the lead that evening. ${sentence} If a member is in danger, phone 999.`,
    "",
  ].join("\n");

describe("deputy-missing: 'our deputy lead, NAME' in running text", () => {
  it("stays quiet when the sentence names the deputy", () => {
    for (const sentence of [
      "If the lead is away, tell our deputy lead, Hal Pettigrew (07700 900 302), or any leader.",
      "If the lead is away, tell our deputy, Hal Pettigrew, or any leader.",
      "If the lead is away, speak to the deputy lead, Mrs Ines Abernathy-Cole, straight away.",
    ]) {
      expect(run(deputyMissing, markdownDocument(policy(sentence))), sentence).toEqual([]);
      expect(run(deputyMissing, pdfDocument(policy(sentence))), sentence).toEqual([]);
    }
  });
  it("still warns when the deputy is named nowhere", () => {
    for (const sentence of [
      "If the lead is away, our deputy lead, when appointed, will take the call.",
      "If the lead is away, tell our deputy lead, or any leader.",
    ]) {
      expect(run(deputyMissing, markdownDocument(policy(sentence))).length, sentence).toBe(1);
    }
  });
});
