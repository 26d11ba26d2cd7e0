/**
 * Word output: the filled Markdown tree → a .docx through the `docx` package.
 * Real heading styles with outline levels (Word's navigation pane, LibreOffice's navigator and its tagged PDF
 * export see them), a contents list that is a real TOC field whose cached result already shows each entry with
 * the page it has in our PDF (contents.ts), lists, tables sized from their content with a repeated header row
 * (table.ts), spacing by paragraph properties only (no empty paragraphs), header and footer with "Page X of Y",
 * document properties, en-GB, A4.
 * The bytes are made deterministic afterwards (see canonical.ts).
 */
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  Document,
  type FileChild,
  Footer,
  Header,
  type IContext,
  ImageRun,
  type IParagraphOptions,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  type Table,
  TextRun,
} from "docx";
import { strFromU8, unzipSync } from "fflate";
import type { Blockquote, Heading, List, ListItem, RootContent } from "mdast";
import { toString as plainText } from "mdast-util-to-string";
import type { PolicyDocument } from "../../model.js";
import { safeDocument } from "../safe.js";
import {
  BlockMarker,
  BodyWriter,
  blockKey,
  type CompiledIds,
  cutAtMarkers,
  type LinkRecord,
  lookup,
  neutralPiece,
  PieceMarker,
  type ReusedBlock,
  remember,
  withTableFrames,
} from "./block-reuse.js";
import { BlockXmlWriter, blockXmlUse, NOT_WRITTEN } from "./body-xml.js";
import { bookmarkNames } from "./bookmarks.js";
import { canonicalFiles, relationshipIdMap } from "./canonical.js";
import { contentsEntries, contentsTabStops } from "./contents.js";
import { type EmbeddedFamily, embedFonts, ITALICS } from "./embed-fonts.js";
import { HEADING_LEVELS, inlineRuns } from "./inline.js";
import { ListSequence, type PartTexts, skeletonFiles, skeletonsAvailable } from "./skeleton.js";
import { type TableLayout, table, tableLayout, tableTitle, tableXml, withTableTitles } from "./table.js";
import { xmlText } from "./xml-text.js";

/** The PDF's typefaces (src/render/pdf/fonts.ts), embedded in the file (embed-fonts.ts). */
const FONT = "DejaVu Sans";
export const MONO_FONT = "DejaVu Sans Mono";
const A4 = { width: 11906, height: 16838 };
const MARGIN = 1134; // 2 cm
const TEXT_WIDTH = A4.width - 2 * MARGIN;

type Block = Paragraph | Table | PieceMarker;

/** A top-level block of the body: written fresh by docx this time, or reused from an earlier document. */
type Group =
  | { kind: "reused"; block: ReusedBlock; listBase: number }
  | {
      kind: "fresh";
      /** Its cache key; none for the logo, which is never reused. */
      key?: string;
      listBase: number;
      /** The titles of its tables, in order. */
      titles: string[];
      lists?: number;
      afterTable?: boolean;
      section?: string;
    };

/** The relationships docx adds to the body while it writes it (hyperlinks), by id, as it adds them. */
function recordLinks(file: Document): Map<string, LinkRecord> {
  const links = new Map<string, LinkRecord>();
  const relationships = file.Document.Relationships;
  const add = relationships.addRelationship.bind(relationships);
  relationships.addRelationship = (id, type, target, mode) => {
    links.set(`rId${id}`, [type, target, mode]);
    add(id, type, target, mode);
  };
  return links;
}

/**
 * Parts of the package that are the same for every document — the styles (from the constant options above) and
 * docx's theme — as docx wrote them the first time: later documents skip serialising them (the styles are a tenth
 * of the rest of the compile). Only when reuse is on; `cache: false` writes them every time, and the bytes agree
 * (test/render-docx-cache.test.ts).
 */
const constantParts = new Map<string, string>();
const CONSTANT_PARTS: ReadonlyArray<[path: string, part: (file: Document) => { prepForXml: unknown }]> = [
  ["word/styles.xml", (file) => file.Styles],
  ["word/theme/theme1.xml", (file) => file.Theme],
];

function skipConstantParts(file: Document): void {
  for (const [path, part] of CONSTANT_PARTS)
    if (constantParts.has(path)) part(file).prepForXml = () => ({ "ps:constant": {} });
}

function withConstantParts(files: Map<string, string | Uint8Array>): void {
  for (const [path] of CONSTANT_PARTS) {
    const known = constantParts.get(path);
    const written = files.get(path);
    if (known !== undefined) files.set(path, known);
    else if (typeof written === "string") constantParts.set(path, written);
  }
}

/**
 * numbering.xml is docx's abstract lists (the same in every document: the options below) and one w:num for each
 * list the body uses, so it is a function of those lists in order. Kept by that sequence when reuse is on: a
 * document whose lists are an earlier one's does not serialise them again. The bytes are the same either way
 * (test/render-docx-cache.test.ts).
 */
const numberingParts = new Map<string, string>();
const NUMBERING_PARTS = 256;
/** How many documents took a known numbering.xml (for the tests). */
export const numberingReuse = { hits: 0 };

/** Has docx skip numbering.xml when it is known; returns what puts the known part in (or keeps the new one). */
function skipKnownNumbering(file: Document): (files: Map<string, string | Uint8Array>) => void {
  const numbering = file.Numbering;
  const prepare = numbering.prepForXml.bind(numbering);
  let key: string | undefined;
  numbering.prepForXml = (context) => {
    key = numbering.ConcreteNumbering.map(
      (n) => `${n.numId}:${n.reference}:${n.instance}:${n.restartedListId ?? ""}`,
    ).join(",");
    return numberingParts.has(key)
      ? ({ "ps:numbering": {} } as ReturnType<typeof prepare>)
      : prepare(context);
  };
  return (files) => {
    if (key === undefined) return;
    const known = numberingParts.get(key);
    const written = files.get("word/numbering.xml");
    if (known !== undefined) {
      files.set("word/numbering.xml", known);
      numberingReuse.hits++;
    } else if (typeof written === "string") {
      if (numberingParts.size >= NUMBERING_PARTS) numberingParts.clear();
      numberingParts.set(key, written);
    }
  };
}

/**
 * The body put together: the compiled document.xml cut at the block markers, each block docx wrote kept (and
 * cached, when reuse is on), each reused block written from the cache with this document's ids.
 */
function assembleBody(
  documentXml: string,
  groups: readonly Group[],
  context: {
    relationshipIds: readonly (readonly string[])[];
    links: ReadonlyMap<string, LinkRecord>;
    file: Document;
    writer: BodyWriter;
    reuse: boolean;
    tableFrames?: readonly TableLayout[];
    /** The canonical relationship ids (canonical.ts, relationshipIdMap), written into the body's links. */
    canonicalIds: ReadonlyMap<string, string>;
  },
): { xml: string; canonical: boolean } {
  const { before, pieces, after } = cutAtMarkers(documentXml);
  const final = (ids: readonly string[]) => ids.map((id) => context.canonicalIds.get(id) ?? id);
  // The body keeps canonical ids as written unless a piece docx wrote is used as it is with ids of its own.
  let canonical = !hasIds(before, context.canonicalIds) && !hasIds(after, context.canonicalIds);
  if (pieces.length !== groups.length)
    throw new Error(`Word renderer: ${pieces.length} blocks written for ${groups.length}`);
  const concrete = context.file.Numbering.ConcreteNumbering;
  const ids: CompiledIds = {
    lists: new Map(concrete.map((n) => [String(n.numId), { reference: n.reference, instance: n.instance }])),
    links: context.links,
  };
  const numIds = new Map(concrete.map((n) => [`${n.reference}-${n.instance}`, String(n.numId)]));
  const out = [before];
  groups.forEach((group, i) => {
    const frames = context.tableFrames;
    const piece =
      frames && group.kind === "fresh"
        ? withTableFrames(pieces[i], (index, cells) => tableXml(frames[index], TEXT_WIDTH, cells))
        : pieces[i];
    if (group.kind === "reused") {
      if (piece !== "") throw new Error("Word renderer: a reused block's marker was written with content");
      out.push(
        context.writer.write(group.block, group.listBase, final(context.relationshipIds[i] ?? []), numIds),
      );
      return;
    }
    const neutral = neutralPiece(piece, ids, group.listBase, group.titles);
    if (!neutral) {
      const raw = group.titles.length ? withTableTitles(piece, group.titles) : piece;
      if (hasIds(raw, context.canonicalIds)) canonical = false;
      out.push(context.writer.raw(raw));
      return;
    }
    if (group.key !== undefined && context.reuse)
      remember(group.key, {
        xml: neutral.xml,
        numbering: neutral.numbering,
        links: neutral.links,
        bookmarks: neutral.bookmarks,
        characters: neutral.characters,
        lists: group.lists ?? 0,
        afterTable: group.afterTable ?? false,
        section: group.section,
      });
    out.push(context.writer.write(neutral, group.listBase, final(neutral.relationshipIds), numIds));
  });
  out.push(after);
  return { xml: out.join(""), canonical };
}

/** Whether some XML has what canonical.ts would renumber: a bookmark, a drawing or a relationship id it maps. */
function hasIds(xml: string, canonicalIds: ReadonlyMap<string, string>): boolean {
  if (xml.includes("<w:bookmark") || xml.includes("<wp:docPr")) return true;
  for (const match of xml.matchAll(/\b(?:Id|r:id|r:embed|r:link)="([^"]+)"/g))
    if (canonicalIds.has(match[1])) return true;
  return false;
}

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
  '<w:tblStylePr w:type="firstCol"><w:rPr><w:b/></w:rPr></w:tblStylePr>' +
  "</w:style>";

/** Space between a table and the paragraph after it (twips), given to that paragraph, not to an empty one. */
const SPACE_AFTER_TABLE = 200;

interface State {
  doc: PolicyDocument;
  bookmarks: Map<string, string>;
  /** Heading id → the page it starts on in our PDF, for the contents list's cached page numbers. */
  pages: ReadonlyMap<string, number>;
  /** Next numbering instance, so every numbered list counts from 1. */
  listInstance: number;
  /** The last block written was a table: the next paragraph keeps its distance by its own spacing. */
  afterTable: boolean;
  /** The text of the heading the writing is under, which names a table written there. */
  section?: string;
  /** Each table's title (w:tblCaption), in document order. */
  tableTitles: string[];
  /**
   * When set, tables are written by tableXml around their cells' paragraphs (docx writes only the paragraphs):
   * each table's layout, in document order. Unset (`cache: false`), docx writes whole tables, which the cached
   * path's bytes are tested against.
   */
  tableFrames?: TableLayout[];
}

export interface DocxOptions {
  /**
   * Heading id → 1-based page for the contents list's cached page numbers. By default the pages of our own PDF
   * layout (src/render/pdf/heading-pages.ts), so the Word contents list agrees with the PDF until it is updated.
   */
  headingPages?: ReadonlyMap<string, number>;
  /**
   * The font files to embed (TrueType bytes of DejaVu Sans's faces and DejaVu Sans Mono). By default the PDF's
   * own, as the shell gave them to provideFontFiles (src/render/pdf/font-files.ts).
   */
  fonts?: DocxFonts;
  /** Reuse blocks rendered for earlier settings (src/render/block-cache.ts); false gives the same bytes. */
  cache?: boolean;
}

export type DocxFonts = Record<"regular" | "bold" | "italic" | "boldItalic" | "mono", Uint8Array>;

async function pdfFonts(): Promise<DocxFonts> {
  const data = (await import("../pdf/fonts.js")).fontData();
  return {
    regular: data.regular.bytes,
    bold: data.bold.bytes,
    italic: data.italic.bytes,
    boldItalic: data.boldItalic.bytes,
    mono: data.mono.bytes,
  };
}

export async function renderDocx(unsafe: PolicyDocument, options: DocxOptions = {}): Promise<Uint8Array> {
  const doc = safeDocument(unsafe);
  const hasContents = doc.tree.children.some((node) => node.type === "toc");
  const pages =
    options.headingPages ??
    (hasContents
      ? await (await import("../pdf/heading-pages.js")).headingPages(unsafe, { cache: options.cache })
      : new Map<string, number>());
  const state: State = {
    doc,
    bookmarks: bookmarkNames(doc.headings),
    pages,
    listInstance: 0,
    afterTable: false,
    tableTitles: [],
    tableFrames: options.cache !== false ? [] : undefined,
  };
  const reuse = options.cache !== false;
  if (reuse && !doc.meta.logo && skeletonsAvailable) {
    const bytes = await renderFromSkeleton(doc, pages, options);
    if (bytes) return bytes;
  }
  /** What the body is made of, block by block, in the order of the markers in front of them. */
  const groups: Group[] = [];
  const children: FileChild[] = [];
  const relationshipIds: string[][] = [];
  const writer = new BodyWriter();
  if (doc.meta.logo) {
    const logo = doc.meta.logo;
    const width = Math.min(220, logo.width);
    const height = Math.round((logo.height / logo.width) * width);
    groups.push({ kind: "fresh", listBase: 0, titles: [] });
    children.push(
      new BlockMarker(0),
      new Paragraph({
        // Auto line spacing: a fixed line height would show only a strip of the picture in LibreOffice.
        spacing: { after: 200, line: 240, lineRule: LineRuleType.AUTO },
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
  for (const node of doc.tree.children) {
    const index = groups.length;
    const listBase = state.listInstance;
    const facts = blockKey(node, {
      afterTable: state.afterTable,
      bookmarks: state.bookmarks,
      tableSection: state.section ?? state.doc.meta.title,
      headings: doc.headings,
      pages,
    });
    const found = reuse ? lookup(facts.key) : undefined;
    if (found) {
      groups.push({ kind: "reused", block: found, listBase });
      const ids: string[] = [];
      relationshipIds[index] = ids;
      children.push(
        new BlockMarker(index, (context) => {
          for (const [reference, instance, relative] of found.numbering)
            context.file.Numbering.createConcreteNumberingInstance(
              reference,
              relative ? listBase + instance : instance,
            );
          for (const [type, target, mode] of found.links) {
            const id = writer.nextLinkId();
            ids.push(`rId${id}`);
            context.viewWrapper.Relationships.addRelationship(id, type, target, mode);
          }
        }),
      );
      state.listInstance += found.lists;
      state.afterTable = found.afterTable;
      if (found.section !== undefined) state.section = found.section;
      continue;
    }
    children.push(new BlockMarker(index), ...block(node, state));
    groups.push({
      kind: "fresh",
      key: facts.key,
      listBase,
      titles: state.tableTitles.splice(0),
      lists: state.listInstance - listBase,
      afterTable: state.afterTable,
      section: facts.hasHeading ? state.section : undefined,
    });
  }
  children.push(new BlockMarker(groups.length));

  const { meta } = doc;
  const document = makeDocument(partTexts(meta), children);
  // The package's files before zipping (docx's own compile step), so they are zipped once, canonical.
  const compiler = (
    Packer as unknown as { compiler?: { compile(file: Document): Map<string, string | Uint8Array> } }
  ).compiler;
  // The docx package drops its default styles when given extra ones, so the table style is added to styles.xml here.
  const links = recordLinks(document);
  if (reuse) skipConstantParts(document);
  const withNumbering = reuse ? skipKnownNumbering(document) : undefined;
  const files: Map<string, string | Uint8Array> = compiler
    ? compiler.compile(document)
    : new Map<string, string | Uint8Array>(
        Object.entries(unzipSync(new Uint8Array(await Packer.toBuffer(document)))).map(([name, data]) => [
          name,
          /\.(xml|rels)$/.test(name) ? strFromU8(data) : data,
        ]),
      );
  if (reuse) withConstantParts(files);
  withNumbering?.(files);
  const body = files.get("word/document.xml");
  if (typeof body !== "string") throw new Error("Word renderer: docx wrote no word/document.xml");
  const assembled = assembleBody(body, groups, {
    relationshipIds,
    links,
    file: document,
    writer,
    reuse,
    tableFrames: state.tableFrames,
    canonicalIds: relationshipIdMap(files),
  });
  files.set("word/document.xml", assembled.xml);
  const fonts = options.fonts ?? (await pdfFonts());
  return canonicalFiles(
    embedFonts(files, embeddedFamilies(files, fonts), writer.characters),
    meta.date,
    POLICY_TABLE_STYLE,
    reuse,
    assembled.canonical,
  );
}

/** Word's list definitions: bullets and numbers, nine levels each. */
const NUMBERING = {
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
};

/** The references of the lists docx's Numbering has: its own default bullets and ours. */
const LIST_REFERENCES: ReadonlySet<string> = new Set([
  "default-bullet-numbering",
  ...NUMBERING.config.map((list) => list.reference),
]);

/** The values of a policy its package parts show around the body. */
function partTexts(meta: PolicyDocument["meta"]): PartTexts {
  return {
    creator: meta.author,
    title: `${meta.title} — ${meta.settingName}`,
    subject: meta.subject,
    keywords: meta.keywords.join(", "),
    description: `${meta.title} of ${meta.settingName}, version ${meta.version}. Next review: ${meta.nextReviewText}.`,
    header: `${meta.settingName} — ${meta.title}`,
    footer: `Version ${meta.version} · Next review: ${meta.nextReviewText} · `,
  };
}

/** The docx Document of a policy: its values, styles, lists, A4 page, header and footer, and body. */
function makeDocument(texts: PartTexts, children: FileChild[]): Document {
  return new Document({
    creator: texts.creator,
    lastModifiedBy: "policysmith",
    title: texts.title,
    subject: texts.subject,
    keywords: texts.keywords,
    description: texts.description,
    revision: 1,
    features: { updateFields: false },
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, language: { value: "en-GB" } },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        // Outline levels make the headings headings for Word's navigation pane and TOC field, LibreOffice's
        // navigator and the bookmarks and tags of its PDF export.
        heading1: {
          run: { font: FONT, size: 36, bold: true, color: "1F3864" },
          paragraph: {
            spacing: { before: 240, after: 200 },
            keepNext: true,
            keepLines: true,
            outlineLevel: 0,
          },
        },
        heading2: {
          run: { font: FONT, size: 28, bold: true, color: "1F3864" },
          paragraph: {
            spacing: { before: 320, after: 120 },
            keepNext: true,
            keepLines: true,
            outlineLevel: 1,
          },
        },
        heading3: {
          run: { font: FONT, size: 24, bold: true, color: "2E5395" },
          paragraph: {
            spacing: { before: 240, after: 80 },
            keepNext: true,
            keepLines: true,
            outlineLevel: 2,
          },
        },
        heading4: {
          run: { font: FONT, size: 22, bold: true, color: "2E5395" },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, outlineLevel: 3 },
        },
        heading5: {
          run: { font: FONT, size: 22, bold: true, italics: true, color: "2E5395" },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, outlineLevel: 4 },
        },
        heading6: {
          run: { font: FONT, size: 22, italics: true, color: "2E5395" },
          paragraph: { spacing: { before: 200, after: 80 }, keepNext: true, outlineLevel: 5 },
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
        // The contents list holds headings of levels 2 and 3, which Word's TOC field writes in "toc 2" and
        // "toc 3": so those are the outer and the indented level, before and after an update.
        {
          id: "TOC2",
          name: "toc 2",
          basedOn: "Normal",
          next: "Normal",
          paragraph: { spacing: { after: 60 } },
        },
        {
          id: "TOC3",
          name: "toc 3",
          basedOn: "Normal",
          next: "Normal",
          paragraph: { spacing: { after: 40 }, indent: { left: 400 } },
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
          id: "Caption",
          name: "caption",
          basedOn: "Normal",
          next: "Normal",
          run: { bold: true, color: "1F3864" },
          paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
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
          run: { font: MONO_FONT, size: 20 },
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
    numbering: NUMBERING,
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
                children: [new TextRun(texts.header)],
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
                  new TextRun(texts.footer),
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
}

/**
 * A policy written without compiling a docx Document (issue 15): each top-level block is taken from the block cache
 * or, the first time, made with docx's paragraphs and written here (prepForXml and xml-text.ts, with the document
 * context docx would give it: its lists and its links' relationships), then kept in the cache in its neutral form;
 * the parts around the body come from the skeleton (skeleton.ts). Undefined when something cannot be written so (a
 * block with a picture, or a docx without the compile step), for the caller to compile the Document instead.
 */
async function renderFromSkeleton(
  doc: PolicyDocument,
  pages: ReadonlyMap<string, number>,
  options: DocxOptions,
): Promise<Uint8Array | undefined> {
  // First: from the body's bytes (skeletonFiles' kept buffer) to the zip, nothing may wait.
  const fonts = options.fonts ?? (await pdfFonts());
  const state: State = {
    doc,
    bookmarks: bookmarkNames(doc.headings),
    pages,
    listInstance: 0,
    afterTable: false,
    tableTitles: [],
    tableFrames: [],
  };
  const frames = state.tableFrames as TableLayout[];
  const writer = new BodyWriter();
  const lists = new ListSequence(LIST_REFERENCES);
  /** Every link of the body in order, with the relationship id the body gives it. */
  const links: Array<[string, LinkRecord]> = [];
  /** The relationships the block being written adds, by the id docx gives them. */
  const added = new Map<string, LinkRecord>();
  const context = {
    stack: [],
    file: { Numbering: { createConcreteNumberingInstance: lists.use.bind(lists) } },
    viewWrapper: {
      Relationships: {
        addRelationship: (id: string | number, type: LinkRecord[0], target: string, mode: LinkRecord[2]) =>
          added.set(`rId${id}`, [type, target, mode]),
      },
    },
  } as unknown as IContext;
  /** The body as UTF-8, block by block (a block with a brace is text until every list is known). */
  const body: Array<Uint8Array | string> = [];
  let italics = false;
  let mono = false;
  const direct = new BlockXmlWriter(lists, added, TEXT_WIDTH);
  for (const node of doc.tree.children) {
    const listBase = state.listInstance;
    const facts = blockKey(node, {
      afterTable: state.afterTable,
      bookmarks: state.bookmarks,
      tableSection: state.section ?? doc.meta.title,
      headings: doc.headings,
      pages,
    });
    let found = lookup(facts.key);
    if (found) {
      for (const [reference, instance, relative] of found.numbering)
        lists.use(reference, relative ? listBase + instance : instance);
      state.listInstance += found.lists;
      state.afterTable = found.afterTable;
      if (found.section !== undefined) state.section = found.section;
    } else {
      added.clear();
      const { listInstance, afterTable, section } = state;
      const counts = [state.tableTitles.length, frames.length];
      let piece: string;
      try {
        piece = direct.block(node, state);
        blockXmlUse.written++;
      } catch (error) {
        if (error !== NOT_WRITTEN) throw error;
        blockXmlUse.byDocx++;
        // Written by docx: the state as it was before the block, the block's objects serialised on their own.
        Object.assign(state, { listInstance, afterTable, section });
        [state.tableTitles.length, frames.length] = counts;
        added.clear();
        const xml = block(node, state)
          .map((child) => {
            const prepared = child.prepForXml(context);
            return prepared === undefined ? "" : xmlText(prepared);
          })
          .join("");
        piece = withTableFrames(xml, (index, cells) => tableXml(frames[index], TEXT_WIDTH, cells)).replace(
          /<w:numId w:val="\{([^{}]+)\}"\/>/g,
          (whole, key: string) => {
            const id = lists.ids.get(key);
            return id === undefined ? whole : `<w:numId w:val="${id}"/>`;
          },
        );
      }
      const neutral = neutralPiece(
        piece,
        { lists: lists.byNumId(), links: added },
        listBase,
        state.tableTitles.splice(0),
      );
      if (!neutral) return undefined;
      found = {
        xml: neutral.xml,
        numbering: neutral.numbering,
        links: neutral.links,
        bookmarks: neutral.bookmarks,
        characters: neutral.characters,
        lists: state.listInstance - listBase,
        afterTable: state.afterTable,
        section: facts.hasHeading ? state.section : undefined,
      };
      remember(facts.key, found);
    }
    const ids = found.links.map((link) => {
      const id = `rIdP${links.length + 1}`;
      links.push([id, link]);
      return id;
    });
    writer.bytes(found, listBase, ids, lists.ids, body);
    const fonts = fontsOf(found);
    italics ||= fonts.italics;
    mono ||= fonts.mono;
  }
  const numberingKey = lists.key();
  let numbering = numberingParts.get(numberingKey);
  if (numbering === undefined) {
    numbering = lists.numberingXml(NUMBERING);
    if (numberingParts.size >= NUMBERING_PARTS) numberingParts.clear();
    numberingParts.set(numberingKey, numbering);
  } else numberingReuse.hits++;
  const files = skeletonFiles(
    makeDocument,
    partTexts(doc.meta),
    // Piece by piece: a placeholder never spans two pieces, and a brace that would (a setting's text) is kept as it is.
    body.map((piece) => (typeof piece === "string" ? encoder.encode(lists.fillPlaceholders(piece)) : piece)),
    links,
    numbering,
    (xml) => lists.fillPlaceholders(xml),
    // Zipped below with no await in between.
    true,
  );
  if (!files) return undefined;
  return canonicalFiles(
    embedFonts(files, embeddedFamilies(files, fonts, mono), writer.characters, italics),
    doc.meta.date,
    POLICY_TABLE_STYLE,
    true,
    true,
  );
}

const encoder = new TextEncoder();

/**
 * What the embedded fonts depend on in a block (the body is bytes, not searched as text): italic text (ITALICS) and
 * the code font (embeddedFamilies). Kept for the block object, as its bytes are.
 */
const blockFonts = new WeakMap<object, { italics: boolean; mono: boolean }>();

function fontsOf(block: ReusedBlock): { italics: boolean; mono: boolean } {
  let fonts = blockFonts.get(block);
  if (!fonts) {
    fonts = { italics: ITALICS.test(block.xml), mono: usesCodeFont(block.xml) };
    blockFonts.set(block, fonts);
  }
  return fonts;
}

/**
 * Whether some WordprocessingML shows code (DejaVu Sans Mono directly or the Source Code style). "Mono" and "Code"
 * first: a short word is found (or not) in a hundredth of the time the longer patterns take.
 */
function usesCodeFont(xml: string): boolean {
  return (
    (xml.includes("Mono") && xml.includes(`w:ascii="${MONO_FONT}"`)) ||
    (xml.includes("Code") && xml.includes('w:val="SourceCode"'))
  );
}

/**
 * The PDF's typeface (DejaVu Sans, and DejaVu Sans Mono where the document shows code), embedded as subsets:
 * the same letters in Word and LibreOffice as in the PDF, whether or not the computer has the font, for
 * about 60 KB a file (a subset of each face deflates to about 30 KB; whole faces would be 390 KB each).
 */
function embeddedFamilies(
  files: ReadonlyMap<string, string | Uint8Array>,
  fonts: DocxFonts,
  /** Whether the body shows code, when the caller knows (its body is bytes); else word/document.xml is read. */
  code?: boolean,
): EmbeddedFamily[] {
  const families: EmbeddedFamily[] = [
    {
      name: FONT,
      faces: { regular: fonts.regular, bold: fonts.bold, italic: fonts.italic, boldItalic: fonts.boldItalic },
    },
  ];
  const document = files.get("word/document.xml");
  if (code ?? (typeof document === "string" && usesCodeFont(document)))
    families.push({ name: MONO_FONT, faces: { regular: fonts.mono }, fixedPitch: true });
  return families;
}

/**
 * A body paragraph. The paragraph right after a table takes the space the table needs below it as its own
 * spacing before, so no empty paragraph stands in for it.
 */
function paragraph(state: State, options: IParagraphOptions): Paragraph {
  if (!state.afterTable) return new Paragraph(options);
  state.afterTable = false;
  const before = Math.max(options.spacing?.before ?? 0, SPACE_AFTER_TABLE);
  return new Paragraph({ ...options, spacing: { ...options.spacing, before } });
}

function block(node: RootContent, state: State, quote = false): Block[] {
  switch (node.type) {
    case "heading":
      return [heading(node, state)];
    case "paragraph":
      return [
        paragraph(state, {
          style: quote ? "Quote" : undefined,
          children: inlineRuns(node.children, state.bookmarks),
        }),
      ];
    case "list":
      return list(node, state, 0);
    case "table": {
      const out: Block[] = [];
      // Two tables in a row would join into one in Word: a paragraph mark between them keeps them apart.
      if (state.afterTable) out.push(paragraph(state, { spacing: { after: 0 }, children: [] }));
      const title = tableTitle(node);
      // A key–value table's title stands above it, not in a merged first row.
      if (title)
        out.push(paragraph(state, { style: "Caption", keepNext: true, children: [new TextRun(title)] }));
      if (state.tableFrames) {
        const layout = tableLayout(node, state.bookmarks, TEXT_WIDTH);
        out.push(new PieceMarker("ps:t", state.tableFrames.length));
        for (const row of layout.rows)
          for (const cell of row.cells) out.push(new PieceMarker("ps:c"), cell.paragraph);
        out.push(new PieceMarker("ps:te"));
        state.tableFrames.push(layout);
      } else out.push(table(node, state.bookmarks, TEXT_WIDTH));
      state.tableTitles.push(title ?? state.section ?? state.doc.meta.title);
      state.afterTable = true;
      return out;
    }
    case "blockquote":
      return blockquote(node, state);
    case "code":
      return node.value
        .split("\n")
        .map((line) => paragraph(state, { style: "SourceCode", children: [new TextRun(line)] }));
    case "thematicBreak":
      return [
        paragraph(state, {
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "A6A6A6", space: 1 } },
          children: [],
        }),
      ];
    case "toc":
      return contents(state);
    case "html":
      return [paragraph(state, { children: [new TextRun(node.value)] })];
    case "definition":
      return [];
    default:
      throw new Error(
        `Word renderer: no handler for Markdown node type '${node.type}'${node.position ? ` at line ${node.position.start.line}` : ""}`,
      );
  }
}

function heading(node: Heading, state: State): Paragraph {
  // A heading's own space before is larger than a table's gap.
  state.afterTable = false;
  state.section = plainText(node).trim();
  const id = (node.data as { id?: string } | undefined)?.id;
  const runs = inlineRuns(node.children, state.bookmarks);
  const name = id ? state.bookmarks.get(id) : undefined;
  return new Paragraph({
    heading: HEADING_LEVELS[node.depth - 1],
    children: name ? [new Bookmark({ id: name, children: runs })] : runs,
  });
}

function contents(state: State): Paragraph[] {
  const entries = contentsEntries(state.doc.headings, state.bookmarks, state.pages);
  if (entries.length === 0) return [];
  return [
    paragraph(state, { style: "TOCHeading", spacing: { before: 240 }, children: [new TextRun("Contents")] }),
    ...entries.map(
      (entry) =>
        new Paragraph({
          style: entry.style,
          tabStops: contentsTabStops(TEXT_WIDTH),
          children: entry.children,
        }),
    ),
  ];
}

function list(node: List, state: State, level: number): Block[] {
  const numbered = node.ordered === true;
  const instance = numbered ? ++state.listInstance : 0;
  const out: Block[] = [];
  for (const item of node.children as ListItem[]) {
    let first = true;
    for (const child of item.children) {
      if (child.type === "list") {
        out.push(...list(child, state, Math.min(level + 1, 8)));
      } else if (child.type === "paragraph" && first) {
        out.push(
          paragraph(state, {
            numbering: numbered ? { reference: "numbers", level, instance } : { reference: "bullets", level },
            spacing: { after: 60 },
            children: inlineRuns(child.children, state.bookmarks),
          }),
        );
        first = false;
      } else if (child.type === "paragraph") {
        out.push(
          paragraph(state, {
            indent: { left: 567 * (level + 1) },
            spacing: { after: 60 },
            children: inlineRuns(child.children, state.bookmarks),
          }),
        );
      } else {
        out.push(...block(child, state));
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
