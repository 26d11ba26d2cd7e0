/**
 * Text already in hand → a SourceDocument's text, outline and blocks: Markdown gets its outline from remark, HTML
 * from htmlparser2, plain text (PDF, .txt) has none. Loaded only for those formats (the Markdown parser is a few
 * hundred kilobytes that a Word or PDF audit never needs).
 */
import { plainBlocks } from "../document/plain.js";
import { LineIndex } from "../positions.js";
import type { SourceDocument } from "../rule.js";
import { hideStruckText } from "../text/lines.js";
import { htmlToText } from "./html-text.js";
import { readMarkdown } from "./markdown.js";
import { Unreadable } from "./unreadable.js";

/** Quotes or lists nested deeper than this, or longer runs of * _ ~, are not a policy (and make the Markdown parser crawl). */
export const MAX_MARKDOWN_NESTING = 100;

/**
 * What would make the Markdown parser crawl, found in one pass before parsing: the deepest nesting of block
 * quotes and list markers at the start of a line ("> > - 1. …"), and the longest run of emphasis marks.
 */
function markdownExtremes(text: string): { nesting: number; marks: number } {
  let nesting = 0;
  let marks = 0;
  let depth = 0;
  let run = 0;
  let atStart = true;
  let afterMarker = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c === 42 /* * */ || c === 95 /* _ */ || c === 126 /* ~ */ ? run + 1 : 0;
    if (run > marks) marks = run;
    if (c === 10) {
      atStart = true;
      afterMarker = true;
      depth = 0;
      continue;
    }
    if (!atStart) continue;
    if (c === 32 || c === 9) {
      afterMarker = true;
      continue;
    }
    const next = text.charCodeAt(i + 1);
    const spaced = next === 32 || next === 9;
    if (afterMarker && (c === 62 /* > */ || ((c === 45 || c === 42 || c === 43) && spaced))) {
      depth++;
      afterMarker = c === 62;
    } else if (afterMarker && c >= 48 && c <= 57) {
      let j = i;
      while (j < text.length && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
      const mark = text.charCodeAt(j);
      const after = text.charCodeAt(j + 1);
      if ((mark === 46 || mark === 41) && (after === 32 || after === 9)) {
        depth++;
        i = j;
        afterMarker = false;
      } else atStart = false;
    } else atStart = false;
    if (depth > nesting) nesting = depth;
  }
  return { nesting, marks };
}

/** Text already in hand: Markdown gets its outline from remark; plain text (PDF, .txt) has none. */
export function sourceText(
  text: string,
  format: SourceDocument["format"],
): Pick<SourceDocument, "text" | "outline" | "blocks"> {
  if (format === "md") {
    const extremes = markdownExtremes(text);
    if (extremes.nesting > MAX_MARKDOWN_NESTING)
      throw new Unreadable(
        `it nests block quotes (">") or lists more than ${MAX_MARKDOWN_NESTING} deep, which no policy needs — check it is the right file`,
      );
    // A long run of marks ("Signed: ________") is no emphasis: the parser gets spaces in its place, same offsets.
    const parsed =
      extremes.marks > MAX_MARKDOWN_NESTING
        ? text.replace(/[*_~]{101,}/g, (run) => " ".repeat(run.length))
        : text;
    // Struck-through words are removed words for every rule (hideStruckText); the parser reads them as written.
    return { text: hideStruckText(text), ...readMarkdown(parsed) };
  }
  if (format === "html") return htmlToText(text);
  return {
    text,
    outline: { headings: [], links: [], anchors: [] },
    blocks: plainBlocks(text, { lines: new LineIndex(text) }),
  };
}
