/**
 * The redline as a Word document with real tracked changes: inserted words are w:ins revisions and removed
 * words w:del revisions (docx's InsertedTextRun / DeletedTextRun), by "policysmith", dated with the new model
 * version's changelog date — never the clock — so governors accept or reject each change in Word, and
 * LibreOffice shows them. A whole paragraph added or removed has its paragraph mark tracked too, so rejecting
 * it leaves no empty line. Track changes stays on for the governors' own edits.
 */
import {
  AlignmentType,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  LineRuleType,
  Packer,
  Paragraph,
  type ParagraphChild,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { unzipSync } from "fflate";
import { canonicalFiles } from "../render/docx/canonical.js";
import { HEADING_LEVELS } from "../render/docx/inline.js";
import type { Piece, Redline, RedlineBlock, RedlineSection } from "./redline.js";
import type { RedlineHeader, RedlineSummary } from "./summary.js";

export const REVISION_AUTHOR = "policysmith";
const FONT = "DejaVu Sans";
const INDENT = 567; // 1 cm a level
const TEXT_WIDTH = 11906 - 2 * 1134; // A4 less 2 cm margins, in twips

interface Revisions {
  next: number;
  date: string;
}

export async function redlineDocx(
  redline: Redline,
  header: RedlineHeader,
  summary: RedlineSummary,
): Promise<Uint8Array> {
  const revisions: Revisions = { next: 1, date: `${header.to.date}T00:00:00Z` };
  const children: Array<Paragraph | Table> = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(summary.title)] }),
    new Paragraph({ children: [new TextRun({ text: header.settingName, bold: true })] }),
    ...summary.paragraphs.slice(0, 2).map((text) => new Paragraph({ children: [new TextRun(text)] })),
    ...summary.counts.map(
      (text) =>
        new Paragraph({
          indent: { left: INDENT },
          children: [new TextRun({ text, bold: true })],
        }),
    ),
    ...summary.paragraphs.slice(2).map((text) => new Paragraph({ children: [new TextRun(text)] })),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 240 },
      children: [new TextRun({ text: "— The policy, with the changes marked —", italics: true })],
    }),
  ];
  for (const section of redline.sections) children.push(...sectionParagraphs(section, revisions));
  const document = new Document({
    creator: header.settingName,
    lastModifiedBy: REVISION_AUTHOR,
    title: summary.title,
    subject: `${header.templateTitle} — what changed for ${header.settingName}`,
    description: `Tracked changes from model version ${header.from.version} to ${header.to.version}.`,
    revision: 1,
    features: { trackRevisions: true },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: "en-GB" } },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font: FONT, size: 36, bold: true, color: "1F3864" } },
        heading1: {
          run: { font: FONT, size: 32, bold: true, color: "1F3864" },
          paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, outlineLevel: 0 },
        },
        heading2: {
          run: { font: FONT, size: 28, bold: true, color: "1F3864" },
          paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, outlineLevel: 1 },
        },
        heading3: {
          run: { font: FONT, size: 24, bold: true, color: "2E5395" },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, outlineLevel: 2 },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        children,
      },
    ],
  });
  const files = new Map<string, string | Uint8Array>(
    Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(document)))),
  );
  return canonicalFiles(files, header.to.date);
}

function sectionParagraphs(section: RedlineSection, revisions: Revisions): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  const mark = section.status === "added" ? "inserted" : section.status === "removed" ? "deleted" : "same";
  if (section.title)
    out.push(
      new Paragraph({
        heading: HEADING_LEVELS[Math.min(section.depth, 6) - 1],
        run: paragraphMark(mark, revisions),
        children: runs([{ kind: mark, text: section.title }], revisions),
      }),
    );
  let rows: RedlineBlock[] = [];
  for (const block of section.blocks) {
    if (block.cells) {
      rows.push(block);
      continue;
    }
    out.push(
      ...(rows.length ? [table(rows, revisions)] : []),
      blockParagraph(block, revisions, rows.length > 0),
    );
    rows = [];
  }
  if (rows.length) out.push(table(rows, revisions));
  return out;
}

/** Consecutive table rows as one Word table: a row added or removed whole is a tracked row insertion or deletion. */
function table(rows: RedlineBlock[], revisions: Revisions): Table {
  const columns = Math.max(...rows.map((row) => row.cells?.length ?? 0));
  // Columns as wide as their longest words ask for, between 8 and 60 characters' worth.
  const weights = Array.from({ length: columns }, (_, i) =>
    Math.min(
      60,
      Math.max(8, ...rows.map((row) => (row.cells?.[i] ?? []).reduce((n, p) => n + p.text.length, 0))),
    ),
  );
  const total = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((w) => Math.floor((w / total) * TEXT_WIDTH));
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: rows.map((row) => {
      const whole = row.status === "inserted" ? "inserted" : row.status === "deleted" ? "deleted" : "same";
      const header = row.block.marker === "header";
      const mark = paragraphMark(whole, revisions);
      return new TableRow({
        tableHeader: header,
        cantSplit: true,
        ...(mark ?? {}),
        children: widths.map(
          (width, i) =>
            new TableCell({
              width: { size: width, type: WidthType.DXA },
              children: [
                new Paragraph({
                  spacing: { after: 40 },
                  run: paragraphMark(whole, revisions),
                  children: runs(row.cells?.[i] ?? [], revisions, { bold: header }),
                }),
              ],
            }),
        ),
      });
    }),
  });
}

function blockParagraph(block: RedlineBlock, revisions: Revisions, afterTable: boolean): Paragraph {
  const { kind, level, marker } = block.block;
  const whole = block.status === "inserted" ? "inserted" : block.status === "deleted" ? "deleted" : "same";
  const pieces: Piece[] = [];
  if (kind === "item" && marker) pieces.push({ kind: whole, text: `${marker}\u00a0` });
  pieces.push(...block.pieces);
  const indent = kind === "item" ? INDENT * (level + 1) : kind === "quote" ? INDENT : INDENT * level;
  return new Paragraph({
    spacing: afterTable ? { before: 200 } : undefined,
    indent: indent ? { left: indent, hanging: kind === "item" ? INDENT / 2 : undefined } : undefined,
    run: paragraphMark(whole, revisions),
    children: runs(pieces, revisions, {
      bold: kind === "row" && marker === "header",
      font: kind === "code" ? "DejaVu Sans Mono" : undefined,
      italics: kind === "quote",
    }),
  });
}

interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  font?: string;
}

function runs(pieces: Piece[], revisions: Revisions, style: RunStyle = {}): ParagraphChild[] {
  return pieces.map((piece) => {
    if (piece.kind === "same") return new TextRun({ text: piece.text, ...style });
    const revision = { id: revisions.next++, author: REVISION_AUTHOR, date: revisions.date };
    return piece.kind === "inserted"
      ? new InsertedTextRun({ ...revision, text: piece.text, ...style })
      : new DeletedTextRun({ ...revision, text: piece.text, ...style });
  });
}

/** A whole paragraph added or removed: its paragraph mark is a revision too. */
function paragraphMark(kind: Piece["kind"], revisions: Revisions) {
  if (kind === "same") return undefined;
  const revision = { id: revisions.next++, author: REVISION_AUTHOR, date: revisions.date };
  return kind === "inserted" ? { insertion: revision } : { deletion: revision };
}
