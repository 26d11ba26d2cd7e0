/**
 * Headings (numbers split off) and the contents list.
 */

import type { TableBlock } from "../document/blocks.js";
import { headingAttributes } from "../document/heading-attributes.js";
import type { OutlineHeading } from "../rule.js";
import {
  isBlank,
  isMarkdownHeading,
  isTableRow,
  isTableSeparator,
  type Line,
  nextNonBlank,
  PAGE_FOOTER,
  plain,
  STARTS_WITH_DAY_MONTH,
  tableCells,
} from "./lines.js";
// ---------------------------------------------------------------------------
// Headings and contents
// ---------------------------------------------------------------------------

export interface HeadingText {
  /** "4.2" without a trailing dot, when the heading is numbered. */
  number?: string;
  /** The heading's words without the number. */
  title: string;
  offset: number;
  endOffset: number;
  depth: number;
  /** Read from the text (a numbered line, a bold paragraph, "Section 2: …"), not marked as a heading by the reader. */
  fromText?: boolean;

  /** The number as the heading writes it, where that is in Roman numerals ("IV" for number "4"). */
  numeral?: string;
}

/** Roman numerals from I to XX, upper case: how some policies number their sections ("Section IV", "IV."). */
export const ROMAN_NUMERAL = "XX|X?(?:IX|IV|VI{0,3}|I{1,3})|X";

const ROMAN_VALUES: Record<string, number> = { I: 1, V: 5, X: 10 };

/** The value of upper-case Roman numerals: "IV" → 4, "XIX" → 19. */
export function romanNumber(numerals: string): number {
  let total = 0;
  for (let i = 0; i < numerals.length; i++) {
    const value = ROMAN_VALUES[numerals[i]] ?? 0;
    const next = ROMAN_VALUES[numerals[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * The same section number in another language before the slash of a bilingual heading: "Adran 4 / ", "Adran IV / "
 * (Welsh), "Cuid 4 / " (Irish).
 */
const OTHER_LANGUAGE_NUMBER = String.raw`(?:\p{L}{2,20}\s+(?:\d+(?:\.\d+)*|${ROMAN_NUMERAL})\s*\/\s*)`;
/**
 * "4.2 Title", "4. Title", "Section 4: Title", "Clause 4. Title", "4 – Title", and bilingual: "Adran 4 / Section 4 –
 * Title".
 */
const HEADING_NUMBER = new RegExp(
  String.raw`^\s*(?:${OTHER_LANGUAGE_NUMBER}?(?:section|clause)\s+)?(\d+(?:\.\d+)*)(?:\.|\s*:|\s+[–—-])?\s+(?=\S)`,
  "iu",
);
/**
 * A section numbered in Roman numerals, upper case: "Section IV – Title", "Adran IV / Section IV – Title", and "IV.
 * Title" or "IV – Title" (a mark after the numerals, so "I am …" is no number).
 */
const ROMAN_HEADING_NUMBER = new RegExp(
  String.raw`^\s*(?:${OTHER_LANGUAGE_NUMBER}?(?:[Ss]ection|SECTION|[Cc]lause|CLAUSE)\s+(${ROMAN_NUMERAL})(?:\.|\s*:|\s+[–—-])?|(${ROMAN_NUMERAL})(?:\.|\s*:|\s+[–—-]))\s+(?=\S)`,
  "u",
);

export function splitNumber(text: string): { number?: string; title: string; numeral?: string } {
  const clean = plain(text);
  const match = HEADING_NUMBER.exec(clean);
  if (match) return { number: match[1], title: clean.slice(match[0].length).trim() };
  const roman = ROMAN_HEADING_NUMBER.exec(clean);
  if (!roman) return { title: clean };
  const numeral = roman[1] ?? roman[2];
  return { number: String(romanNumber(numeral)), numeral, title: clean.slice(roman[0].length).trim() };
}

/** A whole line in bold: how many policies make their headings. */
const BOLD_LINE = /^\s*(?:\*\*|__)([^*_\n].*?)(?:\*\*|__)\s*(?::\s*)?$/;
/** "Section 4: Allegations", "Section 4 – Allegations", "Clause 4. Allegations" alone on a line. */
const SECTION_LABEL = new RegExp(
  String.raw`^\s*${OTHER_LANGUAGE_NUMBER}?(?:section|clause)\s+(?:\d+(?:\.\d+)*|${ROMAN_NUMERAL})(?:\s*[:.]|\s+[–—-])?\s+[A-Z][^.!?]{1,80}$`,
  "iu",
);

/**
 * The outline's headings, numbers split off. When none of them is numbered, numbered headings written as text
 * are added: a bold line ("**Section 3: Recognising abuse**"), a "Section 3: …" line, and — in a document with
 * no headings at all (PDF, plain text) — a numbered line that looks like a heading.
 */
export function findHeadings(
  outline: OutlineHeading[],
  lines: Line[],
  tables: readonly TableBlock[] = [],
): HeadingText[] {
  const headings: HeadingText[] = outline.map((h) => ({
    ...splitNumber(headingAttributes(h.text)?.words ?? h.text),
    offset: h.offset,
    endOffset: h.endOffset,
    depth: h.depth,
  }));
  if (headings.some((h) => h.number)) return headings;
  const plainText = headings.length === 0;
  const found: HeadingText[] = [];
  let previous: Line | undefined;
  for (const [i, line] of lines.entries()) {
    if (isMarkdownHeading(line)) continue;
    const heading = isTableRow(line) ? cellHeading(line) : textHeading(line, plainText);
    if (heading && !(plainText && nextStep(previous, heading, lines[i + 1]))) found.push(heading);
    if (line.text.trim() !== "") previous = line;
  }
  if (found.length === 0 && tables.length > 0) found.push(...sectionCells(tables));
  return found.length === 0 ? headings : [...headings, ...found].sort((a, b) => a.offset - b.offset);
}

/**
 * A PDF of a council template that sets each section out as a table row (its number and title in the left-hand
 * cell, its text in the next — the PDF's text runs the two side by side, so no line is the title alone): the
 * numbered titles of the first cells are the sections' headings, under a column header that says so ("Section"),
 * where two rows or more have them and their numbers differ.
 */
function sectionCells(tables: readonly TableBlock[]): HeadingText[] {
  const found: HeadingText[] = [];
  for (const table of tables) {
    // Under a header that names the column's sections ("Section | Policy text"): a table of steps ("Step | What to
    // do"), fees or training levels numbers its rows, not the policy's sections.
    if (!table.headerRow || !SECTION_COLUMN.test(table.rows[0]?.[0]?.text ?? "")) continue;
    for (const [first, next] of table.rows.slice(1)) {
      if (!first || !next || next.text.trim() === "") continue;
      const words = first.text.replace(/\s+/g, " ").trim();
      const heading = words.endsWith(":") ? undefined : numberedTitle(words, first.offset, first.endOffset);
      if (heading) found.push(heading);
    }
  }
  return found.length >= 2 && new Set(found.map((h) => h.number)).size === found.length ? found : [];
}

/** A table's first column header that names the policy's sections. */
const SECTION_COLUMN = /^\s*(?:sections?|parts?|clauses?|chapters?|headings?|topics?)\b/i;

/**
 * A council template's section set out as a table row, its typed number and title in bold in the left-hand cell and
 * its text in the next: "| **3 Training** | The welfare officer renews … |". The bold cell is the section's heading.
 * A bold number alone ("| **1** | Listen … |") or a bold sentence is a step or a note, not a heading.
 */
function cellHeading(line: Line): HeadingText | undefined {
  if (!line.text.includes("**") && !line.text.includes("__")) return undefined;
  const [first, next] = tableCells(line);
  if (first === undefined || next === undefined || next.text === "") return undefined;
  const bold = /^(?:\*\*|__)([^*_].*?)(?:\*\*|__)$/.exec(first.text);
  return bold ? numberedTitle(bold[1], first.offset, first.endOffset) : undefined;
}

/**
 * Words read as a heading from the text when they are a number and a title: the title capitalised, at most 80
 * characters, not a sentence ("3 Training", "4.2 Allegations").
 */
function numberedTitle(words: string, offset: number, endOffset: number): HeadingText | undefined {
  const { number, title, numeral } = splitNumber(words);
  if (!number || !/^[A-Z]/.test(title) || title.length > 80 || /[.!?]$/.test(title)) return undefined;
  return {
    number,
    ...(numeral ? { numeral } : {}),
    title,
    offset,
    endOffset,
    depth: number.split(".").length + 1,
    fromText: true,
  };
}

/** A numbered step written as a sentence: "4. If a child is in danger now, ring 999." */
const SENTENCE_STEP = /^\s*(\d{1,2})[.)]\s+\S.*[.!?]["”’)]?\s*$/;

/**
 * A PDF loses a list's numbering: "5. The DSL decides whether to refer …" straight after "4. If a child is in
 * danger, call 999." is the list's next step, not section 5 — when it reads as a sentence too: long, or carried on
 * in lower case on the next line. A short heading ("3. Records") after a list that ends at step 2 stays a heading.
 */
function nextStep(previous: Line | undefined, heading: HeadingText, next: Line | undefined): boolean {
  if (!previous || !heading.fromText || heading.number?.includes(".")) return false;
  const step = SENTENCE_STEP.exec(previous.text);
  if (step === null || Number(step[1]) + 1 !== Number(heading.number)) return false;
  return heading.title.split(/\s+/).length >= 8 || /^\s*[a-z(\d]/.test(next?.text ?? "");
}

/** The last word of a line that stops mid-sentence. */
const WRAPPED_END =
  /\s(?:a|an|the|and|or|of|on|in|to|for|with|by|at|from|that|which|who|is|are|be|not|as|our|their|its|your|this)\s*$/;

function textHeading(line: Line, plainText: boolean): HeadingText | undefined {
  const bold = BOLD_LINE.exec(line.text);
  const words = bold ? bold[1] : SECTION_LABEL.test(line.text) ? line.text : undefined;
  if (words !== undefined) {
    const heading = numberedTitle(words, line.offset, line.endOffset);
    if (heading) return heading;
  }
  if (!plainText) return undefined;
  const match = /^\s*(\d+(?:\.\d+)*)\.?\s+([A-Z][^.!?]{1,80})$/.exec(line.text);
  if (!match || /\s{3,}|(?:\.\s?){3,}|\s\d+\s*$/.test(match[2])) return undefined;
  // "999 The DSL decides whether to contact the … on", "1989 We work within the …": a wrapped sentence whose
  // line starts with a number (a phone number, a year) — no policy has a hundred sections, and a heading does
  // not end in "on", "the" or "and".
  if (Number(match[1].split(".")[0]) >= 100 || WRAPPED_END.test(match[2])) return undefined;
  // "5. The DSL decides whether to refer to the Front Door (01632": a bracket opened and not closed — a sentence
  // wrapped onto the next line.
  if ((match[2].match(/\(/g) ?? []).length > (match[2].match(/\)/g) ?? []).length) return undefined;
  // "7 October 2024 …" is a date in a table, not section 7.
  if (STARTS_WITH_DAY_MONTH.test(line.text)) return undefined;
  return {
    number: match[1],
    title: match[2].trim(),
    offset: line.offset,
    endOffset: line.endOffset,
    depth: match[1].split(".").length + 1,
    fromText: true,
  };
}

export interface ContentsEntry {
  number?: string;
  title: string;
  offset: number;
  endOffset: number;
  /** The page number the entry gives (a printed contents list, Word's TOC field, a PDF). */
  page?: number;
  /** Indented under another entry (a nested list). */
  nested?: boolean;
}

export interface ContentsList {
  /** The "Contents" line itself (or the first entry, for a Word contents field with no title). */
  offset: number;
  endOffset: number;
  entries: ContentsEntry[];
  /** Offset just after the last entry. */
  end: number;
}

/**
 * A contents list's title: "Contents", "Table of contents", "## Index" — or a bilingual one, the translation
 * either side of a slash ("Cynnwys / Contents", "Contents / Clár").
 */
const CONTENTS_TITLE =
  /^\s*(?:#{1,6}\s+)?(?:(?:\*\*|__)\s*)?(?:[^\s/|#*:]{2,20}[^\S\n]?\/[^\S\n]?)?(?:table\s+of\s+contents|contents(?:\s+page)?|index)(?:[^\S\n]?\/[^\S\n]?[^\s/|#*:]{2,20})?\s*(?::\s*)?(?:(?:\*\*|__)\s*)?(?:\{[#.-][^{}\n]*\}\s*)?$/i;
const LEADER = String.raw`(?:\.\s?){2,}|…+|\t|\s{2,}|_{3,}`;
const ENTRY = new RegExp(String.raw`^\s*(.+?)(?:\s*(?:${LEADER})\s*(\d{1,3})|\s+(\d{1,3}))?\s*$`);
const NUMBERED_WORD =
  /\b(?:part|appendix|annex|annexe|section|chapter|schedule|stage|step|level|tier|year|phase|form|key\s+stage)\s*$/i;
/**
 * An appendix's entry after the numbered ones, unnumbered and unmarked, as Word's contents field and typed lists give
 * them under a "Contents" title: "Appendix 1 – Concern record", "Annex B: Forms", "APPENDIX C", with dot leaders
 * perhaps — not a sentence.
 */
const APPENDIX_ENTRY =
  /^\s*(?:[Aa]ppendix|APPENDIX|[Aa]nnexe?|ANNEXE?|[Ss]chedule|SCHEDULE)\s+(?:[A-Z]|\d{1,2}|[IVX]{2,5})(?![\p{L}\d])(?:\s*[:.–—-]\s*\p{Lu}[^.!?]{0,80}?)?(?:\s*(?:\.\s?){2,}\s*\d{0,3})?\s*$/u;
/**
 * A typed contents entry's mark in lower-case Roman numerals, before a capital: "i. Who we are", "(iv) Training",
 * "iii.a Signs in younger children" — the list's own numbering, as "1." is an ordered list's (upper-case "IV." is a
 * section's number, read by `splitNumber`).
 */
const LOWER_ROMAN_MARK =
  /^\s*(?:\((?:xx|x?(?:ix|iv|vi{0,3}|i{1,3})|x)\)|(?:xx|x?(?:ix|iv|vi{0,3}|i{1,3})|x)(?:\.[a-z]\.?|[.)]))\s+(?=\p{Lu})/u;
/** A Word contents field's entry: a link to one of the _Toc bookmarks Word puts on each heading. */
const TOC_LINK = /\]\(#_Toc\w*\)/;
/** A list item with nothing in it: Word's empty numbered paragraph, a stray "-" between entries. */
// Each optional part brings its own spaces, so no two `\s*` meet (three in a row made a line of spaces cubic).
const EMPTY_ITEM = /^\s*(?:(?:[-*+•]|\d+[.)])\s*)?(?:(?:\*\*\s*\*\*|__\s*__)\s*)?$/;

interface RawEntry extends ContentsEntry {
  /** The page number came after a leader (dots, a tab); a bare trailing number may be part of the title. */
  leader: boolean;
  /** The title with a bare trailing number kept, for lists that carry no page numbers. */
  fullTitle: string;
  /**
   * A labelled part's bare trailing number kept with the word before it ("Appendix B – Medical consent form 4"), and
   * its title without it: the page, in a list whose entries give theirs (`pagedPart`).
   */
  partPage?: { page: number; title: string };
}

/**
 * The contents list, if the document has one: the entries after a "Contents" line (or a run of links to Word's
 * _Toc bookmarks) until the body starts. One list however it is laid out: nested, split by empty items,
 * numbered by hand or by a list, with dot leaders and page numbers, over a page break.
 */
export function findContents(lines: Line[]): ContentsList | undefined {
  // The rules and the training reader ask for one document's contents list in turn, from the same lines or the
  // same text split again: it is read once — by the lines' words and places, not the array, whose lines may change.
  const key = linesKey(lines);
  if (lastContents?.key === key) return lastContents.found;
  const shown = withoutComments(lines);
  const found = barContents(shown) ?? listContents(shown) ?? tableContents(shown) ?? appendixContents(shown);
  lastContents = { key, found };
  return found;
}

/** The last contents list read, and the lines it was read from (their offsets and words). */
let lastContents: { key: string; found: ContentsList | undefined } | undefined;

function linesKey(lines: readonly Line[]): string {
  return lines.map((l) => `${l.offset}:${l.text}`).join("\n");
}

/** A line naming one of a document's parts by its label: "Appendix E – Training record", "Annex 2: Forms". */
const LABELLED_PART = /^(appendix|annexe?|schedule)\s+([A-Z]|\d{1,3}|[IVX]{2,6})\s*[:.–—-]\s*(\S.*)$/i;

/**
 * An untitled list of a document's parts at its top, as an appendix-only document carries them (a Markdown
 * "<!-- toc -->" list, Word's contents field read as plain paragraphs): under its title at most, before any other
 * heading, three lines or more in a row, each naming a
 * part by its label and title ("Appendix A – Contacts"), every label and every title that of a heading further on.
 * A list that names a part the document does not carry is a list of the policy's papers, not its contents.
 */
function appendixContents(lines: Line[]): ContentsList | undefined {
  let run: { line: Line; entry: RawEntry; kind: string; label: string; title: string }[] = [];
  let headings = 0;
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const entry = isMarkdownHeading(line) || isTableRow(line) ? undefined : parseEntry(line);
    const part = entry && !entry.number && entry.page === undefined ? LABELLED_PART.exec(entry.title) : null;
    if (entry && part) {
      run.push({
        line,
        entry,
        kind: partKind(part[1]),
        label: part[2].toUpperCase(),
        title: titleKey(part[3]),
      });
      continue;
    }
    if (run.length >= 3) break;
    // At the top: under the document's title at most, before its first section.
    if (isMarkdownHeading(line) && ++headings > 1) return undefined;
    run = [];
  }
  if (run.length < 3 || new Set(run.map((r) => r.kind)).size > 1) return undefined;
  if (new Set(run.map((r) => r.label)).size < run.length) return undefined;
  const labels = new Set<string>();
  const titles = new Set<string>();
  for (const line of lines.slice(i)) {
    if (!isMarkdownHeading(line)) continue;
    const part = LABELLED_PART.exec(plain(line.text.replace(/^\s*#{1,6}\s+/, "")).trim());
    if (!part || partKind(part[1]) !== run[0].kind) continue;
    labels.add(part[2].toUpperCase());
    titles.add(titleKey(part[3]));
  }
  if (!run.every((r) => labels.has(r.label) && titles.has(r.title))) return undefined;
  const entries: ContentsEntry[] = run.map(({ entry }) => ({
    title: entry.title,
    offset: entry.offset,
    endOffset: entry.endOffset,
  }));
  const first = run[0].line;
  return {
    offset: first.offset,
    endOffset: first.endOffset,
    entries,
    end: run[run.length - 1].entry.endOffset,
  };
}

/** "Annexe" and "annex" are one kind of part. */
function partKind(word: string): string {
  return word.toLowerCase().replace(/e$/, "");
}

/** A contents bar: "**Contents:** 1 Welcome | 2 Who's who | … | 9 Useful numbers" on one line. */
const CONTENTS_BAR =
  /^\s*(?:(?:\*\*|__)\s*)?(?:table\s+of\s+)?contents\s*:?\s*(?:(?:\*\*|__)\s*)?:?\s*(?=\S)/i;
/** One entry of a bar: a section's number and its title ("5 League nights", "6. Online"). */
const BAR_ENTRY = /^(\d{1,2}(?:\.\d{1,2})*)\.?\s+(\p{L}.*)$/u;

/**
 * A contents list written as one line of numbered entries split by bars, after a "Contents" label: three entries or
 * more, every one numbered. A line of words split by bars that is not that ("Contents: darts | flights") is not one.
 */
function barContents(lines: Line[]): ContentsList | undefined {
  for (const line of lines) {
    // A bar has a "|": a line without one is not read by the pattern at all (its runs of \s* before the lookahead
    // were cubic on a long run of spaces after "Contents" with nothing after it).
    if (!line.text.includes("|")) continue;
    const label = CONTENTS_BAR.exec(line.text);
    if (!label) continue;
    const entries: ContentsEntry[] = [];
    let at = label[0].length;
    for (const piece of line.text.slice(at).split("|")) {
      const start = at + (piece.length - piece.trimStart().length);
      at += piece.length + 1;
      const entry = BAR_ENTRY.exec(plain(piece).trim());
      if (!entry) return undefined;
      const title = entry[2].trim();
      entries.push({
        number: entry[1],
        title,
        offset: line.offset + start,
        endOffset: line.offset + start + piece.trim().length,
      });
    }
    if (entries.length < 3) return undefined;
    return { offset: line.offset, endOffset: line.endOffset, entries, end: line.endOffset };
  }
  return undefined;
}

/**
 * The lines a reader sees: HTML comments in a Markdown policy are not part of it — a contents generator's
 * "<!-- toc -->" and "<!-- tocstop -->" around the list, a note between entries, an old entry commented out. Lines
 * wholly inside a comment go; the rest keep their offsets and are numbered afresh.
 */
function withoutComments(lines: Line[]): Line[] {
  if (!lines.some((l) => l.text.includes("<!--"))) return lines;
  const kept: Line[] = [];
  let open = false;
  for (const line of lines) {
    if (open) {
      if (line.text.includes("-->")) open = false;
      continue;
    }
    if (/^\s*<!--/.test(line.text)) {
      const close = line.text.indexOf("-->", line.text.indexOf("<!--") + 4);
      if (close < 0) open = true;
      // A comment with words after it on the same line ("<!-- new --> 3. Camps") keeps the line.
      if (close < 0 || line.text.slice(close + 3).trim() === "") continue;
    }
    kept.push(kept.length === line.index ? line : { ...line, index: kept.length });
  }
  return kept;
}

function listContents(lines: Line[]): ContentsList | undefined {
  const titleLine =
    lines.find((l) => CONTENTS_TITLE.test(l.text)) ??
    firstTocLink(lines) ??
    firstPagedRun(lines) ??
    firstEchoedRun(lines);
  if (!titleLine) return undefined;
  const startIndex = CONTENTS_TITLE.test(titleLine.text) ? titleLine.index + 1 : titleLine.index;
  // Under a "Contents" title (or in Word's field) the list's end is known to be near; a run found by its shape alone
  // (page numbers, titles echoed below) may have started part-way, so an unnumbered line ends it.
  const titled = startIndex > titleLine.index || TOC_LINK.test(titleLine.text);
  if (startIndex > titleLine.index) {
    const bare = bareTitles(lines, startIndex, titleLine);
    if (bare) return bare;
  }
  const entries: RawEntry[] = [];
  const numbers = new Set<string>();
  const romanMarks = new Set<string>();
  let end = titleLine.endOffset;
  for (let i = startIndex; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    if (isMarkdownHeading(line) || isTableRow(line)) break;
    if (EMPTY_ITEM.test(line.text)) {
      // An empty bullet splits the list in two only on screen.
      if (entries.length > 0 && nextLooksLikeEntry(lines, i)) continue;
      break;
    }
    const entry = pagedPart(parseEntry(line), entries);
    const listed =
      /^\s*(?:[-*+•]|\d+[.)])\s+/.test(line.text) ||
      /^\s{2,}/.test(line.text) ||
      TOC_LINK.test(line.text) ||
      (titled && LOWER_ROMAN_MARK.test(line.text)) ||
      (titled && entries.length > 0 && APPENDIX_ENTRY.test(plain(line.text)));
    // Plain text: entries are numbered or carry page numbers; the first repeated number starts the body.
    if (!entry || (!listed && !entry.number && entry.page === undefined)) {
      // A page footer and header inside a long contents list: carry on if entries follow.
      if (entries.length > 0 && pageBreakInList(lines, i, numbers)) continue;
      break;
    }
    if (entry.number && !entry.nested && numbers.has(entry.number) && !TOC_LINK.test(line.text)) break;
    // "i. About our camps" again: the body's first heading, typed as its entry was (a PDF's text, bold lines).
    const mark = titled ? LOWER_ROMAN_MARK.exec(line.text)?.[0].trim() : undefined;
    if (mark && romanMarks.has(mark)) break;
    if (mark) romanMarks.add(mark);
    // Entries so far unnumbered, each with its page: a numbered line with no page is the body's first heading
    // ("Contacts........ 2" then "1. Purpose and scope" on the next line of a PDF's text).
    if (bodyStartsAfterPagedList(entries, entry) && !leaderOnNextLine(lines, i)) break;
    if (entry.number && !entry.nested) numbers.add(entry.number);
    if (!entry.title) continue;
    entries.push(entry);
    end = line.endOffset;
  }
  if (entries.length === 0) return undefined;
  // A bare trailing number is a page number only in a list where most entries end in one.
  const paged = entries.filter((e) => e.page !== undefined).length * 2 >= entries.length;
  const finished: ContentsEntry[] = entries.map(({ leader, fullTitle, partPage, ...entry }) =>
    paged || leader ? entry : { ...entry, title: fullTitle, page: undefined },
  );
  for (const entry of finished) if (entry.page === undefined) delete entry.page;
  return { offset: titleLine.offset, endOffset: titleLine.endOffset, entries: finished, end };
}

/**
 * "Appendix B – Residential consent and medical form 4" after entries that each give their page (Word's contents
 * field, its tab read as a space): the part's label numbers it, so the number after its title's last word is its page
 * too, not the form's number. Entries before it without a page leave it as it is.
 */
function pagedPart(entry: RawEntry | undefined, entries: readonly RawEntry[]): RawEntry | undefined {
  if (!entry?.partPage || entries.length < 2 || entries.some((e) => e.page === undefined)) return entry;
  const { partPage, ...rest } = entry;
  return { ...rest, ...partPage };
}

/** Dot leaders with nothing after them: a PDF's contents entry printed with its page number left off. */
const TRAILING_LEADER = /(?:\.[^\S\n]?){4,}$|…{2,}$/;
/** Longer than a section's title. */
const BARE_TITLE_LENGTH = 100;
/** The rest of a wrapped entry: a few words, no section number, then dot leaders and nothing. */
const ENTRY_WRAP_END = /^\s*[\p{L}(][^.!?\n]{0,80}?(?:\.[^\S\n]?){4,}\s*$/u;

/**
 * A contents list of titles only under its "Contents" title — no section numbers, no page numbers, no list marks:
 * Word's contents field read as plain paragraphs, a PDF's entries each ending in dot leaders and nothing (a long one
 * wrapped before its leaders). Short lines, all with leaders or all without, up to the first line that is not one
 * (the body's first heading, a numbered line, a sentence); the contents only when at least three of them, and all
 * but a quarter (one at least), are the titles of lines further on — the headings they list, numbered or not.
 */
function bareTitles(lines: Line[], startIndex: number, titleLine: Line): ContentsList | undefined {
  const run: ContentsEntry[] = [];
  let leadered: boolean | undefined;
  let i = startIndex;
  const titleOf = (line: Line) => {
    if (isMarkdownHeading(line) || isTableRow(line) || /^\s*(?:[-*+•]|\d+[.)])\s/.test(line.text))
      return undefined;
    const entry = parseEntry(line);
    if (!entry || entry.number || entry.page !== undefined || TOC_LINK.test(line.text)) return undefined;
    const words = plain(line.text).trim();
    const { title } = entry;
    if (!title || title.length > BARE_TITLE_LENGTH || !/^[\p{Lu}\d]/u.test(title) || /[.!?:;,]$/.test(title))
      return undefined;
    return { title, leader: TRAILING_LEADER.test(words) };
  };
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    const read = titleOf(line);
    if (!read) break;
    let { title } = read;
    let endOffset = line.endOffset;
    const next = lines[i + 1];
    if (!read.leader && leadered !== false && next && ENTRY_WRAP_END.test(next.text)) {
      // "Recognising and responding to" / "concerns......": a PDF's entry wrapped before its leaders.
      title = `${title} ${plain(next.text).trim().replace(TRAILING_LEADER, "").trim()}`;
      endOffset = next.endOffset;
      read.leader = true;
      i++;
    }
    if (leadered === undefined) leadered = read.leader;
    else if (leadered !== read.leader) break;
    const lead = line.text.length - line.text.trimStart().length;
    run.push({ title, offset: line.offset + lead, endOffset });
  }
  if (run.length < 3) return undefined;
  const later = new Set<string>();
  for (const line of lines.slice(i)) {
    if (line.text.length > BARE_TITLE_LENGTH * 2) continue;
    later.add(titleKey(splitNumber(plain(line.text.replace(/^\s*#{1,6}\s+/, ""))).title));
  }
  const unechoed = run.filter((e) => !later.has(titleKey(e.title))).length;
  if (run.length - unechoed < 3 || unechoed > Math.max(1, Math.floor(run.length / 4))) return undefined;
  const last = run[run.length - 1];
  return { offset: titleLine.offset, endOffset: titleLine.endOffset, entries: run, end: last.endOffset };
}

/** "1. Roles of staff, coaches and volunteers in the" / "club ........ 3": an entry whose leader and page wrapped. */
function leaderOnNextLine(lines: readonly Line[], i: number): boolean {
  const next = lines.slice(i + 1, i + 4).find((l) => !isBlank(l));
  return (
    next !== undefined && !/^\s*\d/.test(next.text) && /(?:\.{3,}|…{2,}|\t)\s*\d{1,3}\s*$/.test(next.text)
  );
}

function bodyStartsAfterPagedList(entries: readonly RawEntry[], entry: RawEntry): boolean {
  return (
    entry.number !== undefined &&
    entry.page === undefined &&
    !entry.leader &&
    entries.length >= 2 &&
    entries.every((e) => e.number === undefined && e.page !== undefined)
  );
}

/** A table's heading cell that makes it a contents list: "Contents", "Table of contents". */
const CONTENTS_CELL = /^(?:table\s+of\s+)?contents$/i;
/** A heading cell over page numbers, and over section numbers. */
const PAGE_CELL = /^(?:page|pages|pg\.?|p\.)$/i;
const NUMBER_CELL = /^(?:no\.?|number|#|section|part|chapter|item)$/i;
const SECTION_NUMBER = /^(\d+(?:\.\d+)*)\.?$/;

/**
 * A contents list laid out as a table, as Word users and web pages make them: a heading row with a
 * "Contents" cell ("| Part | Contents |", "| No. | Contents | Page |"), or a table right under a "Contents" line.
 * Each row is an entry: a cell that is only a number is the section's number (under a "Page" heading, or last in
 * a row that has one already, the page's); the first cell with words is the title.
 */
function tableContents(lines: Line[]): ContentsList | undefined {
  for (let i = 0; i < lines.length; i++) {
    if (!isTableRow(lines[i]) || (i > 0 && isTableRow(lines[i - 1]))) continue;
    const header = lines[i + 1] && isTableSeparator(lines[i + 1]) ? lines[i] : undefined;
    const headerCells = header ? tableCells(header).map((c) => plain(c.text)) : [];
    const above = previousNonBlank(lines, i);
    const titled = above !== undefined && CONTENTS_TITLE.test(above.text);
    if (!titled && !headerCells.some((c) => CONTENTS_CELL.test(c))) continue;
    const entries: ContentsEntry[] = [];
    let end = lines[i].endOffset;
    for (let j = header ? i + 2 : i; j < lines.length && isTableRow(lines[j]); j++) {
      const entry = tableEntry(lines[j], headerCells);
      end = lines[j].endOffset;
      if (entry) entries.push(entry);
    }
    if (entries.length < 2) continue;
    const title = titled && above ? above : lines[i];
    return { offset: title.offset, endOffset: title.endOffset, entries, end };
  }
  return undefined;
}

function tableEntry(line: Line, headerCells: string[]): ContentsEntry | undefined {
  const cells = tableCells(line).map((c) => plain(c.text));
  let number: string | undefined;
  let page: number | undefined;
  let title: string | undefined;
  for (const [k, cell] of cells.entries()) {
    const numeric = SECTION_NUMBER.exec(cell);
    const heading = headerCells[k] ?? "";
    if (numeric && (PAGE_CELL.test(heading) || (title !== undefined && !NUMBER_CELL.test(heading)))) {
      page = Number(numeric[1]);
      continue;
    }
    if (numeric && number === undefined && title === undefined) {
      number = numeric[1];
      continue;
    }
    if (title === undefined && /\p{L}/u.test(cell)) {
      // "1. Purpose" in one cell, as a Word contents table often has it.
      const split = splitNumber(cell);
      title = split.title;
      if (split.number && number === undefined) number = split.number;
    }
  }
  if (!title) return undefined;
  const lead = line.text.length - line.text.trimStart().length;
  return { number, title, offset: line.offset + lead, endOffset: line.endOffset, ...(page ? { page } : {}) };
}

function previousNonBlank(lines: Line[], index: number): Line | undefined {
  for (let i = index - 1; i >= 0; i--) if (!isBlank(lines[i])) return lines[i];
  return undefined;
}

/** Longer than any contents entry, leaders and page number included (and the entry patterns grow with the square of it). */
const MAX_ENTRY_LENGTH = 400;

/**
 * Each line's reading as an entry, kept for the line (and its text): the contents finders (titled, paged, echoed)
 * read the same lines in turn. Keyed by the line object, which belongs to one document; no finder changes an entry
 * it is given.
 */
const entries = new WeakMap<Line, { text: string; entry: RawEntry | undefined }>();

function parseEntry(line: Line): RawEntry | undefined {
  const kept = entries.get(line);
  if (kept?.text === line.text) return kept.entry;
  const entry = readEntry(line);
  entries.set(line, { text: line.text, entry });
  return entry;
}

function readEntry(line: Line): RawEntry | undefined {
  if (line.text.length > MAX_ENTRY_LENGTH) return undefined;
  const indent = line.text.length - line.text.trimStart().length;
  // List markers go; an ordered list's own number goes when the entry carries its number or is a link.
  const ordinal = /^\s*(\d+)[.)]\s+(?!\[|\d)/.exec(line.text);
  const unmarked = line.text
    .replace(/^\s*(?:[-*+•]\s+|\d+[.)]\s+(?=\[|\d))/, "")
    .replace(LOWER_ROMAN_MARK, "");
  // "Version 3.1 · Next review: 10 September 2027 Page 1 of 18" is a page footer, not an entry.
  if (PAGE_FOOTER.test(unmarked)) return undefined;
  const words = plain(unmarked);
  const match = ENTRY.exec(words);
  if (!match) return undefined;
  let { number, title } = splitNumber(match[1]);
  const nested = indent >= 2;
  // A nested list's own numbering (1, 2 … under each entry) is not the section's number.
  if (nested && ordinal && number && !number.includes(".")) number = undefined;
  const clean = (t: string) => t.replace(/\s*(?:(?:\.\s?){2,}|…+|_{3,})\s*$/, "").trim();
  const page = match[2] ?? match[3];
  const fullTitle = clean(match[3] ? `${title} ${match[3]}` : title);
  // "Part 2", "Appendix 3": a number that belongs to the words before it, unless a leader sets it apart.
  const numbered = match[3] !== undefined && NUMBERED_WORD.test(title);
  title = clean(title);
  const lead = line.text.length - line.text.trimStart().length;
  // A labelled part whose title has words before the numbered one: its own label numbers it, not "form 4".
  const part = numbered ? LABELLED_PART.exec(title) : null;
  const partPage = part && /\S\s+\S/.test(part[3]) ? { page: Number(match[3]), title } : undefined;
  return {
    ...(partPage ? { partPage } : {}),
    number,
    fullTitle,
    offset: line.offset + lead,
    endOffset: line.endOffset,
    page: page === undefined || numbered ? undefined : Number(page),
    title: numbered ? fullTitle : title,
    leader: match[2] !== undefined,
    nested,
  };
}

/** The first of two or more links to Word's _Toc bookmarks in a row: a contents field with no title. */
function firstTocLink(lines: Line[]): Line | undefined {
  for (const [i, line] of lines.entries()) {
    if (!TOC_LINK.test(line.text)) continue;
    const next = nextNonBlank(lines, i);
    if (next && TOC_LINK.test(next.text)) return line;
  }
  return undefined;
}

/**
 * A contents list with no title (Word's contents field keeps only its entries): three or more entries in a
 * row, each numbered or after a leader and each with a page number, before the first numbered heading.
 */
function firstPagedRun(lines: Line[]): Line | undefined {
  let run: Line[] = [];
  for (const line of lines) {
    if (isBlank(line) || EMPTY_ITEM.test(line.text)) continue;
    if (isMarkdownHeading(line)) {
      if (run.length >= 3) return run[0];
      if (splitNumber(line.text.replace(/^\s*#+\s*/, "")).number) return undefined;
      run = [];
      continue;
    }
    const entry = parseEntry(line);
    const paged = entry?.page !== undefined && (entry.number !== undefined || entry.leader);
    if (paged) {
      run.push(line);
      continue;
    }
    if (run.length >= 3) return run[0];
    run = [];
  }
  return run.length >= 3 ? run[0] : undefined;
}

/**
 * A contents list with no title and no page numbers (Word's contents field with the numbers left off, a PDF's dot
 * leaders ending in nothing): three or more numbered entries in a row, before any numbered heading, each of whose titles is a
 * numbered heading's further on ("3. Training" … "# 3. Training"), or all but one renamed since, or all but one removed
 * since (the entries after it each one higher than their headings). A list only some of whose entries are headings is
 * a list of the policy's points, not its contents.
 */
function firstEchoedRun(lines: Line[]): Line | undefined {
  const run: { line: Line; number: string; title: string }[] = [];
  let i = 0;
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    if (isMarkdownHeading(line)) {
      if (run.length >= 3) break;
      // The policy's title above the list is no section; a numbered heading starts the body.
      if (splitNumber(line.text.replace(/^\s*#+\s*/, "")).number) return undefined;
      run.length = 0;
      continue;
    }
    const entry = parseEntry(line);
    if (entry?.number && /^\d+$/.test(entry.number) && entry.page === undefined && !entry.nested) {
      if (run.some((r) => numberKey(r.line.text) === entry.number)) break;
      run.push({ line, number: entry.number, title: titleKey(entry.title) });
      continue;
    }
    if (run.length >= 3) break;
    run.length = 0;
  }
  if (run.length < 3) return undefined;
  // Each later numbered line's title, with its number.
  const later = new Map<string, string>();
  const laterNumbers = new Set<string>();
  for (const line of lines.slice(i)) {
    const { number, title } = splitNumber(plain(line.text.replace(/^\s*#{1,6}\s+/, "")));
    if (!number) continue;
    const key = numberKey(number) ?? number;
    if (!later.has(titleKey(title))) later.set(titleKey(title), key);
    laterNumbers.add(key);
  }
  const unechoed = run.filter((r) => r.title === "" || !later.has(r.title));
  if (unechoed.length === 0) return run[0].line;
  // One entry left with a section's old title ("6. Mobile phones and cameras" where heading 6 is now "Collecting
  // children"): the contents still, when every other entry is a heading number for number, there are at least three
  // of them, and a heading has that entry's number — or it is the last entry, numbered one past the last heading
  // ("7. Competition travel" after entries 1 to 6 and headings 1 to 6: a section listed and never written).
  const [renamed] = unechoed;
  // The highest heading the other entries echo (not any later line's number: a phone number starts a line too).
  const highest = Math.max(0, ...run.filter((r) => r !== renamed).map((r) => Number(later.get(r.title))));
  const pastLast =
    renamed === run.at(-1) &&
    Number(renamed.number) === highest + 1 &&
    run.every((r, i) => i === 0 || Number(r.number) === Number(run[i - 1].number) + 1);
  // One entry for a section taken out since ("7. Photography and recordings" where there is no such heading), the
  // entries after it each one higher than the heading they echo: the list was not updated when the section went.
  const at = run.indexOf(renamed);
  const removed =
    at > 0 &&
    at < run.length - 1 &&
    run.every((r, i) => i === 0 || Number(r.number) === Number(run[i - 1].number) + 1) &&
    run.every(
      (r, i) => i === at || later.get(r.title) === (i < at ? r.number : String(Number(r.number) - 1)),
    );
  return unechoed.length === 1 &&
    run.length >= 4 &&
    renamed.title !== "" &&
    (((laterNumbers.has(renamed.number) || pastLast) &&
      run.every((r) => r === renamed || later.get(r.title) === r.number)) ||
      removed)
    ? run[0].line
    : undefined;
}

/** The number an entry's line starts with ("3" of "3. Training"). */
function numberKey(text: string): string | undefined {
  return /^\s*(\d+)/.exec(plain(text))?.[1];
}

function nextLooksLikeEntry(lines: Line[], index: number): boolean {
  const next = nextNonBlank(lines, index);
  return next !== undefined && !isMarkdownHeading(next) && /^\s*(?:[-*+•]|\d+[.)])\s+\S/.test(next.text);
}

function looksLikeEntry(line: Line): { number?: string; page?: number } | undefined {
  const entry = parseEntry(line);
  return entry && (entry.number || entry.leader) && entry.page !== undefined ? entry : undefined;
}

function pageBreakInList(lines: Line[], index: number, numbers: Set<string>): boolean {
  for (let j = index + 1; j <= index + 4 && j < lines.length; j++) {
    const entry = looksLikeEntry(lines[j]);
    if (entry && !(entry.number && numbers.has(entry.number))) return true;
  }
  return false;
}

/** Words compared loosely: lower case, punctuation and "and"/"&" differences ignored. */
export function titleKey(title: string): string {
  return plain(title)
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/[’']/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}
