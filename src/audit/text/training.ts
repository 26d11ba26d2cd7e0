/**
 * Training records: lines, table rows and plain-text tables of courses and dates, and whose they are.
 */
import nlp from "compromise";
import { alignedTables } from "./aligned-tables.js";
import { eitherHalf } from "./bilingual.js";
import { datedApartRecords } from "./dated-apart.js";
import { type DateMatch, findDates, findSchoolYears, monthNumber, parseLooseDate } from "./dates.js";
import { tiedLead } from "./first-name-tie.js";
import { findContents } from "./headings.js";
import { jobSubjectHolder } from "./job-holder.js";
import {
  bracketOff,
  findLeadMentions,
  type LeadKind,
  type LeadMention,
  nameAtStart,
  namedLeads,
  nameKey,
  nicknameKey,
  sameName,
  tableBlockLeads,
} from "./leads.js";
import { safeguardingPathways } from "./level-pathways.js";
import {
  type Cell,
  cellBreaksAsSpaces,
  findTables,
  historyLines,
  isBlank,
  isPlainHeading,
  isTableRow,
  joinBracketOverPdfLines,
  joinDateOverPdfLines,
  type Line,
  lineAt,
  PAGE_FOOTER,
  PLAIN_TRAINING_HEADER,
  plain,
  SECTION_LINE,
  splitLines,
  type Table,
  wordCount,
} from "./lines.js";
import { allMatches, escapeRegExp, trimEndWhere } from "./matches.js";
import { introducedCourses } from "./named-courses.js";
import { COURSE_NOT_A_LEAD } from "./not-a-lead.js";
import { FIRST_NAME_WORD, peopleIn, postNominal, rankAt } from "./people.js";
import { columnNames, holderName, roleHolderColumn } from "./role-holder-column.js";
import { LAST_TRAINED_HEADER, roleColumnOfPeople } from "./role-people-column.js";
import { PLURAL_ROLE_HOLDER_WORDS, PLURAL_ROLE_WORDS, TITLE_PATTERN } from "./roles.js";
import { firstAtOrAfter } from "./sorted-search.js";
import { lastTicked, rowDateColumn } from "./tick-date-column.js";
import {
  cellPieces,
  columnPeople,
  keyFactsRecords,
  OTHER_CHECK,
  roleColumnRecords,
  trainedColumnRecords,
} from "./trained-column.js";
import { validUntilColumnRecords } from "./valid-until-column.js";
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
  /**
   * When the document says the course is due again, on a record with no completion date ("DSL refresher due
   * 06/2026"): once it has passed, the training is out of date by the document's own words.
   */
  dueDate?: DateMatch;
  /**
   * The date is when the course is booked for, not when it was done: a course still to come ("booked for 9
   * March 2027", "Planned – 14/02/2027") in a training table's date cell, or a PDF's table row.
   */
  planned?: boolean;
  /**
   * The record says the course has lapsed, in a word and with no date ("Expired", "Lapsed" in a training matrix's
   * cell): the training is out of date by the document's own word. The word as written.
   */
  lapsed?: string;
  /**
   * The end of the record's validity as its table gives it, in a column headed "Expires" or "Valid until" beside the
   * completion date ("| Name | Course | Completed | Expires |"): once passed, the record is out of date by its own words.
   */
  expires?: DateMatch;
  /**
   * `expires` comes from a column saying when the course falls due again ("| Trained | Refresher due |", "Renewal
   * due", "Next due"), not when it stops being valid: once passed, the course was due for renewal then.
   */
  renewalDue?: boolean;
}

/** A course still to come: "booked", "planned", "scheduled", "due to attend" (PLANNED_BEFORE, FUTURE_BOOKING). */
const BOOKING_WORDS = String.raw`booked|planned|scheduled|due\s+to\s+attend`;
/**
 * A label for a course still to come: "Booked:", "Booked on:", "Planned:", "Booking:", "Next course:", "Due:",
 * "Renewal due:" (BOOKING_ONLY, bookingLine).
 */
const BOOKING_LABEL = String.raw`(?:${BOOKING_WORDS}|booking|due|(?:renewal|refresher|next)\s+due|next\s+(?:course|refresher|training|update|session|date))(?:\s+(?:on|for))?\s*:`;
/** Words saying a course is booked: "booked on the DSL refresher", "booked onto", "scheduled for" (BOOKING_ONLY). */
const BOOKED_ON = String.raw`\b(?:booked|scheduled)\s+(?:on(?:to)?|in(?:to)?|for)\b`;
/** A course done: "completed", "attended", "refreshed" … (BOOKED_ON_COURSE, DONE_WORD). */
const DONE_WORDS = "completed|attended|passed|done|finished|achieved|refreshed|undertaken|undertook";
/** Words before a date that make it a course still to come: "booked for", "planned –", "scheduled on". */
const PLANNED_BEFORE = new RegExp(
  String.raw`\b(?:${BOOKING_WORDS}|to\s+attend)(?:\s+(?:for|on|in))?[\s:–—-]*$`,
  "i",
);
/**
 * A booking that names its course before the date: "booked on Level 3 for", "booked onto the DSL course on". Not
 * when a completion comes between ("booked on the council's portal and completed on", "booked in June, attended on"):
 * the date is then the course's.
 */
const BOOKED_ON_COURSE = new RegExp(
  String.raw`\b(?:booked|scheduled)\s+(?:on(?:to)?|in(?:to)?)\s+(?:(?!(?:${DONE_WORDS})\b)[^\s.;:()]+\s+){1,8}?(?:for|on|in)\s*(?:w\/c\s*)?$`,
  "i",
);
/**
 * Whether the words before a date (in `text`, which starts at offset `at`) make it a booking's, a course still to
 * come. A date read with its preposition ("on 9 March 2027") gives that word back to the words before it.
 */
function bookedBefore(text: string, at: number, date: DateMatch): boolean {
  const words = plain(
    text.slice(0, date.offset - at) + (/^\s*(?:on|for|in)\b\s*/i.exec(date.text)?.[0] ?? ""),
  );
  return PLANNED_BEFORE.test(words) || BOOKED_ON_COURSE.test(words);
}

const TRAINING_WORD = /\b(?:training|trained|course|refresher|update|level\s*[1-4]|induction)\b/i;
/**
 * The date left to fill in at a line's end: "– date", "-- date" (a double hyphen for a dash), "- dd/mm/yy"; a form's
 * "Date:" field left empty after a dash or a slash ("– Date:", "– Completed: Y / Date:").
 */
const DATE_PLACEHOLDER =
  /\s(?:--|[–—-])\s*(?:date|dd\/mm\/yy(?:yy)?|\(date\)|\[date\])\s*[.*|]*\s*$|\s(?:--|[–—/-])\s*date\s*:\s*[.*|]*\s*$/i;
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
    /^\s*\p{Ll}/u.test(line.text) &&
    above.text.trim().length >= 40 &&
    /(?:^|\s)\p{Ll}[\p{Ll}'’-]*,?\s*$/u.test(above.text)
  );
}

/** `records` without those on the rows `rows` were read from (a key facts box's rows: keyFactsRecords). */
function withoutRows(records: TrainingLine[], rows: readonly TrainingLine[]): TrainingLine[] {
  if (rows.length === 0) return records;
  return records.filter((r) => !rows.some((k) => r.offset < k.endOffset && k.offset < r.endOffset));
}

function leadInText(text: string, leads: LeadMention[]): LeadMention | undefined {
  const lower = text.toLowerCase();
  // A full name is found with its title or without ("Mrs Hana Brook" in "Hana Brook and Ellis Crane – …").
  let words: string | undefined;
  return leads.find((l) => {
    if (!l.name) return false;
    if (lower.includes(l.name.toLowerCase())) return true;
    const key = nameKey(l.name);
    if (!key.includes(" ")) return false;
    words ??= ` ${nameKey(text.replace(/[^\p{L}\p{N}'’.-]+/gu, " "))} `;
    return words.includes(` ${key} `);
  });
}

/**
 * A mention naming several holders of its role, one per place's item ("- North – Ann Lee, …", "- South: Tom Ure"):
 * each holder as the role's named holder, so each one's training is read as a lead's.
 */
function eachHolder(mention: LeadMention): LeadMention[] {
  if (!mention.placeNames || (mention.names?.length ?? 0) < 2) return [mention];
  return (mention.names ?? []).map((name) => ({ ...mention, name }));
}

/**
 * Training records: rows of a table with a "Course"/"Training" column, and lines such as
 * "Safeguarding Thresholds Training – January 2018" (dated anywhere, undated only under a named lead).
 */
/** A lead's line that records no training ("No safeguarding training recorded", "(list training including dates)"). */
function noneRecorded(line: Line, start: number, owner: { name?: string; role?: LeadKind }): TrainingLine {
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
  blockTables: ReadonlyArray<{ rows: Cell[][] }> = [],
  pdf = false,
  pages: readonly number[] = [],
): TrainingLine[] {
  // A table cell wrapped with `<br>` ("| Mrs Noor<br>Haddad-Lyle |") reads as one cell of words, as the lead finder
  // reads it; same length, so the leads' offsets still hold.
  // A PDF entry broken inside a bracket ("… e-learning (no date" / "given).") is read as its one line, and so is a
  // PDF list entry broken before its date ("● Ana Bell – DSL course," / "05/2025").
  const unwrapped = pdf
    ? joinDateOverPdfLines(joinBracketOverPdfLines(cellBreaksAsSpaces(text)))
    : cellBreaksAsSpaces(text);
  if (unwrapped !== text) {
    text = unwrapped;
    lines = splitLines(text);
  }
  let found: TrainingLine[] = [];
  const named = namedLeads(mentions.flatMap(eachHolder));
  const tableLines = new Set<number>();
  // "Seren completed …": a lead called by first name only, once named in full.
  const firstNames = firstNameResolver(text, named);

  // Markdown tables, and tables laid out with spaces (a pandoc simple table, a web page's table kept as text).
  for (const table of [...findTables(lines), ...alignedTables(lines)]) {
    for (const i of [table.header.index, table.header.index + 1, ...table.rows.map((r) => r.line.index)])
      tableLines.add(i);
    // "| Club | Club Welfare Officer | … | FA Safeguarding Children valid until |": each row's person's course, known
    // by the date it runs out.
    const validUntil = validUntilColumnRecords(table);
    if (validUntil.length) {
      found.push(...validUntil);
      continue;
    }
    const matrix =
      yearColumnRecords(table, lines, named) ??
      matrixRecords(table, named, () => titleCourseColumns(lines, table)) ??
      transposedMatrixRecords(table, named);
    if (matrix) {
      found.push(...matrix);
      continue;
    }
    // A header over two rows ("| Name | Role | Designated lead training | |" / "| | | Course | Completed |"): the
    // second row's words belong to the header, not to a course.
    const second = secondHeaderRow(table);
    const grouped = second ? groupedRecords(table, second) : undefined;
    if (grouped) {
      found.push(...grouped);
      continue;
    }
    // "| School | DSL | Deputy DSL | DSL training |" over "| … | Mrs A Lee | Mr B Cole / Ms C Dee | A Lee 03/2025; B Cole
    // 10/2025; C Dee 01/2026 |": each entry is the record of the person named in full in the same row.
    const perRow = rowPeopleRecords(table);
    if (perRow) {
      found.push(...perRow);
      continue;
    }
    const records = courseTableRecords(
      table,
      second,
      named,
      pdf,
      captionLead(lines, table, named),
      lineAbove(lines, table),
    );
    // "| Role | Name | Trained |" over "| … | Yes (2022) |": the leads' table says who is trained, and when.
    const trained = records.length ? [] : trainedColumnRecords(table);
    // "| Designated Officer | Deputy … |" over their names and "| Trained: Jun 2023 | … |": each column's person.
    const columns = records.length || trained.length ? [] : roleColumnRecords(table, () => mentions);
    const timeline =
      records.length || trained.length || columns.length ? [] : timelineRecords(table.rows, named, mentions);
    // "| Lead trained | 12/03/2024 |" in a key facts box: the role's holder's record; what else the row gave way.
    const keyFacts = keyFactsRecords(table, () => named);
    const read = [
      ...withoutRows(
        records.length
          ? records
          : trained.length
            ? trained
            : columns.length
              ? columns
              : timeline.length
                ? timeline
                : cellRecords(table.rows, named, firstNames),
        keyFacts,
      ),
      ...keyFacts,
    ];
    // "| DSL training (Level 3): 14 May 2025 | DSL training – date |" under a row of the leads' names: each column's
    // person's course, in the cells no other reading took.
    found.push(...read, ...roleColumnCourseRecords(table, () => mentions, read));
  }

  /** Records read from the cells of a block table that is no training table. */
  const cellFound: TrainingLine[] = [];
  /** A PDF's transposed matrices read from table blocks: page 1's part, whose rest may follow the page break. */
  const transposedBlocks: TransposedBlock[] = [];
  // Tables a reader gave as blocks (rows × cells) that the text does not show as Markdown rows: a PDF's matrix,
  // table with a header over two rows or table with a course column, its cells broken over short lines.
  for (const block of blockTables) {
    const table = tableOfBlock(block, text, lines);
    if (!table) continue;
    const second = secondHeaderRow(table);
    const direct =
      yearColumnRecords(table, lines, named) ??
      matrixRecords(table, named, () => titleCourseColumns(lines, table));
    const transposed = direct === undefined ? transposedMatrixRecords(table, named) : undefined;
    const matrix =
      direct ??
      transposed ??
      (second ? groupedRecords(table, second) : undefined) ??
      rowPeopleRecords(table) ??
      courseTableRecords(table, second, named, pdf, undefined, lineAbove(lines, table));
    if (transposed && pdf) transposedBlocks.push({ table, records: transposed });
    const trained = matrix.length ? [] : trainedColumnRecords(table);
    // The table's own reading of its leads (tableBlockLeads), read once and only when asked: the text runs a PDF's
    // row of names together, its table block keeps each name in its column.
    let blockLeads: LeadMention[] | undefined;
    const tableNamed = () => {
      blockLeads ??= tableBlockLeads(text, [block], lines, mentions);
      return blockLeads;
    };
    const columns = matrix.length || trained.length ? [] : roleColumnRecords(table, tableNamed);
    // "Lead trained | 12/03/2024" in a key facts box, its holder named by the document or by the table's own rows
    // ("Deputy lead | Tom Ure", which a PDF's text runs into the rows around it).
    const keyFacts = keyFactsRecords(table, () => [...named, ...tableNamed()]);
    if (keyFacts.length) {
      for (const record of keyFacts)
        for (
          let i = lineAt(lines, record.offset);
          i <= lineAt(lines, Math.max(record.offset, record.endOffset - 1));
          i++
        )
          tableLines.add(i);
      found.push(...keyFacts);
    }
    const records = withoutRows(
      matrix.length
        ? matrix
        : trained.length
          ? trained
          : columns.length
            ? columns
            : timelineRecords(table.rows, named, mentions),
      keyFacts,
    );
    if (records.length === 0) {
      // A policy set out in one table, as a PDF's reader gives it: a cell of named leads' records ("First name –
      // course, date."), read as a Markdown table's cell is. The table is no training table: its lines are still
      // read as lines (the records there of people the cell reader cannot place), and a line's record that a cell's
      // record covers gives way to it below.
      // A first name the table's own reading of its leads gives in full counts too ("Deputies" over two people, the
      // second's first name a common word the name library does not take for a person's): read only when a cell has
      // a record of someone the rest of the document does not name.
      const cells = withoutRows(cellRecords(table.rows, named, firstNames, tableNamed), keyFacts);
      // A box of people by column ("Designated Safeguarding Lead" | "Deputy DSLs" over each one's name and "Last DSL
      // training: 06/2024" under it): each course line is the person's above it in its column, which the text, running
      // the two columns into each line, cannot tell. The box is then read as its cells, not its lines.
      const columnCourses = roleColumnCourseRecords(table, tableNamed, [...cells, ...keyFacts]);
      if (columnCourses.length === 0) {
        cellFound.push(...cells);
        continue;
      }
      records.push(...cells, ...columnCourses);
    }
    const last = table.rows.at(-1)?.line ?? table.header;
    for (
      let i = table.header.index;
      i <= lineAt(lines, Math.max(table.header.offset, last.endOffset - 1));
      i++
    )
      tableLines.add(i);
    found.push(...records);
  }

  // A version history's rows are nobody's training, and end the block of the person above.
  for (const i of historyLines(lines)) tableLines.add(i);

  // A PDF's transposed matrix cut by a page break: the rest of its rows on the next page, as plain lines under its
  // header repeated.
  for (const block of transposedBlocks)
    found.push(...continuedTransposedMatrix(block, text, lines, tableLines, named, pages));

  // A training table in plain text (PDF): a header line, then cells broken over many short lines.
  for (const record of plainTrainingTables(
    lines,
    tableLines,
    named.map((m) => nameKey(m.name ?? "")),
  ))
    found.push(record);
  // A transposed matrix in plain text (PDF): "Course P." / "Ramaswam" / "y-Cole" / "D. O'Hare …", then each course's
  // lines and a line of its cells ("09/2025 06/2022 — — —").
  found.push(...plainTransposedMatrices(text, lines, tableLines, named));

  // Lines outside tables: each person's block of training lines, then dated lines that read as records.
  for (const record of trainingInLines(lines, mentions, named, tableLines, firstNames)) found.push(record);
  // A sentence naming the courses a lead holds, broken over lines (a PDF, a hard-wrapped text).
  // It replaces what the line reader made of its broken lines when that named nobody ("Children course in
  // March 2022." on a line of its own), or only the same person with no date ("Idris completed Level 3" / "DSL
  // training in Spring 2025.": the line reader's undated "Level 3").
  // The records read across lines are weighed against the line reader's only: "Aoife and Ciarán completed it …"
  // gives two at the same words, and the second is not cut by the first.
  const acrossLines = new Set<TrainingLine>();
  for (const record of heldAcrossLines(lines, mentions, named, tableLines, firstNames)) {
    const overlap = found.filter(
      (f) => !acrossLines.has(f) && f.offset < record.endOffset && record.offset < f.endOffset,
    );
    const samePerson = (f: TrainingLine) =>
      record.leadName !== undefined &&
      f.leadName !== undefined &&
      sameName(nameKey(f.leadName), nameKey(record.leadName));
    // A date the course is valid until, read across the lines, dates it as well as a completion does.
    const dated = record.date ?? record.dueDate;
    // "Our deputy, Ciarán Bhríde, completed the partnership's Designated Officer" / "training in 09/2024.": the line
    // reader's record of the same person on the same date whose course is the last line's words alone ("training")
    // gives way to the whole course read across the lines.
    const sameRecordCut = (f: TrainingLine) =>
      samePerson(f) &&
      f.date !== undefined &&
      record.date !== undefined &&
      f.date.offset === record.date.offset &&
      record.course.length > f.course.length &&
      record.course.toLowerCase().endsWith(f.course.toLowerCase());
    // "Tobias reported" / "that he completed the SPC course on 9 April 2025 and Time to" / "Listen on …": the line
    // reader's record of the same person on the same date, read from a line that opens mid-sentence (its course the
    // sentence's verb, the course and the next course's first words) or the same course, gives way to the sentence
    // read across the lines, which has the second course too.
    const sameRecordWhole = (f: TrainingLine) =>
      samePerson(f) &&
      f.date !== undefined &&
      record.date !== undefined &&
      f.date.offset === record.date.offset &&
      (f.course === record.course ||
        (/^\p{Ll}/u.test(text.slice(f.offset, f.offset + 1)) &&
          f.course.toLowerCase().includes(record.course.toLowerCase())));
    // "… Priya" / "Venkat: Safeguarding Essentials, 11/11/2021.": the line reader's record on the same date under the
    // surname a line's break left at its line's start, where the sentence read across the lines has the whole name.
    const cutName = (f: TrainingLine) =>
      f.leadName !== undefined &&
      record.leadName !== undefined &&
      f.date !== undefined &&
      f.date.offset === record.date?.offset &&
      text[f.offset - 1] === "\n" &&
      ` ${nameKey(`${text.slice(Math.max(record.offset, f.offset - 60), f.offset)} ${f.leadName}`)}`.endsWith(
        ` ${nameKey(record.leadName)}`,
      );
    if (
      overlap.some(
        (f) =>
          f.leadName &&
          !(samePerson(f) && !f.date && !f.dueDate && dated) &&
          !sameRecordCut(f) &&
          !sameRecordWhole(f) &&
          !cutName(f),
      )
    )
      continue;
    for (const f of overlap) found.splice(found.indexOf(f), 1);
    found.push(record);
    acrossLines.add(record);
  }
  // An email thread's messages: a lead's own words "my safeguarding course was … on DATE", "I did … on DATE" in the
  // message their "From:" line (or a reply's "Name <address> wrote:") says they wrote.
  if (MESSAGE_HEADER.test(text)) cellFound.push(...messageRecords(lines, named, tableLines, mentions));
  // A page its lead wrote ("By Winifred Ashdown-Lyle, Parish Safeguarding Officer"): the writer's own record in the
  // first person ("As for me, I did the Diocese's Leadership Pathway in April 2023").
  const author = bylineAuthor(lines, named);
  if (author) cellFound.push(...authorRecords(text, lines, author));
  // A record listed by year ("- 2022: Name – course, 9 October"): what the lines made of the same words (the whole
  // item read as an undated course) gives way to the records read with the label's year.
  // A record grouped under year lines ("- 2024:" / "  - Name – course, 10 October"): each item's day and month are in
  // its group's year.
  if (YEAR_GROUP_QUICK.test(text))
    cellFound.push(...yearGroupRecords(text, lines, tableLines, named, firstNames));
  // A diary kept under year lines ("**2025**" / "Mon 3 Feb – Name: course"): the entry's day and month are in the
  // year of the latest year line above it, until a heading ends the diary.
  let diaryYear: string | undefined;
  for (const line of lines) {
    if (tableLines.has(line.index)) continue;
    if (line.text.length <= 16 && YEAR_LINE_START.test(line.text)) {
      const year = YEAR_LINE.exec(line.text)?.[1];
      if (year) {
        diaryYear = year;
        continue;
      }
    }
    // "The deputy has not yet done any safeguarding training": the role's one named holder has none recorded.
    // The sentence may run on to the paragraph's next line ("… has not yet" / "done any safeguarding training").
    if ((line.text.includes(" not ") || line.text.includes(" no ")) && UNTRAINED_QUICK.test(line.text))
      found.push(...untrainedRoleRecords(line, lines[line.index + 1], text, named));
    if (diaryYear && HEADING_MARK.test(line.text)) diaryYear = undefined;
    else if (diaryYear) cellFound.push(...diaryRecords(line, diaryYear, named, firstNames));
    if (YEAR_ITEM_START.test(line.text)) cellFound.push(...yearItemRecords(line, named, firstNames));
  }
  // A log of dated entries under initials the document's key explains ("03/02/24 – PO – Level 3 refresher"): each
  // entry is the keyed person's record, whatever the lines made of it.
  if (INITIALS_LOG_QUICK.test(text)) cellFound.push(...initialsLogRecords(text, lines, tableLines, named));
  // A block table's cell records: what the lines made of the same words (a first name read as a lead: "Miriam –
  // DSL (Level 3)") gives way to them.
  if (cellFound.length) {
    const covered = (f: TrainingLine) =>
      cellFound.some((c) => f.offset < c.endOffset && c.offset < f.endOffset);
    found = [...found.filter((f) => !covered(f)), ...cellFound];
  }
  // "Both completed Designated Lead training: Ada in March 2025 and Ben in January 2024": each person's record on their
  // own date (dated-apart.ts); what the lines made of the sentence's dates gives way to them.
  const apart = datedApartRecords(text, lines, mentions.flatMap(eachHolder), tableLines, firstNames);
  if (apart.records.length) {
    const overlaps = (a: { offset: number; endOffset: number }, b: { offset: number; endOffset: number }) =>
      a.offset < b.endOffset && b.offset < a.endOffset;
    const readApart = (f: TrainingLine) =>
      apart.spans.some(
        (s) =>
          overlaps(f, s) &&
          (f.date
            ? s.dates.some((d) => overlaps(d, f.date as DateMatch))
            : f.offset >= s.offset && f.endOffset <= s.endOffset + 1),
      );
    found = [...found.filter((f) => !readApart(f)), ...apart.records];
  }
  // "Most of the volunteers did the awareness course together in January 2025; Kev Harrow, who runs the Friday
  // football, last did it in April 2023": the person's own record of the course just named (lastDidItRecords), its
  // subject judged below as any record's is.
  const lastDid = lastDidItRecords(text, named);
  if (lastDid.length) found = withLastDidIt(found, lastDid);
  // "- Booked:" over "  - Name – DSL refresher, 19 and 20 January 2027": the items of a group of courses still to
  // come are bookings, whichever reader read them.
  if (BOOKING_GROUP_QUICK.test(text)) markBookedGroups(text, lines, tableLines, found);
  // "Infant massage instructor (not safeguarding)": a course the policy says is not safeguarding training, in
  // whichever layout it was read.
  // "3 Training ........ 1": a contents list's entry names a section, never a record.
  const contents = findContents(lines);
  // "| GB | Safeguarding Lead course | Sept 2022 |" with "Key: GB – Gareth Bryn-Davies, Safeguarding Lead": a record
  // under initials is the person the document's key gives for them.
  // "FMcK completed the Deputy DSL course in 03/2024." with "| FMcK | Fergus McKinnon | … |": a sentence whose
  // subject is initials alone is that person's too.
  for (const record of found) {
    const initials =
      record.leadName ?? INITIALS_SUBJECT.exec(text.slice(record.offset, record.offset + 24))?.[1];
    if (!initials || !INITIALS_ALONE.test(initials)) continue;
    const full = keyedInitials(text, initials);
    if (!full) continue;
    const lead = leadInLine(full, named);
    record.leadName = lead?.name ?? full;
    if (lead?.role) record.leadRole ??= lead.role;
  }
  // "Deirdre last attended on 19/01/2023" where the policy says "report to Deirdre (the Designated Person)" of its
  // lead "Mrs. D. Okafor-Reyes": the record under the first name the policy ties to the role is that lead's
  // (first-name-tie.ts).
  for (const record of found) {
    const tied = record.leadName ? tiedLead(record.leadName.trim(), named) : undefined;
    if (!tied?.name) continue;
    record.leadName = tied.name;
    record.leadRole = tied.role;
  }
  // "| DSL (see footer) | Designated Safeguarding Lead | … |": a record under a lead's role alone is its one holder's.
  roleRecordsToHolders(found, named);
  // "The Parish Safeguarding Officer completed … in June 2023. The Vicar completed Leadership in October 2021.": a
  // dated sentence whose subject is a job the policy gives one lead is that lead's record.
  for (const record of found) {
    if (record.leadName || !record.date || record.noneRecorded) continue;
    const owner = jobSubjectOwner(text, record, mentions, named);
    if (!owner) continue;
    record.leadName = owner.name;
    record.leadRole ??= owner.role;
  }
  // "Safe Steps Level 1" where the document ties Safe Steps to safeguarding (level-pathways.ts).
  const levels = safeguardingPathways(lines);
  // "Safe to Serve": a title the policy introduces as a safeguarding course (named-courses.ts).
  const introduced = introducedCourses(lines);
  const pathway = (course: string) => levels(course) || introduced(course);
  const records = found
    .filter(
      (f) =>
        !otherSubjectBut(f.course, pathway) &&
        !(contents && f.offset >= contents.offset && f.offset < contents.end),
    )
    .sort((a, b) => a.offset - b.offset);
  return pdf ? joinCutRows(records, text, pages) : records;
}

/** "last did it in ", "last did it on ": a person's own last time of a course, its date after. */
const LAST_DID_IT = /\blast\s+did\s+it\s+(?:in|on)\s+/g;
/**
 * "Kev Harrow, who runs the Friday football, " ending where "last did it" starts: a person's name, then a clause about
 * them. Read on the window of WHO_REACH characters before "last did it" only.
 */
const WHO_CLAUSE_AT_END =
  /(?<![\p{L}'’-])(?<name>\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?),\s+who\s+[^\s,.;:!?](?:(?!\n[^\S\n]*\n)[^,.;:!?]){0,79},\s+$/u;
/** How far before "last did it" the person's name may start: two names' words and a clause of 80 characters. */
const WHO_REACH = 200;
/** The course a clause names as done: "… did the awareness course together in January 2025". */
const COURSE_DONE =
  /\b(?:did|completed|attended|took)\s+the\s+(?<course>(?:[\p{L}'’-]+\s+){0,5}(?:course|training|module))\b/giu;
/** How far before the person the sentence naming the course is read. */
const COURSE_REACH = 400;

/** The course the sentence before `at` names as done, within its paragraph and COURSE_REACH characters. */
function courseDoneBefore(text: string, at: number): string | undefined {
  const paragraph =
    text
      .slice(Math.max(0, at - COURSE_REACH), at)
      .split(/\n[^\S\n]*\n/)
      .at(-1) ?? "";
  const sentence = paragraph.split(/(?<=[.!?])\s+/).at(-1) ?? "";
  return allMatches(COURSE_DONE, sentence).at(-1)?.groups?.course;
}

/**
 * "Most of the regular volunteers did the awareness course together in January 2025; Kev Harrow, who runs the Friday
 * football, last did it in April 2023 and is booked on the next course": "it" is the course just named in the same
 * sentence, and the date after "last did it in" is that person's own record of it (a booking after it is none) — a
 * lead's, when the policy names them as one. Nothing when no course is named before in the sentence. Each "last did
 * it" is read on bounded windows around it, so a long run of them costs each its own few hundred characters.
 */
function lastDidItRecords(text: string, named: LeadMention[]): TrainingLine[] {
  const records: TrainingLine[] = [];
  for (const did of allMatches(LAST_DID_IT, text)) {
    const from = Math.max(0, did.index - WHO_REACH);
    const who = WHO_CLAUSE_AT_END.exec(text.slice(from, did.index));
    const name = who?.groups?.name;
    if (!who || !name) continue;
    const at = from + who.index;
    // The window may start inside a word: the name must start one.
    if (at > 0 && /[\p{L}'’-]/u.test(text[at - 1])) continue;
    if (peopleIn(`${name},`, 1).length === 0) continue;
    // A PDF's line break inside the course's words ("safeguarding" / "awareness course") is a space.
    const course = courseDoneBefore(text, at)?.replace(/\s+/g, " ");
    if (!course) continue;
    const dateAt = did.index + did[0].length;
    const date = findDates(text.slice(dateAt, dateAt + 40), dateAt).find((d) => d.offset === dateAt);
    if (!date) continue;
    records.push(datedRecord(at, date.endOffset, course, date, leadInLine(name, named) ?? { name }));
  }
  return records;
}

/**
 * The records read so far with the "…, who …, last did it in …" records: a record the other readers give an owner on
 * the same date stays as it is; one they read with no owner (a PDF's wrapped line "football, last did it in April
 * 2023 …") gives way to the named record, in its place. Each date looked up once.
 */
function withLastDidIt(found: TrainingLine[], extra: TrainingLine[]): TrainingLine[] {
  const owned = new Set(found.flatMap((f) => (f.leadName && f.date ? [f.date.offset] : [])));
  const added = extra.filter((e) => e.date && !owned.has(e.date.offset));
  const taken = new Set(added.map((e) => e.date?.offset));
  return [...found.filter((f) => f.leadName || !f.date || !taken.has(f.date.offset)), ...added];
}

/**
 * A sentence whose subject is "The"/"Our" and a capitalised job, then the verb of a course done: "The Parish
 * Safeguarding Officer completed …", "Our Rector attended …". Group 1: the job's words.
 */
const JOB_SUBJECT =
  /^(?:[-*•][^\S\n]+)?(?:The|Our)[^\S\n]+(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,4})[^\S\n]+(?:(?:has|had)[^\S\n]+(?:also[^\S\n]+)?)?(?:completed|attended|undertook|passed|renewed|refreshed|gained|achieved)\s/u;

/** Words compared as a role's label: one space, small letters. */
function labelWords(words: string): string {
  return words.replace(/\s+/g, " ").trim().toLowerCase();
}

/**
 * The lead a dated record is, when it opens a sentence whose subject is a job the policy gives one current lead:
 * a lead's role with the same words before it where that lead is named ("The Parish Safeguarding Officer" for "Our
 * Parish Safeguarding Officer is Mrs …", not "The Diocesan Safeguarding Officer"), or another job the text writes
 * beside that lead's name only ("the Vicar, the Revd Canon …": jobSubjectHolder). Undefined otherwise, or when the
 * record's date is in a later sentence or the record runs on past its sentence.
 */
function jobSubjectOwner(
  text: string,
  record: TrainingLine,
  mentions: readonly LeadMention[],
  named: LeadMention[],
): Owner | undefined {
  const date = record.date;
  if (!date || date.offset <= record.offset) return undefined;
  const subject = JOB_SUBJECT.exec(text.slice(record.offset, date.offset));
  if (!subject) return undefined;
  // Its date in the subject's sentence, and the record ends with that sentence: a line read on into the next
  // sentence ("… (diocese, 04/2023). The Vicar completed …") holds another's record too.
  if (/[.!?]\s/.test(text.slice(record.offset + subject[0].length, date.offset))) return undefined;
  if (/[.!?]\s+\S/.test(text.slice(date.endOffset, record.endOffset))) return undefined;
  const jobAt = record.offset + subject[0].indexOf(subject[1]);
  const jobEnd = jobAt + subject[1].length;
  const role = mentions.find(
    (m) =>
      m.offset >= jobAt &&
      m.offset < jobEnd &&
      !m.name &&
      !m.placeholder &&
      labelWords(text.slice(m.offset, jobEnd)) === labelWords(m.label),
  );
  if (!role) {
    if (mentions.some((m) => m.offset < jobEnd && m.endOffset > jobAt)) return undefined;
    return jobSubjectHolder(subject[1], text, named);
  }
  // The words before the role ("Parish"), written before it where its holder is named too.
  const qualifier = labelWords(text.slice(jobAt, role.offset));
  const holders = named.filter(
    (m) =>
      m.role === role.role &&
      !m.former &&
      labelWords(m.label) === labelWords(role.label) &&
      (qualifier === "" ||
        labelWords(text.slice(Math.max(0, m.offset - qualifier.length - 1), m.offset)) === qualifier),
  );
  const names = new Set(holders.flatMap((m) => m.names ?? (m.name ? [m.name] : [])).map(nameKey));
  return names.size === 1 && holders[0].name ? { name: holders[0].name, role: role.role } : undefined;
}

/** A line that opens with a numeric date, a dash and initials: the cheap test for a log of entries. */
const INITIALS_LOG_QUICK =
  /^[^\S\n]*(?:[-*•·][^\S\n]+)?\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[^\S\n]*(?:--|[–—-])[^\S\n]*\p{Lu}{2}/mu;
/** What follows a log entry's date: a dash, the person's initials, a dash or a colon, the course. */
const LOG_AFTER_DATE =
  /^[^\S\n]*(?:--|[–—-])[^\S\n]*(\p{Lu}(?:\p{Lu}|Ma?c\p{Lu}){1,2})[^\S\n]*(?:--|[–—:-])[^\S\n]*(\S[^\n]*?)[^\S\n]*$/u;
/** Only a bullet (or nothing) before a log entry's date. */
const LOG_BEFORE_DATE = /^[^\S\n]*(?:[-*•·][^\S\n]+)?$/;

/**
 * A training log of dated entries, people interleaved and known by their initials ("12/05/24 – PO – Level 3
 * refresher", "03/07/23 – SN – Safeguarding awareness"): an entry whose initials the document's key gives in full
 * ("PO – Priya Okonjo-Hart, Safeguarding Lead") is that person's record, dated by its date. An entry saying the
 * course is only booked ("booked onto the DSL refresher on …") is no completion; a course in another subject
 * ("Emergency first aid") is no safeguarding training; initials no key explains are nobody's known record.
 */
function initialsLogRecords(
  text: string,
  lines: Line[],
  tableLines: ReadonlySet<number>,
  named: LeadMention[],
): TrainingLine[] {
  const found: TrainingLine[] = [];
  for (const line of lines) {
    if (tableLines.has(line.index) || !/^[^\S\n]*(?:[-*•·][^\S\n]+)?\d/.test(line.text)) continue;
    // A paragraph's lines may be read as one: each entry runs from its date to the next entry's.
    const starts = allMatches(LOG_ENTRY_START, line.text).map((m) => m.index ?? 0);
    if (starts.length === 0 || !LOG_BEFORE_DATE.test(line.text.slice(0, starts[0]))) continue;
    for (const [k, at] of starts.entries()) {
      const body = line.text.slice(at, starts[k + 1] ?? line.text.length).trimEnd();
      const date = findDates(body, line.offset + at)[0];
      if (!date || date.offset !== line.offset + at) continue;
      const entry = LOG_AFTER_DATE.exec(body.slice(date.endOffset - date.offset));
      if (!entry) continue;
      const course = entry[2];
      if (BOOKING_ONLY.test(course) || !namesSafeguarding(course) || otherSubject(course)) continue;
      const full = keyedInitials(text, entry[1]);
      if (!full) continue;
      const lead = leadInLine(full, named);
      found.push({
        offset: line.offset + at,
        endOffset: line.offset + at + body.length,
        course,
        date,
        datePlaceholder: false,
        noneRecorded: false,
        leadName: lead?.name ?? full,
        leadRole: lead?.role,
      });
    }
  }
  return found;
}

/** Where a log entry starts: a numeric date, a dash, initials and a dash or a colon ("03/02/24 – PO – "). */
const LOG_ENTRY_START =
  /(?<![^\s])\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[^\S\n]*(?:--|[–—-])[^\S\n]*\p{Lu}(?:\p{Lu}|Ma?c\p{Lu}){1,2}[^\S\n]*(?:--|[–—:-])/gu;

/** An entry recording only a booking: "booked onto the DSL refresher", "planned: Level 3", "Next course: …". */
const BOOKING_ONLY = new RegExp(
  String.raw`^(?:(?:${BOOKING_WORDS})\b|${BOOKING_LABEL}|[^\n]*${BOOKED_ON})`,
  "i",
);

/** Initials standing for a person: "GB", "SKM", "DMcB" (a "Mc" or "Mac" surname's). */
const INITIALS_ALONE = /^\p{Lu}(?:\p{Lu}|Ma?c\p{Lu}){1,2}$/u;
/** A sentence whose subject is initials, then its verb of doing a course: "FMcK completed …", "RO attended …". */
const INITIALS_SUBJECT =
  /^(\p{Lu}(?:\p{Lu}|Ma?c\p{Lu}){1,2})\s+(?:(?:has|had)\s+)?(?:completed|attended|undertook|passed|renewed|refreshed)\s/u;
/** A name of two or three capitalised words, a hyphen's part or a "Mc"/"Mac" surname's inner capital allowed. */
const KEYED_WORDS =
  "(?:\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?[^\\S\\n]+){1,2}(?:Ma?c)?\\p{Lu}[\\p{Ll}'’]+(?:-\\p{Lu}[\\p{Ll}'’]+)?";
/**
 * A name after a key's initials and its dash, equals sign or colon, or in the next cell of a key table: "GB – Gareth
 * Bryn-Davies", "SK = Sunita Kaur", "| DMcB | Declan McBride |".
 */
const KEYED_NAME = new RegExp(
  `^[^\\S\\n]*(?:[–—=:|]|-(?=\\s))[^\\S\\n]*(${KEYED_WORDS})(?![\\p{L}'’-])`,
  "u",
);

/** A name after initials and a space alone, as a key table's row reads in a PDF: "DMcB Declan McBride". */
const KEYED_ROW_NAME = new RegExp(`^[^\\S\\n]+(${KEYED_WORDS})(?![\\p{L}'’-])`, "u");

/**
 * The ways a name's initials are written: its words' first letters ("GB" for "Gareth Bryn-Davies"), each hyphened
 * part's too ("GBD"), and a "Mc" or "Mac" surname's with the prefix ("DMcB" for "Declan McBride").
 */
function initialsOf(words: string[]): string[] {
  return [
    words.map((w) => w[0]).join(""),
    words
      .map((w) =>
        w
          .split("-")
          .map((p) => p[0])
          .join(""),
      )
      .join(""),
    words.map((w) => /^(?:Ma?c)?\p{Lu}/u.exec(w)?.[0] ?? "").join(""),
  ];
}

/**
 * The one full name a document's key gives for initials ("Key: GB – Gareth Bryn-Davies, …", "GB = Gareth
 * Bryn-Davies"): the initials must be those of the name's words (a double-barrelled surname's first part, or both).
 */
function keyedInitials(text: string, initials: string): string | undefined {
  const names = new Set<string>();
  for (let at = text.indexOf(initials); at >= 0; at = text.indexOf(initials, at + 1)) {
    if (/[\p{L}\d]/u.test(text[at - 1] ?? "") || /[\p{L}\d]/u.test(text[at + initials.length] ?? ""))
      continue;
    const after = text.slice(at + initials.length, at + initials.length + 80);
    const keyed = KEYED_NAME.exec(after);
    // "DMcB Declan McBride Associate; …": a key table's row as a PDF's text gives it, the initials opening the line;
    // the row's next cell may follow the name ("Jasmine Tennant Partner"), so the name may end a word sooner.
    const row = !keyed && text[at - 1] === "\n" ? KEYED_ROW_NAME.exec(after) : null;
    const all = (keyed ?? row)?.[1].split(/\s+/);
    if (!all) continue;
    const candidates = row && all.length > 2 ? [all, all.slice(0, -1)] : [all];
    const name = candidates.find((words) => initialsOf(words).includes(initials))?.join(" ");
    if (name) names.add(name);
  }
  return names.size === 1 ? [...names][0] : undefined;
}

/**
 * A timeline of key dates (| When | What |): a row whose first cell is a date and nothing else, and whose second
 * cell says someone completed a course — "| 4 February 2022 | Miss Priya Castell completed Safeguarding Awareness
 * (Level 1) |" — is that person's record, dated by the first cell. Read as the sentence "… on <date>" would be; a
 * row of anything else (the policy adopted, the next review) records no training.
 */
function timelineRecords(
  rows: ReadonlyArray<{ cells: Cell[] }>,
  named: LeadMention[],
  mentions: LeadMention[],
): TrainingLine[] {
  const found: TrainingLine[] = [];
  for (const { cells } of rows) {
    if (cells.length !== 2 || !/\b(?:completed|attended|passed|undertook)\b/.test(cells[1].text)) continue;
    const [when, what] = cells;
    const [date] = findDates(when.text, when.offset);
    if (!date || date.offset !== when.offset || date.endOffset !== when.endOffset) continue;
    const sentence = `${what.text} on ${when.text}`;
    for (const record of sentenceRecords(sentence, what.offset, named, mentions)) {
      if (!record.leadName || record.offset < what.offset || record.offset >= what.endOffset) continue;
      found.push({ ...record, offset: when.offset, endOffset: what.endOffset, date });
    }
  }
  return found;
}

/**
 * A PDF's row cut in two by a page break, each part read as a table of its own: "Mrs Ada | Designated | 06/05/2024"
 * at the foot of a page, "Lovelace-Byron | Safeguarding Lead refresher | |" at the head of the next. The second part
 * (one word in the name, no date) is the rest of the first (a title and a first name, dated) when the document
 * writes the two together as one name elsewhere ("Mrs Ada Lovelace-Byron").
 */
function joinCutRows(records: TrainingLine[], text: string, pages: readonly number[]): TrainingLine[] {
  const words = text.replace(/\s+/g, " ");
  const out: TrainingLine[] = [];
  for (const record of records) {
    const above = out.at(-1);
    const first = above?.leadName?.trim() ?? "";
    const rest = record.leadName?.trim() ?? "";
    // The page must start between the two rows when the text does not run the name on: "Mr Desmond" at the foot of
    // one page, "Oyelowo" at the head of the next under the table's header again, its footer between them.
    const pageBetween = (a: TrainingLine) =>
      pages.some((start) => start > a.offset && start <= record.offset);
    if (
      above &&
      (above.date || above.dueDate) &&
      !record.date &&
      !record.dueDate &&
      NAME_CUT.test(first) &&
      NAME_END.test(rest) &&
      (words.includes(`${first} ${rest}`) || pageBetween(above))
    ) {
      above.leadName = `${first} ${rest}`;
      if (record.course) above.course = `${above.course} ${record.course}`;
      above.endOffset = Math.max(above.endOffset, record.endOffset);
      continue;
    }
    // "Mr Ode | Child Wellbeing | 04/02/2025" at the foot of a page, "| and Protection (core) | |" at the head of the
    // next: a course cell cut by the page break, its second part starting with a joining word in lower case. The
    // page must start between the two rows: on one page, "| | on the job induction | |" is a course of its own.
    if (
      above &&
      pageBetween(above) &&
      (above.date || above.dueDate) &&
      !record.leadName &&
      !record.date &&
      !record.dueDate &&
      !record.noneRecorded &&
      CUT_COURSE_REST.test(record.course)
    ) {
      above.course = `${above.course} ${record.course.trim()}`;
      above.endOffset = Math.max(above.endOffset, record.endOffset);
      continue;
    }
    out.push(record);
  }
  return out;
}

/** A box ticked or not, or a tick: "☐", "☒", "✓", "[x]". */
const TICK_BOX = /^(?:[☐☑☒✓✔✗✘✅]|\[\s*[xX✓]?\s*\])$/u;

/** Whether a table's column holds tick boxes only (some ticked, some not), never a date or words. */
function tickColumn(rows: Table["rows"], col: number): boolean {
  const cells = rows.map((row) => plain(row.cells[col]?.text ?? "").trim()).filter((t) => t !== "");
  return cells.length > 0 && cells.every((t) => TICK_BOX.test(t));
}

/** The rest of a course's name cut by a page break: it starts with a joining word in lower case ("and Protection"). */
const CUT_COURSE_REST = /^\s*(?:and|or|of|for|in|with|to|on|&)\s+\S/;

/** A cell that repeats the cell above it: "〃", '"', "do.", "ditto", "as above", "same as above". */
const DITTO_CELL = /^(?:\\?[〃″"“”]|''|do\.|ditto\.?|(?:same\s+)?as\s+above\.?)$/iu;

/**
 * "| Lewis Ahn | Presenter | as above | as above |", "| … | 〃 | 14/01/2024 |": a cell with a ditto mark is the same
 * column's cell in the row above, that row's own ditto read first (a chain of them). The cell keeps its own place, so
 * the record and its date stay on its own row. The rows as they were when no cell is a ditto.
 */
function dittoResolved<R extends { cells: Cell[] }>(rows: R[]): R[] {
  let above: Cell[] | undefined;
  let changed = false;
  const resolved = rows.map((row) => {
    let cells = row.cells;
    for (const [i, cell] of row.cells.entries()) {
      // A literal check first: a ditto cell is a few characters.
      if (cell.text.length > 16 || !above?.[i]?.text || !DITTO_CELL.test(plain(cell.text).trim())) continue;
      if (cells === row.cells) cells = [...row.cells];
      const value = above[i].text;
      cells[i] = { text: value, offset: cell.offset, endOffset: cell.offset + value.length };
    }
    above = cells;
    if (cells === row.cells) return row;
    changed = true;
    return { ...row, cells };
  });
  return changed ? resolved : rows;
}

/**
 * "| Dylan Ashe | Youth Welfare Officer | Safeguarding Children | 18/06/2025 |" then "| | | Welfare Officer Workshop |
 * 1st Oct. 2023 |": a name cell left blank (and the role cell beside it, when the table has one) is the person of the
 * row above, as a ditto mark would say — the same person's further course, until a row names someone else. A blank
 * name beside a role of its own ("| | U14s coach (vacant) | …") is another post's row; a row with no course is no
 * further course. In a PDF only a row with a date of its own: an undated row there may be the rest of a row a page
 * break cut in two. The rows as they were when no name cell is continued.
 */
function blankNamesContinued<R extends { cells: Cell[] }>(
  rows: R[],
  nameCol: number,
  roleCol: number,
  courseCol: number,
  pdf: boolean,
): R[] {
  if (nameCol < 0) return rows;
  const blank = (cell: Cell | undefined) => plain(cell?.text ?? "").trim() === "";
  let above: Cell[] | undefined;
  let changed = false;
  const resolved = rows.map((row) => {
    let cells = row.cells;
    const name = row.cells[nameCol];
    if (
      name &&
      above &&
      !blank(above[nameCol]) &&
      blank(name) &&
      (roleCol < 0 || roleCol === nameCol || blank(row.cells[roleCol])) &&
      !blank(row.cells[courseCol]) &&
      (!pdf || row.cells.some((c) => trainingDates(c.text, c.offset, { schoolYears: true }).length > 0))
    ) {
      cells = [...row.cells];
      for (const i of roleCol >= 0 && roleCol !== nameCol ? [nameCol, roleCol] : [nameCol]) {
        const cell = row.cells[i];
        const value = above[i]?.text ?? "";
        if (cell && value)
          cells[i] = { text: value, offset: cell.offset, endOffset: cell.offset + value.length };
      }
      changed = true;
    }
    above = cells;
    return cells === row.cells ? row : { ...row, cells };
  });
  return changed ? resolved : rows;
}

/**
 * A table's records when it has a column of courses ("Course", "Training"): one per row naming a course or dated,
 * the date from a "Completed" column or the row's first date that is not a renewal's. Empty with no such column.
 */
function courseTableRecords(
  table: Table,
  second: Cell[] | undefined,
  named: LeadMention[],
  pdf = false,
  caption?: LeadMention,
  above = "",
): TrainingLine[] {
  const found: TrainingLine[] = [];
  const header = table.headerCells.map((c, i) =>
    plain(`${c.text} ${second?.[i]?.text ?? ""}`)
      .trim()
      .toLowerCase(),
  );
  const listed = dittoResolved(second ? table.rows.slice(1) : table.rows);
  // "| Tick when done | Name | Course | Date |" over "| ☒ | … |": a column of boxes to tick the row off is not when it
  // was done; the row's date is in a later column.
  const dateCol = header.findIndex(
    (h, i) =>
      /\b(?:completed|date|when|attended|done)\b/.test(h) &&
      !/\b(?:renew|expir|due|valid|next)/.test(h) &&
      !tickColumn(listed, i),
  );
  const renewCols = header.flatMap((h, i) => (/\b(?:renew|expir|due|valid|next)/.test(h) ? [i] : []));
  // "| Volunteer | DBS | Safeguarding course |": a column of vetting checks dates the check, never the course; so does
  // a column of a licence or of another subject's course ("| Coach | CRC (year) | First aid | Safeguarding course |").
  const checkCols = header.flatMap((h, i) =>
    CHECK_COLUMN_HEADER.test(h) && !/\b(?:course|training)\b/.test(h) ? [i] : [],
  );
  // "| Area | Area Safeguarding Lead | … | Designated lead training |": a column of a role's holders (role-holder-column.ts).
  const knownNames = named.flatMap((m) => (m.name ? [m.name] : []));
  const holderCol = roleHolderColumn(
    header,
    listed.map((row) => row.cells.map((c) => plain(c.text))),
    knownNames,
  );
  // The holders' column's names, with those the tagger does not know beside those it does (columnNames).
  const holderNames =
    holderCol >= 0
      ? columnNames(
          listed.map((row) => plain(row.cells[holderCol]?.text ?? "")),
          knownNames,
        )
      : knownNames;
  // The people's column found beside the roles' (peopleBesideRole): a first name alone there is its lead's full name.
  let besideRole = -1;
  const nameCol = (() => {
    // "| Rank and name | …": a uniformed group's column of names, each with its rank.
    const col = header.findIndex((h) =>
      /^(?:(?:rank|title)\s+(?:and|&)\s+)?(?:name|who|person|staff|lead|member)\b/.test(h),
    );
    if (col >= 0) return col;
    // "| Instructor | Safeguarding course | Date |" over "| Orla Devlin | … |": a column headed with the people's job
    // is their names' column when every cell in it is a person's name (not "All instructors", "Kayak leaders").
    const people = header.findIndex(peopleJobHeader);
    if (people < 0) {
      if (holderCol >= 0) return holderCol;
      besideRole = peopleBesideRole(header, listed, knownNames);
      return besideRole;
    }
    // "| Course | Session Lead | Date |" under "… led by a visiting trainer:": the one who ran each session.
    if (SCOPED_JOB_HEADER.test(header[people]) && deliveredCourses(above, header, listed, people)) return -1;
    return personsColumn(listed.map((row) => plain(row.cells[people]?.text ?? "").trim())) ? people : -1;
  })();
  // "| Staff member | Level | Completed | Expires |": a record of each person's training by its level, the course
  // column headed "Level" — only beside a person's column and a column of completion dates (a "| Concern | Level |"
  // table is no record of anyone's training).
  // "| Name | Role | Safeguarding in Passenger Transport | PA course (not safeguarding) |": the column whose header
  // says it is not safeguarding is no course column; the one headed for a safeguarding course is, when there is one.
  const notSafeguarding = (h: string) => h.replace(NOT_SAFEGUARDING, " ") !== h;
  const safeguardingCol = header.findIndex(
    (h, i) =>
      i !== nameCol &&
      i !== dateCol &&
      !renewCols.includes(i) &&
      SAFEGUARDING_SUBJECT.test(h) &&
      !notSafeguarding(h),
  );
  const courseHeaderCol = (() => {
    const first = header.findIndex((h) => /\b(?:course|training)\b/.test(h));
    const col =
      first >= 0 && notSafeguarding(header[first]) && safeguardingCol >= 0 ? safeguardingCol : first;
    if (col >= 0 || nameCol < 0 || dateCol < 0 || !/\bcompleted\b/.test(header[dateCol])) return col;
    const level = header.findIndex((h) => /^(?:(?:training|safeguarding)\s+)?level$/.test(h));
    // "| Site | Club Safeguarding Lead | Phone | Level 3 completed |" over bare dates: the completion column's header
    // names the course, each row's holder's (only beside a column of a safeguarding role's holders).
    if (level >= 0 || nameCol !== holderCol) return level;
    return levelCompletedCourse(table.headerCells[dateCol]?.text ?? "") ? dateCol : -1;
  })();
  /** The course a "Level 3 completed" header names, when the course's column is that date column. */
  const courseInDateHeader =
    courseHeaderCol >= 0 && courseHeaderCol === dateCol
      ? levelCompletedCourse(table.headerCells[dateCol]?.text ?? "")
      : undefined;
  // "| Member | Award | Awarded |", or a CPD log's "| Date | Activity | Provider | Hours |" under a caption naming
  // its person: a column of anything a person did or holds, only some of it safeguarding training. Read only with
  // its people (a column of names, or the caption's lead), and only its rows that name a safeguarding course.
  // "| Item | Last done | Next due | Status |" over "| DSL training – Name | 18/11/2024 | … |": a checklist of dated
  // items, some of them a named lead's course. Read only its rows that name a safeguarding course and a named lead.
  const itemCol =
    courseHeaderCol < 0 && nameCol < 0 && caption === undefined && dateCol >= 0
      ? header.findIndex((h) => ITEM_HEADER.test(h))
      : -1;
  const activityOnly = (courseHeaderCol < 0 && (nameCol >= 0 || caption !== undefined)) || itemCol >= 0;
  const courseCol =
    itemCol >= 0
      ? itemCol
      : activityOnly
        ? header.findIndex((h) => ACTIVITY_HEADER.test(h))
        : courseHeaderCol;
  if (courseCol < 0) return [];
  // "| Staff member | Level | Completed |" over "| Amira | Level 3 Early Years Educator | June 2015 |": a column headed
  // "Level" alone holds safeguarding levels only when a cell names safeguarding; a row whose level is in another
  // subject ("Level 2 Childcare") is a qualification, not safeguarding training.
  const levelOnly = header[courseCol] === "level";
  if (levelOnly && !listed.some((row) => SAFEGUARDING_SUBJECT.test(plain(row.cells[courseCol]?.text ?? ""))))
    return [];
  // "| Rank and name | Appointment | …": a uniformed group's word for the role.
  const roleCol = header.findIndex((h) => /\b(?:role|appointment)\b/.test(h));
  const rows = blankNamesContinued(listed, nameCol, roleCol, courseCol, pdf);
  // "| Course | Course volunteer | Event director |" over "| Riverside Meadows | … |": a column of running courses,
  // golf courses, river courses — places, not training. Only a table that reads as a training record counts: a
  // column headed "Training", a date column, a date in a row, or a course cell that names training.
  if (
    !/\btraining\b/.test(header[courseCol] ?? "") &&
    dateCol < 0 &&
    renewCols.length === 0 &&
    !rows.some((row) =>
      row.cells.some((c, i) => {
        const t = plain(c.text);
        if (
          i === courseCol &&
          (COURSE_WORD.test(t) || OTHER_SUBJECT.test(t) || /^(?:none|not recorded)\b/i.test(t))
        )
          return true;
        return NONE_RECORDED.test(t) || trainingDates(c.text, c.offset, { schoolYears: true }).length > 0;
      }),
    )
  )
    return [];
  let previousRow: (typeof rows)[number] | undefined;
  const rolesRead = new Map<string, LeadKind | undefined>();
  for (const [index, row] of rows.entries()) {
    const course = row.cells[courseCol];
    if (!course) continue;
    const courseText = plain(course.text);
    if (levelOnly && !SAFEGUARDING_SUBJECT.test(courseText) && LEVEL_OTHER_WORDS.test(courseText)) continue;
    if (activityOnly && !safeguardingActivity(courseText)) continue;
    const noneRecorded = NONE_RECORDED.test(courseText) || /^(?:none|not recorded)\b/i.test(courseText);
    let date: DateMatch | undefined;
    let dateCell: (typeof row.cells)[number] | undefined;
    // "Expires: 03/2025", "Valid until 11/2027" in a cell whose column does not say so: the end of the course's
    // validity, never the date it was done.
    let due: DateMatch | undefined;
    const dueIn = (cell: (typeof row.cells)[number], d: DateMatch) =>
      DUE_BEFORE.test(plain(cell.text.slice(0, d.offset - cell.offset)));
    if (dateCol >= 0) {
      dateCell = row.cells[dateCol];
      date = dateCell
        ? (trainingDates(dateCell.text, dateCell.offset, { schoolYears: true })[0] ?? yearAlone(dateCell))
        : undefined;
      if (date && dateCell && dueIn(dateCell, date)) [due, date] = [date, undefined];
    } else {
      for (const [i, cell] of row.cells.entries()) {
        // A column headed "(not safeguarding)" dates its own course, never the safeguarding one. A date in the people's
        // column is the person's ("Mina Rowe (joined March 2019)"), never the course's.
        if (
          renewCols.includes(i) ||
          (checkCols.includes(i) && i !== courseCol) ||
          (i === nameCol && i !== courseCol) ||
          notSafeguarding(header[i] ?? "")
        )
          continue;
        date = trainingDates(cell.text, cell.offset, { schoolYears: true })[0];
        dateCell = cell;
        if (date && dueIn(cell, date)) {
          due ??= date;
          date = undefined;
        }
        if (date) break;
      }
    }
    // "Last: 03/2024<br>Next due: 03/2026": the cell's completion, then when it falls due again.
    const nextDue = date && dateCol < 0 && dateCell ? dueAfter(dateCell, date) : undefined;
    // "| Name | Course | Refresher due |" with no completion date: the row's date in a renewal column is when the
    // course falls due again (training-stale's once it has passed), never an undated record.
    // A table with a completion column says nothing here ("| | booked 14.01.27 |" is a plan, not a due date).
    if (!date && !due && dateCol < 0)
      for (const i of renewCols) {
        const cell = row.cells[i];
        if (!cell || /\b(?:booked|planned|scheduled)\b/i.test(cell.text)) continue;
        due = trainingDates(cell.text, cell.offset)[0];
        if (due) break;
      }
    const planned =
      date !== undefined &&
      dateCell !== undefined &&
      PLANNED_BEFORE.test(plain(dateCell.text.slice(0, date.offset - dateCell.offset)));
    const nameText =
      nameCol < 0
        ? ""
        : nameCol === holderCol
          ? holderName(plain(row.cells[nameCol]?.text ?? ""), holderNames)
          : nameCol === besideRole
            ? fullNameOfFirst(plain(row.cells[nameCol]?.text ?? "").trim(), knownNames)
            : plain(row.cells[nameCol]?.text ?? "");
    const lead: Owner | undefined = nameText
      ? undefined
      : (leadInText(row.line.text, named) ??
        (nameCol < 0
          ? (initialledLeadInCells(row.cells, courseCol, named) ??
            titledSurnameLead(courseText, named) ??
            caption)
          : undefined));
    const roleText = roleCol >= 0 ? (row.cells[roleCol]?.text ?? "") : "";
    if (!courseText && !date && !due) continue;
    // Under "Level 3 completed", a row with no date there ("—") records no course: its holder has none on record.
    // "Yes – certificate on file", "Completed", "✓" answers that it was completed: a record with no date.
    if (courseInDateHeader && !date && !DONE_ANSWER.test(courseText)) continue;
    if (itemCol >= 0 && !lead?.name) continue;
    // "| Chair | Declan Rafferty | — | — |": a dash names no course; "| … | to be booked | — |" a course still to book,
    // which is no record (a lead with nothing else has no training).
    if (!date && !due && NO_COURSE_CELL.test(courseText)) continue;
    // "| District Safeguarding Contact | District Lead Volunteer | … | none |": a job in the name column with no course
    // is no person missing training (the job is filled elsewhere, by someone the policy does not name).
    if (!date && !due && noneRecorded && nameText && jobNotPerson(nameText)) continue;
    // "| Level 2 Award in Floristry | 2019 | not a safeguarding course |": a note in another cell that says the
    // course is not safeguarding training.
    const note = row.cells
      .filter((c, i) => i !== courseCol && plain(c.text).replace(NOT_SAFEGUARDING, " ") !== plain(c.text))
      .map((c) => plain(c.text))
      .join(" ");
    if (note && otherSubject(`${courseText} ${note}`)) continue;
    // "| All coaches | Safeguarding awareness | at induction | every 3 years |": a rule for a group, not a record of
    // anyone's training; undated, it says when the course is due, never that a date is missing.
    // "| Teaching staff | … | each September | every year |": a group's row whose only "date" is a time that comes
    // round again is the same rule.
    // "| All volunteers | Safeguarding refresher | September 2026 |" under "Renewal due", "| Refresher | Volunteer team
    // | September 2026 |": a month a group's course falls due is a plan for whoever is in it, not a person's record.
    // "| All staff | Safeguarding Level 1 | 14/03/2018 |" under "Completed": a past completion is the group's record,
    // stale like anyone's, not a rule.
    const completed =
      date !== undefined &&
      !planned &&
      dateCol >= 0 &&
      /\b(?:completed|attended|done)\b/.test(header[dateCol]);
    if (!completed && groupRow(row.cells, courseCol, nameCol, date !== undefined || due !== undefined))
      continue;
    // The role column's words, read once for each different cell ("DSL" all down the column), and only for a row
    // that is read on.
    if (!rolesRead.has(roleText))
      rolesRead.set(roleText, roleText ? findLeadMentions(roleText)[0]?.role : undefined);
    const rowRole = rolesRead.get(roleText);
    // "| Safeguarding Level 1 | Hollowmere Council | every 3 years |": a table with no person in it whose row gives only
    // how often the course comes round is what each role completes, not an undated record.
    if (
      !date &&
      !due &&
      nameCol < 0 &&
      !lead &&
      !rowRole &&
      row.cells.some((c, i) => i !== courseCol && RECURRING_TIME.test(plain(c.text)))
    )
      continue;
    // "| Every volunteer repeats safeguarding training at induction and each January. |": a course cell that is itself
    // a rule for a group (the group its subject, a time that comes round again in it) names nobody's record.
    if (
      !date &&
      !due &&
      nameCol < 0 &&
      !lead &&
      !rowRole &&
      GROUP_SUBJECT.test(courseText) &&
      RECURRING_TIME.test(courseText)
    )
      continue;
    // "| Ms Delphine | Main School | Designated | 11/11/2025 |" then "| Achterberg | | Safeguarding Lead (new to role) |
    // |": a row a page break cut in two (a PDF); the second part is the rest of the first, not a person of its own.
    // Only a PDF has page breaks: a Markdown table's "| Miss Sarah | … |" then "| Kasia | … | |" is two people.
    const previous = found.at(-1);
    if (
      pdf &&
      !date &&
      !due &&
      nameCol >= 0 &&
      previous &&
      previousRow !== undefined &&
      previousRow === rows[index - 1] &&
      restOfRow(previousRow.cells, row.cells, nameCol, courseCol)
    ) {
      if (!BRACKETED_NOTE.test(nameText.trim())) previous.leadName = `${previous.leadName} ${nameText}`;
      if (courseText) previous.course = `${previous.course} ${courseText}`;
      previous.endOffset = Math.max(previous.endOffset, row.line.endOffset);
      previousRow = row;
      continue;
    }
    // "support worker) | Children |" under a header repeated at the top of the next page: the rest of a row the page
    // break cut in two, in a table of its own (a PDF). Its name cell starts inside the words of the row above (a
    // small letter, a bracket's close): no person's record.
    if (pdf && !date && !due && nameCol >= 0 && /^[\p{Ll})\]]/u.test(nameText.trim())) continue;
    previousRow = row;
    found.push({
      offset: row.line.offset,
      endOffset: row.line.endOffset,
      // "| Deputy | Dev Ansari | Booked for Jan 2027 |": a booking in the course column names no course; "Level 3
      // booked for …" names the course booked, without the booking's words.
      course: courseInDateHeader
        ? courseInDateHeader
        : date && dateCol < 0
          ? // "| … | Champion training |" over "| … | 09/2023 |" beside a role's holders: the date alone, the course
            // the column's header names.
            courseOfCell(lastNextCourse(courseText, nextDue), date.text, planned) ||
            (nameCol >= 0 && (nameCol === holderCol || courseCol === safeguardingCol)
              ? headerCourse(table, courseCol, holderCol)
              : "")
          : itemCol >= 0 && lead?.name
            ? withoutName(courseText, lead.name)
            : courseText,
      date,
      // "| Sister Ann Rowe | Level 3 | – date |": the date cell left to fill in, as a course line's "– date".
      datePlaceholder:
        DATE_PLACEHOLDER.test(` ${courseText}`) ||
        (!date && dateCol >= 0 && DATE_PLACEHOLDER.test(` ${plain(row.cells[dateCol]?.text ?? "")}`)),
      noneRecorded,
      leadName: nameText || lead?.name,
      leadRole: rowRole ?? lead?.role,
      ...(planned ? { planned } : {}),
      ...(due && !date ? { dueDate: due } : {}),
      ...(date && !planned
        ? nextDue
          ? { expires: nextDue, renewalDue: true }
          : expiryOfRow(row.cells, header, dateCol, date)
        : {}),
    });
  }
  return found;
}

/** A cell's label before its completion date: "Last:", "Last trained:", "Last completed –". */
const LAST_LABEL = /^last(?:\s+(?:trained|completed|attended|done))?\s*[:–—-]\s*/i;
/** A due date's label at the end of the words before it: "Next due:", "Renewal due", "due by". */
const DUE_LABEL_AT_END = /\b(?:(?:next|renewal|refresher)\s+)?due(?:\s+(?:by|on|in))?\s*(?::\s*)?$/i;

/**
 * The date a table cell says its course falls due again, after the completion date `done` in the same cell ("Last:
 * 03/2024 Next due: 03/2026"): only a date later than the completion, its label one of falling due (DUE_BEFORE).
 */
function dueAfter(cell: Cell, done: DateMatch): DateMatch | undefined {
  const from = done.endOffset - cell.offset;
  const due = dueDate(cell.text.slice(from), done.endOffset);
  return due && due.date.last > done.date.last ? due : undefined;
}

/**
 * A course cell's words without the labels of its dates: "Last: 02/2025 (designated teacher course)" is the
 * "(designated teacher course)" done on 02/2025, and "Last: 03/2024 Next due: 03/2026" names no course.
 */
function lastNextCourse(courseText: string, due: DateMatch | undefined): string {
  let words = courseText.replace(LAST_LABEL, "");
  const at = due ? words.indexOf(due.text) : -1;
  if (due && at >= 0)
    words = `${words.slice(0, at).replace(DUE_LABEL_AT_END, "")} ${words.slice(at + due.text.length)}`;
  return words.trim();
}

/**
 * A header's words of booking at its end, no part of the course's name: "Champion training booked for", "… due",
 * "… planned", "… (booked for)", "… scheduled for" (read on the header's trimmed words).
 */
const HEADER_BOOKING_WORDS =
  /(?<![\p{L}])\(?(?:booked|due|planned|scheduled)(?:\s+(?:for|on|in|by))?\)?[:.]?$/iu;

/** A header's words without its booking words at the end, nor the dashes, commas or bracket before them. */
function withoutBookingWords(header: string): string {
  const words = header.trim();
  const booking = HEADER_BOOKING_WORDS.exec(words);
  if (!booking) return words;
  // Character by character, not by a pattern: a long run of commas or spaces is read once.
  let end = booking.index;
  while (end > 0 && /[\s,;:–—(-]/u.test(words[end - 1])) end--;
  return words.slice(0, end);
}

/**
 * The course a training column's header names, for its cells that hold a date alone beside a role's holders: "Champion
 * training" under a "Safeguarding Champion" column is the Safeguarding Champion training; a header that names
 * safeguarding itself ("DSL training") is the course as it stands. Without the header's booking words
 * (withoutBookingWords): "Champion training booked for" names the Champion training.
 */
function headerCourse(table: Table, courseCol: number, holderCol: number): string {
  const course = withoutBookingWords(plain(table.headerCells[courseCol]?.text ?? ""));
  if (SAFEGUARDING_SUBJECT.test(course) || CHILDREN_PROTECTED.test(course)) return course;
  const role = plain(table.headerCells[holderCol]?.text ?? "").trim();
  const last = role.split(/\s+/).at(-1)?.toLowerCase() ?? "";
  return last && course.toLowerCase().startsWith(`${last} `) ? `${role}${course.slice(last.length)}` : course;
}

/**
 * A cell under a "Level 3 completed" header that answers that the course was done, with no date: "Yes", "Completed",
 * "Done", "✓", "Yes – certificate on file", "Completed (certificate seen)", "Yes, certificate held".
 */
const DONE_ANSWER =
  /^\s*(?:yes|y|completed|complete|done|[✓✔☑])(?:\s*[–—,;:(-]\s*(?:certificate|cert\.?)\s+(?:on\s+file|seen|held|received|checked|verified|in\s+(?:file|folder|records?))\s*\)?)?\s*\.?\s*$/iu;

/**
 * A completion column's header that names a safeguarding level before "completed": "Level 3 completed", "DSL Level 3
 * completed", "Safeguarding Level 2 completed".
 */
const LEVEL_COMPLETED_HEADER =
  /^(?<course>(?:(?:safeguarding|dsl|designated\s+lead|child\s+protection)\s+)?level\s+[1-4])\s+(?:completed|date\s+completed)$/i;

/** The course a "Level 3 completed" header names ("Level 3"), if it is one. */
function levelCompletedCourse(header: string): string | undefined {
  return LEVEL_COMPLETED_HEADER.exec(plain(header).replace(/[*_]/g, "").trim())?.groups?.course;
}

/** A row's column of training entries: "DSL training", "Training", "Lead course (month)". */
const ROW_TRAINING_HEADER = /\b(?:training|trained|courses?)\b/;
/** A column of people by their job, or by their name: "Coach", "Name", "Staff". */
const ROW_NAME_HEADER = /^(?:(?:full\s+)?names?|who|persons?|people|staff)$/;
/**
 * A surname: "Quennell", "Adebayo-Marsh", "O'Dowd", "McKay" — a capital, then a small letter somewhere. The letters
 * before the first small one are other letters, so that no run of letters can be split two ways (linear time).
 */
const ROW_SURNAME = /^\p{Lu}['’]?[^\P{L}\p{Ll}]*\p{Ll}[\p{L}'’-]*$/u;
/** A given name written in full: "Bethan", "Jean-Luc". */
const ROW_GIVEN = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
/** Initials: "B", "B.", "B.J.", "BJ". */
const ROW_INITIALS = /^(?:\p{Lu}\.?){1,3}$/u;
/**
 * Between the people of one cell: "A / B", "A; B", "A & B", "A and B", "A, B". Starts only where a run of spaces
 * starts, so a long run is read once, not once from each of its spaces.
 */
const ROW_PEOPLE_APART = /(?<!\s)\s*(?:[/;,&]|\band\b)\s*/u;
/** A training cell with no entry in it: blank, a dash, "TBC", "n/a". */
const ROW_NO_ENTRY = /^(?:[-–—.\s]*|n\/?a|tbc|tba|none)$/i;
/** A job title in brackets after a name in a people's cell: "Mrs Ann Lee (Head of School)". */
const ROW_JOB_IN_BRACKETS = /\([^()\n]{0,60}\)/g;
/**
 * A training entry's label that names a role, not a person: "DSL 06/2024", "deputy 10/02/2025", "deputies 09/2024,
 * 21/04/2026" (the plural dates each of the row's deputies in turn).
 */
const ROW_ROLE_LABEL =
  /^(?:(?<dsl>dsl|lead|designated\s+safeguarding\s+lead)|(?<deputy>deputy|ddsl|deputy\s+dsl|deputy\s+designated\s+safeguarding\s+lead)(?<plural>s)?|(?<deputies>deputies))$/i;

/** The role a training entry's label stands for, and whether it dates several people ("deputies"). */
function rowRoleLabel(words: string): { role: LeadKind; plural: boolean } | undefined {
  const groups = ROW_ROLE_LABEL.exec(words.trim())?.groups;
  if (!groups) return undefined;
  if (groups.dsl) return { role: "dsl", plural: false };
  return { role: "deputy", plural: Boolean(groups.plural || groups.deputies) };
}

interface RowPerson {
  /** As written, with its title: "Mrs Lorna Quennell". */
  name: string;
  /** The words before the surname, without the title: full given names or initials. */
  given: string[];
  surname: string;
  role?: LeadKind;
}

/** A name's parts: a title, up to three given names or initials, a surname. `full`: at least one given name. */
function rowNameParts(words: string, full: boolean): { given: string[]; surname: string } | undefined {
  const tokens = words.trim().split(/\s+/).filter(Boolean);
  while (tokens.length > 1 && NAME_TITLE.test(tokens[0])) tokens.shift();
  const surname = tokens.pop();
  if (!surname || !ROW_SURNAME.test(surname) || tokens.length > 3) return undefined;
  if (!tokens.every((t) => ROW_GIVEN.test(t) || ROW_INITIALS.test(t))) return undefined;
  if (full && !tokens.some((t) => ROW_GIVEN.test(t))) return undefined;
  return { given: tokens, surname };
}

/** A given name's initials: "Bethan" → "B", "B.J." → "BJ". */
function rowInitials(given: readonly string[]): string {
  return given.map((g) => (ROW_GIVEN.test(g) ? g[0] : g.replace(/\./g, ""))).join("");
}

/** Whether an entry's name ("L Quennell", "Lorna Quennell", "Quennell") is the person's. */
function rowNameFits(entry: { given: string[]; surname: string }, person: RowPerson): boolean {
  const fold = (w: string) => w.replace(/[’']/g, "").toLowerCase();
  if (fold(entry.surname) !== fold(person.surname)) return false;
  if (!rowInitials(person.given).startsWith(rowInitials(entry.given))) return false;
  // A given name in full is the person's own, not another name with its initial.
  return entry.given.every((g, i) => !ROW_GIVEN.test(g) || fold(g) === fold(person.given[i] ?? ""));
}

/**
 * A table of units, one row each (a school, a site), its people named in full in columns of roles ("DSL", "Deputy
 * DSL") and one column of their training, an entry for each by initial and surname with its date: "| Ashby Primary |
 * Mrs Ann Lee | Mr Tom Bell / Ms Jo Roe | A Lee 03/2025; T Bell 10/2025; J Roe 01/2026 |". Each entry is the record of
 * the one person in its row whose surname and initials it gives, with the role of the column that names them, the
 * course the training column's header. Only when every entry of the column reads so (a name, then its date) and fits
 * one person of its row, and none is left over: undefined otherwise, for the other readers.
 */
function rowPeopleRecords(table: Table): TrainingLine[] | undefined {
  const header = table.headerCells.map((c) => plain(c.text).trim());
  const trainingCols = header.flatMap((h, i) => (ROW_TRAINING_HEADER.test(h.toLowerCase()) ? [i] : []));
  if (trainingCols.length !== 1) return undefined;
  const [col] = trainingCols;
  // The columns of people: a role's ("DSL", "Deputy DSL") or a name's.
  const peopleCols = header.flatMap((h, i) => {
    if (i === col) return [];
    const role = findLeadMentions(h)[0]?.role;
    return role || ROW_NAME_HEADER.test(h.toLowerCase()) ? [{ i, role }] : [];
  });
  if (peopleCols.length === 0) return undefined;
  // A cheap test first: a cell of the column with digits straight after a capitalised word ("Carrow 03/2025"),
  // the word read from its start only and capped, so that a long run of capitals is read in linear time.
  const datedWord = /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]{0,40}\s+\d/u;
  if (!table.rows.some((row) => datedWord.test(row.cells[col]?.text ?? ""))) return undefined;
  const records: TrainingLine[] = [];
  for (const row of table.rows) {
    const cell = row.cells[col];
    if (!cell || ROW_NO_ENTRY.test(plain(cell.text))) continue;
    const people: RowPerson[] = peopleCols.flatMap(({ i, role }) =>
      plain(row.cells[i]?.text ?? "")
        .replace(ROW_JOB_IN_BRACKETS, "")
        .split(ROW_PEOPLE_APART)
        .flatMap((name) => {
          const parts = rowNameParts(name, true);
          return parts ? [{ name: name.trim(), ...parts, ...(role ? { role } : {}) }] : [];
        }),
    );
    const dates = trainingDates(cell.text, cell.offset);
    if (dates.length === 0 || people.length === 0) return undefined;
    let from = cell.offset;
    /** The people a plural role label ("deputies 09/2024, 21/04/2026") still has dates to come for, in order. */
    let toDate: RowPerson[] = [];
    for (const date of dates) {
      const words = cell.text.slice(from - cell.offset, date.offset - cell.offset);
      const apart = /^[\s;,]*/.exec(words)?.[0].length ?? 0;
      // "B Carrow (03/2025)": the date in brackets.
      const name = plain(trimEndWhere(words.slice(apart), /[\s,:(–—-]/u));
      const label = rowRoleLabel(name);
      let person: RowPerson | undefined;
      if (name === "" && toDate.length > 0) person = toDate.shift();
      else if (toDate.length > 0) return undefined;
      else if (label) {
        // "DSL 06/2024": the row's one DSL; "deputies 09/2024, 21/04/2026": its deputies in the order named.
        const holders = people.filter((p) => p.role === label.role);
        if (holders.length === 0 || (!label.plural && holders.length !== 1)) return undefined;
        [person, ...toDate] = holders;
      } else {
        const entry = rowNameParts(name, false);
        if (!entry) return undefined;
        const fits = people.filter((p) => rowNameFits(entry, p));
        if (new Set(fits.map((p) => nameKey(p.name))).size !== 1) return undefined;
        [person] = fits;
      }
      if (!person) return undefined;
      const end =
        date.endOffset + (/^\s*\)/.exec(cell.text.slice(date.endOffset - cell.offset))?.[0].length ?? 0);
      records.push({
        offset: from + apart,
        endOffset: end,
        course: header[col],
        date,
        datePlaceholder: false,
        noneRecorded: false,
        leadName: person.name,
        ...(person.role ? { leadRole: person.role } : {}),
      });
      from = end;
    }
    // Fewer dates than the people a plural label stands for: whose is which is not said.
    if (toDate.length > 0) return undefined;
    if (!/^[\s.;,]*$/.test(cell.text.slice(from - cell.offset))) return undefined;
  }
  return records.length > 0 ? records : undefined;
}

/** A column of what people did or hold, some of it training: "Activity", "CPD activity", "Award", "Qualification". */
const ACTIVITY_HEADER = /^(?:(?:cpd|learning)\s+)?(?:activit(?:y|ies)|awards?|qualifications?)$/;

/** A checklist's column of things done: "Item", "Task", "Check", "Action". */
const ITEM_HEADER = /^(?:items?|tasks?|checks?|actions?)$/;

/**
 * A line's words without its person's name, as the document gives it or without its title ("Mr Ivo Hale" is "Ivo
 * Hale – Level 2 – due 06/2026" on the line): what is left is the course and its dates.
 */
function withoutOwnName(words: string, name: string): string {
  return withoutName(withoutName(words, name), name.replace(TITLE_AT_START, "").trim());
}

/** A course's words without the person's name they give ("DSL training – Name" → "DSL training"). */
function withoutName(course: string, name: string): string {
  const at = course.toLowerCase().indexOf(name.toLowerCase());
  if (at < 0) return course;
  return `${course.slice(0, at)} ${course.slice(at + name.length)}`
    .replace(/\s*(?:--|[–—:,(-])\s*$/, "")
    .replace(/^\s*(?:--|[–—:,)-])\s*/, "")
    .replace(/\s{2,}/g, " ")
    .trim();
}

/** A course cell that opens with a title and a surname, then a dash: "Dr Quill-Amberly – DSL training, …". */
const TITLED_SURNAME_START = new RegExp(
  `^\\s*(?:${TITLE_PATTERN})\\.?\\s+(\\p{Lu}[\\p{L}'’-]+)\\s*(?:--|[–—:,-])\\s`,
  "u",
);

/**
 * The named lead a course cell opens with by title and surname alone ("Dr Quill-Amberly – DSL training, 14/10/2024"
 * with "Designated Safeguarding Lead: Dr Helena Quill-Amberly"): only when one named lead has that surname.
 */
function titledSurnameLead(course: string, named: LeadMention[]): LeadMention | undefined {
  const surname = TITLED_SURNAME_START.exec(course)?.[1]?.toLowerCase();
  if (!surname) return undefined;
  const leads = named.filter((l) => {
    const words = l.name?.trim().split(/\s+/) ?? [];
    return words.length >= 2 && words.at(-1)?.toLowerCase() === surname;
  });
  return leads.length > 0 && leads.every((l) => sameName(nameKey(l.name ?? ""), nameKey(leads[0].name ?? "")))
    ? leads[0]
    : undefined;
}

/**
 * A row of such a column that is safeguarding training: a course's word and safeguarding's own words
 * ("Safeguarding awareness (online)", "Designated Safeguarding Lead course"), or a safeguarding course known by its
 * name ("Time to Listen"); never another subject ("Pool Lifeguard Qualification", "Powerboat Level 2"), nor a level
 * alone ("Jazz Education Level 3 certificate": a level in such a column is any subject's).
 */
function safeguardingActivity(words: string): boolean {
  return (
    ((COURSE_WORD.test(words) && (SAFEGUARDING_SUBJECT.test(words) || CHILDREN_PROTECTED.test(words))) ||
      SAFEGUARDING_COURSE_NAME.test(words)) &&
    !otherSubject(words)
  );
}

/**
 * The lead a table's caption names, when the caption says the table is that person's record of training: the line
 * just above it (a blank line between at most), short, naming one lead ("**Hywel Prothero — CPD log**", "Training
 * record: Jess Amadi").
 */
function captionLead(lines: Line[], table: Table, named: LeadMention[]): LeadMention | undefined {
  let i = table.header.index - 1;
  if (i >= 0 && lines[i].text.trim() === "") i--;
  const caption = i >= 0 ? plain(lines[i].text).trim() : "";
  if (caption === "" || wordsIn(caption) > 12 || !/\b(?:CPD|training)\b/i.test(caption)) return undefined;
  if (caption.includes("|")) return undefined;
  const lead = leadInText(caption, named);
  if (!lead?.name) return undefined;
  // "Hywel Prothero and Jess Amadi — CPD log": two people, whose rows the table does not tell apart.
  const others = named.filter((m) => m.name && !sameName(nameKey(m.name), nameKey(lead.name ?? "")));
  return leadInText(caption, others) ? undefined : lead;
}

/** A course cell's course and its date after a colon, a dash or a comma: "DSL training (Level 3): 14 May 2025". */
const COURSE_THEN_DATE = /^(.+?)\s*(?::|,|\s(?:--|[–—-]))\s*$/;

/**
 * A box of people by column (trained-column.ts, roleColumnRecords: a header row of roles over a row of their names,
 * then rows of their details) whose cell is a safeguarding course and its date — "Designated Safeguarding Lead
 * training (Level 3): 14 May 2025", "Deputy DSL training – 02/2024" — or the course with its date left to fill in
 * ("Designated Safeguarding Lead training – date"): the record of the column's one named person. A cell another
 * reading of the table took (`taken`), a course in another subject or a cell of more than the course and its one
 * date is left alone.
 */
function roleColumnCourseRecords(
  table: Table,
  leads: () => readonly LeadMention[],
  taken: readonly TrainingLine[],
): TrainingLine[] {
  const found: TrainingLine[] = [];
  const columnPerson = columnPeople(table, leads);
  for (const [r, row] of table.rows.entries())
    for (const [c, whole] of row.cells.entries()) {
      // A cheap test first: most cells name no course.
      if (!COURSE_WORD.test(plain(whole.text))) continue;
      // "Mr L. Faraday (SENCo) Last DSL training: 06/2024": each person's words in the cell, after their name.
      for (const { rest: cell } of cellPieces(whole)) {
        if (!cell) continue;
        const words = plain(cell.text).replace(/\s+/g, " ").trim();
        if (!COURSE_WORD.test(words)) continue;
        if (taken.some((t) => t.offset < cell.endOffset && t.endOffset > cell.offset)) continue;
        let course: string | undefined;
        let date: DateMatch | undefined;
        if (DATE_PLACEHOLDER.test(` ${words}`)) course = ` ${words}`.replace(DATE_PLACEHOLDER, "").trim();
        else {
          const dates = findDates(cell.text, cell.offset);
          if (dates.length !== 1) continue;
          const shown = plain(dates[0].text).trim();
          if (!words.replace(/[.;]$/, "").endsWith(shown)) continue;
          course = COURSE_THEN_DATE.exec(words.replace(/[.;]$/, "").slice(0, -shown.length))?.[1];
          date = dates[0];
        }
        if (!course || !COURSE_WORD.test(course) || !namesSafeguarding(course) || otherSubject(course))
          continue;
        const person = columnPerson(r, c, cell.offset);
        if (!person?.name) continue;
        found.push({
          offset: cell.offset,
          endOffset: cell.endOffset,
          course,
          ...(date ? { date } : {}),
          datePlaceholder: !date,
          noneRecorded: false,
          leadName: person.name,
          leadRole: person.role,
        });
      }
    }
  return found;
}

/** A name written with initials anywhere in a cell: "C. Ossington-Pike" in "Hub Manager (C. Ossington-Pike)". */
const INITIALLED_IN_CELL =
  /(?<![\p{L}\p{N}'’.-])(?:\p{Lu}\.?[ \t]*){1,3}[ \t](?:\p{Lu}['’]|Ma?c)?\p{Lu}\p{Ll}[\p{L}'’-]*(?![\p{L}'’-])/gu;

/**
 * The named lead a course table's row gives by initials and surname in a cell other than the course's, with no
 * column of names: "| Family Hub Manager (C. Ossington-Pike) | DSL Level 3 | 09/2024 |" is Claire Ossington-Pike's
 * record, its post the job she is named for. The initialled names that stand for a named person (namedLeadFor) must
 * all stand for the same one: two people's in one row tell no owner.
 */
function initialledLeadInCells(
  cells: readonly Cell[],
  courseCol: number,
  named: LeadMention[],
): Owner | undefined {
  let found: Owner | undefined;
  for (const [i, cell] of cells.entries()) {
    if (i === courseCol) continue;
    for (const match of plain(cell.text).matchAll(INITIALLED_IN_CELL)) {
      const owner = namedLeadFor(match[0], named);
      if (!owner?.name) continue;
      if (found && !sameName(nameKey(found.name ?? ""), nameKey(owner.name))) return undefined;
      found ??= owner;
    }
  }
  return found;
}

/**
 * A table's column headed with a job that people in a group hold: "Instructor", "Coach", "Volunteer". A job with its
 * scope before it ("Session Lead", "Site Manager", "Group Leader", `SCOPED_JOB_HEADER`) heads a column of people too.
 */
const PEOPLE_HEADER =
  /^(?:instructor|coach|volunteer|leader|tutor|teacher|helper|trainer|employee|member|colleague|worker|practitioner|childminder|chaperone|mentor|steward|(?:session|site|venue|camp|group|activity|room|shift|duty)\s+(?:lead|leader|manager|supervisor|coordinator|co-ordinator))$/;
/** A column of what each row's person does: "Role", "Job title", "Position". */
const ROLE_HEADER = /^(?:role|job|job\s+title|position|post)$/;
/** A header of one word that names no course, date or check: the setting's own word for its people ("Sewadar"). */
const ONE_WORD_HEADER = /^\p{L}[\p{L}'’-]+$/u;
const NOT_PEOPLE_HEADER =
  /^(?:course|courses|training|date|dates|completed|when|level|module|provider|type|topic|subject|status|notes?|comments?|expires|renewal|due|dbs|certificate|evidence|area|site|venue|team|group|department|service)$/;

/**
 * "| Sewadar | Role | Course | Completed |" over "| Harjit | Safeguarding Sewadar (Designated Lead) | … |", "| Sukhjit
 * Kaur | Camp Co-ordinator | … |": a column headed with one word of the setting's own for its people, just before the
 * column of their roles, is the people's column when every cell is a person — a name, or a first name alone that is
 * the first name of someone the document names in full. Each row's record is then its own person's, so two people
 * sharing a surname, or a row without a lead's name, are never one record. -1: no such column.
 */
function peopleBesideRole(
  header: string[],
  listed: ReadonlyArray<{ cells: ReadonlyArray<{ text: string }> }>,
  knownNames: string[],
): number {
  const role = header.findIndex((h) => ROLE_HEADER.test(h));
  const people = role - 1;
  if (people < 0 || !ONE_WORD_HEADER.test(header[people]) || NOT_PEOPLE_HEADER.test(header[people]))
    return -1;
  const firsts = new Set(knownNames.map((n) => n.trim().split(/\s+/)[0]));
  const cells = listed.map((row) => plain(row.cells[people]?.text ?? "").trim()).filter(Boolean);
  const person = (c: string) =>
    (PERSON_CELL.test(c) && looksLikePerson(c) !== false) || (/^\p{Lu}\p{Ll}+$/u.test(c) && firsts.has(c));
  return cells.length > 1 && cells.every(person) ? people : -1;
}

/** "Harjit" in a people's column: the one name the document gives in full with that first name ("Harjit Singh Bhamra"). */
function fullNameOfFirst(cell: string, knownNames: string[]): string {
  if (!/^\p{Lu}\p{Ll}+$/u.test(cell)) return cell;
  const full = [...new Set(knownNames.filter((n) => n.trim().split(/\s+/)[0] === cell))];
  return full.length === 1 ? full[0] : cell;
}

/** A job with its scope before it: "Session Lead", "Site Manager". */
const SCOPED_JOB_HEADER = /^(?:session|site|venue|camp|group|activity|room|shift|duty)\s+\p{L}/u;
/**
 * A table of courses others deliver: the line above it says who runs them ("… each September, led by a visiting
 * trainer:", "delivered by", "run by"), or its course cells are sessions for all staff ("Whole-staff safeguarding
 * update"). A "Session Lead" column there is who led the session, not who was trained.
 */
const DELIVERED_ABOVE = /\b(?:(?:led|delivered|run|taught|presented|facilitated)\s+by|trainer[\s-]led)\b/i;
/**
 * A column of the people's own training: headed for training, a course, a certificate or a level (not a bare date's
 * "Date", "When"), "| Safeguarding training |" over "| Level 2 (05.2025) |".
 */
const OWN_TRAINING_HEADER = /\b(?:training|trained|course|certificate|qualification|level)\b/i;
const SESSION_COURSE =
  /\b(?:whole[\s-]staff|all[\s-]staff|staff\s+(?:meeting|briefing|update|inset)|inset|session|twilight)\b/i;

/**
 * Whether a table's rows are courses others deliver (`DELIVERED_ABOVE`, `SESSION_COURSE`): by the line above it, or
 * by a course column (any column but the people's headed "Course", "Session", "Training") of sessions for all staff —
 * and never when the table has a column of the people's own training dates (`OWN_TRAINING_HEADER` over a date in
 * every row): "| Venue | Session Lead | Phone | Safeguarding training |" under "Session leads and their training
 * (dates from the trainer's certificates):" or "… Level 2 training delivered by the local authority:" lists each
 * lead's own record.
 */
function deliveredCourses(
  above: string,
  header: string[],
  rows: Array<{ cells: Cell[] }>,
  people: number,
): boolean {
  const width = Math.max(0, ...rows.map((row) => row.cells.length));
  const columns = Array.from({ length: width }, (_, col) => col).filter((col) => col !== people);
  const ownTraining = (col: number) =>
    OWN_TRAINING_HEADER.test(header[col] ?? "") &&
    !/\b(?:date|when)\b/i.test(header[col] ?? "") &&
    rows.length > 0 &&
    rows.every((row) => {
      const cell = row.cells[col];
      return cell !== undefined && trainingDates(cell.text, cell.offset).length > 0;
    });
  if (columns.some(ownTraining)) return false;
  if (DELIVERED_ABOVE.test(above)) return true;
  const sessions = (col: number) =>
    rows.length > 0 && rows.every((row) => SESSION_COURSE.test(plain(row.cells[col]?.text ?? "")));
  return columns.some(sessions);
}

/** The line just above a table (past one blank line), "" for none. */
function lineAbove(lines: Line[], table: Table): string {
  let i = table.header.index - 1;
  if (i >= 0 && lines[i].text.trim() === "") i--;
  return i >= 0 ? plain(lines[i].text).trim() : "";
}
/** A cell holding one person's name: two to four capitalised words ("Orla Devlin-Murray", "Pádraig O'Hagan"). */
const PERSON_CELL = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** The words of a booking left at a course's end once its date is out: "Level 3 booked for", "Booked –". */
const BOOKING_AT_END = new RegExp(
  String.raw`(?:^|[\s(,;:–—-]+)(?:${BOOKING_WORDS}|to\s+attend)(?:\s+(?:for|on|in))?[\s:,;–—-]*$`,
  "i",
);

/** A course cell's course once its date is out (and a booking's words, for a course still to come). */
function courseOfCell(courseText: string, dateText: string, planned: boolean): string {
  // "Safeguarding module, 15/06/2023": the comma before the date is no part of the course.
  // (trimEndWhere, not a regular expression anchored at the end: a long run of commas is read once.)
  const course = trimEndWhere(courseText.replace(dateText, ""), /[\s:,;–—-]/u);
  return planned ? course.replace(BOOKING_AT_END, "") : course;
}

/**
 * A course cell that names no course done: a dash, "n/a", "not applicable", or a course still to book ("to be booked
 * (spring 2027)").
 */
const NO_COURSE_CELL =
  /^(?:[-–—.\s]+|n\s*\/\s*a\.?|not\s+applicable\.?|(?:to\s+be|not\s+yet)\s+booked\b.*|to\s+book\b.*)$/i;

/**
 * A name cell holding a job, not a person: "District Lead Volunteer", "Area Safeguarding Officer" — a job's word in
 * it and nothing that makes it a person's name (a title, a first name compromise knows).
 */
function jobNotPerson(name: string): boolean {
  return (
    /\b(?:volunteer|contact|lead|leader|officer|manager|coordinator|co-ordinator|adviser|advisor)s?\b/i.test(
      name,
    ) && looksLikePerson(name) !== "sure"
  );
}

/**
 * "| Niamh Devlin | Safeguarding awareness | 2021 |": a date cell holding a year alone dates the record to that year,
 * counted to its end. Only the whole cell: a year elsewhere in a row ("… 2025 update", "Children Act 1989") is a
 * name's, not when anything was done.
 */
function yearAlone(cell: Cell): DateMatch | undefined {
  if (!/^\s*(?:19|20)\d{2}\.?\s*$/.test(plain(cell.text))) return undefined;
  return findDates(cell.text, cell.offset, { allowYear: true }).find((d) => d.date.precision === "year");
}

/** A column headed for the end of a course's validity: "Expires", "Expiry date", "Valid until". */
const EXPIRY_HEADER = /^(?:date\s+of\s+)?(?:expir(?:es|y|ed)(?:\s+on)?|valid\s+(?:until|to))(?:\s+date)?$/;

/**
 * A header naming another check, for the column straight before "Expires": "DBS", "First aid", "Driving licence" — not
 * a bare "Licence" (a coaching licence is the course), "Driving" or "Insurance".
 */
const HEADER_CHECK =
  /\b(?:DBS|CRB|PVG|disclosure|barring|vetting|police\s+check|access\s*NI|garda|first[\s-]+aid|food\s+hygiene|driving\s+licen[cs]e)\b/i;
/**
 * A table's column of a vetting check or a licence, whose dates are that check's, never a course's: "Enhanced DBS",
 * "ECB CRC (year)", "Criminal record check", "Barred list check", "Licence valid until", and of another subject's
 * award: "First aid", "Coaching qualification" (read in small letters).
 */
const CHECK_COLUMN_HEADER =
  /\b(?:dbs|pvg|crb|crc|disclosure|vetting|barring|barred\s+lists?|criminal\s+records?|police\s+checks?|access\s*ni|garda|licen[cs]es?|first[\s-]+aid|coach(?:ing)?\s+(?:awards?|qualifications?|levels?))\b/;
/** A column of numbers, not a check: "Licence no.", "DBS certificate number", "Ref". */
const NUMBER_HEADER = /\b(?:no|nos|number|num|ref|reference|id)\b\.?\s*$/i;

/**
 * Whether an expiry or due cell is another check's, not the course's in column `dateCol`: the cell names the check
 * ("DBS 01/06/2026"), or the column straight before it is headed with one ("| DBS | Expires |", "| DBS check |
 * Renewal due |").
 */
function anotherChecksDate(cell: Cell, header: readonly string[], col: number, dateCol: number): boolean {
  if (OTHER_CHECK.test(plain(cell.text))) return true;
  const owner = header[col - 1] ?? "";
  return col - 1 !== dateCol && HEADER_CHECK.test(owner) && !NUMBER_HEADER.test(owner);
}

/**
 * The expiry a row gives in its own column, after its completion date. "| Completed | DBS | Expires |": an "Expires"
 * straight after another check's column, or a cell naming another check ("DBS 01/06/2026"), dates that check, not the course.
 */
function expiryOfRow(
  cells: readonly Cell[],
  header: readonly string[],
  dateCol: number,
  done: DateMatch,
): { expires?: DateMatch; renewalDue?: boolean } {
  // A bilingual header gives the words in both languages ("Yn dod i ben / Expires"): either half may name it.
  const expiryCol = header.findIndex((h, i) => i !== dateCol && eitherHalf(h, (w) => EXPIRY_HEADER.test(w)));
  // "| Name | Course | Completed | Renewal due |": the one column of the date the course falls due again.
  const dueCols =
    expiryCol < 0 ? header.flatMap((h, i) => (i !== dateCol && MATRIX_DUE_HEADER.test(h) ? [i] : [])) : [];
  const col = expiryCol >= 0 ? expiryCol : dueCols.length === 1 ? dueCols[0] : -1;
  const cell = col >= 0 ? cells[col] : undefined;
  if (!cell || anotherChecksDate(cell, header, col, dateCol)) return {};
  if (expiryCol < 0 && /\b(?:booked|planned|scheduled)\b/i.test(cell.text)) return {};
  const expires = trainingDates(cell.text, cell.offset)[0];
  if (!expires || expires.date.last <= done.date.last) return {};
  return expiryCol < 0 && DUE_WORDS.test(header[col]) ? { expires, renewalDue: true } : { expires };
}

/**
 * A "Level" cell's words besides its level and the words any course has: "Level 2 Childcare" ("Childcare"), not
 * "Level 3", "Level 3 (refresher)" or "Level 3 training".
 */
const LEVEL_OTHER_WORDS =
  /(?!(?:level|training|course|refresher|update|certificate|award|plus|and|with|the|a|an|of|in|online|e-?learning)\b)\b\p{L}{2,}/iu;

/**
 * A row's first cell naming a group, not a person: "All coaches", "Every new volunteer", "Everyone"; a list of groups
 * after "All" ("All chaperones, tutors and conductors", "All coaches & volunteers"); a group, or a list of groups, with
 * "(all)" after it ("Lifeguards (all)", "Kitchen staff (each)", "Drivers, cooks and cleaners (all)"), or how many they
 * are ("Team managers (all six)", "Stewards (all 12)").
 */
const GROUP_ROW =
  /^(?:(?:all|every|each|any)(?:\s*[,&/]?\s+[\p{L}'’-]+){1,8}|everyone|everybody|[\p{L}'’-]+(?:\s*[,&/]?\s+[\p{L}'’-]+){0,9}\s*\((?:all(?:\s+(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?|everyone|every\s+one|each)\))$/iu;

/** A sentence whose subject is a group: "All staff complete …", "Every volunteer repeats …", "Everyone does …". */
const GROUP_SUBJECT = /^(?:(?:all|every|each)\s+\p{L}|every(?:one|body)\b)/iu;

/** A name cut after its title and first name ("Ms Delphine"), and the one word that ends it ("Achterberg"). */
const NAME_CUT = new RegExp(`^(?:${TITLE_PATTERN})\\.?\\s+\\p{Lu}[\\p{L}'’-]+$`, "u");
const NAME_END = /^\p{Lu}[\p{L}'’-]+$/u;

/** A cell holding only a bracketed note, such as a role under a name: "(junior umpire)", "(deputy, from May)". */
const BRACKETED_NOTE = /^\([^()]+\)$/;

/**
 * Whether a row is the rest of the row above, cut in two by a page break: the row above names a person by title and
 * first name only, this one holds one more word in the name column and nothing but the course's words elsewhere.
 */
function restOfRow(
  above: readonly Cell[],
  cells: readonly Cell[],
  nameCol: number,
  courseCol: number,
): boolean {
  const name = plain(cells[nameCol]?.text ?? "").trim();
  // "Mr Jory Penhale | … | 2 May 2025 |" then "| (junior umpire) | … the course's rest | … the provider's rest | |":
  // the person's role in brackets, wrapped under the name and cut off by the page break. A bracket starts no one's
  // name, so the row is the rest of the named row above, whatever its other cells carry on with.
  if (BRACKETED_NOTE.test(name) && plain(above[nameCol]?.text ?? "").trim() !== "") return true;
  if (!NAME_CUT.test(plain(above[nameCol]?.text ?? "").trim()) || !NAME_END.test(name)) return false;
  return cells.every((c, i) => i === nameCol || i === courseCol || plain(c.text).trim() === "");
}

/** One of the words for people in the plural (roles.ts), as a pattern: "co-ordinators" also "coordinators". */
const PLURAL_ROLE_WORD = `(?:${PLURAL_ROLE_WORDS.map((w) => w.replace("-", "-?")).join("|")})`;
/** A role named in the plural: "safeguarding officers", "designated leads", "deputy DSLs", "welfare officers". */
const PLURAL_ROLE = new RegExp(`\\b${PLURAL_ROLE_WORD}$`, "i");
/**
 * A role's holders in the plural (roles.ts, the words marked as holders): "designated leads", "deputy DSLs",
 * "welfare officers"; not a group at large ("staff", "parents"), whom a lead joins on a course.
 */
const ROLE_HOLDERS = new RegExp(
  `\\b(?:${PLURAL_ROLE_HOLDER_WORDS.map((w) => w.replace("-", "-?")).join("|")})$`,
  "i",
);

/** A cell naming people by what they do, in the plural: "Teaching staff", "New starters", "Parent helpers". */
const GROUP_NOUN = new RegExp(`^(?:[\\p{L}'’-]+\\s+){0,4}${PLURAL_ROLE_WORD}$`, "iu");

/**
 * A time that comes round again, or a point in someone's joining, never the date a course was done: "each year",
 * "every two years", "September INSET each year", "annually", "termly", "at induction", "on appointment"; a period
 * a course must be held within, or a point before someone starts: "within three years", "before their first session",
 * "within first week", "during their first month", "before they start" (not "within the first week of March 2025"); the
 * first day or morning of each time a group meets: "Each camp's first morning", "on the first day of each course", "on
 * their first day".
 */
const RECURRING_TIME =
  /\b(?:(?:each|every|per)\s+(?:(?:\d+|two|three|four|five|other|academic|school|calendar)\s+)?(?:years?|terms?|months?|weeks?|september|autumn|spring|summer)|annual(?:ly)?|yearly|termly|biennial(?:ly)?|(?:at|on|during)\s+(?:their\s+)?(?:induction|appointment|joining|start(?:ing)?)|within\s+(?:a|one|two|three|four|six|\d+)\s+(?:days?|weeks?|months?)\s+of\s+(?:starting|joining|appointment|their\s+start)|within\s+(?:a|one|two|three|four|five|\d)\s+years?|before\s+(?:their\s+|the\s+)?first\s+(?:session|shift|trip|activity|meeting|practice|event)|(?:within|during|by\s+the\s+end\s+of|on|at)\s+(?:their\s+|the\s+|your\s+|his\s+|her\s+)?first\s+(?:day|morning|afternoon|evening|week|fortnight|month|term|half[-\s]term|session|shift)(?!\s+of\b(?!\s+(?:each|every)\b))|(?:each|every)\s+[a-z][a-z-]*['’]s\s+first\s+(?:day|morning|afternoon|evening|week|session|shift)|before\s+(?:they|he|she|you)\s+start(?:s)?|before\s+starting)\b/i;

/**
 * Capitalised words after "and" that end in a job in the plural: "All Duty Managers and Reception Assistants" lists a
 * second group, not a person ("All staff and Ben Ode"). A first name before the job word makes it a surname: "All
 * staff and Anna Stewards" names a person.
 */
function pluralGroup(words: string): boolean {
  return PLURAL_ROLE.test(words) && !nlp(words).has("^#FirstName");
}

/**
 * Whether a row is a rule for a group, not anyone's record. The group is named in the person's column ("Who"), or,
 * with none, in the row's first cell: "All …", "Everyone"; or people in the plural ("Teaching staff", "Volunteer
 * team") when the row is dated (a month the group's course falls due) or holds, besides the course, a time that
 * comes round again or a point in someone's joining ("each year", "at induction", "within a month of starting").
 * An undated plural's row with nothing else ("| Teaching staff | Safeguarding | |") is still an undated record.
 */
function groupRow(cells: readonly Cell[], courseCol: number, nameCol: number, dated: boolean): boolean {
  const words = (cell: Cell | undefined) =>
    plain(cell?.text ?? "")
      .replace(/\s+/g, " ")
      .trim();
  const first = words(cells.find((c) => words(c)));
  // The course's own cell is never the group ("Every Child Matters", "Safer recruitment for governors").
  const who = words(nameCol >= 0 ? cells[nameCol] : cells.find((c, i) => i !== courseCol && words(c)));
  // "All staff including Ben Ode": a person the cell names is someone whose own record the row is too.
  const person =
    /\b(?:including|incl\.?|and|plus|e\.g\.?|such\s+as|especially)\s+((?:\p{Lu}[\p{Ll}'’-]+\s+)+\p{Lu}[\p{Ll}'’-]+)\s*$/u.exec(
      who,
    );
  if (person && !pluralGroup(person[1]) && looksLikePerson(person[1])) return false;
  if (GROUP_ROW.test(who) || (!dated && GROUP_ROW.test(first))) return true;
  // "Crew volunteers (list kept in the office)": a note in brackets after the group says where its names are kept,
  // the cell still names a group. "Hospital play specialists (6)": how many people the group has, likewise.
  const group = who.replace(/\s*\([^()]*\)$/, "");
  if (!(GROUP_NOUN.test(group) || countedGroup(who)) || TITLED_NAME.test(who)) return false;
  // "| Ward play workers (5) | Level 3 | held on each person's file |": where each one's record is kept, not a date
  // left out of anyone's.
  return (
    dated ||
    cells.some(
      (c, i) => i !== courseCol && (RECURRING_TIME.test(plain(c.text)) || RECORDS_KEPT.test(plain(c.text))),
    )
  );
}

/**
 * People in the plural, their number in brackets: "Hospital play specialists (6)", "Ward play workers (5 staff)",
 * "Play Specialists (5)" (capitalised: not a person's name, see countedGroup).
 */
const COUNTED_GROUP =
  /^(?:[\p{L}'’-]+\s+){0,4}\p{L}[\p{Ll}'’-]*s\s*\(\s*(?:x\s*)?\d{1,3}(?:\s+(?:staff|people|posts?))?\s*\)$/u;
/** Whether a cell is a counted group (COUNTED_GROUP), its last word capitalised only where no first name opens it. */
function countedGroup(who: string): boolean {
  if (!COUNTED_GROUP.test(who)) return false;
  const group = who.replace(/\s*\([^()]*\)$/, "");
  return !/(?<![\p{L}'’-])\p{Lu}[\p{Ll}'’-]*$/u.test(group) || !nlp(group).has("^#FirstName");
}
/**
 * A cell saying where each person's training record is kept, not when anyone trained: "held on each person's file",
 * "kept in the HR record", "recorded on each person's ESR record", "see individual records", "see the trust's
 * training record", "held by HR".
 */
const RECORDS_KEPT =
  /^\s*(?:(?:held|kept|recorded|stored|logged|filed)\s+by\s+(?:the\s+)?(?:HR|human\s+resources|personnel)(?:\s+(?:team|department|office))?(?:\s*\.)?\s*$|(?:(?:held|kept|recorded|stored|logged|filed)\s+(?:on|in)|see)\s+(?:(?:each|every)\s+(?:person|member|worker|individual)['’]s|individual|their(?:\s+own)?|the|staff|personnel|HR)\b[^.;]{0,40}?\b(?:files?|records?|ESR|system|database|register)(?:\s*\.)?\s*$)/iu;

/** The words a header cell holds: a second header row ("| | | Course | Completed |") holds only these. */
const HEADER_CELL =
  /^(?:name|role|job(?:\s+title)?|course|training|(?:date\s+)?completed|date(?:s|\s+completed|\s+attended)?|when|level|provider|notes?|(?:renewal|refresher|next)(?:\s+(?:due|date))?|renew\s+by|expir(?:y|es)(?:\s+date)?|valid\s+(?:until|to)|due)$/i;

/** The cells of a table's first row when it is the second row of its header: header words and empty cells only. */
function secondHeaderRow(table: Table): Cell[] | undefined {
  const cells = table.rows[0]?.cells;
  if (!cells) return undefined;
  const words = cells.map((c) => plain(c.text).trim());
  return words.some((w) => w !== "") && words.every((w) => w === "" || HEADER_CELL.test(w))
    ? cells
    : undefined;
}

/** A sub-column under a course's heading that holds when it was done, or when it lapses. */
const SUB_DONE = /^(?:(?:date\s+)?completed|date(?:\s+(?:completed|attended))?|done|attended|when)$/i;
const SUB_DUE =
  /^(?:expir(?:y|es|ed)(?:\s+date)?|valid\s+(?:until|to)|renewal(?:\s+(?:due|date))?|(?:next\s+)?due|renew\s+by)$/i;

/**
 * A table whose header names a course over two columns and whose second header row says which is which
 * ("| Name | Role | Level 3 safeguarding | |" / "| | | Completed | Expires |"): a record per person and course,
 * dated by its "Completed" cell, or known only by its "Expires" cell. Undefined when the second row names a
 * course column of its own ("| | | Course | Completed |"), which the usual reading takes.
 */
function groupedRecords(table: Table, second: Cell[]): TrainingLine[] | undefined {
  const top = table.headerCells.map((c) => plain(c.text).trim());
  const sub = second.map((c) => plain(c.text).trim());
  if (sub.some((w) => /^(?:course|training)$/i.test(w))) return undefined;
  const nameCol = top.findIndex((h) => /^(?:name|who|person|staff(?:\s+member)?)\b/i.test(h));
  if (nameCol < 0) return undefined;
  const roleCol = top.findIndex((h) => /\brole\b/i.test(h));
  const groups: Array<{ course: string; done: number; due?: number }> = [];
  for (let i = 0; i < top.length; i++) {
    const course = top[i];
    if (i === nameCol || i === roleCol || course === "") continue;
    if (!(COURSE_WORD.test(course) || DSL_COURSE.test(course)) || otherSubject(course)) continue;
    // The course's columns: its own and the empty header cells after it.
    let end = i + 1;
    while (end < top.length && top[end] === "") end++;
    const cols = Array.from({ length: end - i }, (_, k) => i + k);
    const done = cols.find((c) => SUB_DONE.test(sub[c] ?? ""));
    if (done === undefined) continue;
    groups.push({ course, done, due: cols.find((c) => SUB_DUE.test(sub[c] ?? "")) });
  }
  if (groups.length === 0) return undefined;
  const records: TrainingLine[] = [];
  for (const row of table.rows.slice(1)) {
    const name = plain(row.cells[nameCol]?.text ?? "").trim();
    if (!name) continue;
    const role = roleCol >= 0 ? findLeadMentions(row.cells[roleCol]?.text ?? "")[0]?.role : undefined;
    for (const group of groups) {
      const cell = row.cells[group.done];
      const date = cell ? trainingDates(cell.text, cell.offset, { schoolYears: true })[0] : undefined;
      const dueCell = group.due === undefined ? undefined : row.cells[group.due];
      const due = !date && dueCell ? trainingDates(dueCell.text, dueCell.offset)[0] : undefined;
      if (!date && !due) continue;
      // "20/01/2025 (Level 2)": what the cell says of the course besides its date.
      const extra =
        cell && date
          ? plain(cell.text.replace(date.text, ""))
              .replace(/[()[\]]/g, "")
              .trim()
          : "";
      records.push({
        offset: row.line.offset,
        endOffset: row.line.endOffset,
        course: extra ? `${group.course} (${extra})` : group.course,
        date,
        datePlaceholder: false,
        noneRecorded: false,
        leadName: name,
        leadRole: role,
        ...(due ? { dueDate: due } : {}),
      });
    }
  }
  return records;
}

// ---------------------------------------------------------------------------
// Training matrices: a row per person, a column per course
// ---------------------------------------------------------------------------

/** A matrix's column of people: "Name", "Staff member", "Employee", "Volunteer". */
const MATRIX_NAME_HEADER =
  /^(?:(?:full\s+)?name|who|person|staff|lead|employee|volunteer|member|colleague)\b/;
/** Columns that are not a course's: a role, a job, dates of other things, notes. */
const MATRIX_NOT_COURSE_HEADER =
  /\b(?:role|job|position|post|title|date|completed|when|attended|renew\w*|expir\w*|due|valid|next|notes?|comments?|contact|phone|email|dbs|started|joined|appointed)\b/;
/** A cell that records nothing: not required, a course to come, a tick, a dash. */
const MATRIX_NO_RECORD =
  /^(?:n\/?a|not\s+(?:required|applicable|needed|yet(?:\s+\w+)?|booked)|booked|planned|due|pending|requested|awaiting|tbc|tba|to\s+(?:be\s+)?book(?:ed)?|in\s+progress|ongoing|yes|no|none|[✓✔☑✅✗✘×xX*]+|[-–—.]*)$/i;
/** A cell that says the course has lapsed, with no date: "Expired", "Lapsed", "Out of date", "Overdue". */
const MATRIX_LAPSED = /^(?:expired|lapsed|out\s+of\s+date|overdue)$/i;
/** The words a dated cell may carry besides its date: "Booked 03/02/2027", "Expired 04/2025", "done 12.05.24". */
const MATRIX_DATE_WORDS =
  /^[\s:,;()–—-]*(?:(?:booked|planned|due|expired|expires|expiry|lapsed|renew(?:al)?|completed|done|attended|refresher|for|on|by|in|until|valid)\b[\s:,;()–—-]*)*$/i;

type MatrixCell = { kind: "none" } | { kind: "lapsed"; word: string } | { kind: "date"; date: DateMatch };

/**
 * A header's last words saying its cells are when the course was done: " completed", " – date completed". The run of
 * separators is tried from its start only (a header of 200,000 commas would otherwise be read again from each one).
 */
const DONE_AFTER_COURSE =
  /(?<![\s,:;–—-])[\s,:;–—-]+\(?(?:(?:date|when|month)\s+)?(?:last\s+)?(?:completed|done|attended|passed)(?:\s+(?:on|in))?\)?$/i;
/** Words that name no course of their own: "Training completed", "Course completed". */
const NO_COURSE_OF_ITS_OWN = /^(?:(?:safeguarding\s+)?(?:training|courses?)|date|training\s+date)$/i;

/**
 * The course a matrix column's header names before saying its cells are when it was done ("Safeguarding Children
 * Level 3 (intercollegiate) completed" is "Safeguarding Children Level 3 (intercollegiate)"); undefined for a
 * header that says nothing of the kind, or names no course of its own before it ("Training completed").
 */
function courseBeforeDone(header: string): string | undefined {
  const done = DONE_AFTER_COURSE.exec(header);
  if (!done) return undefined;
  const course = header.slice(0, done.index).trim();
  if (!course || NO_COURSE_OF_ITS_OWN.test(course) || MATRIX_NOT_COURSE_HEADER.test(course.toLowerCase()))
    return undefined;
  return course;
}

/** A matrix cell's record for one person and course: lapsed, due by a date, booked, or done on a date. */
function matrixRecord(
  base: TrainingLine,
  cell: Cell,
  kind: Exclude<MatrixCell, { kind: "none" }>,
): TrainingLine {
  if (kind.kind === "lapsed") return { ...base, lapsed: kind.word };
  const before = plain(cell.text.slice(0, kind.date.offset - cell.offset));
  if (DUE_BEFORE.test(before) || /\bexpir/i.test(before)) return { ...base, dueDate: kind.date };
  if (/\b(?:booked|planned|due)\b/i.test(before)) return { ...base, date: kind.date, planned: true };
  return { ...base, date: kind.date };
}

/** What a training matrix's cell records; undefined when it holds words a matrix's cell does not. */
function matrixCell(read: Cell): MatrixCell | undefined {
  // A PDF sets a cell's tick where it stands on the page, after the first line's words ("Mar. 2021✓ (renewal due
  // Mar. 2023)", "3rd Oct.✓ 2022"): a mark, not a word, wherever it falls — a space of the same length.
  const cell = { ...read, text: read.text.replace(MATRIX_TICKS, " ") };
  const text = plain(cell.text).trim();
  if (MATRIX_NO_RECORD.test(text)) return { kind: "none" };
  if (MATRIX_LAPSED.test(text)) return { kind: "lapsed", word: text };
  if (!/\d/.test(text)) return undefined;
  const [date, ...later] = trainingDates(cell.text, cell.offset, { schoolYears: true });
  // "✓ 2023": a tick and the year the course was done, in a matrix's course column — dated to that year, counted to
  // its end. A year alone with no tick is the same record.
  if (!date) {
    const year = yearAlone(cell);
    return year ? { kind: "date", date: year } : undefined;
  }
  // "✓ Feb. 2022 (refresher due Feb. 2024)": a tick before the date, and after it the date the course falls due
  // again — the cell still records when it was done.
  let after = cell.text.slice(date.endOffset - cell.offset);
  const due = later[0];
  if (
    due &&
    MATRIX_DUE_AFTER.test(plain(cell.text.slice(date.endOffset - cell.offset, due.offset - cell.offset)))
  )
    after = cell.text.slice(due.endOffset - cell.offset);
  const before = cell.text.slice(0, date.offset - cell.offset);
  return MATRIX_DATE_WORDS.test(plain(`${before} ${after}`)) ? { kind: "date", date } : undefined;
}

/**
 * Whether a column's cells are a matrix's: each a date, a lapse or no record — or, in a few rows, a cell that names
 * courses of its own with their dates ("Level 1 online ✓ 09/2026; Level 2 booked 21/01/2027"), so long as more of the
 * column's cells are the matrix's dates. Such a cell records nothing for the column's course (its reader skips it); a
 * column mostly of such cells lists each row's own courses, and is read row by row.
 */
function columnOfMatrixCells(cells: readonly Cell[], kinds: ReadonlyArray<MatrixCell | undefined>): boolean {
  if (kinds.length === 0) return false;
  let own = 0;
  for (const [i, kind] of kinds.entries()) {
    if (kind !== undefined) continue;
    if (!namesOwnCourses(cells[i])) return false;
    own++;
  }
  return own === 0 || kinds.filter((k) => k?.kind === "date").length > own;
}

/**
 * A cell that names a course before each of its dates: "Level 1 online ✓ 09/2026; Level 2 booked 21/01/2027",
 * "Induction ✓ 11/2026, Level 2 booked for 02/2027".
 */
function namesOwnCourses(cell: Cell): boolean {
  const text = cell.text.replace(MATRIX_TICKS, " ");
  const dates = trainingDates(text, cell.offset, { schoolYears: true });
  let from = 0;
  for (const date of dates) {
    if (!COURSE_WORD.test(plain(text.slice(from, date.offset - cell.offset)))) return false;
    from = date.endOffset - cell.offset;
  }
  return dates.length > 0;
}

/** A title before a name, a word of its own: "Mrs", "Dr". */
const NAME_TITLE = new RegExp(`^(?:${TITLE_PATTERN})\\.?$`, "i");
/** A surname's own capitals, never letters after a name: "MCKAY", "MACRAE", "DE", "DUPONT", "O'NEILL", "LE". */
const SURNAME_PREFIX_CAPITALS = /^(?:MA?C|O['’]|D[AEIU]|L[AE]|VAN|VON)/u;

/**
 * A matrix row's name without the letters after it: " FRCO", " BSc NPQH", " MA (Oxon)". A known degree or body's
 * letters (people.ts) after one word of name or more; other capitals (3 letters or more, not a surname's "MCKAY")
 * only after two words of name, so that a surname — "McKay", "MacRae", "DE" — is never taken for letters.
 */
function withoutMatrixLettersAfter(name: string): string {
  const words = [...name.matchAll(/[^\s,]+/gu)];
  const nameWords = (n: number) =>
    words.slice(0, n).filter(([w]) => !NAME_TITLE.test(w) && /^\p{Lu}['’]?\p{L}*\p{Ll}/u.test(w)).length;
  let end = words.length;
  while (end > 1) {
    // "MA (Oxon)", "BA (Hons)": the university or class after the letters.
    const at = /^\(\p{Lu}\p{Ll}+\)$/u.test(words[end - 1][0]) ? end - 2 : end - 1;
    const word = words[at]?.[0] ?? "";
    const known = postNominal(word, nameWords(at)) && nameWords(at) >= 1;
    const capitals = /^\p{Lu}{3,6}$/u.test(word) && !SURNAME_PREFIX_CAPITALS.test(word) && nameWords(at) >= 2;
    if (at < 1 || (!known && !capitals)) break;
    end = at;
  }
  return end === words.length ? name : name.slice(0, words[end].index).replace(/[\s,]+$/u, "");
}
/** A matrix cell's ticks, wherever they stand ("15/02/2022✓", "Spring✓ term 2024"). */
const MATRIX_TICKS = /[✓✔☑✅]/gu;
const MATRIX_TICK = new RegExp(MATRIX_TICKS.source, "u");
/** A cell of ticks alone: "✔". */
const TICKS_ALONE = new RegExp(String.raw`^(?:${MATRIX_TICKS.source}|\s)+$`, "u");
/** A course's title about children: "Listening to Young People", "Working with Children". */
const CHILDREN_WORDS = /\b(?:child(?:ren)?|young\s+people|youth)\b/i;
/** The words between a completion and the date it falls due again: " (refresher due ", ", renew by ". */
const MATRIX_DUE_AFTER =
  /^[\s,;(–—-]*(?:(?:refresher|renewal|next|update)\s+)?(?:due|renew(?:al)?\s+by|expires|expiry|valid\s+until)[\s:]*$/i;

/**
 * People in the plural with who they are in brackets, people in the plural too: "Poolside helpers (parents)", "Lane
 * marshals (volunteers)", "Gala officials (club members)".
 */
const GROUP_OF_GROUP = new RegExp(
  `^(?:[\\p{L}'’-]+\\s+){0,3}${PLURAL_ROLE_WORD}\\s*\\((?:[\\p{L}'’-]+\\s+){0,2}${PLURAL_ROLE_WORD}\\)$`,
  "iu",
);

/**
 * Whether a matrix's row is for a group ("All staff", "Pob hyfforddwr / All coaches", "Poolside helpers (parents)"),
 * in either language.
 */
function matrixGroupRow(name: string): boolean {
  return eitherHalf(name, (half) => GROUP_ROW.test(half) || GROUP_OF_GROUP.test(half));
}

/**
 * A reader's table block as a table of the text: each row a "line" from its first cell to its last (same offsets,
 * the text between as it stands). Undefined when the text already shows it as Markdown rows, or it has no rows.
 */
function tableOfBlock(block: { rows: Cell[][] }, text: string, lines: Line[]): Table | undefined {
  const [headerCells, ...rows] = block.rows;
  if (!headerCells?.length || rows.length === 0) return undefined;
  const lineOf = (cells: Cell[]): Line => {
    const offset = cells[0].offset;
    const endOffset = Math.max(offset, ...cells.map((c) => c.endOffset));
    return { index: lineAt(lines, offset), offset, endOffset, text: text.slice(offset, endOffset) };
  };
  const header = lineOf(headerCells);
  if (isTableRow(lines[header.index])) return undefined;
  return {
    header,
    headerCells,
    rows: rows.filter((cells) => cells.length > 0).map((cells) => ({ line: lineOf(cells), cells })),
  };
}

/** A column's header of one job or two ("Coach / manager", "Coach and manager"): each of its parts (spaces trimmed). */
const JOB_PARTS = /\/|&|\band\b|\bor\b/;

/**
 * "| Team | Coach / manager | Safeguarding Children |" over "| U9 Hawks | Lia Brent | 04/09/2023 |": a matrix's column
 * headed with the people's job (or two jobs, one of them a job people in a group hold) is its names' column when
 * every cell in it is a person's name (not "All coaches", "To be appointed"). -1 for none.
 */
function jobColumnOfPeople(table: Table, header: string[]): number {
  const col = header.findIndex((h) => peopleJobHeader(h.toLowerCase()));
  if (col < 0) return -1;
  return personsColumn(table.rows.map((row) => plain(row.cells[col]?.text ?? "").trim())) ? col : -1;
}

/** A header of the people's job, or of two jobs one of which people in a group hold (`JOB_PARTS`), in small letters. */
function peopleJobHeader(header: string): boolean {
  const parts = header.split(JOB_PARTS).map((p) => p.trim());
  return parts.some((p) => PEOPLE_HEADER.test(p)) && parts.every((p) => /^\p{L}+(?:\s\p{L}+)?$/u.test(p));
}

/**
 * Whether a column's cells are people's names: every one (blank cells aside), or every one but a last row for the rest
 * of a group ("Team managers (all six)" after the coaches' names). A group's row among them ("All staff" above the
 * names) is no column of people.
 */
function personsColumn(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c !== "");
  const people =
    filled.length > 1 && matrixGroupRow(filled[filled.length - 1]) ? filled.slice(0, -1) : filled;
  return people.length > 0 && people.every((c) => personCell(withoutNote(c)));
}

/** Whether a cell is one person's name: two to four capitalised words the tagger does not deny are a person. */
function personCell(cell: string): boolean {
  return PERSON_CELL.test(cell) && looksLikePerson(cell) !== false;
}

/** A one-word name in brackets between a first name and a surname: "Odile (Dilly) Faraday-Stone". */
const NICKNAME = /^(\p{Lu}[\p{L}'’.-]*)\s+\(\p{Lu}\p{Ll}+\)(?=\s+\p{Lu})/u;

/**
 * A people's cell without the short note in brackets after the name: "Ola Brent (tabla)", "Ife Duru (U15 boys)",
 * "Ravi Sohal (Punjabi, Class 2)" → the name. A bracket of more than 60 characters is no note: the cell stays whole.
 */
function withoutNote(cell: string): string {
  const name = bracketOff(cell.replace(NICKNAME, "$1")).trim();
  return cell.length - name.length <= 64 ? name : cell;
}

/**
 * A column headed with a title of one to four words and no word of a check, a form or a meeting: "Foundations",
 * "Leadership", "Safe to Serve" — not "Code of conduct signed", "Supervision", "Appraisal", "Policy read".
 */
const TITLE_COLUMN = /^\p{Lu}[\p{L}'’-]*(?:\s+[\p{L}'’&-]+){0,3}$/u;
const NOT_A_COURSE_COLUMN =
  /\b(?:signed|read|seen|received|issued|checked|checks?|polic(?:y|ies)|code|conduct|supervisions?|appraisals?|probation|reviews?|contract|agreement|consent|declarations?|references?|interviews?|meetings?|observations?|visits?|birthday|born|birth|start|end|left|leaving|age|hours|status|group|team|site|area|service|ministry|office|elected|licen[cs]e|insurance)\b/i;
function titleColumnHeader(header: string): boolean {
  return TITLE_COLUMN.test(header) && !NOT_A_COURSE_COLUMN.test(header) && !HEADER_CHECK.test(header);
}

/** A heading about training: "3. Training", "Training record", "Safeguarding training and development". */
const TRAINING_HEADING = /\b(?:training|trained|courses?|CPD|learning\s+and\s+development)\b/i;

/** Each line's nearest heading at or above it (-1 for none), read once for the lines. */
const headingAboveCache = new WeakMap<Line[], Int32Array>();
function headingAbove(lines: Line[], index: number): number {
  let above = headingAboveCache.get(lines);
  if (!above) {
    above = new Int32Array(lines.length);
    let last = -1;
    for (const [i, line] of lines.entries()) {
      if (headingLine(line)) last = i;
      above[i] = last;
    }
    headingAboveCache.set(lines, above);
  }
  return index >= 0 && index < above.length ? above[index] : -1;
}

/** Whether the heading the table sits under is about training. */
function underTrainingHeading(lines: Line[], table: Table): boolean {
  const at = headingAbove(lines, table.header.index - 1);
  return at >= 0 && TRAINING_HEADING.test(plain(lines[at].text));
}

/**
 * Whether a matrix's columns headed with a course's title alone may be courses: the table sits under a heading about
 * training, and the titles are a church's pathway's modules (pathwayColumns).
 */
function titleCourseColumns(lines: Line[], table: Table): boolean {
  return underTrainingHeading(lines, table) && pathwayColumns(lines, table);
}

/** A module of a church's safeguarding pathway as a column's header: "Basic Awareness", "Foundations", "Leadership". */
const PATHWAY_COLUMN =
  /^(?:safeguarding\s+)?(basic(?:\s+awareness)?|foundations?|(?:senior\s+)?leadership)(?:\s+(?:module|pathway))?$/i;
/** A church body in a policy's title lines: "St Aldhelm's Church", "Parish of …", "Diocese of …", "PCC". */
const CHURCH_BODY =
  /\b(?:church|parish|diocesan|diocese|chapel|cathedral|benefice|deanery|chaplaincy|PCC)\b/i;
/** Whether each lines' policy is a church's that names a safeguarding pathway, read once for the lines. */
const churchPathwayCache = new WeakMap<Line[], boolean>();

/**
 * Whether a table's columns headed with a course's title alone ("Foundations", "Leadership") are the modules of a
 * church's safeguarding pathway: two of the pathway's modules head columns side by side ("| Basic Awareness |
 * Foundations | Leadership |"), or the policy is a church's (its title lines name one) and says "pathway". Elsewhere
 * "Leadership" or "Foundations" is another subject (a nursery's leadership qualification), no safeguarding course.
 */
function pathwayColumns(lines: Line[], table: Table): boolean {
  const header = table.headerCells.map((c) => PATHWAY_COLUMN.exec(plain(c.text).trim())?.[1].toLowerCase());
  if (header.some((h, i) => h !== undefined && header[i + 1] !== undefined && header[i + 1] !== h))
    return true;
  let church = churchPathwayCache.get(lines);
  if (church === undefined) {
    const title = lines.filter((l) => !isBlank(l)).slice(0, 5);
    church = title.some((l) => CHURCH_BODY.test(l.text)) && lines.some((l) => /\bpathways?\b/i.test(l.text));
    churchPathwayCache.set(lines, church);
  }
  return church;
}

/**
 * A training matrix's records: one per person and dated or lapsed cell, the course named by the column's header
 * ("| Staff | Role | Basic awareness | DSL training | Prevent |"). A table is a matrix when it has a column of
 * people and one or more columns headed with a safeguarding course whose cells hold only dates and statuses (a
 * page of it may hold only "N/A" or ticks in one: a PDF repeats the table on the next page), and no other column
 * names courses (that is a table with a course column, read row by row). A column of another
 * subject ("First aid") or of other dates ("DBS check", "Started") is not a course. Undefined for other tables.
 */
function matrixRecords(
  table: Table,
  named: LeadMention[],
  titleColumns: () => boolean = () => false,
): TrainingLine[] | undefined {
  const header = table.headerCells.map((c) => plain(c.text).trim());
  // "Enw / Name": a bilingual header names the column in either half.
  let nameCol = header.findIndex((h) => eitherHalf(h, (half) => MATRIX_NAME_HEADER.test(half.toLowerCase())));
  if (nameCol < 0 && header[0] === "") nameCol = 0;
  if (nameCol < 0) nameCol = jobColumnOfPeople(table, header);
  // "| Deputy DSL | Campus | Last trained | Next due |" over the deputies' names: a column headed with their role.
  const roleHeaded =
    nameCol < 0 ? roleColumnOfPeople(table, header, (c) => looksLikePerson(c) !== false) : undefined;
  if (roleHeaded) nameCol = roleHeaded.col;
  if (nameCol < 0) return undefined;
  const roleCol = header.findIndex((h) => /\b(?:role|job|position|post)\b/i.test(h));
  const courseCols: number[] = [];
  const ticked: Array<{ i: number; cells: Cell[]; kinds: Array<MatrixCell | undefined>; title: boolean }> =
    [];
  // "Safeguarding Children Level 3 (intercollegiate) completed": a course's column whose header says its dates are
  // when it was done — the course is the header's words before that.
  // Beside a column headed with the people's role, "Last trained" is a "Trained" column: it names no course.
  const courses = header.map((h, i) =>
    i === nameCol || i === roleCol
      ? h
      : roleHeaded && LAST_TRAINED_HEADER.test(h)
        ? "Trained"
        : (courseBeforeDone(h) ?? h),
  );
  for (const [i, h] of courses.entries()) {
    if (i === nameCol || i === roleCol) continue;
    const courseLike = (COURSE_WORD.test(h) || DSL_COURSE.test(h) || welshGroupHeader(h)) && !otherSubject(h);
    // A group's row may say in words what the group does ("All staff | Annual update, INSET day Sept. 2025"): a
    // rule for the group, not a person's record, and no sign the column is not a course's.
    const cells = table.rows
      .filter((r) => !matrixGroupRow(plain(r.cells[nameCol]?.text ?? "").trim()))
      .map((r) => r.cells[i])
      .filter((c): c is Cell => c !== undefined);
    const kinds = cells.map(matrixCell);
    // A column with no person's row (a table of groups' rules only) is no matrix's: its rows are read as records.
    const matrixColumn =
      courseLike && !MATRIX_NOT_COURSE_HEADER.test(h.toLowerCase()) && columnOfMatrixCells(cells, kinds);
    if (matrixColumn) courseCols.push(i);
    // Another column that names courses: the table lists a course per row.
    else if (/\b(?:course|training)s?\b/i.test(h)) return undefined;
    else if (!MATRIX_NOT_COURSE_HEADER.test(h.toLowerCase()) && !otherSubject(h)) {
      const subject =
        SAFEGUARDING_SUBJECT.test(h) || SAFEGUARDING_COURSE_NAME.test(h) || CHILDREN_WORDS.test(h);
      // A title alone ("Leadership") only where it is a pathway's module, under a heading about training (below).
      if (subject || titleColumnHeader(h)) ticked.push({ i, cells, kinds, title: !subject });
    }
  }
  if (courseCols.length === 0) return undefined;
  // "✔ 11/24": a tick with the date beside it.
  const datedTick = (cell: Cell | undefined) =>
    cell !== undefined && MATRIX_TICK.test(cell.text) && matrixCell(cell)?.kind === "date";
  // "| Name | Role | Safeguarding & Protecting Children | Welfare Officer course | Listening to Young People |": beside
  // columns that name courses, a column about children or safeguarding ("Listening to Young People") with the same
  // ticks and dates ("✔ 11/24", "—") is a course's too, though its title has no course word. Not "Working at height",
  // "PVG Scheme member" or "KCSIE Part One read".
  // "| Person | Role | Basic Awareness | Foundations | Leadership |" under "## 3. Training": beside a course's column,
  // in a table under a heading about training whose titles are a church's pathway's modules (titleCourseColumns), a
  // column headed with a course's title alone whose cells are dates (or record nothing: "n/a", "—", "booked Jan
  // 2027") is a course's too. A nursery's "| DSL training | Leadership |": not.
  const datedColumn = (column: (typeof ticked)[number]) =>
    column.kinds.some((k) => k?.kind === "date") && titleColumns();
  for (const column of ticked)
    if (
      columnOfMatrixCells(column.cells, column.kinds) &&
      ((!column.title && column.cells.some(datedTick)) || datedColumn(column))
    )
      courseCols.push(column.i);
  courseCols.sort((a, b) => a - b);
  // "✔" alone in a course's column whose other ticks carry their dates ("✔ 09/25"): done, its date not written. A
  // column of ticks alone ("KCSIE Part One read") says only that it was done.
  const datedColumns = new Set(courseCols.filter((i) => table.rows.some((r) => datedTick(r.cells[i]))));
  // "| Name | Role | Trained | Refresher due |": beside the one course's column, a column of the date it falls due
  // again (or stops being valid) — the end of each row's record by the table's own words.
  const dueCols =
    courseCols.length === 1
      ? header.flatMap((h, i) => (i !== nameCol && i !== roleCol && MATRIX_DUE_HEADER.test(h) ? [i] : []))
      : [];
  const dueCol = dueCols.length === 1 ? dueCols[0] : -1;
  // "| Level 1 | Level 2 | Designated lead | Date |" over ticks and "08/2024": one date for the row, its last course
  // ticked (tick-date-column.ts).
  const rowDateCol =
    datedColumns.size === 0
      ? rowDateColumn(table, header, courseCols, (r, c) => {
          const cell = table.rows[r]?.cells[c];
          return cell !== undefined && matrixCell(cell)?.kind === "date";
        })
      : -1;
  const records: TrainingLine[] = [];
  for (const [r, row] of table.rows.entries()) {
    // "Dr M. Okonjo FRCO", "Mrs E. Price MCSP": letters after the name are a qualification, not part of it.
    const written = withoutMatrixLettersAfter(plain(row.cells[nameCol]?.text ?? "").trim());
    if (!written || !/\p{L}/u.test(written)) continue;
    // "| Deputy DSL | … |": a row headed with a role is its holder's.
    const holder = matrixRoleOwner(written, named);
    const name = holder?.name ?? written;
    const roleText = roleCol >= 0 ? (row.cells[roleCol]?.text ?? "") : "";
    const leadRole =
      (roleText ? findLeadMentions(roleText)[0]?.role : undefined) ?? holder?.role ?? roleHeaded?.role;
    if (rowDateCol >= 0) {
      // A row with no tick records nothing; a ticked row with no date is its last course's undated record.
      const i = lastTicked(table, r, courseCols);
      const dateCell = row.cells[rowDateCol];
      const dated = dateCell ? matrixCell(dateCell) : undefined;
      if (i < 0 || matrixGroupRow(written)) continue;
      records.push({
        offset: row.line.offset,
        endOffset: row.line.endOffset,
        course: courses[i],
        datePlaceholder: false,
        noneRecorded: false,
        leadName: name,
        ...(leadRole ? { leadRole } : {}),
        ...(dated?.kind === "date" ? { date: dated.date } : {}),
      });
      continue;
    }
    for (const i of courseCols) {
      const cell = row.cells[i];
      const kind = cell ? matrixCell(cell) : undefined;
      // A group's row ("| All staff | … | ✓ |") records no one's course.
      const tickAlone =
        datedColumns.has(i) &&
        cell !== undefined &&
        TICKS_ALONE.test(plain(cell.text)) &&
        !matrixGroupRow(written);
      if (!cell || !kind || (kind.kind === "none" && !tickAlone)) continue;
      const base = {
        offset: row.line.offset,
        endOffset: row.line.endOffset,
        course: courses[i],
        datePlaceholder: false,
        noneRecorded: false,
        leadName: name,
        ...(leadRole ? { leadRole } : {}),
      };
      const record = kind.kind === "none" ? base : matrixRecord(base, cell, kind);
      // "| Safeguarding training | DBS | Expires |": a due date after another check's column is the check's.
      const dueCell = dueCol >= 0 ? row.cells[dueCol] : undefined;
      records.push(
        dueCell && !anotherChecksDate(dueCell, header, dueCol, i)
          ? withDueCell(record, dueCell, header[dueCol])
          : record,
      );
    }
  }
  return records;
}

/** A table's header cell that is a year alone: "2024" (not a year range, "2023–24": which year?). */
const YEAR_HEADER = /^(?:19|20)\d\d$/;
/**
 * A month at a year column's cell's end, perhaps with its day, in brackets or after a comma or a dash: "(Sep)",
 * ", September", "– Sept", "(12 Sep)". Group 1: the day and month. Tried on the cell's last 32 characters only.
 */
const MONTH_AT_CELL_END =
  /(?:^|[\s,;(–—-])\(?((?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?\)?$/i;
/** The longest cell of a table of years read: a course and its month, a name — a longer cell is no record. */
const YEAR_CELL_MAX = 200;
/** A year column's cell that is no course done: a booking, a course to come. */
const YEAR_CELL_NOT_DONE = /\b(?:booked|planned|due|scheduled|pending|to\s+(?:be\s+)?book(?:ed)?)\b/i;

/**
 * "| Name | 2023 | 2024 | 2025 |" over "| Ana Bell | Level 2 (Oct) | Level 3 designated lead (Sep) | |": a training
 * table with one column per year (two or more, a year alone each; besides them only the names' column and a role's),
 * under a heading or a line about training. Each cell is a course done in its column's year, in the month at its end
 * ("(Sep)", ", September") — or, with no month, in the year alone (counted to its end); a cell that gives its own year
 * is dated by it. A booking, "—" or "n/a", and a course of another subject, record nothing. Undefined for other tables.
 */
function yearColumnRecords(table: Table, lines: Line[], named: LeadMention[]): TrainingLine[] | undefined {
  const header = table.headerCells.map((c) => plain(c.text).trim());
  const yearCols = header.flatMap((h, i) => (YEAR_HEADER.test(h) ? [i] : []));
  if (yearCols.length < 2) return undefined;
  let nameCol = header.findIndex((h) => MATRIX_NAME_HEADER.test(h.toLowerCase()));
  if (nameCol < 0 && header[0] === "") nameCol = 0;
  const roleCol = header.findIndex((h) => /\b(?:role|job|position|post)\b/i.test(h));
  if (nameCol < 0 || yearCols.length + 1 + (roleCol >= 0 ? 1 : 0) !== header.length) return undefined;
  if (!underTrainingHeading(lines, table) && !TRAINING_HEADING.test(lineAbove(lines, table)))
    return undefined;
  const records: TrainingLine[] = [];
  for (const row of table.rows) {
    const cellName = plain(row.cells[nameCol]?.text ?? "").trim();
    // A name cell is a name or a role, a few words: a longer cell is no one's row.
    if (cellName.length > YEAR_CELL_MAX) continue;
    const written = withoutMatrixLettersAfter(cellName);
    if (!written || !/\p{L}/u.test(written) || matrixGroupRow(written)) continue;
    const holder = matrixRoleOwner(written, named);
    const roleText = roleCol >= 0 ? (row.cells[roleCol]?.text ?? "") : "";
    const leadRole = (roleText ? findLeadMentions(roleText)[0]?.role : undefined) ?? holder?.role;
    const reads = yearCols.flatMap((col) => {
      const cell = row.cells[col];
      const read = cell ? yearCellRecord(cell, table.headerCells[col]) : undefined;
      return read ? [read] : [];
    });
    for (const [i, read] of reads.entries()) {
      if (supersededInRow(read.course, reads.slice(i + 1))) continue;
      records.push({
        offset: row.line.offset,
        endOffset: row.line.endOffset,
        ...read,
        datePlaceholder: false,
        noneRecorded: false,
        leadName: holder?.name ?? written,
        ...(leadRole ? { leadRole } : {}),
      });
    }
  }
  return records;
}

/** A general safeguarding course's kind, of no topic and no lead's: "Level 2", "Safeguarding Children (online)". */
const GENERAL_COURSE_KIND = /^(?:safeguarding|level [1-4])$/;

/**
 * Whether a row's general safeguarding course ("Level 2 (Oct)" in 2023) is followed by a later one, or by a designated
 * lead's course ("Level 3 designated lead (Sep)" in 2024), in the same person's row of years: that later course is
 * their safeguarding training now. A course of a topic of its own ("Prevent") or a lead's course stays on record.
 */
function supersededInRow(course: string, later: ReadonlyArray<{ course: string }>): boolean {
  if (!GENERAL_COURSE_KIND.test(courseKind(course))) return false;
  return later.some((l) => {
    const kind = courseKind(l.course);
    return GENERAL_COURSE_KIND.test(kind) || kind === "dsl" || kind === "dsl update";
  });
}

/** A year column's cell's course and date (see yearColumnRecords); undefined for a cell that records none. */
function yearCellRecord(cell: Cell, yearCell: Cell): { course: string; date: DateMatch } | undefined {
  const text = plain(cell.text).trim();
  if (
    text === "" ||
    text.length > YEAR_CELL_MAX ||
    MATRIX_NO_RECORD.test(text) ||
    YEAR_CELL_NOT_DONE.test(text)
  )
    return undefined;
  const tailAt = Math.max(0, text.length - 32);
  const month = MONTH_AT_CELL_END.exec(text.slice(tailAt));
  const course = trimEndWhere(month ? text.slice(0, tailAt + month.index) : text, /[\s,;:(–—-]/);
  if (!(COURSE_WORD.test(course) || SAFEGUARDING_COURSE_NAME.test(course)) || otherSubject(course))
    return undefined;
  const own = trainingDates(cell.text, cell.offset)[0];
  if (own) return { course, date: own };
  const year = plain(yearCell.text).trim();
  if (!month) {
    const date = parseLooseDate(year, { allowYear: true });
    if (!date) return undefined;
    const at = yearCell.offset + yearCell.text.indexOf(year);
    return { course, date: { offset: at, endOffset: at + year.length, text: year, date } };
  }
  const date = parseLooseDate(`${month[1]} ${year}`);
  const at = cell.text.lastIndexOf(month[1]);
  if (!date || at < 0) return undefined;
  return {
    course,
    date: { offset: cell.offset + at, endOffset: cell.offset + at + month[1].length, text: month[1], date },
  };
}

/**
 * A matrix's column of the date its course falls due again or stops being valid: "Refresher due", "Renewal due",
 * "Next due", "Renew by", "Expires", "Valid until" (not "Next review", nor a date of another check).
 */
const MATRIX_DUE_HEADER =
  /^(?:(?:(?:next\s+)?(?:refresher|renewal|update|training)|next)\s+due|renew(?:al)?\s+by|(?:date\s+of\s+)?expir(?:es|y|ed)(?:\s+(?:on|date))?|valid\s+(?:until|to))$/i;

/** A due column's words that make its date a renewal's, not an expiry's: "Refresher due", "Renew by". */
const DUE_WORDS = /\bdue\b|\brenew/i;

/**
 * A dated record with the date its row's due column gives ("22/09/2024" beside "09/2026"): the end of the record's
 * validity, when it is later than the completion. A booking in the cell ("booked for 01/2027") or "N/A" gives none.
 */
function withDueCell(record: TrainingLine, cell: Cell | undefined, heading: string): TrainingLine {
  if (!record.date || record.planned || record.dueDate || !cell) return record;
  if (/\b(?:booked|planned|scheduled)\b/i.test(cell.text)) return record;
  const due = trainingDates(cell.text, cell.offset)[0];
  if (!due || due.date.last <= record.date.date.last) return record;
  return { ...record, expires: due, ...(DUE_WORDS.test(heading) ? { renewalDue: true } : {}) };
}

/**
 * A matrix's column or row headed only with a group of Wales's national safeguarding training standards, a course
 * of its own: "Group A", "Group C (DSP)", "Grŵp B / Group B". Never "Group leader", "Age group" or "Group A (5–7s)"
 * in words of another kind: the letter ends the header, or a bracketed role's abbreviation follows it.
 */
const WELSH_GROUP_HEADER = /^(?:safeguarding\s+)?gr(?:ou|ŵ)p\s+[A-F](?:\s*\(\s*D?DS[LP]s?\s*\))?$/iu;
function welshGroupHeader(header: string): boolean {
  return eitherHalf(header, (half) => WELSH_GROUP_HEADER.test(half));
}

/** A transposed matrix's first header cell, over its column of courses: "Course", "Training", "Training course". */
const TRANSPOSED_COURSE_HEADER =
  /^(?:(?:safeguarding\s+)?(?:training\s+)?(?:course|training|module|qualification)s?|courses?\s*\/\s*(?:staff|names?|people))$/i;
/** A person's name with initials before the surname: "P. Ramaswamy-Cole", "Mr D. O'Hare", "J K Rowe". */
const INITIALLED_NAME = new RegExp(
  `^(?:(?:${TITLE_PATTERN})\\.?\\s+)?(?:\\p{Lu}\\.?\\s*){1,3}\\s(?:\\p{Lu}['’]|Ma?c)?\\p{Lu}\\p{Ll}[\\p{L}'’-]*$`,
  "u",
);

/**
 * The named lead a matrix's header name stands for: "D. O'Hare" for "Mr D. O'Hare", "P. Ramaswamy-Cole" for "Priya
 * Ramaswamy-Cole" — the same surname, and each initial the first letter of a given name. Undefined unless exactly
 * one named person fits.
 */
function namedLeadFor(name: string, named: LeadMention[]): Owner | undefined {
  const key = nameKey(name).split(" ");
  const fits = new Map<string, Owner>();
  for (const m of named)
    for (const full of m.names ?? (m.name ? [m.name] : [])) {
      const other = nameKey(full).split(" ");
      if (other.length < 2 || other.at(-1) !== key.at(-1)) continue;
      const given = key.slice(0, -1);
      const otherGiven = other.slice(0, -1);
      if (given.length === 0 || given.length > otherGiven.length) continue;
      if (!given.every((g, i) => (g.length === 1 ? otherGiven[i].startsWith(g) : otherGiven[i] === g)))
        continue;
      fits.set(nameKey(full), { name: full, role: m.role });
    }
  return fits.size === 1 ? [...fits.values()][0] : undefined;
}

/**
 * The named lead written with initials whom a full name stands for: "Sarah Okafor" for "Mrs S. Okafor", "Tomos Rhys
 * Bell" for "T. R. Bell" — the same surname, each of the lead's initials the first letter of a given name written
 * out. Undefined unless exactly one named person fits, or when the words are not a first name and a surname.
 */
function leadByInitials(name: string, named: LeadMention[]): Owner | undefined {
  const key = nameKey(name).split(" ");
  const given = key.slice(0, -1);
  if (given.length === 0 || given.some((g) => g.length < 2)) return undefined;
  const fits = new Map<string, Owner>();
  for (const m of named)
    for (const full of m.names ?? (m.name ? [m.name] : [])) {
      const other = nameKey(full).split(" ");
      const otherGiven = other.slice(0, -1);
      if (other.at(-1) !== key.at(-1) || otherGiven.length === 0 || otherGiven.length > given.length)
        continue;
      if (!otherGiven.every((g, i) => g.length === 1 && given[i].startsWith(g))) continue;
      fits.set(nameKey(full), { name: full, role: m.role });
    }
  return fits.size === 1 ? [...fits.values()][0] : undefined;
}

/**
 * Whose record a matrix's row or column is when it is headed with a role alone, not a person ("DSL", "Deputy DSL",
 * "Club Welfare Officer"): the one person the document names for that role (roleHolder), or else the role itself,
 * in the header's words and with no role of its own, as a row headed with a role unnamed is read. Undefined when the
 * header is not a role alone ("DSL training", "Mrs Ada Rowe (DSL)").
 */
function matrixRoleOwner(header: string, named: LeadMention[]): Owner | undefined {
  const mention = roleAlone(header);
  if (!mention) return undefined;
  const holder = roleHolder(mention, named);
  return holder ? { name: holder, role: mention.role } : { name: header };
}

/** The role a few words name when they are a role alone and no person: "DSL", "Deputy DSL", "Welfare Officer". */
export function roleAlone(words: string): LeadMention | undefined {
  const mentions = findLeadMentions(words);
  const role = mentions[0]?.role;
  if (!role || mentions.some((m) => m.name || m.placeholder || m.role !== role)) return undefined;
  let rest = words;
  for (const m of [...mentions].reverse()) rest = rest.slice(0, m.offset) + rest.slice(m.endOffset);
  return /\p{L}/u.test(rest) ? undefined : mentions[0];
}

/** "the" or "our" before a role: "The DSL", "Our Welfare Officer". */
const ROLE_ARTICLE = /^(?:the|our)\s+(?=\S)/i;
/** A bracket saying where the person's name is written: "(see footer)", "(named below)", "(details on page 1)". */
const WHERE_NAMED = /^\((?:see|named|name|names|details?|listed|given|as)\b[^()]{0,40}\)$/i;

/**
 * The role a record gives in place of its person, when that is a lead's role alone: "DSL", "Deputy DSL", after "the"
 * or "our" ("Our Welfare Officer"), or with a bracket saying where the name is ("DSL (see footer)", "The DSL (named
 * below)"). Undefined for anything else ("Staff (all)", "DSL (vacant)", "Mrs Ada Rowe (DSL)").
 */
export function roleInPlaceOfName(words: string): LeadMention | undefined {
  let bare = words.trim();
  if (bare.length > 80) return undefined;
  const open = bare.lastIndexOf("(");
  if (open > 0 && WHERE_NAMED.test(bare.slice(open))) bare = bare.slice(0, open).trimEnd();
  return roleAlone(bare.replace(ROLE_ARTICLE, ""));
}

/** A club's or a team's post a job title ends with that ENDS_IN_JOB does not list: "Treasurer", "Committee Member". */
const OTHER_JOB_AT_END = /\b(?:treasurer|member|volunteer|helper|assistant|supervisor|worker|steward)\s*$/i;
/** A matrix's person header: a name of two to four capitalised words, then a role or job in brackets. */
const NAME_THEN_ROLE = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s*\(([^()]{2,60})\)$/u;

/**
 * The person a transposed matrix's column is headed with when the header is a name and a bracketed role ("Gwen Tal
 * (Club Welfare Officer)"): the lead the document names so, or the name with the bracket's lead role. The name
 * need only look like a person's (the bracket says it is one); the bracket must be a role alone or end in a job's
 * word ("Junior Coach", "Chair"). Undefined otherwise.
 */
function personWithRole(
  name: string,
  bracket: string,
  named: LeadMention[],
  known: readonly string[],
): Owner | undefined {
  const role = roleAlone(bracket);
  if (!role && !ENDS_IN_JOB.test(bracket) && !OTHER_JOB_AT_END.test(bracket)) return undefined;
  if (COURSE_WORD.test(name) || !looksLikePerson(name, known)) return undefined;
  const lead = leadInLine(name, named) ?? namedLeadFor(name, named);
  if (lead?.name) return lead;
  return role ? { name, role: role.role } : { name };
}

/**
 * A transposed training matrix's records: a row per course and a column per person ("| Course | P. Ramaswamy-Cole
 * | D. O'Hare |" over "| Safeguarding Level 3 | 09/2025 | 06/2022 |"), each dated or lapsed cell the record of the
 * person its column is headed with (the lead the document names in full when the header gives initials). A table
 * is one when its first header cell heads courses, every other header cell is a person's name, every row names a
 * course, and every person's cell holds only a date or a status. Undefined for other tables.
 */
function transposedMatrixRecords(table: Table, named: LeadMention[]): TrainingLine[] | undefined {
  const header = table.headerCells.map((c) => plain(c.text).trim());
  const people = transposedPeople(header, named);
  if (!people) return undefined;
  const rows = table.rows.filter((r) => r.cells.some((c) => plain(c.text).trim() !== ""));
  if (rows.length === 0) return undefined;
  for (const row of rows) {
    const course = plain(row.cells[0]?.text ?? "").trim();
    if (!transposedCourse(course)) return undefined;
    for (let i = 1; i < header.length; i++) {
      const cell = row.cells[i];
      if (cell && matrixCell(cell) === undefined) return undefined;
    }
  }
  const records: TrainingLine[] = [];
  for (const row of rows) {
    const course = plain(row.cells[0]?.text ?? "").trim();
    for (const [index, person] of people.entries()) {
      const cell = row.cells[index + 1];
      const kind = cell ? matrixCell(cell) : undefined;
      if (!cell || !kind || kind.kind === "none" || !person) continue;
      const base = {
        offset: row.line.offset,
        endOffset: row.line.endOffset,
        course,
        datePlaceholder: false,
        noneRecorded: false,
        leadName: person.name,
        ...(person.role ? { leadRole: person.role } : {}),
      };
      records.push(matrixRecord(base, cell, kind));
    }
  }
  return records;
}

/** A transposed matrix's row heading: a course, or another subject's course (read, then left out by otherSubject). */
function transposedCourse(course: string): boolean {
  return (
    COURSE_WORD.test(course) || DSL_COURSE.test(course) || welshGroupHeader(course) || otherSubject(course)
  );
}

/**
 * The people a transposed matrix's header cells head ("Course" then a person per column), or undefined when the
 * header is no such matrix's.
 */
function transposedPeople(header: readonly string[], named: LeadMention[]): Owner[] | undefined {
  if (header.length < 2 || !TRANSPOSED_COURSE_HEADER.test(header[0])) return undefined;
  const known = named.map((m) => nameKey(m.name ?? ""));
  const people = header.slice(1).map((h) => {
    // "| Course | DSL | Deputy DSL |": a column headed with a role is its holder's.
    const role = matrixRoleOwner(h, named);
    if (role) return role;
    // "| Course | Gwen Tal (Club Welfare Officer) | Rob Ash (Junior Coach) |": a name, then the person's role or job
    // in brackets — the name is the person, the bracket their role.
    const withRole = h.endsWith(")") ? NAME_THEN_ROLE.exec(h) : null;
    if (withRole) return personWithRole(withRole[1], withRole[2], named, known);
    if (!h || COURSE_WORD.test(h) || MATRIX_NOT_COURSE_HEADER.test(h.toLowerCase())) return undefined;
    if (!INITIALLED_NAME.test(h) && looksLikePerson(h, known) !== "sure") return undefined;
    return namedLeadFor(h, named) ?? { name: h };
  });
  return people.every((p) => p !== undefined) ? people : undefined;
}

/** A transposed matrix's header line in plain text: its course column's word, then the first person's initial. */
const PLAIN_TRANSPOSED_HEADER = /^\s*(?:Course|Courses|Training)\s+(?=\p{Lu}\.(?:\s|$))/u;
/** One initial of a name: "P.", "D.". */
const INITIAL_TOKEN = /^\p{Lu}\.$/u;
/** A surname's word: "O'Hare", "Ramaswam", "Quinlan-R" (its rest may follow a line break in small letters). */
const SURNAME_TOKEN = /^(?:\p{Lu}['’])?\p{Lu}\p{Ll}[\p{L}'’-]*$/u;
/** A cell of a plain-text matrix's row: a numeric date, a word that says the course lapsed, or a mark of no record. */
const PLAIN_MATRIX_CELL =
  /^(?:\d{1,2}[/.]\d{2,4}(?:[/.]\d{2,4})?|expired|lapsed|overdue|[—–-]|n\/?a|[✓✔✗✘])$/i;

/**
 * Lines joined as their words were before a PDF broke them: a piece after a break that starts in small letters is
 * the rest of the word before it when the document writes the two together elsewhere ("Safeguardin" / "g Level 3"
 * → "Safeguarding Level 3", "Ramaswam" / "y-Cole" → "Ramaswamy-Cole"); otherwise a space ("Prevent" / "awareness").
 */
function joinBrokenWords(pieces: string[], text: string): string {
  let joined = "";
  for (const piece of pieces.map((p) => p.trim()).filter(Boolean)) {
    const last = /[\p{L}'’-]+$/u.exec(joined)?.[0] ?? "";
    const first = /^[\p{L}'’-]+/u.exec(piece)?.[0] ?? "";
    const whole = `${last}${first}`;
    const glued =
      last !== "" &&
      /^\p{Ll}/u.test(first) &&
      new RegExp(`(?<![\\p{L}])${escapeRegExp(whole)}(?![\\p{L}])`, "u").test(text.replace(/\s*\n\s*/g, " "));
    joined = joined === "" ? piece : `${joined}${glued ? "" : " "}${piece}`;
  }
  return joined;
}

/**
 * Transposed training matrices in plain text (a PDF's table read as lines, cells broken mid-word): a header line
 * "Course P." whose names follow as initials and a surname each ("P. Ramaswamy-Cole D. O'Hare T. Wierzbicki"), then
 * rows of a course's lines and a line of exactly as many cells as names, each a numeric date or a dash. Each dated
 * cell is the record of the person its column is headed with, matched to the leads the document names. Anything
 * that does not fit the layout gives nothing.
 */
function plainTransposedMatrices(
  text: string,
  lines: Line[],
  used: Set<number>,
  named: LeadMention[],
): TrainingLine[] {
  const found: TrainingLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = used.has(i) ? null : PLAIN_TRANSPOSED_HEADER.exec(lines[i].text);
    if (!header) continue;
    // The header's names: each an initial or more, then one surname, its rest after a line break in small letters.
    // The words after the last name, on the line where they stop, are the first course's.
    const names: string[][] = [];
    let surnameDone = false;
    let j = i;
    let from = header[0].length;
    let courseFrom: number | undefined;
    for (; j < lines.length && courseFrom === undefined; j++, from = 0) {
      if ((j > i && used.has(j)) || isBlank(lines[j])) break;
      for (const [k, m] of [...lines[j].text.slice(from).matchAll(/\S+/g)].entries()) {
        const token = m[0];
        const current = names.at(-1);
        if (INITIAL_TOKEN.test(token) && (current === undefined || surnameDone)) {
          names.push([token]);
          surnameDone = false;
        } else if (current && !surnameDone && SURNAME_TOKEN.test(token)) {
          current.push(token);
          surnameDone = true;
        } else if (current && surnameDone && k === 0 && /^\p{Ll}[\p{L}'’-]*$/u.test(token)) {
          // "Ramaswam" / "y-Cole": the surname's rest after the break.
          current.push(token);
        } else {
          courseFrom = from + (m.index ?? 0);
          break;
        }
      }
    }
    if (names.length < 2 || !surnameDone || courseFrom === undefined) continue;
    const people = names.map(([initial, ...surname]) => {
      const name = `${initial} ${joinBrokenWords(surname, text)}`;
      return namedLeadFor(name, named) ?? { name };
    });
    // The rows: a course's words (a few short lines), then a line of exactly as many cells as names.
    const read = plainMatrixRows(text, lines, used, j - 1, courseFrom, people, (course) =>
      Boolean(COURSE_WORD.test(course) || DSL_COURSE.test(course)),
    );
    if (read.rows.length === 0) continue;
    for (let n = i; n < read.end; n++) used.add(n);
    for (const row of read.rows) found.push(...row.records);
    i = read.end - 1;
  }
  return found;
}

/** A row of a plain-text transposed matrix: its course, and the records its cells give. */
interface PlainMatrixRow {
  course: string;
  records: TrainingLine[];
}

/**
 * A plain-text transposed matrix's rows from line `first` (its words from `from` on): each a course's words (a few
 * short lines, no sentence) that `isCourse` takes, then a line of exactly as many cells as people, each a numeric
 * date, a word that says the course lapsed ("expired") or a mark that records nothing. Each dated or lapsed cell is
 * the record of the person its column is headed with. Stops at a blank line, a line another reader has, or words
 * that are no course's; `end` is the first line no row holds.
 */
function plainMatrixRows(
  text: string,
  lines: Line[],
  used: Set<number>,
  first: number,
  from: number,
  people: Owner[],
  isCourse: (course: string) => boolean,
): { rows: PlainMatrixRow[]; end: number } {
  const rows: PlainMatrixRow[] = [];
  let course: string[] = [];
  let courseStart = lines[first].offset + from;
  let k = first;
  for (; k < lines.length; k++) {
    const line = lines[k];
    if (isBlank(line) || (k > first && used.has(k))) break;
    const cells = [...line.text.matchAll(/\S+/g)].map((m) => ({
      text: m[0],
      offset: line.offset + (m.index ?? 0),
      endOffset: line.offset + (m.index ?? 0) + m[0].length,
    }));
    if (k > first && cells.length === people.length && cells.every((c) => PLAIN_MATRIX_CELL.test(c.text))) {
      const courseText = joinBrokenWords(course, text);
      if (!isCourse(courseText)) break;
      const records: TrainingLine[] = [];
      for (const [n, cell] of cells.entries()) {
        const kind = matrixCell(cell);
        const person = people[n];
        if (!kind || kind.kind === "none" || !person.name) continue;
        const base = {
          offset: courseStart,
          endOffset: line.endOffset,
          course: courseText,
          datePlaceholder: false,
          noneRecorded: false,
          leadName: person.name,
          ...(person.role ? { leadRole: person.role } : {}),
        };
        records.push(matrixRecord(base, cell, kind));
      }
      rows.push({ course: courseText, records });
      course = [];
      continue;
    }
    // A course's words: a few short lines, no sentence.
    const words = (k === first ? line.text.slice(from) : line.text).trim();
    if (course.length >= 4 || /[.!?]$/.test(words) || wordCount(words) > 8) break;
    if (course.length === 0 && k > first) courseStart = line.offset;
    course.push(words);
  }
  return { rows, end: k - course.length };
}

/** A transposed matrix a PDF's reader gave as a table block, and the records read from it. */
interface TransposedBlock {
  table: Table;
  records: TrainingLine[];
}

/** The most lines a page's foot (a running footer, a page number) or its running header may take. */
const PAGE_FURNITURE_LINES = 3;

/**
 * The lines after `end` where a matrix's header is repeated at the head of the next page: a run of lines whose words
 * are the header's, word for word (spaces aside: a PDF breaks each header cell over its own short lines). The page
 * break must come after `end` within a few lines (the page's foot), and the run within a few lines of it.
 */
function repeatedHeaderRun(
  lines: Line[],
  used: Set<number>,
  end: number,
  header: string,
  pages: readonly number[],
): { start: number; end: number } | undefined {
  const page = pages.find((start) => start >= lines[end].endOffset);
  if (page === undefined || header === "") return undefined;
  const pageLine = lineAt(lines, page);
  let furniture = 0;
  for (let n = end + 1; n < pageLine; n++) {
    if (used.has(n)) return undefined;
    if (!isBlank(lines[n])) furniture++;
  }
  if (furniture > PAGE_FURNITURE_LINES) return undefined;
  for (let start = pageLine, tried = 0; start < lines.length && tried <= PAGE_FURNITURE_LINES; start++) {
    if (isBlank(lines[start])) continue;
    if (used.has(start)) return undefined;
    tried++;
    let words = "";
    for (let n = start; n < lines.length && !used.has(n); n++) {
      words += lines[n].text.replace(/\s+/g, "");
      if (words === header) return { start, end: n + 1 };
      if (!header.startsWith(words)) break;
    }
  }
  return undefined;
}

/** A course name's last word that joins it to more: "Safeguarding and", "Protection of". */
const JOINING_WORD_END = /(?:^|\s)(?:and|or|of|for|in|with|to|on|the|&)$/i;

/**
 * Whether the first line under a repeated header finishes the course name of the row the page break cut: it goes on
 * in lower case ("and Protection"), the cut name ends in a joining word ("Safeguarding and"), or the document writes
 * the two together elsewhere ("Safeguarding and Protecting" / "Children": "… completes Safeguarding and Protecting
 * Children and renews it …"). A line of the matrix's cells never does.
 */
function finishesCutCourse(cut: string, rest: string, text: string): boolean {
  const words = rest.split(/\s+/);
  if (cut === "" || rest === "" || words.length > 3 || words.every((w) => PLAIN_MATRIX_CELL.test(w)))
    return false;
  return (
    /^\p{Ll}/u.test(rest) ||
    JOINING_WORD_END.test(cut) ||
    text.replace(/\s+/g, " ").includes(`${cut} ${rest}`)
  );
}

/**
 * The rest of a PDF's transposed matrix (a row per course, a column per person) after a page break: the reader gave
 * the first page's part as a table block, the next page's as plain lines — the header repeated, word for word, then
 * each course's lines and a line of its cells. The first line under the header may finish the cut row's course name
 * (finishesCutCourse), which the row's records then carry. A page after it may continue the matrix again. Anything
 * else after the break (another table, other people in its header) is not this matrix's.
 */
function continuedTransposedMatrix(
  block: TransposedBlock,
  text: string,
  lines: Line[],
  used: Set<number>,
  named: LeadMention[],
  pages: readonly number[],
): TrainingLine[] {
  const { table } = block;
  const headerCells = table.headerCells.map((c) => plain(c.text).trim());
  const people = transposedPeople(headerCells, named);
  const last = table.rows.at(-1);
  if (!people || !last || pages.length < 2) return [];
  const header = headerCells.join("").replace(/\s+/g, "");
  let cut: PlainMatrixRow = {
    course: plain(last.cells[0]?.text ?? "").trim(),
    records: block.records.filter((r) => r.offset === last.line.offset),
  };
  let end = lineAt(lines, Math.max(table.header.offset, last.line.endOffset - 1));
  const found: TrainingLine[] = [];
  for (;;) {
    const run = repeatedHeaderRun(lines, used, end, header, pages);
    if (!run || run.end >= lines.length) break;
    const rest = lines[run.end].text.trim();
    const carried = finishesCutCourse(cut.course, rest, text);
    const first = carried ? run.end + 1 : run.end;
    if (first >= lines.length) break;
    const read = plainMatrixRows(text, lines, used, first, 0, people, transposedCourse);
    if (read.rows.length === 0) break;
    if (carried) for (const record of cut.records) record.course = `${cut.course} ${rest}`;
    for (let n = run.start; n < read.end; n++) used.add(n);
    for (const row of read.rows) found.push(...row.records);
    cut = read.rows[read.rows.length - 1];
    end = read.end - 1;
  }
  return found;
}

/** The rest of a plain-text table header broken over lines: "completed", "Renewal due". */
const HEADER_REST =
  /^\s*(?:(?:date|completed|renewal|renew|due|expiry|expires|by|on|valid|until|next|course|role|name)\s*)+$/i;
const NO_RECORD = /\bno\s+(?:safeguarding\s+)?training\s+recorded\b|\bno\s+date\s+recorded\b/gi;

/** A row's status cell after its dates: "06/2026 – booked", "09/10/2025 booked", "expired". */
const STATUS_AFTER =
  /^\s*(?:[–—-]\s*)?(?:booked|planned|requested|pending|expired|overdue|in\s+progress|ongoing|n\/a)\b(?!\s*(?:for\s+|on\s+)?\d)/i;
/** A job title a PDF ran into a name: "Owen Falconer Apprentice" is Owen Falconer. */
const JOB_AFTER_NAME =
  /\s+(?:Apprentice|Student|Volunteer|Trainee|Practitioner|Key\s*(?:worker|person)|Play\s*worker|Youth\s*worker|Support\s*worker|Worker|Cook|Chef|Caretaker|Cleaner|Driver|Escort|Administrator|Receptionist|Secretary|Bursar|Assistant|Teacher|Tutor|Instructor|Mentor|Manager|Supervisor|Co-?ordinator|Director|Owner|Proprietor|Childminder|Nanny|Helper|Deputy|Lead|Leader|Coach|Officer|Nurse|Governor|Trustee|Chair|Head|Room|Nursery|Senior|Bank|SENCO|Senco)\b.*$/;

/** The lines of a plain-text training table: its header, and the spans of its rows page after page. */
interface PlainTable {
  header: number;
  headerText: string;
  /** Line ranges [from, to) holding rows: one per page the table runs over. */
  spans: Array<[number, number]>;
}

/** Where a header broken over lines ends: "Name Role Course Date" / "completed" / "Renewal due". */
function headerEnd(lines: Line[], at: number): number {
  let end = at + 1;
  while (end < lines.length && HEADER_REST.test(lines[end].text)) end++;
  return end;
}

function headerWords(lines: Line[], from: number, to: number): string {
  return lines
    .slice(from, to)
    .map((l) => l.text.trim().toLowerCase())
    .join(" ")
    .replace(/\s+/g, " ");
}

/** A sentence's words that no table's column labels hold: a pronoun, a verb's helper, "with". */
const SENTENCE_WORDS = /\b(?:her|his|their|our|my|its|she|he|they|we|was|were|has|have|had|with)\b/i;

/**
 * A PDF's line of a sentence that the page's width wrapped, though it is letters only and holds "completed" and
 * "course" as a header does: "Bethan completed her designated safeguarding lead course with the" — more words than a
 * header has (seven at most: "Name Role in the group Course Completed"), or a sentence's own words.
 */
function wrappedSentenceLine(text: string): boolean {
  return wordCount(text) > 9 || SENTENCE_WORDS.test(text);
}

/**
 * The plain-text training table whose header is line `at`, if it is one. A PDF repeats a table's header on each
 * page it runs over, after the page's footer and running header: the rows after the repeated header (within a
 * few lines of the page break) are the same table's.
 */
function plainTableAt(lines: Line[], at: number): PlainTable | undefined {
  const header = lines[at];
  if (isTableRow(header) || !PLAIN_TRAINING_HEADER.test(header.text) || wrappedSentenceLine(header.text))
    return undefined;
  let first = headerEnd(lines, at);
  const headerText = lines
    .slice(at, first)
    .map((l) => l.text)
    .join(" ");
  const words = headerWords(lines, at, first);
  const spans: Array<[number, number]> = [];
  for (;;) {
    let end = first;
    while (
      end < lines.length &&
      !isBlank(lines[end]) &&
      !PAGE_FOOTER.test(lines[end].text) &&
      !isPlainHeading(lines[end]) &&
      !SECTION_LINE.test(lines[end].text)
    )
      end++;
    if (end > first) spans.push([first, end]);
    // The same header again within the next few lines (a footer, a page break, a running header between).
    let again = -1;
    for (let k = end; k < Math.min(lines.length, end + 8); k++) {
      if (isPlainHeading(lines[k]) && !PLAIN_TRAINING_HEADER.test(lines[k].text)) break;
      if (PLAIN_TRAINING_HEADER.test(lines[k].text) && headerWords(lines, k, headerEnd(lines, k)) === words) {
        again = k;
        break;
      }
    }
    if (end === first || again < 0) break;
    first = headerEnd(lines, again);
  }
  return spans.length > 0 ? { header: at, headerText, spans } : undefined;
}

/**
 * The text of a table's rows, same offsets as the document: lines joined with spaces, and what lies between its
 * pages (footer, running header, the header repeated) blanked, as are the lines another reading gave (`given`).
 */
function tableRowsText(
  lines: Line[],
  table: PlainTable,
  given: ReadonlySet<number> = new Set(),
): { start: number; block: string } {
  const [firstLine] = table.spans[0];
  const lastLine = table.spans[table.spans.length - 1][1] - 1;
  const start = lines[firstLine].offset;
  let block = "";
  for (let k = firstLine; k <= lastLine; k++) {
    const line = lines[k];
    const inside = !given.has(k) && table.spans.some(([from, to]) => k >= from && k < to);
    block += inside ? line.text : " ".repeat(line.text.length);
    if (k < lastLine) block += " ".repeat(lines[k + 1].offset - line.endOffset);
  }
  return { start, block };
}

/**
 * "Name Role Course Completed Renew by" and then, a few words a line, each row's cells: every row ends in its
 * completion date (and perhaps a renewal date and a status, "– booked"), or in "No date recorded" / "No
 * safeguarding training recorded". A row with its date cell empty runs into the next row: it ends where the next
 * person's name starts. Lines used are added to `used`.
 */
function plainTrainingTables(lines: Line[], used: Set<number>, known: readonly string[]): TrainingLine[] {
  const found: TrainingLine[] = [];
  // The lines a reader's block table or a Markdown table already gave.
  const read = new Set(used);
  for (let i = 0; i < lines.length; i++) {
    // A PDF reader's table that stopped short ("Name Course Date" over rows on two pages, the rows after the
    // first on the second page left out): its header starts the plain table again, and the rows it did not give
    // are read here, those it gave blanked.
    if (used.has(i) && !(read.has(i) && PLAIN_TRAINING_HEADER.test(lines[i].text))) continue;
    const table = plainTableAt(lines, i);
    if (!table) continue;
    const given = (k: number) => read.has(k);
    if (
      used.has(i) &&
      table.spans.every(([from, to]) => Array.from({ length: to - from }, (_, n) => from + n).every(given))
    )
      continue;
    const renewColumn = /\b(?:renew|expir|due|valid)/i.test(table.headerText);
    const last = table.spans[table.spans.length - 1][1];
    for (let k = i; k < last; k++) used.add(k);
    const { start, block } = tableRowsText(lines, table, read);
    // Rows end at a run of dates or at a "no record" marker.
    const ends: PlainRowEnd[] = [];
    const dates = trainingDates(block, start, { schoolYears: true });
    for (let d = 0; d < dates.length; d++) {
      const first = dates[d];
      let last = first;
      // "booked 14.01.27": a course still to come, so the row has no completion date.
      if (/\b(?:booked|planned|due|renew\w*|expir\w*)\W*$/i.test(block.slice(0, first.offset - start))) {
        // "Expires: 03/2025" ending a row: the end of the course's validity, its only date.
        const due = DUE_BEFORE.test(
          block.slice(Math.max(0, first.offset - start - 40), first.offset - start),
        );
        ends.push({ at: first.offset, next: first.endOffset, none: "date", ...(due ? { due: first } : {}) });
        continue;
      }
      // "booked for 9 March 2027": a course still to come, dated by its booking.
      if (PLANNED_BEFORE.test(block.slice(Math.max(0, first.offset - start - 40), first.offset - start))) {
        ends.push({ at: first.offset, next: first.endOffset, date: first, planned: true });
        continue;
      }
      if (
        renewColumn &&
        d + 1 < dates.length &&
        /^\s*$/.test(block.slice(last.endOffset - start, dates[d + 1].offset - start))
      ) {
        d++;
        last = dates[d];
      }
      const status = STATUS_AFTER.exec(block.slice(last.endOffset - start));
      ends.push({ at: first.offset, next: last.endOffset + (status ? status[0].length : 0), date: first });
    }
    for (const m of allMatches(NO_RECORD, block)) {
      const at = start + (m.index ?? 0);
      ends.push({ at, next: at + m[0].length, none: /date/i.test(m[0]) ? "date" : "training" });
    }
    ends.sort((a, b) => a.at - b.at);
    // The last row may have no date at all: it ends with the table.
    ends.push({ at: start + block.length, next: start + block.length, none: "date" });
    let from = start;
    for (const [n, e] of ends.entries()) {
      const closing = n === ends.length - 1;
      for (const row of rowsBetween(block, start, from, e.at, known)) {
        const dated = row.to === e.at;
        // A row that runs out of words before the next row's name is a row with its date cell empty.
        if (closing || !dated) {
          if (!COURSE_WORD.test(row.text) || SENTENCE_VERB.test(row.text) || wordCount(row.text) > 16)
            continue;
        }
        found.push(plainRow(row, dated && !closing ? e : { at: row.to, next: row.to, none: "date" }));
      }
      from = e.next;
    }
    i = last - 1;
  }
  return found;
}

interface PlainRow {
  from: number;
  to: number;
  text: string;
  leadName: string;
}

/**
 * The rows between two row ends: the words start with a person's name (after the rest of the row above, carried
 * over a page break), and a second person's name after a course's words starts another row, the first having no
 * date ("Owen Falconer Apprentice Safeguarding awareness (online) Lucy Marchetti Nursery practitioner …").
 */
function rowsBetween(
  block: string,
  start: number,
  from: number,
  to: number,
  known: readonly string[],
): PlainRow[] {
  const rows: PlainRow[] = [];
  const raw = block.slice(from - start, to - start);
  let text = raw.trim();
  let at = from + (raw.length - raw.trimStart().length);
  // A page's running footer caught in the table ("Approved 24 September 2026 · Next review: …").
  if (!text || /\b(?:approved|adopted|review|reviewed|version|page|policy|registered|charity)\b/i.test(text))
    return rows;
  // The end of the row above, carried over a page break: "SCP) Kwame Asante DSL training (Hollowmere SCP)",
  // "– booked Amira Haddad Deputy …".
  const carried = /^(?:(?:\([^)]*\)|[^\s\p{Lu}(]?\S*\)|[–—-]|\p{Ll}[\p{L}\p{N}_'’-]*)\s+)+(?=\p{Lu})/u.exec(
    text,
  );
  if (carried && !nameAtStart(text) && nameAtStart(text.slice(carried[0].length))) {
    at += carried[0].length;
    text = text.slice(carried[0].length);
  }
  for (;;) {
    const name = nameAtStart(text);
    // A row that names nobody is another table's ("Band committee 03.10.24"), or a running header.
    if (!name) return rows;
    const leadName = name.replace(JOB_AFTER_NAME, "") || name;
    let split = -1;
    for (const m of allMatches(/(?<=[\p{Ll})\].,]\s+)\p{Lu}/gu, text)) {
      const p = m.index ?? 0;
      if (p <= name.length) continue;
      const next = nameAtStart(text.slice(p));
      if (
        !next ||
        COURSE_WORD.test(next) ||
        ROLE_WORDS.test(next) ||
        !COURSE_WORD.test(text.slice(name.length, p))
      )
        continue;
      if (!looksLikePerson(next.replace(JOB_AFTER_NAME, "") || next, known)) continue;
      split = p;
      break;
    }
    if (split < 0) {
      rows.push({ from: at, to, text, leadName });
      return rows;
    }
    const head = text.slice(0, split).trimEnd();
    rows.push({ from: at, to: at + head.length, text: head, leadName });
    at += split;
    text = text.slice(split);
  }
}

/** Where a plain-text table's row ends: at its date (a booking's, when `planned`) or a "no record" marker. */
interface PlainRowEnd {
  at: number;
  next: number;
  date?: DateMatch;
  none?: "training" | "date";
  planned?: boolean;
  /** The row's date is when its course expires or falls due again ("Expires: 03/2025"), not a completion. */
  due?: DateMatch;
}

function plainRow(row: PlainRow, end: PlainRowEnd): TrainingLine {
  const { text, leadName } = row;
  const role = findLeadMentions(text)[0];
  const withRole = plain(text).replace(leadName, "").trim();
  const withoutRole = withRole
    .replace(role && role.offset <= leadName.length + 1 ? role.label : "\u0000", "")
    .trim();
  // The role goes unless it is all the course there is ("Deputy Designated Safeguarding Lead, new to role").
  const course = (COURSE_WORD.test(withoutRole) ? withoutRole : withRole)
    .replace(/\s+/g, " ")
    .replace(/\s*[–—-]?\s*\b(?:booked|planned|scheduled|due)(?:\s+(?:for|on|in))?\s*$/i, "")
    .replace(/^[\s,;:–—-]+/, "")
    .replace(JOB_AT_START, "");
  // "Safeguarding and Protecting Children – date": the date cell left to fill in.
  const placeholder = !end.date && DATE_PLACEHOLDER.test(` ${course}`);
  const dueCourse = end.due
    ? withoutDueWords(course, DUE_WORD_AT_END)
    : placeholder
      ? ` ${course}`.replace(DATE_PLACEHOLDER, "").trim()
      : course;
  return {
    offset: row.from,
    endOffset: end.next,
    course: end.none === "training" ? "" : dueCourse,
    date: end.date,
    datePlaceholder: placeholder && end.none !== "training",
    noneRecorded: end.none === "training",
    leadName,
    leadRole: role?.role,
    ...(end.planned ? { planned: true } : {}),
    ...(end.due ? { dueDate: end.due } : {}),
  };
}

/**
 * "… Level 3 Expires:", "… refresher, renewal due", "… – exp.": the words that introduce a due date, left at a
 * course's end.
 */
const DUE_WORD_AT_END = /(?:renew(?:al)?|expir(?:es|y|ed)|exp\.?|valid\s+(?:until|to)|due|by|on)$/i;
/** The same, and "for": "… refresher booked for". */
const DUE_OR_FOR_WORD_AT_END =
  /(?:renew(?:al)?|expir(?:es|y|ed)|exp\.?|valid\s+(?:until|to)|due|for|by|on)$/i;
/** The marks around those words: "(renewal due:", "expires, by". */
const DUE_MARK = /[\s(:,]/;

/**
 * A course's words without the due-date words at their end (`word`, with the marks around them), read back once
 * (`trimEndWords`): a pattern `(?:[\s(]*\bdue\b[\s:,]*)+$` read a long run of spaces again from each space. Marks
 * with no such word among them stay: "Level 3 (" is left as it was.
 */
function withoutDueWords(course: string, word: RegExp): string {
  const trimmed = trimEndWords(course, DUE_MARK, word);
  return /\p{L}/u.test(course.slice(trimmed.length)) ? trimmed : course;
}

/** The job title left at the start of a course's words once the name is taken off ("Apprentice Safeguarding …"). */
const JOB_AT_START =
  /^(?:Apprentice|Student|Volunteer|Trainee|Key\s*(?:worker|person)|Play\s*worker|Youth\s*worker|Support\s*worker|Cook|Chef|Caretaker|Cleaner|Driver|Escort|Administrator|Receptionist|Secretary|Bursar|Tutor|Instructor|Mentor|Nanny|Helper|Coach)\s+(?=.*\b(?:training|course|safeguarding|child\s+protection|awareness|prevent|level|refresher|induction|first\s+aid|hygiene)\b)/i;

/**
 * The words of every training table in the text (Markdown tables with a course column, plain-text tables a PDF
 * flattened), spaces collapsed and lower case: a person named there has a row, even one the reader could not
 * take apart, so they are never reported as having no training.
 */
export function trainingTableWords(lines: Line[]): string[] {
  const cached = tableWordsCache.get(lines);
  if (cached) return cached;
  const words: string[] = [];
  for (const table of [...findTables(lines), ...alignedTables(lines)]) {
    const header = table.headerCells.map((c) => plain(c.text).toLowerCase());
    const courseCols = header.flatMap((h, i) => (/\b(?:course|training)\b/.test(h) ? [i] : []));
    if (courseCols.length === 0) continue;
    // "| Deputy Children's Officer | Niamh Devlin-Boyce | to be booked | — |": a row whose course cells name no course
    // done is no sign of a record the reader lost.
    const rows = table.rows.filter(
      (r) => !courseCols.every((i) => NO_COURSE_CELL.test(plain(r.cells[i]?.text ?? "-").trim() || "-")),
    );
    words.push(tableWords(rows.map((r) => plain(r.line.text)).join(" ")));
  }
  for (let i = 0; i < lines.length; i++) {
    const table = plainTableAt(lines, i);
    if (!table) continue;
    words.push(tableWords(tableRowsText(lines, table).block));
    i = table.spans[table.spans.length - 1][1] - 1;
  }
  tableWordsCache.set(lines, words);
  return words;
}

const tableWordsCache = new WeakMap<Line[], string[]>();

/** Words compared as name keys are: lower case, no full stops or apostrophes, a name broken at its hyphen rejoined. */
function tableWords(text: string): string {
  return text
    .replace(/(?<=\p{L})-\s+(?=\p{L})/gu, "-")
    .replace(/[’']/g, "")
    .replace(/[.|,]/g, " ")
    .replace(/\s+/g, " ")
    .toLowerCase();
}

// ---------------------------------------------------------------------------
// Training lines outside tables, person by person
// ---------------------------------------------------------------------------

/** Whose lines follow: a named lead, a person named on a line of their own, or a role left without a name. */
interface Owner {
  name?: string;
  role?: LeadKind;
  /** Set by a list entry that starts with the person's name and holds their course. */
  byEntry?: boolean;
}

/** A person's dated record of a course, read from running text: "Sam Patel … last did it in May 2021". */
function datedRecord(
  offset: number,
  endOffset: number,
  course: string,
  date: DateMatch,
  owner: Owner,
): TrainingLine {
  return {
    offset,
    endOffset,
    course,
    date,
    datePlaceholder: false,
    noneRecorded: false,
    leadName: owner.name,
    leadRole: owner.role,
  };
}

/** List markers as Word, PDF and the web write them ("·", "•", "▪", Symbol-font "", "o", "–"), then bold. */
const ITEM_MARKER = /^\s*(?:>\s*)*(?:(?:[-*+]|\d+[.)]|[a-z][.)]|o|:)\s+|[•·▪◦●○■□‣⁃∙➢➤►–—\uF0B7\uF0A7]\s*)/;
const HEADING_MARK = /^\s{0,3}#{1,6}\s+/;

/** Words that make a line about training at all (a strict test for lines nobody owns). */
const TRAINING_WORD_STRICT = TRAINING_WORD;
/** Words that name a safeguarding course, for lines under a person's name. */
const COURSE_WORD =
  /\b(?:training|trained|course|refresher|update|level\s*[1-4]|induction|awareness|safeguarding|child\s+protection|prevent|e-?learning|workshop|module|certificate|D?DSL|designated|FGM|first\s+aid|safer\s+recruitment|thresholds|working\s+together|exploitation|online\s+safety|responding\s+to\s+concerns)\b/i;
/** A job title's last word: "Online Safety Lead", "Safeguarding Governor" name a job, though they hold a course's words. */
const ENDS_IN_JOB =
  /\b(?:lead|leader|officer|governor|trustee|person|manager|co-?ordinator|champion|practitioner|representative|rep|contact|advis[eo]r|head|teacher|director|chair|instructor|coach|clerk|secretary)\s*[.,;:]?\s*$/i;
/** A post's last word that ENDS_IN_JOB does not list: "Course Chaperone", "Chaperones". */
const CHAPERONE_AT_END = /\bchaperones?\s*$/i;
/** A phone number or an email address written after a post-holder's name, with its bracket if any. */
const HOLDER_CONTACT = /\(?\+?\d[\d ]{5,15}\d\)?|(?<![\w.+-])[\w.+-]{1,64}@[\w-]+(?:\.[\w-]+)+/g;

/**
 * A "POST: NAME" line: its left side a post ("Course Welfare Lead", "Course Chaperone", "Chaperones", "Induction
 * Co-ordinator") and its right side only the holder's name or names, maybe with a phone or an email address ("Ruairi
 * Kettleby-Osei (07700 900341)", "Mrs Ada Pell, Mr Bram Hoskins"). It says who holds the post, though the post's
 * words name a course ("Course", "Induction"): no training record. Not "Level 3 DSL course: Mrs Ada Pell, 4 March
 * 2025" (a course, not a post), nor "Course Welfare Lead: Ruairi Kettleby-Osei – Level 3 course" (a course named
 * after the name), nor a post whose holder's date is given or said to be missing.
 */
function postHolderLine(words: string): boolean {
  const colon = words.indexOf(":");
  if (colon < 2 || colon > 80) return false;
  const post = words.slice(0, colon);
  if (
    !ENDS_IN_JOB.test(post) &&
    !OTHER_JOB_AT_END.test(post) &&
    !PLURAL_ROLE.test(post.trimEnd()) &&
    !CHAPERONE_AT_END.test(post)
  )
    return false;
  const holder = words.slice(colon + 1).replace(HOLDER_CONTACT, " ");
  return (
    /^\s*\p{Lu}/u.test(holder) &&
    !/\d/.test(holder) &&
    !COURSE_WORD.test(holder) &&
    !DATE_PLACEHOLDER.test(holder) &&
    !NO_DATE.test(holder)
  );
}
/** A rule about training, not a record of it: "All staff complete basic awareness training every three years". */
const RULE_WORDS =
  /\b(?:every|annually|yearly|each\s+(?:year|term)|at\s+least|will|must|should|shall|needs?\s+to|required|regularly|biennially|expected\s+to|ensures?|makes?\s+sure)\b/i;
/**
 * A rule's word written with a capital between two capitalised words, part of a body's or a course's name ("Britain
 * Yearly Meeting", "Wendle Yearly Meeting"), not a rule; not before a number's or a period's word ("Every Three
 * Years", "Each Year"). The word is found first; the words beside it are looked at only there.
 */
const NAMED_RULE_WORD =
  /(?<=\p{Lu}[\p{L}'’-]{0,30}\s)(?:Yearly|Annually|Biennially|Regularly)(?=\s\p{Lu}\p{Ll})(?!\s(?:One|Two|Three|Four|Five|Six|Year|Years|Term|Terms|Month|Months)\b)/gu;

/** The words with each rule's word that is part of a capitalised name blanked (NAMED_RULE_WORD). */
function withoutNamedRuleWords(words: string): string {
  return words.replace(NAMED_RULE_WORD, " ");
}
/**
 * A later clause after a record's date, up to the line's end: after a semicolon, after "and" (with a comma or
 * not), or a sentence of its own. The run before its mark is one class, so the pattern reads a line once.
 */
const CLAUSE_AFTER_DATE = /^([\s)\]*_]*)(?:;|,\s*and\s|and\s|[.!?]\s+(?=\p{Lu}))/u;
/** A habit's or a rule's words: RULE_WORDS, a time that comes round again, "monthly", "weekly". */
const HABIT_WORDS = new RegExp(
  String.raw`${RULE_WORDS.source}|${RECURRING_TIME.source}|\b(?:monthly|weekly|half[\s-]?termly)\b`,
  "i",
);

/**
 * Where a later clause starts that tells of a habit or a rule after a dated record: "DSL (Level 3) refresher, 18
 * November 2024; DSL network meetings each term", "…, and attends the termly DSL forum", "… 2024. Updates annually
 * via the LA bulletin." The record keeps its date: the clause is no rule that makes the line one, and no part of the
 * course's name. Only when the words before the date name a course, and the clause holds no date or number of its
 * own (another record, a renewal's date) — or when the clause is a booking still to come, dated or not. `dateStart`
 * and `dateEnd` are offsets in `body`.
 */
function habitClauseAt(body: string, dateStart: number, dateEnd: number): number | undefined {
  const mark = CLAUSE_AFTER_DATE.exec(body.slice(dateEnd));
  if (!mark) return undefined;
  const clause = body.slice(dateEnd + mark[0].length);
  // "…, 15 November 2024; he is booked on the January 2027 course", "…; renewal booked": a booking, its date or not,
  // is no completion, and leaves the record before it as it is (a refresher booked does not renew the course).
  const later = futureBooking(clause) || (!/\d/.test(clause) && HABIT_WORDS.test(clause));
  if (!later) return undefined;
  return TRAINING_WORD.test(body.slice(0, dateStart)) ? dateEnd + mark[1].length : undefined;
}
/** A verb of renewing a course: "refreshed", "renews", "updated", "re-took" (not "refresher", "renewal"). */
const RENEW_VERB = /\b(?:refresh(?:es|ed)?|renew(?:s|ed)?|updat(?:es|ed)|re-?(?:takes|took|taken))\b/i;
/** What is renewed, right after the verb: "it", "the course", "her training", "his DSL refresher". */
const RENEWED_COURSE =
  /^\s+(?:it|this|the\s+(?:course|training|module|refresher|certificate)|(?:her|his|their|my)\s+(?:[\p{L}-]+\s+){0,2}?(?:training|course|module|refresher|certificate))\b/iu;
/** A renewal every year, right after the verb: "annually", "yearly", "every year". */
const YEARLY_AFTER_VERB = /^\s+(?:annually|yearly|every\s+year|each\s+year)\b/i;

/**
 * Whether a later clause after a dated record (habitClauseAt) says the same course has been renewed since, so that the
 * record is kept current: "…, 14 March 2022; refreshed annually since", ", and refreshed every year since", ".
 * Refreshes it annually online.", ", and has renewed it every year". Its verb renews, and "since" follows it, or the
 * course ("it", "her training"), or (refreshed or renewed, not "updates") every year. Not a cycle ("; renewed every two
 * years": when it falls due), nor news ("Updates annually via the LA bulletin"). Read on the clause's first sentence.
 */
function renewedSince(clause: string): boolean {
  const from = clause.search(/\p{L}/u);
  if (from < 0) return false;
  const rest = clause.slice(from);
  const end = rest.search(/[.!?;](?:\s|$)/);
  const sentence = end < 0 ? rest : rest.slice(0, end);
  const verb = RENEW_VERB.exec(sentence);
  if (!verb) return false;
  const after = sentence.slice(verb.index + verb[0].length);
  return (
    /\bsince\b/i.test(after) ||
    RENEWED_COURSE.test(after) ||
    (!/^updat/i.test(verb[0]) && YEARLY_AFTER_VERB.test(after))
  );
}

/** A sentence that records training that took place. */
const RECORD_VERB =
  /\b(?:was|were)\s+(?:last\s+)?(?:held|attended|completed|delivered|run|undertaken|refreshed|updated)\b|\b(?:attended|completed|undertook|passed|achieved)\b|\bwent\s+on(?=\s+(?:her|his|their|my|our|the|a|an)\s)|\blast\s+(?:attended|completed|trained|updated|refreshed)\b|\b(?:renewed|refreshed)\s+(?:her|his|their|my)\s/i;
/** A dated line nobody owns that is a document's history, not training. */
const HISTORY_WORDS =
  /\b(?:version|v\d+(?:\.\d+)?|amended|revised|added|removed|changed|updated|section|policy|reviewed|approved|adopted|ratified|signed|published|issued|appointed|started|joined|DBS|disclosure|KCSIE|keeping\s+children\s+safe|guidance)\b/i;
/** A dated line under a person that is about their job, not their training. */
const NOT_TRAINING_IN_BLOCK =
  /\b(?:appointed|started|joined|became|took\s+over|since|DBS|disclosure|employed|tel|phone|mobile|e-?mail|policy|procedures?|guidance|KCSIE|version|reviewed)\b/i;
/**
 * "Leadership Pathway (Diocese of Wrexford) -- 19 June 2025": a title, a dash, then nothing but its date or the
 * date left to fill in. Under a person's name it is a course, though no word says so. A colon inside a word is a
 * provider's name ("Thirtyone:eight Foundation – date"), not a label's.
 */
const TITLE_DASH_DATE = /^(\p{Lu}(?:[^.!?:;–—]|(?<=\p{L}):(?=\p{L})){1,80}?)\s+(?:--|[–—-])\s+(\S.*)$/u;
/** A title and date that are not a course: a birthday, a review, a renewal, a booking. */
const NOT_COURSE_TITLE =
  /\b(?:born|birth|birthday|review\w*|next|due|expir\w*|renew\w*|booked|planned|scheduled|valid|member(?:ship)?|elected|term|licen[cs]e|insurance)\b/i;

/**
 * Whether a line under a person's name names a course by its title alone: "Leadership Pathway -- 8 November
 * 2025", "Foundations in Ministry – date". The date must be all that follows the dash.
 */
function titledCourse(words: string): boolean {
  const m = TITLE_DASH_DATE.exec(words);
  if (!m || wordCount(m[1]) > 8 || SENTENCE_VERB.test(m[1])) return false;
  // "In Safe Hands — completed 05/11/2025, expires 11/2027": the date it was done, then the date it lapses.
  const after = m[2].replace(DONE_BEFORE_DATE, "").replace(DUE_AFTER_DATE, "");
  const checked = `${m[1]} ${after}`;
  if (NOT_TRAINING_IN_BLOCK.test(checked) || NOT_COURSE_TITLE.test(checked) || RULE_WORDS.test(checked))
    return false;
  // "Team Teach — 12/10/2019", "GDPR — 12/10/2019": a title in another subject is not safeguarding training.
  // "Thirtyone:eight Foundation – date": a safeguarding provider's own course.
  if (
    !SAFEGUARDING_SUBJECT.test(m[1]) &&
    !SAFEGUARDING_COURSE_NAME.test(m[1]) &&
    !SAFEGUARDING_PROVIDER.test(m[1])
  )
    return false;
  if (DATE_PLACEHOLDER.test(words)) return true;
  const rest = after.replace(/[\s.,;]+$/, "");
  const when = /\d/.test(rest) ? trainingDate(rest, 0) : undefined;
  return when !== undefined && when.offset === 0 && when.endOffset >= rest.length;
}

/**
 * Safeguarding courses known by their names alone, with no word that says safeguarding: the sports councils' "Time
 * to Listen", the LTA's "Safe to Play", Scotland's "In Safe Hands" and "Child Wellbeing and Protection", Girlguiding's "Safe Space", the
 * churches' "Leadership Pathway", "Foundations" and "Leading Safer …", the Methodist Church's "Foundation Module"
 * ("Basic and Foundation modules"), "Safer Working Practice", "Keeping Children
 * Safe", whistleblowing's "Speak Up" courses. "Foundations" and "Leadership Pathway" only as the churches' bare
 * names: "Foundations of Coaching", "Coaching Foundations", "Leadership Pathway for Coaches" are other subjects, as
 * is food hygiene's "Safer Food Better Business".
 */
const SAFEGUARDING_COURSE_NAME =
  /\b(?:time\s+to\s+listen|safe\s+to\s+play|listening\s+to\s+(?:children|young\s+people)|safe\s+hands|safe\s+space|(?:wellbeing|welfare)\s+and\s+protection|safer(?!\s+food\b)|keeping\s+(?:\p{L}+\s+){0,2}safe|speak(?:ing)?\s+up|whistle-?blowing|(?<!coaching\s)(?:leadership\s+pathway|foundations|foundation\s+modules?)\b(?!\s+(?:of|for|in)\b)|SPC(?=\s+(?:workshop|course|training|certificate|refresher|update|e-?learning)\b))\b/iu;

/** Statutory guidance whose title holds a course name's words: "Keeping Children Safe in Education 2024". */
const GUIDANCE_NAME = /\bkeeping\s+children\s+safe\s+in\s+education\b|\bKCSIE\b/i;

/** "completed" before a titled course's date: "Time to Listen — completed 27/01/2026". */
const DONE_BEFORE_DATE = /^(?:completed|attended|passed|done)\s*:?\s+(?=\d)/i;
/** The date a titled course lapses, after the date it was done: ", expires 11/2027", " (renewal due March 2028)". */
const DUE_AFTER_DATE =
  /(?<=\d)\s*(?:[,;]\s*|\(\s*)(?:expires|expiry|renewal\s+due|renew\s+by|due|valid\s+(?:until|to))\s*:?\s+[\p{L}\d/.\s-]{2,20}\)?\s*$/iu;

/**
 * "Prevent awareness – No date recorded", "…, no date on record": the date left out in words. "(date to follow)", "(date to be confirmed)":
 * the date promised later, which leaves the record undated as much.
 */
const NO_DATE =
  /\b(?:no\s+date(?:\s+(?:record(?:-\s+)?ed|given|known|available|on\s+(?:record|file)))?|date\s+(?:unknown|not\s+(?:known|recorded|on\s+(?:record|file))|to\s+(?:follow|be\s+(?:confirmed|added)))|undated)\b/i;
/**
 * A course still to come: "Next DSL refresher", "refresher booked with the county", "planned for the spring". Not
 * one the line also says was done ("booked in June and attended", "completed").
 */
const FUTURE_BOOKING = new RegExp(String.raw`\b(?:next|${BOOKING_WORDS}|upcoming|will\s+attend)\b`, "i");
const DONE_WORD = new RegExp(String.raw`\b(?:${DONE_WORDS}|holds?|held)\b`, "i");
function futureBooking(words: string): boolean {
  return FUTURE_BOOKING.test(words) && !DONE_WORD.test(words);
}
/**
 * A booking's words left at the end of its course once the date is out ("Level 3 DSL training booked for", "DSL
 * refresher (planned on"), and the marks around them: read back from the end by trimEndWords, once.
 */
const BOOKING_WORD_AT_END = /(?:booked|planned|scheduled|for|on|in)$/i;
const BOOKING_MARK = /[\s(:,–—-]/;
/** A booking's label opening a line's words: "Booked: ", "Next course: ", "Renewal due: ". */
const BOOKING_LABEL_START = new RegExp(String.raw`^${BOOKING_LABEL}\s*`, "i");
const BOOKING_LABEL_IN = new RegExp(String.raw`\b${BOOKING_LABEL}`, "i");
const BOOKED_ON_WORDS = new RegExp(BOOKED_ON, "i");
/**
 * Whether a line is a booking, not a record, by its words before its date (`before`): a booking's label opens them
 * ("Booked: Deputy DSL refresher, 18 January 2027", "Next course: …", "Due: …", "Renewal due: …"), or they say the
 * course is booked on or for ("Booked on the DSL refresher, 18 January 2027"). Not when the line's words say the course
 * was done ("Booked and completed: DSL refresher, 3 March 2026"). A future date alone makes no booking: a course's
 * line dated ahead is a record written wrong, and stays as written.
 */
function bookingLine(before: string, words: string): boolean {
  return (BOOKING_LABEL_START.test(before) || BOOKED_ON_WORDS.test(before)) && !DONE_WORD.test(words);
}
/**
 * A course's line ending in the word that it has lapsed, where its date would stand: "Level 3 – expired", "Safeguarding
 * Level 2 (lapsed)", "Safeguarding Children course: expired". The word as written.
 */
const LAPSED_AT_END = /\s*(?:--|[–—:,-]|\()\s*(expired|lapsed)\s*\)?\s*[.*]*\s*$/i;
/** "– no date recorded", ", no date on record", "(date to follow)" after a course, where its date would stand. */
const NO_DATE_AT_END = new RegExp(
  `(?:(?:\\s(?:--|[–—-])|\\s?,)\\s*(?:${NO_DATE.source})|\\s\\(\\s*(?:${NO_DATE.source})\\s*\\))\\s*[.*]*\\s*$`,
  "i",
);
/**
 * Words left in brackets for someone to fill in: "(add training and dates here)", "[insert date]". Bounded: a run of
 * opening brackets with no close was read to the line's end from each one.
 */
const LEFT_TO_FILL = /[([][^)\]]{0,160}?\b(?:add|insert|enter|list|fill)\b[^)\]]{0,160}[)\]]/i;
/** Details that belong to the person above: contact lines. */
const CONTACT = /\b(?:tel|telephone|phone|mobile|email|e-mail)\b|@|\b0\d{2,4}\s?\d{3}/i;
const SENTENCE_VERB = /\b(?:is|are|was|were|will|has|have|had|should|must|can|may|would|could)\b/i;
/** A completion date is not a renewal date: "(renew by 12 March 2026)", "booked for January 2027". */
const RENEWAL_BEFORE =
  /\b(?:renew(?:al|ed)?|expir(?:es|y|ed)|exp\b|due|valid\s+(?:until|to)|next|by|booked(?:\s+for)?|planned(?:\s+for)?|scheduled(?:\s+for)?|(?:due|renewal)\s+(?:in|on))\W*$/i;
/**
 * Words before the date a course falls due again: "due", "renewal due", "renew by", "expires", "valid until", and
 * "expires" shortened, as a licence card prints it ("exp. 08/26", "Exp: Aug 2026"; not "expected", "experience").
 */
const DUE_BEFORE =
  /\b(?:due(?:\s+(?:by|on|in))?|renew(?:al)?(?:\s+(?:due|by|date))?|renewal\s+(?:in|on)|expir(?:es|y|ed)(?:\s+on)?|exp\b|valid\s+(?:until|to))\W*$/i;

/** The date a line says its course falls due again (not "booked for", "next", "planned": those are plans). */
function dueDate(body: string, base: number): DateMatch | undefined {
  if (!/\d/.test(body)) return undefined;
  return trainingDates(body, base).find((d) => DUE_BEFORE.test(body.slice(0, d.offset - base)));
}

/**
 * A note of when the course is due again, in brackets after the record: "(DSL refresher due 06/2026)". The spaces
 * before it are read from the first of their run only (tried from each space of a long run, it read the run again),
 * and its words hold no opening bracket (tried from each bracket of a long run of "(", it read the run again).
 */
const RENEWAL_NOTE =
  /(?<!\s)\s*[([][^()[\]]*\b(?:due|renew(?:al|ed|s)?|expir(?:es|y|ed)|valid\s+(?:until|to)|booked|next)\b[^()[\]]*[)\]]/gi;
/**
 * A note after a spaced dash at a course's end of when it is next booked, falls due or expires, with its own date:
 * "Safeguarding and Protecting Children (Sept 2022) – renewal booked for 14/12/2026", "… – refresher due 03/2027",
 * "… – expires 09/2025". No part of the course's name (the bracketed kind is RENEWAL_NOTE). The date must follow the
 * note's word at once ("– Due Diligence Level 2" names a course), and each part is bounded, so a long run of dashes or
 * spaces is not read again from each of them.
 */
const BOOKING_NOTE_AT_END = new RegExp(
  String.raw`(?<!\s)\s+(?:--|[–—-])\s+(?:[\p{L}-]{1,20}\s+){0,3}?(?:${BOOKING_WORDS}|due|expir(?:es|y|ed)|renew(?:s|al)?|valid\s+(?:until|to))(?:\s+(?:for|on|in|by|from|until|to|w\/c))?(?:\s+the)?[\s:]*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\.?\s+\d)[^–—()[\]]{0,30}$`,
  "iu",
);
/** The marks and linking words left at the end of a course's words: "Level 3 (", "Lead course – completed on". */
const LINK_MARK = /[\s:,;.–—(\\-]/;
const LINK_WORD_AT_END = /(?:on|in|dated|completed|attended|refreshed|and)$/i;
/** The marks left at the end of a lead's course: "Level 3 –", "DSL course (". */
const COURSE_END_MARK = /[\s:,;(–—-]/;

/**
 * The text without the marks (one character each) and whole words it ends with, read back from its end once: a
 * pattern `(?:…)+$` was tried from each mark of a long run ("((((…x") and read the run again each time. With marks
 * alone, matches.ts's trimEndWhere.
 */
function trimEndWords(text: string, mark: RegExp, word: RegExp): string {
  let end = text.length;
  while (end > 0) {
    if (mark.test(text[end - 1])) {
      end--;
      continue;
    }
    const found = word.exec(text.slice(Math.max(0, end - 12), end));
    const start = found ? end - found[0].length : -1;
    if (found && (start === 0 || !/\w/.test(text[start - 1]))) {
      end = start;
      continue;
    }
    break;
  }
  return text.slice(0, end);
}

/**
 * "every 2 years – last done 2024", "annually, last completed", "Refreshed every 2 yrs; last: Jan '24": how often a
 * course is renewed, said before when it was last done — in a person's entry, a note on their record, not a rule for
 * a group.
 */
const CYCLE = String.raw`\b(?:(?:refreshed|renewed|repeated|updated|done)\s+)?(?:every\s+(?:(?:\d+|one|two|three|four|five|other)\s+)?(?:years?|yrs?|months?)|annually|yearly|biennially)`;
/** A group the line is about: "Teachers' safeguarding module", "as a whole staff", "all staff", "volunteers". */
const GROUP_IN_LINE =
  /\b(?:teachers|teacher['’]s|whole[\s-]staff|all[\s-]staff|staff[\s-]wide|volunteers|volunteer['’]s|everyone|all\s+(?:coaches|leaders|instructors|tutors|helpers))\b/i;
const CYCLE_BEFORE_LAST = new RegExp(
  String.raw`${CYCLE}(?=\s*(?:[)\]]\s*)?(?:[–—,;:-]\s*)?(?:[([]\s*)?last(?:\s+(?:done|taken|completed|attended|refreshed|renewed|updated|trained)\b|\s*:))`,
  "gi",
);
/**
 * The writer's own label for their training at the start of a line: "My safeguarding training:", "My training:",
 * "My courses:". The line is the writer's record, though it runs to a second short sentence ("… Partnership).
 * Refreshed every 2 yrs; last: Jan '24.").
 */
const OWN_TRAINING_LABEL =
  /^\s*my\s+(?:own\s+)?(?:(?:safeguarding|child\s+protection|DSL|lead)\s+)?(?:training(?:\s+record)?|courses?|qualifications?)\s*:/i;
/**
 * A heading, or a label alone on its line, over the writer's own list of courses (a sole trader's, a childminder's):
 * "## My training and checks", "3. My checks and training", "My training:", "My qualifications:". The dated courses
 * listed under it are the writer's records, though they hold no word for training ("- Safeguarding and Protecting
 * Children (UK Coaching) — March 2023"). Not "My training and my tutors' training": others' too.
 */
const WRITER_LIST_TITLE =
  /^(?:\d+(?:\.\d+)*\.?\s+)?my\s+(?:(?:own|safeguarding|DSL|checks|DBS|and|&)\s+){0,3}(?:training|courses|qualifications|certificates)(?:\s+(?:record|and\s+(?:checks|qualifications|certificates|DBS)))?\s*:?$/i;
/** What an entry of the writer's own list names to be a course with no word for training: safeguarding itself. */
const WRITER_COURSE = /\b(?:safeguard\w*|child(?:ren)?(?:['’]s)?\s+protection|protecting\s+children)\b/i;
/**
 * The renewal note and "last:" that end such a line once its date is taken out: ". Refreshed every 2 yrs; last: .".
 * Each run of spaces is followed by a mark it needs, and the separators before the note are tried from their start
 * only, so the pattern reads a line once.
 */
const OWN_LABEL_CYCLE_AT_END = new RegExp(
  String.raw`(?<![\s.,;:–—-])[\s.,;:–—-]*${CYCLE}[\s)\]]*(?:[–—,;:-]\s*)?(?:[([]\s*)?last(?:\s+\p{L}+)?(?:\s*:)?[\s.]*$`,
  "iu",
);
/** Verbs of a duty in a list under someone's name. */
const DUTY_VERB =
  /\b(?:attends?|keeps?|ensures?|makes?|provides?|arranges?|organi[sz]es?|records?|delivers?|leads?|completes?|takes?|gives?|checks?|will|is|are|has|have)\b/i;
/** "designated lead", "safeguarding lead", "lead practitioner", "lead training": the noun, not the verb "leads". */
const ROLE_NOUN_LEAD =
  /\b(?:designated|safeguarding|deputy|welfare|child\s+protection)\s+leads?\b|\blead\s+(?:practitioner|person|training|course|refresher|update)\b/gi;
/**
 * "Children Act 1989", "Working Together 2018": a year that belongs to a title (TITLE_YEAR_BEFORE). TITLE_WORD ends a
 * title whose year stays the title's even after a dash ("Children Act – 1989", "KCSIE – 2024"); "Children" and
 * "Together" do not (courseDashYear).
 */
const TITLE_WORD = "act|kcsie|education|guidance|edition|regulations|framework";
const TITLE_YEAR_BEFORE = new RegExp(String.raw`\b(?:${TITLE_WORD}|together|children)\W*$`, "i");
const TITLE_YEAR_AFTER_DASH = new RegExp(String.raw`\b(?:${TITLE_WORD})\W*$`, "i");

/**
 * "Safeguarding and Protecting Children – 2021": a course's name, a spaced dash, then the year it was done. The dash
 * parts the year from the title, so a title's last word ("Children") does not claim it; an Act's, guidance's or
 * edition's year stays the title's ("Children Act – 1989", "Working Together to Safeguard Children – 2018",
 * "Keeping Children Safe in Education – 2024", "KCSIE – 2024").
 */
function courseDashYear(before: string): boolean {
  return (
    /\s(?:--|[–—-])\s*$/.test(before) &&
    !TITLE_YEAR_AFTER_DASH.test(before) &&
    !/\b(?:working\s+together|keeping\s+children\s+safe|KCSIE)\b/i.test(before)
  );
}

/**
 * "– Child Wellbeing and Protection in Sport – 2021": a course's line ends with the year it was done, after a dash.
 * Words ending in a job ("– Whistleblowing Officer – 2021", "– Safer Recruitment Lead – 2020") name a role held
 * since that year, not a course.
 */
function courseDashYearAtEnd(words: string): boolean {
  const year = trainingDate(words, 0);
  if (year?.date.precision !== "year") return false;
  const before = words.slice(0, year.offset);
  return courseDashYear(before) && !ENDS_IN_JOB.test(before.replace(/\s(?:--|[–—-])\s*$/, ""));
}

/**
 * The date of a record whose line broke before or inside its date (PDF, or a wrapped list item): the next line, short,
 * no entry, heading, person, course or rule of its own, completes the date ("Responding to" / "Concerns. November
 * 2018"; "– 18 March" / "2024"). `body` is the line's words from `from`; `end` where the line (and any lines joined to
 * it) ends.
 */
function dateRunsOn(
  lines: Line[],
  i: number,
  tableLines: Set<number>,
  body: string,
  from: number,
  end: number,
  known: string[],
): DateMatch | undefined {
  const next = lines[i + 1];
  if (!next || isBlank(next) || tableLines.has(i + 1)) return undefined;
  const nextStart = itemStart(next.text);
  if (nextStart.marker || nextStart.heading) return undefined;
  // "… training (Hollowmere Partnership)," / "Sep-24. A refresher is booked for …": the date ends a sentence that
  // opens the next line, and the sentences after it are read as that line's own (the caller keeps the line).
  const tail = !nextStart.marker ? SENTENCE_TAIL.exec(next.text) : null;
  // Only a date's few words ("Sep-24.", "12 March 2024."): a longer sentence ("on the ninth of October 2023.") is
  // prose, read sentence by sentence.
  // "SCP, 06/03/2025; MARAC representative training 11/2025": the date ends the entry's first clause and the same
  // person's next course follows the semicolon — the clause is the date's line, the rest is read with the entry.
  const semicolon = next.text.indexOf(";");
  const clause =
    semicolon >= 0 && /\d/.test(next.text.slice(0, semicolon))
      ? next.text.slice(0, semicolon + 1)
      : undefined;
  const carried =
    tail && /\d[.!?]\s+$/.test(tail[0]) && wordCount(tail[0]) <= 3
      ? next.text.slice(0, tail[0].trimEnd().length)
      : clause && wordCount(clause) <= 4 && /\d\s*;$/.test(clause)
        ? clause.slice(0, -1)
        : next.text;
  const nextWords = plain(carried.slice(nextStart.start));
  if (
    wordCount(nextWords) > 10 ||
    personLine(nextWords, known) ||
    TRAINING_WORD_STRICT.test(nextWords) ||
    RULE_WORDS.test(nextWords)
  )
    return undefined;
  const joinedDate = trainingDate(body + " ".repeat(next.offset - end) + carried, from);
  return joinedDate && joinedDate.endOffset > next.offset ? joinedDate : undefined;
}

/** Whether a name is one of the document's named leads'. */
function knownPerson(name: string | undefined, known: string[]): boolean {
  return name !== undefined && known.some((k) => sameName(k, nameKey(name)));
}

/**
 * "Name – middle – date": a person's entry whose middle part sits between two dashes, a date after it (or on the
 * next line, where a PDF's page edge broke the entry after the second dash), or the words that say its date is
 * missing where the date would stand ("– No date recorded", "– date to follow").
 */
const DASHED_MIDDLE = new RegExp(
  String.raw`^[^–—]*?\S\s+(?:--|[–—-])\s+(?<middle>[^–—]+?)\s+(?:--|[–—-])(?:\s+(?=[^\s–—]*\d)|\s*$|\s*(?=(?:${NO_DATE.source})\s*[.*]*\s*$))`,
  "iu",
);

/**
 * "- Mehmet Yıldız – Designated Safeguarding Lead (Hollowmere SCP, two days) – 22/10/2024" in a section about
 * training: the lead's title alone between the entry's two dashes (a bracket of provider or length beside it), a
 * date after it, names the lead's course, as "Designated Safeguarding Lead training" would. Elsewhere, or with other
 * words beside the title ("Interim Designated Safeguarding Lead (from 1 September 2026): …"), it is the role.
 */
function roleBetweenDashes(words: string, onLine: LeadMention[]): boolean {
  const middle = DASHED_MIDDLE.exec(words)?.groups?.middle;
  if (!middle || !DSL_COURSE.test(middle)) return false;
  const rest = withoutLabels(middle, onLine).replace(/\([^()]*\)/g, " ");
  return rest.trim() === "" || LEADS_IN_FIELD.test(middle.replace(/\s*\([^()]*\)/g, "").trim());
}

/**
 * "Safeguarding Leads in Screen Production (two days)": the leads' title in the plural, then the field they lead in,
 * names a course for leads; one person's role is no plural.
 */
const LEADS_IN_FIELD =
  /^(?:[\p{L}'’-]+\s+){0,3}(?:[Ll]eads|[Ll]eaders|[Oo]fficers|[Pp]ersons|[Pp]ractitioners|DSLs)\s+(?:in|for)\s+\p{Lu}[\p{L}'’-]*(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}'’-]*){0,4}$/u;

/**
 * "Name – role (bracket), date": a person's entry, the role's words, a bracket, then a date and nothing else.
 */
const ROLE_BRACKET_DATE =
  /^[^–—]*?\S\s+(?:--|[–—-])\s+(?<middle>[^–—()]+?)\s*\((?<bracket>[^()]+)\)\s*(?:,|--|[–—-])\s*(?<after>\S.*)$/u;
/**
 * A bracket that names who gave a course or how: a partnership, a council or board, a governing body, an online
 * course — "(Westcombe SCP)", "(Hollowmere LSCB)", "(county council)", "(UK Coaching)", "(online)".
 */
const COURSE_GIVER =
  /\b(?:SCP|LSCB|LSCP|SCB|partnership|council|county|borough|board|diocese|diocesan|association|federation|union|authority|coaching|sport\w*|online|e-?learning|face[\s-]to[\s-]face|virtual|training|course|refresher|level\s*\d)\b/i;
/** A bracket after a role that says how or since when it is held, not who ran a course: "(interim)", "(from May)". */
const ROLE_TENURE =
  /\b(?:interim|acting|temporary|cover(?:ing)?|maternity|from|since|until|appointed|started|elected|volunteer|paid|part[\s-]time|job[\s-]share)\b/i;

/**
 * "Morwenna Ellis – Designated Safeguarding Lead (Westcombe SCP), 14/03/2025" in a section about training: the lead's
 * title alone, who ran the course in brackets after it, then the date it was completed, names the lead's course. A
 * role line carries no provider and no completion date ("Morwenna Ellis – Designated Safeguarding Lead"), and a
 * bracket of tenure ("(interim), 1 September 2025") dates the appointment, not a course.
 */
function roleWithProviderAndDate(words: string, onLine: LeadMention[]): boolean {
  const m = ROLE_BRACKET_DATE.exec(words)?.groups;
  if (!m || !DSL_COURSE.test(m.middle)) return false;
  const rest = withoutLabels(m.middle, onLine);
  if (rest.trim() !== "") return false;
  if (/\d/.test(m.bracket) || ROLE_TENURE.test(m.bracket) || NOT_TRAINING_IN_BLOCK.test(m.bracket))
    return false;
  // Who ran a course ("Westcombe SCP", "NSPCC online"), not where the role is held ("Riverside Hall site").
  if (!COURSE_GIVER.test(m.bracket) && !SAFEGUARDING_PROVIDER.test(m.bracket)) return false;
  const after = m.after.replace(/[\s.;]+$/, "");
  if (!/\d/.test(after) || NOT_COURSE_TITLE.test(after)) return false;
  const when = trainingDate(after, 0);
  return when !== undefined && when.offset === 0 && when.endOffset >= after.length;
}

/** "Name – role for a field, date": a person's entry, the role's words and the part it leads, a comma, a date. */
const ROLE_FOR_FIELD_DATE =
  /^[^–—]*?\S\s+(?:--|[–—-])\s+(?<middle>[^–—,()]+?)\s*,\s*(?<after>[^,–—]*\d[^,–—]*)$/u;

/**
 * "● Miss Ines Tarrow — Designated Safeguarding Lead for early years, 03/02/2026" in a section about training: the
 * lead's title for the part of the setting it leads ("for early years", "for the junior section"), then a date and
 * nothing else, names the lead's course, as roleBetweenDashes reads it between two dashes.
 */
function roleForFieldWithDate(words: string, onLine: LeadMention[]): boolean {
  if (words.length > 300) return false;
  const m = ROLE_FOR_FIELD_DATE.exec(words)?.groups;
  if (!m || !DSL_COURSE.test(m.middle)) return false;
  const rest = withoutLabels(m.middle, onLine).trim();
  if (
    rest === m.middle.trim() ||
    !/^(?:for|in)\s+(?:the\s+)?[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,3}$/u.test(rest)
  )
    return false;
  const after = m.after.replace(/[\s.;]+$/, "");
  if (NOT_COURSE_TITLE.test(after)) return false;
  const when = trainingDate(after, 0);
  return when !== undefined && when.offset === 0 && when.endOffset >= after.length;
}

/**
 * A training log's label, a line of its own: "Training log (last completed):", "Training records:", "Staff training
 * record (latest):", or the same words as a heading ("### Training log"); or, with its colon, "Our training:",
 * "Staff training:", "Training held:", "Training:".
 */
const TRAINING_LOG_LABEL =
  /^(?:\d+(?:\.\d+)*\.?\s+)?(?:(?:[\p{L}'’-]+\s+){0,2}?training\s+(?:logs?|records?|register|history)(?:\s*\([^()\n]{1,40}\))?\s*:?|(?:(?:our|staff)\s+)?training(?:\s+held)?\s*:)$/iu;
/** A log's entry: a name of one to four capitalised words (a title's full stop allowed), then a dash or a colon. */
const LOG_ENTRY = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}(?:\s(?:--|[–—-])\s|:\s)/u;

/**
 * Whether a line is in a training log (`inLog`: the line before it was): the log's label opens it, each person's
 * entry under it keeps it open — "Name – course date", or a block of a name on its own line ("Priya Lomax") and a
 * course with its date at the line's end on each line under it — any other line ends it.
 */
function logLine(words: string, inLog: boolean): boolean {
  if (words.length <= 80 && TRAINING_LOG_LABEL.test(words.trim())) return true;
  if (!inLog) return false;
  return LOG_ENTRY.test(words) || PERSON_CELL.test(words.trim()) || endsWithDate(words);
}

/** Whether a short line ends with its date (or its first part does, before a semicolon): "… (SCP) June 2024". */
function endsWithDate(words: string): boolean {
  if (words.length > 300) return false;
  const date = trainingDate(words, 0);
  return date !== undefined && /^[\s.]*(?:;|$)/.test(words.slice(date.endOffset));
}

/**
 * Whether the line's lead is the person whose name line opened the block ("Shanice Oyelowo-Baird" / "Early Years
 * Designated Safeguarding Lead (Hollowmere SCP), 24/04/2025": the lead reader ties the title to the name above).
 */
function ownRoleLine(
  here: LeadMention | undefined,
  owner: Owner | undefined,
  nameLine: Line | undefined,
): boolean {
  return (
    nameLine !== undefined &&
    here?.name !== undefined &&
    owner?.name !== undefined &&
    sameName(nameKey(here.name), nameKey(owner.name))
  );
}

/** A course's own word after a lead's title: "– Level 3 refresher", ": refresher course", " (new to role)". */
const COURSE_AFTER_TITLE =
  /\b(?:level\s*[1-4]|refresher|course|training|update|module)\b|\(new\s+to\s+(?:the\s+)?role\)/i;

/**
 * "Designated Safeguarding Lead – Level 3 refresher, 8 October 2024", "DSL – two-day course (SCP), 8 October 2024":
 * a line that opens with a lead's title (a setting's kind or "Deputy" before it at most), then a course's own word
 * and a date. Under a person's name it is their course; a title line naming its holder ("DSL – Mr A B") is not.
 */
function titleThenCourse(words: string): boolean {
  if (words.length > 300 || !/\d/.test(words)) return false;
  const title = DSL_COURSE.exec(words);
  if (!title) return false;
  const before = words.slice(0, title.index).trim();
  if (before !== "" && !SETTING_BEFORE_TITLE.test(before) && !/^deputy$/i.test(before)) return false;
  const rest = words.slice(title.index + title[0].length);
  return COURSE_AFTER_TITLE.test(rest) && trainingDate(rest, 0) !== undefined;
}

/**
 * Whether the lead's title a line opens with (titleThenCourse) may be the person's own: they are named for no lead's
 * role, or for this one. "Deputy DSL – Designated Safeguarding Lead refresher – 18/09/2025" under the DSL's block is
 * the deputy's record, not the DSL's.
 */
function ownTitle(words: string, name: string, named: readonly LeadMention[]): boolean {
  const title = DSL_COURSE.exec(words);
  const role = title ? roleAlone(words.slice(0, title.index + title[0].length))?.role : undefined;
  if (!role) return true;
  const key = nameKey(name);
  const roles = named.filter((m) => m.name && sameName(nameKey(m.name), key)).map((m) => m.role);
  return roles.length === 0 || roles.includes(role);
}

/** A setting's kind before a lead's title, part of the title: "Early Years Designated Safeguarding Lead". */
const SETTING_BEFORE_TITLE = /^(?:early\s+years|nursery|school|college|club|church|parish)$/i;

/**
 * The words with each mention's role label blanked to one space, read once in the mentions' order: each label where
 * its mention stands (its offset less `from`, the offset of the words' first character, when given and the label is
 * there), else the label's next occurrence after the last one blanked. Replacing each label in the whole line in turn read the line again per
 * mention (a paragraph of thousands of "Mr Tom Hale deputises for Harriet …").
 */
function withoutLabels(words: string, mentions: readonly LeadMention[], from?: number): string {
  let out = "";
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.offset - b.offset)) {
    const label = plain(m.label);
    if (!label) continue;
    const hint = from === undefined ? -1 : m.offset - from;
    const i = hint >= at && words.startsWith(label, hint) ? hint : words.indexOf(label, at);
    if (i < 0) continue;
    out += `${words.slice(at, i)} `;
    at = i + label.length;
  }
  return out + words.slice(at);
}

/**
 * "Priya Lomax — Designated Person (Early Years) 11/2023" in a training log: a person's entry whose words after the
 * name's dash (or colon) are the lead's title alone — a bracket of whom or where it serves beside it — then the date
 * and nothing more (or the line's next part, after a semicolon), names the lead's course. Other words between the
 * title and the date ("Designated Person since 2019"), a bracket of tenure ("DSL (interim) 03/2022") or a job's title
 * ("Deputy Manager from 03/2025") make it the role.
 */
function roleDatedInLog(words: string, onLine: LeadMention[]): boolean {
  if (words.length > 300) return false;
  // "Early Years Designated Safeguarding Lead (Hollowmere SCP) June 2024" under a name on its own line: the whole
  // line is the entry's words after the name.
  const dash = /\s(?:--|[–—-])\s|:\s/.exec(words);
  const rest = dash ? words.slice(dash.index + dash[0].length) : words;
  const date = trainingDate(rest, 0);
  if (!date || !/^[\s.]*(?:;|$)/.test(rest.slice(date.endOffset))) return false;
  const title = trimEndWhere(rest.slice(0, date.offset), /[\s,:–—-]/);
  const open = title.endsWith(")") ? title.lastIndexOf("(") : -1;
  const bracket = open >= 0 ? title.slice(open + 1, -1) : "";
  const middle = open >= 0 ? title.slice(0, open) : title;
  if (!DSL_COURSE.test(middle) || NOT_TRAINING_IN_BLOCK.test(title) || NOT_COURSE_TITLE.test(title))
    return false;
  if (/[\d()]/.test(bracket) || ROLE_TENURE.test(bracket)) return false;
  const left = withoutLabels(middle, onLine).trim();
  return left === "" || SETTING_BEFORE_TITLE.test(left);
}

/** After a person's name, the churches' pathway module named alone, then a dash or a comma: " – Leadership – ". */
const PATHWAY_MODULE_ALONE =
  /^\s*(?:--|[–—:-])\s+(?:basic\s+awareness|foundations|leadership)(?:\s+(?:--|[–—-])|,)\s+/i;

/**
 * "The Director of Music, Dr Simon Arkwright – Leadership – January 2023" in a training list or section: a person's
 * entry whose course is a module of the churches' pathway named alone ("Basic Awareness", "Foundations",
 * "Leadership"), then its date and nothing more. "Leadership" alone names no course elsewhere ("Leadership team –
 * meets monthly", "Mrs Ann Lee – Leadership – appointed 2023").
 */
function pathwayModuleEntry(words: string, known: readonly string[]): boolean {
  if (words.length > 300) return false;
  const person = personLine(words, known);
  const at = person?.record ? words.indexOf(person.name) : -1;
  if (!person || at < 0) return false;
  const rest = words.slice(at + person.name.length);
  const module = PATHWAY_MODULE_ALONE.exec(rest);
  if (!module) return false;
  const after = trimEndWhere(rest.slice(module[0].length), /[\s.;]/);
  const when = trainingDate(after, 0);
  return when !== undefined && when.offset === 0 && when.endOffset >= after.length;
}

/** Where a line's words start once a list marker, a heading mark or bold is skipped; and whether it had a marker. */
function itemStart(text: string): { start: number; marker: boolean; heading: boolean } {
  const heading = HEADING_MARK.exec(text);
  if (heading) return { start: heading[0].length, marker: false, heading: true };
  const marker = ITEM_MARKER.exec(text);
  const at = marker ? marker[0].length : 0;
  const bold = /^(?:\*\*|__)/.exec(text.slice(at));
  return { start: at + (bold ? bold[0].length : 0), marker: marker !== null, heading: false };
}

/**
 * The date a training line was completed: the first date that is not a renewal date; a bare year only at the
 * end of the line ("Child Protection Basic Awareness 2017"), never a year that belongs to a title.
 */
export function trainingDate(body: string, base: number): DateMatch | undefined {
  // Every date has a year or a day in figures: most lines have none, and reading dates is the costly part.
  if (!/\d/.test(body)) return undefined;
  const dates = trainingDates(body, base);
  // "2025–26" is a school year, not a date anything was done.
  const completed = dates.find(
    (d) =>
      !RENEWAL_BEFORE.test(body.slice(0, d.offset - base)) &&
      !/^\s*[–—/-]\s*\d{2}\b/.test(body.slice(d.endOffset - base)),
  );
  if (completed) return completed;
  // "designated lead training, 2022–23; refresher booked for 3 February 2027": done during that school year (the
  // booking's date is none), where the year ends the record or the part before a semicolon or a comma.
  const schoolYear = findSchoolYears(body, base).find((y) => {
    const before = body.slice(0, y.offset - base);
    const part = before.slice(before.lastIndexOf(";") + 1);
    return (
      /^[\s).*_]*(?:$|[;,.](?!\d)|[–—-]\s+\D)/.test(body.slice(y.endOffset - base)) &&
      !RENEWAL_BEFORE.test(before) &&
      !TITLE_YEAR_BEFORE.test(before) &&
      !/\b(?:plan|planned|programme|schedule|booked|calendar|next)\b/i.test(part)
    );
  });
  if (schoolYear) return schoolYear;
  if (dates.length > 0) return undefined;
  const year = findDates(body, base, { allowYear: true }).find((d) => d.date.precision === "year");
  if (!year) return undefined;
  const before = body.slice(0, year.offset - base);
  // "Safeguarding awareness 2025 (renew 2028)": a bracket saying when the course falls due again may follow its year.
  const after = body.slice(year.endOffset - base).replace(RENEWAL_NOTE, "");
  if (!/^[\s).*_]*$/.test(after) || RENEWAL_BEFORE.test(before)) return undefined;
  if (TITLE_YEAR_BEFORE.test(before) && !courseDashYear(before)) return undefined;
  // "DSL update 2022-23" at the end of a record: done some time in that school year, so a careful reader dates
  // it to the year's last day (31 August) — a period like a term. A plan for a year ("training plan 2025–26")
  // is not a record.
  if (/[–—/-]/.test(year.text))
    return /\b(?:plan|planned|programme|schedule|booked|calendar|next)\b/i.test(before)
      ? undefined
      : { ...year, date: { ...year.date, precision: "term" } };
  return year;
}

const MONTH_DASH_YEAR =
  /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?-(\d{2})\b(?![/.-]\d)/gi;
const MONTH_INDEX = "jan feb mar apr may jun jul aug sep oct nov dec".split(" ");

/**
 * The dates in training text: findDates', and "Sep-22" (a month and a two-digit year, as training matrices
 * write them), which would otherwise be read as a day ("22 Sep-25" from "Sep-22 Sep-25").
 */
export function trainingDates(
  raw: string,
  base: number,
  options: { schoolYears?: boolean } = {},
): DateMatch[] {
  const key = `${options.schoolYears ? "y" : "n"}${raw}`;
  let dates = trainingDatesRead.get(key);
  if (!dates) {
    dates = readTrainingDates(raw, options);
    if (trainingDatesRead.size >= TRAINING_DATES_KEPT) trainingDatesRead.clear();
    trainingDatesRead.set(key, dates);
  }
  return dates.map((d) => ({
    ...d,
    offset: d.offset + base,
    endOffset: d.endOffset + base,
    date: { ...d.date },
  }));
}

/**
 * trainingDates' answer for each text read, offsets from the text's start: the training readers ask again about
 * the same words (a line's date, whether it is a dated entry, its due date; a cell for each reader of a table).
 * The answer depends on the text alone, so no document's answer is another's; emptied when it grows large.
 */
const trainingDatesRead = new Map<string, readonly DateMatch[]>();
const TRAINING_DATES_KEPT = 2000;

function readTrainingDates(raw: string, options: { schoolYears?: boolean }): DateMatch[] {
  // A web page converted to Markdown escapes the apostrophe of a two-digit year ("Jan \\'24"): read it as
  // written (same length, so offsets hold).
  let text = raw.includes("\\") ? raw.replace(/\\(?=['’])/g, " ") : raw;
  const own: DateMatch[] = [];
  for (const m of allMatches(MONTH_DASH_YEAR, text)) {
    const month = MONTH_INDEX.indexOf(m[1].slice(0, 3).toLowerCase()) + 1;
    const year = 2000 + Number(m[2]);
    const first = `${year}-${String(month).padStart(2, "0")}-01`;
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    const offset = m.index ?? 0;
    own.push({
      offset,
      endOffset: offset + m[0].length,
      text: m[0],
      date: { first, last: `${first.slice(0, 8)}${String(lastDay).padStart(2, "0")}`, precision: "month" },
    });
  }
  // chrono reads "14/11/2023 Nov-25" as "2023 Nov-25" (25 November 2023) and loses the day before it: the
  // months read here are blanked first (same length, so offsets hold).
  for (const o of own)
    text = `${text.slice(0, o.offset)}${" ".repeat(o.text.length)}${text.slice(o.endOffset)}`;
  const found = findDates(text, 0, { shortMonthYear: true })
    .filter((d) => !own.some((o) => d.offset < o.endOffset && d.endOffset > o.offset))
    .map((d) => (d.date.precision === "day" ? dayRangeAsLastDay(text, d) : d));
  // "2022–23" in a date cell: a course done during that school year.
  const years = options.schoolYears
    ? findSchoolYears(text).filter(
        (y) => ![...found, ...own].some((d) => y.offset < d.endOffset && y.endOffset > d.offset),
      )
    : [];
  return [...found, ...own, ...years].sort((a, b) => a.offset - b.offset);
}

/**
 * A day range that chrono reads as its first day: "2–3 October 2023", "2nd – 3rd October 2023", "2 to 3 October
 * 2023". The day and its separator; the second day follows.
 */
const RANGE_START = /^(?:on\s+)?\d{1,2}(?:st|nd|rd|th)?\s*(?:[–—-]|to\b)\s*(?=\d{1,2}(?:st|nd|rd|th)?\s)/i;
/**
 * A first day before a date that chrono reads alone: "2 & " (3 October 2023), "2nd and ", "30 September & ", "30
 * September – ". Not part of a longer number or date ("1.2 & 3 October", "10/2 & 3 October").
 */
const DAY_BEFORE =
  /(?<![\d/.,:–—-])(\d{1,2})(?:st|nd|rd|th)?(?:\s+(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)?\s*(?:&|and|[–—-]|to)\s*$/i;
/** A word that numbers what follows it: "Level 3 – 4 October 2023" is Level 3, done on 4 October. */
const NUMBERED_WORD_BEFORE =
  /\b(?:levels?|lefel|groups?|gr[ŵw]p|modules?|units?|parts?|stages?|tiers?|steps?|phases?|sessions?|days?|weeks?|years?|version|no|number|section|chapter|page|cohort|ks|key\s+stage)\.?\s*$/i;

/**
 * A course held over days is done on its last day, and the range is one date: "DSL two-day course 2 & 3 October
 * 2023", "2 and 3 October", "2nd & 3rd October", "30 September & 1 October", "2–3 October" (which chrono reads as
 * the 2nd). The date is the last day's, and it starts at the first day, so the course's name ends before the range.
 * A number after a word that numbers a course ("Level 3 – 4 October 2023", "Group 3 – 14 October 2023") is the
 * course's, not a first day: the date is the one after the dash, and starts there.
 */
function dayRangeAsLastDay(text: string, d: DateMatch): DateMatch {
  const start = RANGE_START.exec(d.text);
  if (start) {
    const at = d.offset + start[0].length;
    const [last] = findDates(text.slice(at, d.endOffset));
    if (last?.offset !== 0 || at + last.endOffset !== d.endOffset) return d;
    const numbered = NUMBERED_WORD_BEFORE.test(text.slice(Math.max(0, d.offset - 16), d.offset));
    return numbered ? { ...last, offset: at, endOffset: d.endOffset } : { ...d, date: last.date };
  }
  if (!/^\d/.test(d.text)) return d;
  const before = text.slice(Math.max(0, d.offset - 24), d.offset);
  const first = DAY_BEFORE.exec(before);
  if (!first) return d;
  const from = d.offset - before.length + (first.index ?? 0);
  if (NUMBERED_WORD_BEFORE.test(text.slice(Math.max(0, from - 16), from))) return d;
  const [year, month, day] = d.date.first.split("-").map(Number);
  const firstMonth = first[2] ? monthNumber(first[2]) : month;
  const firstDay = Number(first[1]);
  // The same month, an earlier day; or the month before ("30 September & 1 October").
  const range =
    firstMonth === month
      ? firstDay >= 1 && firstDay < day
      : firstMonth === (month === 1 ? 12 : month - 1) && firstDay >= 1 && firstDay <= 31 && year > 0;
  return range ? { ...d, offset: from, text: text.slice(from, d.endOffset) } : d;
}

const personCache = new Map<string, "sure" | "maybe" | false>();
/** A first name and a double-barrelled surname, nothing else: "Orla Whitby-Crane" (the first name, the last part). */
const FIRST_AND_BARRELLED = /^(\p{Lu}[\p{Ll}'’]+)\s\p{Lu}[\p{Ll}'’]+-(\p{Lu}[\p{Ll}'’]+)$/u;
const NOT_PERSON_TAGS = [
  "Verb",
  "Adjective",
  "Adverb",
  "Preposition",
  "Conjunction",
  "Determiner",
  "Pronoun",
  "Value",
  "Date",
  "Gerund",
  "Place",
  "Country",
  "City",
  "Organization",
];

/** A name that starts with a title ("Mrs Amira Haddad", "Rabbi Levi"). */
const TITLED_NAME = new RegExp(`^(?:${TITLE_PATTERN})\\b`);
/** The title a name starts with, and the space after it: "Mrs " of "Mrs Amira Haddad". */
const TITLE_AT_START = new RegExp(`^(${TITLE_PATTERN})\\.?\\s`, "u");

/**
 * Whether a short run of capitalised words is a person's name. "sure": a lead the document names, a title
 * ("Mrs"), or a name compromise knows; "maybe": words that are nothing else (no verb, adjective, acronym …, as
 * with "Carys Bell", which compromise does not know); false otherwise ("Further Information", "Hollowmere SCP").
 */
export function looksLikePerson(name: string, known: readonly string[] = []): "sure" | "maybe" | false {
  const key = nameKey(name);
  if (known.some((k) => sameName(k, key))) return "sure";
  if (TITLED_NAME.test(name)) return "sure";
  // "St Mary's Catholic …" is a church or a school.
  if (/^(?:St|Saint)\b/.test(name)) return false;
  const cached = personCache.get(name);
  if (cached !== undefined) return cached;
  let person = taggedPerson(name);
  // "Dominic Ashworth-Lane": a double-barrelled surname whose second part is a street's word ("Lane", "Hill"), which
  // the tagger reads as a place as it reads "Ashworth Lane", is judged again by its first part.
  const firstPart = name.replace(/(?<=\p{Lu}[\p{Ll}'’]+)-\p{Lu}[\p{Ll}'’]+/gu, "");
  if (!person && firstPart !== name) person = taggedPerson(firstPart);
  // "Orla Whitby-Crane": a first name and a double-barrelled surname whose first part is a town's ("Whitby"), which
  // the tagger reads as a place, is judged by the surname's other part; a "maybe" at most.
  const barrelled = FIRST_AND_BARRELLED.exec(name);
  if (!person && barrelled && taggedPerson(`${barrelled[1]} ${barrelled[2]}`)) person = "maybe";
  if (personCache.size > 1000) personCache.clear();
  personCache.set(name, person);
  return person;
}

/** What compromise makes of a short run of capitalised words (see looksLikePerson). */
function taggedPerson(name: string): "sure" | "maybe" | false {
  const doc = nlp(name);
  if (doc.people().found || doc.has("^#FirstName")) return "sure";
  const terms = doc.terms().json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>;
  const plausible = terms.every(({ terms: [term] }) => {
    if (!term) return false;
    if (term.tags.some((t) => NOT_PERSON_TAGS.includes(t))) return false;
    // An acronym ("SCP", "NSPCC") is an organisation; a single initial ("R.") is part of a name.
    return !(term.tags.includes("Acronym") && term.text.replace(/\W/g, "").length > 1);
  });
  return plausible ? "maybe" : false;
}

/** Words of a job or a role after a name: "– Deputy Manager", ", Room Leader", ": Head of Nursery". */
const ROLE_WORDS =
  /\b(?:manager|lead|leader|officer|head|deputy|teacher|practitioner|co-?ordinator|D?DSL|chair|trustee|worker|assistant|administrator|director|principal|senco|welfare|nurse|coach|secretary|owner|proprietor|childminder|governor|pastor|vicar|minister|captain|president)s?\b/i;

/**
 * A job between "The" or "Our" and a comma, its words capitalised, opening a line before a person's name: "The
 * Director of Music, " (of "The Director of Music, Dr Simon Arkwright – …"), "Our Head of Chaplaincy, ".
 */
const JOB_BEFORE_NAME =
  /^(?:[Tt]he|[Oo]ur)\s+(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and|&)\s+)?){0,4}\p{Lu}[\p{L}'’-]*,\s+(?=\p{Lu})/u;

/**
 * A line that starts a person's block: "Dana Whitlow", "Tomasz Nowak – Designated Safeguard Lead",
 * "Ellen Price, Nursery Manager and DSL", "Amira Haddad: Head of Nursery", "Name: Sam Keller".
 * `record` is true when the rest of the line is itself a training record ("Dana Whitlow: Level 3 DSL 12/03/2022").
 * A name compromise does not know counts when a role follows it, or when a list starts on the next line.
 */
function personLine(
  words: string,
  known: readonly string[],
  listFollows: () => boolean = () => false,
  namedPerson?: (word: string) => boolean,
): { name: string; record: boolean } | undefined {
  // "The Revd Canon Ann Lee (Vicar)": a priest is written with "The" before the title; the name starts at the title.
  const text = words.replace(/^name\s*:\s*/i, "").replace(/^the\s+(?=rev(?:d|erend)?\.?\s)/i, "");
  // "The Director of Music, Dr Simon Arkwright – Leadership – January 2023": the person's job before the name, on a
  // line that is their record; a name the document, a title or the tagger says is a person's.
  const job = JOB_BEFORE_NAME.exec(text);
  if (job) {
    const person = personAt(text.slice(job[0].length), known);
    return person?.record && looksLikePerson(person.name, known) === "sure" ? person : undefined;
  }
  return personAt(text, known, listFollows, namedPerson);
}

/** personLine, the name at the start of `text`. */
function personAt(
  text: string,
  known: readonly string[],
  listFollows: () => boolean = () => false,
  namedPerson?: (word: string) => boolean,
): { name: string; record: boolean } | undefined {
  const name = nameAtLineStart(text, known);
  if (!name) return namedPerson ? oneNameRecord(text, namedPerson) : undefined;
  const rest = text.slice(name.length);
  // "Lady Lumley's School …": a place named after a person starts the line, not a person.
  if (NAMED_PLACE_AFTER.test(rest)) return undefined;
  // "Ana Brook's Level 3 DSL training: …" is Ana Brook's record.
  const owner = name.replace(/['’]s$/, "");
  if (rest.trim() === "") {
    const person = looksLikePerson(owner, known);
    return person === "sure" || (person === "maybe" && listFollows())
      ? { name: owner, record: false }
      : undefined;
  }
  // "Dana Whitlow is our lead …": a sentence about someone, not a name heading their lines.
  if (!/^\s*[,–—:(|/-]/.test(rest) && !/^\s+(?:\p{Lu}|\S+@)/u.test(rest)) return undefined;
  // "12 May 2025", "May 2024": the month, not the verb.
  // A line of records between semicolons may run longer, each record short: "– CRB checked 2011; Safeguarding
  // awareness (Dunmore Sports Partnership) 2019; Powerboat Level 2, 2014".
  if (
    SENTENCE_VERB.test(rest.replace(MONTH_MAY, "")) ||
    (wordsIn(rest) > 14 &&
      !(
        wordsIn(rest) <= 40 &&
        recordParts(rest, 0).every((p) => wordsIn(p.text) <= 14) &&
        (datedCoursePart(rest, 0) !== undefined ||
          // Someone the policy names as no lead ("Ollie Fenwick (Site Lead): … – May 2022; First aid … – May 2025"):
          // a lead's own line is theirs by the lead's name on it already.
          (monthDatedCoursePart(rest) && !known.some((k) => sameName(k, nameKey(owner)))))
      ))
  )
    return undefined;
  // "Owain Jenkins – Group A safeguarding awareness – date": a course with its date left to fill in stands where a
  // dated record's date would, though the course has no word "training" (a job line "– Climbing Instructor – date"
  // names no course, and "– Online Safety Lead – date" a job whose title holds a course's words).
  // "Lorna Beckwith: Safeguarding and Protecting Children – no date recorded": the date said to be missing, likewise.
  const undatedCourse = DATE_PLACEHOLDER.test(rest)
    ? rest.replace(DATE_PLACEHOLDER, "")
    : NO_DATE_AT_END.test(rest)
      ? rest.replace(NO_DATE_AT_END, "")
      : undefined;
  // "Ivo Marsh – CRB checked 2011; Safeguarding awareness (Dunmore SP) 2019": a safeguarding course among the
  // line's parts, dated by a bare year.
  const record =
    (/\d/.test(rest) &&
      (trainingDates(rest, 0).length > 0 ||
        courseDashYearAtEnd(rest) ||
        datedCoursePart(rest, 0) !== undefined)) ||
    TRAINING_WORD_STRICT.test(rest) ||
    (undatedCourse !== undefined && COURSE_WORD.test(undatedCourse) && !ENDS_IN_JOB.test(undatedCourse));
  const person = looksLikePerson(owner, known);
  if (
    !person ||
    (person === "maybe" &&
      !ROLE_WORDS.test(rest) &&
      !(!record && listFollows()) &&
      !nameBeforeDatedCourse(owner, rest))
  )
    return undefined;
  return { name: owner, record };
}

/**
 * One word in capitals, a person known by one name or by a surname alone ("SUHARTI", "ÒGÚNLÉYÈ"), then a spaced
 * dash.
 */
const ONE_CAPITALS_NAME = /^(\p{Lu}[\p{Lu}\p{M}'’-]*\p{Lu})(?=\s+(?:--|[–—-])\s)/u;

/**
 * "SUHARTI – SAFEGUARDING AWARENESS – 2022": one word in capitals before a dated safeguarding course, a person's
 * record where the document names that word as a person elsewhere ("SUHARTI (VOLUNTEER COORDINATOR) – 07700 …",
 * "Mr Ògúnléyè"; see personNamedIn). The literal dash first, the patterns only then.
 */
function oneNameRecord(
  text: string,
  namedPerson: (word: string) => boolean,
): { name: string; record: boolean } | undefined {
  if (!text.includes(" – ") && !text.includes(" — ") && !text.includes(" - ")) return undefined;
  const name = ONE_CAPITALS_NAME.exec(text)?.[1];
  if (!name || !nameWordsOnly(name)) return undefined;
  const rest = text.slice(name.length);
  if (wordsIn(rest) > 14 || SENTENCE_VERB.test(rest.replace(MONTH_MAY, "")) || !datedCourseAfterDash(rest))
    return undefined;
  return namedPerson(name) ? { name, record: true } : undefined;
}

/** A title just before a word: "Mr ", "MS ". */
const TITLE_JUST_BEFORE = /(?<![\p{L}])(?:mr|mrs|ms|miss|mx|dr)\.?\s+$/u;
/** A job or role in brackets just after a name: " (VOLUNTEER COORDINATOR)", " (Deputy DSL)". */
const BRACKETED_ROLE_AFTER = /^\s*\(([^()\n]{2,60})\)/;

/**
 * Whether the document names a word as a person somewhere: after a title ("Mr Ògúnléyè") or before a job or role
 * in brackets ("SUHARTI (VOLUNTEER COORDINATOR) – 07700 …"), in any case. Its text is put together and searched only
 * when asked (a rare line's shape asks).
 */
function personNamedIn(lines: readonly Line[]): (word: string) => boolean {
  let text: string | undefined;
  const answers = new Map<string, boolean>();
  return (word) => {
    const w = word.toLowerCase();
    const kept = answers.get(w);
    if (kept !== undefined) return kept;
    text ??= lines
      .map((l) => l.text)
      .join("\n")
      .toLowerCase();
    let answer = false;
    for (let at = text.indexOf(w); at >= 0 && !answer; at = text.indexOf(w, at + w.length)) {
      const before = text.slice(Math.max(0, at - 8), at);
      const after = text.slice(at + w.length, at + w.length + 70);
      if (/[\p{L}\p{M}]$/u.test(before) || /^[\p{L}\p{M}]/u.test(after)) continue;
      const role = BRACKETED_ROLE_AFTER.exec(after)?.[1];
      answer = TITLE_JUST_BEFORE.test(before) || (role !== undefined && ROLE_WORDS.test(role));
    }
    answers.set(w, answer);
    return answer;
  };
}

/** A determiner and a job of a word or three, then a comma: "My assistant, ", "our student volunteer, ". */
const JOB_BEFORE_APPOSITION =
  /\b(?:[Mm]y|[Oo]ur|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,\s*$/u;

/**
 * Whether the document names a first name as a person between commas after a job: "My assistant, Kerry, works with
 * me …", "our volunteer, Kerry." (see personNamedIn for a title before, or a job in brackets after). Its text is put
 * together and searched only when asked.
 */
function personApposedIn(lines: readonly Line[]): (word: string) => boolean {
  let text: string | undefined;
  const answers = new Map<string, boolean>();
  return (word) => {
    const kept = answers.get(word);
    if (kept !== undefined) return kept;
    text ??= lines.map((l) => l.text).join("\n");
    let answer = false;
    for (let at = text.indexOf(word); at >= 0 && !answer; at = text.indexOf(word, at + word.length)) {
      const after = text.slice(at + word.length, at + word.length + 3);
      if (/^[\p{L}\p{M}]/u.test(after) || !/^\s*[,;.)]/.test(after)) continue;
      answer = JOB_BEFORE_APPOSITION.test(text.slice(Math.max(0, at - 60), at));
    }
    answers.set(word, answer);
    return answer;
  };
}

/**
 * The person a line labelled with a first name and a colon is about, when no lead has that first name but the document
 * names it as a person elsewhere ("- Kerry: Level 1 Safeguarding (online) – 9 January 2023" beside "My assistant,
 * Kerry, …"): that first name alone. "Level 3: Designated Lead – …" is no one's (a level is named nowhere as a person).
 */
function firstNameLabelPerson(
  words: string,
  apposed: (word: string) => boolean,
  namedPerson: (word: string) => boolean,
): Owner | undefined {
  if (!words.includes(":")) return undefined;
  const first = FIRST_NAME_LABEL.exec(words)?.[1];
  return first && (apposed(first) || namedPerson(first)) ? { name: first } : undefined;
}

/** Two people's names joined by "and" or "&", the whole line: "Hannah Brook and Priti Shah". */
const TWO_NAMES =
  /^\s*(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+(?:and|&)\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*$/u;

/**
 * A line naming two people together ("Hannah Brook and Priti Shah") over the courses they share: their block, not
 * a detail of the person above. Each side a person's name, no job's words ("Office and Bookings Manager").
 */
function namesTogether(words: string, known: readonly string[]): boolean {
  if (!words.includes(" and ") && !words.includes("&")) return false;
  const m = TWO_NAMES.exec(words);
  return (
    !!m &&
    !ROLE_WORDS.test(words) &&
    looksLikePerson(m[1], known) !== false &&
    looksLikePerson(m[2], known) !== false
  );
}

/** The words of a line's text that hold a letter or a figure. */
function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
}

/**
 * "· Kofi Mensah – Safeguarding awareness (online) – 11/2023": a name compromise does not know (no role after it)
 * opening an entry whose rest, after a dash or a colon, is a dated safeguarding course. The name's own words name
 * no course, subject, role or group ("Child Protection – Level 3 – 2023", "Foundation Module – 2024", "Welfare
 * Officer – …", "Bikeability Instructor – …" are not people).
 */
function nameBeforeDatedCourse(name: string, rest: string): boolean {
  if (!/^\s*(?:--|[–—:-])\s+\S/.test(rest) || !/\d/.test(rest) || trainingDates(rest, 0).length === 0)
    return false;
  const course = rest.replace(/^\s*(?:--|[–—:-])\s+/, "");
  if (!COURSE_WORD.test(course) || !namesSafeguarding(course) || otherSubject(course)) return false;
  return /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3}$/u.test(name) && nameWordsOnly(name);
}

/**
 * After a dash or a colon, a safeguarding course dated by a day, a month or a year at the line's end ("– SAFEGUARDING
 * AWARENESS – 2022").
 */
function datedCourseAfterDash(rest: string): boolean {
  if (!/^\s*(?:--|[–—:-])\s+\S/.test(rest) || !/\d/.test(rest)) return false;
  if (trainingDates(rest, 0).length === 0 && !courseDashYearAtEnd(rest)) return false;
  const course = rest.replace(/^\s*(?:--|[–—:-])\s+/, "");
  return COURSE_WORD.test(course) && namesSafeguarding(course) && !otherSubject(course);
}

/** A name's words name no course, subject, role, group or provider ("Child Protection", "Welfare Officer"). */
function nameWordsOnly(name: string): boolean {
  return (
    !COURSE_WORD.test(name) &&
    !TRAINING_WORD.test(name) &&
    !ROLE_WORDS.test(name) &&
    !ENDS_IN_JOB.test(name) &&
    !GROUP_NOUN.test(name) &&
    !SAFEGUARDING_SUBJECT.test(name) &&
    !CHILDRENS_WELLBEING.test(name) &&
    !SAFEGUARDING_COURSE_NAME.test(name) &&
    !SAFEGUARDING_PROVIDER.test(name) &&
    !TOPICS.some(([, pattern]) => pattern.test(name))
  );
}

/**
 * The lead a line names, among the role mentions on it. Not one whose name is on a later line when this line is a
 * dated course under a person's name ("**Mr A B**" / "- Designated Safeguarding Person (Group C) — 24/06/2025" /
 * "**Miss C D**": the course's words read as the role, C D as its holder). Not one named after the person the line
 * opens with ("**Nell Ashdown** (Safeguarding Contact, Birch Lane; deputy)": a site's name read as the contact's).
 */
function lineLead(
  onLine: readonly LeadMention[],
  words: string,
  known: readonly string[],
  at: { from: number; end: number; datedEntry: boolean; listFollows: () => boolean },
): LeadMention | undefined {
  const here = onLine.find(
    (m) => m.name && !(at.datedEntry && m.nameOffset !== undefined && m.nameOffset >= at.end),
  );
  if (!here?.name || here.nameOffset === undefined || here.nameOffset <= at.from) return here;
  const opener = personLine(words, known, at.listFollows);
  if (!opener || opener.record || sameName(nameKey(opener.name), nameKey(here.name))) return here;
  // The opening name ends before the role's words start (the line's own words: bold marks only add to them).
  return here.offset - at.from >= opener.name.length ? undefined : here;
}

/** "May" as a month: after a day ("12 May", "3rd May") or before a year ("May 2024", "May '24", "May-25"). */
const MONTH_MAY = /\b(?<=\d(?:st|nd|rd|th)?\s*)May\b|\bMay\b(?=[\s,.-]*(?:'|’)?\d{2,4}\b)/g;

/**
 * The name a line starts with. A run of two or more spaces (or a tab) is a gap between columns in a document laid
 * out with spaces, so a name never runs across it ("Janet Quayle          Time to Listen …" is Janet Quayle); a
 * lead the document names is that name however the words after it are capitalised (a PDF's single space:
 * "Janet Quayle Time to Listen …").
 */
function nameAtLineStart(text: string, known: readonly string[]): string | undefined {
  const name = nameAtStart(text);
  if (!name) return undefined;
  const gap = /\s{2,}|\t/.exec(name);
  const cut = gap ? name.slice(0, gap.index) : name;
  if (cut !== name && (!cut.includes(" ") || nameAtStart(cut) !== cut)) return undefined;
  const lower = cut.toLowerCase();
  for (const k of known) {
    if (!k.includes(" ") || k.length >= lower.length) continue;
    const at = lower.indexOf(k);
    // The known name, after a title at most ("Mrs Janet Quayle Time …").
    if (
      at >= 0 &&
      lower.startsWith(" ", at + k.length) &&
      /^(?:(?:mrs|mr|ms|miss|mx|dr|prof|revd|rev)\.?\s+)?$/.test(lower.slice(0, at))
    )
      return cut.slice(0, at + k.length);
  }
  return cut;
}

function mentionsOnLines(lines: Line[], mentions: LeadMention[]): Map<number, LeadMention[]> {
  // Mentions may come from a view of the text with lines joined (PDF): place them on this text's lines.
  const byLine = new Map<number, LeadMention[]>();
  for (const m of mentions) {
    const index = lineAt(lines, m.offset);
    const onLine = byLine.get(index);
    if (onLine) onLine.push(m);
    else byLine.set(index, [m]);
  }
  return byLine;
}

/**
 * A record's courses between semicolons or sentences (outside brackets), each with where it starts: "Level 3 DSL,
 * 4 June 2025; Outdoor first aid, March 2026" is two. One part when there is neither.
 */
function recordParts(text: string, base: number, dots = false): Array<{ text: string; offset: number }> {
  const parts: Array<{ text: string; offset: number }> = [];
  let depth = 0;
  let from = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === "(" || c === "[") depth++;
    else if ((c === ")" || c === "]") && depth > 0) depth--;
    else if (
      (c === ";" || (dots && c === "·" && text[k - 1] === " " && text[k + 1] === " ")) &&
      depth === 0
    ) {
      parts.push({ text: text.slice(from, k), offset: base + from });
      from = k + 1;
    } else if (c === "." && depth === 0 && SENTENCE_SPLIT.test(text.slice(Math.max(0, k - 4), k + 3))) {
      // "… attended 11/2024, renewal due 11/2027. Time to Listen: attended 03/2023": a sentence per course.
      parts.push({ text: text.slice(from, k), offset: base + from });
      from = k + 1;
    }
  }
  parts.push({ text: text.slice(from), offset: base + from });
  return parts
    .map((p) => {
      const lead = /^\s*/.exec(p.text)?.[0].length ?? 0;
      return { text: p.text.slice(lead), offset: p.offset + lead };
    })
    .filter((p) => p.text.trim() !== "");
}

/** A vetting check's words: "CRB checked", "Enhanced DBS", "PVG scheme member", "AccessNI check", "disclosure". */
const CHECK_WORDS =
  /\b(?:DBS|CRB|PVG|Access\s?NI|disclosure|criminal\s+records?|barred\s+lists?|vetting|vetted)\b/i;
/** CHECK_WORDS, every one: to take them out of a part's words. */
const CHECK_WORDS_ALL = new RegExp(CHECK_WORDS.source, "gi");

/**
 * "CRB checked 2011", "Enhanced DBS 2016", "PVG scheme member, 2019": a part of a person's line that records a
 * vetting check, not a course. Its year is the check's, never a course's. A part that names a course or
 * safeguarding besides ("Safeguarding and DBS update 2019") is no check alone.
 */
function checkPart(part: string): boolean {
  const words = plain(part);
  return (
    CHECK_WORDS.test(words) &&
    !TRAINING_WORD.test(words) &&
    !COURSE_IN_TITLE.test(words) &&
    !namesSafeguarding(words.replace(CHECK_WORDS_ALL, " "))
  );
}

/** A line's words without its parts between semicolons that record a vetting check ("DBS checked 2024; …"). */
function withoutCheckParts(words: string): string {
  if (!words.includes(";")) return words;
  return recordParts(words, 0)
    .filter((p) => !checkPart(p.text))
    .map((p) => p.text)
    .join("; ");
}

/**
 * The date of the first part of a person's line ("– CRB checked 2011; Safeguarding awareness (Hollowmere SP) 2019;
 * Powerboat Level 2, 2014") that is a safeguarding course with the year it was done at its end, a bare year with no
 * dash before it: the course's words (its provider in brackets aside) name safeguarding and say they are a course
 * ("awareness", "training", "Level 2", a course known by its name), no other subject, no job ("– Child Protection
 * Officer, 2019") and no sentence. Checks and other subjects' parts are passed over, never read for their year.
 */
function datedCoursePart(text: string, base: number): DateMatch | undefined {
  if (!/\d/.test(text)) return undefined;
  for (const part of recordParts(text, base)) {
    if (checkPart(part.text)) continue;
    const date = trainingDate(part.text, part.offset);
    if (date?.date.precision !== "year") continue;
    const title = plain(part.text.slice(0, date.offset - part.offset))
      .replace(/\([^()]*\)/g, " ")
      .replace(/^[\s:,–—-]+/, "");
    const course = trimEndWhere(title, /[\s,:;–—-]/);
    if (
      (COURSE_IN_TITLE.test(course) || DSL_COURSE.test(course) || SAFEGUARDING_COURSE_NAME.test(course)) &&
      namesSafeguarding(course) &&
      !otherSubject(course) &&
      !ENDS_IN_JOB.test(course) &&
      !SENTENCE_VERB.test(course) &&
      !RULE_WORDS.test(course)
    )
      return date;
  }
  return undefined;
}

/**
 * Whether a person's line of parts between semicolons has one that is a safeguarding course and the date it was done,
 * a month or a day at the part's end after a dash or a comma ("(Site Lead): Safeguarding children in sport (online) –
 * May 2022; First aid at work – May 2025"): a line of records, however many words its parts add up to.
 */
function monthDatedCoursePart(text: string): boolean {
  if (!/\d/.test(text)) return false;
  return recordParts(text, 0).some((part) => {
    if (checkPart(part.text)) return false;
    const date = trainingDate(part.text, part.offset);
    if (!date || (date.date.precision !== "month" && date.date.precision !== "day")) return false;
    if (part.text.slice(date.endOffset - part.offset).trim() !== "") return false;
    const before = part.text.slice(0, date.offset - part.offset);
    if (!/(?:--|[–—,-])\s*$/.test(before)) return false;
    const course = trimEndWhere(
      plain(before)
        .replace(/\([^()]*\)/g, " ")
        .replace(/^[\s:,–—-]+/, ""),
      /[\s:,;–—-]/,
    );
    return (
      COURSE_WORD.test(course) &&
      namesSafeguarding(course) &&
      !otherSubject(course) &&
      !ENDS_IN_JOB.test(course) &&
      !SENTENCE_VERB.test(course.replace(MONTH_MAY, "")) &&
      !RULE_WORDS.test(course)
    );
  });
}

/**
 * The records of a sentence that is a person's line of parts with bare years ("Ivo Marsh – CRB checked 2011;
 * Safeguarding awareness (Dunmore SP) 2019; Powerboat Level 2, 2014."), as the line reader reads such a line: each
 * course part with its own year is the person's record; a check's part, another subject's and a part with no date
 * give none. So is a sentence that is a person's line of a safeguarding course and the month or day it was done after
 * a comma or a dash ("… 3 October 2025. Rosa Quenby: Safeguarding Essentials, 11/11/2021."). Undefined when the
 * sentence is not such a line (no safeguarding course so dated among its parts), so it is read as any other sentence.
 */
function personPartRecords(
  sentence: string,
  base: number,
  known: readonly string[],
): TrainingLine[] | undefined {
  if (!/\d/.test(sentence)) return undefined;
  const opener = personLine(plain(sentence), known);
  const at = opener?.record ? sentence.indexOf(opener.name) : -1;
  if (!opener || at < 0) return undefined;
  const from = at + opener.name.length;
  const rest = sentence.slice(from);
  if (
    datedCoursePart(rest, base + from) === undefined &&
    !monthDatedCoursePart(rest.replace(/[.!?]\s*$/, ""))
  )
    return undefined;
  const found: TrainingLine[] = [];
  for (const part of recordParts(rest, base + from)) {
    if (checkPart(part.text)) continue;
    const when = trainingDate(part.text, part.offset);
    if (!when) continue;
    const course = trimEndWhere(
      plain(part.text.slice(0, when.offset - part.offset)).replace(/^[\s:,–—-]+/, ""),
      /[\s,:;(–—-]/,
    );
    if (!COURSE_WORD.test(course) || otherSubject(course) || checkPart(course)) continue;
    found.push({
      // The first part with the person's name, as the line reader gives a person's line ("Rosa Quenby: …").
      offset: part.offset === base + from ? base + at : part.offset,
      endOffset: part.offset + trimEndWhere(part.text, /\s/).length,
      course,
      date: when,
      datePlaceholder: false,
      noneRecorded: false,
      // Whose the line is, as the line reader has it for a person's line of records.
      leadName: opener.name,
      ...(bookedBefore(part.text, part.offset, when) ? { planned: true } : {}),
    });
  }
  return found;
}

/**
 * A sentence that is a person, a dash, a course and the date left to fill in or said to be missing: "Mr Brennock —
 * Designated Safeguarding Lead training – date.", "Ana Pell — Level 3 DSL, no date recorded.". Not a sentence with a
 * verb ("Ana Pell — who leads the unit — will add the date").
 */
function blankDatedEntry(sentence: string, base: number, known: readonly string[]): TrainingLine | undefined {
  if (sentence.length > 300) return undefined;
  const words = plain(sentence);
  if (!DATE_PLACEHOLDER.test(words) && !NO_DATE_AT_END.test(words)) return undefined;
  const opener = personLine(words, known);
  if (!opener?.name || !words.startsWith(opener.name)) return undefined;
  const dash = /^\s*(?:--|[–—])\s+/.exec(words.slice(opener.name.length));
  if (!dash) return undefined;
  const course = words
    .slice(opener.name.length + dash[0].length)
    .replace(DATE_PLACEHOLDER, "")
    .replace(NO_DATE_AT_END, "")
    .replace(/[\s,.–—-]+$/, "")
    .trim();
  if (!COURSE_WORD.test(course) || otherSubject(course) || RULE_WORDS.test(course) || /\d/.test(course))
    return undefined;
  return {
    offset: base,
    endOffset: base + trimEndWhere(sentence, /[\s.]/).length,
    course,
    datePlaceholder: true,
    noneRecorded: false,
    leadName: opener.name,
  };
}

/** A part that opens with a person, then a dash or a colon: "Aled — …", "Priya Ramdas: …". */
const NAMED_PART = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s*(?:--|[–—:])\s+(\S.*)$/su;

/**
 * A line of several people's records between semicolons (or spaced middle dots: "Ann – DSL refresher 11/2024 · Ben –
 * Level 3, 03/2025"), each part a named lead (in full or by a first name the
 * document gives in full) then a dash and their course, with its date or the date said to be missing: "Training:
 * Aled — Designated Safeguarding Lead (Saltwick SCP), 3rd May '24; Priya — Safeguarding for deputies (Saltwick SCP),
 * date to be added." Each part is its own person's record. Only a line labelled as training, or whose parts' words
 * say they are courses ("Aled — DSL course …"): "Aled — Designated Safeguarding Lead; Priya — Deputy" names roles.
 * Undefined unless every part before the line's first sentence ends is such a record, and one of them is dated.
 */
function namedPartsRecords(
  body: string,
  base: number,
  named: LeadMention[],
  firstNames?: FirstNames,
  cell = false,
  tableNamed?: () => readonly LeadMention[],
  single = false,
): TrainingLine[] | undefined {
  const dots = !cell && !single && body.includes(" · ");
  // "Training: Ann Lee – DSL course, 05/2025. Ben Cole – Deputy course, 01/2024. All staff …": a labelled line whose
  // people's records are sentences of their own, each part a full stop's sentence (recordParts).
  const sentences = !cell && !single && !dots && TRAINING_LABEL.test(body) && SENTENCE_SPLIT.test(body);
  if (!cell && !single && !dots && !sentences && !body.includes(";")) return undefined;
  // "DSL and deputy training (from the HR file): Ann – …": a label of a few words ending in "training", a bracket
  // of where the records come from allowed before its colon, on a line of middle-dot parts.
  const label = TRAINING_LABEL.exec(body) ?? (dots ? DOTTED_PARTS_LABEL.exec(body) : null);
  const from = label ? label[0].length : 0;
  const parts = recordParts(body.slice(from), base + from, dots);
  const found: TrainingLine[] = [];
  for (const part of parts) {
    const m = NAMED_PART.exec(part.text);
    if (!m) {
      // The line's own parts end where a sentence of another kind starts ("… date to be added. Volunteers …").
      if (found.length >= (cell ? 1 : 2) && part.offset > found[found.length - 1].endOffset) break;
      return undefined;
    }
    const key = nameKey(m[1]);
    const fullName = key.includes(" ") ? m[1] : firstNames?.(m[1]);
    const lead = fullName
      ? named.find((n) => n.name && sameName(nameKey(n.name), nameKey(fullName)))
      : undefined;
    // In a cell, a first name the document gives in full is that person's, though the lead finder did not read them
    // as a lead (a PDF's table broken over short lines: "2 Deputies Leah Marchetti," / "Site Supervisor,").
    const owner = lead?.name
      ? { name: lead.name, role: lead.role }
      : cell && fullName && !key.includes(" ")
        ? { name: fullName, role: undefined }
        : cell && tableNamed
          ? tableLeadOf(key, tableNamed())
          : undefined;
    // A cell's record of someone the document does not name in full gives nothing; the others still count.
    if (!owner && cell) continue;
    if (!owner) return undefined;
    // A line of its own is a record by a first name alone the document gives in full (see FIRST_NAME_DASH).
    if (single && (key.includes(" ") || parts.length > 1)) return undefined;
    const restAt = part.offset + m[0].length - m[2].length;
    const rest = trimEndWhere(m[2], /[\s.]/);
    const words = plain(rest);
    if (NOT_TRAINING_IN_BLOCK.test(words) || RULE_WORDS.test(words) || futureBooking(words)) return undefined;
    // "Lowri – waiting for a place on the Level 3 course", on a labelled line of records: none recorded yet — unless
    // the part dates an earlier course ("… (last completed DSL training 11/2024)"), read as that record below.
    if (label && WAITING_FOR_PLACE.test(words) && trainingDate(rest, restAt) === undefined) {
      found.push({
        offset: part.offset,
        endOffset: restAt + rest.length,
        course: "",
        datePlaceholder: false,
        noneRecorded: true,
        leadName: owner.name,
        leadRole: owner.role,
      });
      continue;
    }
    const date = trainingDate(rest, restAt);
    const noDate = !date && (NO_DATE_AT_END.test(words) || DATE_PLACEHOLDER.test(` ${words}`));
    if (!date && !noDate) return undefined;
    const course = trimEndWhere(
      date
        ? plain(rest.slice(0, date.offset - restAt))
        : words.replace(NO_DATE_AT_END, "").replace(DATE_PLACEHOLDER, ""),
      /[\s,:;–—-]/,
    );
    // "Elin: Group C (Designated Safeguarding Person), 14 March 2023", "Rhys: Grŵp B, 5 Chwefror 2025" in a cell: a
    // Welsh safeguarding group names the course.
    const welshGroup = cell && WELSH_GROUP_COURSE.test(course);
    if (
      (!welshGroup &&
        (!(COURSE_WORD.test(course) || SAFEGUARDING_COURSE_NAME.test(course)) ||
          !namesSafeguarding(course))) ||
      otherSubject(course) ||
      (!label &&
        !COURSE_IN_TITLE.test(course) &&
        !SAFEGUARDING_COURSE_NAME.test(course) &&
        // "Anwen – Designated Safeguarding Lead (two-day), May 2025": a lead's line names the lead's course by the role.
        !(single && DSL_COURSE.test(course)) &&
        !welshGroup &&
        // "Tom — Foundation safeguarding (online): 2024": a course named by its level beside its subject.
        !(single && LEVELLED_SAFEGUARDING.test(course) && !ENDS_IN_JOB.test(course)))
    )
      return undefined;
    found.push({
      offset: part.offset,
      endOffset: restAt + rest.length,
      course,
      date,
      datePlaceholder: noDate,
      noneRecorded: false,
      leadName: owner.name,
      leadRole: owner.role,
    });
  }
  return found.length >= (cell || single ? 1 : 2) && found.some((f) => f.date) ? found : undefined;
}

/** A label of a few words ending in "training", a bracket before its colon allowed: "Lead and deputy training (HR file): ". */
const DOTTED_PARTS_LABEL =
  /^\s*(?:[\p{L}'’-]+\s+){0,4}training(?:\s+records?)?\s*(?:\([^()\n]{1,60}\)\s*)?:\s*/iu;
/** A person still to do their first course: "waiting for a place on the Level 3 course", "awaiting a place on …". */
const WAITING_FOR_PLACE =
  /^(?:(?:still|currently)\s+)?(?:waiting\s+for|awaiting|on\s+the\s+waiting\s+list\s+for)\s+(?:a\s+)?(?:place|space)\s+(?:on|for)\s/i;

/** A course that opens with a group of Wales's safeguarding standards: "Group B", "Grŵp C (Person Diogelu Dynodedig)". */
const WELSH_GROUP_COURSE = /^(?:[Gg]r(?:ou|ŵ)p|GROUP)\s+[A-F](?![\p{L}\d])/u;

/**
 * A course named by its level beside its subject, words no role or job is written with: "Foundation safeguarding",
 * "Basic child protection", "Safeguarding essentials".
 */
const LEVELLED_SAFEGUARDING =
  /\b(?:foundation|basic|introductory|intermediate|advanced)\s+(?:safeguarding|child\s+protection)\b|\b(?:safeguarding|child\s+protection)\s+(?:foundation|basics|essentials|fundamentals)\b/i;

/**
 * A line that opens with a first name alone and a spaced dash: "Anwen – DSL refresher, May 2025" (read as one
 * named part: the person's record when the document gives that first name in full for a lead).
 */
const FIRST_NAME_DASH = /^\p{Lu}\p{Ll}[\p{L}'’-]*\s+(?:--|[–—])\s/u;
/** FIRST_NAME_DASH's literal pre-check: a spaced dash near the line's start. */
function spacedDashNearStart(body: string): boolean {
  const head = body.slice(0, 30);
  return head.includes(" – ") || head.includes(" — ") || head.includes(" -- ");
}

/** An email's sender line ("**From:** Name <address>") or a reply's quoted opening ("… Name <address> wrote:"). */
const MESSAGE_HEADER = /^[\s>\\]*(?:\*\*|__)?From:|\swrote:[^\S\n]*$/m;
/** A line's quote marks ("> ", "> \\> "), however deep. */
const QUOTE_MARKS = /^(?:[^\S\n]*\\?>)*/;
/** A message's sender, named in full: "**From:** Rob Tallis <rob@…>" (the reading text may drop the brackets). */
const FROM_NAME =
  /^\s*(?:\*\*|__)?From:(?:\*\*|__)?\s*(?:\*\*|__)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})(?=\s*(?:<|\*\*|__|$|[^\s@<>]+@))/u;
/** A quoted message's writer: "On Tue, 9 Sept 2025 at 20:15, Ann Lee <ann@…> wrote:". */
const WROTE_NAME =
  /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s*(?:<?[^<>\s@]+@[^<>\s]+>?)?\s*wrote:\s*$/u;
/**
 * The writer's own record, in the first person: "my safeguarding course was …", "my training is …", "I did the …",
 * "I completed …"; or "my safeguarding refresher was in May 2023", whose course is named before the verb (the match
 * ends after "my", so what follows it reads as the course).
 */
const FIRST_PERSON_RECORD =
  /\b(?:[Mm]y\s+(?=(?:[\p{L}'’-]+\s+){0,3}(?:course|training|refresher|update)\s+was\s+(?:on|in|dated)\s+(?:\d|\p{Lu}\p{Ll}+\s+\d))|(?:[Mm]y\s+(?:[\p{L}-]+\s+){0,2}(?:course|training)\s+(?:was|is)|I\s+(?:did|completed|attended|undertook|passed|went\s+on(?=\s+(?:the|a|an|my)\s)))\s+(?:(?:the|a|an|my)\s+)?)/u;
/**
 * A writer taking on a lead's role in their own message, just before the role's words: "I'm happy to take over as
 * [Club Welfare Officer]", "I am the new [DSL]", "please put me in as the new [CWO]", "I'll stay on as [deputy]".
 */
const ROLE_CLAIM_BEFORE =
  /\b(?:I(?:['’]m|\s+am|['’]ll|\s+will|\s+shall|['’]ve|\s+have)(?:\s+(?:now|also))?(?:\s+(?:happy|glad|pleased|willing|delighted|ready|keen|agreed|offered)\s+to)?\s+(?:take\s+over\s+as|step\s+(?:in|up)\s+as|stay\s+on\s+as|carry\s+on\s+as|be(?:come)?)|I(?:['’]m|\s+am)|put\s+me\s+(?:in|down)\s+as|(?:list|name|record)\s+me\s+as)\s+(?:(?:the|your|our)\s+)?(?:new\s+)?$/u;
/** A claim in doubt, or denied: "I'm not sure I can take over as …", "if I take over as …". */
const CLAIM_DOUBT = /\b(?:not|never|if|whether|unless|sure|could|would|might)\b|n['’]t\b|\?/i;

/**
 * An email thread kept as the policy's record (a printed email, replies quoted under "> "): a sentence in the first
 * person ("For the hall file, my safeguarding course was the online Safeguarding Awareness one … on 3rd May 2021",
 * "I did the Level 3 course on 27.01.25") is the record of the message's writer, when its "From:" line (or the "… Name
 * <address> wrote:" line that opens a quoted reply) names a lead. Each quote depth has its own writer.
 */
function messageRecords(
  lines: Line[],
  named: LeadMention[],
  tableLines: Set<number>,
  mentions: LeadMention[],
): TrainingLine[] {
  const found: TrainingLine[] = [];
  const writers = new Map<number, { name: string; message: number }>();
  let messages = 0;
  // The role a message's writer takes on in it ("I'm happy to take over as Club Welfare Officer"), by message.
  const claims = new Map<number, LeadKind>();
  // Records of writers the document names as no lead, kept until their message is read to its end.
  const pending: Array<{ message: number; writer: string; record: TrainingLine }> = [];
  // The role words on each line that no name stands beside: a role the line's writer may take on.
  const unnamedRoles = new Map<number, LeadMention[]>();
  for (const m of mentions) {
    if (m.name || m.former || !(m.line.text.includes("I") || m.line.text.includes(" me "))) continue;
    // The mention's own line is the lead finder's (its text masked): this reader's line at the same offset.
    const at = lineAt(lines, m.offset);
    unnamedRoles.set(at, [...(unnamedRoles.get(at) ?? []), m]);
  }
  for (const line of lines) {
    if (tableLines.has(line.index)) continue;
    const marks = QUOTE_MARKS.exec(line.text)?.[0] ?? "";
    const depth = (marks.match(/>/g) ?? []).length;
    const body = line.text.slice(marks.length);
    const from = FROM_NAME.exec(body);
    if (from) {
      writers.set(depth, { name: from[1], message: ++messages });
      continue;
    }
    const wrote = WROTE_NAME.exec(body);
    if (wrote) {
      // The quoted message under it, one mark deeper; or at the same depth, where the writer quoted both alike.
      const message = ++messages;
      writers.set(depth + 1, { name: wrote[1], message });
      if (!writers.has(depth)) writers.set(depth, { name: wrote[1], message });
      continue;
    }
    const current = writers.get(depth);
    if (!current) continue;
    const writer = current.name;
    for (const m of unnamedRoles.get(line.index) ?? []) {
      // The sentence before the role's words, on its line.
      const before = line.text.slice(0, m.offset - line.offset);
      const sentence = before.slice(before.search(/[^.!?]*$/));
      if (ROLE_CLAIM_BEFORE.test(sentence) && !CLAIM_DOUBT.test(sentence))
        claims.set(current.message, m.role);
    }
    if (!/\b(?:I|[Mm]y)\b/.test(body)) continue;
    const verb = FIRST_PERSON_RECORD.exec(body);
    if (!verb) continue;
    const lead = named.find((n) => n.name && sameName(nameKey(n.name), nameKey(writer)));
    // The sentence's words after the verb, to its end.
    const restStart = verb.index + verb[0].length;
    const end = /[.!?](?=\s+[\p{Lu}("“]|\s*$)/u.exec(body.slice(restStart));
    const rest = body.slice(restStart, end ? restStart + end.index : body.length);
    const restAt = line.offset + marks.length + restStart;
    const record = firstPersonCourse(rest, restAt);
    if (!record) continue;
    const { course, date } = record;
    const training: TrainingLine = {
      offset: line.offset + marks.length + verb.index,
      endOffset: date.endOffset,
      course,
      date,
      datePlaceholder: false,
      noneRecorded: false,
      leadName: lead?.name,
      leadRole: lead?.role,
    };
    if (lead?.name) found.push(training);
    else pending.push({ message: current.message, writer, record: training });
  }
  // A writer the document names for no role, who takes one on in the message that gives their record: its lead.
  for (const { message, writer, record } of pending) {
    const role = claims.get(message);
    if (role) found.push({ ...record, leadName: writer, leadRole: role });
  }
  return found;
}

/** How many of a document's first lines a byline may be on. */
const BYLINE_LINES = 40;
/** A byline: "By Winifred Ashdown-Lyle, Parish Safeguarding Officer" (perhaps in italics or bold). */
const BYLINE =
  /^[\s*_]*By\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’-]+)\s*[,–—]\s*([^\n]{3,80}?)[\s*_]*$/u;

/**
 * The lead who wrote the document, by its byline near the start ("By Name, Parish Safeguarding Officer"): a named
 * lead whose byline gives a role. Undefined for a byline naming anyone else, or none.
 */
function bylineAuthor(lines: Line[], named: LeadMention[]): Owner | undefined {
  for (const line of lines.slice(0, BYLINE_LINES)) {
    if (!line.text.includes("By ")) continue;
    const byline = BYLINE.exec(line.text);
    if (!byline || !ROLE_WORDS.test(byline[2])) continue;
    const lead = named.find((n) => n.name && sameName(nameKey(n.name), nameKey(byline[1])));
    if (lead?.name) return { name: lead.name, role: lead.role };
  }
  return undefined;
}

/** Where a first-person sentence's course and date end: its full stop, or a table cell's edge. */
const FIRST_PERSON_END = /[.!?](?=\s+[\p{Lu}("“]|\s*$)|\||\n[^\S\n]*\n/u;

/**
 * The course and date a first-person record gives after its verb ("… the Diocese's Leadership Pathway in April
 * 2023, before I took the role on"), read to the sentence's end across line breaks; undefined for a booking, another
 * subject or no date.
 */
function firstPersonCourse(rest: string, restAt: number): { course: string; date: DateMatch } | undefined {
  const date = trainingDate(rest, restAt);
  if (!date || bookedBefore(rest, restAt, date)) return undefined;
  const course = trimEndWhere(
    plain(rest.slice(0, date.offset - restAt))
      .replace(/\s+/g, " ")
      .replace(/\s+(?:on|in|dated)\s*$/i, "")
      // "… course, which I did in March 2023", "my safeguarding refresher was in May 2023": the course before them.
      .replace(
        /(?:,?\s+which\s+I\s+(?:did|completed|took|attended|passed|finished)(?:\s+(?:it|online))?|\s+was)\s*$/i,
        "",
      ),
    /[\s,:;(–—-]/,
  );
  if (
    !(COURSE_WORD.test(course) || SAFEGUARDING_COURSE_NAME.test(course)) ||
    !namesSafeguarding(course.replace(/\blevel\s*[1-4]\b/gi, " ")) ||
    otherSubject(course) ||
    RULE_WORDS.test(course) ||
    futureBooking(course)
  )
    return undefined;
  return { course, date };
}

/**
 * The records a page's author gives in the first person ("I did the … in April 2023", "my safeguarding course was …
 * on DATE"), anywhere in the text, a table's cells too: the author's (bylineAuthor).
 */
function authorRecords(text: string, lines: Line[], author: Owner): TrainingLine[] {
  const found: TrainingLine[] = [];
  const verbs = new RegExp(FIRST_PERSON_RECORD.source, "gu");
  for (const line of lines) {
    if (!line.text.includes("I ") && !/\b[Mm]y\s/.test(line.text)) continue;
    for (const verb of allMatches(verbs, line.text)) {
      const restAt = line.offset + (verb.index ?? 0) + verb[0].length;
      const window = text.slice(restAt, restAt + 300);
      const end = FIRST_PERSON_END.exec(window);
      const rest = window.slice(0, end ? end.index : window.length);
      const record = firstPersonCourse(rest, restAt);
      if (!record) continue;
      found.push({
        offset: line.offset + (verb.index ?? 0),
        endOffset: record.date.endOffset,
        course: record.course,
        date: record.date,
        datePlaceholder: false,
        noneRecorded: false,
        leadName: author.name,
        leadRole: author.role,
      });
    }
  }
  return found;
}

/** A line that opens with a year, perhaps as a list item's label: the cheap test before YEAR_ITEM. */
const YEAR_ITEM_START = /^\s*(?:[-*+•●▪]\s+)?(?:\*\*|__)?(?:19|20)\d\d\b/u;
/** A list item labelled by its year: "- 2022: …", "**2023** – …". */
const YEAR_ITEM =
  /^(\s*(?:[-*+•●▪]\s+)?(?:\*\*|__)?((?:19|20)\d\d)(?:\*\*|__)?\s*(?::|--|[–—])(?:\*\*|__)?\s+)(\S.*)$/u;
/**
 * A record's date without its year, at the record's end: ", 9 October", ", 3rd May", ", October"; of a course of two
 * days, the last: ", 3 and 4 February" (group 1: "4 February").
 */
const YEARLESS_DATE_AT_END =
  /,\s*(?:\d{1,2}(?:st|nd|rd|th)?\s*(?:and|&|[–-])\s*)?((?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))\.?\s*$/i;

/**
 * A safeguarding course in a list of a year's courses (a year-labelled list, an office diary's entry): named as a
 * course, about safeguarding — a level counts only beside a word that says so ("Surf Coach Level 2 assessment" is a
 * coaching award) — and not another subject; `words` (the entry, or the course alone) is no note that it was not
 * training, nor a rule.
 */
function listedSafeguardingCourse(course: string, words: string): boolean {
  return (
    (COURSE_WORD.test(course) || SAFEGUARDING_COURSE_NAME.test(course)) &&
    namesSafeguarding(course.replace(/\blevel\s*[1-4]\b/gi, " ")) &&
    !otherSubject(course) &&
    !NOT_TRAINING_IN_BLOCK.test(words) &&
    !RULE_WORDS.test(words)
  );
}
/**
 * A training record kept as a list grouped by year, the year only in each item's label: "- 2021: Name – Safeguarding
 * and Protecting Children, 14 March; Name – Time to Listen, 30 May". Each part between semicolons that is a person
 * named in full (or by a first name the document gives in full), a dash, a safeguarding course and a day and month
 * (or a month) is that person's record, dated in the label's year. Other parts (a coaching award, "no courses this
 * year", a booking) give nothing.
 */
function yearItemRecords(line: Line, named: LeadMention[], firstNames: FirstNames): TrainingLine[] {
  const item = YEAR_ITEM.exec(line.text);
  if (!item) return [];
  return yearPartRecords(item[3], line.offset + item[1].length, item[2], named, firstNames);
}

/**
 * The records of a year's list item, its label gone (`text` at `base`): each part between semicolons that is a person
 * named in full (or by a first name the document gives in full), a dash, a safeguarding course and a day and month (or
 * a month, or the last of two days: "6 and 7 March") is that person's record, dated in `year`.
 */
function yearPartRecords(
  text: string,
  base: number,
  year: string,
  named: LeadMention[],
  firstNames: FirstNames,
): TrainingLine[] {
  const found: TrainingLine[] = [];
  for (const part of recordParts(text, base)) {
    const m = NAMED_PART.exec(part.text);
    if (!m) continue;
    const key = nameKey(m[1]);
    const fullName = key.includes(" ") ? m[1] : firstNames(m[1]);
    if (!fullName || !looksLikeFullName(fullName, named)) continue;
    const lead = named.find((n) => n.name && sameName(nameKey(n.name), nameKey(fullName)));
    const restAt = part.offset + m[0].length - m[2].length;
    const rest = trimEndWhere(m[2], /\s/);
    const when = YEARLESS_DATE_AT_END.exec(rest);
    if (!when) continue;
    const dateAt = restAt + when.index + when[0].indexOf(when[1]);
    const date = parseLooseDate(`${when[1]} ${year}`);
    if (!date) continue;
    const course = trimEndWhere(plain(rest.slice(0, when.index)), /[\s,:;–—-]/);
    const words = plain(rest);
    // A year's list holds other awards too.
    if (!listedSafeguardingCourse(course, words) || futureBooking(words)) continue;
    found.push({
      offset: part.offset,
      endOffset: restAt + rest.length,
      course,
      date: { offset: dateAt, endOffset: dateAt + when[1].length, text: when[1], date },
      datePlaceholder: false,
      noneRecorded: false,
      leadName: lead?.name ?? fullName,
      leadRole: lead?.role,
    });
  }
  return found;
}

/**
 * A sentence's subject that is a lead's role word alone: "The deputy ", "Our deputy ", "The lead ", "Our lead ". Group
 * 1: the word.
 */
const BARE_ROLE_SUBJECT = /^\s*(?:the|our)\s+(deputy|lead)\s*$/i;

/**
 * The owner of a sentence whose subject is "The deputy" or "The lead" alone ("The deputy completed Designated
 * Safeguarding Lead training (Level 3) in Autumn 2025.", "The lead completed the Partnership's Designated Safeguarding
 * Lead course in February 2026"): the one deputy, or the one designated lead, the document names, wherever it names
 * them. A role two people hold ("Deputy DSLs: A and B"), or nobody, gives nobody (as untrainedRoleRecords reads "The
 * deputy has not …").
 */
function bareRoleSubject(subject: string, named: LeadMention[]): Owner | undefined {
  const word = BARE_ROLE_SUBJECT.exec(subject)?.[1]?.toLowerCase();
  if (!word) return undefined;
  const role: LeadKind = word === "deputy" ? "deputy" : "dsl";
  const holder = soleRoleHolder({ role, label: word } as LeadMention, named);
  return holder ? { name: holder, role } : undefined;
}

/**
 * The owner of a line whose subject is a lead's role alone, then a record's verb: "- The DSL renewed her Designated
 * Safeguarding Lead course on 29 September 2025", "Our Welfare Officer completed …", "The deputy attended …": the one
 * person the document names for that role (soleRoleHolder), wherever it names them (a signature, a page's footer). A
 * role two people hold, or nobody, gives nobody; so does a renewal of no safeguarding course ("… her chaperone licence").
 */
function roleSubjectOwner(words: string, named: LeadMention[]): Owner | undefined {
  if (!ROLE_ARTICLE.test(words)) return undefined;
  // The first verb either reads: "The DSL has completed …" (HELD_VERB's "has completed", RECORD_VERB's "completed").
  const verbs = [RECORD_VERB.exec(words), HELD_VERB.exec(words)].filter((m) => m !== null);
  const verb = verbs.sort((a, b) => a.index - b.index)[0];
  if (!verb || verb.index > 80) return undefined;
  // "The DSL renewed her chaperone licence …": the object must be a safeguarding course, not the role's own words.
  const object = words.slice(verb.index + verb[0].length);
  if (!namesSafeguarding(object) || otherSubject(object)) return undefined;
  const subject = words.slice(0, verb.index);
  const mention = roleInPlaceOfName(subject);
  const holder = mention ? soleRoleHolder(mention, named) : undefined;
  return mention && holder ? { name: holder, role: mention.role } : bareRoleSubject(subject, named);
}

/** The test before UNTRAINED_ROLE, on a line with " not " or " no ": "has not", "have had no", "has yet". */
const UNTRAINED_QUICK = /\b(?:has|have)\s+(?:not|yet|(?:had|done|completed)\s+no)\b/i;
/**
 * A sentence saying by the role alone that its holder has done no training: "The deputy has not yet done any
 * safeguarding training", "Our Welfare Officer has had no training yet". The role's words are the subject's.
 */
const UNTRAINED_ROLE =
  /(^|[.;!?]\s+|^\s*[-*•]\s+)(?:the|our)\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:has|have)\s+(?:not\s+(?:yet\s+)?(?:done|had|completed|attended|taken|undertaken)\s+any|(?:yet\s+)?(?:had|done|completed)\s+no)\s+(?:[\p{L}-]+\s+){0,3}?training\b/giu;

/**
 * A sentence saying a lead's role has done no training ("The deputy has not yet done any safeguarding training; a
 * place is booked for March 2027"): a record of none for the one person the document names for the role, wherever it
 * names them (a page's footer). A role two people hold, or nobody, gives nothing; so does a rule ("If the deputy has
 * not …": the sentence must open with the role).
 */
function untrainedRoleRecords(
  line: Line,
  next: Line | undefined,
  text: string,
  named: LeadMention[],
): TrainingLine[] {
  const found: TrainingLine[] = [];
  // The paragraph's next line, read on from this one (a line break for a space: the offsets hold).
  const words =
    next && next.offset === line.endOffset + 1 && /^\s*\p{Ll}/u.test(next.text)
      ? text.slice(line.offset, next.endOffset).replace("\n", " ")
      : line.text;
  for (const m of allMatches(UNTRAINED_ROLE, words)) {
    if (m.index === undefined || m.index >= line.text.length) continue;
    const role = m[2];
    const mention = /^deput(?:y|ies)$/i.test(role)
      ? ({ role: "deputy", label: role } as LeadMention)
      : roleAlone(role);
    if (!mention) continue;
    // Every name the role's lines give: "Deputies: A and B" is two holders, so the sentence is neither's.
    const holder = soleRoleHolder(mention, named);
    if (!holder) continue;
    found.push(noneRecorded(line, m.index + m[1].length, { name: holder, role: mention.role }));
  }
  return found;
}

/** A list item that is a year alone: "- 2024:", "● 2025". Group 1: its indent; 2: its bullet; 3: the year. */
const YEAR_LIST_LINE = /^(\s*)([-*+•●▪○◦])\s+(?:\*\*|__)?((?:19|20)\d\d)(?:\*\*|__)?(?::\s*|\s*)$/u;
/** A line's indent. */
const LEADING_SPACE = /^\s*/;
/** A list item's bullet. Group 1: its indent; 2: the bullet. */
const LIST_BULLET = /^(\s*)([-*+•●▪○◦])\s+/u;

/** A group of list items under a line that labels them: the label's bullet and indent, when it is a list item. */
type ListGroup = { indent?: number; bullet?: string };
/** A group of a training record's items under a year: the year, and the bullet and indent of a year that is a list item. */
type YearGroup = ListGroup & { year: string };

/** The group a line that is a year alone opens ("- 2024:", "● 2025", "2024:", "### 2024", "**2025**"). */
function yearGroupOf(line: Line): YearGroup | undefined {
  if (line.text.length > 24) return undefined;
  const listed = YEAR_LIST_LINE.exec(line.text);
  if (listed) return { year: listed[3], indent: listed[1].length, bullet: listed[2] };
  const year = YEAR_LINE.exec(line.text)?.[1];
  return year ? { year } : undefined;
}

/** A list item under a group's label: the group, the item's first line and its last (a PDF's item wrapped). */
type GroupedItem<G extends ListGroup> = { group: G; first: number; last: number };

/**
 * The list items grouped under lines that label them (`openerOf`: a year alone, "- Booked:"). A label that is a list
 * item holds the items nested under it (deeper, or a PDF's other bullet: "○" under "●"), until the next item at its
 * level, a heading or a paragraph; a label line or heading holds the list items after it, until a heading or a
 * paragraph after its items. A table's lines hold none.
 */
function groupedItems<G extends ListGroup>(
  lines: Line[],
  tableLines: ReadonlySet<number>,
  openerOf: (line: Line) => G | undefined,
): GroupedItem<G>[] {
  const found: GroupedItem<G>[] = [];
  let group: G | undefined;
  let items = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (tableLines.has(line.index)) {
      group = undefined;
      continue;
    }
    const opened = openerOf(line);
    if (opened) {
      group = opened;
      items = 0;
      continue;
    }
    if (!group || line.text.trim() === "") continue;
    const bullet = LIST_BULLET.exec(line.text);
    const inGroup = bullet
      ? group.indent === undefined ||
        bullet[1].length > group.indent ||
        (bullet[1].length === group.indent && bullet[2] !== group.bullet)
      : group.indent === undefined
        ? items === 0 && !HEADING_MARK.test(line.text)
        : (LEADING_SPACE.exec(line.text)?.[0].length ?? 0) > group.indent;
    if (!inGroup) {
      group = undefined;
      continue;
    }
    if (!bullet) continue;
    items++;
    const last = wrappedItemEnd(lines, i);
    found.push({ group, first: i, last });
    i = last;
  }
  return found;
}

/**
 * A training record kept as a list grouped by year: a line that is a year alone ("- 2024:", "### 2024", "**2025**")
 * and under it the year's items (groupedItems), "  - Name – DSL refresher (Kestrel SCP), 12 September". Each item is
 * read as a year-labelled item's parts (yearPartRecords), dated in its group's year; a PDF's item wrapped onto the
 * lines after it (no bullet) is read whole.
 */
function yearGroupRecords(
  text: string,
  lines: Line[],
  tableLines: ReadonlySet<number>,
  named: LeadMention[],
  firstNames: FirstNames,
): TrainingLine[] {
  const found: TrainingLine[] = [];
  for (const { group, first, last } of groupedItems(lines, tableLines, yearGroupOf)) {
    const base = lines[first].offset + (LIST_BULLET.exec(lines[first].text)?.[0].length ?? 0);
    const words = text.slice(base, lines[last].endOffset).replace(/\n/g, " ");
    found.push(...yearPartRecords(words, base, group.year, named, firstNames));
  }
  return found;
}

/**
 * A line that is a label alone for courses still to come, as a list item or not, perhaps in bold: "- Booked:",
 * "● Planned:", "Next course:", "**Booked courses:**". Group 1: its indent; 2: its bullet.
 */
const BOOKING_GROUP_LINE = new RegExp(
  String.raw`^(\s*)(?:([-*+•●▪○◦])\s+)?(?:${BOOKING_WORDS}|bookings?|next\s+(?:course|refresher|training|update|session)s?)(?:\s+(?:courses|training|refreshers))?(?:\s+(?:on|for))?\s*:\s*$`,
  "iu",
);

/** The group a line that labels courses still to come opens ("- Booked:", "Planned:", "**Next course:**"). */
function bookingGroupOf(line: Line): ListGroup | undefined {
  if (line.text.length > 40) return undefined;
  const label = BOOKING_GROUP_LINE.exec(line.text.replace(/\*\*|__/g, ""));
  if (!label) return undefined;
  return label[2] ? { indent: label[1].length, bullet: label[2] } : {};
}

/**
 * A training record's group of courses still to come ("- 2025:" / "  - Name – DSL refresher, 3 February", then "-
 * Booked:" / "  - Name – DSL refresher, 19 and 20 January 2027"): each dated record read in an item of the group is a
 * booking (planned), its date not the person's latest completion — unless the item says the course was done
 * ("attended 3 March 2026").
 */
function markBookedGroups(
  text: string,
  lines: Line[],
  tableLines: ReadonlySet<number>,
  found: TrainingLine[],
) {
  // The items' lines: each record's date is looked up among them, not each item over all records.
  const booked = new Set<number>();
  for (const { first, last } of groupedItems(lines, tableLines, bookingGroupOf)) {
    if (DONE_WORD.test(text.slice(lines[first].offset, lines[last].endOffset))) continue;
    for (let i = first; i <= last; i++) booked.add(i);
  }
  if (booked.size === 0) return;
  for (const record of found)
    if (record.date && booked.has(lineAt(lines, record.date.offset))) record.planned = true;
}

/**
 * The last line of a list item that starts on line `i`: the lines after it with no bullet, no heading and no blank
 * between, while the item read so far does not end on its date (a PDF's page width wraps "…, 19" / "November"); two
 * at most.
 */
function wrappedItemEnd(lines: Line[], i: number): number {
  let last = i;
  let words = lines[i].text;
  while (last < i + 2 && !YEARLESS_DATE_AT_END.test(words)) {
    const next = lines[last + 1];
    if (!next || next.text.trim() === "" || LIST_BULLET.test(next.text) || HEADING_MARK.test(next.text))
      break;
    words = `${words} ${next.text}`;
    last++;
  }
  return last;
}

/** A text that may hold a line that labels courses still to come: the cheap test before markBookedGroups. */
const BOOKING_GROUP_QUICK =
  /^[^\S\n]*(?:[-*+•●▪○◦][^\S\n]+)?(?:\*\*|__)?(?:booked|planned|scheduled|due|booking|next)/imu;
/** A text that may hold a line that is a year alone: the cheap test before yearGroupRecords. */
const YEAR_GROUP_QUICK =
  /^[ \t]*(?:[-*+•●▪○◦#]+[ \t]+|\*\*|__)?(?:19|20)\d\d(?:\*\*|__)?(?::[ \t]*|[ \t]*)$/mu;
/** A line that may be a year alone: the cheap test before YEAR_LINE. */
const YEAR_LINE_START = /^\s*(?:#{1,6}\s+)?(?:\*\*|__)?(?:19|20)\d\d/;
/** A line that is a year alone, in bold or as a heading: "**2025**", "### 2024", "2023:". */
const YEAR_LINE = /^\s*(?:#{1,6}\s+)?(?:\*\*|__)?((?:19|20)\d\d)(?:\*\*|__)?\s*:?\s*$/;
/**
 * A diary's entry: a weekday perhaps, a day and a month with no year, then a dash or a colon: "Thu 14 Nov – ",
 * "- Tuesday 3rd June: ".
 */
const DIARY_ENTRY =
  /^(\s*(?:[-*+•]\s+)?(?:\*\*|__)?(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)?)(\d{1,2}(?:st|nd|rd|th)?\s+(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)((?:\*\*|__)?\s*(?:--|[–—:-])\s+)(\S.*)$/iu;
/**
 * Whose the entry is: a person named (in full or by a first name) then a colon or a dash ("Gareth: DSL course"), or
 * then the verb of a course done ("Aisha did the online refresher"). Not a group ("All marshals:", "Leo and Fran").
 */
const DIARY_OWNER =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})(?:\s*(?:--|[–—:])\s+|\s+(?:did|completed|attended|passed|finished|undertook|refreshed|went\s+on)\s+)(\S.*)$/u;
/** An entry of something still to do: "to book his renewal", "not done yet", "cancelled", "postponed". */
const NOT_DONE =
  /\b(?:to\s+(?:book|do|arrange)|not\s+(?:done|yet|booked)|cancell?ed|postponed|rearranged)\b/i;

/**
 * A training log kept as an office diary under year lines: "**2024**" then "Thu 14 Nov – Gareth: two-day DSL course
 * with the SCP. Certificate in the office file." An entry naming a person (in full, or by a first name the document
 * gives in full) and a safeguarding course is that person's record, dated by its day and month in the year line's
 * year; the course is the entry's first sentence. A group's entry, a booking and a note still to do are nobody's.
 */
function diaryRecords(
  line: Line,
  year: string,
  named: LeadMention[],
  firstNames: FirstNames,
): TrainingLine[] {
  const entry = DIARY_ENTRY.exec(line.text);
  if (!entry) return [];
  const owner = DIARY_OWNER.exec(entry[4]);
  if (!owner) return [];
  const fullName = owner[1].includes(" ") ? owner[1] : firstNames(owner[1]);
  if (!fullName || !looksLikeFullName(fullName, named)) return [];
  const key = nameKey(fullName);
  // A lead named second on a line of two ("Deputies: Aisha Begum (…) and Dan Kowal (…)") is the line's second name.
  let lead: { name: string; role: LeadKind } | undefined;
  for (const n of named)
    for (const name of n.names ?? (n.name ? [n.name] : []))
      if (!lead && sameName(nameKey(name), key)) lead = { name, role: n.role };
  const date = parseLooseDate(`${entry[2]} ${year}`);
  if (!date) return [];
  const restAt = entry[1].length + entry[2].length + entry[3].length + owner[0].length - owner[2].length;
  // The entry's first sentence: "… with Hollowmere SCP. Certificate in the office file." is the course and a note.
  const sentence = /^.*?(?=\.\s+\p{Lu}|\.?\s*$)/u.exec(owner[2])?.[0] ?? owner[2];
  const course = trimEndWhere(plain(sentence), /[\s,:;.–—-]/);
  if (!listedSafeguardingCourse(course, course) || NOT_DONE.test(owner[2]) || futureBooking(owner[2]))
    return [];
  const dateAt = line.offset + entry[1].length;
  return [
    {
      offset: line.offset + entry[1].length,
      endOffset: line.offset + restAt + sentence.length,
      course,
      date: { offset: dateAt, endOffset: dateAt + entry[2].length, text: entry[2], date },
      datePlaceholder: false,
      noneRecorded: false,
      leadName: lead?.name ?? fullName,
      leadRole: lead?.role,
    },
  ];
}

/** A name in full that is a lead's, or that reads as a person's ("Tamsin Polglase", not "Surf Coach"). */
function looksLikeFullName(name: string, named: LeadMention[]): boolean {
  if (named.some((n) => n.name && sameName(nameKey(n.name), nameKey(name)))) return true;
  return looksLikePerson(name, []) !== false;
}

/**
 * The one lead of a table's own reading (tableBlockLeads) whose name in full is the name a cell's record gives (a first
 * name, or the name in full): none when no lead, or two, have it.
 */
function tableLeadOf(
  key: string,
  leads: readonly LeadMention[],
): { name: string; role: LeadKind | undefined } | undefined {
  let found: { name: string; role: LeadKind | undefined } | undefined;
  for (const lead of leads) {
    const full = nameKey(lead.name ?? "");
    if (!full.includes(" ")) continue;
    if (key.includes(" ") ? !sameName(full, key) : full.split(" ")[0] !== key) continue;
    if (found && !sameName(nameKey(found.name), full)) return undefined;
    found ??= { name: lead.name ?? "", role: lead.role };
  }
  return found;
}

/**
 * A table that is no training table, whose cells hold named leads' records among other things: a policy set out
 * in one table (| No. | Area | What we do | Who is responsible |) with "Idris – DSL (Level 3), Marrow SCP,
 * 10/2024. Tamsin – Safeguarding Children Awareness (Level 2), 2023-03-09." in a cell, or a checklist's Notes cell
 * ("Ffion – SPC workshop, 21/09/2022"). A cell counts when it opens with such records, each a lead named in full or by
 * a first name the document gives in full, a dash, a safeguarding course and its date (namedPartsRecords).
 */
function cellRecords(
  rows: ReadonlyArray<{ cells: Cell[] }>,
  named: LeadMention[],
  firstNames: FirstNames,
  tableNamed?: () => readonly LeadMention[],
): TrainingLine[] {
  const found: TrainingLine[] = [];
  for (const { cells } of rows)
    for (const cell of cells) {
      if (!/\d/.test(cell.text)) continue;
      const parts = /[–—:]/.test(cell.text)
        ? namedPartsRecords(cell.text, cell.offset, named, firstNames, true, tableNamed)
        : undefined;
      found.push(...(parts?.length ? parts : firstNameCellSentences(cell, named, firstNames)));
    }
  return found;
}

/**
 * A cell of prose whose sentence opens with a lead's first name and a verb of training done ("… (01632 960 552). Dev
 * did the Diocese's Foundation course on 2 June 2025."): that lead's dated record, as a paragraph's sentence is read.
 * Only a named lead's: a first name the document gives in full for anyone else is left to the lines.
 */
function firstNameCellSentences(cell: Cell, named: LeadMention[], firstNames: FirstNames): TrainingLine[] {
  const found: TrainingLine[] = [];
  const starts = [
    0,
    ...allMatches(/[.!?]\s+(?=\p{Lu})/gu, cell.text).map((m) => (m.index ?? 0) + m[0].length),
  ];
  for (const [k, start] of starts.entries()) {
    const sentence = cell.text.slice(start, starts[k + 1] ?? cell.text.length);
    if (!/\d/.test(sentence)) continue;
    const readings = FIRST_NAME_SUBJECT.test(sentence)
      ? [sentence]
      : (eachLeadOfSubject(sentence, named, firstNames) ?? []);
    for (const reading of readings)
      for (const record of sentenceRecords(reading, cell.offset + start, named, [], [], firstNames))
        if (
          record.date &&
          record.leadName &&
          named.some((n) => n.name && sameName(nameKey(n.name), nameKey(record.leadName ?? "")))
        )
          found.push(record);
  }
  return found;
}

/**
 * "Tobias and Anneka both completed the deputies' course on 9 September 2025": a sentence whose subject is first
 * names joined by "and" records the course for each. The sentence as each named lead's alone, the other names
 * blanked (offsets kept): "Tobias            completed …". A first name that is no named lead's, or two people's,
 * is credited with nothing; undefined when none is a lead's.
 */
function eachLeadOfSubject(
  sentence: string,
  named: LeadMention[],
  firstNames: FirstNames,
): string[] | undefined {
  if (!/\s(?:and|&)\s/.test(sentence.slice(0, 80))) return undefined;
  const match = FIRST_NAMES_SUBJECT.exec(sentence);
  if (!match) return undefined;
  // The names and the words before the verb ("both", "have") blanked, the verb kept.
  const verbAt = match[0].search(/\S+$/);
  const readings: string[] = [];
  let from = 0;
  for (const first of [...match[1].split(/\s*,\s*/), match[2]]) {
    const at = match[0].indexOf(first, from);
    from = at + first.length;
    const name = firstNames(first);
    if (!name || leadInLine(name, named)?.role === undefined) continue;
    readings.push(" ".repeat(at) + first + " ".repeat(verbAt - from) + sentence.slice(verbAt));
  }
  return readings.length > 0 ? readings : undefined;
}

/**
 * Whether a sentence of a paragraph of several is a person's own record: a line of records ("Ivo Marsh – CRB checked
 * 2011; Safeguarding awareness 2019.", "Rosa Quenby: Safeguarding Essentials, 11/11/2021."; personPartRecords) or
 * their course in the possessive and when it took place ("Kit's last safeguarding course was in May 2023.";
 * possessiveCourseLine).
 */
function ownRecordSentence(
  body: string,
  base: number,
  named: LeadMention[],
  known: readonly string[],
  firstNames?: FirstNames,
): boolean {
  // Each sentence read once, from the end of the one before: linear in the paragraph's length.
  const ends = [0, ...allMatches(/[.!?](?=\s+[\p{Lu}("“])/gu, body).map((m) => (m.index ?? 0) + 1)];
  for (let k = 0; k < ends.length; k++) {
    const raw = body.slice(ends[k], ends[k + 1] ?? body.length);
    if (!/\d/.test(raw)) continue;
    const sentence = raw.trim();
    if ((personPartRecords(sentence, 0, known)?.length ?? 0) > 0) return true;
    const words = plain(sentence);
    const at = base + ends[k] + raw.indexOf(sentence);
    if (possessiveCourseWords(words) && possessiveCourseLine(sentence, words, at, named, firstNames))
      return true;
  }
  return false;
}

/**
 * A qualification in another subject, not safeguarding training: "Forest School Level 3", "Food Hygiene Level 2",
 * "Outdoor first aid", "Infection prevention and control", "Working at Height (IPAF)"; a sport's coach, leader or official award ("Level 2 netball coach", "Climbing Wall Leader
 * award", "UKCC Level 1"); a music, dance or drama grade ("Grade 8 cello", "ABRSM", "LAMDA"); a vocational
 * diploma or NVQ ("Level 3 Diploma in Floristry"); British or Irish Sign Language ("BSL Level 6", an interpreter's
 * NRCPD registration); a course in an assessment tool or framework ("AssetPlus
 * assessment training", "Risk assessment training"); a qualification in working with children or young people
 * in another way ("Youth Work Level 3 Certificate", "Playwork Level 2", "Childcare Level 3 Diploma", "Teaching
 * Assistant certificate", "PGCE") — its level is the qualification's, not a designated lead's; another subject's
 * protection ("IR(ME)R radiation protection update", "Fall protection", "Hearing protection": OTHER_PROTECTION)
 * — unless it names safeguarding, child protection, a designated lead, early help or a harm a child is protected
 * from (neglect — the Graded Care Profile —, domestic abuse — DASH —, Signs of Safety, harmful sexual behaviour,
 * county lines, grooming, self-harm) as well.
 */
/** What another subject protects, before "protection": radiation, fire, a fall, hearing, the environment, data … */
const OTHER_PROTECTED =
  "(?:radiation|radiological|fire|fall|hearing|respiratory|eye|environmental|flood|frost|sun|lightning|cathodic|consumer|property|asset|crop|plant|species|habitat|wildlife|privacy|information|data)";
const OTHER_PROTECTION = String.raw`${OTHER_PROTECTED}\s+protection`;
const OTHER_SUBJECT = new RegExp(
  String.raw`\b(?:youth\s+(?:and\s+community\s+)?work(?:er)?|community\s+and\s+youth\s+work|play\s*work(?:er)?|child\s*care|children['’]?s\s+care|early\s+years\s+(?:educator|practitioner|care)|teaching\s+(?:assistant|qualification|certificate|diploma|award)|(?:certificate|award|diploma)\s+in\s+(?:education|teaching)|PGCE|PGDE|QTS|EYTS|${OTHER_PROTECTION}|${
    /(?:assessment\s+(?:tool\s+|framework\s+)?(?:training|course)|forest\s+school|food\s+(?:hygiene|safety)|manual\s+handling|infection\s+(?:prevention|control)|working\s+at\s+heights?|IPAF|PASMA|fire\s+(?:safety|marshal|warden)|health\s+and\s+safety|(?:paediatric\s+|outdoor\s+|emergency\s+)?first\s+aid|lifeguard|life\s+saving|minibus|coaching\s+(?:award|certificate|licence|level)|swimming\s+teach(?:er|ing)|mountain\s+leader|chaperone\s+licence|BSL|(?:british|irish)\s+sign\s+language|sign\s+language\s+(?:level|interpret)|NRCPD|grade\s*[1-8]|ABRSM|LAMDA|UKCC|diploma|NVQ|BTEC|city\s+(?:&|and)\s+guilds|level\s*[1-7]\b[^()|;,.]{0,40}?\b(?:coach|coaching|leader|instructor|referee|umpire|official|judge|assessor)|(?:coach|coaching|leader|instructor|referee|umpire|official|judge)\s+(?:level\s*[1-7]|award|certificate|licence|qualification))/
      .source
  })\b`,
  "i",
);
/**
 * A course about another need or duty than keeping children safe: "Dyslexia Awareness for Librarians", "Autism
 * awareness", "Deaf awareness", "Mental Health Awareness", "Equality and Diversity training", "GDPR", "Data
 * Protection training", "Makaton taster course", "Epilepsy awareness", "Allergy and Anaphylaxis awareness",
 * "Medication awareness", "Customer Service training"; a profession's own law ("Media Law refresher", "Employment Law
 * update", "Copyright and Defamation workshop") — a course a person holds beside their safeguarding training,
 * which never lapses as safeguarding training does (unless it names safeguarding: otherSubject).
 */
const OTHER_NEED =
  /\b(?:dyslexia|autism|autistic|ADHD|deaf(?:ness)?|dementia|mental\s+health|equality(?:\s+(?:and|&)\s+diversity)?|diversity\s+(?:and|&)\s+inclusion|GDPR|data\s+protection|information\s+governance|makaton|epilepsy|diabetes|asthma|allerg(?:y|ies)|anaphylaxis|medication|customer\s+(?:service|care)|(?:media|employment)\s+law|copyright|defamation)\b(?=(?:\s+(?:and|&|[\p{L}-]+)){0,3}?\s+(?:awareness|training|course|module|e-?learning|workshop|update|refresher|taster|certificate|level)\b|\s*(?:[–—-]|$))/iu;
const SAFEGUARDING_SUBJECT =
  /\b(?:safeguard\w*|child\s+protection|protecting\s+children|D?DSL|designated|prevent|abuse|exploitation|welfare|FGM|radicali[sz]ation|early\s+help|neglect|DASH|signs\s+of\s+safety|graded\s+care|harmful\s+sexual|sexual\s+behaviour|county\s+lines|grooming|self-?harm)\b/i;

/**
 * A safeguarding course's own topic beside another subject: "Online Safety, Copyright and Images workshop", "Safer
 * Recruitment and Employment Law training" are safeguarding courses that also cover the law.
 */
const SAFEGUARDING_TOPIC =
  /\b(?:online\s+safety|e-?safety|safer\s+recruitment|thresholds|working\s+together|responding\s+to\s+concerns)\b/i;

/** "this is not safeguarding training", "not a child protection course", "non-safeguarding": a course said not to be one. */
const NOT_SAFEGUARDING =
  /\b(?:not|nor|non-?)\s*(?:(?:a|an|any|part\s+of(?:\s+(?:our|the))?)\s+)?(?:safeguard\w*|child\s+protection)\b/gi;

/**
 * "Registered Teacher Status", "Award in Horse Care", "Range Officer certificate": a professional or activity
 * qualification. It is safeguarding training only when its title says so or names a course known by its name.
 */
const QUALIFICATION =
  /\b(?:award|certificate|certification|status|qualification|qualified|registered|registration|accredit\w*|licen[cs]e|membership|chartered)\b/i;
/** Words that make a qualification's title a course of training after all: "Awareness certificate", "Level 2 award". */
const COURSE_IN_TITLE =
  /\b(?:training|trained|course|refresher|update|level\s*[1-4]|induction|awareness|e-?learning|workshop|module)\b/i;

/**
 * Safeguarding training's own providers: their certificate is a safeguarding course's ("NSPCC certificate", "Educare
 * certificate", "Thirtyone:eight accreditation"). CPSU's and the e-Academy's names say safeguarding already.
 */
const SAFEGUARDING_PROVIDER =
  /\b(?:NSPCC|CPSU|edu-?care|virtual\s+college|thirty-?one\s*:\s*eight|thirtyoneeight|31\s*:\s*8|CCPAS)(?![\p{L}\d])/iu;

function qualificationInOtherSubject(course: string): boolean {
  return (
    QUALIFICATION.test(course) &&
    !COURSE_IN_TITLE.test(course) &&
    !DSL_COURSE.test(course) &&
    !SAFEGUARDING_COURSE_NAME.test(course) &&
    !SAFEGUARDING_PROVIDER.test(course)
  );
}

/**
 * A piece of work, not a course: "Safeguarding review – May 2021", "Section 175 safeguarding audit – 2020", "DSL
 * supervision – 03/2022", "Annual appraisal – 2021", "Enhanced DBS check" under a person's name record what they did
 * or had done, not training that lapses. The work's name is the title's head, with at most a few words of what it
 * is about before it — safeguarding, the DSL, section 175, annual, DBS — and no word of a course after it ("Serious
 * case review training", "DSL update" and "Level 3 review" are courses); a designated lead's supervision is work too.
 */
const WORK_NOT_COURSE =
  /^[\s\-–—•·*_]*(?:(?:the|an?|my|her|his|their)\s+)?(?:(?:annual|yearly|termly|enhanced|standard|basic|DBS|DSL|DSP|DSO|DPS|safeguarding|child\s+protection|(?:section|s\.?)?\s*(?:175|157)|case|file|peer|policy)\s+){0,3}(?:review|audit|appraisal|supervision|inspection|meeting|visit|check|observation|report)s?[\s.:;,]*$/i;
/**
 * A title that says it is learning: "Learning from Child Safeguarding Practice Reviews", "Lessons from Serious Case
 * Reviews", "Multi-agency Safeguarding Practice Review", "Introduction to Safeguarding Supervision" are courses,
 * whatever word their title ends in.
 */
const LEARNING_TITLE =
  /\b(?:learning\s+from|lessons\s+(?:from|learned|learnt)|understanding|introduction\s+to|multi-?\s?agency|practice\s+reviews?)\b/i;

function workNotCourse(course: string): boolean {
  return (
    WORK_NOT_COURSE.test(course) &&
    !LEARNING_TITLE.test(course) &&
    !COURSE_IN_TITLE.test(course) &&
    !SAFEGUARDING_COURSE_NAME.test(course)
  );
}

/**
 * Words a course's title holds besides its subject: what kind of course it is, its level, stage or group (in
 * English or Welsh), how it was taken, when, for whom, who gives it, when it is due again, and a reference to
 * another row ("Level 3 Refresher (e-learning)", "Foundation course – Group B", "Grŵp A ymwybyddiaeth", "Club
 * course", "Refresher due: 05/2025", "same as above"). The churches' pathway names its stages Basic, Foundations
 * and Leadership.
 */
const COURSE_FORM_WORDS =
  /(?<![\p{L}\d])(?:training|trained|course|courses|refresher|refresh|update|updates|updated|awareness|e-?learning|elearning|online|face[\s-]to[\s-]face|in[\s-]person|in-service|virtual|classroom|workshop|module|modules|unit|units|session|sessions|briefing|seminar|webinar|conference|programme|program|induction|certificate|certification|cert|level|levels|group|grŵp|stage|part|tier|step|basic|foundation|foundations|leadership|introduction|introductory|intro|intermediate|advanced|core|essential|essentials|general|mandatory|annual|full|half|day|days|hour|hours|refreshed|renewed|completed|attended|passed|taken|done|no|date|dates|recorded|given|known|unknown|tbc|pending|n\/?a|yes|record|records|and|&|for|of|the|in|on|at|to|with|by|a|an|via|from|as|same|above|below|previous|ditto|one|two|three|four|five|staff|whole|team|young|volunteers?|leaders?|practitioners?|everyone|all|new|initial|further|specialist|version|ymwybyddiaeth|lefel|hyfforddiant|cwrs|diweddariad|sylfaenol|lead|leads|deputy|depute|co-?ordinator|officer|named\s+professional|children['’]?s\s+officer|due|next|renew|renewal|expires|expiry|expired|valid|until|club|in-house|internal|setting|organisation|organization|school|church|parish|league|society|local|national|regional)(?![\p{L}\d])/giu;
/** A place's or a partnership's name before what it is: "Hollowmere SCP", "Dunmore Council", "Ashby Diocese". */
const PARTNERSHIP_NAME =
  /(?:(?<![\p{L}\d])\p{Lu}[\p{L}'’-]*\s+){0,3}(?<![\p{L}\d])(?:S[CA]P|LSCB|LSCP|SCB|CPC|ICB|council|partnership|board|diocese|trust|authority|county|borough|federation|network|alliance|association|academy|college|university)(?![\p{L}\d])/giu;
/** A sentence, not a course's title: "Iestyn took the Group C course on …", "all completed between …". */
const RECORD_SENTENCE =
  /\b(?:took|takes|was|were|is|are|has|have|had|held|attended|completed|did|undertook|between)\b/i;
/** A course for a role in safeguarding, named by the role alone: "lead training", "Deputy course", "Co-ordinator course". */
const ROLE_COURSE =
  /\b(?:lead|deputy|depute|co-?ordinator|officer)\s+(?:training|course|refresher|update|workshop|module)\b/i;
/**
 * Safeguarding's subjects beside those a course's title is tested for anywhere: a child's wellbeing, trauma, the
 * reviews of a case that went wrong ("Serious case review training"), and the safety of children at their activity
 * ("Water Safety course", "Road safety for young cyclists"), not the worker's own ("Lab safety").
 */
const CHILDRENS_WELLBEING = new RegExp(
  String.raw`\b(?:child(?:ren)?['’]?s?\s+wellbeing|(?<!\b${OTHER_PROTECTED}\s+)protection|trauma|(?:serious\s+)?case\s+reviews?|(?:practice|learning)\s+reviews?|(?:water|road)\s+safety)\b`,
  "i",
);

/**
 * Whether a course's title names a subject other than safeguarding: what is left once its course words, levels,
 * providers' acronyms, dates, bracketed notes and partnerships' names are taken away, when none of it is
 * safeguarding's ("Chemistry lab technician safety course", "IOSH Managing Safely", "Housing law update"). A
 * title that names no subject ("Level 3", "Refresher", "Foundation course – Group B") is read by its context, as
 * is a sentence.
 */
function namesOtherSubject(course: string): boolean {
  const words = plain(course);
  // A title starts with a capital or a number: a piece starting in lower case is the rest of a title cut above it
  // ("for Volunteers and Helpers", "in sport: foundation") or a sentence ("the post moved to …"), read by its context.
  if (!/^[\s\p{P}]*[\p{Lu}\d]/u.test(words)) return false;
  if (
    RECORD_SENTENCE.test(words) ||
    ROLE_COURSE.test(words) ||
    SAFEGUARDING_SUBJECT.test(words) ||
    SAFEGUARDING_TOPIC.test(words) ||
    CHILDRENS_SAFETY.test(words) ||
    CHILDRENS_WELLBEING.test(words) ||
    DSL_COURSE.test(words) ||
    SAFEGUARDING_COURSE_NAME.test(words) ||
    SAFEGUARDING_PROVIDER.test(words) ||
    welshLeadGroup(words) ||
    TOPICS.some(([, pattern]) => pattern.test(words))
  )
    return false;
  const left = words
    .replace(/\([^()]*\)|\[[^[\]]*\]/g, " ")
    .replace(PARTNERSHIP_NAME, " ")
    // A provider's or a scheme's acronym: "CPPE Level 1", "CWPO course".
    .replace(/(?<![\p{L}\d])\p{Lu}{2,6}s?(?![\p{L}\d])/gu, " ")
    .replace(/\d[\d/.:-]*(?:st|nd|rd|th)?/g, " ")
    .replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b/gi, " ")
    .replace(/\b(?:spring|summer|autumn|winter|term|year|AY|w\/c)\b/gi, " ")
    .replace(COURSE_FORM_WORDS, " ")
    .replace(/[^\p{L}\s]/gu, " ")
    .replace(/(?<![\p{L}\d])\p{L}{1,2}(?![\p{L}\d])/gu, " ")
    .trim();
  return left !== "";
}

/**
 * Protection that is not another subject's ("Child Care and Protection", "Youth Work and Protection"): a course about
 * children's protection, whatever other subject its title names.
 */
const PROTECTION_NOT_OTHER = new RegExp(String.raw`(?<!\b${OTHER_PROTECTED}\s+)\bprotection\b`, "i");

/** Whether a course (or a sentence recording one) is in another subject, or says it is not safeguarding training. */
function otherSubject(course: string): boolean {
  const denied = course.replace(NOT_SAFEGUARDING, " ");
  return (
    ((OTHER_SUBJECT.test(course) ||
      OTHER_NEED.test(course) ||
      denied !== course ||
      levelInOtherSubject(course) ||
      qualificationInOtherSubject(course) ||
      levelledQualificationInOtherSubject(course) ||
      namesOtherSubject(course)) &&
      !SAFEGUARDING_SUBJECT.test(denied) &&
      !SAFEGUARDING_TOPIC.test(denied) &&
      !PROTECTION_NOT_OTHER.test(denied)) ||
    workNotCourse(course)
  );
}

/**
 * A regulated qualification's title, "Level 4 Certificate in Drama Teaching", "Level 3 Award in Stage Lighting": the
 * subject after "in" says what it is in. It is another subject's unless that names safeguarding (otherSubject), a
 * course known by its name ("Level 2 Award in Keeping Children Safe"), abuse or harm, or children's protection or
 * safety ("Child Protection", "Protecting Young People", "Children's Safety"). Not a subject that only holds "safe"
 * or a child: "the Safe Handling of Medicines", "Food Safety", "Understanding Children's Sleep", "Risk Assessment".
 */
const LEVELLED_QUALIFICATION = /\blevel\s*[1-8]\s+(?:award|certificate|diploma|qualification)\s+in\s+/i;
const CHILDRENS_SAFETY =
  /\b(?:safeguard\w*|abuse|harm|(?:child(?:ren)?|young\s+people)(?:'?s)?\s+(?:protection|safety|welfare)|(?:protect\w*|safety\s+of|welfare\s+of)\s+(?:the\s+)?(?:child(?:ren)?|young\s+people))\b/i;

function levelledQualificationInOtherSubject(course: string): boolean {
  const m = LEVELLED_QUALIFICATION.exec(course);
  if (!m) return false;
  const subject = course.slice(m.index + m[0].length);
  return (
    !DSL_COURSE.test(subject) && !SAFEGUARDING_COURSE_NAME.test(subject) && !CHILDRENS_SAFETY.test(subject)
  );
}

/**
 * "Makaton Level 1", "Mandarin Level 2": a level after a subject's name, with no word for safeguarding
 * or a course (an acronym, "NSPCC Level 1", may be a provider's safeguarding course: not this).
 */
function levelInOtherSubject(course: string): boolean {
  const m = /^(.*?)\blevel\s*[1-4]\b(.*)$/i.exec(course);
  if (!m || !/\b\p{Lu}\p{Ll}{2,}/u.test(m[1])) return false;
  const rest = `${m[1]} ${m[2]}`;
  return !COURSE_WORD.test(rest) && !DSL_COURSE.test(rest) && !SAFEGUARDING_COURSE_NAME.test(rest);
}

/**
 * A publication cited with its publisher and date in brackets: "(HM Government, July 2018)", "(DfE, 2019)",
 * "(Department for Education, September 2023)". The date is the guidance's, never a course's.
 */
const CITATION =
  /\(\s*(?:HM\s+Government|HMG|DfE|DfES|DCSF|DHSC|DoH|DH|Department\s+(?:for|of)\s+[\p{L}&, ]{3,50}?|Home\s+Office|Ministry\s+of\s+[\p{L} ]{3,30}?|Cabinet\s+Office|Welsh\s+Government|Scottish\s+Government|Ofsted|NHS\s+England)\s*[,:]\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:[\p{L}]+\s+)?\d{4}\s*\)/iu;

/** otherSubject, except a level of a pathway the document ties to safeguarding ("Safe Steps Level 1"). */
function otherSubjectBut(course: string, pathway: (course: string) => boolean): boolean {
  return otherSubject(course) && !pathway(course);
}

/** A line that opens with a year and a full stop, then a capital: "2025. Saoirse's …". */
const YEAR_STOP_START = /^\s*(?:19|20)\d\d\.\s+\p{Lu}/u;
/** The end of a sentence a line carries on from the line above: a few words, a full stop, then a capital. */
const SENTENCE_TAIL = /^[^.!?\n]{1,60}?(?:\d|\p{Ll}{2})[.!?]\s+(?=\p{Lu})/u;

/** A sentence's full stop after a date's digits or a word (not an initial's or a title's), then a capital. */
const SENTENCE_SPLIT = /(?:\d|\p{Ll}{3})\.\s+\p{Lu}/u;

/** A line that carries on the list entry above: indented, with words and no list marker or heading of its own. */
function continuesEntry(line: Line): boolean {
  if (!/^\s{2,}\S/.test(line.text)) return false;
  const next = itemStart(line.text);
  return !next.marker && !next.heading;
}

/**
 * A person (a first name, or a name of up to three words) and a verb of holding at a clause's start: "Callum completed",
 * "Mr Ivo Hale has attended".
 */
const HOLDER_OPENING = String.raw`(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}'’-]+\s+(?:(?:also|then|later)\s+)?(?:(?:has|had|have)\s+)?(?:completed|attended|passed|achieved|undertook|gained|did|took)\s`;

/**
 * A FAQ's question before its answer on the same line or paragraph: "**What training have the safeguarding team
 * had?** — Odette completed …". Only before an answer that opens with a person and a verb of holding (HOLDER_OPENING):
 * the question is no part of the answer's record ("Has the Welfare Officer had training? Yes – …" keeps its question,
 * which names whose the record is).
 */
const QUESTION_BEFORE_RECORD = new RegExp(
  String.raw`^(?:\*\*|__)?[^?\n]{3,160}\?(?:\*\*|__)?\s*(?:(?:--|[–—:-])\s*)?(?=${HOLDER_OPENING})`,
  "u",
);

/** A numbered clause's number ("5.5 ", "12.3.1 ") before its sentence's capital. */
const CLAUSE_NUMBER = /^\d+\.\d+(?:\.\d+)*\.?\s+(?=\p{Lu})/u;

/**
 * A Markdown image at the start of an entry's words: "![Photo: Anna at the rink](anna.jpg) ", or an Easy Read
 * picture written as words: "[picture: certificate] ", "[Image: two people] ".
 */
const LEADING_IMAGE =
  /^(?:!\[[^\]\n]*\]\([^)\n]*\)|\[(?:picture|image|photo|symbol|icon|illustration|graphic)\s*:[^\]\n]*\](?!\())\s*/i;

/** A list entry's level: its indent and its marker ("2 -", "0 ●"). */
function listLevel(text: string): string {
  const m = /^(\s*)(?:>\s*)*(\S)/.exec(text);
  return m ? `${m[1].length} ${m[2]}` : "";
}

/**
 * Whether the next non-blank line is a list entry, or the lines right under are the person's own: a "Training:"
 * line, after a job or contact line or two ("Asha Rao (Kathak)" / "Training: …", "Asha Rao" / "Teacher · 07700 …"
 * / "Training: …").
 */
function listFollows(lines: Line[], index: number, tableLines: Set<number>): boolean {
  for (let i = index + 1; i < lines.length; i++) {
    if (isBlank(lines[i])) continue;
    return (
      !tableLines.has(i) &&
      (itemStart(lines[i].text).marker ||
        labelledTrainingUnder(lines, index, tableLines) ||
        datedCourseUnder(lines, index, tableLines))
    );
  }
  return false;
}

/**
 * Whether the line right under (no blank line between) is a short dated safeguarding course with no label, the first
 * of a person's lines ("Poppy Treharne (Instructor)" / "BHS Safeguarding Children Level 2 – Oct 2023").
 */
function datedCourseUnder(lines: Line[], index: number, tableLines: Set<number>): boolean {
  const next = lines[index + 1];
  if (!next || isBlank(next) || tableLines.has(index + 1) || next.text.length > 200) return false;
  const at = itemStart(next.text);
  if (at.heading) return false;
  const words = plain(next.text.slice(at.start));
  return (
    wordCount(words) <= 14 &&
    COURSE_WORD.test(words) &&
    namesSafeguarding(words) &&
    !otherSubject(words) &&
    !SENTENCE_VERB.test(words.replace(MONTH_MAY, "")) &&
    endsWithDate(words)
  );
}

/** A line labelled as training: "Training: Safeguarding awareness, 09/2024", "Safeguarding training: …". */
/** The word "Training" alone (a record's, a log's) with no course named: a heading over the courses. */
const TRAINING_HEADING_ALONE = /^training(?:\s+(?:records?|logs?|history))?\s*:?$/i;

const TRAINING_LABEL = /^\s*(?:my\s+(?:own\s+)?)?(?:(?:safeguarding|DSL)\s+)?training(?:\s+record)?\s*:\s*/i;

/** A "Training:" label is taken off a course's words, unless nothing else is left ("Training: 12/03/2024"). */
function labelOnly(label: string, _offset: number, text: string): string {
  return text.length > label.length ? "" : label;
}

/**
 * Whether a "Training:" line follows a name line directly, with at most two lines of the person's details between
 * (a job, a phone number or an email address); a blank line, a heading or a sentence ends the person's lines.
 */
function labelledTrainingUnder(lines: Line[], index: number, tableLines: Set<number>): boolean {
  for (let k = index + 1; k <= index + 3 && k < lines.length; k++) {
    const line = lines[k];
    if (isBlank(line) || tableLines.has(k)) return false;
    const at = itemStart(line.text);
    if (at.heading) return false;
    const words = plain(line.text.slice(at.start));
    if (TRAINING_LABEL.test(words)) return true;
    const detail = CONTACT.test(words)
      ? wordCount(words) <= 10
      : wordCount(words) <= 6 && !SENTENCE_VERB.test(words) && !/[.!?:]\s*$/.test(words);
    if (!detail) return false;
  }
  return false;
}

/**
 * A line labelled "Training:" that runs on without ending its sentence, joined with the lines of its paragraph
 * (same offsets: the line breaks as spaces) to the first that ends a sentence, at most five lines on. Undefined when
 * the line ends a sentence or the next line starts a block of its own (a blank line, a table row, a list entry, a
 * heading).
 */
function labelledPartsOverLines(
  lines: Line[],
  index: number,
  tableLines: Set<number>,
  body: string,
): { body: string; last: number } | undefined {
  if (!TRAINING_LABEL.test(body) || /[.!?:;]\s*$/.test(body)) return undefined;
  let joined = body;
  let end = lines[index].endOffset;
  let last = index;
  for (let k = index + 1; k < lines.length && k <= index + 5; k++) {
    const next = lines[k];
    if (isBlank(next) || tableLines.has(k) || isPlainHeading(next)) break;
    const at = itemStart(next.text);
    if (at.marker || at.heading) break;
    joined += " ".repeat(next.offset - end) + next.text;
    end = next.endOffset;
    last = k;
    if (/[.!?]\s*$/.test(next.text)) break;
  }
  return last > index ? { body: joined, last } : undefined;
}

/**
 * Training lines outside tables. Lines under a person's name belong to that person until the next name (a name
 * on its own line, a "Name – Role" line, a heading, a lead named with their role) or until a line that is
 * neither training nor the person's details. A line nobody owns counts only when it reads as a record
 * ("Whole-staff training was last held on 4 September 2022"), never as a rule ("… every three years").
 */
function trainingInLines(
  lines: Line[],
  mentions: LeadMention[],
  named: LeadMention[],
  tableLines: Set<number>,
  firstNames?: FirstNames,
): TrainingLine[] {
  const found: TrainingLine[] = [];
  const known = named.map((m) => nameKey(m.name ?? ""));
  const mentionsByLine = mentionsOnLines(lines, mentions);
  const namedPerson = personNamedIn(lines);
  const apposed = personApposedIn(lines);
  // "Safe Steps Level 1" where the document ties Safe Steps to safeguarding (level-pathways.ts).
  const pathway = safeguardingPathways(lines);
  // "Welfare Officer Pathway", "Safe to Serve": a course the policy introduces by its title (named-courses.ts).
  const introduced = introducedCourses(lines);
  let owner: Owner | undefined;
  /** The list level ("-" at no indent, "●") of the entry whose name or lead opened the block being read. */
  let ownerLevel: string | undefined;
  let continuing = false;
  let previous: Line | undefined;
  /** The line of a person's name that opened the block being read ("**Ms Orla Reyes**"). */
  let nameLine: Line | undefined;
  /**
   * The latest date of a record given to the block's owner at or after `from` (its name line), read on from the
   * records already looked at as more are pushed: each record is read once per owner, not again on every line.
   */
  let ownerLatest: { key: string; from: number; read: number; last: string | undefined } | undefined;
  const newerOwnRecord = (name: string, from: number, than: string): boolean => {
    const key = nameKey(name);
    if (ownerLatest?.key !== key || ownerLatest.from !== from)
      ownerLatest = { key, from, read: 0, last: undefined };
    for (; ownerLatest.read < found.length; ownerLatest.read++) {
      const r = found[ownerLatest.read];
      if (
        r.offset >= from &&
        r.leadName !== undefined &&
        r.date !== undefined &&
        (ownerLatest.last === undefined || r.date.date.last > ownerLatest.last) &&
        sameName(nameKey(r.leadName), key)
      )
        ownerLatest.last = r.date.date.last;
    }
    return ownerLatest.last !== undefined && ownerLatest.last > than;
  };
  // Under a heading about training ("6. Training record"): a course may be named by its title alone.
  let trainingSection = false;
  // Under a training log's label ("Training log (last completed):"), while each line is a person's entry: a lead's
  // title alone with a date names the lead's course (roleDatedInLog).
  let recordsLog = false;
  // Under the writer's own heading or label for their courses ("## My training and checks", "My training:"): the list
  // there is the writer's record. A label's list ends at the first line that is no list entry; a heading's at the
  // next heading.
  let writerList: "heading" | "label" | undefined;
  /** The leads' names in full, gathered once a list's pronoun asks whom the paragraph above names. */
  let leadFullNames: string[] | undefined;
  /** Where a dated record was given to the lead whose first name labels its line (checked once all are read). */
  const datedLabels: Array<{ from: number; to: number }> = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (tableLines.has(i)) {
      owner = undefined;
      previous = undefined;
      recordsLog = false;
      continue;
    }
    if (isBlank(line)) continue;
    const above = previous;
    previous = line;
    // "… did the deputy course in June" / "2025. Saoirse's last …": a year and a stop that end the sentence of the line
    // above are no list's number; the record on the line starts after them (SENTENCE_TAIL, below).
    const item =
      YEAR_STOP_START.test(line.text) && above === lines[i - 1] && !/[.!?:;]\s*$/.test(above.text)
        ? { start: 0, marker: false, heading: false }
        : itemStart(line.text);
    const { marker, heading } = item;
    let { start } = item;
    // "**Mrs Ada Lane**\\": a Markdown hard break (pandoc) at the line's end is not part of its words.
    let body = line.text.slice(start).replace(/(?<!\\)\\\s*$/, "");
    // "- ![Photo: Tom by the bench](tom.jpg) **Tom Hadley** – Coach": a photo before the name is not the entry's words
    // (its alt text would read as a sentence before the name).
    const photo = LEADING_IMAGE.exec(body);
    if (photo) {
      start += photo[0].length;
      body = body.slice(photo[0].length);
    }
    // "5.5 Olwen completed … on 21 April 2025, and …": a numbered clause's number is not the first word of its
    // sentence. A line whose date runs on to the next ("5.2 Tom Ure completed the refresher in" / "05/2024.") is
    // read whole, its date with it.
    const clause = !marker && !heading ? CLAUSE_NUMBER.exec(body) : null;
    if (clause && /\b(?:19|20)\d\d\b/.test(body.slice(clause[0].length))) {
      start += clause[0].length;
      body = body.slice(clause[0].length);
    }
    // "**What training have the team had?** — Odette completed …": a FAQ's question is no part of its answer's record.
    const question = !marker && !heading ? QUESTION_BEFORE_RECORD.exec(body) : null;
    if (question) {
      start += question[0].length;
      body = body.slice(question[0].length);
    }
    // "online safety briefing in April 2026. Tadhg completed …": a line broken inside a paragraph opens with the
    // end of the sentence above; the record on it starts after that sentence's full stop.
    // A person's name line above ("**Ms Orla Reyes**" / "Orla shadows the lead. Tamsin completed …") ends no sentence.
    const runsOn =
      !marker &&
      !heading &&
      above &&
      above !== nameLine &&
      !isBlank(above) &&
      // "## 7. Staff training" / "Rosa-Lee took on the lead role in 2019. She …": a heading ends no sentence.
      !headingLine(above) &&
      !/[.!?:;]\s*$/.test(above.text);
    const tail = runsOn ? SENTENCE_TAIL.exec(body) : null;
    // "The Head of Service, Ann" / "Lee-Hart, is our DSL. She completed …": the one lead the sentence that wrapped
    // onto this line's start names, whom a pronoun opening the next sentence stands for.
    const wrappedLead = runsOn
      ? wrappedSentenceLead(body, line.offset + start, mentionsByLine.get(i))
      : undefined;
    /**
     * "Harriet completed her Designated Safeguarding Lead training on" / "14/02/2025. Aisha attended the same course
     * on 3rd October 2023.": the record of the sentence that wrapped onto this line, what "the same course" or "it"
     * in the next sentence stands for.
     */
    let carried: Pick<TrainingLine, "course" | "date"> | undefined;
    if (tail && !TRAINING_WORD.test(tail[0]) && !COURSE_WORD.test(tail[0])) {
      carried = wrappedRecord(found.at(-1), above, lines[i - 1], line.offset + start, tail[0]);
      start += tail[0].length;
      body = body.slice(tail[0].length);
    }
    // "Mrs Ann Lee completed DSL training on 12 May 2022." / "She renewed it on 10 May 2026.": a line opening with a
    // pronoun's renewal right under a line whose last sentence recorded one person's course renews that course, and
    // the pronoun is that person.
    // "… on 12 May" / "2022. She renewed it …": the sentence the line above wrapped onto this one's start, likewise.
    let carriedOwner: Owner | undefined;
    if (
      (tail ? carried !== undefined : /[.!?]\s*$/.test(above?.text ?? "")) &&
      !marker &&
      !heading &&
      above &&
      above === lines[i - 1] &&
      PRONOUN_RENEWED.test(body)
    ) {
      const stops = allMatches(/[.!?]+\s+(?=[\p{Lu}("“])/gu, above.text);
      const last = stops.at(-1);
      const sentenceAt = above.offset + (last ? (last.index ?? 0) + last[0].length : 0);
      const sentenceEnd = tail ? line.offset + start : above.endOffset;
      const records = found.filter((r) => r.offset >= sentenceAt && r.endOffset <= sentenceEnd);
      const record = records.at(-1);
      const words = plain(`${above.text.slice(sentenceAt - above.offset)} ${tail?.[0] ?? ""}`);
      carriedOwner = soleRecordOwner(records, words, known);
      if (record?.course && record.date && carriedOwner)
        carried ??= { course: record.course, date: record.date };
      else carriedOwner = undefined;
    }
    carriedOwner ??= wrappedLead;
    let lineEnd = line.endOffset;
    let onLine = mentionsByLine.get(i) ?? [];
    // A list entry hard-wrapped over lines is one entry: the indented lines under it with no marker of their own
    // ("- Dana Whitlow -- designated lead (DSL)" / "    refresher, completed Jan '24").
    if (marker) {
      while (i + 1 < lines.length && !tableLines.has(i + 1) && continuesEntry(lines[i + 1])) {
        const next = lines[++i];
        body += " ".repeat(next.offset - lineEnd) + next.text;
        lineEnd = next.endOffset;
        onLine = [...onLine, ...(mentionsByLine.get(i) ?? [])];
        previous = next;
      }
    }
    recordsLog = logLine(plain(body), recordsLog);
    // "Training: Aled — DSL (Saltwick SCP), 3rd May '24; Priya — deputies' course, date to be added.": each
    // person's part of the line is their own record.
    // "Priya – Early Years DSL refresher, Sept 2024" on its own line: the first name's record, as a part of a line is.
    const renewedOnLine =
      !marker && !heading
        ? labelledRenewalRecords(body, line.offset + start, named, onLine, known, firstNames)
        : undefined;
    if (renewedOnLine) {
      found.push(...renewedOnLine);
      owner = undefined;
      continue;
    }
    const namedParts =
      namedPartsRecords(body, line.offset + start, named, firstNames) ??
      (spacedDashNearStart(body) && FIRST_NAME_DASH.test(body)
        ? namedPartsRecords(body, line.offset + start, named, firstNames, false, undefined, true)
        : undefined);
    if (namedParts) {
      found.push(...namedParts);
      owner = undefined;
      continue;
    }
    // "Training: Ann Lee – DSL course (multi-agency)," / "05/2025. Ben Cole – DSL course, 01/2024. All" / "staff …":
    // a labelled paragraph of people's records that the page's width broke over lines (PDF) is read as one line.
    const wrappedParts = !marker && !heading ? labelledPartsOverLines(lines, i, tableLines, body) : undefined;
    if (wrappedParts) {
      const records =
        namedPartsRecords(wrappedParts.body, line.offset + start, named, firstNames) ??
        labelledRenewalRecords(wrappedParts.body, line.offset + start, named, onLine, known, firstNames);
      if (records) {
        found.push(...records);
        owner = undefined;
        previous = lines[wrappedParts.last];
        i = wrappedParts.last;
        continue;
      }
    }
    const words = plain(body);
    if (!marker && !heading)
      writerList =
        WRITER_LIST_TITLE.test(words) && words.trimEnd().endsWith(":")
          ? "label"
          : writerList === "heading"
            ? "heading"
            : undefined;
    const here = lineLead(onLine, words, known, {
      from: line.offset + start,
      end: lineEnd,
      datedEntry:
        marker && owner?.name !== undefined && trainingDate(body, line.offset + start) !== undefined,
      listFollows: () => listFollows(lines, i, tableLines),
    });
    // "- Course Welfare Lead: Ruairi Kettleby-Osei": who holds a post on a course, not a course held.
    const postLine = postHolderLine(words);
    const strict = !postLine && TRAINING_WORD_STRICT.test(words) && body.length <= 200;
    // "Interim Designated Safeguarding Lead (from 1 September 2026): Ms Ada Byrne": a lead's role line whose only
    // course words are the role's own dates the appointment, not a course.
    const courseWords = here
      ? withoutLabels(words, onLine, line.offset + start + body.length - body.trimStart().length)
      : words;
    // "Prevent duty guidance (Home Office, March 2015)": guidance cited with its publisher and date.
    const cited = CITATION.test(words);
    // "Leadership Pathway -- 8 November 2025" under a lead's name, or under a heading about training.
    const titled =
      !here &&
      (!marker || trainingSection) &&
      !cited &&
      owner?.name !== undefined &&
      (trainingSection || known.some((k) => sameName(k, nameKey(owner?.name ?? "")))) &&
      !COURSE_WORD.test(words) &&
      titledCourse(words);
    // "Rhiannon Pugh – Group C (DSP) – 09/2024": a Welsh lead group names the course once the role's words are out.
    // Only in a section about training: elsewhere "– Group D leader" is a job.
    // "Bethan Lowry – Time to Listen (Swim England) – 3rd of September 2023": a person's line naming a safeguarding
    // course known by its name alone, dated or with its date said to be missing.
    const courseNamed =
      COURSE_WORD.test(courseWords) ||
      introduced(courseWords) ||
      (trainingSection && welshLeadGroup(plain(courseWords))) ||
      (trainingSection && here !== undefined && roleBetweenDashes(words, onLine)) ||
      (trainingSection && here !== undefined && roleWithProviderAndDate(words, onLine)) ||
      (trainingSection && here !== undefined && roleForFieldWithDate(words, onLine)) ||
      ((recordsLog || (trainingSection && ownRoleLine(here, owner, nameLine))) &&
        here !== undefined &&
        roleDatedInLog(words, onLine)) ||
      ((trainingSection || recordsLog) && pathwayModuleEntry(words, known)) ||
      (SAFEGUARDING_COURSE_NAME.test(courseWords) &&
        !GUIDANCE_NAME.test(courseWords) &&
        personLine(words, known)?.record === true);
    let date =
      !cited && (strict || titled || courseNamed) ? trainingDate(body, line.offset + start) : undefined;
    // "Ivo Marsh – CRB checked 2011; Safeguarding awareness (Dunmore SP) 2019; Powerboat Level 2, 2014": a person's
    // line of parts, each with a bare year, is dated by its safeguarding course's year, never by a check's before it.
    if (date === undefined && !cited && courseNamed && /\d/.test(body)) {
      const opener = personLine(words, known);
      const at = opener?.record ? body.indexOf(opener.name) : -1;
      if (opener && at >= 0)
        date = datedCoursePart(
          body.slice(at + opener.name.length),
          line.offset + start + at + opener.name.length,
        );
    }
    const course = !cited && !postLine && (titled || courseNamed);
    // "· Next DSL refresher (date to follow)", "· Prevent refresher booked with the county (date to be confirmed)": a
    // course still to come whose date is not yet set is a booking, not an undated record of a course done.
    let placeholder =
      (strict || course) &&
      (DATE_PLACEHOLDER.test(body) || NO_DATE.test(words)) &&
      !futureBooking(words.replace(NO_DATE, " "));
    // "● Kwabena Asante-Boateng – Safeguarding Awareness for customer-facing staff" / "(online) – Autumn 2022": a
    // person's entry that the page's edge broke before its date (PDF) is their record, not a name opening a block.
    const runOnDate =
      course &&
      marker &&
      date === undefined &&
      !/[.!?;]\s*$/.test(words) &&
      // A lead's, named as a lead elsewhere: not a title that reads like a name ("● Information Sharing: Advice for
      // practitioners …" / "(HM Government, July 2018);" — guidance cited with its date).
      (here !== undefined || knownPerson(personLine(words, known)?.name, known))
        ? dateRunsOn(lines, i, tableLines, body, line.offset + start, lineEnd, known)
        : undefined;
    const brokenBeforeDate = runOnDate !== undefined;
    // A course under a person's name whose date went onto the next line is a record too.
    const recordish =
      strict ||
      (course &&
        (date !== undefined ||
          placeholder ||
          (marker && owner !== undefined) ||
          // "● Kwabena Asante-Boateng – Safeguarding Awareness for customer-facing staff" / "(online) – Autumn 2022": a
          // lead's entry that the page's edge broke before its date (PDF).
          brokenBeforeDate ||
          // "Femi Okoro   Advanced Child Protection – due for renewal March 2025": a course with the date it falls
          // due again is a record of that course.
          (!NOT_TRAINING_IN_BLOCK.test(words) && dueDate(body, line.offset + start) !== undefined)));

    if (heading || isPlainHeading(line)) {
      const person = personLine(words.replace(/^\d+(?:\.\d+)*\.?\s+/, ""), known, () =>
        listFollows(lines, i, tableLines),
      );
      owner = person
        ? { name: person.name, role: here?.role }
        : here && !recordish
          ? { name: here.name, role: here.role }
          : undefined;
      if (person) nameLine = line;
      if (!person) trainingSection = TRAINING_WORD.test(words);
      // "Priya Ramaswamy" on its own line in a log's block keeps the log open for her courses under it.
      recordsLog = person ? recordsLog && PERSON_CELL.test(words.trim()) : logLine(words, false);
      writerList = !person && WRITER_LIST_TITLE.test(words) ? "heading" : undefined;
      ownerLevel = undefined;
      continuing = false;
      continue;
    }
    // "Charlotte's FA qualifications:" over a list: the entries under it are the person's the label names, not the
    // person's named on the lines above ("Women's section Welfare Officer: Gemma Strickland").
    // "She has completed:", "Ewan has attended:" over a list: the entries are the person's the subject stands for.
    const listLabel = marker
      ? undefined
      : (possessiveListLabel(words, named, firstNames) ??
        subjectListLabel(
          words,
          named,
          () => {
            leadFullNames ??= [
              ...new Set(
                named.flatMap((m) => m.names ?? (m.name ? [m.name] : [])).filter((n) => /\s/.test(n.trim())),
              ),
            ];
            const people = paragraphPeople(lines, i, tableLines, mentionsByLine, leadFullNames);
            return people.length === 0 && continuing && owner?.name !== undefined ? [owner] : people;
          },
          firstNames,
        ));
    if (listLabel) {
      owner = listLabel.owner;
      ownerLevel = undefined;
      nameLine = line;
      continuing = listLabel.owner !== undefined;
      continue;
    }
    // "Has the Welfare Officer had safeguarding training …? Yes – course, date": the role's holder's record, the
    // question and its answer one line (not a paragraph of sentences).
    const asked = here ? undefined : questionLineOwner(body, named);
    // "**Mr Tomasz Brandt**" / "Tomasz attended …", "He also holds …": the person whose name line (and details)
    // the paragraph sits right under, for a sentence that calls them by first name or pronoun.
    const under = continuing && owner?.name !== undefined ? owner : undefined;
    // The line's sentences read as records, `holder` the person a sentence that names no one is about.
    const sentencesOf = (holder: typeof under) =>
      sentenceRecords(
        body,
        line.offset + start,
        named,
        onLine,
        known,
        firstNames,
        holder,
        carried,
        carriedOwner,
      );
    // "14/02/2025. Aisha completed it on 3rd October 2023.": a sentence whose course is only the wrapped sentence's
    // ("it", "the same course") records that course.
    const carriedRecords =
      carried && !marker && !asked && HELD_VERB.test(words) ? sentencesOf(under) : undefined;
    // "… Lee-Hart, is our DSL. She completed the DSL course on 3 May 2024.": a pronoun's record after the wrapped
    // sentence that named the lead — hers, not the person's of a name line above the paragraph.
    const wrappedRecords =
      wrappedLead && !marker && !asked && HELD_VERB.test(words) && namesHeldCourse(words)
        ? sentencesOf(undefined)
        : undefined;
    // "Mrs Kowalczyk's last DSL training: 23 June 2023.": the possessive's lead's record, not the record of whoever
    // the lines above name (nor of nobody).
    const possessed =
      asked || possessiveCourseLine(body, words, line.offset + start, named, firstNames)
        ? undefined
        : possessiveDatedRecord(body, words, line.offset + start, named);
    if (possessed) {
      found.push({
        offset: line.offset + start,
        endOffset: lineEnd,
        course: possessed.course,
        date: possessed.date,
        datePlaceholder: false,
        noneRecorded: false,
        leadName: possessed.owner.name,
        leadRole: possessed.owner.role,
      });
      owner = undefined;
      continuing = false;
      continue;
    }
    // A paragraph of prose: each sentence that records training is a record of its own ("I completed my
    // designated lead training in May, 2018, with the partnership. I also …"); the paragraph ends any block.
    // A shorter sentence counts when it says which lead holds which course ("Our Welfare Officer holds the FA
    // Safeguarding Children certificate.").
    if (
      !marker &&
      !asked &&
      ((wordCount(words) > 20 && TRAINING_WORD.test(words) && /[.!?]\s+\p{Lu}/u.test(words)) ||
        (HELD_VERB.test(words) &&
          namesHeldCourse(words) &&
          (heldCourses(
            body,
            line.offset + start,
            onLine,
            named,
            known,
            firstNames,
            undefined,
            under ?? carriedOwner,
          ) !== undefined ||
            // "Kwame and Lucy both completed the refresher on 21 October 2025. Every …": several first names
            // holding a course, in a sentence that a line's end runs on from.
            firstNamesOwners(words, named, firstNames) !== undefined)) ||
        // "All helpers are DBS checked. Ivo Marsh – CRB checked 2011; Safeguarding awareness 2019.", "Nell completed
        // the DSL course on 3 October 2025. Kit's last safeguarding course was in May 2023.": a short paragraph one of
        // whose sentences is a person's own record.
        (/[.!?]\s+\p{Lu}/u.test(words) &&
          ownRecordSentence(body, line.offset + start, named, known, firstNames)) ||
        // "Rosa-Lee has run the club since 2018. She completed the DSL course in May 2024.": a short paragraph whose
        // pronoun's sentence follows one opened by a named lead's first name.
        (body.length <= SHORT_PARAGRAPH &&
          HELD_VERB.test(words) &&
          pronounAfterFirstName(body, named, firstNames)) ||
        // "Saoirse's last DSL refresher was on 22/04/2023; a place on …": a sentence of its own (or the rest of a
        // wrapped line after the sentence above ended), its person named in the possessive and the day their
        // course took place.
        possessiveCourseLine(body, words, line.offset + start, named, firstNames) ||
        carriedRecords?.some((r) => r.course === carried?.course) ||
        wrappedRecords?.some((r) => r.leadName !== undefined) ||
        // "Our scorer, Tamsin Oduya, did Safeguarding and Protecting Children (online) in Trinity term 2023. Our
        // groundsman … completed the safeguarding awareness module in Michaelmas term 2024.": a paragraph with no word
        // for training whose sentences record courses by title; each sentence its own record, not one line's. Short
        // ones too ("… completed Safe to Play on 14 August 2023. It was valid until 14 August 2026.").
        (!TRAINING_WORD.test(words) &&
          /[.!?]\s+\p{Lu}/u.test(words) &&
          titleAfterVerb(words) !== undefined) ||
        // "Our coaches completed COURSE on DATE; Ann Lee on DATE; Bo Ray on DATE.": a list between semicolons whose
        // later items borrow the first item's course, one sentence.
        (body.includes("; ") &&
          RECORD_VERB.test(words) &&
          borrowedCourseRecords(body, line.offset + start, named, onLine, known, firstNames, under) !==
            undefined))
    ) {
      for (const record of carriedRecords ?? wrappedRecords ?? sentencesOf(under)) found.push(record);
      owner = undefined;
      continuing = false;
      continue;
    }
    // A list entry under someone's name is theirs unless it names a lead of the document
    // ("· England Boxing Safeguarding and Protecting Children – October 2022" is not "England Boxing"'s).
    // "- Mr Fenwright: DSL refresher, 18 November 2024; DSL network meetings each term": a dated record, then a
    // habit in a later clause (habitClauseAt). The habit is no part of the record: whose line it is, and whether it
    // is a rule, are read from the words before it.
    const habitClause =
      date && date.endOffset <= lineEnd
        ? habitClauseAt(body, date.offset - line.offset - start, date.endOffset - line.offset - start)
        : undefined;
    const candidate = here
      ? undefined
      : personLine(
          habitClause === undefined ? words : plain(body.slice(0, habitClause)),
          known,
          () => listFollows(lines, i, tableLines),
          namedPerson,
        );
    // In a list whose entries each start with a person's name and their course ("- Jo Teague -- Level 3 DSL, 2
    // February 2025"), every entry is its own person's.
    const person =
      candidate &&
      marker &&
      owner !== undefined &&
      !(owner.byEntry && candidate.record) &&
      !known.some((k) => sameName(k, nameKey(candidate.name))) &&
      // "- **Mikko Salo** – Head Coach" after "- **Ruth Abara** – Deputy Welfare Officer": an entry at the level of the
      // one that opened the block, naming a person and no course, opens a block of its own.
      !(!candidate.record && ownerLevel !== undefined && listLevel(line.text) === ownerLevel)
        ? undefined
        : candidate;
    if (!recordish || (person && !person.record && !brokenBeforeDate)) {
      if (here || person) ownerLevel = marker ? listLevel(line.text) : undefined;
      if (here) owner = { name: here.name, role: here.role };
      // "- Imogen Thackeray – Safeguarding Disabled Children – 2024/25 academic year" in a list whose entries
      // each open with a name: still such an entry, though its date could not be read.
      else if (person) {
        owner = { name: person.name, byEntry: marker && owner?.byEntry === true };
        nameLine = line;
      } else if (
        onLine.length > 0 &&
        !SENTENCE_VERB.test(words) &&
        (wordCount(words) <= 8 ||
          // "Head of Lettings — Designated Safeguarding Person for the Lettings Team" right under the name: a
          // job and role line of the person above (sixteen words at most), not a sentence.
          (owner?.name !== undefined && continuing && wordCount(words) <= 16 && !/[.!?]$/.test(words)))
      ) {
        // A role label with no name: "Deputy DSL: (name)" starts a block nobody is named for; a role line under a
        // person's name ("Dana Whitlow" / "Designated Safeguarding Lead") keeps theirs.
        owner =
          owner?.name && continuing ? { name: owner.name, role: onLine[0].role } : { role: onLine[0].role };
      } else {
        // Details that belong to the person above: a phone or email line, a job title, or the rest of a line
        // that wrapped (PDF): "0113 496" / "0777)". A group's line ("Instructors", "Junior coaches") heads the
        // entries of the people in it, not the person above: it ends their block.
        const detail: boolean =
          owner !== undefined &&
          !(!marker && GROUP_NOUN.test(trimEndWhere(words, /[\s:.]/))) &&
          !(!marker && namesTogether(words, known)) &&
          // A bracketed note of hours on the contact line ("(Monday to Friday, 8am–8pm)") adds no words of a sentence.
          ((CONTACT.test(words) && wordCount(words.replace(/\([^()]*(?:\)|$)/g, " ")) <= 10) ||
            (continuing && (/^[\s(]*[a-z0-9(]/.test(body) || body.length <= 30)) ||
            (wordCount(words) <= 6 && !/[.!?]$/.test(words) && !SENTENCE_VERB.test(words) && !marker));
        if (!detail) owner = undefined;
        continuing = detail;
        continue;
      }
      continuing = true;
      continue;
    }
    continuing = false;
    // "- Ines Varga – Safeguarding refresher (renewed annually) – 06/2025": a person's entry whose bracket says how
    // often the course is renewed is still their record; the rule's words are the bracket's only.
    // "- Noor Hale (DSL): Lead course – every 2 years – last done 2024": how often a person's course is renewed,
    // then when they last did it, is their record too.
    // "My safeguarding training: … Refreshed every 2 yrs; last: Jan '24.": the writer's own labelled line, likewise.
    const ownLabel = OWN_TRAINING_LABEL.test(words);
    // "Carla Whitcombe (DSP)" then "DSP course — Refresher every 2 years – last done Feb 2024": under a person's own
    // name line, how often the course is renewed before when it was last done is theirs as well.
    // Not a line that names a group ("Teachers' safeguarding module — refresher every 3 years – last done as a whole
    // staff in Feb 2022"), nor one older than a record the person already has under their name: those are the
    // staff's rule and when the staff last did it.
    const ownerName = owner?.name;
    // "- Mr Fenwright: DSL refresher, 18 November 2024; DSL network meetings each term": a person's dated record,
    // then a habit of theirs in a later clause; the habit's words make no rule of the record. A person's: the line's
    // lead or person, the writer's own, or the person's whose block it is in (not a group's line).
    const habitAt =
      habitClause !== undefined && (here || person || ownLabel || (ownerName && !GROUP_IN_LINE.test(words)))
        ? habitClause
        : undefined;
    // "- Wenna Trago: DSL training, 14 March 2022; refreshed annually since": the clause says the course was renewed
    // since its date, so the record is kept current — nothing to judge, as on a rule's line (renewedSince).
    if (habitAt !== undefined && renewedSince(body.slice(habitAt))) continue;
    const recordWords = habitAt === undefined ? words : plain(body.slice(0, habitAt));
    const ruleWords =
      here || person || ownLabel
        ? recordWords.replace(RENEWAL_NOTE, " ").replace(CYCLE_BEFORE_LAST, " ")
        : ownerName !== undefined &&
            !GROUP_IN_LINE.test(words) &&
            !(date !== undefined && newerOwnRecord(ownerName, nameLine?.offset ?? 0, date.date.last))
          ? recordWords.replace(CYCLE_BEFORE_LAST, " ")
          : recordWords;
    if (RULE_WORDS.test(withoutNamedRuleWords(ruleWords)) && !RECORD_VERB.test(words)) {
      owner = undefined;
      continue;
    }
    // "Training of other staff: (add training and dates here)": a placeholder (placeholder-text reports it) for
    // people the line names, not a record of the person above.
    if (!date && LEFT_TO_FILL.test(words) && !/^\s*[([][^)\]]*[)\]]\s*$/.test(words)) {
      owner = undefined;
      continue;
    }
    // In a list whose entries each start with a person's name, an entry that starts with no name ("- All
    // practitioners -- safeguarding awareness …") is nobody's: not the person's of the entry above.
    if (marker && owner?.byEntry && !here && !person) owner = undefined;
    // "**Mrs Ana Lee**" / "- Designated Safeguarding Lead – Level 3 refresher, 8 October 2024": under a person's name
    // line, a lead's title then a course's word and a date names her course, not the title's holder elsewhere.
    const ownTitled =
      !here &&
      !person &&
      !asked &&
      owner?.name !== undefined &&
      nameLine !== undefined &&
      titleThenCourse(words) &&
      ownTitle(words, owner.name, named)
        ? owner
        : undefined;
    const byRole =
      asked ?? (strict && !here && !person && !ownTitled ? roleLineOwner(body, named) : undefined);
    const label = here || person ? undefined : firstNameLabelOwner(words, named, firstNames);
    const who: Owner | undefined = here
      ? { name: here.name, role: here.role }
      : person
        ? { name: person.name }
        : (ownTitled ??
          underNameLine(words, under) ??
          leadInLine(words, named) ??
          firstNameOwner(words, named, firstNames) ??
          possessiveLeadOwner(words, named, firstNames) ??
          possessiveInitialledLead(words, named) ??
          roleSubjectOwner(words, named) ??
          // A record whose date is said to be missing; a dated one only while every line a lead's first name labels
          // reads as a record: a dated one ("- Morag: … – 11/2025") beside a line whose date cannot be read ("- Hamish:
          // … – 14-02-25") would leave the other lead with none.
          (label && (placeholder || date !== undefined) ? label : undefined) ??
          // "- Kerry: Level 1 Safeguarding (online) – 9 January 2023" where the policy says "My assistant, Kerry, …":
          // the person the first name before the colon is, though no lead.
          (!label && date !== undefined ? firstNameLabelPerson(words, apposed, namedPerson) : undefined) ??
          byRole?.owner ??
          // "Deputy Lead – Rowan Tiernan" / "" / "Philippa: DSL course, 14.03.2025": a line another lead's first
          // name labels is not the record of the lead named above it.
          (label ? undefined : owner));
    // The course's words start after the role that opened a line read as its holder's.
    const courseFrom = byRole && who === byRole.owner ? byRole.courseFrom : 0;
    let endOffset = lineEnd;
    // The words of the record: the line, or the line and the next when the date ran onto it.
    let source = body;
    // A line broken before or inside its date (PDF, or a wrapped list item): "· Child Protection Awareness and
    // Responding to" / "Concerns. November 2018"; "· Designated Safeguarding Lead training – 18 March" / "2024".
    const partial = date === undefined || (date.date.precision === "year" && date.endOffset === lineEnd);
    if (partial && !placeholder && !/[.!?;]\s*$/.test(words)) {
      const next = lines[i + 1];
      if (next && !isBlank(next) && !tableLines.has(i + 1)) {
        const nextStart = itemStart(next.text);
        const nextWords = plain(next.text.slice(nextStart.start));
        const joined = body + " ".repeat(next.offset - lineEnd) + next.text;
        const joinedDate =
          runOnDate ?? dateRunsOn(lines, i, tableLines, body, line.offset + start, lineEnd, known);
        // The date ended a sentence and the next line goes on with sentences of its own: that line is read in turn.
        const sentencesAfter =
          joinedDate !== undefined &&
          /^[.!?]\s+\p{Lu}/u.test(next.text.slice(joinedDate.endOffset - next.offset));
        if (joinedDate && sentencesAfter) {
          date = joinedDate;
          endOffset = joinedDate.endOffset + 1;
          source =
            body +
            " ".repeat(next.offset - lineEnd) +
            next.text.slice(0, joinedDate.endOffset - next.offset + 1);
        } else if (joinedDate) {
          date = joinedDate;
          endOffset = next.endOffset;
          source = joined;
          previous = next;
          i++;
        } else if (
          // "● Designated Safeguarding Lead (Level 3), Wrenfield Safeguarding Children" / "Partnership – date": a list
          // entry the page's edge broke before the date left to fill in; the second line is its end, not a course.
          marker &&
          !date &&
          !nextStart.marker &&
          !nextStart.heading &&
          DATE_PLACEHOLDER.test(joined) &&
          wordCount(nextWords.replace(DATE_PLACEHOLDER, "")) <= 4 &&
          !personLine(nextWords, known)
        ) {
          placeholder = true;
          endOffset = next.endOffset;
          source = joined;
          previous = next;
          i++;
        }
      }
    }
    const owned = who !== undefined;
    // "Mr Ivo Brennan — DSL refresher due 06/2026": no completion date, but the date the course falls due again.
    const due =
      !date && !placeholder && who?.name && (strict || (course && !NOT_TRAINING_IN_BLOCK.test(words)))
        ? dueDate(body, line.offset + start)
        : undefined;
    if (due && who?.name && !RULE_WORDS.test(words.replace(/\bdue\b/gi, ""))) {
      // "Our first aid lead (…) holds a Sport First Aid certificate valid until …": not safeguarding training. The
      // person's own name is no subject's ("Tamsin Rolfe – Level 2 – due …" is not "Makaton Level 2").
      if (otherSubject(withoutOwnName(words, who.name))) continue;
      found.push({
        offset: line.offset + start,
        endOffset: lineEnd,
        course: plain(body.slice(0, due.offset - line.offset - start))
          .replace(person?.record ? person.name : "\u0000", "")
          .replace(/[\s\S]+/, (all) => withoutDueWords(all, DUE_OR_FOR_WORD_AT_END))
          .replace(/^[\s:,;–—-]+/, "")
          .replace(/[\s\S]+/, (all) => trimEndWhere(all, COURSE_END_MARK)),
        datePlaceholder: false,
        noneRecorded: false,
        leadName: who.name,
        leadRole: who.role,
        dueDate: due,
      });
      continue;
    }
    const base = line.offset + start;
    const courseOf = (text: string, at: number, when: DateMatch | undefined): string => {
      const courseText = plain(
        when ? text.slice(0, when.offset - at) + text.slice(when.endOffset - at) : text,
      )
        .replace(RENEWAL_NOTE, "")
        .replace(DATE_PLACEHOLDER, "")
        .replace(NO_DATE, "")
        // "refresher (2022–23), refresher booked": the brackets the date left, and the booking after the record.
        .replace(/\s*\(\s*\)|\s*\[\s*\]/g, "")
        // "My safeguarding training: … Partnership). Refreshed every 2 yrs; last: Jan '24.": the writer's own line
        // names the course before its renewal note and "last:".
        .replace(ownLabel ? OWN_LABEL_CYCLE_AT_END : /$^/, "")
        .replace(/\s*[,;]\s*(?:[\w-]+\s+){0,3}(?:booked|planned|scheduled)\b[^,;]*$/i, "")
        // "(Sept 2022) – renewal booked for 14/12/2026": the next booking's note after a dash, likewise.
        .replace(BOOKING_NOTE_AT_END, "")
        .replace(/[\s\S]+/, (all) => trimEndWords(all, LINK_MARK, LINK_WORD_AT_END))
        // "… (UK Coaching) – certificate seen, no date on record": the note that the certificate was checked.
        .replace(/\s*(?:--|[–—,-])\s*certificate\s+(?:seen|checked|held|on\s+file)$/i, "")
        .replace(/^[\s:,;–—-]+/, "");
      // The record's own person is not the course: "Rhiannon Pugh – Group C (DSP)" is the Group C course; nor is
      // their rank or grade before the name ("Charge Nurse D. Okonjo – Level 3 …").
      const rank = who?.name ? (rankAt(courseText)?.length ?? 0) : 0;
      const ownName = person?.record
        ? person.name
        : who?.name &&
            courseText.startsWith(who.name, rank) &&
            !/^[\p{L}\p{N}]/u.test(courseText.slice(rank + who.name.length))
          ? who.name
          : "";
      // "Training: Safeguarding awareness (online)": the line's label is not the course's name.
      // "The Director of Music, Dr Simon Arkwright – Leadership": nor are the words before the person's own name.
      const ownAt = person?.record ? courseText.indexOf(ownName) : -1;
      if (ownName)
        return (
          ownAt >= 0
            ? courseText.slice(ownAt + ownName.length)
            : courseText.slice(person?.record ? 0 : rank).replace(ownName, "")
        )
          .replace(/^[\s:,;–—-]+/, "")
          .replace(TRAINING_LABEL, labelOnly);
      // "Tomas: Safeguarding Children Awareness": the first name that labels the line is not the course's.
      const label = who?.name && courseText.includes(":") ? FIRST_NAME_LABEL.exec(courseText) : null;
      if (label && who?.name && nameKey(who.name).split(" ")[0] === label[1].toLowerCase())
        return courseText.slice(label[0].length).replace(TRAINING_LABEL, labelOnly);
      // "Orla's training: Designated Lead (Level 3)": the label before the colon is not the course, once the record
      // is hers (with nobody's, the label is all that says whose it is).
      return who?.name
        ? withoutOwnerAndVerb(withoutOwnerAfter(courseText, who.name), who.name)
            .replace(POSSESSIVE_TRAINING_LABEL, "")
            .replace(/^[\s:,;–—-]+/, "")
            .replace(TRAINING_LABEL, labelOnly)
        : courseText.replace(TRAINING_LABEL, labelOnly);
    };
    // Whether the words before the line's date make it a booking (bookingLine): read as they are, or — when a
    // booking's label is among them ("Mr Ivo Hale – Booked: …", "Training: Booked: …") — as the course's words, the
    // person's name and the line's label taken off.
    const bookedLine = (before: string): boolean =>
      bookingLine(plain(before), words) ||
      (BOOKING_LABEL_IN.test(before) && bookingLine(courseOf(before, base, undefined), words));
    // "Marcus Lyle – Level 3 DSL training booked for February 2027": a course still to come under a person's name is
    // their record of a booking (planned), not a completion and not a course with its date missing.
    // "- Booked: Deputy DSL refresher, 18 January 2027" under the person's name: a dated line that is only a booking
    // (bookingLine) likewise, its date the booking's, not the person's latest completion.
    const booking =
      !placeholder && who?.name && (strict || course) && /\d/.test(body)
        ? date
          ? bookedLine(body.slice(0, date.offset - base))
            ? date
            : undefined
          : trainingDates(body, base).find((d) => bookedBefore(body, base, d))
        : undefined;
    if (booking && who?.name && !otherSubject(words)) {
      found.push({
        offset: base,
        endOffset,
        course: trimEndWords(
          courseOf(source, base, booking).replace(BOOKING_LABEL_START, ""),
          BOOKING_MARK,
          BOOKING_WORD_AT_END,
        ).trim(),
        date: booking,
        datePlaceholder: false,
        noneRecorded: false,
        leadName: who.name,
        leadRole: who.role,
        planned: true,
      });
      if (here) owner = { name: here.name, role: here.role };
      else if (person) owner = { name: person.name, byEntry: marker && person.record };
      continue;
    }
    if (!date && !placeholder) {
      // An undated line counts only inside a person's block, shaped as a list entry.
      // A list entry: "- Safeguarding Thresholds Training". Unmarked, "Safeguarding training" is a heading (PDF).
      const shaped = marker;
      const blockLine =
        owned &&
        strict &&
        // A course's name, not a duty: "- attends partnership training events", "- keeps the training records".
        !/^\p{Ll}/u.test(words) &&
        // "Level 3 designated lead training" names the lead's course: "lead" is the role there, not the verb.
        !DUTY_VERB.test(words.replace(ROLE_NOUN_LEAD, "")) &&
        // "Next DSL training: March 2027" is a plan, not a course with its date missing.
        !(/\d/.test(body) && trainingDates(body, 0).length > 0) &&
        // "· Next DSL refresher (date to follow)": a course still to come, its date not yet set, likewise.
        !futureBooking(words.replace(NO_DATE, " ")) &&
        !(above && continuesSentence(above, line)) &&
        // "b. Training" alone on its line, then "i. Name" and each course nested under them: an outline's
        // sub-heading, no course of its own.
        !(words.length <= 24 && TRAINING_HEADING_ALONE.test(words)) &&
        body.length <= 120 &&
        wordCount(body) <= 14 &&
        shaped &&
        !NUMBERED_HEADING.test(line.text);
      if (!blockLine) {
        // A list entry under the person that is not a record ("· Child Protection Awareness" with no date and no
        // word for training) leaves the block open; any other line ends it.
        if (!here && !(marker && owned)) owner = undefined;
        continue;
      }
    }
    if (date && !owned) {
      // A dated line nobody owns: a history row ("1 September 2021  Model 1.0  Training section added"), a
      // sentence about guidance, or a record ("Level 3 DSL training (Hollowmere SCP) 12/03/2022").
      if (date.offset === line.offset + start) continue;
      if (HISTORY_WORDS.test(words.replace(/\b(?:DSL|designated)\b/gi, "")) && !RECORD_VERB.test(words))
        continue;
      // "- Safeguarding and Protecting Children (UK Coaching) — March 2023" in the writer's own list: a course that
      // names safeguarding itself is their record, with no word for training. The list mixes other awards (teaching,
      // lifeguarding, first aid), so another topic ("Prevent awareness (online): …") still needs one.
      const writerEntry = writerList !== undefined && marker && course && WRITER_COURSE.test(words);
      const shortRecord =
        (strict || writerEntry) &&
        ((wordCount(words) <= 14 && !/[.!?]\s+\S/.test(words)) ||
          // The writer's own labelled line: the course, then a short sentence of when it was last done.
          (ownLabel && wordCount(words) <= 30 && (words.match(/[.!?]\s+\S/g) ?? []).length <= 1));
      if (!shortRecord && !RECORD_VERB.test(words)) continue;
    }
    // "Ivo Marsh – DBS checked 2024; Safeguarding awareness 2025; First aid 2019": a vetting check's part beside the
    // course is passed over (the split below skips it), not a sign that the line is about the person's job.
    if (date && owned && !strict && NOT_TRAINING_IN_BLOCK.test(withoutCheckParts(words))) continue;
    if (!date && who?.name && NONE_RECORDED.test(body)) {
      found.push(noneRecorded(line, start, who));
      continue;
    }
    // "(list training including dates)" under a lead: a placeholder, so no training is recorded for them.
    if (!date && who?.name && /^\s*[([][^)\]]*[)\]]\s*$/.test(words)) {
      found.push(noneRecorded(line, start, who));
      continue;
    }
    const parts = date ? recordParts(source, base) : [];
    // Split only where every part with a date names its course ("Level 3 DSL; 4 June 2025" is one record).
    const split =
      parts.length > 1 &&
      parts.every((part) => {
        const when = trainingDate(part.text, part.offset);
        const before = plain(part.text.slice(0, (when?.offset ?? part.offset) - part.offset));
        // "Time to Listen: attended 03/2023": a course's name, then the verb that records it.
        // "CRB checked 2011": a vetting check beside the courses is passed over (its year dates none of them).
        return (
          !when ||
          COURSE_WORD.test(before) ||
          introduced(before) ||
          RECORD_VERB.test(before) ||
          otherSubject(part.text) ||
          checkPart(part.text.slice(0, when.offset - part.offset))
        );
      });
    if (split) {
      // "Dana Whitlow: safeguarding foundation course, 30 April 2024; designated lead training booked for 14
      // January 2027": each course between semicolons is a record of its own, with its own date; a part with no
      // completion date (a booking, a plan, a course named with no date) records nothing.
      for (const [k, part] of parts.entries()) {
        // "… in April 2026. Tadhg completed the DSL course in March 2026": a later sentence may name its own person.
        const partWords = plain(part.text);
        const whose =
          (k > 0 && !person?.record
            ? (leadInLine(partWords, named) ?? firstNameOwner(partWords, named, firstNames))
            : undefined) ?? who;
        const when = trainingDate(part.text, part.offset);
        if (when && checkPart(part.text.slice(0, when.offset - part.offset))) continue;
        const due = when || !whose?.name ? undefined : dueDate(part.text, part.offset);
        if (!when && !due) {
          // "Designated Safeguarding Lead training – no date recorded; Lab safety course – 2014": a safeguarding
          // course said to have no date is the person's undated record, beside another subject's dated one.
          const undated = whose === who ? courseOf(part.text, part.offset, undefined) : "";
          if (
            whose?.name &&
            NO_DATE.test(part.text) &&
            COURSE_WORD.test(undated) &&
            namesSafeguarding(undated) &&
            !otherSubject(undated) &&
            !futureBooking(undated)
          )
            found.push({
              offset: part.offset,
              endOffset: part.offset + part.text.trimEnd().length,
              course: undated,
              date: undefined,
              datePlaceholder: false,
              noneRecorded: false,
              leadName: whose.name,
              leadRole: whose.role,
            });
          continue;
        }
        const partCourse = courseOf(
          due ? part.text.slice(0, due.offset - part.offset) : part.text,
          part.offset,
          when,
        )
          .replace(/[\s\S]+/, (all) => withoutDueWords(all, DUE_OR_FOR_WORD_AT_END))
          .trim();
        // "Seren completed Level 3 DSL training": the course without the sentence's person and verb.
        const course = whose !== who ? coursePhrase(partCourse) || partCourse : partCourse;
        if (
          !(COURSE_WORD.test(course) || introduced(course) || RECORD_VERB.test(part.text)) ||
          (otherSubject(course) && !introduced(course))
        )
          continue;
        found.push({
          offset: part.offset,
          endOffset: part.offset + part.text.trimEnd().length,
          course,
          date: when,
          datePlaceholder: false,
          noneRecorded: false,
          leadName: whose?.name,
          leadRole: whose?.role,
          dueDate: due,
          // "none recorded yet; booked on Level 3 for 10th February 2027": a course still to come.
          ...(when && bookedBefore(part.text, part.offset, when) ? { planned: true } : {}),
        });
      }
    } else {
      // "- Level 3 – expired": a course with no date that the policy says has lapsed is out of date by its own word.
      const lapsedWord = date ? undefined : LAPSED_AT_END.exec(source)?.[1];
      // The course's name ends before a habit's clause after its date (habitAt, above).
      const courseSource = source.slice(courseFrom, habitAt ?? source.length);
      const course = courseOf(
        lapsedWord ? courseSource.replace(LAPSED_AT_END, "") : courseSource,
        base + courseFrom,
        date,
      );
      if (otherSubjectBut(course, pathway)) continue;
      found.push({
        offset: line.offset + start,
        endOffset,
        course,
        date,
        datePlaceholder: placeholder && !lapsedWord,
        noneRecorded: false,
        leadName: who?.name,
        leadRole: who?.role,
        ...(date && bookedBefore(source, base, date) ? { planned: true } : {}),
        ...(lapsedWord ? { lapsed: lapsedWord } : {}),
      });
    }
    if (label && who === label && !placeholder) datedLabels.push({ from: line.offset, to: lineEnd });
    if (here || person) ownerLevel = undefined;
    // "- **Rosa Venn** (Club Manager, DSL): Level 3 – May 2025": a lead's entry that opens with their own name and
    // gives their record opens a list whose entries are each their own person's, as anyone's entry would.
    if (here)
      owner = {
        name: here.name,
        role: here.role,
        byEntry: marker && opensWithOwnRecord(plain(source), here, known),
      };
    else if (person) owner = { name: person.name, byEntry: marker && person.record };
  }
  if (datedLabels.length > 0 && !labelledLinesRead(lines, tableLines, named, found, firstNames))
    for (const record of found)
      if (datedLabels.some((l) => l.from <= record.offset && record.offset <= l.to)) {
        record.leadName = undefined;
        record.leadRole = undefined;
      }
  return found;
}

/**
 * Whether a record's words open with the lead's own name, then a bracket, a colon or a dash, and a date ("Rosa Venn
 * (Club Manager, DSL): Level 3 – May 2025; Prevent awareness – June 2025"), however long its courses run — the
 * record's words, which a PDF's entry broken before its date ("… (Level 3) –" / "May 2025; …") runs on to.
 */
function opensWithOwnRecord(words: string, lead: LeadMention, known: readonly string[]): boolean {
  if (!lead.name) return false;
  const name = nameAtLineStart(words, known)?.replace(/['’]s$/, "");
  if (!name || !sameName(nameKey(name), nameKey(lead.name))) return false;
  const rest = words.slice(name.length);
  return /^\s*[,–—:(|-]/.test(rest) && trainingDates(rest, 0).length > 0;
}

/**
 * A sentence's subject and verb before the course it records: "Orla renewed her", "Mr Dunne has completed the",
 * "Orla did the" — the person's name (or a word of it) then a verb of doing.
 */
const OWNER_AND_VERB =
  /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3})\s+(?:(?:has|have|had|also|then|recently|successfully|last)\s+){0,2}(?:renewed|completed|did|took|attended|passed|undertook|refreshed|updated|achieved|gained|holds|has|had|went\s+on(?=\s+(?:her|his|their|my|our|the|a|an)\s))\s+(?:(?:her|his|their|my|our|the|a|an)\s+)?(?=\S)/u;

/**
 * The course of a "Course – Person – Date" row ("Safeguarding and Protecting Children course – Mr Owen Pryce –
 * April 2022", "Welfare Officer course: Mr Owen Pryce, April 2022"): the part before its owner's name, which the
 * date's removal leaves at the end after a dash, colon or comma.
 */
function withoutOwnerAfter(courseText: string, owner: string): string {
  const lower = courseText.toLowerCase();
  // The name as its title gives it, then without the title ("Mr Owen Pryce", "Owen Pryce").
  for (const name of new Set([owner, owner.replace(TITLE_AT_START, "").trim()])) {
    if (name.split(/\s+/).length < 2 || !lower.endsWith(name.toLowerCase())) continue;
    const before = courseText.slice(0, courseText.length - name.length);
    const sep = /(?:\s(?:--|[–—-])|[:,])\s*$/.exec(before);
    const course = sep ? before.slice(0, sep.index).trim() : "";
    if (/\p{L}/u.test(course)) return course;
  }
  return courseText;
}

/**
 * The course as a line gives it, without the words saying who did it when they are its owner's ("Orla renewed her
 * Level 3 DSL course" → "Level 3 DSL course"): the course is what they renewed, not the sentence.
 */
function withoutOwnerAndVerb(courseText: string, owner: string): string {
  const m = OWNER_AND_VERB.exec(courseText);
  if (!m) return courseText;
  const own = nameKey(owner).split(" ");
  const subject = nameKey(m[1]).split(" ");
  return subject.every((w) => own.includes(w)) ? courseText.slice(m[0].length) : courseText;
}

/** Words that stop a course's name when read backwards from "training": "I completed my | designated lead training". */
const NOT_COURSE_WORDS = new Set(
  "i my our the a an his her their its we you your they he she completed attended attends attend undertakes also did took in on of for with and was were last held undertook have has had to at from this that".split(
    " ",
  ),
);

/** The course a sentence names: the words before "training", "course", "refresher" or "update". */
function coursePhrase(sentence: string): string {
  const match = /((?:[\w'’-]+\s+){0,5})(training|course|refresher|update)\b/i.exec(sentence);
  if (!match) return "";
  const before = match[1].trim().split(/\s+/).filter(Boolean);
  let k = before.length;
  while (k > 0 && !NOT_COURSE_WORDS.has(before[k - 1].toLowerCase())) k--;
  return [...before.slice(k), match[2]].join(" ");
}

/**
 * ", and Gwen completed", "; Mr Hale attended", ", and Ms Ní Bhriain-Kelly completed" (a surname with capitals inside
 * it: "O'Hare", "McAleese", "-Kelly"), ", and Tomos did": a clause with a person of its own who holds a course.
 * Its verb may be left out as the clause before has it: "Ann completed the Lead course on DATE, and Tomos the Basic
 * module on DATE" (the person, then "the" and the course's capital).
 */
const CLAUSE_OF_ITS_OWN =
  /(?:,\s*and|;\s*(?:and\s+)?)\s+(?=(?:(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{Ll}'’-]+(?:\p{Lu}[\p{Ll}'’-]+)*|\p{Lu}[\p{Ll}'’-]+(?:\s*,\s*\p{Lu}[\p{Ll}'’-]+)*\s+(?:and|&)\s+\p{Lu}[\p{Ll}'’-]+(?:\s+(?:both|each|together))?)\s+(?:(?:(?:also|then|later)\s+)?(?:(?:has|had|have)\s+)?(?:completed|attended|passed|achieved|undertook|gained|holds?|did|took)\b|(?:the|her|his|their)\s+\p{Lu}))/gu;

/**
 * ", Callum completed …", ", Mr Ivo Hale attended …": a comma alone, then a person (HOLDER_OPENING) — where a clause of
 * its own may start (recordCommas says whether it does).
 */
const COMMA_BEFORE_HOLDER = new RegExp(String.raw`,\s+(?=${HOLDER_OPENING})`, "gu");

/**
 * "Odette completed her DSL course on 3 March 2025, Callum completed the deputy course on 12 October 2024, Lorna
 * completed …": the commas where one person's record ends and the next person's begins — a comma before a person and
 * a verb of holding (COMMA_BEFORE_HOLDER), right after a clause of the same sentence that has a verb of holding of
 * its own and ends on its date. Not "On 3 March 2025, Callum completed …" (the date is his, no clause before it), nor
 * after a date that a bracket or other words follow. Each match reads at most the 200 characters before it.
 */
function recordCommas(body: string): Array<{ end: number; next: number }> {
  if (!body.includes(",") || !/\d/.test(body)) return [];
  const cuts: Array<{ end: number; next: number }> = [];
  let from = 0;
  for (const m of allMatches(COMMA_BEFORE_HOLDER, body)) {
    const at = m.index ?? 0;
    let clause = body.slice(Math.max(from, at - 200), at);
    const stop = Math.max(clause.lastIndexOf(". "), clause.lastIndexOf("? "), clause.lastIndexOf("! "));
    if (stop >= 0) clause = clause.slice(stop + 2);
    const tail = clause.slice(-40);
    const last = trainingDates(tail, 0).at(-1);
    if (
      last?.endOffset !== tail.length ||
      !HELD_VERB.test(clause.slice(0, clause.length - tail.length + last.offset))
    )
      continue;
    cuts.push({ end: at, next: at + m[0].length });
    from = at + m[0].length;
  }
  return cuts;
}

/**
 * "… completed it together on 10 October 2025": the course a clause calls "it", then its date and nothing more.
 * The course is the one named in the clause or sentence just before (sentenceRecords passes it); never further back.
 */
const IT_DONE_ON =
  /^\s*it(?:\s+(?:together|too|also|as\s+well|both))?\s*,?\s*(?:on|in|dated)?\s*(?:the\s+)?$/i;

/**
 * "… did hers on 11 June 2025", "… did his too, in May 2024": the course a possessive pronoun stands for (the one just
 * before), then its date. Only the pronoun that stands alone: "his Level 3 course" names its own course.
 */
const PRONOUN_DONE_ON =
  /^\s*(?:hers|his|theirs)(?:\s+(?:too|also|as\s+well))?\s*,?\s*(?:on|in|dated)\s+(?:the\s+)?(?=\d|[A-Z][a-z]+\s+\d)/;

/** "too", "also", "as well": the word that says a short sentence's course is the one before. */
const AS_WELL = String.raw`(?:too|also|as\s+well)`;

/**
 * "Maureen attended in May 2019 as well", "Maureen also attended, on 4 May 2019", "Maureen did too, in May 2019": a
 * name, then a verb of attending with no object of its own. Group 1 the name, 2 a "too"/"also" before the verb, 3 the
 * rest (the date and perhaps "as well").
 */
const ELLIPTICAL_SUBJECT_FIRST = new RegExp(
  String.raw`^\s*(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)\s+(${AS_WELL}\s+)?(?:attended|did)\b(.*)$`,
  "u",
);
/** "So did Maureen (May 2019)", "So did Maureen, in May 2019": group 1 the name, 2 the rest. */
const ELLIPTICAL_SO_DID = /^\s*So\s+did\s+(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)?)(.*)$/u;
/** Before the date in the rest (its "on" or "in" may be the date's own): ", too, in", ", on the", " (". Group 1 a "too". */
const ELLIPTICAL_BEFORE_DATE = new RegExp(
  String.raw`^\s*(?:,\s*)?(?:(${AS_WELL})\s*(?:,\s*)?)?(?:(?:on|in)\s+(?:the\s+)?|\(\s*)?$`,
  "i",
);
/**
 * After the date in the rest: " as well.", ", too.", ")." Group 1 a "too" said there. Each run of spaces follows a
 * token of its own: runs of spaces side by side shared a long run every way it splits (300 spaces: 36 s).
 */
const ELLIPTICAL_AFTER_DATE = new RegExp(
  String.raw`^\s*(?:\)\s*)?(?:,\s*)?(?:(${AS_WELL})\s*)?(?:[.!]\s*)?$`,
  "i",
);

/**
 * The record of a sentence that gives a lead's course only as the one the sentence before records ("Gwenda attended
 * designated person training in May 2019. Maureen attended in May 2019 as well.", "So did Maureen (May 2019)."):
 * that course, on this sentence's own date, by the lead the name stands for (a first name as the document ties it to a
 * lead named in full). Undefined when anything else is said: "Maureen attended the meeting in May 2019 as well" names
 * what she attended — not the course.
 */
function ellipticalRecord(
  sentence: string,
  base: number,
  named: LeadMention[],
  firstNames: FirstNames | undefined,
  before: Pick<TrainingLine, "course" | "date">,
): TrainingLine | undefined {
  if (!before.course || !before.date || !/\d/.test(sentence)) return undefined;
  const soDid = ELLIPTICAL_SO_DID.exec(sentence);
  const subjectFirst = soDid ? undefined : ELLIPTICAL_SUBJECT_FIRST.exec(sentence);
  const name = subjectFirst?.[1] ?? soDid?.[1];
  const rest = subjectFirst?.[3] ?? soDid?.[2];
  if (!name || rest === undefined) return undefined;
  const restAt = sentence.length - rest.length;
  const date = trainingDate(rest, base + restAt);
  if (!date) return undefined;
  const head = ELLIPTICAL_BEFORE_DATE.exec(rest.slice(0, date.offset - base - restAt));
  const tail = ELLIPTICAL_AFTER_DATE.exec(rest.slice(date.endOffset - base - restAt));
  if (!head || !tail) return undefined;
  // The date in brackets only after "So did Maureen"; "Maureen attended" needs "too", "also" or "as well" to say the
  // course is the one before.
  const bracketed = /\(\s*$/.test(head[0]);
  if (bracketed !== /\)/.test(tail[0])) return undefined;
  if (subjectFirst && (bracketed || !(subjectFirst[2] || head[1] || tail[1]))) return undefined;
  // "Maureen" alone: the one person the document names in full with that first name; a full name as written.
  const full = name.includes(" ") ? name : firstNames?.(name);
  const owner = full ? leadInLine(full, named) : undefined;
  if (!owner?.name || !owner.role) return undefined;
  const offset = base + (sentence.length - sentence.trimStart().length);
  return {
    offset,
    endOffset: base + sentence.trimEnd().length,
    course: before.course,
    date,
    datePlaceholder: false,
    noneRecorded: false,
    leadName: owner.name,
    leadRole: owner.role,
  };
}

/** A verb of doing a course again, at the start of the words it is matched on: "renewed", "refreshed", "re-took". */
const RENEWED_VERB = /^(?:renewed|refreshed|re-?took|retook|re-?did|redid|re-?sat|resat)$/i;

/**
 * "… renewed it on 9 March 2026", "… refreshed this in March 2026", "… re-took the course in May 2026", "… renewed on
 * 9 March 2026": the words between a verb of doing a course again and its date, the course being the one named in the
 * clause or sentence just before (sentenceRecords passes it).
 */
const RENEWED_IT_ON =
  /^\s*(?:(?:it|this|the\s+(?:same\s+)?(?:course|training))(?:\s+|$))?(?:again(?:\s+|$))?(?:(?:on|in|dated)\s+)?(?:the\s+)?$/i;

/**
 * "She renewed it on 9 March 2026.", "He then refreshed this in March 2026.": a sentence whose subject is a pronoun
 * and whose verb is one of doing the course again — the person the sentence before names, when it names one only.
 */
const PRONOUN_RENEWED =
  /^\s*(?:she|he|they)\s+(?:(?:has|have|had|then|later|since|also|subsequently|successfully)\s+)*(?:renewed|refreshed|re-?took|retook|re-?did|redid|re-?sat|resat)\b/i;

/**
 * The record of a pronoun's renewal ("She renewed it on 10 May 2026.") of the course the sentence before records
 * ("Mrs Ann Lee completed DSL training on 12 May 2022."), when that sentence's records are one person's.
 */
function pronounRenewalRecords(
  sentence: string,
  at: number,
  before: { sentence: string; at: number },
  breaks: readonly number[],
  named: LeadMention[],
  mentions: LeadMention[],
  known: readonly string[],
  firstNames: FirstNames | undefined,
): TrainingLine[] | undefined {
  // A PDF's lines with no stop at their ends (a title, a role's line) run into the sentence before: it is read from
  // each of its last lines' starts in turn (never from a line after "and" or a comma), then whole.
  const starts = [
    ...breaks
      .filter((b) => b > before.at && b < before.at + before.sentence.length)
      .filter((b) => !/(?:\band|&|,|\bwith|\bor)\s*$/i.test(before.sentence.slice(0, b - before.at)))
      .slice(-3)
      .reverse(),
    before.at,
  ];
  for (const start of starts) {
    // "Training: Mrs Ann Lee completed …": the sentence after its line's label.
    const from = start + (TRAINING_LABEL.exec(before.sentence.slice(start - before.at))?.[0].length ?? 0);
    const text = before.sentence.slice(from - before.at);
    const records = sentenceRecords(text, from, named, [], known, firstNames);
    const record = records.at(-1);
    const owner = soleRecordOwner(records, plain(text), known);
    if (!record?.course || !record.date || !owner) continue;
    return heldCourses(sentence, at, mentions, named, known, firstNames, record, owner, () => plain(text));
  }
  return undefined;
}

/** Where the first sentence after another that is a pronoun's renewal (PRONOUN_RENEWED) starts in `text`, or -1. */
function pronounRenewalAt(text: string): number {
  for (const m of allMatches(/[.!?]+\s+(?=(?:she|he|they)\s)/gi, text)) {
    const at = (m.index ?? 0) + m[0].length;
    if (PRONOUN_RENEWED.test(text.slice(at))) return at;
  }
  return -1;
}

/**
 * The records of a line labelled as training whose sentences record courses, one of them a pronoun's renewal of the
 * course the sentence before records ("Training: Mrs Ann Lee completed DSL training on 12 May 2022. She renewed it on
 * 10 May 2026."): read as a paragraph's sentences are, after the label. Undefined unless the renewal is read.
 */
function labelledRenewalRecords(
  body: string,
  base: number,
  named: LeadMention[],
  mentions: LeadMention[],
  known: readonly string[],
  firstNames: FirstNames | undefined,
): TrainingLine[] | undefined {
  const label = TRAINING_LABEL.exec(body);
  if (!label) return undefined;
  const renewalAt = pronounRenewalAt(body);
  if (renewalAt < 0) return undefined;
  const records = sentenceRecords(
    body.slice(label[0].length),
    base + label[0].length,
    named,
    mentions,
    known,
    firstNames,
  );
  return records.some((r) => r.leadName && r.date && r.offset >= base + renewalAt) ? records : undefined;
}

/** After a course's date: "and", perhaps a verb of doing, then the second course ("and completed the …", "and Time …"). */
const AND_SECOND_COURSE =
  /^\s*,?\s+and\s+(?:(?:also|then|later)\s+)?(?:(?:completed|attended|renewed|refreshed|passed|undertook|did|took)\s+)?(?:(?:the|her|his|their|a|an)\s+)?/i;

/**
 * A refresher, update or renewal that names no course of its own, perhaps with how or how long it was taken: "online
 * refresher", "face-to-face renewal", "half-day refresher course", "update" — not "first aid refresher", "Prevent
 * update" (another course's), nor "refresher booked for" (still to come).
 */
const REFRESHER_ALONE =
  /^(?:(?:online|e-?learning|virtual|remote|face[\s-]to[\s-]face|in[\s-]person|classroom|(?:half|full|one|two)[\s-]day|short|brief|annual|further|formal)\s+){0,2}(?:refresher|update|renewal)(?:\s+(?:course|training|session|module|workshop|webinar))?$/i;

/**
 * "… completed the Safeguarding and Protecting Children course on 3 May 2024 and Time to Listen on 8 January 2023": a
 * second safeguarding course joined by "and" to the first one's date, with a date of its own that ends the sentence.
 * Where the first clause ends (its date's end), the second course, where it starts and its date; or undefined.
 */
function secondDatedCourse(
  sentence: string,
  base: number,
): { end: number; start: number; course: string; date: DateMatch } | undefined {
  if (!/\band\b/i.test(sentence) || !/\d/.test(sentence)) return undefined;
  const dates = trainingDates(sentence, base);
  if (dates.length !== 2) return undefined;
  const [first, last] = dates;
  const between = sentence.slice(first.endOffset - base, last.offset - base);
  // "… on 12 May 2022 and renewed it on 10 May 2026": the first course done again, its course left to the reader.
  const renewed = AND_RENEWED.exec(between);
  if (
    renewed &&
    RENEWED_IT_ON.test(between.slice(renewed[0].length)) &&
    /^\s*[.!?]?\s*$/.test(sentence.slice(last.endOffset - base))
  )
    return { end: first.endOffset - base, start: last.offset - base, course: "", date: last };
  const join = AND_SECOND_COURSE.exec(between);
  if (!join) return undefined;
  if (!/^\s*(?:\([^()]*\))?\s*[.!?]?\s*$/.test(sentence.slice(last.endOffset - base))) return undefined;
  const course = plain(between.slice(join[0].length))
    .replace(/\s+(?:on|in|at|dated)(?:\s+the)?\s*$/i, "")
    .trim();
  if (course === "" || wordCount(course) > 10 || SENTENCE_VERB.test(course) || /[.!?;:,]/.test(course))
    return undefined;
  // "… the DSL course on 3 March 2022 and an online refresher in September 2025": a refresher that names no course of
  // its own is the first course done again, its course left to the reader (as "and renewed it" is).
  if (REFRESHER_ALONE.test(course))
    return {
      end: first.endOffset - base,
      start: first.endOffset - base + join[0].length,
      course: "",
      date: last,
    };
  if (
    !(COURSE_WORD.test(course) || SAFEGUARDING_COURSE_NAME.test(course)) ||
    !namesSafeguarding(course) ||
    otherSubject(course) ||
    GUIDANCE_NAME.test(course)
  )
    return undefined;
  return { end: first.endOffset - base, start: first.endOffset - base + join[0].length, course, date: last };
}

/**
 * The record of the sentence that wrapped onto a line from the line right above it ("Harriet completed her Designated
 * Safeguarding Lead training on" / "14/02/2025. Aisha attended the same course …"): the last record read, ending on
 * the line above or in the sentence's end at this line's start (`tail`, at `tailAt`), with no sentence's end between.
 * A blank line, a table or a heading between the two (the line above not right above, or the record ending before
 * it) gives none.
 */
function wrappedRecord(
  last: TrainingLine | undefined,
  above: Line | undefined,
  lineAbove: Line | undefined,
  tailAt: number,
  tail: string,
): Pick<TrainingLine, "course" | "date"> | undefined {
  if (!last || !above || above !== lineAbove || last.noneRecorded || !last.course) return undefined;
  if (SAME_COURSE.test(last.course) || /^it$/i.test(last.course.trim())) return undefined;
  if (last.endOffset < above.offset || last.endOffset > tailAt + tail.length) return undefined;
  const between =
    last.endOffset <= above.endOffset
      ? `${above.text.slice(last.endOffset - above.offset)} ${tail}`
      : tail.slice(last.endOffset - tailAt);
  if (/[.!?]/.test(between.replace(/[.!?]+\s*$/, ""))) return undefined;
  // "… training on 11/03/2025 with the" / "county partnership. …": the line's record keeps the words after its date
  // (the gap the date left, then "with the"); the course is the words before the date.
  const course = last.course
    .replace(/\s{2,}[\s\S]*$/, "")
    .replace(/(?:\s+\b(?:on|in|dated)\b)+\s*$/i, "")
    .trim();
  return course ? { course, date: last.date } : undefined;
}

/** Mentions in the order of their offsets, sorted once per list. */
const mentionsInOrder = new WeakMap<readonly LeadMention[], readonly LeadMention[]>();

function inOrder(mentions: readonly LeadMention[]): readonly LeadMention[] {
  let ordered = mentionsInOrder.get(mentions);
  if (!ordered) {
    ordered = mentions.every((m, i) => i === 0 || mentions[i - 1].offset <= m.offset)
      ? mentions
      : [...mentions].sort((a, b) => a.offset - b.offset);
    mentionsInOrder.set(mentions, ordered);
  }
  return ordered;
}

/**
 * The lead a sentence names, when it names exactly one person for a role ("The service-wide Designated Safeguarding
 * Manager is Ms Ada Quarrie, …"): the one a pronoun opening the next sentence of the paragraph may stand for.
 * `inside`: the mentions within the sentence.
 */
function soleNamedLead(inside: readonly LeadMention[]): Owner | undefined {
  const names = new Set(inside.flatMap((m) => m.names ?? (m.name ? [m.name] : [])).map((n) => nameKey(n)));
  if (names.size !== 1) return undefined;
  const lead = inside.find((m) => m.name);
  return lead?.name ? { name: lead.name, role: lead.role } : undefined;
}

/**
 * The one lead named in the end of a sentence that a line (`body`, at `base`) carries on from the line above, up to
 * its full stop: soleNamedLead of the mentions there (a mention's name may start on the line above).
 */
function wrappedSentenceLead(
  body: string,
  base: number,
  mentions: readonly LeadMention[] | undefined,
): Owner | undefined {
  if (!mentions?.length) return undefined;
  const stop = SENTENCE_STOP.exec(body);
  if (!stop) return undefined;
  const end = base + stop.index + 1;
  const inside = mentions.filter((m) => m.offset >= base && m.endOffset <= end);
  return inside.length > 0 ? soleNamedLead(inside) : undefined;
}

/** A sentence's full stop after a word or a date's digits, then a capital. */
const SENTENCE_STOP = /(?<=[\p{Ll}\d])[.!?]\s+(?=\p{Lu})/u;

/** A sentence opened by "She", "He" or "They" and its verb. */
const PRONOUN_OPENS = /^(?:[Ss]he|[Hh]e|[Tt]hey)\s+\p{Ll}/u;

/**
 * The person the sentence before was about, kept through a sentence opened by a pronoun that fits them ("She keeps
 * the records.") and naming no one else by title (pronounFits).
 */
function samePronounSubject(sentence: string, subject: Owner | undefined): Owner | undefined {
  if (!subject?.name || !PRONOUN_OPENS.test(sentence)) return undefined;
  const pronoun = sentence.slice(0, sentence.search(/\s/));
  return pronounFits(pronoun, subject.name, sentence) ? subject : undefined;
}

/** A sentence opened by a first name alone and a word in small letters (not "and", "or"): "Rosa-Lee joined in 2019". */
const FIRST_NAME_OPENS = new RegExp(String.raw`^(${FIRST_NAME_WORD})\s+(?!(?:and|or)\s)\p{Ll}`, "u");

/**
 * The named lead a sentence is about when it opens with their first name ("Rosa-Lee took on the lead role when the
 * club opened in 2019."): whom "She …" in the next sentence stands for. Undefined where another person's first name
 * is in the sentence too ("Rosa-Lee asked Kofi …"), or the first name is nobody's or two people's.
 */
function firstNameSubjectLead(
  sentence: string,
  named: LeadMention[],
  firstNames?: FirstNames,
): Owner | undefined {
  const match = firstNames ? FIRST_NAME_OPENS.exec(sentence) : null;
  const name = match && firstNames ? firstNames(match[1]) : undefined;
  if (!name || !match || !firstNames) return undefined;
  const owner = leadInLine(name, named);
  if (!owner?.role) return undefined;
  for (const word of sentence.slice(match[1].length).match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? [])
    if (firstNames(word) && firstNames(word) !== name) return undefined;
  return owner;
}

/** The sentences of a paragraph that record training with a date ("I completed my … training in May, 2018"). */
function sentenceRecords(
  body: string,
  base: number,
  named: LeadMention[],
  mentions: LeadMention[] = [],
  known: readonly string[] = [],
  firstNames?: FirstNames,
  under?: Owner,
  carried?: Pick<TrainingLine, "course" | "date">,
  carriedOwner?: Owner,
): TrainingLine[] {
  const found: TrainingLine[] = [];
  // A sentence ends at ".", "!" or "?" before a capital: "12.03.2022" and "May, 2018," do not end one.
  // "Terence completed the lead course on 2 February 2025, and Gwen completed the same course on 15 September
  // 2025": a clause after ", and" (or ";") with a person of its own and a verb of holding is that person's sentence.
  const cuts = [
    ...allMatches(/[.!?]+(?=\s+[\p{Lu}("“])/gu, body).map((m) => {
      const end = (m.index ?? 0) + m[0].length;
      return { end, next: end };
    }),
    ...allMatches(CLAUSE_OF_ITS_OWN, body).map((m) => ({
      end: m.index ?? 0,
      next: (m.index ?? 0) + m[0].length,
    })),
    // "Odette completed … on 3 March 2025, Callum completed …": a comma alone before the next person's record.
    ...recordCommas(body),
    { end: body.length, next: body.length },
  ].sort((a, b) => a.end - b.end);
  let from = 0;
  /**
   * The record the clause or sentence just before gave: what "it" or "the same course" is in the next one. For the
   * first, the record of the sentence that wrapped onto the line from the line above, if any.
   */
  let courseBefore: Pick<TrainingLine, "course" | "date"> | undefined = carried;
  /** The words of the sentence or clause just before: what a bare "renewed" in the next one renewed. */
  let wordsBefore = "";
  /**
   * The one lead the sentence just before named ("The DSM is Ms Ada Quarrie, …"): whom "She …" next stands for. For
   * the first, the person the sentence that wrapped onto the line from the line above was about (`carriedOwner`).
   */
  let namedBefore: Owner | undefined = carriedOwner;
  /** Where the records of the sentence just before start in `found`: whose course "She renewed it …" renews. */
  let recordsFrom = found.length;
  // The sentences come in the order of their offsets: one walk through the mentions, from the first in the body.
  const ordered = inOrder(mentions);
  let mention = firstAtOrAfter(ordered, (m) => m.offset, base);
  for (const { end, next } of cuts) {
    if (end < from) continue;
    const raw = body.slice(from, end);
    const lead = raw.length - raw.trimStart().length;
    const sentence = raw.trim();
    const at = from + lead;
    from = next;
    const words = plain(sentence);
    const before = wordsBefore;
    wordsBefore = words;
    const it = courseBefore;
    courseBefore = undefined;
    const subjectBefore = namedBefore;
    // "Mrs Ann Lee completed DSL training on 12 May 2022. She renewed it on 10 May 2026.": the one person whose
    // records the sentence just before gave is whom the pronoun of a renewal stands for.
    const recordsBefore = found.slice(recordsFrom);
    recordsFrom = found.length;
    // For the first sentence, the person of the record the line above ended on (`carriedOwner`).
    const renewer = !PRONOUN_RENEWED.test(sentence)
      ? undefined
      : recordsBefore.length > 0
        ? soleRecordOwner(recordsBefore, before, known)
        : at === 0 || !plain(body.slice(0, at)).trim()
          ? carriedOwner
          : undefined;
    const sentenceEnd = base + at + sentence.length;
    while (mention < ordered.length && ordered[mention].offset < base + at) mention++;
    const inside: LeadMention[] = [];
    for (let i = mention; i < ordered.length && ordered[i].offset < sentenceEnd; i++)
      if (ordered[i].endOffset <= sentenceEnd) inside.push(ordered[i]);
    // "… is our DSL. She keeps the records. She completed …": a sentence of the same person's, opened by a pronoun
    // that fits them and naming nobody else, keeps them as whom the next pronoun stands for.
    // "Rosa-Lee took on the lead role in 2019. She completed …": a sentence opened by a named lead's first name.
    namedBefore =
      soleNamedLead(inside) ??
      (inside.length === 0 ? samePronounSubject(sentence, subjectBefore) : undefined) ??
      (inside.some((m) => m.name) ? undefined : firstNameSubjectLead(sentence, named, firstNames));
    // "Olwen completed the Lead course on DATE, and Desmond the Basic module on DATE": a clause of its own whose verb
    // the one before it gave is its person's record of the course it names, on its own date.
    const gapped =
      it?.date && at > 0 ? gappedRecord(sentence, words, base + at, named, firstNames) : undefined;
    if (gapped) {
      found.push(gapped);
      courseBefore = gapped;
      continue;
    }
    // "All lifeguards completed COURSE on DATE; the Shift Leader, NAME, on DATE; NAME on DATE": the later items of a
    // list between semicolons that give a person and a date alone did the first item's course.
    const borrowed = sentence.includes(";")
      ? borrowedCourseRecords(sentence, base + at, named, mentions, known, firstNames, under)
      : undefined;
    if (borrowed) {
      found.push(...borrowed);
      continue;
    }
    // "Idris renewed his Level 3 DSL course on 9 May 2024 and completed Time to Listen on 8 January 2023": the
    // clause up to the first course's date read as a sentence, the second course its person's too.
    const second = secondDatedCourse(sentence, base + at);
    if (second) {
      const firsts = sentenceRecords(
        sentence.slice(0, second.end),
        base + at,
        named,
        mentions,
        known,
        firstNames,
        under,
        it,
      );
      const owner = firsts.at(-1);
      // "… and renewed it on 10 May 2026": the first clause's course, done again.
      const secondCourse = second.course || owner?.course || "";
      if (secondCourse && owner?.leadName && firsts.every((f) => f.date && f.leadName === owner.leadName)) {
        found.push(...firsts, {
          offset: base + at + second.start,
          endOffset: base + at + trimEndWhere(sentence, /[\s.!?]/).length,
          course: secondCourse,
          date: second.date,
          datePlaceholder: false,
          noneRecorded: false,
          leadName: owner.leadName,
          leadRole: owner.leadRole,
        });
        courseBefore = { course: secondCourse, date: second.date };
        continue;
      }
    }
    // "The League Welfare Officer holds the FA Safeguarding Officer course (insert date) and the FA Safeguarding
    // Children certificate": each course the lead holds, dated or not.
    const held = heldCourses(
      sentence,
      base + at,
      mentions,
      named,
      known,
      firstNames,
      it,
      renewer ?? subjectBefore ?? under,
      () => plain(body.slice(0, at)),
    );
    if (held) {
      found.push(...held);
      const last = held.at(-1);
      courseBefore = last?.course ? last : undefined;
      continue;
    }
    // "All helpers are DBS checked. Ivo Marsh – CRB checked 2011; Safeguarding awareness (Dunmore SP) 2019;
    // Powerboat Level 2, 2014.": a person's line after a rule's sentence, read as the line would be on its own.
    const parts = personPartRecords(sentence, base + at, known);
    if (parts) {
      found.push(...parts);
      continue;
    }
    // "… in September 2026. Mr Brennock — Designated Safeguarding Lead training – date.": a person's entry between
    // dashes, its date left to fill in, as a sentence of its own after others — undated, as on a line of its own.
    const blank = blankDatedEntry(sentence, base + at, known);
    if (blank) {
      found.push(blank);
      continue;
    }
    // "Gwen completed her refresher in March 2025. … Dan renewed last spring.": straight after a sentence about
    // training, a person who renewed (that training) at a time that is no date — an undated record. Not after a
    // sentence about a vetting check ("Every leader's enhanced DBS check is renewed every three years.") or about
    // anything else: what was renewed is the check, or nothing a reader can place.
    const renewed = renewedWhenVague(sentence, base + at, named, known, firstNames);
    if (renewed && TRAINING_WORD.test(before) && !CHECK_WORDS.test(before)) {
      found.push(renewed);
      continue;
    }
    // "Tom Achterberg's Safeguarding Awareness (online) certificate is dated November 2022": a certificate's date is
    // when its course was done.
    const datedCertificate = DATED_CERTIFICATE.test(words) && COURSE_WORD.test(words);
    // "Coach Ari Venn took Safeguarding and Protecting Children on 4 May 2023.": a course by its title alone.
    const titled = TRAINING_WORD.test(words) || datedCertificate ? undefined : titleAfterVerb(words);
    if (!TRAINING_WORD.test(words) && !datedCertificate && !titled) continue;
    // "The kitchen team completed food hygiene Level 2 in May 2022 (this is not safeguarding training)".
    if (otherSubject(words)) continue;
    if (!RECORD_VERB.test(words) && !datedCertificate && !titled) {
      // "Esther's designated lead training (Level 3) is valid until 10 June 2027": a lead's course known by the
      // date it lapses.
      const owner = possessiveOwner(words, named, firstNames);
      const due = owner?.name && !RULE_WORDS.test(words) ? dueDate(sentence, base + at) : undefined;
      if (due && owner?.name)
        found.push({
          offset: base + at,
          endOffset: base + at + sentence.length,
          course: coursePhrase(words.slice(words.search(/['’]s\s/) + 3)),
          datePlaceholder: false,
          noneRecorded: false,
          leadName: owner.name,
          leadRole: owner.role,
          dueDate: due,
        });
      // "Dov's refresher course was on 3 May 2024": a lead's course and the day it took place.
      const tookPlace =
        !due && owner?.name && !RULE_WORDS.test(words) ? possessiveCourseOn(sentence, base + at) : undefined;
      if (tookPlace && owner?.name) {
        found.push({
          offset: base + at,
          endOffset: base + at + sentence.length,
          course: tookPlace.course,
          date: tookPlace.date,
          datePlaceholder: false,
          noneRecorded: false,
          leadName: owner.name,
          leadRole: owner.role,
        });
        courseBefore = { course: tookPlace.course, date: tookPlace.date };
      }
      // "Kayleigh's deputy lead training – (date not recorded).": a lead's course whose date is said to be missing,
      // a sentence of its own after others in the paragraph — an undated record, as on a line of its own.
      else if (!due && owner?.name && !RULE_WORDS.test(words) && NO_DATE_AT_END.test(words)) {
        const course = coursePhrase(
          words
            .slice(words.search(/['’]s\s/) + 3)
            .replace(NO_DATE_AT_END, "")
            .replace(/[\s,–—-]+$/, ""),
        );
        if (COURSE_WORD.test(course) && !otherSubject(course))
          found.push({
            offset: base + at,
            endOffset: base + at + sentence.length,
            course,
            datePlaceholder: true,
            noneRecorded: false,
            leadName: owner.name,
            leadRole: owner.role,
          });
      }
      continue;
    }
    // "Ada's DSL refresher (the county partnership) was completed on 4 May 2024": a lead's course in the possessive,
    // done on the day after the verb — the possessive's lead, not whoever the lines above name.
    const possessed =
      (words.includes("'s ") || words.includes("’s ")) && !RULE_WORDS.test(words)
        ? possessiveCourseOn(sentence, base + at)
        : undefined;
    const possessor = possessed ? possessiveOwner(words, named, firstNames) : undefined;
    if (possessed && possessor?.name) {
      found.push({
        offset: base + at,
        endOffset: base + at + sentence.length,
        course: possessed.course,
        date: possessed.date,
        datePlaceholder: false,
        noneRecorded: false,
        leadName: possessor.name,
        leadRole: possessor.role,
      });
      courseBefore = { course: possessed.course, date: possessed.date };
      continue;
    }
    const first = trainingDate(sentence, base + at);
    if (!first) continue;
    // "… completed Safeguarding Awareness on 2 October 2024 and the DSL foundation course on 15 July 2025": the
    // course the sentence is read as is the one named before "course", done on the date after it.
    const phrase = datedCertificate ? "" : coursePhrase(words);
    const phraseAt = phrase ? sentence.lastIndexOf(phrase) : -1;
    const date =
      phraseAt > 0 && first.offset - base - at < phraseAt
        ? (trainingDates(sentence, base + at).find((d) => d.offset - base - at >= phraseAt) ?? first)
        : first;
    const verb = RECORD_VERB.exec(words);
    const owner =
      (verb
        ? underNameSubject(words.slice(0, verb.index), under, () => plain(body.slice(0, at)))
        : undefined) ??
      leadInLine(words, named) ??
      firstNameOwner(words, named, firstNames) ??
      // "Isla's Safeguarding in Sport certificate is dated 9 January 2025": the possessive's lead.
      (datedCertificate ? possessiveOwner(words, named, firstNames) : undefined) ??
      firstNameWithPronounOwner(words, named, firstNames) ??
      (titled ? appositiveOwner(words, known) : undefined);
    const course =
      (datedCertificate ? /['’]s\s+(.{3,80}?\bcertificate)\b/i.exec(words)?.[1] : undefined) ??
      titled ??
      coursePhrase(words);
    found.push({
      offset: base + at,
      endOffset: base + at + sentence.length,
      course,
      date,
      datePlaceholder: false,
      noneRecorded: false,
      leadName: owner?.name,
      leadRole: owner?.role,
    });
    // "The designated person attends Designated Person training every two years; Deirdre last attended on …. Liam
    // attended the same course on …": "the same course" next is this sentence's course, when it names one only.
    if (course && allMatches(ONE_COURSE_WORDS, words).length === 1) courseBefore = { course, date };
  }
  return found;
}

/**
 * The one person a sentence's records are of, when the sentence names nobody else ("Mrs Ann Lee completed DSL training
 * on 12 May 2022."): whom a pronoun in the next sentence stands for. Undefined for records of two people ("Ann Lee and
 * Tom Hale completed …"), a record of nobody, or another person named beside ("… with Mr Tom Hale").
 */
function soleRecordOwner(
  records: readonly TrainingLine[],
  words: string,
  known: readonly string[],
): Owner | undefined {
  const first = records[0];
  if (!first?.leadName || !records.every((r) => r.leadName === first.leadName && r.date)) return undefined;
  const own = nameKey(first.leadName).split(" ");
  const others = [
    ...allMatches(TITLED_PERSON, words).map((m) => m[1]),
    ...(words.match(/\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/gu) ?? []).filter(
      (run) => looksLikePerson(run, known) === "sure",
    ),
  ];
  if (
    others.some(
      (name) =>
        !nameKey(name)
          .split(" ")
          .every((w) => own.includes(w)),
    )
  )
    return undefined;
  return { name: first.leadName, role: first.leadRole };
}

/** Each run of a course's words in a sentence ("training", "training course", "refresher"): one run, one course. */
const ONE_COURSE_WORDS =
  /\b(?:training|course|refresher|update|module)(?:\s+(?:training|course|refresher|update|module))*\b/gi;

/**
 * A sentence that is a person, the verb "renewed" (or "refreshed", "retrained") with no object, and a time that is no
 * date ("Dan renewed last spring.", "Ana Pell refreshed hers a while ago."): the person's name is group 1. Only the
 * past times a reader cannot count from — "last spring", "last year", "last term", "a while ago" — with nothing after
 * them, so "eighteen months ago (March 2025)" or "last spring, on 4 May 2025" is left to the readers of dates.
 */
const RENEWED_WHEN_VAGUE =
  /^((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:(?:has|had|also|then)\s+)?(?:renewed|refreshed|re-?trained)(?:\s+(?:it|hers|his|theirs))?(?:\s+(?:too|also|as\s+well))?\s+(?:last\s+(?:spring|summer|autumn|fall|winter|year|term)|(?:a\s+(?:little\s+)?while|some\s+time)\s+(?:ago|back))\s*[.!?]?$/u;

/**
 * The undated record of a sentence RENEWED_WHEN_VAGUE reads, when its subject is a person the document names: a
 * lead, a first name the document gives in full once, or a full name that is surely a person's. Undefined otherwise.
 */
function renewedWhenVague(
  sentence: string,
  at: number,
  named: LeadMention[],
  known: readonly string[],
  firstNames: FirstNames | undefined,
): TrainingLine | undefined {
  const match = RENEWED_WHEN_VAGUE.exec(sentence);
  if (!match) return undefined;
  const who = match[1];
  const full = who.includes(" ") ? who : firstNames?.(who);
  if (!full) return undefined;
  const owner =
    leadInLine(full, named) ?? (looksLikePerson(full, known) === "sure" ? { name: full } : undefined);
  if (!owner?.name) return undefined;
  return {
    offset: at,
    endOffset: at + trimEndWhere(sentence, /[\s.!?]/).length,
    course: "refresher",
    datePlaceholder: false,
    noneRecorded: false,
    leadName: owner.name,
    leadRole: owner.role,
  };
}

/**
 * An item of a list between semicolons that gives a person and a date alone, after their job between commas or
 * not: "the Duty Manager, Ann Lee, on 2 October 2024", "and Ann Lee on 2 October 2024". The job is group 1, the name 2.
 */
const BORROWING_ITEM =
  /^(?:and\s+)?(?:((?:the|our)\s+[^,;:()]{1,60}),\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),?\s+(?=(?:on|in)\s)/u;

/**
 * The records of a sentence of items between semicolons whose first item records a course with its date and whose
 * later items give a person and a date alone ("All lifeguards completed Safeguarding and Protecting Children on
 * 3 May 2024; the Shift Leader, Femi Ade, on 9 September 2024; Rhys Pell on 20 February 2023"): each such item is its
 * person's record of the first item's course on its own date; an item with a course of its own is read as a
 * sentence. Undefined unless the first item is one dated record whose date ends it and some later item borrows.
 */
function borrowedCourseRecords(
  sentence: string,
  base: number,
  named: LeadMention[],
  mentions: LeadMention[],
  known: readonly string[],
  firstNames: FirstNames | undefined,
  under: Owner | undefined,
): TrainingLine[] | undefined {
  const parts = recordParts(sentence, base);
  if (parts.length < 2 || !BORROWING_ITEM.test(parts[1].text)) return undefined;
  const [head, ...rest] = parts;
  const firsts = sentenceRecords(head.text, head.offset, named, mentions, known, firstNames, under);
  const first = firsts[0];
  if (firsts.length !== 1 || !first.date || first.planned || !first.course) return undefined;
  const headTail = head.text.slice(first.date.endOffset - head.offset);
  if (!/^[\s)]*$/.test(headTail)) return undefined;
  const found: TrainingLine[] = [first];
  for (const part of rest) {
    const m = BORROWING_ITEM.exec(part.text);
    const date = m ? trainingDate(part.text, part.offset) : undefined;
    const gap = m && date ? part.text.slice(m[0].length, date.offset - part.offset) : undefined;
    if (!m || !date || gap === undefined || !/^(?:(?:on|in)\s+(?:the\s+)?)?$/.test(gap)) {
      // An item with a course of its own ("and the Manager, Eva Lund, completed Level 3 DSL training on …").
      const own = sentenceRecords(part.text, part.offset, named, mentions, known, firstNames, under);
      if (own.length === 0) return undefined;
      found.push(...own);
      continue;
    }
    if (!/^[\s.!?]*$/.test(part.text.slice(date.endOffset - part.offset))) return undefined;
    // A name after its job between commas is a person's, though the name library does not know it.
    const lead = leadInLine(m[2], named);
    const person = lead?.name ? "sure" : looksLikePerson(m[2], known);
    if (!person || (person === "maybe" && !m[1])) return undefined;
    found.push({
      offset: part.offset,
      endOffset: date.endOffset,
      course: first.course,
      date,
      datePlaceholder: false,
      noneRecorded: false,
      leadName: lead?.name ?? m[2],
      leadRole: lead?.role,
    });
  }
  return found;
}

/** A sentence's subject, a job and then a person's name between commas: "Our scorer, Tamsin Oduya, did …". */
const APPOSITIVE_SUBJECT =
  /^(?:[Oo]ur|[Tt]he)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+,\s+(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2}),\s+(?=\p{Ll})/u;

/**
 * The person a sentence names between commas after their job, as its subject ("Our coaching assistant, Tamsin
 * Oduya, did Safeguarding and Protecting Children …"): whose record it is, when the name reads as a person's.
 */
function appositiveOwner(words: string, known: readonly string[]): Owner | undefined {
  if (!words.includes(", ")) return undefined;
  const name = APPOSITIVE_SUBJECT.exec(words)?.[1];
  return name && looksLikePerson(name, known) ? { name } : undefined;
}

/** A clause's person, then its course's title after "the", "her", "his" or "their": "Desmond the Basic …". */
const GAPPED_SUBJECT =
  /^(\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+(?:the|her|his|their)\s+(?=\p{Lu})/u;

/**
 * The record of a clause that leaves out its verb ("Desmond the Basic and Foundation modules on 2 October 2025"):
 * its person a lead the policy names (in full or by first name), then a course's title and the date that ends it.
 */
function gappedRecord(
  sentence: string,
  words: string,
  at: number,
  named: LeadMention[],
  firstNames?: FirstNames,
): TrainingLine | undefined {
  const subject = GAPPED_SUBJECT.exec(sentence);
  if (!subject || !/\d/.test(sentence)) return undefined;
  const who = subject[1];
  const owner = leadInLine(who, named) ?? (firstNames && !who.includes(" ") ? firstNames(who) : undefined);
  const name = typeof owner === "string" ? owner : owner?.name;
  if (!name) return undefined;
  const date = trainingDate(sentence, at);
  if (!date) return undefined;
  const rest = sentence.slice(date.endOffset - at).replace(/^[\s.!?)]+/, "");
  if (rest !== "") return undefined;
  const course = sentence
    .slice(subject[0].length, date.offset - at)
    .replace(/\s+(?:on|in|dated)\s*$/i, "")
    .trim();
  if (course === "" || !(COURSE_WORD.test(words) || /\bmodules\b/i.test(words)) || otherSubject(course))
    return undefined;
  // A course's title, not a sentence about one: "Tom the Deputy Lead has not yet done any training; his course is on
  // …", "Tom the Deputy is due his course on …" say no course was done.
  if (
    SENTENCE_VERB.test(course) ||
    /[;:,]/.test(course) ||
    /\b(?:due|booked|not|yet|planned|waiting|awaiting|will)\b/i.test(course) ||
    course.split(/\s+/).length > 10
  )
    return undefined;
  return {
    offset: at,
    endOffset: at + trimEndWhere(sentence, /[\s.!?]/).length,
    course,
    date,
    datePlaceholder: false,
    noneRecorded: false,
    leadName: name,
    leadRole: typeof owner === "string" ? undefined : owner?.role,
  };
}

/** The small words inside a course's title: "Safeguarding and Protecting Children", "Time to Listen". */
const TITLE_SMALL_WORD = /^(?:and|&|of|for|in|to|the|with|a|an)$/;
/**
 * The verb a sentence records a course by, then the course's title: "completed Safeguarding Awareness on …", "did
 * Safeguarding and Protecting Children (online) in Trinity term 2023".
 */
const VERB_BEFORE_TITLE =
  /\b(?:took|did|completed|attended|undertook|passed|went\s+on(?=\s+(?:her|his|their|my|our|the|a|an)\s))\s+(?:(?:the|a|an|her|his|their)\s+)?(?=\p{Lu})/u;

/**
 * The title of the course a sentence with no word for training records: the verb, then a capitalised title that
 * names safeguarding and no other subject, then the date it was done ("Coach Ari Venn took Safeguarding and
 * Protecting Children on the 4th of May 2023." → "Safeguarding and Protecting Children"). Undefined otherwise.
 */
function titleAfterVerb(words: string): string | undefined {
  const verb = VERB_BEFORE_TITLE.exec(words);
  if (!verb) return undefined;
  const from = verb.index + verb[0].length;
  const date = trainingDate(words.slice(from), from);
  if (!date) return undefined;
  const title = words
    .slice(from, date.offset)
    .replace(/[\s,]+(?:on|in|at|dated)?(?:\s+the)?\s*$/i, "")
    .trim();
  if (title === "" || wordCount(title) > 8 || SENTENCE_VERB.test(title) || /[.!?;:]/.test(title))
    return undefined;
  // A title's words: capitalised, or the small words inside one ("Time to Listen"), or a provider in brackets.
  const bare = title.replace(/\([^()]*\)/g, " ").trim();
  if (!bare.split(/\s+/).every((w) => /^\p{Lu}/u.test(w) || TITLE_SMALL_WORD.test(w))) return undefined;
  return namesSafeguarding(title) && !otherSubject(title) && !GUIDANCE_NAME.test(title) ? title : undefined;
}

/**
 * "Dov's refresher course was on 3 May 2024", "Mrs Lee's Level 3 training took place in June 2023.": a person's
 * course named in the possessive, then "was" or "took place" and the date it happened, and nothing after the date
 * but a note in brackets. The course's provider may stand in brackets before the verb, and the verb may say it was
 * done ("Ada's DSL refresher (the county partnership) was completed on 4 May 2024"). The course and the date, or
 * undefined.
 */
const POSSESSIVE_COURSE_ON =
  /^[^.!?]*?['’]s\s+((?:[\p{L}\p{N}()'’&-]+\s+){0,8}?(?:training|course|refresher|update))(?:\s+\([^()]{1,80}\))?\s+(?:was(?:\s+(?:held|completed|attended|done))?|took\s+place)(?:\s+(?:on|in))?(?:\s+the)?\s*$/iu;
/**
 * A line that is one sentence of a person's course in the possessive and the day it took place ("Saoirse's last DSL
 * refresher was on 22/04/2023."), its person a lead or someone the document names in full: read as a paragraph's
 * sentences are (sentenceRecords). The literal words first, the patterns only then.
 */
function possessiveCourseLine(
  body: string,
  words: string,
  base: number,
  named: LeadMention[],
  firstNames?: FirstNames,
): boolean {
  if (
    !(words.includes("'s ") || words.includes("’s ")) ||
    !(words.includes(" was") || words.includes(" took place"))
  )
    return false;
  return (
    POSSESSIVE_SUBJECT.test(words) &&
    possessiveCourseOn(body, base) !== undefined &&
    possessiveOwner(words, named, firstNames)?.name !== undefined
  );
}

/**
 * A line that is a lead's record by title and name in the possessive, then the course and its date: "Mrs Kowalczyk's
 * last DSL training: 23 June 2023.", "Mr Ferreira-Lund's DSL training was completed on 4 November 2024.", "… most
 * recent DSL training (county partnership): 4 Nov 2024". Group 1: the name; group 2: the course; only a note in
 * brackets after the date. Not a course still to come ("next DSL training: …", "… due: …").
 */
const POSSESSIVE_DATED_RECORD = new RegExp(
  String.raw`^\s*((?:(?:${TITLE_PATTERN})\.?\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*?)['’]s\s+(?:(?:last|latest|most\s+recent)\s+)?((?:(?!(?:next|upcoming|future|booked|planned|scheduled|due|renewal|expiry|expires|valid)\b)[\p{L}\p{N}'’&/-]+\s+){0,6}?(?:training|course|refresher|update))(?:\s+\([^()]{1,80}\))?(?:\s+was)?(?:\s+(?:completed|attended|done))?(?:\s+(?:on|in))?\s*[:–—-]?\s*$`,
  "u",
);

/**
 * The named lead a possessive name is ("Mrs Kowalczyk" for "Mrs Bernadette Kowalczyk"): named in full (the name as
 * written), by initials, or by title and surname when one lead has that surname and no other title.
 */
function possessiveNamedLead(name: string, named: LeadMention[]): Owner | undefined {
  // A lead named in full keeps the name as written ("Carys Abernethy's …"), as the lines read it.
  const full = leadInLine(name, named);
  if (full?.role) return { name, role: full.role };
  const lead = leadByInitials(name, named);
  if (lead?.role) return lead;
  const titled = TITLE_AT_START.exec(name);
  const surname = titled ? name.slice(titled[0].length).trim() : "";
  if (!titled || !surname || /\s/.test(surname)) return undefined;
  const leads = named.filter((l) => {
    if (l.former || !l.name) return false;
    const words = l.name.trim().split(/\s+/);
    if (words.length < 2 || words.at(-1)?.toLowerCase() !== surname.toLowerCase()) return false;
    const written = TITLE_AT_START.exec(l.name);
    return !written || titleKey(written[1]) === titleKey(titled[1]);
  });
  const first = leads[0];
  return first?.name && leads.every((l) => sameName(nameKey(l.name ?? ""), nameKey(first.name ?? "")))
    ? { name: first.name, role: first.role }
    : undefined;
}

/**
 * A line that is one lead's record, their name in the possessive ("Mrs Kowalczyk's last DSL training: 23 June
 * 2023."): the lead, the course and the date, whoever the lines above name. Undefined otherwise.
 */
function possessiveDatedRecord(
  body: string,
  words: string,
  base: number,
  named: LeadMention[],
): { owner: Owner; course: string; date: DateMatch } | undefined {
  if (!(words.includes("'s ") || words.includes("’s "))) return undefined;
  const date = trainingDate(body, base);
  if (!date) return undefined;
  const match = POSSESSIVE_DATED_RECORD.exec(plain(body.slice(0, date.offset - base)));
  if (!match || !/^\s*(?:\([^()]*\))?\s*[.]?\s*$/.test(body.slice(date.endOffset - base))) return undefined;
  const course = match[2];
  if (!namesSafeguarding(course) || otherSubject(course)) return undefined;
  const owner = possessiveNamedLead(match[1], named);
  return owner ? { owner, course, date } : undefined;
}

/** Words that undo a record of a course: "cancelled", "postponed", "did not attend". */
const UNDONE =
  /\b(?:cancel(?:l?ed)?|postponed|withdr[ae]wn?|did\s+not|didn['’]t|not\s+(?:attended|completed|taken|held|passed))\b/i;
function possessiveCourseOn(sentence: string, base: number): { course: string; date: DateMatch } | undefined {
  const date = trainingDate(sentence, base);
  if (!date) return undefined;
  const before = POSSESSIVE_COURSE_ON.exec(plain(sentence.slice(0, date.offset - base)));
  if (!before || otherSubject(before[1])) return undefined;
  // "…; a place on the February 2027 course has been requested": a clause of its own after a semicolon (unless it
  // undoes the record: "; it was cancelled").
  const after = sentence.slice(date.endOffset - base);
  const clause = /^\s*;\s+([^;]*)$/.exec(after)?.[1];
  if (!/^\s*(?:\([^()]*\))?\s*[.!?]?\s*$/.test(after) && (clause === undefined || UNDONE.test(clause)))
    return undefined;
  // "Priya's last DSL refresher was on …": "last" says it is the latest, not part of the course's name.
  return { course: before[1].replace(/^(?:last|latest|most\s+recent)\s+/i, ""), date };
}

/** After a course's date: "and", then a verb of doing it again ("and renewed", "and has since refreshed"). */
const AND_RENEWED =
  /^\s*,?\s+and\s+(?:(?:also|then|later|since)\s+)?(?:(?:has|have|had)\s+)?(?:(?:also|then|later|since)\s+)?(?:renewed|refreshed|re-?took|retook|re-?did|redid|re-?sat|resat)\b/i;

/** "… certificate is dated November 2022", "… certificate, dated 3 May 2024": the date a course's certificate bears. */
const DATED_CERTIFICATE = /\b(?:certificate|certification)\s*,?\s+(?:is\s+|was\s+)?dated\b/i;

/**
 * "the same course on the same day", "it on the same date", "the same training the same day": the course and the date
 * of the record just before, and nothing else.
 */
const SAME_COURSE_SAME_DAY =
  /^(\s*)(?:it(?:\s+(?:too|also|as\s+well))?|the\s+same\s+(?:course|training|module|programme|session|certificate|qualification|refresher))\s*,?\s*(?:(?:on|at)\s+)?the\s+same\s+(?:day|date)\s*$/i;

/** A course named only as the one before: "same course", "same training", "same Level 3 course" is not this. */
const SAME_COURSE =
  /^same\s+(?:course|training|module|programme|session|certificate|qualification|refresher)$/i;

/** Who ran a course, after its name: " with the council", " through the local authority", " run by our trust". */
const PROVIDER_AFTER_TITLE =
  /(?<!\s)\s+(?:with|through|via|from|by|(?:run|delivered|provided|led)\s+by)\s+(?:the|a|an|our|their|his|her|its)\s+[^,;]+$/i;
/**
 * Whether the words before a provider are a whole course title, the provider naming none ("Child Wellbeing and
 * Protection (Core)" before "with the council"): a title's own "with" ("Safer Working with Children") stays.
 */
function providerAfterTitle(title: string, provider: string): boolean {
  return (
    (HELD_COURSE.test(title) || SAFEGUARDING_COURSE_NAME.test(title)) &&
    !HELD_COURSE.test(provider) &&
    !SAFEGUARDING_COURSE_NAME.test(provider)
  );
}

/**
 * A time a course was done that is no usable date: "in the spring", "last year", "recently", "earlier this year",
 * "a few months ago" (not a recurring time: "each spring" is a rule).
 */
const VAGUE_TIME_DONE =
  /\b(?:in\s+the\s+(?:spring|summer|autumn|winter)|last\s+(?:year|term|month|spring|summer|autumn|winter)|recently|earlier\s+this\s+(?:year|term)|(?:a\s+few|a\s+couple\s+of|some|two|three)\s+(?:weeks|months|years)\s+ago)\b/i;
/**
 * A verb that says a person has a course behind them: "holds", "has completed", "attended", "did her … training"; "did
 * too", "So did Maureen" (the course the sentence before records: ellipticalRecord).
 */
const HELD_VERB =
  /\b(?:holds?|(?:has|have)\s+(?:(?:also|now|recently|successfully|already)\s+)?(?:completed|attended|passed|achieved|undertaken|gained|done)|completed|attended|passed|achieved|undertook|gained|did(?=\s+(?:hers|theirs|her|his|their|my|our|the|a|an)\s)|did(?=\s*,?\s+(?:too|also|as\s+well)\b)|(?<=\bso\s+)did|took(?=\s+(?:her|his|their|my|our|the|a|an)\s(?!\s*(?:[A-Za-z'’-]+\s+){0,2}(?:role|post|job|position|office)\b))|renewed(?=\s+(?:her|his|their|my|our)\s)|(?:renewed|refreshed|re-?took|retook|re-?did|redid|re-?sat|resat)(?=\s+(?:(?:it|this|the\s+(?:same\s+)?(?:course|training))\s+)?(?:again\s+)?(?:on|in|dated)\s+(?:the\s+)?(?:\d|[A-Z][a-z]+\.?\s+\d))|went\s+on(?=\s+(?:her|his|their|my|our|the|a|an)\s))\b/i;
/** The words that end a course's name in a sentence: "… course", "… certificate", "Level 3". */
const HELD_COURSE =
  /\b(?:course|certificate|training|qualification|award|refresher|update|module|workshop|e-?learning|level\s*[1-4])\b/i;
/** Words that name a course held: a course word, or a safeguarding course's own title ("Child Wellbeing and Protection"). */
function namesHeldCourse(words: string): boolean {
  return HELD_COURSE.test(words) || SAFEGUARDING_COURSE_NAME.test(words);
}
/**
 * What a person holds that is not training: a DBS certificate, a licence; or not a course at all ("holds
 * responsibility for training", "holds the training records", "has completed the training needs analysis").
 */
const NOT_HELD_TRAINING =
  /\b(?:DBS|disclosure|criminal\s+records?|CRC|licen[cs]e|insurance|membership|registration|degree|responsib\w*|records?|register|list|log|details|cop(?:y|ies)|overview|oversight|role|dut(?:y|ies)|needs|analysis|matrix|plan|budget|programme\s+for)\b/i;
/** A date left to fill in inside a sentence: "(insert date)", "[date]", "(date completed)", "dd/mm/yyyy", "TBC". */
const DATE_LEFT_BLANK =
  /[([]\s*(?:(?:insert|add|enter|fill\s+in|type)\s+)?(?:the\s+)?(?:date|month|year)s?(?:\s+[\w-]+){0,2}\s*\\?[)\]]|\b(?:dd|xx)\s?\/\s?(?:mm|xx)\s?\/\s?(?:yyyy|yy|xxxx|xx)\b|\bTB[CA]\b/i;

/** The words between a course and the next in a list of courses: ", ", "; ", " and ", " as well as ". */
const COURSE_SEPARATOR = /(?<!\s)\s*[,;]\s*(?:and\s+)?|(?<!\s)\s+(?:and|as\s+well\s+as|plus)\s+/g;

/**
 * The separators between a sentence's courses (COURSE_SEPARATOR), but not the comma inside one date ("on March
 * 3rd, 2025", "on 3 March, 2025"): a comma before a figure only when no date spans it.
 */
function courseSeparators(object: string): RegExpMatchArray[] {
  const all = allMatches(COURSE_SEPARATOR, object);
  let dates: DateMatch[] | undefined;
  const brackets = object.includes("(") ? insideClosedBrackets(object) : undefined;
  return all.filter((m) => {
    const at = m.index ?? 0;
    // "governor training (online, the county's partnership) in May 2025": a comma inside a closed bracket parts the
    // bracket's words (how and by whom it was run), not two courses.
    if (brackets?.[at] && /[,;]/.test(m[0])) return false;
    if (!m[0].includes(",") || !/^\d/.test(object.slice(at + m[0].length, at + m[0].length + 1))) return true;
    dates ??= trainingDates(object, 0);
    return !dates.some((d) => d.offset < at && at + m[0].length < d.endOffset);
  });
}

/** For each position of a text, whether it lies inside a bracket closed later in the text ("(online, council)"). */
function insideClosedBrackets(text: string): boolean[] {
  const inside = new Array<boolean>(text.length).fill(false);
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "(") open = i;
    else if (text[i] === ")" && open >= 0) {
      inside.fill(true, open + 1, i);
      open = -1;
    }
  }
  return inside;
}

/** The longest a course's title (with its date) is read over pieces pending in a sentence's list of courses. */
const TITLE_REACH = 300;

/**
 * "Safeguarding Awareness for Volunteer Managers on 2 October 2024": a course's title that names it by a word of
 * safeguarding's, then the date it was done and nothing more — a course of its own before the next "and".
 */
function datedCourseTitle(piece: string): boolean {
  const date = trainingDate(piece, 0);
  if (!date || piece.slice(date.endOffset).trim() !== "") return false;
  const title = plain(piece.slice(0, date.offset)).replace(/\s+(?:on|in|at)(?:\s+the)?\s*$/i, "");
  // "the Leadership pathway in 2025": a safeguarding course's own title (SAFEGUARDING_COURSE_NAME) with no course
  // word in it, its date (a year alone, as trainingDate reads one at the end) right after.
  return (
    (COURSE_WORD.test(title) || SAFEGUARDING_COURSE_NAME.test(title)) &&
    namesSafeguarding(title) &&
    !SENTENCE_VERB.test(title)
  );
}

/**
 * The courses a sentence says a lead holds: "The League Welfare Officer holds the FA Designated Safeguarding
 * Officer course (insert date) and the FA Safeguarding Children certificate." gives two records, the first with
 * its date left to fill in, the second with none. The sentence must open with the person: a lead named or
 * called by their role ("Our DSL", "Mrs Okafor"), then the verb; a rule ("All coaches hold …", "The DSL will
 * complete …") or a sentence about anyone else gives nothing (undefined).
 */
function heldCourses(
  sentence: string,
  base: number,
  mentions: LeadMention[],
  named: LeadMention[],
  known: readonly string[],
  firstNames?: FirstNames,
  before?: Pick<TrainingLine, "course" | "date">,
  under?: Owner,
  between: () => string = () => "",
): TrainingLine[] | undefined {
  // "Gwenda attended … training in May 2019. Maureen attended in May 2019 as well.": the course just before, by her.
  const elliptical = before ? ellipticalRecord(sentence, base, named, firstNames, before) : undefined;
  if (elliptical) return [elliptical];
  const verb = HELD_VERB.exec(sentence);
  if (!verb) return undefined;
  const verbAt = verb.index;
  const words = plain(sentence);
  if (RULE_WORDS.test(words) && !/\bat\s+least\b/i.test(words)) return undefined;
  // The subject: a lead's role or name at the start of the sentence, a few words at most before the verb.
  const subject = sentence.slice(0, verbAt);
  const underName = underNameSubject(plain(subject), under, between);
  if (/\b(?:all|every|each|any|some|most|new|who|which|that|if|when|once|until)\b/i.test(subject))
    return undefined;
  let who: Owner | undefined;
  /** The others a sentence about the lead "and deputies" covers, each given the same records as `who`. */
  let also: Owner[] = [];
  let byFirstName = false;
  /** "The lead and deputies hold …": a record of each only when the sentence dates it, else a rule for the role. */
  let rolePlural = false;
  const mention = mentions.find((m) => m.offset >= base && m.endOffset <= base + verbAt);
  const titledFirst = TITLED_ONE_WORD.test(nameAtStart(plain(subject)) ?? "")
    ? firstNameOwner(sentence, named, firstNames)
    : undefined;
  const several = mention || underName ? undefined : firstNamesOwners(sentence, named, firstNames);
  // "The deputy completed …", "The lead completed …": the role's word alone, which the lead reader does not take for a
  // role, is the one deputy (or designated lead) the document names.
  const bareRole = mention || underName || several ? undefined : bareRoleSubject(plain(subject), named);
  const member =
    mention || underName || several || bareRole
      ? undefined
      : groupMemberSubject(plain(subject), named, known);
  if (underName) {
    // "**Mrs Ines Varga**" / "Ines completed …", "She holds …": the person of the name line above.
    who = underName;
    byFirstName = true;
  } else if (several) {
    // "Ffion and Gethin completed the same course on 4 May 2025": each person called by first name, each named in
    // full elsewhere, given the sentence's dated courses.
    [who, ...also] = several;
    byFirstName = true;
  } else if (mention) {
    // "Our safeguarding officers also hold the … course": what a role's holders, in the plural, are to hold — a
    // rule for whoever holds it, not a record of anyone's training.
    if (!mention.name && ROLE_HOLDERS.test(plain(mention.label).trim())) return undefined;
    const before = sentence.slice(0, mention.offset - base);
    const after = sentence.slice(mention.endOffset - base, verbAt);
    // "Odile Varga, our DSL, holds …": the named holder, the role between commas, then the verb.
    // "Our deputy, Tom Hale, completed …": the role, then its holder's name between commas, then the verb.
    const apposition =
      mention.name !== undefined &&
      (/^\s*,\s*$/.test(after) ||
        new RegExp(`^\\s*,\\s*${escapeRegExp(mention.name)}\\s*,\\s*$`, "u").test(after));
    // "The Safeguarding Lead and deputies hold designated safeguarding training": the lead with others in the
    // plural is what the role's holders hold, a rule (a PDF may wrap its "refreshed every two years" to the next
    // line), not a record of one person's training.
    if (
      !mention.name &&
      /^\s*(?:and|&)\s+(?:the\s+|their\s+|his\s+|her\s+|our\s+|its\s+|all\s+)?[\p{L}-]+\s*$/u.test(after)
    ) {
      const others = after
        .replace(/^\s*(?:and|&)\s+(?:the\s+|their\s+|his\s+|her\s+|our\s+|its\s+|all\s+)?/u, "")
        .trim();
      if (ROLE_HOLDERS.test(others)) {
        // "The Designated Safeguarding Lead and deputies hold the Level 3 certificate, gained in March 2019": with a
        // date that is not a recurring time, the record of the lead and of each deputy the document names — every
        // person the role words cover, or nobody (a rule) when any of them is not named.
        const holders = mention.role === "dsl" && DEPUTIES.test(others) ? coveredHolders(mention, named) : [];
        const object = sentence.slice(verbAt + verb[0].length);
        if (holders.length === 0 || RECURRING_TIME.test(plain(object))) return undefined;
        if (!trainingDate(object, base + verbAt + verb[0].length)) return undefined;
        also = holders.slice(1);
        who = holders[0];
        rolePlural = true;
      }
    }
    if (
      wordCount(withoutOwnNameBracket(before, mention.name)) > 3 ||
      (wordCount(after) > 2 && also.length === 0 && !apposition) ||
      (/[,(]/.test(after) && !apposition)
    )
      return undefined;
    who ??= mention.name
      ? { name: mention.name, role: mention.role }
      : { name: roleHolder(mention, named), role: mention.role };
  } else if (bareRole) {
    who = bareRole;
  } else if (member) {
    // "One of our instructors, Lewis Farr, completed …": the person named between commas after their group.
    who = member;
  } else if (!nameAtStart(plain(subject))) {
    // "Seren holds …": a lead called by first name only, named in full elsewhere.
    who = firstNameOwner(sentence, named, firstNames);
    if (!who) return undefined;
    byFirstName = true;
  } else if (titledFirst) {
    // "Sister Maria attended …", "Br. Tomas holds …": a title and a first name, the lead named in full elsewhere.
    who = titledFirst;
    byFirstName = true;
  } else {
    const name = nameAtStart(plain(subject));
    // "Aled Pryce (freelance Mountain Leader) completed …": a job in brackets after the name is no more words.
    if (!name) return undefined;
    const after = plain(subject).slice(name.length);
    const rest = after.replace(/^\s*\([^()]{1,60}\)\s*$/, " ");
    if (wordCount(rest) > 2) return undefined;
    // "Lady Lumley's School completed …", "Canon Slade School has …": a place named after a person, not a person.
    if (/['’]s$/.test(name) || NAMED_PLACE_AFTER.test(plain(subject).slice(name.length))) return undefined;
    // A name a person's job follows in brackets is a person's, though compromise does not know the first name.
    const person = looksLikePerson(name, known);
    if (person !== "sure" && !(person === "maybe" && rest !== after)) return undefined;
    // "Ms Orla Reyes" / "Orla attended …" run together (a PDF's name line above its paragraph): the name line's
    // person, not "Ms Orla Reyes Orla".
    const own = withoutFirstNameAgain(name);
    who = leadInLine(own, named) ?? { name: own };
  }
  // The courses: the object split at commas and "and", a piece that names no course joined to the next
  // ("Safeguarding and Protecting Children course" is one course).
  const objectAt = verbAt + verb[0].length;
  const object = sentence.slice(objectAt).replace(/[.!?]+\s*$/, "");
  const courseBefore = before?.course;
  // "… on 3 February 2026, and Ms Corr completed the same course on the same day": the record just before's course
  // and date, nothing more said.
  const sameDay = SAME_COURSE_SAME_DAY.exec(object);
  const dateBefore = before?.date;
  if (courseBefore && dateBefore && sameDay) {
    const offset = base + objectAt + sameDay[1].length;
    const endOffset = base + objectAt + object.trimEnd().length;
    return [who, ...also].map((owner) => ({
      offset,
      endOffset,
      course: courseBefore,
      date: { ...dateBefore, offset, endOffset },
      datePlaceholder: false,
      noneRecorded: false,
      leadName: owner.name,
      leadRole: owner.role,
    }));
  }
  // The course named just before, done on this date, by each person: "Aoife and Ciarán completed it together on
  // 10 October 2025".
  const doneBefore = (course: string, date: DateMatch) => {
    const offset = base + objectAt + (object.length - object.trimStart().length);
    return [who, ...also].map((owner) =>
      datedRecord(offset, base + objectAt + object.length, course, date, owner),
    );
  };
  // "She renewed it on 9 March 2026", "He refreshed this in March 2026": the course named just before, done again on
  // this date; with no course just before, what was renewed is nothing a reader can place.
  if (RENEWED_VERB.test(verb[0]) && !/^\s+(?:her|his|their|my|our)\s/i.test(object)) {
    const date = courseBefore ? trainingDate(object, base + objectAt) : undefined;
    if (!courseBefore || !date || !RENEWED_IT_ON.test(object.slice(0, date.offset - base - objectAt)))
      return undefined;
    if (object.slice(date.endOffset - base - objectAt).trim() !== "") return undefined;
    return doneBefore(courseBefore, date);
  }
  if (courseBefore && /^\s*it\b/i.test(object)) {
    const date = trainingDate(object, base + objectAt);
    if (!date || !IT_DONE_ON.test(object.slice(0, date.offset - base - objectAt))) return undefined;
    if (object.slice(date.endOffset - base - objectAt).trim() !== "") return undefined;
    return doneBefore(courseBefore, date);
  }
  // "Kieran did his Level 3 DSL course in January 2024 … Beth did hers on 11 June 2025.": the course named just
  // before, which the pronoun stands for, done on this date.
  if (courseBefore && PRONOUN_DONE_ON.test(object)) {
    const date = trainingDate(object, base + objectAt);
    if (date && object.slice(date.endOffset - base - objectAt).trim() === "")
      return doneBefore(courseBefore, date);
  }
  const pieces: Array<{ from: number; to: number }> = [];
  let from = 0;
  let pending: number | undefined;
  for (const m of [...courseSeparators(object), undefined]) {
    const to = m ? (m.index ?? 0) : object.length;
    const start = pending ?? from;
    // "…, gained in March 2019 on a course run by the council": the words saying when the course before them was
    // done are no course of their own, though they name one; they and the rest are the tail.
    if (pieces.length > 0 && doneWhen(plain(object.slice(from, to)))) {
      pending = start;
      break;
    }
    // A title cut at its own "and" ("Child Wellbeing" / "Protection (Core)") is read whole, from the piece pending.
    // A piece of no words (a run of commas) adds nothing to it: the pending words are not read again for it.
    // Pending words longer than a title (TITLE_REACH) are no one title: the piece is read alone, not the whole run
    // again for each of its pieces.
    const title = to - start <= TITLE_REACH ? start : from;
    if (!/[\p{L}\p{N}]/u.test(object.slice(from, to))) pending = start;
    else if (
      HELD_COURSE.test(object.slice(from, to)) ||
      SAFEGUARDING_COURSE_NAME.test(object.slice(title, to)) ||
      datedCourseTitle(object.slice(title, to))
    ) {
      pieces.push({ from: start, to });
      pending = undefined;
    } else pending = start;
    from = m ? to + m[0].length : to;
  }
  // "… the Lead Officer course for clubs and community groups on 4 May 2025": the words after the course's own "and"
  // name no second course and no person and run on to the date — the rest of the course's name, done on that date.
  const last = pieces.at(-1);
  if (
    last &&
    pending !== undefined &&
    !trainingDate(object.slice(last.from, last.to), 0) &&
    restOfTitleToDate(object.slice(pending), known)
  ) {
    last.to = object.length;
    pending = undefined;
  }
  // "and is booked on a refresher in March 2027": a plan, not a course held (nor its date a completion date).
  const held = pieces.filter((piece) => {
    // "May 2023" is a month, not a verb.
    const text = plain(object.slice(piece.from, piece.to)).replace(
      /\b\d{1,2}(?:st|nd|rd|th)?\s+May\b|\bMay\b(?=[\s,]+\d)/gi,
      "",
    );
    return !SENTENCE_VERB.test(text) && !/\b(?:booked|planned|due|renew(?!ed\b)\w*|expir\w*)\b/i.test(text);
  });
  // "… the Level 3 DSL certificate, gained in March 2019": the words after the last course, no course of their own,
  // saying when it was done, date the courses before them (not "valid until …", "renew by …", "every two years").
  // A plan or deadline is read up to the date only ("gained in March 2019 on a course run by the council").
  const tail = pending === undefined ? "" : plain(object.slice(pending));
  const tailDate =
    pending !== undefined && doneWhen(tail) && !RECURRING_TIME.test(tail)
      ? trainingDate(object.slice(pending), base + objectAt + pending)
      : undefined;
  const tailDates =
    tailDate && pending !== undefined
      ? [tailDate].filter(
          (d) => !NOT_DONE_WHEN.test(plain(object.slice(pending, d.endOffset - base - objectAt))),
        )
      : [];
  const sentenceDates = [
    ...held.flatMap((piece) =>
      trainingDates(object.slice(piece.from, piece.to), base + objectAt + piece.from),
    ),
    ...tailDates,
  ];
  const records: TrainingLine[] = [];
  for (const piece of held) {
    const raw = object.slice(piece.from, piece.to);
    const text = plain(raw);
    if (NOT_HELD_TRAINING.test(text) || otherSubject(text)) continue;
    const offset = base + objectAt + piece.from + (raw.length - raw.trimStart().length);
    const endOffset = base + objectAt + piece.to;
    const date = trainingDate(raw, base + objectAt + piece.from);
    const blank = DATE_LEFT_BLANK.exec(raw);
    // One date for every course ("… the Level 3 course and the Prevent module in March 2024"): a course
    // without its own date is dated by the next date in the sentence; with none after it, it is left alone. One whose
    // date is left blank or said to be unknown ("… course (date not known) and the Prevent module in May 2025") is
    // undated: the later date is the other course's.
    const shared = date || blank ? undefined : sentenceDates.find((d) => d.offset >= endOffset);
    // "… certificate from the Partnership, valid until 31/05/2027": known by the date it lapses, said after it.
    const nextFrom = held[held.indexOf(piece) + 1]?.from ?? object.length;
    const due =
      date || shared || blank
        ? undefined
        : dueDate(object.slice(piece.to, nextFrom), base + objectAt + piece.to);
    if (!date && !blank && !due && sentenceDates.length > 0 && !shared) continue;
    const course = text
      .replace(DATE_LEFT_BLANK, "")
      .replace(date ? date.text : "\u0000", "")
      .replace(/^(?:the|a|an|his|her|their|its|my|our|current|valid)\s+/gi, "")
      .replace(/(?<![\s:,;.–—(-])(?:[\s:,;.–—(-]|\b(?:on|in|dated|completed|attended)\b)+$/i, "")
      .trim()
      .replace(PROVIDER_AFTER_TITLE, (phrase, at: number, whole: string) =>
        providerAfterTitle(whole.slice(0, at), phrase) ? "" : phrase,
      );
    records.push({
      offset,
      endOffset,
      // "Priya completed her designated lead course in June 2025, and Tomasz completed the same course in September
      // 2024": the course named just before (a lead's course, valid two years), not a course called "same course".
      course: courseBefore && SAME_COURSE.test(course) ? courseBefore : course,
      date: date ?? shared,
      datePlaceholder: blank !== null && !date && !shared,
      noneRecorded: false,
      leadName: who.name,
      leadRole: who.role,
      ...(due ? { dueDate: due } : {}),
    });
  }
  // "Owen Fairclough completed the same course on 3 December 2024 and Leah Achterberg on 20 February 2025": each
  // person named after the record with a date of their own did that course then (the verb and course left out).
  records.push(...alsoDid(object, base + objectAt, records, named, known, firstNames));
  // "Kezia has completed The FA's Safeguarding Children course": a lead called by first name is given the courses
  // the sentence dates, or leaves a date to fill in for; an undated mention of a course in passing is no record.
  // "The DSL and deputies hold the Level 3 certificate, in line with the procedures of March 2019": no date the
  // course was done, so a rule for the role's holders, not an undated record of each.
  // "Holly did her designated lead training in the spring": a time that is no usable date still says the course
  // was done — a record without its date.
  const vague = byFirstName && VAGUE_TIME_DONE.test(plain(object));
  // "Ms Okpara took her DSL refresher online; her confirmation email is pasted below": "took" records a course only
  // with the date it was done or falls due again — without one it may be a course the lines below date.
  const took = /^took\b/i.test(verb[0]);
  const kept =
    byFirstName || rolePlural || took
      ? records.filter(
          (r) =>
            r.date ||
            (took && r.dueDate) ||
            (!took && byFirstName && (r.datePlaceholder || vague || r.dueDate)),
        )
      : records;
  for (const other of also)
    kept.push(
      ...kept
        .filter((r) => r.leadName === who.name)
        .map((r) => ({ ...r, leadName: other.name, leadRole: other.role })),
    );
  return kept.length > 0 ? kept : undefined;
}

/** "One of our instructors, ", "Another of the coaches, ": a group the person named next belongs to. */
const ONE_OF_GROUP = new RegExp(
  `^\\s*(?:[Oo]ne|[Aa]nother)\\s+of\\s+(?:our|the|their|his|her)\\s+(?:[\\p{L}'’-]+\\s+){0,2}${PLURAL_ROLE_WORD}\\s*,\\s*`,
  "u",
);

/**
 * The person a sentence's subject names after their group, between commas: "One of our instructors, Lewis Farr,"
 * (before "completed …"). A lead named in the document is that lead; anyone else by the name, when it reads as a
 * person's ("One of our partners, Hollowmere Council," is no one).
 */
function groupMemberSubject(
  subject: string,
  named: LeadMention[],
  known: readonly string[],
): Owner | undefined {
  const opening = ONE_OF_GROUP.exec(subject);
  if (!opening) return undefined;
  const rest = subject.slice(opening[0].length);
  const name = nameAtStart(rest);
  if (!name || !/^\s*,?\s*$/.test(rest.slice(name.length)) || !looksLikePerson(name, known)) return undefined;
  return leadInLine(name, named) ?? { name };
}

/** A first name alone at the start of a piece, a space after it: "Hannah on 19 June 2025". */
const FIRST_NAME_PIECE = new RegExp(`^(${FIRST_NAME_WORD})\\s`, "u");

/**
 * The others a sentence's object gives the same course, each with their own date: "… the Level 3 course on 3
 * December 2024 and Leah Achterberg on 20 February 2025", "…, Tom Reyes in May 2024 and Ana Pires in June 2024",
 * "…, and Hannah on 19 June 2025" (a lead called by first name only, named in full elsewhere).
 * Only a piece that is a person's name and a date, nothing more, after a course the sentence records.
 */
function alsoDid(
  object: string,
  at: number,
  records: readonly TrainingLine[],
  named: LeadMention[],
  known: readonly string[],
  firstNames?: FirstNames,
): TrainingLine[] {
  const found: TrainingLine[] = [];
  if (records.length === 0) return found;
  let from = 0;
  for (const m of [...courseSeparators(object), undefined]) {
    const to = m ? (m.index ?? 0) : object.length;
    const raw = object.slice(from, to);
    const offset = at + from;
    from = m ? to + m[0].length : to;
    const before = records.filter((r) => r.endOffset <= offset && r.date).at(-1);
    if (!before) continue;
    const full = nameAtStart(raw);
    const first = full || !firstNames ? undefined : FIRST_NAME_PIECE.exec(raw)?.[1];
    // The name as written, and the person: a first name only as the document ties it to one person named in full.
    const written = full ?? first;
    const name = full ?? (first ? firstNames?.(first) : undefined);
    // The piece's strict shape (a name and a date, nothing else) is the evidence: a name the word list does not
    // know ("Halina Zielińska") is still read as one; a word that cannot be a name is not.
    if (!name || !written || looksLikePerson(name, known) === false) continue;
    const date = trainingDate(raw, offset);
    if (!date || !/^\s*(?:on|in)?\s*$/i.test(raw.slice(written.length, date.offset - offset))) continue;
    if (raw.slice(date.endOffset - offset).trim() !== "") continue;
    const lead = leadInLine(name, named);
    found.push({
      offset,
      endOffset: offset + raw.trimEnd().length,
      course: before.course,
      date,
      datePlaceholder: false,
      noneRecorded: false,
      leadName: lead?.name ?? name,
      leadRole: lead?.role,
    });
  }
  return found;
}

/** A line that ends a sentence: a stop (and closing quotes or brackets) at its end, not an abbreviation's ("e.g."). */
const LINE_ENDS_SENTENCE =
  /(?<!\b(?:e\.g|i\.e|etc|incl|approx|cf|vs|no|St|Dr|Mr|Mrs|Ms|Mx|[A-Z]))[.!?]["'”’)\]]?$/;

/** A line that ends with a month's short form and its stop: "… on 1st Oct.", "… in Sept.". */
const MONTH_STOP_AT_END = /\b(?:Jan|Feb|Febr|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.$/i;
/** A line that opens with a year: "2023, while …", "'25 and …". */
const YEAR_AT_START = /^\s*(?:(?:19|20)\d{2}|['’]\d{2})(?!\d)/;

/** A list entry's start that a paragraph does not run on into: a bullet, or "3." / "3)" and a word. */
const ENTRY_START = /^\s*(?:[-*+•·▪◦●○■□‣⁃∙➢➤►\uF0B7\uF0A7]\s|\d{1,3}[.)]\s+\S)/;

/**
 * A heading line: Markdown's "## Training", or a short numbered heading in plain text ("3. Training") — not a
 * numbered entry whose sentence runs on ("1. Ms Bell completed the DSL course on" / "4 May 2024.").
 */
function headingLine(line: Line): boolean {
  return (
    HEADING_MARK.test(line.text) ||
    (isPlainHeading(line) && wordCount(line.text) <= 8 && !HELD_VERB.test(line.text))
  );
}

/**
 * The sentences of each paragraph that run over a line break and say which courses a lead holds ("The Club
 * Welfare Officer holds the Safeguarding" / "Children certificate (insert date)."): read on the paragraph with its
 * line breaks as spaces (same offsets). A sentence on one line is trainingInLines'.
 */
function heldAcrossLines(
  lines: Line[],
  mentions: LeadMention[],
  named: LeadMention[],
  tableLines: Set<number>,
  firstNames?: FirstNames,
): TrainingLine[] {
  const found: TrainingLine[] = [];
  const known = named.map((m) => nameKey(m.name ?? ""));
  const sorted = [...mentions].sort((a, b) => a.offset - b.offset);
  let i = 0;
  while (i < lines.length) {
    // A heading ("3. Training", "## Training") is a paragraph of its own, and not the start of the sentence under it.
    if (isBlank(lines[i]) || tableLines.has(i) || isTableRow(lines[i]) || headingLine(lines[i])) {
      i++;
      continue;
    }
    // A paragraph ends before a heading or a list entry's start (a PDF's text has no blank line between them):
    // "… contact either." / "3. Training" / "Dr Ross completed …" is two paragraphs, the heading between them.
    let j = i + 1;
    while (
      j < lines.length &&
      !isBlank(lines[j]) &&
      !tableLines.has(j) &&
      !isTableRow(lines[j]) &&
      !headingLine(lines[j]) &&
      !ENTRY_START.test(lines[j].text)
    )
      j++;
    if (j - i > 1) {
      const base = lines[i].offset;
      let paragraph = "";
      for (let k = i; k < j; k++)
        paragraph += lines[k].text + (k < j - 1 ? " ".repeat(lines[k + 1].offset - lines[k].endOffset) : "");
      if ((HELD_VERB.test(paragraph) || possessiveCourseWords(paragraph)) && namesHeldCourse(paragraph)) {
        const breaks = lines.slice(i + 1, j).map((l) => l.offset);
        // A sentence ends at a stop before a capital, and at a line that ends with a stop: "… the Co-ordinator
        // course." / "then Mr Hale completed it on 2 May 2021." is two sentences, the date not the first one's.
        // "… the same course on 1st Oct." / "2023, while he was …": a month's short form with its stop, the year
        // on the next line, is a date the page's width broke, not a sentence's end.
        const lineEnds = lines
          .slice(i, j - 1)
          .filter(
            (l) =>
              LINE_ENDS_SENTENCE.test(l.text) &&
              !(MONTH_STOP_AT_END.test(l.text) && YEAR_AT_START.test(lines[l.index + 1]?.text ?? "")),
          )
          .map((l) => l.endOffset - base);
        const ends = [
          ...new Set([
            ...allMatches(/[.!?]+(?=\s+[\p{Lu}("“])/gu, paragraph).map((m) => (m.index ?? 0) + m[0].length),
            ...lineEnds,
            paragraph.length,
          ]),
        ].sort((a, b) => a - b);
        let from = 0;
        /** The sentence just before: whose course "She renewed it …" renews. */
        let previous: { sentence: string; at: number } | undefined;
        /** Whether the sentence just before ran over a line's end (read here, not by the line's reader). */
        let wrapped = false;
        for (const end of ends) {
          const raw = paragraph.slice(from, end);
          // "5.5 Olwen completed …": a numbered clause's number is not its sentence's first word.
          const number = from === 0 ? CLAUSE_NUMBER.exec(raw.trimStart()) : null;
          // "**What training have the team had?** — Odette completed …": a FAQ's question is not the sentence's subject.
          const opening = number ?? QUESTION_BEFORE_RECORD.exec(raw.trimStart());
          const at = base + from + (raw.length - raw.trimStart().length) + (opening?.[0].length ?? 0);
          const sentence = raw.trim().slice(opening?.[0].length ?? 0);
          from = end;
          const before = previous;
          previous = { sentence, at };
          const beforeWrapped = wrapped;
          // Both lists are in document order: a binary search keeps this linear in the document, where a scan
          // of every mention for every sentence was quadratic (8 s on a 1 MB policy).
          const nextBreak = breaks[firstAtOrAfter(breaks, (b) => b, at + 1)];
          wrapped = nextBreak !== undefined && nextBreak < at + sentence.length;
          // "… on 14 June" / "2022. She renewed it on 9 March 2026.": a pronoun's renewal after a sentence read here.
          if (!wrapped && !(beforeWrapped && PRONOUN_RENEWED.test(sentence))) continue;
          const reading = { before, breaks, sorted, named, known, firstNames };
          let records = wrappedSentenceRecords(sentence, at, reading);
          // "Training" / "Nell completed the DSL course on 3 March 2022 and an online refresher" / "in September 2025.":
          // a PDF's heading with no stop runs into the sentence under it; when the whole reads as no record, the
          // sentence is read from the line after the heading.
          const rest = records.length === 0 ? afterTitleLine(sentence, at, nextBreak) : undefined;
          if (rest) records = wrappedSentenceRecords(rest.sentence, rest.at, reading);
          found.push(...records);
        }
      }
    }
    i = j;
  }
  return found;
}

/** A short line of words alone, no stop, digit or comma: a heading a PDF gives as a line ("Training", "Staff Training"). */
const TITLE_LINE = /^\p{Lu}[\p{L}'’&-]*(?:[^\S\n]+[\p{L}'’&-]+){0,4}$/u;

/**
 * The rest of a sentence after its first line, when that line is a heading with no stop ("Training" / "Nell completed
 * …"; TITLE_LINE) and the rest opens with a capital: where it starts and its words. Not after a line that ends on a
 * word a sentence runs on from ("… and", "Mrs").
 */
function afterTitleLine(
  sentence: string,
  at: number,
  lineBreak: number | undefined,
): { sentence: string; at: number } | undefined {
  if (lineBreak === undefined || lineBreak <= at || lineBreak - at > 60) return undefined;
  const head = sentence.slice(0, lineBreak - at).trim();
  if (
    !TITLE_LINE.test(head) ||
    JOINING_WORD_END.test(head) ||
    TITLE_AT_END.test(head) ||
    HELD_VERB.test(head)
  )
    return undefined;
  const tail = sentence.slice(lineBreak - at);
  const lead = tail.length - tail.trimStart().length;
  return /^\p{Lu}/u.test(tail.slice(lead)) ? { sentence: tail.trim(), at: lineBreak + lead } : undefined;
}

/** A person's title at a line's end, their name on the next line: "… Mrs", "… Dr". */
const TITLE_AT_END = new RegExp(`(?:^|\\s)(?:${TITLE_PATTERN})\\.?$`, "i");

/** What heldAcrossLines reads a wrapped sentence with. */
interface WrappedReading {
  /** The sentence just before: whose course "She renewed it …" renews. */
  before: { sentence: string; at: number } | undefined;
  /** Where the paragraph's lines after its first start. */
  breaks: readonly number[];
  /** The mentions, in document order. */
  sorted: readonly LeadMention[];
  named: LeadMention[];
  known: readonly string[];
  firstNames?: FirstNames;
}

/**
 * Whom a sentence opened by "She", "He" or "They" stands for, when the sentence before it in the paragraph opens with
 * a named lead's first name and names no one else ("Rosa-Lee took on the lead role when the club opened in 2019.");
 * undefined otherwise (whether the pronoun fits the lead is heldCourses' to say).
 */
function pronounSubjectBefore(
  sentence: string,
  before: string,
  named: LeadMention[],
  firstNames: FirstNames | undefined,
): Owner | undefined {
  return PRONOUN_OPENS.test(sentence) ? firstNameSubjectLead(before, named, firstNames) : undefined;
}

/** A short paragraph's length at most: a few sentences (pronounAfterFirstName reads no longer one). */
const SHORT_PARAGRAPH = 400;

/**
 * Whether a paragraph has a sentence opened by a pronoun right after one opened by a named lead's first name
 * (pronounSubjectBefore): "Rosa-Lee became our lead in 2019. She completed …". Each sentence read once.
 */
function pronounAfterFirstName(
  body: string,
  named: LeadMention[],
  firstNames: FirstNames | undefined,
): boolean {
  if (!firstNames) return false;
  const ends = [0, ...allMatches(/[.!?](?=\s+[\p{Lu}("“])/gu, body).map((m) => (m.index ?? 0) + 1)];
  for (let k = 1; k < ends.length; k++) {
    const sentence = body.slice(ends[k], ends[k + 1] ?? body.length).trim();
    const before = body.slice(ends[k - 1], ends[k]).trim();
    if (pronounSubjectBefore(sentence, before, named, firstNames)) return true;
  }
  return false;
}

/**
 * The words before a role in brackets after its holder's own name, the name and the bracket taken off: "**Sister
 * Maryam Olufemi-Shah** (" before "deputy DSL) completed …" leaves "". Words before that name are kept; anything else
 * is returned as it is.
 */
function withoutOwnNameBracket(before: string, name: string | undefined): string {
  if (!name) return before;
  const words = plain(before).trimEnd();
  if (!words.endsWith("(")) return before;
  const head = words.slice(0, -1).trimEnd();
  return head.endsWith(name) && !/[\p{L}\p{M}]/u.test(head.charAt(head.length - name.length - 1))
    ? head.slice(0, head.length - name.length)
    : before;
}

/** The records a sentence broken over a paragraph's lines gives (heldAcrossLines). */
function wrappedSentenceRecords(sentence: string, at: number, reading: WrappedReading): TrainingLine[] {
  const { before, breaks, sorted, named, known, firstNames } = reading;
  const inside: LeadMention[] = [];
  for (let k = firstAtOrAfter(sorted, (m) => m.offset, at); k < sorted.length; k++) {
    if (sorted[k].offset >= at + sentence.length) break;
    if (sorted[k].endOffset <= at + sentence.length) inside.push(sorted[k]);
  }
  // "Siobhán completed the Designated Officer course on 4 March 2024, and Aoife and Ciarán" / "completed it
  // together on 10 October 2025.": a clause with people of its own is read as sentenceRecords reads it.
  CLAUSE_OF_ITS_OWN.lastIndex = 0;
  // "All swim coaches completed COURSE on DATE; the Duty Manager, Ann Lee, on DATE; …": the items that
  // borrow the first item's course, each its person's record.
  const borrowed = sentence.includes("; ")
    ? borrowedCourseRecords(sentence, at, named, inside, known, firstNames, undefined)
    : undefined;
  // "… on 14 June 2022. She renewed" / "it on 9 March 2026.": a pronoun's renewal the page's width broke, of the
  // course the sentence before records, by the one person it names.
  const renewal =
    !borrowed && before && PRONOUN_RENEWED.test(sentence)
      ? pronounRenewalRecords(sentence, at, before, breaks, named, inside, known, firstNames)
      : undefined;
  // "Rosa-Lee took on the lead role in 2019. She completed her … course" / "in May 2024.": whom the pronoun stands for.
  const subject = before ? pronounSubjectBefore(sentence, before.sentence, named, firstNames) : undefined;
  const held = borrowed
    ? borrowed.filter((r) => r.leadName)
    : renewal
      ? renewal
      : CLAUSE_OF_ITS_OWN.test(sentence) ||
          recordCommas(sentence).length > 0 ||
          // "… on 14 June 2022 and renewed" / "it on 9 March 2026.": the course done again, as sentenceRecords
          // reads it.
          (/\band\b/i.test(sentence) && secondDatedCourse(sentence, at)?.course === "")
        ? sentenceRecords(
            sentence,
            at,
            named,
            inside,
            known,
            firstNames,
            undefined,
            undefined,
            subject,
          ).filter((r) => r.leadName)
        : heldCourses(sentence, at, inside, named, known, firstNames, undefined, subject, () =>
            plain(before?.sentence ?? ""),
          );
  if (held?.length) return held;
  // "Seren completed Level 3 DSL training in June 2022" / "(refresher due 2024).": a record a lead called by
  // first name gives in a sentence, read as a paragraph's sentences are.
  if (FIRST_NAME_SUBJECT.test(sentence))
    return sentenceRecords(sentence, at, named, inside, known, firstNames).filter((r) => r.leadName);
  // "DMcB completed the Partnership's" / "Deputy DSL course in 02/2024.": a sentence whose subject is
  // initials, whose person the document's key gives (findTrainingLines reads the key).
  if (INITIALS_SUBJECT.test(sentence))
    return sentenceRecords(sentence, at, named, inside, known, firstNames).filter((r) => r.date);
  // "… 2025. Rosa" / "Quenby: Safeguarding Essentials, 11/11/2021.", "Kit's last safeguarding" / "course was in
  // May 2023.": a person's line of records, or their course in the possessive, that a line's end broke.
  if (POSSESSIVE_SUBJECT.test(sentence) || personPartRecords(sentence, at, known)?.length)
    return sentenceRecords(sentence, at, named, inside, known, firstNames).filter((r) => r.leadName);
  return [];
}

/**
 * Words a course in the possessive and the day it took place may stand in ("Kit's last safeguarding course was in May
 * 2023"): a possessive and "was" or "took place" somewhere (POSSESSIVE_COURSE_ON reads the sentence). The literal words
 * only, so a long paragraph is read once.
 */
function possessiveCourseWords(words: string): boolean {
  return (
    (words.includes("'s ") || words.includes("’s ")) &&
    (words.includes(" was ") || words.includes(" took place"))
  );
}

/** A course title's last words before its date: "voluntary groups on", "Community Organisations in". */
const TITLE_RUN_ON = /^\s*(?:[\p{L}'’-]+\s+){1,6}$/u;

/**
 * Whether the words after a course and its "and" (or comma) are the rest of its title, then the date it was done and
 * nothing more: "… course for schools | and youth groups on 4 May 2025". Not when they say when it was done
 * ("gained in March 2019"), name a course or a person ("and Leah Achterberg on 20 February 2025"), or are a clause,
 * a plan or a rule ("and is booked …", "and then every three years").
 */
function restOfTitleToDate(tail: string, known: readonly string[]): boolean {
  if (doneWhen(plain(tail))) return false;
  const date = trainingDate(tail, 0);
  if (!date || tail.slice(date.endOffset).trim() !== "") return false;
  const before = tail.slice(0, date.offset).replace(/\s*(?:on|in|dated)\s*$/i, " ");
  // The title's words alone ("May" in the date is a month, not a verb).
  const words = plain(before);
  if (RECURRING_TIME.test(words) || NOT_DONE_WHEN.test(words) || SENTENCE_VERB.test(words)) return false;
  if (namesHeldCourse(words) || HELD_VERB.test(words)) return false;
  if (!TITLE_RUN_ON.test(before) || /\b(?:on|in|dated)\b/i.test(words)) return false;
  const name = nameAtStart(before.trim());
  return !name || looksLikePerson(name, known) === false;
}

/** The words after a course that say when it was done: "gained in March 2019", "last refreshed in 2023". */
const DONE_WHEN =
  /^\s*(?:(?:last|most\s+recently|first)\s+)?(?:gained|completed|attended|awarded|achieved|passed|taken|refreshed|updated|renewed|done)\s+(?:in|on|dated)\s/i;
/** A bare "in May 2024", "on 3 June 2025", "dated 12/03/2022": the words that lead straight to a date. */
const DONE_AT = /^\s*(?:in|on|dated)\s+(?:the\s+)?/i;

/**
 * Whether the words after a course say when it was done: after a verb ("gained in March 2019"), or a bare "in",
 * "on", "dated" with the date straight after it ("in May 2024") — not "in line with the procedures of March 2019".
 */
function doneWhen(tail: string): boolean {
  if (DONE_WHEN.test(tail)) return true;
  const at = DONE_AT.exec(tail);
  if (!at) return false;
  const rest = tail.slice(at[0].length);
  return trainingDate(rest, 0)?.offset === 0;
}
/** A tail that is a plan or a deadline, not when a course was done. */
const NOT_DONE_WHEN = /\b(?:booked|planned|due|until|by|before|expir\w*|next|will|to\s+be)\b/i;

/** The deputies, in the plural, after a lead: "deputies", "DDSLs", "deputy leads" is two words and not read. */
const DEPUTIES = /^(?:deputies|DDSLs|DDSPs|deputy[-\s]?DSLs)$/i;

/**
 * Everyone "the lead and deputies" covers: the one person named as that lead, then each deputy the document names
 * (every name of a "Deputy: A / B" line); empty when the lead is not named, or no deputy is — never a part of them.
 */
function coveredHolders(mention: LeadMention, named: LeadMention[]): Owner[] {
  const lead = roleHolder(mention, named);
  if (!lead) return [];
  const seen = new Set([nameKey(lead)]);
  const deputies: Owner[] = [];
  for (const m of named) {
    if (m.role !== "deputy" || m.former) continue;
    for (const name of m.names ?? (m.name ? [m.name] : [])) {
      if (seen.has(nameKey(name))) continue;
      seen.add(nameKey(name));
      deputies.push({ name, role: "deputy" });
    }
  }
  return deputies.length > 0 ? [{ name: lead, role: mention.role }, ...deputies] : [];
}

/** A line's opening words before a spaced dash: "Deputy Welfare Lead – Designated lead training …". */
const OPENING_BEFORE_DASH = /^\s*(?<opening>[^–—:]{2,60}?)\s+(?:--|[–—-])\s+(?=\S)/u;

/**
 * "Deputy Welfare Lead – Designated lead training. Refreshed: 01/2024": a training line that opens with a role alone
 * ("DSL (see footer)", "Our Welfare Officer": roleInPlaceOfName) and a dash is the record of the one person the
 * document names for that role (roleHolder), its course the words
 * after the dash (courseFrom, in the line's text); undefined when the opening is not a role alone, or the role is
 * nobody's or several people's.
 */
function roleLineOwner(body: string, named: LeadMention[]): { owner: Owner; courseFrom: number } | undefined {
  const match = OPENING_BEFORE_DASH.exec(body);
  const opening = match?.groups?.opening;
  const mention = opening ? roleInPlaceOfName(plain(opening)) : undefined;
  const holder = mention ? roleHolder(mention, named) : undefined;
  return match && mention && holder
    ? { owner: { name: holder, role: mention.role }, courseFrom: match[0].length }
    : undefined;
}

/**
 * A checklist's question whether a role's holder is trained, answered "Yes" and the course: "Has the Welfare Officer
 * had safeguarding training in the last three years? Yes – ". The role's words are between "the"/"our" and the verb.
 */
const TRAINED_QUESTION =
  /^\s*(?:Has|Have|Did)\s+(?:the|our)\s+(?<role>[\p{L} ]{3,50}?)\s+(?:had|done|completed|attended|been\s+on)\s[^?]{0,100}\?\s*(?:\*\*|__)?(?:Yes|YES)(?:\*\*|__)?\s*(?:[:,–—]|-\s)\s*/u;

/**
 * "Has the Welfare Officer had safeguarding training …? Yes – Safeguarding and Protecting Children, 11 March 2025":
 * the record of the one person the document names for the role asked about (a bare "deputy" is the deputy's), its
 * course the words after the answer; undefined for any other line, or a role nobody or several people hold.
 */
function questionLineOwner(
  body: string,
  named: LeadMention[],
): { owner: Owner; courseFrom: number } | undefined {
  if (!body.includes("?")) return undefined;
  const match = TRAINED_QUESTION.exec(body);
  const role = match?.groups?.role;
  if (!match || !role) return undefined;
  const mention: LeadMention | undefined = /^(?:deputy|deputies)$/i.test(role)
    ? ({ role: "deputy", label: role } as LeadMention)
    : roleAlone(role);
  const holder = mention ? roleHolder(mention, named) : undefined;
  return mention && holder
    ? { owner: { name: holder, role: mention.role }, courseFrom: match[0].length }
    : undefined;
}

/**
 * Who holds a role the sentence names without a name ("The League Welfare Officer holds …"): the one person the
 * document names for that role (same role words, or the only named lead of that kind); undefined when several are.
 */
function roleHolder(mention: LeadMention, named: LeadMention[]): string | undefined {
  const candidates = roleCandidates(mention, named);
  return new Set(candidates.map((m) => nameKey(m.name ?? ""))).size === 1 ? candidates[0].name : undefined;
}

/**
 * The one person who holds a role named without a name: roleHolder's, when every name the role's lines give is that
 * person's ("Deputies: A and B" is two holders, so nobody's).
 */
function soleRoleHolder(mention: LeadMention, named: LeadMention[]): string | undefined {
  const holders = new Set(
    roleCandidates(mention, named).flatMap((c) => (c.names ?? (c.name ? [c.name] : [])).map(nameKey)),
  );
  return holders.size === 1 ? roleHolder(mention, named) : undefined;
}

/**
 * "| DSL (see footer) | … | 4 March 2025 |", "Our Welfare Officer – Safeguarding and Protecting Children, 05/2024": a
 * record whose person is a lead's role alone (roleInPlaceOfName) is the record of the role's one holder, wherever the
 * policy names them (a page's footer). A role two people hold, or nobody, leaves the record as it is.
 */
function roleRecordsToHolders(records: TrainingLine[], named: LeadMention[]): void {
  const holderOf = new Map<string, { name: string; role: LeadKind } | undefined>();
  for (const record of records) {
    const words = record.leadName;
    if (!words || words.length > 80) continue;
    if (!holderOf.has(words)) {
      const mention = roleInPlaceOfName(words);
      const name = mention ? soleRoleHolder(mention, named) : undefined;
      holderOf.set(words, mention && name ? { name, role: mention.role } : undefined);
    }
    const holder = holderOf.get(words);
    if (!holder) continue;
    record.leadName = holder.name;
    record.leadRole = holder.role;
  }
}

/**
 * Everyone a role named without a name could stand for (roleHolder's choice): the people named with the same role
 * words, or, with none, every current lead of that kind. A record headed with the role that names nobody may be any
 * of theirs, and no one else's.
 */
export function roleCandidates(mention: LeadMention, named: LeadMention[]): LeadMention[] {
  const label = mention.label.toLowerCase().replace(/\s+/g, " ");
  const sameLabel = named.filter(
    (m) => m.role === mention.role && m.label.toLowerCase().replace(/\s+/g, " ") === label,
  );
  return sameLabel.length > 0 ? sameLabel : named.filter((m) => m.role === mention.role && !m.former);
}

/** The full name of the one person a first name stands for in this document ("Seren" → "Seren Aldous"). */
type FirstNames = (first: string) => string | undefined;

/**
 * Who a first name alone stands for: the one named lead with that first name, else the one person the document
 * names in full with it ("… and Seren Aldous, Lead Instructor"): a name compromise knows, or one followed by a job
 * ("Seren Aldous, Lead Instructor"). Undefined when nobody is, or two people are ("Seren Aldous", "Seren Vaughan").
 */
/** The names in full on the leads' lines ("Deputies: Ffion Draycott / Gethin Marlowe") whose first name is `lower`. */
function lineNamesOf(named: LeadMention[], lower: string): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  for (const m of named)
    for (const name of m.names ?? []) {
      const key = nameKey(name);
      if (key.split(" ")[0] === lower && key.includes(" ")) found.push([key, name]);
    }
  return found;
}

function firstNameResolver(text: string, named: LeadMention[]): FirstNames {
  const cache = new Map<string, string | undefined>();
  // Every capitalised word followed by another, indexed by the first, read once on the first question: a scan of
  // the text for each first name asked would be quadratic in a long document.
  let pairs: Map<string, Array<{ surname: string; start: number; end: number }>> | undefined;
  return (first) => {
    if (cache.has(first)) return cache.get(first);
    const lower = first.toLowerCase();
    const keys = new Map<string, string>();
    for (const m of named) {
      const key = nameKey(m.name ?? "");
      if (key.split(" ")[0] === lower && key.includes(" ")) keys.set(key, m.name ?? "");
      // 'Robert "Robbie" Hale' is who "Robbie" stands for too.
      if (nicknameKey(m.name ?? "")?.split(" ")[0] === lower) keys.set(key, m.name ?? "");
    }
    if (keys.size > 0) {
      // "Deputy DSLs: Callum Prideaux-Venn and Callum Ashworth-Pryce": another person of a lead's line with the same
      // first name makes it nobody's, as two leads of that first name do.
      for (const [key, name] of lineNamesOf(named, lower))
        if (![...keys.keys()].some((k) => sameName(k, key))) keys.set(key, name);
    } else {
      // Each other name of a lead's line ("Deputies: Ffion Draycott / Gethin Marlowe"), with the people the text
      // names in full: one of them is the first name's, two are nobody's.
      for (const [key, name] of lineNamesOf(named, lower)) keys.set(key, name);
      if (!pairs) {
        pairs = new Map();
        for (const m of allMatches(CAPITALISED_PAIR, text)) {
          const list = pairs.get(m[1]) ?? [];
          if (list.length < 20)
            list.push({
              surname: m[2],
              start: m.index ?? 0,
              end: (m.index ?? 0) + m[0].length + m[2].length,
            });
          pairs.set(m[1], list);
        }
      }
      for (const { surname, start, end } of pairs.get(first) ?? []) {
        const name = `${first} ${surname}`;
        const person = looksLikePerson(name);
        if (!person) continue;
        const job = /^\s*[,–—(-]\s*([^.;:)]*)/.exec(text.slice(end, end + 60));
        if (person === "maybe" && !(job && ROLE_WORDS.test(job[1])) && !jobCellBefore(text, start, end))
          continue;
        keys.set(nameKey(name), name);
      }
    }
    const found = keys.size === 1 ? [...keys.values()][0] : undefined;
    cache.set(first, found);
    return found;
  };
}

/**
 * A name that fills a table's cell, with a job in the cell before it: "| Floor Manager | Dev Okonjo | Ch 1 |" on a
 * call sheet or a contacts table names a person, though compromise does not know the first name.
 */
function jobCellBefore(text: string, start: number, end: number): boolean {
  if (!/^[^\S\n]*\|/.test(text.slice(end, end + 10))) return false;
  const cell = /\|([^|\n]{1,60})\|[^\S\n]*$/.exec(text.slice(Math.max(0, start - 64), start));
  return !!cell && ROLE_WORDS.test(cell[1]);
}

/** Words after a name that make it the name of a place or body: "… School", "… College", "… Trust". */
const NAMED_PLACE_AFTER =
  /^\s*(?:School|College|Academy|Nursery|Pre-?school|Trust|Church|Chapel|Club|Centre|Center|Foundation|Hospital|Hall|House|Institute|Society|Association|Federation|University|Charity)\b/;

/** A capitalised word, a space, and the capitalised word after it (looked at, not taken: pairs overlap). */
const CAPITALISED_PAIR = new RegExp(
  String.raw`(?<![\p{L}'’-])(${FIRST_NAME_WORD})\s(?=(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]))`,
  "gu",
);

/**
 * A sentence that opens with a first name alone and a verb of training done: "Seren completed …", "Idris has attended
 * …", "Idris did Safeguarding and Protecting Children on …" (a course's title straight after "did"), or the minutes' way, a first name reporting it of themselves: "Idris reported that he completed …".
 */
const FIRST_NAME_SUBJECT = new RegExp(
  `^\\s*(?:(${TITLE_PATTERN})\\.?\\s+)?(${FIRST_NAME_WORD})\\s+(?:(?:reported|said|confirmed|stated|explained|told\\s+the\\s+(?:committee|meeting|board))\\s+(?:that\\s+)?(?:he|she|they)\\s+)?(?:(?:has|have|had|also|then|recently|successfully|last)\\s+){0,2}(?:completed|attended|passed|achieved|undertook|undertaken|refreshed|renewed|updated|holds|gained|did(?=\\s+(?:hers|theirs|her|his|their|my|our|the|a|an)\\s|\\s+\\p{Lu})|took(?=\\s+(?:her|his|their|my|our|the|a|an)\\s(?!\\s*(?:[A-Za-z'’-]+\\s+){0,2}(?:role|post|job|position|office)\\b))|went\\s+on(?=\\s+(?:her|his|their|my|our|the|a|an)\\s))\\b`,
  "u",
);

/** A title and one word: "Sister Maria", "Br. Tomas" (or "Mrs Okafor": a first name only if a lead has it). */
const TITLED_ONE_WORD = new RegExp(`^(?:${TITLE_PATTERN})\\.?\\s+\\p{Lu}[\\p{Ll}'’-]+$`, "u");

/** A sentence that opens with a person's name in the possessive: "Esther's …", "Mrs Tariq's …", "Dan Ford's …". */
const POSSESSIVE_SUBJECT = /^\s*((?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{Ll}-]+)['’]s\s/u;

/**
 * A line labelled as a person's training, their name in the possessive and a colon: "Orla's training: Designated Lead
 * (Level 3) – 04/03/2024. …", "Mr Dunne's safeguarding courses:". The courses after the colon are that person's.
 */
const POSSESSIVE_TRAINING_LABEL =
  /^\s*(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}\p{Lu}[\p{Ll}-]+['’]s\s+(?:[\p{L}-]+\s+){0,2}(?:training(?:\s+record)?|courses|qualifications|certificates|certifications)\s*:/u;

/**
 * A line that is only such a label, over the list of the person's courses ("Charlotte's FA qualifications:", "Mr
 * Dunne's safeguarding courses:"): `{ owner }`, the person the possessive names — a lead named in full, or the one
 * person named in full with that first name — or no one when it names nobody the policy names (the list is then not
 * the person's above it). Undefined for any other line.
 */
function possessiveListLabel(
  words: string,
  named: LeadMention[],
  firstNames?: FirstNames,
): { owner: Owner | undefined } | undefined {
  const label = POSSESSIVE_TRAINING_LABEL.exec(words);
  if (!label || words.slice(label[0].length).trim() !== "") return undefined;
  return { owner: possessiveOwner(words, named, firstNames) };
}

/**
 * A line that only introduces the list under it, with the list's holder as its subject: "She has completed:", "He has
 * attended:", "They have done the following:", "Ewan has completed the following courses:".
 */
const SUBJECT_LIST_INTRO =
  /^\s*(\p{Lu}[\p{Ll}'’-]+)\s+(?:has|have)\s+(?:also\s+)?(?:completed|attended|done|undertaken|passed|achieved)(?:\s+the\s+following(?:\s+[\p{L}-]+)?)?\s*:\s*$/u;

/**
 * Such a line over a list: `{ owner }`, whom its subject stands for — for a first name, the one person named in full
 * with it; for "he", "she" or "they", the person of the paragraph just before (pronounHolder) — or no one (a group,
 * "Staff have completed:"; a first name two people share; a pronoun whose person is not clear). Undefined for any
 * other line. `people`: the people the paragraph just before names, in order.
 */
function subjectListLabel(
  words: string,
  named: LeadMention[],
  people: () => Owner[],
  firstNames?: FirstNames,
): { owner: Owner | undefined } | undefined {
  const intro = SUBJECT_LIST_INTRO.exec(words);
  if (!intro) return undefined;
  if (/^(?:he|she|they)$/i.test(intro[1])) return { owner: pronounHolder(intro[1], people()) };
  const name = firstNames?.(intro[1]);
  return { owner: name ? (leadInLine(name, named) ?? { name }) : undefined };
}

/**
 * Whom "He", "She" or "They" opening a line stands for, of the people the paragraph before names (in order): the one
 * person; of several, the first — the paragraph's subject — when the pronoun fits their title and no other person's
 * title says it is theirs ("Mrs Ann Lee … with Mrs Joy Pike" for "She": whose?), else the one person it fits. "They"
 * only for one person.
 */
function pronounHolder(pronoun: string, people: Owner[]): Owner | undefined {
  if (/^they$/i.test(pronoun)) return people.length === 1 ? people[0] : undefined;
  const fits = people.filter((p) => titleFits(pronoun, p.name ?? ""));
  if (fits.length > 0 && fits[0] === people[0])
    return fits.slice(1).some((p) => titleSays(pronoun, p.name ?? "")) ? undefined : fits[0];
  return fits.length === 1 ? fits[0] : undefined;
}

/** How many lines back the paragraph just before a line is read for its people, at most. */
const PARAGRAPH_LINES = 12;

/**
 * The people the paragraph just above line `i` names, in order: its leads named in full and anyone named with a title
 * ("Mrs Joy Pike"), each once — by their titled name where one is written. None when the line above is a heading, a
 * list's entry or a table's row.
 */
function paragraphPeople(
  lines: Line[],
  i: number,
  tableLines: Set<number>,
  mentionsByLine: Map<number, LeadMention[]>,
  fullNames: readonly string[],
): Owner[] {
  let j = i - 1;
  while (j >= 0 && j >= i - 3 && isBlank(lines[j])) j--;
  const found: Array<{ name: string; at: number; role?: LeadKind }> = [];
  for (let k = j; k >= 0 && k > j - PARAGRAPH_LINES; k--) {
    const line = lines[k];
    if (isBlank(line) || tableLines.has(k)) break;
    const item = itemStart(line.text);
    if (item.marker || item.heading) break;
    for (const m of mentionsByLine.get(k) ?? [])
      for (const name of m.names ?? (m.name ? [m.name] : []))
        found.push({ name, at: m.nameOffset ?? m.offset, role: m.role });
    for (const m of allMatches(TITLED_PERSON, line.text))
      found.push({ name: m[0].trim(), at: line.offset + (m.index ?? 0) });
    // "Rosalind Penhaligon-Tate has led safeguarding …": a lead named in full with no role word on the line.
    const lower = line.text.toLowerCase();
    for (const name of fullNames) {
      const at = lower.indexOf(name.toLowerCase());
      if (at >= 0) found.push({ name, at: line.offset + at });
    }
  }
  const people: Owner[] = [];
  for (const { name, role } of found.sort((a, b) => a.at - b.at)) {
    const same = people.find((p) => samePersonNamed(p.name ?? "", name));
    if (!same) people.push({ name, role });
    else if (!titleOf(same.name ?? "") && titleOf(name)) same.name = name;
    if (same && !same.role) same.role = role;
  }
  return people;
}

/** Two names of one person in one paragraph: one key, or a title and surname for the name in full ("Mrs Lee"). */
function samePersonNamed(a: string, b: string): boolean {
  const [x, y] = [nameKey(a), nameKey(b)];
  if (sameName(x, y)) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  return !short.includes(" ") && long.endsWith(` ${short}`);
}

/**
 * The lead whose training a possessive label names ("Orla's training: …"): a named lead only, so that a first name
 * read as some shorter name ("Tiago" as "Tiago Alves" for "Contra-Mestre Tiago Alves Ferreira") leaves the line to
 * the readers that follow.
 */
function possessiveLeadOwner(
  words: string,
  named: LeadMention[],
  firstNames?: FirstNames,
): Owner | undefined {
  if (!POSSESSIVE_TRAINING_LABEL.test(words)) return undefined;
  const owner = possessiveOwner(words, named, firstNames);
  return owner?.role ? owner : undefined;
}

/**
 * "Sarah Okafor's safeguarding refresher was on …" where the lead is named "Mrs S. Okafor": a sentence opening with
 * a full name in the possessive that only the lead written with initials fits (leadByInitials).
 */
function possessiveInitialledLead(words: string, named: LeadMention[]): Owner | undefined {
  const match = POSSESSIVE_SUBJECT.exec(words);
  return match ? leadByInitials(match[1], named) : undefined;
}

/** The lead a possessive sentence is about: a lead named in full, or called by first name once named in full. */
function possessiveOwner(sentence: string, named: LeadMention[], firstNames?: FirstNames): Owner | undefined {
  const match = POSSESSIVE_SUBJECT.exec(sentence);
  if (!match) return undefined;
  const lead = leadInLine(match[1], named) ?? leadByInitials(match[1], named);
  if (lead) return lead;
  // "Pastor Emmanuel's …": a title and a first name is the one person named in full with that first name, and with
  // that title or none ("Sister Grace" is not "Mrs Grace Hale").
  const titled = TITLED_ONE_WORD.test(match[1]) ? /^(\S+?)\.?\s+(\S+)$/u.exec(match[1]) : null;
  const first = titled ? titled[2] : match[1];
  const name = !first.includes(" ") && firstNames ? firstNames(first) : undefined;
  if (!name) return undefined;
  const owner = leadInLine(name, named) ?? { name };
  if (titled) {
    const written = TITLE_AT_START.exec(owner.name ?? name);
    if (written && titleKey(written[1]) !== titleKey(titled[1])) return undefined;
  }
  return owner;
}

/** A line that opens with one capitalised word and a colon: "Tomas: Safeguarding Children Awareness …". */
const FIRST_NAME_LABEL = /^\s*(\p{Lu}[\p{Ll}'’-]+):\s+(?=\S)/u;

/**
 * The lead a line labelled with their first name is about ("Tomas: Safeguarding Children Awareness (online) – no date
 * recorded."): a named lead or deputy only, the one the document names in full with that first name — not someone
 * else the first name might be, nor a label ("Training:", "Note:") that is nobody's.
 */
function firstNameLabelOwner(
  words: string,
  named: LeadMention[],
  firstNames?: FirstNames,
): Owner | undefined {
  if (!firstNames || !words.includes(":")) return undefined;
  const match = FIRST_NAME_LABEL.exec(words);
  const name = match ? firstNames(match[1]) : undefined;
  const lead = name ? leadInLine(name, named) : undefined;
  return lead?.role ? lead : undefined;
}

/**
 * Whether every line outside tables that a named lead's first name and a colon open ("Tomas: DSL course (SCP),
 * 14.03.2025") was read as that lead's record. While one was not ("Hamish: … – 14-02-25"), the dated ones are given
 * to nobody: that lead would be left with none.
 * A line with no figure ("Ben: DSL refresher – booked for January") has no date to miss and does not count.
 */
function labelledLinesRead(
  lines: Line[],
  tableLines: Set<number>,
  named: LeadMention[],
  found: TrainingLine[],
  firstNames?: FirstNames,
): boolean {
  for (let i = 0; i < lines.length; i++) {
    const { text, offset, endOffset } = lines[i];
    // "Ben: DSL refresher – booked for January": a line with no figure on it holds no date that went unread.
    if (tableLines.has(i) || !text.includes(":") || !/\d/.test(text)) continue;
    const words = plain(text.slice(itemStart(text).start));
    if (!FIRST_NAME_LABEL.test(words)) continue;
    const lead = firstNameLabelOwner(words, named, firstNames);
    if (!lead?.name) continue;
    const key = nameKey(lead.name);
    if (
      !found.some(
        (t) => t.offset >= offset && t.offset <= endOffset && sameName(nameKey(t.leadName ?? ""), key),
      )
    )
      return false;
  }
  return true;
}

/** The same title written another way: "Mister" is "Mr", "Br." is "Brother". */
const SAME_TITLE: Record<string, string> = {
  mister: "mr",
  brother: "br",
  sister: "sr",
  father: "fr",
  doctor: "dr",
  professor: "prof",
  reverend: "rev",
  revd: "rev",
};

function titleKey(title: string): string {
  const key = title.toLowerCase().replace(/\.$/, "");
  return SAME_TITLE[key] ?? key;
}

/**
 * The lead a sentence opening with a first name is about ("Seren completed …"). With a title ("Sister Grace
 * attended …"), only a lead named with that title or with none: "Sister Grace" is not "Mrs Grace Hale".
 */
function firstNameOwner(sentence: string, named: LeadMention[], firstNames?: FirstNames): Owner | undefined {
  if (!firstNames) return undefined;
  const match = FIRST_NAME_SUBJECT.exec(sentence);
  const name = match ? firstNames(match[2]) : undefined;
  if (!name || !match) return undefined;
  const owner = leadInLine(name, named) ?? { name };
  if (match[1]) {
    const written = TITLE_AT_START.exec(owner.name ?? name);
    if (written && titleKey(written[1]) !== titleKey(match[1])) return undefined;
  }
  return owner;
}

/**
 * A sentence opened by a first name and a verb whose record is "her" or "his" own further on: "Lena moved to us from
 * … and her certificate is written …: <course>, completed <date>". Only a named lead's first name, with no other
 * person's first name between it and the pronoun.
 */
const FIRST_NAME_THEN_POSSESSIVE = new RegExp(
  String.raw`^\s*(${FIRST_NAME_WORD})\s+\p{Ll}[^.;:]*?\b(?:her|his|their)\s+(?:[\p{L}-]+\s+){0,3}?(?:certificates?|certification|training|course|record)\b`,
  "u",
);
const POSSESSIVE_PRONOUN_QUICK = /\b(?:her|his|their)\s/;

function firstNameWithPronounOwner(
  sentence: string,
  named: LeadMention[],
  firstNames?: FirstNames,
): Owner | undefined {
  if (!firstNames || !POSSESSIVE_PRONOUN_QUICK.test(sentence)) return undefined;
  const match = FIRST_NAME_THEN_POSSESSIVE.exec(sentence);
  const name = match ? firstNames(match[1]) : undefined;
  if (!name || !match) return undefined;
  const owner = leadInLine(name, named);
  if (!owner?.role) return undefined;
  // "Lena asked Kofi to send his certificate": another person before the pronoun is whose it may be.
  for (const word of match[0].slice(match[1].length).match(/\p{Lu}[\p{Ll}'’-]+/gu) ?? [])
    if (firstNames(word) && firstNames(word) !== name) return undefined;
  return owner;
}

/** Words between a sentence's subject and its verb: "Ines has also completed", "She recently attended". */
const BEFORE_VERB_WORDS =
  /(?:\s+(?:has|have|had|also|then|recently|successfully|already|now|last|most|first|both|subsequently))+\s*$/i;

/**
 * The person of the name line a paragraph sits right under ("**Mr Tomasz Brandt**" / "Tomasz attended …") when a
 * sentence's subject (the words before its verb) is their first name, surname, title and surname, full name, or a
 * pronoun ("He", "She", "They"); undefined for any other subject or with no name line above.
 */
function underNameSubject(
  subject: string,
  under: Owner | undefined,
  between: () => string = () => "",
): Owner | undefined {
  if (!under?.name) return undefined;
  const words = subject.replace(BEFORE_VERB_WORDS, "").trim();
  // The text between is read only for a pronoun (a paragraph of many sentences would read its start again for each).
  if (/^(?:he|she|they)$/i.test(words)) return pronounFits(words, under.name, between()) ? under : undefined;
  if (!/^\p{Lu}/u.test(words) || wordCount(words) > 4) return undefined;
  const key = nameKey(words);
  const own = nameKey(under.name).split(" ");
  if (key === own.join(" ")) return under;
  return own.length >= 2 && !key.includes(" ") && key.length > 1 && (key === own[0] || key === own.at(-1))
    ? under
    : undefined;
}

/** A person named by title ("Mr Tom Reed", "Mrs Reed"): someone a pronoun after them may stand for. */
const TITLED_PERSON = new RegExp(
  `\\b(?:${TITLE_PATTERN})\\.?\\s+((?:\\p{Lu}[\\p{L}'’-]+\\s+)*\\p{Lu}[\\p{L}'’-]+)`,
  "gu",
);

/**
 * Whether "He", "She" or "They" can be the person of the name line: no other person named between the name line and
 * the sentence ("Her deputy, Mr Tom Reed, started in 2020. He completed …" is Tom's), and a pronoun that fits the
 * title (Mr for "he"; Mrs, Ms or Miss for "she"; "they", or no such title, for anyone).
 */
function pronounFits(pronoun: string, name: string, between: string): boolean {
  const own = nameKey(name).split(" ");
  for (const m of allMatches(TITLED_PERSON, between)) {
    if (
      !nameKey(m[1])
        .split(" ")
        .every((w) => own.includes(w))
    )
      return false;
  }
  return titleFits(pronoun, name);
}

/** The title a name opens with, as one key ("Mister" is "mr"), or "" for none. */
function titleOf(name: string): string {
  const title = TITLE_AT_START.exec(name);
  return title ? titleKey(title[1]) : "";
}

/** Whether a name's title lets "He", "She" or "They" stand for it: Mr not "she"; Mrs, Ms or Miss not "he". */
function titleFits(pronoun: string, name: string): boolean {
  const key = titleOf(name);
  if (/^he$/i.test(pronoun)) return !["mrs", "ms", "miss"].includes(key);
  if (/^she$/i.test(pronoun)) return key !== "mr";
  return true;
}

/** Whether a name's title says "He" or "She" is the person's: Mr for "he"; Mrs, Ms or Miss for "she". */
function titleSays(pronoun: string, name: string): boolean {
  const key = titleOf(name);
  return /^he$/i.test(pronoun) ? key === "mr" : /^she$/i.test(pronoun) && ["mrs", "ms", "miss"].includes(key);
}

/**
 * A name line run into the sentence under it that opens with the person's first name: "Ms Orla Reyes Orla" → "Ms
 * Orla Reyes" (three words of name at least before the first name again); any other name as it is.
 */
function withoutFirstNameAgain(name: string): string {
  const words = name.split(/\s+/);
  const given = words.findIndex((w) => !NAME_TITLE.test(w));
  return words.length - given >= 3 && given >= 0 && words.at(-1) === words[given]
    ? words.slice(0, -1).join(" ")
    : name;
}

/** The person of the name line above, when a line's record opens with them as its subject ("Orla has attended …"). */
function underNameLine(words: string, under: Owner | undefined): Owner | undefined {
  const verb = under ? (RECORD_VERB.exec(words) ?? HELD_VERB.exec(words)) : null;
  return verb ? underNameSubject(words.slice(0, verb.index), under) : undefined;
}

/** Two or more first names as a sentence's subject: "Ffion and Gethin completed", "Ffion, Gethin & Nia have attended". */
const FIRST_NAMES_SUBJECT =
  /^\s*(\p{Lu}[\p{Ll}'’-]+(?:\s*,\s*\p{Lu}[\p{Ll}'’-]+)*)\s+(?:and|&)\s+(\p{Lu}[\p{Ll}'’-]+)\s+(?:(?:have|had|both|each|also|then|recently|successfully|all)\s+){0,2}(?:completed|attended|passed|achieved|undertook|undertaken|refreshed|renewed|updated|hold|gained)\b/u;

/**
 * Who each first name of a subject "A and B" stands for (see firstNameResolver): every one of them a different person
 * named in full, or undefined — nobody is credited when one of the names is nobody's, or two people's.
 */
function firstNamesOwners(
  sentence: string,
  named: LeadMention[],
  firstNames?: FirstNames,
): Owner[] | undefined {
  if (!firstNames) return undefined;
  const match = FIRST_NAMES_SUBJECT.exec(sentence);
  if (!match) return undefined;
  const owners: Owner[] = [];
  for (const first of [...match[1].split(/\s*,\s*/), match[2]]) {
    const name = firstNames(first);
    if (!name) return undefined;
    const owner = leadInLine(name, named) ?? { name };
    if (owners.some((o) => sameName(nameKey(o.name ?? ""), nameKey(owner.name ?? "")))) return undefined;
    owners.push(owner);
  }
  return owners;
}

function leadInLine(words: string, named: LeadMention[]): Owner | undefined {
  const lead = leadInText(words, named);
  return lead ? { name: lead.name, role: lead.role } : undefined;
}

// ---------------------------------------------------------------------------
// Which course a line records
// ---------------------------------------------------------------------------

/**
 * Designated-lead training by any of its names: "Level 3 DSL training", "Designated Lead training", "Lead
 * Practitioner", Wales's "DSP" (Designated Safeguarding Person) training, and Ireland's "DLP" (Designated Liaison
 * Person) course, the "DSO" (Designated Safeguarding Officer) course ("DSO refresher: 03/2023"), and Scottish
 * sport's "Child Wellbeing and Protection Officer" (or "Lead") course. In Welsh the
 * Designated Safeguarding Person is the "Person Diogelu Dynodedig".
 */
export const DSL_COURSE =
  /\b(?:person\s+diogelu\s+dynodedig|designated\s+(?:safeguard(?:ing)?\s+|liaison\s+)?(?:lead|leader|person|officer|practitioner|teacher|staff)s?|D?DS[LPO]s?|DLPs?|lead\s+(?:safeguarding\s+)?practitioner|level\s*3|advanced\s+(?:safeguarding|child\s+protection)|safeguarding\s+leads|safeguarding\s+(?:lead|officer|co-?ordinator)s?|child\s+protection\s+(?:lead|officer|co-?ordinator)s?|(?:child\s+)?wellbeing\s+(?:(?:and|&)\s+)?protection\s+(?:lead|officer)|welfare\s+officer|named\s+person)\b/i;

/**
 * Wales's National Safeguarding Training, Learning and Development Standards name their courses by group: A for
 * everyone, B for those who work with children, C (and D to F above it) for those with a lead or designated role,
 * such as a Designated Safeguarding Person. "Group C" is not the same course as "Group A", whatever else the two
 * names share ("Safeguarding Training Group C" / "Safeguarding Training Group A"): it is the designated lead's.
 */
const WELSH_LEAD_GROUP = /\b(?:[Gg]r(?:ou|ŵ)p|GROUP)\s+[C-F]\b/u;
/** A course named by a Welsh lead group in a safeguarding course's name: "Safeguarding Group C", "(Group C)". */
function welshLeadGroup(words: string): boolean {
  return (
    WELSH_LEAD_GROUP.test(words) &&
    (/\b(?:safeguarding|diogelu|child\s+protection)\b/i.test(words) ||
      /(?:^\s*|\(\s*|[–—-]\s+)gr(?:ou|ŵ)p\s/iu.test(words))
  );
}

/**
 * A course named only by its Welsh lead group, with no designated lead's words ("Safeguarding Training Group C"):
 * the standards refresh it over three years, not the two of a designated lead's course (KCSIE), so it keeps the
 * validity of other courses. "Designated Safeguarding Person training (Group C)" or "Group C (DSP)" is a designated
 * lead's course.
 */
export function welshLeadGroupOnly(course: string): boolean {
  const words = plain(course);
  return welshLeadGroup(words) && !DSL_COURSE.test(words);
}

const TOPICS: Array<[string, RegExp]> = [
  ["prevent", /\bprevent\b|\bradicali[sz]ation\b/i],
  ["fgm", /\bFGM\b|\bfemale\s+genital/i],
  ["online safety", /\bonline\s+safety\b|\be-?safety\b/i],
  ["safer recruitment", /\bsafer\s+recruitment\b/i],
  ["first aid", /\bfirst\s+aid\b/i],
  ["thresholds", /\bthresholds?\b/i],
  ["working together", /\bworking\s+together\b/i],
  ["exploitation", /\bexploitation\b|\bC[SC]E\b/i],
  ["domestic abuse", /\bdomestic\s+(?:abuse|violence)\b/i],
  ["allegations", /\ballegations?\b|\bLADO\b/i],
  ["mental health", /\bmental\s+health\b/i],
  // The churches' Leadership Pathway (for parish safeguarding officers, clergy, other leads): a course above Basic
  // Awareness and Foundations, which do not renew it. "Safeguarding Leadership (C3)", "Leadership modules".
  ["leadership", /\bleadership\s+(?:pathway|modules?|course)\b|\bsafeguarding\s+leadership\b/i],
];

/**
 * Two courses named together, sharing "Safeguarding", the second a lead's: "Safeguarding Foundation and Coordinator
 * course" is the Foundation course and the Safeguarding Coordinator course, a designated lead's.
 */
const JOINED_LEAD_COURSE = /\bsafeguarding\s+[\p{L}-]+\s+(?:and|&)\s+(?:lead|officer|co-?ordinator)\b/iu;

/**
 * Another subject joined to safeguarding: "Disability and safeguarding", "Communication disability and
 * safeguarding" — not safeguarding's own words ("Child protection and safeguarding", "Awareness and safeguarding").
 */
const SUBJECT_AND_SAFEGUARDING =
  /\b(?!(?:child|children|protection|welfare|wellbeing|well-being|awareness|basic|general|introductory|people|persons?|adults?|and|in|of|for|the)\b)(\p{L}[\p{L}-]{2,})\s+(?:and|&)\s+safeguarding\b/iu;

/** A designated lead's role, as the one who gives a course: "the co-DSLs", "our DSL and deputy DSL", "the DSL". */
const LEAD_AS_GIVER_ROLE = String.raw`(?:co-?\s?|joint\s+|deputy\s+)?(?:designated\s+safeguarding\s+(?:leads?|officers?|persons?)|D?DS[LPO]s?|safeguarding\s+(?:leads?|officers?))`;
/**
 * Who gave a course, when that is the designated lead: "led by the co-DSLs", "delivered by our DSL", "run by the
 * Designated Safeguarding Lead", "given by the DSL and deputy DSL", "Induction (day one, with the DSL)" — the lead's
 * course for the team, not the lead's own course. The role ends the words (or a comma, a bracket or "on …" follows):
 * "led by the DSL network" is not.
 */
const GIVEN_BY_LEAD = new RegExp(
  String.raw`\b(?:(?:led|delivered|run|given|presented|facilitated|taught|hosted)\s+by|with)\s+(?:the\s+|our\s+|a\s+|one\s+of\s+(?:the|our)\s+)?${LEAD_AS_GIVER_ROLE}(?:\s*(?:and|&|\/)\s*(?:the\s+|our\s+)?${LEAD_AS_GIVER_ROLE})?(?=\s*$|\s*[,;:.()\[\]–—]|\s+(?:on|in|at|during|for|with|to)\b)`,
  "i",
);

/**
 * England's designated teacher for looked-after children by any of its names, a statutory role of its own (Children
 * and Young Persons Act 2008 s.20), not a safeguarding lead: "Designated Teacher for Looked After Children",
 * "Designated Teacher (LAC)", "Designated Teacher for CLA", "Designated Teacher for Children in Care", "Designated
 * Teacher (Virtual School)". Its course is no designated lead's. A bare "Designated Teacher" (Northern Ireland's lead)
 * and "Designated Teacher for Child Protection" stay the lead's.
 */
const CARE_DESIGNATED_TEACHER =
  /\bdesignated\s+teachers?\b(?=\s+(?:for|of)\s+(?:the\s+)?(?:previously\s+)?(?:looked|children\s+(?:in|looked)\s|care\b|LAC\b|CLA\b)|\s*\(\s*(?:LAC|CLA|looked|virtual\s+school|children\s+in\s+care)\b)/gi;

/**
 * What a course is, so that one person's records of the same course are compared with each other (and a table
 * and the body repeating a record count once): "dsl" for designated-lead training under any name, "dsl update"
 * for its updates, a topic ("prevent", "safer recruitment", the churches' "leadership" pathway), "safeguarding" for
 * general safeguarding or child protection courses ("Child Protection Awareness", "Child Protection Refresher"), else
 * the course's own words.
 */
export function courseKind(course: string): string {
  const words = plain(course).replace(GIVEN_BY_LEAD, " ").replace(COURSE_NOT_A_LEAD, " ");
  const leadWords = words.replace(CARE_DESIGNATED_TEACHER, " ");
  if (DSL_COURSE.test(leadWords) || JOINED_LEAD_COURSE.test(words) || welshLeadGroup(words))
    return /\bupdate\b/i.test(words) ? "dsl update" : "dsl";
  for (const [kind, pattern] of TOPICS) if (pattern.test(words)) return kind;
  // "Communication disability and safeguarding (webinar)": safeguarding in another subject, a topic of its own that
  // renews no general course ("Safeguarding Children Level 2").
  if (words.includes(" safeguarding") && SUBJECT_AND_SAFEGUARDING.test(words))
    return `${SUBJECT_AND_SAFEGUARDING.exec(words)?.[1]?.toLowerCase()} and safeguarding`;
  if (/\b(?:safeguarding|child\s+protection)\b/i.test(words) || words.trim() === "") return "safeguarding";
  return words
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * An induction, the course a person does once on joining: "Induction", "Induction (day one, with the DSL)",
 * "Volunteer induction". Its date is when they joined, not a record that runs out. One whose words name safeguarding
 * or a lead's course ("Safeguarding induction", "DSL induction") is that course, renewed as it is; a lead giving it
 * ("with the DSL", "led by the DSL") does not make it so. Nor is one whose words name its renewal ("Induction and
 * refresher", "Annual induction"), nor any induction where the policy gives inductions a cycle (`renewed`, from
 * inductionRenewed).
 */
export function joiningInduction(course: string, renewed = false): boolean {
  const words = plain(course).replace(GIVEN_BY_LEAD, " ");
  return (
    !renewed &&
    /\binduction\b/i.test(words) &&
    !/\b(?:refresher|refresh|update|updates|renew\w*|annual(?:ly)?|yearly)\b/i.test(words) &&
    !namesSafeguarding(words)
  );
}

/**
 * An induction the policy says is repeated on a cycle: "All volunteers repeat their induction every year", "The
 * volunteer induction is renewed every two years". Only a renewal said of the induction itself, in its clause, and
 * only people doing it again: "updates the induction programme each year", "the induction is updated whenever
 * guidance changes" say the programme's content changes, not that those inducted repeat it.
 */
const INDUCTION_CYCLE = [
  /\b(?:repeat|renew|refresh|redo|retake)(?:s|ed|ing)?\s+(?:(?:their|the|its|his|her|our|your|an?|this)\s+)?(?:[\w-]+\s+){0,2}?induction\b(?:\s+(?:training|course|session|programme|program))?(?:\s+and\s+(?:refresher|update)(?:\s+(?:training|course|session))?)?\s+(?:every|each|once\s+a|annually|yearly)\b/i,
  /\binduction\b(?:\s+(?:training|course|session|programme|program))?\s+(?:is|are|must\s+be|should\s+be|will\s+be|to\s+be)\s+(?:renewed|refreshed|repeated|retaken|redone)\b/i,
];

/** Whether the policy gives its induction a renewal cycle (see INDUCTION_CYCLE). */
export function inductionRenewed(text: string): boolean {
  // Emphasis marks taken out ("repeat their **induction** every year"); the whole text, so not through plain's cache.
  const words = text.replace(/[*_]+/g, "");
  return INDUCTION_CYCLE.some((pattern) => pattern.test(words));
}

/**
 * Whether a course's words name safeguarding itself: a designated lead's course, a topic of safeguarding (Prevent,
 * FGM …), "safeguarding" or "child protection", a level, a safeguarding course known by its name or its provider's. A record
 * dated by a year alone is lapsed training only for such a course: "Homework Club Induction – 2018" or "Paired
 * Reading Awareness – 2019" under a person's name may be any course they did that year.
 */
const CHILDREN_PROTECTED =
  /\b(?:child(?:ren)?|young\s+people)(?:['’]?s)?\s+protection\b|\bprotection\s+of\s+(?:the\s+)?(?:child(?:ren)?|young\s+people)\b(?!\s+act\b)/i;

export function namesSafeguarding(course: string): boolean {
  const words = plain(course);
  return (
    courseKind(words) !==
      words
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, " ")
        .trim() ||
    SAFEGUARDING_SUBJECT.test(words) ||
    // "Protection of Children refresher", "Young People's Protection": children's protection in other words.
    CHILDREN_PROTECTED.test(words) ||
    // "Mr Fintan completed Level 1 in 2018": a policy's levels are safeguarding's (another subject's level,
    // "Makaton Level 1", is no record at all: otherSubject).
    /\blevel\s*[1-4]\b/i.test(words) ||
    SAFEGUARDING_COURSE_NAME.test(words) ||
    SAFEGUARDING_PROVIDER.test(words)
  );
}

/** A time with no date ending a course's words: "in the spring", "last year", "earlier this term", "recently". */
const VAGUE_TIME_AT_END =
  /\s+(?:(?:in|during)\s+the\s+(?:spring|summer|autumn|fall|winter)(?:\s+term)?|(?:last|this|earlier\s+this)\s+(?:year|term|month|spring|summer|autumn|winter)|recently)\s*$/i;

/**
 * How a finding names the course on a line: as written when it already says what it is ("Level 3 DSL training
 * (Hollowmere SCP)", "Child Protection Refresher"), with "training" added otherwise ("Prevent" → "Prevent
 * training"), or "the training on this line" when the line is a sentence.
 */
export function courseLabel(written: string): string {
  // "Level 3 DSL training on the" (third of March 2024): the words that led to the date are not the course's; nor
  // are a time of year with no date ("training in the spring", "course last year"), or a bracket the date was
  // taken from ("Level 3 (refreshed 2022)" → "Level 3").
  const course = written
    .replace(
      /\(\s*(?:(?:last\s+)?(?:refreshed|renewed|updated|completed|attended|passed|taken|done)(?:\s+(?:on|in))?)?\s*\)/gi,
      "",
    )
    .replace(VAGUE_TIME_AT_END, "")
    .replace(/\s+(?:on|in|at|during)(?:\s+the)?\s*$/i, "")
    // "Dev and Sally completed the course together in March 2022": how they did it, not the course's name.
    .replace(/\s+(?:together|jointly)\s*$/i, "")
    // "… Lead (Hollowmere Council) – Tue 9 Jul 2024": the weekday of the date, and the dash before it.
    // A dash, a comma or "on" before it: "Safe in the Sun" ends in a word.
    .replace(
      /(?:\s*(?:--|[–—,-])\s*|\s+on\s+)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu|thurs?|fri|sat|sun)\.?,?\s*$/i,
      "",
    )
    // "Gareth Osei (session leader) – Safeguarding Awareness": the person's role in brackets, then a dash.
    .replace(/^\s*\([^()]{1,40}\)\s*(?:--|[–—:-])\s+/, "")
    .replace(/\s{2,}/g, " ")
    .trim();
  // "| Name | Role | Trained | Refresher due |": a column headed "Trained" names no course, only that it was done.
  if (/^(?:safeguarding\s+)?trained\s*\??$/i.test(course)) return "safeguarding training";
  const words = course.split(/\s+/).filter(Boolean);
  const sentence =
    /\b(?:was|were|is|are|has|have|had|held|attended|completed|took|takes|last|every|all)\b/i.test(course);
  if (words.length === 0 || words.length > 12 || sentence) return "the training on this line";
  // "Level 3" alone names a level, not a course: "Level 3 training".
  return /\b(?:training|course|update|refresher|induction|workshop|e-?learning|module|certificate|qualification|award)\b/i.test(
    course,
  )
    ? course
    : `${course} training`;
}
