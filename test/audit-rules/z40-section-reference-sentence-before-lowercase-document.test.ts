/**
 * section-reference (review 45), in our own words; every name is invented. "Paragraph 9.2" in a policy whose four
 * sections are numbered paragraphs is the paragraph of another document only where the sentence before names one
 * by its capitalised title right before the noun ("the Partnership's Continuum of Need guidance", "the Trust's
 * Lone Working Policy"). A sentence that merely ends in "policy", "procedures" or "guidance" — "as these
 * procedures require", "ask the Designated Safeguarding Lead for guidance" — names none: the paragraph is still
 * past this policy's last section.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (sentence: string) =>
  markdownDocument(
    [
      "# Child Protection Policy — Pelham Row Primary School",
      "",
      "## 1. Purpose",
      "",
      "1.1 This policy sets out how Pelham Row Primary School keeps pupils safe.",
      "",
      "1.2 It applies to all staff, volunteers and governors.",
      "",
      "## 2. Roles",
      "",
      "2.1 Our Designated Safeguarding Lead is Mrs Ines Farrow.",
      "",
      "2.2 Our Deputy Designated Safeguarding Lead is Mr Dafydd Lowe.",
      "",
      "## 3. Recording concerns",
      "",
      "3.1 Staff record every concern on the school's system the same day.",
      "",
      `3.2 ${sentence}`,
      "",
      "3.3 Records are kept securely by the Designated Safeguarding Lead.",
      "",
      "## 4. Training",
      "",
      "4.1 All staff complete safeguarding training at induction.",
    ].join("\n"),
  );

const past = (sentence: string) =>
  run(sectionReference, policy(sentence))
    .map((f) => f.message)
    .join(" ");

describe("section-reference: a sentence before that only ends in a document word names no document", () => {
  it("reports a paragraph past the last section after 'as these procedures require'", () => {
    expect(
      past(
        "Every concern is written down as these procedures require. Paragraph 9.2 says when to refer to children's social care.",
      ),
    ).toContain("it has no section 9");
  });
  it("reports it after 'ask the Designated Safeguarding Lead for guidance'", () => {
    expect(
      past(
        "When unsure, staff ask the Designated Safeguarding Lead for guidance. Paragraph 9.2 says when to refer to children's social care.",
      ),
    ).toContain("it has no section 9");
  });
  it("reports it after a sentence opening with a capitalised word and ending in 'policy'", () => {
    expect(
      past(
        "Staff who are unsure read the whole policy. Paragraph 9.2 says when to refer to children's social care.",
      ),
    ).toContain("it has no section 9");
  });
  it("reports it after 'This Policy' or 'Our Procedures' written with capitals", () => {
    expect(
      past(
        "Every concern is handled under This Policy. Paragraph 9.2 says when to refer to children's social care.",
      ),
    ).toContain("it has no section 9");
    expect(
      past("Staff always follow Our Procedures. Paragraph 9.2 says when to refer to children's social care."),
    ).toContain("it has no section 9");
  });
  it("stays quiet when the sentence before names another body's guidance by its title", () => {
    expect(
      past(
        "Where a child discloses abuse, staff follow the Eastmere Safeguarding Children Partnership's Threshold of Need guidance. Paragraph 9.2 says when to refer to children's social care.",
      ),
    ).toBe("");
  });
  it("stays quiet when the sentence before names another policy by its capitalised title", () => {
    expect(
      past(
        "Concerns about staff are handled under the Trust's Managing Allegations Procedure. Paragraph 9.2 says when to refer to the designated officer.",
      ),
    ).toBe("");
  });
});
