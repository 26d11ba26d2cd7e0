/**
 * From the twenty-first and twenty-second held-out sets (issue 11), in our own words; every name is invented. As of
 * 3 December 2026.
 * - "Concerns about a volunteer are dealt with as set out in section 20 above" in a nine-section policy whose
 *   opening cites "section 20 of the Children Act 1989": the words send the reader to where the subject is written
 *   ("as set out in", "described in", "see", "explained in"), and the subject is one of this policy's sections,
 *   not what the Act's section 20 is about — it points into this policy, and section 20 is not there.
 * - Near misses: a legal basis ("looked after under section 20 above"), a sentence about the Act's subject
 *   ("accommodated … as set out in section 20 above"), a pointer naming none of this policy's sections ("Our part
 *   is set out in section 20 above").
 * - "see section 4 –" / "Photos and phones" wrapped onto the next line, where section 4 is about something else:
 *   the finding shows the title the reference gives, not "section 4" alone.
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
  "Record keeping",
  "Review",
];

/** A canoe club's policy with nine numbered sections; `body` gives some sections' text. */
function policy(layout: Layout, body: Record<number, string>) {
  return numberedPolicy(
    "Ashwater Junior Canoe Club — Safeguarding Policy",
    TITLES,
    layout,
    body,
    (title) => `How the club handles this: ${title.toLowerCase()}, with the coach on duty.`,
  );
}

const layouts: Layout[] = ["md", "docx", "pdf"];
const OPENING = "Some of our paddlers live in foster homes (under section 20 of the Children Act 1989).";

describe("section-reference: 'section 20 above' sending the reader to one of this policy's subjects", () => {
  it.each(layouts)(
    "reports it even where an Act's section 20 was cited above, when it points to where a subject is written (%s)",
    (layout) => {
      for (const sentence of [
        "Concerns about a volunteer are dealt with as set out in section 20 above, never by the coach alone.",
        "Photos and phones at regattas are handled as described in section 20 above.",
        "For record keeping, see section 20 above.",
      ]) {
        const document = policy(layout, { 1: OPENING, 6: sentence });
        const reported = run(sectionReference, document);
        expect(found(reported, document), sentence).toEqual(["section 20 above"]);
        expect(reported[0].message).toMatch(/no section is numbered 20 \(the last is 9, "Review"\)/);
      }
    },
  );

  it.each(layouts)(
    "leaves a legal basis, the Act's own subject and a pointer to no subject of ours alone (%s)",
    (layout) => {
      for (const sentence of [
        "Paddlers looked after under section 20 above are welcome on every trip, and concerns about a volunteer go to the lead.",
        "Paddlers accommodated by the council, as set out in section 20 above, keep their photos and phones.",
        "Our part is set out in section 20 above.",
      ]) {
        const document = policy(layout, { 1: OPENING, 6: sentence });
        expect(run(sectionReference, document), sentence).toEqual([]);
      }
    },
  );
});

describe("section-reference: the title a reference gives straight after its number, in the finding", () => {
  it.each(layouts)("shows 'section 4 – Photos and phones', wrapped or not (%s)", (layout) => {
    for (const [sentence, excerpt] of [
      [
        "Where the pictures are kept is covered in full, see section 4 –\nPhotos and phones.",
        "section 4 –\nPhotos and phones",
      ],
      ["For when a picture may be taken, see section 4: Photos and phones.", "section 4: Photos and phones"],
    ]) {
      const document = policy(layout, { 8: sentence });
      const reported = run(sectionReference, document);
      expect(
        found(reported, document).map((f) => f.replace(/\s+/g, " ")),
        sentence,
      ).toEqual([excerpt.replace(/\s+/g, " ")]);
      expect(reported[0].message).toMatch(/points to section 4 for "Photos and phones"/);
    }
  });

  it.each(layouts)("keeps 'section 4' alone when the words after it are not a title (%s)", (layout) => {
    const document = policy(layout, {
      8: "Photos and phones are covered elsewhere (section 4) – ask the coach first.",
    });
    const reported = run(sectionReference, document);
    expect(found(reported, document)).toEqual(["section 4"]);
  });
});
