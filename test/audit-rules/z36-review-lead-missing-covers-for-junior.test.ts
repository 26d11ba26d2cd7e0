/**
 * The club's lead whose bracket says they also cover for a junior officer ("Club Welfare Officer (also covers for the
 * Youth Welfare Officer at tournaments)") or for another club's officer stays the lead: covering for someone below
 * you, or elsewhere, does not make you a deputy (review of the thirty-sixth session; every name is invented). Kept:
 * a Youth Welfare Officer whose bracket says they deputise for the Club Welfare Officer is still the deputy.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const table = (lead: string) =>
  [
    "# Safeguarding Policy – Wrenfield Colts FC",
    "",
    "| Role | Name | Contact |",
    "|---|---|---|",
    `| ${lead} | Nadia Orme | 07700 900611 |`,
    "| Deputy Welfare Officer | Seth Carrow | 07700 900612 |",
    "",
    "Nadia completed her Designated Safeguarding Lead training on 14 March 2026. Seth completed the same course on 2 April 2026.",
    "",
  ].join("\n");

describe("a lead whose bracket says they cover for a junior officer", () => {
  const LEADS = [
    "Club Welfare Officer (also covers for the Youth Welfare Officer at tournaments)",
    "Club Welfare Officer (and covers for the Junior Welfare Officer on away days)",
    "Club Welfare Officer (also covers for the Welfare Officer of Wrenfield Ladies on match days)",
  ];
  for (const format of ["md", "docx"] as const)
    it.each(LEADS)(`stays the lead (${format}): %s`, (lead) => {
      const text = table(lead);
      expect(namesFor(text, format, "dsl")).toContain("Nadia Orme");
      expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
    });

  it("keeps a youth officer who deputises for the Club Welfare Officer as the deputy", () => {
    const text = [
      "# Safeguarding Policy – Wrenfield Colts FC",
      "",
      "Club Welfare Officer",
      "Name: Nadia Orme",
      "Mobile: 07700 900611",
      "",
      "Youth Welfare Officer (Under 9s to Under 15s match days; deputises for the Club Welfare Officer when she is away)",
      "Name: Seth Carrow",
      "Mobile: 07700 900612",
      "",
    ].join("\n");
    expect(namesFor(text, "md", "dsl")).toContain("Nadia Orme");
    expect(namesFor(text, "md", "deputy")).toEqual(["Seth Carrow"]);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
  });
});
