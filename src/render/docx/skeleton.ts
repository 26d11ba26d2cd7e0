/**
 * The parts of a Word file around its body, compiled by the docx package once and reused as text (issue 15).
 * Building a docx Document and compiling it was half of a policy's Word time once its blocks were reused: the
 * styles, theme, settings, font table, content types and relationships are the same in every policy, and the core
 * properties, header and footer differ only by a few values. So a skeleton Document is compiled once (per set of
 * which of those values are empty, since docx leaves an empty property out) with a sentinel character in place of
 * each value, and a policy's parts are the skeleton's with its own values put in, escaped as docx escapes them; its
 * body is its blocks (block-reuse.ts) between the skeleton's body start and section properties; its relationships
 * are the skeleton's with its links' added where docx adds them; its numbering.xml is docx's Numbering written for
 * the lists its body uses (ListSequence). `cache: false` compiles a whole Document as before, and the bytes are the
 * same (test/render-docx-cache.test.ts).
 */
import {
  type Document,
  ExternalHyperlink,
  type FileChild,
  type IContext,
  Numbering,
  Packer,
  Paragraph,
  TextRun,
} from "docx";
import { BlockMarker, type LinkRecord } from "./block-reuse.js";
import { escapeXmlValue, xmlText } from "./xml-text.js";

/** The values of a policy that its package parts around the body show. */
export interface PartTexts {
  creator: string;
  title: string;
  subject: string;
  keywords: string;
  description: string;
  /** The header's line. */
  header: string;
  /** The footer's line before its page numbers. */
  footer: string;
}

const TEXT_KEYS = ["creator", "title", "subject", "keywords", "description", "header", "footer"] as const;
/** Private-use characters stand for the values in the skeleton; docx writes them as they are. */
const sentinel = (index: number) => String.fromCharCode(0xe000 + index);
const SENTINELS = /[\uE000-\uE006]/g;
const PROBE_TARGET = "\uE010";
const PROBE_PARTS = ["docProps/core.xml", "word/header1.xml", "word/footer1.xml"] as const;

export type DocumentMaker = (texts: PartTexts, children: FileChild[]) => Document;

interface Skeleton {
  files: ReadonlyMap<string, string | Uint8Array>;
  /** core.xml, header1.xml and footer1.xml with the sentinels. */
  parts: ReadonlyMap<string, string>;
  bodyBefore: string;
  bodyAfter: string;
  /** The same two as UTF-8, for a body written as bytes. */
  bodyBytes: readonly [before: Uint8Array, after: Uint8Array];
  /** document.xml.rels up to where docx adds the body's links. */
  relationshipsHead: string;
  /** A link's relationship around its id and its target. */
  link: readonly [string, string, string];
  linkType: string;
  linkMode: string;
  /** How many relationships come before the links (the font table's id counts them and the links). */
  fixedRelationships: number;
  /** After the links: the font table's relationship around its id's number, and the end. */
  tail: readonly [string, string];
}

type Compiler = { compile(file: Document): Map<string, string | Uint8Array> };
const compiler = (Packer as unknown as { compiler?: Compiler }).compiler;

const skeletons = new Map<string, Skeleton | null>();

/** How many policies were written from a skeleton (for the tests: the other way gives the same bytes). */
export const skeletonUse = { documents: 0 };

/** Whether this docx has the compile step the skeleton is made with (it is not part of docx's documented API). */
export const skeletonsAvailable = compiler !== undefined;

function makeSkeleton(make: DocumentMaker, present: readonly boolean[]): Skeleton | null {
  if (!compiler) return null;
  const texts = Object.fromEntries(
    TEXT_KEYS.map((key, index) => [key, present[index] ? sentinel(index) : ""]),
  ) as unknown as PartTexts;
  const links: Array<[id: string, type: string, target: string, mode: string]> = [];
  const document = make(texts, [
    new BlockMarker(0),
    new Paragraph({
      children: [new ExternalHyperlink({ link: PROBE_TARGET, children: [new TextRun("x")] })],
    }),
    new BlockMarker(1),
  ]);
  const relationships = document.Document.Relationships;
  const add = relationships.addRelationship.bind(relationships);
  relationships.addRelationship = (id, type, target, mode) => {
    links.push([`rId${id}`, type, target, String(mode)]);
    add(id, type, target, mode);
  };
  const files = compiler.compile(document);
  const body = files.get("word/document.xml");
  const rels = files.get("word/_rels/document.xml.rels");
  if (typeof body !== "string" || typeof rels !== "string" || links.length !== 1) return null;
  const start = body.indexOf('<ps:m n="0"/>');
  const end = body.indexOf('<ps:m n="1"/>');
  const [probeId, linkType, , linkMode] = links[0];
  const probe = new RegExp(`<Relationship Id="${probeId}"[^>]*/>`).exec(rels);
  if (start < 0 || end < 0 || !probe) return null;
  const element = probe[0];
  const idAt = element.indexOf(`"${probeId}"`) + 1;
  const targetAt = element.indexOf(`"${PROBE_TARGET}"`) + 1;
  const rest = rels.slice(probe.index + element.length);
  const fontTable = /^(<Relationship Id="rId)(\d+)("[^>]*fontTable[^>]*\/><\/Relationships>)$/.exec(rest);
  if (idAt <= 0 || targetAt <= idAt || !fontTable) return null;
  const bodyBefore = body.slice(0, start);
  const bodyAfter = body.slice(end + '<ps:m n="1"/>'.length);
  // A body written as bytes takes what embedFonts and the code font look for in it (italics, styles, fonts) from
  // its blocks alone: the skeleton's own part of the body must hold no paragraph, run or italics.
  if (/<w:[pri][\s/>]/.test(bodyBefore + bodyAfter)) return null;
  const relationshipsHead = rels.slice(0, probe.index);
  const parts = new Map<string, string>();
  for (const name of PROBE_PARTS) {
    const part = files.get(name);
    if (typeof part !== "string") return null;
    parts.set(name, part);
  }
  return {
    files,
    parts,
    bodyBefore,
    bodyAfter,
    bodyBytes: [encoder.encode(bodyBefore), encoder.encode(bodyAfter)],
    relationshipsHead,
    link: [
      element.slice(0, idAt),
      element.slice(idAt + probeId.length, targetAt),
      element.slice(targetAt + PROBE_TARGET.length),
    ],
    linkType,
    linkMode,
    fixedRelationships: relationshipsHead.split("<Relationship ").length - 1,
    tail: [fontTable[1], fontTable[3]],
  };
}

/**
 * The package's files for a policy: the skeleton's, with the policy's values, body, links (their relationship ids
 * given in order, as written in the body) and numbering.xml. Undefined when this docx cannot make a skeleton.
 */
export function skeletonFiles(
  make: DocumentMaker,
  texts: PartTexts,
  /**
   * The body's XML, whole or in pieces (joined once with the skeleton's, not copied twice), or as UTF-8 pieces:
   * word/document.xml is then bytes (BodyWriter.bytes), and the pieces are not filled again.
   */
  body: string | readonly string[] | readonly Uint8Array[],
  links: readonly (readonly [id: string, link: LinkRecord])[],
  numbering: string,
  /** docx's last pass over the body, header and footer (ListSequence.fillPlaceholders). */
  fillPlaceholders: (xml: string) => string = (xml) => xml,
  /**
   * A body given as bytes is put in a buffer kept for the next call (which writes over it), not in a new one: a
   * new 100 KB buffer for every policy is memory the system must hand over afresh each time. The caller must be
   * done with word/document.xml before it calls again (the Word renderer zips it at once, without awaiting).
   */
  reuseBuffer = false,
): Map<string, string | Uint8Array> | undefined {
  const present = TEXT_KEYS.map((key) => Boolean(texts[key]));
  const key = present.map(Number).join("");
  let skeleton = skeletons.get(key);
  if (skeleton === undefined) {
    skeleton = makeSkeleton(make, present);
    skeletons.set(key, skeleton);
  }
  if (!skeleton) return undefined;
  const values = TEXT_KEYS.map((name) => escapeXmlValue(texts[name]));
  const files = new Map(skeleton.files);
  for (const [name, part] of skeleton.parts) {
    const filled = part.replace(SENTINELS, (char) => values[char.charCodeAt(0) - 0xe000]);
    files.set(name, name === "docProps/core.xml" ? filled : fillPlaceholders(filled));
  }
  const [beforeId, beforeTarget, afterTarget] = skeleton.link;
  const relationships = [skeleton.relationshipsHead];
  for (const [id, [type, target, mode]] of links) {
    if (type !== skeleton.linkType || String(mode) !== skeleton.linkMode)
      throw new Error(`Word renderer: a link's relationship is not a hyperlink's (${type})`);
    relationships.push(beforeId, id, beforeTarget, escapeXmlValue(target), afterTarget);
  }
  relationships.push(
    skeleton.tail[0],
    String(skeleton.fixedRelationships + links.length + 1),
    skeleton.tail[1],
  );
  files.set("word/_rels/document.xml.rels", relationships.join(""));
  // One join: a body of 60,000 characters joined and then concatenated was copied twice (2-3 ms a document).
  files.set(
    "word/document.xml",
    typeof body === "string"
      ? skeleton.bodyBefore + body + skeleton.bodyAfter
      : isBytes(body)
        ? concatBytes([skeleton.bodyBytes[0], ...body, skeleton.bodyBytes[1]], reuseBuffer)
        : [skeleton.bodyBefore, ...body, skeleton.bodyAfter].join(""),
  );
  files.set("word/numbering.xml", numbering);
  skeletonUse.documents++;
  return files;
}

const encoder = new TextEncoder();

function isBytes(pieces: readonly string[] | readonly Uint8Array[]): pieces is readonly Uint8Array[] {
  return pieces.length > 0 && typeof pieces[0] !== "string";
}

let bodyBuffer = new Uint8Array(0);

function concatBytes(pieces: readonly Uint8Array[], reuseBuffer: boolean): Uint8Array {
  let length = 0;
  for (const piece of pieces) length += piece.length;
  if (reuseBuffer && bodyBuffer.length < length) bodyBuffer = new Uint8Array(length + (length >> 2));
  // A new view each time: nothing keyed by the array's identity (a WeakMap) can take one body for another.
  const out = reuseBuffer ? bodyBuffer.subarray(0, length) : new Uint8Array(length);
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.length;
  }
  return out;
}

/**
 * The lists a body uses, in the order docx's Numbering would create them as it writes the body: a numbering id
 * for each list (reference and instance) from 2, after docx's own default bullets (1).
 */
export class ListSequence {
  readonly concrete: Array<{ numId: number; reference: string; instance: number }> = [
    { numId: 1, reference: "default-bullet-numbering", instance: 0 },
  ];
  /** `${reference}-${instance}` → numbering id (docx's list key and placeholder). */
  readonly ids = new Map<string, string>([["default-bullet-numbering-0", "1"]]);

  constructor(private readonly references: ReadonlySet<string>) {}

  use(reference: string, instance: number): void {
    if (!this.references.has(reference)) return;
    const key = `${reference}-${instance}`;
    if (this.ids.has(key)) return;
    const numId = this.concrete.length + 1;
    this.concrete.push({ numId, reference, instance });
    this.ids.set(key, String(numId));
  }

  /** The key numbering.xml is kept by (index.ts): every list with its id. */
  key(): string {
    return this.concrete.map((n) => `${n.numId}:${n.reference}:${n.instance}:`).join(",");
  }

  /** Which list each numbering id is. */
  byNumId(): Map<string, { reference: string; instance: number }> {
    return new Map(this.concrete.map((n) => [String(n.numId), n]));
  }

  /** numbering.xml for these lists, as docx writes it. */
  numberingXml(options: ConstructorParameters<typeof Numbering>[0]): string {
    const numbering = new Numbering(options);
    for (const { reference, instance } of this.concrete.slice(1))
      numbering.createConcreteNumberingInstance(reference, instance);
    return xmlText(numbering.prepForXml({ stack: [] } as unknown as IContext) as never, {
      standalone: "yes",
      encoding: "UTF-8",
    });
  }

  /** docx's last pass over document.xml: each `{reference-instance}` a list has becomes its numbering id. */
  fillPlaceholders(xml: string): string {
    // Most bodies have no brace at all: looking for one is far quicker than the pattern's pass (0.7 ms a policy).
    if (!xml.includes("{")) return xml;
    return xml.replace(/\{([^{}]+)\}/g, (whole, key: string) => this.ids.get(key) ?? whole);
  }
}
