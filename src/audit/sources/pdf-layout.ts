/**
 * An untagged PDF's blocks, read from its layout as a person reads the page: a heading is set clearly larger than
 * the body text (its most common size), or is a short line in the body's size wholly in bold or numbered as a
 * sub-heading ("5.1 When to seek consent") alone on its line, where paragraphs start — never a table's cell, a
 * line that carries a sentence on, a date or a number alone, a table's caption or the title's subtitle; a list
 * item starts with a bullet or a number and its lines hang under it; a table is three or more rows whose words
 * start at the same two or more places across the page (cells read one after another, the next going back up
 * beside the one before; a column a grouped header leaves empty starts where a later row's cell does; two cells'
 * words set close on one line are parted where a column starts; a line level with a row's lines, beside a cell of
 * several lines, is that row's), but not a contents list's page numbers nor a form's label / blank pairs; a
 * paragraph is a run of lines that ends where a line stops short after a sentence. Where it cannot tell, lines are
 * a paragraph. A paragraph or a table the page break split is one block, and so is a table's row. A line printed
 * at the top or foot of two or more pages is the page's running header or footer. Every block's range is in the text pdf.ts reads, which this never changes.
 * scripts/pdf-headings.ts measures the headings against the true ones, scripts/pdf-tables.ts the tables.
 */
import { type Block, headingNumber, type TableCell } from "../document/blocks.js";
import type { PdfPage, PdfTextItem } from "./pdf-blocks.js";
import { tableCell } from "./pdf-blocks.js";

/** A line as pdf.js reads it: its items up to an end of line, split where a wide gap separates them. */
interface Line {
  page: PdfPage;
  items: PdfTextItem[];
  /** Runs of items without a wide gap between them (a table's cells on this line). */
  fragments: Fragment[];
  start: number;
  end: number;
  x0: number;
  x1: number;
  y: number;
  /** Its most common font size (by characters), rounded to a quarter point. */
  size: number;
  bold: boolean;
  words: string;
  region?: "header" | "footer";
}

interface Fragment {
  start: number;
  end: number;
  x0: number;
  x1: number;
  y: number;
  /** Its items, in the order they are written (a table's columns may part them: tableAt). */
  items: PdfTextItem[];
}

/** Larger than the body text by this much is a heading's size, not a body font's rounding. */
const HEADING_SCALE = 1.15;
/** A gap between two items on a line wider than this many font sizes separates two cells. */
const CELL_GAP = 0.9;
/** A table's two cells on one line closer than CELL_GAP are parted at a column's start after a gap this wide. */
const SPLIT_GAP = 0.4;
/** Lines further apart than this many font sizes are not one paragraph. */
const LINE_STEP = 1.7;
/** The top and foot of a page, as parts of its height, where running headers and footers are printed. */
const RUNNING_BAND = 0.12;

const BULLET = /^([•◦▪▫●○■□➢➤►▸‣⁃∙·◆◇✓✔*–—-])(?=\s|$)/u;
/**
 * "1.", "a)", "iv.", "(b)": a number or letter and its close. A bracket opened before it closes with a bracket, never a
 * full stop: "(B. Olu-Aina)" at the start of a table cell's line is a name's initial in brackets, no list's "(B.".
 */
const NUMBER_MARKER = /^(\((?:\d{1,2}|[a-z]|[ivx]{1,4})\)|(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)])(?=\s)/i;

export function layoutBlocks(text: string, pages: readonly PdfPage[], bold: ReadonlySet<string>): Block[] {
  const lines = pages.map((page) => pageLines(text, page, bold));
  const all = lines.flat();
  if (all.length === 0) return [];
  const body = bodyText(all);
  markRunningLines(lines);
  const margin = leftMargin(all, body.size);
  const carried = carriedDashLines(lines, body.size);
  const markers = markerColumns(all, body.size, carried);
  const blocks: Block[] = [];
  /** Each body block's first and last line, to join a block the page break split (joinAcrossPages). */
  const extent = new Map<Block, { first: Line; last: Line }>();
  /** Each table's columns: where their cells start across the page. */
  const tableColumns = new Map<Block, readonly number[]>();
  /** Headings in the body's size (bold, or numbered alone on their line): below every larger heading. */
  const bodySized = new Set<Block>();
  let largeHeadings = 0;
  for (const pageLines of lines) {
    const rightEdge = rightMargin(pageLines, body.size);
    // Tables first: a table's first lines (a header whose cells wrap) are found from a row further down.
    const tables = new Map<number, { block: Block; start: number; next: number; columns: number[] }>();
    for (let i = 0, after = 0; i < pageLines.length; i++) {
      const table = tableAt(text, pageLines, i, after, body.bold);
      if (!table) continue;
      tables.set(table.start, table);
      i = table.next - 1;
      after = table.next;
    }
    const listed = listedSections(pageLines, body);
    let i = 0;
    while (i < pageLines.length) {
      const line = pageLines[i];
      if (line.region) {
        blocks.push({
          kind: "paragraph",
          offset: line.start,
          endOffset: line.end,
          place: { region: line.region },
        });
        i++;
        continue;
      }
      const table = tables.get(i);
      if (table) {
        blocks.push(table.block);
        extent.set(table.block, { first: pageLines[table.start], last: pageLines[table.next - 1] });
        tableColumns.set(table.block, table.columns);
        i = table.next;
        continue;
      }
      const previous = lastBody(blocks);
      const heading = listed.has(i)
        ? undefined
        : headingAt(pageLines, i, {
            body,
            rightEdge,
            margin,
            tableNext: (k) => tables.has(k),
            afterTitle: previous?.kind === "heading" && bodySized.size + largeHeadings === 1,
          });
      if (heading) {
        const words = text.slice(heading.start, heading.end).replace(/\s+/g, " ").trim();
        const block: Block = {
          kind: "heading",
          offset: heading.start,
          endOffset: heading.end,
          depth: heading.size,
          ...headingNumber(words),
          place: {},
        };
        blocks.push(block);
        if (heading.bodySized) bodySized.add(block);
        else largeHeadings++;
        i = heading.next;
        continue;
      }
      const item = listItemAt(pageLines, i, markers, carried, (k) => tables.has(k));
      if (item) {
        blocks.push(item.block);
        extent.set(item.block, { first: line, last: pageLines[item.next - 1] });
        i = item.next;
        continue;
      }
      const paragraph = paragraphAt(pageLines, i, body, rightEdge, (k) => tables.has(k));
      const block: Block = {
        kind: "paragraph",
        offset: line.start,
        endOffset: pageLines[paragraph - 1].end,
        place: {},
      };
      blocks.push(block);
      extent.set(block, { first: line, last: pageLines[paragraph - 1] });
      i = paragraph;
    }
  }
  headingDepths(blocks, bodySized);
  return joinAcrossPages(blocks, { extent, tableColumns }, body, lines);
}

/** The last block that is not a running header or footer. */
function lastBody(blocks: readonly Block[]): Block | undefined {
  for (let k = blocks.length - 1; k >= 0; k--) if (!blocks[k].place.region) return blocks[k];
  return undefined;
}

/**
 * Headings by size, largest first (depth 1, 2, …); headings in the body's size below them all, and a numbered
 * one ("5.1") one level below the headings numbered like its first part ("5") for each further part.
 */
function headingDepths(blocks: Block[], bodySized: ReadonlySet<Block>): void {
  const sizes = [
    ...new Set(blocks.flatMap((b) => (b.kind === "heading" && !bodySized.has(b) ? [b.depth] : []))),
  ].sort((a, b) => b - a);
  for (const block of blocks)
    if (block.kind === "heading")
      block.depth = bodySized.has(block) ? sizes.length + 1 : sizes.indexOf(block.depth) + 1;
  const depthOf = new Map<string, number>();
  for (const block of blocks) {
    if (block.kind !== "heading" || !block.number) continue;
    const parts = block.number.split(".");
    const parent = depthOf.get(parts.slice(0, -1).join("."));
    if (parts.length > 1 && parent !== undefined && bodySized.has(block)) block.depth = parent + 1;
    depthOf.set(block.number, block.depth);
  }
}

/**
 * A paragraph or a table the page break split is one block, placed on the page it starts on: the last block of a
 * page and the first of the next (running headers and footers between them aside) are joined when they are both
 * paragraphs in the same size and indent whose first part did not end its sentence (or whose second part starts in
 * lower case), or both tables with the same columns (the next page's repeated header row then belongs to neither).
 * A table row the page break split goes on, on the next page, with its first cell empty, or with a cell going on
 * with the rest of a word the page's last line broke at its hyphen ("Mr Ravi Chaudhry-" / "Penn"): it is one row. When the
 * next page holds only the rest of one cell (lines inside one of the table's columns, not the first), those lines
 * are that cell's.
 */
function joinAcrossPages(
  blocks: Block[],
  {
    extent,
    tableColumns,
  }: { extent: Map<Block, { first: Line; last: Line }>; tableColumns: ReadonlyMap<Block, readonly number[]> },
  body: { size: number },
  pages: readonly Line[][],
): Block[] {
  const joined = new Set<Block>();
  const bodyBlocks = blocks.filter((b) => !b.place.region);
  for (let k = 0; k + 1 < bodyBlocks.length; k++) {
    const before = bodyBlocks[k];
    const after = bodyBlocks[k + 1];
    const a = extent.get(before);
    const b = extent.get(after);
    if (!a || !b || b.first.page.number !== a.last.page.number + 1) continue;
    // Only the last lines of a page and the first of the next: nothing of the page's body after or before them.
    const page = pages[a.last.page.number - 1];
    const next = pages[b.first.page.number - 1];
    if (
      page.some((l) => !l.region && l.start > a.last.start) ||
      next.some((l) => !l.region && l.start < b.first.start)
    )
      continue;
    if (before.kind === "paragraph" && after.kind === "paragraph") {
      if (
        Math.abs(a.last.size - b.first.size) >= 0.5 ||
        Math.abs(a.first.x0 - b.first.x0) > body.size ||
        a.last.bold !== b.first.bold ||
        (SENTENCE_END.test(a.last.words) && !/^\p{Ll}/u.test(b.first.words))
      )
        continue;
    } else if (before.kind === "table" && after.kind === "table") {
      const columns = (t: typeof before) => t.rows[0]?.length ?? 0;
      if (columns(before) !== columns(after) || !sameColumns(a.first, b.first, body.size)) continue;
      const header = before.headerRow ? before.rows[0].map((c) => c.text).join("\u0000") : undefined;
      const rows =
        header !== undefined && after.rows[0].map((c) => c.text).join("\u0000") === header
          ? after.rows.slice(1)
          : after.rows;
      // A row the page break split: its first cell was done on the page before, so it goes on with that cell empty
      // — or a cell of it broke a word at its hyphen, the word's rest opening that cell on the next page.
      const last = before.rows.at(-1);
      if (
        last &&
        rows.length > 0 &&
        (last[0]?.text ?? "") !== "" &&
        (rows[0][0]?.text === "" || last.some((c, k) => wordBrokenAt(c.text, rows[0][k]?.text ?? "")))
      ) {
        const [rest, ...others] = rows;
        before.rows = [...before.rows.slice(0, -1), continuedRow(last, rest), ...others];
      } else before.rows = [...before.rows, ...rows];
    } else if (before.kind === "table" && after.kind === "paragraph") {
      const lines = next.filter((l) => l.start >= b.first.start && l.start <= b.last.start);
      const column = restOfCell(lines, tableColumns.get(before) ?? [], body.size);
      const last = before.rows.at(-1);
      if (column === undefined || !last?.[column] || last[column].text === "") continue;
      const words = lines
        .map((l) => l.words)
        .join(" ")
        .replace(/\s+/g, " ")
        .trim();
      last[column] = {
        text: `${last[column].text} ${words}`,
        offset: last[column].offset,
        endOffset: after.endOffset,
      };
    } else continue;
    before.endOffset = after.endOffset;
    extent.set(before, { first: a.first, last: b.last });
    joined.add(after);
    bodyBlocks[k + 1] = before;
  }
  return joined.size === 0 ? blocks : blocks.filter((b) => !joined.has(b));
}

/**
 * The column (not the first) whose cell lines `lines` are: each alone on its line, starting where that column starts
 * and ending before the next; undefined when they are not.
 */
function restOfCell(lines: readonly Line[], columns: readonly number[], size: number): number | undefined {
  const tolerance = Math.max(2.5, size * 0.3);
  const k = columns.findIndex((c) => Math.abs(c - (lines[0]?.x0 ?? Number.NaN)) <= tolerance);
  if (k < 1) return undefined;
  const limit = columns[k + 1] ?? Number.POSITIVE_INFINITY;
  const inside = (l: Line) =>
    l.fragments.length === 1 && Math.abs(l.x0 - columns[k]) <= tolerance && l.x1 <= limit + tolerance;
  return lines.every(inside) ? k : undefined;
}

/** A table's row the page break split, as one: each cell's words on the first page, then on the next. */
function continuedRow(first: readonly TableCell[], rest: readonly TableCell[]): TableCell[] {
  const cells: TableCell[] = [];
  for (let k = 0; k < Math.max(first.length, rest.length); k++) {
    const a = first[k];
    const b = rest[k];
    if (!a || !b || b.text === "") cells.push(a ?? b);
    else if (a.text === "") cells.push(b);
    else {
      // A double-barrelled name broken at its hyphen ("Chaudhry-" / "Penn") is one word, its hyphen kept, as
      // rejoinHyphenated joins one in running text; a lower-case rest ("Co-" / "ordinator") stays as it was.
      const gap = wordBrokenAt(a.text, b.text) && /^\p{Lu}/u.test(b.text) ? "" : " ";
      cells.push({ text: `${a.text}${gap}${b.text}`, offset: a.offset, endOffset: b.endOffset });
    }
  }
  return cells;
}

/** Whether a cell's words end in a word broken at its hyphen ("Chaudhry-") whose rest opens `next`. */
function wordBrokenAt(words: string, next: string): boolean {
  return words.endsWith("-") && /\p{L}/u.test(words.charAt(words.length - 2)) && /^\p{L}/u.test(next);
}

/** Two table lines whose cells start at the same places across the page. */
function sameColumns(a: Line, b: Line, size: number): boolean {
  const xs = (l: Line) => l.fragments.map((f) => f.x0);
  return xs(b).every((x) => xs(a).some((y) => Math.abs(x - y) <= Math.max(2.5, size * 0.3)));
}

/**
 * Where the body's lines start on the left: the start of most of the body-size text (by characters, so that a
 * table's many short cell lines do not outweigh the paragraphs).
 */
function leftMargin(lines: readonly Line[], bodySize: number): number {
  const starts = new Map<number, number>();
  for (const line of lines)
    if (!line.region && Math.abs(line.size - bodySize) < 0.5) {
      const x = Math.round(line.x0 * 2) / 2;
      starts.set(x, (starts.get(x) ?? 0) + line.end - line.start);
    }
  return mostCommon(starts);
}

/** A page's lines in reading order (pdf.js's), each with its geometry. */
function pageLines(text: string, page: PdfPage, bold: ReadonlySet<string>): Line[] {
  const lines: Line[] = [];
  let items: PdfTextItem[] = [];
  const flush = () => {
    if (items.length > 0) lines.push(lineOf(text, page, items, bold));
    items = [];
  };
  for (const item of page.items) {
    const last = items.at(-1);
    if (
      last &&
      (text.slice(last.end, item.start).includes("\n") || Math.abs(item.y - last.y) > 0.5 * last.size)
    )
      flush();
    items.push(item);
  }
  flush();
  return lines;
}

function lineOf(text: string, page: PdfPage, items: PdfTextItem[], bold: ReadonlySet<string>): Line {
  const sizes = new Map<number, number>();
  let boldChars = 0;
  let chars = 0;
  const fragments: Fragment[] = [];
  for (const item of items) {
    const n = item.end - item.start;
    const size = Math.round(item.size * 4) / 4;
    sizes.set(size, (sizes.get(size) ?? 0) + n);
    chars += n;
    if (bold.has(item.font)) boldChars += n;
    const last = fragments.at(-1);
    const x1 = item.x + item.width;
    if (last && item.x >= last.x1 - 1 && item.x - last.x1 <= CELL_GAP * item.size) {
      last.end = item.end;
      last.x1 = Math.max(last.x1, x1);
      last.items.push(item);
    } else if (last && x1 <= last.x0 + 1 && last.x0 - x1 <= CELL_GAP * item.size) {
      // Written after the words to its right but set just before them (a tick in another font, "✓ 03/2025",
      // written after its date): the same piece.
      last.end = item.end;
      last.x0 = item.x;
      last.items.push(item);
    } else fragments.push({ start: item.start, end: item.end, x0: item.x, x1, y: item.y, items: [item] });
  }
  const size = mostCommon(sizes);
  const start = items[0].start;
  const end = items[items.length - 1].end;
  return {
    page,
    items,
    fragments,
    start,
    end,
    x0: Math.min(...fragments.map((f) => f.x0)),
    x1: Math.max(...fragments.map((f) => f.x1)),
    y: items[0].y,
    size,
    bold: chars > 0 && boldChars === chars,
    words: text.slice(start, end),
  };
}

/** The key with the largest count (the first of equals, in insertion order); 0 for an empty map. */
function mostCommon(counts: ReadonlyMap<number, number>): number {
  let best = 0;
  let most = -1;
  for (const [key, n] of counts)
    if (n > most) {
      best = key;
      most = n;
    }
  return best;
}

/** The body text's size: the most common by characters; and whether the body itself is set in bold. */
function bodyText(lines: readonly Line[]): { size: number; bold: boolean } {
  const sizes = new Map<number, number>();
  let boldChars = 0;
  let chars = 0;
  for (const line of lines) {
    const n = line.end - line.start;
    sizes.set(line.size, (sizes.get(line.size) ?? 0) + n);
    chars += n;
    if (line.bold) boldChars += n;
  }
  const size = mostCommon(sizes);
  return { size, bold: boldChars > chars / 2 };
}

/** Where the body's lines end on the right: the longest lines' end, so a shorter line stopped short. */
function rightMargin(lines: readonly Line[], bodySize: number): number {
  const ends = lines
    .filter((l) => Math.abs(l.size - bodySize) < 0.5 && !l.region)
    .map((l) => l.x1)
    .sort((a, b) => a - b);
  if (ends.length === 0) return Number.POSITIVE_INFINITY;
  return ends[Math.floor(ends.length * 0.9)];
}

/** A line in the top or foot band of two or more pages with the same words (page numbers aside). */
function markRunningLines(pages: readonly Line[][]): void {
  if (pages.length < 2) return;
  const key = (line: Line) => line.words.replace(/\d+/g, "#").replace(/\s+/g, " ").trim();
  const band = (line: Line): "header" | "footer" | undefined => {
    const height = line.page.height;
    if (line.y > height * (1 - RUNNING_BAND)) return "header";
    if (line.y < height * RUNNING_BAND) return "footer";
    return undefined;
  };
  const seen = new Map<string, Set<number>>();
  for (const lines of pages)
    for (const line of lines) {
      const where = band(line);
      if (!where) continue;
      const k = `${where}\u0000${key(line)}`;
      const on = seen.get(k) ?? new Set<number>();
      seen.set(k, on);
      on.add(line.page.number);
    }
  for (const lines of pages)
    for (const line of lines) {
      const where = band(line);
      if (where && (seen.get(`${where}\u0000${key(line)}`)?.size ?? 0) >= 2) line.region = where;
    }
}

/** The x positions where list markers stand, outermost first: a marker's level is its place in this list. */
function markerColumns(lines: readonly Line[], bodySize: number, carried: ReadonlySet<Line>): number[] {
  const columns: number[] = [];
  for (const line of lines) {
    if (!marker(line) || carried.has(line)) continue;
    if (!columns.some((x) => Math.abs(x - line.x0) <= bodySize * 0.6)) columns.push(line.x0);
  }
  return columns.sort((a, b) => a - b);
}

/** The list marker a line starts with ("•", "–", "1.", "a)", "(iv)"), if any. */
function marker(line: Line): { marker: string; ordered: boolean } | undefined {
  const words = line.words;
  const bullet = BULLET.exec(words);
  if (bullet) {
    // A dash or a star starts a list item only when it stands apart from the words after it.
    if (/[*–—-]/.test(bullet[1]) && !/^\S\s+\S/.test(words)) return undefined;
    return { marker: bullet[1], ordered: false };
  }
  const number = NUMBER_MARKER.exec(words);
  // A name's initials ("A. J. Okonkwo-Banks" in a table's name cell) are no lettered list's "A.".
  if (number && !INITIALS.test(words)) return { marker: number[1], ordered: true };
  return undefined;
}

/**
 * A list item's lines that the page's right edge broke before a dash: "● Name — Course (Provider)" runs to the edge
 * and "— 18/06/2025" goes on under the item's words. Such a line starts like a dash bullet but carries the item on.
 * It is one only when the line before it is full (the dash would not have fitted at its end) and does not end a
 * sentence or a colon, it stands where the item's words start, and the line after it is not another dash line
 * there (a nested list of dash items).
 */
function carriedDashLines(pages: readonly Line[][], bodySize: number): Set<Line> {
  const carried = new Set<Line>();
  for (const lines of pages) {
    const rightEdge = rightMargin(lines, bodySize);
    /** The first line of the list item the lines so far hang under. */
    let head: Line | undefined;
    for (let k = 0; k < lines.length; k++) {
      const l = lines[k];
      const found = marker(l);
      const hangs = head !== undefined && hangsUnder(head, lines[k - 1], l);
      if (hangs && head && found && /[–—-]/.test(found.marker)) {
        const words = wordsStart(head);
        const size = head.size;
        const after = lines[k + 1];
        const sameColumn = (x: number) => Math.abs(x - words) <= 0.6 * size;
        if (
          sameColumn(l.x0) &&
          !SENTENCE_END.test(lines[k - 1].words) &&
          !nextWordFits(lines[k - 1], l, rightEdge) &&
          !(after && /^[–—-]$/.test(marker(after)?.marker ?? "") && sameColumn(after.x0))
        ) {
          carried.add(l);
          continue;
        }
      }
      if (found) head = l;
      else if (!hangs) head = undefined;
    }
  }
  return carried;
}

/** Whether line `l` goes on under the list item that starts at `head`, after the item's line `before`. */
function hangsUnder(head: Line, before: Line, l: Line): boolean {
  const step = before.y - l.y;
  return (
    !l.region &&
    Math.abs(l.size - head.size) < 0.5 &&
    step > 0 &&
    step <= LINE_STEP * head.size &&
    l.x0 > head.x0 + 0.5 * head.size
  );
}

/** Where a list item's words start on its first line, after its marker. */
function wordsStart(line: Line): number {
  const found = marker(line);
  const at = line.start + line.words.indexOf(found?.marker ?? "") + (found?.marker.length ?? 0);
  const words = line.items.find((item) => item.start >= at && item.end > item.start);
  if (words) return words.x;
  // The marker and its words in one run: measured by the run's average width per character.
  const item = line.items[0];
  const skip = /^\s*/.exec(line.words.slice(at - line.start))?.[0].length ?? 0;
  return item.x + (item.width / Math.max(1, item.end - item.start)) * (at + skip - item.start);
}

/** Two initials opening a line: "A. J. Rowe", "K. M. Ellis-Grant". */
const INITIALS = /^\p{Lu}\.\s+\p{Lu}\.\s/u;

/** Whether the first word of `next` would have fitted at the end of `line`: the line was broken on purpose. */
function nextWordFits(line: Line, next: Line, rightEdge: number): boolean {
  const item = next.items[0];
  const words = next.words;
  const word = /^\S+/.exec(words)?.[0] ?? "";
  const perChar = item.width / Math.max(1, item.end - item.start);
  // With a character to spare: a word that would only just have fitted may not have (widths are averages).
  return line.x1 + perChar * (word.length + 2) <= rightEdge;
}

/** Ends with the end of a sentence, or a colon before a list: a short line like this ends its paragraph. */
const SENTENCE_END = /[.!?:;][)"'”’\]]*$/;

/** What headingAt needs to know beyond the page's lines. */
interface HeadingContext {
  body: { size: number; bold: boolean };
  rightEdge: number;
  /** Where the body's lines start on the left (leftMargin). */
  margin: number;
  /** Whether a table starts at this line of the page. */
  tableNext(i: number): boolean;
  /** The block before is the document's first heading, its title. */
  afterTitle: boolean;
}

/** A numbered sub-heading's number: "5.1", "12.3.2" (a top-level "5." is a list marker's shape). */
const SUB_NUMBER = /^\d{1,3}(?:\.\d{1,3}){1,4}\.?\s+(?=\p{Lu})/u;
/** Words a heading cannot be made of alone: numbers, dates ("1 September 2026", "14.01.27"), month names. */
const DATE_OR_NUMBER =
  /^(?:[\d\s./:–—-]+|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?(?:\s+\d{2,4})?)$/i;
/**
 * A line ending on a word no sentence or heading ends with: it goes on on the next line. (Headings do end on "to",
 * "for", "are": "Who to talk to", "Who this policy is for", "Who we are".)
 */
const ENDS_MID_SENTENCE =
  /\b(?:the|a|an|and|or|of|that|which|will|must|should|shall|would|could|our|their|its|your)$/i;

/** Line b goes on from line a: the same size and weight a line below, and a's sentence did not end there. */
function continues(a: Line | undefined, b: Line | undefined): boolean {
  return sameRun(a, b) && (/^\p{Ll}/u.test(b?.words ?? "") || !SENTENCE_END.test(a?.words ?? ""));
}

/**
 * Line b carries a heading-like line a's words on: b starts in lower case, a stops on a word no heading ends with,
 * or both are bold (a bold line over another is a bold paragraph or a wrapped heading). A short line followed by
 * a sentence in the same plain type is a heading alone on its line.
 */
function carriesOn(a: Line | undefined, b: Line | undefined): boolean {
  if (!a || !b || !sameRun(a, b)) return false;
  return (
    /^\p{Ll}/u.test(b.words) ||
    ENDS_MID_SENTENCE.test(a.words.trim()) ||
    (a.bold && b.bold && !SENTENCE_END.test(a.words))
  );
}

/**
 * The same size and weight, a line below on the same page, starting where it starts — and not a line of its own
 * (a table's row of cells, a numbered heading: "3. Roles" over "3.1 The governors" are two headings).
 */
function sameRun(a: Line | undefined, b: Line | undefined): boolean {
  if (!a || !b || a.region || b.region || a.page !== b.page) return false;
  const step = a.y - b.y;
  return (
    Math.abs(a.size - b.size) < 0.3 &&
    a.bold === b.bold &&
    step > 0 &&
    step <= LINE_STEP * a.size &&
    Math.abs(a.x0 - b.x0) <= 2 &&
    b.fragments.length === 1 &&
    !HEADING_NUMBER_START.test(b.words)
  );
}

/** A line starting with a section's number: "3. Roles", "3.1 The Local Governing Body". */
const HEADING_NUMBER_START = /^\d{1,3}(?:\.\d{1,3}){0,4}\.?\s+\p{Lu}/u;

/**
 * A heading: a larger size than the body's (up to three lines of it), or, in the body's size, one short line wholly
 * in bold or a numbered sub-heading ("5.1 When to seek consent") alone on its line — standing where paragraphs
 * start, neither a table's cell nor part of a sentence that goes on, nor made only of a date or a number.
 */
function headingAt(
  lines: readonly Line[],
  i: number,
  context: HeadingContext,
): { start: number; end: number; size: number; next: number; bodySized: boolean } | undefined {
  const { body, rightEdge, margin } = context;
  const line = lines[i];
  if (line.words.length > 200 || !/[\p{L}\p{N}]/u.test(line.words)) return undefined;
  const words = line.words.replace(/\s+/g, " ").trim();
  if (DATE_OR_NUMBER.test(words)) return undefined;
  if (line.size >= body.size * HEADING_SCALE) {
    let next = i + 1;
    while (
      next < lines.length &&
      next - i < 4 &&
      !lines[next].region &&
      Math.abs(lines[next].size - line.size) < 0.3 &&
      lines[next].bold === line.bold &&
      lines[next - 1].y - lines[next].y > 0 &&
      lines[next - 1].y - lines[next].y <= LINE_STEP * line.size &&
      // A heading's words wrap only when the next word would not fit; a short line above is a heading of its own.
      !nextWordFits(lines[next - 1], lines[next], rightEdge)
    )
      next++;
    return { start: line.start, end: lines[next - 1].end, size: line.size, next, bodySized: false };
  }
  const numbered = SUB_NUMBER.test(words);
  if (
    !((line.bold && !body.bold) || numbered) ||
    line.size < body.size - 0.5 ||
    line.fragments.length !== 1 ||
    line.words.length > 120 ||
    words.split(" ").length > 14 ||
    // A heading does not end a sentence (a numbered paragraph does) nor lead to a page number (a contents entry).
    /[.,;:]$/.test(words) ||
    /\.{3,}|…/.test(words) ||
    ENDS_MID_SENTENCE.test(words) ||
    !/^[\p{Lu}\p{N}]/u.test(words) ||
    // "1. Our commitment" in bold is a numbered heading; a bulleted line is a list item whatever its weight.
    marker(line)?.marker.match(BULLET)
  )
    return undefined;
  // Where paragraphs start, or centred between the margins: a table's cells stand inside their borders.
  const centred = Math.abs((line.x0 + line.x1) / 2 - (margin + rightEdge) / 2) <= body.size;
  if (Math.abs(line.x0 - margin) > 2 && !centred) return undefined;
  const before = lines[i - 1];
  const after = lines[i + 1];
  // Part of a sentence or a cell's words that run on from the line before.
  if (continues(before, line)) return undefined;
  // A line beside the one before it (the next cell of a row, read cell by cell) is no heading, nor one that a
  // later line goes back up beside (a row's first cell, read before the cells beside it).
  if (before && !before.region && line.y >= before.y - 0.5) return undefined;
  for (let k = i + 1; k < Math.min(lines.length, i + 12) && !lines[k].region; k++)
    if (lines[k].y >= line.y - 0.5) return undefined;
  // A bold line inside a bold paragraph (one that runs on from the line before, or on to the next) is not one.
  if (line.bold && before?.bold && !before.region && before.x1 >= rightEdge - 2 * body.size) return undefined;
  if (line.bold && after?.bold && line.x1 >= rightEdge - 2 * body.size) return undefined;
  // A line whose words go on below it: a heading only if they wrapped there (the next word would not fit).
  let next = i + 1;
  // A numbered line in plain type is a heading only alone on its line; a bold heading may wrap onto a second line.
  if (!line.bold && carriesOn(line, after)) return undefined;
  while (next < lines.length && next - i < 2 && carriesOn(lines[next - 1], lines[next])) {
    if (nextWordFits(lines[next - 1], lines[next], rightEdge)) return undefined;
    next++;
  }
  if (next < lines.length && carriesOn(lines[next - 1], lines[next])) return undefined;
  if (next > i + 1 && /[.,;:]$/.test(lines[next - 1].words.trim())) return undefined;
  if (headingNumber(words).number === undefined) {
    // A bold line straight above a table is its caption; straight under the document's title, its subtitle.
    if (context.tableNext(next)) return undefined;
    if (context.afterTitle) return undefined;
  }
  return { start: line.start, end: lines[next - 1].end, size: line.size, next, bodySized: true };
}

/**
 * Lines numbered like sub-headings ("7.1 Why this chapter matters") in the body's plain type and size, three or more
 * one under another at the body's line spacing with no words between them: a typed list of the sections (a chapter's
 * own contents), not the sections — a numbered sub-heading stands over words of its own. Their indexes on the page.
 */
function listedSections(lines: readonly Line[], body: { size: number; bold: boolean }): Set<number> {
  const listed = new Set<number>();
  const numbered = (line: Line) => {
    const code = line.words.charCodeAt(0);
    return (
      code >= 48 &&
      code <= 57 &&
      !line.region &&
      !line.bold &&
      Math.abs(line.size - body.size) < 0.5 &&
      line.fragments.length === 1 &&
      SUB_NUMBER.test(line.words)
    );
  };
  let start = 0;
  for (let i = 0; i <= lines.length; i++) {
    const line = lines[i];
    const before = lines[i - 1];
    const goesOn =
      line !== undefined &&
      numbered(line) &&
      i > start &&
      before.y - line.y > 0 &&
      before.y - line.y <= LINE_STEP * line.size &&
      Math.abs(before.x0 - line.x0) <= 2;
    if (goesOn) continue;
    if (i - start >= 3) for (let k = start; k < i; k++) listed.add(k);
    start = line !== undefined && numbered(line) ? i : i + 1;
  }
  return listed;
}

/** A list item: a line with a marker, and the lines that hang under its words (up to a table, `tableAt`). */
function listItemAt(
  lines: readonly Line[],
  i: number,
  markers: readonly number[],
  carried: ReadonlySet<Line>,
  tableAt: (k: number) => boolean,
): { block: Block; next: number } | undefined {
  const line = lines[i];
  const found = marker(line);
  if (!found) return undefined;
  let next = i + 1;
  while (next < lines.length && !tableAt(next)) {
    const l = lines[next];
    const step = lines[next - 1].y - l.y;
    if (
      l.region ||
      (marker(l) && !carried.has(l)) ||
      Math.abs(l.size - line.size) >= 0.5 ||
      step <= 0 ||
      step > LINE_STEP * line.size ||
      l.x0 <= line.x0 + 0.5 * line.size
    )
      break;
    next++;
  }
  const level = Math.max(1, markers.findIndex((x) => Math.abs(x - line.x0) <= line.size * 0.6) + 1);
  const number = /\d+/.exec(found.marker);
  return {
    block: {
      kind: "listItem",
      offset: line.start,
      endOffset: lines[next - 1].end,
      level,
      ordered: found.ordered,
      marker: found.marker,
      ...(number ? { number: Number(number[0]) } : {}),
      place: {},
    },
    next,
  };
}

/** A paragraph from line i: the index after its last line (up to a table, `tableAt`). */
function paragraphAt(
  lines: readonly Line[],
  i: number,
  body: { size: number },
  rightEdge: number,
  tableAt: (k: number) => boolean,
): number {
  const first = lines[i];
  let next = i + 1;
  while (next < lines.length && !tableAt(next)) {
    const before = lines[next - 1];
    const l = lines[next];
    const step = before.y - l.y;
    if (
      l.region ||
      marker(l) ||
      Math.abs(l.size - first.size) >= 0.5 ||
      step <= 0 ||
      step > LINE_STEP * Math.max(first.size, body.size) ||
      Math.abs(l.x0 - first.x0) > 3 * first.size ||
      l.fragments.length > 1 ||
      (l.bold && !before.bold)
    )
      break;
    // A line that stops short after a sentence (the next line's first word would have fitted) ends its paragraph.
    if (SENTENCE_END.test(before.words) && nextWordFits(before, l, rightEdge)) break;
    next++;
  }
  return next;
}

/**
 * A table from line i: lines whose pieces start at the same two or more places across the page (its columns),
 * three rows or more (two after a bold header row). Cells that wrap onto more lines are read in the order
 * LibreOffice and Word write them: each cell's lines, then the next cell's from the row's top again. A column
 * the first row leaves empty (a grouped header: "Designated lead" over "Completed | Expires") starts where a later
 * row's cell starts, between the columns known, so long as no cell read so far crosses that place.
 */
function tableAt(
  text: string,
  lines: readonly Line[],
  i: number,
  after: number,
  bodyBold: boolean,
): { block: Block; start: number; next: number; columns: number[] } | undefined {
  const first = lines[i];
  if (first.region || marker(first)) return undefined;
  const tolerance = Math.max(2.5, first.size * 0.3);
  const columns = first.fragments.map((f) => f.x0).sort((a, b) => a - b);
  // A row whose cells all wrap is read cell by cell, each on lines of its own: the next cell goes back up beside
  // the first, to its right, within a few lines.
  if (first.fragments.length < 2) {
    const beside = besideCell(lines, i);
    if (beside === undefined) return undefined;
    columns.push(beside);
  }
  const column = (x: number) => columns.findIndex((c) => Math.abs(c - x) <= tolerance);
  /** Where the cells of the column starting at x must end: before the next column starts. */
  const limitAfter = (x: number) => columns.find((c) => c > x + tolerance) ?? Number.POSITIVE_INFINITY;
  const fits = (f: Fragment): boolean => column(f.x0) >= 0 && f.x1 <= limitAfter(f.x0) + tolerance;
  /**
   * A piece that starts at a column and runs across the next ones' starts: two cells' words on one line, closer than
   * CELL_GAP ("26 April 2025" beside "26 April", the rest of its cell wrapped below). It is parted before each of its
   * items that starts where a column starts, after a gap wider than a space; unparted unless every part then fits.
   */
  const parted = (f: Fragment): Fragment[] => {
    if (column(f.x0) < 0 || f.items.length < 2) return [f];
    const parts: Fragment[] = [];
    let part: Fragment | undefined;
    for (const item of f.items) {
      const x1 = item.x + item.width;
      if (
        part &&
        !(item.x > part.x0 + tolerance && item.x - part.x1 > SPLIT_GAP * item.size && column(item.x) >= 0)
      ) {
        part.end = item.end;
        part.x0 = Math.min(part.x0, item.x);
        part.x1 = Math.max(part.x1, x1);
        part.items.push(item);
        continue;
      }
      part = { start: item.start, end: item.end, x0: item.x, x1, y: f.y, items: [item] };
      parts.push(part);
    }
    return parts.length > 1 && parts.every(fits) ? parts : [f];
  };
  /** Each line's pieces under the columns known now (cleared when they change). */
  const parts = new Map<Line, Fragment[]>();
  /** A line's pieces, each in one column where that parts them (parted); its own otherwise. */
  const pieces = (l: Line): Fragment[] => {
    let p = parts.get(l);
    if (!p) {
      p = l.fragments.every(fits) ? l.fragments : l.fragments.flatMap((f) => (fits(f) ? [f] : parted(f)));
      parts.set(l, p);
    }
    return p;
  };
  const sameSize = (l: Line) => !l.region && Math.abs(l.size - first.size) < 0.5;
  /**
   * A list item's line: a marker in the first column. A cell further right may start with one ("✓ 03/2025", "–
   * no date recorded", a cell's line of its own), which no list beside the table would.
   */
  const listLine = (l: Line) => marker(l) !== undefined && column(pieces(l)[0].x0) <= 0;
  /** A line of two or more cells in these columns. */
  const row = (l: Line) => {
    if (!sameSize(l) || listLine(l)) return false;
    const p = pieces(l);
    return p.length >= 2 && p.every(fits) && new Set(p.map((f) => column(f.x0))).size >= 2;
  };
  /** A line of one cell: a wrapped cell, or the next cell of a row read cell by cell. */
  const cell = (l: Line) => {
    if (!sameSize(l) || listLine(l)) return false;
    const p = pieces(l);
    return p.length === 1 && fits(p[0]);
  };
  /** One cell in the first column belongs to the table only when a later line goes back up beside it. */
  const besideLater = (j: number, limit: number) => {
    for (let k = j + 1; k < Math.min(lines.length, j + 12) && k <= limit; k++) {
      const l = lines[k];
      if (!row(l) && !cell(l)) return false;
      if (l.y >= lines[j].y - 0.5 && column(pieces(l)[0].x0) > 0) return true;
    }
    return false;
  };
  let start = i;
  /** Takes in the lines above the table that are its cells (a header whose cells wrap, a row the page broke). */
  const extendUp = () => {
    while (start > after && start > i - 40) {
      const l = lines[start - 1];
      if (row(l)) {
        start--;
        continue;
      }
      if (!cell(l) || (column(pieces(l)[0].x0) === 0 && !besideLater(start - 1, Number.MAX_SAFE_INTEGER)))
        break;
      start--;
    }
  };
  extendUp();
  let next = i + 1;
  /**
   * The places where the pieces of line l that start at no column would start new ones: each between two
   * columns (or right of the last), ending before the next, with no piece of the table's lines so far across
   * it; undefined when a piece cannot start a column there. A line of one piece opens a column only beside a line
   * already in the table (the next cell of a row, read after the cells below the one before it).
   */
  const newColumns = (l: Line): number[] | undefined => {
    if (!sameSize(l) || marker(l)) return undefined;
    /** The pieces of the table's lines so far: asked for only by a piece at no column (most lines have none). */
    let held: Fragment[] | undefined;
    const added: number[] = [];
    for (const f of pieces(l)) {
      if (column(f.x0) >= 0) continue;
      if (f.x0 < columns[0] - tolerance) return undefined;
      held ??= lines.slice(start, next).flatMap((t) => pieces(t));
      if (held.some((h) => h.x0 < f.x0 - tolerance && h.x1 > f.x0)) return undefined;
      if (f.x1 > limitAfter(f.x0) + tolerance) return undefined;
      added.push(f.x0);
    }
    if (added.length === 0) return added;
    if (
      pieces(l).length === 1 &&
      !lines.slice(start, next).some((t) => Math.abs(t.y - l.y) <= 0.5 * first.size)
    )
      return undefined;
    return added;
  };
  while (next < lines.length) {
    const l = lines[next];
    const added = newColumns(l);
    if (added && added.length > 0) {
      const kept = columns.slice();
      columns.push(...added);
      columns.sort((a, b) => a - b);
      parts.clear();
      if (!row(l) && !cell(l)) {
        columns.splice(0, columns.length, ...kept);
        parts.clear();
        break;
      }
    }
    if (row(l)) next++;
    else if (cell(l) && (column(pieces(l)[0].x0) > 0 || besideLater(next, Number.MAX_SAFE_INTEGER))) next++;
    else break;
  }
  // Columns found further down (a row whose cells all wrap gives only two) may hold lines above the first row.
  extendUp();
  const rows = tableRows(lines.slice(start, next), column, pieces);
  const full = rows.filter((r) => r.filter((c) => c.length > 0).length >= 2).length;
  const header = lines[start].bold && !bodyBold;
  if (full < 2 || (rows.length < 3 && !(rows.length === 2 && header))) return undefined;
  if (contentsList(text, rows) || formLines(text, rows)) return undefined;
  // The table's lines hold its cells: pieces the columns parted stay parted (joinAcrossPages reads them).
  for (const l of lines.slice(start, next)) l.fragments = pieces(l);
  // An empty cell keeps its column: it sits, empty, where the next cell of its row starts (or the last ends).
  const limits = cellLimits(rows, columns);
  const cells = rows.map((r) => {
    while (r.length < columns.length) r.push([]);
    let at = r.find((c) => c.length > 0)?.[0].start ?? lines[start].start;
    return r.map((c) => {
      if (c.length === 0) {
        const after = r.find((d, k) => k > r.indexOf(c) && d.length > 0);
        const where = after ? after[0].start : at;
        return { text: "", offset: where, endOffset: where };
      }
      at = c[c.length - 1].end;
      const cell = tableCell(text, c[0].start, at);
      const words = brokenWordsJoined(text, c, limits[r.indexOf(c)]);
      return words === undefined ? cell : { ...cell, text: words };
    });
  });
  return {
    block: {
      kind: "table",
      offset: lines[start].start,
      endOffset: lines[next - 1].end,
      rows: cells,
      headerRow: header,
      place: {},
    },
    start,
    next,
    columns,
  };
}

/**
 * Where the next cell of a row starts when line i is the first line of a row's first cell and the cells' lines are
 * each alone on their lines: a later line, within a few, back up level with line i and to the right of every line
 * between (which all stand inside the first cell's width), or undefined.
 */
function besideCell(lines: readonly Line[], i: number): number | undefined {
  const first = lines[i];
  let right = first.x1;
  for (let k = i + 1; k < Math.min(lines.length, i + 10); k++) {
    const l = lines[k];
    if (l.region || l.page !== first.page || l.fragments.length !== 1 || Math.abs(l.size - first.size) >= 0.5)
      return undefined;
    if (Math.abs(l.y - first.y) <= 0.5 * first.size) return l.x0 > right + first.size ? l.x0 : undefined;
    // A line of the first cell: below the one before, starting where the cell starts.
    if (l.y >= lines[k - 1].y || Math.abs(l.x0 - first.x0) > 2) return undefined;
    right = Math.max(right, l.x1);
  }
  return undefined;
}

/**
 * Where each column's cells must end their lines: the next column's start less the cells' padding, taken as the
 * narrowest gap between a column's widest line and the next column (the last column's is unknown).
 */
function cellLimits(rows: readonly Fragment[][][], columns: readonly number[]): number[] {
  const widest = columns.map((_, k) =>
    Math.max(Number.NEGATIVE_INFINITY, ...rows.flatMap((r) => (r[k] ?? []).map((f) => f.x1))),
  );
  const gaps = columns
    .slice(1)
    .map((c, k) => c - widest[k])
    .filter((g) => Number.isFinite(g) && g > 0);
  const padding = gaps.length > 0 ? Math.min(...gaps) : 0;
  return columns.map((_, k) =>
    k + 1 < columns.length ? columns[k + 1] - padding : Number.POSITIVE_INFINITY,
  );
}

/**
 * A cell's words when a word too long for its line was broken mid-way with no hyphen ("Safeguardin" / "g Lead"),
 * joined again; undefined when none was. A line holding one word alone, the next line going on in lower case, is
 * such a break when the whole word is used elsewhere in the document and its first part is not, or when the next
 * line's first letters (three at most) would not have fitted after it within the cell (`limit`).
 */
function brokenWordsJoined(text: string, fragments: readonly Fragment[], limit: number): string | undefined {
  const joins: number[] = [];
  for (let k = 0; k + 1 < fragments.length; k++) {
    const f = fragments[k];
    const g = fragments[k + 1];
    const head = text.slice(f.start, f.end);
    const rest = /^\p{Ll}+/u.exec(text.slice(g.start, g.end))?.[0];
    if (!rest || !/^\p{L}{2,}$/u.test(head) || !/^\s+$/.test(text.slice(f.end, g.start))) continue;
    const words = documentWords(text);
    const used = words.has(`${head}${rest}`.toLowerCase()) && !words.has(head.toLowerCase());
    const perChar = (f.x1 - f.x0) / head.length;
    if (used || (rest.length <= 3 && f.x1 + perChar > limit)) joins.push(k);
  }
  if (joins.length === 0) return undefined;
  let words = "";
  let from = fragments[0].start;
  for (const k of joins) {
    words += text.slice(from, fragments[k].end);
    from = fragments[k + 1].start;
  }
  words += text.slice(from, fragments[fragments.length - 1].end);
  return words.replace(/\s+/g, " ").trim();
}

/** The words of the document's text, lower-cased (the last text's, kept for the next table). */
let wordsOf: { text: string; words: Set<string> } | undefined;
function documentWords(text: string): Set<string> {
  if (wordsOf?.text !== text) wordsOf = { text, words: new Set(text.toLowerCase().match(/\p{L}+/gu) ?? []) };
  return wordsOf.words;
}

/**
 * Titles each with a page number after it, the numbers going up: a contents list set with tabs, not a table.
 */
function contentsList(text: string, rows: readonly Fragment[][][]): boolean {
  let page = 0;
  for (const row of rows) {
    const filled = row.filter((c) => c.length > 0);
    if (filled.length !== 2 || row[0].length === 0) return false;
    const last = filled[1];
    const words = text.slice(last[0].start, last[last.length - 1].end).trim();
    if (!/^\d{1,3}$/.test(words) || Number(words) < page) return false;
    page = Number(words);
  }
  return true;
}

/** Labels each with a blank to fill in after it ("Completed by: ______  Role: ______"): a form's lines, not a table. */
function formLines(text: string, rows: readonly Fragment[][][]): boolean {
  return rows.every((row) => {
    const cells = row
      .filter((c) => c.length > 0)
      .map((c) => text.slice(c[0].start, c[c.length - 1].end).trim());
    const blank = (words: string) => /^[_.…\s]+$/.test(words);
    return cells.some(blank) && cells.every((words) => blank(words) || /:$/.test(words));
  });
}

/** A table's lines as rows of cells (each cell its fragments, by column). */
function tableRows(
  lines: readonly Line[],
  column: (x: number) => number,
  pieces: (l: Line) => Fragment[],
): Fragment[][][] {
  const rows: Fragment[][][] = [];
  let current: Fragment[][] | undefined;
  let top = 0;
  /** The lowest line of the row so far (of its tallest cell). */
  let bottom = 0;
  let last: { column: number; y: number } | undefined;
  for (const line of lines) {
    const parts = pieces(line);
    const slack = 0.5 * line.size;
    // A line level with one of the row's lines, beside a cell of several lines, whose pieces stand in columns the
    // row has left empty so far: the row's cells (a row's dates on one line beside the course's wrapped lines, cells
    // set in the middle of the row's height). The next row starts below the row's lowest line.
    const beside =
      current !== undefined &&
      parts.every(
        (f) =>
          f.y <= top + slack &&
          f.y >= bottom - slack &&
          (current?.[Math.max(0, column(f.x0))]?.length ?? 0) === 0,
      );
    for (const fragment of parts) {
      const k = Math.max(0, column(fragment.x0));
      const sameRow =
        current !== undefined &&
        (beside ||
          Math.abs(fragment.y - top) <= slack ||
          // A cell's next line, straight below its last (alone on its line: cells side by side start a row).
          (parts.length === 1 &&
            last !== undefined &&
            last.column === k &&
            fragment.y < last.y &&
            last.y - fragment.y <= LINE_STEP * line.size &&
            fragment.y < top));
      if (!sameRow || !current) {
        current = [];
        rows.push(current);
        top = fragment.y;
        bottom = fragment.y;
      }
      bottom = Math.min(bottom, fragment.y);
      while (current.length <= k) current.push([]);
      current[k].push(fragment);
      last = { column: k, y: fragment.y };
    }
  }
  return rows;
}
