/**
 * Reads a returned data-collection workbook into plain data, checking every cell. Nothing is
 * written anywhere: the caller updates the YAML only when `problems` is empty.
 */
import type ExcelJS from "exceljs";
import type { Course, LeadRole } from "../model.js";
import {
  cellDate,
  cellText,
  errorMessage,
  futureTrainingDate,
  notADate,
  type Plain,
  plainValue,
} from "./cells.js";
import { ukShort } from "./dates.js";
import {
  type Column,
  courseFromText,
  EMAIL_PATTERN,
  type FieldKind,
  LEAD_COLUMNS,
  nameKey,
  PHONE_PATTERN,
  ROLE_LABELS,
  roleFromText,
  SETTING_FIELDS,
  SHEET,
  TRAINING_COLUMNS,
  URL_PATTERN,
} from "./layout.js";
import {
  findSheet,
  isEmptyWorkbook,
  MAX_ROWS,
  mergedRanges,
  NotAWorkbook,
  openWorkbook,
  tooManyRows,
} from "./open.js";
import type { CellProblem } from "./problems.js";

export interface FormTraining {
  /** Where it was read, e.g. Training!B7 (for messages). */
  row: number;
  /** A catalogue course id, or the free text the setting already had. */
  course: string;
  date?: string;
  provider?: string;
}

export interface FormLead {
  row: number;
  role: LeadRole;
  name: string;
  title?: string;
  email?: string;
  phone?: string;
  training: FormTraining[];
}

export interface FormData {
  settingId: string;
  /** Setting sheet values by YAML path ("policy.next_review"); undefined = the cell is empty. */
  fields: Map<string, string | undefined>;
  leads: FormLead[];
}

export interface ReadFormOptions {
  courses: readonly Course[];
  /** Training completed after this day (YYYY-MM-DD) is an error: a mistyped year. */
  asOf: string;
  /** Whether a setting id is in the project, and the free-text course names its YAML already has. */
  lookup(settingId: string): { freeTextCourses: ReadonlySet<string> } | undefined;
}

export interface ReadFormResult {
  settingId?: string;
  data?: FormData;
  problems: CellProblem[];
}

const PLACEHOLDER = /^(?:tbc|tba|tbd|n\/?a|none|unknown|-+|\?+|x+|fill in)$/i;

export async function readForm(
  path: string,
  file: string,
  options: ReadFormOptions,
): Promise<ReadFormResult> {
  const problems: CellProblem[] = [];
  const at = (sheet: string | undefined, cell: string | undefined, message: string) =>
    problems.push({ file, sheet, cell, message });

  let wb: ExcelJS.Workbook;
  try {
    wb = await openWorkbook(path);
  } catch (error) {
    if (error instanceof NotAWorkbook) return { problems: [{ file, message: `this file ${error.message}` }] };
    throw error;
  }
  if (wb.worksheets.length === 0 || isEmptyWorkbook(wb))
    return {
      problems: [
        {
          file,
          message:
            "the workbook is empty — send back the workbook policysmith collect made for your setting, with your answers in it",
        },
      ],
    };

  const meta = findSheet(wb, SHEET.meta);
  const settingId = meta ? cellText(plainValue(meta.getCell("B3").value)) : undefined;
  if (!meta || !settingId || cellText(plainValue(meta.getCell("A3").value)) !== "setting")
    return {
      problems: [
        {
          file,
          message: `this is not a policysmith form: its hidden "${SHEET.meta}" sheet, which says which setting it is for, is missing — fill in the workbook that policysmith collect made for your setting`,
        },
      ],
    };
  const known = options.lookup(settingId);
  if (!known)
    return {
      settingId,
      problems: [
        {
          file,
          sheet: SHEET.meta,
          cell: "B3",
          message: `this workbook is for the setting "${settingId}", which is not in orgs/ — check you have the right project (--root) or make the workbook again with npx policysmith collect`,
        },
      ],
    };

  const sheets = {} as Record<"setting" | "leads" | "training", ExcelJS.Worksheet>;
  for (const key of ["setting", "leads", "training"] as const) {
    const ws = findSheet(wb, SHEET[key]);
    if (!ws)
      at(
        undefined,
        undefined,
        `the ${SHEET[key]} sheet is missing (sheets found: ${
          wb.worksheets
            .filter((w) => w.state === "visible")
            .map((w) => w.name)
            .join(", ") || "none"
        }) — put it back, or make the workbook again with npx policysmith collect`,
      );
    else if (ws.rowCount > MAX_ROWS) at(ws.name, undefined, tooManyRows(ws.rowCount));
    else {
      sheets[key] = ws;
      for (const range of mergedRanges(ws))
        at(
          ws.name,
          range,
          `these cells are merged — unmerge them (Home › Merge & Center) so each value has its own cell`,
        );
    }
  }
  if (problems.length) return { settingId, problems };

  const date1904 = Boolean(wb.properties?.date1904);
  const read = new CellReader(file, problems, date1904);

  // Setting sheet: rows found by their label in column A.
  const fields = new Map<string, string | undefined>();
  const ws = sheets.setting;
  const valueColumn = findColumns(ws, [{ header: "Your answer" }, { header: "Detail" }], problems, file).get(
    "Your answer",
  );
  const labelColumn = 1;
  if (valueColumn) {
    const rowsByLabel = new Map<string, number>();
    for (let r = 2; r <= ws.rowCount; r++) {
      const label = cellText(plainValue(ws.getCell(r, labelColumn).value));
      if (label) rowsByLabel.set(nameKey(label), r);
    }
    SETTING_FIELDS.forEach((field, i) => {
      if (field.readOnly) return;
      const r = rowsByLabel.get(nameKey(field.label));
      if (r === undefined && field.laterRow) return;
      if (r === undefined) {
        at(
          ws.name,
          `A${i + 2}`,
          `the row "${field.label}" is missing — put its label back in column A, or make the workbook again with npx policysmith collect`,
        );
        return;
      }
      const value = read.value(ws, r, valueColumn, field.kind, field.label);
      if (value === undefined && field.required && !read.failed(ws, r, valueColumn))
        at(
          ws.name,
          ws.getCell(r, valueColumn).address,
          `${field.label} cannot be empty — type your setting's ${field.label.toLowerCase()}`,
        );
      fields.set(field.path.join("."), value);
    });
    const approvedDate = fields.get("policy.approved.date");
    const approvedBy = fields.get("policy.approved.by");
    if ((approvedDate === undefined) !== (approvedBy === undefined)) {
      const missing = approvedDate === undefined ? "Policy approved on" : "Approved by";
      const r = rowsByLabel.get(nameKey(missing));
      if (r !== undefined)
        at(
          ws.name,
          ws.getCell(r, valueColumn).address,
          `${missing} is empty but the other half of the approval is filled in — give both the date and who approved it, or clear both`,
        );
    }
    const modelRow = rowsByLabel.get(nameKey("Approved model version"));
    if (
      fields.get("policy.approved.model_version") !== undefined &&
      approvedDate === undefined &&
      approvedBy === undefined &&
      modelRow !== undefined
    )
      at(
        ws.name,
        ws.getCell(modelRow, valueColumn).address,
        "Approved model version is filled in but the approval is not — give the date it was approved and who approved it, or clear this cell",
      );
  }

  // Leads sheet.
  const leads: FormLead[] = [];
  const lw = sheets.leads;
  const leadCols = findColumns(lw, LEAD_COLUMNS, problems, file);
  if (leadCols.size === LEAD_COLUMNS.length) {
    const seen = new Map<string, number>();
    for (let r = 2; r <= lw.rowCount; r++) {
      if (
        LEAD_COLUMNS.every(
          (c) => plainValue(lw.getCell(r, leadCols.get(c.header) as number).value).kind === "empty",
        )
      )
        continue;
      const values = new Map<string, string | undefined>();
      for (const column of LEAD_COLUMNS)
        values.set(
          column.key,
          read.value(
            lw,
            r,
            leadCols.get(column.header) as number,
            column.kind === "role" ? "text" : (column.kind as FieldKind),
            column.header,
          ),
        );
      const roleText = values.get("role");
      const name = values.get("name");
      const roleCell = lw.getCell(r, leadCols.get("Role") as number).address;
      const nameCell = lw.getCell(r, leadCols.get("Name") as number).address;
      const role = roleText ? roleFromText(roleText) : undefined;
      if (roleText === undefined && !read.failed(lw, r, leadCols.get("Role") as number))
        at(
          lw.name,
          roleCell,
          `this person has no role — pick one from the list (${Object.values(ROLE_LABELS).join(", ")})`,
        );
      else if (roleText !== undefined && !role)
        at(
          lw.name,
          roleCell,
          `${JSON.stringify(roleText)} is not a role — pick one from the list (${Object.values(ROLE_LABELS).join(", ")})`,
        );
      if (name === undefined && !read.failed(lw, r, leadCols.get("Name") as number))
        at(lw.name, nameCell, "this row has no name — type the person's name, or clear the whole row");
      if (name !== undefined) {
        const first = seen.get(nameKey(name));
        if (first !== undefined)
          at(
            lw.name,
            nameCell,
            `${JSON.stringify(name)} is already on row ${first} — list each person once (give them the main role)`,
          );
        else seen.set(nameKey(name), r);
      }
      if (!role || name === undefined) continue;
      leads.push({
        row: r,
        role,
        name,
        title: values.get("title"),
        email: values.get("email"),
        phone: values.get("phone"),
        training: [],
      });
    }
  }

  // Training sheet.
  const tw = sheets.training;
  const trainingCols = findColumns(tw, TRAINING_COLUMNS, problems, file);
  if (trainingCols.size === TRAINING_COLUMNS.length) {
    const col = (header: string) => trainingCols.get(header) as number;
    for (let r = 2; r <= tw.rowCount; r++) {
      if (TRAINING_COLUMNS.every((c) => plainValue(tw.getCell(r, col(c.header)).value).kind === "empty"))
        continue;
      const person = read.value(tw, r, col("Person"), "text", "Person");
      const courseText = read.value(tw, r, col("Course"), "text", "Course");
      const date = read.value(tw, r, col("Date completed"), "date", "Date completed");
      const provider = read.value(tw, r, col("Provider"), "text", "Provider");
      const dateCell = tw.getCell(r, col("Date completed"));
      const future = date && futureTrainingDate(ukShort(date), date, options.asOf);
      if (future) at(tw.name, dateCell.address, future);
      const personCell = tw.getCell(r, col("Person")).address;
      const courseCell = tw.getCell(r, col("Course")).address;
      let lead: FormLead | undefined;
      if (person === undefined) {
        if (!read.failed(tw, r, col("Person")))
          at(
            tw.name,
            personCell,
            "this training has no person — pick a name from the Leads sheet, or clear the whole row",
          );
      } else {
        lead = leads.find((l) => nameKey(l.name) === nameKey(person));
        if (!lead && leadCols.size === LEAD_COLUMNS.length && !problems.some((p) => p.sheet === lw.name))
          at(
            tw.name,
            personCell,
            `${JSON.stringify(person)} is not a name on the Leads sheet — pick a name from the list, or add the person to the Leads sheet first`,
          );
      }
      let course: string | undefined;
      if (courseText === undefined) {
        if (!read.failed(tw, r, col("Course")))
          at(tw.name, courseCell, "this training has no course — pick one from the list");
      } else {
        course = courseFromText(courseText, options.courses)?.id;
        if (!course && known.freeTextCourses.has(nameKey(courseText))) course = courseText;
        if (!course)
          at(
            tw.name,
            courseCell,
            `${JSON.stringify(courseText)} is not a course in the partnership's list — pick one from the drop-down list`,
          );
      }
      if (lead && course) lead.training.push({ row: r, course, date, provider });
    }
  }

  return problems.length
    ? { settingId, problems }
    : { settingId, data: { settingId, fields, leads }, problems };
}

/** Finds each column by its heading in row 1; a missing heading is a problem naming the cell it should be in. */
function findColumns(
  ws: ExcelJS.Worksheet,
  columns: ReadonlyArray<Pick<Column, "header">>,
  problems: CellProblem[],
  file: string,
): Map<string, number> {
  const found = new Map<string, number>();
  const headers = new Map<string, number>();
  const row = ws.getRow(1);
  for (let c = 1; c <= Math.max(row.cellCount, columns.length); c++) {
    const text = cellText(plainValue(row.getCell(c).value));
    if (text) headers.set(nameKey(text), c);
  }
  columns.forEach((column, i) => {
    const c = headers.get(nameKey(column.header));
    if (c !== undefined) {
      found.set(column.header, c);
      return;
    }
    const there = cellText(plainValue(row.getCell(i + 1).value));
    const cell = row.getCell(i + 1).address;
    problems.push({
      file,
      sheet: ws.name,
      cell,
      message: there
        ? `the column heading ${JSON.stringify(there)} should be ${JSON.stringify(column.header)} — put the heading back: policysmith finds each column by its heading`
        : `the column "${column.header}" is missing — put it back with its heading in row 1, or make the workbook again with npx policysmith collect`,
    });
  });
  return found;
}

/** Reads and checks one input cell by kind, recording a cell-precise problem when it is not right. */
class CellReader {
  private bad = new Set<string>();
  constructor(
    private file: string,
    private problems: CellProblem[],
    private date1904: boolean,
  ) {}

  failed(ws: ExcelJS.Worksheet, r: number, c: number): boolean {
    return this.bad.has(`${ws.name}!${ws.getCell(r, c).address}`);
  }

  value(ws: ExcelJS.Worksheet, r: number, c: number, kind: FieldKind, label: string): string | undefined {
    const cell = ws.getCell(r, c);
    const fail = (message: string) => {
      this.bad.add(`${ws.name}!${cell.address}`);
      this.problems.push({ file: this.file, sheet: ws.name, cell: cell.address, message });
      return undefined;
    };
    const p: Plain = plainValue(cell.value);
    if (p.kind === "empty") return undefined;
    if (p.kind === "error") return fail(errorMessage(p, kind === "date" ? "date" : label.toLowerCase()));
    const shown = cellText(p) ?? "";
    if (p.kind === "text" && PLACEHOLDER.test(p.text))
      return fail(
        `${JSON.stringify(p.text)} is not ${kind === "date" ? "a date" : `a ${label.toLowerCase()}`} — leave the cell empty if you do not know yet`,
      );
    switch (kind) {
      case "date": {
        const result = cellDate(p, this.date1904);
        if (!result) return undefined;
        return result.ok ? result.iso : fail(notADate(shown, result.reason, result.instead));
      }
      case "email": {
        if (p.kind !== "text" || !EMAIL_PATTERN.test(p.text))
          return fail(`${JSON.stringify(shown)} is not an email address — write it like name@example.org`);
        return p.text;
      }
      case "phone": {
        let text = shown;
        // Excel drops the leading 0 of a number typed without spaces: 1134960712 was 01134960712.
        if (p.kind === "number" && Number.isInteger(p.value) && /^[1-9]\d{8,9}$/.test(String(p.value)))
          text = `0${p.value}`;
        if (p.kind === "date" || !PHONE_PATTERN.test(text))
          return fail(
            `${JSON.stringify(shown)} is not a phone number — write digits and spaces, like 0113 496 0712`,
          );
        return text;
      }
      case "url": {
        if (p.kind !== "text" || !URL_PATTERN.test(p.text))
          return fail(
            `${JSON.stringify(shown)} is not a web address — write it in full, starting with https://`,
          );
        return p.text;
      }
      case "model-version": {
        const text = shown.trim();
        if (p.kind === "date" || !/^\d+(\.\d+)*$/.test(text))
          return fail(
            `${JSON.stringify(shown)} is not a model version — write it like 2026.1 (the version in the policy's "Based on" line when it was approved), or leave the cell empty`,
          );
        return text;
      }
      case "version":
        if (p.kind === "date")
          return fail(
            `${JSON.stringify(shown)} was turned into a date by the spreadsheet — format the cell as Text and type the version, e.g. 4.0`,
          );
        return shown;
      default:
        if (p.kind === "date") return p.iso;
        return shown;
    }
  }
}
