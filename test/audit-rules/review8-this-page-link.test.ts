/**
 * "This page was last reviewed …" right after a link is the linked page's date, not the policy's: the policy keeps
 * its review-date-missing. A web page's own closing line, with no link before it, is still its last review. From
 * review 8 (issue 11), in our own words. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const rules = (...closing: string[]) =>
  reviewFindings(
    [
      "# Millbrook Scouts — Safeguarding Policy",
      "",
      "This policy is reviewed every year.",
      "",
      ...closing,
      "",
    ].join("\n"),
    asOf,
  ).map((f) => f.rule);

describe("'this page' after a link", () => {
  it("is the linked page's review, not the policy's", () => {
    expect(
      rules(
        "Use the county's referral form (https://example.org/refer). This page was last reviewed on 4 May 2026.",
      ),
    ).toEqual(["review-date-missing"]);
    expect(
      rules(
        "Read [the county's guidance](https://example.org/guide). This page was last reviewed on 4 May 2026.",
      ),
    ).toEqual(["review-date-missing"]);
  });

  it("without a link before it, is the page's own last review", () => {
    expect(rules("This page was last reviewed on 4 May 2025.")).toEqual(["review-overdue"]);
  });
});
