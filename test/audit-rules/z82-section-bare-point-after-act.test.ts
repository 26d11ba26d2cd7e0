/**
 * From the eighty-second and eighty-third held-out sets (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * - "Ballot papers are locked away in line with the Data Protection Act 2018, as set out in 3.3." where section 3
 *   stops at 3.2: an Act named earlier in the sentence does not own a bare dotted number (an Act's sections are
 *   "section 47", never "3.3"). Near misses: "as set out in 3.3 of the Act"; a named guidance ("Working Together")
 *   whose paragraphs are dotted.
 * - "How ballot papers are stored is set out in point 3.3." — "point" before a bare subsection number, as
 *   "paragraph" is. Near misses: "point 3.3 of the county rules"; a point that exists; "point" as a decimal.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, policyBuilder, run } from "../fixtures/structure/documents.js";

const layouts: Layout[] = ["md", "docx", "pdf"];

function subsections(layout: Layout, sentence: string) {
  const b = policyBuilder("Ashcombe Junior Debating Club — Safeguarding Policy", layout);
  b.heading("1. Introduction");
  b.para("Members aged 9 to 16 debate against other clubs on Saturday mornings.");
  b.heading("2. Who does what");
  b.heading("2.1 The welfare officer");
  b.para("The welfare officer attends every competition.");
  b.heading("2.2 Coaches");
  b.para("Coaches prepare each team for its motions.");
  b.heading("3. Competitions");
  b.heading("3.1 Travel");
  b.para(sentence);
  b.heading("3.2 Results");
  b.para("Judges award each speaker between 60 and 80 marks, in steps of 0.5.");
  b.heading("4. Meetings");
  b.para("Meetings are held in the library after school.");
  b.heading("5. Contacts");
  b.para("The welfare officer: 01632 960 518.");
  const document = b.document();
  return found(run(sectionReference, document), document);
}

describe("section-reference: a bare subsection number after an Act named earlier in the sentence", () => {
  it.each(layouts)("reports a subsection the section does not have (%s)", (layout) => {
    expect(
      subsections(
        layout,
        "Score sheets are locked away in line with the Data Protection Act 2018, as set out in 3.3.",
      ),
    ).toEqual(["3.3"]);
  });

  it("near miss: leaves the Act's own number", () => {
    expect(
      subsections(
        "md",
        "Score sheets are locked away under the Data Protection Act 2018, as set out in 3.3 of the Act.",
      ),
    ).toEqual([]);
  });

  it("near miss: leaves a named guidance's dotted paragraph", () => {
    expect(
      subsections(
        "md",
        "Visitors are checked as Keeping Children Safe in Education asks, as set out in 3.3, before they speak.",
      ),
    ).toEqual([]);
  });
});

describe('section-reference: "point 3.3" as a bare subsection number', () => {
  it.each(layouts)("reports a point the section does not have (%s)", (layout) => {
    expect(subsections(layout, "Who drives the minibus is set out in point 3.3.")).toEqual(["3.3"]);
  });

  it('reports one after "see" in brackets', () => {
    expect(subsections("md", "Parents sign a form for every trip (see point 3.4).")).toEqual(["3.4"]);
  });

  it("near miss: leaves another document's point", () => {
    expect(subsections("md", "Teams travel as set out in point 3.3 of the county league rules.")).toEqual([]);
  });

  it("near miss: leaves a point that exists", () => {
    expect(subsections("md", "Results are shared as set out in point 3.2, on the club board.")).toEqual([]);
  });

  it("near miss: leaves a decimal after a pointer", () => {
    expect(
      subsections(
        "md",
        "Each speaker is marked as set out in 3.3 points per minute over time; see 3.3 metres of tape.",
      ),
    ).toEqual([]);
  });
});
