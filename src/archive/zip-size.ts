/**
 * How big a zip (a .docx or .xlsx) is once unpacked, found without unpacking it whole, so a "zip bomb" (a few
 * kilobytes that inflate to gigabytes) is refused before a reader library inflates it. Pure: fflate runs in
 * Node and in the browser. Callers word the limits for their own users.
 */
import { Unzip, UnzipInflate, unzipSync } from "fflate";

export interface ZipDirectory {
  /** Entries listed in the zip's central directory. */
  entries: number;
  /** Their unpacked sizes as the directory states them, added up. */
  declaredBytes: number;
  /** The largest one entry states. */
  largestEntryBytes: number;
  /** Entry names (at most the first 2,000), each with the unpacked size the directory states for it. */
  sizes: Map<string, number>;
}

/** The central directory's account of the zip; throws on a zip whose directory cannot be read. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const directory: ZipDirectory = {
    entries: 0,
    declaredBytes: 0,
    largestEntryBytes: 0,
    sizes: new Map(),
  };
  unzipSync(bytes, {
    filter(entry) {
      directory.entries++;
      directory.declaredBytes += entry.originalSize;
      directory.largestEntryBytes = Math.max(directory.largestEntryBytes, entry.originalSize);
      if (directory.entries <= 2_000) directory.sizes.set(entry.name, entry.originalSize);
      return false; // list only: nothing is inflated
    },
  });
  return directory;
}

/**
 * Deflate's greatest expansion: a 258-byte match written in two bits, 1,032 times. Stored entries only copy.
 */
const MAX_DEFLATE_RATIO = 1032;

/**
 * Whether the zip cannot unpack to more than `limit` bytes, whatever its directory says: all its entries together
 * are smaller than its bytes, and none can expand more than deflate's greatest ratio. Such a zip needs no counted
 * unpacking — a reader library that inflates it whole stays within the limit.
 */
export function cannotUnpackPast(bytes: Uint8Array, limit: number): boolean {
  return bytes.length * MAX_DEFLATE_RATIO <= limit;
}

/**
 * The bytes the entries really unpack to, counted in small steps without keeping them, stopping soon after
 * `limit` (the directory can lie). Throws on damaged data.
 */
export function unpackedSizeUpTo(bytes: Uint8Array, limit: number): number {
  return unpackedUpTo(bytes, limit, () => false).total;
}

/**
 * unpackedSizeUpTo, keeping the entries `keep` names as they are unpacked (a reader's XML parts, so they are not
 * unpacked a second time): each whole entry, by the name its own header gives, in `parts`; a name met twice in
 * `repeated`. Only what is counted is kept, so no more than `limit` (and a step) is ever held.
 */
export function unpackedUpTo(
  bytes: Uint8Array,
  limit: number,
  keep: (name: string) => boolean,
): { total: number; parts: Record<string, Uint8Array>; repeated: boolean } {
  let total = 0;
  const parts: Record<string, Uint8Array> = {};
  let repeated = false;
  const unzip = new Unzip((file) => {
    const kept = keep(file.name) ? ([] as Uint8Array[]) : undefined;
    if (kept && Object.hasOwn(parts, file.name)) repeated = true;
    file.ondata = (error, chunk, final) => {
      if (error) throw error;
      total += chunk.length;
      if (!kept) return;
      kept.push(chunk);
      if (final) parts[file.name] = joined(kept);
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Small input steps keep each unpacked piece small (deflate expands at most about 1,000 times).
  const step = 16 * 1024;
  for (let i = 0; i < bytes.length && total <= limit; i += step)
    unzip.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  return { total, parts, repeated };
}

function joined(chunks: Uint8Array[]): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const whole = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    whole.set(chunk, at);
    at += chunk.length;
  }
  return whole;
}
