/**
 * Tables laid out with spaces: a header line of short column titles, perhaps a line of dashes under each title (a
 * pandoc "simple table", a web page's table saved as text), then one row a line, its cells apart by runs of two or
 * more spaces (or non-breaking spaces, a table a web page or Word kept as aligned text):
 *
 *     Name                 Role        Course                          Date
 *     -------------------- ----------- ------------------------------- ----------
 *     Elspeth MacAulay     CWPO        Child Wellbeing in Sport         no date on file
 *
 * Read as a Markdown table is (`Table`), each row's cells under the header's column they start in, so the readers of
 * Markdown tables (training records) read them too.
 */
import type { Cell, Line, Table } from "./lines.js";

/** A run of two or more spaces, tabs or non-breaking spaces: the gap between two cells. */
const GAP = /[ \t\u00a0]{2,}/g;
/** pandoc's line of dashes under the header: one run of dashes a column. */
const DASHES = /^[ \t]*-{3,}(?:[ \t]+-{3,})+[ \t]*$/;
/** Words a column's title is made of ("Date completed", "Renewal due"); two of the header's cells must be. */
const HEADER_WORD =
  /^(?:name|names|role|roles|post|position|job(?:\s+title)?|course|courses|training|date|dates|date\s+completed|completed|date\s+attended|attended|when|level|provider|notes?|expiry|expires|renewal(?:\s+due)?|renew\s+by|refresher(?:\s+due)?|next\s+due|due|valid\s+until|staff|person|who)$/i;
/** The title of the column of dates a course was done: a table with none is left to the other readers. */
const DONE = /^(?:date|dates|date\s+completed|completed|date\s+attended|attended|when)$/i;
/**
 * The title of a column of dates a course falls due again ("Refresher due", "Expires"): with a column of courses,
 * a table of when each person's training lapses, which says as much as a column of completion dates.
 */
const DUE =
  /^(?:expiry|expires|renewal(?:\s+due)?|renew\s+by|refresher(?:\s+due)?|next\s+due|due|valid\s+until)$/i;
const COURSE = /^(?:course|courses|training)$/i;
/** A line that is not a row: a heading, a list item, a quote, a Markdown table's row. */
const NOT_ROW = /^\s{0,3}(?:#|[-*+•]\s|\d+[.)]\s|>|\|)/;

/** The cells of a line, split at its gaps, with their offsets and the columns they start in. */
function cellsOf(line: Line): Array<Cell & { column: number }> {
  const cells: Array<Cell & { column: number }> = [];
  const text = line.text;
  let from = text.search(/[^ \t\u00a0]/);
  if (from < 0) return cells;
  for (const gap of text.matchAll(GAP)) {
    const at = gap.index ?? 0;
    if (at <= from) continue;
    cells.push({
      text: text.slice(from, at),
      offset: line.offset + from,
      endOffset: line.offset + at,
      column: from,
    });
    from = at + gap[0].length;
  }
  const end = text.replace(/[ \t\u00a0]+$/, "").length;
  if (end > from)
    cells.push({
      text: text.slice(from, end),
      offset: line.offset + from,
      endOffset: line.offset + end,
      column: from,
    });
  return cells;
}

/**
 * Whether a line is a header: three or more short column titles, two of them a training table's or a list's, one
 * the date a course was done ("Date", "Completed"), or a course's and the date it falls due again ("Course",
 * "Refresher due").
 */
function headerCells(line: Line): Array<Cell & { column: number }> | undefined {
  if (NOT_ROW.test(line.text) || line.text.length > 400) return undefined;
  const cells = cellsOf(line);
  if (cells.length < 3) return undefined;
  if (cells.some((c) => c.text.length > 30 || c.text.split(/\s+/).length > 3 || /[.;:!?,]$/.test(c.text)))
    return undefined;
  const words = cells.map((c) => c.text.replace(/\s+/g, " "));
  if (words.filter((w) => HEADER_WORD.test(w)).length < 2) return undefined;
  if (words.some((w) => DONE.test(w))) return cells;
  return words.some((w) => DUE.test(w)) && words.some((w) => COURSE.test(w)) ? cells : undefined;
}

/**
 * The tables laid out with spaces in `lines`. A row is a line of two or more cells; the table ends at a line that
 * is not one (a blank line ends a pandoc simple table). A blank line may stand between the header and the rows
 * (a header whose line of dashes a converter dropped).
 */
export function alignedTables(lines: Line[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    // A cheap test first: most lines have no gap at all.
    if (!/\S[ \t\u00a0]{2,}\S/.test(lines[i].text)) continue;
    const header = headerCells(lines[i]);
    if (!header) continue;
    let j = i + 1;
    if (j < lines.length && DASHES.test(lines[j].text)) j++;
    else if (j + 1 < lines.length && lines[j].text.trim() === "") j++;
    const starts = header.map((c) => c.column);
    const rows: Table["rows"] = [];
    for (; j < lines.length; j++) {
      let line = lines[j];
      // Rows a blank line apart (a Word paragraph a row) go on while their cells start under the header's titles.
      const apart = line.text.trim() === "" && rows.length > 0 && j + 1 < lines.length;
      if (apart) line = lines[j + 1];
      if (NOT_ROW.test(line.text)) break;
      const found = cellsOf(line);
      if (found.length < 2 || found.length > header.length) break;
      if (apart && !found.every((c) => starts.some((s) => Math.abs(s - c.column) <= 2))) break;
      if (apart) j++;
      // Each cell under the column it starts in (a little before it, for a column set to the right).
      const cells: Cell[] = header.map(() => ({ text: "", offset: line.offset, endOffset: line.offset }));
      if (found.length === header.length) for (const [k, c] of found.entries()) cells[k] = c;
      else
        for (const cell of found) {
          let k = starts.length - 1;
          while (k > 0 && starts[k] > cell.column + 2) k--;
          cells[k] = cells[k].text
            ? { ...cells[k], text: `${cells[k].text} ${cell.text}`, endOffset: cell.endOffset }
            : cell;
        }
      rows.push({ line, cells: cells.map(({ text, offset, endOffset }) => ({ text, offset, endOffset })) });
    }
    if (rows.length === 0) continue;
    tables.push({
      header: lines[i],
      headerCells: header.map(({ text, offset, endOffset }) => ({ text, offset, endOffset })),
      rows,
    });
    i = j - 1;
  }
  return tables;
}
