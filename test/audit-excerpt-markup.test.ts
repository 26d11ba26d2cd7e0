/**
 * The words a finding quotes ("at “…”") are the words a reader sees: the bold marks the reader of a Word file or a
 * PDF writes into its text ("**Date for review:** October 2025") are not in the user's document, and a Markdown
 * policy's bold is its formatting, not its words. A run of underscores (a blank to fill in) stays.
 */
import { describe, expect, it } from "vitest";
import { excerpt } from "../src/audit/rules/helpers.js";
import { rule as reviewOverdue } from "../src/audit/rules/review-overdue.js";
import { checkText } from "./helpers/audit-context.js";

describe("a finding's quoted words", () => {
  it("leave out bold and emphasis marks", () => {
    const text = "**Date for review:** October 2025 and __next__ time";
    expect(excerpt(text, 0, text.length)).toBe("Date for review: October 2025 and next time");
  });

  it("leave out bold italic marks written together", () => {
    expect(excerpt("***Date for review:*** October 2025", 0, 36)).toBe("Date for review: October 2025");
    const text = "**_Next review date:_** October 2025";
    expect(excerpt(text, 0, text.length)).toBe("Next review date: October 2025");
  });

  it("keep a blank line to fill in and a lone asterisk", () => {
    const text = "Signed: ______ (Manager) * see note";
    expect(excerpt(text, 0, text.length)).toBe("Signed: ______ (Manager) * see note");
  });

  it("are quoted without marks in a review finding of a Word file", () => {
    const text =
      "# Puddle Lane Pre-School – Safeguarding Policy\n\n**Adopted:** 14th October 2024\n\n**Date for review:** October 2025\n";
    const [found] = checkText(reviewOverdue, text, { asOf: "2026-12-01", format: "docx" });
    expect(found.excerpt).toBe("Date for review: October 2025");
  });
});
