/**
 * A table of people whose last column's header names a course and says its dates are when it runs out: "| Club | Club
 * Welfare Officer | Phone | FA Safeguarding Children valid until |" over "| Brackenford Colts | Mrs Leanne Voss | … |
 * 06/2026 |". Each row's person holds that course until the date: a record known by when it lapses (its due date,
 * an expiry), not by when it was done. A row with no person ("Vacant – …") or no date ("—") gives nothing. A table
 * with another column of dates in each row the course's column dates is read by the other table readers instead.
 */
import { findDates } from "./dates.js";
import { findLeadMentions, namesInCell } from "./leads.js";
import { plain, type Table } from "./lines.js";
import type { TrainingLine } from "./training.js";

/** "FA Safeguarding Children valid until", "Safeguarding course – expires", "DSL training (expiry date)". */
const VALID_UNTIL_HEADER =
  /^(?<course>\S.*?)\s*(?:[:(–—-]\s*)?(?:valid\s+(?:until|to)|expir(?:es|y(?:\s+date)?))\s*\)?$/i;
/** The course a header names is safeguarding training, not a DBS check, a licence or first aid. */
const SAFEGUARDING_COURSE =
  /\bsafeguard|\bchild\s+protection\b|\bprotecting\s+children\b|\bdesignated\b|\bDS[LPO]\b/i;
const OTHER_CHECK = /\b(?:DBS|CRB|CRC|PVG|disclosure|barring|vetting|first[\s-]+aid|licen[cs]e)\b/i;
/** The column of the people: "Name", "Who", or a lead's role ("Club Welfare Officer", "Safeguarding Contact"). */
const NAME_HEADER = /^(?:names?|who|person|contact)$/i;
/** A column of when courses were done: "Date", "Completed", "Trained", "Attended". */
const DONE_HEADER = /\b(?:date|dated|completed|attended|trained|done|passed|achieved|when)\b/i;
/** A cell that is a date alone: "06/2026", "June 2026", "30/06/2026". */
const DATE_ONLY = /^[\s\d/.–—-]*$|^\s*(?:\d{1,2}\s+)?\p{L}+\.?\s+\d{4}\s*$/u;
/** A label that names a course: "CWO course", "Welfare Officer training", "Safeguarding and Protecting Children". */
const COURSE_LABEL =
  /\b(?:course|training|certificate|certification|qualification|award|refresher|module|level\s*[1-4])\b/i;
/** A label's words for a course still to come: "Refresher booked", "Course planned". */
const PLANNED_LABEL = /\b(?:booked|planned|scheduled|pending|requested|awaiting)\b/i;

/**
 * What an expiry cell holds: a date alone ("06/2026"), or the course the person keeps, a colon and its date ("CWO
 * course: 10/2027") — the course's label then names the record. Not another check's ("DBS: 03/2028"), a date done
 * ("Course completed: 10/2024") or a booking ("Refresher booked: 03/2027"). Undefined when it holds neither.
 */
function expiryCell(text: string): { date: string; course?: string } | undefined {
  if (DATE_ONLY.test(text)) return { date: text };
  const colon = text.lastIndexOf(":");
  const date = text.slice(colon + 1);
  if (colon < 0 || colon > 80 || !/\d/.test(date) || !DATE_ONLY.test(date)) return undefined;
  const course = text.slice(0, colon).trim();
  const named =
    (COURSE_LABEL.test(course) || SAFEGUARDING_COURSE.test(course)) &&
    !OTHER_CHECK.test(course) &&
    !DONE_HEADER.test(course) &&
    !PLANNED_LABEL.test(course);
  return named && course.split(/\s+/).length <= 8 ? { date, course } : undefined;
}

export function validUntilColumnRecords(table: Table): TrainingLine[] {
  const header = table.headerCells.map((c) => plain(c.text).trim().replace(/\s+/g, " "));
  const columns = header.flatMap((h, i) => {
    const course = VALID_UNTIL_HEADER.exec(h)?.groups?.course;
    return course && SAFEGUARDING_COURSE.test(course) && !OTHER_CHECK.test(course) ? [{ i, course }] : [];
  });
  // Only where no other column gives when a course was done ("| Completed | Valid until |" is read as a record's
  // completion with its expiry).
  if (columns.length !== 1 || header.some((h, i) => i !== columns[0]?.i && DONE_HEADER.test(h))) return [];
  const [{ i: col, course }] = columns;
  const nameCol = header.findIndex(
    (h, i) =>
      i !== col &&
      (NAME_HEADER.test(h) ||
        ((m) => m !== undefined && m.label.length >= h.length - 2)(findLeadMentions(h)[0])),
  );
  if (nameCol < 0) return [];
  // Nor where another column dates each row the course's column dates ("| Level 3 DSL training | Safeguarding
  // certificate valid until |" over "| 03/2022 | 09/2027 |"): that column is when a course was done, whatever its
  // header, and the table is left to the readers of completion dates.
  const dated = table.rows.filter((row) => {
    const cell = row.cells[col];
    return cell && expiryCell(plain(cell.text)) && findDates(cell.text, cell.offset).length > 0;
  });
  if (
    dated.length > 0 &&
    header.some(
      (h, i) =>
        i !== col &&
        i !== nameCol &&
        // A vetting check's column ("DBS checked") dates the check, not a course.
        !OTHER_CHECK.test(h) &&
        dated.every((row) => {
          const cell = row.cells[i];
          return cell !== undefined && findDates(cell.text, cell.offset).length > 0;
        }),
    )
  )
    return [];
  const found: TrainingLine[] = [];
  for (const row of table.rows) {
    const nameCell = row.cells[nameCol];
    const dateCell = row.cells[col];
    const cell = dateCell && expiryCell(plain(dateCell.text));
    if (!nameCell || !dateCell || !cell) continue;
    const names = namesInCell({ ...nameCell, text: plain(nameCell.text) });
    const dates = findDates(dateCell.text, dateCell.offset);
    if (names.length !== 1 || dates.length !== 1) continue;
    found.push({
      offset: row.line.offset,
      endOffset: row.line.endOffset,
      course: cell.course ?? course,
      datePlaceholder: false,
      noneRecorded: false,
      leadName: names[0].name,
      dueDate: dates[0],
      expires: dates[0],
    });
  }
  return found;
}
