/**
 * section-reference (the held-out set zz75), in our own words; every name is invented.
 * - A "Related policies" list naming other documents with their sections ("- Away Trips Policy, sections 3.2 and
 *   3.5"): a section number straight after "<Name> Policy," is that policy's, not this one's — quiet; a reference of
 *   this policy's own to a missing section is still reported, and so is one after this policy's own title.
 * - "… are in section 4 – Weddings and funerals." where section 4 is "Travel to fencing competitions": a title after
 *   the dash that shares a word with section 4's ("fencing") but whose other words section 4 never uses and another
 *   section does, outside the reference's sentence — reported. A shorter form of the title, words no section uses,
 *   and words section 4 uses too stay quiet.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, numberedPolicy, run } from "../fixtures/structure/documents.js";

const NAME = "Harrowgate Fencing Juniors – Safeguarding Policy";
const LAYOUTS: Layout[] = ["md", "docx", "pdf"];

const RELATED = [
  "Related policies",
  "Who leads",
  "If you are worried",
  "Allegations against coaches",
  "Contacts",
];

function related(layout: Layout, list: string, worried = "Tell the lead the same day.") {
  return numberedPolicy(
    NAME,
    RELATED,
    layout,
    { 1: list, 3: worried },
    (t) => `Our approach to ${t.toLowerCase()}.`,
  );
}

describe("section-reference: sections of other policies named in a list", () => {
  const LIST = [
    "Where another of the club's policies says more, we point to it here.",
    "- Away Trips Policy, sections 3.2 and 3.5",
    "- Kit and Equipment Procedure: section 6.4 (masks and jackets)",
  ].join("\n");

  it("stays quiet on a section number after another policy's name", () => {
    for (const layout of LAYOUTS) {
      const document = related(layout, LIST);
      expect(found(run(sectionReference, document), document), layout).toEqual([]);
    }
  });

  it("still reports this policy's own reference to a section it lacks", () => {
    for (const layout of LAYOUTS) {
      const document = related(layout, LIST, "How notes are kept is explained in section 7.2.");
      expect(found(run(sectionReference, document), document), layout).toEqual(["section 7.2"]);
    }
  });

  it("still reports a section after this policy's own name", () => {
    const document = related("md", "- Harrowgate Fencing Juniors – Safeguarding Policy, section 7.2");
    expect(found(run(sectionReference, document), document)).toEqual(["section 7.2"]);
  });
});

const TITLES = [
  "About the club",
  "Who leads",
  "Training",
  "Travel to fencing competitions",
  "Club nights and fencing at events",
  "If you are worried",
  "Contacts",
];

function events(layout: Layout, five: string) {
  return numberedPolicy(
    NAME,
    TITLES,
    layout,
    {
      4: "Juniors travel to competitions in parents' cars or the hired coach, with two adults on board.",
      5: five,
    },
    (t) => `Our approach to ${t.toLowerCase()}.`,
  );
}

const AT_EVENTS =
  "When the club fences at weddings or funerals as a display team, two coaches come with them. ";

describe("section-reference: a title after a dash, without brackets, sharing a word with the section's", () => {
  it("is reported where the section never uses its other words and another section does", () => {
    for (const layout of LAYOUTS) {
      const document = events(
        layout,
        `${AT_EVENTS}The rules for photographs at displays are in section 4 – Fencing at weddings and funerals.`,
      );
      const reports = run(sectionReference, document);
      expect(found(reports, document), layout).toEqual(["section 4 – Fencing at weddings and funerals"]);
      expect(reports[0].message).toContain('"Travel to fencing competitions" and says nothing about it');
      expect(reports[0].message).toContain('section 5, "Club nights and fencing at events", does');
    }
  });

  it("reads a PDF's title on past its line break", () => {
    const document = events(
      "pdf",
      `${AT_EVENTS}The rules for photographs at displays are in section 4 – Fencing at weddings and\nfunerals.`,
    );
    expect(found(run(sectionReference, document), document)).toEqual([
      "section 4 – Fencing at weddings and funerals",
    ]);
  });

  it("stays quiet on a shorter form of the section's title", () => {
    const document = events("md", `${AT_EVENTS}Lifts are covered in section 4 – Travel to competitions.`);
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("stays quiet where no other section uses the title's other words", () => {
    const document = events("md", "Lifts home are covered in section 4 – Fencing trips and outings.");
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("stays quiet where the only other use is the reference's own sentence", () => {
    const document = events(
      "md",
      "The rules for photographs at weddings and funerals are in section 4 – Fencing at weddings and funerals.",
    );
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("stays quiet where the section uses the title's words", () => {
    const document = numberedPolicy(
      NAME,
      TITLES,
      "md",
      {
        4: "Juniors travel to competitions, weddings and funerals in parents' cars.",
        5: `${AT_EVENTS}Photographs are covered in section 4 – Fencing at weddings and funerals.`,
      },
      (t) => `Our approach to ${t.toLowerCase()}.`,
    );
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });
});
