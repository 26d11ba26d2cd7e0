/**
 * placeholder-text: words left over from a template ("(GROUP / ORGANISATION)", "[insert name]", "<insert name>",
 * "[committee member]", "01632 96XXXX", "TBC", "{{ … }}").
 */
import { formatPath } from "../../data/field-path.js";
import type { Rule, SourceDocument } from "../rule.js";
import { OTHER_LANGUAGE_INSTRUCTION } from "../text/bilingual.js";
import { findDates } from "../text/dates.js";
import {
  htmlCommentRanges,
  isMarkdownHeading,
  isPlainHeading,
  isTableRow,
  isTableSeparatorText,
  type Line,
  lineAt,
  splitLines,
} from "../text/lines.js";
import { allMatches, escapeRegExp, type Word, wordsAfter, wordsBefore } from "../text/matches.js";
import { bracketsJoinedInCells } from "../text/pdf-cell-brackets.js";
import { templateNameWords, wordsOfTheLanguage } from "../text/people.js";
import { HONORIFICS, NOT_NAME_WORDS } from "../text/roles.js";
import { analyse, reportAt, stringsIn } from "./helpers.js";

interface Placeholder {
  offset: number;
  endOffset: number;
  text: string;
  kind: "placeholder" | "unfilled" | "date" | "blank" | "number" | "postcode" | "mark" | "guidance";
  /** For a blank: the words around it, to say where it is. */
  context?: string;
  /** A form's field label ("Received by (name): ………"): no placeholder under a form's heading. */
  field?: boolean;
}

const CAPS_WORDS = new Set(
  `NAME NAMES DATE DATES ORGANISATION ORGANIZATION SETTING SCHOOL GROUP CLUB NURSERY INSERT TITLE ADDRESS
  PHONE TELEPHONE EMAIL NUMBER LOGO DETAILS ROLE AREA COUNCIL ENTER ADD DELETE CHARITY ACADEMY TEAM YEAR
  PERSON CONTACT POSITION SIGNATURE SIGNED HERE`
    .split(/\s+/)
    .filter(Boolean),
);

/** A number's or an address's kind in brackets straight after it: "07700 900123 [mobile]", "… [work email]". */
const CONTACT_LABEL =
  /^\[\s*(?:work\s+|home\s+|personal\s+)?(?:mobile|phone|tel|telephone|e-?mail)\s*\\?\]$/i;
/**
 * A phone number's last digits or an email address, then spaces, at the end of the text before a label — or at the
 * end of the line above (a PDF's narrow table cell wraps "07700 900123" / "[mobile]").
 */
const CONTACT_BEFORE = /(?:\d[\d ()-]{4,}\d|@[\w-]+(?:\.[\w-]+)+)[^\S\n]*(?:\n[^\S\n]*)?$/;

function contactLabel(m: RegExpMatchArray): boolean {
  if (!CONTACT_LABEL.test(m[0])) return false;
  const input = m.input ?? "";
  const start = m.index ?? 0;
  return CONTACT_BEFORE.test(input.slice(Math.max(0, start - 40), start));
}

function isCapsPlaceholder(inner: string): boolean {
  const words = inner.split(/[\s/&,.'’-]+/).filter(Boolean);
  if (words.some((w) => CAPS_WORDS.has(w))) return true;
  return words.length >= 2 && words.some((w) => /^[A-Z]{6,}$/.test(w));
}

/**
 * Capitals in brackets that ask for something to be filled in whatever the case around them: a name, a date, a
 * number or contact ("UNIT NO.", "POSTCODE"), "INSERT …", or a choice between words ("GROUP / ORGANISATION").
 */
function fillInCaps(inner: string): boolean {
  return /\/|\b(?:NAMES?|DATES?|INSERT|ENTER|ADD|DELETE|HERE|DETAILS|NUMBER|PHONE|TELEPHONE|EMAIL|ADDRESS|POSTCODE|LOGO|SIGNATURE|SIGNED|TITLE|ROLE(?![^\S\n]+PLAY|-PLAY)|POSITION|(?:UNIT|FLAT|HOUSE|BUILDING|ROOM|SUITE|CHARITY|COMPANY|REG|REGISTRATION|TEL|PHONE|MOBILE|CONTACT|OFSTED|REF|REFERENCE|ACCOUNT)[^\S\n]+NO)\b/.test(
    inner,
  );
}

/**
 * A role's last word, in capitals in brackets after a person's name: "(DSL)", "(DEPUTY DSL)", "(SAFEGUARDING
 * TRUSTEE)", "(VOLUNTEER COORDINATOR)".
 */
const ROLE_LAST_WORD =
  /\b(?:DSL|DSP|DSO|DDSL|DDSP|LEAD|LEADER|OFFICER|TRUSTEE|GOVERNOR|CO-?ORDINATOR|MANAGER|CHAIR|CHAIRPERSON|SECRETARY|TREASURER|DIRECTOR|DEPUTY|ADMINISTRATOR|ASSISTANT|SUPERVISOR|WORKER|VOLUNTEER|COACH|TEACHER)$/;
/** One word of a name in capitals, its accents and tone marks too: "SIOBHÁN", "NGUYỄN", "O'NEILL", "ÀJÀYÍ". */
const CAPITAL_NAME_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}'’-]*`;
/**
 * A person's name in capitals opening its line, up to the bracket: "MS SIOBHÁN KELLY ", "MR TRẦN VĂN AN ",
 * "WIRANTO " — a list's mark perhaps, a title perhaps, then one to four words.
 */
const PERSON_OPENS_LINE = new RegExp(
  String.raw`^[^\S\n]*(?:[>*+•·-][^\S\n]+|\d+[.)][^\S\n]+)?(?:\*\*|__)?(?:(?<title>${HONORIFICS.map((h) => escapeRegExp(h.toUpperCase())).join("|")})\.?[^\S\n]+)?(?<name>${CAPITAL_NAME_WORD}(?:[^\S\n]+${CAPITAL_NAME_WORD}){0,3})[^\S\n]*$`,
  "u",
);
const NOT_NAME = new Set(NOT_NAME_WORDS);
const HONORIFIC_WORDS = new Set(HONORIFICS);

/**
 * "MS SIOBHÁN KELLY (DEPUTY DSL) – …", "WIRANTO (SESSIONS COORDINATOR) – 07700 …": a people list written in
 * capitals, the role in brackets straight after the person's name opening the line — the person's role, not a
 * template's blank. A title before the name, or (with none) the line going on after the bracket with a dash or a
 * comma as a list of people's does, and words that are no role's, setting's or sentence's ("CONTACT (DEPUTY
 * DSL)", "CALL (DEPUTY DSL) – …" stay placeholders).
 */
function roleAfterPerson(m: RegExpMatchArray): boolean {
  if (!ROLE_LAST_WORD.test(m[1])) return false;
  const found = PERSON_OPENS_LINE.exec(lineBefore(m));
  const name = found?.groups?.name;
  if (!name) return false;
  const words = name.split(/[^\S\n]+/);
  if (
    words.some((w) => {
      const key = w.toLowerCase();
      return NOT_NAME.has(key) || HONORIFIC_WORDS.has(key) || CAPS_WORDS.has(w) || SETTING_WORDS.has(w);
    })
  )
    return false;
  if (found.groups?.title) return true;
  const input = m.input ?? "";
  const end = (m.index ?? 0) + m[0].length;
  if (!/^[^\S\n]*[–—,-]/.test(input.slice(end, end + 5))) return false;
  const written = name.toLowerCase().replace(/(?<![\p{L}\p{M}'’])\p{Ll}/gu, (c) => c.toUpperCase());
  return !wordsOfTheLanguage(written);
}

/**
 * A form's instruction on how to fill it in, in capitals: "(FILL IN EVERY BOX IN BLOCK CAPITALS)", "(PLEASE WRITE
 * CLEARLY IN BLACK INK)", "(TICK ONE)" — for whoever completes the form, not a value the policy left out.
 */
const HOW_TO_FILL_IN =
  /\b(?:IN[^\S\n]+(?:BLOCK[^\S\n]+CAPITALS|CAPITAL[^\S\n]+LETTERS|BLACK[^\S\n]+INK)|(?:WRITE|PRINT|COMPLETE)[^\S\n]+(?:CLEARLY|LEGIBLY)|(?:FILL[^\S\n]+IN|COMPLETE)[^\S\n]+(?:EVERY[^\S\n]+BOX|ALL[^\S\n]+(?:THE[^\S\n]+)?BOXES)|(?:TICK|CIRCLE)[^\S\n]+(?:ONE|ALL|AS|EACH|THE|YES|NO)\b)/;

/** The setting's kind alone in capitals, where its name should be: "[SCHOOL]", "[THE CLUB]", "[ORGANISATION]". */
const SETTING_ALONE =
  /^(?:THE\s+)?(?:SCHOOL|SETTING|CLUB|NURSERY|ORGANI[SZ]ATION|CHARITY|GROUP|ACADEMY|COMPANY|TRUST|CHURCH|CENTRE|SERVICE)$/;

/**
 * One word in capitals naming a value a template leaves for the setting: Ofsted's unique reference number ("URN",
 * "UKPRN"), where it meets ("VENUE", "LOCATION", "TOWN"), online ("PLATFORM", "WEBSITE", "URL", "the tide tables at
 * [LINK]").
 */
const VALUE_NAME =
  /^(?:URN|UKPRN|PLATFORM|VENUE|LOCATION|TOWN|COUNTY|WEBSITE|URL|LINK|HYPERLINK|WEB\s?LINK|WEB\s?PAGE)$/;
/**
 * The words before a value: a field's label and its colon ("Ofsted registration number:", "**Venue:**"), "on",
 * "at", "in", "via" in a sentence, with or without "the" ("held at the [VENUE]"), or "is", "are" ("Our Ofsted number
 * is [URN]") — not a noun the capitals abbreviate ("Unique Reference Number [URN]").
 */
const BEFORE_VALUE = /(?::[*_]*|\b(?:(?:on|at|in|via|using|through)(?:[^\S\n]+the)?|is|are))[^\S\n]*$/;

/**
 * A post outside the setting, always held by someone: the LADO, the police's, children's social care's. Not "Ofsted"
 * or "early help": "Ofsted nominated individual", "Early help champion" are the setting's own posts.
 */
const OUTSIDE_POST =
  /\b(?:LADO|local\s+authority\s+designated\s+officer|police|social\s+(?:care|services|worker)|MASH|front\s+door|NSPCC)\b[^:]*:[^\S\n]*(?:(?:\*\*|__)[^\S\n]*)?$/i;
/** A post of the setting's own, whatever body its name holds: "Social care link governor", "Police liaison champion". */
const OWN_POST_WORD =
  /\b(?:champions?|nominated\s+individual|governors?|trustees?|leads?|leaders?|co-?ordinators?)\b/i;
/** The label of a field whose value follows its colon (OUTSIDE_POST's line): from the clause's start to the colon. */
function postLabel(line: string): string {
  const colon = line.lastIndexOf(":");
  const head = line.slice(0, Math.max(colon, 0));
  const start = Math.max(head.lastIndexOf(":"), head.search(/[.;!?]\s[^.;!?]*$/)) + 1;
  return head.slice(start);
}
/** A post outside the setting that always has a holder (OUTSIDE_POST), not a post of the setting's own. */
function outsidePost(line: string): boolean {
  return OUTSIDE_POST.test(line) && !OWN_POST_WORD.test(postLabel(line));
}
/**
 * A label that says a number follows: "Ofsted registration number:", "Charity No.", "URN", "Ref:". A few spaces at most
 * before its colon; after a colon any run of spaces or tabs ("Ofsted registration number:      EYXXXXXX", aligned),
 * a few without one. Read only back from a value already found after it (the patterns below put the value first and
 * the label in a look-behind at its end): read back from every position of a long run of spaces, the run took time in
 * the square or the cube of its length.
 */
const NUMBER_LABEL = String.raw`\b(?:[Nn]umber|[Nn]o\.|URN|[Rr]ef(?:erence)?|[Rr]egistration)[^\S\n]{0,3}(?::[^\S\n]*|\.?[^\S\n]{0,3})`;
/** A registered number's prefix with its digits left as X: "EYXXXXXX", "SCXXXXXX". */
const X_NUMBER = "[A-Z]{1,3}X{4,}";
/** A registered number with question marks for its digits: "EY??????", "SC0?????", "12????". */
const QUERIED_NUMBER = String.raw`(?:[A-Z]{1,3}\d*\?{4,}|[A-Z]{0,3}\d+\?{3,})`;
/** An organisation's registered number as a field's label: "Registered charity number", "Ofsted URN", "Charity No.". */
const IDENTIFIER_LABEL = String.raw`(?:registered\s+)?(?:charity|company|charitable\s+incorporated\s+organisation|CIO|scottish\s+charity|ofsted|CIW|care\s+inspectorate|RQIA)(?:\s+(?:registration|reg\.?))?(?:\s+(?:number|no\.?|URN))|(?:ofsted\s+)?URN|unique\s+reference\s+number`;
/** "number: [URN]", "on [PLATFORM]": a value's name in square capitals where the value is expected. */
function valueNameInPlace(m: RegExpMatchArray): boolean {
  return VALUE_NAME.test(m[1]) && BEFORE_VALUE.test(lineBefore(m)) && !capitalsBefore(m);
}

/**
 * "Meet at [ACCESS POINT] at least …", "For [SHOW], the technician …": a value's name in square capitals used as a
 * noun in a sentence written in ordinary case — after a preposition or an article, the sentence going on after it in
 * lower case. One to three words, one of them of five letters or more (never an abbreviation: "the [DSL] keeps …"),
 * the last no past participle (an editor's mark: "[REDACTED]", "[NAME WITHHELD]"), no word a lone letter (a part of
 * the document: "in [APPENDIX C] you will find …").
 */
const NOUN_BEFORE = /\b(?:at|in|on|for|from|to|via|through|with|by|the)[^\S\n]+$/i;
/**
 * After the capitals, the kind of place they name, in ordinary case, ending the sentence or going on in lower case:
 * "at [BRANCH] Library.", "at the [TOWN] Leisure Centre on Fridays".
 */
const PLACE_KIND_AFTER =
  /^[^\S\n]+\p{Lu}\p{Ll}+(?:[^\S\n]+\p{Lu}\p{Ll}+){0,2}(?:[.,;:!?)]|[^\S\n]+\p{Ll}|[^\S\n]*$)/u;
function valueNameAsNoun(m: RegExpMatchArray): boolean {
  const words = m[1].split(/[^\S\n]+/);
  if (words.length > 3 || !words.every((w) => /^[A-Z]{2,}$/.test(w)) || !words.some((w) => w.length >= 5))
    return false;
  if (/(?:ED|HELD)$/.test(words[words.length - 1])) return false;
  const input = m.input ?? "";
  const end = (m.index ?? 0) + m[0].length;
  if (!NOUN_BEFORE.test(lineBefore(m)) || capitalsBefore(m)) return false;
  // Going on in lower case, in a sentence written in ordinary case; or naming the place's kind in ordinary case
  // ("at [BRANCH] Library."), which says the line is no title in capitals, however short it is.
  if (/^,?[^\S\n]+[a-z]/.test(input.slice(end, end + 3))) return capitalsInSentence(m);
  return PLACE_KIND_AFTER.test(input.slice(end, end + 60));
}

/**
 * The line before the brackets (its last 200 characters, so that a long line is not read again for each bracket on
 * it) is written in capitals ("BANNSIDE PRIVATE HIRE LTD – SAFEGUARDING POLICY (SCHOOL
 * AND CONTRACT TRANSPORT)", a running header in capitals): capitals in brackets there are the line's style, not a
 * template's blank.
 */
function capitalsBefore(m: RegExpMatchArray): boolean {
  const before = lineBefore(m);
  return (before.match(/\b[A-Z]{3,}\b/g) ?? []).length >= 2 && !/\b\p{Ll}{2,}/u.test(before);
}

/**
 * "NAME OF NURSERY" or "SETTING NAME" in a sentence: the words name the setting (or the organisation, club …),
 * and the sentence around them is written in ordinary case, so it is neither a form's capitals instruction
 * ("PLEASE WRITE THE NAME OF THE NURSERY BELOW") nor a label ("NAME OF NURSERY:").
 */
function capitalisedName(m: RegExpMatchArray): boolean {
  const words = m[0].split(" ").filter((w) => w !== "NAME" && w !== "OF" && w !== "THE");
  if (!words.some((w) => SETTING_WORDS.has(w))) return false;
  if (!inRunningText(m)) return false;
  const { input, start, end, lineStart, lineEnd } = matchLine(m);
  const before = input.slice(Math.max(lineStart, start - AROUND), start);
  // "… on the form under SCHOOL NAME", "the box marked CLUB NAME": a sentence about a form's field.
  if (/\b(?:under|marked|headed|labelled|labeled|titled|box|field|column|heading)\s*$/i.test(before))
    return false;
  const around = `${before} ${input.slice(end, Math.min(lineEnd, end + AROUND))}`;
  // Ordinary words on the line: at least three words in lower case.
  return (around.match(/\b[a-z][a-z'’-]+\b/g) ?? []).length >= 3;
}

/**
 * Capitals in a sentence written in ordinary case: at least three words in lower case on the line around them (in
 * the 200 characters each side, so a long line is not read again for each match).
 */
function capitalsInSentence(m: RegExpMatchArray): boolean {
  const input = m.input ?? "";
  const end = (m.index ?? 0) + m[0].length;
  const after = input.slice(end, end + 200);
  const around = `${lineBefore(m)} ${after.slice(0, after.indexOf("\n") + 1 || after.length)}`;
  return (around.match(/\b[a-z][a-z'’-]+\b/g) ?? []).length >= 3;
}

/** What a template calls the setting whose name it leaves out: "NAME OF NURSERY", "CLUB NAME". */
const SETTING_WORDS = new Set(
  "SETTING SCHOOL NURSERY CLUB ORGANISATION ORGANIZATION GROUP CHARITY ACADEMY CHURCH COLLEGE PRESCHOOL PRE-SCHOOL PROVIDER COMPANY".split(
    " ",
  ),
);

/** "Name of setting:" or "| Name of setting |" labels a form's field; "at name of setting we …" is a template's words. */
function inRunningText(m: RegExpMatchArray): boolean {
  const input = m.input ?? "";
  const start = m.index ?? 0;
  const end = start + m[0].length;
  const lineStart = input.lastIndexOf("\n", start - 1) + 1;
  const lineEnd = (input.indexOf("\n", end) + 1 || input.length + 1) - 1;
  // A label starts its line, after a list's or quotation's marks at most: not far into a long one.
  const before = start - lineStart > AROUND ? "x" : input.slice(lineStart, start);
  const afterLine = input.slice(end, Math.min(lineEnd, end + AROUND));
  const labelStart = /^[\s>*_#|-]*(?:\d+[.)]\s+)?$/.test(before);
  // "Name of setting: …", "Name of setting (print)", and "Name of setting Acorns Nursery" (a table read as text).
  const labelEnd = /^\s*(?:[:|_.…]|\(|$|[A-Z0-9])/.test(afterLine);
  // "| Name of group and contact phone | ………… |": a form's question, its answer cell left blank to fill in — not a
  // checklist row's template words ("| Name of setting displays the NSPCC helpline | |").
  const formQuestion = /^[^\S\n]+(?:and|or|&)[^\S\n]+[\p{L}'’ /-]{1,30}\|[\s._…-]*(?:\||$)/u.test(afterLine);
  return !(labelStart && (labelEnd || formQuestion));
}

/** The last word of a role left in square brackets for a setting to fill in. */
const ROLE_WORD = String.raw`(?:member|officer|lead|leader|person|co-?ordinator|trustee|governor|chair|chairperson|manager|deputy|DSL|DDSL|headteacher|head\s+teacher|principal|proprietor|secretary|treasurer|coach|practitioner|LADO|representative)`;
/** A role's label and its colon just before a value: "Club Welfare Officer:", "**Deputy Lead:**". */
const ROLE_LABEL_BEFORE = new RegExp(
  String.raw`\b${ROLE_WORD}s?[*_]*(?:[^\S\n]*[:：][*_]*[^\S\n]*(?:\|[^\S\n]*)?|[^\S\n]+[–—-][^\S\n]+)$`,
  "i",
);
/** A form's instruction in capitals: "PRINT NAME", "PLEASE WRITE FULL NAME", "BLOCK CAPITALS NAME". */
const CAPITALS_INSTRUCTION = /\b(?:PRINT|PLEASE|WRITE|BLOCK|CAPITALS|SIGN|ENTER|INSERT)\b/;
/** "Welfare Officer: NEW CWO NAME, 07700 …": capitals for the name of a role's holder, after the role's label. */
function roleHolderInCapitals(m: RegExpMatchArray): boolean {
  if (CAPITALS_INSTRUCTION.test(m[0])) return false;
  return ROLE_LABEL_BEFORE.test(lineBefore(m)) && !capitalsBefore(m);
}

/** Words an editor's insertion in a quotation starts with, never a role left to fill in. */
const EDITORIAL =
  /^(?:the|a|an|this|that|these|those|his|her|him|their|them|its|it|they|he|she|who|which|and|or|of)\b/i;

/** The labels a Markdown text defines links for ("[label]: url"), read once per text. */
let definitionsOf: { text: string; labels: Set<string> } | undefined;
function linkDefinitions(text: string): Set<string> {
  if (definitionsOf?.text !== text) {
    const labels = new Set<string>();
    for (const m of allMatches(/^[ \t]{0,3}\[([^\]\n]{1,200})\]:/gm, text))
      labels.add(m[1].trim().toLowerCase().replace(/\s+/g, " "));
    definitionsOf = { text, labels };
  }
  return definitionsOf.labels;
}

function roleInBrackets(m: RegExpMatchArray): boolean {
  const inner = m[1].trim();
  if (EDITORIAL.test(inner)) return false;
  // "Designated Safeguarding Lead [DSL]": an abbreviation given in brackets.
  if (/^[A-Z]{2,6}$/.test(inner)) return false;
  const input = m.input ?? "";
  const start = m.index ?? 0;
  const end = start + m[0].length;
  // Pandoc's span: "[Deputy Manager]{.underline}" is real words formatted; "[\[committee member\]]{.mark}" is a
  // placeholder highlighted (read here as "[[committee member]]{.mark}"). "[[Safeguarding lead]]" is a wiki link.
  const next = input.slice(end, end + 2);
  if (input[start - 1] === "[") {
    if (next !== "]{") return false;
  } else if (next.startsWith("]") || next.startsWith("{")) return false;
  // A Markdown shortcut reference link: "[designated safeguarding lead]" with "[designated safeguarding lead]: url".
  if (linkDefinitions(input).has(inner.toLowerCase().replace(/\s+/g, " "))) return false;
  // An editor's brackets inside a quotation on the same line: an odd number of quotation marks before it (in the
  // 400 characters before it, so a long line is not read again for each bracket).
  const window = input.slice(Math.max(0, start - 400), start);
  const before = window.slice(window.lastIndexOf("\n") + 1);
  // A Markdown block quote ("> [Committee members] must …") quotes someone else's words.
  if (/^\s*>/.test(before)) return false;
  const opened = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  const straight = (before.match(/"/g) ?? []).length;
  return opened <= 0 && straight % 2 === 0;
}

/** An instruction for whoever fills a form in: "(delete as appropriate)", "(circle as applicable)". */
const FORM_CHOICE =
  /^\((?:please\s+)?(?:delete|circle|tick|strike\s+(?:out|through)|cross\s+out|underline)\b[^()]*\)$/i;
/** A form's answers just before it: "Yes / No", "YES/NO". */
const FORM_ANSWERS_BEFORE = /\b(?:yes|no)\s*\/\s*(?:yes|no)\b[\s*_]*$/i;
/** A form's answers just after it, one perhaps marked as chosen: "(delete one) Yes / *No*". */
const FORM_ANSWERS_AFTER = /^[^\S\n]*[*_]*(?:yes|no)[*_]*[^\S\n]*\/[^\S\n]*[*_]*(?:yes|no)\b/i;

/** The last text's lines, split once: the matches of one text ask for their lines one after another. */
let textLines: { text: string; lines: Line[] } | undefined;

function linesOf(text: string): Line[] {
  if (textLines?.text !== text) textLines = { text, lines: splitLines(text) };
  // The same words in another string: keep that string, so that the next match's text is the same string.
  else textLines.text = text;
  return textLines.lines;
}

/**
 * Where a match stands in its text: its start and end, and its line's start, newline (-1 at the end) and end —
 * found in the text's lines, not by reading back and on from the match (which reads a long line again per match).
 */
function matchLine(m: RegExpMatchArray) {
  const input = m.input ?? "";
  const start = m.index ?? 0;
  const end = start + m[0].length;
  const lines = linesOf(input);
  const lineStart = lines[lineAt(lines, start)].offset;
  const next = lines[lineAt(lines, end) + 1];
  const newline = next ? next.offset - 1 : -1;
  const lineEnd = newline < 0 ? input.length : newline;
  return { input, start, end, lineStart, newline, lineEnd };
}

/** The words before a match on its line (at most 200 characters of them). */
function lineBefore(m: RegExpMatchArray): string {
  const input = m.input ?? "";
  const start = m.index ?? 0;
  const window = input.slice(Math.max(0, start - 200), start);
  return window.slice(window.lastIndexOf("\n") + 1);
}

/**
 * The date, time or venue of an event the policy mentions, not yet fixed: "Open morning for new families: date
 * TBC", "a talk for parents (date and venue TBA)", "| Club workshop | Time TBD |", "Dates for the school visits are
 * TBC", "The camp is booked for Arran; dates TBC", "The 2027 camp dates are TBC". The policy need not give it, so
 * it is no placeholder — unless the date is the policy's own (its review, approval or adoption: "Next review date:
 * TBC"), or nothing on the line says whose date it is ("Date: TBC").
 */
const EVENT_DETAIL_BEFORE =
  /\b(?:dates?|times?|timings?|venues?|locations?)(?:\s*(?:and|&|\/)\s*(?:dates?|times?|timings?|venues?|locations?))?(?<whose>\s+(?:for|of)\s+[^.;:!?()|\n]{1,80}?)?(?<verb>\s+(?:is|are|will\s+be|remains?))?(?:\s+still)?[\s:()|–—-]*$/i;
/** Things a policy says where to find: a first aid box or kit, a defibrillator, a key, a file or the forms. */
const KEPT_THING =
  /\b(?:first[\s-]+aid(?:\s+(?:box|kit|room|point|station))?|defibrillators?|AED|fire\s+(?:extinguishers?|blankets?|exits?|assembly\s+points?)|keys?|key\s+safe|files?|folders?|forms?|records?|registers?|log\s*books?|accident\s+books?|cabinets?|safes?|lockers?)\b/i;
/**
 * An event that has dates of its own, or a year before its name: "The 2027 summer camp dates are TBC", "the
 * regatta dates are TBC" (not "the next training date is TBC", which may be a record left to fill in).
 */
const EVENT_BEFORE_DATES =
  /(?:\b(?:19|20)\d\d\b|\b(?:camps?|trips?|residentials?|festivals?|events?|visits?|tours?|shows?|showcases?|competitions?|tournaments?|regattas?|galas?|matches|fixtures?|holidays?|exchanges?|excursions?|outings?|part(?:y|ies)|fairs?|evenings?|weekends?|open\s+days?|performances?|concerts?|expeditions?|races?|meets?|sessions?)\b)(?:\s+[\p{L}'’-]+){0,2}\s*$/iu;
/**
 * A table's cell under a date, time or venue column whose table lists events: "| Conference | Dates | Host |" with
 * "| Youth Assembly | TBC (spring 2027) | … |", "| Trip | Date | Venue |" with "| Summer camp | 3 August | TBA |".
 * A document's own table ("| Document | Dates |" with "| Next review | TBC |") or a training record's ("| Course |
 * Date |") names no event, and its TBC stays a blank.
 */
const EVENT_COLUMN = /^(?:dates?|date\(s\)|times?|timings?|when|venues?|locations?|where)$/i;
const EVENT_HEADER =
  /^(?:(?:the\s+)?(?:upcoming|planned|next|future)\s+)?(?:conferences?|events?|trips?|visits?|camps?|residentials?|fixtures?|tours?|competitions?|tournaments?|festivals?|meetings?|excursions?|outings?|expeditions?|activit(?:y|ies))$/i;

/** The cells of a Markdown table row, without their bold or italic marks. */
function rowCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\||\|$/g, "")
    .split(/(?<!\\)\|/)
    .map((c) => c.replace(/[*_]/g, "").trim());
}

/** The table cell a match stands in: its column, its row's cells and its table's header cells. */
function tableCellOf(m: RegExpMatchArray): { column: number; row: string[]; header: string[] } | undefined {
  const input = m.input ?? "";
  const start = m.index ?? 0;
  const lineStart = input.lastIndexOf("\n", start - 1) + 1;
  const before = input.slice(lineStart, start);
  if (!/^\s*\|/.test(before)) return undefined;
  const column = (before.replace(/\\\|/g, "").match(/\|/g) ?? []).length - 1;
  const lineEnd = input.indexOf("\n", start);
  const row = rowCells(input.slice(lineStart, lineEnd < 0 ? input.length : lineEnd));
  // Up the table's rows to its separator; the header is the row above it.
  let end = lineStart - 1;
  for (let rows = 0; end > 0 && rows < 200; rows++) {
    const from = input.lastIndexOf("\n", end - 1) + 1;
    const line = input.slice(from, end);
    if (!/^\s*\|/.test(line)) return undefined;
    if (isTableSeparatorText(line)) {
      if (from === 0) return undefined;
      const headerStart = input.lastIndexOf("\n", from - 2) + 1;
      return { column, row, header: rowCells(input.slice(headerStart, from - 1)) };
    }
    end = from - 1;
  }
  return undefined;
}

function eventCell(m: RegExpMatchArray): boolean {
  const cell = tableCellOf(m);
  if (!cell) return false;
  const { header, column } = cell;
  return EVENT_COLUMN.test(header[column] ?? "") && header.some((c) => EVENT_HEADER.test(c));
}

/**
 * A training log's renewal cell not set, in a row whose completion date is given: "| Name | Course | Date attended |
 * Renewal due |" with "| … | 14/06/2023 | tbc |". The record is complete — its renewal is simply not fixed — so the
 * TBC is no template leftover. Not when the completion date is missing too (a blank record), nor the policy's own
 * "Next review" column.
 */
const RENEWAL_COLUMN =
  /^(?:(?:next\s+)?(?:renewal|refresher|update|re-?training)(?:\s+(?:due|date|by))?|next\s+(?:due|course|training)|(?:date\s+of\s+)?expir(?:es|y|ed)(?:\s+on|\s+date)?|valid\s+(?:until|to)|due)$/i;
const TRAINING_COLUMN =
  /\b(?:course|training|qualification|certificate|module)s?\b|\b(?:attended|completed)\b/i;
const COMPLETION_DATE =
  /\b\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}[/.-](?:19|20)\d\d\b|\b(?:19|20)\d\d\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[\s-]+\d{2,4}\b/i;

function renewalCell(m: RegExpMatchArray): boolean {
  const cell = tableCellOf(m);
  if (!cell) return false;
  const { header, row, column } = cell;
  if (!RENEWAL_COLUMN.test(header[column] ?? "") || !header.some((c) => TRAINING_COLUMN.test(c)))
    return false;
  // The completion date: a date in a column before the renewal's.
  return row
    .slice(0, column)
    .some((c) => COMPLETION_DATE.test(c) && !/\b(?:booked|due|tbc|tba|tbd)\b/i.test(c));
}

/** The dates a policy gives for itself. */
const POLICY_OWN_DATE =
  /\b(?:review(?:ed|s)?|approv\w*|adopt\w*|ratif\w*|signed|sign-off|agreed|issued?|effective|policy|version)\b/i;

function eventDetail(m: RegExpMatchArray): boolean {
  const before = lineBefore(m);
  const detail = EVENT_DETAIL_BEFORE.exec(before);
  if (!detail) return false;
  const head = before.slice(0, detail.index);
  // Whose dates they are: the words after them ("Dates for the school visits are TBC"), else the clause before
  // them, from the last clause's end (a table row's earlier cells stay in) — or, when the clause starts with them
  // ("The camp is booked for Arran; dates TBC"), the sentence before them.
  const whose = detail.groups?.whose ?? "";
  // "The 2027 camp dates are TBC": the words just before are whose dates they are, and must name an event.
  if (!whose && detail.groups?.verb && !EVENT_BEFORE_DATES.test(head)) return false;
  const named = (words: string) => /\p{L}{3,}/u.test(words.replace(/\b(?:next|the|of|for|a|an)\b/gi, ""));
  let clause = `${head.split(/[.;!?](?:\s|$)/).at(-1) ?? ""} ${whose}`;
  if (!named(clause)) clause = `${head.split(/[.!?](?:\s|$)/).at(-1) ?? ""} ${whose}`;
  if (!named(clause)) return false;
  // "The hall has its own first aid box, location: TBC": where a thing the policy needs is kept (a first aid box, a
  // defibrillator, the key) is a blank; an event's venue or location ("The fun run is in September; location TBC")
  // is the event's detail.
  if (!/dates?|times?|timings?/i.test(detail[0]) && KEPT_THING.test(clause)) return false;
  return !POLICY_OWN_DATE.test(clause);
}

/**
 * "to be confirmed" as a field's whole value: "Deputy Welfare Officer: to be confirmed", "- Safeguarding trustee:
 * To be confirmed." — a label (a few words and a colon) at the start of the line, and nothing after but a full stop.
 */
function labelValue(m: RegExpMatchArray): boolean {
  const before = lineBefore(m);
  if (!/^\s*(?:[-*+•]\s+)?(?:\*\*|__)?[^:.!?|]{1,60}:(?:\*\*|__)?\s*$/.test(before)) return false;
  const input = m.input ?? "";
  const end = (m.index ?? 0) + m[0].length;
  const newline = input.indexOf("\n", end);
  return /^[\s.*_]*$/.test(input.slice(end, newline < 0 ? input.length : newline));
}

/** A value alone in a Markdown table's cell, between its bars: "| 2 | insert date |". */
function aloneInCell(m: RegExpMatchArray): boolean {
  const input = m.input ?? "";
  const end = (m.index ?? 0) + m[0].length;
  return (
    /^[^\S\n]*\|(?:[^|\n]*\|)*[^\S\n]*(?:\*\*|__)?[^\S\n]*$/.test(lineBefore(m)) &&
    /^[^\S\n]*(?:\*\*|__)?[^\S\n]*\|/.test(input.slice(end, end + 10))
  );
}

/**
 * The field and its value as a reader sees them, when the value ("TBC", "to be confirmed") is the field's whole value:
 * "Deputy Welfare Lead: TBA" from "- **Deputy Welfare Lead:** TBA", so the advice says which value is missing.
 */
function fieldWithValue(m: RegExpMatchArray): string | undefined {
  const reason = reasonAfter(m);
  if (!labelValue(m) && !reason) return undefined;
  const label = lineBefore(m)
    .replace(/^\s*(?:[-*+•]\s+)?/, "")
    .replace(/\*\*|__/g, "")
    .trim();
  return reason ? `${label} ${m[0]} ${reason}` : `${label} ${m[0]}`;
}

/**
 * "Deputy Welfare Lead: TBC (awaiting DBS)": the reason the value is still to come, in brackets right after it, when
 * the value is a field's (a label and a colon before it) and nothing but a full stop follows the bracket.
 */
function reasonAfter(m: RegExpMatchArray): string | undefined {
  if (!/^\s*(?:[-*+•]\s+)?(?:\*\*|__)?[^:.!?|]{1,60}:(?:\*\*|__)?\s*$/.test(lineBefore(m))) return undefined;
  const input = m.input ?? "";
  const end = (m.index ?? 0) + m[0].length;
  const newline = input.indexOf("\n", end);
  return /^[^\S\n]+(\([^()\n]{1,40}\))[\s.*_]*$/.exec(
    input.slice(end, newline < 0 ? input.length : newline),
  )?.[1];
}

/** The words an instruction to the policy's writer is about: a part of the policy's own text. */
const TEXT_PART = String.raw`(?:paragraph|section|sentence|text|line|box|note|bullet(?:\s+point)?|heading|table|page|part|statement|wording|guidance|example|option|clause|item|row|list)s?`;
/** A sentence starts here: the line's start (after list or emphasis marks), or after a sentence's end or a bracket. */
const SENTENCE_START = /(?:^[\s>]*(?:[-*+•]\s+|\d+[.)]\s+)?|[.!?:]\s+|[([]\s*)(?:\*\*|__|\*|_)?$/;

function startsSentence(m: RegExpMatchArray): boolean {
  return SENTENCE_START.test(lineBefore(m));
}

/**
 * "(date)" in a column heading says what to write in the column: a table's header row ("| Item | Completed (date)
 * | Initials |"), or the same row as a PDF prints it — capitalised words only, the bracket after an action's word
 * ("Completed", "Signed", "Checked") and another heading after it ("Item Completed (date) Initials").
 */
function columnHeading(m: RegExpMatchArray): boolean {
  const { input, start, end, lineStart, newline, lineEnd } = matchLine(m);
  if (/^\s*\|/.test(input.slice(lineStart, start))) {
    if (newline < 0) return false;
    const nextEnd = input.indexOf("\n", newline + 1);
    return isTableSeparatorText(input.slice(newline + 1, nextEnd < 0 ? input.length : nextEnd));
  }
  // Ten words at most around the bracket: read only so far each way, and a thousand characters at most (a heading's
  // row is never so long), not the line's every word again per bracket on it.
  const before = wordsBefore(input, start, 11, Math.max(lineStart, start - 1000));
  const after = wordsAfter(input, end, 11, Math.min(lineEnd, end + 1000));
  const words = [...before, ...after];
  return (
    /\b\p{Lu}\p{Ll}+ed$/u.test(before[0]?.text ?? "") &&
    after.length > 0 &&
    words.length >= 3 &&
    words.length <= 10 &&
    words.every((w) => /^[*_]*[\p{Lu}\d]/u.test(w.text))
  );
}

/**
 * The blank after a form's field label, straight after its bracket: "(name): ______", "(date) ………", or the space
 * left after the label's colon when nothing follows it on its line or table row ("Collected by (name):", "| Signed
 * by (name): | |"), the label going on for a few words and brackets first ("| Handed to (name) at (time): |") —
 * a field only under a form's heading (`fieldLabel`).
 */
const FIELD_BLANK =
  /^[^\S\n]*(?::?[^\S\n]*(?:_{3,}|(?:\.[^\S\n]?){4,}|(?:…[^\S\n]?){2,})|(?:[^\S\n]+(?:[A-Za-z'’-]+|\([^()\n]{1,20}\))){0,4}[^\S\n]*:[^\S\n]*(?:\|[^\S\n]*)*(?=\n|$))/;
/** A blank to fill in anywhere on a line. */
const LINE_BLANK = /_{3,}|(?:\.[^\S\n]?){4,}|(?:…[^\S\n]?){2,}/g;
/** LINE_BLANK without its global flag, for a yes-or-no test. */
const HAS_LINE_BLANK = new RegExp(LINE_BLANK.source);
/** A field's label just before a blank: "Date:", "Signed", "(date)", "Time: ". */
const FIELD_BEFORE_BLANK =
  /(?::|\b(?:signed|signature|date|time|name|initials|position|role|tel|telephone|phone|e-?mail|where|age)|\([^()\n]{1,30}\))[^\S\n]*$/i;
/**
 * A role whose holder the policy names: "Designated Safeguarding Lead (name)", "Our lead is (name)", "Club Welfare
 * Officer (name)". A lead, officer, contact or co-ordinator only with a safeguarding qualifier: "Emergency contact
 * (name)", "Police officer (name)" and "Trip lead (name)" are a form's fields.
 */
const ROLE_BEFORE_FIELD =
  /\b(?:DSLs?|DDSLs?|deputy|deputies|(?:safeguarding|designated|protection|welfare|named|deputy|our|the)[^\S\n]+(?:leads?|persons?|officers?|contacts?|co-?ordinators?|coordinators?))[*_]*[^\S\n]*(?:(?:is|are|will\s+be)\b|[:–—-])?[^\S\n]*$/i;
/** The role a form's concern is handed to or received by, filled in for each one: "Received by DSL (name)". */
const ROLE_RECEIVING =
  /\b(?:by|to)[^\S\n]+(?:(?:the|our|a|your)[^\S\n]+)?(?:[\p{L}-]+[^\S\n]+){0,3}[\p{L}-]+[*_]*[^\S\n]*$/iu;

/**
 * "Checked by (name): ……… Date: ……", "Handed over to (name): ______": the bracket says what to write in the blank
 * straight after it, on a form filled in by hand. Straight after a role ("Designated Safeguarding Lead (name):
 * ______", "Our lead is (name) ………") it is the lead's name left out of the policy — unless the role is who a form's
 * concern goes to ("Received by DSL (name): ………"). A field only on a form: its line has a second field to fill in
 * (here), or a form's heading is above it (`fieldOnForm`).
 */
function fieldLabel(m: RegExpMatchArray): "line" | "heading" | undefined {
  const input = m.input ?? "";
  const start = m.index ?? 0;
  const end = start + m[0].length;
  const blank = FIELD_BLANK.exec(input.slice(end, end + 40));
  const before = lineBefore(m);
  if (!blank) {
    // "Host's name: (name)", "| Collected by: (name) |": the bracket is all a field's value after its label's colon,
    // ending its line or cell — what to write there when the form is filled in (only under a form's heading).
    const valueOfLabel =
      /[\p{L}'’)][^\S\n]*:[^\S\n]*$/u.test(before) &&
      /^[^\S\n]*(?:\|[^\S\n]*)*(?:\n|$)/.test(input.slice(end, end + 40));
    return valueOfLabel && !ROLE_BEFORE_FIELD.test(before) ? "heading" : undefined;
  }
  if (ROLE_BEFORE_FIELD.test(before) && !ROLE_RECEIVING.test(before)) return undefined;
  const newline = input.indexOf("\n", end);
  const line = `${before}${input.slice(start, newline < 0 ? input.length : newline)}`;
  const own = before.length + m[0].length + blank[0].length;
  const another = allMatches(LINE_BLANK, line).some((b) => {
    const at = b.index ?? 0;
    return (at >= own || at + b[0].length <= before.length) && FIELD_BEFORE_BLANK.test(line.slice(0, at));
  });
  return another ? "line" : "heading";
}

/** What parts a form's fields listed on one line: a middle dot, a bar, a semicolon, a bullet. */
const FIELD_SEPARATOR = /[·|;•]/;
/** The most words a form's field in a list has ("What was seen or said (the child's own words)"). */
const FIELD_WORDS = 12;
/** A field of a list: a few words, no sentence ending inside it. */
function shortField(field: string): boolean {
  const words = field.split(/\s+/).filter(Boolean).length;
  return words > 0 && words <= FIELD_WORDS && !/[.!?](?:\s|$)/.test(field.replace(/[.!?]+[*_]*$/, ""));
}
/** A line's words without a list's mark or emphasis: "- passed to the lead on (date)" → "passed to the lead on (date)". */
function listItemText(line: string): string {
  return line
    .replace(/^[^\S\n]*(?:[-*+•▪◦]|\d+[.)])[^\S\n]+/, "")
    .replace(/[*_]{2}/g, "")
    .trim();
}

/**
 * "Coach's name · School · Child's name and class · What was seen or said · Sent to the company DSL on (date)", or the
 * same fields one a line under "The concern sheet records:": the bracket ends a field in a list of a form's fields,
 * and says what to write in it when the form is filled in. The list is a form's when a field is one only a form has
 * (the child's name, what happened: `FORM_FIELD`) or the words or line above it name a form (`FORM_TITLE`); three
 * fields at least, each a few words. Not a field of the policy's own ("Adopted by the board on (date)"), nor a role
 * whose holder the policy names ("Welfare officer (name) · …", unless the role is who the form goes to).
 */
function hintInFormFields(m: RegExpMatchArray): boolean {
  const { input, start, end, lineStart, lineEnd } = matchLine(m);
  if (/^\s*\|/.test(input.slice(lineStart, lineEnd))) return false;
  // The bracket ends its field: the next separator, or the line's end, straight after it.
  if (!/^[^\S\n]*(?:[·|;•]|(?:[.;*_]+[^\S\n]*)?$)/.test(input.slice(end, lineEnd))) return false;
  // Its field's words, back to the separator before it (read back only that far: the fields of the brackets that end
  // theirs do not overlap, so a long line of them is read once).
  let from = start;
  while (from > lineStart && !FIELD_SEPARATOR.test(input[from - 1])) from--;
  const field = input.slice(from, start);
  if (POLICY_OWN_DATE.test(field) || (ROLE_BEFORE_FIELD.test(field) && !ROLE_RECEIVING.test(field)))
    return false;
  return formFieldsLine(input, lineStart, lineEnd);
}

/** The last line `formFieldsLine` read, and what it found: a line's brackets ask one after another. */
let fieldsLine: { input: string; lineStart: number; found: boolean } | undefined;

/** Whether the line is (or ends) a list of a form's fields (`hintInFormFields`), read once for all its brackets. */
function formFieldsLine(input: string, lineStart: number, lineEnd: number): boolean {
  if (fieldsLine?.lineStart !== lineStart || fieldsLine.input !== input)
    fieldsLine = { input, lineStart, found: readFormFieldsLine(input, lineStart, lineEnd) };
  // The same words in another string: keep that string, so that the next bracket's text is the same string.
  else fieldsLine.input = input;
  return fieldsLine.found;
}

function readFormFieldsLine(input: string, lineStart: number, lineEnd: number): boolean {
  const line = input.slice(lineStart, lineEnd);
  // The lines above, as far as a handful back: the list's lines a PDF wrapped, or its lead-in and fields.
  const above: string[] = [];
  for (let at = lineStart - 1, n = 0; at > 0 && n < 8; n++) {
    const from = input.lastIndexOf("\n", at - 1) + 1;
    above.unshift(input.slice(from, at));
    at = from - 1;
  }
  const namesForm = (text: string) => {
    const words = text
      .replace(/^\s*#{1,6}\s+/, "")
      .replace(/[*_]{2}/g, "")
      .trim();
    return words !== "" && words.length <= FORM_SIGN_LINE && FORM_TITLE.test(words);
  };
  const formField = (fields: string[]) => fields.some((f) => FORM_FIELD.test(f));
  if (FIELD_SEPARATOR.test(line)) {
    // A list on one line, or wrapped over a few (each wrapped line with a separator on it).
    let text = line;
    let i = above.length - 1;
    while (i >= 0 && above[i].trim() !== "" && FIELD_SEPARATOR.test(above[i]) && !/^\s*[#|]/.test(above[i]))
      text = `${above[i--]} ${text}`;
    const colon = text.search(/:(?:\*\*|__)?\s/);
    const firstSeparator = text.search(FIELD_SEPARATOR);
    const leadIn = colon >= 0 && colon < firstSeparator ? text.slice(0, colon) : "";
    const fields = text
      .slice(leadIn ? colon + 1 : 0)
      .split(FIELD_SEPARATOR)
      .map((f) => listItemText(f))
      .filter(Boolean);
    if (fields.length < 3 || !fields.every(shortField)) return false;
    let j = i;
    while (j >= 0 && above[j].trim() === "") j--;
    return formField(fields) || namesForm(leadIn) || (j >= 0 && namesForm(above[j]));
  }
  // One field a line, under a lead-in ending in a colon.
  const own = listItemText(line);
  if (!shortField(own)) return false;
  const fields = [own];
  let leadIn = "";
  for (let i = above.length - 1; i >= 0; i--) {
    const text = above[i].trim();
    if (text === "") continue;
    if (/:(?:\*\*|__)?$/.test(text)) {
      leadIn = text;
      break;
    }
    if (/^\s*[#|]/.test(text) || !shortField(listItemText(text))) break;
    fields.push(listItemText(text));
  }
  if (!leadIn) return false;
  const below = input.slice(lineEnd + 1, lineEnd + 600).split("\n");
  for (const text of below) {
    if (text.trim() === "") continue;
    if (/^\s*[#|]/.test(text) || /:(?:\*\*|__)?$/.test(text.trim()) || !shortField(listItemText(text))) break;
    fields.push(listItemText(text));
  }
  return fields.length >= 3 && (formField(fields) || namesForm(leadIn));
}

/**
 * A bilingual template gives its instruction in both languages, the other one first: "[gosod enw / insert name]",
 * "(cuir isteach / insert)". Up to three words and a slash before the English instruction word, the first the other
 * language's instruction verb — not English prose with a slash in it ("(main hall / enter by the side door)").
 */
const OTHER_LANGUAGE_FIRST = String.raw`(?:(?:${OTHER_LANGUAGE_INSTRUCTION})[\p{L}'’]*(?:[ \t]+[\p{L}'’]+){0,2}[ \t]*\/[ \t]*)?`;

/**
 * "[pupil name]", "(child's name)", "<name of the young person>": whichever child (or their parent) an example
 * message, letter or script is about (`inExample`). A policy never names them, so the bracket is no detail left
 * out — in the policy's own sentence ("Please contact [parent's name] on …") it is.
 */
const PERSON_SERVED = String.raw`(?:child(?:ren)?|pupil|student|learner|young\s+person|young\s+people|parent|carer|participant|player|junior|cadet|camper|trainee|apprentice|attendee|visitor|patient)(?:['’]s|s['’]?)?`;
const PERSON_SERVED_NAME = new RegExp(
  String.raw`^[[(<]\s*(?:${PERSON_SERVED}\s+(?:(?:first|full|sur|last|given)\s*)?names?|names?\s+of\s+(?:the\s+|a\s+)?${PERSON_SERVED})\s*[\])>]$`,
  "i",
);

/** Words of whoever signs a form: "I give permission for", "I agree that", "my child". */
const SIGNER = /(?:^|[^\w'’])(?:I|my)\b(?!['’])/;

/**
 * Words after which a bracket stands where a person's name would go: "If (child's name) is not collected", "stays
 * with (player's name)", "tell (child's name) that …". Any other word — a noun it explains ("details (pupil's full
 * name)"), "about", "than", "as" — makes the bracket say what a word means, and no name was left out.
 */
const NAME_SLOT_BEFORE =
  /(?:^|[^\w'’])(?:if|when|whenever|unless|until|once|whether|for|to|that|and|with|tell|tells|told|ask|asks|asked|contact|contacts|inform|informs|call|calls|phone|phones|remind|reminds|reassure|reassures|support|supports|collect|collects|meet|meets|take|takes|give|gives)\s*$/i;

/**
 * "(child's name)" in the policy's own running text: a line of ordinary sentence words (three at least, a
 * sentence going on after the bracket), no blank to fill in on it, not a field's label ("Child's name: (child's
 * name)"), not a table's cell, not in the words of whoever signs a form.
 */
function childNameInSentence(m: RegExpMatchArray): boolean {
  const { input, start, end, lineStart, lineEnd } = matchLine(m);
  if (rowOrFormLine(input, lineStart, lineEnd)) return false;
  // The words around it on its line, at most AROUND characters each side: a long line is not read again per match.
  const before = input.slice(Math.max(lineStart, start - AROUND), start);
  const after = input.slice(end, Math.min(lineEnd, end + AROUND));
  if (/[:|]\s*(?:\*\*|__)?\s*$/.test(before) || !/^\s*(?:['’]s\s+)?[a-z]/.test(after)) return false;
  // The sentence the bracket is in, from its start: a signer's "I" or "my child" makes it a form's statement.
  const sentence = before.split(/[.!?]\s/).at(-1) ?? before;
  if (SIGNER.test(sentence)) return false;
  // Where a name would stand: a sentence's or a list item's start, or after a word that takes a person.
  const lead = sentence.replace(/^\s*(?:[-*+•]|\d+[.)])?\s*/, "");
  if (lead.trim() !== "" && !NAME_SLOT_BEFORE.test(lead)) return false;
  return (`${before} ${after}`.match(/\b[a-z][a-z'’-]+\b/g) ?? []).length >= 3;
}

/** How far around a match its line is read for the words of its sentence. */
const AROUND = 300;

/** The line last read by `rowOrFormLine`: the matches on one long line ask of it once. */
let lineRead: { input: string; lineStart: number; answer: boolean } | undefined;

/** A table row's line, or a line with a blank to fill in ("Name: ______"): a form's, not a sentence's. */
function rowOrFormLine(input: string, lineStart: number, lineEnd: number): boolean {
  if (lineRead?.input === input && lineRead.lineStart === lineStart) return lineRead.answer;
  const line = input.slice(lineStart, lineEnd);
  const answer = /^\s*\|/.test(line) || HAS_LINE_BLANK.test(line);
  lineRead = { input, lineStart, answer };
  return answer;
}

/** A letter's or message's greeting earlier in the sentence: "Dear parent of (child's name)", "Hi [pupil name]". */
const GREETING = /\b(?:dear|hi|hiya|hey|hello)\b[^.!?]*$/i;
/** An example introduced with a colon: "messages such as: …", "The letter home starts: …", "can say: …". */
const EXAMPLE_INTRO =
  /\b(?:e\.g\.|for\s+example|for\s+instance|such\s+as|examples?|messages?|texts?|letters?|scripts?|e-?mails?|posts?|notes?|wording|templates?|say|says|saying|said|write|writes|wrote|reads?|starts?|begins?|goes)\b[^.!?:]*:[^:]*$/i;
/** The heading of an example, a letter or a script. */
const EXAMPLE_HEADING =
  /\b(?:examples?|letters?|scripts?|messages?|templates?|wording|scenarios?|case\s+stud(?:y|ies))\b/i;

/**
 * An example message, letter or script around a match: a block quote, a quotation on its line, a greeting before
 * it, a colon after words introducing an example, or an example's (Markdown) heading above it.
 */
function inExample(m: RegExpMatchArray): boolean {
  const before = lineBefore(m);
  if (/^\s*>/.test(before)) return true;
  const opened = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  if (opened > 0 || (before.match(/"/g) ?? []).length % 2 === 1) return true;
  if (GREETING.test(before) || EXAMPLE_INTRO.test(before)) return true;
  const input = m.input ?? "";
  const heading = /^#{1,6}[^\S\n].*$/gm;
  heading.lastIndex = 0;
  let last: string | undefined;
  for (let at = input.lastIndexOf("\n#", m.index ?? 0); at >= 0; at = input.lastIndexOf("\n#", at - 1)) {
    heading.lastIndex = at + 1;
    const found = heading.exec(input);
    if (found && found.index === at + 1) {
      last = found[0];
      break;
    }
  }
  return last !== undefined && EXAMPLE_HEADING.test(last);
}

/**
 * "TBC" as a word talked about, not a value left out: "Leave as TBC until then?" in a drafter's note, "marked
 * 'TBC' on the rota", "we write TBC where …" — after "leave (it) as", "mark(ed)", "write", "put", "keep", "say", or in
 * quotation marks. Not "Deputy: TBC", nor "listed as TBC" (the list's value is still missing).
 */
function mentionedAsWord(m: RegExpMatchArray): boolean {
  const input = m.input ?? "";
  const end = (m.index ?? 0) + m[0].length;
  const before = lineBefore(m);
  if (
    /\b(?:mark(?:ed)?|write|writes|written|put|leave|left|keep|kept|say|says|said|reads?)(?:(?:[^\S\n]+[\p{L}'’-]+){1,3}[^\S\n]+as|(?:[^\S\n]+as)?)[^\S\n]+$/iu.test(
      before,
    )
  )
    return true;
  return /["“‘']$/.test(before) && /^["”’']/.test(input.slice(end, end + 1));
}

/**
 * A contact detail, a name or a person's photo (a poster's "(photo to follow)", "(QR code to be added)", "(link to
 * follow)") promised where it should stand, and who
 * is to confirm it, when said: "phone to follow",
 * "contact details to be confirmed", "number to be confirmed by IT" — not who is to provide a thing ("(phone to be
 * provided by the club)" is a mobile the club hands out, "(contact number to be supplied by the parent)" a form's).
 * Its words may run over a line break, as a PDF's narrow table cell breaks them.
 */
const PROMISED_ITEM = String.raw`(?:(?:contact|mobile|phone|telephone|e-?mail|home|work|office|direct|full|first)\s+)?(?:numbers?|no\.|phone|telephone|mobile|e-?mail(?:\s+address)?|address|contact\s+details|names?|photo|photograph|picture|QR\s+code|(?:web\s+)?link|logo)`;
const PROMISED_CONTACT = String.raw`${PROMISED_ITEM}(?:\s+(?:and|&)\s+${PROMISED_ITEM})?\s+(?:to\s+(?:follow|come)|to\s+be\s+(?:(?:confirmed|added|announced)(?:\s+by\s+(?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,2})?|provided|supplied))`;

/** Words saying a value is still to come: "to be confirmed", "to follow", "TBC". */
const STILL_TO_COME = String.raw`(?:to\s+be\s+(?:confirmed|announced|decided|determined|appointed|agreed|added)|to\s+follow|TBC|TBA|TBD)`;
/** The same words in another language, beside the English after a slash: one to four words, no brackets. */
const OTHER_WORDS = String.raw`[\p{L}'’.-]+(?:[^\S\n]+[\p{L}'’.-]+){0,3}`;

/**
 * Who a bracketed instruction is for: a role or a person, one to four words, the first capitalised ("League
 * secretary", "Treasurer", "Head coach", "DSL").
 */
const INSTRUCTED = String.raw`\p{Lu}[\p{L}'’-]*(?:[^\S\n]+[\p{L}'’-]+){0,3}`;
/** What a bracketed instruction asks someone to do: "add", "insert", "fill in", "write in" … */
const INSTRUCTION_VERB = String.raw`(?:add|insert|enter|confirm|provide|supply|complete|fill[^\S\n]+in|write(?:[^\S\n]+in)?|attach|list|update)`;
/** Words that make a bracket's start a sentence of the policy's own, not who an instruction is for. */
const NOT_INSTRUCTED =
  /\b(?:see|how|what|when|where|why|who|if|it|this|that|there|we|you|they|need|needs|want|wants|is|are|was|were|has|have|had|will|may|must|can|should|not|e\.g|i\.e|note)\b/i;

/** What an instruction in brackets asks to be written into the document: "venue list", "bank details", "logo". */
const DOCUMENT_CONTENT = new RegExp(
  String.raw`\bto\s+${INSTRUCTION_VERB}\b.*\b(?:lists?|details|names?|numbers?|dates?|times?|venues?|address(?:es)?|logo|links?|contacts?|phone|telephone|e-?mails?|photos?|pictures?|maps?|postcode|web\s*site|url|signature|text|wording)\b`,
  "i",
);

/** "[League secretary to add venue list]": an instruction to someone, not a sentence or an editor's words in a quotation. */
function instructionInBrackets(m: RegExpMatchArray): boolean {
  if (NOT_INSTRUCTED.test(m[1]) || EDITORIAL.test(m[1])) return false;
  // "[All volunteers to complete the county e-learning before their first session]", "[Youth Workers to complete a
  // paper register at each session; the DSL keeps them …]": a duty the policy places on people, not a slot. Only a
  // short bracket, no sentence inside, asking for words of the document itself (a list, a name, a number …).
  const inner = m[0].slice(1, -1);
  if (/[;.!?]/.test(inner) || inner.trim().split(/\s+/).length > 10 || !DOCUMENT_CONTENT.test(inner))
    return false;
  const before = lineBefore(m);
  if (/^\s*>/.test(before)) return false;
  const opened = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  return opened <= 0 && (before.match(/"/g) ?? []).length % 2 === 0;
}

/**
 * Where a value stands on its line: after a label's colon ("Home ground: …", "- **Phone:** …", "連絡先：…"), after
 * "at" ("We meet at …"), or alone on its line or in its table cell.
 */
function inValueSlot(m: RegExpMatchArray, after = true): boolean {
  const before = lineBefore(m);
  if (/[:：](?:\*\*|__)?[^\S\n]*$/u.test(before) || /\bat[^\S\n]+$/i.test(before)) return true;
  if (!/^[^\S\n]*(?:[-*+•][^\S\n]+|\|(?:[^|\n]*\|)*[^\S\n]*)?$/u.test(before)) return false;
  if (!after) return true;
  const input = m.input ?? "";
  const end = (m.index ?? 0) + m[0].length;
  const newline = input.indexOf("\n", end);
  return /^[^\S\n]*(?:\|.*)?$/.test(input.slice(end, newline < 0 ? input.length : newline));
}

/**
 * A kind of value, described in lower case: a noun phrase of one to four words whose head (its last word, or the
 * word before "of") names the value — "umbrella body", "address of the warehouse", "venue", "club email", a place
 * ("partner city", "host town").
 */
const VALUE_NOUN = String.raw`(?:address|addresses|postcode|name|names|number|body|organi[sz]ation|venue|e-?mail|website|web\s+address|url|domain|location|telephone|phone|mobile|city|town|village|country|county)`;
const LOWER_WORD = "[a-z][a-z'’-]*";
const VALUE_PHRASE = String.raw`(?:[a-zA-Z][a-z'’-]*[^\S\n]+)?(?:${LOWER_WORD}[^\S\n]+){0,2}${VALUE_NOUN}(?:[^\S\n]+of[^\S\n]+(?:(?:the|our|your)[^\S\n]+)?${LOWER_WORD}(?:[^\S\n]+${LOWER_WORD})?)?`;

/**
 * "[umbrella body]" in the policy's own sentence: not an editor's word in a quotation ("“[the] body …”", a block
 * quote), nor a number's kind after it ("07700 900654 [mobile]"), nor a Markdown link's words or a reference
 * defined elsewhere ("[venue]" with "[venue]: url").
 */
function valueInBrackets(m: RegExpMatchArray): boolean {
  const inner = m[1].trim();
  // "07700 900654 [mobile]": the kind of a number given just before it.
  if (EDITORIAL.test(inner) || contactLabel(m)) return false;
  if (linkDefinitions(m.input ?? "").has(inner.toLowerCase().replace(/\s+/g, " "))) return false;
  const before = lineBefore(m);
  if (/^\s*>/.test(before)) return false;
  const opened = (before.match(/[“]/g) ?? []).length - (before.match(/[”]/g) ?? []).length;
  return opened <= 0 && (before.match(/"/g) ?? []).length % 2 === 0;
}

/**
 * A web page's notice where a script would show an address ("[You must enable JavaScript to view this email
 * address]{.email}", kept when the page is saved): the site's furniture, not a template's blank.
 */
function scriptNotice(m: RegExpMatchArray): boolean {
  return /\benable\s+JavaScript\b/i.test(m[0]);
}

/**
 * "[picture: phone]", "[image: a mobile phone with a cross]": an Easy Read policy's description of the picture beside
 * its words — not one still to come ("[picture: DSL photo here]", "[photo to go here]") nor a field's
 * ("[Photo: DSL name]", "[Image: club logo]").
 */
function pictureDescription(m: RegExpMatchArray): boolean {
  return (
    /^\[\s*(?:picture|image|photo|symbol|icon|illustration|graphic|drawing)\s*:/i.test(m[0]) &&
    !/\b(?:here|insert|add|to\s+(?:go|come|follow)|tbc)\b/i.test(m[0]) &&
    !/\b(?:names?|number|date|details|address|logo)\s*\\?\]$/i.test(m[0])
  );
}

/** A UK phone number's length (10 or 11 digits with its 0; "+44" stands for the 0) in which some digits are X's. */
function phoneWithXs(m: RegExpMatchArray): boolean {
  if (!/XX|xx/.test(m[0])) return false;
  // "+44 (0)117 …" is "0117 …"
  const digits = m[0].replace(/^\+44 ?(?:\(0\) ?)?/, "0").replace(/[^\dXx]/g, "").length;
  return digits >= 10 && digits <= 11;
}

/**
 * "(list kept in the office)", "(list attached)", "(list held by the secretary)": "list" the noun, described — not
 * the instruction "(list training including dates)".
 */
const LIST_NOUN =
  /^\(list\s+(?:\p{L}+ed|kept|held|shown|given|written|available|overleaf|below|above|attached|of)\b/iu;

/** "07700 900 ###": a phone number with hashes for its last digits, a UK number's length (10 or 11 characters). */
function phoneWithHashes(m: RegExpMatchArray): boolean {
  const chars = m[0].replace(/^\+44[^\S\n]?(?:\(0\)[^\S\n]?)?/, "0").replace(/[^\d#]/g, "");
  return /#{2}/.test(chars) && chars.endsWith("#") && chars.length >= 10 && chars.length <= 11;
}

/** Alternatives written in lower case, each allowed a capital first letter too ("Namen", "Einfügen"). */
function capitalisedToo(alternatives: string): string {
  return alternatives
    .split("|")
    .map((a) => `[${a[0]}${a[0].toUpperCase()}]${a.slice(1)}`)
    .join("|");
}

/** A language's tag before a fill-in: "FR", "ES", "DE" (two capitals), or the language's name in English or its own. */
const LANGUAGE_TAG =
  "[A-Z]{2}|French|Fran[çc]ais|Spanish|Espa[ñn]ol|German|Deutsch|Italian|Italiano|Portuguese|Portugu[êe]s|Polish|Polski|Dutch|Nederlands|Welsh|Cymraeg|Irish|Gaeilge";
/** An article before the fill-in's noun: "le nom", "el nombre", "den Namen", "il nome". */
const FILL_IN_ARTICLE = "le|la|les|el|los|las|der|die|das|den|il|lo|o|a";
/**
 * Another language's instruction to write something in (French, Spanish, German, Italian, Portuguese, Polish,
 * Dutch): "insérer", "indiquez", "insertar", "añadir", "einfügen", "eintragen", "inserire", "inserir", "wpisz".
 * None is an English word, so the bracket needs no tag when it opens with one.
 */
const FILL_IN_VERB = capitalisedToo(
  "ins[ée]r(?:er|ez)|indiqu(?:er|ez)|ajout(?:er|ez)|saisi(?:r|ssez)|inscri(?:re|vez)|compl[ée]t(?:er|ez)|renseign(?:er|ez)|insert(?:ar|e)|introduc(?:ir)|introduzca|a[ñn]adi?r|a[ñn]ada|indicar|escrib(?:ir|a)|agreg(?:ar|ue)|einf[üu]gen|eintragen|erg[äa]nzen|inseri(?:re|sci|sca|r)|insira|aggiung(?:ere|i)|adicion(?:ar|e)|wstaw(?:i[ćc])?|wpisz|wpisa[ćc]|invoegen|invullen",
);
/** The detail a tagged fill-in asks for: a name, a phone number, a number, an address or a date, in its language. */
const FILL_IN_NOUN = capitalisedToo(
  "nom|noms|nombre|nombres|namen?|nome|nomi|nazwa|nazwisko|imi[ęe]|naam|t[ée]l[ée]phone|tel[ée]fono|telefon|num[ée]ro|nummer|numer|adresse|direcci[óo]n|indirizzo|endere[çc]o|adres|fecha|datum|data|date",
);

/**
 * A tagged bracket that is no fill-in: a translated label with its value after its own colon ("[FR : Nom du
 * responsable : Odile Marchetti]"), or an office's initials before English words ("[HR: Date of appointment recorded
 * on the single central record]", "[IT: data kept for 30 days]").
 */
function filledInOrEnglish(bracket: string): boolean {
  const inside = bracket.slice(1, -1);
  const afterTag = inside.slice(inside.search(/[:：–—-]/) + 1);
  if (/[:：][^\S\n]*[^\s_.…:：]/u.test(afterTag)) return true;
  return /^[^\S\n]*[A-Z]{2}[^\S\n]*[:：–—-]/.test(inside) && ENGLISH_WORDS.test(afterTag);
}
const ENGLISH_WORDS =
  /\b(?:the|of|on|for|and|each|is|are|was|were|with|by|to|from|at|our|their|this|kept|held|recorded|every)\b/i;

/** A date's format, its letters in place of its digits: "DD/MM/YYYY", "dd.mm.yy" — not inside brackets or a word. */
const DATE_FORMAT = /(?<![\w/.([-])dd([/.-])mm\1yy(?:yy)?(?![\w/)\]-]|\.\w)/gi;
/** The date's format alone, as a placeholder's text. */
const DATE_FORMAT_ALONE = /^dd([/.-])mm\1yy(?:yy)?$/i;
/** Words about how a date is written, just before the format: "written", "as", "e.g.", "use", "in the". */
const FORMAT_WORDS_BEFORE =
  /\b(?:formats?|styles?|written|write|writing|entered|enter|as|like|using|use|e\.?g\.?|i\.?e\.?|such\s+as|example|in(?:\s+the)?)[^\S\n]*[:,]?[^\S\n]*$/i;
/** A field's label before its value ("held on:", "Date:"), or "on" / "dated" in a sentence. */
const DATE_VALUE_BEFORE = /(?:[:：][*_]*|\b(?:on|dated))[^\S\n]*$/i;

/**
 * A clause's verb before a colon, which makes the words before it a sentence, not a field's label: "Every entry in the
 * concern log is dated:", "the date goes in the top box:", "Staff must write:", "Each log entry shows:". A verb that is
 * also a noun ("record", "use", "read") is one only after its subject ("Staff record the date:"), not opening a
 * label ("Read by all staff on:", "Last record check:").
 */
const CLAUSE_VERB =
  /\b(?:is|are|was|were|be|been|being|am|goes|go|going|gets|get|has|have|had|will|shall|must|should|may|might|can|could|would|do|does|did|needs|means|appears|shows|writes|puts|enters|records|uses|follows|reads|(?<=\b(?:we|you|they|i|staff|volunteers|leaders|parents|carers|people|teachers|coaches)[^\S\n]+(?:(?:always|then|also|usually)[^\S\n]+)?)(?:need|appear|show|write|put|enter|record|use|follow|read))\b/i;
/**
 * A word that is a noun or a verb, then a past participle ending the label ("Staff safeguarding records checked",
 * "Visitor uses logged"): the word is a noun the participle qualifies, so the words are a field's label, not a clause.
 */
const NOUN_THEN_PARTICIPLE =
  /\b(?:needs|appears|shows|writes|puts|enters|records|uses|follows|reads)[^\S\n]+\p{L}+ed[^\S\n]*$/iu;
/**
 * A field's label that asks for one date, with no clause before its colon: "Date adopted", "Held on", "Staff briefing
 * held on", "Date of last review", "Review date", "Date this policy was adopted" — the last sentence's words before the
 * colon, a few and no comma.
 */
function dateFieldLabel(beforeColon: string): boolean {
  const label = beforeColon.split(/(?<=[.!?;])[^\S\n]+/).at(-1) ?? "";
  const words = label.match(/\S+/g) ?? [];
  // "Date this policy was adopted:": a clause under a label that opens with "Date" is the date's own.
  return (
    words.length > 0 &&
    words.length <= 6 &&
    !label.includes(",") &&
    (!CLAUSE_VERB.test(label.replace(NOUN_THEN_PARTICIPLE, "")) || /^[^\S\n]*date\b/i.test(label))
  );
}

/**
 * The format where a date should stand: straight after a field's label asking for a date ("Briefing held on:
 * DD/MM/YYYY") or "on" / "dated" in a sentence — not words on how a date is written (the label, or the words after
 * it, name a format), nor a sentence's colon before the format ("Every entry in the log is dated: DD/MM/YYYY", "the
 * date goes in the top box: DD/MM/YYYY": how entries are dated).
 */
function dateFormatAsValue(m: RegExpMatchArray): boolean {
  const before = lineBefore(m);
  const cell = before.slice(before.lastIndexOf("|") + 1);
  const input = m.input ?? "";
  const end = (m.index ?? 0) + m[0].length;
  const newline = input.indexOf("\n", end);
  const after = input.slice(end, newline < 0 ? input.length : newline);
  const beforeColon = cell.replace(/[:：][*_]*[^\S\n]*$/, "");
  if (!DATE_VALUE_BEFORE.test(cell) || FORMAT_WORDS_BEFORE.test(beforeColon)) return false;
  if (beforeColon !== cell && !dateFieldLabel(beforeColon.replace(/[*_]+/g, ""))) return false;
  return !/\bformats?\b/i.test(cell) && !/^[^\S\n]*(?:formats?|style)\b/i.test(after);
}

const PATTERNS: Array<{
  re: RegExp;
  kind: Placeholder["kind"];
  accept?: (m: RegExpMatchArray) => boolean;
  /** A quick test the text must pass before the (slower) pattern is worth running. */
  hint?: RegExp;
  /** A form's field label, no placeholder if a form's heading is above it. */
  field?: (m: RegExpMatchArray) => boolean;
  /** The words around the match the advice quotes with it (a field's label with its value). */
  context?: (m: RegExpMatchArray) => string | undefined;
}> = [
  // (GROUP / ORGANISATION), (NAME OF SETTING)
  {
    re: /\(([A-Z0-9][A-Z0-9 /&'’,.-]*[A-Z])\)/g,
    kind: "placeholder",
    accept: (m) =>
      isCapsPlaceholder(m[1]) &&
      (fillInCaps(m[1]) || (!capitalsBefore(m) && !roleAfterPerson(m))) &&
      !HOW_TO_FILL_IN.test(m[1]),
  },
  // [SHOW TITLE], [NAME OF SETTING], [SCHOOL]: capitals in square brackets that ask for something to be filled in or
  // name the setting alone. Square brackets also mark an editor's notes ("[CONFIDENTIAL WHEN COMPLETED]", "[AUDIO
  // DESCRIBED]", "[APPENDIX A]"), so long capitals alone are not enough, as they are in round ones. Not a link's words
  // ("[DOWNLOAD FORM](#)"), a reference defined elsewhere, or a pandoc span.
  {
    // A line break may part its words once ("[EVENTS" / "TEAM EMAIL]" in a PDF's text or a hard-wrapped paragraph).
    // "[UNIT NO.]": an abbreviation's full stop may end it.
    re: /(?<![\w[])\[([A-Z0-9][A-Z0-9 /&'’,.-]*(?:[A-Z0-9,.-][^\S\n]*\n[^\S\n]*[A-Z0-9][A-Z0-9 /&'’,.-]*)?[A-Z](?:(?<=\bNO)\.)?)\](?![([:{\]])/g,
    kind: "placeholder",
    accept: (m) =>
      (fillInCaps(m[1]) || SETTING_ALONE.test(m[1]) || valueNameInPlace(m) || valueNameAsNoun(m)) &&
      !linkDefinitions(m.input ?? "").has(m[1].trim().toLowerCase().replace(/\s+/g, " ")),
    hint: /\[[A-Z0-9]/,
  },
  // "Ofsted registration number: [Ofsted URN]", "Registered charity no. [Charity No.]": the setting's registered
  // number named in square brackets, in any case, where its value goes (after a label's colon, "is" or "no.").
  {
    re: new RegExp(String.raw`\[[^\S\n]*(${IDENTIFIER_LABEL})[^\S\n]*\](?![([:{])`, "gi"),
    kind: "placeholder",
    accept: (m) =>
      // Not the short form after its words: "our Unique Reference Number [URN] beside …".
      (BEFORE_VALUE.test(lineBefore(m)) || /\bno\.[^\S\n]*$/i.test(lineBefore(m))) &&
      !linkDefinitions(m.input ?? "").has(m[1].trim().toLowerCase().replace(/\s+/g, " ")),
  },
  // (list training including dates), (insert …), (delete as appropriate) — not beside a form's answers
  // ("Yes / No (delete as appropriate)", "(delete one) Yes / No"), which the person filling the form in deletes. A bilingual instruction to
  // write something in ("(cuir isteach / insert)") too; a form's choices in two languages are left to the form.
  {
    re: new RegExp(
      String.raw`\((?:${OTHER_LANGUAGE_FIRST}(?:list|insert|enter|add|type|fill in)|delete|select|choose|include)\b[^()\n]{0,80}\)`,
      "giu",
    ),
    kind: "placeholder",
    accept: (m) =>
      !(
        FORM_CHOICE.test(m[0]) &&
        (FORM_ANSWERS_BEFORE.test(lineBefore(m)) ||
          FORM_ANSWERS_AFTER.test(
            (m.input ?? "").slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 40),
          ))
      ) &&
      !LIST_NOUN.test(m[0]) &&
      !HOW_TO_FILL_IN.test(m[0]),
  },
  // (name), (date), (name of DSL), (email address) — not in a column heading ("| Completed (date) |") nor in a
  // form's field label before its blank ("Checked by (name): ……… Date: ……", or under a form's heading), but
  // always after a role ("Deputy lead (name): ………")
  {
    re: /\((?:names?|dates?|e-?mail(?: address)?|(?:tele)?phone(?: number)?|contact (?:details|number)|job title|role)(?:\s+of\s+[^()\n]{1,40})?\)/gi,
    kind: "placeholder",
    accept: (m) => !columnHeading(m) && fieldLabel(m) !== "line" && !hintInFormFields(m),
    field: (m) => fieldLabel(m) === "heading",
  },
  // "If (child's name) is not collected …": a child's name left as a template's words in the policy's own sentence
  // — never on a form (a form's heading above it: see `field`), a line with blanks, a field's label, a table, the
  // signer's own words ("I agree that (child's name) may …"). An example letter is left alone below (`inExample`).
  {
    re: new RegExp(String.raw`\((?:${PERSON_SERVED})\s+(?:(?:first|full|sur|last|given)\s*)?names?\)`, "gi"),
    kind: "placeholder",
    accept: childNameInSentence,
    field: () => true,
    hint: /\(\s*[a-z]+(?:['’]s|s['’]?)?\s+(?:\w+\s*)?names?\)/i,
  },
  // [insert name], [Name of setting], [date], [club name here], [DSL name] — not a Markdown link's words. A bilingual
  // instruction ("[gosod enw / insert name]") too, the other language's words first.
  {
    re: new RegExp(
      String.raw`\[\s*(?:${OTHER_LANGUAGE_FIRST}(?:insert|add|enter|type)|name|names|date|dates|your|setting|school|organi[sz]ation|club|nursery|group)\b[^\]\n]{0,80}\](?![([])`,
      "giu",
    ),
    kind: "placeholder",
  },
  // "[DSL phone number]", "[club address]" — a line break may part its words once ("[rhif" / "ffôn / phone number]"
  // where a PDF's line wraps), so long as the bracket is no longer than one line's.
  {
    re: /\[(?=[^\]]{0,61}\])(?:[^\]\n[]*\n)?[^\]\n[]*\b(?:name|names|date|dates|number|details|here|tel|telephone|phone|mobile|e-?mail|address|logo)\s*\\?\](?![([:])/gi,
    kind: "placeholder",
    accept: (m) => !contactLabel(m) && !scriptNotice(m) && !pictureDescription(m),
  },
  // "[Month] 2025", "[Year]", "[day]", "[Month Year]", "[dd/mm/yyyy]": a date's parts left as the template's words
  // — not a link's words ("[Year](…)", "[Month]" with "[Month]: …" below), nor a pandoc span ("[Year]{.mark}").
  {
    re: /\[\s*((?:day|month|year|dd|mm|yy|yyyy)(?:\s*(?:[/.-]|and|\s)\s*(?:day|month|year|dd|mm|yy|yyyy))*)\s*\\?\](?![([:{])/gi,
    kind: "placeholder",
    accept: (m) => !linkDefinitions(m.input ?? "").has(m[1].toLowerCase().replace(/\s+/g, " ")),
  },
  // "<insert name>", "<enter date of review>", "<Name of school>", "<DSL phone number>": an instruction or a field's
  // name in angle brackets (pandoc writes "\<insert name\>"). Never an HTML tag, an autolink or a comment: no
  // "=", double quote or slash inside, and a lone word ("<address>", "<mark>") is a tag.
  {
    re: /<\s*(?:(?:insert|enter|add|type|fill\s+in)\b[^<>\n="/]{0,80}|name\s+of\b[^<>\n="/]{1,60}|names?|dates?|[^<>\n="/\s][^<>\n="/]{0,60}\s(?:names?|dates?|(?:tele)?phone(?:\s+(?:number|no\.?))?|number|e-?mail(?:\s+address)?|address|details|logo))\s*>/gi,
    kind: "placeholder",
    hint: /<\s*\w/,
  },
  // "[committee member]", "[nominated trustee]", "[Deputy DSL]": a role in square brackets where the person's
  // name should be. Not a link ("[Safeguarding Lead](#lead)", a reference defined elsewhere), an abbreviation
  // ("Designated Safeguarding Lead [DSL]") or an editor's words in a quotation ("“[the] DSL should …”").
  {
    re: new RegExp(String.raw`(?<!\w)\[\s*((?:[A-Za-z][\w'’-]*\s+){0,3}${ROLE_WORD}s?)\s*\](?![([:])`, "gi"),
    kind: "placeholder",
    accept: roleInBrackets,
    hint: /\[\s*[A-Za-z]/,
  },
  // "<committee member>", "<Deputy DSL>": a role in angle brackets where the name should be (no HTML tag is a role).
  {
    re: new RegExp(String.raw`<\s*((?:[A-Za-z][\w'’-]*\s+){0,3}${ROLE_WORD}s?)\s*>`, "gi"),
    kind: "placeholder",
    accept: (m) => !EDITORIAL.test(m[1]),
    hint: /<\s*[A-Za-z]/,
  },
  // Mail-merge fields never merged: <<Setting Name>>, «Setting_Name»
  // (pandoc writes them escaped: \<\<Setting Name\>\>)
  {
    re: /\\?<\\?<[^<>\n]{1,60}?\\?>\\?>|«[^«»\n]{1,60}»/g,
    kind: "placeholder",
    hint: /<\\?<|«/,
  },
  // A date never written: xx/xx/xxxx, XX/XX/20XX, **/**/****, ##/##/20## ("dd/mm/yyyy" on a form says how to
  // write one, and is left alone). One masking character throughout; never bold words beside a slash.
  {
    re: /(?<![\w/*#])([x*#])\1\s?[/.-]\s?\1\1\s?[/.-]\s?(?:\1{4}|(?:19|20)\1\1|\1\1)(?![\w/*#])/gi,
    kind: "placeholder",
    hint: /xx|\*\*|##/i,
  },
  // A year never written: "September 20XX", "Reviewed: 20xx"
  { re: /(?<![\w/.-])(?:19|20)(?:XX|xx)(?![\w/])/g, kind: "placeholder", hint: /\d(?:XX|xx)/ },
  // "01632 960 ???", "0161 4?? ????": a phone number left unfinished — the number with its question marks is one
  // placeholder, so the reader sees which number it is
  {
    re: /(?<![\w+?])(?:\+44\s?|0)\d{2,5}(?:[ -]?\d{1,4}){0,3}[ -]?\d{0,3}\?\?[\d?]*(?:[ -]\d*\?[\d?]*)*(?![\p{L}\d?])/gu,
    kind: "number",
    hint: /\d[ -]?\d{0,3}\?\?/,
  },
  // "01632 960___", "07700 90____": a phone number half written, its last digits a fill-in blank of underscores (glued
  // to the digits, or after a space) — one placeholder, the number with its blank. Groups split by spaces only, so a
  // date's year left to fill in ("01-02-20__") is none; five digits at least, so a form's "Phone: 0__" is a blank.
  {
    re: /(?<![\w+/.-])(?:\+44[^\S\n]?(?:\(0\)[^\S\n]?)?\d{1,5}|0\d{2,5})(?:[^\S\n]?\d{1,4}){0,3}[^\S\n]?_{2,}(?:[^\S\n]_{2,}){0,2}(?![\p{L}\d_])/gu,
    kind: "number",
    accept: (m) => m[0].replace(/^\+44[^\S\n]?(?:\(0\)[^\S\n]?)?/, "0").replace(/\D/g, "").length >= 5,
    field: () => true,
    hint: /\d[^\S\n]?__/,
  },
  // "01632 96XXXX", "0800 XXX XXXX": X's where a phone number's last digits should be — one placeholder with the
  // number. Each group after the first follows a space or a dash, so a run of X's has one way to be read.
  {
    re: /(?<![\w+])(?:\+44 ?(?:\(0\) ?)?[\dXx]{1,5}|\(0[\dXx]{1,5}\)|0[\dXx]{1,5})(?:[ -][\dXx]{1,6}){0,3}(?![\w@])/g,
    kind: "number",
    accept: phoneWithXs,
    hint: /[\dXx][ -]?(?:XX|xx)/,
  },
  // The same number cut by a line break ("07700 9XX" / "XXX": a PDF's narrow table cell wraps it): one placeholder,
  // the whole number, when the two parts together are a phone number's length — never the X's alone on the next line.
  {
    re: /(?<![\w+])(?:\+44 ?(?:\(0\) ?)?[\dXx]{1,5}|\(0[\dXx]{1,5}\)|0[\dXx]{1,5})(?:[ -][\dXx]{1,6}){0,2}[ \t]*\n[ \t]*[\dXx]{1,6}(?:[ -][\dXx]{1,6}){0,2}(?![\w@])/g,
    kind: "number",
    accept: phoneWithXs,
    hint: /[\dXx][ -]?(?:XX|xx)/,
  },
  // "07700 900 ###", "0161 4## ####": hashes where a phone number's last digits should be — one placeholder with the
  // number, when digits and hashes together are a UK number's length. Never a date's "##/##/20##" (slashes) nor a
  // Markdown heading's hashes (no number before them).
  {
    re: /(?<![\w+#/.])(?:\+44[^\S\n]?(?:\(0\)[^\S\n]?)?\d{1,5}|0\d{2,5})(?:[^\S\n]?[\d#]{1,6}){1,3}(?![\w#/])/g,
    kind: "number",
    accept: phoneWithHashes,
    hint: /\d[^\S\n]?#|##/,
  },
  // "(operator licence PH/OP/____)", "permit SP-____": a reference or licence number's prefix in capitals, its digits
  // left as a fill-in blank of underscores after the prefix's slash or dash — one placeholder, the code with its blank.
  {
    re: /(?<![\w/.\\-])[A-Z][A-Z0-9]{1,5}(?:[/-][A-Z0-9]{1,6}){0,3}[/-](?:_{3,}|(?:\\_){3,})(?![\w\\])/g,
    kind: "placeholder",
    field: () => true,
    hint: /[A-Z0-9][/-](?:___|\\_\\_\\_)/,
  },
  // "[FR : insérer le nom et le téléphone du responsable]", "[ES: nombre y teléfono]", "[DE – Namen einfügen]": a
  // fill-in in another language's words in square brackets, tagged with the language — the bracket opens with the
  // tag and a fill-in word (an instruction verb, or the name, number or date to write), or with another language's
  // instruction verb alone ("[insertar el nombre]"). A PDF's line may wrap inside it once. Never a tagged sentence
  // ("[FR : Les enfants sont en sécurité.]"), nor a link's words.
  {
    re: new RegExp(
      String.raw`(?<![\w\]])\[(?=[^\]]{1,140}\])[^\S\n]*(?:(?!NB|PS|EG|IE|OK)(?:${LANGUAGE_TAG})[^\S\n]*[:：–—-][^\S\n]*(?:(?:${FILL_IN_ARTICLE})[^\S\n]+|l['’])?(?:${FILL_IN_VERB}|${FILL_IN_NOUN})|(?:${FILL_IN_VERB}))(?![\p{L}])[^\[\]\n]{0,90}(?:\n[^\[\]\n]{0,60})?\](?![([:{])`,
      "gu",
    ),
    kind: "placeholder",
    hint: /\[/,
    accept: (m) => !filledInOrEnglish(m[0]),
  },
  // "Tel: ??????" — question marks where a number should be; "Really???" is punctuation
  { re: /(?<![\p{L}?])\?{3,}(?![\p{L}?])/gu, kind: "placeholder", hint: /\?\?\?/ },
  // "Draft v2 – Insert Month Agreed 2022", "Insert DSL Name", "INSERT DATE"
  {
    re: /\b(?:Insert|INSERT|Enter|ENTER)\s+(?:[A-Z][A-Za-z]*\s+){0,2}?(?:Month|MONTH|Date|DATE|Year|YEAR|Day|DAY|Names?|NAMES?|Number|NUMBER|Details|DETAILS|Address|ADDRESS|Logo|LOGO|Title|TITLE|Here|HERE)\b/g,
    kind: "placeholder",
    accept: (m) => !/\b(?:insert|enter)\s+(?:the|a|an|your|their)\b/i.test(m[0]),
  },
  // "Approved by the directors: Insert date", "Deputy lead: insert name", "| 2 | insert date |": the template's
  // instruction in any case as a field's whole value (`labelValue`) or a table cell's — not the words telling someone
  // what to do ("Date: insert date of the incident", "Leaders insert the date …"), nor a field on a form to fill in by
  // hand (`field`).
  {
    re: /\b(?:(?:insert|enter)[^\S\n]+(?:dates?|names?|month|year)|insert[^\S\n]+(?:day|details|number|address))\b/gi,
    kind: "placeholder",
    accept: (m) => labelValue(m) || aloneInCell(m),
    field: () => true,
    hint: /\b(?:insert|enter)[^\S\n]+(?:date|name|month|year|day|details|number|address)/i,
  },
  // "name of setting is committed to …": a template's words in running text (not "the name of the setting")
  {
    re: /(?<![([]\s?)(?<!\b(?:the|a|an|your|our|their|its|this|each|every|which|what|his|her)\s)\b[Nn]ame of (?:setting|school|club|organi[sz]ation|nursery|group|church|academy|charity|provider|pre-?school)\b/gu,
    kind: "placeholder",
    accept: inRunningText,
    hint: /name of (?:setting|school|club|organi|nursery|group|church|academy|charity|provider|pre-?school)/i,
  },
  // "All staff at NAME OF NURSERY …", "SETTING NAME expects …": a setting's name left in capitals in a sentence
  // (not a form's label "NAME OF CHILD:", nor an instruction written all in capitals)
  {
    re: /\b(?:NAME OF (?:THE )?[A-Z]{3,}(?: [A-Z]{3,})?|[A-Z]{3,} NAME)\b/g,
    kind: "placeholder",
    accept: capitalisedName,
    hint: /NAME/,
  },
  // "Club Welfare Officer: NEW CWO NAME, 07700 …": capitals ending in NAME where a role's holder should be named,
  // straight after the role's label and its colon (or its table cell, or a spaced dash) — not a form's instruction in capitals ("Officer: PRINT NAME"), nor
  // a label of its own ("LEAD NAME:").
  {
    re: /(?<=(?:[:：][*_]*[^\S\n]*(?:\|[^\S\n]*)?|[^\S\n][–—-][^\S\n]+))(?:[A-Z]{2,}[^\S\n]+){1,3}NAME(?![^\S\n]*[:(]|[\w'’])/g,
    kind: "placeholder",
    accept: roleHolderInCapitals,
    hint: /[A-Z] NAME\b/,
  },
  // "xxxx@example.org", "XXX.XXX@school.org.uk": an email address whose own part is the template's x's
  {
    re: /(?<![\w.@+-])(?=[xX._-]*[xX]{3})[xX]+(?:[._-][xX]+)*@[\w-]+(?:\.[\w-]+)+/g,
    kind: "placeholder",
    // From the start of a run of x's only: tried from each x of a long run, `[xX]*` re-read the run (quadratic).
    hint: /(?<![xX])[xX]{3}[._-]?[xX]*@/,
  },
  // "Deputy DSL: Firstname Surname", "First Name Last Name", "FORENAME SURNAME": a template's words for a name. Not a
  // form's label ("Forename Surname:", "Child's name (Forename Surname): ____") nor a table's column heading.
  {
    re: new RegExp(String.raw`\b${templateNameWords("[ \\t]+")}\b(?![^\S\n]*\)?[^\S\n]*:)`, "g"),
    kind: "placeholder",
    accept: (m) => !columnHeading(m),
    hint: /surname|last[ -]?name|family[ -]?name/i,
  },
  // "Deputy DSL: Full Name": the template's words as a field's whole value
  {
    re: /\b(?:Full [Nn]ame|FULL NAME)\b/g,
    kind: "placeholder",
    accept: labelValue,
    hint: /full name/i,
  },
  // "XXXX", and "XXXX XXX XXX" where a whole phone number should be: one placeholder, not one for each group
  {
    re: /(?<![\w@.])(?:X{3,}(?:[ -]X{2,})*|x{4,}(?:[ -]x{2,})*)(?![\w@])/g,
    kind: "placeholder",
  },
  // "Scottish charity SC0XXXXX", "Registered charity 11XXXXX", "EY4XXXXX": a registration number's digits left as
  // X's after its prefix. A digit before the X's: a roman numeral ("LXXX") or a size ("XXXL") has none.
  {
    re: /(?<![\w@.])[A-Z]{0,3}\d+(?:X{3,}|x{4,})(?![\w@])/g,
    kind: "placeholder",
    hint: /\d(?:XXX|xxxx)/,
  },
  // "welfare@[clubdomain].org.uk", "www.[yourclub].org.uk": words in square brackets where an email address's or a web
  // address's name should be — whatever the words, an address has no brackets.
  {
    re: /(?<=@|\bwww\.|:\/\/)\[[^\S\n]*[\p{L}][\p{L}\d '’-]{0,30}\](?=[.\w/-])/gu,
    kind: "placeholder",
    hint: /(?:@|www\.|\/\/)\[/,
  },
  // "Ofsted registration number: EYXXXXXX", "Charity No. SCXXXXXX": a registration number's prefix with every digit
  // left as an X, after a label that says it is a number (no roman numeral or size follows "number:").
  {
    re: new RegExp(String.raw`(?<![A-Z])${X_NUMBER}(?![\w@])(?<=${NUMBER_LABEL}${X_NUMBER})`, "g"),
    kind: "placeholder",
    hint: /[A-WYZ]XXXX/,
  },
  // "Ofsted registration number: EY??????", "Charity No. SC0?????", "URN: 12????": the same with question marks for
  // the digits — four or more after letters, three after a digit. Only after such a label: a question asked loudly
  // ("What should I do???", "the DSL???") has none.
  {
    re: new RegExp(
      String.raw`(?<![\dA-Z?])${QUERIED_NUMBER}(?![\w?])(?<=${NUMBER_LABEL}${QUERIED_NUMBER})`,
      "g",
    ),
    kind: "placeholder",
    hint: /\?\?\?/,
  },
  // "[League secretary to add the venue list]", "[Treasurer to insert bank details]": an instruction to someone, in
  // square brackets, to write words in — the bracket stands where they go. Not a link's words, nor the policy's own
  // sentence in brackets ("[see section 4 for how to add a coach]": see `instructionInBrackets`).
  {
    re: new RegExp(
      String.raw`(?<![\w\]])\[[^\S\n]*(${INSTRUCTED})[^\S\n]+to[^\S\n]+${INSTRUCTION_VERB}\b[^\]\n]{0,80}\](?![([:{])`,
      "gu",
    ),
    kind: "placeholder",
    accept: instructionInBrackets,
    hint: new RegExp(String.raw`\[[^\]\n]{0,40}\sto\s+${INSTRUCTION_VERB}\b`, "i"),
  },
  // "Home ground: (Club Secretary to insert address)": the same instruction in round brackets, where a value should
  // stand (`inValueSlot`) — round brackets also hold the policy's own asides ("(Parents to add their child's name on
  // the form)" in a sentence), so never in running text.
  {
    re: new RegExp(
      String.raw`(?<![\w)])\([^\S\n]*(${INSTRUCTED})[^\S\n]+to[^\S\n]+${INSTRUCTION_VERB}\b[^()\n]{0,80}\)`,
      "gu",
    ),
    kind: "placeholder",
    accept: (m) => inValueSlot(m) && instructionInBrackets(m),
    hint: new RegExp(String.raw`\([^)\n]{0,40}\sto\s+${INSTRUCTION_VERB}\b`, "i"),
  },
  // "Deputy lead: 〇〇 〇〇": Japanese placeholder circles ("〇〇", "○○", "●●", "××") for a name, where a value should
  // stand (`inValueSlot`) — one mark repeated, never a rating that mixes them ("●●●○○").
  {
    re: /(?<![〇○●×])([〇○●×])\1{1,3}(?:[ \u3000]\1{2,4})?(?![〇○●×])/gu,
    kind: "placeholder",
    accept: (m) => inValueSlot(m),
    hint: /[〇○●×]{2}/u,
  },
  // "Charity number: [to be confirmed]", "[à confirmer / to be confirmed]", "[TBC]": a bracket holding only words
  // that the value is still to come, in one language or two split by a slash, where a value should be — not a link's
  // words ("[to be confirmed](…)"), nor an event's date still to be fixed ("Dates of the 2027 regatta: [TBC]").
  // With when or by whom it is to be settled ("| February 2027 | [to be agreed at the January meeting] |") only where
  // a value stands (`inValueSlot`): in a sentence ("The rota is [to be agreed at the AGM] and …") it tells a plan.
  {
    re: new RegExp(
      String.raw`(?<![\w\]])\[[^\S\n]*(?:${OTHER_WORDS}[^\S\n]*\/[^\S\n]*)?${STILL_TO_COME}(?:[^\S\n]*\/[^\S\n]*${OTHER_WORDS})?(?<settled>[^\S\n]+(?:at|by|in|after|once|when|following|before)[^\S\n]+[^\[\]\n]{1,60})?[^\S\n]*\](?![([:{])`,
      "giu",
    ),
    kind: "placeholder",
    accept: (m) => !eventDetail(m) && !eventCell(m) && (!m.groups?.settled || inValueSlot(m)),
    hint: /to\s+(?:be|follow)\b|\bTB[CAD]\b/i,
  },
  // "| Mrs Ada Brandt | [to be completed by the academy] |": a bracket saying the value is still to be filled in,
  // alone where a value stands (`inValueSlot`) — not the same words telling a plan in a sentence.
  {
    re: /(?<![\w\]])\[[^\S\n]*to[^\S\n]+be[^\S\n]+(?:completed|filled[^\S\n]+in)(?:[^\S\n]+by[^\S\n]+[^[\]\n]{1,60})?[^\S\n]*\](?![([:{])/giu,
    kind: "placeholder",
    accept: (m) => !eventDetail(m) && !eventCell(m) && inValueSlot(m),
    hint: /to\s+be\s+(?:completed|filled)\b/i,
  },
  // "[translation to follow]", "[Welsh version to come]", Welsh "[cyfieithiad i ddilyn]", "[Polish translation to
  // follow / tłumaczenie wkrótce]": a bilingual policy's paragraph left untranslated, a note where the other
  // language's words should stand — the language's name (one word, any language) before it, and the same note in the
  // other language after a slash (whatever its script). The bracket opens with the note, or with one slash's words
  // before it; never a link's words.
  {
    re: /(?<![\w\]])\[[^\S\n]*(?:[^[\]/\n]{1,80}\/[^\S\n]*)?(?:\p{L}+[^\S\n]+)?(?:translation|version|text|wording|cyfieithiad|fersiwn|testun)[^\S\n]+(?:to[^\S\n]+(?:follow|come)|to[^\S\n]+be[^\S\n]+(?:added|confirmed)|i[^\S\n]+ddilyn|i[^\S\n]+ddod)(?:[^\S\n]*\/[^[\]/\n]{1,80})?[^\S\n]*\](?![([:{])/giu,
    kind: "placeholder",
    hint: /(?:translation|version|text|wording|cyfieithiad|fersiwn|testun)[^\S\n]+(?:to[^\S\n]+(?:follow|come|be)|i[^\S\n]+dd)/i,
  },
  // "Summer days are held at [HALL ADDRESS – tbc]": a value's name in square capitals with words that it is still to
  // come after a dash or comma, in one bracket — one placeholder, the bracket, not its "tbc" alone.
  {
    re: new RegExp(
      String.raw`(?<![\w\]])\[[^\S\n]*([A-Z0-9][A-Z0-9 /&'’.]*[A-Z0-9.])[^\S\n]*[,–—-][^\S\n]*${STILL_TO_COME}[^\S\n]*\](?![([:{])`,
      "giu",
    ),
    kind: "placeholder",
    accept: (m) =>
      /^[^\p{Ll}]+$/u.test(m[1]) && (fillInCaps(m[1]) || SETTING_ALONE.test(m[1]) || VALUE_NAME.test(m[1])),
    hint: /to\s+(?:be|follow)\b|\bTB[CAD]\b/i,
  },
  // "Checks go through [umbrella body]", "the store at [address of the store]": a kind of value described in lower
  // case in square brackets where the value should stand (`valueInBrackets`).
  {
    re: new RegExp(String.raw`(?<![\w\]\[^])\[[^\S\n]*(${VALUE_PHRASE})[^\S\n]*\](?![([:{\]])`, "gu"),
    kind: "placeholder",
    accept: valueInBrackets,
    hint: /\[[^\S\n]*\p{L}/u,
  },
  // "| Deputy Lead | A. N. Other |": the stock name a template gives for a person, where a name should be — not an
  // example of how to write one ("(e.g. A. N. Other)").
  {
    re: /\bA(?:\.[^\S\n]?|[^\S\n])N\.?[^\S\n]Other\b/g,
    kind: "placeholder",
    accept: (m) =>
      !/\b(?:e\.g\.?|eg|for\s+example|for\s+instance|such\s+as|like)[\s,:(]*(?:Mr|Mrs|Ms|Dr|Mx)?\.?\s*$/i.test(
        lineBefore(m),
      ),
    hint: /N\.?[^\S\n]Other\b/,
  },
  // "(company number [●])", "Registered office: [•]": a legal drafter's bullet in square brackets, left where the value
  // goes — with the words just before it that name the value, when they do. (A form's empty tick box "[ ]" is left to
  // the form.)
  {
    re: /(?<![\p{L}\d'’-])(?:(?:[\p{L}'’-]+[^\S\n]+){0,2}(?:numbers?|no\.|names?|address(?:es)?|office|postcode|dates?|reference|URN|e-?mail|telephone|phone|mobile)[^\S\n]*:?[^\S\n]*)?(?<![\w\]])\[[^\S\n]*[●•⚫⬤][^\S\n]*\](?![([:{])/giu,
    kind: "mark",
    hint: /[●•⚫⬤]/u,
  },
  // "(postcode HM4 XXX)", "BT## ###": a postcode whose last part (a digit and two letters) is X's or hashes — one
  // placeholder, the postcode; hashes may stand for its district's digits too. Never X's after a digit ("HM7 4XX"
  // may be a real postcode).
  {
    re: /(?<![\w@.#])[A-Z]{1,2}(?:\d[A-Z\d#]?|##?)[ \u00a0](?:XXX|xxx|###)(?![\w@#])/g,
    kind: "postcode",
    hint: /[\d#][A-Z#]?[ \u00a0](?:XXX|xxx|###)/,
  },
  // "Tel: TBC", "Online safety lead: TBA" — not an event's date still to be fixed ("Open morning: date TBC"). And a
  // spreadsheet's error value exported where a value should be ("Approved by: #N/A", "| Owner | #REF! |"), only where
  // a value stands (`inValueSlot`): "a cell showing #N/A means …" talks about it.
  {
    re: /\b(?:TBC|TBA|TBD|tbc|tba|tbd)\b|(?<![\w#])#(?<error>N\/A|REF!|VALUE!|NAME\?|DIV\/0!)(?![\w/])/g,
    kind: "placeholder",
    accept: (m) =>
      m.groups?.error
        ? inValueSlot(m)
        : !eventDetail(m) && !eventCell(m) && !renewalCell(m) && !mentionedAsWord(m),
    context: fieldWithValue,
  },
  // "(policy number: to add)", "Charity number: to add" — a field's whole value, in brackets or on its line
  {
    re: /(?<=:[^\S\n]*)\bto (?:add|be added|come)\b(?=[^\S\n]*(?:\)|\.?[^\S\n]*$))/gm,
    kind: "placeholder",
    accept: (m) =>
      /^(?:[^\n:(]*\()?[^\n:()]{1,40}:\s*$/.test(
        lineBefore(m)
          .split(/[.;!?]\s/)
          .at(-1) ?? "",
      ),
    hint: /:\s*to (?:add|be added|come)\b/,
  },
  // "Deputy Welfare Officer: to be confirmed" — a field's whole value. Not "West: to be appointed": a post nobody
  // holds yet, like "vacant" (deputy-missing and lead-missing say so), not a value left unwritten.
  {
    re: /\b[Tt]o be (?:confirmed|announced|decided|determined)\b/g,
    kind: "placeholder",
    accept: (m) => labelValue(m) && !eventDetail(m),
    hint: /to be (?:confirmed|announced|decided|determined)/i,
    context: fieldWithValue,
  },
  // "LADO: to be appointed", "Police liaison officer: to be appointed": a post outside the setting that always has a
  // holder — the template's value left unwritten (a post of the setting's own "to be appointed" is vacant, above).
  {
    re: /\b[Tt]o be appointed\b/g,
    kind: "placeholder",
    accept: (m) => labelValue(m) && !eventDetail(m) && outsidePost(lineBefore(m)),
    hint: /to be appointed/i,
    context: fieldWithValue,
  },
  // "(phone to follow)", "(email address to come)", "(contact details to be confirmed)", "(name to be added)": a
  // contact detail or a person's name promised in brackets where it should stand. Not a date or other details to
  // follow ("(date to follow)" after a course is an undated training record; "(details to follow)" after an event is
  // the event's plan), nor a name described ("(name to be added to the register)": the bracket ends at the promise).
  // In square brackets too, and with who is to supply it: "[number to be confirmed by IT]".
  {
    // Two items together ("(name and number to come)"), and in square brackets after whose they are: "[new starter –
    // name and photo to come]".
    re: new RegExp(
      String.raw`(?:\(${PROMISED_CONTACT}\)|\[(?:[\p{L}'’]+(?:[^\S\n]+[\p{L}'’]+){0,3}[^\S\n]+[–—-][^\S\n]+)?${PROMISED_CONTACT}\])`,
      "giu",
    ),
    kind: "placeholder",
    hint: /to\s+(?:follow|come|be)\b/i,
  },
  // "mobile (Gwen to add)", "phone (Chair to confirm)": a contact detail that someone named is still to supply, in
  // brackets where it should stand — not a task for them in brackets elsewhere ("(Bryn to add the warm-up games)").
  {
    re: /\((?<=\b(?:[Mm]obile|[Pp]hone|[Tt]elephone|[Tt]el\.?|[Nn]umber|[Ee]-?mail(?:\s+address)?|[Aa]ddress)[^\S\n]*:?[^\S\n]*\()(?:the[^\S\n]+)?\p{Lu}[\p{L}'’-]*(?:[^\S\n]+\p{Lu}[\p{L}'’-]*)?[^\S\n]+to[^\S\n]+(?:add|confirm|send|check|provide|supply|fill[^\S\n]+in|update)\)/gu,
    kind: "placeholder",
    hint: /\bto\s+(?:add|confirm|send|check|provide|supply|fill\s+in|update)\)/,
  },
  // "Lorem ipsum dolor sit amet, …": the template's filler paragraph, left in (not a sentence about "lorem ipsum").
  { re: /\b[Ll]orem ipsum dolor(?: sit amet)?\b/g, kind: "placeholder", hint: /orem ipsum dolor/ },
  // "We train at Click or tap here to enter text. on …": the prompt of a Word form's content control, left where its
  // text or date should be — the prompt's own words and full stop, not a sentence about a web page's button.
  {
    re: /\bClick (?:or tap )?(?:here )?to enter (?:text|a date)\./g,
    kind: "placeholder",
    hint: /Click (?:or tap )?(?:here )?to enter/,
  },
  // "*On screen:* Click to add text": a slide's prompt ("Click to add title", "… subtitle", "… notes") left where its
  // words should be — the whole of what follows, not a sentence telling someone to click.
  {
    re: /\bClick to add (?:text|title|subtitle|notes)(?=[^\S\n]*(?:$|\|))/gm,
    kind: "placeholder",
    hint: /Click to add (?:text|title|subtitle|notes)/,
  },
  // "Sessions run at INSERT VENUE, and …": "INSERT" and a noun in capitals in a sentence written in ordinary case —
  // not a form's instruction written all in capitals ("PLEASE INSERT THE SHEET IN THE FOLDER").
  {
    re: /\bINSERT(?:[^\S\n]+[A-Z][A-Z'’-]+){1,3}\b/g,
    kind: "placeholder",
    accept: capitalsInSentence,
    hint: /INSERT\s+[A-Z]/,
  },
  // The template's guidance to whoever writes the policy, left in: "Delete this section if …", "Remove this text
  // before publishing", "Amend as appropriate", "Note to settings: …" — an instruction about the policy's own text
  // at the start of a sentence (not "staff must not delete this record", nor "delete the photos")
  {
    re: new RegExp(
      String.raw`\b(?:(?:please\s+)?(?:delete|remove)\s+(?:this|these|the\s+(?:following|above|below))\s+${TEXT_PART}\b|(?:please\s+)?(?:amend|adapt|edit|tailor|customi[sz]e|change|update)\s+(?:(?:this|these|the\s+following)\s+${TEXT_PART}\s+)?(?:as\s+(?:appropriate|necessary|required|needed|applicable)\b|to\s+(?:suit|fit|reflect)\s+(?:your|the)\s+(?:own\s+)?(?:setting|school|club|centre|center|nursery|group|organi[sz]ation|provision|circumstances|arrangements|needs)\b)|note\s+(?:to|for)\s+(?:settings|schools|clubs|nurseries|providers|centres|centers|groups|organi[sz]ations|academies|users|template\s+users|editors|authors|the\s+(?:author|editor|writer))\s*:)[^.!?\n\]]{0,200}[.!?]?`,
      "gi",
    ),
    kind: "guidance",
    accept: (m) => startsSentence(m) && /^[A-Z]/.test(m[0]),
    hint: /\b(?:delete|remove|amend|adapt|edit|tailor|customi[sz]e|change|update|note)\b/i,
  },
  // "[Guidance: …]", "(Template note: …)": a note to the writer in brackets
  {
    re: /[[(]\s*(?:guidance(?:\s+notes?)?|template\s+(?:guidance|notes?)|notes?\s+(?:to|for)\s+(?:the\s+)?(?:settings?|schools?|clubs?|author|editor|writer|users?)|editor['’]?s\s+notes?)\s*:[^\]()\n]{1,300}[\])]/gi,
    kind: "guidance",
    hint: /[[(]\s*(?:guidance|template|notes?\s+(?:to|for)|editor)/i,
  },
  // "FILL IN" as the value; not a form's instruction in capitals ("IF ACTION IS NEEDED, FILL IN THE BOX BELOW")
  {
    re: /(?<![A-Z][A-Z,]*\s+)\bFILL IN\b(?!\s+[A-Z]{2,})/g,
    kind: "placeholder",
    hint: /FILL IN/,
  },
  { re: /\{\{[^\n]*?\}\}|\{%[^\n]*?%\}/g, kind: "unfilled" },
  // "Staff briefing held on: DD/MM/YYYY", "last checked on dd/mm/yyyy": a date's format left where the date should
  // be, a field's value or after "on". Not words on how a date is written ("Dates are written DD/MM/YYYY", "Date
  // format: DD/MM/YYYY", a label's "(DD/MM/YYYY)"), and never on a form (`dateFormatOnForm`), where it says how to
  // fill the field in, as "Date: ______" is a form's blank.
  {
    re: DATE_FORMAT,
    kind: "placeholder",
    accept: dateFormatAsValue,
    field: () => true,
    hint: /dd[/.-]mm[/.-]yy/i,
  },
  // "Designated Safeguarding Lead training – date"
  {
    re: /(?<=\S)\s+[–—-]\s*(?:date|dd\/mm\/yy(?:yy)?)(?=\s*[.*|]*\s*$)/gim,
    kind: "date",
    hint: /[–—-]\s*(?:date|dd\/mm\/yy)/i,
  },
];

/** A mail-merge field never merged, and nothing else: "«Lead_Name»", "<<Date>>". */
const MERGE_FIELD = /^(?:\\?<\\?<[^<>\n]{1,60}?\\?>\\?>|«[^«»\n]{1,60}»)$/;

export function findPlaceholders(text: string): Placeholder[] {
  const found: Placeholder[] = [];
  for (const { re, kind, accept, hint, field, context } of PATTERNS) {
    if (hint && !hint.test(text)) continue;
    for (const match of allMatches(re, text)) {
      if (accept && !accept(match)) continue;
      if (kind === "placeholder" && PERSON_SERVED_NAME.test(match[0]) && inExample(match)) continue;
      let offset = match.index ?? 0;
      let value = match[0];
      if (kind === "date") {
        const trimmed = value.trimStart();
        offset += value.length - trimmed.length;
        value = trimmed;
      }
      const placeholder: Placeholder = { offset, endOffset: offset + value.length, text: value, kind };
      if (field?.(match)) placeholder.field = true;
      const around = context?.(match);
      if (around) placeholder.context = around;
      found.push(placeholder);
    }
  }
  found.sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
  // Keep the outermost of overlapping matches: "[insert name (NAME)]" is one placeholder.
  const kept: Placeholder[] = [];
  for (const p of found) {
    const last = kept[kept.length - 1];
    if (last && p.offset < last.endOffset) continue;
    // "| «Lead_Name» | «Lead_Role» |": mail-merge fields side by side in a row are one placeholder, the fields together.
    if (
      last &&
      MERGE_FIELD.test(last.text) &&
      MERGE_FIELD.test(p.text) &&
      /^[^\S\n]*\|?[^\S\n]*$/.test(text.slice(last.endOffset, p.offset))
    ) {
      last.endOffset = p.endOffset;
      last.text = text.slice(last.offset, p.endOffset);
      continue;
    }
    kept.push(p);
  }
  return kept;
}

/** Words a sentence's blank can follow: "reported to the ______ Welfare Officer", "Our DSL is ______." */
const BEFORE_BLANK =
  /(?:^|[\s(])(?:the|a|an|to|at|of|by|from|with|our|your|their|contact|call|ring|is|are|named|called|and|or|on|in|for)\s*$/i;
/** "Mr/Mrs/Ms" before a blank: the name was never written in. */
const TITLE_CHOICE = /\b(?:Mr|Mrs|Ms|Miss|Dr|Mx)(?:\s*\/\s*(?:Mr|Mrs|Ms|Miss|Dr|Mx))+\.?\s*$/;
/** One title before empty brackets: "Cllr [          ]", "Mrs [        ]" — a name never written in. */
const TITLE_BEFORE_BRACKETS = /\b(?:Mr|Mrs|Ms|Miss|Dr|Mx|Cllr|Councillor|Rev|Revd|Father|Sister)\.?\s*$/;
/** A blank to fill in: underscores, dot leaders or ellipses. */
const BLANK_RUN = /_{3,}|(?:\\_){3,}|(?:\.[^\S\n]?){4,}|(?:…[^\S\n]?){2,}|\[[ \u00a0]{3,}\]/g;
/**
 * A club name simply missing before a role: "the   Welfare Officer" (Markdown and text keep spaces; HTML keeps
 * only &nbsp;). Only before a role's words, so two columns of a table laid out with spaces are not read as one.
 */
const SPACE_GAP =
  /(?<=\b(?:the|our|your))(?: {3,}|[ \u00a0]*\u00a0[ \u00a0]*)(?=(?:(?:Club|Designated|Deputy|Named|Lead|Senior)\s+)?(?:Welfare|Safeguarding|Child\s+Protection|Designated|Lead|Chair|Committee|Manager|Co-?ordinator|Officer|Secretary|Head|Leader|Coach)\b)/g;
/** A table row that is a field's label and nothing more: "| Passed to (name): |", "| Date seen: | |". */
const FIELD_ROW = /^[^\S\n]*\|[^|\n]*[\p{L})][*_]*[^\S\n]*:[*_]*[^\S\n]*(?:\|[^\S\n]*)+$/u;

/** A form's line (or row) of blanks to sign: "Signed: ________ Print name: ________ Date: ______". */
const SIGNATURE_ROW =
  /^[^\S\n]*\|?(?:[^\S\n]*[\p{L}'’()/ -]{1,30}:?[^\S\n]*(?:_{3,}|(?:\.[^\S\n]?){4,}|(?:…[^\S\n]?){2,}))+[^\S\n]*\|?[^\S\n]*$/u;
/** A row of blanks to sign, read only on a short line (a long one is no form's row). */
const signatureRow = (text: string) => text.length <= 200 && SIGNATURE_ROW.test(text);
/** A PDF's line that is a short field's label and nothing more: "Action taken:", "Passed to (name):". */
const FIELD_LINE = /^[^\S\n]*[^|\n]{0,80}[\p{L})][*_]*[^\S\n]*:[^\S\n]*$/u;
/** How many field lines in a row make a form of a PDF's text. */
const FIELD_LINES = 3;

/**
 * Whether the offset is on a table that is a form, whatever its heading: every row under its header a field's label
 * with its answer left empty ("| Child's name: |", "| What was seen: |", "| Passed to (name): |"), three rows or more,
 * and perhaps a row of blanks to sign. Lines with no pipes are such a table only when they say so: a run of three
 * field lines under a line that names a form (`saysForm`), or — in a PDF or plain text, where pdftotext and Word's
 * "save as text" drop a table's pipes — a run with a form's own fields ("Child's name:", "Date of birth:",
 * "Signed:"). A run of people to contact ("Chair of the committee (name):", "Out of hours, ring (name):") under
 * "Who to contact" is the policy's own list with the names left out, in every format.
 */
function inFieldTable(text: string, offset: number, plainText: boolean): boolean {
  const lines = splitLines(text);
  const startsRow = (i: number) => /^\s*\|/.test(lines[i]?.text ?? "");
  const at = lineAt(lines, offset);
  if (!startsRow(at)) {
    const run = fieldLinesRun(lines, at);
    if (!run) return false;
    const labels = lines
      .slice(run[0], run[1] + 1)
      .map((l) => l.text)
      .filter((l) => FIELD_LINE.test(l));
    return saysForm(lines, run[0], labels) || (plainText && labels.some((l) => FORM_FIELD.test(l)));
  }
  let first = at;
  while (first > 0 && startsRow(first - 1)) first--;
  let last = at;
  while (last + 1 < lines.length && startsRow(last + 1)) last++;
  const rows = lines.slice(first, last + 1).map((l) => l.text);
  const separator = rows.findIndex((r) => isTableSeparatorText(r));
  const body = separator >= 0 ? rows.slice(separator + 1) : rows;
  const fields = body.filter((r) => FIELD_ROW.test(r)).length;
  return fields >= 3 && body.every((r) => FIELD_ROW.test(r) || signatureRow(r));
}

/**
 * The first and last lines of the run of field labels with nothing after them (as a PDF prints a form's table) that
 * the line is one of, or undefined when it is in no such run.
 */
function fieldLinesRun(lines: ReturnType<typeof splitLines>, at: number): [number, number] | undefined {
  const field = (i: number) => FIELD_LINE.test(lines[i]?.text ?? "");
  const part = (i: number) => field(i) || signatureRow(lines[i]?.text ?? "");
  if (!field(at)) return undefined;
  let fields = 0;
  let first = at;
  for (let i = at; i >= 0 && part(i); i--) {
    if (field(i)) fields++;
    first = i;
  }
  let last = at;
  for (let i = at + 1; i < lines.length && part(i); i++) {
    if (field(i)) fields++;
    last = i;
  }
  return fields >= FIELD_LINES ? [first, last] : undefined;
}

/**
 * A form's own field, which no list of contacts has: the child's name or date of birth, a signature, what happened,
 * what was done ("Child (name):", "Young person's name:", "Date of birth:", "Signed:", "Action taken:").
 */
const FORM_FIELD =
  /^[^\S\n]*[*_]*(?:(?:the|a)\s+)?(?:child|young\s+person|pupil|student|learner|player|participant)(?:['’]s)?\b(?!\s+(?:protection|services|social|safeguarding)\b)|\b(?:(?:child|young\s+person|pupil)['’]s\s+(?:full\s+)?name|name\s+of\s+(?:the\s+)?(?:child|young\s+person|pupil)|date\s+of\s+birth|d\.?o\.?b|signed|signature|print(?:ed)?\s+name|injur(?:y|ies)|what\s+(?:happened|was\s+(?:said|seen|heard))|action\s+taken)\b/i;
/**
 * The policy's own sign-off, not a form's line to sign: "Signed on behalf of the committee (Chair): ……… Date: ……",
 * "Signed (Chair of Trustees): ………", "Signature on behalf of the governors: ………". It signs the policy, so the blanks
 * above it are the policy's own details left unfilled, not a form's fields.
 */
const POLICY_SIGN_OFF =
  /\b(?:signed|signature)\b[^\n:…_]{0,60}?(?:\bon\s+behalf\s+of\b|\b(?:chair(?:person|man|woman)?|committee|trustees?|governors?|governing\s+body|board)\b)/i;
/**
 * A field's label that names a person or a number to contact: a list of the setting's contacts ("Chair of the
 * committee (name):", "Children's services front door (number):", "Out of hours, ring (name):").
 */
const CONTACT_FIELD =
  /\b(?:chair(?:person|man|woman)?|leads?|leaders?|officers?|DSLs?|DDSLs?|deputy|deputies|managers?|head|co-?ordinators?|secretary|trustees?|president|contacts?|ring|call|phone|telephone|tel|mobile|numbers?|e-?mail|helpline|front\s+door|out\s+of\s+hours|police|LADO|social\s+(?:care|services|workers?)|NSPCC|Childline)\b/i;
/**
 * A line's words that name a form to fill in — a noun phrase, the form's title: "… form", "Record of a concern",
 * "Incident log", "Concern record", "Record sheet", "Body map", "Checklist". Not the verb ("record it and
 * contact:"), nor words a policy's own lists are headed with too ("agreement", "consent", "contacts sheet", "return").
 */
const FORM_TITLE =
  /\bforms?\b(?!\s+(?:part|of)\b)|^(?:(?:appendix|annex|part|section)\s+[\w.]+\s*[:.–—-]?\s*)?(?:\d+[.)]?\s+)?(?:(?:a|an|the)\s+)?(?:record|log)s?\s+of\b|\b(?:record|log)s?\s+(?:sheet|book|card)s?\b|\b(?!(?:please|and|then|to|or|must|should|will|always|we|you|staff|also|a|an|the|this|that|your|our|their|its|keep|make|write|on|in)\s)[\p{L}'’-]+\s+(?:record|log)s?[*_]*\s*(?:[:(–—-]|$)|\b(?:template|checklist|pro-?forma|body\s+map|declaration|sign-off|slip|signatures?)s?\b|\b(?:sign(?:ing)?[- ]?(?:in|out)|register|referral|incident|attendance)\s+sheets?\b/iu;
/** A short line (or heading) that says what follows is a form: "Record of a concern (please complete …)". */
const FORM_SIGN_LINE = 100;
/**
 * Whether the line (or heading) just above a run of field lines says the run is a form to fill in: it names a form
 * (`FORM_TITLE`), or asks for it to be filled in ("please complete", "fill in") — unless every label of the run is
 * a person or number to contact, which is the policy's own list left for the setting to complete.
 */
function saysForm(lines: ReturnType<typeof splitLines>, first: number, labels: string[]): boolean {
  let i = first - 1;
  while (i >= 0 && (lines[i]?.text ?? "").trim() === "") i--;
  const above = (lines[i]?.text ?? "")
    .replace(/^\s*#{1,6}\s+/, "")
    .replace(/[*_]{2}/g, "")
    .trim();
  if (above === "" || above.length > FORM_SIGN_LINE) return false;
  if (FORM_TITLE.test(above)) return true;
  return (
    /\b(?:please\s+(?:complete|fill)|fill\s+in)\b/i.test(above) && !labels.every((l) => CONTACT_FIELD.test(l))
  );
}

/** Headings of the parts of a policy that are forms to print and fill in by hand. */
const FORM_HEADING =
  /\b(?:form|record(?!\s+keeping)|log|template|checklist|pro-?forma|declaration|agreement|consent|body\s+map|signature|sign-off|sheet|slip|return)s?\b/i;
/**
 * Headings of a form's parts whose field labels ("Referred by (name): ____", "Passed to the CWPO on (date): ……") are
 * filled in by hand: a referral, or recording a concern ("Appendix 2 – Recording a concern").
 */
const FIELD_FORM_HEADING =
  /\breferrals?\b|\brecording\s+(?:(?:a|an|any|the|your)\s+)?(?:concerns?|disclosures?|incidents?)\b/i;

/**
 * Blanks left in the policy's running text: a club's or person's name never written in. A blank on a form
 * (a table, a line under a form's heading, "Signed ______ Date ______", a section full of such lines) is
 * meant to be filled in on paper, and is left alone.
 */
export function findBlanks(document: SourceDocument): Placeholder[] {
  return readSections(document).blanks;
}

/** The blanks in running text, and where the forms are: sections under a form's heading or full of form lines. */
function readSections(document: SourceDocument): {
  blanks: Placeholder[];
  forms: Array<[number, number]>;
  /** The sections under a form's (or a referral's) heading. */
  headed: Array<[number, number]>;
  /**
   * The sections with two lines or more of fields to fill in, a date's format counted as a blank ("Name: ______",
   * "Date: DD/MM/YYYY").
   */
  fielded: Array<[number, number]>;
  /**
   * The sections a form's blanks make a form (two lines of fields or more) with a form's own field among them — a
   * line to sign, what happened, the action taken ("Signed (Trip Leader): ……… Date: ……"), which no list of the
   * policy's contacts left unfilled has.
   */
  signed: Array<[number, number]>;
} {
  const { lines } = analyse(document);
  const plainText = document.format === "pdf" || document.format === "txt";
  const found: Placeholder[] = [];
  const forms: Array<[number, number]> = [];
  const headed: Array<[number, number]> = [];
  const fielded: Array<[number, number]> = [];
  const signed: Array<[number, number]> = [];
  let section: Placeholder[] = [];
  let sectionStart = 0;
  let sectionIsForm = false;
  let sectionHasFields = false;
  let formLines = 0;
  let fieldLines = 0;
  let ownFieldLines = 0;
  const closeSection = (end: number) => {
    if (sectionIsForm || sectionHasFields) headed.push([sectionStart, end]);
    if (!sectionIsForm && formLines < 2) found.push(...section);
    else forms.push([sectionStart, end]);
    if (fieldLines >= 2) fielded.push([sectionStart, end]);
    if (formLines >= 2 && ownFieldLines > 0) signed.push([sectionStart, end]);
    section = [];
    formLines = 0;
    fieldLines = 0;
    ownFieldLines = 0;
  };
  // A PDF's headings as its reader found them (by type size and weight), with all their words: "Atodiad 1 /
  // Appendix 1 – Record of concern" starts with neither a number nor "Appendix", and may wrap.
  const pdfHeadings = new Map<number, string>();
  if (document.format === "pdf")
    for (const b of document.blocks ?? [])
      if (b.kind === "heading" && b.region === undefined && b.place.region === undefined)
        pdfHeadings.set(b.offset, document.text.slice(b.offset, b.endOffset));
  for (const line of lines) {
    const blockHeading = pdfHeadings.get(line.offset);
    const heading =
      isMarkdownHeading(line) || (plainText && isPlainHeading(line)) || blockHeading !== undefined;
    if (heading || /^\s*(?:(?:\*\*|__)\s*)?(?:appendix|annex)\b/i.test(line.text)) {
      closeSection(line.offset);
      sectionStart = line.offset;
      sectionIsForm = FORM_HEADING.test(blockHeading ?? line.text);
      sectionHasFields = FIELD_FORM_HEADING.test(blockHeading ?? line.text);
      continue;
    }
    if (isTableRow(line)) continue;
    const { running, formLike } = blanksIn(line.text, line.offset, document);
    if (formLike) formLines++;
    if (formLike && FORM_FIELD.test(line.text) && !POLICY_SIGN_OFF.test(line.text)) ownFieldLines++;
    if (formLike || hasDateFormat(line.text)) fieldLines++;
    section.push(...running);
  }
  closeSection(document.text.length);
  return { blanks: found, forms, headed, fielded, signed };
}

/**
 * The policy's own next review as a field's label with only a blank after it, on its line or in the next cell: "|
 * Next review: | ______ |", "Date of next review: __________", "Review due ………".
 */
const REVIEW_BLANK =
  /^[^\S\n]*\|?[^\S\n]*[*_]*(?:date\s+of\s+(?:the\s+)?next\s+(?:policy\s+)?review|(?:next\s+)?(?:policy\s+)?review(?:\s+date|\s+due(?:\s+date)?)?)[*_]*[^\S\n]*:?[*_]*[^\S\n]*\|?[^\S\n]*(?:_{3,}|(?:\\_){3,}|(?:\.[^\S\n]?){4,}|(?:…[^\S\n]?){2,})[^\S\n]*\|?[^\S\n]*$/i;
/** A field of the policy's approval: "| Date agreed by the committee: | …", "Adopted by the trustees: …". */
const APPROVAL_FIELD =
  /^[^\S\n]*\|?[^\S\n]*[*_]*[^|:\n]{0,40}\b(?:adopted|approved|agreed|ratified|signed\s+off|accepted)\b/i;
/** A form's check box, ticked or not. */
const CHECK_BOX = /[☐☑☒□]/u;
/** How many lines with words on them, each way, a blank review's approval date may stand from it off a table. */
const BESIDE_LINES = 3;

/**
 * The policy's own next review left blank beside its approval date, filled in: "| Policy adopted by the committee: |
 * 19/03/2026 |" then "| Next review: | ______ |" in a details table, or the same on field lines a few lines apart.
 * The date beside it says the details are the policy's own, filled in, not a form's fields to fill in on paper — a
 * form's blanks stand beside other blanks ("Date agreed: ______"). Never under a form's heading.
 */
function findBlankReviews(
  document: SourceDocument,
  sections: { forms: Array<[number, number]>; headed: Array<[number, number]> },
): Placeholder[] {
  if (!/review/i.test(document.text)) return [];
  const { lines } = analyse(document);
  const found: Placeholder[] = [];
  const filledApproval = (i: number) => {
    const text = lines[i]?.text ?? "";
    return APPROVAL_FIELD.test(text) && !HAS_LINE_BLANK.test(text) && findDates(text).length > 0;
  };
  const boundary = (i: number) =>
    isMarkdownHeading(lines[i]) || (!isTableRow(lines[i]) && isPlainHeading(lines[i]));
  for (const line of lines) {
    if (!REVIEW_BLANK.test(line.text)) continue;
    const inForm = ([from, to]: [number, number]) => line.offset >= from && line.offset < to;
    if (sections.forms.some(inForm) || sections.headed.some(inForm)) continue;
    // The lines beside it: its table's rows, or a few lines with words each way, up to a heading.
    const beside: number[] = [];
    if (isTableRow(line)) {
      for (let i = line.index - 1; i >= 0 && isTableRow(lines[i]); i--) beside.push(i);
      for (let i = line.index + 1; i < lines.length && isTableRow(lines[i]); i++) beside.push(i);
    } else
      for (const step of [-1, 1]) {
        let worded = 0;
        for (let i = line.index + step; i >= 0 && i < lines.length; i += step) {
          if (boundary(i)) break;
          if (lines[i].text.trim() === "") continue;
          if (++worded > BESIDE_LINES) break;
          beside.push(i);
        }
      }
    // A check box beside it ("☒ Owner ☐ Committee"): the details are a form to tick and fill in by hand. (The
    // reading text hides the boxes not ticked; the written text, at the same offsets, has them.)
    const ticks = (i: number) => CHECK_BOX.test(document.text.slice(lines[i].offset, lines[i].endOffset));
    if (!beside.some(filledApproval) || beside.some(ticks)) continue;
    const start = line.text.search(/[^\s|*_]/);
    const label =
      /^[^:|]*?(?=[*_]*[^\S\n]*(?::|\||_{3}|\\_|\.{2}|…))/.exec(line.text.slice(start))?.[0].trim() ?? "";
    const blank = /_{3,}|(?:\\_){3,}|(?:\.[^\S\n]?){4,}|(?:…[^\S\n]?){2,}/.exec(line.text);
    if (!blank) continue;
    const end = (blank.index ?? 0) + blank[0].length;
    found.push({
      offset: line.offset + start,
      endOffset: line.offset + end,
      text: line.text.slice(start, end),
      kind: "blank",
      context: `${label}: ${blank[0].trim()}`,
    });
  }
  return found;
}

/**
 * The setting's own identifier as a field with only a blank after it, on its line or in the next cell: "Registered
 * charity number: ________", "Ofsted URN: ……", "| Company number | ______ |". A form's fields are filled in on paper;
 * an organisation's registered number is written into its policy once. Never under a form's heading.
 */
const BLANK_TO_FILL = String.raw`_{3,}|(?:\\_){3,}|(?:\.[^\S\n]?){4,}|(?:…[^\S\n]?){2,}`;
// No two runs of spaces (or of "*" and "_") meet with only optional marks between them, and every blank starts with
// a character that is no space: each run is read once, so "charity number" and 300,000 spaces stays linear.
const IDENTIFIER_BLANK = new RegExp(
  String.raw`^[^\S\n]*(?:\|[^\S\n]*)?[*_]{0,3}(${IDENTIFIER_LABEL})[*_]{0,3}(?:[^\S\n]*:)?[*_]{0,3}(?:[^\S\n]*\|)?[^\S\n]*(${BLANK_TO_FILL})[^\S\n]*(?:\|[^\S\n]*)?$`,
  "i",
);
/**
 * The same field inside a sentence, in brackets or between commas: "registered with Ofsted (Ofsted URN: ______) on
 * the Early Years Register", "Hollowmere Young Carers, charity number ……, is run by …", "(registered charity number
 * ............)" with any number of spaces before the blank.
 */
const IDENTIFIER_BLANK_INLINE = new RegExp(
  String.raw`[(,][^\S\n]{0,3}(${IDENTIFIER_LABEL})(?::[^\S\n]*|[^\S\n]+)(${BLANK_TO_FILL})[^\S\n]{0,3}(?=[),])`,
  "gi",
);

function findBlankIdentifiers(
  document: SourceDocument,
  sections: { forms: Array<[number, number]>; headed: Array<[number, number]> },
): Placeholder[] {
  if (!/number|URN/i.test(document.text)) return [];
  const found: Placeholder[] = [];
  for (const line of analyse(document).lines) {
    const inForm = ([from, to]: [number, number]) => line.offset >= from && line.offset < to;
    const whole = IDENTIFIER_BLANK.exec(line.text);
    for (const m of whole ? [whole] : allMatches(IDENTIFIER_BLANK_INLINE, line.text)) {
      if (sections.forms.some(inForm) || sections.headed.some(inForm)) break;
      const from = m.index ?? 0;
      const start = line.text.indexOf(m[1], from);
      const end = line.text.indexOf(m[2], start + m[1].length) + m[2].length;
      found.push({
        offset: line.offset + start,
        endOffset: line.offset + end,
        text: line.text.slice(start, end),
        kind: "blank",
        context: `${m[1].trim()}: ${m[2].trim()}`,
      });
    }
  }
  return found;
}

function blanksIn(
  written: string,
  base: number,
  document: SourceDocument,
): { running: Placeholder[]; formLike: boolean } {
  const { format } = document;
  // Read the line as shown ("Mr/Mrs \.\.\.\." is "Mr/Mrs ...."); offsets go back to the written text.
  const { text, at } = unescaped(written);
  const running: Placeholder[] = [];
  let formFields = 0;
  const runs = allMatches(BLANK_RUN, text);
  // "Mr [    ] Mrs [    ] Ms [    ]": boxes to tick, not a name left out — one box after one title only.
  const ticks = (text.match(/\[[ \u00a0]{3,}\]/g)?.length ?? 0) > 1;
  // Space gaps: only where spaces survive reading (Markdown, text) or were typed as non-breaking spaces;
  // never on a line laid out in columns.
  const gaps = format === "pdf" || /\S {3,}\S.* {3,}\S|\t/.test(text) ? [] : allMatches(SPACE_GAP, text);
  for (const m of [...runs, ...gaps]) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // The finders read a hard-wrapped paragraph as one line: a line break and the next line's indent are no blank.
    if (document.text.slice(base + at(start), base + at(end)).includes("\n")) continue;
    const before = text.slice(0, start);
    const after = text.slice(end);
    // The words just before the blank, a few and a thousand characters at most (the patterns below read back from the
    // blank; reading all the line before each blank on a long line of them read it again per blank).
    const words = wordsBefore(text, start, 16, Math.max(0, start - 1000));
    const nearFrom = words.at(-1)?.index ?? start;
    const near = text.slice(nearFrom, start);
    // "Deputy: Mr/Mrs ……………": a name left to fill in.
    const title =
      TITLE_CHOICE.exec(near) ?? (m[0].startsWith("[") && !ticks ? TITLE_BEFORE_BRACKETS.exec(near) : null);
    const titleChoice = title && { index: nearFrom + title.index, text: title[0] };
    // Dots straight after a word are an ellipsis ("and so on...."), not a blank.
    const ellipsis = /^[.…]/.test(m[0]) && start > 0 && /\S/.test(text[start - 1]);
    const sentence =
      !ellipsis &&
      (titleChoice !== null || BEFORE_BLANK.test(near)) &&
      // A sentence goes on after the blank ("Welfare Officer"), or ends with it ("is ______.").
      /^[^\S\n]*(?:[A-Za-z]|[.,;](?:\s|$)|$)/.test(after) &&
      !/^\s*(?:[-*+•]\s+)?(?:signed|signature|print(?:ed)?\s+name|name|date|position|role|tel|telephone|phone|email|address)\b/i.test(
        before,
      );
    if (!sentence) {
      // "Signed ______ Date ______", "Name: ______": a form's line (dot leaders with a page number are contents).
      if (!/^\s*\d+\s*$/.test(after)) formFields++;
      continue;
    }
    const wordAfter = /^\s*([A-Za-z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)/.exec(after)?.[1] ?? "";
    // "the yard is run by ______, who …": nothing after the blank says what goes there, so its clause's words
    // before it are quoted, to show where to write.
    const clause = !titleChoice && !wordAfter ? clauseBefore(words) : -1;
    const wordBefore = titleChoice
      ? titleChoice.text.trim()
      : clause >= 0
        ? before.slice(clause).trim().replace(/\s+/g, " ")
        : (words[0]?.text ?? "");
    const contextStart = titleChoice ? titleChoice.index : clause >= 0 ? clause : (words[0]?.index ?? -1);
    const contextEnd = end + (wordAfter ? after.indexOf(wordAfter) + wordAfter.length : 0);
    const blank = /^[\s\u00a0]+$/.test(m[0]) ? "…" : m[0].startsWith("[") ? "[…]" : m[0].trim();
    running.push({
      offset: base + at(contextStart),
      endOffset: base + at(contextEnd),
      text: written.slice(at(start), at(end)),
      kind: "blank",
      context: `${wordBefore} ${blank} ${wordAfter}`.trim(),
    });
  }
  // A line of a form's fields, each with its blank ("Name of child ____ Parent signature ____ Emergency contact
  // ____"): every blank on it is a field to fill in on paper, even one that reads like a sentence's.
  if (formFields >= 2) return { running: [], formLike: true };
  return { running, formLike: formFields > 0 };
}

/**
 * Where the clause before a blank starts, six words back at most: after a comma, a colon, a bracket, a dash or a
 * sentence's end ("When I am away at a show, the yard is run by " → "the yard is run by "). -1 when no word stands
 * before the blank in its clause. `words` are the words before the blank, the last first (`wordsBefore`).
 */
function clauseBefore(words: Word[]): number {
  let start = -1;
  for (const { text: word, index } of words.slice(0, 6)) {
    // The word ends the clause before ("show,", "1.", "Deputy:**") or is a list's marker ("-", "•").
    if (/[,;:.!?()|–—][*_]*$/.test(word) || /^(?:[-–—•*+>]|\d+[.)])$/.test(word)) break;
    start = index;
    // "(run by ______)": the bracket opens the clause.
    if (/^[*_]*[([]/.test(word)) break;
  }
  return start;
}

/** Markdown's escapes: a backslash before punctuation. */
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|<>~'"$%&,:;=?@^/])/g;

/**
 * The text as a reader sees it, Markdown's escapes dropped, and where each of its offsets lies in the written
 * text (`at(length)` is the written text's length, so an end offset maps too).
 */
export function unescaped(written: string): { text: string; at: (offset: number) => number } {
  if (!written.includes("\\")) return { text: written, at: (offset) => offset };
  const starts: number[] = [];
  let text = "";
  let from = 0;
  for (const m of allMatches(ESCAPE, written)) {
    const index = m.index ?? 0;
    for (let i = from; i < index; i++) starts.push(i);
    text += written.slice(from, index) + m[1];
    starts.push(index);
    from = index + 2;
  }
  for (let i = from; i < written.length; i++) starts.push(i);
  text += written.slice(from);
  return { text, at: (offset) => (offset >= starts.length ? written.length : starts[offset]) };
}

/** A placeholder for a date: "(insert date)", "[date]", "xx/xx/xxxx", "DD/MM/YYYY". */
const DATE_WORD = /\b(?:dates?|month|year)\b|^([x*#])\1\s?[/.-]|^dd[/.-]mm[/.-]yy/i;

/** Whether a line holds a date's format ("DD/MM/YYYY"). */
function hasDateFormat(text: string): boolean {
  DATE_FORMAT.lastIndex = 0;
  return DATE_FORMAT.test(text);
}

/** A field to fill in by hand besides a date's format on its line: a blank, a tick box, a time's "HH:MM". */
const OTHER_FIELD_ON_LINE =
  /_{3,}|(?:\\_){3,}|(?:\.[^\S\n]?){4,}|(?:…[^\S\n]?){2,}|\[[ \u00a0]{3,}\]|[☐☑☒□]|\bhh[:.]mm\b/i;

/** The words as a reader sees them: Markdown's escapes ("\\[insert name\\]", "\\_\\_\\_") dropped. */
function shown(text: string): string {
  return unescaped(text).text;
}

function advice(placeholder: Placeholder): string {
  const p = {
    ...placeholder,
    text: shown(placeholder.text),
    context: placeholder.context && shown(placeholder.context),
  };
  switch (p.kind) {
    case "blank":
      return `A blank was left where a name or detail should be ("${p.context}") — write it in`;
    case "unfilled":
      return `"${p.text}" is a template value that was never filled in — fill the template again, or write the real words in its place`;
    case "date":
      return `This line ends in "${p.text}" where a date should be — write the date in`;
    case "number":
      return `The phone number "${p.text}" is not finished — its ${p.text.includes("_") ? "blank stands" : `${p.text.includes("?") ? "question marks" : p.text.includes("#") ? "hashes" : "X's"} stand`} where digits should be: write in the whole number`;
    case "mark": {
      const mark = p.text.slice(p.text.indexOf("["));
      return mark === p.text
        ? `"${p.text}" is a drafter's mark left where a value should be — write the real value in, or delete it`
        : `"${p.text}": the drafter's mark "${mark}" stands where the value should be — write it in`;
    }
    case "postcode":
      return `The postcode "${p.text}" is not finished — ${p.text.includes("#") ? "its hashes stand where its characters should be" : "its X's stand where its last part should be"}: write in the whole postcode`;
    case "guidance":
      return `"${p.text}" is the template's guidance to whoever writes the policy, left in — act on it, then delete it`;
    default:
      if (/^[Xx]+(?:[ -][Xx]+)+$/.test(p.text) && p.text.replace(/[^Xx]/g, "").length >= 10)
        return `"${p.text}" stands where a phone number should be — write in the real number`;
      if (/^[A-Z]{0,3}\d+[Xx]{3,}$/.test(p.text))
        return `"${p.text}" is not finished — its X's stand where digits should be: write in the whole number`;
      // "PH/OP/____": a reference number's prefix with its digits left blank.
      if (/^[A-Z][A-Z0-9]*(?:[/-][A-Z0-9]+)*[/-]_{3,}$/.test(p.text))
        return `The number "${p.text}" is not finished — its blank stands where its digits should be: write in the whole number`;
      // "held on: DD/MM/YYYY": the format the date was to be written in, never the date.
      if (DATE_FORMAT_ALONE.test(p.text))
        return `"${p.text}" is a date's format left where the date should be — write the date in`;
      // "EY??????": a registration number's prefix with its digits left as question marks.
      if (/^[A-Z]{0,3}\d*\?{3,}$/.test(p.text) && !/^\?+$/.test(p.text))
        return `The number "${p.text}" is not finished — its question marks stand where its digits should be: write in the whole number`;
      if (/^\?+$/.test(p.text))
        return `"${p.text}" stands where a number or detail should be — write in the real one`;
      // "Deputy Welfare Lead: TBA": the field quoted with its value.
      if (p.context)
        return `"${p.context}" — "${p.text}" is a placeholder left where the value should be — write in the real details`;
      // A bracket wrapped over two lines ("[EVENTS" / "TEAM EMAIL]") is quoted on one.
      return `"${p.text.replace(/[^\S\n]*\n[^\S\n]*/g, " ")}" is a placeholder left over from the template — replace it with the real details, or delete it`;
  }
}

/**
 * A bracket glued to a code's letters or digits ("SC[number]", "NI[number]"): the placeholder as the reader sees
 * it, with the code. Only a template's bracket, not a word glued to an address ("safeguarding@[domain]").
 */
function withGluedCode(text: string, p: Placeholder): Placeholder {
  if (p.kind !== "placeholder" || !p.text.startsWith("[")) return p;
  const code = /(?<![\p{L}\d@.'’-])[\p{Lu}\d]{1,6}$/u.exec(text.slice(Math.max(0, p.offset - 7), p.offset));
  if (!code) return p;
  return { ...p, offset: p.offset - code[0].length, text: `${code[0]}${p.text}` };
}

/** A running header or footer is one short line. */
const RUNNING_LINE = 240;

/**
 * A PDF prints its page header and footer on every page ("© [Company Name] Ltd 2025" at the foot of each): one
 * placeholder, reported once, where it is first printed. The same line again on another page is that line; the
 * same line twice on one page is two lines of the policy's own.
 */
function runningLineOnce(document: SourceDocument): (p: Placeholder) => boolean {
  const pages = document.pages ?? [];
  if (pages.length < 2) return () => true;
  const { text } = document;
  const seen = new Map<string, number>();
  // The last page that starts at or before the offset (page starts are in order).
  const pageOf = (offset: number) => {
    let low = 0;
    let high = pages.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (pages[middle] <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  return (p) => {
    const start = text.lastIndexOf("\n", p.offset - 1) + 1;
    const newline = text.indexOf("\n", p.offset);
    const end = newline < 0 ? text.length : newline;
    if (end - start > RUNNING_LINE) return true;
    const line = text.slice(start, end).trim().replace(/\s+/g, " ");
    const key = `${p.text}\u0000${line}`;
    const page = pageOf(p.offset);
    const first = seen.get(key);
    if (first === undefined) {
      seen.set(key, page);
      return true;
    }
    return first === page;
  };
}

/**
 * An HTML comment in a Markdown file is never shown to a reader: a note to the writer, or a line only the Word copy
 * prints ("<!-- header: Draft v3 – Insert Month Agreed 2025 -->"). A placeholder inside one is not in the policy.
 */
function hiddenComments(document: SourceDocument): (p: Placeholder) => boolean {
  if (document.format !== "md" || !document.text.includes("<!--")) return () => false;
  const comments = htmlCommentRanges(document.text);
  return (p) => comments.some(([from, to]) => p.offset >= from && p.endOffset <= to);
}

export const rule: Rule = {
  meta: {
    id: "placeholder-text",
    description:
      'Finds words left over from a template: "(GROUP / ORGANISATION)" and other capitalised placeholders in brackets, "[insert name]", "<insert name>", a role in square brackets where a name should be ("[committee member]"), "(list training including dates)", "XXXX" and phone numbers with Xs for digits, "TBC" where a phone, a name or the policy\'s own date should be (not an event\'s "date TBC"), the template\'s guidance to the writer left in ("Delete this section if …", "Amend as appropriate"), unfilled {{ values }}, a training line ending "– date". Readers cannot act on a policy that still says TBC: write the real names, dates and numbers.',
    defaultSeverity: "error",
  },
  checkDocument(context) {
    // "Designated Lead training – date" on a person's training line, or "… holds the Level 3 course (insert
    // date)", is training-undated's (one finding per defect): a date left to fill in on a training record.
    const training = () => analyse(context.document).training;
    // Read as shown, Markdown's escapes dropped ("\[DATE\]", "\<\<Club Name\>\>"); offsets are the document's.
    // A PDF's table cell wrapped inside a bracket ("[to be completed by" / "the academy]") is read as the one cell.
    const source =
      context.document.format === "pdf"
        ? bracketsJoinedInCells(context.document.text, context.document.blocks)
        : context.document.text;
    const shownText = unescaped(source);
    const placeholders = findPlaceholders(shownText.text)
      .map((p) => {
        const offset = shownText.at(p.offset);
        const endOffset = shownText.at(p.endOffset);
        return { ...p, offset, endOffset, text: source.slice(offset, endOffset) };
      })
      .filter(
        (p) =>
          !(p.kind === "date" || DATE_WORD.test(shown(p.text))) ||
          !training().some(
            (t) =>
              p.offset >= t.offset &&
              p.offset < t.endOffset &&
              (p.kind === "date" || (t.datePlaceholder && !t.date)),
          ),
      );
    const sections = readSections(context.document);
    // "(delete as appropriate)" on a form is for whoever fills the form in.
    const onForm = (p: Placeholder) =>
      FORM_CHOICE.test(shown(p.text)) &&
      sections.forms.some(([from, to]) => p.offset >= from && p.offset < to);
    // "Date: DD/MM/YYYY" on a form filled in by hand says how to write the date in, as "Date: ______" is a form's
    // blank: on a line of other fields, in a section of fields, or in a section a form's lines make a form.
    const within =
      (p: Placeholder) =>
      ([from, to]: [number, number]) =>
        p.offset >= from && p.offset < to;
    const dateFormatOnForm = (p: Placeholder) => {
      if (p.kind !== "placeholder" || !DATE_FORMAT_ALONE.test(shown(p.text))) return false;
      const text = context.document.text;
      const lineStart = text.lastIndexOf("\n", p.offset - 1) + 1;
      const newline = text.indexOf("\n", p.endOffset);
      const line =
        text.slice(lineStart, p.offset) + text.slice(p.endOffset, newline < 0 ? text.length : newline);
      return (
        OTHER_FIELD_ON_LINE.test(line) ||
        hasDateFormat(line) ||
        sections.forms.some(within(p)) ||
        sections.fielded.some(within(p))
      );
    };
    // "Received by (name): ………" under a form's heading, or in a section of blanks with a line to sign ("Helpers
    // (names): ______" above "Signed (Trip Leader): ……… Date: ……"): a field filled in on paper.
    const fieldOnForm = (p: Placeholder) =>
      p.field === true &&
      (sections.headed.some(([from, to]) => p.offset >= from && p.offset < to) ||
        sections.signed.some(([from, to]) => p.offset >= from && p.offset < to) ||
        inFieldTable(
          context.document.text,
          p.offset,
          context.document.format === "pdf" || context.document.format === "txt",
        ));
    const blanks = [
      ...sections.blanks,
      ...findBlankReviews(context.document, sections),
      ...findBlankIdentifiers(context.document, sections).filter(
        (b) => !sections.blanks.some((o) => o.offset < b.endOffset && b.offset < o.endOffset),
      ),
    ].filter((b) => !placeholders.some((p) => p.offset < b.endOffset && b.offset < p.endOffset));
    const once = runningLineOnce(context.document);
    const hidden = hiddenComments(context.document);
    for (const p of [
      ...placeholders.filter((p) => !onForm(p) && !fieldOnForm(p) && !dateFormatOnForm(p)),
      ...blanks,
    ].sort((a, b) => a.offset - b.offset))
      if (once(p) && !hidden(p)) {
        const quoted = withGluedCode(context.document.text, p);
        reportAt(context, quoted.offset, quoted.endOffset, advice(quoted));
      }
  },
  checkSetting(context) {
    for (const [value, path] of stringsIn(context.setting)) {
      for (const p of findPlaceholders(value)) {
        context.report({
          message: `${formatPath(path)} contains ${p.kind === "unfilled" ? "an unfilled template value" : "a placeholder"}, "${p.text}" — write the real value in ${context.setting.source}`,
          path,
          excerpt: p.text,
          actual: value,
        });
      }
    }
  },
};
