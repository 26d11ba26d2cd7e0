/**
 * A "safeguarding team" listed by first names only ("**Our Safeguarding Team**" over "Megan, Sam and Priya"), and
 * the lead spoken of only by role ("The Safeguarding Lead makes the final decision"): nobody is said to be the lead,
 * and nobody a deputy. First names alone name no one a reader could find; a team of full names still names its
 * leads. From the held-out set zz89, in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function page(team: string): string {
  return [
    "# Harbourside Puppet Workshops – Safeguarding Policy",
    "",
    "We are three puppeteers and a few volunteer helpers.",
    "",
    "**Our Safeguarding Team**",
    "",
    team,
    "",
    "Any of the team can take a concern. The Safeguarding Lead decides whether to refer it and keeps the records.",
    "",
    "## What to do",
    "",
    "Tell a member of the Safeguarding Team before the end of the session.",
    "",
  ].join("\n");
}

describe("a safeguarding team listed by first names only", () => {
  for (const format of ["md", "docx"] as const) {
    it(`reports the lead and the deputy as missing (${format})`, () => {
      const text = page("Megan, Sam and Priya");
      const lead = checkText(leadMissing, text, { asOf, format });
      expect(lead).toHaveLength(1);
      expect(lead[0].message).toMatch(/designated safeguarding lead/);
      const deputy = checkText(deputyMissing, text, { asOf, format });
      expect(deputy).toHaveLength(1);
      expect(deputy[0].message).toMatch(/deputy designated safeguarding lead/);
    });

    it(`a team of full names still names its leads (near miss, ${format})`, () => {
      const text = page("Megan Prothero, Sam Nowicki and Priya Adeyemi-Hart");
      expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
      expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
    });
  }
});
