/**
 * Held-out set zz101 (a club's policy copied out of a PDF into Markdown or Word, its words hyphenated over line
 * breaks). An old body's name broken inside a word ("… the Marshfield Local Safe-" / "guarding Children Board …") is
 * read as written whole elsewhere in the document; a word the document never writes whole is left as typed. In our
 * own words; every name is invented; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (body: string, format: "md" | "docx" = "md") => {
  const text = `# Reedbank Kite Flyers – Safeguarding Policy\n\nOur Safeguarding Officer keeps this policy.\n\n## Concerns\n\n${body}\n`;
  return checkText(outdatedReference, text, { asOf, format }).map((f) => f.message);
};

describe("an old body's name hyphenated over a line break", () => {
  it("finds 'Local Safe-' / 'guarding Children Board' in Markdown and Word", () => {
    const body =
      "The officer will follow the procedures of the Marshfield Local Safe-\nguarding Children Board and record the concern.";
    expect(found(body)).toEqual([expect.stringMatching(/Safeguarding Children Board/)]);
    expect(found(body, "docx")).toEqual([expect.stringMatching(/Safeguarding Children Board/)]);
  });

  it("near miss: a word the document never writes whole is not joined", () => {
    const body =
      "The officer will follow the procedures of the Marshfield Local Safe-\nkeeping Children Board and record the concern.";
    expect(found(body)).toEqual([]);
  });
});
