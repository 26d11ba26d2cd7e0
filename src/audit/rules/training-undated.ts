/** training-undated: training listed without the date it was completed. */
import type { Rule } from "../rule.js";
import { isoDay } from "../text/dates.js";
import { nameKey, sameName } from "../text/leads.js";
import { courseKind, courseLabel } from "../text/training.js";
import { analyse, courseInText, reportAt, subjects, trainingWords, whoseTraining } from "./helpers.js";

export const rule: Rule = {
  meta: {
    id: "training-undated",
    description:
      'Reports training recorded without a date, once per person and course: a course listed with no date, with the date left to fill in ("Designated Lead training – date") or with "No date recorded". Without the date nobody can tell whether the training is still current (designated leads must renew theirs every two years): record when each course was completed.',
    defaultSeverity: "error",
  },
  checkSetting(context) {
    for (const [i, lead] of (context.setting.leads ?? []).entries()) {
      for (const [j, record] of (lead.training ?? []).entries()) {
        if (isoDay(record.date)) continue;
        const course = context.partnership.courses.find((c) => c.id === record.course)?.name ?? record.course;
        context.report({
          message: `${lead.name}'s ${trainingWords(course)} has no date — add date: YYYY-MM-DD (the day it was completed) to the record in ${context.setting.source}`,
          path: record.date === undefined ? ["leads", i, "training", j] : ["leads", i, "training", j, "date"],
          expected: "date: YYYY-MM-DD",
          subject: subjects.training(lead.name, course),
        });
      }
    }
  },
  checkDocument(context) {
    // Once per person and course: a table and the body often list the same course twice.
    const reported: Array<{ person: string; kind: string }> = [];
    for (const line of analyse(context.document).training) {
      // A record with only the date it falls due again is training-stale's once that date has passed.
      // A matrix's "Expired" is training-stale's: out of date by the record's own word.
      if (line.date || line.noneRecorded || line.dueDate || line.lapsed) continue;
      const person = nameKey(line.leadName ?? "");
      const kind = courseKind(line.course);
      if (person && reported.some((r) => r.kind === kind && sameName(r.person, person))) continue;
      reported.push({ person, kind });
      const what = courseLabel(line.course);
      const message = `${whoseTraining(what, line.leadName)} is listed without a date`;
      reportAt(
        context,
        line.offset,
        line.endOffset,
        `${message} — write the date it was completed (day, month and year)`,
        {
          subject: line.leadName
            ? subjects.training(
                line.leadName,
                courseInText(line.course, context.partnership.courses)?.name ?? line.course,
              )
            : undefined,
        },
      );
    }
  },
};
