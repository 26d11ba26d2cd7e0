/**
 * How training-stale words a lapsed course: an expiry that has passed "expired" (not "was due for renewal"), and
 * a course dated in words ("on the fifth of May 2023") is named without the words that led to its date. From
 * the seventh held-out set (issue 11), in our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { courseLabel } from "../../src/audit/text/training.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(cell: string): string {
  return [
    "# Fernhill Scout Group — Safeguarding Policy",
    "",
    "Our Designated Safeguarding Lead is Mrs Olwen Treharne, Group Lead Volunteer (01632 960720).",
    "",
    "| Name | Course | Status |",
    "| --- | --- | --- |",
    `| Olwen Treharne | Designated Safeguarding Lead training | ${cell} |`,
    "",
  ].join("\n");
}

describe("a lapsed course's words", () => {
  it("says an expiry that has passed expired, at the end of its month or on its day", () => {
    const [month] = checkText(trainingStale, policy("Expires: 02/2025"), { asOf });
    expect(month.message).toMatch(
      /^Olwen Treharne's Designated Safeguarding Lead training expired at the end of February 2025, and the policy records no later training/,
    );
    const [day] = checkText(trainingStale, policy("Valid until 14 February 2025"), { asOf });
    expect(day.message).toMatch(/training expired on 14 February 2025, and/);
  });

  it("keeps 'was due for renewal' for a renewal date", () => {
    const [due] = checkText(trainingStale, policy("Renewal due 02/2025"), { asOf });
    expect(due.message).toMatch(/training was due for renewal in February 2025, and/);
  });

  it("names a course without the words before its date", () => {
    expect(courseLabel("Level 3 Designated Safeguarding Lead training on the")).toBe(
      "Level 3 Designated Safeguarding Lead training",
    );
    expect(courseLabel("Safeguarding refresher in")).toBe("Safeguarding refresher");
    expect(courseLabel("Prevent awareness during the")).toBe("Prevent awareness training");
  });
});
