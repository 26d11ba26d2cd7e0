/**
 * empty-link (held-out set zz155, a music service's policy), in our own words; every name is invented. In Word the
 * words "available at this page" were a link to "#"; LibreOffice's PDF keeps the words alone, with no annotation. On
 * paper "at this page" names no place of its own (a printed page is "on this page"), so the words ask for a link as
 * "available at this link" does. Near misses stay quiet: "on this page" / "in this page" (the printed page itself),
 * "at this page's foot", an address after the words, and the words in Markdown (its "#" link is its own finding).
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const around = (sentence: string) =>
  `Chaperones are approved by the county council before each concert season.\n${sentence}\nThe Ensembles Manager keeps a register of every chaperone.\n`;

describe("empty-link: a PDF's 'available at this page' with nothing behind it", () => {
  it("is reported, also as 'found at this web page' and over a wrapped line", () => {
    for (const [sentence, words] of [
      ["The licence application form is available at this page.", "available at this page"],
      ["Guidance for chaperones can be found at this web page.", "found at this web page"],
      ["The licence application form is available at\nthis page.", "available at this page"],
    ]) {
      const document = pdfDocument(around(sentence));
      expect(found(run(emptyLink, document), document), sentence).toEqual([words]);
    }
  });

  it("stays quiet for the printed page itself, a page's part, an address after it, and Markdown", () => {
    for (const sentence of [
      "The numbers you need are available on this page.",
      "Every contact is found in this page's table.",
      "Sign the form at this page's foot.",
      "The licence application form is available at this page: www.example.org/licences.",
    ]) {
      const document = pdfDocument(around(sentence));
      expect(found(run(emptyLink, document), document), sentence).toEqual([]);
    }
    const md = markdownDocument(`# Policy\n\n${around("The form is available at this page.")}`);
    expect(found(run(emptyLink, md), md)).toEqual([]);
  });
});
