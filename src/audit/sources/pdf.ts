/** PDF → plain text lines through pdfjs-dist's text layer (a PDF has no Markdown structure to recover). */
import { Unreadable } from "./unreadable.js";

/** Far more pages than any policy: a sign of the wrong file (or of a file made to keep the audit busy). */
export const MAX_PDF_PAGES = 2000;

export async function pdfToText(bytes: Uint8Array): Promise<string> {
  return (await pdfToPages(bytes)).text;
}

/** Told after each page is read (pages read so far, of how many); awaited, so a page can repaint a progress bar. */
export type PageProgress = (pagesRead: number, pages: number) => void | Promise<void>;

/** The PDF's text, its pages separated by a blank line, and where each page starts in that text. */
export async function pdfToPages(
  bytes: Uint8Array,
  onPage?: PageProgress,
): Promise<{ text: string; pages: number[] }> {
  if (String.fromCharCode(...bytes.subarray(0, 5)) !== "%PDF-")
    throw new Unreadable("it is not a PDF file (it does not start with %PDF-)");
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  let document: Awaited<ReturnType<typeof getDocument>["promise"]>;
  try {
    document = await getDocument({
      data: new Uint8Array(bytes),
      useSystemFonts: false,
      isEvalSupported: false,
      verbosity: 0,
    }).promise;
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
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      // A jump of a quarter page up or down (to a running header drawn after the body, to the footer) starts
      // a block of its own: "Ben Hale" at the foot of a table and the page header drawn next are not one line.
      const jump = Math.abs(page.view[3] - page.view[1]) / 4;
      let text = "";
      let y: number | undefined;
      for (const item of content.items) {
        if (!("str" in item)) continue;
        const itemY = item.transform[5];
        if (y !== undefined && item.str.trim() !== "" && Math.abs(itemY - y) > jump && text !== "")
          text = `${text.replace(/[ \t]*\n?$/, "")}\n\n`;
        if (item.str.trim() !== "") y = itemY;
        text += item.str;
        if (item.hasEOL) text += "\n";
      }
      pages.push(rejoinHyphenated(text.trimEnd()));
      page.cleanup();
      await onPage?.(n, document.numPages);
    }
    const text = pages.join("\n\n");
    const starts: number[] = [];
    let at = 0;
    for (const page of pages) {
      starts.push(at);
      at += page.length + 2;
    }
    if (text.replace(/\s/g, "").length === 0)
      throw new Unreadable(
        "the PDF has no text layer (it is probably a scan) — audit the original Word file, or run the PDF through text recognition (OCR) first",
      );
    return { text, pages: starts };
  } finally {
    await document.destroy();
  }
}

/**
 * A word broken at its hyphen at a line's end ("Chloe Ashworth-" / "Bain (Deputy", "Co-" / "ordinator") is one
 * word: its second half moves up to the line it belongs to, the hyphen kept (a PDF's text layer has real hyphens
 * — "Ashworth-Bain", "Co-ordinator", "well-being" — and layout programs rarely hyphenate policies). The rest of
 * the next line stays on a line of its own; a line that held only the half word goes.
 */
export function rejoinHyphenated(text: string): string {
  return text.replace(/(?<=\p{L})-\n(\p{L}[^\s]*)([ \t]+|\n|$)/gu, (_m, word: string, after: string) =>
    after === "\n" || after === "" ? `-${word}${after}` : `-${word}\n`,
  );
}
