/**
 * A contents list that still lists a removed section just before its last entry ("10. Staff code of conduct",
 * then "11. Useful contacts" whose heading is now "10. Useful contacts"): the last entry's number is the removal's
 * consequence, said in the removed entry's finding, not a second finding (issue 11, zz58). A last entry numbered
 * unlike its heading with nothing removed before it ("12. Contacts" beside "11. Contacts") is still reported, and
 * so is one off by one in the middle of the list. Every name here is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const sections = [
  "Scope",
  "Our safeguarding leads",
  "Types of abuse",
  "Responding to concerns",
  "Mobile phones and cameras",
  "Useful contacts",
];

function markdown(listed: string[], numbers = listed.map((_, i) => i + 1)): string {
  return [
    "# Thornbury Lane Nurseries — Safeguarding Policy",
    "",
    "**Contents**",
    "",
    ...listed.map((t, i) => `${numbers[i]}. ${t}`),
    "",
    ...sections.flatMap((t, i) => [`## ${i + 1}. ${t}`, "", `What we do about ${t.toLowerCase()}.`, ""]),
  ].join("\n");
}

function word(listed: string[], numbers = listed.map((_, i) => i + 1)): string {
  return [
    "<p><strong>Contents</strong></p>",
    ...listed.map((t, i) => `<p><a href="#_Toc8100${i}">${numbers[i]}. ${t}\t${i + 2}</a></p>`),
    ...sections.flatMap((t, i) => {
      const at = listed.indexOf(t);
      const anchor = at >= 0 ? `<a id="_Toc8100${at}"></a>` : "";
      return [`<h1>${anchor}${i + 1}. ${t}</h1>`, `<p>What we do about ${t.toLowerCase()}.</p>`];
    }),
  ].join("\n");
}

function pdf(listed: string[]): string {
  return [
    "Thornbury Lane Nurseries — Safeguarding Policy",
    "Contents",
    ...listed.map((t, i) => `${i + 1}. ${t} ${".".repeat(30)}`),
    ...sections.flatMap((t, i) => [`${i + 1}. ${t}`, `What we do about ${t.toLowerCase()}.`]),
  ].join("\n");
}

const removedBeforeLast = [...sections.slice(0, 5), "Staff code of conduct", sections[5]];
const removed =
  'The contents list has "6. Staff code of conduct", but no heading in the policy is called that, and the entry after it is numbered one higher than its heading — update the contents list, or rename the heading to match';

const messages = (document: ReturnType<typeof markdownDocument>) =>
  run(contentsMismatch, document).map((r) => r.message);

describe("contents-mismatch: a removed section just before the last entry", () => {
  it("is one finding, in Markdown, a Word contents field and a PDF's text", () => {
    expect(messages(markdownDocument(markdown(removedBeforeLast)))).toEqual([removed]);
    expect(messages(wordDocument(word(removedBeforeLast)))).toEqual([removed]);
    expect(messages(pdfDocument(pdf(removedBeforeLast)))).toEqual([removed]);
  });

  it("near miss: still reports a last entry numbered one higher with nothing removed before it", () => {
    // In Word: a Markdown list renumbers its items, as a reader sees them.
    expect(messages(wordDocument(word(sections, [1, 2, 3, 4, 5, 7])))).toEqual([
      'The contents list numbers "Useful contacts" as 7, but the heading is numbered 6 — update the contents list',
    ]);
  });

  it("near miss: still reports the last entry when it is off by more than the removal explains", () => {
    expect(messages(wordDocument(word(removedBeforeLast, [1, 2, 3, 4, 5, 6, 8])))).toContain(
      'The contents list numbers "Useful contacts" as 8, but the heading is numbered 6 — update the contents list',
    );
  });
});
