/**
 * section-reference (the held-out set zz76), in our own words; every name is invented.
 * - A reference inside the very section it cites, with a title after the dash that is another section's subject:
 *   "For what to do if a camp worries you, see section 4 – Tournaments and matches." written in section 4
 *   ("Residential chess camps"), where section 3 is about tournaments and matches. The reference's own words are no
 *   sign that section 4 says anything of tournaments — reported. Where section 4's other text does use the words, or
 *   the title is section 4's own, it stays quiet.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, numberedPolicy, run } from "../fixtures/structure/documents.js";

const NAME = "Fenwick Vale Junior Chess – Safeguarding Policy";
const LAYOUTS: Layout[] = ["md", "docx", "pdf"];

const TITLES = [
  "About the club",
  "Who leads",
  "Tournaments, away matches and prize days",
  "Residential chess camps",
  "Reporting a concern and who to tell",
  "Contacts",
];

const CAMPS =
  "Camps follow the hostel's own rules as well as ours. Dormitories are looked after by two checked adults. ";

function policy(layout: Layout, four: string) {
  return numberedPolicy(
    NAME,
    TITLES,
    layout,
    {
      3: "Players travel to tournaments and away matches with two coaches; results go on the noticeboard.",
      4: four,
    },
    (t) => `Our approach to ${t.toLowerCase()}.`,
  );
}

describe("section-reference: a section citing itself by another section's subject", () => {
  it("is reported where the section's other text never uses the title's words", () => {
    for (const layout of LAYOUTS) {
      const document = policy(
        layout,
        `${CAMPS}For what to do if something on a camp worries you, see section 4 – Tournaments and matches.`,
      );
      const reports = run(sectionReference, document);
      expect(found(reports, document), layout).toEqual(["section 4 – Tournaments and matches"]);
      expect(reports[0].message).toContain('"Residential chess camps" and says nothing about it');
      expect(reports[0].message).toContain('section 3, "Tournaments, away matches and prize days", does');
    }
  });

  it("stays quiet where the section's other text uses the title's words", () => {
    const document = policy(
      "md",
      `${CAMPS}Some camps end with tournaments and friendly matches. For the rules on those, see section 4 – Tournaments and matches.`,
    );
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("stays quiet on the section's own title", () => {
    const document = policy("md", `${CAMPS}For packing lists, see section 4 – Residential chess camps.`);
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });
});
