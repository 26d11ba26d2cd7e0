/** training-stale: a lead's latest completion of a course is older than the course stays valid. */
import type { Course } from "../../model.js";
import type { Rule } from "../rule.js";
import { addMonthsToIso, describeLooseDate, formatUk, isoDay } from "../text/dates.js";
import { nameKey, type TrainingLine, titleKey } from "../text/find.js";
import {
  analyse,
  courseInText,
  numberOption,
  reportAt,
  subjects,
  trainingLabel,
  trainingWords,
  whoseTraining,
} from "./helpers.js";

const DEFAULTS = { dsl_months: 24, default_months: 36 };

/** How many months a completion stays valid; undefined = never expires. */
function validityMonths(course: Course | undefined, options: Record<string, unknown>): number | undefined {
  if (!course) return numberOption(options, "default_months", DEFAULTS.default_months);
  if (course.dsl_training) return numberOption(options, "dsl_months", DEFAULTS.dsl_months);
  return course.validity_months;
}

const DSL_WORDS = /\b(?:designated\s+safeguarding|designated\s+person|D?DSL)\b/i;

export const rule: Rule = {
  meta: {
    id: "training-stale",
    description:
      "Reports safeguarding training that is out of date: a lead's most recent completion of a course is older than the course stays valid — 2 years for designated safeguarding lead training (option dsl_months), the course catalogue's validity_months for other catalogue courses, 3 years for other courses (option default_months). Book a refresher and record the new date.",
    defaultSeverity: "error",
    optionsSchema: {
      type: "object",
      properties: {
        dsl_months: { type: "integer", minimum: 1 },
        default_months: { type: "integer", minimum: 1 },
      },
      additionalProperties: false,
    },
    defaultOptions: { ...DEFAULTS },
  },
  checkSetting(context) {
    const { courses } = context.partnership;
    for (const [i, lead] of (context.setting.leads ?? []).entries()) {
      // The latest dated record of each course.
      const latest = new Map<string, { j: number; date: string }>();
      for (const [j, record] of (lead.training ?? []).entries()) {
        const date = isoDay(record.date);
        if (!date) continue;
        const seen = latest.get(record.course);
        if (!seen || date > seen.date) latest.set(record.course, { j, date });
      }
      for (const [courseId, { j, date }] of latest) {
        const course = courses.find((c) => c.id === courseId);
        const months = validityMonths(course, context.options);
        if (months === undefined) continue;
        const renewBy = addMonthsToIso(date, months);
        if (renewBy >= context.asOf) continue;
        context.report({
          message: `${lead.name}'s ${trainingWords(course?.name ?? courseId)} is dated ${formatUk(date)}, more than ${months} months before ${formatUk(context.asOf)} — book a refresher and record the new date`,
          path: ["leads", i, "training", j, "date"],
          actual: date,
          expected: `on or after ${addMonthsToIso(context.asOf, -months)}`,
          subject: subjects.training(lead.name, course?.name ?? courseId, date),
        });
      }
    }
  },
  checkDocument(context) {
    const { courses } = context.partnership;
    const latest = new Map<string, TrainingLine & { date: NonNullable<TrainingLine["date"]> }>();
    for (const line of analyse(context.document).training) {
      if (!line.date || line.noneRecorded) continue;
      const key = `${nameKey(line.leadName ?? "")}\u0000${titleKey(line.course)}`;
      const seen = latest.get(key);
      if (!seen || line.date.date.last > seen.date.date.last)
        latest.set(key, line as TrainingLine & { date: NonNullable<TrainingLine["date"]> });
    }
    for (const line of latest.values()) {
      const course = courseInText(line.course, courses);
      const dslLine = line.leadRole !== undefined || DSL_WORDS.test(line.course);
      const months = course
        ? validityMonths(course, context.options)
        : dslLine
          ? numberOption(context.options, "dsl_months", DEFAULTS.dsl_months)
          : numberOption(context.options, "default_months", DEFAULTS.default_months);
      if (months === undefined) continue;
      // A month or a term counts from its last day: "January 2018" is stale only once 31 January 2018 is too old.
      if (addMonthsToIso(line.date.date.last, months) >= context.asOf) continue;
      const what = course ? trainingWords(course.name) : trainingLabel(line.course);
      reportAt(
        context,
        line.offset,
        line.endOffset,
        `${whoseTraining(what, line.leadName)} is dated ${describeLooseDate(line.date)}, more than ${months} months before ${formatUk(context.asOf)} — book a refresher and record the new date`,
        {
          actual: line.date.text,
          subject:
            line.leadName && line.date.date.precision === "day"
              ? subjects.training(line.leadName, course?.name ?? line.course, line.date.date.first)
              : undefined,
        },
      );
    }
  },
};
