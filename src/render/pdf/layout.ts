/**
 * The page layout: walks the filled Markdown tree and places every line, rule and table cell on A4 pages,
 * producing a display list that index.ts draws. Keeps headings with what follows, avoids single lines at
 * the foot or head of a page, repeats a table's header row on every page it spans.
 */
import type { Blockquote, Heading, List, PhrasingContent, RootContent, Table } from "mdast";
import { toString as plainText } from "mdast-util-to-string";
import type { HeadingInfo } from "../../model.js";
import { type BlockCache, FrozenIds, scaledLimit } from "../block-cache.js";
import { type FontKey, type Fonts, fontData } from "./fonts.js";
import { breakLines, type Line, type Span, type Style, unbreakableWords } from "./lines.js";

export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { top: 72, bottom: 64, left: 56.7, right: 56.7 };
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const BOTTOM = MARGIN.bottom;
const TOP = PAGE.height - MARGIN.top;

const BODY = 10.5;
const LEADING = 1.38;
const TEXT: [number, number, number] = [0.1, 0.1, 0.1];
const HEADING_COLOR: [number, number, number] = [0.12, 0.22, 0.39];
const LINK_COLOR: [number, number, number] = [0.02, 0.33, 0.68];
const RULE_COLOR: [number, number, number] = [0.55, 0.67, 0.86];
const HEADING_SIZES = [20, 15, 12.5, 11, 10.5, 10.5];
/** Colours as constants, not an array per item: page content writes each colour once, by its array (content.ts). */
const HEADER_FILL: [number, number, number] = [0.85, 0.89, 0.95];
const LEADER_COLOR: [number, number, number] = [0.5, 0.5, 0.5];

export type Item =
  | {
      kind: "text";
      page: number;
      x: number;
      y: number;
      text: string;
      font: FontKey;
      size: number;
      color: [number, number, number];
      underline?: boolean;
      width: number;
      tag?: number;
    }
  | {
      kind: "line";
      page: number;
      x1: number;
      y1: number;
      x2: number;
      y2: number;
      width: number;
      color: [number, number, number];
    }
  | { kind: "rect"; page: number; x: number; y: number; w: number; h: number; fill: [number, number, number] }
  | { kind: "link"; page: number; x: number; y: number; w: number; h: number; target: string; tag?: number }
  | { kind: "pageref"; page: number; right: number; y: number; target: string; size: number; tag?: number }
  | { kind: "image"; page: number; x: number; y: number; w: number; h: number; tag?: number };

/** A node of the PDF's structure tree (tagged PDF): Document, H1, P, L, LI, Lbl, LBody, Table, TR, TH, TD … */
export interface StructElem {
  role: string;
  /** Alternative text (figures). */
  alt?: string;
  /** A table header cell's scope: the column below it, or the row beside it (key–value tables). */
  scope?: "Column" | "Row";
  /** What a link is, in words, for its annotations' /Contents: the link's text. */
  contents?: string;
  /** Index of the parent element; -1 for the Document root. */
  parent: number;
}

/**
 * A run of a layout's items, in drawing order: a block placed from the block cache keeps the items laid out for the
 * earlier document (shared, never changed) with the page it starts on and its first structure element here, instead
 * of a copy of each item renumbered; the items laid out afresh make runs of their own (page 0, their own tags).
 */
export interface LayoutPart {
  items: readonly Item[];
  /** Added to each item's page. */
  page: number;
  /** The index of the run's first structure element: an item's tag t >= 0 is t + tags, t < 0 is -1 - t. */
  tags: number;
}

export interface Layout {
  pages: number;
  /** The items as runs (LayoutPart): what the PDF is drawn from, by eachItem. */
  parts: readonly LayoutPart[];
  /** How many items there are. */
  count: number;
  /**
   * Every item with its page and structure element, in drawing order (a copy: tests, inspection). A getter that
   * builds the whole copy on every read: read it once into a local (`const items = layout.items`), never
   * `layout.items[i]` in a loop; draw with eachItem, count with `count`. test/render-pdf-layout-items.test.ts
   * holds it equal to eachItem's sequence.
   */
  readonly items: Item[];
  /** Heading id → where it starts, for links, contents page numbers and the outline. */
  destinations: Map<string, { page: number; y: number }>;
  /** The structure tree; text items point into it with `tag`. Untagged items are artifacts. */
  structs: StructElem[];
}

/**
 * A top-level block as it was laid out for an earlier document, to be placed again when another document has
 * the same block at the same height on its page: what it added, relative to where it started. Pages are counted
 * from the block's first page; structure elements from the block's first element, and an element outside the
 * block (the Document, its parent) as -1 - its index.
 */
export interface LaidBlock {
  items: Item[];
  structs: StructElem[];
  /** Headings placed, in order: id, page, y. */
  destinations: Array<[string, number, number]>;
  /** Characters the fonts lack, each once, in the order met (they are warned about for every document). */
  missing: string[];
  pages: number;
  /** Where the next block starts on the block's last page. */
  y: number;
  /** An estimate of the bytes it holds, for the cache's budget. */
  bytes: number;
}

/** What a block is being laid out into, when it is being recorded for the block cache. */
interface Recording {
  items: number;
  structs: number;
  page: number;
  destinations: Array<[string, number, number]>;
  missing: Set<string>;
}

interface Box {
  x: number;
  width: number;
  /** Vertical bars drawn beside every line (block quotes), as x positions. */
  bars: readonly number[];
}
const NO_BARS: readonly number[] = [];

export class Layouter {
  private page = 0;
  private y = TOP;
  /** The items laid out afresh since the last block placed from the cache. */
  private items: Item[] = [];
  /** The runs of items before `items` (LayoutPart). */
  private readonly parts: LayoutPart[] = [];
  private readonly destinations = new Map<string, { page: number; y: number }>();
  private readonly structs: StructElem[] = [{ role: "Document", parent: -1 }];
  /** The structure element new elements go under. */
  private container = 0;
  /** The leaf element receiving text now; undefined = artifact (running furniture, leaders, repeats). */
  private tag: number | undefined;
  /** The Link element of each link of a leaf ("leaf:link index"): a link broken over lines stays one element. */
  private readonly links = new Map<string, number>();

  /** The top-level block being laid out now, when it will be kept in the block cache. */
  private recording: Recording | undefined;

  /**
   * @param onMissing told of each character the fonts lack (laid out as "?"), whenever it is met
   * @param blocks top-level blocks laid out for earlier documents (src/render/block-cache.ts); none: every
   *   block is laid out afresh, which gives the same layout
   */
  constructor(
    private readonly fonts: Fonts,
    private readonly headings: readonly HeadingInfo[],
    private readonly onMissing: (char: string) => void,
    private readonly blocks?: BlockCache<LaidBlock>,
  ) {}

  private readonly reportMissing = (char: string) => {
    this.recording?.missing.add(char);
    this.onMissing(char);
  };

  private cover(text: string, font: FontKey): string {
    return this.fonts.cover(text, font, this.reportMissing);
  }

  run(nodes: readonly RootContent[], logo?: { width: number; height: number; alt: string }): Layout {
    const box: Box = { x: MARGIN.left, width: CONTENT_WIDTH, bars: [] };
    if (logo && logo.width > 0 && logo.height > 0) {
      // At most 160 × 60 points, keeping the logo's proportions.
      const scale = Math.min(160 / logo.width, 60 / logo.height, 1);
      const w = logo.width * scale;
      const h = logo.height * scale;
      const tag = this.element("Figure");
      this.structs[tag].alt = logo.alt;
      this.items.push({ kind: "image", page: 0, x: box.x, y: this.y - h, w, h, tag });
      this.y -= h + 12;
    }
    nodes.forEach((node, i) => {
      if (this.blocks) this.reusedBlock(this.blocks, node, box, nodes[i + 1]);
      else this.block(node, box, nodes[i + 1]);
    });
    this.endRun();
    const parts = this.parts;
    let count = 0;
    for (const part of parts) count += part.items.length;
    return {
      pages: this.page + 1,
      parts,
      count,
      get items() {
        const items: Item[] = [];
        for (const part of parts)
          for (const item of part.items)
            items.push(moved(item, item.page + part.page, (t) => tagIn(t, part.tags)));
        return items;
      },
      destinations: this.destinations,
      structs: this.structs,
    };
  }

  /** Ends the run of items laid out afresh (before a cached block's, or at the end). */
  private endRun(): void {
    if (this.items.length === 0) return;
    this.parts.push({ items: this.items, page: 0, tags: 0 });
    this.items = [];
  }

  /**
   * A top-level block, from the cache when an earlier document had the same block starting at the same height
   * on its page. The key is everything the block's layout reads: the block itself (every field but its
   * position in the template), where it starts, whether a block follows it and is a heading (a heading keeps
   * with what follows), the contents' headings for the contents list, and the column (always the full width
   * at the top level). The fonts are the same for every entry (see pdfBlockCache).
   */
  private reusedBlock(blocks: BlockCache<LaidBlock>, node: RootContent, box: Box, next?: RootContent): void {
    const following = next === undefined ? "end" : next.type === "heading" ? "heading" : "other";
    const contents =
      node.type === "toc" ? JSON.stringify(this.headings.filter((h) => h.depth >= 2 && h.depth <= 3)) : "";
    const key = `${this.y}|${box.x}|${box.width}|${box.bars.join(",")}|${following}|${contents}|${blockJson(node)}`;
    let made = false;
    const laid = blocks.get(key, () => {
      made = true;
      return this.record(() => this.block(node, box, next));
    });
    if (!made) this.place(laid);
  }

  /** Lays a block out in this document and returns it as a LaidBlock for the cache. */
  private record(layOut: () => void): LaidBlock {
    const at: Recording = {
      items: this.items.length,
      structs: this.structs.length,
      page: this.page,
      destinations: [],
      missing: new Set(),
    };
    this.recording = at;
    try {
      layOut();
    } finally {
      this.recording = undefined;
    }
    const index = (i: number) => (i >= at.structs ? i - at.structs : -1 - i);
    const items = this.items.slice(at.items).map((item) => {
      const copy = { ...item, page: item.page - at.page };
      if (copy.kind !== "line" && copy.kind !== "rect" && copy.tag !== undefined) copy.tag = index(copy.tag);
      return copy;
    });
    const structs = this.structs.slice(at.structs).map((e) => ({ ...e, parent: index(e.parent) }));
    return {
      items,
      structs,
      destinations: at.destinations.map(([id, page, y]) => [id, page - at.page, y]),
      missing: [...at.missing],
      pages: this.page - at.page,
      y: this.y,
      bytes: 200 * items.length + 100 * structs.length + 100 * at.destinations.length,
    };
  }

  /** Places a block laid out for an earlier document here, as laying it out again would. */
  private place(laid: LaidBlock): void {
    const page = this.page;
    const base = this.structs.length;
    const index = (i: number) => tagIn(i, base);
    this.endRun();
    this.parts.push({ items: laid.items, page, tags: base });
    for (const e of laid.structs) {
      const element: StructElem = { role: e.role, parent: index(e.parent) };
      if (e.alt !== undefined) element.alt = e.alt;
      if (e.scope !== undefined) element.scope = e.scope;
      if (e.contents !== undefined) element.contents = e.contents;
      this.structs.push(element);
    }
    for (const [id, p, y] of laid.destinations) this.destinations.set(id, { page: p + page, y });
    for (const char of laid.missing) this.onMissing(char);
    this.page += laid.pages;
    this.y = laid.y;
  }

  private setDestination(id: string, at: { page: number; y: number }): void {
    this.destinations.set(id, at);
    this.recording?.destinations.push([id, at.page, at.y]);
  }

  private element(role: string, parent = this.container): number {
    this.structs.push({ role, parent });
    return this.structs.length - 1;
  }

  /** Runs `place` with its text tagged as one leaf element (a paragraph, heading, cell …). */
  private leaf(role: string, place: () => void): void {
    const previous = this.tag;
    this.tag = this.element(role);
    place();
    this.tag = previous;
  }

  /** Runs `place` inside a grouping element (a list, list item, table, row …). */
  private group(role: string, place: () => void): void {
    const previous = this.container;
    this.container = this.element(role);
    place();
    this.container = previous;
  }

  private newPage(): void {
    this.page++;
    this.y = TOP;
  }

  private space(points: number): void {
    if (this.y !== TOP) this.y -= points;
  }

  private block(node: RootContent, box: Box, next?: RootContent): void {
    switch (node.type) {
      case "heading":
        this.heading(node, box, next);
        return;
      case "paragraph":
        this.leaf("P", () => this.paragraph(this.spans(node.children, this.style()), box, BODY));
        this.space(BODY * 0.6);
        return;
      case "list":
        this.group("L", () => this.list(node, box, 0));
        this.space(BODY * 0.4);
        return;
      case "table":
        this.group("Table", () => this.table(node, box));
        this.space(BODY * 0.9);
        return;
      case "blockquote":
        this.group("BlockQuote", () => this.blockquote(node, box));
        return;
      case "code": {
        const style: Style = { font: "mono", size: 9, color: TEXT };
        this.leaf("P", () => {
          for (const line of node.value.split("\n")) this.paragraph([{ text: line || " ", style }], box, 9);
        });
        this.space(BODY * 0.6);
        return;
      }
      case "thematicBreak":
        this.need(BODY);
        this.space(BODY * 0.4);
        this.items.push({
          kind: "line",
          page: this.page,
          x1: box.x,
          y1: this.y,
          x2: box.x + box.width,
          y2: this.y,
          width: 0.6,
          color: RULE_COLOR,
        });
        this.y -= BODY;
        return;
      case "toc":
        this.group("TOC", () => this.contents(box));
        return;
      case "html":
        this.leaf("P", () => this.paragraph([{ text: node.value, style: this.style() }], box, BODY));
        return;
      case "definition":
        return;
      default:
        throw new Error(
          `PDF renderer: no handler for Markdown node type '${node.type}'${node.position ? ` at line ${node.position.start.line}` : ""}`,
        );
    }
  }

  private style(extra: Partial<Style> = {}): Style {
    return { font: "regular", size: BODY, color: TEXT, ...extra };
  }

  /** Inline Markdown → styled spans. */
  private spans(nodes: readonly PhrasingContent[], style: Style): Span[] {
    const out: Span[] = [];
    // Links are numbered within the text they are in, so the same paragraph gives the same spans (line cache).
    let links = 0;
    const fontFor = (s: Style, bold: boolean, italic: boolean): FontKey => {
      const b = bold || s.font === "bold" || s.font === "boldItalic";
      const i = italic || s.font === "italic" || s.font === "boldItalic";
      return b && i ? "boldItalic" : b ? "bold" : i ? "italic" : "regular";
    };
    const walk = (list: readonly PhrasingContent[], s: Style) => {
      for (const node of list) {
        switch (node.type) {
          case "text":
            out.push({ text: this.cover(node.value.replace(/\r?\n/g, " "), s.font), style: s });
            break;
          case "strong":
            walk(node.children, { ...s, font: fontFor(s, true, false) });
            break;
          case "emphasis":
            walk(node.children, { ...s, font: fontFor(s, false, true) });
            break;
          case "delete":
            walk(node.children, s);
            break;
          case "inlineCode":
            out.push({
              text: this.cover(node.value, "mono"),
              style: { ...s, font: "mono", size: s.size * 0.92 },
            });
            break;
          case "break":
            out.push({ text: "\n", style: s });
            break;
          case "link":
            walk(node.children, {
              ...s,
              link: node.url,
              linkIndex: ++links,
              linkText: plainText(node).replace(/\s+/g, " ").trim(),
              color: LINK_COLOR,
              underline: true,
            });
            break;
          case "image":
            if (node.alt) out.push({ text: `[${node.alt}]`, style: s });
            break;
          case "html":
            out.push({ text: node.value, style: s });
            break;
          default:
            break;
        }
      }
    };
    walk(nodes, style);
    return out;
  }

  /** Makes sure `height` points are free on this page, else starts a new one. */
  private need(height: number): void {
    if (this.y - height < BOTTOM && this.y !== TOP) this.newPage();
  }

  private heading(node: Heading, box: Box, next?: RootContent): void {
    const size = HEADING_SIZES[node.depth - 1];
    const style = this.style({ font: "bold", size, color: HEADING_COLOR });
    const lines = breakLines(this.spans(node.children, style), box.width, this.fonts, size);
    const height = lines.length * size * 1.25;
    // Keep the heading with at least two lines of what follows.
    const following = next && next.type !== "heading" ? 2 * BODY * LEADING + size : 0;
    this.space(node.depth === 1 ? 0 : size * 0.9);
    if (this.y - height - following < BOTTOM && this.y !== TOP) this.newPage();
    const id = (node.data as { id?: string } | undefined)?.id;
    if (id) this.setDestination(id, { page: this.page, y: this.y + 4 });
    this.leaf(`H${Math.min(node.depth, 6)}`, () => this.placeLines(lines, box, size * 1.25, false));
    this.y -= size * 0.45;
  }

  /**
   * Places lines, breaking pages with widow and orphan control: never a paragraph's first line alone at the
   * foot of a page or its last line alone at the head of the next.
   */
  private placeLines(
    lines: Line[],
    box: Box,
    lineHeight: number,
    control = true,
    align: "left" | "right" | "center" = "left",
  ): void {
    let i = 0;
    while (i < lines.length) {
      const fit = Math.floor((this.y - BOTTOM) / lineHeight);
      const left = lines.length - i;
      if (fit < 1 && this.y !== TOP) {
        this.newPage();
        continue;
      }
      // Orphan: the paragraph's first line alone at the foot of the page.
      if (control && i === 0 && left > 1 && fit < 2 && this.y !== TOP) {
        this.newPage();
        continue;
      }
      let take = Math.max(1, Math.min(fit, left));
      // Widow: its last line alone at the head of the next page.
      if (control && take < left && left - take === 1 && take > (i === 0 ? 2 : 1)) take -= 1;
      for (const line of lines.slice(i, i + take)) this.placeLine(line, box, lineHeight, align);
      i += take;
      if (i < lines.length) this.newPage();
    }
  }

  private placeLine(line: Line, box: Box, lineHeight: number, align: "left" | "right" | "center"): void {
    const baseline = this.y - line.size * 0.95 - (lineHeight - line.size * 1.2) / 2;
    let x =
      align === "right"
        ? box.x + box.width - line.width
        : align === "center"
          ? box.x + (box.width - line.width) / 2
          : box.x;
    for (const run of line.runs) {
      // Linked words are a Link element inside their paragraph, owning both the text and the annotations:
      // one element for the whole link, however many lines (and so annotations) it takes.
      const tag = run.style.link && this.tag !== undefined ? this.linkElement(this.tag, run.style) : this.tag;
      this.items.push({
        kind: "text",
        page: this.page,
        x,
        y: baseline,
        text: run.text,
        font: run.style.font,
        size: run.style.size,
        color: run.style.color,
        underline: run.style.underline,
        width: run.width,
        tag,
      });
      if (run.style.link)
        this.items.push({
          kind: "link",
          page: this.page,
          x,
          y: baseline - 2,
          w: run.width,
          h: run.style.size + 2,
          target: run.style.link,
          tag,
        });
      x += run.width;
    }
    for (const bar of box.bars)
      this.items.push({
        kind: "line",
        page: this.page,
        x1: bar,
        y1: this.y,
        x2: bar,
        y2: this.y - lineHeight,
        width: 2,
        color: RULE_COLOR,
      });
    this.y -= lineHeight;
  }

  private linkElement(leaf: number, style: Style): number {
    const key = `${leaf}:${style.linkIndex ?? style.link}`;
    let tag = this.links.get(key);
    if (tag === undefined) {
      tag = this.element("Link", leaf);
      this.structs[tag].contents = style.linkText || style.link;
      this.links.set(key, tag);
    }
    return tag;
  }

  private paragraph(spans: Span[], box: Box, size: number): void {
    const lines = breakLines(spans, box.width, this.fonts, size);
    this.placeLines(lines, box, size * LEADING);
  }

  private list(node: List, box: Box, level: number): void {
    const indent = 18;
    let number = node.start ?? 1;
    for (const item of node.children) {
      const marker = node.ordered ? `${number++}.` : ["•", "◦", "▪"][level % 3];
      const inner: Box = { ...box, x: box.x + indent, width: box.width - indent };
      this.group("LI", () => {
        const label = this.element("Lbl");
        this.group("LBody", () =>
          item.children.forEach((child, index) => {
            if (index === 0 && child.type === "paragraph") {
              const lines = breakLines(
                this.spans(child.children, this.style()),
                inner.width,
                this.fonts,
                BODY,
              );
              // The marker goes on the item's first line, whichever page that lands on.
              const before = this.items.length;
              this.leaf("P", () => this.placeLines(lines, inner, BODY * LEADING));
              const first = this.items.slice(before).find((it) => it.kind === "text") as
                | Extract<Item, { kind: "text" }>
                | undefined;
              if (first) {
                const markerWidth = this.fonts.width(marker, "regular", BODY);
                // Drawn before the item's text, so the label comes first in reading order (Lbl, then LBody).
                this.items.splice(before, 0, {
                  kind: "text",
                  page: first.page,
                  x: inner.x - markerWidth - 5,
                  y: first.y,
                  text: marker,
                  font: "regular",
                  size: BODY,
                  color: TEXT,
                  width: markerWidth,
                  tag: label,
                });
              }
              this.y -= 2;
            } else if (child.type === "list") {
              this.group("L", () => this.list(child, inner, level + 1));
            } else {
              this.block(child, inner);
            }
          }),
        );
      });
    }
  }

  private blockquote(node: Blockquote, box: Box): void {
    const inner: Box = { x: box.x + 14, width: box.width - 14, bars: [...box.bars, box.x + 4] };
    for (const child of node.children) {
      if (child.type === "paragraph") {
        this.leaf("P", () =>
          this.paragraph(
            this.spans(child.children, this.style({ font: "italic", color: [0.25, 0.25, 0.25] })),
            inner,
            BODY,
          ),
        );
        this.space(BODY * 0.4);
      } else this.block(child, inner);
    }
    this.space(BODY * 0.4);
  }

  private contents(box: Box): void {
    const entries = this.headings.filter((h) => h.depth >= 2 && h.depth <= 3);
    if (entries.length === 0) return;
    const size = 15;
    this.space(size * 0.9);
    this.need(size * 1.25 + 3 * BODY * LEADING);
    this.leaf("P", () =>
      this.placeLines(
        breakLines(
          [{ text: "Contents", style: this.style({ font: "bold", size, color: HEADING_COLOR }) }],
          box.width,
          this.fonts,
          size,
        ),
        box,
        size * 1.25,
        false,
      ),
    );
    this.y -= 4;
    const numberRoom = 28;
    for (const entry of entries) {
      const indent = entry.depth === 3 ? 16 : 0;
      const style = this.style();
      const inner: Box = { ...box, x: box.x + indent, width: box.width - indent - numberRoom };
      const lines = breakLines(
        [{ text: this.cover(entry.text, "regular"), style }],
        inner.width,
        this.fonts,
        BODY,
      );
      const lineHeight = BODY * LEADING;
      if (this.y - lines.length * lineHeight < BOTTOM) this.newPage();
      const top = this.y;
      // The whole entry, page number included, is one link: a Link element in the TOCI.
      const entryTag = this.element("Link", this.element("TOCI"));
      this.structs[entryTag].contents = entry.text;
      this.tag = entryTag;
      for (const line of lines) this.placeLine(line, inner, lineHeight, "left");
      this.tag = undefined;
      const last = lines[lines.length - 1];
      const baseline = this.y + lineHeight - BODY * 0.95 - (lineHeight - BODY * 1.2) / 2;
      // Dot leaders from the end of the entry to the page number.
      const dotsFrom = inner.x + (last?.width ?? 0) + 6;
      const dotsTo = box.x + box.width - numberRoom + 4;
      const dotWidth = this.fonts.width(".", "regular", BODY) * 1.6;
      const count = Math.max(0, Math.floor((dotsTo - dotsFrom) / dotWidth));
      if (count > 0)
        this.items.push({
          kind: "text",
          page: this.page,
          x: dotsTo - count * dotWidth,
          y: baseline,
          text: ". ".repeat(count).trimEnd(),
          font: "regular",
          size: BODY * 0.8,
          color: LEADER_COLOR,
          width: count * dotWidth,
        });
      this.items.push({
        kind: "pageref",
        page: this.page,
        right: box.x + box.width,
        y: baseline,
        target: entry.id,
        size: BODY,
        tag: entryTag,
      });
      this.items.push({
        kind: "link",
        page: this.page,
        x: box.x,
        y: this.y,
        w: box.width,
        h: top - this.y,
        target: `#${entry.id}`,
        tag: entryTag,
      });
    }
    this.space(BODY);
  }

  private table(node: Table, box: Box): void {
    const rows = node.children;
    const columns = Math.max(...rows.map((r) => r.children.length));
    if (columns === 0) return;
    const pad = 4;
    const header = this.style({ font: "bold" });
    const cellSpans = rows.map((row, r) =>
      Array.from({ length: columns }, (_, c) =>
        this.spans((row.children[c]?.children ?? []) as PhrasingContent[], r === 0 ? header : this.style()),
      ),
    );
    const widths = this.columnWidths(cellSpans, columns, box.width, pad);
    const lineHeight = BODY * 1.3;
    const laid = cellSpans.map((cells) =>
      cells.map((spans, c) => breakLines(spans, widths[c] - 2 * pad, this.fonts, BODY)),
    );
    const height = (cells: Line[][]) =>
      Math.max(1, ...cells.map((lines) => lines.length)) * lineHeight + 2 * pad;
    const xs: number[] = [box.x];
    for (const w of widths) xs.push(xs[xs.length - 1] + w);

    const drawRow = (cells: Line[][], from: number[], count: number, isHeader: boolean, tags?: number[]) => {
      const h = count * lineHeight + 2 * pad;
      const top = this.y;
      if (isHeader)
        this.items.push({
          kind: "rect",
          page: this.page,
          x: box.x,
          y: top - h,
          w: box.width,
          h,
          fill: HEADER_FILL,
        });
      cells.forEach((lines, c) => {
        this.y = top - pad;
        const cellBox: Box = { x: xs[c] + pad, width: widths[c] - 2 * pad, bars: NO_BARS };
        const align =
          node.align?.[c] === "right" ? "right" : node.align?.[c] === "center" ? "center" : "left";
        const previous = this.tag;
        this.tag = tags?.[c];
        const end = Math.min(lines.length, from[c] + count);
        for (let l = from[c]; l < end; l++) this.placeLine(lines[l], cellBox, lineHeight, align);
        this.tag = previous;
      });
      const bottom = top - h;
      // Written out, not spread from a shared border: a table's rules are a good part of its items.
      const page = this.page;
      const border = (x1: number, y1: number, x2: number, y2: number): Item => ({
        kind: "line",
        page,
        x1,
        y1,
        x2,
        y2,
        width: 0.5,
        color: RULE_COLOR,
      });
      this.items.push(border(box.x, top, box.x + box.width, top));
      this.items.push(border(box.x, bottom, box.x + box.width, bottom));
      for (const x of xs) this.items.push(border(x, top, x, bottom));
      this.y = bottom;
    };

    const headerHeight = height(laid[0]);
    // A key–value table ("Policy details": a label, then its value) has its labels as row headers.
    const keyValue = isKeyValueTable(node);
    // Every cell is tagged, empty or not, so each row has as many cells as the table has columns. The header
    // row is tagged once (TH cells, each heading its column); its repeats on later pages are artifacts.
    const rowTags = (header: boolean) => {
      let tags: number[] = [];
      this.group("TR", () => {
        tags = laid[0].map((_, c) => {
          if (!header && !(keyValue && c === 0)) return this.element("TD");
          const th = this.element("TH");
          this.structs[th].scope = header ? "Column" : "Row";
          return th;
        });
      });
      return tags;
    };
    const headerTags = rowTags(true);
    const drawHeader = (tags?: number[]) =>
      drawRow(
        laid[0],
        laid[0].map(() => 0),
        Math.max(1, ...laid[0].map((l) => l.length)),
        true,
        tags,
      );
    // Keep the header with the first body row.
    this.need(headerHeight + (laid[1] ? Math.min(height(laid[1]), 3 * lineHeight + 2 * pad) : 0));
    drawHeader(headerTags);
    for (const cells of laid.slice(1)) {
      const cellTags = rowTags(false);
      const rowLines = Math.max(1, ...cells.map((l) => l.length));
      const rowHeight = rowLines * lineHeight + 2 * pad;
      const pageRoom = TOP - BOTTOM - headerHeight;
      if (this.y - rowHeight < BOTTOM && rowHeight <= pageRoom) {
        this.newPage();
        drawHeader();
      }
      // A row taller than what is left is split across pages, line by line.
      const from = cells.map(() => 0);
      let done = 0;
      while (done < rowLines) {
        let fit = Math.floor((this.y - BOTTOM - 2 * pad) / lineHeight);
        if (fit < 1) {
          this.newPage();
          drawHeader();
          fit = Math.floor((this.y - BOTTOM - 2 * pad) / lineHeight);
        }
        const count = Math.min(fit, rowLines - done);
        drawRow(cells, from, count, false, cellTags);
        for (let c = 0; c < from.length; c++) from[c] += count;
        done += count;
        if (done < rowLines) {
          this.newPage();
          drawHeader();
        }
      }
    }
  }

  /**
   * A cell's text measured for its column: its width on one line and its widest unbreakable word. The same cells
   * (labels, dates, a partnership's contacts) recur in every setting's tables, and finding the words of each (dates,
   * phone numbers and addresses kept whole) was a third of laying out a setting's own table.
   */
  private measureCell(span: Span): { width: number; widest: number } {
    let measures = cellMeasures.get(fontData());
    if (!measures || measures.size >= scaledLimit(CELL_MEASURES_LIMIT)) {
      measures = new Map();
      cellMeasures.set(fontData(), measures);
    }
    const { font, size } = span.style;
    const key = `${font}|${size}|${span.text}`;
    let measured = measures.get(key);
    if (measured === undefined) {
      let widest = 0;
      for (const word of unbreakableWords(span.text))
        widest = Math.max(widest, this.fonts.width(word, font, size));
      measured = { width: this.fonts.width(span.text, font, size), widest };
      measures.set(key, measured);
    }
    return measured;
  }

  /** Column widths: natural widths when they fit; otherwise share the room by how much each column wants. */
  private columnWidths(cells: Span[][][], columns: number, total: number, pad: number): number[] {
    const natural = new Array<number>(columns).fill(2 * pad + 12);
    const minimum = new Array<number>(columns).fill(2 * pad + 12);
    for (const row of cells)
      row.forEach((spans, c) => {
        let width = 0;
        for (const span of spans) {
          const measured = this.measureCell(span);
          width += measured.width;
          minimum[c] = Math.max(minimum[c], Math.min(measured.widest + 2 * pad, total * 0.3));
        }
        natural[c] = Math.max(natural[c], width + 2 * pad);
      });
    // Short cells (a phone number, a date) stay on one line when they can.
    for (let c = 0; c < columns; c++)
      if (natural[c] <= total * 0.2) minimum[c] = Math.max(minimum[c], natural[c]);
    const sumNatural = natural.reduce((a, b) => a + b, 0);
    if (sumNatural <= total) return natural.map((w) => (w / sumNatural) * total);
    const sumMin = minimum.reduce((a, b) => a + b, 0);
    if (sumMin >= total) return minimum.map((w) => (w / sumMin) * total);
    const want = natural.map((n, c) => n - minimum[c]);
    const sumWant = want.reduce((a, b) => a + b, 0) || 1;
    return minimum.map((m, c) => m + ((total - sumMin) * want[c]) / sumWant);
  }
}

/** A structure element's index in the document, from an item's tag in a run that starts at element `base`. */
export function tagIn(tag: number, base: number): number {
  return tag >= 0 ? tag + base : -1 - tag;
}

/**
 * Calls `each` with every item of the layout, in drawing order, with its page and structure element (tag).
 */
export function eachItem(
  layout: Layout,
  each: (item: Item, page: number, tag: number | undefined) => void,
): void {
  for (const part of layout.parts)
    for (const item of part.items)
      each(
        item,
        item.page + part.page,
        item.kind === "line" || item.kind === "rect" || item.tag === undefined
          ? undefined
          : tagIn(item.tag, part.tags),
      );
}

/**
 * A copy of an item on another page, its structure element renumbered: written out per kind, as a thousand
 * object spreads of six shapes per policy were the costliest part of placing cached blocks.
 */
function moved(item: Item, page: number, index: (tag: number) => number): Item {
  const tag =
    item.kind === "line" || item.kind === "rect" || item.tag === undefined ? undefined : index(item.tag);
  switch (item.kind) {
    case "text":
      return {
        kind: "text",
        page,
        x: item.x,
        y: item.y,
        text: item.text,
        font: item.font,
        size: item.size,
        color: item.color,
        underline: item.underline,
        width: item.width,
        tag,
      };
    case "line":
      return {
        kind: "line",
        page,
        x1: item.x1,
        y1: item.y1,
        x2: item.x2,
        y2: item.y2,
        width: item.width,
        color: item.color,
      };
    case "rect":
      return { kind: "rect", page, x: item.x, y: item.y, w: item.w, h: item.h, fill: item.fill };
    case "link":
      return { kind: "link", page, x: item.x, y: item.y, w: item.w, h: item.h, target: item.target, tag };
    case "pageref":
      return {
        kind: "pageref",
        page,
        right: item.right,
        y: item.y,
        target: item.target,
        size: item.size,
        tag,
      };
    case "image":
      return { kind: "image", page, x: item.x, y: item.y, w: item.w, h: item.h, tag };
  }
}

/**
 * Table cells' measures (Layouter.measureCell), for the font files in use; started afresh when full: 20,000 at the
 * default cache budget (about 5 MiB), fewer in a thread given a smaller one (scaledLimit: 5,000 in a build worker).
 */
const cellMeasures = new WeakMap<object, Map<string, { width: number; widest: number }>>();
const CELL_MEASURES_LIMIT = 20_000;

/** JSON.stringify's replacer for a block's cache key: a node's position in the template changes nothing drawn. */
function withoutPosition(key: string, value: unknown): unknown {
  return key === "position" ? undefined : value;
}

/** Each frozen block's JSON, by object: a template's fixed text is one frozen object shared by every policy. */
const frozenIds = new FrozenIds();

/**
 * A block as JSON without its positions, for its cache key. A frozen block (a template's fixed text, src/render/safe.ts)
 * is written once, not for every policy (JSON.stringify with a replacer was a twentieth of a policy's time), and
 * stands in the key as a short id (FrozenIds).
 */
function blockJson(node: RootContent): string {
  return frozenIds.of(node, () => JSON.stringify(node, withoutPosition));
}

/**
 * A table of labels and their values: two columns whose header names the whole table and leaves the second
 * cell empty ("Policy details" | ""), or one the template marks with data.keyValue.
 */
export function isKeyValueTable(node: Table): boolean {
  if ((node.data as { keyValue?: boolean } | undefined)?.keyValue) return true;
  const header = node.children[0]?.children ?? [];
  const columns = Math.max(0, ...node.children.map((row) => row.children.length));
  return (
    columns === 2 &&
    node.children.length > 1 &&
    plainText(header[0] ?? { type: "text", value: "" }).trim() !== "" &&
    plainText(header[1] ?? { type: "text", value: "" }).trim() === ""
  );
}
