/**
 * section-reference (review of issue 11's twenty-fourth round), in our own words; every name is invented.
 * - Lettered parts "## Part A – …" to "## Part C – …", then "## Part D (Forms)" or "## Part D" alone: Part D is a part
 *   the policy has, however its heading goes on — "see Part D" is no false reference.
 * - "described in paragraph 3.3" where section 3 stops at 3.2 and "3.3" is only a version-history row
 *   ("| 3.3 | March 2025 | New contacts |"): the row is no written paragraph, and the reference is reported.
 * - "follow section 9 in the policy" in a four-section policy: "the policy" is this one, and the reference is
 *   reported; "in the trust policy" is another's.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const inMarkdown = (text: string) => {
  const document = markdownDocument(text);
  return found(run(sectionReference, document), document);
};

function parts(lastHeading: string[]): string {
  return [
    "# Brackenlea Girls' Brigade – Safeguarding Policy",
    "",
    "## Part A – Our commitment",
    "",
    "We keep every member safe. The forms we use are in Part D below.",
    "",
    "## Part B – Recognising abuse",
    "",
    "Leaders learn the signs of abuse at induction.",
    "",
    "## Part C – Responding to concerns",
    "",
    "Fill in the record of concern (see Part D) the same day.",
    "",
    ...lastHeading,
    "",
    "The record of concern form and the body map.",
  ].join("\n");
}

describe("section-reference: a lettered part whose heading goes on with a bracket, or stands alone", () => {
  it("control: Part E, which the policy does not have, is reported", () => {
    const text = parts(["## Part D – Forms and templates"]).replace("see Part D", "see Part E");
    expect(inMarkdown(text)).toEqual(["Part E"]);
  });

  it('"## Part D (Forms and templates)" is Part D', () => {
    expect(inMarkdown(parts(["## Part D (Forms and templates)"]))).toEqual([]);
  });

  it('"## Part D" alone, titled below, is Part D', () => {
    expect(inMarkdown(parts(["## Part D", "", "### Forms and templates"]))).toEqual([]);
  });
});

function numbered(three: string[], history: string[]): string {
  return [
    "# Hallowfield Youth Club – Safeguarding Policy",
    "",
    "## 1. Introduction",
    "",
    "1.1 This policy applies to all staff and volunteers.",
    "",
    "## 2. Recognising abuse",
    "",
    "2.1 Staff learn the signs of abuse at induction.",
    "",
    "## 3. Reporting concerns",
    "",
    ...three,
    "",
    "## 4. Version history",
    "",
    ...history,
  ].join("\n");
}

const REPORT = [
  "3.1 Report every concern to the lead the same day, using the form described in paragraph 3.3.",
  "",
  "3.2 The lead decides whether to refer.",
];

describe("section-reference: a version-history row is no written paragraph", () => {
  it("paragraph 3.3 is reported where 3.3 is only a version number", () => {
    const history = [
      "| Version | Date | Change |",
      "| --- | --- | --- |",
      "| 3.3 | March 2025 | New contacts |",
      "| 3.4 | June 2026 | Annual review |",
    ];
    expect(inMarkdown(numbered(REPORT, history))).toEqual(["paragraph 3.3"]);
  });

  it("a table row that writes paragraph 3.3 as a sentence is there", () => {
    const table = [
      "| 3.3 | The concern form asks what was seen, said and done, and by whom. |",
      "| --- | --- |",
    ];
    expect(inMarkdown(numbered([...REPORT, "", ...table], ["| 1.0 | May 2025 | First issue |"]))).toEqual([]);
  });

  it("a table row that gives paragraph 3.3 a short title is there; a row dated by numbers is not", () => {
    const short = ["| 3.3 | Concern forms |", "| --- | --- |"];
    expect(inMarkdown(numbered([...REPORT, "", ...short], ["| 1.0 | May 2025 | First issue |"]))).toEqual([]);
    expect(inMarkdown(numbered(REPORT, ["| 3.3 | 04/03/2025 | New contacts |"]))).toEqual(["paragraph 3.3"]);
  });
});

function four(reporting: string): string {
  return [
    "# Hallowfield Youth Club – Safeguarding Policy",
    "",
    "## 1. Introduction",
    "",
    "This policy applies to all staff and volunteers.",
    "",
    "## 2. Recognising abuse",
    "",
    "Staff learn the signs of abuse at induction.",
    "",
    "## 3. Reporting concerns",
    "",
    reporting,
    "",
    "## 4. Contacts",
    "",
    "Children's services: 01632 960 000.",
  ].join("\n");
}

describe('section-reference: "in the policy" is this policy', () => {
  it('"follow section 9 in the policy" is reported', () => {
    const text = four("Where the concern is about a member of staff, follow section 9 in the policy.");
    expect(inMarkdown(text)).toEqual(["section 9"]);
  });

  it('"section 9 of the policy" is reported', () => {
    const text = four("Where the concern is about a member of staff, follow section 9 of the policy.");
    expect(inMarkdown(text)).toEqual(["section 9"]);
  });

  it('"section 9 in the trust policy" and "the council\'s policy" are another\'s', () => {
    expect(inMarkdown(four("For staff, follow section 9 in the trust policy."))).toEqual([]);
    expect(inMarkdown(four("For staff, follow section 9 of the council's policy."))).toEqual([]);
  });
});
