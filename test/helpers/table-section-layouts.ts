/**
 * One policy's section holding paragraphs and tables, in the three formats a reader meets: Markdown (each table a GFM
 * table, its first row the header), Word (HTML as mammoth gives it, each table's first row its header) and a PDF's
 * text (each table row's cells on one line a space apart, each paragraph on a line) with its tables as the PDF reader's
 * blocks of rows and cells, the first row marked as the header.
 */
import type { TableBlock } from "../../src/audit/document/blocks.js";
import type { SourceDocument } from "../../src/audit/rule.js";
import { markdownDocument, pdfDocument, wordDocument } from "../fixtures/structure/documents.js";

/** A paragraph, or a table as its rows of cells (the first row the header). */
export type Part = string | string[][];

export function tableSectionLayouts(title: string, heading: string, parts: Part[]): SourceDocument[] {
  return [markdown(title, heading, parts), word(title, heading, parts), pdf(title, heading, parts)];
}

function markdown(title: string, heading: string, parts: Part[]): SourceDocument {
  const lines = [`# ${title}`, "", `## ${heading}`, ""];
  for (const part of parts) {
    if (typeof part === "string") lines.push(part, "");
    else
      lines.push(
        `| ${part[0].join(" | ")} |`,
        `|${part[0].map(() => "---").join("|")}|`,
        ...part.slice(1).map((row) => `| ${row.join(" | ")} |`),
        "",
      );
  }
  return markdownDocument(lines.join("\n"));
}

function word(title: string, heading: string, parts: Part[]): SourceDocument {
  const html = parts.map((part) =>
    typeof part === "string"
      ? `<p>${part}</p>`
      : `<table>${part
          .map(
            (row, i) =>
              `<tr>${row.map((cell) => (i === 0 ? `<th><p>${cell}</p></th>` : `<td><p>${cell}</p></td>`)).join("")}</tr>`,
          )
          .join("")}</table>`,
  );
  return wordDocument([`<h1>${title}</h1>`, `<h2>${heading}</h2>`, ...html].join(""));
}

function pdf(title: string, heading: string, parts: Part[]): SourceDocument {
  const lines = [title, heading];
  for (const part of parts)
    lines.push(...(typeof part === "string" ? [part] : part.map((row) => row.join(" "))));
  const document = pdfDocument(lines.join("\n"));
  // Each table's cells found in the text in order, as the PDF reader placed them.
  let at = 0;
  const blocks: TableBlock[] = [];
  for (const part of parts) {
    if (typeof part === "string") {
      at = document.text.indexOf(part, at) + part.length;
      continue;
    }
    const rows = part.map((row) =>
      row.map((cell) => {
        const offset = document.text.indexOf(cell, at);
        if (offset < 0) throw new Error(`no cell "${cell}" after ${at}`);
        at = offset + cell.length;
        return { text: cell, offset, endOffset: at };
      }),
    );
    blocks.push({
      kind: "table",
      offset: rows[0][0].offset,
      endOffset: at,
      rows,
      headerRow: true,
      place: {},
    });
  }
  return { ...document, blocks: [...(document.blocks ?? []), ...blocks] };
}
