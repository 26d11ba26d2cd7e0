/**
 * A PDF's sentence cut by a page break: "… Schools follow the national guidance" at the foot of one page, the
 * running footer, the page's number, the next page's running header, then "(May 2019), and …". A reader skips the
 * page furniture and reads the sentence whole; this gives the text with that furniture blanked (same length, same
 * offsets), so a rule can read the two halves together.
 */
import type { SourceDocument } from "../rule.js";

/** A line that is a page's number and nothing more: "7", "Page 7", "Page 7 of 12", "7/12", "- 7 -". */
const PAGE_NUMBER = /^[\s–—-]*(?:page\s+)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?[\s–—-]*$/i;
/** The end of a sentence (before closing quotes or brackets): the next page starts a sentence of its own. */
const SENTENCE_END = /[.!?:;][)\]"'”’]*\s*$/;

export interface PageCuts {
  /** The text with the furniture between a sentence's halves blanked: one line break, then spaces. */
  text: string;
  /** The ranges blanked, [start, end) in the text. */
  cuts: Array<[number, number]>;
}

/**
 * The PDF's text with the page furniture (the layout's running header and footer blocks, a line that is only a
 * page number) blanked where a sentence runs on over the page break: the last body line above the break ends
 * without a stop. At a break where the sentence ends, or with no furniture there, the text stays as it is.
 */
export function joinPageCuts(document: SourceDocument): PageCuts {
  const { text } = document;
  const pages = document.pages ?? [];
  if (document.format !== "pdf" || pages.length < 2) return { text, cuts: [] };
  const furniture = document.blocks.filter((b) => (b.place.region ?? b.region) !== undefined);
  const inFurniture = (from: number, to: number) => {
    const words = text.slice(from, to);
    const start = from + (words.length - words.trimStart().length);
    return furniture.some((b) => b.offset <= start && start < b.endOffset && to <= b.endOffset + 1);
  };
  /** A line that a reader skips at a page break: blank, running header or footer, page number. */
  const skipped = (from: number, to: number) =>
    text.slice(from, to).trim() === "" || PAGE_NUMBER.test(text.slice(from, to)) || inFurniture(from, to);
  const cuts: Array<[number, number]> = [];
  let out = text;
  for (const page of pages.slice(1)) {
    if (page <= 0 || page > text.length) continue;
    // Back from the page's start over the lines skipped: `from` is the end of the last body line above.
    let from = page;
    let furnished = false;
    for (;;) {
      const end = from > 0 && text[from - 1] === "\n" ? from - 1 : from;
      if (end <= 0) break;
      const start = text.lastIndexOf("\n", end - 1) + 1;
      if (!skipped(start, end)) {
        from = end;
        break;
      }
      if (text.slice(start, end).trim() !== "") furnished = true;
      from = start;
      if (start === 0) break;
    }
    // On from the page's start over the lines skipped: `to` is the start of the first body line below.
    let to = page;
    while (to < text.length) {
      const newline = text.indexOf("\n", to);
      const end = newline < 0 ? text.length : newline;
      if (!skipped(to, end)) break;
      if (text.slice(to, end).trim() !== "") furnished = true;
      to = newline < 0 ? text.length : newline + 1;
    }
    if (!furnished || from <= 0 || to >= text.length || from >= to) continue;
    const above = text.slice(text.lastIndexOf("\n", from - 1) + 1, from);
    if (SENTENCE_END.test(above)) continue;
    cuts.push([from, to]);
    out = `${out.slice(0, from)}\n${" ".repeat(to - from - 1)}${out.slice(to)}`;
  }
  return { text: out, cuts };
}
