/** Markdown text (a .md policy) → its outline: headings and links with their offsets, from remark's mdast. */
import type { Nodes, Root } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Outline } from "../rule.js";

const parser = unified().use(remarkParse).use(remarkGfm);

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
  const outline: Outline = { headings: [], links: [] };
  for (const [from, to] of pieces(text)) {
    const piece = from === 0 && to === text.length ? text : text.slice(from, to);
    outlineOf(parser.parse(piece) as Root, from, outline);
  }
  return outline;
}

function outlineOf(root: Root, base: number, outline: Outline): void {
  const walk = (node: Nodes, block?: Nodes) => {
    const start = offsetOf(node.position?.start.offset, base);
    const end = offsetOf(node.position?.end.offset, base);
    if (start !== undefined && end !== undefined) {
      if (node.type === "heading")
        outline.headings.push({ depth: node.depth, text: mdToString(node), offset: start, endOffset: end });
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
