/**
 * Two shortcuts of the HTML renderer's places (src/render/html.ts). A place whose block is new in policy after policy
 * is rendered straight away; when the block there is a frozen object already rendered there (a template part filled
 * once per set of values and shared, src/template/fill.ts), its HTML is taken again — only in the same context (a
 * table's region is named by the heading above it). And places are kept by a number made of a block's offsets, which
 * two places may share: a place is only where to look first, so a block from another place is never shown.
 */
import type { RootContent } from "mdast";
import { describe, expect, it } from "vitest";
import type { PolicyDocument } from "../src/model.js";
import { htmlBlockCache, renderHtml } from "../src/render/html.js";
import { sampleDocument } from "./helpers/sample-document.js";

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}

/** A block as fill makes a setting's own: no position, here frozen as a shared part is. */
function partOf(markdown: string): RootContent {
  const block = structuredClone(sampleDocument(markdown).tree.children[0]);
  delete (block as { position?: unknown }).position;
  return deepFreeze(block);
}

/** A policy of its own template, a heading (which names a table's region) and then the part. */
function policy(templateId: string, heading: string, part: RootContent): PolicyDocument {
  const doc = sampleDocument(`# Policy\n\nThe same words in every policy.\n\n## ${heading}\n`);
  doc.template = { ...doc.template, id: templateId };
  doc.tree.children.push(part);
  return doc;
}

function misses(render: () => void): number {
  const before = htmlBlockCache.stats.misses;
  render();
  return htmlBlockCache.stats.misses - before;
}

describe("the HTML renderer's places", () => {
  it("takes a frozen block rendered straight away again at its place, in the same context only", () => {
    htmlBlockCache.clear();
    const template = "frozen-places";
    // New words every time: the place is rendered straight away from here on.
    for (let i = 0; i < 8; i++)
      renderHtml(policy(template, "Leads", partOf(`| Role | Name |\n|---|---|\n| DSL | Person ${i} |\n`)));
    const table = partOf("| Role | Name |\n|---|---|\n| DSL | Priya Marsh |\n");
    const first = policy(template, "Leads", table);
    expect(misses(() => expect(renderHtml(first)).toBe(renderHtml(first, { cache: false })))).toBe(1);
    const again = policy(template, "Leads", table);
    expect(misses(() => expect(renderHtml(again)).toBe(renderHtml(again, { cache: false })))).toBe(0);
    // Under another heading the region is named otherwise: rendered again, never the first policy's HTML.
    const elsewhere = policy(template, "Staff", table);
    const html = renderHtml(elsewhere);
    expect(html).toBe(renderHtml(elsewhere, { cache: false }));
    expect(html).toContain('aria-labelledby="staff"');
    expect(html).not.toContain('aria-labelledby="leads"');
  });

  it("never shows the block of another place that shares its number", () => {
    htmlBlockCache.clear();
    const at = (words: string, end: number): PolicyDocument => {
      const doc = sampleDocument(`# Policy\n\n${words}\n`);
      doc.template = { ...doc.template, id: "shared-place-numbers" };
      const block = doc.tree.children[1];
      // Offsets whose number is the same: the end differs by a mebibyte.
      block.position = {
        start: { line: 3, column: 1, offset: 10 },
        end: { line: 3, column: 9, offset: end },
      };
      return doc;
    };
    for (let i = 0; i < 12; i++) {
      const one = at(`First words ${i % 2}.`, 20);
      const other = at(`Other words ${i % 3}.`, 20 + 0x100000);
      for (const [doc, mine, theirs] of [
        [one, "First words", "Other words"],
        [other, "Other words", "First words"],
      ] as const) {
        const html = renderHtml(doc);
        expect(html).toBe(renderHtml(doc, { cache: false }));
        expect(html).toContain(mine);
        expect(html).not.toContain(theirs);
      }
    }
  });
});
