import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseUkDateText } from "../src/spreadsheet/dates.js";
import { parseCsv } from "../src/spreadsheet/training-matrix.js";
import { runCli } from "./helpers/run-cli.js";
import { tempProject } from "./helpers/temp-project.js";

const fixture = (name: string) =>
  readFileSync(new URL(`./fixtures/spreadsheets/${name}`, import.meta.url), "utf8");
const ACORNS = fixture("acorns.yaml");
const yaml = (dir: string) => readFileSync(join(dir, "orgs/acorns.yaml"), "utf8");

describe("UK dates", () => {
  it.each([
    ["15/10/2024", "2024-10-15"],
    ["5/3/2026", "2026-03-05"],
    ["05.03.2026", "2026-03-05"],
    ["15-10-2024", "2024-10-15"],
    ["2024-10-15", "2024-10-15"],
    ["1 October 2026", "2026-10-01"],
    ["1st Oct 2026", "2026-10-01"],
    ["22nd of September 2025", "2025-09-22"],
    ["45580", "2024-10-15"],
  ])("%s → %s", (text, iso) => {
    expect(parseUkDateText(text)).toEqual({ ok: true, iso });
  });

  it.each([
    ["next week", ""],
    ["12/13/2024", " (dates are day first: 13 is not a month — did you mean 13/12/2024?)"],
    ["31/02/2025", " (there is no such day)"],
    ["Summer 2024", ""],
    ["12", ""],
  ])("%s is not a date", (text, reason) => {
    expect(parseUkDateText(text)).toEqual({ ok: false, reason });
  });

  it.each([
    ["05.03.26", "05/03/2026"],
    ["12/3/22", "12/03/2022"],
    ["1 Oct 24", "01/10/2024"],
  ])("%s has a two-digit year: the year must be written in full (%s)", (text, full) => {
    expect(parseUkDateText(text)).toEqual({
      ok: false,
      reason: "",
      instead: `has a two-digit year — write the year in full: ${full}`,
    });
  });

  it("reads CSV with quotes, doubled quotes, CRLF, a BOM and semicolons", () => {
    expect(parseCsv('\uFEFFa,"b, c","say ""hi"""\r\n1,2,3\r\n')).toEqual([
      ["a", "b, c", 'say "hi"'],
      ["1", "2", "3"],
    ]);
    expect(parseCsv("a;b\n1;2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });
});

describe("import --training", () => {
  it("maps columns by synonyms, matches names without case or spaces, records newer dates and reports the rest", async () => {
    const dir = tempProject({ "orgs/acorns.yaml": ACORNS, "matrix.csv": fixture("matrix-long.csv") });
    const before = yaml(dir);
    const result = await runCli(["import", "--training", "matrix.csv"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "matrix.csv: 5 rows read, 3 matched to leads.",
        "acorns (matrix.csv): 2 changes written to orgs/acorns.yaml",
        "  Priya Marsh: thresholds 2024-10-15 → 2026-03-02",
        "  Tom Okafor: early-years-dsl 2022-06-20 → 2026-10-01",
        "Rows not matched (1):",
        '  row 5: "Jo Bloggs" is not a lead of any setting',
        "Courses not in partnership.yaml, left out: Fire safety (1)",
        "",
      ].join("\n"),
    );
    expect(yaml(dir)).toBe(
      before
        .replace(
          "        date: 2024-10-15\n",
          "        date: 2026-03-02\n        provider: Riverbend Council\n",
        )
        .replace("        date: 2022-06-20\n", "        date: 2026-10-01\n"),
    );
    expect(yaml(dir)).toContain("- course: thresholds # the local thresholds course");
  });

  it("reads a wide matrix (a column per course) from a workbook, with --columns for an odd heading", async () => {
    const dir = tempProject({ "orgs/acorns.yaml": ACORNS });
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Staff");
    ws.addRow(["Acorns training record 2026"]);
    ws.addRow(["Colleague", "Role", "Prevent awareness", "early-years-dsl", "Fire safety"]);
    ws.addRow(["Tom Okafor", "Deputy", new Date("2026-02-01T00:00:00Z"), 46_100, "01/01/2026"]);
    ws.addRow(["Amy Shaw", "Cook", "03/03/2026", null, null]);
    await wb.xlsx.writeFile(join(dir, "wide.xlsx"));
    const result = await runCli(
      ["import", "--training", "--columns", "name=colleague", "--dry-run", "wide.xlsx"],
      dir,
    );
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain(
      "acorns (wide.xlsx): 2 changes (dry run)\n  Tom Okafor: training added prevent 2026-02-01\n  Tom Okafor: early-years-dsl 2022-06-20 → 2026-03-19\n",
    );
    expect(result.stdout).toContain('Staff row 4: "Amy Shaw" is not a lead of any setting');
    expect(result.stdout).toContain("Dry run: nothing was written.");
    expect(yaml(dir)).toBe(ACORNS);
  });

  it("rejects a matrix with a bad date in a row it would use, names the cell, writes nothing", async () => {
    const dir = tempProject({ "orgs/acorns.yaml": ACORNS, "bad.csv": fixture("matrix-bad-date.csv") });
    const result = await runCli(["import", "--training", "bad.csv"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'bad.csv row 2, column "Date completed": "next week" is not a date — write it as DD/MM/YYYY, e.g. 15/10/2024',
    );
    expect(yaml(dir)).toBe(ACORNS);
  });

  it("says which headings it looked for when it cannot find the columns", async () => {
    const dir = tempProject({ "orgs/acorns.yaml": ACORNS });
    writeFileSync(join(dir, "odd.csv"), "Who,What,When\nTom Okafor,Prevent awareness,01/02/2026\n");
    const result = await runCli(["import", "--training", "odd.csv"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "odd.csv: no heading row with a name column was found in the first 10 rows",
    );
    const mapped = await runCli(
      ["import", "--training", "--columns", "name=Who,course=What,date=When", "odd.csv"],
      dir,
    );
    expect(mapped.stderr).toBe("");
    expect(mapped.stdout).toContain("Tom Okafor: training added prevent 2026-02-01");
    expect((await runCli(["import", "--training", "--columns", "nom=Who", "odd.csv"], dir)).code).toBe(2);
  });
});
