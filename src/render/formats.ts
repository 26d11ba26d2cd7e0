/**
 * The output formats, one renderer module each. Adding a format = one entry here. Renderers are loaded on
 * first use, so commands that render nothing (validate, audit) do not pay for fonts and docx.
 */
import type { PolicyDocument } from "../model.js";

export type Format = "docx" | "pdf" | "html";
export const FORMATS: readonly Format[] = ["docx", "pdf", "html"];

export interface RenderOptions {
  onWarning?: (message: string) => void;
}

export const renderers: Record<Format, (doc: PolicyDocument, options: RenderOptions) => Promise<Uint8Array>> =
  {
    docx: async (doc) => (await import("./docx/index.js")).renderDocx(doc),
    pdf: async (doc, options) =>
      (await import("./pdf/index.js")).renderPdf(doc, { onWarning: options.onWarning }),
    html: async (doc) => new TextEncoder().encode((await import("./html.js")).renderHtml(doc)),
  };

export function parseFormats(text: string): Format[] | undefined {
  const words = text
    .split(",")
    .map((w) => w.trim().toLowerCase())
    .filter(Boolean);
  if (words.length === 0 || !words.every((w): w is Format => (FORMATS as readonly string[]).includes(w)))
    return undefined;
  return [...new Set(words)] as Format[];
}
