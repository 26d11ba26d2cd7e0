/**
 * A date written as a week ("w/c 30 November 2026", "w/b", "week commencing", "week beginning"): the careful reader
 * counts a month-only date to the month's end and a term to the term's end, so a week to its last day, the Sunday
 * six days after the day named. A review due "w/c 30 November 2026" is due soon on 1 December, overdue only from 7
 * December; training done "w/c 14 October 2024" lapses (24 months) at the end of the week commencing 14 October
 * 2026. Messages name the week, not an invented day. A plain date is unchanged. In our own words; every name is
 * invented.
 */
import { describe, expect, it } from "vitest";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { findDates } from "../../src/audit/text/dates.js";
import { checkSetting, checkText, reviewFindings } from "../helpers/audit-context.js";

function policy(review: string): string {
  return [
    "# Tidewater Rowing Club — Safeguarding Children Policy",
    "",
    "Our Club Welfare Officer is Ms Petra Haldane, 01632 960418.",
    "",
    "The Deputy Welfare Officer is Mr Idris Fenwick, 01632 960419.",
    "",
    review,
    "",
  ].join("\n");
}

const rules = (text: string, asOf: string) => reviewFindings(text, asOf).map((f) => f.rule);

describe("a review due in a named week", () => {
  it("reads w/c, w/b, week commencing and week beginning as the day and the six after it", () => {
    for (const words of [
      "Next review: w/c 30 November 2026",
      "Next review: W/C: 30/11/2026",
      "Next review w/b 30th November 2026",
      "To be reviewed in the week commencing 30 November 2026",
      "Review due week beginning Monday 30 November 2026",
    ]) {
      const [date] = findDates(words);
      expect(date?.date, words).toEqual({ first: "2026-11-30", last: "2026-12-06", precision: "week" });
    }
  });

  it("is due soon, not overdue, while the week lasts, and names the week", () => {
    for (const line of [
      "Next review: w/c 30 November 2026",
      "Review due w/b 30 November 2026",
      "This policy will next be reviewed in the week commencing 30 November 2026.",
      "Date of next review: week beginning 30th November 2026",
    ]) {
      for (const asOf of ["2026-12-01", "2026-12-06"]) {
        const found = reviewFindings(policy(line), asOf);
        expect(
          found.map((f) => f.rule),
          `${line} as of ${asOf}`,
        ).toEqual(["review-due-soon"]);
        expect(found[0].message).toContain(
          "by the end of the week commencing 30 November 2026 (6 December 2026)",
        );
      }
    }
  });

  it("is overdue once the week's Sunday has passed", () => {
    const found = reviewFindings(policy("Next review: w/c 30 November 2026"), "2026-12-07");
    expect(found.map((f) => f.rule)).toEqual(["review-overdue"]);
    expect(found[0].message).toContain("the week commencing 30 November 2026");
  });

  it("leaves a plain date a day: overdue the day after", () => {
    expect(rules(policy("Next review: 30 November 2026"), "2026-12-01")).toEqual(["review-overdue"]);
    expect(rules(policy("Next review: Monday 30 November 2026"), "2026-12-01")).toEqual(["review-overdue"]);
    // A week ending on the day is not a week starting on it.
    expect(findDates("Next review: w/e 30 November 2026")[0]?.date.precision).toBe("day");
    expect(findDates("the week ending 30 November 2026")[0]?.date.precision).toBe("day");
  });

  it("counts a yearly review from the end of the week it was last done in", () => {
    const text = policy(
      "This policy was last reviewed by the committee w/c 1st December 2025 and is reviewed every year.",
    );
    const found = reviewFindings(text, "2026-12-03");
    expect(found.map((f) => f.rule)).toEqual(["review-due-soon"]);
    expect(found[0].message).toContain("last reviewed in the week commencing 1 December 2025");
    expect(rules(text, "2026-12-08")).toEqual(["review-overdue"]);
  });
});

describe("a review week and the setting's data", () => {
  // The data's next_review is the day the document's week starts on: one finding, not two (the engine drops a
  // document's finding whose rule and subject a finding in the setting's data already has).
  const subjectsOf = (found: Array<{ subject?: string }>) => found.map((f) => f.subject);

  it("gives the subject the week's first day would give, as a whole-day date does", () => {
    for (const line of [
      "Next review: w/c 30 November 2026",
      "Review due w/b 30/11/2026",
      "This policy will next be reviewed in the week commencing 30 November 2026.",
    ]) {
      const soon = checkText(reviewDueSoon, policy(line), { asOf: "2026-11-02" });
      const data = checkSetting(
        reviewDueSoon,
        { policy: { written: "2023-09-01", next_review: "2026-11-30" } },
        { asOf: "2026-11-02" },
      );
      expect(subjectsOf(soon), line).toEqual(["next-review 2026-11-30"]);
      expect(subjectsOf(data)).toEqual(subjectsOf(soon));
      const late = checkText(reviewOverdue, policy(line), { asOf: "2026-12-20" });
      const lateData = checkSetting(
        reviewOverdue,
        { policy: { written: "2023-09-01", next_review: "2026-11-30" } },
        { asOf: "2026-12-20" },
      );
      expect(subjectsOf(late), line).toEqual(["next-review 2026-11-30"]);
      expect(subjectsOf(lateData)).toEqual(subjectsOf(late));
    }
  });

  it("still gives a plain day its own subject, and a month none", () => {
    const day = checkText(reviewDueSoon, policy("Next review: 30 November 2026"), { asOf: "2026-11-02" });
    expect(subjectsOf(day)).toEqual(["next-review 2026-11-30"]);
    const month = checkText(reviewDueSoon, policy("Next review: November 2026"), { asOf: "2026-11-02" });
    expect(subjectsOf(month)).toEqual([undefined]);
  });
});

describe("training done in a named week", () => {
  const record = (date: string) =>
    [
      "# Tidewater Rowing Club — Safeguarding Children Policy",
      "",
      "Our Club Welfare Officer is Ms Petra Haldane, 01632 960418.",
      "",
      "## Training",
      "",
      `- Ms Petra Haldane: Level 3 Designated Safeguarding Lead training, ${date}`,
      "",
    ].join("\n");

  it("lapses at the end of the week, not on its first day", () => {
    for (const date of ["w/c 14 October 2024", "w/b 14/10/2024", "week commencing 14th October 2024"]) {
      expect(checkText(trainingStale, record(date), { asOf: "2026-10-18" }), date).toEqual([]);
      const found = checkText(trainingStale, record(date), { asOf: "2026-10-21" });
      expect(found, date).toHaveLength(1);
      expect(found[0].message).toContain("is in the week commencing 14 October 2024");
      expect(found[0].message).toContain(
        "lapsed at the end of the week commencing 14 October 2026 (20 October 2026)",
      );
    }
  });

  it("leaves a plain completion date a day", () => {
    expect(checkText(trainingStale, record("14 October 2024"), { asOf: "2026-10-18" })).toHaveLength(1);
  });
});
