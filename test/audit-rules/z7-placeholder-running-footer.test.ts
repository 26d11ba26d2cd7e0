/**
 * A placeholder in a PDF's running footer or header ("Maple Lane Playschemes · [Trust Name] CIC" printed at the
 * foot of every page) is one placeholder left in the template, reported once where it is first printed — not
 * once per page. The same placeholder on two different lines, or twice in the policy's own text on one page, is
 * still reported each time. In our own words; every name is invented.
 */
import { describe, expect, it } from "vitest";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { pdfDocument, run } from "../fixtures/structure/documents.js";

const FOOTER = "Maple Lane Playschemes · [Trust Name] CIC · issue 3 · printed copies are not controlled";

function pdf(pageCount: number, extra: string[] = []) {
  const pages: string[] = [];
  for (let n = 1; n <= pageCount; n++)
    pages.push(
      [
        n === 1 ? "Maple Lane Playschemes — Keeping Children Safe" : `Part ${n}`,
        `What playworkers do, part ${n}: tell the Playscheme Safeguarding Lead, Idris Venn, the same day.`,
        ...(n === 1 ? extra : []),
        FOOTER,
      ].join("\n"),
    );
  return pdfDocument(`${pages.join("\n\f")}\n`, { pages: true });
}

describe("placeholder-text: a PDF's running footer", () => {
  it("reports a placeholder printed at the foot of every page once, at its first printing", () => {
    const document = pdf(4);
    const found = run(placeholderText, document);
    expect(found.map((f) => f.excerpt)).toEqual(["[Trust Name]"]);
    expect(found[0].offset).toBe(document.text.indexOf("[Trust Name]"));
  });

  it("still reports the same placeholder on another line, and twice on one page", () => {
    const found = run(
      placeholderText,
      pdf(3, [
        "Invoices go to [Trust Name] CIC at the office.",
        "Invoices go to [Trust Name] CIC at the office.",
      ]),
    );
    expect(found.map((f) => f.excerpt)).toEqual(["[Trust Name]", "[Trust Name]", "[Trust Name]"]);
  });

  it("reads a PDF without page starts as before: each printing reported", () => {
    const text = `${["Maple Lane Playschemes", FOOTER, "\fPart 2", FOOTER].join("\n")}\n`;
    expect(run(placeholderText, pdfDocument(text))).toHaveLength(2);
  });
});
