/**
 * The XMP metadata stream PDF/UA-1 asks for: the document's title, language, author and dates, and the
 * PDF/UA identification (pdfuaid:part 1). Dates come from the policy, never the clock; the same document
 * gives the same bytes.
 */
import type { PDFDocument } from "pdf-lib";
import { PDFName } from "pdf-lib";

export interface XmpFields {
  title: string;
  author: string;
  subject: string;
  keywords: readonly string[];
  language: string;
  /** ISO date (YYYY-MM-DD) of the document. */
  date: string;
  creator: string;
  producer: string;
}

const xmlText = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] as string);

export function xmpPacket(fields: XmpFields): string {
  const date = `${fields.date}T00:00:00Z`;
  const alt = (text: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xmlText(text)}</rdf:li></rdf:Alt>`;
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    ' xmlns:dc="http://purl.org/dc/elements/1.1/"',
    ' xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    ' xmlns:pdf="http://ns.adobe.com/pdf/1.3/"',
    ' xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    "<dc:format>application/pdf</dc:format>",
    `<dc:title>${alt(fields.title)}</dc:title>`,
    `<dc:creator><rdf:Seq><rdf:li>${xmlText(fields.author)}</rdf:li></rdf:Seq></dc:creator>`,
    `<dc:description>${alt(fields.subject)}</dc:description>`,
    `<dc:language><rdf:Bag><rdf:li>${xmlText(fields.language)}</rdf:li></rdf:Bag></dc:language>`,
    `<dc:subject><rdf:Bag>${fields.keywords.map((k) => `<rdf:li>${xmlText(k)}</rdf:li>`).join("")}</rdf:Bag></dc:subject>`,
    `<pdf:Keywords>${xmlText(fields.keywords.join(" "))}</pdf:Keywords>`,
    `<pdf:Producer>${xmlText(fields.producer)}</pdf:Producer>`,
    `<xmp:CreatorTool>${xmlText(fields.creator)}</xmp:CreatorTool>`,
    `<xmp:CreateDate>${date}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${date}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${date}</xmp:MetadataDate>`,
    "<pdfuaid:part>1</pdfuaid:part>",
    "</rdf:Description>",
    "</rdf:RDF>",
    "</x:xmpmeta>",
    '<?xpacket end="w"?>',
  ].join("\n");
}

/** Puts the XMP packet in the catalog's /Metadata, uncompressed (as PDF/A and some checkers want it). */
export function addXmpMetadata(pdf: PDFDocument, fields: XmpFields): void {
  const bytes = new TextEncoder().encode(xmpPacket(fields));
  const stream = pdf.context.stream(bytes, { Type: "Metadata", Subtype: "XML" });
  pdf.catalog.set(PDFName.of("Metadata"), pdf.context.register(stream));
}
