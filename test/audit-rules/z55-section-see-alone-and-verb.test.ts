/**
 * From the fifty-fifth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - "… we will tell the barring service (see section 12)." in a nine-section policy that cites no Act's section 12
 *   anywhere: a bare "(see section N)", closed at once, points into this policy, and section 12 is not there — even
 *   for a number that is also a well-known section of an Act (11). Near misses: the sentence speaks of what the
 *   Act's section is about ("every agency's duty (see section 11)"); the policy cites "section 11 of the Children
 *   Act 2004" elsewhere.
 * - "do not wait: contact the Out of Hours Team or the police yourself (section 6)" where section 6 is "Making a
 *   referral" and a later section is "Contacts": "contact" with its object is a verb, and section 6 says whom to
 *   phone — not a pointer to the wrong section. Near miss: "For the people to phone about contacts, see section 5"
 *   (the noun, where section 5 is about something else) is still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, numberedPolicy, run } from "../fixtures/structure/documents.js";

const TITLES = [
  "About the group",
  "Who leads on safeguarding",
  "Signs of harm",
  "Listening to a child",
  "Recording what happened",
  "Making a referral",
  "Volunteers and tutors",
  "Online sessions",
  "Contacts",
];

const REFERRAL =
  "The lead decides whether to refer. Phone the Out of Hours Team on 01632 960 455 or tell the police on 101.";

function policy(layout: Layout, body: Record<number, string>) {
  return numberedPolicy(
    "Brackenholme Home Learners — Safeguarding Policy",
    TITLES,
    layout,
    { 6: REFERRAL, ...body },
    (title) => `What the group does about this: ${title.toLowerCase()}, with the parent on duty.`,
  );
}

const layouts: Layout[] = ["md", "docx", "pdf"];

describe("section-reference: a bare '(see section N)' to a section the policy does not have", () => {
  it.each(layouts)("is reported, for a number an Act's section also has (%s)", (layout) => {
    for (const [sentence, reference] of [
      ["Where we ask a tutor to leave, we will tell the barring service (see section 12).", "section 12"],
      ["Where we ask a tutor to leave, we will tell the barring service (see section 11).", "section 11"],
    ]) {
      const document = policy(layout, { 7: sentence });
      expect(found(run(sectionReference, document), document), sentence).toEqual([reference]);
    }
  });

  it.each(layouts)("is not reported where it may be an Act's section (%s)", (layout) => {
    const bodies: Record<number, string>[] = [
      { 7: "Every agency that works with children shares the duty to keep them safe (see section 11)." },
      {
        1: "Section 11 of the Children Act 2004 applies to the council's services, not to us.",
        7: "Where we ask a tutor to leave, we will tell the barring service (see section 11).",
      },
    ];
    for (const body of bodies) {
      const document = policy(layout, body);
      expect(found(run(sectionReference, document), document), JSON.stringify(body)).toEqual([]);
    }
  });
});

describe("section-reference: a title's word used as a verb with its object", () => {
  it.each(layouts)(
    "'contact the Out of Hours Team … (section 6)' is not pointed at Contacts (%s)",
    (layout) => {
      const document = policy(layout, {
        2: "If neither lead can be reached and a child may be in danger, do not wait: contact the Out of Hours Team or the police yourself (section 6).",
      });
      expect(found(run(sectionReference, document), document)).toEqual([]);
    },
  );

  it.each(layouts)(
    "'about contacts, see section 5' where section 5 is another subject is still reported (%s)",
    (layout) => {
      const document = policy(layout, { 2: "For the people to phone about contacts, see section 5." });
      expect(found(run(sectionReference, document), document)).toEqual(["section 5"]);
    },
  );
});
