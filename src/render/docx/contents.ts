/**
 * The contents list as a real TOC field (Word's Update Table, LibreOffice's Update Index), whose
 * cached result is already the finished list: one paragraph per level-2 and level-3 heading, linked to the
 * heading's bookmark, with a dot leader and the page the heading starts on in our own PDF, as a PAGEREF field.
 * So it reads right before anyone updates it, and updating it in Word or LibreOffice fills in Word's own pages.
 */
import { InternalHyperlink, LeaderType, type ParagraphChild, Tab, TabStopType, TextRun } from "docx";
import type { HeadingInfo } from "../../model.js";
import { field, fieldChar, fieldInstruction } from "./fields.js";

/**
 * Headings 2 and 3 at contents levels 2 and 3 (\t): the document's title (Heading 1) is not an entry, as in
 * the PDF and the web page. Not \o "2-3": LibreOffice reads an outline range as "levels 1 to 3" and would
 * add the title to the list when it updates it; a style list it follows exactly, as Word does.
 */
export const CONTENTS_INSTRUCTION = 'TOC \\h \\z \\t "Heading 2,2,Heading 3,3"';

export interface ContentsEntry {
  /** The entry's paragraph style: TOC2 or TOC3, the styles Word's TOC field gives headings of levels 2 and 3. */
  style: string;
  children: ParagraphChild[];
}

/**
 * The entries, in order; the first opens the TOC field and the last closes it. `pages` maps a heading id to
 * its 1-based page; an entry without a page shows no number (PAGEREF still gives one once updated).
 */
export function contentsEntries(
  headings: readonly HeadingInfo[],
  bookmarks: ReadonlyMap<string, string>,
  pages: ReadonlyMap<string, number>,
): ContentsEntry[] {
  const entries = headings.filter((h) => h.depth >= 2 && h.depth <= 3);
  return entries.map((heading, index) => {
    const anchor = bookmarks.get(heading.id);
    const page = pages.get(heading.id);
    const label: ParagraphChild[] = [new TextRun(heading.text), new TextRun({ children: [new Tab()] })];
    if (anchor)
      label.push(...field(`PAGEREF ${anchor} \\h`, [new TextRun(page === undefined ? "" : String(page))]));
    else if (page !== undefined) label.push(new TextRun(String(page)));
    const linked: ParagraphChild[] = anchor ? [new InternalHyperlink({ anchor, children: label })] : label;
    const children: ParagraphChild[] = [];
    if (index === 0)
      children.push(fieldChar("begin"), fieldInstruction(CONTENTS_INSTRUCTION), fieldChar("separate"));
    children.push(...linked);
    if (index === entries.length - 1) children.push(fieldChar("end"));
    return { style: `TOC${heading.depth}`, children };
  });
}

/** Tab stops for an entry: the page number right-aligned at the text's right edge, dots before it. */
export function contentsTabStops(textWidth: number) {
  return [{ type: TabStopType.RIGHT, position: textWidth, leader: LeaderType.DOT }];
}
