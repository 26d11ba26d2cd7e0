/**
 * Issue 14: the data-collection workbook carries the approval — date, who approved, and the model version the
 * approval covered — so a setting can record its governors' decision in Excel (`collect` → edit → `import`).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { Setting } from "../src/model.js";
import { formWorkbook } from "../src/spreadsheet/write-form.js";
import { fixturePartnership } from "./helpers/audit-context.js";
import { runCli } from "./helpers/run-cli.js";
import { tempProject } from "./helpers/temp-project.js";

const ACORNS = readFileSync(new URL("./fixtures/spreadsheets/acorns.yaml", import.meta.url), "utf8").replace(
  "    by: Acorns Day Nursery Ltd, Board of Directors\n",
  '    by: Acorns Day Nursery Ltd, Board of Directors\n    model_version: "2025.1"\n',
);
const MODEL_ROW = 17;

/** The fixture project's template, published as model 2025.1 and then 2026.1. */
const MINI = readFileSync(
  new URL("./fixtures/project/policy-templates/mini/template.md", import.meta.url),
  "utf8",
)
  .replace('version: "1.0"', 'version: "2026.1"')
  .replace(
    /changelog:\n(?:.*\n)*?---\n/,
    'changelog:\n  - version: "2025.1"\n    date: 2025-09-01\n    changes: First version.\n  - version: "2026.1"\n    date: 2026-09-01\n    changes: Plainer words.\n---\n',
  );

async function project(yaml = ACORNS): Promise<string> {
  const dir = tempProject({ "orgs/acorns.yaml": yaml, "policy-templates/mini/template.md": MINI });
  const result = await runCli(["collect", "--org", "acorns"], dir);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return dir;
}

async function editForm(dir: string, change: (setting: ExcelJS.Worksheet) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "forms/acorns.xlsx"));
  change(wb.getWorksheet("Setting") as ExcelJS.Worksheet);
  await wb.xlsx.writeFile(join(dir, "forms/acorns.xlsx"));
}

const yaml = (dir: string) => readFileSync(join(dir, "orgs/acorns.yaml"), "utf8");

describe("the approval in the workbook", () => {
  it("collect shows the approved model version in its own row, as text, after the rows older workbooks have", async () => {
    const dir = await project();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(dir, "forms/acorns.xlsx"));
    const setting = wb.getWorksheet("Setting") as ExcelJS.Worksheet;
    expect(setting.getCell("A11").value).toBe("Policy approved on");
    expect(setting.getCell("A12").value).toBe("Approved by");
    expect(setting.getCell(`A${MODEL_ROW}`).value).toBe("Approved model version");
    expect(setting.getCell(`B${MODEL_ROW}`).value).toBe("2025.1");
    expect(setting.getCell(`B${MODEL_ROW}`).numFmt).toBe("@");
    expect(setting.getCell(`B${MODEL_ROW}`).protection).toMatchObject({ locked: false });
    expect(String(setting.getCell(`C${MODEL_ROW}`).value)).toContain(
      'the version in the policy\'s "Based on" line',
    );
  });

  it("given the model's versions, the row is a drop-down of them", async () => {
    const setting = {
      ...(await import("yaml")).parse(ACORNS),
      source: "orgs/acorns.yaml",
    } as Setting;
    const bytes = await formWorkbook(setting, fixturePartnership(), {
      date: "2026-11-24",
      modelVersions: ["2024.1", "2025.1", "2026.1"],
    });
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(
      (wb.getWorksheet("Setting") as ExcelJS.Worksheet).getCell(`B${MODEL_ROW}`).dataValidation,
    ).toMatchObject({
      type: "list",
      formulae: ['"2024.1,2025.1,2026.1"'],
      showErrorMessage: true,
    });
  });

  it("the governors' new approval typed in the workbook is imported: date and model version, quoted in the YAML", async () => {
    const dir = await project();
    await editForm(dir, (setting) => {
      setting.getCell("B11").value = "12/10/2026";
      setting.getCell(`B${MODEL_ROW}`).value = "2026.1";
    });
    const result = await runCli(["import", "forms/acorns.xlsx"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(
      [
        "acorns (forms/acorns.xlsx): 2 changes written to orgs/acorns.yaml",
        "  policy.approved.date: 2025-09-15 → 2026-10-12",
        "  policy.approved.model_version: 2025.1 → 2026.1",
        "",
      ].join("\n"),
    );
    expect(yaml(dir)).toContain(
      '  approved:\n    date: 2026-10-12\n    by: Acorns Day Nursery Ltd, Board of Directors\n    model_version: "2026.1"\n',
    );
  });

  it("a first approval with its model version is added to a setting that had none", async () => {
    const dir = await project(ACORNS.replace(/ {2}approved:\n(?: {4}.*\n)+/, ""));
    await editForm(dir, (setting) => {
      setting.getCell("B11").value = new Date("2026-10-12T00:00:00Z");
      setting.getCell("B12").value = "Board of Directors";
      setting.getCell(`B${MODEL_ROW}`).value = 2026.1; // typed into a cell Excel had made a number
    });
    const result = await runCli(["import", "forms/acorns.xlsx"], dir);
    expect(result.stderr).toBe("");
    expect(yaml(dir)).toContain(
      '  approved:\n    date: 2026-10-12\n    by: Board of Directors\n    model_version: "2026.1"\n',
    );
  });

  it("a workbook made before the row existed imports, and leaves the recorded model version as it was", async () => {
    const dir = await project();
    await editForm(dir, (setting) => {
      setting.spliceRows(MODEL_ROW, 1);
      setting.getCell("B14").value = "15/09/2027";
    });
    const result = await runCli(["import", "forms/acorns.xlsx"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("1 change written");
    expect(yaml(dir)).toContain('    model_version: "2025.1"\n');
  });

  it("clearing the approval's date and who approved it removes the approval, its model version too", async () => {
    const dir = await project();
    await editForm(dir, (setting) => {
      setting.getCell("B11").value = null;
      setting.getCell("B12").value = null;
      setting.getCell(`B${MODEL_ROW}`).value = null;
    });
    const result = await runCli(["import", "forms/acorns.xlsx"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(yaml(dir)).not.toContain("approved:");
  });

  it("an older workbook (no model version row) that clears the approval removes the recorded model version with it", async () => {
    const dir = await project();
    await editForm(dir, (setting) => {
      setting.spliceRows(MODEL_ROW, 1);
      setting.getCell("B11").value = null;
      setting.getCell("B12").value = null;
    });
    const result = await runCli(["import", "forms/acorns.xlsx"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(yaml(dir)).not.toContain("approved:");
    expect(yaml(dir)).not.toContain("model_version");
  });

  it("a model version in another form, or one without the approval it belongs to, is a problem at its cell", async () => {
    const dir = await project();
    await editForm(dir, (setting) => {
      setting.getCell(`B${MODEL_ROW}`).value = "September 2026";
    });
    const worded = await runCli(["import", "forms/acorns.xlsx"], dir);
    expect(worded.code).toBe(1);
    expect(worded.stderr).toContain(
      `forms/acorns.xlsx Setting!B${MODEL_ROW}: "September 2026" is not a model version — write it like 2026.1 (the version in the policy's "Based on" line when it was approved), or leave the cell empty`,
    );
    await editForm(dir, (setting) => {
      setting.getCell("B11").value = null;
      setting.getCell("B12").value = null;
      setting.getCell(`B${MODEL_ROW}`).value = "2026.1";
    });
    const alone = await runCli(["import", "forms/acorns.xlsx"], dir);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain(
      `forms/acorns.xlsx Setting!B${MODEL_ROW}: Approved model version is filled in but the approval is not — give the date it was approved and who approved it, or clear this cell`,
    );
    expect(yaml(dir)).toContain('    model_version: "2025.1"\n');
  });
});
