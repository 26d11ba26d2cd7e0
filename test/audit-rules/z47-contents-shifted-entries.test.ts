/**
 * A contents list that still lists a section the policy no longer has ("5. Lone working" with no such heading)
 * numbers every later entry one higher than its heading. The reader sees one slip — the deleted section — and
 * the later entries' numbers are its consequence, said in its finding, not a warning each (issue 12, zz48). A
 * new section the list leaves out numbers the later entries one lower, the same way. An entry whose number is off
 * by anything else is still reported. Every name here is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const sections: [string, string][] = [
  ["Why we have this policy", "Every coach reads this policy before the first session."],
  ["The welfare team", "Our welfare officer is Morwenna Tregaskis."],
  ["Spotting harm", "Coaches know the signs of neglect and abuse."],
  ["Passing on a worry", "Tell the welfare officer on the same day."],
  ["Travelling to matches", "Two adults travel on every minibus."],
  ["Photographs", "We ask parents before any photograph is taken."],
  ["Useful numbers", "Police 999 in an emergency."],
];

/** The list's titles in order, each numbered from 1; the headings numbered 1, 2 … as they come. */
function markdown(listed: string[], headings = sections): string {
  return [
    "# Pengelly Junior Hockey Club — Safeguarding Policy",
    "",
    "## Contents",
    "",
    ...listed.map((t, i) => `${i + 1}. ${t}`),
    "",
    ...headings.flatMap(([t, body], i) => [`## ${i + 1}. ${t}`, "", body, ""]),
  ].join("\n");
}

function word(listed: string[], headings = sections): string {
  return [
    "<p><strong>Contents</strong></p>",
    ...listed.map((t, i) => `<p><a href="#_Toc7000${i}">${i + 1}. ${t}\t${i + 2}</a></p>`),
    ...headings.flatMap(([t, body], i) => {
      const at = listed.indexOf(t);
      const anchor = at >= 0 ? `<a id="_Toc7000${at}"></a>` : "";
      return [`<h1>${anchor}${i + 1}. ${t}</h1>`, `<p>${body}</p>`];
    }),
  ].join("\n");
}

function pdf(listed: string[], headings = sections): string {
  return [
    "Pengelly Junior Hockey Club — Safeguarding Policy",
    "Contents",
    ...listed.map((t, i) => `${i + 1}. ${t} ${".".repeat(30)} ${i + 2}`),
    ...headings.flatMap(([t, body], i) => [`${i + 1}. ${t}`, body]),
  ].join("\n");
}

const titles = sections.map(([t]) => t);
/** The list still has "Lone working" as section 5, between "Passing on a worry" and "Travelling to matches". */
const withDeleted = [...titles.slice(0, 4), "Lone working", ...titles.slice(4)];

const messages = (document: ReturnType<typeof markdownDocument>) =>
  run(contentsMismatch, document).map((r) => r.message);

describe("contents-mismatch: a deleted section still in the list", () => {
  const expected = [
    'The contents list has "5. Lone working", but no heading in the policy is called that, and the entries after it are numbered one higher than their headings — update the contents list, or rename the heading to match',
  ];

  it("is one finding in Markdown, not one more for each later entry", () => {
    expect(messages(markdownDocument(markdown(withDeleted)))).toEqual(expected);
  });

  it("is one finding in a Word contents field", () => {
    expect(messages(wordDocument(word(withDeleted)))).toEqual(expected);
  });

  it("is one finding in a PDF's text", () => {
    expect(messages(pdfDocument(pdf(withDeleted)))).toEqual(expected);
  });

  it("counts two deleted sections: the entries after both are two higher", () => {
    const listed = [
      ...titles.slice(0, 2),
      "Lone working",
      ...titles.slice(2, 4),
      "Social media",
      ...titles.slice(4),
    ];
    expect(messages(markdownDocument(markdown(listed)))).toEqual([
      'The contents list has "3. Lone working", but no heading in the policy is called that, and the entries after it are numbered one higher than their headings — update the contents list, or rename the heading to match',
      'The contents list has "6. Social media", but no heading in the policy is called that, and the entries after it are numbered two higher than their headings — update the contents list, or rename the heading to match',
    ]);
  });

  it("says nothing of later entries when the last entry is the deleted one", () => {
    const listed = [...titles, "Lone working"];
    expect(messages(markdownDocument(markdown(listed)))).toEqual([
      'The contents list has "8. Lone working", but no heading in the policy is called that — update the contents list, or rename the heading to match',
    ]);
  });

  it("reads the list's last entry, straight after the deleted section, as moved by it (zz58)", () => {
    const listed = [...titles.slice(0, 6), "Lone working", titles[6]];
    expect(messages(markdownDocument(markdown(listed)))).toEqual([
      'The contents list has "7. Lone working", but no heading in the policy is called that, and the entry after it is numbered one higher than its heading — update the contents list, or rename the heading to match',
    ]);
  });

  it("still reports an entry whose number is off by more than the deleted section explains", () => {
    const text = markdown(withDeleted).replace("8. Useful numbers", "9. Useful numbers");
    expect(messages(markdownDocument(text))).toEqual([
      'The contents list numbers "Useful numbers" as 9, but the heading is numbered 7 — update the contents list',
      'The contents list has "5. Lone working", but no heading in the policy is called that, and the entries after it are numbered one higher than their headings — update the contents list, or rename the heading to match',
    ]);
    const pdfText = pdf(withDeleted).replace("8. Useful numbers", "9. Useful numbers");
    expect(messages(pdfDocument(pdfText))[0]).toBe(
      'The contents list numbers "Useful numbers" as 9, but the heading is numbered 7 — update the contents list',
    );
  });

  it("still reports a heading numbered past its entry after a deleted section", () => {
    const text = markdown(withDeleted).replace("## 6. Photographs", "## 8. Photographs");
    expect(messages(markdownDocument(text))).toContain(
      'The contents list numbers "Photographs" as 7, but the heading is numbered 8 — update the contents list',
    );
  });
});

describe("contents-mismatch: a new section the list leaves out", () => {
  it("is one finding, and the entries after it are one lower", () => {
    const listed = titles.filter((t) => t !== "Spotting harm");
    expect(messages(markdownDocument(markdown(listed)))).toEqual([
      'Section "3. Spotting harm" is missing from the contents list, and the entries after it are numbered one lower than their headings — update the contents list',
    ]);
    expect(messages(wordDocument(word(listed)))).toEqual([
      'Section "3. Spotting harm" is missing from the contents list, and the entries after it are numbered one lower than their headings — update the contents list',
    ]);
  });
});
