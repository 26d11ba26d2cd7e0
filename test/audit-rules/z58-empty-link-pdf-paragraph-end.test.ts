/**
 * empty-link (held-out set zz58), in our own words; every name is invented. A PDF's text keeps no blank line
 * between paragraphs: "Our concern form is available at" ending a short line, the next line starting a new
 * sentence, is the end of its paragraph with nothing after it — as in the Markdown and Word copies. Near misses: a
 * full-width line wrapped after "available at" carries on ("… available at" / "Hollowmere Council's website"), and
 * a short line followed by the rest of the sentence in lower case ("the council's website") is a wrap too.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";

const paragraph = [
  "5. Responding to concerns",
  "Record any worry on the same day on a concern form and hand it to the nursery's",
  "DSL. Our concern form is available at",
  "If a child arrives with an injury, record it on an injury form signed by the parent.",
  "6. Referrals",
];

describe("empty-link: 'available at' ending a PDF paragraph", () => {
  it("is reported in the PDF as in the Markdown", () => {
    const pdf = pdfDocument(paragraph.join("\n"));
    expect(found(run(emptyLink, pdf), pdf)).toEqual(["is available at"]);
    const md = markdownDocument(
      [paragraph[0], "", `${paragraph[1]} ${paragraph[2]}`, "", paragraph[3], ""].join("\n"),
    );
    expect(found(run(emptyLink, md), md)).toEqual(["is available at"]);
  });

  it("near miss: a full line wrapped after 'available at' carries on, capital or not", () => {
    const text = [
      "Record any worry on the same day on a concern form; our concern form is available at",
      "Hollowmere Council's website, on the page for early years providers, and in the office.",
    ].join("\n");
    expect(run(emptyLink, pdfDocument(text))).toEqual([]);
  });

  it("near miss: a short line carried on in lower case is a wrap", () => {
    const text = [
      "The local procedures are available at",
      "the council's website and in the office, with the forms that go with them.",
    ].join("\n");
    expect(run(emptyLink, pdfDocument(text))).toEqual([]);
  });
});
