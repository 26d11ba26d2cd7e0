/** Opens a workbook with plain-words errors for files that are not one. */
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import ExcelJS from "exceljs";

export class NotAWorkbook extends Error {
  override name = "NotAWorkbook";
}

export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new NotAWorkbook(
      code === "ENOENT"
        ? "does not exist — check the name and folder"
        : code === "EISDIR"
          ? "is a folder, not a workbook"
          : `cannot be read (${code ?? String(error)})`,
    );
  }
  if (bytes.length === 0)
    throw new NotAWorkbook("is an empty file (0 bytes), not a workbook — send the .xlsx file again");
  const magic = bytes.subarray(0, 4).toString("hex");
  if (magic === "d0cf11e0")
    throw new NotAWorkbook(
      "is an old-style Excel 97–2003 (.xls) file or a password-protected workbook — open it in Excel, remove any password and save it as an Excel Workbook (.xlsx)",
    );
  if (magic !== "504b0304") {
    const ext = extname(path).toLowerCase();
    throw new NotAWorkbook(
      ext === ".csv"
        ? "is a CSV file, not a workbook — use import --training for CSV training matrices"
        : "is not an Excel workbook (.xlsx) — send the .xlsx file policysmith made, saved as an Excel Workbook",
    );
  }
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new NotAWorkbook(
      `is a zip file but not a readable Excel workbook (${error instanceof Error ? error.message.split("\n")[0] : String(error)}) — open it in Excel and save it as an Excel Workbook (.xlsx)`,
    );
  }
  return wb;
}

/** True when the workbook has no sheet with anything in it. */
export function isEmptyWorkbook(wb: ExcelJS.Workbook): boolean {
  return wb.worksheets.every((ws) => ws.actualRowCount === 0);
}

/** The sheet with this name, ignoring case and surrounding spaces. */
export function findSheet(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  const key = name.trim().toLowerCase();
  return wb.worksheets.find((ws) => ws.name.trim().toLowerCase() === key);
}

/** Merged ranges of a sheet: "C7:D7". */
export function mergedRanges(ws: ExcelJS.Worksheet): string[] {
  return [...(ws.model.merges ?? [])].sort();
}
