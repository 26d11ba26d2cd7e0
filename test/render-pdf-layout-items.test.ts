/**
 * A PDF is drawn from its layout's runs (eachItem), while tests and inspection read `layout.items`, a copy made
 * from the same runs (review 3, finding 9). The two must agree item for item — page, kind, structure element,
 * position, words — for a layout made afresh, the same document laid out again from the block cache, and another
 * document that shares most of its blocks.
 */

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { documentLayout } from "../src/render/pdf/document-layout.js";
import { eachItem, type Item, type Layout } from "../src/render/pdf/layout.js";
import { SAMPLE_MARKDOWN_PATH, sampleDocument } from "./helpers/sample-document.js";

type Row = [number, string, number | null, number[], string];
/** Where an item is drawn: a line's two ends, a page reference's right edge and baseline, anything else's x, y. */
const position = (item: Item): number[] =>
  item.kind === "line"
    ? [item.x1, item.y1, item.x2, item.y2]
    : item.kind === "pageref"
      ? [item.right, item.y]
      : [item.x, item.y];
const row = (item: Item, page: number, tag: number | undefined): Row => [
  page,
  item.kind,
  tag ?? null,
  position(item),
  item.kind === "text" ? item.text : item.kind === "link" || item.kind === "pageref" ? item.target : "",
];
const tagOf = (item: Item) => (item.kind === "line" || item.kind === "rect" ? undefined : item.tag);

function drawn(layout: Layout): Row[] {
  const rows: Row[] = [];
  eachItem(layout, (item, page, tag) => rows.push(row(item, page, tag)));
  return rows;
}
const copied = (layout: Layout): Row[] => layout.items.map((item) => row(item, item.page, tagOf(item)));

describe("Layout.items and eachItem agree", () => {
  const base = readFileSync(SAMPLE_MARKDOWN_PATH, "utf8");

  it("for a layout made afresh, the same document from the block cache, and a document sharing blocks", () => {
    const fresh = documentLayout(sampleDocument(base), { cache: false }).layout;
    documentLayout(sampleDocument(base)); // fills the block cache
    const again = documentLayout(sampleDocument(base)).layout;
    const other = documentLayout(
      sampleDocument(`${base}\n\nSpeak to Ines Varga, our welfare officer, on the day you notice it.\n`),
    ).layout;
    // The cached layouts are made of runs placed from the cache, on later structure elements (and pages).
    expect(fresh.parts.length).toBe(1);
    for (const layout of [again, other]) expect(layout.parts.some((part) => part.tags > 0)).toBe(true);
    expect(again.parts.some((part) => part.page > 0 && part.tags > 0)).toBe(true);
    for (const layout of [fresh, again, other]) {
      const items = copied(layout);
      expect(items.length).toBe(layout.count);
      expect(drawn(layout)).toEqual(items);
    }
    expect(copied(again)).toEqual(copied(fresh));
    expect(copied(other).length).toBeGreaterThan(copied(fresh).length);
  });
});
