/**
 * Lines, table rows and tables of a policy's Markdown-like text (every reader writes that shape), with 0-based offsets.
 */
import type { Block } from "../document/blocks.js";
import { rejoinBrokenWords } from "./broken-words.js";
import { allMatches } from "./matches.js";

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
  return isTableSeparatorText(line.text);
}

/**
 * A Markdown table's line under its header row ("| --- | :-: |"), read cell by cell: one pattern with spaces either
 * side of an optional "|" can split a long run of spaces every way, in time growing with the run's square.
 */
export function isTableSeparatorText(text: string): boolean {
  const cells = text.trim().replace(/^\|/, "").replace(/\|$/, "").split("|");
  return cells.every((cell) => /^:?-+:?$/.test(cell.trim()));
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

/**
 * A label of a policy's details: "Approved by", "Date approved", "Review", "Next review due", "Version", "Policy
 * owner", "Ratified by", "Applies to", "Status" — short, with no figures, a word of the document's record in it.
 */
const DETAIL_WORD =
  /(?<![\p{L}])(?:owner|author|written|version|status|approv\p{L}*|adopt\p{L}*|ratif\p{L}*|agreed|signed|issued|review\p{L}*|applies|updated|revised|amended|effective|circulation)(?![\p{L}])/iu;
const DETAIL_LABEL_MAX = 40;
function detailLabel(cell: string): boolean {
  const words = plain(cell);
  return words.length <= DETAIL_LABEL_MAX && !/\d/.test(words) && DETAIL_WORD.test(words);
}

/**
 * Whether a table (its rows of cells, the first row the one Markdown and Word mark as its header) is a key-value box:
 * two cells a row, each row a label and its value, the labels a policy's details ("| Approved by | Full Governing
 * Body |", "| Date approved | 4th November 2025 |", "| Review | Annually |", "| Version | 6.1 |") — at least two of the
 * rows under the first, and at least half of them, have such a label (DETAIL_WORD). Its first row ("| Policy owner |
 * Designated Safeguarding Lead |") is one more pair: its cells head no columns. A table of sites, houses or roles
 * ("| Site | Designated Safeguarding Lead |" over "| North | Ann Lee |") has no such labels.
 */
export function isKeyValueBox(rows: ReadonlyArray<ReadonlyArray<{ text: string }>>): boolean {
  const [first, ...body] = rows;
  if (first?.length !== 2) return false;
  let labels = 0;
  for (const row of body) {
    if (row.length !== 2) return false;
    if (detailLabel(row[0].text)) labels++;
  }
  return labels >= 2 && labels * 2 >= body.length;
}

/** Per list of lines, whether the Markdown table whose first row is at an index is a key-value box. */
const keyValueBoxes = new WeakMap<Line[], Map<number, boolean>>();

/** Whether the Markdown table whose first row (above its separator line) is `lines[first]` is a key-value box. */
export function isKeyValueBoxAt(lines: Line[], first: number): boolean {
  let known = keyValueBoxes.get(lines);
  if (!known) {
    known = new Map();
    keyValueBoxes.set(lines, known);
  }
  let box = known.get(first);
  if (box === undefined) {
    box = false;
    if (isTableRow(lines[first]) && lines[first + 1] && isTableSeparator(lines[first + 1])) {
      const rows = [tableCells(lines[first])];
      for (let i = first + 2; i < lines.length && isTableRow(lines[i]); i++) rows.push(tableCells(lines[i]));
      box = isKeyValueBox(rows);
    }
    known.set(first, box);
  }
  return box;
}

/**
 * A Markdown table row's `<br>`s as spaces, same length: a label cell wrapped onto several lines ("Date this policy
 * is<br>next due for<br>review") reads as one label, and a value cell that opens with empty lines ("<br><br>15/01/2027",
 * its date set at the foot of the cell) reads as its date. A Word cell's paragraphs, each set in bold, come as bold
 * runs side by side ("**Date this policy is** **next due for** **review**"): the marks between them read as spaces
 * too, so the label is one bold label.
 */
export function cellBreaksAsSpaces(text: string): string {
  if (!/<br\s*\/?>|\*\*[ \t]+\*\*/i.test(text)) return text;
  return text.replace(/^[ \t]*\|.*$/gm, (row) =>
    row.replace(/<br\s*\/?>|(?<=[^\s*|])\*\*[ \t]+\*\*(?=[^\s*|])/gi, (gap) => " ".repeat(gap.length)),
  );
}

/** A character that starts a link, an autolink, an escape, emphasis or a code mark. */
const MARKDOWN_MARK = /[[<\\*_`~]/;

/** Markdown reduced to words for comparisons: links to their text, escapes, emphasis and code marks removed. */
export function plain(markdown: string): string {
  // CommonMark escapes any ASCII punctuation; converters write "O\\'Sullivan", "help\\@nspcc.org.uk".
  // Most lines hold no mark at all: nothing to take out.
  if (!MARKDOWN_MARK.test(markdown)) return markdown.trim();
  let shown = plainRead.get(markdown);
  if (shown === undefined) {
    shown = markdown
      .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/<(?:https?:|mailto:)[^>]*>/g, (m) => m.slice(1, -1).replace(/^mailto:/, ""))
      .replace(/\\([!-/:-@[-`{-~])/g, "$1")
      .replace(/(\*\*|__|\*|_|`|~~)/g, "")
      .trim();
    if (plainRead.size >= PLAIN_KEPT) plainRead.clear();
    plainRead.set(markdown, shown);
  }
  return shown;
}

/**
 * The words of each marked-up text read so far: the rules read the same lines' words again and again (two in three
 * calls in the bench's documents repeat one). The answer depends on the text alone; emptied when it grows large.
 */
const plainRead = new Map<string, string>();
const PLAIN_KEPT = 5000;

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
    /^\s*\d+(?:\.\d+)*\.?\s+[A-Z][^.!?]{1,80}$/.test(line.text) &&
    !STARTS_WITH_DAY_MONTH.test(line.text) &&
    !WRAPPED_AFTER_NUMBER.test(line.text)
  );
}

/**
 * A wrapped sentence's line that starts with the number its line above ended on: "2 Club Coach) and an enhanced DBS
 * check, and every coach is registered with the" — a bracket closed that it never opened, or words that end on a
 * comma or a word a sentence goes on from. No heading is either.
 */
const WRAPPED_AFTER_NUMBER =
  /^[^(]*\)|(?:,|\s(?:the|a|an|and|or|of|to|with|for|in|on|by|at|from|is|are|was|were|be|that|who|which))\s*$/;

export function nextNonBlank(lines: Line[], index: number): Line | undefined {
  for (let i = index + 1; i < lines.length; i++) if (!isBlank(lines[i])) return lines[i];
  return undefined;
}

/** A line that starts a Markdown block of its own: a heading, list item, table row, quote, rule, fence, HTML. */
const BLOCK_START = /^\s*(?:#{1,6}(?:\s|$)|[-*+•·]\s|\d{1,3}[.)]\s|\||>|={3,}\s*$|-{3,}\s*$|```|~~~|<)/;
/** Ends in a Markdown hard line break (two spaces or a backslash): the author wanted a new line. */
const HARD_BREAK = /(?: {2}|\\)$/;
/**
 * A line that starts with a bold label and its colon ("**Approved by:** …"): a field of its own. A Word file keeps
 * no Markdown hard break, so its lines of fields would otherwise join the wrapped line before them.
 */
const FIELD_LABEL_START = /^\s*\*\*[^*\n]{1,40}?(?::\*\*|\*\*\s*:)/;
/**
 * A line that ends with a separator and the word a template leaves where a date goes ("Child protection refresher --
 * date", "… – [date]"): an entry ended, its date never written, not a sentence wrapped. The next line ("Member of the
 * PVG Scheme since 2019") is something else, and its year not the entry's date.
 */
const BLANK_DATE_END = /\s(?:--|[–—-])[^\S\n]*(?:date|dd\/mm\/yy(?:yy)?|\(date\)|\[date\])[^\S\n]*$/i;
/** Prose wrapped at a fixed width (pandoc writes 72 columns) has no line longer than this. */
const WRAP_WIDTH = 80;
/** A wrapped line is nearly full: only the last line of a paragraph is short. */
const WRAPPED_MIN = 50;

/** Words in columns (a pandoc simple or grid table, a form): a gap of three spaces inside the line (a Word file keeps
 * a run of spaces as no-break spaces and spaces by turns). */
const COLUMNS = /\S[ \u00a0]{3,}\S|^[-+=:\s]+$/;

function isProse(text: string): boolean {
  return text.trim() !== "" && !BLOCK_START.test(text) && !/^\s*\|.*\|\s*$/.test(text) && !COLUMNS.test(text);
}

/**
 * Markdown hard-wrapped at a fixed width, as pandoc writes it when it converts a Word file or a web page: a
 * paragraph's lines joined with spaces (same length, same offsets), so "the Designated Safeguarding" / "Lead is
 * Mrs Ada Kerr" and "Next review: March" / "2026" are read as the one line a reader sees. Only a document whose
 * prose lines all fit the wrap width and often run on is treated so — in a document written one paragraph to a
 * line, a line break is the author's ("Manager: A" / "Deputy: B") and stays. Within a wrapped document, a line
 * joins the next only when it is nearly full, does not end in a hard break and the next line continues its
 * paragraph (not a heading, list item, table row, quote or blank line).
 */
export function unwrapHardWrappedProse(text: string): string {
  const lines = text.split("\n");
  let prose = 0;
  let tooLong = 0;
  let runsOn = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    if (!isProse(line)) continue;
    prose++;
    // A link's address is never broken, so it may carry a line past the wrap width.
    if (line.replace(/\]\([^)\s]*\)|<https?:[^>\s]*>/g, "]").length > WRAP_WIDTH) tooLong++;
    else if (line.trimEnd().length >= WRAPPED_MIN && i + 1 < lines.length && isProse(lines[i + 1])) runsOn++;
  }
  if (prose === 0 || tooLong > prose * 0.02 || runsOn < 5) return text;
  let out = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    out += line;
    if (i === lines.length - 1) break;
    const bare = line.replace(/\r$/, "");
    const joins =
      isProse(bare) &&
      bare.trimEnd().length >= WRAPPED_MIN &&
      !HARD_BREAK.test(bare) &&
      !BLANK_DATE_END.test(bare) &&
      isProse(lines[i + 1]) &&
      !FIELD_LABEL_START.test(lines[i + 1]);
    out += joins ? " " : "\n";
  }
  return out;
}

/**
 * The text the finders read, same length and offsets as the document's: prose hard-wrapped at a fixed width
 * joined into its paragraphs (Markdown from pandoc, a Word file with a line break typed in every line). PDF and
 * plain text are left as they are: their finders read lines and joined lines both (joinWrappedLines) — but for a
 * PDF's list item that the page's width broke over lines (joinListItemLines).
 */
export function readingText(document: { format: string; text: string; blocks?: readonly Block[] }): string {
  if (document.format === "pdf") return joinListItemLines(document.text, document.blocks ?? []);
  if (document.format === "txt") return document.text;
  // Several finders ask for it: unwrap each document's text once.
  const cached = readings.get(document);
  if (cached?.text === document.text) return cached.reading;
  const reading = hideUnchosenOptions(
    hideAutolinkBrackets(
      hideTrackedChangeMarks(joinBracketOverLines(unwrapHardWrappedProse(rejoinBrokenWords(document.text)))),
    ),
  );
  readings.set(document, { text: document.text, reading });
  return reading;
}

/** A contents entry's number at a line's start ("5.1 ", "12.3.2 "): a line of its own, never the line above's words. */
const SUB_NUMBER_START = /^\d{1,3}(?:\.\d{1,3})+\.?\s/;
/** A contents entry's dot leaders ("Online abuse........ 4"). */
const DOT_LEADER = /\.{5,}|(?:\. ){4}|…{3}/;

/**
 * A PDF's list item as the one line it is in the Word or Markdown copy (same length, same offsets): the lines the
 * layout reader hangs under the item's words ("● Ann Lee — DSL New to Role, 2 February 2021; DSL" / "refresher, 16
 * January 2025; …"), where the page's width broke it — so a course's name broken over them is read whole. The
 * lines end at a blank line, a line that starts a block of its own (a tagged PDF's item holds its nested items) or a
 * contents entry's (a sub-number, "5.1 …", or dot leaders: a contents list's entries hang under its "5." entry).
 * A line the page's edge carried before a dash ("● Name — Course (Provider)" / "— 18/06/2025") goes on the item's
 * line wherever it stands in the item, as it always did.
 */
function joinListItemLines(text: string, blocks: readonly Block[]): string {
  const starts = new Set<number>();
  for (const block of blocks) starts.add(block.offset);
  const breaks: number[] = [];
  for (const block of blocks) {
    if (block.kind !== "listItem") continue;
    let wrapped = !DOT_LEADER.test(text.slice(block.offset, block.endOffset));
    for (
      let k = text.indexOf("\n", block.offset);
      k >= 0 && k < block.endOffset;
      k = text.indexOf("\n", k + 1)
    ) {
      const next = k + 1 + leadingSpaces(text, k + 1);
      wrapped &&=
        text[next] !== "\n" &&
        next < block.endOffset &&
        !starts.has(next) &&
        !SUB_NUMBER_START.test(text.slice(next, next + 16));
      if (wrapped || (k + 3 <= block.endOffset && /^[–—-]\s/.test(text.slice(k + 1, k + 3)))) breaks.push(k);
    }
  }
  if (breaks.length === 0) return text;
  const parts: string[] = [];
  let from = 0;
  for (const k of [...new Set(breaks)].sort((a, b) => a - b)) {
    parts.push(text.slice(from, k), " ");
    from = k + 1;
  }
  parts.push(text.slice(from));
  return parts.join("");
}

/** How many spaces and tabs stand at `at` (a line's indent). */
function leadingSpaces(text: string, at: number): number {
  let i = at;
  while (text[i] === " " || text[i] === "\t") i++;
  return i - at;
}

/**
 * A bracket opened on one line and closed on the next, which carries on in lower case: "… refresher, 01.2024 (this
 * replaces her" / "first awareness course of 11.2019)." — one sentence broken by a line break (a Word line break, a
 * Markdown soft break), read as the one line it is (same length, same offsets). Otherwise the line after reads as a
 * record of its own. Only prose lines; a line break elsewhere stays the author's.
 */
export function joinBracketOverLines(text: string): string {
  return joinLines(text, (line, next) => {
    const open = (line.match(/\(/g) ?? []).length - (line.match(/\)/g) ?? []).length;
    return open > 0 && isProse(line) && isProse(next) && /^\s*\p{Ll}/u.test(next) && /^[^()]*\)/.test(next);
  });
}

/** The text with each line break where `joins(line, next)` says so made a space (same length, same offsets). */
function joinLines(text: string, joins: (line: string, next: string) => boolean): string {
  if (!text.includes("(")) return text;
  const lines = text.split("\n");
  let out = "";
  for (let i = 0; i < lines.length; i++) {
    out += lines[i];
    if (i === lines.length - 1) break;
    out += joins(lines[i].replace(/\r$/, ""), lines[i + 1]) ? " " : "\n";
  }
  return out;
}

/** A list marker a PDF's text keeps at a line's start ("●", "•", "▪", "–"), or a numbered heading's number. */
const PDF_LINE_START = /^\s*(?:[●○■□▪◦‣⁃∙➢➤►•·\uF0B7\uF0A7–—-]|\d{1,3}(?:\.\d+)*[.)]?\s)/u;

/**
 * A PDF line that breaks inside a bracket, the next line closing it in a few words: "… Essentials e-learning (no
 * date" / "given).", "● Ana Bell – Designated Lead course (two days, Wrenfield" / "Partnership), 14/11/2023" — one
 * entry the page's width broke, read as the one line it is (same length, same offsets), so that the bracket's words
 * and the date after it are the entry's. Only a next line that is no list entry or numbered heading of its own.
 */
export function joinBracketOverPdfLines(text: string): string {
  return joinLines(text, (line, next) => {
    const closing = /^\s*([^()]*?)\)/.exec(next);
    return (
      closing !== null &&
      line.lastIndexOf("(") > line.lastIndexOf(")") &&
      line.trim() !== "" &&
      wordCount(closing[1]) <= 6 &&
      !PDF_LINE_START.test(next)
    );
  });
}

/** A date alone on a line: "05/2025", "14/11/2023", "March 2025", "3 March 2025", with a full stop or not. */
const DATE_ALONE =
  /^\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[/.-]\d{4}|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})\.?\s*$/u;

/** The word a template leaves where a date belongs, alone on a line: "date", "(date)", "[date]", "dd/mm/yyyy". */
const DATE_WORD_ALONE = /^[^\S\n]*(?:date|\(date\)|\[date\]|dd\/mm\/yy(?:yy)?)[^\S\n]*[.*]*[^\S\n]*\r?$/i;

/**
 * A PDF list entry the page's width broke before its date: "● Ana Bell – Designated Lead course (Wrenfield SCP)," /
 * "05/2025" — the entry's line ends with a comma and the next line is the date alone. Read as the one line it is
 * (same length, same offsets), so that the date is the entry's; otherwise the entry reads as a course with no date.
 * Only a line that opens with a list marker, and a next line that is a date and nothing else. And a training line
 * broken before the template's date word it ends with: "Mr Ivo Penhallow — Safeguarding Children Level 2 –" /
 * "date" (a line ending in a dash, the next the word alone), read as the one "– date" line.
 */
export function joinDateOverPdfLines(text: string): string {
  if (
    !/,[^\S\n]*\n[^\S\n]*\d|,[^\S\n]*\n[^\S\n]*\p{Lu}/u.test(text) &&
    !/[–—-][^\S\n]*\n[^\S\n]*(?:[([]?date\b|dd\/mm)/i.test(text)
  )
    return text;
  const lines = text.split("\n");
  let out = "";
  for (let i = 0; i < lines.length; i++) {
    out += lines[i];
    if (i === lines.length - 1) break;
    const line = lines[i].replace(/\r$/, "");
    const joins =
      (/^\s*[●○■□▪◦‣⁃∙➢➤►•·\uF0B7\uF0A7]/u.test(line) &&
        /,\s*$/.test(line) &&
        DATE_ALONE.test(lines[i + 1])) ||
      (/\s[–—-]\s*$/.test(line) && DATE_WORD_ALONE.test(lines[i + 1]));
    out += joins ? " " : "\n";
  }
  return out;
}

/** A ticked box before an option's words: "☒ Club Manager – Ms Tanisha Greaves" ("☑️" with its emoji mark too). */
const TICKED_OPTION = /[☒☑✅]\uFE0F?(?=[^\S\n]*\p{L})/u;
/**
 * An unticked box and its option's words, to the next box, the cell's end, the line's or the sentence's: "☐ I do not
 * agree to photographs … being used. If you have any worry, speak to …" — the next sentence is not the option's.
 */
const UNCHOSEN_OPTION = /☐\uFE0F?(?:[^☐☒☑✅|\n.!?]|[.!?](?![^\S\n]+\p{Lu}))*/gu;

/**
 * A form's choices as the person filling it in made them: on a line where a box before words is ticked ("| Designated
 * Safeguarding Lead | ☒ Club Manager – Ms Tanisha Greaves ☐ Other: |"), the ticked box reads as a space and each
 * unticked option ("☐ Other:", "☐ Senior Playworker – [name]") as spaces (same length): not chosen, so not said.
 * A line of unticked boxes alone (a checklist, a form not filled in) and a tick column's lone "☒" are left as written.
 */
export function hideUnchosenOptions(text: string): string {
  if (!/[☒☑✅]/u.test(text)) return text;
  return text.replace(/^.*[☒☑✅].*$/gmu, (line) =>
    TICKED_OPTION.test(line)
      ? line
          .replace(UNCHOSEN_OPTION, (option) => " ".repeat(option.length))
          .replace(new RegExp(TICKED_OPTION.source, "gu"), " ")
      : line,
  );
}

/**
 * An address shown as itself, as Markdown writes it and the Word and HTML readers write a link whose words are its
 * address: "<deputy.safety@example.org>", "<https://example.org/help>". Not a tag ("<ins>", "<br>"): an address has
 * an "@" or a scheme.
 */
const AUTOLINK =
  /<(?=(?:https?:\/\/|mailto:)?[^\s<>@]+@[^\s<>@]+\.[^\s<>@]+>|https?:\/\/[^\s<>]+>)([^\s<>]+)>/gi;

/**
 * The brackets of an autolink as spaces (same length), so the words around an address read as they do beside a plain
 * one: "Ellie Fraser (<deputy.safety@…>, 07700 900 813)" as "Ellie Fraser ( deputy.safety@… , 07700 900 813)". A
 * Word file's hyperlinked address and the same policy's Markdown with the address typed read alike.
 */
export function hideAutolinkBrackets(text: string): string {
  if (!text.includes("<")) return text;
  return text.replace(AUTOLINK, (_, address: string) => ` ${address} `);
}

/** An `<ins>` tag, opening or closing. */
const INS_TAG = /<\/?ins>/gi;
/** After a comment: spaces, then `<ins>` on the same line; or the line's end and `<ins>` opening the next. */
const INS_AFTER = /[^\S\n]*<ins>/iy;
const INS_NEXT_LINE = /[^\S\n]*\n[^\S\n]*<ins>/iy;
const SPACES = /[^\S\n]*/y;

/**
 * A Markdown copy of a Word file's tracked change — the deleted words in a comment, the inserted ones in `<ins>` —
 * as a reader sees it: the inserted words only (the comment and the tags as spaces, same length). Hidden: a comment
 * straight before `<ins>` ("Lead: <!-- del: Mrs A --><ins>Mr B</ins>"), or on a line of its own just above one
 * ("<!-- del: Mr A – Deputy -->" then "<ins>Ms B – Deputy</ins>"), a deletion with nothing typed in its place
 * ("Deputy: <!-- del: Mr A -->Mr B", a whole line "<!-- del: … -->"), and every `<ins>` tag. Any other comment
 * ("<!-- footer -->", "Lead: <!-- TODO: insert name -->", the template's note where a name should be) is left for the
 * readers that look for it. Each comment is read
 * once, from its "<!--" to the first "-->" after it (a comment left open ends the search): linear in the text.
 */
export function hideTrackedChangeMarks(text: string): string {
  if (!text.includes("<!--") && !/<ins>/i.test(text)) return text;
  const hidden: Array<[number, number]> = [];
  for (let open = text.indexOf("<!--"); open >= 0; ) {
    const close = text.indexOf("-->", open + 4);
    if (close < 0) break;
    const end = close + 3;
    const newline = text.indexOf("\n", open);
    const oneLine = newline < 0 || newline > close;
    const lineStart = text.lastIndexOf("\n", open - 1) + 1;
    SPACES.lastIndex = lineStart;
    SPACES.test(text);
    const aloneOnLine = SPACES.lastIndex === open;
    INS_AFTER.lastIndex = end;
    INS_NEXT_LINE.lastIndex = end;
    if (oneLine && INS_AFTER.test(text)) hidden.push([open, end]);
    else if (oneLine && aloneOnLine && INS_NEXT_LINE.test(text)) hidden.push([lineStart, end]);
    else if (/^[^\S\n]*del:/i.test(text.slice(open + 4, Math.min(close, open + 40))))
      hidden.push([open, end]);
    open = text.indexOf("<!--", end);
  }
  for (const tag of allMatches(INS_TAG, text)) hidden.push([tag.index, tag.index + tag[0].length]);
  if (hidden.length === 0) return text;
  hidden.sort((a, b) => a[0] - b[0]);
  let out = "";
  let at = 0;
  for (const [from, to] of hidden) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    out += text.slice(at, start) + " ".repeat(to - start);
    at = to;
  }
  return out + text.slice(at);
}

/**
 * Words struck through, as Markdown (GFM) pairs the marks: "~~" (not a fence's "~~~") before a word, the words — on
 * one line, or wrapped over a line break inside a paragraph (never over a blank line) — and "~~" after a word.
 * "~~ 5 to 16 ~~" with spaces inside strikes nothing.
 */
const STRUCK = /(?<![~\\])~~(?![~\s])(?:[^\n]|\n(?![^\S\n]*\n))*?(?<![~\\\s])~~(?!~)/g;

/**
 * Struck-through words, as a careful reader takes them: removed words, as a tracked deletion's are ("Lead: ~~Mr A,
 * 07700 …~~ Ms B", "~~Mr A – DSL training, 2023~~" under the new lead's record) — spaces, same length. Markdown's
 * "~~…~~", and Word's or a web page's strikethrough, which their reader writes the same way (html-text.ts). Applied
 * where those readers hand over a document's text (source-text.ts, html-text.ts), so no rule reads them.
 */
export function hideStruckText(text: string): string {
  if (!text.includes("~~")) return text;
  return text.replace(STRUCK, (struck) => " ".repeat(struck.length));
}

const readings = new WeakMap<object, { text: string; reading: string }>();

/** Where each HTML comment of a Markdown policy is (one left open runs to the end): words no reader sees. */
export function htmlCommentRanges(text: string): Array<[number, number]> {
  if (!text.includes("<!--")) return [];
  return [...text.matchAll(/<!--[\s\S]*?(?:-->|$)/g)].map((m) => [m.index, m.index + m[0].length]);
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** Letters and spaces only, checked first: most lines fail at their first comma or digit. */
export const PLAIN_TRAINING_HEADER =
  /^\s*(?=[A-Za-z ]{5,80}$)(?=.*\b(?:course|training)\b)(?=.*\b(?:completed|date|when)\b|(?:name|staff|person|who)\b.*\b(?:record|expires|expiry|valid\s+until)\s*$)/i;
/** A heading a PDF gives as an ordinary line: "Part 6: Safer recruitment", "Section 8 Whistleblowing", "7. Review". */
export const SECTION_LINE =
  /^\s*(?:(?:part|section|appendix|annex|chapter|schedule)\s+(?:\d+|[IVX]+|[A-Z])\b|\d+(?:\.\d+)*\.\s+[A-Z][a-z])/i;

// ---------------------------------------------------------------------------
// Version history
// ---------------------------------------------------------------------------

/**
 * A version history's row as a PDF flattens it, or a table row's words: a version number, then a date — "2.0
 * 03/03/2022", "v3 Jan 2023", "Issue 2 — May 2022" (its cells joined by dashes).
 */
export const VERSION_ROW =
  /^\s*(?:(?:[Vv]|[Vv]ersion|VERSION|[Ii]ssue|ISSUE|[Rr]ev|[Rr]evision|REV|[Ee]dition)\.?\s*\d+(?:\.\d+)*|\d{1,2}(?:\.\d{1,2}){1,2})\s+(?:[–—|-]\s+)?(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{4})\b/;
/** A version history's header: "Version Date Change Author", "Issue | Date | Amendments | By". */
const HISTORY_HEADER_VERSION = /^(?:version|ver|v|rev|revision|issue|edition)\b/i;
const HISTORY_HEADER_REST =
  /\b(?:change[sd]?|amendments?|amended|author|by|description|summary|reason|details|approved)\b/i;
/** A version history's date column, headed "Date" or by what happened on it: "Adopted", "Approved", "Issued". */
const HISTORY_HEADER_DATE = /\b(?:date|adopted|approved|agreed|issued|ratified|published)\b/i;
/**
 * A heading that names a history of the document: "Version history", "9. Revision history", "Change log",
 * "Amendment record". Any table under it lists past versions.
 */
const HISTORY_HEADING =
  /^\s*(?:#{1,6}\s+)?(?:\d+(?:\.\d+)*\.?\s+)?(?:\*\*|__)?(?:(?:version|revision|amendment|change|document|policy)\s+(?:history|log|record)|change\s*log)\b/i;

/** Whether the table whose header is line `index` sits under a history heading, with at most a short note between. */
function underHistoryHeading(lines: Line[], index: number): boolean {
  let words = 0;
  for (let i = index - 1; i >= 0 && i >= index - 4; i--) {
    if (isBlank(lines[i])) continue;
    if (HISTORY_HEADING.test(lines[i].text)) return true;
    words += wordCount(lines[i].text);
    if (words > 30 || /^\s*#/.test(lines[i].text) || isTableRow(lines[i])) return false;
  }
  return false;
}

/**
 * The lines of a document's version history — a table of versions, dates, what changed and who changed it — in a
 * Markdown or Word table, or flattened by a PDF into lines ("2.0 03/03/2022 Annual review Mrs Olwen Tarrant",
 * then the rest of its cells a few words a line, up to the next sentence, heading or blank line). Its rows are not
 * training, and the people it names are its past authors, not the setting's leads.
 */
export function historyLines(lines: Line[]): Set<number> {
  const cached = historyCache.get(lines);
  if (cached) return cached;
  const found = new Set<number>();
  for (const table of findTables(lines)) {
    const header = table.headerCells.map((c) => plain(c.text));
    // "Version" (or "Rev.") in any column, "Issue" or "Edition" as the first; and a date column.
    const versioned =
      HISTORY_HEADER_VERSION.test(header[0] ?? "") ||
      header.some((h) => /^(?:version|ver|v|rev|revision)\b/i.test(h));
    const dated = versioned && header.some((h) => HISTORY_HEADER_DATE.test(h));
    const history =
      (dated && (header.some((h) => HISTORY_HEADER_REST.test(h)) || header.length >= 3)) ||
      (header.length >= 2 && underHistoryHeading(lines, table.header.index));
    if (!history) continue;
    for (const row of table.rows) found.add(row.line.index);
  }
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i].text;
    if (isTableRow(lines[i]) || !VERSION_ROW.test(text)) continue;
    // A row: the version's line, then its cells' short lines (eight at most, with no figures) until a sentence, a
    // heading, a training table's header or the next row.
    found.add(i);
    let k = i + 1;
    while (
      k < lines.length &&
      k <= i + 8 &&
      !/\d/.test(lines[k].text) &&
      !PLAIN_TRAINING_HEADER.test(lines[k].text) &&
      !isBlank(lines[k]) &&
      !isTableRow(lines[k]) &&
      !VERSION_ROW.test(lines[k].text) &&
      wordCount(lines[k].text) <= 6 &&
      !/[:.!?]\s*$|:\s/.test(lines[k].text.replace(/\b(?:[A-Z]|Mr|Mrs|Ms|Dr|St)\.(?=\s)/g, "")) &&
      !isPlainHeading(lines[k]) &&
      !SECTION_LINE.test(lines[k].text)
    )
      found.add(k++);
    i = k - 1;
  }
  historyCache.set(lines, found);
  return found;
}

const historyCache = new WeakMap<Line[], Set<number>>();
