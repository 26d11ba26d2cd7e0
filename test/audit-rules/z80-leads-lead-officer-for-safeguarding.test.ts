/**
 * "Lead Officer for Safeguarding": a charity's name for its designated lead, here in a wide contacts table (Role /
 * Name / Job title / Phone / Email / Available) whose other rows are a trustee and an on-call rota. From the held-out
 * set zz80 (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../../src/audit/rules/lead-missing.js";
import { checkText, namesFor } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function page(rows: string[]): string {
  return [
    "# Brackenfold Tenancy Support – Safeguarding Policy",
    "",
    "## 1. Who is responsible",
    "",
    "| Role | Name | Job title | Phone | Email | Available |",
    "| --- | --- | --- | --- | --- | --- |",
    ...rows,
    "| Trustee for Safeguarding | Neville Okoro | Trustee | 07700 900 455 | board@brackenfold.example.org | by arrangement |",
    "",
    "Every worker passes a concern to the Lead Officer the same day. The Trustee for Safeguarding takes no referrals.",
    "",
    "Her training: Designated Safeguarding Lead (Level 3) – 14/03/2025.",
    "",
  ].join("\n");
}

const LEAD_ROW =
  "| Lead Officer for Safeguarding | Rosalind Pemberton | Operations Manager | 01632 960 411 | r.pemberton@brackenfold.example.org | Mon–Fri 9–5 |";

describe("the Lead Officer for Safeguarding in a wide contacts table", () => {
  for (const format of ["md", "docx", "pdf"] as const)
    it(`is the named lead (${format})`, () => {
      const text = page([LEAD_ROW]);
      expect(namesFor(text, format, "dsl")).toEqual(["Rosalind Pemberton"]);
      expect(checkText(leadMissing, text, { asOf, format })).toEqual([]);
    });

  it("a deputy's row with a stand-in name is no deputy (near miss)", () => {
    const text = page([
      LEAD_ROW,
      "| Deputy Lead Officer | A. N. Other | Support Worker | 01632 960 412 | deputy@brackenfold.example.org | Mon–Fri 9–5 |",
    ]);
    expect(checkText(leadMissing, text, { asOf })).toEqual([]);
    expect(checkText(deputyMissing, text, { asOf }).length).toBe(1);
  });

  it("a lead officer of something else is not the lead (near miss)", () => {
    const text = page([
      "| Lead Officer for Housing | Rosalind Pemberton | Operations Manager | 01632 960 411 | r.pemberton@brackenfold.example.org | Mon–Fri 9–5 |",
    ]);
    expect(checkText(leadMissing, text, { asOf }).length).toBe(1);
  });
});
