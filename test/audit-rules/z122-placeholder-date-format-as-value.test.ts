/**
 * placeholder-text (held-out set zz122), in our own words; every name is invented. A date's format left where the
 * date should be — "Volunteer induction held on: DD/MM/YYYY", "last checked on dd/mm/yyyy" — is a placeholder in
 * the policy's own words, in Markdown and in Word. Not words about how a date is written ("Dates are written
 * DD/MM/YYYY", "Date format: DD/MM/YYYY", a label's "(DD/MM/YYYY)"), and never on a form filled in by hand, where
 * "Date: DD/MM/YYYY" says how to fill the field in, as "Date: ______" is a form's blank: under a form's heading, on
 * a line of fields, or in a section of fields to fill in.
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/placeholder-text.js";
import { found, markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

function markdown(section: string[], heading = "3. Training"): string {
  return [
    "# Brackenford Adventure Days – Safeguarding Policy",
    "",
    "## 2. Our leads",
    "",
    "Designated Safeguarding Lead: Odette Marwick (07700 900 611)",
    "",
    `## ${heading}`,
    "",
    ...section,
    "",
    "## 4. Records",
    "",
    "Concern records are kept in a locked cabinet in the site office.",
    "",
  ].join("\n");
}

function word(section: string[], heading = "3. Training"): string {
  return [
    "<h1>Brackenford Adventure Days – Safeguarding Policy</h1>",
    "<h2>2. Our leads</h2>",
    "<p>Designated Safeguarding Lead: Odette Marwick (07700 900 611)</p>",
    `<h2>${heading}</h2>`,
    ...section.map((l) => `<p>${l}</p>`),
    "<h2>4. Records</h2>",
    "<p>Concern records are kept in a locked cabinet in the site office.</p>",
  ].join("\n");
}

const both = (section: string[], heading?: string) => [
  markdownDocument(markdown(section, heading)),
  wordDocument(word(section, heading)),
];

describe("placeholder-text: a date's format where the date should be", () => {
  it("reports the format as a field's value, in Markdown and in Word", () => {
    const section = [
      "Every leader completes the online awareness course before the first day.",
      "Volunteer induction held on: DD/MM/YYYY",
    ];
    for (const document of both(section)) {
      const reported = run(rule, document);
      expect(found(reported, document)).toEqual(["DD/MM/YYYY"]);
      expect(reported[0].message).toMatch(/"DD\/MM\/YYYY" is a date's format left where the date should be/);
    }
  });

  it("reports it after 'on' in a sentence, in lower case too", () => {
    const section = ["The first-aid kits were last checked on dd/mm/yyyy by the site lead."];
    for (const document of both(section))
      expect(found(run(rule, document), document)).toEqual(["dd/mm/yyyy"]);
  });

  it("stays quiet on words about how a date is written", () => {
    for (const line of [
      "Dates are written DD/MM/YYYY throughout this policy.",
      "Date format: DD/MM/YYYY",
      "Write every date as DD/MM/YYYY on the register.",
      "Enter dates in the DD/MM/YYYY format.",
      "Date of the session (DD/MM/YYYY): ………………",
    ])
      for (const document of both(["Every leader completes the online awareness course.", line]))
        expect(run(rule, document), line).toEqual([]);
  });

  it("stays quiet on a form to fill in by hand", () => {
    // Under a form's heading.
    for (const document of both(
      ["Child's name: ______________", "Date: DD/MM/YYYY", "What was said or seen: ______________"],
      "Appendix 1 – Record of concern form",
    ))
      expect(run(rule, document)).toEqual([]);
    // On a line of fields, under any heading.
    for (const document of both(["Name: ______________ Date: DD/MM/YYYY"]))
      expect(run(rule, document)).toEqual([]);
    // In a section of fields to fill in, under any heading.
    for (const document of both([
      "Leader's name: ______________",
      "Date: DD/MM/YYYY",
      "Signed: ______________",
    ]))
      expect(run(rule, document)).toEqual([]);
  });
});
