/**
 * A passive last review names who looked at the policy after "by". Only those who own it review it: the committee,
 * trustees, board, manager or DSL. An inspector, Ofsted, parents or staff looking at it is not a review, so their
 * date is not the policy's last review. From review 8 (issue 11), in our own words; every name is invented. As of
 * 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(...review: string[]): string {
  return [
    "# Larchfield Pre-School — Safeguarding Policy",
    "",
    "Our Designated Safeguarding Lead is Mrs Nessa Holroyd.",
    "",
    ...review,
    "",
  ].join("\n");
}

const rules = (...review: string[]) => reviewFindings(policy(...review), asOf).map((f) => f.rule);

describe("who looked at the policy, in a passive last review", () => {
  it("an inspector's look is not the last review", () => {
    expect(
      rules(
        "This policy was last looked at by the inspector on 12 September 2025 during our inspection. It is reviewed every year.",
      ),
    ).toEqual(["review-date-missing"]);
    expect(
      rules(
        "This policy is reviewed every year. This policy was last looked at by Ofsted inspectors on 4 November 2026.",
      ),
    ).toEqual(["review-date-missing"]);
    expect(
      rules("Our policy was last revisited by Estyn on 4 November 2026 and is reviewed every year."),
    ).toEqual(["review-date-missing"]);
  });

  it("parents' or staff's look is not the last review", () => {
    expect(
      rules(
        "This policy was adopted on 2 April 2026 and is reviewed every year. This document was last looked at by parents at the coffee morning on 12 September 2025.",
      ),
    ).toEqual([]);
    expect(
      rules(
        "This policy was last gone over by all staff at the inset day on 12 September 2025. It is reviewed every year.",
      ),
    ).toEqual(["review-date-missing"]);
  });

  it("still reads the owners' look as the last review", () => {
    for (const review of [
      "This policy was last looked at by the management committee on 12 September 2025 and is reviewed every year.",
      "This policy was last looked at by the Finance and General Purposes Sub-Committee at its meeting on 12 September 2025 and is reviewed every year.",
      "This policy was last revisited by the manager in September 2025. It is reviewed every year.",
      "This policy was last looked at by the board of directors on 12 September 2025. It is reviewed every year.",
    ]) {
      expect(rules(review), review).toEqual(["review-overdue"]);
    }
  });
});
