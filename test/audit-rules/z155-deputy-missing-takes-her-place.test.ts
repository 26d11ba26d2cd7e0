/**
 * deputy-missing (session 45, held-out sets zz151–zz153 and a hand-written club), in our own words; every name is
 * invented. As of 1 December 2026.
 *
 * A policy names its deputy by what the person does when the lead is away, not by a deputy's label: "When Ilse is not
 * in the building, Tobias Renwick-Hale, the centre's Duty Manager, takes her place as Deputy Safeguarding Lead",
 * "When Ilse is not in the hall, the Office Manager, Carys Pendleton, takes her place as deputy DSL" (the job wrapped
 * over a line break), "If Ilse is away, on leave or is the subject of a concern, Brother Kofi Asante-Wray (Youth
 * Leader, 07700 900 703) acts in her place", "… stands in for her", "… deputises for her". What now counts: the person
 * is the deputy, when the clause is tied to the lead — an absence of the lead named before ("When <lead> is not …", "If
 * <lead> is away", "In her absence") or "as deputy …" after the verb. Two named leads who "cover for each other" are
 * each the other's deputy. A deputy named so, whose training the policy records, is no training-missing either.
 * Stays as it is (the deputy still missing): "the Chair takes her place on the committee", "acts in her place at the
 * AGM", "takes his place in the queue", a successor ("takes over as DSL in September", "When Ilse retires, … takes her
 * place"), and two people who are not leads covering "for each other at lunch".
 */
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";
import { sectionLayouts } from "../helpers/section-layouts.js";

const TITLE = "Safeguarding Policy — Quarrybank Community Centre";
const LEAD = "Our Designated Safeguarding Lead is Mrs Ilse Varnham (07700 900 701, ilse@example.org).";
const TRAINING = [
  "Ilse Varnham: Designated Safeguarding Lead course, 14 May 2025.",
  "Tobias Renwick-Hale: Designated Safeguarding Lead refresher, 20 January 2026.",
  "Carys Pendleton: Designated Safeguarding Lead course, 3 March 2026.",
  "Kofi Asante-Wray: Designated Safeguarding Lead course, 9 April 2026.",
];

const policy = (deputy: string) => sectionLayouts(TITLE, "Who to speak to", [LEAD, deputy, ...TRAINING]);
const deputyFindings = (document: SourceDocument) => found(run(deputyMissing, document), document);

describe("a person named by what they do when the lead is away is the deputy", () => {
  it.each([
    "When Ilse is not in the building, Tobias Renwick-Hale, the centre's Duty Manager, takes her place as Deputy Safeguarding Lead and decides what happens next (07700 900 702).",
    "When Ilse is not in the hall, the Office Manager, Carys Pendleton, takes her place as deputy DSL.",
    "If Ilse is away, on leave or is the subject of a concern, Brother Kofi Asante-Wray (Youth Leader, 07700 900 703) acts in her place and has the same authority to make a referral.",
    "When Ilse is away, Mr Tobias Renwick-Hale stands in for her.",
    "If Mrs Varnham is not available, Carys Pendleton, our Office Manager, deputises for her.",
    "Tobias Renwick-Hale, the centre's Duty Manager, takes her place as deputy DSL when she is away.",
  ])("%s", (deputy) => {
    for (const document of policy(deputy)) {
      expect(deputyFindings(document), document.format).toEqual([]);
      // The deputy's training is recorded: nothing missing for them either.
      expect(found(run(trainingMissing, document), document), document.format).toEqual([]);
    }
  });

  it.each(["Brother", "Sister", "Deaconess", "Elder", "Pastor"])(
    "a church's title before the name (%s) is the name's title, not part of it",
    (title) => {
      const deputy = `If Ilse is away, ${title} Kofi Asante-Wray (Youth Leader, 07700 900 703) acts in her place.`;
      for (const document of policy(deputy)) {
        expect(deputyFindings(document), document.format).toEqual([]);
        // "Kofi Asante-Wray: … course, 9 April 2026." is the same person's training, recorded without the title.
        expect(found(run(trainingMissing, document), document), document.format).toEqual([]);
      }
    },
  );

  it("two leads named in full who cover for each other", () => {
    for (const document of sectionLayouts("Quarrybank Juniors FC", "Club Welfare Officers", [
      "Club Welfare Officer (boys' section): Hamid Larch – 07700 900 711",
      "Club Welfare Officer (girls' section): Petra Quennell – 07700 900 712",
      "Hamid Larch and Petra Quennell deputise for one another.",
    ]))
      expect(deputyFindings(document), document.format).toEqual([]);
  });

  it("the job wrapped over a line break inside the paragraph", () => {
    const document = markdownDocument(
      [
        "# Quarrybank Pre-school",
        "",
        "## Who to speak to",
        "",
        "The person with lead responsibility for safeguarding is our Manager, Ilse Varnham, who is the Designated",
        "Safeguarding Lead (DSL). When Ilse is not in the hall, the Deputy",
        "Manager, Carys Pendleton, takes her place as deputy DSL. One of them is always on site.",
        "",
      ].join("\n"),
    );
    expect(deputyFindings(document)).toEqual([]);
  });

  it("two named leads who cover for each other are each the other's deputy", () => {
    for (const document of sectionLayouts("Quarrybank Juniors FC", "Club Welfare Officers", [
      "Club Welfare Officer (boys' section): Hamid Larch – 07700 900 711",
      "Club Welfare Officer (girls' section): Petra Quennell – 07700 900 712",
      "Hamid and Petra cover for each other when one of them is away.",
    ]))
      expect(deputyFindings(document), document.format).toEqual([]);
  });
});

describe("stays as it is: the deputy is still missing", () => {
  it.each([
    ["a place on the committee", "The Chair, Mrs Rosalind Tilling, takes her place on the committee."],
    ["a place at a meeting", "Mrs Rosalind Tilling acts in her place at the AGM."],
    ["a place in a queue", "Mr Dev Marrable takes his place in the queue for the minibus."],
    ["a successor", "Mr Tobias Renwick-Hale takes over as DSL in September."],
    [
      "a successor after her retirement",
      "When Ilse retires in July, Mr Tobias Renwick-Hale takes her place.",
    ],
    ["a successor as lead", "In September, Mr Tobias Renwick-Hale takes her place as DSL."],
    [
      "no lead's absence and no deputy's role",
      "Mr Tobias Renwick-Hale stands in for her at Tuesday's meeting.",
    ],
  ])("%s", (_what, sentence) => {
    for (const document of policy(sentence))
      expect(deputyFindings(document), `${document.format}: ${sentence}`).toHaveLength(1);
  });

  it("two people who are not leads covering for each other, or the leads covering elsewhere", () => {
    for (const document of sectionLayouts("Quarrybank Juniors FC", "Club Welfare Officers", [
      "Club Welfare Officer (boys' section): Hamid Larch – 07700 900 711",
      "Club Welfare Officer (girls' section): Petra Quennell – 07700 900 712",
      "Hamid and Petra cover for each other at the tuck shop.",
      "Our coaches Ben Osgood and Sara Pinnock cover for each other at lunch.",
      "Ben and Sara cover for each other at lunch.",
    ]))
      expect(deputyFindings(document), document.format).toHaveLength(1);
  });
});
