/**
 * training-stale (issue 11, held-out set zz42), in our own words; every name is invented. As of 3 December 2026.
 * A PDF's training matrix of ticks: the reader sets each cell's tick where it stands on the page, after the first
 * line's words, and the cell's words wrap over lines ("Mar. 2021✓" / "(renewal due" / "Mar. 2023)", "3rd Oct.✓" /
 * "2022"). The tick is a mark wherever it falls, so the person's dated course is read as the Markdown's "✓ Mar. 2021
 * (renewal due Mar. 2023)" is. Near misses: a recent tick-dated course stays silent; a group's row in words
 * ("every 3✓ years") is no one's record.
 */
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { checkDocument } from "../helpers/audit-context.js";
import { pdfDocument } from "../helpers/pdf-table-document.js";

const asOf = "2026-12-03";

const header = ["Name", "Designated lead (Level 3)", "Basic awareness", "Prevent"];

/** The matrix as a PDF reader gives it: text broken over lines, ticks after each cell's first line. */
function matrixPdf(oswinDsl: string, oswinDslLines: string) {
  const text = [
    "Harrowdene Junior Fencing Club — Safeguarding Policy",
    "Welfare Officer: Mrs Tilda Brennan. Deputy Welfare Officer: Mr Oswin Achterberg.",
    "5. Training",
    "Name Designated lead",
    "(Level 3)",
    "Basic",
    "awareness",
    "Prevent",
    "Mrs T.",
    "Brennan",
    "14/05/2025✓ 09/2025✓ Feb.",
    "2025✓",
    "Mr O.",
    "Achterberg",
    `${oswinDslLines} 10/2025✓ 02/2025✓`,
    "All fencing",
    "coaches",
    "– every 3✓",
    "years",
    "–",
    "6. Photographs",
    "Club photographs are taken only by the club's media volunteer.",
  ].join("\n");
  return pdfDocument(text, [
    header,
    ["Mrs T. Brennan", "14/05/2025✓", "09/2025✓", "Feb. 2025✓"],
    ["Mr O. Achterberg", oswinDsl, "10/2025✓", "02/2025✓"],
    ["All fencing coaches", "–", "every 3✓ years", "–"],
  ]);
}

const staleNames = (document: ReturnType<typeof pdfDocument>) =>
  checkDocument(stale, document, { asOf }).map((f) => f.message);

describe("a PDF's training matrix with its ticks after a cell's first line", () => {
  it("reads a date the tick follows, with the date it fell due after it", () => {
    const found = staleNames(
      matrixPdf("Mar. 2021✓ (renewal due Mar. 2023)", "Mar. 2021✓\n(renewal due\nMar. 2023)"),
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Achterberg");
  });

  it("reads a date the tick splits over two lines", () => {
    const found = staleNames(matrixPdf("3rd Oct.✓ 2022", "3rd Oct.✓\n2022"));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Achterberg");
  });

  it("reads a one-line date with its tick after it", () => {
    const found = staleNames(matrixPdf("15/02/2022✓", "15/02/2022✓"));
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("Achterberg");
  });

  it("near miss: a recent course, its tick after it, stays silent", () => {
    expect(staleNames(matrixPdf("Sept.✓ 2025", "Sept.✓\n2025"))).toEqual([]);
  });
});
