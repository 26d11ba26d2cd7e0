/**
 * Review 12 (issue 11) of 2534973, in our own words; every name is invented. As of 1 December 2026.
 * - A review label's bracket whose dates are all another event's ("last reviewed …", "approved by …", "adopted …")
 *   is an aside whatever the next cell holds: beside a name or an empty cell the review date is missing, not the
 *   event's date read as the due date (a false review-overdue).
 * - The event in the bracket is the policy's last review or approval: with "annually" or "every year" beside it
 *   the due date is worked out from it (adopted 3 April 2026 + a year = 3 April 2027).
 * - The same on a plain line: "Review date (last reviewed 3 April 2026): Annually".
 * - A bracket with a deadline or a review date of its own still gives it.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

function policy(...review: string[]): string {
  return [
    "# Larkspur Toddler Club — Safeguarding Policy",
    "",
    "Our Designated Safeguarding Lead is Mr Idris Fenwick.",
    "",
    ...review,
    "",
  ].join("\n");
}

const rules = (asOf: string, ...review: string[]) =>
  reviewFindings(policy(...review), asOf).map((f) => f.rule);
const row = (label: string, value: string) => [
  "| Item | Detail |",
  "| --- | --- |",
  `| ${label} | ${value} |`,
];

describe("a review label's bracket that dates another event", () => {
  it("is an aside beside a name or an empty cell: the review date is missing", () => {
    for (const [label, value] of [
      ["Next review (last reviewed 3 April 2026)", "Trustees"],
      ["Next review (policy approved 3 April 2026)", ""],
      ["Review date (approved by the committee on 3 April 2026)", "Chair"],
      ["Next review (adopted 3 April 2026)", "Committee"],
    ]) {
      expect(rules("2026-12-01", ...row(label, value)), `${label} | ${value}`).toEqual([
        "review-date-missing",
      ]);
    }
  });

  it("is the last review or approval the interval counts from", () => {
    for (const [label, value] of [
      ["Review date (approved by the committee on 3 April 2026)", "Every year"],
      ["Next review (annually; adopted 3 April 2026)", "Committee"],
      ["Review date (last reviewed 3 April 2026)", "Annually"],
    ]) {
      expect(rules("2026-12-01", ...row(label, value)), `${label} | ${value}`).toEqual([]);
      expect(rules("2027-06-01", ...row(label, value)), `${label} | ${value}`).toEqual(["review-overdue"]);
    }
  });

  it("is an aside on a plain line too", () => {
    const line = "Review date (last reviewed 3 April 2026): Annually";
    expect(rules("2026-12-01", line)).toEqual([]);
    expect(rules("2027-06-01", line)).toEqual(["review-overdue"]);
    expect(rules("2026-12-01", "Next review (last reviewed 3 April 2026): the trustees")).toEqual([
      "review-date-missing",
    ]);
  });

  it("still gives a deadline or a next review of its own", () => {
    expect(rules("2026-12-01", ...row("Next review (by the end of April 2027)", "Trustees"))).toEqual([]);
    expect(rules("2026-12-01", ...row("Next review (by the end of April 2026)", "Trustees"))).toEqual([
      "review-overdue",
    ]);
    // Another event's date first, then the next review's.
    const both = row("Next review (adopted 3 April 2025; next due 3 April 2027)", "");
    expect(rules("2026-12-01", ...both)).toEqual([]);
    expect(rules("2027-06-01", ...both)).toEqual(["review-overdue"]);
    expect(
      rules("2026-12-01", "Next review (adopted 3 April 2025; next due 3 April 2027): the trustees"),
    ).toEqual([]);
  });
});
