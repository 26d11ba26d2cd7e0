/**
 * The PDF file written by src/render/pdf/pdf-file.ts is the file pdf-lib's save writes for the same objects, and a
 * policy's pages, written as text by the renderer, are what pdf-lib reads as its pages.
 */
import { PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef, rgb } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { renderPdf } from "../src/render/pdf/index.js";
import { PAGE } from "../src/render/pdf/layout.js";
import { pdfFile } from "../src/render/pdf/pdf-file.js";
import { PDFText, pdfDict } from "../src/render/pdf/pdf-text.js";
import { sampleDocument } from "./helpers/sample-document.js";

describe("the PDF file", () => {
  it("is byte for byte what pdf-lib's save writes without object streams", async () => {
    const pdf = await PDFDocument.create({ updateMetadata: false });
    // Pages made by pdf-lib (dictionaries and content streams of its own), an object written as text, a raw
    // stream, and object numbers taken but never used, so the cross-reference table has several subsections.
    pdf
      .addPage([PAGE.width, PAGE.height])
      .drawRectangle({ x: 10, y: 10, width: 50, height: 20, color: rgb(1, 0, 0) });
    pdf.context.nextRef();
    pdf.context.nextRef();
    const text = pdf.context.register(
      new PDFText(
        pdfDict([
          ["Type", "/Example"],
          ["Count", "3"],
        ]),
      ),
    );
    pdf.catalog.set(PDFName.of("Example"), text);
    pdf.context.nextRef();
    const stream = pdf.context.register(
      pdf.context.stream(new Uint8Array([0, 1, 2, 0x81, 0xff, 10, 13]), {}),
    );
    pdf.catalog.set(PDFName.of("Stream"), stream);
    pdf.addPage([200, 300]);
    pdf.setTitle("Café — ünïcode (title)");
    pdf.setLanguage("en-GB");
    pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of("00ff"), PDFHexString.of("00ff")]);
    await pdf.flush();
    const ours = pdfFile(pdf.context);
    const theirs = await pdf.save({ useObjectStreams: false, addDefaultPage: false });
    expect(Buffer.from(ours).toString("latin1")).toBe(Buffer.from(theirs).toString("latin1"));
  });

  it("holds a policy's pages as pdf-lib reads them: size, fonts, contents, links and structure keys", async () => {
    const bytes = await renderPdf(sampleDocument());
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    const pages = pdf.getPages();
    expect(pages.length).toBeGreaterThan(1);
    let links = 0;
    pages.forEach((page, i) => {
      expect(page.getSize()).toEqual({ width: PAGE.width, height: PAGE.height });
      const fonts = page.node.Resources()?.lookup(PDFName.of("Font"), PDFDict);
      expect(fonts?.keys().map(String)).toEqual(["/F1", "/F2", "/F3", "/F4", "/F5"]);
      expect(page.node.Contents()).toBeDefined();
      expect(page.node.get(PDFName.of("StructParents"))).toEqual(PDFNumber.of(i));
      expect(page.node.get(PDFName.of("Tabs"))).toBe(PDFName.of("S"));
      expect(page.node.Parent()).toBe(pdf.catalog.Pages());
      links += page.node.Annots()?.size() ?? 0;
    });
    expect(links).toBeGreaterThan(0);
    // Every page the tree names is an object of the file.
    for (const page of pages) expect(pdf.context.lookup(page.ref)).toBeInstanceOf(PDFDict);
    expect(pages.every((page) => page.ref instanceof PDFRef)).toBe(true);
  });
});
