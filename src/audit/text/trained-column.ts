/**
 * A leads' table with a column saying whether each person is trained: "| Role | Name | Phone | Trained |" over
 * "| Club Welfare Officer | Mr A Bell | … | Yes (2022) |" and "| Deputy | Ms C Dean | … | No (booked for 14 January
 * 2027) |". "Yes" with a date or a year is a record done then; "No", whatever follows it (a booking, a plan), is no
 * record. "Yes" with no date says nothing that can be checked, and is left alone.
 */
import { type DateMatch, findDates } from "./dates.js";
import { findLeadMentions } from "./leads.js";
import { plain, type Table } from "./lines.js";
import type { TrainingLine } from "./training.js";

/** The column's header: "Trained", "Trained?", "Safeguarding trained", "Trained (year)". */
const TRAINED_HEADER = /^(?:safeguarding\s+)?trained\s*\??(?:\s*\((?:year|date|when)\))?$/;
const NAME_HEADER = /^(?:name|who|person|staff|lead)\b/;
/** "Yes", "Y", "Yes (2022)"; "No", "N", "No (booked …)" — not "N/A" (no answer) nor "Not sure". */
const YES = /^(?:yes|y)(?=$|[\s(,.;:–—-])/i;
const NO = /^(?:no|n)(?=$|[\s(,.;:–—-])/i;

/** The date a "Yes" cell gives: "Yes (2022)", "Yes – March 2024", "Yes, 14/03/2023". */
function dateOf(text: string, offset: number): DateMatch | undefined {
  return findDates(text, offset, { allowYear: true })[0];
}

export function trainedColumnRecords(table: Table): TrainingLine[] {
  const header = table.headerCells.map((c) => plain(c.text).trim().toLowerCase());
  const col = header.findIndex((h) => TRAINED_HEADER.test(h));
  const nameCol = header.findIndex((h) => NAME_HEADER.test(h));
  if (col < 0 || nameCol < 0) return [];
  const roleCol = header.findIndex((h) => /\brole\b/.test(h));
  const found: TrainingLine[] = [];
  for (const row of table.rows) {
    const cell = row.cells[col];
    const name = plain(row.cells[nameCol]?.text ?? "").trim();
    if (!cell || !name) continue;
    const text = plain(cell.text).trim();
    const roleMention = roleCol >= 0 ? findLeadMentions(row.cells[roleCol]?.text ?? "")[0] : undefined;
    const base = {
      offset: row.line.offset,
      endOffset: row.line.endOffset,
      course: "",
      datePlaceholder: false,
      leadName: name,
      leadRole: roleMention?.role,
    };
    if (NO.test(text)) found.push({ ...base, noneRecorded: true });
    else if (YES.test(text)) {
      const date = dateOf(cell.text, cell.offset);
      if (date) found.push({ ...base, noneRecorded: false, date });
    }
  }
  return found;
}
