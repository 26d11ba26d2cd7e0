/**
 * section-reference, for a document whose paragraphs are numbered by a letter and a number at a line's start ("A1.
 * Police: 999", "A2. …", "C1. …", "C2. …" — an appendix's letter, or a part's): "the ratios in paragraph C4" where the
 * paragraphs lettered C stop at C3. Read only where two letters or more each number two paragraphs or more, from 1
 * with none skipped, and only after the word "paragraph" — a letter and a number alone are as often a paper size
 * ("A4") or a grid reference.
 */
import type { DocumentContext } from "../rule.js";
import { allMatches } from "../text/matches.js";
import { reportAt } from "./helpers.js";

/** A paragraph opening with its letter and number: "C2. At least two adults …", "- **B1.** Safeguarding Lead …". */
const LETTERED = /^[^\S\n]*(?:[-*+][^\S\n]+)?(?:\*\*|__)?([A-Z])(\d{1,2})\.?(?:\*\*|__)?[^\S\n]+(?=\S)/gm;
/** "paragraph C4", "para. C4", "paragraphs B2 and C4" (the first). */
const REFERENCE = /\b(?:[Pp]aragraphs?|[Pp]aras?\.?)[^\S\n]+([A-Z])(\d{1,2})(?![\p{L}\d]|\.\d)/gu;

/**
 * Reports each "paragraph C4" the lettered numbering has no paragraph for. `otherDocument` says whether a reference
 * is another document's ("paragraph C4 of Working Together").
 */
export function checkLetteredParagraphs(
  context: DocumentContext,
  inContents: (offset: number) => boolean,
  otherDocument: (offset: number, endOffset: number) => boolean,
): void {
  const { text } = context.document;
  if (!/\bparas?\b|\bparagraphs?\b/i.test(text)) return;
  const byLetter = new Map<string, Set<number>>();
  for (const m of allMatches(LETTERED, text)) {
    if (inContents(m.index ?? 0)) continue;
    const seen = byLetter.get(m[1]) ?? new Set<number>();
    seen.add(Number(m[2]));
    byLetter.set(m[1], seen);
  }
  const runs = new Map<string, number>();
  for (const [letter, seen] of byLetter)
    if (seen.size >= 2 && [...seen].every((n) => n >= 1 && n <= seen.size)) runs.set(letter, seen.size);
  if (runs.size < 2) return;
  for (const match of allMatches(REFERENCE, text)) {
    const last = runs.get(match[1]);
    const number = Number(match[2]);
    if (last === undefined || (number >= 1 && number <= last)) continue;
    const offset = match.index ?? 0;
    const endOffset = offset + match[0].length;
    if (inContents(offset) || otherDocument(offset, endOffset)) continue;
    const code = `${match[1]}${match[2]}`;
    reportAt(
      context,
      offset,
      endOffset,
      `The policy refers to paragraph ${code}, but the paragraphs lettered ${match[1]} stop at ${match[1]}${last} — correct the reference, or name the paragraph instead`,
      { actual: code, expected: `${match[1]}${last}` },
    );
  }
}
