/**
 * Page references as the tenth held-out set writes them (issue 11), in our own words; every name is invented.
 * "(see p.12)", "see p. 7", "(see pages 12–13)", "(pp. 4-5)", "see pg 9": a page of this policy. On a web page or
 * in Markdown there are no pages; in a PDF the reader knows how many there are, and a page past the last is wrong.
 * A Word file's pages are laid out by Word, not written in the file's text, so nothing is said there unless the file
 * says how many pages it was saved with (z11-word-page-count.test.ts); and a page of
 * another document ("see p. 12 of the partnership's procedures", "KCSIE (p. 12)") is never ours.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const SHAPES: Array<[string, string]> = [
  ["Worries about an adult are handled as the allegations section says (see p.12).", "(see p.12)"],
  ["Worries about an adult are handled as the allegations section says; see p. 12.", "see p. 12"],
  ["The contacts are listed at the end (see pages 12–13).", "(see pages 12–13)"],
  ["The contacts are listed at the end (pp. 12-13).", "(pp. 12-13)"],
  ["The contacts are listed at the end, see pg 12.", "see pg 12"],
];

function markdown(sentence: string): string {
  return [
    "# Fernlea Tennis Club — Safeguarding Policy",
    "",
    "## 1. Recording a worry",
    "",
    sentence,
    "",
  ].join("\n");
}

function pdfText(sentence: string): string {
  return `1. Recording a worry\n${sentence}\n\f2. Contacts\nPolice 999.\n`;
}

describe("a page of this policy", () => {
  it("is reported in Markdown, which has no pages, in every shape", () => {
    for (const [sentence, words] of SHAPES) {
      const document = markdownDocument(markdown(sentence));
      expect(found(run(sectionReference, document), document), sentence).toEqual([words]);
    }
  });

  it("is reported in a PDF when it is past the last page, and not when the page exists", () => {
    for (const [sentence, words] of SHAPES) {
      const document = pdfDocument(pdfText(sentence), { pages: true });
      const reported = run(sectionReference, document);
      expect(found(reported, document), sentence).toEqual([words]);
      expect(reported[0].message).toMatch(/has 2 pages/);
    }
    for (const sentence of [
      "The contacts are on the last page (see p. 2).",
      "The contacts follow (pp. 1-2).",
    ]) {
      expect(run(sectionReference, pdfDocument(pdfText(sentence), { pages: true })), sentence).toEqual([]);
    }
  });

  it("is not reported in a Word file, whose pages Word lays out", () => {
    for (const [sentence] of SHAPES)
      expect(
        run(sectionReference, wordDocument(`<h1>1. Recording a worry</h1><p>${sentence}</p>`)),
        sentence,
      ).toEqual([]);
  });
});

describe("a page of another document", () => {
  it("is never reported", () => {
    for (const sentence of [
      "Thresholds are explained in the partnership's procedures; see p. 12 of the procedures.",
      "Thresholds are explained in the partnership's procedures; see pages 12–13 of the procedures.",
      "KCSIE lists the kinds of abuse (p. 12).",
      "Working Together sets out the partners' duties (see pages 12–13).",
    ]) {
      const document = markdownDocument(markdown(sentence));
      expect(run(sectionReference, document), sentence).toEqual([]);
    }
  });
});
