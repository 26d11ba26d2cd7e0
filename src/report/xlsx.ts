/**
 * The audit as a partnership workbook: Summary (a row per setting with its error and warning counts and a
 * red/amber/green rating), Findings (a row per finding) and Training matrix (each lead × course: date,
 * expiry, days left, coloured by status). Binary, so it is written with --output, never to the screen.
 * The same audit gives the same bytes: the workbook's dates are the as-of date, never the clock.
 */
import type ExcelJS from "exceljs";
import { addMonthsToIso } from "../audit/text/dates.js";
import type { Course, Partnership, Setting } from "../model.js";
import { dateFromIso } from "../spreadsheet/dates.js";
import { ROLE_LABELS } from "../spreadsheet/layout.js";
import { canonicalXlsx, stampedWorkbook } from "../spreadsheet/zip.js";
import type { AuditReport } from "./types.js";

export interface XlsxContext {
  settings: readonly Setting[];
  partnership: Partnership;
  /** The training-stale rule's options (dsl_months, default_months), so expiry matches the audit. */
  trainingOptions?: Record<string, unknown>;
  /** Days before expiry that count as "due soon" (amber). */
  dueSoonDays?: number;
}

export type Rag = "Red" | "Amber" | "Green";

const FILL = (argb: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb },
  bgColor: { argb },
});
const COLOURS = {
  red: "FFFFC7CE",
  amber: "FFFFEB9C",
  green: "FFC6EFCE",
  grey: "FFEDEDED",
  header: "FF1F4E79",
};

export function ragFor(errors: number, warnings: number): Rag {
  return errors > 0 ? "Red" : warnings > 0 ? "Amber" : "Green";
}

export async function auditWorkbook(report: AuditReport, context: XlsxContext): Promise<Uint8Array> {
  const wb = stampedWorkbook(`Safeguarding audit as of ${report.asOf}`, report.asOf);
  wb.subject = context.partnership.name;

  summarySheet(wb, report, context);
  findingsSheet(wb, report);
  trainingSheet(wb, report, context);

  const buffer = await wb.xlsx.writeBuffer();
  return canonicalXlsx(new Uint8Array(buffer as ArrayBuffer), report.asOf);
}

function table(
  ws: ExcelJS.Worksheet,
  columns: Array<{ header: string; width: number; numFmt?: string }>,
): void {
  ws.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: c.numFmt ? { numFmt: c.numFmt } : {},
  }));
  const header = ws.getRow(1);
  header.eachCell((cell) => {
    cell.font = { bold: true, color: { argb: "FFFFFFFF" } };
    cell.fill = FILL(COLOURS.header);
    cell.numFmt = "General";
  });
  ws.views = [{ state: "frozen", ySplit: 1 }];
}

function filterAll(ws: ExcelJS.Worksheet, columns: number, rows: number): void {
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: Math.max(1, rows + 1), column: columns } };
}

function summarySheet(wb: ExcelJS.Workbook, report: AuditReport, context: XlsxContext): void {
  const ws = wb.addWorksheet("Summary");
  const columns = [
    { header: "Setting id", width: 30 },
    { header: "Setting", width: 36 },
    { header: "Type", width: 16 },
    { header: "Area", width: 16 },
    { header: "DSL", width: 24 },
    { header: "Next review", width: 14, numFmt: "dd/mm/yyyy" },
    { header: "Errors", width: 9 },
    { header: "Warnings", width: 10 },
    { header: "RAG", width: 9 },
  ];
  table(ws, columns);
  const byId = new Map(context.settings.map((s) => [s.id, s]));
  const ids = [...report.settingIds].sort();
  for (const id of ids) {
    const setting = byId.get(id);
    const mine = report.findings.filter((f) => f.settingId === id);
    const errors = mine.filter((f) => f.severity === "error").length;
    const warnings = mine.length - errors;
    const next = setting?.policy?.next_review;
    ws.addRow([
      id,
      report.settingNames.get(id) ?? setting?.name ?? id,
      setting?.type ?? "",
      setting?.area ?? "",
      setting?.leads.find((l) => l.role === "dsl")?.name ?? "(none named)",
      next && /^\d{4}-\d{2}-\d{2}$/.test(next) ? dateFromIso(next) : (next ?? ""),
      errors,
      warnings,
      ragFor(errors, warnings),
    ]);
  }
  const last = ids.length + 1;
  if (ids.length) {
    const ref = `I2:I${last}`;
    ws.addConditionalFormatting({
      ref,
      rules: [
        {
          type: "expression",
          priority: 1,
          formulae: ['$I2="Red"'],
          style: { fill: FILL(COLOURS.red), font: { color: { argb: "FF9C0006" }, bold: true } },
        },
        {
          type: "expression",
          priority: 2,
          formulae: ['$I2="Amber"'],
          style: { fill: FILL(COLOURS.amber), font: { color: { argb: "FF9C5700" }, bold: true } },
        },
        {
          type: "expression",
          priority: 3,
          formulae: ['$I2="Green"'],
          style: { fill: FILL(COLOURS.green), font: { color: { argb: "FF006100" }, bold: true } },
        },
      ],
    });
  }
  filterAll(ws, columns.length, ids.length);
}

function findingsSheet(wb: ExcelJS.Workbook, report: AuditReport): void {
  const ws = wb.addWorksheet("Findings");
  const columns = [
    { header: "Setting id", width: 28 },
    { header: "Severity", width: 10 },
    { header: "Rule", width: 22 },
    { header: "Message", width: 90 },
    { header: "File", width: 40 },
    { header: "Location", width: 36 },
    { header: "Line", width: 7 },
    { header: "Column", width: 8 },
    { header: "Excerpt", width: 40 },
  ];
  table(ws, columns);
  for (const f of report.findings) {
    const row = ws.addRow([
      f.settingId ?? "",
      f.severity,
      f.ruleId,
      f.message,
      f.file,
      f.location ?? "",
      f.line ?? null,
      f.column ?? null,
      f.excerpt ?? "",
    ]);
    row.getCell(4).alignment = { wrapText: true, vertical: "top" };
    row.getCell(2).fill = FILL(f.severity === "error" ? COLOURS.red : COLOURS.amber);
  }
  filterAll(ws, columns.length, report.findings.length);
}

type Status = "Expired" | "Due soon" | "Valid" | "No expiry" | "Undated" | "Missing";

function validityMonths(course: Course | undefined, options: Record<string, unknown>): number | undefined {
  const num = (key: string, fallback: number) =>
    typeof options[key] === "number" ? (options[key] as number) : fallback;
  if (!course) return num("default_months", 36);
  if (course.dsl_training) return num("dsl_months", 24);
  return course.validity_months;
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function trainingSheet(wb: ExcelJS.Workbook, report: AuditReport, context: XlsxContext): void {
  const ws = wb.addWorksheet("Training matrix");
  const columns = [
    { header: "Setting id", width: 28 },
    { header: "Lead", width: 24 },
    { header: "Role", width: 28 },
    { header: "Course", width: 48 },
    { header: "Completed", width: 12, numFmt: "dd/mm/yyyy" },
    { header: "Expires", width: 12, numFmt: "dd/mm/yyyy" },
    { header: "Days left", width: 10 },
    { header: "Status", width: 11 },
  ];
  table(ws, columns);
  const options = context.trainingOptions ?? {};
  const dueSoon = context.dueSoonDays ?? 90;
  const audited = new Set(report.settingIds);
  let rows = 0;
  const colour: Record<Status, string | undefined> = {
    Expired: COLOURS.red,
    Missing: COLOURS.red,
    Undated: COLOURS.red,
    "Due soon": COLOURS.amber,
    Valid: COLOURS.green,
    "No expiry": COLOURS.grey,
  };
  const add = (values: ExcelJS.CellValue[], status: Status) => {
    const row = ws.addRow([...values, status]);
    const fill = colour[status];
    if (fill) for (let c = 4; c <= 8; c++) row.getCell(c).fill = FILL(fill);
    rows++;
  };
  for (const setting of [...context.settings]
    .filter((s) => audited.has(s.id))
    .sort((a, b) => a.id.localeCompare(b.id))) {
    for (const lead of setting.leads) {
      const base = [setting.id, lead.name, ROLE_LABELS[lead.role] ?? lead.role];
      const latest = new Map<string, string | undefined>();
      for (const record of lead.training ?? []) {
        const date = record.date && /^\d{4}-\d{2}$/.test(record.date) ? `${record.date}-01` : record.date;
        const seen = latest.get(record.course);
        if (!latest.has(record.course) || (date && (!seen || date > seen))) latest.set(record.course, date);
      }
      if (latest.size === 0) {
        add([...base, "(no training recorded)", null, null, null], "Missing");
        continue;
      }
      for (const [courseId, date] of latest) {
        const course = context.partnership.courses.find((c) => c.id === courseId);
        const name = course?.name ?? courseId;
        if (!date) {
          add([...base, name, null, null, null], "Undated");
          continue;
        }
        const months = validityMonths(course, options);
        if (months === undefined) {
          add([...base, name, dateFromIso(date), null, null], "No expiry");
          continue;
        }
        const expires = addMonthsToIso(date, months);
        const left = daysBetween(report.asOf, expires);
        add(
          [...base, name, dateFromIso(date), dateFromIso(expires), left],
          left < 0 ? "Expired" : left <= dueSoon ? "Due soon" : "Valid",
        );
      }
    }
  }
  filterAll(ws, columns.length, rows);
}
