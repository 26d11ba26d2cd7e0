/**
 * A bilingual contents list (held-out set zz54, in our own words; every name is invented): titled with the word
 * in both languages, "## Cynnwys / Contents" (or "Contents / Clár"), above a numbered list whose entry 4 has a
 * section's old title. The list is a contents list like any other, so the renamed entry is reported; a list that
 * matches its headings says nothing, and a heading "Contents / Clár" is not itself a section the list leaves out.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const headings = ["Our aims", "Who to tell", "Spotting harm", "Day visits by schools", "Phone numbers"];

function markdown(title: string, listed: string[]): string {
  return [
    "# Cwm Rhedyn Field Barn — Keeping Children Safe",
    "",
    `## ${title}`,
    "",
    ...listed.map((t, i) => `${i + 1}. ${t}`),
    "",
    ...headings.flatMap((t, i) => [`## ${i + 1}. ${t}`, "", `Our staff know about ${t.toLowerCase()}.`, ""]),
  ].join("\n");
}

function word(title: string, listed: string[]): string {
  return [
    "<h1>Cwm Rhedyn Field Barn — Keeping Children Safe</h1>",
    `<h2>${title}</h2>`,
    ...listed.map((t, i) => `<p>${i + 1}. ${t}</p>`),
    ...headings.flatMap((t, i) => [
      `<h2>${i + 1}. ${t}</h2>`,
      `<p>Our staff know about ${t.toLowerCase()}.</p>`,
    ]),
  ].join("\n");
}

const stale = headings.map((t, i) => (i === 3 ? "Residential stays" : t));

describe("a contents list under a bilingual title", () => {
  for (const title of ["Cynnwys / Contents", "Contents / Clár"]) {
    it(`reports the renamed entry in Markdown (${title})`, () => {
      const document = markdownDocument(markdown(title, stale));
      const found = run(contentsMismatch, document).map((f) => f.message);
      expect(found).toEqual([expect.stringContaining('"4. Residential stays"')]);
    });

    it(`reports the renamed entry in Word (${title})`, () => {
      const document = wordDocument(word(title, stale));
      const found = run(contentsMismatch, document).map((f) => f.message);
      expect(found).toEqual([expect.stringContaining('"4. Residential stays"')]);
    });

    it(`says nothing when the list matches its headings (${title})`, () => {
      expect(run(contentsMismatch, markdownDocument(markdown(title, headings)))).toEqual([]);
      expect(run(contentsMismatch, wordDocument(word(title, headings)))).toEqual([]);
    });
  }
});
