/**
 * BlockCache (src/render/block-cache.ts), which the HTML, Word and PDF renderers keep their blocks in: get makes a
 * missing value on the spot; peek and set are for a caller that can only make it later (Word makes a block's XML
 * with the whole document).
 */
import { describe, expect, it } from "vitest";
import { BlockCache } from "../src/render/block-cache.js";

describe("BlockCache", () => {
  it("peek finds what set kept, counting each look as a hit or a miss; set is not counted", () => {
    const cache = new BlockCache<string>(1024, (value) => value.length * 2);
    expect(cache.peek("a")).toBeUndefined();
    expect(cache.stats).toEqual({ hits: 0, misses: 1 });
    cache.set("a", "<p>A</p>");
    expect(cache.stats).toEqual({ hits: 0, misses: 1 });
    expect(cache.peek("a")).toBe("<p>A</p>");
    expect(cache.get("a", () => "made")).toBe("<p>A</p>");
    expect(cache.stats).toEqual({ hits: 2, misses: 1 });
    cache.set("a", "<p>B</p>");
    expect(cache.peek("a")).toBe("<p>B</p>");
    expect(cache.size).toBe(1);
  });

  it("peek is a use: the value peeked at is the last to leave when the cache is full", () => {
    // Room for three values of 100 bytes (key included).
    const cache = new BlockCache<string>(330, () => 98);
    for (const key of ["a", "b", "c"]) cache.set(key, key);
    expect(cache.peek("a")).toBe("a");
    cache.set("d", "d");
    expect(cache.peek("b")).toBeUndefined();
    expect(cache.peek("a")).toBe("a");
    expect(cache.peek("c")).toBe("c");
    expect(cache.peek("d")).toBe("d");
  });
});
