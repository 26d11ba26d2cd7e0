/**
 * A review rule that names a season or term instead of a number: "This policy is reviewed each summer term",
 * "reviewed every spring", "looked at again each January". Said of the policy's review, each names a yearly
 * interval, so together with a last-reviewed or approval date it gives a due date, as "annually" does: the policy
 * is not missing its review date, and is overdue or due soon by that date. Duties that are not the policy's
 * review ("first-aid certificates are checked each spring") give no interval. In our own words; every name is
 * invented; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { findReviewIntervals } from "../../src/audit/text/review.js";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string) => reviewFindings(text, asOf);

function policy(lines: string[]): string {
  return [
    "# Brackenbury Forest School — Keeping Children Safe Outdoors",
    "",
    "Our designated safeguarding lead is Morwenna Tilley-Shaw, the forest school leader.",
    "",
    ...lines,
    "",
  ].join("\n");
}

describe("a review rule that names a season or a term", () => {
  it("reads 'each summer term', 'every spring', 'each autumn' and 'every January' as yearly", () => {
    for (const words of [
      "This policy is reviewed each summer term by the trustees.",
      "The policy is reviewed every spring, before the Easter camps.",
      "We review this policy each autumn.",
      "This policy is reviewed in full every Lent term.",
      "The trustees review this policy every January.",
    ])
      expect(
        findReviewIntervals(words).map((i) => i.months),
        words,
      ).toEqual([12]);
  });

  it("reports a policy last reviewed more than a year ago as overdue, not as missing its review date", () => {
    const found = findings(
      policy([
        "## Keeping this policy up to date",
        "",
        "The policy is reviewed every summer term by the trustees.",
        "",
        "Date last reviewed: 9 June 2025",
      ]),
    );
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(found[0].message).toContain(
      "last reviewed 9 June 2025 and reviewed every year, so due 9 June 2026",
    );
  });

  it("warns when the year from the last review ends within the coming weeks", () => {
    const found = findings(
      policy([
        "This policy is reviewed each winter by the committee.",
        "",
        "Last reviewed: 20 December 2025",
      ]),
    );
    expect(found.map((f) => f.rule)).toEqual(["review-due-soon"]);
    expect(found[0].message).toContain("so due 20 December 2026");
  });

  it("says nothing of a policy reviewed this year", () => {
    expect(
      findings(policy(["This policy is reviewed each spring term.", "", "Last reviewed: 11 March 2026"])),
    ).toEqual([]);
  });

  it("reads a season as the interval only in the clause that says the policy is reviewed", () => {
    for (const words of [
      "This policy covers the residential trip each summer; it is reviewed by the committee every two years.",
      "This policy applies at the holiday club every August, and the trustees review it every three years.",
    ])
      expect(
        findReviewIntervals(words).map((i) => i.text),
        words,
      ).toEqual([expect.stringMatching(/^every (?:two|three) years$/)]);
  });

  it("gives no interval for duties that are not the policy's review", () => {
    for (const words of [
      "First-aid certificates are reviewed each spring.",
      "Risk assessments for the woodland site are reviewed every autumn.",
      "We hold a family picnic every summer.",
    ])
      expect(findReviewIntervals(words), words).toEqual([]);
  });
});
