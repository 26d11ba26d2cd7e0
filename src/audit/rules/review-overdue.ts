/** review-overdue: the next review date has passed. */
import type { Rule } from "../rule.js";
import { formatUk, isoDay } from "../text/dates.js";
import { datedReviews, deadlineWords, reportAt, reviewRange, subjects } from "./helpers.js";

export const rule: Rule = {
  meta: {
    id: "review-overdue",
    description:
      "Reports a policy whose next review date is before the audit date. An out-of-date policy may name people who have left, numbers that have changed and guidance that has been replaced: review it, have it approved again, and set the next review date.",
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
    const { dated, latest } = datedReviews(context.document);
    if (!latest || latest >= context.asOf) return;
    // One finding per date: a page footer repeats "Next review: …" on every page.
    const seen = new Set<string>();
    for (const statement of dated) {
      if (statement.date.date.last >= context.asOf || seen.has(statement.date.date.last)) continue;
      seen.add(statement.date.date.last);
      const [offset, endOffset] = reviewRange(context.document.text, statement);
      reportAt(
        context,
        offset,
        endOffset,
        `The policy was due for review by ${deadlineWords(statement.date)}, which is before ${formatUk(context.asOf)} — review the policy, have it approved, and write the new next review date`,
        {
          actual: statement.date.date.last,
          expected: `on or after ${context.asOf}`,
          subject: subjects.reviewInDocument(statement.date),
        },
      );
    }
  },
};
