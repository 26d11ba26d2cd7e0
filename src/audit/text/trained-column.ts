/**
 * A leads' table with a column saying whether each person is trained: "| Role | Name | Phone | Trained |" over
 * "| Club Welfare Officer | Mr A Bell | … | Yes (2022) |" and "| Deputy | Ms C Dean | … | No (booked for 14 January
 * 2027) |". "Yes" with a date or a year is a record done then; "No", whatever follows it (a booking, a plan), is no
 * record. "Yes" with no date says nothing that can be checked, and is left alone.
 */
import { type DateMatch, findDates } from "./dates.js";
import { findLeadMentions, type LeadMention, nameKey } from "./leads.js";
import { type Cell, plain, type Table } from "./lines.js";
import { jobNotPerson, looksLikePerson } from "./people.js";
import { between } from "./sorted-search.js";
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

/** A cell of a name alone: two to four capitalised words ("Aoife Ryan", "Mrs J. Okafor-Lee"). */
const NAME_CELL = /^\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** A cell that is a "Trained:" record alone: "Trained: Jun 2023", "Trained – 11/2025" (its date after the label). */
const TRAINED_CELL = /^trained\s*[:–—-]\s*/i;

/**
 * A box of people by column, as a poster or a contacts card sets them out: a header row of roles over a row of names
 * ("| Designated Officer | Deputy Designated Officer |" over "| **Aoife Ryan** | **Cathal Lee** |"), then rows of
 * their details, one a "Trained: Jun 2023" cell in each column. The cell is the record of the column's person: the
 * one lead (of `leads`, the reading that named the column's people) whose name is in a cell above it in that column
 * (columnPeople).
 * A column that holds two people's names, or none, gives its cell to no one; a cell with more than the label and
 * its date (a course, a second date) is left to the other readers.
 */
export function roleColumnRecords(table: Table, leads: () => readonly LeadMention[]): TrainingLine[] {
  const found: TrainingLine[] = [];
  const columnPerson = columnPeople(table, leads);
  for (const [r, row] of table.rows.entries())
    for (const [c, cell] of row.cells.entries()) {
      // A cheap test first: most cells are no "Trained:" record.
      if (!/^[*_\s]*trained/i.test(cell.text)) continue;
      const words = plain(cell.text).trim();
      const label = TRAINED_CELL.exec(words);
      if (!label) continue;
      const date = findDates(cell.text, cell.offset)[0];
      if (
        !date ||
        plain(date.text).trim() !==
          words
            .slice(label[0].length)
            .replace(/[.;,]$/, "")
            .trim()
      )
        continue;
      const person = columnPerson(r, c);
      if (!person) continue;
      found.push({
        offset: cell.offset,
        endOffset: cell.endOffset,
        course: "",
        date,
        datePlaceholder: false,
        noneRecorded: false,
        leadName: person.name,
        leadRole: person.role,
      });
    }
  return found;
}

/**
 * The one lead (of `leads`) named in a cell above row `r`'s cell `c` in its column (the header's included), in a box of
 * people by column; undefined when the column names two people above that row, or none. Made once per table: the
 * returned function answers each cell from a running count of each column's people, and the last person before each
 * line, worked out in one pass: each cell is then a binary search, so a box of many thousand rows is read in time
 * little more than in proportion to its cells.
 * A column that lists several people, each over lines of their own ("Deputy DSLs" over "Mrs A. Lee (Head of Year
 * 9)", "Last DSL training: 03/2025", "Mr B. Cole (SENCo)", "Last DSL training: 06/2024"), gives a line to the name
 * nearest above it (issue 11: a person's lines run until the next name), though the lead reader named only the
 * first of them: `at`, the offset in the cell where the line starts, places a line inside a cell that holds more
 * than one person's (cellPieces).
 */
export function columnPeople(
  table: Table,
  leads: () => readonly LeadMention[],
): (r: number, c: number, at?: number) => LeadMention | undefined {
  let answer: ((r: number, c: number, at?: number) => LeadMention | undefined) | undefined;
  return (r, c, at) => {
    answer ??= columnIndex(table, leads());
    return answer(r, c, at);
  };
}

/** The titles a school's or an office's list of staff writes (not "Lady", "Canon", "Sister": words of places too). */
const STAFF_TITLE = "(?:Mrs|Miss|Mr|Ms|Mx|Dr|Prof|Revd|Rev)";
/**
 * A person's name opening a cell or a piece of one, a title first: "Mr L. Faraday", "Mrs Olivia Steyn-Hart". The
 * surname is one run of letters with a lower-case one in it (a look ahead, not two runs side by side: split every way
 * across a long word, that took time in the square of its length).
 */
const TITLED_NAME = new RegExp(
  String.raw`^${STAFF_TITLE}\.?[ \t]+(?:(?:\p{Lu}\.[ \t]*){1,3}|(?:\p{Lu}\p{Ll}[\p{L}'’]*[ \t]+){1,2})?\p{Lu}(?=[\p{L}'’]*\p{Ll})[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*(?=\s*$|[ \t]*[(,]|\s{2,}|\n)`,
  "u",
);
/** The job in brackets after a name: " (SENCo)", " (Pastoral Manager, KS3)". */
const JOB_BRACKET = /^[ \t]*\([^()\n]{0,80}\)/;
/** Where a cell runs a second person's lines on after a record's date: "… 06/2024 Ms J. Winterbourne (…) …". */
const NEXT_TITLED = new RegExp(String.raw`\d[ \t\n]*(?=${STAFF_TITLE}\.?[ \t]+\p{Lu})`, "gu");

/** A piece of a cell: the person whose name opens it (and the job after), and the words after them. */
export interface CellPiece {
  person?: { name: string; offset: number; endOffset: number };
  /** The words after the person (or the whole piece when no name opens it); undefined when nothing follows. */
  rest?: Cell;
}

/**
 * A cell read as the lines of a people's box: a name opening it ("Mr L. Faraday (SENCo)"), and a second person's
 * name and lines run on after a record's date, where a PDF's reader or a Word cell's line breaks put two people in
 * one cell ("Last DSL training: 06/2024 Ms J. Winterbourne (Pastoral Manager, KS3) Last DSL training: 12/01/2026").
 * Only a titled name counts after the first piece; a name alone in its cell may be untitled when the tagger calls it a
 * person.
 */
export function cellPieces(cell: Cell): CellPiece[] {
  const starts = [0];
  if (/\d/.test(cell.text))
    for (const m of cell.text.matchAll(NEXT_TITLED)) {
      const at = (m.index ?? 0) + m[0].length;
      if (at > 0 && at < cell.text.length) starts.push(at);
    }
  const pieces: CellPiece[] = [];
  for (const [k, start] of starts.entries()) {
    const text = cell.text.slice(start, starts[k + 1] ?? cell.text.length);
    const lead = text.length - text.trimStart().length;
    const words = text.trim();
    if (words === "") continue;
    const base = cell.offset + start + lead;
    const piece = (rest: string, at: number): Cell | undefined => {
      const value = rest.trim();
      if (value === "") return undefined;
      const from = at + rest.length - rest.trimStart().length;
      return { text: value, offset: from, endOffset: from + value.length };
    };
    const titled = TITLED_NAME.exec(words);
    const bare = words.replace(/\s*\([^()]*\)\s*$/, "");
    const untitled =
      !titled &&
      k === 0 &&
      starts.length === 1 &&
      NAME_CELL.test(bare) &&
      !jobNotPerson(bare) &&
      looksLikePerson(bare);
    if (titled || untitled) {
      const name = titled ? titled[0] : bare;
      const job = JOB_BRACKET.exec(words.slice(name.length))?.[0] ?? "";
      const end = name.length + job.length;
      pieces.push({
        person: { name: name.replace(/\s+/g, " "), offset: base, endOffset: base + name.length },
        rest: piece(words.slice(end), base + end),
      });
    } else pieces.push({ rest: piece(words, base) });
  }
  return pieces;
}

/** A column's state above each row: how many people its cells name, its first lead (by `leads` order), its name cells. */
interface ColumnAbove {
  people: Int32Array;
  first: Int32Array;
  nameCells: Int32Array;
}

/** A person or a line of details in a column of a people's box, in reading order (cellPieces). */
interface ColumnItem {
  row: number;
  at: number;
  person?: { name: string; offset: number; endOffset: number };
}

/** A column's items, and after each: how many people stood so far, and whether two names stood together. */
interface ColumnItems {
  list: ColumnItem[];
  people: number[];
  together: boolean[];
  /** For each item, the index of the last person at or before it in the list (-1 for none). */
  lastPerson: number[];
}

function columnIndex(
  table: Table,
  leads: readonly LeadMention[],
): (r: number, c: number, at?: number) => LeadMention | undefined {
  // The leads that can be a column's person, by where their name stands (each cell finds its own by a binary search).
  const named = leads
    .map((m, index) => ({ m, index, at: m.nameOffset ?? -1 }))
    .filter(({ m }) => m.name && !m.team && !m.former && m.nameOffset !== undefined)
    .sort((a, b) => a.at - b.at);
  const inRange = (offset: number, endOffset: number) => between(named, (n) => n.at, offset, endOffset);
  const inCell = (cell: Cell) => inRange(cell.offset, cell.endOffset);
  // A job under the name ("Senior Tutor") is no second person.
  const nameCell = (x: Cell) => {
    const words = plain(x.text).trim();
    return NAME_CELL.test(words) && !jobNotPerson(words);
  };
  const columns = new Map<number, ColumnAbove>();
  const column = (c: number): ColumnAbove => {
    let done = columns.get(c);
    if (done) return done;
    const n = table.rows.length;
    done = { people: new Int32Array(n + 1), first: new Int32Array(n + 1), nameCells: new Int32Array(n + 1) };
    const keys = new Set<string>();
    let first = -1;
    let nameCells = 0;
    const take = (cell: Cell | undefined) => {
      if (!cell) return;
      for (const { m, index } of inCell(cell)) {
        keys.add(nameKey(m.name ?? ""));
        if (first < 0 || index < first) first = index;
      }
    };
    take(table.headerCells[c]);
    for (let r = 0; r <= n; r++) {
      done.people[r] = keys.size;
      done.first[r] = first;
      done.nameCells[r] = nameCells;
      if (r === n) break;
      const cell = table.rows[r].cells[c];
      take(cell);
      if (cell && nameCell(cell)) nameCells++;
    }
    columns.set(c, done);
    return done;
  };
  // Each column's people and lines in reading order, with what stands above each (worked out once per column, when
  // a cell asks): the nearest person (the index of the last one), how many people, and whether two names stood
  // together with no line between.
  const items = new Map<number, ColumnItems>();
  const itemsOf = (c: number): ColumnItems => {
    let done = items.get(c);
    if (done) return done;
    done = { list: [], people: [], together: [], lastPerson: [] };
    let people = 0;
    let together = false;
    let lastPerson = -1;
    for (const [r, row] of table.rows.entries()) {
      const cell = row.cells[c];
      if (!cell || cell.text.trim() === "") continue;
      const add = (item: ColumnItem) => {
        if (item.person) {
          if (done?.list.at(-1)?.person) together = true;
          people++;
          lastPerson = done?.list.length ?? -1;
        }
        done?.list.push(item);
        done?.people.push(people);
        done?.together.push(together);
        done?.lastPerson.push(lastPerson);
      };
      for (const piece of cellPieces(cell)) {
        if (piece.person) add({ row: r, at: piece.person.offset, person: piece.person });
        // Words after a name that are more than a job (a phone, a course and its date) are the person's lines.
        if (piece.rest && (!piece.person || /\d/.test(piece.rest.text)))
          add({ row: r, at: piece.rest.offset });
      }
    }
    items.set(c, done);
    return done;
  };
  // The person nearest above, in a column that lists two or more people each over lines of their own; null when
  // two names stand together with no line between (whose the lines are is not plain); undefined for a column of
  // fewer than two people, which the count of its leads answers.
  const nearest = (r: number, c: number, at: number): ColumnItem | null | undefined => {
    const { list, people, together, lastPerson } = itemsOf(c);
    // How many items stand before (row r, offset at): a binary search over the reading order.
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].row < r || (list[mid].row === r && list[mid].at < at)) lo = mid + 1;
      else hi = mid;
    }
    if (lo === 0 || people[lo - 1] < 2) return undefined;
    if (together[lo - 1]) return null;
    const k = lastPerson[lo - 1];
    return k >= 0 ? list[k] : undefined;
  };
  return (r, c, at) => {
    const above = column(c);
    const cell = table.rows[r]?.cells[c];
    const near = cell ? nearest(r, c, at ?? cell.offset) : undefined;
    if (near === null) return undefined;
    if (near?.person) {
      const { person } = near;
      // The lead reader's mention of the person, else the person in the role of the column's lead.
      const own = inRange(person.offset, person.endOffset)[0]?.m;
      if (own) return own;
      const lead = above.first[r] >= 0 ? leads[above.first[r]] : undefined;
      return lead
        ? {
            ...lead,
            name: person.name,
            names: [person.name],
            nameOffset: person.offset,
            nameEndOffset: person.endOffset,
          }
        : undefined;
    }
    // Two cells of names in the column ("Designated Officers" over two people, one of them no lead the reading
    // named): the record is not plainly one person's.
    if (above.people[r] !== 1 || above.nameCells[r] > 1) return undefined;
    return leads[above.first[r]];
  };
}

/**
 * A key facts box's row label for a role's training: "Lead trained", "DSL training", "Deputy trained", "Deputy DSL
 * training", "Designated lead – last trained". The deputy's when it opens with "Deputy" (or "DDSL").
 */
const ROLE_TRAINED_LABEL =
  /^(?:(?<deputy>deputy(?:\s+(?:dsl|lead|designated\s+(?:safeguarding\s+)?lead))?|ddsl)|dsl|(?:designated\s+(?:safeguarding\s+)?)?lead)(?:\s*[–—-]\s*|\s+)(?:last\s+)?(?:trained|training)(?:\s+(?:date|on|completed))?\s*:?$/i;
/** A value that says the role's holder has no training yet: "not yet", "none", "no", "not trained", a booking. */
const NOT_YET = /^(?:not\s+yet|none|no|not\s+trained|untrained)[\s.;,!]*$/i;
/** A booking or a wait with no course done: "booked for 14/01/2027", "awaiting a place" (not "… (last trained …)"). */
const BOOKING_ONLY = /^(?:booked|to\s+be\s+(?:booked|arranged)|awaiting|waiting)\b/i;
/** Words of a course done before a date inside a longer value: "(course completed 14/10/2026)", "last trained 02/2025". */
const DONE_BEFORE =
  /\b(?:completed|trained|done|attended|passed|certificated)(?:[^\S\n]+(?:on|in))?[^\S\n]*(?::[^\S\n]*)?$/i;
/**
 * Words of the date a course runs until: "no refresher needed until 03/2027", "expires 04/2027", "renewal due",
 * "refresher due". A bare "due" ("Training due 01/2027", "due by 02/2027") is when a course is to be done, not when
 * one done runs out: no record.
 */
const DUE_BEFORE =
  /\b(?:until|expires?|expiry|(?:renewal|refresher)(?:\s+due)?|valid\s+(?:to|until))(?:[^\S\n]+(?:on|in|by))?[^\S\n]*(?::[^\S\n]*)?$/i;
/**
 * A value that opens with a no, whatever follows: "Not yet – due by 03/2027", "No (booked …)", "None yet", "Not
 * trained – DBS check completed 03/2025", "No training yet". Not "no" before other words ("no refresher needed until
 * 03/2027"): that is no answer.
 */
const OPENS_WITH_NO =
  /^(?:not\s+yet\b|not\s+trained\b|untrained\b|none\b|no(?:\s+(?:safeguarding\s+)?training)?(?:\s+yet)?(?=$|[^\S\n]*[(,.;:!–—-]))/i;
/**
 * A vetting check or another subject's course, whose completed date is not the lead's course's, and which may have an
 * expiry of its own: "DBS 01/06/2026", "First aid: 14/07/2026", "Not trained – DBS check completed 03/2025" (also
 * training.ts's, for a "DBS" or "PVG" column whose "Expires" follows it).
 */
export const OTHER_CHECK =
  /\b(?:DBS|CRB|PVG|disclosure|barring|barred|vetting|vetted|police\s+check|access\s*NI|garda|first[\s-]+aid|food\s+hygiene|driving|licen[cs]e|insurance)\b/i;
/** Where a value's clause opens before a date: after the last dash, bracket, comma or semicolon. */
const CLAUSE_BREAK = /[–—;,()]|\s-\s/g;
/** How far before a date its words are read for "completed" / "until" and for the clause they stand in. */
const BEFORE_REACH = 200;
/** A tick for a course done, with no date: "Yes", "Y", "✓", "Done". */
const YES_ONLY = /^(?:yes|y|✓|✔|done|trained|completed)[\s.!]*$/i;

/**
 * A key facts box: a table of two cells a row, each a label and its value ("| Designated lead | Priya … |", "| Lead
 * trained | 12/03/2024 |", "| Deputy trained | not yet |", "| Review by | … |"). A row labelled with a role's training
 * (ROLE_TRAINED_LABEL) is the record of that role's one named holder (of `holders`: the document's leads) of the
 * lead's course: a date alone is a course done then; "not yet", "none" or a booking alone is no record; in a longer
 * value, the date after "completed" / "trained" (else after "until" / "expires", a date it runs to); "Yes" alone an
 * undated record. Two people named for the role, or none, give the row to no one.
 */
export function keyFactsRecords(table: Table, holders: () => readonly LeadMention[]): TrainingLine[] {
  const rows = [{ line: table.header, cells: table.headerCells }, ...table.rows];
  if (rows.some((r) => r.cells.length !== 2)) return [];
  const found: TrainingLine[] = [];
  for (const row of rows) {
    const [label, value] = row.cells;
    const role = ROLE_TRAINED_LABEL.exec(plain(label.text).trim());
    if (!role) continue;
    const kind = role.groups?.deputy ? "deputy" : "dsl";
    const people = new Map<string, string>();
    for (const m of holders())
      if (m.role === kind && m.name && !m.team && !m.former && !m.placeholder)
        people.set(nameKey(m.name), m.name);
    if (people.size !== 1) continue;
    const [name] = people.values();
    const words = plain(value.text).trim();
    const base = {
      offset: row.line.offset,
      endOffset: row.line.endOffset,
      // The lead's course, which the deputy takes too: a key facts box names the role, not the course.
      course: "designated lead training",
      datePlaceholder: false,
      leadName: name,
      leadRole: kind,
    } as const;
    if (
      NOT_YET.test(words) ||
      (BOOKING_ONLY.test(words) && !/\b(?:completed|trained|done|attended|passed)\b/i.test(words))
    ) {
      found.push({ ...base, noneRecorded: true });
      continue;
    }
    const dates = findDates(value.text, value.offset, { shortMonthYear: true });
    // The words just before a date (its clause is shorter than this): a value of thousands of dates is read once.
    const before = (d: (typeof dates)[number]) =>
      value.text.slice(Math.max(0, d.offset - value.offset - BEFORE_REACH), d.offset - value.offset);
    // "Not yet – due by 03/2027", "Not trained – DBS check completed 03/2025": a value that opens with a no is no
    // record, unless it goes on to give the date a course was completed ("not yet Level 3 – Level 2 completed
    // 03/2025"); a vetting check's date is no course's.
    if (OPENS_WITH_NO.test(words)) {
      const done = dates
        .filter((d) => {
          const prefix = before(d);
          if (!DONE_BEFORE.test(prefix)) return false;
          const breaks = [...prefix.matchAll(CLAUSE_BREAK)];
          const last = breaks.at(-1);
          const clause = last ? prefix.slice((last.index ?? 0) + last[0].length) : prefix;
          return !OTHER_CHECK.test(plain(clause));
        })
        .at(-1);
      found.push(done ? { ...base, noneRecorded: false, date: done } : { ...base, noneRecorded: true });
      continue;
    }
    if (dates.length === 1 && plain(dates[0].text).trim() === words.replace(/[.;,]$/, "").trim()) {
      found.push({ ...base, noneRecorded: false, date: dates[0] });
      continue;
    }
    // A longer value: the date a course was done ("awaiting certificate (course completed 14/10/2026)", "booked
    // refresher 01/2027 (last trained 02/2025)"), else the date it runs until ("no refresher needed until 03/2027");
    // a tick with no date is an undated record. Anything else is left to the other readers.
    const done = dates.filter((d) => DONE_BEFORE.test(before(d))).at(-1);
    const due = dates.find((d) => DUE_BEFORE.test(before(d)));
    if (done) found.push({ ...base, noneRecorded: false, date: done });
    else if (due) found.push({ ...base, noneRecorded: false, dueDate: due });
    else if (dates.length === 0 && YES_ONLY.test(words)) found.push({ ...base, noneRecorded: false });
  }
  return found;
}
