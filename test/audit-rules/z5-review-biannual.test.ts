/**
 * "Biannual" as a policy's review interval. In UK usage it means twice a year, but policies also write it for
 * every two years (biennial). Precision first: the audit reads it as every two years — the later of its two
 * meanings — so a policy it calls overdue is overdue whichever was meant, and the message says so. Words that
 * can only mean twice a year ("twice a year", "half-yearly", "six-monthly", "semi-annually") are six months. In our own words;
 * as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { findReviewIntervals } from "../../src/audit/text/review.js";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string) => reviewFindings(text, asOf);

function policy(lines: string[]): string {
  return [
    "# Saltmarsh Sailing Club — Safeguarding Young Sailors",
    "",
    "Our welfare officer is Gwen Pardoe-Hale, who runs the cadet fleet.",
    "",
    ...lines,
    "",
  ].join("\n");
}

describe("'biannual' as the review interval", () => {
  it("reads 'biannually', 'bi-annual' and 'biannual' as every two years", () => {
    for (const words of [
      "This policy is reviewed biannually.",
      "The policy is reviewed on a bi-annual basis.",
      "| Review | Biannual |",
    ])
      expect(
        findReviewIntervals(words).map((i) => i.months),
        words,
      ).toEqual([24]);
  });

  it("reports a policy approved more than two years ago as overdue, saying how 'biannually' was read", () => {
    const found = findings(
      policy(["This policy is reviewed biannually.", "", "Approved by the committee: 4 June 2023"]),
    );
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(found[0].message).toContain(
      'approved 4 June 2023 and reviewed "biannually" (every two years at the latest), so due 4 June 2025',
    );
  });

  it("says nothing of a policy approved a year ago: it may have meant every two years", () => {
    expect(
      findings(policy(["This policy is reviewed biannually.", "", "Approved by the committee: 4 June 2025"])),
    ).toEqual([]);
  });

  it("reads words that can only mean twice a year as six months", () => {
    for (const words of [
      "This policy is reviewed twice a year.",
      "This policy is reviewed half-yearly.",
      "Review of this policy: six-monthly.",
      "This policy is reviewed semi-annually.",
    ]) {
      const found = findings(policy([words, "", "Approved by the committee: 4 March 2026"]));
      expect(
        found.map((f) => f.rule),
        words,
      ).toEqual(["review-overdue"]);
      expect(found[0].message).toContain("reviewed every 6 months, so due 4 September 2026");
    }
  });

  it("leaves twice-a-year duties that are not the policy's review alone", () => {
    expect(findReviewIntervals("Risk assessments for the boats are reviewed twice a year.")).toEqual([]);
  });
});
