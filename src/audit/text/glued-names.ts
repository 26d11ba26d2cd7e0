/**
 * A PDF's tracked change in a name: the deleted name struck through and the inserted one straight after it, with no
 * space between ("Mr ~~Dean Halloran~~Kwame Osei-Bonsu"). The text layer has no strikethrough, so the reader reads
 * "Mr Dean HalloranKwame Osei-Bonsu" — one person who does not exist. A careful reader of the page reads the
 * inserted name, after the title both names share: "Mr Kwame Osei-Bonsu".
 */
import type { LeadMention } from "./leads.js";
import { escapeRegExp } from "./matches.js";
import { TITLE_PATTERN } from "./roles.js";

/** A word that is two names glued: a capitalised word of four letters or more, then another ("HalloranKwame"). */
const GLUED_WORD = /^(\p{Lu}\p{Ll}{3,})(\p{Lu}\p{Ll}+)$/u;
/** A surname's own capital inside it, after a prefix of four letters or more: "FitzGerald", "VanderMeer". */
const SURNAME_PREFIX = /^(?:fitz|vander|vanden|della|delle|dela|dello|dalla)$/i;
const TITLE = new RegExp(`^(?:${TITLE_PATTERN})\\.?$`, "i");

/**
 * The inserted name of a name with a tracked change glued into it ("Mr Dean HalloranKwame Osei-Bonsu" → "Mr Kwame
 * Osei-Bonsu"), when the document names that person elsewhere in words of their own ("Kwame Osei-Bonsu" in the
 * training table): a name read only glued may be a real one ("Mr Dean HalloranKwame" is never guessed at). The name
 * as it is otherwise.
 */
export function insertedName(name: string, text: string): string {
  const words = name.trim().split(/\s+/);
  const glued = words.flatMap((w, i) => {
    const m = GLUED_WORD.exec(w);
    return m && !SURNAME_PREFIX.test(m[1]) ? [{ i, inserted: m[2] }] : [];
  });
  if (glued.length !== 1) return name;
  const [{ i, inserted }] = glued;
  const rest = [inserted, ...words.slice(i + 1)];
  if (rest.length < 2) return name;
  const elsewhere = new RegExp(`(?<![\\p{L}'’-])${rest.map(escapeRegExp).join("\\s+")}(?![\\p{L}'’-])`, "u");
  if (!elsewhere.test(text)) return name;
  const titles: string[] = [];
  for (const w of words.slice(0, i)) {
    if (!TITLE.test(w)) break;
    titles.push(w);
  }
  return [...titles, ...rest].join(" ");
}

/** The mentions with each name a glued tracked change mends read as its inserted name (`insertedName`). */
export function withInsertedNames(mentions: LeadMention[], text: string): LeadMention[] {
  if (!/\p{Ll}{3}\p{Lu}\p{Ll}/u.test(text)) return mentions;
  return mentions.map((m) => {
    if (!m.name) return m;
    const name = insertedName(m.name, text);
    const names = m.names?.map((n) => insertedName(n, text));
    if (name === m.name && (names ?? []).every((n, k) => n === m.names?.[k])) return m;
    return { ...m, name, ...(names ? { names } : {}) };
  });
}
