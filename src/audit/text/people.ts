/**
 * People's names in the small windows of text around a role: "Mrs S. Patel", "Priya Mistry-Lowe",
 * "Leon Ashby / Maya Corrigan". The shape of a name (capitalised words, initials, a title) gives the
 * candidates; the role vocabulary (roles.ts) cuts job titles, organisations and months off them; compromise's
 * tagger decides the doubtful ones — a sentence's opening verb ("Tell Jane Smith"), a place or an organisation,
 * a single word that may or may not be a first name. compromise runs only on these short windows (about a
 * millisecond each), never on the whole document.
 */
import { compromiseLexicon, type Lexicon } from "../compromise-lexicon.js";
import {
  HONORIFICS,
  LOWER_CASE_TITLES,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  RANK_ABBREVIATIONS,
  RANKS,
  RANKS_ALSO_JOB_TITLES,
  ROLE_ABBREVIATIONS,
} from "./roles.js";
import { tagWords } from "./tagger.js";

const HONORIFIC_SET = new Set(HONORIFICS);
/**
 * A church's titles that are common surnames too: after a name word, with no name word after them, they end the name
 * as its surname even with no title before it ("Joyce Elder", "Tom Deacon"), as "Elder Joyce Mbeki" starts one.
 */
const SURNAME_TITLES = new Set([
  "elder",
  "deacon",
  "minister",
  // "Ravi Pandit", "Omar Sheikh", "Anita Guru", "Maya Swami", "Leo Giani", "Sara Hafiz", "Noor Bibi".
  "pandit",
  "sheikh",
  "shaykh",
  "guru",
  "swami",
  "giani",
  "hafiz",
  "bibi",
]);
const LOWER_CASE_TITLE_SET = new Set(LOWER_CASE_TITLES);
const PARTICLE_SET = new Set(NAME_PARTICLES);
const NOT_NAME = new Set(NOT_NAME_WORDS);
/** Stop words that may still start a name: "April Jones", "May Chen", "Summer Hale", "Will Jones". */
const NAME_STARTERS = new Set(
  "january february march april may june july august september october november december summer autumn will grace hope faith joy rose dawn"
    .split(" ")
    .filter(
      (w) => !["january", "february", "march", "september", "october", "november", "december"].includes(w),
    ),
);

/** One token of a window: a word with its place in the window. */
interface Token {
  text: string;
  start: number;
  end: number;
}

export type NameShape = "honorific" | "initial" | "word" | "particle";

/**
 * Degrees and awards written after a name in mixed case, so shaped like a name's word: "Dr Priya Raman-Holt PhD",
 * "Mr Owen Fairclough MEd". They end the name (those in capitals, "PGCE", "OBE", already do).
 */
const POST_NOMINALS = new Set(
  "PhD DPhil EdD MEd BEd MSc BSc MPhil MRes MBChB DClinPsy ClinPsyD MMus BMus MArch MEng BEng MBiol MChem MSt MLitt DLitt MTh BTh FdA FdSc".split(
    " ",
  ),
);

/**
 * Degrees, awards, honours, offices and professional bodies' letters written in capitals: "PGCE", "NPQH", "MCSP",
 * "FRCO", "MBE", "BEM", "KC", "JP", "DL".
 */
const POST_NOMINAL_CAPITALS = [
  ..."PGCE QTS NPQH NPQSL NPQML NPQEL BA MA MBA LLB LLM RGN RMN RSCN RNLD RHV RN RSW HPS MCSP FRCO".split(
    " ",
  ),
  // Honours and decorations.
  ..."GBE KBE DBE CBE OBE MBE BEM CVO LVO MVO RVM QPM KPM QFSM KFSM".split(" "),
  // Offices: King's or Queen's Counsel, Justice of the Peace, Deputy Lieutenant, members of the parliaments (the
  // Senedd's "MS", in Welsh "AS", and its Assembly Members' "AM" before 2020).
  ..."KC QC JP DL MP MSP MLA MS AS AM".split(" "),
  // A registered midwife; a Bachelor of Divinity.
  ..."RM BD".split(" "),
];
/**
 * Letters after a name that are two capitals, as initials are ("Mr A S Patel", "Ms A M Lee"): letters after a name
 * only after a full name, a given name and a surname ("Mr Tomos Rhydderch MS").
 */
const LIKE_INITIALS = new Set("MS AS AM RM BD".split(" "));

/**
 * Whether a word is a known degree, award or body's letters after a name ("PhD", "NPQH", "MCSP", dotted "J.P.",
 * "Ph.D."), after `nameWords` words of name: letters written as initials are ("AM", "MS") only after two.
 */
export function postNominal(word: string, nameWords = 2): boolean {
  const bare = word.replace(/\./g, "");
  if (LIKE_INITIALS.has(bare) && nameWords < 2) return false;
  return POST_NOMINALS.has(bare) || POST_NOMINAL_CAPITALS.includes(bare);
}

/** Degrees and awards after a name, in either case, dotted or not, with their commas: " MEd", ", PhD PGCE", " J.P.". */
const POST_NOMINALS_AFTER = new RegExp(
  `^(?:,?[ \\t\\u00a0]+(?:${[...POST_NOMINALS, ...POST_NOMINAL_CAPITALS].map((l) => `${[...l].join("\\.?")}\\.?`).join("|")})(?:[ \\t\\u00a0]*\\(Hons\\))?(?![\\p{L}\\d]))+`,
  "u",
);

/**
 * A rank's words, each space any white space, each letter in either case — the pattern itself has no `i` flag, so
 * that the capital after the rank (RANK_AFTER) is a capital: with `i`, `(?=\p{Lu})` takes "x" as well.
 */
const rankWords = (ranks: readonly string[]) =>
  [...ranks]
    .sort((a, b) => b.length - a.length)
    .map((r) =>
      r
        .split(" ")
        .map((w) =>
          w.replace(/\p{L}/gu, (c) =>
            c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`,
          ),
        )
        .join("\\s+"),
    )
    .join("|");
/** Its branch or a note in brackets after a rank: "(SCC)", "(on-call)". */
const RANK_AFTER = String.raw`\.?(?:\s*\(\s*[\p{L}-]{2,12}\s*\))?\s+(?=\p{Lu})`;
const RANK_WORDS = new RegExp(`^(?:${rankWords(RANKS)})${RANK_AFTER}`, "u");
const RANK_SHORT = new RegExp(
  `^(?:${[...RANK_ABBREVIATIONS]
    .sort((a, b) => b.length - a.length)
    .map((r) => r.split(" ").join("\\s+"))
    .join("|")})${RANK_AFTER}`,
  "u",
);
const RANK_JOB_TITLE = new RegExp(`^(?:${rankWords(RANKS_ALSO_JOB_TITLES)})(?![\\p{L}])`, "u");
/** A patch's words after a title: "Area Manager North Kent", "Group Manager West Lothian". */
const COMPASS = new Set(
  "north south east west northern southern eastern western central mid greater inner outer upper lower north-east north-west south-east south-west".split(
    " ",
  ),
);
const PLACE_TAGS = ["Place", "Region", "Country", "City", "Organization"];

/**
 * Whether `text` starts with a person's name as a rank that is also a job title needs it: a title or an initial and
 * a surname, or two words or more, none a place's or a point of the compass, and not cut short by a capitalised word
 * after it ("Little Acorns" before "Nurseries"). "Area Manager North Kent" and "Area Manager (North) Little
 * Acorns Nurseries" are a post and its patch; "Group Manager Eleri Vaughan-Price MIFireE" is a person.
 */
function personAfterJobTitle(text: string): boolean {
  const name = nameAt(text, { strength: "strong" });
  if (!name || /^[ \t\u00a0]+\p{Lu}\p{Ll}/u.test(text.slice(name.end))) return false;
  const shapes = name.name.split(/\s+/).map((w) => ({ w, shape: shapeOf(w) }));
  const words = shapes.filter((s) => s.shape === "word").map((s) => s.w);
  // "Ann Lee", "Mrs Lee", "D. Okonjo": two words, or a surname after a title or an initial.
  if (words.length < (shapes.some((s) => s.shape === "honorific" || s.shape === "initial") ? 1 : 2))
    return false;
  return !words.some((w) => {
    const tags = lexiconTags(w);
    return COMPASS.has(w.toLowerCase()) || (has(tags, PLACE_TAGS) && !has(tags, PERSONISH));
  });
}

/**
 * A uniformed organisation's rank, and its branch in brackets, at the start of `text`, before a name: "Petty Officer
 * (SCC) ", "Crew Manager ", "Lt. ", "CPO (SCC) ". A rank that is also a job title ("Area Manager") is one only
 * before a person's name.
 */
export function rankAt(text: string): string | undefined {
  const rank = (RANK_WORDS.exec(text) ?? RANK_SHORT.exec(text))?.[0];
  if (rank && RANK_JOB_TITLE.test(rank) && !personAfterJobTitle(text.slice(rank.length))) return undefined;
  return rank;
}

/** A word of the language hyphenated to a lower-case part: "On-call", "Follow-up", "Out-of-hours", "Non-urgent". */
const LOWER_COMPOUND =
  /^(?:(?:on|off|out|in|up)-\p{Ll}{3,}|(?:over|after|non|pre|post|self|part|full|half|drop|follow|stand|back|sign|check|walk|one|two)-\p{Ll}{2,})/iu;

/**
 * "Morag Nic a' Bhàird", "Seumas Mac a' Ghobhainn": a Gaelic surname's article, its apostrophe curly, straight or
 * doubled (a Markdown escape "a\\'" as the lead finder masks it). Not the word "a": it takes its apostrophe.
 */
const GAELIC_ARTICLE = /^a(?:'{1,2}|’)$/;
/**
 * A Welsh initial of two letters, one letter of the alphabet ("Rh." for Rhodri, "Ll." for Llinos, "Ff." for Ffion):
 * with its full stop only, as "Mr Rh. T. Bowen-Jones" writes it; "Rh" alone may be a word of a name.
 */
const WELSH_INITIAL = /^(?:Ch|Ff|Ll|Rh)\.$/u;

/**
 * What each word is, kept: a policy's words recur (34,674 calls for 1,104 words in the bench's documents) and the
 * answer depends on the word alone. Emptied when it grows large, so a hostile text cannot make it grow without end.
 */
const SHAPES = new Map<string, NameShape | null>();

function shapeOf(word: string): NameShape | undefined {
  const known = SHAPES.get(word);
  if (known !== undefined) return known ?? undefined;
  const shape = shapeOfWord(word);
  if (SHAPES.size >= 20_000) SHAPES.clear();
  SHAPES.set(word, shape ?? null);
  return shape;
}

function shapeOfWord(word: string): NameShape | undefined {
  if (POST_NOMINALS.has(word.replace(/\.$/, ""))) return undefined;
  const bare = word.replace(/\.$/, "").toLowerCase();
  if (LOWER_CASE_TITLE_SET.has(bare)) return "honorific";
  // A title that is also a stop word ("Smt", a senior management team's "SMT") is one only as a title is written.
  if (HONORIFIC_SET.has(bare) && !(NOT_NAME.has(bare) && !/^\p{Lu}\p{Ll}+\.?$/u.test(word)))
    return /^\p{Lu}/u.test(word) ? "honorific" : undefined;
  if (/^\p{Lu}\.?$/u.test(word) || /^(?:\p{Lu}\.){2,3}$/u.test(word) || WELSH_INITIAL.test(word))
    return "initial";
  // A double given name's initials joined by a hyphen: "J-P" (Jean-Paul), "A.-M." (Anne-Marie).
  if (/^\p{Lu}\.?-\p{Lu}\.?$/u.test(word)) return "initial";
  if (PARTICLE_SET.has(word) || GAELIC_ARTICLE.test(word)) return "particle";
  // "On-call", "Out-of-hours", "Follow-up", "Drop-in": a word of the language with a lower-case part after its
  // hyphen, a table's header or a rota's word, never a name's ("Mistry-Lowe"; "Min-jun", "In-ho" have no such
  // first part).
  if (LOWER_COMPOUND.test(word)) return undefined;
  // "Okafor", "O'Neill", "McDonald", "Mistry-Lowe", "Ní", "Wiśniewska".
  if (nameShaped(word) && !/[-'’]$/.test(word)) return "word";
  return undefined;
}

/**
 * A capital, then letters, apostrophes and hyphens, with a small letter after the last hyphen that no capital follows
 * ("Okafor", "McDonald", "Mistry-Lowe", "Ní") — what `^\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*$` says,
 * read in one pass: that expression tries every split of a long run of letters, and a 200,000-letter word ending in
 * "!" took two minutes.
 */
function nameShaped(word: string): boolean {
  if (!/^\p{Lu}[\p{L}'’-]*$/u.test(word)) return false;
  let from = 1;
  for (let k = word.length - 1; k > 0; k--)
    if (word[k] === "-" && !/^\p{Lu}/u.test(word.slice(k + 1, k + 3))) {
      from = k + 1;
      break;
    }
  return /\p{Ll}/u.test(word.slice(from));
}

const WORD = /[^\s,;:()[\]{}|/&"“”<>*_–—]+/gu;
/** Initials with their full stops, hyphenated or not: "J.P.", "A.-M.". */
const INITIALS = /^(?:\p{Lu}\.){2,3}$|^\p{Lu}\.-\p{Lu}\.$/u;

/** The words of `text` in order, the first `limit` of them at most (each word's place does not depend on the rest). */
function tokens(text: string, limit = Number.POSITIVE_INFINITY): Token[] {
  const found: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    let word = m[0];
    // A full stop ends a sentence, not a name, unless the word is an initial or a title ("S.", "Mr.", "J.P.",
    // "A.-M."). The word without it is looked up only when there is one.
    if (
      word.endsWith(".") &&
      word.length > 2 &&
      !HONORIFIC_SET.has(word.slice(0, -1).toLowerCase()) &&
      !LOWER_CASE_TITLE_SET.has(word.slice(0, -1).toLowerCase()) &&
      !INITIALS.test(word) &&
      !WELSH_INITIAL.test(word)
    )
      word = word.slice(0, -1);
    found.push({ text: word, start: m.index, end: m.index + word.length });
    if (found.length >= limit) break;
  }
  return found;
}

/** A word as NOT_NAME_WORDS writes it: lower case, no full stop or apostrophe at its end, a straight apostrophe. */
const stopKey = (word: string) =>
  word
    .toLowerCase()
    .replace(/[.’']+$/, "")
    .replace(/’/g, "'");

/**
 * Whether each word is one of NOT_NAME_WORDS, kept as SHAPES is: the answer depends on the word alone, and the name
 * finders ask it of the same words again and again. Emptied when it grows large.
 */
const NOT_NAME_WORD = new Map<string, boolean>();

function notNameWord(word: string): boolean {
  const known = NOT_NAME_WORD.get(word);
  if (known !== undefined) return known;
  const listed = NOT_NAME.has(stopKey(word));
  if (NOT_NAME_WORD.size >= 20_000) NOT_NAME_WORD.clear();
  NOT_NAME_WORD.set(word, listed);
  return listed;
}

function isStopWord(word: string, first: boolean, next: string | undefined): boolean {
  if (!notNameWord(word)) return false;
  // "Smt. Meena Rao": a title written as one, though its letters are a stop word's ("SMT").
  if (shapeOf(word) === "honorific") return false;
  const key = stopKey(word);
  // "April Jones", "Will Jones": a name when a name word follows.
  return !(first && NAME_STARTERS.has(key) && next !== undefined && shapeOf(next) === "word");
}

/** How sure the caller is that a name belongs where it looks. */
export interface NameSlot {
  /**
   * "strong": the place is for a name ("Role: …", the cell next to the role, the line under a role heading),
   * so any name-shaped words that are not role, job-title or place words are taken, and a single word is taken
   * when the tagger knows it as a name. "weak": running text, so the tagger must agree it is a person, or a
   * title or initial must say so.
   */
  strength: "strong" | "weak";
}

export interface FoundName {
  name: string;
  /** Offset of the name in the window. */
  start: number;
  end: number;
}

/**
 * What compromise's lexicon says about one word, without running the tagger (a dictionary look-up, where the
 * tagger costs about a millisecond a phrase): "hannah" → FemaleName, "parents" → Plural.
 */
// Read when a word is first looked up (the bundle reads it without loading compromise's tagger: compromise-lexicon.ts).
let lexicon: Lexicon | undefined;
/** Each word's tags from the lexicon, kept as SHAPES is (the answer depends on the word alone); never changed once made. */
const LEXICON_TAGS = new Map<string, ReadonlySet<string>>();
function lexiconTags(word: string): ReadonlySet<string> {
  const known = LEXICON_TAGS.get(word);
  if (known !== undefined) return known;
  lexicon ??= compromiseLexicon();
  const found = lexicon[word.toLowerCase().replace(/[.’']+$/, "")];
  const tags = new Set(found === undefined ? [] : Array.isArray(found) ? found : [found]);
  if (LEXICON_TAGS.size >= 20_000) LEXICON_TAGS.clear();
  LEXICON_TAGS.set(word, tags);
  return tags;
}

const FIRST_NAME = ["FirstName", "MaleName", "FemaleName"];
const PERSONISH = ["Person", "FirstName", "LastName", "Honorific", "MaleName", "FemaleName"];
const SENTENCE_WORD = [
  "Plural",
  "Verb",
  "Infinitive",
  "PresentTense",
  "PastTense",
  "Adjective",
  "Adverb",
  "Pronoun",
  "Determiner",
];
const has = (tags: ReadonlySet<string>, list: string[]) => list.some((t) => tags.has(t));

/**
 * Judges a run of name-shaped words: how many leading words to drop (a sentence's first word that the tagger
 * calls a verb: "Tell Jane Smith") and where the name ends ("Ravi Chandran Parents may…" ends before
 * "Parents"), or undefined when the run is not a person. In a name's place the lexicon is enough; in running
 * text, or for a word that is also a name ("Will", "April"), the tagger reads the words in context.
 */
function judge(run: Token[], slot: NameSlot): { drop: number; end: number } | undefined {
  // "Shri Ram Mandir", "Sri Guru Singh Sabha Gurdwara": a place of worship named for a person, after a title too.
  if (run.some((t) => WORSHIP_PLACES.has(t.text.toLowerCase()))) return undefined;
  const shapes = run.map((t) => shapeOf(t.text));
  const hasTitle = shapes.includes("honorific");
  const hasInitial = shapes.includes("initial");
  const starter = NAME_STARTERS.has(run[0].text.toLowerCase());
  const inContext = slot.strength === "weak" || starter;
  let tags = run.map((t) => lexiconTags(t.text));
  if (inContext) {
    const tagged = tagWords(run.map((t) => t.text).join(" "));
    // compromise may split or join words ("Mistry-Lowe" → two terms): then the lexicon's word-by-word tags.
    if (tagged.length === run.length) tags = tagged.map((t) => t.tags);
  }
  let drop = 0;
  if (slot.strength === "weak" && !hasTitle) {
    while (
      drop < run.length - 1 &&
      has(tags[drop], [...SENTENCE_WORD, "Preposition", "Conjunction"]) &&
      !has(tags[drop], PERSONISH)
    )
      drop++;
  }
  // A PDF joins a name to the next sentence: "Ravi Chandran Parents may ask" — a plural or a verb ends it.
  let end = run.length;
  while (end - drop > 2 && has(tags[end - 1], SENTENCE_WORD) && !has(tags[end - 1], PERSONISH)) {
    // "Ms Ada Fell", "Mr Sam Young": after a title and a first name, a word that is also a verb or an adjective
    // is the surname (a plural is not: "Ms Ada Parents may ask …").
    const before = run.slice(drop, end - 1).filter((t) => shapeOf(t.text) !== "honorific");
    // A first name that is also a word ("Miss Lily Tan", "Mrs Jade Pell": a flower, a stone) is one when the
    // tagger, reading the title beside it, calls both words a person's.
    if (
      before.length === 1 &&
      shapeOf(before[0].text) === "word" &&
      (has(lexiconTags(before[0].text), FIRST_NAME) || (hasTitle && titledPerson(run.slice(drop, end)))) &&
      !tags[end - 1].has("Plural")
    )
      break;
    end--;
  }
  const kept = run.slice(drop, end);
  const keptTags = tags.slice(drop, end);
  // "Will Hartley" or "Will Do", "April Jones" or "April Meeting": a word that is also a name needs the tagger.
  if (starter && drop === 0 && !has(tags[0], PERSONISH)) return undefined;
  const personish = keptTags.some((t) => has(t, PERSONISH));
  const words = kept.filter((t) => shapeOf(t.text) === "word").length;
  // "Sri Lanka": a country's or a city's name that starts with a title's word, as the lexicon knows the whole.
  const place = hasTitle && has(lexiconTags(kept.map((t) => t.text).join(" ")), ["Country", "City"]);
  if (hasTitle) return words >= 1 && !place ? { drop, end } : undefined;
  // The tagger's "Place" and "Organization" are not trusted to veto: it calls "Priya Marsh" a place. Places and
  // organisations a policy names are cut by the vocabulary instead ("Council", "Trust", "Social Care").
  if (words >= 2 || (words >= 1 && hasInitial)) {
    if (slot.strength === "strong" || personish || hasInitial) return { drop, end };
    return undefined;
  }
  // One word: only where a name is expected, and only when compromise knows it as a name ("DSL: Sam").
  if (words === 1 && kept.length === 1 && slot.strength === "strong" && personish) return { drop, end };
  return undefined;
}

/**
 * Words that name a place of worship, a community's hall or its school and never a person (unlike "Temple" or
 * "Church", which are surnames too): a run of words holding one is the place's name ("Shri Ram Mandir", "Guru Nanak
 * Gurdwara", "Sri Guru Singh Sabha", "Hindu Samaj", "Jamia Masjid", "Shanti Bhavan").
 */
const WORSHIP_PLACES = new Set(
  "mandir gurdwara gurudwara masjid mosque synagogue madrasa madrasah madrassa madrassah vihara sabha samaj bhavan bhawan ashram".split(
    " ",
  ),
);

/** A title and two words, each word of which the tagger calls a person's ("Miss Lily Tan"; not "Mr Hall Call"). */
function titledPerson(run: Token[]): boolean {
  const tagged = tagWords(run.map((t) => t.text).join(" "));
  return (
    tagged.length === run.length &&
    tagged.every((t, i) => shapeOf(run[i].text) === "honorific" || t.tags.has("Person"))
  );
}

/** The longest run of name-shaped words from token `from` (titles, initials, particles between words). */
function runFrom(list: Token[], from: number, window: string): Token[] {
  const run: Token[] = [];
  for (let i = from; i < list.length && run.length < 6; i++) {
    const token = list[i];
    if (run.length > 0) {
      // Words of one name are separated by spaces only (a comma, slash or bracket ends the name).
      const gap = window.slice(run[run.length - 1].end, token.start);
      if (!/^[ \t\u00a0]+$/.test(gap)) {
        // "Sam (Samantha) Ortiz", "Mrs Jo (Joanna) Price", 'Robert "Robbie" Hale': the full first name or a nickname in
        // brackets or quotes between the first name and the surname is part of the name.
        if (!givenNameInBrackets(run, list, i, window)) break;
        run.push(token);
        i++;
        run.push(list[i]);
        continue;
      }
    }
    // "Robert ‘Bob’ Hale": a nickname in single quotes, which the token keeps, between a first name and a surname.
    if (run.length > 0 && singleQuotedNickname(run, list, i, window)) {
      run.push(token);
      continue;
    }
    const shape = shapeOf(token.text);
    if (!shape) break;
    if (shape === "particle" && (run.length === 0 || shapeOf(list[i + 1]?.text ?? "") !== "word")) break;
    // "Revd Canon Peter Amadi": titles follow each other only at the start. After a title and a name word, a
    // title's word that ends the name is the surname: "Mrs Li Pan", "Mr Jonas Herr" (Pan, Herr are surnames too);
    // one a name word follows starts the next person ("Mrs Li Mr Jonas Herr").
    if (shape === "honorific" && run.some((t) => shapeOf(t.text) !== "honorific")) {
      const next = list[i + 1];
      const nextGap = next ? window.slice(token.end, next.start) : "";
      const nameGoesOn =
        next !== undefined &&
        /^[ \t\u00a0]+$/.test(nextGap) &&
        (shapeOf(next.text) === "word" || shapeOf(next.text) === "initial") &&
        !isStopWord(next.text, false, list[i + 2]?.text);
      const surname =
        (shapeOf(run[0].text) === "honorific" || SURNAME_TITLES.has(token.text.toLowerCase())) &&
        /^\p{Lu}\p{Ll}+$/u.test(token.text) &&
        !nameGoesOn;
      if (!surname) break;
      run.push(token);
      continue;
    }
    // "… in Appendix B. Pass it to …": a label's letter, or a sentence's last letter before a command, is no initial.
    if (
      shape === "initial" &&
      ((run.length === 0 && labelLetter(list, i, window)) || sentenceAfter(list, i, window))
    )
      break;
    // "Mrs A Patel": a capital letter after a title, or before a surname, is an initial, not the word "a".
    const initial = shape === "initial" && (run.length > 0 || shapeOf(list[i + 1]?.text ?? "") === "word");
    if (
      !initial &&
      !GAELIC_ARTICLE.test(token.text) &&
      // The word after the titles is a first name's place too: "Mrs June Okafor", "Ms April Lee".
      isStopWord(
        token.text,
        run.every((t) => shapeOf(t.text) === "honorific"),
        list[i + 1]?.text,
      ) &&
      !surnameAfterFirstName(run, token, list[i + 1])
    )
      break;
    run.push(token);
  }
  // A lone initial at the end is not part of the name ("Jane Smith D").
  while (run.length > 2 && shapeOf(run[run.length - 1].text) === "initial") run.pop();
  while (run.length > 0 && shapeOf(run[run.length - 1].text) === "particle") run.pop();
  return run;
}

/**
 * Whether token `at` is a first name in brackets after the run's one first name, and a surname follows it:
 * "Sam (Samantha) Ortiz". The run holds titles and one word; the bracket one word the lexicon knows as a first name.
 */
function givenNameInBrackets(run: Token[], list: Token[], at: number, window: string): boolean {
  const [inside, after] = [list[at], list[at + 1]];
  if (!oneFirstName(run) || after === undefined) return false;
  const open = /^[ \t\u00a0]*([("“])$/.exec(window.slice(run[run.length - 1].end, inside.start))?.[1];
  const close = /^([)"”])[ \t\u00a0]+$/.exec(window.slice(inside.end, after.start))?.[1];
  if (!open || !close || CLOSING[open] !== close) return false;
  return (
    shapeOf(inside.text) === "word" &&
    shapeOf(after.text) === "word" &&
    has(lexiconTags(inside.text), FIRST_NAME) &&
    !isStopWord(after.text, false, list[at + 2]?.text)
  );
}

/** The mark that closes each opening one around a name between first name and surname. */
const CLOSING: Record<string, string> = { "(": ")", '"': '"', "“": "”" };

/** The run holds titles and one name word: "Sam", "Mrs Jo". */
function oneFirstName(run: Token[]): boolean {
  const words = run.filter((t) => shapeOf(t.text) !== "honorific");
  return words.length === 1 && shapeOf(words[0].text) === "word";
}

/** A nickname in single quotes the token keeps ("‘Bob’", "'Bob'") after one first name, a surname after it. */
function singleQuotedNickname(run: Token[], list: Token[], at: number, window: string): boolean {
  const [inside, after] = [list[at], list[at + 1]];
  const word = /^(?:‘([^‘’']+)’|'([^‘’']+)')$/u.exec(inside.text);
  const nick = word?.[1] ?? word?.[2];
  return (
    nick !== undefined &&
    after !== undefined &&
    oneFirstName(run) &&
    /^[ \t\u00a0]+$/.test(window.slice(inside.end, after.start)) &&
    shapeOf(nick) === "word" &&
    has(lexiconTags(nick), FIRST_NAME) &&
    shapeOf(after.text) === "word" &&
    !isStopWord(after.text, false, list[at + 2]?.text)
  );
}

/** Words after which a capital letter is a label's, not an initial: "Appendix B", "Annex C", "Part A", "Form D". */
const LETTER_LABELS = new Set(
  "appendix appendices annex annexe annexes section sections part parts form forms schedule table figure chapter paragraph clause step stage".split(
    " ",
  ),
);

/** "… in Appendix B. Pass it …": a capital letter after a label's word is the label's, not a name's initial. */
function labelLetter(list: Token[], at: number, window: string): boolean {
  const before = list[at - 1];
  return (
    before !== undefined &&
    /^[ \t\u00a0]+$/.test(window.slice(before.end, list[at].start)) &&
    LETTER_LABELS.has(before.text.toLowerCase())
  );
}

/** A pronoun or determiner after an imperative: the verb's object ("Pass it", "Send the form", "Keep this"). */
const OBJECT_WORD =
  /^(?:it|them|this|these|that|those|the|a|an|all|any|your|their|his|her|our|every|each|him|us|me)$/;

/**
 * "… in Appendix B. Pass it to the Welfare Officer": a letter with a full stop, then a capitalised verb and its
 * object, is a sentence's end and the next one's command, not an initial and a surname. The tagger must call the
 * word a verb in context, not a person's ("B. Smith the DSL" stays a name).
 */
function sentenceAfter(list: Token[], at: number, window: string): boolean {
  const [letter, word, object] = [list[at], list[at + 1], list[at + 2]];
  if (!letter.text.endsWith(".") || !word || !object || shapeOf(word.text) !== "word") return false;
  if (!/^[ \t\u00a0]+$/.test(window.slice(letter.end, word.start))) return false;
  if (!/^[ \t\u00a0]+$/.test(window.slice(word.end, object.start)) || !OBJECT_WORD.test(object.text))
    return false;
  const tags = tagWords(`${word.text} ${object.text}`)[0]?.tags ?? new Set<string>();
  return tags.has("Verb") && tags.has("Infinitive") && !has(tags, PERSONISH);
}

/**
 * "Mr Sam Young", "Mrs Jo May": after a title and a first name, a capitalised word that is otherwise an adjective
 * or "may"/"will" is the surname — when no name-shaped word follows ("Ms Ada Senior Practitioner" is a job title).
 */
function surnameAfterFirstName(run: Token[], token: Token, next: Token | undefined): boolean {
  if (shapeOf(token.text) !== "word" || (next && shapeOf(next.text) === "word")) return false;
  const words = run.filter((t) => shapeOf(t.text) !== "honorific");
  if (words.length !== 1 || words.length === run.length || shapeOf(words[0].text) !== "word") return false;
  if (!has(lexiconTags(words[0].text), FIRST_NAME)) return false;
  const tags = lexiconTags(token.text);
  return tags.size === 1 && (tags.has("Adjective") || tags.has("Modal"));
}

function found(window: string, run: Token[]): FoundName {
  const start = run[0].start;
  const end = run[run.length - 1].end;
  return { name: window.slice(start, end), start, end };
}

/**
 * A template's words where a name should be: "Firstname Surname", "First Name Last Name", "Forename Surname", "Full
 * Name" — a blank, never a person; not a form's label ("Full name:").
 */
/**
 * A template's words for a first name and a surname ("Firstname Surname", "First Name Last Name", "FORENAME
 * SURNAME"), its words apart by `space` (a pattern's source): shared by the name reader and placeholder-text.
 */
export function templateNameWords(space: string): string {
  return `(?:(?:First|FIRST)[ -]?(?:[Nn]ame|NAME)|[Ff]irstname|FIRSTNAME|Forenames?|FORENAMES?|Given${space}[Nn]ames?|GIVEN${space}NAMES?)${space}(?:Surname|SURNAME|(?:Last|LAST|Family|FAMILY)[ -]?(?:[Nn]ame|NAME)|[Ll]astname|LASTNAME)`;
}
/**
 * A given name written alone, as a pattern's source: a capital then small letters ("Kofi", "O'Neill"), or two given
 * names joined by a hyphen, each capitalised ("Sally-Ann", "Jean-Paul", "Anne-Marie"). The second part is read only
 * after the first's hyphen. Whether the word is someone's first name is the resolver's to say: a double-barrelled
 * surname alone ("Mensah-Drury") matches the shape but no one's full name opens with it.
 */
export const FIRST_NAME_WORD = String.raw`\p{Lu}[\p{Ll}'’-]+(?:(?<=-)\p{Lu}[\p{Ll}'’]+)?`;

export const TEMPLATE_NAME = String.raw`(?:${templateNameWords(String.raw`\s+`)}|Full\s+[Nn]ame|FULL\s+NAME)\b(?!\s*:)`;
const TEMPLATE_NAME_AT = new RegExp(String.raw`^\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?${TEMPLATE_NAME}`);

/**
 * A person's name at the very start of `window` (after spaces): "Mrs R. Okafor, Manager" → "Mrs R. Okafor".
 */
export function nameAt(window: string, slot: NameSlot = { strength: "strong" }): FoundName | undefined {
  if (TEMPLATE_NAME_AT.test(window)) return undefined;
  // "DSL: JANE SMITH" — capitals in a name's place read as "Jane Smith" (same length, same offsets).
  // Two capitals, then the rest of the word by one pattern alone: "\p{Lu}{2,}[\p{Lu}'’-]*" shares the capitals between
  // two runs and tried every split of a long run of capitals (quadratic in its length).
  if (slot.strength === "strong" && /^\s*\p{Lu}\p{Lu}[\p{Lu}'’-]*\s+\p{Lu}{2,}/u.test(window)) {
    const titled = window.replace(/\p{Lu}\p{Lu}[\p{Lu}'’-]*/gu, (w) =>
      w.toLowerCase().replace(/(^|[-'’])\p{Ll}/gu, (c) => c.toUpperCase()),
    );
    if (titled.length === window.length) {
      const found = nameAtTitled(titled, slot);
      if (found && capitalsArePerson(found.name))
        return { ...found, name: window.slice(found.start, found.end) };
    }
  }
  return nameAtTitled(window, slot);
}

/**
 * Whether words written in capitals are a person's name: "JANE SMITH", "AMIRA HADDAD" are; a form's label in
 * capitals is not ("FOR THE SITE DSL: ACTION TAKEN AND DATE PASSED", "NEXT STEPS"). A word the lexicon knows as a
 * name or title says it is; otherwise a word it knows as anything else (a verb, an adjective, a plural) says it
 * is not. Words it does not know at all (most surnames) are a name's.
 */
function capitalsArePerson(name: string): boolean {
  const words = name.split(/\s+/).filter((w) => shapeOf(w) === "word");
  const tags = words.map(lexiconTags);
  if (tags.some((t) => has(t, PERSONISH))) return true;
  return tags.every((t) => t.size === 0);
}

/**
 * How many words nameAtTitled() reads: runFrom() takes six at most and looks two past the last it takes. A window
 * that runs on (a PDF's line is a whole paragraph) is not split into words to its end for a name at its start.
 */
const NAME_AT_WORDS = 8;

function nameAtTitled(window: string, slot: NameSlot): FoundName | undefined {
  const list = tokens(window, NAME_AT_WORDS);
  if (list.length === 0 || window.slice(0, list[0].start).trim() !== "") return undefined;
  const run = runFrom(list, 0, window);
  if (run.length === 0) return undefined;
  const verdict = judge(run, slot);
  if (!verdict || verdict.drop > 0) return undefined;
  return found(window, run.slice(0, verdict.end));
}

/**
 * Letters in capitals after a name, then the list's next name: "Miss Aoife Kearney TCRG / Mr Ciarán Doherty" (a
 * teaching body's letters that POST_NOMINALS_AFTER does not know). Only before "/", "&" or "and" and a capital;
 * never a role's letters ("Ms A DSL and Mr B DDSL" is two roles).
 */
const CAPITALS_BEFORE_NEXT = /^((?:[ \t\u00a0]+[A-Z]{2,6}(?![\p{L}\d]))+)(?=\s*(?:\/|&|\band\b)\s*\p{Lu})/u;
const ROLE_LETTERS = new Set(Object.keys(ROLE_ABBREVIATIONS).flatMap((a) => [a, `${a}S`]));

/**
 * What stands between two names of a list: a bracket after the first ("(Head)") and "/", "&", ",", "and" or "or". A
 * bilingual label writes "and" in both languages either side of a slash ("a/and", "agus / and", "and / et"): one
 * short lower-case word, the slash and the English word, read as one "and". A lone "a" or "agus" between two names
 * in the other language's prose is not read as one: nothing says what it means.
 */
/** A bracket after a name longer than this holds more than a job: its job and phone number, its place. */
const LONG_BRACKET = 40;

const NEXT_NAME =
  /^(?:\s*\((?<inner>[^()\n]{0,80})\))?\s*(?:\p{Ll}{1,6}\s*\/\s*(?:and|&)(?![\p{L}\d])|(?:and|&)\s*\/\s*\p{Ll}{1,6}(?![\p{L}\d])|\/|&|,|\band\b|\bor\b)\s*/u;

/**
 * Every name at the start of `window`, when several are listed: "Leon Ashby / Maya Corrigan",
 * "Leon Ashby and Maya Corrigan", "Ana Ruiz, Ben Cole and Cat Dunn".
 */
export function namesAt(window: string, slot: NameSlot = { strength: "strong" }): FoundName[] {
  const names: FoundName[] = [];
  let at = 0;
  let long = false;
  let afterContact = false;
  let afterComma = false;
  for (;;) {
    const first = nameAt(window.slice(at), slot);
    if (!first) break;
    // "Dr Ffion Hale, Clinical Psychologist": after a bare comma, a job the tagger knows is the one before's job, not
    // a second person (a name the tagger knows as a person's still is one).
    if (afterComma && jobNotPerson(first.name)) break;
    // After a contact and "; and", the next is another holder only when listed the same way — its own bracket or
    // contact, or nothing more — not "…; and Mr Patel, our chair, handles complaints" (a new clause about them).
    if (afterContact && !LISTED_AFTER_NAME.test(window.slice(at + first.end))) break;
    // "Tom Ure (Centre Manager, 01632 960 555) and Ann Lee (…)": after a long bracket (a job and a phone number),
    // the next is a person's name when a title, an initial or the tagger says so, or its own bracket follows.
    if (
      long &&
      !nameAt(window.slice(at), { strength: "weak" }) &&
      !/^\s*\(/.test(window.slice(at + first.end))
    )
      break;
    names.push({ name: first.name, start: at + first.start, end: at + first.end });
    at += first.end;
    // "Mr Owen Fairclough MEd (Head of Quality) and Ms Leah Achterberg": the degrees after a name are passed over.
    at += POST_NOMINALS_AFTER.exec(window.slice(at))?.[0].length ?? 0;
    const letters = CAPITALS_BEFORE_NEXT.exec(window.slice(at))?.[1];
    if (
      letters &&
      !letters
        .trim()
        .split(/\s+/)
        .some((l) => ROLE_LETTERS.has(l))
    )
      at += letters.length;
    // "Jane Smith (Head) and Tom Brown (Deputy Head)": a bracket after a name, then the next name. A bilingual
    // policy writes its "and" twice, the other language's word and the English one either side of a slash.
    const sep = NEXT_NAME.exec(window.slice(at));
    if (!sep) break;
    afterComma = sep[0].trim() === "," && sep.groups?.inner === undefined;
    long = (sep.groups?.inner?.length ?? 0) > LONG_BRACKET;
    // "Ana Ruiz, Nursery Manager" is one name and a job title: the next must be a name too.
    at += sep[0].length;
    // "Crew Manager Ann Lee / Firefighter Ben Ford": the next person's rank is not their name.
    at += rankAt(window.slice(at))?.length ?? 0;
    // "Ann Lee (Head of Dance), 07700 900 158; and Ben Cole (…)": a way to reach the one, then the next. The next
    // is read as after a long bracket: a person's name by a title, an initial or the tagger, or with its own bracket.
    const contact = /,\s*$/.test(sep[0]) ? CONTACT_THEN_NEXT.exec(window.slice(at)) : null;
    if (contact) {
      at += contact[0].length;
      long = true;
      afterContact = true;
    }
    // "Joel Mbeki, Head of Programmes, and Ffion Rhys, …": a job title after the comma, then the next name.
    else if (sep[0].trim() === ",") at += jobTitleBeforeName(window.slice(at), slot);
  }
  return names;
}

/**
 * A way to reach a person listed before the next ("07700 900 158; and ", "ann@club.example.org, and "), one or two
 * of them: a phone number, an email address or a bracketed blank left for one ("[phone number]"). Only before ";"
 * or "and": after a bare comma the words go on about the same person ("07700 900 158, evenings only").
 */
const CONTACT = String.raw`(?:\+?\d[\d ]{5,15}\d|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\[[^[\]\n]{1,40}\])`;
/** What follows a name listed like the one before it: its bracket, a contact, or the end of the list. */
const LISTED_AFTER_NAME = new RegExp(String.raw`^\s*(?:\(|,\s*${CONTACT}|[;.]?\s*$)`, "u");
const CONTACT_THEN_NEXT = new RegExp(
  String.raw`^${CONTACT}(?:\s*[,/]\s*${CONTACT})?\s*(?:;\s*(?:and\s+)?|,?\s+and\s+)(?=\p{Lu})`,
  "u",
);

/**
 * The capitalised words of a job title between two names in a list, with the separator after it ("Head of
 * Programmes, and " before "Ffion Rhys"; a phone number and a semicolon too: "Head of Family Support – 01632
 * 960413; and " before "Mrs Fran Oyelaran"; the number in brackets: "Stock Supervisor (07700 900813), and "), or
 * 0 when what follows is not a job title and then a name. The title stops at the first comma or full stop, so a
 * clause after the comma ("…, supported by …") is never one.
 */
const TITLE_THEN_NEXT =
  /^([^,.;:()\n]{2,60}?)(?:\s*[–—-]\s*\+?\d[\d ]{5,15}\d|\s*\(\s*\+?\d[\d ]{5,15}\d\s*\))?(?:,\s*and\s+|\s+and\s+|;\s*(?:and\s+)?|,\s*)(?=\p{Lu})/u;
const TITLE_WORD = /^(?:\p{Lu}[\p{L}'’-]*|of|for|the|and|&|to|in)$/u;

function jobTitleBeforeName(window: string, slot: NameSlot): number {
  const title = TITLE_THEN_NEXT.exec(window);
  if (!title) return 0;
  const words = title[1].trim().split(/\s+/);
  if (words.length > 6 || !/^\p{Lu}/u.test(words[0]) || !words.every((w) => TITLE_WORD.test(w))) return 0;
  // A name is not a job title: "Ana Ruiz, Ben Cole and Cat Dunn" is read name by name.
  const asName = nameAt(title[1], slot);
  if (asName && !(asName.name === title[1].trim() && jobNotPerson(asName.name))) return 0;
  const next = nameAt(window.slice(title[0].length), slot);
  return next && next.start === 0 ? title[0].length : 0;
}

/**
 * A document's own word ending its capitalised title: "Acceptable Use Policy", "Escalation Procedure", "Home–School
 * Agreement", "Visits Handbook". Not a surname's ("Charter", "Code"), which "Code of Conduct" reads in full.
 */
const DOCUMENT_WORD =
  /^(?:polic(?:y|ies)|procedures?|agreements?|protocols?|handbooks?|guidance|guidelines|statement|framework)$/i;
/** The last words of a code's title: "Code of Conduct", "Code of Practice", "Code of Ethics". */
const CODE_OF = /^(?:conduct|practice|ethics)$/i;

/**
 * Whether the word at `i` ends a document's title: its own word after another capitalised one ("Use Policy"; not
 * "Head of Policy"), or "Code of Conduct", with the title's end after it — a stop, comma or colon, or a word in lower
 * case ("… Policy. The DSL", "… Procedure: the DSL"). Capitalised words running on ("Policy Officer") are a job.
 */
function endsDocumentTitle(list: Token[], i: number, window: string): boolean {
  const word = list[i].text;
  const spaced = (k: number) => k >= 0 && /^[ \t\u00a0]+$/.test(window.slice(list[k].end, list[k + 1].start));
  const titled = DOCUMENT_WORD.test(word)
    ? spaced(i - 1) && /^\p{Lu}/u.test(list[i - 1].text) && shapeOf(list[i - 1].text) !== "honorific"
    : CODE_OF.test(word) &&
      spaced(i - 2) &&
      spaced(i - 1) &&
      list[i - 1].text === "of" &&
      list[i - 2].text === "Code";
  if (!titled) return false;
  const next = list[i + 1];
  const gap = window.slice(list[i].end, next ? next.start : window.length);
  return /[.,:;!?]/.test(gap) || (next !== undefined && /^\p{Ll}/u.test(next.text));
}

/**
 * The name that ends `window`, with only the allowed words after it (job titles, "and", "the"…):
 * "Ellen Price, Nursery Manager and " → "Ellen Price". `between` says which words may follow the name.
 */
export function nameBefore(
  window: string,
  isBetween: (word: string) => boolean,
  slot: (start: number, end: number) => NameSlot,
): FoundName | undefined {
  const list = tokens(window);
  // Walk back over the words that may sit between a name and its role.
  let i = list.length - 1;
  let skipped = 0;
  // A word in lower case passed over between the role and here ("If none of the DSL …"): the words of a sentence.
  let lowerBetween = false;
  while (i >= 0 && skipped < 10) {
    const word = list[i].text;
    const gapAfter = window.slice(list[i].end, i + 1 < list.length ? list[i + 1].start : window.length);
    // A sentence ends between: the name is not this role's. A full stop after a word of the language ("… for this
    // policy. The DSL …") ends one too; after a capitalised word it may be a name's ("Mrs Ada Lowe. DSL").
    if (/[.!?;]/.test(gapAfter) && !/^\s*\.\s*$/.test(gapAfter.replace(/[)\]]/g, ""))) return undefined;
    if (/\.\s/.test(gapAfter) && /^\p{Ll}{2,}$/u.test(word)) return undefined;
    // "Headteacher: Mrs Ida Roe. If none of the DSL team …": after the name's full stop a new sentence runs in
    // lower-case words up to the role — the name is the sentence before's (an initial's stop is not one).
    if (lowerBetween && /\.\s/.test(gapAfter) && /^\p{Lu}\p{Ll}+$/u.test(word)) return undefined;
    // "… in the IT Acceptable Use Policy. The DSL …": a document's title is no name, and none runs across it.
    if (endsDocumentTitle(list, i, window)) return undefined;
    if (/^\p{Ll}{2,}$/u.test(word)) lowerBetween = true;
    if (shapeOf(word) === "word" && !isStopWord(word, false, undefined)) {
      // A capitalised word that is not a job-title word: this may be the end of the name.
      const tryHere = nameEndingAt(list, i, window, slot);
      if (tryHere) return tryHere;
      if (!isBetween(word)) return undefined;
    } else if (!isBetween(word) && !isStopWord(word, false, undefined) && !/^\p{Lu}/u.test(word)) {
      return undefined;
    }
    i--;
    skipped++;
  }
  return undefined;
}

function nameEndingAt(
  list: Token[],
  last: number,
  window: string,
  slot: (start: number, end: number) => NameSlot,
): FoundName | undefined {
  // The longest run of name words ending at `last`, tried from its longest form down.
  let first = last;
  while (first > 0 && last - first < 5) {
    const gap = window.slice(list[first - 1].end, list[first].start);
    if (!/^[ \t\u00a0]+$/.test(gap)) break;
    const shape = shapeOf(list[first - 1].text);
    if (!shape || isStopWord(list[first - 1].text, false, undefined)) {
      // "April Jones": a starter word may begin the name.
      if (!(shape === "word" && isStopWord(list[first - 1].text, true, list[first].text) === false)) break;
    }
    first--;
  }
  for (let from = first; from <= last; from++) {
    const run = runFrom(list, from, window).filter((t) => t.start <= list[last].start);
    if (run.length === 0 || run[run.length - 1] !== list[last]) continue;
    const verdict = judge(run, slot(run[0].start, run[run.length - 1].end));
    if (!verdict || verdict.end < run.length) continue;
    return found(window, run.slice(verdict.drop));
  }
  return undefined;
}

/**
 * Whether compromise's tagger reads a short phrase as words of the language, not a person's name: some word is an
 * adjective, a plural, a verb… and none is a name ("Safe Hands", "Safer Clubs"; not "Folasade Adebayo-Nwosu").
 */
export function wordsOfTheLanguage(phrase: string): boolean {
  const tagged = tagWords(phrase);
  return tagged.some((t) => has(t.tags, SENTENCE_WORD)) && !tagged.some((t) => has(t.tags, PERSONISH));
}

/**
 * Whether compromise's tagger reads a short phrase as a job: its last word, alone, someone's occupation ("Speech
 * Therapist", "Art Therapist", "Clinical Director"), and in the phrase not a surname ("Ann Cook", "Jo Painter" are
 * people; "Grace Hall" is no job).
 */
export function occupation(phrase: string): boolean {
  const last = tagWords(phrase).at(-1);
  if (!last || last.tags.has("LastName") || last.tags.has("FirstName")) return false;
  return tagWords(last.text)[0]?.tags.has("Actor") === true;
}

/** Whether capitalised words are a job ("Clinical Psychologist", "Speech Therapist") and not a person's name. */
export function jobNotPerson(words: string): boolean {
  return !/[A-Z]\.|^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b/.test(words) && occupation(words) && !looksLikePerson(words);
}

/** Whether compromise's tagger calls a short phrase a person (for callers outside a role window). */
export function looksLikePerson(phrase: string): boolean {
  return tagWords(phrase).some((t) => PERSONISH.some((p) => t.tags.has(p)));
}

/**
 * The people listed in a stretch of text, in order — the rows of a table that a PDF flattened into one line
 * ("Orchard Row Lorna Fitch (Nursery Manager) Marek Zielinski (Room Leader) 01632 960 311 …"). A run of
 * name-shaped words is a person from its first word the lexicon knows as a name or title; failing that, a run of
 * two or three words is one when a bracket, comma, dash or number follows it, and of a longer run (a place's
 * name, then the person's) its last two words.
 */
export function peopleIn(window: string, max: number): FoundName[] {
  const list = tokens(window);
  const people: FoundName[] = [];
  let i = 0;
  while (i < list.length && people.length < max) {
    const run = runFrom(list, i, window);
    if (run.length === 0) {
      i++;
      continue;
    }
    const nameStart = (t: Token) =>
      shapeOf(t.text) === "honorific" || has(lexiconTags(t.text), ["FirstName", "MaleName", "FemaleName"]);
    const anchor = run.findIndex(nameStart);
    // "Aoife Brennan Cathal Rooney 07700 …": two people of a header row's columns run together; a second first name
    // two words or more after the first, with a surname after it, starts the next person (only while more are wanted).
    const next =
      anchor >= 0 && people.length + 1 < max && run.length - anchor >= 4
        ? run.findIndex((t, k) => k >= anchor + 2 && k <= run.length - 2 && nameStart(t))
        : -1;
    if (next > 0) {
      people.push(found(window, run.slice(anchor, next)));
      i = list.indexOf(run[next]);
      continue;
    }
    const after = window.slice(run[run.length - 1].end).trimStart();
    const closed = /^(?:[(,–—-]|\d|$)/.test(after);
    // "Quarry Lane Hollis Brant (Nursery Manager)": a place's name, then the person's, in one run of words.
    const named =
      anchor >= 0 && run.length - anchor >= 2
        ? run.slice(anchor)
        : closed && run.length >= 2 && run.length <= 3
          ? run
          : closed && run.length >= 4
            ? run.slice(-2)
            : undefined;
    if (named) people.push(found(window, named));
    i = list.indexOf(run[run.length - 1]) + 1;
  }
  return people;
}
