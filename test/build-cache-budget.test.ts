/**
 * Issue 15, peak memory: every block cache of a thread takes its size from one budget (src/render/block-cache.ts,
 * setBlockCacheBudget), and a build gives its worker threads a smaller one than a library caller's default
 * (WORKER_CACHE_BYTES). A cache holds its share of the budget, keeps its most recently used entries when the budget
 * shrinks, and a build whose caches let blocks go all the time writes the same bytes as one without caches.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { PDFDocument } from "pdf-lib";
import { afterEach, describe, expect, it, vi } from "vitest";
// @ts-expect-error: a plain .mjs script (the bench's settings generator), no types
import { generateProject } from "../scripts/generate-settings.mjs";
import { type BuildRequest, buildProject, WORKER_CACHE_BYTES } from "../src/build/build.js";
import buildBatch from "../src/build/worker.js";
import { loadProject } from "../src/data/load-project.js";
import {
  BLOCK_CACHE_BYTES,
  BlockCache,
  blockCacheBudget,
  scaledLimit,
  setBlockCacheBudget,
} from "../src/render/block-cache.js";
import { docxBlockCache } from "../src/render/docx/block-reuse.js";
import { htmlBlockCache } from "../src/render/html.js";
import { laidBlocks } from "../src/render/pdf/cache.js";
import { Fonts } from "../src/render/pdf/fonts.js";
import { breakLines, cachedLineBreaks, type Style } from "../src/render/pdf/lines.js";
import { useNodePlatform } from "../src/render/platform-node.js";

const MiB = 1024 * 1024;

// The build's worker pool, run in this thread: what each batch is given is recorded, and the batch is built by the
// worker's own function (src/build/worker.ts), so a test can see the budget a worker thread would take.
const batches: Array<BuildRequest & { settings: unknown[] }> = [];
vi.mock("piscina", () => ({
  Piscina: class {
    async run(task: BuildRequest & { settings: [] }) {
      batches.push(task);
      return buildBatch(task);
    }
    async destroy() {}
  },
}));

afterEach(() => {
  setBlockCacheBudget(BLOCK_CACHE_BYTES);
  batches.length = 0;
});

/** Every file under dir (relative path → bytes), the manifest left out. */
function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name.startsWith("manifest")) continue;
    const path = join(entry.parentPath, entry.name);
    out.set(path.slice(dir.length + 1), readFileSync(path));
  }
  return out;
}

describe("one budget for every block cache of a thread (issue 15)", () => {
  it("gives each cache its share of the budget, and keeps the most recently used when the budget shrinks", () => {
    expect(blockCacheBudget()).toBe(BLOCK_CACHE_BYTES);
    // A quarter of the default budget, as a renderer asks for its share.
    const cache = new BlockCache<string>(BLOCK_CACHE_BYTES / 4, (value) => value.length * 2);
    expect(cache.maxBytes).toBe(16 * MiB);
    const value = (i: number) => String(i).padEnd(50_000, "x"); // 100,000 bytes, with its key about 100 KB
    for (let i = 0; i < 100; i++) cache.get(`k${i}`, () => value(i));
    expect(cache.size).toBe(100);
    cache.get("k5", () => "made again"); // k5 is now the most recently used
    expect(cache.stats).toEqual({ hits: 1, misses: 100 });

    setBlockCacheBudget(4 * MiB); // a sixteenth: the cache's share is 1 MiB, room for 10 values
    expect(blockCacheBudget()).toBe(4 * MiB);
    expect(cache.maxBytes).toBe(MiB);
    expect(cache.bytes).toBeLessThanOrEqual(MiB);
    expect(cache.size).toBe(10);
    const kept = [5, ...Array.from({ length: 9 }, (_, i) => 91 + i)];
    for (const i of kept) expect(cache.peek(`k${i}`)).toBe(value(i));
    expect(cache.peek("k90")).toBeUndefined();

    // A cache made later takes its share of the budget in force; counted limits scale the same way.
    expect(new BlockCache<string>(BLOCK_CACHE_BYTES / 2, (v) => v.length).maxBytes).toBe(2 * MiB);
    expect(scaledLimit(8000)).toBe(500);

    // Back to the default: room again, and what was kept is still there.
    setBlockCacheBudget(BLOCK_CACHE_BYTES);
    expect(cache.maxBytes).toBe(16 * MiB);
    expect(cache.size).toBe(10);
    expect(cache.peek("k99")).toBe(value(99));
    // Nothing at all: no value fits, none is kept.
    setBlockCacheBudget(0);
    expect(scaledLimit(8000)).toBe(1);
    expect(cache.size).toBe(0);
    expect(() => setBlockCacheBudget(Number.NaN)).toThrow(RangeError);
    expect(() => setBlockCacheBudget(-1)).toThrow(RangeError);
  });

  it("gives a build's workers WORKER_CACHE_BYTES, and leaves the budget of a build in the caller's thread alone", async () => {
    expect(WORKER_CACHE_BYTES).toBeLessThan(BLOCK_CACHE_BYTES);
    const dir = generateProject(4) as string;
    try {
      const project = await loadProject(dir, { settingValues: false });
      const one = await buildProject(project, { formats: ["html"], outDir: join(dir, "one"), jobs: 1 });
      expect(one.written).toBe(8);
      expect(batches).toEqual([]);
      expect(blockCacheBudget()).toBe(BLOCK_CACHE_BYTES);

      const pooled = await buildProject(project, { formats: ["html"], outDir: join(dir, "pool"), jobs: 2 });
      expect(pooled.written).toBe(8);
      expect(batches.length).toBeGreaterThan(1);
      for (const batch of batches) expect(batch.cacheBytes).toBe(WORKER_CACHE_BYTES);
      // The worker's function took the budget (here, in this thread, where the stand-in pool ran it).
      expect(blockCacheBudget()).toBe(WORKER_CACHE_BYTES);
      expect(htmlBlockCache.maxBytes).toBe((8 * MiB * WORKER_CACHE_BYTES) / BLOCK_CACHE_BYTES);
      expect(filesOf(join(dir, "pool"))).toEqual(filesOf(join(dir, "one")));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it("writes the same bytes with caches that keep almost nothing as with none (--no-cache)", async () => {
    const dir = generateProject(6) as string;
    try {
      const project = await loadProject(dir);
      const formats = ["docx", "pdf", "html"] as const;
      const uncached = await buildProject(project, {
        formats,
        outDir: join(dir, "uncached"),
        jobs: 1,
        cache: false,
      });
      // Let the worker's timers run between the two builds (each settles through promises alone): a fresh clone's
      // run at load 10 held this loop 32 s, and vitest's progress RPC gives up at 60 s.
      await new Promise((resolve) => setImmediate(resolve));
      // 1.5 MiB for every cache together: each keeps some of the blocks the policies share, and lets others go. (3 MiB
      // was small enough until a frozen block's key became a short id: the PDF's then kept every block it met.)
      setBlockCacheBudget(1.5 * MiB);
      const caches = [docxBlockCache, laidBlocks(), htmlBlockCache];
      for (const cache of caches) cache.clear();
      const before = caches.map((cache) => ({ ...cache.stats }));
      const cached = await buildProject(project, { formats, outDir: join(dir, "cached"), jobs: 1 });
      expect(cached.written).toBe(uncached.written);
      expect(cached.written).toBe(36);
      for (const [i, cache] of caches.entries()) {
        const hits = cache.stats.hits - before[i].hits;
        const misses = cache.stats.misses - before[i].misses;
        // Blocks were reused, and more were made than the cache holds: it let some go.
        expect(hits, `cache ${i}`).toBeGreaterThan(0);
        expect(misses, `cache ${i}`).toBeGreaterThan(cache.size);
        expect(cache.bytes, `cache ${i}`).toBeLessThanOrEqual(cache.maxBytes);
        expect(cache.maxBytes, `cache ${i}`).toBeLessThanOrEqual(2 * MiB);
      }
      const expected = filesOf(join(dir, "uncached"));
      expect(expected.size).toBe(36);
      expect(filesOf(join(dir, "cached"))).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);

  it("keeps the PDF's line breaks and glyph codes within the thread's budget too, with the same codes", async () => {
    // Two caches the PDF renderer counts rather than weighs: a text's lines at a width, and a text's glyph codes for
    // a glyph set. Each gains every setting's own texts (names, addresses), so without the budget's limit they grew
    // with the number of settings a worker built.
    useNodePlatform();
    setBlockCacheBudget(4 * MiB); // a sixteenth of the default
    const style: Style = { font: "regular", size: 11, color: [0, 0, 0] };
    const measuring = Fonts.measuring();
    const texts = Array.from(
      { length: 1200 },
      (_, i) => `Ask Rowan Ashdown-${i} at Hollowmere Lodge ${i * 7}`,
    );
    const lines = texts.map((text) => breakLines([{ text, style }], 200, measuring, 11));
    expect(cachedLineBreaks()).toBe(scaledLimit(8000)); // 500: the most recently used
    // The last text's lines are kept (the very same lines again), the first text's were let go (made again).
    expect(breakLines([{ text: texts[1199], style }], 200, measuring, 11)).toBe(lines[1199]);
    const again = breakLines([{ text: texts[0], style }], 200, measuring, 11);
    expect(again).not.toBe(lines[0]);
    expect(again).toEqual(lines[0]);
    expect(cachedLineBreaks()).toBe(500);

    const glyphs = texts.join(" ");
    const cached = await Fonts.embed(await PDFDocument.create());
    const uncached = await Fonts.embed(await PDFDocument.create(), false);
    for (const fonts of [cached, uncached]) fonts.includeInOrder([{ font: "regular", text: glyphs }]);
    let most = 0;
    for (const text of texts) {
      expect(cached.literal(text, "regular")).toBe(uncached.literal(text, "regular"));
      most = Math.max(most, cached.literalsKept());
    }
    expect(uncached.literalsKept()).toBe(0);
    expect(most).toBe(scaledLimit(8000)); // 500, then the set starts again
    expect(cached.literalsKept()).toBe(200);
    // A text met again is read from the set: the same codes as a document that keeps none.
    expect(cached.literal(texts[1199], "regular")).toBe(uncached.literal(texts[1199], "regular"));
    expect(cached.literalsKept()).toBe(200);
  });
});
