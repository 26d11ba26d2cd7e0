/**
 * The PDF renderer's reuse: one layout per document object (shared by the Word contents list and the PDF), and
 * blocks laid out for earlier settings reused for later ones — always the same bytes as without the cache.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { renderDocx } from "../src/render/docx/index.js";
import { headingPages } from "../src/render/pdf/heading-pages.js";
import { renderPdf } from "../src/render/pdf/index.js";
import { Layouter } from "../src/render/pdf/layout.js";
import { sampleDocument } from "./helpers/sample-document.js";

afterEach(() => {
  vi.restoreAllMocks();
});

describe("one layout per document object", () => {
  it("lays a document out once when it is rendered as Word (contents page numbers) and then as PDF", async () => {
    const run = vi.spyOn(Layouter.prototype, "run");
    const doc = sampleDocument();
    expect(doc.tree.children.some((node) => node.type === "toc")).toBe(true);
    await renderDocx(doc);
    expect(run).toHaveBeenCalledTimes(1);
    await headingPages(doc);
    await renderPdf(doc);
    await renderPdf(doc, { cache: false });
    expect(run).toHaveBeenCalledTimes(1);
    // A new document object (the next setting) is laid out afresh, even with the same content.
    await renderPdf(sampleDocument());
    expect(run).toHaveBeenCalledTimes(2);
  });
});
