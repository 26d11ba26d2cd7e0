/**
 * contents-mismatch (review 13): a contents list that still lists a deleted section says once, on that entry, that
 * "the entries after it are numbered one higher than their headings". The words belong to the slip where the
 * list's numbers start to run ahead of the headings' — not to every entry with no heading: a renamed section
 * elsewhere in the list is reported as renamed, without them, whether it comes before the deleted section or after
 * it (where its own number has moved with its neighbours'). A section the list leaves out says the entries after
 * it are one lower only where they are. Every name here is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const sections: [string, string][] = [
  ["About the library", "Children's sessions run on Saturday mornings in the reading room."],
  ["Who looks after safeguarding", "Our safeguarding officer is Teodora Blackwood."],
  ["Signs to notice", "Volunteers know what neglect can look like."],
  ["Raising a concern", "Speak to Teodora before you leave the building."],
  ["Storytime visitors", "Visiting authors are never left alone with a group."],
  ["Computers in the children's corner", "Filters stay switched on at all times."],
  ["Phone numbers", "Children's services duty desk: 0161 496 0444."],
];

function markdown(listed: string[], headings = sections): string {
  return [
    "# Ashcombe Community Library — Safeguarding Children",
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
    ...listed.map((t, i) => `<p><a href="#_Toc8100${i}">${i + 1}. ${t}\t${i + 2}</a></p>`),
    ...headings.flatMap(([t, body], i) => {
      const at = listed.indexOf(t);
      const anchor = at >= 0 ? `<a id="_Toc8100${at}"></a>` : "";
      return [`<h1>${anchor}${i + 1}. ${t}</h1>`, `<p>${body}</p>`];
    }),
  ].join("\n");
}

function pdf(listed: string[], headings = sections): string {
  return [
    "Ashcombe Community Library — Safeguarding Children",
    "Contents",
    ...listed.map((t, i) => `${i + 1}. ${t} ${".".repeat(24)} ${i + 2}`),
    ...headings.flatMap(([t, body], i) => [`${i + 1}. ${t}`, body]),
  ].join("\n");
}

const titles = sections.map(([t]) => t);
const messages = (document: ReturnType<typeof markdownDocument>) =>
  run(contentsMismatch, document).map((r) => r.message);
const TAIL = "and the entries after it are numbered one higher than their headings";

const deleted =
  'The contents list has "2. Holiday clubs", but no heading in the policy is called that, and the entries after it are numbered one higher than their headings — update the contents list, or rename the heading to match';

describe("contents-mismatch: a deleted section and a renamed one in the same list", () => {
  // The list still has "Holiday clubs" as 2, and calls section 5 ("Storytime visitors") "Author visits" — as 6.
  const renamedLater = [
    titles[0],
    "Holiday clubs",
    ...titles.slice(1, 4),
    "Author visits",
    ...titles.slice(5),
  ];

  it("Markdown: the deleted entry says the later entries moved; the renamed one is a rename, without those words", () => {
    expect(messages(markdownDocument(markdown(renamedLater)))).toEqual([
      'The contents list has "6. Author visits", but section 5 is "Storytime visitors" and no heading is called "Author visits" — update the contents list, or rename the heading to match',
      deleted,
    ]);
  });

  it("Word: the same two findings", () => {
    expect(messages(wordDocument(word(renamedLater)))).toEqual([
      'The contents list has "6. Author visits", but section 5 is "Storytime visitors" and no heading is called "Author visits" — update the contents list, or rename the heading to match',
      deleted,
    ]);
  });

  it("PDF: the renamed entry has no such words, and the entries after it are not reported one by one", () => {
    expect(messages(pdfDocument(pdf(renamedLater)))).toEqual([
      deleted,
      'The contents list has "6. Author visits", but no heading in the policy is called that — update the contents list, or rename the heading to match',
    ]);
  });

  it("a renamed section before the deleted one: the words go on the deleted one only", () => {
    const listed = [
      titles[0],
      "Our safeguarding team",
      ...titles.slice(2, 4),
      "Holiday clubs",
      ...titles.slice(4),
    ];
    const found = messages(markdownDocument(markdown(listed)));
    expect(found).toHaveLength(2);
    expect(found.filter((m) => m.includes(TAIL))).toEqual([
      'The contents list has "5. Holiday clubs", but no heading in the policy is called that, and the entries after it are numbered one higher than their headings — update the contents list, or rename the heading to match',
    ]);
    for (const m of found.filter((m) => m.includes("Our safeguarding team"))) expect(m).not.toContain(TAIL);
  });

  it("the last entry renamed after a deleted section: a rename, without the words", () => {
    const listed = [titles[0], "Holiday clubs", ...titles.slice(1, 6), "Useful contacts"];
    expect(messages(markdownDocument(markdown(listed)))).toEqual([
      'The contents list has "8. Useful contacts", but section 7 is "Phone numbers" and no heading is called "Useful contacts" — update the contents list, or rename the heading to match',
      deleted,
    ]);
  });
});

describe("contents-mismatch: an entry off by one on its own", () => {
  it("near miss: an entry with no heading after a single misnumbered entry is not read as renamed", () => {
    // A contents table: "Raising a concern" is listed as 5 (its heading is 4), then "Holiday clubs" as 6, where
    // section 5 ("Storytime visitors") is not listed — one slip and one stale entry, not a moved stretch.
    const text = [
      "# Ashcombe Community Library — Safeguarding Children",
      "",
      "| No. | Contents | Page |",
      "|---|---|---|",
      ...titles.slice(0, 3).map((t, i) => `| ${i + 1} | ${t} | ${i + 1} |`),
      "| 5 | Raising a concern | 4 |",
      "| 6 | Holiday clubs | 5 |",
      "",
      ...sections.slice(0, 5).flatMap(([t, body], i) => [`## ${i + 1}. ${t}`, "", body, ""]),
    ].join("\n");
    const found = messages(markdownDocument(text));
    expect(found).toContain(
      'The contents list has "6. Holiday clubs", but no heading in the policy is called that — update the contents list, or rename the heading to match',
    );
    expect(found.filter((m) => m.includes("Storytime visitors"))).toEqual([]);
  });
});

describe("contents-mismatch: a section the list leaves out and a renamed one", () => {
  it("the words 'one lower' go on the section left out, not on a renamed entry after it", () => {
    // Section 3 ("Signs to notice") is not listed; section 6 is listed (as 5) under another name.
    const listed = [...titles.slice(0, 2), ...titles.slice(3, 5), "Screens and filters", titles[6]];
    const found = messages(markdownDocument(markdown(listed)));
    expect(found).toContain(
      'Section "3. Signs to notice" is missing from the contents list, and the entries after it are numbered one lower than their headings — update the contents list',
    );
    expect(found.filter((m) => m.includes("numbered one"))).toHaveLength(1);
    expect(found.filter((m) => m.includes("Screens and filters"))).toHaveLength(1);
  });
});
