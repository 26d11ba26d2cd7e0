/** empty-link: a link that goes nowhere, or "click here" with nothing behind it. */
import type { Link, Nodes } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import { visit } from "unist-util-visit";
import type { Rule } from "../rule.js";
import { reportAt } from "./helpers.js";

const EMPTY_URL = /^\s*(?:#?|javascript:(?:void\(0\);?)?|about:blank|https?:\/\/)?\s*$/i;
const CLICK_HERE = /\bclick\s+(?:here|this\s+link)\b/gi;
const URL_IN_TEXT = /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+|\b\S+@\S+\.\S+/i;

export const rule: Rule = {
  meta: {
    id: "empty-link",
    description:
      'Finds links with no target (an empty address or "#") and "click here" text with no link behind it — common when a Word template is filled in and the links are never added. Readers of a printed or PDF copy cannot follow them either: give the full address, or link the words to it.',
    defaultSeverity: "warning",
  },
  checkDocument(context) {
    const { text, tree } = context.document;
    const allLinks: Array<[number, number]> = [];
    const blocks: Array<[number, number, boolean]> = [];

    visit(tree, (node: Nodes) => {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start === undefined || end === undefined) return;
      if (node.type === "link") {
        const link = node as Link;
        allLinks.push([start, end]);
        if (EMPTY_URL.test(link.url)) {
          const words = mdToString(link).trim() || link.url;
          reportAt(
            context,
            start,
            end,
            `The link "${words}" does not go anywhere — add the web address it should open, or remove the link`,
          );
        }
      }
      if (node.type === "paragraph" || node.type === "tableCell" || node.type === "heading") {
        let linked = false;
        visit(node, "link", (l: Link) => {
          if (!EMPTY_URL.test(l.url)) linked = true;
        });
        blocks.push([start, end, linked]);
      }
    });

    for (const match of text.matchAll(CLICK_HERE)) {
      const offset = match.index ?? 0;
      const endOffset = offset + match[0].length;
      // Inside a link: fine, or already reported as a link to nowhere.
      if (allLinks.some(([s, e]) => offset >= s && endOffset <= e)) continue;
      const block = blocks.find(([s, e]) => offset >= s && endOffset <= e);
      if (block?.[2]) continue;
      // Plain text (PDF, .txt): a web address on the same line is what "click here" means.
      const lineStart = text.lastIndexOf("\n", offset) + 1;
      const lineEnd = text.indexOf("\n", endOffset);
      const line = text.slice(lineStart, lineEnd < 0 ? undefined : lineEnd);
      if (URL_IN_TEXT.test(line)) continue;
      reportAt(
        context,
        offset,
        endOffset,
        `"${match[0]}" has no link behind it, and means nothing on paper — name the page and give its web address instead`,
      );
    }
  },
};
