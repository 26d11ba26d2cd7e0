/**
 * Leads: where the designated safeguarding lead and deputies are mentioned, and the names given for them.
 *
 * The role words come from roles.ts; a person's name from people.ts (name-shaped words, cut by the role
 * vocabulary, judged by compromise's tagger in doubtful places). This module knows the layouts: the name after
 * the role ("DSL: Owen Pryce", "Designated Safeguarding Lead Hannah Birch"), before it ("Tomasz Nowak –
 * Designated Safeguard Lead", "Jo Ferris (referred to below as the Safeguarding Co-ordinator)"), on the lines
 * under a role heading or label, in a table row or column, and the author of a childminder's policy ("I am the
 * designated lead").
 */

import { monthNumber, parseLooseDate } from "./dates.js";
import { deputyOfLeadTitle, leadTitleWords } from "./deputy-of-lead-title.js";
import { EACH_OF_US_BEFORE, eachOfUsHolders } from "./each-of-us.js";
import { firstNameInFull } from "./first-name-in-full.js";
import {
  type Cell,
  contentStart,
  historyLines,
  isKeyValueBoxAt,
  isMarkdownHeading,
  isTableRow,
  isTableSeparator,
  type Line,
  lineAt,
  plain,
  splitLines,
  tableCells,
  VERSION_ROW,
} from "./lines.js";
import { allMatches, escapeRegExp, trimEndWhere } from "./matches.js";
import { labelledLeadTitles, namedHealthHolders, namedHealthTitle } from "./named-health.js";
import { deniedRole, OUTSIDE_POLICY_AFTER, roleDenials } from "./not-a-lead.js";
import { compared, ownNameZone, titleOf } from "./own-name.js";
import {
  type FoundName,
  jobNotPerson,
  looksLikePerson,
  type NameSlot,
  nameAt,
  nameBefore,
  namesAt,
  occupation,
  peopleIn,
  rankAt,
  TEMPLATE_NAME,
  wordsOfTheLanguage,
} from "./people.js";
import { ACTS_FOR_QUICK, ROLE_DEPUTISES_QUICK, roleDeputises, rolesActForLead } from "./role-deputises.js";
import {
  BETWEEN_NAME_AND_ROLE,
  DEPUTY_LABELS,
  DEPUTY_PREFIXES,
  DEPUTY_ROLE_PHRASES,
  DEPUTY_TITLE_PREFIXES,
  FORMER_PREFIXES,
  HONORIFICS,
  JOB_NOUNS,
  LEAD_ROLE_PHRASES,
  NAMED_HEALTH_PROFESSIONS,
  NOT_LEAD_PHRASES,
  NOT_NAME_WORDS,
  OUTSIDE_PREFIXES,
  OVERSEER_TITLES,
  POSSESSIVE_BODIES,
  POSSESSIVE_BODY_NAMES,
  REGIONAL_LEAD_PHRASES,
  ROLE_ABBREVIATIONS,
  ROLE_FOLLOWERS,
  ROLE_SCOPE,
  TITLE_PATTERN,
} from "./roles.js";
import { between, firstAtOrAfter } from "./sorted-search.js";
import { surnameWrappedBelow } from "./wrapped-surname.js";

export type LeadKind = "dsl" | "deputy";

export interface LeadMention {
  role: LeadKind;
  /** The role words as written ("Designated Safeguarding Lead", "DSL"). */
  label: string;
  offset: number;
  endOffset: number;
  /** The person named for the role on the same line or table row, if any (the first when several are). */
  name?: string;
  nameOffset?: number;
  nameEndOffset?: number;
  /** Every person named for the role here: "Deputy: Leon Ashby / Maya Corrigan" gives both. */
  names?: string[];
  /** The lead is the policy's author: "As a registered childminder I am the designated lead". */
  author?: boolean;
  /** The people listed under a "safeguarding team" heading: leads, though no role word names them. */
  team?: boolean;
  /** A change history's earlier holder: "2019: DSL changed from Ann Lee to Bea Moss" gives "Ann Lee". */
  former?: string;
  /** A placeholder stands where the name should be: "(name)", "[insert name]", "TBC", "XXXX". */
  placeholder?: string;
  /**
   * Under the role, a list of places each giving the role's holder ("- North: Jade Ure", "- South: Sam Lee"), one of
   * them a placeholder instead ("- West: to be appointed"): that place's item, from its label to the placeholder's end.
   */
  vacancy?: { place: string; placeholder: string; offset: number; endOffset: number };
  /** The names were read one per place's item under the role ("- North – Jade Ure", "- South: Sam Lee"). */
  placeNames?: boolean;
  line: Line;
}

// ---------------------------------------------------------------------------
// The role expression, built from the vocabulary
// ---------------------------------------------------------------------------

function phrasePattern(phrase: string): string {
  return phrase
    .split(" ")
    .map((word) =>
      escapeRegExp(word)
        // "Co\\-ordinator" (a web page's escaped hyphen) is "Co--ordinator" after maskMarkdown().
        .replace(/^co-ordinator$/, "co-{0,2}\\s?ordinator")
        .replace(/^&$/, "(?:&|and)")
        // "Safeguarding Contact" is a person; "Safeguarding Contacts" (a team or a list's heading) and
        // "safeguarding contact details" are not.
        .replace(/^contact$/, CONTACT_WORD)
        // A scanned page's text layer (OCR) with a zero for the capital O opening "Officer" ("Deputy Child
        // Protection 0fficer:"): no other word is spelt so.
        .replace(/^officer$/, "[o0]fficer"),
    )
    .join("\\s+");
}

const CONTACT_WORD = String.raw`contact(?![sS](?![\p{L}])|\s+(?:details|numbers?|info(?:rmation)?|list|sheet|cards?|posters?|page|form|points?|telephone|phone|e-?mail|address(?:es)?)(?![\p{L}]))`;

const byLength = (a: string, b: string) => b.length - a.length;
const PHRASES = [...LEAD_ROLE_PHRASES].sort(byLength).map(phrasePattern).join("|");
const PREFIXES = DEPUTY_PREFIXES.join("|");
const ABBREVIATIONS = Object.keys(ROLE_ABBREVIATIONS).sort(byLength).join("|");

/**
 * A role: a phrase with an optional deputy prefix, or an abbreviation. The phrase may run straight into a
 * capitalised name with no space ("LeadHannah Birch": a PDF that lost the space).
 */
const ROLE = new RegExp(
  String.raw`\b(?:(?<deputy>(?:${PREFIXES})\s+(?:(?:parish|club|group|unit|school|church|setting|nursery|centre|team|league|junior|youth|section|choir|site)\s+)?)?(?<phrase>${PHRASES})(?:s|'s|’s|\(s\))?(?:\s*\((?:D?DSL|DSP|DSO|DP|CWO|CPO|CSO|DDSO)\)(?=\s+(?:for|of)\s))?(?:\s+(?:for|of)\s+(?:safeguarding|child\s+protection|safeguarding\s+and\s+child\s+protection)(?:\s+and\s+welfare)?)?(?:(?![\p{L}\d])|(?=\p{Lu}))|(?<abbr>${ABBREVIATIONS})(?:'s|’s|s)?(?![\p{L}\d]))(?:\s*\((?:D?DSL|DSP|DSO|DP|CWO|CPO|CSO|DDSO)\))?`,
  "giu",
);

/**
 * Words one of which every match of ROLE holds (its phrase's head word, or its abbreviation): a text without any has no
 * role, so roleMatches() skips the long expression on it. Built from the same vocabulary, so it can never miss one.
 */
const ROLE_HEADS = [
  "lead",
  // "0fficer" too (phrasePattern: a scan's text layer).
  "fficer",
  "person",
  "practitioner",
  "ordinator",
  "representative",
  "champion",
  "manager",
  "contact",
  "teacher",
];
const headOf = (phrase: string) =>
  ROLE_HEADS.find((head) => phrase.includes(head)) ??
  // A phrase without one of those heads keeps its longest word, written as is.
  escapeRegExp(phrase.split(" ").sort(byLength)[0]);
const ROLE_QUICK = new RegExp(
  [...new Set([...LEAD_ROLE_PHRASES.map(headOf), ...Object.keys(ROLE_ABBREVIATIONS)])].join("|"),
  "iu",
);

/** Every role in `text` (ROLE's matches), the quick test first: most lines of a policy name none. */
function roleMatches(text: string): RegExpExecArray[] {
  return ROLE_QUICK.test(text) ? allMatches(ROLE, text) : [];
}
const DEPUTY_BEFORE = /\b(?:deputy|deputies|depute|alternate|assistant)\s*\(?$/i;
/**
 * "Deputy Programme Safeguarding Lead", "Deputy Hub Welfare Officer": a capitalised deputy prefix, then one or two
 * capitalised words naming what the role covers, then the role — one title, the deputy's. Not a job title before
 * the role ("Deputy Head Designated Safeguarding Lead" is the deputy head, who is the lead).
 */
const DEPUTY_QUALIFIED_BEFORE =
  /(?<![\p{L}])(?:Deputy|DEPUTY|Depute|DEPUTE|Alternate|ALTERNATE|Assistant|ASSISTANT)\s+(?!(?:Head|HEAD|Headteacher|HEADTEACHER|Head\s+Teacher|Manager|MANAGER|Principal|PRINCIPAL|Director|DIRECTOR|Chair|CHAIR|Leader|LEADER|Warden|WARDEN|Minister|MINISTER|Vicar|Rector|Headmaster|Headmistress|Matron|Mayor|Clerk)(?![\p{L}]))(?:\p{Lu}[\p{L}'’-]*\s+){1,2}$/u;
/** The kinds of organisation a setting may share a site with, or meet on another's premises of (HOST_KINDS). */
const HOST_KINDS_WORDS = String.raw`school|academy|college|church|chapel|parish|nursery|(?:leisure\s+|community\s+|sports\s+)?centre|hall|venue`;
const OUTSIDE_BODY = OUTSIDE_PREFIXES.join("|");
const OUTSIDE = new RegExp(`(?:^|[^\\p{L}])(?<body>${OUTSIDE_BODY})\\s+$`, "iu");
/** "The County Rugby Union's Safeguarding Officer": the wider body's name, then its officer. */
const OUTSIDE_POSSESSIVE = new RegExp(
  `(?:^|[^\\p{L}])(?<body>${OUTSIDE_BODY})(?:\\s+[\\p{L}&-]+){0,3}['’]s\\s+$`,
  "iu",
);
/**
 * "The safeguarding manager at the local authority", "Safeguarding Officer for the Diocese of Wexcombe", "Welfare
 * Officer for the County Union": the outside body named just after the role. A trust is not among them (a
 * trust's own policy has its lead).
 */
const OUTSIDE_AFTER =
  /^\s*(?:at|of|for|from|in|with)\s+(?:the\s+)?(?:local\s+authority|(?:county|city|borough|district)\s+council|council\b|(?<body>diocese|circuit|synod|deanery|archdeaconry|district|region|county)\b|children'?s\s+services|(?:[\p{L}-]+\s+){0,3}safeguarding\s+(?:children\s+)?partnership)/iu;
/**
 * An adviser, not the lead: "Safeguarding Officer (advice only)", "Child Protection Officer (for advice)",
 * "Safeguarding Lead (advisory role)" — someone to ask, who does not take the setting's concerns. Only in brackets
 * against the role: "DSL: for advice, ring …" is the lead. The role may be bold ("**Safeguarding Officer** (advice
 * only)"), the bracket bilingual ("(cyngor yn unig / advice only)") and go on after a semicolon or comma ("(advice
 * only; not a contact for staff)").
 */
const ADVISER_AFTER =
  /^\s*(?:\*\*|__)?\s*\(\s*(?:[^()/\n]{1,40}\s\/\s*)?(?:(?:for\s+)?advice(?:\s+(?:only|and\s+support))?|advisory(?:\s+(?:only|role))?|in\s+an\s+advisory\s+(?:role|capacity))\s*(?:\)|[;,][^()\n]*(?:\)|$))/iu;
/**
 * Another organisation's lead, said in brackets against the role: "Festival Event Safeguarding Lead (festival's own)",
 * "DSL (host school's)", "Safeguarding Officer (the church's, not ours)", "(the venue's own)". An organisation's word
 * (a host's kind, a festival's, an event's or its organiser's) in the possessive and marked as the other's — "host"
 * before it, "not ours" after it, or "own" after a word that is never the setting's own kind (a festival, an event,
 * its organisers, a venue: `others`) — with nothing else in the bracket. Not a place of the setting's own ("(Little
 * Fields)"), a name ("(St Aidan's)"), nor a possessive with no mark ("(church's)"); never "(our own)". A setting's
 * kind with "own" is the setting describing itself ("Designated Safeguarding Lead (the nursery's own)"), and "not the
 * school's" after it makes the role ours however it opens ("(the church's own, not the diocese's)").
 */
const OTHERS_LEAD_AFTER = new RegExp(
  String.raw`^\s*(?:(?:\*\*|__)\s*)?\(\s*(?:the\s+)?(?<host>host(?:ing)?\s+)?(?:(?<others>festival|event|organisers?|venue)|${HOST_KINDS_WORDS})['’]s(?<own>\s+own)?(?:\s*[,;]\s*not\s+(?:(?<notOurs>ours|our\s+own)|(?<notTheirs>the\s+[\p{L}-]+['’]s)))?\s*\)`,
  "iu",
);
function othersLeadAfter(after: string): boolean {
  const groups = OTHERS_LEAD_AFTER.exec(after)?.groups;
  if (groups === undefined || groups.notTheirs) return false;
  return Boolean(groups.host || groups.notOurs || (groups.own && groups.others));
}
/**
 * A body above the setting, in the possessive before a role: "the University's", "the Trust's", "the NHS Trust's", "the
 * Diocese's", and with "own" ("the university's own"); a Markdown copy may escape the apostrophe ("the Trust\'s",
 * "Trust''s" once masked). Its officer may still be the setting's lead ("The Trust's Designated Safeguarding Lead for
 * the holiday club is …"): only with DISOWNED after it is the officer someone else — or, where the policy names its
 * own lead, when the body is not the policy's own and the officer is given none of its work (partnersLeads). Group
 * body: the body's kind.
 */
const WIDER_POSSESSIVE = new RegExp(
  `(?:^|[^\\p{L}])the\\s+(?:[\\p{L}-]+\\s+){0,2}(?<body>${POSSESSIVE_BODIES.join("|")})[\\\\'’]?['’]s\\s+(?:own\\s+)?$`,
  "iu",
);
/**
 * Another body named in capitals, in the possessive, with no "the": "Brambleton Primary School's", "St Cuthbert's
 * Church's", "Wexcombe Diocese's". Case-sensitive, so "our school's" is not one. The bodies are WIDER_POSSESSIVE's
 * (POSSESSIVE_BODIES in roles.ts).
 */
const NAMED_POSSESSIVE = new RegExp(
  `(?:^|[^\\p{L}'’-])(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:${POSSESSIVE_BODIES.map((w) => w[0].toUpperCase() + w.slice(1)).join("|")})['’]s\\s+(?:own\\s+)?$`,
  "u",
);
/**
 * Another body named in capitals and then "its" or "their" before the role: "the Hollowmere County Rugby Football
 * Union: its Safeguarding Lead", "Wexcombe Diocese, and its Safeguarding Adviser". The body's name ends in one of
 * POSSESSIVE_BODIES (an abbreviation in brackets may follow it); a colon, comma, dash or "and" sets "its" off.
 * Case-sensitive, so "the club: its …" is not one. As with the possessive, only DISOWNED after it makes the officer
 * someone else's: a union's own policy may say "the Union: its Safeguarding Lead is …".
 */
const NAMED_ITS = new RegExp(
  `(?:^|[^\\p{L}'’-])(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,4}(?:${POSSESSIVE_BODIES.map((w) => w[0].toUpperCase() + w.slice(1)).join("|")})(?:\\s*\\(\\p{Lu}{2,8}\\))?\\s*(?:[:,;–—-]\\s*(?:and\\s+)?|\\s+and\\s+)(?:its|their)\\s+(?:own\\s+)?$`,
  "u",
);
/**
 * The policy saying that the holder is not the setting's: "is not part of the programme team", "does not take the
 * programme's referrals", "does not receive the parish's concerns directly", "is not a lead for the club", "is not
 * the club's lead", "are not one of our leads", "is not responsible for the club", and of a host's lead "is not a
 * PTA officer", "is not one of our volunteers", "is not a member of our committee", "does not run our events"; and of a
 * hospital trust's named professional "is not a contact for individual concerns", "supports the lead", "advises our
 * DSL" — only the lead, DSL or (designated) safeguarding lead: "supports the room leads" or "our year group leads" is
 * the setting's own lead's work.
 */
const DISOWNED =
  /\b(?:(?:is|are)\s+not\s+(?:a\s+)?part\s+of\s+(?:the|our)\s+[^.;]{0,40}?\b(?:team|staff|service)|(?:does|do|will)\s+not\s+(?:take|receive|handle|deal\s+with|manage)\s+(?:(?:the|our|any|day-to-day)\s+)?(?:[\p{L}'’-]+\s+){0,2}(?:referrals|concerns|disclosures|reports)|(?:is|are)\s+not\s+(?:a|an|the|our|one\s+of\s+(?:the|our))\s+(?:[\p{L}'’-]+\s+){0,3}?(?:leads?|DSLs?|designated\s+persons?)|(?:is|are)\s+not\s+(?:a|an|one\s+of\s+(?:the|our))\s+(?:[\p{L}'’-]+\s+){0,2}?(?:officers?|volunteers?)|(?:is|are)\s+not\s+(?:a\s+)?members?\s+of\s+(?:the|our)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:committee|team)|(?:is|are)\s+not\s+(?:responsible\s+for|in\s+charge\s+of)\s+(?:the|our|this)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:club|group|setting|sessions?|team|programme|project|scheme|class(?:es)?|activities|organisation|organization|charity|service|unit|company|society)|(?:does|do)\s+not\s+(?:run|organise|organize|lead)\s+(?:any\s+of\s+)?(?:our|the\s+[\p{L}'’-]+['’]s)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:events?|sessions?|activities|discos?|fairs?|clubs?|classes|meetings?)|(?:is|are)\s+not\s+(?:a|an|the)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:contacts?|point\s+of\s+contact)\s+for\s+(?:[\p{L}'’-]+\s+){0,3}?(?:concerns|referrals|disclosures|reports)|(?:supports?|advises?)\s+(?:the|our)\s+(?:(?:designated\s+)?safeguarding\s+)?(?:leads?|DSLs?))\b/iu;
/** The words a sentence about the same officer starts with: "She is not part of …", "This officer does not …". */
const SAME_HOLDER = /^\s*(?:she|he|they|the\s+officer|this\s+officer)\b/i;
/**
 * The words before DISOWNED's verb when the officer is its subject: nothing but the name set off by commas (the
 * role's own verb: "… Lead, Mrs A, does not take …", "… Lead, Mrs A (01632 960 000, a@b.org), is not …"), "she", "he", "they", "the officer", "…, who", or "and"/"but"
 * of the officer's own predicate ("is Mrs A and is not …"). Not someone else: "any member of staff who is not a DSL",
 * "volunteers are not part of …".
 */
const HOLDER_SUBJECT =
  /(?:^\s*(?:,(?:[^,.;()\n]|\([^()\n]{0,80}\)){1,80},\s*)?|(?:^|[\s,;(])(?:she|he|they|the\s+officer|this\s+officer)\s+|,\s*who\s+|\s(?:and|but)\s+)$/iu;
const DISOWNED_ALL = new RegExp(DISOWNED.source, "giu");

/** Whether a sentence says the officer, not someone else in it, is not the setting's. */
export function saysOfHolder(sentence: string): boolean {
  return allMatches(DISOWNED_ALL, sentence).some((m) => HOLDER_SUBJECT.test(sentence.slice(0, m.index ?? 0)));
}
/** A sentence's end: not the dot of a title or an initial before a name ("Mrs. Petra Lund", "Mrs P. Lund"). */
const SENTENCE_END =
  /(?<![\s(](?:Mr|Mrs|Ms|Miss|Mx|Dr|Revd|Rev|Prof|St|Rtn|Cllr|Capt|Sgt|Col|Maj|Lt|Fr|Sr|Br|\p{Lu})\.)(?<=[.!?])\s+(?=\p{Lu})/u;
/** A sentence that starts with a name, perhaps titled: "Mrs Quayle is not …", "Petra does not …". */
const NAME_START = /^\s*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?(?<word>\p{Lu}[\p{Ll}'’-]+)(?=\s)/u;

/**
 * The next sentence, from its verb, when it starts with the officer's own name (a word of the name given in the
 * role's sentence): "… Lead, Mrs P. Lund, is responsible. Mrs Lund is not …" → "is not …".
 */
function sameHolderByName(first: string, second: string): string | undefined {
  const start = NAME_START.exec(second);
  const word = start?.groups?.word;
  if (!start || !word || NOT_NAME.has(word.toLowerCase())) return undefined;
  const named = new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(word)}(?![\p{L}])`, "u");
  return named.test(first) ? second.slice(start[0].length) : undefined;
}

/**
 * Whether another body's officer (the Trust's, the University's, Brambleton Primary School's) is disowned in the
 * role's sentence, or in the next if it starts with "She", "He" ….
 */
function disownedOfficer(before: string, after: string, owner: string): boolean {
  // Both possessives end in an apostrophe's "s", NAMED_ITS in "its" or "their": most roles have none of these
  // before them, and the expressions are skipped.
  const possessive =
    (before.includes("'") || before.includes("’")) &&
    (WIDER_POSSESSIVE.test(before) || NAMED_POSSESSIVE.test(before));
  if (!possessive && !(/\b(?:its|their)\s+(?:own\s+)?$/.test(owner) && NAMED_ITS.test(owner))) return false;
  const [first, second] = after.split(SENTENCE_END);
  // "…, Mrs P. Lund (…), is our lead. Mrs Lund is not a member of the PTA committee.", "… is not a PTA officer, but
  // she is the person to tell": the policy makes the other body's officer its own lead.
  if (OWN_LEAD_CLAIM.test(first ?? "") || (second !== undefined && OWN_LEAD_CLAIM.test(second))) return false;
  if (saysOfHolder(first ?? "")) return true;
  if (second === undefined) return false;
  if (SAME_HOLDER.test(second)) return saysOfHolder(second);
  const predicate = sameHolderByName(first ?? "", second);
  return predicate !== undefined && saysOfHolder(predicate);
}

/**
 * Words that make an officer the setting's own lead: "is our lead", "is the person to tell" (not "… to contact if a
 * concern involves the DSL"), "but she is …".
 */
const OWN_LEAD_CLAIM =
  /\b(?:is|are)\s+(?:our|the\s+[\p{L}-]+['’]s)\s+(?:own\s+)?(?:lead|DSL|designated\s+(?:safeguarding\s+)?(?:lead|person|officer)|safeguarding\s+(?:lead|officer))\b|\b(?:is|are)\s+the\s+(?:person|people|one)\s+to\s+(?:tell|contact|go\s+to|speak\s+to)\b(?!\s+(?:if|when|where|only|should|in\s+case)\b)|\bbut\s+(?:she|he|they)\s+(?:is|are|will|takes?|deals?)\b/iu;

/** The title of a wider body's own policy names the body: "Ashgrove Methodist Circuit — Safeguarding Policy". */
const OUTSIDE_IN_TITLE = new RegExp(`(?<![\\p{L}])(?:${OUTSIDE_BODY})(?![\\p{L}])`, "giu");
/** "Diocesan" and "diocese" name one body. */
const bodyKey = (word: string) => {
  const key = word.toLowerCase();
  return key === "diocesan" ? "diocese" : key === "regional" ? "region" : key;
};
/**
 * Words before a role that make it someone else's: "is not a designated lead", "not our Safeguarding Officer", "no
 * longer the DSL", "never one of our leads", and of someone's part: "does not act as a Designated Person", "never
 * serves as the deputy".
 */
const NEGATED_BEFORE =
  /\b(?:not|never|no\s+longer)\s+(?:(?:act|acts|acting|serve|serves|serving)\s+as\s+)?(?:(?:a|an|the|our|one\s+of\s+(?:the|our))\s+)?$/i;
/**
 * A concern about the role's holder: "Allegations about the", "Complaints against our", "if the concern is about
 * the", "worries involving a", or with a verb: "if the allegation concerns the", "where a complaint involves our",
 * "if it relates to the", "should an allegation implicate the" — the role is the subject of the concern, not
 * someone to take it.
 */
const SUBJECT_BEFORE =
  /\b(?:(?:allegations?|concerns?|complaints?|worry|worries|disclosures?|(?:it|this|that|the\s+\p{L}+)\s+(?:is|are))\s+(?:(?:made|raised|received)\s+)?(?:about|against|concerning|involving|regarding|relating\s+to)|(?:allegations?|concerns?|complaints?|worry|worries|disclosures?|it|this|that)\s+(?:concerns?|involves?|implicates?|relates?\s+to))\s+(?:the|a|an|our|your)\s+$/iu;
/** One or two capitalised words just before a role: "the Lead " of "the Lead Safeguarding Officer". */
const TITLE_WORDS_BEFORE = /(?<![\p{L}'’-])(?:\p{Lu}[\p{L}'’-]*\s+){1,2}$/u;
/** A past holder: "our previous DSL", "Former Welfare Officer", "the ex-DSL". */
const FORMER_BEFORE = new RegExp(
  `(?<![\\p{L}-])(?:${FORMER_PREFIXES.map((w) => w.replace("-", "-\\s?")).join("|")})(?:\\s+|(?<=-))$`,
  "iu",
);
/**
 * A governor's or trustee's title against a lead's role words: "Governor Designated Safeguarding Lead", "Trustee
 * Safeguarding Officer", "Designated Safeguarding Lead (Trustee)" — the board's overseer, not the lead.
 */
/**
 * The title opens its line, cell or clause ("Governor Designated Safeguarding Lead: …", "our Trustee Safeguarding
 * Officer"): after another title word it is a neighbouring column's heading that a PDF ran on ("Safeguarding
 * Governor Designated Safeguarding Lead" over two columns), and the role is still the lead's.
 */
const OVERSEER_BEFORE = new RegExp(
  `(?:^|[^\\p{L}\\s]\\s*|\\b(?:the|our|a|an|their|its)\\s+)(?:${OVERSEER_TITLES.join("|")})\\s+$`,
  "iu",
);
const OVERSEER_AFTER = new RegExp(`^\\s*\\(\\s*(?:${OVERSEER_TITLES.join("|")})\\s*\\)`, "iu");
/** A quick test before the governor and trustee expressions: every one holds one of these words. */
const OVERSEER_WORDS = /governor|trustee|designated\s+(?:officer|teacher)/i;
/** A governor's or trustee's title word anywhere: a name before it is theirs. */
const OVERSEER_WORD = new RegExp(`(?<![\\p{L}])(?:${OVERSEER_TITLES.join("|")})(?![\\p{L}])`, "giu");
/** "Ms Fen Lacey (link governor for safeguarding)", "our safeguarding trustee": a role that oversees, never leads. */
const NOT_LEAD = new RegExp(
  `(?<![\\p{L}])(?:${[...NOT_LEAD_PHRASES].sort(byLength).map(phrasePattern).join("|")})(?![\\p{L}])`,
  "giu",
);
/** "County FA Designated Safeguarding Officer": the outside body's abbreviation between its prefix and the role. */
const BODY_ABBREVIATION = /\b[A-Z]{2,4}\s+$/;
/** After the role, a course's level in brackets may come first: "Designated Safeguarding Lead (Level 3) training". */
const FOLLOWER = new RegExp(
  `^\\s*(?:\\(\\s*level\\s*[1-4]\\s*\\)\\s*)?(?:${ROLE_FOLLOWERS.join("|")})\\b`,
  "i",
);
const DEPUTY_LABEL = new RegExp(`^(?:${DEPUTY_LABELS.join("|")})$`, "i");
/**
 * A table's role cell for the deputies, with the area's word before it or when they act in brackets after it:
 * "| Safeguarding deputies (if the lead is away) | Ms A and Mr B |", "| Welfare deputy | … |".
 */
const DEPUTY_CELL = new RegExp(
  `^(?:(?:safeguarding|welfare|child\\s+protection)\\s+)?(?:${DEPUTY_LABELS.join("|")})(?:\\s*\\([^()]{1,80}\\))?$`,
  "i",
);
/**
 * A contacts table's row for the lead, its "contact" in brackets: "| Safeguarding (first contact) | Mrs A |" is the
 * safeguarding contact the vocabulary knows, with the order it is tried in; or after a dash, with what it is for:
 * "| Safeguarding – first contact for any worry about a child | Mrs A |".
 */
const LEAD_CONTACT_CELL =
  /^(?:safeguarding|welfare|child\s+protection)\s*(?:\(\s*(?:first|main|primary|principal|lead)\s+contact\s*\)|(?:[–—:]|-\s)\s*(?:the\s+)?(?:first|main|primary|principal|lead)\s+contact(?:\s+(?:for|about)\s[^()]{1,60})?)$/i;
/** Whose absence makes the next contact a deputy: the first contact, the lead. */
const ABSENT_LEAD = String.raw`(?:the\s+|our\s+)?(?:(?:first|main|primary|principal|lead)\s+contact|DSL|DSO|DSP|lead|designated\s+(?:safeguarding\s+)?(?:lead|officer|person)|(?:safeguarding|welfare)\s+(?:lead|officer))`;
/**
 * A contacts table's row for the deputies, named by the lead's absence after the area's word: "| Safeguarding – if
 * the first contact is not available | Mr A & Mrs B |", "| Welfare (in their absence) | … |". Only a row whose role
 * names safeguarding: "First aid – if the first aider is not available" is no deputy's.
 */
const DEPUTY_CONTACT_CELL = new RegExp(
  String.raw`^(?:safeguarding|welfare|child\s+protection)\s*(?:[–—:(]|-\s)\s*(?:(?:if|when|should)\s+${ABSENT_LEAD}\s+(?:is|are|be)\s+(?:not\s+available|unavailable|away|absent|not\s+(?:on\s+site|contactable|reachable|in))|in\s+(?:his|her|their|${ABSENT_LEAD}['’]s)\s+absence|in\s+the\s+absence\s+of\s+${ABSENT_LEAD})\s*\)?$`,
  "i",
);
/**
 * The deputy's words in any case: DEPUTY_LABEL_INSIDE, OUR_DEPUTY, DEPUTY_AFTER_NAME and DEPUTY_BEFORE_TITLE each
 * need one, so a line without any is spared them.
 */
const DEPUTY_WORD = /deput|alternat/iu;
/**
 * The leader dots of a who's-who line after a label, with at most a bracket between: "Deputy ........ ", "Deputy
 * (nights and weekends) ........ " (three dots or more, or an ellipsis, and a capital after them).
 */
const DOTS_AFTER_LABEL = String.raw`[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:\.{3}|…)[ \t.…]*(?=\p{Lu})`;
/**
 * Whose absence the deputy covers, between the label and its colon: "Deputy, in the manager's absence: ", "Deputy
 * (when the lead is away): ".
 */
const ABSENCE_CLAUSE = String.raw`[ \t]*(?:,[ \t]*(?:in|during|when|while|if|for)[ \t][^:()\n]{0,40}?\b(?:absence|absent|away|unavailable|available|leave)\b[^:()\n]{0,20}|\((?:in|during|when|while|if|for)[ \t][^:()\n]{0,40}?\b(?:absence|absent|away|unavailable|available|leave)\b[^:()\n]{0,20}\))[ \t]*:`;
/**
 * "Deputy:" with a capital and a colon, anywhere: a label — or with leader dots, a who's-who line run into the one
 * above ("Safeguarding Lead ........ Ann Lee, … Deputy (evenings) ........ Ben Ford, …").
 */
const DEPUTY_LABEL_INSIDE = new RegExp(
  String.raw`\s(?:Deputy|Deputies|Depute|Alternate|Alternates)(?=\s*:|\s+[–—-]\s+\p{Lu}|${DOTS_AFTER_LABEL}|${ABSENCE_CLAUSE})`,
  "gu",
);
/**
 * "our deputy, Shona Pattison", "Our deputy is Pastor Samuel Osei", "…, whose deputy is Mrs Ada Lane", "Our second
 * deputy is Mr Ian Roe" (or "other"), "supported by two deputies: Joel Mbeki, …",
 * "with three deputies – …", "our two deputies, …": deputies named in running text. A count alone is enough
 * before the plural ("two deputies:"), never before a job title ("two Deputy Managers" is written in capitals).
 * The names may be bold: "Her deputies are **Mr Ian Roe & Mrs Ada Lane**". The deputy's title with "Deputy" last,
 * capitalised, with or without those words: "the Centre Safeguarding Deputy, Ms Priya Hollis", "Safeguarding Deputy:
 * Tom Bell" ("Safeguarding Deputy Head" is a job title: no name's place follows "Deputy").
 */
const OUR_DEPUTY =
  /(?<![\p{L}])(?:(?:[Oo]ur|[Tt]he|[Mm]y|[Tt]heir|[Hh]is|[Hh]er|[Ww]hose)(?:\s+(?:two|three|four|five|2|3|4|5|second|third|other))?\s+(?:deputy|deputies|depute|alternate)|(?:(?:[Oo]ur|[Tt]he)\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)?(?:Safeguarding|Welfare)\s+Deput(?:y|ies)|(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Bb]oth)\s+(?:deputies|alternates))(?=(?:\s*[,:–—(-]\s*|\s+(?:(?:is|are)(?:\s+(?:currently|now))?|will\s+be|has\s+been)\s+)(?:\*\*|__)?\p{Lu})/gu;
/**
 * A quick test before OUR_DEPUTY: its deputy's word, in its cases, then the start of the name's place (a mark, or
 * "is", "are", "will", "has" and a space) — most lines with a deputy's word have neither.
 */
const OUR_DEPUTY_QUICK =
  /(?:deput(?:y|ies|e)|alternates?|Deput(?:y|ies))(?:\s*[,:–—(-]|\s+(?:is|are|will|has)\s)/u;
/**
 * "Priya van Loon (Office Manager) acts as the deputy", "… serves as deputy when Hana is on leave": a name's holder
 * acts as the deputy. Not "acts as deputy manager" or "deputy DSL" (the role expression reads that).
 */
const ACTS_AS_DEPUTY =
  /\b(?:(?:acts?|acting|serves?|serving|stands?\s+in)\s+as|who\s+is)\s+(?:the\s+|our\s+|a\s+|her\s+|his\s+|their\s+)?(?:deputy|alternate)\b(?![\s-]+(?:\p{Lu}|manager|head|designated|safeguarding|welfare|lead|officer|person|dsl|co-?ordinator)|-)/gu;
/**
 * "Rhodri Ellison, deputy – 07700 900 732", "Sam Hill (alternate)": the word alone after a name, not "Deputy Manager".
 * The word first, what stands before it looked behind only where the word is (a look-behind opening the expression is
 * tried at every character, reading a long run of spaces back again from each).
 */
const DEPUTY_AFTER_NAME =
  /(?:deputy|depute|alternate)(?<=\p{L}\s*[,(–—]\s*(?:deputy|depute|alternate))(?=\s*(?:$|[–—),;:.|]|-\s|\d))/giu;
/**
 * Titles that are also offices with a deputy ("Deputy Lord Mayor", "Deputy Lady Mayoress", "Deputy Sister" on a
 * ward): after a capitalised "Deputy" and a space they make a job title. The word in lower case ("deputy Sister Ana
 * Cole") or a colon between still names a deputy.
 */
const DEPUTY_OFFICE = /^\s+(?:The\s+)?(?:Lord|Lady|Sister)\s/;
/**
 * "; deputy Mr Jamal Oduya (Room Leader)", "deputies Ms Ola Nowicka and Miss Tia Rowbotham", "club leader and
 * deputy for the week: The Revd Sam Ode": the word alone (any case), straight before a titled name or before a
 * colon and one. A title is what says a person follows: "Deputy Head Mrs Lee" is a job title (no match).
 */
const DEPUTY_BEFORE_TITLE = new RegExp(
  String.raw`(?<![\p{L}-])(?:[Dd]eput(?:y|ies|e)|[Aa]lternates?)(?:\s+(?:for|during)\s+(?:the\s+|this\s+)?\p{Ll}+(?:\s+\p{Ll}+)?(?=\s*:))?(?=\s*(?:[:–—]\s*(?:(?:\*\*|__)\s*)?)?(?:The\s+)?(?:${TITLE_PATTERN})\.?\s+\p{Lu})`,
  "gu",
);
/**
 * "**Deputy (Sister Maryam Cole)**" opening a line: the deputy's word alone, then a bracket that starts with a
 * person's title and a capital — the same shape as the lead's card above it ("**Safeguarding Lead (Imam Yusuf
 * Haddadi)**"). Read only just under a named lead (see DEPUTY_CARD's use): alone, a "Deputy (Mr Ray Fox)" in a staff
 * list is a deputy head's. "Deputy Head (Mr …)" is a job, "Deputy (vacant)" names nobody: neither fits.
 */
const DEPUTY_CARD = new RegExp(
  String.raw`^(?:Deputy|DEPUTY|Depute|DEPUTE|Alternate|ALTERNATE)(?=[^\S\n]*\([^\S\n]*(?:The[^\S\n]+)?(?:${TITLE_PATTERN})\.?[^\S\n]+\p{Lu})`,
  "u",
);
/**
 * A line that is a local safeguarding representative's title marked as the deputy: "Tower Safeguarding
 * Representative (deputy)", "**Hall Safeguarding Rep (alternate)**:". The line holds nothing else.
 */
const REPRESENTATIVE_DEPUTY_LINE =
  /^[^\S\n]*(?:\*\*|__)?[^\S\n]*(?<role>(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){0,3}Safeguarding[^\S\n]+(?:Representative|Rep)[^\S\n]*\([^\S\n]*(?:deputy|alternate)[^\S\n]*\))[^\S\n]*(?:\*\*|__)?[^\S\n]*:?[^\S\n]*$/u;
/**
 * A role that says it deputises: "Choir Safeguarding Lead (deputy to the Parish Safeguarding Officer for choir
 * matters)", "Junior Welfare Officer, deputising for the Club Welfare Officer", "Safeguarding Officer (alternate)".
 * The qualifier follows the role at once, in brackets or after a comma or dash; "DSL – Deputy Head" is a job title.
 */
const DEPUTISES_AFTER =
  /^\s*(?:\(\s*|,\s*|[–—]\s*|-\s+)(?:who\s+)?(?:(?:acts?|acting|serves?|serving)\s+as\s+)?(?:the\s+|a\s+|an\s+)?(?:deputy|alternate|deputising|deputizing|deputises|deputizes|stand-?in|second\s+contact|back-?up(?:\s+contact)?)(?:\s+(?:to|for)\s|\s*[);,]|\s*$)/i;
/**
 * A role whose bracket, after other words about the role, says it deputises for the lead: "Youth Welfare Officer
 * (Under 7s to Under 16s match days; deputises for the Club Welfare Officer when she is away)", "(girls' section,
 * and covers for the CWO when she is on holiday)", "(match days – stands in for the DSL)". The one deputised for
 * must be a safeguarding lead's role: "(… covers for team managers on match days)" is no deputy's.
 */
const DEPUTISES_IN_BRACKET =
  /^\s*\((?:[^()]{0,120}?(?:[;,]\s*|\s(?:--|[–—-])\s*|\s+(?=and\s)))?(?:(?:who|also|and)\s+)*(?:deputi[sz](?:es|ing)|covers?|covering|stands?\s+in|standing\s+in|acts?\s+as\s+(?:the\s+)?deputy)\s+(?:for|to)\s+(?:the\s+|our\s+|a\s+)?(?:(?!(?:youth|junior|assistant|deputy|team|section|squad|girls['’]?|boys['’]?)\s)[\p{L}'’-]+\s+){0,2}?(?:welfare\s+officer|safeguarding\s+(?:lead|officer|co-?ordinator|coordinator|person|manager|representative|rep)|designated\s+(?:safeguarding\s+)?(?:lead|officer|person|teacher|liaison\s+person)|child\s+protection\s+(?:lead|officer|co-?ordinator|coordinator)|children['’]s\s+officer|DSL|DSO|DSP|CWO|CPO|CPC|DLP)(?![\p{L}\d])[^()]{0,120}\)/iu;
/**
 * The document's lead title itself: "Club Welfare Officer", "Designated Safeguarding Lead". Its bracket may say it
 * also covers for a junior officer or another club's ("Club Welfare Officer (also covers for the Youth Welfare
 * Officer at tournaments)"); that never makes it a deputy.
 */
const LEAD_TITLE_END =
  /(?<!\b(?:second|back-?up|relief|acting|assistant|deputy|alternate|reserve|additional|stand-?in|standby|cover|interim|temporary)[\s-]+)(?:\bclub\s+welfare\s+officer|\bdesignated\s+safeguarding\s+lead|\bDSL)$/i;
/**
 * A bracket that covers for the lead itself, nobody else's: "(covers for the DSL in her absence)", "(stands in for
 * the Designated Safeguarding Lead when she is away)" — not "(covers for the DSL at St Anne's)". Whoever holds a
 * title and covers for that title's holder is not its holder: "Trained DSL (covers for the DSL in her absence)".
 */
const COVERS_FOR_THE_LEAD =
  /^\s*\((?:[^()]{0,120}?(?:[;,]\s*|\s(?:--|[–—-])\s*|\s+(?=and\s)))?(?:(?:who|also|and)\s+)*(?:deputi[sz](?:es|ing)|covers?|covering|stands?\s+in|standing\s+in)\s+for\s+(?:the|our)\s+(?:club\s+welfare\s+officer|designated\s+safeguarding\s+lead|DSL)(?:\s*\)|\s+(?:in\s+(?:her|his|their)\s+absence|when|while|during|if)\b)/i;
/** Whether a role's bracket says it deputises for the lead (DEPUTISES_IN_BRACKET), within its paragraph. */
function deputisesInBracket(after: string, role = ""): boolean {
  if (!/\(/.test(after.slice(0, 4))) return false;
  const paragraph = after.split(/\n[^\S\n]*\n/, 1)[0];
  // The lead's own title ("Club Welfare Officer (also covers for the Youth Welfare Officer …)") stays the lead's —
  // unless a deputy's word qualifies it ("Second DSL", "Back-up DSL") or its bracket covers for that very lead.
  if (LEAD_TITLE_END.test(role.trimEnd()) && !COVERS_FOR_THE_LEAD.test(paragraph)) return false;
  return DEPUTISES_IN_BRACKET.test(paragraph);
}
/**
 * A role named as the one deputised for: "deputising for the Club Welfare Officer: Colin Ashdown", "Tom Baines
 * deputises for the DSL", "In the absence of the Welfare Officer: Declan Furlong". A name given there is the
 * deputy's, never the lead's. Not after a denial ("She does not deputise for the Safeguarding Manager", "never
 * covers for"): the role there is the lead's own.
 */
const DEPUTISES_BEFORE =
  /(?:\bdeputy\s+(?:to|for)|\babsence\s+of|(?<!(?:\bnot|\bnever|n['’]t)\s+)(?:\bdeputi[sz](?:ing|es|e)|\bstand(?:s|ing)?\s+in|\bcover(?:s|ing)?)\s+for)\s+(?:the\s+|our\s+|a\s+)?(?:\p{L}+\s+){0,2}$/iu;
/**
 * The person to go to when the lead is away is a deputy: "In her absence, contact Tom Baines", "If the DSL is
 * not available, speak to Mrs Aisha Khan", "In the absence of the Welfare Officer: Rory Flynn". The absent
 * person must be a lead role, or "his/her/their" with a lead role just before; a quick test keeps the
 * expression off lines without the words. On leave or on holiday is away ("When he is on leave, …"). Out of reach is absent too:
 * "If you cannot reach her", "If you can't get hold of the DSL", "If she cannot be reached"; both at once: "When Ann
 * is on holiday or cannot be reached, …".
 */
const ABSENCE_WORDS =
  /absen|availab|\baway\b|\bon\s+(?:leave|holiday)\b|\breach|\bget\s+hold\b|\bbe\s+contacted\b/i;
const ABSENCE =
  /\b(?:[Ii]n\s+(?<pronoun>his|her|their)\s+absence|[Ii]n\s+(?:the\s+|our\s+)?(?<possessive>[^,.;:()'’\n]{2,60}?)['’]s\s+absence|[Ii]n\s+the\s+absence\s+of\s+(?<absent>[^,.;:()\n]{2,60}?)|(?:[Ii]f|[Ww]hen|[Ss]hould)\s+(?<unavailable>[^,.;:()\n]{2,60}?)\s+(?:(?:is|are|be)\s+(?:not\s+available|unavailable|absent|away|on\s+(?:leave|holiday)|not\s+(?:on\s+site|contactable|reachable|in|at\s+(?:the|our|work)(?![\p{L}])))|(?<cannotBe>(?:cannot|can['’]t|can\s+not)\s+be\s+(?:reached|contacted)))(?:\s+or\s+(?:(?:cannot|can['’]t|can\s+not)\s+be\s+(?:reached|contacted)|(?:is\s+)?(?:unavailable|away|absent|not\s+available)))?|(?:[Ii]f|[Ww]hen|[Ss]hould)\s+you\s+(?:cannot|can['’]t|can\s+not|are\s+(?:not\s+|un)able\s+to|aren['’]t\s+able\s+to)\s+(?:reach|get\s+hold\s+of|get\s+through\s+to)\s+(?<unreached>[^,.;:()\n]{2,60}?)(?=\s*(?:[,:–—]|-\s)))\s*(?:[,:–—]|-\s)?\s*(?:(?:please|then|you\s+(?:should|can|may|must)|staff\s+(?:should|can|must|will))\s+)?(?:(?:contact|speak\s+to|talk\s+to|tell|report\s+(?:it\s+|this\s+|concerns\s+|the\s+concern\s+)?to|ring|call|phone|go\s+to|ask|inform|refer\s+to)\s+)?/gu;
/**
 * A deputy named by a contact phrase: "the second contact is:", "our back-up contact, Dev Sahota". Not "second
 * contact number" or "alternative contact details" (a way to reach someone, not a person).
 */
const DEPUTY_CONTACT = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:${[...DEPUTY_ROLE_PHRASES].sort(byLength).map(phrasePattern).join("|")})(?:s)?(?:\s+(?:for|on)\s+(?:safeguarding|child\s+protection))?(?![\p{L}\d-])(?!\s+(?:number|numbers|no|details|telephone|phone|tel|email|e-mail|address|form|forms|sheet|list)\b)`,
  "giu",
);
/** The first words of the deputy's contact phrases ("second", "back-up"…): a quick test before DEPUTY_CONTACT. */
const DEPUTY_CONTACT_QUICK = new RegExp(
  [...new Set(DEPUTY_ROLE_PHRASES.map((phrase) => escapeRegExp(phrase.split(" ")[0])))].join("|"),
  "iu",
);
/** A line that makes a contact phrase the safeguarding deputy: about safeguarding, or about someone's absence. */
const DEPUTY_CONTEXT =
  /safeguard|protection|welfare|concern|worr|absen|availab|\baway\b|\breach|\bunable\b|\bcannot\b|\bDSL\b|\bDSP\b|\blead\b/i;
/** Roles that are kept only when a name is found for them. */
const OPTIONAL = new WeakSet<RoleFound>();
/**
 * "Lead:" starting a line that goes on to a deputy's label ("Lead: Ffion Hale | Deputy: Tom Ure; …"): the pair is the
 * safeguarding lead and deputy. Alone, "Lead:" may be anyone's (a session's, a project's).
 */
const LEAD_LABEL_PAIR =
  /^(?:Lead|LEAD)(?=[^\S\n]*:[^\S\n]*\S[^\n]*?[|;·•][^\S\n]*(?:\*\*|__)?(?:Deputy|Deputies|Depute|DEPUTY)[^\S\n]*(?:\*\*|__)?[^\S\n]*:)/u;
/** The bare "Lead:" labels of such pairs: held back where the policy shows them to be something else's pair. */
const LABEL_PAIR_LEAD = new WeakSet<RoleFound>();
const LABEL_PAIR_MENTION = new WeakSet<LeadMention>();
/**
 * A heading that a safeguarding pair may sit under: the policy's own subject, its contacts, whom to tell. "Summer camp
 * staffing", "Canoe trip crew" are an activity's, and their "Lead: … | Deputy: …" its leaders.
 */
const PAIR_HEADING =
  /safeguard|protect|welfare|designated|contact|\bwho\b|\btell\b|concern|worr|report|responsib|\broles?\b|key\s+(?:people|persons?|staff)|deput|\bDS[LOP]\b|officer|help|support/i;
/**
 * "Deputy:" or "Alternate:" starting a line, or with whose absence it covers before the colon (ABSENCE_CLAUSE); or a
 * who's-who line's "Deputy ........ " or "Deputy (evenings)
 * ........ ", its leader dots as a colon (see DOT_LEADER_AFTER).
 */
const DEPUTY_LABEL_LINE = new RegExp(
  `^(?:${DEPUTY_LABELS.join("|")})(?=\\s*[:–—-]|${DOTS_AFTER_LABEL}|${ABSENCE_CLAUSE})`,
  "iu",
);

/** The author is the lead: "I am the designated lead", "I am also the DSL". */
const AUTHOR_BEFORE =
  /\bI\s+(?:am|will\s+be|act\s+as|will\s+act\s+as|take\s+on\s+the\s+role\s+of|hold\s+the\s+role\s+of|have\s+the\s+role\s+of)\s+(?:also\s+)?(?:the\s+|your\s+|a\s+)?(?:setting'?s\s+|nominated\s+)?$/i;
/** The author is the lead without a role word: "I am responsible for safeguarding", "I take lead responsibility for safeguarding". */
const AUTHOR_LEAD =
  /\bI\s+(?:am|will\s+be|take|have|hold)\s+(?:the\s+)?(?:lead\s+|overall\s+|sole\s+)?responsib(?:le|ility)\s+for\s+(?:safeguarding|child\s+protection)\b/gi;

/** A heading or label that lists the safeguarding team: the people under it are the leads. */
const TEAM_HEADING =
  /^(?:our\s+|the\s+)?(?:designated\s+)?safeguarding\s+(?:team|leads)(?:\s+(?:is|are))?\s*:?$/i;

/**
 * The words of a placeholder's brackets, in any case: "[insert name]", "[Name]", "(NAME OF DEPUTY)", "<Name>" — a
 * form's blank written in a template's capitals as often as in small letters. A template's square brackets of what
 * is still to do stand for a name too: "[to be completed by the academy]", "[to be confirmed]".
 */
const BLANK_WORD = String.raw`\b(?:[Nn]ame|NAME|[Ii]nsert|INSERT|[Ee]nter|ENTER|[Aa]dd|ADD)\b`;
// "Deputy Designated Person: to be confirmed" (or "To be advised", "tbc"): the spelled-out TBC where the name should
// be. Only at the start of the words after the role (placeholderAt): "(start date to be confirmed)" after a name, and
// "Training: date to be confirmed", are not.
const PLACEHOLDER_NAME = new RegExp(
  String.raw`^(?:(?:[Tt]o\s+be|[Nn]ot\s+yet|TO\s+BE)\s+(?:appointed|recruited|APPOINTED|RECRUITED)\b|(?:[Tt]o\s+be|TO\s+BE)\s+(?:confirmed|advised|announced|decided|determined|CONFIRMED|ADVISED|ANNOUNCED)\b|(?:[Pp]ost\s+)?(?:[Vv]acant|VACANT)\b|[Vv]acancy\b(?=\s*(?:[–—-]|$))|[Bb]eing\s+recruited\b|\\?\((?:[^)]*${BLANK_WORD}[^)]*)\)|\\?\[(?:[^\]]*${BLANK_WORD}[^\]]*)\]|\\?\[(?:[Tt]o\s+be|TO\s+BE)\s+(?:completed|confirmed|added|agreed|filled\s+in|COMPLETED|CONFIRMED|ADDED)\b[^\]]*\]|<(?:[^>]*\b(?:[Nn]ame|NAME)\b[^>]*)>|\{\{[^}]*\}\}|TBC\b|TBA\b|TBD\b|[Tt]b[cad]\b|${TEMPLATE_NAME}|X{3,}|x{3,}|…+|\.{3,}|_{3,}|FILL IN|\?{3,}|(?:Mr|Mrs|Ms|Miss|Mx)\.?(?:\s*\/\s*(?:Mr|Mrs|Ms|Miss|Mx)\.?)+\s*(?:(?:\\?\.){2,}|…+|_{2,}|$))`,
);

/** A placeholder holding the role words itself: "[insert DSL name]", "(name of designated person)". */
const PLACEHOLDER_AROUND = /[[(<{][^\])>}\n]{0,40}$/;

/**
 * How far from a role its name can be. Every look is bounded by it, so that a document that is one long line
 * (plain text with its line breaks joined) costs the same per mention as a short one, not the rest of the line.
 */
const NEAR = 160;

/**
 * The NEAR characters after `from`, and the rest of a word the bound would cut ("Mrs Helen Ghebr|e-Medhin" where a
 * tracked change's deleted words, blanked to spaces, fill most of the window): a name is read whole or not at all.
 */
function nearAfter(text: string, from: number): string {
  let end = Math.min(text.length, from + NEAR);
  const limit = Math.min(text.length, end + 40);
  while (end < limit && /[\p{L}\p{M}'’.-]/u.test(text[end])) end++;
  return text.slice(from, end);
}

const BETWEEN = new Set(BETWEEN_NAME_AND_ROLE);
const NOT_NAME = new Set(NOT_NAME_WORDS);
const isBetween = (word: string) => {
  // "the school’s DSL": a curly apostrophe is the straight one's.
  const key = word.toLowerCase().replace(/’/g, "'");
  return BETWEEN.has(key) || NOT_NAME.has(key.replace(/[.’']+$/, ""));
};

/**
 * Words allowed between a role and the name: "Designated Safeguarding Lead (DSL) is: Jane Smith", and a qualifier
 * in brackets that starts in lower case: "Choir Safeguarding Lead (deputy to the Parish Safeguarding Officer)
 * Mr Euan Baird" (a role line and a name line that Markdown makes one paragraph).
 */
/**
 * A bracket naming the part of the setting a role's holder covers, before the label's colon: "Deputy Designated
 * Safeguarding Lead (Mill Street annexe): Mr …", "Deputy DSL (Key Stage 2 site): …".
 */
const SITE_BEFORE_COLON = String.raw`\((?![^()\n]*\b(?:name|names|insert|enter|add)\b)(?=[^()\n]*\b(?:[Aa]nnexe?|[Ss]ite|[Cc]ampus|[Bb]uilding|[Bb]ranch|[Bb]ase|[Cc]entre|[Cc]enter|[Dd]epartment|[Pp]hase|[Pp]rovision|[Uu]nit|[Ww]ing|[Ww]ard|[Cc]linic|[Ss]ervice|[Tt]eam|[Kk]ey\s+[Ss]tage|[Pp]rimary|[Ss]econdary|[Ss]ixth\s+[Ff]orm|[Ee]arly\s+[Yy]ears|[Jj]uniors|[Ss]eniors|[Hh]ub|EYFS)\b)[^()\n]{1,60}\)(?=[^\S\n]*(?:\*\*|__)?[^\S\n]*:)`;
const FILLER = new RegExp(
  String.raw`^(?:\s|[●▪◦○■•‣⁃∙➢➤►\uF0B7\uF0A7:|,–—-]|\*\*|__|\*|_|\([A-Z]{2,5}\)|\((?![^()\n]*\b(?:name|names|insert|enter|add)\b)[a-z][^()\n]{0,100}\)|${SITE_BEFORE_COLON}|\b(?:[Ii]s|[Aa]re|[Cc]alled|[Nn]amed|[Cc]urrently|[Oo]ur|[Tt]he|[Rr]ole|[Hh]eld|[Bb]y|[Nn]ame|[Nn]ames|[Ff]or|[Tt]his|[Ss]etting|[Ss]chool|[Nn]ursery|[Cc]lub|[Oo]rganisation|[Gg]roup|[Aa]t|[Aa]s|[Ww]ho|[Ww]hose|[Hh]older|[Pp]ost-holder|[Pp]ostholder|will|be|(?<=\bis\s+)now|has\s+been)\b)*`,
);
/**
 * A deputy's verb of support and its object straight after the role, ending in a colon: "… Leads support her: ",
 * "… Lead assists the DSL: ". Only with the colon: "Deputies support her in running the club" names nobody.
 */
const SUPPORT_THE_LEAD =
  /^[^\S\n]+(?:support|assist|help)s?[^\S\n]+(?:her|him|them|(?:the|our)[^\S\n]+(?:[\p{L}-]+[^\S\n]+){0,3}?(?:lead|DSL|officer))[^\S\n]*:[^\S\n]*/iu;
/** A verb that puts the holder next: "is", "are", "is currently", "is now", "will be", "has been" (then "the", "our"). */
const HOLDER_VERB = /\b(?:(?:is|are)(?:\s+(?:currently|now))?|will\s+be|has\s+been)\s+(?:the\s+|our\s+)?$/i;
/** Fillers that make the place after a role a name's place: a colon, a dash, "is", nothing at all. */
const STRONG_FILLER = {
  test(filler: string): boolean {
    const end = filler.replace(/[\s*_]+$/, "");
    return (
      end === "" ||
      /[:|,–—-]$/.test(end) ||
      /\b(?:is|are|names?|(?:is|are)\s+(?:currently|now)|will\s+be|has\s+been)$/i.test(end)
    );
  },
};

/**
 * A role's bracketed scope, a part of the setting, then a dash or colon: "(Northside hub) – ", "(Saturday
 * sessions): ". Not another body's ("(Board)", "(Hollowmere URC, for the whole church)"): that role is not ours.
 */
const ROLE_COVERS =
  /^\((?:[\p{L}'’&-]+[ \t]+){0,3}(?:hub|site|sessions?|centre|center|campus|branch|section|unit|base|days?|evenings?|weekends?|holidays?|provision|building)\)[ \t]*(?:[:–—|]|-[ \t])[ \t]*/iu;

/**
 * A checklist's answer straight after the role it asks about, with at most a bracket between: "(our designated
 * safeguarding lead)? Yes – ", "? **Yes**: ".
 */
const YES_ANSWER_AFTER =
  /^[ \t]*(?:\([^()\n]{1,80}\)[ \t]*)?\?[ \t]*(?:\*\*|__)?(?:Yes|YES)(?:\*\*|__)?[ \t]*(?:[:,–—]|-(?=[ \t]))[ \t]*/u;
/**
 * The question before the role asks whether it is held: "Is there a named ", "Do we have a ", "Have we appointed a
 * " (from the start of its line or sentence) — not "Has the Welfare Officer had training?", whose answer is a course.
 */
const HELD_QUESTION_BEFORE =
  /(?:^|[.?!:]\s+|^\s*\d{1,2}[.)]\s+)(?:Is\s+there|Do(?:es)?\s+(?:we|you|the\s+[\p{L}'’ ]{1,40}?)\s+have|Have\s+(?:we|you)\s+(?:got|appointed|named))\s+(?:a|an|any)\s+(?:named\s+|designated\s+|current\s+|trained\s+)?$/iu;

/**
 * A who's-who line's leader dots straight after a role, with at most a bracket between ("Deputy DSL ........ ",
 * "Church Safeguarding Officer (St Brannoc's) ........ "): the name after them is the role's holder. Three dots or
 * more (or an ellipsis), so an initial's or a title's dot is never one; one character class after them, so a long run
 * of a contents list's dots with no capital after it cannot backtrack exponentially.
 */
const DOT_LEADER_AFTER = /^[ \t]*(?:\([^()\n]{1,60}\)[ \t]*)?(?:\.{3}|…)[ \t.…]*(?=\p{Lu})/u;

/** A short phrase ending in "is" before the name: "in this church is ", "for the Union is ". */
const CLAUSE_IS = /^(?:in|at|for|of|within|across)\s[^.;:!?()\n]{0,40}?(?:\b(?:is|are)\s+|:\s*)/;
/**
 * The same phrase closing the bracket the role opened in, then a colon: "Play Manager (safeguarding lead for the play
 * team): " — the job title first, the role and whom it covers in the bracket.
 */
const CLAUSE_CLOSES = /^(?:in|at|for|of|within|across)\s[^.;:!?()\n]{0,40}?\)[ \t]*:[ \t]*/;
const names0 = (window: string) => /^\s*\p{Lu}/u.test(window);

/**
 * "The person who leads on safeguarding at Alder Wood is our …": the filler stopped at the place's name, which
 * is no person's; the clause runs to its "is".
 */
function placeClause(rest: string, window: string, strength: NameSlot["strength"]): RegExpExecArray | null {
  if (!/^(?:in|at|for|of|within|across)\s/i.test(rest)) return null;
  const clause = CLAUSE_IS.exec(rest);
  return clause && namesAt(window, { strength }).length === 0 ? clause : null;
}

/**
 * CLAUSE_CLOSES after the role, where the bracket it closes opened just before the role (`before`: the few words
 * before it on its line, never the whole line — a megabyte's line has thousands of roles).
 */
function closingClause(rest: string, before: string): RegExpExecArray | null {
  const clause = CLAUSE_CLOSES.exec(rest);
  if (!clause) return null;
  let depth = 0;
  for (const c of before) {
    if (c === "(") depth++;
    else if (c === ")" && depth > 0) depth--;
  }
  return depth > 0 ? clause : null;
}

/** A job title before the name: "the Headteacher, ", "Nursery Manager (". */
const JOB_TITLE_FIRST = /^(?:(?:the|our|a)\s+)?((?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)\s*[,(–—-]\s*/u;

/** Another job offered instead of the role: "or the Chair of Trustees (", "or to our Treasurer, ". */
const OTHER_JOB_INSTEAD = /^(?:or|nor)\s+(?:(?:to|with)\s+)?(?:the|our|a|an)\s/i;

/** A short label before a name on its own line: "Name: Sam Keller", "Manager: Carys Bell". */
const LINE_LABEL = /^(?:[\p{L}'’ ]{1,30}?)\s*:\s*/u;

// ---------------------------------------------------------------------------
// Finding mentions
// ---------------------------------------------------------------------------

/**
 * The version history's rows, as offsets: a table headed Version … Date, or two or more flattened rows ("Issue 2 —
 * May 2022 — reviewed by H. Stroud, DSL"). The people they name are past authors, not the lead now. A single
 * version line ("Version 3 — September 2025") and the short lines after it are not enough: a lead named under a
 * document's version line is its lead.
 */
function historyRows(lines: Line[]): (offset: number) => boolean {
  const rows = historyLines(lines);
  const versionLines = [...rows].filter((i) => !isTableRow(lines[i]) && VERSION_ROW.test(lines[i].text));
  const kept = new Set([...rows].filter((i) => isTableRow(lines[i]) || versionLines.length >= 2));
  // A PDF's text with its line breaks joined: the rows run on in one line ("Version Date Changes By 3.0
  // 14/03/2022 Contacts updated K. Ferris, DSL 4.1 02/09/2024 …"). Two rows or more: from the first to a short
  // way past the last.
  const spans: Array<[number, number]> = [];
  for (const line of lines) {
    if (kept.has(line.index) || isTableRow(line) || line.text.length < 40 || !DATE_LIKE.test(line.text))
      continue;
    const starts = allMatches(VERSION_ROW_INSIDE, line.text);
    if (starts.length < 2) continue;
    const first = line.offset + (starts[0].index ?? 0);
    const lastAt = (starts[starts.length - 1].index ?? 0) + starts[starts.length - 1][0].length;
    // The last row runs to its reach, or to a label's colon ("… Church Council Designated Safeguarding Lead: Mrs
    // Ada Kwan" — the policy's text after the table, run on by the PDF).
    const colon = line.text.slice(lastAt, lastAt + ROW_REACH).indexOf(":");
    let end = colon >= 0 ? colon : ROW_REACH;
    // The label's role words before its colon are the label's, not the row's.
    const label = colon >= 0 ? roleMatches(line.text.slice(lastAt, lastAt + colon)).at(-1) : undefined;
    if (
      label &&
      /^[\s*_]*$/.test(line.text.slice(lastAt + (label.index ?? 0) + label[0].length, lastAt + colon))
    )
      end = label.index ?? end;
    spans.push([first, line.offset + lastAt + end]);
  }
  if (kept.size === 0 && spans.length === 0) return () => false;
  return (offset) =>
    kept.has(lineAt(lines, offset)) || spans.some(([start, end]) => offset >= start && offset < end);
}

/** A quick test before VERSION_ROW_INSIDE: every version row has a dated number ("15/09/2025", "May 2022"). */
const DATE_LIKE = /\d[/.-]\d|\d{4}/;
/** How far a flattened version row runs past its version and date: its change and its author. */
const ROW_REACH = 120;
/** A version row's start anywhere in a line: a version number and a date, after a space or the line's start. */
const VERSION_ROW_INSIDE = new RegExp(VERSION_ROW.source.replace(/^\^\\s\*/, "(?<=^|\\s)"), "g");

/**
 * The role words each document's reading found (a findLeadMentions() result → the DocumentRoles it read with): a
 * part of the document read on its own (a PDF's table block as Markdown, tableBlockLeads) reads its words as the
 * whole document does — Northern Ireland's "Designated Officer" in a poster's header cell is the lead there too.
 */
const rolesOfReading = new WeakMap<readonly LeadMention[], DocumentRoles>();

/**
 * Every mention of a designated lead or deputy, with the name given for the role when there is one. `whole`: the
 * mentions of the whole document `text` is a part of, whose role words it is read with (none: its own).
 */
export function findLeadMentions(
  text: string,
  lines = splitLines(text),
  written = text,
  whole?: readonly LeadMention[],
): LeadMention[] {
  const inHistory = historyRows(lines);
  // A paragraph wrapped over several lines ("… our Club Welfare" / "Officer:") is read as one line: same
  // length, same offsets, so every position found is a position in `text`.
  const joined = asciiPunctuation(maskMarkdown(joinSoftBreaks(text)));
  // The line breaks as written (a PDF's text comes with its wrapped lines already joined: `written` has them).
  const source = written.length === text.length ? written : text;
  const breaks = joined === source ? NO_BREAKS : softBreaksOf(source, joined);
  // The title as written: a PDF's first line, not its whole first page joined.
  const title = titleOf(lines, breaks);
  const bodies = bodiesInTitle(title);
  if (joined !== text) {
    text = joined;
    lines = splitLines(joined);
  }
  const outer = documentRoles;
  const outerBreaks = softBreaks;
  let roles = (whole && rolesOfReading.get(whole)) ?? rolesOfDocument(text, bodies, title, source);
  documentRoles = roles;
  softBreaks = breaks;
  try {
    let found = leadMentions(text, lines, inHistory);
    // "The Head of Safeguarding, Ms A, leads on all child protection matters": where no lead's title is named at all,
    // the setting's own Head of Safeguarding is its lead (FALLBACK_LEAD_TITLE), read again with that title.
    if (!whole && FALLBACK_LEAD_QUICK.test(text) && !found.some((m) => m.role === "dsl")) {
      roles = rolesOfDocument(text, bodies, title, source, true);
      documentRoles = roles;
      found = leadMentions(text, lines, inHistory);
    }
    rolesOfReading.set(found, roles);
    return found;
  } finally {
    documentRoles = outer;
    softBreaks = outerBreaks;
  }
}

const NO_BREAKS: readonly number[] = [];
/**
 * Where the document being read had a line break that joinSoftBreaks() made a space (offsets in the text), in
 * ascending order: writtenLines() goes from one to the next instead of asking at every character.
 */
let softBreaks: readonly number[] = NO_BREAKS;

function softBreaksOf(text: string, joined: string): readonly number[] {
  const found: number[] = [];
  for (let at = text.indexOf("\n"); at >= 0; at = text.indexOf("\n", at + 1))
    if (joined[at] !== "\n") found.push(at);
  return found;
}

/** The index of the first soft break at or after `offset` (softBreaks.length when there is none). */
function softBreakFrom(offset: number): number {
  let low = 0;
  let high = softBreaks.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (softBreaks[middle] < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

function leadMentions(text: string, lines: Line[], inHistory: (offset: number) => boolean): LeadMention[] {
  const mentions: LeadMention[] = [];
  // Who took over, and from whom.
  const successors = new Map<LeadMention, string>();
  const leadTitles = leadTitleReader();
  for (const line of lines) {
    if (line.text.trim() === "") continue;
    const cells = isTableRow(line) && !isTableSeparator(line) ? tableCells(line) : undefined;
    let roles = rolesIn(line);
    // A row of a table of the member clubs' officers ("| St Anne's School | Mrs P. Ives (the school's DSL) |", where
    // each member has its own): every role in it is the member's.
    if (
      cells &&
      roles.length > 0 &&
      documentRoles.members &&
      headerAbove(lines, line)?.some((heading) => documentRoles.members?.test(heading))
    )
      continue;
    // "Nominated Person: Rev Alun Prothero" then "Back-up contact: Mrs Delyth Roberts": a contact phrase just
    // under a named lead is the deputy, though its own line says nothing of safeguarding.
    if (roles.length === 0 && CONTACT_WORDS.test(line.text) && namedLeadAbove(mentions, line))
      roles = deputyContacts(line, true);
    // "**Safeguarding Lead (Imam Yusuf Haddadi)**" then "**Deputy (Sister Maryam Cole)**": a bare "Deputy" card just
    // under the named lead's is the deputy's (its name read from the bracket, as the lead's is).
    if (!cells && DEPUTY_WORD.test(line.text) && namedLeadAbove(mentions, line)) {
      const card = deputyCard(line);
      if (card && !roles.some((r) => r.offset < card.endOffset && r.endOffset > card.offset))
        roles = [...roles, card];
    }
    // "| County Welfare Officer (the Association's designated lead) | Mrs A |" then "| Deputy County Welfare Officer |
    // Mr B |": "Deputy" and the lead's own title, whole or short of a word (deputy-of-lead-title.ts).
    if (DEPUTY_TITLE_QUICK.test(line.text)) {
      const label = deputyOfTitleLabel(line, cells, leadTitles(mentions, roles, line));
      if (label && !roles.some((r) => r.offset < label.endOffset && r.endOffset > label.offset))
        roles = [...roles, label];
    }
    for (const found of roles) {
      const mention: LeadMention = { ...found, line };
      // "Deputy Welfare Officer informed: ______" on an incident record form: a question the form asks about the
      // role, not a label naming (or failing to name) who holds it.
      if (formQuestion(line, cells, mention)) continue;
      if (LABEL_PAIR_LEAD.has(found)) LABEL_PAIR_MENTION.add(mention);
      // "(the Deputy\nSafeguarding Co-ordinator)": a wrapped paragraph put the prefix on the line above.
      const above = lines[line.index - 1];
      if (!cells && !mention.name && !mention.placeholder) formalNameOf(line, mention);
      if (
        mention.role === "dsl" &&
        above?.index === line.index - 1 &&
        mention.offset - line.offset <= contentStart(line.text) &&
        DEPUTY_BEFORE.test(above.text)
      )
        mention.role = "deputy";
      if (cells) nameInRow(lines, line, cells, mention, text);
      else nameInLine(lines, line, mention, text);
      if (!cells && !mention.name && !mention.placeholder) capitalsHolderBefore(line, mention);
      // "### Ned Polworth" / "Role: Deputy Welfare Officer": the person's heading owns the "Role:" line under it.
      if (!cells && !mention.name && !mention.placeholder) nameHeadingAbove(lines, line, mention);
      if (!cells && !mention.name && !mention.placeholder && mention.role === "dsl")
        partnersHolding(text, lines, line, mention);
      // "Each of us is the designated safeguarding lead …" over "| | Ann Lee | Tom Ure |": both hold the role.
      if (!cells && !mention.name && !mention.placeholder && mention.role === "dsl")
        eachHolding(text, lines, line, mention);
      // "| DSL on site | Ann Lee | Ann Lee | Ben Ross |" under "| Role | Mon | Tue | Wed |": a rota's row names the
      // role's holder of each day; every other person in it holds the role too.
      const rota = cells && mention.name ? rotaHolders(lines, line, cells, mention) : [];
      // "| Deputies | Mina Castell, Play Leader (…). Rhys Vantongeren, Play Leader (…). |": each holder listed after
      // the first is a mention of the role of their own, read as if named alone.
      const listed =
        mention.names?.length === 1 && PLURAL_ROLE.test(plain(mention.label).trim())
          ? listedHolders(line, cells, mention)
          : [];
      // "Rhodri Ellison, deputy – 07700 …": a bare "deputy" counts only with the name it follows.
      if (OPTIONAL.has(found) && !mention.name) continue;
      // "| 3 | 14/03/2022 | Contacts updated | K. Ferris, DSL |": a past author in the version history, unless the
      // row says who took over ("DSL changed from Ann Lee to Bea Moss").
      if (!mention.former && inHistory(mention.offset)) continue;
      // "Mrs Ines Marlow (DSL) retired in June 2025": a holder who has gone.
      if (mention.name && hasLeft(text, mention)) continue;
      // "… named Mrs Ada Kwan as Safeguarding Lead; Bea Moss took over in 2025": the one who took over holds it.
      const taker = mention.name ? takerAfter(text, mention) : undefined;
      if (taker && mention.name) {
        successors.set(mention, mention.name);
        setNames(mention, [taker.name], taker.base);
      }
      // "Kate Summers replaced Brian Tolley as Club Welfare Officer": the holder before, and Kate Summers the one now.
      if (mention.name && mention.nameOffset !== undefined) {
        const before = text.slice(Math.max(0, mention.nameOffset - 30), mention.nameOffset);
        if (REPLACED_BEFORE.test(before)) {
          const successor = successorBefore(text, line, mention.nameOffset);
          if (!successor) continue;
          const replaced = mention.name;
          setNames(mention, [successor.name], successor.base);
          successors.set(mention, replaced);
        }
      }
      mentions.push(mention, ...listed, ...rota);
    }
    if (!cells && ROLE_WORDS.test(line.text)) {
      for (const match of allMatches(AUTHOR_LEAD, line.text)) {
        const start = match.index ?? 0;
        mentions.push({
          role: "dsl",
          label: match[0],
          offset: line.offset + start,
          endOffset: line.offset + start + match[0].length,
          author: true,
          line,
        });
      }
      const team = teamUnder(lines, line);
      if (team) mentions.push(team);
    }
    if (!cells && ABSENCE_WORDS.test(line.text))
      mentions.push(...absenceDeputies(text, lines, line, mentions));
    if (!cells && /\bdeput/i.test(line.text) && /[Ss]afeguard|SAFEGUARD|DS[LP]/.test(line.text))
      mentions.push(...deputiesByReference(line));
    if (!cells && PRONOUN_DEPUTY_QUICK.test(line.text)) mentions.push(...pronounDeputies(line));
    if (!cells && PRONOUN_DEPUTISES_QUICK.test(line.text)) mentions.push(...pronounDeputises(line, mentions));
    if (!cells && NAME_DEPUTISES_QUICK.test(line.text)) mentions.push(...nameDeputises(line, mentions, text));
    if (!cells && NAMED_DEPUTISES_QUICK.test(line.text)) mentions.push(...namedDeputises(line, mentions));
  }
  // "If Graham cannot be reached, contact the Club Chair, Mrs Ann Lee" with "**Deputy Welfare Officer:** TBC"
  // anywhere in the policy: the Chair is cover while the deputy is still to be named.
  if (mentions.some((m) => m.role === "deputy" && m.placeholder !== undefined))
    for (let i = mentions.length - 1; i >= 0; i--)
      if (COVER_WHILE_BLANK.has(mentions[i])) mentions.splice(i, 1);
  namesUnderHeaders(text, mentions);
  // "…, Anjali takes any concern in his place and acts as deputy Club Safeguarding Officer": the one person the
  // sentence names, besides the lead, holds the deputy's role.
  if (DEPUTY_OF_LEAD_QUICK.test(text)) deputyOfLeadInSentence(mentions);
  // "Martin and Priya cover for each other": read once every lead is named (some by the heading over them).
  if (EACH_OTHER_QUICK.test(text)) mentions.push(...eachOtherDeputies(lines, mentions));
  // "The Welfare Officer (Juniors) is her deputy": that role, wherever the policy names its holder, is the deputy's.
  if (IS_DEPUTY_QUICK.test(text)) roleSaidDeputy(text, mentions);
  // "Oliver Danebury is the Safeguarding Lead's deputy": the lead's role in the possessive is the deputy's.
  if (POSSESSIVE_DEPUTY_QUICK.test(text)) possessiveLeadsDeputy(text, mentions);
  // "The Age Grade Safeguarding Officer … deputises for the Club Safeguarding Officer": that role is the deputy's.
  if (ROLE_DEPUTISES_QUICK.test(text)) roleDeputises(text, mentions);
  // "The Union's two DSOs … act for the Safeguarding Lead when she is not available. They are …": those named.
  if (ACTS_FOR_QUICK.test(text)) rolesActForLead(text, mentions);
  // "… the **Responsible Individual** deputises for him", the Responsible Individual named in the roles table.
  if (JOB_DEPUTISES_QUICK.test(text)) mentions.push(...jobDeputies(lines, mentions));
  // "In 2019 Hana Mori took over from Alan Moss as DSL; … the committee appointed Priya Shah": the one who took
  // over is the holder only when the document names nobody else for the role (the one replaced is no one else).
  const holders = mentions.filter((m) => m.name && !m.team && !successors.has(m));
  const holderBesides = (m: LeadMention, replaced: string) =>
    holders.some(
      (h) =>
        h.role === m.role &&
        !sameName(nameKey(h.name ?? ""), nameKey(replaced)) &&
        !sameName(nameKey(h.name ?? ""), nameKey(m.name ?? "")),
    );
  // "University Safeguarding Officer (institution-wide) | Mr A" beside "Course Designated Safeguarding Lead | Dr B":
  // the wider body's officer, where the setting names its own lead, is not one of the setting's leads. Only in the
  // lead's role: an "organisation-wide" deputy is still the setting's deputy.
  const wide = new Set(mentions.filter((m) => m.role === "dsl" && wideOfficer(text, m)));
  // "The University's Safeguarding Lead is Dr A" in a students' union's policy, "| Partner school | School's DSL |":
  // another organisation's lead, as a partner's contact, where the policy names its own.
  for (const m of partnersLeads(text, lines, mentions)) wide.add(m);
  const ownLead = mentions.some((m) => m.role === "dsl" && m.name && !m.team && !wide.has(m));
  // "Ring Ann Lee — she is the deputy lead" where the policy names Ann Lee its lead: not her own deputy.
  const leadNames = mentions
    .filter((m) => m.role === "dsl" && m.name && !m.team)
    .map((m) => nameKey(m.name ?? ""));
  // Each name compared with the leads' once: a long policy's every absence line may send to the same job's holder.
  const isLeadName = new Map<string, boolean>();
  const selfDeputy = (m: LeadMention) => {
    if (!PRONOUN_HELD.has(m)) return false;
    const name = m.name ?? "";
    let lead = isLeadName.get(name);
    if (lead === undefined) {
      const key = nameKey(name);
      lead = leadNames.some((l) => sameName(l, key));
      isLeadName.set(name, lead);
    }
    // "Simon covers for her when she is away", Simon a section's Welfare Officer too: one who covers for another
    // lead the policy names stays the deputy.
    return lead && !(COVERS_FOR_ANOTHER.has(m) && leadNames.some((l) => !sameName(l, nameKey(name))));
  };
  // "Lead: Amy Cole | Deputy: Ben Ross" under "Summer camp staffing", or where the policy names its lead by a
  // safeguarding role: the activity's leaders, not the safeguarding pair — neither the lead nor the deputy beside it.
  const namedByRole = mentions.some(
    (m) => m.role === "dsl" && m.name && !m.team && !LABEL_PAIR_MENTION.has(m) && !wide.has(m),
  );
  const otherPairs = new Set(
    mentions
      .filter((m) => LABEL_PAIR_MENTION.has(m) && (namedByRole || !pairHeadingFits(lines, m.line)))
      .map((m) => m.line.index),
  );
  const otherPair = (m: LeadMention) =>
    otherPairs.has(m.line.index) && (LABEL_PAIR_MENTION.has(m) || m.role === "deputy");
  return mentions
    .filter((m) => {
      if (ownLead && wide.has(m)) return false;
      if (selfDeputy(m)) return false;
      if (otherPair(m)) return false;
      const replaced = successors.get(m);
      return replaced === undefined || !holderBesides(m, replaced);
    })
    .sort((a, b) => a.offset - b.offset);
}

/** A rota's column heading: a weekday ("Mon", "Tuesday", "Sat."), a week ("Week 2") or a date ("27/07"). */
const ROTA_HEADING =
  /^(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\.?|(?:mon|tues|wednes|thurs|fri|satur|sun)day|week\s*\d{1,2}|\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?)$/i;

/**
 * The other holders of a rota's role: a row under a header whose cells after the first are all weekdays, weeks or
 * dates ("| Role | Mon | Tue | Wed |"), the role in the row's first cell and a person in each day's cell. Each person
 * the row names besides the mention's own, once, as a mention of the same role at their first cell.
 */
function rotaHolders(lines: Line[], line: Line, cells: Cell[], mention: LeadMention): LeadMention[] {
  if (cells.length < 3 || mention.offset > cells[0].endOffset) return [];
  const header = headerAbove(lines, line);
  if (
    !header ||
    header.length < 3 ||
    !header.slice(1).every((h) => ROTA_HEADING.test(h.replace(/\*\*|__/g, "").trim()))
  )
    return [];
  const seen = new Set([nameKey(mention.name ?? "")]);
  const found: LeadMention[] = [];
  for (const cell of cells.slice(1)) {
    const names = namesInCell(cell, false);
    if (names.length !== 1) continue;
    const key = nameKey(nameOf(names[0]));
    if (seen.has(key)) continue;
    seen.add(key);
    const holder: LeadMention = { ...mention };
    setNames(holder, names, cell.offset);
    found.push(holder);
  }
  return found;
}

/**
 * Two people who write "we" say they both hold the lead's role: "We are both Designated Safeguarding Leads", "we're
 * both DSLs". Not "we are both DSL-trained" (a course, not the role).
 */
const WE_BOTH_BEFORE =
  /(?:^|[^\p{L}])(?:[Ww]e\s+are\s+both|[Ww]e['’]re\s+both|[Ww]e\s+both\s+are|[Bb]oth\s+of\s+us\s+are)\s+(?:(?:the|our)\s+)?(?:joint\s+|co-?\s?)?$/u;
/** Where two people are named together as the ones something is run, owned or written by: "run by Ann Lee and Tom Ure". */
const PARTNERS_BY =
  /(?<![\p{L}])(?:[Rr]un|[Oo]wned|[Ww]ritten|[Ff]ounded|[Mm]anaged|[Ll]ed|[Ss]et\s+up)\s+(?:jointly\s+)?by\s+/gu;
/** Of those, the verbs that say who the setting or the policy belongs to — not "led by" or "managed by" (a session's). */
const OWNER_VERB = /^(?:[Rr]un|[Oo]wned|[Ww]ritten|[Ff]ounded|[Ss]et\s+up)\b/;
/** "… Ann Lee and Tom Ure run Wildwood Hollow": the two names before a verb of owning, its object the setting's name. */
const PARTNERS_RUN =
  /(?<=[^\S\n])(?:jointly[^\S\n]+)?(?:run|own|co-own|founded|set[^\S\n]+up|wrote)[^\S\n]+(?=this[^\S\n]+(?:policy|setting|business)\b|\p{Lu})/gu;
/** An activity, not the setting: "Weekend sessions are run by …", "Sam Pike and Jo Marsh run Saturday sessions". */
const ACTIVITY_WORDS =
  /\b(?:sessions?|activit(?:y|ies)|class(?:es)?|lessons?|trips?|visits?|workshops?|courses?|training|meetings?|events?|rotas?|programmes?|camps?|clubs?\s+nights?|groups?\s+for)\b/i;
/** A clause whose subject is plural ("Sessions are run by"): not the setting, which is one. */
const PLURAL_VERB = /\b(?:are|were)\b/i;

interface Partners {
  /** The pair named as the setting's or the policy's owners or writers, wherever in the policy. */
  owners?: NameUnder[];
  /** Per paragraph (its first line's index), the first pair any "run/led/managed by" in it names. */
  byParagraph: Map<number, NameUnder[]>;
  /** Per line, the index of its paragraph's first line. */
  paragraphOf: number[];
}

/** Per list of lines, the pairs of partners the policy names, worked out once however many "we are both" ask. */
const partnersOfLines = new WeakMap<Line[], Partners>();

/** Exactly two different people, each in full. */
function twoPeople(found: NameUnder[]): NameUnder[] | undefined {
  const names = found.filter((n) => /\s/.test(n.name.trim()));
  return names.length === 2 && nameKey(names[0].name) !== nameKey(names[1].name) ? names : undefined;
}

function partnersIn(text: string, lines: Line[]): Partners {
  const known = partnersOfLines.get(lines);
  if (known) return known;
  const paragraphOf: number[] = [];
  for (const line of lines)
    paragraphOf.push(
      line.index > 0 && lines[line.index - 1].text.trim() !== "" ? paragraphOf[line.index - 1] : line.index,
    );
  const partners: Partners = { byParagraph: new Map(), paragraphOf };
  // The clause before an offset, back to its sentence's start (bounded).
  const clauseBefore = (at: number) => {
    const window = text.slice(Math.max(0, at - NEAR), at);
    const ends = ["\n", ". ", "! ", "? ", "; ", ": "].map((mark) => {
      const at = window.lastIndexOf(mark);
      return at < 0 ? 0 : at + mark.length;
    });
    return window.slice(Math.max(...ends));
  };
  const clauseAfter = (at: number) => /^[^.!?;\n]*/.exec(text.slice(at, at + NEAR))?.[0] ?? "";
  for (const match of allMatches(PARTNERS_BY, text)) {
    const from = (match.index ?? 0) + match[0].length;
    const found = namesAt(text.slice(from, from + NEAR), { strength: "strong" });
    if (found.length < 2 || found[0].start !== 0) continue;
    // "Ann Lee and Tom Ure": the two names joined by "and" or "&" alone.
    if (!/^\s*(?:and|&)\s*$/.test(text.slice(from + found[0].end, from + found[1].start))) continue;
    const pair = twoPeople(found.slice(0, 2).map((n) => ({ name: nameOf(n), offset: from + n.start })));
    if (!pair) continue;
    const paragraph = paragraphOf[lineAt(lines, match.index ?? 0)];
    if (!partners.byParagraph.has(paragraph)) partners.byParagraph.set(paragraph, pair);
    // "Bramblecombe Outdoor Play is a small business run by …", "This policy was written by …": the setting or the
    // policy, one thing — not "Weekend sessions are led by …".
    const clause = clauseBefore(match.index ?? 0);
    if (
      !partners.owners &&
      OWNER_VERB.test(match[0]) &&
      !PLURAL_VERB.test(clause) &&
      !ACTIVITY_WORDS.test(clause)
    )
      partners.owners = pair;
  }
  if (!partners.owners) {
    for (const match of allMatches(PARTNERS_RUN, text)) {
      const at = match.index ?? 0;
      const clause = clauseBefore(at);
      if (ACTIVITY_WORDS.test(clauseAfter(at + match[0].length))) continue;
      const lead = clause.length - clause.trimStart().length;
      const found = namesAt(clause, { strength: "strong" });
      if (found.length !== 2 || found[0].start !== lead || clause.slice(found[1].end).trim() !== "") continue;
      if (!/^\s*(?:and|&)\s*$/.test(clause.slice(found[0].end, found[1].start))) continue;
      const from = at - clause.length;
      const pair = twoPeople(found.map((n) => ({ name: nameOf(n), offset: from + n.start })));
      if (pair) {
        partners.owners = pair;
        break;
      }
    }
  }
  partnersOfLines.set(lines, partners);
  return partners;
}

/**
 * "We are both Designated Safeguarding Leads": the two people the policy names as its "we" hold the role together.
 * They are named on the lines straight under it ("Ann Lee – 07700 …" / "Tom Ure – 07700 …"), in its own paragraph as
 * the ones something is run or led by, or as the policy's owners or writers anywhere ("a small business run by Ann
 * Lee and Tom Ure", "Ann Lee and Tom Ure run Wildwood Hollow") — not the ones a session is led by elsewhere: exactly
 * two people, each in full. The pairs are worked out once per policy.
 */
function partnersHolding(text: string, lines: Line[], line: Line, mention: LeadMention): void {
  if (!PLURAL_ROLE.test(plain(mention.label).trim())) return;
  const before = text.slice(Math.max(line.offset, mention.offset - 40), mention.offset);
  if (!WE_BOTH_BEFORE.test(before)) return;
  let pair = twoPeople(namesUnder(lines, line.index).names);
  if (!pair) {
    const partners = partnersIn(text, lines);
    pair = partners.byParagraph.get(partners.paragraphOf[line.index]) ?? partners.owners;
  }
  if (!pair) return;
  mention.name = pair[0].name;
  mention.nameOffset = pair[0].offset;
  mention.nameEndOffset = pair[0].offset + pair[0].name.length;
  mention.names = pair.map((n) => n.name);
}

/** "Each of us is the designated safeguarding lead": the two people named under it (see each-of-us.ts) hold it. */
function eachHolding(text: string, lines: Line[], line: Line, mention: LeadMention): void {
  const before = text.slice(Math.max(line.offset, mention.offset - 40), mention.offset);
  if (!EACH_OF_US_BEFORE.test(before)) return;
  const pair = eachOfUsHolders(lines, line);
  if (!pair) return;
  heldBy(mention, pair);
}

/**
 * After "her deputy", a job's title rather than the lead's deputy: "is her deputy head", "is the deputy safeguarding
 * lead", "is her Deputy Manager" — a job's word, in either case, or any word in capitals (IS_DEPUTY_AFTER,
 * JOB_IS_DEPUTY). Written without the "i" flag: under it \p{Lu} matches a lower-case letter too.
 */
const NOT_A_DEPUTY_JOB = String.raw`(?![\p{L}-])(?![^\S\n]+(?:\p{Lu}|head|manager|lead|officer|designated|safeguarding|welfare|dsl|co-?ordinator|principal|chair))`;
/** A possessive, then "deputy": "the Safeguarding Lead's deputy", "the DSL’s deputies". */
const POSSESSIVE_DEPUTY_QUICK = /['’]s\s+deput(?:y|ies)\b/i;
/** Straight after a lead's role in the possessive: "deputy" ("… Lead's deputy and takes concerns …"). */
const DEPUTY_AFTER_POSSESSIVE = /^\s+deput(?:y|ies)(?![\p{L}])/iu;

/**
 * A lead's role in the possessive with "deputy" after it ("Oliver Danebury is the Safeguarding Lead's deputy", "The
 * DSL's deputy is to be appointed"): the role read there, with whatever name it has, is the deputy's, not a second
 * lead's.
 */
function possessiveLeadsDeputy(text: string, mentions: LeadMention[]): void {
  for (const m of mentions)
    if (m.role === "dsl" && !m.team && /['’]s$/.test(m.label))
      if (DEPUTY_AFTER_POSSESSIVE.test(text.slice(m.endOffset, m.endOffset + 20))) m.role = "deputy";
}

const IS_DEPUTY_QUICK = /\bis\s+(?:also\s+)?(?:her|his|their|the|our)\s+deputy\b/i;
/**
 * After a lead's role that opens its sentence, its bracket if any, then "is her deputy", "is the deputy", "is our
 * deputy": "The Welfare Officer (Juniors) is her deputy". Not "is the deputy head", "is the deputy safeguarding
 * lead" or "is her Deputy Manager" (a job): the word after "deputy" is a job's word in either case, or any word in
 * capitals. No "i" flag: under it \p{Lu} matches a lower-case letter too, and every word after "deputy" ("when she is
 * away") was taken for a job's; each word is written with both cases of its first letter instead.
 */
const IS_DEPUTY_AFTER = new RegExp(
  String.raw`^(?<bracket>[^\S\n]*\([^()\n]{1,40}\))?[^\S\n]+is[^\S\n]+(?:also[^\S\n]+)?(?:her|his|their|the|our)[^\S\n]+[Dd]eputy${NOT_A_DEPUTY_JOB}`,
  "u",
);
/** Before a role that opens its sentence: "The", "Our". */
const SENTENCE_SUBJECT_BEFORE = /(?:^|[.!?][^\S\n]+|\n)(?:The|Our)[^\S\n]+$/u;

/**
 * "The Club Welfare Officer leads on safeguarding for the club. The Welfare Officer (Juniors) is her deputy": a role
 * (with the bracket after it, word for word) said in its own sentence to be the deputy is the deputy's wherever the
 * policy gives it — its holder named under it ("Welfare Officer (Juniors)" / "Name: Tom Ure") is the named deputy.
 * Only where the policy names a lead under another role: "her deputy" is that lead's.
 */
function roleSaidDeputy(text: string, mentions: LeadMention[]): void {
  const keyOf = (m: LeadMention) => {
    const bracket = /^[^\S\n]*(\([^()\n]{1,40}\))/.exec(text.slice(m.endOffset, m.endOffset + 48))?.[1] ?? "";
    return `${plain(m.label).trim().toLowerCase()}|${bracket.toLowerCase()}`;
  };
  const deputies = new Set<string>();
  for (const m of mentions) {
    if (m.role !== "dsl" || m.team || m.author || m.name) continue;
    if (!SENTENCE_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.offset - 8), m.offset))) continue;
    if (!IS_DEPUTY_AFTER.test(text.slice(m.endOffset, m.endOffset + 80))) continue;
    deputies.add(keyOf(m));
  }
  if (deputies.size === 0) return;
  const leadElsewhere = mentions.some(
    (m) => m.role === "dsl" && m.name && !m.team && !m.former && !deputies.has(keyOf(m)),
  );
  if (!leadElsewhere) return;
  for (const m of mentions) if (m.role === "dsl" && !m.team && deputies.has(keyOf(m))) m.role = "deputy";
}

/** A title before a name, in capitals: "MS", "MR", "DR", "REVD". */
const CAPITAL_TITLES = HONORIFICS.map((h) => escapeRegExp(h.toUpperCase())).join("|");
/** One word of a name in capitals, its accents and tone marks too: "SIOBHÁN", "NGUYỄN", "O'NEILL", "ÀJÀYÍ". */
const CAPITAL_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’-]*`;
/**
 * A people line's opening in capitals, up to the bracket the role is in: "MS ANA RUIZ (", "DR LÊ VĂN AN (",
 * "WIRANTO (" — a title perhaps, then one to four words of capitals.
 */
const CAPITALS_HOLDER = new RegExp(
  String.raw`^[^\S\n]*(?:(?<title>${CAPITAL_TITLES})\.?[^\S\n]+)?(?<name>${CAPITAL_WORD}(?:[^\S\n]+${CAPITAL_WORD}){0,3})[^\S\n]*\([^\S\n]*$`,
  "u",
);
/** A template's stand-in for a name, in capitals: "FIRSTNAME SURNAME", "FULL NAME", "XXXX", "JOE BLOGGS", "NAME". */
const CAPITALS_TEMPLATE_NAME = new RegExp(
  String.raw`^(?:${TEMPLATE_NAME}|.*\bX{3,}|(?:JOE|JOANNE|JO)\s+BLOGGS\b|.*\b(?:NAME|SURNAME|FORENAME|FIRSTNAME)\b)`,
);
/** After the role's bracket closes, a people line goes on with a dash or a comma (job, phone, email) or ends. */
const CAPITALS_LINE_GOES_ON = /^[^\S\n]*\)[^\S\n]*(?:[–—,-]|$)/;

/**
 * A block of people written in capitals, one a line: "MS SIOBHAN KELLY (DSL) – MANAGER – 07700 …", "MR TRẦN VĂN AN
 * (DEPUTY DSL) – …". The name readers look for a capital then small letters; here the person is the words opening
 * the line, straight before the bracket the role is in — a title before them, or the line going on with a dash or a
 * comma after the bracket. Never words the policy uses for anything but a name ("OUR SAFEGUARDING LEAD (DSL)"), nor
 * words the tagger reads as the language's. The name as written, in capitals.
 */
function capitalsHolderBefore(line: Line, mention: LeadMention): void {
  const at = mention.offset - line.offset;
  const start = contentStart(line.text);
  // Cheap checks first: the role straight after a bracket, near the line's start, and the bracket closing after it.
  if (at <= start || at - start > 60 || !line.text.slice(start, at).includes("(")) return;
  // The role's words may end with the bracket's close ("DEPUTY DSL)").
  const end = mention.endOffset - line.offset;
  const after = line.text.slice(end, end + 80);
  if (!CAPITALS_LINE_GOES_ON.test(line.text[end - 1] === ")" ? `)${after}` : after)) return;
  const found = CAPITALS_HOLDER.exec(line.text.slice(start, at));
  const groups = found?.groups;
  if (!found || !groups) return;
  const words = groups.name.split(/[^\S\n]+/);
  if (words.some((w) => NOT_NAME.has(w.toLowerCase()) || HONORIFIC_AT_START.test(`${w} `))) return;
  // A template's words where the name goes: "FIRSTNAME SURNAME", "XXXX", "JOE BLOGGS".
  if (CAPITALS_TEMPLATE_NAME.test(groups.name)) return;
  // Without a title, words the tagger reads as the language's are a heading's, not a name.
  const titled = groups.title !== undefined;
  const named = groups.name.toLowerCase().replace(/(?<![\p{L}\p{M}'’])\p{Ll}/gu, (c) => c.toUpperCase());
  if (!titled && wordsOfTheLanguage(named)) return;
  const offset = line.offset + start + found[0].search(/\S/);
  const name = titled ? `${groups.title} ${groups.name}` : groups.name;
  mention.name = name;
  mention.names = [name];
  mention.nameOffset = offset;
  mention.nameEndOffset = line.offset + start + found[0].replace(/[^\S\n]*\([^\S\n]*$/, "").length;
}

/**
 * Whether the heading a "Lead: … | Deputy: …" line sits under may hold the safeguarding pair: one about safeguarding,
 * contacts or whom to tell, or the document's first heading (its title), or no heading at all.
 */
function pairHeadingFits(lines: Line[], line: Line): boolean {
  for (let i = line.index - 1; i >= 0; i--) {
    const heading = MARKDOWN_HEADING.exec(lines[i].text)?.[1] ?? headingLine(lines, i);
    if (heading === undefined) continue;
    if (PAIR_HEADING.test(heading)) return true;
    // The title: no heading above it, nor any line of text.
    return !lines
      .slice(0, i)
      .some(
        (above) =>
          MARKDOWN_HEADING.test(above.text) || (above.text.trim() !== "" && !/^\s*---/.test(above.text)),
      );
  }
  return true;
}

/**
 * A heading written as a paragraph of its own, not with Markdown's marks: a bold line ("**Safeguarding contacts**",
 * BOLD_LINE),
 * or a short plain line with no sentence's end, blank lines either side ("Safeguarding contacts"). Its words, or
 * undefined.
 */
function headingLine(lines: Line[], i: number): string | undefined {
  const text = lines[i].text;
  if (text.length > HEADING_LINE_MAX || text.trim() === "") return undefined;
  const bold = BOLD_LINE.exec(text)?.groups?.inner;
  if (bold) return bold;
  if (
    (i > 0 && lines[i - 1].text.trim() !== "") ||
    lines[i + 1]?.text.trim() !== "" ||
    BLOCK_START.test(text) ||
    !PLAIN_HEADING_LINE.test(text)
  )
    return undefined;
  return text.trim();
}

const HEADING_LINE_MAX = 80;
/** A short line of words with no sentence's end: "Safeguarding contacts", "Who to tell". */
const PLAIN_HEADING_LINE = /^\s*\p{Lu}[^.!?;,|:\n]{1,60}$/u;
const MARKDOWN_HEADING = /^#{1,6}[^\S\n]+(\S.*)$/;

/** The bodies above a setting whose officer covers all of it: "(institution-wide)", "Trust-wide". */
const WIDE_BODY =
  "(?:institution|organi[sz]ation|university|college|trust|diocese|diocesan|county|federation|group|company|charity|network|national|nation|region|council|partnership|circuit|synod|district|association|union|society|church)-wide";
/** "Safeguarding Officer (institution-wide)", "Safeguarding Lead (Trust-wide role)". */
const WIDE_AFTER = new RegExp(String.raw`^\s*(?:\*\*|__)?\s*\(\s*${WIDE_BODY}\b[^()\n]{0,20}\)`, "iu");
/** "Trust-wide Safeguarding Lead", "the organisation-wide Designated Safeguarding Officer". */
const WIDE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}-])${WIDE_BODY}\s+$`, "iu");

/** Whether a role is a wider body's officer over all its services: "Safeguarding Officer (institution-wide)". */
function wideOfficer(text: string, mention: LeadMention): boolean {
  if (mention.team || mention.author) return false;
  const before = text.slice(Math.max(0, mention.offset - 40), mention.offset);
  return WIDE_AFTER.test(text.slice(mention.endOffset, mention.endOffset + 60)) || WIDE_BEFORE.test(before);
}

/** The words naming a body of each POSSESSIVE_BODIES kind (POSSESSIVE_BODY_NAMES), as an expression's alternatives. */
const bodyNames = (kind: string) =>
  (POSSESSIVE_BODY_NAMES[kind] ?? [kind])
    .map((w) =>
      w
        .split(/[\s-]+/)
        .map(escapeRegExp)
        .join("[\\s-]*"),
    )
    .join("|");
/** Each kind's words in a policy's own name ("Brambleton Primary" names a school). */
const BODY_IN_NAME = new Map(
  POSSESSIVE_BODIES.map((kind) => [
    kind,
    new RegExp(`(?<![\\p{L}])(?:${bodyNames(kind)})(?![\\p{L}])`, "iu"),
  ]),
);
/** The policy calling a body of the kind its own: "our school", "this Union". */
const BODY_SELF = new Map(
  POSSESSIVE_BODIES.map((kind) => [
    kind,
    new RegExp(`(?<![\\p{L}])(?:our|this)\\s+(?:${bodyNames(kind)})(?![\\p{L}])`, "iu"),
  ]),
);

/**
 * The kind of body after "the" in the possessive just before a role ("The University's Safeguarding Lead", "the
 * school's DSL" → "university", "school"), lower case; none when no such possessive stands there. A body named in
 * capitals ("Brambleton Primary School's DSL is Mrs A") is not asked: only the policy's own words make its officer
 * someone else's (disownedOfficer).
 */
function possessiveBodyBefore(text: string, offset: number): string | undefined {
  const before = text.slice(Math.max(0, offset - 40), offset);
  if (!before.includes("'") && !before.includes("’")) return undefined;
  return WIDER_POSSESSIVE.exec(before)?.groups?.body?.toLowerCase();
}

/**
 * Words that give an officer the setting's work: "takes the camp's concerns", "takes every referral", "receives our
 * reports", "is responsible for the club", "pass concerns to her".
 */
const ACTS_FOR_SETTING =
  /\b(?:takes?|taking|receives?|handles?|deals?\s+with|manages?)\s+(?:(?:the|our|any|every|all)\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:referrals?|concerns?|disclosures?|reports?)\b|\b(?:is|are)\s+(?:also\s+)?(?:responsible\s+for|in\s+charge\s+of)\s+(?:the|our|this)\s|\bconcerns?\s+(?:straight\s+)?to\s+(?:her|him|them)\b/iu;

/** Whether the role's sentence, or the next, gives its officer the setting's work (ACTS_FOR_SETTING). */
function actsForSetting(after: string): boolean {
  const [first, second] = after.split(SENTENCE_END);
  return ACTS_FOR_SETTING.test(first ?? "") || (second !== undefined && ACTS_FOR_SETTING.test(second));
}

/**
 * "| Partner school | School's DSL | Phone |", "| Home school | DSL |", "| Member club | Club Welfare Officer |": a
 * table's first column heading that lists other organisations, each row beside its own lead.
 */
const OTHER_BODIES_COLUMN =
  /^(?:partner|home|feeder|member|affiliated|visiting|link)\s+(?:schools?|academ(?:y|ies)|colleges?|clubs?|organi[sz]ations?|groups?|nurser(?:y|ies)|settings?|teams?)$/i;

/** Whether a table's first column heading lists other organisations (OTHER_BODIES_COLUMN). */
export function listsOtherBodies(heading: string): boolean {
  return OTHER_BODIES_COLUMN.test(plain(heading).replace(/[*_:]/g, "").trim());
}

/**
 * Whether a table's row (or its header row) is in a table of other organisations' leads (OTHER_BODIES_COLUMN). Each
 * line is read once: a long row may hold many roles.
 */
export function otherBodiesRow(lines: Line[], line: Line): boolean {
  let known = otherBodiesRows.get(line);
  if (known === undefined) {
    const next = lines[line.index + 1];
    const header = !isTableRow(line)
      ? undefined
      : next && isTableSeparator(next)
        ? tableCells(line).map((c) => plain(c.text).trim())
        : headerAbove(lines, line);
    known = listsOtherBodies(header?.[0] ?? "");
    otherBodiesRows.set(line, known);
  }
  return known;
}
const otherBodiesRows = new WeakMap<Line, boolean>();

/**
 * The mentions that name another organisation's lead, not the policy's, where it names its own (leadMentions): a lead
 * behind the possessive of a body the policy's own name does not name and that it never calls "our" or "this" ("The
 * University's Safeguarding Lead is Dr A" in a students' union's policy, "the Trust's DSL" in an academy's); a row of
 * a table of other organisations beside their leads (otherBodiesRow).
 */
function partnersLeads(text: string, lines: Line[], mentions: LeadMention[]): LeadMention[] {
  const own = new Map<string, boolean>();
  const ownBody = (kind: string) => {
    let known = own.get(kind);
    if (known === undefined) {
      known =
        (BODY_IN_NAME.get(kind)?.test(documentRoles.ownName ?? "") ?? true) ||
        (BODY_SELF.get(kind)?.test(text) ?? true);
      own.set(kind, known);
    }
    return known;
  };
  return mentions.filter((m) => {
    if (m.team || m.author) return false;
    if (otherBodiesRow(lines, m.line)) return true;
    const kind = m.role === "dsl" ? possessiveBodyBefore(text, m.offset) : undefined;
    return (
      kind !== undefined && !ownBody(kind) && !actsForSetting(text.slice(m.endOffset, m.endOffset + 400))
    );
  });
}

/** Column headings besides roles: "| Nursery | Designated Safeguarding Lead | Deputy DSL | Telephone |". */
const COLUMN_WORDS =
  /^(?:\s|\b(?:telephone|phone|tel|mobile|email|e-mail|contact|contacts|details|name|names|role|job|title|nursery|setting|school|site|club|unit|team|number|address)\b)*/i;
/** A place after a column's role: "Site DSL – Riverside", "Deputy DSL - Millbrook" (one capitalised word). */
const COLUMN_PLACE = /^\s*[–—-]\s*\p{Lu}[\p{L}'’]*(?=\s)/u;

/** How much of `gap` is column words, with a place after a role ("– Riverside") when `places` allows it. */
function columnWords(gap: string, places: boolean): number {
  let at = 0;
  for (;;) {
    const words = COLUMN_WORDS.exec(gap.slice(at))?.[0].length ?? 0;
    const place = places ? (COLUMN_PLACE.exec(gap.slice(at + words))?.[0].length ?? 0) : 0;
    at += words + place;
    if (words + place === 0 || at >= gap.length) return at;
  }
}

/**
 * A table's heading row that a PDF flattened into running text: "Nursery Designated Safeguarding Lead Deputy DSL
 * Telephone Orchard Row Lorna Fitch (Nursery Manager) Marek Zielinski (Room Leader) …". The roles next to each
 * other are column headings; the first people after them are the first row's, one per role, in order. A heading
 * may name its place after a dash ("Site DSL – Riverside Site DSL – Millbrook Hana Kowalczyk …"): when the
 * headings between do, the last one's place is skipped too, and a name read after it ("Millbrook Hana …") is
 * the first row's, not the heading's.
 */
function namesUnderHeaders(text: string, mentions: LeadMention[]): void {
  const byLine = new Map<number, LeadMention[]>();
  for (const m of mentions)
    if (!m.team && !m.author) {
      const onLine = byLine.get(m.line.index);
      if (onLine) onLine.push(m);
      else byLine.set(m.line.index, [m]);
    }
  for (const onLine of byLine.values()) {
    onLine.sort((a, b) => a.offset - b.offset);
    for (let i = 0; i < onLine.length; ) {
      const group = [onLine[i]];
      let places = false;
      while (i + group.length < onLine.length) {
        const gap = text.slice(group[group.length - 1].endOffset, onLine[i + group.length].offset);
        if (columnWords(gap, false) === gap.length) group.push(onLine[i + group.length]);
        else if (columnWords(gap, true) === gap.length) {
          places = true;
          group.push(onLine[i + group.length]);
        } else break;
      }
      i += group.length;
      if (group.length < 2 || group.slice(0, -1).some((m) => m.name)) continue;
      const last = group[group.length - 1];
      // The first row's people come before the next role on the line: "Designated Person for Child Protection Ciara
      // Boyd 07700 … Deputy Designated Person Vacant … contact the Chair, Niall Corr" (a PDF's lines run together)
      // names one holder under the headings, and the Chair after the deputy's role is not the second heading's.
      const next = onLine[i]?.offset ?? last.line.endOffset;
      const tail = text.slice(last.endOffset, Math.min(last.line.endOffset, next, last.endOffset + NEAR * 2));
      const skip = columnWords(tail, places);
      const people = peopleIn(tail.slice(skip), group.length);
      if (people.length < group.length) continue;
      // The last heading's own name, read after it, is the first row's first person, whole or with the place
      // before it ("Millbrook Hana Kowalczyk"); one further on is its own.
      if (last.name && (last.nameOffset ?? 0) >= last.endOffset + skip + people[0].end) continue;
      for (const [k, mention] of group.entries()) {
        const person = people[k];
        mention.name = nameOf(person);
        mention.nameOffset = last.endOffset + skip + person.start;
        mention.nameEndOffset = last.endOffset + skip + person.end;
        mention.names = [nameOf(person)];
        mention.placeholder = undefined;
      }
    }
  }
}

type RoleFound = Omit<LeadMention, "line">;

/**
 * Full-width punctuation as its ASCII form, one character for one (same offsets): a Japanese or Chinese policy's
 * "Keiko Yamada（Deputy Head）", "責任者：Name" reads as "Keiko Yamada(Deputy Head)", "責任者:Name".
 */
const FULL_WIDTH: Readonly<Record<string, string>> = {
  "（": "(",
  "）": ")",
  "：": ":",
  "，": ",",
  "；": ";",
  "\u3000": " ",
};
/**
 * Words in Chinese, Japanese or Korean script, which never make a name this reader knows (names are read in Latin
 * script): spaces of the same length, so that "山田 恵子 Keiko Yamada" reads as the name its Latin words give.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
function asciiPunctuation(text: string): string {
  if (!/[（）：，；\u3000\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/.test(text)) return text;
  return text
    .replace(/[（）：，；\u3000]/g, (c) => FULL_WIDTH[c] ?? c)
    .replace(CJK, (words) => " ".repeat(words.length));
}

/**
 * Markdown that hides a name, with the same length: a link's brackets and address become spaces
 * ("[Jane Smith](mailto:…)" → " Jane Smith            "), an escaped apostrophe or hyphen a doubled one
 * ("O\\'Neill" → "O''Neill", "Sutherland\\-Grant" → "Sutherland--Grant", which the name's shape allows; nameOf()
 * puts it back to one; "Co\\-ordinator" is read as "Co-ordinator"); a `<br>` in a table cell spaces; the markers
 * between two bold runs ("**Deputy** **Designated Officer**", Word's bold words either side of a line break) spaces.
 */
function maskMarkdown(text: string): string {
  const breaks = /<br\s*\/?>/i.test(text);
  const boldRuns = BOLD_RUNS.test(text);
  if (!text.includes("](") && !text.includes("\\") && !breaks && !boldRuns) return text;
  return (
    text
      // A line break inside a table cell ("| Safeguarding Lead<br>Jane Smith |"): a space, as Word's is read.
      .replace(/<br\s*\/?>/gi, (br) => " ".repeat(br.length))
      // "| **Deputy** **Designated Officer** |": a Word cell's bold words either side of a line break, one title.
      .replace(BOLD_RUNS_ALL, (between) => " ".repeat(between.length))
      // A hard line break ("**Deputy Welfare Officer:**\" / "Name\"): the backslash is not part of a name.
      .replace(/\\(?=\r?\n)/g, " ")
      .replace(
        /\[([^\]\n]{1,80})\]\(([^)\n]*)\)/g,
        (_m, words: string, url: string) => ` ${words}${" ".repeat(url.length + 3)}`,
      )
      .replace(/\\(['’-])/g, "$1$1")
  );
}

/**
 * A bold run's closing marker, spaces, and the next bold run's opening marker, between two words. The word's last
 * character is looked behind from after the marker, so the expression is only tried where "**" stands (looked
 * behind first, it was tried at every character of the document).
 */
const BOLD_RUNS = /\*\*(?<=[^\s*]\*\*)[^\S\n]+\*\*(?=[^\s*])/;
const BOLD_RUNS_ALL = new RegExp(BOLD_RUNS.source, "g");

/** The mention's holders are these names, the first its name (at its place in the text). */
function heldBy(mention: LeadMention, names: readonly { name: string; offset: number }[]): void {
  mention.name = nameOf(names[0]);
  mention.nameOffset = names[0].offset;
  mention.nameEndOffset = names[0].offset + names[0].name.length;
  mention.names = names.map(nameOf);
}

/** A name as the policy means it: an escaped apostrophe or hyphen, doubled by maskMarkdown(), is one. */
function nameOf(found: { name: string }): string {
  return found.name.replace(/(['’-])\1/g, "$1");
}

/** A role's words in the plural: "Deputy Designated Safeguarding Leads", "Depute Co-ordinators", "DSLs", "Lead(s)". */
const PLURAL_ROLE = /(?:[^s]s|\(s\)|ies)$/i;

/**
 * A line that starts a block of its own in Markdown: a heading, table row, list item, quote, fence or rule. An
 * appendix's lettered item ("B3. Trustee …", "C12. …") is a list item too.
 */
const BLOCK_START =
  /^\s*(?:#{1,6}\s|\||[-*+•·▪●◦○■□‣⁃∙➢➤►\uF0B7\uF0A7]\s|[A-Z]?\d+[.)]\s|>|```|~~~|-{3,}\s*$|={3,}\s*$|\*{3,}\s*$)/;

/** A field of a role's, with nothing after it, straight after the role: " name:", " job title:", " phone:". */
const EMPTY_DETAIL_FIELD =
  /^\s*(?:full\s+)?(?:name|job\s+title|title|phone(?:\s+number)?|telephone|mobile|e-?mail(?:\s+address)?|contact\s+(?:number|details)|extension|address)\s*:\s*(?:\*\*|__)?\s*$/i;
/** A field's label with nothing after it: "Deputy DSL name:", "**Review frequency:**". */
const EMPTY_FIELD = /^\s*(?:\*\*|__)?[\p{L}][\p{L} '’()/-]{0,40}:(?:\*\*|__)?\s*$/u;
/** A field's line: its label and a colon, a value after it or none ("DSL email: …", "Deputy DSL job title:"). */
const FIELD_LINE = /^\s*(?:\*\*|__)?[\p{L}][\p{L} '’()/-]{0,40}:(?:\*\*|__)?(?:\s|$)/u;

/**
 * Markdown with its soft line breaks as spaces: a line break inside a paragraph (between two lines of running
 * text) becomes a space; headings, table rows, list items and blank lines keep theirs. Same length.
 */
function joinSoftBreaks(text: string): string {
  if (!text.includes("\n")) return text;
  const chars = text.split("\n");
  let out = chars[0];
  for (let i = 1; i < chars.length; i++) {
    const above = chars[i - 1];
    const line = chars[i];
    const soft =
      above.trim() !== "" &&
      line.trim() !== "" &&
      !BLOCK_START.test(line) &&
      !/^\s*(?:#{1,6}\s|\|)/.test(above) &&
      !/\|\s*$/.test(above) &&
      // A hard break ("two spaces" or a backslash) or a label line ("Name: Sam Keller") keeps its line.
      !/(?: {2}|\\)$/.test(above) &&
      !/^\s*(?:\*\*|__)?[\p{L}][\p{L} '’()/-]{0,40}:(?:\*\*|__)?\s*\S/u.test(line) &&
      // "Deputy DSL name:" left empty under "DSL email: …": a form's or an export's field with no value keeps its
      // line where the line above is a field too (not "… our Club Welfare" / "Officer:", a label wrapped).
      !(line.trimEnd().endsWith(":") && EMPTY_FIELD.test(line) && FIELD_LINE.test(above));
    out += (soft ? " " : "\n") + line;
  }
  return out;
}

/**
 * Words every role, label and author statement contains: a line without any is skipped at once (most lines of
 * a policy), which keeps the role expressions off them.
 */
const ROLE_WORDS =
  /[Dd]esignat|DESIGNAT|[Ss]afeguard|SAFEGUARD|[Pp]rotection|PROTECTION|[Ww]elfare|WELFARE|[Nn]amed|NAMED|DS[LOP]|[Dd]eput|DEPUT|[Aa]lternat|ALTERNAT|responsib|[Ll]ead|LEAD|[Pp]erson|PERSON/;

/** Words every deputy contact phrase holds (a quick test before DEPUTY_CONTACT). */
const CONTACT_WORDS = /[Cc]ontact|CONTACT/;

/** "If Ria is away, the second contact is:": deputies named by a contact phrase, on a line that is about it. */
function deputyContacts(line: Line, underLead = false): RoleFound[] {
  if (!DEPUTY_CONTACT_QUICK.test(line.text)) return [];
  if (!underLead && !DEPUTY_CONTEXT.test(line.text)) return [];
  return allMatches(DEPUTY_CONTACT, line.text).map((match) => {
    const at = match.index ?? 0;
    return {
      role: "deputy",
      label: match[0],
      offset: line.offset + at,
      endOffset: line.offset + at + match[0].length,
    };
  });
}

/** A line's "Deputy (Sister Maryam Cole)" card (DEPUTY_CARD), kept only when a name is read from its bracket. */
function deputyCard(line: Line): RoleFound | undefined {
  const start = contentStart(line.text);
  const card = DEPUTY_CARD.exec(line.text.slice(start));
  if (!card) return undefined;
  const role: RoleFound = {
    role: "deputy",
    label: card[0],
    offset: line.offset + start,
    endOffset: line.offset + start + card[0].length,
  };
  OPTIONAL.add(role);
  return role;
}

/** A deputy's title prefix (DEPUTY_TITLE_PREFIXES) anywhere in a line: a quick test before deputyOfTitleLabel. */
const DEPUTY_TITLE_QUICK = /deput|assistant|alternate|back-?up/i;

/**
 * The lead's own titles (leadTitleWords of the label holding a lead's mention) among the mentions found so far, each
 * mention read once, and the roles found on the line being read (a PDF's text may join a lead's line and its deputy's).
 */
function leadTitleReader(): (mentions: LeadMention[], roles: RoleFound[], line: Line) => string[][] {
  const titles = new Map<string, string[]>();
  let read = 0;
  const titleOf = (mention: RoleFound, line: Line): string[] => {
    if (mention.role !== "dsl" || mention.team || mention.author) return [];
    const own = labelsOf(line).find((l) => mention.offset >= l.offset && mention.offset < l.endOffset);
    const words = own ? leadTitleWords(plain(own.text)) : [];
    return words.length > 1 ? words : [];
  };
  const add = (words: string[], into: Map<string, string[]>) => {
    if (words.length > 0) into.set(words.join(" "), words);
  };
  return (mentions, roles, line) => {
    for (; read < mentions.length; read++) add(titleOf(mentions[read], mentions[read].line), titles);
    const here = new Map(titles);
    for (const role of roles) add(titleOf(role, line), here);
    return [...here.values()];
  };
}

/**
 * A line's label (a table row's cells, or a line's words before its colon) that is "Deputy" and the title of a lead
 * found above or on the line (`titles`, deputyOfLeadTitle), as a deputy's role counted only with the name it gives.
 */
function deputyOfTitleLabel(
  line: Line,
  cells: Cell[] | undefined,
  titles: string[][],
): RoleFound | undefined {
  if (titles.length === 0) return undefined;
  const label = (cells ?? labelsOf(line)).find((l) => deputyOfLeadTitle(plain(l.text), titles));
  if (!label) return undefined;
  const role: RoleFound = {
    role: "deputy",
    label: label.text,
    offset: label.offset,
    endOffset: label.endOffset,
  };
  OPTIONAL.add(role);
  return role;
}

/** labelsOf's answer for each line read (a lead's line is asked again for each deputy's line after it). */
const labelsRead = new WeakMap<Line, Cell[]>();

/**
 * A table row's cells, or the label before the colon of each line as written ("**County Welfare Officer (our lead):**
 * …"; a PDF's text joins its short lines into one).
 */
function labelsOf(line: Line): Cell[] {
  let labels = labelsRead.get(line);
  if (labels) return labels;
  labels = isTableRow(line)
    ? tableCells(line)
    : writtenLines(line).flatMap((written) => {
        const start = contentStart(written.text);
        const colon = written.text.indexOf(":", start);
        if (colon < 0 || colon - start > 160) return [];
        const text = written.text.slice(start, colon).trimEnd();
        return [{ text, offset: written.offset + start, endOffset: written.offset + start + text.length }];
      });
  labelsRead.set(line, labels);
  return labels;
}

/** Whether the last mention found is a named lead on one of the five lines above `line` (its name under it). */
function namedLeadAbove(mentions: LeadMention[], line: Line): boolean {
  const last = mentions[mentions.length - 1];
  return (
    last !== undefined &&
    last.role === "dsl" &&
    !last.team &&
    last.name !== undefined &&
    line.index - last.line.index <= 5
  );
}

const NO_BODIES: ReadonlySet<string> = new Set();

/**
 * The wider bodies the document's title names ("Ashgrove Methodist Circuit — Safeguarding Policy" gives "circuit"):
 * in that body's own policy its officer is its lead. The title is the first heading, or the first line when the
 * document has no heading near its start, and names no role.
 */
function bodiesInTitle(title: string): ReadonlySet<string> {
  if (!title) return NO_BODIES;
  // Only the title's subject: "Kestrel Befriending (commissioned by Fenmoor Community NHS Trust)" is not the trust's
  // own policy. A health body the title names ("… — Fenmoor Community NHS Trust") is kept as "health:" and its name.
  const subject = (at: number) => !titleSubjectBefore(title.slice(0, at));
  const found = [
    ...allMatches(OUTSIDE_IN_TITLE, title)
      .filter((m) => subject(m.index ?? 0))
      .map((m) => bodyKey(m[0])),
    ...allMatches(HEALTH_BODY_IN_TITLE, title).flatMap((m) => {
      const body = healthBodyName(m[0]);
      return body && subject((m.index ?? 0) + body.at) ? [`health:${body.name}`] : [];
    }),
  ];
  if (found.length === 0) return NO_BODIES;
  // A line naming a role is a role's line, not the title ("Diocesan Safeguarding Officer: Helen Marsh").
  return roleMatches(title).length > 0 ? NO_BODIES : new Set(found);
}

/**
 * Role words that only this document makes a lead's or deputy's: an abbreviation it defines in brackets after the
 * role ("Club Welfare Officer (CWO)", then "Deputy CWO: Grace Ottley"); a nation's title for the lead where another
 * nation uses the words for another role (Northern Ireland's "Designated Teacher", REGIONAL_LEAD_PHRASES); the
 * deputy's title cut short to the prefix and the last word of the lead's ("Child Protection Co-ordinator", then
 * "Depute Co-ordinator: Lewis Crombie").
 */
interface DocumentRoles {
  /** The wider bodies the title names (bodiesInTitle). */
  bodies: ReadonlySet<string>;
  /** The document's own role words, as one expression (groups prefix, regional, short, abbr); none when it has none. */
  extra?: RegExp;
  /** `extra`'s words alone, without its prefix and word boundaries: a quick test before it on each line. */
  extraQuick?: RegExp;
  /** A defined abbreviation's kind: "DDT" is the deputy's. */
  abbreviations: ReadonlyMap<string, LeadKind>;
  /** The words before a role that make it another organisation's lead, as the document says (hostsOf). */
  hosts?: RegExp;
  /** A role the document says each member club or school has its own of (membersRoles): never the setting's lead. */
  members?: RegExp;
  /** Read with the fallback title: the policy's own name as compared (ownNameZone), to tell its own body from others. */
  ownZone?: string;
  /** The policy's title and the lines to its first heading (ownNameZone): the body whose policy it is. */
  ownName?: string;
  /** The roles the document says are not leads ("Champions are not designated leads"), as not-a-lead.ts reads them. */
  denied?: readonly string[][];
}

const NO_ROLES: DocumentRoles = { bodies: NO_BODIES, abbreviations: new Map() };
/** The document being read by findLeadMentions() (its own role words), for the helpers that read its lines. */
let documentRoles: DocumentRoles = NO_ROLES;

/** The deputy's title prefixes (DEPUTY_TITLE_PREFIXES) as a title writes them: "Deputy", "DEPUTY", "Backup". */
const PREFIX_WORDS = `(?:${DEPUTY_TITLE_PREFIXES.flatMap((word) => [`[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}`, word.toUpperCase()]).join("|")})`;
/** A bracketed abbreviation that may define a role's: "(CWO)", "(DDT)", "(CPC)". */
const DEFINED = /\(\s*([A-Z]{2,5})\s*\)/g;
/** The words of a role's title whose initials an abbreviation takes ("Club Welfare Officer" → C, W, O). */
const TITLE_INITIALS = /[\p{L}]+/gu;

/** Whether `abbr` is made of the role's initials, in order, from its first ("CWO" of "Club Welfare Officer"). */
function initialsOf(abbr: string, label: string): boolean {
  const initials = allMatches(TITLE_INITIALS, label)
    .map((m) => m[0])
    .filter((w) => !/^(?:for|of|and|the)$/i.test(w))
    .map((w) => w[0].toUpperCase());
  if (initials[0] !== abbr[0]) return false;
  let i = 0;
  for (const letter of abbr) {
    while (i < initials.length && initials[i] !== letter) i++;
    if (i++ >= initials.length) return false;
  }
  return true;
}

/** Matches nothing: a region with no words that make its phrase another role. */
const NEVER = /(?!)/;
/** "children's officer" → "Children's Officer". */
const titleCase = (phrase: string) => phrase.replace(/(?<![\p{L}'’])\p{Ll}/gu, (c) => c.toUpperCase());
/** A regional phrase's words as an expression, each letter written by `letter`; either apostrophe. */
function regionalWords(phrase: string, letter: (c: string) => string): string {
  return phrase
    .split(" ")
    .map((word) => word.replace(/\p{L}/gu, letter).replace(/['’]/g, "['’]"))
    .join("\\s+");
}

const REGIONAL = REGIONAL_LEAD_PHRASES.map((region) => ({
  marks: new RegExp(
    `(?<![\\p{L}])(?:${[...region.marks].sort(byLength).map(phrasePattern).join("|")})(?![\\p{L}])`,
    "iu",
  ),
  /** The marks without their word boundaries: a quick test before `marks` over the whole document. */
  marksQuick: new RegExp([...region.marks].map(phrasePattern).join("|"), "iu"),
  // In any case, inside an expression without the i flag: "Designated Teacher", "designated teacher"; a capitalised
  // phrase only as a title ("Children's Officer", "CHILDREN'S OFFICER").
  phrases: region.phrases
    .flatMap((phrase) =>
      region.capitalised
        ? [titleCase(phrase), phrase.toUpperCase()].map((written) => regionalWords(written, (c) => c))
        : [regionalWords(phrase, (c) => `[${c}${c.toUpperCase()}]`)],
    )
    .join("|"),
  /** A word after the phrase that makes it the other nation's role: "Designated Teacher for Looked After Children". */
  notFor:
    region.notFor.length === 0
      ? NEVER
      : new RegExp(
          `^\\s*(?:\\(\\s*|[–—-]\\s*|,\\s*|(?:for|of)\\s+(?:the\\s+|our\\s+)?)(?:${[...region.notFor].sort(byLength).map(phrasePattern).join("|")})(?![\\p{L}])`,
          "iu",
        ),
  /** The other nation's sense in use somewhere in the document: "the LADO". */
  unless: region.unless
    ? new RegExp(
        `(?<![\\p{L}])(?:${[...region.unless].sort(byLength).map(phrasePattern).join("|")})(?![\\p{L}])`,
        "iu",
      )
    : undefined,
  /** "Designated Teacher for Child Protection" is a phrase of LEAD_ROLE_PHRASES that marks the nation's policy too. */
  teacher: region.phrases.includes("designated teacher"),
}));
/** A quick test before the regional expressions: every regional phrase holds one of these. */
const REGIONAL_QUICK = /designated\s+(?:teacher|officer)|children['’]s\s+officer/i;
/**
 * The last words of the lead's titles that a deputy's title may be cut to: "Depute Co-ordinator", "Deputy Officer",
 * "Backup Champion", and for two or more deputies "Depute Officers".
 */
const SHORT_DEPUTY = new RegExp(
  String.raw`(?<![\p{L}])${PREFIX_WORDS}\s+(?:Co-{0,2}\s?ordinator|Coordinator|Officer|Lead|Person|Practitioner|Representative|Champion)s?(?![\p{L}])`,
  "gu",
);

/** A quick test before SHORT_DEPUTY over the whole document: its prefix's words, in the same cases. */
const DEPUTY_PREFIX_QUICK = new RegExp(PREFIX_WORDS);

/** Before a label: the start of a line or of a table cell, perhaps in bold ("| **", "**"). */
const LABEL_START = /(?:^|\|)[^\S\n]*(?:[*_]{1,2})?$/;
/**
 * The deputy's title cut short and written as a label with its last word in lower case, as a key facts box or a
 * form writes its labels: "Deputy lead | Tom Ure (Head of Dance)", "Deputy officer: …" — a capitalised prefix that
 * opens a line or a table cell. In running text "the deputy lead for costumes" is another role.
 */
const SHORT_DEPUTY_LABEL = new RegExp(
  String.raw`(?:^|\|)[^\S\n]*(?:[*_]{1,2})?(?:${DEPUTY_TITLE_PREFIXES.map((word) => word[0].toUpperCase() + word.slice(1)).join("|")})\s+(?:co-{0,2}\s?ordinator|coordinator|officer|lead|person|practitioner|representative|champion)s?(?![\p{L}])`,
  "gmu",
);

/** The kinds of organisation a setting may share a site with, or meet on another's premises of. */
const HOST_KINDS = `(?:${HOST_KINDS_WORDS})`;
/** "The host school's DSL", "the hosting church's Safeguarding Officer": the site owner's lead, never the setting's. */
const HOST_BEFORE = new RegExp(String.raw`(?<![\p{L}-])host(?:ing)?\s+${HOST_KINDS}(?:['’]s)?\s+$`, "iu");
/**
 * "The school's DSL is not our lead", "the church's Safeguarding Officer is not the club's lead": the document says
 * that another organisation's lead is not its own. Its kind's word before a role then names that organisation's
 * lead everywhere in the document ("| Linthorpe Primary School DSL | …").
 */
const NOT_OUR_LEAD = new RegExp(
  String.raw`(?<![\p{L}-])the\s+(?:host(?:ing)?\s+)?(?<kind>${HOST_KINDS})['’]s\s+(?:${PHRASES}|${ABBREVIATIONS})(?:\s*\([^()]{1,40}\))?\s+is\s+not\s+(?:our|the\s+[\p{L}-]+['’]s)\s+(?:own\s+)?(?:${PHRASES}|${ABBREVIATIONS}|lead|designated\s+person)(?![\p{L}])`,
  "giu",
);

/** A kind's possessive, which NOT_OUR_LEAD needs: a quick test before it over the whole document. */
const HOST_POSSESSIVE = new RegExp(String.raw`${HOST_KINDS}['’]s\s`, "iu");

/**
 * "The Company Chaplain and the Church Safeguarding Officer advise us and hear of every worry, but decisions about
 * a girl in the Company are made by Mrs Rowntree": the host's officer advises the setting, and its own lead decides.
 * Its kind's word before a role then names the host's officer everywhere in the document.
 */
const ADVISES_ONLY = new RegExp(
  String.raw`(?<![\p{L}-])the\s+(?:host(?:ing)?\s+)?(?<kind>${HOST_KINDS})(?:['’]s)?\s+(?:${PHRASES}|${ABBREVIATIONS})(?:\s*\([^()]{1,40}\))?\s+(?:support|advise|help|assist)s?\s+us\b[^.!?\n]{0,120}?\bbut\s+(?:all\s+|the\s+)?decisions\b[^.!?\n]{0,80}?\b(?:are|is)\s+(?:taken|made)\s+by\s`,
  "giu",
);

/**
 * The words before a role that the document says make it another organisation's lead (NOT_OUR_LEAD, ADVISES_ONLY).
 * An adviser's kind that the title names is the setting's own ("St Aidan's Church – Safeguarding Policy": "the
 * Church Safeguarding Officer supports us …, but decisions … are made by the Diocesan Safeguarding Adviser").
 */
function hostsOf(text: string, title: string): RegExp | undefined {
  const disowns = /\bis\s+not\s/i.test(text) && HOST_POSSESSIVE.test(text);
  const advises = /\bbut\s+(?:all\s+|the\s+)?decisions\b/i.test(text);
  if (!disowns && !advises) return undefined;
  const kinds = new Set(
    [
      ...(disowns ? allMatches(NOT_OUR_LEAD, text) : []),
      ...(advises ? allMatches(ADVISES_ONLY, text).filter((m) => !kindIn(m.groups?.kind ?? "", title)) : []),
    ].map((m) => m.groups?.kind?.toLowerCase().replace(/\s+/g, "\\s+")),
  );
  if (kinds.size === 0) return undefined;
  // Not after a hyphen: "Pre-school DSL", "After-school Club DSL" are the setting's own lead.
  return new RegExp(String.raw`(?<![\p{L}-])(?:${[...kinds].join("|")})(?:['’]s)?\s+$`, "iu");
}

/** Whether the title names a host's kind ("church" in "St Aidan's Church, Hollowmere – Safeguarding Policy"). */
function kindIn(kind: string, title: string): boolean {
  const words = kind.trim().split(/\s+/).map(escapeRegExp).join("\\s+");
  return new RegExp(String.raw`(?<![\p{L}])${words}(?![\p{L}])`, "iu").test(title);
}

/**
 * "Each member club names its own Club Welfare Officer", "Every affiliated club must appoint its own …", "All member
 * schools have their own …", "Each club in the league has its own …": a league's, federation's or partnership's
 * policy says that an officer of that title belongs to each member, so the title names the members' leads (a table
 * of them, "| Club | Club Welfare Officer | Phone |"), never the league's own. Only with "own" (a league that "makes
 * sure every member club has a welfare officer" may share the words with its own lead's title), and only a title
 * of two words or more, written capitalised, as the role's name. The members named once for the whole sentence:
 * "each member club is responsible for its own players …, and each must have its own Club Welfare Officer".
 */
const MEMBERS_OWN =
  /(?<![\p{L}])(?:[Ee]ach|[Ee]very|[Aa]ll)\s+(?:(?:of\s+)?(?:the|our)\s+)?(?:(?:member|affiliated|participating)\s+(?:club|school|team|group|organisation|organization|society)s?|(?:club|school|team)s?\s+in\s+the\s+(?:league|federation|partnership|association|network))(?:\s+(?:(?!to\s)[\p{L}'’]+\s+){0,3}?|\s[^.;!?\n]{0,120}?,?\s+and\s+each\s+(?:(?:must|should|shall|will|needs\s+to)\s+)?)(?:names?|has|have|appoints?|elects?|chooses?)\s+(?:its|their)\s+own\s+(?<role>(?:\p{Lu}[\p{L}'’-]*\s+){1,3}(?:Officer|Lead|Co-?ordinator|Coordinator|Person|Representative|Champion))s?(?![\p{L}])/gu;

/**
 * The member bodies' roles (MEMBERS_OWN) as one expression for a role's words, its deputy's and its plural too —
 * only where the document has a lead of its own under another title. "Requires every club to appoint its own …"
 * is a rule, not a statement that the members have them.
 */
function membersRoles(text: string): RegExp | undefined {
  // The document's lead reader and training-missing (for each role mention) ask of the same text.
  if (membersCache?.text !== text) membersCache = { text, roles: readMembersRoles(text) };
  return membersCache.roles;
}
let membersCache: { text: string; roles: RegExp | undefined } | undefined;

function readMembersRoles(text: string): RegExp | undefined {
  if (!/\bown\s/i.test(text)) return undefined;
  const roles = new Set(
    allMatches(MEMBERS_OWN, text)
      .map((m) => m.groups?.role ?? "")
      .filter((role) => roleMatches(role).length > 0)
      .map((role) => role.trim().split(/\s+/).map(escapeRegExp).join("\\s+")),
  );
  if (roles.size === 0) return undefined;
  const members = new RegExp(
    String.raw`^(?:${PREFIX_WORDS}\s+)?(?:${[...roles].join("|")})(?:s|'s|’s)?$`,
    "iu",
  );
  // A league's policy names its own lead under another title ("League Welfare Officer"); a club's own policy that
  // quotes its governing body ("… every affiliated club has its own Club Welfare Officer") has no other: there the
  // title is the club's own lead.
  const ownTitle = roleMatches(text).some(
    (m) =>
      m.groups?.phrase !== undefined &&
      !members.test(
        m[0]
          .replace(/\s*\([^()]*\)$/, "")
          .trim()
          .replace(/\s+/g, " "),
      ),
  );
  return ownTitle ? members : undefined;
}

/**
 * Whether the document says each member club or school has its own officer of this title (MEMBERS_OWN): "| Club |
 * Club Welfare Officer |" then lists the members' leads, not the setting's.
 */
export function memberBodiesRole(text: string, label: string): boolean {
  return membersRoles(text)?.test(label.trim().replace(/\s+/g, " ")) ?? false;
}

/** The document's own role words (see DocumentRoles), from its whole text and its title. */
function rolesOfDocument(
  text: string,
  bodies: ReadonlySet<string>,
  title: string,
  written = text,
  fallback = false,
): DocumentRoles {
  const hosts = hostsOf(text, title);
  const members = membersRoles(text);
  const own = ownNameZone(written);
  const roles = documentRoleWords(text, bodies, written, own, fallback);
  const denied = roleDenials(text);
  return {
    ...roles,
    ...(denied.length > 0 ? { denied } : {}),
    ...(hosts ? { hosts } : {}),
    ...(members ? { members } : {}),
    ...(fallback ? { ownZone: compared(own) } : {}),
    ownName: `${title}\n${own}`,
  };
}

/**
 * "Our Community Safety Lead is Jordan Mbeki (…). Jordan is the club's designated safeguarding lead", "The Player
 * Safety Lead is Rowan Achebe. He is our designated safeguarding lead": a capitalised title of two words or more,
 * its holder named, then said (by first name or pronoun, in the next sentence) to be the designated lead.
 */
const OWN_LEAD_TITLE =
  /(?<![\p{L}])(?:[Oo]ur|[Tt]he)\s+(?<title>(?:\p{Lu}[\p{L}-]+\s+){1,3}(?:Lead|Officer|Co-?ordinator|Coordinator|Person))\s+is\s+(?<name>\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\b[^\n]{0,200}?[.!?]\s+(?<who>\p{Lu}\p{Ll}+)\s+is\s+(?:the|our)\s+(?:[\p{L}'’]+\s+)?designated\s+safeguarding\s+lead\b/gu;

/**
 * The document's own titles for its lead (OWN_LEAD_TITLE, or a label whose holder's paragraph says they are the
 * setting's lead for safeguarding: named-health.ts labelledLeadTitles) that are not already role words.
 */
function ownLeadTitles(text: string, own: string, written = text): string[] {
  const titles = new Set<string>();
  // A label opens its line as written: a PDF's text comes with a heading and the label's line joined.
  for (const title of [
    ...labelledLeadTitles(text, own),
    ...(written === text ? [] : labelledLeadTitles(written, own)),
  ])
    if (roleMatches(title).length === 0) titles.add(title);
  if (!/designated\s+safeguarding\s+lead/i.test(text)) return [...titles];
  for (const match of allMatches(OWN_LEAD_TITLE, text)) {
    const { title, name, who } = match.groups ?? {};
    if (!title || !name || !who) continue;
    if (who !== name.split(/\s+/)[0] && !/^(?:He|She|They)$/.test(who)) continue;
    if (roleMatches(title).length > 0) continue;
    titles.add(title.replace(/\s+/g, " "));
  }
  return [...titles];
}

const HEALTH_PROFESSION = `(?<profession>${NAMED_HEALTH_PROFESSIONS.join("|")})`;
const HEALTH_TITLE_QUICK = new RegExp(
  String.raw`Named[^\S\n]+(?:${NAMED_HEALTH_PROFESSIONS.join("|")})[^\S\n]+for`,
);
/**
 * The document says its own safeguarding lead is a named health professional: "The play service's safeguarding lead
 * is the Trust's **Named Nurse for Safeguarding Children**, …", "Safeguarding lead: Named Doctor for Safeguarding
 * Children, …", "The Named Nurse for Safeguarding Children, Ann Lee, is our safeguarding lead". Not "is not".
 */
const NAMED_HEALTH_LEAD = [
  String.raw`(?<![\p{L}])(?:[Dd]esignated[^\S\n]+)?[Ss]afeguarding[^\S\n]+[Ll]ead(?:[^\S\n]+for[^\S\n]+(?:the[^\S\n]+)?[\p{L}'’-]+(?:[^\S\n]+[\p{L}'’-]+){0,3}?)?(?:[^\S\n]+(?:is|will[^\S\n]+be)[^\S\n]+(?:the[^\S\n]+|our[^\S\n]+|its[^\S\n]+)?(?:(?:\p{Lu}[\p{L}-]*[^\S\n]+){0,4}\p{Lu}[\p{L}-]*['’]s[^\S\n]+)?|[^\S\n]*:[^\S\n]*)(?:\*\*|__)?[^\S\n]*${namedHealthTitle(HEALTH_PROFESSION)}`,
  String.raw`(?<![\p{L}])${namedHealthTitle(HEALTH_PROFESSION)}(?:\*\*|__)?(?:,[^.;:\n]{0,60}?,)?[^\S\n]+(?:is|will[^\S\n]+be)[^\S\n]+(?:the|our|its)[^\S\n]+(?:[\p{L}'’-]+[^\S\n]+){0,3}?[Ss]afeguarding[^\S\n]+[Ll]ead(?![\p{L}])`,
].map((pattern) => new RegExp(pattern, "gu"));

/**
 * The named health professionals the document says are its lead (NAMED_HEALTH_LEAD, or a holder's paragraph that says
 * they lead safeguarding across the setting), as a title's pattern; and those its paragraphs say act for that lead
 * (named-health.ts), as the deputy's.
 */
function namedHealthLeads(text: string, own: string): { lead?: string; deputy?: string } {
  if (!HEALTH_TITLE_QUICK.test(text)) return {};
  const professions = new Set<string>();
  for (const claim of NAMED_HEALTH_LEAD)
    for (const match of allMatches(claim, text))
      if (match.groups?.profession) professions.add(match.groups.profession);
  const holders = namedHealthHolders(text, NAMED_HEALTH_PROFESSIONS, own);
  for (const profession of holders.leads) professions.add(profession);
  const deputies = [...holders.deputies].filter((p) => !professions.has(p));
  return {
    ...(professions.size > 0 ? { lead: namedHealthTitle([...professions].join("|")) } : {}),
    ...(deputies.length > 0 ? { deputy: namedHealthTitle(deputies.join("|")) } : {}),
  };
}

/**
 * A senior title that is the setting's lead only where its policy names no lead's title at all: "The Head of
 * Safeguarding, Ms Dana Whitlow, leads on all child protection matters", "**Head of Safeguarding:** Ms …", "Ms …, Head
 * of Safeguarding". Beside a named DSL (or a DSL's place left empty) it is someone else — often a trust's or a club's
 * officer above the setting's lead — and never read as a lead there. Only the title as a title writes it ("a head of
 * safeguarding" is a post in general); not one the policy says it has not ("does not have a Head of Safeguarding",
 * FALLBACK_NEGATED); not another body's (FALLBACK_OTHER_BEFORE, FALLBACK_ACRONYM_BEFORE, FALLBACK_OTHER_AFTER,
 * FALLBACK_BODY_AFTER).
 */
const FALLBACK_LEAD_TITLE = String.raw`(?:[Hh]ead\s+of\s+[Ss]afeguarding|HEAD\s+OF\s+SAFEGUARDING)`;
const FALLBACK_LEAD_QUICK = new RegExp(FALLBACK_LEAD_TITLE);
/** The fallback title as a title writes it: "Head of Safeguarding", "HEAD OF SAFEGUARDING" (else FALLBACK_NAME_TIED). */
const FALLBACK_TITLE_CASE = /^(?:Head\s+of\s+Safeguarding|HEAD\s+OF\s+SAFEGUARDING)$/;
/**
 * Before the fallback title in lower case, a person's name and its comma, "our" or "the" between: "Ms Dana Whitlow,
 * head of safeguarding, leads …", "Ms Dana Whitlow, our head of safeguarding". The name's words are checked by nameAt.
 */
const FALLBACK_NAME_BEFORE =
  /(?<![\p{L}'’.-])(?<name>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Revd|Rev)\.?[^\S\n]+)?\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){1,3}),[^\S\n]*(?:(?:our|the)[^\S\n]+)?$/u;
/**
 * Whether the fallback title in lower case is tied to a person's name: the name and a comma just before it
 * (FALLBACK_NAME_BEFORE), or a comma and the name just after it ("our head of safeguarding, Ms Dana Whitlow, …"). In
 * lower case without a name it is a post spoken of in general ("our head of safeguarding will contact the family").
 */
function fallbackNameTied(ahead: string, after: string): boolean {
  const before = FALLBACK_NAME_BEFORE.exec(ahead)?.groups?.name;
  // "Contact Ms Dana Whitlow, …": the name is the words from one of them to the comma.
  if (before)
    for (const word of allMatches(/(?<![\p{L}'’.-])\p{Lu}/gu, before)) {
      const words = before.slice(word.index ?? 0);
      if (nameAt(words)?.name === words) return true;
    }
  const comma = /^(?:s|'s|’s)?[^\S\n]*,[^\S\n]*/.exec(after);
  return comma !== null && nameAt(after.slice(comma[0].length)) !== undefined;
}
/**
 * Before the fallback title, another body's: a possessive ("the trust's", "Brightwater Homes'", "the Diocese's") other
 * than the setting's own ("our", "the centre's", "the club's"), or a wider body's word ("Trust Head of Safeguarding",
 * "Group Head of Safeguarding").
 */
const FALLBACK_OTHER_BEFORE =
  /(?:(?<![\p{L}])(?:trust|group|federation|foundation|company|network|partnership|board|union|association|league|authority|council|diocesan|diocese|county|district|regional|national|area|corporate|central)|['’]s?|s['’])[^\S\n]+$/iu;
/** The setting's own possessive before the fallback title: "our charity's", "the centre's". */
const FALLBACK_OWN_POSSESSIVE =
  /(?<![\p{L}])(?:our(?:[^\S\n]+[\p{L}-]+)?|the[^\S\n]+(?:centre|center|club|charity|project|setting|organi[sz]ation|service|nursery|school|academy|church|parish|society|company|group|playgroup|pre-?school|college))['’]s[^\S\n]+$/iu;
/** Before the fallback title, the policy saying it has none: "does not have a", "doesn't have a", "There is no". */
const FALLBACK_NEGATED =
  /(?:(?<![\p{L}])(?:no|not|never|without|nor)|n['’]t)(?:[^\S\n]+(?:have|has|had|got|employ|appoint|need|yet))?(?:[^\S\n]+(?:a|an|the|any))?[^\S\n]+(?:\*\*|__)?$/iu;
/** Before the fallback title, an acronym of another body: "the NSPCC Head of Safeguarding" (not the setting's own). */
const FALLBACK_ACRONYM_BEFORE = /(?<![\p{L}])(?<acronym>\p{Lu}{2,}[\p{Lu}\d&]*)[^\S\n]+(?:\*\*|__)?$/u;
/**
 * After the fallback title, a capitalised body after "at", "for", "of", "from" or "with": "the Head of Safeguarding at
 * British Gymnastics", "… for Swim Wales" — another body's, unless the policy's own name ("… at Kestrel Vale Trampoline
 * Club", "for the Club") or the people the post is for ("for Children and Young People").
 */
const FALLBACK_BODY_AFTER =
  /^(?:\*\*|__)?[^\S\n]+(?:at|for|of|from|with)[^\S\n]+(?:the[^\S\n]+)?(?<body>\p{Lu}[\p{L}'’&-]*(?:[^\S\n]+(?:\p{Lu}[\p{L}'’&-]*|&|and|of|for))*)/u;
const FALLBACK_NOT_A_BODY =
  /^(?:Children|Young|Adults?|Vulnerable|All|Staff|Pupils|Students|Learners|Members)$/;
/**
 * The last word of a body's name after the fallback title: an organisation's word ("… Council", "… Society"), a
 * nation's ("Swim Wales", "Sport England"), a sport's ("British Gymnastics", "Scottish Rowing") or an acronym ("the
 * RFU") — not a remit or a place of the policy's own ("for Education", "at Head Office", "for Learners").
 */
const FALLBACK_BODY_LAST =
  /^(?:\p{Lu}{2,}[\p{Lu}\d&]*|Council|Trust|Diocese|Archdiocese|Authority|Federation|Partnership|Board|Union|Association|League|Group|Foundation|Society|Church|Charity|Company|Ltd|Limited|Plc|Network|Alliance|Agency|Commission|Conference|Synod|Circuit|Ministry|Mission|Institute|University|College|Academy|Hospital|Police|Constabulary|Scouts|Scouting|Guides|Girlguiding|Sport|Sports|Wales|Cymru|England|Scotland|Ireland|Britain|Gymnastics|Athletics|Aquatics|Trampolining|Swimming|Cycling|Rowing|Sailing|Boxing|Rugby|Football|Cricket|Hockey|Netball|Basketball|Tennis|Golf|Judo|Badminton|Volleyball|Triathlon|Canoeing|Paddling|Equestrian|Archery|Fencing|Taekwondo|Karate|Orienteering|Skating|Snowsport|Climbing|Mountaineering|Bowls|Squash|Angling|Lacrosse)$/u;
/**
 * Whether the capitalised words after the fallback title name a body other than the policy's own (FALLBACK_BODY_AFTER):
 * they end in a body's word (FALLBACK_BODY_LAST) and are not all the policy's own name's.
 */
function otherBodyAfter(after: string): boolean {
  const body = FALLBACK_BODY_AFTER.exec(after)?.groups?.body;
  if (!body) return false;
  const words = body.split(/[^\S\n]+/).filter((w) => /^\p{Lu}/u.test(w));
  if (words.length === 0 || FALLBACK_NOT_A_BODY.test(words[0])) return false;
  if (!FALLBACK_BODY_LAST.test(words.at(-1) ?? "")) return false;
  const own = documentRoles.ownZone ?? "";
  return !words.every(
    (w) =>
      /^(?:Club|Setting|Charity|Project|Centre|Center|School|Organi[sz]ation|Group)$/.test(w) ||
      own.includes(compared(w)),
  );
}
/** After the fallback title, another body's name: "Head of Safeguarding, Hollowmere Council", "… at Hollowmere Diocese". */
const FALLBACK_OTHER_AFTER =
  /^(?:\*\*|__)?[^\S\n]*(?:[,(]|[–—]|-[^\S\n]|[^\S\n](?:at|for|of|from|in|with)[^\S\n])[^\S\n]*(?:the[^\S\n]+)?(?:\p{Lu}[\p{L}'’&-]*[^\S\n]+){0,5}(?:Council|Trust|Diocese|Authority|Federation|Partnership|Board|Union|Association|League|Group|Foundation|NHS|ICB)(?![\p{L}])/u;

function documentRoleWords(
  text: string,
  bodies: ReadonlySet<string>,
  written = text,
  own = "",
  fallback = false,
): DocumentRoles {
  const alternatives: string[] = [];
  if (fallback) alternatives.push(`(?<fallback>${FALLBACK_LEAD_TITLE})`);
  // A nation's title: the policy names the nation's marks, or the phrase with its safeguarding words.
  const regional: Array<(typeof REGIONAL)[number]> = REGIONAL_QUICK.test(text)
    ? REGIONAL.filter(
        (r) =>
          ((r.marksQuick.test(text) && r.marks.test(text)) ||
            (r.teacher && /designated\s+teacher\s+for\s+(?:safeguarding|child\s+protection)/i.test(text))) &&
          !r.unless?.test(text),
      )
    : [];
  if (regional.length > 0) alternatives.push(`(?<regional>${regional.map((r) => r.phrases).join("|")})`);
  // The document's own title for its lead, said to be the designated lead: "Our Community Safety Lead is Jordan
  // Mbeki (…). Jordan is the club's designated safeguarding lead" — then "Deputy Community Safety Lead: …".
  const titles = ownLeadTitles(text, own, written);
  if (titles.length > 0) alternatives.push(`(?<titled>${titles.sort(byLength).map(escapeRegExp).join("|")})`);
  // The deputy's title without the lead's first, safeguarding word: "Safeguarding Link Practitioner", then "Deputy
  // Link Practitioner: …" (only with the deputy's prefix: "the Link Practitioners of each service" are others').
  const cut = titles
    .map((t) => /^(?:Safeguarding|Welfare|Child\s+Protection)\s+((?:\S+\s+)+\S+)$/.exec(t)?.[1])
    .filter((t): t is string => t !== undefined && roleMatches(t).length === 0);
  if (cut.length > 0) alternatives.push(`(?<titledCut>${cut.sort(byLength).map(escapeRegExp).join("|")})`);
  // The lead's label in the setting's own words, the standard title in brackets: "Safeguarding Sewadar (Designated
  // Lead): …", then "Deputy Safeguarding Sewadar: …" (only with the deputy's prefix, as titledCut).
  const bracketed = bracketedLeadLabels(written === text ? text : `${text}\n${written}`).filter(
    (t) => !titles.includes(t),
  );
  if (bracketed.length > 0)
    alternatives.push(`(?<bracketTitled>${bracketed.sort(byLength).map(escapeRegExp).join("|")})`);
  // A trust's service whose lead is the trust's named nurse (doctor, midwife): "Deputy Named Nurse for Safeguarding
  // Children, Ravi Shah" is its deputy.
  // A named professional whose paragraph says they act for the lead ("… acts for the Named Nurse when she is not
  // available") is the deputy.
  const health = namedHealthLeads(text, own);
  if (health.lead) alternatives.push(`(?<health>${health.lead})`);
  if (health.deputy) alternatives.push(`(?<healthDeputy>${health.deputy})`);
  // The deputy's title cut short: only to the last word of a lead's title this document uses.
  const heads = new Set<string>();
  if (
    DEPUTY_PREFIX_QUICK.test(text) &&
    // A label's line as written: a PDF's text comes with its short lines joined (a key facts table's rows).
    (allMatches(SHORT_DEPUTY, text).length > 0 || allMatches(SHORT_DEPUTY_LABEL, written).length > 0)
  )
    for (const match of roleMatches(text)) {
      const phrase = match.groups?.phrase;
      if (phrase && /\s/.test(phrase))
        heads.add(phrase.split(/\s+/).at(-1)?.toLowerCase().replace(/-+/g, "-") ?? "");
    }
  const short = [...heads]
    .filter((h) => /^(?:co-?ordinator|officer|lead|person|practitioner|representative|champion)$/.test(h))
    // Capitalised, or in lower case as a label's (SHORT_DEPUTY_LABEL: documentRolesIn reads that only as a label).
    .map((h) =>
      h.startsWith("co")
        ? String.raw`[Cc]o-{0,2}\s?ordinator|[Cc]oordinator`
        : `[${h[0].toUpperCase()}${h[0]}]${h.slice(1)}`,
    );
  if (short.length > 0) alternatives.push(`(?<short>${short.join("|")})`);
  // Abbreviations defined in brackets straight after a role: "Club Welfare Officer (CWO)".
  const abbreviations = new Map<string, LeadKind>();
  const regionalRole =
    regional.length > 0 ? new RegExp(`(?:${regional.map((r) => r.phrases).join("|")})`, "giu") : undefined;
  for (const match of allMatches(DEFINED, text)) {
    const abbr = match[1];
    if (abbr in ROLE_ABBREVIATIONS || abbreviations.has(abbr)) continue;
    const at = match.index ?? 0;
    const before = text.slice(Math.max(0, at - 80), at).replace(/\s+$/, "");
    const role = [...roleMatches(before), ...(regionalRole ? allMatches(regionalRole, before) : [])].find(
      (m) => (m.index ?? 0) + m[0].length === before.length,
    );
    if (!role) continue;
    // "Deputy Designated Teacher (DDT)": the prefix's initial is the abbreviation's too.
    const prefix = role.groups?.deputy
      ? ""
      : (DEPUTY_BEFORE.exec(before.slice(0, role.index ?? 0))?.[0] ?? "");
    // "Society Safeguarding Officer (SSO)", "Group Welfare Officer (GWO)": a body's capitalised name before the role,
    // on its line, gives the abbreviation its first initial — one word tried before two ("Our Senior …").
    const lineBefore = before.slice(0, role.index ?? 0);
    const bodyFits = (words: number) => {
      const body = new RegExp(String.raw`(?<!\p{L})(?:\p{Lu}\p{Ll}+[^\S\n]+){${words}}$`, "u").exec(
        lineBefore,
      )?.[0];
      return body !== undefined && initialsOf(abbr, body + role[0]);
    };
    if (!initialsOf(abbr, prefix + role[0]) && (prefix || !(bodyFits(1) || bodyFits(2)))) continue;
    abbreviations.set(abbr, role.groups?.deputy || prefix ? "deputy" : "dsl");
  }
  if (abbreviations.size > 0)
    alternatives.push(`(?<abbr>${[...abbreviations.keys()].sort(byLength).join("|")})`);
  if (alternatives.length === 0) return { bodies, abbreviations };
  return {
    bodies,
    abbreviations,
    extra: new RegExp(
      String.raw`(?<![\p{L}\d])(?<prefix>${PREFIX_WORDS}\s+)?(?:${alternatives.join("|")})(?:s|'s|’s)?(?![\p{L}\d])`,
      "gu",
    ),
    extraQuick: new RegExp(alternatives.join("|"), "u"),
  };
}

/**
 * A label opening a line or a table cell, perhaps in bold: two to four capitalised words, then a lead's standard title
 * in brackets, then a colon — "**Safeguarding Sewadar (Designated Lead):** Harjit …", "Welfare Steward (DSL): …".
 */
const BRACKETED_LEAD_LABEL =
  /(?:^|\n|\|)[^\S\n]*(?:[*_]{1,2}[^\S\n]*)?(?<title>(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){1,3}\p{Lu}[\p{L}'’-]*)[^\S\n]*\((?<role>[^()\n]{2,50})\)[^\S\n]*(?:[*_]{1,2}[^\S\n]*)?:/gu;
/** A safeguarding word in a label's own title: "Safeguarding Sewadar", never a job ("Head Teacher"). */
const SAFEGUARDING_WORD = /(?<![\p{L}])(?:Safeguarding|Welfare|Protection|Safety)(?![\p{L}])/u;

/**
 * The setting's own titles for its lead read from a label whose bracket gives the lead's standard title
 * (BRACKETED_LEAD_LABEL): the title holds a safeguarding word, is no role already, and is no deputy's.
 */
function bracketedLeadLabels(text: string): string[] {
  if (!/\)[^\S\n]*(?:[*_]{1,2}[^\S\n]*)?:/.test(text)) return [];
  const titles = new Set<string>();
  for (const match of allMatches(BRACKETED_LEAD_LABEL, text)) {
    const { title = "", role = "" } = match.groups ?? {};
    if (!SAFEGUARDING_WORD.test(title) || DEPUTY_LABEL_WORDS.test(title)) continue;
    if (roleMatches(title).length > 0) continue;
    const inBracket = roleMatches(role.trim());
    const [read] = inBracket;
    if (inBracket.length !== 1 || read[0].trim() !== role.trim() || read.groups?.deputy) continue;
    const abbr = read.groups?.abbr?.toUpperCase();
    if (abbr && ROLE_ABBREVIATIONS[abbr] !== "dsl") continue;
    titles.add(title.replace(/\s+/g, " "));
  }
  return [...titles];
}

/** The roles of a line that only this document's own words name (see DocumentRoles), not overlapping `found`. */
function documentRolesIn(text: string, line: Line, found: RoleFound[]): RoleFound[] {
  const { extra, extraQuick, abbreviations, bodies } = documentRoles;
  if (!extra || !extraQuick?.test(text)) return [];
  const more: RoleFound[] = [];
  for (const match of allMatches(extra, text)) {
    const at = match.index ?? 0;
    const whole = match[0];
    const groups = match.groups ?? {};
    const start = line.offset + at;
    const earlier = [...found, ...more];
    if (earlier.some((f) => f.offset < start + whole.length && f.endOffset > start)) continue;
    // "Club Welfare Officer (CWO)": the definition in brackets is the role's own, not another mention.
    if (
      /\(\s*$/.test(text.slice(Math.max(0, at - 3), at)) &&
      earlier.some((f) => f.endOffset <= start && start - f.endOffset <= 3)
    )
      continue;
    // "Depute Co-ordinator", never "Co-ordinator" alone; "Deputy Link Practitioner", never "Link Practitioner".
    if ((groups.short || groups.titledCut || groups.bracketTitled) && !groups.prefix) continue;
    // "Deputy lead | Tom Ure": a lower-case last word only in a label, its prefix capitalised, opening a line or cell.
    if (
      groups.short &&
      /^\p{Ll}/u.test(groups.short) &&
      (!/^\p{Lu}/u.test(groups.prefix ?? "") || !LABEL_START.test(text.slice(0, at)))
    )
      continue;
    // "Designated Teacher for Looked After Children", "Designated Teacher (LAC)": the other nation's role.
    const after = text.slice(at + whole.length, at + whole.length + 60);
    if (groups.regional && REGIONAL.some((r) => r.notFor.test(after))) continue;
    if (notTheLead(text, at, whole, bodies)) continue;
    if (FOLLOWER.test(after)) continue;
    const before = text.slice(Math.max(0, at - 30), at);
    if (groups.fallback !== undefined) {
      const ahead = text.slice(Math.max(0, at - 60), at);
      if (FALLBACK_OTHER_BEFORE.test(ahead) && !FALLBACK_OWN_POSSESSIVE.test(ahead)) continue;
      if (FALLBACK_NEGATED.test(ahead)) continue;
      const acronym = /\p{Ll}/u.test(whole)
        ? FALLBACK_ACRONYM_BEFORE.exec(ahead)?.groups?.acronym
        : undefined;
      if (acronym && !(documentRoles.ownZone ?? "").includes(compared(acronym))) continue;
      // "our head of safeguarding will …": in lower case only tied to a name.
      if (!FALLBACK_TITLE_CASE.test(groups.fallback) && !fallbackNameTied(ahead, after)) continue;
      if (FALLBACK_OTHER_AFTER.test(after)) continue;
      // "Our Head of Safeguarding for Education", "… is our Head of Safeguarding at Head Office": the policy's own.
      if (!/(?<![\p{L}])our[^\S\n]+(?:\*\*|__)?$/iu.test(ahead) && otherBodyAfter(after)) continue;
    }
    const deputy =
      Boolean(groups.prefix) ||
      Boolean(groups.short) ||
      groups.healthDeputy !== undefined ||
      (groups.abbr !== undefined && abbreviations.get(groups.abbr) === "deputy") ||
      DEPUTISES_AFTER.test(after) ||
      deputisesInBracket(
        text.slice(at + whole.length, at + whole.length + 300),
        text.slice(Math.max(0, at - 12), at + whole.length),
      ) ||
      DEPUTISES_BEFORE.test(before);
    const mention: RoleFound = {
      role: deputy ? "deputy" : "dsl",
      label: whole,
      offset: start,
      endOffset: start + whole.length,
    };
    if (!deputy && AUTHOR_BEFORE.test(before)) mention.author = true;
    more.push(mention);
  }
  return more;
}

/**
 * A health body's capitalised name, from a word's start: "Fenmoor Community NHS Trust", "Hollowmere Health Board",
 * "Mid Fenmoor ICB". In a title and before a role alike, so that the two names read are compared whole.
 */
const HEALTH_BODY = String.raw`(?<![\p{L}'’&-])(?:\p{Lu}[\p{L}'’&-]*[^\S\n]+){0,6}(?<![\p{L}])(?:NHS|Trust|Board|ICB|Hospital|Hospitals)(?![\p{L}])`;
/** A health body's name just before a role: "… NHS Trust, ", "… Health Board (WHB) – ", "Fenmoor ICB: ". */
const HEALTH_BODY_BEFORE = new RegExp(
  String.raw`(?<body>${HEALTH_BODY})(?:\s+\(\p{Lu}{2,8}\))?\s*[,:–—-]?\s*(?:\*\*|__)?$`,
  "u",
);
/** A health body's name in a title: "Fenmoor Community NHS Trust", "Hollowmere Health Board". */
const HEALTH_BODY_IN_TITLE = new RegExp(HEALTH_BODY, "gu");
/**
 * Capitalised words that may run into a health body's name without being part of it: a title's own words
 * ("Safeguarding Children Policy Fenmoor Community NHS Trust"), a sentence's first word ("Contact Fenmoor …").
 */
const NOT_BODY_WORD =
  /^(?:the|our|their|its|a|an|and|or|by|for|with|of|from|at|to|via|contact|call|ring|phone|email|e-mail|see|ask|tell|write|safeguarding|child|children|adults?|young|people|protection|polic(?:y|ies)|procedures?|guidance|statement|handbook|framework)$/i;
/**
 * A health body's name as compared (lower case, one space between words), without the words before it that are not
 * its own (NOT_BODY_WORD); `at`: where the name starts in the words given.
 */
function healthBodyName(words: string): { name: string; at: number } | undefined {
  let at = 0;
  for (const word of allMatches(/\S+/g, words)) {
    if (!NOT_BODY_WORD.test(word[0])) break;
    at = (word.index ?? 0) + word[0].length;
  }
  at += /^\s*/.exec(words.slice(at))?.[0].length ?? 0;
  const name = compared(words.slice(at));
  return name ? { name, at } : undefined;
}
/**
 * The words before a body in a title that make it someone else's than the policy's subject: "(commissioned by ",
 * "funded by the ", "in partnership with ", "on behalf of ", "a service for " — not "Safeguarding Policy for ", where
 * the body is whose policy it is.
 */
const TITLE_NOT_SUBJECT = /(?<![\p{L}])(?:by|with|for|behalf\s+of)\s+(?:the\s+)?$/iu;
const TITLE_POLICY_FOR =
  /(?<![\p{L}])(?:polic(?:y|ies)|procedures?|guidance|statement|handbook|framework|plan)\s+for\s+(?:the\s+)?$/iu;
/** Whether the title's words before a body make it another's than the policy's subject (TITLE_NOT_SUBJECT). */
function titleSubjectBefore(before: string): boolean {
  return TITLE_NOT_SUBJECT.test(before) && !TITLE_POLICY_FOR.test(before);
}
/**
 * Whether a health body's name before a named professional is another body's: not when the document's title names
 * the same body as its subject (bodiesInTitle's "health:" entries) — in "Safeguarding Children Policy — Fenmoor
 * Community NHS Trust" the trust's named professional is the policy's own lead; "Fenmoor Community NHS Trust" is
 * still another body beside a title's "Mid Fenmoor Community NHS Trust" (whole names are compared).
 */
function otherHealthBody(before: string, own: ReadonlySet<string>): boolean {
  const body = HEALTH_BODY_BEFORE.exec(before)?.groups?.body;
  if (!body) return false;
  const name = healthBodyName(body)?.name;
  if (name === undefined) return true;
  // "The Trust, Named Professional …" in a policy whose title names a trust: that trust.
  if (!/\s/.test(name)) {
    for (const key of own) if (key.startsWith("health:") && key.endsWith(` ${name}`)) return false;
  }
  return !own.has(`health:${name}`);
}
/** Whether a role is a wider body's officer: its body's word just before it, or just after ("… for the Synod"). */
function outsideBody(before: string, after: string, own: ReadonlySet<string>): boolean {
  const found =
    OUTSIDE.exec(before) ??
    OUTSIDE.exec(before.replace(BODY_ABBREVIATION, "")) ??
    OUTSIDE_POSSESSIVE.exec(before) ??
    OUTSIDE_AFTER.exec(after);
  if (!found) return false;
  const body = found.groups?.body;
  return !body || !own.has(bodyKey(body));
}

/**
 * Whether the role at `at` (its words `whole`) names someone other than the setting's lead now: a wider body's
 * officer, a governor or trustee, someone the policy says is not a lead, a past holder.
 */
function notTheLead(text: string, at: number, whole: string, own: ReadonlySet<string>): boolean {
  const before = text.slice(Math.max(0, at - 40), at);
  const after = text.slice(at + whole.length, at + whole.length + 60);
  if (outsideBody(before, after, own) || ADVISER_AFTER.test(after) || othersLeadAfter(after)) return true;
  // "Women's section Welfare Officer (adult teams only, not part of this policy)": a role the policy puts outside itself.
  if (OUTSIDE_POLICY_AFTER.test(text.slice(at + whole.length, at + whole.length + 100))) return true;
  // "Fenmoor Community NHS Trust, Named Professional for Safeguarding: Dr A": a health body's named professional, in a
  // list of contacts — the provider's own lead only when no trust or board is named just before it.
  if (
    /^[\s*_]*named\s+professional/i.test(whole) &&
    otherHealthBody(text.slice(Math.max(0, at - 120), at), own)
  )
    return true;
  // "The University's Safeguarding Officer, Ms A, advises the programme … She is not part of the programme team and
  // does not take the programme's referrals": a contact of the body above the setting, even in a policy whose title
  // names that body.
  // "… contact the Hollowmere County Rugby Football Union: its Safeguarding Lead, Ms A, … She is not part of the
  // club": the union's name may run further back than `before` reaches.
  const owner = text.slice(Math.max(0, at - 100), at);
  if (disownedOfficer(before, text.slice(at + whole.length, at + whole.length + 400), owner)) return true;
  // The host school's lead, or the lead of an organisation the policy says is not its own.
  if (HOST_BEFORE.test(before) || documentRoles.hosts?.test(before)) return true;
  // "| Club | Club Welfare Officer |" where each member club has its own: a member's lead. Not a longer title the
  // words end ("League Club Welfare Officer").
  if (documentRoles.members?.test(whole.trim()) && !/\p{Lu}[\p{L}'’-]*\s+$/u.test(before)) return true;
  // "| Branch | Safeguarding Champion |" where "Champions are not designated leads": a role the policy says holds no
  // lead's part (not-a-lead.ts deniedRole).
  if (documentRoles.denied && deniedRole(documentRoles.denied, whole)) return true;
  // "is not a deputy DSL", "our former deputy Welfare Officer": the words before the deputy's prefix.
  const lead = before.replace(DEPUTY_BEFORE, "");
  if (NEGATED_BEFORE.test(lead) || FORMER_BEFORE.test(lead)) return true;
  // "| Allegations about the DSL | Mr A, Managing Director |": the role is whom the concern is about; the person
  // named is the one it goes to instead. The lead named beside it ("Concerns about the DSL, Mrs B, go to …") stays.
  // A title word the role's words leave out may stand between ("if the allegation concerns the Lead Safeguarding
  // Officer", read as "Safeguarding Officer").
  const subject = SUBJECT_BEFORE.test(lead) || SUBJECT_BEFORE.test(lead.replace(TITLE_WORDS_BEFORE, ""));
  if (subject && !/^\s*[,(]\s*(?:\*\*|__)?\p{Lu}/u.test(after)) return true;
  const near = text.slice(Math.max(0, at - 60), at + whole.length + 60);
  if (!OVERSEER_WORDS.test(near)) return false;
  if (OVERSEER_BEFORE.test(before) || OVERSEER_AFTER.test(after)) return true;
  // Inside a governor's or trustee's title: "Safeguarding Link Governor", "Governor for Safeguarding".
  for (const m of allMatches(NOT_LEAD, near)) {
    const start = Math.max(0, at - 60) + (m.index ?? 0);
    // "Designated Teacher for Child Protection" holds "designated teacher": the whole title is the lead's.
    if (start >= at && start + m[0].length <= at + whole.length) continue;
    if (start < at + whole.length && start + m[0].length > at) return true;
  }
  return false;
}

/** The roles named on a line, in order. */
function rolesIn(line: Line): RoleFound[] {
  const found: RoleFound[] = [];
  const text = line.text;
  const own = documentRoles.bodies;
  if (!ROLE_WORDS.test(text)) {
    if (documentRoles.extra) found.push(...documentRolesIn(text, line, found));
    return CONTACT_WORDS.test(text) ? [...found, ...deputyContacts(line)] : found;
  }
  const start = contentStart(text);
  const label = DEPUTY_LABEL_LINE.exec(text.slice(start));
  if (label) {
    found.push({
      role: "deputy",
      label: label[0],
      offset: line.offset + start,
      endOffset: line.offset + start + label[0].length,
    });
  }
  // The expressions for a deputy's word alone run only on a line that has one (most lines name no deputy).
  const deputyWord = DEPUTY_WORD.test(text);
  // "Lead: Ffion Hale | Deputy: Tom Ure": a bare "Lead" label is the safeguarding lead's only beside a deputy's.
  const leadLabel = deputyWord ? LEAD_LABEL_PAIR.exec(text.slice(start)) : null;
  if (leadLabel) {
    const pair: RoleFound = {
      role: "dsl",
      label: leadLabel[0],
      offset: line.offset + start,
      endOffset: line.offset + start + leadLabel[0].length,
    };
    LABEL_PAIR_LEAD.add(pair);
    found.push(pair);
  }
  // "Manager: Carys Bell Deputy: Leon Ashby" — a PDF joined the label's line to the one above.
  for (const match of deputyWord ? allMatches(DEPUTY_LABEL_INSIDE, text) : []) {
    // The expression starts at the space before the label (quicker than a look-behind).
    const at = (match.index ?? 0) + 1;
    if (at <= start) continue;
    found.push({
      role: "deputy",
      label: match[0].slice(1),
      offset: line.offset + at,
      endOffset: line.offset + at + match[0].length - 1,
    });
  }
  if (isTableRow(line)) {
    for (const cell of tableCells(line)) {
      const words = plain(cell.text).replace(/[:.]$/, "");
      // The label is the cell's words without their markup: a bold "| **Deputies** |" is still a plural.
      if (saysEither(DEPUTY_LABEL, words) || DEPUTY_CELL.test(words))
        found.push({ role: "deputy", label: words, offset: cell.offset, endOffset: cell.endOffset });
      else if (cell.offset > line.offset + start && DEPUTY_WORD.test(cell.text)) {
        // "| **Deputy:** Rhys ap Dafydd (Secretary), … |": a cell that opens with the deputy's label, as a line does.
        const lead = /^\s*(?:\*\*|__)?\s*/.exec(cell.text)?.[0].length ?? 0;
        const inCell = DEPUTY_LABEL_LINE.exec(cell.text.slice(lead));
        if (inCell)
          found.push({
            role: "deputy",
            label: inCell[0],
            offset: cell.offset + lead,
            endOffset: cell.offset + lead + inCell[0].length,
          });
      } else if (LEAD_CONTACT_CELL.test(words))
        found.push({ role: "dsl", label: words, offset: cell.offset, endOffset: cell.endOffset });
      else if (DEPUTY_CONTACT_CELL.test(words))
        found.push({ role: "deputy", label: words, offset: cell.offset, endOffset: cell.endOffset });
    }
  }
  // The word alone is a deputy's role only with a name beside it (OPTIONAL): a bare "deputy" names nobody.
  const optionalDeputy = (match: RegExpMatchArray) => {
    const at = line.offset + (match.index ?? 0);
    const role: RoleFound = { role: "deputy", label: match[0], offset: at, endOffset: at + match[0].length };
    OPTIONAL.add(role);
    found.push(role);
  };
  for (const match of deputyWord ? allMatches(DEPUTY_AFTER_NAME, text) : []) optionalDeputy(match);
  for (const match of deputyWord ? allMatches(DEPUTY_BEFORE_TITLE, text) : []) {
    const at = match.index ?? 0;
    // "Deputy: Mr Leon Ashby" is read as a label already.
    if (found.some((f) => f.offset <= line.offset + at && f.endOffset > line.offset + at)) continue;
    // "Deputy Lord Mayor", "Deputy Sister": a capitalised office, not the word before a person's title.
    if (/^\p{Lu}/u.test(match[0]) && DEPUTY_OFFICE.test(text.slice(at + match[0].length))) continue;
    optionalDeputy(match);
  }
  // "Tower Safeguarding Representative (deputy)" alone on its line, the name on the next ("Name: …"): a local
  // safeguarding representative marked as the deputy (the lead's own role words cover "Welfare Officer (deputy)").
  // A PDF's text runs the lines together: each line as written is read.
  if (/Safeguarding\s+Rep/.test(text))
    for (const written of writtenLines(line)) {
      const representative = REPRESENTATIVE_DEPUTY_LINE.exec(written.text);
      if (!representative?.groups) continue;
      const at = written.offset + representative[0].indexOf(representative.groups.role);
      found.push({
        role: "deputy",
        label: representative.groups.role,
        offset: at,
        endOffset: at + representative.groups.role.length,
      });
    }
  if (/\b(?:as|who\s+is)\s/i.test(text) && (DEPUTY_CONTEXT.test(text) || /\bleave\b/i.test(text)))
    for (const match of allMatches(ACTS_AS_DEPUTY, text)) {
      // The label is "deputy" alone, where the name's place (before it) is read.
      const at = (match.index ?? 0) + match[0].search(/(?:deputy|alternate)$/i);
      const role: RoleFound = {
        role: "deputy",
        label: text.slice(at, (match.index ?? 0) + match[0].length),
        offset: line.offset + at,
        endOffset: line.offset + (match.index ?? 0) + match[0].length,
      };
      OPTIONAL.add(role);
      found.push(role);
    }
  for (const match of deputyWord && OUR_DEPUTY_QUICK.test(text) ? allMatches(OUR_DEPUTY, text) : []) {
    const at = match.index ?? 0;
    const label = match[0].replace(/[\s,:–—-]+$/, "");
    found.push({
      role: "deputy",
      label,
      offset: line.offset + at,
      endOffset: line.offset + at + label.length,
    });
  }
  if (CONTACT_WORDS.test(text)) found.push(...deputyContacts(line));
  for (const match of roleMatches(text)) {
    let at = match.index ?? 0;
    let whole = match[0];
    const groups = { ...(match.groups ?? {}) };
    // "… and deputy Designated Safeguarding Lead: Lorna Pike" — a heading ending "and deputy" joined to the
    // next line; a deputy's own label is written in one case ("Deputy Designated…", "deputy DSL").
    // "Is there a deputy Welfare Officer?": after an article the lower-case word is the deputy's own, as it is after
    // a possessive ("the unit's deputy Safeguarding Contact is Miss …").
    if (
      groups.deputy &&
      /^\p{Ll}/u.test(groups.deputy) &&
      /^\p{Lu}\p{Ll}/u.test(groups.phrase ?? "") &&
      !/(?<![\p{L}])(?:a|an|the|our|any|as)\s+$/iu.test(text.slice(Math.max(0, at - 6), at)) &&
      !/(?<![\p{L}])(?:the|our)\s+\p{Ll}[\p{L}-]*['’]s\s+$/u.test(text.slice(Math.max(0, at - 40), at)) &&
      !listedDeputy(text, at, at + whole.length)
    ) {
      at += groups.deputy.length;
      whole = whole.slice(groups.deputy.length);
      groups.deputy = undefined as unknown as string;
    }
    // "DSL" in lower case is not the acronym.
    if (groups.abbr && groups.abbr !== groups.abbr.toUpperCase()) continue;
    // "Safeguarding Leadership pathway", "designated leadership": the role's last word runs on in lower case
    // (the expression's "a capital follows" is case-blind under its i flag). "LeadHannah Birch" stays a role.
    if (/^\p{Ll}/u.test(text.slice(match.index + match[0].length, match.index + match[0].length + 1)))
      continue;
    const before = text.slice(Math.max(0, at - 30), at);
    // The diocese's or county's officer is a contact outside the setting ("the safeguarding manager at the local
    // authority, Jim Pratt": the body may be named after the role); a governor, a past holder, "not our DSL".
    if (notTheLead(text, at, whole, own)) continue;
    // "DSL training", "the designated lead role": about the role, not naming it.
    const after = text.slice(at + whole.length, at + whole.length + 30);
    if (FOLLOWER.test(after)) continue;
    // "Level 3 Designated Safeguarding Lead – no date recorded": a course's name in a training record.
    if (/\blevel\s*[1-4]\s*$/i.test(before)) continue;
    // "Early Years Designated Safeguarding Lead (Kelbrook SCP), 12/05/2025" on a line of its own: a course's record.
    if (courseRecordLine(line, at, at + whole.length)) continue;
    const deputy =
      Boolean(groups.deputy) ||
      DEPUTISES_AFTER.test(text.slice(at + whole.length, at + whole.length + 40)) ||
      deputisesInBracket(
        text.slice(at + whole.length, at + whole.length + 300),
        text.slice(Math.max(0, at - 12), at + whole.length),
      ) ||
      (groups.abbr !== undefined &&
        ROLE_ABBREVIATIONS[groups.abbr.toUpperCase().replace(/S$/, "")] === "deputy") ||
      (groups.abbr !== undefined && ROLE_ABBREVIATIONS[groups.abbr.toUpperCase()] === "deputy") ||
      (groups.abbr !== undefined && DEPUTY_BEFORE.test(before)) ||
      DEPUTISES_BEFORE.test(before);
    // "Deputy Programme Safeguarding Lead": the prefix and the words it qualifies are part of the label.
    const qualified = groups.deputy || groups.abbr ? null : DEPUTY_QUALIFIED_BEFORE.exec(before);
    // "Deputy DSL": the prefix is part of the label.
    const prefix = qualified
      ? qualified[0]
      : groups.deputy || !groups.abbr
        ? ""
        : (DEPUTY_BEFORE.exec(before)?.[0] ?? "");
    const mention: RoleFound = {
      role: deputy || qualified ? "deputy" : "dsl",
      label: text.slice(at - prefix.length, at + whole.length),
      offset: line.offset + at - prefix.length,
      endOffset: line.offset + at + whole.length,
    };
    if (!deputy && !qualified && AUTHOR_BEFORE.test(before)) mention.author = true;
    found.push(mention);
  }
  for (const match of deputyWord ? allMatches(BRACKETED_DEPUTY, text) : []) {
    const end = (match.index ?? 0) + match[0].length;
    if (!bracketNamesDeputy(text, match.index ?? 0, end)) continue;
    const at = line.offset + (match.index ?? 0);
    if (found.some((f) => f.offset < at + match[0].length && f.endOffset > at)) continue;
    // After a job's title with no colon ("Assistant Leader (safeguarding deputy) vacant", a PDF's row), the name is
    // read after the closing bracket.
    const close = BRACKETED_DEPUTY_CLOSES.test(text.slice(end, end + 8))
      ? 0
      : (/^\s*\)/.exec(text.slice(end, end + 8))?.[0].length ?? 0);
    found.push({ role: "deputy", label: match[0], offset: at, endOffset: at + match[0].length + close });
  }
  if (documentRoles.extra) found.push(...documentRolesIn(text, line, found));
  return bracketedDeputies(text, line, found);
}

/**
 * A list's entry for a person, a dash and their job, then "and deputy" and the lead's title, nothing after it but the
 * next entry: "- Tamsin Oduya – Assistant Leader and deputy Safeguarding Contact". The lower-case "deputy" is the
 * person's own second post. Not a heading's "… and deputy" run into the lead's own line ("Welfare Officer and deputy
 * Welfare Officer: Mrs A"): no name and dash stand before it, and a colon or dash follows.
 */
const LISTED_NAME_JOB_AND =
  /(?:^|[\n●•○◦▪■*-][^\S\n]*)(?<name>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})\s+[–—]\s+(?:\p{Lu}[\p{L}'’-]*\s+){1,3}and\s+$/u;
function listedDeputy(text: string, start: number, end: number): boolean {
  if (
    /^[^\S\n]*(?::|(?:[–—]|-\s)[^\S\n]*(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b|\p{Lu}\p{Ll}+\s+\p{Lu}))/u.test(
      text.slice(end, end + 40),
    )
  )
    return false;
  const name = LISTED_NAME_JOB_AND.exec(text.slice(Math.max(0, start - 90), start))?.groups?.name;
  if (name === undefined) return false;
  return name
    .replace(/^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+/, "")
    .split(/\s+/)
    .every((word) => !NOT_NAME.has(word.toLowerCase()));
}

/**
 * "Academy Safeguarding Officer (Deputy DSO): Sasha Kerr": the deputy's title in brackets after the post's own,
 * then the name. The deputy's mention runs to its closing bracket (so the name after the colon is in its place),
 * and the post's title before the bracket is the same person's, not a lead's of its own.
 */
function bracketedDeputies(text: string, line: Line, found: RoleFound[]): RoleFound[] {
  let out = found;
  for (const mention of found) {
    const start = mention.offset - line.offset;
    const end = mention.endOffset - line.offset;
    const open = text.slice(Math.max(0, start - 3), start).lastIndexOf("(");
    if (open < 0 || !/^\s*$/.test(text.slice(Math.max(0, start - 3) + open + 1, start))) continue;
    const close = /^\s*\)(?=\s*(?:[:–—]|-\s))/.exec(text.slice(end, end + 8));
    if (!close) continue;
    const bracket = Math.max(0, start - 3) + open;
    // "Playscheme Co-ordinator (DSL): Owen Falk": the lead's role in brackets after a job's words names the
    // holder after the colon too. After a name ("Owen Falk (DSL): 07700 …") the name before is the holder.
    if (mention.role !== "deputy") {
      const words = JOB_BEFORE_BRACKET.exec(text.slice(0, bracket));
      if (!words || !jobWords(words[1])) continue;
      mention.endOffset += close[0].length;
      continue;
    }
    mention.endOffset += close[0].length;
    out = out.filter(
      (o) =>
        o === mention ||
        o.role !== "dsl" ||
        o.endOffset - line.offset > bracket ||
        !/^\s*$/.test(text.slice(o.endOffset - line.offset, bracket)),
    );
  }
  return out;
}

/** A job's capitalised words straight before a bracket: "Playscheme Co-ordinator (", "Head of Care (". */
const JOB_BEFORE_BRACKET =
  /(?:^|[\s*_|:;,–—-])(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:of|for|the|and|&|\p{Lu}[\p{L}'’-]*)){0,5})[^\S\n]*$/u;

/**
 * "Assistant Co-ordinator (deputy for safeguarding): Lorna Tebbit", "| Assistant Leader (safeguarding deputy) | Ann
 * Lee |": the deputy's role said in words, in brackets (BRACKETED_DEPUTY_CLOSES after it, or a job's capitalised title
 * before it — as "(DSL)" after a job names the lead). Only there: after other words ("we are looking for an assistant
 * (safeguarding deputy)") they name nobody.
 */
const BRACKETED_DEPUTY_WORDS = String.raw`(?:(?:[Dd]eput(?:y|e)|[Aa]lternate)(?:\s+lead)?\s+(?:for|on)\s+(?:safeguarding|child\s+protection)|(?:[Ss]afeguarding|[Cc]hild\s+[Pp]rotection|[Ww]elfare)\s+(?:[Dd]eput(?:y|e)|[Aa]lternate))`;
/** The words, then the bracket before them looked behind (DEPUTY_AFTER_NAME says why not the other way round). */
const BRACKETED_DEPUTY = new RegExp(
  String.raw`${BRACKETED_DEPUTY_WORDS}(?<=\(\s*${BRACKETED_DEPUTY_WORDS})(?=\s*\))`,
  "gu",
);
/** After the deputy's bracket, a colon or a dash before the name, or the end of a table's cell. */
const BRACKETED_DEPUTY_CLOSES = /^\s*\)\s*(?:[:–—|]|-\s)/;
/** How far back a job's title before a bracket is read (JOB_BEFORE_BRACKET). */
const JOB_REACH = 80;

/** Whether the deputy's bracket found at `at` names the role: BRACKETED_DEPUTY_CLOSES, or a job's title before it. */
function bracketNamesDeputy(text: string, at: number, end: number): boolean {
  if (BRACKETED_DEPUTY_CLOSES.test(text.slice(end, end + 8))) return true;
  const open = text.lastIndexOf("(", at);
  if (open < 0) return false;
  const words = JOB_BEFORE_BRACKET.exec(text.slice(Math.max(0, open - JOB_REACH), open));
  return words !== null && jobWords(words[1]);
}

/**
 * A named holder who has gone, said just after their name and role: "Mrs Ines Marlow (DSL) retired in June 2025",
 * "Mr Aldo Grint, our Safeguarding Lead until last spring, has left the club", "The DSL, Mrs Ada Kwan, has left".
 * Past tense only ("leaves in July 2027" is still the lead); an aside in brackets may come between, but a verb
 * inside it is someone else's ("Mrs Petra Lund (since 2025, when our previous DSL left)").
 */
const LEFT_AFTER =
  /^\s*\)?\s*(?:\([^()\n]{0,60}\)\s*|[^,.;:()\n]{0,40},\s*)?(?:who\s+)?(?:(?:has|had|have)\s+(?:now\s+|since\s+)?)?(?:left|retired|resigned|stepped\s+down|moved\s+(?:on|away)|departed)\b/i;

/**
 * What a holder left before they came: "left her previous post in 2019 to join us", "left teaching", "moved on
 * from a school in Leeds to join the nursery" — their past, not leaving this role.
 */
const LEFT_BEFORE_JOINING =
  /^(?:\s+[\p{L}'’]+){0,2}?\s+(?:previous|former|earlier|old|last)\b|^\s+(?:teaching|nursing|university|college)\b|^[^.;!?\n]{0,60}\bto\s+(?:join|come\s+to|work\s+(?:at|for|with)|lead)\b/iu;

/** Verbs of a succession that has happened: "replaced", "succeeded", "took over from", "has taken over from". */
const SUCCEEDED = String.raw`replaced|succeeded|(?:took|has\s+taken)\s+over\s+from`;
/** Verbs of a succession to come or going on: "replaces", "is replacing", "takes over from", "taking over from". */
const SUCCEEDING = String.raw`replacing|replaces|succeeds|succeeding|(?:takes|taking)\s+over\s+from`;

/** A holder someone else has replaced or is replacing: "replaced ", "took over from ", "succeeds ", "formerly ". */
const REPLACED_BEFORE = new RegExp(String.raw`\b(?:${SUCCEEDED}|${SUCCEEDING}|formerly|previously)\s+$`, "i");

/**
 * The subject of a verb of succession that has happened, on its line: "In September 2025 Hana Mori took over from ",
 * "Hana Mori, who succeeded ". The place is for a person (who else replaces a Welfare Officer?), so a name the
 * tagger does not know ("Ewan Threlkeld") is taken; role, job and place words are not. Not one still to take over
 * ("Ben Ola takes over from … in January").
 */
const SUCCESSION_BEFORE = new RegExp(
  String.raw`(?:,?\s+who)?(?:\s+(?:has|had|have|then|recently))?,?\s+(?:${SUCCEEDED})\s+$`,
  "iu",
);

function successorBefore(
  text: string,
  line: Line,
  nameOffset: number,
): { name: FoundName; base: number } | undefined {
  const from = Math.max(line.offset, nameOffset - 120);
  const before = text.slice(from, nameOffset);
  const verb = SUCCESSION_BEFORE.exec(before);
  if (!verb) return undefined;
  // The name ends the words before the verb: "Hana Mori took over from", not "Hana Mori's team took over from".
  const subject = before.slice(0, verb.index);
  const name = nameBefore(
    subject,
    () => false,
    () => ({ strength: "strong" }),
  );
  // Two words at least ("Ewan Threlkeld", "Mrs Moss"): a single capitalised word may be the setting's ("Oakfield").
  return name && name.end === subject.length && /\S\s+\S/.test(name.name) ? { name, base: from } : undefined;
}

/** A new clause after a named holder and role: "; ", ", and ", ". " — then the one who took over. */
const NEW_CLAUSE = /^\s*[;,.]\s*(?:and\s+|then\s+|but\s+)?/u;
/**
 * After a name, that they took over the role just named: "took over in January 2025", "has since taken over", "took
 * over from her". Not "took over the first aid kits": another thing taken over.
 */
const TOOK_OVER =
  /^\s+(?:(?:has|had|have)\s+(?:since\s+|now\s+)?taken|took)\s+over(?:\s+from\s+(?:her|him|them))?(?=\s*(?:[.;,)]|$)|\s+(?:in|on|at|as|during|last|this|when|after|from|since)\b|\s+\d)/iu;

/**
 * The one said to have taken over from a named holder in the next clause: "Version 2.0 (March 2023) named Mrs Ada
 * Kwan as Safeguarding Lead; Bea Moss took over in January 2025" — Bea Moss holds the role now, Mrs Kwan held it.
 */
function takerAfter(text: string, mention: LeadMention): { name: FoundName; base: number } | undefined {
  const from = Math.max(mention.endOffset, mention.nameEndOffset ?? 0);
  const after = text.slice(from, from + 160);
  const clause = NEW_CLAUSE.exec(after);
  if (!clause) return undefined;
  const name = nameAt(after.slice(clause[0].length));
  if (name?.start !== 0 || !/\S\s+\S/.test(name.name)) return undefined;
  const rest = after.slice(clause[0].length + name.end);
  return TOOK_OVER.test(rest) ? { name, base: from + clause[0].length } : undefined;
}

function hasLeft(text: string, mention: LeadMention): boolean {
  const from = Math.max(mention.endOffset, mention.nameEndOffset ?? 0);
  const after = text.slice(from, from + 120);
  const left = LEFT_AFTER.exec(after);
  return left !== null && !LEFT_BEFORE_JOINING.test(after.slice(left[0].length));
}

function setNames(mention: LeadMention, names: FoundName[], base: number): void {
  if (names.length === 0) return;
  mention.name = nameOf(names[0]);
  mention.nameOffset = base + names[0].start;
  mention.nameEndOffset = base + names[0].end;
  mention.names = names.map(nameOf);
}

/** A placeholder where a name should be, at the start of `text`: "TBC", "[insert name]", "……". */
export function placeholderAt(text: string): string | undefined {
  const trimmed = text.trimStart();
  const found = PLACEHOLDER_NAME.exec(trimmed)?.[0];
  // "3.2 Deputy designated safeguarding leads..........5": a contents list's leader dots run to a page number.
  if (found && /^(?:\.|…)+$/.test(found) && CONTENTS_PAGE.test(trimmed.slice(found.length))) return undefined;
  return found;
}

/** A page number straight after leader dots, then the line's end or the next entry: "…..5 3.3 All staff". */
const CONTENTS_PAGE = /^\s*\d{1,3}(?:\s*$|\s+\d|\s+\p{Lu})/u;

/** "DSL changed from Ann Lee to Bea Moss": the later holder. */
const CHANGED_FROM =
  /^\s*(?:was\s+|has\s+|have\s+)?(?:changed|changes|moved|passed|handed\s+over|transferred)\s+from\s+/i;

/** A bracketed note after a role, then the bold's close and the space a written line break became. */
const NOTE_AFTER_ROLE =
  /^\((?![^()\n]*\b(?:name|names|insert|enter|add)\b)[^()\n]{1,60}\)(?:\*\*|__)?:?[^\S\n]+/iu;

/**
 * The length of a role's bracketed note that closes its label's written line — an age range, a site, a phase:
 * "**Deputy Designated Safeguarding Lead (16–19)**", "Deputy DSL (Northgate campus)" — so the name opening the next
 * written line is the role's holder, as under a label with no note (0: none). Only where nothing but bold or
 * heading marks stands before the role on its written line. `at`: the role's place in the line; `window` the text
 * after the role from `windowAt`.
 */
function noteClosingLabel(line: Line, at: number, windowAt: number, window: string): number {
  const note = NOTE_AFTER_ROLE.exec(window);
  if (!note) return 0;
  const k = softBreakFrom(line.offset + at);
  const start = Math.max(0, (softBreaks[k - 1] ?? -1) - line.offset + 1);
  if (!/^[\s*_#]*$/.test(line.text.slice(start, at))) return 0;
  // The written line breaks inside the spaces after the note.
  const space = windowAt + note[0].trimEnd().length;
  const brk = softBreaks[softBreakFrom(line.offset + space)] ?? Number.POSITIVE_INFINITY;
  return brk < line.offset + windowAt + note[0].length ? note[0].length : 0;
}

function nameInLine(lines: Line[], line: Line, mention: LeadMention, text?: string): void {
  if (mention.author) return;
  const lineStart = contentStart(line.text);
  const at = mention.offset - line.offset;
  const after = mention.endOffset - line.offset;
  const before = line.text.slice(Math.max(lineStart, at - NEAR), at);

  // "[insert DSL name]": the role words sit inside the placeholder.
  const around = PLACEHOLDER_AROUND.exec(before);
  if (around) {
    const open = around.index;
    const close = line.text.slice(after, after + NEAR).search(/[\])>}]/);
    const whole = close >= 0 ? line.text.slice(at - (before.length - open), after + close + 1) : "";
    if (whole && PLACEHOLDER_NAME.test(whole)) {
      mention.placeholder = whole;
      return;
    }
  }

  const rest = nearAfter(line.text, after);
  const changed = CHANGED_FROM.exec(rest);
  if (changed) {
    const from = rest.slice(changed[0].length);
    const formerName = nameAt(from);
    const to = formerName ? /^\s+to\s+/i.exec(from.slice(formerName.end)) : null;
    if (formerName && to) {
      const base = after + changed[0].length + formerName.end + to[0].length;
      const later = namesAt(line.text.slice(base, base + NEAR));
      if (later.length > 0) {
        setNames(mention, later, line.offset + base);
        mention.former = formerName.name;
        return;
      }
    }
  }

  // "Church Safeguarding Officer (St Brannoc's) ........ Mrs Hilary Dunmore": a who's-who line's holder is the one
  // after its leader dots — not the bracket (whose officer it is), nor the name before the role (the line above's
  // holder, where a PDF or a paragraph ran the lines together).
  const dotted = DOT_LEADER_AFTER.exec(rest);
  if (dotted) {
    const rank = rankAt(rest.slice(dotted[0].length));
    const from = dotted[0].length + (rank?.length ?? 0);
    const holders = namesAt(rest.slice(from), { strength: "strong" });
    if (holders.length > 0) {
      setNames(mention, holders, line.offset + after + from);
      return;
    }
  }

  // "2. Is there a named Welfare Officer (our lead)? Yes – Mrs Ann Lee, 07700 …": a checklist's question whether
  // the role is held, answered "Yes" and the holder's name.
  if (rest.includes("?")) {
    const answer = YES_ANSWER_AFTER.exec(rest);
    if (answer && HELD_QUESTION_BEFORE.test(line.text.slice(lineStart, at))) {
      const holders = namesAt(rest.slice(answer[0].length), { strength: "strong" });
      if (holders.length > 0 && holders[0].start === 0) {
        setNames(mention, holders, line.offset + after + answer[0].length);
        return;
      }
    }
  }

  // After the role: "DSL: Owen Pryce", "Designated Safeguarding Lead Hannah Birch", "DSL is Ada Price".
  // "Designated Safeguarding Lead ……… Jane Smith": leaders of a form that was filled in.
  // "Two Deputy Safeguarding Leads support her: Name, …": the deputies' verb and its object, a colon, the names.
  const supports = mention.role === "deputy" ? SUPPORT_THE_LEAD.exec(rest) : null;
  const skip0 = supports?.[0].length ?? FILLER.exec(rest)?.[0].length ?? 0;
  // One run of leader characters, then a lone dot or underscore refused: the nested form
  // (?:\.{2,}|…+|_{2,}|\s)+ backtracks exponentially on a long run of dots with no capital after it.
  const run = /^[.…_\s]+(?=\p{Lu})/u.exec(rest.slice(skip0));
  const leaders = run && !/(?<!\.)\.(?!\.)|(?<!_)_(?!_)/.test(run[0]) ? run : null;
  const skip = skip0 + (leaders?.[0].length ?? 0);
  let strength: NameSlot["strength"] = STRONG_FILLER.test(rest.slice(0, skip).replace(/\([^()]*\)/g, ""))
    ? "strong"
    : "weak";
  let window = rest.slice(skip);
  let windowAt = after + skip;
  // "The Designated Person for safeguarding in this church is Mrs Dorothy Akinola".
  // "Safeguarding Lead for our units: Bethan Corwell" (the filler would stop inside the clause).
  const lead = rest.length - rest.trimStart().length;
  // "The person who leads on safeguarding at Alder Wood is our …": the filler stopped at a place's name.
  const clause = !names0(window)
    ? (CLAUSE_IS.exec(window) ?? CLAUSE_IS.exec(rest.slice(lead)) ?? closingClause(rest.slice(lead), before))
    : placeClause(rest.slice(lead), window, strength);
  if (clause) {
    const from = clause.input === window ? windowAt : after + lead;
    window = clause.input.slice(clause[0].length);
    windowAt = from + clause[0].length;
    strength = "strong";
  }
  // "Petty Officer (SCC) Marcus Trent", "Lieutenant Dara Cole": a uniformed rank before the name.
  const rank = rankAt(window);
  if (rank) {
    window = window.slice(rank.length);
    windowAt += rank.length;
  }
  // "DSL – Name: Sam Keller".
  const nameLabel = /^name\s*:\s*/i.exec(window);
  if (nameLabel) {
    window = window.slice(nameLabel[0].length);
    windowAt += nameLabel[0].length;
  }
  let names = namesAt(window, { strength });
  // "The DSL (Mrs Hana Sato) and her deputy (Mr Tom Ure)": the name alone in brackets straight after the role.
  // A place's name can sit there too ("Safeguarding Lead (Orchard Row)"): the tagger, a title or an initial
  // must say it is a person.
  let bracketed = false;
  if (names.length === 0 && window.startsWith("(")) {
    const inner = namesAt(window.slice(1), { strength: "weak" });
    const last = inner[inner.length - 1];
    if (last && BRACKET_CLOSES.test(window.slice(1 + last.end))) {
      names = inner;
      windowAt += 1;
      bracketed = true;
    }
  }
  // "The Club Welfare Officer (Gwen, above)", "The deputy (Owen) stands in": a first name alone in the bracket,
  // which the policy gives in full elsewhere ("Gwen Tregear · 07700 …"). A first name it never gives in full names
  // no one a reader could find.
  if (names.length === 0 && !bracketed && text !== undefined) {
    const first = BRACKETED_FIRST_NAME.exec(window);
    const found = first ? fullNameOf(first[1], text, mention.label) : undefined;
    // The tagger must say the full name is a person's: "Deputy DSL (Homestay)" is what the deputy covers, though
    // the policy speaks of its "Homestay Handbook".
    const full = found && looksLikePerson(found.name) && !placeOrGroup(found.name) ? found : undefined;
    if (full) {
      mention.name = nameOf(full);
      mention.nameOffset = full.start;
      mention.nameEndOffset = full.end;
      mention.names = [nameOf(full)];
      return;
    }
  }
  // "The DSL (JT) keeps the records", "the deputy (DMcB)": initials alone in the bracket, which the document keys to
  // a name ("| JT | Jasmine Tennant |", "JT – Jasmine Tennant"). Initials it never keys name no one a reader could
  // find; a glossary's body or document ("ACF – Army Cadet Force", "CPP – Child Protection Plan") is no one.
  // The filler passes over a bracket of capitals ("Lead (DSL) is …"): the initials are read from the role's end.
  const initials =
    names.length === 0 && !bracketed && text !== undefined && rest.includes("(")
      ? BRACKETED_INITIALS.exec(rest.trimStart())
      : null;
  if (initials && text !== undefined && roleMatches(initials[1]).length === 0) {
    const keyed = keyedName(initials[1], text);
    if (keyed && !placeOrGroup(keyed.name)) {
      mention.name = nameOf(keyed);
      mention.nameOffset = keyed.start;
      mention.nameEndOffset = keyed.end;
      mention.names = [nameOf(keyed)];
      return;
    }
  }
  // "**Deputy Designated Safeguarding Lead (16–19)**" / "Mr Dan Ure, Head of …": a note closing the role's line as
  // written, its holder opening the next line.
  const note = names.length === 0 && !bracketed ? noteClosingLabel(line, at, windowAt, window) : 0;
  if (note > 0) {
    window = window.slice(note);
    windowAt += note;
    strength = "strong";
    names = namesAt(window, { strength });
  }
  // "… lead is our Brown Owl, Ffion Talbot": after "our" or "the", capitalised words and a comma are a title
  // (nobody writes "our Ffion Talbot"); the name is the one after the comma.
  if (names.length > 0 && /\b(?:the|our)\s*$/i.test(rest.slice(0, skip))) {
    const comma = /^\s*,\s*/.exec(window.slice(names[0].end));
    const next = comma ? namesAt(window.slice(names[0].end + comma[0].length), { strength: "strong" }) : [];
    if (next.length > 0) {
      windowAt += names[0].end + (comma?.[0].length ?? 0);
      names = next;
    }
  }
  // "Deputy DSL (Northside hub) – Mr Callum Freer": what the role covers in brackets, then a dash or colon and the
  // name (a bracket that is itself a name was read just above).
  const covers = names.length === 0 && !bracketed ? ROLE_COVERS.exec(window) : null;
  if (covers) {
    const next = namesAt(window.slice(covers[0].length), { strength: "strong" });
    if (next.length > 0) {
      names = next;
      windowAt += covers[0].length;
    }
  }
  // "**Deputy Safeguarding Lead (Youth Work Manager):** Mr Dean Ash": the holder's job in brackets, capitalised, then
  // a colon or dash and the holder's name straight after it. A bracket holding a name was read above; the job's own
  // words ("Deputy Chief Executive") say nothing of which role the line is.
  const jobBracket = names.length === 0 && !bracketed && !covers ? JOB_IN_BRACKET.exec(window) : null;
  if (jobBracket && isJob(jobBracket[1]) && BRACKET_JOB_END.test(jobBracket[1])) {
    const next = namesAt(window.slice(jobBracket[0].length), { strength: "strong" });
    if (next[0]?.start === 0 && !placeOrGroup(next[0].name)) {
      names = next;
      windowAt += jobBracket[0].length;
    }
  }
  // "The DSL is the Headteacher, Mrs Okafor", "DSL: Nursery Manager (Jane Smith)".
  // "Deputy Welfare Officer: TBC – Ruth to ask parents": a placeholder then a dash is the label left blank, and the
  // name after it is whoever was given a task, not the holder.
  // "Tell the DSL, or the Chair of Trustees (Ann Lee, …) if the concern is about the DSL": another job after "or" is
  // someone else to tell, and the name in its bracket is that job's holder, not the role's.
  const title =
    names.length === 0 && !placeholderAt(window) && !OTHER_JOB_INSTEAD.test(window)
      ? JOB_TITLE_FIRST.exec(window)
      : null;
  const titleWords = title?.[1].split(/\s+/) ?? [];
  // "…: the Participation Lead, Priya Raman": after "the" or "our", capitalised words ending in a job's word and a
  // comma are a job title, though its first words are the team's own ("Participation", "Engagement").
  const ownJob =
    title !== null &&
    /^(?:the|our)\s/i.test(title[0]) &&
    /,\s*$/.test(title[0]) &&
    titleWords.every((w) => /^\p{Lu}/u.test(w)) &&
    NOT_NAME.has(titleWords[titleWords.length - 1].toLowerCase());
  if (title && (ownJob || titleWords.every((w) => NOT_NAME.has(w.toLowerCase())))) {
    // "… lead is our Unit Leader, Bethan Marlowe": "is" and a job title ending in a comma put a name next.
    const titled =
      /,\s*$/.test(title[0]) && /\b(?:is|are)\s+(?:the\s+|our\s+)?$/i.test(rest.slice(0, windowAt - after))
        ? "strong"
        : strength;
    // "DSL: Club Manager – Ffion Hale", "DSL: Nursery Manager (Rhys Pugh)": a job's words then a dash or a bracket
    // put its holder next, a name the tagger need not know. "DSL: Registered Manager – Willow Lodge", "… (Oak
    // Class)": a place's or a group's name there is where the job is, not who holds it.
    const holderNext = /[–—(-]\s*$/.test(title[0]) ? "strong" : titled;
    names = namesAt(window.slice(title[0].length), { strength: holderNext });
    windowAt += title[0].length;
    if (names.length > 0 && placeOrGroup(names[0].name)) names = [];
  }
  // "Her deputy is Senior Youth Worker Kayleigh Dunn" (or "will be", "is currently"): after the verb, a job's
  // capitalised words straight before the holder's name, with no comma between them.
  if (names.length === 0 && HOLDER_VERB.test(rest.slice(0, windowAt - after))) {
    const held = holderAfterBareJob(window);
    if (held) {
      names = held.names;
      windowAt += held.at;
    }
  }

  // "Asha Patel & Tomasz Reid – Senior Tutors and Deputy Designated Safeguarding Leads": every holder's name.
  const opening =
    names.length === 0 ? namesOpeningLine(line, lineStart, at, after, PLURAL_ROLE.test(mention.label)) : [];
  if (opening.length > 0) {
    setNames(mention, opening, line.offset);
    return;
  }

  // Before the role: "Tomasz Nowak – Designated Safeguard Lead", "Ellen Price, Nursery Manager and DSL".
  const earlier = nameBeforeRole(lines, line, lineStart, at, after);

  // "Ellen Price, Nursery Manager and DSL Farid Khan, …" (a PDF's lines joined): a role tied to the name
  // before it by "and", a dash or a bracket belongs to that name, not to the capitalised words after it.
  // But a name the sentence goes on from ("… Office Manager and Deputy DSL Tom Reed can also be contacted …") is
  // the role's holder: the words before are someone else's job.
  const untied = rest.slice(0, skip).trim() === "";
  const subject = names.length > 0 && SENTENCE_GOES_ON.test(window.slice(names[names.length - 1].end));
  if (names.length > 0 && (bracketed || subject || !(earlier?.tied && untied))) {
    setNames(mention, names, line.offset + windowAt);
    return;
  }
  const placeholder = placeholderAt(window);
  // "**Deputy Welfare Officer:** TBC": a bold label's markers around the colon are no words.
  const blank =
    placeholder !== undefined &&
    /^[\s:,–—*_-]*$/.test(rest.slice(0, skip).replace(/\b(?:is|are|name)\b/gi, ""));
  // "Designated Person: Mrs Ann Lee, Sunday Club leader Deputy Designated Person: TBC" (a PDF's lines joined): a
  // role with its own colon and a blank after it is a label left empty; the name before it is the label above's.
  if (earlier && !(blank && /^(?:\*\*|__)?\s*:/.test(rest))) {
    heldBy(mention, [earlier]);
    return;
  }
  if (blank) {
    mention.placeholder = placeholder;
    return;
  }

  // "Amira is the designated safeguarding lead. Joel and Sadia are the deputies": first names of people the
  // policy names in full elsewhere ("Amira Haddad: Nursery Manager").
  const firsts = FIRST_NAMES_BEFORE.exec(before);
  // "The Head of Boarding is a deputy DSL": the capitalised word after "of" ends a job's title, not a first name.
  const jobEnd =
    firsts !== null && JOB_TITLE_OF.test(before.slice(0, firsts.index + firsts[0].indexOf(firsts[1])));
  if (firsts && !jobEnd && text !== undefined) {
    const full = firsts[1]
      .split(/\s*(?:,|&|\band\b)\s*/)
      .map((first) => fullNameOf(first.trim(), text, mention.label))
      .filter((n): n is FoundName => n !== undefined);
    if (full.length > 0) {
      mention.name = nameOf(full[0]);
      mention.nameOffset = full[0].start;
      mention.nameEndOffset = full[0].end;
      mention.names = full.map(nameOf);
      return;
    }
  }

  // "## Who is our Designated Safeguarding Lead?" answered under it: "It's **Ann Lee**, Centre Manager (…)".
  const answer = answerUnder(lines, line, mention);
  if (answer) {
    heldBy(mention, [answer]);
    return;
  }

  // The role as a heading or label: the names are on the lines under it. Not a field of the role's left empty
  // ("Deputy DSL name:", "Deputy DSL phone:" in a form's or an export's run of fields): the lines under it are
  // other fields, their values not the role's holder.
  if (isLabelLine(line, mention) && !EMPTY_DETAIL_FIELD.test(rest)) {
    const under = namesUnder(lines, line.index, PLURAL_ROLE.test(mention.label));
    if (under.names.length > 0) {
      heldBy(mention, under.names);
      if (under.vacancy) mention.vacancy = under.vacancy;
      if (under.placed && under.names.length >= 2) mention.placeNames = true;
    } else if (under.placeholder) mention.placeholder = under.placeholder;
    else {
      // "## Our designated safeguarding lead" / "Our lead is the club manager, Rosa Fenwick (…)".
      const said = holderByRoleWord(lines, line, mention);
      if (said) heldBy(mention, [said]);
    }
  }
}

/** The role's last word alone opening a sentence, then "is": "Our lead is ", "The lead is ". */
const ROLE_WORD_IS = /^(?:Our|The)[^\S\n]+(\p{Ll}+)[^\S\n]+is[^\S\n]+/u;
/** A job in lower case between "the" or "our" and a comma, before the holder's name: "the club manager, ". */
const JOB_IN_APPOSITION = /^(?:the|our)[^\S\n]+((?:[\p{L}'’-]+[^\S\n]+){0,3}[\p{L}'’-]+),[^\S\n]*/u;

/**
 * The holder named under a heading that is the lead's role, by the role's last word alone in the first sentence of the
 * paragraph under it: "## Our designated safeguarding lead" / "Our lead is the club manager, Rosa Fenwick (07700 …)",
 * "The lead is Mrs Ann Lee.". Only the lead's role (a deputy's heading has a word of its own), only a person (not a
 * place's or a group's name, nor a job), straight after "is" or after a job between "the"/"our" and a comma.
 */
function holderByRoleWord(lines: Line[], line: Line, mention: LeadMention): NameUnder | undefined {
  const word = /(\p{Ll}+)$/u.exec(mention.label.toLowerCase())?.[1];
  if (mention.role !== "dsl" || !word || !/\s/.test(mention.label.trim())) return undefined;
  let i = line.index + 1;
  if (lines[i]?.text.trim() === "") i++;
  const next = lines[i];
  if (!next || next.text.trim() === "" || isMarkdownHeading(next) || isTableRow(next)) return undefined;
  const start = contentStart(next.text);
  const opener = ROLE_WORD_IS.exec(next.text.slice(start, start + NEAR));
  if (!opener || opener[1] !== word) return undefined;
  let from = start + opener[0].length;
  const job = JOB_IN_APPOSITION.exec(next.text.slice(from, from + NEAR));
  if (job && isJob(job[1])) from += job[0].length;
  const rest = next.text.slice(from, from + NEAR).replace(/\*\*|__/g, (mark) => " ".repeat(mark.length));
  const found = namesAt(rest, { strength: "strong" })[0];
  if (found?.start !== 0 || /['’]s$/.test(found.name)) return undefined;
  if (!ANSWER_NAME_ENDS.test(rest.slice(found.end))) return undefined;
  if (isJob(found.name) || placeOrGroup(found.name)) return undefined;
  return { name: found.name, offset: next.offset + from };
}

/**
 * A person's details under their name's heading, the role on a "Role:" line ("### Ned Polworth" / "Role: Deputy
 * Welfare Officer, and Junior Racing Co-ordinator" / "Phone: …"): the mirror of a role's heading with "Name: …" under
 * it. The role opens the line straight after its label; only blank lines and other labelled details ("Phone: …",
 * "Email: …") stand between it and the heading. The heading is a person's name alone, as the tagger, a title or an
 * initial says (read weakly: "### Safety Boat Crew", "### Hollowmere Water" read strongly are names too) — a job's
 * heading ("### Commodore") is no one, and its "Role:" line names nobody by it.
 */
function nameHeadingAbove(lines: Line[], line: Line, mention: LeadMention): void {
  const start = contentStart(line.text);
  if (!ROLE_FIELD_BEFORE.test(line.text.slice(start, mention.offset - line.offset))) return;
  // One blank line at a time: between the heading and its first line, or between paragraphs (Word's lines).
  let blanks = 0;
  for (let i = line.index - 1, details = 0; i >= 0; i--) {
    const above = lines[i];
    if (above.index !== i || isTableRow(above)) return;
    if (above.text.trim() === "") {
      if (++blanks > 1) return;
      continue;
    }
    blanks = 0;
    if (isMarkdownHeading(above)) {
      const inner = above.text
        .replace(/^\s*#{1,6}\s+/, "")
        .replace(/\*\*|__/g, (mark) => " ".repeat(mark.length));
      const text = inner.trimEnd();
      const lead = text.length - text.trimStart().length;
      const found = namesAt(text.slice(lead), { strength: "weak" });
      if (found.length !== 1 || found[0].start !== 0 || found[0].end !== text.length - lead) return;
      if (isJob(found[0].name) || placeOrGroup(found[0].name)) return;
      setNames(mention, found, above.offset + (above.text.length - inner.length) + lead);
      return;
    }
    // Another of the person's labelled details ("Phone: 07700 …"), a few at most.
    const label = PLACE_ITEM_LABEL.exec(above.text.slice(contentStart(above.text)));
    if (!label || !DETAIL_FIELD_LABEL.test(label[1]) || ++details > BLOCK_DETAILS) return;
  }
}

/** A "Role:" label straight before the role, bold or not: "Role: ", "**Position:** ", "Job title: the ". */
const ROLE_FIELD_BEFORE =
  /^(?:role|position|post|job(?:[^\S\n]+title)?)[^\S\n]*(?:\*\*|__)?[^\S\n]*:[^\S\n]*(?:\*\*|__)?[^\S\n]*(?:(?:the|our)[^\S\n]+)?$/i;

/**
 * Deputies named as the person to go to when the lead is away: "In her absence, contact Tom Baines (Deputy
 * Manager)". The name is read as in running text (the tagger, a title or an initial must say it is a person).
 */
/**
 * "…, Mrs Ann Lee, is her deputy", "Tom Ure acts as his deputy", "…, is our deputy", "…, is deputy to the DSL": a
 * deputy named by reference to the lead.
 */
const DEPUTY_BY_REFERENCE =
  /,?[ \t]+(?:is|acts[ \t]+as)[ \t]+(?:also[ \t]+)?(?:(?:her|his|their|our|the[ \t]+(?:lead|DSL|DSP)['’]s)[ \t]+deputy|deputy[ \t]+to[ \t]+(?:her|him|them|the[ \t]+(?:DSL|DSP|(?:[Dd]esignated[ \t]+)?[Ss]afeguarding[ \t]+[Ll]ead)))\b/gu;
/**
 * After DEPUTY_BY_REFERENCE, its clause: not a job ("is her deputy head", "is our Deputy Manager"), and ending there
 * or going on "for safeguarding", "when she is away", a bracket or "and" another clause ("… is her deputy and acts
 * as DSL when she is off shift"). Not "is her deputy on the rota", "in running the school" (z142's JOB_IS_DEPUTY).
 */
let referenceClauseEnds: RegExp | undefined;
function referenceClauseEndsHere(after: string): boolean {
  referenceClauseEnds ??= new RegExp(
    String.raw`^${NOT_A_DEPUTY_JOB}(?:${DEPUTY_CLAUSE_ENDS}|[^\S\n]*\(|[^\S\n]+and[^\S\n])`,
    "u",
  );
  return referenceClauseEnds.test(after);
}
/**
 * Before a name between commas, a job opening its sentence: "The Deputy Manager, " (before "Callum Rees, is her
 * deputy"), "Our cook, ". The words between the commas are in a name's place.
 */
const JOB_OPENS_BEFORE_NAME =
  /(?:^|[.!?:][^\S\n]+)(?:\*\*|__|[^\S\n])*(?:The|Our)[^\S\n]+[^,.;:()\n]{2,60}?(?:\*\*|__|[^\S\n])*,[^\S\n]*(?:\*\*|__)?[^\S\n]*$/u;

/**
 * Deputies named by reference to the lead, in a line about safeguarding: "The Hazel Road contact, Mrs Ann Lee, is
 * her deputy". The name ends straight before the verb (a comma between); the tagger, a title or an initial must say
 * it is a person.
 */
function deputiesByReference(line: Line): LeadMention[] {
  const found: LeadMention[] = [];
  for (const match of allMatches(DEPUTY_BY_REFERENCE, line.text)) {
    const at = match.index ?? 0;
    if (!referenceClauseEndsHere(line.text.slice(at + match[0].length))) continue;
    const from = Math.max(0, at - NEAR);
    // "The Deputy Manager, Callum Rees, is her deputy": the name between the commas, after a job opening the
    // sentence, is in a name's place; elsewhere (running text) the tagger, a title or an initial must say so.
    const tied = match[0].startsWith(",");
    const name = nameBefore(
      line.text.slice(from, at),
      () => false,
      (start) => ({
        strength: tied && JOB_OPENS_BEFORE_NAME.test(line.text.slice(0, from + start)) ? "strong" : "weak",
      }),
    );
    if (!name || from + name.end !== at) continue;
    const label = match[0].replace(/^,?\s+/, "");
    const offset = line.offset + at + match[0].length - label.length;
    found.push({
      role: "deputy",
      label,
      offset,
      endOffset: line.offset + at + match[0].length,
      name: nameOf(name),
      names: [nameOf(name)],
      nameOffset: line.offset + from + name.start,
      nameEndOffset: line.offset + from + name.end,
      line,
    });
  }
  return found;
}

/**
 * "… ring our office manager, Ann Lee, on 01632 960 000 — she is the deputy lead", "… Tom Ure. He is our deputy
 * DSL": a pronoun said to be the deputy, and a person named before it in the same sentence (the last one: "If Ffion
 * is out, ring …, Ann Lee, …" names Ann Lee). "She is the deputy manager" is a job, not the role.
 */
const PRONOUN_DEPUTY =
  /(?<![\p{L}])(?:[Ss]he|[Hh]e|[Tt]hey)\s+(?:is|are)\s+(?:also\s+)?(?:the|our)\s+(?:deputy|depute)(?:\s+(?:designated\s+)?(?:safeguarding\s+)?lead|\s+DS[LOP]|\s+(?:safety|safe|keeping[\s-]+safe)\s+person)?(?=\s*(?:[,.;:)]|[–—]|-\s|and\s|who\s|$))/gu;
const PRONOUN_DEPUTY_QUICK = /\b(?:she|he|they)\s+(?:is|are)\s+(?:also\s+)?(?:the|our)\s+depute?/i;
/** A sentence's end in the words before the pronoun (not a title's or an initial's full stop). */
const SENTENCE_ENDS =
  /(?<![\s(](?:Mr|Mrs|Ms|Miss|Mx|Dr|Revd|Rev|Prof|St|Rtn|Cllr|Capt|Sgt|Col|Maj|Lt|Fr|Sr|Br|\p{Lu}))[.!?](?=\s+\p{Lu})/gu;
/**
 * Deputies named by a pronoun, or as the holder of the job to go to when the lead is away ("speak to the Nursery
 * Manager"): their names are checked against the lead's once every mention is read.
 */
const PRONOUN_HELD = new WeakSet<LeadMention>();
/** Deputies said to cover for the lead by a verb ("Tom Hale covers for her"): not the lead they cover for. */
const COVERS_FOR_ANOTHER = new WeakSet<LeadMention>();

function pronounDeputies(line: Line): LeadMention[] {
  const found: LeadMention[] = [];
  for (const match of allMatches(PRONOUN_DEPUTY, line.text)) {
    const at = match.index ?? 0;
    const held = pronounPerson(line, at, match[0]);
    if (!held) continue;
    found.push(heldDeputy(line, match[0], line.offset + at, line.offset + at + match[0].length, held));
  }
  return found;
}

/**
 * "**Named Professional for Safeguarding:** Ms Ann Lee, Clinical Nurse Specialist · 01632 …. She deputises for the
 * Safeguarding Lead": a pronoun opening its sentence, said to deputise (cover, stand in) for the lead's role, and the
 * one person named before it (pronounPerson). The verb straight after the pronoun ("She does not deputise …" is no
 * match); the lead's role after "the" or "our", as the line's own mentions read it. Two people named there: no one.
 */
const PRONOUN_DEPUTISES =
  /(?<![\p{L}])(?:[Ss]he|[Hh]e|[Tt]hey)\s+(?:also\s+)?(?:deputi[sz]es|deputi[sz]e|covers|cover|stands\s+in|stand\s+in)\s+for\s+(?:the|our)\s+/gu;
const PRONOUN_DEPUTISES_QUICK =
  /\b(?:she|he|they)\s+(?:also\s+)?(?:deputi[sz]e|covers?\s+for|stands?\s+in\s+for)/i;

/** A deputy's label: "Deputy DSL", "DDSL", "Assistant Welfare Officer", "Alternate …", "Vice …". */
const DEPUTY_LABEL_WORDS = /deput|\bDD|assistant|alternate|\bvice\b/i;
/** A lead's own label, not a post beside the lead's ("Named Professional for Safeguarding", "Ward Liaison"). */
const LEAD_OWN_LABEL =
  /designated|\bDS[LOP]\b|safeguarding\s+(?:lead|officer|co-?ordinator)\b|child\s+protection\s+(?:lead|officer|co-?ordinator)\b|welfare\s+officer/i;

/**
 * After the lead's role, another setting's: a place's own name ("of Vale Primary", "at Vale Primary"), or a setting's
 * word marked as another's ("of our partner pre-school", "at our sister nursery", "of a neighbouring school", "at our
 * federation partner"). Not "at all times", "in the school", "for the nursery" (this setting), nor a phase or section
 * of this setting ("for Early Years", "in Key Stage 2", "for the Juniors").
 */
const OTHER_SETTING_AFTER =
  /^(?:\*\*|__)?[^\S\n]*(?:(?<by>at|of|for)|in)[^\S\n]+(?:(?<det>the|our|its|their|a|an|another)[^\S\n]+)?(?:(?<place>\p{Lu}[^\n]{0,40})|(?<words>(?:[\p{Ll}'’-]+[^\S\n]+){0,2}?)(?<noun>(?:school|nursery|pre-?school|setting|club|partner|sister|federation|trust|academy|branch|site|centre|college)s?)(?![\p{L}-]))/u;
/** Words marking a setting as another's: "partner", "sister", "neighbouring", "other", "the federation's …". */
const OTHER_SETTING_WORD =
  /(?<![\p{L}])(?:partner|sister|neighbou?ring|nearby|other|linked|feeder|federat\w*|trust(?:'s|’s)?|branch)(?![\p{L}])/u;
/** A phase, section or time of this setting, capitalised: "Early Years", "Key Stage 2", "the Juniors", "Mondays". */
const OWN_PHASE =
  /^(?:Early\s+Years|EYFS|Foundation\s+Stage|Key\s+Stage|KS\s?\d|Reception|Years?\s+\d|Infants?\b|Juniors?\b|Seniors?\b|Sixth\s+Form|(?:Lower|Middle|Upper|Junior|Senior|Infant|Prep|Pre-?Prep)\s+(?:School|Department|Section|Phase|Years)|(?:Nursery|Pre-?School)(?![^\S\n]+\p{Lu})|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?\b|Weekends?\b|Christmas|Easter|Half[- ]?[Tt]erm|(?:Holiday|Breakfast|After[- ]?School|Wraparound|Homework|Summer)\s+(?:Club|Scheme|Camp|Care|Sessions?)\b|Forest\s+School\b)/u;

function otherSettingAfter(rest: string): boolean {
  const match = OTHER_SETTING_AFTER.exec(rest);
  const groups = match?.groups;
  if (!groups) return false;
  // "of Vale Primary", "at Vale Primary", "for Vale Primary": a place's name (not this setting's phase or section).
  if (groups.place !== undefined) return groups.by !== undefined && !OWN_PHASE.test(groups.place);
  // "of a neighbouring school", "of our partner pre-school": a setting's word marked as another's.
  return (
    groups.det === "a" ||
    groups.det === "an" ||
    groups.det === "another" ||
    OTHER_SETTING_WORD.test(groups.words + groups.noun)
  );
}

/**
 * The lead's role straight after "deputises for the" / "covers for our" (at `end`), as this line was read (its bold
 * markers masked as spaces): read as the deputy's own mention there (DEPUTISES_BEFORE), nobody named for it. Not a
 * deputy's role ("She also covers for the Deputy DSL on Mondays") nor another setting's lead ("… for the Designated
 * Safeguarding Lead at our federation partner"); a phase or time of this setting after it ("for Early Years", "in the
 * school holidays") keeps it this policy's. Shared by pronounDeputises, nameDeputises and namedDeputises.
 */
function ownLeadRoleAt(line: Line, mentions: readonly LeadMention[], end: number): LeadMention | undefined {
  const lead = mentions.find((m) => !m.team && m.offset >= end && m.offset <= end + 2 && !m.name);
  if (!lead || DEPUTY_LABEL_WORDS.test(lead.label)) return undefined;
  return otherSettingAfter(line.text.slice(lead.endOffset - line.offset)) ? undefined : lead;
}

function pronounDeputises(line: Line, mentions: readonly LeadMention[]): LeadMention[] {
  const found: LeadMention[] = [];
  for (const match of allMatches(PRONOUN_DEPUTISES, line.text)) {
    const at = match.index ?? 0;
    const end = line.offset + at + match[0].length;
    const lead = ownLeadRoleAt(line, mentions, end);
    if (!lead) continue;
    const held = pronounPerson(line, at, match[0], true);
    if (!held) continue;
    const heldKey = nameKey(nameOf(held.person));
    // She is the lead herself when her own label is the lead's ("**Designated Safeguarding Lead:** Mrs Ann Lee. She
    // also covers for …"), or when no line above speaks of a lead she could deputise for.
    const ownLabel = mentions.find(
      (m) =>
        m.line.index === line.index &&
        m.role === "dsl" &&
        !m.team &&
        m.name &&
        m.offset < line.offset + at &&
        sameName(nameKey(m.name), heldKey),
    );
    // Another person named as the lead on a line above ("**Designated Safeguarding Lead:** Mr Tom Ure" over
    // "**Safeguarding Officer:** Mrs Ann Lee …. She deputises for …"): her lead-like label is a deputy's.
    const otherLead = (m: LeadMention) =>
      m.role === "dsl" && !m.team && m.name !== undefined && !sameName(nameKey(m.name), heldKey);
    if (
      ownLabel &&
      LEAD_OWN_LABEL.test(ownLabel.label) &&
      !mentions.some((m) => otherLead(m) && m.line.index < line.index)
    )
      continue;
    // A lead spoken of on a line above, or another person named as the lead earlier on this line, before the
    // pronoun's sentence ("Our Designated Safeguarding Lead is Mr Tom Ure. Mrs Ann Lee, …. She deputises for …").
    if (
      !mentions.some(
        (m) =>
          (m.role === "dsl" && !m.team && m.line.index < line.index) ||
          (m.line.index === line.index &&
            otherLead(m) &&
            (m.nameEndOffset ?? m.endOffset) <= line.offset + at),
      )
    )
      continue;
    // "**Named Professional for Safeguarding:** Ms Ann Lee, …. She deputises for the Safeguarding Lead": the label
    // before her name, read as a lead's role, is the deputy's — she is not the lead she deputises for.
    const key = heldKey;
    for (const m of mentions)
      if (
        m.line.index === line.index &&
        m.role === "dsl" &&
        !m.team &&
        m.name &&
        m.offset < line.offset + at &&
        sameName(nameKey(m.name), key)
      )
        m.role = "deputy";
    found.push(
      heldDeputy(
        line,
        line.text.slice(at, lead.endOffset - line.offset),
        line.offset + at,
        lead.endOffset,
        held,
      ),
    );
  }
  return found;
}

/**
 * "Mr Tom Hale deputises for the Welfare Officer when she is away": a person's name straight before the verb (so
 * "… never deputises", "… does not cover for" are no match), said to deputise (cover, stand in) for the lead's role
 * after "the" or "our", as the line's own mentions read it. The name must be a person's full name (a title, an
 * initial, or the tagger's word); the mirror of pronounDeputises. The name opens its sentence, or follows an opening
 * clause about the lead's absence ("When Ann is not in the building, …", "If Ann is away, on holiday or …, …"); a job
 * may stand beside it (subjectBefore: "Tom Hale, the centre's Duty Manager, …", "the Deputy Manager, Tom Hale, …",
 * "Brother Tom Hale (Youth Leader, 07700 …) …").
 * So too with "her", "him" or "them" for the lead: "… deputises for her", "… stands in for her", "… takes her place",
 * "… acts in her place", and so too her role taken on: "… takes on his safeguarding role", "… takes over her
 * duties", "… covers her safeguarding responsibilities", "… steps into her role" — tied to the lead by that opening
 * clause, by "when she is away" or "in her absence" after it, or by a deputy's role after it ("… takes her place as
 * deputy DSL"): see placeTakenEnd. Not "takes her place on the committee", "acts in her place at the AGM", "takes on
 * his teaching" (no role of hers), "takes on the role of treasurer", nor a successor's "When Ann retires, Tom takes
 * her place".
 */
const NAME_DEPUTISES =
  /(?<![\p{L}])(?:also[^\S\n]+)?(?:(?:deputi[sz]es|covers|stands[^\S\n]+in|steps[^\S\n]+in)[^\S\n]+for[^\S\n]+(?:(?<whom>her|him|them)(?![\p{L}])|(?:the|our)[^\S\n]+|(?<named>\p{Lu}[\p{L}'’-]*)(?![\p{L}'’-]))|(?<place>(?:takes|acts[^\S\n]+in)[^\S\n]+(?:her|his|their)[^\S\n]+place|(?:takes|receives|handles|hears|deals[^\S\n]+with)[^\S\n]+(?:(?:any|all|the)[^\S\n]+)?(?:(?:safeguarding|welfare)[^\S\n]+)?(?:concerns|reports|worries|disclosures)[^\S\n]+in[^\S\n]+(?:her|his|their)[^\S\n]+place|(?:takes[^\S\n]+(?:on|over)|covers|steps[^\S\n]+into)[^\S\n]+(?:her|his|their)[^\S\n]+(?:(?:safeguarding|child[^\S\n]+protection)[^\S\n]+)?(?:role|duties|responsibilities))(?![\p{L}]))/gu;
const NAME_DEPUTISES_QUICK =
  /\b(?:deputi[sz]es|covers|stands\s+in|steps\s+in)\s+for\s+(?:(?:the|our|her|him|them)\b|\p{Lu})|\b(?:takes|acts\s+in)\s+(?:her|his|their)\s+place\b|\b(?:concerns|reports|worries|disclosures)\s+in\s+(?:her|his|their)\s+place\b|\b(?:takes\s+(?:on|over)|covers|steps\s+into)\s+(?:her|his|their)\s+(?:(?:safeguarding|child\s+protection)\s+)?(?:role|duties|responsibilities)\b/u;

/** A sentence opening with the lead's absence: ABSENCE at its start ("When Ann is not in", "If the DSL is away"). */
const ABSENCE_OPENS = new RegExp(String.raw`^[^\S\n]*(?:${ABSENCE.source})`, "u");
/** After "takes her place" (or the deputy's role after it): the lead's absence, "when she is away", "in her absence". */
const ABSENCE_AFTER =
  /^[^\S\n]+(?:(?:when|whenever|while|whilst|if)[^\S\n]+(?:she|he|they)[^\S\n]+(?:is|are)[^\S\n]+(?:not[^\S\n]+(?:available|in|on[^\S\n]+site|there|here|contactable|at[^\S\n]+(?:the|our|work)(?![\p{L}]))|unavailable|absent|away|off|on[^\S\n]+(?:leave|holiday))|in[^\S\n]+(?:her|his|their)[^\S\n]+absence)(?![\p{L}])/u;
/** "… takes her place as ": the role she takes it in follows. */
const AS_ROLE = /^[^\S\n]+as[^\S\n]+(?:(?:the|a|an|our)[^\S\n]+)?/u;
/**
 * A job between commas beside a name, capitalised: "the centre's Duty Manager", "our Office Manager", "Deputy Manager",
 * and with what it is of: "the Principal of the Training Centre", "our Director of Sailing".
 */
const APPOSITIVE_JOB =
  /^(?:(?:the|our)[^\S\n]+)?(?:[\p{Ll}'’-]+['’]s[^\S\n]+)?(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){0,3}\p{Lu}[\p{L}'’-]*(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){0,3}\p{Lu}[\p{L}'’-]*)?$/u;

/**
 * Whether the words (spaces around them allowed) are one person's name and nothing else: a full name the tagger, a
 * title or an initial says is a person's (fullPerson); `beside` a job ("Dev Okafor-Lind, the Duty Manager,", "Dev
 * Okafor-Lind (Duty Manager, …)"), any two name-shaped words that are no place, group, job or role.
 */
function wholePerson(words: string, beside = false): FoundName | undefined {
  const name = nameAt(words, { strength: beside ? "strong" : "weak" });
  if (!name || words.slice(name.end).trim() !== "" || words.slice(0, name.start).trim() !== "")
    return undefined;
  if (placeOrGroup(name.name)) return undefined;
  if (!beside) return fullPerson(name.name) ? name : undefined;
  const person =
    /\s/.test(name.name.trim()) && !jobNotPerson(name.name) && roleMatches(name.name).length === 0;
  return person ? name : undefined;
}

/**
 * The person a verb is said of, at the end of `sentence` (the words before the verb), and what opens the sentence
 * before them (nothing, or a clause that a comma ends): the name straight before the verb ("Tom Hale deputises"), with
 * a bracket after it ("Tom Hale (Office Manager, 07700 …) acts"), a job between commas after it ("Tom Hale, the Duty
 * Manager, takes") or a job and a comma before it ("the Duty Manager, Tom Hale, takes").
 */
function subjectBefore(sentence: string): { person: FoundName; opening: string } | undefined {
  let text = trimEndWhere(sentence, /\s/);
  // "Tom Hale (Youth Leader, 07700 …) acts", "…, Tom Hale ("Wagtail", 07700 …), takes": the bracket set aside.
  const comma = text.endsWith("),");
  const bracket = comma || text.endsWith(")");
  if (bracket) {
    const close = text.length - (comma ? 2 : 1);
    const open = text.lastIndexOf("(", close);
    if (open < 0 || text.indexOf(")", open) !== close) return undefined;
    text = trimEndWhere(text.slice(0, open), /\s/) + (comma ? "," : "");
  }
  // The words between commas (or the dashes of an aside: "When Ann is away — most months — our Helper, …"), each
  // with where it starts.
  const parts: { words: string; start: number }[] = [];
  let start = 0;
  for (const mark of text.matchAll(/[,–—]/g)) {
    parts.push({ words: text.slice(start, mark.index), start });
    start = (mark.index ?? 0) + 1;
  }
  parts.push({ words: text.slice(start), start });
  const job = (part: { words: string } | undefined) =>
    part !== undefined && APPOSITIVE_JOB.test(part.words.trim()) && !wholePerson(part.words, true);
  let own: { words: string; start: number } | undefined;
  let from: number;
  let beside = true;
  if (parts[parts.length - 1].words.trim() !== "") {
    own = parts[parts.length - 1];
    from = own.start;
    beside = bracket;
  } else {
    // A comma straight before the verb: "…, the Duty Manager," after the name, or the name after "the Duty Manager, ".
    const [before, last] = [parts[parts.length - 3], parts[parts.length - 2]];
    if (!before || !last) return undefined;
    if (wholePerson(last.words, true) && job(before)) own = last;
    else if (job(last) && wholePerson(bracketOff(before.words), true))
      own = { words: bracketOff(before.words), start: before.start };
    from = before.start;
  }
  const person = own && wholePerson(own.words, beside);
  if (!own || !person) return undefined;
  return {
    person: { name: person.name, start: own.start + person.start, end: own.start + person.end },
    opening: text.slice(0, Math.max(0, from - 1)),
  };
}

/**
 * A first name alone before the verb, the sentence's only words ("Tobias covers for her when she is away"), whose full
 * name the policy gives elsewhere (firstNameInFull): that person, by their full name.
 */
function firstNameSubject(
  sentence: string,
  text: string,
): { person: FoundName; opening: string } | undefined {
  const full = firstNameInFull(sentence, text, (name) => fullPerson(name) && !placeOrGroup(name));
  if (!full) return undefined;
  const start = sentence.length - sentence.trimStart().length;
  return { person: { name: full, start, end: start + sentence.trim().length }, opening: "" };
}

/** The words without a bracket at their end: "Carys Pendleton (07700 900 702)" → "Carys Pendleton". */
export function bracketOff(words: string): string {
  const text = trimEndWhere(words, /\s/);
  const open = text.lastIndexOf("(");
  return text.endsWith(")") && open >= 0 ? text.slice(0, open) : words;
}

/**
 * Whether an opening clause is about the lead's absence (ABSENCE_OPENS): the absent one a lead's role, a lead the
 * policy has named (whole or by first name: "When Ann is not in the building"), or "she", "her" … with a lead read
 * before (`leadBefore`).
 */
function leadAbsentIn(opening: string, mentions: readonly LeadMention[], leadBefore: boolean): boolean {
  const groups = ABSENCE_OPENS.exec(opening)?.groups;
  if (!groups) return false;
  const absent = groups.absent ?? groups.unavailable ?? groups.unreached ?? groups.possessive;
  if (absent === undefined || /^(?:she|he|they|her|him|them)$/i.test(absent.trim())) return leadBefore;
  return roleMatches(absent).length > 0 || leadNamed(absent, mentions);
}

/**
 * Whether the words name a lead read before: a lead the policy has named (namesEarlierLead), or by first name a
 * person named in full before a lead's role the reader left unnamed, within NEAR of it on its line ("Sister Ann Hale,
 * who is the designated safeguarding lead for the scheme" — then "Ann").
 */
function leadNamed(words: string, mentions: readonly LeadMention[]): boolean {
  if (namesEarlierLead(words, mentions)) return true;
  const first = words.trim();
  return /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(first) && leadsRead(mentions).unnamedFirsts.has(first);
}

/** A capitalised word with a capitalised word after it: a first name, then more of the name. */
const FIRST_OF_NAME = /(?<![\p{L}])(\p{Lu}\p{Ll}[\p{L}'’-]*)(?=\s\p{Lu})/gu;

/** A first name and more of the name opening a paragraph, the verb "is" after: "Ann Hale-Bright is …". */
const PARAGRAPH_OPENER = /^(\p{Lu}\p{Ll}[\p{L}'’-]*)[^\S\n]\p{Lu}[\p{L}'’-]*[^\S\n]+is[^\S\n]/u;

/**
 * What the mentions read so far say of the leads, kept as the list grows (the list only grows while the lines are
 * read; a mention read is not changed after), so that a line's readers need not walk every mention: where the first
 * lead's role is read, and the first names (FIRST_OF_NAME) within 2 × NEAR before a lead's role left unnamed.
 */
interface LeadsRead {
  seen: number;
  firstLead: number;
  unnamedFirsts: Set<string>;
}
const LEADS_READ = new WeakMap<readonly LeadMention[], LeadsRead>();

function leadsRead(mentions: readonly LeadMention[]): LeadsRead {
  let read = LEADS_READ.get(mentions);
  if (!read || read.seen > mentions.length) {
    read = { seen: 0, firstLead: Number.POSITIVE_INFINITY, unnamedFirsts: new Set() };
    LEADS_READ.set(mentions, read);
  }
  for (; read.seen < mentions.length; read.seen++) {
    const m = mentions[read.seen];
    if (m.role !== "dsl" || m.team) continue;
    read.firstLead = Math.min(read.firstLead, m.offset);
    if (m.name) continue;
    const at = m.offset - m.line.offset;
    const before = m.line.text.slice(Math.max(0, at - 2 * NEAR), at);
    for (const word of before.matchAll(FIRST_OF_NAME)) read.unnamedFirsts.add(word[1]);
    // "Ann Hale is the person you go to … She keeps the records … lists her as our Welfare Officer": the name
    // opening the role's paragraph, however far before it.
    const opener = PARAGRAPH_OPENER.exec(m.line.text.slice(contentStart(m.line.text), at));
    if (opener) read.unnamedFirsts.add(opener[1]);
  }
  return read;
}

/**
 * Where a deputy's words end after "takes her place" (at `end` on the line), when "her" is the lead's: a lead is read
 * before (`leadBefore`), and either a deputy's role follows after "as" ("… as deputy DSL", not of another setting), or
 * the lead is said to be away — in the opening clause (`absent`) or after ("when she is away", "in her absence") —
 * with the lead's own role after "as" or the clause ending there (DEPUTY_CLAUSE_ENDS, "and …", a bracket). Not "…
 * as chair", "… on the committee", "… at the AGM", "… when she retires".
 */
function placeTakenEnd(
  line: Line,
  mentions: readonly LeadMention[],
  end: number,
  absent: boolean,
  leadBefore: boolean,
): number | undefined {
  if (!leadBefore) return undefined;
  const rest = line.text.slice(end);
  const as = AS_ROLE.exec(rest);
  if (as) {
    const at = line.offset + end + as[0].length;
    const role = lineMentionAt(mentions, line, at);
    if (!role || otherSettingAfter(line.text.slice(role.endOffset - line.offset))) return undefined;
    const away = absent || ABSENCE_AFTER.test(line.text.slice(role.endOffset - line.offset));
    return role.role === "deputy" || away ? role.endOffset : undefined;
  }
  if (!PLACE_CLAUSE_ENDS.test(rest)) return undefined;
  return absent || ABSENCE_AFTER.test(rest) ? line.offset + end : undefined;
}

/** The role read on `line` (the last read: its mentions end the list) that starts at `at` (bold marks allowed). */
function lineMentionAt(mentions: readonly LeadMention[], line: Line, at: number): LeadMention | undefined {
  for (let i = mentions.length - 1; i >= 0 && mentions[i].line === line; i--) {
    const m = mentions[i];
    if (!m.team && m.offset >= at && m.offset <= at + 2) return m;
  }
  return undefined;
}

/** Whether a deputy of that name is read on `line` already (the absence's reader may have named them). */
function deputyOnLine(mentions: readonly LeadMention[], line: Line, name: string): boolean {
  const key = nameKey(name);
  for (let i = mentions.length - 1; i >= 0 && mentions[i].line === line; i--) {
    const m = mentions[i];
    if (m.role === "deputy" && m.name && sameName(nameKey(m.name), key)) return true;
  }
  return false;
}

/** A quick test before deputyOfLeadInSentence: "as deputy", "is also our deputy", "the deputy" then a capital. */
const DEPUTY_OF_LEAD_QUICK = /\b(?:as|is|are|the|our)\s+deputy\s+\p{Lu}/u;
/** Just before the deputy's label: "acts as ", "serves as the ", "is also our ", "is the ". */
const DESCRIBED_AS = /(?<![\p{L}])(?:as|is|are)\s+(?:also\s+)?(?:(?:the|our)\s+)?$/iu;
/** The deputy's prefix and the rest of the label: "deputy Club Safeguarding Officer". */
const DEPUTY_LABEL_TITLE = /^(?:deputy|depute)\s+(?<title>\S.*)$/iu;
/** A name's word that says who, not which person: a title. */
const NAME_TITLE = /^(?:mr|mrs|ms|miss|mx|dr|revd|rev|the)\.?$/i;

/**
 * A person described as the deputy of the lead's own title, in running text: "When Gareth is away, Anjali takes any
 * concern in his place and acts as deputy Club Safeguarding Officer" (or "is also our deputy …", "is the deputy …"),
 * where the policy names a lead with that very title ("Club Safeguarding Officer" / "Name: Mr Gareth …"): the one
 * other person named for a role whose name (or a word of it: a first name) the sentence gives before the label holds
 * the deputy's role. Two such people in the sentence, or none: no name.
 */
function deputyOfLeadInSentence(mentions: LeadMention[]): void {
  const squash = (words: string) => words.replace(/\s+/g, " ").trim().toLowerCase();
  const named = mentions.filter((m) => m.role === "dsl" && m.name && !m.team);
  for (const mention of mentions) {
    if (mention.role !== "deputy" || mention.name || mention.placeholder !== undefined || mention.team)
      continue;
    const title = DEPUTY_LABEL_TITLE.exec(mention.label)?.groups?.title;
    if (!title) continue;
    const leads = named.filter((m) => squash(plain(m.label)) === squash(title));
    if (leads.length === 0) continue;
    const line = mention.line;
    const before = line.text.slice(
      Math.max(0, mention.offset - line.offset - 2 * NEAR),
      mention.offset - line.offset,
    );
    if (!DESCRIBED_AS.test(before)) continue;
    // From the sentence's start, or the last label's colon ("Mobile: 07700 …" before it in a PDF's joined text).
    const opened = before.slice((allMatches(SENTENCE_ENDS, before).at(-1)?.index ?? -1) + 1);
    const sentence = opened.slice(opened.lastIndexOf(":") + 1);
    const said = new Set(sentence.match(/(?<![\p{L}])\p{Lu}[\p{L}'’-]+/gu) ?? []);
    const leadKeys = new Set(leads.map((m) => nameKey(m.name ?? "")));
    const people = new Map<string, LeadMention>();
    for (const m of named) {
      const key = nameKey(m.name ?? "");
      if (leadKeys.has(key)) continue;
      const words = (m.name ?? "").split(/\s+/).filter((w) => !NAME_TITLE.test(w));
      if (words.some((w) => said.has(w))) people.set(key, m);
    }
    // The lead's own name in the sentence ("When Gareth is away") is set aside above; two others: whose is it?
    if (people.size !== 1) continue;
    const person = [...people.values()][0];
    mention.name = person.name;
    mention.names = [person.name ?? ""];
  }
}

function nameDeputises(line: Line, mentions: readonly LeadMention[], text: string): LeadMention[] {
  const found: LeadMention[] = [];
  // Where the first lead's role is read: "her" may stand for a lead only after it.
  const firstLead = leadsRead(mentions).firstLead;
  for (const match of allMatches(NAME_DEPUTISES, line.text)) {
    const at = match.index ?? 0;
    const end = at + match[0].length;
    const named = match.groups?.named;
    // "… deputises for Bronagh on anything to do with the scheme": a lead by name, on her work.
    if (named !== undefined && !(leadNamed(named, mentions) && NAMED_SCOPE.test(line.text.slice(end))))
      continue;
    const pronoun = match.groups?.whom !== undefined || match.groups?.place !== undefined;
    const lead = pronoun || named ? undefined : ownLeadRoleAt(line, mentions, line.offset + end);
    if (!pronoun && !named && !lead) continue;
    // The sentence the verb is in, from its start: the line's content or the last sentence's end before it.
    const from = Math.max(contentStart(line.text), at - NEAR);
    const before = line.text.slice(from, at);
    const ends = allMatches(SENTENCE_ENDS, before).map((m) => (m.index ?? 0) + 1);
    const start = ends.at(-1) ?? 0;
    const sentence = before.slice(start);
    const subject = subjectBefore(sentence) ?? firstNameSubject(sentence, text);
    if (!subject) continue;
    const subjectAt = from + start + subject.person.start;
    const leadBefore = firstLead < line.offset + at && pronounIsLeads(line, mentions, subjectAt);
    const absent = subject.opening.trim() !== "" && leadAbsentIn(subject.opening, mentions, leadBefore);
    if (subject.opening.trim() !== "" && !absent) continue;
    const labelEnd = named
      ? line.offset + end
      : lead
        ? lead.endOffset
        : placeTakenEnd(line, mentions, end, absent, leadBefore);
    if (labelEnd === undefined || deputyOnLine(mentions, line, subject.person.name)) continue;
    const mention = heldDeputy(
      line,
      line.text.slice(at, labelEnd - line.offset),
      line.offset + at,
      labelEnd,
      {
        person: subject.person,
        base: line.offset + from + start,
      },
    );
    COVERS_FOR_ANOTHER.add(mention);
    found.push(mention);
  }
  return found;
}

/**
 * Whether "she" or "her" before or after a deputy's name (at `subjectAt` on `line`) can stand for the lead: the
 * nearest person named in full before the deputy on the line (within 2 × NEAR) is a lead the policy has named, or a lead's
 * role is read in that person's sentence; with no person named there, a lead's role before the deputy on the line,
 * or none said otherwise (a lead read on a line above). Not "Our administrator, Mrs Jo Bell, keeps the register. Mr
 * Tom Hale takes her place when she is on leave": "her" is Jo Bell's.
 */
function pronounIsLeads(line: Line, mentions: readonly LeadMention[], subjectAt: number): boolean {
  const from = Math.max(contentStart(line.text), subjectAt - 2 * NEAR);
  const window = line.text.slice(from, subjectAt);
  const person = peopleIn(window, 20)
    .filter((p) => fullPerson(p.name) && !placeOrGroup(p.name))
    .at(-1);
  if (!person) return true;
  if (leadNamed(person.name, mentions)) return true;
  const ends = allMatches(SENTENCE_ENDS, window.slice(0, person.start)).map((m) => (m.index ?? 0) + 1);
  return leadRoleOnLine(mentions, line, line.offset + from + (ends.at(-1) ?? 0), line.offset + subjectAt);
}

/** Whether a lead's role (not a team) is read on `line` from `start` up to `end` (offsets in the document). */
function leadRoleOnLine(mentions: readonly LeadMention[], line: Line, start: number, end: number): boolean {
  for (let i = mentions.length - 1; i >= 0 && mentions[i].line === line; i--) {
    const m = mentions[i];
    if (m.role === "dsl" && !m.team && m.offset >= start && m.offset < end) return true;
  }
  return false;
}

/**
 * "Martin and Priya cover for each other when one of them is away": two leads the policy has named, each by whole or
 * first name, each the other's deputy — the clause ending there (DEPUTY_CLAUSE_ENDS: "when …", "for safeguarding").
 * Not two people who are no leads ("Ben and Sara cover for each other at lunch"), nor cover somewhere else ("… at
 * lunch", "… on match days" said of the leads).
 */
const EACH_OTHER =
  /(?<![\p{L}'’-])(?<first>\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,2})[^\S\n]+(?:and|&)[^\S\n]+(?<second>\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,2})[^\S\n]+(?:(?:will|can|also|always)[^\S\n]+)?(?:cover|deputi[sz]e|stand[^\S\n]+in|step[^\S\n]+in)[^\S\n]+for[^\S\n]+(?:each[^\S\n]+other|one[^\S\n]+another)(?![\p{L}])/gu;
const EACH_OTHER_QUICK = /\bfor\s+(?:each\s+other|one\s+another)\b/i;

function eachOtherDeputies(lines: Line[], mentions: readonly LeadMention[]): LeadMention[] {
  const found: LeadMention[] = [];
  // Each name looked up among the leads once: a long policy may say it on every line.
  const looked = new Map<string, LeadMention | undefined>();
  const called = (words: string) => {
    if (!looked.has(words)) looked.set(words, leadCalled(words, mentions));
    return looked.get(words);
  };
  for (const line of lines) {
    if (isTableRow(line) || !EACH_OTHER_QUICK.test(line.text)) continue;
    for (const match of allMatches(EACH_OTHER, line.text)) {
      const { first = "", second = "" } = match.groups ?? {};
      const end = (match.index ?? 0) + match[0].length;
      if (!PLACE_CLAUSE_ENDS.test(line.text.slice(end))) continue;
      // "Club Welfare Officers Martin and Priya …": the first name is the last words before "and".
      const words = first.split(/\s+/);
      let one: LeadMention | undefined;
      for (let n = words.length; n > 0 && !one; n--) one = called(words.slice(-n).join(" "));
      const other = called(second);
      if (!one?.name || !other?.name || sameName(nameKey(one.name), nameKey(other.name))) continue;
      for (const lead of [one, other])
        found.push({
          role: "deputy",
          label: match[0],
          offset: line.offset + (match.index ?? 0),
          endOffset: line.offset + end,
          name: lead.name,
          names: [lead.name ?? ""],
          nameOffset: lead.nameOffset,
          nameEndOffset: lead.nameEndOffset,
          line,
        });
    }
  }
  return found;
}

/**
 * The one lead the policy names whose name the words are: whole, by first name ("Priya" of "Priya Chandra") or by
 * title and surname ("Ms Chandra") — capitalised words, nothing else. Two leads so called: no telling which.
 */
function leadCalled(words: string, mentions: readonly LeadMention[]): LeadMention | undefined {
  if (!/^\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(words.trim())) return undefined;
  const key = nameKey(words);
  if (key === "") return undefined;
  // One word: a first name ("Priya"), or a surname after a title ("Mrs Chandra").
  const single = key.includes(" ") ? undefined : HONORIFIC_AT_START.test(words.trim()) ? -1 : 0;
  let called: LeadMention | undefined;
  for (const m of mentions) {
    if (m.role !== "dsl" || m.team || !m.name) continue;
    const lead = nameKey(m.name);
    if (!(single === undefined ? sameName(lead, key) : lead.split(" ").at(single) === key)) continue;
    if (called && nameKey(called.name ?? "") !== lead) return undefined;
    called ??= m;
  }
  return called;
}

/** The deputy a pronoun stands for ("She is his deputy", "She deputises for the …"): the person named before it. */
function heldDeputy(
  line: Line,
  label: string,
  offset: number,
  endOffset: number,
  held: { person: FoundName; base: number },
): LeadMention {
  const mention: LeadMention = {
    role: "deputy",
    label,
    offset,
    endOffset,
    name: nameOf(held.person),
    names: [nameOf(held.person)],
    nameOffset: held.base + held.person.start,
    nameEndOffset: held.base + held.person.end,
    line,
  };
  PRONOUN_HELD.add(mention);
  return mention;
}

/**
 * A form's question after a role: "informed", "contacted", "notified", "told", "consulted", "signature", "sign",
 * "initials" (a bracket of what to write may follow: "told (date and time)"), then a question mark or a colon, or
 * nothing. What is left is the form's fill-in (FORM_FILL_IN).
 */
const FORM_QUESTION_AFTER =
  /^(?:\*\*|__(?!_))?[^\S\n]*(?:informed|contacted|notified|told|consulted|alerted|signature|sign|signed|initials)(?![\p{L}])(?:[^\S\n]*\([\p{Ll}\s/,-]{1,40}\))?[^\S\n]*(?:\*\*|__(?!_))?[^\S\n]*(?:\?[^\S\n]*:?|:)?[^\S\n]*(?:\*\*|__(?!_))?/iu;
/**
 * Before the role on a form's line: nothing, a tick box, or the field's own words ("Date", "Time", "Was the", "Has
 * the").
 */
const FORM_QUESTION_BEFORE =
  /^(?:\*\*|__)?[^\S\n]*(?:\\?\[[ xX]?\\?\][^\S\n]*|[☐□❑][^\S\n]*)?(?:(?:date|time|date\s+and\s+time|date\s*\/\s*time|was|were|has|have)[^\S\n]+)?(?:the[^\S\n]+)?(?:\*\*|__)?[^\S\n]*$/iu;
/** A form's fill-in: nothing yet, a blank ("______", "……"), tick boxes or "Yes / No". */
const FORM_FILL_IN = /^[^\S\n]*(?:$|[☐□❑]|(?:yes|no|y|n)[^\S\n]*\/[^\S\n]*(?:yes|no|y|n)(?![\p{L}]))/iu;

function formFillIn(text: string): boolean {
  const plainText = text.replace(/\\_/g, "_");
  return FORM_FILL_IN.test(plainText) || placeholderAt(plainText) !== undefined;
}

/**
 * A role in a form's question, not a label naming its holder: "Deputy Welfare Officer informed: ______", "Date DSL
 * notified: ____", "Deputy DSL signature:", "| Deputy DSL informed? | ______ |" — the role opens its line (or cell),
 * a form's verb follows it, and only the form's fill-in after that (in a table, the cells after it too).
 */
function formQuestion(line: Line, cells: Cell[] | undefined, mention: LeadMention): boolean {
  const at = mention.offset - line.offset;
  const after = mention.endOffset - line.offset;
  const quick = /^(?:\*\*|__)?[^\S\n]*(?:informed|contacted|notified|told|consulted|alerted|sign|initials)/i;
  if (!quick.test(line.text.slice(after, after + 20))) return false;
  if (cells) {
    const index = cells.findIndex((c) => c.offset <= mention.offset && c.endOffset >= mention.endOffset);
    const cell = cells[index];
    if (!cell) return false;
    if (!FORM_QUESTION_BEFORE.test(line.text.slice(cell.offset - line.offset, at))) return false;
    const rest = line.text.slice(after, cell.endOffset - line.offset);
    const question = FORM_QUESTION_AFTER.exec(rest);
    if (!question || !formFillIn(rest.slice(question[0].length))) return false;
    return cells.slice(index + 1).every((c) => formFillIn(plain(c.text)));
  }
  if (!FORM_QUESTION_BEFORE.test(line.text.slice(contentStart(line.text), at))) return false;
  const rest = line.text.slice(after);
  const question = FORM_QUESTION_AFTER.exec(rest);
  return question !== null && formFillIn(rest.slice(question[0].length));
}

/**
 * A name, their job between commas (a bracket allowed), then "who deputises for her" or "… for the <lead's role>":
 * "In her absence, concerns go to Dev Okoro, Senior Librarian (Children and Young People), who deputises for her",
 * "…, Senior Curator, who stands in for the safeguarding lead". The name is the deputy's. "Her"/"him" needs a lead
 * named before it on the line or above; "the …" needs the lead's role straight after (not a deputy's, nor another
 * setting's): "…, who deputises for the Branch Supervisor" is no safeguarding deputy.
 */
const NAMED_DEPUTISES =
  /(?<name>\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){1,3}),[^\S\n]+(?:(?<job>\p{Lu}[^,.;:\n]{1,80}?),[^\S\n]+)?who[^\S\n]+(?:also[^\S\n]+)?(?:deputi[sz]es|stands[^\S\n]+in|covers)[^\S\n]+for[^\S\n]+(?:(?<pronoun>her|him|them)(?![\p{L}])|(?:the|our)[^\S\n]+|(?<lead>\p{Lu}[\p{L}'’-]*)(?![\p{L}'’-]))/gu;
/** A verb of getting in touch before the name, opening the sentence: "Ring Kiran Oduya-Fenwick, who …". */
const OPENING_CONTACT_VERB = /^(?:Ring|Call|Phone|Contact|Tell|Ask|Text|Email|E-mail)[^\S\n]+/u;
const NAMED_DEPUTISES_QUICK = /,\s+who\s+(?:also\s+)?(?:deputi[sz]es|stands\s+in|covers)\s+for\s/i;

function namedDeputises(line: Line, mentions: readonly LeadMention[]): LeadMention[] {
  const found: LeadMention[] = [];
  for (const match of allMatches(NAMED_DEPUTISES, line.text)) {
    const { name: named = "", pronoun, lead: leadName } = match.groups ?? {};
    const verb = OPENING_CONTACT_VERB.exec(named)?.[0].length ?? 0;
    const words = named.slice(verb);
    const at = (match.index ?? 0) + verb;
    const whole = match[0].slice(verb);
    const end = line.offset + at + whole.length;
    // "The Branch Supervisor, …": a job after "the" or "our" is no name.
    if (jobBeforeName(line.text.slice(Math.max(0, at - 12), at), words)) continue;
    const person = nameAt(words);
    if (person?.start !== 0 || person.name !== words.trim() || !/\s/.test(person.name)) continue;
    if (wordsOfTheLanguage(person.name)) continue;
    let label: string;
    let endOffset: number;
    const who = whole.lastIndexOf("who");
    if (pronoun) {
      // "… who deputises for her": a lead named before, on this line or above.
      if (!mentions.some((m) => m.role === "dsl" && !m.team && m.name && m.offset < line.offset + at))
        continue;
      label = whole.slice(who);
      endOffset = end;
    } else if (leadName !== undefined) {
      // "… who covers for Marigold whenever she is away": a lead by name, while the lead is away or on her work.
      const rest = line.text.slice(end - line.offset);
      if (!leadNamed(leadName, mentions) || !(ABSENCE_AFTER.test(rest) || NAMED_SCOPE.test(rest))) continue;
      label = whole.slice(who);
      endOffset = end;
    } else {
      // "… who deputises for the safeguarding lead": the lead's role, as this line's mentions read it, straight after.
      const lead = ownLeadRoleAt(line, mentions, end);
      if (!lead) continue;
      label = line.text.slice(at + who, lead.endOffset - line.offset);
      endOffset = lead.endOffset;
    }
    found.push(
      heldDeputy(line, label, line.offset + at + who, endOffset, {
        person,
        base: line.offset + at,
      }),
    );
  }
  return found;
}

/** "Her proper name is", "His job title is the": Easy Read tying its plain words for a person to the role's name. */
const FORMAL_NAME_BEFORE =
  /(?<![\p{L}])(?:[Hh]er|[Hh]is|[Tt]heir)\s+(?:proper|real|official|formal|full|job)\s+(?:name|title)\s+is\s+(?:the\s+|our\s+|a\s+)?$/u;

/**
 * "Our safety person is Ann Lee. Her proper name is Designated Safeguarding Lead.": the role's holder is the one
 * the sentence before says someone is, ending it — not one of several doing something ("Ann Lee and Tom Ure run
 * the group.").
 */
function formalNameOf(line: Line, mention: LeadMention): void {
  const at = mention.offset - line.offset;
  const tie = FORMAL_NAME_BEFORE.exec(line.text.slice(Math.max(0, at - 50), at));
  if (!tie) return;
  const start = at - tie[0].length;
  const from = Math.max(0, start - 80);
  const said = COMPLEMENT_NAME.exec(line.text.slice(from, start));
  if (!said?.groups) return;
  const words = said.groups.name;
  const name = nameAt(words);
  if (name?.start !== 0 || name.name !== words.trim() || !/\s/.test(name.name)) return;
  // The frame says who it is ("X is A B. Her proper name is …"): a name's shape will do, though the tagger knows
  // neither word ("Kezia Mensah") — not words of the language ("Always Here").
  if (wordsOfTheLanguage(name.name)) return;
  const base = line.offset + from + (said.index ?? 0) + said[0].indexOf(words);
  setNames(mention, [name], base);
}

/** A sentence's end saying who someone is: "… is **Ann Lee**. " (bold or not). */
const COMPLEMENT_NAME =
  /(?<![\p{L}])(?:is|are)\s+(?:\*\*|__)?(?<name>\p{Lu}[^.!?*_\n]{2,60}?)(?:\*\*|__)?\s*[.!]\s*$/u;

/** A pronoun, or its possessive, opening a sentence: "He is the Assistant Leader.", "Her job is …". */
const PRONOUN_OPENS = /^\s*(?:[Ss]he|[Hh]e|[Tt]hey|[Hh]er|[Hh]is|[Tt]heir)\s/;

/**
 * The people a sentence says to get in touch with, by their full names straight after the verb ("talk to Dom
 * Hale."), though the tagger knows neither word — not words of the language ("ring Social Care").
 */
function contactedIn(sentence: string): FoundName[] {
  const found: FoundName[] = [];
  for (const verb of allMatches(CONTACT_VERB, sentence)) {
    // "talk to **Dom Hale**": Easy Read sets the name in bold.
    const from =
      (verb.index ?? 0) +
      verb[0].length +
      (/^(?:\*\*|__)/.test(sentence.slice((verb.index ?? 0) + verb[0].length)) ? 2 : 0);
    const name = nameAt(sentence.slice(from, from + 60));
    if (!name || !/\s/.test(name.name.trim()) || wordsOfTheLanguage(name.name)) continue;
    found.push({ name: name.name, start: from + name.start, end: from + name.end });
  }
  return found;
}

/**
 * The person a pronoun at `at` stands for (`said` opens with it: "she is the deputy", "Her proper name is"): one
 * named before it in its sentence (pronounHolder). When the pronoun opens its sentence, Easy Read's short sentences
 * are read back: over at most two more that open with a pronoun too ("He is the Assistant Leader."), to the one
 * that names someone ("If Ann is not there, talk to Dom Hale. He is the Assistant Leader. He is our deputy …").
 */
function pronounPerson(
  line: Line,
  at: number,
  said: string,
  onlyOne = false,
): { person: FoundName; base: number } | undefined {
  const from = Math.max(0, at - NEAR * 2);
  const before = line.text.slice(from, at);
  // The pronoun's first letter after `before`: a full stop just before a capitalised pronoun ends a sentence.
  const ends = allMatches(SENTENCE_ENDS, before + line.text.slice(at, at + 1)).map((m) => (m.index ?? 0) + 1);
  let stop = before.length;
  for (let back = 0; back <= 3; back++) {
    const start = ends.filter((e) => e < stop).at(-1) ?? 0;
    const sentence = before.slice(start, stop);
    // A person by the tagger, a title or an initial, set off by commas after a job ("our office manager, Ann
    // Lee, on …"), or — in an earlier sentence — straight after a contact verb ("talk to Dom Hale."), where a name
    // stands.
    const apposition = (p: FoundName) =>
      /,\s*$/.test(sentence.slice(0, p.start)) && /^\s*[,(]/.test(sentence.slice(p.end));
    const people = peopleIn(sentence, 6).filter(
      (p) =>
        /\s/.test(p.name.trim()) &&
        (TITLED_OR_INITIAL.test(p.name) || looksLikePerson(p.name) || apposition(p)),
    );
    if (back > 0)
      people.push(...contactedIn(sentence).filter((c) => !people.some((p) => p.start === c.start)));
    if (people.length > 0) {
      // Two people named where only the one may be meant ("She deputises for …" after "Ms A and Ms B …"): no one.
      if (onlyOne && people.length > 1) return undefined;
      const person = pronounHolder(sentence, people, said);
      return person ? { person, base: line.offset + from + start } : undefined;
    }
    // Read back only from a sentence the pronoun opens, and over sentences a pronoun opens.
    if (start === 0 || (back === 0 ? sentence.trim() !== "" : !PRONOUN_OPENS.test(sentence)))
      return undefined;
    stop = start;
  }
  return undefined;
}

/** A title that says whether "she" or "he" may stand for its holder. */
const TITLE_SHE = /^(?:Mrs|Ms|Miss|Madam|Lady|Dame|Sister)\.?\s/;
const TITLE_HE = /^(?:Mr|Sir|Lord|Brother)\.?\s/;
/** What ends a clause before the pronoun: "…; he is", "… — she is", "…. She is". */
const CLAUSE_BREAK = /[;—–]|\s-\s|[.!?]\s/gu;
/** Words that may open a clause before its subject: "and Ann Lee …", "Our office manager, Ann Lee, …". */
const BEFORE_SUBJECT = /^\s*(?:(?:and|but|so|then|also)\s+|(?:our|the|their)\s+[\p{Ll}\s-]{2,40},\s*)?$/iu;
/** "… ring Ann Lee …", "… contact our office manager, Ann Lee, on …": a person to get in touch with. */
const CONTACT_VERB = /(?<![\p{L}])(?:ring|call|phone|contact|tell|ask|(?:speak|talk)\s+to)\s/giu;

/**
 * The person a pronoun said to be the deputy stands for, among the people named in its sentence before it: the subject
 * of the clause it follows ("Tom Ure covers when the head, Mrs Patel, is away; he is the deputy"), the one that clause
 * says to contact ("If Ffion is out, ring our office manager, Ann Lee, on … — she is"), or the only one — and never one
 * whose title says otherwise ("Mr", "she"). When two might be meant, no one: deputy-missing is a warning, a wrong name
 * a false error.
 */
function pronounHolder(sentence: string, people: FoundName[], said: string): FoundName | undefined {
  const pronoun = said.split(/\s/)[0].toLowerCase();
  const gendered = (p: FoundName) =>
    (pronoun === "she" && TITLE_SHE.test(p.name)) || (pronoun === "he" && TITLE_HE.test(p.name));
  const agrees = (p: FoundName) =>
    pronoun === "they" ||
    !(pronoun === "she" ? TITLE_HE.test(p.name) : TITLE_SHE.test(p.name) || /^(?:Mx)\.?\s/.test(p.name));
  const fit = people.filter(agrees);
  if (fit.length <= 1) return fit[0];
  // The clause the pronoun follows: from the last break before it (not the one just before the pronoun).
  const body = trimEndWhere(sentence, /[\s;,:—–-]/);
  const clause = (allMatches(CLAUSE_BREAK, body).at(-1)?.index ?? -1) + 1;
  const inClause = fit.filter((p) => p.start >= clause);
  const subject = inClause.find((p) => BEFORE_SUBJECT.test(sentence.slice(clause, p.start)));
  const verb = allMatches(CONTACT_VERB, body.slice(clause)).at(-1);
  const contacted = verb ? inClause.filter((p) => p.start >= clause + (verb.index ?? 0)) : [];
  const chosen = subject ?? (contacted.length === 1 ? contacted[0] : undefined);
  // "Tom Ure covers when Mrs Patel is away; she is …": a title that agrees outweighs a subject with none. And
  // "Tom Ure covers when Ann Lee is out; she is …": two people no title tells apart — the words cannot say which
  // the pronoun means (a wrong name would be a false finding about them), so nobody is named.
  if (chosen && !gendered(chosen) && fit.some((p) => p !== chosen && (gendered(p) || chosen === subject)))
    return undefined;
  return chosen;
}

/**
 * A job said to deputise for the lead: "the **Responsible Individual** deputises for him", "our Operations Director
 * stands in for the Safeguarding Manager", "The Office Manager covers for the DSL". The job's words (one to four
 * capitalised words after "the" or "our") run straight into the verb, so "does not deputise" and "never deputises"
 * are no match; whom it deputises for is "him", "her" or "them" or a role after "the" or "our" (checked against the
 * line's lead mentions).
 */
const JOB_DEPUTISES =
  /(?<![\p{L}'’])(?:[Tt]he|[Oo]ur)[^\S\n]+(?:\*\*|__)?(?<job>\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,3})(?:\*\*|__)?[^\S\n]+(?:(?:also|then|always|normally|usually)[^\S\n]+)?(?:deputi[sz]es|stands[^\S\n]+in|covers|acts[^\S\n]+as[^\S\n]+(?:the[^\S\n]+|a[^\S\n]+)?deputy)[^\S\n]+for[^\S\n]+(?:(?<pronoun>him|her|them)(?![\p{L}])|(?:the|our)[^\S\n]+)/gu;
const JOB_DEPUTISES_QUICK =
  /deputi[sz]es\s+for|stands\s+in\s+for|covers\s+for|as\s+(?:the\s+|a\s+)?deputy\s+for|\bis\s+(?:also\s+)?(?:her|his|their)\s+deputy\b/i;
/**
 * After a job's "is her deputy", where the deputy is the lead's: the clause ends there ("is her deputy.", "; …", ", …",
 * "is her deputy when she is away", "… in her absence"), or goes on "for safeguarding", "for child protection" (then
 * perhaps "and <one word>" and "purposes": "for safeguarding purposes", "for safeguarding and welfare") or "for <one or
 * two words> matters" ("for choir matters"). Not "her deputy in running the school", "as head of the upper school",
 * "on the leadership team", "for safeguarding and the running of …": a deputy in another work.
 */
const DEPUTY_CLAUSE_ENDS = String.raw`(?:[^\S\n]+for[^\S\n]+(?:(?:[Ss]afeguarding|[Cc]hild[^\S\n]+[Pp]rotection)(?:[^\S\n]+and[^\S\n]+(?:child[^\S\n]+protection|[\p{L}'’-]+))?(?:[^\S\n]+purposes)?|[\p{L}'’-]+(?:[^\S\n]+[\p{L}'’-]+)?[^\S\n]+matters)(?![\p{L}-]))?(?=[^\S\n]*(?:[.;:,!?)]|\*\*|__|$)|[^\S\n]+(?:when|whenever|while|whilst|if|in[^\S\n]+(?:her|his|their)[^\S\n]+absence)(?![\p{L}]))`;
/**
 * After "takes her place" or "cover for each other": the clause ends there (DEPUTY_CLAUSE_ENDS: ".", "when …", "for
 * safeguarding"), or goes on "and …" ("… and has the same authority to make a referral") or to a bracket of contacts.
 */
const PLACE_CLAUSE_ENDS = new RegExp(
  String.raw`^(?:${DEPUTY_CLAUSE_ENDS}|[^\S\n]+and(?![\p{L}])|[^\S\n]*\()`,
  "u",
);
/**
 * After "deputises for <the lead's name>": the clause ends (PLACE_CLAUSE_ENDS), or the lead's work follows — "on
 * anything to do with the scheme", "on all safeguarding matters", "in any child protection case", "on all matters."
 * (the clause ending there), "for the holiday club". Not "at the AGM", "on the committee", "as chair", nor other work
 * after "all" or "any" ("on all Forest School trips she cannot lead").
 */
const NAMED_SCOPE = new RegExp(
  String.raw`(?:${PLACE_CLAUSE_ENDS.source})|^[^\S\n]+(?:(?:on|in)[^\S\n]+(?:anything|everything|(?:(?:all|any)[^\S\n]+)?(?:safeguarding|child[^\S\n]+protection|welfare)(?![\p{L}])|(?:all|any)[^\S\n]+(?:matters?|issues?|concerns?)(?=[^\S\n]*(?:[.;:,!?)]|$)|[^\S\n]+(?:when|whenever|while|whilst|if)(?![\p{L}])))|for[^\S\n]+(?:the|our)[^\S\n]+(?!(?:AGM|annual|meetings?|committee|board|trustees|council)(?![\p{L}]))[\p{L}])`,
  "u",
);
/**
 * A job said in a sentence of its own to be the lead's deputy: "The Choir Safeguarding Rep is her deputy for choir
 * matters", "… is her deputy." Not "is her deputy head" or "is her Deputy Manager" (NOT_A_DEPUTY_JOB), nor "is her
 * deputy in running the school" (DEPUTY_CLAUSE_ENDS).
 */
const JOB_IS_DEPUTY = new RegExp(
  String.raw`(?<![\p{L}'’])(?:[Tt]he|[Oo]ur)[^\S\n]+(?:\*\*|__)?(?<job>\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,3})(?:\*\*|__)?[^\S\n]+is[^\S\n]+(?:also[^\S\n]+)?(?<pronoun>her|his|their)[^\S\n]+[Dd]eputy${NOT_A_DEPUTY_JOB}${DEPUTY_CLAUSE_ENDS}`,
  "gu",
);
/** The sentence before the job's opens with the lead's role, its subject: "The Parish Safeguarding Officer leads …". */
const LEAD_OPENS_SENTENCE = /^[^\S\n]*(?:The|Our)[^\S\n]+(?:\*\*|__)?(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){0,3}$/u;

/**
 * The people named as deputies by a job said to deputise for the lead (JOB_DEPUTISES: "the Office Manager covers for
 * her", "… stands in for the DSL") or to be her deputy (JOB_IS_DEPUTY: "The Choir Safeguarding Rep is her deputy",
 * the clause ending there or going on "for … matters"): the job's holder, as the policy names it elsewhere
 * (holderOfJob). A pronoun stands for the lead only with a lead's role earlier in its sentence ("When the
 * Safeguarding Manager is on leave, … the Responsible Individual deputises for him") or, where the job opens its
 * sentence, as the subject of the sentence just before ("The Parish Safeguarding Officer leads on …. The Choir
 * Safeguarding Rep is her deputy"); a role after "the" must be the lead's own (a mention found there, no deputy's
 * prefix, not a possessive: "covers for the DSL's line manager"). A job that is itself a safeguarding role is left to
 * the role readers; a holder who is a named lead is no deputy (each job's holder looked up and compared once).
 */
function jobDeputies(lines: Line[], mentions: readonly LeadMention[]): LeadMention[] {
  const found: LeadMention[] = [];
  const leadNames = mentions
    .filter((m) => m.role === "dsl" && m.name && !m.team)
    .map((m) => nameKey(m.name ?? ""));
  // Each line's lead mentions and each job's holder are looked up once: a long policy saying "the Office Manager
  // covers for her" on every line would otherwise read all mentions and all lines again for every match.
  const leadsByLine = new Map<Line, LeadMention[]>();
  for (const m of mentions) {
    if (m.team || /^(?:deput|depute|alternate|assistant)/i.test(m.label)) continue;
    const list = leadsByLine.get(m.line);
    if (list) list.push(m);
    else leadsByLine.set(m.line, [m]);
  }
  // Sorted by offset: a pronoun's lead is looked for only in its sentence and the one before (between()), not among all
  // of a long line's mentions.
  for (const list of leadsByLine.values()) list.sort((a, b) => a.offset - b.offset);
  const holders = new Map<string, { name: string; offset: number } | undefined>();
  for (const line of lines) {
    if (isTableRow(line) || !JOB_DEPUTISES_QUICK.test(line.text)) continue;
    const leadsHere = leadsByLine.get(line) ?? [];
    const matches = [...allMatches(JOB_DEPUTISES, line.text), ...allMatches(JOB_IS_DEPUTY, line.text)];
    for (const match of matches) {
      const at = match.index ?? 0;
      const job = match.groups?.job ?? "";
      if (roleMatches(job).length > 0) continue;
      const jobAt = at + match[0].indexOf(job);
      const end = at + match[0].length;
      if (match.groups?.pronoun) {
        const from = Math.max(0, jobAt - NEAR * 2);
        const before = line.text.slice(from, jobAt);
        const ends = allMatches(SENTENCE_ENDS, before).map((e) => (e.index ?? 0) + 1);
        const start = line.offset + from + (ends.at(-1) ?? 0);
        // The lead's role earlier in the job's sentence; or, where the job opens its sentence, as the subject of the
        // sentence before ("The Parish Safeguarding Officer leads on …. The Choir Safeguarding Rep is her deputy").
        const previous = line.offset + from + (ends.at(-2) ?? 0);
        const opens = /^[^\S\n]*$/.test(line.text.slice(start - line.offset, at));
        if (
          !between(leadsHere, (m) => m.offset, previous, line.offset + jobAt).some(
            (m) =>
              m.role === "dsl" &&
              ((m.offset >= start && m.endOffset <= line.offset + jobAt) ||
                (opens &&
                  ends.length > 0 &&
                  (ends.length > 1 || from === 0) &&
                  m.offset >= previous &&
                  m.endOffset <= start &&
                  LEAD_OPENS_SENTENCE.test(line.text.slice(previous - line.offset, m.offset - line.offset)))),
          )
        )
          continue;
      } else {
        const whom = roleMatches(line.text.slice(end, end + 80))[0];
        if (
          whom?.index !== 0 ||
          whom.groups?.deputy ||
          (whom.groups?.abbr && ROLE_ABBREVIATIONS[whom.groups.abbr.toUpperCase()] === "deputy") ||
          /['’]s$/i.test(whom[0]) ||
          !leadsHere.some((m) => !m.name && m.offset === line.offset + end)
        )
          continue;
      }
      if (!holders.has(job)) {
        const holder = holderOfJob(lines, job);
        const key = holder && nameKey(holder.name);
        holders.set(job, holder && !leadNames.some((lead) => sameName(lead, key ?? "")) ? holder : undefined);
      }
      // The job's holder, none where the holder is a lead: looked up and compared once per job.
      const holder = holders.get(job);
      if (!holder) continue;
      found.push({
        role: "deputy",
        label: job,
        offset: line.offset + jobAt,
        endOffset: line.offset + jobAt + job.length,
        name: holder.name,
        names: [holder.name],
        nameOffset: holder.offset,
        nameEndOffset: holder.offset + holder.name.length,
        line,
      });
    }
  }
  return found;
}

/** A person's full name, as a title, an initial or the tagger says: "Gareth Llewellyn-Shaw", "Mrs A. Obi". */
function fullPerson(name: string): boolean {
  return (
    /\s/.test(name.trim()) &&
    (TITLED_OR_INITIAL.test(name) || looksLikePerson(name)) &&
    !wordsOfTheLanguage(name)
  );
}

/** After a name in a PDF's flattened table row: a phone number, a bullet, a bracket, a comma, an address or the end. */
const ROW_GOES_ON = /^[^\S\n]*(?:$|[\d+(,·•|]|\S+@)/u;

/**
 * The person the policy names for a job: a table row with the job alone in one cell and the person in the column
 * headed "Name" (or, with no such header, the one person in its other cells) — "| Responsible Individual | Gareth
 * Llewellyn-Shaw | 01632 … |"; the job labelling a name, after a colon or a dash ("Operations Director: Hamish
 * Oduya"); or the job straight before a name in a PDF's flattened row ("Responsible Individual Gareth Llewellyn-Shaw
 * 01632 …"), the name a person the tagger knows or followed by the row's contact details. The first such place; none
 * when the policy names nobody for the job.
 */
function holderOfJob(lines: Line[], job: string): { name: string; offset: number } | undefined {
  const key = job.toLowerCase().replace(/\s+/g, " ");
  const words = job.split(/\s+/).map(escapeRegExp).join(String.raw`[^\S\n]+`);
  const labelled = new RegExp(
    String.raw`(?<![\p{L}'’-])(?:\*\*|__)?${words}(?:\*\*|__)?[^\S\n]*(?<sep>(?:[:–—]|-(?=\s))[^\S\n]*)?(?:(?:\*\*|__)[^\S\n]*)?(?=\p{Lu})`,
    "gu",
  );
  const first = job.split(/\s+/)[0];
  for (const line of lines) {
    if (!line.text.includes(first)) continue;
    if (isTableRow(line)) {
      if (isTableSeparator(line)) continue;
      const cells = tableCells(line);
      const own = cells.findIndex((c) => plain(c.text).toLowerCase().replace(/\s+/g, " ") === key);
      if (own < 0) continue;
      const header = headerAbove(lines, line);
      const nameColumn = header ? header.findIndex((h, i) => i !== own && saysEither(NAME_HEADER, h)) : -1;
      const people = (
        nameColumn >= 0 ? [cells[nameColumn]].filter(Boolean) : cells.filter((_, i) => i !== own)
      )
        .flatMap((cell) =>
          namesInCell(cell, false).map((n) => ({ name: nameOf(n), offset: cell.offset + n.start })),
        )
        .filter((p) => (nameColumn >= 0 ? /\s/.test(p.name.trim()) : fullPerson(p.name)));
      if (new Set(people.map((p) => nameKey(p.name))).size === 1) return people[0];
      continue;
    }
    for (const match of allMatches(labelled, line.text)) {
      const from = (match.index ?? 0) + match[0].length;
      const name = nameAt(line.text.slice(from, from + 80));
      if (name?.start !== 0 || !/\s/.test(name.name.trim())) continue;
      if (match.groups?.sep || fullPerson(name.name) || ROW_GOES_ON.test(line.text.slice(from + name.end)))
        return { name: nameOf(name), offset: line.offset + from };
    }
  }
  return undefined;
}

/**
 * The ones to contact when the lead is out of reach ("If Graham cannot be reached, contact the Club Chair, Mrs Ann
 * Lee"): where the policy says anywhere that its deputy is still to be named ("**Deputy Welfare Officer:** TBC"),
 * above the line or below it, cover meanwhile, not the deputy — dropped once all the mentions are read.
 */
const COVER_WHILE_BLANK = new WeakSet<LeadMention>();

/** A role's or a job's word, for a name written beside it: "Noor Haddad, Fixtures Secretary". */
const POST_WORD = new RegExp(
  String.raw`(?<![\p{L}])(?:${JOB_NOUNS}|lead|curate|deputy|president|captain|churchwarden|volunteer|contact)(?:s)?(?![\p{L}])`,
  "iu",
);
/** What ties a name to the post after it: a comma, a bracket, a dash, "is our", "acts as"; the post's words. */
const POST_AFTER =
  /^(?:\*\*|__)?[^\S\n]*(?:[,(:–—]|-(?=\s)|[^\S\n]+(?:(?:is|acts\s+as|serves\s+as|will\s+act\s+as)[^\S\n]+(?=(?:the|our|a|an|his|her|their)[^\S\n])))[^\S\n]*(?<post>[^,.;:()\n]{1,60})/iu;
/** What stands between a post and the name after it: "Club Secretary, Mrs ", "Team Manager – ", "Officer:** ". */
const POST_BEFORE = new RegExp(
  String.raw`(?<post>[\p{L}'’&-]+(?:[^\S\n]+[\p{L}'’&-]+){0,5})(?:\*\*|__)?[^\S\n]*(?:[,:(–—]|-(?=\s))?[^\S\n]*(?:\*\*|__)?[^\S\n]*(?:(?:${TITLE_PATTERN})\.?[^\S\n]+)?$`,
  "u",
);

/** How far back before a name POST_BEFORE looks: six words of a post, a title and the marks between. */
const POST_BEFORE_REACH = 160;

/**
 * Whether a full name is written as one who holds a post, not anyone the text speaks of: in a table row, after a
 * label ("**Assistant Welfare Officer:** Noor Haddad"), opening a contacts list's item ("- Noor Haddad – 07700 …"),
 * or beside a role or a job ("Noor Haddad, Fixtures Secretary", "the Club Secretary, Mrs Lena Frobisher"). Not "A
 * coach noticed that Noor Haddad, aged 9, seemed withdrawn".
 */
function holdsAPost(text: string, full: FoundName): boolean {
  const from = text.lastIndexOf("\n", full.start - 1) + 1;
  const next = text.indexOf("\n", full.end);
  const to = next < 0 ? text.length : next;
  const before = text.slice(from, full.start);
  const after = text.slice(full.end, to);
  if (/^[^\S\n]*\|/.test(before)) return true;
  // Opening a list's item or a line: the contact details after it.
  const lead = before.replace(/^[^\S\n]*(?:[-*•·+]|\d+[.)])?[^\S\n]*(?:\*\*|__)?[^\S\n]*/u, "");
  const untitled = lead.replace(new RegExp(String.raw`^(?:${TITLE_PATTERN})\.?[^\S\n]+$`, "u"), "");
  if (
    untitled === "" &&
    /^[^\S\n]*(?:\*\*|__)?[^\S\n]*(?:[,:(–—]|-(?=\s))?[^\S\n]*(?:\+?\d|\S+@)/u.test(after)
  )
    return true;
  // Beside a post after it ("Noor Haddad, Fixtures Secretary", "Noor Haddad is our coach"): its first words.
  const said = POST_AFTER.exec(after)?.groups?.post.trim().split(/\s+/).slice(0, 5).join(" ");
  if (said !== undefined && (roleMatches(said).length > 0 || POST_WORD.test(said))) return true;
  // After a label ("Assistant Welfare Officer: ") or a post ("the Club Secretary, Mrs "): the post's last word is
  // a role's or a job's, capitalised ("Coach Noor Haddad"; not "A coach noticed that Noor Haddad").
  // Only the line's last words: the post is six words at most, and a pattern that must reach the end, tried from each
  // of a long line's characters, reads the line again from each (quadratic).
  const posted = POST_BEFORE.exec(before.slice(-POST_BEFORE_REACH))?.groups?.post.trim();
  if (posted === undefined) return false;
  const last = posted.split(/\s+/).pop() ?? "";
  if (/^\p{Lu}/u.test(last) && POST_WORD.test(last)) return true;
  const role = roleMatches(posted).pop();
  return !!role && (role.index ?? 0) + role[0].length >= posted.length;
}

function absenceDeputies(
  text: string,
  lines: Line[],
  line: Line,
  earlier: readonly LeadMention[],
): LeadMention[] {
  const found: LeadMention[] = [];
  for (const match of allMatches(ABSENCE, line.text)) {
    const at = match.index ?? 0;
    const groups = match.groups ?? {};
    const absent = groups.absent ?? groups.unavailable ?? groups.unreached ?? groups.possessive;
    let byName = false;
    // "If you cannot reach her", "If she cannot be reached": the lead out of reach, said of the reader or passively.
    const outOfReach = groups.unreached !== undefined || groups.cannotBe !== undefined;
    // "**Deputy Welfare Officer:** TBC … Until a deputy is appointed, if Graham cannot be reached, contact the Club
    // Chair, Mrs …": where the policy says its deputy is still to be named, the one to contact meanwhile is cover,
    // not the deputy.
    // The guard is read once the whole document is: the blank deputy may be written below (see leadMentions).
    // "In Hana's absence": a first name, with a lead named just before. "If you cannot reach her": a pronoun for the
    // lead named just before.
    const firstName =
      (groups.possessive !== undefined && /^\p{Lu}\p{Ll}+$/u.test(groups.possessive)) ||
      (outOfReach && /^(?:she|he|they|her|him|them)$/i.test(absent?.trim() ?? ""));
    if (absent !== undefined && !firstName) {
      // "If the DSL is not available", "In the absence of the Club Welfare Officer", "In the DSL's absence": the
      // absent one is a lead. "If Hannah is not available", "If Hannah Greaves is away": the lead named above, by
      // her first name or her whole name.
      if (!roleMatches(absent).length) {
        if (!namesEarlierLead(absent, earlier)) continue;
        byName = true;
      }
    } else if (!leadJustBefore(lines, line, at)) continue;
    let end = at + match[0].length;
    let names = namesAt(line.text.slice(end, end + NEAR), { strength: "weak" });
    // "In her absence, contact the Churchwarden, Mr Ben Ure (…)": the office they hold, then the person who holds
    // it — one a title, an initial or the tagger says is a person, straight after the comma.
    // Not an office outside the setting: "contact the Local Authority Designated Officer, Mrs Sarah Jones", "the
    // Diocesan Safeguarding Adviser, Ms Rachel Grant" — someone to ask, not the setting's deputy.
    const office0 = names.length === 0 ? OFFICE_THEN_COMMA.exec(line.text.slice(end, end + 60)) : null;
    const office = office0 && !EXTERNAL_OFFICE.test(office0[0]) ? office0 : null;
    if (office) {
      // "contact the Vicar, the Revd Canon Ann Lee": a priest is written with "the" before the title.
      const the = TITLED_AFTER_THE.test(line.text.slice(end + office[0].length)) ? /^the\s+/i : null;
      if (the) office[0] += the.exec(line.text.slice(end + office[0].length))?.[0] ?? "";
      const name = nameAt(line.text.slice(end + office[0].length, end + office[0].length + 80));
      if (
        name?.start === 0 &&
        /\s/.test(name.name.trim()) &&
        (TITLED_OR_INITIAL.test(name.name) || looksLikePerson(name.name)) &&
        !wordsOfTheLanguage(name.name)
      ) {
        end += office[0].length;
        names = [name];
      }
    }
    if (names.length === 0 && !(outOfReach && FIRST_NAME_ALONE.test(line.text.slice(end)))) {
      // "If the Parish Safeguarding Officer is not available, speak to the Vicar.": a job the policy names a holder
      // of elsewhere ("**Incumbent:** The Revd Ann Lee, Vicar", "Vicar: …") — that holder is the deputy.
      const holder = jobToGoTo(lines, line.text.slice(end, end + 80));
      if (holder) {
        const mention: LeadMention = {
          role: "deputy",
          label: match[0].trim(),
          offset: line.offset + at,
          endOffset: line.offset + end,
          line,
          name: holder.name,
          names: [holder.name],
          nameOffset: holder.offset,
          nameEndOffset: holder.offset + holder.name.length,
        };
        // "If the DSL is not available, speak to the Nursery Manager" where the Nursery Manager is the DSL: no deputy.
        PRONOUN_HELD.add(mention);
        if (outOfReach) COVER_WHILE_BLANK.add(mention);
        found.push(mention);
      }
      continue;
    }
    const mention: LeadMention = {
      role: "deputy",
      label: match[0].trim(),
      offset: line.offset + at,
      endOffset: line.offset + end,
      line,
    };
    if (outOfReach) COVER_WHILE_BLANK.add(mention);
    // "If Tom cannot be reached, contact Priya, who acts as deputy": a first name alone is the person the policy names
    // in full elsewhere ("| Group Lead Volunteer | Mrs Priya Castellanos |"). Out of reach, a first name it names no
    // one by in full is no one a reader could find.
    const alone =
      names.length === 1 ? names[0].name.trim() : FIRST_NAME_ALONE.exec(line.text.slice(end))?.[1];
    if (alone !== undefined && (names.length === 1 || outOfReach) && /^\p{Lu}\p{Ll}+$/u.test(alone)) {
      const full = fullNameOf(alone, text, undefined, (f) => holdsAPost(text, f));
      if (
        full &&
        (looksLikePerson(full.name) ||
          TITLE_BEFORE.test(text.slice(Math.max(0, full.start - 12), full.start))) &&
        !placeOrGroup(full.name) &&
        !wordsOfTheLanguage(full.name)
      ) {
        mention.name = nameOf(full);
        mention.names = [nameOf(full)];
        mention.nameOffset = full.start;
        mention.nameEndOffset = full.end;
      } else if (outOfReach) continue;
      else setNames(mention, names, line.offset + end);
    } else setNames(mention, names, line.offset + end);
    // "If Hana is away, Priya van Loon (Office Manager) acts as the deputy": the line's own deputy, read once.
    // The line's own mentions are the last read (mentions are read line by line): only those are looked at.
    if (byName) {
      const names = (mention.names ?? []).map(nameKey);
      let again = false;
      for (let i = earlier.length - 1; i >= 0 && earlier[i].line === line && !again; i--) {
        const m = earlier[i];
        again = m.role === "deputy" && (m.names ?? []).some((n) => names.includes(nameKey(n)));
      }
      if (again) continue;
    }
    found.push(mention);
  }
  return found;
}

/** "Priya, who acts as deputy", "Priya (07700 …)", "Priya.": a first name alone after the verb, its clause ending. */
const FIRST_NAME_ALONE = /^(\p{Lu}\p{Ll}+)(?=[^\S\n]*(?:[,.;(]|$|[^\S\n]+(?:on|who|as)(?![\p{L}])))/u;
/** A person's title just before their name: "Mrs ", "the Revd ". */
const TITLE_BEFORE = new RegExp(String.raw`(?<![\p{L}])(?:${TITLE_PATTERN})\.?[^\S\n]+$`, "u");

/**
 * Whether the words are the name of a lead the policy has named above: her whole name ("Hannah Greaves", "Mrs Hannah
 * Greaves"), her first name alone ("Hannah") or her title and surname ("Mrs Greaves") — a capitalised name, nothing
 * else.
 */
function namesEarlierLead(words: string, earlier: readonly LeadMention[]): boolean {
  const said = words.trim();
  if (!/^\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){0,3}$/u.test(said)) return false;
  const key = nameKey(said);
  if (key === "") return false;
  const index = earlierLeadNames(earlier);
  if (HONORIFIC_AT_START.test(said) && !key.includes(" ")) return index.surnames.has(key);
  // sameName(lead, key): equal; or the one with two words or more begins the other ("ann marie" of "ann marie
  // cole"): each of the key's beginnings of two words or more is looked up among the leads' keys, and
  // the key among the leads' beginnings. A first name alone: a lead's first word.
  if (index.keys.has(key) || index.starts.has(key)) return true;
  const words2 = key.split(" ");
  if (words2.length === 1) return index.firsts.has(key);
  for (let n = 2; n < words2.length; n++) if (index.keys.has(words2.slice(0, n).join(" "))) return true;
  return false;
}

/**
 * The name keys of the leads among mentions read so far, built once per document as its mentions grow (the list
 * only grows while the lines are read; a mention read is not changed after): their keys, each key's beginnings of two
 * words or more, their first words and their surnames.
 */
interface LeadNameIndex {
  seen: number;
  keys: Set<string>;
  starts: Set<string>;
  firsts: Set<string>;
  surnames: Set<string>;
}
const LEAD_NAME_INDEXES = new WeakMap<readonly LeadMention[], LeadNameIndex>();

function earlierLeadNames(earlier: readonly LeadMention[]): LeadNameIndex {
  let index = LEAD_NAME_INDEXES.get(earlier);
  if (!index || index.seen > earlier.length) {
    index = { seen: 0, keys: new Set(), starts: new Set(), firsts: new Set(), surnames: new Set() };
    LEAD_NAME_INDEXES.set(earlier, index);
  }
  for (; index.seen < earlier.length; index.seen++) {
    const m = earlier[index.seen];
    if (m.role !== "dsl" || m.team) continue;
    for (const name of m.names ?? (m.name ? [m.name] : [])) {
      const lead = nameKey(name);
      const words = lead.split(" ");
      index.keys.add(lead);
      index.firsts.add(words[0]);
      if (words.length > 1) index.surnames.add(words[words.length - 1]);
      for (let n = 2; n < words.length; n++) index.starts.add(words.slice(0, n).join(" "));
    }
  }
  return index;
}

/**
 * After "If the DSL is not available, speak to ": a job alone, capitalised, that ends its clause — "the Vicar.",
 * "our Centre Manager;" — not a name, a safeguarding role or an office outside the setting. The job may be the
 * setting's own governing body's ("the Chair of the committee", "the Chair of the trustees"), and a clause saying the
 * holder takes the lead's place may follow it (", who takes her place as deputy for safeguarding").
 */
const JOB_TO_GO_TO =
  /^(?:the|our)[^\S\n]+(?:\*\*|__)?(?<job>\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*){0,2})(?:\*\*|__)?(?:[^\S\n]+of[^\S\n]+(?:the|our)[^\S\n]+(?:(?:management|executive|playgroup|pre-?school|club|parish|church)[^\S\n]+)?(?:committee|trustees|governors|governing[^\S\n]+body|board(?:[^\S\n]+of[^\S\n]+(?:trustees|directors|governors))?))?[^\S\n]*(?:[.;]|$|,[^\S\n]+who[^\S\n]+(?:will[^\S\n]+)?(?:takes?|steps?[^\S\n]+into)[^\S\n]+(?:her|his|their|the[^\S\n]+DSL['’]s)[^\S\n]+(?:place|role)\b)/u;

/**
 * The holder of the job that the words after an absence's verb name (JOB_TO_GO_TO), as the policy names them
 * elsewhere: labelled by the job or in a table row (holderOfJob), or a name with the job after a comma ending its line
 * ("**Incumbent:** The Revd Canon Ann Lee, Vicar"). Never a line that gives a safeguarding role too: the lead's own
 * job is no deputy's.
 */
function jobToGoTo(lines: Line[], after: string): { name: string; offset: number } | undefined {
  const job = JOB_TO_GO_TO.exec(after)?.groups?.job;
  if (!job || roleMatches(job).length > 0 || EXTERNAL_OFFICE.test(job)) return undefined;
  const holder = holderOfJob(lines, job) ?? holderBeforeJob(lines, job);
  if (!holder) return undefined;
  const line = lines[lineAt(lines, holder.offset)];
  if (!line) return undefined;
  // The holder's own sentence: a PDF's text may run the sentences around it ("If the DSL is not available, speak to
  // the Chair. Chair: Mr … 2. Training …") into its line.
  const at = Math.max(0, holder.offset - line.offset);
  const start = allMatches(SENTENCE_BREAK, line.text.slice(0, at)).at(-1);
  const from = start ? (start.index ?? 0) + start[0].length : 0;
  const to = at + holder.name.length;
  const end = allMatches(SENTENCE_BREAK, line.text.slice(to))[0];
  const own = line.text.slice(from, end ? to + (end.index ?? 0) + 1 : line.text.length);
  return roleMatches(own).length === 0 ? holder : undefined;
}

/** Where one sentence ends and the next begins on a line. */
const SENTENCE_BREAK = /[.!?][^\S\n]+(?=\S)/g;

/** A name, then a comma and a job that ends the line: "**Incumbent:** The Revd Canon Ann Lee, Vicar". */
function holderBeforeJob(lines: Line[], job: string): { name: string; offset: number } | undefined {
  const words = job.split(/\s+/).map(escapeRegExp).join(String.raw`[^\S\n]+`);
  const after = new RegExp(
    String.raw`,[^\S\n]*(?:the[^\S\n]+)?${words}[^\S\n]*(?:(?:\*\*|__)[^\S\n]*)?$`,
    "u",
  );
  const first = job.split(/\s+/)[0];
  for (const line of lines) {
    if (!line.text.includes(first) || isTableRow(line)) continue;
    const match = after.exec(line.text);
    if (!match) continue;
    const before = line.text.slice(0, match.index);
    const name = nameBefore(
      before,
      () => false,
      () => ({ strength: "strong" }),
    );
    if (name && name.end === before.length && fullPerson(name.name))
      return { name: nameOf(name), offset: line.offset + name.start };
  }
  return undefined;
}

/** Offices outside the setting that a policy tells people to contact: the LADO, a diocese's adviser, the police … */
const EXTERNAL_OFFICE =
  /\b(?:local\s+authority|designated\s+officer|LADO|diocesan|diocese|district|county|council|police|officer\s+in\s+charge|children'?s\s+services|social\s+(?:care|services|worker)|NSPCC|front\s+door|MASH|hub|adviser|advisor|partnership|helpline|Ofsted|national|regional|area)\b/i;
/** "the Churchwarden, ", "our Vice-Chair, ", "the parish office manager, ": an office, then the comma before its holder. */
const OFFICE_THEN_COMMA = /^(?:the|our)\s+(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+,\s*/u;

/** Whether a lead role is named just before `at` on the line, or on the line above ("her" is the lead). */
function leadJustBefore(lines: Line[], line: Line, at: number): boolean {
  const before = line.text.slice(Math.max(0, at - NEAR * 2), at);
  if (roleMatches(before).length > 0) return true;
  for (let i = line.index - 1; i >= 0 && i >= line.index - 3; i--) {
    const above = lines[i];
    if (!above || above.text.trim() === "") continue;
    return roleMatches(above.text.slice(-NEAR * 2)).length > 0;
  }
  return false;
}

/**
 * The end of a bracket holding the role's holder: at once, or after a pointer to where the policy gives them ("Ann
 * Lee, above)", "Ann Lee – see below)").
 */
const BRACKET_CLOSES = /^(?:\s*(?:,|[–—]|-\s)\s*(?:see\s+)?(?:above|below|over(?:leaf)?))?\s*\)/;
/** "(Gwen, above)", "(Idris)": a first name alone in a bracket straight after the role. */
const BRACKET_FIRST_NAME_SOURCE = String.raw`^\(\s*(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)`;
const BRACKETED_FIRST_NAME = new RegExp(
  `${BRACKET_FIRST_NAME_SOURCE}(?=${BRACKET_CLOSES.source.slice(1)})`,
  "u",
);

/** "(JT)", "(SKM)", "(DMcB)": initials alone in a bracket straight after the role. */
const BRACKETED_INITIALS = /^\(\s*(\p{Lu}(?:(?:Ma?c)?\p{Lu}){1,3})\s*\)/u;
/** A word of a keyed name: "Jasmine", "McBride", "O'Hare", "Bryn-Davies". */
const KEY_WORD = String.raw`\p{Lu}\p{Ll}*(?:['’]?\p{Lu}\p{Ll}+)?(?:-\p{Lu}\p{Ll}*(?:['’]?\p{Lu}\p{Ll}+)?)?`;
/**
 * A key's name after its initials: "– Jasmine Tennant", "= Ann Lee", ": Ann Lee" anywhere ("Key: JT – Jasmine
 * Tennant, …"); "| Jasmine Tennant |" or a space only where the initials open a line or a row (a key table, a PDF's
 * row of it).
 */
const KEYED_AFTER = new RegExp(
  String.raw`^(?:\*\*|__)?[^\S\n]*(?<sep>[–—=:|]|-(?=\s))?[^\S\n]*(?:\*\*|__)?[^\S\n]*(?<name>${KEY_WORD}(?:[^\S\n]+${KEY_WORD}){1,2})(?![\p{L}'’-])`,
  "u",
);
/** A glossary's body, service or document, never a person: "Army Cadet Force", "Child Protection Plan". */
const KEYED_BODY =
  /\b(?:army|force|corps|cadets?|police|navy|air|authority|agency|foundation|charity|institute|league|union|ministry|commission|fire|rescue|ambulance|health|plan|programme|procedure|policy|scheme|act|regulations?|guidance|standards?|service|services|network)\b/i;
/** Before initials that open a line or a table row: "| ", "- ", "**". */
const KEY_LINE_START = /(?:^|\n)[^\S\n]*(?:\|[^\S\n]*|[-•*·][^\S\n]+)?(?:\*\*|__)?$/;

/** The ways a name's word can be written as initials: "McBride" → "M", "MB", "McB"; "Bryn-Davies" → "B", "BD". */
function wordInitials(word: string): string[] {
  const parts = word.split("-");
  const ways = new Set([word[0], parts.map((p) => p[0]).join(""), word.replace(/[^\p{Lu}]/gu, "")]);
  const mac = /^(Ma?c)(\p{Lu})/u.exec(word);
  if (mac) ways.add(mac[1] + mac[2]);
  return [...ways];
}

/**
 * The one full name a document's key gives for initials ("| JT | Jasmine Tennant | …", "JT – Jasmine Tennant"): the
 * initials must be one way of writing the name's words. Several names for the same initials: no one.
 */
function keyedName(initials: string, text: string): FoundName | undefined {
  let found: FoundName | undefined;
  let seen = 0;
  for (let at = text.indexOf(initials); at >= 0 && seen < 40; at = text.indexOf(initials, at + 1), seen++) {
    const end = at + initials.length;
    if (/[\p{L}\d]/u.test(text[at - 1] ?? "") || /[\p{L}\d]/u.test(text[end] ?? "")) continue;
    const m = KEYED_AFTER.exec(text.slice(end, end + 80));
    if (!m?.groups) continue;
    const { sep, name } = m.groups;
    if ((!sep || sep === "|") && !KEY_LINE_START.test(text.slice(Math.max(0, at - 8), at))) continue;
    const words = name.split(/\s+/);
    // "DSL – Designated Safeguarding Lead", "ACF – Army Cadet Force" in a glossary: words of a role, a job or a body
    // are no one's name.
    if (!words.every((w) => /\p{Ll}/u.test(w) && !NOT_NAME.has(w.toLowerCase())) || KEYED_BODY.test(name))
      continue;
    let ways = [""];
    for (const word of words) ways = ways.flatMap((w) => wordInitials(word).map((i) => w + i));
    if (!ways.includes(initials)) continue;
    const start = end + m[0].length - name.length;
    if (found && !sameName(nameKey(found.name), nameKey(name))) return undefined;
    found ??= { name, start, end: start + name.length };
  }
  return found;
}

/** The words before a job title's last word: "Head of", "Director for", "Manager of the". */
const JOB_TITLE_OF = /\p{Lu}[\p{L}'’-]*\s+(?:of|for)(?:\s+the)?\s+$/u;
/**
 * "Amira is the", "Joel and Sadia are the": first names just before a role — the role in bold or not ("Amira is our
 * **Deputy DSL**").
 */
const FIRST_NAMES_BEFORE =
  /(?:^|[^\p{L}])((?:\p{Lu}\p{Ll}+(?:\s*,\s*|\s+and\s+|\s*&\s*))*\p{Lu}\p{Ll}+)\s+(?:is|are|will\s+be|acts\s+as|act\s+as)\s+(?:the\s+|our\s+|a\s+|both\s+)?(?:setting'?s\s+|club'?s\s+|nursery'?s\s+)?(?:\*\*|__)?$/u;

/**
 * The full name of a person the policy calls by first name: "Amira" → "Amira Haddad". Only a full name the policy
 * gives no one else of that first name — or, among several, the one it gives the same role on its own line ("Gareth
 * Jones, Treasurer" and "Gareth Evans, Club Welfare Officer" for "The Club Welfare Officer (Gareth)"); else no one.
 */
function fullNameOf(
  first: string,
  text: string,
  role?: string,
  keep?: (found: FoundName) => boolean,
): FoundName | undefined {
  if (NOT_NAME.has(first.toLowerCase())) return undefined;
  const re = new RegExp(`(?<![\\p{L}])${first}\\s+(?=\\p{Lu})`, "gu");
  const found: FoundName[] = [];
  for (const match of allMatches(re, text).slice(0, 12)) {
    const at = match.index ?? 0;
    const name = nameAt(text.slice(at, at + 80));
    if (name?.start !== 0 || !name.name.startsWith(`${first} `)) continue;
    if (found.some((f) => sameName(nameKey(f.name), nameKey(name.name)))) continue;
    const one = { name: name.name, start: at, end: at + name.name.length };
    if (keep && !keep(one)) continue;
    found.push(one);
  }
  if (found.length <= 1) return found[0];
  const words = role ? roleKey(role) : "";
  if (words === "") return undefined;
  const withRole = found.filter((f) => {
    const from = text.lastIndexOf("\n", f.start) + 1;
    const to = text.indexOf("\n", f.end);
    return roleKey(text.slice(from, to < 0 ? text.length : to)).includes(words);
  });
  return withRole.length === 1 ? withRole[0] : undefined;
}

/** A role's words to compare, lower case and single-spaced, without "the"/"our" before them. */
function roleKey(role: string): string {
  return role
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && w !== "the" && w !== "our")
    .join(" ");
}

/** Words that tie a role to the name before it: "… and DSL", "… – DSL", "(DSL)", "… as the DSL", "… is now our DSL". */
const TIED =
  /(?:\band|[–—(]|-\s|\bas\s+(?:the|our)|\bis\s+(?:(?:now|also|currently|still)\s+)?(?:the|our))\s*$/i;

/**
 * The name written before a role, on its line or — for a paragraph wrapped in the source — the line above:
 * "Tomasz Nowak – Designated Safeguard Lead", "tell Jo Ferris (referred to below as the\nSafeguarding
 * Co-ordinator)". A name at the start of a line or after a bullet is in a name's place; in running text
 * (after a lower-case word) the tagger must agree it is a person.
 */
/**
 * A name, words about the person between commas, then what ties them to the role: "Rosalind Achebe, a retired
 * paediatric nurse, is our " (before "Assistant Club Welfare Officer"), "Mr Sanjay Patel, the Youth Group
 * co-ordinator, who is her " (before "deputy"), "Dan Ford, Schools Officer, acts as her ".
 */
const APPOSITION_BEFORE =
  /(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’-]*){1,3})(?<aside>,\s+[^,.;:()\n]{2,60}?)(?<tie>,\s+(?:who\s+is|is|acts\s+as|serves\s+as)\s+(?:(?:the|our)\s+(?<body>(?:service|library|council|club|school|trust|charity|organisation|organization|museum|group|church|centre|center|nursery|academy|association|team|department|setting|society|project|company|practice|federation|partnership)['’]s\s+)|the\s+|our\s+|her\s+|his\s+|their\s+))$/u;

/**
 * A body's capitalised name in the possessive straight after "is the" (or "is our", "as the") and before the role:
 * "… is the Music Service's ", "… is our Parish Council's ". The role's own capitalised words are not in `before`.
 */
const BODY_POSSESSIVE_AFTER_IS =
  /(?<=(?:^|[^\p{L}])(?:is|as)[^\S\n]+(?:(?:now|also|currently|still)[^\S\n]+)?(?:the|our)[^\S\n]+)(?:\p{Lu}[\p{L}-]*[^\S\n]+){0,3}\p{Lu}[\p{L}-]*['’]s[^\S\n]+$/u;

/** Whether words that stand where APPOSITION_BEFORE's name stands are a job: "Our Sessions Manager", "the Chair". */
function jobBeforeName(preceding: string, words: string): boolean {
  // "The Revd Alan Moss": a priest is written with "The" before the title — a name.
  if (TITLED_AFTER_THE.test(words)) return false;
  return (
    /^(?:our|the|my|their|his|her|its|a|an)\s/i.test(words) ||
    /\b(?:our|the|my|their|his|her|its|a|an)\s+$/i.test(preceding)
  );
}

const TITLED_AFTER_THE = new RegExp(String.raw`^the\s+(?:${TITLE_PATTERN})\.?\s`, "i");

/**
 * What may follow a role that a job before it ties to a name: the line's end, a number or an email (the contact line
 * a paragraph ran on), punctuation, or a bracket or sentence starting with a capital — not a possessive's "'s" or
 * a lower-case word that goes on ("… Lead's helpers", "… Lead (to be appointed) share …").
 */
const ROLE_ENDS_HERE = /^(?:\*\*|__)?(?:\s*$|\s*[\d+·•|,;:.–—]|\s*-\s|\s*\(\s*[\p{Lu}\d]|\s+\p{Lu})/u;

/** After a name, a lower-case word that carries the sentence on: "Tom Reed can …", "Tom Reed is …". */
const SENTENCE_GOES_ON = /^[^\S\n]+(?!(?:and|or|of|for)(?![\p{L}]))\p{Ll}{2,}(?![\p{L}])/u;

/**
 * A job between a name and the role, and the "and" that ties it to the role: ", Speech Therapist and ", " — Clinical
 * Director and ", " (Senior Play Therapist) and the ". The job is capitalised words, with "of", "for", "the" or
 * "in" between them ("Head of Care").
 */
const JOB_AND_BEFORE =
  /(?<sep>(?:\*\*|__)?[^\S\n]*(?:,|[–—]|-\s|\()[^\S\n]*)(?<words>\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:of|for|the|in|\p{Lu}[\p{L}'’-]*)){0,5})[^\S\n]*\)?[^\S\n]*(?:and|&)[^\S\n]+(?:(?:the|our)[^\S\n]+)?$/u;

/**
 * A job between two spaced dashes straight before the role: " – Head Instructor – ", " — Session Supervisor — " (a
 * contact list's "Name – Job – Role" item). The job is capitalised words, with "of", "for", "the" or "in" between.
 */
const JOB_DASHED_BEFORE =
  /(?<sep>[^\S\n]+(?:[–—]|-(?=\s)))[^\S\n]*(?<words>\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:of|for|the|in|\p{Lu}[\p{L}'’-]*)){0,5})(?:[^\S\n]+(?:[–—]|-)[^\S\n]+)$/u;

/** A job after a bold name's comma, closing the bold before the role: ", Rescue Officer (schools liaison)** ". */
const JOB_ENDS_NAME_LINE =
  /[^\S\n]*,[^\S\n]*(?<words>\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:of|for|the|in|\p{Lu}[\p{L}'’-]*)){0,5}(?:[^\S\n]*\([^()\n]{1,40}\))?)[^\S\n]*(?<close>(?:\*\*|__)\s+)$/u;
/**
 * The role's line holds the role and at most its scope ("… for school visits and beach talks", "… for the junior
 * section"), or its contacts: no sentence naming someone else.
 */
const ROLE_LINE_ALONE = /^(?:\*\*|__)?(?:\s*$|\s+for\s+(?:the\s+)?\p{Ll}|\s*[\d+·•|,;:.–—(]|\s+\p{Lu})/u;
/**
 * A verb whose object is the role, straight before it: "… support the", "… reports to our", "… works with the",
 * "… line manages the", "… covers the". Its first letter in either case: an org chart's role column opens with it
 * ("| Line manages the DSL |", "Covers the DSL; …").
 */
const OTHER_THAN_ROLE =
  /(?<![\p{L}])(?:[Ss]upports?|[Hh]elps?|[Aa]ssists?|[Aa]dvises?|[Rr]eports?\s+to|[Ww]orks?\s+(?:with|alongside)|[Tt]ells?|[Ii]nforms?|[Cc]ontacts?|[Cc]overs?|(?:[Ll]ine[\s-]+)?[Mm]anages?|[Ss]upervises?|[Oo]versees?)\s+(?:the|our|their|his|her)\s+$/u;
/**
 * An org chart's verb whose object is the role, straight before it in a table cell: "| Line manages the DSL |",
 * "| Covers the DSL; … |", "| Oversees the DSL's work |", "| Supports the DSL |", "| Reports to the DSL the same
 * day |" — what the row's person does about the role. Not the reader's "Tell", "Contact", "Inform" or "Report to": a
 * "who to tell" row says how to reach the holder it names ("| Report to the Designated Safeguarding Lead | Tegwen
 * Mistry-Lowe | … |"); only their "-s" form ("Reports to the DSL") says what the row's person does. Found anywhere in
 * the cell, with the spaces after it (orgChartVerbBefore asks whether a role stands there).
 */
const ORG_CHART_VERB_BEFORE_ROLE =
  /(?<![\p{L}])(?:[Ss]upports?|[Hh]elps?|[Aa]ssists?|[Aa]dvises?|[Ww]orks?\s+(?:with|alongside)|[Cc]overs?|(?:[Ll]ine[\s-]+)?[Mm]anages?|[Ss]upervises?|[Oo]versees?|[Rr]eports\s+to|[Tt]ells|[Ii]nforms|[Cc]ontacts)\s+(?:the|our|their|his|her)\s+/gu;
/** Per table cell, where each ORG_CHART_VERB_BEFORE_ROLE's object word ends and the spaces after it end. */
const orgChartVerbs = new WeakMap<Cell, Array<[objectEnd: number, end: number]>>();

/**
 * Whether an org chart's verb and its object (ORG_CHART_VERB_BEFORE_ROLE) stand straight before `offset` in a table
 * cell, only spaces between. The cell is read once, however many roles it mentions (asked of the words before each
 * role, the expression was tried from each of their characters: quadratic in a long cell).
 */
function orgChartVerbBefore(cell: Cell, offset: number): boolean {
  let spans = orgChartVerbs.get(cell);
  if (!spans) {
    spans = allMatches(ORG_CHART_VERB_BEFORE_ROLE, cell.text).map((m) => [
      m.index + m[0].trimEnd().length,
      m.index + m[0].length,
    ]);
    orgChartVerbs.set(cell, spans);
  }
  const at = offset - cell.offset;
  const i = firstAtOrAfter(spans, (span) => span[1], at);
  return i < spans.length && spans[i][0] < at;
}

/**
 * The words before a role that ends its line, when they are names, a dash, then a few capitalised words of a job and
 * "and", or "the"/"our" alone: "Asha Patel & Tomasz Reid – Senior Tutors and ", "Mrs Ann Lee - ".
 */
const NAMES_DASH_JOB =
  /^(?<names>\p{Lu}[\p{L}'’ .,&/-]{2,120}?)\s+[–—-]\s+(?:(?:\p{Lu}[\p{L}'’-]*\s+){1,4}(?:and|&)\s+|(?:the|our)\s+)?$/u;
/** What may follow such a role on its line: nothing, a full stop, or phone numbers ("07700 900 702 · 07700 …"). */
const ROLE_ENDS_LINE = /^(?:\*\*|__)?(?:[\s\d+·•/,;:.|–—-]|\(\d[\d ]*\))*$/u;

/**
 * The names opening a role's line, then a dash, their job and the role, which ends the line: "Asha Patel & Tomasz
 * Reid – Senior Tutors and Deputy Designated Safeguarding Leads" names two deputies. Each part before the dash must
 * be a name the tagger, a title or an initial calls a person's; a role that goes on ("… Lead's assistants", "… Lead
 * (to be appointed) share the rota") is someone else's or nobody's yet. Offsets are the line's. A plural role
 * ("Eleri Vaughan and Huw Jenkins – Deputy Safeguarding Officers") names several holders: there, once one part is
 * a person's name, the others need only be name-shaped (a first name the tagger does not know is still a name).
 */
function namesOpeningLine(
  line: Line,
  lineStart: number,
  at: number,
  after: number,
  plural: boolean,
): FoundName[] {
  if (!ROLE_ENDS_LINE.test(line.text.slice(after).trim())) return [];
  const head = line.text.slice(lineStart, at).replace(/\*\*|__/g, "  ");
  const lead = head.length - head.trimStart().length;
  const list = NAMES_DASH_JOB.exec(head.slice(lead))?.groups?.names;
  if (!list) return [];
  const found: FoundName[] = [];
  let offset = lineStart + lead;
  let person = false;
  for (const part of list.split(/(\s*(?:&|\band\b|\/|,)\s*)/)) {
    const separator = /^\s*(?:&|\band\b|\/|,)\s*$/.test(part);
    if (!separator && part.trim() !== "") {
      const whole = (name: FoundName | undefined): name is FoundName =>
        name?.start === 0 && name.end === part.trimEnd().length;
      const weak = nameAt(part, { strength: "weak" });
      const name = whole(weak) ? weak : plural ? nameAt(part, { strength: "strong" }) : undefined;
      if (!whole(name)) return [];
      if (name === weak) person = true;
      found.push({ name: name.name, start: offset, end: offset + name.end });
    }
    offset += part.length;
  }
  return person ? found : [];
}

/** The prepositions that open a course's or a book's title when capitalised: "In Safe Hands", "Beyond Safe Spaces". */
const TITLE_PREPOSITIONS = "(?:In|On|At|For|Into|From|With|Under|Beyond|Towards?)";
/** A capitalised preposition that opens a course's title: "In Safe Hands", "On Safe Ground". */
const TITLE_PREPOSITION = new RegExp(String.raw`(?:^|\s)${TITLE_PREPOSITIONS}\s+$`, "u");
/** A preposition opening a name-shaped run: "Beyond Safe Spaces" read as one name. */
const OPENING_PREPOSITION = new RegExp(String.raw`^${TITLE_PREPOSITIONS}\s`, "u");
/** A list marker, a capitalised preposition, capitalised words, then a bracket: "· In Safe Hands (", "1. In …(". */
const BULLET_TITLE_BRACKET = new RegExp(
  String.raw`^\s*(?:>\s*)*(?:[·•▪◦‣∙*+-]|\uF0B7|\d+[.)])\s*${TITLE_PREPOSITIONS}\s+\p{Lu}[^()\n]*\($`,
  "u",
);
/** A lower-case word, then a capitalised preposition: "are In ", "with On " — a title's first word. */
const MID_SENTENCE_TITLE = new RegExp(String.raw`(?:^|\s)\p{Ll}[\p{L}'’]*\s+${TITLE_PREPOSITIONS}\s+$`, "u");
const BULLET = /^\s*(?:>\s*)*(?:[·•▪◦‣∙*+-]|\uF0B7|\d+[.)])\s/u;
/** After a course's bracketed role, a dash or a comma and its date: "– 12 March 2025", ", March 2026", "- 03/2026". */
const COURSE_DATE_AFTER =
  /^[^()\n]{1,60}\)[^()\n]{0,30}?(?:\s[–—-]|,)\s*(?:\d|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b)/u;

/**
 * Whether the capitalised words before a role are a course's title on a training line: "· In Safe Hands (CWPO)
 * – 12 March 2025", "1. In Safe Hands (DSL), March 2026" — a list marker, a capitalised preposition, the role in
 * brackets, a dash or comma and a date, in a list under a person's bold name ("**Mrs Morag Tulloch (CWPO)**").
 * Not in a sentence: "With Ann Obi (DSL) on leave, …".
 */
function courseBulletTitle(lines: Line[], line: Line, at: number): boolean {
  if (!BULLET_TITLE_BRACKET.test(line.text.slice(0, at))) return false;
  if (!COURSE_DATE_AFTER.test(line.text.slice(at))) return false;
  for (let i = line.index - 1; i >= 0 && i >= line.index - 12; i--) {
    const text = lines[i]?.text ?? "";
    if (text.trim() === "" || BULLET.test(text)) continue;
    return /^\s*(?:\*\*|__)/.test(text);
  }
  return false;
}

/**
 * An organisation's word after the role and a comma ("Designated Safeguarding Lead, Hollowmere Council Early Years
 * Team"): the role is that body's officer's, in a letter the document quotes.
 */
const ROLE_OF_BODY =
  /^\s*,\s*[^\n,;]{0,60}?(?<![\p{L}])(?:Council|Team|Service|Services|Trust|Partnership|Board|Authority|Department|Agency|Diocese|Federation|Association|Union|Office|Unit|Hub)(?![\p{L}])/u;

/** An appendix's lettered item opening its line ("B4. The Safeguarding Lead's …"): an item of its own. */
const LETTERED_ITEM = /^\s*[A-Z]\d+[.)]\s/;

/**
 * A quoted block's line under another of the same quote ("> Bethan Lowry" / "> Group Leader and Designated
 * Safeguarding Lead", an email's signature quoted): the quote's lines are a paragraph's, as they are unquoted. Not
 * when an organisation follows the role ("> Designated Safeguarding Lead, Hollowmere Council Early Years Team"):
 * the signer is another body's officer, never the setting's lead.
 */
function quotedLineUnder(line: Line, above: Line, after: number): boolean {
  const quote = /^\s*(?:>\s*)+/.exec(line.text)?.[0];
  if (!quote || contentStart(line.text) !== quote.length) return false;
  if (ROLE_OF_BODY.test(line.text.slice(after))) return false;
  const aboveQuote = /^\s*(?:>\s*)+/.exec(above.text)?.[0];
  return aboveQuote !== undefined && aboveQuote.replace(/\s/g, "") === quote.replace(/\s/g, "");
}

/**
 * "Ross Hale – Head Instructor – Deputy Safeguarding Lead (07700 …)": a job between two spaced dashes, after a name,
 * is no name. The job and its second dash are passed over (same length, so offsets hold) — leaving "Ross Hale – "
 * before the role, as in "Ross Hale – Deputy Safeguarding Lead" — when a name stands straight before the first dash,
 * the words are a job's, and the role ends there (`after`: the line after the role).
 */
function jobBetweenDashesPassed(before: string, after: string): string {
  const job = JOB_DASHED_BEFORE.exec(before.slice(-NEAR));
  if (!job?.groups || !ROLE_ENDS_HERE.test(after)) return before;
  const { words } = job.groups;
  if (!(words.split(/\s+/).some((w) => NOT_NAME.has(w.toLowerCase())) || occupation(words))) return before;
  const at = before.length - job[0].length + job.groups.sep.length;
  const head = before.slice(0, before.length - job[0].length);
  const person = nameBefore(
    head,
    () => false,
    () => ({ strength: "strong" }),
  );
  if (!person || !/^[\s*_]*$/.test(head.slice(person.end)) || isJob(person.name)) return before;
  return before.slice(0, at) + " ".repeat(before.length - at);
}

function nameBeforeRole(
  lines: Line[],
  line: Line,
  lineStart: number,
  at: number,
  after = at,
): { name: string; offset: number; tied: boolean } | undefined {
  // "**Mr Ivo Tamm**" / "Head Ranger (uplands)" / "Deputy DSL": a person's block, its lines read as written.
  const block = personBlockName(lines, line, at, after);
  if (block) return block;
  let base = line.offset + Math.max(lineStart, at - NEAR);
  let before = line.text.slice(Math.max(lineStart, at - NEAR), at);
  const above = lines[line.index - 1];
  if (
    before.trim().split(/\s+/).length <= 6 &&
    above &&
    above.index === line.index - 1 &&
    above.text.trim() !== "" &&
    !isTableRow(above) &&
    !isMarkdownHeading(above) &&
    !isTableRow(line) &&
    !LETTERED_ITEM.test(line.text) &&
    (contentStart(line.text) === 0 || quotedLineUnder(line, above, after))
  ) {
    const tail = above.text.slice(Math.max(0, above.text.length - NEAR));
    base = above.offset + above.text.length - tail.length;
    before = `${tail}\n${before}`;
  }
  // "**Mrs Ada Quinn, Lifeboat Crew (schools liaison)**" on the line above the role's (joined to it, or not): the
  // job after the bold name's comma is no name. Passed over (same length, so offsets hold) when a name stands
  // before it and the role's line holds only the role, its scope ("… for school visits") or its contacts.
  const boldJob = JOB_ENDS_NAME_LINE.exec(before);
  if (boldJob?.groups && ROLE_LINE_ALONE.test(line.text.slice(after, after + 40))) {
    const head = before.slice(0, boldJob.index);
    const person = nameBefore(
      head,
      () => false,
      () => ({ strength: "strong" }),
    );
    const { words } = boldJob.groups;
    if (
      person &&
      /^[\s*_]*$/.test(head.slice(person.end)) &&
      (words.split(/[\s()]+/).some((w) => NOT_NAME.has(w.toLowerCase())) || occupation(words))
    )
      before = head + " ".repeat(boldJob[0].length - boldJob.groups.close.length) + boldJob.groups.close;
  }
  // Never across another role: "… and DSL Farid Khan, Room Leader and Deputy DSL".
  const roles = roleMatches(before);
  const last = roles[roles.length - 1];
  if (last) {
    const cut = (last.index ?? 0) + last[0].length;
    base += cut;
    before = before.slice(cut);
  }
  // Nor across a governor's or trustee's title: "Mr Obi Kane, our safeguarding trustee, reports on the DSL's work".
  // "Mrs Ama Reid, Trustee and DSL" is one person with two roles: the title tied to the role by "and" is hers.
  const overseer = allMatches(OVERSEER_WORD, before).at(-1);
  if (
    overseer &&
    !/^\s*(?:and|&|\/)\s*(?:the\s+|our\s+)?$/i.test(before.slice((overseer.index ?? 0) + overseer[0].length))
  ) {
    const cut = (overseer.index ?? 0) + overseer[0].length;
    base += cut;
    before = before.slice(cut);
  }
  // "Ann Lee is the Riverside Youth Service's Designated Safeguarding Lead": whose lead it is, in capitals after "is
  // the", is no name — passed over (same length, so offsets hold), "is the" kept.
  before = before.replace(BODY_POSSESSIVE_AFTER_IS, (w) => " ".repeat(w.length));
  // "Rosalind Achebe, a retired nurse, is our …", "Dan Ford, Schools Officer, acts as her …": the words between
  // the commas describe the person, and are passed over (same length, so offsets hold).
  const apposition = APPOSITION_BEFORE.exec(before);
  // "Our Sessions Manager, Tamsin Ferrante-Hill, is our …": words after "our" or "the" are a job, and the words
  // between the commas are the name — nothing to pass over.
  if (apposition?.groups && !jobBeforeName(before.slice(0, apposition.index), apposition.groups.name))
    before =
      before.slice(0, apposition.index + apposition.groups.name.length) +
      " ".repeat(apposition.groups.aside.length) +
      apposition.groups.tie
        .replace(/\b(?:her|his|their)\b/gi, (w) => " ".repeat(w.length))
        // "…, who is the service's safeguarding lead": the body whose lead it is is passed over, "is the" kept.
        .replace(apposition.groups.body ?? /^$/, (w) => " ".repeat(w.length));
  // "Ms Sara Rourke, Speech Therapist and ", "**Dr Ana Obi** — Clinical Director and ": a job between the name and
  // the role, tied to it by "and". The job's capitalised words are no name: passed over (same length, so offsets
  // hold), when a name stands before them and the role ends there ("… and the DSL's assistant" is someone else).
  const job = JOB_AND_BEFORE.exec(before);
  if (job?.groups && ROLE_ENDS_HERE.test(line.text.slice(after, after + 40))) {
    const { sep, words } = job.groups;
    const head = before.slice(0, job.index);
    const person = nameBefore(
      head,
      () => false,
      () => ({ strength: "strong" }),
    );
    if (
      person &&
      /^[\s*_]*$/.test(head.slice(person.end)) &&
      (words.split(/\s+/).some((w) => NOT_NAME.has(w.toLowerCase())) || occupation(words))
    ) {
      const from = job.index + sep.length;
      before = before.slice(0, from) + " ".repeat(words.length) + before.slice(from + words.length);
    }
  }
  before = jobBetweenDashesPassed(before, line.text.slice(after, after + 40));
  const found = nameBefore(before, isBetween, (start, end) => {
    const preceding = before.slice(0, start);
    // In running text ("speak to Carys Bell, our DSL") a name tied to the role by a comma, bracket, dash or
    // "is our" is in a name's place all the same.
    // "The committee confirmed Ann Lee as Club Welfare Officer": an appointing verb, the name, and "as" the role.
    const tight =
      /^\s*(?:[,(–—]|-\s|\bis\s+(?:(?:now|also|currently|still)\s+)?(?:the|our)\b|\bas\s+(?:the|our)\b)/.test(
        before.slice(end),
      ) ||
      (APPOINTED_BEFORE.test(preceding) && /^[^\S\n]+as[^\S\n]+$/.test(before.slice(end)));
    // "Match Day Safeguarding Officer", "Girls Section Welfare Officer": capitalised words run straight into the
    // role with nothing between are more often part of the role's title than a name; the tagger must agree.
    // A wide gap or a tab is a column's edge ("Priyanka Osei-Bonsu     Safeguarding Lead"), not one title.
    if (!tight && /^[ \u00a0]$/.test(before.slice(end))) return { strength: "weak" };
    // "· In Safe Hands (CWPO) – 12 March 2025" under a lead's bold name: capitalised words after a capitalised
    // preposition opening a course's bullet are the course's title more often than a name; the tagger must agree.
    // In a sentence ("With Ann Obi (DSL) on leave, …", "For Ann Obi, our DSL, …") they are a name all the same.
    if (courseBulletTitle(lines, line, at)) return { strength: "weak" };
    // "Children are In Safe Hands (CWPO)": a capitalised preposition inside a sentence starts a title.
    if (MID_SENTENCE_TITLE.test(preceding)) return { strength: "weak" };
    // "With Safe Hands (DSL) on leave, …", "Beyond Safe Spaces (DSL)": after a capitalised preposition, words the
    // tagger reads as the language's ("Safe", "Hands") are a title; a name it does not know ("With Folasade
    // Adebayo-Nwosu (DSL) away") stays a name.
    const run = before.slice(start, end);
    if (
      (TITLE_PREPOSITION.test(preceding.slice(preceding.lastIndexOf("\n") + 1)) ||
        OPENING_PREPOSITION.test(run)) &&
      wordsOfTheLanguage(run.replace(OPENING_PREPOSITION, ""))
    )
      return { strength: "weak" };
    return { strength: tight || !/(?:^|\s)\p{Ll}[\p{L}'’]*\s*$/u.test(preceding) ? "strong" : "weak" };
  });
  if (!found) return undefined;
  // "Ms Lorna Baird, Centre Principal, supports the CWPO", "Mr Ben Cole reports to the DSL": the name is the
  // subject of a verb and the role its object, someone else.
  // "Ines Cobbold Covers the DSL" (a PDF's org chart run into one line): the verb read as a surname is the verb.
  if (OTHER_THAN_ROLE.test(before.slice(found.start))) return undefined;
  // "British Rowing's Lead Safeguarding Officer": whose officer it is, not the officer's name.
  if (/['’]s$/.test(found.name) && /^[\s\p{Lu}\p{Ll}]*$/u.test(before.slice(found.end))) return undefined;
  return { name: found.name, offset: base + found.start, tied: TIED.test(before.slice(found.end)) };
}

/** A body's verb of appointing someone, just before their name: "The committee confirmed ", "… re-elected ". */
const APPOINTED_BEFORE =
  /(?<![\p{L}])(?:confirmed|appointed|re-?appointed|elected|re-?elected|co-?opted|ratified|nominated|approved)[^\S\n]+$/u;

/** A job's capitalised words, with "of", "for", "the", "in" between them and a bracket after: "Lead Tutor (film)". */
const JOB_WORDS = String.raw`\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:of|for|the|in|\p{Lu}[\p{L}'’-]*)){0,5}`;
/**
 * A job's capitalised words in brackets, then a colon or dash (bold marks already blanked): "(Youth Work Manager): ",
 * "(Deputy Chief Executive) – ".
 */
const JOB_IN_BRACKET = new RegExp(
  String.raw`^\((${JOB_WORDS})\)[ \t]*(?:\*\*|__)?[ \t]*(?:[:–—]|-[ \t])[ \t]*(?:\*\*|__)?[ \t]*`,
  "u",
);

/**
 * The last word of a person's job in a role's bracket ("Youth Work Manager", "Deputy Chief Executive"), never a
 * body's ("(Board)", "(Trust)"): the role is then another body's, not held by the name after it.
 */
const BRACKET_JOB_END =
  /(?:^|\s)(?:manager|executive|officer|director|worker|leader|teacher|headteacher|head|principal|co-?ordinator|administrator|secretary|supervisor|practitioner|nurse|coach|warden|minister|vicar|curate|volunteer|keeper|assistant|adviser|advisor)$/i;
/** A job alone on its line in a person's block: "Studio Director", "Head of Lettings (north)". */
const JOB_LINE = new RegExp(String.raw`^(?<words>${JOB_WORDS})(?:[^\S\n]*\([^()\n]{1,40}\))?$`, "u");
/** A job and "and" opening the role's line: "Senior Bookings Officer and ", "Head of Care & the ". */
const JOB_AND_LINE = new RegExp(
  String.raw`^(?<words>${JOB_WORDS})[^\S\n]+(?:and|&)[^\S\n]+(?:(?:the|our)[^\S\n]+)?$`,
  "u",
);
/** What may follow the role on its line in a person's block: its abbreviation in brackets, numbers, nothing. */
const ROLE_ALONE_AFTER = /^(?:\*\*|__)?(?:[^\S\n]*\([^\S\n]*\p{Lu}{2,6}[^\S\n]*\))?[\s\d+·•/,;:.|–—-]*$/u;
/** A line that is bold as a whole: "**Mrs Ann Lee**". */
const BOLD_LINE = /^\s*(?<mark>\*\*|__)(?<inner>[^*_\n]+)\k<mark>\s*$/u;

/** Whether capitalised words are a job, not a name: one of them is a job's word, or they name an occupation. */
function isJob(words: string): boolean {
  if (roleMatches(words).length > 0) return false;
  return words.split(/[\s()]+/).some((w) => NOT_NAME.has(w.toLowerCase())) || occupation(words);
}

/**
 * The lines as the document wrote them, within a line that joinSoftBreaks() made of several: text and offset.
 * Only those wholly inside `from`…`to` of the line (a PDF's text may run a whole page into one line).
 */
function writtenLines(line: Line, from = 0, to = line.text.length): { text: string; offset: number }[] {
  const out: { text: string; offset: number }[] = [];
  if (from > to) return out;
  let start = from;
  let whole = from === 0;
  // Each soft break inside from…to, then `to` itself: where a written line ends, or the stretch does.
  for (let k = softBreakFrom(line.offset + from); ; k++) {
    const next = k < softBreaks.length ? softBreaks[k] - line.offset : Number.POSITIVE_INFINITY;
    const i = Math.min(next, to);
    const end = i === line.text.length || i === next;
    if (whole && end) out.push({ text: line.text.slice(start, i), offset: line.offset + start });
    start = i + 1;
    whole = end;
    if (i === to) return out;
  }
}

/** Before a role on its written line: nothing, or a list marker and capitalised words ("- Early Years "). */
const COURSE_TITLE_HEAD = /^\s*(?:[-*·•]\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;
/**
 * After a role, to its written line's end: a provider in brackets, then a comma or a dash and a date alone. Not a
 * bracket of tenure: "Designated Safeguarding Lead (interim), 10 October 2023" dates the appointment.
 */
const COURSE_RECORD_TAIL =
  /^(?:\s*\((?!\s*(?:interim|acting|temporary|covering|since|from|appointed)\b)[^()\n]{1,60}\))?(?:\s*,|\s+[–—-])\s*(?<date>[^\s,;()][^,;()\n]{2,28}?)\.?\s*$/iu;

/**
 * Whether the role at `at`…`end` of the line is a course's title on a training record's written line of its own:
 * "Early Years Designated Safeguarding Lead (Kelbrook SCP), 12/05/2025", "Designated Safeguarding Lead – 12 May
 * 2025" under a person's name. Only capitalised words (no name) before it and only a date after it: "Mr A Lee,
 * Designated Safeguarding Lead, 01632 …" and "Designated Safeguarding Lead: Mr A Lee" are the role's.
 */
function courseRecordLine(line: Line, at: number, end: number): boolean {
  const k = softBreakFrom(line.offset + at);
  const from = Math.max(0, (softBreaks[k - 1] ?? -1) - line.offset + 1);
  const to = Math.min(line.text.length, (softBreaks[k] ?? Number.POSITIVE_INFINITY) - line.offset);
  if (to - end > 120 || at - from > 60) return false;
  const head = line.text.slice(from, at);
  if (!COURSE_TITLE_HEAD.test(head) || (head.trim() !== "" && looksLikePerson(head))) return false;
  const date = COURSE_RECORD_TAIL.exec(line.text.slice(end, to))?.groups?.date;
  return date !== undefined && parseLooseDate(date) !== undefined;
}

/**
 * A person's block: their name alone on a line (bold, or said by a title, an initial or the tagger to be a
 * person's), at most one line of their job, then the role alone on its line or after their job and "and" —
 * "**Mr Tom Ure**" / "Lead Tutor (film)" / "Deputy Designated Safeguarding Person", "Mr H. T. Vale" / "Senior
 * Bookings Officer and Deputy Designated Safeguarding Lead", then their contacts. `at` and `after` are the role's
 * place in the line. The lines may have been joined into one (a paragraph's soft breaks): they are read as written.
 */
function personBlockName(
  lines: Line[],
  line: Line,
  at: number,
  after: number,
): { name: string; offset: number; tied: boolean } | undefined {
  const own = writtenLines(line, Math.max(0, at - 2 * NEAR), Math.min(line.text.length, after + NEAR));
  const index = own.findIndex((w) => w.offset + w.text.length >= line.offset + at);
  const written = own[index];
  if (!written || written.offset > line.offset + at) return undefined;
  const head = written.text
    .slice(0, line.offset + at - written.offset)
    .replace(/\*\*|__/g, "")
    .trim();
  const tail = written.text.slice(line.offset + after - written.offset);
  if (!ROLE_ALONE_AFTER.test(tail)) return undefined;
  if (head !== "") {
    const job = JOB_AND_LINE.exec(`${head} `);
    if (!job?.groups || !isJob(job.groups.words)) return undefined;
  }
  // The written lines above, nearest first: the rest of this line's, then the line above's (no blank between).
  const above = own.slice(0, index).reverse();
  const previous = lines[line.index - 1];
  if (
    above.length < 2 &&
    previous?.index === line.index - 1 &&
    previous.text.trim() !== "" &&
    !isTableRow(previous) &&
    !isMarkdownHeading(previous)
  )
    above.push(...writtenLines(previous, Math.max(0, previous.text.length - 2 * NEAR)).reverse());
  // "Mr Lyle Carraway" / "Designated Safeguarding Lead" / "01632 …" as paragraphs of their own.
  if (above.length === 0) {
    const card = nameParagraphAbove(lines, line);
    if (card) above.push(card);
  }
  let next = 0;
  const jobLine = above[0]?.text.replace(/\*\*|__/g, "").trim() ?? "";
  const job = JOB_LINE.exec(jobLine);
  if (job?.groups && isJob(job.groups.words) && !nameAt(jobLine, { strength: "weak" })) next = 1;
  const candidate = above[next];
  if (!candidate) return undefined;
  const bold = BOLD_LINE.exec(candidate.text);
  const inner = bold?.groups ? bold.groups.inner : candidate.text;
  const lead = bold?.groups ? candidate.text.indexOf(inner) : 0;
  const name = nameAt(inner, { strength: bold ? "strong" : "weak" });
  if (!name || inner.slice(0, name.start).trim() !== "" || inner.slice(name.end).trim() !== "")
    return undefined;
  if (isJob(name.name)) return undefined;
  // "Grace Darling House" / "Designated Safeguarding Lead": plain words above a role are a name when a title or an
  // initial says so; the tagger alone takes a house's or a building's name for a person's.
  if (!bold && !TITLED_OR_INITIAL.test(name.name)) return undefined;
  // "Chair of Trustees" / "Mr Bob Hart" / "Designated Safeguarding Lead" / "Mrs Ann Lee": each role then its holder,
  // the lines run together as a PDF's always are. When a name follows the role on the next line and the run of
  // role and name lines above starts with a role or a job, each name is the role's above it, not below.
  if (
    nameLineAt(writtenBelow(lines, line, own, index)) &&
    roleFirst(writtenRunAbove(lines, line, own, index).slice(next))
  )
    return undefined;
  return { name: name.name, offset: candidate.offset + lead + name.start, tied: true };
}

/** A line of a paragraph of its own, short: a contact card's name, role or phone. */
function cardParagraph(line: Line | undefined, index: number): line is Line {
  return (
    line !== undefined &&
    line.index === index &&
    line.text.trim() !== "" &&
    line.text.length <= 80 &&
    !isTableRow(line) &&
    !isMarkdownHeading(line)
  );
}

/** Whether line `index` is blank (or the text's edge). */
function blankAt(lines: Line[], index: number): boolean {
  const line = lines[index];
  return line === undefined || (line.index === index && line.text.trim() === "");
}

/**
 * A contact card in paragraphs of their own (Word's, or Markdown's with blank lines between): "Mr Lyle Carraway" /
 * "Designated Safeguarding Lead" / "01632 960 311". The role's paragraph has a blank line above it; the paragraph
 * above that (a short line alone, blank above it too) is the name's to read — unless the card is written role first,
 * the paragraph above the name being a role or a job alone, or a name alone stands below the role (its holder).
 */
function nameParagraphAbove(lines: Line[], line: Line): { text: string; offset: number } | undefined {
  const i = line.index;
  if (!blankAt(lines, i - 1) || !cardParagraph(lines[i - 2], i - 2) || !blankAt(lines, i - 3))
    return undefined;
  const name = lines[i - 2];
  const before = lines[i - 4];
  if (cardParagraph(before, i - 4) && roleOrJobLine(before.text)) return undefined;
  const below = blankAt(lines, i + 1) ? lines[i + 2] : undefined;
  if (cardParagraph(below, i + 2) && nameLineAt(below.text)) return undefined;
  return { text: name.text, offset: name.offset };
}

/** A title or an initial in a name: "Mrs Ann Lee", "A. Okafor", "Tom R. Ure". */
const TITLED_OR_INITIAL = new RegExp(
  String.raw`^(?:${TITLE_PATTERN})\.?(?![\p{L}])|(?:^|\s)\p{Lu}\.?(?:\s|$)`,
  "u",
);
/** What may follow a name on its own line in a list of contacts: a bracket, numbers, an address. */
const CONTACTS_AFTER = /^[\s,;:·•|–—-]*(?:\([^()\n]{0,60}\))?[\s\d+·•/,;:.|()–—-]*(?:\S+@\S+)?[\s.]*$/u;

/** The written line after the role's: the rest of its joined line, or the next line when no blank is between. */
function writtenBelow(
  lines: Line[],
  line: Line,
  own: { text: string; offset: number }[],
  index: number,
): string | undefined {
  if (index + 1 < own.length) return own[index + 1].text;
  const following = lines[line.index + 1];
  if (
    !following ||
    following.index !== line.index + 1 ||
    isTableRow(following) ||
    isMarkdownHeading(following)
  )
    return undefined;
  return writtenLines(following, 0, Math.min(following.text.length, NEAR))[0]?.text;
}

/** The written lines above the role's, nearest first, up to a blank line, a heading or a table (twelve at most). */
function writtenRunAbove(
  lines: Line[],
  line: Line,
  own: { text: string; offset: number }[],
  index: number,
): { text: string; offset: number }[] {
  const run = own.slice(0, index).reverse();
  for (let i = line.index - 1; i >= 0 && run.length < 12; i--) {
    const previous = lines[i];
    if (
      previous.index !== i ||
      previous.text.trim() === "" ||
      isTableRow(previous) ||
      isMarkdownHeading(previous)
    )
      break;
    run.push(...writtenLines(previous, Math.max(0, previous.text.length - 2 * NEAR)).reverse());
  }
  return run;
}

/** Whether a written line is a name alone, or a name and its contacts: "Mrs Ann Lee (01632 960 201)". */
function nameLineAt(text: string | undefined): boolean {
  if (text === undefined) return false;
  const inner = text.replace(/\*\*|__/g, "").trim();
  if (inner === "" || roleMatches(inner).length > 0) return false;
  const name = nameAt(inner, { strength: "strong" });
  return !!name && CONTACTS_AFTER.test(inner.slice(name.end)) && !isJob(name.name);
}

/** A role's or a job's line alone: "Designated Safeguarding Lead", "Chair of Trustees". */
function roleOrJobLine(text: string): boolean {
  const inner = text.replace(/\*\*|__/g, "").trim();
  if (inner === "" || inner.split(/\s+/).length > 8) return false;
  const role = roleMatches(inner)[0];
  if (role) return ROLE_ALONE_AFTER.test(inner.slice((role.index ?? 0) + role[0].length));
  const job = JOB_LINE.exec(inner);
  return !!job?.groups && isJob(job.groups.words);
}

/**
 * Whether a run of written lines, nearest first from a name above a role, is a list that gives each role then its
 * holder: name and role lines alternate up to the run's top, and the top is a role's or a job's line.
 */
function roleFirst(run: { text: string }[]): boolean {
  let top: "name" | "role" | undefined;
  for (const [i, written] of run.slice(0, 12).entries()) {
    const kind = i % 2 === 0 ? "name" : "role";
    if (kind === "name" ? !nameLineAt(written.text) : !roleOrJobLine(written.text)) break;
    top = kind;
  }
  return top === "role";
}

/**
 * A line that is a heading or label for the role, so its holder is named on the next lines: "### Designated
 * Safeguarding Lead", "Club Welfare Officer", "The person who leads on safeguarding for our organisation is:".
 */
function isLabelLine(line: Line, mention: LeadMention): boolean {
  // A label or heading is short; a long line (a PDF's joined paragraph) never is one.
  if (line.text.length > NEAR * 2) return false;
  const text = line.text.trim();
  if (/[:：]\s*(?:(?:\*\*|__)\s*)?$/.test(text)) return true;
  // A role inside another's brackets ("Choir Lead (deputy to the Parish Safeguarding Officer)") labels nothing.
  const head = line.text.slice(0, mention.offset - line.offset);
  if (head.lastIndexOf("(") > head.lastIndexOf(")")) return false;
  const without = (head + line.text.slice(mention.endOffset - line.offset))
    // "Choir Safeguarding Lead (deputy to the Parish Safeguarding Officer for choir matters)": a qualifier.
    .replace(/\([^()]*\)/g, " ")
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/[*_#:|–—-]/g, " ")
    .trim();
  const words = without.split(/\s+/).filter(Boolean);
  if (isMarkdownHeading(line)) return words.length <= 6;
  return words.length <= 3 && !/[.!?]\s*$/.test(text);
}

interface NameUnder {
  name: string;
  offset: number;
}

/** A heading (or a bold line) asking who holds a role: "## Q2. Who is the service's DSL?", "**Who are the deputies?**". */
const WHO_QUESTION =
  /^\s*(?:#{1,6}[^\S\n]+|\*\*|__)[^\n?]{0,40}?(?<![\p{L}])[Ww]ho(?:\s+(?:is|are|['’]s)|['’]s)\s[^\n?]{0,120}\?\s*(?:\*\*|__)?\s*$/u;
/** An answer's opening words before the holder's name: "It's ", "It is currently ", "That's ". */
const ANSWER_OPENER = /^(?:It|That)(?:['’]s|\s+is)\s+(?:(?:currently|now)\s+)?/u;
/** A job before the holder's name in an answer: "our Centre Manager, ", "the Hub Lead, ". */
const JOB_BEFORE_ANSWER = /^(?:our|the)\s+((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*)\s*,\s*/u;
/** What follows a name that ends it in an answer: a comma, a bracket, a dash, a full stop, the line's end. */
const ANSWER_NAME_ENDS = /^\s*(?:[,(;–—.]|-\s|$)/u;

/**
 * The holder named in the answer under a question heading that asks who holds the role (a Q&A leaflet): the first
 * line under it opens "It's Name", "It is Name", "That's Name", the name bold or not, then a comma, a bracket or
 * the sentence's end; or the holder's job first, the name between commas ("It's our Centre Manager, Name, who …"). Only the question's own role, and only a person (a title, an initial, or words the policy
 * does not use for a job or a place).
 */
function answerUnder(lines: Line[], line: Line, mention: LeadMention): NameUnder | undefined {
  if (line.text.length > NEAR * 2 || !WHO_QUESTION.test(line.text)) return undefined;
  // The role is the question's subject: the last role on the line, straight before its question mark.
  const tail = line.text.slice(mention.endOffset - line.offset);
  if (!/^[^\S\n]*\?/.test(tail)) return undefined;
  let i = line.index + 1;
  if (lines[i]?.text.trim() === "") i++;
  const next = lines[i];
  if (!next || next.text.trim() === "" || isMarkdownHeading(next) || isTableRow(next)) return undefined;
  const start = contentStart(next.text);
  const opener = ANSWER_OPENER.exec(next.text.slice(start));
  if (!opener) return undefined;
  const from = start + opener[0].length;
  // Bold markers read as spaces, so offsets hold.
  const rest = next.text.slice(from, from + NEAR).replace(/\*\*|__/g, (mark) => " ".repeat(mark.length));
  let lead = rest.length - rest.trimStart().length;
  // "It's our Centre Manager, Jo Fairweather, who …": the holder's job first, then their name between commas.
  const job = JOB_BEFORE_ANSWER.exec(rest.slice(lead));
  if (job && isJob(job[1])) lead += job[0].length;
  const found = namesAt(rest.slice(lead), { strength: "strong" })[0];
  if (found?.start !== 0 || /['’]s$/.test(found.name)) return undefined;
  if (job && !/^\s*,/.test(rest.slice(lead + found.end))) return undefined;
  if (!ANSWER_NAME_ENDS.test(rest.slice(lead + found.end))) return undefined;
  if (isJob(found.name) || placeOrGroup(found.name)) return undefined;
  return { name: found.name, offset: next.offset + from + lead };
}

/** The names on the lines under a role heading: "Amira Haddad: Head of Nursery", "Name: Sam Keller". */
/** List bullets a PDF's or Word's text keeps as characters, that Markdown's list markers are not. */
const PDF_BULLET = /^[●▪◦○■□‣⁃∙➢➤►\uF0B7\uF0A7]\s*/u;

/**
 * A date's label before a holder's name: "From April 2026: ", "Since 1 September 2025, ", "Until March 2026: ",
 * "From 01/04/2026 – ". At the text's start or a sentence's ("…(now retired). From April 2026: …").
 */
const DATE_LABEL =
  /(?:^|[.;][^\S\n]+|\n)(?<kind>From|Since|With[^\S\n]+effect[^\S\n]+from|Until|Till|Up[^\S\n]+to)[^\S\n]+(?:(?:(?<day>\d{1,2})(?:st|nd|rd|th)?[^\S\n]+)?(?<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?:[^\S\n]+(?<year>\d{4}))?|(?<nday>\d{1,2})[/.](?<nmonth>\d{1,2})[/.](?<nyear>\d{4}))[^\S\n]*(?:[:,]|[–—]|-(?=[^\S\n]))[^\S\n]*/gu;

/**
 * The holder's place in a line under a role that opens with a date's label (review 53): after the latest "From" or
 * "Since" label ("Until March 2026: Mrs Beth Shaw (retired). From April 2026: Mr Omar Grant, …" names Omar Grant);
 * "former" when only "Until" labels are there (a former holder, no lead now). Undefined without a label at the start.
 */
function datedHolderAt(text: string): { at: number; date?: number } | "former" | undefined {
  if (!/^(?:From|Since|With|Until|Till|Up)[^\S\n]/.test(text)) return undefined;
  let best: { at: number; date?: number } | undefined;
  let first = true;
  for (const match of allMatches(DATE_LABEL, text)) {
    if (first && (match.index ?? 0) !== 0) return undefined;
    first = false;
    const g = match.groups ?? {};
    if (!/^(?:From|Since|With)/.test(g.kind)) continue;
    const month = g.month ? monthNumber(g.month) : Number(g.nmonth);
    const year = Number(g.year ?? g.nyear);
    const date = year ? year * 10000 + month * 100 + Number(g.day ?? g.nday ?? 0) : undefined;
    const at = (match.index ?? 0) + match[0].length;
    // The latest date; where either has no year, the later label.
    if (!best || best.date === undefined || date === undefined || date >= best.date) best = { at, date };
  }
  if (first) return undefined;
  return best ?? "former";
}

function namesUnder(
  lines: Line[],
  index: number,
  blocks = false,
): { names: NameUnder[]; placeholder?: string; vacancy?: LeadMention["vacancy"]; placed?: boolean } {
  const names: NameUnder[] = [];
  let placeholder: string | undefined;
  let vacancy: LeadMention["vacancy"];
  let blanks = 0;
  // The lines read that gave names, and how many of them opened with a place's label ("North: Jade Ure").
  let named = 0;
  let placed = 0;
  let placedDashed = 0;
  // Under a plural role ("Deputy Designated Safeguarding Leads"), each holder's block: their name alone on its
  // line, then a line or two of their job and contacts, then a blank line and the next holder's name.
  // `details`: the lines of the last holder's block read so far (-1: the names are not in blocks).
  let details = -1;
  let opening = false;
  // The last line read that named its holder after a "From <date>:" label: its date, and how many names were read
  // before it (a later "From" line's holder replaces it; an earlier one's is a former holder).
  let dated: { date?: number; before: number } | undefined;
  for (let i = index + 1; i < lines.length && names.length < 8; i++) {
    const line = lines[i];
    if (line.text.trim() === "") {
      if (++blanks > 1 || names.length > 0) {
        // A blank line ends a list of names, but a heading may have one blank line under it; and a holder's "From
        // <date>:" paragraph may have a later one's under it.
        if (dated && datedHolderAt(lines[i + 1]?.text.slice(contentStart(lines[i + 1].text)) ?? "")) continue;
        if (names.length > 0 && (details <= 0 || opening)) break;
        // The next holder's block opens on the line after one blank line, or the list has ended.
        if (names.length > 0) opening = true;
      }
      continue;
    }
    if (isMarkdownHeading(line) || isTableSeparator(line)) break;
    if (details >= 0 && !opening) {
      // A line of the holder's job or contacts under their name (its own line where a hard break kept it).
      if (++details > BLOCK_DETAILS || isTableRow(line) || line.text.length > NEAR) break;
      continue;
    }
    let from = contentStart(line.text);
    // A PDF's or Word's own bullets: "● Ms Anya Kowalczyk, Ensembles Manager", "▪ Tom Ure".
    from += PDF_BULLET.exec(line.text.slice(from))?.[0].length ?? 0;
    // "PO (SCC) Ann Lee / CPO Ben Ford": a uniformed rank before the name.
    from += rankAt(line.text.slice(from))?.length ?? 0;
    // The next role's own line: "Deputy: Leon Ashby" under "Manager: Carys Bell".
    if (rolesIn(line).some((r) => r.offset - line.offset <= from + 2)) break;
    const itemFrom = from;
    const place = isTableRow(line) ? null : PLACE_ITEM_LABEL.exec(line.text.slice(from));
    const isPlace = place !== null && !DETAIL_FIELD_LABEL.test(place[1]);
    let text = line.text.slice(from);
    let found = namesAt(text);
    // "- Ashby Parva: Mr Colin Beddoes — tel. …": a place's label that reads as a name, its holder after it.
    // Not a date's label ("Until March 2026: Mrs A", read below).
    const dateLabel = /^(?:From|Since|With|Until|Till|Up)[^\S\n]/.test(text);
    const afterLabel =
      place && isPlace && !dateLabel ? holderAfterLabel(text, place[0].length, found) : undefined;
    if (place && afterLabel) {
      from += place[0].length;
      text = line.text.slice(from);
      found = afterLabel;
    }
    // "From April 2026: Mr Omar Grant, …" (after "Until March 2026: Mrs Beth Shaw."): the holder after the latest
    // "From"; a line of "Until" labels only is a former holder's, passed over.
    const holder = found.length === 0 && !isTableRow(line) ? datedHolderAt(text) : undefined;
    if (holder === "former") continue;
    if (holder) {
      if (dated) {
        if (dated.date !== undefined && holder.date !== undefined && holder.date < dated.date) continue;
        names.length = dated.before;
      }
      dated = { date: holder.date, before: names.length };
      from += holder.at;
      text = line.text.slice(from);
      found = namesAt(text);
    }
    if (found.length === 0) {
      const label = LINE_LABEL.exec(text);
      if (label && label[0].trim().split(/\s+/).length <= 4) {
        from += label[0].length;
        text = line.text.slice(from);
        found = namesAt(text);
      }
    }
    // "- North – Kieran Obuya, Helpline Team Leader": a place's item with its holder after a spaced dash, read as
    // "North: Kieran Obuya" is (the holder's name straight after the dash, a comma, a bracket or the line's end after
    // it).
    const dashed = found.length === 0 && !isTableRow(line) ? PLACE_ITEM_DASHED.exec(text) : null;
    let dashedPlace = false;
    if (dashed && !DETAIL_FIELD_LABEL.test(dashed[1])) {
      const rest = text.slice(dashed[0].length);
      const after = namesAt(rest);
      // The holder's name, then their job or contacts after a comma or in brackets, or nothing: not "Front Door: Tel:
      // …", a service's desk after its body's name.
      if (after[0]?.start === 0 && /^\s*(?:[,(]|$)/.test(rest.slice(after[0].end))) {
        dashedPlace = true;
        from += dashed[0].length;
        text = line.text.slice(from);
        found = after;
      }
    }
    if (isTableRow(line)) {
      const cell = tableCells(line)[0];
      if (cell) {
        from = cell.offset - line.offset;
        text = plain(cell.text);
        found = cell.text.startsWith(text) ? namesAt(text) : [];
      }
    }
    // The next holder's block opens as the first's did: the name alone on its line, their details under it.
    // The first holder's block: the first line under the role, read as written (a paragraph joins the job on).
    const block = opening || (blocks && names.length === 0) ? blockUnder(lines, i) : undefined;
    if (block) {
      names.push({ name: block.name, offset: block.offset });
      details = block.details;
      opening = false;
      continue;
    }
    if (opening) break;
    if (found.length === 0) {
      if (names.length === 0) placeholder ??= placeholderAt(text);
      // "- West: to be appointed" among two other places or more, each with its holder: that place has none.
      else if (place && isPlace && placed === named && named + namedPlacesAfter(lines, i) >= 2) {
        const after = line.text.slice(itemFrom + place[0].length);
        const gap = placeholderAt(after);
        if (gap) {
          const start = line.offset + itemFrom;
          const end = start + place[0].length + after.indexOf(gap) + gap.length;
          vacancy = { place: place[1], placeholder: gap, offset: start, endOffset: end };
        }
      }
      // "- Scouts – TBC" after two places' items each with its holder after a spaced dash: that place has none.
      else if (!isTableRow(line) && placedDashed === named && named >= 2) {
        const item = PLACE_ITEM_DASHED.exec(line.text.slice(itemFrom));
        const after = item ? line.text.slice(itemFrom + item[0].length) : "";
        const gap = item && !DETAIL_FIELD_LABEL.test(item[1]) ? placeholderAt(after) : undefined;
        if (item && gap && after.trim() === gap.trim()) {
          const start = line.offset + itemFrom;
          const end = start + item[0].length + after.indexOf(gap) + gap.length;
          vacancy = { place: item[1], placeholder: gap, offset: start, endOffset: end };
        }
      }
      break;
    }
    for (const name of found) names.push({ name: name.name, offset: line.offset + from + name.start });
    named++;
    if (isPlace) placed++;
    if (dashedPlace) placedDashed++;
    details = -1;
  }
  // Every name read from a place's item, one each: the role's holders, one a place.
  const placeItems = named > 0 && placed + placedDashed === named && names.length === named;
  return { names, placeholder, ...(vacancy ? { vacancy } : {}), ...(placeItems ? { placed: true } : {}) };
}

/**
 * The names after a place's label of `labelLength` characters, where one opens straight after it and the names read
 * from the whole item give none or one inside the label ("Ashby Parva: Mr Colin Beddoes" reads "Ashby Parva" as a
 * person); undefined otherwise ("Amira Haddad: Head of Nursery" keeps its name).
 */
function holderAfterLabel(text: string, labelLength: number, found: FoundName[]): FoundName[] | undefined {
  // The label read as a name, or a bold label the names' reader cannot read past ("**Lower Fennick:** Mrs A").
  const inLabel = found.length > 0 && found[0].start < labelLength;
  if (!inLabel && (found.length > 0 || !/\*\*|__/.test(text.slice(0, labelLength)))) return undefined;
  const after = namesAt(text.slice(labelLength));
  return after[0]?.start === 0 ? after : undefined;
}

/** How many lines straight after line `index` are places' items each giving a holder ("- East: Ruth Abiodun"). */
function namedPlacesAfter(lines: Line[], index: number): number {
  let count = 0;
  for (let i = index + 1; i < lines.length && count < 8; i++) {
    const line = lines[i];
    if (isTableRow(line) || isMarkdownHeading(line)) break;
    const from =
      contentStart(line.text) + (PDF_BULLET.exec(line.text.slice(contentStart(line.text)))?.[0].length ?? 0);
    const place = PLACE_ITEM_LABEL.exec(line.text.slice(from));
    if (!place || DETAIL_FIELD_LABEL.test(place[1])) break;
    if (namesAt(line.text.slice(from + place[0].length))[0]?.start !== 0) break;
    count++;
  }
  return count;
}

/**
 * A list item's label naming a place or a part of the setting, up to three words, the first capitalised: "North:",
 * "Kelderby site:", "Under 12s:", bold ("**Lower Fennick:**", "**Ashby Parva**:", the opening marks before it).
 */
const PLACE_ITEM_LABEL =
  /^(\p{Lu}[\p{L}\d'’&-]*(?:[^\S\n]+[\p{L}\d'’&-]+){0,2})[^\S\n]*(?:\*\*|__)?:(?:\*\*|__)?[^\S\n]*/u;
/** A place's label before a spaced dash: "North – ", "Central Hub — " (its holder's name after it). */
const PLACE_ITEM_DASHED = /^(\p{Lu}[\p{L}\d'’&-]*(?:[^\S\n]+[\p{L}\d'’&-]+){0,2})[^\S\n]+[–—][^\S\n]+/u;
/** A label of a person's details, never a place: "Name:", "Phone:", "Email:", "Role:". */
const DETAIL_FIELD_LABEL =
  /^(?:name|names|phone|tel|telephone|mobile|email|e-mail|address|role|job|title|post|position|contact|hours|available|availability|when|where|who|deputy|deputies|lead|leads|note|notes)\b/i;

/** The lines of a holder's job and contacts under their name, in a block under a plural role. */
const BLOCK_DETAILS = 3;

/**
 * The holder's block that line `index` opens: their name alone on its first line as written (bold or not), the
 * lines of their job and contacts under it, as written lines of the same paragraph (`details`: how many, ≥ 1) or on
 * the lines after it (0: read as they come).
 */
function blockUnder(
  lines: Line[],
  index: number,
): { name: string; offset: number; details: number } | undefined {
  const line = lines[index];
  if (isTableRow(line)) return undefined;
  const written = writtenLines(line);
  const first = written[0] ?? { text: line.text, offset: line.offset };
  const inner = first.text.replace(/\*\*|__/g, (mark) => " ".repeat(mark.length));
  const text = inner.trim();
  const found = namesAt(text);
  if (found.length !== 1 || found[0].start !== 0 || found[0].end !== text.length || isJob(found[0].name))
    return undefined;
  const name = { name: found[0].name, offset: first.offset + inner.length - inner.trimStart().length };
  if (written.length > 1) {
    if (written.length - 1 > BLOCK_DETAILS || !detailLine(written[1].text)) return undefined;
    if (written.slice(1).some((w) => w.text.length > NEAR || /[.!?]\s*$/.test(w.text))) return undefined;
    return { ...name, details: written.length - 1 };
  }
  const next = lines[index + 1];
  // Under a bare name on its own line, a line that is not another name ("Ann Lee" / "Ben Ford" is a list).
  const below = next?.text.slice(contentStart(next.text)) ?? "";
  if (!next || isMarkdownHeading(next) || !detailLine(below) || namesAt(below).length > 0) return undefined;
  return { ...name, details: 0 };
}

/** A phone number, an email or a web address in a holder's details. */
const DETAIL_CONTACT = /\d[\d ]{5,}|@|www\./;
/** A job's words, each capitalised but the small ones: "Head of Outdoor Learning", "Bookings and Events Officer". */
const DETAIL_JOB = /^\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:of|for|the|in|and|&|\p{Lu}[\p{L}'’-]*)){0,6}$/u;

/** The first line under a holder's name says their job or their contacts: "Senior Instructor · 01632 960 111". */
function detailLine(text: string): boolean {
  const plainText = text.replace(/\*\*|__/g, "").trim();
  if (DETAIL_CONTACT.test(plainText)) return true;
  const head = /^[^·•|,;:()–—]+/u.exec(plainText)?.[0].trim() ?? "";
  return DETAIL_JOB.test(head) && isJob(head);
}

/** "## Our safeguarding team" and the people listed under it. */
function teamUnder(lines: Line[], line: Line): LeadMention | undefined {
  const text = line.text
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/[*_]/g, "")
    .trim();
  if (!TEAM_HEADING.test(text)) return undefined;
  const under = namesUnder(lines, line.index);
  if (under.names.length === 0) return undefined;
  return {
    role: "dsl",
    label: text,
    offset: line.offset + line.text.indexOf(text.slice(0, 5)),
    endOffset: line.endOffset,
    name: nameOf(under.names[0]),
    nameOffset: under.names[0].offset,
    nameEndOffset: under.names[0].offset + under.names[0].name.length,
    names: under.names.map(nameOf),
    team: true,
    line,
  };
}

/** Table headers of the column that holds people's names. */
const NAME_HEADER =
  /^(?:names?|full\s+names?|person|who|staff\s+(?:member|name)|contact\s+name|name\s+of\s+(?:person|lead|staff))$/i;
/**
 * Table headers of the column that holds a role or job title — "Role in this procedure", "Role in the policy": the
 * role a document's own people hold in it.
 */
const ROLE_HEADER =
  /^(?:roles?(?:\s+(?:in|for)\s+(?:this|the|our)\s+(?:procedure|policy|policies|plan|programme|setting|club|group|organisation|document))?|position|post|job(?:\s+title)?|responsibilit(?:y|ies)|what\s+(?:they|he|she|I|we)\s+do(?:es)?)$/i;
/**
 * Table headers of a column that holds places: a nursery group's sites, a school's rooms, a site table's first
 * column ("Site", "Venue", "Setting", "Campus", "Location" …).
 */
export const PLACE_HEADER =
  /^(?:sites?|rooms?|nurser(?:y|ies)|settings?|locations?|venues?|branch(?:es)?|schools?|clubs?|teams?|groups?|address(?:es)?|bases?|cent(?:re|er)s?|offices?|campus(?:es)?|departments?|areas?|units?|hubs?|wards?|premises)(?:\s+name)?$/i;
/** A column of ratings: "Rating", "RAG", "RAG rating", "Status", "RAG status", "Current rating". */
const RATING_HEADER = /^(?:(?:current|overall)\s+)?(?:rag(?:\s+(?:rating|status))?|rating|status)$/i;
/** A traffic-light rating's colour alone: "Amber", "Green", "Red", "Amber/Green". */
const RATING_CELL = /^(?:red|amber|green)(?:\s*[/–—-]\s*(?:red|amber|green))?$/i;
/** Words of a safeguarding role: "Designated Safeguarding Lead", "DSL", "Welfare Officer", "child protection". */
export const SAFEGUARDING_ROLE = /safeguard|\bDS[LPO]s?\b|designated|child\s+protection|welfare\s+officer/i;
/** A table's header cell for the deputies in a word: "Deputy", "Deputies", "Alternate" ("Deputy DSL" is a role). */
export const DEPUTY_HEADER = /^(?:deput(?:y|ies)|alternates?)$/i;

/**
 * Whether a header cell (or a role cell) says `words`, in either language of a bilingual cell: "Imię i nazwisko /
 * Name", "Enw / Name", "Zastępcy / Deputies" — each side of a spaced slash is tried — or with the other language
 * in brackets after it: "Role (Rôl)", "Name (Enw)".
 */
function saysEither(words: RegExp, cell: string): boolean {
  return (
    words.test(cell) ||
    (/\s\/\s/.test(cell) && cell.split(/\s+\/\s+/).some((side) => words.test(side.trim()))) ||
    (cell.endsWith(")") && translated(cell) && words.test(cell.slice(0, cell.lastIndexOf("(")).trim()))
  );
}

/** A header's other language in brackets at its end: "(Rôl)", "(Enw)" — one or two words. */
const TRANSLATION = /^\(\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?\s*\)$/u;
const translated = (cell: string) => TRANSLATION.test(cell.slice(cell.lastIndexOf("(")));

/** Per list of lines, the index of each body row's header row (-1: none), filled as rows are looked up. */
const headerRows = new WeakMap<Line[], Map<number, number>>();

/**
 * The header cells (plain words, trimmed) of the Markdown table a body row is in: the row above the table's
 * separator line, when the row is below it.
 */
function headerAbove(lines: Line[], line: Line): string[] | undefined {
  const header = headerLineAbove(lines, line);
  return header && tableCells(header).map((c) => plain(c.text).trim());
}

/**
 * The header row of the Markdown table a body row is in (headerAbove). Each row is walked over once however many
 * rows ask.
 */
function headerLineAbove(lines: Line[], line: Line): Line | undefined {
  let known = headerRows.get(lines);
  if (!known) {
    known = new Map();
    headerRows.set(lines, known);
  }
  const walked: number[] = [];
  let header = -1;
  for (let i = line.index; i >= 1; i--) {
    const seen = known.get(i);
    if (seen !== undefined) {
      header = seen;
      break;
    }
    walked.push(i);
    if (isTableSeparator(lines[i - 1])) {
      header = i >= 2 && isTableRow(lines[i - 2]) ? i - 2 : -1;
      break;
    }
    if (!isTableRow(lines[i - 1])) break;
  }
  for (const i of walked) known.set(i, header);
  // A key-value box's first row is a pair like the others ("| Policy owner | Designated Safeguarding Lead |"): no
  // column's header.
  if (header < 0 || isKeyValueBoxAt(lines, header)) return undefined;
  return lines[header];
}

/** Per cell of a row being read, whether it holds only a role, by the role's label (holdsOnlyRole). */
const onlyRoleCells = new WeakMap<Cell, Map<string, boolean>>();

/**
 * Whether a table cell holds a role and nothing that could be a name: "Safeguarding Champion (club safeguarding lead)",
 * "| DDSL (Prim) |" (the role and the phase or site it covers), or any cell under a "Role" or "Position" heading
 * ("Nursery Manager & DSL"). Read once per cell and label: a cell mentioning its role again and again asks each time.
 */
function holdsOnlyRole(own: Cell, label: string, heading: string | undefined): boolean {
  let known = onlyRoleCells.get(own);
  if (!known) {
    known = new Map();
    onlyRoleCells.set(own, known);
  }
  let only = known.get(label);
  if (only === undefined) {
    const others = plain(own.text.replace(label, " "));
    only =
      plain(own.text).replace(FILLER, "").replace(/[:.]$/, "").length <= plain(label).length + 2 ||
      (others.includes("(") && ROLE_SCOPE.test(others.trim())) ||
      (heading !== undefined && saysEither(ROLE_HEADER, heading)) ||
      others
        .split(/[\s()[\],:;/–—-]+/)
        .filter(Boolean)
        .every((w) => NOT_NAME.has(w.toLowerCase()) || /^\p{Ll}/u.test(w));
    known.set(label, only);
  }
  return only;
}

function nameInRow(lines: Line[], line: Line, cells: Cell[], mention: LeadMention, text?: string): void {
  const column = cells.findIndex((c) => mention.offset >= c.offset && mention.offset <= c.endOffset);
  const own = cells[column];
  // "| Chief Executive | Ravi Dunmore | Line manages the DSL |": an org chart's role column says what the row's
  // person does about the role, whose holder is someone else — unless the cell names the holder after the role
  // ("| Covers the DSL, Tamsin Orley, on Saturdays |").
  const orgChart = own !== undefined && orgChartVerbBefore(own, mention.offset);
  // The row's table header, when the row is under one: "| Site | Role | Name | Telephone |".
  const header = headerAbove(lines, line);
  // "| Who | What they do |" with "| **Ann Lee** | Centre Manager – our Designated Safeguarding Lead |": in a
  // column of jobs beside a column of people, the role's cell says what the row's person does; its other words are
  // a job, not a name.
  let nameColumn = header ? header.findIndex((h) => saysEither(NAME_HEADER, h)) : -1;
  // "| Who | Name | When |": the roles stand under "Who", the people under "Name" beside it.
  if (header && nameColumn === column) {
    const other = header.findIndex((h, i) => i !== column && saysEither(NAME_HEADER, h));
    if (other >= 0) nameColumn = other;
  }
  if (
    own &&
    !orgChart &&
    header &&
    nameColumn >= 0 &&
    nameColumn !== column &&
    saysEither(ROLE_HEADER, header[column] ?? "") &&
    cells[nameColumn] &&
    !(lines[line.index + 1] && isTableSeparator(lines[line.index + 1]))
  ) {
    const cell = cells[nameColumn];
    const names = namesInCell(cell);
    if (names.length > 0) setNames(mention, names, cell.offset);
    else mention.placeholder ??= placeholderAt(plain(cell.text));
    return;
  }
  // "| Designated Safeguarding Lead: Jane Smith |", "| Jane Smith (DSL) |" — the name in the same cell.
  // After an org chart's verb, only the cell's words from the role on: the row's person is not the holder.
  if (own) {
    const from = orgChart ? mention.offset - own.offset : 0;
    const cellLine: Line = {
      index: line.index,
      offset: own.offset + from,
      endOffset: own.endOffset,
      text: own.text.slice(from),
    };
    nameInLine([cellLine], cellLine, mention, text);
    if (mention.name || mention.placeholder || orgChart) return;
  }
  // The role fills its cell: the name is another cell of the row that is a name.
  const roleCell = own && holdsOnlyRole(own, mention.label, header?.[column]);
  const next = lines[line.index + 1];
  // A key-value box's first row is a label and its value, as its other rows are: not a header over columns.
  const isHeader = next !== undefined && isTableSeparator(next) && !isKeyValueBoxAt(lines, line.index);
  // A header cell that names the role after a few words of its own ("Kids' Club Safeguarding Lead", "Site DSL"),
  // with no name in it: the column's heading, its people in the rows below.
  if (!roleCell && own && isHeader && qualifiedRoleHeading(own.text, mention.label)) {
    namesBelow(lines, line, column, mention);
    return;
  }
  // A column headed "Name" (or "Who") holds the person: the name is that cell of this row.
  if (roleCell && !isHeader && nameColumn >= 0 && nameColumn !== column && cells[nameColumn]) {
    const cell = cells[nameColumn];
    const text = plain(cell.text);
    const names = namesInCell(cell);
    if (names.length > 0) setNames(mention, names, cell.offset);
    else mention.placeholder ??= placeholderAt(text);
    return;
  }
  if (roleCell && !isHeader) {
    for (const [i, marked] of cells.entries()) {
      if (i === column) continue;
      const cell = unmarked(marked);
      // "| Heron Street | Deputy DSL | …": a column headed by a place holds the place's name, not a person's.
      if (header && saysEither(PLACE_HEADER, header[i] ?? "")) continue;
      // "| DSL and deputies trained | Amber | … |" under "Rating": a rating's colour, never a person ("Amber").
      if (
        header &&
        RATING_HEADER.test(plain(header[i] ?? "").trim()) &&
        RATING_CELL.test(plain(cell.text).trim())
      )
        continue;
      // The names the cell starts with, after a uniformed rank ("| Flying Officer Dev Raghunathan RAFAC |") or
      // — only in the cell right after the role's, never in a contact column — a job ("| Club Manager – Ms Tanisha
      // Greaves |"; not "| Headteacher | Office Manager – Mrs Jo Barr, 01632 960 000 |", whom to ring).
      // A name read with its rank first ("| Lieutenant Commander Oriel Vasquez-Brand RNR |" names the officer in
      // full), as this row reader always has; then namesInCell's rank, job and name.
      const text = plain(cell.text);
      const whole = cell.text.startsWith(text.slice(0, 3)) ? namesAt(text) : [];
      if (whole.length > 0 && cell.text.startsWith(whole[0].name)) {
        setNames(mention, whole, cell.offset);
        return;
      }
      const job = i === column + 1 && !(header && CONTACT_HEADER.test(header[i] ?? ""));
      const names = namesInCell(marked, job);
      if (names.length > 0) {
        setNames(mention, names, marked.offset);
        return;
      }
      if (!mention.placeholder && i === column + 1) mention.placeholder = placeholderAt(plain(cell.text));
    }
    // No name in the row: a card's, the name at the top of its column (cardNamesAbove).
    const top = cardNamesAbove(lines, line, cells.length)?.[column];
    if (top) {
      setNames(mention, top.names, top.offset);
      mention.placeholder = undefined;
    }
    return;
  }
  // A header row naming roles: the names are in the rows below, same column. A bare "Deputy" there is a deputy
  // lead's only when the header row or the line introducing the table says safeguarding ("| School | Headteacher |
  // Deputy |" under "The schools of the federation" holds deputy heads).
  if (roleCell && isHeader && own && DEPUTY_HEADER.test(plain(own.text).trim())) {
    const intro = lines
      .slice(0, line.index)
      .reverse()
      .find((l) => l.text.trim() !== "");
    const sentences = intro?.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u) ?? [];
    if (!SAFEGUARDING_ROLE.test(`${line.text} ${sentences[sentences.length - 1] ?? ""}`)) return;
  }
  if (roleCell && isHeader) {
    namesBelow(lines, line, column, mention);
    if (!mention.name) tickedBelow(lines, line, column, mention);
  }
}

/** Per header row, each cell's person when every cell is one person's name alone, or null (cardNamesAbove). */
const cardNameRows = new WeakMap<Line, ReadonlyArray<{ names: FoundName[]; offset: number }> | null>();

/**
 * "| Mrs Ann Lee | Mr Tom Ure |" over "| Deputy Head | Head of Boarding |" and "| Designated Safeguarding Lead |
 * Deputy DSL |": contact cards set side by side, one a column, a line of the card a row. The person of each column
 * when the table's first row names one person a cell and nothing else — a title, an initial or a name the tagger
 * knows as a person's, never a place or a group — and has as many cells as the row asking (`width`); none when any
 * cell is something else ("| Name | Role |", "| Course | Mrs Ann Lee |", "| Kestrel House | Osprey House |").
 */
function cardNamesAbove(
  lines: Line[],
  line: Line,
  width: number,
): ReadonlyArray<{ names: FoundName[]; offset: number }> | undefined {
  const header = headerLineAbove(lines, line);
  if (!header) return undefined;
  let people = cardNameRows.get(header);
  if (people === undefined) {
    people = cardNames(tableCells(header));
    cardNameRows.set(header, people);
  }
  return people && people.length === width ? people : undefined;
}

/** Each cell's person, when every cell of a row is one person's name alone (cardNamesAbove); else null. */
function cardNames(cells: Cell[]): Array<{ names: FoundName[]; offset: number }> | null {
  const people: Array<{ names: FoundName[]; offset: number }> = [];
  for (const cell of cells) {
    const names = namesInCell(cell, false);
    const name = names[0]?.name;
    if (names.length !== 1 || name !== plain(cell.text).trim()) return null;
    if (!personAfterJob(name) || placeOrGroup(name)) return null;
    people.push({ names, offset: cell.offset });
  }
  return people;
}

/** A column header about a role's training rather than its holder: "Deputy DSL trained", "DSL course (date)". */
const TRAINED_HEADER = /\b(?:trained|training|course|certificate|refresher|level\s*\d|dates?|completed)\b/i;
/** A tick column's yes: "✓", "✔", "Y", "Yes". */
const TICK_YES = /^(?:[✓✔☑✅]|y|yes)$/iu;
/** A tick column's no: "✗", "N", "No", a dash, nothing — and "x", read as no only beside a yes mark. */
const TICK_NO = /^(?:[✗✘☐]|n|no|x|[-–—]|)$/iu;

/**
 * "| Name | Role | DSL | Deputy DSL |" over "| Ann Lee | Coach | ✓ | x |": a role's column of tick marks (a key says
 * "✓ or Y = yes; x = no") — the ticked rows' people hold it. Every cell below is a mark, at least one a yes ("✓",
 * "Y"), so an "x" there is a no; a column of crosses alone is left unread (a cross may be the tick).
 */
function tickedBelow(lines: Line[], line: Line, column: number, mention: LeadMention): void {
  const header = tableCells(line).map((c) => plain(c.text).trim());
  const nameColumn = header.findIndex((h) => saysEither(NAME_HEADER, h));
  if (nameColumn < 0 || nameColumn === column) return;
  // "Deputy DSL trained", "DSL course": who has done a role's training, not who holds the role.
  if (TRAINED_HEADER.test(header[column] ?? "")) return;
  const ticked: Cell[] = [];
  let rows = 0;
  for (let i = line.index + 2; i < lines.length && isTableRow(lines[i]); i++) {
    const cells = tableCells(lines[i]);
    const mark = plain(cells[column]?.text ?? "").trim();
    if (TICK_YES.test(mark)) {
      if (!cells[nameColumn]) return;
      ticked.push(cells[nameColumn]);
    } else if (!TICK_NO.test(mark)) return;
    rows++;
  }
  if (rows < 2 || ticked.length === 0) return;
  const holders = ticked.map((cell) => ({ cell, names: namesInCell(cell) }));
  // Every ticked row names its person: a row whose name cell holds something else is no staff list's.
  if (holders.some((h) => h.names.length === 0)) return;
  setNames(
    mention,
    holders.flatMap((h) => h.names),
    holders[0].cell.offset,
  );
}

/** A column header of ways to reach someone: "Telephone", "Contact details", "How to reach them". */
const CONTACT_HEADER = /\b(?:contact|reach|telephone|phone|tel|mobile|e-?mail|number)\b/i;

/** A job opening a cell, and what parts it from a name after it: "Club Manager – ", "Head of Care: ", "Owner (". */
const JOB_THEN_NAME =
  /^[^\S\n]*(\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:of|for|the|and|&|\p{Lu}[\p{L}'’-]*)){0,5})[^\S\n]*(?:[–—:]|-[^\S\n]|\()[^\S\n]*/u;

/** Whether capitalised words are a job, not a name: a job's word ("Manager", "Owner") or an occupation. */
function jobWords(words: string): boolean {
  return words.split(/\s+/).some((w) => NOT_NAME.has(w.toLowerCase())) || occupation(words);
}

/** Up to four capitalised words opening running text, each followed by a space: a job's words, perhaps. */
const OPENING_CAPITALS = /^(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){1,4}/u;

/**
 * The holder after a job's words with no comma or dash between ("Assistant Play Leader Bethany Rowe"): the
 * longest opening run of capitalised words that is an occupation or all a job's words, then a name the tagger knows as a person's or
 * with a title or initial — never a place or a group.
 */
function holderAfterBareJob(window: string): { names: FoundName[]; at: number } | undefined {
  const opening = OPENING_CAPITALS.exec(window)?.[0] ?? "";
  const words = opening.trim().split(/\s+/).filter(Boolean);
  for (let k = words.length; k >= 1; k--) {
    const job = words.slice(0, k);
    if (!(occupation(job.join(" ")) || job.every((w) => NOT_NAME.has(w.toLowerCase())))) continue;
    const at = lengthOfWords(window, k);
    const names = namesAt(window.slice(at), { strength: "strong" });
    if (
      names.length > 0 &&
      names[0].start === 0 &&
      personAfterJob(names[0].name) &&
      !placeOrGroup(names[0].name)
    )
      return { names, at };
  }
  return undefined;
}

/** Where the `count`-th word of `text` ends, with the spaces after it. */
function lengthOfWords(text: string, count: number): number {
  const m = new RegExp(`^(?:\\S+\\s+){${count}}`).exec(text);
  return m ? m[0].length : text.length;
}

/** A header row's role: the first names in the rows below, same column. */
function namesBelow(lines: Line[], line: Line, column: number, mention: LeadMention): void {
  for (let i = line.index + 2; i < lines.length && isTableRow(lines[i]); i++) {
    const cell = tableCells(lines[i])[column];
    if (!cell) continue;
    const found = namesInCell(cell);
    // "| Ashgrove | Mrs Philippa |" over "|  | Ormsby-Tate |": her name wrapped onto the next row (wrapped-surname.ts).
    const next = lines[i + 1];
    const whole =
      found.length === 1 && next && isTableRow(next)
        ? surnameWrappedBelow(cell.text, tableCells(next), column)
        : undefined;
    const names = whole ? [{ ...found[0], name: whole }] : found;
    if (names.length > 0) {
      // Under a plural role ("Deputy Safeguarding Leads"), each holder on a line of the cell of their own:
      // "Tom Ure (Organiser), 07700 900413<br>Ada Lane (Volunteer Manager), 07700 900414".
      const more = PLURAL_ROLE.test(plain(mention.label).trim()) ? holdersAfterBreaks(cell) : [];
      const known = new Set(names.map((n) => n.name));
      setNames(mention, [...names, ...more.filter((n) => !known.has(n.name))], cell.offset);
      return;
    }
    mention.placeholder ??= placeholderAt(plain(cell.text));
  }
}

/**
 * The holders after the first under a plural role, each opening a sentence or item of their own in the same cell or
 * line: "| Deputies | Mina Castell, Play Leader, Orchard Site (07700 900201). Rhys Vantongeren, Play Leader, Brook
 * Site (07700 900202). |". Only where the first name opens the role's value and every item is a listing — the name,
 * then a job, a place or a way to reach them, each part capitalised ("Owen Pask, Treasurer, keeps the rota" goes on
 * about Owen Pask) — and only up to the first item that is not one.
 */
function listedHolders(line: Line, cells: Cell[] | undefined, mention: LeadMention): LeadMention[] {
  const start = mention.nameOffset;
  const end = mention.nameEndOffset;
  if (start === undefined || end === undefined || start < mention.endOffset) return [];
  const cell = cells?.find((c) => start >= c.offset && start <= c.endOffset);
  if (cells && !cell) return [];
  const from = cell ? cell.offset : mention.endOffset;
  const to = cell ? cell.endOffset : line.endOffset;
  // The name opens the role's value: nothing but marks between ("Deputies: Mina …", "| Mina … |").
  if (!/^[\s:*_–—-]*$/.test(line.text.slice(from - line.offset, start - line.offset))) return [];
  const rest = line.text.slice(end - line.offset, to - line.offset);
  const items = listItems(rest, cell ? [] : lineBreaksBetweenEntries(rest, end));
  if (items.length < 2 || !listingAfterName(items[0].text)) return [];
  const found: LeadMention[] = [];
  for (const item of items.slice(1)) {
    const name = namesAt(item.text, { strength: "strong" })[0];
    if (name?.start !== 0 || placeOrGroup(name.name)) break;
    const after = item.text.slice(name.end);
    if (!listingAfterName(after)) break;
    // A person by the tagger, a title or an initial; or any name with a job straight after it, as in "Rhys
    // Vantongeren, Play Leader" (not "Eastgate Furniture Project, Unit 4": a place and where in it).
    const job = /^\s*(?:,|[–—-])\s*([^,()]+)/.exec(after)?.[1].trim();
    if (!personAfterJob(name.name) && !(job && jobWords(job))) break;
    const holder: LeadMention = { ...mention };
    setNames(holder, [name], end + item.at);
    found.push(holder);
  }
  return found;
}

/**
 * `text` cut into items at a full stop or semicolon and a capital after it; not at an initial's or a title's full
 * stop ("J. Smith", "St. Anne's", "Dr. Lee"). `breaks`: more places to cut, each a one-character line break read as
 * a space (lineBreaksBetweenEntries), in ascending order.
 */
function listItems(text: string, breaks: readonly number[] = []): { text: string; at: number }[] {
  const stops: { stop: number; length: number }[] = [];
  for (const m of allMatches(ITEM_BREAK, text)) {
    const stop = m.index ?? 0;
    if (SHORT_BEFORE_STOP.test(text.slice(Math.max(0, stop - 6), stop))) continue;
    stops.push({ stop, length: m[0].length });
  }
  for (const stop of breaks) stops.push({ stop, length: 1 });
  stops.sort((a, b) => a.stop - b.stop);
  const items: { text: string; at: number }[] = [];
  let at = 0;
  for (const { stop, length } of stops) {
    if (stop < at) continue;
    items.push({ text: text.slice(at, stop), at });
    at = stop + length;
  }
  items.push({ text: text.slice(at), at });
  return items;
}

/** An entry's finished end before a written line break: a phone number's digit, a bracket, an email address. */
const ENTRY_END = /(?:\d|\)|\S@\S+)[^\S\n]*$/u;

/**
 * The written line breaks in `rest` (its text from document offset `base`; read as spaces, see softBreaks) between
 * one holder's finished entry and the next, in a plural role's value: "Deputy Safeguarding Leads:" over "Mina
 * Castell, Senior Instructor – 01632 960 702" and "Rhys Vane, Night Warden – 07700 900 703" on lines of their own.
 * Only after a phone number, a bracket or an email address and before a capital: a wrapped line ("…, Tom" / "Reed,
 * Teacher") is one entry run on. listedHolders still asks each item to be a person's name and a listing.
 */
function lineBreaksBetweenEntries(rest: string, base: number): number[] {
  const found: number[] = [];
  for (let k = softBreakFrom(base); k < softBreaks.length && softBreaks[k] < base + rest.length; k++) {
    const at = softBreaks[k] - base;
    // Only the line's last characters are read (an entry's end is short): testing the whole text before each
    // break again would take time growing with the square of a long value's length.
    if (
      at > 0 &&
      ENTRY_END.test(rest.slice(Math.max(0, at - 80), at)) &&
      /^\p{Lu}/u.test(rest.slice(at + 1, at + 3))
    )
      found.push(at);
  }
  return found;
}

const ITEM_BREAK = /[.;]\s+(?=\p{Lu})/gu;
/** A word whose full stop is an abbreviation's: an initial, a title, "St", "No". */
const SHORT_BEFORE_STOP = /(?:^|[\s(])(?:\p{Lu}|Mr|Mrs|Ms|Mx|Dr|St|Rev|Revd|Prof|No|Tel)$/u;

/**
 * What follows a name in a list of people: a comma, a dash or a bracket, then parts that are each a job, a place or
 * a way to reach them — capitalised words (with "of", "for", "the", "and"…), numbers, addresses, brackets.
 */
function listingAfterName(after: string): boolean {
  if (!/^\s*(?:,|\(|[–—-]\s)/.test(after)) return false;
  const words = after
    .replace(/\([^()]*\)/g, " ")
    .replace(/[.;,]\s*$/, "")
    .split(/[\s,–—:/]+/)
    .filter(Boolean);
  return words.every((w) => /^[\p{Lu}\d+(]|@/u.test(w) || LISTING_SMALL_WORDS.has(w));
}

const LISTING_SMALL_WORDS = new Set(["of", "for", "the", "and", "&", "at", "in", "on", "to", "-"]);

/** A line break inside a Markdown table cell, or a phone number's end and a space (Word's breaks read as spaces). */
const CELL_LINE_BREAK = /<br\s*\/?>\s*|(?<=\d{3}\s?\d{3,4})\s+(?=\p{Lu})/gu;

/** The names that open each later line of a cell, placed in the cell: a person the tagger knows, or titled. */
function holdersAfterBreaks(cell: Cell): FoundName[] {
  const found: FoundName[] = [];
  for (const m of allMatches(CELL_LINE_BREAK, cell.text)) {
    const at = (m.index ?? 0) + m[0].length;
    const names = namesAt(cell.text.slice(at), { strength: "strong" });
    if (
      names.length > 0 &&
      names[0].start === 0 &&
      personAfterJob(names[0].name) &&
      !placeOrGroup(names[0].name)
    )
      found.push({ ...names[0], start: names[0].start + at, end: names[0].end + at });
  }
  return found;
}

/**
 * A header cell that ends with the role, after at most three words that say whose lead it is: "Kids' Club
 * Safeguarding Lead", "Unit Safeguarding Lead", "Site DSL". Not a role with words after it ("Safeguarding Lead
 * training").
 */
function qualifiedRoleHeading(cell: string, label: string): boolean {
  const words = plain(cell).replace(/[:.]$/, "").trim();
  const role = plain(label).trim();
  if (!words.endsWith(role)) return false;
  const before = words.slice(0, words.length - role.length).trim();
  return before.split(/\s+/).filter(Boolean).length <= 3;
}

/** Bold or italic marks opening a cell's words: "**Mrs Ann Lee**", "__Tom Ure__, Deputy Head", "*Jo Hay*". */
const OPENING_MARKS = /^(?:\*\*|__|\*|_)(?=\p{Lu})/u;

/**
 * A cell without the bold or italic marks that open its words (a Word table's names in bold runs), placed where
 * its words start; the marks are no words, and a name at the cell's start is still at its start without them.
 */
function unmarked(cell: Cell): Cell {
  const marks = OPENING_MARKS.exec(cell.text)?.[0].length ?? 0;
  return marks === 0 ? cell : { ...cell, text: cell.text.slice(marks), offset: cell.offset + marks };
}

/**
 * The names a table cell starts with, placed in the cell, after a uniformed rank ("| Crew Manager Ann Lee /
 * Firefighter Ben Ford |", "| Lt. Ana Cole & Mrs Jo Hay |"); none when the cell starts with something else.
 */
export function namesInCell(whole: Cell, job = true): FoundName[] {
  // "| **Hollowmere Green:** Mrs Ada Lowe (Manager) |": a bold label of the row's place, ending in a colon, before
  // the holder's name — the name is read after it (a label with no name after it is read as before).
  const boldLabel = BOLD_CELL_LABEL.exec(whole.text)?.[0];
  if (boldLabel && isPlaceLabel(boldLabel)) {
    const rest = {
      ...whole,
      text: whole.text.slice(boldLabel.length),
      offset: whole.offset + boldLabel.length,
    };
    const after = namesInCell(rest, false);
    if (after.length > 0 && after[0].start === 0)
      return after.map((n) => ({ ...n, start: n.start + boldLabel.length, end: n.end + boldLabel.length }));
  }
  const cell = unmarked(whole);
  const text = plain(cell.text);
  if (!cell.text.startsWith(text.slice(0, 3))) return [];
  // "| Club Welfare Officer | Name: Bryn Aldous  Tel: 07700 … |": a label before the holder's name.
  const label = CELL_NAME_LABEL.exec(cell.text)?.[0] ?? "";
  const rank = label + (rankAt(cell.text.slice(label.length)) ?? "");
  const names = namesAt(plain(cell.text.slice(rank.length)));
  if (names.length === 0 || !cell.text.slice(rank.length).startsWith(names[0].name))
    return job && !label ? jobThenNames(whole) : [];
  // Placed in the cell as given, its opening marks counted.
  const at = rank.length + cell.offset - whole.offset;
  return names.map((n) => ({ ...n, start: n.start + at, end: n.end + at }));
}

/** How far into a table cell a name is looked for past its start: a cell that runs longer is prose, not a holder's. */
const CELL_NAME_REACH = 160;

/** A capital opening a word: where a name may start. */
const WORD_CAPITAL = /(?<![\p{L}\p{M}\d'’-])\p{Lu}/gu;

/** Words just before a name that make it the post's former holder: "(previously Mr Ann Lee, …)", "replacing Mrs B". */
const FORMER_HOLDER_BEFORE =
  /\b(?:previously|formerly|former|was|replacing|replaces|succeeding|vice)\s*:?\s*$/i;

/** Words just before a name (trimmed) that make it the post's acting holder: "interim:", "acting DSL –", "covered by". */
const ACTING_BEFORE =
  /(?<![\p{L}\d])(?:(?:acting|interim|temporary|covering)(?:\s+[\p{L}-]+)?(?:\s*[:–—-])?|covered\s+by|cover\s*:)$/iu;

/** Words just after a name that make it the post's acting holder: " (Oakfield) is acting DSL", " covering", " (interim)". */
const ACTING_AFTER =
  /^(?:\s*\([^()\n]{0,40}\))?,?\s*(?:\(|(?:is|will\s+be|as)\s+)?(?:acting|interim|covering|covers|temporar(?:y|ily))\b/i;

/**
 * The first person a table cell names as the post's acting holder in its first CELL_NAME_REACH characters — read at
 * each capitalised word as namesInCell reads a cell's start, with a word of acting, interim or cover tied to the name:
 * "Vacant from 1 November 2026 – Mrs Ann Lee (Oakfield) is acting DSL", "To be appointed (interim: Mrs Bea Moss, Trust
 * DSL)", "TBC – covered by Mr Cal Ure". Not anyone else the cell names ("Vacant – interviews led by Mr Ben Cole, Head
 * of HR"), nor a former holder ("Vacant (previously Mr Cal Ure, left in July)"). Placed in the cell's plain words.
 */
export function actingHolderInCell(cell: Cell): FoundName | undefined {
  return holderInCell(cell, true);
}

/**
 * The first person a table cell names in its first CELL_NAME_REACH characters, other than a former holder: "Mr Ivo
 * Quennell", "Vacant – interviews led by Mr Ben Cole" (Mr Ben Cole). Placed in the cell's plain words.
 */
export function personInCell(cell: Cell): FoundName | undefined {
  return holderInCell(cell, false);
}

/** `personInCell`, or with `acting` only a person with a word of acting, interim or cover tied to the name. */
function holderInCell(cell: Cell, acting: boolean): FoundName | undefined {
  const text = plain(cell.text).slice(0, CELL_NAME_REACH);
  let past = 0;
  for (const m of text.matchAll(WORD_CAPITAL)) {
    const at = m.index ?? 0;
    // A name is passed over whole: "Mr Cal Ure" is not read again as "Cal Ure".
    if (at < past) continue;
    const name = namesInCell({ ...cell, text: text.slice(at), offset: cell.offset + at })[0];
    if (!name) continue;
    const before = text.slice(Math.max(0, at - 32), at);
    const after = text.slice(at + name.end, at + name.end + 60);
    if (
      !FORMER_HOLDER_BEFORE.test(before) &&
      (!acting || ACTING_BEFORE.test(before.trimEnd()) || ACTING_AFTER.test(after))
    )
      return { ...name, start: name.start + at, end: name.end + at };
    past = at + name.end;
  }
  return undefined;
}

/** A cell's bold label, its colon inside the bold or just after it: "**Hollowmere Green:** ", "**North site**: ". */
const BOLD_CELL_LABEL =
  /^[^\S\n]*(?:\*\*|__)[^*_:\n]{1,40}(?::[^\S\n]*(?:\*\*|__)|(?:\*\*|__)[^\S\n]*:)[^\S\n]*(?=\S)/;

/**
 * A bold label that is a place ("Hollowmere Green", "North site"): capitalised, not a word of the post's state
 * ("**Vacant:** Mrs Ada Lowe (until July 2026)", "**Interim:**", "**Previously:**"), after which the name is no
 * holder's the label may be read past.
 */
function isPlaceLabel(label: string): boolean {
  const words = label.replace(/[*_:]/g, " ").trim();
  return /^\p{Lu}/u.test(words) && !POST_STATE.test(words);
}

const POST_STATE =
  /^(?:vacant|vacancy|tbc|tba|tbd|to\s+be\b|previously|formerly|former|until|interim|acting|temporary|temp|cover|covering|currently|current|outgoing|incoming|new|from|since|pending|awaiting|recruiting|retired|retiring|left|leaving|on\s+leave|none|n\/a|note|post|appointed|due|was)\b/i;

/** A cell's label before the holder's name: "Name: ", "Full name – ". */
const CELL_NAME_LABEL = /^(?:full\s+)?name\s*(?::|[–—]\s)\s*/i;

/** The last word of a place's name: "Rowan House", "Willow Lodge", "Acorn Site", "Little Wrens Ltd". */
const PLACE_NOUN =
  /\s(?:house|lodge|hall|centre|center|court|cottage|manor|grange|farm|barn|place|building|room|site|campus|school|academy|college|nursery|church|chapel|trust|club|hub|ward|unit|office|library|park|road|street|lane|ltd|limited|cic|federation)$/i;

/** A group's name: "Oak Class", "Kestrel Team", "Hollowmere Juniors", "1st Ashby Pack", "Under Twelves". */
const GROUP_NOUN =
  /^under\s|\s(?:class|classes|team|group|juniors|seniors|youth|section|squad|branch|department|dept|service|services|pack|troop|unit|band|choir|committee|board|panel|society|association|partnership)$/i;

/** Whether capitalised words after a job name a place or a group ("Willow Lodge", "Oak Class"), not a person. */
function placeOrGroup(name: string): boolean {
  return !TITLED_OR_INITIAL.test(name) && (PLACE_NOUN.test(name) || GROUP_NOUN.test(name));
}

/**
 * Whether the words after a job are a person: a title ("Mrs Jo Barr") or an initial, or a name the tagger knows as
 * a person's that does not end in a place's word ("Tanisha Greaves"; not "Rowan House", "Willow Lodge").
 */
function personAfterJob(name: string): boolean {
  return TITLED_OR_INITIAL.test(name) || (looksLikePerson(name) && !PLACE_NOUN.test(name));
}

/**
 * The names after a job that opens a cell, placed in the cell: "| Club Manager – Ms Tanisha Greaves, 07700 900358 |",
 * "| Head of Care: Mr Ade Cole |", "| Owner (Mr Graham Fennimore) |". The job is a job's words or an occupation,
 * never a name; none when the cell opens with anything else.
 */
function jobThenNames(whole: Cell): FoundName[] {
  const cell = unmarked(whole);
  const job = JOB_THEN_NAME.exec(cell.text);
  if (!job || !jobWords(job[1])) return [];
  const rest = { ...cell, text: cell.text.slice(job[0].length), offset: cell.offset + job[0].length };
  const text = plain(rest.text);
  if (!rest.text.startsWith(text.slice(0, 3))) return [];
  const names = namesAt(text);
  if (names.length === 0 || !rest.text.startsWith(names[0].name) || !personAfterJob(names[0].name)) return [];
  const at = rest.offset - whole.offset;
  return names.map((n) => ({ ...n, start: n.start + at, end: n.end + at }));
}

// ---------------------------------------------------------------------------
// Names
// ---------------------------------------------------------------------------

/** A person's name at the very start of `text`: two or more capitalised words, or a title and a surname. */
export function nameAtStart(text: string): string | undefined {
  const found = nameAt(text)?.name;
  // Two words at least, as before: "Jane Smith", "Mrs Smith", "J. Smith" (a lone "Jane" is not enough here).
  return found && /\s/.test(found) ? found : undefined;
}

/** Named leads, one per person (first mention), dsl before deputy when a person holds both. */
export function namedLeads(mentions: LeadMention[]): LeadMention[] {
  const byName = new Map<string, LeadMention>();
  for (const mention of mentions) {
    if (!mention.name) continue;
    const key = nameKey(mention.name);
    const seen = byName.get(key);
    if (!seen) byName.set(key, mention);
  }
  return [...byName.values()];
}

/** Two name keys for one person: equal, or one is the other's first two or more words. */
export function sameName(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.split(" ").length >= 2 && long.startsWith(`${short} `);
}

/**
 * Two names in full for one person, the first name spelt two ways ("Bernadette Quilliam-Roe" and "Bernadetta
 * Quilliam-Roe"): the same words after the first, and first names of one length (six letters or more) that share
 * their first letter and differ in one other. Shorter first names one letter apart ("Joan", "John") are two people;
 * so may these be — the caller asks for one role as well.
 */
export function spelledOtherwise(a: string, b: string): boolean {
  const [x, y] = [nameKey(a).split(" "), nameKey(b).split(" ")];
  if (x.length < 2 || x.length !== y.length || x.slice(1).join(" ") !== y.slice(1).join(" ")) return false;
  const [p, q] = [x[0], y[0]];
  if (p.length < 6 || p.length !== q.length || p[0] !== q[0]) return false;
  let differ = 0;
  for (let k = 1; k < p.length; k++) if (p[k] !== q[k]) differ++;
  return differ === 1;
}

const HONORIFIC_AT_START = new RegExp(`^(?:${HONORIFICS.join("|")})\\.?\\s+`, "i");

/** A nickname in quotes between a first name and a surname: 'Robert "Robbie" Hale', "Robert ‘Bob’ Hale". */
const NICKNAME_QUOTED = /(?<![ \t\u00a0])[ \t\u00a0]+(?:"[^"\s]+"|“[^“”\s]+”|‘[^‘’\s]+’|'[^'\s]+')(?=\s)/g;

/** The word in quotes or brackets after a name's first word, and the surname after it: 'Robert "Robbie" Hale'. */
const NICKNAME_PARTS =
  /^\S+[ \t\u00a0]+(?:"([^"\s]+)"|“([^“”\s]+)”|‘([^‘’\s]+)’|'([^'\s]+)'|\(([^()\s]+)\))[ \t\u00a0]+(\S.*)$/u;

/**
 * The key of the name a person also goes by, the word in quotes or brackets between their first name and surname:
 * 'Robert "Robbie" Hale' → "robbie hale", "Margaret (Peggy) Ellis" → "peggy ellis"; none for other names.
 */
export function nicknameKey(name: string): string | undefined {
  const m = NICKNAME_PARTS.exec(name.replace(HONORIFIC_AT_START, "").trim());
  const nick = m?.slice(1, 6).find((w) => w !== undefined);
  return m && nick ? nameKey(`${nick} ${m[6]}`) : undefined;
}

/**
 * Names compared without titles, case or punctuation: "Mrs J. Smith" ≈ "mrs j smith"; without a full first name in
 * brackets: "Bex (Rebecca) Harper-Lowe" ≈ "bex harper-lowe".
 */
export function nameKey(name: string): string {
  // The bracket strip starts only at the start of a run of spaces (the lookbehind): tried at every space of a long
  // run, it was quadratic.
  return name
    .replace(HONORIFIC_AT_START, "")
    .replace(/(?<!\s)\s*\([^()]*\)(?=\s)/g, "")
    .replace(NICKNAME_QUOTED, "")
    .replace(/[.’']/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * The leads a reader's table blocks name (a PDF's table, its cells broken over short lines the text reader cannot
 * tie to the header above): each table read as the Markdown table of its rows × cells, a person under a role's
 * header cell named for it as in a Markdown or Word table. Only mentions that name someone, at the cell of the row
 * that holds the name. Tables the text already shows as Markdown rows are left to findLeadMentions. `whole`: the
 * document's own mentions (findLeadMentions), whose role words its tables are read with.
 */
export function tableBlockLeads(
  text: string,
  tables: ReadonlyArray<{
    rows: ReadonlyArray<ReadonlyArray<{ text: string; offset: number; endOffset: number }>>;
  }>,
  lines = splitLines(text),
  whole?: readonly LeadMention[],
): LeadMention[] {
  const found: LeadMention[] = [];
  for (const table of tables) {
    const [header, ...rows] = table.rows;
    if (!header?.length || rows.length === 0) continue;
    const first = header.find((c) => c.text) ?? header[0];
    if (isTableRow(lines[lineAt(lines, first.offset)])) continue;
    const row = (cells: ReadonlyArray<{ text: string }>) =>
      `| ${cells.map((c) => c.text.replace(/[|\n]/g, " ")).join(" | ")} |`;
    const markdown = [row(header), row(header.map(() => ({ text: "---" }))), ...rows.map(row)].join("\n");
    const markdownLines = splitLines(markdown);
    for (const mention of findLeadMentions(markdown, markdownLines, markdown, whole)) {
      if (!mention.name || mention.nameOffset === undefined) continue;
      // The row holding the name (the header is row 0, the separator line 1), and its cell holding it.
      const at = lineAt(markdownLines, mention.nameOffset);
      const cells = at === 0 ? header : rows[at - 2];
      if (!cells) continue;
      // A name wrapped onto the next row ("Mrs Philippa" over "Ormsby-Tate"): the cell its first part fills.
      const name = mention.name;
      const cell =
        cells.find((c) => c.text.includes(name)) ??
        cells.find((c) => c.text && name.startsWith(`${c.text} `)) ??
        cells.find((c) => c.text) ??
        cells[0];
      const line = lines[lineAt(lines, cell.offset)];
      found.push({
        ...mention,
        offset: cell.offset,
        endOffset: cell.endOffset,
        nameOffset: cell.offset,
        nameEndOffset: cell.endOffset,
        line,
      });
    }
  }
  return found;
}

/** Whether `name` is `whole` cut short after a word: "Mr Ravi" of "Mr Ravi Chaudhry-Penn". */
function cutShort(name: string, whole: string): boolean {
  return whole.length > name.length && whole.startsWith(name) && /[\s-]/.test(whole.charAt(name.length));
}

/**
 * A role in a table's header repeated on the next page, outside the block ("School Designated Safeguarding Lead Deputy
 * DSL(s) Safeguarding phone" over the cut row's rest), and a name read from a cell under another header: "Deputy DSL"
 * then "(Fernside North)", the row's school. The header's words are not the cell's role.
 */
function repeatedHeaderRole(
  m: LeadMention,
  header: ReadonlyArray<{ text: string }>,
  cellAt: (offset: number) => { column: number } | undefined,
): boolean {
  if (!m.name || m.team || m.author || m.nameOffset === undefined || cellAt(m.offset)) return false;
  const name = cellAt(m.nameOffset);
  if (!name) return false;
  const label = m.label.replace(/\s+/g, " ").toLowerCase();
  const column = header.findIndex((c) => c.text.replace(/\s+/g, " ").toLowerCase().includes(label));
  return column >= 0 && column !== name.column;
}

/**
 * A role in a body cell under a course's header, and a name from another cell of its row: "| Name | Course |
 * Completed |" over "| Omar Reyes | Designated Safeguarding Lead (Level 3) | 27 February 2025 |", which a PDF's text
 * runs together as "Omar Reyes Designated Safeguarding Lead …". The cell is the course he did, not a post he holds.
 */
function courseCellRole(
  m: LeadMention,
  header: ReadonlyArray<{ text: string }>,
  cellAt: (offset: number) => { row: number; column: number } | undefined,
): boolean {
  if (!m.name || m.team || m.author || m.nameOffset === undefined) return false;
  const role = cellAt(m.offset);
  const name = cellAt(m.nameOffset);
  if (!role || !name || role.row === 0 || name.row !== role.row || name.column === role.column) return false;
  return COURSE_HEADER.test(header[role.column]?.text.trim() ?? "");
}

/** A column header over courses: "Course", "Training", "Course completed", "Training undertaken". */
const COURSE_HEADER =
  /^(?:courses?|training|qualifications?)\b(?!\s+(?:lead|officer|contact|co-?ordinator)s?\b)/i;

/**
 * A PDF's text mentions (findLeadMentions over its text) without those that pair a role and a name from two cells of
 * one table block in neither the same row nor the same column, where the block's own reading (tableBlockLeads) names
 * others for the role: the text breaks each cell over short lines, so a header's "DSL" and "Deputy DSL" seem to be
 * followed, rows later, by whichever names come next ("Name Role DSL Deputy DSL … Tobias Wrenfield Commodore x x ✓
 * …"), while the block ties a tick or a name to its own row and column. A role and a name in one row ("Designated
 * Safeguarding Lead | Anwen Bracegirdle") or one column (a header over its holder) are paired as the table pairs
 * them, and stay; so do mentions outside the tables. The mentions kept are read with the whole document's role words.
 * A name that runs on from its cell into the next cell of its row ("Shona Patel-Greaves Transport Co-ordinator –
 * Deputy Safeguarding Lead": the text puts a row's cells a space apart) is the name the block's own reading gives
 * for that role in the cell the name starts in ("Shona Patel-Greaves"), where it gives one.
 */
export function withoutMisreadTableRoles(
  mentions: LeadMention[],
  text: string,
  tables: ReadonlyArray<{
    rows: ReadonlyArray<ReadonlyArray<{ text: string; offset: number; endOffset: number }>>;
  }>,
): LeadMention[] {
  const dropped = new Set<LeadMention>();
  const mended = new Map<LeadMention, LeadMention>();
  for (const table of tables) {
    // The cell that holds an offset: of a row the page break split, whose cells' ranges each run on to the next
    // page over the cells after them, the one that starts last before it.
    const cellAt = (offset: number) => {
      let found: { row: number; column: number; cell: (typeof table.rows)[number][number] } | undefined;
      for (const [row, cells] of table.rows.entries())
        for (const [column, cell] of cells.entries())
          if (offset >= cell.offset && offset < cell.endOffset && cell.offset >= (found?.cell.offset ?? 0))
            found = { row, column, cell };
      return found;
    };
    let ownReading: LeadMention[] | undefined;
    const ownLeads = () => {
      ownReading ??= tableBlockLeads(text, [table], undefined, mentions).filter((m) => m.name && !m.team);
      return ownReading;
    };
    for (const m of mentions) {
      if (!m.name || m.team || m.author || m.nameOffset === undefined || m.nameEndOffset === undefined)
        continue;
      if ((m.names?.length ?? 1) > 1) continue;
      const first = cellAt(m.nameOffset);
      const last = first && cellAt(m.nameEndOffset - 1);
      if (!first || !last || last.row !== first.row) continue;
      // Inside one cell, a name the text cut short where the cell's line broke, the rest of the cell's words after
      // the row's other cells ("Mr Ravi" of "Mr Ravi Chaudhry-" / "Penn", the row's rest over the page): a cell
      // whose range runs on over another of its row's; or whose surname is alone on the next row ("Mrs Philippa" over
      // "Ormsby-Tate", wrapped-surname.ts).
      const short = last.column === first.column;
      const row = table.rows[first.row];
      if (
        short &&
        !row.some((c) => c.offset > first.cell.offset && c.offset < first.cell.endOffset) &&
        !surnameWrappedBelow(first.cell.text, table.rows[first.row + 1], first.column)
      )
        continue;
      const theirs = ownLeads().find((o) => o.role === m.role && o.nameOffset === first.cell.offset);
      if (!theirs?.name) continue;
      if (short && !cutShort(m.name, theirs.name)) continue;
      const at = text.indexOf(theirs.name, first.cell.offset);
      const inCell = at >= 0 && at + theirs.name.length <= first.cell.endOffset;
      const place = short ? [m.nameOffset, m.nameEndOffset] : [first.cell.offset, first.cell.endOffset];
      mended.set(m, {
        ...m,
        name: theirs.name,
        names: theirs.names ?? [theirs.name],
        nameOffset: inCell ? at : place[0],
        nameEndOffset: inCell ? at + theirs.name.length : place[1],
      });
    }
    for (const m of mentions)
      if (
        repeatedHeaderRole(m, table.rows[0] ?? [], cellAt) ||
        courseCellRole(m, table.rows[0] ?? [], cellAt)
      )
        dropped.add(m);
    const across = mentions.filter((m) => {
      if (!m.name || m.team || m.author || m.nameOffset === undefined) return false;
      const role = cellAt(m.offset);
      const name = role && cellAt(m.nameOffset);
      return !!name && name.row !== role.row && name.column !== role.column;
    });
    if (across.length === 0) continue;
    const own = ownLeads();
    for (const mention of across) {
      const theirs = own.filter((m) => m.role === mention.role).flatMap((m) => m.names ?? [m.name ?? ""]);
      if (theirs.length === 0) continue;
      const names = mention.names ?? [mention.name ?? ""];
      if (names.some((name) => theirs.some((their) => sameName(nameKey(name), nameKey(their))))) continue;
      dropped.add(mention);
    }
  }
  if (dropped.size === 0 && mended.size === 0) return mentions;
  const kept = mentions.filter((m) => !dropped.has(m)).map((m) => mended.get(m) ?? m);
  const roles = rolesOfReading.get(mentions);
  if (roles) rolesOfReading.set(kept, roles);
  return kept;
}
