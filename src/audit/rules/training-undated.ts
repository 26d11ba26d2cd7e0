/** training-undated: training listed without the date it was completed. */
import type { Rule } from "../rule.js";
import { isoDay } from "../text/dates.js";
import { nameKey, sameName } from "../text/leads.js";
import { courseKind, courseLabel } from "../text/training.js";
import { analyse, courseInText, reportAt, subjects, trainingWords, whoseTraining } from "./helpers.js";

/** The level a course names ("Level 3", "(Level 2)"), if any. */
function level(course: string): string | undefined {
  return /\blevel\s*([1-4])\b/i.exec(course)?.[1];
}

/**
 * An aside in brackets about where or with whom a course was done, not part of its words: "(with a previous fostering
 * agency)", "(at my last school)", "(through a previous employer)". Not "(refresher)" nor "(Hollowmere SCP)".
 */
const WHERE_ASIDE =
  /\(\s*(?:with|at|through|via|from|during|while|when|in\s+(?:a|an|the|my|our|his|her|their))\s[^()\n]*\)/gu;

/** A course's own words, for a line copied with its date left out: "Safeguarding and Protecting Children (course)". */
function courseWords(course: string): string {
  return (
    course
      .replace(WHERE_ASIDE, " ")
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  )
    .filter((w) => w !== "course" && w !== "training")
    .join(" ");
}

/** Two records of the same course: the same kind, the same level where both give one, both or neither for adults. */
function sameCourse(a: string, b: string): boolean {
  if (courseKind(a) !== courseKind(b)) return false;
  const [la, lb] = [level(a), level(b)];
  if (la && lb && la !== lb) return false;
  return /\badults?\b/i.test(a) === /\badults?\b/i.test(b);
}

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
    const training = analyse(context.document).training;
    // "| Cubs | Mr Tom Bright | Yes – certificate on file |" under "Level 3 completed", and elsewhere "Mr Tom Bright
    // completed his Level 3 safeguarding training on 12 May 2025": the person's dated record of the same course
    // says when it was done, so the undated one is no missing date. So too a template's line with its "– date" left
    // in beside the person's dated line for that very course (the same words, not just the same kind: "Ride Leader
    // safeguarding module – date" under a dated "Safeguarding and Protecting Children" is a second course still
    // undated). Not another level ("Level 1" beside "Level 2") nor the adults' course beside the children's.
    const dated = training
      .filter((l) => l.date && !l.planned && l.leadName)
      .map((l) => ({ person: nameKey(l.leadName ?? ""), course: l.course }));
    for (const line of training) {
      // A record with only the date it falls due again is training-stale's once that date has passed.
      // A matrix's "Expired" is training-stale's: out of date by the record's own word.
      if (line.date || line.noneRecorded || line.dueDate || line.lapsed) continue;
      const person = nameKey(line.leadName ?? "");
      const kind = courseKind(line.course);
      if (person && reported.some((r) => r.kind === kind && sameName(r.person, person))) continue;
      if (
        person &&
        dated.some(
          (d) =>
            d.person &&
            sameCourse(d.course, line.course) &&
            (!line.datePlaceholder || courseWords(d.course) === courseWords(line.course)) &&
            sameName(d.person, person),
        )
      )
        continue;
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
