/**
 * A PDF's text wraps a table cell's words over short lines ("[to be completed by" / "the academy]"); its table blocks
 * keep each cell whole. The patterns that read a bracket on one line find such a bracket once the line breaks inside
 * it, within one cell, are read as spaces — the text keeps its length, so every offset still holds.
 */
import type { Block } from "../document/blocks.js";

/** How long a bracket may run, in characters, to be read across a cell's line breaks. */
const LONGEST_BRACKET = 120;

/** `text` with the line breaks inside a bracket that stands within one table cell of `blocks` read as spaces. */
export function bracketsJoinedInCells(text: string, blocks: readonly Block[] | undefined): string {
  const breaks: number[] = [];
  for (const block of blocks ?? []) {
    if (block.kind !== "table") continue;
    for (const row of block.rows)
      for (const cell of row) {
        // The cell's own words only (cells do not overlap): linear in the text, however many cells.
        const words = text.slice(cell.offset, cell.endOffset);
        if (!words.includes("\n")) continue;
        let open = words.indexOf("[");
        while (open >= 0) {
          const close = words.indexOf("]", open + 1);
          if (close < 0 || close - open > LONGEST_BRACKET) break;
          // Line breaks inside the bracket only (not on past its "]" to the cell's next line break).
          const inside = words.slice(open, close);
          for (let i = inside.indexOf("\n"); i >= 0; i = inside.indexOf("\n", i + 1))
            breaks.push(cell.offset + open + i);
          open = words.indexOf("[", close + 1);
        }
      }
  }
  if (breaks.length === 0) return text;
  breaks.sort((a, b) => a - b);
  let joined = "";
  let from = 0;
  for (const at of breaks) {
    if (at < from) continue;
    joined += `${text.slice(from, at)} `;
    from = at + 1;
  }
  return joined + text.slice(from);
}
