/**
 * Words hyphenated across a line break, as text copied out of a PDF into Word or Markdown keeps them ("Club Safe-" /
 * "guarding Officer: …", "Octo-" / "ber 2022"), or once its lines are joined with a space ("Decem- ber 2026"): one
 * reader finds them, and each user says which it joins. `rejoinBrokenWords` joins them for reading, in the same
 * length of text, so every offset after the word stays where it was. A word is joined only when the document writes
 * it whole elsewhere ("safeguarding" in a safeguarding policy): a dash typed against a word ("Tuesday-" / "ring the
 * office") or a compound split at its own hyphen ("child-" / "friendly") is left as written. The date reader joins a
 * month's name so (dates.ts).
 */

/** A word broken at its hyphen: where it starts and ends in the text, its two halves, and what is between them. */
export interface BrokenWord {
  start: number;
  end: number;
  head: string;
  /** What stands between the hyphen and the tail: a line break with any spaces about it, or spaces alone. */
  gap: string;
  tail: string;
}

/** A word's head, its hyphen, a line break or spaces, and the word's tail: each a whole word. */
const BROKEN = /(?<![\p{L}-])(\p{L}{2,})-([ \t]*\r?\n[ \t]*|[ \t]+)(\p{L}{2,})(?![\p{L}-])/gu;

/**
 * The text with each broken word `join` gives a reading for replaced by it; a word it gives none for (undefined) is
 * left as written. Not over a blank line.
 */
export function replaceBrokenWords(text: string, join: (word: BrokenWord) => string | undefined): string {
  return text.replace(BROKEN, (whole: string, head: string, gap: string, tail: string, at: number) => {
    const read = join({ start: at, end: at + whole.length, head, gap, tail });
    return read ?? whole;
  });
}

const WORD = /\p{L}{4,}/gu;
/** A line break typed straight after the hyphen, then any indent: how a copied PDF line breaks a word. */
const LINE_GAP = /^\n[ \t]*$/;
const LOWER_WORD = /^\p{Ll}+$/u;
const DIGIT = /\d/;

export function rejoinBrokenWords(text: string): string {
  if (!text.includes("-\n")) return text;
  let words: Set<string> | undefined;
  return replaceBrokenWords(text, ({ start, end, head, gap, tail }) => {
    // A tail in lower case on the next line, no digit against either half.
    if (!LINE_GAP.test(gap) || !LOWER_WORD.test(tail)) return undefined;
    if (DIGIT.test(text[start - 1] ?? "") || DIGIT.test(text[end] ?? "")) return undefined;
    const word = head + tail;
    words ??= new Set(Array.from(text.matchAll(WORD), (m) => m[0].toLowerCase()));
    if (!words.has(word.toLowerCase())) return undefined;
    // "Safe-\nguarding" → "Safeguarding  ": the hyphen, the break and any indent become spaces after the word.
    return word + " ".repeat(1 + gap.length);
  });
}
