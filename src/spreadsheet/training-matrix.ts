/**
 * Training matrices as settings already keep them, in .xlsx or .csv: either one row per completion
 * (name, course, date completed …) or one row per person with a column per course holding dates.
 * Columns are found by their headings (common synonyms, or `--columns name=Staff,course=Module,date=Done`).
 */
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import type { Course } from "../model.js";
import { decodeDocumentBytes, firstDisallowedCharacter } from "../text/encoding.js";
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
import { courseFromText, nameKey } from "./layout.js";
import { isEmptyWorkbook, MAX_ROWS, NotAWorkbook, openWorkbook, tooManyRows } from "./open.js";
import type { CellProblem } from "./problems.js";

/** A CSV larger than this is not a training matrix (10,000 rows are well under 2 MB). */
const MAX_CSV_BYTES = 20 * 1024 * 1024;

export type MatrixField = "name" | "first" | "last" | "course" | "date" | "provider";

export const HEADER_SYNONYMS: Record<MatrixField, string[]> = {
  name: [
    "name",
    "full name",
    "staff name",
    "person",
    "staff member",
    "employee",
    "employee name",
    "learner",
    "delegate",
    "attendee",
    "lead",
  ],
  first: ["first name", "forename", "given name"],
  last: ["surname", "last name", "family name"],
  course: [
    "course",
    "course name",
    "course title",
    "training",
    "training course",
    "module",
    "title of training",
  ],
  date: [
    "date completed",
    "completed",
    "completed on",
    "completion date",
    "date of completion",
    "date",
    "training date",
    "date attended",
    "date of training",
  ],
  provider: ["provider", "training provider", "trainer", "delivered by", "organisation"],
};

export interface MatrixRow {
  /** How messages name the row: "Sheet1 row 7" / "row 7". */
  sheet?: string;
  row: number;
  name: string;
  /** The course as written, and the catalogue course it maps to (if any). */
  courseText: string;
  courseId?: string;
  date?: string;
  provider?: string;
  /** Problems with this row's cells (a bad date); reported only if the row is used. */
  problems: CellProblem[];
}

export interface Matrix {
  rows: MatrixRow[];
  problems: CellProblem[];
  /** For a CSV not in UTF-8: how it was read ("UTF-16", "Windows-1252"), to say so. */
  encoding?: string;
}

/** A CSV that cannot be split into rows: a quote opened on `line` is never closed. */
export class CsvError extends Error {
  override name = "CsvError";
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/** `name=Staff member,date=Done on` → { name: "staff member", date: "done on" } */
export function parseColumnsFlag(text: string | undefined): Partial<Record<MatrixField, string>> | string {
  if (!text) return {};
  const out: Partial<Record<MatrixField, string>> = {};
  for (const part of text.split(",")) {
    const [key, ...rest] = part.split("=");
    const field = key.trim().toLowerCase() as MatrixField;
    if (!(field in HEADER_SYNONYMS) || rest.length === 0 || !rest.join("=").trim())
      return `--columns "${text}" is not a list of field=heading pairs — write e.g. --columns "name=Staff member,course=Module,date=Completed on" (fields: ${Object.keys(HEADER_SYNONYMS).join(", ")})`;
    out[field] = rest.join("=").trim();
  }
  return out;
}

type Grid = { sheet?: string; rows: Plain[][]; columnName: (c: number) => string };

function letters(c: number): string {
  let s = "";
  for (let n = c + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * RFC 4180 CSV (quotes, doubled quotes, CRLF, line breaks inside quotes), with the delimiter guessed from
 * the first line. Throws a CsvError for a quote that is never closed.
 */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, "");
  const firstLine = body.split(/\r?\n/, 1)[0] ?? "";
  const delimiter = [",", ";", "\t"]
    .map((d) => [d, firstLine.split(d).length] as const)
    .sort((a, b) => b[1] - a[1])[0][0];
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let quoteLine = 1;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i];
    if (ch === "\n" || (ch === "\r" && body[i + 1] !== "\n")) line++;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") {
      quoted = true;
      quoteLine = line;
    } else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && body[i + 1] === "\n") {
        i++;
        line++;
      }
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (quoted)
    throw new CsvError(
      quoteLine,
      'a quote (") opens a field here and is never closed — close it, or remove the stray quote',
    );
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** A CSV as text: UTF-8 (with or without a BOM), UTF-16 with a BOM (Excel's "Unicode Text") or Windows-1252. */
async function readCsvText(
  path: string,
  file: string,
): Promise<{ text: string; encoding?: string } | CellProblem> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory())
      return { file, message: "this is a folder, not a CSV file — give the path of the file" };
    if (!info.isFile())
      return {
        file,
        message: "this is not a regular file (a device or pipe?) — give the path of the CSV file",
      };
    size = info.size;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      file,
      message:
        code === "ENOENT"
          ? "this file does not exist — check the name and folder"
          : `this file cannot be read (${code})`,
    };
  }
  if (size > MAX_CSV_BYTES)
    return {
      file,
      message: `this file is too large for a training matrix (${Math.round(size / 1024 / 1024)} MB; the limit is ${MAX_CSV_BYTES / 1024 / 1024} MB) — split it, or check it is the right file`,
    };
  const decoded = decodeDocumentBytes(await readFile(path));
  if (!decoded.ok)
    return {
      file,
      message:
        "this is not a text file (it holds NUL bytes) — save the training matrix from Excel as CSV UTF-8 (Comma delimited)",
    };
  const bad = firstDisallowedCharacter(decoded.text);
  if (bad)
    return {
      file,
      cell: `line ${bad.line}, column ${bad.column}`,
      message: `${bad.description} has no place in a CSV file — delete it, or save the matrix from Excel again as CSV UTF-8`,
    };
  const encoding =
    decoded.encoding === "utf-8"
      ? undefined
      : decoded.encoding === "windows-1252"
        ? "Windows-1252"
        : "UTF-16";
  return { text: decoded.text, encoding };
}

type Grids = { grids: Grid[]; encoding?: string } | { problem: CellProblem };

async function readGrids(path: string, file: string): Promise<Grids> {
  if (extname(path).toLowerCase() === ".csv") {
    const read = await readCsvText(path, file);
    if (!("text" in read)) return { problem: read };
    let text: string[][];
    try {
      text = parseCsv(read.text);
    } catch (error) {
      if (error instanceof CsvError)
        return { problem: { file, cell: `line ${error.line}`, message: error.message } };
      throw error;
    }
    if (text.length > MAX_ROWS) return { problem: { file, message: tooManyRows(text.length) } };
    const rows = text.map((r) => r.map((v) => plainValue(v)));
    return { grids: [{ rows, columnName: letters }], encoding: read.encoding };
  }
  const wb = await openWorkbook(path);
  if (isEmptyWorkbook(wb)) return { grids: [] };
  const sheets = wb.worksheets.filter((ws) => ws.state === "visible" && ws.actualRowCount > 0);
  const big = sheets.find((ws) => ws.rowCount > MAX_ROWS);
  if (big) return { problem: { file, sheet: big.name, message: tooManyRows(big.rowCount) } };
  const grids = sheets.map((ws) => {
    const rows: Plain[][] = [];
    for (let r = 1; r <= ws.rowCount; r++) {
      const row = ws.getRow(r);
      const cells: Plain[] = [];
      // Only the cells the row has: a stray format in column XFD must not make every row 16,384 cells long.
      for (let c = 1; c <= row.cellCount; c++) cells.push(plainValue(row.getCell(c).value));
      rows.push(cells);
    }
    return { sheet: ws.name, rows, columnName: letters };
  });
  return { grids };
}

export async function readTrainingMatrix(
  path: string,
  file: string,
  options: {
    courses: readonly Course[];
    columns?: Partial<Record<MatrixField, string>>;
    /** Training dates after this day (YYYY-MM-DD) are errors. */
    asOf: string;
  },
): Promise<Matrix> {
  let grids: Grid[];
  let encoding: string | undefined;
  try {
    const read = await readGrids(path, file);
    if ("problem" in read) return { rows: [], problems: [read.problem] };
    grids = read.grids;
    encoding = read.encoding;
  } catch (error) {
    if (error instanceof NotAWorkbook)
      return { rows: [], problems: [{ file, message: `this file ${error.message}` }] };
    throw error;
  }
  if (grids.length === 0 || grids.every((g) => g.rows.every((r) => r.every((c) => c.kind === "empty"))))
    return {
      rows: [],
      problems: [
        {
          file,
          message:
            "the training matrix is empty — it needs a heading row (name, course, date completed …) and a row per completion",
        },
      ],
    };

  const wanted = (field: MatrixField): string[] =>
    options.columns?.[field] ? [nameKey(options.columns[field] as string)] : HEADER_SYNONYMS[field];
  const headerNotes: string[] = [];
  for (const grid of grids) {
    for (let h = 0; h < Math.min(10, grid.rows.length); h++) {
      const headers = grid.rows[h].map((c) => nameKey(cellText(c) ?? ""));
      const find = (field: MatrixField) => {
        for (const w of wanted(field)) {
          const i = headers.indexOf(w);
          if (i >= 0) return i;
        }
        return -1;
      };
      const name = find("name");
      const first = find("first");
      const last = find("last");
      if (name < 0 && (first < 0 || last < 0)) continue;
      const course = find("course");
      const date = find("date");
      const provider = find("provider");
      // Wide layout: a column per catalogue course.
      const courseColumns = headers
        .map((text, i) => ({
          i,
          course: text ? courseFromText(text, options.courses) : undefined,
          text: cellText(grid.rows[h][i]) ?? "",
        }))
        .filter((c) => c.course && ![name, first, last, date, provider].includes(c.i));
      const long = course >= 0 && date >= 0;
      if (!long && courseColumns.length === 0) {
        headerNotes.push(
          `${grid.sheet ? `sheet ${grid.sheet} ` : ""}row ${h + 1} has a name column but no ${course < 0 ? `course column (looked for: ${wanted("course").join(", ")})` : `date column (looked for: ${wanted("date").join(", ")})`}, and no column named after a course in partnership.yaml`,
        );
        continue;
      }
      const rows: MatrixRow[] = [];
      for (let r = h + 1; r < grid.rows.length; r++) {
        const cells = grid.rows[r];
        const text = (i: number) => (i >= 0 ? cellText(cells[i] ?? { kind: "empty" }) : undefined);
        const person =
          name >= 0 ? text(name) : [text(first), text(last)].filter(Boolean).join(" ") || undefined;
        if (!person) continue;
        const dateAt = (i: number): { date?: string; problems: CellProblem[] } => {
          const p = cells[i] ?? ({ kind: "empty" } as Plain);
          const result = cellDate(p);
          if (!result) return { problems: [] };
          const heading = cellText(grid.rows[h][i] ?? { kind: "empty" }) ?? grid.columnName(i);
          const problem = (message: string): { problems: CellProblem[] } => ({
            problems: [
              {
                file,
                sheet: grid.sheet,
                cell: grid.sheet
                  ? `${grid.columnName(i)}${r + 1}`
                  : `row ${r + 1}, column ${JSON.stringify(heading)}`,
                message,
              },
            ],
          });
          if (result.ok) {
            const future = futureTrainingDate(
              p.kind === "text" ? p.text : ukShort(result.iso),
              result.iso,
              options.asOf,
            );
            return future ? problem(future) : { date: result.iso, problems: [] };
          }
          if (p.kind === "error") return problem(errorMessage(p, "date"));
          return problem(notADate(cellText(p) ?? "", result.reason, result.instead));
        };
        if (long) {
          const courseText = text(course);
          if (!courseText) continue;
          const d = dateAt(date);
          rows.push({
            sheet: grid.sheet,
            row: r + 1,
            name: person,
            courseText,
            courseId: courseFromText(courseText, options.courses)?.id,
            date: d.date,
            provider: provider >= 0 ? text(provider) : undefined,
            problems: d.problems,
          });
        } else
          for (const column of courseColumns) {
            if ((cells[column.i] ?? { kind: "empty" }).kind === "empty") continue;
            const d = dateAt(column.i);
            rows.push({
              sheet: grid.sheet,
              row: r + 1,
              name: person,
              courseText: column.text,
              courseId: column.course?.id,
              date: d.date,
              problems: d.problems,
            });
          }
      }
      if (grid.rows.slice(h + 1).every((cells) => cells.every((c) => c.kind === "empty")))
        return {
          rows: [],
          problems: [
            {
              file,
              sheet: grid.sheet,
              message: `the headings are on row ${h + 1} but there are no rows below the headings — add a row per completion (name, course, date completed)`,
            },
          ],
        };
      return { rows, problems: [], encoding };
    }
  }
  return {
    rows: [],
    problems: [
      {
        file,
        message: `no heading row with a name column was found in the first 10 rows${headerNotes.length ? ` (${headerNotes.join("; ")})` : ""} — name the columns (e.g. Name, Course, Date completed) or say which is which with --columns "name=…,course=…,date=…"`,
      },
    ],
  };
}
