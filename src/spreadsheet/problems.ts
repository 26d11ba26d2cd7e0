/** A problem in a workbook, as precise as a sheet and a cell: `forms/acorns.xlsx Training!C7: …`. */
export interface CellProblem {
  /** The file as shown (relative to where the command runs). */
  file: string;
  sheet?: string;
  /** "C7", or a range "C7:D7", or a row "row 7". */
  cell?: string;
  message: string;
}

export function formatCellProblem(p: CellProblem): string {
  if (!p.sheet) return p.cell ? `${p.file} ${p.cell}: ${p.message}` : `${p.file}: ${p.message}`;
  const sheet = /^[A-Za-z0-9_]+$/.test(p.sheet) ? p.sheet : `'${p.sheet}'`;
  if (!p.cell) return `${p.file} ${sheet}: ${p.message}`;
  return p.cell.startsWith("row ")
    ? `${p.file} ${sheet} ${p.cell}: ${p.message}`
    : `${p.file} ${sheet}!${p.cell}: ${p.message}`;
}
