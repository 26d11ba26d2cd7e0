/**
 * Words that deny someone a designated lead's role, read for three different jobs (kept side by side so that one is
 * not taken for a loose copy of the other):
 * - HOLDER_NOT_A_LEAD: a sentence's predicate about a named holder, "is not a safeguarding lead", "are not one of our
 *   designated leads", "is no longer the DSL" (holder-said.ts asks whether the holder is its subject, and skips "not
 *   the only / sole / main lead", which denies nothing);
 * - COURSE_NOT_A_LEAD: the same denial without its verb on a training record, "(Head Coach, not a welfare officer)",
 *   "never a designated safeguarding lead", taken out of the course's words before the course is named
 *   (training.ts courseKind). "not the only DSL on site" is taken out too: whatever it says of the person, it is no
 *   part of the course's name.
 * - ROLE_NOT_LEADS (roleDenials, deniedRole): the same denial of a role, its subject the role's words ("Champions are
 *   not designated leads", "A Safeguarding Champion is not a designated safeguarding lead"): no holder of the role
 *   is a lead (leads.ts notTheLead, and training-missing's table-column readers).
 */

/**
 * "is not a safeguarding lead", "are not one of our designated leads", "is no longer the DSL": the holder said not to
 * be a lead. The words between ("safeguarding", "deputy") tell which lead; "not the only lead" says nothing.
 */
export const HOLDER_NOT_A_LEAD =
  /\b(?:is|are)\s+(?:not|no\s+longer)\s+(?:a|an|the|our|one\s+of\s+(?:the|our))\s+(?<words>(?:[\p{L}'’-]+\s+){0,3}?)(?:leads?|DSLs?|designated\s+(?:persons?|officers?)|safeguarding\s+officers?)\b/giu;

/**
 * Words on a record that deny its person a lead's role: "(Head Coach, not a welfare officer)", "never a designated
 * safeguarding lead", "not the club's welfare officer". The role's words there do not make the course a lead's.
 */
export const COURSE_NOT_A_LEAD =
  /\b(?:not|never|no\s+longer)\s+(?:(?:a|an|the|our|one\s+of\s+(?:the|our))\s+)?(?:\p{L}+['’]s?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:officers?|leads?|leaders?|D?DS[LPO]s?|persons?|co-?ordinators?|practitioners?)\b/giu;

/**
 * A role's own bracket that puts it outside the policy, read on the words straight after the role: "Women's section
 * Welfare Officer (adult teams only, not part of this policy): Gemma Strickland", "(not covered by this policy)",
 * "(outside the scope of this policy)". Its holder is no lead of this policy. The bracket is that statement and nothing
 * else: at most a short scope before it ("adult teams only, ", "veterans' section; ") and nothing but spaces between
 * "policy" and the close. Not a bracket about the role's work in which something else is outside ("(also handles
 * concerns about adults at risk, which are outside the scope of this policy)", "(and for the holiday club, outside
 * this policy)").
 */
export const OUTSIDE_POLICY_AFTER =
  /^[\s*_]{0,6}\((?:(?!\s*(?:also|and|plus|as\s+well)\b)[^(),;:\n–—]{1,30}[,;:–—]\s*)?(?:not\s+(?:part\s+of|covered\s+by|under)|outside(?:\s+the\s+scope\s+of)?)\s+(?:this|the|our)\s+(?:polic(?:y|ies)|procedures?)\s*\)/i;

/**
 * A role's holders said, as a group or as any one of them, not to be leads: "Champions are not designated leads",
 * "The site champions are not DSLs", "A Safeguarding Champion is not a designated safeguarding lead". The denial's
 * words (group `verb` "are" or "is"); its subject is read from the words before (roleOfDenial). Only role words
 * between "not" and the lead's noun: "are not the only leads", "are not shared with the DSL" deny nothing.
 */
const ROLE_NOT_LEADS =
  /(?<![\p{L}])(?<verb>are|is)\s+not\s+(?:themselves\s+)?(?:(?:a|an|the|our)\s+)?(?:(?:(?:designated|safeguarding|child\s+protection)\s+){0,2}(?:leads?|DS[LPO]s?)|(?:designated|safeguarding)\s+(?:persons?|officers?))(?![\p{L}])/giu;

/** Where a sentence, a clause or a cell ends: the denial's subject starts after the last one before it. */
const SUBJECT_BOUNDARY = new Set([".", "!", "?", ";", ":", "|", "\n", "("]);
/** The subject: an article or a determiner, then one to four words (the role's, its last one the head noun). */
const SUBJECT = /^(?:(?:the|our|all|a|an|each|every|these|those)\s+)?((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+)$/iu;
/** Words of a unit that may stand before a role's words in its plural: "the site champions", "branch champions". */
const UNIT_WORDS = new Set([
  "site",
  "branch",
  "local",
  "centre",
  "center",
  "hub",
  "venue",
  "section",
  "ward",
  "school",
]);
/** A subject that is the lead or the deputy themselves ("Deputies are not designated leads"), or nobody's role. */
const NOT_A_ROLE_HEAD =
  /^(?:leads?|leaders?|dsls?|dsps?|dsos?|deput(?:y|ies|es?)|alternates?|they|we|you|who|which|these|those|staff)$/i;
/** Words after the denial that give the holders the deputy's part instead: "…; they deputise for the DSL". */
const DEPUTISES =
  /\bdeput|\bstands?\s+in\b|\bcovers?\s+for\b|\bin\s+(?:his|her|their)\s+absence\b|\bacts?\s+for\b/i;
/** A deputy's word before a role's title: "Deputy Safeguarding Champion" is the champion's deputy. */
const DEPUTY_BEFORE_TITLE = /^(?:deputy|depute|assistant|alternate|back-?up)\s+/i;

/** The subject's words (lower case, its last word in the singular) of the denial found at `at`, if it is a role's. */
function roleOfDenial(text: string, at: number, plural: boolean): string[] | undefined {
  let from = at;
  while (from > 0 && !SUBJECT_BOUNDARY.has(text[from - 1])) {
    // A subject is a few words: a longer run is a sentence's middle, not its start.
    if (at - from >= 80) return undefined;
    from--;
  }
  const subject = SUBJECT.exec(text.slice(from, at).replace(/[*_]/g, " ").trim());
  if (!subject) return undefined;
  const words = subject[1].toLowerCase().split(/\s+/);
  const head = words[words.length - 1];
  if (plural !== /[^s]s$/.test(head) || NOT_A_ROLE_HEAD.test(head)) return undefined;
  words[words.length - 1] = plural ? head.slice(0, -1) : head;
  return words;
}

/**
 * The subjects (roleOfDenial) of the text's denials that a role's holders are leads: read once per document, then
 * asked of each role's words by deniedRole.
 */
export function roleDenials(text: string): readonly string[][] {
  // Each subject once: a text saying the same thousands of times is asked of each role no more than once.
  const subjects = new Map<string, string[]>();
  if (/\bnot\s/i.test(text))
    for (const match of text.matchAll(ROLE_NOT_LEADS)) {
      const end = (match.index ?? 0) + match[0].length;
      const rest = /^[^.!?\n]{0,200}/.exec(text.slice(end, end + 200))?.[0] ?? "";
      if (DEPUTISES.test(rest)) continue;
      const words = roleOfDenial(text, match.index ?? 0, match.groups?.verb.toLowerCase() === "are");
      if (words) subjects.set(words.join(" "), words);
    }
  return [...subjects.values()];
}

/**
 * Whether the text's denials (roleDenials) say the holders of the role `label` are not leads: "Champions are not designated
 * leads" of "Safeguarding Champion", "Deputy Safeguarding Champion" and "Safeguarding champion(s)"; "The site
 * champions are not DSLs" too (a unit's word before the role's). The subject's last word is the role's last word and
 * every other word is the role's own: "Committee officers are not designated leads" says nothing of the "Club Welfare
 * Officer". A "designated" title is a lead by its own words, whatever a sentence says of a group of that name.
 */
export function deniedRole(denials: readonly string[][], label: string): boolean {
  if (denials.length === 0) return false;
  const role = label
    .replace(/\(s\)/gi, "")
    .replace(/[^\p{L}\s'’-]/gu, " ")
    .trim()
    .toLowerCase()
    .replace(DEPUTY_BEFORE_TITLE, "");
  const words = role
    .split(/\s+/)
    .map((w, i, all) => (i === all.length - 1 ? w.replace(/(?<=[^s])s$/, "") : w));
  if (words.length < 2 || words.includes("designated")) return false;
  const head = words[words.length - 1];
  return denials.some(
    (subject) =>
      subject[subject.length - 1] === head &&
      subject.slice(0, -1).every((w) => words.includes(w) || UNIT_WORDS.has(w)),
  );
}
