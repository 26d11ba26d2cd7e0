import { describe, expect, it } from "vitest";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { checkSetting, checkText, excerpts, OLD_POLICY } from "../helpers/audit-context.js";

const asOf = "2026-11-28";
const CURRENT = "| Policy details | |\n|---|---|\n| Next review | 15 September 2027 |\n";

describe("review-date-missing", () => {
  it("reports setting data with no next review", () => {
    const found = checkSetting(reviewDateMissing, { policy: { written: "2024-09-01" } }, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].path).toEqual(["policy"]);
    expect(found[0].message).toMatch(/has no next review date — add policy.next_review/);
    expect(checkSetting(reviewDateMissing, {}, { asOf })).toEqual([]);
  });

  it("reports a policy that never says when it is reviewed", () => {
    const text = "# Child Protection Policy\n\nWe keep children safe.\n";
    const found = checkText(reviewDateMissing, text, { asOf });
    expect(excerpts(found, text)).toEqual(["# Child Protection Policy"]);
    const undated = "This policy will be reviewed every year.\n\n| Next review | No date set |\n";
    expect(excerpts(checkText(reviewDateMissing, undated, { asOf }), undated)).toEqual(["will be reviewed"]);
  });

  it("accepts a policy with a next review date", () => {
    expect(checkText(reviewDateMissing, CURRENT, { asOf })).toEqual([]);
    expect(checkText(reviewDateMissing, OLD_POLICY, { asOf })).toEqual([]);
  });
});

describe("review-overdue", () => {
  it("works out the due date from an approval or last review and 'reviewed annually' in one sentence", () => {
    const approved = "# Statement\n\nApproved by the directors on 14 January 2025 and reviewed annually.\n";
    expect(checkText(reviewOverdue, approved, { asOf })[0]?.message).toMatch(
      /14 January 2025.*so due 14 January 2026/,
    );
    const last =
      "# Policy\n\nIt was last reviewed on 31/8/25 and is reviewed annually before the season starts.\n";
    expect(checkText(reviewOverdue, last, { asOf })[0]?.message).toMatch(
      /31 August 2025.*so due 31 August 2026/,
    );
    expect(checkText(reviewDateMissing, last, { asOf })).toEqual([]);
    // A placeholder in the sentence before ("adopted on [DATE]") does not hide the last review after it.
    const afterBlank = `# Policy\n\nThis policy was adopted on [DATE]. ${last.split("\n\n")[1]}`;
    expect(checkText(reviewOverdue, afterBlank, { asOf })[0]?.message).toMatch(/so due 31 August 2026/);
  });

  it("is not put off by a later row of a document history, which records a change, not a review", () => {
    const text = [
      "| Policy details | |",
      "|---|---|",
      "| Approved | 31 July 2025 |",
      "| Next review | 31 July 2026 |",
      "",
      "The policy is reviewed every year.",
      "",
      "## Document history",
      "",
      "| Date | Version | What changed |",
      "| - | - | - |",
      "| 1 September 2026 | Model 2026.1 | Plainer wording throughout |",
      "| 31 July 2025 | 3.0 | Approved by the committee |",
      "",
    ].join("\n");
    expect(excerpts(checkText(reviewOverdue, text, { asOf }), text)).toEqual(["Next review | 31 July 2026"]);
  });

  it("reports a passed next review in the data", () => {
    const found = checkSetting(reviewOverdue, { policy: { next_review: "2026-09-15" } }, { asOf });
    expect(found).toEqual([
      expect.objectContaining({
        path: ["policy", "next_review"],
        message:
          "Acorns Day Nursery's policy was due for review on 15 September 2026, before 28 November 2026 — review it, then set policy.next_review to the next date",
      }),
    ]);
  });

  it("is quiet on the day itself and after it", () => {
    expect(checkSetting(reviewOverdue, { policy: { next_review: "2026-11-28" } }, { asOf })).toEqual([]);
    expect(checkSetting(reviewOverdue, { policy: { next_review: "2027-09-15" } }, { asOf })).toEqual([]);
  });

  it("reads the ways people write review dates", () => {
    for (const [line, date] of [
      ["Next review date: August 2019", "August 2019"],
      ["Review date: April 2021", "April 2021"],
      ["Next review: June 2023", "June 2023"],
      ["To be reviewed: Summer Term 2018", "Summer Term 2018"],
      ["| Next review | 15 September 2026 |", "15 September 2026"],
      ["Date of next review: 01/09/2024", "01/09/2024"],
      ["Next review due 2026-09-15", "2026-09-15"],
      ["Policy review date:\n\n7th April 2021", "7th April 2021"],
    ]) {
      const found = checkText(reviewOverdue, `${line}\n`, { asOf });
      expect(found, line).toHaveLength(1);
      expect(found[0].excerpt, line).toContain(date.replace(/\n.*/, ""));
    }
    const found = checkText(reviewOverdue, "To be reviewed: Summer Term 2018\n", { asOf });
    expect(found[0].message).toBe(
      "The policy was due for review by Summer Term 2018 (31 July 2018), which is before 28 November 2026 — review the policy, have it approved, and write the new next review date",
    );
  });

  it("counts a month-only date as passed only after the month ends", () => {
    expect(checkText(reviewOverdue, "Next review: November 2026\n", { asOf })).toEqual([]);
    expect(checkText(reviewOverdue, "Next review: October 2026\n", { asOf })).toHaveLength(1);
  });

  it("is quiet for a current policy, past review dates in its history and last-review dates", () => {
    expect(checkText(reviewOverdue, CURRENT, { asOf })).toEqual([]);
    const text =
      "Last review date: 1 September 2025\nDate of last review: 2 March 2024\nNext review date: September 2027\n";
    expect(checkText(reviewOverdue, text, { asOf })).toEqual([]);
    // Two dates: an old one (history) and the current one — the latest decides.
    const history =
      "Reviewed 2023, next review date: September 2024.\n\nNext review date: 15 September 2027\n";
    expect(checkText(reviewOverdue, history, { asOf })).toEqual([]);
  });

  it("reads the header row of a review table", () => {
    const text =
      "| Written | Last reviewed | Next review |\n|---|---|---|\n| 1 May 2019 | 1 May 2020 | 1 May 2021 |\n";
    expect(excerpts(checkText(reviewOverdue, text, { asOf }), text)).toEqual(["1 May 2021"]);
  });
});

describe("review-due-soon", () => {
  it("warns when the review is within 60 days", () => {
    const found = checkSetting(reviewDueSoon, { policy: { next_review: "2027-01-15" } }, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/due for review on 15 January 2027, 48 days away — book the review/);
    const text = "| Next review | 15 January 2027 |\n";
    expect(checkText(reviewDueSoon, text, { asOf })).toHaveLength(1);
  });

  it("uses the days option, and is quiet for passed or distant dates", () => {
    expect(
      checkSetting(reviewDueSoon, { policy: { next_review: "2027-01-15" } }, { asOf, options: { days: 30 } }),
    ).toEqual([]);
    expect(checkSetting(reviewDueSoon, { policy: { next_review: "2026-11-01" } }, { asOf })).toEqual([]);
    expect(checkSetting(reviewDueSoon, {}, { asOf })).toEqual([]);
    expect(checkText(reviewDueSoon, CURRENT, { asOf })).toEqual([]);
    expect(checkText(reviewDueSoon, OLD_POLICY, { asOf })).toEqual([]);
  });
});
