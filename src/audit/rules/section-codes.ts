/**
 * section-reference, for a policy whose sections are headed with a code and a number instead of a number alone
 * ("SG1 Purpose", "SG2 The welfare team" … with paragraphs "SG2.1"): "the full steps are at SG9" where no section is
 * SG9. Read only where three headings or more share a code of two letters or more (one letter and a number is as
 * often a paper size, "A4"), only after words that point at a place in a document ("see", "at", "under", "set out
 * in" …) and not in a list of them — the same letters and number are also a postcode district's ("families in SG1 and
 * SG2", "SG9 0AB").
 */
import type { DocumentContext } from "../rule.js";
import type { HeadingText } from "../text/find.js";
import { allMatches, escapeRegExp } from "../text/matches.js";
import { reportAt } from "./helpers.js";

/** A heading that opens with a code of capitals and a section number: "SG4 Recognising concerns". */
const CODED_HEADING = /^[\s#*_]*(\p{Lu}{2,4})(\d{1,2})(?:\.\d{1,2})?(?![\p{L}\d.])/u;

export function checkCodedSections(
  context: DocumentContext,
  headings: readonly HeadingText[],
  inContents: (offset: number) => boolean,
): void {
  const { text } = context.document;
  const byCode = new Map<string, Map<number, HeadingText>>();
  for (const h of headings) {
    if (inContents(h.offset)) continue;
    const coded = CODED_HEADING.exec(text.slice(h.offset, h.endOffset));
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
      .replace(/[*_]+/g, "")
      .trim();
    const pointer = new RegExp(
      String.raw`(?:\b(?:see(?:\s+also)?|at|under|(?:set\s+out|described|explained|detailed|covered|listed)\s+(?:in|at|under))\s+|\(\s*see\s+)(${escapeRegExp(code)}(\d{1,2}))(?:\.\d{1,2})?(?![\p{L}\d]|\s?\d\p{Lu}{2}\b|\.\d|\s+(?:and|or|&)\b|,)`,
      "gu",
    );
    for (const match of allMatches(pointer, text)) {
      const number = Number(match[2]);
      if (sections.has(number)) continue;
      const offset = (match.index ?? 0) + match[0].indexOf(match[1]);
      if (inContents(offset)) continue;
      reportAt(
        context,
        offset,
        offset + match[1].length,
        `The policy refers to ${match[1]}, but no section is ${match[1]} (the last is ${code}${last}, "${lastTitle}") — correct the reference, or name the section instead`,
        { actual: match[1] },
      );
    }
  }
}
