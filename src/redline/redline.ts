/**
 * The redline of one policy: the sections of the version a setting approved against the version it would get
 * now, block by block, and inside a changed block word by word. Pure (no file system): the Word and HTML
 * writers draw the same redline.
 *
 * Sections are matched by heading (src/model-versions/sections.ts). Inside a section the blocks are lined up
 * with `diffArrays`; a run of removed blocks followed by a run of added ones is paired block by block and each
 * pair compared word by word with `diffWords` (the `diff` package) — unless the pair shares too few words to
 * be the same paragraph reworded, when it is shown as one paragraph deleted and another inserted.
 */
import { diffArrays, diffWords } from "diff";
import type { Root } from "mdast";
import {
  compareSections,
  type PolicySection,
  policySections,
  type SectionBlock,
  type SectionChanges,
  sameBlock,
} from "../model-versions/sections.js";

/** A stretch of text that is in both versions, only the new one, or only the old one. */
export interface Piece {
  kind: "same" | "inserted" | "deleted";
  text: string;
}

export type BlockStatus = "same" | "inserted" | "deleted" | "changed";

export interface RedlineBlock {
  status: BlockStatus;
  /** The block's shape (kind, level, marker): the new version's, or the old one's for a deleted block. */
  block: SectionBlock;
  pieces: Piece[];
  /** A table row: each cell's pieces. */
  cells?: Piece[][];
}

export interface RedlineSection {
  status: "same" | "added" | "removed" | "changed";
  /** The heading as the new version shows it (the old one's for a removed section). */
  title: string;
  depth: number;
  blocks: RedlineBlock[];
}

export interface Redline {
  sections: RedlineSection[];
  changes: SectionChanges;
}

/** Below this share of unchanged characters, two paragraphs are shown as one deleted and one inserted. */
const REWORDED = 0.4;

export function redlineOf(old: Root, now: Root): Redline {
  return redlineOfSections(policySections(old), policySections(now));
}

export function redlineOfSections(old: PolicySection[], now: PolicySection[]): Redline {
  const changes = compareSections(old, now);
  const newKeys = new Set(now.map((s) => s.key));
  const oldByKey = new Map(old.map((s) => [s.key, s]));
  // A removed section is shown after the section it followed in the old version (or first, if none did).
  const removedAfter = new Map<string, PolicySection[]>();
  let previous = "";
  for (const section of old) {
    if (newKeys.has(section.key)) previous = section.key;
    else removedAfter.set(previous, [...(removedAfter.get(previous) ?? []), section]);
  }
  const sections: RedlineSection[] = [];
  const pushRemoved = (key: string) => {
    for (const section of removedAfter.get(key) ?? [])
      sections.push({
        status: "removed",
        title: section.title,
        depth: section.depth,
        blocks: section.blocks.map((block) => whole(block, "deleted")),
      });
  };
  pushRemoved("");
  for (const section of now) {
    const was = oldByKey.get(section.key);
    if (!was)
      sections.push({
        status: "added",
        title: section.title,
        depth: section.depth,
        blocks: section.blocks.map((block) => whole(block, "inserted")),
      });
    else {
      const blocks = compareBlocks(was.blocks, section.blocks);
      sections.push({
        status: blocks.some((b) => b.status !== "same") ? "changed" : "same",
        title: section.title,
        depth: section.depth,
        blocks,
      });
    }
    if (was) pushRemoved(section.key);
  }
  return { sections, changes };
}

function whole(block: SectionBlock, kind: "same" | "inserted" | "deleted"): RedlineBlock {
  return {
    status: kind,
    block,
    pieces: [{ kind, text: block.text }],
    cells: block.cells?.map((cell) => [{ kind, text: cell }]),
  };
}

export function compareBlocks(old: SectionBlock[], now: SectionBlock[]): RedlineBlock[] {
  const out: RedlineBlock[] = [];
  let removed: SectionBlock[] = [];
  let added: SectionBlock[] = [];
  const flush = () => {
    const pairs = Math.min(removed.length, added.length);
    for (let i = 0; i < pairs; i++) out.push(...reworded(removed[i], added[i]));
    for (const block of removed.slice(pairs)) out.push(whole(block, "deleted"));
    for (const block of added.slice(pairs)) out.push(whole(block, "inserted"));
    removed = [];
    added = [];
  };
  for (const part of diffArrays(old, now, { comparator: sameBlock })) {
    if (part.removed) removed.push(...part.value);
    else if (part.added) added.push(...part.value);
    else {
      flush();
      for (const block of part.value) out.push(whole(block, "same"));
    }
  }
  flush();
  return out;
}

/** One block changed into another: word by word when they are the same paragraph reworded. */
function reworded(was: SectionBlock, now: SectionBlock): RedlineBlock[] {
  const sameShape = was.kind === now.kind && was.level === now.level;
  if (sameShape && was.cells && now.cells && was.cells.length === now.cells.length) {
    const cells = now.cells.map((cell, i) => wordPieces((was.cells as string[])[i], cell));
    const all = cells.flat();
    if (shareOfSame(all) >= REWORDED) return [{ status: "changed", block: now, pieces: all, cells }];
  } else if (sameShape && !was.cells && !now.cells) {
    const pieces = wordPieces(was.text, now.text);
    if (shareOfSame(pieces) >= REWORDED) return [{ status: "changed", block: now, pieces }];
  }
  return [whole(was, "deleted"), whole(now, "inserted")];
}

export function wordPieces(old: string, now: string): Piece[] {
  const pieces: Piece[] = [];
  for (const part of diffWords(old, now)) {
    const kind = part.added ? "inserted" : part.removed ? "deleted" : "same";
    const last = pieces.at(-1);
    if (last && last.kind === kind) last.text += part.value;
    else if (part.value) pieces.push({ kind, text: part.value });
  }
  return pieces;
}

function shareOfSame(pieces: Piece[]): number {
  let same = 0;
  let longest = 0;
  let oldLength = 0;
  let newLength = 0;
  for (const piece of pieces) {
    if (piece.kind === "same") same += piece.text.length;
    if (piece.kind !== "inserted") oldLength += piece.text.length;
    if (piece.kind !== "deleted") newLength += piece.text.length;
    longest = Math.max(oldLength, newLength);
  }
  return longest === 0 ? 1 : same / longest;
}
