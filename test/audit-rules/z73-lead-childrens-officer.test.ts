/**
 * Irish and Northern Irish sport names its lead the "Children's Officer" (a club's "Club Children's Officer") and
 * the one who stands in for them the "Deputy Children's Officer" (Sport NI's and Sport Ireland's safeguarding
 * guidance; Swim Ireland's and the GAA's codes). Where the policy also has a "Designated Liaison Person", the DLP
 * takes the concerns (Children First 2017) and the Children's Officer is not the lead. From the seventy-third
 * held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const found = (rule: typeof leadMissing, text: string) => checkText(rule, text, { asOf }).length;

function policy(title: string, law: string, body: string[]): string {
  return [
    `# ${title}`,
    "",
    law,
    "",
    "## Who looks after safeguarding",
    "",
    ...body,
    "",
    "Every concern is passed to the Children's Officer the same day.",
    "",
  ].join("\n");
}

const NI = "We follow the procedures of the Safeguarding Board for Northern Ireland (SBNI).";
const ROI = "We follow Children First and report to Tusla where a child may be at risk.";
const ENGLAND = "We follow the procedures of the Hollowmere Safeguarding Children Partnership.";

describe("the Children's Officer of Irish and Northern Irish sport", () => {
  it("is the lead, and the Deputy Children's Officer the deputy, in a committee table", () => {
    const text = policy("Carnmoyle Canoe Club – Safeguarding Policy", NI, [
      "| Position | Name | Phone |",
      "| --- | --- | --- |",
      "| Chairperson | Eamon Gilroy | 07700 900 301 |",
      "| Club Children's Officer | Róisín Carberry | 07700 900 302 |",
      "| Deputy Children's Officer | Patrick Loughran | 07700 900 303 |",
    ]);
    expect(found(leadMissing, text)).toBe(0);
    expect(found(deputyMissing, text)).toBe(0);
  });

  it("is the lead under labels, in the Republic's policies too", () => {
    const text = policy("Kilbrack Athletics Club – Child Safeguarding Statement", ROI, [
      "Children's Officer: Ms Aoife Brennan (07700 900 311)",
      "",
      "Deputy Children's Officer: Mr Conor Devane (07700 900 312)",
    ]);
    expect(found(leadMissing, text)).toBe(0);
    expect(found(deputyMissing, text)).toBe(0);
  });

  it("near miss: with nobody named the role is still reported, and the deputy is missing", () => {
    const text = policy("Carnmoyle Canoe Club – Safeguarding Policy", NI, [
      "The Club Children's Officer is elected at each AGM.",
    ]);
    expect(found(leadMissing, text)).toBe(1);
    expect(found(deputyMissing, text)).toBe(1);
  });

  it("near miss: outside Ireland and Northern Ireland the words do not name the lead", () => {
    const text = policy("Hollowmere Canoe Club – Safeguarding Policy", ENGLAND, [
      "Children's Officer: Ms Aoife Brennan (07700 900 311)",
      "",
      "Concerns go to the Designated Safeguarding Lead.",
    ]);
    expect(found(leadMissing, text)).toBe(1);
  });

  it("near miss: a council's children's officer in lower case in running text is not the club's lead", () => {
    const text = policy("Carnmoyle Canoe Club – Safeguarding Policy", NI, [
      "The Trust's children's officer, Mr Dara Quinn, visits twice a year to talk to parents.",
      "",
      "Concerns go to the Designated Safeguarding Lead.",
    ]);
    expect(found(leadMissing, text)).toBe(1);
  });
});
