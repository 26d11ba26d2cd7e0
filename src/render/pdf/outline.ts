/**
 * The PDF outline (bookmarks pane), mirroring the headings' nesting, written as text (pdf-text.ts), byte for byte
 * as pdf-lib wrote the same dictionaries.
 */
import { type PDFDocument, PDFName, type PDFRef } from "pdf-lib";
import type { HeadingInfo } from "../../model.js";
import { PDFText, pdfArray, pdfDict, pdfTextString } from "./pdf-text.js";

interface Node {
  heading?: HeadingInfo;
  ref: PDFRef;
  children: Node[];
}

export function addOutline(
  pdf: PDFDocument,
  pages: readonly PDFRef[],
  headings: readonly HeadingInfo[],
  destinations: Map<string, { page: number; y: number }>,
): void {
  const placed = headings.filter((h) => destinations.has(h.id));
  if (placed.length === 0) return;
  const root: Node = { ref: pdf.context.nextRef(), children: [] };
  const stack: Array<{ depth: number; node: Node }> = [{ depth: 0, node: root }];
  for (const heading of placed) {
    while (stack.length > 1 && stack[stack.length - 1].depth >= heading.depth) stack.pop();
    const node: Node = { heading, ref: pdf.context.nextRef(), children: [] };
    stack[stack.length - 1].node.children.push(node);
    stack.push({ depth: heading.depth, node });
  }
  const count = (node: Node): number => node.children.reduce((n, child) => n + 1 + count(child), 0);
  const write = (node: Node, parent?: Node, index = 0) => {
    const entries: Array<[string, string]> = [];
    if (node.heading) {
      const target = destinations.get(node.heading.id) as { page: number; y: number };
      const siblings = (parent as Node).children;
      entries.push(
        ["Title", pdfTextString(node.heading.text)],
        ["Parent", (parent as Node).ref.toString()],
        ["Dest", destination(pages[target.page], target.y)],
      );
      if (index > 0) entries.push(["Prev", siblings[index - 1].ref.toString()]);
      if (index < siblings.length - 1) entries.push(["Next", siblings[index + 1].ref.toString()]);
    } else entries.push(["Type", "/Outlines"]);
    if (node.children.length)
      entries.push(
        ["First", node.children[0].ref.toString()],
        ["Last", node.children[node.children.length - 1].ref.toString()],
        ["Count", String(count(node))],
      );
    pdf.context.assign(node.ref, new PDFText(pdfDict(entries)));
    node.children.forEach((child, i) => {
      write(child, node, i);
    });
  };
  write(root);
  pdf.catalog.set(PDFName.of("Outlines"), root.ref);
  pdf.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

/** An explicit destination, as text: the top of a heading on its page. */
export function destination(page: PDFRef, y: number): string {
  return pdfArray([page.toString(), "/XYZ", "null", String(Math.round(y)), "null"]);
}
