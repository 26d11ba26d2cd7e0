/**
 * Reuse of the Word body's blocks across settings (issue 15). Most top-level blocks of a filled policy (a heading,
 * a paragraph, a list, a table) are the same for every setting of a type, so the WordprocessingML the docx package
 * wrote for a block is kept (src/render/block-cache.ts) and written again for the next document that has the same
 * block in the same context, instead of building and serialising it through docx again.
 *
 * How one document is written: every top-level block is preceded by a marker element in the docx body
 * (`<ps:m n="3"/>`), a block found in the cache is only its marker, and docx compiles the package once; the body's
 * XML is then cut at the markers, the blocks docx wrote are kept, and the body is put together from the pieces.
 * A block's XML is kept in a neutral form, its per-document ids replaced by placeholders:
 * - list numbering ids (w:numId, which docx numbers per document in the order lists first appear) — the block
 *   keeps which lists it uses, relative to the numbered lists before it, and a reused block asks docx's numbering
 *   for the same lists at the same point of the body, so numbering.xml and the ids are what docx would write;
 * - hyperlink relationship ids (random in docx) — a reused block adds its links' relationships at the same point;
 * - bookmark ids (docx counts them for the whole process) — numbered per document in order.
 * Blocks rendered fresh go through the same neutral form and back, so a document's bytes do not depend on what
 * the cache held (test/render-docx-cache.test.ts), and canonical.ts then makes the ids what they always were.
 *
 * The cache key is the block's Markdown (without source positions) and all the context its XML depends on: whether
 * a table came just before it, the bookmark names of the headings and #links in it, and, for a block with a table,
 * the name of the section the table is in (its title); the contents list's key is its entries and their pages.
 */
import { FileChild, type IContext, type IXmlableObject } from "docx";
import type { RootContent } from "mdast";
import type { HeadingInfo } from "../../model.js";
import { BlockCache, FrozenIds } from "../block-cache.js";
import { beyondEditing, textCharacters } from "./embed-fonts.js";
import { withTableTitles } from "./table.js";

type AddRelationship = IContext["viewWrapper"]["Relationships"]["addRelationship"];
/** A hyperlink's relationship as docx adds it: type, target, target mode. */
export type LinkRecord = [
  type: Parameters<AddRelationship>[1],
  target: string,
  mode: Parameters<AddRelationship>[3],
];

/** A block's XML in its neutral form, and what writing it does to the document around it. */
export interface ReusedBlock {
  /** The XML, with \u0001N<i>\u0001 for a list id, \u0001R<i>\u0001 for a relationship, \u0001B<i>\u0001 for a bookmark. */
  xml: string;
  /** The lists it uses, in order: numbering reference, instance, and whether the instance counts from the block's first. */
  numbering: Array<[reference: string, instance: number, relative: boolean]>;
  /** Its hyperlinks' relationships, in order: type, target, target mode. */
  links: LinkRecord[];
  /** How many bookmarks it has. */
  bookmarks: number;
  /** The characters its text shows, each once (for the embedded fonts' subsets). */
  characters: string;
  /** How many numbered lists it starts (the renderer's list counter moves on by this much). */
  lists: number;
  /** Whether it ends with a table (the next paragraph then keeps its distance). */
  afterTable: boolean;
  /** The section it leaves the writing in (the text of its last heading), or undefined when it has no heading. */
  section?: string;
}

/**
 * The Word renderer's share of BLOCK_CACHE_BYTES (64 MiB per thread for every format): 24 MiB, of which 4 go to
 * deflated zip entries (canonical.ts).
 */
export const DOCX_CACHE_BYTES = 20 * 1024 * 1024;

/** One per thread: a worker builds many settings, and their policies share most blocks. */
export const docxBlockCache = new BlockCache<ReusedBlock>(
  DOCX_CACHE_BYTES,
  (block) =>
    // The XML as a string and as UTF-8 (BodyWriter.bytes keeps it encoded too).
    block.xml.length * 3 +
    (block.section?.length ?? 0) * 2 +
    block.links.reduce((sum, [type, target]) => sum + (type.length + target.length) * 2, 0) +
    64,
);

const NOT_CACHED = Symbol("not cached");

/**
 * The cached block for a key, or undefined. (BlockCache makes a missing value on the spot; a block's XML is only
 * known once docx has compiled the whole document, so the miss is noted here and the value kept by remember.)
 */
export function lookup(key: string): ReusedBlock | undefined {
  try {
    return docxBlockCache.get(key, () => {
      throw NOT_CACHED;
    });
  } catch (error) {
    if (error === NOT_CACHED) return undefined;
    throw error;
  }
}

/**
 * Keeps a block made after lookup missed it. Each lookup counts once, so this call is not counted again (the
 * block may already be there when the same block came twice in one document).
 */
export function remember(key: string, block: ReusedBlock): void {
  let made = false;
  docxBlockCache.get(key, () => {
    made = true;
    return block;
  });
  if (made) docxBlockCache.stats.misses--;
  else docxBlockCache.stats.hits--;
}

interface KeyContext {
  afterTable: boolean;
  bookmarks: ReadonlyMap<string, string>;
  /** The document's headings and the pages they start on (the contents list is made of them). */
  headings: readonly HeadingInfo[];
  pages: ReadonlyMap<string, number>;
  /** The name a table in the block would take from its section (the heading it is under, or the title). */
  tableSection: string;
}

interface BlockFacts {
  key: string;
  hasHeading: boolean;
}

/** Frozen blocks' short ids in the keys (FrozenIds). */
const contentIds = new FrozenIds();

/** The key of a block and what it contains. */
export function blockKey(node: RootContent, context: KeyContext): BlockFacts {
  if (node.type === "toc") {
    // The contents list: its entries' words, bookmarks and pages (contents.ts).
    const entries = context.headings
      .filter((h) => h.depth >= 2 && h.depth <= 3)
      .map((h) => [h.depth, h.text, context.bookmarks.get(h.id) ?? null, context.pages.get(h.id) ?? null]);
    return { key: `${context.afterTable ? "T" : "-"}toc${JSON.stringify(entries)}`, hasHeading: false };
  }
  let facts = nodeFacts.get(node);
  if (!facts) {
    const references: (string | undefined)[] = [];
    let hasTable = false;
    let hasHeading = false;
    const walk = (current: { type: string; children?: unknown[]; data?: unknown; url?: string }) => {
      if (current.type === "table") hasTable = true;
      else if (current.type === "heading") {
        hasHeading = true;
        references.push((current.data as { id?: string } | undefined)?.id || undefined);
      } else if (current.type === "link" && current.url?.startsWith("#"))
        references.push(current.url.slice(1));
      if (current.children) for (const child of current.children) walk(child as typeof current);
    };
    walk(node);
    // A frozen block's JSON stands in the key as a short id (FrozenIds): no kilobytes hashed at every lookup.
    const content = contentIds.of(node, () =>
      JSON.stringify(node, (name, value) => (name === "position" ? undefined : value)),
    );
    facts = { references, hasTable, hasHeading, content };
    if (Object.isFrozen(node)) nodeFacts.set(node, facts);
  }
  const names = facts.references.map((id) => (id === undefined ? null : (context.bookmarks.get(id) ?? null)));
  const key = `${context.afterTable ? "T" : "-"}${JSON.stringify(names)}${facts.hasTable ? JSON.stringify(context.tableSection) : ""}${facts.content}`;
  return { key, hasHeading: facts.hasHeading };
}

/**
 * What a block's key takes from the block itself, kept for the node: a template's fixed parts are the same objects
 * in every policy (src/template, frozen and shared), so their Markdown is written out once, not once a policy. The
 * headings' ids and #links it refers to are kept as ids; their bookmark names come from each document. Only frozen
 * nodes are kept (safe.ts keeps a frozen safe copy of each such part), so what is kept stays true.
 */
const nodeFacts = new WeakMap<
  object,
  { references: (string | undefined)[]; hasTable: boolean; hasHeading: boolean; content: string }
>();

/** What a marker's block does to the document when docx writes the body: the lists and links of a reused block. */
type Replay = (context: IContext) => void;

/** The element in front of each block in the body, cut out afterwards. */
export class BlockMarker extends FileChild {
  constructor(
    readonly index: number,
    private readonly replay?: Replay,
  ) {
    super("ps:m");
  }

  override prepForXml(context: IContext): IXmlableObject {
    this.replay?.(context);
    return { "ps:m": { _attr: { n: this.index } } } as IXmlableObject;
  }
}

/** An element docx writes among the body's blocks for the assembly to find: a table's frame and its cells. */
export class PieceMarker extends FileChild {
  constructor(
    private readonly tag: "ps:t" | "ps:c" | "ps:te",
    private readonly index?: number,
  ) {
    super(tag);
  }

  override prepForXml(): IXmlableObject {
    return { [this.tag]: this.index === undefined ? {} : { _attr: { n: this.index } } } as IXmlableObject;
  }
}

const TABLE = /<ps:t n="(\d+)"\/>([\s\S]*?)<ps:te\/>/g;

/** The tables of a piece written around their cells (the cells' paragraphs are what docx wrote between the markers). */
export function withTableFrames(piece: string, frame: (index: number, cells: string[]) => string): string {
  return piece.replace(TABLE, (_whole, index: string, inner: string) =>
    frame(Number(index), inner.split("<ps:c/>").slice(1)),
  );
}

const MARKER = /<ps:m n="(\d+)"\/>/g;

/** The body XML between the markers: piece i is what docx wrote after marker i. */
export function cutAtMarkers(document: string): { before: string; pieces: string[]; after: string } {
  const marks = [...document.matchAll(MARKER)];
  if (marks.length === 0) throw new Error("Word renderer: the body's block markers are missing");
  const pieces: string[] = [];
  for (let i = 0; i < marks.length - 1; i++) {
    const from = (marks[i].index as number) + marks[i][0].length;
    pieces.push(document.slice(from, marks[i + 1].index));
  }
  const last = marks[marks.length - 1];
  return {
    before: document.slice(0, marks[0].index),
    pieces,
    after: document.slice((last.index as number) + last[0].length),
  };
}

/** What a document's compile tells about the ids in a piece: which list each numId is, and each link's target. */
export interface CompiledIds {
  lists: ReadonlyMap<string, { reference: string; instance: number }>;
  links: ReadonlyMap<string, LinkRecord>;
}

/**
 * A piece of body XML docx wrote, in the neutral form, with what it needs around it; undefined for a piece
 * that holds something else with a document-wide id (a picture), which is written as it is.
 */
export function neutralPiece(
  xml: string,
  ids: CompiledIds,
  listBase: number,
  titles: readonly string[],
):
  | (Pick<ReusedBlock, "xml" | "numbering" | "links" | "bookmarks" | "characters"> & {
      relationshipIds: string[];
    })
  | undefined {
  if (/<wp:docPr\b|\br:(?:embed|link)="/.test(xml)) return undefined;
  const titled = titles.length ? withTableTitles(xml, titles) : xml;
  const numbering: ReusedBlock["numbering"] = [];
  const numberingIndex = new Map<string, number>();
  const links: ReusedBlock["links"] = [];
  const relationshipIds: string[] = [];
  const bookmarks = new Map<string, number>();
  let unknown = false;
  const out = titled
    .replace(/<w:numId w:val="(\d+)"\/>/g, (whole, id: string) => {
      const list = ids.lists.get(id);
      if (!list) {
        unknown = true;
        return whole;
      }
      let index = numberingIndex.get(id);
      if (index === undefined) {
        index = numbering.length;
        numberingIndex.set(id, index);
        // Numbered lists count instances through the document; bullets share one list.
        const relative = list.instance > 0;
        numbering.push([list.reference, relative ? list.instance - listBase : list.instance, relative]);
      }
      return `<w:numId w:val="\u0001N${index}\u0001"/>`;
    })
    .replace(/(\br:id=")([^"]+)"/g, (whole, attr: string, id: string) => {
      const link = ids.links.get(id);
      if (!link) {
        unknown = true;
        return whole;
      }
      links.push(link);
      relationshipIds.push(id);
      return `${attr}\u0001R${links.length - 1}\u0001"`;
    })
    .replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_whole, attr: string, id: string) => {
      let index = bookmarks.get(id);
      if (index === undefined) {
        index = bookmarks.size;
        bookmarks.set(id, index);
      }
      return `${attr}\u0001B${index}\u0001"`;
    });
  if (unknown) return undefined;
  return {
    xml: out,
    numbering,
    links,
    bookmarks: bookmarks.size,
    characters: String.fromCodePoint(...textCharacters(titled)),
    relationshipIds,
  };
}

/**
 * A kept block's XML as UTF-8, cut at its placeholders: placeholder i stands between segments i and i + 1. A body
 * written as bytes (BodyWriter.bytes) copies the segments: no string of the whole body is joined and encoded again
 * for every document. Kept for the block object, so it goes when the cache lets the block go.
 */
interface BlockBytes {
  segments: Uint8Array[];
  placeholders: Array<[kind: string, index: number]>;
  /** The characters the block shows that the embedded fonts' editing set lacks (most often none). */
  extra: number[];
}

const blockBytes = new WeakMap<object, BlockBytes>();
const encoder = new TextEncoder();
// biome-ignore lint/suspicious/noControlCharactersInRegex: placeholders are marked by U+0001, which XML (and so a policy's text) can never hold
const PLACEHOLDER = /\u0001([NRB])(\d+)\u0001/g;

/** The ids written into blocks (list, bookmark and relationship ids: a few hundred in a build), each encoded once. */
const idsEncoded = new Map<string, Uint8Array>();

function idBytes(id: string): Uint8Array {
  let bytes = idsEncoded.get(id);
  if (!bytes) {
    if (idsEncoded.size >= 4096) idsEncoded.clear();
    bytes = encoder.encode(id);
    idsEncoded.set(id, bytes);
  }
  return bytes;
}

function bytesOf(block: Pick<ReusedBlock, "xml" | "characters">): BlockBytes {
  let known = blockBytes.get(block);
  if (!known) {
    const segments: Uint8Array[] = [];
    const placeholders: BlockBytes["placeholders"] = [];
    let from = 0;
    for (const match of block.xml.matchAll(PLACEHOLDER)) {
      segments.push(encoder.encode(block.xml.slice(from, match.index)));
      placeholders.push([match[1], Number(match[2])]);
      from = (match.index as number) + match[0].length;
    }
    segments.push(encoder.encode(block.xml.slice(from)));
    known = { segments, placeholders, extra: beyondEditing(block.characters) };
    blockBytes.set(block, known);
  }
  return known;
}

/** Per document: the ids the neutral pieces get as they are written, in order, and the characters they show. */
export class BodyWriter {
  /**
   * The characters the body shows, for the embedded fonts (embed-fonts.ts): a block written as bytes adds only those
   * outside the editing set (EDITING_CHARACTERS), which every subset holds anyway.
   */
  readonly characters = new Set<number>();
  private bookmark = 0;
  private link = 0;

  /** A piece written as docx wrote it: only its characters are noted. */
  raw(xml: string): string {
    textCharacters(xml, this.characters);
    return xml;
  }

  /** A fresh relationship id for a reused link (canonical.ts renumbers them all in order). */
  nextLinkId(): string {
    return `psl${++this.link}`;
  }

  /**
   * The piece with its placeholders filled in: list ids from the document's numbering (`${reference}-${instance}`
   * → numId), bookmarks counted on.
   */
  write(
    block: Pick<ReusedBlock, "xml" | "numbering" | "bookmarks" | "characters">,
    listBase: number,
    relationshipIds: readonly string[],
    numIds: ReadonlyMap<string, string>,
  ): string {
    for (const char of block.characters) this.characters.add(char.codePointAt(0) as number);
    const base = this.bookmark;
    this.bookmark += block.bookmarks;
    return block.xml.replace(PLACEHOLDER, (_whole, kind: string, digits: string) =>
      this.id(block, kind, Number(digits), base, listBase, relationshipIds, numIds),
    );
  }

  /**
   * The same as write, as UTF-8, added to `out`: the block's encoded segments (bytesOf) and its ids between them.
   * A block with a brace in it is added as text (write): docx's last pass over the body (ListSequence's
   * fillPlaceholders, which knows every list only once the body is written) may change it, and nothing else.
   */
  bytes(
    block: Pick<ReusedBlock, "xml" | "numbering" | "bookmarks" | "characters">,
    listBase: number,
    relationshipIds: readonly string[],
    numIds: ReadonlyMap<string, string>,
    out: Array<Uint8Array | string>,
  ): void {
    if (block.xml.includes("{")) {
      out.push(this.write(block, listBase, relationshipIds, numIds));
      return;
    }
    const { segments, placeholders, extra } = bytesOf(block);
    // Only what the editing set lacks: the fonts are subset for the editing set and these (embed-fonts.ts), and a
    // block's own characters, a few dozen added to a set in every block of every document, were most of this call.
    for (const code of extra) this.characters.add(code);
    const base = this.bookmark;
    this.bookmark += block.bookmarks;
    out.push(segments[0]);
    placeholders.forEach(([kind, index], i) => {
      out.push(idBytes(this.id(block, kind, index, base, listBase, relationshipIds, numIds)));
      out.push(segments[i + 1]);
    });
  }

  private id(
    block: Pick<ReusedBlock, "numbering">,
    kind: string,
    index: number,
    bookmarkBase: number,
    listBase: number,
    relationshipIds: readonly string[],
    numIds: ReadonlyMap<string, string>,
  ): string {
    if (kind === "B") return String(bookmarkBase + index + 1);
    if (kind === "R") return relationshipIds[index];
    const [reference, instance, relative] = block.numbering[index];
    const id = numIds.get(`${reference}-${relative ? listBase + instance : instance}`);
    if (id === undefined) throw new Error(`Word renderer: list ${reference} ${instance} has no numbering`);
    return id;
  }
}
