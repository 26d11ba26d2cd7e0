/**
 * Places in words: each block's place (section and paragraph for Word/HTML, page for PDF, line for Markdown and
 * text), the place of any offset in SourceDocument.text, and how a report says it ("section 6 Recognition of
 * harm, paragraph 2", "page 3", "page footer", "line 12").
 */
import type { LineIndex } from "../positions.js";
import type { SourceDocument } from "../rule.js";
import type { Block, BlockPlace } from "./blocks.js";

/** Word/HTML: each block's section (the nearest heading before it) and paragraph number under it. */
export function placeBySection(blocks: Block[]): void {
  let section: string | undefined;
  let paragraph = 0;
  /** Blocks inside another (a nested list item, a list inside a table cell) share the outer block's number. */
  let outerEnd = -1;
  for (const block of blocks) {
    if (block.region) {
      block.place = { region: block.region };
      continue;
    }
    if (block.kind === "heading") {
      section = block.number ? `${block.number} ${block.title}`.trim() : `"${block.title}"`;
      paragraph = 0;
      outerEnd = -1;
      block.place = { section };
      continue;
    }
    if (block.offset >= outerEnd) {
      paragraph++;
      outerEnd = block.endOffset;
    }
    block.place = section === undefined ? { paragraph } : { section, paragraph };
  }
}

/** Markdown and text: each block's line and column. */
export function placeByLine(blocks: Block[], lines: LineIndex): void {
  for (const block of blocks) block.place = lines.position(block.offset);
}

/** The innermost block holding `offset`, or the last one starting before it (a blank line between blocks). */
export function blockAt(blocks: readonly Block[], offset: number): Block | undefined {
  let low = 0;
  let high = blocks.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (blocks[mid].offset <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  if (found < 0) return blocks[0];
  // Nested blocks start after the block holding them: walk back to the first that holds the offset.
  for (let i = found; i >= 0 && found - i < 64; i--)
    if (blocks[i].offset <= offset && offset < Math.max(blocks[i].endOffset, blocks[i].offset + 1))
      return blocks[i];
  return blocks[found];
}

/** The page (0-based start offsets in `pages`) holding `offset`, 1-based. */
export function pageAt(pages: readonly number[], offset: number): number {
  let low = 0;
  let high = pages.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (pages[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}

/**
 * Where `offset` is, for a person: undefined for Markdown and text (their line and column say it).
 * A table cell adds its row.
 */
export function placeOf(document: SourceDocument, offset: number): BlockPlace | undefined {
  if (document.format === "md" || document.format === "txt") return undefined;
  if (document.format === "pdf")
    return document.pages && document.pages.length > 0 ? { page: pageAt(document.pages, offset) } : undefined;
  const block = blockAt(document.blocks, offset);
  if (!block) return undefined;
  if (block.kind === "table" && !block.region) {
    const row = block.rows.findIndex((cells) => {
      const last = cells[cells.length - 1];
      return last !== undefined && offset <= last.endOffset + 2;
    });
    if (row >= 0) return { ...block.place, row: row + 1 };
  }
  return { ...block.place };
}

const MAX_SECTION = 60;

/** "page 3", "section 6 Recognition of harm, paragraph 2", "before the first heading, paragraph 4", "page footer". */
export function describePlace(place: BlockPlace): string | undefined {
  if (place.region) return `page ${place.region}`;
  if (place.page !== undefined) return `page ${place.page}`;
  const parts: string[] = [];
  if (place.section !== undefined) {
    const section =
      place.section.length > MAX_SECTION
        ? `${place.section.slice(0, MAX_SECTION - 1).trimEnd()}…`
        : place.section;
    parts.push(
      section.startsWith('"') ? `under ${section}${section.endsWith('"') ? "" : '"'}` : `section ${section}`,
    );
  } else if (place.paragraph !== undefined) parts.push("before the first heading");
  if (place.paragraph !== undefined)
    parts.push(`paragraph ${place.paragraph}${place.row !== undefined ? ` (table row ${place.row})` : ""}`);
  else if (place.section !== undefined) parts.push("heading");
  if (parts.length === 0 && place.line !== undefined) return `line ${place.line}`;
  return parts.length > 0 ? parts.join(", ") : undefined;
}
