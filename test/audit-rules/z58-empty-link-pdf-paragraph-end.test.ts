/**
 * empty-link (held-out set zz58), in our own words; every name is invented. A PDF's text keeps no blank line
 * between paragraphs: "Our concern form is available at" is the end of its paragraph, with nothing after it, where
 * the reader's block ends at that line, or where the next line opens a new sentence ("If a child arrives …") — as in
 * the Markdown and Word copies. Only in a PDF: a Markdown soft break carries the sentence on, capital or not. Near
 * misses: the sentence carried on onto the next line with a name or a noun ("Hollowmere Council's website",
 * "Reception and in the staff room") or in lower case ("the council's website"), however short the line.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, markdownDocument, pdfDocument, run } from "../fixtures/structure/documents.js";
import { pdfOfParagraphs } from "../helpers/audit-context.js";

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

describe("empty-link: 'available at' carried on onto the next line (review mends)", () => {
  const carriedOn = [
    [
      "Our concern form is available at",
      "Hollowmere Council's safeguarding pages, under Forms and Leaflets.",
    ],
    ["The procedures are available at", "Reception and in the staff room."],
  ];

  it("near miss: a Markdown line carried on with a capital is the same sentence", () => {
    for (const [line, next] of carriedOn) {
      const text = ["## 5. Responding to concerns", "", "Record any worry the same day.", line, next, ""];
      expect(run(emptyLink, markdownDocument(text.join("\n")))).toEqual([]);
    }
  });

  it("near miss: a short PDF line carried on with a name or a noun is the same sentence", () => {
    for (const [line, next] of carriedOn) {
      const text = [
        "Record any worry on the same day on a concern form and hand it to the nursery's",
        line,
        next,
      ];
      expect(run(emptyLink, pdfDocument(text.join("\n")))).toEqual([]);
      expect(run(emptyLink, pdfOfParagraphs([text]))).toEqual([]);
    }
  });

  it("is reported where the reader's block ends the paragraph at that line", () => {
    const document = pdfOfParagraphs([
      ["Record any worry on the same day. The procedures are available at"],
      ["Reception is open from eight until six on weekdays."],
    ]);
    expect(found(run(emptyLink, document), document)).toEqual(["are available at"]);
  });

  it("is reported where the next line opens a new sentence, though the reader's block runs on", () => {
    for (const next of [
      "When a child is hurt, tell the DSL at once.",
      "Staff must record it the same day.",
      "Ask the office for a copy.",
    ]) {
      const document = pdfOfParagraphs([
        ["Record any worry on the same day. The procedures are available at", next],
      ]);
      expect(found(run(emptyLink, document), document)).toEqual(["are available at"]);
    }
  });
});
