/**
 * The page each heading starts on in our own PDF, for the Word contents list's cached page numbers: keyed by
 * the heading's id (HeadingInfo.id, the id the Word bookmarks and HTML anchors are made from), 1-based.
 * Uses the PDF's layout without writing a PDF; the layout is kept for the document object, so rendering the
 * same document as PDF afterwards lays it out only once.
 */
import type { PolicyDocument } from "../../model.js";
import { documentLayout, type LayoutOptions } from "./document-layout.js";

export async function headingPages(
  doc: PolicyDocument,
  options: LayoutOptions = {},
): Promise<Map<string, number>> {
  const { doc: rendered, layout } = documentLayout(doc, options);
  const pages = new Map<string, number>();
  rendered.headings.forEach((heading, index) => {
    const at = layout.destinations.get(heading.id);
    if (!at) return;
    pages.set(heading.id, at.page + 1);
    // The id as given, if making the document safe changed it (a character XML forbids).
    const given = doc.headings[index]?.id;
    if (given !== undefined && !pages.has(given)) pages.set(given, at.page + 1);
  });
  return pages;
}
