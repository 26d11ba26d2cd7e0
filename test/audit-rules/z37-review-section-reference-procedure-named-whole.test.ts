/**
 * section-reference (review of the thirty-seventh session), in our own words; every name is invented. "follow the
 * reporting procedure (see section 3)" is pointed elsewhere only by a heading that names that procedure as a whole:
 * "Reporting procedure", "The complaints process", "Complaints from parents", "Allegations against volunteers" —
 * the procedure's words, then nothing, the word "procedure", a preposition or words every section uses. Not one that
 * shares a stem but names a narrower thing: "Reporting accidents and injuries" is about accidents, not the reporting
 * of a worry about a child, so section 3 ("What to do if you are worried about a child") may well be right.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, numberedPolicy, run } from "../fixtures/structure/documents.js";

const TITLES = [
  "About this policy",
  "Spotting harm",
  "What to do if you are worried about a young person",
  "Concerns about a volunteer",
  "Reporting accidents and injuries",
  "Useful numbers",
];

function policy(layout: Layout, sentence: string, fifth = TITLES[4]) {
  return numberedPolicy(
    "Larkspur Community Choir – Safeguarding Policy",
    TITLES.map((t, i) => (i === 4 ? fifth : t)),
    layout,
    {
      1: `This policy says how the choir keeps its young singers safe. ${sentence}`,
      3: "Tell the welfare officer the same day and write down what you saw or heard, in the singer's words.",
      5: "Accidents go in the accident book, and a parent signs it at collection.",
    },
    (title) => `This part of the policy covers ${title.toLowerCase()} at every rehearsal.`,
  );
}

describe("section-reference: another heading must name the whole procedure, not share one stem", () => {
  for (const layout of ["md", "docx", "pdf"] as const) {
    it(`stays quiet when the other heading names a narrower thing (${layout})`, () => {
      for (const sentence of [
        "Anyone worried about a singer follows the reporting procedure (see section 3).",
        "Anyone worried about a singer follows our reporting process (section 3).",
      ]) {
        const document = policy(layout, sentence);
        expect(found(run(sectionReference, document), document), sentence).toEqual([]);
      }
    });

    it(`still reports the reference when another heading names the procedure (${layout})`, () => {
      for (const fifth of ["Reporting procedure", "The reporting process", "Reporting a concern"]) {
        const document = policy(
          layout,
          "Anyone worried about a singer follows the reporting procedure (see section 4).",
          fifth,
        );
        const reported = run(sectionReference, document);
        expect(found(reported, document), fifth).toEqual(["section 4"]);
        expect(reported[0].expected, fifth).toBe("5");
      }
    });
  }
});
