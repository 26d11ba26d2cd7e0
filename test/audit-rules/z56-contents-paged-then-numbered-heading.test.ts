/**
 * contents-mismatch (held-out set zz56), in our own words; every name is invented. A PDF's contents list of
 * unnumbered titles, each with dot leaders and its page, runs straight on into the body's first numbered heading
 * ("Contacts........ 2" then "1. Who we are"): that heading starts the body, it is not one more entry. Only a real
 * disagreement (a section since removed) is reported. Near miss: a list whose entries are numbered goes on reading
 * numbered lines.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { findContents, splitLines } from "../../src/audit/text/find.js";
import { pdfDocument, run } from "../fixtures/structure/documents.js";

const sections = ["Who we are", "Our welfare team", "Training", "Trips away", "Contacts"];
const body = sections.flatMap((t, i) => [
  `${i + 1}. ${t}`,
  "Every volunteer reads this section and follows it.",
]);
const leader = (title: string, page: number) => `${title}${".".repeat(60 - title.length)} ${page}`;

const messages = (text: string) => run(contentsMismatch, pdfDocument(text)).map((d) => d.message);

describe("contents-mismatch: a paged contents list followed at once by the first numbered heading", () => {
  it("reads the numbered heading as the body's start: only the removed section is reported", () => {
    const listed = [
      "Who we are",
      "Our welfare team",
      "Training",
      "Fundraising events",
      "Trips away",
      "Contacts",
    ];
    const text = [
      "Kilnsey Junior Climbing Club",
      "Contents",
      ...listed.map((t, i) => leader(t, i < 3 ? 1 : 2)),
      ...body,
    ].join("\n");
    const found = messages(text);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/"Fundraising events", but no heading/);
  });

  it("a numbered entry whose leader and page wrapped onto the next line is still an entry", () => {
    const text = [
      "Kilnsey Junior Climbing Club",
      "Contents",
      leader("Foreword", 1),
      leader("Key contacts", 1),
      "1. Who we are and what we ask of coaches, volunteers and parents at the",
      leader("club", 2),
      leader("2. Training", 2),
      "1. Who we are and what we ask of coaches, volunteers and parents at the club",
      "Every volunteer reads this section.",
      "2. Training",
      "Every volunteer reads this section.",
    ].join("\n");
    const entries = findContents(splitLines(text))?.entries.map((e) => e.title) ?? [];
    // The list goes on past the wrapped entry (how its two halves join is another matter) to "2. Training".
    expect(entries.slice(0, 2)).toEqual(["Foreword", "Key contacts"]);
    expect(entries.at(-1)).toBe("Training");
  });

  it("a list of numbered entries still reads its numbered lines as entries", () => {
    const text = [
      "Kilnsey Junior Climbing Club",
      "Contents",
      ...sections.map((t, i) => leader(`${i + 1}. ${t}`, 1)),
      "6. Photographs",
      ...body,
    ].join("\n");
    expect(messages(text)).toEqual([expect.stringMatching(/"6\. Photographs"|Photographs/)]);
  });
});
