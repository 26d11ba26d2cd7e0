/**
 * A PDF's paragraphs, from its reader's blocks: a PDF's text keeps no blank line between paragraphs, so the words
 * of one paragraph (and where it ends) are the blocks', not the text's.
 */
import type { SourceDocument } from "../rule.js";

/** Where a paragraph is in the text: a PDF's, from its reader's blocks (its text has no blank line between them). */
export type ParagraphAt = (offset: number) => { offset: number; endOffset: number } | undefined;

/**
 * The paragraph (or list item) of the body around an offset, from the reader's blocks; running headers and footers
 * are no paragraph. One that a page break cut (its second part starts where a cut of `joinPageCuts` ends, `cuts`)
 * starts where its first part does.
 */
export function pdfParagraphs(
  document: Pick<SourceDocument, "blocks">,
  cuts: ReadonlyArray<[number, number]> = [],
): ParagraphAt {
  const paragraphs = (document.blocks ?? [])
    .filter(
      (b) => (b.kind === "paragraph" || b.kind === "listItem") && (b.place.region ?? b.region) === undefined,
    )
    .sort((a, b) => a.offset - b.offset);
  return (offset) => {
    let i = paragraphs.findIndex((p) => p.offset <= offset && offset < p.endOffset);
    if (i < 0) return undefined;
    const endOffset = paragraphs[i].endOffset;
    while (
      i > 0 &&
      cuts.some(([from, to]) => to === paragraphs[i].offset && from <= paragraphs[i - 1].endOffset)
    )
      i--;
    return { offset: paragraphs[i].offset, endOffset };
  };
}
