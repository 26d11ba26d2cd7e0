/**
 * section-reference, for a policy whose headings are numbered in lower-case Roman numerals typed into them ("i.
 * Introduction", "ii. Scope" … "x. Contacts"), cross-referenced the same way: "under xi. (Club disciplinary
 * procedure)" where the last section is x., and "see vi. (Youth exchange hosting) below" where vi. is about
 * something else. Read only where the headings run i., ii., iii. … with none skipped, and only references written
 * as such a policy writes them: after "see", "in", "under" … and followed by "above", "below" or a bracketed title.
 */
import type { DocumentContext } from "../rule.js";
import type { HeadingText } from "../text/find.js";
import { allMatches } from "../text/matches.js";
import { reportAt } from "./helpers.js";

const NUMERAL = "x{0,3}(?:ix|iv|v?i{0,3})";
/** A heading's typed number: "vi. Photographs and publicity". */
const HEADING_NUMERAL = new RegExp(String.raw`^[\s#*_]*(${NUMERAL})\.[^\S\n]+(?=\p{Lu})`, "u");
/** "see vi. (Youth exchange hosting) below", "as in iv. above", "under xi. (Club disciplinary procedure)". */
const REFERENCE = new RegExp(
  String.raw`\b(?:see|under|in|at|to|set\s+out\s+in|described\s+in|covered\s+in|explained\s+in)[^\S\n]+(${NUMERAL})\.(?=[^\S\n]+(?:\(|above\b|below\b))(?:[^\S\n]+\(([^()\n]{3,60})\))?`,
  "gu",
);

/** Two words with the same first five letters: "photos" and "Photography", "safeguard" and "safeguarding". */
function sharesStart(words: string, title: string): boolean {
  const starts = (t: string) =>
    new Set(Array.from(t.toLowerCase().matchAll(/\p{L}{5,}/gu), (m) => m[0].slice(0, 5)));
  const said = starts(words);
  return [...starts(title)].some((start) => said.has(start));
}

function romanValue(numeral: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < numeral.length; i++) {
    const value = values[numeral[i]];
    const next = values[numeral[i + 1]] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * Reports each reference to a section the Roman numbering does not have, or to one whose bracketed title shares
 * no word with the section's (`sharesWord(words, title)`, or a word's first five letters: "photos", "Photography").
 * Another document's section (`otherDocument`: "iv. (Managing allegations) of the county's procedures") is its own.
 */
export function checkRomanSections(
  context: DocumentContext,
  headings: readonly HeadingText[],
  inContents: (offset: number) => boolean,
  sharesWord: (words: string, title: string) => boolean,
  otherDocument: (offset: number, endOffset: number) => boolean,
): void {
  const { text } = context.document;
  const sections = new Map<number, { numeral: string; title: string }>();
  for (const h of headings) {
    if (inContents(h.offset)) continue;
    const match = HEADING_NUMERAL.exec(h.title);
    if (!match?.[1]) continue;
    const value = romanValue(match[1]);
    if (!sections.has(value))
      sections.set(value, { numeral: match[1], title: h.title.slice(match[0].length).trim() });
  }
  if (sections.size < 3 || ![...sections.keys()].every((n) => n >= 1 && n <= sections.size)) return;
  const last = sections.get(sections.size) as { numeral: string; title: string };
  for (const match of allMatches(REFERENCE, text)) {
    const numeral = match[1];
    if (!numeral) continue;
    const offset = (match.index ?? 0) + match[0].indexOf(`${numeral}.`, match[0].search(/\s/));
    if (inContents(offset) || otherDocument(offset, (match.index ?? 0) + match[0].length)) continue;
    const target = sections.get(romanValue(numeral));
    const said = match[2]?.trim();
    if (!target) {
      reportAt(
        context,
        offset,
        offset + numeral.length + 1,
        `The policy refers to ${numeral}., but no section is numbered ${numeral}. (the last is ${last.numeral}., "${last.title}") — correct the reference, or name the section instead`,
        { actual: numeral, expected: last.numeral },
      );
      continue;
    }
    const about = (title: string) => sharesWord(said ?? "", title) || sharesStart(said ?? "", title);
    if (!said || about(target.title)) continue;
    const other = [...sections.values()].find((s) => s !== target && about(s.title));
    reportAt(
      context,
      offset,
      (match.index ?? 0) + match[0].length,
      `The policy points to ${numeral}. for "${said}", but ${numeral}. is "${target.title}"${other ? ` (${other.numeral}., "${other.title}", is about it)` : ""} — correct the reference`,
      { actual: numeral, ...(other ? { expected: other.numeral } : {}) },
    );
  }
}
