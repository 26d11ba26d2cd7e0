/**
 * Headings (numbers split off) and the contents list.
 */

import type { OutlineHeading } from "../rule.js";
import {
  isBlank,
  isMarkdownHeading,
  isTableRow,
  type Line,
  PAGE_FOOTER,
  plain,
  STARTS_WITH_DAY_MONTH,
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
