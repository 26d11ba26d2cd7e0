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
  const count = structs.length;
  // Children and marked content as flat lists (offsets per element, then the entries), not an array per element:
  // hundreds of elements and thousands of marked contents a policy, built for every document.
  const childStart = new Int32Array(count + 1);
  for (let i = 1; i < count; i++) if (structs[i].parent >= 0) childStart[structs[i].parent + 1]++;
  for (let i = 0; i < count; i++) childStart[i + 1] += childStart[i];
  const childList = new Int32Array(childStart[count]);
  const childFill = childStart.slice(0, count);
  for (let i = 0; i < count; i++) {
    const parent = structs[i].parent;
    if (parent >= 0) childList[childFill[parent]++] = i;
  }
  // Marked content of each element with its place in reading order (pages in order, MCIDs in drawing order): the
  // order is its index in markPage / markId.
  let total = 0;
  for (const page of content) total += page.marked.length;
  const markPage = new Int32Array(total);
  const markId = new Int32Array(total);
  const markStart = new Int32Array(count + 1);
  for (const page of content) for (const element of page.marked) markStart[element + 1]++;
  for (let i = 0; i < count; i++) markStart[i + 1] += markStart[i];
  const markList = new Int32Array(total);
  const markFill = markStart.slice(0, count);
  let order = 0;
  content.forEach((page, p) => {
    page.marked.forEach((element, mcid) => {
      markPage[order] = p;
      markId[order] = mcid;
      markList[markFill[element]++] = order++;
    });
  });
  // Where each element starts in reading order (its first content, its own or a descendant's); -1 = empty.
  const first = new Int32Array(count).fill(-1);
  for (let i = count - 1; i >= 0; i--) {
    let start = markStart[i] < markStart[i + 1] ? markList[markStart[i]] : -1;
    for (let c = childStart[i]; c < childStart[i + 1]; c++) {
      const f = first[childList[c]];
      if (f >= 0 && (start < 0 || f < start)) start = f;
    }
    first[i] = start;
  }
  // An element with nothing in it (a list without text) is left out, but a table cell is kept, empty or not, so
  // every row has a cell for every column (a screen reader counts cells to know which column it is in).
  const kept = new Uint8Array(count);
  for (let i = 0; i < count; i++) kept[i] = first[i] >= 0 ? 1 : 0;
  for (let i = count - 1; i >= 0; i--)
    if (structs[i].role === "TH" || structs[i].role === "TD")
      for (let e = i; e >= 0 && !kept[e]; e = structs[e].parent) kept[e] = 1;
  if (!kept[0]) return false;

  const refs = structs.map(() => context.nextRef());
  const refTexts = refs.map((ref) => ref.toString());
  const root = context.nextRef();
  const rootText = root.toString();
  const objects = new Map<number, LinkAnnotation[]>();
  for (const a of annotations) objects.set(a.tag, [...(objects.get(a.tag) ?? []), a]);
  const pageRefs = pages.map((page) => page.toString());
  // Hundreds of elements per policy: each is written as the text pdf-lib would write for its dictionary (see
  // PDFText), in one template, without building the dictionary, its arrays and names first.
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
  for (let i = 0; i < count; i++) {
    if (!kept[i]) continue;
    const element = structs[i];
    const ownFrom = markStart[i];
    const ownTo = markStart[i + 1];
    // The element's page (/Pg): its marked content there is named by MCID alone, elsewhere by a reference.
    const page = ownFrom < ownTo ? markPage[markList[ownFrom]] : -1;
    // Kids in reading order: child elements and this element's own marked content interleaved. An empty
    // element (a blank cell) reads where it was made: after the sibling made before it.
    orders.length = 0;
    made.length = 0;
    values.length = 0;
    let previous = Number.NEGATIVE_INFINITY;
    for (let c = childStart[i]; c < childStart[i + 1]; c++) {
      const child = childList[c];
      if (!kept[child]) continue;
      if (first[child] >= 0) previous = first[child];
      orders.push(previous);
      made.push(child);
      values.push(refTexts[child]);
    }
    for (let m = ownFrom; m < ownTo; m++) {
      const at = markList[m];
      orders.push(at);
      made.push(-1);
      values.push(
        markPage[at] === page
          ? String(markId[at])
          : `<<\n/Type /MCR\n/Pg ${pageRefs[markPage[at]]}\n/MCID ${markId[at]}\n>>`,
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
      k.push(`<<\n/Type /OBJR\n/Obj ${a.ref}\n/Pg ${pageRefs[a.page]}\n>>`);
    // As pdfDict and pdfArray write it: "[ " and each value followed by a space, then "]".
    const kids = k.length ? `[ ${k.join(" ")} ]` : "[ ]";
    const parent = element.parent >= 0 ? refTexts[element.parent] : rootText;
    let text = `<<\n/Type /StructElem\n/S ${name(element.role)}\n/P ${parent}\n/K ${kids}\n`;
    if (page >= 0) text += `/Pg ${pageRefs[page]}\n`;
    if (element.alt) text += `/Alt ${pdfTextString(element.alt)}\n`;
    if (element.scope) text += `/A <<\n/O /Table\n/Scope ${name(element.scope)}\n>>\n`;
    context.assign(refs[i], new PDFText(`${text}>>`));
  }

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
