/**
 * Writes a setting's data-collection workbook: Instructions, Setting, Leads and Training sheets, prefilled
 * with its current data, every input cell unlocked and validated (real date cells, drop-downs for roles,
 * courses and people, email and phone checks), headers locked, panes frozen. A hidden sheet keeps the
 * setting id so `policysmith import` knows whose workbook it is.
 */
import type ExcelJS from "exceljs";
import type { Course, Partnership, Setting } from "../model.js";
import { dateFromIso } from "./dates.js";
import {
  type Column,
  type FieldKind,
  FORM_VERSION,
  LEAD_COLUMNS,
  ROLE_LABELS,
  SETTING_FIELDS,
  SHEET,
  SPARE_LEAD_ROWS,
  SPARE_TRAINING_ROWS,
  TRAINING_COLUMNS,
} from "./layout.js";
import { canonicalXlsx, stampedWorkbook } from "./zip.js";

const HEADER_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
const HEADER_FONT: Partial<ExcelJS.Font> = { bold: true, color: { argb: "FFFFFFFF" } };
const INPUT_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF9E6" } };
const LOCKED_FILL: ExcelJS.Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEDEDED" } };
/** Printed: landscape, each sheet one page wide. */
const PAGE: Partial<ExcelJS.PageSetup> = {
  orientation: "landscape",
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  paperSize: 9,
};
const PROTECTION: Partial<ExcelJS.WorksheetProtection> = {
  selectLockedCells: true,
  selectUnlockedCells: true,
  formatColumns: true,
  formatRows: true,
};

export interface FormOptions {
  /** ISO day stamped into the workbook (its created/modified dates and zip entries). */
  date: string;
  /** The model's versions, oldest first: the approved model version is picked from them (else typed). */
  modelVersions?: readonly string[];
}

export async function formWorkbook(
  setting: Setting,
  partnership: Partnership,
  options: FormOptions,
): Promise<Uint8Array> {
  const wb = stampedWorkbook(`${setting.name}: safeguarding details`, options.date);

  const courses = partnership.courses;
  const leadRows = setting.leads.length + SPARE_LEAD_ROWS;
  const trainingCount = setting.leads.reduce((n, l) => n + (l.training?.length ?? 0), 0);
  const trainingRows = trainingCount + SPARE_TRAINING_ROWS;

  instructionsSheet(wb, setting, partnership);
  const meta = metaSheet(wb, setting, courses);
  await settingSheet(wb, setting, options.modelVersions);
  await leadsSheet(wb, setting, leadRows);
  await trainingSheet(wb, setting, courses, trainingRows, leadRows, meta);
  wb.views = [
    { x: 0, y: 0, width: 20000, height: 12000, firstSheet: 0, activeTab: 0, visibility: "visible" },
  ];

  const buffer = await wb.xlsx.writeBuffer();
  return canonicalXlsx(new Uint8Array(buffer as ArrayBuffer), options.date);
}

function instructionsSheet(wb: ExcelJS.Workbook, setting: Setting, partnership: Partnership): void {
  const ws = wb.addWorksheet(SHEET.instructions, {
    properties: { tabColor: { argb: "FF1F4E79" } },
    pageSetup: PAGE,
  });
  ws.getColumn(1).width = 110;
  const lines: Array<[string, "title" | "heading" | "text"]> = [
    [`${setting.name}: your safeguarding details`, "title"],
    [
      `From ${partnership.name}. Please check and update this workbook, save it and send it back to us.`,
      "text",
    ],
    ["", "text"],
    ["What to do", "heading"],
    ["1. On the Setting sheet, check your setting's details and your policy's dates.", "text"],
    [
      "2. On the Leads sheet, list your designated safeguarding lead, their deputies and anyone else with a safeguarding role.",
      "text",
    ],
    ["   Use one row per person. To remove someone, clear their whole row.", "text"],
    [
      "3. On the Training sheet, list each person's safeguarding training: one row per course they completed.",
      "text",
    ],
    [
      "   Pick the person and the course from the drop-down lists. Add a new row when someone completes a course.",
      "text",
    ],
    [
      "4. Save the file (keep it as .xlsx) and send it back. Do not rename or delete sheets or column headings.",
      "text",
    ],
    ["", "text"],
    ["Good to know", "heading"],
    ["Only the pale yellow cells can be changed. Grey cells and headings are locked.", "text"],
    [
      "Type dates day first, like 15/10/2024. Excel shows a message if a date or email address does not look right.",
      "text",
    ],
    ['Leave a cell empty if you do not know the answer; do not type "TBC" or "n/a".', "text"],
    [
      "Do not change the hidden parts of the workbook: they tell us which setting the answers belong to.",
      "text",
    ],
    ["", "text"],
    [`Questions? Contact ${partnership.name}${partnership.email ? ` at ${partnership.email}` : ""}.`, "text"],
  ];
  for (const [text, style] of lines) {
    const row = ws.addRow([text]);
    const cell = row.getCell(1);
    cell.alignment = { wrapText: true, vertical: "top" };
    if (style === "title") cell.font = { bold: true, size: 16, color: { argb: "FF1F4E79" } };
    if (style === "heading") cell.font = { bold: true, size: 12 };
  }
  ws.views = [{ showGridLines: false }];
}

function metaSheet(
  wb: ExcelJS.Workbook,
  setting: Setting,
  courses: readonly Course[],
): { courseRange: string; roleRange: string } {
  const ws = wb.addWorksheet(SHEET.meta, { state: "veryHidden" });
  ws.getCell("A1").value = "form";
  ws.getCell("B1").value = "policysmith setting form";
  ws.getCell("A2").value = "version";
  ws.getCell("B2").value = FORM_VERSION;
  ws.getCell("A3").value = "setting";
  ws.getCell("B3").value = setting.id;
  ws.getCell("D1").value = "roles";
  Object.values(ROLE_LABELS).forEach((label, i) => {
    ws.getCell(i + 2, 4).value = label;
  });
  ws.getCell("E1").value = "courses";
  courses.forEach((course, i) => {
    ws.getCell(i + 2, 5).value = course.name;
  });
  return {
    roleRange: `${SHEET.meta}!$D$2:$D$${Object.keys(ROLE_LABELS).length + 1}`,
    courseRange: `${SHEET.meta}!$E$2:$E$${Math.max(2, courses.length + 1)}`,
  };
}

function headerRow(ws: ExcelJS.Worksheet, headers: string[]): void {
  const row = ws.getRow(1);
  headers.forEach((h, i) => {
    const cell = row.getCell(i + 1);
    cell.value = h;
    cell.fill = HEADER_FILL;
    cell.font = HEADER_FONT;
    cell.alignment = { vertical: "middle" };
  });
  row.height = 20;
}

function validationFor(
  kind: FieldKind | Column["kind"],
  address: string,
  lists: { role?: string; course?: string; person?: string; modelVersions?: readonly string[] },
): ExcelJS.DataValidation | undefined {
  const base = { allowBlank: true, showErrorMessage: true, showInputMessage: true } as const;
  switch (kind) {
    case "date":
      return {
        ...base,
        type: "date",
        operator: "between",
        formulae: [new Date(Date.UTC(1990, 0, 1)), new Date(Date.UTC(2100, 11, 31))],
        errorStyle: "stop",
        errorTitle: "Not a date",
        error: "Type a date, day first, like 15/10/2024.",
        promptTitle: "Date",
        prompt: "Day/month/year, e.g. 15/10/2024",
      };
    case "email":
      return {
        ...base,
        type: "custom",
        formulae: [`AND(ISNUMBER(SEARCH("?@?*.?*",${address})),ISERROR(FIND(" ",${address})))`],
        errorStyle: "stop",
        errorTitle: "Not an email address",
        error: "Type an email address like name@example.org.",
      };
    case "phone":
      return {
        ...base,
        type: "custom",
        formulae: [
          `AND(LEN(${address})>=3,LEN(${address})<=21,ISNUMBER(--SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${address}," ",""),"-",""),"(",""),")",""),"+","")))`,
        ],
        errorStyle: "stop",
        errorTitle: "Not a phone number",
        error: "Type a phone number with digits and spaces, like 0113 496 0712.",
      };
    case "url":
      return {
        ...base,
        type: "custom",
        formulae: [`OR(LEFT(${address},8)="https://",LEFT(${address},7)="http://")`],
        errorStyle: "stop",
        errorTitle: "Not a web address",
        error: "Type the whole web address, starting with https://",
      };
    case "role":
      return {
        ...base,
        type: "list",
        formulae: [lists.role ?? '""'],
        errorStyle: "stop",
        errorTitle: "Pick a role",
        error: "Pick a role from the list.",
      };
    case "course":
      return {
        ...base,
        type: "list",
        formulae: [lists.course ?? '""'],
        errorStyle: "warning",
        errorTitle: "Not a course in the list",
        error:
          "Pick a course from the partnership's list. Choose Yes only for a course that is not in the list.",
      };
    case "person":
      return {
        ...base,
        type: "list",
        formulae: [lists.person ?? '""'],
        errorStyle: "stop",
        errorTitle: "Not on the Leads sheet",
        error: "Pick a name from the Leads sheet (add the person there first).",
      };
    case "model-version":
      if (lists.modelVersions?.length)
        return {
          ...base,
          type: "list",
          formulae: [`"${lists.modelVersions.join(",")}"`],
          errorStyle: "stop",
          errorTitle: "Not a model version",
          error: "Pick the model version the approval covered from the list.",
        };
      return {
        ...base,
        type: "textLength",
        operator: "lessThanOrEqual",
        formulae: [20],
        errorStyle: "stop",
        errorTitle: "Too long",
        error: "Type the model version, e.g. 2026.1.",
      };
    case "version":
    case "text":
      return {
        ...base,
        type: "textLength",
        operator: "lessThanOrEqual",
        formulae: [300],
        errorStyle: "stop",
        errorTitle: "Too long",
        error: "Keep this under 300 characters.",
      };
  }
}

function inputCell(
  cell: ExcelJS.Cell,
  kind: FieldKind | Column["kind"],
  lists: { role?: string; course?: string; person?: string; modelVersions?: readonly string[] },
  value?: string,
): void {
  cell.protection = { locked: false };
  cell.fill = INPUT_FILL;
  cell.alignment = { horizontal: "left" };
  if (kind === "date") {
    cell.numFmt = "dd/mm/yyyy";
    if (value) cell.value = dateFromIso(value);
  } else {
    if (kind === "phone" || kind === "version" || kind === "model-version" || kind === "text")
      cell.numFmt = "@";
    if (value !== undefined) cell.value = value;
  }
  const validation = validationFor(kind, cell.address, lists);
  if (validation) cell.dataValidation = validation;
}

async function settingSheet(
  wb: ExcelJS.Workbook,
  setting: Setting,
  modelVersions: readonly string[] | undefined,
): Promise<void> {
  const ws = wb.addWorksheet(SHEET.setting, {
    views: [{ state: "frozen", ySplit: 1, xSplit: 1 }],
    pageSetup: PAGE,
  });
  headerRow(ws, ["Detail", "Your answer", "Notes"]);
  ws.getColumn(1).width = 22;
  ws.getColumn(2).width = 50;
  ws.getColumn(3).width = 60;
  SETTING_FIELDS.forEach((field, i) => {
    const row = ws.getRow(i + 2);
    const label = row.getCell(1);
    label.value = field.label;
    label.font = { bold: true };
    const value = valueAt(setting, field.path);
    const cell = row.getCell(2);
    if (field.readOnly) {
      cell.value = value ?? "";
      cell.fill = LOCKED_FILL;
    } else inputCell(cell, field.kind, { modelVersions }, value);
    const note = row.getCell(3);
    note.value = field.required ? `${field.help} Required.` : field.help;
    note.font = { italic: true, color: { argb: "FF595959" } };
    note.alignment = { wrapText: true };
  });
  await ws.protect("", PROTECTION);
}

async function leadsSheet(wb: ExcelJS.Workbook, setting: Setting, rows: number): Promise<void> {
  const ws = wb.addWorksheet(SHEET.leads, { views: [{ state: "frozen", ySplit: 1 }], pageSetup: PAGE });
  headerRow(
    ws,
    LEAD_COLUMNS.map((c) => c.header),
  );
  LEAD_COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  const lists = { role: `${SHEET.meta}!$D$2:$D$${Object.keys(ROLE_LABELS).length + 1}` };
  for (let r = 0; r < rows; r++) {
    const lead = setting.leads[r];
    LEAD_COLUMNS.forEach((column, c) => {
      const cell = ws.getCell(r + 2, c + 1);
      let value: string | undefined;
      if (lead)
        value =
          column.key === "role"
            ? ROLE_LABELS[lead.role]
            : (lead as unknown as Record<string, string | undefined>)[column.key];
      inputCell(cell, column.kind, lists, value);
    });
  }
  await ws.protect("", PROTECTION);
}

async function trainingSheet(
  wb: ExcelJS.Workbook,
  setting: Setting,
  courses: readonly Course[],
  rows: number,
  leadRows: number,
  meta: { courseRange: string },
): Promise<void> {
  const ws = wb.addWorksheet(SHEET.training, { views: [{ state: "frozen", ySplit: 1 }], pageSetup: PAGE });
  headerRow(
    ws,
    TRAINING_COLUMNS.map((c) => c.header),
  );
  TRAINING_COLUMNS.forEach((c, i) => {
    ws.getColumn(i + 1).width = c.width;
  });
  const lists = { course: meta.courseRange, person: `${SHEET.leads}!$B$2:$B$${leadRows + 1}` };
  const records = setting.leads.flatMap((lead) =>
    (lead.training ?? []).map((t) => ({
      person: lead.name,
      course: courses.find((c) => c.id === t.course)?.name ?? t.course,
      date: /^\d{4}-\d{2}-\d{2}$/.test(t.date ?? "") ? t.date : t.date ? `${t.date}-01` : undefined,
      provider: t.provider,
    })),
  );
  for (let r = 0; r < rows; r++) {
    const record = records[r] as Record<string, string | undefined> | undefined;
    TRAINING_COLUMNS.forEach((column, c) => {
      inputCell(ws.getCell(r + 2, c + 1), column.kind, lists, record?.[column.key]);
    });
  }
  await ws.protect("", PROTECTION);
}

function valueAt(setting: Setting, path: string[]): string | undefined {
  let node: unknown = setting;
  for (const key of path)
    node = node && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined;
  return node === undefined || node === null ? undefined : String(node);
}
