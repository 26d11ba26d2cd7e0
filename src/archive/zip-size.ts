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
  /** Entry names (at most the first 2,000). */
  names: Set<string>;
}

/** The central directory's account of the zip; throws on a zip whose directory cannot be read. */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory {
  const directory: ZipDirectory = { entries: 0, declaredBytes: 0, largestEntryBytes: 0, names: new Set() };
  unzipSync(bytes, {
    filter(entry) {
      directory.entries++;
      directory.declaredBytes += entry.originalSize;
      directory.largestEntryBytes = Math.max(directory.largestEntryBytes, entry.originalSize);
      if (directory.entries <= 2_000) directory.names.add(entry.name);
      return false; // list only: nothing is inflated
    },
  });
  return directory;
}

/**
 * The bytes the entries really unpack to, counted in small steps without keeping them, stopping soon after
 * `limit` (the directory can lie). Throws on damaged data.
 */
export function unpackedSizeUpTo(bytes: Uint8Array, limit: number): number {
  let total = 0;
  const unzip = new Unzip((file) => {
    file.ondata = (error, chunk) => {
      if (error) throw error;
      total += chunk.length;
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  // Small input steps keep each unpacked piece small (deflate expands at most about 1,000 times).
  const step = 16 * 1024;
  for (let i = 0; i < bytes.length && total <= limit; i += step)
    unzip.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  return total;
}
