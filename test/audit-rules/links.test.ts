import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import {
  fixture,
  found,
  markdownDocument,
  pdfDocument,
  run,
  wordDocument,
} from "../fixtures/structure/documents.js";

describe("empty-link on real layouts", () => {
  it("finds anchors to nothing, Word's field errors, click here and 'available at' with nothing behind them", () => {
    const document = markdownDocument(fixture("links-defects.md"));
    const reported = run(emptyLink, document).sort((a, b) => (a.offset ?? 0) - (b.offset ?? 0));
    expect(found(reported, document)).toEqual([
      "[contacts page](#contacts-page)",
      "are available at",
      "Error! Reference source not found.",
      "Click here for the form",
      "can be downloaded from",
      "[the flowchart](#)",
    ]);
    expect(reported[0].message).toBe(
      'The link "contacts page" points to "#contacts-page", a place this document does not have (the bookmark or heading was renamed or deleted) — link it to the right heading, or remove the link',
    );
    expect(reported[1].message).toBe(
      '"are available at" is followed by nothing — the web address is missing; add it',
    );
  });

  it("checks a Word file's links to bookmarks; footnotes and a list of links after 'available at:' are fine", () => {
    const document = wordDocument(fixture("links-word.html"));
    const reported = run(emptyLink, document);
    expect(found(reported, document)).toEqual(["[the recording section](#_Ref4411)"]);
  });

  it("says nothing of '#name' links when the reader cannot list the anchors (a PDF, an old caller)", () => {
    const document = wordDocument(fixture("links-word.html"));
    const withoutAnchors = {
      ...document,
      outline: { headings: document.outline.headings, links: document.outline.links },
    };
    expect(run(emptyLink, withoutAnchors)).toEqual([]);
  });

  it("reads a wrapped line as the rest of the sentence, and an address on the next line as the address", () => {
    const text = [
      "The local procedures are available at",
      "the council's website and in the office.",
      "",
      "The flowchart can be downloaded from:",
      "https://procedures.example.org/flowchart",
      "",
      "The referral form is available at",
      "",
      "www.hollowmere-procedures.example.org/referral",
      "",
      "The checklist can be found at",
      "",
      "[the checklist page](checklist.html)",
      "",
    ].join("\n");
    expect(run(emptyLink, pdfDocument(text))).toEqual([]);
    expect(run(emptyLink, markdownDocument(text))).toEqual([]);
  });

  it("reads an address on the line a PDF's 'click here' wraps onto", () => {
    const text = "For the referral form click here\nhttps://procedures.example.org/referral\n";
    expect(run(emptyLink, pdfDocument(text))).toEqual([]);
    const document = pdfDocument("For the referral form click here\nand hand it to the DSL.\n");
    expect(found(run(emptyLink, document), document)).toEqual(["click here"]);
  });
});
