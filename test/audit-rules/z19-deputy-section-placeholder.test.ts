/**
 * From the twentieth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * A trust's or federation's policy with a section (an annex) for each school or club, each naming its own lead
 * and deputies on lines of their own: one section leaves the template's placeholder for its deputy ("Deputy DSL:
 * \[name\]", "Deputy DSL: [insert name]", "(name of deputy)"). That school has no deputy, though the others name
 * theirs — as a site's "Deputy DSL: TBC" on one line already was.
 * Near misses: one setting naming its lead in two sections and a second deputy's blank; every section named.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const annex = (letter: string, school: string, lead: string, deputy: string) => [
  `## Annex ${letter} -- ${school}`,
  "",
  `**Designated Safeguarding Lead:** ${lead}\\`,
  `**Deputy DSL:** ${deputy}\\`,
  "School office: 01632 960 500",
  "",
];

function federation(third: string): string {
  return [
    "# Brookvale Schools Federation — Safeguarding Policy",
    "",
    "## 1. Scope",
    "",
    "Each school adds an annex naming its own lead, deputies and local contacts.",
    "",
    ...annex("A", "Brookvale Infant School", "Mrs Orla Penrose (Head of School)", "Mr Idris Vaughan"),
    ...annex("B", "Millbeck Junior School", "Mr Caspar Doyle", "Ms Anya Reyes and Mrs Joy Tillett"),
    ...annex("C", "Sedgefield Nursery", "Ms Harriet Quarry", third),
  ].join("\n");
}

describe("deputy-missing: a site's section leaves its deputy as a template placeholder", () => {
  for (const format of ["md", "docx"] as const)
    it.each(["\\[name\\]", "[insert name]", "(name of deputy)"])(
      `reports the section whose deputy is %s (${format})`,
      (placeholder) => {
        const found = checkText(deputyMissing, federation(placeholder), { asOf, format });
        expect(found).toHaveLength(1);
        expect(found[0].message).toMatch(/Ms Harriet Quarry/);
      },
    );

  it("says nothing when every section names its deputy", () => {
    expect(checkText(deputyMissing, federation("Mr Ben Okafor"), { asOf, format: "md" })).toEqual([]);
  });

  it("one setting's lead named again in a later section with a second deputy's blank is not a site (near miss)", () => {
    const text = [
      "# Brookvale Infant School — Safeguarding Policy",
      "",
      "## 2. Key people",
      "",
      "**Designated Safeguarding Lead:** Mrs Orla Penrose\\",
      "**Deputy DSL:** Mr Idris Vaughan",
      "",
      "## Appendix 1 -- Contacts",
      "",
      "**Designated Safeguarding Lead:** Mrs Orla Penrose\\",
      "**Second Deputy DSL:** [insert name]",
      "",
    ].join("\n");
    expect(checkText(deputyMissing, text, { asOf, format: "md" })).toEqual([]);
  });
});
