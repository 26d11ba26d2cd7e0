/**
 * A health provider's own safeguarding pair under the NHS titles (roles.ts NAMED_HEALTH_PROFESSIONS), each holder on
 * the title's own paragraph, the paragraph saying what they do:
 *   "**Named Nurse for Safeguarding Children** – Sister Ann Lee, Head of Quality. Ann leads safeguarding across the
 *   hospice: …" — the lead;
 *   "**Named Doctor for Safeguarding Children** – Dr Tom Ure, Medical Director. Tom advises …, and acts for the Named
 *   Nurse when she is not available." — the deputy.
 * The holder leads safeguarding across the setting itself only when "across the/our/this" is followed by one of the
 * nouns a setting calls itself (SETTING_NOUN: the hospice, the service, the unit, the ward, …) and nothing more of
 * that noun phrase. A school's or club's policy lists a trust's named professionals as advisers, so a holder whose
 * words or claim name such an employer (an NHS trust, an ICB, a health board) or say they "can advise" is no lead:
 * "Mrs Ann Lee, Fenbridge Community NHS Trust. Ann leads safeguarding across the city's school nursing service and can
 * advise staff."
 */

import { compared } from "./own-name.js";

/** A named health professional's title, with whom it safeguards: "Named Nurse for Safeguarding Children". */
export const namedHealthTitle = (professions: string): string =>
  String.raw`Named[^\S\n]+(?:${professions})[^\S\n]+for[^\S\n]+Safeguarding(?:[^\S\n]+(?:Children(?:[^\S\n]+(?:and|&)[^\S\n]+(?:Young[^\S\n]+People|Adults))?|Adults))?`;

/** The paragraph's words, not past a blank line (a PDF's wrapped lines are one paragraph). */
const IN_PARAGRAPH = String.raw`(?:(?!\n[^\S\n]*\n)[^])`;

/**
 * A noun a setting calls itself by, as the whole of its noun phrase: "across the hospice", "across the service for
 * families" — not the service of another body ("across the service of Fenbridge NHS Trust", "the hospital trust").
 */
const SETTING_NOUN = String.raw`(?<noun>hospice|service|setting|unit|ward|home|centre|center|clinic|practice|hospital|organisation|organization|charity)(?![\p{L}'’-])(?!\s+(?:of|trusts?|boards?|networks?)(?![\p{L}]))`;

/**
 * "… can advise staff" after a noun any body's team could use of itself ("across the service"): an adviser from
 * outside, not the lead of a setting named by its own kind ("across the hospice … and can advise any member of staff").
 */
const GENERIC_NOUN = /^(?:service|setting|organi[sz]ation)$/i;
const CAN_ADVISE = /(?<![\p{L}])can\s+(?:also\s+)?advise(?![\p{L}])/u;

/** An employer that makes a named professional an outside adviser: "… NHS Trust", an ICB, a health board. */
const ADVISER =
  /(?<![\p{L}])(?:NHS|ICBs?|Trust|Integrated\s+Care\s+Boards?|[Hh]ealth\s+[Bb]oards?|Clinical\s+Commissioning\s+Group|CCG)(?![\p{L}])/u;

/**
 * The title as a label, its holder after a dash or colon, then in the same paragraph a sentence whose subject (the
 * holder's first name or a pronoun) leads safeguarding across the setting, or is its safeguarding lead.
 */
const HOLDER_LEADS = (professions: string) =>
  new RegExp(
    String.raw`(?<![\p{L}])${namedHealthTitle(`(?<profession>${professions})`)}(?:\*\*|__)?[^\S\n]*(?:[–—:]|-[^\S\n])[^\S\n]*(?<holder>${IN_PARAGRAPH}{1,250}?)(?:[.!?:;])\s+(?<claim>(?<who>[Ss]he|[Hh]e|[Tt]hey|\p{Lu}\p{Ll}+)\s+(?:also\s+)?(?:leads\s+(?:on\s+)?safeguarding(?:\s+children)?\s+(?:across|in|at|for|throughout|within)\s+(?:the|our|this)\s+(?:(?:whole|entire)\s+)?${SETTING_NOUN}|is\s+(?:the|our)\s+(?:[\p{L}'’-]+['’]s\s+)?(?:designated\s+)?safeguarding\s+lead(?![\p{L}])))`,
    "gu",
  );

/**
 * The title as a label, then in the same paragraph (before another named title) the holder said to act for the lead's
 * named title: "deputises for the Named Nurse", "acts for the Named Nurse when she is not available".
 */
const HOLDER_ACTS_FOR = (professions: string, lead: string, every: string) =>
  new RegExp(
    String.raw`(?<![\p{L}])${namedHealthTitle(`(?<profession>${professions})`)}(?:\*\*|__)?[^\S\n]*(?:[–—:]|-[^\S\n])(?:(?!Named\s+(?:${every})\s+for\s)${IN_PARAGRAPH}){1,400}?[^\p{L}](?:(?:deputi[sz]es|stands\s+in|covers)\s+for\s+(?:the\s+)?Named\s+(?:${lead})(?![\p{L}])|acts\s+for\s+(?:the\s+)?Named\s+(?:${lead})(?:\s+for\s+Safeguarding(?:\s+Children)?)?\s+(?:when|while|whilst|if|in\s+(?:her|his|their|the)\s+absence))`,
    "gu",
  );

/**
 * A health body's name as a writer gives an employer: "Fenbridge Hospitals NHS Trust", "Mid Fenmoor ICB",
 * "Hollowmere Health Board" — capitalised words up to the body's own word.
 */
const EMPLOYER =
  /(?<![\p{L}'’&-])(?:\p{Lu}[\p{L}'’&-]*\s+){1,6}(?:NHS(?:\s+Foundation)?\s+Trust|NHS|Trust|ICB|Integrated\s+Care\s+Board|[Hh]ealth\s+[Bb]oard|Clinical\s+Commissioning\s+Group|CCG)(?![\p{L}])/gu;
/**
 * Whether the words name an employer (ADVISER) that is not the policy's own body: an NHS trust's own policy (its title
 * or header, `own`, names "Fenbridge Hospitals NHS Trust") gives its own named nurse as "Mrs Ann Lee, Fenbridge
 * Hospitals NHS Trust" — its lead, not an adviser from outside.
 */
function outsideEmployer(words: string, own: string): boolean {
  if (!ADVISER.test(words)) return false;
  const owned = new Set([...own.matchAll(EMPLOYER)].map((m) => compared(m[0])));
  if (owned.size === 0) return true;
  const bodies = [...words.matchAll(EMPLOYER)].map((m) => compared(m[0]));
  // Every mark of an employer must be a body the policy names as its own, the whole name the same: "Fenbridge NHS
  // Trust" is another body than a title's "Mid Fenbridge NHS Trust".
  if (bodies.length === 0 || !bodies.every((b) => owned.has(b))) return true;
  let rest = words;
  for (const m of [...words.matchAll(EMPLOYER)].reverse())
    rest = rest.slice(0, m.index) + rest.slice((m.index ?? 0) + m[0].length);
  return ADVISER.test(rest);
}

/**
 * A setting's own kind, as the noun of "the play service's lead for safeguarding", "the club's safeguarding lead" —
 * never a wider body's ("the trust's", "the diocese's").
 */
const OWN_KIND =
  /^(?:hospice|service|setting|unit|ward|home|centre|center|clinic|practice|hospital|organisation|organization|charity|club|school|academy|nursery|pre-?school|college|team|group|project|church|parish|society|company|department)$/i;

/**
 * A title of the setting's own as a label at a line's start ("**Safeguarding Link Practitioner (Hospital Play
 * Service):** Mr Owain Reece, Senior Play Specialist."), its holder after the colon or dash, then in the same
 * paragraph a sentence whose subject (the holder's first name or a pronoun) is the setting's lead for safeguarding:
 * "He is the play service's lead for safeguarding", "She is our safeguarding lead". Not "… lead for the trust".
 */
const LABELLED_LEAD = new RegExp(
  String.raw`(?<![^\n])[^\S\n]*(?:[*_]{1,2})?(?<title>(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){1,3}(?:Lead|Officer|Co-?ordinator|Coordinator|Person|Practitioner|Champion|Representative|Worker|Contact))(?:[^\S\n]*\((?<qualifier>[^()\n]{1,60})\))?(?:[*_]{1,2})?[^\S\n]*(?:[:–—]|-[^\S\n])(?:[*_]{1,2})?[^\S\n]*(?<holder>${IN_PARAGRAPH}{1,250}?)[.!?;]\s+(?<claim>(?<who>She|He|They|\p{Lu}\p{Ll}+)\s+(?:also\s+)?is\s+(?:the|our)\s+(?:(?:[\p{L}'’-]+\s+){0,2}?(?<noun>[\p{L}-]+)['’]s\s+)?(?:(?:designated\s+)?safeguarding\s+lead|lead\s+for\s+safeguarding(?:\s+children)?)(?![\p{L}])(?!\s+(?:for|of|at|in|across|within|throughout)\s))`,
  "gu",
);

/**
 * The setting's own titles for its lead (LABELLED_LEAD): a possessive's kind (OWN_KIND) must be one the policy's
 * title or header (`own`) calls it ("the play service's" under "Hospital Play Service: …"), and the holder no outside
 * body's employee.
 */
export function labelledLeadTitles(text: string, own: string): string[] {
  if (!/lead\s+for\s+safeguarding|safeguarding\s+lead/i.test(text)) return [];
  const titles = new Set<string>();
  for (const match of text.matchAll(LABELLED_LEAD)) {
    const { title, qualifier, holder, who, claim, noun } = match.groups ?? {};
    if (!title || !holder || !who || !claim || !holderIs(holder, who)) continue;
    if (/^(?:deputy|depute|assistant|alternate|backup|vice)\s/i.test(title)) continue;
    if (noun) {
      if (!OWN_KIND.test(noun)) continue;
      // The kind in the title or header, or in the label's own bracket: "(Hospital Play Service)".
      const kind = noun.replace(/-/g, "[\\s-]?");
      if (!new RegExp(String.raw`(?<![\p{L}])${kind}s?(?![\p{L}])`, "iu").test(`${own}\n${qualifier ?? ""}`))
        continue;
    }
    if (outsideEmployer(holder, own) || outsideEmployer(claim, own)) continue;
    titles.add(title.replace(/\s+/g, " "));
  }
  return [...titles];
}

/** Whether the holder's words before the sentence give the subject's first name: "Sister Ann Lee, Head of …". */
function holderIs(holder: string, who: string): boolean {
  if (/^(?:she|he|they)$/i.test(who)) return true;
  return holder
    .split(/[\s,]+/)
    .slice(0, 4)
    .includes(who);
}

/**
 * Where a sentence starts: a line's start, or after a sentence's end. A PDF's joined lines may run a phone number's or
 * an email address's line into the sentence ("… 01632 960 722 The Named Nurse …", "… @trust.example.org The …").
 */
const SENTENCE_START = String.raw`(?:(?<=^|\n)|(?<=[.!?][^\S\n]{1,3})|(?<=\d[^\S\n]{1,3})|(?<=@[\w.-]{1,60}\.[a-z]{2,}[^\S\n]{1,3}))[^\S\n]*`;
/** A named title said short as a sentence's subject: "The Named Nurse", "Our Named Doctor for Safeguarding Children". */
const SHORT_SUBJECT = (professions: string) =>
  String.raw`${SENTENCE_START}(?:The|Our)[^\S\n]+Named[^\S\n]+(?<profession>${professions})(?:[^\S\n]+for[^\S\n]+Safeguarding(?:[^\S\n]+Children)?)?`;
/** A sentence's words, not past a blank line (a PDF's wrapped lines are one sentence). */
const IN_SENTENCE = String.raw`(?:[^.!?\n]|\n(?![^\S\n]*\n))`;

/**
 * "The Named Nurse leads safeguarding practice in children's services.": the title said short opens its sentence and
 * leads safeguarding in a scope, the scope's words up to the clause's end.
 */
const SUBJECT_LEADS = (professions: string) =>
  new RegExp(
    String.raw`${SHORT_SUBJECT(professions)}\s+(?:also\s+)?leads\s+(?:on\s+)?safeguarding(?:\s+(?:practice|work|children))?\s+(?:across|in|at|for|throughout|within)\s+(?<scope>(?:(?!\n[^\S\n]*\n)[^.!?;:,()]){1,80}?)(?=[^\S\n]*(?:[.!?;:,]|$)|\s+(?:and|but|while|whilst|where|who|which)\s)`,
    "gu",
  );

/**
 * "The Named Doctor shares the lead for medical practice and deputises for the Named Nurse.": the title said short
 * opens its sentence and, straight on or after a clause and ", " or " and", deputises (acts while away) for the lead's
 * named title.
 */
const SUBJECT_ACTS_FOR = (professions: string, lead: string) =>
  new RegExp(
    String.raw`${SHORT_SUBJECT(professions)}(?<between>(?:${IN_SENTENCE}{0,160}?(?:,|\sand))?)\s+(?:(?:also|then|normally|usually)\s+)?(?:(?:deputi[sz]es|stands\s+in|covers)\s+for\s+(?:the\s+)?Named\s+(?:${lead})(?![\p{L}])|acts\s+for\s+(?:the\s+)?Named\s+(?:${lead})(?:\s+for\s+Safeguarding(?:\s+Children)?)?\s+(?:when|while|whilst|if|in\s+(?:her|his|their|the)\s+absence))`,
    "gu",
  );

/** A clause with a subject of its own between the title and the verb: "… and the matron", "while our deputy". */
const OTHER_SUBJECT =
  /(?<![\p{L}])(?:and|but|while|whilst|when|where|who|which)\s+(?:the|our|a|an|her|his|their)\s|Named\s/u;

/** The title as a label with its holder after a colon or dash: "**Named Nurse for Safeguarding Children:** Sister …". */
const LABELLED_HOLDER = (profession: string) =>
  new RegExp(
    String.raw`(?<![\p{L}])${namedHealthTitle(profession)}(?:\*\*|__)?[^\S\n]*(?:[–—:]|-[^\S\n])[^\S\n]*(?:\*\*|__)?[^\S\n]*(?<holder>\p{Lu}[^\n]{0,200})`,
    "u",
  );

/**
 * Whether a scope the named professional leads safeguarding in is the setting's own: "the service", "our hospice"
 * (SETTING_NOUN), or words each of which the policy's title or header (`own`) uses, ending in a setting's kind
 * ("children's services" under "… Children's and Young People's Services") — no health body's ("the Trust's …").
 */
function ownScope(scope: string, own: string): boolean {
  if (ADVISER.test(scope)) return false;
  const words = scope
    .replace(/[‘’`]/g, "'")
    .trim()
    .split(/\s+/)
    .map((w) => w.toLowerCase());
  const rest = words[0] === "the" || words[0] === "our" || words[0] === "this" ? words.slice(1) : words;
  if (rest.length === 0 || rest.length > 4) return false;
  if (words !== rest && rest.length === 1 && new RegExp(`^${SETTING_NOUN}$`, "iu").test(rest[0])) return true;
  const kind = rest[rest.length - 1].replace(/s$/, "");
  if (!OWN_KIND.test(kind)) return false;
  const owned = new Set(
    own
      .replace(/[‘’`]/g, "'")
      .toLowerCase()
      .split(/[^\p{L}'-]+/u),
  );
  return rest.every((w) => owned.has(w));
}

/**
 * The professions the document's own named professionals lead safeguarding as (HOLDER_LEADS), and those said to act
 * for them (HOLDER_ACTS_FOR), the second never one of the first. `own`: the policy's title and header, whose body's
 * employees are its own (outsideEmployer).
 */
export function namedHealthHolders(
  text: string,
  professions: readonly string[],
  own = "",
): { leads: Set<string>; deputies: Set<string> } {
  const leads = new Set<string>();
  const deputies = new Set<string>();
  const all = professions.join("|");
  for (const match of text.matchAll(HOLDER_LEADS(all))) {
    const { profession, holder, who, claim, noun } = match.groups ?? {};
    if (!profession || !holder || !who || !claim || !holderIs(holder, who)) continue;
    // The holder's words and the claim's whole sentence (to its end, not past the paragraph).
    const end = match.index + match[0].length;
    const rest = /^[\s\S]*?(?:[.!?](?=\s|$)|\n[^\S\n]*\n|$)/.exec(text.slice(end, end + 400))?.[0] ?? "";
    if (outsideEmployer(holder, own) || outsideEmployer(claim + rest, own)) continue;
    if (GENERIC_NOUN.test(noun ?? "") && CAN_ADVISE.test(claim + rest)) continue;
    leads.add(profession);
  }
  // "The Named Nurse leads safeguarding practice in children's services.", the title given as a label with its holder
  // ("**Named Nurse for Safeguarding Children:** Sister …"), who works for no other body.
  if (/leads\s+(?:on\s+)?safeguarding/.test(text))
    for (const match of text.matchAll(SUBJECT_LEADS(all))) {
      const { profession, scope } = match.groups ?? {};
      if (!profession || !scope || leads.has(profession) || !ownScope(scope, own)) continue;
      const holder = LABELLED_HOLDER(profession).exec(text)?.groups?.holder;
      if (!holder || outsideEmployer(holder, own)) continue;
      const end = match.index + match[0].length;
      const rest = /^[\s\S]*?(?:[.!?](?=\s|$)|\n[^\S\n]*\n|$)/.exec(text.slice(end, end + 400))?.[0] ?? "";
      if (outsideEmployer(rest, own) || CAN_ADVISE.test(rest)) continue;
      leads.add(profession);
    }
  if (leads.size === 0) return { leads, deputies };
  const others = professions.filter((p) => !leads.has(p));
  if (others.length === 0) return { leads, deputies };
  for (const match of text.matchAll(HOLDER_ACTS_FOR(others.join("|"), [...leads].join("|"), all))) {
    const profession = match.groups?.profession;
    if (profession) deputies.add(profession);
  }
  // "The Named Doctor … and deputises for the Named Nurse.", the deputy's title given as a label with its holder.
  for (const match of text.matchAll(SUBJECT_ACTS_FOR(others.join("|"), [...leads].join("|")))) {
    const { profession, between } = match.groups ?? {};
    if (!profession || OTHER_SUBJECT.test(between ?? "")) continue;
    if (LABELLED_HOLDER(profession).test(text)) deputies.add(profession);
  }
  return { leads, deputies };
}
