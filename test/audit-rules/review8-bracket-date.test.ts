/**
 * A next-review label with its date in brackets, "Next review (March 2027)", reads that date: the bracket is not an
 * aside to skip when it holds the only date. An aside without a date ("Next review (or sooner if the law changes)
 * March 2027") still reads the date after it. From review 8 (issue 11), in our own words. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const rules = (line: string) =>
  reviewFindings(
    [
      "# Hollins Lane Playgroup — Safeguarding Policy",
      "",
      "This policy is reviewed every year.",
      "",
      line,
      "",
    ].join("\n"),
    asOf,
  ).map((f) => f.rule);

describe("a next review date in brackets", () => {
  it("reads the date inside the brackets", () => {
    expect(rules("Next review (March 2027)")).toEqual([]);
    expect(rules("Next review (March 2026)")).toEqual(["review-overdue"]);
  });

  it("still reads the date after an aside", () => {
    expect(rules("Next review (or sooner if the law changes) March 2027")).toEqual([]);
    expect(rules("Next review (or sooner if the law changes) March 2026")).toEqual(["review-overdue"]);
  });
});
