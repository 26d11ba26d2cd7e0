/**
 * Pandoc's attribute block after a heading's words, as pandoc and many site generators write it: "## Contents
 * {#contents}", "{#trips .unnumbered}", "{.unnumbered #trips}", "{ #photos }", "{-}", "{#id .a .b lang=cy}".
 * Pandoc reads its identifier, classes and key=value pairs in any order, with spaces between and inside the
 * braces. No reader sees it: the words are the heading's title, and its `#id` is an anchor a link can point at.
 * Found from the heading's last "{", so a run of "{#" or of spaces costs nothing more than reading it once.
 */
const BLOCK = /^\{([^{}\n]*)\}$/;
/** One attribute: `#id`, `.class`, `-` (unnumbered), or `key=value` with the value bare or quoted. */
const ATTRIBUTE = /\s*(#[^\s{}="']+|\.[^\s{}="']+|-|[A-Za-z_][\w:.-]*=(?:"[^"]*"|'[^']*'|[^\s{}"']+))\s*/y;

/** The attributes of a block's inside, or undefined when any part of it is not one (not an attribute block). */
function attributes(inside: string): string[] | undefined {
  const found: string[] = [];
  ATTRIBUTE.lastIndex = 0;
  while (ATTRIBUTE.lastIndex < inside.length) {
    const at = ATTRIBUTE.lastIndex;
    const match = ATTRIBUTE.exec(inside);
    if (!match || ATTRIBUTE.lastIndex === at) return undefined;
    found.push(match[1]);
  }
  return found.length > 0 ? found : undefined;
}

/** The heading's words without its attribute block and the block's id, if it ends with one; else undefined. */
export function headingAttributes(text: string): { words: string; id?: string } | undefined {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith("}")) return undefined;
  const open = trimmed.lastIndexOf("{");
  if (open < 0) return undefined;
  const inside = BLOCK.exec(trimmed.slice(open))?.[1];
  const found = inside === undefined ? undefined : attributes(inside);
  if (!found) return undefined;
  const id = found.find((a) => a.startsWith("#"))?.slice(1);
  return { words: trimmed.slice(0, open).trimEnd(), ...(id ? { id } : {}) };
}
