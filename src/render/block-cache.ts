/**
 * Reuse across settings: most blocks of a filled policy are the same for every setting of a type, so each
 * format keeps its rendering of a block, keyed by the block's content and whatever context changes its output.
 * One cache per format per thread (a worker builds many settings), bounded in bytes, least recently used first out
 * (lru-cache). A renderer given `cache: false` (`policysmith build --no-cache`) neither reads nor fills it, and
 * the bytes it writes must be identical either way (test/render-cache.test.ts).
 */
import { LRUCache } from "lru-cache";

/**
 * What every format's caches may hold together in one thread, at most, unless the thread is given a budget of its
 * own (setBlockCacheBudget). Each cache is made with its share of this figure, and keeps that share of the budget.
 */
export const BLOCK_CACHE_BYTES = 64 * 1024 * 1024;

/** This thread's budget for every BlockCache together; BLOCK_CACHE_BYTES until someone says otherwise. */
let budget = BLOCK_CACHE_BYTES;
/** The caches made in this thread (weakly: a renderer that drops one, for other fonts, lets it go). */
const caches = new Set<WeakRef<{ resize(): void }>>();

/**
 * Sets what this thread's caches may hold together, in bytes: each cache, made or still to be made, keeps its share
 * (its maxBytes ÷ BLOCK_CACHE_BYTES) of it, and a cache that held more lets its least recently used go. One place
 * for every cache's size: a build gives its workers a budget (src/build/build.ts), library use keeps the default.
 */
export function setBlockCacheBudget(bytes: number): void {
  if (!Number.isFinite(bytes) || bytes < 0)
    throw new RangeError(`a cache budget is a number of bytes, not ${bytes}`);
  budget = bytes;
  for (const ref of caches) {
    const cache = ref.deref();
    if (cache) cache.resize();
    else caches.delete(ref);
  }
}

/** What this thread's caches may hold together, in bytes. */
export function blockCacheBudget(): number {
  return budget;
}

/**
 * A limit given as a number of entries (a cache that counts what it keeps rather than weighing it), scaled as every
 * BlockCache's bytes are by the thread's budget: the default limit at the default budget, never below one.
 */
export function scaledLimit(entries: number): number {
  return Math.max(1, Math.floor((entries * budget) / BLOCK_CACHE_BYTES));
}

export interface BlockCacheStats {
  hits: number;
  misses: number;
}

export class BlockCache<V extends {}> {
  private lru: LRUCache<string, V>;
  readonly stats: BlockCacheStats = { hits: 0, misses: 0 };

  /**
   * @param share the cache's share of BLOCK_CACHE_BYTES: what it may hold at the default budget
   * @param sizeOf an estimate of a value's size in bytes (a string's length × 2 is fair)
   */
  constructor(
    private readonly share: number,
    private readonly sizeOf: (value: V, key: string) => number,
  ) {
    this.lru = this.newLru();
    caches.add(new WeakRef(this));
  }

  private newLru(): LRUCache<string, V> {
    const { sizeOf } = this;
    return new LRUCache<string, V>({
      // lru-cache needs a positive size; a budget of 0 keeps nothing but the last block (a value bigger than
      // maxSize is not kept at all).
      maxSize: Math.max(1, Math.floor((this.share * budget) / BLOCK_CACHE_BYTES)),
      sizeCalculation: (value, key) => Math.max(1, Math.ceil(sizeOf(value, key) + key.length * 2)),
    });
  }

  /** Takes this thread's budget (setBlockCacheBudget): the most recently used entries that fit stay. */
  resize(): void {
    const old = this.lru;
    this.lru = this.newLru();
    if (this.lru.maxSize === old.maxSize) {
      this.lru = old;
      return;
    }
    // Least recently used first, so that each set makes its entry the most recent and the order is kept.
    for (const [key, value] of old.rentries()) this.lru.set(key as string, value as V);
  }

  /** What the cache may hold, in bytes (its share of this thread's budget). */
  get maxBytes(): number {
    return this.lru.maxSize;
  }

  /** What the cache holds, in bytes, as sizeOf estimates it (keys included). */
  get bytes(): number {
    return this.lru.calculatedSize;
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

/**
 * Short stand-ins for frozen blocks' JSON in cache keys. A template's fixed blocks are the same frozen objects in
 * every policy (src/template, safe.ts), and a key made of a block's whole JSON (kilobytes for a table) was hashed and
 * compared character by character at every lookup, in every document: a tenth of the layout's time. Each distinct
 * JSON gets `#n`, the same for every frozen block that writes the same JSON; an unfrozen block (a setting's own
 * values) keeps its JSON, which starts with `{` or `[`, never `#`. Ids are never given twice, so two keys are equal
 * only when the JSON is; one instance per kind of key (each caller's JSON is its own).
 */
export class FrozenIds {
  private readonly byNode = new WeakMap<object, string>();
  private readonly byJson = new Map<string, string>();
  private next = 0;

  /**
   * @param limit how many distinct JSON texts to remember before starting afresh (new ids, never old ones), at the
   * default budget; a thread given a smaller one keeps fewer (scaledLimit: a build's worker 5,000). A policy's filled
   * parts are frozen too (src/template/fill.ts), so every setting adds a few texts of a few hundred bytes: at 20,000
   * in each of the two instances a worker's heap grew through a 5,000-setting build (its live heap after collection
   * 62 -> 70 MiB), where a 1,000-setting build's workers never reached it: peak memory grew with the settings.
   */
  constructor(private readonly limit = 20_000) {}

  /** How many JSON texts it remembers (tests). */
  get size(): number {
    return this.byJson.size;
  }

  /** The block's key text: its id when it is frozen, else its JSON. */
  of(node: object, json: () => string): string {
    if (!Object.isFrozen(node)) return json();
    let id = this.byNode.get(node);
    if (id === undefined) {
      const text = json();
      id = this.byJson.get(text);
      if (id === undefined) {
        if (this.byJson.size >= scaledLimit(this.limit)) this.byJson.clear();
        id = `#${this.next++}`;
        this.byJson.set(text, id);
      }
      this.byNode.set(node, id);
    }
    return id;
  }
}
