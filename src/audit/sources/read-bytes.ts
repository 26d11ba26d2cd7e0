/**
 * Reads a policy's bytes, in any supported format, into a SourceDocument: Markdown-like text plus its outline
 * (headings and links) and blocks, so one set of rules serves every format. Problems become `Unreadable` with a
 * reason a person can act on. No file system here: read-document.ts is the Node shell that opens files, and the
 * browser page hands over the bytes of the file a person dropped.
 */
import { decodeDocumentBytes } from "../../text/encoding.js";
import { plainBlocks } from "../document/plain.js";
import { LineIndex } from "../positions.js";
import type { SourceDocument } from "../rule.js";
import { docxToHtml } from "./docx.js";
import { htmlToText } from "./html-text.js";
import { readMarkdown } from "./markdown.js";
import { type PageProgress, pdfToPages } from "./pdf.js";
import { Unreadable } from "./unreadable.js";

export const DOCUMENT_EXTENSIONS = [".docx", ".pdf", ".md", ".markdown", ".txt", ".html", ".htm"];
/** Bigger than any real policy: a sign of embedded media or the wrong file. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
/** Quotes or lists nested deeper than this, or longer runs of * _ ~, are not a policy (and make the Markdown parser crawl). */
export const MAX_MARKDOWN_NESTING = 100;

/** ".docx" for "Policy 2025.DOCX"; "" for a name without an extension (as node:path's extname). */
export function extensionOf(file: string): string {
  const name = file.slice(Math.max(file.lastIndexOf("/"), file.lastIndexOf("\\")) + 1);
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(dot) : "";
}

export function documentFormat(file: string): SourceDocument["format"] | undefined {
  const ext = extensionOf(file).toLowerCase();
  if (ext === ".docx") return "docx";
  if (ext === ".pdf") return "pdf";
  if (ext === ".md" || ext === ".markdown") return "md";
  if (ext === ".txt") return "txt";
  if (ext === ".html" || ext === ".htm") return "html";
  return undefined;
}

/** The format a file name says, or why it cannot be read. */
export function formatOf(file: string): SourceDocument["format"] {
  const format = documentFormat(file);
  if (!format && /^\.(?:doc|dot)$/i.test(extensionOf(file)))
    throw new Unreadable(
      "it is an old Word 97–2003 .doc file, which policysmith cannot read — open it in Word and save it as a Word Document (.docx), or export it as PDF, and audit that file",
    );
  if (!format)
    throw new Unreadable(
      `policysmith cannot read ${extensionOf(file) || "files without an extension"} — use .docx, .pdf, .md, .txt or .html`,
    );
  return format;
}

/** Too big or empty: said before the bytes are read where the size is known first. */
export function checkDocumentSize(size: number): void {
  if (size === 0) throw new Unreadable("the file is empty — save the policy into it again");
  if (size > MAX_DOCUMENT_BYTES)
    throw new Unreadable(
      `the file is ${(size / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB a policy should ever need — remove large pictures or check it is the right file`,
    );
}

/** `file` names the document in findings; its extension gives the format unless `format` is given. */
export async function readDocumentBytes(
  bytes: Uint8Array,
  file: string,
  settingId?: string,
  format: SourceDocument["format"] = formatOf(file),
  onPage?: PageProgress,
): Promise<SourceDocument> {
  checkDocumentSize(bytes.length);
  let read: Pick<SourceDocument, "text" | "outline" | "blocks" | "pages">;
  switch (format) {
    case "docx":
      read = htmlToText(await docxToHtml(bytes));
      break;
    case "html":
      read = htmlToText(decodedText(bytes));
      break;
    case "pdf": {
      const { text, pages } = await pdfToPages(bytes, onPage);
      read = {
        text,
        pages,
        outline: { headings: [], links: [], anchors: [] },
        blocks: plainBlocks(text, { pages }),
      };
      break;
    }
    default:
      read = sourceText(decodedText(bytes), format);
  }
  if (read.text.trim().length === 0) throw new Unreadable("the document has no text");
  return { file, format, ...read, settingId };
}

/** A text document's bytes as text (BOM, UTF-8, UTF-16 or Windows-1252); anything else is unreadable. */
function decodedText(bytes: Uint8Array): string {
  const decoded = decodeDocumentBytes(bytes);
  if (!decoded.ok) throw new Unreadable(`it ${decoded.reason}`);
  return decoded.text.replace(/^\uFEFF/, "");
}

/**
 * What would make the Markdown parser crawl, found in one pass before parsing: the deepest nesting of block
 * quotes and list markers at the start of a line ("> > - 1. …"), and the longest run of emphasis marks.
 */
function markdownExtremes(text: string): { nesting: number; marks: number } {
  let nesting = 0;
  let marks = 0;
  let depth = 0;
  let run = 0;
  let atStart = true;
  let afterMarker = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c === 42 /* * */ || c === 95 /* _ */ || c === 126 /* ~ */ ? run + 1 : 0;
    if (run > marks) marks = run;
    if (c === 10) {
      atStart = true;
      afterMarker = true;
      depth = 0;
      continue;
    }
    if (!atStart) continue;
    if (c === 32 || c === 9) {
      afterMarker = true;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    const spaced = next === 32 || next === 9;
    if (afterMarker && (c === 62 /* > */ || ((c === 45 || c === 42 || c === 43) && spaced))) {
      depth++;
      afterMarker = c === 62;
    } else if (afterMarker && c >= 48 && c <= 57) {
      let j = i;
      while (j < text.length && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const mark = text.charCodeAt(j);
      const after = text.charCodeAt(j + 1);
      if ((mark === 46 || mark === 41) && (after === 32 || after === 9)) {
        depth++;
        i = j;
        afterMarker = false;
      } else atStart = false;
    } else atStart = false;
    if (depth > nesting) nesting = depth;
  }
  return { nesting, marks };
}

/** Text already in hand: Markdown gets its outline from remark; plain text (PDF, .txt) has none. */
export function sourceText(
  text: string,
  format: SourceDocument["format"],
): Pick<SourceDocument, "text" | "outline" | "blocks"> {
  if (format === "md") {
    const extremes = markdownExtremes(text);
    if (extremes.nesting > MAX_MARKDOWN_NESTING)
      throw new Unreadable(
        `it nests block quotes (">") or lists more than ${MAX_MARKDOWN_NESTING} deep, which no policy needs — check it is the right file`,
      );
    // A long run of marks ("Signed: ________") is no emphasis: the parser gets spaces in its place, same offsets.
    const parsed =
      extremes.marks > MAX_MARKDOWN_NESTING
        ? text.replace(/[*_~]{101,}/g, (run) => " ".repeat(run.length))
        : text;
    return { text, ...readMarkdown(parsed) };
  }
  if (format === "html") return htmlToText(text);
  return {
    text,
    outline: { headings: [], links: [], anchors: [] },
    blocks: plainBlocks(text, { lines: new LineIndex(text) }),
  };
}
