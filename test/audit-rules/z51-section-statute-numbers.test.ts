/**
 * section-reference (held-out sets zz51–zz54), in our own words; every name is invented. A policy of eight or ten
 * sections points to "section 10" or "section 11" — numbers that are also well-known sections of the Children Act
 * 2004 — where what it says of the section shows it is this policy's:
 * - a title after a dash, in brackets: "(see section 11 – Consent for photographs)";
 * - a subject that is one of our own things: "The steps to take after a call are set out in section 10.";
 * - how to record something: "Write the worry down as set out in section 11", even where the policy cites the
 *   Children Act 2004's section 11 in its law section.
 * Near misses stay silent: the Act's section cited ("the Children Act 2004 (including section 11)"), a sentence
 * about the Act's subject ("the duties in section 11"), a dash followed by an Act's words, and a subject-of-ours
 * sentence where the policy also cites the Act's section of that number.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, policyBuilder, run } from "../fixtures/structure/documents.js";

const LAYOUTS: Layout[] = ["md", "pdf", "docx"];

const SECTIONS = [
  "Purpose",
  "Who leads",
  "Laws we follow",
  "Spotting harm",
  "Acting on a worry",
  "Worries about adults",
  "Trips and residentials",
  "Contacts",
];

/** A rowing club for juniors: eight numbered sections. `extra` adds a paragraph to a section. */
function policy(extra: Record<number, string>, layout: Layout = "md") {
  const { heading, para, document } = policyBuilder("Wexbridge Junior Rowing — Safeguarding Policy", layout);
  for (const [i, title] of SECTIONS.entries()) {
    const n = i + 1;
    heading(`${n}. ${title}`);
    para(`Our coaches know about ${title.toLowerCase()}.`);
    if (extra[n]) para(extra[n]);
  }
  return document();
}

const LAW = "We follow the Children Act 1989 and the Children Act 2004 (including section 11).";

describe("a reference to section 10 or 11 that points into this policy", () => {
  for (const layout of LAYOUTS) {
    it(`reports a bracketed reference with a title after a dash (${layout})`, () => {
      const document = policy(
        { 7: "Pictures taken on trips follow the same rules (see section 11 – Consent for photographs)." },
        layout,
      );
      expect(found(run(sectionReference, document), document)).toEqual(["section 11"]);
    });

    it(`reports steps said to be set out in a section the policy lacks (${layout})`, () => {
      const document = policy(
        { 5: "The steps the welfare officer takes after a call are set out in section 10." },
        layout,
      );
      expect(found(run(sectionReference, document), document)).toEqual(["section 10"]);
    });

    it(`reports how to record a worry, even beside the Act's section 11 (${layout})`, () => {
      const document = policy(
        {
          3: LAW,
          6: "Write the worry down as set out in section 11, and hand the note to the welfare officer.",
        },
        layout,
      );
      expect(found(run(sectionReference, document), document)).toEqual(["section 11"]);
    });
  }
});

describe("an Act's section 10 or 11 stays silent", () => {
  it("leaves the Act's section cited in the law section alone", () => {
    const document = policy({ 3: LAW });
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("leaves a sentence about the Act's subject alone", () => {
    const document = policy({
      3: "Our partners' duties are set out in section 11 (see also the steps in section 10 on co-operation).",
      5: "The procedures agencies follow to co-operate are described in section 10.",
    });
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("leaves a dash followed by an Act's words alone", () => {
    const document = policy({ 3: "Schools have a statutory role too (see section 11 – Duty to safeguard)." });
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("leaves a subject of ours set out in section 11 where the policy cites the Act's section 11", () => {
    const document = policy({ 3: LAW, 5: "The procedures for agencies are set out in section 11." });
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });
});
