/**
 * A review worked out from a date and an interval says the policy's own words for the interval once (review 7 of
 * issue 11): "… and reviewed every year, so due 14 November 2026" — not again as ("every year") after it — while
 * words the reasoning puts differently ("annually", "bi-annually") are still quoted. As of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const overdue = (text: string) =>
  reviewFindings(text, asOf)
    .filter((f) => f.rule === "review-overdue")
    .map((f) => f.message);

describe("the interval in a worked-out review's message", () => {
  it("is not repeated when the reasoning already says it", () => {
    const [message] = overdue(
      "# Juniors Policy\n\nThis policy was approved on 14 November 2024 and is reviewed every year.\n",
    );
    expect(message).toMatch(
      /^The policy was approved 14 November 2024 and reviewed every year, so due 14 November 2025, which/,
    );
    expect(message.match(/every year/g)).toHaveLength(1);
  });

  it("quotes the policy's own word when the reasoning puts it differently", () => {
    const [message] = overdue(
      "# Juniors Policy\n\nThis policy was approved on 14 November 2024 and is reviewed annually.\n",
    );
    expect(message).toMatch(/reviewed every year, so due 14 November 2025 \("annually"\), which/);
  });
});
