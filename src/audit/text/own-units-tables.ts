/**
 * A policy that covers several organisations (a trust's schools, a league's member clubs) may list each one's own
 * officers in a table whose first column names the organisation ("| School | Designated Safeguarding Lead | Deputy
 * DSL(s) |", "| Club | Club Welfare Officer | Contact |"), and say that those organisations keep their people's training
 * records ("School records are held by each school", "Training records are kept by each club") or appoint them
 * ("The CWOs below are appointed by their clubs, not by the League"). The people in that table's rows are then not
 * people whose training this policy lists. A table of the policy's own sites with no such statement says nothing.
 */
import type { Block, TableBlock } from "../document/blocks.js";
import { plain } from "./lines.js";

/** The words for the organisations a table's rows may be: singular, as unitKey gives them. */
const UNIT = `(?:schools?|academ(?:y|ies)|colleges?|clubs?|settings?|nurser(?:y|ies)|sites?|branch(?:es)?|centres?|centers?|groups?|units?|teams?|organi[sz]ations?|societ(?:y|ies)|parish(?:es)?|church(?:es)?|circuits?|sections?|squads?)`;

/** The organisations that appoint their own officers: not the parts of one organisation (a site, a branch). */
const APPOINTING =
  /^(?:school|academy|college|club|organisation|organization|society|parish|church|circuit|team)$/;

/**
 * "… records are held by each school", "… records for their staff are kept at each club", "… records are maintained
 * by the individual academies": records, then the place, each organisation. The words before "records" are read
 * apart (recordsOwner), so the expression opens on a fixed word.
 */
const RECORDS_BY_EACH = new RegExp(
  String.raw`\brecords?\s+(?:for\s+[^.;!?\n]{1,60}?\s+)?(?:are|is)\s+(?:held|kept|maintained|stored|logged)\s+(?:locally\s+|separately\s+)?(?:by|at|in|with)\s+(?:each|every|the\s+individual|their\s+own|its\s+own|their|its)\s+(?:own\s+|member\s+)?(?<unit>${UNIT})\b(?!['’])`,
  "giu",
);

/** "… are appointed by their clubs", "… is elected by its own club": the officers are that organisation's. */
const APPOINTED_BY = new RegExp(
  String.raw`\b(?:appointed|elected|chosen|nominated)\s+by\s+(?:each|every|their|its)\s+(?:own\s+|member\s+)?(?<unit>${UNIT})\b(?!['’])`,
  "giu",
);

/** The word right before "records": "training records", "School records", "the schools' leads' training records". */
const WORD_BEFORE = /([\p{L}'’]+)\s+$/u;
const TRAINING_BEFORE = /\btraining\b/i;
const UNIT_WORD = new RegExp(`^${UNIT}$`, "iu");

/** A unit's word in the singular, lower case: "Academies" → "academy", "Branches" → "branch". */
function unitKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/ies$/, "y")
    .replace(/(?<=ch|sh)es$/, "")
    .replace(/s$/, "");
}

/**
 * Whose records a statement speaks of, from the words before "records": training records ("Club officers' training
 * records"), or an organisation's records ("School records") where the words before are about training (a training
 * section's list, "Trust-level records:" over its courses). Anything else ("Child protection records", "Records") is
 * not a statement about training.
 */
function trainingRecords(text: string, at: number): boolean {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, at - 40), at))?.[1] ?? "";
  if (/^training$/i.test(word)) return true;
  return UNIT_WORD.test(word) && TRAINING_BEFORE.test(text.slice(Math.max(0, at - 400), at));
}

/** The organisations (unitKey) the text says keep their own people's training records or appoint their officers. */
function unitsOwnPeople(text: string): Set<string> {
  const units = new Set<string>();
  for (const match of text.matchAll(RECORDS_BY_EACH))
    if (trainingRecords(text, match.index ?? 0)) units.add(unitKey(match.groups?.unit ?? ""));
  for (const match of text.matchAll(APPOINTED_BY)) {
    const unit = unitKey(match.groups?.unit ?? "");
    if (APPOINTING.test(unit)) units.add(unit);
  }
  return units;
}

/** A first column's heading that names an organisation: "School", "Member club", "Academies", "**Club:**". */
const UNIT_HEADING = new RegExp(
  String.raw`^(?:(?:member|partner|affiliated|local|individual)\s+)?(?<unit>${UNIT})(?:\s+name)?$`,
  "iu",
);

/** The table's rows below its header, from the start of the first to the end of the last. */
function bodyRange(table: TableBlock): [number, number] | undefined {
  const header = table.rows[0] ?? [];
  const from = Math.max(table.offset, ...header.map((c) => c.endOffset));
  return table.rows.length > 1 ? [from, table.endOffset] : undefined;
}

let cache: { text: string; blocks: readonly Block[]; ranges: [number, number][] } | undefined;

/**
 * Where the tables of organisations that keep their own people (unitsOwnPeople) list them: the rows below the header
 * of each table whose first column names one of those organisations.
 */
function ownUnitsRanges(text: string, blocks: readonly Block[]): [number, number][] {
  if (cache?.text === text && cache.blocks === blocks) return cache.ranges;
  const ranges: [number, number][] = [];
  const tables = blocks.filter((b): b is TableBlock => b.kind === "table");
  const units = tables.length > 0 ? unitsOwnPeople(text) : new Set<string>();
  for (const table of units.size > 0 ? tables : []) {
    const heading = plain(table.rows[0]?.[0]?.text ?? "")
      .replace(/[*_:]/g, "")
      .trim();
    const unit = UNIT_HEADING.exec(heading)?.groups?.unit;
    const range = unit && units.has(unitKey(unit)) ? bodyRange(table) : undefined;
    if (range) ranges.push(range);
  }
  cache = { text, blocks, ranges };
  return ranges;
}

/**
 * Whether the offset is in a row of a table of other organisations whose people, the policy says, are theirs: their
 * training records kept by each of them, or their officers appointed by them (see the file's comment).
 */
export function inOwnUnitsTable(text: string, blocks: readonly Block[], offset: number): boolean {
  return ownUnitsRanges(text, blocks).some(([from, to]) => from <= offset && offset < to);
}
