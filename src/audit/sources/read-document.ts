/**
 * Reads a policy in any supported format into a SourceDocument: Markdown-like text plus its outline (headings
 * and links), so one set of rules serves every format. Problems become `Unreadable` with a reason a person
 * can act on.
 */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { SourceDocument } from "../rule.js";
import { docxToHtml } from "./docx.js";
import { htmlToText } from "./html-text.js";
import { markdownOutline } from "./markdown.js";
import { pdfToText } from "./pdf.js";
import { Unreadable } from "./unreadable.js";

export const DOCUMENT_EXTENSIONS = [".docx", ".pdf", ".md", ".markdown", ".txt", ".html", ".htm"];
/** Bigger than any real policy: a sign of embedded media or the wrong file. */
export const MAX_DOCUMENT_BYTES = 40 * 1024 * 1024;

export function documentFormat(file: string): SourceDocument["format"] | undefined {
  const ext = extname(file).toLowerCase();
  if (ext === ".docx") return "docx";
  if (ext === ".pdf") return "pdf";
  if (ext === ".md" || ext === ".markdown") return "md";
  if (ext === ".txt") return "txt";
  if (ext === ".html" || ext === ".htm") return "html";
  return undefined;
}

/** `path` is read; `file` is how findings name it (relative to where the user ran the command). */
export async function readDocument(path: string, file: string, settingId?: string): Promise<SourceDocument> {
  const format = documentFormat(path);
  if (!format)
    throw new Unreadable(
      `policysmith cannot read ${extname(path) || "files without an extension"} — use .docx, .pdf, .md, .txt or .html`,
    );
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch (error) {
    throw new Unreadable(
      `the file cannot be opened (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  if (size === 0) throw new Unreadable("the file is empty — save the policy into it again");
  if (size > MAX_DOCUMENT_BYTES)
    throw new Unreadable(
      `the file is ${(size / 1024 / 1024).toFixed(0)} MB, more than the ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB a policy should ever need — remove large pictures or check it is the right file`,
    );
  const bytes = await readFile(path);
  let read: Pick<SourceDocument, "text" | "outline">;
  switch (format) {
    case "docx":
      read = htmlToText(await docxToHtml(bytes));
      break;
    case "html":
      read = htmlToText(bytes.toString("utf8"));
      break;
    case "pdf":
      read = { text: await pdfToText(bytes), outline: { headings: [], links: [] } };
      break;
    default:
      read = sourceText(bytes.toString("utf8").replace(/^\uFEFF/, ""), format);
  }
  if (read.text.trim().length === 0) throw new Unreadable("the document has no text");
  return { file, format, ...read, settingId };
}

/** Text already in hand: Markdown gets its outline from remark; plain text (PDF, .txt) has none. */
export function sourceText(
  text: string,
  format: SourceDocument["format"],
): Pick<SourceDocument, "text" | "outline"> {
  if (format === "md") return { text, outline: markdownOutline(text) };
  if (format === "html") return htmlToText(text);
  return { text, outline: { headings: [], links: [] } };
}
