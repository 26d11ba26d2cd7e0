/**
 * empty-link (held-out set zz114), in our own words; every name is invented. A list of sources at the end of a policy
 * whose earlier entries each link their address, the last stopping at "available at" with no address pasted in. In a
 * Word file the entries are one paragraph's lines (mammoth's <br />) or a list's items; in a PDF they are lines of one
 * block, here with a page footer after. The links belong to the entries before: an entry that opens after a link
 * (its "[6]", "6." or bullet) is a sentence of its own, so "available at" there has nothing behind it. Near misses: the
 * address on the next line, a link earlier in the same entry, "available at" a place.
 */
import { describe, expect, it } from "vitest";
import { rule as emptyLink } from "../../src/audit/rules/empty-link.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";
import { pdfWithLink } from "../helpers/pdf-with-link.js";

const link = (url: string) => `<a href="${url}">${url}</a>`;
const entries = [
  `[1] Brackenford Rowing Club, Photography Code: ${link("https://brackenford.example.org/photos")}`,
  `[2] Tallowmere Council, Early Help guide: ${link("https://tallowmere.example.gov.uk/early-help")}`,
];
const wordPolicy = (references: string) =>
  wordDocument(
    [
      "<h1>Brackenford Rowing Club – Safeguarding</h1>",
      "<p>Photographs of junior rowers are never shared without consent.[1]</p>",
      "<h1>References</h1>",
      references,
    ].join(""),
  );

describe("empty-link: 'available at' ending the last of a list of linked sources", () => {
  it("reports it in a Word paragraph of lines and in a Word list", () => {
    for (const references of [
      `<p>${[...entries, "[3] Tallowmere Safeguarding Partnership, procedures manual, available at"].join("<br />")}</p>`,
      `<ol>${[...entries, "Tallowmere Safeguarding Partnership, procedures manual, available at"].map((e) => `<li>${e.replace(/^\[\d\] /, "")}</li>`).join("")}</ol>`,
      `<p>${[...entries, "[3] Tallowmere Safeguarding Partnership, procedures manual, available at"].join("<br />")}</p><p>Version 4, approved by the committee in May 2026</p>`,
    ]) {
      const document = wordPolicy(references);
      expect(found(run(emptyLink, document), document), references).toEqual(["available at"]);
    }
    const md = markdownDocument(
      `# References\n\n[1] Photography Code: <https://brackenford.example.org/photos>\n[2] Procedures manual, available at\n`,
    );
    expect(found(run(emptyLink, md), md)).toEqual(["available at"]);
  });

  it("reports it in a PDF whose last entry is followed by the page footer", async () => {
    const document = await pdfWithLink(
      [
        "References",
        "[1] Brackenford Rowing Club, Photography Code: https://brackenford.example.org/photos",
        "[2] Tallowmere Safeguarding Partnership, procedures manual, available at",
      ],
      { words: "https://brackenford.example.org/photos", url: "https://brackenford.example.org/photos" },
      "Brackenford Rowing Club – Safeguarding Policy – Page 2 of 2",
    );
    expect(document.outline.links).toHaveLength(1);
    expect(found(run(emptyLink, document), document)).toEqual(["available at"]);
  });

  it("stays quiet with the address on the next line, a link in the same entry, or a place", async () => {
    for (const last of [
      `[3] Tallowmere Safeguarding Partnership, procedures manual, available at<br />${link("https://tallowmere.example.org/manual")}`,
      `[3] Tallowmere Safeguarding Partnership, procedures manual ${link("https://tallowmere.example.org/manual")}, also available at`,
      "[3] A printed copy of the procedures manual is available at the club office.",
    ]) {
      const document = wordPolicy(`<p>${[...entries, last].join("<br />")}</p>`);
      expect(run(emptyLink, document), last).toEqual([]);
    }
    const pdf = await pdfWithLink(
      [
        "References",
        "[1] Brackenford Rowing Club, Photography Code: https://brackenford.example.org/photos",
        "[2] Tallowmere Safeguarding Partnership, procedures manual, available at",
        "https://tallowmere.example.org/manual",
      ],
      { words: "https://brackenford.example.org/photos", url: "https://brackenford.example.org/photos" },
      "Brackenford Rowing Club – Safeguarding Policy – Page 2 of 2",
    );
    expect(run(emptyLink, pdf)).toEqual([]);
  });
});
