/**
 * A PDF as the audit's reader gives it, made by hand for a test: its pages joined by a blank line, each page's
 * running header and footer lines blocks of their own (page furniture), the body's lines paragraphs.
 */
import type { Block } from "../../src/audit/document/blocks.js";
import type { SourceDocument } from "../../src/audit/rule.js";

export function pdfPages(
  pages: Array<{ body: string[]; header?: string[]; footer?: string[] }>,
): SourceDocument {
  let text = "";
  const starts: number[] = [];
  const blocks: Block[] = [];
  for (const [n, page] of pages.entries()) {
    if (n > 0) text += "\n\n";
    starts.push(text.length);
    const lines: Array<[string, "header" | "footer" | undefined]> = [
      ...(page.header ?? []).map((l): [string, "header"] => [l, "header"]),
      ...page.body.map((l): [string, undefined] => [l, undefined]),
      ...(page.footer ?? []).map((l): [string, "footer"] => [l, "footer"]),
    ];
    for (const [i, [line, region]] of lines.entries()) {
      const offset = text.length;
      text += line + (i < lines.length - 1 ? "\n" : "");
      blocks.push({
        kind: "paragraph",
        offset,
        endOffset: offset + line.length,
        place: region ? { page: n + 1, region } : { page: n + 1 },
      });
    }
  }
  return {
    file: "policy.pdf",
    format: "pdf",
    text,
    outline: { headings: [], links: [], anchors: [] },
    blocks,
    pages: starts,
  };
}
