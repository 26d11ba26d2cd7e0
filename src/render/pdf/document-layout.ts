/**
 * A document laid out on PDF pages, once per document object: the PDF renderer draws it, and the Word
 * renderer reads its headings' page numbers for its contents list (heading-pages.ts). A build renders one
 * document object in every format, so the second caller finds the layout made by the first.
 * The layout is read, never changed, by its callers; a document object must not be changed after it is laid out.
 */
import type { PolicyDocument } from "../../model.js";
import { safeDocument } from "../safe.js";
import { laidBlocks } from "./cache.js";
import { Fonts } from "./fonts.js";
import { type Layout, Layouter } from "./layout.js";

export interface DocumentLayout {
  /** The document as it is rendered (safeDocument of the one asked for). */
  doc: PolicyDocument;
  layout: Layout;
  /** Characters the font lacks (laid out as "?"), each once, in the order they were met: for the warnings. */
  missing: string[];
}

export interface LayoutOptions {
  /** Reuse blocks laid out for earlier documents (default true); false lays every block out afresh, the same. */
  cache?: boolean;
}

const laidOut = new WeakMap<PolicyDocument, DocumentLayout>();

export function documentLayout(unsafe: PolicyDocument, options: LayoutOptions = {}): DocumentLayout {
  const known = laidOut.get(unsafe);
  if (known) return known;
  const doc = safeDocument(unsafe);
  // Widths do not depend on the PDF the fonts are embedded in, so the layout needs no PDF at all.
  const fonts = Fonts.measuring();
  const missing = new Set<string>();
  const layout = new Layouter(
    fonts,
    doc.headings,
    (char) => missing.add(char),
    options.cache === false ? undefined : laidBlocks(),
  ).run(doc.tree.children, doc.meta.logo);
  const result: DocumentLayout = { doc, layout, missing: [...missing] };
  laidOut.set(unsafe, result);
  laidOut.set(doc, result);
  return result;
}
