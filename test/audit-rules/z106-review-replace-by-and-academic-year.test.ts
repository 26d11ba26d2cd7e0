/**
 * Review shapes from held-out sets zz105/zz106 (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * - A poster's footer "Replace this poster by: 30/06/2026": the date it is to be replaced is its review date; the
 *   date it was printed is not.
 * - A policy for one academic year ("Applies to: school year 2024/25", re-issued every September) is due by the
 *   start of the next one: September 2025.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings, reviewPolicy } from "../helpers/review-findings.js";

const asOf = "2026-12-01";
const findings = (text: string) => reviewFindings(text, { asOf });
const doc = (...body: string[]) => reviewPolicy("Nia Fenwick", "Larkspur Chess Club – Juniors", ...body);

describe("a poster's replace-by date", () => {
  it("is its review date, overdue once passed", () => {
    expect(findings(doc("Leaflet v2 · printed 03/05/2025 · Replace this leaflet by: 30/06/2026"))).toEqual([
      ["review-overdue", expect.stringContaining("30 June 2026")],
    ]);
  });
  it("is not overdue while still to come", () => {
    expect(findings(doc("Poster v2 · printed 03/05/2026 · Replace this poster by: 30/06/2027"))).toEqual([]);
  });
  it("the print date alone is no review date", () => {
    expect(findings(doc("Poster v2 · printed 03/05/2026"))).toEqual([
      ["review-date-missing", expect.stringContaining("does not say when")],
    ]);
  });
});

describe("a policy for one academic year, re-issued each year", () => {
  it("is due by the start of the next academic year", () => {
    const text = doc(
      "**Applies to:** school year 2024/25 (sent to our schools again every September)",
      "**Approved:** 12/02/25",
      "This policy is re-issued for each academic year.",
    );
    expect(findings(text)).toEqual([
      ["review-overdue", expect.stringMatching(/academic year 2024\/25.*September 2025/)],
    ]);
  });
  it("is not overdue during its year", () => {
    const text = doc(
      "**Applies to:** academic year 2026/27 (re-issued every September)",
      "**Approved:** 12/10/26",
    );
    expect(findings(text)).toEqual([]);
  });
  it("two academic years, or a range of them, are not read as the first year alone", () => {
    for (const years of ["2025/26 and 2026/27", "2025/26 – 2026/27", "2025/26 to 2026/27"]) {
      const text = doc(`| Academic year: | ${years} |`, "Written by the committee.");
      expect(findings(text), years).not.toContainEqual(["review-overdue", expect.anything()]);
    }
  });
  it("says nothing of its own when the policy states a longer interval and no date to count it from", () => {
    const text = doc("This policy is for the school year 2025/26. It is reviewed every two years.");
    expect(findings(text)).not.toContainEqual(["review-overdue", expect.anything()]);
  });
  it("a year that something happened in is no policy year", () => {
    const text = doc(
      "In the academic year 2024/25 we ran forty sessions.",
      "This policy is reviewed every year.",
    );
    expect(findings(text)).toEqual([["review-date-missing", expect.stringContaining('"every year"')]]);
  });
});
