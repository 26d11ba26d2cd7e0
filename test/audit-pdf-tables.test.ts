/**
 * Tables read from an untagged PDF's layout (issue 11): LibreOffice's PDFs of Word tables whose header takes two
 * rows, whose cells wrap onto two or three lines (a name broken at its hyphen, a word broken mid-way), whose cells
 * are empty, and which cross a page, splitting a row — each is one table block whose rows × cells are the .md's.
 * Prose in two columns, a contents list with page numbers and a form's label / blank lines are not tables.
 * The PDFs are made by test/fixtures/pdf-tables/make.mjs from the .md beside them (in our own words; every name is
 * invented); scripts/pdf-tables.ts measures the same over the corpus.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { cellKey, markdownTables } from "../scripts/pdf-table-truth.js";
import type { Block } from "../src/audit/document/blocks.js";
import { describePlace, placeOf } from "../src/audit/document/place.js";
import type { ReportDescriptor, Rule, SourceDocument } from "../src/audit/rule.js";
import { rule as deputyMissing } from "../src/audit/rules/deputy-missing.js";
import { rule as leadMissing } from "../src/audit/rules/lead-missing.js";
import { rule as trainingStale } from "../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../src/audit/rules/training-undated.js";
import { readDocumentBytes } from "../src/audit/sources/read-bytes.js";
import { checkText, fixturePartnership, settingTypes } from "./helpers/audit-context.js";

const fixtures = fileURLToPath(new URL("./fixtures/pdf-tables/", import.meta.url));
const corpus = fileURLToPath(new URL("./corpus/", import.meta.url));
const asOf = "2026-12-01";

const pdf = (path: string) => readDocumentBytes(new Uint8Array(readFileSync(path)), basename(path));
const tables = (document: SourceDocument) =>
  document.blocks.flatMap((b: Block) => (b.kind === "table" ? [b] : []));
/** A table's cells as compared with the .md's: letters and digits only (wrapped and broken words are words). */
const keys = (rows: string[][]) => rows.map((row) => row.map(cellKey));
const cellTexts = (document: SourceDocument) =>
  tables(document).map((t) => keys(t.rows.map((r) => r.map((c) => c.text))));

/** A rule's findings on a document read from a file. */
function check(rule: Rule, document: SourceDocument): ReportDescriptor[] {
  const reported: ReportDescriptor[] = [];
  rule.checkDocument?.({
    asOf,
    options: { ...(rule.meta.defaultOptions ?? {}) },
    partnership: fixturePartnership(),
    settingTypes: settingTypes(),
    document,
    report: (d) => reported.push(d),
  });
  return reported;
}

describe("tables read from a LibreOffice PDF's layout", () => {
  it("a header over two rows, cells wrapped over lines, a name broken at its hyphen, empty cells", async () => {
    const document = await pdf(`${fixtures}grouped-header.pdf`);
    const markdown = readFileSync(`${fixtures}grouped-header.md`, "utf8");
    expect(cellTexts(document)).toEqual(markdownTables(markdown).map(keys));
    const [training] = tables(document);
    expect(training.headerRow).toBe(true);
    // Six columns in every row: the group headings' empty cells, the second header row's empty name and role, the
    // deputy's first aid left blank.
    expect(training.rows.map((r) => r.length)).toEqual([6, 6, 6, 6, 6]);
    expect(training.rows.map((r) => r.map((c) => c.text === ""))).toEqual([
      [false, false, false, true, false, true],
      [true, true, false, false, false, false],
      [false, false, false, false, false, false],
      [false, false, false, false, true, true],
      [false, false, false, false, false, false],
    ]);
    expect(training.rows[1].map((c) => c.text)).toEqual([
      "",
      "",
      "Completed",
      "Renewal due",
      "Completed",
      "Renewal due",
    ]);
    // Words LibreOffice broke — at a hyphen ("Okonkwo-" / "Pemberton"), or mid-way where a word was wider than its
    // cell ("Bartholome" / "w", "Safeguardin" / "g Lead") — are whole again; the cell's range holds its words.
    expect(training.rows[0][2].text).toBe("Safeguarding lead course");
    expect(training.rows[2].slice(0, 2).map((c) => c.text)).toEqual([
      "Bartholomew Okonkwo-Pemberton",
      "Designated Safeguarding Lead",
    ]);
    expect(training.rows[4][1].text).toBe("Room Leader and Safeguarding Champion");
    const name = training.rows[2][0];
    expect(document.text.slice(name.offset, name.endOffset).replace(/\s+/g, "")).toBe(
      name.text.replace(/ /g, ""),
    );
    // "Paediatric" alone on its line, then "first aid": a line that wrapped, not a word broken.
    expect(training.rows[0][4].text).toBe("Paediatric first aid");
    expect(describePlace(placeOf(document, training.rows[3][0].offset) ?? {})).toBe(
      "page 1, section 2 Training record, paragraph 1 (table row 4)",
    );
  });

  it("the PDF's training table gives the findings the Markdown's gives: the lead's course lapsed", async () => {
    const document = await pdf(`${fixtures}grouped-header.pdf`);
    const markdown = readFileSync(`${fixtures}grouped-header.md`, "utf8");
    const fromPdf = check(trainingStale, document).map((f) => f.message ?? "");
    const fromMarkdown = checkText(trainingStale, markdown, { asOf }).map((f) => f.message ?? "");
    expect(fromMarkdown).toHaveLength(1);
    expect(fromMarkdown[0]).toMatch(/^Bartholomew Okonkwo-Pemberton's .* lapsed on 3 February 2025/);
    expect(fromPdf).toEqual(fromMarkdown);
  });

  it("cells whose lines start with a dash or a tick, a tick set before its date, a note after the table", async () => {
    const document = await pdf(`${fixtures}marker-cells.pdf`);
    const markdown = readFileSync(`${fixtures}marker-cells.md`, "utf8");
    // "– no date recorded" on a cell's line of its own and "✓" alone above its date are the cells' lines, not list
    // items that end the table; the tick LibreOffice writes after "04/2022" but sets before it is in its cell. The
    // note under the first table, starting with a dash at the margin, is no row of it.
    expect(cellTexts(document)).toEqual(markdownTables(markdown).map(keys));
    const [record, matrix] = tables(document);
    expect(record.rows[1][2].text).toBe("Level 3 Designated Safeguarding Lead – no date recorded");
    expect(matrix.rows[2][2].text).toBe("✓ 02/09/2024");
    expect(document.text.slice(record.endOffset)).toMatch(/^\s*– This note sits under the table/);
  });

  it("the PDF's table with a course column gives the findings the Markdown's gives", async () => {
    const document = await pdf(`${fixtures}marker-cells.pdf`);
    const markdown = readFileSync(`${fixtures}marker-cells.md`, "utf8");
    for (const rule of [trainingStale, trainingUndated]) {
      const fromPdf = check(rule, document).map((f) => f.message ?? "");
      const fromMarkdown = checkText(rule, markdown, { asOf }).map((f) => f.message ?? "");
      expect(fromMarkdown.length, rule.meta.id).toBeGreaterThan(0);
      expect(fromPdf, rule.meta.id).toEqual(fromMarkdown);
    }
  });

  it("a row's two dates on one line beside the course's wrapped lines, or level with its second line: in their cells", async () => {
    const document = await pdf(`${fixtures}wrapped-row.pdf`);
    const markdown = readFileSync(`${fixtures}wrapped-row.md`, "utf8");
    // "26 April 2025" and the renewal's first line "26 April" are set on one line, closer than two cells usually
    // are, beside "Designated" / "Safeguarding Lead" / "refresher": they are parted at the renewal column's start,
    // each in its cell of the course's row. In the second table the date cells are set in the middle of the row,
    // level with the course's second line: still that row's.
    expect(cellTexts(document)).toEqual(markdownTables(markdown).map(keys));
    const [held, booked] = tables(document);
    expect(held.rows[1].map((c) => c.text)).toEqual([
      "Designated Safeguarding Lead refresher",
      "Tamsin Oyelaran-Brook",
      "26 April 2025",
      "26 April 2027",
    ]);
    expect(booked.rows[1].map((c) => c.text)).toEqual([
      "Designated Safeguarding Lead refresher",
      "Idris Fenwick",
      "18 April 2023",
      "18 April 2025",
    ]);
    const completed = held.rows[1][2];
    expect(document.text.slice(completed.offset, completed.endOffset)).toBe("26 April 2025");
  });

  it("the PDF's tables with a row's dates beside the course's wrapped lines give the findings the Markdown's give", async () => {
    const document = await pdf(`${fixtures}wrapped-row.pdf`);
    const markdown = readFileSync(`${fixtures}wrapped-row.md`, "utf8");
    // Idris Fenwick's lead refresher lapsed (its dates level with the course's second line), and his first aid course
    // with its safeguarding module passed its own "Renew by" date (14 June 2026); nothing undated.
    expect(checkText(trainingStale, markdown, { asOf }).map((f) => f.message ?? "")).toEqual([
      expect.stringMatching(
        /^Idris Fenwick's most recent Paediatric first aid .* due for renewal on 14 June 2026/,
      ),
      expect.stringMatching(/^Idris Fenwick's most recent .* lapsed on 18 April 2025/),
    ]);
    for (const rule of [trainingStale, trainingUndated]) {
      const fromPdf = check(rule, document).map((f) => f.message ?? "");
      const fromMarkdown = checkText(rule, markdown, { asOf }).map((f) => f.message ?? "");
      expect(fromPdf, rule.meta.id).toEqual(fromMarkdown);
    }
  });

  it("a lead named only in a table, under the role in the header row, is found in the PDF too", async () => {
    const document = await pdf(`${fixtures}lead-table.pdf`);
    const markdown = readFileSync(`${fixtures}lead-table.md`, "utf8");
    expect(cellTexts(document)).toEqual(markdownTables(markdown).map(keys));
    expect(checkText(leadMissing, markdown, { asOf })).toEqual([]);
    expect(check(leadMissing, document)).toEqual([]);
  });

  // With the header cells wrapped over two lines ("Deputy Designated" / "Safeguarding Lead"), the PDF's text does not
  // tie the names in the row below to the roles above them; deputy-missing reads the PDF's table block instead, so the
  // deputy is found as in the Markdown of the same table.
  it("a deputy named only in a table, under the role in the header row, is found in the PDF too", async () => {
    const document = await pdf(`${fixtures}lead-table.pdf`);
    const markdown = readFileSync(`${fixtures}lead-table.md`, "utf8");
    expect(checkText(deputyMissing, markdown, { asOf })).toEqual([]);
    expect(check(deputyMissing, document)).toEqual([]);
  });

  it("a deputy's post left vacant in the row under the role: still reported, from the PDF as from the Markdown", async () => {
    const document = await pdf(`${fixtures}lead-vacant.pdf`);
    const markdown = readFileSync(`${fixtures}lead-vacant.md`, "utf8");
    expect(cellTexts(document)).toEqual(markdownTables(markdown).map(keys));
    expect(checkText(deputyMissing, markdown, { asOf })).toHaveLength(1);
    expect(check(deputyMissing, document)).toHaveLength(1);
    expect(check(leadMissing, document)).toEqual([]);
  });

  it("a table that crosses pages, rows split by the page break, the header repeated on each page: one table", async () => {
    const document = await pdf(`${fixtures}long-table.pdf`);
    const markdown = readFileSync(`${fixtures}long-table.md`, "utf8");
    expect(cellTexts(document)).toEqual(markdownTables(markdown).map(keys));
    const [log] = tables(document);
    // It starts on page 1 and its last row is on a later page.
    const last = log.rows.at(-1)?.[0];
    expect(placeOf(document, log.offset)?.page).toBe(1);
    expect(placeOf(document, last?.offset ?? 0)?.page).toBeGreaterThan(2);
  });

  it("prose in two columns, contents lists with page numbers and a form's lines are not tables", async () => {
    for (const name of ["two-columns", "near-misses", "form"]) {
      const document = await pdf(`${fixtures}${name}.pdf`);
      expect(tables(document), name).toEqual([]);
    }
  });

  it("the corpus's PDFs: boxes whose every cell holds lines of its own, training tables with a grouped header", async () => {
    for (const name of [
      "zz11-hollowmere-short-breaks",
      "zz12-hollowmere-skills-academy",
      "zz12-hollowmere-vale-federation",
    ]) {
      const document = await pdf(`${corpus}${name}.pdf`);
      const markdown = readFileSync(`${corpus}${name}.md`, "utf8");
      // Row by row, as scripts/pdf-tables.ts compares them: a column empty from top to bottom (the federation's
      // box of its two schools has an empty corner cell) cannot be seen on the page, nor where one table ends and
      // the next, with the same columns, starts.
      const filled = (tables: string[][][]) =>
        tables.flatMap((rows) => rows.map((r) => r.filter((k) => k !== "")));
      expect(filled(cellTexts(document)), name).toEqual(filled(markdownTables(markdown).map(keys)));
    }
  });
});
