/**
 * Word → HTML: mammoth keeps headings, lists, tables and links; html-text.ts reads the rest. Before mammoth
 * reads it, document.xml gets Word's automatic numbers written in (docx-numbering.ts), and after the body come
 * the page headers and footers.
 *
 * Conventions of the HTML made here (html-text.ts and the rules may rely on them):
 * - Page headers and footers are appended after the body, one `<p data-region="header">` or
 *   `<p data-region="footer">` per different paragraph (`<table data-region="…">` for a table in them), so a
 *   finding there can say "page header"/"page footer".
 *   Page-number and date fields in them (PAGE, NUMPAGES, DATE…) are left out: their text is not the policy's.
 * - Numbered headings and numbered sections carry Word's number as text: `<h1>6. Recognition of harm</h1>`,
 *   `<p>6.2 Staff must…</p>`; ordinary numbered and bulleted lists stay `<ol>`/`<ul>`.
 * - Tracked changes read as Word's final view: deletions (w:del, w:moveFrom) are left out, insertions (w:ins,
 *   w:moveTo) are read.
 * - Bookmarks are `<a id="NAME"></a>`, links to them `<a href="#NAME">` (Word's TOC: `#_Toc…`); a contents
 *   entry made by Word's TOC field is one `<p>` reading "6. Recognition of harm 7" (number, title, page).
 * - Word's own error texts ("Error! Bookmark not defined.") stay in the text.
 * - Hidden text (w:vanish) is left out, as Word neither shows nor prints it.
 * - Spaces typed in a row (a gap left for a name) keep all but the first as non-breaking spaces.
 * - Word's Title style is a heading: `<h1>`.
 * - Pictures are `<img>` without their data (nothing reads them; embedding them was most of the time spent).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
// Before mammoth: it takes its style reader from there when it first loads (mammoth-styles.ts).
import "./mammoth-styles.js";
import mammoth from "mammoth";
import { cannotUnpackPast, readZipDirectory, unpackedUpTo } from "../../archive/zip-size.js";
import { numberDocument, readNumbering } from "./docx-numbering.js";
import { Unreadable } from "./unreadable.js";

export async function docxToHtml(bytes: Uint8Array): Promise<string> {
  return (await readDocx(bytes)).html;
}

/** The Word file as HTML (see above), and the page count it was saved with, when it says one. */
export async function readDocx(bytes: Uint8Array): Promise<{ html: string; pageCount?: number }> {
  const head = Array.from(bytes.subarray(0, 8), (b) => b.toString(16).padStart(2, "0")).join("");
  if (!head.startsWith("504b0304")) {
    if (head === "d0cf11e0a1b11ae1")
      throw new Unreadable(
        "it is an old .doc file or a password-protected Word file — save it as .docx (Word: File › Save As › Word Document) without a password",
      );
    throw new Unreadable(
      "it is not a Word .docx file (it is not a zip archive) — open it in Word and save it as .docx",
    );
  }
  // The XML parts only: pictures, fonts and embedded files are never read. Those the size check unpacked are
  // taken as it kept them; the zip is read again only when they are not exactly the parts its directory lists.
  const checked = checkUnpackedSize(bytes);
  let parts = checked;
  if (!parts) {
    try {
      parts = unzipSync(bytes, { filter: (entry) => XML_PART.test(entry.name) });
    } catch (error) {
      throw damagedZip(error);
    }
  }
  const mainPath = mainDocumentPath(parts);
  let input: Uint8Array = bytes;
  if (parts[mainPath]) {
    const related = relatedParts(parts, mainPath);
    const numbering = readNumbering(
      related.numbering && parts[related.numbering] ? strFromU8(parts[related.numbering]) : undefined,
      related.styles && parts[related.styles] ? strFromU8(parts[related.styles]) : undefined,
    );
    const original = strFromU8(parts[mainPath]);
    const numbered = keepSpaceRuns(withoutHiddenText(numberDocument(original, numbering).xml));
    // Packed again, stored, not compressed, from the parts already unpacked: mammoth then reads them at once
    // instead of inflating the file a second time with its own slower unzip (a quarter of a Word file's reading
    // time on the bench sample). Pictures, fonts and embedded files are left out: nothing reads them. Unchanged
    // parts are packed again only when the size check kept them, so unpacked to the sizes the zip records: a file
    // whose parts do not is read as it is, and mammoth's unzip says it is damaged.
    if (numbered !== original || checked)
      input = zipSync(
        { ...parts, [mainPath]: numbered === original ? parts[mainPath] : strToU8(numbered) },
        { level: 0 },
      );
  }
  let html: string;
  try {
    html = (
      await mammoth.convertToHtml(
        // `buffer` is what mammoth reads in Node, `arrayBuffer` (copied only if asked for) in its browser build.
        {
          buffer: input,
          get arrayBuffer() {
            return arrayBufferOf(input);
          },
        } as unknown as { buffer: Buffer },
        {
          convertImage: mammoth.images.imgElement(async () => ({ src: "" })),
          // Word's Title style is the document's title: a heading, as "# Title" is in Markdown.
          styleMap: ["p[style-name='Title'] => h1:fresh"],
        },
      )
    ).value;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Unreadable(
      DAMAGED_ZIP.test(reason)
        ? "Word could not read it: the file is damaged (a part of it does not unpack to the size or checksum the file records) — open it in Word, which offers to repair it, and save it again as .docx"
        : `Word could not read it (${reason}) — open it in Word and save it again as .docx`,
    );
  }
  const pageCount = savedPageCount(parts, () => wordCount(html));
  return { html: html + headersAndFootersOf(parts), ...(pageCount ? { pageCount } : {}) };
}

/** The zip reader's words for a file damaged in copying (sizes, checksums, signatures that do not match). */
const DAMAGED_ZIP =
  /size mismatch|crc32|corrupted zip|unexpected signature|end of data reached|end of central directory/i;

/**
 * The number of pages Word or LibreOffice laid out when it last saved the file: `<Pages>` in the extended
 * properties (docProps/app.xml, as _rels/.rels names it). Only a whole number from 1 up is a count; a file that
 * says nothing, 0 (a program that never laid the pages out) or anything else has no known page count.
 */
function savedPageCount(parts: Record<string, Uint8Array>, wordsOf: () => number): number | undefined {
  let path = "docProps/app.xml";
  const rels = parts["_rels/.rels"];
  if (rels) {
    for (const m of strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)) {
      if (!/Type="[^"]*\/extended-properties"/.test(m[0])) continue;
      const target = /Target="([^"]*)"/.exec(m[0])?.[1];
      if (target) path = target.replace(/^\//, "");
      break;
    }
  }
  const app = parts[path];
  if (!app) return undefined;
  const xml = strFromU8(app);
  const pages = /<(?:[\w.-]+:)?Pages>\s*(\d{1,5})\s*<\/(?:[\w.-]+:)?Pages>/.exec(xml)?.[1];
  const count = pages === undefined ? 0 : Number(pages);
  if (count <= 0) return undefined;
  // Counts copied, not counted: pandoc puts its reference document's "1 page, 83 words" into every file it
  // writes, however long. A count whose words fall far short of the document's, or pages too few to hold
  // its words, was not laid out from this text.
  const counted = /<(?:[\w.-]+:)?Words>\s*(\d{1,9})\s*<\/(?:[\w.-]+:)?Words>/.exec(xml)?.[1];
  // Counted only for a file that says a page count: most reads need no word count.
  const words = wordsOf();
  if (counted !== undefined && Number(counted) < words / 2) return undefined;
  if (words > count * WORDS_A_PAGE_AT_MOST) return undefined;
  return count;
}

/** More words than a page of a Word document holds at its smallest usual type (about 1,000 at 10 pt). */
const WORDS_A_PAGE_AT_MOST = 1500;

/** The words of the document's text, as Word counts them: runs of characters between spaces. */
function wordCount(html: string): number {
  let words = 0;
  for (const token of html.replace(/<[^>]*>|&[#\w]+;/g, " ").split(/\s+/))
    if (/[\p{L}\p{N}]/u.test(token)) words++;
  return words;
}

/**
 * Text formatted as hidden (w:vanish: Word neither shows nor prints it, e.g. a template's guidance notes) is
 * left out, as a reader never sees it. Only runs that hold no other run (no text box) are removed.
 */
export function withoutHiddenText(documentXml: string): string {
  if (!documentXml.includes("<w:vanish")) return documentXml;
  return documentXml.replace(
    /<w:r(?:\s[^>]*)?><w:rPr>((?:(?!<\/w:rPr>)[\s\S])*)<\/w:rPr>((?:(?!<w:r[\s>]|<\/w:r>)[\s\S])*)<\/w:r>/g,
    (run, properties: string) => (/<w:vanish(?:\s+w:val="(?:true|1|on)")?\s*\/>/.test(properties) ? "" : run),
  );
}

/**
 * Spaces typed in a row are a visible gap in Word ("reported to the   Welfare Officer": a name never filled
 * in), but HTML shows them as one. Between two words, all but the first become non-breaking spaces, which HTML
 * keeps, so the text shows the gap as Markdown and plain text do. Spaces at the start or end of a run stay
 * spaces: HTML readers trim non-breaking spaces there, which would join the words on either side.
 */
export function keepSpaceRuns(documentXml: string): string {
  return documentXml.replace(
    /(<w:t(?:\s[^>]*)?>)([^<]* {2}[^<]*)(?=<\/w:t>)/g,
    (_whole, tag: string, text: string) =>
      tag + text.replace(/(?<=\S) {2,}(?=\S)/g, (spaces) => ` ${"\u00a0".repeat(spaces.length - 1)}`),
  );
}

function arrayBufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength
    ? (bytes.buffer as ArrayBuffer)
    : (bytes.slice().buffer as ArrayBuffer);
}

const damagedZip = (error: unknown) =>
  new Unreadable(
    `its zip structure is damaged (${error instanceof Error ? error.message : String(error)}) — open it in Word and save it again as .docx`,
  );

/** The main document part, as _rels/.rels names it (word/document.xml in every file Word writes). */
function mainDocumentPath(parts: Record<string, Uint8Array>): string {
  const rels = parts["_rels/.rels"];
  if (rels) {
    for (const m of strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)) {
      if (!/Type="[^"]*\/officeDocument"/.test(m[0])) continue;
      const target = /Target="([^"]*)"/.exec(m[0])?.[1];
      if (target) return target.replace(/^\//, "");
    }
  }
  return "word/document.xml";
}

/** The numbering and styles parts of the main document. */
function relatedParts(
  parts: Record<string, Uint8Array>,
  mainPath: string,
): { numbering?: string; styles?: string } {
  const slash = mainPath.lastIndexOf("/");
  const folder = slash >= 0 ? mainPath.slice(0, slash + 1) : "";
  const found: { numbering?: string; styles?: string } = {
    numbering: `${folder}numbering.xml`,
    styles: `${folder}styles.xml`,
  };
  const rels = parts[`${folder}_rels/${mainPath.slice(slash + 1)}.rels`];
  if (!rels) return found;
  for (const m of strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const type = /Type="[^"]*\/(numbering|styles)"/.exec(m[0])?.[1] as "numbering" | "styles" | undefined;
    const target = /Target="([^"]*)"/.exec(m[0])?.[1];
    if (type && target) found[type] = target.startsWith("/") ? target.slice(1) : folder + target;
  }
  return found;
}

/**
 * Word's page headers and footers (mammoth reads the body only). A review date is often only there
 * ("Version 3 · Next review: April 2027"), so their paragraphs are added after the body as paragraphs of
 * their own — each different one once, however many pages repeat it and whichever part (first page, odd,
 * even) holds it — marked `data-region="header"` or `"footer"`.
 */
export function headersAndFooters(bytes: Uint8Array): string {
  let parts: Record<string, Uint8Array>;
  try {
    parts = unzipSync(bytes, { filter: (entry) => HEADER_OR_FOOTER.test(entry.name) });
  } catch {
    return "";
  }
  return headersAndFootersOf(parts);
}

const HEADER_OR_FOOTER = /^word\/(?:header|footer)\d*\.xml$/;

function headersAndFootersOf(allParts: Record<string, Uint8Array>): string {
  const names = Object.keys(allParts)
    .filter((name) => HEADER_OR_FOOTER.test(name))
    .sort((a, b) => partOrder(a) - partOrder(b) || a.localeCompare(b, "en", { numeric: true }));
  const seen = new Set<string>();
  let html = "";
  for (const name of names) {
    const region = name.includes("header") ? "header" : "footer";
    for (const block of blocksOf(strFromU8(allParts[name]))) {
      if (typeof block === "string") {
        const key = tidy(block);
        if (!key || seen.has(key)) continue;
        seen.add(key);
        html += `\n<p data-region="${region}">${escapeHtml(key)}</p>`;
        continue;
      }
      // A table (version | review date | page) stays a table, so a label and its value stay side by side.
      const rows = block.map((row) => row.map(tidy)).filter((row) => row.some(Boolean));
      const key = rows.map((row) => row.join(" | ")).join("\n");
      if (!key || seen.has(key)) continue;
      seen.add(key);
      const cells = (row: string[]) => row.map((cell) => `<td>${escapeHtml(cell)}</td>`).join("");
      html += `\n<table data-region="${region}">${rows.map((row) => `<tr>${cells(row)}</tr>`).join("")}</table>`;
    }
  }
  return html;
}

const tidy = (text: string) => text.replace(/\s+/g, " ").trim();

/** Headers before footers. */
function partOrder(name: string): number {
  return name.includes("header") ? 0 : 1;
}

/** Fields whose shown text is the page, the page count or today's date: not the policy's words. */
const VOLATILE_FIELD = /^\s*(?:PAGE|NUMPAGES|SECTIONPAGES|SECTION|DATE|TIME|PRINTDATE)\b/i;
const PART_TAG =
  /<(\/?)(w:p|w:t|w:tab|w:br|w:cr|w:del|w:moveFrom|w:fldSimple|w:fldChar|w:instrText|w:tbl|w:tr|w:tc)\b([^>]*?)(\/?)>/g;

/**
 * The text of each <w:p> in a WordprocessingML part (a table as its rows of cells): its <w:t> runs, tabs as
 * spaces; field codes, page-number and date fields' results, and tracked deletions left out.
 */
function blocksOf(xml: string): Array<string | string[][]> {
  const blocks: Array<string | string[][]> = [];
  let text: string | undefined;
  /** The outermost open table's rows; a table inside a cell is read as that cell's text. */
  let table: string[][] | undefined;
  let tableDepth = 0;
  let cell: string | undefined;
  let deleted = 0;
  /** Open simple fields: whether each one's result is left out. */
  const simpleFields: boolean[] = [];
  /** Open complex fields (fldChar begin … separate … end): their code so far, and whether in the result. */
  const fields: Array<{ code: string; result: boolean }> = [];
  let from = -1;
  const shown = () =>
    deleted === 0 &&
    !simpleFields.includes(true) &&
    fields.every((field) => !field.result || !VOLATILE_FIELD.test(field.code));
  PART_TAG.lastIndex = 0;
  for (let m = PART_TAG.exec(xml); m !== null; m = PART_TAG.exec(xml)) {
    const [whole, closing, name, attributes, selfClosing] = m;
    switch (name) {
      case "w:p":
        if (closing) {
          if (text !== undefined) {
            if (cell !== undefined) cell += `${cell ? " " : ""}${decodeXml(text)}`;
            else blocks.push(decodeXml(text));
          }
          text = undefined;
        } else if (!selfClosing) text = "";
        break;
      case "w:tbl":
        if (selfClosing) break;
        if (!closing && tableDepth++ === 0) table = [];
        else if (closing && --tableDepth === 0) {
          if (table && table.length > 0) blocks.push(table);
          table = undefined;
        }
        break;
      case "w:tr":
        if (tableDepth === 1 && !closing && !selfClosing) table?.push([]);
        break;
      case "w:tc":
        if (tableDepth !== 1 || selfClosing) break;
        if (!closing) cell = "";
        else {
          if (cell !== undefined) table?.[table.length - 1]?.push(cell);
          cell = undefined;
        }
        break;
      case "w:t":
      case "w:instrText":
        if (!closing && !selfClosing) from = m.index + whole.length;
        else if (closing && from >= 0) {
          const content = xml.slice(from, m.index);
          from = -1;
          if (name === "w:instrText") {
            const field = fields[fields.length - 1];
            if (field && !field.result) field.code += decodeXml(content);
          } else if (text !== undefined && shown()) text += content;
        }
        break;
      case "w:tab":
      case "w:br":
      case "w:cr":
        if (text !== undefined && shown()) text += " ";
        break;
      case "w:del":
      case "w:moveFrom":
        if (!selfClosing) deleted = Math.max(0, deleted + (closing ? -1 : 1));
        break;
      case "w:fldSimple":
        if (closing) simpleFields.pop();
        else if (!selfClosing)
          simpleFields.push(VOLATILE_FIELD.test(decodeXml(/w:instr="([^"]*)"/.exec(attributes)?.[1] ?? "")));
        break;
      case "w:fldChar": {
        const type = /w:fldCharType="(\w+)"/.exec(attributes)?.[1];
        if (type === "begin") fields.push({ code: "", result: false });
        else if (type === "separate" && fields.length > 0) fields[fields.length - 1].result = true;
        else if (type === "end") fields.pop();
        break;
      }
    }
  }
  return blocks;
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
/** The parts of a Word file that are read: its XML (and the relationships between them). */
const XML_PART = /\.(?:xml|rels)$/i;

/**
 * Refuses a zip bomb: a Word file that unpacks to more than MAX_DOCX_UNPACKED_BYTES (as its directory says, or
 * as it really unpacks). Its XML parts, unpacked on the way, come back when they are exactly the ones the zip's
 * directory lists (each once, at the size it states); otherwise undefined, and the caller unpacks them itself.
 */
export function checkUnpackedSize(bytes: Uint8Array): Record<string, Uint8Array> | undefined {
  let directory: ReturnType<typeof readZipDirectory>;
  try {
    directory = readZipDirectory(bytes);
  } catch (error) {
    throw damagedZip(error);
  }
  if (directory.largestEntryBytes > MAX_DOCX_ENTRY_BYTES || directory.declaredBytes > MAX_DOCX_UNPACKED_BYTES)
    throw new Unreadable(
      `it unpacks to ${MB(directory.declaredBytes)} or more, far more than the ${MB(MAX_DOCX_UNPACKED_BYTES)} a policy could need — it may be damaged or a "zip bomb"; open it in Word and save it again`,
    );
  let parts: Record<string, Uint8Array>;
  try {
    if (cannotUnpackPast(bytes, MAX_DOCX_UNPACKED_BYTES)) {
      // Nothing to count (nearly every policy): the XML parts are unpacked at once, into the sizes the directory
      // states — a third of the time of counted small steps.
      parts = unzipSync(bytes, { filter: (entry) => XML_PART.test(entry.name) });
    } else {
      const unpacked = unpackedUpTo(bytes, MAX_DOCX_UNPACKED_BYTES, (name) => XML_PART.test(name));
      if (unpacked.total > MAX_DOCX_UNPACKED_BYTES)
        throw new Unreadable(
          `it unpacks to more than ${MB(MAX_DOCX_UNPACKED_BYTES)}, though its zip directory claims less — it may be damaged or a "zip bomb"; open it in Word and save it again`,
        );
      if (unpacked.repeated) return undefined;
      parts = unpacked.parts;
    }
  } catch (error) {
    throw error instanceof Unreadable ? error : damagedZip(error);
  }
  if (directory.entries > directory.sizes.size) return undefined;
  const listed = [...directory.sizes].filter(([name]) => XML_PART.test(name));
  if (listed.length !== Object.keys(parts).length) return undefined;
  for (const [name, size] of listed) if (parts[name]?.length !== size) return undefined;
  return parts;
}
