/**
 * deputy-missing (held-out zz167), in our own words; every name is invented. As of 1 December 2026.
 * A division names its lead in running text, then her cover after an opening clause about her absence that says
 * she is on holiday: "When Dora is on holiday or cannot be reached, Lena Marsh-Tully, our Assistant District
 * Commissioner, takes concerns in her place and can make referrals; Lena is listed as Dora's deputy with the
 * County." "On holiday" is away as "on leave" is, so the person after the clause is the deputy — no warning. The same
 * with a job beside the name or none, and with "If she is on holiday, contact …".
 * Stays as it is: a child on holiday ("When a child is on holiday abroad, …") names no deputy; a successor ("When
 * Dora retires, Lena takes her place") is no deputy.
 * Session 50: "on holiday" is in ABSENCE and ABSENCE_WORDS (src/audit/text/leads.ts) beside "on leave", and "… is on
 * holiday or cannot be reached" is one absence; the training reader reads "…, and Hannah on D2" (z160).
 * Not read yet (todo below): "If she is on holiday, contact NAME" (a pronoun after a sentence about the lead).
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Brackenfold Division — Keeping Girls Safe";
const LEAD =
  "Concerns go to our Division Safeguarding Lead, Mrs Dora Fenwick-Aske (07700 900521, brackenfold.safe@example.org). Dora has been a leader for twelve years.";
const REVIEW = "Next review date: 1 September 2027.";

const layouts = (cover: string): SourceDocument[] =>
  sectionLayouts(TITLE, "Who looks after safeguarding", [REVIEW, `${LEAD} ${cover}`]);

const warned = (document: SourceDocument) => run(deputyMissing, document).map((f) => f.message);

describe("the person who takes concerns while the lead is on holiday", () => {
  for (const cover of [
    "When Dora is on holiday or cannot be reached, Lena Marsh-Tully, our Assistant Division Commissioner, takes concerns in her place and can make referrals; Lena is listed as Dora's deputy with the County.",
    "When Dora is on holiday or cannot be reached, Lena Marsh-Tully takes concerns in her place.",
    "When Dora is on holiday, Lena Marsh-Tully, our District Commissioner, takes her place.",
    "When Dora is on holiday, please ring Mr Osric Penhallow on 07700 900522.",
  ])
    it(`is a deputy: ${cover}`, () => {
      for (const document of layouts(cover)) expect(warned(document), document.format).toEqual([]);
    });
});

// TODO (session 50): a pronoun's absence after a sentence about the lead is not read yet, "on leave" and "away" alike
// ("If she is away, contact NAME"): the lead's role is not the sentence just before.
it.todo("is a deputy: If she is on holiday, contact Mr Osric Penhallow (07700 900522).");

describe("stays as it is", () => {
  for (const cover of [
    "When a child is on holiday abroad, Lena Marsh-Tully takes her place in the unit.",
    "When Dora retires next year, Lena Marsh-Tully takes her place.",
  ])
    it(`names no deputy: ${cover}`, () => {
      for (const document of layouts(cover)) expect(warned(document), document.format).toHaveLength(1);
    });
});
