/**
 * Hostile inputs and faults for `import` (returned workbooks and training matrices), and `init`: dates a
 * person mistypes, CSV in other encodings and shapes, workbooks that are not workbooks or are too big, a disk
 * that fills up mid-import, setting ids and files that must never be overwritten.
 */
import { spawnSync } from "node:child_process";
import { rmSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { zipSync } from "fflate";
import { expect } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { fillDisk, mountTmpfs, tmpfsUnavailable, unmountTmpfs } from "../helpers/tmpfs.js";
import { type CaseDir, type HostileCase, hostileSuite } from "./harness.js";

const HEAD = "Name,Course,Date completed";
const csv = (...lines: string[]) => `${[HEAD, ...lines].join("\n")}\n`;

/** UTF-16 with a byte order mark, as Excel's "Unicode Text" export writes it. */
function utf16(text: string, order: "le" | "be"): Uint8Array {
  const le = Buffer.from(`\uFEFF${text}`, "utf16le");
  if (order === "le") return le;
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) {
    be[i] = le[i + 1];
    be[i + 1] = le[i];
  }
  return be;
}

/** A training matrix workbook, one sheet, rows as given (row 1 = headings). */
async function matrixWorkbook(rows: ExcelJS.CellValue[][], numFmt?: string): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Staff training");
  for (const row of rows) ws.addRow(row);
  if (numFmt) ws.getColumn(3).numFmt = numFmt;
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** The workbook `collect` makes for little-stars, with one cell of its Training sheet changed. */
async function returnedForm(dir: CaseDir, cell: string, value: ExcelJS.CellValue): Promise<void> {
  const made = await runCli(["collect", "--org", "little-stars"], dir.project);
  if (made.code !== 0) throw new Error(`case setup: collect failed\n${made.stdout}${made.stderr}`);
  const path = join(dir.project, "forms/little-stars.xlsx");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet("Training");
  if (!ws) throw new Error("case setup: no Training sheet");
  ws.getCell(cell).value = value;
  ws.getCell(cell).numFmt = "dd/mm/yyyy";
  await wb.xlsx.writeFile(path);
}

// A full disk: a 64 KB tmpfs mounted over orgs/ or forms/ and filled (test/helpers/tmpfs.ts). Where mount is
// not permitted the cases skip loudly, except in CI, where they fail.
function fillDiskUnder(dir: CaseDir, folder: string): void {
  mountTmpfs(join(dir.project, folder), "64k");
  fillDisk(join(dir.project, folder));
}

const fullDiskCases: HostileCase[] = [];
fullDiskCases.push({
  id: "import-onto-full-disk-keeps-yaml-and-exits-1",
  class: "faults",
  requires: tmpfsUnavailable,
  teardown: (d) => unmountTmpfs(join(d.project, "orgs")),
  setup: (d) => {
    d.write("matrix.csv", csv("Ada Price,dsl-update,01/10/2026", "Cara Lee,dsl-update,02/10/2026"));
    fillDiskUnder(d, "orgs");
  },
  args: ["import", "--training", "matrix.csv"],
  exit: 1,
  says: [
    /orgs\/little-stars\.yaml: could not be written.*the disk is full.*left as it was/,
    /orgs\/oak-primary\.yaml: could not be written/,
  ],
  saysNot: ["ENOSPC:", "written to orgs"],
  mayChange: [/^orgs\/zz-filler/],
  check: (d) => {
    expect(d.read("orgs/little-stars.yaml")).not.toContain("dsl-update");
  },
});
fullDiskCases.push({
  id: "collect-onto-full-disk-names-each-workbook-and-exits-1",
  class: "faults",
  requires: tmpfsUnavailable,
  teardown: (d) => unmountTmpfs(join(d.project, "forms")),
  setup: (d) => {
    d.write("forms/keep.txt", "the forms folder\n");
    fillDiskUnder(d, "forms");
  },
  args: ["collect"],
  exit: 1,
  says: [
    /forms\/little-stars\.xlsx: could not be written: the disk is full/,
    /forms\/oak-primary\.xlsx: could not be written/,
    "left out: little-stars, oak-primary",
  ],
  saysNot: ["Wrote 2 workbooks"],
  mayChange: [/^forms\/zz-filler/],
});

hostileSuite("import and init: spreadsheets, encodings, dates, limits, faults", [
  {
    id: "csv-two-digit-year-is-an-error-at-its-row",
    class: "spreadsheet",
    setup: (d) => d.write("matrix.csv", csv("Ada Price,dsl-update,12/03/22")),
    args: ["import", "--training", "matrix.csv"],
    exit: 1,
    says: ["matrix.csv row 2", "write the year in full: 12/03/2022"],
  },
  {
    id: "csv-training-date-in-the-future-is-an-error",
    class: "spreadsheet",
    setup: (d) => d.write("matrix.csv", csv("Ada Price,dsl-update,12/03/2031")),
    args: ["import", "--training", "matrix.csv"],
    exit: 1,
    says: ["matrix.csv row 2", "a training date in the future — check the year"],
  },
  {
    id: "xlsx-training-date-after-as-of-is-an-error",
    class: "spreadsheet",
    setup: async (d) =>
      d.write(
        "matrix.xlsx",
        await matrixWorkbook(
          [
            ["Name", "Course", "Date completed"],
            ["Ada Price", "dsl-update", new Date(Date.UTC(2026, 5, 1))],
          ],
          "dd/mm/yyyy",
        ),
      ),
    args: ["import", "--training", "--as-of", "2026-05-01", "matrix.xlsx"],
    exit: 1,
    says: ["'Staff training'!C2", "a training date in the future — check the year"],
  },
  {
    id: "form-training-date-in-the-future-is-an-error",
    class: "spreadsheet",
    setup: (d) => returnedForm(d, "C2", "01/02/2030"),
    args: ["import", "forms/little-stars.xlsx"],
    exit: 1,
    says: ["Training!C2", "a training date in the future — check the year"],
  },
  {
    id: "form-two-digit-year-is-an-error-at-its-cell",
    class: "spreadsheet",
    setup: (d) => returnedForm(d, "C2", "12/03/25"),
    args: ["import", "forms/little-stars.xlsx"],
    exit: 1,
    says: ["Training!C2", "write the year in full: 12/03/2025"],
  },
  {
    id: "form-formula-error-in-a-date-cell-names-the-cell",
    class: "spreadsheet",
    setup: (d) => returnedForm(d, "C2", { formula: "1/0", result: { error: "#DIV/0!" } }),
    args: ["import", "forms/little-stars.xlsx"],
    exit: 1,
    says: ["Training!C2", "the cell holds a formula error (#DIV/0!", "type the date"],
    saysNot: ["Invalid Date"],
  },
  {
    id: "csv-utf16-unicode-text-tab-separated-is-read",
    class: "encoding",
    setup: (d) =>
      d.write(
        "matrix.txt.csv",
        utf16("Name\tCourse\tDate completed\r\nAda Price\tdsl-update\t01/10/2026\r\n", "le"),
      ),
    args: ["import", "--training", "matrix.txt.csv"],
    exit: 0,
    says: ["UTF-16", "1 change"],
    mayChange: ["orgs/little-stars.yaml"],
    check: (d) => expect(d.read("orgs/little-stars.yaml")).toContain("2026-10-01"),
  },
  {
    id: "csv-utf16-big-endian-comma-separated-is-read",
    class: "encoding",
    setup: (d) => d.write("matrix.csv", utf16(csv("Ada Price,dsl-update,01/10/2026"), "be")),
    args: ["import", "--training", "matrix.csv"],
    exit: 0,
    says: ["UTF-16", "1 change"],
    mayChange: ["orgs/little-stars.yaml"],
    check: (d) => expect(d.read("orgs/little-stars.yaml")).toContain("2026-10-01"),
  },
  {
    id: "csv-windows-1252-from-old-excel-is-read-and-named",
    class: "encoding",
    setup: (d) => {
      d.edit("orgs/little-stars.yaml", "Ben Hale", "Zoë Hale");
      d.write("matrix.csv", Buffer.from(csv("Zoë Hale,dsl-update,01/10/2026"), "latin1"));
    },
    args: ["import", "--training", "matrix.csv"],
    exit: 0,
    says: ["Windows-1252", "1 change"],
    mayChange: ["orgs/little-stars.yaml"],
    check: (d) => expect(d.read("orgs/little-stars.yaml")).toMatch(/Zoë Hale[\s\S]*2026-10-01/),
  },
  {
    id: "csv-binary-file-is-named-not-read",
    class: "encoding",
    setup: (d) =>
      d.write("matrix.csv", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00, 0x41])),
    args: ["import", "--training", "matrix.csv"],
    exit: 1,
    says: ["matrix.csv", "not a text file"],
  },
  {
    id: "csv-unreadable-text-date-names-row-and-column",
    class: "spreadsheet",
    setup: (d) =>
      d.write(
        "matrix.csv",
        csv(
          "Ada Price,dsl-full,01/01/2026",
          "Ada Price,thresholds,01/01/2026",
          "Ben Hale,dsl-full,01/01/2026",
          "Ben Hale,thresholds,01/01/2026",
          "Someone Else,dsl-full,01/01/2026",
          "Ada Price,dsl-update,Octob 2024",
        ),
      ),
    args: ["import", "--training", "matrix.csv"],
    exit: 1,
    says: ['matrix.csv row 7, column "Date completed": "Octob 2024" is not a date — write it as DD/MM/YYYY'],
  },
  {
    id: "csv-bom-crlf-quoted-newline-odd-header-case-works",
    class: "spreadsheet",
    setup: (d) =>
      d.write(
        "matrix.csv",
        '\uFEFF  NAME , course ,DATE COMPLETED,Provider\r\n"Ada Price",dsl-update,01/10/2026,"Riverbend\r\nSafeguarding Board"\r\nBen Hale,dsl-update,12/10/22,x\r\n',
      ),
    args: ["import", "--training", "matrix.csv"],
    exit: 1,
    // The record after a field with a line break inside is still row 3 of the spreadsheet.
    says: ["matrix.csv row 3", "write the year in full: 12/10/2022"],
  },
  {
    id: "csv-empty-file-is-named",
    class: "spreadsheet",
    setup: (d) => d.write("matrix.csv", ""),
    args: ["import", "--training", "matrix.csv"],
    exit: 1,
    says: ["matrix.csv", "empty"],
  },
  {
    id: "csv-header-only-is-named",
    class: "spreadsheet",
    setup: (d) => d.write("matrix.csv", `${HEAD}\r\n`),
    args: ["import", "--training", "matrix.csv"],
    exit: 1,
    says: ["matrix.csv", "no rows below the headings"],
  },
  {
    id: "csv-unclosed-quote-names-its-line",
    class: "spreadsheet",
    setup: (d) =>
      d.write("matrix.csv", csv("Ada Price,dsl-update,01/10/2026", '"Ben Hale,dsl-update,01/10/2026')),
    args: ["import", "--training", "matrix.csv"],
    exit: 1,
    says: ["matrix.csv line 3", "quote"],
  },
  {
    id: "csv-over-the-row-limit-is-refused",
    class: "limits",
    setup: (d) =>
      d.write(
        "matrix.csv",
        csv(...Array.from({ length: 10_001 }, (_, i) => `Person ${i},dsl-update,01/10/2026`)),
      ),
    args: ["import", "--training", "matrix.csv"],
    exit: 1,
    says: ["matrix.csv", "10,000 rows"],
  },
  {
    id: "xlsx-over-the-row-limit-is-refused",
    class: "limits",
    setup: async (d) =>
      d.write(
        "matrix.xlsx",
        await matrixWorkbook([
          ["Name", "Course", "Date completed"],
          ...Array.from({ length: 10_001 }, (_, i) => [`Person ${i}`, "dsl-update", "01/10/2026"]),
        ]),
      ),
    args: ["import", "--training", "matrix.xlsx"],
    exit: 1,
    says: ["matrix.xlsx", "10,000 rows"],
  },
  {
    id: "xlsx-zip-bomb-is-refused-before-unpacking",
    class: "limits",
    subprocess: true,
    setup: (d) =>
      d.write(
        "form.xlsx",
        zipSync({
          "[Content_Types].xml": new Uint8Array(10),
          "xl/worksheets/sheet1.xml": new Uint8Array(120 << 20),
        }),
      ),
    args: ["import", "form.xlsx"],
    exit: 1,
    says: ["form.xlsx", "too large"],
  },
  {
    id: "xlsx-zip-bomb-whose-directory-lies-is-refused",
    class: "limits",
    subprocess: true,
    setup: (d) => {
      const zip = zipSync({
        "[Content_Types].xml": new Uint8Array(10),
        "xl/worksheets/sheet1.xml": new Uint8Array(120 << 20),
      });
      // Claim the big entry unpacks to 10 bytes, in its local header and in the central directory.
      const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
      // The second local header follows the first entry: header, name, extra field, compressed data.
      const entry = 30 + view.getUint16(26, true) + view.getUint16(28, true) + view.getUint32(18, true);
      const directory = view.getUint32(zip.length - 6, true);
      if (view.getUint32(entry, true) !== 0x04034b50) throw new Error("case setup: no second local header");
      view.setUint32(entry + 22, 10, true);
      const second =
        directory + 46 + view.getUint16(directory + 28, true) + view.getUint16(directory + 30, true);
      view.setUint32(second + 24, 10, true);
      d.write("form.xlsx", zip);
    },
    args: ["import", "form.xlsx"],
    exit: 1,
    says: ["form.xlsx", "too large once unpacked", "though it claims less"],
  },
  {
    id: "xlsx-that-is-a-pdf-is-named",
    class: "spreadsheet",
    setup: (d) => d.write("form.xlsx", "%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"),
    args: ["import", "form.xlsx"],
    exit: 1,
    says: ["form.xlsx", "is a PDF"],
  },
  {
    id: "xlsx-that-is-a-renamed-csv-is-named",
    class: "spreadsheet",
    setup: (d) => d.write("matrix.xlsx", csv("Ada Price,dsl-update,01/10/2026")),
    args: ["import", "--training", "matrix.xlsx"],
    exit: 1,
    says: ["matrix.xlsx", "is a text (CSV) file named .xlsx"],
  },
  {
    id: "xlsx-rich-text-hyperlink-and-serial-dates-are-read",
    class: "spreadsheet",
    setup: async (d) =>
      d.write(
        "matrix.xlsx",
        await matrixWorkbook([
          ["Name", "Course", "Date completed"],
          [{ richText: [{ text: "Ada " }, { text: "Price", font: { bold: true } }] }, "dsl-update", 46_296],
          [{ text: "Ben Hale", hyperlink: "mailto:ben@example.org" }, "dsl-update", "01/10/2026"],
        ]),
      ),
    args: ["import", "--training", "matrix.xlsx"],
    exit: 0,
    mayChange: ["orgs/little-stars.yaml"],
    check: (d) => expect(d.read("orgs/little-stars.yaml")).toMatch(/2026-10-01[\s\S]*2026-10-01/),
  },
  {
    id: "training-import-reads-settings-saved-as-yml",
    class: "spreadsheet",
    setup: (d) => {
      writeFileSync(join(d.project, "orgs/little-stars.yml"), d.read("orgs/little-stars.yaml"));
      rmSync(join(d.project, "orgs/little-stars.yaml"));
      d.write("matrix.csv", csv("Ada Price,dsl-update,01/10/2026"));
    },
    args: ["import", "--training", "matrix.csv"],
    exit: 0,
    says: ["written to orgs/little-stars.yml"],
    mayChange: ["orgs/little-stars.yml"],
  },
  {
    id: "init-refuses-when-a-yml-file-has-the-id",
    class: "paths",
    setup: (d) => d.write("orgs/acorns.yml", "id: acorns\n"),
    args: ["init", "acorns", "--type", "nursery", "--area", "riverbend"],
    exit: 2,
    says: ["orgs/acorns.yml already exists"],
  },
  {
    id: "init-refuses-a-path-as-id",
    class: "paths",
    args: ["init", "../outside/secret", "--type", "nursery", "--area", "riverbend"],
    exit: 2,
    says: ["is not a valid id"],
  },
  {
    id: "init-never-writes-through-a-dangling-symlink",
    class: "paths",
    setup: (d) => symlinkSync(join(d.outside, "planted.yaml"), join(d.project, "orgs/acorns.yaml")),
    args: ["init", "acorns", "--type", "nursery", "--area", "riverbend"],
    exit: 2,
    says: ["orgs/acorns.yaml already exists"],
  },
  {
    id: "csv-control-character-is-named-by-line-and-column",
    class: "encoding",
    setup: (d) => d.write("matrix.csv", csv("Ada Price\u0007,dsl-update,01/10/2026")),
    args: ["import", "--training", "matrix.csv"],
    exit: 1,
    says: ["matrix.csv line 2, column 10", "a control character (U+0007)"],
  },
  {
    id: "csv-missing-file-is-named",
    class: "paths",
    args: ["import", "--training", "nosuch.csv"],
    exit: 1,
    says: ["nosuch.csv: this file does not exist"],
  },
  {
    id: "csv-that-is-a-fifo-does-not-hang",
    class: "paths",
    subprocess: true,
    timeLimitMs: 30_000,
    setup: (d) => {
      spawnSync("mkfifo", [join(d.project, "matrix.csv")]);
    },
    args: ["import", "--training", "matrix.csv"],
    exit: 1,
    says: ["matrix.csv: this is not a regular file"],
  },
  {
    id: "xlsx-that-is-a-fifo-does-not-hang",
    class: "paths",
    subprocess: true,
    timeLimitMs: 30_000,
    setup: (d) => {
      spawnSync("mkfifo", [join(d.project, "form.xlsx")]);
    },
    args: ["import", "form.xlsx"],
    exit: 1,
    says: ["form.xlsx: this file is not a regular file"],
  },
  {
    id: "xlsx-stray-cell-far-below-the-table-is-named",
    class: "limits",
    setup: async (d) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Staff training");
      ws.addRow(["Name", "Course", "Date completed"]);
      ws.addRow(["Ada Price", "dsl-update", "01/10/2026"]);
      ws.getCell("A1048576").value = "x";
      d.write("matrix.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    },
    args: ["import", "--training", "matrix.xlsx"],
    exit: 1,
    says: ["'Staff training'", "1,048,576 rows", "delete empty rows below the table"],
  },
  {
    id: "xlsx-merged-name-cells-over-several-courses-are-read",
    class: "spreadsheet",
    setup: async (d) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Staff training");
      ws.addRow(["Name", "Course", "Date completed"]);
      ws.addRow(["Ada Price", "dsl-update", "01/10/2026"]);
      ws.addRow([null, "thresholds", "02/10/2026"]);
      ws.mergeCells("A2:A3");
      d.write("matrix.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    },
    args: ["import", "--training", "matrix.xlsx"],
    exit: 0,
    says: ["2 changes"],
    mayChange: ["orgs/little-stars.yaml"],
    check: (d) => expect(d.read("orgs/little-stars.yaml")).toMatch(/thresholds\s+date: 2026-10-02/),
  },
  {
    id: "form-formula-with-text-result-in-a-date-cell-is-read",
    class: "spreadsheet",
    setup: (d) => returnedForm(d, "C2", { formula: 'TEXT(45580,"dd/mm/yyyy")', result: "15/10/2025" }),
    args: ["import", "forms/little-stars.xlsx"],
    exit: 0,
    saysNot: ["Invalid Date"],
    mayChange: ["orgs/little-stars.yaml"],
    check: (d) => expect(d.read("orgs/little-stars.yaml")).toContain("2025-10-15"),
  },
  {
    id: "collect-out-that-is-a-file-is-a-usage-error",
    class: "paths",
    setup: (d) => d.write("forms", "not a folder\n"),
    args: ["collect", "--out", "forms"],
    exit: 2,
    says: ["--out forms is a file, not a folder"],
  },
  ...fullDiskCases,
]);
