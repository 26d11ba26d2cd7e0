/** review-date-missing: no next review date in the setting's data or in the policy. */
import type { Rule } from "../rule.js";
import { isoDay } from "../text/dates.js";
import { reviewSchedule } from "../text/review.js";
import { firstLine, reportAt } from "./helpers.js";

export const rule: Rule = {
  meta: {
    id: "review-date-missing",
    description:
      'Reports a policy with no next review date. Policies must be reviewed at least once a year; a policy that does not say when it will be reviewed cannot show that it is current. Set the next review date (policy.next_review in the setting\'s file, or a "Next review date" line in the policy). A policy that gives no date but says how often it is reviewed and when it was signed or approved has a due date, and is not reported here.',
    defaultSeverity: "error",
  },
  checkSetting(context) {
    const { policy } = context.setting;
    if (isoDay(policy?.next_review)) return;
    context.report({
      message: `${context.setting.name} has no next review date — add policy.next_review (for example next_review: 2027-09-15) to ${context.setting.source}`,
      path: policy ? ["policy"] : [],
      expected: "policy.next_review: YYYY-MM-DD",
    });
  },
  checkDocument(context) {
    const schedule = reviewSchedule(context.document);
    if (schedule.dated.length > 0 || schedule.due) return;
    // "It will next be looked at at the AGM": the review is stated, in words this cannot date — not missing.
    if (schedule.statements.some((s) => s.inWords)) return;
    const undated = schedule.statements[0];
    if (undated) {
      reportAt(
        context,
        undated.offset,
        undated.endOffset,
        `The policy mentions its review ("${undated.label}") but gives no date — write the date of the next review, for example "Next review date: 15 September 2027"`,
      );
      return;
    }
    const [interval] = schedule.intervals;
    if (interval) {
      reportAt(
        context,
        interval.offset,
        interval.endOffset,
        `The policy says it is reviewed "${interval.text}" but gives no date it was approved or is next due — write the date of the next review, for example "Next review date: 15 September 2027"`,
      );
      return;
    }
    const { offset, endOffset } = firstLine(context);
    reportAt(
      context,
      offset,
      endOffset,
      'The policy does not say when it will next be reviewed — add a line such as "Next review date: 15 September 2027" near the start',
    );
  },
};
