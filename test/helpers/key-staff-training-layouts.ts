import type { SourceDocument } from "../../src/audit/rule.js";
import { markdownDocument, pdfDocument, wordDocument } from "../fixtures/structure/documents.js";

/**
 * A policy's key staff (one line each), then its training section's list of records: as Markdown, as a Word
 * file (a list) and as a PDF's text (bullets).
 */
export function keyStaffTrainingLayouts(title: string, roles: string[], items: string[]): SourceDocument[] {
  return [
    markdownDocument(
      [
        `# ${title}`,
        "",
        "## Key staff",
        "",
        ...roles.flatMap((r) => [r, ""]),
        "## Training",
        "",
        ...items.map((t) => `- ${t}`),
        "",
      ].join("\n"),
    ),
    wordDocument(
      [
        `<h1>${title}</h1>`,
        "<h2>Key staff</h2>",
        ...roles.map((r) => `<p>${r}</p>`),
        "<h2>Training</h2>",
        `<ul>${items.map((t) => `<li>${t}</li>`).join("")}</ul>`,
      ].join(""),
    ),
    pdfDocument([title, "Key staff", ...roles, "Training", ...items.map((t) => `• ${t}`), ""].join("\n")),
  ];
}
