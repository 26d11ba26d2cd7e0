/**
 * Review shapes from the hundred-and-first held-out set, in our own words; every name is invented. As of
 * 1 December 2026.
 * - Easy Read: "We will look at it again in Spring 2026." is the next review (a term counts to its end).
 * - "next revision due with the main policy in March 2027" is a next review.
 * - Text copied from a PDF with a month broken over a line at a hyphen ("Decem-\nber 2026") is one date.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "../../src/audit/text/dates.js";
import { reviewFindings, reviewPolicy } from "../helpers/review-findings.js";

const asOf = "2026-12-01";
const findings = (text: string) => reviewFindings(text, { asOf });

const doc = (title: string, ...body: string[]) => reviewPolicy("Priya Lantern", title, ...body);

describe("a next review in plain words", () => {
  it("reads 'We will look at it again in Spring 2026' as the next review", () => {
    const text = doc(
      "Staying safe at Tuesday Gang",
      "We made this easy words version in May 2025. We will look at it again in Spring 2026.",
    );
    expect(findings(text)).toEqual([["review-overdue", expect.stringMatching(/Spring 2026/)]]);
  });

  it("reads 'next revision due … in March 2027' as the next review", () => {
    const text = doc(
      "Tarnfield Parents Together – Safeguarding Policy",
      "Forms last revised 3 March 2026 by the Office Manager; next revision due with the main policy in March 2027.",
    );
    expect(findings(text)).toEqual([]);
  });
});

describe("near misses", () => {
  it("takes no next review from another document's next revision", () => {
    const text = doc(
      "Tarnfield Parents Together – Safeguarding Policy",
      "The next revision of the county procedures is expected in March 2027. This policy is reviewed every year.",
    );
    expect(findings(text)).toEqual([["review-date-missing", expect.stringContaining('"every year"')]]);
  });

  it("takes no next review from 'look at it again' after another version", () => {
    const text = doc(
      "Tarnfield Parents Together – Safeguarding Policy",
      "We read this version of the county guidance in May 2025. We will look at it again in Spring 2026.",
    );
    expect(findings(text)).toEqual([["review-date-missing", expect.stringContaining("does not say when")]]);
  });
});

describe("a month broken over a line at a hyphen", () => {
  it("reads 'Decem-\\nber 2026' as one date", () => {
    const text = doc(
      "Tarnfield Kart Club – Safeguarding Policy",
      "Agreed by the committee 20 December 2025. Next review: 20 Decem-\nber 2026.",
    );
    expect(findings(text)).toEqual([
      ["review-due-soon", expect.stringMatching(/20 December 2026, 19 days away/)],
    ]);
  });

  it("finds one date in each of 'Octo-\\nber', 'Feb-\\nruary' and 'Sep-\\ntember'", () => {
    const dates = (text: string) =>
      findDates(text, 0, { allowYear: true }).map((d) => [d.date.first, d.date.last]);
    expect(dates("on 3 Octo-\nber 2025.")).toEqual([["2025-10-03", "2025-10-03"]]);
    expect(dates("in Feb-\nruary 2027 at the AGM")).toEqual([["2027-02-01", "2027-02-28"]]);
    expect(dates("by 1 Sep-\n  tember 2024")).toEqual([["2024-09-01", "2024-09-01"]]);
    // The same lines once joined with a space.
    expect(dates("on 3 Octo- ber 2025.")).toEqual([["2025-10-03", "2025-10-03"]]);
  });

  it("keeps the whole broken date, from its day to its year, as the date's place", () => {
    const text = "Next review: 20 Decem-\nber 2026.";
    const [date] = findDates(text);
    expect(text.slice(date.offset, date.endOffset)).toBe("20 Decem-\nber 2026");
  });

  it("joins no other word broken at a hyphen", () => {
    const dates = (text: string) =>
      findDates(text, 0, { allowYear: true }).map((d) => [d.date.first, d.date.last]);
    expect(dates("every com-\nmittee mem-\nber 2026")).toEqual([["2026-01-01", "2026-12-31"]]);
    expect(dates("Decem-\n\nber 2026")).toEqual([["2026-01-01", "2026-12-31"]]);
    expect(dates("each mem- ber since 2026")).toEqual([["2026-01-01", "2026-12-31"]]);
  });
});
