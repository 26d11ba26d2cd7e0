/**
 * The output formats, one renderer module each. Adding a format = one entry here. Renderers are loaded on
 * first use, so commands that render nothing (validate, audit) do not pay for fonts and docx.
 */
import type { PolicyDocument } from "../model.js";

export type Format = "docx" | "pdf" | "html";
export const FORMATS: readonly Format[] = ["docx", "pdf", "html"];

export interface RenderOptions {
  onWarning?: (message: string) => void;
  /**
   * Reuse blocks rendered for earlier settings (src/render/block-cache.ts). Default true; false renders every block
   * afresh (`policysmith build --no-cache`), which must give the same bytes.
   */
  cache?: boolean;
}

export const renderers: Record<Format, (doc: PolicyDocument, options: RenderOptions) => Promise<Uint8Array>> =
  {
    docx: async (doc, options) => (await import("./docx/index.js")).renderDocx(doc, { cache: options.cache }),
    pdf: async (doc, options) =>
      (await import("./pdf/index.js")).renderPdf(doc, { onWarning: options.onWarning, cache: options.cache }),
    html: async (doc, options) =>
      new TextEncoder().encode((await import("./html.js")).renderHtml(doc, { cache: options.cache })),
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
