/**
 * The renderers take their fonts and deflate from the shell (src/render/pdf/font-files.ts, src/render/compress.ts):
 * without fonts they say so instead of reading files; with the browser's deflate (fflate) they still write
 * documents that open; with Node's (useNodePlatform) they write the CLI's bytes.
 */

import { inflateSync } from "node:zlib";
import { unzipSync } from "fflate";
import { PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { describe, expect, it, vi } from "vitest";
import { sampleDocument } from "./helpers/sample-document.js";

describe("the renderers' fonts and deflate come from the shell", () => {
  it("a PDF or Word document asked for before any fonts were given is an Error that says so", async () => {
    vi.resetModules();
    const { renderPdf } = await import("../src/render/pdf/index.js");
    const { renderDocx } = await import("../src/render/docx/index.js");
    const doc = sampleDocument();
    await expect(renderPdf(doc)).rejects.toThrow(
      /fonts \(DejaVu Sans\) were not provided — call provideFontFiles/,
    );
    await expect(renderDocx(doc)).rejects.toThrow(/were not provided/);
    const { provideFontFiles } = await import("../src/render/pdf/font-files.js");
    expect(() => provideFontFiles({} as never)).toThrow(/"regular" font file is missing/);
  });

  it("with fflate's deflate (the browser's) the PDF and the Word file open, and differ from Node's bytes only in compression", async () => {
    vi.resetModules();
    const { useNodePlatform, nodeFontFiles } = await import("../src/render/platform-node.js");
    useNodePlatform();
    const { renderPdf } = await import("../src/render/pdf/index.js");
    const { renderDocx } = await import("../src/render/docx/index.js");
    const { provideCompression, portableCompression, compression } = await import(
      "../src/render/compress.js"
    );
    const { provideFontFiles } = await import("../src/render/pdf/font-files.js");
    const doc = sampleDocument();
    const nodePdf = await renderPdf(doc);
    const nodeDocx = await renderDocx(doc);
    const node = compression();
    provideCompression(portableCompression);
    provideFontFiles(nodeFontFiles());
    try {
      const pdf = await renderPdf(doc);
      const docx = await renderDocx(doc);
      expect(Buffer.from(pdf).equals(Buffer.from(nodePdf))).toBe(false);
      // Every compressed stream (page contents, font files, structure) inflates to the same bytes as Node's.
      expect(await inflatedStreams(pdf)).toEqual(await inflatedStreams(nodePdf));
      const [x, y] = [unzipSync(docx), unzipSync(nodeDocx)];
      expect(Object.keys(x)).toEqual(Object.keys(y));
      for (const name of Object.keys(x))
        expect(Buffer.from(x[name]).equals(Buffer.from(y[name])), name).toBe(true);
    } finally {
      provideCompression(node);
    }
    expect(Buffer.from(await renderPdf(doc)).equals(Buffer.from(nodePdf))).toBe(true);
  });
});

async function inflatedStreams(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  const streams: string[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects())
    if (object instanceof PDFRawStream && String(object.dict.get(PDFName.of("Filter"))) === "/FlateDecode")
      streams.push(inflateSync(object.contents).toString("base64"));
  expect(streams.length).toBeGreaterThan(5);
  return streams;
}
