/**
 * The dates a setting must not miss (issue 14), as calendar events: the policy's next review, each lead's
 * training expiry (the date training-stale counts from), and the last day to approve a new model version (the
 * approval-outdated grace deadline). Pure: no files, no clock — `asOf` comes in.
 *
 * Each event's uid is made of the setting id, the kind of event and, for training, the lead and course, so a
 * calendar that imports the file again updates the event instead of adding a second one.
 */
import { DEFAULT_APPROVAL_GRACE_DAYS, outdatedTemplates } from "../approval/approval.js";
import { addMonthsToIso, formatUk, isoDay } from "../audit/text/dates.js";
import type { Course, Lead, Partnership, Setting, SettingType, TemplateMeta } from "../model.js";

export type CalendarEventKind = "review" | "training" | "approval";

export interface CalendarEvent {
  /** Stable: "<setting>/review", "<setting>/training/<lead>/<course>", "<setting>/approval/<template>". */
  uid: string;
  settingId: string;
  kind: CalendarEventKind;
  /** The day it falls due (YYYY-MM-DD), an all-day event. */
  date: string;
  summary: string;
  description: string;
}

/** How long training stays valid, as training-stale counts it (its options, as partnership.yaml sets them). */
export interface TrainingValidity {
  /** Designated-lead training (courses with dsl_training). */
  dsl_months: number;
  /** Courses not in the catalogue. */
  default_months: number;
}

export const DEFAULT_TRAINING_VALIDITY: TrainingValidity = { dsl_months: 24, default_months: 36 };

export interface CalendarInput {
  partnership: Pick<Partnership, "courses" | "approval_grace_days">;
  settingTypes: ReadonlyMap<string, SettingType>;
  templates: readonly TemplateMeta[];
  settings: readonly Setting[];
  asOf: string;
  training?: TrainingValidity;
}

/** "Mrs Ada Kwarteng-Hill" → "mrs-ada-kwarteng-hill": a uid part that stays the same while the name does. */
export function uidPart(text: string): string {
  return (
    text
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "unnamed"
  );
}

function validityMonths(course: Course | undefined, validity: TrainingValidity): number | undefined {
  if (!course) return validity.default_months;
  if (course.dsl_training) return validity.dsl_months;
  return course.validity_months;
}

function trainingEvents(setting: Setting, lead: Lead, input: CalendarInput): CalendarEvent[] {
  const validity = input.training ?? DEFAULT_TRAINING_VALIDITY;
  // The latest dated completion of each course counts, as in training-stale.
  const latest = new Map<string, string>();
  for (const record of lead.training ?? []) {
    const date = isoDay(record.date);
    if (!date) continue;
    const seen = latest.get(record.course);
    if (!seen || date > seen) latest.set(record.course, date);
  }
  const events: CalendarEvent[] = [];
  for (const [courseId, completed] of latest) {
    const course = input.partnership.courses.find((c) => c.id === courseId);
    const months = validityMonths(course, validity);
    if (months === undefined) continue;
    const expires = addMonthsToIso(completed, months);
    const courseName = course?.name ?? courseId;
    events.push({
      uid: `${setting.id}/training/${uidPart(lead.name)}/${uidPart(courseId)}`,
      settingId: setting.id,
      kind: "training",
      date: expires,
      summary: `${lead.name}'s ${courseName} expires (${setting.name})`,
      description:
        expires < input.asOf
          ? `${lead.name} (${roleWords(lead)} at ${setting.name}) completed ${courseName} on ${formatUk(completed)}; it was valid for ${months} months, until ${formatUk(expires)}, and has lapsed. Book a refresher now and record the new date in ${setting.source}.`
          : `${lead.name} (${roleWords(lead)} at ${setting.name}) completed ${courseName} on ${formatUk(completed)}; it is valid for ${months} months, until ${formatUk(expires)}. Book a refresher before then and record the new date in ${setting.source}.`,
    });
  }
  return events;
}

function roleWords(lead: Lead): string {
  return {
    dsl: "designated safeguarding lead",
    deputy: "deputy safeguarding lead",
    team: "safeguarding team",
    governor: "safeguarding governor",
    trustee: "safeguarding trustee",
  }[lead.role];
}

/** Every event of every setting, in setting order then date order (ties by uid): the same input, the same list. */
export function calendarEvents(input: CalendarInput): CalendarEvent[] {
  const events: CalendarEvent[] = [];
  const graceDays = input.partnership.approval_grace_days ?? DEFAULT_APPROVAL_GRACE_DAYS;
  for (const setting of input.settings) {
    const own: CalendarEvent[] = [];
    const next = isoDay(setting.policy?.next_review);
    if (next)
      own.push({
        uid: `${setting.id}/review`,
        settingId: setting.id,
        kind: "review",
        date: next,
        summary: `Safeguarding policy review due (${setting.name})`,
        description: `${setting.name}'s safeguarding policy ${next < input.asOf ? "was" : "is"} due for review on ${formatUk(next)}. Review it${next < input.asOf ? " now" : ""}, have it approved by the ${setting.governing_body ?? "governors"}, then set policy.next_review in ${setting.source} to the next date.`,
      });
    for (const lead of setting.leads ?? []) own.push(...trainingEvents(setting, lead, input));
    for (const outdated of outdatedTemplates(setting, input.templates, input.settingTypes, {
      asOf: input.asOf,
      graceDays,
    })) {
      if (!outdated.deadline) continue;
      own.push({
        uid: `${setting.id}/approval/${outdated.template.id}`,
        settingId: setting.id,
        kind: "approval",
        date: outdated.deadline,
        summary: `Approve model ${outdated.currentVersion} of the ${outdated.template.title} (${setting.name})`,
        description: `The partnership published version ${outdated.currentVersion} of the ${outdated.template.title} on ${formatUk(outdated.published ?? outdated.deadline)}; ${setting.name}'s ${setting.governing_body ?? "governors"} approved model ${outdated.approvedModel}. Take the changes to them (policysmith diff ${setting.id} shows what changed) and record the approval, with model_version: "${outdated.currentVersion}", ${outdated.overdue ? `now: the time allowed ended on ${formatUk(outdated.deadline)}, and the audit reports it as an error.` : `by ${formatUk(outdated.deadline)} — after that the audit reports it as an error.`}`,
      });
    }
    own.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
    events.push(...own);
  }
  return events;
}
