/**
 * Deflate for the renderers (PDF streams, Word's zip), swappable by the shell. The core's own is fflate's, which
 * runs anywhere; Node hands in its native zlib (useNodePlatform in src/render/platform-node.ts), several times
 * faster. Both write valid streams, but not the same bytes: the CLI's outputs are the Node ones.
 */
import { gzipSync, zlibSync } from "fflate";

export interface Compression {
  /** A zlib stream (RFC 1950), what a PDF's FlateDecode filter reads. Level: zlib's, 6 when not given. */
  zlib(bytes: Uint8Array, level?: number): Uint8Array;
  /** A gzip member (RFC 1952): a zip entry takes its deflate data and CRC-32. */
  gzip(bytes: Uint8Array, level: number): Uint8Array;
}

type Level = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** fflate, in JavaScript: for the browser. */
export const portableCompression: Compression = {
  zlib: (bytes, level = 6) => zlibSync(bytes, { level: level as Level }),
  // mtime 0: no clock in the header (which a zip entry drops anyway).
  gzip: (bytes, level) => gzipSync(bytes, { level: level as Level, mtime: 0 }),
};

let current: Compression = portableCompression;

export function provideCompression(compression: Compression): void {
  current = compression;
}

export function compression(): Compression {
  return current;
}
