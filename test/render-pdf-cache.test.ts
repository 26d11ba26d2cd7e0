/**
 * The PDF renderer's reuse: one layout per document object (shared by the Word contents list and the PDF), and
 * blocks laid out for earlier settings reused for later ones — always the same bytes as without the cache.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it, vi } from "vitest";
import { buildProject } from "../src/build/build.js";
import { loadProject } from "../src/data/load-project.js";
import type { PolicyDocument } from "../src/model.js";
import { renderDocx } from "../src/render/docx/index.js";
import { pdfCacheStats } from "../src/render/pdf/cache.js";
import { documentLayout } from "../src/render/pdf/document-layout.js";
import { headingPages } from "../src/render/pdf/heading-pages.js";
import { renderPdf } from "../src/render/pdf/index.js";
import { Layouter } from "../src/render/pdf/layout.js";
import { SAMPLE_MARKDOWN_PATH, sampleDocument } from "./helpers/sample-document.js";

const root = fileURLToPath(new URL("..", import.meta.url));

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

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));
/** The words of a PDF's pages as laid out (text items), in drawing order: what a reader would see. */
const words = (doc: PolicyDocument) =>
  documentLayout(doc, { cache: false })
    .layout.items.flatMap((item) => (item.kind === "text" ? [item.text] : []))
    .join(" ");

describe("laid-out blocks reused across documents", () => {
  const base = readFileSync(SAMPLE_MARKDOWN_PATH, "utf8");

  it("gives the same bytes with and without the cache, and reuses blocks for a second document", async () => {
    await renderPdf(sampleDocument(base));
    const before = { ...pdfCacheStats().blocks };
    const cached = await renderPdf(sampleDocument(base));
    const after = pdfCacheStats().blocks;
    expect(after.hits - before.hits).toBeGreaterThan(0);
    // The second document's blocks all come from the cache: nothing is laid out again.
    expect(after.misses).toBe(before.misses);
    expect(same(cached, await renderPdf(sampleDocument(base), { cache: false }))).toBe(true);
  });

  it("never places one document's words in another whose block differs only in those words", async () => {
    // Two settings' policies that differ only inside one paragraph, in words of the same width.
    const marsh = `${base}\n\nSpeak to Priya Marsh on the day you notice it.\n`;
    const marks = `${base}\n\nSpeak to Priya Marks on the day you notice it.\n`;
    await renderPdf(sampleDocument(marsh));
    const before = { ...pdfCacheStats().blocks };
    const doc = sampleDocument(marks);
    const cached = await renderPdf(doc);
    const after = pdfCacheStats().blocks;
    expect(after.hits - before.hits).toBeGreaterThan(0);
    expect(after.misses - before.misses).toBe(1);
    expect(words(doc)).toContain("Priya Marks on the day");
    expect(words(doc)).not.toContain("Priya Marsh on the day");
    expect(same(cached, await renderPdf(sampleDocument(marks), { cache: false }))).toBe(true);
  });

  it("places a block again only where it starts at the same height: text moved down a line is laid out afresh", async () => {
    const short = base.replace("Police non-emergency: 101.", "Police: 101.");
    const long = base.replace("Police non-emergency: 101.", "Police non-emergency: 101. ".repeat(12).trim());
    await renderPdf(sampleDocument(`${short}\n\n${"A closing paragraph that stays the same. ".repeat(30)}`));
    const text = `${long}\n\n${"A closing paragraph that stays the same. ".repeat(30)}`;
    const cached = await renderPdf(sampleDocument(text));
    expect(same(cached, await renderPdf(sampleDocument(text), { cache: false }))).toBe(true);
  });

  it("warns about a character the font lacks in every document, also when its block comes from the cache", async () => {
    const text = `${base}\n\nA character 漢 the font lacks, and 漢 again.\n\n## Ends here 漢`;
    const first: string[] = [];
    await renderPdf(sampleDocument(text), { onWarning: (m) => first.push(m) });
    const second: string[] = [];
    const before = { ...pdfCacheStats().blocks };
    await renderPdf(sampleDocument(text), { onWarning: (m) => second.push(m) });
    expect(pdfCacheStats().blocks.misses).toBe(before.misses);
    expect(second).toEqual(first);
    expect(second.filter((m) => m.includes("U+6F22"))).toHaveLength(1);
    const uncached: string[] = [];
    await renderPdf(sampleDocument(text), { cache: false, onWarning: (m) => uncached.push(m) });
    expect(uncached).toEqual(first);
  });

  it("writes text's glyph codes for each document's own glyph set, also when an earlier one had other glyphs", async () => {
    // The same words drawn from a subset with other glyphs have other codes: a 'Q' or 'Ż' earlier in the alphabet of
    // a setting's name moves every later glyph's code. Each document, in turn, must match its uncached bytes.
    const texts = [base, `${base}\n\nQuinn Żak (quality lead), ext. 0.`, base, `${base}\n\nJoanna Xu.`];
    for (const text of texts) {
      const cached = await renderPdf(sampleDocument(text));
      expect(same(cached, await renderPdf(sampleDocument(text), { cache: false }))).toBe(true);
    }
  });

  it("gives every example setting's PDFs the same bytes built with and without the cache", async () => {
    const project = await loadProject(root);
    const dirs = [
      mkdtempSync(join(tmpdir(), "policysmith-pdf-cache-")),
      mkdtempSync(join(tmpdir(), "policysmith-pdf-nocache-")),
    ];
    try {
      // One thread: the renderer under test is this source, not a compiled copy in a worker. Cached first, so the
      // cache is warm from the earlier tests and from each setting for the next.
      const cached = await buildProject(project, { formats: ["pdf"], outDir: dirs[0], jobs: 1, force: true });
      const uncached = await buildProject(project, {
        formats: ["pdf"],
        outDir: dirs[1],
        jobs: 1,
        force: true,
        cache: false,
      });
      expect(cached.files.length).toBeGreaterThan(4);
      // Each file's path inside its own output folder (f.path is relative to the project, which may sit anywhere).
      const inside = (dir: string, path: string) => relative(dir, resolve(project.root, path));
      expect(cached.files.map((f) => [inside(dirs[0], f.path), f.sha256])).toEqual(
        uncached.files.map((f) => [inside(dirs[1], f.path), f.sha256]),
      );
    } finally {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    }
  });
});
