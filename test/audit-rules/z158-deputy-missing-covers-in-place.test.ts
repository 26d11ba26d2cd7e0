/**
 * deputy-missing (held-out set zz162), in our own words; every name is invented. As of 1 December 2026.
 * A club describes its welfare officer by what she does ("Marion Featherstone-Achebe is the one you go to with any
 * worry … The county association lists her as our Club Welfare Officer."), then the person who takes concerns when
 * she is not there: "When Marion is not at the dojo, Desmond Ravensworth takes concerns in her place: he covers the
 * Sunday sessions …". A named person who takes (handles, deals with) concerns in the lead's place while the lead is
 * away is her deputy — the lead's first name tied to the name opening her paragraph, however long the paragraph —
 * in Markdown, Word and a PDF's text.
 * Stays as it is (deputy still missing): a body to go to when she is away ("… concerns go to the national body's
 * safeguarding team"), 999 when she is away, a helper with no cover ("Desmond Ravensworth helps Marion at
 * competitions"), someone taking her session (not concerns) in her place, and concerns taken in her place at a
 * meeting (no absence said).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding Policy — Riverside Judo Club";
const LEAD =
  "Marion Featherstone-Achebe is the one you go to with any worry about a young judoka. She is at the dojo for every junior session, keeps the welfare records and talks to parents when something is wrong. The county association lists her as our Club Welfare Officer.";

const layouts = (sentence: string): SourceDocument[] =>
  sectionLayouts(TITLE, "2. Who looks after welfare", [LEAD, sentence, "Marion: 07700 900 311"]);

const missing = (document: SourceDocument) => run(deputyMissing, document).map((f) => f.message);

describe("a named person who takes concerns in the lead's place while she is away", () => {
  for (const sentence of [
    "When Marion is not at the dojo, Desmond Ravensworth takes concerns in her place: he covers the Sunday sessions and passes everything to her within a day.",
    "When Marion is away, Desmond Ravensworth handles any concerns in her place.",
    "Desmond Ravensworth takes concerns in her place when she is away.",
    "If Marion is unavailable, Desmond Ravensworth deals with safeguarding concerns in her place.",
    "When Marion is not at the club, Desmond Ravensworth receives reports in her place and tells her the next day.",
  ])
    it(`is her deputy: ${sentence}`, () => {
      for (const document of layouts(sentence)) expect(missing(document), document.format).toEqual([]);
    });
});

describe("no cover of the lead by a named person", () => {
  for (const sentence of [
    "When Marion is away, concerns go to the county association's safeguarding team.",
    "When Marion is away, call 999 if a child is in danger.",
    "Desmond Ravensworth helps Marion at competitions.",
    "When Marion is away, Desmond Ravensworth takes the session in her place.",
    "Desmond Ravensworth takes concerns in her place at the AGM.",
  ])
    it(`leaves the deputy missing: ${sentence}`, () => {
      for (const document of layouts(sentence)) expect(missing(document), document.format).toHaveLength(1);
    });
});
