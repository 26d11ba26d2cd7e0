/** Word → HTML: mammoth keeps headings, lists, tables and links; html-text.ts reads the rest. */
import { strFromU8, unzipSync } from "fflate";
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
  return html + headersAndFooters(bytes);
}

/**
 * Word's page headers and footers (mammoth reads the body only). A review date is often only there
 * ("Version 3 · Next review: April 2027"), so their paragraphs are added after the body as paragraphs of
 * their own — each different one once, however many pages repeat it and whichever part (first page, odd,
 * even) holds it.
 */
export function headersAndFooters(bytes: Uint8Array): string {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (entry) => /^word\/(?:header|footer)\d*\.xml$/.test(entry.name) });
  } catch {
    return "";
  }
  const names = Object.keys(parts).sort(
    (a, b) => partOrder(a) - partOrder(b) || a.localeCompare(b, "en", { numeric: true }),
  );
  const seen = new Set<string>();
  let html = "";
  for (const name of names) {
    for (const paragraph of paragraphsOf(strFromU8(parts[name]))) {
      const key = paragraph.replace(/\s+/g, " ").trim();
      if (!key || seen.has(key)) continue;
      seen.add(key);
      html += `\n<p>${escapeHtml(key)}</p>`;
    }
  }
  return html;
}

/** Headers before footers. */
function partOrder(name: string): number {
  return name.includes("header") ? 0 : 1;
}

/** The text of each <w:p> in a WordprocessingML part: its <w:t> runs, tabs as spaces; field codes left out. */
function paragraphsOf(xml: string): string[] {
  const paragraphs: string[] = [];
  for (const p of xml.split(/<w:p[\s>]/).slice(1)) {
    let text = "";
    for (const m of p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:(?:tab|br|cr)\b[^>]*\/>/g))
      text += m[1] !== undefined ? m[1] : " ";
    paragraphs.push(decodeXml(text));
  }
  return paragraphs;
}

function decodeXml(text: string): string {
  return text.replace(/&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi, (whole, hex, dec, name) => {
    if (hex || dec) {
      const code = Number.parseInt(hex ?? dec, hex ? 16 : 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" }[String(name).toLowerCase()] ?? whole;
  });
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
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
