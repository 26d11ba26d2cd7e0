/** review-overdue: the next review date has passed (stated, or worked out from the last approval and the review interval). */
import type { DocumentContext, Rule } from "../rule.js";
import { formatUk, isoDay } from "../text/dates.js";
import {
  type DatedReview,
  derivedReasoning,
  reviewSchedule,
  runningReviews,
  statedDateWords,
} from "../text/review.js";
import { deadlineWords, reportAt, reviewRange, subjects } from "./helpers.js";

export const rule: Rule = {
  meta: {
    id: "review-overdue",
    description:
      'Reports a policy whose next review date is before the audit date — the date the policy states, or, when it states only how often it is reviewed ("reviewed every year"), the date it was last signed, approved or reviewed plus that interval — and a review date in the page footer or header that has passed while the policy gives a later one ("Review date: May 2026" on every page, "Next review: May 2027" in the text). An out-of-date policy may name people who have left, numbers that have changed and guidance that has been replaced: review it, have it approved again, and set the next review date.',
    defaultSeverity: "error",
  },
  checkSetting(context) {
    const next = isoDay(context.setting.policy?.next_review);
    if (!next || next >= context.asOf) return;
    context.report({
      message: `${context.setting.name}'s policy was due for review on ${formatUk(next)}, before ${formatUk(context.asOf)} — review it, then set policy.next_review to the next date`,
      path: ["policy", "next_review"],
      actual: next,
      subject: subjects.nextReview(next),
      expected: `on or after ${context.asOf}`,
    });
  },
  checkDocument(context) {
    const { due } = reviewSchedule(context.document);
    if (due?.statement && due.date >= context.asOf) {
      staleRunningReview(context, due.statement);
      return;
    }
    if (!due || due.date >= context.asOf) return;
    // One finding: a page footer repeats "Next review: …" on every page, and only the latest date counts.
    if (due.statement) {
      const [offset, endOffset] = reviewRange(context.document.text, due.statement);
      reportAt(
        context,
        offset,
        endOffset,
        `The policy was due for review by ${deadlineWords(due.statement.date)}, which is before ${formatUk(context.asOf)} — review the policy, have it approved, and write the new next review date`,
        {
          actual: due.date,
          expected: `on or after ${context.asOf}`,
          subject: subjects.reviewInDocument(due.statement.date),
        },
      );
      return;
    }
    if (!due.derived) return;
    const [offset, endOffset] = reviewRange(context.document.text, due.derived.anchor);
    const reasoning = derivedReasoning(due.derived);
    // The policy's own words for the interval, unless the reasoning already says them ("reviewed every year").
    const words = due.derived.interval.text;
    const quoted = reasoning.toLowerCase().includes(words.toLowerCase()) ? "" : ` ("${words}")`;
    reportAt(
      context,
      offset,
      endOffset,
      `The policy was ${reasoning}${quoted}, which is before ${formatUk(context.asOf)} — review the policy, have it approved, and write the next review date on it`,
      { actual: due.date, expected: `on or after ${context.asOf}` },
    );
  },
};

/**
 * "Review date: May 2026" in the page footer, "Next review: May 2027" in the policy: every printed page says the
 * policy is out of date, and the policy disagrees with itself. Reported once, at the footer's date.
 */
function staleRunningReview(context: DocumentContext, latest: DatedReview): void {
  const [stale] = runningReviews(
    context.document,
    (s) => s.date.date.last < context.asOf && s.date.date.last < latest.date.date.first,
  );
  if (!stale) return;
  const where = `page ${stale.region}`;
  const said = statedDateWords(stale.statement.date);
  const [offset, endOffset] = reviewRange(context.document.text, stale.statement);
  reportAt(
    context,
    offset,
    endOffset,
    `The ${where} gives the policy's review date as ${said}, which has passed (as of ${formatUk(context.asOf)}), but the policy says its next review is ${statedDateWords(latest.date)} — correct the ${where} so that every page gives the same date (or, if ${said} was right, review the policy now)`,
    { actual: stale.statement.date.date.last, expected: latest.date.date.last },
  );
}
