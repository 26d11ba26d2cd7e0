/**
 * contents-mismatch on a contents list with no "Contents" title (Word's contents field, a Markdown list between
 * "<!-- toc -->" marks, a PDF's entries with dot leaders and no pages) whose front entries are numbered "i, ii, iii"
 * before the sections 1, 2, 3 …, and whose last entry is a section the policy never wrote: "7. Competition travel"
 * where the headings stop at 6. Every other numbered entry is a heading, number for number, so the list is the
 * contents and the entry with no heading is reported. From the seventy-fifth held-out set (issue 11), in our own
 * words; every name is invented. Near misses: an extra entry numbered past a gap, two entries past the headings, and a short list, stay a list of the policy's points.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const FRONT = ["About this document", "Who's who", "Related policies"];
const ROMAN = ["i", "ii", "iii"];
const HEADINGS = [
  "Why we have this policy",
  "Safer recruitment",
  "Fencing sessions and kit",
  "If you are worried",
  "Allegations against coaches",
  "Contacts",
];
/** The contents as planned: a seventh section that was never written. */
const LISTED = [...HEADINGS, "Competition travel"];

function word(entries: string[], numbers = entries.map((_, i) => i + 1)): string {
  return [
    "<h1>Harrowgate Fencing Juniors: Safeguarding Policy</h1>",
    ...FRONT.map((t, i) => `<p>${ROMAN[i]}. ${t}</p>`),
    ...entries.map((t, i) => `<p>${numbers[i]}. ${t}</p>`),
    ...FRONT.flatMap((t, i) => [`<h1>${ROMAN[i]}. ${t}</h1>`, "<p>Read this first.</p>"]),
    ...HEADINGS.flatMap((t, i) => [`<h1>${i + 1}. ${t}</h1>`, "<p>Coaches read this section.</p>"]),
  ].join("\n");
}

function markdown(entries: string[]): string {
  return [
    "# Harrowgate Fencing Juniors: Safeguarding Policy",
    "",
    "<!-- toc -->",
    ...FRONT.map((t, i) => `${ROMAN[i]}. ${t}`),
    ...entries.map((t, i) => `${i + 1}. ${t}`),
    "<!-- /toc -->",
    "",
    ...FRONT.flatMap((t, i) => [`## ${ROMAN[i]}. ${t}`, "", "Read this first.", ""]),
    ...HEADINGS.flatMap((t, i) => [`## ${i + 1}. ${t}`, "", "Coaches read this section.", ""]),
  ].join("\n");
}

function pdf(entries: string[]): string {
  const dots = ".".repeat(60);
  return [
    "Harrowgate Fencing Juniors: Safeguarding Policy",
    ...FRONT.map((t, i) => `${ROMAN[i]}. ${t}${dots}`),
    ...entries.map((t, i) => `${i + 1}. ${t}${dots}`),
    ...FRONT.flatMap((t, i) => [`${ROMAN[i]}. ${t}`, "Read this first."]),
    ...HEADINGS.flatMap((t, i) => [`${i + 1}. ${t}`, "Coaches read this section."]),
    // A line of the body that starts with a number is no heading.
    "01632 960 321 (the club's phone)",
  ].join("\n");
}

const excerpts = (document: ReturnType<typeof wordDocument>) =>
  run(contentsMismatch, document).map((r) => document.text.slice(r.offset, r.endOffset));

describe("contents-mismatch: an untitled contents list with Roman front entries and a last section never written", () => {
  it("reports the entry with no heading in Word, Markdown and PDF", () => {
    for (const document of [
      wordDocument(word(LISTED)),
      markdownDocument(markdown(LISTED)),
      pdfDocument(pdf(LISTED)),
    ]) {
      expect(excerpts(document)).toHaveLength(1);
      expect(excerpts(document)[0]).toContain("Competition travel");
    }
  });

  it("says nothing where every entry is a heading", () => {
    expect(run(contentsMismatch, wordDocument(word(HEADINGS)))).toEqual([]);
    expect(run(contentsMismatch, markdownDocument(markdown(HEADINGS)))).toEqual([]);
  });

  it("near miss: an extra entry numbered past a gap", () => {
    expect(run(contentsMismatch, wordDocument(word(LISTED, [1, 2, 3, 4, 5, 6, 8])))).toEqual([]);
  });

  it("near miss: two entries past the headings", () => {
    const points = [...LISTED, "Tidy the salle"];
    expect(run(contentsMismatch, wordDocument(word(points)))).toEqual([]);
  });

  it("near miss: a short list", () => {
    const points = ["Why we have this policy", "Safer recruitment", "Bring your own mask"];
    expect(run(contentsMismatch, wordDocument(word(points)))).toEqual([]);
  });
});
