/**
 * Pandoc's attribute block after a heading's words, as pandoc and many site generators write it: "## Contents
 * {#contents}", "{#trips .unnumbered}", "{-}". No reader sees it: the words are the heading's title, and `{#id}` is
 * an anchor a link can point at. Found from the heading's last "{", so a run of "{#" or of spaces costs nothing
 * more than reading it once.
 */
const ATTRIBUTES = /^\{[#.-][^{}\n]*\}$/;
const ID = /^\{#([^\s{}]+)/;

/** The heading's words without its attribute block and the block's id, if it ends with one; else undefined. */
export function headingAttributes(text: string): { words: string; id?: string } | undefined {
  const trimmed = text.trimEnd();
  if (!trimmed.endsWith("}")) return undefined;
  const open = trimmed.lastIndexOf("{");
  const block = trimmed.slice(open);
  if (open < 0 || !ATTRIBUTES.test(block)) return undefined;
  const id = ID.exec(block)?.[1];
  return { words: trimmed.slice(0, open).trimEnd(), ...(id ? { id } : {}) };
}
