/**
 * placeholder-text (review of the thirty-seventh session), in our own words; every name is invented. A date's
 * format after a field's label that asks for one date ("Date adopted: DD/MM/YYYY", "Held on: DD/MM/YYYY") is a
 * placeholder (zz122). But a sentence's colon before the format is an instruction on how entries are dated: "Every
 * entry in the incident book is dated: DD/MM/YYYY", "On the body map, the date goes in the top box: DD/MM/YYYY".
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/placeholder-text.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

function both(line: string, apart = false) {
  const sep = apart ? "\n\n" : " ";
  const wsep = apart ? "</p><p>" : " ";
  const lead = "Designated Safeguarding Lead: Priyanka Holloway (07700 900 734)";
  const store = "Concern records are kept in a locked cabinet in the boathouse office.";
  const intro = "Any volunteer with a worry writes it down the same day and tells the lead.";
  return [
    markdownDocument(
      `# Saltmarsh Sailing Club – Safeguarding Policy\n\n## 1. Our lead\n\n${lead}\n\n## 2. Reporting a concern\n\n${intro}${sep}${line}\n\n## 3. Storage\n\n${store}\n`,
    ),
    wordDocument(
      `<h1>Saltmarsh Sailing Club – Safeguarding Policy</h1><h2>1. Our lead</h2><p>${lead}</p><h2>2. Reporting a concern</h2><p>${intro}${wsep}${line}</p><h2>3. Storage</h2><p>${store}</p>`,
    ),
  ];
}

describe("placeholder-text: a date's format after a sentence's colon", () => {
  it("stays quiet when a sentence, not a field's label, comes before the colon", () => {
    for (const line of [
      "Every entry in the incident book is dated: DD/MM/YYYY.",
      "On the body map, the date goes in the top box: DD/MM/YYYY.",
      "Each log sheet must show the day it was opened: dd/mm/yyyy.",
      "All our records are dated the same way: DD/MM/YY.",
    ])
      for (const document of both(line)) expect(run(rule, document), line).toEqual([]);
  });
  it("still reports the format after a label asking for one date", () => {
    for (const line of [
      "Date adopted: DD/MM/YYYY",
      "Held on: DD/MM/YYYY",
      "Date of last review: DD/MM/YYYY",
      "Review date: DD/MM/YYYY",
      "Date this policy was adopted: DD/MM/YYYY",
    ])
      for (const document of both(line, true))
        expect(found(run(rule, document), document), line).toEqual(["DD/MM/YYYY"]);
  });
});
