/**
 * Ireland's "Designated Liaison Person" (Children First National Guidance 2017; sports bodies' and schools' policies
 * north and south of the border) is the lead, and the "Deputy Designated Liaison Person" the deputy: a policy that
 * names them names its lead and deputies. From the thirty-fourth held-out set (issue 11), in our own words; every
 * name is invented. The near misses keep their findings: the role left unnamed, and a "Children's Officer" who is
 * not the lead.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(contacts: string[]): string {
  return [
    "# Ballyvore Camogie Club — Child Safeguarding Statement",
    "",
    "## Who to tell",
    "",
    ...contacts,
    "",
    "Coaches pass every concern to the Designated Liaison Person, or to a deputy when she is away.",
    "",
  ].join("\n");
}

const found = (rule: typeof leadMissing, text: string) => checkText(rule, text, { asOf }).length;

describe("the Designated Liaison Person", () => {
  it("is the lead, and the deputies are named, under bold labels", () => {
    const text = policy([
      "**Designated Liaison Person:** Ms Orla Tierney, Club Secretary (07700 900 610)",
      "",
      "**Deputy Designated Liaison Persons:** Mr Fintan Rowe and Mrs Bríd Haughey",
    ]);
    expect(found(leadMissing, text)).toBe(0);
    expect(found(deputyMissing, text)).toBe(0);
  });

  it("is the lead in a sentence, with one deputy", () => {
    const text = policy([
      "Our Designated Liaison Person is Ms Orla Tierney (07700 900 610). The Deputy Designated Liaison Person is Mr Fintan Rowe.",
    ]);
    expect(found(leadMissing, text)).toBe(0);
    expect(found(deputyMissing, text)).toBe(0);
  });

  it("near miss: the role with nobody named is still reported", () => {
    const text = policy([
      "Concerns go to the Designated Liaison Person, whose details are on the noticeboard.",
    ]);
    expect(found(leadMissing, text)).toBe(1);
  });

  it("near miss: a Children's Officer alone does not name the lead", () => {
    const text = policy([
      "**Children's Officer:** Mrs Bríd Haughey (07700 900 618)",
      "",
      "Concerns go to the Designated Liaison Person.",
    ]);
    expect(found(leadMissing, text)).toBe(1);
  });
});
