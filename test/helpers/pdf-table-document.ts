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
