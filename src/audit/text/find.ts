/**
 * Finding things in a policy's text, whatever shape it came in: our own Markdown (tables as `| … |` rows),
 * Word documents converted to Markdown (GFM tables, `#` headings) and PDF/plain text (one line per
 * paragraph or table row, cells separated by spaces). Everything returns 0-based offsets into the text.
 */
import type { OutlineHeading } from "../rule.js";
import { type DateMatch, findDates } from "./dates.js";
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
function contentStart(text: string): number {
  const match = /^\s*(?:>\s*)*(?:[-*+•]\s+|\d+[.)]\s+)?(?:\*\*|__)?/.exec(text);
  return match ? match[0].length : 0;
}

// ---------------------------------------------------------------------------
// Review statements
// ---------------------------------------------------------------------------

export interface ReviewStatement {
  /** The label ("Next review date", "To be reviewed") … */
  offset: number;
  endOffset: number;
  label: string;
  /** … and the date it gives, if any. */
  date?: DateMatch;
}

const REVIEW_LABEL =
  /\b(?:date\s+of\s+(?:the\s+)?next\s+(?:policy\s+)?review|next\s+(?:policy\s+)?review(?:\s+date)?|(?:policy\s+)?review\s+date|review\s+due(?:\s+date)?|due\s+for\s+(?:its\s+next\s+)?review|to\s+be\s+(?:next\s+)?reviewed|will\s+(?:next\s+)?be\s+reviewed|review\s+(?:this\s+policy\s+|it\s+)?by)\b/gi;
const NOT_NEXT = /\b(?:last|previous|previously|date\s+of\s+last|latest|most\s+recent)\s*$/i;
const SENTENCE_BREAK = /[.!?](?:\s|$)/;

export function nextNonBlank(lines: Line[], index: number): Line | undefined {
  for (let i = index + 1; i < lines.length; i++) if (!isBlank(lines[i])) return lines[i];
  return undefined;
}

/**
 * The start of `text`, about `length` characters, cut between words so no date is cut in two. Searching only
 * near a label keeps a long line (plain text with its line breaks joined) from being searched once per label.
 */
function near(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(" ", length);
  return text.slice(0, cut > 0 ? cut : length);
}

/** Long enough for any date a label is followed by ("Wednesday the 15th of September, 2027"). */
const DATE_REACH = 60;

/** The first date in `text` close after a label: same sentence, within `maxGap` characters. */
function dateAfter(text: string, base: number, maxGap = 60, allowYear = true): DateMatch | undefined {
  const [first] = findDates(near(text, maxGap + DATE_REACH), base, { allowYear });
  if (!first) return undefined;
  const gap = text.slice(0, first.offset - base);
  if (gap.length > maxGap || SENTENCE_BREAK.test(gap.replace(/\b(?:\d+|[A-Z][a-z]{0,3})\.\s/g, "")))
    return undefined;
  return first;
}

/** A table cell's column in the rows under its header row, as a date (header "Next review", row "15 September 2026"). */
function dateBelowHeader(lines: Line[], line: Line, labelOffset: number): DateMatch | undefined {
  const next = lines[line.index + 1];
  if (!isTableRow(line) || !next || !isTableSeparator(next)) return undefined;
  const column = tableCells(line).findIndex((c) => labelOffset >= c.offset && labelOffset <= c.endOffset);
  if (column < 0) return undefined;
  for (let i = line.index + 2; i < lines.length && isTableRow(lines[i]); i++) {
    const cell = tableCells(lines[i])[column];
    if (!cell) continue;
    const date = dateAfter(cell.text, cell.offset, 10);
    if (date) return date;
  }
  return undefined;
}

/** Every statement of when the policy is next reviewed, with its date when one is given. */
export function findReviewStatements(text: string, lines = splitLines(text)): ReviewStatement[] {
  const statements: ReviewStatement[] = [];
  for (const line of lines) {
    for (const match of allMatches(REVIEW_LABEL, line.text)) {
      const start = match.index ?? 0;
      if (NOT_NEXT.test(line.text.slice(Math.max(0, start - 30), start))) continue;
      const offset = line.offset + start;
      const endOffset = offset + match[0].length;
      const rest = line.text.slice(start + match[0].length);
      let date = dateAfter(rest, endOffset);
      if (!date && isTableRow(line)) date = dateBelowHeader(lines, line, offset);
      if (!date && /^[\s:|*_–—-]*$/.test(rest)) {
        const next = nextNonBlank(lines, line.index);
        if (next) {
          const skip = /^[\s|*_:–—-]*/.exec(next.text)?.[0].length ?? 0;
          const candidate = findDates(near(next.text.slice(skip), DATE_REACH), next.offset + skip, {
            allowYear: true,
          })[0];
          if (candidate && candidate.offset === next.offset + skip) date = candidate;
        }
      }
      statements.push({ offset, endOffset, label: match[0], date });
    }
  }
  return statements;
}

// ---------------------------------------------------------------------------
// Leads
// ---------------------------------------------------------------------------

export type LeadKind = "dsl" | "deputy";

export interface LeadMention {
  role: LeadKind;
  /** The role words as written ("Designated Safeguarding Lead", "DSL"). */
  label: string;
  offset: number;
  endOffset: number;
  /** The person named for the role on the same line or table row, if any. */
  name?: string;
  nameOffset?: number;
  nameEndOffset?: number;
  /** A placeholder stands where the name should be: "(name)", "[insert name]", "TBC", "XXXX". */
  placeholder?: string;
  line: Line;
}

const LEAD_LABEL =
  /\b(?<deputy>(?:deputy|assistant|alternate|alternative)\s+)?(?:designated\s+safeguarding\s+(?:lead|leader|officer|person)s?|designated\s+(?:senior\s+)?(?:person|teacher)(?:\s+for\s+(?:safeguarding|child\s+protection))?|safeguarding\s+lead(?:er)?|child\s+protection\s+(?:lead|officer|co-?ordinator)|(?<abbr>D?DSLs?))\b(?:\s*\((?:D?DSL|DSP|DP)\))?(?!\s+(?:training|update|course|refresher|level|role|duties|responsibilities|network|forum|handbook)\b)/gi;

const HONORIFIC = String.raw`(?:Mrs|Mr|Ms|Miss|Mx|Dr|Prof|Revd|Rev)\.?`;
const NAME_WORD = String.raw`(?:[A-Z][A-Za-z'’-]*[a-z]|[A-Z]\.?(?=\s))`;
const NAME_AT_START = new RegExp(String.raw`^(?:${HONORIFIC}\s+)?${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`);

/** Capitalised words that are never part of a person's name in a policy. */
const NOT_NAME = new Set(
  `a an and any all are as at be by can contact contacts children child children's council care designated
  deputy director email e-mail for from group head headteacher head-teacher hub if in is it its lead
  leader leads local manager named name names no not number of on or our person phone police policy
  principal role safeguarding school nursery club setting social services team teacher tel telephone the
  their there this title to trustee trustees governor governors training when where who will with officer
  officers job mobile lado mash address date section chair executive welfare senco protection ceo january
  february march april may june july august september october november december monday tuesday wednesday
  thursday friday saturday sunday tbc tba tbd assistant practitioner coordinator co-ordinator room early
  years office board authority partnership unit academy trust union students student activities chief vice
  registered childminder childminding youth worker workers family support families centre center community
  development service sports coach coaches coaching pastoral inclusion headteacher's business operations
  finance clerk administrator working together prevent thresholds basic awareness level course update
  refresher online first aid safer recruitment annual multi-agency general secretary president treasurer
  volunteer volunteers`
    .split(/\s+/)
    .filter(Boolean),
);

const MONTH_NAMES = new Set(
  "january february march april may june july august september october november december".split(" "),
);

const PLACEHOLDER_NAME =
  /^(?:\((?:[^)]*\b(?:name|insert|enter|add)\b[^)]*)\)|\[(?:[^\]]*\b(?:name|insert|enter|add)\b[^\]]*)\]|\{\{[^}]*\}\}|TBC|TBA|TBD|X{3,}|\.{3,}|_{3,}|FILL IN)/i;

/** A person's name at the very start of `text`: two or more capitalised words, or a title and a surname. */
export function nameAtStart(text: string): string | undefined {
  const match = NAME_AT_START.exec(text);
  if (!match) return undefined;
  const words = match[0].split(/\s+/);
  const kept: string[] = [];
  for (const [i, word] of words.entries()) {
    const key = word.toLowerCase().replace(/[.’']+$/, "");
    // "April Jones" and "May Chen" are names; "Jane Smith March 2025" ends at the month.
    if (NOT_NAME.has(key) && !(i === 0 && MONTH_NAMES.has(key))) break;
    kept.push(word);
  }
  // Two words at least: "Jane Smith", "Mrs Smith", "J. Smith".
  if (kept.length < 2) return undefined;
  // A lone initial at the end is not part of the name ("Jane Smith D" is unlikely; "J Smith" is fine).
  while (kept.length > 2 && /^[A-Z]\.?$/.test(kept[kept.length - 1])) kept.pop();
  return kept.join(" ");
}

/** Words allowed between a role and the name: "Designated Safeguarding Lead (DSL) is: Jane Smith". */
const FILLER =
  /^(?:\s|[:|,–—-]|\*\*|__|\*|_|\((?:D?DSL|DSP|DP)\)|\b(?:is|are|will|be|called|named|currently|our|the|role|held|by|name|for|this|setting|school|nursery|club|organisation|group|at|as)\b)*/i;

function roleOf(match: RegExpMatchArray, before: string): LeadKind {
  if (match.groups?.deputy) return "deputy";
  if (match.groups?.abbr && /^DDSL/i.test(match.groups.abbr)) return "deputy";
  if (/\bdeputy\s*$/i.test(before)) return "deputy";
  return "dsl";
}

/** Every mention of a designated lead or deputy, with the name given for the role when there is one. */
export function findLeadMentions(text: string, lines = splitLines(text)): LeadMention[] {
  const mentions: LeadMention[] = [];
  for (const line of lines) {
    const cells = isTableRow(line) && !isTableSeparator(line) ? tableCells(line) : undefined;
    for (const match of allMatches(LEAD_LABEL, line.text)) {
      const start = match.index ?? 0;
      // "DSL" in lower case is not the acronym.
      if (match.groups?.abbr && match.groups.abbr !== match.groups.abbr.toUpperCase()) continue;
      const mention: LeadMention = {
        role: roleOf(match, line.text.slice(Math.max(0, start - 12), start)),
        label: match[0],
        offset: line.offset + start,
        endOffset: line.offset + start + match[0].length,
        line,
      };
      if (cells) nameInRow(lines, line, cells, mention);
      else nameInLine(lines, line, start + match[0].length, mention);
      mentions.push(mention);
    }
  }
  return mentions;
}

function setName(mention: LeadMention, name: string, offset: number): void {
  mention.name = name;
  mention.nameOffset = offset;
  mention.nameEndOffset = offset + name.length;
}

function placeholderAt(text: string): string | undefined {
  return PLACEHOLDER_NAME.exec(text)?.[0];
}

/**
 * The last `n` words of `text`, each with the spaces after it, when the text ends in a space — what
 * `/(?:^|\s)((?:\S+\s+){n})$/` captures, found from the end instead of tried at every position.
 */
function lastWords(text: string, n: number): string | undefined {
  const space = (i: number) => /\s/.test(text[i]);
  let at = text.length;
  for (let k = 0; k < n; k++) {
    const end = at;
    while (at > 0 && space(at - 1)) at--;
    if (at === end) return undefined;
    const wordEnd = at;
    while (at > 0 && !space(at - 1)) at--;
    if (at === wordEnd) return undefined;
  }
  return text.slice(at);
}

/**
 * How far from a role its name can be. Every look is bounded by it, so that a document that is one long line
 * (plain text with its line breaks joined) costs the same per mention as a short one, not the rest of the line.
 */
const NEAR = 200;

function nameInLine(lines: Line[], line: Line, after: number, mention: LeadMention): void {
  const rest = line.text.slice(after, after + NEAR);
  const restIsWhole = after + NEAR >= line.text.length;
  const skip = FILLER.exec(rest)?.[0].length ?? 0;
  const window = rest.slice(skip);
  const name = nameAtStart(window);
  if (name) {
    setName(mention, name, line.offset + after + skip);
    return;
  }
  const placeholder = placeholderAt(window);
  if (placeholder) {
    mention.placeholder = placeholder;
    return;
  }
  // A name just before the role on a plain-text table row: "Priya Marsh Designated safeguarding lead …".
  const beforeStart = Math.max(0, mention.offset - line.offset - NEAR);
  const before = line.text.slice(beforeStart, mention.offset - line.offset);
  for (let words = 4; words >= 2; words--) {
    const tail = lastWords(before, words);
    if (tail === undefined) continue;
    const candidate = tail.trim();
    const earlier = nameAtStart(candidate);
    if (earlier === candidate) {
      setName(mention, earlier, line.offset + beforeStart + before.length - tail.length);
      return;
    }
  }
  // The role alone on its line (a heading or a label): the name starts the next line.
  if (restIsWhole && /^[\s*_:|–—-]*$/.test(window)) {
    const next = nextNonBlank(lines, line.index);
    if (next && !isTableRow(next)) {
      const from = contentStart(next.text);
      const nextName = nameAtStart(next.text.slice(from));
      if (nextName) setName(mention, nextName, next.offset + from);
      else mention.placeholder = placeholderAt(next.text.slice(from));
    }
  }
}

function nameInRow(lines: Line[], line: Line, cells: Cell[], mention: LeadMention): void {
  const column = cells.findIndex((c) => mention.offset >= c.offset && mention.offset <= c.endOffset);
  const own = cells[column];
  // "| Designated Safeguarding Lead: Jane Smith |" — the name in the same cell.
  if (own) {
    const rest = line.text.slice(mention.endOffset - line.offset, own.endOffset - line.offset);
    const skip = FILLER.exec(rest)?.[0].length ?? 0;
    const name = nameAtStart(plain(rest.slice(skip)));
    if (name && rest.slice(skip).startsWith(name)) {
      setName(mention, name, mention.endOffset + skip);
      return;
    }
  }
  // The role fills its cell: the name is another cell of the row that is a name.
  const roleCell = own && plain(own.text).replace(FILLER, "").length <= mention.label.length + 2;
  const next = lines[line.index + 1];
  const isHeader = next !== undefined && isTableSeparator(next);
  if (roleCell && !isHeader) {
    for (const [i, cell] of cells.entries()) {
      if (i === column) continue;
      const text = plain(cell.text);
      const name = nameAtStart(text);
      if (name && text.startsWith(name) && cell.text.startsWith(name)) {
        setName(mention, name, cell.offset);
        return;
      }
      if (!mention.placeholder && i === column + 1) mention.placeholder = placeholderAt(text);
    }
    return;
  }
  // A header row naming roles: the names are in the rows below, same column.
  if (roleCell && isHeader) {
    for (let i = line.index + 2; i < lines.length && isTableRow(lines[i]); i++) {
      const cell = tableCells(lines[i])[column];
      if (!cell) continue;
      const name = nameAtStart(plain(cell.text));
      if (name && cell.text.startsWith(name)) {
        setName(mention, name, cell.offset);
        return;
      }
      mention.placeholder ??= placeholderAt(plain(cell.text));
    }
  }
}

/** Named leads, one per person (first mention), dsl before deputy when a person holds both. */
export function namedLeads(mentions: LeadMention[]): LeadMention[] {
  const byName = new Map<string, LeadMention>();
  for (const mention of mentions) {
    if (!mention.name) continue;
    const key = nameKey(mention.name);
    const seen = byName.get(key);
    if (!seen) byName.set(key, mention);
  }
  return [...byName.values()];
}

/** Two name keys for one person: equal, or one is the other's first two or more words. */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.split(" ").length >= 2 && long.startsWith(`${short} `);
}

const HONORIFIC_AT_START = new RegExp(`^${HONORIFIC}\\s+`);

/** Names compared without titles, case or punctuation: "Mrs J. Smith" ≈ "mrs j smith". */
export function nameKey(name: string): string {
  return name.replace(HONORIFIC_AT_START, "").replace(/[.’']/g, "").toLowerCase().replace(/\s+/g, " ").trim();
}

// ---------------------------------------------------------------------------
// Training lines
// ---------------------------------------------------------------------------

export interface TrainingLine {
  /** The whole line or table row. */
  offset: number;
  endOffset: number;
  /** The course as written (date removed). */
  course: string;
  date?: DateMatch;
  /** The line ends in a placeholder instead of a date ("… – date"). */
  datePlaceholder: boolean;
  /** A training table's row saying the person has none ("No safeguarding training recorded"). */
  noneRecorded: boolean;
  /** Whose training it is, when the document says. */
  leadName?: string;
  leadRole?: LeadKind;
}

const TRAINING_WORD = /\b(?:training|trained|course|refresher|update|level\s*[1-4]|induction)\b/i;
const DATE_PLACEHOLDER = /\s[–—-]\s*(?:date|dd\/mm\/yy(?:yy)?|\(date\)|\[date\])\s*[.*|]*\s*$/i;
const NONE_RECORDED =
  /\bno\b[\w\s]{0,30}\btraining\b[\w\s]{0,20}\b(?:recorded|completed|yet)\b|\bno training\b/i;
const NUMBERED_HEADING = /^\s*\d+(?:\.\d+)*\.?\s+\S/;

/**
 * A PDF breaks a paragraph into lines: "• makes sure all staff … report a concern and" / "receive training;".
 * A line that starts in lower case under a long line ending in a lower-case word is the rest of that sentence,
 * not a training record of its own.
 */
function continuesSentence(above: Line, line: Line): boolean {
  return (
    /^\s*[a-z]/.test(line.text) &&
    above.text.trim().length >= 40 &&
    /(?:^|\s)[a-z][a-z'’-]*,?\s*$/.test(above.text)
  );
}

function leadInText(text: string, leads: LeadMention[]): LeadMention | undefined {
  const lower = text.toLowerCase();
  return leads.find((l) => l.name && lower.includes((l.name ?? "").toLowerCase()));
}

/**
 * Training records: rows of a table with a "Course"/"Training" column, and lines such as
 * "Safeguarding Thresholds Training – January 2018" (dated anywhere, undated only under a named lead).
 */
/** A lead's line that records no training ("No safeguarding training recorded", "(list training including dates)"). */
function noneRecorded(line: Line, start: number, owner: LeadMention): TrainingLine {
  return {
    offset: line.offset + start,
    endOffset: line.endOffset,
    course: "",
    datePlaceholder: false,
    noneRecorded: true,
    leadName: owner.name,
    leadRole: owner.role,
  };
}

export function findTrainingLines(
  text: string,
  lines = splitLines(text),
  mentions = findLeadMentions(text, lines),
): TrainingLine[] {
  const found: TrainingLine[] = [];
  const named = namedLeads(mentions);
  const tableLines = new Set<number>();

  for (const table of findTables(lines)) {
    for (const i of [table.header.index, table.header.index + 1, ...table.rows.map((r) => r.line.index)])
      tableLines.add(i);
    const header = table.headerCells.map((c) => plain(c.text).toLowerCase());
    const courseCol = header.findIndex((h) => /\b(?:course|training)\b/.test(h));
    if (courseCol < 0) continue;
    const dateCol = header.findIndex(
      (h) =>
        /\b(?:completed|date|when|attended|done)\b/.test(h) && !/\b(?:renew|expir|due|valid|next)/.test(h),
    );
    const renewCols = header.flatMap((h, i) => (/\b(?:renew|expir|due|valid|next)/.test(h) ? [i] : []));
    const nameCol = header.findIndex((h) => /^(?:name|who|person|staff|lead)\b/.test(h));
    const roleCol = header.findIndex((h) => /\brole\b/.test(h));
    for (const row of table.rows) {
      const course = row.cells[courseCol];
      if (!course) continue;
      const courseText = plain(course.text);
      const noneRecorded = NONE_RECORDED.test(courseText) || /^(?:none|not recorded)\b/i.test(courseText);
      let date: DateMatch | undefined;
      if (dateCol >= 0) {
        const cell = row.cells[dateCol];
        date = cell ? findDates(cell.text, cell.offset)[0] : undefined;
      } else {
        for (const [i, cell] of row.cells.entries()) {
          if (renewCols.includes(i)) continue;
          date = findDates(cell.text, cell.offset)[0];
          if (date) break;
        }
      }
      const nameText = nameCol >= 0 ? plain(row.cells[nameCol]?.text ?? "") : "";
      const lead = nameText ? undefined : leadInText(row.line.text, named);
      const roleText = roleCol >= 0 ? (row.cells[roleCol]?.text ?? "") : "";
      const roleMention = findLeadMentions(roleText)[0];
      if (!courseText && !date) continue;
      found.push({
        offset: row.line.offset,
        endOffset: row.line.endOffset,
        course:
          date && dateCol < 0 ? courseText.replace(date.text, "").replace(/[\s:–—-]+$/, "") : courseText,
        date,
        datePlaceholder: DATE_PLACEHOLDER.test(` ${courseText}`),
        noneRecorded,
        leadName: nameText || lead?.name,
        leadRole: roleMention?.role ?? lead?.role,
      });
    }
  }

  // A training table in plain text (PDF): a header line, then cells broken over many short lines.
  for (const record of plainTrainingTables(lines, tableLines)) found.push(record);

  // Lines outside tables, remembering the lead named above them.
  // Mentions may come from a view of the text with lines joined (PDF): place them on this text's lines.
  const mentionsByLine = new Map<number, LeadMention[]>();
  for (const m of mentions) {
    const index = lineAt(lines, m.offset);
    const onLine = mentionsByLine.get(index);
    if (onLine) onLine.push(m);
    else mentionsByLine.set(index, [m]);
  }
  let current: LeadMention | undefined;
  let continuing = false;
  let previous: Line | undefined;
  for (const line of lines) {
    if (tableLines.has(line.index)) {
      current = undefined;
      previous = undefined;
      continue;
    }
    if (isBlank(line)) continue;
    const above = previous;
    previous = line;
    const start = contentStart(line.text);
    const body = line.text.slice(start);
    const here = mentionsByLine.get(line.index)?.find((m) => m.name);
    if (isMarkdownHeading(line)) {
      current = undefined;
      continue;
    }
    const isTraining = TRAINING_WORD.test(body) && body.length <= 200;
    if (here && !isTraining) {
      current = here;
      continuing = true;
      continue;
    }
    if (!isTraining) {
      // The rest of a lead's line wrapped onto the next one (PDF): "0113 496" / "0777)".
      const wrapped: boolean = continuing && (/^[\s(]*[a-z0-9(]/.test(body) || body.length <= 30);
      if (!wrapped) current = undefined;
      continuing = wrapped;
      continue;
    }
    continuing = false;
    const datePlaceholder = DATE_PLACEHOLDER.test(body);
    const date = findDates(body, line.offset + start)[0];
    const owner = leadInText(body, named) ?? here ?? current;
    // "1 September 2021  Model 1.0  Training section added": a document history row, not a training record.
    if (!owner && date && date.offset === line.offset + start) continue;
    // A plain-text training table's row for someone with none: "Ben Hale  Deputy …  No safeguarding training recorded".
    if (!date && owner && NONE_RECORDED.test(body)) {
      found.push(noneRecorded(line, start, owner));
      continue;
    }
    const shaped =
      /^\s*(?:[-*+•]|\d+[.)])\s/.test(line.text) ||
      /[:–—-]/.test(body) ||
      /\b(?:training|course|update|refresher)\W*$/i.test(body);
    const blockLine =
      current !== undefined &&
      !(above && continuesSentence(above, line)) &&
      body.length <= 120 &&
      body.split(/\s+/).length <= 14 &&
      shaped &&
      !NUMBERED_HEADING.test(line.text);
    if (!date && !datePlaceholder && !blockLine) {
      if (!here) current = undefined;
      continue;
    }
    if (!date && !datePlaceholder && !(body.length <= 120)) continue;
    // "(list training including dates)" under a lead: a placeholder, so no training is recorded for them.
    if (!date && owner && /^\s*[([][^)\]]*[)\]]\s*$/.test(plain(body))) {
      found.push(noneRecorded(line, start, owner));
      if (here) current = here;
      continue;
    }
    const course = plain(date ? body.replace(date.text, "") : body)
      .replace(DATE_PLACEHOLDER, "")
      .replace(/(?:[\s:,;.–—(-]|\b(?:on|in|dated|completed|attended)\b)+$/i, "")
      .replace(/^[\s:,;–—-]+/, "");
    found.push({
      offset: line.offset + start,
      endOffset: line.endOffset,
      course,
      date,
      datePlaceholder,
      noneRecorded: false,
      leadName: owner?.name,
      leadRole: owner?.role,
    });
    if (here) current = here;
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** Letters and spaces only, checked first: most lines fail at their first comma or digit. */
const PLAIN_TRAINING_HEADER =
  /^\s*(?=[A-Za-z ]{5,80}$)(?=.*\b(?:course|training)\b)(?=.*\b(?:completed|date|when)\b)/i;
const NO_RECORD = /\bno\s+(?:safeguarding\s+)?training\s+recorded\b|\bno\s+date\s+recorded\b/gi;

/**
 * "Name Role Course Completed Renew by" and then, a few words a line, each row's cells: every row ends in its
 * completion date (and perhaps a renewal date), or in "No date recorded" / "No safeguarding training recorded".
 * Lines used are added to `used`.
 */
function plainTrainingTables(lines: Line[], used: Set<number>): TrainingLine[] {
  const found: TrainingLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i];
    if (used.has(i) || isTableRow(header) || !PLAIN_TRAINING_HEADER.test(header.text)) continue;
    const renewColumn = /\b(?:renew|expir|due|valid)/i.test(header.text);
    let j = i + 1;
    while (
      j < lines.length &&
      !isBlank(lines[j]) &&
      !PAGE_FOOTER.test(lines[j].text) &&
      !isPlainHeading(lines[j])
    )
      j++;
    if (j === i + 1) continue;
    for (let k = i; k < j; k++) used.add(k);
    const start = lines[i + 1].offset;
    const block = lines
      .slice(i + 1, j)
      .map((l) => l.text)
      .join(" ");
    // Rows end at a run of dates or at a "no record" marker.
    const ends: Array<{ at: number; next: number; date?: DateMatch; none?: "training" | "date" }> = [];
    const dates = findDates(block, start);
    for (let d = 0; d < dates.length; d++) {
      const first = dates[d];
      let last = first;
      if (
        renewColumn &&
        d + 1 < dates.length &&
        /^\s*$/.test(block.slice(last.endOffset - start, dates[d + 1].offset - start))
      ) {
        d++;
        last = dates[d];
      }
      ends.push({ at: first.offset, next: last.endOffset, date: first });
    }
    for (const m of allMatches(NO_RECORD, block)) {
      const at = start + (m.index ?? 0);
      ends.push({ at, next: at + m[0].length, none: /date/i.test(m[0]) ? "date" : "training" });
    }
    ends.sort((a, b) => a.at - b.at);
    let from = start;
    for (const e of ends) {
      const text = block.slice(from - start, e.at - start).trim();
      if (!text) {
        from = e.next;
        continue;
      }
      const leadName = nameAtStart(text);
      const role = findLeadMentions(text)[0];
      const course = plain(text)
        .replace(leadName ?? "\u0000", "")
        .replace(role && role.offset <= (leadName?.length ?? 0) + 1 ? role.label : "\u0000", "")
        .trim();
      found.push({
        offset: from,
        endOffset: e.next,
        course: e.none === "training" ? "" : course,
        date: e.date,
        datePlaceholder: false,
        noneRecorded: e.none === "training",
        leadName,
        leadRole: role?.role,
      });
      from = e.next;
    }
    i = j - 1;
  }
  return found;
}

/** "7 October" (a date broken over two lines) is not section 7. */
const STARTS_WITH_DAY_MONTH =
  /^\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:\s|,|$)/i;

function isPlainHeading(line: Line): boolean {
  return (
    /^\s*\d+(?:\.\d+)*\.?\s+[A-Z][^.!?]{1,80}$/.test(line.text) && !STARTS_WITH_DAY_MONTH.test(line.text)
  );
}

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
}

const HEADING_NUMBER = /^\s*(?:section\s+)?(\d+(?:\.\d+)*)\.?\s+(?=\S)/i;

export function splitNumber(text: string): { number?: string; title: string } {
  const clean = plain(text);
  const match = HEADING_NUMBER.exec(clean);
  if (!match) return { title: clean };
  return { number: match[1], title: clean.slice(match[0].length).trim() };
}

/** The outline's headings, numbers split off; with none (PDF, plain text), numbered lines that look like headings. */
export function findHeadings(outline: OutlineHeading[], lines: Line[]): HeadingText[] {
  const headings: HeadingText[] = outline.map((h) => ({
    ...splitNumber(h.text),
    offset: h.offset,
    endOffset: h.endOffset,
    depth: h.depth,
  }));
  if (headings.length > 0) return headings;
  for (const line of lines) {
    const match = /^\s*(\d+(?:\.\d+)*)\.?\s+([A-Z][^.!?]{1,80})$/.exec(line.text);
    if (!match || /\s{3,}|(?:\.\s?){3,}|\s\d+\s*$/.test(match[2])) continue;
    // "7 October 2024 …" is a date in a table, not section 7.
    if (STARTS_WITH_DAY_MONTH.test(line.text)) continue;
    headings.push({
      number: match[1],
      title: match[2].trim(),
      offset: line.offset,
      endOffset: line.endOffset,
      depth: match[1].split(".").length + 1,
    });
  }
  return headings;
}

export interface ContentsEntry {
  number?: string;
  title: string;
  offset: number;
  endOffset: number;
}

export interface ContentsList {
  /** The "Contents" line itself. */
  offset: number;
  endOffset: number;
  entries: ContentsEntry[];
  /** Offset just after the last entry. */
  end: number;
}

const CONTENTS_TITLE =
  /^\s*(?:#{1,6}\s+)?(?:\*\*|__)?\s*(?:table\s+of\s+contents|contents(?:\s+page)?|index)\s*:?\s*(?:\*\*|__)?\s*$/i;
const LEADER = String.raw`(?:\.\s?){2,}|…+|\t|\s{2,}`;
const ENTRY = new RegExp(String.raw`^\s*(.+?)(?:\s*(?:${LEADER})\s*(\d{1,3})|\s+(\d{1,3}))?\s*$`);

/** The contents list, if the document has one: the lines after a "Contents" line until the first heading. */
export function findContents(lines: Line[]): ContentsList | undefined {
  const titleLine = lines.find((l) => CONTENTS_TITLE.test(l.text));
  if (!titleLine) return undefined;
  const entries: ContentsEntry[] = [];
  const numbers = new Set<string>();
  let end = titleLine.endOffset;
  for (let i = titleLine.index + 1; i < lines.length; i++) {
    const line = lines[i];
    if (isBlank(line)) continue;
    if (isMarkdownHeading(line) || isTableRow(line)) break;
    // List markers go; an ordered list's own number goes when the entry carries its number or is a link.
    const text = line.text.replace(/^\s*(?:[-*+•]\s+|\d+[.)]\s+(?=\[|\d))/, "");
    const listed = /^\s*(?:[-*+•]|\d+[.)])\s+/.test(line.text) || /^\s{2,}/.test(line.text);
    // "Version 3.1 · Next review: 10 September 2027 Page 1 of 18" is a page footer, not an entry.
    const match = PAGE_FOOTER.test(text) ? null : ENTRY.exec(text);
    const { number, title } = splitNumber(match?.[1] ?? "");
    const page = match?.[2] ?? match?.[3];
    // Plain text: entries are numbered or carry page numbers; the first repeated number starts the body.
    if (!match || (!listed && !number && !page)) {
      // A page footer and header inside a long contents list: carry on if entries follow.
      if (pageBreakInList(lines, i, numbers)) continue;
      break;
    }
    if (number && numbers.has(number)) break;
    if (number) numbers.add(number);
    const cleanTitle = title.replace(/\s*(?:(?:\.\s?){2,}|…+)\s*$/, "").trim();
    if (!cleanTitle) continue;
    const lead = line.text.length - line.text.trimStart().length;
    entries.push({ number, title: cleanTitle, offset: line.offset + lead, endOffset: line.endOffset });
    end = line.endOffset;
  }
  if (entries.length === 0) return undefined;
  return { offset: titleLine.offset, endOffset: titleLine.endOffset, entries, end };
}

const PAGE_FOOTER = /\bpage\s+\d+\s+of\s+\d+\s*$/i;

function looksLikeEntry(line: Line): { number?: string; page?: string } | undefined {
  const match = ENTRY.exec(line.text.replace(/^\s*(?:[-*+•]\s+)/, ""));
  if (!match) return undefined;
  const { number } = splitNumber(match[1]);
  const page = match[2] ?? match[3];
  return number && page ? { number, page } : undefined;
}

function pageBreakInList(lines: Line[], index: number, numbers: Set<string>): boolean {
  for (let j = index + 1; j <= index + 4 && j < lines.length; j++) {
    const entry = looksLikeEntry(lines[j]);
    if (entry?.number && !numbers.has(entry.number)) return true;
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
