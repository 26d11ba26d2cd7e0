/**
 * section-reference (held-out set zz156, a rugby league club), in our own words; every name is invented. As of
 * 1 December 2026. "For what to do when a child goes missing at a fixture, follow the lost or missing child procedure in
 * section 11." in a policy of nine sections that never mentions an Act's section 11: the reference sends the reader to
 * one of this policy's own procedures, named before it — and section 11 is not there. "Section 11" is also the
 * Children Act 2004's, quoted without the Act, so it is reported only where what is followed is the policy's own; the
 * procedure's name had four words, and only names of up to two were read ("follow the steps in section 11", z23).
 * What now counts: "follow/use/see/check the <name> procedure/steps/process/flowchart/checklist in section N" with a
 * longer name in lower-case words ("lost or missing child", "late collection and missing child").
 * Stays as it is: "section 11 of the Children Act 2004"; "the RFL's procedure (section 11 of its handbook)"; another
 * body's procedure ("the local authority child protection procedures in section 11", "the council's child protection
 * procedure in section 11"); a policy that quotes the Act's section 11 elsewhere; a sentence about the Act's subject
 * ("our duty to promote children's welfare").
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, numberedPolicy, run } from "../fixtures/structure/documents.js";

const TITLES = [
  "Purpose",
  "Who to contact",
  "Training and checks",
  "Our code of conduct",
  "Changing rooms and away trips",
  "Photographs and social media",
  "Responding to concerns",
  "Concerns about adults",
  "Useful contacts",
];

const OPENING =
  "Brackley Vale Bears ARLFC keeps every junior and youth player safe. This policy applies to every coach.";

const policy = (layout: Layout, sentence: string, opening = OPENING) =>
  numberedPolicy(
    "Brackley Vale Bears ARLFC — Safeguarding Policy",
    TITLES,
    layout,
    { 1: opening, 7: sentence },
    (title) => `What the club does about ${title.toLowerCase()}, with the welfare officer on the day.`,
  );

const layouts: Layout[] = ["md", "docx", "pdf"];

describe("section-reference: one of our own procedures with a longer name, in a section the policy lacks", () => {
  for (const [sentence, excerpt] of [
    [
      "For what to do when a child goes missing at a fixture, follow the lost or missing child procedure in section 11.",
      "section 11",
    ],
    [
      "If nobody has collected a player an hour after training, follow the late collection and missing child steps in section 11.",
      "section 11",
    ],
    [
      "After any injury on tour, use the away trip first aid and accident process in section 10.",
      "section 10",
    ],
    [
      "Before the minibus leaves, check the away fixture travel and kit checklist in section 10 with the team manager.",
      "section 10",
    ],
    [
      "Follow the missing player on tour procedure set out in section 11 and ring the welfare officer.",
      "section 11",
    ],
  ])
    it.each(layouts)(`reports: ${sentence} (%s)`, (layout) => {
      const document = policy(layout, sentence);
      const reported = run(sectionReference, document);
      expect(found(reported, document), sentence).toEqual([excerpt]);
      expect(reported[0].message).toMatch(
        /no section is numbered 1[01] \(the last is 9, "Useful contacts"\)/,
      );
    });
});

describe("stays as it is", () => {
  const MISSING = "follow the lost or missing child procedure in section 11.";
  for (const [opening, sentence] of [
    [
      OPENING,
      "Every coach shares the duty in section 11 of the Children Act 2004 to promote children's welfare.",
    ],
    [OPENING, "Coaches follow the RFL's procedure (section 11 of its handbook) when a player is hurt."],
    [
      OPENING,
      "The welfare officer will follow the local authority child protection procedures in section 11.",
    ],
    [OPENING, "The welfare officer will follow the council's child protection procedure in section 11."],
    [
      "We work within section 11 of the Children Act 2004, which places a duty on the bodies we work with.",
      `For what to do when a child goes missing at a fixture, ${MISSING}`,
    ],
    [
      OPENING,
      "To meet our duty to promote the welfare of children, follow the lost or missing child procedure in section 11.",
    ],
  ])
    it.each(layouts)(`no finding: ${sentence} (%s)`, (layout) => {
      expect(run(sectionReference, policy(layout, sentence, opening)), sentence).toEqual([]);
    });
});
