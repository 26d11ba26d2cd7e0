/**
 * Word output: the filled Markdown tree → a .docx through the `docx` package.
 * Real heading styles (the navigation pane works), a contents list written as static entries linked to
 * bookmarks (it shows in Word and LibreOffice without a field update), lists, tables with a repeated
 * header row, header and footer with "Page X of Y", document properties, en-GB, A4.
 * The bytes are made deterministic afterwards (see canonical.ts).
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  InternalHyperlink,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import type {
  Blockquote,
  Heading,
  List,
  ListItem,
  Table as MdTable,
  PhrasingContent,
  RootContent,
} from "mdast";
import type { PolicyDocument } from "../../model.js";
import { safeDocument } from "../safe.js";
import { bookmarkNames } from "./bookmarks.js";
import { canonicalDocx, canonicalFiles } from "./canonical.js";
import { type InlineStyle, inlineRuns } from "./inline.js";

const FONT = "Arial";
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm
const TEXT_WIDTH = A4.width - 2 * MARGIN;
const HEADING_LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

type Block = Paragraph | Table;

/**
 * A named table style ("Policy Table" in Word's table styles, added to styles.xml by canonical.ts): grid borders, a shaded bold header row.
 * Tables also carry the same borders and shading directly, for readers that ignore table styles.
 */
const POLICY_TABLE_STYLE =
  '<w:style w:type="table" w:styleId="PolicyTable"><w:name w:val="Policy Table"/><w:basedOn w:val="TableNormal"/><w:uiPriority w:val="39"/>' +
  "<w:tblPr><w:tblBorders>" +
  ["top", "left", "bottom", "right", "insideH", "insideV"]
    .map((side) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="8EAADB"/>`)
    .join("") +
  '</w:tblBorders><w:tblCellMar><w:left w:w="80" w:type="dxa"/><w:right w:w="80" w:type="dxa"/></w:tblCellMar></w:tblPr>' +
  '<w:tblStylePr w:type="firstRow"><w:rPr><w:b/></w:rPr><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="D9E2F3"/></w:tcPr></w:tblStylePr>' +
  "</w:style>";

interface State {
  doc: PolicyDocument;
  bookmarks: Map<string, string>;
  /** Next numbering instance, so every numbered list counts from 1. */
  listInstance: number;
}

export async function renderDocx(unsafe: PolicyDocument): Promise<Uint8Array> {
  const doc = safeDocument(unsafe);
  const state: State = { doc, bookmarks: bookmarkNames(doc.headings), listInstance: 0 };
  const children: Block[] = [];
  if (doc.meta.logo) {
    const logo = doc.meta.logo;
    const width = Math.min(220, logo.width);
    const height = Math.round((logo.height / logo.width) * width);
    children.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: logo.type,
            data: logo.data,
            transformation: { width, height },
            altText: { name: "Logo", title: logo.alt, description: logo.alt },
          }),
        ],
      }),
    );
  }
  for (const node of doc.tree.children) children.push(...block(node, state));

  const { meta } = doc;
  const document = new Document({
    creator: meta.author,
    lastModifiedBy: "policysmith",
    title: `${meta.title} — ${meta.settingName}`,
    subject: meta.subject,
    keywords: meta.keywords.join(", "),
    description: `${meta.title} of ${meta.settingName}, version ${meta.version}. Next review: ${meta.nextReviewText}.`,
    revision: 1,
    features: { updateFields: false },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: "en-GB" } },
          paragraph: { spacing: { after: 120, line: 276 } },
        },
        heading1: {
          run: { font: FONT, size: 36, bold: true, color: "1F3864" },
          paragraph: { spacing: { before: 240, after: 200 }, keepNext: true, keepLines: true },
        },
        heading2: {
          run: { font: FONT, size: 28, bold: true, color: "1F3864" },
          paragraph: { spacing: { before: 320, after: 120 }, keepNext: true, keepLines: true },
        },
        heading3: {
          run: { font: FONT, size: 24, bold: true, color: "2E5395" },
          paragraph: { spacing: { before: 240, after: 80 }, keepNext: true, keepLines: true },
        },
        heading4: {
          run: { font: FONT, size: 22, bold: true, color: "2E5395" },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true },
        },
        hyperlink: { run: { color: "0563C1", underline: {} } },
      },
      paragraphStyles: [
        {
          id: "TOC1",
          name: "toc 1",
          basedOn: "Normal",
          next: "Normal",
          paragraph: { spacing: { after: 60 } },
        },
        {
          id: "TOC2",
          name: "toc 2",
          basedOn: "Normal",
          next: "Normal",
          paragraph: { spacing: { after: 40 }, indent: { left: 400 } },
        },
        {
          id: "TOC3",
          name: "toc 3",
          basedOn: "Normal",
          next: "Normal",
          paragraph: { spacing: { after: 40 }, indent: { left: 800 } },
        },
        {
          id: "TOCHeading",
          name: "TOC Heading",
          basedOn: "Normal",
          next: "Normal",
          run: { font: FONT, size: 28, bold: true, color: "1F3864" },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        {
          id: "Quote",
          name: "Quote",
          basedOn: "Normal",
          next: "Normal",
          run: { italics: true, color: "404040" },
          paragraph: {
            indent: { left: 567 },
            border: { left: { style: BorderStyle.SINGLE, size: 12, color: "8EAADB", space: 8 } },
          },
        },
        {
          id: "SourceCode",
          name: "Source Code",
          basedOn: "Normal",
          run: { font: "Consolas", size: 20 },
          paragraph: { spacing: { after: 0 }, shading: { type: ShadingType.CLEAR, fill: "F2F2F2" } },
        },
        {
          id: "HeaderText",
          name: "Header Text",
          basedOn: "Normal",
          run: { size: 18, color: "595959" },
          paragraph: { spacing: { after: 0 } },
        },
      ],
    },
    numbering: {
      config: [
        {
          reference: "bullets",
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.BULLET,
            text: ["•", "◦", "▪"][level % 3],
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 567 * (level + 1), hanging: 283 } } },
          })),
        },
        {
          reference: "numbers",
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN][level % 3],
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 567 * (level + 1), hanging: 397 } } },
          })),
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN, header: 567, footer: 567 },
          },
        },
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                style: "HeaderText",
                children: [new TextRun(`${meta.settingName} — ${meta.title}`)],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: "HeaderText",
                children: [
                  new TextRun(`Version ${meta.version} · Next review: ${meta.nextReviewText} · `),
                  new TextRun({ children: ["Page ", PageNumber.CURRENT, " of ", PageNumber.TOTAL_PAGES] }),
                ],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  // The package's files before zipping (docx's own compile step), so they are zipped once, canonical.
  const compiler = (
    Packer as unknown as { compiler?: { compile(file: Document): Map<string, string | Uint8Array> } }
  ).compiler;
  // The docx package drops its default styles when given extra ones, so the table style is added to styles.xml here.
  if (compiler) return canonicalFiles(compiler.compile(document), meta.date, POLICY_TABLE_STYLE);
  return canonicalDocx(new Uint8Array(await Packer.toBuffer(document)), meta.date, POLICY_TABLE_STYLE);
}

function block(node: RootContent, state: State, quote = false): Block[] {
  switch (node.type) {
    case "heading":
      return [heading(node, state)];
    case "paragraph":
      return [
        new Paragraph({
          style: quote ? "Quote" : undefined,
          children: inlineRuns(node.children, state.bookmarks),
        }),
      ];
    case "list":
      return list(node, state, 0);
    case "table":
      return [table(node, state), new Paragraph({ spacing: { after: 0 }, children: [] })];
    case "blockquote":
      return blockquote(node, state);
    case "code":
      return node.value
        .split("\n")
        .map((line) => new Paragraph({ style: "SourceCode", children: [new TextRun(line)] }));
    case "thematicBreak":
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "A6A6A6", space: 1 } },
          children: [],
        }),
      ];
    case "toc":
      return contents(state);
    case "html":
      return [new Paragraph({ children: [new TextRun(node.value)] })];
    case "definition":
      return [];
    default:
      throw new Error(
        `Word renderer: no handler for Markdown node type '${node.type}'${node.position ? ` at line ${node.position.start.line}` : ""}`,
      );
  }
}

function heading(node: Heading, state: State): Paragraph {
  const id = (node.data as { id?: string } | undefined)?.id;
  const runs = inlineRuns(node.children, state.bookmarks);
  const name = id ? state.bookmarks.get(id) : undefined;
  return new Paragraph({
    heading: HEADING_LEVELS[node.depth - 1],
    children: name ? [new Bookmark({ id: name, children: runs })] : runs,
  });
}

function contents(state: State): Paragraph[] {
  const entries = state.doc.headings.filter((h) => h.depth >= 2 && h.depth <= 3);
  if (entries.length === 0) return [];
  const out: Paragraph[] = [new Paragraph({ style: "TOCHeading", children: [new TextRun("Contents")] })];
  for (const entry of entries) {
    const anchor = state.bookmarks.get(entry.id);
    const run = new TextRun({ text: entry.text, style: "Hyperlink" });
    out.push(
      new Paragraph({
        style: `TOC${entry.depth - 1}`,
        children: anchor ? [new InternalHyperlink({ anchor, children: [run] })] : [run],
      }),
    );
  }
  return out;
}

function list(node: List, state: State, level: number): Paragraph[] {
  const numbered = node.ordered === true;
  const instance = numbered ? ++state.listInstance : 0;
  const out: Paragraph[] = [];
  for (const item of node.children as ListItem[]) {
    let first = true;
    for (const child of item.children) {
      if (child.type === "list") {
        out.push(...list(child, state, Math.min(level + 1, 8)));
      } else if (child.type === "paragraph" && first) {
        out.push(
          new Paragraph({
            numbering: numbered ? { reference: "numbers", level, instance } : { reference: "bullets", level },
            spacing: { after: 60 },
            children: inlineRuns(child.children, state.bookmarks),
          }),
        );
        first = false;
      } else if (child.type === "paragraph") {
        out.push(
          new Paragraph({
            indent: { left: 567 * (level + 1) },
            spacing: { after: 60 },
            children: inlineRuns(child.children, state.bookmarks),
          }),
        );
      } else {
        out.push(...(block(child, state) as Paragraph[]));
      }
    }
  }
  return out;
}

function blockquote(node: Blockquote, state: State): Block[] {
  const out: Block[] = [];
  for (const child of node.children) out.push(...block(child, state, true));
  return out;
}

function table(node: MdTable, state: State): Table {
  const columns = Math.max(...node.children.map((row) => row.children.length));
  const border = { style: BorderStyle.SINGLE, size: 4, color: "8EAADB" };
  const bold: InlineStyle = { bold: true };
  return new Table({
    style: "PolicyTable",
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: Array.from({ length: columns }, () => Math.floor(TEXT_WIDTH / columns)),
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: node.children.map(
      (row, rowIndex) =>
        new TableRow({
          tableHeader: rowIndex === 0,
          cantSplit: true,
          children: Array.from({ length: columns }, (_, c) => {
            const cell = row.children[c];
            const content = (cell?.children ?? []) as PhrasingContent[];
            return new TableCell({
              shading: rowIndex === 0 ? { type: ShadingType.CLEAR, fill: "D9E2F3" } : undefined,
              margins: { top: 40, bottom: 40, left: 80, right: 80 },
              children: [
                new Paragraph({
                  spacing: { after: 0 },
                  alignment:
                    node.align?.[c] === "right"
                      ? AlignmentType.RIGHT
                      : node.align?.[c] === "center"
                        ? AlignmentType.CENTER
                        : undefined,
                  children: inlineRuns(
                    content,
                    state.bookmarks,
                    rowIndex === 0 ? { style: bold } : undefined,
                  ),
                }),
              ],
            });
          }),
        }),
    ),
  });
}
