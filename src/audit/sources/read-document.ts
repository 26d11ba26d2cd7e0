/**
 * Reads a policy in any supported format into a SourceDocument: Markdown text plus its mdast, so one set of
 * rules serves every format. Problems become `Unreadable` with a reason a person can act on.
 */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { SourceDocument } from "../rule.js";
import { docxToMarkdown } from "./docx.js";
import { htmlToMarkdown, parseMarkdown } from "./markdown.js";
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
  let text: string;
  switch (format) {
    case "docx":
      text = await docxToMarkdown(bytes);
      break;
    case "pdf":
      text = await pdfToText(bytes);
      break;
    case "html":
      text = await htmlToMarkdown(bytes.toString("utf8"));
      break;
    default:
      text = bytes.toString("utf8").replace(/^\uFEFF/, "");
  }
  if (text.trim().length === 0) throw new Unreadable("the document has no text");
  return { file, format, text, tree: parseMarkdown(text), settingId };
}
