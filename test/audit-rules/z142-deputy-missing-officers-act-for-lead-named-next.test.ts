/**
 * deputy-missing (held-out set zz142), in our own words; every name is invented. A youth charity names its lead on a
 * bold label line ("**Safeguarding Lead (Head of Services):** …", the bracket her job, not a deputy's), and a running
 * paragraph says a second role acts for her when she is away, its holders named in the next sentence: "Our two Welfare
 * Coordinators … act for the Safeguarding Lead when she is not available. They are Mr A (…) and Ms B (…)". Those
 * two are the named deputies. Near misses: the same sentence with nobody named, the next sentence naming nobody, and
 * "act for" with no absence ("act for the Safeguarding Lead on trips") still leave the charity without a deputy.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const lead = "**Safeguarding Lead (Head of Services):** Ms Rosalind Achebe-Marsh";
const paragraph = (sentences: string) =>
  [
    "# Brackenford Youth Trust — Safeguarding Policy",
    "",
    "## Who is responsible",
    "",
    lead,
    "01632 960 118 · r.achebe-marsh@example.org",
    "",
    "The Safeguarding Lead keeps the records and decides whether a concern is referred to Children's Services.",
    "",
    sentences,
    "",
    "## What to do",
    "",
    "Tell the Safeguarding Lead or a Safeguarding Officer the same day.",
    "",
  ].join("\n");

const ACTS =
  "Day to day, the Trust's two Safeguarding Officers take concerns and act for the Safeguarding Lead when she is not available.";
const NAMED =
  "They are Mr Teodor Blakewell (Youth Work Manager) and Ms Hanna Okonkwo-Reid (Hub Coordinator).";

describe("deputy-missing: a role that acts for the lead when she is away, its holders named next", () => {
  it("stays quiet when the next sentence names the holders (Markdown, Word and PDF)", () => {
    for (const sentences of [
      `${ACTS} ${NAMED} Both can be reached through the office.`,
      `Our Safeguarding Officers act for the Safeguarding Lead in her absence. ${NAMED}`,
      `The Safeguarding Officers deal with concerns and act for the Safeguarding Lead when she is away. These are Mr Teodor Blakewell and Ms Hanna Okonkwo-Reid.`,
    ]) {
      const md = markdownDocument(paragraph(sentences));
      expect(run(deputyMissing, md), sentences).toEqual([]);
      expect(run(leadMissing, md), sentences).toEqual([]);
    }
    const word = wordDocument(
      [
        "<h1>Brackenford Youth Trust — Safeguarding Policy</h1>",
        "<h2>Who is responsible</h2>",
        "<p><strong>Safeguarding Lead (Head of Services):</strong> Ms Rosalind Achebe-Marsh<br />01632 960 118</p>",
        `<p>${ACTS} ${NAMED}</p>`,
      ].join("\n"),
    );
    expect(run(deputyMissing, word)).toEqual([]);
    const pdf = pdfDocument(
      [
        "Brackenford Youth Trust — Safeguarding Policy",
        "Safeguarding Lead (Head of Services): Ms Rosalind Achebe-Marsh",
        "01632 960 118",
        "Day to day, the Trust's two Safeguarding Officers take concerns and act for the Safeguarding",
        "Lead when she is not available. They are Mr Teodor Blakewell (Youth Work Manager) and Ms",
        "Hanna Okonkwo-Reid (Hub Coordinator).",
      ].join("\n"),
    );
    expect(run(deputyMissing, pdf)).toEqual([]);
  });

  it("still reports when nobody is named for the role, or it acts for the lead with no absence", () => {
    for (const sentences of [
      "The Safeguarding Officers act for the Safeguarding Lead when she is not available.",
      `${ACTS} They are trained every year.`,
      `${ACTS} Both can be reached through the office.`,
      `The Safeguarding Officers act for the Safeguarding Lead on residential trips. ${NAMED}`,
    ])
      expect(run(deputyMissing, markdownDocument(paragraph(sentences))), sentences).toHaveLength(1);
  });
});
