/**
 * Review statements: when the policy is next reviewed ("Next review date: …", "REVIEW DUE: Spring Term 2021",
 * "| Policy review due | 21st June 2020 |"), when it was last reviewed or approved ("Reviewed: Sept 23",
 * "Adopted 2016-02-09", "Agreed by governors March 2022", "Signed … Date: 03/11/2020"), and how often it is
 * reviewed ("This policy will be reviewed every year"). From these, `reviewSchedule` works out when the policy
 * is due: the latest stated next review, or else the last review or approval plus the stated interval.
 */

import { format, parseISO } from "date-fns";
import type { SourceDocument } from "../rule.js";
import { OTHER_LANGUAGE_REVIEW_WORD } from "./bilingual.js";
import {
  addDaysToIso,
  addMonthsToIso,
  type DateMatch,
  describeLooseDate,
  findDates,
  findSchoolYears,
  formatUk,
  type LooseDate,
  monthNumber,
  parseLooseDate,
} from "./dates.js";
import {
  cellBreaksAsSpaces,
  historyLines,
  isBlank,
  isMarkdownHeading,
  isPlainHeading,
  isTableRow,
  isTableSeparator,
  joinWrappedLines,
  type Line,
  lineAt,
  nextNonBlank,
  readingText,
  SECTION_LINE,
  splitLines,
  tableCells,
} from "./lines.js";
import { allMatches, escapeRegExp } from "./matches.js";

// ---------------------------------------------------------------------------
// Review statements
// ---------------------------------------------------------------------------

/**
 * Where one statement ends and the next begins on a line: a sentence's end, or a field separator of a line of
 * fields ("Approved: [DATE] · Next review: January 2027", "… | Next review …", "…; next review …", or two fields a
 * wide gap apart as a PDF's table reads).
 */
const FIELD_BREAK = /[.!?]\s|\s*[·•|;]\s*|\s{3,}|\t/;
/** next: when the policy is next reviewed; last: when it was last reviewed; approved: adopted, signed, agreed … */
export type ReviewKind = "next" | "last" | "approved";

export interface ReviewStatement {
  /** The label ("Next review date", "To be reviewed") … */
  offset: number;
  endOffset: number;
  label: string;
  /** … and the date it gives, if any. */
  date?: DateMatch;
  /** What the date says (absent means "next", the only kind `findReviewStatements` returns). */
  kind?: ReviewKind;
  /** For last/approved dates, the words a message uses: "signed", "adopted", "last reviewed". */
  verb?: string;
  /** An undated next review that names its time in words ("at the AGM", "at the spring meeting"). */
  inWords?: boolean;
  /**
   * A present-tense review's usual date ("… is reviewed annually at the committee's November 2026 meeting"): a due
   * date can be worked out from it, but it is no review that took place, and a labelled next review wins over it.
   */
  usual?: boolean;
  /**
   * The academic year the policy is written for ("Applies to: academic year 2024/25"), when its next review is the
   * start of the next one: "the academic year 2024/25".
   */
  period?: string;
}

export type DatedReview = ReviewStatement & { date: DateMatch };

const NEXT_LABEL =
  /(?=[pr])(?<=^[\s|*_#>•-]*|\|[\s*_]*)(?:policy\s+)?review(?=[\s*_]*[:|])|\b(?:adolygiad\s+nesaf|date\s+of\s+(?:the\s+)?next\s+(?:policy\s+)?review|date\s+of\s+(?:policy\s+)?review|next\s+(?:(?:scheduled|planned|formal|full|annual)\s+)?(?:policy\s+)?review(?:\s+date|\s+due)?|next\s+(?:uk|british|english|scottish|welsh|irish|national|supplement|annex|appendix)\s+review(?=[\s*_]*:)|next\s+(?:policy\s+)?revision\s+(?:date|due)|(?:policy\s+)?review\s+date|(?:policy\s+)?review\s+due(?:\s+date)?|due\s+for\s+(?:its\s+next\s+|a\s+)?review|date\s+for\s+(?:the\s+)?(?:next\s+)?review|to\s+be\s+(?:next\s+)?reviewed|will\s+(?:next\s+)?be\s+reviewed|review\s+(?:this\s+policy\s+|it\s+)?by|(?:will|shall|must|to)\s+(?:next\s+)?review\s+(?:(?:this|the|our)\s+(?:policy|statement|document|procedures?)|it))\b/gi;
/**
 * Words every match of a label holds (see each label's alternatives): a line without them is not read with the
 * label's whole pattern, the costliest step of reading each of a policy's lines for its review labels.
 */
const LABEL_WORDS = new Map<RegExp, RegExp>();
/** Every match of a label on a line, read only when the line has the label's words. */
function labelMatches(label: RegExp, text: string): RegExpExecArray[] {
  const words = LABEL_WORDS.get(label);
  return words && !words.test(text) ? [] : allMatches(label, text);
}
/**
 * A review in other words: "It will next be looked at by the trustees in June 2026", "This policy will be
 * revisited at the AGM". Other things are looked at too (a minibus, a child's plan), so it counts only in a
 * sentence about the policy (see `aboutPolicy`).
 */
const LOOKED_AT =
  /\b(?:will|shall)\s+(?:next\s+)?be\s+(?:looked\s+at|revisited|reconsidered|re-?examined)(?:\s+again)?\b/gi;
/**
 * The policy as what is looked at or reviewed: "this policy", "our statement", "this code of practice", "the
 * safeguarding procedures" — not "the procedures for collecting children late" nor "the code of conduct" (the
 * staff's own, which they go over).
 */
const POLICY_OBJECT = String.raw`(?:(?:this|the|our)\s+(?:(?:safeguarding|child\s+protection|welfare)\s+)?(?:policy|document|statement)|(?:this|our)\s+(?:(?:safeguarding|child\s+protection|welfare)\s+)?(?:procedures?|code\s+of\s+(?:practice|conduct))(?!\s+(?:for|on|of|about|when|to)\b)|the\s+(?:safeguarding|child\s+protection)\s+procedures?(?!\s+(?:for|on|of|about|when|to)\b))`;
/**
 * A review in the active voice, the policy its object: "The committee will look at this policy again at its
 * March 2026 meeting", "We will look at it again in October 2027" (see `activeAboutPolicy` for "it").
 */
const LOOK_AT_OBJECT = `(?:it|${POLICY_OBJECT})`;
/** What a policy calls itself when it says it is checked: "this policy", "this extract", "our leaflet", "this sheet". */
const CHECKED_NOUN =
  "policy|document|statement|procedures?|extract|leaflet|sheet|handbook|guide|code\\s+of\\s+(?:practice|conduct)";
const LOOK_AT_POLICY = new RegExp(
  // "will next look at", "will look again at", "will look at … again", "will revisit it", "we'll look at it again":
  // not "staff will look at the policy during their induction", which is reading it, not reviewing it.
  String.raw`(?:\b(?:will|shall)|['’]ll)\s+(?:next\s+look\s+(?:again\s+)?at\s+${LOOK_AT_OBJECT}(?:\s+again)?|look\s+again\s+at\s+${LOOK_AT_OBJECT}|look\s+at\s+${LOOK_AT_OBJECT}\s+again|(?:next\s+)?revisit\s+${LOOK_AT_OBJECT})\b`,
  "gi",
);
/** The words LOOK_AT_POLICY needs: a quick test before it. */
const LOOK_AT_QUICK = /\blook\s+(?:again\s+)?at\b|\brevisit\s/i;
/**
 * "Last looked at this statement on …", "last reviewed our policy in …": a last review in prose whose words name
 * the policy, wherever it stands in its sentence; or in the passive, by its owner: "This procedure was last looked
 * at by the trustees at their meeting on …", "… was last looked at in full by the committee on …"; or "it" after
 * the policy, in its sentence or the one before: "We look at the policy every year; it was last looked at in …"
 * (see `itIsPolicy`); or "it" after the policy in the active voice: "I wrote this policy in August 2024 and last
 * reviewed it on …" (see `itIsOnlyPolicy`).
 */
const LAST_LOOKED_AT = new RegExp(
  String.raw`\blast\s+(?:looked\s+at|reviewed|revisited)\s+${POLICY_OBJECT}\b|\blast\s+(?:looked\s+at|reviewed|revisited|updated|revised)\s+it\b|\b${POLICY_OBJECT}\s+(?:was|has\s+been)\s+last\s+(?:looked\s+at|revisited|gone\s+(?:over|through))(?:\s+(?:in\s+full|in\s+detail|again|closely|carefully|properly|thoroughly))?(?=\s+by\b)|\bit\s+(?:was|has\s+been)\s+last\s+(?:looked\s+at|revisited|gone\s+(?:over|through))\b`,
  "gi",
);
/**
 * Who may review the policy: those who own it (the committee, trustees, governors, board, directors, "we", the
 * manager, proprietor, DSL or a named lead or officer) — not the staff, volunteers, parents or children, who read it, train on it or go
 * over their procedures ("All staff will look at the procedures again at their refresher training").
 */
const OWNER =
  /\b(?:committee|trustees?|governors?|governing|board|directors?|we|proprietors?|managers?|management|owners?|dsl|designated|chair|council|leadership|head(?:teacher)?|principal|lead|officer|co-?ordinator|secretary)\b/i;
const NOT_OWNER =
  /\b(?:staff|volunteers?|parents?|carers?|children|child|pupils?|students?|learners?|young\s+people|members?|coaches|players|everyone|employees|helpers|workers|mentors?|new\s+starters?)\b/i;
/** Those who inspect or audit a policy, not its owners: "by the inspector", "by Ofsted inspectors", "by Estyn". */
const INSPECTOR =
  /\b(?:inspectors?|inspection|inspectorate|ofsted|estyn|cqc|ciw|cssiw|auditors?|assessors?|lado|examiners?)\b/i;
/**
 * Whether a passive last look's "by …" ("was last looked at by the Parks Sub-Committee at its meeting on …") names
 * one who owns the policy: the words after "by", up to "on", "in", "at", "during" or a date, name an owner and no
 * inspector — not "by the inspector on …", "by Ofsted inspectors", "by parents at the open evening".
 */
function ownersPassiveLook(after: string): boolean {
  const by = /^\s+by\s+([^.;!?\d]{0,80}?)(?=\s+(?:on|in|at|during|when|after|before)\b|[.;!?,\d]|$)/i.exec(
    after,
  );
  return by !== null && ownersName(by[1]);
}
/**
 * Whether words name one who owns the policy. Anyone not named as an outsider owns it: "me", "us", "Jane Holt", "the
 * Group Scout Leader", "the vicar and PCC" — an owner may be named in more ways than any list of roles holds.
 */
function ownersName(who: string): boolean {
  return (
    !INSPECTOR.test(who) &&
    !OUTSIDER.test(who) &&
    !outsideBody(who) &&
    !(
      NOT_OWNER.test(who) &&
      !/\b(?:committee|trustees?|governors?|board|directors?|management|managers?|council)\b/i.test(who)
    )
  );
}
/**
 * Others who look at a policy without owning it, whoever else is named: "by our insurers", "by the local
 * authority's officer", "by the county council", "by the council's safeguarding team", "by the LSCP", "by the
 * NSPCC", "by the Diocesan Safeguarding Adviser" — not a church's, parish's or town's own council, nor "the Council
 * of Management" or "the Students' Union Council", which are the setting's own.
 */
const OUTSIDER =
  /\b(?:insurers?|insurance|underwriters?|brokers?|local\s+authority|lado|visitors?|funders?|regulators?|rqia|care\s+inspectorate|police|(?:county|local|borough|district|city)\s+council|(?:county|council)['’]s|lscbs?|lscps?|safeguarding\s+children\s+(?:board|partnership)|nspcc|dioceses?|diocesan)\b/i;
/**
 * Words that name a body outside the setting: "the county safeguarding team", "the County FA", "the Education
 * Authority", "a consultant".
 */
const OUTSIDE_WORD = /^(?:county|borough|authority|partnership|f\.?a\.?|advis[eo]rs?|consultants?)$/i;
/**
 * Words that name the setting or its own body: "Wexcombe County Youth FC", "the parish council", "the management
 * committee", "the Students' Union Council", "the Board of Trustees".
 */
const OWN_WORD =
  /^(?:trustees?|management|union|governors?|governing|pcc|club|a?fc|jfc|rfc|school|academy|nursery|playgroup|pre-?school|church|chapel|parish|parochial|town|community|scouts?|guides?)$/i;
/**
 * The kind of body a name ends with, not whose it is — the words before it say that: "the County FA Welfare
 * Committee", "the Hollowmere Safeguarding Partnership Board", "the parish council". Named alone, a committee,
 * board or chair is the setting's own; a council ("Hollowmere Council", "the Council") or an adviser is not.
 */
const BODY_HEAD =
  /^(?:committee|sub-?committee|board|executive|chair(?:man|person|woman)?|council|team|panel|group|sub-?group|forum|officers?|leads?|managers?|advis[eo]rs?|consultants?)$/i;
const OWN_HEAD = /^(?:committee|sub-?committee|board|executive|chair(?:man|person|woman)?)$/i;
const OUTSIDE_HEAD = /^(?:council|advis[eo]rs?|consultants?)$/i;
type BodyKind = "own" | "outside" | undefined;
/** Whose a name without "of" or a possessive is: its last word when that names an organisation, else the nearest word before. */
function bodyKind(name: string): BodyKind {
  const words = name.match(/\p{L}[\p{L}.'’-]*/gu) ?? [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i].replace(/['’]$/, "");
    if (i === words.length - 1 && BODY_HEAD.test(word)) continue;
    if (OWN_WORD.test(word)) return "own";
    if (OUTSIDE_WORD.test(word)) return "outside";
  }
  const head = words.at(-1) ?? "";
  return OWN_HEAD.test(head) ? "own" : OUTSIDE_HEAD.test(head) ? "outside" : undefined;
}
/**
 * Whose one body named in a "by …" is: "our …" is the setting's; in "A of B" B owns A ("the committee of Wexcombe
 * County Youth FC", "the Council of Management"), in "A's B" A owns B ("the County FA's safeguarding committee",
 * "Wexcombe County Youth FC's committee", "the Safeguarding Partnership's board").
 */
function ownerOf(body: string): BodyKind {
  if (/^\s*(?:the\s+)?our\b/i.test(body)) return "own";
  for (const part of body.split(/\s+of\s+/i).reverse()) {
    for (const name of part.split(/['’]s\b|(?<=s)['’](?=\s)/)) {
      const kind = bodyKind(name);
      if (kind) return kind;
    }
  }
  return undefined;
}
/**
 * Whether a "by …" names a body outside the setting and none of its own: "the county safeguarding team", "the
 * County Safeguarding Board", "Hollowmere Council", "the Council", "an independent consultant" — not "the committee
 * of Ashford County Youth FC", "our Safeguarding Advisor", "the county adviser and the management committee".
 */
function outsideBody(who: string): boolean {
  const kinds = who.split(/\s+(?:and|&)\s+|\s*,\s*/).map(ownerOf);
  return kinds.includes("outside") && !kinds.includes("own");
}
/** Whether the words before a look at the policy, in its sentence, name someone who does not own it as its subject. */
function notOwnersLook(before: string): boolean {
  const own = before.split(/(?<=[.!?])\s+/).at(-1) ?? "";
  return NOT_OWNER.test(own) && !OWNER.test(own);
}
/**
 * Words that say the policy is reviewed, for a review interval's sentence: "review", or looking at the policy (or
 * "it") again ("It will look at it again every September").
 */
const REVIEW_WORDS =
  /\breview|\blooks?\s+at\s+(?:it|(?:this|the|our)\s+(?:policy|document|statement|procedures?|code))\b[^.;!?]{0,40}?\bagain\b/i;
/**
 * Going over the policy as a habit, by those who own it: "The leaders look at this statement together each
 * August", "We go over our policy every September", "The committee reads through this policy at every AGM" — not
 * "All volunteers read through this policy every September" (reading it, not reviewing it).
 */
const OWNERS_GO_OVER = new RegExp(
  String.raw`\b(?:looks?|looked|go(?:es)?|went|gone|reads?)\s+(?:\w+\s+)?(?:at|over|through)\s+${POLICY_OBJECT}`,
  "gi",
);
/**
 * The policy looked at, in the passive: "This policy is looked at every year at the club's AGM", "Our policy is gone
 * over by the committee" — not "… is looked at by every volunteer" (reading it).
 */
const POLICY_LOOKED_AT =
  /\b(?:this|the|our)\s+(?:(?:safeguarding|child\s+protection|welfare)\s+)?(?:policy|document|statement|procedures?)\s+(?:is|are|will\s+(?:next\s+)?be|gets?)\s+(?:looked\s+at|gone\s+(?:over|through)|revisited|re-?examined|checked)\b(?!\s+(?:again\s+)?by\s+(?:all|every|each|new|any)\b)/i;
/** Whether words say the policy is reviewed: "review", looking at it again, or its owners going over it. */
function saysReviewed(words: string): boolean {
  if (REVIEW_WORDS.test(words) || POLICY_LOOKED_AT.test(words)) return true;
  return allMatches(OWNERS_GO_OVER, words).some(
    (m) => !notOwnersLook(words.slice(Math.max(0, (m.index ?? 0) - WINDOW), m.index ?? 0)),
  );
}

/**
 * The policy itself as a sentence names it: "this policy", "the code of practice", "our procedures", "this version",
 * "this Easy Read version" (a version of the policy in other words) — not "this version of the county guidance".
 */
const POLICY_NOUN =
  /\b(?:this|the|our)\s+(?:(?:safeguarding|child\s+protection|welfare)\s+)?(?:policy|document|procedures?|code\s+of\s+(?:practice|conduct)|code|statement)\b|\b(?:(?:this|the|our)\s+|this\s+(?:[\w'’-]+\s+){1,3}?)version\b(?!\s+of\b)/i;
/** A prose review's date may stand after who looks at it and where: "by the General Committee at its meeting in …". */
const PROSE_REACH = 100;
/** Words that start another clause between a prose review and a date: "…, who completed training in March 2025". */
const PROSE_OTHER_CLAUSE =
  /[;:()]|\b(?:who|whom|whose|which|that|was|were|has|have|had|is|are|completed|trained|appointed|elected|joined|started)\b/i;
/**
 * Words before a far date that make it another event's: an example ("…, such as the capsize on 14 August 2025"),
 * or something else agreed or held ("with the safety plan agreed with British Rowing in March 2025").
 */
const PROSE_OTHER_EVENT =
  /\b(?:such\s+as|for\s+example|e\.g\.|including|agreed|signed|approved|adopted|published|issued|dated|held|happened|occurred|took\s+place)\b/i;

/**
 * Whether the words before a prose review label (on its line) make it the policy's review: the label's sentence
 * names the policy ("This policy was agreed … and will next be looked at"), or its subject is "It" and the
 * sentence before names the policy ("… approved this policy in May. It will next be looked at …").
 */
function aboutPolicy(before: string): boolean {
  const sentences = before.split(/(?<=[.!?])\s+/);
  const own = sentences.at(-1) ?? "";
  if (POLICY_NOUN.test(own)) return true;
  return /^[\s*_]*it\s*$/i.test(own) && POLICY_NOUN.test(sentences.at(-2) ?? "");
}

/**
 * A time named in words after an undated review label, in its sentence: "at the AGM", "at the spring meeting",
 * "in the Summer Term", "each October". Months only with their capital ("may" is a verb).
 */
const TIME_IN_WORDS =
  /\b(?:(?:spring|summer|autumn|winter)\b|(?:half[\s-])?term\b|agm\b|annual\s+general\s+meeting|meeting\b|academic\s+year|school\s+year)/i;
const MONTH_IN_WORDS =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * Whether an active "will look at …" label is about the policy: it names the policy, or its "it" follows a mention
 * of the policy earlier in its sentence or in the sentence before ("The committee agreed this policy on … We will
 * look at it again …").
 */
function activeAboutPolicy(label: string, before: string): boolean {
  if (!/\b(?:at|revisit)\s+it\b/i.test(label)) return true;
  return itIsPolicy(before) || approvedBefore(before);
}

/**
 * A sentence that approves the document itself, with no subject: "Agreed at the District meeting on 3 October
 * 2026.", "Approved by the trustees on …", "Adopted on …" — then "We will look at it again …": "it" is the document.
 * Its capital opens the sentence (a PDF's heading may be joined before it: "Who we are Agreed at …").
 */
const APPROVAL_SENTENCE =
  /(?:^[\s*_>#]*(?:[Aa]greed|[Aa]pproved|[Aa]dopted|[Rr]atified|[Ss]igned\s+off|[Ee]ndorsed)|\s(?:Agreed|Approved|Adopted|Ratified|Signed\s+off|Endorsed))\s+(?:at|by|on|in)\s[^.!?]*[.!?]\s*$/;
function approvedBefore(before: string): boolean {
  const sentences = before.split(/(?<=[.!?])\s+/);
  return APPROVAL_SENTENCE.test(sentences.at(-2) ?? "");
}

/**
 * Whether "it was last looked at" after `before` is about the policy: the sentence or the one before names the
 * policy, one document only ("This policy sits alongside our code of conduct …; it was …" names two), with no other
 * document after it ("This policy refers to the pool risk assessment. It was …").
 */
function itIsOnlyPolicy(before: string): boolean {
  const sentences = before.split(/(?<=[.!?])\s+/);
  const window = `${sentences.at(-2) ?? ""} ${sentences.at(-1) ?? ""}`;
  const named = allMatches(POLICY_NOUNS, window);
  const last = named.at(-1);
  if (!last) return false;
  const kinds = new Set(named.map((m) => (m[0].toLowerCase().match(/\p{L}+$/u) ?? [""])[0]));
  if (kinds.size > 1) return false;
  return !OTHER_DOCUMENT_NOUN.test(window.slice((last.index ?? 0) + last[0].length));
}
const POLICY_NOUNS = new RegExp(POLICY_NOUN.source, "gi");
const OTHER_DOCUMENT_NOUN =
  /\b(?:(?:risk\s+)?assessments?|codes?(?:\s+of\s+(?:conduct|practice))?|plans?|handbooks?|forms?|guidance|rules|agreements?|leaflets?|procedures?|guidelines?)\b/i;

/** "… in May 2020 by the leisure centre": a "by …" later in the sentence that names no owner. */
function outsiderLooked(sentenceFrom: string): boolean {
  const sentence = sentenceFrom.split(/[.!?](?:\s|$)/)[0];
  const by = /\bby\s+([^.;!?\d,]{2,80})/i.exec(sentence);
  return by !== null && !ownersName(by[1]);
}

/** Whether an "it" after `before` is the policy: the policy is named earlier in its sentence or in the one before. */
function itIsPolicy(before: string): boolean {
  const sentences = before.split(/(?<=[.!?])\s+/);
  return POLICY_NOUN.test(sentences.at(-1) ?? "") || POLICY_NOUN.test(sentences.at(-2) ?? "");
}

function timeInWords(after: string): boolean {
  // The label's own clause: "at the AGM, which is held each March", not "…, who trained in March 2025".
  const sentence = after
    .split(/[.!?](?:\s|$)|\n/)[0]
    .slice(0, 160)
    .split(PROSE_OTHER_CLAUSE)[0];
  return (TIME_IN_WORDS.test(sentence) || MONTH_IN_WORDS.test(sentence)) && !PLACEHOLDER.test(sentence);
}

/**
 * "… will agree the date of the next review", "… will agree the next review date": a review label whose date is left
 * to be set later.
 */
const DATE_TO_BE_SET =
  /\b(?:agree|agreed|set|decide|decided|fix|fixed|confirm|confirmed|choose|chosen)\s+(?:on\s+)?(?:the\s+|a\s+|its\s+)?(?:date\s+(?:of|for)\s+(?:the\s+|its\s+)?(?:next\s+)?(?:policy\s+)?review|(?:next\s+)?(?:policy\s+)?review\s+date)$/i;

/** A review label that says when the review is due, not when one happened: "Next review", "Review due", "Review by". */
const DEADLINE_LABEL = /next|due|\bby\b/i;

/**
 * Words of a last review or of an approval that took place, between a bare "Review" label and a date: "Last reviewed
 * by the committee on …", "was approved on …" — not "to be approved by the trustees by 1 March 2027", a due date.
 */
const ANOTHER_LABEL_BETWEEN =
  /\b(?:(?:last|previously|most\s+recently)\s+(?:reviewed|updated|revised|amended)|(?:was|were|been)\s+(?:(?:last|first|formally)\s+)?(?:approved|adopted|ratified|agreed|signed))\b/i;
const NOT_NEXT = /\b(?:last|previous|previously|date\s+of\s+last|latest|most\s+recent)\s*$/i;

/** "Reviewed: Sept 23", "Last reviewed 4 May 2024", "Date of last review", "This policy was reviewed in March 2024". */
const LAST_LABEL =
  /\b(?:(?:date\s+of\s+)?(?:last|previous|most\s+recent|latest)\s+(?:policy\s+)?review(?:ed)?(?:\s+date)?|date\s+(?:last\s+)?reviewed|(?:date\s+)?last\s+(?:updated|amended|revised)|date\s+(?:updated|amended|revised)|last\s+(?:looked\s+at|checked|read\s+(?:through|over)|gone\s+(?:over|through))(?=[\s*_]*:|\s+by\s)|(?=r)(?<!\b(?:be|is|are|being|to)\s+)reviewed(?:\s+and\s+(?:updated|amended|approved|agreed))?)\b/gi;

/**
 * A label that says something was last looked at or checked ("Last checked:", "Last looked at:", "Last read
 * through:", "Last gone over:"): the policy's last review only near its title or in a section about the policy, its
 * review or its document control — under "## Contacts" or beside a table of numbers it dates the contacts.
 */
const SOFT_LAST = /^last\s+(?:looked|checked|read|gone)\b/i;
/**
 * A question-and-answer page's question about its own last check: "When was this page last checked?", "How up to
 * date is this policy?" — the answer below it dates the page, wherever its section stands.
 */
const PAGE_CHECK_QUESTION =
  /^[\s#*_>]*(?:Q(?:uestion)?\s*\d{0,2}\s*[:.)][\s*_]*)?(?:when|how)\b(?=[^?]*\b(?:last|up\s+to\s+date|checked|reviewed|updated)\b)[^?]*\b(?:this|the|our)\s+(?:[\p{L}-]+\s+)?(?:page|policy|document|statement|leaflet|guide|faq|information|sheet)\b[^?]*\?[\s*_]*$/iu;
/** The nearest line with words before line `index`. */
function previousNonBlank(lines: Line[], index: number): Line | undefined {
  for (let i = index - 1; i >= 0; i--) if (!isBlank(lines[i])) return lines[i];
  return undefined;
}
/** A heading of a section about the policy itself: its review, dates, versions, approval, ownership. */
const POLICY_SECTION =
  /\b(?:review|control|version|history|revision|amend|approv|adopt|status|monitor|policy|statement|document|about|governance|details|information|dates?|ownership|sign)/i;
const BOLD_HEADING = /^\s*\*\*[^*]{1,60}\*\*\s*$/;
/** How far back a section's heading is looked for. */
const HEADING_REACH = 80;
function isHeadingLine(line: Line): boolean {
  return isMarkdownHeading(line) || isPlainHeading(line) || BOLD_HEADING.test(line.text);
}
const firstHeadings = new WeakMap<Line[], number>();
/** The index of a document's first heading (its title), -1 if none; worked out once per document. */
function firstHeading(lines: Line[]): number {
  let first = firstHeadings.get(lines);
  if (first === undefined) {
    first = lines.findIndex(isHeadingLine);
    firstHeadings.set(lines, first);
  }
  return first;
}
function softLabelPlace(lines: Line[], line: Line): boolean {
  // The answer to a question about the page's own last check: "When was this page last checked?" / ": Last …".
  const asked = previousNonBlank(lines, line.index);
  if (asked && PAGE_CHECK_QUESTION.test(asked.text)) return true;
  // Beside a table that is not a document's control ("| Organisation | Number |"): the table's own date.
  for (const step of [-1, 1]) {
    let i = line.index + step;
    while (i >= 0 && i < lines.length && isBlank(lines[i])) i += step;
    const next = lines[i];
    if (next && isRow(next) && !DOCUMENT_CONTROL.test(next.text)) return false;
  }
  for (let i = line.index - 1; i >= Math.max(0, line.index - HEADING_REACH); i--) {
    const l = lines[i];
    if (!isHeadingLine(l)) continue;
    // The title: no heading before it.
    return i === firstHeading(lines) || POLICY_SECTION.test(l.text);
  }
  // No heading near: the top of the document, or a plain text with no headings.
  return true;
}

/** "Adopted 2016-02-09", "Date approved:", "Agreed by governors March 2022", "Signed … Date: 03/11/2020". */
const APPROVED_LABEL =
  /\b(?:date\s+(?:of\s+)?(?:adoption|approval|ratification|agreement|issue)|(?=[ar])(?<=\b(?:after|from)\s{1,3}(?:(?:its|the|our)\s{1,3})?)(?:adoption|approval)(?=\s{1,3}(?:on|dated)\s)|(?:date\s+)?(?:adopted|approved|ratified|agreed|signed|issued|written)|wrote|policy\s+(?:date|created))\b/gi;
LABEL_WORDS.set(NEXT_LABEL, /review|revision|nesaf/i);
LABEL_WORDS.set(LAST_LABEL, /review|updated|amended|revised|last/i);
LABEL_WORDS.set(LAST_LOOKED_AT, /last\s+(?:looked|reviewed|revisited|gone|updated|revised)/i);
LABEL_WORDS.set(APPROVED_LABEL, /date|adopt|approv|ratif|agree|signed|issued|written|wrote|created/i);

const SENTENCE_BREAK = /[.!?](?:\s|$)/;
/** Words in a date's line that make it a form still to be filled in ("Insert Month Agreed 2022", "dd/mm/yyyy"). */
const PLACEHOLDER = /\binsert\b|\[[^\]]*\]|\b[Xx]{2,}\b|\?{2,}|\bdd\s*\/\s*mm\b|\bTBC\b|\bmonth\b(?!ly)/i;

/**
 * The start of `text`, about `length` characters, cut between words so no date is cut in two. Searching only
 * near a label keeps a long line (plain text with its line breaks joined) from being searched once per label.
 */
function near(text: string, length: number): string {
  if (text.length <= length) return text;
  const cut = text.lastIndexOf(" ", length);
  return text.slice(0, cut > 0 ? cut : length);
}

/**
 * A PDF's tracked change, its deleted date read glued to the inserted one ("27.01.202622.01.2027": a strikethrough
 * the text does not show): numeric dates with four-digit years, nothing between them.
 */
const GLUED_DATES =
  /(?<![\d./-])\d{1,2}([./-])\d{1,2}\1(?:19|20)\d{2}(?=\d{1,2}([./-])\d{1,2}\2(?:19|20)\d{2}(?![\d./-]))/g;
/**
 * The text with the first of two glued dates blanked (same offsets): a careful reader reads the inserted date, the
 * second. The first date's year ran on into more digits, so no date was read there at all.
 */
function unglued(text: string): string {
  if (!/\d{4}\d/.test(text)) return text;
  return text.replace(GLUED_DATES, (deleted) => " ".repeat(deleted.length));
}

/** Long enough for any date a label is followed by ("Wednesday the 15th of September, 2027"). */
const DATE_REACH = 60;

/**
 * The first date in `text` close after a label: same sentence, within `maxGap` characters. Dot leaders of a form
 * ("Signed ........ Date: 3/11/2020") and abbreviations ("Sept.") do not end a sentence.
 */
function dateAfter(text: string, base: number, maxGap = 60, allowYear = true): DateMatch | undefined {
  // "Next review: 09/26": a month and a two-digit year, where no other reading is possible.
  const dates = findDates(unglued(near(text, maxGap + DATE_REACH)), base, {
    allowYear,
    shortMonthYear: true,
  });
  const [first] = dates;
  if (!first) return undefined;
  const gap = text.slice(0, first.offset - base);
  if (gap.length > maxGap || !openGap(gap)) return undefined;
  return sharperDate(first, dates, text, base);
}

/**
 * Whether the words between a label and a date leave them in one sentence, with no form still to be filled in. Dot
 * leaders ("Signed ........ Date: 3/11/2020") and abbreviations ("Sept.") do not end a sentence.
 */
function openGap(gap: string): boolean {
  const words = gap.replace(/[._…·]{2,}/g, " ").replace(/\b(?:\d+|[A-Z][a-z]{0,3}|[a-z])\.\s/g, "");
  return !SENTENCE_BREAK.test(words) && !PLACEHOLDER.test(gap);
}

/** How fine a date is: a day before a month before a term or a year. */
const FINENESS: Record<DateMatch["date"]["precision"], number> = {
  day: 0,
  week: 1,
  month: 2,
  term: 3,
  year: 4,
};
/** Words before a date that make it a deadline: "by April 2026", "no later than", "not later than". */
const DEADLINE_BEFORE = /\b(?:by|(?:no|not)\s+later\s+than)\s*$/i;
/** "… at the latest", "no later than …": the deadline whatever the vaguer words before it. */
const LATEST = /\b(?:no|not)\s+later\s+than\s*$/i;
const AT_THE_LATEST = /^\s*(?:\)\s*)?at\s+the\s+latest\b/i;
/** Words between two dates that make the second another event's: "2026 (approved October 2025)", "(last reviewed …)". */
const ANOTHER_EVENT =
  /\b(?:last|previous(?:ly)?|recently|approved|agreed|adopted|signed|ratified|reviewed|issued|published|updated|amended|written|dated|since|from|was|were|had)\b/i;

/** How far after a label a deadline joined to the event the review follows may stand. */
const DEADLINE_REACH = 140;
/**
 * A deadline joined to what comes before it (", and no later than", "(and not later than", "; by", ", and in any
 * case by", ", and in any event by", ", and by no later than", ", and in any case before"), its date straight after:
 * the review's own, not a deadline inside another clause ("…, which staff must complete no later than …").
 */
const JOINED_DEADLINE =
  /(?:[,;(–—]|\s-|\b(?:and|or|but))\s*(?:\(\s*)?(?:(?:and|or|but)\s*,?\s+)?(?:(?:in\s+any\s+(?:case|event)|at\s+all\s+events|at\s+the\s+(?:latest|very\s+latest))\s*,?\s+)?(?:(?:by\s+)?(?:no|not)\s+later\s+than|by|before)\s*$/i;
/**
 * The date of a deadline that a next review's words end with, in their sentence, further from the label than its
 * date is read: "Next review: following the publication of the new guidance, and no later than 30 September 2027".
 */
function deadlineAfter(text: string, base: number): DateMatch | undefined {
  if (!/\b(?:by|later\s+than|before)\b/i.test(text)) return undefined;
  const dates = findDates(unglued(near(text, DEADLINE_REACH + DATE_REACH)), base, {
    allowYear: true,
    shortMonthYear: true,
  });
  for (const date of dates) {
    const gap = text.slice(0, date.offset - base);
    if (gap.length > DEADLINE_REACH || !openGap(gap)) return undefined;
    if (JOINED_DEADLINE.test(gap)) return date;
  }
  return undefined;
}

/**
 * A vaguer date made sharp by the words after it, in the same clause: "at the end of the 2026 season (October
 * 2026)" is October 2026, a finer date inside the year in brackets; "after the 2025/26 season, and by April 2026 at
 * the latest" is April 2026, a deadline ("by … at the latest", "no later than …"). Only a year or a term (a school
 * year) is sharpened, by a finer date inside it — or by any date written as the latest one. A date of another event
 * ("2026 (approved October 2025)") leaves the first alone.
 */
function sharperDate(first: DateMatch, dates: DateMatch[], text: string, base: number): DateMatch {
  if (FINENESS[first.date.precision] < FINENESS.term) return first;
  for (const later of dates.slice(1)) {
    const gap = text.slice(first.endOffset - base, later.offset - base);
    if (gap.length > 60 || SENTENCE_BREAK.test(gap) || /\n\s*\n/.test(gap) || ANOTHER_EVENT.test(gap))
      return first;
    const finer = FINENESS[later.date.precision] < FINENESS[first.date.precision];
    const inside = later.date.first >= first.date.first && later.date.last <= first.date.last;
    const bracketed = /\([^()]*$/.test(gap);
    if (finer && inside && bracketed) return later;
    const latest =
      LATEST.test(gap) || AT_THE_LATEST.test(text.slice(later.endOffset - base, later.endOffset - base + 20));
    if (DEADLINE_BEFORE.test(gap) && ((finer && inside) || latest)) return later;
  }
  return first;
}

/**
 * How far around a label the text is read. A line can be a whole page of PDF text, or a hostile file's one line
 * with thousands of labels: every look at a line stays within this window, so the work grows with the labels,
 * not with labels × line length.
 */
const WINDOW = 200;

/** Whether a line is a table row, and its cells, worked out once per line. */
const rows = new WeakMap<Line, { row: boolean; cells?: ReturnType<typeof tableCells> }>();
function isRow(line: Line): boolean {
  let entry = rows.get(line);
  if (!entry) {
    entry = { row: isTableRow(line) };
    rows.set(line, entry);
  }
  return entry.row;
}
function cellsOf(line: Line): ReturnType<typeof tableCells> {
  if (!isRow(line)) return [];
  const entry = rows.get(line) ?? { row: true };
  entry.cells ??= tableCells(line);
  rows.set(line, entry);
  return entry.cells;
}

/** The first cell holding an offset (cells are in order). */
function cellAt(cells: ReturnType<typeof tableCells>, offset: number): number {
  let low = 0;
  let high = cells.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (cells[mid].endOffset < offset) low = mid + 1;
    else if (cells[mid].offset > offset) high = mid - 1;
    else return mid;
  }
  return -1;
}

/** A line that carries on the paragraph before it (a hard-wrapped line), not a new block. */
function continues(next: Line | undefined, line: Line): next is Line {
  return (
    next !== undefined &&
    next.offset === line.endOffset + 1 &&
    !isBlank(next) &&
    !isRow(next) &&
    !/^\s*(?:#|[-*+•]\s|\d+[.)]\s|>)/.test(next.text)
  );
}

/**
 * The rest of a line from `end`, and the next line when the paragraph is wrapped there ("The committee adopted this
 * policy at its meeting on" / "5 August 2026."): the line break read as a space.
 */
function runOn(line: Line, end: number, lines: Line[]): string {
  const rest = line.text.slice(end - line.offset);
  const next = lines[line.index + 1];
  return continues(next, line) ? `${rest} ${next.text.slice(0, WINDOW)}` : rest;
}

/**
 * The text after an aside in brackets that a label ends its line with and that runs on over the next short lines,
 * as a PDF prints a label cell wrapped over its lines with the date beside the last: "Next review" / "(or sooner if
 * the law or" / "our rules change) March 2027" — the rest of the line that closes the aside.
 */
function afterAside(line: Line, from: number, lines: Line[]): { text: string; base: number } | undefined {
  if (!/^[\s:]*$/.test(line.text.slice(from)) || !/^\s*\(/.test(lines[line.index + 1]?.text ?? ""))
    return undefined;
  for (let i = line.index + 1; i <= line.index + 4; i++) {
    const next = lines[i];
    if (!continues(next, lines[i - 1]) || next.text.length > BOX_CELL_LINE) return undefined;
    const close = next.text.indexOf(")");
    if (close >= 0)
      return { text: next.text.slice(close + 1, close + 1 + WINDOW), base: next.offset + close + 1 };
  }
  return undefined;
}

/** A question asking when the review is, to the end of its label: "When is the next review", "When is our next review due". */
const WHEN_QUESTION_BEFORE =
  /(?:^\s*(?:[-*•]\s+|\d{1,2}[.)]\s+)?|[.?!:]\s+)When\s+(?:is|will|does|should)\s+[\p{L}'’ ]{2,40}$/iu;

/**
 * The text after a label that its date may be in: the rest of a table cell and the next cell, or the rest of the
 * line and, when the paragraph is wrapped there ("Next review: March" / "2026."), the start of the next line.
 * The line break reads as a space, so offsets still match the text. For a next review (`nextReview`), a bracket
 * after the label whose dates are all another event's is passed over (see `ownDateIn`).
 */
function afterLabel(
  line: Line,
  end: number,
  lines: Line[],
  nextReview = false,
): { text: string; base: number } {
  const from = end - line.offset;
  const rest = { text: line.text.slice(from, from + WINDOW), base: end };
  if (!isRow(line)) {
    // "When is the next review? By 30 September 2027.": a checklist's question, its answer the date.
    if (nextReview && rest.text.trimStart().startsWith("?")) {
      const answer = /^\s*\?\s+/.exec(rest.text);
      if (answer && WHEN_QUESTION_BEFORE.test(line.text.slice(Math.max(0, from - 60), from)))
        return { text: rest.text.slice(answer[0].length), base: end + answer[0].length };
    }
    const aside = afterAside(line, from, lines);
    if (aside) return aside;
    // The same aside once a PDF's wrapped lines are joined: "Next review (or sooner if … changes) March 2027".
    const brackets = /^\s*:?\s*\([^()]{0,160}\)/.exec(rest.text);
    // "Next review (March 2027)": a bracket that holds the date is not an aside; one whose dates are all another
    // event's is ("Review date (last reviewed 3 April 2026): Annually").
    const own = nextReview && brackets ? ownDateIn(brackets[0]) : 0;
    if (brackets && (own < 0 || !dateAfter(brackets[0], end, brackets[0].length)))
      return { text: rest.text.slice(brackets[0].length), base: end + brackets[0].length };
    if (own > 0) return { text: rest.text.slice(own), base: end + own };
    // "Next review: 12 months after approval on 3 April 2026": the date is the approval's; the interval and the
    // approval give the due date.
    if (nextReview && countedFromEvent(rest.text)) return { text: "", base: end };
    const next = lines[line.index + 1];
    if (rest.text.length < WINDOW && continues(next, line))
      rest.text += ` ${next.text.slice(0, WINDOW - rest.text.length)}`;
    return rest;
  }
  const cells = cellsOf(line);
  const at = cellAt(cells, end);
  if (at < 0) return rest;
  // "Next review (or sooner if the law or our governing body's policy changes) | March 2027": an aside in brackets
  // that ends the label's cell (often wrapped over its lines) does not part the label from the next cell's date.
  const value = cells[at + 1];
  const labelRest = line.text.slice(from, cells[at].endOffset - line.offset);
  // "| Next review (March 2027) | … |": a bracket that holds just the date is not an aside, as on a plain line;
  // "| Next review (12 months after approval on 1 March 2026) | March 2027 |" is one, the next cell's date wins.
  // A bracket with a date among other words beside a cell with no date ("| Next review (by the end of March 2027)
  // | Trustees |", an empty cell) holds the review date.
  const valueText = value ? line.text.slice(value.offset - line.offset, value.endOffset - line.offset) : "";
  const bracketOnly = /^\s*:?\s*\([^()]*\)\s*:?\s*$/.test(labelRest);
  // A bracket whose dates are all another event's is an aside whatever the next cell holds: "| Next review (last
  // reviewed 3 April 2026) | Trustees |", "| Review date (annually; adopted 3 April 2026) | |".
  const own = nextReview && bracketOnly ? ownDateIn(labelRest) : 0;
  if (
    value &&
    bracketOnly &&
    (own < 0 ||
      !dateAfter(labelRest, end, labelRest.length) ||
      (!bracketIsDate(labelRest) && dateAfter(valueText, value.offset, valueText.length)))
  )
    return { text: valueText, base: value.offset };
  if (own < 0) return { text: "", base: end };
  const last = cells[at + 1] ?? cells[at];
  return {
    text: line.text.slice(from + own, Math.min(last.endOffset - line.offset, from + WINDOW)),
    base: end + own,
  };
}

/**
 * Words before a date in a bracket, in its clause, that make it another event's date, not the next review's: "(last
 * reviewed 3 April 2026)", "(annually; adopted 3 April 2026)", "(approved by the committee on 3 April 2026)" — not
 * a deadline ("next", "due", "by …") nor a time counted from the event ("12 months after approval on …").
 */
const NOT_ANOTHER_EVENT =
  /\b(?:next|due)\b|\b(?:\d+|a|an|one|two|three|six|twelve|eighteen|twenty[- ]four)\s+(?:months?|years?)\s+(?:after|from|since|of)\b/i;
/**
 * A time counted from an event, its date after it: "(12 months after approval on 3 April 2026)", "(two years from
 * adoption, 5 May 2025)" — the date is the event's; the review falls that long after it (see the interval's `after`).
 */
const COUNTED_FROM =
  /\b(?:\d{1,2}|a|an|one|two|three|six|twelve|eighteen|twenty[- ]four)\s+(?:months?|years?)\s+(?:after|from)\s+(?:(?:its|the|our)\s+)?(?:date\s+of\s+(?:its\s+|the\s+)?)?(?:adoption|approval|ratification|publication|signing|sign-off|issue|last\s+review)(?:\s+by(?:\s+[\w'’-]+){1,4}?)?(?:\s+(?:on|dated|of|in)|\s*[,–—-])?\s*$/i;
/** Whether the first date in `text` is an event's that a time is counted from ("12 months after approval on …"). */
function countedFromEvent(text: string): boolean {
  // COUNTED_FROM's own words, before any date is read: most labels are followed by none of them.
  if (!/(?:months?|years?)\s+(?:after|from)/i.test(text)) return false;
  const [date] = findDates(text, 0, { allowYear: true, shortMonthYear: true });
  return date !== undefined && COUNTED_FROM.test(text.slice(0, date.offset));
}
/**
 * Where the next review's date stands in a label's bracket: -1 when every date in it is another event's (an
 * aside), the start of the first other date's clause when the bracket opens with another event's date ("(adopted 3
 * April 2026; next review April 2027)"), else 0. A date's clause runs from the last date or semicolon before it.
 */
function ownDateIn(bracket: string): number {
  const dates = findDates(bracket, 0, { allowYear: true, shortMonthYear: true });
  let start = 0;
  for (const [k, date] of dates.entries()) {
    const clause = bracket.slice(start, date.offset);
    const from = start + clause.lastIndexOf(";") + 1;
    const words = bracket.slice(from, date.offset);
    const event =
      (ANOTHER_EVENT.test(words) && !NOT_ANOTHER_EVENT.test(words) && !DEADLINE_BEFORE.test(words)) ||
      COUNTED_FROM.test(words);
    if (!event) return k === 0 ? 0 : from;
    start = date.endOffset;
  }
  return dates.length ? -1 : 0;
}

/** Words a bracket may hold before its date and still be just the date: "(by March 2027)", "(due 2027)". */
const BRACKET_DATE_LEAD = /^(?:by|due(?:\s+(?:by|in|on))?|on|in|before|(?:no|not)\s+later\s+than)\s+/i;
/** Whether a label's bracket holds just a date ("(March 2027)", "(2027)", "(by March 2027)"), not an aside. */
function bracketIsDate(bracket: string): boolean {
  const inside = /\(([^()]*)\)/.exec(bracket)?.[1].trim().replace(BRACKET_DATE_LEAD, "") ?? "";
  const dates = findDates(inside, 0, { allowYear: true, shortMonthYear: true });
  return (
    dates.length === 1 &&
    inside.slice(0, dates[0].offset).trim() === "" &&
    /^\W*$/.test(inside.slice(dates[0].endOffset))
  );
}

/**
 * The cell of a version history's deadline column ("Review by", "Next review") in the current version's row: the
 * row with the latest date in its other cells (approved, issued, in force from), whichever way the rows are
 * ordered. `date` is the cell's date; `left` says the cell was left open ("TBC", "—", empty) rather than written
 * in words this cannot read. Undefined when the table has fewer than two rows or no other dated column.
 */
function currentRowCell(
  lines: Line[],
  line: Line,
  labelOffset: number,
): { date?: DateMatch; left: boolean } | undefined {
  const next = lines[line.index + 1];
  if (!isRow(line) || !next || !isTableSeparator(next)) return undefined;
  const column = cellAt(cellsOf(line), labelOffset);
  if (column < 0) return undefined;
  let rows = 0;
  let best: { other: string; cell?: ReturnType<typeof tableCells>[number] } | undefined;
  for (let i = line.index + 2; i < lines.length && isRow(lines[i]) && rows < HISTORY_LINES; i++, rows++) {
    const cells = cellsOf(lines[i]);
    const other = latestOf(
      cells.filter((_, k) => k !== column).flatMap((c) => findDates(c.text.slice(0, WINDOW), c.offset)),
    );
    if (other && (!best || other.date.last > best.other))
      best = { other: other.date.last, cell: cells[column] };
  }
  if (rows < 2 || !best) return undefined;
  const text = best.cell?.text ?? "";
  const date = best.cell ? dateAfter(text, best.cell.offset, 10) : undefined;
  return { date, left: /^[\s*_–—-]*$/.test(text) || PLACEHOLDER.test(text) };
}

/**
 * The first cell of a row of the setting's own tracker of things due (a red/amber/green "health check": Item | Last
 * done | Next due | Status) naming the policy's own review: "Policy review (this document)", "Review of this policy",
 * "Safeguarding policy review" — not another item's row ("Volunteer handbook update", "DBS rechecks").
 */
const TRACKER_ITEM =
  /^[\s*_]*(?:(?:annual\s+)?(?:(?:safeguarding|child\s+protection)\s+)?policy\s+review|review\s+of\s+(?:this|the|our)\s+(?:(?:safeguarding|child\s+protection)\s+)?policy)(?:\s*\(\s*(?:this|the|our)\s+(?:policy|document)\s*\))?[\s*_.]*$/i;
/** A tracker's header cell for when each item is next due: "Next due", "Due", "Due date", "Due by". */
const DUE_HEADER = /^[\s*_]*(?:next\s+due(?:\s+date)?|(?:date\s+)?due|due\s+(?:date|by|on))[\s*_:]*$/i;

/**
 * A tracker row for the policy's own review (see `TRACKER_ITEM`) under a header with a "Next due" column: the next
 * review, its date that column's cell — not the "Last done" date beside the label. Undefined for any other row.
 */
function trackerRowReview(lines: Line[], line: Line): ReviewStatement | undefined {
  const cells = cellsOf(line);
  const [item] = cells;
  if (!item || cells.length < 3 || !TRACKER_ITEM.test(item.text)) return undefined;
  let i = line.index - 1;
  while (i > 0 && isRow(lines[i]) && !isTableSeparator(lines[i])) i--;
  if (i < 1 || !isTableSeparator(lines[i]) || !isRow(lines[i - 1])) return undefined;
  const header = cellsOf(lines[i - 1]);
  const column = header.findIndex((c) => DUE_HEADER.test(c.text));
  if (column <= 0 || header.length !== cells.length) return undefined;
  const cell = cells[column];
  const label = item.text.trim();
  const offset = item.offset + (item.text.length - item.text.trimStart().length);
  return {
    offset,
    endOffset: offset + label.length,
    label,
    date: dateAfter(cell.text, cell.offset, 10),
    kind: "next",
  };
}

/** A tracker's header over the things it lists: "Item", "Task", "Check", "Document", "Area", "Action", "What". */
const TRACKER_HEADER =
  /^[\s*_]*(?:items?|tasks?|checks?|documents?|areas?|activit(?:y|ies)|what|requirements?|records?|compliance(?:\s+items?)?|polic(?:y|ies)(?:\s*(?:\/|and|&)\s*procedures?)?)[\s*_:]*$/i;
/** A version table's first column: what was done to the policy ("Written", "Reviewed", "Amended", "Approved"). */
const VERSION_ACTION =
  /^[\s*_]*(?:written|drafted|created|reviewed|revised|amended|updated|approved|adopted|ratified|agreed|issued|published|re-?issued|new|first\s+(?:issue|version|draft))\b/i;
/** A tracker row naming the policy itself: "Safeguarding policy", "This policy", "Child protection policy review". */
const OWN_ITEM =
  /^[\s*_]*(?:(?:this|our|the)\s+)?(?:(?:safeguarding|child\s+protection)(?:\s+(?:and|&)\s+(?:child\s+protection|safeguarding|welfare))?\s+)?polic(?:y|ies)(?:\s+(?:review|document))?(?:\s*\(\s*(?:this|the|our)\s+(?:policy|document)\s*\))?[\s*_.]*$/i;

/**
 * A tracker of several things kept up to date (| Item | Last done | Next review |, a row per fire risk assessment,
 * first aid kit, insurance …), where the label heads a column other than the first: only the row that names the policy
 * itself (`OWN_ITEM`, `TRACKER_ITEM`) is the policy's — its cell in the label's column, or none when no row is the
 * policy's. Undefined for any other table (a version table's rows are versions: | 1.0 | … |).
 */
function trackerOfItems(
  lines: Line[],
  line: Line,
  labelOffset: number,
): { cell?: { text: string; offset: number } } | undefined {
  const next = lines[line.index + 1];
  if (!isRow(line) || !next || !isTableSeparator(next)) return undefined;
  const header = cellsOf(line);
  const column = cellAt(header, labelOffset);
  if (column <= 0) return undefined;
  const rows: Line[] = [];
  for (let i = line.index + 2; i < lines.length && isRow(lines[i]); i++) rows.push(lines[i]);
  const firsts = rows.map((row) => cellsOf(row)[0]?.text.trim() ?? "");
  const items = new Set(firsts.filter((t) => /\p{L}/u.test(t) && !/\d/.test(t)).map((t) => t.toLowerCase()));
  if (items.size < 2 || [...items].some((t) => VERSION_ACTION.test(t))) return undefined;
  const own = firsts.findIndex((t) => OWN_ITEM.test(t) || TRACKER_ITEM.test(t));
  if (own < 0 && !TRACKER_HEADER.test(header[0]?.text ?? "")) return undefined;
  return { cell: own >= 0 ? cellsOf(rows[own])[column] : undefined };
}

/** A table cell's column in the rows under its header row, as dates (header "Next review", row "15 September 2026"). */
function datesBelowHeader(lines: Line[], line: Line, labelOffset: number): DateMatch[] {
  const next = lines[line.index + 1];
  if (!isRow(line) || !next || !isTableSeparator(next)) return [];
  const column = cellAt(cellsOf(line), labelOffset);
  if (column < 0) return [];
  const tracker = trackerOfItems(lines, line, labelOffset);
  if (tracker) {
    const own =
      tracker.cell && (dateAfter(tracker.cell.text, tracker.cell.offset, 10) ?? dateEndingCell(tracker.cell));
    return own ? [own] : [];
  }
  const dates: DateMatch[] = [];
  for (let i = line.index + 2; i < lines.length && isRow(lines[i]); i++) {
    const cell = cellsOf(lines[i])[column];
    if (!cell) continue;
    const date = dateAfter(cell.text, cell.offset, 10) ?? dateEndingCell(cell);
    if (date) dates.push(date);
  }
  return dates;
}

/** How far into its cell a date may end it after the occasion's words. */
const CELL_OCCASION_REACH = 100;

/**
 * A date that ends its cell after the words of the occasion: "Trustees' meeting, March 2027", "Cyfarfod / Meeting,
 * Ebrill / April 2027" (a month in Welsh, then in English). Not after another event's words ("last reviewed …").
 */
function dateEndingCell(cell: { text: string; offset: number }): DateMatch | undefined {
  // The occasion may be named in two languages over the cell's lines ("Cyfarfod Cyffredinol Blynyddol /<br>Annual
  // General Meeting,<br>Medi / September 2027"): the whole cell is read, not a sentence's reach.
  const date = dateAfter(cell.text, cell.offset, CELL_OCCASION_REACH);
  if (!date || !/^[\s*_.)]*$/.test(cell.text.slice(date.endOffset - cell.offset))) return undefined;
  return ANOTHER_EVENT.test(cell.text.slice(0, date.offset - cell.offset)) ? undefined : date;
}

function restOfLine(line: Line, end: number): string {
  return line.text.slice(end - line.offset, end - line.offset + WINDOW);
}

/** A pandoc grid table's border: "+-----+-----+", "+=====+=====+". */
const GRID_BORDER = /^\s*\+(?:[-=:]+\+)+\s*$/;
/** How many printed lines one grid table row may run over. */
const GRID_ROW_LINES = 6;

/**
 * The date in the next column of a pandoc grid table's row, whose cells run over several printed lines between
 * "+---+" borders: "| Next review | |" / "| (Trustees' Committee) | 9 March 2027 |" — the label's cell wrapped,
 * its date at the foot of the cell beside it. Only one date in that cell, and the row closed by borders.
 */
function dateInGridRow(lines: Line[], line: Line, labelOffset: number): DateMatch | undefined {
  let first = line.index;
  while (first > 0 && line.index - first < GRID_ROW_LINES && isRow(lines[first - 1])) first--;
  let last = line.index;
  while (last - first < GRID_ROW_LINES && lines[last + 1] && isRow(lines[last + 1])) last++;
  const top = lines[first - 1];
  const bottom = lines[last + 1];
  if (!top || !bottom || !GRID_BORDER.test(top.text) || !GRID_BORDER.test(bottom.text)) return undefined;
  const count = cellsOf(line).length;
  const column = cellAt(cellsOf(line), labelOffset) + 1;
  if (column < 1 || column >= count) return undefined;
  const dates: DateMatch[] = [];
  for (let i = first; i <= last; i++) {
    const cells = cellsOf(lines[i]);
    if (cells.length !== count) return undefined;
    const date = dateAfter(cells[column].text, cells[column].offset, 60);
    if (date) dates.push(date);
  }
  return dates.length === 1 ? dates[0] : undefined;
}

/**
 * The row's "what" cell is only the review (perhaps "of this policy"): "| June 2026 | Next review of this policy |".
 * Not "Next review of the minibus risk assessment", another thing's.
 */
const WHEN_ROW_LABEL_REST = new RegExp(
  String.raw`^(?:\s+(?:date|due))?(?:\s+of\s+${POLICY_OBJECT})?[\s.*_:]*$`,
  "i",
);

/**
 * A timeline of key dates (| When | What |): the label fills its cell ("Next review of this policy") and the row's
 * first cell is a date and nothing else — "| June 2026 | Next review of this policy |". The date is that cell's.
 */
function dateInWhenCell(line: Line, offset: number, endOffset: number): DateMatch | undefined {
  const cells = cellsOf(line);
  const column = cellAt(cells, offset);
  if (column < 1 || cells.length < 2) return undefined;
  const cell = cells[column];
  const labelStart = offset - cell.offset;
  if (!/^[\s*_]*$/.test(cell.text.slice(0, labelStart))) return undefined;
  if (!WHEN_ROW_LABEL_REST.test(cell.text.slice(endOffset - cell.offset))) return undefined;
  const when = cells[0];
  const [date] = findDates(when.text, when.offset, { shortMonthYear: true });
  if (!date || date.offset !== when.offset || date.endOffset !== when.endOffset) return undefined;
  return date;
}

/** A label with nothing after it ("REVIEW DUE:") takes a date that starts the next non-blank line. */
function dateOnNextLine(lines: Line[], line: Line, rest: string): DateMatch | undefined {
  if (!/^[\s:|*_–—-]*$/.test(rest)) return undefined;
  const next = nextNonBlank(lines, line.index);
  if (!next) return undefined;
  const skip = /^[\s|*_:–—-]*/.exec(unglued(next.text.slice(0, DATE_REACH)))?.[0].length ?? 0;
  const [candidate] = findDates(unglued(near(next.text.slice(skip), DATE_REACH)), next.offset + skip, {
    allowYear: true,
    shortMonthYear: true,
  });
  return candidate && candidate.offset === next.offset + skip ? candidate : undefined;
}

function latestOf(dates: DateMatch[]): DateMatch | undefined {
  return dates.reduce<DateMatch | undefined>((a, b) => (!a || b.date.last > a.date.last ? b : a), undefined);
}

/**
 * A heading of a column of dates in a box of policy dates: "Date approved", "Review date", "Next review", "Last
 * reviewed", "Date of next review", "Adopted" — not "Approved by" or "Reviewed by", whose column holds names.
 */
const BOX_DATE_HEADING =
  /\b(?:(?:date\s+)?(?:approved|adopted|ratified|agreed|signed|issued|updated|revised|amended)|(?:(?:next|last|policy)\s+)?review(?:ed)?(?:\s+(?:date|due))?|date(?:\s+of)?(?:\s+(?:next|last))?(?:\s+(?:policy\s+)?(?:review|approval|adoption|ratification|issue))?)\b(?!\s+(?:by|on\s+behalf)\b)/gi;

/** The longest printed line of a box's wrapped cell: a narrow column's, not a paragraph's. */
const BOX_CELL_LINE = 60;

/**
 * The date under a heading of a box of dates that a PDF printed as two lines, the headings on one and the row's
 * values on the next, cells run together: "Date approved Review date Approved by" / "14 October 2025 October
 * 2026 Full Governing Body". The headings of date columns and the dates pair in order, so the label's date is the
 * one in its place — when they pair one to one; otherwise undefined (the box cannot be read column by column).
 * `printed` are the lines as printed (a PDF's, before its wrapped lines are joined: same offsets).
 */
function dateInBox(printed: Line[], offset: number): DateMatch | undefined {
  const line = printed[lineAt(printed, offset)];
  if (!line || offset < line.offset || offset >= line.endOffset || isRow(line)) return undefined;
  // A line of headings only: words, no figures or sentence, short.
  if (line.text.length > WINDOW || !/^[\p{L}\s|:/&()'’*_-]+$/u.test(line.text)) return undefined;
  const headings = allMatches(BOX_DATE_HEADING, line.text);
  if (headings.length < 2) return undefined;
  const at = offset - line.offset;
  const k = headings.findIndex((h) => (h.index ?? 0) <= at && at < (h.index ?? 0) + h[0].length);
  if (k < 0) return undefined;
  const values = nextNonBlank(printed, line.index);
  if (!values || values.text.length > WINDOW || isRow(values)) return undefined;
  if (allMatches(BOX_DATE_HEADING, values.text).length > 0) return undefined;
  let dates = findDates(values.text, values.offset);
  // Cells wrapped over several short printed lines ("Trustees' meeting," / "9 May 2026" / "Trustees' meeting," /
  // "May 2027"): read on, line by line, until there is a date for each heading.
  for (let i = values.index + 1; dates.length < headings.length && i <= values.index + 5; i++) {
    const more = printed[i];
    if (!more || isBlank(more) || isRow(more) || printed[i - 1].text.length > BOX_CELL_LINE) break;
    if (
      more.text.length > BOX_CELL_LINE ||
      SECTION_LINE.test(more.text) ||
      more.text.search(BOX_DATE_HEADING) >= 0
    )
      break;
    dates = dates.concat(findDates(more.text, more.offset));
  }
  return dates.length === headings.length ? dates[k] : undefined;
}

/** Every statement of when the policy is next reviewed, with its date when one is given. */
export function findReviewStatements(
  text: string,
  lines = splitLines(text),
  unjoined?: string,
): ReviewStatement[] {
  const statements: ReviewStatement[] = [];
  const printed = unjoined === undefined ? undefined : splitLines(unjoined);
  for (const line of lines) {
    // A tracker's row for the policy's review: its "Next due" cell, not a date beside a label in the row.
    if (isRow(line) && /review/i.test(line.text)) {
      const tracked = trackerRowReview(lines, line);
      if (tracked) {
        statements.push(tracked);
        continue;
      }
    }
    const matches: Array<{ start: number; label: string; prose: boolean; needsDate?: boolean }> =
      labelMatches(NEXT_LABEL, line.text).map((m) => ({
        start: m.index ?? 0,
        label: m[0],
        prose: false,
      }));
    matches.push(...datedOnlyLabels(line.text));
    // A prose review's words may be wrapped onto the next line of a paragraph ("will look at this" / "policy
    // again"): read them on the line and the start of the next (same offsets: the line break as a space).
    const next = lines[line.index + 1];
    const prose = continues(next, line) ? `${line.text} ${next.text.slice(0, 60)}` : line.text;
    if (/\bbe\s+(?:looked|revisited|reconsidered|re-?examined)/i.test(prose))
      for (const m of allMatches(LOOKED_AT, prose)) {
        const start = m.index ?? 0;
        if (start < line.text.length && aboutPolicy(line.text.slice(Math.max(0, start - WINDOW), start)))
          matches.push({ start, label: m[0], prose: true });
      }
    if (LOOK_AT_QUICK.test(prose))
      for (const m of allMatches(LOOK_AT_POLICY, prose)) {
        const start = m.index ?? 0;
        if (
          start < line.text.length &&
          activeAboutPolicy(m[0], line.text.slice(Math.max(0, start - WINDOW), start)) &&
          !notOwnersLook(line.text.slice(Math.max(0, start - WINDOW), start))
        )
          matches.push({ start, label: m[0], prose: true });
      }
    if (/renewal/i.test(line.text))
      for (const m of allMatches(NEXT_RENEWAL, line.text)) {
        const start = m.index ?? 0;
        if (renewalOfPolicy(line.text, start, start + m[0].length))
          matches.push({ start, label: m[0], prose: false });
      }
    if (/next\s+check/i.test(line.text))
      for (const m of allMatches(NEXT_CHECK, line.text)) {
        const start = m.index ?? 0;
        if (policyChecked(line.text.slice(Math.max(0, start - WINDOW), start)))
          matches.push({ start, label: m[0], prose: false });
      }
    if (/next\s+due/i.test(line.text))
      for (const m of allMatches(NEXT_DUE, line.text)) {
        const start = m.index ?? 0;
        if (afterReviewField(line.text.slice(Math.max(0, start - WINDOW), start)))
          matches.push({ start, label: m[0], prose: false });
      }
    if (/updat|revis/i.test(line.text))
      for (const m of allMatches(UPDATE_POLICY_BEFORE, line.text))
        matches.push({ start: m.index ?? 0, label: m[0], prose: false });
    matches.sort((a, b) => a.start - b.start);
    // PDF text read with its line breaks joined: "Review:" that starts a printed line (under an approval
    // sentence or a version table with no blank line between) is a label there, though mid-line once joined.
    if (printed) {
      for (const label of printedLineLabels(printed, line))
        if (!matches.some((m) => m.start === label.start)) matches.push({ ...label, prose: false });
      matches.sort((a, b) => a.start - b.start);
    }
    for (const match of matches) {
      const start = match.start;
      if (NOT_NEXT.test(line.text.slice(Math.max(0, start - 30), start))) continue;
      const offset = line.offset + start;
      const endOffset = offset + match.label.length;
      if (printed) {
        const history = historyTableReview(printed, text, offset, endOffset);
        if (history) {
          // A last row that ends in no date ("TBC", a running footer between pages): read as unknown, not missing.
          statements.push({
            offset,
            endOffset,
            label: match.label,
            date: history.date,
            kind: "next",
            ...(!history.date && { inWords: true }),
          });
          continue;
        }
        const column = plainTableColumn(printed, offset, endOffset);
        if (column) {
          statements.push({ offset, endOffset, label: match.label, date: latestOf(column), kind: "next" });
          continue;
        }
      }
      // A label wrapped onto the next line reads its date from there.
      const after = afterLabel(
        endOffset > line.endOffset ? lines[line.index + 1] : line,
        endOffset,
        lines,
        true,
      );
      let date =
        dateInBox(printed ?? lines, offset) ??
        dateAfter(after.text, after.base, match.prose ? PROSE_REACH : 60);
      // "This policy will next be reviewed by the trustees and … at their first meeting in March 2026": a
      // sentence's review reaches as far as a prose one.
      const long = !date && !match.prose && /^(?:will|shall)\b/i.test(match.label);
      if (long) date = dateAfter(after.text, after.base, PROSE_REACH);
      // "Next review: following the publication of the new guidance, and no later than 30 September 2027": a
      // deadline joined to the event the review follows is its date, however long the event's words.
      date ??= deadlineAfter(after.text, after.base);
      // A prose review's date is the clause's own, not one of another clause about who looks at it.
      if (
        date &&
        (match.prose || long) &&
        (PROSE_OTHER_CLAUSE.test(after.text.slice(0, date.offset - after.base)) ||
          PROSE_OTHER_EVENT.test(after.text.slice(0, date.offset - after.base)))
      )
        date = undefined;
      // "| Review | Last reviewed by the committee on 2 March 2026 |": a bare "Review" whose date another label gives
      // (a last review, an approval) is that label's, which findReviewAnchors reads — no date the review is due.
      if (
        date &&
        /^(?:policy\s+)?review$/i.test(match.label) &&
        ANOTHER_LABEL_BETWEEN.test(after.text.slice(0, Math.max(0, date.offset - after.base)))
      )
        continue;
      let open = false;
      if (!date && isRow(line)) date = dateInGridRow(lines, line, offset);
      if (!date && isRow(line)) date = dateInWhenCell(line, offset, endOffset);
      if (!date && isRow(line)) {
        // A tracker of other things with no row for the policy says nothing about its review.
        const tracker = trackerOfItems(lines, line, offset);
        if (tracker && !tracker.cell) continue;
        const column = datesBelowHeader(lines, line, offset);
        const deadline = DEADLINE_LABEL.test(match.label) && !tracker;
        // "Next review", "Review due", "Review by" say when each version is due: the current version's row counts
        // (the row of the latest approval), else the latest row's date. An ambiguous "Review date" column with
        // several dated rows is a history of past reviews (see findReviewAnchors).
        const current = deadline ? currentRowCell(lines, line, offset) : undefined;
        if (current) {
          date = current.date;
          open = !current.date && !current.left;
        } else if (column.length === 1 || deadline) date = latestOf(column);
      }
      date ??= dateOnNextLine(lines, line, restOfLine(line, endOffset));
      // A placeholder just before the label, in its own sentence ("Insert Month Next review 2025") — not one in
      // the sentence before it ("Ratified on [DATE]. Next review: Spring 1 2025").
      // A PDF's printed line above, joined to the label's ("Registered charity: [number]" / "Next review: …"), is
      // another field's.
      const before = printed
        ? (unjoined ?? "")
            .slice(line.offset + Math.max(0, start - 30), line.offset + start)
            .split("\n")
            .at(-1)
        : line.text.slice(Math.max(0, start - 30), start);
      const ownSentence = before?.split(FIELD_BREAK).at(-1) ?? "";
      if (date && PLACEHOLDER.test(ownSentence)) date = undefined;
      // A label that says "next" only with its date ("This policy is reviewed … on 14 January 2027", "(next: April
      // 2027)"): without one, or with another event's words before it ("most recently on …"), it says nothing.
      if (match.needsDate) {
        // "… is reviewed annually … and next on 1 September 2027": the date after "next" is the next review; with a
        // word for how often and no "next", the date is the usual review's (see `findReviewAnchors`).
        const present = match.prose
          ? presentReview(after.text, after.base, sentenceBefore(line.text, start))
          : {};
        if (present.next) date = present.next;
        else if (present.usual) continue;
        else if (!date || ANOTHER_EVENT.test(after.text.slice(0, date.offset - after.base))) continue;
      }
      // "The committee will agree the date of the next review at its next meeting": the meeting sets a date still to
      // come, it is not the review's time.
      const dateToBeSet = DATE_TO_BE_SET.test(
        `${line.text.slice(Math.max(0, start - 60), start)}${match.label}`,
      );
      const inWords =
        open || (!date && !dateToBeSet && !PLACEHOLDER.test(ownSentence) && timeInWords(after.text));
      statements.push({
        offset,
        endOffset,
        label: match.label,
        date,
        kind: "next",
        ...(inWords && { inWords }),
      });
    }
  }
  return statements.map((s) => (s.date ? { ...s, date: withMonthRange(text, s.date) } : s));
}

/** The month that opens a range of months just before a month's date: "Sept–", "September to ", "Sep/". */
const RANGE_OPENING =
  /(?<![\p{L}\d])(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s*[–—-]\s*|\s+to\s+|\/)$/iu;

/**
 * A review due within a range of months, "Sept–Oct 2026", "September to October 2026", "Sep/Oct 2026": the date read
 * is the range's last month (due by its end), and its words are the whole range — also when a PDF's line breaks
 * inside it ("Review due: Sept–" / "Oct 2026"), so the finding quotes the range with its label. Only a month's name
 * with its capital that comes before the last month in the same year; anything else leaves the date as it is.
 */
function withMonthRange(text: string, date: DateMatch): DateMatch {
  if (date.date.precision !== "month" || !/^\p{L}/u.test(date.text)) return date;
  const before = text.slice(Math.max(0, date.offset - 16), date.offset);
  const opening = RANGE_OPENING.exec(before);
  if (!opening || !/^\p{Lu}/u.test(opening[1])) return date;
  const month = monthNumber(opening[1]);
  if (month < 1 || month >= Number(date.date.first.slice(5, 7))) return date;
  const offset = date.offset - opening[0].length;
  return { ...date, offset, text: text.slice(offset, date.endOffset) };
}

/**
 * "Reviewed Dec 2025 · Next due Dec 2026", "Last reviewed: Jan 2025 | Next due: Jan 2026": a running header's or
 * footer's fields, "Next due" opening the field straight after the policy's review field — the next review. Not
 * "Renewed Dec 2025 · Next due Dec 2026" (a badge's), nor "next due" in a sentence or after a comma ("Reviewed:
 * September 2024, next due …" is read as before: a date after other words, no part of the list).
 */
const NEXT_DUE = /\bnext\s+due\b/gi;
/** The fields before the label: it opens its own field, and the one before is the review's, with a date. */
function afterReviewField(before: string): boolean {
  const fields = before.split(/\s*[·•|;]\s*|\s[–—]\s|\s{3,}|\t/);
  if ((fields.at(-1) ?? "").trim() !== "" || fields.length < 2) return false;
  const previous = fields.at(-2) ?? "";
  if (!(/^[\s*_]*(?:(?:last|policy)\s+)?review(?:ed)?\b/i.test(previous) && /\d{4}/.test(previous)))
    return false;
  // Not the fields of a row or list item about another document: "- Online safety policy — Reviewed … · Next due …".
  return !fields
    .slice(0, -2)
    .some(
      (field) => (OTHER_DOCUMENT_NOUN.test(field) || FIELD_DOCUMENT.test(field)) && !OWN_POLICY.test(field),
    );
}
/** Beside OTHER_DOCUMENT_NOUN's, the documents a field may name: "Online safety policy", "Equality statement". */
const FIELD_DOCUMENT = /\b(?:polic(?:y|ies)|statements?|registers?|protocols?|strateg(?:y|ies))\b/i;
/** The policy itself named in its own footer: "Safeguarding Policy (School Transport)", "Child Protection Policy". */
const OWN_POLICY = /\b(?:safeguarding|child\s+protection)(?:\s+(?:and|&)\s+[\w-]+)*\s+polic(?:y|ies)\b/i;

/** "Next check: January 2027" — the policy's next review where the sentence before says the policy is checked. */
const NEXT_CHECK = /\bnext\s+check(?=[\s*_]*:)/gi;
/**
 * The policy itself checked as a habit, in the sentence just before: "This extract is checked every winter", "We
 * check this leaflet each year" — not "The minibus is checked every spring", nor a volunteer's DBS certificate.
 */
const POLICY_CHECKED = new RegExp(
  String.raw`\b(?:(?:this|the|our)\s+(?:(?:safeguarding|child\s+protection|welfare)\s+)?(?:${CHECKED_NOUN})\s+(?:is|are|gets?)\s+(?:next\s+)?checked|\b(?:we|I)\s+check\s+(?:this|the|our)\s+(?:(?:safeguarding|child\s+protection|welfare)\s+)?(?:${CHECKED_NOUN}))\b`,
  "i",
);
function policyChecked(before: string): boolean {
  const sentences = before.split(/(?<=[.!?])\s+/);
  // The label starts its own sentence (or field); the one before it says the policy is checked.
  if ((sentences.at(-1) ?? "").trim() !== "") return false;
  return POLICY_CHECKED.test(sentences.at(-2) ?? "");
}

/**
 * A document renewed as its review ("We renew this promise at each AGM … the next renewal is due at the AGM in
 * October 2026"): "next renewal", its sentence naming the document (see `renewalOfPolicy`).
 */
const NEXT_RENEWAL = /\bnext\s+renewal(?:\s+(?:is\s+)?due|\s+date)?\b/gi;
/** The document as what is renewed: the policy's own nouns, or a promise, pledge or charter ("this promise"). */
const RENEWED_DOCUMENT = /\b(?:this|our)\s+(?:safeguarding\s+)?(?:promise|pledge|charter)\b/i;
/** Things renewed that are not the policy: a check, a course, a certificate, an insurance, a licence, a membership. */
const RENEWED_OTHER =
  /\b(?:training|trained|dbs|checks?|certificates?|certificat|refresher|course|first\s+aid|insurance|insurers?|licen[cs]es?|membership|subscriptions?|lease|contract|registration|accreditation|permit)\b/i;
/**
 * Whether a "next renewal" is the policy's: its sentence (from its start to its end) names the document — "This
 * version was agreed at the AGM in October 2025, and the next renewal is due …" — and nothing else that is renewed.
 */
function renewalOfPolicy(text: string, start: number, end: number): boolean {
  const sentence = `${sentenceBefore(text, start)} ${text.slice(start, end + WINDOW).split(SENTENCE_BREAK)[0]}`;
  return (POLICY_NOUN.test(sentence) || RENEWED_DOCUMENT.test(sentence)) && !RENEWED_OTHER.test(sentence);
}
/**
 * The document's next update in the imperative, by a deadline: "Check and update this deck before the 2026 season
 * opens (March 2026)", "Review and update this policy by …", "Revise this document before …" — its own updating
 * (not "check this deck before your shift", reading it). A deck, slides or presentation only as "this".
 */
const UPDATE_POLICY_BEFORE =
  /\b(?:(?:check|review|revise)\s+and\s+(?:update|revise)|update\s+and\s+(?:check|review|revise)|update|revise)\s+(?:(?:this|the|our)\s+(?:(?:safeguarding|child\s+protection)\s+)?(?:policy|document|statement|procedures?)|this\s+(?:slide\s+)?(?:deck|slides|presentation))\s+(?:before|by|no\s+later\s+than)\b/gi;

/**
 * "This policy is reviewed by the committee at its meeting on 14 January 2027": a review in the present tense
 * whose sentence names the policy. It says when the next review is only with a date in its own clause, so it
 * counts only then ("This policy is reviewed every year" is a review interval).
 */
const IS_REVIEWED = /\b(?:is|are)\s+(?:next\s+)?reviewed\b/gi;
/** Words straight before a date that make it the next one: "and next on", "next in", "next reviewed by". */
const AFTER_NEXT = /\bnext\b[^.;:()\d]{0,20}$/i;

/** The words of a line's sentence before `start`. */
function sentenceBefore(text: string, start: number): string {
  return (
    text
      .slice(Math.max(0, start - WINDOW), start)
      .split(/(?<=[.!?])\s+/)
      .at(-1) ?? ""
  );
}

/**
 * What the date of a present-tense review says ("This policy is reviewed annually by the trustees at their
 * meeting on 14 November 2026"). `text` is the sentence from the label on, `before` its words before the label.
 * A date after "next" or a deadline's "by" in the sentence is the next review, whatever date comes before it ("… in
 * line with the 2024 procedures and next on 1 September 2027", "… annually, by 31 March 2026"); else, with a word for how often in the sentence ("annually", "every
 * year", "every two years"), the date is the usual review's — the last one — and the next falls an interval later
 * (`usual`). Otherwise neither: the date, if any, is the next review.
 */
function presentReview(text: string, base: number, before: string): { next?: DateMatch; usual?: boolean } {
  const sentence = near(text, PROSE_REACH + DATE_REACH).split(SENTENCE_BREAK)[0];
  for (const date of findDates(sentence, base, { allowYear: true, shortMonthYear: true })) {
    if (date.offset - base > PROSE_REACH) break;
    const words = sentence.slice(0, date.offset - base);
    if (AFTER_NEXT.test(words) || DEADLINE_BEFORE.test(words)) return { next: date };
  }
  return { usual: allMatches(INTERVAL, `${before} ${sentence}`).length > 0 };
}

/**
 * The usual (last) review a present-tense review with a word for how often gives: "This policy is reviewed every
 * year by the committee, most recently on 4 June 2024", "… reviewed annually by the trustees at their meeting on
 * 14 November 2026". The date in its clause, as an anchor from which the interval counts.
 */
function usualReviews(line: Line, lines: Line[]): DatedReview[] {
  const found: DatedReview[] = [];
  for (const label of datedOnlyLabels(line.text)) {
    if (!label.prose) continue;
    const offset = line.offset + label.start;
    const endOffset = offset + label.label.length;
    const after = afterLabel(line, endOffset, lines);
    if (!presentReview(after.text, after.base, sentenceBefore(line.text, label.start)).usual) continue;
    const date = dateAfter(after.text, after.base, PROSE_REACH);
    if (!date) continue;
    const gap = after.text.slice(0, date.offset - after.base);
    if (PROSE_OTHER_CLAUSE.test(gap) || PROSE_OTHER_EVENT.test(gap)) continue;
    const verb = /\b(?:most\s+recently|last)\b/i.test(gap) ? "last reviewed" : "reviewed";
    found.push({
      offset,
      endOffset,
      label: label.label,
      date,
      kind: "last",
      verb,
      usual: verb === "reviewed",
    });
  }
  return found;
}

/** "Reviewed at the committee's April meeting each year (next: April 2027)": "next:" in a sentence about a review. */
const NEXT_COLON = /\bnext(?=[\s*_]*:)/gi;
/**
 * A bare "Review:" after a field separator, mid-line: a running header's "Kestrel Club · Safeguarding · Review: Feb
 * '26", a sentence's second clause "Adopted on 3 March 2025; review: Feb '26". (At a line's or cell's start it is
 * `NEXT_LABEL`'s.) A middle dot or bullet separates fields, never prose; after a semicolon "review:" may start a step
 * of a list ("record; review: the DSL decides"), so the label counts only with its date.
 */
const FIELD_REVIEW =
  /(?:policy\s+)?review(?:(?=[\s*_]*:)|(?<bare>(?=[^\S\n]+(?:\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))))/gi;
/**
 * What stands before FIELD_REVIEW's label: a separator after a field's words. Tested on the few characters before the
 * label only (a look-behind of any length would scan back from every place in a long line).
 */
const FIELD_BEFORE = /\S\s*(?:\s[·•]|;)\s*$/;
/**
 * Before a bare "Review" with its date and no colon ("Approved 18/11/2025 · Review 18/11/2026", a running footer's
 * fields): a middle dot or bullet only — after a semicolon "review 3 cases" may be a clause.
 */
const FIELD_DOT_BEFORE = /\S\s*\s[·•]\s*$/;
/** How far before a label FIELD_BEFORE looks. */
const FIELD_BEFORE_WINDOW = 40;
/**
 * The policy's expiry, which is its next review: "This policy remains valid until 19 January 2027", a footer's
 * "· Valid until: 19/01/2027" — the policy's own (not a DBS certificate's or a course's "valid until").
 */
const VALID_UNTIL =
  /\b(?:(?:this|the|our)\s+(?:safeguarding\s+|child\s+protection\s+)?(?:policy|document|statement)\s+(?:is|remains|will\s+remain|stays)\s+(?:valid|in\s+force|current)\s+(?:until|to)|(?<=^[\s|*_#>•-]*|[·•|][^\S\n]*)(?:policy\s+)?valid\s+(?:until|to)(?=[\s*_]*:))/gi;
/**
 * A poster's or leaflet's own review: "Replace this poster by: 31/08/2026", "Reprint this leaflet before June 2027" —
 * the date it is to be replaced (not the date it was printed).
 */
const REPLACE_BY =
  /\b(?:replace|reprint|renew)\s+(?:this|the|our)\s+(?:poster|leaflet|flyer|notice|card|sheet|handout)\s+(?:by|before|no\s+later\s+than)\b/gi;
/**
 * A field "Next look:" (a running footer's "· Agreed 3 October 2026 · Next look: October 2027", a line's "Next look:
 * …"): the next review in plain words — a field at a line's start or after a field separator, only with its date.
 */
const NEXT_LOOK = /\bnext\s+look(?=[\s*_]*:)/gi;
/** Before a line-start field: nothing but marks (a list's dash, bold, a quote). */
const LINE_START_BEFORE = /^[\s|*_#>•-]*$/;
/** Labels that say when the next review is only with a date after them (see `findReviewStatements`). */
function datedOnlyLabels(
  text: string,
): Array<{ start: number; label: string; prose: boolean; needsDate: boolean }> {
  const found: Array<{ start: number; label: string; prose: boolean; needsDate: boolean }> = [];
  if (/valid\s+(?:until|to)|(?:in\s+force|current)\s+(?:until|to)/i.test(text))
    for (const m of allMatches(VALID_UNTIL, text))
      found.push({ start: m.index ?? 0, label: m[0], prose: false, needsDate: true });
  if (/(?:eplace|eprint|enew)\s/i.test(text))
    for (const m of allMatches(REPLACE_BY, text))
      found.push({ start: m.index ?? 0, label: m[0], prose: false, needsDate: true });
  if (/next\s+look/i.test(text))
    for (const m of allMatches(NEXT_LOOK, text)) {
      const start = m.index ?? 0;
      const before = text.slice(Math.max(0, start - FIELD_BEFORE_WINDOW), start);
      if ((start < FIELD_BEFORE_WINDOW && LINE_START_BEFORE.test(before)) || FIELD_BEFORE.test(before))
        found.push({ start, label: m[0], prose: false, needsDate: true });
    }
  if (!/review/i.test(text)) return found;
  for (const m of allMatches(IS_REVIEWED, text)) {
    const start = m.index ?? 0;
    if (aboutPolicy(text.slice(Math.max(0, start - WINDOW), start)))
      found.push({ start, label: m[0], prose: true, needsDate: true });
  }
  for (const m of allMatches(FIELD_REVIEW, text)) {
    const start = m.index ?? 0;
    const before = text.slice(Math.max(0, start - FIELD_BEFORE_WINDOW), start);
    if ((m.groups?.bare === undefined ? FIELD_BEFORE : FIELD_DOT_BEFORE).test(before))
      found.push({ start, label: m[0], prose: false, needsDate: true });
  }
  for (const m of allMatches(NEXT_COLON, text)) {
    const start = m.index ?? 0;
    const sentence =
      text
        .slice(Math.max(0, start - WINDOW), start)
        .split(SENTENCE_BREAK)
        .at(-1) ?? "";
    if (/\breview/i.test(sentence) && !/\bnext\s*$/i.test(sentence))
      found.push({ start, label: m[0], prose: false, needsDate: true });
  }
  return found;
}

/** "Review:", "Policy review:" standing at the start of a printed line, before a colon. */
const PRINTED_LINE_LABEL = /^[\s*_#>•-]*((?:policy\s+)?review)(?=[\s*_]*:)/i;

/**
 * The bare review labels that start a printed line of PDF text and fall inside `joined` (a line of the same text
 * with its line breaks joined, same offsets), as starts within that line.
 */
function printedLineLabels(printed: Line[], joined: Line): Array<{ start: number; label: string }> {
  const labels: Array<{ start: number; label: string }> = [];
  if (!/review/i.test(joined.text)) return labels;
  for (let i = lineAt(printed, joined.offset); i < printed.length; i++) {
    const line = printed[i];
    if (line.offset >= joined.endOffset) break;
    if (line.offset < joined.offset) continue;
    const match = PRINTED_LINE_LABEL.exec(line.text);
    if (!match) continue;
    const start = line.offset + match[0].length - match[1].length - joined.offset;
    labels.push({ start, label: match[1] });
  }
  return labels;
}

/** A version number that starts a row of a history table: "1.0 Hub", "v2 Pantry", "2.1 K. Holt" — not "1 January". */
const VERSION_ROW =
  /^\s*(?:v(?:ersion)?\s*)?\d{1,2}(?:\.\d{1,2}){0,2}\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|(?:st|nd|rd|th)\b)[\p{L}(]/iu;
/** Words of a history table's header: "Version", "Issue no", "Ver.", "V. no" — not a bare "issue" (a concern). */
const VERSION_HEADING = /\b(?:version|issue\s+(?:no|number)|ver\.|v\.?\s*no)\b/i;
/** A row's version number, as parts to compare: "2.1" → [2, 1], "v3" → [3]. */
function versionOf(text: string): number[] {
  return (/\d{1,2}(?:\.\d{1,2}){0,2}/.exec(text)?.[0] ?? "0").split(".").map(Number);
}
function laterVersion(a: number[], b: number[]): boolean {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
  }
  return false;
}
/** A printed line that is no table cell: a long line of prose, or one with a clause's or sentence's end. */
function proseLine(text: string): boolean {
  return text.length >= 70 || /[:;](?:\s|$)|\p{Ll}{2}[.!?](?:\s|$)/u.test(text);
}
/** How many printed lines a history table's header and rows may take in all, and how long its last row may be. */
const HISTORY_LINES = 40;
const HISTORY_ROW = 600;

/**
 * PDF text of a version history whose last column is the review ("Version Author Approved by Date approved …
 * Review by", then rows "1.0 Hub" / "Manager" / "14/03/2024 02/04/2024 31/03/2025"), its cells broken over short
 * lines. The label ends its printed line under a header naming the version, and the next line starts a row with a
 * version number (two rows or more, or one with a date). The current version's review is the date that ends the
 * row of the highest version, first or last (a date the PDF wrapped over two lines reads whole in `joined`, the
 * same text with its line breaks as spaces); a current row that ends in anything else ("TBC", "—") has no date to
 * read. Undefined when the label is not such a header.
 */
function historyTableReview(
  printed: Line[],
  joined: string,
  offset: number,
  endOffset: number,
): { date?: DateMatch } | undefined {
  const line = printed[lineAt(printed, endOffset)];
  if (!line || offset < line.offset || !/^[\s:|*_]*$/.test(line.text.slice(endOffset - line.offset)))
    return undefined;
  const header = printed.slice(Math.max(0, line.index - 8), line.index + 1);
  if (
    !header.some((l) => VERSION_HEADING.test(l.text)) ||
    !VERSION_ROW.test(printed[line.index + 1]?.text ?? "")
  )
    return undefined;
  const rows: number[] = [];
  let end = line.index + 1;
  for (; end < printed.length && end <= line.index + HISTORY_LINES; end++) {
    const text = printed[end].text;
    const row = VERSION_ROW.test(text);
    if (isBlank(printed[end]) || (!row && proseLine(text))) break;
    if (row) rows.push(end);
  }
  // One "row" with no date in it is no table: a numbered heading after a block of fields ("Next review" / "2 Scope
  // and who this policy is for").
  const rowEnd = (k: number) => printed[(rows[k + 1] ?? end) - 1].endOffset;
  if (rows.length < 2 && findDates(joined.slice(printed[rows[0]].offset, rowEnd(0))).length === 0)
    return undefined;
  // The current version's row — the highest version number, the later row of two alike — wherever it stands
  // (tables are often newest first).
  let current = 0;
  for (let k = 1; k < rows.length; k++)
    if (!laterVersion(versionOf(printed[rows[current]].text), versionOf(printed[rows[k]].text))) current = k;
  const from = printed[rows[current]].offset;
  const to = rowEnd(current);
  // A row is a few short cells; a longer "row" is no table this can read.
  if (to - from > HISTORY_ROW) return {};
  const date = findDates(joined.slice(from, to), from).at(-1);
  if (!date || !/^[\s.,)]*$/.test(joined.slice(date.endOffset, to))) return {};
  return { date };
}

/**
 * PDF text of a review table: a header line that ends with the label and holds other column names ("Date
 * reviewed Reviewed by Next review"), then rows of dates ("03.10.23 Band committee 03.10.24"). The columns
 * cannot be told apart once printed, but each row's next review is its latest date, so the latest date under
 * the header is the latest next review. Undefined when the label is not such a header.
 */
function plainTableColumn(printed: Line[], offset: number, endOffset: number): DateMatch[] | undefined {
  const line = printed[lineAt(printed, endOffset)];
  const start = offset - line.offset;
  const end = endOffset - line.offset;
  if (start < 0 || !/^[\s:|*_]*$/.test(line.text.slice(end, end + WINDOW)) || end + WINDOW < line.text.length)
    return undefined;
  const before = line.text.slice(Math.max(0, start - WINDOW), start);
  if (!/[a-z]{2,}/i.test(before) || findDates(before, 0, { allowYear: true }).length > 0) return undefined;
  const dates: DateMatch[] = [];
  for (let i = line.index + 1; i < printed.length && i <= line.index + 40 && !isBlank(printed[i]); i++)
    dates.push(...findDates(printed[i].text.slice(0, WINDOW), printed[i].offset));
  const first = printed[line.index + 1];
  const startsWithDate = dates.length > 0 && first !== undefined && dates[0].offset - first.offset < 3;
  return startsWithDate ? dates : undefined;
}

/**
 * Where a last-review or approval label may stand: at the start of a line or cell, or in a sentence about the
 * policy. `before` is the line before the label, at most WINDOW characters of it (`whole` when that is all of it).
 */
function anchoredLabel(before: string, whole: boolean, own?: RegExp): boolean {
  // A running header or footer: "Safeguarding Policy · Version 4 · Reviewed March 2024". A middle dot or bullet
  // separates fields, never clauses of prose, so a line of fields after a long first field is one too: a web
  // page's "Ardle Youth Trust SCIO (Scottish Charitable Incorporated Organisation) · approved … on …".
  if (
    whole &&
    (before.length <= 80 || /\s[·•]\s*$/.test(before)) &&
    /\s[·•|–—]\s*$/.test(before) &&
    !/[.!?]\s/.test(before)
  )
    return true;
  const pipe = before.lastIndexOf("|");
  if (pipe < 0 && !whole) return sentenceAboutPolicy(before, own);
  const lead = before.slice(pipe + 1);
  if (
    /^[\s>*_#•·–—-]*(?:\d+[.)]\s*)?(?:(?:this\s+)?(?:policy|document|procedures?|statement)\s+)?(?:date\s+)?[\s*_]*$/i.test(
      lead,
    )
  )
    return true;
  if (LABEL_BRACKET.test(lead)) return true;
  return sentenceAboutPolicy(lead, own);
}
/**
 * An approval in the active voice, its object the policy and its date straight after: "The PCC adopted the updated
 * policy on 12 January 2026", "The committee approved this statement at its meeting on 3 May 2025", "The trustees
 * approved this version on 17 March 2026" (the policy's version, its date straight after, in bold or not: "… at its
 * meeting on **10 March 2025**") — not "our policy on phones", nor "the county's policy".
 */
const ACTIVE_APPROVAL_OBJECT =
  /^\s+(?:this|the|our)\s+(?:(?:updated|revised|current|new|latest|amended|present)\s+)?(?:(?:safeguarding|child\s+protection|welfare)\s+)?(?:policy|statement|document|version)\s+(?:at\s+(?:its|their|the|our)\s+(?:[\p{L}'’-]+\s+){0,4}?meeting\s+)?(?:(?:on|in|dated)\s+(?:the\s+)?)?(?:\*\*|__)?(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\b)/iu;
/**
 * Where the subject of an active approval starts: a sentence's or a field's start, a cell's, a paragraph break in
 * a cell (its `<br>`s read as spaces: "…: [LINK]<br><br>The PCC adopted …"), or a placeholder that ends the
 * paragraph before, a Word cell's paragraphs joined by a space ("… scan the code: [QR CODE] The PCC adopted …").
 */
const SUBJECT_START = /[.!?;:·•]\s|\s{3,}|\t|<br\s*\/?>|\||\]\s+(?=\p{Lu})/u;
/** The longest subject an active approval has ("The Parochial Church Council of St Ives and Halsetown"). */
const SUBJECT_LENGTH = 80;
/** "reviewed it every year since": a review after the writing, with or without its date. */
const REVIEWED_SINCE = /\breviewed\b[^.!?;\n]{0,40}?\bsince\b/i;
/**
 * After "I wrote this policy in …", words saying it was reviewed since: "reviewed it every year since", "most recently
 * in …", "last reviewed …", a sentence "Reviewed: 2/10/2026" (REVIEW_DATE_CUE: the words a date of that review follows).
 */
const REVIEWED_SINCE_WRITING = new RegExp(
  String.raw`\b(?:most\s+recently|last\s+reviewed)\b|${REVIEWED_SINCE.source}|(?:[.!?;]\s+)reviewed\b`,
  "i",
);
/** How far after its cue the date of a review after the writing stands ("most recently in …", "last reviewed on …"). */
const CUE_DATE_GAP = 12;
/** How far into its sentence the date of a review after the writing is looked for, when the policy's review is named. */
const REVIEWED_DATE_REACH = 120;
/** The policy as what was reviewed: "reviewed it", "reviewed this policy", "reviewed the policy" (not "my fire plan"). */
const POLICY_REVIEWED = /\breviewed\s+(?:it|this\s+policy|the\s+policy|my\s+policy|our\s+policy)\b/i;
/** Where one clause of a sentence ends and another begins: a semicolon, or ", which" (another thing's clause). */
const CUE_CLAUSE_BREAK = /;|,\s+which\b/gi;
const REVIEW_DATE_CUE =
  /\b(?:most\s+recently(?:\s+reviewed)?|last\s+reviewed|(?<=[.!?;]\s+)reviewed)(?:\s+(?:in|on))?[^\S\n]*:?[^\S\n]*/i;
/** A version line near the policy's top with its date: "Version 4 · September 2026", "v2.1 – 03/2026". */
const VERSION_DATE_LINE =
  /^[\s#*_>]*(?<label>(?:version|v)\.?[^\S\n]*\d{1,3}(?:\.\d{1,3})?)[^\S\n]*[·•|,–—:-][^\S\n]*/i;
/** The first of the policy's first lines that is a version line dated after `after` (YYYY-MM-DD), if any. */
function laterVersionLine(
  lines: Line[],
  after: string,
): { offset: number; endOffset: number; label: string; date: DateMatch } | undefined {
  for (const line of lines.slice(0, 12)) {
    const m = VERSION_DATE_LINE.exec(line.text);
    if (!m?.groups) continue;
    const date = dateAfter(line.text.slice(m[0].length), line.offset + m[0].length, 5);
    if (date && date.date.first > after) {
      const offset = line.offset + (m.index ?? 0) + m[0].indexOf(m.groups.label);
      return { offset, endOffset: offset + m.groups.label.length, label: m.groups.label, date };
    }
  }
  return undefined;
}
/** A national or umbrella body, which writes or adopts a model policy, not the setting's own. */
const NATIONAL_BODY =
  /\b(?:national|association|federation|bishops|conference|synod|headquarters|governing\s+body|NGB|diocese)\b/i;

/**
 * The subject of an approval label that is a verb whose subject owns the policy and whose object is the policy,
 * its date next: "The trustees adopted this policy on …", "The PCC approved the updated policy on …" — not "All
 * volunteers agreed the policy on …" (they sign up to it), nor "The county council adopted the policy in …".
 * A sole practitioner or a small group dates the policy by when they wrote it: "I wrote this policy on the 3rd of
 * March 2025", "We wrote this policy in May 2025" — its owner writing it is its date (not "I wrote to the council on
 * …", nor "I wrote my risk assessment on …", whose object is not the policy).
 */
function activeApprover(before: string, label: string, after: string): string | undefined {
  if (!/^(?:adopted|approved|agreed|ratified|wrote)$/i.test(label) || !ACTIVE_APPROVAL_OBJECT.test(after))
    return undefined;
  const subject = (before.split(SUBJECT_START).at(-1) ?? "").replace(/^[\s*_>#-]+/, "");
  if (!/^\p{L}/u.test(subject) || subject.length > SUBJECT_LENGTH) return undefined;
  // "The trustees adopted …", "We approved …", "The PCC adopted …" — not "Staff who read and agreed …", "… and
  // have agreed …".
  if (/\b(?:who|which|that|and|or|has|have|had|was|were|is|are)\b/i.test(subject)) return undefined;
  // The setting's own body by name ("The PCC", "The trustees", "We") — not a national body that adopted the policy
  // the setting follows ("The national governing body approved the policy on …", "The Scout Association adopted …").
  if (
    NATIONAL_BODY.test(subject) ||
    !(OWNER.test(subject) || /\b(?:PCC|we)\b/i.test(subject) || /^I$/.test(subject.trim()))
  )
    return undefined;
  return ownersName(subject) ? subject : undefined;
}

/**
 * "This policy is reviewed annually. Adopted by the committee: 21 September 2025.": an approval that opens the
 * sentence straight after the policy's own review rule is the policy's approval.
 */
function afterReviewRule(before: string, label: string): boolean {
  if (!/^(?:adopted|approved|ratified|signed)$/i.test(label)) return false;
  const sentences = before.split(/(?<=[.!?])\s+/);
  if ((sentences.at(-1) ?? "").trim() !== "") return false;
  return POLICY_IS_REVIEWED.test(sentences.at(-2) ?? "");
}

/**
 * "Adopted at the Annual Meeting of the Council on 15 May 2025.", "Approved by the Parish Council at its meeting on 3
 * March 2025.": an approval that opens its sentence with no subject, names the meeting and ends with its date is
 * the policy's — not a sentence that goes on past the date about something else ("Approved at the meeting on 3 May
 * 2025 was the purchase of …").
 */
const AT_MEETING_ON =
  /^(?:\s+by\s+(?:the\s+)?[\p{L}'’ -]{1,60}?)?\s+at\s+(?:the|its|their|our|an?)\s+(?:[\p{L}'’-]+\s+){0,4}?meeting(?:\s+of\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,4}?[\p{L}'’-]+)?\s+(?:held\s+)?on\s+(?:the\s+)?(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\b)[^.!?;\n]{1,30}?(?:[.;](?:\s|$)|$)/iu;
function adoptedAtMeeting(before: string, label: string, after: string): boolean {
  if (!/^(?:adopted|approved|ratified)$/i.test(label)) return false;
  // The label opens its sentence, or the line after a minute's number ("Minute 25/043: Adopted at …").
  if (!/(?:^[\s>*_#•·–—-]*|[.!?:]\s+)$/.test(before)) return false;
  return AT_MEETING_ON.test(after);
}

/**
 * "Resolved to adopt this policy on 15 May 2025.": a council's resolution to adopt this policy, its date straight
 * after — not "Resolved to adopt a safeguarding policy … and delegate its drafting" (a decision to have one written).
 */
const RESOLVED_TO_ADOPT =
  /\bresolved\s+to\s+(?:adopt|approve|ratify)\s+(?:this|the|our)\s+(?:(?:updated|revised|amended|new)\s+)?(?:(?:safeguarding|child\s+protection)\s+)?(?:policy|statement|document)\s+(?:at\s+(?:its|the|their|our)\s+(?:[\p{L}'’-]+\s+){0,4}?meeting\s+)?(?:on|dated)\s+(?:the\s+)?/giu;
function resolvedToAdopt(line: Line): DatedReview[] {
  const found: DatedReview[] = [];
  for (const match of line.text.matchAll(RESOLVED_TO_ADOPT)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const date = dateAfter(line.text.slice(end), line.offset + end, 4);
    // The sentence ends with the date: "… on 15 May 2025." — not "… on 15 May 2025 and delegate its drafting".
    if (!date) continue;
    const rest = line.text.slice(date.offset - line.offset + date.text.length);
    if (!/^\s*(?:[.;](?:\s|$)|$)/.test(rest)) continue;
    const offset = line.offset + start;
    found.push({
      offset,
      endOffset: offset + match[0].trimEnd().length,
      label: match[0].trim(),
      kind: "approved",
      verb: "adopted",
      date,
    });
  }
  return found;
}

/**
 * A last review or approval that opens a review label's bracket, or a clause in it: "Review date (last reviewed 3
 * April 2026): Annually", "| Next review (annually; adopted 3 April 2026) |", "| Next review (policy approved …) |".
 */
const LABEL_BRACKET =
  /^[\s>*_#•·–—-]*(?:\d+[.)]\s*)?(?:date\s+of\s+(?:the\s+)?)?(?:next\s+)?(?:policy\s+)?review(?:\s+(?:date|due))?[\s*_]*\((?:[^();]*;)*[\s*_]*(?:(?:this|the|our)\s+)?(?:(?:policy|document|procedures?|statement)\s+)?$/i;

/**
 * A sentence that links another document: words with the address in brackets ("the county's referral form
 * (https://…)"), a Markdown link ("[the county's guidance](https://…)"), or a document's name before its address
 * ("the referral form is at https://…").
 */
const LINKED_DOCUMENT =
  /\((?:https?:\/\/|www\.)[^()\s]+\)|\]\((?:https?:\/\/|www\.)|\b(?:forms?|guidance|leaflets?|factsheets?|booklets?|procedures|checklist|template)\s+(?:(?:is|are|can\s+be\s+found)\s+)?(?:at|on|here)?\s*:?\s*(?:https?:\/\/|www\.)/i;
/**
 * A link to the setting's own site, which is where "this page" is, not another document: "[our home page](https://…)",
 * "[our website](…)", "this site (https://…)".
 */
const OWN_PAGE_LINK =
  /\[(?:our|this|the)\s+(?:home\s*page|website|web\s*site|site)\]\([^()\s]*\)|\b(?:our|this)\s+(?:home\s*page|website|web\s*site|site)\s*\((?:https?:\/\/|www\.)[^()\s]+\)/gi;
function sentenceAboutPolicy(lead: string, own?: RegExp): boolean {
  const sentences = lead.split(/[.!?]\s/);
  const sentence = sentences.at(-1) ?? "";
  // "See the council's form (https://…). This page was last reviewed …": the linked page's date, not the policy's —
  // only when the sentence straight before links another document, not a bare address ("Our other policies are at
  // www.…", "visit https://…/contact for a copy").
  if (
    /\bthis\s+page\s+\S+\s+(?:\S+\s+)?$/i.test(sentence) &&
    LINKED_DOCUMENT.test((sentences.at(-2) ?? "").replace(OWN_PAGE_LINK, ""))
  )
    return false;
  // "This policy was", "Our safeguarding statement was", "The child protection policy was" — not "the statement
  // was" (a witness's) nor "our policy on phones was" (another policy). "This page was" on a web page is the policy's own.
  return (
    POLICY_WAS.test(sentence) || POLICY_REVIEWED_AND_WAS.test(sentence) || (own?.test(sentence) ?? false)
  );
}

/**
 * The noun a document's title calls it by after its safeguarding words, when it is a word for a set of rules
 * ("Safeguarding Standing Orders (SG)", "Child Protection Code", "Welfare Handbook"), as the subject of an approval:
 * "These Standing Orders were adopted …". Not any last word of a title ("Safeguarding Procedures for Volunteers",
 * "Safeguarding and Welfare Requirements": "These volunteers were approved …" and "These requirements were updated
 * by the DfE …" are not the document).
 */
const TITLE_NOUN =
  /\b(?:safeguarding|child\s+protection|welfare)\s+(?:(?:and|&)\s+(?:\p{L}+\s+){1,2})?(?:\p{L}+\s+){0,2}(?<noun>orders|code|handbook|charter|protocol|rules|guidelines|manual|constitution|arrangements)(?:\s*\([^()]{0,40}\))?$/iu;
/**
 * A title that names the document's own terms by what they govern, at its start or after its setting's name and a
 * dash or colon: "Conditions of Hire", "Village Hall – Conditions of Use", "Terms of Membership", "Terms and
 * Conditions of Booking" — its first noun is what the document calls itself ("These conditions were approved …").
 */
const TITLE_OF_NOUN =
  /(?:^|\s[–—:|·-]\s*)(?<noun>conditions|terms)(?:\s+(?:and|&)\s+conditions)?\s+of\s+(?:hire|use|membership|booking|entry|letting|participation|reference)\b/iu;
/** How many headings straight after a title may be its subtitle ("# Hall name" then "**Conditions of Hire**"). */
const SUBTITLE_LINES = 3;
const ownSubjects = new WeakMap<Line[], RegExp | null>();
function ownSubject(lines: Line[]): RegExp | undefined {
  let own = ownSubjects.get(lines);
  if (own === undefined) {
    let noun: string | undefined;
    const first = firstHeading(lines);
    for (let i = first, seen = 0; i >= 0 && i < lines.length && seen <= SUBTITLE_LINES && !noun; i++) {
      if (isBlank(lines[i])) continue;
      if (i > first && !isHeadingLine(lines[i])) break;
      seen++;
      const title = lines[i].text.slice(0, 200).replace(/^[\s#*_]+|[\s*_]+$/g, "");
      noun = TITLE_NOUN.exec(title)?.groups?.noun ?? TITLE_OF_NOUN.exec(title)?.groups?.noun;
    }
    own = noun
      ? new RegExp(
          `\\b(?:this|these|our)\\s+(?:[\\p{L}-]+\\s+){0,2}?${escapeRegExp(noun)}\\s+(?:was|were|has\\s+been|have\\s+been|is|are)\\s+(?:last\\s+|first\\s+|formally\\s+)?$`,
          "iu",
        )
      : null;
    ownSubjects.set(lines, own);
  }
  return own ?? undefined;
}

const POLICY_SUBJECT =
  "\\b(?:this\\s+(?:(?:safeguarding|child\\s+protection|welfare)\\s+)?(?:policy|document|procedure|statement|page)|our\\s+(?:(?:safeguarding|child\\s+protection|welfare)\\s+)?(?:policy|statement|procedures)|the\\s+(?:(?:safeguarding|child\\s+protection|welfare)\\s+)?policy|it)";
const POLICY_WAS = new RegExp(
  `${POLICY_SUBJECT}\\s+(?:was|has\\s+been|had\\s+been|is|were)\\s+(?:last\\s+|first\\s+|formally\\s+)?$`,
  "i",
);
/** "It is reviewed every year and was …", "The policy is reviewed annually and has been …": the policy's approval. */
const POLICY_REVIEWED_AND_WAS = new RegExp(
  `^\\s*${POLICY_SUBJECT}\\s+is\\s+(?:\\w+\\s+){0,2}?reviewed\\b[^.!?;:]{0,60}?\\s+and\\s+(?:was|has\\s+been)\\s+(?:first\\s+|formally\\s+)?$`,
  "i",
);
const POLICY_IS_REVIEWED = new RegExp(
  `^\\s*${POLICY_SUBJECT}\\s+(?:is|will\\s+be)\\s+(?:\\w+\\s+){0,2}?reviewed\\b[^.!?;:]{0,60}[.!?]\\s*$`,
  "i",
);

function verbOf(kind: ReviewKind, label: string, line: string): string {
  if (kind === "last") return /updat|amend|revis/i.test(label) ? "last updated" : "last reviewed";
  if (/^dated?$/i.test(label)) return "dated";
  const word =
    /adopt|approv|ratif|agree|sign|issue|writ|wrot|creat/i.exec(label)?.[0].toLowerCase() ?? "approved";
  if (/^date$/i.test(label) && /\bsign/i.test(line)) return "signed";
  return (
    {
      adopt: "adopted",
      approv: "approved",
      ratif: "ratified",
      agree: "agreed",
      sign: "signed",
      issue: "issued",
      writ: "written",
      wrot: "written",
      creat: "written",
    }[word] ?? "approved"
  );
}

/**
 * A label after its translation at the start of a line, in a bilingual policy: "Ceadaithe / Approved:", "Adolygwyd
 * ddiwethaf / Last reviewed:" — up to four words and a slash (the label must end in a colon), one of them a Welsh,
 * Irish or Gaelic word for reviewing, approving, adopting, agreeing, signing, updating or issuing. A role before the
 * slash ("Volunteer / Signed:", "Rhiant / Signed:") is a form's signature, not the policy's date. In a table, the
 * first cell: "| Cymeradwywyd / Approved | 3 May 2025 |".
 */
const TRANSLATED_LABEL = /^[\s>*_#•|-]*\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,3}\s*\/\s*$/u;
/**
 * A title in two languages, a slash between them ("Polityka ochrony dzieci / Child Protection Policy", not
 * "Safeguarding / Child Protection Policy"): its labels may carry a translation in any language, not only one the
 * audit knows words of.
 */
function bilingualTitle(lines: Line[]): boolean {
  const title = (lines[firstHeading(lines)]?.text ?? "").slice(0, 200);
  const halves = /(\p{L}[\p{L}'’ ]{2,})\s\/\s([\p{L}'’ ]{2,}\p{L})/u.exec(title);
  // "Safeguarding / Child Protection Policy" is one language: the words before the slash are a title's in English.
  return halves !== null && !ENGLISH_TITLE_WORD.test(halves[1]);
}
const ENGLISH_TITLE_WORD =
  /\b(?:safeguarding|child|children|protection|policy|policies|procedures?|welfare|safety|and|of|the|for|our|code|statement)\b/i;

/**
 * Labels only a policy's own dates carry — nobody signs a form "Approved" or "Last reviewed" — so in a policy whose
 * title is in two languages their translation may be in any ("Zatwierdzono / Approved:", "Ostatnia aktualizacja /
 * Last reviewed:"); "Signed", "Agreed" and "Date" after a role are a form's, so those need a known translation word.
 * In a policy in English alone, words before the slash are another thing's name ("Risk assessment for trips /
 * Approved: …").
 */
const POLICY_ONLY_LABEL =
  /^(?:approved|adopted|ratified|(?:date\s+of\s+)?(?:last|previous|most\s+recent|latest)\s+(?:policy\s+)?review(?:ed)?(?:\s+date)?|(?:date\s+)?last\s+(?:updated|amended|revised))$/i;
const LABEL_TRANSLATION = new RegExp(`(?<![\\p{L}'’])(?:${OTHER_LANGUAGE_REVIEW_WORD})`, "iu");
/**
 * A translation of five to eight words before the slash that opens with the other language's approval or review word:
 * "Mabwysiadwyd gan y Corff Llywodraethu / Adopted by the Governing Body: …" (Welsh writes who approved into the
 * label, as English does). TRANSLATED_LABEL takes four words of any kind; a longer phrase only so.
 */
const LONG_TRANSLATED_LABEL = new RegExp(
  String.raw`^[\s>*_#•|-]*(?:${OTHER_LANGUAGE_REVIEW_WORD})[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){4,7}\s*\/\s*$`,
  "iu",
);
/**
 * A translation in another script (Japanese "承認 / Approved:", Chinese, Arabic, Urdu …): words with no Latin letter
 * before the slash are the label's own translation, never a form's role.
 */
const OTHER_SCRIPT_LABEL =
  /^[\s>*_#•|-]*(?=[^/]*\p{L})[^\p{Script=Latin}\s/|:]+(?:\s+[^\p{Script=Latin}\s/|:]+){0,3}\s*\/\s*$/u;

/** "Date:", "Dated", "Date of policy" standing at the start of a line or cell, before its date or as a column heading. */
const DATE_LABEL =
  /(?=[dp])(?<=^[\s*_#>•-]*|\|[\s*_]*)(?:date(?:\s+of\s+(?:this\s+)?policy)?|dated|policy\s+date)(?=[\s*_]*(?:[:|]|$))/gi;
/** A table header of a document's control or version history, whose "Date" column dates the policy (not a training table). */
const DOCUMENT_CONTROL = /\b(?:version|author|changes?|amend|approv|review|issue|status)/i;

/**
 * The words before "approval" or "adoption" on a next review's line that count a time from it: "Next review (12
 * months after ", "Next review date: two years from the ".
 */
const COUNTED_TO_REVIEW =
  /\b(?:next\s+(?:policy\s+)?review|review\s+(?:date|due))\b[^.!?\n]{0,30}?\b(?:\d{1,2}|one|two|three|four|five|six|twelve|eighteen|twenty[- ]four)\s+(?:years?|months?)\s+(?:after|from)\s+(?:(?:its|the|our)\s+)?(?:date\s+of\s+(?:its\s+|the\s+)?)?$/i;

/**
 * A "Reviewed:" field (also "Date reviewed:", "Reviewed and approved:") that follows a sentence's end on its line, a
 * date straight after its colon: "I review this policy every January, or sooner if the law changes. Reviewed: 8
 * January 2026." — the policy's last review, as on a line of its own. Not a list item or a table's row (another
 * document's line: "- Behaviour policy. Reviewed: 3 March 2026."), and only where a soft label would be read: near
 * the title or in a section about the policy.
 */
function reviewedFieldAfterSentence(
  lines: Line[],
  line: Line,
  before: string,
  label: string,
  rest: string,
): boolean {
  if (!/^(?:date\s+)?reviewed\b/i.test(label) || !/[.!?]\s+[*_]*$/.test(before)) return false;
  if (!/^[\s*_]*:[\s*_]*(?=\d|\p{L})/u.test(rest) || isRow(line) || LIST_ITEM.test(line.text)) return false;
  return softLabelPlace(lines, line);
}
const LIST_ITEM = /^\s*(?:[-*+•·–]\s|\d{1,2}[.)]\s|\(?[a-z]\)\s)/i;

/** A "Date:" line under "Signed: …" or "Approved by: …" (a form's signature block). */
const SIGNATURE_LINE = /^[\s|*_]*(?:signed|signature|approved\s+by|agreed\s+by|adopted\s+by|chair)\b/i;
const DATE_LINE = /^[\s|*_]*(?:date(?:d)?(?:\s+signed)?)\s*[:\-–]/i;

/**
 * Every date on which the policy was last reviewed or approved (adopted, signed, agreed, ratified …), from its
 * text, its tables (a "Last reviewed" column, a history of reviews under a "Review date" column) and its
 * signature block.
 */
export function findReviewAnchors(
  text: string,
  lines = splitLines(text),
  printed: Line[] = lines,
): DatedReview[] {
  const found: DatedReview[] = [];
  const add = (statement: ReviewStatement, date: DateMatch | undefined) => {
    if (date) found.push({ ...statement, date });
  };
  const own = ownSubject(lines);
  const bilingual = bilingualTitle(lines);
  for (const line of lines) {
    for (const [kind, pattern] of [
      ["last", LAST_LABEL],
      ["last", LAST_LOOKED_AT],
      ["approved", APPROVED_LABEL],
    ] as const) {
      for (const match of labelMatches(pattern, line.text)) {
        const start = match.index ?? 0;
        const before = line.text.slice(Math.max(0, start - WINDOW), start);
        // "… each September. Last reviewed 1st Sept 2026": an explicit last review may start any sentence.
        const explicit =
          kind === "last" && /^(?:date\s+of\s+)?(?:last|previous|most|latest)\b/i.test(match[0]);
        // "… last looked at this statement on …": the label names the policy, wherever it stands.
        // A definition list's answer ("Question?" / ": Last checked by … on …") starts its sentence too.
        const sentenceStart =
          (explicit && /(?:^(?:[\s>]*:\s+)?|[.!?]\s+[*_]*)$/.test(before)) ||
          pattern === LAST_LOOKED_AT ||
          reviewedFieldAfterSentence(lines, line, before, match[0], line.text.slice(start + match[0].length));
        if (pattern === LAST_LOOKED_AT && notOwnersLook(before)) continue;
        if (pattern === LAST_LOOKED_AT && /^it\b|\sit$/i.test(match[0]) && !itIsOnlyPolicy(before)) continue;
        if (
          pattern === LAST_LOOKED_AT &&
          /^\s+by\b/i.test(line.text.slice(start + match[0].length)) &&
          !ownersPassiveLook(line.text.slice(start + match[0].length))
        )
          continue;
        // "It was last looked at in May 2020 by the leisure centre": who looked, after the date, is no owner.
        if (pattern === LAST_LOOKED_AT && /^it\b/i.test(match[0]) && outsiderLooked(line.text.slice(start)))
          continue;
        if (SOFT_LAST.test(match[0]) && !softLabelPlace(lines, line)) continue;
        // "Last checked by the committee on …": checked by those who own the policy, not "by the inspector".
        if (
          SOFT_LAST.test(match[0]) &&
          /^\s+by\s/i.test(line.text.slice(start + match[0].length)) &&
          !ownersPassiveLook(line.text.slice(start + match[0].length))
        )
          continue;
        // A placeholder in the label's own sentence ("Insert Month Agreed 2022"), not in the one before it.
        const ownSentence = before.split(FIELD_BREAK).at(-1) ?? before;
        const offset = line.offset + start;
        const endOffset = offset + match[0].length;
        // A heading in a box of dates stands wherever its column does.
        const boxed = dateInBox(printed, offset);
        const translated =
          start <= WINDOW &&
          ((TRANSLATED_LABEL.test(before) &&
            (LABEL_TRANSLATION.test(before) || (bilingual && POLICY_ONLY_LABEL.test(match[0])))) ||
            LONG_TRANSLATED_LABEL.test(before) ||
            OTHER_SCRIPT_LABEL.test(before)) &&
          // "… / Approved by the committee: …": who approved may stand before the colon.
          /^(?:\s+by\s+(?:the\s+)?[\p{L}'’ -]{1,40}?)?[\s*_]*[:|]/u.test(
            line.text.slice(start + match[0].length),
          );
        // "Next review (12 months after approval on 3 April 2026)": the approval a time to the next review is counted
        // from is the policy's — not "went ahead after approval on …", an event's.
        const counted = /^(?:adoption|approval)$/i.test(match[0]) && COUNTED_TO_REVIEW.test(before);
        // "The PCC adopted the updated policy on …": who approved it, for an approval in the active voice.
        const approver =
          kind === "approved" ? activeApprover(before, match[0], runOn(line, endOffset, lines)) : undefined;
        // "wrote" dates the policy only in the active voice, its owner the subject and the policy its object.
        if (/^wrote$/i.test(match[0]) && approver === undefined) continue;
        // "I wrote this policy in May 2019 and have reviewed it every year since, most recently in September 2026":
        // a later review in its paragraph is the policy's last; the date it was first written is no longer its date.
        if (/^wrote$/i.test(match[0])) {
          const rest = line.text.slice(start + match[0].length);
          if (REVIEWED_SINCE_WRITING.test(rest)) {
            const cue = REVIEW_DATE_CUE.exec(rest);
            const from = cue ? start + match[0].length + cue.index + cue[0].length : 0;
            // Its date straight after the cue ("most recently in September 2026"), or further on in the cue's sentence
            // when the words between say the policy was reviewed ("most recently reviewed it after my inspection in
            // October 2026") — not another event's date ("parents asked for a copy, which I sent on 3 November 2026").
            const near = cue ? dateAfter(line.text.slice(from), line.offset + from, CUE_DATE_GAP) : undefined;
            const far =
              cue && !near
                ? dateAfter(line.text.slice(from), line.offset + from, REVIEWED_DATE_REACH)
                : undefined;
            // The cue's sentence from its start ("… and have reviewed it every year since, most recently with my
            // adviser in September 2026"), up to the date.
            const cueAt = start + match[0].length + (cue?.index ?? 0);
            const sentenceStart = (() => {
              const before = line.text.slice(0, cueAt);
              const breaks = [...before.matchAll(/[.!?](?=\s)/g)];
              return Math.max(breaks.at(-1)?.index ?? -1, start - 1) + 1;
            })();
            // Only the cue's own clause: not past a ";" or ", which" before the cue ("… reviewed it every year since;
            // most recently a parent asked me for a copy"), nor one between the cue and the date ("…, which I sent on
            // 3 November 2026").
            const inClause = (to: number) => {
              const words = line.text.slice(sentenceStart, to);
              const breaks = [...words.slice(0, cueAt - sentenceStart).matchAll(CUE_CLAUSE_BREAK)];
              const last = breaks.at(-1);
              const clause = last ? words.slice((last.index ?? 0) + last[0].length) : words;
              CUE_CLAUSE_BREAK.lastIndex = 0;
              return (
                !CUE_CLAUSE_BREAK.test(words.slice(cueAt - sentenceStart)) && POLICY_REVIEWED.test(clause)
              );
            };
            const reviewed = near ?? (far && inClause(far.offset - line.offset) ? far : undefined);
            if (cue && reviewed) {
              add(
                {
                  offset: line.offset + from - cue[0].length,
                  endOffset: line.offset + from,
                  label: cue[0].trim(),
                  kind: "last",
                  verb: "last reviewed",
                },
                reviewed,
              );
              continue;
            }
            // "… and have reviewed it every year since" says it was reviewed after it was written, dated or not; a
            // cue with no date after it ("Most recently, parents asked …", "Reviewed copies go …") says nothing.
            if (REVIEWED_SINCE.test(rest)) continue;
            // "Most recently, my assistant and I reviewed it together" with no date: a review, but none to count from.
            if (cue && POLICY_REVIEWED.test(cue[0] + line.text.slice(from).split(SENTENCE_BREAK)[0]))
              continue;
          }
          // "Version 4 · September 2026" heading the policy, later than it was first written: that is its date.
          const written = dateAfter(rest, 0, 70);
          const version = written && laterVersionLine(lines, written.date.last);
          if (version) {
            add(
              {
                offset: version.offset,
                endOffset: version.endOffset,
                label: version.label,
                kind: "approved",
                verb: "dated",
              },
              version.date,
            );
            continue;
          }
        }
        if (
          !boxed &&
          (!(
            sentenceStart ||
            translated ||
            counted ||
            anchoredLabel(before, start <= WINDOW, own) ||
            // A web page's own "Page last reviewed: 12 March 2025" line (not its footer's "Page last updated …").
            (/^[\s>*_#]*page\s+$/i.test(before) && /review/i.test(match[0])) ||
            (kind === "approved" && afterReviewRule(before, match[0])) ||
            (kind === "approved" &&
              adoptedAtMeeting(before, match[0], line.text.slice(start + match[0].length))) ||
            approver !== undefined
          ) ||
            PLACEHOLDER.test((approver ?? ownSentence).slice(-30)))
        )
          continue;
        const statement: ReviewStatement = {
          offset,
          endOffset,
          label: match[0],
          kind,
          verb: verbOf(kind, match[0], line.text),
        };
        const after = afterLabel(line, endOffset, lines);
        const date =
          boxed ??
          dateAfter(after.text, after.base, 70) ??
          dateOnNextLine(lines, line, restOfLine(line, endOffset));
        if (date) {
          add(statement, date);
          // "Reviewed: September 2024, September 2025, 1st of September 2026": every review, the latest the last.
          if (kind === "last" && !boxed)
            for (const listed of datesListedAfter(date, after.text, after.base)) add(statement, listed);
          continue;
        }
        for (const below of datesBelowHeader(lines, line, offset)) add(statement, below);
      }
    }
    if (/resolved\s+to/i.test(line.text)) found.push(...resolvedToAdopt(line));
    if (line.text.includes("last did")) found.push(...lastDidSo(line, lines));
    if (line.text.includes("last ")) found.push(...answeredLast(line, lines));
    if (/last\s/i.test(line.text)) found.push(...lastDoneAfterCycle(line, lines));
    if (/\b(?:is|are)\s+(?:next\s+)?reviewed\b/i.test(line.text)) found.push(...usualReviews(line, lines));
    // A signature block: "Signed: …" then "Date: 03/11/2020".
    const dateLine = DATE_LINE.exec(line.text);
    let signed = false;
    if (dateLine) {
      const previous = lines
        .slice(Math.max(0, line.index - 3), line.index)
        .some((l) => SIGNATURE_LINE.test(l.text));
      if (previous) {
        const start = line.text.search(/date/i);
        const offset = line.offset + start;
        const endOffset = line.offset + dateLine[0].length;
        const date = dateAfter(line.text.slice(dateLine[0].length), endOffset, 20);
        add({ offset, endOffset, label: "Date", kind: "approved", verb: "signed" }, date);
        signed = date !== undefined;
      }
    }
    // "Date: 12/09/2023" at the start of a line or cell, or a "Date" column of a document-control table.
    for (const match of signed ? [] : allMatches(DATE_LABEL, line.text)) {
      const offset = line.offset + (match.index ?? 0);
      const endOffset = offset + match[0].length;
      const statement: ReviewStatement = {
        offset,
        endOffset,
        label: match[0],
        kind: "approved",
        verb: "dated",
      };
      const after = afterLabel(line, endOffset, lines);
      const date = dateAfter(after.text, after.base, 5);
      if (date) add(statement, date);
      else if (isRow(line) && DOCUMENT_CONTROL.test(line.text))
        for (const below of datesBelowHeader(lines, line, offset)) add(statement, below);
    }
    // "Review date" heading a column of several dated rows: a history of reviews, each a past review.
    for (const match of labelMatches(NEXT_LABEL, line.text)) {
      if (DEADLINE_LABEL.test(match[0]) || !isRow(line)) continue;
      const offset = line.offset + (match.index ?? 0);
      const column = datesBelowHeader(lines, line, offset);
      if (column.length < 2) continue;
      for (const date of column)
        add(
          { offset, endOffset: offset + match[0].length, label: match[0], kind: "last", verb: "reviewed" },
          date,
        );
    }
  }
  // The same date read by two labels ("Reviewed and approved 3 May 2024") counts once.
  return onePerDate(found);
}

/**
 * The answer to a question about the page's own last check ("Q: When was this sheet last looked at?" / "A: The
 * committee last went through every answer on 9 October 2025."): its owner's last look, in the answer's first
 * sentence, dates the page's last review (see PAGE_CHECK_QUESTION).
 */
const ANSWERED_LAST =
  /\blast\s+(?:went\s+(?:over|through)|looked\s+(?:at|over|through)|read\s+(?:over|through)|checked|reviewed|revisited)\b/gi;
function answeredLast(line: Line, lines: Line[]): DatedReview[] {
  const asked = previousNonBlank(lines, line.index);
  if (!asked?.text.includes("?") || !PAGE_CHECK_QUESTION.test(asked.text)) return [];
  const found: DatedReview[] = [];
  for (const m of allMatches(ANSWERED_LAST, line.text.slice(0, WINDOW))) {
    const start = m.index ?? 0;
    const before = line.text.slice(0, start);
    // The answer's first sentence, its subject one who owns the policy.
    if (SENTENCE_BREAK.test(before) || notOwnersLook(before)) continue;
    const offset = line.offset + start;
    const endOffset = offset + m[0].length;
    const after = afterLabel(line, endOffset, lines);
    const date = dateAfter(after.text, after.base, 40);
    if (date) found.push({ offset, endOffset, label: m[0], date, kind: "last", verb: "last reviewed" });
    break;
  }
  return found;
}

/** "I last did so on …", "We last did this in …": a last time that opens its sentence. */
const LAST_DID = /\b(?:I|we)\s+last\s+did\s+(?:so|this|that|it)\b/gi;
/**
 * A last review in the first person after the sentence that says the policy is reviewed: "I look at this policy
 * again every November, before the party season. I last did so on 18 November 2025." — the sentence before names
 * the policy and its review by its owner (not "I check my props before every show. I last did so …").
 */
function lastDidSo(line: Line, lines: Line[]): DatedReview[] {
  const found: DatedReview[] = [];
  for (const m of allMatches(LAST_DID, line.text)) {
    const start = m.index ?? 0;
    const sentences = line.text.slice(Math.max(0, start - WINDOW), start).split(/(?<=[.!?])\s+/);
    if ((sentences.at(-1) ?? "").trim() !== "") continue;
    const previous = sentences.at(-2) ?? "";
    if (!POLICY_NOUN.test(previous) || !saysReviewed(previous) || notOwnersLook(previous)) continue;
    const offset = line.offset + start;
    const endOffset = offset + m[0].length;
    const after = afterLabel(line, endOffset, lines);
    const date = dateAfter(after.text, after.base, 20);
    if (date) found.push({ offset, endOffset, label: m[0], date, kind: "last", verb: "last reviewed" });
  }
  return found;
}

/** "last done", "last carried out", "last completed", "last reviewed": when the review a cycle names last took place. */
const LAST_DONE = /\blast\s+(?:done|carried\s+out|completed|undertaken|reviewed)\b/gi;
/**
 * What may stand between a review cycle and its "last done": a semicolon, comma, colon, dash, an opening bracket or a
 * full stop, or "and" — then perhaps "it was" or "was" ("…; it was last done …"), nothing else.
 */
const CYCLE_THEN_LAST =
  /(?:\s*[;,:(—–]|\s+-|[.!?])\s*(?:and\s+)?(?:(?:it\s+)?was\s+)?$|\s+and\s+(?:(?:it\s+)?was\s+)?$/i;
/** Only a colon, a dash, "in", "on" or "during" between "last done" and its date. */
const LAST_DONE_GAP = /^[\s:,–—-]*(?:(?:in|on|during)\s+)?(?:the\s+)?$/i;
/**
 * A review cycle straight followed by when it was last done: "This policy is reviewed each January; last done January
 * 2025", "We review this policy every year, last carried out in April 2025", "Reviewed annually (last completed May
 * 2025)". The clause just before names the policy's review and its cycle (see `findReviewIntervals`), so "last done"
 * is that review's — not "Fire drills are held each term; last done …", nor "the kit check was last done …" (its
 * own subject between).
 */
function lastDoneAfterCycle(line: Line, lines: Line[]): DatedReview[] {
  const found: DatedReview[] = [];
  for (const m of allMatches(LAST_DONE, line.text)) {
    const start = m.index ?? 0;
    const before = line.text.slice(Math.max(0, start - WINDOW), start);
    const separator = CYCLE_THEN_LAST.exec(before);
    if (!separator) continue;
    // The clause before the separator: from its sentence's or clause's start.
    const lead = before.slice(0, separator.index);
    let from = 0;
    for (const c of allMatches(CLAUSE_BREAK, lead)) from = (c.index ?? 0) + c[0].length;
    const clause = lead.slice(from);
    if (!/\S/.test(clause) || findReviewIntervals(clause).length === 0) continue;
    const offset = line.offset + start;
    const endOffset = offset + m[0].length;
    const after = afterLabel(line, endOffset, lines);
    const date = dateAfter(after.text, after.base, 12);
    // The date straight after: "last done January 2025", "last carried out in April 2025" — not "last completed
    // training: May 2025", another thing's date.
    if (!date || !LAST_DONE_GAP.test(after.text.slice(0, date.offset - after.base))) continue;
    found.push({ offset, endOffset, label: m[0], date, kind: "last", verb: "last reviewed" });
  }
  return found;
}

/** Only a comma, semicolon, "and" or "&" between two dates of a list ("Sept 2024, Sept 2025 and Sept 2026"). */
const LIST_SEPARATOR = /^\s*(?:[,;]\s*(?:and\s+|&\s*)?|(?:and|&)\s+)$/i;

/**
 * The dates that follow `first` as a list, each after only a separator: "Reviewed: Sept 2021, Sept 2022, Sept
 * 2023" gives Sept 2022 and Sept 2023. A date after other words ("…, next due September 2027") ends the list.
 */
function datesListedAfter(first: DateMatch, text: string, base: number): DateMatch[] {
  const listed: DateMatch[] = [];
  let previous = first;
  const dates = findDates(near(text, WINDOW), base, { allowYear: true, shortMonthYear: true });
  for (const date of dates) {
    if (date.offset < previous.endOffset) continue;
    if (!LIST_SEPARATOR.test(text.slice(previous.endOffset - base, date.offset - base))) break;
    listed.push(date);
    previous = date;
  }
  return listed;
}

function onePerDate(found: DatedReview[]): DatedReview[] {
  const seen = new Set<number>();
  return found
    .sort((a, b) => a.date.offset - b.date.offset)
    .filter((r) => !seen.has(r.date.offset) && seen.add(r.date.offset) !== undefined);
}

// ---------------------------------------------------------------------------
// How often the policy is reviewed
// ---------------------------------------------------------------------------

export interface ReviewInterval {
  offset: number;
  endOffset: number;
  /** The words as written: "every year", "annually", "a year after adoption and then every three years". */
  text: string;
  /** Months between reviews. */
  months: number;
  /** Months from adoption to the first review, when the policy gives a different first interval. */
  firstMonths?: number;
  /** One time to the next review counted from a date, not a cycle: "no later than 12 months from the date above". */
  counted?: true;
}

const NUMBER: Record<string, number> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  twelve: 12,
  eighteen: 18,
  "twenty-four": 24,
  "twenty four": 24,
};
const COUNT = "(\\d{1,2}|one|two|three|four|five|six|twelve|eighteen|twenty[- ]four)";

/**
 * Where "annual", "biennial" or "triennial" is the interval itself: before "review", at the end of a cell or line
 * ("| Review | Annual |"), in brackets after a date ("Reviewed: May 2025 (annual)"), or ending a sentence
 * ("Review: annual.").
 */
const ADJECTIVE_END = String.raw`(?=\s+review|[\s*_]*(?:\||\n|$)|\s*\)|[.;](?:\s|$))`;

const MONTH_NAMES =
  "(?:january|february|march|april|may|june|july|august|september|october|november|december)";
/**
 * What comes once a year in a month ("each session in August", "every new season in April", "each school year in
 * September", "each session (September)") — a time, not a person or thing ("every new coach in September" is each
 * coach, not each year; "each term (September, January, April)" is each term).
 */
const YEARLY_THING = "(?:session|season|term|year|meeting|agm|autumn|spring|summer|winter|camp|intake)";
/**
 * The first letter of every interval below (a year, bi-, twice, half-, six-, semi-, each, every, annual, once, on,
 * term, tri-, within, a count's digit or word): tried first at each place in the text, before the alternatives and their
 * look-behinds, which is about a third quicker over a whole policy.
 */
const INTERVAL_FIRST_LETTER = "(?=[abefhnostwy\\d])";
/**
 * A date the policy has just given, as a time to the review is counted from it: "the date above", "the date shown
 * below", "that date", "the date this leaflet was signed".
 */
const DATE_GIVEN = String.raw`(?:the\s+)?date\s+(?:(?:shown|given|written)\s+)?(?:above|below)\b|(?:that|this)\s+date\b|the\s+date\s+(?:this|the|our)\s+(?:[a-z-]+\s+){0,2}?(?:policy|document|leaflet|guide|statement)\s+(?:was|is)\s+(?:signed|approved|adopted|agreed|ratified)\b`;
/** The policy's own event a time to the review is counted from: "approval", "the date of signing", "being signed". */
const OWN_EVENT = String.raw`(?:(?:its|the|our)\s+)?(?:date\s+of\s+(?:its\s+|the\s+)?)?(?:adoption|approval|ratification|publication|signing|sign-off|signature|issue|last\s+review)\b|being\s+(?:signed|approved|adopted|agreed|ratified)\b`;
const INTERVAL = new RegExp(
  `${INTERVAL_FIRST_LETTER}(?:${[
    `(?<firstThen>a\\s+year\\s+after\\s+(?:its\\s+|being\\s+)?(?:adoption|adopted|approval|approved|publication)[^.!?\\n]{0,25}?then\\s+every\\s+${COUNT}\\s+years?)`,
    // "Biannual" is twice a year in UK usage, but is written for every two years too: read as the later of the
    // two (two years), so a policy called overdue is overdue whichever was meant.
    `(?<biannual>(?<![a-z-])bi-?annually|(?<![a-z-])bi-?annual(?=\\s+basis)|(?<![a-z-])bi-?annual${ADJECTIVE_END})`,
    `(?<half>twice\\s+(?:a|per|each|every)\\s+year|twice[\\s-]yearly|half[\\s-]yearly|six[\\s-]monthly|(?<![a-z-])semi-?annually|(?<![a-z-])semi-?annual(?=\\s+basis)|(?<![a-z-])semi-?annual${ADJECTIVE_END})`,
    // "reviewed each autumn term", "every spring", "each September", "at every AGM": a season, term, month or
    // meeting that comes once a year. "Review: every season" (a sports club's playing season) is read as a year, the
    // longest reading: four seasons a year would make the review due sooner. "each pre-season (April)" is the time
    // before each playing season, once a year, and "each close season" ("every off-season") the break between two,
    // once a year too — not "each pre-season training session", "every close season tournament" (a thing done then);
    // the reviewer or the meeting may follow ("each close season by the committee").
    `(?<yearly>\\b(?:each|every)\\s+(?:(?:autumn|spring|summer|winter|lent|michaelmas|trinity|easter)(?:\\s+(?:half[\\s-])?term)?|january|february|march|april|may|june|july|august|september|october|november|december|agm|annual\\s+general\\s+meeting)\\b|(?<![a-z-])annually|(?<![a-z-])yearly|every\\s+(?:single\\s+)?year|each\\s+year|once\\s+a\\s+year|every\\s+(?:12|twelve)\\s+months|on\\s+an\\s+annual\\s+basis|(?<![a-z-])annual${ADJECTIVE_END}|\\b(?:each|every)\\s+(?:[a-z]+\\s+)?${YEARLY_THING}\\s+(?:in\\s+${MONTH_NAMES}\\b(?![\\s,]*(?:\\d|['’]\\d))|\\(\\s*${MONTH_NAMES}\\s*\\))|\\b(?:each|every)\\s+(?:new\\s+|playing\\s+)?season\\b|\\b(?:each|every)\\s+(?:pre|close|off)[\\s-]?season\\b(?![\\s-]*(?!(?:by|when|at|before|after)\\b)[a-z\\d]))`,
    // "Reviewed by the committee at the AGM", "This policy is reviewed at the AGM": an annual general meeting comes
    // once a year, so a habit of reviewing at it is yearly (only in a present-tense review, see `HABITUAL_AT_AGM`) —
    // not one AGM named by its date ("at the AGM held on 3 May 2026", "at the AGM in June 2026").
    `(?<atAgm>\\bat\\s+(?:the|our|its)\\s+(?:club['’]s\\s+)?(?:agm|annual\\s+general\\s+meeting)\\b(?![^\\S\\n]*(?:held|on|in|of)\\b|[^\\S\\n]*[,(]?[^\\S\\n]*\\d))`,
    // "reviewed termly", "each term", "once a term", "every half-term": a school year has three terms (six
    // half-terms), so at most four months between term-time reviews (two for half-terms), read as the longest.
    `(?<halfTermly>(?<![a-z-])half[\\s-]?termly|\\b(?:each|every)\\s+half[\\s-]?term\\b)`,
    `(?<termly>(?<![a-z-])termly|\\b(?:(?:each|every)\\s+(?:school\\s+)?|once\\s+(?:a|per|each|every)\\s+)term\\b)`,
    // "Review cycle: 2 years", "| Review period | 3 years |"
    `(?<cycle>(?=[\\deotfst])(?<=review\\s+(?:cycle|period|frequency|interval|schedule)[\\s*_]*[:|][\\s|*_]*)(?:every\\s+)?${COUNT}\\s+(?:years?|months))`,
    // "every two academic years", "every three school years": counted as years.
    `(?<years>every\\s+${COUNT}\\s+(?:(?:academic|school)\\s+)?years)`,
    // "(biennial)", "(triennial)" after a review date: the words in brackets name its interval.
    `(?<other>every\\s+other\\s+(?:(?:academic|school)\\s+)?year|biennially|(?<![a-z-])biennial${ADJECTIVE_END})`,
    `(?<triennial>triennially|(?<![a-z-])triennial${ADJECTIVE_END})`,
    `(?<months>every\\s+${COUNT}\\s+months)`,
    // "to be reviewed no later than 12 months from the date above", "within 12 months of the date of signing", "12
    // months from the date above": one time to the next review, counted from a date the policy gives.
    `(?<deadline>(?:(?:no|not)\\s+later\\s+than|within)\\s+${COUNT}\\s+(?:years?|months?)\\s+(?:after|from|of)\\s+(?:${DATE_GIVEN}|${OWN_EVENT})|${COUNT}\\s+(?:years?|months?)\\s+(?:after|from)\\s+(?:${DATE_GIVEN}))`,
    // "to be reviewed within 12 months of that date": the longest time to the next review, after an approval.
    `(?<within>\\bwithin\\s+${COUNT}\\s+(?:years?|months))`,
    // "Next review (12 months after approval on 3 April 2026)": a time counted from the last approval or review.
    // "(next review one year on)", "Next review: a year later": the time from the last review, straight after "next
    // review" (not "One year on, the group has grown").
    `(?<yearOn>(?<=\\bnext\\s+(?:policy\\s+)?review(?:\\s+(?:is\\s+)?due)?[\\s*_:,(]*)(?:a|${COUNT})\\s+(?:years?|months?)\\s+(?:on|later)\\b)`,
    `(?<after>\\b${COUNT}\\s+(?:years?|months?)(?=\\s+(?:after|from)\\s+(?:(?:its|the|our)\\s+)?(?:date\\s+of\\s+(?:its\\s+|the\\s+)?)?(?:adoption|approval|ratification|publication|signing|sign-off|issue|last\\s+review)\\b))`,
  ].join("|")})`,
  "gi",
);
/**
 * A sentence about the policy's review, or a "Review" label before its value: after a colon, a table's pipe, or
 * a run of spaces (a pandoc simple table's row, "Review      Every two years", as Markdown, Word or a PDF keeps it).
 * A bilingual label gives the word in both languages, either first: "| Adolygu / Review |", "Review / Adolygu:".
 */
const INTERVAL_ABOUT_POLICY =
  /\b(?:polic(?:y|ies)|document|procedures?|statement|this|it|review\s+(?:frequency|cycle|period|interval|schedule)|approved|adopted|agreed|ratified|last\s+reviewed)\b|^[\s|*_]*(?:[^\s|/:]{1,20}[^\S\n]?\/[^\S\n]?)?(?:(?:policy|date)\s+)?(?:last\s+)?review(?:ed)?(?:\s+date)?(?:[^\S\n]?\/[^\S\n]?[^\s|/:]{1,20})?(?:[\s*_]*[:|]|[ \t\u00a0]{2,}(?=\S))/i;
/**
 * A verbless note that starts its sentence with "Reviewed" or "To be reviewed" and goes straight on to how often,
 * or names the owners' meeting first: "Reviewed annually." or "Reviewed every two years by the trustees." under a
 * policy's title, "Adopted on 14 May 2024. To be reviewed each year.", "To be reviewed at the annual meeting each
 * year." is its own review rule — not "Risk assessments are reviewed annually" (another thing's), nor "Reviewed with
 * new volunteers at their induction each term" (going through it with someone). Tested on the sentence's words
 * before the interval.
 */
const REVIEWED_NOTE =
  /(?:^|[.!?]\s+|\n)[\s*_]*(?:to\s+be\s+)?reviewed(?:\s+by\s+(?:the\s+|our\s+)?(?:trustees|(?:management\s+)?committee|board(?:\s+of\s+trustees)?|governors|directors|owners?|proprietors?|leadership\s+team|senior\s+team|chair|pcc|(?:parochial\s+)?church\s+council))?(?:\s+(?:at|during)\s+(?:the|its|our)\s+(?:[a-z'’-]+\s+){0,3}?(?:meeting|agm)(?:\s+of\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,3}?(?:council|committee|trustees|board|governors|pcc))?)?[\s*_,]*$/i;
/**
 * A list item's start: "- ", "• ", "* ", "(a) ". A verbless note in a list item, or indented under one, is the listed
 * thing's ("- Each child's medical form. To be reviewed annually."), not the policy's. A numbered line ("1. ") is an
 * item only in a run of items (see `listItemLine`): on its own it is as often a heading ("9. Monitoring and review.").
 */
const LIST_ITEM_START = /^[ \t]*(?:[-•+▪◦·–]|\*(?=[ \t])|\(?[a-z]\))[ \t]/i;
const BULLET_START = /^[ \t]*(?:[-•+▪◦·–]|\*(?=[ \t]))[ \t]/;
const NUMBERED_START = /^[ \t]*\d{1,2}[.)][ \t]/;
/** The line holding `at` (without its line break), and where it starts. */
function lineOf(text: string, at: number): { line: string; start: number } {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const stop = text.indexOf("\n", at);
  return { line: text.slice(start, stop < 0 ? text.length : stop), start };
}
/** Whether the line starting at `lineStart` is a list's item: bulleted, or numbered with an item just above or below. */
function listItemLine(text: string, lineStart: number): boolean {
  const { line } = lineOf(text, lineStart);
  if (LIST_ITEM_START.test(line)) return true;
  if (!NUMBERED_START.test(line)) return false;
  const above = lineStart > 0 ? lineOf(text, lineStart - 1).line : "";
  const belowStart = lineStart + line.length + 1;
  const below = belowStart < text.length ? lineOf(text, belowStart).line : "";
  return [above, below].some((l) => NUMBERED_START.test(l) || BULLET_START.test(l));
}
/**
 * Whether a note opening the line at `lineStart` belongs to a bulleted list's item: indented under the item (past
 * blank lines and the item's other indented lines), or its next line with no blank line between. Not a paragraph of
 * its own after the list ("Reviewed annually by the committee." closing a policy after its contacts).
 */
function inListItem(text: string, lineStart: number): boolean {
  const { line } = lineOf(text, lineStart);
  if (lineStart === 0) return false;
  if (!/^[ \t]+\S/.test(line)) return BULLET_START.test(lineOf(text, lineStart - 1).line);
  // Indented: up past blank and indented lines to a bullet, read once for the whole text (see `linesIndex`).
  const index = linesIndex(text);
  return index.underItem[lineNumber(index, lineStart)] === 1;
}
/** A sentence saying when the policy was adopted or approved: "Adopted on 14 May 2024.", "Approved: 03/2025". */
const ADOPTION_SENTENCE =
  /\b(?:adopted|approved|ratified|agreed|signed|issued|endorsed|accepted|(?:last\s+)?(?:reviewed|updated)|adoption|approval|ratification)\b[^.!?\n]*?(?:\b(?:19|20)\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b)/i;
/** A heading over the policy's own review: "2. Review of this policy", "## Monitoring and review", "Adoption and review". */
const REVIEW_HEADING =
  /^[\s#*_]*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:(?:policy|adoption|monitoring|approval)\s+(?:and|&)\s+)?(?:policy\s+)?review(?:\s+(?:and|&)\s+(?:monitoring|evaluation|adoption))?(?:\s+of\s+(?:this|the|our)\s+(?:policy|document))?[\s*_:.]*$/i;
/** The words of a line that hold a letter or a digit (not a dash or a bullet on its own). */
const wordsWithLetters = (line: string) => line.split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w)).length;
/** A short label line with its value: "Date adopted: 12/03/2024", "Signed by: Chair of Trustees", "**Approved:** …". */
const LABEL_LINE = /^[\s*_|]*[\p{L}][^:\n]{0,40}:[\s*_]*\S/u;
/** How many label lines above a note are read for its adoption's date: a front matter's box of labels, no more. */
const LABEL_RUN = 8;

/**
 * What the notes of one text ask of the lines before and after them, read once for the whole text: where each line
 * starts; how many lines before each are not blank, and how many are not a front matter's (12 words or more, a list's
 * item or a section's heading); the last heading before each; how many lines from each to the end have 12 words or
 * more; and whether an indented line is under a bulleted item (up past blank and indented lines to a bullet). A policy
 * of thousands of "To be reviewed …" notes once split the whole text again for each.
 */
interface LinesIndex {
  text: string;
  starts: number[];
  nonBlankBefore: Int32Array;
  notFrontBefore: Int32Array;
  lastHeadingBefore: Int32Array;
  longFrom: Int32Array;
  underItem: Uint8Array;
  lines: string[];
}
let lastIndex: LinesIndex | undefined;
function linesIndex(text: string): LinesIndex {
  if (lastIndex?.text === text) return lastIndex;
  const lines = text.split("\n");
  const n = lines.length;
  const starts: number[] = new Array(n);
  const nonBlankBefore = new Int32Array(n + 1);
  const notFrontBefore = new Int32Array(n + 1);
  const lastHeadingBefore = new Int32Array(n + 1);
  const longFrom = new Int32Array(n + 1);
  const underItem = new Uint8Array(n);
  const sectioned = (l: string) => /^[ \t]*#{2,6}\s/.test(l) && !REVIEW_HEADING.test(l);
  let at = 0;
  // Walking up from an indented line: a bullet above it, past blank and indented lines (1), or not (0).
  let upReaches = 0;
  lastHeadingBefore[0] = -1;
  for (let i = 0; i < n; i++) {
    const l = lines[i];
    starts[i] = at;
    at += l.length + 1;
    const blank = !l.trim();
    nonBlankBefore[i + 1] = nonBlankBefore[i] + (blank ? 0 : 1);
    const front =
      wordsWithLetters(l) < 12 && !BULLET_START.test(l) && !NUMBERED_START.test(l) && !sectioned(l);
    notFrontBefore[i + 1] = notFrontBefore[i] + (front ? 0 : 1);
    lastHeadingBefore[i + 1] = /^[ \t]*#{1,6}\s/.test(l) ? i : lastHeadingBefore[i];
    underItem[i] = upReaches;
    if (BULLET_START.test(l)) upReaches = 1;
    else if (!blank && !/^[ \t]+\S/.test(l)) upReaches = 0;
  }
  for (let i = n - 1; i >= 0; i--) longFrom[i] = longFrom[i + 1] + (wordsWithLetters(lines[i]) >= 12 ? 1 : 0);
  lastIndex = { text, starts, nonBlankBefore, notFrontBefore, lastHeadingBefore, longFrom, underItem, lines };
  return lastIndex;
}
/** The number (from 0) of the line starting at `lineStart`. */
function lineNumber(index: LinesIndex, lineStart: number): number {
  let low = 0;
  let high = index.starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (index.starts[mid] <= lineStart) low = mid;
    else high = mid - 1;
  }
  return low;
}
/**
 * Whether a "To be reviewed …" note starting at `noteStart` is the policy's own, nothing tying it to another thing: straight
 * after the adoption or approval sentence (past a heading over the policy's review only), under a heading over the
 * policy's review, or in the policy's front matter or closing lines (only short lines before, or after, it). Not
 * "… an enhanced DBS check. To be reviewed every three years.", nor a note under a "Consent forms" heading.
 */
function ownReviewNote(text: string, noteStart: number): boolean {
  const { start: lineStart } = lineOf(text, noteStart);
  const onLineBefore = text.slice(lineStart, noteStart);
  if (/[\p{L}\d]/u.test(onLineBefore)) {
    // The sentence before the note, on its line.
    const sentences = onLineBefore.trimEnd().split(/(?<=[.!?])\s+/);
    return ADOPTION_SENTENCE.test(sentences[sentences.length - 2] ?? sentences[0] ?? "");
  }
  // Past blank lines, the nearest line before: the adoption's sentence, or a heading over the policy's review; or
  // further up a run of short label lines ("Date adopted: 12/03/2024" / "Signed by: Chair of Trustees" over the note).
  const index = linesIndex(text);
  const k = lineNumber(index, lineStart);
  for (let i = k - 1, seen = 0; i >= 0 && seen < LABEL_RUN; i--) {
    const above = index.lines[i];
    if (!above.trim()) continue;
    const label = LABEL_LINE.test(above) && wordsWithLetters(above) < 12;
    if (seen > 0 && !label) break;
    if (seen === 0 && REVIEW_HEADING.test(above)) return true;
    const sentences = above.trimEnd().split(/(?<=[.!?])\s+/);
    if (ADOPTION_SENTENCE.test(sentences[sentences.length - 1] ?? "")) return true;
    if (!label) break;
    seen++;
  }
  // Front matter: only a few short lines (a title, labels, dates) before the note, no list or section heading.
  if (index.nonBlankBefore[k] <= 12 && index.notFrontBefore[k] === 0) return true;
  // Closing lines: only short lines after it, and no section heading between it and the title.
  const heading = index.lastHeadingBefore[k];
  const lastHeading = heading < 0 ? undefined : index.lines[heading];
  return (
    index.longFrom[k + 1] === 0 &&
    index.nonBlankBefore[k] > 0 &&
    (lastHeading === undefined || /^[ \t]*#\s/.test(lastHeading) || REVIEW_HEADING.test(lastHeading))
  );
}
/**
 * Whether a verbless review note ends at `start` (see `REVIEWED_NOTE`), and is not a list item's: "reviewed" for a
 * "Reviewed annually." note, "to-be" for a "To be reviewed annually." one (the policy's own only where
 * `ownReviewNote` says so), or false.
 */
function reviewedNote(text: string, start: number): false | "reviewed" | "to-be" {
  const from = Math.max(0, start - 120);
  const window = text.slice(from, start);
  const note = REVIEWED_NOTE.exec(window);
  if (!note) return false;
  const { line, start: lineStart } = lineOf(text, start);
  if (listItemLine(text, lineStart)) return false;
  const opensLine = /^[\s*_]*(?:to\s+be\s+)?reviewed\b/i.test(line);
  if (opensLine && inListItem(text, lineStart)) return false;
  const toBe = /to\s+be\s+reviewed/i.exec(note[0]);
  if (!toBe) return "reviewed";
  return ownReviewNote(text, from + note.index + toBe.index) ? "to-be" : false;
}
/** The policy's next review named: "Next review (12 months after approval …)", "Review date: two years from …". */
const NEXT_REVIEW_WORDS = /\b(?:next\s+(?:policy\s+)?review|review\s+(?:date|due))\b/i;
const INTERVAL_ABOUT_OTHER =
  /\b(?:training|trained|dbs|checks?|risk\s+assessments?|supervision|appraisals?|certificates?|refresher|course)\b/i;

function count(word: string | undefined): number {
  if (!word) return Number.NaN;
  const key = word.toLowerCase().replace(/\s+/g, " ");
  return NUMBER[key] ?? Number(key);
}

/**
 * The full stop of an abbreviated month before its year or day ("1st Oct. 2023", "Sept. '24") as a space, the same
 * length: it ends no sentence.
 */
function monthStopsUnread(words: string): string {
  if (!words.includes(".")) return words;
  return words.replace(/\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.(?=[ \t]+['’]?\d)/g, "$1 ");
}

/** The sentence (or line) around an offset in `text`; an abbreviated month's full stop ends none ("1st Oct. 2023"). */
function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - WINDOW);
  const before = monthStopsUnread(text.slice(from, start));
  const after = monthStopsUnread(text.slice(end, end + WINDOW));
  // Where the sentence opens: after a line break or a full stop and its space; at the window's start when
  // neither is there (-1, so the slice below keeps the first word: "It was last reviewed …").
  const opening = Math.max(
    before.lastIndexOf("\n"),
    ...[". ", "! ", "? "].map((s) => {
      const at = before.lastIndexOf(s);
      return at < 0 ? -1 : at + 1;
    }),
  );
  const stops = ["\n", ". ", "! ", "? "].map((s) => after.indexOf(s)).filter((i) => i >= 0);
  let first = from + opening + 1;
  let stop = end + (stops.length ? Math.min(...stops) : after.length);
  // A sentence broken by a line break in the middle ("… Last updated: 12 May 2025 — this page" / "is reviewed
  // every year"): a Word line break or a web page's Markdown wrapped wider than the unwrapping allows. One line
  // either side, only where the next line goes on in lower case after a line that ends without a stop.
  if (first > 0 && text[first - 1] === "\n" && runsOnAt(text, first - 1)) {
    const line = Math.max(from, text.lastIndexOf("\n", first - 2) + 1);
    const words = monthStopsUnread(text.slice(line, first - 1));
    const opens = Math.max(...[". ", "! ", "? "].map((s) => words.lastIndexOf(s)));
    first = opens < 0 ? line : line + opens + 2;
  }
  if (text[stop] === "\n" && runsOnAt(text, stop)) {
    const next = text.indexOf("\n", stop + 1);
    const words = monthStopsUnread(
      text.slice(stop + 1, Math.min(end + WINDOW, next < 0 ? text.length : next)),
    );
    const ends = [". ", "! ", "? "].map((s) => words.indexOf(s)).filter((i) => i >= 0);
    stop = stop + 1 + (ends.length ? Math.min(...ends) : words.length);
  }
  return text.slice(first, stop);
}

/**
 * Whether the line break at `at` falls inside a sentence: the line before has words and ends without a stop,
 * colon or table pipe, and the line after goes on in lower case or with a number that is no list item's ("… at its
 * meeting on" / "4 August 2026, and is reviewed every season") — not a list item, heading or table row.
 */
function runsOnAt(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 80), at);
  return (
    /[\p{L}\d,)*_]\s*$/u.test(before) &&
    !/^\s*\|/.test(before.slice(before.lastIndexOf("\n") + 1)) &&
    (/^[*_\s]*(?:\p{Ll}|\d{1,4}(?=[ \t/,–-]))/u.test(text.slice(at + 1, at + 40)) ||
      // A date's day and its month either side: "… on 4" / "August 2026, and is reviewed …".
      (/(?<![\d.])\d{1,2}(?:st|nd|rd|th)?$/.test(before) &&
        DATE_MONTH_START.test(text.slice(at + 1, at + 40))))
  );
}
const DATE_MONTH_START =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;

/**
 * "each autumn term", "every September", "at every AGM", "each term", "termly" — not "every year" or "each year":
 * words for a time that other business keeps too, so the clause itself must say something is reviewed.
 */
const NAMED_ONCE_A_YEAR =
  /^(?:(?:each|every)\s+(?!(?:single\s+)?year\b|(?:12|twelve)\s)|(?:half[\s-]?)?termly|once\s+(?:a|per|each|every)\s+term)/i;
const CLAUSE_BREAK = /[.;!?\n]|,?\s+(?:and|but|while|whereas)\s+/gi;

/**
 * Whether the clause around an offset says something is reviewed: "the policy is reviewed each spring", "each
 * spring term, the governors review it" — not "the trip each summer; it is reviewed every two years".
 */
function reviewInClause(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - WINDOW), start);
  const after = text.slice(end, end + WINDOW);
  let from = 0;
  for (const m of allMatches(CLAUSE_BREAK, before)) from = (m.index ?? 0) + m[0].length;
  const stop = allMatches(CLAUSE_BREAK, after)[0];
  const clause = `${before.slice(from)} ${after.slice(0, stop ? stop.index : after.length)}`;
  return saysReviewed(clause);
}

/** The months between reviews an interval's words give ("every three years": 36), and to the first review. */
function intervalMonths(
  match: RegExpExecArray,
  sentence: string,
): { months: number; firstMonths?: number; counted?: true } | undefined {
  const g = match.groups ?? {};
  let months: number | undefined;
  let firstMonths: number | undefined;
  let counted = false;
  if (g.firstThen) {
    months = 12 * count(/then\s+every\s+(\S+(?:[- ]four)?)\s+years?/i.exec(g.firstThen)?.[1]);
    firstMonths = 12;
  } else if (g.yearly || g.atAgm) months = 12;
  else if (g.termly) months = 4;
  else if (g.halfTermly) months = 2;
  else if (g.biannual) months = 24;
  else if (g.half) months = 6;
  else if (g.years)
    months = 12 * count(/every\s+(.+?)\s+(?:(?:academic|school)\s+)?years/i.exec(g.years)?.[1]);
  else if (g.other) months = 24;
  else if (g.triennial) months = 36;
  else if (g.months) months = count(/every\s+(.+?)\s+months/i.exec(g.months)?.[1]);
  else if (g.after) {
    const [, n, unit] = /^(\S+(?:[- ]four)?)\s+(years?|months?)$/i.exec(g.after) ?? [];
    months = count(n) * (/^year/i.test(unit ?? "") ? 12 : 1);
  } else if (g.yearOn) {
    const [, n, unit] = /^(\S+(?:[- ]four)?)\s+(years?|months?)\s/i.exec(g.yearOn) ?? [];
    months = (/^an?$/i.test(n ?? "") ? 1 : count(n)) * (/^year/i.test(unit ?? "") ? 12 : 1);
  } else if (g.deadline) {
    // Only of the policy named in words ("This leaflet and our policy are to be reviewed …") or in a verbless note of
    // its own ("To be reviewed no later than …", "Approved by the committee on …, to be reviewed within 12 months of
    // that date"): not "a child's plan will be reviewed no later than 3 months from the date above", nor "a
    // placement is reviewed no later than 3 months after approval".
    if (
      !/^[\s*_]*(?:(?:to\s+be\s+)?reviewed|approved|adopted|ratified|agreed|signed)\b/i.test(sentence) &&
      !/\b(?:polic(?:y|ies)|document|leaflet|guide|statement)\b/i.test(sentence)
    )
      return undefined;
    const [, n, unit] = /(\S+(?:[- ]four)?)\s+(years?|months?)\s+(?:after|from|of)\s/i.exec(g.deadline) ?? [];
    months = count(n) * (/^year/i.test(unit ?? "") ? 12 : 1);
    counted = true;
  } else if (g.within) {
    // Only of the policy named in words ("Approved … to be reviewed within 12 months"): not "it will be reviewed
    // within 3 months" of a concern or a plan.
    if (!/\b(?:polic(?:y|ies)|document|approv|adopt|ratif)/i.test(sentence)) return undefined;
    const [, n, unit] = /within\s+(\S+(?:[- ]four)?)\s+(years?|months)$/i.exec(g.within) ?? [];
    months = count(n) * (/^year/i.test(unit ?? "") ? 12 : 1);
  } else if (g.cycle) {
    const [, n, unit] = /(\S+(?:[- ]four)?)\s+(years?|months)$/i.exec(g.cycle) ?? [];
    months = count(n) * (/^year/i.test(unit ?? "") ? 12 : 1);
  }
  if (!months || !Number.isFinite(months) || months <= 0 || months > 60) return undefined;
  return counted ? { months, firstMonths, counted } : { months, firstMonths };
}

/** Every statement of how often the policy is reviewed: "This policy will be reviewed every year", "| Review cycle | Annually |". */
/**
 * The words before "at the AGM" that make it the policy's habit, in the present: a sentence that opens "Reviewed"
 * (a note: "Reviewed by the committee at the AGM") or "This policy is reviewed" — not "was reviewed" (one review that
 * took place), "will be reviewed" (the next, a time in words) nor "The accounts are presented".
 */
const HABITUAL_AT_AGM =
  /(?:^|[.!?]\s+|\n)[\s*_]*(?:(?:this|the|our)\s+(?:(?:safeguarding|child\s+protection|welfare)\s+)?(?:policy|document|statement|procedures?)\s+(?:is|are)\s+)?reviewed(?:\s+(?:by|with)\s+(?:the\s+|our\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}?)?[\s,]+$/iu;
/**
 * The last AGM's date, as a label or a sentence: "Last AGM: 22 June 2026", "The last AGM was held on 22 June 2026",
 * "Date of last AGM: …". Read as the last review only where the policy is reviewed at the AGM (see `lastAgmReviews`).
 */
const LAST_AGM =
  /\b(?:last|latest|most\s+recent|previous)\s+(?:agm|annual\s+general\s+meeting)\b(?:\s+(?:was\s+)?(?:held\s+)?(?:on\s+)?)?[\s*_]*[:|]?[\s*_|]*/gi;
/** Whether an interval is a review at the AGM: "at the AGM", "at each AGM", "every annual general meeting". */
const AGM_INTERVAL = /\bagm\b|annual\s+general\s+meeting/i;
/**
 * The last AGM's dates as last reviews, when the policy is reviewed at its AGM ("Reviewed by the committee at the
 * AGM. Last AGM: 22 June 2026."): the review took place at that meeting.
 */
function lastAgmReviews(text: string, intervals: readonly ReviewInterval[]): DatedReview[] {
  if (!intervals.some((i) => AGM_INTERVAL.test(i.text))) return [];
  const found: DatedReview[] = [];
  for (const m of allMatches(LAST_AGM, text)) {
    const offset = m.index ?? 0;
    const endOffset = offset + m[0].length;
    const date = dateAfter(text.slice(endOffset, endOffset + WINDOW), endOffset, 10, false);
    if (date && date.date.precision !== "year")
      found.push({
        offset,
        endOffset,
        label: m[0].trim(),
        date,
        kind: "last",
        verb: "last reviewed at the AGM on",
      });
  }
  return found;
}

export function findReviewIntervals(text: string): ReviewInterval[] {
  const found: ReviewInterval[] = [];
  // Intervals read only from a "To be reviewed …" note, and whether another names the policy in words.
  const notes = new Set<ReviewInterval>();
  let namedOwn = false;
  for (const match of allMatches(INTERVAL, text)) {
    const start = match.index ?? 0;
    const end = start + match[0].length;
    const sentence = sentenceAround(text, start, end);
    if (!saysReviewed(sentence) || INTERVAL_ABOUT_OTHER.test(sentence)) continue;
    let note: ReturnType<typeof reviewedNote> = false;
    if (
      !match.groups?.deadline &&
      !INTERVAL_ABOUT_POLICY.test(sentence) &&
      // "Next review: 12 months after approval": the time to the next review, counted from the policy's approval —
      // not "a trial period is reviewed three months after approval of their application".
      // A time counted from the policy's date names the policy or its approval itself (see `intervalMonths`).
      !((match.groups?.after || match.groups?.yearOn) && NEXT_REVIEW_WORDS.test(sentence))
    ) {
      note = reviewedNote(text, start);
      if (!note) continue;
    }
    if (NAMED_ONCE_A_YEAR.test(match[0]) && !reviewInClause(text, start, end)) continue;
    if (match.groups?.atAgm && !HABITUAL_AT_AGM.test(text.slice(Math.max(0, start - 120), start))) continue;
    const read = intervalMonths(match, sentence);
    if (!read) continue;
    const interval = { offset: start, endOffset: end, text: match[0], ...read };
    found.push(interval);
    if (note === "to-be") notes.add(interval);
    else if (/\b(?:polic(?:y|ies)|document)\b/i.test(sentence)) namedOwn = true;
  }
  // A "To be reviewed …" note is never an extra interval beside one the policy states in words naming itself.
  return namedOwn ? found.filter((interval) => !notes.has(interval)) : found;
}

/**
 * The sentence straight after a last review or approval, its owners going over "it" as a habit: "Last checked by
 * the committee on 18/02/2025. We look at it every year." — "it" is what was just checked, and the interval follows
 * the look straight away (not "We look at it with new helpers every year", reading it with them). After a last
 * review, "It does so every year" says the same of the one who reviewed.
 */
const LOOK_AT_IT_NEXT =
  /^[^.!?\n]{0,60}?[.!?][ \t]+((?:we|they|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:look(?:s)?\s+at|go(?:es)?\s+(?:over|through)|reads?\s+(?:over|through)|checks?)\s+it(?:[\s,]+(?:again|together|closely|carefully|properly))?[\s,]+|(?:it|he|she|we|they|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+do(?:es)?\s+so[\s,]+)([^.!?\n]*)/iu;
function intervalsAfterAnchors(text: string, anchors: readonly DatedReview[]): ReviewInterval[] {
  const found: ReviewInterval[] = [];
  for (const anchor of anchors) {
    if (anchor.kind === "next") continue;
    const from = anchor.date.endOffset;
    const after = text.slice(from, from + 200);
    // A cheap look for the words first: a look at "it" somewhere after the date.
    if (!/\bit\b/i.test(after)) continue;
    const look = LOOK_AT_IT_NEXT.exec(after);
    // "… last went through it on 9 October 2025. It does so every year": "does so" is the last review's own verb
    // again, its subject the one who reviewed.
    const doesSo = look !== null && anchor.kind === "last" && /\bdo(?:es)?\s+so\b/i.test(look[1]);
    if (!look || (!doesSo && !OWNER.test(look[1])) || NOT_OWNER.test(look[1])) continue;
    const rest = look[2];
    if (INTERVAL_ABOUT_OTHER.test(rest)) continue;
    const [match] = allMatches(INTERVAL, rest);
    if (match?.index !== 0) continue;
    const read = intervalMonths(match, `${look[1]}${rest}`);
    const offset = from + (look.index ?? 0) + look[0].length - rest.length;
    if (read) found.push({ offset, endOffset: offset + match[0].length, text: match[0], ...read });
  }
  return found;
}

// ---------------------------------------------------------------------------
// When the policy is due
// ---------------------------------------------------------------------------

/**
 * The policy written for one academic (school) year: a label at a line's or cell's start ("**Applies to:** academic
 * year 2024/25", "Academic year: 2024–25", "| Policy year: | 2024/25 |", "| Review period | Academic year 2024/25 |",
 * a PDF's "Review period Academic year 2024/25" row) or a sentence that names the policy ("This
 * policy is for the school year 2024/25", "This policy was re-issued for the academic year 2024/25"). Not a year
 * something happened in ("In the academic year 2024/25 we ran …"). The year follows the match.
 */
const POLICY_YEAR =
  /(?:(?<=^[\s|*_#>•-]*|\|[\s*_]*)(?:(?:applies\s+to|valid\s+for|covers|(?:(?:review|policy)\s+)?period(?:\s+covered)?)[\s*_]*(?:[:|][\s*_]*)?(?:the\s+)?(?:academic|school)\s+year|(?:policy|academic|school)\s+year[\s*_]*:)|\b(?:this|the|our)\s+(?:safeguarding\s+|child\s+protection\s+)?(?:policy|document)\s+(?:is\s+for|applies\s+to|covers|(?:is|was)\s+(?:re-?issued|reviewed|written|updated|issued|renewed)\s+for)\s+(?:the\s+)?(?:academic|school)\s+year)[\s*_|]*(?=(?:19|20)\d{2})/gim;

/** A second year straight after a policy's year ("and 2026/27", "– 2026/27", "to 2027"). */
const MORE_YEARS = /^\s*(?:and|to|&|[–—,/-])\s*(?:19|20)\d{2}/i;

/**
 * A policy written for one academic year is due for review by the start of the next (September of the year it
 * ends in): its latest such year, as a next-review statement, or undefined. A cheap look for the words first.
 */
function policyYearReview(text: string): DatedReview | undefined {
  if (!text.includes("ear") || !/(?:academic|school|policy)\s+year/i.test(text)) return undefined;
  let found: DatedReview | undefined;
  for (const m of allMatches(POLICY_YEAR, text)) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    const [year] = findSchoolYears(text.slice(end, end + 12), end);
    if (!year || year.offset !== end) continue;
    // "Academic year: 2025/26 and 2026/27", "2025/26 – 2026/27": a policy for more than one year.
    if (MORE_YEARS.test(text.slice(year.endOffset, year.endOffset + 16))) continue;
    const ends = year.date.last.slice(0, 4);
    const date: DateMatch = {
      ...year,
      date: { first: `${ends}-09-01`, last: `${ends}-09-30`, precision: "month" },
    };
    if (found && found.date.date.last >= date.date.last) continue;
    found = {
      offset: start + (m[0].length - m[0].trimStart().length),
      endOffset: end,
      label: m[0].trim(),
      date,
      kind: "next",
      period: `the academic year ${year.text.trim()}`,
    };
  }
  return found;
}

export interface DerivedDue {
  /** The last review or approval the due date counts from … */
  anchor: DatedReview;
  /** … the review interval the policy states … */
  interval: ReviewInterval;
  months: number;
  /** … and the day the review falls due (YYYY-MM-DD). */
  due: string;
}

export interface ReviewSchedule {
  /** Every "next review" statement, dated or not, in text order. */
  statements: ReviewStatement[];
  /** The next-review statements that give a date. */
  dated: DatedReview[];
  /** The latest stated next review (last day of its period). */
  latest?: string;
  /** Dates the policy was last reviewed or approved. */
  anchors: DatedReview[];
  intervals: ReviewInterval[];
  /** A due date worked out from the last review or approval and the interval, when no later next review is stated. */
  derived?: DerivedDue;
  /** When the policy is due for review, as a careful reader would say: the stated date or the derived one. */
  due?: { date: string; statement?: DatedReview; derived?: DerivedDue };
}

/** A table as a reader found it, rows × cells, each cell with its offsets in the document's text. */
export interface ReadTable {
  offset: number;
  endOffset: number;
  rows: ReadonlyArray<ReadonlyArray<{ text: string; offset: number; endOffset: number }>>;
}

/**
 * A box's label cell naming the review: "Review", "Next review date", "Policy review due" — a short cell that is a
 * label on its own, as a Markdown row "| Review | … |" reads it.
 */
function labelCell(cell: { text: string } | undefined): boolean {
  if (!cell || cell.text.length > 40) return false;
  return `${cell.text.trim()} |`.search(NEXT_LABEL) >= 0 || APPROVAL_AND_REVIEW.test(cell.text);
}
/** A label cell naming the approval and the review together: "Adoption and review", "Review and approval". */
const APPROVAL_AND_REVIEW =
  /^[\s*_]*(?:policy\s+)?(?:(?:adoption|approval|ratification|sign-?off)\s+(?:and|&)\s+(?:next\s+)?review|review\s+(?:and|&)\s+(?:adoption|approval|ratification|sign-?off))(?:\s+dates?)?[\s*_:]*$/i;

/** A row of a timeline of key dates: a date alone in its first cell, the review beside it ("June 2026 | Next review"). */
function whenRow(row: ReadonlyArray<{ text: string }>): boolean {
  return (
    row.length >= 2 &&
    row[1].text.length <= 60 &&
    row[1].text.search(NEXT_LABEL) === 0 &&
    parseLooseDate(row[0].text, { shortMonthYear: true }) !== undefined
  );
}

/** What a read table says of the review: its statements and anchors, at the document's offsets. */
interface TableReading {
  table: ReadTable;
  statements: ReviewStatement[];
  anchors: DatedReview[];
}

/**
 * The review statements and anchors of a PDF's tables read as the Markdown tables of their rows × cells, at the
 * document's offsets: a version history whose review column is not its last ("Version | Review due | Date issued |
 * …", "Version | Date | Next review | Approved by | …"), which the PDF's text prints a few words a line, so the
 * date after the label there is another column's. Each table counts as a Markdown or Word table does: the current
 * version's row (its latest other date), or the only row; its approval and review dates are the policy's. And a
 * box of the policy's details, a label cell and its value in each row ("Review | At the trustees' meeting in
 * December 2026"), where the PDF's text has no colon after the label. Only tables with a review label in their
 * first row or a row's first cell, and a date, and not those the text already shows as Markdown rows.
 */
function readTables(lines: Line[], tables: readonly ReadTable[]): TableReading[] {
  const found: TableReading[] = [];
  for (const table of tables) {
    const [header] = table.rows;
    if (!header?.length || table.rows.length < 2) continue;
    const first = header.find((c) => c.text) ?? header[0];
    if (isTableRow(lines[lineAt(lines, first.offset)])) continue;
    // A version history names the review in its header row; a box of the policy's details ("Approved by | …",
    // "Review | …") in a row's first cell, its value in the next.
    if (
      !header.some((c) => c.text.search(NEXT_LABEL) >= 0) &&
      !table.rows.some((row) => labelCell(row.find((c) => c.text)) || whenRow(row)) &&
      !(
        header.some((c) => DUE_HEADER.test(c.text)) &&
        table.rows.some((row) => TRACKER_ITEM.test(row.find((c) => c.text)?.text ?? ""))
      ) &&
      !versionHistoryHeader(header)
    )
      continue;
    // The Markdown of the table, and where each cell's text stands in it.
    const cells: Array<{ at: number; text: string; offset: number; endOffset: number }> = [];
    let markdown = "";
    const addRow = (row: ReadonlyArray<{ text: string; offset: number; endOffset: number }>) => {
      markdown += "|";
      for (const cell of row) {
        markdown += " ";
        const text = cell.text.replace(/[|\n]/g, " ");
        cells.push({ at: markdown.length, text, offset: cell.offset, endOffset: cell.endOffset });
        markdown += `${text} |`;
      }
      markdown += "\n";
    };
    addRow(header);
    markdown += `|${header.map(() => " --- |").join("")}\n`;
    for (const row of table.rows.slice(1)) addRow(row);
    // The cell holding a place in the Markdown (cells are in order: a binary search, as a table may be long).
    const toText = (at: number): number | undefined => {
      let low = 0;
      let high = cells.length - 1;
      while (low <= high) {
        const mid = (low + high) >> 1;
        const cell = cells[mid];
        if (cell.at + cell.text.length < at) low = mid + 1;
        else if (cell.at > at) high = mid - 1;
        else return Math.min(cell.offset + (at - cell.at), cell.endOffset);
      }
      return undefined;
    };
    const place = <T extends ReviewStatement>(statement: T): T | undefined => {
      const offset = toText(statement.offset);
      const endOffset = toText(statement.endOffset);
      if (offset === undefined || endOffset === undefined) return undefined;
      if (!statement.date) return { ...statement, offset, endOffset };
      const from = toText(statement.date.offset);
      const to = toText(statement.date.endOffset);
      if (from === undefined || to === undefined) return undefined;
      return { ...statement, offset, endOffset, date: { ...statement.date, offset: from, endOffset: to } };
    };
    const markdownLines = splitLines(markdown);
    const statements = findReviewStatements(markdown, markdownLines).flatMap((s) => place(s) ?? []);
    const anchors = findReviewAnchors(markdown, markdownLines).flatMap((a) => place(a) ?? []);
    // A table that gives no date at all (nor a review in words) is left to the text.
    if (anchors.length === 0 && !statements.some((s) => s.date || s.inWords)) continue;
    found.push({ table, statements, anchors });
  }
  return found;
}

/**
 * A version history's header row with no review column: "Version | Date | What changed | Approved by". Its dates are
 * the versions' approvals, read as a Markdown or Word copy's same table is — the PDF's text prints its rows a few
 * words a line.
 */
function versionHistoryHeader(header: ReadonlyArray<{ text: string }>): boolean {
  return (
    header.some((c) =>
      /^[\s*_]*(?:version|v(?:er)?\.?|issue|revision|rev\.?)(?:\s+(?:no\.?|number))?[\s*_:]*$/i.test(c.text),
    ) &&
    header.some((c) => /^[\s*_]*(?:date|date\s+(?:approved|agreed|issued|adopted))[\s*_:]*$/i.test(c.text))
  );
}

/** Whether an offset is inside one of the read tables. */
function inTable(readings: readonly TableReading[], offset: number): boolean {
  return readings.some(({ table }) => table.offset <= offset && offset < table.endOffset);
}

/** Reads a document's review statements, anchors and intervals and works out when it is due. */
export function scheduleFromText(
  text: string,
  lines = splitLines(text),
  unjoined?: string,
  tables: readonly ReadTable[] = [],
): ReviewSchedule {
  // A PDF's tables as its reader found them say what the text says inside them, cell by cell.
  const readings = tables.length ? readTables(lines, tables) : [];
  const statements = readings.length
    ? [
        ...findReviewStatements(text, lines, unjoined).filter((s) => !inTable(readings, s.offset)),
        ...readings.flatMap((r) => r.statements),
      ].sort((a, b) => a.offset - b.offset)
    : findReviewStatements(text, lines, unjoined);
  const dated = statements.filter((s): s is DatedReview => s.date !== undefined);
  const latestStatement = dated.reduce<DatedReview | undefined>(
    (a, b) => (!a || b.date.date.last > a.date.date.last ? b : a),
    undefined,
  );
  const latest = latestStatement?.date.date.last;
  // PDF text with its line breaks joined loses where lines start ("Adopted 2016-02-09" under the title): read
  // the anchors in both shapes (same offsets) and keep each date once.
  const printed = unjoined === undefined ? undefined : splitLines(unjoined);
  const textAnchors =
    printed === undefined
      ? findReviewAnchors(text, lines)
      : onePerDate([
          ...findReviewAnchors(text, lines, printed),
          ...findReviewAnchors(unjoined as string, printed),
        ]);
  const anchors = readings.length
    ? onePerDate([
        ...textAnchors.filter((a) => !inTable(readings, a.offset)),
        ...readings.flatMap((r) => r.anchors),
      ])
    : textAnchors;
  // "| 3.0 | 15/09/2025 | Annual review |", a PDF's "3.0 15/09/2025 Annual review; …": a version history's change
  // is named "annual review", which says nothing of how often the policy is reviewed.
  const rows = printed ?? lines;
  const history = historyLines(rows);
  const intervals =
    anchors.length > 0 || !latest
      ? [...findReviewIntervals(text), ...intervalsAfterAnchors(text, textAnchors)].filter(
          (i) => history.size === 0 || !history.has(lineAt(rows, i.offset)),
        )
      : [];
  // "Reviewed by the committee at the AGM. Last AGM: 22 June 2026.": the last AGM is the last review.
  const anchor = [...anchors, ...lastAgmReviews(text, intervals)].reduce<DatedReview | undefined>(
    (a, b) => (!a || laterAnchor(b, a) ? b : a),
    undefined,
  );
  // The longest stated interval: when a policy states two, the later due date is the one that is certainly passed.
  const interval = intervals.reduce<ReviewInterval | undefined>(
    (a, b) => (!a || b.months > a.months ? b : a),
    undefined,
  );
  let derived: DerivedDue | undefined;
  if (anchor && interval) {
    const months =
      anchor.kind === "approved" && interval.firstMonths ? interval.firstMonths : interval.months;
    derived = { anchor, interval, months, due: addMonthsToIso(anchor.date.date.last, months) };
  }
  let due: ReviewSchedule["due"];
  // A stated next review decides, unless the policy was reviewed or approved after it (a stale footer). A bare
  // "Date" of a document history row is not a review or approval: a model update dated after the next review
  // does not put the review off, nor does the usual date of a present-tense review ("is reviewed annually at the
  // committee's November meeting"): a labelled next review says when the next one is.
  const reviewedAfter = anchors.some(
    (a) =>
      a.verb !== "dated" && !a.usual && latestStatement && a.date.date.first > latestStatement.date.date.last,
  );
  // A policy for one academic year, and no stated next review: due by the start of the next academic year — unless
  // it was reviewed or approved after that, or the interval from its last approval gives a later date. A longer
  // interval with no date to count it from ("for the school year 2025/26. It is reviewed every two years") leaves
  // the due date unknown.
  // A PDF's table row ("Review period Academic year 2024/25") starts its printed line, not its joined one.
  const year = latestStatement
    ? undefined
    : [policyYearReview(text), unjoined === undefined ? undefined : policyYearReview(unjoined)].reduce<
        DatedReview | undefined
      >((a, b) => (!a || (b && b.date.date.last > a.date.date.last) ? b : a), undefined);
  const yearDue =
    year &&
    !anchors.some((a) => a.verb !== "dated" && !a.usual && a.date.date.first > year.date.date.last) &&
    (derived ? derived.due < year.date.date.last : !interval || interval.months <= 12)
      ? year
      : undefined;
  if (latestStatement && !reviewedAfter)
    due = { date: latestStatement.date.date.last, statement: latestStatement };
  else if (yearDue) due = { date: yearDue.date.date.last, statement: yearDue };
  else if (derived) due = { date: derived.due, derived };
  return { statements, dated, latest, anchors, intervals, derived, due };
}

/**
 * Whether anchor `b` is the one to count from rather than `a`: the later — but of two adoptions naming one period, the
 * more precise ("Adopted: w/c 14 October 2024" at the top, "The committee adopted this version in October 2024" in
 * the review section): the month is the same adoption told loosely, not a later one.
 */
function laterAnchor(b: DatedReview, a: DatedReview): boolean {
  if (a.kind === "approved" && b.kind === "approved") {
    if (within(a.date.date, b.date.date)) return false;
    if (within(b.date.date, a.date.date)) return true;
  }
  return b.date.date.last > a.date.date.last;
}

/** Whether `inner` is a shorter period lying inside `outer` (a day or a week of a month named on its own). */
function within(inner: LooseDate, outer: LooseDate): boolean {
  return (
    inner.first >= outer.first &&
    inner.last <= outer.last &&
    (inner.first !== outer.first || inner.last !== outer.last)
  );
}

/**
 * A present-tense review's usual date that is still to come as of `asOf` ("This policy is reviewed annually at the
 * meeting on 14 January 2027", as of 1 December 2026): no review that took place, so not a date to count the
 * interval from, but the next review. Only when the due date is worked out from it.
 */
export function usualNextReview(schedule: ReviewSchedule, asOf: string): DatedReview | undefined {
  const anchor = schedule.due?.derived?.anchor;
  return anchor?.usual && anchor.date.date.last >= asOf ? anchor : undefined;
}

const schedules = new WeakMap<SourceDocument, { text: string; schedule: ReviewSchedule }>();

/**
 * The review schedule of a document, computed once and shared by the review rules. PDF and plain text are read
 * with single line breaks joined, so a label broken over lines ("Date the Policy is Due for" / "Review" /
 * "June 2023") reads as one.
 */
export function reviewSchedule(document: SourceDocument): ReviewSchedule {
  const cached = schedules.get(document);
  if (cached && cached.text === document.text) return cached.schedule;
  const plainText = document.format === "pdf" || document.format === "txt";
  const read = plainText ? joinWrappedLines(document.text) : cellBreaksAsSpaces(readingText(document));
  const text = document.format === "md" ? withoutRegionLineComments(read) : read;
  const tables = document.format === "pdf" ? document.blocks.filter((b) => b.kind === "table") : [];
  const schedule = plainText
    ? scheduleFromText(text, splitLines(text), document.text, tables)
    : scheduleFromText(text);
  schedules.set(document, { text: document.text, schedule });
  return schedule;
}

/**
 * "<!-- header: … Review date: June 2026 -->": a Markdown copy's note of a header or footer line only its Word file
 * has. A comment is not part of the Markdown policy: its words read as spaces (same length, same offsets). Not
 * "<!-- footer -->" alone, which marks the block after it, a block the Markdown shows.
 */
const REGION_LINE_COMMENT = /<!--[^\S\n]*(?:page[^\S\n]+)?(?:header|footer)[^\S\n]*:[^\n]*?-->/gi;

function withoutRegionLineComments(text: string): string {
  if (!text.includes("<!--")) return text;
  return text.replace(REGION_LINE_COMMENT, (comment) => " ".repeat(comment.length));
}

/** A stated next review printed on every page: in a page header or footer, not in the policy's own text. */
export interface RunningReview {
  statement: DatedReview;
  region: "header" | "footer";
}

/** "<!-- footer -->", "<!-- page header: … -->": where a Markdown copy of a Word file keeps its header or footer. */
const REGION_COMMENT = /<!--\s*(?:page\s+)?(header|footer)\b/i;

/**
 * The dated next-review statements in a page header or footer: a Word header or footer, a line a PDF prints on
 * two or more pages (its running header or footer), or a Markdown copy's line marked `<!-- footer -->`.
 */
export function runningReviews(
  document: SourceDocument,
  which: (statement: DatedReview) => boolean = () => true,
): RunningReview[] {
  const found: RunningReview[] = [];
  const regions = document.blocks.filter((b) => b.region);
  let looked = 0;
  for (const statement of reviewSchedule(document).dated) {
    if (!which(statement)) continue;
    // A policy states its next review a few times; a file that states it thousands of times is not read further.
    if (++looked > MOST_STATEMENTS) break;
    const region = runningRegion(document, regions, statement.date.offset);
    if (region) found.push({ statement, region });
  }
  return found;
}

const MOST_STATEMENTS = 20;

/** A running header or footer is one short line: longer, it is a paragraph (or a file on one line). */
const RUNNING_LINE = 240;

function runningRegion(
  document: SourceDocument,
  regions: SourceDocument["blocks"],
  offset: number,
): RunningReview["region"] | undefined {
  const { text } = document;
  const block = regions.find((b) => b.offset <= offset && offset < b.endOffset);
  if (block?.region) return block.region;
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset) < 0 ? text.length : text.indexOf("\n", offset);
  if (end - start > RUNNING_LINE) return undefined;
  const line = text.slice(start, end);
  if (document.format === "pdf" || document.format === "txt") {
    // Printed on two pages or more: the same whole line again elsewhere.
    const words = line.trim();
    if (words.length < 8) return undefined;
    let again = false;
    for (let i = text.indexOf(words); i >= 0 && !again; i = text.indexOf(words, i + 1)) {
      const lineStart = text.lastIndexOf("\n", i - 1) + 1;
      const lineEnd = text.indexOf("\n", i) < 0 ? text.length : text.indexOf("\n", i);
      again = lineStart !== start && text.slice(lineStart, lineEnd).trim() === words;
    }
    if (!again) return undefined;
    // Nearer its page's top than its foot: a running header. Without page starts, the usual place: a footer.
    const pages = document.pages ?? [];
    if (pages.length === 0) return "footer";
    const page = pages.filter((p) => p <= offset).at(-1) ?? 0;
    const next = pages.find((p) => p > offset) ?? text.length;
    return offset - page < next - offset ? "header" : "footer";
  }
  const own = REGION_COMMENT.exec(line);
  if (own) return own[1].toLowerCase() as RunningReview["region"];
  // The comment on the nearest line above with words: "<!-- footer -->" then the footer's words.
  let previous = "";
  for (let at = start - 1, lines = 0; at > 0 && previous.trim() === "" && lines < 3; lines++) {
    const from = text.lastIndexOf("\n", at - 1) + 1;
    if (at - from > RUNNING_LINE) break;
    previous = text.slice(from, at);
    at = from - 1;
  }
  const marked = /^\s*<!--[^\n]*-->\s*$/.test(previous) ? REGION_COMMENT.exec(previous) : null;
  return marked ? (marked[1].toLowerCase() as RunningReview["region"]) : undefined;
}

/** A stated date as the policy wrote it, in full words: "12 March 2021", "March 2026", "Spring Term 2021". */
export function statedDateWords(match: DateMatch): string {
  return anchorWords(match);
}

const COUNT_WORDS = ["", "one", "two", "three", "four", "five"];

/** "reviewed every year", "reviewed every three years", "first reviewed a year after adoption". */
function intervalWords(derived: DerivedDue): string {
  const { months, interval } = derived;
  if (interval.counted) return `to be reviewed ${interval.text.replace(/\s+/g, " ")}`;
  if (interval.firstMonths && months === interval.firstMonths) return "first reviewed a year after adoption";
  if (/^bi-?annual/i.test(interval.text))
    return `reviewed "${interval.text.toLowerCase()}" (every two years at the latest)`;
  // "termly" (four months at the latest), "every half-term" (two): how the words were read.
  if (months < 12 && /term/i.test(interval.text))
    return `reviewed "${interval.text.toLowerCase()}" (every ${COUNT_WORDS[months] ?? months} months at the latest)`;
  if (months === 12) return "reviewed every year";
  if (months % 12 === 0) return `reviewed every ${COUNT_WORDS[months / 12] ?? months / 12} years`;
  return `reviewed every ${months} months`;
}

/** "12 March 2021", "March 2022", "2022", "Spring Term 2021". */
function anchorWords(match: DateMatch): string {
  const { date } = match;
  if (date.precision === "day") return formatUk(date.first);
  if (date.precision === "month") return format(parseISO(date.first), "MMMM yyyy");
  if (date.precision === "week") return `in ${describeLooseDate(match)}`;
  return match.text.replace(/\s+/g, " ").trim();
}

/** The due date of a derived review: a day, or "the end of March 2023" when the anchor gave only a month. */
export function derivedDueWords(derived: DerivedDue): string {
  const due = parseISO(derived.due);
  const { date, text } = derived.anchor.date;
  if (date.precision === "month") return `the end of ${format(due, "MMMM yyyy")}`;
  if (date.precision === "week")
    return `the end of the week commencing ${formatUk(addDaysToIso(derived.due, -6))} (${formatUk(derived.due)})`;
  // "Spring Term 2025" reviewed every year: due by the end of Spring Term 2026.
  const years = /^\D*\d{4}\D*$/.test(text) ? /\d{4}/.exec(text) : null;
  if (date.precision === "term" && years && derived.months % 12 === 0)
    return `the end of ${text
      .replace(/\s+/g, " ")
      .trim()
      .replace(/\d{4}/, String(Number(years[0]) + derived.months / 12))}`;
  return formatUk(derived.due);
}

/** The reasoning behind a derived due date: "signed 12 March 2021 and reviewed every year, so due 12 March 2022". */
export function derivedReasoning(derived: DerivedDue): string {
  const verb = derived.anchor.verb ?? "approved";
  return `${verb} ${anchorWords(derived.anchor.date)} and ${intervalWords(derived)}, so due ${derivedDueWords(derived)}`;
}
