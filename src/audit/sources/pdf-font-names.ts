/**
 * A PDF's bold fonts, by their names, for the headings an untagged PDF sets in bold alone (pdf-layout.ts), and how
 * pdf.js is opened so that learning a font's name costs least.
 */
import type { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import type { PdfTextItem } from "./pdf-blocks.js";

/** getDocument's options (the form of its argument that has them). */
type DocumentOptions = Extract<Parameters<typeof getDocument>[0], { ownerDocument?: unknown }>;

/**
 * getDocument's options where there is no document to load fonts into (Node); none in a browser's page. pdf.js
 * there would draw each glyph from its outline, so asking for a page's drawing operators (FontNames) builds the
 * outline of every glyph the page draws — about half of what they cost. Told a font can be loaded instead
 * (disableFontFace: false), it builds none and hands each font over as an @font-face rule, which this document
 * takes and drops: nothing here is ever drawn. The text, and each font's name, are the same either way. Should a
 * pdf.js ask more of the document (or a browser's worker test that the font loaded), the font fails to load and
 * pdf.js builds its outlines after all: slower, never different.
 */
export function fontLoadingOptions(): Pick<DocumentOptions, "disableFontFace" | "ownerDocument"> {
  if ((globalThis as { document?: unknown }).document !== undefined) return {};
  return {
    disableFontFace: false,
    ownerDocument: FONTLESS_DOCUMENT as unknown as DocumentOptions["ownerDocument"],
  };
}

/** What pdf.js's FontLoader uses of a document to add a font's @font-face rule (and remove it on destroy). */
const FONTLESS_DOCUMENT = {
  createElement: () => ({ sheet: { cssRules: [], insertRule: () => 0 }, remove: () => {} }),
  documentElement: { getElementsByTagName: () => [{ append: () => {} }] },
};

/**
 * Which fonts are bold, by their names ("BCDEEE+LiberationSans-Bold"). pdf.js hands a font's name over only with a
 * page's drawing operators (its text gives a font's family alone: "sans-serif"), which cost a good share of the
 * page's text again: they are asked for only on a page where a whole line is set in a font not yet known, which in
 * most files is the first page alone, and cheaply where fonts are not loaded (fontLoadingOptions).
 */
export class FontNames {
  readonly bold = new Set<string>();
  private readonly known = new Set<string>();

  async learn(
    page: {
      getOperatorList(): Promise<unknown>;
      commonObjs: { has(id: string): boolean; get(id: string): unknown };
    },
    text: string,
    items: readonly PdfTextItem[],
  ): Promise<void> {
    if (!mayBeHeadings(text, items).some((font) => !this.known.has(font))) return;
    try {
      await page.getOperatorList();
    } catch {
      // A page whose drawing cannot be read still has its text; its fonts stay unknown (not bold).
    }
    for (const item of items) {
      if (this.known.has(item.font)) continue;
      this.known.add(item.font);
      const font = page.commonObjs.has(item.font) ? page.commonObjs.get(item.font) : undefined;
      const name = font && typeof font === "object" && "name" in font ? String(font.name) : "";
      if (BOLD_FONT.test(name.replace(/^[A-Z]{6}\+/, ""))) this.bold.add(item.font);
    }
  }
}

/**
 * The fonts of the short lines set wholly in one font, at about the page's most common size (up to the size a
 * heading is set at anyway) but not in its most common font: lines that are headings if that font is bold
 * ("1.1 Who we are" in 12 pt bold over an 11 pt body). Only their fonts' names are worth asking for.
 */
function mayBeHeadings(text: string, items: readonly PdfTextItem[]): string[] {
  const chars = new Map<string, number>();
  const sizes = new Map<number, number>();
  for (const item of items) {
    chars.set(item.font, (chars.get(item.font) ?? 0) + item.end - item.start);
    const size = Math.round(item.size * 4) / 4;
    sizes.set(size, (sizes.get(size) ?? 0) + item.end - item.start);
  }
  const most = <K>(counts: Map<K, number>) => [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  const body = { font: most(chars), size: most(sizes) ?? 0 };
  const fonts: string[] = [];
  let first = 0;
  for (let i = 1; i <= items.length; i++) {
    if (i < items.length && !text.slice(items[i - 1].end, items[i].start).includes("\n")) continue;
    const line = items.slice(first, i);
    const font = line[0].font;
    if (
      font !== body.font &&
      line.every(
        (item) => item.font === font && item.size > body.size - 0.5 && item.size < body.size * 1.15,
      ) &&
      line[line.length - 1].end - line[0].start <= 120
    )
      fonts.push(font);
    first = i;
  }
  return fonts;
}

const BOLD_FONT = /bold|black|heavy|semibold|demi|[-,](?:bd|blk)\b/i;
