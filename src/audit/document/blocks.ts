/**
 * The document model: a policy as the blocks a reader sees (headings, paragraphs, list items, tables), each
 * with its range in SourceDocument.text and its place in words a person can find in the original — the page
 * of a PDF, the section and paragraph of a Word or web page, the line of a Markdown or text file. Rules keep
 * reporting text offsets; the engine turns them into a place through these blocks (./place.ts).
 */

/** Where a block (or a finding) is, as a person finds it in the original document. */
export interface BlockPlace {
  /** PDF: the page, 1-based. */
  page?: number;
  /** Word/HTML: the nearest heading before it, its number and words ("6 Recognition of harm"). */
  section?: string;
  /** Word/HTML: the paragraph's number under that heading (1-based; list items and tables count as one). */
  paragraph?: number;
  /** Word/HTML table cells: the row, 1-based (the header row is row 1). */
  row?: number;
  /** Word: the page header or footer. */
  region?: "header" | "footer";
  /** Markdown and text: line and column of its first character (1-based). */
  line?: number;
  column?: number;
}

interface BlockBase {
  /** 0-based range in SourceDocument.text. */
  offset: number;
  endOffset: number;
  place: BlockPlace;
  /** Word: the block is in a page header or footer. */
  region?: "header" | "footer";
}

export interface HeadingBlock extends BlockBase {
  kind: "heading";
  depth: number;
  /** Its number when numbered ("6", "6.2", "A"), without the trailing dot. */
  number?: string;
  /** Its words after the number. */
  title: string;
}

export interface ParagraphBlock extends BlockBase {
  kind: "paragraph";
}

export interface ListItemBlock extends BlockBase {
  kind: "listItem";
  /** 1 for a top-level item, 2 inside another item, … */
  level: number;
  ordered: boolean;
  /** The marker as written in the text: "1.", "-", … */
  marker: string;
  /** Ordered items: their number. */
  number?: number;
}

export interface TableCell {
  text: string;
  offset: number;
  endOffset: number;
}

export interface TableBlock extends BlockBase {
  kind: "table";
  rows: TableCell[][];
  /** The first row holds column headings (th / thead, or a Markdown table's header row). */
  headerRow: boolean;
}

export type Block = HeadingBlock | ParagraphBlock | ListItemBlock | TableBlock;

/**
 * A heading's number and title: "6. Recognition of harm", "6.2 Who", "Section 4: Records", "Part B – Staff",
 * "Clause 4 Records", "Article 12: Rights".
 */
const NUMBERED =
  /^(?:(?:section|part|chapter|appendix|annexe?|schedule|clause|article)\s+)?((?:\d{1,3}(?:\.\d{1,3}){0,4})|[A-Z](?=[.:)\s–—-]))[.:)]?(?:\s*[–—-]\s*|\s+)(?=\S)/i;

export function headingNumber(words: string): { number?: string; title: string } {
  const trimmed = words.replace(/\s+/g, " ").trim();
  const match = NUMBERED.exec(trimmed);
  // A lone capital letter is a number only when a word says so or a mark follows it ("B. Staff", "Part B").
  if (
    match &&
    !(
      /^[A-Z]$/i.test(match[1]) &&
      !/^(?:section|part|chapter|appendix|annexe?|schedule|clause|article)\s|^[A-Z][.:)]/i.test(trimmed)
    )
  )
    return { number: match[1], title: trimmed.slice(match[0].length) };
  return { title: trimmed };
}
