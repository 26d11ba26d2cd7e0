/**
 * section-reference (a reviewer's older SHOULD), in our own words; every name is invented.
 * "see 5.0 – Photographs and videos." where 5.0 is "Images and filming": the title after the dash names the section's
 * subject in other words (photographs for images, videos for filming) — stays quiet, in a policy numbered 1.0, 2.0 …
 * and in one numbered 1, 2, 3. A title whose subject is another section's, in words the section cited never uses
 * nor any word of the same meaning, is still reported.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, numberedPolicy, run } from "../fixtures/structure/documents.js";

const TITLES = ["About the troupe", "Who leads", "Training", "Rehearsals", "Images and filming", "Contacts"];
const FIVE =
  "We ask parents before anyone takes pictures or films a rehearsal, and we never name a child online.";

function pointZero(four: string) {
  return markdownDocument(
    [
      "# Saltmarsh Youth Theatre – Safeguarding Policy",
      "",
      ...TITLES.flatMap((t, i) => [
        `## ${i + 1}.0 ${t}`,
        "",
        i === 3 ? four : i === 4 ? FIVE : `Our approach to ${t.toLowerCase()}.`,
        "",
      ]),
    ].join("\n"),
  );
}

describe("section-reference: a dash title that names the section's subject in other words", () => {
  it("stays quiet on a synonym of the section's title (1.0, 2.0 …)", () => {
    const document = pointZero(
      "Parents may watch the last rehearsal. For cameras in the hall, see 5.0 – Photographs and videos.",
    );
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("stays quiet on a synonym of the section's title (1, 2, 3)", () => {
    for (const layout of ["md", "docx", "pdf"] as const) {
      const document = numberedPolicy(
        "Saltmarsh Youth Theatre – Safeguarding Policy",
        TITLES,
        layout,
        {
          4: "Parents may watch the last rehearsal. For cameras in the hall, see section 5 – Photographs and videos.",
          5: FIVE,
        },
        (t) => `Our approach to ${t.toLowerCase()}.`,
      );
      expect(found(run(sectionReference, document), document), layout).toEqual([]);
    }
  });

  it("stays quiet on a synonym in brackets", () => {
    const document = numberedPolicy(
      "Saltmarsh Youth Theatre – Safeguarding Policy",
      TITLES,
      "md",
      { 4: "Parents may watch the last rehearsal (see section 5 – Photographs and videos).", 5: FIVE },
      (t) => `Our approach to ${t.toLowerCase()}.`,
    );
    expect(found(run(sectionReference, document), document)).toEqual([]);
  });

  it("still reports a title the section cited says nothing of, in any words", () => {
    const document = pointZero(
      "Parents may watch the last rehearsal. For lifts home, see 5.0 – Minibus and coach travel.",
    );
    expect(found(run(sectionReference, document), document)).toEqual(["see 5.0 – Minibus and coach travel"]);
  });
});
