/**
 * Training records: lines, table rows and plain-text tables of courses and dates, and whose they are.
 */
import { type DateMatch, findDates } from "./dates.js";
import { findLeadMentions, type LeadKind, type LeadMention, nameAtStart, namedLeads } from "./leads.js";
import {
  contentStart,
  findTables,
  isBlank,
  isMarkdownHeading,
  isPlainHeading,
  isTableRow,
  type Line,
  lineAt,
  PAGE_FOOTER,
  plain,
  splitLines,
} from "./lines.js";
import { allMatches } from "./matches.js";
// ---------------------------------------------------------------------------
// Training lines
// ---------------------------------------------------------------------------

export interface TrainingLine {
  /** The whole line or table row. */
  offset: number;
  endOffset: number;
  /** The course as written (date removed). */
  course: string;
  date?: DateMatch;
  /** The line ends in a placeholder instead of a date ("… – date"). */
  datePlaceholder: boolean;
  /** A training table's row saying the person has none ("No safeguarding training recorded"). */
  noneRecorded: boolean;
  /** Whose training it is, when the document says. */
  leadName?: string;
  leadRole?: LeadKind;
}

const TRAINING_WORD = /\b(?:training|trained|course|refresher|update|level\s*[1-4]|induction)\b/i;
const DATE_PLACEHOLDER = /\s[–—-]\s*(?:date|dd\/mm\/yy(?:yy)?|\(date\)|\[date\])\s*[.*|]*\s*$/i;
const NONE_RECORDED =
  /\bno\b[\w\s]{0,30}\btraining\b[\w\s]{0,20}\b(?:recorded|completed|yet)\b|\bno training\b/i;
const NUMBERED_HEADING = /^\s*\d+(?:\.\d+)*\.?\s+\S/;

/**
 * A PDF breaks a paragraph into lines: "• makes sure all staff … report a concern and" / "receive training;".
 * A line that starts in lower case under a long line ending in a lower-case word is the rest of that sentence,
 * not a training record of its own.
 */
function continuesSentence(above: Line, line: Line): boolean {
  return (
    /^\s*[a-z]/.test(line.text) &&
    above.text.trim().length >= 40 &&
    /(?:^|\s)[a-z][a-z'’-]*,?\s*$/.test(above.text)
  );
}

function leadInText(text: string, leads: LeadMention[]): LeadMention | undefined {
  const lower = text.toLowerCase();
  return leads.find((l) => l.name && lower.includes((l.name ?? "").toLowerCase()));
}

/**
 * Training records: rows of a table with a "Course"/"Training" column, and lines such as
 * "Safeguarding Thresholds Training – January 2018" (dated anywhere, undated only under a named lead).
 */
/** A lead's line that records no training ("No safeguarding training recorded", "(list training including dates)"). */
function noneRecorded(line: Line, start: number, owner: LeadMention): TrainingLine {
  return {
    offset: line.offset + start,
    endOffset: line.endOffset,
    course: "",
    datePlaceholder: false,
    noneRecorded: true,
    leadName: owner.name,
    leadRole: owner.role,
  };
}

export function findTrainingLines(
  text: string,
  lines = splitLines(text),
  mentions = findLeadMentions(text, lines),
): TrainingLine[] {
  const found: TrainingLine[] = [];
  const named = namedLeads(mentions);
  const tableLines = new Set<number>();

  for (const table of findTables(lines)) {
    for (const i of [table.header.index, table.header.index + 1, ...table.rows.map((r) => r.line.index)])
      tableLines.add(i);
    const header = table.headerCells.map((c) => plain(c.text).toLowerCase());
    const courseCol = header.findIndex((h) => /\b(?:course|training)\b/.test(h));
    if (courseCol < 0) continue;
    const dateCol = header.findIndex(
      (h) =>
        /\b(?:completed|date|when|attended|done)\b/.test(h) && !/\b(?:renew|expir|due|valid|next)/.test(h),
    );
    const renewCols = header.flatMap((h, i) => (/\b(?:renew|expir|due|valid|next)/.test(h) ? [i] : []));
    const nameCol = header.findIndex((h) => /^(?:name|who|person|staff|lead)\b/.test(h));
    const roleCol = header.findIndex((h) => /\brole\b/.test(h));
    for (const row of table.rows) {
      const course = row.cells[courseCol];
      if (!course) continue;
      const courseText = plain(course.text);
      const noneRecorded = NONE_RECORDED.test(courseText) || /^(?:none|not recorded)\b/i.test(courseText);
      let date: DateMatch | undefined;
      if (dateCol >= 0) {
        const cell = row.cells[dateCol];
        date = cell ? findDates(cell.text, cell.offset)[0] : undefined;
      } else {
        for (const [i, cell] of row.cells.entries()) {
          if (renewCols.includes(i)) continue;
          date = findDates(cell.text, cell.offset)[0];
          if (date) break;
        }
      }
      const nameText = nameCol >= 0 ? plain(row.cells[nameCol]?.text ?? "") : "";
      const lead = nameText ? undefined : leadInText(row.line.text, named);
      const roleText = roleCol >= 0 ? (row.cells[roleCol]?.text ?? "") : "";
      const roleMention = findLeadMentions(roleText)[0];
      if (!courseText && !date) continue;
      found.push({
        offset: row.line.offset,
        endOffset: row.line.endOffset,
        course:
          date && dateCol < 0 ? courseText.replace(date.text, "").replace(/[\s:–—-]+$/, "") : courseText,
        date,
        datePlaceholder: DATE_PLACEHOLDER.test(` ${courseText}`),
        noneRecorded,
        leadName: nameText || lead?.name,
        leadRole: roleMention?.role ?? lead?.role,
      });
    }
  }

  // A training table in plain text (PDF): a header line, then cells broken over many short lines.
  for (const record of plainTrainingTables(lines, tableLines)) found.push(record);

  // Lines outside tables, remembering the lead named above them.
  // Mentions may come from a view of the text with lines joined (PDF): place them on this text's lines.
  const mentionsByLine = new Map<number, LeadMention[]>();
  for (const m of mentions) {
    const index = lineAt(lines, m.offset);
    const onLine = mentionsByLine.get(index);
    if (onLine) onLine.push(m);
    else mentionsByLine.set(index, [m]);
  }
  let current: LeadMention | undefined;
  let continuing = false;
  let previous: Line | undefined;
  for (const line of lines) {
    if (tableLines.has(line.index)) {
      current = undefined;
      previous = undefined;
      continue;
    }
    if (isBlank(line)) continue;
    const above = previous;
    previous = line;
    const start = contentStart(line.text);
    const body = line.text.slice(start);
    const here = mentionsByLine.get(line.index)?.find((m) => m.name);
    if (isMarkdownHeading(line)) {
      current = undefined;
      continue;
    }
    const isTraining = TRAINING_WORD.test(body) && body.length <= 200;
    if (here && !isTraining) {
      current = here;
      continuing = true;
      continue;
    }
    if (!isTraining) {
      // The rest of a lead's line wrapped onto the next one (PDF): "0113 496" / "0777)".
      const wrapped: boolean = continuing && (/^[\s(]*[a-z0-9(]/.test(body) || body.length <= 30);
      if (!wrapped) current = undefined;
      continuing = wrapped;
      continue;
    }
    continuing = false;
    const datePlaceholder = DATE_PLACEHOLDER.test(body);
    const date = findDates(body, line.offset + start)[0];
    const owner = leadInText(body, named) ?? here ?? current;
    // "1 September 2021  Model 1.0  Training section added": a document history row, not a training record.
    if (!owner && date && date.offset === line.offset + start) continue;
    // A plain-text training table's row for someone with none: "Ben Hale  Deputy …  No safeguarding training recorded".
    if (!date && owner && NONE_RECORDED.test(body)) {
      found.push(noneRecorded(line, start, owner));
      continue;
    }
    const shaped =
      /^\s*(?:[-*+•]|\d+[.)])\s/.test(line.text) ||
      /[:–—-]/.test(body) ||
      /\b(?:training|course|update|refresher)\W*$/i.test(body);
    const blockLine =
      current !== undefined &&
      !(above && continuesSentence(above, line)) &&
      body.length <= 120 &&
      body.split(/\s+/).length <= 14 &&
      shaped &&
      !NUMBERED_HEADING.test(line.text);
    if (!date && !datePlaceholder && !blockLine) {
      if (!here) current = undefined;
      continue;
    }
    if (!date && !datePlaceholder && !(body.length <= 120)) continue;
    // "(list training including dates)" under a lead: a placeholder, so no training is recorded for them.
    if (!date && owner && /^\s*[([][^)\]]*[)\]]\s*$/.test(plain(body))) {
      found.push(noneRecorded(line, start, owner));
      if (here) current = here;
      continue;
    }
    const course = plain(date ? body.replace(date.text, "") : body)
      .replace(DATE_PLACEHOLDER, "")
      .replace(/(?:[\s:,;.–—(-]|\b(?:on|in|dated|completed|attended)\b)+$/i, "")
      .replace(/^[\s:,;–—-]+/, "");
    found.push({
      offset: line.offset + start,
      endOffset: line.endOffset,
      course,
      date,
      datePlaceholder,
      noneRecorded: false,
      leadName: owner?.name,
      leadRole: owner?.role,
    });
    if (here) current = here;
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/** Letters and spaces only, checked first: most lines fail at their first comma or digit. */
const PLAIN_TRAINING_HEADER =
  /^\s*(?=[A-Za-z ]{5,80}$)(?=.*\b(?:course|training)\b)(?=.*\b(?:completed|date|when)\b)/i;
const NO_RECORD = /\bno\s+(?:safeguarding\s+)?training\s+recorded\b|\bno\s+date\s+recorded\b/gi;

/**
 * "Name Role Course Completed Renew by" and then, a few words a line, each row's cells: every row ends in its
 * completion date (and perhaps a renewal date), or in "No date recorded" / "No safeguarding training recorded".
 * Lines used are added to `used`.
 */
function plainTrainingTables(lines: Line[], used: Set<number>): TrainingLine[] {
  const found: TrainingLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i];
    if (used.has(i) || isTableRow(header) || !PLAIN_TRAINING_HEADER.test(header.text)) continue;
    const renewColumn = /\b(?:renew|expir|due|valid)/i.test(header.text);
    let j = i + 1;
    while (
      j < lines.length &&
      !isBlank(lines[j]) &&
      !PAGE_FOOTER.test(lines[j].text) &&
      !isPlainHeading(lines[j])
    )
      j++;
    if (j === i + 1) continue;
    for (let k = i; k < j; k++) used.add(k);
    const start = lines[i + 1].offset;
    const block = lines
      .slice(i + 1, j)
      .map((l) => l.text)
      .join(" ");
    // Rows end at a run of dates or at a "no record" marker.
    const ends: Array<{ at: number; next: number; date?: DateMatch; none?: "training" | "date" }> = [];
    const dates = findDates(block, start);
    for (let d = 0; d < dates.length; d++) {
      const first = dates[d];
      let last = first;
      if (
        renewColumn &&
        d + 1 < dates.length &&
        /^\s*$/.test(block.slice(last.endOffset - start, dates[d + 1].offset - start))
      ) {
        d++;
        last = dates[d];
      }
      ends.push({ at: first.offset, next: last.endOffset, date: first });
    }
    for (const m of allMatches(NO_RECORD, block)) {
      const at = start + (m.index ?? 0);
      ends.push({ at, next: at + m[0].length, none: /date/i.test(m[0]) ? "date" : "training" });
    }
    ends.sort((a, b) => a.at - b.at);
    let from = start;
    for (const e of ends) {
      const text = block.slice(from - start, e.at - start).trim();
      if (!text) {
        from = e.next;
        continue;
      }
      const leadName = nameAtStart(text);
      const role = findLeadMentions(text)[0];
      const course = plain(text)
        .replace(leadName ?? "\u0000", "")
        .replace(role && role.offset <= (leadName?.length ?? 0) + 1 ? role.label : "\u0000", "")
        .trim();
      found.push({
        offset: from,
        endOffset: e.next,
        course: e.none === "training" ? "" : course,
        date: e.date,
        datePlaceholder: false,
        noneRecorded: e.none === "training",
        leadName,
        leadRole: role?.role,
      });
      from = e.next;
    }
    i = j - 1;
  }
  return found;
}
