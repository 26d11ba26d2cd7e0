/** Dates as people read them in a UK policy. Input is always an ISO date string (YYYY-MM-DD). */
const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

function parts(iso: string): [number, number, number] | undefined {
  const match = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(iso);
  if (!match) return undefined;
  return [Number(match[1]), Number(match[2]), Number(match[3] ?? "1")];
}

/** 2026-09-15 → "15 September 2026" (unchanged if not an ISO date). */
export function formatUkDate(iso: string): string {
  const p = parts(iso);
  if (!p) return iso;
  return `${p[2]} ${MONTHS[p[1] - 1]} ${p[0]}`;
}

/** 2026-09-15 → "September 2026". */
export function formatMonthYear(iso: string): string {
  const p = parts(iso);
  if (!p) return iso;
  return `${MONTHS[p[1] - 1]} ${p[0]}`;
}

/** Adds whole months to an ISO date (clamping the day), for "renew by" dates. */
export function addMonthsIso(iso: string, months: number): string {
  const p = parts(iso);
  if (!p) return iso;
  const total = p[0] * 12 + (p[1] - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(p[2], lastDay);
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** Adds whole days to an ISO date: 2026-09-15 + 30 → 2026-10-15 (unchanged if not an ISO date). */
export function addDaysIso(iso: string, days: number): string {
  const p = parts(iso);
  if (!p) return iso;
  const date = new Date(0);
  date.setUTCFullYear(p[0], p[1] - 1, p[2] + days); // not Date.UTC, which reads years 0–99 as 1900–1999
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}
