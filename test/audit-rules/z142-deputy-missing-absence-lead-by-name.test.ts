/**
 * deputy-missing (forty-second session, a snippet found by hand), in our own words; every name is invented. A
 * playgroup names its Designated Safeguarding Lead, then says "If Marnie is not available, speak to the Chair." and
 * gives the chair on a label line of her own elsewhere ("**Chair:** Mrs Opal Fennimore, 07700 900 512"). The one
 * absent is the lead, by her first name (or her full name, or "our DSL"), and the job to speak to has a named holder:
 * the chair is the deputy. Near misses: the same sentence where the policy names nobody as Chair (a job with no
 * holder is no deputy), the Chair who is the lead herself (no deputy), and a first name that is not the lead's
 * ("If Bryony is not available", Bryony named nowhere as a lead) — no deputy, reported as before.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const layouts = (absence: string, chair: string): SourceDocument[] => {
  const paragraphs = [
    "Our Designated Safeguarding Lead is Marnie Ashcombe-Veale (Playgroup Leader), 01632 960 417.",
    absence,
    chair,
  ];
  const training = "Marnie Ashcombe-Veale completed Designated Safeguarding Lead training in April 2025.";
  return [
    markdownDocument(
      [
        "# Buttercup Lane Playgroup – Safeguarding Policy",
        "",
        "## 1. Who to talk to",
        "",
        ...paragraphs.flatMap((p) => [p, ""]),
        "## 2. Training",
        "",
        training,
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        "<h1>Buttercup Lane Playgroup – Safeguarding Policy</h1>",
        "<h2>1. Who to talk to</h2>",
        ...paragraphs.map((p) => `<p>${p.replace(/\*\*(.+?)\*\*/g, "<strong>$1</strong>")}</p>`),
        "<h2>2. Training</h2>",
        `<p>${training}</p>`,
      ].join("\n"),
    ),
    pdfDocument(
      [
        "Buttercup Lane Playgroup – Safeguarding Policy",
        "1. Who to talk to",
        ...paragraphs.map((p) => p.replace(/\*\*/g, "")),
        "2. Training",
        training,
      ].join("\n"),
    ),
  ];
};

const CHAIR = "**Chair:** Mrs Opal Fennimore, 07700 900 512";

describe("deputy-missing: the lead absent by her name, the job to go to held by someone named", () => {
  for (const absent of ["Marnie", "Marnie Ashcombe-Veale", "our DSL", "the DSL"])
    it(`takes the Chair for the deputy when "${absent}" is not available`, () => {
      for (const document of layouts(`If ${absent} is not available, speak to the Chair.`, CHAIR))
        expect(run(deputyMissing, document), document.format).toEqual([]);
    });

  it("stays quiet about no one when nobody is named as Chair: no deputy", () => {
    for (const document of layouts(
      "If Marnie is not available, speak to the Chair.",
      "**Treasurer:** Mrs Opal Fennimore, 07700 900 512",
    ))
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
  });

  it("reads the Chair as no deputy when she is the lead herself", () => {
    for (const document of layouts(
      "If Marnie is not available, speak to the Chair.",
      "**Chair:** Mrs Marnie Ashcombe-Veale, 07700 900 512",
    ))
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
  });

  it("reads a first name that is not the lead's as no absent lead", () => {
    for (const document of layouts("If Bryony is not available, speak to the Chair.", CHAIR))
      expect(run(deputyMissing, document), document.format).toHaveLength(1);
  });
});
