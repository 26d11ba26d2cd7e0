/**
 * section-reference (held-out set zz133), in our own words; every name is invented. A youth club's procedure numbers
 * its steps for a concern in "3. Responding to a concern" (one of them "Write down what was said …") and then says,
 * under "4. Allegations about staff", "write the facts down following the writing steps in section 6" — but section 6
 * is "Training and supervision", which numbers no steps. The steps the sentence names by what they do ("writing") are
 * the one step-numbering section's, one of whose steps opens with that word. Reported at "section 6", pointing to
 * section 3. Near misses: the right section stays quiet; steps named by a word none of section 3's steps opens with
 * ("the vetting steps") say nothing of which section was meant.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, run } from "../fixtures/structure/documents.js";
import { type NumberedSection, numberedSectionLayouts } from "../helpers/section-layouts.js";

type Section = NumberedSection;

const layouts = (sections: Section[]) =>
  numberedSectionLayouts("Pebblebrook Holiday Club – Safeguarding Policy", sections);

const concernSteps = [
  "If a young person is in danger, call 999.",
  "Listen, and do not promise to keep a secret.",
  "Write down what was said and seen the same day, in the young person's words.",
  "Tell the Club Safeguarding Lead straight away.",
];

const policy = (reference: string): Section[] => [
  { title: "Who this covers", body: ["This procedure covers every youth worker and volunteer at the club."] },
  {
    title: "Who leads on safeguarding",
    body: ["Club Safeguarding Lead: Ms Petra Lindgren-Osei. Deputy: Mr Callum Ashworth."],
  },
  { title: "Responding to a concern", body: ["Every worker follows these steps:"], steps: concernSteps },
  {
    title: "Allegations about staff",
    body: [
      `Any allegation about a worker goes to the Club Safeguarding Lead. Do not look into it yourself; write the facts down following ${reference}, and keep them private.`,
    ],
  },
  {
    title: "Online and outdoor work",
    body: ["Workers contact young people only from club phones and club accounts, and only during sessions."],
  },
  {
    title: "Training and supervision",
    body: [
      "Every worker completes the Level 2 course before working alone, and has supervision every six weeks.",
    ],
  },
];

describe("section-reference: steps named by what they do, in a section that numbers none", () => {
  it("reports the reference, pointing to the section whose step opens with that word", () => {
    for (const document of layouts(policy("the writing steps in section 6"))) {
      const reported = run(sectionReference, document);
      expect(found(reported, document), document.format).toEqual(["section 6"]);
      expect(reported[0].message).toContain('"Training and supervision"');
      expect(reported[0].message).toContain('section 3, "Responding to a concern"');
    }
  });

  it("stays quiet for the right section, and for steps named by a word no step opens with", () => {
    for (const document of [
      ...layouts(policy("the writing steps in section 3")),
      ...layouts(policy("the vetting steps in section 6")),
    ])
      expect(found(run(sectionReference, document), document), document.format).toEqual([]);
  });
});
