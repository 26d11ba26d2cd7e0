/**
 * From the twenty-ninth and thirtieth held-out sets (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 * - A vague review date made sharp by the words after it: "at the close of the 2026 sailing season (September
 *   2026)" is September 2026, not the end of 2026; "after the 2025/26 term, and no later than May 2026" is May 2026.
 *   A date of another event in brackets ("2027 (approved March 2026)") leaves the first alone.
 * - A month after a possessive ("the Board's March 2026 meeting") is a month, not a section number ("s 12").
 * - A review in the present tense with its date ("This policy is reviewed by the trustees at their meeting on 20
 *   January 2027") and a "next:" in a sentence about the review ("… each year (next: May 2027)") are next reviews;
 *   the same words with no date ("This policy is reviewed every year") are not.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const findings = (text: string, format: "md" | "pdf" = "md") =>
  [reviewDateMissing, reviewOverdue, reviewDueSoon].flatMap((rule) =>
    checkText(rule, text, { asOf, format }).map((f) => [rule.meta.id, f.message]),
  );

const policy = (review: string) =>
  [
    "# Tidewater Sailing Club – Junior Safeguarding Policy",
    "",
    review,
    "",
    "## Our promise",
    "",
    "Every junior sailor is on the water with two instructors in the safety boat, and parents may watch from the slipway.",
    "",
  ].join("\n");

describe("a vague review date made sharp by the words after it", () => {
  it("reads a finer date in brackets inside the year", () => {
    expect(
      findings(policy("**Next review:** at the close of the 2026 sailing season (September 2026)")),
    ).toEqual([["review-overdue", expect.stringMatching(/end of September 2026/)]]);
    expect(
      findings(
        policy("| Next review | Wrth gau'r tymor, 2026 (at the close of the September 2026 regatta) |"),
      ),
    ).toEqual([["review-overdue", expect.stringMatching(/end of September 2026/)]]);
    // A PDF's line break inside the brackets.
    expect(
      findings(
        policy("Next review: at the close of the 2026 season (in\nSeptember 2026), before the AGM"),
        "pdf",
      ),
    ).toEqual([["review-overdue", expect.stringMatching(/September 2026/)]]);
  });

  it("reads a deadline written as the latest one", () => {
    expect(
      findings(policy("Next review: after the 2025/26 sailing year, and by May 2026 at the latest.")),
    ).toEqual([["review-overdue", expect.stringMatching(/end of May 2026/)]]);
    expect(
      findings(
        policy("Next review: in 2027 once the new clubhouse opens, and no later than 15 January 2027."),
      ),
    ).toEqual([["review-due-soon", expect.stringMatching(/15 January 2027/)]]);
  });

  it("leaves the year alone when the later date is another event's or outside it", () => {
    expect(findings(policy("Next review: 2027 (approved by the committee in March 2026)"))).toEqual([]);
    expect(findings(policy("Next review: 2026 (last reviewed May 2026)"))).toEqual([
      ["review-due-soon", expect.stringMatching(/31 December 2026/)],
    ]);
  });
});

describe("a month after a possessive", () => {
  it("is read as a month", () => {
    expect(
      findings(policy("This policy will next be reviewed at the Board's October 2026 meeting.")),
    ).toEqual([["review-overdue", expect.stringMatching(/October 2026/)]]);
  });
});

describe("a next review in other words", () => {
  it("reads a present-tense review with its date", () => {
    expect(
      findings(
        policy(
          "This policy is reviewed by the Trustees' Youth Sub-Committee at its meeting on 20 January 2027.",
        ),
      ),
    ).toEqual([["review-due-soon", expect.stringMatching(/20 January 2027/)]]);
    expect(
      findings(
        policy("Our safeguarding statement is reviewed by the trustees at their meeting on 3 March 2026."),
      ),
    ).toEqual([["review-overdue", expect.stringMatching(/3 March 2026/)]]);
  });

  it("reads 'next:' in a sentence about the review", () => {
    expect(
      findings(
        policy(
          "Agreed by the club committee on 9 May 2026. Reviewed at the committee's May meeting every year (next: May 2027).",
        ),
      ),
    ).toEqual([]);
    expect(findings(policy("Reviewed by the committee each spring – next: March 2026."))).toEqual([
      ["review-overdue", expect.stringMatching(/March 2026/)],
    ]);
  });

  it("reads nothing from the same words with no date; a past review's date with the interval gives the due date", () => {
    expect(findings(policy("This policy is reviewed every year by the committee."))).toEqual([
      ["review-date-missing", expect.stringMatching(/says it is reviewed "every year" but gives no date/)],
    ]);
    expect(
      findings(policy("This policy is reviewed every year by the committee, most recently on 4 June 2024.")),
    ).toEqual([
      [
        "review-overdue",
        expect.stringMatching(
          /^The policy was last reviewed 4 June 2024 and reviewed every year, so due 4 June 2025, which is before 1 December 2026/,
        ),
      ],
    ]);
    expect(findings(policy("Next: the welfare officer's contact details."))).toEqual([
      ["review-date-missing", expect.stringMatching(/does not say/)],
    ]);
  });
});
