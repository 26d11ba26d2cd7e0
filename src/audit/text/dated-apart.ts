/**
 * One course for several people, each person's date given apart: "Both completed Designated Lead training with the
 * partnership: Ada in March 2025 and Ben in January 2024.", "Ada and Ben completed the DSL course in May 2025 and
 * February 2024 respectively.", "The DSL and deputies undertake DSL training every two years; the DSL last attended in
 * September 2024, and the deputies in February 2023." — and "Both completed the course in March 2025" after the two
 * people's lines, one date for both. Each person's record of the course on their own date, when every person the
 * sentence dates is a lead or deputy the policy names (by full name, first name, or a role whose holders it names,
 * every one of them); otherwise nothing, and the sentence is read as before.
 */

import type { DateMatch } from "./dates.js";
import { findDates } from "./dates.js";
import { findLeadMentions, type LeadKind, type LeadMention, nameKey, sameName } from "./leads.js";
import type { Line } from "./lines.js";
import { plain } from "./lines.js";
import { trimEndWhere } from "./matches.js";

/** A record of one person's course, as the training reader keeps it (TrainingLine's fields). */
export interface ApartRecord {
  offset: number;
  endOffset: number;
  course: string;
  date: DateMatch;
  datePlaceholder: false;
  noneRecorded: false;
  leadName: string;
  leadRole: LeadKind;
}

/** A sentence read here: its span and the dates it gives, which other readings of it give way to. */
export interface ApartSpan {
  offset: number;
  endOffset: number;
  dates: DateMatch[];
}

interface Person {
  name: string;
  /** The name's key (nameKey), read once. */
  key: string;
  role: LeadKind;
  label: string;
}

/** The verb of a course done: "completed", "have attended", "undertake". */
const VERB = String.raw`(?:(?:have|has|had|both|all|each|also|then|recently|successfully|last)\s+){0,2}(?:completed|complete|attended|attend|undertook|undertake|undertaken|underwent|undergo|did|took|passed|refreshed|renewed|hold|holds|gained|achieved)`;

/** A course's words: training, a course, a level, a lead's course. */
const COURSE_WORDS =
  /\b(?:training|course|refresher|update|level\s*[1-4]|module|pathway|DSL|DSP|designated|safeguarding|child\s+protection)\b/i;

/**
 * Words after the verb that name a role taken, not a course done: "took up their safeguarding roles", "took on the
 * post", "took over as DSL", "hold the position of deputy".
 */
const NOT_A_COURSE =
  /^(?:up|on|over|as)\s|\b(?:roles?|posts?|positions?|office|appointments?|responsibilit(?:y|ies)|duties)\b(?!-)/i;

/** Whether the words after the verb name a course: a course's words, and no role taken. */
function namesCourse(course: string): boolean {
  return COURSE_WORDS.test(course) && !NOT_A_COURSE.test(course);
}

/** A course to come, or a rule: the sentence is no record of what was done. */
const NOT_DONE =
  /\b(?:booked|planned|scheduled|will|next|due|expires?|expiry|valid\s+until|should|must|need\s+to|required)\b/i;

/** Where a course's words stop: its cycle ("every two years"), a time ("annually"). */
const CYCLE_AFTER =
  /(?<!\s)\s+(?:(?:at\s+least\s+)?(?:once\s+)?every|each\s+(?:year|two|three)|annually|yearly|biennially)\b.*$/is;

/** The subject of a head clause that is the group dated after it, not everyone ("All staff"). */
const EVERYONE = /\b(?:staff|volunteers?|everyone|everybody|members?|employees|workers|colleagues|new)\b/i;

/** A group subject standing for the people just named: "Both", "All three", "Each of them", "They both". */
const GROUP_SUBJECT =
  /^\s*(?:(?<both>both(?:\s+of\s+(?:them|us))?|they\s+both|we\s+both|the\s+two\s+of\s+(?:them|us))|all\s+(?<count>two|three|four|five)(?:\s+of\s+(?:them|us))?)\s+/i;

const COUNTS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5 };

/** Words between a person and their date in an item: "last attended in", "did it on", "in". */
const ITEM_FILLER =
  /(?:^|(?<=\s))(?:last|most\s+recently|also|then|has|have|had|did|completed|attended|refreshed|renewed|updated|took|undertook|passed|it|theirs|hers|his|the\s+course|the\s+same|this|in|on|during|was|were)\s*$/i;

/** The people the policy names as its leads and deputies, each name of each mention. */
function peopleOf(mentions: readonly LeadMention[]): Person[] {
  const people: Person[] = [];
  // Each name once, by its key: a set, as a policy may name thousands of contacts.
  const seen = new Set<string>();
  for (const m of mentions) {
    if (m.former || m.placeholder) continue;
    for (const name of m.names ?? (m.name ? [m.name] : [])) {
      const key = nameKey(name);
      if (!key.includes(" ") || seen.has(key)) continue;
      seen.add(key);
      people.push({ name, key, role: m.role, label: m.label.toLowerCase().replace(/\s+/g, " ") });
    }
  }
  return people;
}

/**
 * Who an item's words stand for: a named lead by full name or by first name, or a role's holders — one person for a
 * role in the singular, every named holder (two or more) for a role in the plural; undefined when any is unknown.
 */
function whoIs(
  words: string,
  people: readonly Person[],
  firstNames: (first: string) => string | undefined,
): Person[] | undefined {
  const who = plain(words)
    .replace(/^[\s,;:*_–—-]*(?:and\s+|&\s+)?/i, "")
    .replace(/(?<![\s,;:*_])[\s,;:*_]+$/, "")
    .trim();
  // A name or a role is a few words: longer words are no one's (and are not read again for a role).
  if (!who || who.length > 80 || who.split(/\s+/).length > 8) return undefined;
  const key = nameKey(who);
  const byName = key.includes(" ") ? people.find((p) => sameName(p.key, key)) : undefined;
  if (byName) return [byName];
  if (/^\p{Lu}[\p{Ll}'’-]+$/u.test(who)) {
    const full = firstNames(who);
    const fullKey = full ? nameKey(full) : "";
    const person = full ? people.find((p) => sameName(p.key, fullKey)) : undefined;
    if (person) return [person];
  }
  // A role: "the DSL", "the deputies", "our Parish Safeguarding Officer".
  const role = who.replace(/^(?:the|our|their)\s+/i, "");
  if (/^deput(?:y|ies)$/i.test(role)) return holders("deputy", role, /ies$/i.test(role), people);
  const mentions = findLeadMentions(role);
  if (mentions.length !== 1 || mentions[0].name || mentions[0].placeholder) return undefined;
  const rest = role.slice(0, mentions[0].offset) + role.slice(mentions[0].endOffset);
  // "Parish Safeguarding Officer": the role's words may be qualified by capitalised words, nothing else.
  if (/[\p{Ll}]/u.test(rest.replace(/\b\p{Lu}[\p{L}'’-]*/gu, ""))) return undefined;
  const plural = /(?:s|ies)$/.test(role) && !/(?:ss|us)$/.test(role);
  return holders(mentions[0].role, role, plural, people);
}

/** A role's holders: its one holder (by the role's words, else the role), or all its holders in the plural (2+). */
function holders(
  role: LeadKind,
  words: string,
  plural: boolean,
  people: readonly Person[],
): Person[] | undefined {
  const ofRole = people.filter((p) => p.role === role);
  if (plural) return ofRole.length >= 2 ? ofRole : undefined;
  const label = words.toLowerCase().replace(/\s+/g, " ");
  const same = ofRole.filter((p) => p.label === label);
  const chosen = same.length > 0 ? same : ofRole;
  return chosen.length === 1 ? chosen : undefined;
}

/**
 * A course's words without the article before them, each run of spaces one space: "the DSL course" → "DSL course" (the
 * training reader's patterns then read a course name, not a hostile run of spaces).
 */
function withoutArticle(course: string): string {
  return course
    .trim()
    .replace(/\s+/g, " ")
    .replace(/^(?:the|a|an|our|their|his|her)\s+/i, "");
}

/** The course a head clause names after its verb, without its cycle; undefined if it names none. */
function headCourse(head: string): { subject: string; course: string } | undefined {
  const match = new RegExp(String.raw`^(?<subject>.{0,80}?)\s+${VERB}\s+(?<course>.+)$`, "isu").exec(head);
  if (!match?.groups) return undefined;
  const course = withoutArticle(match.groups.course.replace(CYCLE_AFTER, ""));
  if (!namesCourse(course) || findDates(course).length > 0) return undefined;
  return { subject: match.groups.subject, course };
}

/**
 * The words before a date without the spaces, commas and last "in", "on" or "during" that lead up to it ("the course
 * in " → "the course"), read from the end once: a long run of spaces costs its length, not its square.
 */
function withoutLastPreposition(words: string): string {
  const trimmed = trimEndWhere(words, /\s/);
  const last = /(?<![\p{L}])(?:in|on|during)$/iu.exec(trimmed.slice(-7));
  return trimEndWhere(last ? trimmed.slice(0, trimmed.length - last[0].length) : trimmed, /[\s,]/);
}

/** Items of a list, split at commas, semicolons and "and", each with its offset in the list. */
function items(list: string): Array<{ text: string; at: number }> {
  const parts: Array<{ text: string; at: number }> = [];
  let from = 0;
  for (const sep of list.matchAll(/(?<!\s)\s*(?:[,;]\s*(?:and\s+)?|\s(?:and|&)\s+)/g)) {
    parts.push({ text: list.slice(from, sep.index), at: from });
    from = (sep.index ?? 0) + sep[0].length;
  }
  parts.push({ text: list.slice(from), at: from });
  return parts.filter((p) => p.text.trim() !== "");
}

type Dated = { people: Person[]; date: DateMatch; offset: number; endOffset: number };

/** "Ada in March 2025 and Ben in January 2024", "the DSL last attended in …, and the deputies in …": each item's people. */
function listRecords(
  list: string,
  base: number,
  people: readonly Person[],
  firstNames: (first: string) => string | undefined,
): Dated[] | undefined {
  const found: Dated[] = [];
  const text = list.replace(/[.!?]\s*$/, "");
  for (const item of items(text)) {
    const dates = findDates(item.text, base + item.at);
    if (dates.length !== 1) return undefined;
    const date = dates[0];
    // The date ends the item.
    if (/[\p{L}\d]/u.test(item.text.slice(date.endOffset - base - item.at))) return undefined;
    let before = item.text.slice(0, date.offset - base - item.at);
    for (let k = 0; k < 4 && ITEM_FILLER.test(before); k++) before = before.replace(ITEM_FILLER, "");
    const who = whoIs(before, people, firstNames);
    if (!who) return undefined;
    found.push({ people: who, date, offset: base + item.at, endOffset: date.endOffset });
  }
  return found.length >= 2 ? found : undefined;
}

/** Each person once: two items naming one person is no list of people. */
function distinct(dated: readonly Dated[]): boolean {
  const keys = dated.flatMap((d) => d.people.map((p) => p.key));
  return new Set(keys).size === keys.length;
}

/** The sentences of a line, with their offsets in the text. */
function sentences(line: Line): Array<{ text: string; offset: number }> {
  const found: Array<{ text: string; offset: number }> = [];
  let from = 0;
  for (const end of line.text.matchAll(/[.!?](?=\s+[\p{Lu}*_("“])/gu)) {
    const stop = (end.index ?? 0) + 1;
    found.push({ text: line.text.slice(from, stop), offset: line.offset + from });
    from = stop;
  }
  found.push({ text: line.text.slice(from), offset: line.offset + from });
  return found
    .map((s) => {
      const lead = s.text.length - s.text.trimStart().length;
      return { text: s.text.trim(), offset: s.offset + lead };
    })
    .filter((s) => s.text !== "");
}

/** Whether words could give two dates (a cheap test before reading them): two years, or two numeric dates. */
const TWO_YEARS =
  /(?:19|20)\d{2}\b[\s\S]*?(?:(?:19|20)\d{2}\b|\d{1,2}[/.]\d{2}\b)|\d[/.]\d{2,4}\b[\s\S]*\d[/.]\d{2,4}\b/;

/** A short label before a sentence: "Training: ", "Lead training – ". */
const LABEL = /^\p{Lu}[\p{L} ()'’&-]{0,40}?(?::|\s[–—])\s+(?=\p{Lu})/u;

/** "Ada and Ben completed the DSL course in May 2025 and February 2024 respectively." */
const RESPECTIVELY = new RegExp(
  String.raw`^(?<who>[^.;:]{3,160}?)\s+${VERB}\s+(?<rest>[^;:]+?)(?<![\s,])[\s,]+respectively\s*[.!]?$`,
  "iu",
);

/**
 * The people just named before a sentence that calls them "Both" or "All three": the leads named on the lines right
 * above it, each of those lines naming one of them (the lead's line, the deputy's line), read up to a line that names
 * none or a heading; nobody when the sentence's own line names someone else before it ("Our cooks, Ann and Bo …").
 */
function namedJustBefore(
  lines: readonly Line[],
  line: Line,
  offset: number,
  text: string,
  people: readonly Person[],
): Person[] {
  const named = (piece: string) => {
    const words = ` ${nameKey(plain(piece).replace(/[^\p{L}\p{N}'’.-]+/gu, " "))} `;
    return people.filter((p) => words.includes(` ${p.key} `));
  };
  const found = new Set<Person>();
  const own = text.slice(line.offset, offset);
  if (/\p{L}/u.test(own)) {
    const onLine = named(own);
    if (onLine.length === 0) return [];
    for (const p of onLine) found.add(p);
  }
  for (let i = line.index - 1; i >= 0 && i >= line.index - 12; i--) {
    const above = lines[i];
    if (above.text.trim() === "") continue;
    if (/^\s{0,3}#{1,6}\s/.test(above.text)) break;
    const onLine = named(above.text);
    if (onLine.length === 0) break;
    for (const p of onLine) found.add(p);
  }
  return [...found];
}

/**
 * The records of the sentences that date one course for several people apart (see the file's comment), and the spans
 * they cover with their dates. Lines in tables are not read.
 */
export function datedApartRecords(
  text: string,
  lines: readonly Line[],
  mentions: readonly LeadMention[],
  tableLines: ReadonlySet<number>,
  firstNames: (first: string) => string | undefined,
): { records: ApartRecord[]; spans: ApartSpan[] } {
  const records: ApartRecord[] = [];
  const spans: ApartSpan[] = [];
  const people = peopleOf(mentions);
  if (people.length < 2) return { records, spans };
  for (const line of lines) {
    if (tableLines.has(line.index) || !/\d{4}|\d[/.]\d/.test(line.text)) continue;
    for (const sentence of sentences(line)) {
      if (NOT_DONE.test(sentence.text)) continue;
      const read = readSentence(sentence.text, sentence.offset, people, firstNames, () =>
        namedJustBefore(lines, line, sentence.offset, text, people),
      );
      if (!read || !distinct(read.dated)) continue;
      const end = sentence.offset + sentence.text.length;
      spans.push({ offset: sentence.offset, endOffset: end, dates: read.dated.map((d) => d.date) });
      for (const d of read.dated)
        for (const person of d.people)
          records.push({
            offset: d.offset,
            endOffset: d.endOffset,
            course: read.course,
            date: d.date,
            datePlaceholder: false,
            noneRecorded: false,
            leadName: person.name,
            leadRole: person.role,
          });
    }
  }
  return { records, spans };
}

function readSentence(
  sentence: string,
  base: number,
  people: readonly Person[],
  firstNames: (first: string) => string | undefined,
  justBefore: () => Person[],
): { course: string; dated: Dated[] } | undefined {
  // A list marker, and a label before the sentence ("**Training:**", "Training:"), a few words with no verb.
  const marked = sentence.replace(/^(?:[-*+•]\s+)?(?:\*\*[^*]{1,40}\*\*\s*)?/, "");
  const label = LABEL.exec(marked)?.[0] ?? "";
  const words =
    label && !new RegExp(String.raw`\b${VERB}\b`, "i").test(label) ? marked.slice(label.length) : marked;
  const start = base + (sentence.length - words.length);
  // "Ada and Ben completed the course in May 2025 and February 2024 respectively."
  const respectively = /\brespectively\b/i.test(words) ? RESPECTIVELY.exec(words) : null;
  if (respectively?.groups && TWO_YEARS.test(words)) {
    const restAt = start + words.indexOf(respectively.groups.rest, respectively.groups.who.length);
    const dates = findDates(respectively.groups.rest, restAt);
    if (dates.length < 2) return undefined;
    const course = withoutArticle(
      withoutLastPreposition(respectively.groups.rest.slice(0, dates[0].offset - restAt)),
    );
    // Between the dates, only commas and "and".
    for (let k = 1; k < dates.length; k++)
      if (
        !/^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)(?:in\s+|on\s+)?$/i.test(
          words.slice(dates[k - 1].endOffset - start, dates[k].offset - start),
        )
      )
        return undefined;
    const who = items(respectively.groups.who.replace(/\s+(?:both|all|each)$/i, ""));
    if (who.length !== dates.length || !namesCourse(course)) return undefined;
    // "completed Level 3 DSL training and Prevent training in May 2025 and February 2022 respectively": the courses,
    // as many as the dates, are what each date pairs with, not the people.
    if (items(course).length === dates.length) return undefined;
    const dated: Dated[] = [];
    for (const [k, item] of who.entries()) {
      const found = whoIs(item.text, people, firstNames);
      if (!found) return undefined;
      dated.push({ people: found, date: dates[k], offset: start, endOffset: dates[k].endOffset });
    }
    return { course, dated };
  }
  // "Both completed X: Ada in March 2025 and Ben in January 2024", "… every two years; the DSL last attended in …".
  const sep = /(?<!\s)\s*[:;]\s+|(?<!\s)\s+[–—]\s+/.exec(words);
  if (sep && TWO_YEARS.test(words.slice(sep.index))) {
    const head = headCourse(words.slice(0, sep.index));
    if (!head || EVERYONE.test(head.subject) || findDates(words.slice(0, sep.index)).length > 0)
      return undefined;
    const listAt = sep.index + sep[0].length;
    const dated = listRecords(words.slice(listAt), start + listAt, people, firstNames);
    return dated ? { course: head.course, dated } : undefined;
  }
  // "Both completed Designated Lead training in March 2025", after the two people's lines.
  const group = GROUP_SUBJECT.exec(words);
  if (!group?.groups) return undefined;
  const rest = words.slice(group[0].length);
  const head = new RegExp(String.raw`^${VERB}\s+(?<course>.+)$`, "isu").exec(rest);
  const dates = findDates(words, start);
  if (!head?.groups || dates.length !== 1) return undefined;
  const courseAt = group[0].length + rest.length - head.groups.course.length;
  const course = withoutArticle(withoutLastPreposition(words.slice(courseAt, dates[0].offset - start)));
  if (!namesCourse(course)) return undefined;
  if (
    /[\p{L}\d]/u.test(words.slice(dates[0].endOffset - start).replace(/\b(?:with|at|from|by)\b[\s\S]*$/i, ""))
  )
    return undefined;
  const count = group.groups.both ? 2 : COUNTS[group.groups.count?.toLowerCase() ?? ""];
  const before = justBefore();
  if (before.length !== count) return undefined;
  return {
    course,
    dated: [{ people: before, date: dates[0], offset: start, endOffset: base + sentence.length }],
  };
}
