/**
 * Markdown text (a .md policy) → its outline: headings, links and link targets (anchors) with their offsets,
 * from remark's mdast.
 */
import GithubSlugger, { slug } from "github-slugger";
import type { Nodes, Root } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFootnoteFromMarkdown } from "mdast-util-gfm-footnote";
import { gfmStrikethroughFromMarkdown } from "mdast-util-gfm-strikethrough";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTaskListItemFromMarkdown } from "mdast-util-gfm-task-list-item";
import { toString as mdToString } from "mdast-util-to-string";
import { gfmFootnote } from "micromark-extension-gfm-footnote";
import { gfmStrikethrough } from "micromark-extension-gfm-strikethrough";
import { gfmTable } from "micromark-extension-gfm-table";
import { gfmTaskListItem } from "micromark-extension-gfm-task-list-item";
import type { Block, ListItemBlock, TableBlock } from "../document/blocks.js";
import { headingNumber } from "../document/blocks.js";
import { headingAttributes } from "../document/heading-attributes.js";
import { placeByLine } from "../document/place.js";
import { LineIndex } from "../positions.js";
import type { Outline } from "../rule.js";

/**
 * CommonMark with GitHub's tables, footnotes, strikethrough and task lists — remark-gfm's extensions except its
 * autolink literals ("www.…" as a link), which the rules never need (they read addresses in the text) and which
 * cost a third of the parse. micromark's own parser, without unified's processor around it.
 */
const extensions = [gfmTable(), gfmFootnote(), gfmStrikethrough(), gfmTaskListItem()];
const mdastExtensions = [
  gfmTableFromMarkdown(),
  gfmFootnoteFromMarkdown(),
  gfmStrikethroughFromMarkdown(),
  gfmTaskListItemFromMarkdown(),
];
const parse = (text: string): Root =>
  fromMarkdown(withoutUnclosedComments(text), { extensions, mdastExtensions });

/**
 * The text with each "<!--" that no "-->" follows — no comment: CommonMark reads it as text — given another first
 * character of the same length ("‹"), so micromark does not look for its end from each one: thirty thousand of them
 * on a line took it several seconds (hostile suite: markdown-unclosed-deletion-comments). Offsets are unchanged. Every
 * "<!--" before the last "-->" has an end, so only those after it are touched.
 */
function withoutUnclosedComments(text: string): string {
  const lastEnd = text.lastIndexOf("-->");
  const first = text.indexOf("<!--", Math.max(lastEnd, 0));
  if (first < 0) return text;
  return text.slice(0, first) + text.slice(first).replaceAll("<!--", "‹!--");
}

/** Documents up to this size are parsed whole, exactly as CommonMark reads them. */
const WHOLE = 256 * 1024;
/** Larger ones in pieces of about this size (micromark's time grows with the square of a paragraph's lines). */
const PIECE = 32 * 1024;

/**
 * Where to cut a long document: at line breaks, preferring a blank line (between blocks) in the second half
 * of each piece. A construct cut in two (a paragraph, a list) is read as two, which changes no heading and
 * at most a link broken over the cut; reference links whose definition is in another piece are not links.
 */
function pieces(text: string): Array<[number, number]> {
  if (text.length <= WHOLE) return [[0, text.length]];
  const found: Array<[number, number]> = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + PIECE);
    if (end < text.length) {
      const blank = text.lastIndexOf("\n\n", end);
      const line = text.lastIndexOf("\n", end);
      end = blank > start + PIECE / 2 ? blank + 1 : line > start ? line + 1 : end;
    }
    found.push([start, end]);
    start = end;
  }
  return found;
}

export function markdownOutline(text: string): Outline {
  return readMarkdown(text).outline;
}

/** The outline and the document model (blocks placed by line) of Markdown text, from one parse. */
export function readMarkdown(text: string): { outline: Outline; blocks: Block[] } {
  const outline: Outline = { headings: [], links: [], anchors: [] };
  const blocks: Block[] = [];
  const slugger = new GithubSlugger();
  for (const [from, to] of pieces(text)) {
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    const root = parse(piece);
    outlineOf(root, from, outline, slugger);
    blocksOf(root, from, text, blocks);
  }
  placeByLine(blocks, new LineIndex(text));
  return { outline, blocks };
}

/** Markdown's blocks: headings, paragraphs (and code, HTML), list items, tables; inline content is not walked. */
function blocksOf(root: Root, base: number, text: string, blocks: Block[]): void {
  const range = (node: Nodes) => {
    const offset = offsetOf(node.position?.start.offset, base);
    const endOffset = offsetOf(node.position?.end.offset, base);
    return offset === undefined || endOffset === undefined ? undefined : { offset, endOffset, place: {} };
  };
  const walk = (node: Nodes, level: number, inItem: boolean) => {
    switch (node.type) {
      case "heading": {
        const at = range(node);
        if (at)
          blocks.push({ kind: "heading", depth: node.depth, ...headingNumber(mdToString(node)), ...at });
        return;
      }
      case "paragraph":
      case "code":
      case "html":
      case "math" as string: {
        const at = range(node);
        if (at && !inItem) blocks.push({ kind: "paragraph", ...at });
        return;
      }
      case "list":
        node.children.forEach((item, index) => {
          const at = range(item);
          if (at) {
            const marker = /^\s*([-*+]|\d{1,9}[.)])/.exec(text.slice(at.offset, at.offset + 16))?.[1] ?? "-";
            const block: ListItemBlock = {
              kind: "listItem",
              level: level + 1,
              ordered: !!node.ordered,
              marker,
              ...at,
            };
            if (node.ordered) block.number = (node.start ?? 1) + index;
            blocks.push(block);
          }
          for (const child of item.children) walk(child as Nodes, level + 1, true);
        });
        return;
      case "table": {
        const at = range(node);
        if (!at) return;
        const block: TableBlock = { kind: "table", rows: [], headerRow: true, ...at };
        for (const row of node.children)
          block.rows.push(
            row.children.map((cell) => {
              const cellAt = range(cell) ?? at;
              return { text: mdToString(cell).trim(), offset: cellAt.offset, endOffset: cellAt.endOffset };
            }),
          );
        blocks.push(block);
        return;
      }
      case "root":
      case "blockquote":
        for (const child of node.children) walk(child as Nodes, level, inItem);
        return;
      default:
        // Footnote definitions and other containers: their blocks, as blocks of the document.
        if ("children" in node && node.type !== "link" && node.type !== "emphasis" && node.type !== "strong")
          for (const child of node.children as Nodes[]) if (isBlock(child)) walk(child, level, inItem);
    }
  };
  walk(root, 0, false);
}

const BLOCK_TYPES = new Set(["heading", "paragraph", "code", "html", "list", "table", "blockquote", "math"]);
function isBlock(node: Nodes): boolean {
  return BLOCK_TYPES.has(node.type);
}

/** A `{#id …}` attribute block anywhere in a paragraph (the id ends at a space or the closing brace). */
const ATTRIBUTE_ID = /\{#([^\s{}]+)(?:\s[^{}]*)?\}/g;
/** `<a id="…">`, `<a name="…">` or any element's id written as HTML inside Markdown. */
const HTML_ID = /<[a-z][a-z0-9-]*\s[^>]*?\b(id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi;

function anchorsOfHtml(html: string, offset: number, outline: Outline): void {
  for (const match of html.matchAll(HTML_ID)) {
    const id = (match[2] ?? match[3] ?? match[4] ?? "").trim();
    if (id === "" || (match[1].toLowerCase() === "name" && !/^<a\s/i.test(match[0]))) continue;
    outline.anchors?.push({ id, offset });
  }
}

function outlineOf(root: Root, base: number, outline: Outline, slugger: GithubSlugger): void {
  const walk = (node: Nodes, block?: Nodes) => {
    const start = offsetOf(node.position?.start.offset, base);
    const end = offsetOf(node.position?.end.offset, base);
    if (start !== undefined && end !== undefined) {
      if (node.type === "heading") {
        const words = mdToString(node);
        outline.headings.push({ depth: node.depth, text: words, offset: start, endOffset: end });
        // GitHub's id for the heading as written; with `{#id}`, that id and the slug of the words before it.
        outline.anchors?.push({ id: slugger.slug(words), offset: start });
        const explicit = headingAttributes(words);
        if (explicit?.id) {
          outline.anchors?.push({ id: explicit.id, offset: start });
          const before = explicit.words;
          if (before.trim() !== "") outline.anchors?.push({ id: slug(before), offset: start });
        }
      }
      if (node.type === "html") anchorsOfHtml(node.value, start, outline);
      // Pandoc's attributes anywhere in the text: `[]{#_Toc123 .anchor}` (a Word bookmark), `[words]{#id}`.
      if (node.type === "text" && block?.type !== "heading")
        for (const match of node.value.matchAll(ATTRIBUTE_ID))
          outline.anchors?.push({ id: match[1], offset: start + (match.index ?? 0) });
      if (node.type === "link") {
        const around = block?.position ? block.position : node.position;
        outline.links.push({
          url: node.url,
          text: mdToString(node).trim(),
          offset: start,
          endOffset: end,
          blockOffset: offsetOf(around?.start.offset, base) ?? start,
          blockEnd: offsetOf(around?.end.offset, base) ?? end,
        });
      }
    }
    if (!("children" in node)) return;
    const inner =
      node.type === "paragraph" || node.type === "tableCell" || node.type === "heading" ? node : block;
    for (const child of node.children) walk(child as Nodes, inner);
  };
  walk(root);
}

function offsetOf(offset: number | undefined, base: number): number | undefined {
  return offset === undefined ? undefined : offset + base;
}
