/**
 * deputy-missing in a PDF (held-out set zz104, in our own words; every name is invented; as of 1 December 2026): the
 * paragraph before a venue table names the company's Designated Safeguarding Lead and ends "Each venue also has its
 * own venue lead and deputy, one of whom is at every class:", its lines wrapped as a PDF keeps them; the table's
 * cells wrap over two lines, one row's deputy "Post vacant –" / "recruiting". The introducing paragraph is the whole
 * paragraph block before the table, not its last line alone. Near miss: the same table under a paragraph that says
 * nothing of deputies.
 */
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { rule as deputyMissing } from "../../src/audit/rules/deputy-missing.js";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";
import { checkDocument } from "../helpers/audit-context.js";

/** Each piece is [x, line number, words]; the table's header (line 7) in bold, as a word processor sets it. */
async function drawn(pieces: Array<[number, number, string]>) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  const page = pdf.addPage([595, 842]);
  for (const [x, line, text] of pieces)
    page.drawText(text, { x, y: 780 - 13 * line, size: 10, font: line === 7 ? bold : font });
  return readDocumentBytes(await pdf.save(), "policy.pdf");
}

const policy = (intro: string[]): Array<[number, number, string]> => [
  [72, 0, "Tarnside Tots Music – Safeguarding Policy"],
  [72, 2, "2. Who to tell"],
  ...intro.map((words, i): [number, number, string] => [72, 3 + i, words]),
  [72, 7, "Venue"],
  [210, 7, "Classes"],
  [320, 7, "Venue lead"],
  [440, 7, "Deputy"],
  [72, 8, "Mill Street"],
  [72, 9, "Church Hall"],
  [210, 8, "Mon and Fri"],
  [210, 9, "mornings"],
  [320, 8, "Cara Dunn"],
  [440, 8, "Dev Shah"],
  [72, 10, "Old School"],
  [72, 11, "Rooms"],
  [210, 10, "Tue and Thu"],
  [210, 11, "mornings"],
  [320, 10, "Eli Ford"],
  [440, 10, "Post vacant –"],
  [440, 11, "recruiting"],
  [72, 12, "Quay Library,"],
  [72, 13, "Tarnside"],
  [210, 12, "Sat mornings"],
  [320, 12, "Fay Gill"],
  [440, 12, "Gus Hart"],
  [72, 15, "Until the Old School deputy is appointed, Ada covers the Thursday class herself."],
  [72, 17, "Next review: March 2027."],
];

describe("a PDF venue table's deputy left vacant, under a paragraph wrapped over lines", () => {
  it("is reported when the whole paragraph before says whose deputies they are", async () => {
    const document = await drawn(
      policy([
        "Our founder, Ada Lyle, is the Designated Safeguarding Lead for the whole",
        "company (07700 900111). In Ada's absence, Ben Orme deputises for the",
        "company. Each venue also has its own venue lead and deputy, one of",
        "whom is at every class:",
      ]),
    );
    const table = document.blocks?.find((b) => b.kind === "table");
    expect(table?.kind === "table" && table.rows[2].map((c) => c.text)).toEqual([
      "Old School Rooms",
      "Tue and Thu mornings",
      "Eli Ford",
      "Post vacant – recruiting",
    ]);
    expect(checkDocument(deputyMissing, document, { asOf: "2026-12-01" }).map((f) => f.message)).toEqual([
      expect.stringContaining('"Post vacant" stands where the name should be'),
    ]);
  });

  it("near miss: a paragraph that says nothing of deputies", async () => {
    const document = await drawn(
      policy([
        "Our founder, Ada Lyle, is the Designated Safeguarding Lead for the whole",
        "company (07700 900111). In Ada's absence, Ben Orme deputises for the",
        "company. The classes run at three venues, each with a venue lead and",
        "a second member of staff at every class:",
      ]),
    );
    expect(checkDocument(deputyMissing, document, { asOf: "2026-12-01" })).toEqual([]);
  });
});
