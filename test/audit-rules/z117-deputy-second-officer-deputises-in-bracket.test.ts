/**
 * A club with two welfare officers, the second one's role line saying in its bracket — after other words about the
 * role — that it deputises for, covers for or stands in for the first ("Junior Welfare Officer (Under 8s to Under 14s
 * match days; deputises for the Club Welfare Officer when he is away)", then "Name: …" on the next line). The second
 * officer is the deputy (issue 11, held-out set zz117, in our own words; every name is invented). Near misses: a
 * second officer whose bracket says no such thing, and one who covers for someone other than the lead (a team
 * manager), still leave the club without a named deputy.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (second: string) =>
  [
    "# Kestrel Vale Juniors FC – Safeguarding Policy",
    "",
    "## 2. Our welfare officers",
    "",
    "Club Welfare Officer",
    "Name: Marta Quist",
    "Mobile: 07700 900 321",
    "",
    second,
    "Name: Ivo Brennan",
    "Mobile: 07700 900 322",
    "",
    "Any worry about a child goes to a welfare officer the same day. Each team also has a deputy team manager.",
    "",
  ].join("\n");

describe("a second welfare officer whose bracket says they deputise for the lead", () => {
  const SAYS = [
    "Junior Welfare Officer (Under 8s to Under 14s match days; deputises for the Club Welfare Officer when he is away)",
    "Youth Welfare Officer (girls' section, and covers for the Club Welfare Officer when she is on holiday)",
    "Junior Welfare Officer (match days – stands in for the CWO when she cannot be reached)",
  ];
  for (const format of ["md", "docx"] as const)
    it.each(SAYS)(`is the named deputy (${format}): %s`, (second) => {
      const text = policy(second);
      expect(namesFor(text, format, "dsl")).toContain("Marta Quist");
      expect(namesFor(text, format, "deputy")).toEqual(["Ivo Brennan"]);
      expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
      expect(checkText(deputyMissing, text, { asOf, format })).toEqual([]);
    });

  it("stays quiet about a deputy only when the bracket says the officer stands in for the lead", () => {
    for (const second of [
      "Junior Welfare Officer (Under 8s to Under 14s match days; also deputy team manager for the Under 9s)",
      "Junior Welfare Officer (Under 8s to Under 14s; covers for team managers on match days)",
    ]) {
      const text = `${policy(second)}\nIf the lead is away, a deputy designated safeguarding lead will be appointed.\n`;
      expect(namesFor(text, "md", "deputy"), second).toEqual([]);
      expect(checkText(deputyMissing, text, { asOf }), second).toHaveLength(1);
    }
  });
});
