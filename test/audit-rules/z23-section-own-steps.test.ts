/**
 * From the twenty-fourth held-out set (issue 11), in our own words; every name is invented. As of 3 December 2026.
 * - "follow the steps in section 11" in an eight-section policy that never mentions an Act's section 11: what the
 *   reference sends the reader to is said before it — steps to follow, a form to use, a checklist — and no Act's
 *   section holds those, so it points into this policy, where section 11 is not (11 and 10 are sections of the
 *   Children Act 2004 that policies quote without the Act, so a bare "section 11" was left alone before).
 * - Near misses: the same sentence in a policy that cites "section 11 of the Children Act 2004" elsewhere; a
 *   sentence about the Act's subject ("our duty"); "the statutory procedure in section 47"; "take steps in".
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, policyBuilder, run } from "../fixtures/structure/documents.js";

const TITLES = [
  "Why we have this policy",
  "Our welfare team",
  "Courses and refreshers",
  "Spotting a worry",
  "Acting on a worry",
  "Away trips and camps",
  "Pictures and messaging",
  "Useful numbers",
];

/** A youth orienteering club's policy with eight numbered sections; `body` gives some sections' text. */
function policy(layout: Layout, body: Record<number, string>) {
  const b = policyBuilder("Fellgate Junior Orienteers — Keeping Children Safe", layout);
  for (const [i, title] of TITLES.entries()) {
    b.heading(`${i + 1}. ${title}`);
    b.para(body[i + 1] ?? `How the club handles this: ${title.toLowerCase()}, with the leader on the day.`);
  }
  return b.document();
}

const layouts: Layout[] = ["md", "docx", "pdf"];
const OPENING = "We work within the Children Act 1989 and the Children Act 2004.";

describe("section-reference: 'follow the steps in section 11' where the policy has eight sections", () => {
  it.each(layouts)("reports a pointer to this policy's own steps, form or checklist (%s)", (layout) => {
    for (const [sentence, excerpt] of [
      [
        "If a runner goes missing on a camp, follow the steps in section 11 and ring the welfare lead.",
        "section 11",
      ],
      ["Leaders use the incident form set out in section 11 for anything that happens away.", "section 11"],
      ["Before the coach leaves, check the packing checklist in section 10.", "section 10"],
    ]) {
      const document = policy(layout, { 1: OPENING, 6: sentence });
      const reported = run(sectionReference, document);
      expect(found(reported, document), sentence).toEqual([excerpt]);
      expect(reported[0].message).toMatch(/no section is numbered 1[01] \(the last is 8, "Useful numbers"\)/);
    }
  });

  it.each(layouts)(
    "leaves an Act's section cited elsewhere, the Act's subject and a legal process alone (%s)",
    (layout) => {
      const cited =
        "Every leader shares the duty in section 11 of the Children Act 2004 to promote children's welfare.";
      for (const [opening, sentence] of [
        [
          cited,
          "If a runner goes missing on a camp, follow the steps in section 11 and ring the welfare lead.",
        ],
        [OPENING, "To meet our duty to promote the welfare of children, follow the steps in section 11."],
        [OPENING, "The council will follow the statutory procedure in section 47 once we refer."],
        [OPENING, "The club takes the steps in section 11 to keep runners safe."],
      ]) {
        const document = policy(layout, { 1: opening, 6: sentence });
        expect(run(sectionReference, document), sentence).toEqual([]);
      }
    },
  );
});
