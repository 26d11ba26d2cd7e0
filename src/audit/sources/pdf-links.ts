/**
 * A PDF's links: its Link annotations (a rectangle on a page and where it goes), tied to the words under them. A
 * PDF's text keeps no trace of a link, so without them "click here" over a working link reads as words with nothing
 * behind them, and words a Word file linked to "#" (which LibreOffice and Word export with no link at all) cannot
 * be told from words that were linked.
 */
import type { PdfTextItem } from "./pdf-blocks.js";

/** A Link annotation as pdf.js's getAnnotations gives it (the fields read here). */
export interface PdfAnnotation {
  subtype?: string;
  rect?: number[];
  url?: string;
  unsafeUrl?: string;
  dest?: unknown;
  action?: string;
}

/** A link's target and the words under it, as a range of the document's text. */
export interface PdfLink {
  url: string;
  offset: number;
  endOffset: number;
}

/**
 * Where a Link annotation goes: its web or mail address ("" when it has an address with nothing in it, "#"), a
 * place in the same PDF as "#" and the destination's name, or undefined for anything else (a form action, a named
 * action such as "next page") — not a link a reader follows to a page.
 */
export function targetOf(annotation: PdfAnnotation): string | undefined {
  if (annotation.subtype !== "Link") return undefined;
  if (typeof annotation.url === "string") return annotation.url;
  if (typeof annotation.unsafeUrl === "string")
    return annotation.unsafeUrl.trim() === "#" ? "" : annotation.unsafeUrl;
  if (annotation.dest !== undefined && annotation.dest !== null)
    return `#${typeof annotation.dest === "string" ? annotation.dest : "page"}`;
  return undefined;
}

/**
 * The links on one page: each annotation's words are the parts of the page's text items under its rectangle (an item
 * partly under it gives the characters in that share of its width, moved to the nearer word edge). A link wrapped over two
 * lines is two annotations with one target: they are one link when only spaces and line breaks part their words.
 */
export function pageLinks(
  text: string,
  items: readonly PdfTextItem[],
  annotations: readonly PdfAnnotation[],
): PdfLink[] {
  const links: PdfLink[] = [];
  for (const annotation of annotations) {
    const url = targetOf(annotation);
    const rect = annotation.rect;
    if (url === undefined || !rect || rect.length < 4) continue;
    const [left, bottom, right, top] = [
      Math.min(rect[0], rect[2]),
      Math.min(rect[1], rect[3]),
      Math.max(rect[0], rect[2]),
      Math.max(rect[1], rect[3]),
    ];
    let offset = Number.POSITIVE_INFINITY;
    let endOffset = -1;
    for (const item of items) {
      if (!item.upright || item.width <= 0 || item.end <= item.start) continue;
      // The middle of the item's letters (from just below its baseline to its cap height) lies within the rectangle.
      const middle = item.y + item.size * 0.3;
      if (middle < bottom || middle > top) continue;
      const from = Math.max(item.x, left);
      const to = Math.min(item.x + item.width, right);
      if (to - from <= 0) continue;
      const length = item.end - item.start;
      let start = item.start + Math.round(((from - item.x) / item.width) * length);
      let end = item.start + Math.round(((to - item.x) / item.width) * length);
      if (end <= start) continue;
      // A share of the width is not exactly a share of the letters: a cut word goes to its nearer side, and the
      // marks around the words ("– www.nspcc.org.uk", "help@nspcc.org.uk).") are not the link's.
      start = nearestWordEdge(text, start, item.start, item.end);
      end = nearestWordEdge(text, end, item.start, item.end);
      while (start < end && /[\s\p{P}\p{S}]/u.test(text[start]) && !/[[(#@]/.test(text[start])) start++;
      while (end > start && /[\s\p{P}\p{S}]/u.test(text[end - 1]) && !/[/\]@]/.test(text[end - 1])) end--;
      if (end <= start) continue;
      offset = Math.min(offset, start);
      endOffset = Math.max(endOffset, end);
    }
    if (endOffset > offset) links.push({ url, offset, endOffset });
  }
  links.sort((a, b) => a.offset - b.offset);
  const joined: PdfLink[] = [];
  for (const link of links) {
    const previous = joined.at(-1);
    if (previous && previous.url === link.url && /^\s*$/.test(text.slice(previous.endOffset, link.offset)))
      previous.endOffset = Math.max(previous.endOffset, link.endOffset);
    else if (!previous || link.offset >= previous.endOffset) joined.push(link);
  }
  return joined;
}

/** The word edge (a space on one side, a letter on the other) nearer `at`, within `from`–`to`. */
function nearestWordEdge(text: string, at: number, from: number, to: number): number {
  const inWord = (i: number) => i > from && i < to && /\S/.test(text[i - 1]) && /\S/.test(text[i]);
  if (!inWord(at)) return at;
  let back = at;
  while (inWord(back)) back--;
  let ahead = at;
  while (inWord(ahead)) ahead++;
  return at - back <= ahead - at ? back : ahead;
}
