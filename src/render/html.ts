/**
 * HTML output: one standalone, accessible page per policy, for a setting's website or intranet.
 * mdast → hast with mdast-util-to-hast (remark-rehype's engine), page furniture built as hast, then
 * serialised by hast-util-to-html, so every piece of text is escaped by the library, never by hand.
 */
import type { Element, ElementContent, Root as HastRoot, Properties } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Nodes as MdastNodes } from "mdast";
import { type Handlers, toHast } from "mdast-util-to-hast";
import type { HeadingInfo, PolicyDocument } from "../model.js";
import { BlockCache } from "./block-cache.js";
import { HTML_STYLE } from "./html-style.js";
import { isSafeLinkTarget, safeBlock, safeDocument } from "./safe.js";

const h = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});
const text = (value: string) => ({ type: "text" as const, value });

/** The contents list: an ordered list nested by heading depth, each entry a link to its heading. */
export function contentsNav(headings: readonly HeadingInfo[]): Element {
  const entries = headings.filter((x) => x.depth >= 2 && x.depth <= 3);
  const top = h("ol", {});
  let current: Element | undefined;
  for (const heading of entries) {
    const item = h("li", {}, [h("a", { href: `#${heading.id}` }, [text(heading.text)])]);
    if (heading.depth === 2 || !current) {
      top.children.push(item);
      current = item;
    } else {
      let sub = current.children.find((c): c is Element => c.type === "element" && c.tagName === "ol");
      if (!sub) {
        sub = h("ol", {});
        current.children.push(sub);
      }
      sub.children.push(item);
    }
  }
  return h("nav", { ariaLabelledBy: ["contents-heading"], className: ["contents"] }, [
    h("h2", { id: "contents-heading" }, [text("Contents")]),
    top,
  ]);
}

/** Our own node types' handlers; the contents list asks for the (safe) headings only when there is one. */
function handlers(headings: () => readonly HeadingInfo[]): Handlers {
  return {
    toc: () => contentsNav(headings()),
  } as Handlers;
}

/** The words of an element, as a reader hears them. */
function textOf(node: ElementContent | HastRoot): string {
  if (node.type === "text") return node.value;
  if (node.type === "element" || node.type === "root")
    return (node.children as ElementContent[]).map(textOf).join("");
  return "";
}

const childElements = (node: Element, tagName: string): Element[] =>
  node.children.filter((c): c is Element => c.type === "element" && c.tagName === tagName);

/**
 * UK phone numbers as the data writes them ("0113 496 0761", "0800 1111", "+44 113 496 0761"), and email
 * addresses and web addresses long enough to need a line break somewhere.
 */
const PHONE = /(?:\+44 ?|\b0)\d{2,4}(?: \d{3,4}){1,2}\b/g;
const ADDRESS =
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?:\/[\w\-./%?=&#~]*)?/gi;
const LONG_ADDRESS = 16;
const LONG_RUN = /\S{16,}/g;

/**
 * A cheap first look (most text has neither): a phone number has a digit, a space and a digit; an address an @, a
 * slash or a dot before a letter.
 */
const MAY_SPLIT = /\d \d|[@/]|\.[a-z]/i;

/**
 * A text's phone numbers in a no-wrap span (a number split over two lines is misread or misdialled), and long
 * email and web addresses given break opportunities (<wbr>) after each @ . / - so a narrow screen breaks them
 * there, never mid-word. The words themselves are unchanged.
 */
function splitText(value: string): ElementContent[] {
  const out: ElementContent[] = [];
  const pushAddresses = (part: string) => {
    let last = 0;
    // Only a run of 16 or more characters without a space can hold a long address: most text has none.
    for (const run of part.matchAll(LONG_RUN))
      for (const m of run[0].matchAll(ADDRESS)) {
        if (m[0].length < LONG_ADDRESS) continue;
        const start = (run.index ?? 0) + (m.index ?? 0);
        if (start > last) out.push(text(part.slice(last, start)));
        const pieces = m[0].split(/(?<=[@./-])(?<!:\/)(?=.)/);
        pieces.forEach((piece, i) => {
          if (i > 0) out.push(h("wbr", {}));
          out.push(text(piece));
        });
        last = start + m[0].length;
      }
    if (last < part.length) out.push(text(part.slice(last)));
  };
  let last = 0;
  for (const m of value.matchAll(PHONE)) {
    const start = m.index ?? 0;
    if (start > last) pushAddresses(value.slice(last, start));
    out.push(h("span", { className: ["phone"] }, [text(m[0])]));
    last = start + m[0].length;
  }
  if (last < value.length) pushAddresses(value.slice(last));
  return out;
}

/**
 * A table whose header row names only its first column ("Policy details" over keys and values): its title
 * becomes the caption, and each row's first cell the header of that row.
 */
function keyValueTable(table: Element): boolean {
  const [head] = childElements(table, "thead");
  const [headerRow] = head ? childElements(head, "tr") : [];
  const headers = headerRow ? childElements(headerRow, "th") : [];
  if (headers.length < 2) return false;
  const [title, ...rest] = headers.map((th) => textOf(th).trim());
  if (!title || rest.some((t) => t !== "")) return false;
  table.children = [h("caption", {}, headers[0].children), ...table.children.filter((c) => c !== head)];
  for (const body of childElements(table, "tbody"))
    for (const row of childElements(body, "tr")) {
      const [first] = childElements(row, "td");
      if (first && row.children.find((c) => c.type === "element") === first) {
        first.tagName = "th";
        first.properties = { ...first.properties, scope: "row" };
      }
    }
  return true;
}

const RAW_TEXT = new Set(["style", "script", "title"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

interface PolishState {
  /** The last heading passed, in document order: what a table under it is about. */
  heading?: { id: string; text: string };
  tables: number;
  /** Region labels used so far: each scroll region's name is unique on the page. */
  labels: Set<string>;
}

/**
 * A table in a focusable, labelled scroll region: on a narrow screen it scrolls inside the region and the page
 * itself never scrolls sideways (WCAG 1.4.10); the region is named by the table's caption or the heading above it.
 */
function scrollRegion(table: Element, state: PolishState): Element {
  state.tables++;
  const n = state.tables;
  const properties: Properties = { className: ["table-scroll"], role: "region", tabIndex: 0 };
  const caption = childElements(table, "caption")[0];
  const label = caption
    ? textOf(caption).trim()
    : state.heading && !state.labels.has(state.heading.text)
      ? state.heading.text
      : `${state.heading ? `${state.heading.text}, table` : "Table"} ${n}`;
  if (caption) {
    caption.properties = { ...caption.properties, id: `table-${n}-caption` };
    properties.ariaLabelledBy = [`table-${n}-caption`];
  } else if (state.heading && label === state.heading.text) properties.ariaLabelledBy = [state.heading.id];
  else properties.ariaLabel = label;
  state.labels.add(label);
  return h("div", properties, [table]);
}

/**
 * Adds scope="col" to column header cells and rel="noopener" to external links; a link or image whose target is
 * not http(s), mailto, tel or #anchor loses it (its words stay). Key–value tables get a caption and row headers,
 * every table a scroll region, phone numbers a no-wrap span, long addresses break opportunities.
 */
function polish(node: HastRoot | Element, state: PolishState): void {
  // A new list of children only once one is replaced: most elements keep theirs as they are.
  let children: (typeof node.children)[number][] | undefined;
  const splitsText = node.type === "element" && !RAW_TEXT.has(node.tagName);
  const replace = (i: number, ...nodes: ElementContent[]) => {
    children ??= node.children.slice(0, i);
    children.push(...nodes);
  };
  for (let i = 0; i < node.children.length; i++) {
    const child = node.children[i];
    if (child.type === "text" && splitsText && MAY_SPLIT.test(child.value)) {
      const split = splitText(child.value);
      if (split.length === 1 && split[0].type === "text") children?.push(child);
      else replace(i, ...split);
      continue;
    }
    if (child.type !== "element") {
      children?.push(child);
      continue;
    }
    if (HEADINGS.has(child.tagName) && typeof child.properties.id === "string")
      state.heading = { id: child.properties.id, text: textOf(child).trim() };
    if (child.tagName === "th" && child.properties.scope === undefined) child.properties.scope = "col";
    for (const key of ["href", "src"])
      if (key in child.properties && !isSafeLinkTarget(String(child.properties[key])))
        delete child.properties[key];
    if (
      child.tagName === "a" &&
      typeof child.properties.href === "string" &&
      /^https?:/i.test(child.properties.href)
    )
      child.properties.rel = ["noopener"];
    if (child.tagName === "table") {
      keyValueTable(child);
      polish(child, state);
      replace(i, scrollRegion(child, state));
      continue;
    }
    polish(child, state);
    children?.push(child);
  }
  if (children) node.children = children as typeof node.children;
}

export interface HtmlOptions {
  /** Reuse blocks rendered for earlier settings (src/render/block-cache.ts); false gives the same bytes. */
  cache?: boolean;
}

const unknownHandler = (_state: unknown, node: { type: string; position?: { start: { line: number } } }) => {
  const line = node.position?.start.line;
  throw new Error(
    `HTML renderer: no handler for Markdown node type '${node.type}'${line ? ` at line ${line}` : ""}`,
  );
};

/** mdast → hast: the tree of a (safe) document. */
const hastOf = (tree: MdastNodes, doc: PolicyDocument) =>
  toHast(tree, { handlers: handlers(() => doc.headings), unknownHandler } as Parameters<typeof toHast>[1]) as
    | HastRoot
    | Element;

/**
 * A root holding a few top-level blocks, converted as toHast converts that root. They are handed over inside a node
 * without children, which toHast's own first step (a walk over the whole tree for link and footnote definitions, two
 * fifths of a block's conversion) passes over at once: a block with a definition or footnote is never converted
 * alone (DOCUMENT_WIDE), so that walk has nothing to find.
 */
interface BlocksHolder {
  type: "policyBlocks";
  root: MdastNodes;
}

function hastOfBlocks(root: MdastNodes, headings: () => readonly HeadingInfo[]): HastRoot {
  const holder: BlocksHolder = { type: "policyBlocks", root };
  const blockHandlers = {
    ...handlers(headings),
    policyBlocks: (state: { one: (node: MdastNodes, parent: undefined) => unknown }, node: BlocksHolder) =>
      state.one(node.root, undefined),
  };
  return toHast(
    holder as unknown as MdastNodes,
    {
      handlers: blockHandlers,
      unknownHandler,
    } as Parameters<typeof toHast>[1],
  ) as HastRoot;
}

/**
 * One top-level block of a policy as HTML, kept for the next setting whose policy has the same block: most of a
 * policy's hundred-odd blocks are the same model text for every setting of a type.
 */
interface RenderedBlock {
  /** The block's HTML: its elements, a newline between two (as mdast-util-to-hast wraps them). */
  html: string;
  /** The block gave no element (a dropped definition): no newline is written for it. */
  empty: boolean;
  /** What the block does to the page-wide state of polish(): the last heading in it, tables and labels added. */
  heading?: PolishState["heading"];
  tables: number;
  labels: string[];
}

/** A block's HTML and, to check a hit against, a copy of the block it was made from (positions aside). */
interface CachedBlock {
  rendered: RenderedBlock;
  /** Undefined under an exact key (the whole block spelt out), which needs no check. */
  source?: unknown;
  bytes: number;
  /** What of the page outside the block it depends on (the same for an equal block). */
  hasTable: boolean;
  hasToc: boolean;
}

/**
 * The block last rendered at each place of each template (its offsets in the template's Markdown), and the context
 * it was rendered in: the next policy from that template most often has the very same block there, which is then
 * compared with it straight away — no fingerprint, no lookup. At most LAST_AT_PLACES places in all (a template has a
 * few hundred blocks; a setting's own sections have places of their own); mostly the same entries as the cache holds.
 * By template, then by a number made of the block's offsets (a block made for the policy: `${place before}+${n}`):
 * no key text is built and hashed for each block of each policy. A place is only where to look first — a block is
 * taken from it only when it is the same block in the same context — so two places that share a number (offsets
 * beyond a mebibyte) cost a look, never a wrong block.
 */
const lastAt = new Map<string, Map<number | string, PlaceMemory>>();
const LAST_AT_PLACES = 512;
/** How many places lastAt holds, all templates together. */
let placesKept = 0;

/** What is known of one place of a template: the block last rendered there, and how often it was new there. */
interface PlaceMemory {
  context: string;
  /** Undefined when the block had no copy to compare with (kept under its exact key). */
  entry?: CachedBlock;
  /** How many policies in a row had a block there that no earlier policy had (a miss). */
  misses: number;
  /** Blocks rendered there straight away since the place was last looked up in the cache. */
  skipped: number;
}

/**
 * A place whose block was new in this many policies in a row holds a setting's own words (its name, its leads'
 * table): its block is rendered straight away, neither fingerprinted, copied nor kept, since no later policy would
 * find it. Every PROBE_EVERY-th policy still looks it up, so a place whose blocks start to repeat is cached again.
 */
const NEW_EVERY_TIME = 4;
const PROBE_EVERY = 16;

/**
 * Rendered blocks by content, for the whole thread (a worker builds many settings). 8 MiB of the shared budget:
 * the blocks every setting of a type shares take about 1 MiB a template; a setting's own blocks (its name, its
 * leads) are used once and leave first.
 */
export const htmlBlockCache = new BlockCache<CachedBlock>(8 * 1024 * 1024, (entry) => entry.bytes);

/**
 * The last rendering of each frozen block rendered straight away (a place whose blocks are new every time), and the
 * context it was rendered in. Weak: it lives as long as the block, which its template part keeps (at most 64 fills
 * a part, src/template/fill.ts).
 */
const renderedFrozen = new WeakMap<
  MdastNodes,
  Pick<BlockFacts, "hasTable" | "hasToc" | "uncacheable"> & { rendered: RenderedBlock; context: string }
>();

/**
 * Node types whose HTML depends on other blocks (definitions and footnotes are gathered from the whole tree and
 * footnotes numbered across it): a policy with any is rendered whole, uncached.
 */
const DOCUMENT_WIDE = new Set([
  "definition",
  "footnoteDefinition",
  "footnoteReference",
  "linkReference",
  "imageReference",
]);

interface BlockFacts {
  /** A quick fingerprint of the block: equal blocks have equal fingerprints, and unequal ones almost never. */
  fingerprint: string;
  /** The block may hold a table, whose scroll region is named and numbered by what came before it. */
  hasTable: boolean;
  /** The block holds the contents list, made from every heading of the policy. */
  hasToc: boolean;
  /** The block's HTML depends on other blocks, or it holds a value that cannot be compared: never cached. */
  uncacheable: boolean;
}

/**
 * A block's fingerprint, from one walk over every property of every node (positions aside: they only name a line
 * in an error, which is never cached): each value's kind, each string's length and up to 64 of its characters.
 * It samples, so two blocks that differ only in an unsampled character share it; that is why a hit is used only
 * once sameBlock() has compared the whole block (spelling every block out in full for a key cost twice the time
 * of the rest of a cached page). The same walk notes what outside the block can change its HTML.
 */
function blockFacts(block: MdastNodes): BlockFacts {
  const facts = { fingerprint: "", hasTable: false, hasToc: false, uncacheable: false };
  let a = 0x811c9dc5;
  let b = 0x2545f491;
  const mix = (n: number) => {
    a = Math.imul(a ^ n, 0x01000193);
    b = Math.imul(b ^ n, 0x5bd1e995);
    b ^= b >>> 15;
  };
  const mixString = (text: string) => {
    const length = text.length;
    mix(length);
    if (length <= 64) for (let i = 0; i < length; i++) mix(text.charCodeAt(i));
    else {
      for (let i = 0; i < 24; i++) mix(text.charCodeAt(i) ^ text.charCodeAt(length - 1 - i));
      const step = Math.floor(length / 16);
      for (let i = 24; i < length - 24; i += step) mix(text.charCodeAt(i));
    }
  };
  const walk = (value: unknown): void => {
    switch (typeof value) {
      case "string":
        mix(1);
        mixString(value);
        return;
      case "number":
        mix(2);
        mix(value | 0);
        mix(Math.round((value % 1) * 1e6));
        return;
      case "boolean":
        mix(value ? 3 : 4);
        return;
      case "undefined":
        mix(5);
        return;
      case "object": {
        if (value === null) {
          mix(6);
          return;
        }
        if (Array.isArray(value)) {
          mix(7);
          mix(value.length);
          for (const item of value) walk(item);
          return;
        }
        mix(8);
        for (const name in value) {
          if (name === "position") continue;
          const item = (value as Record<string, unknown>)[name];
          if (name === "type") {
            if (item === "table") facts.hasTable = true;
            else if (item === "toc") facts.hasToc = true;
            else if (DOCUMENT_WIDE.has(item as string)) facts.uncacheable = true;
            // A node may ask for any element (data.hName, data.hChildren): it could be a table.
          } else if (name === "hName" || name === "hChildren") facts.hasTable = true;
          mix(name.length * 65536 + name.charCodeAt(0));
          walk(item);
        }
        mix(9);
        return;
      }
      default:
        facts.uncacheable = true;
    }
  };
  walk(block);
  facts.fingerprint = `${(a >>> 0).toString(36)}.${(b >>> 0).toString(36)}`;
  return facts;
}

/** The block holds a node whose HTML depends on other blocks (DOCUMENT_WIDE): blockFacts' check alone. */
function holdsDocumentWide(node: MdastNodes): boolean {
  if (DOCUMENT_WIDE.has(node.type)) return true;
  const children = (node as { children?: MdastNodes[] }).children;
  if (children) for (const child of children) if (holdsDocumentWide(child)) return true;
  return false;
}

/** The facts of each frozen block (a template's fixed text, frozen when compiled: it cannot change). */
const factsOfFrozen = new WeakMap<MdastNodes, BlockFacts>();

function blockFactsOf(block: MdastNodes): BlockFacts {
  if (!Object.isFrozen(block)) return blockFacts(block);
  let facts = factsOfFrozen.get(block);
  if (!facts) {
    facts = blockFacts(block);
    factsOfFrozen.set(block, facts);
  }
  return facts;
}

/** A copy of a block without positions (what a cached block is checked against), and its size in bytes, roughly. */
function copyOf(value: unknown, size: { bytes: number }): unknown {
  if (typeof value === "string") {
    size.bytes += value.length * 2 + 16;
    return value;
  }
  if (typeof value !== "object" || value === null) return value;
  size.bytes += 32;
  if (Array.isArray(value)) return value.map((item) => copyOf(item, size));
  const copy: Record<string, unknown> = {};
  for (const name in value)
    if (name !== "position") copy[name] = copyOf((value as Record<string, unknown>)[name], size);
  return copy;
}

/** The block is the cached one: every property of every node equal, positions aside. */
function sameBlock(value: unknown, cached: unknown): boolean {
  if (value === cached) return true;
  if (typeof value !== "object" || typeof cached !== "object" || value === null || cached === null)
    return false;
  if (Array.isArray(value)) {
    if (!Array.isArray(cached) || value.length !== cached.length) return false;
    for (let i = 0; i < value.length; i++) if (!sameBlock(value[i], cached[i])) return false;
    return true;
  }
  if (Array.isArray(cached)) return false;
  let names = 0;
  for (const name in value) {
    if (name === "position") continue;
    if (!(name in cached)) return false;
    if (!sameBlock((value as Record<string, unknown>)[name], (cached as Record<string, unknown>)[name]))
      return false;
    names++;
  }
  for (const name in cached) if (name !== "position") names--;
  return names === 0;
}

/**
 * A block's exact key, for the rare block whose fingerprint another block has: every property of every node
 * spelt out, each string preceded by its length, so no two different blocks share it and nothing needs escaping.
 */
function spelt(value: unknown): string {
  switch (typeof value) {
    case "string":
      return `s${value.length}:${value}`;
    case "number":
      return `n${value};`;
    case "boolean":
      return value ? "T" : "F";
    case "undefined":
      return "u";
    case "object": {
      if (value === null) return "N";
      if (Array.isArray(value)) {
        let out = `[${value.length}`;
        for (const item of value) out += spelt(item);
        return out;
      }
      let out = "{";
      for (const name in value)
        if (name !== "position")
          out += `${name.length}:${name}${spelt((value as Record<string, unknown>)[name])}`;
      return `${out}}`;
    }
    default:
      throw new Error(`HTML renderer: a block holds a ${typeof value}`);
  }
}

/**
 * The page around the policy's text: head, header and footer, with an empty <main> that the text goes into.
 * Returned as the HTML before and after that text.
 */
function pageShell(doc: PolicyDocument, mainChildren: ElementContent[] = []): HastRoot {
  const { meta } = doc;
  const header: ElementContent[] = [];
  if (meta.logo) {
    const src = `data:image/${meta.logo.type === "jpg" ? "jpeg" : "png"};base64,${base64(meta.logo.data)}`;
    header.push(
      h("img", {
        src,
        alt: meta.logo.alt,
        width: meta.logo.width,
        height: meta.logo.height,
        className: ["logo"],
      }),
    );
  }
  header.push(h("p", { className: ["setting"] }, [text(meta.settingName)]));
  const footerText = `${meta.title}, version ${meta.version}. Next review: ${meta.nextReviewText}.`;
  return {
    type: "root",
    children: [
      { type: "doctype" },
      h("html", { lang: meta.language }, [
        h("head", {}, [
          h("meta", { charSet: "utf-8" }),
          h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
          h("title", {}, [text(`${meta.title} — ${meta.settingName}`)]),
          h("meta", {
            name: "description",
            content: `${meta.title} of ${meta.settingName}: ${meta.subject}.`,
          }),
          h("meta", { name: "author", content: meta.author }),
          h("meta", { name: "keywords", content: meta.keywords.join(", ") }),
          h("meta", { name: "generator", content: "policysmith" }),
          h("style", {}, [text(HTML_STYLE)]),
        ]),
        h("body", {}, [
          h("a", { href: "#main", className: ["skip-link"] }, [text("Skip to content")]),
          h("header", {}, header),
          h("main", { id: "main" }, mainChildren),
          h("footer", {}, [h("p", {}, [text(footerText)])]),
        ]),
      ]),
    ],
  };
}

/** The whole policy in one pass: the reference for the cached path, and the path for --no-cache. */
function renderWhole(unsafe: PolicyDocument): string {
  const doc = safeDocument(unsafe);
  const body = hastOf(doc.tree as MdastNodes, doc);
  polish(body, { tables: 0, labels: new Set() });
  const mainChildren = (body.type === "root" ? body.children : [body]) as ElementContent[];
  return `${toHtml(pageShell(doc, mainChildren))}\n`;
}

const EMPTY_MAIN = '<main id="main"></main>';

export function renderHtml(unsafe: PolicyDocument, options: HtmlOptions = {}): string {
  if (options.cache === false) return renderWhole(unsafe);
  const blocks = unsafe.tree.children as MdastNodes[];
  // A break at the top level trims the text after it, in the next block: rare enough to render whole.
  if (blocks.some((b) => b.type === "break")) return renderWhole(unsafe);
  // The page's words (meta) and headings as every renderer must see them; each block is made safe when rendered.
  const doc = safeDocument({ ...unsafe, headings: [], tree: { ...unsafe.tree, children: [] } });
  // The headings made safe only for a contents list that is not in the cache: most pages take theirs from it.
  let safeHeadings: readonly HeadingInfo[] | undefined;
  const headings = () =>
    (safeHeadings ??= safeDocument({ ...unsafe, tree: { ...unsafe.tree, children: [] } }).headings);
  const state: PolishState = { tables: 0, labels: new Set() };
  // Spelt out only for a page with a contents list.
  let headingsKey: string | undefined;
  const headingsText = () => (headingsKey ??= JSON.stringify(unsafe.headings));
  // What outside a block its HTML depends on: for a table, the heading above it, the tables and region names
  // before it; for the contents list, every heading.
  const contextOf = (hasTable: boolean, hasToc: boolean) =>
    (hasTable ? JSON.stringify([state.heading, state.tables, [...state.labels]]) : "") +
    (hasToc ? headingsText() : "");
  const parts: string[] = [];
  // A block made for the policy (a generated table: a setting's details, leads, training) has no position: its
  // place is the n-th such block after the last one that has.
  let places = lastAt.get(unsafe.template.id);
  if (!places) {
    places = new Map();
    lastAt.set(unsafe.template.id, places);
  }
  let placed = -1;
  let unplaced = 0;
  for (const block of blocks) {
    const position = block.position;
    const start = position?.start.offset;
    let place: number | string;
    if (start === undefined) place = `${placed}+${++unplaced}`;
    else {
      placed = place = start * 0x100000 + (((position?.end.offset ?? start) - start) & 0xfffff);
      unplaced = 0;
    }
    const last = places.get(place);
    let rendered: RenderedBlock;
    if (
      last?.entry &&
      contextOf(last.entry.hasTable, last.entry.hasToc) === last.context &&
      sameBlock(block, last.entry.source)
    ) {
      htmlBlockCache.stats.hits++;
      last.misses = 0;
      rendered = last.entry.rendered;
    } else if (last && last.misses >= NEW_EVERY_TIME && ++last.skipped % PROBE_EVERY !== 0) {
      // A frozen block is shared by the policies with its values (a part filled once per set of values): the very
      // same object may have been rendered here before, for a setting with the same values.
      const known = Object.isFrozen(block) ? renderedFrozen.get(block) : undefined;
      if (known && contextOf(known.hasTable, known.hasToc) === known.context) {
        htmlBlockCache.stats.hits++;
        rendered = known.rendered;
      } else {
        if (holdsDocumentWide(block)) return renderWhole(unsafe);
        htmlBlockCache.stats.misses++;
        const context = known && contextOf(known.hasTable, known.hasToc);
        rendered = renderBlock(block, headings, state);
        if (Object.isFrozen(block)) {
          const facts = known ?? blockFacts(block);
          if (!facts.uncacheable) {
            const { hasTable, hasToc } = facts;
            renderedFrozen.set(block, {
              rendered,
              hasTable,
              hasToc,
              uncacheable: false,
              context: context ?? contextOf(hasTable, hasToc),
            });
          }
        }
      }
    } else {
      const { fingerprint, hasTable, hasToc, uncacheable } = blockFactsOf(block);
      if (uncacheable) return renderWhole(unsafe);
      const context = contextOf(hasTable, hasToc);
      let made = false;
      let entry = htmlBlockCache.get(`${context}\u0000${fingerprint}`, () => {
        made = true;
        const size = { bytes: 0 };
        // A frozen block cannot change, so it is its own copy: the next policy's is the very same object.
        const source = Object.isFrozen(block) ? block : copyOf(block, size);
        const rendered = renderBlock(block, headings, state);
        return { rendered, source, bytes: size.bytes + sizeOf(rendered), hasTable, hasToc };
      });
      if (!made && !sameBlock(block, entry.source)) {
        // Another block with the same fingerprint: not a hit. This one goes under its exact key.
        htmlBlockCache.stats.hits--;
        entry = htmlBlockCache.get(`${context}\u0001${spelt(block)}`, () => {
          made = true;
          const rendered = renderBlock(block, headings, state);
          return { rendered, bytes: sizeOf(rendered), hasTable, hasToc };
        });
      }
      if (!places.has(place)) {
        if (placesKept >= LAST_AT_PLACES) {
          lastAt.clear();
          placesKept = 0;
          places = new Map();
          lastAt.set(unsafe.template.id, places);
        }
        placesKept++;
      }
      places.set(place, {
        context,
        entry: entry.source !== undefined ? entry : undefined,
        misses: made ? (last?.misses ?? 0) + 1 : 0,
        skipped: 0,
      });
      rendered = entry.rendered;
    }
    if (!rendered.empty) parts.push(rendered.html);
    if (rendered.heading) state.heading = rendered.heading;
    state.tables += rendered.tables;
    for (const label of rendered.labels) state.labels.add(label);
  }
  const shell = toHtml(pageShell(doc));
  const at = shell.lastIndexOf(EMPTY_MAIN) + EMPTY_MAIN.length - "</main>".length;
  return `${shell.slice(0, at)}${parts.join("\n")}${shell.slice(at)}\n`;
}

const sizeOf = (block: RenderedBlock) => (block.html.length + block.labels.join("").length) * 2 + 64;

/** One top-level block, made safe, rendered and polished as it would be in the whole page (state unchanged). */
function renderBlock(
  block: MdastNodes,
  headings: () => readonly HeadingInfo[],
  before: PolishState,
): RenderedBlock {
  // The block alone is made safe here: the page's words and headings are made safe once for the page.
  const safe = { type: "root", children: safeBlock(block) } as MdastNodes;
  const body = hastOfBlocks(safe, headings);
  const state: PolishState = {
    heading: before.heading,
    tables: before.tables,
    labels: new Set(before.labels),
  };
  polish(body, state);
  return {
    html: toHtml(body),
    empty: body.children.length === 0,
    heading: state.heading !== before.heading ? state.heading : undefined,
    tables: state.tables - before.tables,
    labels: [...state.labels].filter((label) => !before.labels.has(label)),
  };
}

/** Base64 of bytes, without Node's Buffer (btoa takes one character per byte). */
export function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
