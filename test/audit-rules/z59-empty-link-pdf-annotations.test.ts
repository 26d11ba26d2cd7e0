/**
 * empty-link (held-out set zz59), in our own words; every name is invented. A PDF's links are Link annotations, not
 * text: the reader ties each to the words under it, so "click here" over a working link is a link, and the words a
 * Word file linked to "#" (exported with no link at all) are words with nothing behind them — "report a nude image
 * here", a download button's "DOWNLOAD: SAFEGUARDING CONCERN FORM". Near misses: "here" as a place, a download with
 * its address, the same words under a link.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";
import { pdfWithLink } from "../helpers/pdf-with-link.js";

const lines = [
  "If you are worried about a pupil, tell the DSL the same day. To report a concern online, click here.",
  "Worried about an image? Report Remove, run by Childline, can help: report a nude image here",
];

describe("empty-link: a PDF's link annotations", () => {
  it("reads a link's words and address from the annotation over them", async () => {
    const document = await pdfWithLink(lines, { words: "click here", url: "https://example.org/concern" });
    expect(document.outline.links.map((l) => [l.text, l.url])).toEqual([
      ["click here", "https://example.org/concern"],
    ]);
    expect(found(run(emptyLink, document), document)).toEqual(["report a nude image here"]);
  });

  it("'click here' and 'report … here' with no annotation behind them are reported", async () => {
    const document = await pdfWithLink(lines);
    expect(document.outline.links).toEqual([]);
    expect(found(run(emptyLink, document), document)).toEqual(["click here", "report a nude image here"]);
  });

  it("words under a link are not reported", async () => {
    const document = await pdfWithLink(lines, {
      words: "report a nude image here",
      url: "https://example.org/report-remove",
    });
    expect(found(run(emptyLink, document), document)).toEqual(["click here"]);
  });
});

describe("empty-link: a link's words left with nothing behind them", () => {
  it("a download button's words as a sentence of their own, carried over a PDF line", () => {
    const pdf = pdfDocument(
      [
        "If you cannot use the online system, use the paper form: DOWNLOAD: SAFEGUARDING",
        "CONCERN FORM",
        "The DSL decides whether to refer to the Front Door and will normally speak to the parents first.",
      ].join("\n"),
    );
    expect(found(run(emptyLink, pdf), pdf)).toEqual(["DOWNLOAD: SAFEGUARDING CONCERN FORM"]);
    const md = markdownDocument("Hand it to the DSL. Download the incident form.\n");
    expect(found(run(emptyLink, md), md)).toEqual(["Download the incident form"]);
    for (const [text, words] of [
      [
        "For the full guidance on online safety, read our online safety guidance here.",
        "read our online safety guidance here",
      ],
      ["To learn what we do with your data, find out more here.", "find out more here"],
      ["Volunteers can register here.", "register here"],
    ]) {
      const document = markdownDocument(`${text}\n`);
      expect(found(run(emptyLink, document), document), text).toEqual([words]);
    }
  });

  it("near misses: 'here' as a place, a download with its address or more to say, a link over the words", () => {
    for (const text of [
      "Visitors report to the office here. Children who stay here overnight sleep in the lodge.",
      "We record every course here and on the training log.",
      "We want every child to know that they will find a safe and caring space here.",
      "Please read the declaration below and sign here.",
      "The accident book is kept here.",
      "Parents report to the office here.",
      "Download the concern form from the club's website, or ask the Welfare Officer for a copy.",
      "Download the form and hand it to the DSL.",
      "You can book here: https://example.org/book",
      "You can [download the form here](https://example.org/form).",
    ]) {
      const md = markdownDocument(`${text}\n`);
      expect(run(emptyLink, md), text).toEqual([]);
      expect(run(emptyLink, pdfDocument(text)), text).toEqual([]);
    }
  });
});
