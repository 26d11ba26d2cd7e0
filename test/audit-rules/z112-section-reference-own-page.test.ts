/**
 * section-reference (held-out sets zz112 and zz113), in our own words; every name is invented. As of 1 December 2026.
 * A page of this policy named after another document in the same sentence: "We follow Part Two of Working Together
 * and the chart in Annex B of this policy (see page 4)" — the words "of this policy" say whose page it is, so a
 * Markdown policy (no pages) is told so. And "on page 3 of this annex" / "of this appendix" is this document's page,
 * as "of this policy" is. Another document's page ("KCSIE (page 12)", "page 6 of the county handbook") stays alone.
 */
import { describe, expect, it } from "vitest";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const run = (text: string) => checkText(sectionReference, text, { asOf });

const policy = (sentence: string) =>
  [
    "# Larkspur Riding School – Safeguarding",
    "",
    "## 1. Reporting",
    "",
    sentence,
    "",
    "## 2. Review",
    "",
    "Reviewed each May.",
  ].join("\n");

describe("section-reference: this policy's page after another document's name", () => {
  it("says a Markdown policy has no pages when 'of this policy' names the page's owner", () => {
    const found = run(
      policy(
        "Staff follow Part Two of Working Together and the chart in Annex B of this policy (see page 4).",
      ),
    );
    expect(found.map((f) => f.excerpt)).toEqual(["(see page 4)"]);
    expect(found[0].message).toContain("no page numbers");
  });
  it("reads 'of this annex' and 'of this appendix' as this document's page", () => {
    expect(
      run(policy("Pass the note to the lead at once (the steps are on page 3 of this annex).")).length,
    ).toBe(1);
    expect(run(policy("The body map is at page 5 of this appendix, after the contacts.")).length).toBe(1);
  });
  it("leaves another document's page alone", () => {
    expect(run(policy("Staff follow Part Two of Working Together (see page 4)."))).toEqual([]);
    expect(run(policy("The chart is on page 6 of the county handbook."))).toEqual([]);
  });
});

/**
 * "(see section 7 – Restraint)" in a policy of six sections, the sentence before naming KCSIE: a bracketed pointer
 * with the section's own title after a dash, in a sentence that names no other document, is this policy's — its
 * number is one past the last section, so it points nowhere. An Act's section with its subject stays alone.
 */
describe("section-reference: a titled pointer after a sentence naming another document", () => {
  const sixSections = (sentence: string) =>
    [
      "# Fernhill Learning Centre – Safeguarding",
      ...["Team", "Training", "Risks", "Reporting", "Online safety"].flatMap((t, i) => [
        `## ${i + 1}. ${t}`,
        "",
        "Text.",
        "",
      ]),
      "## 6. Behaviour",
      "",
      `We follow Part Two of KCSIE for online risks. ${sentence}`,
      "",
    ].join("\n");
  it("finds the section past the last", () => {
    const found = run(
      sixSections("Holding a pupil follows our Team Teach plan (see section 7 – Restraint)."),
    );
    expect(found.map((f) => f.excerpt)).toEqual(["section 7"]);
  });
  it("leaves one that names its document or an Act's subject", () => {
    expect(run(sixSections("Holding a pupil follows KCSIE (see section 7 – Restraint)."))).toEqual([]);
  });
  it("leaves one whose sentence refers back to that document (found in review)", () => {
    expect(
      run(sixSections("Online incidents are logged as it advises (see section 7 – Recording).")),
    ).toEqual([]);
    expect(run(sixSections("We use its form for this (see section 7 – Recording)."))).toEqual([]);
    expect(
      run(sixSections("Staff record concerns as that guidance sets out (see section 7 – Recording).")),
    ).toEqual([]);
  });
});
