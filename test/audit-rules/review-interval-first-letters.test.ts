/**
 * Every way of writing a review interval is still found, whatever letter it starts with and in capitals: the
 * interval expression first checks the letter at each place (a speed step), so a shape missing from that check
 * would silently stop being read.
 */
import { describe, expect, it } from "vitest";
import { findReviewIntervals } from "../../src/audit/text/review.js";

const SHAPES: Array<[string, number]> = [
  ["This policy is reviewed a year after its adoption and then every two years.", 24],
  ["This policy is reviewed biannually.", 24],
  ["This policy is reviewed twice a year.", 6],
  ["This policy is reviewed half-yearly.", 6],
  ["This policy is reviewed six-monthly.", 6],
  ["This policy is reviewed semi-annually.", 6],
  ["This policy is reviewed each spring term.", 12],
  ["This policy is reviewed annually.", 12],
  ["This policy is reviewed yearly.", 12],
  ["This policy is reviewed once a year.", 12],
  ["This policy is reviewed on an annual basis.", 12],
  ["This policy is reviewed half-termly.", 2],
  ["This policy is reviewed termly.", 4],
  ["This policy is reviewed once a term.", 4],
  ["Review cycle: 3 years", 36],
  ["Review period: two years", 24],
  ["This policy is reviewed every three years.", 36],
  ["This policy is reviewed every other year.", 24],
  ["This policy is reviewed biennially.", 24],
  ["This policy is reviewed triennially.", 36],
  ["This policy is reviewed every 18 months.", 18],
  ["Next review: four years after approval by the board", 48],
  ["Next review: 6 months after approval", 6],
  ["THIS POLICY IS REVIEWED ANNUALLY.", 12],
  ["This Policy Is Reviewed Every Two Years.", 24],
  ["This policy is reviewed Once A Term.", 4],
];

describe("findReviewIntervals: every shape, every first letter", () => {
  for (const [text, months] of SHAPES)
    it(text, () => {
      expect(findReviewIntervals(text).map((i) => i.months)).toEqual([months]);
    });
});
