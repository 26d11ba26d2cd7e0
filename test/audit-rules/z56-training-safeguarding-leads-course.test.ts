/**
 * training-stale (held-out set zz56), in our own words; every name is invented. As of 1 December 2026.
 * A course named for the people it trains in the plural — "Safeguarding Leads training", as church and charity
 * networks name their course for lead co-ordinators — is designated lead training (two years), not general
 * safeguarding that a later general refresher renews. Near miss: a general course for an audience in brackets
 * ("Time to Listen (welfare officers)") keeps its three years.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkText, excerpts } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(courses: string[]): string {
  return [
    "# Harbour Light Fellowship — Children's Safeguarding Policy",
    "",
    "## Safeguarding team",
    "",
    "Church Safeguarding Co-ordinator",
    "Name: Ruth Mbeki-Sloan",
    "Phone: 07700 900 418",
    "",
    "## Training",
    "",
    "Ruth Mbeki-Sloan",
    ...courses.map((c) => `· ${c}`),
    "",
  ].join("\n");
}

describe("training-stale: a course named for its trainees in the plural", () => {
  it("reads 'Safeguarding Leads training' as the lead's course: lapsed after two years despite a later general refresher", () => {
    const text = policy([
      "Regional Safeguarding Leads training – 20 October 2023",
      "Foundation safeguarding refresher – 4 April 2025",
    ]);
    const found = checkText(stale, text, { asOf, format: "md" });
    expect(excerpts(found, text)).toEqual([expect.stringContaining("Safeguarding Leads training")]);
    expect(found[0].message).toMatch(/Ruth Mbeki-Sloan's most recent .*valid for 2 years/);
  });

  it("keeps three years for a general course whose audience is named in brackets", () => {
    const text = policy(["Time to Listen (welfare officers) – 20 October 2024"]);
    expect(checkText(stale, text, { asOf, format: "md" })).toEqual([]);
  });
});
