/**
 * A next review given as a time counted from the policy's approval or adoption, with that event's date: "| Next
 * review (12 months after approval on 3 April 2026) | |", "Next review: 12 months after approval on 3 April 2025.",
 * "Next review date (two years from adoption on 5 May 2024)". The date is the approval's, not the review's: the
 * review falls due that long after it (3 April 2027, not a false "due for review by 3 April 2026"). A time counted
 * from an event with a review date of its own ("12 months after approval, that is by 3 April 2027", or a date in the
 * next cell) still gives that date. Every name is invented; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { reviewFindings } from "../helpers/audit-context.js";

function findings(...review: string[]): string[] {
  const text = [
    "# Fernlea Youth Choir — Safeguarding Policy",
    "",
    "Our Designated Safeguarding Lead is Ms Orla Penhallow.",
    "",
    ...review,
    "",
  ].join("\n");
  return reviewFindings(text, "2026-12-01").map((f) => `${f.rule}: ${f.message}`);
}
const row = (label: string, value: string) => [
  "| Item | Detail |",
  "| --- | --- |",
  `| ${label} | ${value} |`,
];

describe("a next review counted from the approval", () => {
  it("is due that long after the approval, in a table row or on a line", () => {
    expect(findings(...row("Next review (12 months after approval on 3 April 2026)", ""))).toEqual([]);
    expect(findings("Next review: 12 months after approval on 3 April 2026.")).toEqual([]);
    expect(findings("Next review date (two years from adoption on 5 May 2025): to be set")).toEqual([]);
  });

  it("reports it overdue from the derived date, with the reasoning", () => {
    const [overdue, ...rest] = findings(...row("Next review (12 months after approval on 3 April 2025)", ""));
    expect(rest).toEqual([]);
    expect(overdue).toMatch(
      /^review-overdue: The policy was approved 3 April 2025 and reviewed every year, so due 3 April 2026/,
    );
    expect(findings("Next review date (two years from adoption on 5 May 2024): to be set")).toEqual([
      expect.stringMatching(
        /^review-overdue: The policy was adopted 5 May 2024 and reviewed every two years, so due 5 May 2026/,
      ),
    ]);
  });

  it("still reads a review date the line gives of its own", () => {
    expect(findings("Next review: 12 months after approval, that is by 3 April 2027.")).toEqual([]);
    expect(findings(...row("Next review (12 months after approval on 1 March 2026)", "March 2027"))).toEqual(
      [],
    );
    expect(findings(...row("Next review (12 months after approval on 1 March 2025)", "March 2026"))).toEqual([
      expect.stringMatching(/^review-overdue: The policy was due for review by (the end of )?March 2026/),
    ]);
  });

  it("does not take someone else's approval for the policy's", () => {
    expect(
      findings("Coaches seek approval on 3 April 2025 for away trips.", "Next review: annually."),
    ).toEqual([expect.stringMatching(/^review-date-missing:/)]);
  });

  // Review of 6548a5e (twentieth session): "approval" anywhere, and "N months after approval" about something else.
  it("does not take an event's approval elsewhere in the text for the policy's", () => {
    expect(
      findings(
        "The summer camp went ahead after approval on 2 February 2024 by the trustees.",
        "This policy is reviewed every year.",
      ),
    ).toEqual([expect.stringMatching(/^review-date-missing:/)]);
  });

  it("does not take a time counted from someone else's approval as the policy's review interval", () => {
    expect(
      findings(
        "A helper's trial period is reviewed three months after approval of their application.",
        "Adopted at the committee meeting on 1 June 2026.",
      ),
    ).toEqual([expect.stringMatching(/^review-date-missing:/)]);
    expect(
      findings(
        "A helper's trial period is reviewed three months after approval of their application.",
        "Last reviewed: 1 June 2026.",
      ),
    ).not.toContainEqual(expect.stringMatching(/^review-overdue:/));
  });
});
