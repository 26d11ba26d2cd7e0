/**
 * Tagged PDF: the structure tree (Document → H1…H6, P, L/LI/Lbl/LBody, Table/TR/TH/TD, TOC/TOCI, BlockQuote)
 * built with pdf-lib's low-level objects from the marked content the pages were written with. Screen
 * readers and reflow follow it; running headers, footers, rules and repeated table headers are artifacts.
 * The logo is a Figure with its alternate text; links are Link elements owning their text and, through
 * OBJR references, their annotations.
 */
import {
  PDFArray,
  type PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  type PDFPage,
  type PDFRef,
} from "pdf-lib";
import type { PageContent } from "./content.js";
import type { StructElem } from "./layout.js";

/** A link annotation and the Link structure element it belongs to. */
export interface LinkAnnotation {
  ref: PDFRef;
  dict: PDFDict;
  page: number;
  tag: number;
}

export function addStructureTree(
  pdf: PDFDocument,
  pages: PDFPage[],
  content: PageContent[],
  structs: readonly StructElem[],
  annotations: readonly LinkAnnotation[] = [],
): void {
  const { context } = pdf;
  const children: number[][] = structs.map(() => []);
  structs.forEach((e, i) => {
    if (e.parent >= 0) children[e.parent].push(i);
  });
  // Marked content of each element with its place in reading order (pages in order, MCIDs in drawing order).
  const marked: Array<Array<{ page: number; mcid: number; order: number }>> = structs.map(() => []);
  let order = 0;
  content.forEach((page, p) => {
    page.marked.forEach((element, mcid) => {
      marked[element].push({ page: p, mcid, order: order++ });
    });
  });
  // Where each element starts in reading order (its first content, its own or a descendant's); -1 = empty.
  const first = new Array<number>(structs.length).fill(-1);
  for (let i = structs.length - 1; i >= 0; i--) {
    const own = marked[i].length ? marked[i][0].order : Number.POSITIVE_INFINITY;
    const fromChildren = Math.min(
      Number.POSITIVE_INFINITY,
      ...children[i].map((c) => (first[c] < 0 ? Number.POSITIVE_INFINITY : first[c])),
    );
    const start = Math.min(own, fromChildren);
    first[i] = Number.isFinite(start) ? start : -1;
  }
  // An element with nothing in it (an empty cell, a list without text) is left out.
  if (first[0] < 0) return;

  const refs = structs.map(() => context.nextRef());
  const root = context.nextRef();
  const objects = new Map<number, LinkAnnotation[]>();
  for (const a of annotations) objects.set(a.tag, [...(objects.get(a.tag) ?? []), a]);
  structs.forEach((element, i) => {
    if (first[i] < 0) return;
    // Kids in reading order: child elements and this element's own marked content interleaved.
    const kids: Array<{ order: number; value: PDFRef | PDFDict }> = [];
    for (const child of children[i])
      if (first[child] >= 0) kids.push({ order: first[child], value: refs[child] });
    for (const { page, mcid, order: at } of marked[i])
      kids.push({ order: at, value: context.obj({ Type: "MCR", Pg: pages[page].ref, MCID: mcid }) });
    kids.sort((a, b) => a.order - b.order);
    const k = PDFArray.withContext(context);
    for (const kid of kids) k.push(kid.value);
    for (const a of objects.get(i) ?? [])
      k.push(context.obj({ Type: "OBJR", Obj: a.ref, Pg: pages[a.page].ref }));
    const dict: PDFDict = context.obj({
      Type: "StructElem",
      S: element.role,
      P: element.parent >= 0 ? refs[element.parent] : root,
      K: k,
    });
    if (marked[i].length) dict.set(PDFName.of("Pg"), pages[marked[i][0].page].ref);
    if (element.alt) dict.set(PDFName.of("Alt"), PDFHexString.fromText(element.alt));
    context.assign(refs[i], dict);
  });

  // The parent tree: for each page, its marked content's elements by MCID; then each link annotation's element.
  const nums = PDFArray.withContext(context);
  content.forEach((page, p) => {
    pages[p].node.set(PDFName.of("StructParents"), PDFNumber.of(p));
    pages[p].node.set(PDFName.of("Tabs"), PDFName.of("S"));
    const parents = PDFArray.withContext(context);
    for (const element of page.marked) parents.push(refs[element] as PDFRef);
    nums.push(PDFNumber.of(p));
    nums.push(context.register(parents));
  });
  let key = pages.length;
  for (const a of annotations) {
    if (first[a.tag] < 0) continue;
    a.dict.set(PDFName.of("StructParent"), PDFNumber.of(key));
    nums.push(PDFNumber.of(key++));
    nums.push(refs[a.tag]);
  }
  context.assign(
    root,
    context.obj({
      Type: "StructTreeRoot",
      K: refs[0],
      ParentTree: context.obj({ Nums: nums }),
      ParentTreeNextKey: key,
    }),
  );
  pdf.catalog.set(PDFName.of("StructTreeRoot"), root);
  pdf.catalog.set(PDFName.of("MarkInfo"), context.obj({ Marked: true }));
}
