/**
 * One policy's section in the three formats a reader meets: Markdown, Word (HTML as mammoth gives it, bold kept) and a
 * PDF's text, each paragraph wrapped over lines of some seventy letters with no blank line between paragraphs.
 */
import type { SourceDocument } from "../../src/audit/rule.js";
import { markdownDocument, pdfDocument, wordDocument } from "../fixtures/structure/documents.js";

export function sectionLayouts(title: string, heading: string, paragraphs: string[]): SourceDocument[] {
  return [
    markdownDocument(
      [`# ${title}`, "", `## ${heading}`, "", ...paragraphs.flatMap((p) => [p, ""])].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${title}</h1>`,
        `<h2>${heading}</h2>`,
        ...paragraphs.map((p) => `<p>${p.replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")}</p>`),
      ].join(""),
    ),
    pdfDocument(
      [
        title,
        heading,
        ...paragraphs.map((p) => p.replace(/\*\*/g, "").replace(/(.{60,75}?) /g, "$1\n")),
      ].join("\n"),
    ),
  ];
}
