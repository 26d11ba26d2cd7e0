/**
 * Turning bytes into text, for input files (strict: UTF-8 only) and for documents to audit (lenient: BOMs,
 * UTF-16 and old Windows text are recognised). Pure: runs in Node and in the browser.
 */

/** A place in a text file, 1-based, as a person counts it. */
export interface TextPlace {
  line: number;
  column: number;
}

export type Decoded =
  | { ok: true; text: string; encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252" }
  | ({ ok: false; reason: string } & TextPlace);

const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

/** The line and column of a byte offset in bytes that are UTF-8 up to that offset. */
function placeOfByte(bytes: Uint8Array, offset: number): TextPlace {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (bytes[i] === 0x0a) {
      line++;
      lineStart = i + 1;
    }
  }
  // Columns count characters, not bytes: skip UTF-8 continuation bytes.
  let column = 1;
  for (let i = lineStart; i < offset; i++) if ((bytes[i] & 0xc0) !== 0x80) column++;
  return { line, column };
}

/** The offset of the first byte that is not part of valid UTF-8, or -1. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      min = 0x10000;
    } else return i;
    if (i + need >= bytes.length) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Input files (YAML, Markdown templates, CSV we are told is UTF-8): UTF-8, with or without a BOM. Anything
 * else is refused with the place of the first bad byte, never read as garbage.
 */
export function decodeUtf8Strict(bytes: Uint8Array): Decoded {
  if (looksUtf16(bytes))
    return {
      ok: false,
      line: 1,
      column: 1,
      reason:
        "is saved as UTF-16 — save it again as UTF-8 (in Notepad: Save As, Encoding: UTF-8; in Excel: CSV UTF-8)",
    };
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    const offset = firstInvalidUtf8(bytes);
    const at = placeOfByte(bytes, Math.max(0, offset));
    const byte = bytes[Math.max(0, offset)] ?? 0;
    return {
      ok: false,
      ...at,
      reason: `is not UTF-8 text (byte 0x${byte.toString(16).padStart(2, "0").toUpperCase()} at line ${at.line}, column ${at.column}) — save the file again as UTF-8 (most editors: Save As, Encoding: UTF-8)`,
    };
  }
}

function looksUtf16(bytes: Uint8Array): boolean {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    return true;
  return utf16WithoutBom(bytes) !== undefined;
}

/** UTF-16 without a byte order mark: ASCII text with every other byte zero. */
function utf16WithoutBom(bytes: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return "utf-16le";
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return "utf-16be";
  return undefined;
}

/**
 * Documents to audit: whatever a setting saved. A BOM decides; then UTF-8; then UTF-16 without a BOM; then
 * Windows-1252 (what Word and Notepad wrote for years), unless the bytes hold NULs, which no text has.
 */
export function decodeDocumentBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  const bomless = utf16WithoutBom(bytes);
  if (bomless) return { ok: true, text: new TextDecoder(bomless).decode(bytes), encoding: bomless };
  try {
    return { ok: true, text: utf8.decode(bytes), encoding: "utf-8" };
  } catch {
    // not UTF-8: try the old Windows code page below
  }
  const nul = bytes.indexOf(0);
  if (nul >= 0) {
    const at = placeOfByte(bytes, nul);
    return {
      ok: false,
      ...at,
      reason: "is not a text file (it holds NUL bytes) — save the policy as .docx, .pdf, .md or UTF-8 .txt",
    };
  }
  return { ok: true, text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
}

/** Control characters (but tab, line feed, carriage return), non-characters and unpaired surrogates. */
// biome-ignore lint/complexity/useRegexLiterals: as a literal it would hold the control characters it finds
const DISALLOWED = new RegExp(
  "[\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F\\uFDD0-\\uFDEF\\uFFFE\\uFFFF]|[\\uD800-\\uDBFF](?![\\uDC00-\\uDFFF])|(?<![\\uD800-\\uDBFF])[\\uDC00-\\uDFFF]",
  "g",
);

/**
 * The first character that has no place in a text input: NUL and other control characters (tab, line feed
 * and carriage return are fine), and the non-characters U+FFFE/U+FFFF (and kin) that make XML malformed.
 */
export function firstDisallowedCharacter(
  text: string,
): (TextPlace & { codePoint: number; description: string }) | undefined {
  DISALLOWED.lastIndex = 0;
  const match = DISALLOWED.exec(text);
  if (!match) return undefined;
  const offset = match.index;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const codePoint = text.charCodeAt(offset);
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, "0")}`;
  const description =
    codePoint === 0
      ? `a NUL character (${hex})`
      : codePoint < 0x20 || codePoint === 0x7f
        ? `a control character (${hex})`
        : codePoint >= 0xd800 && codePoint <= 0xdfff
          ? `half of a character pair (${hex})`
          : `the non-character ${hex}`;
  return { line, column: offset - lineStart + 1, codePoint, description };
}

/** The same characters removed, for text that reaches a document from somewhere we do not validate. */
export function withoutDisallowedCharacters(text: string): string {
  return text.replace(DISALLOWED, "");
}
