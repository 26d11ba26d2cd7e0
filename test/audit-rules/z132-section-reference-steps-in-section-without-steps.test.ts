/**
 * section-reference (held-out set zz132), in our own words; every name is invented. A holiday club's policy numbers
 * its steps for a concern in "3. Responding to a concern" and then says, under "4. Allegations about helpers", "If
 * the concern is about a helper, follow the steps in section 5" — but section 5 is "Photographs and videos", which
 * numbers no steps and never speaks of one. The steps the sentence sends the reader to are section 3's: the one
 * section that numbers steps, whose heading names what the sentence is about (a concern). Reported at "section 5",
 * pointing to section 3. Near misses: "the steps in section 3" is right; a section that gives its steps in prose
 * ("The first step is to listen") holds steps; and a list of steps in a section the sentence says nothing of
 * ("Safer recruitment", for a child telling a helper something) is no sign the reference meant it.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, run } from "../fixtures/structure/documents.js";
import { type NumberedSection, numberedSectionLayouts } from "../helpers/section-layouts.js";

type Section = NumberedSection;

const layouts = (sections: Section[]) =>
  numberedSectionLayouts("Pebblebrook Holiday Club – Safeguarding Policy", sections);

const concernSteps = [
  "Keep the child safe and call for first aid if needed.",
  "Listen, and do not promise to keep a secret.",
  "Tell the Club Lead the same day.",
  "Write down what you saw and heard, and sign it.",
];

const policy = (reference: string, photos: string[] = []): Section[] => [
  { title: "Who this covers", body: ["This policy covers every helper and volunteer at the club."] },
  {
    title: "Who leads on safeguarding",
    body: ["Club Lead: Ms Tamsin Oduya-Brace. Deputy: Mr Felix Harrowgate."],
  },
  { title: "Responding to a concern", body: ["Every helper follows these steps:"], steps: concernSteps },
  {
    title: "Allegations about helpers",
    body: [
      `If the concern is about a helper or volunteer, follow the steps in ${reference}, but tell the Club Lead only. She contacts the LADO within one working day.`,
    ],
  },
  {
    title: "Photographs and videos",
    body: [
      "Photographs are taken only on club cameras, and only of children whose parents agreed on the booking form.",
      ...photos,
    ],
  },
  { title: "Review", body: ["The trustees review this policy every year."] },
];

describe("section-reference: the steps to follow are in a section that numbers none", () => {
  it("reports the reference to a section without steps, pointing to the section that numbers them", () => {
    for (const document of layouts(policy("section 5"))) {
      const reported = run(sectionReference, document);
      expect(found(reported, document), document.format).toEqual(["section 5"]);
      expect(reported[0].message).toContain('"Photographs and videos"');
      expect(reported[0].message).toContain('section 3, "Responding to a concern"');
    }
  });

  it("stays quiet for the right section, and for a section that gives its steps in prose", () => {
    for (const document of [
      ...layouts(policy("section 3")),
      ...layouts(policy("section 5", ["The first step, if a photo worries you, is to tell the Club Lead."])),
    ])
      expect(found(run(sectionReference, document), document), document.format).toEqual([]);
  });

  it("stays quiet when the one numbered list is in a section the sentence says nothing of", () => {
    const sections: Section[] = [
      { title: "Who this covers", body: ["This policy covers every helper and volunteer at the club."] },
      {
        title: "Safer recruitment",
        body: ["Before anyone helps at the club:"],
        steps: ["They fill in the application form.", "Two references are taken up.", "A DBS check is done."],
      },
      {
        title: "Listening to a child",
        body: [
          "Stay calm, listen, let the child talk and tell the Club Lead before the child goes home.",
          "If a child tells a helper something worrying, follow the steps in section 4 and phone the Club Lead.",
        ],
      },
      {
        title: "Trips and outings",
        body: ["Trips need two adults and a signed consent form for every child."],
      },
    ];
    for (const document of layouts(sections))
      expect(found(run(sectionReference, document), document), document.format).toEqual([]);
  });
});
