/**
 * section-reference (held-out set zz92, a library's coding club), in our own words; every name is invented. A
 * sentence names Acts, then after a semicolon sends the reader on: "…the Online Safety Act 2023 and the Data
 * Protection Act 2018 apply to it; see section 5 for sharing games and section 8 for what to do after an incident."
 * The clause after the semicolon, opened by "see" and saying what each section is for, points into this policy: a
 * section 8 that a seven-section policy does not have is reported. Near misses: the same clause naming the Act's
 * section ("see section 8 of that Act"), and "see section 8" with no purpose after an Act in the same clause.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { found, markdownDocument, run } from "../fixtures/structure/documents.js";

const titles = [
  "Scope",
  "Who is responsible",
  "Training",
  "Online safety",
  "Sharing games",
  "Radicalisation",
  "Reporting",
];
const policy = (sentence: string) =>
  markdownDocument(
    `# Pixel Pioneers Club – Safeguarding Policy\n\n${titles.map((t, i) => `## ${i + 1}. ${t}\n\nAbout ${t.toLowerCase()}.`).join("\n\n")}\n\n${sentence}\n`,
  );

describe("section-reference: a 'see' clause after a semicolon, in a sentence naming Acts", () => {
  it("is this policy's: a missing section is reported", () => {
    const document = policy(
      "Members' code is their own work, and the Online Safety Act 2023 and the Data Protection Act 2018 apply to it; see section 5 for sharing games and section 8 for what to do after an incident.",
    );
    expect(found(run(sectionReference, document), document)).toEqual(["section 8"]);
  });

  it("near miss: the clause names the Act's section, or gives no purpose", () => {
    for (const sentence of [
      "The Computer Misuse Act 1990 makes it a crime to get into a computer without permission; see section 8 of that Act.",
      "The Computer Misuse Act 1990 makes it a crime to get into a computer without permission; see section 8.",
      "Mentors follow the Computer Misuse Act 1990; see section 8 for the offence of making tools for misuse of that Act.",
      // An Act's section far past this policy's last, with no section of this policy in the clause (review).
      "The Sexual Offences Act 2003 applies to all mentors; see section 16 for abuse of a position of trust.",
    ]) {
      const document = policy(sentence);
      expect(found(run(sectionReference, document), document), sentence).toEqual([]);
    }
  });
});
