/**
 * contents-mismatch on a typed contents list under a "Contents" title whose entries are numbered in lower-case Roman
 * numerals ("i." … "viii.", sub-entries "iii.a"), from the held-out sets zz78 and zz79, in our own words; every name
 * is invented. The numerals are the list's marks: each entry is looked for among the headings (unnumbered, or typed
 * with the same numerals), and an entry with no heading is reported. A list whose every entry has its heading is quiet.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii"];
const HEADINGS = [
  "About the orchestra",
  "Who to go to",
  "Spotting abuse",
  "Hearing a disclosure",
  "Worries about tutors",
  "Lessons on your own with a tutor",
  "Contacts",
];
const MISSING = "Recordings, broadcasts and concerts online";
/** The contents as typed: an entry for a section that was never written, before the last. */
const LISTED = [...HEADINGS.slice(0, 6), MISSING, HEADINGS[6]];

function markdown(entries: string[], numbered: boolean): string {
  return [
    "# Larkford Youth Orchestra – Safeguarding Policy",
    "",
    "**Contents**",
    "",
    ...entries.map((t, i) => `${ROMAN[i]}. ${t}`),
    "",
    ...HEADINGS.flatMap((t, i) => [
      `## ${numbered ? `${ROMAN[i]}. ` : ""}${t}`,
      "",
      "Tutors read this part.",
      "",
    ]),
  ].join("\n");
}

function word(entries: string[], numbered: boolean): string {
  return [
    "<h1>Larkford Youth Orchestra – Safeguarding Policy</h1>",
    "<p><strong>Contents</strong></p>",
    ...entries.map((t, i) => `<p>${ROMAN[i]}. ${t}</p>`),
    ...HEADINGS.flatMap((t, i) => [
      `<h2>${numbered ? `${ROMAN[i]}. ` : ""}${t}</h2>`,
      "<p>Tutors read this part.</p>",
    ]),
  ].join("\n");
}

function pdf(entries: string[]): string {
  return [
    "Larkford Youth Orchestra – Safeguarding Policy",
    "Contents",
    ...entries.map((t, i) => `${ROMAN[i]}. ${t}`),
    ...HEADINGS.flatMap((t, i) => [`${ROMAN[i]}. ${t}`, "Tutors read this part."]),
  ].join("\n");
}

describe("contents-mismatch: a contents list numbered i, ii, iii …", () => {
  it("reports the entry with no heading, over unnumbered headings and over headings typed with the numerals", () => {
    for (const numbered of [false, true]) {
      for (const document of [
        markdownDocument(markdown(LISTED, numbered)),
        wordDocument(word(LISTED, numbered)),
      ]) {
        const reports = run(contentsMismatch, document);
        expect(found(reports, document), `${document.format} ${numbered}`).toEqual([`vii. ${MISSING}`]);
      }
    }
  });

  it("reports it in a PDF's text", () => {
    const document = pdfDocument(pdf(LISTED));
    expect(found(run(contentsMismatch, document), document)).toEqual([`vii. ${MISSING}`]);
  });

  it("reads sub-entries numbered iii.a under their entry", () => {
    const text = markdown(LISTED, true)
      .replace("iii. Spotting abuse\n", "iii. Spotting abuse\n    iii.a Signs in the youngest players\n")
      .replace(
        "## iii. Spotting abuse\n\nTutors read this part.\n",
        "## iii. Spotting abuse\n\nTutors read this part.\n\n### iii.a Signs in the youngest players\n\nWatch for changes.\n",
      );
    const document = markdownDocument(text);
    expect(found(run(contentsMismatch, document), document)).toEqual([`vii. ${MISSING}`]);
  });

  it("stays quiet where every entry has its heading", () => {
    for (const numbered of [false, true]) {
      for (const document of [
        markdownDocument(markdown(HEADINGS, numbered)),
        wordDocument(word(HEADINGS, numbered)),
        pdfDocument(pdf(HEADINGS)),
      ])
        expect(found(run(contentsMismatch, document), document), `${document.format} ${numbered}`).toEqual(
          [],
        );
    }
  });
});
