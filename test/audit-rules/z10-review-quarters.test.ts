/**
 * Review dates as churches, charities and schools write them (issue 11, the tenth held-out set, in our own words;
 * every name is invented; as of 1 December 2026):
 * - a quarter is a date: "Q3 2025", "third quarter of 2025", "Quarter 2, 2026" run to the end of that calendar
 *   quarter; a quarter of a financial year ("Q3 2026/27", April to March) to the end of that quarter;
 * - a short "Review:" line in a PDF, after a paragraph with no blank line between (a version table and an
 *   approval sentence above it, a running header above those), is still a review line: its date is a term, and a
 *   committee's initials or name in brackets after it ("(GB)", "(Resources Committee)") do not hide it.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { findDates } from "../../src/audit/text/dates.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
/** The review rules' findings, [rule id, message], on Markdown or on a PDF's text. */
const findings = (text: string, format: "md" | "pdf" = "md") =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map((f) => [rule.meta.id, f.message]),
  );

function read(text: string): Array<[string, string, string]> {
  return findDates(text, 0).map((d) => [d.text, d.date.first, d.date.last]);
}

describe("quarters as dates", () => {
  it("reads a calendar quarter as its three months", () => {
    expect(read("Q3 2025")).toEqual([["Q3 2025", "2025-07-01", "2025-09-30"]]);
    expect(read("q1 2027")).toEqual([["q1 2027", "2027-01-01", "2027-03-31"]]);
    expect(read("Q4, 2026")).toEqual([["Q4, 2026", "2026-10-01", "2026-12-31"]]);
    expect(read("the third quarter of 2025")).toEqual([
      ["third quarter of 2025", "2025-07-01", "2025-09-30"],
    ]);
    expect(read("2nd quarter 2026")).toEqual([["2nd quarter 2026", "2026-04-01", "2026-06-30"]]);
    expect(read("Quarter 2, 2026")).toEqual([["Quarter 2, 2026", "2026-04-01", "2026-06-30"]]);
  });

  it("reads a quarter of a financial year from April", () => {
    expect(read("Q3 2026/27")).toEqual([["Q3 2026/27", "2026-10-01", "2026-12-31"]]);
    expect(read("Q4 2025-26")).toEqual([["Q4 2025-26", "2026-01-01", "2026-03-31"]]);
    expect(read("Q1 2025/2026")).toEqual([["Q1 2025/2026", "2025-04-01", "2025-06-30"]]);
  });

  it("reads no quarter that is something else", () => {
    expect(read("Q5 2025")).toEqual([]);
    expect(read("FAQ3 2025")).toEqual([]);
    expect(read("Q3 2025/28")).toEqual([]);
  });
});

describe("a review line whose date is a quarter", () => {
  const policy = (review: string) =>
    [
      "# St Cuthbert's Chapel, Lowmere — Safeguarding Policy",
      "",
      "Agreed by the Chapel Council: 9 April 2024",
      review,
      "",
      "## 1. Our promise",
      "",
      "Everyone who helps with our children's groups follows this policy.",
      "",
    ].join("\n");

  it("reports a past quarter as overdue, to the quarter's end", () => {
    for (const review of [
      "Review: Q3 2025",
      "Next review: third quarter of 2025",
      "Review due: Quarter 3, 2025",
    ]) {
      const found = findings(policy(review));
      expect(
        found.map(([rule]) => rule),
        review,
      ).toEqual(["review-overdue"]);
      expect(found[0][1], review).toMatch(/30 September 2025/);
    }
  });

  it("reports a quarter ending within 60 days as due soon, and a later one not at all", () => {
    expect(findings(policy("Review: Q4 2026")).map(([rule]) => rule)).toEqual(["review-due-soon"]);
    expect(findings(policy("Next review: Q3 2026/27")).map(([rule]) => rule)).toEqual(["review-due-soon"]);
    expect(findings(policy("Review: Q2 2027"))).toEqual([]);
  });

  it("still reports a quarter with no year as a review without a date", () => {
    expect(findings(policy("Review: Q3")).map(([rule]) => rule)).toEqual(["review-date-missing"]);
  });
});

describe("a short review line in a PDF's text, under a version table", () => {
  const pdf = (review: string) =>
    [
      "Ysgol Bryn Aur · Child Protection Policy · v2.1",
      "Bryn Aur Primary —",
      "Child Protection Policy",
      "Version Date Author Changes",
      "1.0 03/03/2023 M. Haf First version",
      "2.1 11/09/2025 D. Ifan Contacts and",
      "training updated",
      "Agreed by the governing body (GB) on 11 September 2025.",
      review,
      "1. Introduction",
      "Bryn Aur is a small primary school in the valley, where every adult keeps",
      "learners safe.",
      "Ysgol Bryn Aur, Heol Fawr · Uncontrolled when printed",
    ].join("\n");

  it("reads a term followed by a committee's initials as the next review", () => {
    for (const review of [
      "Review: Autumn Term 2026 (GB)",
      "Review: Autumn 2026 (Governors)",
      "Policy review: Autumn Term 2026",
      "Review: 20/12/2026 (Resources Committee)",
    ]) {
      expect(
        findings(pdf(review), "pdf").map(([rule]) => rule),
        review,
      ).toEqual(["review-due-soon"]);
    }
  });

  it("reports a past term there as overdue, and takes a dated review line over a change described as a review", () => {
    expect(findings(pdf("Review: Summer Term 2026 (GB)"), "pdf").map(([rule]) => rule)).toEqual([
      "review-overdue",
    ]);
    // A version table's change that starts a printed line with "Review:" gives no date; the dated line decides.
    const text = pdf("Next review date: 20 December 2026").replace(
      "training updated",
      "Review: wording only",
    );
    expect(findings(text, "pdf").map(([rule]) => rule)).toEqual(["review-due-soon"]);
  });
});
