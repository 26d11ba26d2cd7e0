/**
 * Tagged PDF: the structure tree (Document → H1…H6, P, L/LI/Lbl/LBody, Table/TR/TH/TD, TOC/TOCI, BlockQuote)
 * written as text (pdf-text.ts) from the marked content the pages were written with. Screen
 * readers and reflow follow it; running headers, footers, rules and repeated table headers are artifacts.
 * The logo is a Figure with its alternate text; links are Link elements owning their text and, through
 * OBJR references, their annotations.
 */
import { type PDFDocument, PDFName, type PDFRef } from "pdf-lib";
import type { PageContent } from "./content.js";
import type { StructElem } from "./layout.js";
import { PDFText, pdfArray, pdfDict, pdfTextString } from "./pdf-text.js";

/** A link annotation and the Link structure element it belongs to. */
export interface LinkAnnotation {
  ref: PDFRef;
  /** Its dictionary's entries, written as PDF; /StructParent is added to them from the structure tree. */
  entries: ReadonlyArray<readonly [string, string]>;
  page: number;
  tag: number;
  /** Its key in the parent tree, given by addStructureTree when its element is in the tree. */
  structParent?: number;
}

/**
 * Writes the structure tree and returns true, or false when nothing is tagged (no tree, and the pages have no
 * /StructParents).
 */
export function addStructureTree(
  pdf: PDFDocument,
  pages: readonly PDFRef[],
  content: PageContent[],
  structs: readonly StructElem[],
  annotations: readonly LinkAnnotation[] = [],
): boolean {
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
    let start = marked[i].length ? marked[i][0].order : Number.POSITIVE_INFINITY;
    for (const c of children[i]) if (first[c] >= 0 && first[c] < start) start = first[c];
    first[i] = Number.isFinite(start) ? start : -1;
  }
  // An element with nothing in it (a list without text) is left out, but a table cell is kept, empty or not, so
  // every row has a cell for every column (a screen reader counts cells to know which column it is in).
  const kept = first.map((f) => f >= 0);
  for (let i = structs.length - 1; i >= 0; i--)
    if (structs[i].role === "TH" || structs[i].role === "TD")
      for (let e = i; e >= 0 && !kept[e]; e = structs[e].parent) kept[e] = true;
  if (!kept[0]) return false;

  const refs = structs.map(() => context.nextRef());
  const refTexts = refs.map((ref) => ref.toString());
  const root = context.nextRef();
  const objects = new Map<number, LinkAnnotation[]>();
  for (const a of annotations) objects.set(a.tag, [...(objects.get(a.tag) ?? []), a]);
  const pageRefs = pages.map((page) => page.toString());
  // Hundreds of elements per policy: each is written as the text pdf-lib would write for its dictionary (see
  // PDFText), without building the dictionary, its arrays and names first.
  const names = new Map<string, string>();
  const name = (role: string) => {
    let text = names.get(role);
    if (text === undefined) {
      text = PDFName.of(role).toString();
      names.set(role, text);
    }
    return text;
  };
  // Reused for every element: its kids' place in reading order, the order they were made in, and their text.
  const orders: number[] = [];
  const made: number[] = [];
  const values: string[] = [];
  structs.forEach((element, i) => {
    if (!kept[i]) return;
    const own = marked[i];
    // The element's page (/Pg): its marked content there is named by MCID alone, elsewhere by a reference.
    const page = own.length ? own[0].page : -1;
    // Kids in reading order: child elements and this element's own marked content interleaved. An empty
    // element (a blank cell) reads where it was made: after the sibling made before it.
    orders.length = 0;
    made.length = 0;
    values.length = 0;
    let previous = Number.NEGATIVE_INFINITY;
    for (const child of children[i]) {
      if (!kept[child]) continue;
      if (first[child] >= 0) previous = first[child];
      orders.push(previous);
      made.push(child);
      values.push(refTexts[child]);
    }
    for (const m of own) {
      orders.push(m.order);
      made.push(-1);
      values.push(
        m.page === page
          ? String(m.mcid)
          : pdfDict([
              ["Type", "/MCR"],
              ["Pg", pageRefs[m.page]],
              ["MCID", String(m.mcid)],
            ]),
      );
    }
    // Nearly always in order already (a leaf's own content, a group's children): sorted only when not.
    let sorted = true;
    for (let j = 1; j < orders.length && sorted; j++)
      sorted = orders[j - 1] < orders[j] || (orders[j - 1] === orders[j] && made[j - 1] <= made[j]);
    let k: string[] = values;
    if (!sorted)
      k = orders
        .map((_, j) => j)
        .sort((a, b) => orders[a] - orders[b] || made[a] - made[b])
        .map((j) => values[j]);
    for (const a of objects.get(i) ?? [])
      k.push(
        pdfDict([
          ["Type", "/OBJR"],
          ["Obj", a.ref.toString()],
          ["Pg", pageRefs[a.page]],
        ]),
      );
    const entries: Array<[string, string]> = [
      ["Type", "/StructElem"],
      ["S", name(element.role)],
      ["P", element.parent >= 0 ? refTexts[element.parent] : root.toString()],
      ["K", pdfArray(k)],
    ];
    if (page >= 0) entries.push(["Pg", pageRefs[page]]);
    if (element.alt) entries.push(["Alt", pdfTextString(element.alt)]);
    if (element.scope)
      entries.push([
        "A",
        pdfDict([
          ["O", "/Table"],
          ["Scope", name(element.scope)],
        ]),
      ]);
    context.assign(refs[i], new PDFText(pdfDict(entries)));
  });

  // The parent tree: for each page, its marked content's elements by MCID; then each link annotation's element.
  // Written as text too (a page's array names every element it shows).
  const nums: string[] = [];
  // Each page's /StructParents is its number, and its /Tabs /S (index.ts writes the pages).
  content.forEach((page, p) => {
    const parents: string[] = [];
    for (const element of page.marked) parents.push(refTexts[element]);
    nums.push(String(p), context.register(new PDFText(pdfArray(parents))).toString());
  });
  let key = pages.length;
  for (const a of annotations) {
    if (!kept[a.tag]) continue;
    a.structParent = key;
    nums.push(String(key++), refTexts[a.tag]);
  }
  context.assign(
    root,
    new PDFText(
      pdfDict([
        ["Type", "/StructTreeRoot"],
        ["K", refTexts[0]],
        ["ParentTree", pdfDict([["Nums", pdfArray(nums)]])],
        ["ParentTreeNextKey", String(key)],
      ]),
    ),
  );
  pdf.catalog.set(PDFName.of("StructTreeRoot"), root);
  pdf.catalog.set(PDFName.of("MarkInfo"), context.obj({ Marked: true }));
  return true;
}
