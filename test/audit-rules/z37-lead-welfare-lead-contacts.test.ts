/**
 * A league or youth club may call its lead the "welfare lead" and name the person only in a contacts table at the
 * back, while the body says "the DSL" throughout: the table's row for the welfare lead names the lead, so no
 * lead-missing. A contacts table whose welfare-lead row leaves the name blank keeps its finding. From the
 * thirty-ninth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(...rows: string[]): string {
  return [
    "# Harrowfield Youth Netball League — Keeping Children Safe",
    "",
    "Worries about a player go to the DSL the same day. The DSL is the person listed as the welfare lead in the",
    "contacts table below, or a deputy when the DSL is away.",
    "",
    "## Contacts",
    "",
    "| Role | Name | Phone |",
    "| --- | --- | --- |",
    ...rows,
    "| LADO | Harrowfield Council | 01632 960 700 |",
    "",
  ].join("\n");
}

describe("a contacts table's welfare-lead row names the lead", () => {
  it("reads the name in the row, whatever the role cell adds", () => {
    for (const [row, name] of [
      [
        "| League welfare lead (Safeguarding Manager) | Mrs Odette Quarrie | 01632 960 701 |",
        "Mrs Odette Quarrie",
      ],
      ["| Club Welfare Lead | Mr Hamish Doyle-Ferrers | 01632 960 702 |", "Mr Hamish Doyle-Ferrers"],
      ["| Welfare lead | Dr Nkechi Abara, Team Doctor | 01632 960 703 |", "Dr Nkechi Abara"],
    ]) {
      const text = policy(row, "| Deputy | Ms Lise Marchetti | 01632 960 704 |");
      expect(namesFor(text, "md", "dsl"), row).toContain(name);
      expect(checkText(leadMissing, text, { asOf }), row).toEqual([]);
    }
  });

  it("still reports a welfare-lead row with no name in it", () => {
    const text = policy("| League welfare lead | TBC | 01632 960 701 |");
    const found = checkText(leadMissing, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("TBC");
  });
});
