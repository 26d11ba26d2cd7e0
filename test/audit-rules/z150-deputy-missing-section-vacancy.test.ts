/**
 * deputy-missing (held-out set zz150, in our own words; every name is invented; as of 1 December 2026): a two-column
 * table of each section's welfare officer, whose header calls them deputies to the club's welfare officer — one
 * section's cell is "vacancy – contact the Club Welfare Officer". "Vacancy" stands where the name should be, as
 * "Vacant" or "TBC" does: that section has no deputy. Near miss: a named officer in every row is no finding.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (rows: string[]) =>
  [
    "# Pennock Vale Rugby and Netball Club – Safeguarding Policy",
    "",
    "## 2. Who to talk to",
    "",
    "Club Welfare Officer",
    "Name: Bronwen Aldous-Keane – 07700 900 610",
    "",
    "Each section also has its own Welfare Officer, who deputises for the Club Welfare Officer in that section:",
    "",
    "| Section | Section Welfare Officer (deputy to the Club Welfare Officer) |",
    "|---|---|",
    ...rows,
    "",
    "Next review: March 2027.",
    "",
  ].join("\n");

describe("a section's deputy cell that says 'vacancy'", () => {
  it("is reported: the section has no deputy", () => {
    const text = policy([
      "| Junior Rugby | Idris Penhaligon – 07700 900 611 |",
      "| Junior Netball | vacancy – contact the Club Welfare Officer |",
    ]);
    const messages = checkText(deputyMissing, text, { asOf }).map((f) => f.message);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(/vacancy/i);
  });

  it("near miss: a named officer in every row is no finding", () => {
    const text = policy([
      "| Junior Rugby | Idris Penhaligon – 07700 900 611 |",
      "| Junior Netball | Saoirse Mulcahy – 07700 900 612 |",
    ]);
    expect(checkText(deputyMissing, text, { asOf })).toEqual([]);
  });
});
