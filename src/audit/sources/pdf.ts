/**
 * PDF → plain text lines through pdfjs-dist's text layer, and the blocks a reader sees in them (headings, paragraphs,
 * list items, tables) from the PDF's structure tree when it is tagged, or from its layout (pdf-layout.ts) when not.
 * The text is what it always was: the blocks are knowledge added over it, never a change to it.
 */
import type { Block } from "../document/blocks.js";
import { hasLinkWords } from "../text/link-words.js";
import { restoreNativeBuiltins } from "./native-builtins.js";
import { type PdfPage, type PdfTextItem, pdfBlocks, type StructNode } from "./pdf-blocks.js";
import { FontNames, fontLoadingOptions } from "./pdf-font-names.js";
import { type PdfAnnotation, type PdfLink, pageLinks } from "./pdf-links.js";
import { Unreadable } from "./unreadable.js";

/** Far more pages than any policy: a sign of the wrong file (or of a file made to keep the audit busy). */
export const MAX_PDF_PAGES = 2000;

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  return (await pdfToPages(bytes)).text;
}

/** Told after each page is read (pages read so far, of how many); awaited, so a page can repaint a progress bar. */
export type PageProgress = (pagesRead: number, pages: number) => void | Promise<void>;

/**
 * The PDF's text, its pages separated by a blank line, where each page starts in that text, and its blocks (each
 * with its range in the text and its page; ../document/place.ts gives them their section and paragraph).
 */
export async function pdfToPages(
  bytes: Uint8Array,
  onPage?: PageProgress,
): Promise<{
  text: string;
  pages: number[];
  blocks: Block[] /** Its text is marked content under a structure tree. */;
  tagged: boolean;
  /** Its Link annotations and the words under them, on the pages with words that need a link (text/link-words.ts). */
  links: PdfLink[];
}> {
  if (String.fromCharCode(...bytes.subarray(0, 5)) !== "%PDF-")
    throw new Unreadable("it is not a PDF file (it does not start with %PDF-)");
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs").finally(restoreNativeBuiltins);
  let document: Awaited<ReturnType<typeof getDocument>["promise"]>;
  try {
    document = await getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
      ...fontLoadingOptions(),
    }).promise.finally(restoreNativeBuiltins);
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "PasswordException")
      throw new Unreadable(
        "the PDF needs a password to open, so its text cannot be read — open it with the password, save a copy without one (or export the original document to PDF again without a password), and audit that copy",
      );
    throw new Unreadable(
      `the PDF is damaged (${error instanceof Error ? error.message : String(error)}) — export it again from the original document`,
    );
  }
  try {
    if (document.numPages > MAX_PDF_PAGES)
      throw new Unreadable(
        `the PDF has ${document.numPages} pages, more than the ${MAX_PDF_PAGES} a policy could have — check it is the right file`,
      );
    const pages: string[] = [];
    const laid: PdfPage[] = [];
    const annotations: PdfAnnotation[][] = [];
    // A tagged PDF (ours, Word's and LibreOffice's when asked) says which text is a heading, a list item, a table
    // cell: its marked content is read only then, so an untagged file's text is read exactly as it always was.
    const marked = (await document.getMarkInfo())?.Marked === true;
    const fonts = new FontNames();
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const structure = marked ? ((await page.getStructTree()) as StructNode | null) : null;
      const content = await page.getTextContent({ includeMarkedContent: structure !== null });
      // A jump of a quarter page up or down (to a running header drawn after the body, to the footer) starts
      // a block of its own: "Ben Hale" at the foot of a table and the page header drawn next are not one line.
      const jump = Math.abs(page.view[3] - page.view[1]) / 4;
      let text = "";
      let y: number | undefined;
      const items: PdfTextItem[] = [];
      /** The marked content each item sits in (its id ties it to the structure tree), innermost last. */
      const inContent: Array<string | undefined> = [];
      for (const item of content.items) {
        if (!("str" in item)) {
          if (item.type === "endMarkedContent") inContent.pop();
          else if (item.type === "beginMarkedContent" || item.type === "beginMarkedContentProps")
            // pdf.js gives the tag too, though its types do not say so: "Artifact" for page furniture.
            inContent.push(
              item.id ?? ((item as { tag?: string }).tag === "Artifact" ? ARTIFACT : inContent.at(-1)),
            );
          continue;
        }
        const itemY = item.transform[5];
        const words = item.str.trim();
        if (y !== undefined && words !== "" && Math.abs(itemY - y) > jump && text !== "")
          text = `${text.replace(/[ \t]*\n?$/, "")}\n\n`;
        if (words !== "") {
          y = itemY;
          // Where its words are in the page's text (before hyphenated words are rejoined), and where on the page.
          const start = text.length + item.str.length - item.str.trimStart().length;
          const [a, b, c, d, x] = item.transform;
          items.push({
            start,
            end: start + words.length,
            x,
            y: itemY,
            width: item.width,
            size: Math.hypot(c, d),
            upright: Math.abs(b) < 1e-3 && Math.abs(c) < 1e-3 && a > 0,
            font: item.fontName,
            content: inContent.at(-1),
          });
        }
        text += item.str;
        if (item.hasEOL) text += "\n";
      }
      const rejoined = rejoinHyphenatedMapped(text.trimEnd());
      pages.push(rejoined.text);
      for (const item of items) {
        item.start = rejoined.start(item.start);
        item.end = Math.max(item.start, rejoined.end(item.end));
      }
      // A tagged page says what its headings are; an untagged one may set them in bold alone.
      if (!structure) await fonts.learn(page, rejoined.text, items);
      laid.push({
        number: n,
        width: Math.abs(page.view[2] - page.view[0]),
        height: Math.abs(page.view[3] - page.view[1]),
        items,
        structure: structure ?? undefined,
      });
      // pdf.js reads the page's text again to give its links' words: only a page with words that need a link is asked.
      annotations.push(hasLinkWords(rejoined.text) ? await linkAnnotations(page) : []);
      page.cleanup();
      await onPage?.(n, document.numPages);
    }
    const text = pages.join("\n\n");
    const starts: number[] = [];
    let at = 0;
    for (const [i, page] of pages.entries()) {
      starts.push(at);
      for (const item of laid[i].items) {
        item.start += at;
        item.end += at;
      }
      at += page.length + 2;
    }
    if (text.replace(/\s/g, "").length === 0)
      throw new Unreadable(
        "the PDF has no text layer (it is probably a scan) — audit the original Word file, or run the PDF through text recognition (OCR) first",
      );
    const links = laid.flatMap((page, i) => pageLinks(text, page.items, annotations[i]));
    return { text, pages: starts, blocks: pdfBlocks(text, starts, laid, fonts.bold), tagged: marked, links };
  } finally {
    await document.destroy();
  }
}

/** A page's Link annotations; none when they cannot be read (the page's text is still read). */
async function linkAnnotations(page: { getAnnotations(): Promise<unknown[]> }): Promise<PdfAnnotation[]> {
  try {
    return ((await page.getAnnotations()) as PdfAnnotation[]).filter((a) => a?.subtype === "Link");
  } catch {
    return [];
  }
}

/**
 * A word broken at its hyphen at a line's end ("Chloe Ashworth-" / "Bain (Deputy", "Co-" / "ordinator") is one
 * word: its second half moves up to the line it belongs to, the hyphen kept (a PDF's text layer has real hyphens
 * — "Ashworth-Bain", "Co-ordinator", "well-being" — and layout programs rarely hyphenate policies). The rest of
 * the next line stays on a line of its own; a line that held only the half word goes.
 */
export function rejoinHyphenated(text: string): string {
  return rejoinHyphenatedMapped(text).text;
}

// The look-behind comes after the hyphen, not before it: a pattern that opens with a look-behind is tried at every
// character of the text (0.4 ms a document), one that opens with "-" only where there is one.
const HYPHENATED = /-(?<=\p{L}-)\n(\p{L}[^\s]*)([ \t]+|\n|$)/gu;

/**
 * rejoinHyphenated, and where an offset in the text before it is in the text after it: `start` for the first
 * character of some words, `end` for the offset just after them (the end of "Ashworth-" is after "Ashworth-Bain";
 * the start of "(Deputy" is where it now begins its line).
 */
export function rejoinHyphenatedMapped(text: string): {
  text: string;
  start(offset: number): number;
  end(offset: number): number;
} {
  /** Each rejoined word: where its "-\n" was, how long the replaced text was, and what replaced it. */
  const moves: Array<{ at: number; length: number; by: string; shift: number }> = [];
  let out = "";
  let last = 0;
  let shift = 0;
  for (const match of text.matchAll(HYPHENATED)) {
    const [whole, word, after] = match;
    const by = after === "\n" || after === "" ? `-${word}${after}` : `-${word}\n`;
    out += text.slice(last, match.index) + by;
    last = match.index + whole.length;
    moves.push({ at: match.index, length: whole.length, by, shift });
    shift += by.length - whole.length;
  }
  if (moves.length === 0) return { text, start: (offset) => offset, end: (offset) => offset };
  out += text.slice(last);
  const map = (offset: number, side: "start" | "end"): number => {
    let low = 0;
    let high = moves.length - 1;
    let found = -1;
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (moves[mid].at < offset) {
        found = mid;
        low = mid + 1;
      } else high = mid - 1;
    }
    if (found < 0) return offset;
    const move = moves[found];
    const at = move.at + move.shift;
    if (offset >= move.at + move.length) return offset + move.shift + move.by.length - move.length;
    // Inside the rejoined text: the end of the words before the break is after the moved half word; anything
    // from the half word on starts after it, on the next line.
    const newline = move.by.indexOf("\n");
    if (side === "end" && offset === move.at + 1) return at + (newline < 0 ? move.by.length : newline);
    return at + move.by.length;
  };
  return { text: out, start: (offset) => map(offset, "start"), end: (offset) => map(offset, "end") };
}

/** Marked content that is not the document's own text: running headers, footers, page numbers, leaders. */
export const ARTIFACT = "artifact";
