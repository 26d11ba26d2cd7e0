/**
 * compromise's part-of-speech tagger on short phrases — a name's few words, a sentence's first words — never on a
 * whole document (about a millisecond a phrase). What the rules ask of it: is this a person's name (people.ts), does
 * this phrase open with a command ("Inform Hollowmere LSCB"), does this line open a new sentence.
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
const NOUN_TAGS = ["Noun", "Gerund", ...NAME_TAGS, ...PLACE_TAGS];

/**
 * Whether a phrase opens with a command, as the tagger reads its first word with the words after it:
 * "Inform Hollowmere LSCB", "Notify Wyvern Vale LSCB" — not a place's name ("Reading LSCB", "Kent LSCB").
 */
export function opensWithCommand(phrase: string): boolean {
  const tags = tagWords(phrase)[0]?.tags ?? new Set<string>();
  return tags.has("Infinitive") && !has(tags, NAME_TAGS) && !has(tags, PLACE_TAGS);
}

/** Words that open a clause, as the tagger reads a capitalised first word: "If", "When", "We", "Please", "Ask". */
const CLAUSE_OPENERS = ["Conjunction", "Preposition", "Pronoun", "Expression", "Modal", "Adverb"];

/**
 * Whether a line opens a new sentence, as the tagger reads its first words: a capitalised word that opens a clause
 * ("If a child …", "When …", "We …", "Please …"), a command ("Ask the office …"), a determiner before a word in
 * lower case ("The procedures …", "Any worry …"), or a subject and its verb ("Staff must …", "Copies are …") — not a
 * name or a noun that carries a sentence on ("Reception and the staff room", "Hollowmere Council's website").
 */
export function opensSentence(line: string): boolean {
  const words = line.trim();
  if (!/^\p{Lu}/u.test(words)) return false;
  const tagged = tagWords(words.slice(0, 80));
  const [first, second] = tagged;
  if (!first) return false;
  const noun = has(first.tags, NOUN_TAGS) && !first.tags.has("Pronoun");
  if (has(first.tags, CLAUSE_OPENERS) && !noun) return true;
  if (first.tags.has("Verb") && first.tags.has("Infinitive") && !noun) return true;
  if (!second) return false;
  if (first.tags.has("Determiner") && /^\p{Ll}/u.test(second.text)) return true;
  // A determiner, a name or title in capitals, then its verb: "The DSL decides …", "The Club Welfare Officer will …".
  if (first.tags.has("Determiner")) {
    let i = 1;
    while (i < tagged.length && i <= 4 && /^\p{Lu}/u.test(tagged[i].text)) i++;
    const verb = tagged[i];
    if (
      i > 1 &&
      verb &&
      /^\p{Ll}/u.test(verb.text) &&
      (verb.tags.has("Modal") || (verb.tags.has("Verb") && !verb.tags.has("Gerund"))) &&
      !has(verb.tags, NOUN_TAGS)
    )
      return true;
  }
  return (
    second.tags.has("Verb") &&
    !second.tags.has("Gerund") &&
    !has(second.tags, NOUN_TAGS) &&
    /^\p{Ll}/u.test(second.text)
  );
}
