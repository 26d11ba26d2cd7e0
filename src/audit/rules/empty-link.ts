/** empty-link: a link that goes nowhere, or "click here" with nothing behind it. */
import type { Rule } from "../rule.js";
import { allMatches } from "../text/matches.js";
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
    const { text, outline } = context.document;
    for (const link of outline.links) {
      if (!EMPTY_URL.test(link.url)) continue;
      reportAt(
        context,
        link.offset,
        link.endOffset,
        `The link "${link.text || link.url}" does not go anywhere — add the web address it should open, or remove the link`,
      );
    }

    for (const match of allMatches(CLICK_HERE, text)) {
      const offset = match.index ?? 0;
      const endOffset = offset + match[0].length;
      // Inside a link: fine, or already reported as a link to nowhere. Beside a real link: that is the link.
      const inside = (s: number, e: number) => offset >= s && endOffset <= e;
      if (outline.links.some((l) => inside(l.offset, l.endOffset))) continue;
      if (outline.links.some((l) => !EMPTY_URL.test(l.url) && inside(l.blockOffset, l.blockEnd))) continue;
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
