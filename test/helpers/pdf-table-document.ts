/**
 * A PDF's text with its tables as the reader found them, for the rules' tests: `rows` gives each cell's words in
 * order; each is found in the text after the one before (the text may break it over lines).
 */
import type { TableBlock } from "../../src/audit/document/blocks.js";
import type { SourceDocument } from "../../src/audit/rule.js";

export function pdfDocument(text: string, ...tables: string[][][]): SourceDocument {
  let at = 0;
  const blocks = tables.map((rows): TableBlock => {
    const cells = rows.map((row) =>
      row.map((words) => {
        const pattern = new RegExp(words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+"), "g");
        pattern.lastIndex = at;
        const match = pattern.exec(text);
        if (!match) throw new Error(`no cell "${words}" after ${at}`);
        at = match.index + match[0].length;
        return { text: words, offset: match.index, endOffset: at };
      }),
    );
    return {
      kind: "table",
      offset: cells[0][0].offset,
      endOffset: at,
      rows: cells,
      headerRow: true,
      place: {},
    };
  });
  return {
    file: "policy.pdf",
    format: "pdf",
    text,
    outline: { headings: [], links: [], anchors: [] },
    blocks,
  };
}

/**
 * A one-page PDF that is one table under a title line, as its reader gives it: each cell's words broken over lines
 * of three words (a narrow column's), and the table as a block of rows and cells (no header row).
 */
export function narrowColumnsPdf(title: string, rows: string[][]): SourceDocument {
  let text = `${title}\n`;
  const blockRows = rows.map((cells) =>
    cells.map((cell) => {
      const offset = text.length;
      const words = cell.split(" ");
      const broken: string[] = [];
      for (let i = 0; i < words.length; i += 3) broken.push(words.slice(i, i + 3).join(" "));
      text += `${broken.join("\n")}\n`;
      return { text: cell, offset, endOffset: offset + cell.length };
    }),
  );
  return {
    file: "policy.pdf",
    format: "pdf",
    text,
    // No header row: undefined, as a reader that cannot tell leaves it.
    blocks: [
      { kind: "table", offset: 0, endOffset: text.length - 1, rows: blockRows, place: { page: 1 } },
    ] as SourceDocument["blocks"],
    outline: { headings: [], links: [] },
    pages: [0],
  };
}
