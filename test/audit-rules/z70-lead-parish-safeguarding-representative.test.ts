/**
 * The Catholic Church in England and Wales calls a parish's safeguarding lead its "Parish Safeguarding
 * Representative" (the Catholic Safeguarding Standards Agency's standards and the dioceses' parish handbooks), and
 * the one who stands in an "Assistant Parish Safeguarding Representative". A policy naming them names its lead and
 * deputy. From the seventieth held-out set (issue 11), in our own words; every name is invented. Near misses keep
 * their findings: the role reached only through the parish office (no name), and a bell tower's or a board's
 * "Safeguarding Representative", which is not the parish's lead.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, leadNamesOf } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(contacts: string[]): string {
  return [
    "# Our Lady of the Fields, Wexcombe — Safeguarding Policy for Young Musicians and Servers",
    "",
    "## Who to talk to",
    "",
    ...contacts,
    "",
    "Any worry about a child goes to the Parish Safeguarding Representative the same day.",
    "",
  ].join("\n");
}

const found = (rule: typeof leadMissing, text: string) => checkText(rule, text, { asOf }).length;

describe("the Parish Safeguarding Representative", () => {
  const named = policy([
    "Parish Safeguarding Representative: Mrs Siobhán Dwyer — 01632 960 441",
    "",
    "Assistant Parish Safeguarding Representative: Mr Tomás O'Hare — 07700 900 852",
  ]);

  it("is the lead, and the assistant the deputy, names with accents and apostrophes read", () => {
    expect(leadNamesOf(named, "dsl")).toContain("Mrs Siobhán Dwyer");
    expect(leadNamesOf(named, "deputy")).toContain("Mr Tomás O'Hare");
  });

  for (const format of ["md", "docx", "pdf"] as const)
    it(`no lead-missing or deputy-missing finding (${format})`, () => {
      expect(checkText(leadMissing, named, { asOf, format })).toEqual([]);
      expect(checkText(deputyMissing, named, { asOf, format })).toEqual([]);
    });

  it("is the lead in a sentence", () => {
    const text = policy([
      "Our Parish Safeguarding Representative is Mr Declan Ó Riordáin (07700 900 853), and his assistant is named below.",
      "",
      "Assistant Parish Safeguarding Representative: Ms Ama Boateng",
    ]);
    expect(found(leadMissing, text)).toBe(0);
    expect(found(deputyMissing, text)).toBe(0);
  });

  it("near miss: the post reached only through the parish office is lead-missing, the assistant still the deputy", () => {
    const text = policy([
      "The Parish Safeguarding Representative can be reached through the parish office on 01632 960 440.",
      "",
      "Assistant Parish Safeguarding Representative: Mr Tomás O'Hare — 07700 900 852",
    ]);
    expect(found(leadMissing, text)).toBe(1);
    expect(found(deputyMissing, text)).toBe(0);
    expect(leadNamesOf(text, "deputy")).toContain("Mr Tomás O'Hare");
  });

  it("near miss: a tower's or a board's Safeguarding Representative is not the parish's lead", () => {
    const text = [
      "# Wexcombe Tower Ringers — Safeguarding Policy",
      "",
      "Tower Safeguarding Representative: Mrs Hilda Varley",
      "",
      "The Board's safeguarding representative checks the policy each year.",
      "",
    ].join("\n");
    expect(found(leadMissing, text)).toBe(1);
    expect(found(deputyMissing, text)).toBe(1);
  });
});
