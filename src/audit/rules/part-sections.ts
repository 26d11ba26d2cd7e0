/**
 * section-reference, for a policy split into parts that each number their own sections ("Part A – Policy statement"
 * with sections 1 to 6, "Part B – Procedures for staff" with sections 1 to 4, each written as numbered paragraphs):
 * "(see Part B, 7.4)" read against Part B's own numbering — Part B has no section 7 — and "Part B, 3.5" where
 * Part B's section 3 stops at 3.2. Only where the part opens once in the policy with numbered sections run 1 to k,
 * and never another document's part ("Part B, 5 of the Act", "its Part B, 2").
 */
import type { DocumentContext } from "../rule.js";
import type { HeadingText } from "../text/find.js";
import { allMatches } from "../text/matches.js";
import { reportAt } from "./helpers.js";

/** A line opening a part: "## Part B – Procedures for staff", "Part 2: Procedures", "**Part B** – …". */
const PART_LINE =
  /^[^\S\n]*(?:#{1,6}[^\S\n]+)?(?:\*\*|__)?Part[^\S\n]+([A-Z]|\d{1,2})(?:\*\*|__)?[^\S\n]*[–—:-]/gm;

/**
 * "Part B, 7.4", "Part B, 5": a part's section or paragraph, ended by punctuation, a line's end or a joining word
 * ("Part B, 2.1 to 2.4", "Part B, 5 and …") — not a count ("Part B, 3 days").
 */
const PART_REFERENCE =
  /\bPart[^\S\n]+([A-Z]|\d{1,2}),[^\S\n]*(\d{1,2})(?:\.(\d{1,2}))?(?=[^\S\n]*(?:[,;:)]|\.(?:\s|$)|$|[^\S\n]+(?:and|or|to|above|below)\b))/gm;

/** Whose the part is: "its Part B, 2", "the Trust's Part B, 3". */
const OWNER_BEFORE = /(?:\b(?:its|their|his|her)|\p{L}['’]s?)[^\S\n]+$/iu;

interface Part {
  id: string;
  sections: HeadingText[];
}

/** Each part that opens once with its own numbered sections run 1 to k (a part listed twice, as in a list of its parts first, counts where its sections are). */
function partsOf(text: string, topLevel: readonly HeadingText[], inContents: (offset: number) => boolean) {
  const openings = allMatches(PART_LINE, text).filter((m) => !inContents(m.index ?? 0));
  const parts = new Map<string, Part | null>();
  for (const [i, m] of openings.entries()) {
    const start = m.index ?? 0;
    const end = openings[i + 1]?.index ?? text.length;
    const sections = topLevel.filter((h) => h.offset > start && h.offset < end);
    if (sections.length === 0) continue;
    const runs = sections.every((h, j) => Number(h.number) === j + 1);
    // A part whose sections do not run 1 to k, or that opens twice with sections: not read.
    parts.set(m[1], parts.has(m[1]) || !runs ? null : { id: m[1], sections });
  }
  return parts;
}

/**
 * `paragraphs(section)`: how many numbered paragraphs the section has (its child headings or typed
 * paragraphs), or undefined where it is not numbered so; `otherDocument(offset, endOffset)`: the sentence names
 * another document.
 */
export function checkPartSections(
  context: DocumentContext,
  topLevel: readonly HeadingText[],
  inContents: (offset: number) => boolean,
  paragraphs: (section: HeadingText) => number | undefined,
  otherDocument: (offset: number, endOffset: number) => boolean,
): void {
  const { text } = context.document;
  if (!/\bPart[^\S\n]+(?:[A-Z]|\d{1,2}),/.test(text)) return;
  const parts = partsOf(text, topLevel, inContents);
  if ([...parts.values()].filter(Boolean).length < 2) return;
  for (const match of allMatches(PART_REFERENCE, text)) {
    const part = parts.get(match[1]);
    const offset = match.index ?? 0;
    const endOffset = offset + match[0].length;
    if (!part || inContents(offset)) continue;
    if (OWNER_BEFORE.test(text.slice(Math.max(0, offset - 40), offset))) continue;
    if (otherDocument(offset, endOffset)) continue;
    const problem = missingIn(part, match[2], match[3], paragraphs);
    if (!problem) continue;
    reportAt(
      context,
      offset,
      endOffset,
      `The policy refers to ${match[0]}, but ${problem} — correct the number, or name the part instead`,
      { actual: match[0] },
    );
  }
}

/** What Part `part` lacks of section `section` (and its paragraph `paragraph`), or undefined where it has it. */
function missingIn(
  part: Part,
  section: string,
  paragraph: string | undefined,
  paragraphs: (section: HeadingText) => number | undefined,
): string | undefined {
  const last = part.sections.length;
  if (Number(section) < 1) return undefined;
  const heading = part.sections[Number(section) - 1];
  if (!heading) return `Part ${part.id} has no section ${section} (its sections run from 1 to ${last})`;
  if (paragraph === undefined) return undefined;
  const count = paragraphs(heading);
  if (!count || Number(paragraph) <= count) return undefined;
  return `section ${section} of Part ${part.id} has no paragraph ${section}.${paragraph} (its numbered paragraphs run from ${section}.1 to ${section}.${count})`;
}
