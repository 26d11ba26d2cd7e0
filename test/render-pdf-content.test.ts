/**
 * Page content streams (src/render/pdf/content.ts): text is shown as glyph ids, two bytes each, in literal strings,
 * and the font and fill colour are set only when they change. Read back, every piece of text must still be what
 * was laid out, in the font, size and colour it was laid out in.
 */
import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { PDFArray, PDFDocument, PDFName, PDFRawStream, type PDFRef } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { pdfToText } from "../src/audit/sources/pdf.js";
import { FONT_RESOURCES } from "../src/render/pdf/content.js";
import { documentLayout } from "../src/render/pdf/document-layout.js";
import { renderPdf } from "../src/render/pdf/index.js";
import { SAMPLE_MARKDOWN_PATH, sampleDocument } from "./helpers/sample-document.js";

/** Each page's content, inflated, one character a byte. */
async function pageContents(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  return pdf.getPages().map((page) => {
    // A page's streams are read as one.
    const contents = page.node.Contents();
    const refs = contents instanceof PDFArray ? contents.asArray() : [page.node.get(PDFName.of("Contents"))];
    return refs
      .map((ref) => {
        const stream = pdf.context.lookup(ref as PDFRef);
        expect(stream).toBeInstanceOf(PDFRawStream);
        return Buffer.from(inflateSync((stream as PDFRawStream).contents)).toString("latin1");
      })
      .join("\n");
  });
}

describe("PDF page content", () => {
  it("reads back text whose glyph ids are the bytes a literal string escapes: ( ) \\ and a carriage return", async () => {
    // Glyph ids are given in code point order from 1: a hundred and more characters of one font reach 13 (a
    // carriage return), 40 and 41 (the parentheses) and 92 (the backslash).
    const chars: string[] = [];
    for (let cp = 0x21; cp <= 0x7e; cp++) chars.push(String.fromCodePoint(cp));
    for (let cp = 0xc0; cp <= 0xff; cp++) chars.push(String.fromCodePoint(cp));
    const words: string[] = [];
    for (let i = 0; i < chars.length; i += 8) words.push(chars.slice(i, i + 8).join(""));
    const doc = sampleDocument("# Characters\n\nplaceholder\n");
    doc.tree.children = [
      { type: "paragraph", children: [{ type: "text", value: words.join(" ") }] },
    ] as typeof doc.tree.children;
    const bytes = await renderPdf(doc, { cache: false });
    const [content] = await pageContents(bytes);
    for (const escaped of ["\\(", "\\)", "\\\\", "\\r"]) expect(content).toContain(escaped);
    const text = (await pdfToText(bytes)).replace(/\s+/g, "");
    expect(text).toContain(chars.join(""));
  });

  it("shows every text in the font, size and colour it was laid out in, though each is set only when it changes", async () => {
    // A table's header row is filled (rg) right after text of the colour its cells have.
    const base = readFileSync(SAMPLE_MARKDOWN_PATH, "utf8");
    const doc = sampleDocument(
      `${base}\n\nWords just before a table.\n\n| Name | Role |\n| --- | --- |\n| Priya | Lead |\n`,
    );
    const bytes = await renderPdf(doc);
    const { layout } = documentLayout(doc);
    const pages = await pageContents(bytes);
    expect(pages).toHaveLength(layout.pages);
    const resource = FONT_RESOURCES;
    const round = (value: number) => Math.round(value * 100) / 100;
    const grey = [0.35, 0.35, 0.35];
    let settings = 0;
    let texts = 0;
    pages.forEach((content, page) => {
      // What was laid out on this page, in drawing order, then the running header and footer.
      const expected: string[] = [];
      for (const item of layout.items) {
        if (item.page !== page) continue;
        if (item.kind === "text" && item.text)
          expected.push(`${resource[item.font]} ${round(item.size)} ${item.color.map(round).join(" ")}`);
        else if (item.kind === "pageref" && layout.destinations.has(item.target))
          expected.push(`${resource.regular} ${round(item.size)} 0.1 0.1 0.1`);
      }
      for (let i = 0; i < 3; i++) expected.push(`${resource.regular} 8.5 ${grey.join(" ")}`);
      // What a reader draws: the font and fill colour in force at each text object.
      const shown: string[] = [];
      let font = "";
      let fill = "";
      for (const [, rect, object] of content.matchAll(
        /(\S+ \S+ \S+) rg \S+ \S+ \S+ \S+ re f|BT (.*?) Tj ET/gs,
      )) {
        if (rect !== undefined) {
          fill = rect;
          continue;
        }
        const tf = /^\/(F\d) (\S+) Tf /.exec(object);
        if (tf) {
          font = `${tf[1]} ${Number(tf[2])}`;
          settings++;
        }
        const rg = /(?:^|Tf )(\S+ \S+ \S+) rg /.exec(object);
        if (rg) fill = rg[1];
        shown.push(`${font} ${fill.split(" ").map(Number).join(" ")}`);
        texts++;
      }
      expect(shown).toEqual(expected);
    });
    // The font is set for far fewer text objects than there are.
    expect(settings).toBeLessThan(texts / 2);
  });
});
