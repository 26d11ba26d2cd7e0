/**
 * Dates as people write them in policies, read by chrono's en-GB (day-first) parser: "15 September 2026",
 * "6th May 2019", "May, 2018", "Sept 23" (September 2023), "19/01/2021", "2014-11-25", "09/2024", "09.2024", and school
 * terms ("Summer Term 2018", "Autumn 2024") and a club's seasons ("Winter 2022"), which chrono does not know.
 * A loose date is a period: `first` and `last` are its first and last days (ISO). "August 2019" runs
 * 2019-08-01 … 2019-08-31; "Summer Term 2018" 2018-04-01 … 2018-07-31. Rules measure deadlines against
 * `last`, so a month-only review date is overdue only once the whole month has passed. A day after "w/c", "w/b",
 * "week commencing" or "week beginning" is a week ("week"): the day and the six after it, so a review due "w/c 30
 * November 2026" is overdue only once that week's Sunday has passed.
 * Nothing here reads the clock.
 */

import type { Chrono, ParsedResult, Parser, ParsingContext, Refiner } from "chrono-node";
import * as chrono from "chrono-node";
import { addDays, addMonths, endOfMonth, format, isValid, parseISO } from "date-fns";
import { replaceBrokenWords } from "./broken-words.js";
import { allMatches } from "./matches.js";

export type DatePrecision = "day" | "week" | "month" | "term" | "year";

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

/**
 * chrono's en-GB parser (day first) with only the parsers for written dates: no times, weekdays, "today",
 * "in two weeks" — a policy's "review it next week" has no date to measure. Parsers are dropped by class
 * name; if a bundler renamed them nothing is dropped and the refiner below still keeps only absolute dates.
 */
const UNWANTED_PARSERS = new Set([
  "ENTimeUnitWithinFormatParser",
  "ENWeekdayParser",
  "ENTimeExpressionParser",
  "ENTimeUnitAgoFormatParser",
  "ENTimeUnitLaterFormatParser",
  "ENCasualDateParser",
  "ENCasualTimeParser",
  "ENEndOfCurrentMonthParser",
  "ENRelativeDateFormatParser",
  "ENTimeUnitCasualRelativeFormatParser",
]);
const UNWANTED_REFINERS = new Set(["ForwardDateRefiner", "ENMergeDateRangeRefiner", "ENEndOfPeriodRefiner"]);

const TERM_TAG = "policysmith/term/";

const MONTH_NUMBERS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/** A month's number from its English name or the name's first three letters ("Sept" → 9); 0 for anything else. */
export function monthNumber(word: string): number {
  return MONTH_NUMBERS[word.slice(0, 3).toLowerCase()] ?? 0;
}

/**
 * "October 2027" followed by a number ("Next review October 2027 1. Introduction" once PDF line breaks are
 * joined, "Refresher October 2019 3 hours"): chrono's month-name parser refuses a month and year followed by a
 * digit, in case the digit is a time. chrono's day-first parsers still win where there is a day before it.
 */
const monthYearBeforeNumberParser: Parser = {
  pattern: () =>
    /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+((?:19|20)\d{2})(?=\s+\d)/i,
  extract(context, match) {
    const month = MONTH_NUMBERS[match[1].slice(0, 3).toLowerCase()];
    return context.createParsingComponents({ year: Number(match[2]), month }).imply("day", 1);
  },
};

/**
 * "Oct '24", "September ’25", "Sept/2024": a month and a year written with an apostrophe or a slash, which chrono
 * skips; with a day before it, "3rd of March '25", "3 March ’25", the day. A markdown copy escapes the apostrophe
 * (March \'26). A day the month does not have ("31st of June '25") is no date, as chrono
 * treats "31st of June 2025".
 */
const monthApostropheYearParser: Parser = {
  pattern: () =>
    /(?:\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s*(?:\\?['’‘]\s*(\d{2})|\/\s*((?:19|20)\d{2}))(?![\w/])/i,
  extract(context, match) {
    const month = MONTH_NUMBERS[match[2].slice(0, 3).toLowerCase()];
    const year = match[3] ? 2000 + Number(match[3]) : Number(match[4]);
    if (match[1] !== undefined && iso(year, month, Number(match[1])))
      return context.createParsingComponents({ year, month, day: Number(match[1]) });
    if (match[1] === undefined) return context.createParsingComponents({ year, month }).imply("day", 1);
    // Without the day: the month and year alone, from the month's name on.
    const at = match[0].indexOf(match[2], match[1].length);
    const result = context.createParsingResult((match.index ?? 0) + at, match[0].slice(at));
    result.start = context.createParsingComponents({ year, month }).imply("day", 1);
    return result;
  },
};

/**
 * "the 1st day of May 2022", "this 3rd day of March, 2025": the deed's way of writing a date, in which chrono reads
 * only the month and year. A day the month does not have is no date.
 */
const dayOfMonthParser: Parser = {
  pattern: () =>
    /\b(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+((?:19|20)\d{2})(?!\d)/i,
  extract(context, match) {
    const month = MONTH_NUMBERS[match[2].slice(0, 3).toLowerCase()];
    const year = Number(match[3]);
    const day = Number(match[1]);
    if (!iso(year, month, day)) return null;
    return context.createParsingComponents({ year, month, day });
  },
};

/**
 * "Spring Term 2021", "Summer 2019", "Autumn term, 2024", "Spring Term 2021/22" (an academic year: autumn is in its
 * first calendar year, spring and summer in its second), and half-terms: "Spring 1 2025", "Summer 2 2024",
 * "Spring half-term 2025" (the first half of the term, up to its half-term break). A first half ends before its
 * term does (autumn 1 in late October, spring 1 in February, summer 1 in late May), a second half with its term.
 * Independent schools and universities name their terms: Michaelmas (autumn), Lent or Hilary (spring), Trinity
 * (summer); "Trinity" and "Hilary" are names too (a college, a person), so they are terms only with the word
 * "term". All four only with their capital ("equipment lent 2024" is the verb). ("Easter term" is spring in some
 * schools and summer in others, so it is left unread.) A church's "Michaelmas 2026" without "term" may be the quarter
 * day (29 September); it is read as the term, to December — the later date, which errs towards not reporting.
 * A sports club dates by season as a school does by term: "Winter 2022" (see winterComponents).
 * chrono knows no school terms.
 */
const termParser: Parser = {
  pattern: () =>
    /\b(spring|summer|autumn|winter|michaelmas|lent|hilary|trinity)(\s+term)?(?:\s+([12])|\s+(half)[\s-]?term)?(\s+term)?,?\s+((?:19|20)\d{2})(?:\s*[/–-]\s*(\d{2}|(?:19|20)\d{2}))?(?![\w/])/i,
  extract(context, match) {
    const named = match[1].toLowerCase();
    if (named === "winter") return winterComponents(context, match);
    // A named term is a proper name, written with its capital: "equipment lent 2024" is the verb.
    if (NAMED_TERMS[named] && !/^\p{Lu}/u.test(match[1])) return null;
    if ((named === "hilary" || named === "trinity") && !match[2] && !match[5]) return null;
    const season = NAMED_TERMS[named] ?? named;
    const term = match[3] === "1" || match[4] ? `${season}-1` : season;
    const year = Number(match[6]) + (match[7] && season !== "autumn" ? 1 : 0);
    return context
      .createParsingComponents({ year, month: TERMS[term].lastMonth, day: 1 })
      .addTag(`${TERM_TAG}${term}`);
  },
};

/**
 * "Winter 2022", "winter 2022/23": a season, as a sports club dates a course. Winter runs over the turn of the year,
 * December to February; a club writing one year may mean the winter that starts in it or January and February of it,
 * so "Winter 2022" runs from January 2022 to the end of February 2023 — its end the later reading's, so a lapse is never
 * reported early. Written with both years ("Winter 2022/23", "Winter 2022-2023"), December 2022 to February 2023.
 * Left unread: a "Winter Term" (the autumn term in some clubs and schools, January to Easter in others), a half
 * ("Winter 1 2025"), two years that are not one winter ("Winter 2022/24"), and Winter after a title or an initial
 * (the surname: "Mrs Jane Winter 2022" where a PDF joins a name's cell to a date's).
 */
function winterComponents(context: ParsingContext, match: RegExpMatchArray) {
  if (match[2] || match[3] || match[4] || match[5]) return null;
  const year = Number(match[6]);
  if (match[7] && fourDigitYear(match[7], match[6]) !== year + 1) return null;
  const index = match.index ?? 0;
  if (SURNAME_BEFORE.test(context.text.slice(Math.max(0, index - 40), index))) return null;
  return context
    .createParsingComponents({ year: year + 1, month: TERMS.winter.lastMonth, day: 1 })
    .addTag(`${TERM_TAG}${match[7] ? "winter" : "winter-either"}`);
}

/** A title or an initial, and perhaps a first name, just before a word: "Mrs Jane ", "Dr ", "J. ". */
const SURNAME_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?|\b\p{Lu}\.)(?:\s\p{Lu}[\p{L}'’-]*)?\s$/u;

/**
 * "Next review: Easter 2026": Easter Sunday of that year (not the whole year, which read the date as 31 December).
 * With its capital and the year straight after it: "Easter term 2026" is a term some schools put in spring and others
 * in summer, left unread (see termParser).
 */
const easterParser: Parser = {
  pattern: () => /\b(Easter),?\s+((?:19|20)\d{2})(?![\w/])/,
  extract(context, match) {
    const { month, day } = easterSunday(Number(match[2]));
    return context.createParsingComponents({ year: Number(match[2]), month, day });
  },
};

/** Welsh month names, in their own (capitalised) form: Ionawr (January) … Rhagfyr (December). */
const WELSH_MONTHS: Record<string, number> = {
  Ionawr: 1,
  Chwefror: 2,
  Mawrth: 3,
  Ebrill: 4,
  Mai: 5,
  Mehefin: 6,
  Gorffennaf: 7,
  Awst: 8,
  Medi: 9,
  Hydref: 10,
  Tachwedd: 11,
  Rhagfyr: 12,
};

/**
 * "Medi 2026", "14 Mawrth 2023", "1af Chwefror 2026": a date in a Welsh (or bilingual) policy, the month in Welsh. Only
 * with its capital and a year straight after it: "Mai" and "Medi" are first names too, "Mawrth" Tuesday ("dydd
 * Mawrth") and "mai" a word ("that"). A day the month does not have is no date.
 */
const welshMonthParser: Parser = {
  pattern: () =>
    /\b(?:(\d{1,2})(?:af|il|ydd|ed|fed|eg|ain)?\s+)?(Ionawr|Chwefror|Mawrth|Ebrill|Mai|Mehefin|Gorffennaf|Awst|Medi|Hydref|Tachwedd|Rhagfyr),?\s+((?:19|20)\d{2})(?![\w/])/,
  extract(context, match) {
    const month = WELSH_MONTHS[match[2]];
    const year = Number(match[3]);
    if (match[1] === undefined) return context.createParsingComponents({ year, month }).imply("day", 1);
    // A day the month does not have ("31 Mehefin 2025") is read, then dropped as no date (looseDate), so that its
    // last digit is not read again as a day ("1 Mehefin 2025").
    return context.createParsingComponents({ year, month, day: Number(match[1]) });
  },
};

/**
 * Easter Sunday's month and day in a Gregorian year: the "anonymous Gregorian algorithm" (Meeus/Jones/Butcher), the
 * Western churches' computus in whole-number arithmetic.
 */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/**
 * "HT1 2025", "HT 3 2026", "Half Term 4 2026", "HT5 2025/26": the six half terms numbered through the school year —
 * HT1 and HT2 autumn, HT3 and HT4 spring, HT5 and HT6 summer — read as "Autumn 1", "Autumn 2" and so on are. Of an
 * academic year, autumn's halves are in its first calendar year, the others in its second. "HT" only in capitals.
 */
const numberedHalfTermParser: Parser = {
  pattern: () =>
    /\b(?:(HT)\s?|(half[\s-]term)\s+)([1-6]),?\s+((?:19|20)\d{2})(?:\s*[/–-]\s*(\d{2}|(?:19|20)\d{2}))?(?![\w/])/i,
  extract(context, match) {
    if (match[1] && match[1] !== "HT") return null;
    const number = Number(match[3]);
    const season = HALF_TERM_SEASONS[Math.ceil(number / 2) - 1];
    const term = number % 2 === 1 ? `${season}-1` : season;
    const year = Number(match[4]) + (match[5] && season !== "autumn" ? 1 : 0);
    return context
      .createParsingComponents({ year, month: TERMS[term].lastMonth, day: 1 })
      .addTag(`${TERM_TAG}${term}`);
  },
};

const HALF_TERM_SEASONS = ["autumn", "spring", "summer"];

/** The seasons of the terms independent schools and universities name. */
const NAMED_TERMS: Record<string, string> = {
  michaelmas: "autumn",
  lent: "spring",
  hilary: "spring",
  trinity: "summer",
};

const QUARTER_TAG = "policysmith/quarter/";
const ORDINAL_QUARTERS: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4 };

/**
 * "Q3 2025", "third quarter of 2025", "Quarter 2, 2026": a calendar quarter, to the end of its third month; "Q3
 * 2026/27" a quarter of a financial year, which runs April to March (Q3 is October to December 2026). Tagged with
 * the quarter's first month, so the period runs from it. chrono knows no quarters.
 */
const quarterParser: Parser = {
  pattern: () =>
    /\b(?:q([1-4])|(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter|quarter\s+([1-4]))(?:\s+of)?,?\s+((?:19|20)\d{2})(?:\s*[/–-]\s*(\d{2}|(?:19|20)\d{2}))?(?![\w/])/i,
  extract(context, match) {
    const ordinal = match[2]?.toLowerCase();
    const quarter = Number(match[1] ?? match[3] ?? ORDINAL_QUARTERS[ordinal ?? ""] ?? ordinal?.[0]);
    let year = Number(match[4]);
    let firstMonth = quarter * 3 - 2;
    if (match[5]) {
      // A financial year, April to March: its fourth quarter is in the second calendar year.
      if (fourDigitYear(match[5], match[4]) !== year + 1) return null;
      firstMonth += 3;
      if (firstMonth > 12) [firstMonth, year] = [firstMonth - 12, year + 1];
    }
    return context
      .createParsingComponents({ year, month: firstMonth + 2, day: 1 })
      .addTag(`${QUARTER_TAG}${firstMonth}`);
  },
};

/** Keeps dates a deadline can be measured against: a known year and month, not casual or relative. */
const absoluteOnly: Refiner = {
  refine: (_context, results) =>
    results.filter((r) => {
      const tags = r.tags();
      for (const tag of tags)
        if (tag.startsWith("casualReference") || tag.startsWith("result/relative")) return false;
      return r.start.isCertain("year") && r.start.isCertain("month");
    }),
};

let parser: Chrono | undefined;
function dateParser(): Chrono {
  if (parser) return parser;
  const gb = chrono.en.GB.clone();
  gb.parsers = gb.parsers.filter((p) => !UNWANTED_PARSERS.has(p.constructor.name));
  gb.parsers.push(
    termParser,
    easterParser,
    welshMonthParser,
    numberedHalfTermParser,
    quarterParser,
    monthApostropheYearParser,
    monthYearBeforeNumberParser,
    dayOfMonthParser,
  );
  gb.refiners = gb.refiners.filter((r) => !UNWANTED_REFINERS.has(r.constructor.name));
  gb.refiners.push(absoluteOnly);
  parser = gb;
  return gb;
}

/** chrono needs a reference instant; only a date without a year uses it, and those are refused. */
const REFERENCE = new Date(Date.UTC(2000, 0, 1, 12));

/**
 * UK school terms: spring Jan–Apr (to Easter, which can fall late in April), summer Apr–Jul, autumn Sep–Dec; each
 * ends with its last month. A term's first half ("spring-1") starts with it and ends at its half-term break:
 * autumn late October, spring mid-February, summer late May (the month's end is taken). Its second half ends
 * with the term.
 */
const TERMS: Record<string, { first: string; lastMonth: number; fromYearBefore?: boolean }> = {
  spring: { first: "01-01", lastMonth: 4 },
  summer: { first: "04-01", lastMonth: 7 },
  autumn: { first: "09-01", lastMonth: 12 },
  "spring-1": { first: "01-01", lastMonth: 2 },
  "summer-1": { first: "04-01", lastMonth: 5 },
  "autumn-1": { first: "09-01", lastMonth: 10 },
  winter: { first: "12-01", lastMonth: 2, fromYearBefore: true },
  "winter-either": { first: "01-01", lastMonth: 2, fromYearBefore: true },
};

/** Whole numbers a four-digit year's calendar date is counted in, without date-fns (the same answer, sooner). */
function plainDateParts(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && year >= 1000 && year <= 9999 && Number.isInteger(month) && Number.isInteger(day)
  );
}

/** The number of days in a month (1–12) of a year. */
function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string | undefined {
  const value = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  // Most calls: a four-digit year and whole numbers, checked by arithmetic (date-fns' parse and format are a fifth
  // of reading a date); anything else as date-fns reads it.
  if (plainDateParts(year, month, day))
    return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? value : undefined;
  const parsed = parseISO(value);
  if (!isValid(parsed) || format(parsed, "yyyy-MM-dd") !== value) return undefined;
  return value;
}

function monthPeriod(year: number, month: number): LooseDate | undefined {
  const first = iso(year, month, 1);
  if (!first) return undefined;
  const last = plainDateParts(year, month, 1)
    ? `${first.slice(0, 8)}${String(daysInMonth(year, month)).padStart(2, "0")}`
    : format(endOfMonth(parseISO(first)), "yyyy-MM-dd");
  return { first, last, precision: "month" };
}

function dayPeriod(year: number, month: number, day: number): LooseDate | undefined {
  const value = iso(year, month, day);
  return value ? { first: value, last: value, precision: "day" } : undefined;
}

function looseDate(result: ParsedResult): LooseDate | undefined {
  const { start } = result;
  const year = start.get("year");
  const month = start.get("month");
  if (year === null || month === null || year < 1900 || year > 2199) return undefined;
  for (const tag of start.tags()) {
    if (tag.startsWith(QUARTER_TAG)) {
      const firstMonth = Number(tag.slice(QUARTER_TAG.length));
      const first = monthPeriod(year, firstMonth)?.first;
      const last = monthPeriod(year, month)?.last;
      return first && last ? { first, last, precision: "term" } : undefined;
    }
    if (!tag.startsWith(TERM_TAG)) continue;
    const term = TERMS[tag.slice(TERM_TAG.length)];
    const last = monthPeriod(year, term.lastMonth)?.last;
    const from = term.fromYearBefore ? year - 1 : year;
    return last ? { first: `${from}-${term.first}`, last, precision: "term" } : undefined;
  }
  const day = start.get("day");
  return start.isCertain("day") && day !== null ? dayPeriod(year, month, day) : monthPeriod(year, month);
}

/**
 * Numbers that are not dates although they parse as one: "version 1.2.2020", "section 4.10.2021". A statute's
 * year is refused separately (bare years are read only when asked).
 */
const NOT_A_DATE_BEFORE =
  /(?:\b(?:v|ver|version|section|(?<!['’‘])s|clause|para|paragraph|page|p|pp|no|number|tel|telephone|phone|mobile)\.?\s*|[\d.]\.)$/i;
/** A year belonging to a statute, an edition or a number: "Children Act 1989", "KCSIE 2024", "Section 2020". */
const NOT_A_YEAR_BEFORE =
  /\b(?:act|acts|regulations?|order|rules|bill|measure|edition|guidance|together|kcsie|framework|eyfs|v|ver|version|section|(?<!['’‘])s|page|no|number|tel|phone|room|unit|level|code)\.?\s*$/i;
/**
 * Words after a bare year that make it a document's: "the Partnership's 2024 procedures", "the 2023 safeguarding
 * guidance" — the year of what is named, not a date.
 */
const DOCUMENT_AFTER_YEAR =
  /^\s+(?:(?:safeguarding|child\s+protection|multi-?agency|inter-?agency|local|national|statutory|revised|updated|partnership)\s+)*(?:procedures?|guidance|guidelines|handbook|edition|regulations|standards|framework|protocols?)\b/i;

export interface FindDatesOptions {
  /** Also accept a bare year ("2020") as a date running 1 January to 31 December. */
  allowYear?: boolean;
  /**
   * A date is expected here (a training record, a review or adoption line): also accept the short forms such
   * records use and running text cannot be trusted with —
   * - a month and a two-digit year written with a slash ("Level 3 – 06/24"), where no other reading is possible:
   *   the second number is not a month (13–99), so "06/24" cannot be a day and a month; "03/11" (3 November, or
   *   March 2011?) is left alone;
   * - a day of one digit, a month and a two-digit year written with dots ("1.9.24", "3.11.25"), which chrono
   *   refuses everywhere because a clause number looks the same ("3.1.14").
   */
  shortMonthYear?: boolean;
}

/**
 * "06/24", "6/24": a month (1–12) and a two-digit year (13–99) that is not part of a longer date ("12/06/24"), a
 * phone number ("01632 960 06/24"), a version ("v2/24"), a fraction, a count or a score ("24/7", "18/20", "5/15
 * staff", "4/20 modules").
 */
const SHORT_MONTH_YEAR =
  /(?<![\w/.,£$]|\d{2}[\s-])(0?[1-9]|1[0-2])\/(1[3-9]|[2-9]\d)(?![\w/%]|[.,-]\d|\s*\d{3}|\s*(?:staff|modules?|units?|hours?|hrs|sessions?|days?|weeks?|people|members|learners|pupils|children|questions?|marks?|points?|attended|completed|passed|trained|correct)\b)/g;

/**
 * "1.9.24", "3.11.25": a one-digit day, a month and a two-digit year with dots — the shape chrono leaves out
 * (its own dotted dates need a two-digit day or a four-digit year). Not part of a longer number ("4.1.9.24",
 * "1.9.245", "1.9.24.2"), a sum of money ("£1.9.24") or a version ("v1.9.24", refused by the words before it).
 */
const DOTTED_SHORT_DATE = /(?<![\w.,£$€/-])([1-9])\.(0?[1-9]|1[0-2])\.(\d{2})(?![\w/-]|[.,]\d)/g;

/**
 * "09.2024", "06.2025": a two-digit month (01–12) and a four-digit year written with a dot, as UK policies write
 * "09/2024" (which chrono reads; it drops this shape as a decimal number). Not a one-digit number ("1.2026" is a
 * clause), nor part of a longer number ("3.10.2026.1", "192.168.10.2024", "10.20261"), a sum of money
 * ("£10.2025"), a code ("REF-10.2026"), a percentage or a measure; a number after a clause's or a version's label
 * ("section 10.2026", "Version 02.2024") is refused by the words before it.
 */
const DOTTED_MONTH_YEAR = /(?<![\w.,£$€/-])(0[1-9]|1[0-2])\.((?:19|20)\d{2})(?![\w%]|[.,]\d)/g;

/**
 * "March the 3rd, 2025", "June the 21st 2024": a month's name, "the", an ordinal day (its suffix written) and a
 * four-digit year, not part of a longer number.
 */
const MONTH_THE_ORDINAL =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+the\s+(\d{1,2})(?:st|nd|rd|th),?\s+((?:19|20)\d{2})(?![\d/.-]\d|\d)/gi;

/** A version's, a release's or a clause's number after its label: "Version: 1.2.26", "Issue #3.1.25", "Step 2.4.19". */
const NUMBERED_BEFORE =
  /\b(?:v|ver|version|rev|revision|issue|edition|release|build|clause|section|para|paragraph|item|step|rule|regulation|standard|criterion)\.?\s*[:#]?\s*$/i;

/**
 * A financial year, April to March, named by the year it ends in ("FY24": April 2023 to March 2024, as UK
 * organisations name theirs) or by both its years ("FY 2025/26", "FY2025-26"), with or without a quarter counted
 * from April ("FY24 Q3": October to December 2023; "Q1 FY2026/27": April to June 2026). Capital FY only.
 */
const FINANCIAL_YEAR =
  /(?<![\w/.-])(?:[Qq]([1-4])\s+(?:of\s+)?)?FY\s?((?:19|20)?\d{2})(?:\s?[/–-]\s?((?:19|20)?\d{2}))?(?:,?\s+[Qq]([1-4]))?(?![\w/%]|[.,–-]\w)/g;

/**
 * The start or end of a named academic (school) year, a day: "the start of the 2026/27 academic year" (1 September
 * 2026), "the end of the academic year 2026–27" (31 August 2027).
 */
const ACADEMIC_YEAR_EDGE =
  /\b(start|beginning|end)\s+of\s+(?:the\s+)?(?:(?:academic|school)\s+year\s+)?((?:19|20)\d{2})\s?[/–-]\s?(\d{2}|(?:19|20)\d{2})(?![\w/])(\s+(?:academic|school)\s+year\b)?/gi;

/**
 * A year written as an apostrophe and two digits ("'27", a markdown copy's "\'27"), where a date is expected: not
 * part of a word or a number ("6'10", "'50s", "'24/7"), a percentage or a count ("'25 years").
 */
const APOSTROPHE_YEAR =
  /(?<![\w'’‘])\\?['’‘](\d{2})(?![\w'’‘%]|[/.,:–-]\d|\s*(?:years?|months?|weeks?|days?|hours?|hrs|minutes?|mins|people|staff|members|pupils|children)\b)/g;
/** A month's name just before: "June '25" is a month's year, not a year alone. */
const MONTH_BEFORE =
  /\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s*$/i;

/** A two-digit year: up to 69 is this century ("24" → 2024), from 70 the last ("98" → 1998). */
function shortYear(digits: string): number {
  const value = Number(digits);
  return value <= 69 ? 2000 + value : 1900 + value;
}

/** Years (1900–2199) standing alone: not part of a date, a range, a phone number ("01632 960 2020") or an edition. */
const YEAR_PATTERN =
  /(?<![\d/.,£$-]|\d\s)\b((?:19|2[01])\d{2})\b(?![/\-.]\d|,\d|\d|\s+(?:edition|version|act)\b)/gi;

/** A school or academic year, September to August: "2025/26", "2024-25", "2019–2020". */
const ACADEMIC_YEAR = /(?<![\d/.£$-])\b((?:19|20)\d{2})\s*[/–-]\s*(\d{2}|(?:19|20)\d{2})\b(?![/\-.]\d)/g;

function fourDigitYear(text: string, century: string): number {
  return text.length === 2 ? Number(century.slice(0, 2) + text) : Number(text);
}

/** A FINANCIAL_YEAR match as a period: the whole year ("year"), or one quarter of it ("term"); undefined if not a year. */
function financialYear(match: RegExpMatchArray): LooseDate | undefined {
  const [, before, named, second, after] = match;
  if (before && after) return undefined;
  const full = (digits: string) => (digits.length === 2 ? shortYear(digits) : Number(digits));
  let startYear = full(named) - 1;
  if (second !== undefined) {
    startYear = full(named);
    if (
      full(second.length === 2 && named.length === 4 ? named.slice(0, 2) + second : second) !==
      startYear + 1
    )
      return undefined;
  }
  const quarter = Number(before ?? after ?? 0);
  if (!quarter) return { first: `${startYear}-04-01`, last: `${startYear + 1}-03-31`, precision: "year" };
  const month = 4 + (quarter - 1) * 3;
  const [year, firstMonth] = month > 12 ? [startYear + 1, month - 12] : [startYear, month];
  const first = monthPeriod(year, firstMonth)?.first;
  const last = monthPeriod(year, firstMonth + 2)?.last;
  return first && last ? { first, last, precision: "term" } : undefined;
}

/** A school year with its years a dash, a hyphen or a slash apart: "2022–23", "2022-23", "2022/23", "2022 – 2023". */
const SCHOOL_YEAR =
  /(?<![\d/.£$–—-]|\d\s)\b((?:19|20)\d{2})\s?[/–—-]\s?(\d{2}|(?:19|20)\d{2})\b(?![/–—.-]?\d)/g;

/**
 * The school (academic) years in `text`, without reading any other date: "2022–23" is something done during that
 * year, September 2022 to August 2023, so a careful reader counts from its last day (31 August 2023) as from a
 * term's. Precision "term": the text is how it reads in a message. Not a range of other years ("2019–2021"), nor a
 * year belonging to a title ("KCSIE 2023–24").
 */
export function findSchoolYears(text: string, base = 0): DateMatch[] {
  if (!/\d{4}\s?[/–—-]/.test(text)) return [];
  const found: DateMatch[] = [];
  for (const match of allMatches(SCHOOL_YEAR, text)) {
    const index = match.index ?? 0;
    const [from, to] = [Number(match[1]), fourDigitYear(match[2], match[1])];
    if (to !== from + 1) continue;
    if (NOT_A_YEAR_BEFORE.test(text.slice(Math.max(0, index - 14), index))) continue;
    found.push({
      offset: base + index,
      endOffset: base + index + match[0].length,
      text: match[0],
      date: { first: `${from}-09-01`, last: `${to}-08-31`, precision: "term" },
    });
  }
  return found;
}

/** Every date in `text`, in order, with offsets relative to `text` (plus `base`). */
/** No date spans a gap this wide; a long text is read in the pieces between such gaps. */
/** "2025年4月1日", "2024年 9月": year, month (and day) with the Japanese and Chinese characters for each. */
const YEAR_MONTH_DAY_CJK =
  /(?<!\d)((?:19|20)\d{2})\s*年\s*(1[0-2]|0?[1-9])\s*月(?:\s*(3[01]|[12]\d|0?[1-9])\s*日)?/g;
const WIDE_GAP = /\s{16,}/g;

export function findDates(text: string, base = 0, options: FindDatesOptions = {}): DateMatch[] {
  // chrono's patterns try every position of a long run of spaces against the whole run: read between runs.
  if (text.length > 256 && /\s{16}/.test(text)) {
    const found: DateMatch[] = [];
    let from = 0;
    for (const gap of text.matchAll(WIDE_GAP)) {
      const at = gap.index ?? 0;
      if (at > from) found.push(...findDatesBetweenGaps(text.slice(from, at), base + from, options));
      from = at + gap[0].length;
    }
    if (from < text.length) found.push(...findDatesBetweenGaps(text.slice(from), base + from, options));
    return found;
  }
  return findDatesBetweenGaps(text, base, options);
}

/** The dates chrono reads in a text, where they are, as offsets in it: the same for the same text. */
interface ChronoDate {
  index: number;
  text: string;
  date: LooseDate;
}

/**
 * chrono's dates in each text read so far in this document. The rules read the same lines over and over (each
 * training line, each review sentence, each paragraph after a label); chrono is the costliest step of each read.
 * Emptied for each document (forgetDocumentDates) and when it grows large, so one document never reads another's.
 */
const chronoCache = new Map<string, readonly ChronoDate[]>();
const CHRONO_CACHE_SIZE = 2000;

/** Starts a new document: dates read in the one before are not kept. */
export function forgetDocumentDates(): void {
  chronoCache.clear();
}

/**
 * A month's name broken at a hyphen over a line, as text copied from a PDF keeps it ("Decem-\nber 2026",
 * "Feb-\n  ruary"), or once its lines are joined with a space ("Decem- ber 2026"): both halves, joined, spell a
 * month (the broken words' reader, broken-words.ts).
 */
const MONTH_NAMES = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
]);

/** Where a month was broken over a line: at [start, end) of the text read; its tail ends at `to` in the text given. */
interface JoinedMonth {
  start: number;
  end: number;
  to: number;
}

function joinBrokenMonths(text: string): { text: string; joined: JoinedMonth[] } {
  if (!/\p{L}-\s/u.test(text)) return { text, joined: [] };
  const joined: JoinedMonth[] = [];
  let shift = 0;
  const read = replaceBrokenWords(text, ({ start, end, head, tail }) => {
    if (head.length > 8 || tail.length > 8) return undefined;
    const month = head + tail;
    if (!MONTH_NAMES.has(month.toLowerCase())) return undefined;
    joined.push({ start: start - shift, end: start - shift + month.length, to: end });
    shift += end - start - month.length;
    return month;
  });
  return { text: read, joined };
}

/** An offset in the text read, as an offset in the text given (a date ending in a joined month ends at its tail). */
function givenOffset(at: number, joined: readonly JoinedMonth[]): number {
  let shift = 0;
  for (const j of joined) {
    if (at >= j.end) shift = j.to - j.end;
    else if (at > j.start) return j.to;
    else break;
  }
  return at + shift;
}

/**
 * A scanned page's text layer (OCR) with letters for digits in a date: "l2 March 20l5", "0ctober 20l6", "June 2O14",
 * "Ju1y 20l5" — "l" or "I" for 1 and "O" or "o" for 0 in a day or a year, "0" for O and "1" for l in a month's name.
 * Only a date-shaped run is read: a month's name (which, its digits read as letters, spells a month) and a year
 * (19xx or 20xx, at least two of its four characters digits), with a day (1–31, at least one digit) before it or
 * not. Outside such a run — a phone number ("0l632 960 l88"), a statute's year ("Regulations 20l4"), a count ("l2
 * children") — nothing is read.
 */
const OCR_DATE_RUN =
  /(?<![\p{L}\d])(?:([\dlIOo]{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?)?([A-Za-z0][A-Za-z01]{2,8})\.?,?\s+([12lI][90Oo][\dlIOo]{2})(?![\p{L}\d])/gu;
/**
 * A quick test before OCR_DATE_RUN: a letter OCR reads for a digit beside a digit ("20l5", "l2"), "0ct" ("0ctober"),
 * or a 1 after a small letter ("Ju1y", "Apri1") — most texts have none.
 */
const OCR_DATE_QUICK = /\d[lIOo]|[lIOo]\d|0ct|[a-z]1/;

/** A token's OCR letters as the digits they stand for: "20l5" → "2015", "2O14" → "2014". */
function ocrDigits(token: string): string {
  return token.replace(/[lI]/g, "1").replace(/[Oo]/g, "0");
}

/** A month's name with OCR's digits for letters ("0ctober", "Ju1y", "JuIy") as its letters; undefined if no month. */
function ocrMonth(token: string): string | undefined {
  const letters = token.replace(/0/g, token[0] === "0" ? "O" : "o").replace(/1/g, "l");
  const lower = letters.toLowerCase();
  if (MONTH_NAMES.has(lower) || MONTH_ABBREVIATIONS.has(lower)) return letters;
  const capitalI = letters.replace(/(?<=\p{Ll})I/gu, "l");
  return MONTH_NAMES.has(capitalI.toLowerCase()) ? capitalI : undefined;
}

const MONTH_ABBREVIATIONS = new Set([
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

/**
 * The text with each OCR'd date run's letters read as digits (and a month's digits as letters), the same length, so
 * offsets in it are offsets in the text given; the text itself when it has none.
 */
function readOcrDates(text: string): string {
  if (!OCR_DATE_QUICK.test(text)) return text;
  let read = text;
  for (const match of text.matchAll(OCR_DATE_RUN)) {
    const [whole, day, monthToken, yearToken] = match;
    const month = ocrMonth(monthToken);
    const year = ocrDigits(yearToken);
    if (!month || !/^(?:19|20)\d\d$/.test(year) || yearToken.replace(/\D/g, "").length < 2) continue;
    const dayDigits = day === undefined ? undefined : ocrDigits(day);
    const dayRead =
      day !== undefined &&
      /\d/.test(day) &&
      /^\d{1,2}$/.test(dayDigits ?? "") &&
      Number(dayDigits) >= 1 &&
      Number(dayDigits) <= 31;
    if (month === monthToken && year === yearToken && (!dayRead || dayDigits === day)) continue;
    const at = match.index ?? 0;
    const monthAt = at + whole.lastIndexOf(monthToken, whole.length - yearToken.length);
    const yearAt = at + whole.length - yearToken.length;
    let run = read.slice(0, monthAt) + month + read.slice(monthAt + month.length, yearAt) + year;
    if (dayRead && dayDigits) run = run.slice(0, at) + dayDigits + run.slice(at + dayDigits.length);
    read = run + read.slice(yearAt + year.length);
  }
  return read;
}

function chronoDates(text: string): readonly ChronoDate[] {
  const cached = chronoCache.get(text);
  if (cached) return cached;
  const dates: ChronoDate[] = [];
  const { text: joinedText, joined } = joinBrokenMonths(text);
  const read = readOcrDates(joinedText);
  const ocr = read !== joinedText;
  for (const parsed of dateParser().parse(read, REFERENCE)) {
    const index = givenOffset(parsed.index, joined);
    const words =
      joined.length || ocr
        ? text.slice(index, givenOffset(parsed.index + parsed.text.length, joined))
        : parsed.text;
    const result = { index, text: words };
    const date = looseDate(parsed);
    if (!date) continue;
    // chrono's match may open with its preposition ("on 3 October 2025"): the words before are those before the
    // date itself — "this version on 3 October 2025" is a date, "version 3 October 2025" not.
    const own = result.index + (/^(?:on|in)\s+/i.exec(words)?.[0].length ?? 0);
    if (NOT_A_DATE_BEFORE.test(text.slice(Math.max(0, own - 12), own))) continue;
    const after = text.slice(result.index + result.text.length, result.index + result.text.length + 2);
    if (/^(?:[/.-]?\d|\w)/.test(after)) continue;
    if (yearFirstMonthMisread(parsed.text, date)) continue;
    dates.push({ index, text: words, date });
  }
  if (chronoCache.size >= CHRONO_CACHE_SIZE) chronoCache.clear();
  chronoCache.set(text, dates);
  return dates;
}

/**
 * "2025.13.01", "2025/31/12": a date written year first whose middle number is not its month — chrono reads it as
 * year, day, month (13 January). Year first, the month comes next ("2025.10.06" is 6 October); with no month there
 * it is no date.
 */
const YEAR_FIRST = /^(?:19|20)\d{2}[./-](\d{1,2})[./-]\d{1,2}$/;
function yearFirstMonthMisread(text: string, date: LooseDate): boolean {
  const match = YEAR_FIRST.exec(text);
  return match !== null && Number(match[1]) !== Number(date.first.slice(5, 7));
}

function findDatesBetweenGaps(text: string, base: number, options: FindDatesOptions): DateMatch[] {
  // Every date this reads has at least two digits in a row (a year, "Sept 23", "1/9/24"): skip chrono otherwise.
  if (!/\d\d/.test(text)) return [];
  const found: DateMatch[] = [];
  // "2025年4月1日" (a Japanese or Chinese date, year first), read before chrono, which takes its digits apart.
  const written = text.includes("年") ? allMatches(YEAR_MONTH_DAY_CJK, text) : [];
  for (const match of written) {
    const index = match.index ?? 0;
    const [year, month] = [Number(match[1]), Number(match[2])];
    const date = match[3] ? dayPeriod(year, month, Number(match[3])) : monthPeriod(year, month);
    if (date)
      found.push({ offset: base + index, endOffset: base + index + match[0].length, text: match[0], date });
  }
  for (const { index, text: words, date } of chronoDates(text)) {
    const [start, end] = [base + index, base + index + words.length];
    if (written.length && found.some((f) => start < f.endOffset && end > f.offset)) continue;
    found.push({ offset: start, endOffset: end, text: words, date });
  }
  const overlaps = (start: number, end: number) => found.some((f) => start < f.endOffset && end > f.offset);
  // "March the 3rd, 2025": the month, "the" and an ordinal day, the American order spoken aloud, which chrono
  // reads as a year alone. The literal words first, the pattern only then.
  if (/the\s+\d{1,2}(?:st|nd|rd|th)\b/i.test(text)) {
    for (const match of allMatches(MONTH_THE_ORDINAL, text)) {
      const index = match.index ?? 0;
      const [start, end] = [base + index, base + index + match[0].length];
      const month = MONTH_NUMBERS[match[1].slice(0, 3).toLowerCase()];
      const date = dayPeriod(Number(match[3]), month, Number(match[2]));
      // A month's name with its capital: "staff may the 1st …" is the verb.
      if (date && /^\p{Lu}/u.test(match[1]) && !overlaps(start, end))
        found.push({ offset: start, endOffset: end, text: match[0], date });
    }
  }
  if (/FY/.test(text)) {
    for (const match of allMatches(FINANCIAL_YEAR, text)) {
      const index = match.index ?? 0;
      const [start, end] = [base + index, base + index + match[0].length];
      const date = financialYear(match);
      if (!date || (date.precision === "year" && !options.allowYear) || overlaps(start, end)) continue;
      found.push({ offset: start, endOffset: end, text: match[0], date });
    }
  }
  if (/\d\.(?:19|20)\d\d/.test(text)) {
    for (const match of allMatches(DOTTED_MONTH_YEAR, text)) {
      const index = match.index ?? 0;
      const [start, end] = [base + index, base + index + match[0].length];
      const before = text.slice(Math.max(0, index - 16), index);
      if (overlaps(start, end) || NOT_A_DATE_BEFORE.test(before) || NUMBERED_BEFORE.test(before)) continue;
      const date = monthPeriod(Number(match[2]), Number(match[1]));
      if (date) found.push({ offset: start, endOffset: end, text: match[0], date });
    }
  }
  if (/\d{4}\s?[/–-]/.test(text)) {
    for (const match of allMatches(ACADEMIC_YEAR_EDGE, text)) {
      const index = match.index ?? 0;
      const [from, to] = [Number(match[2]), fourDigitYear(match[3], match[2])];
      const named = /year\s+$/i.test(match[0].slice(0, match[0].indexOf(match[2]))) || match[4] !== undefined;
      if (to !== from + 1 || !named) continue;
      const day = /^end/i.test(match[1]) ? `${to}-08-31` : `${from}-09-01`;
      const [start, end] = [base + index, base + index + match[0].length];
      if (overlaps(start, end)) continue;
      found.push({
        offset: start,
        endOffset: end,
        text: match[0],
        date: { first: day, last: day, precision: "day" },
      });
    }
  }
  if (options.shortMonthYear) {
    for (const match of allMatches(SHORT_MONTH_YEAR, text)) {
      const index = match.index ?? 0;
      const start = base + index;
      const end = start + match[0].length;
      if (found.some((f) => start < f.endOffset && end > f.offset)) continue;
      if (NOT_A_DATE_BEFORE.test(text.slice(Math.max(0, index - 12), index))) continue;
      const date = monthPeriod(shortYear(match[2]), Number(match[1]));
      if (date) found.push({ offset: start, endOffset: end, text: match[0], date });
    }
    if (/\d\.\d{1,2}\.\d\d/.test(text)) {
      for (const match of allMatches(DOTTED_SHORT_DATE, text)) {
        const index = match.index ?? 0;
        const start = base + index;
        const end = start + match[0].length;
        if (found.some((f) => start < f.endOffset && end > f.offset)) continue;
        const before = text.slice(Math.max(0, index - 16), index);
        if (NOT_A_DATE_BEFORE.test(before) || NUMBERED_BEFORE.test(before)) continue;
        const date = dayPeriod(shortYear(match[3]), Number(match[2]), Number(match[1]));
        if (date) found.push({ offset: start, endOffset: end, text: match[0], date });
      }
    }
  }
  if (options.allowYear) {
    for (const match of allMatches(ACADEMIC_YEAR, text)) {
      const index = match.index ?? 0;
      const [from, to] = [Number(match[1]), fourDigitYear(match[2], match[1])];
      if (
        to !== from + 1 ||
        found.some((f) => base + index < f.endOffset && base + index + match[0].length > f.offset)
      )
        continue;
      if (NOT_A_YEAR_BEFORE.test(text.slice(Math.max(0, index - 14), index))) continue;
      found.push({
        offset: base + index,
        endOffset: base + index + match[0].length,
        text: match[0],
        date: { first: `${from}-09-01`, last: `${to}-08-31`, precision: "year" },
      });
    }
    for (const match of allMatches(APOSTROPHE_YEAR, text)) {
      const index = match.index ?? 0;
      const [start, end] = [base + index, base + index + match[0].length];
      const before = text.slice(Math.max(0, index - 14), index);
      // After a month's name it is that month's year, in a date chrono would not read ("Level 2 – 5 June '25",
      // taken for the range "2 – 5 June"): no date rather than a whole year.
      if (overlaps(start, end) || NOT_A_YEAR_BEFORE.test(before) || MONTH_BEFORE.test(before)) continue;
      const year = 2000 + Number(match[1]);
      found.push({
        offset: start,
        endOffset: end,
        text: match[0],
        date: { first: `${year}-01-01`, last: `${year}-12-31`, precision: "year" },
      });
    }
    for (const match of allMatches(YEAR_PATTERN, text)) {
      const index = match.index ?? 0;
      const start = base + index;
      const end = start + match[0].length;
      if (found.some((f) => start < f.endOffset && end > f.offset)) continue;
      if (NOT_A_YEAR_BEFORE.test(text.slice(Math.max(0, index - 14), index))) continue;
      if (DOCUMENT_AFTER_YEAR.test(text.slice(index + match[0].length, index + match[0].length + 60)))
        continue;
      const year = match[1];
      found.push({
        offset: start,
        endOffset: end,
        text: match[0],
        date: { first: `${year}-01-01`, last: `${year}-12-31`, precision: "year" },
      });
    }
  }
  for (const match of found) {
    if (match.date.precision !== "day") continue;
    const index = match.offset - base;
    if (WEEK_BEFORE.test(text.slice(Math.max(0, index - 40), index)))
      match.date = { first: match.date.first, last: addDaysToIso(match.date.first, 6), precision: "week" };
  }
  found.sort((a, b) => a.offset - b.offset);
  return found;
}

/**
 * "w/c", "w/b", "W/C:", "week commencing", "week beginning (Monday)", "week starting the": the day after it starts a
 * week. Not "week ending" (that day is the week's last), nor "w/e".
 */
const WEEK_BEFORE =
  /(?:(?<![\w/])w\s?\/\s?[cb]\.?|\bweek\s+(?:commencing|beginning|starting)(?:\s+on)?)[\s:,–-]*(?:the\s+)?(?:mon(?:day)?\.?,?\s+)?$/i;

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

/**
 * How a loose date reads in a message: "12 March 2021", "August 2019", "the week commencing 30 November 2026",
 * "Summer Term 2018".
 */
export function describeLooseDate(match: Pick<DateMatch, "text" | "date">): string {
  const { date } = match;
  if (date.precision === "day") return formatUk(date.first);
  if (date.precision === "month") return format(parseISO(date.first), "MMMM yyyy");
  if (date.precision === "week") return `the week commencing ${formatUk(date.first)}`;
  return match.text.trim();
}

/** 2026-09-15 → "15 September 2026". */
export function formatUk(value: string): string {
  const parsed = parseISO(value);
  return isValid(parsed) ? format(parsed, "d MMMM yyyy") : value;
}
