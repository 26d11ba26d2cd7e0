/** review-due-soon: the next review falls within the next few weeks. */
import { differenceInCalendarDays, parseISO } from "date-fns";
import type { Rule } from "../rule.js";
import { formatUk, isoDay } from "../text/dates.js";
import { derivedReasoning, reviewSchedule, usualNextReview } from "../text/review.js";
import { deadlineWords, numberOption, reportAt, reviewRange, subjects } from "./helpers.js";

const DEFAULT_DAYS = 60;

function daysUntil(asOf: string, date: string): number {
  return differenceInCalendarDays(parseISO(date), parseISO(asOf));
}

function inDays(days: number): string {
  return days === 0 ? "that is today" : days === 1 ? "that is tomorrow" : `${days} days away`;
}

export const rule: Rule = {
  meta: {
    id: "review-due-soon",
    description:
      "Warns when the next review date is close (within 60 days by default, option `days`), so that the review and its approval can be booked before the policy goes out of date.",
    defaultSeverity: "warning",
    optionsSchema: {
      type: "object",
      properties: { days: { type: "integer", minimum: 1 } },
      additionalProperties: false,
    },
    defaultOptions: { days: DEFAULT_DAYS },
  },
  checkSetting(context) {
    const next = isoDay(context.setting.policy?.next_review);
    const window = numberOption(context.options, "days", DEFAULT_DAYS);
    if (!next || next < context.asOf) return;
    const days = daysUntil(context.asOf, next);
    if (days > window) return;
    context.report({
      message: `${context.setting.name}'s policy is due for review on ${formatUk(next)}, ${inDays(days)} — book the review and the approval now, then update policy.next_review`,
      path: ["policy", "next_review"],
      actual: next,
      subject: subjects.nextReview(next),
    });
  },
  checkDocument(context) {
    const schedule = reviewSchedule(context.document);
    const { due } = schedule;
    const window = numberOption(context.options, "days", DEFAULT_DAYS);
    // "… is reviewed annually at the meeting on 14 January 2027": a usual date still to come is the next review.
    const upcoming = usualNextReview(schedule, context.asOf);
    const date = upcoming?.date.date.last ?? due?.date;
    if (!due || !date || date < context.asOf) return;
    const days = daysUntil(context.asOf, date);
    // "Next review: January 2027": the review falls in that month, so it is close once the month's first day is.
    const month = !upcoming && due.statement?.date.date.precision === "month";
    const start = month && due.statement ? due.statement.date.date.first : date;
    if (days > window && daysUntil(context.asOf, start) > window) return;
    // Once: a page footer repeats "Next review: …" on every page.
    if (due.statement) {
      const [offset, endOffset] = reviewRange(context.document.text, due.statement);
      reportAt(
        context,
        offset,
        endOffset,
        `The policy is due for review by ${deadlineWords(due.statement.date)}, ${inDays(days)} (as of ${formatUk(context.asOf)}) — book the review and its approval now`,
        { actual: due.date, subject: subjects.reviewInDocument(due.statement.date) },
      );
      return;
    }
    if (!due.derived) return;
    if (upcoming) {
      const [offset, endOffset] = reviewRange(context.document.text, upcoming);
      reportAt(
        context,
        offset,
        endOffset,
        `The policy is reviewed ${due.derived.interval.text} and its next review is ${deadlineWords(upcoming.date)}, ${inDays(days)} (as of ${formatUk(context.asOf)}) — book the review and its approval now`,
        { actual: date, subject: subjects.reviewInDocument(upcoming.date) },
      );
      return;
    }
    const [offset, endOffset] = reviewRange(context.document.text, due.derived.anchor);
    reportAt(
      context,
      offset,
      endOffset,
      `The policy was ${derivedReasoning(due.derived)}, ${inDays(days)} (as of ${formatUk(context.asOf)}) — book the review and its approval now, and write the next review date on it`,
      { actual: due.date },
    );
  },
};
