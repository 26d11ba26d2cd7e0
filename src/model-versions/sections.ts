/**
 * A policy as its sections, and which sections changed between two versions of it. Pure: a filled (or only
 * parsed) mdast tree in, plain text out — no file system, so the audit and the browser can use it too.
 *
 * A section is a heading and the blocks under it up to the next heading of any depth; what comes before the
 * first heading is a section with an empty title. Sections are matched by their heading's words without the
 * number the template gives it ("3. Definitions" and "4. Definitions" are the same section), so adding a
 * section does not make every later one look changed.
 */
import type { Heading, List, ListItem, Nodes, Root, Table } from "mdast";
import { toString as plainText } from "mdast-util-to-string";

/** One block of a section, as the text a reader sees. */
export interface SectionBlock {
  kind: "paragraph" | "item" | "row" | "code" | "quote";
  /** Nesting: a list item in a list in a list is level 1. */
  level: number;
  /** For an item: "•" or its number ("3."); for a table row: "header" on the first row. */
  marker?: string;
  /** Words of the block; a table row's cells are in `cells` and joined here by " | ". */
  text: string;
  cells?: string[];
}

export interface PolicySection {
  /** Matching key: the heading's words in lower case, without its number, plus "#2" … for a repeat. */
  key: string;
  /** The heading as shown, number included ("3. Definitions"); "" before the first heading. */
  title: string;
  /** The heading's words without its number. */
  plain: string;
  depth: number;
  blocks: SectionBlock[];
}

export interface SectionChanges {
  /** Titles (without numbers) of sections only the new version has, in its order. */
  added: string[];
  /** Titles of sections only the old version has, in its order. */
  removed: string[];
  /** Titles of sections both have whose words differ, in the new version's order. */
  changed: string[];
}

const NUMBER_PREFIX = /^\s*\d+(?:\.\d+)*\.?\s+/;

/** The sections of a policy tree, in order. */
export function policySections(tree: Root): PolicySection[] {
  const sections: PolicySection[] = [];
  const seen = new Map<string, number>();
  let current: PolicySection = { key: "", title: "", plain: "", depth: 0, blocks: [] };
  const startSection = (heading: Heading) => {
    if (current.title || current.blocks.length) sections.push(current);
    const title = words(plainText(heading));
    const data = heading.data as { plain?: string } | undefined;
    const plain = words(data?.plain ?? title.replace(NUMBER_PREFIX, ""));
    const base = plain.toLowerCase();
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    current = { key: count > 1 ? `${base}#${count}` : base, title, plain, depth: heading.depth, blocks: [] };
  };
  const add = (block: SectionBlock) => {
    if (block.text || block.cells?.some(Boolean)) current.blocks.push(block);
  };
  const visit = (nodes: readonly Nodes[], level: number, quoted: boolean) => {
    for (const node of nodes) {
      switch (node.type) {
        case "heading":
          startSection(node);
          break;
        case "paragraph":
        case "html":
          add({ kind: quoted ? "quote" : "paragraph", level, text: words(plainText(node)) });
          break;
        case "code":
          add({ kind: "code", level, text: node.value });
          break;
        case "blockquote":
          visit(node.children, level, true);
          break;
        case "list":
          listItems(node, level, add);
          break;
        case "table":
          tableRows(node, level, add);
          break;
        case "thematicBreak":
          break;
        default:
          // The contents list ("toc") has no words of its own; containers left by the template are walked.
          if ("children" in node && Array.isArray(node.children))
            visit(node.children as Nodes[], level, quoted);
      }
    }
  };
  visit(tree.children as Nodes[], 0, false);
  if (current.title || current.blocks.length) sections.push(current);
  return sections;
}

function listItems(list: List, level: number, add: (block: SectionBlock) => void): void {
  let number = list.start ?? 1;
  for (const item of list.children as ListItem[]) {
    const marker = list.ordered ? `${number++}.` : "•";
    const own = item.children.filter((child) => child.type !== "list");
    add({ kind: "item", level, marker, text: words(own.map((child) => plainText(child)).join(" ")) });
    for (const child of item.children) if (child.type === "list") listItems(child, level + 1, add);
  }
}

function tableRows(table: Table, level: number, add: (block: SectionBlock) => void): void {
  table.children.forEach((row, index) => {
    const cells = row.children.map((cell) => words(plainText(cell)));
    add({ kind: "row", level, marker: index === 0 ? "header" : undefined, text: cells.join(" | "), cells });
  });
}

/** Runs of spaces and line breaks as one space: a re-wrapped line is not a change. */
function words(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** True when two blocks read the same. A numbered item renumbered by an item added above it is the same. */
export function sameBlock(a: SectionBlock, b: SectionBlock): boolean {
  return a.kind === b.kind && a.level === b.level && markerKind(a) === markerKind(b) && a.text === b.text;
}

function markerKind(block: SectionBlock): string {
  return block.marker && /^\d+\.$/.test(block.marker) ? "number" : (block.marker ?? "");
}

function sameWords(a: PolicySection, b: PolicySection): boolean {
  return a.blocks.length === b.blocks.length && a.blocks.every((block, i) => sameBlock(block, b.blocks[i]));
}

/**
 * Which sections were added, removed or changed from `old` to `now`, matched by heading. A section whose only
 * change is its number is unchanged, and so is a numbered list item renumbered by one added above it.
 */
export function changedSections(old: Root, now: Root): SectionChanges {
  return compareSections(policySections(old), policySections(now));
}

export function compareSections(old: PolicySection[], now: PolicySection[]): SectionChanges {
  const before = new Map(old.map((s) => [s.key, s]));
  const after = new Set(now.map((s) => s.key));
  // The title's section holds the front page (the setting's name, the policy details, the contents), and is
  // named so: "Child Protection Policy changed" would read as if the whole policy had.
  const name = (s: PolicySection) => (s.depth === 1 ? "Front page" : s.plain || "Front page");
  return {
    added: now.filter((s) => !before.has(s.key)).map(name),
    removed: old.filter((s) => !after.has(s.key)).map(name),
    changed: now
      .filter((s) => {
        const was = before.get(s.key);
        return was !== undefined && !sameWords(was, s);
      })
      .map(name),
  };
}
