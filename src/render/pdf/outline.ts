/** The PDF outline (bookmarks pane), mirroring the headings' nesting, built from pdf-lib's low-level objects. */
import {
  PDFArray,
  type PDFDocument,
  PDFHexString,
  PDFName,
  PDFNull,
  PDFNumber,
  type PDFPage,
  type PDFRef,
} from "pdf-lib";
import type { HeadingInfo } from "../../model.js";

interface Node {
  heading?: HeadingInfo;
  ref: PDFRef;
  children: Node[];
}

export function addOutline(
  pdf: PDFDocument,
  pages: PDFPage[],
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
  const write = (node: Node, parent?: Node) => {
    const dict = pdf.context.obj({});
    if (node.heading) {
      const target = destinations.get(node.heading.id) as { page: number; y: number };
      dict.set(PDFName.of("Title"), PDFHexString.fromText(node.heading.text));
      dict.set(PDFName.of("Parent"), (parent as Node).ref);
      dict.set(PDFName.of("Dest"), destination(pdf, pages[target.page].ref, target.y));
      const siblings = (parent as Node).children;
      const index = siblings.indexOf(node);
      if (index > 0) dict.set(PDFName.of("Prev"), siblings[index - 1].ref);
      if (index < siblings.length - 1) dict.set(PDFName.of("Next"), siblings[index + 1].ref);
    } else dict.set(PDFName.of("Type"), PDFName.of("Outlines"));
    if (node.children.length) {
      dict.set(PDFName.of("First"), node.children[0].ref);
      dict.set(PDFName.of("Last"), node.children[node.children.length - 1].ref);
      dict.set(PDFName.of("Count"), PDFNumber.of(count(node)));
    }
    pdf.context.assign(node.ref, dict);
    for (const child of node.children) write(child, node);
  };
  write(root);
  pdf.catalog.set(PDFName.of("Outlines"), root.ref);
  pdf.catalog.set(PDFName.of("PageMode"), PDFName.of("UseOutlines"));
}

/** An explicit destination: the top of a heading on its page. */
export function destination(pdf: PDFDocument, page: PDFRef, y: number): PDFArray {
  const array = PDFArray.withContext(pdf.context);
  array.push(page);
  array.push(PDFName.of("XYZ"));
  array.push(PDFNull);
  array.push(PDFNumber.of(Math.round(y)));
  array.push(PDFNull);
  return array;
}
