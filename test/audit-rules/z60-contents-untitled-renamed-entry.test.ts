/**
 * contents-mismatch on a contents list with no "Contents" title and no page numbers (Word's contents field with the
 * numbers left off, or a Markdown list between "<!-- toc -->" marks) whose one entry still has a section's old title:
 * "6. Mobile phones and cameras" where heading 6 is now "Collecting children". Every other entry is a heading, number
 * for number, so the list is the contents; the renamed entry is reported. From the sixtieth held-out set (issue 11),
 * in our own words; every name is invented. Near misses: two entries that are no heading's, an entry whose number
 * no heading has, and a short list, stay a list of the policy's points.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const headings = [
  "About the club",
  "Who to tell",
  "Training and checks",
  "Responding to a concern",
  "Allegations",
  "Collecting children",
  "Contacts",
];
/** The contents as made before section 6 was renamed. */
const listed = headings.map((t) => (t === "Collecting children" ? "Mobile phones and cameras" : t));

function word(entries: string[], numbers = entries.map((_, i) => i + 1)): string {
  return [
    "<h1>Little Acorns Breakfast Club: Safeguarding Policy</h1>",
    ...entries.map((t, i) => `<p>${numbers[i]}. ${t}</p>`),
    ...headings.flatMap((t, i) => [`<h1>${i + 1}. ${t}</h1>`, "<p>Staff read this section.</p>"]),
  ].join("\n");
}

function markdown(entries: string[]): string {
  return [
    "# Little Acorns Breakfast Club: Safeguarding Policy",
    "",
    "<!-- toc -->",
    ...entries.map((t, i) => `${i + 1}. ${t}`),
    "<!-- /toc -->",
    "",
    ...headings.flatMap((t, i) => [`## ${i + 1}. ${t}`, "", "Staff read this section.", ""]),
  ].join("\n");
}

const excerpts = (document: ReturnType<typeof wordDocument>) =>
  run(contentsMismatch, document).map((r) => document.text.slice(r.offset, r.endOffset));

describe("contents-mismatch: an untitled contents list with one entry renamed", () => {
  it("reports the renamed entry in a Word document and in Markdown", () => {
    expect(excerpts(wordDocument(word(listed))).join(" ")).toContain("Mobile phones and cameras");
    expect(excerpts(markdownDocument(markdown(listed))).join(" ")).toContain("Mobile phones and cameras");
    expect(run(contentsMismatch, wordDocument(word(listed)))).toHaveLength(1);
  });

  it("near miss: two entries no heading has make a list of points, not the contents", () => {
    const points = listed.map((t) => (t === "Allegations" ? "Be kind to each other" : t));
    expect(run(contentsMismatch, wordDocument(word(points)))).toEqual([]);
  });

  it("near miss: an entry whose number no heading has", () => {
    const points = [...headings.slice(0, 6), "Tidy up together"];
    expect(run(contentsMismatch, wordDocument(word(points, [1, 2, 3, 4, 5, 6, 8])))).toEqual([]);
  });

  it("near miss: a short list of three", () => {
    const points = ["About the club", "Who to tell", "Bring a coat"];
    expect(run(contentsMismatch, wordDocument(word(points)))).toEqual([]);
  });
});
