/**
 * What a policy says of a named role's holder in the words after the name, which make a missing training record no
 * omission: that they are not a lead at all ("… is the provider's nominated person with Ofsted. She oversees the
 * home's practice and is not a safeguarding lead for the home"), or that their training is recorded somewhere else
 * ("His training is recorded in the museum's Safeguarding Policy", "The Responsible Individual's own training is held
 * on the provider's records").
 */
import type { LeadMention } from "./leads.js";
import { escapeRegExp } from "./matches.js";
import { HOLDER_NOT_A_LEAD } from "./not-a-lead.js";

/** A sentence's end: not the dot of a title or an initial ("Mrs. Lund", "P. Lund"). */
const SENTENCE_END =
  /(?<![\s(](?:Mr|Mrs|Ms|Miss|Mx|Dr|Revd|Rev|Prof|St|Cllr|\p{Lu}))[.!?](?=[^\S\n]+(?:\*\*|__)?["“(]?\p{Lu})/u;

/**
 * The end of a paragraph: a blank line, or a line break before a heading, a table row, a list's item or a label
 * ("Deputy: …"). A PDF's wrapped lines of one paragraph run on.
 */
const PARAGRAPH_END = /\n[^\S\n]*(?:\n|#|\||[-*•●▪◦]\s|\d+[.)]\s|\p{Lu}[\p{L} ]{0,40}:)/u;

/** The rest of the sentence from `from`, then up to `count` more sentences of the same paragraph. */
function sentencesFrom(text: string, from: number, count: number): string[] {
  const window = text.slice(from, from + 1200);
  const paragraph = window.slice(0, PARAGRAPH_END.exec(window)?.index ?? window.length);
  const sentences: string[] = [];
  let rest = paragraph;
  while (sentences.length <= count && rest.trim() !== "") {
    const end = SENTENCE_END.exec(rest);
    const at = end ? end.index + 1 : rest.length;
    sentences.push(rest.slice(0, at).replace(/\s+/g, " "));
    rest = rest.slice(at);
  }
  return sentences;
}

/**
 * The words before HOLDER_NOT_A_LEAD's verb (not-a-lead.ts) when the holder is its subject: nothing (the sentence's
 * own verb), the name set off by commas, ", who", or "and" / "but" of the holder's own predicate ("… visits each month
 * and is not …").
 */
const HOLDER_BEFORE = /(?:^[^\p{L}]*|^\s*,[^,]{1,80},\s*|,\s*who\s+|\s(?:and|but)\s+)$/u;

/** The pronouns that stand for a holder of the title's sex (they for anyone). */
function pronouns(name: string): string {
  if (/^\s*Mr\b/.test(name)) return "he|they";
  if (/^\s*(?:Mrs|Ms|Miss)\b/.test(name)) return "she|they";
  return "he|she|they";
}

/** A pronoun's possessive: "he" → "his". */
const POSSESSIVE_OF: Record<string, string> = { he: "his", she: "her", they: "their" };

/** Whether a piece of a sentence whose subject is the holder says they are not the mention's kind of lead. */
function saysNotALead(words: string, mention: LeadMention): boolean {
  for (const match of words.matchAll(HOLDER_NOT_A_LEAD)) {
    const between = (match.groups?.words ?? "").toLowerCase();
    if (/\b(?:only|sole|main)\b/.test(between)) continue;
    if (/\bdeputy\b/.test(between) !== (mention.role === "deputy")) continue;
    if (HOLDER_BEFORE.test(words.slice(0, match.index ?? 0))) return true;
  }
  return false;
}

/** Where the holder's name (or the role, when the policy names nobody) ends: the words after it are about them. */
function holderEnd(mention: LeadMention): number {
  return Math.max(mention.endOffset, mention.nameEndOffset ?? 0);
}

/**
 * Whether the policy says of the mention's named holder, in the rest of the sentence or in the next one about them
 * ("She …", "He …"), that they are not a lead: "The Responsible Individual, Mrs A, is the provider's nominated person
 * with Ofsted. She oversees … and is not a safeguarding lead for the home." Another subject ("Staff who are not a
 * lead …") says nothing of them.
 */
export function saidNotALead(text: string, mention: LeadMention): boolean {
  if (!mention.name) return false;
  const [rest, next] = sentencesFrom(text, holderEnd(mention), 1);
  if (rest && saysNotALead(rest, mention)) return true;
  const pronoun = next && new RegExp(`^\\s*(?:${pronouns(mention.name)})\\b`, "iu").exec(next);
  return !!pronoun && saysNotALead(next.slice(pronoun[0].length), mention);
}

/**
 * "training is recorded in …", "training records are held on …", "training dates are recorded in …": the training's
 * place, the words after.
 */
const TRAINING_HELD = String.raw`(?:own\s+)?(?:safeguarding\s+)?training(?:\s+(?:records?|dates?|details?|certificates?))?\s+(?:is|are)\s+(?:recorded|held|kept|logged|listed|maintained|stored)\s+(?<where>(?:in|on|by|with|at)\b[^.;!?]*)`;

/** A place in this policy ("the table below", "Appendix B", "section 4"): not somewhere else. */
const HERE = /\b(?:this|these|below|above|appendix|annex|section|table|here|following|overleaf)\b/i;
/** This policy's own words for where ("this", "below"), which no one else's annex outweighs. */
const HERE_ITSELF = /\b(?:this|these|below|above|here|following|overleaf)\b/i;
/** Another body's own annex: "each academy's local annex", "the school's own appendix" — not this policy's. */
const OTHERS_ANNEX =
  /(?<!\bpolicy|\bdocument|\bprocedure)['’]s\s+(?:own\s+|local\s+|separate\s+)?(?:annex(?:es)?|appendix|appendices)\b/iu;
/**
 * Another body's or another document's keeping: "the museum's Safeguarding Policy", "HR", "a separate log", "the
 * single central record", "the training log".
 */
const ELSEWHERE =
  /\p{L}['’]s\s|\b(?:HR|human\s+resources|personnel|central(?:ly)?|separate(?:ly)?|another|other|log|register|database)\b/u;

const heldElsewhere = (where: string | undefined) =>
  where !== undefined &&
  ELSEWHERE.test(where) &&
  (!HERE.test(where) || (OTHERS_ANNEX.test(where) && !HERE_ITSELF.test(where)));

/**
 * A group's training said to be kept somewhere other than this policy, in a sentence of its own: "Deputies are trained
 * to the same level; their training dates are recorded in each academy's local annex", "The deputies' training
 * records are held in the single central record" (the deputies), "All other training records are held in the single
 * central record", "Staff training is recorded in the training log", "Training records for all other staff are kept
 * by HR" (everyone whose training the policy does not list). Who, from the words before the training (or after
 * "for"); a clause that names no one ("their training …") takes its subject from the clause before it. No group, or
 * no place elsewhere ("Training records are kept securely", "… in the table below"), is nothing.
 */
export interface GroupsTrainingHeld {
  deputies: boolean;
  everyone: boolean;
}

const GROUP_TRAINING_HELD =
  /(?:safeguarding\s+)?training(?:\s+(?:records?|dates?|details?|certificates?))?(?:\s+for\s+(?<for>[^.;!?]{1,60}?))?\s+(?:is|are)\s+(?:recorded|held|kept|logged|listed|maintained|stored)\s+(?<where>(?:in|on|by|with|at)\b[^.;!?]*)/giu;
/** The deputies as a group: "Deputies", "the deputies'", "Deputy DSLs", "each deputy's". */
const DEPUTIES_GROUP =
  /\bdeput(?:ies|y\s+(?:DSL|lead|designated|safeguarding|officer)\p{L}*s)\b|\bdeputies['’]|\b(?:each|every)\s+deputy['’]s\b/iu;
/** Everyone else: "All other", "staff", "everyone else's", "all other staff". */
const EVERYONE_GROUP =
  /\b(?:all\s+other|everyone(?:\s+else)?|every\s+other|other\s+staff|all\s+staff|staff|colleagues|employees)\b/i;
/**
 * One person's possessive just before the training's words: "her", "his own" — not "his or her", "his/her" (anyone in
 * a group).
 */
const PERSONS_POSSESSIVE = /(?<!\b(?:his|her)\s?(?:or|\/)\s?)\b(?:her|his)\s+(?:own\s+)?$/i;
/** A clause whose subject is only a word pointing back: "their", "and their", "whose". */
const POINTING_BACK = /^(?:and\s+|but\s+)?(?:their|whose|the)?\s*(?:own\s+)?$/i;

let groups: { text: string; held: GroupsTrainingHeld } | undefined;

export function groupsTrainingHeldElsewhere(text: string): GroupsTrainingHeld {
  if (groups?.text === text) return groups.held;
  const held: GroupsTrainingHeld = { deputies: false, everyone: false };
  for (const match of text.matchAll(GROUP_TRAINING_HELD)) {
    if (!heldElsewhere(match.groups?.where)) continue;
    // The sentence before the training's words, on one line (a PDF's wrapped lines run on).
    const start = match.index ?? 0;
    const before = text.slice(Math.max(0, start - 300), start).replace(/[*_]/g, "");
    // "She supervises the deputy DSLs, and her training records are held by …": one person's, not a group's.
    if (PERSONS_POSSESSIVE.test(before.slice(-40))) continue;
    const sentence = before
      .split(/(?<=[.!?])\s+(?=\p{Lu})|\n\s*\n/u)
      .at(-1)
      ?.replace(/\s+/g, " ");
    const clauses = (sentence ?? "").split(/[;:]\s*/);
    let subject = clauses.at(-1) ?? "";
    if (POINTING_BACK.test(subject.trim()) && clauses.length > 1) subject = clauses.at(-2) ?? "";
    subject = `${subject} ${match.groups?.for ?? ""}`;
    if (EVERYONE_GROUP.test(subject)) held.everyone = true;
    else if (DEPUTIES_GROUP.test(subject)) held.deputies = true;
  }
  groups = { text, held };
  return held;
}

/** Words that may stand before a group that is its clause's subject: "The two deputy DSLs", "Our deputies". */
const GROUP_DETERMINERS = new Set([
  "the",
  "our",
  "all",
  "both",
  "each",
  "every",
  "two",
  "three",
  "four",
  "its",
]);
/** The clauses of a sentence's words: after ";", ":", "and", "but". */
const CLAUSE_BREAK = /[;:]|\b(?:and|but)\b/i;
/** The holder named by a pronoun as a clause's subject: "They meet the deputy DSLs …". */
const HOLDER_PRONOUN_SUBJECT = /^(?:she|he|they)\b/i;
/** The words right after the holder's name are their own clause: "… is our lead, who trains …", "(Head) meets …". */
const HOLDER_PREDICATE = /^\s*(?:[,(–—-]|\p{Ll})/u;

/** Whether a clause's subject is a group: the group's words first, after only "the", "our", "all" … */
function groupSubject(clause: string): boolean {
  const at = [DEPUTIES_GROUP.exec(clause)?.index, EVERYONE_GROUP.exec(clause)?.index].filter(
    (i) => i !== undefined,
  );
  if (at.length === 0) return false;
  const before = clause.slice(0, Math.min(...at)).trim();
  return before === "" || before.split(/\s+/).every((w) => GROUP_DETERMINERS.has(w.toLowerCase()));
}

/** What the reader knows of the holder where a possessive "their" stands. */
interface TheirContext {
  /** The sentence starts right after the holder's name ("… is our lead, and their training …"). */
  holderOpens: boolean;
  /** The holder's title gives no sex ("Rowan Achterberg"), so "their" may be theirs after their name. */
  sexless: boolean;
  /** A sentence since the holder's name speaks of a group: a later "They …" may be the group. */
  groupEarlier: boolean;
}

/**
 * Whether "their" is the holder's: the subject of the nearest clause that has one is the holder called "they" ("They
 * meet the deputy DSLs every half term, and their …"), or the holder's own name with no sex to it ("Rowan Achterberg
 * meets the deputies, and their …"). A group as subject ("The deputies attend …, and their …"), "she"/"he" (whose own
 * is "her"/"his") or no subject found: not the holder's.
 */
function theirIsHolders(before: string, context: TheirContext): boolean {
  const clauses = before.split(CLAUSE_BREAK);
  for (let i = clauses.length - 1; i >= 0; i--) {
    const clause = (clauses[i] ?? "").replace(/^[\s,]+/, "");
    if (groupSubject(clause)) return false;
    const pronoun = HOLDER_PRONOUN_SUBJECT.exec(clause)?.[0].toLowerCase();
    if (pronoun) return pronoun === "they" && !context.groupEarlier;
    if (i === 0 && context.holderOpens && HOLDER_PREDICATE.test(clauses[0] ?? "")) return context.sexless;
  }
  return false;
}

/**
 * Whether the possessive before a holder's training's words ("… and her training records are held by …") is a group's
 * the sentence names before it: "their" after a group ("The deputies attend termly updates and their training is
 * recorded by …"), unless the clause is the holder's (theirIsHolders). "her"/"his" are the holder's: a group's is
 * "their". `earlier`: the sentences since the holder's name.
 */
function groupsPossessive(
  before: string,
  possessive: { word: string; holderOpens: boolean; sexless: boolean; earlier: string[] },
): boolean {
  const group = (words: string) => DEPUTIES_GROUP.test(words) || EVERYONE_GROUP.test(words);
  if (!group(before) || possessive.word.toLowerCase() !== "their") return false;
  return !theirIsHolders(before, { ...possessive, groupEarlier: possessive.earlier.some(group) });
}

/** The role set off before a name: "The **Responsible Individual**, Mrs A" → "Responsible Individual". */
const APPOSITIVE_ROLE =
  /(?:^|[.!?]\s+|\n)(?:The|Our)\s+(?:\*\*|__)?(?<role>(?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)(?:\*\*|__)?\s*,\s*$/u;

/**
 * Whether the policy says the holder's training is kept somewhere other than this policy: in the rest of the sentence
 * or the next two sentences about them ("His training is recorded in the museum's Safeguarding Policy"), or anywhere
 * under their role's words or their name ("The Responsible Individual's own training is held on the provider's
 * records"). A place in this policy ("recorded in the table below") is no such place: the record should be there.
 */
export function saidTrainingHeldElsewhere(text: string, mention: LeadMention): boolean {
  const name = mention.name?.trim();
  if (!name) return false;
  const pronoun = pronouns(name)
    .split("|")
    .map((p) => POSSESSIVE_OF[p] ?? p)
    .join("|");
  const held = new RegExp(
    `(?:^\\s*|[;(,]\\s*|\\sand\\s+)(?<possessive>${pronoun})\\s+${TRAINING_HELD}`,
    "iu",
  );
  const sentences = sentencesFrom(text, holderEnd(mention), 2);
  for (const [i, sentence] of sentences.entries()) {
    const match = held.exec(sentence);
    if (!match) continue;
    // "Deputies are trained …; their training dates are recorded in …": "their" is the group's (read for the group,
    // groupsTrainingHeldElsewhere), not this holder's.
    const possessive = {
      word: match.groups?.possessive ?? "",
      holderOpens: i === 0,
      sexless: pronouns(name) === "he|she|they",
      earlier: sentences.slice(0, i),
    };
    if (groupsPossessive(sentence.slice(0, match.index), possessive)) continue;
    if (heldElsewhere(match.groups?.where)) return true;
  }
  // The role's words (of more than one word) or the name, in the possessive, anywhere.
  const nameAt = mention.nameOffset ?? mention.offset;
  const appositive = APPOSITIVE_ROLE.exec(text.slice(Math.max(0, nameAt - 80), nameAt))?.groups?.role;
  const label = mention.label.replace(/[*_]/g, "").trim();
  const owners = [...(/\s/.test(label) ? [label] : []), ...(appositive ? [appositive] : []), name].map((w) =>
    w.split(/\s+/).map(escapeRegExp).join("\\s+"),
  );
  const places = possessivesHeldElsewhere(text);
  if (places.length === 0) return false;
  const owned = new RegExp(`(?<=(?:^|[^\\p{L}])(?:${owners.join("|")}))['’]s\\s`, "iuy");
  return places.some((at) => {
    owned.lastIndex = at;
    return owned.test(text);
  });
}

/** A possessive's training kept elsewhere ("…'s own training is held on the provider's records"): at its "'s". */
const POSSESSIVE_TRAINING_HELD = new RegExp(`['’](?=s\\s+${TRAINING_HELD})`, "giu");

/** The last text read, and where in it a possessive's training is said to be kept elsewhere. */
let possessives: { text: string; at: number[] } | undefined;

/**
 * Where in the text a possessive's training is said to be kept somewhere else: read once per text, not once per
 * mention (a policy naming thousands of holders read the whole text again for each).
 */
function possessivesHeldElsewhere(text: string): number[] {
  if (possessives?.text !== text) {
    const at: number[] = [];
    for (const match of text.matchAll(POSSESSIVE_TRAINING_HELD))
      if (heldElsewhere(match.groups?.where)) at.push(match.index ?? 0);
    possessives = { text, at };
  }
  return possessives.at;
}
