/**
 * deputy-missing (session 45, held-out set zz154), in our own words; every name is invented. As of 1 December 2026.
 *
 * A deputy described by what they do, in two more shapes. (1) A nickname or a phone in brackets after the name, then
 * a comma, and an absence clause with a dash aside: "When Ilse is away — she works shifts, so most months — our
 * Assistant Leader, Miss Carys Pendleton ("Wren", 07700 900 702), takes her place as Deputy Safeguarding Lead".
 * (2) "deputises for <the lead's first name>" with the lead's work after it: "The Voluntary Services Manager, Mr Tobias
 * Renwick-Hale, deputises for Ilse on anything to do with the scheme", "… on all safeguarding matters", "… for the
 * holiday club". What now counts: that person is the deputy (and their recorded training is theirs: no
 * training-missing), also where the reader left the lead's own sentence unnamed ("…, Sister Ilse Varnham, who is the
 * designated safeguarding lead for the scheme" after a long opening) and the first name is of the person named there.
 * Stays as it is (the deputy still missing): "deputises for Ilse at the AGM", "… on the committee", "… as chair", a
 * first name that is no lead's ("deputises for Martha on all matters"), and the precision cases of
 * z155-deputy-missing-takes-her-place.
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { found, run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding Policy — Quarrybank Community Centre";
const NAMED_LEAD = "Our Designated Safeguarding Lead is Mrs Ilse Varnham (07700 900 701, ilse@example.org).";
const UNNAMED_LEAD =
  "Safeguarding in the centre, including for the volunteer scheme and the holiday club, is led by the Trust's Named Nurse for Safeguarding Children, Sister Ilse Varnham, who is the designated safeguarding lead for the scheme.";
const TRAINING = [
  "Ilse Varnham: Designated Safeguarding Lead course, 14 May 2025.",
  "Tobias Renwick-Hale: Designated Safeguarding Lead refresher, 20 January 2026.",
  "Carys Pendleton: Designated Safeguarding Lead course, 3 March 2026.",
];

const policy = (lead: string, deputy: string) =>
  sectionLayouts(TITLE, "Who to speak to", [lead, deputy, ...TRAINING]);
const deputyFindings = (document: SourceDocument) => found(run(deputyMissing, document), document);

describe("a deputy described by what they do, with brackets, an aside or the lead's first name", () => {
  it.each([
    'When Ilse is away — she works shifts, so this happens most months — our Assistant Leader, Miss Carys Pendleton ("Wren", 07700 900 702), takes her place as Deputy Safeguarding Lead and makes the decisions Ilse would make.',
    "When Ilse is away, Miss Carys Pendleton (07700 900 702), our Assistant Leader, takes her place as deputy DSL.",
    "The Voluntary Services Manager, Mr Tobias Renwick-Hale, deputises for Ilse on anything to do with the scheme: he takes concerns when she is not available.",
    "Mr Tobias Renwick-Hale deputises for Ilse on all safeguarding matters.",
    "Carys Pendleton, our Office Manager, deputises for Ilse for the holiday club.",
    "Mr Tobias Renwick-Hale stands in for Ilse when she is away.",
  ])("%s", (deputy) => {
    for (const lead of [NAMED_LEAD, UNNAMED_LEAD])
      for (const document of policy(lead, deputy)) {
        expect(deputyFindings(document), `${document.format}: ${lead}`).toEqual([]);
        // The deputy's training is recorded: nothing missing for them either.
        expect(found(run(trainingMissing, document), document), document.format).toEqual([]);
      }
  });
});

describe("stays as it is: the deputy is still missing", () => {
  it.each([
    ["a meeting", "Mr Tobias Renwick-Hale deputises for Ilse at the AGM."],
    ["a committee", "Mr Tobias Renwick-Hale deputises for Ilse on the committee."],
    ["another office", "Mr Tobias Renwick-Hale deputises for Ilse as chair of the trustees."],
    ["the trustees' meetings", "Mr Tobias Renwick-Hale deputises for Ilse for the trustees' meetings."],
    [
      "someone who is no lead",
      "Mr Tobias Renwick-Hale deputises for Martha on all matters to do with the kitchen.",
    ],
  ])("%s", (_what, sentence) => {
    for (const lead of [NAMED_LEAD, UNNAMED_LEAD])
      for (const document of policy(lead, sentence))
        expect(deputyFindings(document), `${document.format}: ${sentence}`).toHaveLength(1);
  });
});
