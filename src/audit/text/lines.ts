/**
 * Lines, table rows and tables of a policy's Markdown-like text (every reader writes that shape), with 0-based offsets.
 */
// ---------------------------------------------------------------------------
// Lines and table rows
// ---------------------------------------------------------------------------

export interface Line {
  index: number;
  offset: number;
  endOffset: number;
  text: string;
}

export interface Cell {
  /** The cell's text, trimmed (Markdown left as it is). */
  text: string;
  offset: number;
  endOffset: number;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const [index, raw] of text.split("\n").entries()) {
    const value = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    lines.push({ index, offset, endOffset: offset + value.length, text: value });
    offset += raw.length + 1;
  }
  return lines;
}

/** The index of the line holding an offset. */
export function lineAt(lines: Line[], offset: number): number {
  let low = 0;
  let high = lines.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lines[mid].offset <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

/**
 * Plain text from a PDF breaks table cells and sentences into short lines ("Designated" / "safeguarding" /
 * "lead" / "Grace" / "Adebayo"). The same text with single line breaks as spaces — same length, same offsets.
 */
export function joinWrappedLines(text: string): string {
  return text.replace(/(?<!\n)\n(?!\n)/g, " ");
}

export function isBlank(line: Line): boolean {
  return line.text.trim() === "";
}

export function isTableRow(line: Line): boolean {
  return /^\s*\|.*\|\s*$/.test(line.text);
}

/** GFM allows a single hyphen per cell ("| - | - |"), which is how the HTML and Word readers write them. */
export function isTableSeparator(line: Line): boolean {
  return /^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/.test(line.text);
}

export function isMarkdownHeading(line: Line): boolean {
  return /^\s{0,3}#{1,6}\s/.test(line.text);
}

/** The cells of a Markdown table row (pipes escaped as `\|` stay inside a cell). */
export function tableCells(line: Line): Cell[] {
  const cells: Cell[] = [];
  const text = line.text;
  const first = text.indexOf("|");
  let start = first + 1;
  for (let i = start; i < text.length; i++) {
    if (text[i] === "\\") {
      i++;
      continue;
    }
    if (text[i] !== "|") continue;
    cells.push(trimmedCell(text, start, i, line.offset));
    start = i + 1;
  }
  return cells;
}

function trimmedCell(text: string, start: number, end: number, base: number): Cell {
  const raw = text.slice(start, end);
  const lead = raw.length - raw.trimStart().length;
  const value = raw.trim();
  return { text: value, offset: base + start + lead, endOffset: base + start + lead + value.length };
}

export interface Table {
  header: Line;
  headerCells: Cell[];
  rows: Array<{ line: Line; cells: Cell[] }>;
}

/** GFM tables: a row, a separator row, then rows. */
export function findTables(lines: Line[]): Table[] {
  const tables: Table[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    if (!isTableRow(lines[i]) || !isTableSeparator(lines[i + 1])) continue;
    const table: Table = { header: lines[i], headerCells: tableCells(lines[i]), rows: [] };
    let j = i + 2;
    while (j < lines.length && isTableRow(lines[j])) {
      table.rows.push({ line: lines[j], cells: tableCells(lines[j]) });
      j++;
    }
    tables.push(table);
    i = j - 1;
  }
  return tables;
}

/** Markdown reduced to words for comparisons: links to their text, escapes, emphasis and code marks removed. */
export function plain(markdown: string): string {
  return markdown
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<(?:https?:|mailto:)[^>]*>/g, (m) => m.slice(1, -1).replace(/^mailto:/, ""))
    .replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, "$1")
    .replace(/(\*\*|__|\*|_|`|~~)/g, "")
    .trim();
}

/** Where a line starts once list markers, block quotes and emphasis marks are skipped. */
export function contentStart(text: string): number {
  const match = /^\s*(?:>\s*)*(?:[-*+•]\s+|\d+[.)]\s+)?(?:\*\*|__)?/.exec(text);
  return match ? match[0].length : 0;
}

/** "Page 3 of 18" at the end of a line: a page footer. */
export const PAGE_FOOTER = /\bpage\s+\d+\s+of\s+\d+\s*$/i;

/** "7 October" (a date broken over two lines) is not section 7. */
export const STARTS_WITH_DAY_MONTH =
  /^\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|,|$)/i;

export function isPlainHeading(line: Line): boolean {
  return (
    /^\s*\d+(?:\.\d+)*\.?\s+[A-Z][^.!?]{1,80}$/.test(line.text) && !STARTS_WITH_DAY_MONTH.test(line.text)
  );
}

export function nextNonBlank(lines: Line[], index: number): Line | undefined {
  for (let i = index + 1; i < lines.length; i++) if (!isBlank(lines[i])) return lines[i];
  return undefined;
}
