/**
 * Reuse across settings: most blocks of a filled policy are the same for every setting of a type, so each
 * format keeps its rendering of a block, keyed by the block's content and whatever context changes its output.
 * One cache per format per thread (a worker builds many settings), bounded in bytes, least recently used first out
 * (lru-cache). A renderer given `cache: false` (`policysmith build --no-cache`) neither reads nor fills it, and
 * the bytes it writes must be identical either way (test/render-cache.test.ts).
 */
import { LRUCache } from "lru-cache";

/** What every format's caches may hold together in one thread, at most. */
export const BLOCK_CACHE_BYTES = 64 * 1024 * 1024;

export interface BlockCacheStats {
  hits: number;
  misses: number;
}

export class BlockCache<V extends {}> {
  private readonly lru: LRUCache<string, V>;
  readonly stats: BlockCacheStats = { hits: 0, misses: 0 };

  /**
   * @param maxBytes the cache's share of BLOCK_CACHE_BYTES
   * @param sizeOf an estimate of a value's size in bytes (a string's length × 2 is fair)
   */
  constructor(maxBytes: number, sizeOf: (value: V, key: string) => number) {
    this.lru = new LRUCache<string, V>({
      maxSize: maxBytes,
      sizeCalculation: (value, key) => Math.max(1, Math.ceil(sizeOf(value, key) + key.length * 2)),
    });
  }

  /** The cached value for key, or make it (and keep it, when enabled). */
  get(key: string, make: () => V, enabled = true): V {
    if (!enabled) return make();
    const found = this.lru.get(key);
    if (found !== undefined) {
      this.stats.hits++;
      return found;
    }
    this.stats.misses++;
    const value = make();
    this.lru.set(key, value);
    return value;
  }

  /**
   * The cached value for key, or undefined: for a caller that can only make the value later (docx makes a block's
   * XML with the whole document), and then keeps it with set. Counted as a hit or a miss, as get is; a use, so the
   * value is the last to leave (unlike lru-cache's own peek).
   */
  peek(key: string): V | undefined {
    const found = this.lru.get(key);
    if (found !== undefined) this.stats.hits++;
    else this.stats.misses++;
    return found;
  }

  /** Keeps value under key (after peek missed it): not counted, whatever was there before is replaced. */
  set(key: string, value: V): void {
    this.lru.set(key, value);
  }

  clear(): void {
    this.lru.clear();
  }

  get size(): number {
    return this.lru.size;
  }
}
