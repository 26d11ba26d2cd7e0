/**
 * section-reference (held-out set zz159), in our own words; every name is invented. As of 1 December 2026.
 * A page given with this policy's appendix before it, after a comma: "the trip consent form (see Appendix B, page 9)".
 * The appendix is this policy's and the page is where it sits, so a Markdown policy (no pages) is told so, and a PDF
 * of three pages is told page 9 is past its last page — as "(see page 9)" alone is. The same for "(Annex 2, p. 9)",
 * "see Appendix C, pages 9–10" and without "see".
 * Stays as it is: a page of another document ("page 9 of Working Together", "(see Appendix B of the county
 * procedures, page 9)", "(see Appendix B, page 9 of Working Together)"), and a page the PDF has.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const markdown = (sentence: string) =>
  markdownDocument(
    [
      "# Saltbrook Sailing Club – Safeguarding",
      "",
      "## 1. Trips",
      "",
      `Parents of every junior sailor going on an away regatta sign ${sentence}`,
      "",
      "## Appendix B – Trip consent form",
      "",
      "Name, date of birth and emergency contact (Mrs Ffion Treharne, 07700 900318).",
      "",
    ].join("\n"),
  );

/** The same policy as a PDF of three pages. */
const pdf = (sentence: string) =>
  pdfDocument(
    [
      "Saltbrook Sailing Club – Safeguarding",
      "1. Trips",
      "Parents of every junior sailor going on an away regatta sign",
      sentence,
      "\fPage two text.",
      "\fAppendix B – Trip consent form",
      "Name, date of birth and emergency contact (Mrs Ffion Treharne, 07700 900318).",
    ].join("\n"),
    { pages: true },
  );

const excerpts = (document: ReturnType<typeof markdownDocument>) =>
  run(sectionReference, document).map((f) => f.message);

describe("a page after this policy's appendix and a comma", () => {
  for (const sentence of [
    "the trip consent form (see Appendix B, page 9).",
    "the trip consent form (Appendix B, page 9).",
    "the trip consent form (see also Annex 2, p. 9).",
    "the trip consent form, see Appendix B, pages 9–10, before the day.",
    "the trip consent form (see Appendix B, pp. 9-10).",
  ]) {
    it(`has no pages in Markdown: ${sentence}`, () => {
      const messages = excerpts(markdown(sentence));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain("no page numbers");
    });
    it(`is past the last page of a PDF of three pages: ${sentence}`, () => {
      const messages = excerpts(pdf(sentence));
      expect(messages).toHaveLength(1);
      expect(messages[0]).toContain("it has 3 pages");
    });
  }
});

describe("stays as it is", () => {
  for (const sentence of [
    "the trip consent form (see page 9 of Working Together).",
    "the trip consent form (see Appendix B of the county procedures, page 9).",
    "the trip consent form (see Appendix B, page 9 of Working Together).",
    "the trip consent form, see Appendix B of the county procedures, page 9, before the day.",
    "the trip consent form, as set out in Working Together (see Appendix B, page 9).",
  ])
    it(`another document's page: ${sentence}`, () => {
      expect(excerpts(markdown(sentence))).toEqual([]);
      expect(excerpts(pdf(sentence))).toEqual([]);
    });

  it("a page the PDF has", () => {
    expect(excerpts(pdf("the trip consent form (see Appendix B, page 3)."))).toEqual([]);
  });
});
