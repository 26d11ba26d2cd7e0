/**
 * section-reference (review 44), in our own words; every name is invented. A policy whose four sections are written
 * as numbered paragraphs (1.1, 1.2 …) says "… staff follow the Northfell Safeguarding Children Partnership's
 * Continuum of Need guidance. Paragraph 9.2 says when to refer …": the paragraph is the guidance's, which the
 * sentence before has named — not one past this policy's last section. Without a document named before it,
 * "paragraph 9.2" still points past the last section.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const policy = (sentence: string) =>
  markdownDocument(
    [
      "# Child Protection Policy — Hollins Lane Primary School",
      "",
      "## 1. Purpose",
      "",
      "1.1 This policy sets out how Hollins Lane Primary School keeps pupils safe.",
      "",
      "1.2 It applies to all staff, volunteers and governors.",
      "",
      "## 2. Roles",
      "",
      "2.1 Our Designated Safeguarding Lead is Mrs Orla Greaves.",
      "",
      "2.2 Our Deputy Designated Safeguarding Lead is Mr Tobias Kent.",
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

describe("section-reference: a paragraph of the document the sentence before names", () => {
  it("stays quiet when the sentence before names the Partnership's guidance", () => {
    const md = policy(
      "Where a child discloses abuse, staff follow the Northfell Safeguarding Children Partnership's Continuum of Need guidance. Paragraph 9.2 says when to refer to children's social care.",
    );
    expect(run(sectionReference, md)).toEqual([]);
  });
  it("still reports a paragraph past the last section when no document is named before it", () => {
    const md = policy(
      "Where a child discloses abuse, staff tell the Designated Safeguarding Lead at once. Paragraph 9.2 says when to refer to children's social care.",
    );
    expect(
      run(sectionReference, md)
        .map((f) => f.message)
        .join(" "),
    ).toContain("it has no section 9");
  });
});
