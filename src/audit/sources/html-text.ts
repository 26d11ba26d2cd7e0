/**
 * HTML (ours, or Word's through mammoth) → the Markdown-like text the rules read, plus its outline: headings
 * and links with their offsets in that text. One pass over htmlparser2's events; no tree is built and no
 * Markdown is parsed again, which made reading a policy about thirty times quicker than going
 * HTML → hast → mdast → Markdown → mdast.
 *
 * The text follows Markdown's conventions (ATX headings, `- ` and `1. ` lists indented by their marker,
 * `| a | b |` tables, `[words](url)` links, `**strong**`, `~~struck through~~`), so a finding's line and column read naturally.
 */
import { Parser } from "htmlparser2";
import type {
  Block,
  HeadingBlock,
  ListItemBlock,
  ParagraphBlock,
  TableBlock,
  TableCell,
} from "../document/blocks.js";
import { headingNumber } from "../document/blocks.js";
import { placeBySection } from "../document/place.js";
import type { Outline, OutlineAnchor, OutlineLink } from "../rule.js";
import { hideStruckText } from "../text/lines.js";
import { Unreadable } from "./unreadable.js";

/** Lists and quotes nested deeper than this are not a policy. */
export const MAX_NESTING = 100;

/** Elements whose content is never policy text. */
const SKIP = new Set(["head", "script", "style", "template", "noscript", "svg", "math", "iframe", "object"]);
const HEADING = /^h([1-6])$/;
/** Elements that start a new block (a blank line before and after). */
const BLOCK = new Set([
  "p",
  "div",
  "section",
  "article",
  "main",
  "header",
  "footer",
  "nav",
  "aside",
  "figure",
  "figcaption",
  "address",
  "dl",
  "dt",
  "dd",
  "details",
  "summary",
  "form",
  "fieldset",
  "caption",
  "body",
  "html",
]);

interface List {
  ordered: boolean;
  next: number;
}

/** A block that links sit in (paragraph, list item, table cell, heading): where it starts, once it does. */
interface LinkBlock {
  /** Offset of its first character, once one is written. */
  offset?: number;
  links: OutlineLink[];
}

interface OpenLink {
  url: string;
  /** Where its "[" is in the output chunks, to become "<" for an autolink. */
  at: number;
  offset: number;
  words: string;
  block: LinkBlock;
}

export interface HtmlText {
  text: string;
  outline: Outline;
  /** The document model: headings, paragraphs, list items and tables, placed by section and paragraph. */
  blocks: Block[];
}

/** An open table of the document model, and the row and cell being written. */
interface ModelTable {
  block: TableBlock;
  inHead: boolean;
  /** Whether every cell of the first row is a th. */
  allTh: boolean;
  row?: TableCell[];
  cell?: TableCell;
}

const REGIONS = new Set(["header", "footer"]);

export function htmlToText(html: string): HtmlText {
  const out: string[] = [];
  let length = 0;
  const outline: Outline = { headings: [], links: [], anchors: [] };
  /** Link targets (id, a name) seen since the last character written: they mark the next one. */
  const pendingAnchors: OutlineAnchor[] = [];
  /** Newlines owed before the next character: 1 ends a line, 2 leaves a blank line. */
  let owedBreaks = 0;
  let owedSpace = false;
  let atLineStart = true;
  /** Continuation indent of the open list items and block quotes, outermost first. */
  const indents: string[] = [];
  /** The list item marker waiting for its first line. */
  let marker: string | undefined;
  const lists: List[] = [];
  const blocks: LinkBlock[] = [];
  /** The document model, in document order (a block is added when it opens, finished when it closes). */
  const model: Block[] = [];
  /** The paragraph being written, when the text is in no heading, list item or table. */
  let paragraph: ParagraphBlock | undefined;
  let headingBlock: HeadingBlock | undefined;
  const items: ListItemBlock[] = [];
  const modelTables: ModelTable[] = [];
  /** A Word page header or footer (`data-region` on the element docx.ts wraps it in), while inside it. */
  let region: { tag: string; depth: number; name: "header" | "footer" } | undefined;
  /** A horizontal rule's "---" and a heading's "#" are no paragraph. */
  let noParagraph = false;
  let skipping = 0;
  let preformatted = 0;
  let heading: { depth: number; offset: number; words: string } | undefined;
  let link: OpenLink | undefined;
  /** Open tables: rows written so far, and cells written in the current row. */
  const tables: Array<{ rows: number; cells: number }> = [];
  /** The last thing written was an opening marker, so a space right after it is dropped. */
  let justOpened = false;

  const write = (s: string) => {
    out.push(s);
    length += s.length;
  };
  const breakLines = (n: number) => {
    if (length > 0) owedBreaks = Math.max(owedBreaks, n);
    owedSpace = false;
    if (n > 1) endParagraph();
  };
  /**
   * Writes into the flow: pays owed line breaks, the line's indent and list marker, and an owed space.
   * "open" markers (`[`, `**`) swallow the space after them; "close" markers leave an owed space owed.
   */
  const emit = (s: string, kind: "text" | "open" | "close" = "text") => {
    if (owedBreaks > 0) {
      write(owedBreaks > 1 ? "\n\n" : "\n");
      owedBreaks = 0;
      atLineStart = true;
    }
    if (atLineStart) {
      if (marker !== undefined) {
        const outer = indents.slice(0, -1).join("");
        for (const item of items) if (item.offset < 0) item.offset = length + outer.length;
        write(outer + marker);
        marker = undefined;
      } else write(indents.join(""));
      atLineStart = false;
      owedSpace = false;
    }
    if (owedSpace && kind !== "close") {
      write(" ");
      collect(" ");
      owedSpace = false;
    }
    for (const block of blocks) block.offset ??= length;
    if (kind !== "close") startModelBlocks();
    if (pendingAnchors.length > 0) {
      for (const anchor of pendingAnchors) anchor.offset = length;
      pendingAnchors.length = 0;
    }
    write(s);
    if (kind === "text") collect(s);
    justOpened = kind === "open";
  };
  /** The plain words of the heading or link being written. */
  const collect = (s: string) => {
    if (heading) heading.words += s;
    if (link) link.words += s;
    const cell = modelTables[modelTables.length - 1]?.cell;
    if (cell) cell.text += s;
  };
  /** Text is about to be written at `length`: the model blocks waiting for their first character start here. */
  const startModelBlocks = () => {
    for (const table of modelTables) {
      if (table.block.offset < 0) table.block.offset = length;
      if (table.cell && table.cell.offset < 0) table.cell.offset = length;
    }
    if (!paragraph && !heading && !noParagraph && items.length === 0 && modelTables.length === 0) {
      paragraph = { kind: "paragraph", offset: length, endOffset: length, place: {} };
      if (region) paragraph.region = region.name;
      model.push(paragraph);
    }
  };
  const endParagraph = () => {
    if (!paragraph) return;
    paragraph.endOffset = length;
    paragraph = undefined;
  };
  // Each line starts with every open list and quote's indent: nesting without limit would be quadratic.
  const tooDeep = () => {
    if (indents.length > MAX_NESTING)
      throw new Unreadable(
        `it nests lists or quotes more than ${MAX_NESTING} deep, which no policy needs — check it is the right file`,
      );
  };
  const inTable = () => tables.length > 0 && tables[tables.length - 1].cells > 0;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (skipping > 0 || SKIP.has(name)) {
          skipping++;
          return;
        }
        anchorsOf(name, attributes);
        if (region?.tag === name) region.depth++;
        else if (!region && REGIONS.has(attributes["data-region"] ?? ""))
          region = { tag: name, depth: 1, name: attributes["data-region"] as "header" | "footer" };
        const h = HEADING.exec(name);
        if (h) {
          breakLines(2);
          blocks.push({ links: [] });
          noParagraph = true;
          emit(`${"#".repeat(Number(h[1]))} `, "open");
          noParagraph = false;
          heading = { depth: Number(h[1]), offset: length - Number(h[1]) - 1, words: "" };
          headingBlock = {
            kind: "heading",
            depth: heading.depth,
            title: "",
            offset: heading.offset,
            endOffset: length,
            place: {},
          };
          if (region) headingBlock.region = region.name;
          model.push(headingBlock);
          return;
        }
        switch (name) {
          case "br":
            if (inTable() || heading) owedSpace = true;
            else breakLines(1);
            return;
          case "hr":
            breakLines(2);
            noParagraph = true;
            emit("---");
            noParagraph = false;
            breakLines(2);
            return;
          case "ul":
          case "ol":
            breakLines(lists.length > 0 ? 1 : 2);
            lists.push({ ordered: name === "ol", next: Number(attributes.start ?? 1) || 1 });
            return;
          case "li": {
            breakLines(1);
            const list = lists[lists.length - 1] ?? { ordered: false, next: 1 };
            endParagraph();
            const item: ListItemBlock = {
              kind: "listItem",
              level: lists.length || 1,
              ordered: list.ordered,
              marker: list.ordered ? `${list.next}.` : "-",
              offset: -1,
              endOffset: -1,
              place: {},
            };
            if (list.ordered) item.number = list.next;
            if (region) item.region = region.name;
            model.push(item);
            items.push(item);
            marker = list.ordered ? `${list.next++}. ` : "- ";
            indents.push(" ".repeat(marker.length));
            tooDeep();
            blocks.push({ links: [] });
            return;
          }
          case "blockquote":
            breakLines(2);
            indents.push("> ");
            tooDeep();
            return;
          case "pre":
            breakLines(2);
            emit("```");
            breakLines(1);
            preformatted++;
            return;
          case "table": {
            breakLines(2);
            tables.push({ rows: 0, cells: 0 });
            const block: TableBlock = {
              kind: "table",
              rows: [],
              headerRow: false,
              offset: -1,
              endOffset: -1,
              place: {},
            };
            if (region) block.region = region.name;
            model.push(block);
            modelTables.push({ block, inHead: false, allTh: true });
            return;
          }
          case "thead": {
            const table = modelTables[modelTables.length - 1];
            if (table && tables.length > 0) table.inHead = true;
            return;
          }
          case "tr": {
            const table = tables[tables.length - 1];
            if (!table) return;
            breakLines(1);
            table.cells = 0;
            const modelTable = modelTables[modelTables.length - 1];
            if (modelTable) {
              modelTable.row = [];
              modelTable.block.rows.push(modelTable.row);
              if (modelTable.block.rows.length === 1 && modelTable.inHead) modelTable.block.headerRow = true;
            }
            return;
          }
          case "td":
          case "th": {
            const table = tables[tables.length - 1];
            if (!table) return;
            if (table.cells === 0) {
              if (owedBreaks === 0 && !atLineStart) breakLines(1);
              emit("|", "open");
            }
            table.cells++;
            owedSpace = true;
            blocks.push({ links: [] });
            const modelTable = modelTables[modelTables.length - 1];
            if (modelTable) {
              if (!modelTable.row) {
                modelTable.row = [];
                modelTable.block.rows.push(modelTable.row);
              }
              modelTable.cell = { text: "", offset: -1, endOffset: -1 };
              modelTable.row.push(modelTable.cell);
              if (name === "td" && modelTable.block.rows.length === 1) modelTable.allTh = false;
            }
            return;
          }
          case "a":
            if (attributes.href === undefined || link) return;
            emit("[", "open");
            link = {
              url: attributes.href,
              at: out.length - 1,
              offset: length - 1,
              words: "",
              block: blocks[blocks.length - 1],
            };
            return;
          case "strong":
          case "b":
            emit("**", "open");
            return;
          case "em":
          case "i":
            emit("*", "open");
            return;
          case "s":
          case "strike":
          case "del":
            emit("~~", "open");
            return;
          case "code":
            if (preformatted === 0) emit("`", "open");
            return;
          case "img":
            return;
        }
        if (BLOCK.has(name)) {
          if (!inTable()) breakLines(2);
          if (name === "p" || name === "dt" || name === "dd" || name === "caption" || name === "summary")
            blocks.push({ links: [] });
        }
      },
      ontext(data) {
        if (skipping > 0) return;
        if (preformatted > 0) {
          const lines = data.split("\n");
          lines.forEach((line, i) => {
            if (i > 0) {
              write("\n");
              atLineStart = true;
            }
            if (line) emit(line);
          });
          return;
        }
        const collapsed = data.replace(/[ \t\n\r\f]+/g, " ");
        if (collapsed.startsWith(" ") && !justOpened) owedSpace = true;
        const core = collapsed.trim();
        if (core) emit(inTable() ? core.replace(/\|/g, "\\|") : core);
        if (core && collapsed.endsWith(" ")) owedSpace = true;
      },
      onclosetag(name) {
        if (skipping > 0) {
          skipping--;
          return;
        }
        if (region?.tag === name && --region.depth === 0) {
          endParagraph();
          region = undefined;
        }
        const h = HEADING.exec(name);
        if (h && heading) {
          const words = heading.words.trim();
          outline.headings.push({
            depth: heading.depth,
            text: words,
            offset: heading.offset,
            endOffset: length,
          });
          if (headingBlock) {
            Object.assign(headingBlock, headingNumber(words));
            headingBlock.endOffset = length;
            headingBlock = undefined;
          }
          heading = undefined;
          closeBlock();
          breakLines(2);
          return;
        }
        switch (name) {
          case "ul":
          case "ol":
            lists.pop();
            breakLines(lists.length > 0 ? 1 : 2);
            return;
          case "li": {
            indents.pop();
            marker = undefined;
            closeBlock();
            endParagraph();
            const item = items.pop();
            if (item) {
              item.endOffset = length;
              // An item with no words is no paragraph.
              if (item.offset < 0) model.splice(model.lastIndexOf(item), 1);
            }
            breakLines(1);
            return;
          }
          case "blockquote":
            indents.pop();
            breakLines(2);
            return;
          case "pre":
            preformatted--;
            breakLines(1);
            emit("```");
            breakLines(2);
            return;
          case "table": {
            if (tables.length === 0) return;
            tables.pop();
            const table = modelTables.pop();
            if (table) {
              table.block.endOffset = length;
              if (!table.block.headerRow && table.allTh && table.block.rows.length > 1)
                table.block.headerRow = true;
              if (table.block.offset < 0) model.splice(model.lastIndexOf(table.block), 1);
            }
            breakLines(2);
            return;
          }
          case "thead": {
            const table = modelTables[modelTables.length - 1];
            if (table) table.inHead = false;
            return;
          }
          case "tr": {
            const table = tables[tables.length - 1];
            if (!table || table.cells === 0) return;
            table.rows++;
            // After the first row, the delimiter row that makes it a Markdown table's header.
            if (table.rows === 1) {
              const cells = table.cells;
              breakLines(1);
              emit(`|${" - |".repeat(cells)}`);
            }
            table.cells = 0;
            breakLines(1);
            const modelTable = modelTables[modelTables.length - 1];
            if (modelTable) modelTable.row = undefined;
            return;
          }
          case "td":
          case "th": {
            if (!tables[tables.length - 1]) return;
            const modelTable = modelTables[modelTables.length - 1];
            const cell = modelTable?.cell;
            if (modelTable && cell) {
              if (cell.offset < 0) cell.offset = length;
              cell.endOffset = length;
              cell.text = cell.text.trim();
              modelTable.cell = undefined;
            }
            closeBlock();
            owedSpace = false;
            emit(" |", "close");
            return;
          }
          case "a":
            if (!link) return;
            closeLink();
            return;
          case "strong":
          case "b":
            emit("**", "close");
            return;
          case "em":
          case "i":
            emit("*", "close");
            return;
          case "s":
          case "strike":
          case "del":
            emit("~~", "close");
            return;
          case "code":
            if (preformatted === 0) emit("`", "close");
            return;
        }
        if (BLOCK.has(name)) {
          if (name === "p" || name === "dt" || name === "dd" || name === "caption" || name === "summary")
            closeBlock();
          if (!inTable()) breakLines(2);
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );

  /** An element's id (and an a's name) is a place a "#…" link can point at. */
  function anchorsOf(name: string, attributes: Record<string, string>) {
    const ids = [attributes.id, name === "a" ? attributes.name : undefined];
    for (const id of ids) {
      if (id === undefined || id.trim() === "") continue;
      const anchor = { id: id.trim(), offset: length };
      outline.anchors?.push(anchor);
      pendingAnchors.push(anchor);
    }
  }

  function closeLink() {
    if (!link) return;
    const words = link.words;
    // An address shown as itself is written as Markdown writes it: <https://…>, <name@example.org>.
    if (words === link.url || `mailto:${words}` === link.url) {
      out[link.at] = "<";
      emit(">", "close");
    } else emit(`](${link.url})`, "close");
    const found: OutlineLink = {
      url: link.url,
      text: words.trim(),
      offset: link.offset,
      endOffset: length,
      blockOffset: link.offset,
      blockEnd: length,
    };
    outline.links.push(found);
    link.block?.links.push(found);
    link = undefined;
  }

  function closeBlock() {
    const block = blocks.pop();
    if (!block) return;
    for (const found of block.links) {
      found.blockOffset = block.offset ?? found.offset;
      found.blockEnd = length;
    }
  }

  parser.write(html);
  parser.end();
  if (link) closeLink();
  endParagraph();
  placeBySection(model);
  if (length > 0) write("\n");
  // Struck-through words (written "~~…~~" above) are removed words for every rule: spaces, same offsets.
  return { text: hideStruckText(out.join("")), outline, blocks: model };
}
