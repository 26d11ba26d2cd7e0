/**
 * Review statements: "Next review date: …" and the date each gives.
 */
import { type DateMatch, findDates } from "./dates.js";
import { isTableRow, isTableSeparator, type Line, nextNonBlank, splitLines, tableCells } from "./lines.js";
import { allMatches } from "./matches.js";
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
