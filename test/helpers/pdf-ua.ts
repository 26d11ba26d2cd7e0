/**
 * Walks a PDF's structure tree the way a PDF/UA-1 checker does and counts the defects issue 12 names:
 * no XMP metadata (pdfuaid:part, dc:title, dc:language), TH without /Scope, tables whose rows do not all
 * have the same number of cells (an empty cell left out of the tree), link annotations without /Contents
 * or outside the tree, one link split over several Link elements, Lbl after LBody in a list item.
 * Reads the file with pdf-lib only: no code of the renderer under test.
 */
import { inflateSync } from "node:zlib";
import {
  PDFArray,
  PDFDict,
  type PDFDocument,
  PDFHexString,
  PDFName,
  type PDFObject,
  PDFRawStream,
  PDFRef,
  PDFString,
} from "pdf-lib";

export interface PdfUaReport {
  xmp: { present: boolean; pdfuaPart?: string; title?: string; language?: string };
  /** Structure element counts by role (TH, TD, Link, LI …). */
  roles: Record<string, number>;
  th: number;
  thWithoutScope: number;
  /** Row-header TH (Scope Row) and column-header TH (Scope Column). */
  thScopes: Record<string, number>;
  tables: number;
  /** Tables whose rows have different numbers of cells. */
  irregularTables: number;
  linkAnnotations: number;
  linkAnnotationsWithoutContents: number;
  /** Link annotations that no structure element owns (no /StructParent or no OBJR to it). */
  linkAnnotationsOutsideTree: number;
  /** Link elements with no annotation of their own. */
  linksWithoutAnnotation: number;
  /** Link elements that go on a link begun by the Link element just before them (same target, adjacent). */
  splitLinks: number;
  listItems: number;
  lblAfterLBody: number;
  /** Each defect in words, with where it is, for test messages. */
  problems: string[];
}

const name = (dict: PDFDict, key: string): string | undefined => {
  const value = dict.get(PDFName.of(key));
  return value instanceof PDFName ? value.decodeText() : undefined;
};

function text(value: PDFObject | undefined): string | undefined {
  if (value instanceof PDFString || value instanceof PDFHexString) return value.decodeText();
  return undefined;
}

/** The XMP packet as text (FlateDecode or none). */
function xmpText(pdf: PDFDocument): string | undefined {
  const stream = pdf.catalog.lookup(PDFName.of("Metadata"));
  if (!(stream instanceof PDFRawStream)) return undefined;
  const filter = stream.dict.get(PDFName.of("Filter"));
  const bytes = filter ? inflateSync(stream.contents) : stream.contents;
  return Buffer.from(bytes).toString("utf8");
}

function readXmp(pdf: PDFDocument): PdfUaReport["xmp"] {
  const xml = xmpText(pdf);
  if (xml === undefined) return { present: false };
  const pick = (pattern: RegExp) => pattern.exec(xml)?.[1]?.trim();
  return {
    present: true,
    pdfuaPart: pick(/pdfuaid:part\s*=\s*"([^"]*)"/) ?? pick(/<pdfuaid:part>\s*([^<]*)<\/pdfuaid:part>/),
    title: pick(/<dc:title>[\s\S]*?<rdf:li[^>]*>([^<]*)<\/rdf:li>/),
    language: pick(/<dc:language>[\s\S]*?<rdf:li[^>]*>([^<]*)<\/rdf:li>/),
  };
}

/** The target a link annotation goes to, as text: its URI or its destination. */
function annotationTarget(annot: PDFDict): string {
  const action = annot.lookupMaybe(PDFName.of("A"), PDFDict);
  if (action) {
    const uri = action.lookup(PDFName.of("URI"));
    return `uri:${text(uri as PDFObject) ?? String(uri)}`;
  }
  const dest = annot.lookup(PDFName.of("Dest"));
  return `dest:${String(dest)}`;
}

/** The /Scope of a TH from its attributes (/A: one dictionary or an array of them). */
function scopeOf(pdf: PDFDocument, element: PDFDict): string | undefined {
  const a = element.get(PDFName.of("A"));
  const dicts: PDFDict[] = [];
  const resolved = a instanceof PDFRef ? pdf.context.lookup(a) : a;
  if (resolved instanceof PDFDict) dicts.push(resolved);
  else if (resolved instanceof PDFArray)
    for (let i = 0; i < resolved.size(); i++) {
      const d = resolved.lookup(i);
      if (d instanceof PDFDict) dicts.push(d);
    }
  for (const d of dicts) {
    const scope = name(d, "Scope");
    if (scope) return scope;
  }
  return undefined;
}

interface Kid {
  element?: { ref: PDFRef | undefined; dict: PDFDict };
  objr?: PDFRef;
  mcid?: number;
}

function kidsOf(pdf: PDFDocument, element: PDFDict): Kid[] {
  const k = element.get(PDFName.of("K"));
  if (k === undefined) return [];
  const list: PDFObject[] = [];
  const resolvedK = k instanceof PDFRef ? pdf.context.lookup(k) : k;
  if (resolvedK instanceof PDFArray) for (let i = 0; i < resolvedK.size(); i++) list.push(resolvedK.get(i));
  else list.push(k);
  return list.map((item): Kid => {
    const ref = item instanceof PDFRef ? item : undefined;
    const value = ref ? pdf.context.lookup(ref) : item;
    if (value instanceof PDFDict) {
      const type = name(value, "Type");
      if (type === "OBJR") return { objr: value.get(PDFName.of("Obj")) as PDFRef };
      if (type === "MCR") return { mcid: Number(String(value.get(PDFName.of("MCID")))) };
      return { element: { ref, dict: value } };
    }
    return { mcid: Number(String(value)) };
  });
}

export function checkPdfUa(pdf: PDFDocument): PdfUaReport {
  const report: PdfUaReport = {
    xmp: readXmp(pdf),
    roles: {},
    th: 0,
    thWithoutScope: 0,
    thScopes: {},
    tables: 0,
    irregularTables: 0,
    linkAnnotations: 0,
    linkAnnotationsWithoutContents: 0,
    linkAnnotationsOutsideTree: 0,
    linksWithoutAnnotation: 0,
    splitLinks: 0,
    listItems: 0,
    lblAfterLBody: 0,
    problems: [],
  };
  const { problems } = report;
  if (!report.xmp.present) problems.push("no XMP metadata stream in the catalog");
  else {
    if (report.xmp.pdfuaPart !== "1") problems.push(`XMP pdfuaid:part is ${report.xmp.pdfuaPart}, not 1`);
    if (!report.xmp.title) problems.push("XMP has no dc:title");
    if (!report.xmp.language) problems.push("XMP has no dc:language");
  }

  // Every link annotation on every page.
  const pages = pdf.getPages();
  const annotationPage = new Map<PDFRef, number>();
  pages.forEach((page, index) => {
    const annots = page.node.Annots();
    if (!annots) return;
    for (let i = 0; i < annots.size(); i++) {
      const ref = annots.get(i);
      const annot = pdf.context.lookup(ref);
      if (!(annot instanceof PDFDict) || name(annot, "Subtype") !== "Link") continue;
      report.linkAnnotations++;
      if (ref instanceof PDFRef) annotationPage.set(ref, index + 1);
      const contents = text(annot.lookup(PDFName.of("Contents")) as PDFObject | undefined);
      if (!contents?.trim()) {
        report.linkAnnotationsWithoutContents++;
        if (report.linkAnnotationsWithoutContents <= 3)
          problems.push(`page ${index + 1}: a link annotation has no /Contents`);
      }
      if (annot.get(PDFName.of("StructParent")) === undefined) report.linkAnnotationsOutsideTree++;
    }
  });

  const root = pdf.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  if (!root) {
    problems.push("no structure tree");
    return report;
  }
  const owned = new Set<PDFRef>();
  const targetOfLink = (dict: PDFDict): string | undefined => {
    const objrs = kidsOf(pdf, dict).filter((k) => k.objr);
    if (objrs.length === 0) return undefined;
    const annot = pdf.context.lookup(objrs[0].objr as PDFRef);
    return annot instanceof PDFDict ? annotationTarget(annot) : undefined;
  };

  const visit = (dict: PDFDict, path: string) => {
    const role = name(dict, "S") ?? "?";
    report.roles[role] = (report.roles[role] ?? 0) + 1;
    const kids = kidsOf(pdf, dict);
    for (const kid of kids) if (kid.objr) owned.add(kid.objr);
    const here = `${path}/${role}`;
    if (role === "TH") {
      report.th++;
      const scope = scopeOf(pdf, dict);
      if (scope) report.thScopes[scope] = (report.thScopes[scope] ?? 0) + 1;
      else {
        report.thWithoutScope++;
        if (report.thWithoutScope <= 3) problems.push(`${here}: a table header cell has no /Scope`);
      }
    }
    if (role === "Table") {
      report.tables++;
      const rows: PDFDict[] = [];
      const collectRows = (d: PDFDict) => {
        for (const kid of kidsOf(pdf, d)) {
          if (!kid.element) continue;
          const r = name(kid.element.dict, "S");
          if (r === "TR") rows.push(kid.element.dict);
          else if (r === "THead" || r === "TBody" || r === "TFoot") collectRows(kid.element.dict);
        }
      };
      collectRows(dict);
      const widths = rows.map(
        (row) =>
          kidsOf(pdf, row).filter((k) => {
            const r = k.element && name(k.element.dict, "S");
            return r === "TH" || r === "TD";
          }).length,
      );
      if (new Set(widths).size > 1) {
        report.irregularTables++;
        if (report.irregularTables <= 3)
          problems.push(
            `${here}: rows have ${widths.join(", ")} cells — an empty cell is missing from the tree`,
          );
      }
    }
    if (role === "LI") {
      report.listItems++;
      const order = kids
        .map((k) => k.element && name(k.element.dict, "S"))
        .filter((r) => r === "Lbl" || r === "LBody");
      if (order.includes("Lbl") && order.indexOf("Lbl") > order.indexOf("LBody")) {
        report.lblAfterLBody++;
        if (report.lblAfterLBody <= 3) problems.push(`${here}: Lbl comes after LBody`);
      }
    }
    if (role === "Link" && !kids.some((k) => k.objr)) {
      report.linksWithoutAnnotation++;
      if (report.linksWithoutAnnotation <= 3) problems.push(`${here}: a Link element has no annotation`);
    }
    // A Link element right after another with the same target: one link split in two.
    let previousLink: string | undefined;
    kids.forEach((kid) => {
      const childRole = kid.element && name(kid.element.dict, "S");
      if (childRole !== "Link" || !kid.element) {
        previousLink = undefined;
        return;
      }
      const target = targetOfLink(kid.element.dict);
      if (target !== undefined && target === previousLink) {
        report.splitLinks++;
        if (report.splitLinks <= 3)
          problems.push(`${here}: one link (${target}) split into two Link elements`);
      }
      previousLink = target;
    });
    kids.forEach((kid, index) => {
      if (kid.element) visit(kid.element.dict, `${here}[${index}]`);
    });
  };
  for (const kid of kidsOf(pdf, root)) if (kid.element) visit(kid.element.dict, "");

  for (const ref of annotationPage.keys()) {
    if (owned.has(ref)) continue;
    report.linkAnnotationsOutsideTree++;
  }
  if (report.linkAnnotationsOutsideTree)
    problems.push(`${report.linkAnnotationsOutsideTree} link annotations are not in the structure tree`);
  if (report.thWithoutScope > 3) problems.push(`… ${report.thWithoutScope} TH without /Scope in all`);
  if (report.irregularTables > 3) problems.push(`… ${report.irregularTables} irregular tables in all`);
  if (report.linkAnnotationsWithoutContents > 3)
    problems.push(`… ${report.linkAnnotationsWithoutContents} link annotations without /Contents in all`);
  if (report.splitLinks > 3) problems.push(`… ${report.splitLinks} split links in all`);
  if (report.lblAfterLBody > 3)
    problems.push(`… ${report.lblAfterLBody} list items with Lbl after LBody in all`);
  return report;
}

/** The text of one leaf element (P, H1, TD, TH, Lbl, a contents entry …) as the PDF shows it, line by line. */
export interface LeafText {
  page: number;
  role: string;
  lines: string[];
}

/**
 * Each leaf element's text, line by line: marked content is mapped to its element through the structure tree
 * (a Link's words belong to the paragraph or cell the link is in), and read with pdfjs; a new line starts
 * where the baseline changes.
 */
export async function leafTexts(bytes: Uint8Array, pdf: PDFDocument): Promise<LeafText[]> {
  const pageIndex = new Map<string, number>(pdf.getPages().map((p, i) => [p.ref.toString(), i]));
  const owner = new Map<string, number>();
  const leaves: Array<{ role: string }> = [];
  const root = pdf.catalog.lookupMaybe(PDFName.of("StructTreeRoot"), PDFDict);
  if (!root) return [];
  const visit = (dict: PDFDict, leaf: number | undefined) => {
    const role = name(dict, "S") ?? "?";
    let here = leaf;
    if (role !== "Link" || here === undefined) {
      leaves.push({ role });
      here = leaves.length - 1;
    }
    const pg = dict.get(PDFName.of("Pg"));
    const k = dict.get(PDFName.of("K"));
    const resolved = k instanceof PDFRef ? pdf.context.lookup(k) : k;
    const list: PDFObject[] = [];
    if (resolved instanceof PDFArray) for (let i = 0; i < resolved.size(); i++) list.push(resolved.get(i));
    else if (resolved !== undefined) list.push(resolved);
    for (const item of list) {
      const value = item instanceof PDFRef ? pdf.context.lookup(item) : item;
      if (value instanceof PDFDict) {
        const type = name(value, "Type");
        if (type === "OBJR") continue;
        if (type === "MCR") {
          const page = pageIndex.get(String(value.get(PDFName.of("Pg")) ?? pg));
          owner.set(`${page}:${String(value.get(PDFName.of("MCID")))}`, here);
        } else visit(value, role === "Link" || isLeafRole(role) ? here : undefined);
      } else owner.set(`${pageIndex.get(String(pg))}:${String(value)}`, here);
    }
  };
  for (const kid of kidsOf(pdf, root)) if (kid.element) visit(kid.element.dict, undefined);

  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const document = await getDocument({
    data: new Uint8Array(bytes),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
  const texts = new Map<number, { page: number; lines: string[]; y?: number }>();
  for (let n = 1; n <= document.numPages; n++) {
    const page = await document.getPage(n);
    const content = await page.getTextContent({ includeMarkedContent: true });
    let current: number | undefined;
    for (const item of content.items) {
      if ("type" in item) {
        if (item.type === "beginMarkedContentProps") {
          const mcid = /_mc(\d+)$/.exec(String(item.id ?? ""))?.[1];
          current = mcid === undefined ? undefined : owner.get(`${n - 1}:${mcid}`);
        } else if (item.type === "endMarkedContent") current = undefined;
        continue;
      }
      if (current === undefined || !("str" in item) || item.str === "") continue;
      let text = texts.get(current);
      if (!text) {
        text = { page: n, lines: [] };
        texts.set(current, text);
      }
      const y = item.transform[5] as number;
      if (text.y === undefined || Math.abs(y - text.y) > 0.5) text.lines.push(item.str);
      else text.lines[text.lines.length - 1] += item.str;
      text.y = y;
    }
    page.cleanup();
  }
  await document.destroy();
  return [...texts.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([leaf, t]) => ({ page: t.page, role: leaves[leaf].role, lines: t.lines }));
}

function isLeafRole(role: string): boolean {
  return /^(P|H[1-6]?|TH|TD|Lbl|Caption|Figure)$/.test(role);
}

const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
const DATE = new RegExp(`\\b\\d{1,2} (?:${MONTHS}) \\d{4}\\b`, "g");
const PHONE = /(?:\b0\d{2,4}|\+44 ?\d{2,4})(?: ?\d{3,4}){1,2}\b/g;

/**
 * Line breaks where a reader should see none: inside a date or a phone number (anywhere), inside an email or
 * web address other than after @ . / - . `addresses` are the addresses the document may show.
 */
export function badLineBreaks(leaves: readonly LeafText[], addresses: readonly string[]): string[] {
  const problems: string[] = [];
  for (const leaf of leaves) {
    if (leaf.lines.length < 2) continue;
    for (const glue of [" ", ""]) {
      // Where each line starts in the joined text, to tell whether a match spans a line break.
      const starts: number[] = [];
      let joined = "";
      for (const line of leaf.lines) {
        if (joined) joined += glue;
        starts.push(joined.length);
        joined += line;
      }
      const spans = (from: number, to: number) => starts.some((s) => s > from && s < to);
      for (const pattern of [DATE, PHONE])
        for (const match of joined.matchAll(pattern))
          if (spans(match.index, match.index + match[0].length))
            problems.push(`page ${leaf.page} (${leaf.role}): "${match[0]}" is split over two lines`);
      if (glue !== "") continue;
      for (const address of addresses) {
        let at = joined.indexOf(address);
        while (at >= 0) {
          for (const s of starts)
            if (s > at && s < at + address.length && !"@./-".includes(address[s - at - 1]))
              problems.push(
                `page ${leaf.page} (${leaf.role}): "${address}" breaks after "${address.slice(0, s - at)}", not after @ . / or -`,
              );
          at = joined.indexOf(address, at + 1);
        }
      }
    }
  }
  return [...new Set(problems)];
}
