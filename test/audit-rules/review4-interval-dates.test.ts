/**
 * Review of the review-date sharpening (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * - "This policy is reviewed every year at the trustees' meeting on <date>": with a word for how often, the date is
 *   the usual (last) meeting, not the next review; the next is that date plus the interval.
 * - "… and next on <date>": a date after "next" wins over an earlier date in its clause.
 * - "in line with the Partnership's 2024 procedures": the year of a document, not a review date.
 * - "… reviewed every year, most recently on <date>": the last review, from which the due date is worked out.
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
const policy = (review: string) =>
  ["# Harbourside Rowing Club – Safeguarding Policy", "", "## Review", "", review, ""].join("\n");

describe("a present-tense review with a word for how often", () => {
  it("reads the meeting's date as the usual review, due again an interval later", () => {
    expect(
      findings(
        policy("This policy is reviewed every year by the committee at its meeting on 10 November 2026."),
      ),
    ).toEqual([]);
    expect(
      findings(
        policy("Our safeguarding statement is reviewed annually following the club's AGM in October 2026."),
      ),
    ).toEqual([]);
    expect(
      findings(
        policy("This policy is reviewed every two years by the board at its meeting on 2 March 2024."),
      ),
    ).toEqual([["review-overdue", expect.stringMatching(/2 March 2026/)]]);
  });

  it("still reads a present-tense review with no interval as the next review", () => {
    expect(
      findings(policy("This policy is reviewed by the committee at its meeting on 10 November 2026.")),
    ).toEqual([["review-overdue", expect.stringMatching(/10 November 2026/)]]);
  });

  it("reads the last review and the interval together", () => {
    expect(
      findings(policy("This policy is reviewed every year by the committee, most recently on 12 May 2024.")),
    ).toEqual([
      [
        "review-overdue",
        expect.stringMatching(/last reviewed 12 May 2024 and reviewed every year, so due 12 May 2025/),
      ],
    ]);
  });
});

describe("a date after 'next' and a document's year", () => {
  it("takes the date after 'next' over an earlier one", () => {
    expect(
      findings(
        policy(
          "This policy is reviewed annually in line with the Council's 2023 procedures and next on 1 October 2027.",
        ),
      ),
    ).toEqual([]);
    expect(
      findings(policy("This policy is reviewed every year at the AGM in May 2026 and next in March 2026.")),
    ).toEqual([["review-overdue", expect.stringMatching(/March 2026/)]]);
    // A deadline is the next review too.
    expect(
      findings(policy("This policy is reviewed annually by the committee and no later than 31 March 2026.")),
    ).toEqual([["review-overdue", expect.stringMatching(/31 March 2026/)]]);
  });

  it("does not read a document's year as the review date", () => {
    expect(
      findings(
        policy(
          "This policy is reviewed annually in line with the Partnership's 2023 safeguarding procedures.",
        ),
      ),
    ).toEqual([["review-date-missing", expect.stringMatching(/reviewed "annually" but gives no date/)]]);
  });
});
