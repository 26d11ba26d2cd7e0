/**
 * "Each of us is the designated safeguarding lead for the children on her own register": two people who write "us"
 * (co-childminders, two partners) each hold the lead's role, and the one covers for the other. Who "us" is, the
 * policy says just under the sentence, in its own section: the two people at the head of a table's columns
 * ("| | Ann Lee | Tom Ure |") or on the two lines straight under it ("- Ann Lee – 07700 …" / "- Tom Ure – 07700 …").
 * Exactly two people, each in full; anything else is read as naming no one.
 */
import { isMarkdownHeading, isTableRow, isTableSeparator, type Line, plain, tableCells } from "./lines.js";
import { compared } from "./own-name.js";
import { nameAt } from "./people.js";

/** Just before the lead's role: "Each of us is the", "We are each a", "We each act as the", "Both of us are the". */
export const EACH_OF_US_BEFORE =
  /(?:^|[^\p{L}])(?:[Ee]ach\s+of\s+us\s+is|[Ww]e\s+are\s+each|[Ww]e\s+each\s+(?:are|act\s+as))\s+(?:the|a|our)\s+$/u;

/** How far under the sentence the names may stand: lines, blank ones counted. */
const LINES_UNDER = 6;

export interface Holder {
  name: string;
  offset: number;
}

/**
 * The two people who are "us" for a lead's role after EACH_OF_US_BEFORE on `line`, read under it in its section;
 * undefined unless exactly two are found, each a person in full and not the same.
 */
export function eachOfUsHolders(lines: readonly Line[], line: Line): Holder[] | undefined {
  for (let i = line.index + 1; i < Math.min(lines.length, line.index + 1 + LINES_UNDER); i++) {
    const under = lines[i];
    if (under.text.trim() === "") continue;
    if (isMarkdownHeading(under)) return undefined;
    if (isTableRow(under)) return isTableSeparator(under) ? undefined : columnHeads(under);
    return nameLines(lines, i);
  }
  return undefined;
}

/** A person's whole name, standing alone: "Ann Lee", "Mrs Ann Lee" (not "Ann", not "Ann Lee, Manager"). */
function wholeName(text: string): string | undefined {
  const found = nameAt(text);
  if (!found || found.start !== 0 || found.end !== text.length || !/\s/.test(found.name)) return undefined;
  return found.name;
}

function pair(holders: Holder[]): Holder[] | undefined {
  if (holders.length !== 2) return undefined;
  const key = (h: Holder) => compared(h.name);
  return key(holders[0]) === key(holders[1]) ? undefined : holders;
}

/** A table's header row whose cells are a blank corner and two people: "| | Ann Lee | Tom Ure |". */
function columnHeads(row: Line): Holder[] | undefined {
  const cells = tableCells(row).filter((cell) => plain(cell.text).trim() !== "");
  const holders: Holder[] = [];
  for (const cell of cells) {
    const words = plain(cell.text).trim();
    const name = wholeName(words);
    if (!name) return undefined;
    const at = cell.text.indexOf(name);
    holders.push({ name, offset: cell.offset + Math.max(0, at) });
  }
  return pair(holders);
}

/** Between a name opening its line and the rest: a dash, a colon or a comma. */
const AFTER_NAME = /^\s*(?:[–—-]|:|,)\s*\S/;

/** A line's indent and list marker: "- ", "* ", "• ". */
const LIST_MARKER = /^\s*(?:[-*•]\s+)?/u;

/**
 * Another role or agency after a name on its line: the person is someone to contact ("Local Authority Designated
 * Officer (LADO)", "Early Help Hub", "Police", "NSPCC helpline"), not one of the two who write "us" — they give a
 * job like "childminder" or nothing but their number.
 */
const OTHER_ROLE =
  /\b(?:LADO|officers?|hub|police|constable|helpline|advice\s+line|social\s+(?:care|work|workers?|services)|children'?s\s+services|local\s+authority|council|MASH|early\s+help|NSPCC|Childline|health\s+visitor|duty\s+team)\b/i;

/**
 * A clause that names the writer's own job: "childminder", "registered childminder", "Ofsted-registered childminder
 * since 2015" — not an agency's post or team for childminders ("childminder development officer", "childminder
 * support", "Childminder Agency").
 */
const WRITERS_JOB =
  /\bchild-?minders?\b(?!\s+(?:agenc(?:y|ies)|network|development|advis[eo]rs?|officers?|team|co-?ordinators?|coordinators?|support|services?|association|liaison|forum|lead)\b)/i;

/** Words that make the role or agency after them something said of the writer: "registered with the council". */
const OF_THE_WRITER =
  /\b(?:with|by|for|at|to|from|of|in|runs?|ran|attends?|formerly|previously|once|ex-?)\s+(?:the\s+|a\s+|an\s+|our\s+)?$/i;

/**
 * The clauses of what follows a name, split at a dash, colon, semicolon or comma: "– Early Help Hub – 0300 …". A
 * break starts only where its run of spaces starts (not again from each space of a long run).
 */
const CLAUSE_BREAK = /(?<!\s)\s+[-–—]\s+|(?<!\s)\s*[–—:;,]\s*/u;

/** How far before a role or agency the words that make it the writer's are looked for ("previously a "). */
const WRITER_WORDS_BEFORE = 30;

/** Whether the words just before `at` in `text` make what starts there said of the writer (OF_THE_WRITER). */
function ofTheWriter(text: string, at: number): boolean {
  let from = Math.max(0, at - WRITER_WORDS_BEFORE);
  // Not from inside a word: "…sandwith the" is no "with the".
  while (from > 0 && from < at && /[\p{L}\p{N}]/u.test(text[from - 1])) from++;
  return OF_THE_WRITER.test(text.slice(from, at));
}

/**
 * Whether what follows a name is a contact's: a role or agency in any of its clauses ("– Duty Manager, Larkshire
 * Children's Services – 0300 …", "– 0300 … – Local Authority Designated Officer"), up to one said of the writer
 * ("registered with the local authority", "previously a police constable"): the clauses after that are more about
 * the writer, as are those after a clause that names the writer's own job (WRITERS_JOB: "childminder; also a retired
 * police officer"). Asides in brackets after a word are left out — "childminder (also runs the Meadow Hub toddler group)"
 * is a childminder; "Local Authority Designated Officer (LADO)" an officer.
 */
function contactRole(rest: string): boolean {
  const words = rest.replace(/^\s*[–—,:-]\s*/u, "").replace(/(?<=\S)\s*\([^()]*\)/gu, "");
  // The first role or agency in a clause decides: "previously a police constable" is the writer's, constable too.
  for (const clause of words.split(CLAUSE_BREAK)) {
    const m = OTHER_ROLE.exec(clause);
    if (m) return !ofTheWriter(clause, m.index);
    // "– 07700 …, childminder; also a retired police officer": the writer's own job; the police or the council in a
    // later clause are more about her, not her employer nor an outside contact.
    if (WRITERS_JOB.test(clause)) return false;
  }
  return false;
}

/**
 * The people on the lines in a row from `from`, each opening with a person and a dash, colon or comma; the run ends
 * at a line that does not, or at one that gives a contact's role or agency after the name (a LADO, a hub, the
 * police, children's services). Exactly two people before it, or undefined (a third writer's line makes three, naming no one).
 */
function nameLines(lines: readonly Line[], from: number): Holder[] | undefined {
  const holders: Holder[] = [];
  for (let i = from; i < lines.length && holders.length <= 2; i++) {
    const text = lines[i].text;
    if (text.trim() === "") break;
    const start = LIST_MARKER.exec(text)?.[0].length ?? 0;
    const found = nameAt(text.slice(start));
    if (!found || found.start !== 0 || !/\s/.test(found.name)) break;
    const rest = text.slice(start + found.end);
    if (!AFTER_NAME.test(rest)) break;
    // "- Ann Lee, Local Authority Designated Officer (LADO) – 0300 …": a contact, not one of the writers (not "- Ann
    // Lee – childminder, registered with the local authority – 07700 …").
    if (contactRole(rest)) break;
    holders.push({ name: found.name, offset: lines[i].offset + start });
  }
  return pair(holders);
}
