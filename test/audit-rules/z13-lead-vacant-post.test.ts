/**
 * A lead's post left vacant ("To be appointed", "Vacant – being recruited") while a named deputy covers and a
 * former lead "has left": no lead is named, whoever else the document names. A training table's course called
 * "Level 3 Designated Safeguarding Lead" is a course, not the lead's role beside a name. From the thirteenth
 * held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(leadCell: string, extra: string[] = []): string {
  return [
    "# Harrowgate Minibus Services — Safeguarding Policy",
    "",
    "## Who to contact",
    "",
    "| Role | Name | Contact |",
    "| --- | --- | --- |",
    `| Designated Safeguarding Lead | ${leadCell} | – |`,
    "| Deputy Designated Safeguarding Lead | Ms Olwen Prys, Fleet Manager | 07700 900 111 |",
    "",
    "Our previous Designated Safeguarding Lead, Mr Kit Arkwright, left the company in May 2026. Until a new lead is appointed, the Deputy DSL handles every concern.",
    "",
    "## Training",
    "",
    "| Name | Role | Safeguarding course |",
    "| --- | --- | --- |",
    "| Olwen Prys | Deputy DSL / Fleet Manager | Level 3 Designated Safeguarding Lead – no date recorded |",
    "| Huw Bellamy | Driver | 03/02/2026 |",
    ...extra,
    "",
  ].join("\n");
}

describe("a lead's post left vacant", () => {
  for (const cell of [
    "To be appointed (post vacant since May 2026)",
    "Vacant – being recruited",
    "Post vacant",
    "Not yet appointed",
  ]) {
    it(`is a lead-missing error: "${cell}"`, () => {
      const found = checkText(leadMissing, policy(cell), { asOf });
      expect(found.map((f) => f.message)).toEqual([expect.stringContaining("not named")]);
      expect(checkText(deputyMissing, policy(cell), { asOf })).toEqual([]);
    });
  }

  it("names the lead when the cell does (near miss)", () => {
    expect(
      checkText(leadMissing, policy("Mr Idris Vaughan, Operations Director (appointed June 2026)"), { asOf }),
    ).toEqual([]);
  });
});
