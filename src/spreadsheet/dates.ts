/**
 * Dates as people type them into spreadsheets in the UK: day first ("15/10/2024", "15.10.2024",
 * "15 Oct 2024", "15th October 2024"), ISO ("2024-10-15"), real date cells and Excel serial numbers.
 * Everything is read in UTC; a result is always an ISO day, YYYY-MM-DD.
 *
 * A two-digit year ("12/03/22") is never guessed: Excel's own rule (00–29 → 2000s) and the rule a person
 * means differ often enough for a training record (a 1999 course typed as "99") that the user is asked to
 * write the year in full, naming the date as it would read in full in the 2000s.
 */

export const DATE_EXAMPLE = "15/10/2024";

/** A failure has a `reason` in brackets after "is not a date", or `instead`: the whole message after the value. */
export type DateResult = { ok: true; iso: string } | { ok: false; reason: string; instead?: string };

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Days since 1899-12-30 (Excel's 1900 system, with its phantom 29 February 1900 folded in). */
export function excelSerialToIso(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const days = Math.floor(serial) + (date1904 ? 1462 : 0);
  // 1 = 1900-01-01 … 60 = the day Excel wrongly thinks was 29/02/1900; real dates from 61 onwards.
  if (days < 61) return undefined;
  const ms = Date.UTC(1899, 11, 30) + days * 86_400_000;
  return new Date(ms).toISOString().slice(0, 10);
}

/** Serial numbers that are plausibly dates a setting would record: 1950 to 2100. */
export function isPlausibleSerial(n: number): boolean {
  return Number.isFinite(n) && n >= 18_264 && n <= 73_051;
}

export function isoFromDate(date: Date): string | undefined {
  if (Number.isNaN(date.getTime())) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The UTC midnight of an ISO day, as exceljs wants it for a date cell. */
export function dateFromIso(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** 2024-10-15 → 15/10/2024 (what a spreadsheet shows). */
export function ukShort(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

function real(y: number, m: number, d: number): string | undefined {
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return undefined;
  return date.toISOString().slice(0, 10);
}

/** The failure for a two-digit year ("has a two-digit year — write the year in full: 12/03/2022"). */
function twoDigitYear(text: string, day: number, month: number): DateResult | undefined {
  if (text.length !== 2) return undefined;
  const full = `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/20${text}`;
  return { ok: false, reason: "", instead: `has a two-digit year — write the year in full: ${full}` };
}

/** A date typed as text. Day first; month names in English; ISO accepted. */
export function parseUkDateText(raw: string): DateResult {
  const text = raw.trim().replace(/\s+/g, " ");
  const no = (reason = "") => ({ ok: false as const, reason });
  if (text === "") return no();

  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  if (m) {
    const iso = real(Number(m[1]), Number(m[2]), Number(m[3]));
    return iso ? { ok: true, iso } : no(" (there is no such day)");
  }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (m) {
    const [day, month] = [Number(m[1]), Number(m[2])];
    const year = m[3].length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
    const short = twoDigitYear(m[3], day, month);
    if (short && month <= 12) return short;
    if (month > 12)
      return no(
        day <= 12
          ? ` (dates are day first: ${m[2]} is not a month — did you mean ${ukShort(real(year, day, month) ?? `${year}-01-01`)}?)`
          : ` (${m[2]} is not a month)`,
      );
    const iso = real(year, month, day);
    return iso ? { ok: true, iso } : no(" (there is no such day)");
  }
  m = /^(\d{1,2})(?:st|nd|rd|th)?(?: of)?[ -]([a-z]+)\.?,?[ -](\d{4}|\d{2})$/i.exec(text);
  if (m) {
    const month = MONTHS.indexOf(m[2].slice(0, 3).toLowerCase()) + 1;
    if (
      month > 0 &&
      (m[2].length === 3 ||
        "january february march april may june july august september october november december sept".includes(
          m[2].toLowerCase(),
        ))
    ) {
      const short = twoDigitYear(m[3], Number(m[1]), month);
      if (short) return short;
      const iso = real(Number(m[3]), month, Number(m[1]));
      return iso ? { ok: true, iso } : no(" (there is no such day)");
    }
  }
  if (/^\d+(?:\.\d+)?$/.test(text)) {
    const n = Number(text);
    if (isPlausibleSerial(n)) {
      const iso = excelSerialToIso(n);
      if (iso) return { ok: true, iso };
    }
  }
  return no();
}
