/**
 * A role with what it covers in brackets, then a dash or colon and the holder: "Deputy DSL (Northside hub) – Mr
 * Callum Freer, Hub Co-ordinator", one cell of a team table holding role, name and job title. From the sixteenth
 * held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { findLeadMentions } from "../../src/audit/text/leads.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function procedure(team: string[]): string {
  return [
    "# Brookfield Council Holiday Clubs — Safeguarding Procedure",
    "",
    "## The safeguarding team",
    "",
    ...team,
    "",
    "Tell the hub's Deputy DSL, or the Designated Safeguarding Lead, before the end of the session.",
    "",
  ].join("\n");
}

describe("a role's bracketed scope before its holder", () => {
  for (const [what, team] of [
    [
      "a team table's first cell",
      [
        "| Role and name | Base | Telephone |",
        "| --- | --- | --- |",
        "| Designated Safeguarding Lead – Ms Tola Adeyemi-Ross, Youth Services Manager | Civic Centre | 07700 900 301 |",
        "| Deputy DSL (Westfield hub) – Mr Aled Pryce, Hub Co-ordinator | Westfield Library | 07700 900 302 |",
        "| Deputy DSL (Moorside hub) – Ms Keira Lund, Senior Play Worker | Moorside School | 07700 900 303 |",
      ],
    ],
    [
      "lines with a colon",
      [
        "Designated Safeguarding Lead: Ms Tola Adeyemi-Ross",
        "",
        "Deputy Designated Safeguarding Lead (Saturday sessions): Mr Aled Pryce",
      ],
    ],
  ] as const) {
    it(`names the deputy (${what})`, () => {
      const text = procedure([...team]);
      expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
      const deputies = findLeadMentions(text).filter((m) => m.role === "deputy" && m.name);
      expect(deputies.map((m) => m.name)).toContain("Mr Aled Pryce");
    });
  }

  it("reads a name in the brackets as the holder (near miss)", () => {
    const names = findLeadMentions("The DSL (Mrs Hana Sato) – 07700 900 111").map((m) => m.name);
    expect(names).toEqual(["Mrs Hana Sato"]);
  });

  it("does not name another body's officer, whose bracket says whose they are (near miss)", () => {
    const text = "- Church Safeguarding Co-ordinator (St Anne's URC, for the whole church) – Mr Omar Haddad";
    expect(findLeadMentions(text).flatMap((m) => (m.name ? [m.name] : []))).toEqual([]);
  });

  it("still warns when no name follows the scope (near miss)", () => {
    const text = procedure([
      "Designated Safeguarding Lead: Ms Tola Adeyemi-Ross",
      "",
      "Deputy DSL (Westfield hub) – the hub co-ordinator on duty",
    ]);
    expect(checkText(deputyMissing, text, { asOf }).map((f) => f.message)).toEqual([
      expect.stringContaining("never says who it is"),
    ]);
  });
});
