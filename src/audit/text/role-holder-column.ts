/**
 * A table's column of a safeguarding role's holders, one a row, beside a column of their training: "| Area | Area
 * Safeguarding Lead | Phone | Designated lead training |" over "| Hollowmere City | Mr Daniel Osei-Crane, Area
 * Manager | … | DSL refresher 09/2025 |" — each row's training is the holder's named in that column.
 */
import { nameKey, SAFEGUARDING_ROLE } from "./leads.js";
import { jobNotPerson, looksLikePerson, occupation } from "./people.js";
import { TITLE_PATTERN } from "./roles.js";

/** A header that names a role's holders: it ends in the holder's word ("… Lead", "… Officer", "DSL"). */
const HOLDER_HEADER_END = /\b(?:leads?|officers?|champions?|dsls?|dsos?|dsps?|designated\s+persons?)$/i;
/** A header about a course or a way to reach someone, not the holder. */
const NOT_HOLDER_HEADER = /\b(?:training|trained|courses?|phone|telephone|email|e-mail|contact|date)\b/i;

/** A titled name: "Ms Rhiannon Tulley", "Dr A. Okafor-Bell". */
const TITLED_NAME = new RegExp(
  String.raw`^(?:${TITLE_PATTERN})\.?\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}$`,
  "u",
);
/** A name without a title: two to four capitalised words ("Imogen Varga", "Kofi Brandauer-Hale"). */
const UNTITLED_NAME = /^\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}$/u;
/** A holder's cell with nobody in the post: "Vacant", "TBC", "To be appointed", "To be recruited", a dash, nothing. */
const VACANT_CELL =
  /^(?:vacant|post\s+(?:vacant|advertised)|(?:currently\s+)?being\s+recruited|recruiting|not\s+yet\s+appointed|tbc|tba|to\s+be\s+(?:appointed|confirmed|recruited)|[-–—]*)$/i;

/**
 * The person a holder's cell names, without the job after a comma or in brackets ("Ms Rhiannon Tulley, Area Manager"
 * → "Ms Rhiannon Tulley"); empty when it names nobody ("Vacant", "All tutors"). `known`: the names the policy gives
 * its people elsewhere, which count as people's names here too ("Imran Tefera").
 */
export function holderName(cell: string, known: readonly string[] = []): string {
  // The words before the first comma, bracket or semicolon (a split on spaces around it would try every space of a long
  // run again, in quadratic time).
  const name = (cell.trim().split(/[,(;]/, 1)[0] ?? "").trimEnd();
  if (TITLED_NAME.test(name)) return name;
  if (!UNTITLED_NAME.test(name)) return "";
  const key = nameKey(name);
  return known.some((k) => nameKey(k) === key) || looksLikePerson(name) ? name : "";
}

/**
 * The column of a table (its header cells in lower case, its rows' cells as plain text) that holds a safeguarding
 * role's holders: headed by the role ("area safeguarding lead"), two or more rows naming a person and the rest
 * vacant. -1 when there is none, or more than one (a DSL's and a deputy's column: which one's training a row gives
 * is not said).
 */
export function roleHolderColumn(
  header: readonly string[],
  rows: readonly (readonly string[])[],
  known: readonly string[] = [],
): number {
  const columns = header.flatMap((header, i) => {
    // "Centre Safeguarding Lead (deputy)": the role's holders, the bracket saying which of the lead's posts they hold.
    const h = header.replace(/\s*\((?:deput(?:y|ies)|deputy\s+leads?|lead)\)$/, "");
    if (!SAFEGUARDING_ROLE.test(h) || !HOLDER_HEADER_END.test(h) || NOT_HOLDER_HEADER.test(h)) return [];
    const cells = rows.map((row) => (row[i] ?? "").trim());
    const names = columnNames(cells, known);
    const named = cells.filter((c) => holderName(c, names) !== "").length;
    return named >= 2 && cells.every((c) => holderName(c, names) !== "" || VACANT_CELL.test(c)) ? [i] : [];
  });
  return columns.length === 1 ? columns[0] : -1;
}

/**
 * The names a role's column gives its holders, with `known`: once two of its cells are people's names by the
 * tagger or the policy ("Jaden Oakes", "Amir Castleton-Hughes"), a cell of the same shape, two or three capitalised
 * words and no job's, names a person too ("Sinead Varga", whom the tagger does not know).
 */
export function columnNames(cells: readonly string[], known: readonly string[] = []): string[] {
  const firsts = cells.map((c) => (c.trim().split(/[,(;]/, 1)[0] ?? "").trimEnd());
  if (firsts.filter((name) => holderName(name, known) !== "").length < 2) return [...known];
  const shaped = firsts.filter(
    (name) =>
      SHAPED_NAME.test(name) &&
      !VACANCY_WORD.test(name) &&
      holderName(name, known) === "" &&
      !jobNotPerson(name) &&
      !occupation(name),
  );
  return [...known, ...shaped];
}

/** A word that makes a cell a post's state, not a person: "Post Advertised", "Not Yet Appointed", "Interim Cover". */
const VACANCY_WORD =
  /\b(?:post|advertised|appointed|appointing|interim|cover|covering|recruit(?:ing|ed|ment)?|vacant|vacancy|pending|awaited|confirmed|tbc|tba|none|nobody|unfilled|currently)\b/i;

/** Two or three capitalised words, each a name's shape (no "and", no digits). */
const SHAPED_NAME =
  /^\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{Lu}\p{Ll}[\p{L}'’]*)?(?:\s+\p{Lu}\p{Ll}[\p{L}'’]*(?:-\p{Lu}\p{Ll}[\p{L}'’]*)?){1,2}$/u;
