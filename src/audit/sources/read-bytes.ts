/**
 * Reads a policy's bytes, in any supported format, into a SourceDocument: Markdown-like text plus its outline
 * (headings and links) and blocks, so one set of rules serves every format. Problems become `Unreadable` with a
 * reason a person can act on. No file system here: read-document.ts is the Node shell that opens files, and the
 * browser page hands over the bytes of the file a person dropped. Each format's reader is loaded when a file of
 * that format is read (mammoth for Word, pdf.js for PDF, remark for Markdown), so auditing a .docx loads no PDF or
 * Markdown reader (test/cli-startup.test.ts holds it). The HTML reader (htmlparser2), which reads Word files and web
 * pages, is loaded the same way: the CLI's main thread imports this module for its list of extensions and leaves the
 * reading of a policy or two to a thread of its own (read-ahead-node.ts).
 */
import { decodeDocumentBytes } from "../../text/encoding.js";
import type { Block } from "../document/blocks.js";
import type { OutlineLink, SourceDocument } from "../rule.js";
import type { PageProgress } from "./pdf.js";
import type { PdfLink } from "./pdf-links.js";
import { Unreadable } from "./unreadable.js";

export const DOCUMENT_EXTENSIONS = [".docx", ".pdf", ".md", ".markdown", ".txt", ".html", ".htm"];
/** Bigger than any real policy: a sign of embedded media or the wrong file. */
export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;

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
  let read: Pick<SourceDocument, "text" | "outline" | "blocks" | "pages" | "pageCount">;
  switch (format) {
    case "docx": {
      const { html, pageCount } = await (await import("./docx.js")).readDocx(bytes);
      read = { ...(await import("./html-text.js")).htmlToText(html), ...(pageCount ? { pageCount } : {}) };
      break;
    }
    case "html":
      read = (await import("./html-text.js")).htmlToText(decodedText(bytes));
      break;
    case "pdf": {
      // The blocks (headings, list items, tables read from the PDF's tags or its layout) place findings and give
      // the rules a PDF's tables; their headings are the outline the rules read, as a Word file's are. An untagged
      // PDF's are read from its layout by patterns that scripts/pdf-headings.ts holds to no wrong heading on every
      // corpus PDF and LibreOffice's PDFs of the examples (test/audit-real-documents.test.ts holds a PDF's findings
      // to its .docx's).
      const { text, pages, blocks, links } = await (await import("./pdf.js")).pdfToPages(bytes, onPage);
      const headings = blocks.flatMap((block) =>
        block.kind === "heading"
          ? [
              {
                depth: block.depth,
                text: text.slice(block.offset, block.endOffset).replace(/\s+/g, " ").trim(),
                offset: block.offset,
                endOffset: block.endOffset,
              },
            ]
          : [],
      );
      read = {
        text,
        pages,
        outline: { headings, links: outlineLinks(text, links, blocks), anchors: [] },
        blocks,
      };
      break;
    }
    default:
      read = (await import("./source-text.js")).sourceText(decodedText(bytes), format);
  }
  if (read.text.trim().length === 0) throw new Unreadable("the document has no text");
  return { file, format, ...read, settingId };
}

/** A PDF's links with their words and the block each sits in (the line, when no block holds it whole). */
function outlineLinks(text: string, links: readonly PdfLink[], blocks: readonly Block[]): OutlineLink[] {
  if (links.length === 0) return [];
  // A table's cells are its links' blocks.
  const places = blocks.flatMap(
    (b): Array<{ offset: number; endOffset: number }> => (b.kind === "table" ? b.rows.flat() : [b]),
  );
  return links.map((link) => {
    const block = places.find((b) => b.offset <= link.offset && b.endOffset >= link.endOffset);
    const lineStart = text.lastIndexOf("\n", link.offset - 1) + 1;
    const lineEnd = text.indexOf("\n", link.endOffset);
    return {
      url: link.url,
      text: text.slice(link.offset, link.endOffset).replace(/\s+/g, " "),
      offset: link.offset,
      endOffset: link.endOffset,
      blockOffset: block?.offset ?? lineStart,
      blockEnd: block?.endOffset ?? (lineEnd < 0 ? text.length : lineEnd),
    };
  });
}

/** A text document's bytes as text (BOM, UTF-8, UTF-16 or Windows-1252); anything else is unreadable. */
function decodedText(bytes: Uint8Array): string {
  const decoded = decodeDocumentBytes(bytes);
  if (!decoded.ok) throw new Unreadable(`it ${decoded.reason}`);
  return decoded.text.replace(/^\uFEFF/, "");
}
