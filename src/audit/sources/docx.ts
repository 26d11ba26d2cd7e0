/** Word → HTML: mammoth keeps headings, lists, tables and links; html-text.ts reads the rest. */
import mammoth from "mammoth";
import { readZipDirectory, unpackedSizeUpTo } from "../../archive/zip-size.js";
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
 * Then the entries are unpacked in small counted steps (without keeping what they unpack to), in case the
 * sizes lie.
 */
export function checkUnpackedSize(bytes: Uint8Array): void {
  const damaged = (error: unknown) =>
    new Unreadable(
      `its zip structure is damaged (${error instanceof Error ? error.message : String(error)}) — open it in Word and save it again as .docx`,
    );
  let directory: ReturnType<typeof readZipDirectory>;
  try {
    directory = readZipDirectory(bytes);
  } catch (error) {
    throw damaged(error);
  }
  if (directory.largestEntryBytes > MAX_DOCX_ENTRY_BYTES || directory.declaredBytes > MAX_DOCX_UNPACKED_BYTES)
    throw new Unreadable(
      `it unpacks to ${MB(directory.declaredBytes)} or more, far more than the ${MB(MAX_DOCX_UNPACKED_BYTES)} a policy could need — it may be damaged or a "zip bomb"; open it in Word and save it again`,
    );
  let inflated: number;
  try {
    inflated = unpackedSizeUpTo(bytes, MAX_DOCX_UNPACKED_BYTES);
  } catch (error) {
    throw damaged(error);
  }
  if (inflated > MAX_DOCX_UNPACKED_BYTES)
    throw new Unreadable(
      `it unpacks to more than ${MB(MAX_DOCX_UNPACKED_BYTES)}, though its zip directory claims less — it may be damaged or a "zip bomb"; open it in Word and save it again`,
    );
}
