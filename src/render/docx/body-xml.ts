/**
 * A fresh block's WordprocessingML written here, without making docx objects for it (issue 15): the ~6 blocks of a
 * policy that no earlier setting had (its tables, the paragraphs with its names) cost more through docx's objects
 * than all the reused blocks together. The bytes are docx's: each shape (a paragraph's properties for a set of
 * options, a run in a style, a link, a bookmark, a field's parts) is learnt once from docx itself, by writing it
 * around sentinel characters, and text goes in escaped as docx escapes it (xml-text.ts). So what docx would write
 * for a set of options or a style is never guessed here, only composed. A construct this file does not write (an
 * external link with a #fragment, a link with nothing in it) throws NOT_WRITTEN, and the caller has docx write the
 * block. test/render-docx-cache.test.ts and test/render-docx-body-xml.test.ts compare the bytes with docx's
 * (`cache: false`), node kind by node kind and with hostile text.
 */
import {
  Bookmark,
  BorderStyle,
  ExternalHyperlink,
  type IContext,
  InternalHyperlink,
  type IParagraphOptions,
  type IXmlableObject,
  Paragraph,
  type ParagraphChild,
  Tab,
  TextRun,
} from "docx";
import type { Blockquote, Heading, List, ListItem, PhrasingContent, RootContent, Table } from "mdast";
import { toString as plainText } from "mdast-util-to-string";
import type { HeadingInfo } from "../../model.js";
import { isSafeLinkTarget } from "../safe.js";
import type { LinkRecord } from "./block-reuse.js";
import { CONTENTS_INSTRUCTION, contentsTabStops } from "./contents.js";
import { fieldChar, fieldInstruction } from "./fields.js";
import { HEADING_LEVELS, type InlineStyle, textRun } from "./inline.js";
import type { ListSequence } from "./skeleton.js";
import { tableGeometry, tableTitle, tableXml } from "./table.js";
import { escapeXmlValue, xmlText } from "./xml-text.js";

/** How many fresh blocks were written here and how many by docx (for the tests). */
export const blockXmlUse = { written: 0, byDocx: 0 };

/** Thrown for a construct written by docx instead (the caller puts the state back and builds docx objects). */
export const NOT_WRITTEN = Symbol("not written here");

const SPACE_AFTER_TABLE = 200;
const S1 = "\uE100";
const S2 = "\uE101";
/** The instance a numbered paragraph's shape is learnt with; its list key is then replaced by LIST_ID. */
const PROBE_INSTANCE = 987_654;
const LIST_ID = "\u0002";

/** What the writing of a block reads and moves on (the Word renderer's State in index.ts, structurally). */
export interface WriteState {
  doc: { meta: { title: string }; headings: readonly HeadingInfo[] };
  bookmarks: ReadonlyMap<string, string>;
  pages: ReadonlyMap<string, number>;
  listInstance: number;
  afterTable: boolean;
  section?: string;
  tableTitles: string[];
}

// --- shapes learnt from docx ---------------------------------------------------------------------------------

let linkProbe: [id: string, type: LinkRecord[0], target: string, mode: LinkRecord[2]] | undefined;

const lastLinkProbe = () => linkProbe;

const probeContext = () =>
  ({
    stack: [],
    file: { Numbering: { createConcreteNumberingInstance() {} } },
    viewWrapper: {
      Relationships: {
        addRelationship(id: string | number, type: LinkRecord[0], target: string, mode: LinkRecord[2]) {
          linkProbe = [`rId${id}`, type, target, mode];
        },
      },
    },
  }) as unknown as IContext;

function paragraphText(options: IParagraphOptions): string {
  return xmlText(new Paragraph(options).prepForXml(probeContext()) as IXmlableObject);
}

/** The XML docx writes for paragraph children, as a paragraph without properties holds them. */
function childrenText(children: ParagraphChild[]): string {
  const xml = paragraphText({ children });
  if (!xml.startsWith("<w:p>") || !xml.endsWith("</w:p>"))
    throw new Error(`Word renderer: docx wrote a paragraph as ${xml.slice(0, 40)}`);
  return xml.slice(5, -6);
}

function around(xml: string, inner: string): [string, string] {
  const at = xml.indexOf(inner);
  if (at < 0 || xml.indexOf(inner, at + 1) >= 0)
    throw new Error(`Word renderer: cannot find one ${JSON.stringify(inner)} in ${xml}`);
  return [xml.slice(0, at), xml.slice(at + inner.length)];
}

const runShapes = new Map<string, [string, string]>();

function runShape(style: InlineStyle, link: boolean): [string, string] {
  const key = `${style.bold ? 1 : 0}${style.italics ? 1 : 0}${style.strike ? 1 : 0}${style.code ? 1 : 0}${link ? 1 : 0}`;
  let shape = runShapes.get(key);
  if (!shape) {
    shape = around(childrenText([textRun(S1, style, link)]), S1);
    runShapes.set(key, shape);
  }
  return shape;
}

const plainShape = () => runShape({}, false);
const plainRun = (text: string) => {
  const [before, after] = plainShape();
  return before + escapeXmlValue(text) + after;
};

interface FixedShapes {
  lineBreak: string;
  tab: string;
  begin: string;
  separate: string;
  end: string;
  instruction: [string, string];
  internal: [string, string, string];
  external: [string, string, string];
  linkType: LinkRecord[0];
  linkMode: LinkRecord[2];
  bookmark: { start: [string, string, string]; end: [string, string] };
}

let fixed: FixedShapes | undefined;

function fixedShapes(): FixedShapes {
  if (fixed) return fixed;
  const inner = plainRun(S2);
  const [internalHead, internalRest] = around(
    childrenText([new InternalHyperlink({ anchor: S1, children: [new TextRun(S2)] })]),
    S1,
  );
  const internalTail = around(internalRest, inner);
  linkProbe = undefined;
  const externalXml = childrenText([
    new ExternalHyperlink({ link: "https://probe.invalid/", children: [new TextRun(S2)] }),
  ]);
  const probed = lastLinkProbe();
  if (!probed) throw new Error("Word renderer: docx added no relationship for a link");
  const [linkId, linkType, , linkMode] = probed;
  const [externalHead, externalRest] = around(externalXml, linkId);
  const externalTail = around(externalRest, inner);
  const bookmarkXml = childrenText([new Bookmark({ id: S1, children: [new TextRun(S2)] })]);
  const [startHead, startRest] = around(bookmarkXml, S1);
  const [startTail, endXml] = around(startRest, inner);
  const id = /w:id="(\d+)"/.exec(startTail)?.[1];
  if (id === undefined) throw new Error("Word renderer: docx wrote a bookmark without an id");
  fixed = {
    lineBreak: childrenText([new TextRun({ break: 1 })]),
    tab: childrenText([new TextRun({ children: [new Tab()] })]),
    begin: childrenText([fieldChar("begin")]),
    separate: childrenText([fieldChar("separate")]),
    end: childrenText([fieldChar("end")]),
    instruction: around(childrenText([fieldInstruction(S1)]), S1),
    internal: [internalHead, ...internalTail],
    external: [externalHead, ...externalTail],
    linkType,
    linkMode,
    bookmark: {
      start: [startHead, ...around(startTail, `"${id}"`)].map((part, i) =>
        i === 1 ? `${part}"` : i === 2 ? `"${part}` : part,
      ) as [string, string, string],
      end: around(endXml, `"${id}"`).map((part, i) => (i === 0 ? `${part}"` : `"${part}`)) as [
        string,
        string,
      ],
    },
  };
  return fixed;
}

interface ParagraphShape {
  /** Before the children (with LIST_ID for a numbered paragraph's list id), after them, and with none. */
  before: string;
  after: string;
  empty: string;
}

const paragraphShapes = new Map<string, ParagraphShape>();

function paragraphShape(options: IParagraphOptions): ParagraphShape {
  const numbering = options.numbering;
  const probe: IParagraphOptions =
    numbering && "instance" in numbering && numbering.instance !== undefined
      ? { ...options, numbering: { ...numbering, instance: PROBE_INSTANCE } }
      : options;
  const key = JSON.stringify(probe);
  let shape = paragraphShapes.get(key);
  if (!shape) {
    const list = (xml: string) => {
      if (!numbering) return xml;
      const [head, tail] = around(xml, `{${numbering.reference}-${probe === options ? 0 : PROBE_INSTANCE}}`);
      return head + LIST_ID + tail;
    };
    const [before, after] = around(paragraphText({ ...probe, children: [new TextRun(S1)] }), plainRun(S1));
    shape = { before: list(before), after, empty: list(paragraphText({ ...probe, children: [] })) };
    paragraphShapes.set(key, shape);
  }
  return shape;
}

// --- writing -------------------------------------------------------------------------------------------------

/** Writes a document's fresh blocks; one per document (its bookmark and link ids count on through it). */
export class BlockXmlWriter {
  private bookmark = 0;
  private link = 0;

  constructor(
    private readonly lists: ListSequence,
    /** The relationships of the links written, by the id the XML gives them (neutralPiece reads them). */
    private readonly added: Map<string, LinkRecord>,
    private readonly textWidth: number,
  ) {}

  /** The block's XML as docx would write it in the body (tables in their frames), or throws NOT_WRITTEN. */
  block(node: RootContent, state: WriteState, quote = false): string {
    switch (node.type) {
      case "heading":
        return this.heading(node, state);
      case "paragraph":
        return this.paragraph(
          state,
          { style: quote ? "Quote" : undefined },
          this.runs(node.children, state.bookmarks),
        );
      case "list":
        return this.list(node, state, 0);
      case "table":
        return this.table(node, state);
      case "blockquote":
        return this.blockquote(node, state);
      case "code":
        return node.value
          .split("\n")
          .map((line) => this.paragraph(state, { style: "SourceCode" }, plainRun(line)))
          .join("");
      case "thematicBreak":
        return this.paragraph(
          state,
          { border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "A6A6A6", space: 1 } } },
          "",
        );
      case "toc":
        return this.contents(state);
      case "html":
        return this.paragraph(state, {}, plainRun(node.value));
      case "definition":
        return "";
      default:
        throw new Error(
          `Word renderer: no handler for Markdown node type '${node.type}'${node.position ? ` at line ${node.position.start.line}` : ""}`,
        );
    }
  }

  /** A paragraph with its properties (index.ts, paragraph: the space a table before it needs) and children. */
  private paragraph(state: WriteState, options: IParagraphOptions, children: string): string {
    let properties = options;
    if (state.afterTable) {
      state.afterTable = false;
      const before = Math.max(options.spacing?.before ?? 0, SPACE_AFTER_TABLE);
      properties = { ...options, spacing: { ...options.spacing, before } };
    }
    return this.written(properties, children);
  }

  /** A paragraph with exactly these properties. */
  private written(options: IParagraphOptions, children: string): string {
    const shape = paragraphShape(options);
    let numId = "";
    const numbering = options.numbering;
    if (numbering) {
      const instance = "instance" in numbering && numbering.instance !== undefined ? numbering.instance : 0;
      const reference = numbering.reference as string;
      this.lists.use(reference, instance);
      const id = this.lists.ids.get(`${reference}-${instance}`);
      if (id === undefined) throw NOT_WRITTEN;
      numId = id;
    }
    const fill = (xml: string) => (numbering ? xml.replace(LIST_ID, numId) : xml);
    return children === "" ? fill(shape.empty) : fill(shape.before) + children + shape.after;
  }

  private heading(node: Heading, state: WriteState): string {
    state.afterTable = false;
    state.section = plainText(node).trim();
    const id = (node.data as { id?: string } | undefined)?.id;
    const runs = this.runs(node.children, state.bookmarks);
    const name = id ? state.bookmarks.get(id) : undefined;
    const options = { heading: HEADING_LEVELS[node.depth - 1] };
    if (!name) return this.written(options, runs);
    const { start, end } = fixedShapes().bookmark;
    const bookmark = String(++this.bookmark);
    return this.written(
      options,
      start[0] + escapeXmlValue(name) + start[1] + bookmark + start[2] + runs + end[0] + bookmark + end[1],
    );
  }

  private list(node: List, state: WriteState, level: number): string {
    const numbered = node.ordered === true;
    const instance = numbered ? ++state.listInstance : 0;
    let out = "";
    for (const item of node.children as ListItem[]) {
      let first = true;
      for (const child of item.children) {
        if (child.type === "list") out += this.list(child, state, Math.min(level + 1, 8));
        else if (child.type === "paragraph" && first) {
          out += this.paragraph(
            state,
            {
              numbering: numbered
                ? { reference: "numbers", level, instance }
                : { reference: "bullets", level },
              spacing: { after: 60 },
            },
            this.runs(child.children, state.bookmarks),
          );
          first = false;
        } else if (child.type === "paragraph")
          out += this.paragraph(
            state,
            { indent: { left: 567 * (level + 1) }, spacing: { after: 60 } },
            this.runs(child.children, state.bookmarks),
          );
        else out += this.block(child, state);
      }
    }
    return out;
  }

  private blockquote(node: Blockquote, state: WriteState): string {
    let out = "";
    for (const child of node.children) out += this.block(child, state, true);
    return out;
  }

  private table(node: Table, state: WriteState): string {
    let out = "";
    if (state.afterTable) out += this.paragraph(state, { spacing: { after: 0 } }, "");
    const title = tableTitle(node);
    if (title) out += this.paragraph(state, { style: "Caption", keepNext: true }, plainRun(title));
    const geometry = tableGeometry(node, this.textWidth);
    const cells: string[] = [];
    for (const row of geometry.rows)
      for (const cell of row.cells)
        cells.push(
          this.written(
            { spacing: { after: 0 }, alignment: cell.alignment },
            this.runs(cell.content, state.bookmarks, cell.style),
          ),
        );
    out += tableXml(geometry, this.textWidth, cells);
    state.tableTitles.push(title ?? state.section ?? state.doc.meta.title);
    state.afterTable = true;
    return out;
  }

  /** The contents list (contents.ts, contentsEntries): a TOC field whose cached result is the finished list. */
  private contents(state: WriteState): string {
    const entries = state.doc.headings.filter((h) => h.depth >= 2 && h.depth <= 3);
    if (entries.length === 0) return "";
    const shapes = fixedShapes();
    const field = (instruction: string) =>
      shapes.begin + shapes.instruction[0] + escapeXmlValue(instruction) + shapes.instruction[1];
    let out = this.paragraph(state, { style: "TOCHeading", spacing: { before: 240 } }, plainRun("Contents"));
    const tabStops = contentsTabStops(this.textWidth);
    entries.forEach((heading, index) => {
      const anchor = state.bookmarks.get(heading.id);
      const page = state.pages.get(heading.id);
      let label = plainRun(heading.text) + shapes.tab;
      if (anchor)
        label +=
          field(`PAGEREF ${anchor} \\h`) +
          shapes.separate +
          plainRun(page === undefined ? "" : String(page)) +
          shapes.end;
      else if (page !== undefined) label += plainRun(String(page));
      let children = index === 0 ? field(CONTENTS_INSTRUCTION) + shapes.separate : "";
      children += anchor ? this.internal(anchor, label) : label;
      if (index === entries.length - 1) children += shapes.end;
      out += this.written({ style: `TOC${heading.depth}`, tabStops }, children);
    });
    return out;
  }

  private internal(anchor: string, children: string): string {
    if (children === "") throw NOT_WRITTEN;
    const [head, middle, tail] = fixedShapes().internal;
    return head + escapeXmlValue(anchor) + middle + children + tail;
  }

  /** Inline content as runs (inline.ts, inlineRuns). */
  private runs(
    nodes: readonly PhrasingContent[],
    bookmarks: ReadonlyMap<string, string>,
    base: InlineStyle = {},
  ): string {
    const run = (text: string, style: InlineStyle, link: boolean) => {
      const [before, after] = runShape(style, link);
      return before + escapeXmlValue(text) + after;
    };
    const walk = (list: readonly PhrasingContent[], style: InlineStyle, link: boolean): string => {
      let out = "";
      for (const node of list) {
        switch (node.type) {
          case "text":
            out += run(node.value, style, link);
            break;
          case "strong":
            out += walk(node.children, { ...style, bold: true }, link);
            break;
          case "emphasis":
            out += walk(node.children, { ...style, italics: true }, link);
            break;
          case "delete":
            out += walk(node.children, { ...style, strike: true }, link);
            break;
          case "inlineCode":
            out += run(node.value, { ...style, code: true }, link);
            break;
          case "break":
            out += fixedShapes().lineBreak;
            break;
          case "link": {
            const children = walk(node.children, style, true);
            if (node.url.startsWith("#")) {
              const anchor = bookmarks.get(node.url.slice(1));
              out += anchor ? this.internal(anchor, children) : children;
            } else if (isSafeLinkTarget(node.url)) out += this.external(node.url, children);
            else out += walk(node.children, style, false);
            break;
          }
          case "image":
            out += run(node.alt ? `[${node.alt}]` : "", style, link);
            break;
          case "html":
            out += run(node.value, style, link);
            break;
          case "footnoteReference":
          case "imageReference":
          case "linkReference":
            break;
          default:
            throw new Error(
              `Word renderer: no handler for inline Markdown node type '${(node as { type: string }).type}'`,
            );
        }
      }
      return out;
    };
    return walk(nodes, base, false);
  }

  private external(url: string, children: string): string {
    // docx splits a #fragment off into w:anchor (and may not): that is left to docx.
    if (children === "" || url.includes("#")) throw NOT_WRITTEN;
    const shapes = fixedShapes();
    const id = `rIdps${++this.link}`;
    this.added.set(id, [shapes.linkType, url, shapes.linkMode]);
    return shapes.external[0] + id + shapes.external[1] + children + shapes.external[2];
  }
}
