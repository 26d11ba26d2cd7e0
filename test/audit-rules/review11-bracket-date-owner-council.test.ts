/**
 * Review 11 (issue 11) of review 10's review-date fixes, in our own words; every name is invented. As of 1 December
 * 2026.
 * - A table label's bracket that mentions a date among other words is an aside only when the next cell holds a
 *   date of its own; beside an empty cell or a name, the bracket's date is the review date.
 * - A passive last look "by …" that names the setting's own body (its committee, trustees, board, management,
 *   union, governors, or "our …") is the owner's, even when "council" or "county" is among its words; only a
 *   county, local, borough, district or city council, "the council's …" or the local authority is an outsider.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(...review: string[]): string {
  return [
    "# Heronsgate Playgroup — Safeguarding Policy",
    "",
    "Our Designated Safeguarding Lead is Ms Petra Voss.",
    "",
    ...review,
    "",
  ].join("\n");
}

const rules = (...review: string[]) => reviewFindings(policy(...review), asOf).map((f) => f.rule);
const table = (label: string, value: string, head = "| Policy adopted | 3 September 2026 |") => [
  head,
  "| --- | --- |",
  `| ${label} | ${value} |`,
];

describe("a table label's bracket with a date among other words", () => {
  it("is the review date when the next cell holds no date", () => {
    for (const label of [
      "Next review (by the end of April 2027)",
      "Next review (after the AGM, April 2027)",
    ]) {
      for (const value of ["Trustees", ""]) {
        expect(rules(...table(label, value)), `${label} | ${value}`).toEqual([]);
      }
    }
    for (const label of [
      "Next review (by the end of April 2026)",
      "Next review (after the AGM, April 2026)",
    ]) {
      for (const value of ["Trustees", ""]) {
        expect(rules(...table(label, value, "| Item | Detail |")), `${label} | ${value}`).toEqual([
          "review-overdue",
        ]);
      }
    }
    expect(rules(...table("Next review (12 months after approval on 3 April 2024)", ""))).not.toContain(
      "review-date-missing",
    );
  });

  it("is still an aside when the next cell holds a date", () => {
    const label = "Next review (12 months after approval on 3 April 2026)";
    expect(rules(...table(label, "April 2027"))).toEqual([]);
    expect(rules(...table(label, "April 2026", "| Item | Detail |"))).toEqual(["review-overdue"]);
  });
});

const look = (who: string, date: string) =>
  rules(`This policy is reviewed every year. This policy was last looked at by ${who} on ${date}.`);

describe("a passive last look by the setting's own body", () => {
  it("is the owner's review even with 'council' or 'county' among its words", () => {
    for (const who of [
      "the Council of Management",
      "the committee of Wexcombe County Youth FC",
      "the Students' Union Council",
      "our Safeguarding Advisor",
      "the parish council",
      "the trustees",
    ]) {
      expect(look(who, "2 October 2026"), who).toEqual([]);
      expect(look(who, "2 October 2025"), who).toEqual(["review-overdue"]);
    }
  });

  it("is still an outsider's when it names an outside council or authority", () => {
    for (const who of [
      "the county council",
      "the council's safeguarding officer",
      "the local council",
      "the local authority",
      "the county safeguarding team",
      "the Diocesan Safeguarding Adviser",
      "the Local Safeguarding Children Board",
    ]) {
      expect(look(who, "2 October 2025"), who).toEqual(["review-date-missing"]);
    }
  });
});
