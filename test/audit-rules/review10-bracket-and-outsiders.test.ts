/**
 * Review 10 (issue 11) of review 9's review-date fixes, in our own words; every name is invented. As of 1 December
 * 2026.
 * - A table label's bracket is the review date only when it holds just a date ("(April 2027)", "(2027)", "(by April
 *   2027)"); a bracket that mentions a date among other words ("(12 months after approval on 3 April 2026)") is an
 *   aside, and the next cell's date is the review date.
 * - A passive last look by the county's or council's team, the safeguarding partnership or board, the NSPCC, the
 *   diocese or an adviser is an outsider's, not the owner's review; the owner's own safeguarding committee or team
 *   and a church's own council still review it.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(...review: string[]): string {
  return [
    "# Brackenfold Toddler Group — Safeguarding Policy",
    "",
    "Our Designated Safeguarding Lead is Mr Idris Quayle.",
    "",
    ...review,
    "",
  ].join("\n");
}

const rules = (...review: string[]) => reviewFindings(policy(...review), asOf).map((f) => f.rule);
const row = (label: string, value: string) => [
  "| Item | Detail |",
  "| --- | --- |",
  `| ${label} | ${value} |`,
];

describe("a table label's bracket beside the next cell's date", () => {
  it("is an aside when it holds more than a date", () => {
    for (const label of [
      "Next review (12 months after approval on 3 April 2026)",
      "Next review (a year after adoption, 3 April 2026)",
      "Next review (last reviewed April 2025)",
    ]) {
      expect(rules(...row(label, "April 2027")), label).toEqual([]);
      expect(rules(...row(label, "April 2026")), label).toEqual(["review-overdue"]);
    }
  });

  it("is the date when it holds just a date", () => {
    for (const label of ["Next review (April 2025)", "Next review (2025)", "Next review (by April 2025)"]) {
      expect(rules(...row(label, "Agreed by the committee")), label).toEqual(["review-overdue"]);
    }
    for (const label of ["Next review (April 2027)", "Next review (by April 2027)"]) {
      expect(rules(...row(label, "Agreed by the committee")), label).toEqual([]);
    }
  });
});

describe("a passive last look by a body outside the setting", () => {
  it("is not the owner's review", () => {
    for (const who of [
      "the county safeguarding team",
      "the council's safeguarding team",
      "the safeguarding partnership",
      "the Local Safeguarding Children Board",
      "the LSCP",
      "the NSPCC",
      "the diocese",
      "the Diocesan Safeguarding Adviser",
      "an independent safeguarding consultant",
    ]) {
      const text = `This policy was last looked at by ${who} in January 2024. It is reviewed every year.`;
      expect(rules(text), who).toEqual(["review-date-missing"]);
    }
  });

  it("is still the owner's when it is the setting's own committee or a named person", () => {
    for (const who of [
      "our safeguarding committee",
      "the safeguarding sub-group of the committee",
      "Idris Quayle",
      "the management committee",
      "the Parochial Church Council",
      "our safeguarding team",
    ]) {
      const text = `This policy was last looked at by ${who} in January 2024. It is reviewed every year.`;
      expect(rules(text), who).toEqual(["review-overdue"]);
    }
  });
});

describe("'this page' after a link to the setting's own site", () => {
  it("is this page's own date", () => {
    for (const link of [
      "More about us is on [our home page](https://brackenfold.example.org.uk/).",
      "Find us on [our website](https://brackenfold.example.org.uk/about).",
      "Everything else is on this site (https://brackenfold.example.org.uk/).",
    ]) {
      expect(
        rules(`${link} This page was last reviewed on 4 May 2023. It is reviewed every year.`),
        link,
      ).toEqual(["review-overdue"]);
    }
  });

  it("is still another document's date straight after a link to it", () => {
    for (const link of [
      "See the county's [referral guidance](https://county.example/refer).",
      "See the council's referral form (https://county.example/form).",
    ]) {
      expect(
        rules(`${link} This page was last reviewed on 4 May 2023. It is reviewed every year.`),
        link,
      ).toEqual(["review-date-missing"]);
    }
  });
});
