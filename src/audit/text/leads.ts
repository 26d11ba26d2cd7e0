/**
 * Leads: where the designated safeguarding lead and deputies are mentioned, and the names given for them.
 */

import {
  type Cell,
  contentStart,
  isTableRow,
  isTableSeparator,
  type Line,
  nextNonBlank,
  plain,
  splitLines,
  tableCells,
} from "./lines.js";
import { allMatches } from "./matches.js";
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
