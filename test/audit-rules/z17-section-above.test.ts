/**
 * From the seventeenth and eighteenth held-out sets (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * - "as set out in section 20 above" in a policy of nine sections: 20 is also a well-known section of an Act
 *   (Children Act 1989 s20), but "above" points up this policy's page, and nothing above mentions a section 20 —
 *   not an Act's, not one of the policy's own. The reference points into this policy, and section 20 is not there.
 * - Near misses: "section 47 above" where the text above mentions section 47 (or s.47) points back to that
 *   mention; "section 20 of the Children Act 1989 above" names its Act; "section 8 above" is there.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, numberedPolicy, run } from "../fixtures/structure/documents.js";

const TITLES = [
  "Our aims",
  "Who leads on safeguarding",
  "Recognising harm",
  "Passing on worries",
  "Sharing information",
  "Concerns about a volunteer",
  "Photos and phones",
  "Record form",
  "Review",
];

/** A rowing club's policy with nine numbered sections; `body` gives some sections' text. */
function policy(layout: Layout, body: Record<number, string>) {
  return numberedPolicy(
    "Tillford Junior Rowing — Safeguarding Policy",
    TITLES,
    layout,
    body,
    (title) => `How the club handles this: ${title.toLowerCase()}, with the coach on duty.`,
  );
}

const layouts: Layout[] = ["md", "docx", "pdf"];

describe("section-reference: a well-known Act's section number said to be above, in a nine-section policy", () => {
  it.each(layouts)(
    "reports 'section 20 above' and '(section 11 above)' when nothing above mentions them (%s)",
    (layout) => {
      for (const sentence of [
        "Share what you know without consent only as set out in section 20 above.",
        "Note the injury on the record sheet (section 11 above); the coach signs it.",
      ]) {
        const document = policy(layout, { 6: sentence });
        const reported = run(sectionReference, document);
        expect(found(reported, document)).toEqual([/section \d+ above/.exec(sentence)?.[0]]);
        expect(reported[0].message).toMatch(/but no section is numbered (20|11) \(the last is 9, "Review"\)/);
      }
    },
  );

  it.each(layouts)(
    "leaves 'above' alone where it points back to a mention, names an Act, or finds the section (%s)",
    (layout) => {
      const bodies: Record<number, string>[] = [
        {
          3: "Children's services may open section 47 enquiries.",
          6: "The club then helps as described (see section 47 above).",
        },
        {
          3: "The council may look after a child under s.20.",
          6: "Our part is set out in section 20 above.",
        },
        { 6: "Accommodation is arranged under section 20 of the Children Act 1989 above all else." },
        { 6: "Write it on the record form in section 8 above." },
      ];
      for (const body of bodies) {
        const document = policy(layout, body);
        expect(run(sectionReference, document)).toEqual([]);
      }
    },
  );
});
