/**
 * The policy's own name — whose policy it is — as the rules read it from its start, and how names are compared.
 * Three readings, each kept as its callers need it:
 *   - titleOf (leads.ts: the wider bodies and hosts a title names): the first heading, or the first line as written;
 *   - ownTitle (passing-roles.ts: whether "the lead at Brookfield Juniors FC" is the setting's own): the first line
 *     and the first heading, each cut where the title's subject ends, as compared (compared);
 *   - ownNameZone (leads.ts, named-health.ts: whether a named nurse's employer is the policy's own trust): the lines
 *     as written up to the first heading (a header above the title included), capitals kept.
 */

import type { SourceDocument } from "../rule.js";
import { isMarkdownHeading, type Line, plain } from "./lines.js";

/**
 * A name as compared: lower case, straight apostrophes, one space between words, none at its ends ("  St Brannoc’s
 * NHS  Trust" = "st brannoc's nhs trust": a word processor curls a title's apostrophe and not a line typed later).
 */
export const compared = (words: string): string =>
  words.toLowerCase().replace(/[‘’]/g, "'").replace(/\s+/g, " ").trim();

/**
 * The document's title: its first heading, or its first line when it has no heading near its start. `breaks`: where
 * the text as written broke its lines before they were joined (ascending offsets): the title ends at the first one.
 * A PDF has no blank line between paragraphs, so its joined first line runs over the whole page ("Hollowmere Youth
 * FC Safeguarding Policy Affiliated to the Hollowmere County FA …"); its title is the first line as printed.
 */
export function titleOf(lines: Line[], breaks: readonly number[] = []): string {
  const first =
    lines.slice(0, 12).find((l) => isMarkdownHeading(l)) ?? lines.find((l) => l.text.trim() !== "");
  if (!first) return "";
  const cut = breaks.find((at) => at >= first.offset);
  const end = cut !== undefined && cut < first.endOffset ? cut - first.offset : first.text.length;
  return first.text.slice(0, Math.min(end, 200));
}

/** Where a title's subject ends: "Oakwood Colts FC (affiliated to Larkshire County FA)", "… part of …". */
const TITLE_SUBJECT_END =
  /\(|\b(?:affiliated\s+(?:to|with)|in\s+partnership\s+with|commissioned\s+by|on\s+behalf\s+of|part\s+of|member\s+of)\b/i;

/**
 * The setting's own name, as far as the document gives it: its title (the first heading near its start, and its
 * first line), up to where the title's subject ends; as compared.
 */
export function ownTitle(document: Pick<SourceDocument, "text" | "outline">): string {
  const first =
    document.text
      .slice(0, 2000)
      .split("\n")
      .find((l) => l.trim() !== "") ?? "";
  const heading = document.outline?.headings?.find((h) => h.offset < 2000)?.text ?? "";
  return [first, heading]
    .map((title) => {
      const words = plain(title.slice(0, 200)).replace(/^#+\s*/, "");
      const end = TITLE_SUBJECT_END.exec(words);
      return compared(end ? words.slice(0, end.index) : words);
    })
    .join("\n");
}

/**
 * Where the policy says whose it is, from its lines as written (a PDF's text joins its first lines into one): its
 * lines to its first heading (a header above the title included), or with no heading near its start its first two
 * lines (a PDF's header and title).
 */
export function ownNameZone(written: string): string {
  const lines = written
    .split("\n", 40)
    .map((l) => l.trim())
    .filter((l) => l !== "")
    .slice(0, 12);
  const heading = lines.findIndex((l) => /^#{1,6}\s/.test(l));
  return (heading >= 0 ? lines.slice(0, heading + 1) : lines.slice(0, 2))
    .map((l) => l.slice(0, 200))
    .join("\n");
}
