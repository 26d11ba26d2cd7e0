/**
 * training-missing (held-out set zz152), in our own words; every name is invented. As of 1 December 2026.
 * A contractor's policy for the family area it runs at a festival lists the people on site: "| Festival Event
 * Safeguarding Lead (festival's own) | Mrs … | Channel 1 |" above its own "| Kidzone Safeguarding Lead (Family Field)
 * | … |". The bracket says the first is another organisation's lead — the festival's, not the contractor's — so the
 * policy need not record her training: no "none for Mrs … (designated safeguarding lead)", in Markdown, Word and PDF.
 * The same for "(venue's own)", "(host school's)", "(the church's, not ours)", "(the hosting centre's own)".
 * Stays as it is: the setting's own lead with a place in brackets ("(Family Field)") is a lead, reported without a
 * record; a possessive with no mark of another's ("(church's)") and "(our own)" leave the role the setting's.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { run } from "../fixtures/structure/documents.js";
import { tableSectionLayouts } from "../helpers/table-section-layouts.js";

const TITLE = "Larkfield Green Festival — Kidzone Family Area Safeguarding Policy";

const layouts = (other: string[], ownRecord = true): SourceDocument[] =>
  tableSectionLayouts(TITLE, "2. Key people on site", [
    [
      ["Role", "Name", "Radio / phone"],
      other,
      ["Kidzone Safeguarding Lead (Family Field)", "Ottilie Brannagh-Voss", "Channel 4 · 07700 900 702"],
      ["Deputy Safeguarding Lead (Family Field)", "Rashid Penhallow", "Channel 4 · 07700 900 703"],
    ],
    ownRecord
      ? "Training: Ottilie Brannagh-Voss completed Designated Safeguarding Lead training on 4 March 2025. Rashid Penhallow completed Designated Safeguarding Lead training on 11 June 2025."
      : "Training: Rashid Penhallow completed Designated Safeguarding Lead training on 11 June 2025.",
  ]);

const untrained = (document: SourceDocument) =>
  run(trainingMissing, document)
    .map((f) => f.message)
    .filter((m) => m.includes("lists safeguarding training for other people"));

describe("another organisation's lead, said in brackets after the role", () => {
  for (const role of [
    "Festival Event Safeguarding Lead (festival's own)",
    "Site Safeguarding Lead (venue's own)",
    "Designated Safeguarding Lead (host school's)",
    "Safeguarding Officer (the church's, not ours)",
    "Duty Safeguarding Lead (the hosting centre's own)",
  ])
    it(`asks for no training of ${role}`, () => {
      for (const document of layouts([role, "Mrs Cordelia Hartigan-Moss", "Channel 1 · 07700 900 701"]))
        expect(untrained(document), document.format).toEqual([]);
    });
});

describe("stays as it is", () => {
  it("the setting's own lead with a place in brackets is a lead, reported without a record", () => {
    for (const document of layouts(
      ["Festival Event Safeguarding Lead (festival's own)", "Mrs Cordelia Hartigan-Moss", "Channel 1"],
      false,
    )) {
      const messages = untrained(document);
      expect(messages, document.format).toHaveLength(1);
      expect(messages[0], document.format).toMatch(/none for Ottilie Brannagh-Voss \(designated/);
    }
  });

  for (const role of ["Safeguarding Officer (church's)", "Site Safeguarding Lead (our own)"])
    it(`a bracket that does not make the role another's: ${role}`, () => {
      for (const document of layouts([role, "Mrs Cordelia Hartigan-Moss", "Channel 1 · 07700 900 701"])) {
        const messages = untrained(document);
        expect(messages, document.format).toHaveLength(1);
        expect(messages[0], document.format).toMatch(/none for Mrs Cordelia Hartigan-Moss \(designated/);
      }
    });
});
