/**
 * empty-link (held-out set zz131, a zoo's education policy), in our own words; every name is invented. In Word the
 * words "available at this link" were a link to "#"; the PDF keeps the words alone, no annotation. On paper "this
 * link" names no place, so the words ask for a link as "click here" does: with no annotation over them and no address
 * on their line or the next, they are an empty link. Near misses: an annotation over "this link" that goes somewhere,
 * an address after the words, a link that is named ("available at the Fenmoor partnership's website").
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, pdfDocument, run } from "../fixtures/structure/documents.js";
import { pdfWithLink } from "../helpers/pdf-with-link.js";

const sentence = "Our trip checklist for visiting groups is available at this link.";
const lines = [
  "Group leaders stay with their pupils for the whole visit, and our rangers lead each talk.",
  sentence,
  "Children never go into the animal houses without an adult.",
];

describe("empty-link: a PDF's 'available at this link' with nothing behind it", () => {
  it("is reported in a real PDF with no annotation", async () => {
    const bare = await pdfWithLink(lines);
    expect(found(run(emptyLink, bare), bare)).toEqual(["available at this link"]);
  });

  it("is reported over a wrapped line, and for 'can be downloaded from this link'", () => {
    for (const [text, words] of [
      [
        "Our trip checklist is available at\nthis link. Children stay with an adult.",
        "available at this link",
      ],
      ["The booking form can be downloaded from this link.", "downloaded from this link"],
    ]) {
      const document = pdfDocument(`${text}\nWe keep records for six years.\n`);
      expect(found(run(emptyLink, document), document), text).toEqual([words]);
    }
  });

  it("stays quiet under an annotation that goes somewhere", async () => {
    const linked = await pdfWithLink(lines, {
      words: "this link",
      url: "https://example.org/trip-checklist.pdf",
    });
    expect(run(emptyLink, linked)).toEqual([]);
  });

  it("near misses stay quiet", () => {
    for (const text of [
      "Our trip checklist is available at this link: https://example.org/trip-checklist.pdf",
      "Our trip checklist is available at this link\n(www.example.org/trip-checklist).",
      "Our trip checklist is available at the Fenmoor Partnership's website.",
      'Scam emails often say "your parcel is available at this link" to trick people.',
    ]) {
      const document = pdfDocument(`${text}\nWe keep records for six years.\n`);
      expect(found(run(emptyLink, document), document), text).toEqual([]);
    }
  });
});
