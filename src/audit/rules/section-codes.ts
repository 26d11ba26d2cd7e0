/**
 * section-reference, for a policy whose sections are headed with a code and a number instead of a number alone
 * ("SG1 Purpose", "SG2 The welfare team" … with paragraphs "SG2.1"): "the full steps are at SG9" where no section is
 * SG9. Read only where three headings or more share a code of two letters or more (one letter and a number is as
 * often a paper size, "A4"), only after words that point at a place in a document ("see", "at", "under", "set out
 * in" …) and not in a list of them — the same letters and number are also a postcode district's ("families in SG1 and
 * SG2", "SG9 0AB").
 * A questions-and-answers policy headed "Q1. Who is our lead?", "Q2. …" is coded so too (one letter, every such
 * heading a question); there "the full steps are in Q11" after an answer is checked against Q11 as well: when Q11's
 * title and text share no word with the answer the steps expand, the reference points to the wrong question.
 */
import type { DocumentContext } from "../rule.js";
import type { HeadingText } from "../text/find.js";
import { allMatches, escapeRegExp } from "../text/matches.js";
import { reportAt } from "./helpers.js";

/** A heading that opens with a code of capitals and a section number: "SG4 Recognising concerns". */
const CODED_HEADING = /^[\s#*_]*(\p{Lu}{2,4})(\d{1,2})(?:\.\d{1,2})?(?![\p{L}\d.])/u;
/** A numbered question's heading: "Q11. Can under-18s come on the trip?" (its title a question). */
const QUESTION_HEADING = /^[\s#*_]*(Q)(\d{1,2})(?:[.:)]|\s+[–—-])?\s+(?=\S)[^\n]*\?[\s*_]*$/u;
const QUESTION_NUMBER = /^[\s#*_]*Q\d{1,2}(?:[.:)]|\s+[–—-])?\s+/u;
/**
 * "The full steps are in Q11", "the whole procedure is set out in Q4": the fuller version of what the answer before
 * it says.
 */
const FULL_POINTER =
  /\b(?:full|fuller|whole|complete|detailed)\s+(?:steps|procedures?|process|details|instructions|arrangements|guidance)\s+(?:is|are)\s+(?:(?:set\s+out|given|explained|described|listed)\s+)?(?:in|at|under)\s+$/i;

/** Whether a section's title or text uses any of the words (the rule's own reading of a section's words). */
export type SectionMentions = (target: HeadingText, words: string[]) => boolean;

export function checkCodedSections(
  context: DocumentContext,
  headings: readonly HeadingText[],
  inContents: (offset: number) => boolean,
  mentions?: SectionMentions,
  contentWords?: (words: string) => string[],
): void {
  const { text } = context.document;
  const byCode = new Map<string, Map<number, HeadingText>>();
  for (const h of headings) {
    if (inContents(h.offset)) continue;
    const heading = text.slice(h.offset, h.endOffset);
    const coded = CODED_HEADING.exec(heading) ?? QUESTION_HEADING.exec(heading);
    if (!coded) continue;
    const sections = byCode.get(coded[1]) ?? new Map<number, HeadingText>();
    if (!sections.has(Number(coded[2]))) sections.set(Number(coded[2]), h);
    byCode.set(coded[1], sections);
  }
  for (const [code, sections] of byCode) {
    if (sections.size < 3) continue;
    const last = Math.max(...sections.keys());
    const lastHeading = sections.get(last) as HeadingText;
    const lastTitle = text
      .slice(lastHeading.offset, lastHeading.endOffset)
      .replace(CODED_HEADING, "")
      .replace(QUESTION_NUMBER, "")
      .replace(/[*_]+/g, "")
      .trim();
    const pointer = new RegExp(
      String.raw`(?:\b(?:see(?:\s+also)?|at|under|(?:set\s+out|described|explained|detailed|covered|listed)\s+(?:in|at|under))\s+|\(\s*see\s+)(${escapeRegExp(code)}(\d{1,2}))(?:\.\d{1,2})?(?![\p{L}\d]|\s?\d\p{Lu}{2}\b|\.\d|\s+(?:and|or|&)\b|,)`,
      "gu",
    );
    const missing = (offset: number, cited: string) =>
      reportAt(
        context,
        offset,
        offset + cited.length,
        `The policy refers to ${cited}, but no section is ${cited} (the last is ${code}${last}, "${lastTitle}") — correct the reference, or name the section instead`,
        { actual: cited },
      );
    const reported = new Set<number>();
    for (const match of allMatches(pointer, text)) {
      const number = Number(match[2]);
      if (sections.has(number)) continue;
      const offset = (match.index ?? 0) + match[0].indexOf(match[1]);
      if (inContents(offset)) continue;
      reported.add(offset);
      missing(offset, match[1]);
    }
    if (code === "Q" && mentions && contentWords)
      wrongQuestion(context, code, sections, mentions, contentWords, (offset, cited) => {
        if (!reported.has(offset) && !inContents(offset)) missing(offset, cited);
      });
  }
}

/**
 * "Listen, write down what was said and tell the lead the same day. The full steps are in Q11." where Q11 is "Can
 * under-18s come on the residential weekend?": the answer's words before the pointer (four content words or more)
 * are none of them in Q11's title or text.
 */
function wrongQuestion(
  context: DocumentContext,
  code: string,
  sections: Map<number, HeadingText>,
  mentions: SectionMentions,
  contentWords: (words: string) => string[],
  missing: (offset: number, cited: string) => void,
): void {
  const { text } = context.document;
  // A cheap look for the words first: only a text that says "full", "whole" … before a code.
  if (!/\b(?:full|fuller|whole|complete|detailed)\s/i.test(text)) return;
  const cited = new RegExp(
    String.raw`(?<![\p{L}\d])${code}(\d{1,2})(?![\p{L}\d]|\.\d|\s+(?:and|or|&)\b|,)`,
    "gu",
  );
  for (const match of allMatches(cited, text)) {
    const offset = match.index ?? 0;
    const before = text.slice(Math.max(0, offset - 400), offset);
    if (!FULL_POINTER.test(before.slice(-80))) continue;
    const target = sections.get(Number(match[1]));
    if (!target) {
      missing(offset, match[0]);
      continue;
    }
    if (offset >= target.offset && offset < target.endOffset) continue;
    // The answer the pointer closes: its paragraph's words before the pointer's own sentence.
    const paragraph = before.split(/\n[^\S\n]*\n|\n#/).at(-1) ?? "";
    const answer = paragraph
      .split(/(?<=[.!?])\s+/)
      .slice(0, -1)
      .join(" ");
    const words = contentWords(answer).filter((w) => w.length >= 4);
    if (words.length < 4 || mentions(target, words)) continue;
    // Only where another question (not the one the answer is in) is about it: a right pointer to a question put in
    // other words ("keep a secret" → "What if a child tells me they are being hurt?") shares words with none.
    const own = [...sections.values()]
      .filter((s) => s.offset < offset)
      .reduce<HeadingText | undefined>((a, s) => (a && a.offset > s.offset ? a : s), undefined);
    if (![...sections.values()].some((s) => s !== target && s !== own && mentions(s, words))) continue;
    const title = text
      .slice(target.offset, target.endOffset)
      .replace(QUESTION_NUMBER, "")
      .replace(/[*_]+/g, "")
      .trim();
    reportAt(
      context,
      offset,
      offset + match[0].length,
      `The policy says the full steps are in ${match[0]}, but ${match[0]} is "${title}" and says nothing of what the answer before it is about — correct the reference, or name the question instead`,
      { actual: match[0] },
    );
  }
}
