import type { SourceDocument } from "../../src/audit/rule.js";
import { markdownDocument, pdfDocument, wordDocument } from "../fixtures/structure/documents.js";

/**
 * A policy's key staff (one line each), then its training section's list of records — after a label of its own
 * ("Our training record (last completed):") when one is given: as Markdown, as a Word file (a list) and as a PDF's
 * text (bullets).
 */
export function keyStaffTrainingLayouts(
  title: string,
  roles: string[],
  items: string[],
  label?: string,
): SourceDocument[] {
  const labels = label === undefined ? [] : [label];
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
        ...labels.flatMap((l) => [l, ""]),
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
        ...labels.map((l) => `<p>${l}</p>`),
        `<ul>${items.map((t) => `<li>${t}</li>`).join("")}</ul>`,
      ].join(""),
    ),
    pdfDocument(
      [title, "Key staff", ...roles, "Training", ...labels, ...items.map((t) => `• ${t}`), ""].join("\n"),
    ),
  ];
}
