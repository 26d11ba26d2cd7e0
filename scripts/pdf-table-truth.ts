/**
 * What a PDF's tables should hold, from the Markdown it was made from (scripts/pdf-tables.ts,
 * test/audit-pdf-tables.test.ts): each table's rows of cell words, compared as letters and digits only — a cell's
 * words wrapped over lines, or a word broken mid-way ("Safeguardin" / "g Officer"), are still its words.
 */
import type { Root, Table } from "mdast";
import { toString as mdastText } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";

/** Words compared: lower case, letters and digits only. */
export const cellKey = (words: string) => words.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** A .md's tables: rows of cell words (a `<br>` inside a cell is a space, as it is a line break in Word). */
export function markdownTables(markdown: string): string[][][] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const tables: string[][][] = [];
  const visit = (node: Root | Root["children"][number]) => {
    if (node.type === "table") {
      tables.push(
        (node as Table).children.map((row) =>
          row.children.map((cell) => mdastText(cell, { includeHtml: false })),
        ),
      );
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child as Root["children"][number]);
  };
  visit(tree);
  return tables;
}
