/**
 * The deputy named by "Deputy" (or "Assistant", "Back-up": DEPUTY_TITLE_PREFIXES) and the lead's own title, whole or
 * short of a word: "| County Welfare Officer (the Association's designated lead) | Mrs A |" then "| Deputy County Welfare
 * Officer | Mr B |"; "| Designated safeguarding co-ordinator for the project | Mr C |" then "| Deputy designated
 * co-ordinator | Ms D |". The lead's title is the words of its label (a table's cell, or a line's label before its
 * colon) without its brackets and the scope after "for", "of", "at" … ("for the project").
 */
import { escapeRegExp } from "./matches.js";
import { DEPUTY_TITLE_PREFIXES } from "./roles.js";

/** A label of two to six words after the deputy's prefix: "Deputy County Welfare Officer", "Assistant designated co-ordinator". */
const DEPUTY_OF_TITLE = new RegExp(
  String.raw`^(?:${DEPUTY_TITLE_PREFIXES.map(escapeRegExp).join("|")})\s+(?<title>[\p{L}'’-]+(?:\s+[\p{L}'’-]+){1,5})$`,
  "iu",
);
/** Longer labels are sentences, not titles (a quick bound before DEPUTY_OF_TITLE). */
const LABEL_MAX = 80;
/** Where a title's own words end: its scope ("… for the project", "… of the Board"), a dash, a comma. */
const TITLE_END = /\s+(?:for|of|at|in|with|on|to|across)\s+|\s*[–—,;:/]\s*|\s+-\s+/u;
/** A word that ties a title to safeguarding: a deputy's label without one is a job ("Deputy Head Teacher"). */
const TIE_WORD = /^(?:safeguarding|welfare|protection|designated)$/;

/** A title's words as compared: lower case, hyphens out ("co-ordinator" is "coordinator"). */
const wordsOf = (title: string): string[] =>
  title
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => w.replace(/[-'’]/g, ""));

/**
 * The lead's own title words from its label: "County Welfare Officer (the Association's designated lead)" → county,
 * welfare, officer; "Designated safeguarding co-ordinator for the project" → designated, safeguarding, coordinator.
 */
export function leadTitleWords(label: string): string[] {
  if (label.length > LABEL_MAX * 2) return [];
  const title =
    label
      .replace(/\([^()]*\)/g, " ")
      .trim()
      .split(TITLE_END, 1)[0] ?? "";
  return /^[\p{L}'’\s-]+$/u.test(title) ? wordsOf(title) : [];
}

/**
 * Whether `label` is the deputy's title made of a lead's title words (`titles`, leadTitleWords): the prefix, then two
 * words or more of one title in its order, ending in its last word and holding a word that ties it to safeguarding.
 */
export function deputyOfLeadTitle(label: string, titles: ReadonlyArray<readonly string[]>): boolean {
  if (label.length > LABEL_MAX) return false;
  const words = DEPUTY_OF_TITLE.exec(label.trim())?.groups?.title;
  if (!words) return false;
  const deputy = wordsOf(words);
  if (!deputy.some((w) => TIE_WORD.test(w))) return false;
  return titles.some((title) => title.at(-1) === deputy.at(-1) && inOrderWithin(deputy, title));
}

/** Whether every word of `part` is in `whole`, in the same order. */
function inOrderWithin(part: readonly string[], whole: readonly string[]): boolean {
  let at = 0;
  for (const word of whole) if (word === part[at]) at++;
  return at === part.length;
}
