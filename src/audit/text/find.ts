/**
 * Finding things in a policy's text, whatever shape it came in: our own Markdown (tables as `| … |` rows),
 * Word documents converted to Markdown (GFM tables, `#` headings) and PDF/plain text (one line per
 * paragraph or table row, cells separated by spaces). Everything returns 0-based offsets into the text.
 * One module per kind of thing; this file gathers them for the rules.
 */
export * from "./headings.js";
export * from "./leads.js";
export * from "./lines.js";
export * from "./review.js";
export * from "./training.js";
