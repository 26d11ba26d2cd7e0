/**
 * Markdown tables → Word tables: columns sized from their content as the PDF sizes them (natural widths when
 * they fit, otherwise the room shared by how much more each column wants than its longest word), a fixed
 * layout so Word and LibreOffice keep those widths, w:tblGrid equal to the cells' widths, and a repeated
 * header row. No merged cells (screen readers lose their place in them; Word's Accessibility Checker warns).
 * A key–value table (two columns, a header with only its first cell filled, like "Policy details") has its
 * title in a caption paragraph above it, a header row that names its columns (KEY_VALUE_HEADERS) and its keys
 * as a header column (Word's Table Design → First Column), in bold.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  type ParagraphChild,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  WidthType,
} from "docx";
import type { Table as MdTable, PhrasingContent } from "mdast";
import { toString as plainText } from "mdast-util-to-string";
import { type InlineStyle, inlineRuns } from "./inline.js";

/** Cell margins (twips) left and right, as in the table style. */
const CELL_PAD = 80;
const BORDER = { style: BorderStyle.SINGLE, size: 4, color: "8EAADB" };

/**
 * An estimate of a text's width in twips at 11 pt in DejaVu Sans, from the font's typical advances (em
 * fractions). Close enough to share columns out; Word and LibreOffice wrap the text themselves.
 */
export function textWidth(text: string, bold = false): number {
  let em = 0;
  for (const char of text) {
    if (char === " ") em += 0.318;
    else if (/[0-9]/.test(char)) em += 0.636;
    else if (/[iljtfr.,:;'!|()[\]]/.test(char)) em += 0.33;
    else if (/[mwMW@]/.test(char)) em += 0.93;
    else if (/[A-Z]/.test(char)) em += 0.7;
    else em += 0.6;
  }
  return em * 220 * (bold ? 1.08 : 1);
}

/** Column widths in twips, summing to `total` exactly; the PDF's rule (src/render/pdf/layout.ts) on estimated widths. */
export function columnWidths(
  cells: readonly (readonly string[])[],
  columns: number,
  total: number,
): number[] {
  const pad = 2 * CELL_PAD;
  const natural = new Array<number>(columns).fill(pad + 240);
  const minimum = new Array<number>(columns).fill(pad + 240);
  cells.forEach((row, r) => {
    row.slice(0, columns).forEach((text, c) => {
      natural[c] = Math.max(natural[c], textWidth(text, r === 0) + pad);
      // A word must fit its column whole ("safeguardin|g" in a Role column is what a reader sees otherwise), with
      // a tenth to spare for the estimate; an address breaks after @ . / - anyway, so it asks for less room.
      for (const word of text.split(/\s+/)) {
        const address = /[@/]|\.\w/.test(word);
        const need = address
          ? Math.min(textWidth(word, r === 0) + pad, total * 0.18)
          : textWidth(word, r === 0) * 1.1 + pad;
        minimum[c] = Math.max(minimum[c], Math.min(need, total * 0.3));
      }
    });
  });
  // Short cells (a phone number, a date) stay on one line when they can.
  for (let c = 0; c < columns; c++)
    if (natural[c] <= total * 0.2) minimum[c] = Math.max(minimum[c], natural[c]);
  const sum = (list: number[]) => list.reduce((a, b) => a + b, 0);
  let widths: number[];
  if (sum(natural) <= total) widths = natural.map((w) => (w / sum(natural)) * total);
  else if (sum(minimum) >= total) widths = minimum.map((w) => (w / sum(minimum)) * total);
  else {
    const want = natural.map((n, c) => n - minimum[c]);
    const room = total - sum(minimum);
    widths = minimum.map((m, c) => m + (room * want[c]) / (sum(want) || 1));
  }
  const rounded = widths.map((w) => Math.floor(w));
  rounded[columns - 1] += total - sum(rounded);
  return rounded;
}

/** The column headers a key–value table gets in place of its title and an empty cell. */
export const KEY_VALUE_HEADERS = ["Item", "Details"] as const;

/** A two-column table whose header row names only its first column: keys and values under one title. */
export function isKeyValueTable(node: MdTable): boolean {
  const [header] = node.children;
  if (header?.children.length !== 2 || node.children.some((row) => row.children.length > 2)) return false;
  const texts = header.children.map((cell) => plainText(cell).trim());
  return texts[0] !== "" && texts.slice(1).every((t) => t === "");
}

/** A key–value table's own title ("Policy details"); other tables are named by the heading they are under. */
export function tableTitle(node: MdTable): string | undefined {
  return isKeyValueTable(node) ? plainText(node.children[0].children[0]).trim() : undefined;
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/**
 * Gives the tables of the body, in order, their titles (w:tblCaption, the last of the table properties; the
 * docx package does not write it): the name Word's "Alt Text" and screen readers give a table.
 */
export function withTableTitles(document: string, titles: readonly string[]): string {
  let index = 0;
  return document.replace(/<w:tbl><w:tblPr>([\s\S]*?)<\/w:tblPr>/g, (whole, properties: string) => {
    const title = titles[index++];
    return title === undefined
      ? whole
      : `<w:tbl><w:tblPr>${properties}<w:tblCaption w:val="${escapeXml(title)}"/></w:tblPr>`;
  });
}

/** A table as rows of cells: each cell's width, whether it is a header cell (shaded), and its paragraph. */
export interface TableLayout extends TableFrame {
  rows: Array<{ header: boolean; cells: Array<{ width: number; shaded: boolean; paragraph: Paragraph }> }>;
}

/** What tableXml writes around a table's cells: the columns' widths, the kind of table, each cell's width and shading. */
export interface TableFrame {
  widths: number[];
  keyValue: boolean;
  rows: Array<{ header: boolean; cells: Array<{ width: number; shaded: boolean }> }>;
}

/** A table's frame and, for each cell, what its paragraph holds: the content, in bold or not, and its alignment. */
export interface TableGeometry extends TableFrame {
  rows: Array<{
    header: boolean;
    cells: Array<{
      width: number;
      shaded: boolean;
      content: PhrasingContent[];
      style?: InlineStyle;
      alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
    }>;
  }>;
}

export function tableLayout(
  node: MdTable,
  bookmarks: ReadonlyMap<string, string>,
  total: number,
): TableLayout {
  const geometry = tableGeometry(node, total);
  return {
    ...geometry,
    rows: geometry.rows.map((row) => ({
      header: row.header,
      cells: row.cells.map((cell) => ({
        width: cell.width,
        shaded: cell.shaded,
        paragraph: new Paragraph({
          spacing: { after: 0 },
          alignment: cell.alignment,
          children: inlineRuns(
            cell.content,
            bookmarks,
            cell.style ? { style: cell.style } : undefined,
          ) as ParagraphChild[],
        }),
      })),
    })),
  };
}

/** The table's columns and cells, before any docx object is made of them. */
export function tableGeometry(node: MdTable, total: number): TableGeometry {
  const columns = Math.max(...node.children.map((row) => row.children.length));
  const keyValue = isKeyValueTable(node);
  const texts = node.children.map((row) =>
    Array.from({ length: columns }, (_, c) => (row.children[c] ? plainText(row.children[c]) : "")),
  );
  if (keyValue) texts[0] = [...KEY_VALUE_HEADERS];
  const widths = columnWidths(texts, columns, total);
  const alignment = (c: number) =>
    node.align?.[c] === "right"
      ? AlignmentType.RIGHT
      : node.align?.[c] === "center"
        ? AlignmentType.CENTER
        : undefined;
  const bold: InlineStyle = { bold: true };
  return {
    widths,
    keyValue,
    rows: node.children.map((row, rowIndex) => {
      const header = rowIndex === 0;
      const content = (c: number): PhrasingContent[] =>
        header && keyValue
          ? [{ type: "text", value: KEY_VALUE_HEADERS[c] }]
          : ((row.children[c]?.children ?? []) as PhrasingContent[]);
      return {
        header,
        cells: Array.from({ length: columns }, (_, c) => {
          const style = header || (keyValue && c === 0) ? bold : undefined;
          return { width: widths[c], shaded: header, content: content(c), style, alignment: alignment(c) };
        }),
      };
    }),
  };
}

export function table(node: MdTable, bookmarks: ReadonlyMap<string, string>, total: number): Table {
  return docxTable(tableLayout(node, bookmarks, total), total);
}

/** The table as the docx package's Table. */
export function docxTable(layout: TableLayout, total: number): Table {
  return new Table({
    style: "PolicyTable",
    width: { size: total, type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: layout.widths,
    // The header row, and for a key–value table the key column, are headers (Word's Table Design options).
    tableLook: {
      firstRow: true,
      firstColumn: layout.keyValue,
      lastRow: false,
      lastColumn: false,
      noHBand: true,
      noVBand: true,
    },
    borders: {
      top: BORDER,
      bottom: BORDER,
      left: BORDER,
      right: BORDER,
      insideHorizontal: BORDER,
      insideVertical: BORDER,
    },
    rows: layout.rows.map(
      (row) =>
        new TableRow({
          tableHeader: row.header,
          cantSplit: true,
          children: row.cells.map(
            (cell) =>
              new TableCell({
                width: { size: cell.width, type: WidthType.DXA },
                shading: cell.shaded ? { type: ShadingType.CLEAR, fill: "D9E2F3" } : undefined,
                margins: { top: 40, bottom: 40, left: CELL_PAD, right: CELL_PAD },
                children: [cell.paragraph],
              }),
          ),
        }),
    ),
  });
}

const BORDER_XML = `w:val="single" w:color="${BORDER.color}" w:sz="${BORDER.size}"`;
const CELL_MARGINS_XML = `<w:tcMar><w:top w:type="dxa" w:w="40"/><w:left w:type="dxa" w:w="${CELL_PAD}"/><w:bottom w:type="dxa" w:w="40"/><w:right w:type="dxa" w:w="${CELL_PAD}"/></w:tcMar>`;

/**
 * The same table's WordprocessingML written here around its cells' paragraphs (which docx writes): what docxTable
 * gives, byte for byte (test/render-docx-cache.test.ts compares the two on every example and generated setting),
 * at a fraction of the cost — the table's frame is all fixed properties and widths.
 */
export function tableXml(layout: TableFrame, total: number, cells: readonly string[]): string {
  let next = 0;
  const borders = ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((side) => `<w:${side} ${BORDER_XML}/>`)
    .join("");
  const out = [
    `<w:tbl><w:tblPr><w:tblStyle w:val="PolicyTable"/><w:tblW w:type="dxa" w:w="${total}"/><w:tblBorders>${borders}</w:tblBorders>`,
    `<w:tblLayout w:type="fixed"/><w:tblLook w:firstRow="true" w:lastRow="false" w:firstColumn="${layout.keyValue}" w:lastColumn="false" w:noHBand="true" w:noVBand="true"/></w:tblPr>`,
    `<w:tblGrid>${layout.widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>`,
  ];
  for (const row of layout.rows) {
    out.push(
      `<w:tr><w:trPr><w:cantSplit/>${row.header ? "<w:tblHeader/>" : '<w:tblHeader w:val="off"/>'}</w:trPr>`,
    );
    for (const cell of row.cells)
      out.push(
        `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${cell.width}"/>${cell.shaded ? '<w:shd w:fill="D9E2F3" w:val="clear"/>' : ""}${CELL_MARGINS_XML}</w:tcPr>${cells[next++]}</w:tc>`,
      );
    out.push("</w:tr>");
  }
  out.push("</w:tbl>");
  if (next !== cells.length)
    throw new Error(`Word renderer: ${cells.length} table cells written for ${next}`);
  return out.join("");
}
