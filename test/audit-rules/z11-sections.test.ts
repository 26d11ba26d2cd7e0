/**
 * References into the policy as the eleventh and twelfth held-out sets write them (issue 11), in our own words;
 * every name is invented:
 * - "follow the safe working code in section 6 and raise worries as set out in section 4": the title in the
 *   sentence ("Safe working code", section 6) belongs to the reference beside it, not to "section 4";
 * - "(see section 7 – Allegations handling procedure)" where section 7 is Review and section 5 is "Allegations
 *   against volunteers": the words after the dash are not section 7's, and name another section's subject in
 *   other words — a wrong reference. "(see section 3 – phone first)", words no title has, is left alone.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, policyBuilder, run } from "../fixtures/structure/documents.js";

const LAYOUTS: Layout[] = ["md", "pdf", "docx"];

const SECTIONS = [
  "Aims",
  "Who we are",
  "Telling someone about a worry",
  "Recording concerns",
  "Allegations against volunteers",
  "Safe working code",
  "Review and approval",
];

/** A heritage railway's junior volunteers: seven numbered sections; `extra` adds a paragraph to a section. */
function policy(extra: Record<number, string>, layout: Layout = "md") {
  const { heading, para, document } = policyBuilder(
    "Brackenridge Heritage Railway — Junior Volunteers Safeguarding Policy",
    layout,
  );
  for (const [i, title] of SECTIONS.entries()) {
    const n = i + 1;
    heading(`${n}. ${title}`);
    para(
      n === 7
        ? "The trustees read this policy again every spring and approve any changes."
        : `Our volunteer leaders know what to do about ${title.toLowerCase()}.`,
    );
    if (extra[n]) para(extra[n]);
  }
  return document();
}

describe("a title in a sentence that belongs to the reference beside it", () => {
  for (const layout of LAYOUTS) {
    it(`is not claimed for another reference in the sentence (${layout})`, () => {
      const document = policy(
        {
          2: "Every volunteer must follow the safe working code in section 6 and raise worries as set out in section 3.",
          4: "Keep to the safe working code (section 6), and write notes as section 4 explains.",
        },
        layout,
      );
      expect(found(run(sectionReference, document), document)).toEqual([]);
    });
  }

  it("still reports a title named for the wrong section when no reference in the sentence is that title's", () => {
    const document = policy({ 2: "Every volunteer must follow the safe working code set out in section 3." });
    expect(found(run(sectionReference, document), document)).toEqual(["section 3"]);
  });
});

describe("words after a dash that name another section's subject", () => {
  for (const layout of LAYOUTS) {
    it(`report the reference (${layout})`, () => {
      const document = policy(
        {
          5: "The steps the chair follows are set out later (see section 7 – Allegations handling procedure).",
        },
        layout,
      );
      const reported = run(sectionReference, document);
      expect(found(reported, document)).toEqual(["section 7 – Allegations handling procedure)"]);
      expect(reported[0].message).toContain('"Allegations against volunteers" is section 5');
    });
  }

  it("report the reference when a PDF's line breaks before the dash", () => {
    const document = policy(
      {
        5: "The steps the chair follows are set out later (see section 7\n– Allegations handling procedure).",
      },
      "pdf",
    );
    expect(found(run(sectionReference, document), document)).toEqual([
      "section 7 – Allegations handling procedure)",
    ]);
  });

  it("leave words that are no section's subject, and words the section's own title shares, alone", () => {
    const document = policy({
      2: "If a child is hurt, ring home straight away (see section 3 – phone first).",
      6: "Read what happens at the spring meeting (see section 7 – annual review).",
    });
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });
});
