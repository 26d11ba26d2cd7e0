/**
 * Two shapes the session's review found misread (in our own words; every name is invented; as of 1 December 2026):
 * - "In her absence, contact the Local Authority Designated Officer, Mrs Name (…)": an office outside the setting —
 *   someone to ask, not the setting's deputy (the policy still names no deputy);
 * - "Ann completed … on DATE, and Tom the Deputy Lead has not yet done any training; his course is on DATE": a clause
 *   that says no course was done is no record of one (Tom still has no training).
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (...lines: string[]) =>
  ["# Wexcombe Rooms – Safeguarding Policy", "", ...lines, "", "Next review: March 2027.", ""].join("\n");

describe("an office outside the setting, reached in the lead's absence", () => {
  for (const office of [
    "the Local Authority Designated Officer, Mrs Sarah Jones (01632 960 700)",
    "the Diocesan Safeguarding Adviser, Ms Rachel Grant (01632 960 701)",
  ])
    it(`is not the deputy: "${office.slice(0, 40)}…"`, () => {
      const text = policy(
        "Our Safeguarding Officer is Mrs Wenna Carthew (01632 960 411). In her absence, contact " +
          `${office}, or the NSPCC.`,
        "",
        "Wenna completed the Diocese's Leadership Pathway on 3 March 2026.",
      );
      expect(checkText(deputyMissing, text, { asOf }).map((f) => f.message)).toHaveLength(1);
      expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    });
});

describe("a second clause saying no course was done", () => {
  for (const clause of [
    "and Tom the Deputy Lead has not yet done any training; his course is on 9 January 2027.",
    "and Tom the Deputy is due his course on 9 January 2027.",
  ])
    it(`is no record: "${clause.slice(0, 40)}…"`, () => {
      const text = policy(
        "Our Safeguarding Officer is Ann Lee. Our deputy is Tom Ure.",
        "",
        `Ann completed the Level 3 DSL course on 4 March 2025, ${clause}`,
      );
      expect(checkText(trainingMissing, text, { asOf }).map((f) => f.message)).toEqual([
        expect.stringContaining("none for Tom Ure"),
      ]);
    });
});
