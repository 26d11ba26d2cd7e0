/**
 * PDF output, typeset natively with pdf-lib: lays the filled Markdown tree out on A4 pages (layout.ts), then
 * draws it with page furniture (header, footer "Page X of Y"), a contents list with page numbers and links,
 * clickable links, an outline mirroring the headings and document information. No clock: dates come from
 * the policy (DocumentMeta.date) and the file ID from its content, so identical input gives identical bytes.
 *
 * Where a policy's time goes (CPU, child-protection, 17 pages, a long build on the 2-core machine, issue 15):
 * before the block cache about 35 ms — layout 8–9 (line breaking already cached), content streams 10 (zlib at
 * level 6 alone 6–7), pdf-lib's serialisation 10 (mostly 785 structure elements as dictionaries), structure tree 4,
 * links 2, drawing 2, the subset's characters 1. Now about 21–25 ms: cached blocks are placed, not laid out
 * (document-layout.ts, cache.ts), structure elements and link annotations are written as text (pdf-text.ts),
 * content is deflated at level 2, a subset's font file, ToUnicode map and widths are made once per glyph set.
 * What is left: the blocks unique to a setting (its tables and named paragraphs, ~7 a policy), the content streams'
 * text and deflate (~5), pdf-lib's remaining objects and cross-reference table (~4), the block keys (~0.6).
 * Shares of renderPdf's CPU in a long build, profiled in December 2026 (a 60-setting sample after a warm-up, on a
 * machine too loaded for absolute figures): laying out 39% (the setting's own blocks 17%, its tables alone 13%;
 * placing cached blocks and their keys most of the rest), page content 26% (zlib 14%), the structure tree 6.5%,
 * links 6%, drawing 6%, safeDocument 5%, pdf-lib's objects and save the rest; garbage collection a further fifth
 * of the thread's time. Since then page text is two bytes a glyph in literal strings with the font and colour set
 * only when they change (a page's operators about 40% shorter), marked content on an element's own page is named
 * by MCID alone (a policy's file about a tenth smaller), and the outline and link targets are written as text.
 * Since then (issue 15, December 2026) pages' dictionaries are text and the file is written by pdf-file.ts instead of
 * pdf-lib's addPage and save, cached lines are shared rather than copied, a table cell's measures, a frozen block's
 * key and a text's glyph codes (per glyph set) are made once: renderPdf alone about a quarter less CPU, the same bytes.
 * Shares of a policy's time now (same sample, profiled on a machine loaded 10–25 deep): the setting's own blocks 15%
 * (tables 8.5%, line breaking 5%), page content 18% (zlib 11%, latin1 bytes 5%), garbage collection 23%, the file's
 * bytes 5.6%, the structure tree 4%, characters and glyph codes 3.3%, pdf-lib's font objects at flush 3%, links 2.4%,
 * drawing 2.4%, block keys 2%, placing cached blocks 1.7%.
 */
import { numberToString, PDFDocument, PDFHexString, PDFName, type PDFRef } from "pdf-lib";
import type { PolicyDocument } from "../../model.js";
import { sha256Hex } from "../hash.js";
import { isSafeLinkTarget } from "../safe.js";
import { FONT_RESOURCES, PageContent, useNativeDeflate } from "./content.js";
import { documentLayout } from "./document-layout.js";
import { type FontKey, Fonts } from "./fonts.js";
import { eachItem, type Item, type Layout, MARGIN, PAGE } from "./layout.js";
import { addOutline, destination } from "./outline.js";
import { pdfFile } from "./pdf-file.js";
import { PDFText, pdfArray, pdfDict, pdfTextString } from "./pdf-text.js";
import { addStructureTree, type LinkAnnotation } from "./structure.js";
import { addXmpMetadata } from "./xmp.js";

export interface PdfOptions {
  /** Told about anything the reader will not see as written, e.g. a character the font lacks. */
  onWarning?: (message: string) => void;
  /** Reuse blocks laid out for earlier settings (src/render/block-cache.ts); false gives the same bytes. */
  cache?: boolean;
}

export async function renderPdf(unsafe: PolicyDocument, options: PdfOptions = {}): Promise<Uint8Array> {
  const { doc, layout, missing } = documentLayout(unsafe, { cache: options.cache });
  const pdf = await PDFDocument.create({ updateMetadata: false });
  useNativeDeflate(pdf);
  const fonts = await Fonts.embed(pdf, options.cache !== false);
  const { meta } = doc;
  const reported = new Set<string>();
  const warnMissing = (char: string) => {
    if (reported.has(char)) return;
    reported.add(char);
    options.onWarning?.(
      `${meta.settingName}: the PDF font has no character "${char}" (U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}); it is printed as "?" — replace it in the setting's data or the template`,
    );
  };
  missing.forEach(warnMissing);
  const cover = (text: string, font: FontKey) => fonts.cover(text, font, warnMissing);

  const logo = meta.logo
    ? await (meta.logo.type === "png" ? pdf.embedPng(meta.logo.data) : pdf.embedJpg(meta.logo.data))
    : undefined;
  // The pages are written as text once everything on them is known (writePages); their numbers come first.
  const pages: PDFRef[] = [];
  for (let i = 0; i < layout.pages; i++) pages.push(pdf.context.nextRef());

  const roles = layout.structs.map((e) => e.role);
  const content = pages.map(() => new PageContent(fonts, roles));
  eachItem(layout, (item, page, tag) => draw(item, content[page], tag, fonts, layout.destinations));
  furniture(content, fonts, doc, cover);
  fonts.includeInOrder(content.flatMap((c) => c.texts()));
  const streams = content.map((c) => c.attach(pdf));
  const { annotations, annots } = addLinks(pdf, pages, layout);
  const tagged = addStructureTree(pdf, pages, content, layout.structs, annotations);
  writeLinks(pdf, annotations);
  writePages(pdf, pages, { fonts, streams, annots, tagged, logo: logo?.ref });
  addOutline(pdf, pages, doc.headings, layout.destinations);

  const date = new Date(`${meta.date}T00:00:00Z`);
  const title = `${meta.title} — ${meta.settingName}`;
  const creator = "policysmith";
  const producer = "policysmith (pdf-lib)";
  pdf.setTitle(title, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.setKeywords(meta.keywords);
  pdf.setCreator(creator);
  pdf.setProducer(producer);
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  pdf.setLanguage(meta.language);
  // The same facts as XMP, with the PDF/UA-1 identification.
  addXmpMetadata(pdf, {
    title,
    author: meta.author,
    subject: meta.subject,
    keywords: meta.keywords,
    language: meta.language,
    date: meta.date,
    creator,
    producer,
  });
  const id = sha256Hex(
    `${meta.settingName}\n${meta.title}\n${meta.version}\n${meta.date}\n${layout.count}`,
  ).slice(0, 32);
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  // The fonts' objects, then the file as pdf-lib's save would write it without object streams (which would save
  // ~10% of the size but cost a pass over every object).
  await pdf.flush();
  return pdfFile(pdf.context);
}

/**
 * Each page's dictionary and the page tree, written as text, byte for byte as pdf-lib wrote the pages it made
 * (addPage, then fonts, image, content stream, annotations and structure entries set on them).
 */
function writePages(
  pdf: PDFDocument,
  pages: readonly PDFRef[],
  parts: {
    fonts: Fonts;
    streams: readonly PDFRef[];
    annots: readonly string[][];
    tagged: boolean;
    logo?: PDFRef;
  },
): void {
  const tree = pdf.catalog.get(PDFName.of("Pages")) as PDFRef;
  const treeText = tree.toString();
  const fonts = pdfDict(
    (Object.keys(FONT_RESOURCES) as FontKey[]).map((key) => [
      FONT_RESOURCES[key],
      parts.fonts.pdf[key].ref.toString(),
    ]),
  );
  const mediaBox = pdfArray(["0", "0", numberToString(PAGE.width), numberToString(PAGE.height)]);
  pages.forEach((ref, i) => {
    const xObjects: Array<[string, string]> = i === 0 && parts.logo ? [["Im1", parts.logo.toString()]] : [];
    const entries: Array<[string, string]> = [
      ["Type", "/Page"],
      ["Parent", treeText],
      [
        "Resources",
        pdfDict([
          ["Font", fonts],
          ["XObject", pdfDict(xObjects)],
          ["ExtGState", pdfDict([])],
        ]),
      ],
      ["MediaBox", mediaBox],
      ["Annots", pdfArray(parts.annots[i])],
      ["Contents", pdfArray([parts.streams[i].toString()])],
    ];
    if (parts.tagged) entries.push(["StructParents", String(i)], ["Tabs", "/S"]);
    pdf.context.assign(ref, new PDFText(pdfDict(entries)));
  });
  pdf.context.assign(
    tree,
    new PDFText(
      pdfDict([
        ["Type", "/Pages"],
        ["Kids", pdfArray(pages.map((ref) => ref.toString()))],
        ["Count", String(pages.length)],
      ]),
    ),
  );
}

/** Colours as constants: page content writes each colour once, by its array (content.ts). */
const PAGE_NUMBER_COLOR = [0.1, 0.1, 0.1] as const;
const FURNITURE_GREY = [0.35, 0.35, 0.35] as const;
const FURNITURE_RULE = [0.7, 0.7, 0.7] as const;

/** Draws an item on its page, tagged with its structure element (eachItem). */
function draw(
  item: Item,
  page: PageContent,
  tag: number | undefined,
  fonts: Fonts,
  destinations: Map<string, { page: number; y: number }>,
): void {
  switch (item.kind) {
    case "text":
      page.text(item.text, item.font, item.size, item.x, item.y, item.color, tag);
      if (item.underline) page.line(item.x, item.y - 1.5, item.x + item.width, item.y - 1.5, 0.5, item.color);
      return;
    case "line":
      page.line(item.x1, item.y1, item.x2, item.y2, item.width, item.color);
      return;
    case "rect":
      page.rect(item.x, item.y, item.w, item.h, item.fill);
      return;
    case "pageref": {
      const target = destinations.get(item.target);
      const text = target ? String(target.page + 1) : "";
      page.text(
        text,
        "regular",
        item.size,
        item.right - fonts.width(text, "regular", item.size),
        item.y,
        PAGE_NUMBER_COLOR,
        tag,
      );
      return;
    }
    case "image":
      page.image(item.x, item.y, item.w, item.h, tag);
      return;
    case "link":
      return;
  }
}

/**
 * A URI as PDF wants it: 7-bit ASCII (anything else percent-encoded as UTF-8), written as a hex string so
 * no parenthesis or backslash in it can end the string early.
 */
function uriString(url: string): PDFHexString {
  const ascii = url.replace(/[^\x21-\x7E]/gu, (char) => {
    try {
      return encodeURIComponent(char);
    } catch {
      return ""; // half of a surrogate pair: nothing to encode
    }
  });
  let hex = "";
  for (let i = 0; i < ascii.length; i++) hex += ascii.charCodeAt(i).toString(16).padStart(2, "0");
  return PDFHexString.of(hex);
}

/**
 * Link annotations; each returned with the structure element it belongs to, for the structure tree. Each says
 * what it is in /Contents (PDF/UA): the link's words, and for a contents entry the page it goes to.
 */
function addLinks(
  pdf: PDFDocument,
  pages: readonly PDFRef[],
  layout: Layout,
): { annotations: LinkAnnotation[]; annots: string[][] } {
  const { destinations, structs } = layout;
  const annotations: LinkAnnotation[] = [];
  /** Each page's annotations (its /Annots). */
  const annots: string[][] = pages.map(() => []);
  eachItem(layout, (item, page, tag) => {
    // A link drawn as an artifact (a repeated table header) has no element to own it: not a second link.
    if (item.kind !== "link" || tag === undefined) return;
    // Written as text, as pdf-lib wrote the same dictionary (pdf-text.ts), once the structure tree has given
    // each its /StructParent (writeLinks).
    const rect = pdfArray([item.x, item.y, item.x + item.w, item.y + item.h].map(numberToString));
    let action: [string, string];
    if (item.target.startsWith("#")) {
      const target = destinations.get(item.target.slice(1));
      if (!target) return;
      action = ["Dest", destination(pages[target.page], target.y)];
    } else if (isSafeLinkTarget(item.target)) {
      action = [
        "A",
        pdfDict([
          ["Type", "/Action"],
          ["S", "/URI"],
          ["URI", uriString(item.target).toString()],
        ]),
      ];
    } else return;
    const element = structs[tag];
    let contents = element?.contents || item.target.replace(/^(mailto|tel):/i, "");
    if (item.target.startsWith("#") && element && structs[element.parent]?.role === "TOCI") {
      const target = destinations.get(item.target.slice(1));
      if (target) contents += `, page ${target.page + 1}`;
    }
    const entries: Array<[string, string]> = [
      ["Type", "/Annot"],
      ["Subtype", "/Link"],
      ["Rect", rect],
      ["Border", "[ 0 0 0 ]"],
      ["Contents", pdfTextString(contents)],
      action,
    ];
    const ref = pdf.context.nextRef();
    annots[page].push(ref.toString());
    annotations.push({ ref, entries, page, tag });
  });
  return { annotations, annots };
}

/** The link annotations' dictionaries, each with its /StructParent when the structure tree gave it one. */
function writeLinks(pdf: PDFDocument, annotations: readonly LinkAnnotation[]): void {
  for (const a of annotations) {
    const entries =
      a.structParent === undefined
        ? a.entries
        : [...a.entries, ["StructParent", String(a.structParent)] as const];
    pdf.context.assign(a.ref, new PDFText(pdfDict(entries)));
  }
}

function furniture(
  pages: PageContent[],
  fonts: Fonts,
  doc: PolicyDocument,
  cover: (text: string, font: FontKey) => string,
): void {
  const { meta } = doc;
  const grey = FURNITURE_GREY;
  const size = 8.5;
  const right = PAGE.width - MARGIN.right;
  const header = ellipsize(
    cover(`${meta.settingName} — ${meta.title}`, "regular"),
    fonts,
    size,
    right - MARGIN.left,
  );
  const footerLeft = cover(`Version ${meta.version} · Next review: ${meta.nextReviewText}`, "regular");
  pages.forEach((page, index) => {
    page.text(header, "regular", size, MARGIN.left, PAGE.height - 40, grey);
    page.line(MARGIN.left, PAGE.height - 46, right, PAGE.height - 46, 0.4, FURNITURE_RULE);
    const pageText = `Page ${index + 1} of ${pages.length}`;
    page.text(footerLeft, "regular", size, MARGIN.left, 34, grey);
    page.text(pageText, "regular", size, right - fonts.width(pageText, "regular", size), 34, grey);
  });
}

/** Shortens text with an ellipsis to fit a width (the running header only). */
function ellipsize(text: string, fonts: Fonts, size: number, width: number): string {
  if (fonts.width(text, "regular", size) <= width) return text;
  let out = text;
  while (out.length > 1 && fonts.width(`${out}…`, "regular", size) > width) out = out.slice(0, -1);
  return `${out}…`;
}
