/** section-reference: "see section 7" where there is no section 7, or section 7 is about something else. */
import type { Rule } from "../rule.js";
import { titleKey } from "../text/find.js";
import { allMatches } from "../text/matches.js";
import { analyse, reportAt } from "./helpers.js";

const REFERENCE = /\bsections?\s+(\d+(?:\.\d+)*)(?!\.?\d|\w)/gi;
/** Words before "section N" that make it a pointer into this document. */
const POINTER_BEFORE =
  /\b(?:see|in|at|to|within|under|and|or|described\s+in|set\s+out\s+in|refer\s+to|also)\s+$/i;
/** What follows a section of an Act: "section 47 of the Children Act", "section 47 enquiries". */
const STATUTE_AFTER =
  /^\s*(?:\(\d|of\b|enquir|assessment|investigation|order|notice|duty|strategy|referral|child|report|powers?\b|checks?\b)/i;
const ACT_NEARBY = /\bAct\b|\bRegulations?\b|\bOrder\s+\d{4}\b/;

export const rule: Rule = {
  meta: {
    id: "section-reference",
    description:
      'Warns when the policy points to a section that does not exist ("see section 12" in a policy with ten sections), or to a numbered section about something else ("see section 4 (Allegations)" when section 4 is Definitions). Sections move when a policy is edited: fix the number, or point to the section by its title.',
    defaultSeverity: "warning",
  },
  checkDocument(context) {
    const { text } = context.document;
    const { headings, contents } = analyse(context.document);
    const numbered = headings.filter(
      (h) => h.number && !(contents && h.offset >= contents.offset && h.offset <= contents.end),
    );
    if (numbered.length === 0) return;
    const byNumber = new Map(numbered.map((h) => [h.number as string, h]));

    for (const match of allMatches(REFERENCE, text)) {
      const offset = match.index ?? 0;
      const endOffset = offset + match[0].length;
      const number = match[1];
      const before = text.slice(Math.max(0, offset - 40), offset);
      const after = text.slice(endOffset, endOffset + 80);
      const sentenceAfter = after.split(/[.!?](?:\s|$)/)[0];
      const sentenceBefore = before.split(/[.!?]\s/).at(-1) ?? "";
      if (STATUTE_AFTER.test(after) || ACT_NEARBY.test(sentenceAfter) || ACT_NEARBY.test(sentenceBefore))
        continue;
      const internal =
        number.includes(".") ||
        POINTER_BEFORE.test(before) ||
        /^\s*(?:below|above)\b/i.test(after) ||
        (/\(\s*(?:see\s+)?$/i.test(before) && /^\s*\)/.test(after));
      if (!internal) continue;
      // Contents entries and headings themselves are not references.
      if (contents && offset >= contents.offset && offset <= contents.end) continue;

      const target = byNumber.get(number);
      if (!target) {
        const last = numbered.filter((h) => !h.number?.includes(".")).at(-1);
        reportAt(
          context,
          offset,
          endOffset,
          `The policy refers to section ${number}, but no section is numbered ${number}${last ? ` (the last is ${last.number}, "${last.title}")` : ""} — correct the number, or name the section instead`,
          { actual: number },
        );
        continue;
      }
      // "see section 4 (Allegations against staff)": the words should be that section's title.
      const named = /^\s*(?:\(\s*|[,:–—-]\s*)["“‘']?([A-Za-z][^)"”’'\n.]{2,80})["”’']?\s*\)?/.exec(after);
      if (!named || !/^\s*\(|["“‘']/.test(after.slice(0, named[0].length))) continue;
      const said = titleKey(named[1]);
      const actual = titleKey(target.title);
      if (!said || actual.includes(said) || said.includes(actual)) continue;
      const elsewhere = numbered.find((h) => titleKey(h.title) === said || titleKey(h.title).includes(said));
      reportAt(
        context,
        offset,
        endOffset + named[0].length,
        `The policy says section ${number} is "${named[1].trim()}", but section ${number} is "${target.title}"${elsewhere ? ` ("${elsewhere.title}" is section ${elsewhere.number})` : ""} — correct the reference`,
        { actual: number, expected: elsewhere?.number },
      );
    }
  },
};
