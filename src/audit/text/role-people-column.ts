/**
 * A training table's column of people headed with their role, not "Name": "| Deputy DSL | Campus | Last trained |
 * Next due |" over "| Mrs Ada Pell | Quayside | 22/03/2024 | 22/03/2026 |". Read only beside a column headed "Last
 * trained" (or "Trained"), which names no course and says its dates are when each person trained, and only when every
 * cell of the role's column is one person's name.
 */
import { findLeadMentions, type LeadKind } from "./leads.js";
import { plain, type Table } from "./lines.js";

/** A column of when each person last trained, naming no course: "Last trained", "Trained", "Date last trained". */
export const LAST_TRAINED_HEADER = /^(?:date\s+)?(?:last\s+)?trained(?:\s+on)?$/i;
/** A person's name alone: two to five capitalised words, a title first maybe ("Mrs Carys Pell-Owen"). */
const PERSON_CELL = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,4}$/u;

/** The column of the people and their role, or undefined. */
export function roleColumnOfPeople(
  table: Table,
  header: readonly string[],
  person: (cell: string) => boolean,
): { col: number; role: LeadKind } | undefined {
  if (!header.some((h) => LAST_TRAINED_HEADER.test(h))) return undefined;
  for (const [col, h] of header.entries()) {
    const mentions = findLeadMentions(h);
    const role = mentions[0]?.role;
    if (!role || mentions.some((m) => m.name || m.placeholder || m.role !== role)) continue;
    // The header is the role alone ("Deputy DSL", "Deputy DSLs"), nothing else.
    let rest = h;
    for (const m of [...mentions].reverse()) rest = rest.slice(0, m.offset) + rest.slice(m.endOffset);
    if (/\p{L}{2,}/u.test(rest.replace(/\bs\b/g, ""))) continue;
    const cells = table.rows.map((row) => plain(row.cells[col]?.text ?? "").trim());
    if (cells.length > 0 && cells.every((c) => PERSON_CELL.test(c) && person(c))) return { col, role };
  }
  return undefined;
}
