/** `--shard i/n`: a stable subset of settings by a hash of their id, so n CI jobs build everything once. */
import { createHash } from "node:crypto";
import { UsageError } from "../errors.js";

export interface Shard {
  index: number; // 1-based
  count: number;
}

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || index < 1 || index > count)
    throw new UsageError(`--shard "${text}" is not a shard — write i/n with 1 ≤ i ≤ n, e.g. --shard 2/4`);
  return { index, count };
}

export function inShard(settingId: string, shard: Shard | undefined): boolean {
  if (!shard || shard.count === 1) return true;
  const hash = createHash("sha256").update(settingId).digest();
  return (hash.readUInt32BE(0) % shard.count) + 1 === shard.index;
}
