/**
 * contents-mismatch (held-out set zz125), in our own words; every name is invented. A youth band's policy in Word and
 * PDF has a contents field with dot leaders whose sections sit on pages 1 and 2, as they do, and whose last line,
 * "Appendix B – Contact sheet for parents ........ 5", points past the last of the file's four pages: the appendix moved
 * after a page break and the list was not updated. Near misses: a list whose numbers run on past the end through
 * several entries, the earlier ones already reaching the last page (a longer printed version's numbers carried along),
 * says nothing of this file's pages; nor does an entry kept apart ("separate document"), nor a Markdown copy, which
 * has no pages.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const sections = [
  ["1. Why we have this policy", 1],
  ["2. Our welfare team", 1],
  ["3. Rehearsals and tours", 2],
  ["4. If a member tells you something", 2],
] as const;

function html(pages: readonly number[], appendix: string, appendixPage: number): string {
  const entries = sections.map(([title], i) => `<p><a href="#_Toc${i}">${title}\t${pages[i]}</a></p>`);
  return [
    "<h1>Kestrel Youth Brass Band – Safeguarding Policy</h1>",
    "<p><strong>Contents</strong></p>",
    ...entries,
    `<p><a href="#_Toc9">${appendix}\t${appendixPage}</a></p>`,
    ...sections.flatMap(([title], i) => [
      `<h2><a id="_Toc${i}"></a>${title}</h2>`,
      "<p>Every adult at the band reads this and follows it.</p>",
    ]),
    `<h2><a id="_Toc9"></a>${appendix}</h2>`,
    "<p>Name, phone number and a second contact.</p>",
  ].join("\n");
}

const word = (pageCount: number, pages: readonly number[], appendix: string, appendixPage: number) =>
  ({ ...wordDocument(html(pages, appendix, appendixPage)), pageCount }) as SourceDocument;

const appendix = "Appendix B – Contact sheet for parents";
const own = sections.map(([, page]) => page);

function pdf(appendixPage: number): SourceDocument {
  const page = (n: number) => `Kestrel Youth Brass Band – Safeguarding Policy · page ${n}`;
  const text = [
    "Kestrel Youth Brass Band – Safeguarding Policy",
    "Contents",
    ...sections.map(([title, p]) => `${title} ........................ ${p}`),
    `${appendix} ........................ ${appendixPage}`,
    "1. Why we have this policy",
    "Every adult at the band reads this and follows it.",
    "2. Our welfare team",
    "Our welfare officer is named on the notice board.",
    page(1),
    "\f3. Rehearsals and tours",
    "Two adults are at every rehearsal.",
    "4. If a member tells you something",
    "Listen, write it down, tell the welfare officer.",
    page(2),
    "\fThis page is left blank for notes.",
    page(3),
    `\f${appendix}`,
    "Name, phone number and a second contact.",
    page(4),
  ].join("\n");
  return pdfDocument(text, { pages: true });
}

describe("a contents list's last entry on a page past the end of the file", () => {
  it("is reported in a Word file whose other entries sit on its first pages", () => {
    const document = word(4, own, appendix, 5);
    const reported = run(contentsMismatch, document);
    expect(found(reported, document)).toEqual([`[${appendix} 5](#_Toc9)`]);
    expect(reported[0].message).toContain('puts "Appendix B – Contact sheet for parents" on page 5');
    expect(reported[0].message).toContain("4 pages (as the Word file was last saved)");
  });

  it("is reported in a PDF the same way", () => {
    const document = pdf(5);
    const reported = run(contentsMismatch, document);
    expect(reported.map((r) => r.message)).toEqual([
      expect.stringContaining("on page 5, but the policy has 4 pages"),
    ]);
  });

  it("stays quiet when the entry is on a page the file has", () => {
    expect(run(contentsMismatch, word(4, own, appendix, 4))).toEqual([]);
    expect(run(contentsMismatch, pdf(4))).toEqual([]);
  });

  it("stays quiet for a longer printed version's numbers, which reach the last page before running past it", () => {
    expect(run(contentsMismatch, word(2, [2, 2, 3, 4], appendix, 5))).toEqual([]);
    expect(run(contentsMismatch, word(3, [1, 2, 3, 3], appendix, 4))).toEqual([]);
  });

  it("stays quiet for an entry kept apart, and for a Markdown copy, which has no pages", () => {
    expect(run(contentsMismatch, word(4, own, `${appendix} (separate document)`, 5))).toEqual([]);
    const markdown = [
      "# Kestrel Youth Brass Band – Safeguarding Policy",
      "",
      "**Contents**",
      "",
      ...sections.map(([title, p]) => `${title} ........ ${p}  `),
      `${appendix} ........ 5`,
      "",
      ...sections.flatMap(([title]) => [`## ${title}`, "", "Every adult at the band reads this.", ""]),
      `## ${appendix}`,
      "",
      "Name, phone number and a second contact.",
    ].join("\n");
    expect(run(contentsMismatch, markdownDocument(markdown))).toEqual([]);
  });
});
