/**
 * PDF layout reading (held-out set zz85, a leisure trust's young leaders), in our own words; every name is invented.
 * An untagged PDF's training matrix whose name cell starts with two initials ("K. M. Ellis-") and wraps its hyphenated
 * surname onto the cell's next line ("Grant"), the dates beside its first line. "K." opening a line is no lettered
 * list's marker when another initial follows it: the line is the table's name cell, so the header above and the
 * person's row stay in the table, and the lapsed lead course is reported for K. M. Ellis-Grant. Near miss: a lettered
 * list ("A. Listen to the child") is still a list, not a table.
 */
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";
import { checkDocument } from "../helpers/audit-context.js";

/**
 * Words drawn in the order a word processor writes a table: a row's first cell, with its wrapped line, then the
 * cells beside it. Each piece is [x, line number, words].
 */
async function drawn(pieces: Array<[number, number, string]>) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  for (const [x, line, text] of pieces) page.drawText(text, { x, y: 780 - 13 * line, size: 10, font });
  return readDocumentBytes(await pdf.save(), "policy.pdf");
}

const matrix: Array<[number, number, string]> = [
  [72, 0, "Hartwell Pools Trust – Safeguarding Policy"],
  [72, 1, "Lead Safeguarding Officer: K. M. Ellis-Grant (01632 960 410)."],
  [72, 2, "3. Training record"],
  [72, 3, "Name"],
  [200, 3, "DSL refresher"],
  [350, 3, "Awareness"],
  [480, 3, "Prevent"],
  [72, 4, "K. M. Ellis-"],
  [72, 5, "Grant"],
  [200, 4, "09/2022"],
  [350, 4, "01/2025"],
  [480, 4, "03/2025"],
  [72, 6, "Omar Haddad"],
  [200, 6, "–"],
  [350, 6, "10/2025"],
  [480, 6, "10/2025"],
  [72, 7, "4. Responding to a concern"],
  [72, 8, "Tell the Lead Safeguarding Officer the same day."],
];

describe("a PDF table whose name cell opens with two initials", () => {
  it("keeps the header and the person's row in the table, and reports the lapsed course for them", async () => {
    const document = await drawn(matrix);
    const table = document.blocks?.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ["Name", "DSL refresher", "Awareness", "Prevent"],
      ["K. M. Ellis-Grant", "09/2022", "01/2025", "03/2025"],
      ["Omar Haddad", "–", "10/2025", "10/2025"],
    ]);
    const found = checkDocument(stale, document, { asOf: "2026-12-01" });
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/^K\. M\. Ellis-Grant's most recent DSL refresher is September 2022/),
    ]);
  });

  it("near miss: a lettered list opening with 'A.' is still a list", async () => {
    const document = await drawn([
      [72, 0, "What to do"],
      [72, 1, "A. Listen to the child and stay calm."],
      [72, 2, "B. Tell the lead the same day."],
      [72, 3, "C. Write down what was said."],
    ]);
    expect(document.blocks?.filter((b) => b.kind === "listItem")).toHaveLength(3);
  });
});
