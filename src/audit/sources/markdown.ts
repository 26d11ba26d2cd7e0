/** Markdown text (a .md policy) → its outline: headings and links with their offsets, from remark's mdast. */
import type { Nodes, Root } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { Outline } from "../rule.js";

const parser = unified().use(remarkParse).use(remarkGfm);

export function markdownOutline(text: string): Outline {
  const outline: Outline = { headings: [], links: [] };
  const walk = (node: Nodes, block?: Nodes) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
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
          blockOffset: around?.start.offset ?? start,
          blockEnd: around?.end.offset ?? end,
        });
      }
    }
    if (!("children" in node)) return;
    const inner =
      node.type === "paragraph" || node.type === "tableCell" || node.type === "heading" ? node : block;
    for (const child of node.children) walk(child as Nodes, inner);
  };
  walk(parser.parse(text) as Root);
  return outline;
}
