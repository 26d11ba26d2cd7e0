/**
 * training-missing in a PDF (held-out set zz154, in our own words; every name is invented; as of 1 December 2026).
 * A federation's "Site | Role | Name | Phone" table: the page break splits a deputy's row inside his double-barrelled
 * surname, "Mr Ravi Chaudhry-" at the foot of one page, "Penn (Head of Lower School)" under the header repeated at
 * the top of the next, and the site cell wraps there too ("Marsh Road (Years" / "7–11)"). The PDF's table reader
 * joined such a row only when its first cell went on empty, and joined the name's halves with a space, so the deputy
 * was read as "Mr Ravi" with no training (his record is under "Mr R. Chaudhry-Penn").
 * Now counts: a cell of the page's last row that ends in a word broken at its hyphen after a letter, the next page's
 * first row opening that cell with a letter, continues the row; a capital after the break closes the word up with
 * its hyphen ("Chaudhry-Penn"), as the reader rejoins a hyphenated word in running text; the text's name cut short
 * in that cell ("Mr Ravi") is the table's whole name.
 * Stays as it is: a deputy with no record is still reported, by his whole name; a row the page break did not cut
 * stays a row of its own; a lower-case rest ("Co-" / "ordinator") continues its row too but keeps its gap, left to
 * the text readers' reading of soft hyphenation ("Co- ordinator").
 */
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";
import { checkDocument } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

/** A piece of a page: [x, line number, words, bold?]. */
type Piece = [number, number, string, boolean?];

/**
 * Pages drawn as a word processor writes a table over a page break: each page's running header and footer, the
 * table's header row in bold repeated at the top of the next page, and each cell with its wrapped lines in turn.
 */
async function drawn(pages: Piece[][]): Promise<SourceDocument> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const [n, pieces] of pages.entries()) {
    const page = pdf.addPage([595, 842]);
    page.drawText("Hollowmere Valley Learning Federation · Child Protection Policy 2026–27", {
      x: 72,
      y: 800,
      size: 9,
      font,
    });
    for (const [x, line, text, heavy] of pieces)
      page.drawText(text, { x, y: 760 - 13 * line, size: 10, font: heavy ? bold : font });
    page.drawText(`Kestrel Hill School · Approved 14/10/2026 · Page ${n + 1}`, {
      x: 72,
      y: 40,
      size: 9,
      font,
    });
  }
  return readDocumentBytes(await pdf.save(), "policy.pdf");
}

const COLUMNS = [72, 190, 300, 470];

/** The table's header row on line `line`. */
const header = (line: number, titles: string[]): Piece[] =>
  titles.map((t, k): Piece => [COLUMNS[k], line, t, true]);

/** A row's cells from line `line`, each cell's lines one under another. */
const row = (line: number, cells: string[][]): Piece[] =>
  cells.flatMap((lines, k) => lines.map((words, i): Piece => [COLUMNS[k], line + i, words]));

/** The last row of page one sits at its foot (line 50), nothing of the body under it. */
const FOOT = 50;

/** The table's columns in their order: Site, Role, Name, Phone (`order` puts them otherwise). */
function policy(options: {
  split: { first: string[][]; rest: string[][] };
  records: string[];
  order?: number[];
}): Promise<SourceDocument> {
  const order = options.order ?? [0, 1, 2, 3];
  const arranged = <T>(cells: T[]) => order.map((k) => cells[k]);
  const titles = arranged(["Site", "Role", "Name", "Phone"]);
  const { first: cut, rest } = options.split;
  const first: Piece[] = [
    [72, 0, "Kestrel Hill School – Child Protection and Safeguarding Policy"],
    [72, 2, "2. Our safeguarding team"],
    ...Array.from(
      { length: 40 },
      (_, i): Piece => [
        72,
        3 + i,
        i % 2 === 0
          ? "Every adult in school shares the duty to keep children safe and to pass on a worry the same day,"
          : "and each site keeps a trained member of the team on site whenever children are there.",
      ],
    ),
    ...header(45, titles),
    ...row(
      46,
      arranged([
        ["Both sites"],
        ["Designated", "Safeguarding Lead"],
        ["Mrs Harriet", "Quennell-Boyd"],
        ["01632 960 411"],
      ]),
    ),
    ...row(FOOT + 1 - Math.max(...cut.map((c) => c.length)), arranged(cut)),
  ];
  const next: Piece[] = [
    ...header(0, titles),
    ...row(1, arranged(rest)),
    ...row(4, arranged([["Tanner's Lane"], ["Deputy DSL"], ["Mr Callum Verity"], ["01632 960 487"]])),
    ...row(
      5,
      arranged([["Federation"], ["Safeguarding Governor"], ["Dr Anneliese Marchbank"], ["via the Clerk"]]),
    ),
    [72, 7, "3. Training record"],
    ...options.records.map((r, i): Piece => [72, 8 + i, r]),
    [72, 8 + options.records.length + 1, "4. Reviewing this policy"],
    [72, 8 + options.records.length + 2, "The governing body reviews this policy every year."],
  ];
  return drawn([first, next]);
}

const RECORDS = [
  "Mrs H. Quennell-Boyd – DSL Refresher (Hollowmere SCP), 3 July 2025",
  "Mr R. Chaudhry-Penn – DSL Refresher (Hollowmere SCP), 19 January 2026",
  "Mr C. Verity – DSL Refresher (Hollowmere SCP), 10 October 2025",
  "Dr A. Marchbank – Safeguarding for Governors, 15 March 2025",
];

const tableRows = (document: SourceDocument) => {
  const table = document.blocks?.find((b) => b.kind === "table");
  return table?.kind === "table" ? table.rows.map((r) => r.map((c) => c.text)) : undefined;
};

describe("training-missing: a PDF table row the page break cut inside a double-barrelled surname", () => {
  it("the site cell wraps too (zz154's shape): one row, the deputy read by his whole name", async () => {
    const document = await policy({
      split: {
        first: [["Marsh Road (Years"], ["Deputy DSL"], ["Mr Ravi Chaudhry-"], ["01632 960 412"]],
        rest: [["7–11)"], [], ["Penn (Head of", "Lower School)"], []],
      },
      records: RECORDS,
    });
    expect(tableRows(document)).toEqual([
      ["Site", "Role", "Name", "Phone"],
      ["Both sites", "Designated Safeguarding Lead", "Mrs Harriet Quennell-Boyd", "01632 960 411"],
      [
        "Marsh Road (Years 7–11)",
        "Deputy DSL",
        "Mr Ravi Chaudhry-Penn (Head of Lower School)",
        "01632 960 412",
      ],
      ["Tanner's Lane", "Deputy DSL", "Mr Callum Verity", "01632 960 487"],
      ["Federation", "Safeguarding Governor", "Dr Anneliese Marchbank", "via the Clerk"],
    ]);
    expect(checkDocument(trainingMissing, document, { asOf })).toEqual([]);
  });

  it("the site cell done on the first page: the name's halves close up with their hyphen", async () => {
    const document = await policy({
      split: {
        first: [["Marsh Road"], ["Deputy DSL"], ["Mr Ravi Chaudhry-"], ["01632 960 412"]],
        rest: [[], [], ["Penn"], []],
      },
      records: RECORDS,
    });
    expect(tableRows(document)?.[2]).toEqual([
      "Marsh Road",
      "Deputy DSL",
      "Mr Ravi Chaudhry-Penn",
      "01632 960 412",
    ]);
    expect(checkDocument(trainingMissing, document, { asOf })).toEqual([]);
  });

  it("the name in the first column, its surname broken over the page", async () => {
    const document = await policy({
      order: [2, 0, 1, 3],
      split: {
        first: [["Marsh Road"], ["Deputy DSL"], ["Mr Ravi Chaudhry-"], ["01632 960 412"]],
        rest: [["(Years 7–11)"], [], ["Penn"], []],
      },
      records: RECORDS,
    });
    expect(tableRows(document)?.[2]).toEqual([
      "Mr Ravi Chaudhry-Penn",
      "Marsh Road (Years 7–11)",
      "Deputy DSL",
      "01632 960 412",
    ]);
    expect(checkDocument(trainingMissing, document, { asOf })).toEqual([]);
  });

  it("the phone cell wraps over the page as well as the name", async () => {
    const document = await policy({
      split: {
        first: [["Marsh Road"], ["Deputy DSL"], ["Dr Priya Okafor-"], ["01632 960 412 /"]],
        rest: [[], [], ["Lindqvist"], ["07700 900 318"]],
      },
      records: [...RECORDS, "Dr P. Okafor-Lindqvist – DSL Refresher (Hollowmere SCP), 2 March 2026"],
    });
    expect(tableRows(document)?.[2]).toEqual([
      "Marsh Road",
      "Deputy DSL",
      "Dr Priya Okafor-Lindqvist",
      "01632 960 412 / 07700 900 318",
    ]);
    expect(checkDocument(trainingMissing, document, { asOf })).toEqual([]);
  });

  it("near miss: the deputy with no record is still reported, by his whole name", async () => {
    const document = await policy({
      split: {
        first: [["Marsh Road (Years"], ["Deputy DSL"], ["Mr Ravi Chaudhry-"], ["01632 960 412"]],
        rest: [["7–11)"], [], ["Penn (Head of", "Lower School)"], []],
      },
      records: RECORDS.filter((r) => !r.includes("Chaudhry")),
    });
    const found = checkDocument(trainingMissing, document, { asOf });
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/none for Mr Ravi Chaudhry-Penn \(deputy/);
  });

  it("near miss: a row the page break did not cut stays a row of its own", async () => {
    const document = await policy({
      split: {
        first: [["Marsh Road"], ["Deputy DSL"], ["Mr Ravi Chaudhry-Penn"], ["01632 960 412"]],
        rest: [["Whole school"], ["Safeguarding Governor"], ["Dr Anneliese Marchbank"], ["via the Clerk"]],
      },
      records: RECORDS,
    });
    expect(tableRows(document)?.slice(2, 4)).toEqual([
      ["Marsh Road", "Deputy DSL", "Mr Ravi Chaudhry-Penn", "01632 960 412"],
      ["Whole school", "Safeguarding Governor", "Dr Anneliese Marchbank", "via the Clerk"],
    ]);
  });

  it("a lower-case rest ('Co-' / 'ordinator') continues the row too, its gap kept as before", async () => {
    const document = await policy({
      split: {
        first: [["Marsh Road (Years"], ["Safeguarding Co-"], ["Mr Ravi Chaudhry-Penn"], ["01632 960 412"]],
        rest: [["7–11)"], ["ordinator"], [], []],
      },
      records: RECORDS,
    });
    expect(tableRows(document)?.[2]).toEqual([
      "Marsh Road (Years 7–11)",
      "Safeguarding Co- ordinator",
      "Mr Ravi Chaudhry-Penn",
      "01632 960 412",
    ]);
  });
});
