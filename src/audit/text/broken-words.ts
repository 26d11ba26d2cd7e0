/**
 * Words hyphenated across a line break, as text copied out of a PDF into Word or Markdown keeps them ("Club Safe-" /
 * "guarding Officer: …", "Octo-" / "ber 2022"): joined again for reading, in the same length of text, so every
 * offset after the word stays where it was. A word is joined only when the document writes it whole elsewhere
 * ("safeguarding" in a safeguarding policy): a dash typed against a word ("Tuesday-" / "ring the office") or a
 * compound split at its own hyphen ("child-" / "friendly") is left as written.
 */

/** A word's head, its hyphen and the line break, and the word's tail in lower case on the next line. */
const BROKEN = /(?<![\p{L}\d-])(\p{L}{2,})-\n([ \t]*)(\p{Ll}{2,})(?![\p{L}\d-])/gu;
const WORD = /\p{L}{4,}/gu;

export function rejoinBrokenWords(text: string): string {
  if (!text.includes("-\n")) return text;
  let words: Set<string> | undefined;
  return text.replace(BROKEN, (whole: string, head: string, indent: string, tail: string) => {
    const word = head + tail;
    words ??= new Set(Array.from(text.matchAll(WORD), (m) => m[0].toLowerCase()));
    if (!words.has(word.toLowerCase())) return whole;
    // "Safe-\nguarding" → "Safeguarding  ": the hyphen, the break and any indent become spaces after the word.
    return word + " ".repeat(2 + indent.length);
  });
}
