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

/**
 * PDF: each block's page, and its section (the nearest heading before it) and paragraph number under it, counted
 * across pages as a reader counts them; before the first heading, or in a PDF without headings, the paragraph
 * number on its page. A block already placed in a running header or footer (a line printed on every page) keeps
 * that region and is not counted.
 */
export function placeByPage(blocks: Block[], pages: readonly number[]): void {
  let section: string | undefined;
  let page = 0;
  let paragraph = 0;
  let outerEnd = -1;
  for (const block of blocks) {
    const on = pages.length > 0 ? pageAt(pages, block.offset) : 1;
    if (block.place.region) {
      block.place = { page: on, region: block.place.region };
      continue;
    }
    if (block.kind === "heading") {
      section = block.number ? `${block.number} ${block.title}`.trim() : `"${block.title}"`;
      paragraph = 0;
      outerEnd = -1;
      block.place = { page: on, section };
      page = on;
      continue;
    }
    if (section === undefined && on !== page) {
      paragraph = 0;
      outerEnd = -1;
    }
    page = on;
    if (block.offset >= outerEnd) {
      paragraph++;
      outerEnd = block.endOffset;
    }
    block.place = section === undefined ? { page: on, paragraph } : { page: on, section, paragraph };
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
  if (document.format === "pdf") {
    const page = document.pages && document.pages.length > 0 ? pageAt(document.pages, offset) : undefined;
    // A PDF's place is its page, and the section and paragraph of the block holding the offset when one does
    // (text outside every block — a tagged PDF's running header — is on its page and no more).
    const block = blockAt(document.blocks, offset);
    const holds = block && block.offset <= offset && offset <= block.endOffset;
    if (!holds) return page === undefined ? undefined : { page };
    const place = inBlock(block, offset);
    return page === undefined ? place : { ...place, page };
  }
  const block = blockAt(document.blocks, offset);
  if (!block) return undefined;
  return inBlock(block, offset);
}

/** A block's place; a table cell adds its row. */
function inBlock(block: Block, offset: number): BlockPlace {
  if (block.kind === "table" && !block.region) {
    // Up to just past a row's last cell (its closing " |" in Word's and web pages' text), unless the next row has
    // already begun: a PDF's cells are separated by one line break, so a name at a row's start is that row's.
    const row = block.rows.findIndex((cells, i) => {
      const last = cells[cells.length - 1];
      const next = block.rows[i + 1]?.[0];
      return (
        last !== undefined && offset <= last.endOffset + 2 && (next === undefined || offset < next.offset)
      );
    });
    if (row >= 0) return { ...block.place, row: row + 1 };
  }
  return { ...block.place };
}

const MAX_SECTION = 60;

/**
 * "page 3", "section 6 Recognition of harm, paragraph 2", "before the first heading, paragraph 4", "page footer";
 * a PDF's page first: "page 3, section 6 Recognition of harm, paragraph 2", "page 1, paragraph 2", "page 2 footer".
 */
export function describePlace(place: BlockPlace): string | undefined {
  if (place.region)
    return place.page !== undefined ? `page ${place.page} ${place.region}` : `page ${place.region}`;
  const parts: string[] = [];
  if (place.page !== undefined) parts.push(`page ${place.page}`);
  if (place.section !== undefined) {
    const section =
      place.section.length > MAX_SECTION
        ? `${place.section.slice(0, MAX_SECTION - 1).trimEnd()}…`
        : place.section;
    parts.push(
      section.startsWith('"') ? `under ${section}${section.endsWith('"') ? "" : '"'}` : `section ${section}`,
    );
  } else if (place.paragraph !== undefined && place.page === undefined)
    parts.push("before the first heading");
  if (place.paragraph !== undefined)
    parts.push(`paragraph ${place.paragraph}${place.row !== undefined ? ` (table row ${place.row})` : ""}`);
  else if (place.section !== undefined) parts.push("heading");
  if (parts.length === 0 && place.line !== undefined) return `line ${place.line}`;
  return parts.length > 0 ? parts.join(", ") : undefined;
}
