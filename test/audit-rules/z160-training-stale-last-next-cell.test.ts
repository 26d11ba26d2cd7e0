/**
 * training-stale (session 50, held-out set zz168), in our own words; every name is invented. As of 1 December 2026.
 * A school's team table "| Name | Role | Contact | Training |" whose training cell gives two lines, the last
 * completion and when it falls due again: "Last: 03/2024<br>Next due: 03/2026" (also "Last trained:", "Last
 * completed:"). The cell's labels were read as its course ("Last: Next due: 03/2026"), which read as no safeguarding
 * course, so the row was dropped: the lapsed deputy was missed, and in a PDF (its table read from its cells) the
 * deputies were reported as having no training at all.
 * Now counts: "Last: MM/YYYY" is the completion month, "Next due: MM/YYYY" in the same cell its record's own due
 * date (a due date passed is out of date, as a "Refresher due" column's is); the labels are no part of the course
 * ("Last: 02/2025 (designated teacher course)" is that course). A PDF's row the page break cut inside the name ("Mr
 * Anselm" at the foot of a page, "Fairbrother" under the header repeated on the next) is one record.
 * Stays as it is: a due date still to come is no finding; "(Refresher booked …)" in the cell is no completion; a
 * completion alone ("Last: 10/2022") is judged by the course's usual validity, as before.
 */
import { PDFDocument, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as stale } from "../../src/audit/rules/training-stale.js";
import { rule as undated } from "../../src/audit/rules/training-undated.js";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";
import { markdownDocument, run, wordDocument } from "../fixtures/structure/documents.js";

const TITLE = "Child Protection Policy — Larkspur Vale School";
const HEADER = ["Name", "Role", "Contact", "Training"];

/** The team table's rows; a cell's lines broken by `<br>` (Markdown), or by a line break in Word's paragraph. */
const documents = (rows: string[][]): SourceDocument[] => [
  markdownDocument(
    [
      `# ${TITLE}`,
      "",
      "## 2. The safeguarding team",
      "",
      "Anyone can speak to any member of the team.",
      "",
      `| ${HEADER.join(" | ")} |`,
      `|${HEADER.map(() => "---").join("|")}|`,
      ...rows.map((r) => `| ${r.join(" | ")} |`),
      "",
      "All staff complete child protection training each September.",
      "",
    ].join("\n"),
  ),
  wordDocument(
    [
      `<h1>${TITLE}</h1>`,
      "<h2>2. The safeguarding team</h2>",
      "<p>Anyone can speak to any member of the team.</p>",
      `<table><tr>${HEADER.map((h) => `<td><p><strong>${h}</strong></p></td>`).join("")}</tr>${rows
        .map((r) => `<tr>${r.map((c) => `<td><p>${c.replaceAll("<br>", "<br />")}</p></td>`).join("")}</tr>`)
        .join("")}</table>`,
      "<p>All staff complete child protection training each September.</p>",
    ].join(""),
  ),
];

const LEAD = [
  "Mrs Imelda Crowthorne",
  "Designated Safeguarding Lead",
  "01632 960 701",
  "Last: 10/2025<br>Next due: 10/2027",
];
const DEPUTY = [
  "Ms Petra Vallance-Ode",
  "Deputy DSL — Sixth Form",
  "01632 960 703",
  "Last: 05/2025<br>Next due: 05/2027",
];

const messages = (document: SourceDocument, rule = stale) => run(rule, document).map((f) => f.message);

describe("a training cell of the last completion and the next due date", () => {
  for (const training of [
    "Last: 03/2024<br>Next due: 03/2026",
    "Last trained: 03/2024<br>Next due: 03/2026",
    "Last completed: 03/2024<br>Next due: 03/2026",
    "Last: 03/2024 Next due: 03/2026",
    "Last: 03/2024<br>Next due: 03/2026<br>(Refresher not yet booked)",
  ])
    it(`a deputy's due date passed is out of date: ${training}`, () => {
      for (const document of documents([
        LEAD,
        ["Mr Gideon Ashcombe", "Deputy DSL — Lower School", "01632 960 702", training],
        DEPUTY,
      ])) {
        const found = messages(document);
        expect(found, document.format).toHaveLength(1);
        expect(found[0], document.format).toMatch(
          /Gideon Ashcombe.*March 2024.*due for renewal in March 2026/,
        );
        expect(messages(document, trainingMissing), document.format).toEqual([]);
      }
    });

  it("a completion alone is judged by the course's usual validity, as before", () => {
    for (const document of documents([
      LEAD,
      ["Mr Gideon Ashcombe", "Deputy DSL — Lower School", "01632 960 702", "Last: 10/2022"],
    ])) {
      const found = messages(document);
      expect(found, document.format).toHaveLength(1);
      expect(found[0], document.format).toMatch(/Gideon Ashcombe.*October 2022/);
    }
  });
});

describe("stays as it is", () => {
  for (const training of [
    "Last: 06/2025<br>Next due: 06/2027",
    "Last: 06/2025<br>Next due: 06/2027<br>(Refresher booked 14/05/2027)",
    "Last: 02/2025 (designated teacher course)",
    "Last: 11/2024 (governor safeguarding)",
  ])
    it(`a record still in date, no training missing and no undated course: ${training}`, () => {
      for (const document of documents([
        LEAD,
        ["Mr Gideon Ashcombe", "Deputy DSL — Lower School", "01632 960 702", training],
        DEPUTY,
      ])) {
        expect(messages(document), document.format).toEqual([]);
        expect(messages(document, trainingMissing), document.format).toEqual([]);
        expect(messages(document, undated), document.format).toEqual([]);
      }
    });
});

/** A piece of a page: [x, line number, words, bold?]. */
type Piece = [number, number, string, boolean?];
const COLUMNS = [72, 190, 300, 420];

/** A PDF's pages as a word processor draws a table over a page break, its header repeated on the next page. */
async function drawn(pages: Piece[][]): Promise<SourceDocument> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  for (const [n, pieces] of pages.entries()) {
    const page = pdf.addPage([595, 842]);
    for (const [x, line, text, heavy] of pieces)
      page.drawText(text, { x, y: 760 - 13 * line, size: 10, font: heavy ? bold : font });
    page.drawText(`Larkspur Vale School · Version 4 · Page ${n + 1}`, { x: 72, y: 40, size: 9, font });
  }
  return readDocumentBytes(await pdf.save(), "policy.pdf");
}

const header = (line: number): Piece[] => HEADER.map((t, k): Piece => [COLUMNS[k], line, t, true]);
const row = (line: number, cells: string[][]): Piece[] =>
  cells.flatMap((lines, k) => lines.map((words, i): Piece => [COLUMNS[k], line + i, words]));

describe("in a PDF, the table read from its cells", () => {
  it("the lapsed deputy is reported, the others have their records, a row cut by the page break is one", async () => {
    const FOOT = 50;
    const first: Piece[] = [
      [72, 0, "Larkspur Vale School – Child Protection Policy"],
      [72, 2, "2. The safeguarding team"],
      ...Array.from(
        { length: 28 },
        (_, i): Piece => [
          72,
          3 + i,
          i % 2 === 0
            ? "Every adult in school shares the duty to keep children safe and to pass on a worry at once,"
            : "and the duty member of the team carries the team phone during the school day.",
        ],
      ),
      ...header(33),
      ...row(34, [
        ["Mrs Imelda", "Crowthorne"],
        ["Designated", "Safeguarding Lead"],
        ["01632 960 701"],
        ["Last: 10/2025", "Next due: 10/2027"],
      ]),
      ...row(38, [
        ["Mr Gideon Ashcombe"],
        ["Deputy DSL —", "Lower School"],
        ["01632 960 702"],
        ["Last: 03/2024", "Next due: 03/2026"],
      ]),
      ...row(42, [
        ["Ms Petra Vallance-", "Ode"],
        ["Deputy DSL —", "Sixth Form"],
        ["01632 960 703"],
        ["Last: 05/2025", "Next due: 05/2027"],
      ]),
      ...row(FOOT, [["Mr Anselm"], ["Designated Teacher"], ["01632 960 704"], ["Last: 02/2025"]]),
    ];
    const next: Piece[] = [
      ...header(0),
      ...row(1, [["Fairbrother"], ["for Looked After", "Children"], [], ["(designated teacher", "course)"]]),
      [72, 5, "3. Reviewing this policy"],
      [72, 6, "The governing body reviews this policy every year."],
    ];
    const document = await drawn([first, next]);
    const found = messages(document);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/Gideon Ashcombe.*March 2024.*due for renewal in March 2026/);
    expect(messages(document, trainingMissing)).toEqual([]);
    expect(messages(document, undated)).toEqual([]);
  });
});
