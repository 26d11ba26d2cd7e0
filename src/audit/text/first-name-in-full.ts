/**
 * A first name alone ("Tobias covers for her when she is away") and the full name the policy gives that person
 * elsewhere ("**Welfare Officer (Masters squad):** Mr Tobias⏎  Featherstone-Ng", "| Tobias Featherstone-Ng | …"):
 * the one full name the first name opens in the document.
 */

import { escapeRegExp } from "./matches.js";

/** A first name alone: "Tobias", "Dev" (a capital, then small letters). */
const FIRST_NAME = /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u;

/** The document the cache is for, and the full names found for each first name in it. */
let cached: { text: string; names: Map<string, string[]> } = { text: "", names: new Map() };

/**
 * The full names in `text` that `first` opens: the first name, then a capitalised surname after a space or a line's
 * break (its indent allowed), a title before it kept ("Mr Tobias Featherstone-Ng"). Each distinct name once.
 * `person` says which of them are a person's. Undefined when the words are no first name, or no single name fits.
 */
export function firstNameInFull(
  words: string,
  text: string,
  person: (name: string) => boolean,
): string | undefined {
  const first = words.trim();
  if (!FIRST_NAME.test(first)) return undefined;
  if (cached.text !== text) cached = { text, names: new Map() };
  let names = cached.names.get(first);
  if (!names) {
    const pattern = new RegExp(
      String.raw`(?<![\p{L}'’-])(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[^\S\n]+)?${escapeRegExp(first)}[^\S\n]*(?:\n[^\S\n]*)?(?<=\s)\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?(?![\p{L}'’-])`,
      "gu",
    );
    const found = new Set<string>();
    for (const match of text.matchAll(pattern)) found.add(match[0].replace(/\s+/g, " "));
    names = [...found].filter(person);
    cached.names.set(first, names);
  }
  const surnames = new Set(names.map((name) => name.split(" ").at(-1)));
  return surnames.size === 1
    ? (names.find((name) => !/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b/.test(name)) ?? names[0])
    : undefined;
}
