/** The output formats, one renderer module each. Adding a format = one entry here. */
import type { PolicyDocument } from "../model.js";
import { renderDocx } from "./docx/index.js";
import { renderHtml } from "./html.js";
import { renderPdf } from "./pdf/index.js";

export type Format = "docx" | "pdf" | "html";
export const FORMATS: readonly Format[] = ["docx", "pdf", "html"];

export interface RenderOptions {
  onWarning?: (message: string) => void;
}

export const renderers: Record<Format, (doc: PolicyDocument, options: RenderOptions) => Promise<Uint8Array>> = {
  docx: (doc) => renderDocx(doc),
  pdf: (doc, options) => renderPdf(doc, { onWarning: options.onWarning }),
  html: async (doc) => new TextEncoder().encode(renderHtml(doc)),
};

export function parseFormats(text: string): Format[] | undefined {
  const words = text.split(",").map((w) => w.trim().toLowerCase()).filter(Boolean);
  if (words.length === 0 || !words.every((w): w is Format => (FORMATS as readonly string[]).includes(w))) return undefined;
  return [...new Set(words)] as Format[];
}
