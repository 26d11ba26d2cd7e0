/**
 * A training matrix of ticks with one date for the row: "| Name | Role | Level 1 | Level 2 | Designated lead | Date |"
 * over "| Ada Pell | Manager | ✓ | ✓ | ✓ | 08/2024 |". The course columns hold ticks alone (or nothing); one column
 * headed "Date" (or "Date completed") beside them holds a date or nothing. The date is the row's most recent course:
 * the last course ticked in the row.
 */
import { plain, type Table } from "./lines.js";

/** The row's date column: "Date", "Date completed", "Date of last course", "Most recent course". */
const ROW_DATE_HEADER =
  /^(?:dates?|date\s+(?:completed|trained|achieved)|date\s+of\s+(?:last|latest|most\s+recent)\s+(?:course|training)|(?:last|latest|most\s+recent)\s+(?:course|training)(?:\s+date)?)$/i;
/** A course cell of ticks alone, or of nothing ("", "—"). */
const TICKS_OR_BLANK = /^[\s✓✔☑✅–—-]*$/u;
const TICK = /[✓✔☑✅]/u;

/**
 * The index of the matrix's one row-date column, or -1 when the table is no such matrix: its course columns (given)
 * hold only ticks or blanks, at least one tick, and the date column's cells only a date (`isDate`) or nothing.
 */
export function rowDateColumn(
  table: Table,
  header: readonly string[],
  courseCols: readonly number[],
  isDate: (row: number, col: number) => boolean,
): number {
  if (courseCols.length === 0) return -1;
  const cols = header.flatMap((h, i) => (ROW_DATE_HEADER.test(h) && !courseCols.includes(i) ? [i] : []));
  if (cols.length !== 1) return -1;
  const [col] = cols;
  const text = (r: number, i: number) => plain(table.rows[r]?.cells[i]?.text ?? "").trim();
  let ticked = false;
  for (const [r] of table.rows.entries()) {
    for (const i of courseCols) {
      const cell = text(r, i);
      if (!TICKS_OR_BLANK.test(cell)) return -1;
      if (TICK.test(cell)) ticked = true;
    }
    const date = text(r, col);
    if (!TICKS_OR_BLANK.test(date) && !isDate(r, col)) return -1;
  }
  return ticked ? col : -1;
}

/** The last course column ticked in a row, or -1. */
export function lastTicked(table: Table, row: number, courseCols: readonly number[]): number {
  const cells = table.rows[row]?.cells;
  return courseCols.findLast((i) => TICK.test(cells?.[i]?.text ?? "")) ?? -1;
}
