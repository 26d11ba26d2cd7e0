/**
 * A contents list with no "Contents" title and no page numbers — Word's contents field with the page numbers left
 * off, a PDF's dot leaders that end in nothing — is still the policy's contents when every entry is a numbered
 * heading further on. One entry numbered differently from its heading ("9. Helplines" beside "8. Helplines", after a
 * gap in the list's numbers) is reported, wherever it sits. A numbered list of the policy's points, only some of
 * them headings, is no contents list. Every name here is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const titles = [
  "Who we are",
  "Our welfare officer",
  "Training",
  "Spotting harm",
  "Passing on a worry",
  "Outings and trips",
  "Keeping records",
  "Helplines",
];

/** The list's numbers: 1–7 then 9 for the last, as a list whose last entry kept an old number. */
const listNumbers = [1, 2, 3, 4, 5, 6, 7, 9];

function word(listed = titles, numbers = listNumbers): string {
  return [
    "<h1>Tremadoc Young Astronomers: Safeguarding Policy</h1>",
    "<p>The club meets monthly at the village hall.</p>",
    ...listed.map((t, i) => `<p>${numbers[i]}. ${t}</p>`),
    ...titles.flatMap((t, i) => [`<h1>${i + 1}. ${t}</h1>`, "<p>Volunteers read this section.</p>"]),
  ].join("\n");
}

function pdf(listed = titles, numbers = listNumbers): string {
  return [
    "Tremadoc Young Astronomers: Safeguarding Policy",
    "The club meets monthly at the village hall.",
    ...listed.map((t, i) => `${numbers[i]}. ${t}${".".repeat(40)}`),
    ...titles.flatMap((t, i) => [`${i + 1}. ${t}`, "Volunteers read this section."]),
  ].join("\n");
}

const expected = [
  'The contents list numbers "Helplines" as 9, but the heading is numbered 8 — update the contents list',
];
const messages = (document: ReturnType<typeof wordDocument>) =>
  run(contentsMismatch, document).map((r) => r.message);

describe("contents-mismatch: an untitled contents list with no page numbers", () => {
  it("reports the one entry numbered differently from its heading in a Word document", () => {
    expect(messages(wordDocument(word()))).toEqual(expected);
  });

  it("reports it in a PDF's text, the leaders ending in no page number", () => {
    expect(messages(pdfDocument(pdf()))).toEqual(expected);
  });

  it("reports an entry in the middle of the list too", () => {
    const numbers = [1, 2, 3, 5, 5, 6, 7, 8];
    expect(messages(wordDocument(word(titles, numbers)))).toEqual([
      'The contents list numbers "Spotting harm" as 5, but the heading is numbered 4 — update the contents list',
    ]);
  });

  it("says nothing when every entry agrees with its heading (near miss)", () => {
    const numbers = titles.map((_, i) => i + 1);
    expect(messages(wordDocument(word(titles, numbers)))).toEqual([]);
    expect(messages(pdfDocument(pdf(titles, numbers)))).toEqual([]);
  });

  it("says nothing of a Markdown ordered list, which shows 8 whatever was typed (near miss)", () => {
    const text = [
      "# Tremadoc Young Astronomers: Safeguarding Policy",
      "",
      ...titles.map((t, i) => `${listNumbers[i]}. ${t}`),
      "",
      ...titles.flatMap((t, i) => [`## ${i + 1}. ${t}`, "", "Volunteers read this section.", ""]),
    ].join("\n");
    expect(messages(markdownDocument(text))).toEqual([]);
  });

  it("takes no list of points, only some of them headings, for a contents list (near miss)", () => {
    const points = ["Who we are", "Bring a torch with a red filter", "Dress warmly", "Helplines"];
    expect(messages(wordDocument(word(points, [1, 2, 3, 9])))).toEqual([]);
  });
});
