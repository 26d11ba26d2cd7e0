/**
 * "This policy is looked at every year at the club's AGM" with "last adopted at the AGM held on 9th June 2025": a
 * review rule in the passive, so due 9 June 2026 (held-out set zz77, a martial arts gym's junior academy). In our own
 * words; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (review: string) =>
  [
    "# Harbourside Judo – Junior Safeguarding Policy",
    "",
    "Club Welfare Officer: Priya Das, 07700 900318",
    "",
    `${review} It was last adopted at the AGM held on 12th May 2025.`,
    "",
  ].join("\n");

const rules = (review: string) => reviewFindings(policy(review), asOf).map((f) => f.rule);

describe("a passive review rule ('this policy is looked at every year')", () => {
  it("with the adoption date gives a derived due date", () => {
    const findings = reviewFindings(policy("This policy is looked at every year at the club's AGM."), asOf);
    expect(findings.map((f) => [f.rule, f.message])).toEqual([
      ["review-overdue", expect.stringContaining("so due 12 May 2026")],
    ]);
  });

  it("reads 'gone over' and 'will be looked at' the same way", () => {
    expect(rules("Our safeguarding policy is gone over every year by the committee.")).toEqual([
      "review-overdue",
    ]);
    expect(rules("This policy will be looked at again every twelve months.")).toEqual(["review-overdue"]);
  });

  it("near miss: read by every volunteer each year is reading it, not a review", () => {
    expect(
      rules("This policy is looked at by every volunteer each year when they sign the register."),
    ).toEqual(["review-date-missing"]);
  });
});
