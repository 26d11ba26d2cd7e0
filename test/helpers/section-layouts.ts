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

/** A numbered section: its title, its paragraphs, and the numbered steps that may end it. */
export type NumberedSection = { title: string; body: string[]; steps?: string[] };

/**
 * A whole policy of numbered sections ("## 1. Title") in Markdown, Word (numbered headings, its steps a list) and a
 * PDF's text (a blank line after each heading, paragraph and list of steps).
 */
export function numberedSectionLayouts(title: string, sections: NumberedSection[]): SourceDocument[] {
  const md: string[] = [`# ${title}`, ""];
  const html: string[] = [`<h1>${title}</h1>`];
  const pdf: string[] = [title, ""];
  for (const [i, s] of sections.entries()) {
    md.push(`## ${i + 1}. ${s.title}`, "");
    html.push(`<h2>${i + 1}. ${s.title}</h2>`);
    pdf.push(`${i + 1}. ${s.title}`, "");
    for (const p of s.body) {
      md.push(p, "");
      html.push(`<p>${p}</p>`);
      pdf.push(p, "");
    }
    if (s.steps) {
      md.push(...s.steps.map((step, j) => `${j + 1}. ${step}`), "");
      html.push(`<ol>${s.steps.map((step) => `<li>${step}</li>`).join("")}</ol>`);
      pdf.push(...s.steps.map((step, j) => `${j + 1}. ${step}`), "");
    }
  }
  return [markdownDocument(md.join("\n")), wordDocument(html.join("\n")), pdfDocument(pdf.join("\n"))];
}
