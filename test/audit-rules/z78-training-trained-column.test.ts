/**
 * A leads' table with a "Trained" column, as the seventy-eighth held-out set wrote it, in our own words; every name
 * is invented: "| Role | Name | Phone | Trained |" over "| Club Welfare Officer | Mr Name | … | Yes (2021) |" and
 * "| Deputy Welfare Officer | Ms Name | … | No (booked for 3 March 2027) |". "Yes (YEAR)" is a record done that
 * year; "No", even with a booking, is no record. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function club(lead: string, deputy: string, second: string, coach = "Yes (2025)"): string {
  return [
    "# Fallowby Canoe Juniors — Safeguarding",
    "",
    "## 2. Our safeguarding team",
    "",
    "| Role | Name | Phone | Trained |",
    "| --- | --- | --- | --- |",
    `| Club Welfare Officer | Mr Idris Quennell-Hart | 07700 900 511 | ${lead} |`,
    `| Deputy Welfare Officer | Ms Sunniva Drake | 07700 900 512 | ${deputy} |`,
    `| Deputy Welfare Officer | Mr Oren Tallis | 07700 900 513 | ${second} |`,
    `| Head Coach | Ms Jia Wen | 07700 900 514 | ${coach} |`,
    "",
  ].join("\n");
}

describe("a leads' table with a 'Trained' column", () => {
  const text = club("Yes (2021)", "Yes (2025)", "No (booked for 3 March 2027)");

  it("reads 'Yes (YEAR)' as a record of that year: the lead's 2021 is out of date", () => {
    const found = checkText(trainingStale, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Quennell-Hart");
  });

  it("reads 'No (booked …)' as no record: the second deputy has no training", () => {
    const found = checkText(trainingMissing, text, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toContain("Oren Tallis");
    expect(checkText(trainingUndated, text, { asOf })).toEqual([]);
  });

  it("reports nothing when everyone's 'Yes' is recent (near miss)", () => {
    const current = club("Yes (2025)", "Yes (2024)", "Yes (2026)");
    expect(checkText(trainingStale, current, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, current, { asOf })).toEqual([]);
    expect(checkText(trainingUndated, current, { asOf })).toEqual([]);
  });

  it("reads 'N/A' as no answer, not as 'No' (near miss)", () => {
    const text = club("Yes (2025)", "Yes (2024)", "Yes (2026)", "N/A");
    expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
  });
});
