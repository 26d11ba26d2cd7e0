/**
 * The HTML renderer remembers each place of a template (src/render/html.ts): the block last rendered there, and how
 * often the block there was new. A place whose block is new in policy after policy (a setting's own table, made
 * without a position in the template) is rendered straight away, not fingerprinted nor kept in the block cache,
 * where it would only push out the blocks every policy shares; a place whose blocks start to repeat is looked up
 * again. Either way the bytes are those of an uncached rendering.
 */
import type { RootContent } from "mdast";
import { describe, expect, it } from "vitest";
import type { PolicyDocument } from "../src/model.js";
import { htmlBlockCache, renderHtml } from "../src/render/html.js";
import { sampleDocument } from "./helpers/sample-document.js";

/** A policy of a template of its own (places are per template), with a leads table as fill makes it: no position. */
function policyWithLeads(templateId: string, lead: string): PolicyDocument {
  const doc = sampleDocument("# Policy\n\nThe same words in every policy.\n\n## Leads\n");
  doc.template = { ...doc.template, id: templateId };
  const table = sampleDocument(`| Role | Name |\n|---|---|\n| DSL | ${lead} |\n`).tree.children[0];
  delete (table as { position?: unknown }).position;
  doc.tree.children.push(structuredClone(table) as RootContent);
  return doc;
}

/** Hits and misses of the HTML block cache, and the blocks it holds, after `render` runs. */
function cacheUse(render: () => void) {
  const before = { ...htmlBlockCache.stats };
  render();
  return {
    hits: htmlBlockCache.stats.hits - before.hits,
    misses: htmlBlockCache.stats.misses - before.misses,
    size: htmlBlockCache.size,
  };
}

describe("places in the HTML renderer", () => {
  it("renders a block that is new in every policy straight away, keeping few of them, and the bytes stay the same", () => {
    htmlBlockCache.clear();
    const names = Array.from({ length: 48 }, (_, i) => `Lead Number ${i} Okonkwo-Marsh`);
    const used = cacheUse(() => {
      for (const name of names) {
        const doc = policyWithLeads("places-new-every-time", name);
        const html = renderHtml(doc);
        expect(html).toContain(name);
        expect(html).toBe(renderHtml(doc, { cache: false }));
      }
    });
    // Every table rendered once (a miss each), every other block from the cache after the first policy.
    expect(used.misses).toBe(names.length + 3);
    expect(used.hits).toBe(3 * (names.length - 1));
    // The three shared blocks, the first few tables and one in each sixteen (a look-up in case they repeat): not 48.
    expect(used.size).toBeLessThanOrEqual(3 + 4 + names.length / 16);
  });

  it("looks a place's block up again once it repeats, and never shows one policy's block in another", () => {
    htmlBlockCache.clear();
    for (let i = 0; i < 24; i++) renderHtml(policyWithLeads("places-repeat", `Someone ${i} Else`));
    const same = policyWithLeads("places-repeat", "Priya Marsh");
    const used = cacheUse(() => {
      for (let i = 0; i < 24; i++) expect(renderHtml(same)).toBe(renderHtml(same, { cache: false }));
    });
    // The table missed at most until the place was next looked up (one policy in sixteen), then hit.
    expect(used.misses).toBeLessThanOrEqual(16);
    expect(used.hits).toBeGreaterThanOrEqual(3 * 24 + 8);
    expect(renderHtml(same)).not.toContain("Someone");
  });
});
