import { describe, expect, it } from "vitest";
import { BLOCK_CACHE_BYTES, FrozenIds, setBlockCacheBudget } from "../src/render/block-cache.js";

const json = (node: object) => () => JSON.stringify(node);

describe("FrozenIds (short cache keys for frozen blocks)", () => {
  it("gives frozen blocks with the same JSON one id, and blocks with other JSON others", () => {
    const ids = new FrozenIds();
    const a = Object.freeze({ type: "paragraph", text: "Same words" });
    const b = Object.freeze({ type: "paragraph", text: "Same words" });
    const c = Object.freeze({ type: "paragraph", text: "Other words" });
    expect(ids.of(a, json(a))).toMatch(/^#\d+$/);
    expect(ids.of(b, json(b))).toBe(ids.of(a, json(a)));
    expect(ids.of(c, json(c))).not.toBe(ids.of(a, json(a)));
  });

  it("keys an unfrozen block by its JSON, which no id can equal", () => {
    const ids = new FrozenIds();
    const open = { type: "paragraph", text: "A setting's own words" };
    expect(ids.of(open, json(open))).toBe(JSON.stringify(open));
    const frozen = Object.freeze({ ...open });
    expect(ids.of(frozen, json(frozen))).not.toBe(ids.of(open, json(open)));
  });

  it("never gives an id twice, even after it forgets what it knew", () => {
    const ids = new FrozenIds(2);
    const seen = new Map<string, string>();
    for (let i = 0; i < 10; i++) {
      const node = Object.freeze({ type: "paragraph", text: `Block ${i}` });
      const id = ids.of(node, json(node));
      expect(seen.has(id)).toBe(false);
      seen.set(id, JSON.stringify(node));
    }
    // A block met again after the ids were forgotten gets a new id, not another block's old one.
    const again = Object.freeze({ type: "paragraph", text: "Block 0" });
    const id = ids.of(again, json(again));
    expect(seen.get(id) ?? JSON.stringify(again)).toBe(JSON.stringify(again));
  });

  it("remembers fewer texts in a thread given a smaller cache budget (a build's worker)", () => {
    setBlockCacheBudget(BLOCK_CACHE_BYTES / 4);
    try {
      const ids = new FrozenIds(100);
      let most = 0;
      for (let i = 0; i < 300; i++) {
        const node = Object.freeze({ type: "paragraph", text: `A setting's own words ${i}` });
        ids.of(node, json(node));
        most = Math.max(most, ids.size);
      }
      expect(most).toBe(25);
    } finally {
      setBlockCacheBudget(BLOCK_CACHE_BYTES);
    }
  });
});
