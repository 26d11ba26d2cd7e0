/**
 * A PDF's blocks — headings, paragraphs, list items, tables — over the text pdf.ts reads, each with its range in
 * that text and its page. A tagged PDF says what each piece of text is in its structure tree (H1–H6, P, L/LI,
 * Table/TR/TH/TD): those blocks are exact. An untagged one is read from its layout (pdf-layout.ts). Sections and
 * paragraph numbers are given afterwards, as for every format (../document/place.ts).
 */
import { type Block, headingNumber, type TableCell } from "../document/blocks.js";
import { placeByPage } from "../document/place.js";
import { plainBlocks } from "../document/plain.js";
import { layoutBlocks } from "./pdf-layout.js";

/** A run of text on a page as pdf.js gives it: its words' range in the document's text and its geometry. */
export interface PdfTextItem {
  /** 0-based range of its words (no surrounding spaces) in SourceDocument.text. */
  start: number;
  end: number;
  /** Its baseline's start, in PDF points from the page's bottom left. */
  x: number;
  y: number;
  width: number;
  /** Font size in points. */
  size: number;
  /** Written left to right without rotation. */
  upright: boolean;
  /** pdf.js's name for its font (see FontNames in pdf-font-names.ts for which are bold). */
  font: string;
  /** Tagged PDFs: the marked content it sits in ("p8R_mc3"), ARTIFACT, or none. */
  content?: string;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  /** Tagged PDFs: the page's part of the structure tree, as pdf.js's getStructTree gives it. */
  structure?: StructNode;
}

/** pdf.js's structure tree: elements with their role, and the marked content (by id) they hold. */
export interface StructNode {
  role?: string;
  type?: string;
  id?: string;
  children?: StructNode[];
}

/**
 * Every block of the document, in order (a list item before the items nested in it), placed by page, section and
 * paragraph. `pages`: where each page starts in `text`.
 */
export function pdfBlocks(
  text: string,
  pages: readonly number[],
  laid: readonly PdfPage[],
  bold: ReadonlySet<string>,
): Block[] {
  const withText = laid.filter((page) => page.items.length > 0);
  const tagged = withText.every((page) => page.structure && page.items.some((item) => item.content));
  let blocks =
    withText.length > 0 && tagged
      ? laid.flatMap((page) => structureBlocks(text, page))
      : layoutBlocks(text, laid, bold);
  // Where neither the tags nor the layout tell anything, today's paragraphs: runs of lines between blank lines.
  if (blocks.length === 0) return plainBlocks(text, { pages });
  blocks = blocks.filter((block) => block.endOffset > block.offset);
  blocks.sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
  placeByPage(blocks, pages);
  return blocks;
}

/** Roles that are a block of their own; anything else (Span, Link, Lbl, LBody…) belongs to the block around it. */
const HEADING_ROLE = /^H([1-6])?$/;
const PARAGRAPH_ROLES = new Set(["P", "Caption", "TOCI", "BlockQuote", "Quote", "Note", "Code", "Figure"]);

interface TaggedBlock {
  node: StructNode;
  kind: "heading" | "paragraph" | "listItem" | "table";
  depth: number;
  start: number;
  end: number;
  /** List items: the marker's range (Lbl). */
  marker?: { start: number; end: number };
  /** Tables: each row's cells, each cell's range and whether it is a header cell. */
  rows?: Array<Array<{ start: number; end: number; header: boolean }>>;
}

/** A tagged page's blocks: each structure element that is a block, over the text its marked content holds. */
function structureBlocks(text: string, page: PdfPage): Block[] {
  const byContent = new Map<string, Array<{ start: number; end: number }>>();
  for (const item of page.items) {
    if (!item.content) continue;
    const ranges = byContent.get(item.content) ?? [];
    byContent.set(item.content, ranges);
    ranges.push(item);
  }
  const found: TaggedBlock[] = [];
  /** The range of the text an element holds (all its marked content, however deep), or undefined. */
  const extent = (node: StructNode): { start: number; end: number } | undefined => {
    let start = Number.POSITIVE_INFINITY;
    let end = -1;
    const visit = (n: StructNode) => {
      if (n.type === "content" && n.id) {
        for (const r of byContent.get(n.id) ?? []) {
          start = Math.min(start, r.start);
          end = Math.max(end, r.end);
        }
      }
      for (const child of n.children ?? []) visit(child);
    };
    visit(node);
    return end >= 0 ? { start, end } : undefined;
  };
  const walk = (node: StructNode, lists: number) => {
    const role = node.role ?? "";
    const heading = HEADING_ROLE.exec(role);
    if (heading) {
      const range = extent(node);
      if (range) found.push({ node, kind: "heading", depth: Number(heading[1] ?? 1), ...range });
      return;
    }
    if (role === "Table") {
      const range = extent(node);
      if (range) found.push({ node, kind: "table", depth: 0, ...range, rows: tableRows(node, extent) });
      return;
    }
    if (role === "LI") {
      const range = extent(node);
      const label = node.children?.find((child) => child.role === "Lbl");
      const marker = label ? extent(label) : undefined;
      if (range) found.push({ node, kind: "listItem", depth: lists, ...range, marker });
      for (const child of node.children ?? []) walk(child, lists);
      return;
    }
    if (PARAGRAPH_ROLES.has(role)) {
      const range = extent(node);
      // A paragraph inside a list item or a table cell is part of that block.
      if (range && !found.some((b) => b.kind !== "heading" && b.start <= range.start && range.end <= b.end))
        found.push({ node, kind: "paragraph", depth: 0, ...range });
      return;
    }
    for (const child of node.children ?? []) walk(child, role === "L" ? lists + 1 : lists);
  };
  if (page.structure) walk(page.structure, 0);
  return found.flatMap((b): Block[] => {
    const offset = b.start;
    const endOffset = b.end;
    const words = text.slice(offset, endOffset);
    if (b.kind === "heading")
      return [{ kind: "heading", offset, endOffset, depth: b.depth, ...headingNumber(words), place: {} }];
    if (b.kind === "listItem") {
      const marker = b.marker ? text.slice(b.marker.start, b.marker.end).trim() : "";
      const number = /^\d+/.exec(marker);
      return [
        {
          kind: "listItem",
          offset,
          endOffset,
          level: Math.max(1, b.depth),
          ordered: /^(?:\d+|[a-z]|[ivxlc]+)[.)]$|^\(\w+\)$/i.test(marker),
          marker,
          ...(number ? { number: Number(number[0]) } : {}),
          place: {},
        },
      ];
    }
    if (b.kind === "table") {
      const rows = (b.rows ?? []).filter((row) => row.length > 0);
      if (rows.length === 0) return [{ kind: "paragraph", offset, endOffset, place: {} }];
      return [
        {
          kind: "table",
          offset,
          endOffset,
          rows: rows.map((row) => row.map((cell) => tableCell(text, cell.start, cell.end))),
          headerRow: rows[0].every((cell) => cell.header),
          place: {},
        },
      ];
    }
    return [{ kind: "paragraph", offset, endOffset, place: {} }];
  });
}

/** A table element's rows (TR, inside THead/TBody/TFoot or not) and their cells (TH, TD) with text. */
function tableRows(
  table: StructNode,
  extent: (node: StructNode) => { start: number; end: number } | undefined,
): Array<Array<{ start: number; end: number; header: boolean }>> {
  const rows: Array<Array<{ start: number; end: number; header: boolean }>> = [];
  const visit = (node: StructNode) => {
    if (node.role === "TR") {
      const cells: Array<{ start: number; end: number; header: boolean }> = [];
      for (const cell of node.children ?? []) {
        if (cell.role !== "TH" && cell.role !== "TD") continue;
        const range = extent(cell);
        if (range) cells.push({ ...range, header: cell.role === "TH" });
      }
      rows.push(cells);
      return;
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(table);
  return rows;
}

/** A table cell: its words on one line, and its range in the text (without the line break after its last word). */
export function tableCell(text: string, offset: number, endOffset: number): TableCell {
  let end = endOffset;
  while (end > offset && /\s/.test(text[end - 1])) end--;
  return { text: text.slice(offset, end).replace(/\s+/g, " ").trim(), offset, endOffset: end };
}
