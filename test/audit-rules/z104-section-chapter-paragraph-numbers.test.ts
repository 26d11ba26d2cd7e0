/**
 * From the hundred-and-fourth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * A policy written as one chapter of a bigger handbook numbers its sections 4.1, 4.2 … 4.6 under a title
 * "Part 4 – …" that carries no number of its own. A bare "(see 4.8)" after a pointer is one of its own paragraphs,
 * and there is none: reported. Other parts of the handbook, named "Part 2" or "paragraph 2.3", and a number the
 * chapter has ("see 4.5") are left alone.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, type Layout, policyBuilder, run } from "../fixtures/structure/documents.js";

// A PDF's headings come from its layout (test/audit-rules/z104-typed-part-list-pdf.test.ts draws one); its bare text has none.
const layouts: Layout[] = ["md", "docx"];

const TITLES = [
  "Why this part matters",
  "Who it covers",
  "Who to talk to",
  "Lessons on the water",
  "Lost and found children",
  "Looking at this part again",
];

function chapter(layout: Layout, sentence: string) {
  const b = policyBuilder("Part 4 – Keeping young sailors safe", layout);
  b.para(
    "This part of the Gullhaven Sailing Club handbook sits beside Part 2 (Boat safety) and Part 6 (Complaints).",
  );
  for (const [i, title] of TITLES.entries()) {
    b.heading(`4.${i + 1} ${title}`);
    b.para(
      i === 3
        ? sentence
        : `What the club does about this: ${title.toLowerCase()}, every season, at every session.`,
    );
  }
  const document = b.document();
  return found(run(sectionReference, document), document);
}

describe("section-reference: a chapter's own paragraph number after a pointer", () => {
  it.each(layouts)("reports one past the chapter's last paragraph (%s)", (layout) => {
    expect(chapter(layout, "If a sailor goes missing, the safety boat follows the steps (see 4.8).")).toEqual(
      ["4.8"],
    );
  });

  it("near miss: leaves a paragraph the chapter has", () => {
    expect(chapter("md", "If a sailor goes missing, the safety boat follows the steps (see 4.5).")).toEqual(
      [],
    );
  });

  it("near miss: leaves another part's paragraph", () => {
    expect(
      chapter("md", "Buoyancy aids are checked as Part 2 says (see 2.3) and in paragraph 2.7 of Part 2."),
    ).toEqual([]);
  });
});
