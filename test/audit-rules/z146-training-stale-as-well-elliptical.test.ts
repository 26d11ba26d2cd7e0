/**
 * training-stale / training-missing (session 44 hand notes), in our own words; every name is invented. As of 1 December
 * 2026. A playgroup names its designated person and, "in her absence", the deputy; then records the designated person's
 * course and, in the next sentence, the deputy's by first name alone and with the course left out: "Gwenda attended
 * designated person training (Brackley LSCB) in May 2019. Maureen attended in May 2019 as well." The second sentence
 * is the deputy's record of the course the sentence before records — lapsed long ago (training-stale), and no "none for
 * Maureen Pask" (training-missing). The same for the other short forms: "Maureen did too, in May 2019", "Maureen
 * attended the same training in May 2019", "So did Maureen (May 2019)", "Maureen also attended, on 4 May 2019".
 * Stays quiet: "Maureen attended the meeting in May 2019 as well" (she attended something else, not the course), and
 * the short form with no course in the sentence before ("The committee met in May 2019. Maureen attended as well.").
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding Children Policy — Brackley Village Playgroup";
const ROLES =
  "The designated person is **Gwenda Thorley** (Playgroup Leader), tel. 01632 960411. In Gwenda's absence the " +
  "deputy is **Maureen Pask**. Both hold an enhanced DBS check.";
const LEAD = "Gwenda attended designated person training (Brackley LSCB) in May 2019.";

const layouts = (deputy: string, lead = LEAD): SourceDocument[] =>
  sectionLayouts(TITLE, "Designated person", [ROLES, `${lead} ${deputy}`]);

const stale = (document: SourceDocument, who: string) =>
  run(trainingStale, document)
    .map((f) => f.message)
    .filter((m) => m.includes(who));
const missing = (document: SourceDocument) =>
  run(trainingMissing, document)
    .map((f) => f.message)
    .filter((m) => m.includes("Pask"));

describe("a first name's short record of the course the sentence before records", () => {
  for (const deputy of [
    "Maureen attended in May 2019 as well.",
    "Maureen attended in May 2019 too.",
    "Maureen did too, in May 2019.",
    "Maureen attended the same training in May 2019.",
    "So did Maureen (May 2019).",
    "Maureen also attended, on 4 May 2019.",
  ])
    it(`is the deputy's record of that course, lapsed: ${deputy}`, () => {
      for (const document of layouts(deputy)) {
        const messages = stale(document, "Pask");
        expect(messages, document.format).toHaveLength(1);
        expect(messages[0], document.format).toMatch(/designated person training/);
        expect(messages[0], document.format).toMatch(/May 2019/);
        expect(missing(document), document.format).toEqual([]);
        // The designated person's own record stays hers.
        expect(stale(document, "Thorley"), document.format).toHaveLength(1);
      }
    });
});

describe("stays quiet", () => {
  for (const [what, deputy, lead] of [
    ["she attended something else", "Maureen attended the meeting in May 2019 as well.", LEAD],
    ["she attended something else, a course word in it", "Maureen attended the AGM in May 2019 too.", LEAD],
    [
      "no course in the sentence before",
      "Maureen attended in May 2019 as well.",
      "The committee met in May 2019.",
    ],
    ["no date of her own", "Maureen attended as well.", LEAD],
  ])
    it(`${what}: no record for the deputy`, () => {
      for (const document of layouts(deputy, lead)) {
        expect(stale(document, "Pask"), document.format).toEqual([]);
      }
    });
});
