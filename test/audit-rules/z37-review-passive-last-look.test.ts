/**
 * A council's or trust's procedure may give its last review in the passive, with the body that did it between the
 * words and the date: "This procedure was last looked at by the Parks Sub-Committee at its meeting on
 * … and is reviewed every year." The date is the last review; a year on, the review is due. A sentence in which
 * staff, not the owners, last looked at something keeps its review-date-missing. From the fortieth held-out set
 * (issue 11), in our own words; every name is invented. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(...review: string[]): string {
  return [
    "# Brackenlea Woodland Club — Child Protection Procedure",
    "",
    "Tell the Child Protection Co-ordinator, Mrs Ailsa Morven, the same day.",
    "",
    "## Review",
    "",
    ...review,
    "",
  ].join("\n");
}

describe("a passive last review with its owner before the date", () => {
  it("reads the date as the last review", () => {
    for (const review of [
      [
        "This procedure was last looked at by the Parks and Open Spaces Sub-Committee at its meeting on 14 August 2025 and is reviewed every year.",
      ],
      ["Our policy has been last gone over by the trustees on 3 July 2025. It is reviewed every year."],
      ["This policy was last revisited by the committee in June 2025 and is reviewed annually."],
    ]) {
      const rules = reviewFindings(policy(...review), asOf).map((f) => f.rule);
      expect(rules, review.join(" ")).toEqual(["review-overdue"]);
    }
  });

  it("keeps review-date-missing when no owner's look at the policy is dated", () => {
    const text = policy(
      "New volunteers last looked at the club's rules at their induction on 14 August 2025. This procedure is",
      "reviewed every year.",
    );
    expect(reviewFindings(text, asOf).map((f) => f.rule)).toEqual(["review-date-missing"]);
  });

  it("keeps review-date-missing when the passive look is an inspector's, not the owners'", () => {
    const text = policy(
      "This procedure was last looked at by the inspector on 14 August 2025 during our inspection. It is reviewed",
      "every year.",
    );
    expect(reviewFindings(text, asOf).map((f) => f.rule)).toEqual(["review-date-missing"]);
  });
});
