/**
 * training-missing (held-out set zz125), in our own words; every name is invented. A PDF's training table whose
 * first cell wraps the post's holder onto a line of its own: "Senior Practitioner" / "(T. Okwuosa-Hale)". The
 * layout reader took the line's "(T." for a lettered list's marker, which ended the table after its first row, and
 * the deputy's row was lost: "none for Tendai Okwuosa-Hale". A bracket opened before a letter closes with a bracket
 * ("(b)"), never with a full stop, so the line is the cell's and the row is the deputy's record. Near misses: "(a)"
 * and "b." lines are still list items; a deputy whose row is not in the table is still reported.
 */
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";
import { run } from "../fixtures/structure/documents.js";

/** A paragraph's line at the margin, or a table row: each cell's lines at its column, drawn cell by cell. */
type Drawn = string | string[][];

const columns = [72, 250, 450];

/** Drawn as LibreOffice writes a table: each cell's lines, then the next cell's from the row's top again. */
async function drawn(lines: Drawn[]): Promise<SourceDocument> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  let y = 780;
  for (const line of lines) {
    if (typeof line === "string") {
      y -= 13;
      page.drawText(line, { x: 72, y, size: 10, font });
      continue;
    }
    const top = y - 13;
    for (const [i, cell] of line.entries())
      for (const [k, words] of cell.entries())
        page.drawText(words, { x: columns[i], y: top - 13 * k, size: 10, font });
    y = top - 13 * (Math.max(...line.map((c) => c.length)) - 1) - 4;
  }
  return readDocumentBytes(await pdf.save(), "policy.pdf");
}

function policy(deputyRow: boolean): Promise<SourceDocument> {
  return drawn([
    "Easthaven Children's Centre - Safeguarding Procedure",
    "Designated Safeguarding Lead: Centre Manager (Rosalind Ashworth-Lyle), 01632 960 411",
    "Deputy DSL: Senior Practitioner (Tendai Okwuosa-Hale), 01632 960 412",
    "Training",
    [["Post (postholder)"], ["Course"], ["Completed"]],
    [["Centre Manager (R.", "Ashworth-Lyle)"], ["Designated Safeguarding", "Lead, Level 3"], ["03/2026"]],
    ...(deputyRow
      ? [
          [
            ["Senior Practitioner", "(T. Okwuosa-Hale)"],
            ["Designated Safeguarding", "Lead refresher, Level 3"],
            ["01/2026"],
          ],
        ]
      : []),
    [["All centre staff"], ["Level 1 at induction"], ["every 3 years"]],
    "If you are worried about a child:",
    "(a) write down what you saw or heard;",
    "b. tell the lead the same day.",
  ]);
}

describe("a PDF table cell's line that opens with a bracketed initial", () => {
  it("keeps the table's rows: the deputy's record is read, and nobody is missing training", async () => {
    const document = await policy(true);
    const table = document.blocks.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => r[0].text)).toEqual([
      "Post (postholder)",
      "Centre Manager (R. Ashworth-Lyle)",
      "Senior Practitioner (T. Okwuosa-Hale)",
      "All centre staff",
    ]);
    expect(run(trainingMissing, document)).toEqual([]);
  });

  it("still reads '(a)' and 'b.' lines as list items", async () => {
    const document = await policy(true);
    const items = document.blocks.flatMap((b) => (b.kind === "listItem" ? [b.marker] : []));
    expect(items).toEqual(["(a)", "b."]);
  });

  it("still reports a deputy whose row is not in the table", async () => {
    const document = await policy(false);
    expect(run(trainingMissing, document).map((r) => r.message)).toEqual([
      expect.stringContaining("none for Tendai Okwuosa-Hale"),
    ]);
  });
});
