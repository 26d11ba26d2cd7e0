/** Word → HTML: mammoth keeps headings, lists, tables and links; html-text.ts reads the rest. */
import { Unzip, UnzipInflate } from "fflate";
import mammoth from "mammoth";
import { Unreadable } from "./unreadable.js";

export async function docxToHtml(bytes: Buffer): Promise<string> {
  if (bytes.subarray(0, 4).toString("latin1") !== "PK\u0003\u0004") {
    if (bytes.subarray(0, 8).toString("hex") === "d0cf11e0a1b11ae1")
      throw new Unreadable(
        "it is an old .doc file or a password-protected Word file — save it as .docx (Word: File › Save As › Word Document) without a password",
      );
    throw new Unreadable(
      "it is not a Word .docx file (it is not a zip archive) — open it in Word and save it as .docx",
    );
  }
  checkUnpackedSize(bytes);
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    throw new Unreadable(
      `Word could not read it (${error instanceof Error ? error.message.split("\n")[0] : String(error)}) — open it in Word and save it again as .docx`,
    );
  }
  return html;
}

/** No part of a real policy unpacks to more than this; a Word document with many photos stays well below. */
export const MAX_DOCX_ENTRY_BYTES = 100 * 1024 * 1024;
export const MAX_DOCX_UNPACKED_BYTES = 150 * 1024 * 1024;

const MB = (n: number) => `${Math.ceil(n / 1024 / 1024)} MB`;

/**
 * A "zip bomb" (a few kilobytes that inflate to gigabytes) is caught before anything is inflated: the zip's
 * central directory states every entry's unpacked size, and each and their total must stay under the limits.
 * A directory that cannot be read, or sizes in ZIP64 form (only needed past 4 GB), count as too large. Then
 * the entries are unpacked in small counted steps (without keeping what they unpack to), in case the sizes lie.
 */
export function checkUnpackedSize(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const damaged = () =>
    new Unreadable(
      "its zip structure is damaged (no readable list of contents) — open it in Word and save it again as .docx",
    );
  // The end-of-central-directory record: in the last 22 bytes, or before a comment of up to 64 KB.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw damaged();
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw damaged();
    const unpacked = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const size = unpacked === 0xffffffff ? Number.POSITIVE_INFINITY : unpacked;
    total += size;
    if (size > MAX_DOCX_ENTRY_BYTES || total > MAX_DOCX_UNPACKED_BYTES)
      throw new Unreadable(
        `it unpacks to ${Number.isFinite(total) ? MB(total) : "more than 4 GB"} or more, far more than the ${MB(MAX_DOCX_UNPACKED_BYTES)} a policy could need — it may be damaged or a "zip bomb"; open it in Word and save it again`,
      );
    at += 46 + nameLength + extraLength + commentLength;
  }
  // The directory can lie: unpack for real, in small steps, counting, and stop soon after the limit.
  let inflated = 0;
  try {
    const unzip = new Unzip((file) => {
      file.ondata = (error, chunk) => {
        if (error) throw error;
        inflated += chunk.length;
      };
      file.start();
    });
    unzip.register(UnzipInflate);
    // Small input steps keep each unpacked piece small (deflate expands at most about 1,000 times).
    const step = 16 * 1024;
    for (let i = 0; i < bytes.length && inflated <= MAX_DOCX_UNPACKED_BYTES; i += step)
      unzip.push(bytes.subarray(i, i + step), i + step >= bytes.length);
  } catch (error) {
    throw new Unreadable(
      `its zip structure is damaged (${error instanceof Error ? error.message : String(error)}) — open it in Word and save it again as .docx`,
    );
  }
  if (inflated > MAX_DOCX_UNPACKED_BYTES)
    throw new Unreadable(
      `it unpacks to more than ${MB(MAX_DOCX_UNPACKED_BYTES)}, though its zip directory claims less — it may be damaged or a "zip bomb"; open it in Word and save it again`,
    );
}
