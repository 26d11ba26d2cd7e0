/**
 * training-missing (held-out set zz161, in our own words; every name is invented; as of 1 December 2026).
 * A trust's annex of school safeguarding teams, "School | Designated Safeguarding Lead | Deputy DSL | Telephone": one
 * lead's name is wrapped over two table rows as Word users do it, "| Ashgrove Primary | Mrs Philippa | Mr Kofi
 * Adjei | … |" then "|  | Ormsby-Tate |  |  |", the second row empty but for her surname. The lead reader took the
 * first row's cell alone, "Mrs Philippa", and her training (logged under her whole name, or "Mrs P. Ormsby-Tate")
 * matched nobody: a false error, most plainly in the PDF, where LibreOffice draws the surname two lines under the
 * name (the school's name wrapping between).
 * Now counts: a role column's cell holding a title and one word alone ("Mrs Philippa"), the row under it empty but
 * for one surname-like word in that column ("Ormsby-Tate", "O'Dowd"), is one name: "Mrs Philippa Ormsby-Tate" — in
 * Markdown, Word and a PDF's table alike (the PDF's table is read through the same row reader).
 * Stays as it is: the same lead with no training recorded is still reported (by her whole name); a name already
 * whole ("Ms Ann Lee") keeps its own words when a word stands alone under it; a row under the name with other cells
 * filled is a row of its own; a title and first name alone with no surname under it is not matched to a record
 * by its initial ("Mrs Philippa" and "Mrs P. Ormsby-Tate": nothing says she is that Philippa).
 */
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Ashgrove Learning Trust – Child Protection and Safeguarding Policy";
const INTRO =
  "Each school names its designated safeguarding lead and deputy below; the trust keeps their training records.";
const HEADER = ["School", "Designated Safeguarding Lead", "Deputy DSL", "Telephone"];

/** The annex's rows after the header: each row's cells. */
type Rows = string[][];

const WRAPPED: Rows = [
  ["Ashgrove Primary", "Mrs Philippa", "Mr Kofi Adjei", "01632 960511"],
  ["", "Ormsby-Tate", "", ""],
  ["Brackenfield Junior", "Mr Lewin Thorpe", "Ms Gita Rao", "01632 960512"],
];

const RECORDS = [
  "Mrs Philippa Ormsby-Tate completed DSL Level 3 (Ashgrove SCP) on 19 June 2025.",
  "Mr Kofi Adjei completed DSL Level 3 (Ashgrove SCP) on 4 February 2026.",
  "Mr Lewin Thorpe completed DSL Level 3 (Ashgrove SCP) on 11 November 2025.",
  "Ms Gita Rao completed DSL Level 3 (Ashgrove SCP) on 2 October 2025.",
];

function markdown(rows: Rows, records: string[]): SourceDocument {
  const line = (cells: string[]) => `| ${cells.join(" | ")} |`;
  return markdownDocument(
    [
      `# ${TITLE}`,
      "",
      "## 2. Training",
      "",
      ...records.flatMap((r) => [r, ""]),
      "## 3. School safeguarding teams",
      "",
      INTRO,
      "",
      line(HEADER),
      line(HEADER.map(() => "---")),
      ...rows.map(line),
      "",
    ].join("\n"),
  );
}

function word(rows: Rows, records: string[]): SourceDocument {
  const row = (cells: string[], tag: string) =>
    `<tr>${cells.map((c) => `<${tag}>${c}</${tag}>`).join("")}</tr>`;
  return wordDocument(
    [
      `<h1>${TITLE}</h1>`,
      "<h2>2. Training</h2>",
      ...records.map((r) => `<p>${r}</p>`),
      "<h2>3. School safeguarding teams</h2>",
      `<p>${INTRO}</p>`,
      `<table>${row(HEADER, "th")}${rows.map((r) => row(r, "td")).join("")}</table>`,
    ].join(""),
  );
}

/** A piece of a page: [x, line number, words, bold?]. */
type Piece = [number, number, string, boolean?];
const COLUMNS = [72, 190, 330, 460];

/**
 * The PDF LibreOffice makes of the Word file: each row's cells from its top line, the header's role and the school's
 * name wrapped onto further lines, and the next row (the surname's) starting under the row's last line.
 */
async function pdf(rows: Rows, records: string[]): Promise<SourceDocument> {
  const pieces: Piece[] = [
    [72, 0, TITLE, true],
    [72, 2, "2. Training", true],
    ...records.map((r, i): Piece => [72, 3 + i, r]),
    [72, 4 + records.length, "3. School safeguarding teams", true],
    [72, 5 + records.length, INTRO],
    // The header's role wraps in its column, as the lead's cell does.
    ...HEADER.flatMap((h, k) =>
      (k === 1 ? h.split(" ") : [h]).map(
        (words, i): Piece => [COLUMNS[k], 7 + records.length + i, words, true],
      ),
    ),
  ];
  let line = 10 + records.length;
  for (const cells of rows) {
    let height = 1;
    for (const [k, cell] of cells.entries()) {
      if (!cell) continue;
      // A school's name of two words wraps, as the narrow first column makes it.
      const lines = k === 0 && cell.includes(" ") ? cell.split(" ") : [cell];
      for (const [i, words] of lines.entries()) pieces.push([COLUMNS[k], line + i, words]);
      height = Math.max(height, lines.length);
    }
    line += height;
  }
  pieces.push([72, line + 1, "4. Reviewing this policy", true]);
  pieces.push([72, line + 2, "The trust board reviews this policy every year."]);
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  const bold = await document.embedFont(StandardFonts.HelveticaBold);
  const page = document.addPage([595, 842]);
  for (const [x, n, text, heavy] of pieces)
    page.drawText(text, { x, y: 780 - 14 * n, size: 10, font: heavy ? bold : font });
  return readDocumentBytes(await document.save(), "policy.pdf");
}

const layouts = async (rows: Rows, records: string[]) => [
  markdown(rows, records),
  word(rows, records),
  await pdf(rows, records),
];

const missing = (document: SourceDocument) =>
  run(trainingMissing, document).map((f) => `${document.format}: ${f.message.split(" — ")[0]}`);

const leadNames = (document: SourceDocument, role: "dsl" | "deputy") => [
  ...new Set(
    analyse(document)
      .leads.filter((m) => m.role === role && !m.team)
      .flatMap((m) => m.names ?? []),
  ),
];

describe("a lead's name wrapped over two table rows, the second empty but for the surname", () => {
  it("is read whole, and her training (under her whole name) is hers", async () => {
    for (const document of await layouts(WRAPPED, RECORDS)) {
      expect(leadNames(document, "dsl"), document.format).toContain("Mrs Philippa Ormsby-Tate");
      expect(leadNames(document, "dsl"), document.format).not.toContain("Mrs Philippa");
      expect(missing(document)).toEqual([]);
    }
  });

  it("her record written with her initial: Mrs P. Ormsby-Tate", async () => {
    const records = ["Mrs P. Ormsby-Tate – DSL Level 3 (Ashgrove SCP), 19 June 2025", ...RECORDS.slice(1)];
    for (const document of await layouts(WRAPPED, records)) expect(missing(document)).toEqual([]);
  });

  it("a surname with an apostrophe: Mr Declan / O'Dowd", async () => {
    const rows: Rows = [
      ["Ashgrove Primary", "Mr Declan", "Mr Kofi Adjei", "01632 960511"],
      ["", "O'Dowd", "", ""],
      WRAPPED[2],
    ];
    const records = ["Mr D. O'Dowd – DSL Level 3 (Ashgrove SCP), 19 June 2025", ...RECORDS.slice(1)];
    for (const document of await layouts(rows, records)) {
      expect(leadNames(document, "dsl"), document.format).toContain("Mr Declan O'Dowd");
      expect(missing(document)).toEqual([]);
    }
  });

  it("the deputy's name wrapped so: Ms Gita / Rao-Bell", async () => {
    const rows: Rows = [
      ["Ashgrove Primary", "Mr Lewin Thorpe", "Ms Gita", "01632 960511"],
      ["", "", "Rao-Bell", ""],
    ];
    const records = [
      "Mr Lewin Thorpe completed DSL Level 3 (Ashgrove SCP) on 11 November 2025.",
      "Ms Gita Rao-Bell completed DSL Level 3 (Ashgrove SCP) on 2 October 2025.",
    ];
    for (const document of await layouts(rows, records)) {
      expect(leadNames(document, "deputy"), document.format).toContain("Ms Gita Rao-Bell");
      expect(missing(document)).toEqual([]);
    }
  });
});

describe("stays as it is", () => {
  it("the wrapped lead with no training recorded is still reported, by her whole name", async () => {
    for (const document of await layouts(WRAPPED, RECORDS.slice(1)))
      expect(missing(document)).toEqual([
        `${document.format}: The policy lists safeguarding training for other people, but none for Mrs Philippa Ormsby-Tate (designated safeguarding lead)`,
      ]);
  });

  it("a name already whole keeps its words when one word stands alone under it", () => {
    const rows: Rows = [
      ["Ashgrove Primary", "Ms Ann Lee", "Mr Kofi Adjei", "01632 960511"],
      ["", "Oakfield", "", ""],
    ];
    const document = markdown(rows, RECORDS.slice(1));
    expect(leadNames(document, "dsl")).toEqual(["Ms Ann Lee"]);
  });

  it("a row under the name with other cells filled is a row of its own", () => {
    const rows: Rows = [
      ["Ashgrove Primary", "Mrs Philippa", "Mr Kofi Adjei", "01632 960511"],
      ["", "Ormsby-Tate", "Mr Lewin Thorpe", ""],
    ];
    const document = markdown(rows, RECORDS);
    expect(leadNames(document, "dsl")).toEqual(["Mrs Philippa"]);
  });

  it("a title and first name alone, no surname under it, is not matched to a record by its initial", async () => {
    const rows: Rows = [["Ashgrove Primary", "Mrs Philippa", "Mr Kofi Adjei", "01632 960511"], WRAPPED[2]];
    const records = ["Mrs P. Ormsby-Tate – DSL Level 3 (Ashgrove SCP), 19 June 2025", ...RECORDS.slice(1)];
    for (const document of [markdown(rows, records), word(rows, records)])
      expect(missing(document)).toEqual([
        `${document.format}: The policy lists safeguarding training for other people, but none for Mrs Philippa (designated safeguarding lead)`,
      ]);
  });
});
