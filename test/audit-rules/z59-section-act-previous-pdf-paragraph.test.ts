/**
 * section-reference (held-out set zz59), in our own words; every name is invented. A PDF's text keeps no blank line
 * between paragraphs: "… follows section 47 of the Children Act 1989." ending one paragraph and "… follow the
 * procedure in SECTION 12." in the next are two paragraphs to the reader's blocks, as in the Markdown and Word
 * copies. The Act named in the paragraph before does not make this paragraph's "SECTION 12" the Act's.
 * Near miss: the Act named in the sentence before, in the same paragraph, still does.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";
import { pdfOfParagraphs } from "../helpers/audit-context.js";

const previous = [
  "The DSL decides whether to refer to the children's front door. The threshold for a referral",
  "follows section 47 of the Children Act 1989.",
];
const reference = [
  "Concerns about a member of staff must go to the",
  "Headteacher and follow the procedure in SECTION 12. Concerns about the Headteacher go to",
  "the Chair of Governors.",
];
const sections = ["1. INTRODUCTION", "2. TRAINING", "3. RESPONDING TO A CONCERN"];
/** The policy as a PDF: the three sections, the last holding `body`'s paragraphs. */
const pdfWith = (...body: string[][]) =>
  pdfOfParagraphs([sections[0], ["Who we are."], sections[1], ["Our courses."], sections[2], ...body]);

describe("section-reference: an Act named in the PDF paragraph before", () => {
  it("is reported in the PDF as in the Markdown", () => {
    const pdf = pdfWith(previous, reference);
    expect(found(run(sectionReference, pdf), pdf)).toEqual(["SECTION 12"]);
    const md = markdownDocument(
      [
        `## ${sections[0]}`,
        "",
        "Who we are.",
        "",
        `## ${sections[1]}`,
        "",
        "Our courses.",
        "",
        `## ${sections[2]}`,
        "",
        previous.join(" "),
        "",
        reference.join(" "),
        "",
      ].join("\n"),
    );
    expect(found(run(sectionReference, md), md)).toEqual(["SECTION 12"]);
  });

  it("near miss: the Act named in the sentence before, in the same paragraph, is still the Act's", () => {
    const pdf = pdfWith([...previous, ...reference]);
    expect(run(sectionReference, pdf)).toEqual([]);
  });
});
