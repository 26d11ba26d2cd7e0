/** Opens a workbook with plain-words errors for files that are not one, and limits checked before unpacking. */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { readZipDirectory, unpackedSizeUpTo } from "../archive/zip-size.js";

export class NotAWorkbook extends Error {
  override name = "NotAWorkbook";
}

/** The most rows a sheet (or CSV) may have: a training matrix or form is far smaller. */
export const MAX_ROWS = 10_000;
/** Limits on the file and on what its zip holds once unpacked, read from the zip's directory first. */
const MAX_FILE_BYTES = 20 * 1024 * 1024;
const MAX_UNPACKED_BYTES = 100 * 1024 * 1024;
const MAX_ENTRIES = 2_000;

const mb = (n: number) => `${Math.round(n / 1024 / 1024)} MB`;

export function tooManyRows(count: number): string {
  return `it has ${count.toLocaleString("en-GB")} rows, more than the ${MAX_ROWS.toLocaleString("en-GB")} rows policysmith reads — split it into smaller files, or delete empty rows below the table`;
}

/** What a file that is not a zip is, from its first bytes: for an error that says what to do. */
function notZip(bytes: Uint8Array, path: string): string {
  const head = new TextDecoder("latin1").decode(bytes.subarray(0, 512));
  const ext = extname(path).toLowerCase();
  if (head.startsWith("%PDF"))
    return "is a PDF, not a workbook — open the spreadsheet itself in Excel and save it as an Excel Workbook (.xlsx)";
  if (/^\s*<(?:!doctype html|html|\?xml)/i.test(head))
    return "is a web page or XML file named like a workbook, not a real workbook — open it in Excel and save it as an Excel Workbook (.xlsx)";
  if (ext === ".csv")
    return "is a CSV file, not a workbook — use import --training for CSV training matrices";
  const sample = bytes.subarray(0, 4096);
  const text = sample.length > 0 && !sample.includes(0) && /[,;\t]/.test(head) && /[\r\n]/.test(head);
  if (text)
    return `is a text (CSV) file named ${ext || "without .csv"}, not a workbook — rename it to .csv (import --training reads CSV training matrices), or open it in Excel and save it as an Excel Workbook (.xlsx)`;
  return "is not an Excel workbook (.xlsx) — send the .xlsx file policysmith made, saved as an Excel Workbook";
}

/**
 * Reads the zip's central directory (sizes as the zip declares them) without unpacking anything, so a zip
 * bomb is refused before exceljs inflates it. Returns a reason, or undefined when the zip looks like a workbook.
 */
function checkZip(bytes: Uint8Array): string | undefined {
  let directory: ReturnType<typeof readZipDirectory>;
  try {
    directory = readZipDirectory(bytes);
  } catch (error) {
    return `is a damaged zip file (${error instanceof Error ? error.message : String(error)}) — open it in Excel and save it as an Excel Workbook (.xlsx), or send it again`;
  }
  const { entries, declaredBytes: unpacked, sizes: names } = directory;
  if (entries > MAX_ENTRIES)
    return `holds ${entries.toLocaleString("en-GB")} files inside, far more than a workbook — it is not one policysmith can read; save the spreadsheet again from Excel`;
  if (unpacked > MAX_UNPACKED_BYTES)
    return `is too large once unpacked (${mb(unpacked)}; the limit is ${mb(MAX_UNPACKED_BYTES)}) — a form or training matrix is far smaller; check it is the right file, or split it`;
  // The directory can lie: unpack for real, in small steps, counting, and stop at the limit.
  let inflated: number;
  try {
    inflated = unpackedSizeUpTo(bytes, MAX_UNPACKED_BYTES);
  } catch (error) {
    return `is a damaged zip file (${error instanceof Error ? error.message : String(error)}) — open it in Excel and save it as an Excel Workbook (.xlsx), or send it again`;
  }
  if (inflated > MAX_UNPACKED_BYTES)
    return `is too large once unpacked (more than ${mb(MAX_UNPACKED_BYTES)}, though it claims less) — it is not a workbook policysmith can read; save the spreadsheet again from Excel`;
  if (names.has("word/document.xml"))
    return "is a Word document, not a workbook — send the Excel workbook (.xlsx)";
  if (names.has("mimetype") && !names.has("[Content_Types].xml"))
    return "is an OpenDocument file (.ods), not an Excel workbook — open it and save it as an Excel Workbook (.xlsx)";
  return undefined;
}

export async function openWorkbook(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error("folder"), { code: "EISDIR" });
    if (!info.isFile())
      throw new NotAWorkbook("is not a regular file (a device or pipe?) — give the path of the .xlsx file");
    if (info.size > MAX_FILE_BYTES)
      throw new NotAWorkbook(
        `is too large (${mb(info.size)}; the limit is ${mb(MAX_FILE_BYTES)}) — a form or training matrix is far smaller; check it is the right file, or split it`,
      );
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof NotAWorkbook) throw error;
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
  if (magic !== "504b0304") throw new NotAWorkbook(notZip(bytes, path));
  const zipProblem = checkZip(bytes);
  if (zipProblem) throw new NotAWorkbook(zipProblem);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new NotAWorkbook(
      `is a zip file but not a readable Excel workbook (${error instanceof Error ? error.message.split("\n")[0] : String(error)}) — open it in Excel and save it as an Excel Workbook (.xlsx)`,
    );
  }
  restoreFormulaResults(wb, bytes);
  return wb;
}

/**
 * exceljs reads the saved result of a formula in a date-formatted cell as a date, so an error (#DIV/0!) or a
 * text result becomes an Invalid Date and what the cell showed is lost. Put back what the file says.
 */
function restoreFormulaResults(wb: ExcelJS.Workbook, bytes: Uint8Array): void {
  const lost: Array<{ ws: ExcelJS.Worksheet; cell: ExcelJS.Cell }> = [];
  for (const ws of wb.worksheets)
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const result = (cell.value as { result?: unknown } | null)?.result;
        if (
          cell.type === ExcelJS.ValueType.Formula &&
          result instanceof Date &&
          Number.isNaN(result.getTime())
        )
          lost.push({ ws, cell });
      }),
    );
  if (lost.length === 0) return;
  const text = new TextDecoder();
  const files = unzipSync(bytes, {
    filter: (f) =>
      f.name === "xl/workbook.xml" || f.name.startsWith("xl/_rels/") || f.name.startsWith("xl/worksheets/"),
  });
  const read = (name: string) => (files[name] ? text.decode(files[name]) : "");
  const targets = new Map<string, string>();
  for (const m of read("xl/_rels/workbook.xml.rels").matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(?:xl\/)?/, "xl/"));
  }
  const sheetXml = new Map<string, string>();
  for (const m of read("xl/workbook.xml").matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]+)"/.exec(m[0])?.[1];
    const rel = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = rel ? targets.get(rel) : undefined;
    if (name && target) sheetXml.set(unescapeXml(name), read(target));
  }
  for (const { ws, cell } of lost) {
    const xml = sheetXml.get(ws.name) ?? "";
    const c = new RegExp(`<c\\b[^>]*\\br="${cell.address}"[^>]*>([\\s\\S]*?)</c>`).exec(xml);
    const type = c ? /\bt="(\w+)"/.exec(c[0].slice(0, c[0].indexOf(">")))?.[1] : undefined;
    const saved = c ? /<v>([\s\S]*?)<\/v>/.exec(c[1])?.[1] : undefined;
    if (saved === undefined) continue;
    const value = cell.value as ExcelJS.CellFormulaValue;
    const result = type === "e" ? { error: unescapeXml(saved) } : unescapeXml(saved);
    cell.value = { ...value, result: result as ExcelJS.CellFormulaValue["result"] };
  }
}

function unescapeXml(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
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
