/**
 * A PDF's numbered steps as the twelfth held-out set prints them (issue 11), in our own words; every name is
 * invented. A PDF loses its list numbering's structure: "5. The lead decides whether to refer to the front door
 * (01632" is the fifth step of a list whose steps are sentences, wrapped onto the next line — not a second section
 * 5. A step that follows a step numbered one less that ends as a sentence, or a line that opens a bracket it does
 * not close, is a list item, not a heading. Two real headings with one number in a run that counts up are still
 * reported.
 */
import { describe, expect, it } from "vitest";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { findHeadings } from "../../src/audit/text/headings.js";
import { splitLines } from "../../src/audit/text/lines.js";
import { found, pdfDocument, run } from "../fixtures/structure/documents.js";

/** A two-site playgroup's policy as a PDF's text; `steps` are the lines of section 4's numbered list. */
function policy(steps: string[], extraHeading = false): string {
  return [
    "Thistledown Playgroups — Safeguarding Policy",
    "1. Aims",
    "We keep every child safe at both sites.",
    "2. Our safeguarding team",
    "Our lead is Ottilie Barraclough; her deputy at each site is named on the noticeboard.",
    "3. Signs of abuse",
    "Staff know the signs of abuse and neglect.",
    "4. What to do about a worry",
    "Follow these steps:",
    ...steps,
    "Anyone may refer directly if the lead cannot be reached.",
    ...(extraHeading ? ["5. Visitors", "Visitors sign in at the office."] : []),
    "5. Early help",
    "We offer early help with the family's agreement.",
    "6. Review",
    "The committee reviews this policy every year.",
  ].join("\n");
}

const reportedFor = (text: string) => {
  const document = pdfDocument(text);
  return found(run(contentsMismatch, document), document);
};

describe("a PDF's numbered steps that are sentences", () => {
  it("are not a second section with the heading's number, when the step wraps after a bracket", () => {
    expect(
      reportedFor(
        policy([
          "1. Listen, and do not promise to keep a secret.",
          "2. Write down what the child said the same day.",
          "3. Tell the lead straight away.",
          "4. The lead decides whether to refer to the Children's Front Door (01632",
          "960812), offer early help, or keep watch.",
        ]),
      ),
    ).toEqual([]);
  });

  it("are not a second section when the step follows a step numbered one less that is a sentence", () => {
    expect(
      reportedFor(
        policy([
          "1. Listen, and do not promise to keep a secret.",
          "2. Write down what the child said the same day.",
          "3. Tell the lead straight away.",
          "4. If a child is in danger now, ring 999.",
          "5. The lead decides whether the Children's Front Door should hear of it",
          "today, and writes down why.",
        ]),
      ),
    ).toEqual([]);
  });

  it("leave two real headings with one number reported", () => {
    expect(
      reportedFor(
        policy(
          ["1. Listen, and do not promise to keep a secret.", "2. Write down what the child said."],
          true,
        ),
      ),
    ).toEqual(["5. Early help"]);
  });

  it("leave a short heading after a list that ends one number before it a heading", () => {
    const text = [
      "1. Aims",
      "We keep every child safe.",
      "2. What to do",
      "1. Listen carefully.",
      "2. Ring the lead the same day.",
      "3. Records",
      "Notes are kept locked in the office.",
    ].join("\n");
    expect(findHeadings([], splitLines(text)).map((h) => `${h.number} ${h.title}`)).toEqual([
      "1 Aims",
      "2 What to do",
      "3 Records",
    ]);
  });
});
