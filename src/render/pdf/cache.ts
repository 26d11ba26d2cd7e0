/**
 * The PDF renderer's share of the block cache (src/render/block-cache.ts): top-level blocks laid out for earlier
 * documents, placed again when a later document has the same block at the same height on its page. Widths come
 * from the font files, so the cache starts afresh when other font files are given.
 */
import { BlockCache } from "../block-cache.js";
import { fontData } from "./fonts.js";
import type { LaidBlock } from "./layout.js";

/** The PDF's share of BLOCK_CACHE_BYTES. */
export const PDF_CACHE_BYTES = 32 * 1024 * 1024;

let blocks: { fonts: object; cache: BlockCache<LaidBlock> } | undefined;

/** The laid-out blocks of this thread, for the fonts in use. */
export function laidBlocks(): BlockCache<LaidBlock> {
  const fonts = fontData();
  if (blocks?.fonts !== fonts)
    blocks = { fonts, cache: new BlockCache<LaidBlock>(PDF_CACHE_BYTES, (block) => block.bytes) };
  return blocks.cache;
}

/** Hits and misses so far (tests, the bench). */
export function pdfCacheStats(): { blocks: { hits: number; misses: number } } {
  const { hits, misses } = laidBlocks().stats;
  return { blocks: { hits, misses } };
}
