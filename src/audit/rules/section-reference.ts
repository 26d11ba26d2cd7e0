/**
 * section-reference: "see section 7" where there is no section 7, or section 7 is about something else (its
 * title names another subject, or the reference says what it is for and section 7 never mentions it);
 * "(page 4)" on a web page, which has no pages, or "(see p.12)" in a PDF or Word file of two pages; "as set out
 * in paragraph 5.3" where section 5's numbered paragraphs stop at 5.2; "in Appendix C" (or "Annex C") where the
 * appendices are A and B; "in Part H" where the policy's parts are lettered A to G; 'under "Photos and filming" below' where no section has that title. Sections, paragraphs and appendices of
 * Acts and of other documents ("section 47 of the Children Act 1989", "Part 5 of KCSIE", "paragraph 14 of KCSIE",
 * "appendix 9 of the full policy") are not references into this one.
 */
import type { DocumentContext, Rule } from "../rule.js";
import { type ContentsEntry, type ContentsList, type HeadingText, titleKey } from "../text/find.js";
import { ROMAN_NUMERAL, romanNumber } from "../text/headings.js";
import { allMatches } from "../text/matches.js";
import { pdfParagraphs } from "../text/paragraphs.js";
import { knownSubject, sameSubjectWords } from "../text/subject-words.js";
import { opensWithCommand } from "../text/tagger.js";
import { linksToNowhere } from "./empty-link.js";
import { analyse, knownPageCount, reportAt } from "./helpers.js";
import { checkLetteredParagraphs } from "./lettered-paragraphs.js";
import { checkPartSections } from "./part-sections.js";
import { checkRomanSections } from "./roman-sections.js";
import { checkCodedSections } from "./section-codes.js";

/**
 * "section 7", "sections 4", and a numbered paragraph: "paragraph 5.3", "para. 5.3" (a paragraph counts only with a
 * dotted number, or "of this policy": "paragraph 14" alone is most often another document's).
 */
const REFERENCE =
  /\b(?:(?:sections?|(paragraphs?|paras?\.?))\s+(\d+(?:\.\d+)*)|(clauses?)\s+(\d+(?:\.\d+)*))(?<sub>(?:\((?:\d{1,3}|[a-z]|[ivx]{1,4})\)){0,3})(?!\.?\d|\w)|(?<![\w.])(?<bare>\d{1,2}\.\d{1,2}(?:\.\d{1,2})?)(?<bareSub>\((?:[a-z]|[ivx]{2,4})\)(?:\([ivx]{1,4}\))?)(?![\w(])/gi;
/** "Section IX", "sections IV": a section in Roman numerals, read only in a policy whose headings number them so. */
const ROMAN_REFERENCE = new RegExp(
  String.raw`\b(?:[Ss]ections?|SECTIONS?)\s+(${ROMAN_NUMERAL})(?![\p{L}\d])`,
  "gu",
);

/**
 * The section sign as a cross-reference: "the steps in §7", "§ 7", "§4.2" (read as "section 7"). Not "§§", whose
 * sections are a range; "§ 47 of the Children Act" is an Act's, as "section 47 of" is.
 */
const SECTION_SIGN = /(?<![§\w])§[^\S\n]?(\d{1,2}(?:\.\d{1,2})*)(?![\w§]|\.\d)/g;

/**
 * The references to read: REFERENCE's, "§7" read as "section 7", and where the policy numbers its sections in Roman numerals, "Section IX"
 * read as REFERENCE reads "section 9" (the number in Arabic, where REFERENCE puts it), with the numerals kept by offset.
 */
function sectionReferences(text: string, headings: readonly HeadingText[], pointZero: boolean) {
  const matches = allMatches(REFERENCE, text);
  for (const m of allMatches(SECTION_SIGN, text))
    matches.push(
      Object.assign([m[0], undefined, m[1]] as unknown as RegExpMatchArray, {
        index: m.index ?? 0,
        input: text,
        groups: {},
      }),
    );
  const numerals = new Map<number, string>();
  if (pointZero) {
    for (const m of allMatches(POINT_ZERO_REFERENCE, text)) {
      const index = m.index ?? 0;
      matches.push(
        Object.assign([m[0], undefined, m[1]] as unknown as RegExpMatchArray, {
          index,
          input: text,
          groups: {},
        }),
      );
      numerals.set(index, `${m[1]}.0`);
    }
  }
  if (!headings.some((h) => h.numeral)) {
    matches.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
    return { matches, numerals };
  }
  for (const m of allMatches(ROMAN_REFERENCE, text)) {
    const numeral = m[1];
    const index = m.index ?? 0;
    const read = Object.assign(
      [m[0], undefined, String(romanNumber(numeral))] as unknown as RegExpMatchArray,
      {
        index,
        input: text,
        groups: {},
      },
    );
    matches.push(read);
    numerals.set(index, numeral);
  }
  matches.sort((a, b) => (a.index ?? 0) - (b.index ?? 0));
  return { matches, numerals };
}

/**
 * In a policy whose sections are numbered "1.0", "2.0" …, the bare number after a pointer is a reference to a
 * section: "see 6.0 – Competitions", "(see also 6.0)", "as set out in 6.0" ("see" kept in what is reported).
 */
const POINT_ZERO_REFERENCE =
  /\b(?:see(?:[^\S\n]+also)?|refer[^\S\n]+to|(?:set[^\S\n]+out|described|explained)[^\S\n]+in)[^\S\n]+(\d{1,2})\.0(?![\d.]\d|\w)/gi;

/**
 * Sections numbered "1.0", "2.0" … (two at least, and no heading numbered "1", "2" …): read as sections 1, 2 …, so
 * that "section 6", "section 6.0" and "see 6.0" all find "6.0 Reporting a concern", and "6.1" is one of its parts.
 * Returns the headings so read (copies) with the numbers as written, or nothing where the policy is not numbered so.
 */
function pointZeroSections(
  numbered: readonly HeadingText[],
): { headings: HeadingText[]; written: Map<HeadingText, string> } | undefined {
  const whole = numbered.filter((h) => /^\d{1,2}\.0$/.test(h.number ?? ""));
  if (whole.length < 2 || numbered.some((h) => !h.number?.includes("."))) return undefined;
  const written = new Map<HeadingText, string>();
  const headings = numbered.map((h) => {
    if (!whole.includes(h)) return h;
    const read = { ...h, number: (h.number as string).slice(0, -2) };
    written.set(read, h.number as string);
    return read;
  });
  return { headings, written };
}

/** A reference's sub-parts: "(b)", "(c)(ii)"; "(2)" is an Act's subsection. */
const SUB_PARTS = /\(([a-z\d]{1,4})\)/gi;
/** A heading that numbers a clause: "Clause 4. Allegations", "## Clause 4 – Allegations". */
const CLAUSE_HEADING = /^[^\S\n]*(?:#{1,6}[^\S\n]+)?(?:\*\*|__)?clause\s+\d/i;
/** Words before "section N" that make it a pointer into this document. */
const POINTER_BEFORE =
  /\b(?:see|in|at|to|within|under|and|or|described\s+in|set\s+out\s+in|refer\s+to|also|follow|read|consult|use|apply|per|covered\s+by)\s+$/i;
/**
 * Before a reference, whose it is: "(see its section 4.3)", "the governing body's section 5", "their Part H" — a part
 * of the document the sentence has just named, not of this one ("our section 4" is this policy's).
 */
const OWNER_BEFORE = /(?:\b(?:its|their|his|her)|\p{L}['’]s?)\s+$/iu;
/**
 * Before a reference, another document named with its own title and then a comma, colon or dash, on the same line:
 * "- Away Trips Policy, sections 3.2 and 3.5", "Kit Procedure: section 6" — a list of related policies, each with
 * the sections it points to. The title's words are capitalised; "This Policy," and the policy's own title are not
 * another document (`namesOtherTitle`).
 */
const TITLED_DOCUMENT_BEFORE =
  /(\p{Lu}[^\n,;:.()[\]]{0,60}?[^\S\n](?:Polic(?:y|ies)|Procedures?|Protocols?|Guidance|Guidelines|Handbook|Plan|Framework|Constitution|Code[^\S\n]+of[^\S\n]+(?:Conduct|Practice)))[^\S\n]*[,:–—-][^\S\n]*$/u;
/** What follows a section of an Act: "section 47 of the Children Act", "section 47 enquiries". */
const STATUTE_AFTER =
  /^\s*(?:\(\d|of\b|enquir|assessment|investigation|order|notice|duty|strategy|referral|child|report|powers?\b|checks?\b)/i;
/**
 * "section 9 of this policy", "section 4 of this document", "section 9 of the policy": the "of" names this one, not
 * an Act ("of the trust policy" names another). Not "of this guidance", which names the statutory guidance a policy
 * quotes far more often than the policy itself.
 */
const OF_THIS_DOCUMENT =
  /^\s*of\s+(?:(?:this|these)\s+(?:policy|policies|document|procedures?|statement)\b|the\s+policy\b(?![\w'’-]))/i;
/**
 * What follows a reference's number and names another document, whose section or paragraph it is: "section 11 in the
 * council's procedures", "… in the Local Authority Designated Officer protocol", "… of the club's camping code",
 * "section 11 (Scouts UK safeguarding procedures)" — not "of this policy", "in these procedures", nor words running
 * on into the sentence ("section 12 in full and follow the code"). A bracket is a document's name only when it is
 * no title of this policy's (`namesOwnTitle`).
 */
const OTHER_DOCUMENT_AFTER =
  /^[^\S\n]*(?:,[^\S\n]*)?(?:(?:in|of|under|within|from)\s+(?!(?:this|these)\b)|(\()\s*)((?:(?!(?:and|or|then|but|to|for|if|when)\b)[\w'’-]+\s+){0,6}?(?:safeguarding\s+)?(?:procedures?|protocols?|polic(?:y|ies)|handbooks?|guidance|guidelines|codes?(?:\s+of\s+(?:conduct|practice|behaviour))?|plans?|manuals?|rule\s?books?|constitution|framework|toolkit|bye-?laws))\b(?![\w'’-])/i;
/** Another document named in the same sentence: its sections are its own. */
const OTHER_DOCUMENT =
  /\bAct\b|\bRegulations?\b|\bOrder\s+\d{4}\b|\bKCSIE\b|Keeping\s+Children\s+Safe|Working\s+Together|\bEYFS\b|Handbook|\bStatutory\s+Framework\b/;
/**
 * Sections of Acts that policies quote without naming the Act in the same sentence (Children Act 1989 s17,
 * s20, s31, s44, s46, s47; Children Act 2004 s10, s11; Education Act 2002 s157, s175; FGM Act s5B): a
 * "section 47" in a policy with a dozen sections is the Act's.
 */
const STATUTE_SECTIONS = new Set(["10", "11", "17", "20", "31", "44", "46", "47", "157", "175", "5B"]);
/**
 * "for the form", "for the reporting flowchart", "for the contact list": what a reference says its section holds
 * is one of this policy's own things, which no Act has. Not "for any form of significant harm", "for all forms of
 * safeguarding": a form or template "of" something is a kind of it, or another body's.
 */
const OWN_THING =
  /^ for (?:the |our |a |an )?(?:[\w'’-]+ ){0,3}?(?:forms?|flow ?charts?|templates?|checklists?|body maps?|contact (?:list|details|numbers)|(?:tele)?phone numbers|record(?:ing)? sheets?|incident (?:form|log|sheet)s?)\b(?! of\b)/i;
/** After a reference, what it is for when that is one of our own procedures: " for the allegations procedure in full". */
const OWN_PROCEDURE_FOR =
  /^ for (?:the |our )?(?:[\w'’-]+ ){0,3}?(?:procedures?|process|steps|arrangements)\b(?! of\b)/i;
/** A title after a dash or colon on the reference's line, running to the sentence's end: " – Allegations against staff." */
const DASH_TITLE_TO_END =
  /^[^\S\n]*[:–—-][^\S\n]*([A-Z][^.;:!?()"“”\n]{2,80}?)[^\S\n]*(?=[.;](?:\s|$)|[^\S\n]*\n)/;
/** DASH_TITLE_TO_END in a PDF's text, whose line may break inside the title: on over one line break to a full stop. */
const DASH_TITLE_WRAPPED =
  /^[^\S\n]*[:–—-][^\S\n]*([A-Z][^.;:!?()"“”\n]{2,80}?(?:\n[^.;:!?()"“”\n]{1,80}?)?)[^\S\n]*(?=[.;](?:\s|$))/;
/**
 * A title after a dash or colon that closes a bracket opened earlier in the sentence: "(how to fill in the sheet is
 * set out in section 8 – Recording concerns)". A PDF's or Markdown source's line may break after the dash.
 */
const DASH_TITLE_TO_BRACKET =
  /^[^\S\n]*[:–—-][^\S\n]*(?:\n[^\S\n]*)?([A-Z][^.;:!?()"“”\n]{2,80}?)[^\S\n]*(?=\))/;
/**
 * "follow the steps in section 11", "use the incident form in section 11", "fill in the checklist set out in section
 * 11": what the reference sends the reader to, said before it, is one of this policy's own things — steps to follow,
 * a form, a flowchart — which no Act's section holds. Not "take steps", "the statutory procedure in", "the
 * arrangements in" or "the duties in" (what an Act's section 11 or 175 is about).
 */
const OWN_THING_BEFORE =
  /\b(?:follow|use|complete|fill\s+in|see|read|refer\s+to|check)\s+(?:the|our)\s+(?:(?!statutory\b|legal\b|law\b)[\w'’-]+\s+){0,2}?(?:steps|procedures?|process|flow\s?charts?|forms?|templates?|checklists?|contact\s+(?:list|details|numbers)|(?:tele)?phone\s+numbers)\s+(?:(?:set\s+out|described|listed|given|shown|outlined)\s+)?in\s+$/i;
/**
 * OWN_THING_BEFORE with a longer name for what is followed: "follow the lost or missing child procedure in section 11",
 * "use the late collection and missing child steps in section 10". Lower-case words only — no capital or possessive
 * naming another body ("the council's child protection procedures", "the FA's …") — and none of them "statutory",
 * "legal", "law", "of" or "authority" (`LONG_NAME_OTHER_WORDS`).
 */
const LONG_OWN_PROCEDURE_BEFORE =
  /\b(?:[Ff]ollow|[Uu]se|[Cc]omplete|[Ss]ee|[Rr]ead|[Rr]efer\s+to|[Cc]heck)\s+(?:the|our)\s+([a-z][a-z -]{10,60}?)\s(?:steps|procedures?|process|flow\s?charts?|checklists?)\s+(?:(?:set\s+out|described|listed|given|shown|outlined)\s+)?in\s+$/;
/** Words in a long procedure's name that make it another body's or the law's: "the local authority child protection". */
const LONG_NAME_OTHER_WORDS =
  /\b(?:statutory|legal|law|of|authority|council|partnership|multi-agency|inter-agency|national|government|governing)\b/;

/** Whether the words before a reference end in one of this policy's own things to follow or use (see above). */
function ownThingBefore(before: string): boolean {
  if (OWN_THING_BEFORE.test(before)) return true;
  const long = LONG_OWN_PROCEDURE_BEFORE.exec(before);
  return long !== null && !LONG_NAME_OTHER_WORDS.test(long[1]);
}
/**
 * "The steps to take after a referral are set out in section 11", "The forms we use are listed in section 10": the
 * sentence's subject, said before the reference, is one of this policy's own things — steps, a procedure, a form —
 * and the sentence says where it is written. Telephone numbers and contact details need no "the" and no "set out"
 * ("Telephone numbers for every agency are in section 11"). The sentence up to the reference, from its start.
 */
const OWN_THING_SUBJECT =
  /^\s*(?:(?:the|our|all)\s+(?:(?!statutory\b|legal\b|law\b)[\w'’-]+\s+){0,2}?(?:steps|procedures?|process|flow\s?charts?|forms?|templates?|checklists?|contact\s+(?:list|details|numbers)|(?:tele)?phone\s+numbers)\b[^.!?;]{0,80}?\b(?:is|are)\s+(?:set\s+out|described|listed|given|shown|outlined|explained)|(?:(?:the|our|all)\s+)?(?:contact\s+(?:list|details|numbers)|(?:tele)?phone\s+numbers)\b[^.!?;]{0,80}?\b(?:is|are)(?:\s+(?:set\s+out|described|listed|given|shown|outlined|explained))?)\s+in\s+$/i;
/**
 * "Write the concern down as set out in section 11", "Concerns are logged as described in section 10": how to
 * record something of ours, which no Act's section describes. The sentence up to the reference, from its start.
 */
const RECORDING_AS_DESCRIBED =
  /^\s*(?:(?:please|always)\s+)?(?:record|log|write|note|make\s+a\s+(?:written\s+)?(?:record|note)|keep\s+a\s+(?:written\s+)?record|(?:[\w'’-]+\s+){1,4}?(?:is|are|must\s+be|should\s+be)\s+(?:recorded|logged|written\s+(?:down|up)))\b[^.!?;]{0,80}?\bas\s+(?:described|set\s+out|explained|shown|outlined|detailed)\s+in\s+$/i;
/**
 * "Concerns that a pupil may be missing education are handled as set out in section 10": how the policy deals with
 * something of its own, which no Act's section describes. Looser than recording, so it counts only where no Act's
 * section of that number is mentioned. The sentence up to the reference, from its start.
 */
const HANDLED_AS_DESCRIBED =
  /^\s*(?:[\w'’-]+\s+){1,12}?(?:is|are|will\s+be|must\s+be|should\s+be)\s+(?:handled|dealt\s+with|managed|followed\s+up|escalated|passed\s+on|reported)\s+as\s+(?:described|set\s+out|explained|shown|outlined|detailed)\s+in\s+$/i;
/**
 * "Low-level concerns are shared with the head and recorded as described in section 11": the same, with recording
 * the second of two things done. Looser, so it counts only where no Act's section of that number is mentioned.
 */
const RECORDED_AFTER_ANOTHER_VERB =
  /^\s*(?:[\w'’-]+\s+){1,4}?(?:is|are|must\s+be|should\s+be)\s+[^.!?;,]{1,60}?\band\s+(?:recorded|logged|written\s+(?:down|up))\s+as\s+(?:described|set\s+out|explained|shown|outlined|detailed)\s+in\s+$/i;
/**
 * "(see section 11 – Consent for photographs)", "see section 10: Contacts": a title after a dash or colon, starting
 * with a capital and closed by the bracket or the sentence's end, names one of this policy's sections; an Act's
 * section is named by its Act.
 */
const DASHED_TITLE = /^[^\S\n]*[–—:-][^\S\n]*["“‘']?\p{Lu}[\p{L}'’,& -]{2,60}?["”’']?[^\S\n]*(?:\)|[.;]|$)/u;
/** Words of a title that would be an Act's section's: "duty", "Act", "order", "enquiries". */
const STATUTE_TITLE_WORDS =
  /\b(?:Act|dut(?:y|ies)|orders?|enquir\w*|powers?|local\s+authorit\w*|co-?operat\w*)\b/i;

/**
 * After "below" or "above": the sentence goes on with a verb or a purpose ("section 20 above applies to …",
 * "section 20 above for the route"), not with a noun the word is a preposition of ("section 17 below the
 * threshold", "above thresholds", "below statutory levels", "above a level", "above its …").
 */
const DIRECTION_GOES_ON = String.raw`(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)(?!(?:the|a|an|that|this|these|those|its|their|his|her|our|any|some|\d)\b|(?:[a-z]+[^\S\n]+)?(?:thresholds?|levels?|ages?)\b)[a-z]`;
/**
 * "section 20 below." / "section 20 below, with …" / at the end of its paragraph / "section 20 below sets out …":
 * a pointer down the page — not "section 17 below the threshold" (nor at the end of a PDF's wrapped line, which
 * the sentence runs on from).
 */
const BELOW_ENDS = new RegExp(
  String.raw`^\s*below(?:[^\S\n]*(?:[.,;:!?)]|\n[^\S\n]*\n|\n?[^\S\n]*$)|${DIRECTION_GOES_ON})`,
  "i",
);
/**
 * "section 20 above." / "(section 20 above);": a pointer up the page, the same way. It points back to where an
 * Act's section was mentioned when the text above mentions it ("section 47 enquiries … section 47 above");
 * where nothing above does, the only section 20 above it is one of this policy's — which it does not have.
 */
const ABOVE_ENDS = new RegExp(
  String.raw`^\s*above(?:[^\S\n]*(?:[.,;:!?)]|\n[^\S\n]*\n|\n?[^\S\n]*$)|${DIRECTION_GOES_ON})`,
  "i",
);

/**
 * "(page 4)", "see page 12", "on page 7", "see p. 12", "(see pages 12–13)", "(pp. 4-5)", "see pg 9", "on page 4
 * of this policy" (a range counts from its first page), "(see Appendix B, page 9)": this policy's appendix and the page
 * it is on — not "page 3 of 18", "page 12 of Working Together" or "Appendix B of the LSCP procedures, page 9".
 */
const PAGE_REFERENCE =
  /\(\s*(?:see\s+(?:also\s+)?)?(?:(?:appendix|annex)\s+[A-Z\d]{1,2},\s*)?(?:pages?|pg\.?|pp?\.)\s*(\d{1,3})(?:\s*[-–—]\s*\d{1,3})?\s*\)|\b(?:see(?:\s+also)?|on|at|turn\s+to|overleaf\s+on)\s+(?:(?:appendix|annex)\s+[A-Z\d]{1,2},\s*)?(?:pages?\s+|pg\.?\s*|pp?\.\s*)(\d{1,3})(?:\s*[-–—]\s*\d{1,3})?(?![\s\-–—]*\d)(?!\s*(?:of|in)\b(?!\s+(?:this|these)\s+(?:policy|policies|document|procedures?|statement|annex|appendix)\b))/gi;
/** "of 18", "in the handbook" after a page: another count or another document's page — not "of this policy". */
const OTHER_PAGE_AFTER =
  /^\s*(?:of|in)\b(?!\s+(?:this|these)\s+(?:policy|policies|document|procedures?|statement|annex|appendix)\b)/i;
/**
 * "… of this policy", "in this document": the words that make what follows in the sentence this policy's own. A page
 * after them ("Part Five of KCSIE and the flowchart in Appendix 2 of this policy (see page 3)") is this policy's,
 * whatever document the sentence named before them.
 */
const OF_THIS_POLICY =
  /\b(?:of|in)\s+(?:this|these)\s+(?:policy|policies|document|procedures?|statement|annex|appendix)\b/gi;
/**
 * A separate publication named before a page, in the same sentence: "the printed coaching handbook (page 6)", "our
 * paper parents' booklet, page 3" — its pages, not this policy's. Not "the staff handbook (page 4)" alone, which on
 * a web page is most often the printed version this policy was copied from.
 */
const PUBLICATION_BEFORE =
  /\b(?:printed|paper|published|separate)\s+(?:[\w'’-]+\s+){0,3}?(?:handbook|manual|booklet|leaflet|guide|toolkit|prospectus|brochure|rulebook|newsletter)s?\b/i;

/**
 * The whole policy a document goes with, named as another document: "the main policy", "the full safeguarding
 * policy", "the longer version" — not "this full policy", "our full policy" or "the complete policy", which a
 * policy says of itself.
 */
const COMPANION_BEFORE =
  /\bthe\s+(?:main|full|parent|overarching|longer)\s+(?:(?:safeguarding|child\s+protection)\s+)?(?:policy|document|version)\b/i;

export const rule: Rule = {
  meta: {
    id: "section-reference",
    description:
      'Warns when the policy points to a section that does not exist ("see section 12" in a policy with ten sections), or to a numbered section about something else ("see section 4 (Allegations)" when section 4 is Definitions; "see section 6 for the photography code" when section 6 never mentions photography), to a numbered paragraph or an appendix the policy does not have ("as set out in paragraph 5.3" when section 5 stops at 5.2; "see Appendix C" or "Annex C" when the appendices are A and B), to a section by a quoted title no section has (\'as set out under "Photos and filming" below\' when that section is now "Images of children"), and when a web page or Markdown policy says "(page 4)" — a page number copied from a printed version, where there are no pages — or a PDF or Word file points past its last page ("see p.12" in a policy of 2 pages; for a Word file, the page count it was last saved with). Sections move when a policy is edited: fix the number, or point to the section by its title.',
    defaultSeverity: "warning",
  },
  checkDocument(context) {
    checkSections(context);
    checkQuotedTitles(context);
    checkAppendices(context);
    checkParts(context);
    checkPages(context);
    checkSlides(context);
    checkFootnoteMarkers(context);
  },
};

/** An entry of a numbered list of sources: a line that opens with "[3]" and goes on with words ("[3] NSPCC, …"). */
const SOURCE_ENTRY = /^[^\S\n]*(?:[-*•][^\S\n]+)?\[(\d{1,3})\][^\S\n]+(?=[^\s:])/gm;
/**
 * A footnote-style marker in the text: "[5]" straight after a word or its full stop ("…each season.[5]"), or opening
 * a line where a PDF's text wrapped it ("…each season.\n[5]"), not a Markdown link's words ("[5](…)", "[5][a]").
 */
const FOOTNOTE_MARKER = /(?<=[\p{L}\d.,;:)’'"”]|^[^\S\n]*)\[(\d{1,3})\](?![([:])/gmu;

/**
 * A policy that cites its sources by footnote-style markers ("…at every session.[2]") with a numbered list of them
 * after the text ("[1] …", "[2] …": the last lines opening with "[1]" on, numbered from 1 without a gap, at least
 * three): a marker before the list whose number the list does not have ("[5]" when it stops at [4]) points to a
 * source the document does not give. Only where the markers are the list's (two or more name its entries).
 */
function checkFootnoteMarkers(context: DocumentContext): void {
  const { text } = context.document;
  if (!text.includes("[1]")) return;
  const all = allMatches(SOURCE_ENTRY, text).map((m) => ({ n: Number(m[1]), offset: m.index ?? 0 }));
  // The list is the run of entries from the last "[1]" on.
  const start = all.map((e) => e.n).lastIndexOf(1);
  if (start < 0) return;
  const entries = all.slice(start);
  if (entries.length < 3) return;
  const numbers = entries.map((e) => e.n);
  const last = Math.max(...numbers);
  // One list, numbered 1 to its last entry with none missing or repeated.
  if (numbers.length !== last || new Set(numbers).size !== last) return;
  const listStart = entries[0].offset;
  const markers = allMatches(FOOTNOTE_MARKER, text)
    .map((m) => ({ n: Number(m[1]), offset: m.index ?? 0 }))
    .filter((m) => m.offset < listStart);
  if (markers.filter((m) => m.n >= 1 && m.n <= last).length < 2) return;
  for (const marker of markers) {
    if (marker.n <= last || marker.n === 0) continue;
    reportAt(
      context,
      marker.offset,
      marker.offset + String(marker.n).length + 2,
      `"[${marker.n}]" points to a source the list of references does not have (its entries are [1]–[${last}]) — add entry [${marker.n}] to the list, or correct the number`,
    );
  }
}

/**
 * Whether a reference is the words of a link to the place it names, which the document does not have
 * ("[Annex D](#annex-d)", "[section 14](#section-14)"): the item is missing just as the link's target is, and
 * empty-link reports that link — one defect, one finding. Not a link whose anchor names something else
 * ("[section 7](#consent-forms)"): the number and the anchor are two things to check. Read once per document.
 */
function inLinkToNowhere(
  document: DocumentContext["document"],
): (offset: number, endOffset: number, words: string) => boolean {
  let links: ReturnType<typeof linksToNowhere> | undefined;
  const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\d]+/gu, "");
  return (offset, endOffset, words) => {
    links ??= linksToNowhere(document);
    return links.some(
      (l) => offset >= l.offset && endOffset <= l.endOffset && key(l.url).includes(key(words)),
    );
  };
}

/** "section 47" again later in the text: "section 47 below" then points to that mention of the Act's section. */
function laterMention(text: string, from: number, number: string): boolean {
  return mentionsSection(text.slice(from), number, false);
}

/** "section 47" or "s.47" earlier in the text: "section 47 above" then points back to that mention. */
function earlierMention(text: string, to: number, number: string): boolean {
  return mentionsSection(text.slice(0, to), number, true);
}

/**
 * Where a mention of sections starts: "section", "sections", and (with `short`) "s.", "s", "ss." — the word
 * written, so a list can tell one section ("section 17, 20 families") from several ("sections 17, 20 and 47").
 */
const SECTION_WORD = /\b(sections?\s+|ss?\.?\s?)(?=\d)/gi;
/** A section number in a mention, with an Act's subsections: "47", "17(1)"; not "5B" or "3.2" (not section 5 or 3). */
const SECTION_NUMBER = /(\d+)(?![\d.]\d|\w)(?:\([\da-z]{1,4}\))*/iy;
/**
 * What joins a mention's numbers: "17, 20", "17/20", "17 and 20", "17, 20, or 47", "17 to 31", "17–31" — each
 * number may bring its own word ("s.17/s.20", "section 17 and section 20").
 */
const SECTION_JOIN =
  /[^\S\n]*(?:(,[^\S\n]*(?:and|or)\b|\band\b|\bor\b|&)|(\bto\b|[-–—])|,|\/)\s*((?:sections?\s+|ss?\.?\s?)(?=\d))?/iy;

/**
 * Whether `text` mentions section `number`, alone or in a list or range: "section 20", "s.20" (`short`), "ss. 17,
 * 20 and 47", "sections 11, 20 or 47", "s.17/s.20", "sections 17 to 31", "ss. 17–31". One section ("section 17,
 * 20 families") lists nothing after it unless the next number has its own word; a list ends at its "and" or "or"
 * ("sections 17 and 47, 20 families").
 */
function mentionsSection(text: string, number: string, short: boolean): boolean {
  const wanted = Number(number);
  // Read one mention at a time, stopping at the first of `number`: asked once per reference, over the text before
  // it and after it, collecting every mention first made a policy of many references quadratic.
  SECTION_WORD.lastIndex = 0;
  for (let start = SECTION_WORD.exec(text); start !== null; start = SECTION_WORD.exec(text)) {
    const word = start[1];
    if (!short && !/^sections?\s/i.test(word)) continue;
    let plural = /^(?:sections|ss)/i.test(word);
    SECTION_NUMBER.lastIndex = (start.index ?? 0) + word.length;
    let item = SECTION_NUMBER.exec(text);
    while (item) {
      if (item[1] === number) return true;
      SECTION_JOIN.lastIndex = SECTION_NUMBER.lastIndex;
      const join = SECTION_JOIN.exec(text);
      // Only a number with its own word follows one section; a list or range needs "sections" or "ss.".
      if (!join || (!plural && !join[3]) || (join[3] && !short && /^s(?!ec)/i.test(join[3]))) break;
      if (join[3]) plural = /^(?:sections|ss)/i.test(join[3]);
      SECTION_NUMBER.lastIndex = SECTION_JOIN.lastIndex;
      const next = SECTION_NUMBER.exec(text);
      if (!next) break;
      // "sections 17 to 31": every number between; a range of more than a hundred is not one.
      if (
        join[2] &&
        Number(item[1]) < wanted &&
        wanted <= Number(next[1]) &&
        Number(next[1]) - Number(item[1]) <= 100
      )
        return true;
      // "… and 47": the list's last number.
      if (join[1]) {
        if (next[1] === number) return true;
        break;
      }
      item = next;
    }
  }
  return false;
}

/**
 * What the well-known sections of Acts are about: a sentence that speaks of it ("accommodated", "enquiries") may
 * mean the Act's section, however it points to it.
 */
const ACT_SUBJECT: Record<string, RegExp> = {
  "10": /co-?operat/i,
  "11": /\bdut(?:y|ies)\b|promote\s+the\s+welfare/i,
  "17": /\bin\s+need\b|family\s+support/i,
  "20": /accommodat|looked[\s-]+after|\bin\s+care\b/i,
  "31": /\b(?:care|supervision)\s+orders?\b|threshold/i,
  "44": /emergency\s+protection/i,
  "46": /police\s+protection/i,
  "47": /enquir|investigat|significant\s+harm/i,
  "157": /\bdut(?:y|ies)\b|independent\s+school|academ/i,
  "175": /\bdut(?:y|ies)\b|governing\s+bod|local\s+authorit/i,
};
/**
 * Words that send the reader to where something is written — "as described in", "set out in", "see", "explained
 * in", "as in" — not a legal basis ("under", "within the meaning of", "accommodated under").
 */
const TEXT_POINTER =
  /\b(?:see(?:\s+also)?|(?:described|set\s+out|explained|detailed|outlined|shown)\s+in|as\s+in|refer\s+to)\s+\(?\s*$/i;
/** Small words of a title that say nothing of its subject: "Allegations against staff" is about allegations and staff. */
const TITLE_LINKS = new Set([
  "against",
  "about",
  "after",
  "before",
  "under",
  "within",
  "between",
  "during",
  "through",
]);

/**
 * "Any allegation against a volunteer is handled as described in section 20 above", where the text above cites
 * section 20 of the Children Act 1989 and the policy has ten sections, one of them "Allegations against staff": the
 * reference sends the reader to where its subject is written, and the subject is one of this policy's sections, not
 * what the Act's section is about — so it points into this policy, whatever Act's section was cited above. Not
 * "looked after under section 20 above" (a legal basis), nor a sentence about the Act's subject ("accommodated"),
 * nor one that names none of this policy's sections ("Our part is set out in section 20 above").
 */
function ownTopic(
  text: string,
  offset: number,
  endOffset: number,
  number: string,
  numbered: HeadingText[],
): boolean {
  const sentence = sentenceAround(text, offset, endOffset);
  const before =
    lastParagraph(text.slice(Math.max(0, offset - 100), offset))
      .split(/[.!?]\s/)
      .at(-1) ?? "";
  if (!TEXT_POINTER.test(before)) return false;
  if (ACT_SUBJECT[number]?.test(sentence)) return false;
  const said = titleKey(sentence).split(" ");
  return numbered.some((h) => {
    const words = contentWords(h.title).filter(
      (w) => w.length >= 4 && !GENERIC.has(w) && !TITLE_LINKS.has(w),
    );
    if (words.length === 0 || (words.length === 1 && words[0].length < 8)) return false;
    return words.every((w) => said.some((s) => sameWord(s, w)));
  });
}

/**
 * "The steps are the same ones set out in section 6 above" in a policy whose sections have no numbers (a web page of
 * questions, headings in words alone): the reader cannot find section 6. Only a reference that says it is this
 * policy's — "above", "below", "of this policy" — in a policy of four headings or more, no digit in any, with no
 * section of an Act that number mentioned anywhere and no other document named in its sentence.
 */
const OWN_SECTION_POINTER =
  /\bsection[^\S\n]+(\d{1,2})[^\S\n]+(?:above|below|of[^\S\n]+(?:this|these)[^\S\n]+(?:policy|page|document|procedures?))\b/gi;
function unnumberedSections(
  context: DocumentContext,
  headings: readonly HeadingText[],
  inContents: (offset: number) => boolean,
): void {
  const { text } = context.document;
  const own = headings.filter((h) => !inContents(h.offset));
  // A heading with a number in its words may be numbered in a way not read ("[]{#_Toc1 .anchor}1. Introduction").
  if (own.length < 4 || own.some((h) => /\d/.test(text.slice(h.offset, h.endOffset)))) return;
  for (const match of allMatches(OWN_SECTION_POINTER, text)) {
    const offset = match.index ?? 0;
    const endOffset = offset + match[0].length;
    const number = match[1];
    if (inContents(offset) || STATUTE_SECTIONS.has(number)) continue;
    if (earlierMention(text, offset, number) || laterMention(text, endOffset, number)) continue;
    if (OTHER_DOCUMENT.test(sentenceAround(text, offset, endOffset))) continue;
    // A numbered item of that number ("6. Photography: …" in a list of procedures) is what the reader finds.
    if (new RegExp(String.raw`(?:^|\n)[^\S\n]*${number}[.)][^\S\n]+\S`).test(text)) continue;
    const words = text.slice(offset, endOffset).replace(/\s+/g, " ");
    reportAt(
      context,
      offset,
      endOffset,
      `The policy refers to "${words}", but its sections have no numbers — name the section by its heading instead`,
      { actual: number },
    );
  }
}

/** A reference at offset..endOffset that an Act or another document named after it, or in its sentence, owns. */
function otherDocumentAround(text: string, offset: number, endOffset: number): boolean {
  const after = text.slice(endOffset, endOffset + 80);
  if (!OF_THIS_DOCUMENT.test(after) && (STATUTE_AFTER.test(after) || namesOtherDocument(after, [])))
    return true;
  return OTHER_DOCUMENT.test(sentenceAround(text, offset, endOffset));
}

function checkSections(context: DocumentContext): void {
  const { text } = context.document;
  // The reader's paragraphs: a PDF's text keeps no blank line between them, its blocks do.
  const paragraphAt = pdfParagraphs(context.document);
  const plainText = context.document.format === "pdf" || context.document.format === "txt";
  const { headings, contents } = analyse(context.document);
  const inContents = (offset: number) =>
    contents !== undefined && offset >= contents.offset && offset <= contents.end;
  checkLetteredParagraphs(context, inContents, (offset, endOffset) => {
    const after = text.slice(endOffset, endOffset + 80);
    if (OWNER_BEFORE.test(lastParagraph(text.slice(Math.max(0, offset - 60), offset)))) return true;
    if (!OF_THIS_DOCUMENT.test(after) && (STATUTE_AFTER.test(after) || namesOtherDocument(after, [])))
      return true;
    return OTHER_DOCUMENT.test(sentenceAround(text, offset, endOffset));
  });
  // A heading number of three digits or more is a name, not a section: "1142 Squadron ATC — Child Protection
  // Policy", "2025 Safeguarding Policy". No policy has a hundred sections.
  // An appendix's own sections, numbered again from 1 under its heading, are not the policy's.
  const appendixOwn = appendixSections(headings, inContents);
  const asNumbered = headings.filter(
    (h) => h.number && !/^\d{3,}/.test(h.number) && !inContents(h.offset) && !appendixOwn.has(h),
  );
  const pointZero = pointZeroSections(asNumbered);
  const numbered = pointZero?.headings ?? asNumbered;
  const byNumber = new Map<string, HeadingText>();
  for (const h of numbered) if (!byNumber.has(h.number as string)) byNumber.set(h.number as string, h);
  const topLevel = numbered.filter((h) => !h.number?.includes("."));
  // No numbered section heading: the policy may be numbered in paragraphs (1.1, 1.2 … — a PDF's reader may take a
  // few of them for headings).
  if (topLevel.length === 0) checkParagraphNumbers(context, inContents, new Set(byNumber.keys()));
  if (numbered.length === 0) {
    unnumberedSections(context, headings, inContents);
    const cited = new Map<HeadingText, SectionWords>();
    checkCodedSections(
      context,
      headings,
      inContents,
      (target, words) => sectionMentions(text, headings, target, subjectWords(words), cited),
      (words) => contentWords(words).filter((w) => !GENERIC.has(w)),
    );
    checkRomanSections(context, headings, inContents, sharesWord, (offset, endOffset) =>
      otherDocumentAround(text, offset, endOffset),
    );
    return;
  }
  const highest = Math.max(0, ...topLevel.map((h) => Number(h.number)));
  const sections = new Map<HeadingText, SectionWords>();
  const pairCache = new Map<HeadingText, Map<string, number>>();
  const paragraphs = new Map<string, boolean>();
  const items = new Map<string, ReturnType<typeof missingItem>>();
  // How many top-level sections are written as numbered paragraphs (read once, when first needed).
  let paragraphRuns: number | undefined;
  // The policy numbers its paragraphs by hand: two sections at least, and half of them, written as numbered paragraphs.
  const handNumbered = () => {
    paragraphRuns ??= topLevel.filter((h) => sectionParagraphs(text, h, topLevel, inContents)).length;
    return paragraphRuns >= 2 && paragraphRuns * 2 >= topLevel.length;
  };
  /**
   * How many numbered paragraphs section `parent` has ("8.1 …", "8.2 …"): two or more run .1 to .k, or the one
   * "7.1 …" alone where the policy numbers its paragraphs by hand — not a number in passing; none (0) where the
   * policy numbers its paragraphs by hand and this section numbers none of them.
   */
  const typed = new Map<string, number | undefined>();
  const typedParagraphs = (parent: string): number | undefined => {
    if (typed.has(parent)) return typed.get(parent);
    const section = byNumber.get(parent);
    const run = section && sectionParagraphs(text, section, topLevel, inContents, 0);
    const count = run && (run.count >= 2 || handNumbered()) ? run.count : undefined;
    typed.set(parent, count);
    return count;
  };
  // "(see Part B, 7.4)" in a policy of parts, each numbering its own sections: read against that part's.
  checkPartSections(
    context,
    topLevel,
    inContents,
    (section) => {
      const run = sectionParagraphs(text, section, topLevel, inContents, 1);
      return run && (run.count >= 2 || handNumbered()) ? run.count : undefined;
    },
    (offset, endOffset) => otherDocumentAround(text, offset, endOffset),
  );
  // The top-level sections read run 1, 2, 3 … with none skipped (a policy may start at 0 or 1), or there are
  // as many of them as the highest number (1, 2, 3, 3, 5: a section misnumbered, not a heading we missed).
  const seen = new Set(topLevel.map((h) => Number(h.number)));
  let confident = seen.size > 0;
  for (let n = 1; n <= highest; n++) if (!seen.has(n)) confident = false;
  if (topLevel.length >= highest) confident = true;

  // "Clause 12(c)" is a reference only in a policy written in numbered clauses ("Clause 1. Purpose" …); elsewhere
  // a clause is a contract's or a Bill's.
  const clauses = numbered.some((h) => CLAUSE_HEADING.test(text.slice(h.offset, h.endOffset)));
  // A clause's own heading line is not a reference to it.
  const headingLines = new Set(clauses ? headings.map((h) => text.lastIndexOf("\n", h.offset - 1) + 1) : []);
  const readBefore = textBefore(context.document);
  const linkedToNowhere = inLinkToNowhere(context.document);
  // No top-level section: the policy may be one chapter of a handbook, its sections numbered under the chapter's.
  const chapter = topLevel.length === 0 ? chapterNumber(numbered) : undefined;
  if (confident)
    checkBareSubsections(
      context,
      numbered,
      byNumber,
      inContents,
      paragraphs,
      typedParagraphs,
      handNumbered,
      chapter,
    );
  if (confident) checkQuestions(context, topLevel, inContents);
  const references = sectionReferences(text, numbered, pointZero !== undefined);
  /**
   * The top-level section (not `target`, nor the one the reference at `offset` is written in: its own words are in
   * it) whose text uses every one of a title's words: where what the title names is written about.
   */
  const coveringSection = (words: string[], target: HeadingText, offset: number) => {
    const home = numbered.filter((h) => !h.number?.includes(".") && h.offset < offset).at(-1);
    return numbered.find(
      (h) =>
        h !== target &&
        h !== home &&
        !h.number?.includes(".") &&
        words.every((w) => sectionMentions(text, headings, h, [w], sections)),
    );
  };
  /** A section's number as the policy writes it: "IX" in a policy numbered in Roman numerals, "6.0" for "6.0 …". */
  const shown = (h: HeadingText) => h.numeral ?? pointZero?.written.get(h) ?? h.number;
  for (const match of references.matches) {
    const offset = match.index ?? 0;
    const endOffset = offset + match[0].length;
    const paragraph = match[1] !== undefined;
    const clause = match[3] !== undefined;
    if (clause && (!clauses || headingLines.has(text.lastIndexOf("\n", offset - 1) + 1))) continue;
    const bare = match.groups?.bare;
    const read = match[2] ?? match[4] ?? (bare as string);
    const asWritten = references.numerals.get(offset) ?? read;
    // "section 6.0" in a policy numbered 1.0, 2.0 …: section 6.
    const number = pointZero && /^\d+\.0$/.test(read) ? read.slice(0, -2) : read;
    // "(b)", "(c)(ii)" after the number: its lettered item. "section 11(2)": an Act's subsection, as before.
    const sub = allMatches(SUB_PARTS, match.groups?.sub ?? match.groups?.bareSub ?? "").map((m) => m[1]);
    if (sub.some((part) => /\d/.test(part))) continue;
    const word = paragraph ? "paragraph" : clause ? "clause" : "section";
    const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
    // A line of the contents list is not a reference.
    if (inContents(offset)) continue;
    const after = text.slice(endOffset, endOffset + 80);
    // The words before it in its paragraph (a wrapped line carries the sentence on; a blank line ends it) — read
    // past a PDF's page break, whose running footer and header are not part of the sentence.
    const before = lastParagraph(readBefore(offset, 60));
    // "(see section 4 – Boarding)": the reference sits in brackets opened just before it.
    const bracketed = /\(\s*(?:see\s+(?:also\s+)?)?$/i.test(before);
    // "Section 1 – Introduction", "Section 4: Allegations" starting a line: a heading or a label — unless the
    // line before broke off in the middle of a reference ("… handled the same way (see").
    if (
      /^\s*$/.test(text.slice(lineStart, offset)) &&
      /^\s*[–—:.-]\s*["“]?[A-Z]/.test(after) &&
      !bracketed &&
      !/\b(?:see|refer\s+to|set\s+out\s+in|described\s+in|follow|read|consult)\s+$/i.test(before)
    )
      continue;
    // "Read [section 7](#consent-forms) before …": a link to an anchor in this page points into this policy.
    const linked = /\[$/.test(text.slice(Math.max(0, offset - 1), offset)) && after.startsWith("](#");
    const ofThis = OF_THIS_DOCUMENT.exec(after);
    // After "of this policy" the sentence may go on to another document ("… and in the behaviour policy").
    const sentenceAfter = ofThis ? "" : after.split(/[.!?](?:\s|$)/)[0];
    const sentenceBefore = before.split(/[.!?]\s/).at(-1) ?? "";
    // "(see its section 4.3)", "the governing body's section 5", "their section 2": a section of the document the
    // sentence has just named, not of this one ("our section 4" is this policy's).
    if (OWNER_BEFORE.test(before)) continue;
    if (namesOtherTitle(before, text)) continue;
    if (
      (!ofThis && STATUTE_AFTER.test(after)) ||
      OTHER_DOCUMENT.test(sentenceAfter) ||
      (OTHER_DOCUMENT.test(sentenceBefore) && !seeClauseForPurpose(sentenceBefore, after, number, highest)) ||
      (!ofThis && namesOtherDocument(after, numbered))
    )
      continue;
    const internal =
      asWritten.includes(".") ||
      // "Clause 7(b)", "under Clause 12": in a policy of numbered clauses, its own clause.
      clause ||
      ofThis !== null ||
      linked ||
      POINTER_BEFORE.test(before) ||
      /^\s*(?:below|above)\b/i.test(after) ||
      (/\(\s*(?:see\s+)?$/i.test(before) && /^\s*\)/.test(after));
    // "paragraph 5(c)(ii)": a lettered item is this policy's where the policy letters that paragraph's items.
    if (!internal && sub.length === 0) continue;
    if (paragraph && !read.includes(".") && !ofThis && sub.length === 0) continue;

    const target = byNumber.get(number);
    if (sub.length > 0) {
      // Read once per item, however often it is cited.
      const itemKey = `${number}(${sub.join(")(")})`.toLowerCase();
      const problem = items.has(itemKey)
        ? items.get(itemKey)
        : missingItem(text, headings, target, number, sub);
      items.set(itemKey, problem);
      if (problem) {
        reportAt(
          context,
          offset,
          endOffset,
          `The policy refers to ${match[0].trim()}, but ${problem.parent} has no item (${problem.item}) (its items are ${problem.items}) — correct the reference`,
          { actual: match[0].trim() },
        );
        continue;
      }
      // A lettered item that exists, or one the policy does not letter: nothing more to check for a bare "3.2(b)";
      // "section 3.2(b)" goes on to the section's own checks.
      if (bare !== undefined || !internal) continue;
    }
    if (!target && paragraph) {
      // "as set out in paragraph 5.3": only where the policy numbers the paragraphs of section 5 (5.1, 5.2 …),
      // and none is 5.3 — as a heading or as a numbered paragraph.
      if (!confident) continue;
      const parent = number.slice(0, number.lastIndexOf("."));
      if (!byNumber.has(parent)) {
        // "(see paragraph 9.2)" in a policy whose sections 1 to 7 are written as numbered paragraphs (7.1, 7.2 …):
        // no section 9, so no paragraph 9.2 — only past the last section, where the numbering is the policy's own.
        if (
          /^\d+$/.test(parent) &&
          Number(parent) > highest &&
          handNumbered() &&
          !writtenParagraph(paragraphs, text, number, true) &&
          !writtenParagraph(paragraphs, text, number) &&
          // "… follow the Partnership's Continuum of Need guidance. Paragraph 9.2 says when to refer": the
          // paragraph of the document the sentence before has named.
          !sentenceBeforeNamesDocument(text, offset, paragraphAt(offset)?.offset ?? 0)
        )
          reportAt(
            context,
            offset,
            endOffset,
            `The policy refers to paragraph ${number}, but it has no section ${parent} (its sections run from 1 to ${highest}) — correct the number, or name the paragraph instead`,
            { actual: number, expected: String(highest) },
          );
        continue;
      }
      const children = childHeadings(numbered, parent);
      if (writtenParagraph(paragraphs, text, number)) continue;
      if (children.length === 0) {
        // "8. Trips" whose text is numbered paragraphs ("8.1 Two adults …", "8.2 …", "8.3 …"), not headings.
        const count = typedParagraphs(parent);
        if (
          !count ||
          Number(number.split(".")[1]) <= count ||
          writtenParagraph(paragraphs, text, number, true)
        )
          continue;
        reportAt(
          context,
          offset,
          endOffset,
          `The policy refers to paragraph ${number}, but section ${parent} has no paragraph ${number} (${paragraphsSaid(parent, count)}) — correct the number, or name the paragraph instead`,
          { actual: number, expected: `${parent}.${count}` },
        );
        continue;
      }
      const last = children[children.length - 1];
      reportAt(
        context,
        offset,
        endOffset,
        `The policy refers to paragraph ${number}, but section ${parent} has no paragraph ${number} (${childrenSaid(children)}) — correct the number, or name the paragraph instead`,
        { actual: number, expected: last.number },
      );
      continue;
    }
    if (!target) {
      // Numbering with gaps (1, 2, 5, 6) was not all read: a missing number may be a heading we could not see.
      if (!confident) continue;
      // "[section 14](#section-14)" to an anchor the page lacks: empty-link reports it.
      if (linkedToNowhere(offset, endOffset, `${word} ${number}`)) continue;
      // An Act's section quoted without its Act: "section 47" in a policy with a dozen sections.
      // Not where the reference sends the reader to one of this policy's own things: "See section 11 for the
      // form", "section 11 below", "section 11 of this policy" — an Act has no forms or flowcharts of ours.
      // An Act's sections are never written in Roman numerals: "Section XI" in a policy so numbered is its own.
      if (
        !clause &&
        asWritten === number &&
        STATUTE_SECTIONS.has(number) &&
        Number(number) > highest &&
        !(
          ofThis ||
          linked ||
          (BELOW_ENDS.test(after) &&
            (!laterMention(text, endOffset, number) ||
              ownTopic(text, offset, endOffset, number, numbered))) ||
          (ABOVE_ENDS.test(after) &&
            (!earlierMention(text, offset, number) || ownTopic(text, offset, endOffset, number, numbered))) ||
          ((POINTER_BEFORE.test(before) || bracketed) && OWN_THING.test(after.replace(/\s+/g, " "))) ||
          // "follow the steps in section 11" where no section 11 of an Act is mentioned anywhere in the policy, and
          // the sentence says nothing of what the Act's section is about.
          (ownThingBefore(before) &&
            !earlierMention(text, offset, number) &&
            !laterMention(text, endOffset, number) &&
            !ACT_SUBJECT[number]?.test(sentenceAround(text, offset, endOffset))) ||
          ownThingNamed(
            text,
            readBefore,
            offset,
            endOffset,
            number,
            bracketed || POINTER_BEFORE.test(before),
            highest,
          ) ||
          seeAlone(text, before, after, offset, endOffset, number) ||
          // "(see section 10 for the allegations procedure in full)" in a policy of nine sections: a bracketed
          // pointer to one of our procedures, just past the last section, where no Act's section of that number is
          // mentioned anywhere and the sentence says nothing of what the Act's section is about.
          (bracketed &&
            justPastLast(number, highest) &&
            OWN_PROCEDURE_FOR.test(after.replace(/\s+/g, " ")) &&
            !earlierMention(text, offset, number) &&
            !laterMention(text, endOffset, number) &&
            !ACT_SUBJECT[number]?.test(sentenceAround(text, offset, endOffset)))
        )
      )
        continue;
      // "3.2" as a numbered paragraph rather than a heading (Word's legal numbering) is still there.
      if (number.includes(".")) {
        // Read the whole text once per number, however often it is cited.
        const written = writtenParagraph(paragraphs, text, number);
        if (written) continue;
      }
      // An Act named in the sentence before ("The Education Act 2002 … . In section 13 …").
      // Not one in the paragraph before: a PDF's text keeps no blank line between paragraphs, its blocks do.
      const sentences = lastParagraph(
        text.slice(Math.max(0, offset - 250, paragraphAt(offset)?.offset ?? 0), offset),
      ).split(/[.!?]\s/);
      if (
        OTHER_DOCUMENT.test(sentences.slice(-2).join(". ")) &&
        !pointsIntoThis(text, before, after, offset, endOffset, number, sentences.at(-1) ?? "") &&
        !seeClauseForPurpose(sentences.at(-1) ?? "", after, number, highest) &&
        !titledPointer(text, after, offset, endOffset, number, highest, bracketed, sentences.at(-1) ?? "")
      )
        continue;
      const last = topLevel.at(-1);
      // "section 12 (Allegations against staff)" where Allegations is section 8: say where it is.
      const named = /^\s*\(\s*["“‘']?([A-Za-z][^)"”’'\n.]{2,80})["”’']?\s*\)/.exec(after);
      const meant = named ? numbered.find((h) => titleKey(h.title) === titleKey(named[1])) : undefined;
      // "section 20 above", "section 20 below": the reference as written, with where it says the section is.
      const direction = /^[^\S\n]+(?:above|below)\b/i.exec(after);
      reportAt(
        context,
        offset,
        endOffset + (direction?.[0].length ?? 0),
        meant
          ? `The policy refers to ${word} ${asWritten} ("${meant.title}"), but no ${word} is numbered ${asWritten} — "${meant.title}" is ${word} ${shown(meant)}; correct the number`
          : `The policy refers to ${word} ${asWritten}, but no ${word} is numbered ${asWritten}${last ? ` (the last is ${shown(last)}, "${last.title}")` : ""} — correct the number, or name the ${word} instead`,
        { actual: number, expected: meant?.number },
      );
      continue;
    }
    // The reference's own sentence: what it says of its section is no sign the section says it, when it is inside it.
    const ownSentence = sentenceAround(text, offset, endOffset);
    // "see section 4 (Allegations against staff)": the words should be that section's title.
    const named = /^\s*(?:\(\s*|[,:–—-]\s*)["“‘']?([A-Za-z][^)"”’'\n.]{2,80})["”’']?\s*\)?/.exec(after);
    // "(see section 4 – Boarding)": a title after a dash or colon, closed by the brackets the reference opened.
    const dashed =
      named !== null &&
      bracketed &&
      /^\s*[:–—-]/.test(after) &&
      /\)$/.test(named[0].trimEnd()) &&
      // A PDF's or text file's line may break before the dash; a Markdown or Word line break ends the reference.
      !(plainText ? /\n\s*\n/ : /\n/).test(after.slice(0, named[0].length));
    // A title in brackets, or in quotation marks opened straight after the comma or dash ("section 4, 'Consent'")
    // — not an apostrophe further on: "paragraph 4(b), is kept in the Head's office" goes on with the sentence.
    if (named && (dashed || /^\s*(?:\(|[,:–—-]\s*["“‘'])/.test(after))) {
      // "section 2 (see below)": where the section is, not what it is called.
      if (DIRECTION_ONLY.test(named[1])) continue;
      const said = titleKey(named[1]);
      const actual = titleKey(target.title);
      if (!said || actual.includes(said) || said.includes(actual)) continue;
      const elsewhere = numbered.find((h) => titleKey(h.title) === said || titleKey(h.title).includes(said));
      // After a dash the words are only a title when they are another section's: "(see section 4 – Boarding)"
      // when section 8 is Boarding; not "(see section 4 – phone first)".
      if (dashed && !elsewhere) {
        const about = subjectElsewhere(named[1], target, numbered);
        if (!about) {
          // "(see section 6 – Minibus journeys)" where section 6 is "Volunteers", no section has that title and
          // section 3 is where the minibus journeys are written about: a title (capitalised, two words or more, no
          // clause) sharing no word with the section's, whose words the section never uses and another section (not
          // the one the reference is in) uses every one of. Words no other section uses may be an old title of the
          // section itself ("– Training nights" for "Coaching sessions").
          const words = /^\p{Lu}/u.test(named[1].trim()) ? titleSubject(named[1]) : undefined;
          if (
            !words ||
            sharesWord(named[1], target.title) ||
            sectionMentions(text, headings, target, subjectWords(words), sections, ownSentence)
          )
            continue;
          const covering = coveringSection(words, target, offset);
          if (!covering) continue;
          reportAt(
            context,
            offset,
            endOffset + named[0].trimEnd().replace(/\)$/, "").trimEnd().length,
            `The policy says ${word} ${asWritten} is "${named[1].trim()}", but ${word} ${asWritten} is "${target.title}" and says nothing about it (section ${shown(covering)}, "${covering.title}", does) — correct the reference`,
            { actual: number, expected: covering.number },
          );
          continue;
        }
        if (sectionMentions(text, headings, target, subjectWords(about.words), sections, ownSentence))
          continue;
        reportAt(
          context,
          offset,
          endOffset + named[0].length,
          `The policy says ${word} ${asWritten} is "${named[1].trim()}", but ${word} ${asWritten} is "${target.title}" ("${about.heading.title}" is section ${shown(about.heading)}) — correct the reference`,
          { actual: number, expected: about.heading.number },
        );
        continue;
      }
      reportAt(
        context,
        offset,
        endOffset + named[0].length,
        `The policy says ${word} ${asWritten} is "${named[1].trim()}", but ${word} ${asWritten} is "${target.title}"${elsewhere ? ` ("${elsewhere.title}" is section ${shown(elsewhere)})` : ""} — correct the reference`,
        { actual: number, expected: elsewhere?.number },
      );
      continue;
    }
    // "Allegations are handled by the LADO (see section 7)" when section 7 is Online safety and section 9 is
    // Allegations: the sentence names another section's title and shares no word with section 7's.
    const sentence = withinRow(context.document, offset, endOffset, headings);
    const elsewhere =
      numbered.find((h) => h !== target && namesTitle(sentence, h.title)) ??
      // "Guests need a consent form too (see section 7)." where section 5 is "Consent": a bare bracketed pointer, in
      // a sentence naming the one short one-word title ("Consent", "Uniform") that no other section shares.
      // Not where the sentence shares a word with the section it cites: "Pictures are only taken when parents have
      // given consent (see section 4)." where section 4 is about pictures names "Consent" only in passing.
      (bracketed &&
      /^\s*\)/.test(after) &&
      !sectionMentions(text, headings, target, sentenceSubject(sentence), sections, ownSentence)
        ? shortTitleNamed(sentence, numbered, target)
        : undefined);
    if (!elsewhere) {
      // "see section 6 for the photography code" when section 6 is Review: the words the reference gives for
      // its section are in neither that section's title nor its text.
      const subject = statedSubject(after);
      // "see section 6 – Allegations against staff." without brackets: the words after the dash, to the sentence's
      // end, are another section's title (not "see section 4 – it says whom to call").
      const dashTitle = subject
        ? undefined
        : (DASH_TITLE_TO_END.exec(after) ??
          (insideBracket(readBefore(offset, 200)) ? DASH_TITLE_TO_BRACKET.exec(after) : null));
      const titled = dashTitle ? titleKey(dashTitle[1]) : "";
      const meant =
        titled && !titleKey(target.title).includes(titled)
          ? numbered.find((h) => h !== target && titleKey(h.title).startsWith(titled))
          : undefined;
      if (dashTitle && meant) {
        reportAt(
          context,
          offset,
          endOffset + dashTitle[0].trimEnd().length,
          `The policy says ${word} ${asWritten} is "${dashTitle[1].trim()}", but ${word} ${asWritten} is "${target.title}" ("${meant.title}" is section ${shown(meant)}) — correct the reference`,
          { actual: number, expected: meant.number },
        );
        continue;
      }
      // "see section 9 – Hacking out and road safety." where section 9 is "Photographs and social media": a title no
      // section has, sharing no word with section 9's title, whose words section 9 never uses.
      const dashWords = dashTitle && titled ? titleSubject(dashTitle[1]) : undefined;
      if (
        dashTitle &&
        dashWords &&
        !sharesWord(dashTitle[1], target.title) &&
        !sectionMentions(text, headings, target, subjectWords(dashWords), sections, ownSentence)
      ) {
        // Where it is written about, if one section uses every word of it.
        const covering = coveringSection(dashWords, target, offset);
        reportAt(
          context,
          offset,
          endOffset + dashTitle[0].trimEnd().length,
          `The policy says ${word} ${asWritten} is "${dashTitle[1].trim()}", but ${word} ${asWritten} is "${target.title}" and says nothing about it${covering ? ` (section ${shown(covering)}, "${covering.title}", does)` : ""} — correct the reference`,
          { actual: number, expected: covering?.number },
        );
        continue;
      }
      // "are in section 4 – Ringing at weddings and funerals." where section 4 is "Travel to ringing rallies": a title
      // sharing a word with section 4's, whose other words (two at least) section 4 never uses and one other section
      // uses every one of, outside the reference's own sentence. A shorter form of the title has no other words.
      // A PDF's line may break inside the title: read it on to the sentence's end.
      const wholeTitle = dashTitle && plainText ? (DASH_TITLE_WRAPPED.exec(after) ?? dashTitle) : dashTitle;
      const wholeWords = wholeTitle ? titleSubject(wholeTitle[1].replace(/\s+/g, " ")) : undefined;
      if (wholeTitle && wholeWords) {
        const own = contentWords(target.title);
        const other = wholeWords.filter((w) => !own.some((o) => sameWord(o, w)));
        const sentenceText = ownSentence;
        const covering =
          other.length >= 2 &&
          !sectionMentions(text, headings, target, subjectWords(other), sections, ownSentence)
            ? topLevel.filter((h) => h !== target && usesEvery(text, headings, h, other, sentenceText))
            : [];
        if (covering.length === 1) {
          reportAt(
            context,
            offset,
            endOffset + wholeTitle[0].trimEnd().length,
            `The policy says ${word} ${asWritten} is "${wholeTitle[1].replace(/\s+/g, " ").trim()}", but ${word} ${asWritten} is "${target.title}" and says nothing about it (section ${shown(covering[0])}, "${covering[0].title}", does) — correct the reference`,
            { actual: number, expected: covering[0].number },
          );
          continue;
        }
      }
      // "For what happens to photos of an incident, see section 8." where section 8 is "Contacts": what the reference
      // is for, said before it, in two content words or more, none of which section 8 uses, and one other section's
      // title names.
      const leadingFor = subject || dashTitle ? undefined : leadingSubject(text, offset, endOffset);
      if (leadingFor) {
        const words = contentWords(leadingFor).filter((w) => w.length >= 4 && !GENERIC.has(w));
        const stems = new Set(words.map(stem));
        const unsaid =
          words.length >= 2 &&
          // In other words too: "For trips abroad" is what "Residential and overseas visits" says of visits overseas.
          !sectionMentions(text, headings, target, subjectWords(words), sections, ownSentence);
        const titled = unsaid
          ? topLevel.filter((h) => h !== target && contentWords(h.title).some((w) => stems.has(stem(w))))
          : [];
        // "For photographs of children at events, see section 6." where no section is about photographs any more,
        // but the contents list still names "7. Photography and filming": the section was taken out and the
        // reference kept its old number.
        const removed =
          unsaid && titled.length === 0 ? removedEntry(contents, numbered, number, words) : undefined;
        if (removed) {
          reportAt(
            context,
            offset,
            endOffset,
            `The policy points to ${word} ${asWritten} for "${leadingFor}", but ${word} ${asWritten} is "${target.title}" and says nothing about it (the contents list names it as section ${removed.number}, "${removed.title}", which the policy no longer has) — correct the reference, or put the section back`,
            { actual: number },
          );
          continue;
        }
        if (titled.length === 1) {
          reportAt(
            context,
            offset,
            endOffset,
            `The policy points to ${word} ${asWritten} for "${leadingFor}", but ${word} ${asWritten} is "${target.title}" and says nothing about it (section ${shown(titled[0])}, "${titled[0].title}", names it in its title) — correct the reference`,
            { actual: number, expected: titled[0].number },
          );
          continue;
        }
      }
      // "Lone working in the studio is explained in section 7." where section 7 is "Useful contacts": what the sentence
      // says the section explains, said before the reference, in two content words or more, none of which it uses —
      // only where the section is a list of contacts, which explains nothing. Elsewhere the section may say it in
      // other words ("Intimate care" in "Toileting and changing"; "the safeguarding lead's role" where it says "DSL").
      const explained =
        subject || dashTitle || leadingFor ? undefined : explainedSubject(text, offset, endOffset);
      const explainedWords = explained
        ? contentWords(explained).filter((w) => w.length >= 4 && !GENERIC.has(w))
        : [];
      if (
        explained &&
        explainedWords.length >= 2 &&
        CONTACTS_TITLE.test(target.title) &&
        !CONTACTS_TITLE.test(explained) &&
        !sectionMentions(text, headings, target, subjectWords(explainedWords), sections, ownSentence)
      ) {
        reportAt(
          context,
          offset,
          endOffset,
          `The policy points to ${word} ${asWritten} for "${explained.charAt(0).toLowerCase()}${explained.slice(1)}", but ${word} ${asWritten} is "${target.title}" and says nothing about it — correct the reference, or name the ${word} instead`,
          { actual: number },
        );
        continue;
      }
      // "Full details of what to do are in section 6." where section 6 is "Photographs" and section 7 is "What to do
      // if you are worried about a junior": what the section is said to hold opens one other section's title (not the
      // one the pointer is in), and the section never says it.
      const action =
        subject || dashTitle || leadingFor ? undefined : actionSubject(ownSentence, text, offset, endOffset);
      const titledAction = action ? actionTitledElsewhere(action, target, topLevel, offset) : undefined;
      if (titledAction && !sectionSays(text, headings, target, action ?? "", ownSentence)) {
        reportAt(
          context,
          offset,
          endOffset,
          `The policy points to ${word} ${asWritten} for "${action}", but ${word} ${asWritten} is "${target.title}" and says nothing about it (section ${shown(titledAction)}, "${titledAction.title}", names it in its title) — correct the reference`,
          { actual: number, expected: titledAction.number },
        );
        continue;
      }
      // "staff follow the lost child procedure (section 7)." where section 7 is "Changing rooms and photography": the
      // procedure named straight before a bare bracketed reference, in words of its own, which section 7 never uses.
      const procedure =
        subject || dashTitle || leadingFor || explained ? undefined : namedProcedure(before, after);
      // What the sentence says the section is for: its subject, or the procedure it names (in quotation marks).
      const about = subject ?? (procedure && { ...procedure, phrase: `"${procedure.phrase}"` });
      if (about && !sectionMentions(text, headings, target, subjectWords(about.words), sections, ownSentence))
        reportAt(
          context,
          offset,
          endOffset,
          `The policy points to ${word} ${asWritten} for ${about.phrase}, but ${word} ${asWritten} is "${target.title}" and says nothing about it — correct the reference, or name the ${word} instead`,
          { actual: number },
        );
      // "follow the allegations procedure (see section 6)" where section 6 is "Camps, nights away and trips" and
      // section 7 is "Allegations against adult volunteers": the procedure's own word, which no subject of ours
      // gives other words for, heads one other section and is nowhere in section 6 — heading or text.
      const headed =
        subject || dashTitle || leadingFor || explained || procedure
          ? undefined
          : procedureTitledElsewhere(before, after, target, numbered, offset);
      if (
        headed &&
        !sectionMentions(text, headings, target, subjectWords(headed.words), sections, ownSentence)
      )
        reportAt(
          context,
          offset,
          endOffset,
          `The policy points to ${word} ${asWritten} for "${headed.phrase}", but ${word} ${asWritten} is "${target.title}" and says nothing about it (section ${shown(headed.heading)}, "${headed.heading.title}", names it in its title) — correct the reference`,
          { actual: number, expected: headed.heading.number },
        );
      // "If the concern is about a coach, follow the steps in section 6" where section 6 is "Photography and social
      // media", which numbers no steps, and section 4, "Responding to a concern", numbers five.
      const steps =
        subject || dashTitle || leadingFor || explained || procedure || headed || !STEPS_BEFORE.test(before)
          ? undefined
          : stepsElsewhere(text, headings, topLevel, target, offset, ownSentence, before);
      if (steps)
        reportAt(
          context,
          offset,
          endOffset,
          `The policy points to ${word} ${asWritten} for the steps to follow, but ${word} ${asWritten} is "${target.title}", which sets out no steps (section ${shown(steps)}, "${steps.title}", numbers them) — correct the reference`,
          { actual: number, expected: steps.number },
        );
      // "the Headteacher first reads the incident book entry described in section 7" where section 7 ("Intimate care")
      // never names an incident book and section 8 ("Physical intervention") alone does: what the sentence says the
      // section describes is another section's.
      const described =
        subject || dashTitle || leadingFor || explained || procedure || headed || steps
          ? undefined
          : describedElsewhere(
              text,
              headings,
              topLevel,
              target,
              offset,
              endOffset,
              ownSentence,
              sections,
              pairCache,
            );
      if (described)
        reportAt(
          context,
          offset,
          endOffset,
          `The policy points to ${word} ${asWritten} for "${described.thing}", but ${word} ${asWritten} is "${target.title}" and says nothing about it (section ${shown(described.heading)}, "${described.heading.title}", does) — correct the reference`,
          { actual: number, expected: described.heading.number },
        );
      continue;
    }
    if (sharesWord(sentence, target.title) || target.number?.startsWith(`${elsewhere.number}.`)) continue;
    // "follow the code of conduct in section 6 and report concerns as set out in section 5": the title is the other
    // reference's.
    if (refersTo(sentence, elsewhere.number as string)) continue;
    if (elsewhere.number?.startsWith(`${number}.`)) continue;
    // "See section 3 for who to contact" where section 8 is "Contacts" but section 3 names the people to contact:
    // the section referred to uses every word of the other title itself, so it may well be the one meant. Not a
    // section that shares only some ("campers", not "missing", for "Missing campers").
    const titleWords = contentWords(elsewhere.title).filter((w) => w.length >= 4 && !GENERIC.has(w));
    if (
      titleWords.length > 0 &&
      titleWords.every((w) => sectionMentions(text, headings, target, [w], sections))
    )
      continue;
    // "See section 5 above for who to contact first" where section 5 ("Acting on a concern") says whom to tell and
    // their numbers: the title's word is a verb here, and the section referred to answers it in its own words.
    if (
      titleOnlyAsVerb(sentence, elsewhere.title) &&
      sectionMentions(text, headings, target, REACHING_WORDS, sections)
    )
      continue;
    // "see section 9 – Online safety": the title the reference gives, straight after its number, is part of what
    // it says — the finding shows it.
    const titled =
      named !== null &&
      /^\s*[:–—-]/.test(after) &&
      titleKey(named[1]).includes(titleKey(elsewhere.title)) &&
      // A wrapped line carries the reference on (a PDF's, a Markdown source's, a Word line break); a blank line ends it.
      !/\n\s*\n/.test(after.slice(0, named[0].length));
    reportAt(
      context,
      offset,
      titled && named ? endOffset + named[0].trimEnd().length : endOffset,
      `The policy points to ${word} ${asWritten} for "${elsewhere.title}", but ${word} ${asWritten} is "${target.title}" ("${elsewhere.title}" is section ${shown(elsewhere)}) — correct the reference`,
      { actual: number, expected: elsewhere.number },
    );
  }
}

/**
 * The one top-level contents entry, numbered other than `number`, whose section the policy does not have (no
 * numbered heading carries its title) and whose title names one of `words` in any of its forms ("photographs" →
 * "Photography and filming").
 */
function removedEntry(
  contents: ContentsList | undefined,
  numbered: readonly HeadingText[],
  number: string,
  words: readonly string[],
): ContentsEntry | undefined {
  if (!contents) return undefined;
  const said = words.flatMap((w) => sameSubjectWords(w));
  const gone = contents.entries.filter(
    (entry) =>
      entry.number !== undefined &&
      !entry.number.includes(".") &&
      entry.number !== number &&
      !numbered.some((h) => titleKey(h.title) === titleKey(entry.title)) &&
      contentWords(entry.title).some((w) => said.some((s) => sameWord(s, w))),
  );
  return gone.length === 1 ? gone[0] : undefined;
}

/** A sentence that opens with what a reference is for: "For what happens to photos of an incident, see ". */
const LEADING_FOR =
  /^\s*For\s+([^,;:.!?()[\]]{3,80}?)\s*,\s*(?:please\s+)?(?:see|refer\s+to|read|look\s+at)\s+(?:also\s+)?$/i;

/** What the sentence holding a reference says it is for, when it opens so: "For <subject>, see section 8". */
function leadingSubject(text: string, offset: number, endOffset: number): string | undefined {
  const sentence = sentenceAround(text, offset, endOffset);
  const at = sentence.indexOf(text.slice(offset, endOffset));
  if (at < 0) return undefined;
  return LEADING_FOR.exec(sentence.slice(0, at))?.[1].replace(/\s+/g, " ");
}

/**
 * A sentence saying a section holds what to do or how to do a thing, the words straight before the reference: "Full
 * details of what to do are in ", "Guidance on how to report a concern is given in ", "What to do is set out in ".
 */
const ACTION_HELD_IN =
  /^\s*(?:(?:(?:the|full|further|more)\s+)?(?:details|information|guidance|instructions|advice)\s+(?:of|on|about)\s+)?(what\s+to\s+do|how\s+to\s+[a-z]+(?:\s+[a-z]+){0,3}?)(?:\s+next)?\s+(?:is|are)\s+(?:(?:given|set\s+out|explained|described)\s+)?(?:in|under)\s+$/i;

/** What a reference's sentence says its section holds, when it is what to do or how to do a thing (`ACTION_HELD_IN`). */
function actionSubject(
  sentence: string,
  text: string,
  offset: number,
  endOffset: number,
): string | undefined {
  const at = sentence.indexOf(text.slice(offset, endOffset));
  // The sentence opens so: a short run of words before the reference.
  if (at < 0 || at > 120) return undefined;
  return ACTION_HELD_IN.exec(sentence.slice(0, at))?.[1].replace(/\s+/g, " ").toLowerCase();
}

/**
 * The one top-level section, other than the reference's target and the section holding it, whose title says
 * `action` ("What to do if you are worried …" for "what to do"); none where two do.
 */
function actionTitledElsewhere(
  action: string,
  target: HeadingText,
  topLevel: readonly HeadingText[],
  offset: number,
): HeadingText | undefined {
  const home = topLevel.filter((h) => h.offset < offset).at(-1);
  const key = titleKey(action);
  const titled = topLevel.filter((h) => titleKey(h.title).includes(key));
  if (titled.length !== 1 || titled[0] === target || titled[0] === home) return undefined;
  return titled[0];
}

/** A section's title or text (less the reference's own sentence) says `phrase`, word for word. */
function sectionSays(
  text: string,
  headings: readonly HeadingText[],
  section: HeadingText,
  phrase: string,
  without: string,
): boolean {
  const body = titleKey(
    text.slice(section.offset, sectionEnd(text, headings, section)).replace(without, " "),
  );
  return ` ${body} `.includes(` ${titleKey(phrase)} `);
}

/**
 * A procedure named straight before a bare bracketed reference: "follow the lost child procedure (section 7)", "use
 * our late collection process (see section 5)". Lower case, so the policy's own procedure, not another document's
 * title ("the Lost Property Procedure (section 7)"); not a policy or a code, which are most often documents of their
 * own ("the behaviour policy (section 4)" is that policy's section).
 */
const PROCEDURE_BEFORE_BRACKET =
  /\b(?:the|our)[^\S\n]+((?:[a-z][a-z'’-]*[^\S\n]+){1,3}?)(?:procedures?|process|protocol|plan)[^\S\n]*\([^\S\n]*(?:see[^\S\n]+(?:also[^\S\n]+)?)?$/;

/** Words every part of a safeguarding policy uses, which say nothing of which procedure is meant. */
const EVERY_SECTION_WORDS = new Set(
  `child children childs young people person persons staff adult adults pupil pupils member members parent parents
  safeguarding protection welfare concern concerns abuse safety safe emergency general usual normal standard main
  full same right correct agreed written`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * The procedure a bare bracketed reference is given for, when named straight before it (`PROCEDURE_BEFORE_BRACKET`),
 * with its own words: four letters or more, none that every section uses ("child", "staff") — none for "the child
 * protection procedure (section 5)".
 */
function namedProcedure(before: string, after: string): { phrase: string; words: string[] } | undefined {
  if (!/^[^\S\n]*\)/.test(after)) return undefined;
  const m = PROCEDURE_BEFORE_BRACKET.exec(before);
  if (!m) return undefined;
  // Only a procedure whose subject has its other words known here ("the lost child procedure": lost, missing): a
  // section often names its procedure in words of its own ("the intimate care procedure (section 2)" where section 2
  // is "Toileting and nappy changing"; "the allegations procedure" under "Concerns about a member of staff").
  const words = contentWords(m[1]).filter(
    (w) =>
      w.length >= 4 &&
      !GENERIC.has(w) &&
      !EVERY_SECTION_WORDS.has(w) &&
      !CLAUSE_ONLY.has(w) &&
      knownSubject(w),
  );
  if (words.length === 0) return undefined;
  const phrase = m[0].replace(/[^\S\n]*\([^)]*$/, "").replace(/\s+/g, " ");
  return { phrase, words };
}

/**
 * The one section other than `target` whose heading carries a word of the procedure named straight before a bare
 * bracketed reference (`PROCEDURE_BEFORE_BRACKET`): "the allegations procedure (see section 6)" and "7. Allegations
 * against adult volunteers". The procedure's words of five letters or more, none generic ("procedure", "policy") nor
 * one every section uses ("child", "safeguarding"). A section and its own sub-sections are one; none when two
 * sections' headings carry the words, or the heading of the section the reference at `offset` is written in does.
 */
function procedureTitledElsewhere(
  before: string,
  after: string,
  target: HeadingText,
  numbered: readonly HeadingText[],
  offset: number,
): { phrase: string; words: string[]; heading: HeadingText } | undefined {
  if (!/^[^\S\n]*\)/.test(after)) return undefined;
  const m = PROCEDURE_BEFORE_BRACKET.exec(before);
  if (!m) return undefined;
  const words = contentWords(m[1]).filter(
    (w) => w.length >= 5 && !GENERIC.has(w) && !EVERY_SECTION_WORDS.has(w) && !CLAUSE_ONLY.has(w),
  );
  if (words.length === 0) return undefined;
  const stems = new Set(words.map(stem));
  const within = (h: HeadingText, top: HeadingText) =>
    h === top || (top.number !== undefined && h.number?.startsWith(`${top.number}.`) === true);
  const home = numbered.filter((h) => !h.number?.includes(".") && h.offset < offset).at(-1);
  const related = numbered.filter(
    (h) =>
      h !== target &&
      !within(target, h) &&
      !within(h, target) &&
      contentWords(h.title).some((w) => stems.has(stem(w))),
  );
  // The section the reference is written in has the word in its heading: it points elsewhere on purpose.
  if (home && related.some((h) => within(h, home))) return undefined;
  const top = related.filter((h) => !related.some((o) => o !== h && within(h, o)));
  // The one other heading names the whole procedure, not a narrower thing that shares a stem with it.
  if (top.length !== 1 || !headingNamesProcedure(top[0].title, stems)) return undefined;
  const phrase = m[0].replace(/[^\S\n]*\([^)]*$/, "").replace(/\s+/g, " ");
  return { phrase, words, heading: top[0] };
}

/** Where a section (with its sub-sections) ends: at the next heading of its level or above, or the text's end. */
function sectionEnd(text: string, headings: readonly HeadingText[], section: HeadingText): number {
  return headings.find((h) => h.offset > section.offset && h.depth <= section.depth)?.offset ?? text.length;
}

/** Before a reference, the steps it sends the reader to: "follow the steps in ", "use the reporting steps set out in ". */
const STEPS_BEFORE =
  /\b(?:follow(?:ing)?|us(?:e|ing)|apply(?:ing)?)\s+(?:the|our|these)\s+(?:[\w'’-]+\s+){0,2}?steps\s+(?:(?:set\s+out|described|listed|given|shown|outlined)\s+)?in\s+$/i;

/** A line that is a numbered item: "1. Make the child safe", "2) Listen". */
const NUMBERED_STEP = /^[^\S\n]*(\d{1,2})[.)][^\S\n]+\S/gm;

/**
 * How many numbered steps a section (with its sub-sections) sets out: the longest run of lines numbered 1, 2, 3 … in
 * its text, headings left out. A Markdown, Word or PDF list keeps its numbers in the text.
 */
function numberedSteps(text: string, headings: readonly HeadingText[], section: HeadingText): number {
  const end = sectionEnd(text, headings, section);
  const from = section.endOffset;
  const body = text.slice(from, end);
  const headingAt = new Set(headings.map((h) => h.offset));
  let run = 0;
  let longest = 0;
  for (const m of body.matchAll(NUMBERED_STEP)) {
    const at = from + (m.index ?? 0) + (m[0].length - m[0].trimStart().length);
    if (headingAt.has(at) || headings.some((h) => h.offset <= at && at < h.endOffset)) continue;
    const n = Number(m[1]);
    run = n === run + 1 ? n : n === 1 ? 1 : 0;
    longest = Math.max(longest, run);
  }
  return longest;
}

/** A bullet's mark at a line's start ("- ", "• "), as Markdown, Word and PDF readers give a bulleted list. */
const BULLET_LINE = /^[^\S\n]*[-*•●▪◦‣·○■][^\S\n]+\S/gm;
/** A table's row (not its rule of dashes), as Markdown gives it and the Word reader writes it. */
const TABLE_ROW = /^[^\S\n]*\|(?![^\S\n|:-]*$).*$/gm;

/**
 * Words opening a step the tagger does not read as a command: a negative or a sequence ("Do not promise …", "Never
 * …", "Then …", "Step 2: …") or a way to contact someone ("Email the DSL", "Phone …").
 */
const STEP_OPENER =
  /^(?:\*\*|__)?(?:do\s+not|don['’]t|never|always|first(?:ly)?|then|next|finally|after\s+that|step\s+\d|e-?mail|phone|text)\b/i;
/** How many of a section's items to read for steps: enough to find three, without tagging a list without end. */
const STEP_LINES_READ = 40;

/** Whether a step's or a sentence's words open with a command or a sequence: "Make sure …", "Do not …", "Then …". */
function readsAsStep(words: string): boolean {
  const opening = words.trim().slice(0, 80);
  return STEP_OPENER.test(opening) || opensWithCommand(opening.replace(/^(?:\*\*|__)/, ""));
}

/**
 * How many bullet lines and table rows a section's text holds: steps set out as a list or table, not numbered. A
 * bullet is a step only when it reads as one, a command or a sequence ("Make sure the child is safe", "Then …") —
 * not a rule ("Photographs are taken only on the group's own camera", "No child is named in a caption").
 */
function listedSteps(body: string): number {
  let steps = 0;
  let read = 0;
  for (const m of body.matchAll(BULLET_LINE)) {
    if (++read > STEP_LINES_READ || steps >= 3) break;
    const at = (m.index ?? 0) + m[0].length - 1;
    const end = body.indexOf("\n", at);
    if (readsAsStep(body.slice(at, end < 0 ? undefined : end))) steps++;
  }
  return steps + (body.match(TABLE_ROW)?.length ?? 0);
}

/**
 * Whether a section sets a procedure out in prose: two or more of its sentences open with a command ("Write your
 * note as soon as you can … Sign it, date it …, then hand it to the Designated Safeguarding Lead").
 */
function imperativeProse(body: string): boolean {
  let commands = 0;
  let read = 0;
  for (const m of body.matchAll(/(?:^|[.!?][^\S\n]+|\n)[^\S\n]*(\p{Lu}[^.!?\n]{0,80})/gu)) {
    if (++read > STEP_LINES_READ) break;
    if (readsAsStep(m[1]) && ++commands >= 2) return true;
  }
  return false;
}

/**
 * "If the concern is about a coach, follow the steps in section 6" where section 6 is "Photography and social media":
 * the one top-level section that numbers steps (three or more) when the section referred to numbers none and never
 * says "step" — only where that section's heading names what the sentence is about ("4. Responding to a concern") and
 * the referred section's heading shares no word with it. Three bullet lines or table rows in the referred section are
 * steps too, set out unnumbered. Not the section the reference is written in, nor one that holds the section referred
 * to. Words every section uses ("child", "staff") say nothing of which; a concern is what steps are for.
 */
function stepsElsewhere(
  text: string,
  headings: readonly HeadingText[],
  topLevel: readonly HeadingText[],
  target: HeadingText,
  offset: number,
  ownSentence: string,
  before = "",
): HeadingText | undefined {
  const end = sectionEnd(text, headings, target);
  const body = text.slice(target.endOffset, end).replace(ownSentence, " ");
  if (/\bsteps?\b/i.test(body) || numberedSteps(text, headings, target) > 0 || listedSteps(body) >= 3)
    return undefined;
  const words = contentWords(ownSentence.replace(/\bsections?\s+\d+(?:\.\d+)*/gi, " ")).filter(
    (w) => w.length >= 4 && !GENERIC.has(w) && (!EVERY_SECTION_WORDS.has(w) || /^concerns?$/.test(w)),
  );
  const stems = new Set(words.map(stem));
  const names = (h: HeadingText) => contentWords(h.title).some((w) => stems.has(stem(w)));
  if (names(target)) return undefined;
  const home = topLevel.filter((h) => h.offset < offset).at(-1);
  const holding = topLevel.filter(
    (h) =>
      h !== target &&
      h !== home &&
      !(target.number?.startsWith(`${h.number}.`) ?? false) &&
      numberedSteps(text, headings, h) >= 3,
  );
  if (holding.length !== 1) return undefined;
  if (names(holding[0])) return holding[0];
  // "record the facts following the recording steps in section 8" where section 5's steps say "3. Record what was
  // said …": the steps the sentence names by what they do, one of that section's numbered steps opening with the
  // same word ("recording" – "Record").
  const kind = STEPS_KIND.exec(before)?.[1]?.toLowerCase();
  if (!kind || GENERIC.has(kind) || EVERY_SECTION_WORDS.has(kind)) return undefined;
  // "following the recording steps in section 4" where section 4 says "Write your note … Sign it, date it …": the
  // section referred to sets its steps out in prose, or names what the steps do ("record").
  const kindStem = stem(kind).replace(/e$/, "");
  if (
    imperativeProse(body) ||
    contentWords(`${target.title} ${body}`).some((w) => stem(w).replace(/e$/, "") === kindStem)
  )
    return undefined;
  return stepOpeners(text, headings, holding[0]).has(stem(kind).replace(/e$/, "")) ? holding[0] : undefined;
}

/**
 * Before a reference, the thing it says the section describes, in one to four words after an article: "reads the
 * incident book entry described in ", "the hold record set out in ". Not "are set out in" (a sentence's subject,
 * `SUBJECT_EXPLAINED_IN`'s) nor "as described in" (how a thing is done).
 */
const THING_DESCRIBED_IN =
  /\b(?:the|our|any|each|every|this|that)\s+((?:(?!(?:is|are|was|were|be|been|as)\s)[\p{L}'’-]+\s+){1,4}?)(?:described|set\s+out|explained|recorded|detailed|outlined)\s+(?:in|under)\s+$/iu;

/**
 * "the Headteacher first reads the incident book entry described in section 7" where section 7 is "Intimate care":
 * the thing the sentence says the section describes (`THING_DESCRIBED_IN`), in two words of its own or more (three
 * letters or more, none generic — "the procedure", "this policy" — nor one every section uses), none of which the
 * section uses in any form; and two of them side by side ("incident book") in exactly one other top-level section's
 * text, outside the reference's own sentence — not the section the reference is written in, nor one that holds the
 * section referred to or is held by it. Where the home section names it too, or two others do, which was meant is
 * not known.
 */
function describedElsewhere(
  text: string,
  headings: HeadingText[],
  topLevel: readonly HeadingText[],
  target: HeadingText,
  offset: number,
  endOffset: number,
  ownSentence: string,
  sections: Map<HeadingText, SectionWords>,
  pairCache: Map<HeadingText, Map<string, number>>,
): { thing: string; heading: HeadingText } | undefined {
  const at = ownSentence.indexOf(text.slice(offset, endOffset));
  if (at < 0) return undefined;
  const m = THING_DESCRIBED_IN.exec(ownSentence.slice(0, at));
  if (!m) return undefined;
  const own = (w: string) =>
    w.length >= 3 && !STOP.has(w) && !GENERIC.has(w) && !EVERY_SECTION_WORDS.has(w) && !CLAUSE_ONLY.has(w);
  const said = titleKey(m[1]).split(" ").filter(Boolean);
  const words = said.filter(own);
  if (words.length < 2) return undefined;
  // Two of the thing's own words side by side: "incident book" in "incident book entry".
  const pairs: [string, string][] = [];
  for (let i = 0; i + 1 < said.length; i++)
    if (own(said[i]) && own(said[i + 1])) pairs.push([stem(said[i]), stem(said[i + 1])]);
  if (pairs.length === 0) return undefined;
  if (sectionMentions(text, headings, target, subjectWords(words), sections, ownSentence)) return undefined;
  // "the Local Authority Designated Officer described in section 4" where section 4 says "LADO", or "the LADO
  // referral described in section 6" where section 6 spells it out: named after all.
  if (shortFormIn(m[1], target, () => text.slice(target.offset, sectionEnd(text, headings, target))))
    return undefined;
  const within = (h: HeadingText, top: HeadingText) =>
    h === top || (top.number !== undefined && h.number?.startsWith(`${top.number}.`) === true);
  // The reference's own sentence is no sign that its section names the thing: its pairs are taken off that section's.
  const ownPairs = stemPairs(ownSentence);
  const naming = topLevel.filter((h) => {
    if (within(target, h) || within(h, target)) return false;
    const end = sectionEnd(text, headings, h);
    let counts = pairCache.get(h);
    if (!counts) {
      counts = stemPairs(text.slice(h.offset, end));
      pairCache.set(h, counts);
    }
    const holdsSentence = offset >= h.offset && offset < end;
    return pairs.some(([a, b]) => {
      const key = `${a} ${b}`;
      return (counts.get(key) ?? 0) - (holdsSentence ? (ownPairs.get(key) ?? 0) : 0) > 0;
    });
  });
  const home = topLevel.filter((h) => h.offset < offset).at(-1);
  if (naming.length !== 1 || naming[0] === home) return undefined;
  // "the incident book entry", as the sentence writes it.
  const thing = `${m[0].split(/\s+/)[0]} ${m[1]}`.replace(/\s+/g, " ").trim();
  return { thing, heading: naming[0] };
}

/** How often each two stemmed words stand side by side in a text ("incident book" → "incid book"), read once. */
function stemPairs(body: string): Map<string, number> {
  const counts = new Map<string, number>();
  const words = titleKey(body).split(" ").filter(Boolean).map(stem);
  for (let i = 0; i + 1 < words.length; i++) {
    const key = `${words[i]} ${words[i + 1]}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** A section's abbreviations and the initials of its runs of capitalised words, read once per section. */
const SECTION_SHORT_FORMS = new WeakMap<HeadingText, { abbreviations: Set<string>; initials: Set<string> }>();

/**
 * The initials of runs of capitalised words: in a section's text every stretch of two to eight words of a run ("The
 * Local Authority Designated Officer" gives "LADO", "TLADO", "LA" …); in the thing a reference names (`whole`), each
 * run's whole initials and its endings of three or more ("the Hollowmere Local Authority Designated Officer": "HLADO",
 * "LADO", "ADO") — never a run's first words alone, so "LA" in a section does not stand for the officer.
 */
function runInitials(text: string, whole = false): Set<string> {
  const initials = new Set<string>();
  let run: string[] = [];
  const flush = () => {
    if (whole) {
      for (let i = 0; i + 1 < run.length; i++)
        if (i === 0 || run.length - i >= 3) initials.add(run.slice(i).join(""));
    } else
      for (let i = 0; i < run.length; i++)
        for (let j = i + 2; j <= Math.min(run.length, i + 8); j++) initials.add(run.slice(i, j).join(""));
    run = [];
  };
  for (const m of text.matchAll(/[\p{L}'’-]+/gu)) {
    if (/^\p{Lu}\p{Ll}/u.test(m[0])) run.push(m[0][0].toUpperCase());
    else flush();
  }
  flush();
  return initials;
}

/** The words written in capitals alone, two to eight letters, a plural "s" left off: "LADO", "DSLs" → "DSL". */
function abbreviationsOf(text: string): Set<string> {
  return new Set([...text.matchAll(/\b(\p{Lu}{2,8})s?\b/gu)].map((m) => m[1]));
}

/**
 * Whether a section names the thing by another form of its words: the section writes the initials of the thing's
 * capitalised words ("the Local Authority Designated Officer" where the section says "LADO"), or spells out what
 * the thing abbreviates ("the LADO referral" where the section says "the Local Authority Designated Officer"). The
 * initials must match whole.
 */
function shortFormIn(thing: string, target: HeadingText, section: () => string): boolean {
  let forms = SECTION_SHORT_FORMS.get(target);
  if (!forms) {
    const body = section();
    forms = { abbreviations: abbreviationsOf(body), initials: runInitials(body) };
    SECTION_SHORT_FORMS.set(target, forms);
  }
  for (const initials of runInitials(thing, true)) if (forms.abbreviations.has(initials)) return true;
  for (const abbreviation of abbreviationsOf(thing)) if (forms.initials.has(abbreviation)) return true;
  return false;
}

/** The one word naming the steps right before "steps" in a reference: "the recording steps in ", "our reporting steps". */
const STEPS_KIND =
  /\b(?:the|our|these)\s+([a-z]{4,}ing)\s+steps\s+(?:(?:set\s+out|described|listed|given|shown|outlined)\s+)?in\s+$/i;

/**
 * The first word of each numbered step a section sets out, as a stem without a final "e" ("3. Record what was said" –
 * "record", "Write it down" – "writ", as "writing" is).
 */
function stepOpeners(text: string, headings: readonly HeadingText[], section: HeadingText): Set<string> {
  const end = sectionEnd(text, headings, section);
  const body = text.slice(section.endOffset, end);
  const words = new Set<string>();
  for (const m of body.matchAll(/^[^\S\n]*\d{1,2}[.)][^\S\n]+(?:\*\*|__)?(\p{L}+)/gmu))
    words.add(stem(m[1].toLowerCase()).replace(/e$/, ""));
  return words;
}

/** Words after a procedure's own in a heading that still names that procedure: "Reporting procedure". */
const PROCEDURE_NOUNS = new Set(
  "procedure procedures process processes protocol protocols plan plans policy policies arrangements guidance".split(
    " ",
  ),
);
/** Words that open what a heading says of a procedure's subject: "Complaints from parents", "Allegations against …". */
const QUALIFIER_OPENERS = new Set(
  "from against about by of to for in on at with within during outside involving concerning and or".split(
    " ",
  ),
);
const ARTICLES = new Set("a an the our your any".split(" "));

/**
 * Whether a heading names the whole procedure whose words' stems are `stems`: each of the procedure's words stands
 * in it followed by nothing more, by "procedure" or "process", by a preposition or "and", by another of the
 * procedure's words or by words every section uses ("Reporting procedure", "Complaints from parents", "Allegations
 * against adult volunteers", "Reporting a concern"). Not a heading that shares one stem but names a narrower thing:
 * "Reporting accidents and injuries" is about accidents, not "the reporting procedure" of a worry about a child.
 */
function headingNamesProcedure(title: string, stems: ReadonlySet<string>): boolean {
  const words = titleKey(title).split(" ");
  const named = new Set<string>();
  for (const [i, word] of words.entries()) {
    const own = stem(word);
    if (!stems.has(own)) continue;
    let j = i + 1;
    while (j < words.length && ARTICLES.has(words[j])) j++;
    const next = words[j];
    if (
      next === undefined ||
      PROCEDURE_NOUNS.has(next) ||
      QUALIFIER_OPENERS.has(next) ||
      EVERY_SECTION_WORDS.has(next) ||
      stems.has(stem(next))
    )
      named.add(own);
  }
  return named.size === stems.size;
}

/** Words in brackets after a reference that say where the section is: "(see below)", "(above)", "(overleaf)". */
const DIRECTION_ONLY = /^\s*(?:see\s+)?(?:below|above|overleaf|opposite|later|earlier)\s*$/i;

/** The title of a section of contacts: numbers, addresses, who to ring. */
const CONTACTS_TITLE =
  /\b(?:contacts?|numbers?|telephone|phone|helplines?|directory|addresses|who\s+to\s+(?:call|ring|contact))\b/i;

/**
 * A sentence that opens with what a section explains: "Lone working in the studio is explained in ". Not "is dealt
 * with under section 4": a concern handled by a section's procedure is no topic the section must name.
 */
const SUBJECT_EXPLAINED_IN =
  /^\s*(\p{Lu}[^,;:.!?()[\]]{3,60}?)\s+(?:is|are)\s+(?:(?:fully|further|also)\s+)?(?:explained|set\s+out|covered|described|detailed)\s+(?:in|under)\s+$/u;

/** What the sentence holding a reference says the section explains, when it opens so: "<Subject> is explained in section 7". */
function explainedSubject(text: string, offset: number, endOffset: number): string | undefined {
  const sentence = sentenceAround(text, offset, endOffset);
  const at = sentence.indexOf(text.slice(offset, endOffset));
  if (at < 0) return undefined;
  return SUBJECT_EXPLAINED_IN.exec(sentence.slice(0, at))?.[1].replace(/\s+/g, " ");
}

/** A section's text (its heading's and its body's, less `without`, the reference's own sentence) uses every word. */
function usesEvery(
  text: string,
  headings: readonly HeadingText[],
  section: HeadingText,
  words: readonly string[],
  without: string,
): boolean {
  const end = sectionEnd(text, headings, section);
  const body = titleKey(text.slice(section.offset, end).replace(without, " ")).split(" ");
  return words.every((w) => body.some((b) => sameWord(b, w)));
}

/** Capitalised words that make no title their own: "This Policy", "Our Procedures", "See Policy". */
const NOT_OWN_TITLE_WORD = /^(?:This|These|Our|The|That|See|In|Under)$/;

/**
 * Whether `named`, a title ending in its document's noun ("Away Trips Policy", "Continuum of Need guidance"), is
 * another document's: one of its words before the noun capitalised and its own (not "This", "Our" …, nor — with
 * `skipFirst` — a sentence's first word, capitalised whatever it is), and the title not this policy's (the first
 * line of its text).
 */
function otherDocumentTitle(named: string, text: string, skipFirst = false): boolean {
  const words = named.split(/\s+/).slice(0, -1);
  if (skipFirst) words.shift();
  if (!words.some((w) => /^\p{Lu}/u.test(w) && !NOT_OWN_TITLE_WORD.test(w))) return false;
  const firstLine = /^\s*(?:#\s+)?([^\n]*)/.exec(text)?.[1] ?? "";
  return !titleKey(firstLine).includes(titleKey(named));
}

/**
 * The words before a reference end with another document's title and a comma, colon or dash: "Away Trips Policy, "
 * (`otherDocumentTitle`; not "This Policy, ", "Our Procedures: ", nor this policy's own title).
 */
function namesOtherTitle(before: string, text: string): boolean {
  const named = TITLED_DOCUMENT_BEFORE.exec(before)?.[1];
  return named !== undefined && otherDocumentTitle(named, text);
}

/**
 * A document named by its title in a sentence: capitalised words right before the noun, which may be in lower case
 * ("the Partnership's Continuum of Need guidance", "the Trust's Managing Allegations Procedure"), with small joining
 * words between them. No `i` flag: "these procedures", "the Designated Safeguarding Lead for guidance" name none.
 */
const TITLED_DOCUMENT =
  /(?<![\p{L}'’-])\p{Lu}[\p{L}'’-]*(?:[^\S\n]+(?:(?:of|and|for|on|in|to|the|&)[^\S\n]+){0,2}\p{Lu}[\p{L}'’-]*){0,7}[^\S\n]+(?:[Pp]olic(?:y|ies)|[Pp]rocedures?|[Pp]rotocols?|[Gg]uidance|[Gg]uidelines|[Hh]andbook|[Ff]ramework|[Tt]oolkit|[Cc]ode[^\S\n]+of[^\S\n]+(?:[Cc]onduct|[Pp]ractice))\b/gu;

/**
 * Whether the sentence before a reference's own names another document: an Act or statutory guidance
 * (`OTHER_DOCUMENT`), or a document by its title — capitalised words right before the noun (`TITLED_DOCUMENT`), one
 * of them its own and not the sentence's first word, the title not this policy's (`otherDocumentTitle`) — "… staff
 * follow the Partnership's Continuum of Need guidance. Paragraph 9.2 …".
 */
function sentenceBeforeNamesDocument(text: string, offset: number, paragraphStart: number): boolean {
  const sentences = lastParagraph(text.slice(Math.max(0, offset - 300, paragraphStart), offset)).split(
    /[.!?]\s/,
  );
  const sentence = sentences.at(-2);
  if (!sentence) return false;
  if (OTHER_DOCUMENT.test(sentence)) return true;
  const opening = /^\s*/.exec(sentence)?.[0].length ?? 0;
  // The sentence's first word is capitalised whatever it is: "Safeguarding Policy reviews are yearly."
  for (const match of sentence.matchAll(TITLED_DOCUMENT))
    if (otherDocumentTitle(match[0], text, match.index === opening)) return true;
  return false;
}

/** An unnumbered heading that opens an appendix or annex: "Appendix A – Record of a concern", "Annex 2: Forms". */
const APPENDIX_HEADING = /^(?:appendix|annexe?|schedule)\s+[A-Z\d]{1,4}\b/i;

/**
 * The numbered headings of appendices that number their own sections again from 1 ("Appendix A – Record of a
 * concern" / "1. About the child" / "2. What you saw"): the headings below an unnumbered appendix heading, one level
 * down or more, up to the next heading at its level or above — when the first of them is numbered 1. An appendix
 * whose headings carry on the policy's numbering ("9. Forms") keeps them.
 */
function appendixSections(
  headings: readonly HeadingText[],
  inContents: (offset: number) => boolean,
): Set<HeadingText> {
  const own = new Set<HeadingText>();
  for (const [i, appendix] of headings.entries()) {
    if (appendix.number || inContents(appendix.offset) || !APPENDIX_HEADING.test(appendix.title)) continue;
    const below: HeadingText[] = [];
    for (const h of headings.slice(i + 1)) {
      if (h.depth <= appendix.depth) break;
      if (h.number) below.push(h);
    }
    if (below[0]?.number?.split(".")[0] === "1") for (const h of below) own.add(h);
  }
  return own;
}

/**
 * Whether the words after a reference's number name another document ("in the council's procedures", "(the
 * district's camping guidance)"): a bracket does only when it is none of this policy's headings' titles ("section 12
 * (Code of conduct)" names a section of ours, rightly or wrongly numbered).
 */
function namesOtherDocument(after: string, numbered: readonly HeadingText[]): boolean {
  const match = OTHER_DOCUMENT_AFTER.exec(after.replace(/\s+/g, " "));
  if (!match) return false;
  // "in the policy", "of the policy": the document itself, whose sections these are; "the trust policy" is another's.
  if (!match[1]) return !/^the\s+policy$/i.test(match[2]);
  const said = titleKey(match[2]);
  return !numbered.some((h) => {
    const title = titleKey(h.title);
    return title !== "" && (title.includes(said) || said.includes(title));
  });
}

/**
 * Whether a reference to an Act's well-known section number ("section 10", "section 11") in a policy with fewer
 * sections still points into this policy, by what it says of its section: a title after a dash ("(see section 11 –
 * Consent for photographs)"), a subject that is one of our own things ("The steps to take are set out in section
 * 10"), or how to record a concern ("Record it as described in section 11"). The first two only where no Act's
 * section of that number is mentioned elsewhere; none where the sentence speaks of what the Act's section is about.
 */
function ownThingNamed(
  text: string,
  readBefore: (offset: number, length: number) => string,
  offset: number,
  endOffset: number,
  number: string,
  pointer: boolean,
  highest: number,
): boolean {
  const sentence = sentenceAround(text, offset, endOffset);
  if (ACT_SUBJECT[number]?.test(sentence)) return false;
  const upTo = (
    lastParagraph(readBefore(offset, 200))
      .split(/[.!?]\s/)
      .at(-1) ?? ""
  ).replace(/\s+/g, " ");
  if (RECORDING_AS_DESCRIBED.test(upTo)) return true;
  const mentioned = () => earlierMention(text, offset, number) || laterMention(text, endOffset, number);
  if (OWN_THING_SUBJECT.test(upTo) || RECORDED_AFTER_ANOTHER_VERB.test(upTo)) return !mentioned();
  // Looser still: only a number just past this policy's last section ("section 10" in nine), not the Children Act
  // 1989's section 17 in a policy of four.
  if (HANDLED_AS_DESCRIBED.test(upTo)) return justPastLast(number, highest) && !mentioned();
  const title = pointer ? DASHED_TITLE.exec(text.slice(endOffset, endOffset + 80)) : null;
  return title !== null && !STATUTE_TITLE_WORDS.test(title[0]) && !mentioned();
}

/**
 * "… we will refer them to the DBS (see section 11)." in a policy of nine sections: a bare "(see section N)", closed at
 * once, is how a policy points into itself — as is "For photography at galas, see section 11.", ending its sentence. Only where no Act's section of that number is mentioned anywhere in the
 * policy and the sentence says nothing of what the Act's section is about ("agencies' duty (see section 11)"); a
 * sentence naming an Act or another document was passed over before this is asked.
 */
function seeAlone(
  text: string,
  before: string,
  after: string,
  offset: number,
  endOffset: number,
  number: string,
): boolean {
  return (
    ((/\(\s*see\s+(?:also\s+)?$/i.test(before) && /^\s*\)/.test(after)) ||
      // "For photography at galas, see section 11.": "see" and the number end the sentence.
      seeEndsSentence(before, after)) &&
    !ACT_SUBJECT[number]?.test(sentenceAround(text, offset, endOffset)) &&
    !earlierMention(text, offset, number) &&
    !laterMention(text, endOffset, number)
  );
}

/** "see" (or "see also") just before the reference, and the sentence ends just after it: "…, see section 11." */
function seeEndsSentence(before: string, after: string): boolean {
  return /\bsee\s+(?:also\s+)?$/i.test(before) && /^[^\S\n]*[.;!](?:\s|$)/.test(after);
}

/**
 * "… under the Female Genital Mutilation Act 2003. For how we share information with schools, see section 10.": a
 * sentence of its own that opens with what the reference is for and ends with "see section N" points into this policy,
 * whatever the sentence before named — unless its own words name a document, or the subject of that number's
 * section of an Act ("For how partners co-operate, see section 10").
 */
function pointsIntoThis(
  text: string,
  before: string,
  after: string,
  offset: number,
  endOffset: number,
  number: string,
  ownSentence: string,
): boolean {
  return (
    seeEndsSentence(before, after) &&
    leadingSubject(text, offset, endOffset) !== undefined &&
    !OTHER_DOCUMENT.test(ownSentence) &&
    !ACT_SUBJECT[number]?.test(sentenceAround(text, offset, endOffset))
  );
}

/**
 * "… Part Five of KCSIE. Holding a pupil follows our handling plan (see section 9 – Physical intervention).": a
 * bracketed pointer giving the section's own title after a dash or colon, just past the policy's last section, in a
 * sentence that names no other document (nor the subject of that number's section of an Act) — this policy's way of
 * pointing to its own headings, whatever the sentence before named. `ownSentence`: the reference's sentence up to it.
 */
function titledPointer(
  text: string,
  after: string,
  offset: number,
  endOffset: number,
  number: string,
  highest: number,
  bracketed: boolean,
  ownSentence: string,
): boolean {
  return (
    bracketed &&
    justPastLast(number, highest) &&
    /^[^\S\n]*[–—:-][^\S\n]*\p{Lu}[^()\n]{1,60}\)/u.test(after) &&
    !OTHER_DOCUMENT.test(ownSentence) &&
    !REFERS_BACK.test(ownSentence) &&
    !ACT_SUBJECT[number]?.test(sentenceAround(text, offset, endOffset))
  );
}
/** Words that point back to the document the sentence before named: "as it advises", "its form", "that guidance". */
const REFERS_BACK =
  /\b(?:as\s+it\s+(?:advises|says|sets\s+out|describes|requires|explains|recommends)|its|(?:that|this|the\s+same)\s+(?:guidance|document|advice|publication|handbook))\b/i;

/** A section number at most two past the policy's last: a miscount or a section since removed, not an Act's. */
function justPastLast(number: string, highest: number): boolean {
  return /^\d+$/.test(number) && Number(number) <= highest + 2;
}

/**
 * "… the Online Safety Act 2023 applies to it; see section 6 for sharing projects and section 9 for what to do after
 * an incident": after a semicolon, a clause opened by "see" that says what the section is for sends the reader into
 * this policy, whatever Act the sentence named before the semicolon — unless the clause itself names a document, or
 * the subject of that number's section of an Act. `sentence`: the reference's sentence up to it.
 */
function seeClauseForPurpose(sentence: string, after: string, number: string, highest: number): boolean {
  const semicolon = sentence.lastIndexOf(";");
  if (semicolon < 0) return false;
  const clause = sentence.slice(semicolon + 1);
  // The clause points into this policy too ("see section 6 for …, and section 9 for …"), or the number is just past
  // its last section — not an Act's section 16 or 87 in a policy of four ("… Act 2003 applies; see section 16 for …").
  const ownBefore = [...clause.matchAll(/\bsection\s+(\d+)/gi)].some((m) => Number(m[1]) <= highest);
  return (
    (ownBefore || justPastLast(number, highest)) &&
    /^\s*(?:see|refer\s+to|read)\s/i.test(clause) &&
    /^[^\S\n]+for\s/i.test(after) &&
    !OTHER_DOCUMENT.test(clause) &&
    !ACT_SUBJECT[number]?.test(`${clause} ${after.split(/[.!?](?:\s|$)/)[0]}`)
  );
}

/**
 * The `length` characters before an offset as a reader reads them: where the offset starts a page, the running
 * footer and header printed between it and the page before (blocks placed in a page's header or footer, with
 * nothing but line breaks around them) are cut out, so a sentence broken by the page break runs on as a wrapped
 * line would ("… see" | footer | header | "section 14 – …").
 */
function textBefore(document: DocumentContext["document"]): (offset: number, length: number) => string {
  const { text } = document;
  const running = document.blocks
    .filter((b) => b.place.region !== undefined || b.region !== undefined)
    .map((b) => [b.offset, b.endOffset] as const)
    .sort((a, b) => a[1] - b[1]);
  const plain = (offset: number, length: number) => text.slice(Math.max(0, offset - length), offset);
  if (running.length === 0) return plain;
  return (offset, length) => {
    // The last running line that ends at or before the offset.
    let low = 0;
    let high = running.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (running[middle][1] <= offset) low = middle + 1;
      else high = middle;
    }
    let cursor = offset;
    for (let i = low - 1; i >= 0 && text.slice(running[i][1], cursor).trim() === ""; i--)
      cursor = Math.min(cursor, running[i][0]);
    if (cursor === offset) return plain(offset, length);
    return `${plain(cursor, length).trimEnd()}\n`.slice(-length);
  };
}

/** A lettered or Roman item at a line's start, or inline after a colon, semicolon or space: "(b) stays with …". */
const ITEM = /(?:^|[\s:;])(?:[-*+][^\S\n]+)?(?:\*\*|__)?\(([a-z]|[ivx]{1,4})\)(?=\s)/gm;
/** A numbered line or heading, which ends a numbered paragraph's text. */
const NUMBERED_LINE =
  /^[^\S\n]*(?:#{1,6}[^\S\n]+)?(?:\*\*|__)?\d+(?:\.\d+)*\.?(?:\*\*|__)?[^\S\n]+\S|^[^\S\n]*#{1,6}\s/m;

/**
 * The items of a run, in order: (a), (b), (c) … or (i), (ii), (iii) … — each the one after the last, so a Roman
 * "(i)" under item (c) is not a letter, and a stray "(e)" far below is not item (e).
 */
function itemRun(body: string, roman: boolean): Array<{ id: string; at: number }> {
  const run: Array<{ id: string; at: number }> = [];
  for (const m of allMatches(ITEM, body)) {
    const id = m[1].toLowerCase();
    const next = roman ? ROMAN_ITEMS[run.length] : String.fromCharCode(97 + run.length);
    if (id === next) run.push({ id, at: (m.index ?? 0) + m[0].indexOf("(") });
  }
  return run;
}

const ROMAN_ITEMS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii"];

/**
 * Whether a reference's lettered item ("3.2(d)", "5(c)(iii)") is missing from its paragraph: the paragraph's text
 * (a heading's, up to the next heading; a numbered paragraph's, up to the next numbered line) letters its items
 * (a), (b) … — two at least — and has none with this letter. Undefined when the item is there, or the policy does
 * not letter that paragraph's items (nothing to check against).
 */
function missingItem(
  text: string,
  headings: HeadingText[],
  target: HeadingText | undefined,
  number: string,
  sub: string[],
): { parent: string; item: string; items: string } | undefined {
  let body: string | undefined;
  if (target) {
    const next = headings.find((h) => h.offset > target.offset);
    body = text.slice(target.endOffset, next ? next.offset : text.length);
  } else {
    const escaped = number.replace(/\./g, "\\.");
    const start = new RegExp(
      String.raw`^[^\S\n]*(?:[-*+][^\S\n]+)?(?:\*\*|__)?${escaped}\.?(?:\*\*|__)?[^\S\n]+\S`,
      "m",
    ).exec(text);
    if (!start) return undefined;
    const from = start.index + start[0].length;
    const rest = text.slice(from);
    const end = NUMBERED_LINE.exec(rest);
    body = rest.slice(0, end ? end.index : rest.length);
  }
  let parent = number;
  for (const [depth, part] of sub.map((p) => p.toLowerCase()).entries()) {
    // Items below a lettered item are Roman; a paragraph's own items are lettered, or Roman from the start where
    // it letters none ("(i) … (ii) … (iii)" straight under 3.1, so "3.1(iv)" is missing).
    let run = itemRun(body, depth > 0);
    if (depth === 0 && run.length < 2 && /^[ivx]+$/.test(part)) run = itemRun(body, true);
    if (run.length < 2) return undefined;
    const at = run.findIndex((item) => item.id === part);
    const list = `(${run[0].id})${run.length === 2 ? " and " : " to "}(${run[run.length - 1].id})`;
    if (at < 0) return { parent, item: part, items: list };
    // The next level down: the text of this item, up to the next.
    body = body.slice(run[at].at, run[at + 1]?.at ?? body.length);
    parent += `(${part})`;
  }
  return undefined;
}

/**
 * Words that say nothing about what a section is about: "see section 4 for details", "for more information",
 * "for how to do this".
 */
const GENERIC = new Set(
  `details detail information info more further full fuller guidance advice help procedure procedures process
  processes how what when where which whom list lists example examples policy policies section sections part
  parts below above these those there here about also steps step arrangements things everything anything
  something anyone everyone further fuller complete whole rest other others ways what's them they their this
  that with from into onto further more most some such each every`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * What a reference says its section is about, when it says: "section 6 for the photography code", a link's
 * anchor "[section 6](#photography)". Content words only (four letters or more, no abbreviations — "LADO" may be
 * spelt out in the section), and none when the words are all generic ("for details").
 */
function statedSubject(after: string): { phrase: string; words: string[] } | undefined {
  const anchor = /^\]\(#([\w-]{3,60})\)/.exec(after);
  const rest = after.slice(anchor ? anchor[0].length : after.startsWith("]") ? 1 : 0);
  const forWhat =
    /^\s+for\s+((?:the|our|a|an|your)\s+)?([^.;:!?()[\]\n]{3,60}?)(?=\s*(?:[.;:!?()[\]\n]|,\s|\s+(?:and|or|which|that|where|if|when|before|after)\s|$))/i.exec(
      rest.replace(/\s*\n\s*/g, " "),
    );
  // "for the photography code" names a subject; "for how to record what you were told" describes a task,
  // which a section about something broader covers in other words.
  const topic =
    forWhat &&
    !/^(?:how|what|when|where|who|whom|which|why|whether|more|further|full|details?)\b/i.test(forWhat[2]) &&
    forWhat[2].trim().split(/\s+/).length <= 4
      ? forWhat
      : null;
  const raw = [topic?.[2] ?? "", anchor ? anchor[1].replace(/[-_]+/g, " ") : ""].join(" ");
  const words = raw
    .split(/\s+/)
    .filter((w) => !/^\p{Lu}{2,}/u.test(w))
    .map((w) => titleKey(w))
    .filter((w) => w.length >= 4 && !STOP.has(w) && !GENERIC.has(w) && !/\d/.test(w));
  if (words.length === 0) return undefined;
  const phrase = topic ? `"${`${topic[1] ?? ""}${topic[2]}`.trim()}"` : `"${anchor?.[1]}"`;
  return { phrase, words };
}

/**
 * A bare subsection number after words that say where something is written: "as set out in 3.3, so that …", "(see
 * 3.4)", "described under 2.3.", "set out in point 4.3." ("point" as "paragraph" is) — ended by punctuation, not by
 * a unit ("under 2.5 hours") or "of" another document ("point 4.3 of the league rules").
 */
const BARE_SUBSECTION =
  /\b(?:see(?:\s+also)?|as\s+in|under|(?:set\s+out|described|explained|detailed|outlined|shown|covered|listed)\s+(?:in|under|at)|(?<weak>in|at))\s+(?:points?[^\S\n]+)?(\d{1,2}\.\d{1,2})(?=[^\S\n]*(?:[,;:)]|\.(?:\s|$)|$|[^\S\n]+(?:above|below)\b))/gim;

/**
 * A bare number after "in" or "at" alone ("follows the timescales in 9.3.") is a paragraph of the policy's only where
 * it numbers its paragraphs by hand, and not a time ("at 9.30"), nor one of a list of figures ("in 2.1, 2.4 …").
 */
const WEAK_NOT_PARAGRAPH = /^\d{1,2}\.\d{2}|^\d{1,2}\.\d[^\S\n]*[,;][^\S\n]*(?:and[^\S\n]+)?\d/;

/**
 * "as set out in 3.3" where section 3 is split into 3.1 and 3.2 only: the policy numbers its own subsections, so a
 * bare number after a pointer is one of them. Only where section 3 exists and has numbered subsections, none of them
 * (as a heading or a numbered paragraph) 3.3; not in a sentence that names another document.
 */
function checkBareSubsections(
  context: DocumentContext,
  numbered: HeadingText[],
  byNumber: ReadonlyMap<string, HeadingText>,
  inContents: (offset: number) => boolean,
  paragraphs: Map<string, boolean>,
  typedParagraphs: (parent: string) => number | undefined,
  handNumbered: () => boolean,
  chapter?: string,
): void {
  const { text } = context.document;
  for (const match of allMatches(BARE_SUBSECTION, text)) {
    const number = match[2];
    const endOffset = (match.index ?? 0) + match[0].length;
    const offset = endOffset - number.length;
    if (inContents(offset) || byNumber.has(number)) continue;
    const parent = number.slice(0, number.indexOf("."));
    if (!byNumber.has(parent) && parent !== chapter) continue;
    if (match.groups?.weak && (WEAK_NOT_PARAGRAPH.test(text.slice(offset, offset + 40)) || !handNumbered()))
      continue;
    const children = childHeadings(numbered, parent);
    // A section written as numbered paragraphs ("7. Sharing" / "7.1 We share …"), not headings: how many (none, in
    // a policy that numbers its paragraphs by hand but not this section's).
    const count = children.length === 0 ? typedParagraphs(parent) : undefined;
    if (children.length === 0 && (count === undefined || Number(number.split(".")[1]) <= count)) continue;
    if (writtenParagraph(paragraphs, text, number)) continue;
    // An Act named earlier in the sentence ("in line with the Data Protection Act 2018, as set out in 6.4") does not
    // own the number: an Act's sections are "section 47", never dotted; a named guidance's paragraphs may be.
    const sentence = sentenceAround(text, offset, endOffset).replace(/\bAct\b/g, "");
    if (OTHER_DOCUMENT.test(sentence)) continue;
    if (count !== undefined) {
      reportAt(
        context,
        offset,
        endOffset,
        `The policy refers to ${number}, but section ${parent} has no paragraph ${number} (${paragraphsSaid(parent, count)}) — correct the number, or name the paragraph instead`,
        { actual: number, expected: count === 0 ? parent : `${parent}.${count}` },
      );
      continue;
    }
    const last = children[children.length - 1];
    reportAt(
      context,
      offset,
      endOffset,
      parent === chapter
        ? `The policy refers to ${number}, but its sections run from ${children[0].number} to ${last.number} (the last "${last.title}") — correct the number, or name the part instead`
        : `The policy refers to ${number}, but section ${parent} has no ${number} (${childrenSaid(children)}) — correct the number, or name the part instead`,
      { actual: number, expected: last.number },
    );
  }
}

/**
 * A policy that is one chapter of a handbook: every numbered section under one number that no heading carries
 * ("7.1" to "7.9" under "Chapter 7 – …"), three or more, run from 1 with none skipped. That number, whose bare
 * "7.11" is the policy's own.
 */
function chapterNumber(numbered: readonly HeadingText[]): string | undefined {
  if (numbered.length < 3) return undefined;
  const parts = numbered.map((h) => /^(\d{1,2})\.(\d{1,2})$/.exec(h.number ?? ""));
  const chapter = parts[0]?.[1];
  if (!chapter || parts.some((p) => p?.[1] !== chapter)) return undefined;
  const seen = new Set(parts.map((p) => Number(p?.[2])));
  if (seen.size !== numbered.length) return undefined;
  for (let n = 1; n <= seen.size; n++) if (!seen.has(n)) return undefined;
  return chapter;
}

/**
 * "see question 12", "(question 4 above)", "in question 3": a pointer to a numbered question — not "question 12 of the
 * booking form" nor "question 12 on it".
 */
const QUESTION_REFERENCE =
  /\b(?:(?:see(?:\s+also)?|in|at|under|to|(?:set\s+out|described|explained|answered|covered)\s+in)\s+|\(\s*)(questions?\s+(\d{1,2}))(?![\d.]\d|\w)(?![^\S\n]*(?:of|on|in)\b)/gi;

/**
 * A policy written as numbered questions ("7. Who do I tell?", "8. What do I write down?"): its questions are its
 * sections, so "see question 12" in a policy of eleven questions points to nothing. Only where most of the numbered
 * headings (three or more) are questions; not in a sentence that names another document.
 */
function checkQuestions(
  context: DocumentContext,
  topLevel: HeadingText[],
  inContents: (offset: number) => boolean,
): void {
  const asked = topLevel.filter((h) => /\?\s*$/.test(h.title));
  if (asked.length < 3 || asked.length * 3 < topLevel.length * 2) return;
  const { text } = context.document;
  const numbers = new Set(topLevel.map((h) => h.number));
  const last = topLevel.at(-1);
  for (const match of allMatches(QUESTION_REFERENCE, text)) {
    const number = match[2];
    if (numbers.has(number)) continue;
    const offset = (match.index ?? 0) + match[0].indexOf(match[1]);
    const endOffset = offset + match[1].length;
    if (inContents(offset)) continue;
    if (OTHER_DOCUMENT.test(sentenceAround(text, offset, endOffset))) continue;
    reportAt(
      context,
      offset,
      endOffset,
      `The policy refers to question ${number}, but no question is numbered ${number}${last ? ` (the last is ${last.number}, "${last.title}")` : ""} — correct the number, or name the question instead`,
      { actual: number, expected: last?.number },
    );
  }
}

/** A section's words, read once per section however many references point to it. */
interface SectionWords {
  stems: Set<string>;
  /** The first six letters of each word of six or more: "photography" and "photographs" share "photog". */
  starts: Set<string>;
}

/**
 * Whether a section's title or text (up to the next heading at its level or above) uses any of the words — less
 * `without`, the sentence of a reference written inside the section it cites ("see section 6 – Protests" in section 6
 * itself): the reference's own words are no sign that the section says anything of them.
 */
function sectionMentions(
  text: string,
  headings: HeadingText[],
  target: HeadingText,
  words: string[],
  cache: Map<HeadingText, SectionWords>,
  without?: string,
): boolean {
  const end = sectionEnd(text, headings, target);
  const section = () => text.slice(target.offset, end);
  const wordsOf = (body: string[]): SectionWords => ({
    stems: new Set(body.map(stem)),
    starts: new Set(body.filter((w) => w.length >= 6).map((w) => w.slice(0, 6))),
  });
  let seen = cache.get(target);
  if (!seen) {
    seen = wordsOf(titleKey(section()).split(" "));
    cache.set(target, seen);
  }
  // Read again, once per such reference, only where the reference is inside the section.
  if (without && section().includes(without))
    seen = wordsOf(titleKey(section().replace(without, " ")).split(" "));
  const { stems, starts } = seen;
  if (words.some((word) => stems.has(stem(word)) || (word.length >= 6 && starts.has(word.slice(0, 6)))))
    return true;
  // "(see section 5 for the number)": a section of phone numbers has the number without saying the word.
  return words.some((word) => PHONE_WORD.test(word)) && PHONE_NUMBER.test(section());
}

const PHONE_WORD = /^(?:numbers?|phone|telephone|helplines?)$/;
const PHONE_NUMBER =
  /(?<!\d)(?:0\d{2,4}|\+44\s?\d{2,4})[\s-]?\d{3}[\s-]?\d{3,4}(?!\d)|(?<!\d)(?:999|101|111)(?!\d)/;

/** The sentence holding a reference, across the line breaks of a wrapped paragraph (up to 300 characters back). */
function sentenceAround(text: string, offset: number, endOffset: number): string {
  const before = text.slice(Math.max(0, offset - 300), offset);
  const boundary = allMatches(/[.!?]\s|\n\s*\n|\n#/g, before).at(-1);
  const start = boundary ? (boundary.index ?? 0) + boundary[0].length : 0;
  const after = text.slice(endOffset, endOffset + 200);
  const end = after.search(/[.!?](?:\s|$)|\n\s*\n/);
  return before.slice(start) + text.slice(offset, endOffset) + (end < 0 ? after : after.slice(0, end));
}

/**
 * A sentence cut to the table row the reference is in: a row's cells ("| 3.1 | May 2024 | Gallery added to section 6
 * |") run on without a full stop into the next row, whose words ("training table updated") are not the reference's.
 */
function withinRow(
  document: DocumentContext["document"],
  offset: number,
  endOffset: number,
  headings: readonly HeadingText[] = [],
): string {
  const { text } = document;
  for (const block of document.blocks) {
    if (block.kind !== "table" || offset < block.offset || offset >= block.endOffset) continue;
    const row = block.rows.find((cells) =>
      cells.some((cell) => offset >= cell.offset && offset < cell.endOffset),
    );
    if (!row) break;
    const start = row[0].offset;
    const end = Math.max(endOffset, row[row.length - 1].endOffset);
    return sentenceAround(text.slice(start, end), offset - start, endOffset - start);
  }
  // A heading on the line above, with no blank line after it (a PDF's "7. Review"), is not the sentence's start:
  // the stop after its number would make its title part of the sentence.
  const heading = headings.findLast((h) => h.endOffset <= offset && h.endOffset > offset - 300);
  if (heading) {
    const from = heading.endOffset;
    return sentenceAround(text.slice(from, endOffset + 200), offset - from, endOffset - from);
  }
  return sentenceAround(text, offset, endOffset);
}

/** A section's headings one level down: "5.1", "5.2" under "5" (not "5.1.2"). */
function childHeadings<H extends { number?: string }>(numbered: readonly H[], parent: string): H[] {
  return numbered.filter(
    (h) => h.number?.startsWith(`${parent}.`) && !h.number.slice(parent.length + 1).includes("."),
  );
}

/** A section's children as a message says them: 'it has only 5.1, "Title"', 'it has 5.1 to 5.4, the last "Title"'. */
function childrenSaid(children: ReadonlyArray<{ number?: string; title: string }>): string {
  const first = children[0];
  const last = children[children.length - 1];
  return children.length === 1
    ? `it has only ${first.number}, "${first.title}"`
    : `it has ${first.number} to ${last.number}, the last "${last.title}"`;
}

/** A section's numbered paragraphs as a message says them: "its only numbered paragraph is 7.1", "… run from 8.1 to 8.3". */
function paragraphsSaid(parent: string, count: number): string {
  if (count === 0) return "it numbers none of its paragraphs";
  return count === 1
    ? `its only numbered paragraph is ${parent}.1`
    : `its numbered paragraphs run from ${parent}.1 to ${parent}.${count}`;
}

/**
 * Whether "5.3" is written as a numbered paragraph (`numberedParagraph`, with its `afterReference`), read from the
 * text once per number however often it is cited.
 */
function writtenParagraph(
  cache: Map<string, boolean>,
  text: string,
  number: string,
  afterReference = false,
): boolean {
  const key = afterReference ? `${number} after` : number;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const written = numberedParagraph(text, number, afterReference);
  cache.set(key, written);
  return written;
}

/**
 * "9.2" written as a paragraph's number, whatever its words start with: "9.2 **Escalation.** If …", "9.2 *Escalation*
 * — …", "9.2 eSafety: …" are paragraph 9.2 all the same. Its number opens a line (after a list mark, a blockquote's
 * "> " or emphasis), a table cell ("| 9.2 | Escalation … |"), or the rest of a line after a sentence's end, as a
 * PDF's text runs one numbered paragraph on after another ("… that day. 9.2 Escalation …") — not after an
 * abbreviation that is the reference's own word ("see para. 9.2 Escalation").
 */
function numberedParagraph(text: string, number: string, afterReference = false): boolean {
  const escaped = number.replace(/\./g, "\\.");
  // With afterReference, not a reference to a paragraph wrapped onto the line ("… set out in paragraph" / "9.2 of
  // this statement"): that line's number is the reference's own words.
  const notWrapped = afterReference ? String.raw`(?<!\b(?:paragraphs?|paras?\.?)[^\S\n]*\n)` : "";
  const opens = String.raw`(?:${notWrapped}^[^\S\n]*(?:>[^\S\n]*)*(?:[-*+][^\S\n]+)?|(?<!\b(?:paras?|pp?|nos?|ss?|secs?|cl|pt|ch|art|fig|ref|cf|see))[.!?]["”’)]?[^\S\n]+)`;
  const mark = String.raw`(?:\*\*|__|\*|_)?`;
  if (new RegExp(String.raw`${opens}${mark}${escaped}\.?${mark}[^\S\n]+\S`, "im").test(text)) return true;
  // In a table, words after the number, in its cell or the next ("| 8.4 | Camps |"), but not a version-history row's
  // date ("| 3.3 | March 2025 | New contacts |", "| 3.3 | 04/03/2025 | … |").
  return new RegExp(
    String.raw`\|[^\S\n]*${mark}${escaped}\.?${mark}[^\S\n]*(?:\|[^\S\n]*)?(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\p{L}*\b|\d)\p{L}`,
    "imu",
  ).test(text);
}

/**
 * A numbered paragraph at a line's start, its number the policy's own: "1.1 Ballinacree GFC fields teams …",
 * "**2.3** Deputy Designated Person: TBC", "## 2.1 Signs". Words start with a capital: "2.5 hours" wrapped onto a PDF's line is no
 * paragraph. The capital only decides whether the policy is numbered in paragraphs at all: whether a cited
 * paragraph is there is `numberedParagraph`'s question, which takes any words after the number.
 */
const PARAGRAPH_NUMBER =
  /^[^\S\n]*(?:#{1,6}[^\S\n]+)?(?:\*\*|__)?(\d{1,2})\.(\d{1,2})\.?(?:\*\*|__)?[^\S\n]+(?=["“‘'(]?\p{Lu})/gmu;

/**
 * A policy written in numbered paragraphs with no numbered headings (1.1, 1.2, 2.1 … 8.1): its paragraphs' numbers,
 * when they run as numbering does — sections 1 to N with none skipped, each section's paragraphs .1 to .k with none
 * skipped — and there are enough of them (two sections, four paragraphs) to be the document's own numbering.
 */
function paragraphNumbering(
  text: string,
  inContents: (offset: number) => boolean,
): { numbers: Set<string>; last: string } | undefined {
  const bySection = new Map<number, Set<number>>();
  for (const m of allMatches(PARAGRAPH_NUMBER, text)) {
    if (inContents(m.index ?? 0)) continue;
    const section = Number(m[1]);
    const paragraph = Number(m[2]);
    if (!bySection.has(section)) bySection.set(section, new Set());
    bySection.get(section)?.add(paragraph);
  }
  const count = [...bySection.values()].reduce((sum, set) => sum + set.size, 0);
  if (bySection.size < 2 || count < 4) return undefined;
  const runs = (set: Set<number>) => [...set].every((n) => n >= 1 && n <= set.size);
  if (!runs(new Set(bySection.keys())) || ![...bySection.values()].every(runs)) return undefined;
  const numbers = new Set([...bySection].flatMap(([section, set]) => [...set].map((n) => `${section}.${n}`)));
  return { numbers, last: `${bySection.size}.${bySection.get(bySection.size)?.size}` };
}

/**
 * A numbered section's own paragraphs, written as numbered paragraphs under its heading rather than as headings
 * ("8. Trips" / "8.1 Two adults …" / "8.2 …" / "8.3 …"): how many, when they run .1 to .k with none skipped and
 * there are at least `least` (two unless the caller knows the policy numbers its paragraphs) — enough to be the
 * policy's own numbering of that section, not a number in passing.
 */
function sectionParagraphs(
  text: string,
  section: HeadingText,
  topLevel: readonly HeadingText[],
  inContents: (offset: number) => boolean,
  least = 2,
): { count: number } | undefined {
  const next = topLevel.find((h) => h.offset > section.offset);
  const span = text.slice(section.endOffset, next?.offset ?? text.length);
  const seen = new Set<number>();
  for (const m of allMatches(PARAGRAPH_NUMBER, span)) {
    if (inContents(section.endOffset + (m.index ?? 0))) continue;
    if (m[1] === section.number) seen.add(Number(m[2]));
  }
  if (seen.size < least || ![...seen].every((n) => n >= 1 && n <= seen.size)) return undefined;
  return { count: seen.size };
}

/**
 * "The steps are set out in paragraph 9.2 of this statement." in a policy of numbered paragraphs (no numbered
 * headings) that stop at 8.1: a paragraph the numbering does not have. Another document's paragraph ("paragraph 9.2
 * of Working Together", "of the League's code", "its paragraph 4.1") is not this one's.
 */
function checkParagraphNumbers(
  context: DocumentContext,
  inContents: (offset: number) => boolean,
  headingNumbers: ReadonlySet<string>,
): void {
  const { text } = context.document;
  if (!/\bparas?\b|\bparagraphs?\b/i.test(text)) return;
  const numbering = paragraphNumbering(text, inContents);
  if (!numbering) return;
  const readBefore = textBefore(context.document);
  const written = new Map<string, boolean>();
  for (const match of allMatches(REFERENCE, text)) {
    const number = match[2];
    // "paragraph 9.2", "para. 9.2": a section and its paragraph, no more and no lettered item.
    if (match[1] === undefined || !/^\d{1,2}\.\d{1,2}$/.test(number) || match.groups?.sub) continue;
    const offset = match.index ?? 0;
    const endOffset = offset + match[0].length;
    if (inContents(offset) || numbering.numbers.has(number) || headingNumbers.has(number)) continue;
    if (writtenParagraph(written, text, number, true)) continue;
    const after = text.slice(endOffset, endOffset + 80);
    const before = lastParagraph(readBefore(offset, 60));
    if (OWNER_BEFORE.test(before)) continue;
    if (!OF_THIS_DOCUMENT.test(after) && (STATUTE_AFTER.test(after) || namesOtherDocument(after, [])))
      continue;
    if (OTHER_DOCUMENT.test(sentenceAround(text, offset, endOffset))) continue;
    reportAt(
      context,
      offset,
      endOffset,
      `The policy refers to ${match[0].trim().replace(/\s+/g, " ")}, but no paragraph is numbered ${number} (the policy's numbered paragraphs run from 1.1 to ${numbering.last}) — correct the number, or name the paragraph instead`,
      { actual: number, expected: numbering.last },
    );
  }
}

/** Whether the sentence before an offset (in its paragraph) has opened a bracket it has not closed. */
function insideBracket(before: string): boolean {
  const sentence =
    lastParagraph(before)
      .split(/[.!?]\s/)
      .at(-1) ?? "";
  return (sentence.match(/\(/g) ?? []).length > (sentence.match(/\)/g) ?? []).length;
}

/** The end of a stretch of text after its last blank line or heading line. */
function lastParagraph(text: string): string {
  // A table row is a paragraph of its own: a checklist's rows run on without full stops.
  const boundary = allMatches(/\n[^\S\n]*\n|\n\s{0,3}#|\n[^\S\n]*\|/g, text).at(-1);
  return boundary ? text.slice((boundary.index ?? 0) + boundary[0].length) : text;
}

const STOP = new Set(
  "a an and the of for to in on at by with our your their this that is are be or from about what who how when where if".split(
    " ",
  ),
);

function contentWords(words: string): string[] {
  return titleKey(words)
    .split(" ")
    .filter((w) => w.length > 2 && !STOP.has(w));
}

/** A crude stem: "records" and "recording" and "record" are one word here. */
function stem(word: string): string {
  return word.replace(/(?:ies|ing|ed|es|s)$/, "");
}

/**
 * The sentence carries the whole of a title of two or more words, or of one long word, word by word in the same
 * order — each word in any of its forms: "the missing camper procedure" names "Missing campers", "the uncollected
 * child procedure" names "Uncollected children".
 */
function namesTitle(sentence: string, title: string): boolean {
  const words = contentWords(title);
  if (words.length === 0 || (words.length === 1 && words[0].length < 8)) return false;
  const want = titleKey(title).split(" ");
  const said = titleKey(sentence).split(" ");
  for (let i = 0; i + want.length <= said.length; i++) {
    let all = true;
    for (let j = 0; all && j < want.length; j++) all = sameWord(said[i + j], want[j]);
    if (all) return true;
  }
  return false;
}

/**
 * The one section whose title is a single short word (five to seven letters: `namesTitle` reads the longer) that
 * `sentence` uses, outside the reference itself; none where two sections' titles are so named, or the title's word
 * is one of what any reference says ("details", "steps").
 */
function shortTitleNamed(
  sentence: string,
  numbered: readonly HeadingText[],
  target: HeadingText,
): HeadingText | undefined {
  const said = titleKey(sentence).split(" ");
  const named = numbered.filter((h) => {
    if (h === target) return false;
    const want = titleKey(h.title).split(" ");
    return (
      want.length === 1 &&
      want[0].length >= 5 &&
      want[0].length < 8 &&
      !GENERIC.has(want[0]) &&
      said.some((w) => sameWord(w, want[0]))
    );
  });
  return named.length === 1 ? named[0] : undefined;
}

/**
 * What a sentence is about: its content words (four letters or more, not generic, not the small words of any clause —
 * "under section 6", "only", "need"), with the words of the same subject.
 */
function sentenceSubject(sentence: string): string[] {
  return subjectWords(
    contentWords(sentence).filter((w) => w.length >= 4 && !GENERIC.has(w) && !CLAUSE_ONLY.has(w)),
  );
}

/** Words any sentence may use, whatever it is about. */
const CLAUSE_ONLY = new Set(
  `under over only once need needs must will would should could have been being given gives give make made
  after before then than just very also same upon within without while until unless every always never often
  when were does done said says using used goes going take taken takes keep kept your ours yours theirs`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * "See section 5 above for who to contact first", "for how to report it": a one-word title's word ("Contacts",
 * "Reporting") written only as a verb after "who to", "how to", or with its object after it ("contact the Front Door
 * … (section 6)") — what to do, which other sections say too.
 */
function titleOnlyAsVerb(sentence: string, title: string): boolean {
  const want = titleKey(title).split(" ");
  if (want.length !== 1) return false;
  const said = titleKey(sentence).split(" ");
  const at = said.flatMap((w, i) => (sameWord(w, want[0]) ? [i] : []));
  return (
    at.length > 0 &&
    at.every(
      (i) => (said[i - 1] === "to" && WH_WORD.test(said[i - 2] ?? "")) || OBJECT_WORD.test(said[i + 1] ?? ""),
    )
  );
}

/**
 * A word after a title's word that makes it a verb with its object: "contact the Front Door", "report it", "tell
 * someone" — not the noun a title is ("Contacts", "Reporting").
 */
const OBJECT_WORD =
  /^(?:the|a|an|your|our|their|them|us|him|her|it|someone|somebody|anyone|anybody|either|both)$/;

/** Words of reaching someone: a section that uses them says who to contact, whatever its title. */
const REACHING_WORDS = ["tell", "phone", "call", "ring", "email", "contact", "report", "speak"];

const WH_WORD = /^(?:who|whom|how|what|when|where|which|whether)$/;

/** One word in two forms: "camper" and "campers", "child" and "children", "record" and "recording". */
function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < 4 || b.length < 4) return false;
  if (stem(a) === stem(b)) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return long.startsWith(short) && long.length - short.length <= 3;
}

/** The sentence refers to a section by its number too: "in section 6", "(section 6)", "paragraph 6". */
function refersTo(sentence: string, number: string): boolean {
  const escaped = number.replace(/\./g, "\\.");
  return new RegExp(
    String.raw`\b(?:sections?|paragraphs?|clauses?|parts?)\s+${escaped}(?![\d.]\d|\w)`,
    "i",
  ).test(sentence);
}

/**
 * The section that words after a dash name in other words: "(see section 12 – Allegations management procedure)"
 * where section 9 is "Allegations against staff" — their content words share a word with one other section's title
 * (and with no sub-section of the reference's own), and none with the title of the section referred to.
 */
function subjectElsewhere(
  said: string,
  target: HeadingText,
  numbered: HeadingText[],
): { heading: HeadingText; words: string[] } | undefined {
  const words = contentWords(said).filter((w) => w.length >= 4 && !GENERIC.has(w));
  if (words.length === 0) return undefined;
  const stems = new Set(words.map(stem));
  const shares = (title: string) => contentWords(title).some((w) => stems.has(stem(w)));
  if (shares(target.title)) return undefined;
  const related = numbered.filter((h) => h !== target && shares(h.title));
  // A section and its own sub-sections ("9 Allegations", "9.2 Allegations about volunteers") are one subject.
  const top = related.filter((h) => !related.some((o) => o !== h && h.number?.startsWith(`${o.number}.`)));
  if (top.length !== 1) return undefined;
  if (target.number && top[0].number?.startsWith(`${target.number}.`)) return undefined;
  return { heading: top[0], words };
}

/** Words of a clause, not a title: "– it says whom to call", "– we phone first", "– this is where …". */
const CLAUSE_WORDS =
  /\b(?:it|we|you|they|he|she|this|that|is|are|was|were|must|should|will|can|may|do|does|has|have)\b|\d/i;

/**
 * The content words of a title after a dash ("Hacking out and road safety": hacking, road, safety), when the words
 * read as a title — two or more of them, no clause and no number.
 */
function titleSubject(words: string): string[] | undefined {
  if (CLAUSE_WORDS.test(words)) return undefined;
  const content = contentWords(words).filter((w) => w.length >= 4 && !GENERIC.has(w));
  return content.length >= 2 ? content : undefined;
}

/**
 * A dash title's words with the words of the same subject: "Photographs and videos" is said of a section titled
 * "Images and filming" in other words, and is no title another section's subject puts there.
 */
function subjectWords(words: readonly string[]): string[] {
  return [...new Set(words.flatMap((w) => sameSubjectWords(w)))];
}

function sharesWord(sentence: string, title: string): boolean {
  const said = new Set(contentWords(sentence).map(stem));
  return contentWords(title).some((w) => said.has(stem(w)));
}

/**
 * A section named by its title in quotation marks: 'as set out under "Photos and filming" below', 'read the
 * section "Online safety"', "see the heading 'Consent' above". The opening quote follows no letter (not an
 * apostrophe), the closing one no letter after it.
 */
const QUOTED_TITLE =
  /(?:\b(?<word>section|heading)\s+(?:(?:headed|called|titled|entitled)\s+)?)?(?<![\p{L}\d])(?:“(?<a>[^”\n]{3,60})”|"(?<b>[^"\n]{3,60})"|‘(?<c>[^’\n]{3,60}?)’|'(?<d>[^'\n]{3,60}?)')(?![\p{L}\d])(?<where>[^\S\n]+(?:below|above)\b)?/gu;
const MOST_QUOTED_TITLES = 20;
/** Words before a quoted title that point into the document: "under", "see", "in", "set out in", "described under". */
const POINTS_TO_TITLE = /\b(?:see|under|in|at|to|follow|read|per|consult)\s+(?:the\s+)?$/i;

/**
 * '"Photos and filming" below' where no heading is called that and the policy never writes those words anywhere
 * else: a section renamed since (it is now "Images of children"). Only a capitalised title, said to be below or
 * above or called a section or heading, in a policy whose headings were read (three or more); a quoted name of
 * another document ('see "Working Together"') says neither, and a title the policy writes elsewhere — as a heading
 * the reader missed, a bold line, a form's name — is left alone.
 */
function checkQuotedTitles(context: DocumentContext): void {
  const { text } = context.document;
  if (!/\b(?:below|above|section|heading)\b/i.test(text)) return;
  const { headings, contents } = analyse(context.document);
  if (headings.length < 3) return;
  const verdicts = new Map<string, boolean>();
  for (const match of allMatches(QUOTED_TITLE, text)) {
    const g = match.groups ?? {};
    if (!g.word && !g.where) continue;
    const title = (g.a ?? g.b ?? g.c ?? g.d ?? "").trim();
    if (!/^\p{Lu}/u.test(title) || /[.!?,;:]$/.test(title) || title.split(/\s+/).length > 8) continue;
    const offset = match.index ?? 0;
    const endOffset = offset + match[0].length;
    if (contents !== undefined && offset >= contents.offset && offset <= contents.end) continue;
    const before = lastParagraph(text.slice(Math.max(0, offset - 60), offset));
    if (!g.word && !POINTS_TO_TITLE.test(before)) continue;
    const sentence = sentenceAround(text, offset, endOffset);
    if (OTHER_DOCUMENT.test(sentence)) continue;
    if (contentWords(title).length === 0) continue;
    const key = titleKey(title);
    // Each title is looked up once, however often it is quoted; a policy quotes a few section titles, so a file
    // quoting thousands of different ones is not read further (each look reads the whole text).
    let missing = verdicts.get(key);
    if (missing === undefined) {
      if (verdicts.size >= MOST_QUOTED_TITLES) break;
      const said = key.split(" ");
      missing =
        // No heading with that title, nor a title taking in a heading's words ("Allegations" for "Allegations
        // against staff"), in any of their forms …
        !headings.some((h) => {
          const heading = titleKey(h.title);
          return (
            heading !== "" &&
            (appearsIn(heading.split(" "), said) > 0 ||
              appearsIn(said, heading.split(" ")) > 0 ||
              sharesMostWords(h.title, title))
          );
        }) &&
        // … and the words written nowhere else in the policy.
        !writtenTwice(text, said);
      verdicts.set(key, missing);
    }
    if (!missing) continue;
    reportAt(
      context,
      offset,
      endOffset,
      `The policy refers to ${g.word ? `the ${g.word.toLowerCase()}` : "a section"} "${title}"${g.where ? ` ${g.where.trim()}` : ""}, but no section is called "${title}" — use the section's title as it is now, or its number`,
      { actual: title },
    );
  }
}

/**
 * A heading that shares most of a quoted title's content words (more than half), each in any of its forms, is that
 * section named loosely ("Responding to a disclosure" for "Responding to Disclosures"), not a renamed one.
 */
function sharesMostWords(heading: string, title: string): boolean {
  const headingWords = contentWords(heading).map(stem);
  const titleWords = contentWords(title).map(stem);
  // "worr(ies)" and "worry": one stem starts the other, four letters or more.
  const same = (a: string, b: string) =>
    a === b || (Math.min(a.length, b.length) >= 4 && (a.startsWith(b) || b.startsWith(a)));
  const shared = titleWords.filter((w) => headingWords.some((h) => same(w, h))).length;
  return shared * 2 > titleWords.length;
}

/**
 * Whether a title's words (as `titleKey` gives them) are written twice or more in the text, in a row, each in any
 * of its forms ("allegation", "allegations", "volunteer's"), whatever the punctuation or line breaks between them.
 * One pass of an expression over the text, without copying it.
 */
function writtenTwice(text: string, said: string[]): boolean {
  const words = said.map((w) => (w.length < 4 ? w : `${stem(w)}\\p{L}{0,4}`));
  const pattern = words.map((w) => `${w}(?:['’]s?)?`).join(String.raw`[^\p{L}\d]+`);
  const re = new RegExp(String.raw`(?<![\p{L}\d])${pattern}(?![\p{L}\d])`, "giu");
  let times = 0;
  while (re.exec(text)) if (++times > 1) return true;
  return false;
}

/** How many times `want` appears in `words` as a run, each word in any of its forms ("allegation", "allegations"). */
function appearsIn(words: string[], want: string[]): number {
  let times = 0;
  for (let i = 0; i + want.length <= words.length; i++) {
    let all = true;
    for (let j = 0; all && j < want.length; j++) all = sameWord(words[i + j], want[j]);
    if (all) times++;
  }
  return times;
}

/** Numbers written as words, as appendices are titled: "Appendix One", "APPENDIX TWELVE". */
const NUMBER_WORDS = [
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
];
const WORD_IDS = NUMBER_WORDS.flatMap((w) => [w, w[0].toUpperCase() + w.slice(1), w.toUpperCase()]).join("|");
/**
 * An appendix's number or letter: Roman numerals of two letters or more ("IV"), a number in words ("Four"), a
 * letter ("C"), digits ("2"). A lone I, V or X is a letter unless the policy numbers its appendices in Roman.
 */
const APPENDIX_ID = String.raw`[IVX]{2,5}|${WORD_IDS}|[A-Z]|\d{1,2}`;
/** "Appendix C", "annex 2", "Annexe B": a reference to an appendix or annex of this policy, or of another document. */
const APPENDIX_REFERENCE = new RegExp(
  String.raw`\b([Aa]ppendix|APPENDIX|[Aa]nnexe?|ANNEXE?)(?:[^\S\n]{1,4}|[^\S\n]{0,4}\n[^\S\n]{0,4})(${APPENDIX_ID})(?![\p{L}\d])`,
  "gu",
);
/**
 * A line that starts an appendix: "Appendix A: Code of conduct", "## Annex 2 – Forms", "APPENDIX C", "Appendix B
 * Trip checklist", a contents line or a table cell that starts with one, or a bilingual title with the other
 * language's name first ("Atodiad A / Appendix A – Code of conduct"). Not "Appendix C." or "Appendix C, at the back"
 * (a reference a PDF wrapped onto a new line).
 */
const APPENDIX_TITLE = new RegExp(
  String.raw`^[^\S\n]*(?:#{1,6}[^\S\n]+|[-*+•][^\S\n]+|\|[^\S\n]*)?(?:\*\*|__)?(?:\p{L}{2,20}[^\S\n]+(?:[A-Z]|\d{1,2}|[IVX]{2,5})[^\S\n]?\/[^\S\n]?)?([Aa]ppendix|APPENDIX|[Aa]nnexe?|ANNEXE?)[^\S\n]+(${APPENDIX_ID})(?![\p{L}\d])(?:\*\*|__)?(?=[^\S\n]*(?:$|[:.–—-][^\S\n]*\S|\(|\|)|[^\S\n]+\p{Lu})`,
  "gmu",
);

/**
 * An appendix's id as a style and a key: digits, words and Roman numerals are one numbering ("Appendix 4",
 * "Appendix Four", "Appendix IV" → number 4); a letter is a letter ("C"), and a lone I, V or X is Roman only in a
 * policy that titles its appendices in Roman numerals.
 */
function appendixKey(id: string, roman: boolean): { style: "number" | "letter"; key: string } {
  if (/^\d+$/.test(id)) return { style: "number", key: String(Number(id)) };
  const word = NUMBER_WORDS.indexOf(id.toLowerCase());
  if (word >= 0) return { style: "number", key: String(word + 1) };
  if (/^[IVX]{2,}$/.test(id) || (roman && /^[IVX]$/.test(id)))
    return { style: "number", key: String(romanNumber(id)) };
  return { style: "letter", key: id };
}
/** After an appendix: another document's ("Annex B of KCSIE", "appendix 9 of the full policy", "Appendix D to …"). */
const OTHER_APPENDIX_AFTER =
  /^\s*(?:of|to|in|from)\s+(?!(?:this|these)\s+(?:policy|policies|document|procedures?)\b)/i;

/**
 * An appendix kept apart from the policy: "(Appendix D, a separate document)", "Appendix E, available from …",
 * "(Appendix 3), which is on the club website".
 */
const KEPT_APART =
  /^\s*(?:\)\s*)?(?:[(,:–—-]\s*)?(?:(?:a|an|the|which\s+is|is)\s+)?(?:separate(?:ly)?\b|attached\b|enclosed\b|available\s+(?:from|on|at|online)\b|kept\s+(?:in|on|at|by|separately)\b|to\s+follow\b|online\b|on\s+(?:the|our)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:website|web\s+site|intranet|shared\s+drive)\b)/iu;

/**
 * A contents line for an appendix kept apart: "Appendix C – Body map (separate document)", "… available online", "…
 * (on the club website)".
 */
const LISTED_APART =
  /\b(?:separate(?:ly)?|attached|enclosed|available|online|to\s+follow|kept\s+(?:separately|elsewhere)|website|web\s+site|intranet)\b/i;

type AppendixKind = "appendix" | "annex";

/** Words naming another body's document or a possessive before an annex: "the statutory guidance's Annex C". */
const GUIDANCE_WORDS =
  /\b(?:guidance|guide|handbook|framework|procedures|protocol|code\s+of\s+practice|DfE|DH|DoH|Department|Government|statutory|national|local\s+authority|council|partnership|board)\b|\p{L}['’]s?\s*$/iu;

/** Guidance whose own lettered annexes policies cite by letter alone. */
const ANNEXED_GUIDANCE =
  /\b(?:keeping\s+children\s+safe\s+in\s+education|KCSIE|working\s+together\s+to\s+safeguard|WTSC|EYFS|early\s+years\s+foundation\s+stage)\b/i;

function appendixKind(word: string): AppendixKind {
  return /^ap/i.test(word) ? "appendix" : "annex";
}

/**
 * "The form is in Appendix C" where the policy's appendices are A and B. Only where the policy has appendices of
 * that kind and style (letters or numbers) at all — a policy with none refers to a document kept elsewhere — and
 * never another document's appendix or annex.
 */
function checkAppendices(context: DocumentContext): void {
  const { text } = context.document;
  if (!/appendi|annex/i.test(text)) return;
  const { contents } = analyse(context.document);
  const inContents = (offset: number) =>
    contents !== undefined && offset >= contents.offset && offset <= contents.end;
  // Each kind and style's appendices, by key, as their titles write them: "appendix number" → 1: "I", 2: "II" ….
  const titles = new Map<string, Map<string, string>>();
  const titleAt = new Set<number>();
  const titleMatches = allMatches(APPENDIX_TITLE, text);
  const roman = titleMatches.some((m) => /^[IVX]{2,}$/.test(m[2]));
  const groupOf = (match: RegExpMatchArray) =>
    `${appendixKind(match[1])} ${appendixKey(match[2], roman).style}`;
  // A contents line is no appendix where the policy carries appendices of that kind itself: "Appendix 3 – Consent
  // form" listed after the two the policy ends with is one it does not have — unless the line says it is kept apart.
  const carried = new Set(
    titleMatches.filter((m) => !inContents((m.index ?? 0) + m[0].indexOf(m[1]))).map(groupOf),
  );
  for (const match of titleMatches) {
    const { style, key } = appendixKey(match[2], roman);
    const group = `${appendixKind(match[1])} ${style}`;
    const at = (match.index ?? 0) + match[0].indexOf(match[1]);
    titleAt.add(at);
    if (inContents(at) && carried.has(group)) {
      const end = text.indexOf("\n", at);
      if (!LISTED_APART.test(text.slice(at, end < 0 ? text.length : end))) continue;
    }
    if (!titles.has(group)) titles.set(group, new Map());
    const ids = titles.get(group);
    if (ids && !ids.has(key)) ids.set(key, match[2]);
  }
  if (titles.size === 0) return;
  const linkedToNowhere = inLinkToNowhere(context.document);
  let annexed: boolean | undefined;
  const followsAnnexedGuidance = () => {
    annexed ??= ANNEXED_GUIDANCE.test(text);
    return annexed;
  };
  for (const match of allMatches(APPENDIX_REFERENCE, text)) {
    const offset = match.index ?? 0;
    const endOffset = offset + match[0].length;
    const id = match[2];
    const kind = appendixKind(match[1]);
    const { style, key } = appendixKey(id, roman);
    // An annex and an appendix are the same kind of target: "Annex C" in a policy whose appendices are A and B
    // (and no annexes) points past the last of them.
    const other: AppendixKind = kind === "appendix" ? "annex" : "appendix";
    const own = titles.get(`${kind} ${style}`);
    const targetKind = own ? kind : other;
    const ids = own ?? titles.get(`${other} ${style}`);
    if (!ids || ids.has(key) || titleAt.has(offset) || inContents(offset)) continue;
    if (linkedToNowhere(offset, endOffset, `${kind} ${id}`)) continue;
    const after = text.slice(endOffset, endOffset + 80);
    if (OTHER_APPENDIX_AFTER.test(after) || KEPT_APART.test(after)) continue;
    const sentenceBefore =
      lastParagraph(text.slice(Math.max(0, offset - 100), offset))
        .split(/[.!?]\s/)
        .at(-1) ?? "";
    const sentenceAfter = after.split(/[.!?](?:\s|$)/)[0];
    if (OTHER_DOCUMENT.test(sentenceBefore) || OTHER_DOCUMENT.test(sentenceAfter)) continue;
    // Read against the other kind, an annex may still be a guidance's own: "the statutory guidance's Annex C", "the
    // DfE's Annex B", "the annex (Annex C) to the local procedures".
    if (!own && (GUIDANCE_WORDS.test(sentenceBefore) || GUIDANCE_WORDS.test(sentenceAfter))) continue;
    // A policy that follows guidance with lettered annexes of its own (KCSIE's Annex C is the DSL's role, the EYFS
    // framework's Annex A first aid) most likely means that guidance's annex, whichever sentence names it.
    if (!own && kind === "annex" && followsAnnexedGuidance()) continue;
    const name = kind === "appendix" ? "Appendix" : "Annex";
    const keys = [...ids.keys()].sort((a, b) =>
      style === "number" ? Number(a) - Number(b) : a.localeCompare(b),
    );
    const code = (x: string) => (style === "number" ? Number(x) : x.charCodeAt(0));
    const run = keys.every((x, i) => i === 0 || code(x) === code(keys[i - 1]) + 1);
    // As the titles write them: "I to III", "One and Two".
    const sorted = keys.map((k) => ids.get(k) ?? k);
    const listed =
      sorted.length === 1
        ? `its only ${targetKind} is ${targetKind === "appendix" ? "Appendix" : "Annex"} ${sorted[0]}`
        : `its ${targetKind === "appendix" ? "appendices" : "annexes"} are ${
            run && sorted.length > 2
              ? `${sorted[0]} to ${sorted.at(-1)}`
              : `${sorted.slice(0, -1).join(", ")} and ${sorted.at(-1)}`
          }`;
    reportAt(
      context,
      offset,
      endOffset,
      `The policy refers to ${name} ${id}, but it has no ${name} ${id} (${listed}) — add the ${kind}, or correct the reference`,
      { actual: `${name} ${id}` },
    );
  }
}

/**
 * A line that opens a lettered part or section: "## Part A – About the club", "PART B: Who is responsible", "Section C.
 * Contacts", or a contents line naming one ("- Part D – Allegations").
 */
const LETTERED_PART_LINE =
  /^[^\S\n]*(?:#{1,6}[^\S\n]+|[-*+•][^\S\n]+)?(?:\*\*|__)?(Part|PART|Section|SECTION)[^\S\n]+([A-Z])(?:\*\*|__)?[^\S\n]*[:.–—-][^\S\n]*(?:\*\*|__)?(\p{Lu}[^\n]{1,80}?)(?:\*\*|__)?[^\S\n]*$/gmu;
/**
 * A line that opens with a lettered part, however it goes on: "## Part D (Forms and templates)", "## Part D" alone
 * with its title on the next line, "PART D: …", a form box's first cell "| Part D – Incident form |". The part is there, whether or not its heading counts towards the run.
 */
const LETTERED_PART_OPENS =
  /^[^\S\n]*(?:#{1,6}[^\S\n]+|[-*+•][^\S\n]+|\|[^\S\n]*)?(?:\*\*|__)?(Part|PART|Section|SECTION)[^\S\n]+([A-Z])(?![\p{L}\d])/gmu;
/** "Part H", "section K": a lettered part named in the text. */
const LETTERED_PART_REFERENCE = /\b([Pp]art|PART|[Ss]ection|SECTION)[^\S\n]+([A-Z])(?![\p{L}\d]|\.\p{L})/gu;
/** After a part's letter: another document's part ("Part B of the Children Act", "Part H in the council's code"). */
const OTHER_PART_AFTER = /^\s*(?:of|in|to|from|under|within)\b/i;

/** A part numbered in figures or in words: "## Part 2 – Who to tell", "Part Two: Who to tell", "PART SIX – Contacts". */
const NUMBERED_PART_ID = String.raw`\d{1,2}|${WORD_IDS}`;
const NUMBERED_PART_LINE = new RegExp(
  String.raw`^[^\S\n]*(?:#{1,6}[^\S\n]+|[-*+•][^\S\n]+)?(?:\*\*|__)?(Part|PART)[^\S\n]+(${NUMBERED_PART_ID})(?:\*\*|__)?[^\S\n]*[:.–—-][^\S\n]*(?:\*\*|__)?(\p{Lu}[^\n]{1,80}?)(?:\*\*|__)?[^\S\n]*$`,
  "gmu",
);
const NUMBERED_PART_OPENS = new RegExp(
  String.raw`^[^\S\n]*(?:#{1,6}[^\S\n]+|[-*+•][^\S\n]+|\|[^\S\n]*)?(?:\*\*|__)?(Part|PART)[^\S\n]+(${NUMBERED_PART_ID})(?![\p{L}\d])`,
  "gmu",
);
/** "Part 7", "part Seven": a numbered part named in the text. */
const NUMBERED_PART_REFERENCE = new RegExp(
  String.raw`\b([Pp]art|PART)[^\S\n]+(${NUMBERED_PART_ID})(?![\p{L}\d]|\.\d)`,
  "gu",
);

/**
 * How a policy's parts are counted: by letter ("Part A" … "Part G", "Section C") or by number, in figures or words
 * ("Part One" … "Part Six", "Part 3"). `key` gives a part's place in the run (A and One are 1).
 */
interface PartScheme {
  quick: RegExp;
  line: RegExp;
  opens: RegExp;
  reference: RegExp;
  key: (id: string) => number;
  what: "letter" | "number";
}

const LETTERED_PARTS: PartScheme = {
  quick: /\b(?:part|section)\s+[A-Z]\b/i,
  line: LETTERED_PART_LINE,
  opens: LETTERED_PART_OPENS,
  reference: LETTERED_PART_REFERENCE,
  key: (id) => id.charCodeAt(0) - 64,
  what: "letter",
};

const NUMBERED_PARTS: PartScheme = {
  quick: /\bpart\s+\w/i,
  line: NUMBERED_PART_LINE,
  opens: NUMBERED_PART_OPENS,
  reference: NUMBERED_PART_REFERENCE,
  key: (id) => Number(appendixKey(id, false).key),
  what: "number",
};

function checkParts(context: DocumentContext): void {
  checkPartRun(context, LETTERED_PARTS);
  checkPartRun(context, NUMBERED_PARTS);
}

/**
 * "The full procedure is in Part H of this policy" where the policy's parts are lettered A to G, or "see Part 7"
 * where they are Part One to Part Six: a part it does not have. Only where its parts (or lettered sections) run from
 * A (or 1) with none skipped, three or more, and only a pointer into this policy ("see Part H", "in Part H", "Part H
 * of this policy", "(Part H)") — never another document's part ("Part B of the Children Act 1989", "Part H of the
 * application form", "their Part H").
 */
function checkPartRun(context: DocumentContext, scheme: PartScheme): void {
  const { text } = context.document;
  if (!scheme.quick.test(text)) return;
  // Each word's parts by place, as written, with the title its last line gives (the heading, after any contents line).
  const parts = new Map<string, Map<number, { id: string; title: string }>>();
  const partLines = new Set<number>();
  const { contents } = analyse(context.document);
  const inContents = (offset: number) =>
    contents !== undefined && offset >= contents.offset && offset <= contents.end;
  // The parts that stand in the policy itself, not only in its contents list.
  const standing = new Set<string>();
  for (const m of allMatches(scheme.line, text)) {
    const word = m[1].toLowerCase();
    if (!parts.has(word)) parts.set(word, new Map());
    parts.get(word)?.set(scheme.key(m[2]), { id: m[2], title: m[3].replace(/[\s.·…]*\d{0,3}$/, "").trim() });
    const at = (m.index ?? 0) + m[0].indexOf(m[1]);
    partLines.add(at);
    if (!inContents(at)) standing.add(`${word} ${scheme.key(m[2])}`);
  }
  // A part whose title opens a line some other way ("## Part F" alone, a form box's first cell "| Part F – … |").
  for (const m of allMatches(scheme.opens, text)) {
    const at = (m.index ?? 0) + m[0].indexOf(m[1]);
    if (!inContents(at)) standing.add(`${m[1].toLowerCase()} ${scheme.key(m[2])}`);
  }
  const counted = new Map<string, { first: string; last: number; lastId: string; title: string }>();
  for (const [word, places] of parts) {
    // A contents list's last parts that never stand in the policy ("Part F – Incident log form" listed, the policy
    // ending at Part E) are not among its parts: the run ends at the last part that is there.
    if (contents && [...places.keys()].some((k) => standing.has(`${word} ${k}`)))
      for (const k of [...places.keys()].sort((a, b) => b - a)) {
        if (standing.has(`${word} ${k}`)) break;
        places.delete(k);
      }
    const keys = [...places.keys()].sort((a, b) => a - b);
    if (keys.length < 3 || keys.some((k, i) => k !== i + 1)) continue;
    const last = keys[keys.length - 1];
    const { id: lastId, title } = places.get(last) ?? { id: "", title: "" };
    counted.set(word, { first: places.get(1)?.id ?? "", last, lastId, title });
  }
  if (counted.size === 0) return;
  // A part opened in the policy itself: a contents line names a part, it does not open one.
  const opened = new Set(
    allMatches(scheme.opens, text)
      .filter((m) => !inContents((m.index ?? 0) + m[0].indexOf(m[1])))
      .map((m) => `${m[1].toLowerCase()} ${scheme.key(m[2])}`),
  );
  const readBefore = textBefore(context.document);
  const linkedToNowhere = inLinkToNowhere(context.document);
  for (const match of allMatches(scheme.reference, text)) {
    const offset = match.index ?? 0;
    const endOffset = offset + match[0].length;
    const word = match[1].toLowerCase();
    const own = counted.get(word);
    const id = match[2];
    const key = scheme.key(id);
    if (!own || key <= own.last || partLines.has(offset) || inContents(offset)) continue;
    if (opened.has(`${word} ${key}`)) continue;
    const before = lastParagraph(readBefore(offset, 60));
    if (OWNER_BEFORE.test(before)) continue;
    const after = text.slice(endOffset, endOffset + 80);
    const ofThis = OF_THIS_DOCUMENT.test(after);
    if (!ofThis && (OTHER_PART_AFTER.test(after) || namesOtherDocument(after, []))) continue;
    const sentenceBefore = before.split(/[.!?]\s/).at(-1) ?? "";
    const sentenceAfter = ofThis ? "" : after.split(/[.!?](?:\s|$)/)[0];
    if (OTHER_DOCUMENT.test(sentenceBefore) || OTHER_DOCUMENT.test(sentenceAfter)) continue;
    const pointer =
      ofThis ||
      POINTER_BEFORE.test(before) ||
      /^\s*(?:below|above)\b/i.test(after) ||
      (/\(\s*$/.test(before) && /^\s*\)/.test(after));
    if (!pointer) continue;
    const name = `${word === "part" ? "Part" : "Section"}`;
    if (linkedToNowhere(offset, endOffset, `${word} ${id}`)) continue;
    reportAt(
      context,
      offset,
      endOffset,
      `The policy refers to ${name} ${id}, but it has no ${name} ${id} (its ${word}s run from ${name} ${own.first} to ${name} ${own.lastId}${own.title ? `, "${own.title}"` : ""}) — correct the ${scheme.what}, or name the ${word} instead`,
      { actual: `${name} ${id}`, expected: `${name} ${own.lastId}` },
    );
  }
}

function checkPages(context: DocumentContext): void {
  const { document } = context;
  const pageless = document.format === "md" || document.format === "html";
  // A PDF's reader gives where each page starts, a Word file's the page count it was saved with; without
  // either, say nothing.
  const pageCount = knownPageCount(document);
  if (!pageless && !pageCount) return;
  const { text } = document;
  for (const match of allMatches(PAGE_REFERENCE, text)) {
    const offset = match.index ?? 0;
    const endOffset = offset + match[0].length;
    const page = Number(match[1] ?? match[2]);
    const { sentenceBefore, sentenceAfter } = sentencesBeside(text, offset, endOffset);
    // "KCSIE (page 12)", "page 4 of the local procedures": a page of another document.
    // Only the words after the sentence's last "of this policy" can name another document whose page it is.
    const ownFrom = /(?:of|in)\s+th(?:is|ese)\b/i.test(sentenceBefore)
      ? (allMatches(OF_THIS_POLICY, sentenceBefore)
          .map((m) => (m.index ?? 0) + m[0].length)
          .at(-1) ?? 0)
      : 0;
    if (OTHER_DOCUMENT.test(sentenceBefore.slice(ownFrom)) || OTHER_PAGE_AFTER.test(sentenceAfter)) continue;
    // "the printed coaching handbook (page 6)": the page of a publication named just before it.
    if (PUBLICATION_BEFORE.test(sentenceBefore)) continue;
    // "The main policy's section 8 and its flowchart on page 11 are not repeated here": the pages of the policy this
    // document goes with (an appendix, a summary, an Easy Read version).
    if (
      COMPANION_BEFORE.test(
        lastParagraph(text.slice(Math.max(0, offset - 200), offset))
          .split(/[.!?]\s/)
          .at(-1) ?? "",
      )
    )
      continue;
    if (pageCount) {
      if (page <= pageCount) continue;
      reportAt(
        context,
        offset,
        endOffset,
        `The policy refers to page ${page}, but it has ${pageCount} ${pageCount === 1 ? "page" : "pages"} — correct the page number, or name the section instead`,
        { actual: String(page) },
      );
      continue;
    }
    reportAt(
      context,
      offset,
      endOffset,
      `"${match[0].trim()}" points to a page, but this ${document.format === "md" ? "Markdown" : "web"} policy has no page numbers (it was copied from a printed version) — name the section instead`,
      { actual: String(page) },
    );
  }
}

/**
 * A policy saved from a slide deck numbers its slides: headings "Slide 4 – Who to tell", lines "Slide 4 of 12". A
 * line's own number, and the deck's size after "of".
 */
const SLIDE_NUMBER_LINE =
  /^[^\S\n]*(?:[#>*_][^\S\n]*)*slide[^\S\n]+(\d{1,3})(?:[^\S\n]+of[^\S\n]+(\d{1,3})[^\S\n*_]*$|[^\S\n]*[–—:.-][^\S\n]*\S)/gim;
/** "on slide 14", "(see slides 13–14)": a pointer to a slide of this deck (a range counts from its first slide). */
const SLIDE_REFERENCE = /\bslides?[^\S\n]+(\d{1,3})(?:[^\S\n]*[-–—][^\S\n]*\d{1,3})?\b/gi;
/** A unit after a number: a size or a distance ("6 metres", "10 ft", "2m high"), not a slide's number. */
const SIZE_AFTER =
  /^[^\S\n]*(?:m|metres?|meters?|cm|mm|ft|feet|foot|inch(?:es)?|yards?|high|tall|long|wide)\b/i;
/** "slide 14 of their induction pack", "slide 3 in the county's deck": another deck's slide — not "of this deck". */
const OTHER_SLIDE_AFTER =
  /^\s*(?:of|in)\b(?!\s+(?:this|these|our)\s+(?:policy|document|deck|presentation|briefing|slides?|pack)\b)/i;

/**
 * "the concern form is on slide 14" in a deck whose slides are numbered to 12: a slide that does not exist, read
 * like a section past the last. Only where the document numbers its slides (three lines or more); the deck's size
 * is what its "Slide N of M" lines say, or its last numbered slide.
 */
function checkSlides(context: DocumentContext): void {
  const { text } = context.document;
  if (!text.includes("lide")) return;
  let numbered = 0;
  let last = 0;
  let total = 0;
  const lineStarts = new Set<number>();
  for (const match of allMatches(SLIDE_NUMBER_LINE, text)) {
    numbered++;
    lineStarts.add(match.index ?? 0);
    last = Math.max(last, Number(match[1]));
    if (match[2]) total = Math.max(total, Number(match[2]));
  }
  if (numbered < 3) return;
  const slides = total || last;
  for (const match of allMatches(SLIDE_REFERENCE, text)) {
    const slide = Number(match[1]);
    if (slide <= slides) continue;
    const offset = match.index ?? 0;
    const endOffset = offset + match[0].length;
    // The numbering line itself ("Slide 14 of 20" where a deck's lines disagree) is no pointer.
    const { lineStart, sentenceBefore, sentenceAfter } = sentencesBeside(text, offset, endOffset);
    if (lineStarts.has(lineStart)) continue;
    if (OTHER_SLIDE_AFTER.test(sentenceAfter) || OTHER_DOCUMENT.test(sentenceBefore)) continue;
    if (PUBLICATION_BEFORE.test(sentenceBefore)) continue;
    // "a slide 6 metres from the gate", "a slide 10 feet high": a playground's slide and its size.
    if (SIZE_AFTER.test(sentenceAfter)) continue;
    reportAt(
      context,
      offset,
      endOffset,
      `The policy refers to slide ${slide}, but the deck has ${slides} slides (they run from slide 1 to slide ${slides}) — correct the slide number, or name the slide by its title instead`,
      { actual: `slide ${slide}`, expected: `slide ${slides}` },
    );
  }
}

/**
 * The words of a pointer's sentence on either side of it, up to 60 characters each: before it on its own line (from
 * the last sentence's end), after it to the sentence's end — where another document, a publication or a size is named.
 */
function sentencesBeside(
  text: string,
  offset: number,
  endOffset: number,
): { lineStart: number; sentenceBefore: string; sentenceAfter: string } {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const sentenceBefore =
    text
      .slice(Math.max(lineStart, offset - 60), offset)
      .split(/[.!?]\s/)
      .at(-1) ?? "";
  const sentenceAfter = text.slice(endOffset, endOffset + 60).split(/[.!?](?:\s|$)/)[0];
  return { lineStart, sentenceBefore, sentenceAfter };
}
