/**
 * compromise's part-of-speech tagger on short phrases — a name's few words, a sentence's first words — never on a
 * whole document (about a millisecond a phrase). What the rules ask of it: is this a person's name (people.ts), does
 * this phrase open with a command ("Inform Hollowmere LSCB").
 */
import nlp from "compromise";

export interface TaggedWord {
  text: string;
  tags: Set<string>;
}

/** What compromise's tagger says about each word of a short phrase (cached: a policy repeats its names). */
const tagCache = new Map<string, TaggedWord[]>();
export function tagWords(phrase: string): TaggedWord[] {
  const cached = tagCache.get(phrase);
  if (cached) return cached;
  const json = nlp(phrase).json() as Array<{ terms: Array<{ text: string; tags: string[] }> }>;
  const tagged = json.flatMap((s) => s.terms.map((t) => ({ text: t.text, tags: new Set(t.tags) })));
  if (tagCache.size > 500) tagCache.clear();
  tagCache.set(phrase, tagged);
  return tagged;
}

const has = (tags: ReadonlySet<string>, list: readonly string[]) => list.some((t) => tags.has(t));
const NAME_TAGS = ["Person", "FirstName", "LastName", "Honorific", "MaleName", "FemaleName"];
const PLACE_TAGS = ["Place", "Region", "Country", "City", "Organization"];

/**
 * Whether a phrase opens with a command, as the tagger reads its first word with the words after it:
 * "Inform Hollowmere LSCB", "Notify Wyvern Vale LSCB" — not a place's name ("Reading LSCB", "Kent LSCB").
 */
export function opensWithCommand(phrase: string): boolean {
  const tags = tagWords(phrase)[0]?.tags ?? new Set<string>();
  return tags.has("Infinitive") && !has(tags, NAME_TAGS) && !has(tags, PLACE_TAGS);
}
