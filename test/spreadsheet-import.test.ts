import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "./helpers/run-cli.js";
import { tempProject } from "./helpers/temp-project.js";

const ACORNS = readFileSync(new URL("./fixtures/spreadsheets/acorns.yaml", import.meta.url), "utf8");

async function project(): Promise<string> {
  const dir = tempProject({ "orgs/acorns.yaml": ACORNS });
  const result = await runCli(["collect", "--org", "acorns"], dir);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return dir;
}

/** Opens forms/acorns.xlsx, lets a test change it as a setting would, saves it. */
async function editForm(
  dir: string,
  change: (wb: ExcelJS.Workbook) => void | Promise<void>,
  name = "forms/acorns.xlsx",
): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "forms/acorns.xlsx"));
  await change(wb);
  await wb.xlsx.writeFile(join(dir, name));
}

afterEach(() => {
  vi.useRealTimers();
});

const sheet = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name) as ExcelJS.Worksheet;
const yaml = (dir: string) => readFileSync(join(dir, "orgs/acorns.yaml"), "utf8");

describe("collect", () => {
  it("writes a prefilled, validated, protected workbook with the setting id hidden in it", async () => {
    const dir = await project();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "forms/acorns.xlsx"));
    expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
      ["Instructions", "visible"],
      ["policysmith", "veryHidden"],
      ["Setting", "visible"],
      ["Leads", "visible"],
      ["Training", "visible"],
    ]);
    expect(sheet(wb, "policysmith").getCell("B3").value).toBe("acorns");
    const setting = sheet(wb, "Setting");
    expect(setting.getCell("A14").value).toBe("Next review");
    expect(setting.getCell("B14").value).toEqual(new Date("2026-09-15T00:00:00Z"));
    expect(setting.getCell("B14").numFmt).toBe("dd/mm/yyyy");
    expect(setting.getCell("B14").dataValidation).toMatchObject({ type: "date", showErrorMessage: true });
    expect(setting.getCell("B15").value).toBe("4.0");
    const leads = sheet(wb, "Leads");
    expect(leads.getRow(2).values).toEqual([
      undefined,
      "Designated safeguarding lead",
      "Priya Marsh",
      "Nursery Manager",
      "priya.marsh@acorns.example.org",
      "0113 496 0712",
    ]);
    expect(leads.getCell("A2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["policysmith!$D$2:$D$6"],
    });
    expect(leads.getCell("D2").dataValidation).toMatchObject({ type: "custom" });
    expect(leads.getCell("E2").dataValidation).toMatchObject({ type: "custom" });
    expect(leads.getCell("A1").protection?.locked).not.toBe(false);
    expect(leads.getCell("A2").protection).toMatchObject({ locked: false });
    expect(leads.getCell("A13").protection).toMatchObject({ locked: false }); // spare rows for new people
    expect(leads.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect((leads as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
    const training = sheet(wb, "Training");
    expect(training.getRow(5).values).toEqual([
      undefined,
      "Tom Okafor",
      "Paediatric first aid",
      new Date("2024-01-20T00:00:00Z"),
    ]);
    expect(training.getCell("B2").value).toBe("Early Years Designated Safeguarding Lead training");
    expect(training.getCell("B2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["policysmith!$E$2:$E$10"],
    });
    expect(training.getCell("A2").dataValidation).toMatchObject({
      type: "list",
      formulae: ["Leads!$B$2:$B$13"],
    });
    expect(training.getCell("C30").dataValidation).toMatchObject({ type: "date" });
  });

  it("gives identical bytes for identical data, whatever the clock says", async () => {
    const dir = await project();
    const first = readFileSync(join(dir, "forms/acorns.xlsx"));
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-06-07T08:09:10Z"));
    expect((await runCli(["collect", "--org", "acorns"], dir)).code).toBe(0);
    vi.useRealTimers();
    expect(readFileSync(join(dir, "forms/acorns.xlsx")).equals(first)).toBe(true);
  });
});

describe("import: the round trip", () => {
  it("collect → a setting edits cells → import changes exactly those values and keeps every comment", async () => {
    const dir = await project();
    await editForm(dir, (wb) => {
      const setting = sheet(wb, "Setting");
      setting.getCell("B14").value = "15/09/2027"; // next review typed as text, day first
      setting.getCell("B10").value = 45_170; // policy written as an Excel serial number (2023-09-01): unchanged
      const leads = sheet(wb, "Leads");
      leads.getCell("C3").value = "Deputy Nursery Manager";
      leads.getCell("E3").value = "0113 496 0713";
      leads.getRow(4).values = ["Safeguarding team", "Sam Reid", "SENCO", "sam.reid@acorns.example.org"];
      const training = sheet(wb, "Training");
      training.getCell("C4").value = new Date("2026-10-01T00:00:00Z"); // Tom's renewed DSL training, a real date cell
      training.getRow(6).values = [
        "sam reid",
        "Safeguarding basic awareness",
        { formula: "DATE(2026,3,5)", result: new Date("2026-03-05T00:00:00Z") },
        "Riverbend Council",
      ];
    });
    const before = yaml(dir);
    const result = await runCli(["import", "forms/acorns.xlsx"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "acorns (forms/acorns.xlsx): 5 changes written to orgs/acorns.yaml",
        "  policy.next_review: 2026-09-15 → 2027-09-15",
        "  Tom Okafor: title Deputy Manager → Deputy Nursery Manager",
        "  Tom Okafor: phone added 0113 496 0713",
        "  Tom Okafor: early-years-dsl date 2022-06-20 → 2026-10-01",
        "  leads: added Sam Reid (Safeguarding team) with basic-awareness 2026-03-05 by Riverbend Council",
        "",
      ].join("\n"),
    );
    const expected = before
      .replace("  next_review: 2026-09-15", "  next_review: 2027-09-15")
      .replace("    title: Deputy Manager\n", "    title: Deputy Nursery Manager\n")
      .replace("        date: 2022-06-20\n", "        date: 2026-10-01\n")
      .replace(
        "        date: 2024-01-20\n",
        "        date: 2024-01-20\n    phone: 0113 496 0713\n" +
          "  - role: team\n    name: Sam Reid\n    title: SENCO\n    email: sam.reid@acorns.example.org\n" +
          "    training:\n      - course: basic-awareness\n        date: 2026-03-05\n        provider: Riverbend Council\n",
      );
    expect(yaml(dir)).toBe(expected);
    // The project still loads, and the comments are all there.
    for (const comment of [
      "# A setting for the spreadsheet tests.",
      "# decides the contact numbers",
      "# Reviewed every September.",
      "# the local thresholds course",
      "# The deputy covers Mondays and Fridays.",
    ])
      expect(yaml(dir)).toContain(comment);
    expect((await runCli(["validate"], dir)).code).toBe(0);
    // Importing the same workbook again changes nothing.
    const again = await runCli(["import", "forms/acorns.xlsx"], dir);
    expect(again.stdout).toBe("acorns (forms/acorns.xlsx): no changes.\n");
  });

  it("removes a person whose row was cleared, and their training; --dry-run only shows it", async () => {
    const dir = await project();
    await editForm(dir, (wb) => {
      sheet(wb, "Leads").spliceRows(3, 1);
      sheet(wb, "Training").spliceRows(4, 2);
    });
    const before = yaml(dir);
    const dry = await runCli(["import", "--dry-run", "forms/acorns.xlsx"], dir);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toBe(
      "acorns (forms/acorns.xlsx): 1 change (dry run)\n  leads: removed Tom Okafor\nDry run: nothing was written.\n",
    );
    expect(yaml(dir)).toBe(before);
    expect((await runCli(["import", "forms/acorns.xlsx"], dir)).code).toBe(0);
    expect(yaml(dir)).not.toContain("Tom Okafor");
    expect(yaml(dir)).toContain("# the local thresholds course");
  });
});

describe("import: bad input is named by its cell and nothing is written", () => {
  async function rejected(dir: string, args: string[] = ["import", "forms/acorns.xlsx"]) {
    const before = yaml(dir);
    const result = await runCli(args, dir);
    expect(result.code).toBe(1);
    expect(yaml(dir)).toBe(before);
    return result;
  }

  it("a date typed as words, in a workbook that also has a good change", async () => {
    const dir = await project();
    await editForm(dir, (wb) => {
      sheet(wb, "Setting").getCell("B14").value = "15/09/2027";
      sheet(wb, "Training").getCell("C7").value = "next week";
      sheet(wb, "Training").getCell("A7").value = "Priya Marsh";
      sheet(wb, "Training").getCell("B7").value = "Prevent awareness";
    });
    const result = await rejected(dir);
    expect(result.stderr).toContain(
      'forms/acorns.xlsx Training!C7: "next week" is not a date — write it as DD/MM/YYYY, e.g. 15/10/2024\n',
    );
    expect(result.stdout).toBe("forms/acorns.xlsx: rejected, nothing written (1 problem).\n");
  });

  it("a month-first date: 12/13/2024", async () => {
    const dir = await project();
    await editForm(dir, (wb) => {
      sheet(wb, "Training").getCell("C2").value = "12/13/2024";
    });
    const result = await rejected(dir);
    expect(result.stderr).toContain(
      'forms/acorns.xlsx Training!C2: "12/13/2024" is not a date (dates are day first: 13 is not a month — did you mean 13/12/2024?) — write it as DD/MM/YYYY, e.g. 15/10/2024',
    );
  });

  it("a formula with no saved result, an error value, a bad email and phone, a role not in the list, TBC", async () => {
    const dir = await project();
    await editForm(dir, (wb) => {
      sheet(wb, "Setting").getCell("B13").value = { formula: "TODAY()-30" } as ExcelJS.CellFormulaValue;
      sheet(wb, "Setting").getCell("B8").value = "01134960711";
      sheet(wb, "Setting").getCell("B9").value = "office at acorns";
      sheet(wb, "Leads").getCell("A3").value = "Boss";
      sheet(wb, "Leads").getCell("E2").value = "ring reception";
      sheet(wb, "Leads").getCell("C2").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
      sheet(wb, "Setting").getCell("B16").value = "TBC";
    });
    const result = await rejected(dir);
    expect(result.stderr.split("\n").filter(Boolean)).toEqual([
      'forms/acorns.xlsx Setting!B9: "office at acorns" is not an email address — write it like name@example.org',
      "forms/acorns.xlsx Setting!B13: the cell holds a formula (=TODAY()-30) with no saved result — type the date, or open the file in Excel and save it again",
      'forms/acorns.xlsx Setting!B16: "TBC" is not a responsible — leave the cell empty if you do not know yet',
      "forms/acorns.xlsx Leads!C2: the cell holds the error #REF! — type the job title",
      'forms/acorns.xlsx Leads!E2: "ring reception" is not a phone number — write digits and spaces, like 0113 496 0712',
      'forms/acorns.xlsx Leads!A3: "Boss" is not a role — pick one from the list (Designated safeguarding lead, Deputy safeguarding lead, Safeguarding team, Safeguarding governor, Safeguarding trustee)',
      "policysmith: 1 file rejected — fix the cells named above and import again; nothing was written from it.",
    ]);
  });

  it("training for someone not on the Leads sheet, and a course not in the catalogue", async () => {
    const dir = await project();
    await editForm(dir, (wb) => {
      sheet(wb, "Training").getRow(7).values = ["Tom Okafr", "Prevent awareness", "01/02/2026"];
      sheet(wb, "Training").getRow(8).values = ["Tom Okafor", "Safegarding basics", "01/02/2026"];
    });
    const result = await rejected(dir);
    expect(result.stderr).toContain(
      'forms/acorns.xlsx Training!A7: "Tom Okafr" is not a name on the Leads sheet — pick a name from the list, or add the person to the Leads sheet first',
    );
    expect(result.stderr).toContain(
      `forms/acorns.xlsx Training!B8: "Safegarding basics" is not a course in the partnership's list — pick one from the drop-down list`,
    );
  });

  it("merged cells", async () => {
    const dir = await project();
    await editForm(dir, (wb) => {
      sheet(wb, "Training").mergeCells("C7:D7");
    });
    const result = await rejected(dir);
    expect(result.stderr).toContain(
      "forms/acorns.xlsx Training!C7:D7: these cells are merged — unmerge them (Home › Merge & Center) so each value has its own cell",
    );
  });

  it("a missing sheet", async () => {
    const dir = await project();
    await editForm(dir, (wb) => {
      wb.removeWorksheet(sheet(wb, "Training").id);
    });
    const result = await rejected(dir);
    expect(result.stderr).toContain(
      "forms/acorns.xlsx: the Training sheet is missing (sheets found: Instructions, Setting, Leads) — put it back, or make the workbook again with npx policysmith collect",
    );
  });

  it("a renamed column and a missing row label", async () => {
    const dir = await project();
    await editForm(dir, (wb) => {
      sheet(wb, "Leads").getCell("C1").value = "Position";
      sheet(wb, "Setting").getCell("A14").value = "Review date";
    });
    const result = await rejected(dir);
    expect(result.stderr).toContain(
      'forms/acorns.xlsx Leads!C1: the column heading "Position" should be "Job title" — put the heading back: policysmith finds each column by its heading',
    );
    expect(result.stderr).toContain(
      'forms/acorns.xlsx Setting!A14: the row "Next review" is missing — put its label back in column A, or make the workbook again with npx policysmith collect',
    );
  });

  it("a column moved elsewhere is still found by its heading", async () => {
    const dir = await project();
    await editForm(dir, (wb) => {
      const leads = sheet(wb, "Leads");
      for (let r = 1; r <= 4; r++) {
        leads.getCell(r, 7).value = leads.getCell(r, 3).value;
        leads.getCell(r, 3).value = null;
      }
      leads.getCell("G3").value = "Deputy Nursery Manager";
    });
    const result = await runCli(["import", "forms/acorns.xlsx"], dir);
    expect(result.stderr).toBe("");
    expect(result.stdout).toContain("Tom Okafor: title Deputy Manager → Deputy Nursery Manager");
  });

  it("a workbook for a setting that is not in orgs/", async () => {
    const dir = await project();
    await editForm(dir, (wb) => {
      sheet(wb, "policysmith").getCell("B3").value = "hazel-nursery";
    });
    const result = await rejected(dir);
    expect(result.stderr).toContain(
      'forms/acorns.xlsx policysmith!B3: this workbook is for the setting "hazel-nursery", which is not in orgs/',
    );
  });

  it("an empty workbook, a workbook that is not a form, a file that is not a workbook, an old .xls", async () => {
    const dir = await project();
    const empty = new ExcelJS.Workbook();
    empty.addWorksheet("Sheet1");
    await empty.xlsx.writeFile(join(dir, "empty.xlsx"));
    const other = new ExcelJS.Workbook();
    other.addWorksheet("Sheet1").getCell("A1").value = "Staff list";
    await other.xlsx.writeFile(join(dir, "other.xlsx"));
    writeFileSync(join(dir, "notes.xlsx"), "Name,Course\nTom,DSL\n");
    writeFileSync(join(dir, "old.xls"), Buffer.from("d0cf11e0a1b11ae1000000000000000000000000", "hex"));
    const result = await rejected(dir, [
      "import",
      "empty.xlsx",
      "other.xlsx",
      "notes.xlsx",
      "old.xls",
      "missing.xlsx",
    ]);
    expect(result.stderr.split("\n").filter(Boolean)).toEqual([
      "empty.xlsx: the workbook is empty — send back the workbook policysmith collect made for your setting, with your answers in it",
      'other.xlsx: this is not a policysmith form: its hidden "policysmith" sheet, which says which setting it is for, is missing — fill in the workbook that policysmith collect made for your setting',
      "notes.xlsx: this file is a text (CSV) file named .xlsx, not a workbook — rename it to .csv (import --training reads CSV training matrices), or open it in Excel and save it as an Excel Workbook (.xlsx)",
      "old.xls: this file is an old-style Excel 97–2003 (.xls) file or a password-protected workbook — open it in Excel, remove any password and save it as an Excel Workbook (.xlsx)",
      "missing.xlsx: this file does not exist — check the name and folder",
      "policysmith: 5 files rejected — fix the cells named above and import again; nothing was written from them.",
    ]);
  });

  it("imports the good workbook and rejects the bad one in the same run (exit 1)", async () => {
    const dir = await project();
    await editForm(
      dir,
      (wb) => {
        sheet(wb, "Setting").getCell("B14").value = "15/09/2027";
      },
      "forms/good.xlsx",
    );
    await editForm(
      dir,
      (wb) => {
        sheet(wb, "Setting").getCell("B15").value = "v4";
        sheet(wb, "Setting").getCell("B13").value = "last Tuesday";
      },
      "forms/bad.xlsx",
    );
    const result = await runCli(["import", "forms/bad.xlsx", "forms/good.xlsx"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'forms/bad.xlsx Setting!B13: "last Tuesday" is not a date — write it as DD/MM/YYYY, e.g. 15/10/2024',
    );
    expect(result.stdout).toContain(
      "acorns (forms/good.xlsx): 1 change written to orgs/acorns.yaml\n  policy.next_review: 2026-09-15 → 2027-09-15\n",
    );
    expect(yaml(dir)).toContain("next_review: 2027-09-15");
    expect(yaml(dir)).toContain('version: "4.0"');
  });

  it("usage errors exit 2", async () => {
    const dir = await project();
    expect((await runCli(["import"], dir)).code).toBe(2);
    const columns = await runCli(["import", "--columns", "name=Staff", "forms/acorns.xlsx"], dir);
    expect(columns.code).toBe(2);
    expect(columns.stderr).toContain("--columns and --org go with --training");
  });
});
