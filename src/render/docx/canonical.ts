/**
 * Makes a .docx byte-for-byte reproducible. The docx package stamps the clock into docProps/core.xml and into
 * every zip entry, draws relationship ids at random, and numbers bookmarks and drawings from process-wide
 * counters; here those become the policy's own date and ids numbered in document order.
 */
import { strFromU8 } from "fflate";
import { BlockCache } from "../block-cache.js";
import { type Compression, compression } from "../compress.js";
import { reproducibleZip, type ZipMembers } from "../reproducible-zip.js";

/** The Word renderer's share of the block cache's bytes for deflated entries (block-reuse.ts has the rest). */
export const DEFLATED_ENTRY_BYTES = 4 * 1024 * 1024;
const PER_DOCUMENT = /^word\/(?:document|header\d*|footer\d*)\.xml$/;
/**
 * Deflated zip entries kept for data every policy of a build has (the fonts' subsets, styles, theme, settings,
 * the font table…), so they are deflated once, not once a document: the `members` hook of reproducibleZip
 * (src/render/reproducible-zip.ts, ZipMembers). Kept per compression (Node's zlib and fflate write different
 * bytes) and level; the parts that differ in every document are not kept.
 */
const kept = new WeakMap<
  Compression,
  { text: BlockCache<Uint8Array>; bytes: WeakMap<Uint8Array, Map<number, Uint8Array>> }
>();

/** Per compression: each part's text and member the last time it was zipped. */
const lastMembers = new WeakMap<
  Compression,
  Map<string, { data: string; level: number; member: Uint8Array }>
>();

function zipMembers(): ZipMembers {
  const using = compression();
  let mine = kept.get(using);
  if (!mine) {
    mine = { text: new BlockCache(DEFLATED_ENTRY_BYTES, (member) => member.length), bytes: new WeakMap() };
    kept.set(using, mine);
  }
  const { text, bytes } = mine;
  const last =
    lastMembers.get(using) ?? new Map<string, { data: string; level: number; member: Uint8Array }>();
  lastMembers.set(using, last);
  return {
    member(name, data, level, make) {
      // The body (text, or the renderer's bytes), header and footer are each policy's own.
      if (PER_DOCUMENT.test(name)) return make();
      if (typeof data === "string") {
        // The same part as the last document's (most often the very same string, from the skeleton): no key to
        // build and hash from its text.
        const known = last.get(name);
        if (known && known.level === level && known.data === data) return known.member;
        const member = text.get(`${level}:${name}:${data}`, make);
        last.set(name, { data, level, member });
        return member;
      }
      const byLevel = bytes.get(data) ?? new Map<number, Uint8Array>();
      bytes.set(data, byLevel);
      const member = byLevel.get(level) ?? make();
      byLevel.set(level, member);
      return member;
    },
  };
}

const BODY = "word/document.xml";

/**
 * For tests: `body` runs the passes over a body said to be canonical, and fails when they would change it;
 * `checked` counts the bodies so checked.
 */
export const canonicalChecks = { body: false, checked: 0 };

/**
 * Random relationship ids → rIdP1, rIdP2 … in the order the relationship files list them (files sorted by name),
 * from the package's text parts.
 */
export function relationshipIdMap(text: ReadonlyMap<string, string | Uint8Array>): Map<string, string> {
  const idMap = new Map<string, string>();
  // Code-unit order, not localeCompare: the same bytes whatever the locale (a browser's may sort otherwise).
  for (const [name, xml] of [...text].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
    if (name.endsWith(".rels") && typeof xml === "string")
      for (const match of xml.matchAll(/\bId="([^"]+)"/g))
        if (!/^rId\d+$/.test(match[1]) && !idMap.has(match[1])) idMap.set(match[1], `rIdP${idMap.size + 1}`);
  return idMap;
}

let lastStyles: { styles: string; extra: string; out: string } | undefined;

/** styles.xml with the extra styles at its end; the same string for the same part (the skeleton's), so zipping knows it. */
function withExtraStyles(styles: string, extra: string): string {
  if (lastStyles?.styles === styles && lastStyles.extra === extra) return lastStyles.out;
  const out = styles.replace("</w:styles>", `${extra}</w:styles>`);
  lastStyles = { styles, extra, out };
  return out;
}

/**
 * From the package's files before zipping (docx's compile step, or its unzipped .docx). `reuse`: keep and reuse
 * deflated entries that repeat from document to document (the bytes are the same either way). `canonicalBody`:
 * word/document.xml already has the ids this function would give it (the Word renderer writes the body's
 * relationship ids from relationshipIdMap and numbers its bookmarks in order, and it has no drawing), so the
 * passes over the body, about a tenth of a document's CPU time, are skipped; canonicalChecks.body has them run
 * anyway and fail when they would change it (the tests).
 */
export function canonicalFiles(
  files: ReadonlyMap<string, string | Uint8Array>,
  isoDate: string,
  extraStyles = "",
  reuse = false,
  canonicalBody = false,
): Uint8Array {
  const text = new Map<string, string>();
  for (const [name, data] of files)
    if (/\.(xml|rels)$/.test(name)) {
      // A canonical body written as bytes (the Word renderer's) is zipped as it is, not decoded for passes it skips.
      if (canonicalBody && name === BODY && !canonicalChecks.body && typeof data !== "string") continue;
      text.set(name, typeof data === "string" ? data : strFromU8(data));
    }

  const styles = text.get("word/styles.xml");
  if (styles && extraStyles) text.set("word/styles.xml", withExtraStyles(styles, extraStyles));

  const idMap = relationshipIdMap(text);
  // Bookmark and drawing ids come from counters shared by every document the process renders.
  for (const [name, xml] of text) {
    if (canonicalBody && name === BODY && !canonicalChecks.body) continue;
    let out = xml;
    if (idMap.size)
      out = out.replace(/(\b(?:Id|r:id|r:embed|r:link)=")([^"]+)"/g, (whole, attr: string, id: string) =>
        idMap.has(id) ? `${attr}${idMap.get(id)}"` : whole,
      );
    if (name.startsWith("word/") && !name.endsWith(".rels")) {
      const bookmarks = new Map<string, number>();
      out = out.replace(
        /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g,
        (_w, attr: string, id: string) => {
          if (!bookmarks.has(id)) bookmarks.set(id, bookmarks.size + 1);
          return `${attr}${bookmarks.get(id)}"`;
        },
      );
      let drawing = 0;
      out = out.replace(/(<wp:docPr\b[^>]*?\bid=")(\d+)"/g, (_w, attr: string) => `${attr}${++drawing}"`);
    }
    if (canonicalBody && name === BODY) {
      if (out !== xml)
        throw new Error("Word renderer: the body's ids were not the canonical ones its writer promised");
      canonicalChecks.checked++;
    }
    text.set(name, out);
  }

  return reproducibleZip(
    new Map([...files].map(([name, data]) => [name, text.get(name) ?? data])),
    isoDate,
    1,
    reuse ? zipMembers() : undefined,
  );
}
