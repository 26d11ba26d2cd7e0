/** training-stale: a person's most recent completion of a course is older than the course stays valid. */
import type { Course } from "../../model.js";
import type { Rule } from "../rule.js";
import {
  addDaysToIso,
  addMonthsToIso,
  type DateMatch,
  describeLooseDate,
  findDates,
  formatUk,
  isoDay,
} from "../text/dates.js";
import { nameKey, sameName } from "../text/leads.js";
import { plain } from "../text/lines.js";
import { isOneOff, oneOffCourses } from "../text/one-off-courses.js";
import {
  courseKind,
  courseLabel,
  inductionRenewed,
  joiningInduction,
  namesSafeguarding,
  type TrainingLine,
  welshLeadGroupOnly,
} from "../text/training.js";
import {
  analyse,
  courseInText,
  excerpt,
  numberOption,
  possessive,
  reportAt,
  spokenName,
  subjects,
  trainingWords,
  whoseTraining,
} from "./helpers.js";

const DEFAULTS = { dsl_months: 24, default_months: 36 };

/**
 * The date as the record writes it, when its year is written with two digits and the finding's excerpt (cut at its
 * length) does not show it: a long line's "… Refreshed every 2 yrs; last: Jan '24." is read as January 2024, and the
 * reader is shown which words gave that year. Empty otherwise (a four-digit year needs no reading).
 */
function writtenBeyondExcerpt(text: string, line: DatedLine): string {
  const written = line.date.text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^(?:on|in|at|dated|from)\s+/i, "")
    .replace(/\\(?=['’‘])/g, "");
  if (/\d{4}/.test(written)) return "";
  // A Markdown copy's escaped apostrophe ("Jan \'24") shows the same words.
  const shown = excerpt(text, line.offset, line.endOffset).replace(/\\(?=['’‘])/g, "");
  return shown.includes(written) ? "" : ` (written "${written}")`;
}

/** A sentence that opens with its writer doing the course: "I last completed …", "I completed …", "I did …". */
const FIRST_PERSON_RECORD =
  /^\s*I\s+(?:(?:last|most\s+recently|also|first)\s+)?(?:completed|attended|did|took|renewed|passed|refreshed|undertook)\b/;

/** A sentence's end: its full stop, question or exclamation mark before a space or the end. */
const SENTENCE_END = /[.!?](?=\s|$)/;

/**
 * Where a finding on a record points: the record's line — or, when the line names no one, its excerpt, cut at its
 * length, stops before the date, and the line runs on past the record's sentence to another dated sentence ("… the
 * Leadership module (Eastmoor district, 05/2023). The Minister completed … in 10/2025.") or is the writer's own
 * record ("I last completed … in Nov 2023 and renew it …"), the record's own sentence, from as late a word as lets the
 * whole of it show: the course with its date, where the reader can see which date was meant.
 */
function recordRange(text: string, line: DatedLine): { offset: number; endOffset: number } {
  const whole = { offset: line.offset, endOffset: line.endOffset };
  if (line.leadName || excerpt(text, line.offset, line.endOffset).includes(line.date.text.trim()))
    return whole;
  const stop = SENTENCE_END.exec(text.slice(line.date.endOffset, line.endOffset));
  if (!stop) return whole;
  const end = line.date.endOffset + stop.index + 1;
  const before = text.slice(line.offset, line.date.offset);
  const ends = [...before.matchAll(/[.!?]\s+/g)];
  let start =
    line.offset + (ends.length ? (ends[ends.length - 1].index ?? 0) + ends[ends.length - 1][0].length : 0);
  // A line that runs on into another dated sentence, or a writer's own record ("I last completed the Designated
  // Safeguarding Lead course (…) in Nov 2023 and renew it …", a sole trader's) — not a line opening with someone's
  // name ("Ade Bankole, our youth worker, did …"), which the reader looks for.
  if (
    findDates(text.slice(end, line.endOffset), end).length === 0 &&
    !FIRST_PERSON_RECORD.test(text.slice(start, line.date.offset))
  )
    return whole;
  // The sentence's first word whose excerpt to the sentence's end is not cut — looked for only in the last 480
  // characters before its end (an excerpt shows 120), so a very long sentence is not read again from each word.
  const near = text.slice(Math.max(start, end - 480), line.date.offset).search(/(?<=\s)\S/);
  if (end - start > 480) {
    if (near < 0) return whole;
    start = Math.max(start, end - 480) + near;
  }
  while (start < line.date.offset && excerpt(text, start, end).endsWith("…")) {
    const space = text.slice(start, line.date.offset).search(/\s\S/);
    if (space < 0) return whole;
    start += space + 1;
  }
  return excerpt(text, start, end).includes(line.date.text.trim())
    ? { offset: start, endOffset: end }
    : whole;
}

/**
 * A course's words that start with two capitalised words and a spaced dash ("Bram Ely – Basic Awareness Course"):
 * perhaps another person's line read under the lead's name, so not the lead's course by its owner alone.
 */
const NAME_FIRST = /^[^\p{L}]*\p{Lu}\p{Ll}+\s+\p{Lu}[\p{Ll}'’-]+\s+(?:--|[–—-])\s/u;

/** How many months a completion stays valid; undefined = never expires. */
function validityMonths(course: Course | undefined, options: Record<string, unknown>): number | undefined {
  if (!course) return numberOption(options, "default_months", DEFAULTS.default_months);
  if (course.dsl_training) return numberOption(options, "dsl_months", DEFAULTS.dsl_months);
  return course.validity_months;
}

/** Words before a date that make it the end of a course's validity: "Expires:", "expiry", "exp.", "valid until". */
const EXPIRY_BEFORE = /\b(?:expir(?:es|y|ed)(?:\s+on)?|exp\b|valid\s+(?:until|to))\W*$/i;

type DatedLine = TrainingLine & { date: DateMatch };

/** Between a record's date and its expiry: ", expires", " (expiry:", ", exp.", "; valid until". */
const EXPIRY_AFTER_DATE = /^[\s,;([]*(?:expir(?:es|y|ed)(?:\s+on)?|exp\b\.?|valid\s+(?:until|to))[\s:]*$/i;

/** The expiry a record gives right after its date ("05/11/2019, expires 11/2020"), on the record's own words. */
function ownExpiry(text: string, line: DatedLine): DateMatch | undefined {
  const from = line.date.endOffset;
  if (from >= line.endOffset) return undefined;
  const next = findDates(text.slice(from, line.endOffset), from)[0];
  return next && EXPIRY_AFTER_DATE.test(text.slice(from, next.offset)) ? next : undefined;
}

/** "October 2019" → "at the end of October 2021"; a day → "on 12 March 2023". */
function lapsedWords(date: DateMatch, lapse: string): string {
  if (date.date.precision === "day") return `on ${formatUk(lapse)}`;
  if (date.date.precision === "month") return `at the end of ${formatUk(lapse).replace(/^\d+\s+/, "")}`;
  if (date.date.precision === "year") return `at the end of ${lapse.slice(0, 4)}`;
  // Counted from the week's last day: "at the end of the week commencing 14 October 2026 (20 October 2026)".
  if (date.date.precision === "week")
    return `at the end of the week commencing ${formatUk(addDaysToIso(lapse, -6))} (${formatUk(lapse)})`;
  return `on ${formatUk(lapse)}`;
}

/** A course dated by the school year it was done in ("2022–23"), counted from that year's last day. */
function schoolYear(date: DateMatch): boolean {
  return date.date.precision === "term" && /^\s*\d{4}\s?[/–—-]\s?\d{2,4}\s*$/.test(date.text);
}

/** Words that say when a course falls due again without naming a course: "Refresher due", "Next renewal". */
const DUE_ONLY_WORDS =
  /\b(?:next|refresher|refresh|renewal|renew|update|training|course|date|due|by|on|in|expiry|expires|valid|until)\b/gi;

/**
 * Whether a due line names no course of its own ("Refresher due: 04/2025", "Next renewal: May 2025") and follows a
 * dated record of the same person's, whose due date it gives.
 */
function dueOfCourseAbove(line: TrainingLine, above: TrainingLine | undefined, person: string): boolean {
  if (!above?.date || above.noneRecorded || !above.leadName || above.endOffset > line.offset) return false;
  if (/[\p{L}\d]/u.test(plain(line.course).replace(DUE_ONLY_WORDS, ""))) return false;
  return sameName(nameKey(above.leadName), person);
}

/** A month's name, whole or short, in a date a clause keeps in its words ("booked for 20 November 2026"). */
const MONTH_WORDS =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\b/gi;
/** The words a due date's clause says beside it without naming a course: "his refresher is booked for … and is". */
const DUE_CLAUSE_WORDS =
  /\b(?:his|her|their|its|it|is|was|are|were|will|be|been|has|had|have|and|booked|booking|for|the|a|an|of|to|at|now|already|this|that|which)\b/gi;

/**
 * Whether a due line is the rest of a dated record's line, of the same person, and names no course of its own
 * ("Raj completed his DSL training in November 2024 and renews it every two years; his refresher is booked for 20
 * November 2026 and is due by 30 November 2026"): the record's own due date, its lapse already reported once for that
 * person and line. "her Prevent refresher is due by …" names another course, reported in its own right.
 */
function dueOfReportedOnLine(
  line: TrainingLine,
  person: string,
  reported: ReadonlyArray<{ person: string; offset: number }>,
  lines: ReadonlyArray<{ offset: number; endOffset: number }>,
): boolean {
  const own = lines.find((l) => l.offset <= line.offset && line.offset <= l.endOffset);
  if (!own) return false;
  const words = plain(line.course)
    .replace(/\d+(?:st|nd|rd|th)?/g, " ")
    .replace(MONTH_WORDS, " ")
    .replace(DUE_ONLY_WORDS, " ")
    .replace(DUE_CLAUSE_WORDS, " ");
  if (/[\p{L}\d]/u.test(words)) return false;
  return reported.some(
    (r) =>
      r.person !== "" && sameName(r.person, person) && own.offset <= r.offset && r.offset <= own.endOffset,
  );
}

/**
 * A named lead's or deputy's safeguarding refresher ("Sarah Okafor's Safeguarding and Protecting Children refresher
 * was on …"), when it is the only kind of lead training recorded for them (checkDocument): the refresher that keeps
 * the holder of the lead role up to date, renewed every two years as a designated lead's training is — not the three
 * years of a course anyone else takes. Beside a lead course of their own ("Deputy DSL training, 03.2025; safeguarding
 * awareness refresher, 01.2024"), it is the general course everyone renews every three years — as an awareness
 * course's refresher always is ("Safeguarding Awareness (refresher)" in a deputy's row): awareness is no lead's course.
 */
function leadsRefresher(line: TrainingLine, kind: string): boolean {
  return (
    kind === "safeguarding" &&
    line.leadRole !== undefined &&
    !!line.leadName &&
    /\brefresher\b/i.test(line.course) &&
    !/\bawareness\b/i.test(line.course)
  );
}

/**
 * A module of a church's graded safeguarding pathway: "Foundation module", "Leadership module", "Basic module",
 * "Safeguarding Leadership pathway" — or a module's title alone, as a training table's column names it
 * ("Foundations", "Leadership"). The later module a person did is their most recent safeguarding training.
 */
const PATHWAY_MODULE =
  /\b(basic|foundation|leadership)\s+(?:modules?|pathway)\b|^\s*(?:safeguarding\s+)?(foundation|leadership)s?\s*$/i;
function pathwayModule(course: string): boolean {
  return PATHWAY_MODULE.test(plain(course));
}

/** The kind a person's record is grouped by: one for all their pathway modules, else the course's own kind. */
function groupKind(course: string, person: string, own: string): string {
  return person !== "" && pathwayModule(course) ? "pathway module" : own;
}

/** A pathway module's level: Basic 0, Foundation 1, Leadership 2 (none: -1). */
function pathwayLevel(course: string): number {
  const m = PATHWAY_MODULE.exec(plain(course));
  const level = (m?.[1] ?? m?.[2])?.toLowerCase();
  return level === "leadership" ? 2 : level === "foundation" ? 1 : level === "basic" ? 0 : -1;
}

/**
 * Whether `line` replaces `latest` as the record judged. "Foundation module, 2026; Leadership module, 2019", or the
 * same the other way round: within one pathway the highest level is judged first (a later module of a lower level
 * does not renew the higher one), then the latest date within that level — whatever order the modules are written
 * in. Any other kind: the later date.
 */
function laterRecord(line: DatedLine, latest: DatedLine, kind: string): boolean {
  if (kind === "pathway module") {
    const level = pathwayLevel(line.course);
    const latestLevel = pathwayLevel(latest.course);
    if (level !== latestLevel) return level > latestLevel;
  }
  return line.date.date.last > latest.date.date.last;
}

/** A designated lead's course or its update. */
function leadCourse(kind: string): boolean {
  return kind === "dsl" || kind === "dsl update";
}

/**
 * A course on safeguarding adults only: "adult safeguarding Level 3 module", "Safeguarding Adults at Risk (Level 3)",
 * not one that names children too ("Safeguarding Children and Adults Level 3").
 */
function adultsOnly(course: string): boolean {
  const words = plain(course);
  return (
    /\badults?\b/i.test(words) &&
    !/\b(?:child(?:ren)?(?:['’]s)?|young\s+(?:people|persons?)|youth)\b/i.test(words)
  );
}

function years(months: number): string {
  return months % 12 === 0 ? `${months / 12} year${months === 12 ? "" : "s"}` : `${months} months`;
}

export const rule: Rule = {
  meta: {
    id: "training-stale",
    description:
      "Reports safeguarding training that is out of date, once per person and course: the person's most recent completion of the course (the latest of every line, table row and repeat that records it) is older than the course stays valid — 2 years for designated safeguarding lead training under any of its names (DSL, Level 3, designated lead, lead practitioner; option dsl_months), 3 years (option default_months) for a course named only by a Welsh lead group (\"Safeguarding Training Group C\"), which a later Group A or B course does not renew, the course catalogue's validity_months for catalogue courses, 3 years for other courses (option default_months). A month or a year with no day counts from its last day. Book a refresher and record the new date.",
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
    // One group per person and course: the same course under two wordings, or in a table and again in the
    // body, is one record; two people are never one group.
    // `own`: the latest record's own kind, which says how long it stays valid (`kind` may be a pathway's, shared).
    const groups: Array<{ person: string; kind: string; own: string; latest: DatedLine }> = [];
    // The courses the policy says are done once and never renewed.
    const oneOff = oneOffCourses(context.document.text);
    // "All volunteers repeat their induction every year": no induction is then a one-off.
    const inductionCycle = inductionRenewed(context.document.text);
    const analysis = analyse(context.document);
    // The people the policy names as its lead or deputy (not an earlier holder, not a placeholder).
    const leadNames = analysis.leads
      .filter((m) => !m.former && !m.placeholder)
      .flatMap((m) => m.names ?? (m.name ? [m.name] : []))
      .map(nameKey)
      .filter((k) => k !== "");
    for (const line of analysis.training) {
      // A course still to come ("booked on Level 3 for 10th February 2027") is not a completion.
      if (!line.date || line.noneRecorded || line.planned) continue;
      const person = nameKey(line.leadName ?? "");
      // "Paired Reading Awareness – 2019": a year alone is a weak date, which dates lapsed training only for a course
      // that names safeguarding — or for a named lead's or deputy's course ("Basic Awareness Course – 2019" under
      // the welfare officer's name), a course in another subject being no training line at all.
      if (
        line.date.date.precision === "year" &&
        !namesSafeguarding(line.course) &&
        !(person !== "" && leadNames.some((k) => sameName(k, person)) && !NAME_FIRST.test(line.course))
      )
        continue;
      const catalogue = courseInText(line.course, courses);
      const own = catalogue && !catalogue.dsl_training ? `course ${catalogue.id}` : courseKind(line.course);
      // "Foundation module 03/2022; Leadership module 11/2023": a person's modules of one safeguarding pathway, the
      // latest their most recent safeguarding training.
      const kind = groupKind(line.course, person, own);
      // "Module 1 is done once and is not repeated": a course the policy says is never renewed does not lapse. A
      // course in safeguarding is renewed whatever the policy says (its saying so is no reason to stop).
      if (!leadCourse(own) && !namesSafeguarding(line.course) && isOneOff(line.course, oneOff)) continue;
      // "| ✓ 05/2023 |" under "Induction (day one, with the DSL)": the day the person joined, done once, beside the
      // course they renew.
      if (!leadCourse(own) && joiningInduction(line.course, inductionCycle)) continue;
      const group = groups.find(
        (g) =>
          g.kind === kind &&
          (g.person === person || (person !== "" && g.person !== "" && sameName(g.person, person))),
      );
      if (!group) groups.push({ person, kind, own, latest: line as DatedLine });
      else if (leadCourse(kind) && adultsOnly(line.course) !== adultsOnly(group.latest.course)) {
        // "Level 3 DSL course, 9 October 2024" and "adult safeguarding Level 3 module, 21 March 2025": a course on
        // safeguarding adults does not renew a designated lead's course for children; the children's course is the
        // one judged (an adults' one beside it is not the policy's subject).
        if (adultsOnly(group.latest.course)) {
          group.latest = line as DatedLine;
          group.own = own;
        }
      } else if (laterRecord(line as DatedLine, group.latest, kind)) {
        group.latest = line as DatedLine;
        group.own = own;
      }
    }
    // The people with a designated lead's course of their own on record.
    const withLeadCourse = groups.filter(
      (g) => g.person !== "" && (g.own === "dsl" || g.own === "dsl update"),
    );
    // The people and records reported just below: a due date later on a record's line is that record's (once).
    const staleReported: Array<{ person: string; offset: number }> = [];
    for (const { own: kind, latest: line, person } of groups) {
      const course = courseInText(line.course, courses);
      const months =
        course !== undefined
          ? validityMonths(course, context.options)
          : ((kind === "dsl" || kind === "dsl update") && !welshLeadGroupOnly(line.course)) ||
              (leadsRefresher(line, kind) && !withLeadCourse.some((g) => sameName(g.person, person)))
            ? numberOption(context.options, "dsl_months", DEFAULTS.dsl_months)
            : numberOption(context.options, "default_months", DEFAULTS.default_months);
      if (months === undefined) continue;
      // A month or a term counts from its last day: "January 2018" is stale only once 31 January 2018 is too old.
      const lapse = addMonthsToIso(line.date.date.last, months);
      // "In Safe Hands — 05/11/2019, expires 11/2020", or an "Expires" column beside the completion date: a record
      // that gives its own expiry, passed, lapsed then — even before the course's usual validity runs out.
      const own = ownExpiry(context.document.text, line);
      // "| 22/09/2024 | 09/2026 |" under "Refresher due": the date the record says it falls due again, which speaks
      // only when the course's usual validity has not run out (else that lapse says it, as before).
      const due = !own && line.renewalDue ? line.expires : undefined;
      const expiry = own ?? (due && lapse < context.asOf ? undefined : line.expires);
      if (lapse >= context.asOf && !(line.expires && line.expires.date.last < context.asOf)) continue;
      const what = course ? trainingWords(course.name) : courseLabel(line.course);
      const onLine = what.startsWith("the training on this line");
      const lapsed =
        expiry && expiry.date.last < context.asOf
          ? expiry === due
            ? `was due for renewal ${expiry.date.precision === "day" ? "on" : "in"} ${describeLooseDate(expiry)} (the record's own due date)`
            : `expired ${lapsedWords(expiry, expiry.date.last)} (the record's own expiry date)`
          : `lapsed ${lapsedWords(line.date, lapse)} (it is valid for ${years(months)})`;
      const subject = line.leadName
        ? `${possessive(line.leadName)} most recent ${what}`
        : whoseTraining(what, undefined);
      const dated = schoolYear(line.date)
        ? ` is in the school year ${line.date.text.trim()} (to ${formatUk(line.date.date.last)})`
        : `${onLine || !line.leadName || line.date.date.precision === "day" ? " is dated" : line.date.date.precision === "week" ? " is in" : " is"} ${describeLooseDate(line.date)}${writtenBeyondExcerpt(context.document.text, line)}`;
      const at = recordRange(context.document.text, line);
      staleReported.push({ person, offset: line.offset });
      reportAt(
        context,
        at.offset,
        at.endOffset,
        `${onLine && line.leadName ? `The most recent training on this line for ${spokenName(line.leadName)}` : subject}${dated} — it ${lapsed}; book a refresher and record the new date`,
        {
          actual: line.date.text,
          subject:
            line.leadName && line.date.date.precision === "day"
              ? subjects.training(line.leadName, course?.name ?? line.course, line.date.date.first)
              : undefined,
        },
      );
    }
    // "Expired" in a training matrix's cell: out of date by the record's own word, unless a completion of the
    // course is recorded for the person elsewhere (then the rule above has judged it, once).
    const lapsedReported: Array<{ person: string; kind: string }> = [];
    for (const line of analyse(context.document).training) {
      if (!line.lapsed || line.date || !line.leadName) continue;
      const person = nameKey(line.leadName);
      const catalogue = courseInText(line.course, courses);
      const kind = groupKind(
        line.course,
        person,
        catalogue && !catalogue.dsl_training ? `course ${catalogue.id}` : courseKind(line.course),
      );
      const same = (g: { person: string; kind: string }) =>
        g.kind === kind && g.person !== "" && sameName(g.person, person);
      if (groups.some(same) || lapsedReported.some(same)) continue;
      lapsedReported.push({ person, kind });
      const what = catalogue ? trainingWords(catalogue.name) : courseLabel(line.course);
      reportAt(
        context,
        line.offset,
        line.endOffset,
        `${whoseTraining(what, line.leadName)} is marked "${line.lapsed}", and the policy records no later training — book a refresher and record the new date`,
        { actual: line.lapsed },
      );
    }
    // "DSL refresher due 06/2026" with no completion date: out of date by the document's own words once the date
    // has passed, unless a completion of the course is recorded (then the rule above has judged it, once).
    const lines = analyse(context.document).training;
    for (const [index, line] of lines.entries()) {
      const due = line.dueDate;
      if (!due || line.date || !line.leadName || due.date.last >= context.asOf) continue;
      const person = nameKey(line.leadName);
      // "Refresher due: 04/2025" under "… course, completed 22.04.2022.": the due date of the course above, which
      // the completion has judged — not a second course called "Refresher".
      if (dueOfCourseAbove(line, lines[index - 1], person)) continue;
      const catalogue = courseInText(line.course, courses);
      const kind = groupKind(
        line.course,
        person,
        catalogue && !catalogue.dsl_training ? `course ${catalogue.id}` : courseKind(line.course),
      );
      const group = groups.find((g) => g.kind === kind && g.person !== "" && sameName(g.person, person));
      if (group) continue;
      if (dueOfReportedOnLine(line, person, staleReported, analysis.lines)) continue;
      const what = catalogue ? trainingWords(catalogue.name) : courseLabel(line.course);
      // "Expires: 03/2025", "valid until …": the end of its validity, so it expired (a month at its end).
      // A column headed "… valid until" gives the record's expiry itself (validUntilColumnRecords).
      const expiry =
        (line.expires !== undefined && !line.renewalDue) ||
        EXPIRY_BEFORE.test(context.document.text.slice(Math.max(0, due.offset - 30), due.offset));
      const when = expiry
        ? `expired ${lapsedWords(due, due.date.last)}`
        : `was due for renewal ${due.date.precision === "day" ? "on" : "in"} ${describeLooseDate(due)}`;
      reportAt(
        context,
        line.offset,
        line.endOffset,
        `${whoseTraining(what, line.leadName)} ${when}, and the policy records no later training — book a refresher and record the new date`,
        { actual: due.text },
      );
    }
  },
};
