/**
 * What every renderer does before it emits anything, whatever reached it: links only to the web, an email
 * address, a phone number or a heading (anything else, such as javascript:, data:, vbscript: or file:,
 * becomes its words as plain text, never a live link), and no character that XML forbids or that no
 * reader can show (control characters, U+FFFE/U+FFFF, half of a surrogate pair). The data and templates
 * are checked when they are loaded; this is the second line of defence, so no input can produce a
 * document with a live script link or a Word file that Word or LibreOffice cannot open.
 */
import type { Nodes, Root } from "mdast";
import type { DocumentMeta, HeadingInfo, PolicyDocument } from "../model.js";
import { withoutDisallowedCharacters } from "../text/encoding.js";

const SAFE_LINK = /^(?:https?:|mailto:|tel:|#)/i;

/** In plain words, for problems: which links a policy may have. */
export const SAFE_LINK_WORDS =
  "a link must start with https://, http://, mailto: or tel:, or be #a-heading in the same policy";

/** True for http(s), mailto and tel URLs and in-document anchors: the only targets that may become links. */
export function isSafeLinkTarget(url: string): boolean {
  return SAFE_LINK.test(url) && withoutDisallowedCharacters(url) === url;
}

/** Text fit for XML, PDF and HTML: what XML forbids removed. */
export function safeText(text: string): string {
  return withoutDisallowedCharacters(text);
}

type AnyNode = Nodes & {
  children?: AnyNode[];
  value?: string;
  url?: string;
  title?: string | null;
  alt?: string | null;
};

/**
 * The safe nodes made from each frozen node: a template's fixed text (frozen when it was compiled) is in every
 * setting's policy, so it is made safe once. What is kept is frozen in its turn, so no renderer can change it.
 */
const safeOfFrozen = new WeakMap<AnyNode, readonly AnyNode[]>();

function safeNodes(nodes: readonly AnyNode[]): AnyNode[] {
  const out: AnyNode[] = [];
  for (const node of nodes) {
    if (Object.isFrozen(node)) {
      let safe = safeOfFrozen.get(node);
      if (!safe) {
        safe = Object.freeze(safeNodes([{ ...node } as AnyNode]).map((copy) => Object.freeze(copy)));
        for (const copy of safe) if (copy.children) Object.freeze(copy.children);
        safeOfFrozen.set(node, safe);
      }
      out.push(...safe);
      continue;
    }
    if (node.type === "link" && !isSafeLinkTarget(node.url ?? "")) {
      // The words stay; the link goes.
      out.push(...safeNodes(node.children ?? []));
      continue;
    }
    if (node.type === "image" && !isSafeLinkTarget(node.url ?? "")) {
      if (node.alt) out.push({ type: "text", value: safeText(node.alt) } as AnyNode);
      continue;
    }
    // A reference definition with an unsafe target is dropped; its references then read as plain text.
    if (node.type === "definition" && !isSafeLinkTarget(node.url ?? "")) continue;
    const copy = { ...node } as AnyNode;
    if (typeof copy.value === "string") copy.value = safeText(copy.value);
    if (typeof copy.url === "string") copy.url = safeText(copy.url);
    if (typeof copy.title === "string") copy.title = safeText(copy.title);
    if (typeof copy.alt === "string") copy.alt = safeText(copy.alt);
    if (copy.children) copy.children = safeNodes(copy.children);
    if (copy.type === "heading" && copy.data) copy.data = safeHeadingData(copy.data);
    out.push(copy);
  }
  return out;
}

/** A heading's id, number and plain text (set when it was filled) become attributes and bookmarks. */
function safeHeadingData<T extends object>(data: T): T {
  const copy = { ...data } as Record<string, unknown>;
  for (const key of ["id", "plain", "number"])
    if (typeof copy[key] === "string") copy[key] = safeText(copy[key] as string);
  const props = copy.hProperties as Record<string, unknown> | undefined;
  if (props && typeof props.id === "string") copy.hProperties = { ...props, id: safeText(props.id) };
  return copy as T;
}

function safeMeta(meta: DocumentMeta): DocumentMeta {
  return {
    ...meta,
    title: safeText(meta.title),
    settingName: safeText(meta.settingName),
    author: safeText(meta.author),
    subject: safeText(meta.subject),
    keywords: meta.keywords.map(safeText),
    version: safeText(meta.version),
    nextReviewText: safeText(meta.nextReviewText),
    logo: meta.logo && { ...meta.logo, alt: safeText(meta.logo.alt) },
  };
}

/**
 * One top-level block as safeDocument makes it safe (the same nodes), without a document around it: a renderer that
 * renders a policy block by block (html.ts) makes the page's words safe once, and each new block here.
 */
export function safeBlock(block: Nodes): Nodes[] {
  return safeNodes([block as AnyNode]);
}

const made = new WeakSet<PolicyDocument>();
/** The safe copy of each document asked for: a build renders one document in every format. */
const safeOf = new WeakMap<PolicyDocument, PolicyDocument>();

/**
 * The document as every renderer must see it (see above). Cheap to call twice: a safe copy is kept, for the document
 * and for its frozen parts. A document must not be changed once it is rendered (as document-layout.ts says).
 */
export function safeDocument(doc: PolicyDocument): PolicyDocument {
  if (made.has(doc)) return doc;
  const known = safeOf.get(doc);
  if (known) return known;
  const safe: PolicyDocument = {
    ...doc,
    tree: { ...doc.tree, children: safeNodes(doc.tree.children as AnyNode[]) } as Root,
    headings: doc.headings.map((h): HeadingInfo => ({ ...h, text: safeText(h.text), id: safeText(h.id) })),
    meta: safeMeta(doc.meta),
  };
  made.add(safe);
  safeOf.set(doc, safe);
  return safe;
}
