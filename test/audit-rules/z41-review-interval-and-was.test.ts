/**
 * review-overdue (issue 11, a review's leftover), in our own words. As of 3 December 2026. A sentence about the
 * policy that gives its interval first and its approval after "and was" ("It is reviewed every year and was
 * adopted on 3 March 2024") works out its due date as "adopted on … and reviewed every year" does. Near miss: a
 * sentence about something else that "was approved" ("The hall is checked every year and was approved …") gives the
 * policy no approval date.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-03";
const findings = (sentence: string) =>
  reviewFindings(`# Larkfield Chess Club — Safeguarding Policy\n\n${sentence}\n`, asOf).map(
    (f) => `${f.rule}: ${f.message}`,
  );

describe("an approval after the interval, joined by 'and was'", () => {
  it("dates the review from the approval", () => {
    for (const [sentence, due] of [
      ["It is reviewed every year and was adopted on 3 March 2024.", "3 March 2025"],
      [
        "This policy is reviewed every two years and was approved by the committee on 9 June 2023.",
        "9 June 2025",
      ],
      [
        "The policy is reviewed annually and has been ratified by the board on 12 January 2025.",
        "12 January 2026",
      ],
    ]) {
      const found = findings(sentence);
      expect(found).toEqual([expect.stringMatching(new RegExp(`^review-overdue: .* so due ${due}`))]);
    }
  });

  it("near miss: another thing approved after 'and was' leaves the policy undated", () => {
    const found = findings(
      "The hall is checked every year and was approved for junior events on 3 March 2024.",
    );
    expect(found).toEqual([expect.stringMatching(/^review-date-missing: /)]);
  });
});
