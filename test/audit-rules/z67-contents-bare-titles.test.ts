/**
 * From the sixty-sixth and sixty-seventh held-out sets (issue 11), in our own words; every name is invented. A
 * contents list of titles only — no section numbers, no page numbers — under a "Contents" title: Word's contents
 * field gives each entry as a plain paragraph, a PDF prints each with dot leaders ending in nothing (and may wrap a
 * long one). It is the contents when its entries, sub-entries among them, are the headings further on (all but a
 * few); an entry for a section that is gone is reported. Short lines under "Contents" that are not the headings are
 * no contents list.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const sections: Array<[string, string[]]> = [
  ["Our promise", []],
  ["Who looks after safeguarding", []],
  ["Safe sessions", ["Changing and showers", "Lifts home"]],
  ["When you are worried", ["Concerns about a volunteer"]],
  ["Useful numbers", []],
];

const listed = (extra?: { after: string; title: string }) =>
  sections.flatMap(([title, subs]) => {
    const entries = [title, ...subs];
    return extra && title === extra.after ? [...entries, extra.title] : entries;
  });

function word(entries: string[]): string {
  return [
    "<h1>Westerholm Canoe Club – Safeguarding Policy</h1>",
    "<p>Last reviewed by the committee in March 2026.</p>",
    "<p><strong>Contents</strong></p>",
    ...entries.map((t) => `<p>${t}</p>`),
    ...sections.flatMap(([title, subs], i) => [
      `<h1>${i + 1}. ${title}</h1>`,
      "<p>Every volunteer reads this section.</p>",
      ...subs.flatMap((s, j) => [`<h2>${i + 1}.${j + 1} ${s}</h2>`, "<p>More on this.</p>"]),
    ]),
  ].join("\n");
}

function pdf(entries: string[], wrap?: string): string {
  return [
    "Westerholm Canoe Club – Safeguarding Policy",
    "Last reviewed by the committee in March 2026.",
    "Contents",
    ...entries.flatMap((t) =>
      t === wrap
        ? [t.split(" ").slice(0, 2).join(" "), `${t.split(" ").slice(2).join(" ")}${".".repeat(60)}`]
        : [`${t}${".".repeat(60)}`],
    ),
    ...sections.flatMap(([title, subs], i) => [
      `${i + 1}. ${title}`,
      "Every volunteer reads this section.",
      ...subs.flatMap((s, j) => [`${i + 1}.${j + 1} ${s}`, "More on this."]),
    ]),
  ].join("\n");
}

const gone = { after: "Safe sessions", title: "Camping weekends" };
const messages = (document: ReturnType<typeof wordDocument>) =>
  run(contentsMismatch, document).map((r) => r.message);

describe("contents-mismatch: a contents list of titles only", () => {
  it("reports an entry whose section is gone, in Word and PDF", () => {
    for (const document of [word(listed(gone)), pdf(listed(gone))].map((t, i) =>
      i === 0 ? wordDocument(t) : pdfDocument(t),
    )) {
      const found = messages(document);
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).toContain("Camping weekends");
    }
  });

  it("is silent when every entry is a heading, and with a PDF entry wrapped over two lines", () => {
    expect(messages(wordDocument(word(listed())))).toEqual([]);
    expect(messages(pdfDocument(pdf(listed())))).toEqual([]);
    expect(messages(pdfDocument(pdf(listed(), "Who looks after safeguarding")))).toEqual([]);
  });

  it("short lines under 'Contents' that are mostly not headings are no contents list", () => {
    const lines = ["Our promise", "Paddles and buoyancy aids", "Club boats", "Trailers", "Useful numbers"];
    expect(messages(wordDocument(word(lines)))).toEqual([]);
    expect(messages(pdfDocument(pdf(lines)))).toEqual([]);
  });
});
