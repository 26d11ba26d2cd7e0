/**
 * PDF output, typeset natively with pdf-lib: lays the filled Markdown tree out on A4 pages (layout.ts), then
 * draws it with page furniture (header, footer "Page X of Y"), a contents list with page numbers and links,
 * clickable links, an outline mirroring the headings and document information. No clock: dates come from
 * the policy (DocumentMeta.date) and the file ID from its content, so identical input gives identical bytes.
 */
import { createHash } from "node:crypto";
import { PDFDocument, PDFHexString, type PDFPage, PDFString, rgb } from "pdf-lib";
import type { PolicyDocument } from "../../model.js";
import { Fonts, type FontKey } from "./fonts.js";
import { type Item, Layouter, MARGIN, PAGE } from "./layout.js";
import { addOutline, destination } from "./outline.js";

export interface PdfOptions {
  /** Told about anything the reader will not see as written, e.g. a character the font lacks. */
  onWarning?: (message: string) => void;
}

export async function renderPdf(doc: PolicyDocument, options: PdfOptions = {}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create({ updateMetadata: false });
  const fonts = await Fonts.embed(pdf);
  const { meta } = doc;
  const cover = (text: string, font: FontKey) =>
    fonts.cover(text, font, (char) =>
      options.onWarning?.(
        `${meta.settingName}: the PDF font has no character "${char}" (U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}); it is printed as "?" — replace it in the setting's data or the template`,
      ),
    );

  const layout = new Layouter(fonts, doc.headings, cover).run(doc.tree.children);
  const pages: PDFPage[] = [];
  for (let i = 0; i < layout.pages; i++) pages.push(pdf.addPage([PAGE.width, PAGE.height]));

  for (const item of layout.items) draw(item, pages, fonts, layout.destinations);
  addLinks(pdf, pages, layout.items, layout.destinations);
  furniture(pages, fonts, doc, cover);
  addOutline(pdf, pages, doc.headings, layout.destinations);

  const date = new Date(`${meta.date}T00:00:00Z`);
  pdf.setTitle(`${meta.title} — ${meta.settingName}`, { showInWindowTitleBar: true });
  pdf.setAuthor(meta.author);
  pdf.setSubject(meta.subject);
  pdf.setKeywords(meta.keywords);
  pdf.setCreator("policysmith");
  pdf.setProducer("policysmith (pdf-lib)");
  pdf.setCreationDate(date);
  pdf.setModificationDate(date);
  pdf.setLanguage(meta.language);
  const id = createHash("sha256").update(`${meta.settingName}\n${meta.title}\n${meta.version}\n${meta.date}\n${layout.items.length}`).digest("hex").slice(0, 32);
  pdf.context.trailerInfo.ID = pdf.context.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  return pdf.save({ useObjectStreams: true });
}

function draw(item: Item, pages: PDFPage[], fonts: Fonts, destinations: Map<string, { page: number; y: number }>): void {
  const page = pages[item.page];
  switch (item.kind) {
    case "text":
      page.drawText(item.text, { x: item.x, y: item.y, size: item.size, font: fonts.pdf[item.font], color: rgb(...item.color) });
      if (item.underline) page.drawLine({ start: { x: item.x, y: item.y - 1.5 }, end: { x: item.x + item.width, y: item.y - 1.5 }, thickness: 0.5, color: rgb(...item.color) });
      return;
    case "line":
      page.drawLine({ start: { x: item.x1, y: item.y1 }, end: { x: item.x2, y: item.y2 }, thickness: item.width, color: rgb(...item.color) });
      return;
    case "rect":
      page.drawRectangle({ x: item.x, y: item.y, width: item.w, height: item.h, color: rgb(...item.fill) });
      return;
    case "pageref": {
      const target = destinations.get(item.target);
      const text = target ? String(target.page + 1) : "";
      const width = fonts.width(text, "regular", item.size);
      page.drawText(text, { x: item.right - width, y: item.y, size: item.size, font: fonts.pdf.regular, color: rgb(0.1, 0.1, 0.1) });
      return;
    }
    case "link":
      return;
  }
}

function addLinks(pdf: PDFDocument, pages: PDFPage[], items: Item[], destinations: Map<string, { page: number; y: number }>): void {
  for (const item of items) {
    if (item.kind !== "link") continue;
    const rect = [item.x, item.y, item.x + item.w, item.y + item.h];
    let action: Record<string, unknown>;
    if (item.target.startsWith("#")) {
      const target = destinations.get(item.target.slice(1));
      if (!target) continue;
      action = { Dest: destination(pdf, pages[target.page].ref, target.y) };
    } else {
      action = { A: pdf.context.obj({ Type: "Action", S: "URI", URI: PDFString.of(item.target) }) };
    }
    const annotation = pdf.context.obj({ Type: "Annot", Subtype: "Link", Rect: rect, Border: [0, 0, 0], ...action });
    pages[item.page].node.addAnnot(pdf.context.register(annotation));
  }
}

function furniture(pages: PDFPage[], fonts: Fonts, doc: PolicyDocument, cover: (text: string, font: FontKey) => string): void {
  const { meta } = doc;
  const grey = rgb(0.35, 0.35, 0.35);
  const size = 8.5;
  const right = PAGE.width - MARGIN.right;
  const header = fit(cover(`${meta.settingName} — ${meta.title}`, "regular"), fonts, size, right - MARGIN.left);
  const footerLeft = cover(`Version ${meta.version} · Next review: ${meta.nextReviewText}`, "regular");
  pages.forEach((page, index) => {
    page.drawText(header, { x: MARGIN.left, y: PAGE.height - 40, size, font: fonts.pdf.regular, color: grey });
    page.drawLine({ start: { x: MARGIN.left, y: PAGE.height - 46 }, end: { x: right, y: PAGE.height - 46 }, thickness: 0.4, color: rgb(0.7, 0.7, 0.7) });
    const pageText = `Page ${index + 1} of ${pages.length}`;
    page.drawText(footerLeft, { x: MARGIN.left, y: 34, size, font: fonts.pdf.regular, color: grey });
    page.drawText(pageText, { x: right - fonts.width(pageText, "regular", size), y: 34, size, font: fonts.pdf.regular, color: grey });
  });
}

/** Shortens text with an ellipsis to fit a width (the running header only). */
function fit(text: string, fonts: Fonts, size: number, width: number): string {
  if (fonts.width(text, "regular", size) <= width) return text;
  let out = text;
  while (out.length > 1 && fonts.width(`${out}…`, "regular", size) > width) out = out.slice(0, -1);
  return `${out}…`;
}
