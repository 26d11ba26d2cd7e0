/**
 * Review of the interval-date reading (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - A policy that labels its next review ("Next review: September 2026") and elsewhere says it "is reviewed
 *   annually at the committee's November 2026 meeting": the labelled date is the next review. The meeting's date
 *   is only the usual review a due date could be worked out from, and it does not put off a stated next review.
 * - A review that did happen after a stated next review ("most recently on …", "Last reviewed: …") still does.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string) =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format: "md" }).map((f) => [rule.meta.id, f.message]),
  );
const policy = (...lines: string[]) =>
  ["# Millbrook Scout Group – Safeguarding Policy", "", ...lines.flatMap((l) => [l, ""])].join("\n");
const usual =
  "## Review\n\nThis policy is reviewed every year at the executive committee's October 2026 meeting.";

describe("a labelled next review and a present-tense review with a word for how often", () => {
  it("takes the labelled next review over the date worked out from the meeting", () => {
    for (const label of [
      "Next review: August 2026",
      "Review date: August 2026",
      "Due for review: August 2026",
    ]) {
      expect(findings(policy("Adopted: 3 August 2025", label, usual))).toEqual([
        ["review-overdue", expect.stringMatching(/August 2026/)],
      ]);
    }
    expect(
      findings(policy("| Item | Detail |\n| --- | --- |\n| Next review | August 2026 |", usual)),
    ).toEqual([["review-overdue", expect.stringMatching(/August 2026/)]]);
    expect(
      findings(
        policy(
          "Next review: August 2026",
          "## Review\n\nThe policy is reviewed annually by the trustees at their meeting on 12 October 2026.",
        ),
      ),
    ).toEqual([["review-overdue", expect.stringMatching(/August 2026/)]]);
  });

  it("with no labelled next review, still works the due date out from the meeting", () => {
    expect(findings(policy("Adopted: 3 August 2025", usual))).toEqual([]);
  });

  it("still lets a review that took place after the stated date put it off", () => {
    expect(
      findings(
        policy(
          "Next review: August 2026",
          "## Review\n\nThis policy is reviewed every year by the committee, most recently on 9 October 2026.",
        ),
      ),
    ).toEqual([]);
    expect(
      findings(policy("Next review: August 2026", "Last reviewed: 9 October 2026", "Reviewed annually.")),
    ).toEqual([]);
  });
});

describe("a present-tense review with a word for how often and a date still to come", () => {
  it("reads the date as the next review: it cannot be a review that took place", () => {
    expect(
      findings(
        policy(
          "Adopted: 3 August 2025",
          "## Review\n\nThis policy is reviewed annually at the meeting on 11 January 2027.",
        ),
      ),
    ).toEqual([["review-due-soon", expect.stringMatching(/11 January 2027, 41 days away/)]]);
  });

  it("finds nothing when that date is beyond the window, or already past", () => {
    for (const date of ["11 June 2027", "11 November 2026"]) {
      expect(
        findings(
          policy(
            "Adopted: 3 August 2025",
            `## Review\n\nThis policy is reviewed annually at the meeting on ${date}.`,
          ),
        ),
      ).toEqual([]);
    }
  });
});
