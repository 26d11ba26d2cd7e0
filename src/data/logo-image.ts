/**
 * A logo image's bytes checked before anything decodes them: the kind is read from the first bytes (not the
 * name), the pixel size from the header (a 30000 × 30000 image is a few kilobytes on disk and gigabytes once
 * decoded), and the structure walked to the end so a file cut short is refused here rather than left to hang a
 * renderer. Pure: the Node loader (logo.ts) reads the file, a browser hands in the bytes the user chose.
 */
import { Unzlib } from "fflate";

export const MAX_LOGO_BYTES = 5 * 1024 * 1024;
export const MAX_LOGO_SIDE = 10_000;
export const MAX_LOGO_PIXELS = 40_000_000;

export type CheckedLogo =
  | { ok: true; type: "png" | "jpg"; width: number; height: number }
  | { ok: false; message: string };

export async function checkLogoBytes(bytes: Uint8Array): Promise<CheckedLogo> {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return checkPng(bytes);
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return checkJpeg(bytes);
  return {
    ok: false,
    message: `is not a PNG or JPEG image${kindOf(bytes)} — save the logo as PNG or JPEG`,
  };
}

function kindOf(bytes: Uint8Array): string {
  if (bytes.length === 0) return " (the file is empty)";
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38])) return " (it is a GIF)";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46])) return " (it is a WebP or other RIFF file)";
  if (startsWith(bytes, [0x3c])) return " (it looks like SVG or other text)";
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return " (it is a PDF)";
  return "";
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function sizeProblem(width: number, height: number): string | undefined {
  if (width === 0 || height === 0)
    return "is damaged (its header says it is 0 pixels across) — save the logo again";
  if (width > MAX_LOGO_SIDE || height > MAX_LOGO_SIDE || width * height > MAX_LOGO_PIXELS)
    return `is ${width} × ${height} pixels, too large to put in a policy (at most ${MAX_LOGO_SIDE} pixels a side and ${MAX_LOGO_PIXELS / 1_000_000} million pixels) — save a smaller copy, a few hundred pixels across`;
  return undefined;
}

const CUT_SHORT =
  "is cut short or damaged (its data ends before the image does) — save or export the logo again";

const PNG_CHANNELS: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

async function checkPng(bytes: Uint8Array): Promise<CheckedLogo> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let offset = 8;
  let header: { width: number; height: number; depth: number; color: number; interlace: number } | undefined;
  const data: Uint8Array[] = [];
  let ended = false;
  while (offset + 8 <= bytes.length) {
    const length = view.getUint32(offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    if (length > bytes.length - offset - 12) return { ok: false, message: CUT_SHORT };
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    if (crc32(bytes.subarray(offset + 4, offset + 8 + length)) !== view.getUint32(offset + 8 + length))
      return {
        ok: false,
        message: "is damaged (a checksum inside the PNG is wrong) — save or export the logo again",
      };
    if (!header) {
      if (type !== "IHDR" || length !== 13)
        return { ok: false, message: "is damaged (it has no PNG header) — save or export the logo again" };
      header = {
        width: view.getUint32(offset + 8),
        height: view.getUint32(offset + 12),
        depth: body[8] as number,
        color: body[9] as number,
        interlace: body[12] as number,
      };
      const tooBig = sizeProblem(header.width, header.height);
      if (tooBig) return { ok: false, message: tooBig };
      const channels = PNG_CHANNELS[header.color];
      if (channels === undefined || ![1, 2, 4, 8, 16].includes(header.depth) || header.interlace > 1)
        return {
          ok: false,
          message: "is damaged (its PNG header is not valid) — save or export the logo again",
        };
    } else if (type === "IDAT") data.push(body);
    else if (type === "IEND") {
      ended = true;
      break;
    }
    offset += 12 + length;
  }
  if (!header || !ended || data.length === 0) return { ok: false, message: CUT_SHORT };
  // The image data must unpack to exactly the size the header promises: counted, not kept.
  const expected = pngDataSize(
    header.width,
    header.height,
    header.depth * (PNG_CHANNELS[header.color] as number),
    header.interlace === 1,
  );
  const unpacked = await inflatedSize(data, expected);
  if (unpacked !== expected)
    return {
      ok: false,
      message:
        "is cut short or damaged (its image data does not match the size in its header) — save or export the logo again",
    };
  return { ok: true, type: "png", width: header.width, height: header.height };
}

function pngDataSize(width: number, height: number, bitsPerPixel: number, interlaced: boolean): number {
  const rows = (w: number, h: number) =>
    w === 0 || h === 0 ? 0 : h * (1 + Math.ceil((w * bitsPerPixel) / 8));
  if (!interlaced) return rows(width, height);
  const passes = [
    [0, 0, 8, 8],
    [4, 0, 8, 8],
    [0, 4, 4, 8],
    [2, 0, 4, 4],
    [0, 2, 2, 4],
    [1, 0, 2, 2],
    [0, 1, 1, 2],
  ] as const;
  let total = 0;
  for (const [x0, y0, dx, dy] of passes)
    total += rows(Math.ceil((width - x0) / dx), Math.ceil((height - y0) / dy));
  return total;
}

/**
 * How many bytes the zlib stream unpacks to, stopping (−1) at the first byte past `limit` or a damaged stream
 * (its Adler-32 checksum included, as zlib checks it).
 */
async function inflatedSize(parts: Uint8Array[], limit: number): Promise<number> {
  let size = 0;
  let a = 1;
  let b = 0;
  const tooLarge = new Error("past the limit");
  const inflate = new Unzlib((chunk) => {
    size += chunk.length;
    if (size > limit) throw tooLarge;
    for (let i = 0; i < chunk.length; ) {
      // Sums stay below 2^53 for 5552 bytes between reductions (zlib's NMAX).
      const end = Math.min(chunk.length, i + 5552);
      for (; i < end; i++) {
        a += chunk[i] as number;
        b += a;
      }
      a %= 65521;
      b %= 65521;
    }
  });
  const stream = concat(parts);
  try {
    inflate.push(stream, true);
  } catch {
    return -1;
  }
  if (stream.length < 6) return -1;
  const stored = new DataView(stream.buffer, stream.byteOffset, stream.byteLength).getUint32(
    stream.length - 4,
  );
  return stored === ((b << 16) | a) >>> 0 ? size : -1;
}

function concat(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((sum, p) => sum + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309), as a PNG chunk carries it. */
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++)
    c = (CRC_TABLE[(c ^ (bytes[i] as number)) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function checkJpeg(bytes: Uint8Array): CheckedLogo {
  let offset = 2;
  let size: { width: number; height: number } | undefined;
  while (offset < bytes.length) {
    if (bytes[offset] !== 0xff) return { ok: false, message: CUT_SHORT };
    while (bytes[offset] === 0xff) offset++;
    const marker = bytes[offset];
    offset++;
    if (marker === undefined) break;
    if (marker === 0xd9) {
      if (!size) break;
      return { ok: true, type: "jpg", ...size };
    }
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) continue;
    if (offset + 2 > bytes.length) break;
    const length = ((bytes[offset] as number) << 8) | (bytes[offset + 1] as number);
    if (length < 2 || offset + length > bytes.length) break;
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      const height = ((bytes[offset + 3] as number) << 8) | (bytes[offset + 4] as number);
      const width = ((bytes[offset + 5] as number) << 8) | (bytes[offset + 6] as number);
      const components = bytes[offset + 7] as number;
      if (length < 8 || length !== 8 + 3 * components || ![1, 3, 4].includes(components))
        return {
          ok: false,
          message: "is damaged (its JPEG header is not valid) — save or export the logo again",
        };
      const tooBig = sizeProblem(width, height);
      if (tooBig) return { ok: false, message: tooBig };
      size = { width, height };
    }
    offset += length;
    if (marker === 0xda) {
      if (!size)
        return {
          ok: false,
          message: "is damaged (its JPEG header is missing) — save or export the logo again",
        };
      // Image data runs to the next marker that is not a stuffed 0xFF00 or a restart marker.
      while (offset + 1 < bytes.length) {
        const next = bytes[offset + 1] as number;
        if (bytes[offset] === 0xff && next !== 0 && !(next >= 0xd0 && next <= 0xd7) && next !== 0xff) break;
        offset++;
      }
      if (offset + 1 >= bytes.length) break;
    }
  }
  return { ok: false, message: CUT_SHORT };
}
