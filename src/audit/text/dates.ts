/**
 * Dates as people write them in policies: "15 September 2026", "15th Sept 2026", "August 2019",
 * "15/09/2026" (day first), "2026-09-15", "Summer Term 2018", "Autumn 2024".
 * A loose date is a period: `first` and `last` are its first and last days (ISO). "August 2019" runs
 * 2019-08-01 … 2019-08-31; "Summer Term 2018" 2018-04-01 … 2018-08-31. Rules measure deadlines against
 * `last`, so a month-only review date is overdue only once the whole month has passed.
 * Nothing here reads the clock.
 */
import { addDays, addMonths, endOfMonth, format, isValid, parseISO } from "date-fns";
import { allMatches } from "./matches.js";

export type DatePrecision = "day" | "month" | "term" | "year";

export interface LooseDate {
  /** First day of the period, YYYY-MM-DD. */
  first: string;
  /** Last day of the period, YYYY-MM-DD. */
  last: string;
  precision: DatePrecision;
}

export interface DateMatch {
  /** 0-based offsets into the searched text. */
  offset: number;
  endOffset: number;
  text: string;
  date: LooseDate;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH_NAMES =
  "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";
const month = (name: string) => `(?<${name}>${MONTH_NAMES})\\.?`;
const year = (name: string) => `(?<${name}>(?:19|20)\\d{2})`;
const day = (name: string) => `(?<${name}>\\d{1,2})(?:st|nd|rd|th)?`;

/** Every date form, most specific first (alternatives are tried left to right at each position). */
const DATE_PATTERN = new RegExp(
  `(?:${[
    // 2026-09-15 or 2026-09
    `(?<iso>\\b${year("isoY")}-(?<isoM>\\d{2})(?:-(?<isoD>\\d{2}))?\\b)`,
    // 15/09/2026, 15.09.2026, 15-09-2026, 15/9/26
    `(?<num>\\b(?<numD>\\d{1,2})[/.-](?<numM>\\d{1,2})[/.-](?<numY>(?:19|20)?\\d{2})\\b)`,
    // 15 September 2026, 15th of Sept. 2026, 15 September, 2026
    `(?<dmy>\\b${day("dmyD")}\\s+(?:of\\s+)?${month("dmyM")},?\\s+${year("dmyY")})`,
    // September 15, 2026 / September 15th 2026
    `(?<mdy>\\b${month("mdyM")}\\s+${day("mdyD")},?\\s+${year("mdyY")})`,
    // September 2026, Sept. 2026, September, 2026
    `(?<my>\\b${month("myM")},?\\s+${year("myY")})`,
    // Summer Term 2018, Autumn 2024, Spring term, 2019
    `(?<term>\\b(?<termName>spring|summer|autumn)(?:\\s+term)?,?\\s+${year("termY")})`,
    // 09/2024
    `(?<numMY>\\b(?<numMYM>\\d{1,2})/${year("numMYY")}\\b)`,
  ].join("|")})(?![\\w/])`,
  "gi",
);

const YEAR_PATTERN = /\b((?:19|20)\d{2})\b(?![/\-.]\d)/g;

function iso(year: number, month: number, day: number): string | undefined {
  const value = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const parsed = parseISO(value);
  if (!isValid(parsed) || format(parsed, "yyyy-MM-dd") !== value) return undefined;
  return value;
}

function monthPeriod(year: number, month: number): LooseDate | undefined {
  const first = iso(year, month, 1);
  if (!first) return undefined;
  return { first, last: format(endOfMonth(parseISO(first)), "yyyy-MM-dd"), precision: "month" };
}

function dayPeriod(year: number, month: number, day: number): LooseDate | undefined {
  const value = iso(year, month, day);
  return value ? { first: value, last: value, precision: "day" } : undefined;
}

/** UK school terms: spring Jan–Apr (to Easter), summer Apr–Aug (to the end of the holiday), autumn Sep–Dec. */
const TERMS: Record<string, { first: string; last: string }> = {
  spring: { first: "01-01", last: "04-30" },
  summer: { first: "04-01", last: "08-31" },
  autumn: { first: "09-01", last: "12-31" },
};

function fourDigitYear(text: string): number {
  const n = Number(text);
  return text.length === 2 ? 2000 + n : n;
}

function fromGroups(g: Record<string, string | undefined>): LooseDate | undefined {
  if (g.iso) {
    const year = Number(g.isoY);
    const month = Number(g.isoM);
    return g.isoD ? dayPeriod(year, month, Number(g.isoD)) : monthPeriod(year, month);
  }
  if (g.num) return dayPeriod(fourDigitYear(g.numY ?? ""), Number(g.numM), Number(g.numD));
  if (g.dmy)
    return dayPeriod(Number(g.dmyY), MONTHS[(g.dmyM ?? "").toLowerCase().replace(/\.$/, "")], Number(g.dmyD));
  if (g.mdy)
    return dayPeriod(Number(g.mdyY), MONTHS[(g.mdyM ?? "").toLowerCase().replace(/\.$/, "")], Number(g.mdyD));
  if (g.my) return monthPeriod(Number(g.myY), MONTHS[(g.myM ?? "").toLowerCase().replace(/\.$/, "")]);
  if (g.term) {
    const term = TERMS[(g.termName ?? "").toLowerCase()];
    const year = g.termY;
    return { first: `${year}-${term.first}`, last: `${year}-${term.last}`, precision: "term" };
  }
  if (g.numMY) return monthPeriod(Number(g.numMYY), Number(g.numMYM));
  return undefined;
}

export interface FindDatesOptions {
  /** Also accept a bare year ("2020") as a date running 1 January to 31 December. */
  allowYear?: boolean;
}

/** Every date in `text`, in order, with offsets relative to `text` (plus `base`). */
export function findDates(text: string, base = 0, options: FindDatesOptions = {}): DateMatch[] {
  const found: DateMatch[] = [];
  for (const match of allMatches(DATE_PATTERN, text)) {
    const date = fromGroups(match.groups ?? {});
    if (!date) continue;
    found.push({
      offset: base + (match.index ?? 0),
      endOffset: base + (match.index ?? 0) + match[0].length,
      text: match[0],
      date,
    });
  }
  if (options.allowYear) {
    for (const match of allMatches(YEAR_PATTERN, text)) {
      const start = base + (match.index ?? 0);
      const end = start + match[0].length;
      if (found.some((f) => start < f.endOffset && end > f.offset)) continue;
      const year = match[1];
      found.push({
        offset: start,
        endOffset: end,
        text: match[0],
        date: { first: `${year}-01-01`, last: `${year}-12-31`, precision: "year" },
      });
    }
    found.sort((a, b) => a.offset - b.offset);
  }
  return found;
}

/** Parses a string that is exactly one date (surrounding spaces and punctuation allowed). */
export function parseLooseDate(text: string, options: FindDatesOptions = {}): LooseDate | undefined {
  const trimmed = text.trim().replace(/^[\s:–—-]+|[\s.,;]+$/g, "");
  const [first] = findDates(trimmed, 0, options);
  if (first?.offset !== 0 || first.endOffset !== trimmed.length) return undefined;
  return first.date;
}

/** A setting's ISO date ("2025-03-12", or "2025-03" meaning the 1st) as a day; undefined if not a date. */
export function isoDay(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value.trim());
  if (!match) return undefined;
  return iso(Number(match[1]), Number(match[2]), Number(match[3] ?? "1"));
}

/** ISO date plus whole months (day clamped to the month's end). */
export function addMonthsToIso(value: string, months: number): string {
  return format(addMonths(parseISO(value), months), "yyyy-MM-dd");
}

/** ISO date plus days. */
export function addDaysToIso(value: string, days: number): string {
  return format(addDays(parseISO(value), days), "yyyy-MM-dd");
}

/** How a loose date reads in a message: "12 March 2021", "August 2019", "Summer Term 2018". */
export function describeLooseDate(match: Pick<DateMatch, "text" | "date">): string {
  const { date } = match;
  if (date.precision === "day") return formatUk(date.first);
  if (date.precision === "month") return format(parseISO(date.first), "MMMM yyyy");
  return match.text.trim();
}

/** 2026-09-15 → "15 September 2026". */
export function formatUk(value: string): string {
  const parsed = parseISO(value);
  return isValid(parsed) ? format(parsed, "d MMMM yyyy") : value;
}
