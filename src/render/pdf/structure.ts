/**
 * Tagged PDF: the structure tree (Document → H1…H6, P, L/LI/Lbl/LBody, Table/TR/TH/TD, TOC/TOCI, BlockQuote)
 * built with pdf-lib's low-level objects from the marked content the pages were written with. Screen
 * readers and reflow follow it; running headers, footers, rules and repeated table headers are artifacts.
 * The logo is a Figure with its alternate text. Not yet: Link elements with OBJR references to the link annotations.
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

export function addStructureTree(
  pdf: PDFDocument,
  pages: PDFPage[],
  content: PageContent[],
  structs: readonly StructElem[],
): void {
  const { context } = pdf;
  const children: number[][] = structs.map(() => []);
  structs.forEach((e, i) => {
    if (e.parent >= 0) children[e.parent].push(i);
  });
  // Marked content of each element, in page then MCID order.
  const marked: Array<Array<{ page: number; mcid: number }>> = structs.map(() => []);
  content.forEach((page, p) => {
    page.marked.forEach((element, mcid) => {
      marked[element].push({ page: p, mcid });
    });
  });
  // An element with nothing in it (an empty cell, a list without text) is left out.
  const used = new Array<boolean>(structs.length).fill(false);
  for (let i = structs.length - 1; i >= 0; i--)
    used[i] = marked[i].length > 0 || children[i].some((c) => used[c]);
  if (!used[0]) return;

  const refs = structs.map(() => context.nextRef());
  const root = context.nextRef();
  structs.forEach((element, i) => {
    if (!used[i]) return;
    const kids = PDFArray.withContext(context);
    for (const child of children[i]) if (used[child]) kids.push(refs[child]);
    for (const { page, mcid } of marked[i])
      kids.push(context.obj({ Type: "MCR", Pg: pages[page].ref, MCID: mcid }));
    const dict: PDFDict = context.obj({
      Type: "StructElem",
      S: element.role,
      P: element.parent >= 0 ? refs[element.parent] : root,
      K: kids,
    });
    if (marked[i].length) dict.set(PDFName.of("Pg"), pages[marked[i][0].page].ref);
    if (element.alt) dict.set(PDFName.of("Alt"), PDFHexString.fromText(element.alt));
    context.assign(refs[i], dict);
  });

  const nums = PDFArray.withContext(context);
  content.forEach((page, p) => {
    pages[p].node.set(PDFName.of("StructParents"), PDFNumber.of(p));
    pages[p].node.set(PDFName.of("Tabs"), PDFName.of("S"));
    const parents = PDFArray.withContext(context);
    for (const element of page.marked) parents.push(refs[element] as PDFRef);
    nums.push(PDFNumber.of(p));
    nums.push(context.register(parents));
  });
  context.assign(
    root,
    context.obj({
      Type: "StructTreeRoot",
      K: refs[0],
      ParentTree: context.obj({ Nums: nums }),
      ParentTreeNextKey: pages.length,
    }),
  );
  pdf.catalog.set(PDFName.of("StructTreeRoot"), root);
  pdf.catalog.set(PDFName.of("MarkInfo"), context.obj({ Marked: true }));
}
