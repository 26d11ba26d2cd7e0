/**
 * lead-missing, training-missing and deputy-missing (review 56), in our own words; every name is invented. As of
 * 1 December 2026. Three readers of the lead added in the last session read too much:
 * 1. A bracket after the lead's role naming the setting's own kind with "own" ("Designated Safeguarding Lead (the
 *    pre-school's own, not the school's)", "Our Designated Safeguarding Lead (the nursery's own) is …", "Parish
 *    Safeguarding Officer (the church's own, not the diocese's): …") is the setting describing its own lead — she is
 *    the lead, not another organisation's: no "never says who it is". "not the Y's" makes the role ours however the
 *    bracket opens. Stays: "(festival's own)", "(venue's own)", "(host school's)", "(the church's, not ours)" are
 *    another's (z155).
 * 2. "Mr Tom Hale takes her place when she is on leave" after a sentence naming someone who is no lead ("Our
 *    administrator, Mrs Jo Bell, keeps the register …"): "her" is the administrator's, so he is no deputy — no
 *    training asked of him, and with no other deputy the deputy is still missing. Stays: the same sentence after the
 *    lead's own sentence ("Mrs Harriet Quinn is our DSL.") or a sentence naming her role is a deputy.
 * 3. "Mr Tom Hale covers for Harriet on all Forest School trips she cannot lead": other work after "on all" — no
 *    deputy. Stays: "on all safeguarding matters", "on any child protection concern", "on all matters." (the clause
 *    ending there), "on anything to do with the scheme" make him the deputy.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";
import { tableSectionLayouts } from "../helpers/table-section-layouts.js";

const TITLE = "Safeguarding and Child Protection Policy — Larkspur Pre-School";
const LEAD_RECORD =
  "Training: Mrs Harriet Quinn completed Early Years Designated Safeguarding Lead training on 14 March 2026.";
const DEPUTY_RECORD =
  "Mr Omar Farouk completed Early Years Designated Safeguarding Lead training on 2 February 2025.";

const messages = (rule: typeof leadMissing, document: SourceDocument) =>
  run(rule, document).map((f) => f.message);

describe("1. the setting's own lead, said so in a bracket", () => {
  for (const role of [
    "Designated Safeguarding Lead (the pre-school's own, not the school's)",
    "Designated Safeguarding Lead (the nursery's own)",
    "Designated Safeguarding Lead (nursery's own, not the primary school's)",
    "Designated Safeguarding Lead (the pre-school's, not the school's)",
  ])
    it(`is the lead, in a table row: ${role}`, () => {
      for (const document of tableSectionLayouts(TITLE, "2. Key contacts", [
        "We share a site with Brook Lane Primary School, which has its own DSL.",
        [
          ["Role", "Name", "Telephone"],
          [role, "Mrs Harriet Quinn", "01632 960761"],
          ["Deputy DSL", "Mr Omar Farouk", "01632 960762"],
        ],
        `${LEAD_RECORD} ${DEPUTY_RECORD}`,
      ]))
        expect(messages(leadMissing, document), document.format).toEqual([]);
    });

  for (const sentence of [
    "Our Designated Safeguarding Lead (the nursery's own) is Mrs Harriet Quinn (01632 960761).",
    "Parish Safeguarding Officer (the church's own, not the diocese's): Mrs Harriet Quinn, 01632 960761.",
  ])
    it(`is the lead, in a sentence: ${sentence}`, () => {
      for (const document of sectionLayouts(TITLE, "2. Key contacts", [
        sentence,
        "Our Deputy DSL is Mr Omar Farouk (01632 960762).",
        LEAD_RECORD,
        DEPUTY_RECORD,
      ]))
        expect(messages(leadMissing, document), document.format).toEqual([]);
    });

  for (const role of [
    "Festival Event Safeguarding Lead (festival's own)",
    "Site Safeguarding Lead (venue's own)",
    "Designated Safeguarding Lead (host school's)",
    "Safeguarding Officer (the church's, not ours)",
  ])
    it(`stays another's lead: ${role}`, () => {
      for (const document of tableSectionLayouts(TITLE, "2. Key contacts", [
        [
          ["Role", "Name", "Telephone"],
          [role, "Mrs Harriet Quinn", "01632 960761"],
        ],
      ]))
        expect(messages(leadMissing, document), document.format).toHaveLength(1);
    });
});

const KEY_CONTACTS = (deputy: boolean) => [
  "Designated Safeguarding Lead (DSL): Mrs Harriet Quinn, 01632 960761.",
  ...(deputy ? ["Deputy DSL: Mr Omar Farouk, 01632 960762."] : []),
  `${LEAD_RECORD}${deputy ? ` ${DEPUTY_RECORD}` : ""}`,
];
const untrainedHale = (document: SourceDocument) =>
  messages(trainingMissing, document).filter((m) => m.includes("Tom Hale"));

describe("2. 'takes her place' after a sentence about someone who is no lead", () => {
  for (const sentence of [
    "Our administrator, Mrs Jo Bell, keeps the register and the accident book. Mr Tom Hale takes her place when she is on leave.",
    "Mrs Jo Bell, our cook, plans the menus. Mr Tom Hale takes her place when she is away.",
    "Our treasurer, Ms Jo Bell, banks the fees each week. Mr Tom Hale deputises for her when she is on holiday.",
    "The register is kept by our administrator, Mrs Jo Bell. When she is on leave, Mr Tom Hale takes her place.",
  ]) {
    it(`is no deputy — no training asked: ${sentence}`, () => {
      for (const document of sectionLayouts(TITLE, "2. Key contacts", [...KEY_CONTACTS(true), sentence]))
        expect(untrainedHale(document), document.format).toEqual([]);
    });
    it(`is no deputy — the deputy is still missing: ${sentence}`, () => {
      for (const document of sectionLayouts(TITLE, "2. Key contacts", [...KEY_CONTACTS(false), sentence]))
        expect(messages(deputyMissing, document), document.format).toHaveLength(1);
    });
  }

  for (const sentence of [
    "Mrs Harriet Quinn runs the Robins room. Mr Tom Hale takes her place when she is on leave.",
    "Our DSL keeps the safeguarding records locked away. Mr Tom Hale takes her place when she is on leave.",
    "Mr Tom Hale takes her place when she is on leave.",
  ])
    it(`stays a deputy: ${sentence}`, () => {
      for (const document of sectionLayouts(TITLE, "2. Key contacts", [...KEY_CONTACTS(false), sentence]))
        expect(messages(deputyMissing, document), document.format).toEqual([]);
    });
});

describe("3. 'covers for <the lead> on all …'", () => {
  const named = (sentence: string) =>
    sectionLayouts(TITLE, "2. Key contacts", [
      ...KEY_CONTACTS(false),
      `Harriet also runs our Forest School sessions. ${sentence}`,
    ]);
  for (const sentence of [
    "Mr Tom Hale covers for Harriet on all Forest School trips she cannot lead.",
    "Mr Tom Hale covers for Harriet on any outing she cannot join.",
    "Mr Tom Hale stands in for Harriet in all her teaching sessions.",
  ])
    it(`other work after "all" or "any" is no deputy's: ${sentence}`, () => {
      for (const document of named(sentence)) {
        expect(untrainedHale(document), document.format).toEqual([]);
        expect(messages(deputyMissing, document), document.format).toHaveLength(1);
      }
    });

  for (const sentence of [
    "Mr Tom Hale covers for Harriet on all safeguarding matters.",
    "Mr Tom Hale covers for Harriet on any child protection concern.",
    "Mr Tom Hale covers for Harriet on all matters.",
    "Mr Tom Hale covers for Harriet on all matters when she is away.",
    "Mr Tom Hale deputises for Harriet on anything to do with the setting.",
  ])
    it(`stays a deputy: ${sentence}`, () => {
      for (const document of named(sentence))
        expect(messages(deputyMissing, document), document.format).toEqual([]);
    });
});
