/**
 * placeholder-text (in our own words; every name is invented). A form's fields written as a list — on one line,
 * parted by "·", "|" or ";", or one a line under a lead-in that names the form ("The incident sheet records:") — may
 * end a field with a hint of what goes in it: "Passed to the welfare officer on (date)". That bracket says what to
 * write when the form is filled in, not a detail the policy left out. The same "(date)" in the policy's own sentence
 * ("Approved by the trustees on (date).") or in a list of the policy's own contacts ("Welfare officer (name) · Deputy
 * welfare officer (name) · …") stays a placeholder.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { found, markdownDocument, pdfDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Brackenfold Netball Academy — Safeguarding Policy";
const OPENING = "Approved by the academy board on 4 March 2026. Next review: March 2027.";

/** The same policy as each reader hands it over: a heading, then the paragraphs given. */
const layouts = (heading: string, paragraphs: string[]) => [
  markdownDocument(
    [`# ${TITLE}`, "", OPENING, "", `## ${heading}`, "", ...paragraphs.flatMap((p) => [p, ""])].join("\n"),
  ),
  wordDocument(
    [
      `<h1>${TITLE}</h1>`,
      `<p>${OPENING}</p>`,
      `<h2>${heading}</h2>`,
      ...paragraphs.map((p) => `<p>${p}</p>`),
    ].join("\n"),
  ),
];

const reportedIn = (documents: ReturnType<typeof layouts>) =>
  documents.map((d) => [d.format, found(run(placeholderText, d), d)]);

describe("placeholder-text: a hint at the end of a field in a list of a form's fields", () => {
  it("is quiet for a one-line list of a form's fields parted by middle dots", () => {
    const line =
      "Umpire's name · Venue · Date and time · Child's name and squad · What was seen or heard (the child's own words) · Club welfare officer told, and when · Passed to the county welfare officer on (date)";
    for (const [format, reported] of reportedIn(layouts("Appendix 2. Incident sheet", [line])))
      expect(reported, String(format)).toEqual([]);
  });

  it("is quiet for the list parted by semicolons, after a lead-in that names the form", () => {
    const line =
      "The incident sheet records: the coach's name; the date and time; the child's name; what was said; passed to the welfare officer on (date).";
    for (const [format, reported] of reportedIn(layouts("Writing it down", [line])))
      expect(reported, String(format)).toEqual([]);
  });

  it("is quiet for the list as a PDF wraps it over lines", () => {
    const document = pdfDocument(
      [
        TITLE,
        OPENING,
        "Appendix 2. Incident sheet",
        "Umpire's name · Venue · Date and time · Child's name and squad · What was seen or heard (the child's own",
        "words) · Club welfare officer told, and when · Passed to the county welfare officer on (date)",
        "",
      ].join("\n"),
    );
    expect(found(run(placeholderText, document), document)).toEqual([]);
  });

  it("is quiet for the fields one a line under a lead-in that names the form", () => {
    const document = markdownDocument(
      [
        `# ${TITLE}`,
        "",
        OPENING,
        "",
        "## Writing it down",
        "",
        "The incident sheet records:",
        "",
        "- the coach's name",
        "- the child's name and squad",
        "- what was seen or heard",
        "- passed to the welfare officer on (date)",
        "",
      ].join("\n"),
    );
    expect(found(run(placeholderText, document), document)).toEqual([]);
  });

  it("stays a placeholder in the policy's own sentence", () => {
    for (const [format, reported] of reportedIn(
      layouts("Approval", ["This policy was approved by the trustees on (date). It is reviewed every year."]),
    ))
      expect(reported, String(format)).toEqual(["(date)"]);
  });

  it("stays a placeholder in a list of the policy's own contacts", () => {
    const line = "Club welfare officer (name) · Deputy welfare officer (name) · Out of hours (phone number)";
    for (const [format, reported] of reportedIn(layouts("Who to tell", [line])))
      expect(reported, String(format)).toEqual(["(name)", "(name)", "(phone number)"]);
  });

  it("stays a placeholder in a list of the policy's own dates", () => {
    const line = "Adopted by the board on (date) · Next review due (date) · Version 3";
    for (const [format, reported] of reportedIn(layouts("Document control", [line])))
      expect(reported, String(format)).toEqual(["(date)", "(date)"]);
  });
});
