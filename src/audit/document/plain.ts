/** Text with no markup (PDF, .txt): its paragraphs are its runs of lines between blank lines. */
import type { LineIndex } from "../positions.js";
import type { Block } from "./blocks.js";
import { pageAt } from "./place.js";

export function plainBlocks(
  text: string,
  where: { pages: readonly number[] } | { lines: LineIndex },
): Block[] {
  const blocks: Block[] = [];
  const blank = /\n[ \t\f\r]*\n/g;
  let start = 0;
  const add = (from: number, to: number) => {
    let offset = from;
    let end = to;
    while (offset < end && /\s/.test(text[offset])) offset++;
    while (end > offset && /\s/.test(text[end - 1])) end--;
    if (end > offset) blocks.push({ kind: "paragraph", offset, endOffset: end, place: {} });
  };
  for (const match of text.matchAll(blank)) {
    add(start, match.index);
    start = match.index + match[0].length;
  }
  add(start, text.length);
  if ("pages" in where) {
    let page = 0;
    let paragraph = 0;
    for (const block of blocks) {
      const on = where.pages.length > 0 ? pageAt(where.pages, block.offset) : 1;
      paragraph = on === page ? paragraph + 1 : 1;
      page = on;
      block.place = { page, paragraph };
    }
  } else for (const block of blocks) block.place = where.lines.position(block.offset);
  return blocks;
}
