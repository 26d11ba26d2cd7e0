/**
 * A name a table wraps over two rows as Word users do it: "| Ashgrove | Mrs Philippa | Mr Kofi Adjei |" then
 * "|  | Ormsby-Tate |  |" — the cell a title and one word alone, the row under it empty but for one surname in the
 * same column. The readers of a role's column (leads.ts, training-missing's column readers, a PDF's table blocks read
 * the same way) take the two as one name, "Mrs Philippa Ormsby-Tate".
 */
import { plain } from "./lines.js";
import { namesAt } from "./people.js";
import { TITLE_PATTERN } from "./roles.js";

/** A title and one word, all a cell holds: "Mrs Philippa", a name its surname is still to come on. */
const TITLE_AND_WORD = new RegExp(String.raw`^(?:${TITLE_PATTERN})\.?[^\S\n]+\p{Lu}[\p{L}'’-]*$`, "u");
/**
 * A surname alone: "Ormsby-Tate", "O'Dowd", "McKay" — a capital, then a small letter somewhere (as training.ts's
 * ROW_SURNAME: the letters before the first small one are other letters, so a run is read one way only).
 */
const LONE_SURNAME = /^\p{Lu}['’]?[^\P{L}\p{Ll}]*\p{Ll}[\p{L}'’-]*$/u;

/**
 * The whole name when `cell` (a role column's cell, its words as written) is a title and one word and `below` (the
 * next row's cells, or none) is empty but for a lone surname in column `column`; undefined otherwise.
 */
export function surnameWrappedBelow(
  cell: string,
  below: ReadonlyArray<{ text: string }> | undefined,
  column: number,
): string | undefined {
  const words = cell.trim();
  if (!below || !TITLE_AND_WORD.test(words)) return undefined;
  const surname = plain(below[column]?.text ?? "").trim();
  if (!LONE_SURNAME.test(surname) || below.some((c, k) => k !== column && plain(c.text).trim() !== ""))
    return undefined;
  const whole = `${words} ${surname}`;
  return namesAt(whole)[0]?.name === whole ? whole : undefined;
}
