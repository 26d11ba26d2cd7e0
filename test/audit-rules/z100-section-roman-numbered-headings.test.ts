/**
 * section-reference for a policy whose headings carry typed lower-case Roman numerals (held-out set zz100, a Rotary
 * club's youth policy), in our own words; every name is invented: "under xi. (Club disciplinary procedure)" where
 * the sections run i. to ix., and "see vi. (Exchange visits) below" where vi. is about photographs. Near misses:
 * references that are right ("as in iv. above", "viii. below"), and a policy whose headings are not so numbered.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLES = [
  "Introduction",
  "Scope",
  "Who is responsible",
  "Reporting a concern",
  "Exchange visits and hosting",
  "Photographs and publicity",
  "Training",
  "DBS checks",
  "Review",
];
const NUMERALS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];

function policy(extra: string, format: "md" | "docx" = "md", numbered = true) {
  const heading = (i: number) => (numbered ? `${NUMERALS[i]}. ${TITLES[i]}` : TITLES[i]);
  if (format === "docx")
    return wordDocument(
      [
        "<h1>Rotary Club of Larkvale – Youth Safeguarding</h1>",
        ...TITLES.flatMap((t, i) => [
          `<h2>${heading(i)}</h2>`,
          `<p>${i === 1 ? extra : `About ${t.toLowerCase()}.`}</p>`,
        ]),
      ].join("\n"),
    );
  return markdownDocument(
    [
      "# Rotary Club of Larkvale – Youth Safeguarding",
      "",
      ...TITLES.flatMap((t, i) => [
        `## ${heading(i)}`,
        "",
        i === 1 ? extra : `About ${t.toLowerCase()}.`,
        "",
      ]),
    ].join("\n"),
  );
}

describe("section-reference: sections numbered i., ii., iii. …", () => {
  it("a section the numbering does not have, and one about something else (md, docx)", () => {
    for (const format of ["md", "docx"] as const) {
      const document = policy(
        "Students from overseas are hosted by members (see vi. (Exchange visits) below). Disputes go under xi. (Club disciplinary procedure).",
        format,
      );
      const reported = run(sectionReference, document);
      expect(found(reported, document), format).toEqual(["vi. (Exchange visits)", "xi."]);
      expect(reported[0].message).toContain('"Photographs and publicity"');
      expect(reported[0].message).toContain('v., "Exchange visits and hosting"');
      expect(reported[1].message).toContain('the last is ix., "Review"');
    }
  });

  it("near misses: right references, and headings that are not numbered so", () => {
    for (const extra of [
      "Concerns are handled as in iv. above, and hosts are checked as set out in viii. below.",
      "Hosting is explained in v. (Exchange visits and hosting) below.",
      // Another document's section, and a title in other forms of the section's words (review of zz100's fix).
      "Allegations are handled as set out in iv. (Managing allegations) of the county's LSCP procedures.",
      "Pictures of members are covered in vi. (Photos) below.",
    ]) {
      const document = policy(extra);
      expect(found(run(sectionReference, document), document), extra).toEqual([]);
    }
    const plain = policy("Disputes go under xi. (Club disciplinary procedure).", "md", false);
    expect(found(run(sectionReference, plain), plain)).toEqual([]);
  });
});
