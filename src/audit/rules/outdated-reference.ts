/** outdated-reference: laws, bodies, guidance and terms that have been replaced (data/outdated-references.yaml). */

import { joinPageCuts } from "../document/page-cuts.js";
import { referenceData } from "../reference-data.js";
import type { Rule, SourceDocument } from "../rule.js";
import { rejoinBrokenWords } from "../text/broken-words.js";
import { formatUk } from "../text/dates.js";
import { hideTrackedChangeMarks, htmlCommentRanges } from "../text/lines.js";
import { allMatches } from "../text/matches.js";
import { type ParagraphAt, pdfParagraphs } from "../text/paragraphs.js";
import { opensWithCommand } from "../text/tagger.js";
import { reportAt } from "./helpers.js";

export interface Edition {
  year: number;
  /** The day this edition came into force, YYYY-MM-DD. */
  from: string;
}

export interface OutdatedReference {
  id: string;
  /** The old words (or, with `editions`, leave it out and give `title`). */
  pattern?: string;
  /** Editions of guidance: the document's name; the rule adds the year in the shapes policies write it. */
  title?: string;
  editions?: Edition[];
  old: string;
  /** What to write instead; "{current}" stands for the year of the edition in force. */
  replaced_by: string;
  /** When it changed, in words (editions: worked out from `editions`). */
  since?: string;
  /** The same day as YYYY-MM-DD: before it the reference is still current. */
  from?: string;
  note: string;
  source: string;
  unless_nearby?: string;
  /**
   * The words straight after the reference (after its year, for an edition) that make it no reference: "EYFS 2024
   * profile results" is a cohort's profile. Only there — a year later in the sentence is another year's.
   */
  unless_next?: string;
  requires_nearby?: string;
  requires_in_document?: string;
  /** The entry does not apply to a document that has these words anywhere (a policy written for Wales). */
  unless_in_document?: string;
  case_sensitive?: boolean;
  wrong_name?: boolean;
  /**
   * Editions: a devolved nation's own guidance, whose government may stand as its publisher ("(Scottish Government,
   * 2014)"). Without it the guidance is the UK government's, and a devolved publisher names another document.
   */
  nation?: "scotland" | "wales" | "northern-ireland";
  /**
   * What replaced it, as a pattern ("DBS|Disclosure and Barring Service"): a sentence that names both and tells the
   * change ("the DBS took over this work from the CRB in 2012") gives the old name as history.
   */
  current_name?: string;
  /** A word or phrase, not a body, law or guidance: inside a statute's or publication's title it is the title's. */
  term?: boolean;
  /**
   * The id of the outdated guidance whose own word this term is ("vulnerable adults" of No Secrets): in a document
   * found to follow that guidance, its finding covers the term — one finding, not two for one change.
   */
  covered_by?: string;
}

interface Compiled extends OutdatedReference {
  re: RegExp;
  /**
   * An edition's title alone: every match of `re` holds it, so a document without it has no match. Tried first
   * because the title alone is read many times faster than `re`, whose publisher and year come before the title.
   */
  titleOnly?: RegExp;
  currentName?: RegExp;
  nearby?: RegExp;
  next?: RegExp;
  required?: RegExp;
  inDocument?: RegExp;
  notInDocument?: RegExp;
}

const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`;
/**
 * Who published the guidance, written between its title and its year ("(DfE, 2019)", "(Scottish Government,
 * 2014)"): the UK government's departments, and a devolved government for its own nation's guidance only —
 * "Working Together (Welsh Government, 2018)" is Wales's Working Together to Safeguard People, not England's.
 */
const UK_PUBLISHER = String.raw`DfE|DfES|DCSF|DoH|HMG|HM\s+Government|Home\s+Office|Department\s+(?:for|of)\s+(?:Education|Health)`;
type Nation = NonNullable<OutdatedReference["nation"]>;
const DEVOLVED_PUBLISHER: Record<Nation, string> = {
  scotland: String.raw`Scottish\s+(?:Government|Executive)`,
  wales: String.raw`Welsh\s+(?:Assembly\s+)?Government`,
  "northern-ireland": String.raw`Northern\s+Ireland\s+Executive`,
};
/** The same governments by their initials ("(WG, 2018)"), which the rule otherwise takes as any publisher's. */
const DEVOLVED_INITIALS: Record<Nation, string> = {
  scotland: "SG|SE",
  wales: "WG|WAG",
  "northern-ireland": "NIE",
};
/** The publishers an entry's guidance may have: the UK government's departments and its own nation's government. */
const publisher = (nation: Nation | undefined) =>
  `(?:${UK_PUBLISHER}${nation ? `|${DEVOLVED_PUBLISHER[nation]}` : ""})`;
/** Before the year: a publisher, or any initials but another nation's government's ("(DfE, 2019)", "(NSPCC, 2020)"). */
function publisherBeforeYear(nation: Nation | undefined): string {
  const others = (Object.keys(DEVOLVED_INITIALS) as Nation[]).filter((n) => n !== nation);
  return String.raw`${publisher(nation)}\s*[,.]?\s*|(?!(?:${others.map((n) => DEVOLVED_INITIALS[n]).join("|")})\s*,)[A-Z]{2,6}\s*,\s*`;
}
/**
 * An edition's year: "2019", "'19" — and two digits straight after the abbreviation "KCSIE" ("| KCSIE 23 |" in a
 * summary table's cell, the 2023 edition), an edition's year (14–29) that ends its cell, line or clause: not a
 * paragraph's number ("KCSIE paragraph 23"), nor a count ("KCSIE 20 questions"). A spaced dash after it ends it too:
 * a PDF's table row read as a line, its cells parted by spaces ("Guidance KCSIE 23 – Staffroom –"), or a clause
 * ("KCSIE 23 – the copy in the staffroom"); not a range of paragraphs ("KCSIE 23 – 27").
 */
const YEAR = (name: string) =>
  String.raw`(?<${name}>(?:19|20)\d{2}|['’]\d{2}|(?<=\bKCSIE[^\S\n]{1,2})(?:1[4-9]|2\d)(?=[^\S\n]*(?:\n|$|[|),;]|\.(?!\d))|[^\S\n]+[–—-][^\S\n]+(?!\d)))`;
/**
 * A subtitle after a colon, before the year in brackets: "Prevent duty guidance: for further education institutions
 * in England (2015)", "Working Together to Safeguard Children: a guide to inter-agency working … (2018)". Words
 * only (no digits, no sentence's end, wrapped onto the next line at most), and only before a bracket: "…: our
 * partnership updated it in 2019" is not. Not our own words after the colon: no subtitle starts with "our", "we",
 * "the" …, holds a possessive ("our partnership's local procedures (updated 2019)") or has "updated" or
 * "revised" before its year.
 */
const SUBTITLE = String.raw`(?:(?<=:[\s*_]*)(?!(?:our|we|your|their|the|my|its|his|her|us)\b)[A-Za-z](?:[A-Za-z ,-]|\n(?![ \t]*\n)){0,120}?\s*(?=\((?!\s*(?:updated|revised|amended)\b)))?`;
/**
 * What may stand between a title and its year: spaces, dashes, colons, emphasis, the tail of a Markdown link,
 * "(DfE, September". Read one character at a time: alternatives that overlap (`**` or `*`, `__` or `_`) let a run
 * of them be split in exponentially many ways when nothing matches after it.
 */
const AFTER_TITLE = (publishers: string) =>
  String.raw`(?:[\s*_\\,:;–—-]|\]\([^)\s]*\))*${SUBTITLE}\(?\s*(?:${publishers})?(?:(?:updated|revised|published|issued|version|edition|statutory\s+guidance)[:,]?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:${MONTH},?\s+)?${YEAR("year")}(?:[-–/](?:20)?\d{2}(?!\d))?\s*\)?`;
/** "the 2019 edition of Keeping …", "DfE (2019) Keeping …", "2018 Working Together". */
const BEFORE_TITLE = (title: string, nation: Nation | undefined) =>
  String.raw`(?:${publisher(nation)}\s*\(\s*${YEAR("year2")}\s*\)[.,:]?\s*|${YEAR("year3")}\s+(?:edition|version|update)\s+of\s+(?:the\s+)?(?:\*\*|_|\*)?)(?:${title})`;

let compiled: Compiled[] | undefined;
let compiledFrom: unknown;

function compile(entry: OutdatedReference): Compiled {
  const source = entry.editions
    ? `${BEFORE_TITLE(entry.title ?? "", entry.nation)}|(?:${entry.title})${AFTER_TITLE(publisherBeforeYear(entry.nation))}`
    : (entry.pattern ?? "(?!)");
  return {
    ...entry,
    re: new RegExp(
      // Whole words; Markdown's underscores of emphasis ("_No Secrets_ (2000)") are no letters of a word. An
      // apostrophe after a letter is inside a word; after a space it opens a quotation ("a 'CRB check'").
      String.raw`(?<![A-Za-z0-9-])(?<![A-Za-z0-9]['’])(?:${source})(?![A-Za-z0-9-]|['’](?!s\b)\w)`,
      entry.case_sensitive ? "g" : "gi",
    ),
    titleOnly:
      entry.editions && entry.title ? new RegExp(entry.title, entry.case_sensitive ? "" : "i") : undefined,
    currentName: entry.current_name ? new RegExp(entry.current_name, "i") : undefined,
    nearby: entry.unless_nearby ? new RegExp(entry.unless_nearby, "i") : undefined,
    next: entry.unless_next ? new RegExp(entry.unless_next, "i") : undefined,
    required: entry.requires_nearby ? new RegExp(entry.requires_nearby, "i") : undefined,
    inDocument: entry.requires_in_document ? new RegExp(entry.requires_in_document, "i") : undefined,
    notInDocument: entry.unless_in_document ? new RegExp(entry.unless_in_document, "i") : undefined,
  };
}

/** The entries of data/outdated-references.yaml (as given to the core), compiled once. */
export function outdatedReferences(): Compiled[] {
  const raw = referenceData().outdatedReferences;
  if (!compiled || compiledFrom !== raw) {
    compiled = raw.map(compile);
    compiledFrom = raw;
  }
  return compiled;
}

export interface ReferenceMatch {
  offset: number;
  endOffset: number;
  text: string;
  entry: OutdatedReference;
  /** Editions: the year the text gives. */
  year?: number;
  /** Editions: the edition in force on the as-of date, and the day the cited one was replaced. */
  current?: Edition;
  replacedOn?: string;
  /**
   * The mention this one spells out or abbreviates in brackets ("the Independent Safeguarding Authority (ISA)",
   * "ISA (Independent Safeguarding Authority)"): one body named once, under another entry.
   */
  bracketOf?: ReferenceMatch;
}

/** Where the sentence (or the paragraph, when it began nearer) around a reference starts. */
const SENTENCE_START = /(?<!(?:^|\n)[\t #*]*\d+(?:\.\d+)*)[.!?]\s[^.!?]*$|\n\s*\n[^\n]*$/;

/**
 * The sentence around an offset (up to 200 characters each side, stopping at a full stop or a blank line), as a
 * reader sees it: a Markdown copy's tracked-change marks (the deleted words' comment, the `<ins>` tags) left out.
 * A blank line within the 200 characters before starts the words read there (a paragraph's start on one line).
 * `paragraphAt` gives a PDF's paragraphs, whose lines have no blank line between them: its start and end are that
 * blank line, so the words read are those the Markdown and Word copies give.
 */
function sentenceAround(
  text: string,
  offset: number,
  endOffset: number,
  paragraphAt?: ParagraphAt,
): { before: string; after: string } {
  const paragraph = paragraphAt?.(offset);
  if (paragraph && paragraph.offset > offset - 200 && paragraph.offset <= offset) {
    const before = hideTrackedChangeMarks(`\n${text.slice(paragraph.offset, offset)}`);
    const after = hideTrackedChangeMarks(
      text.slice(endOffset, Math.max(endOffset, Math.min(endOffset + 200, paragraph.endOffset))),
    );
    const stop = after.search(/[.!?](?:\s|$)/);
    return { before, after: stop < 0 ? after : after.slice(0, stop) };
  }
  const before = hideTrackedChangeMarks(text.slice(Math.max(0, offset - 200), offset));
  const after = hideTrackedChangeMarks(text.slice(endOffset, endOffset + 200));
  // A numbered heading's full stop ("## 5. Child-on-child concerns") ends no sentence: the heading is not part of
  // the paragraph under it.
  const start = Math.max(before.search(SENTENCE_START) + 1, 0);
  const stop = after.search(/[.!?](?:\s|$)|\n\s*\n/);
  return { before: before.slice(start), after: stop < 0 ? after : after.slice(0, stop) };
}

/**
 * Words that name an old reference on purpose: "formerly the Churches' Child Protection Advisory Service",
 * a change log's verbless "Old Board replaced by the Partnership",
 * "previously known as the LSCB", "the CRB (now the DBS)", "which replaced Working Together 2018",
 * "sometimes called sexting", "some parents still call it a CRB check", "what older colleagues still call a CRB",
 * "what was called a CRB check", "the role it used to call the 'lead practitioner'" (its namer straight before it: not a phone's "is used to call",
 * "the number you used to call", "the mobile, used to call"), "what the EYFS called the lead practitioner" (not
 * "what is called", a present name), "the former Criminal Records Bureau". Such a mention is history, not
 * a mistake.
 */
const HISTORY_BEFORE =
  /(?:\b(?:formerly|previously|originally|once|used\s+to\s+be|what\s+(?:was|were|used\s+to\s+be)(?=\s+(?:once\s+|previously\s+|formerly\s+)?(?:called|known|named|referred)))(?:\s+(?:known\s+as|called|named|titled|referred\s+to\s+as))?|\b(?:sometimes|also|often|commonly|widely)\s+(?:known\s+as|called|named|referred\s+to\s+as|described\s+as)|\b(?:old|older|former|previous|earlier)\s+(?:name|term|title|edition|version)s?(?:\s+(?:of|was|is|for))?|\bknown\s+until\s+\S+\s+as|\b(?:still|sometimes|often|usually|informally)\s+(?:call(?:s|ed)?|refer(?:s|red)?\s+to)\s+(?:it|this|that|them|these|those)(?:\s+as)?|\bwhat\s+(?:(?:some|many|others)(?:\s+people)?|(?:[\w'’-]+\s+){0,2}(?:people|colleagues|staff|parents|carers|volunteers|members|families|coaches|leaders|officers))\s+(?:still\s+|often\s+|sometimes\s+)?call|(?<!\b(?:is|are|was|were|be|been|being|get|gets|got)\s+)(?<!\b(?:phones?|numbers?|lines?|mobiles?|telephones?)\s+)(?<=\b(?:it|they|we|people|(?:the|our)\s+[\w'’-]+)\s+)used\s+to\s+(?:call|name)(?:\s+(?:it|this|that|them))?(?:\s+as)?|\bwhat\s+(?:(?:the|its|our|their)\s+)?(?:(?!(?:is|are|be|been|being|now)\b)[\w'’-]+\s+){0,2}?(?:(?:once|previously|formerly|originally)\s+)?called)\s*(?:the\s+|an?\s+|this\s+)?[("“‘'*_]*\s*$|\b(?:replac(?:e|ed|es|ing)|supersed(?:e|ed|es|ing)|succeed(?:ed|s|ing)|took\s+over\s+from|takes\s+over\s+from|renamed\s+from|instead\s+of|rather\s+than|in\s+place\s+of|merger\s+of|merg(?:ed|ing))(?:\s+(?:by|with|from))?\s+(?:(?:the|an?|all|any|both|earlier|older|previous|former|old)\s+){0,3}[("“‘'*_]*\s*$/i;
/**
 * Words after an old name that tell its end: "(now the DBS)", "was replaced by …", "has been renamed"; a bracketed
 * short name or an apposition may stand between ("The Independent Safeguarding Authority (ISA) was scrapped in 2012",
 * "ContactPoint, the index set up in 2009, was switched off", "(LSCB) – now the Partnership –") — not one that is a
 * phone number alone, as in "ring the Board (01632 960123) now".
 */
const HISTORY_AFTER =
  /^[\s)"”’'*_]*(?:\((?![^\S\n]*\+?[\d\s()-]{6,}\))[^()\n]{1,40}\)\s*|,(?![^\S\n]*\+?[\d\s-]{6,},)[^,.;:()\n]{1,80},\s*)?(?:[,;:(–—-]\s*)*(?:(?:checks?|disclosures?|certificates?)\s+(?=(?:has|have|was|were)\s))?(?:now\b|which\s+(?:is\s+|are\s+)?now\b|which\s+became\b|became\b|has\s+become\b|is\s+now\b|are\s+now\b|renamed\b|(?:has|have|was|were|is|are)\s+(?:been\s+|since\s+been\s+|now\s+)?(?:replaced|superseded|renamed|abolished|closed|withdrawn|merged|switched\s+off|shut\s+down|decommissioned|scrapped|dissolved)\b|since\s+replaced\b|since\s+renamed\b|(?:replaced|superseded)\s+by\b|renamed\s+(?:as|to)\b|(?:(?:which|that)\s+)?(?:it|they)\s+(?:has\s+|have\s+)?(?:replaced|superseded)\b)/i;

/**
 * "sometimes called", "also known as", "often called" just before the old words: an alias. For a body that is its
 * history; for a term ("peer-on-peer abuse", "sexting") it is history only beside the current term, which the
 * entry's `unless_nearby` already keeps quiet — alone, the policy still names the harm by the old term.
 */
const ALIAS_BEFORE =
  /\b(?:(?:sometimes|also|often|commonly|widely|still)\s+(?:known\s+as|called|named|referred\s+to\s+as|described\s+as)|what\s+(?:(?:some|many|others)(?:\s+people)?|(?:[\w'’-]+\s+){0,2}(?:people|colleagues|staff|parents|carers|volunteers|members|families|coaches|leaders|officers))\s+(?:(?:still|may|might|would|could|often|sometimes|usually)\s+)?call)\s*(?:the\s+|an?\s+|this\s+)?[("“‘'*_]*\s*$/i;
/**
 * The old term in quotation marks as the name someone else gave a thing: "Older guidance called the sharing of nude
 * images "sexting"", "young people often call it 'sexting'" — not the policy's own "we call it "sexting"". Tested on
 * the last words before the term, with its closing mark after it (QUOTE_AFTER).
 */
const NAMED_IN_QUOTES_BEFORE =
  /(?<!\b(?:we|I|us)\s+)\b(?:call(?:s|ed)?|term(?:s|ed)|dubb(?:s|ed)|label(?:s|led|ed)?)\s(?:[^.;:!?"“”\n]{0,80}\s)?["“‘']$/i;
const QUOTE_AFTER = /^["”’']/;
/** Whether the old term is quoted as another's name for a thing (NAMED_IN_QUOTES_BEFORE). */
function namedInQuotes(before: string, after: string): boolean {
  return QUOTE_AFTER.test(after) && NAMED_IN_QUOTES_BEFORE.test(before.slice(-120));
}

/** "(formerly the Churches' Child Protection Advisory Service, CCPAS)": the whole aside is history. */
const HISTORY_ASIDE =
  /\b(?:formerly|previously|originally|once\s+known\s+as|used\s+to\s+be(?:\s+called)?|what\s+(?:was|were)\s+(?:once\s+|previously\s+|formerly\s+)?(?:called|known\s+as)(?!\s+(?:for|off|on|out|up|in)\b))\b[^.;:!?()]{0,70}$/i;

/**
 * "the former X" is history when X is where something came from ("the barred lists of the former Independent
 * Safeguarding Authority", "a check from the former Criminal Records Bureau") or in a bracketed aside — not "We
 * still follow the former LSCB procedures", which uses it as current.
 */
const FORMER_OF = /\b(?:of|from|by)\s+(?:the|its|their|our)\s+former\s+[("“‘'*_]*$/i;
const FORMER_ASIDE = /\([^()]*\b(?:the|its|their|our)\s+former\s+[("“‘'*_]*$/i;
const STILL_USED = /\b(?:still|continues?\s+to|continuing\s+to)\b/i;

/**
 * A glossary's entry for the old name, at its line's start: "ACPC – Area Child Protection Committee: the regional
 * committees that were replaced by the SBNI in 2012", "- CRB: the Criminal Records Bureau, which was merged …". Its
 * definition's own clause ("that/which were replaced") tells the history; not "CRB – a check every volunteer must
 * hold; the old forms were replaced last year". The entry's name spelt out after its short form ("ACPC – Area …") is
 * the same entry.
 */
const GLOSSARY_TERM_BEFORE = /(?:^|\n)[\s*_>|•-]*(?:[\p{L}\d'’.*_]{1,12}[^\S\n]*(?:[–—:-]|\()[^\S\n]*)?$/u;
const GLOSSARY_HISTORY_AFTER =
  /^[\s*_]*(?:[–—:-]|\()[^.!?;\n]{0,120}?\b(?:that|which|who)\s+(?:were|was|has\s+been|have\s+been)\s+(?:since\s+|later\s+|then\s+)?(?:replaced|abolished|superseded|renamed|closed|merged|disbanded)\b/i;

/**
 * "formerly" in the other language of a policy written in two, paragraph by paragraph: Polish "(dawniej CRB)",
 * "wcześniej", "poprzednio"; French "anciennement"; German "ehemals", "vormals"; Spanish, Portuguese and Italian
 * "anteriormente", "precedentemente"; Welsh "yn flaenorol" — and Welsh "gynt" after the name ("y CRB gynt").
 */
const OTHER_LANGUAGE_HISTORY_BEFORE =
  /(?<!\p{L})(?:dawniej|wcześniej|poprzednio|uprzednio|anciennement|ehemals|vormals|anteriormente|precedentemente|yn\s+flaenorol)\s*[("“‘'*_]*\s*$/iu;
const OTHER_LANGUAGE_HISTORY_AFTER = /^[\s"”’'*_]*gynt(?!\p{L})/iu;

/**
 * A checklist's question whether the old name is still used, answered "No": "Do we still list the Local Safeguarding
 * Children Board? No – …". The question's words before the name, its answer after it.
 */
const STILL_USED_QUESTION =
  /(?<![\p{L}])(?:Do|Does|Did)\s+(?:we|you|they|the\s+[\p{L}]+|this\s+policy|our\s+policy)\s+still\s+(?:list|use|name|mention|cite|refer\s+to|contact|call\s+it)\s+(?:the\s+|a\s+|an\s+)?$/iu;
const ANSWERED_NO = /^[^?\n]{0,60}\?\s*(?:\*\*|__)?(?:No|NO)(?![\p{L}])/u;

/** Whether the old name is asked about as still used and the question's answer after it is "No" (`next`: the text after). */
function stillUsedAnsweredNo(before: string, next: string): boolean {
  return before.includes("still") && STILL_USED_QUESTION.test(before) && ANSWERED_NO.test(next);
}

function historical(before: string, after: string): boolean {
  if (HISTORY_AFTER.test(after)) return true;
  if (OTHER_LANGUAGE_HISTORY_BEFORE.test(before) || OTHER_LANGUAGE_HISTORY_AFTER.test(after)) return true;
  if (GLOSSARY_TERM_BEFORE.test(before) && GLOSSARY_HISTORY_AFTER.test(after)) return true;
  // The body's own place name may stand between those words and the old name: "took over from the former
  // Kestrelford Safeguarding Children Board", "formerly the Hollowmere LSCB".
  const placeDropped = before.replace(PLACE_BEFORE, "");
  const readings =
    placeDropped !== before && OLD_BODY_BEFORE.test(placeDropped) ? [before, placeDropped] : [before];
  return readings.some(
    (words) =>
      FORMER_ASIDE.test(words) ||
      (FORMER_OF.test(words) && !STILL_USED.test(words)) ||
      HISTORY_BEFORE.test(words) ||
      HISTORY_ASIDE.test(words),
  );
}
/**
 * Words that can only name an older body, for reading past a place's name ("took over from the former Ashcombe …"):
 * not the looser history words ("once", "merging with"), which before a place's name are as often about now.
 */
const OLD_BODY_BEFORE =
  /\b(?:formerly|former|previously|originally|took\s+over\s+from|takes\s+over\s+from|replac(?:ed|ing)|supersed(?:ed|ing)|succeeded|renamed\s+from)\s+(?:(?:the|an?|its|their|our|former|old|previous)\s+){0,3}[("“‘'*_]*$/i;
/** Up to three capitalised words straight before the old name: a place's name that is part of the body's. */
const PLACE_BEFORE = /(?:\p{Lu}[\p{Ll}'’&-]+\s+){1,3}$/u;

/** An old body's name as the pattern reads it, capitalised: "Safeguarding Children Board", "LSCB". */
const BODY_NAME_END = /^(?:\p{Lu}.*\b(?:Boards?|BOARDS?)|LSCBs?)$/su;
/** Capitalised words that begin a sentence or a phrase, not a place's name. */
const NOT_A_NAME_WORD =
  /^(?:the|a|an|our|their|your|its|his|her|this|that|these|those|contact|call|ask|tell|email|phone|ring|telephone|alert|see|visit|follow|use|read|each|every|all|any|both|when|if|where|under|by|from|to|with|for|in|on|at|of|and|or|please|via|through|local|former|old|previous|new|current|now|then)$/i;
/** A line at least this long that ends mid-sentence was wrapped, not ended. */
const WRAPPED_LINE = 50;

/** What stands before a sentence's (or a line's, a list item's) first word on its line. */
const OPENS_SENTENCE = /(?:^[\s>#*+•·-]*|[.!?:]["”’)*_]*\s+)$/u;

/**
 * Where an old body's proper name starts, as written: "the Hollowmere Safeguarding Children Board" is quoted with
 * its place (up to three capitalised words on its line, PLACE_BEFORE), as a reader would search the policy for it.
 * Words before the place that are not a name's ("the", "Contact", "Our") stay out, and so does a command opening
 * the sentence ("Inform Hollowmere LSCB of …"), as the tagger reads it — not a place that opens it ("Reading LSCB").
 */
function nameStart(text: string, offset: number, endOffset: number): number {
  let lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  // "… follows the procedures of the Hollowmere" / "Safeguarding Children Board": a sentence wrapped inside the name
  // (a PDF's line, a hard-wrapped paragraph) — its place ends the line above.
  if (lineStart === offset && lineStart > 0) {
    const above = text.lastIndexOf("\n", lineStart - 2) + 1;
    const line = text.slice(above, lineStart - 1);
    if (line.length >= WRAPPED_LINE && !/[.!?:;,)]\s*$/.test(line)) lineStart = above;
  }
  const words = PLACE_BEFORE.exec(text.slice(lineStart, offset))?.[0];
  if (!words) return offset;
  let start = offset - words.length;
  for (const word of words.trim().split(/\s+/)) {
    const opening = OPENS_SENTENCE.test(text.slice(lineStart, start));
    if (!NOT_A_NAME_WORD.test(word) && !(opening && opensWithCommand(text.slice(start, endOffset)))) break;
    start = text.indexOf(word, start) + word.length;
    while (/\s/.test(text[start] ?? "")) start++;
  }
  return start;
}

/** A year, a month and year or a day, month and year in a dated account ("2011", "March 2012", "1 April 2011"). */
const WHEN = String.raw`(?:(?:the\s+)?(?:end|start|beginning|middle|spring|summer|autumn|winter)\s+of\s+)?(?:(?:\d{1,2}(?:st|nd|rd|th)?\s+)?${MONTH},?\s+)?(?<year>(?:19|20)\d{2})\b`;
const UNTIL = String.raw`(?:up\s+)?(?:until|till)|up\s+to`;
/**
 * "Until 2011 our service was regulated by the …", "Up to March 2012 checks were made by the …", "Between 2002 and
 * 2011 the …": the clause around the name is dated up to a year — not one that looks ahead ("Until 2027 we will …").
 */
const DATED_BEFORE = new RegExp(
  String.raw`\b(?:${UNTIL}|between\s+(?:19|20)\d{2}\s+and|from\s+(?:19|20)\d{2}\s+(?:to|until|till))\s+${WHEN}(?![^.;!?]*\b(?:will|shall|going\s+to)\b)[^.;!?]*$`,
  "i",
);
/**
 * "Before 2012 it was the …", "Before 2019 these were called …", "Before December 2012 checks were made by the …": a
 * clause dated before a year the old name was still right, told in the past (a past verb after the year, before or
 * after the name) — history where the sentence also names what replaced it (changeBesideCurrent).
 */
const BEFORE_YEAR = new RegExp(
  String.raw`\bbefore\s+${WHEN}(?<rest>(?![^.;!?]*\b(?:will|shall|must|going\s+to)\b)[^.;!?]*)$`,
  "i",
);
const PAST =
  /\b(?:was|were|had|used\s+to|(?!(?:need|feed|proceed|exceed|succeed|embed|speed|breed)\b)[a-z]{3,}ed)\b/i;

function beforeYearHistory(before: string, after: string, lastYear: number): boolean {
  const m = BEFORE_YEAR.exec(before);
  if (m?.groups?.year === undefined || Number(m.groups.year) > lastYear) return false;
  const clause = after.split(/[.;!?]/)[0] ?? after;
  if (REQUIREMENT.test(m.groups.rest ?? "") || REQUIREMENT.test(clause)) return false;
  // Only a past verb in the old name's own clause tells its history: not "who started before 2012 and were vetted
  // then hold a CRB check", nor "… and were checked then can keep using their CRB check".
  const ownBefore = (m.groups.rest ?? "").split(NAME_CLAUSE_BREAK).pop() ?? "";
  const ownAfter = clause.split(NAME_CLAUSE_BREAK)[0] ?? "";
  return PAST.test(ownBefore) || PAST.test(ownAfter);
}
/** Where one clause ends and the next begins, for the old name's own clause: a stop, a joining word or a modal. */
const NAME_CLAUSE_BREAK = /[,;:–—]|\b(?:and|but|or|then|who|which|so|can|could|may|might|will|would)\b/i;

/** A past event told before the name: "was last inspected by the", "were checked by the", "registered with the". */
const PAST_BEFORE =
  /(?:\b(?:was|were|had)\b[^.;!?]*|\b[a-z]{3,}ed\s+(?:by|with|to|from|under|through)\s+(?:the\s+|an?\s+)?)$/i;
/** …then its year after the name: "… by the Care Commission in 2009", "… with the CRB until 2012". */
const YEAR_AFTER = new RegExp(String.raw`^[\s)"”’'*_]*,?\s*(?:in|during|throughout|${UNTIL})\s+${WHEN}`, "i");
/** "The Criminal Records Bureau carried out our checks until 2012": a past verb after the name, up to a year. */
const PAST_UNTIL_AFTER = new RegExp(
  String.raw`^[^.;!?]*?\b(?:was|were|[a-z]{3,}ed)\b[^.;!?]*?\b(?:${UNTIL})\s+${WHEN}`,
  "i",
);

/**
 * The old name as the author of a publication dated when it was right: "(DHSSPS, 2003)", "CRB (2009)" — a citation
 * of an old document, not a use of the old name.
 */
const CITED_BEFORE = /\([\s*_]*$/;
const CITED_YEAR_AFTER = new RegExp(String.raw`^[*_]*\s*,\s*${WHEN}\s*\)`, "i");
/**
 * "CRB (2009)": an author and its year, the year alone — "(May 2018)" with its month after a title is the date of the
 * publication named, a citation of that document itself, not of its author.
 */
const HARVARD_YEAR_AFTER = /^[*_]*\s*\(\s*(?<year>(?:19|20)\d{2})\s*\)/i;
/** An entry that is a publication by its title: its `old` quotes it ('the advice "Sexual violence and …"'). */
const QUOTED_TITLE = /"[^"]{8,}"/;

/** "Care Inspectorate Wales (known as the Care and Social Services Inspectorate Wales, CSSIW, until 2017)". */
const KNOWN_AS_BEFORE = /\bknown\s+as\s+(?:the\s+)?(?:[^.;!?()]{3,80},\s*)?[("“‘'*_]*$/i;
const KNOWN_UNTIL_AFTER = new RegExp(String.raw`^[^.;!?()]{0,40}?\b(?:${UNTIL})\s+${WHEN}`, "i");

/**
 * An old name in a dated account of the past: the year given is one when the old name was still right (no later than
 * `lastYear`, the year it was replaced). "Until 2011 our service was regulated by the Care Commission; it is now …",
 * "last inspected by the Care Commission in 2009". A later year is a use, or a mistake: "inspected by the Care
 * Commission in 2024" is still found.
 */
function datedHistory(before: string, after: string, lastYear: number, titled = false): boolean {
  const within = (m: RegExpExecArray | null) =>
    m?.groups?.year !== undefined && Number(m.groups.year) <= lastYear;
  return (
    (KNOWN_AS_BEFORE.test(before) && within(KNOWN_UNTIL_AFTER.exec(after))) ||
    within(DATED_BEFORE.exec(before)) ||
    (PAST_BEFORE.test(before) && within(YEAR_AFTER.exec(after))) ||
    within(PAST_UNTIL_AFTER.exec(after)) ||
    (CITED_BEFORE.test(before) && within(CITED_YEAR_AFTER.exec(after))) ||
    // A publication's title with its year: the document's date ("… in schools and colleges (2018)"), not an author's.
    (!titled && within(HARVARD_YEAR_AFTER.exec(after)))
  );
}

/**
 * An old name recalled: "Longer-serving leaders will remember the CRB", "some parents may remember these as CRB
 * checks", "you might recall it as the ISA". A modal before "remember the" (not "Remember the CRB form"), or "as".
 */
const REMEMBERED_BEFORE =
  /\b(?:(?:may|might|will|would|could|can|probably|still)\s+(?:well\s+|also\s+|still\s+)?(?:remember|recall)\s+(?:the\s+|an?\s+)?|(?:remember(?:s|ed)?|recall(?:s|ed)?)\s+(?:it|this|that|them|these|those)\s+as\s+(?:the\s+|an?\s+)?)[("“‘'*_]*\s*$/i;
/**
 * What replaced it told after the name, with a year: "…the CRB; the DBS replaced it in 2012", "…CRB checks: the
 * DBS took over from them in 2012". A pronoun, so the clause is about the name just given.
 */
const REPLACED_AFTER = new RegExp(
  String.raw`^[^.!?]{0,120}?\b(?:replaced|superseded|succeeded|took\s+over\s+from)\s+(?:it|them|this|these|that|those|both)\b[^.!?]{0,40}?\b(?:in|on|from|since|during)\s+${WHEN}`,
  "i",
);
/**
 * The name in a list of old bodies after a replacing verb: "the DBS took over from the Criminal Records Bureau and
 * the …", "the merger of the CRB, the …". The earlier items are names (capitalised): "replaced the old form and the
 * CRB …" is not a list of bodies.
 */
const REPLACED_LIST =
  /\b(?:[Rr]eplac(?:ed|ing)|[Ss]upersed(?:ed|ing)|took\s+over\s+from|[Mm]erger\s+of|[Mm]erg(?:ed|ing))(?:\s+(?:by|with|from))?\s+(?:(?:the\s+)?(?:[A-Z][\w'’&-]*|\([A-Z]{2,}\))(?:\s+(?:[A-Z][\w'’&-]*|of|for|\([A-Z]{2,}\)))*\s*(?:,|\s+and|\s+or|\s+&)\s+)+(?:the\s+)?[("“‘'*_]*\s*$/;
/**
 * "…remember the CRB; …", "…remember the CRB days", "…remember the CRB check they needed before 2012": the old name is
 * what is remembered, or what a clause in the past tense tells of — not the subject of a clause ("Leaders will remember
 * the CRB check is renewed every three years", a reminder of a rule).
 */
const REMEMBERED_AFTER =
  /^[\s)"”’'*_]*(?:(?:days|era|years|times|forms?|certificates?|disclosures?|checks?)\b[\s)"”’'*_]*)?(?:[,;:.!?)–—-]|$|(?:and|or)\s+(?:the\s+)?[A-Z]|(?:that\s+|which\s+)?(?:they|we|you|he|she|I|people)\s+(?:[a-z]+ly\s+|once\s+|all\s+)?(?:had|got|held|were|was|did|took|paid|sent|used\s+to|(?!(?:need|feed|proceed|exceed|succeed)\b)[a-z]{2,}ed)\b)/;
/**
 * The rest of a list of old bodies ends in a verb: "…has replaced the Criminal Records Bureau, ISA and CRB checks are
 * still accepted" — the last items start a new clause that uses them, no longer the list of what was replaced.
 */
const LIST_THEN_CLAUSE =
  /^(?:[\s)"”’'*_]*(?:,|\s+and|\s+or|\s+&)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|checks?|disclosures?|certificates?|of|for))*)*[\s)"”’'*_]*\s+(?:are|is|was|were|have|has|will|can|could|must|should|may|remain|remains|still|continues?)\b/;
/**
 * A requirement in the same sentence: the old thing is asked for, not recalled ("is needed", "the CRB check they
 * need") — not "no need for", nor "they needed" in the past.
 */
const REQUIREMENT =
  /\b(?:must|shall|should|required|requires?|(?<!\bno\s)needs?|(?:is|are|be|been|being)\s+needed|ha(?:ve|s)\s+to|compulsory|mandatory)\b/i;
/**
 * The clause that goes on from the old name, for its requirement: up to a semicolon or colon that starts a new subject
 * ("…the CRB check they needed before 2012; today everyone needs a DBS check"), not one that refers back ("; it is
 * still required").
 */
const NEW_CLAUSE = /[;:]\s+(?!(?:it|they|them|this|these|that|those|one|such|which)\b)/i;
/** The old thing in use now, in the present tense: "The club pays for the CRB check", "Our volunteers hold a CRB check". */
const USED_BEFORE =
  /\b(?:pays?|holds?|asks?|appl(?:y|ies)|accepts?|renews?|requests?|arranges?|funds?|processes|carr(?:y|ies)\s+out)\s+(?:for\s+)?(?:the|a|an|each|every|their|our|its|your)\s+(?:[\w-]+\s+)?[("“‘'*_]*$/i;

/**
 * An old name recalled, or followed by what replaced it and when, or listed among the bodies something replaced —
 * history, unless the sentence asks for it ("Volunteers must have a CRB check; the DBS replaced it in 2012").
 */
function recalledHistory(before: string, after: string, year: number): boolean {
  const clause = after.split(NEW_CLAUSE)[0] ?? after;
  if (REQUIREMENT.test(before) || REQUIREMENT.test(clause) || REQUIRED_BEFORE.test(before)) return false;
  if (USED_BEFORE.test(before)) return false;
  const replaced = REPLACED_AFTER.exec(after);
  return (
    (REMEMBERED_BEFORE.test(before) && REMEMBERED_AFTER.test(after)) ||
    (REPLACED_LIST.test(before) && !LIST_THEN_CLAUSE.test(after)) ||
    (replaced?.groups?.year !== undefined && Number(replaced.groups.year) <= year)
  );
}

/**
 * The old name as a thing's name up to a year: "(called Serious Case Reviews before 2018 …)", "known as the LSCB until
 * 2019", "named … up to March 2019" — "called" straight before the name, so not "a meeting called by the LSCB"; the
 * year no later than the name's last year (not "known as CSSIW until 2020", renamed in 2017).
 */
const NAMED_BEFORE =
  /\b(?:called|known\s+as|named|titled|referred\s+to\s+as)\s+(?:the\s+|an?\s+)?[("“‘'*_]*$/i;
const NAMED_UNTIL_AFTER = new RegExp(
  String.raw`^[\s)"”’'*_]*,?\s*(?<word>before|${UNTIL}|prior\s+to)\s+${WHEN}`,
  "i",
);
/**
 * A change told from the old name to the new: "References updated from KCSIE 2024 to KCSIE 2025", "changed from
 * Working Together 2018 to the 2023 edition" — not "updated from KCSIE 2024 every term" (no "to" after it).
 */
const CHANGED_FROM_BEFORE =
  /\b(?:updated|changed|moved|amended|revised|switched|renamed|altered|converted)\s+from\s+(?:the\s+)?[("“‘'*_]*$/i;
const CHANGED_TO_AFTER = /^[\s)"”’'*_]*(?:to|into)\s/i;

/** "is no longer called the LSCB", "no longer the LSCB", "we no longer follow KCSIE 2024": a name given up. */
const NO_LONGER_BEFORE =
  /\bno\s+longer\s+(?:(?:called|known\s+as|named|titled|referred\s+to\s+as|uses?|refers?\s+to|follows?|cites?|mentions?)\s+)?(?:the\s+|an?\s+)?[("“‘'*_]*$/i;

/**
 * The old name given only as what was replaced: named so up to a year in the past, changed from it to another, or
 * no longer so named. `previous` and `next`: the text straight before and after the name, read across a PDF's short
 * lines ("(called" / "Serious Case Reviews before" / "2018, …"), which may cut the paragraph the sentence is read from.
 */
function namedAsReplaced(previous: string, next: string, lastYear: number): boolean {
  if (CHANGED_FROM_BEFORE.test(previous) && CHANGED_TO_AFTER.test(next)) return true;
  if (NO_LONGER_BEFORE.test(previous)) return true;
  if (!NAMED_BEFORE.test(previous)) return false;
  const until = NAMED_UNTIL_AFTER.exec(next);
  if (until?.groups?.year === undefined) return false;
  // "before 2020" ends with 2019, the name's last year; "until 2020" runs into it.
  return Number(until.groups.year) <= lastYear + (until.groups.word?.toLowerCase() === "before" ? 1 : 0);
}

/**
 * A name quoted ('still ask for a "CRB"'), spoken of ("still say CRB", "the term CRB") or explained ("a CRB, they
 * mean a DBS check") — a mention of the word, not a use of the thing.
 */
const QUOTED_BEFORE = /["“‘'][\s*_]*$/;
const QUOTED_AFTER = /^[\s*_]*["”’']/;
const SPOKEN_OF =
  /\b(?:still|sometimes|often|usually)\s+(?:ask(?:s|ed)?\s+(?:for|about|whether|if)|says?|said|call(?:s|ed)?|writes?|use\s+the\s+(?:term|word|name))\b[^.;:!?]{0,40}$|\b(?:term|word|name|abbreviation|acronym|phrase)\s+[("“‘'*_]*$/i;
const EXPLAINED_AFTER =
  /\b(?:mean(?:s|t|ing)?|that\s+is\s+(?:to\s+say|a|an|the)|in\s+other\s+words)\b|\bi\.\s?e\./i;
/**
 * "must still hold a current CRB check", "need to obtain an enhanced CRB disclosure", "should apply for a CRB",
 * "we accept a valid CRB certificate": the old thing asked for as a live requirement.
 */
const REQUIRED_BEFORE =
  /\b(?:must|shall|should|need(?:s|ed)?(?:\s+to)?|(?:is|are)\s+required\s+to|ha(?:ve|s)\s+to|will\s+(?:need\s+to\s+)?)\b[^.;:!?]{0,40}?\b(?:hold|have|obtain|get|apply\s+for|provide|produce|show|renew|undergo|complete)\b[^.;:!?]{0,30}$|\b(?:current|valid|in[-\s]date|up[-\s]to[-\s]date|enhanced|standard|basic|new|fresh)\s+[("“‘'*_]*$/i;

/**
 * The old name in quotes as others still say, ask for, call or remember it, in a sentence that goes on to tell the
 * change ('Some parents remember a "CRB check": Criminal Records Bureau checks were replaced by DBS checks in 2012',
 * 'Some members still talk about a "CRB check": it is the same check, now done by the Disclosure and Barring Service'): 'Older
 * forms still ask us for a "CRB number"; the Criminal Records Bureau was replaced by the Disclosure and Barring
 * Service in 2012 …', 'Some helpers still call it "a CRB"; it is the same check under the name it has had since 2012'.
 * The current name (or "since" a year) and a word of the change after it — not 'Parents still ask us for a "CRB
 * check"; every volunteer has one', nor a duty ('must still give their "CRB number"').
 */
const OTHERS_SAY =
  /(?:\b(?:still|sometimes|often|usually)\s+(?:ask(?:s|ed)?|says?|said|call(?:s|ed)?|writes?|uses?|refers?\s+to|mentions?|talk(?:s|ed)?\s+(?:about|of)|speak(?:s)?\s+(?:about|of))|\b(?:remember(?:s|ed)?|recall(?:s|ed)?))\b[^.;:!?"“]{0,40}["“‘'][\s*_]*(?:an?\s+|the\s+)?$/i;
const QUOTE_CLOSES = /^[^"”’'.;:!?\n]{0,25}["”’']/;
const CHANGE_TOLD =
  /\b(?:replaced|superseded|renamed|took\s+over|merged|became|instead|since\s+(?:19|20)\d{2}|now\s+(?:done|carried\s+out|run|issued|made|handled|processed)\s+by)\b/i;
function othersOldName(entry: Compiled, before: string, after: string): boolean {
  if (!before.includes("still") && !/\b(?:sometimes|often|usually|remember|recall)/i.test(before))
    return false;
  if (!OTHERS_SAY.test(before) || REQUIRED_BEFORE.test(before) || !QUOTE_CLOSES.test(after)) return false;
  return (
    CHANGE_TOLD.test(after) && (entry.currentName?.test(after) || /\bsince\s+(?:19|20)\d{2}\b/i.test(after))
  );
}

/**
 * Old certificates kept in old files as a record: "some of our older staff files still hold CRB certificates",
 * "CRB disclosures from before 2012 are kept as a historical record", "…, kept only for the record". Not a copy kept
 * "as a record of the check" a person has now.
 */
const OLD_FILES_HOLD_BEFORE =
  /\b(?:older|old|earlier|previous|past|archived|historic(?:al)?)\s+(?:(?:staff|personnel|HR|volunteer|member|members['’])\s+)?(?:files?|records?)\s+(?:(?:may|might|still|can|will)\s+)*(?:hold|holds|contain|contains|include|includes|have|has)\s+(?:(?:an?|the|some|old)\s+)?[("“‘'*_]*$/i;
const KEPT_AS_RECORD_AFTER =
  /^[^.;!?]{0,80}?\b(?:kept|keep|keeps|held|hold|retained|retain|stored|store)\s+(?:only\s+)?(?:as\s+(?:an?\s+)?(?:historical|historic|archive)\s+records?|only\s+as\s+(?:an?\s+)?records?|only\s+for\s+(?:the\s+)?records?|in\s+(?:the|our)\s+archives?)\b/i;
/** Words of a check in use now: "renewed every three years", "all new volunteers complete", "before working". */
const CURRENT_USE =
  /\b(?:renew(?:s|ed|al)?|new\s+(?:volunteers?|staff|starters?|coaches|leaders)|complete[sd]?|must|before\s+(?:they|working|starting|helping)|every\s+(?:one|volunteer|leader|coach|member))\b/gi;
/** A word of current use said not to hold: "is not renewed", "will never be renewed", "no longer renewed". */
const NEGATED_BEFORE = /\b(?:not|never|no\s+longer|n['’]t)\s+(?:(?:be|been|being|get|gets|got)\s+)?$/i;
/** …or dated in the past: "completed before 2012", "renewed in 2010". */
const PAST_DATE_AFTER = /^\s+(?:before|in|until|prior\s+to)\s+(?:19|20)\d{2}\b/i;
/** Where one clause of a sentence ends and the next begins: "; ", " – ", ", but ", " whereas ". */
const CLAUSE_BREAK = /;|\s[–—-]\s|(?:,|(?<!\s))\s+(?:but|while|whilst|whereas|however)\b/gi;
/** Whether the old name's own clause (`before` and `after` cut at their clause breaks) says the check is used now. */
function usedNowInClause(before: string, words: string, after: string): boolean {
  const breaks = allMatches(CLAUSE_BREAK, before);
  const last = breaks.at(-1);
  const start = last ? (last.index ?? 0) + last[0].length : 0;
  const end = allMatches(CLAUSE_BREAK, after)[0]?.index ?? after.length;
  const clause = before.slice(start) + words + after.slice(0, end);
  return allMatches(CURRENT_USE, clause).some((m) => {
    const at = m.index ?? 0;
    return (
      !NEGATED_BEFORE.test(clause.slice(Math.max(0, at - 30), at)) &&
      !PAST_DATE_AFTER.test(clause.slice(at + m[0].length, at + m[0].length + 30))
    );
  });
}
function oldRecordsKept(words: string, before: string, after: string): boolean {
  if (OLD_FILES_HOLD_BEFORE.test(before)) return true;
  // The old check (whatever the noun: "CRB checks", "CRB disclosure", "CRB certificates") kept only as a record, in
  // a clause that asks for no check now.
  return KEPT_AS_RECORD_AFTER.test(after) && !usedNowInClause(before, words, after);
}

function mentionedNotRequired(before: string, after: string): boolean {
  if (REQUIRED_BEFORE.test(before)) return false;
  return (
    (QUOTED_BEFORE.test(before) && QUOTED_AFTER.test(after)) ||
    SPOKEN_OF.test(before) ||
    EXPLAINED_AFTER.test(after)
  );
}

/**
 * Names listed before the old one: "the CRB and the ", "the Criminal Records Bureau, the ", "the Care Commission
 * (SCRC) and the ". The names are capitalised: "the old form and the" is not a list of names.
 */
const NAMES_BEFORE = String.raw`(?:(?:the\s+)?(?:[A-Z][\w'’&-]*|\([A-Z][\w\s'’&-]*\))(?:\s+(?:[A-Z][\w'’&-]*|\d+|of|for|\([A-Z][\w\s'’&-]*\)))*\s*(?:,|\s+and|\s+or|\s+&)\s+)*`;
/** …and after it: " (SCRs)", " and the Independent Safeguarding Authority", ", the ISA and the …". */
const NAMES_AFTER = String.raw`(?:\s*\(\s*[A-Z][\w\s'’&-]*\))?(?:\s*(?:,|\s+and|\s+or|\s+&)\s+(?:the\s+)?[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|\d+|of|for|\([A-Z][\w\s'’&-]*\)))*)*`;
/**
 * A change told before the old name, with words between the verb and the name or a list of old names: "the DBS took
 * over this work from the CRB and the ", "practice reviews, which took the place of ", "the Care Inspectorate
 * succeeded the Care Commission and the ", "parents may remember DBS checks as ", "the barred lists replaced the
 * lists kept under the ", "(itself the successor to the old ", "the DBS was formed in 2012 out of the CRB and the ",
 * "older staff will remember vetting under the ", "(these were called " (the current name later in the sentence, or
 * earlier: "an enhanced DBS check (these were called CRB checks in 2009)"; "…; the PVG scheme took its place").
 */
const CHANGE_BEFORE = new RegExp(
  String.raw`(?:\b(?:took|take|takes|taken|taking)\s+over\s+(?:(?!from\b|of\b)[\w'’-]+\s+){0,4}(?:from|of)|\b(?:these|those|they|it|this|that|which)\s+(?:was|were)\s+(?:(?:once|previously|formerly|then|originally)\s+)?(?:called|known\s+as|named|referred\s+to\s+as)|\b(?:took|take|takes|taken|taking)\s+(?:over\s+)?(?:the\s+)?place\s+of|\bin\s+(?:the\s+)?place\s+of|\b(?:replac(?:e|ed|es|ing)|supersed(?:e|ed|es|ing)|succeed(?:ed|s|ing)?|absorb(?:ed|s|ing)?|merg(?:ed|ing)|merger\s+of|combin(?:ed|ing))(?:\s+with)?|\b(?:may|might|will|would|could|can|probably|still|also)\s+(?:well\s+|also\s+|still\s+)?(?:remember|recall|know)\s+(?:(?!as\b)[\w'’-]+\s+){0,5}as|\b(?:may|might|will|would|could|can|probably|still)\s+(?:well\s+|also\s+|still\s+)?(?:remember|recall)|\bsuccessors?\s+(?:(?:body|organisation|organization)\s+)?(?:of|to)|\b(?:formed|created|established|set\s+up|born)\s+(?:(?!from\b|out\b)[\w'’-]+\s+){0,4}(?:from|out\s+of))\s+(?:(?:the|an?|all|any|both|earlier|older|previous|former|old|its|their|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+){0,3}(?:(?:[\w'’-]+\s+){1,3}?(?:kept\s+|held\s+|made\s+|run\s+|done\s+|set\s+up\s+)?(?:under|of|by)\s+(?:the\s+)?)?${NAMES_BEFORE}(?:the\s+)?[("“‘'*_]*\s*$`,
);
/**
 * A change told after the old name, or after a list it starts: "serious case reviews (SCRs) were replaced by …", "the
 * CRB and the ISA merged into the DBS", "the Pre-school Learning Alliance, which changed its name …".
 */
const CHANGE_AFTER = new RegExp(
  String.raw`^[\s)"”’'*_]*${NAMES_AFTER}[\s,)"”’'*_]*(?:which\s+|that\s+)?(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:since|later|then|now|all|both|also|itself|themselves)\s+)*(?:replaced|superseded|succeeded|renamed|re-?named|rebranded|abolished|absorbed|merged|taken\s+over|stood\s+down|closed)|(?:(?:has|have|had)\s+(?:since\s+)?)?(?:merged|gave\s+way|changed\s+(?:its|their)\s+names?|closed\s+(?:down\s+)?in|renamed\s+(?:itself|themselves)))\b`,
);

/**
 * The change told after the old name with what replaced it as the subject of "which": "the … Board, which the
 * Safeguarding Children Partnership replaced in 2019", "the CRB, which the DBS took over from". `subject` must be the
 * entry's current name (objectRelativeChange).
 */
const CHANGE_AFTER_BY_SUBJECT = new RegExp(
  String.raw`^[\s)"”’'*_]*${NAMES_AFTER}[\s)"”’'*_]*,?\s*(?:which|that)\s+(?<subject>[^.;:!?,()]{1,80}?)\s+(?:(?:has|have|had)\s+)?(?:(?:since|later|then|itself|formally)\s+)*(?:replaced|superseded|succeeded|absorbed|took\s+over\s+from|took\s+the\s+place\s+of)\b`,
);
function objectRelativeChange(entry: Compiled, after: string): boolean {
  const subject = CHANGE_AFTER_BY_SUBJECT.exec(after)?.groups?.subject;
  return subject !== undefined && (entry.currentName?.test(subject) ?? false);
}

/** A sentence whose subject is the body named just before it: "It was formed in 2012 from …", "It replaced …". */
const PRONOUN_SUBJECT =
  /^[\s*_"“]*(?:it|this|they)\s+(?:was|were|has|have|had|replaced|superseded|succeeded|took|absorbed|merged|combined)\b/i;

/**
 * The sentence before the one that starts `before.length` characters before `offset`, in the same paragraph, line
 * or table cell: "| DBS | Disclosure and Barring Service." before "It was formed …". Up to 200 characters; "" if none.
 */
function sentenceBefore(text: string, offset: number, before: string): string {
  const raw = text.slice(Math.max(0, offset - before.length - 250), Math.max(0, offset - before.length));
  const stop = raw.search(/[.!?]\s*$/);
  if (stop < 0) return "";
  const previous = raw.slice(0, stop + 1);
  const start = Math.max(
    previous.search(/(?:[.!?]\s|\n\s*\n|\n(?=[^\S\n]*[|#]))[^.!?]*.$/) + 1,
    previous.length - 200,
    0,
  );
  return previous.slice(start);
}

/**
 * The old name and what replaced it in one sentence that tells the change: "the Disclosure and Barring Service took
 * over that work from the CRB and the ISA in 2012", "child safeguarding practice reviews, which took the place of
 * serious case reviews". Only where the entry knows its current name and the sentence names it; a requirement in
 * the name's own clause keeps the finding ("we ask for a CRB check", "an enhanced CRB …").
 */
function changeBesideCurrent(
  entry: Compiled,
  before: string,
  after: string,
  lastYear: number,
  earlier?: () => string,
): boolean {
  if (!entry.currentName) return false;
  // The body just named, as the subject of the change: "| DBS | Disclosure and Barring Service. It was formed in 2012
  // from the Criminal Records Bureau …" — only by the change told before the old name.
  const named = entry.currentName.test(`${before} … ${after}`);
  if (!named && !(earlier && PRONOUN_SUBJECT.test(before) && entry.currentName.test(earlier()))) return false;
  // The old thing asked for or used now, first: "… and were vetted then hold a CRB check" is not history.
  // The clause ends where its sentence began: "Every helper must have an enhanced DBS check. It was formed …".
  const ownClause = before.slice(before.search(/[^;:,(–—]*$/)).replace(/^[\s\S]*[.!?]\s+(?=\S)/, "");
  if (REQUIREMENT.test(ownClause) || REQUIRED_BEFORE.test(before) || USED_BEFORE.test(before)) return false;
  if (!named) {
    const clause = after.split(NEW_CLAUSE)[0] ?? after;
    return CHANGE_BEFORE.test(before) && !REQUIREMENT.test(clause) && !LIST_THEN_CLAUSE.test(after);
  }
  if (beforeYearHistory(before, after, lastYear)) return true;
  if (CHANGE_AFTER.test(after) || objectRelativeChange(entry, after)) return true;
  const clause = after.split(NEW_CLAUSE)[0] ?? after;
  return CHANGE_BEFORE.test(before) && !REQUIREMENT.test(clause) && !LIST_THEN_CLAUSE.test(after);
}

/**
 * The next sentence goes on about the same body and tells its change: "The board was replaced that year by …", "It
 * was abolished in 2019", "That bureau has since been merged into …" — a pronoun, or "the" and a word of the old
 * name (`noun`), then the change in the past.
 */
const CHANGED_NEXT =
  /^[\s*_"“]*(?:(?:it|they|this|that|these|those)|(?:the|this|that|these|those)\s+(?:old\s+|former\s+|local\s+)?(?<noun>[\w'’-]+))\s+(?:(?:(?:was|were)\s+|(?:has|have|had)\s+(?:since\s+)?been\s+)(?:(?:since|later|then|all|both|also|formally|finally|itself)\s+)*(?:replaced|superseded|succeeded|renamed|abolished|absorbed|merged|taken\s+over|closed|disbanded|dissolved|wound\s+up)|(?:(?:has|have|had)\s+(?:since\s+)?)?(?:merged|closed|gave\s+way|changed\s+(?:its|their)\s+names?|became))\b/i;
/** A present tense in the old name's own clause: "Concerns are passed to the …" is no account of the past. */
const PRESENT_CLAUSE = /\b(?:is|are|am|be|being|gets?)\b/i;
const YEAR_IN = /\b(?:19|20)\d{2}\b/g;

/** The sentence after the one that ends past `from`, in the same paragraph (up to 200 characters), or "". */
function nextSentence(text: string, from: number): string {
  const rest = text.slice(from, from + 500);
  const stop = rest.search(/[.!?](?=\s)/);
  if (stop < 0 || /\n[^\S\n]*\n/.test(rest.slice(0, stop))) return "";
  const next = rest.slice(stop + 1);
  if (/^[^\S\n]*\n[^\S\n]*\n/.test(next)) return "";
  return next.replace(/^\s+/, "").slice(0, 200);
}

/**
 * An old name in a sentence set in the past — "Before 2019 our handbook named the … Board", or a past verb in the
 * name's own clause with a year no later than the name was right ("Our first policy, written in 2015, named the …")
 * — whose change is told after the name in the same sentence ("…, which was replaced that year") or in the next
 * sentence about the same body ("The board was replaced that year by …"). Not an instruction, nor a use now.
 */
function pastThenChanged(
  text: string,
  name: string,
  endOffset: number,
  before: string,
  after: string,
  lastYear: number,
): boolean {
  const clause = after.split(NEW_CLAUSE)[0] ?? after;
  if (REQUIREMENT.test(before) || REQUIREMENT.test(clause) || REQUIRED_BEFORE.test(before)) return false;
  if (USED_BEFORE.test(before)) return false;
  const ownBefore = before.split(NAME_CLAUSE_BREAK).pop() ?? "";
  const ownAfter = clause.split(NAME_CLAUSE_BREAK)[0] ?? "";
  const years = [...`${before} ${after}`.matchAll(YEAR_IN)].map((m) => Number(m[0]));
  const past =
    beforeYearHistory(before, after, lastYear) ||
    (years.length > 0 &&
      years.every((y) => y <= lastYear) &&
      (PAST.test(ownBefore) || PAST.test(ownAfter)) &&
      !PRESENT_CLAUSE.test(ownBefore) &&
      !PRESENT_CLAUSE.test(ownAfter));
  if (!past) return false;
  if (CHANGE_AFTER.test(after)) return true;
  const changed = CHANGED_NEXT.exec(nextSentence(text, endOffset + after.length));
  if (!changed) return false;
  const noun = changed.groups?.noun;
  if (!noun) return true;
  const singular = (w: string) => w.toLowerCase().replace(/s$/, "");
  return name.split(/[^\w'’-]+/).some((w) => w.length >= 3 && singular(w) === singular(noun));
}

/** A month's name as a title's date writes it ("March", "Sept."): the title patterns are case-sensitive. */
const MONTH_CAPITAL = String.raw`(?:[Jj]an|[Ff]eb|[Mm]ar|[Aa]pr|[Mm]ay|[Jj]un|[Jj]ul|[Aa]ug|[Ss]ep|[Ss]ept|[Oo]ct|[Nn]ov|[Dd]ec)[a-z]*\.?`;
/** Words of a title: capitalised, or the small words titles keep in lower case. */
const TITLE_WORD = String.raw`(?:[A-Z][\w'’&-]*|of|and|the|for|in|on|to|with|from|at|by|a|an|&|[,:–—-])`;
const TITLE_AFTER = String.raw`(?:[ \t]*\n?[ \t]*${TITLE_WORD})*`;
/** "… (Northern Ireland) Order 2003", "… Act 2004", "… Regulations (Northern Ireland) 2009". */
const STATUTE_AFTER = new RegExp(
  String.raw`^${TITLE_AFTER}\s*(?:\(\s*[A-Z][\w\s.]*\)\s*)?(?:Act|Order|Regulations|Measure|Bill|Rules)\b(?:\s*\(\s*(?:Northern\s+Ireland|N\.?\s?I\.?)\s*\))?,?\s*\(?(?:19|20)\d{2}\b`,
);
/**
 * A publication cited with its year: "… Adults: A Shared Responsibility (2006)", "… in Schools (UKCCIS, 2016)" — not a
 * heading dated for its own change ("Peer on Peer Abuse (Updated 2022)").
 */
const PUBLICATION_AFTER = new RegExp(
  String.raw`^${TITLE_AFTER}[\s*_"”’]*\(\s*(?!(?:[Uu]pdated|[Rr]evised|[Rr]eviewed|[Aa]mended|[Aa]dded|[Nn]ew|[Ff]rom|[Ss]ince|[Ll]ast|[Ee]ffective|[Dd]ue)\b)(?:[A-Z][^()]{0,60}?,?\s+)?(?:(?:\d{1,2}\s+)?${MONTH_CAPITAL},?\s+)?(?:19|20)\d{2}\s*\)`,
);
/**
 * The setting's own document dated with its year only: "Safeguarding and Vulnerable Adults Policy (2023)", "our
 * Sexting Policy (March 2022)", "the Peer on Peer Abuse Procedure (September 2024)" — a title ending in Policy,
 * Procedure(s), Statement, Code of Conduct or Guidance, with no publisher in the bracket and no quotation marks or
 * emphasis: its words are the setting's own use of the term, not someone else's publication.
 */
const OWN_DOCUMENT_AFTER = new RegExp(
  String.raw`^${TITLE_AFTER}\s+(?:Polic(?:y|ies)|Procedures?|Statement|Code\s+of\s+Conduct|Guidance)[ \t]*\(\s*(?:(?:\d{1,2}\s+)?${MONTH_CAPITAL},?\s+)?(?:19|20)\d{2}\s*\)`,
);
const TITLE_BEFORE = new RegExp(String.raw`(?:(?:^|[\s("“‘'*_])[A-Z][\w'’&-]*(?:\s+${TITLE_WORD})*\s+)$`);
const QUOTED_TITLE_BEFORE = new RegExp(String.raw`["“‘*_](?:[A-Z][\w'’&-]*(?:\s+${TITLE_WORD})*\s+)?$`);
const QUOTED_TITLE_AFTER = new RegExp(`^${TITLE_AFTER}[*_]*["”’*_]`);
/** Every word of the old words capitalised ("Vulnerable Adults", "Peer-on-Peer Abuse"): a title's words. */
const TITLE_CASE = /^[A-Z][\w'’-]*(?:[\s-]+(?:[A-Z][\w'’-]*|on|to|of))*$/;

/**
 * A term inside a title: the title of an Act or Order ("the Protection of Children and Vulnerable Adults (Northern
 * Ireland) Order 2003"), or of a publication cited with its year or in quotation marks ("Safeguarding Vulnerable
 * Adults: A Shared Responsibility (2006)"). The title's word is not the policy's own use of the term.
 */
function termInTitle(words: string, before: string, after: string): boolean {
  if (!TITLE_CASE.test(words.replace(/\s+/g, " "))) return false;
  if (STATUTE_AFTER.test(after)) return true;
  // A publication's title has more words than the term: "Sexting (2016)" alone is the term with a year.
  const more =
    TITLE_BEFORE.test(before) ||
    /^[ \t]*\n?[ \t]*(?:[A-Z]|(?:of|and|the|for|in|on|to|with|from|at|by|a|an)\s+[A-Z])/.test(after) ||
    /^\s*[:–—-]\s*[A-Z]/.test(after);
  if (!more) return false;
  return (
    (PUBLICATION_AFTER.test(after) && !OWN_DOCUMENT_AFTER.test(after)) ||
    (QUOTED_TITLE_BEFORE.test(before) && QUOTED_TITLE_AFTER.test(after))
  );
}

/** A web or email address holding the words ("www.riverbendlscb.org.uk", "lscb@…"): an address is not wording. */
function insideAddress(text: string, offset: number, endOffset: number): boolean {
  const head = text.slice(Math.max(0, offset - 200), offset);
  const tail = text.slice(endOffset, endOffset + 200);
  const token =
    head.slice(head.search(/[^\s<>()[\]"'|]*$/)) +
    text.slice(offset, endOffset) +
    tail.slice(0, tail.search(/[\s<>()[\]"'|]|$/));
  return /@|:\/\/|^www\.|\.(?:org|gov|co|ac|nhs|sch)\.uk\b|\.(?:com|org|net)\b/i.test(token);
}

/** A change-history line: "| 3 | Sept 2023 | Updated for KCSIE 2023 |", "v2.1 – 01/09/2019 – amended for …". */
const HISTORY_LINE_START =
  /^\s*(?:[-*•]\s*)?\|?\s*(?:v(?:ersion)?\s*\d+(?:\.\d+)*|\d+(?:\.\d+)+|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{2,4}|(?:19|20)\d{2}|\d+)\s*[:|–—-]/i;
const CHANGE_WORDS =
  /\b(?:updated?|amended|amendments?|revised|revisions?|changes?|changed|reviewed|added|rewritten|reflects?|brought\s+in\s+line|new\s+(?:edition|version|guidance))\b/i;

/** A PDF's reading of a version table's row, its cells run together: "1.2 25/09/2018 Replaced the …". */
const VERSION_ROW_START = /^\s*(?:v(?:ersion)?\s*)?\d+(?:\.\d+)+\s+\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s/i;

/**
 * A change log's record of the old name being replaced, changed or removed, in the words of its cell before and after
 * the name: "Replaced the last references to CRB checks with DBS", "Removed all mentions of the LSCB", "Updated CRB
 * to DBS", "'Local Safeguarding Children Board' changed to the new Partnership". What it became is a name (a capital
 * letter): not "Updated the LSCB to reflect new contacts", which works on the old body.
 */
const CHANGE_LOG_DETERMINERS = String.raw`(?:(?:the|all|any|every|last|remaining|old|outdated|former|previous|earlier|other)\s+){0,3}`;
const CHANGE_LOG_REFERENCES_BEFORE = new RegExp(
  String.raw`\b(?:replac(?:e|ed|es)|remov(?:e|ed|es)|delet(?:e|ed|es)|updat(?:e|ed|es)|chang(?:e|ed|es)|amend(?:ed|s)?|correct(?:ed|s)?|took\s+out|dropped)\s+${CHANGE_LOG_DETERMINERS}(?:references?|mentions?)\s+(?:to|of)\s+(?:the\s+|an?\s+)?[("“‘'*_]*$`,
  "i",
);
const CHANGE_LOG_VERB_BEFORE = new RegExp(
  String.raw`\b(?:replac(?:e|ed|es)|updat(?:e|ed|es)|chang(?:e|ed|es)|amend(?:ed|s)?|correct(?:ed|s)?|swapp?(?:ed|s)?|switch(?:ed|es)?|renam(?:e|ed|es))\s+${CHANGE_LOG_DETERMINERS}[("“‘'*_]*$`,
  "i",
);
const CHANGE_LOG_TO_NAME = String.raw`(?:with|to|by)\s+(?:(?:the|a|an|new|our|its|their|current|local)\s+){0,3}[("“‘'*_]*\p{Lu}`;
const CHANGE_LOG_NAME_AFTER = new RegExp(
  String.raw`^[\s"”’')*_]*(?:(?:checks?|disclosures?|certificates?)\s+)?${CHANGE_LOG_TO_NAME}`,
  "u",
);
const CHANGE_LOG_VERB_AFTER = new RegExp(
  String.raw`^[\s"”’')*_]*(?:(?:checks?|disclosures?|certificates?)\s+)?(?:(?:was|were|has\s+been|have\s+been)\s+)?(?:changed|updated|amended|switched|swapped|renamed|replaced|corrected)\s+${CHANGE_LOG_TO_NAME}`,
  "iu",
);

/**
 * A change log's row by its version or date, not a bare step number: an arrow in "| 2 | LSCB → Children's Social Care |"
 * is a referral route's step.
 */
const VERSIONED_LINE_START =
  /^\s*(?:[-*•]\s*)?\|?\s*(?:v(?:ersion)?\s*\d+(?:\.\d+)*|\d+(?:\.\d+)+|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?\s+\d{2,4}|(?:19|20)\d{2})\s*[:|–—-]/i;
/** A cell that records a renaming with an arrow, the old name first: "LSCB → Hollowmere Safeguarding Partnership". */
const CHANGE_LOG_CELL_START = /^\s*(?:the\s+)?[("“‘'*_]*$/i;
const CHANGE_LOG_ARROW_AFTER =
  /^[\s"”’')*_]*(?:(?:checks?|disclosures?|certificates?)\s+)?(?:→|->|=>|⇒|➔|➜|⟶)\s*(?:(?:the|a|an|new|our|its|their|current|local)\s+){0,3}[("“‘'*_]*\p{Lu}/u;

/** Whether the mention at offset is a version table row's record of its replacement (see CHANGE_LOG_…). */
function changeLogReplacement(text: string, offset: number, endOffset: number): boolean {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", endOffset);
  const line = text.slice(start, lineEnd < 0 ? text.length : lineEnd);
  if (!HISTORY_LINE_START.test(line) && !VERSION_ROW_START.test(line)) return false;
  const head = text.slice(start, offset);
  const cellBefore = head.slice(head.lastIndexOf("|") + 1);
  const tail = text.slice(endOffset, lineEnd < 0 ? text.length : lineEnd);
  const bar = tail.indexOf("|");
  const cellAfter = bar < 0 ? tail : tail.slice(0, bar);
  return (
    CHANGE_LOG_REFERENCES_BEFORE.test(cellBefore) ||
    (CHANGE_LOG_VERB_BEFORE.test(cellBefore) && CHANGE_LOG_NAME_AFTER.test(cellAfter)) ||
    CHANGE_LOG_VERB_AFTER.test(cellAfter) ||
    (CHANGE_LOG_CELL_START.test(cellBefore) &&
      CHANGE_LOG_ARROW_AFTER.test(cellAfter) &&
      (VERSIONED_LINE_START.test(line) || VERSION_ROW_START.test(line)))
  );
}

function inChangeHistory(text: string, offset: number): boolean {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  const line = text.slice(start, end < 0 ? text.length : end);
  return HISTORY_LINE_START.test(line) && CHANGE_WORDS.test(line);
}

function editionYear(match: RegExpExecArray): number | undefined {
  const raw = match.groups?.year ?? match.groups?.year2 ?? match.groups?.year3;
  if (!raw) return undefined;
  const digits = raw.replace(/\D/g, "");
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

/** The edition in force on a day: the latest whose `from` has passed. */
function editionInForce(editions: Edition[], asOf: string): Edition | undefined {
  return [...editions]
    .filter((e) => e.from <= asOf)
    .sort((a, b) => a.year - b.year)
    .at(-1);
}

/** The last year an old reference was right: the year it was replaced, and never after the audit's year. */
function lastYear(entry: OutdatedReference, replacedOn: string | undefined, asOf: string): number {
  const changed = entry.from ?? replacedOn;
  const year = Number(asOf.slice(0, 4));
  return changed ? Math.min(Number(changed.slice(0, 4)), year) : year;
}

/** Every outdated reference in a text, as of a day (an entry that changed after it is not yet outdated). */
export function findOutdatedReferences(
  text: string,
  asOf = "9999-12-31",
  paragraphAt?: ParagraphAt,
): ReferenceMatch[] {
  const found: ReferenceMatch[] = [];
  const comments = htmlCommentRanges(text);
  // Many entries share their whole-document condition (a policy written for Wales): each is read once.
  const documentHas = new Map<string, boolean>();
  const inDocument = (re: RegExp) => {
    const known = documentHas.get(re.source);
    if (known !== undefined) return known;
    const has = re.test(text);
    documentHas.set(re.source, has);
    return has;
  };
  for (const entry of outdatedReferences()) {
    let current: Edition | undefined;
    if (entry.editions) {
      current = editionInForce(entry.editions, asOf);
      if (!current) continue;
    } else if (!entry.wrong_name && entry.from && entry.from > asOf) continue;
    if (entry.inDocument && !inDocument(entry.inDocument)) continue;
    if (entry.notInDocument && inDocument(entry.notInDocument)) continue;
    const matches = entry.titleOnly && !entry.titleOnly.test(text) ? [] : allMatches(entry.re, text);
    // A policy that cites the edition in force somewhere has been brought up to date: an old edition in its
    // change history ("| 3 | Sept 2023 | Updated for KCSIE 2023 |") is history, not a reference.
    const upToDate =
      current !== undefined && matches.some((m) => (editionYear(m) ?? 0) >= (current?.year ?? Infinity));
    // Where this entry's mentions were history: "the Criminal Records Bureau (CRB)" after "which replaced" is
    // history in both its words.
    let historyEnd = -1;
    for (const match of matches) {
      const offset = match.index ?? 0;
      const endOffset = offset + match[0].length;
      let year: number | undefined;
      let replacedOn: string | undefined;
      if (current && entry.editions) {
        year = editionYear(match);
        // The edition in force, and a later year (a draft, or an edition this data does not know yet), are fine.
        if (year === undefined || year >= current.year) continue;
        if (upToDate && inChangeHistory(text, offset)) continue;
        const cited = year;
        replacedOn = entry.editions.filter((e) => e.year > cited).sort((a, b) => a.year - b.year)[0]?.from;
      }
      if (found.some((f) => offset < f.endOffset && endOffset > f.offset)) continue;
      if (insideAddress(text, offset, endOffset)) continue;
      if (comments.some(([a, b]) => offset >= a && offset < b)) continue;
      const around = sentenceAround(text, offset, endOffset, paragraphAt);
      const before = around.before;
      // A publication's year after its title is part of its name: "Safe to Learn (2007) was replaced by …".
      const titled = QUOTED_TITLE.test(entry.old);
      const after = titled ? around.after.replace(HARVARD_YEAR_AFTER, "") : around.after;
      const sentence = before + match[0] + after;
      if (entry.nearby?.test(sentence)) continue;
      if (entry.next?.test(around.after)) continue;
      // "Sharing nude or semi-nude images (still called sexting in some older leaflets)", "Older guidance called the
      // sharing of nude images "sexting"": a term given as another's word beside the current one, in any of its
      // forms, is that term's alias.
      if (
        entry.term &&
        (ALIAS_BEFORE.test(before) || namedInQuotes(before, after)) &&
        entry.currentName?.test(sentence)
      )
        continue;
      if (entry.term && termInTitle(match[0], before, after)) continue;
      if (entry.required && !entry.required.test(sentence)) continue;
      if (
        !entry.wrong_name &&
        ((historical(before, after) &&
          !(entry.term && ALIAS_BEFORE.test(before) && !HISTORY_AFTER.test(after))) ||
          stillUsedAnsweredNo(before, text.slice(endOffset, endOffset + 80)) ||
          changeLogReplacement(text, offset, endOffset) ||
          (!entry.term && othersOldName(entry, before, after)) ||
          datedHistory(before, after, lastYear(entry, replacedOn, asOf), titled) ||
          recalledHistory(before, after, Number(asOf.slice(0, 4))) ||
          namedAsReplaced(
            text.slice(Math.max(0, offset - 80), offset),
            text.slice(endOffset, endOffset + 80),
            lastYear(entry, replacedOn, asOf),
          ) ||
          (!entry.term && oldRecordsKept(match[0], before, after)) ||
          changeBesideCurrent(entry, before, after, lastYear(entry, replacedOn, asOf), () =>
            sentenceBefore(text, offset, before),
          ) ||
          pastThenChanged(text, match[0], endOffset, before, after, lastYear(entry, replacedOn, asOf)) ||
          (historyEnd >= 0 && /^[\s*_]*[([][\s*_]*$/.test(text.slice(historyEnd, offset))) ||
          // "The DBS replaced the old CRB in 2012; some halls still ask for a 'CRB'": the sentence that gave the
          // name as history goes on to quote or explain it — the same name again there is the one explained. Not
          // "…, and every volunteer must still hold a current CRB check": that asks for the old thing.
          (historyEnd >= 0 &&
            offset - historyEnd < 300 &&
            !/[.!?](?:\s|$)|\n\s*\n/.test(text.slice(historyEnd, offset)) &&
            mentionedNotRequired(before, after)))
      ) {
        historyEnd = endOffset;
        continue;
      }
      const named = BODY_NAME_END.test(match[0]) ? nameStart(text, offset, endOffset) : offset;
      found.push({
        offset: named,
        endOffset,
        text: text.slice(named, endOffset),
        entry,
        year,
        current,
        replacedOn,
      });
    }
  }
  found.sort((a, b) => a.offset - b.offset);
  dropCovered(found);
  for (let i = 1; i < found.length; i++) {
    const previous = found[i - 1];
    const match = found[i];
    if (previous.entry.id === match.entry.id || previous.year !== undefined || match.year !== undefined)
      continue;
    if (
      /^[\s*_]*[([][\s*_]*$/.test(text.slice(previous.endOffset, match.offset)) &&
      /^[\s*_]*[)\]]/.test(text.slice(match.endOffset, match.endOffset + 8))
    )
      match.bracketOf = previous.bracketOf ?? previous;
  }
  return found;
}

/** Drops the terms whose outdated guidance the same text is found to follow (`covered_by`). */
function dropCovered(found: ReferenceMatch[]): void {
  const ids = new Set(found.map((f) => f.entry.id));
  for (let i = found.length - 1; i >= 0; i--) {
    const by = found[i].entry.covered_by;
    if (by && ids.has(by)) found.splice(i, 1);
  }
}

/**
 * The outdated references of a document. A PDF's sentence that a page break cuts ("… follow Keeping Children Safe in
 * Education" / footer / "(September 2019), and …") is read whole, its page furniture skipped: the title and its
 * edition's year are one reference. What the furniture itself cites is still read, in its own words.
 */
function referencesInDocument(document: SourceDocument, asOf: string): ReferenceMatch[] {
  const joined = joinPageCuts(document);
  const paragraphAt = document.format === "pdf" ? pdfParagraphs(document, joined.cuts) : undefined;
  // Markdown or Word copied out of a PDF keeps its words hyphenated over lines ("Local Safe-" / "guarding Children
  // Board"): read them rejoined, as the reading text does (same length, same offsets). A PDF's reader rejoins its own.
  if (joined.cuts.length === 0)
    return findOutdatedReferences(
      document.format === "pdf" ? document.text : rejoinBrokenWords(document.text),
      asOf,
      paragraphAt,
    );
  const inCut = (m: ReferenceMatch) => joined.cuts.some(([from, to]) => m.offset >= from && m.offset < to);
  return [
    ...findOutdatedReferences(joined.text, asOf, paragraphAt),
    ...findOutdatedReferences(document.text, asOf).filter(inCut),
  ].sort((a, b) => a.offset - b.offset);
}

/** One finding per distinct outdated reference: the same body or edition named thirty times is one problem. */
export interface ReferenceGroup {
  first: ReferenceMatch;
  count: number;
  /** The different ways the text writes it ("Local Safeguarding Children Board", "LSCB"). */
  forms: string[];
}

export function groupReferences(matches: ReferenceMatch[]): ReferenceGroup[] {
  const keyOf = (match: ReferenceMatch) => `${match.entry.id}\u0000${match.year ?? ""}`;
  // A body and its abbreviation in brackets are one body: every mention of either counts in one group.
  const sameAs = new Map<string, string>();
  for (const match of matches)
    if (match.bracketOf && !sameAs.has(keyOf(match))) sameAs.set(keyOf(match), keyOf(match.bracketOf));
  const groups = new Map<string, ReferenceGroup>();
  for (const match of matches) {
    const own = keyOf(match);
    const key = sameAs.get(own) ?? own;
    // As a reader sees it: "*No Secrets* (2000)" in Markdown is "No Secrets (2000)" in italics.
    const words = match.text
      .replace(/\s+/g, " ")
      .replace(/(?<=\w)[*_]{1,2}(?=[\s).,;:]|$)|(?<=^|[\s(])[*_]{1,2}(?=\w)/g, "")
      .trim();
    const group = groups.get(key);
    if (!group) groups.set(key, { first: match, count: 1, forms: [words] });
    else {
      // The words in brackets are the same mention written another way, not another mention.
      if (!match.bracketOf) group.count++;
      if (!group.forms.some((f) => f.toLowerCase() === words.toLowerCase())) group.forms.push(words);
    }
  }
  return [...groups.values()];
}

function replacedBy(match: ReferenceMatch): string {
  return match.entry.replaced_by.replace("{current}", String(match.current?.year ?? ""));
}

function message(group: ReferenceGroup): string {
  const { first, count, forms } = group;
  const { entry } = first;
  const words = forms[0];
  const also =
    forms.length > 1
      ? ` (also written ${forms
          .slice(1, 4)
          .map((f) => `"${f}"`)
          .join(", ")})`
      : "";
  const times = count > 1 ? `; it is mentioned ${count} times in this policy, first here` : "";
  const instead = `write "${replacedBy(first)}" instead`;
  if (entry.wrong_name) return `"${words}"${also} is not the right name: ${entry.note}${times} — ${instead}`;
  if (first.year !== undefined && first.current) {
    const when = first.replacedOn ? ` on ${formatUk(first.replacedOn)}` : "";
    return `"${words}"${also} is out of date: the ${first.year} edition was replaced${when}, and the ${first.current.year} edition is in force${times} — ${instead}`;
  }
  return `"${words}"${also} is out of date: ${entry.note} (since ${entry.since})${times} — ${instead}`;
}

export const rule: Rule = {
  meta: {
    id: "outdated-reference",
    description:
      'Finds laws, bodies, guidance and terms that have been replaced — Local Safeguarding Children Boards, the CRB, the Data Protection Act 1998, old editions of Working Together, Keeping Children Safe in Education and the Prevent duty guidance, "peer on peer abuse", "sexting", "vulnerable adults", Serious Case Reviews and others listed in data/outdated-references.yaml — as of the audit date. Each one is reported once, with how often the policy uses it. An out-of-date reference sends readers to rules that no longer apply: update the wording.',
    defaultSeverity: "warning",
  },
  checkDocument(context) {
    for (const group of groupReferences(referencesInDocument(context.document, context.asOf))) {
      const { first } = group;
      reportAt(context, first.offset, first.endOffset, message(group), {
        actual: first.text,
        expected: replacedBy(first),
      });
    }
  },
  checkSetting(context) {
    for (const [key, value] of Object.entries(context.setting.sections ?? {})) {
      if (typeof value !== "string") continue;
      for (const group of groupReferences(findOutdatedReferences(value, context.asOf))) {
        const { first } = group;
        context.report({
          message: `sections.${key} in ${context.setting.source}: ${message(group)}`,
          path: ["sections", key],
          excerpt: first.text,
          actual: first.text,
          expected: replacedBy(first),
        });
      }
    }
  },
};
