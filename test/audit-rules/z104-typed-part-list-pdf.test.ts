/**
 * From the hundred-and-fourth held-out set (issue 11), in our own words; every name is invented. As of 1 December 2026.
 * A policy that is one part of a bigger handbook lists its own numbered paragraphs under a short bold label ("On these
 * pages") in the body's plain type — "4.1 Our promise", "4.2 Who does what", … one under another — and then sets
 * each of them out as a larger heading. In a PDF those listed lines look like numbered sub-headings alone on their
 * lines, but three or more of them in a row with no words between them are a list of the sections, not the sections:
 * each section is read once, and no "two sections are numbered 4.1" is reported.
 */
import { PDFDocument, type PDFFont, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as contentsMismatch } from "../../src/audit/rules/contents-mismatch.js";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";
import { checkDocument } from "../helpers/audit-context.js";

const FILLER =
  "Every coach at Larkspur Rowing Club reads this part of the handbook and follows it at each outing.";
const TITLES = ["Our promise", "Who does what", "Trips away", "Reviewing this part"];

/** An untagged A4 PDF: a running header, a large title, the typed list (unless left out), then the sections. */
async function handbookPart(options: { list: boolean }): Promise<SourceDocument> {
  const pdf = await PDFDocument.create();
  const regular: PDFFont = await pdf.embedFont(StandardFonts.Helvetica);
  const bold: PDFFont = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595, 842]);
  page.drawText("Larkspur Rowing Club | Members' Handbook – Part 4 | Edition 3", {
    x: 72,
    y: 800,
    size: 9,
    font: regular,
  });
  let y = 770;
  const line = (text: string, size = 10, font = regular, gap = 0) => {
    y -= size * 1.2 + gap;
    page.drawText(text, { x: 72, y, size, font });
  };
  line("Part 4 – Keeping junior rowers safe", 24);
  line("This part sits beside Part 2 (Boats and water safety) and Part 6 (Complaints).", 10, regular, 4);
  if (options.list) {
    line("On these pages", 10, bold);
    for (const [i, title] of TITLES.entries()) line(`4.${i + 1} ${title}`);
  }
  for (const [i, title] of TITLES.entries()) {
    line(`4.${i + 1} ${title}`, 15, regular, 6);
    for (let k = 0; k < 3; k++) line(FILLER);
  }
  return readDocumentBytes(await pdf.save(), "handbook-part.pdf");
}

const headingTitles = (document: SourceDocument) =>
  document.blocks.flatMap((b) =>
    b.kind === "heading" && b.number?.includes(".") ? [`${b.number} ${b.title}`] : [],
  );

describe("a part's own typed list of its numbered paragraphs, in a PDF", () => {
  it("is not read as a second set of headings", async () => {
    const document = await handbookPart({ list: true });
    expect(headingTitles(document)).toEqual(TITLES.map((t, i) => `4.${i + 1} ${t}`));
    expect(checkDocument(contentsMismatch, document, { asOf: "2026-12-01" })).toEqual([]);
  });

  it("leaves the sections themselves as headings when there is no list", async () => {
    const document = await handbookPart({ list: false });
    expect(headingTitles(document)).toEqual(TITLES.map((t, i) => `4.${i + 1} ${t}`));
  });
});
