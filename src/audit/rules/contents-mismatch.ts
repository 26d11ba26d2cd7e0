/** contents-mismatch: the contents list disagrees with the headings; two headings share a number. */
import type { DocumentContext, Rule } from "../rule.js";
import { type ContentsEntry, type HeadingText, titleKey } from "../text/find.js";
import { analyse, reportAt } from "./helpers.js";

const CONTENTS_HEADING = /^(?:table\s+of\s+)?contents(?:\s+page)?$|^index$/i;

function label(h: { number?: string; title: string }): string {
  return h.number ? `${h.number}. ${h.title}`.replace(/^(\d+(?:\.\d+)+)\. /, "$1 ") : h.title;
}

export const rule: Rule = {
  meta: {
    id: "contents-mismatch",
    description:
      "Warns when the contents list does not match the headings — an entry with no heading of that name, a heading numbered differently from its entry, a numbered section missing from the list — or when two headings carry the same number. Readers use the contents and the numbers to find sections: update the contents list (in Word, right-click it and choose Update Field) and renumber the headings.",
    defaultSeverity: "warning",
  },
  checkDocument(context) {
    const { text, outline } = context.document;
    const { contents, headings: all } = analyse(context.document);
    const inContents = (h: HeadingText) =>
      contents !== undefined && h.offset >= contents.offset && h.offset <= contents.end;
    const headings = all.filter((h) => !inContents(h) && !CONTENTS_HEADING.test(h.title.trim()));
    const hasHeadings = outline.headings.length > 0;

    if (contents && !hasHeadings) {
      // Plain text (PDF): headings cannot be told from numbered paragraphs, and long ones wrap onto two
      // lines — so only look for each entry, number and words, in the text after the list.
      const body = ` ${titleKey(text.slice(contents.end))} `;
      for (const entry of contents.entries) {
        if (body.includes(` ${titleKey(`${entry.number ?? ""} ${entry.title}`)} `)) continue;
        const elsewhere = headings.find((h) => titleKey(h.title) === titleKey(entry.title));
        if (entry.number && elsewhere?.number && elsewhere.number !== entry.number) {
          reportAt(
            context,
            entry.offset,
            entry.endOffset,
            `The contents list numbers "${entry.title}" as ${entry.number}, but the heading is numbered ${elsewhere.number} — update the contents list`,
            { actual: entry.number, expected: elsewhere.number },
          );
          continue;
        }
        if (elsewhere || body.includes(` ${titleKey(entry.title)} `)) continue;
        reportNoSuchHeading(context, entry);
      }
      return;
    }

    if (contents) {
      const byKey = new Map<string, HeadingText[]>();
      for (const h of headings) byKey.set(titleKey(h.title), [...(byKey.get(titleKey(h.title)) ?? []), h]);
      const listed = new Set<string>();
      for (const entry of contents.entries) {
        const key = titleKey(entry.title);
        listed.add(key);
        const matches = byKey.get(key) ?? [];
        if (matches.length === 0) {
          reportNoSuchHeading(context, entry);
          continue;
        }
        if (entry.number && matches.every((h) => h.number !== undefined && h.number !== entry.number)) {
          reportAt(
            context,
            entry.offset,
            entry.endOffset,
            `The contents list numbers "${entry.title}" as ${entry.number}, but the heading is numbered ${matches[0].number} — update the contents list`,
            { actual: entry.number, expected: matches[0].number },
          );
        }
      }
      // Numbered top-level sections the list leaves out (only when the list itself is numbered).
      if (contents.entries.some((e) => e.number)) {
        for (const h of headings) {
          if (!h.number || h.number.includes(".") || listed.has(titleKey(h.title))) continue;
          reportAt(
            context,
            h.offset,
            h.endOffset,
            `Section "${label(h)}" is missing from the contents list — update the contents list`,
          );
        }
      }
    }

    // Two headings with one number: only where the document has real headings (Markdown, Word).
    if (!hasHeadings) return;
    const seen = new Map<string, HeadingText>();
    for (const h of headings) {
      if (!h.number) continue;
      const first = seen.get(h.number);
      if (!first) {
        seen.set(h.number, h);
        continue;
      }
      reportAt(
        context,
        h.offset,
        h.endOffset,
        `Two sections are numbered ${h.number}: "${label(first)}" and "${label(h)}" — renumber the headings, then update the contents list and any "see section" references`,
        { actual: h.number },
      );
    }
  },
};

function reportNoSuchHeading(context: DocumentContext, entry: ContentsEntry): void {
  reportAt(
    context,
    entry.offset,
    entry.endOffset,
    `The contents list has "${label(entry)}", but no heading in the policy is called that — update the contents list, or rename the heading to match`,
    { actual: entry.title },
  );
}
