/**
 * Reuse of Word blocks across settings (src/render/docx/block-reuse.ts, issue 15): a document written with blocks
 * from the cache has the same bytes as one written from scratch (`cache: false`), for every example setting and
 * for generated ones; a block is reused only in the context it was written in; a setting's own words never come
 * from another setting's block.
 */
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type LoadedProject, loadProject } from "../src/data/load-project.js";
import type { PolicyDocument, Setting } from "../src/model.js";
import { type Compression, compression, provideCompression } from "../src/render/compress.js";
import { docxBlockCache } from "../src/render/docx/block-reuse.js";
import { characterMap } from "../src/render/docx/font-subset.js";
import { numberingReuse, renderDocx } from "../src/render/docx/index.js";
import { skeletonUse } from "../src/render/docx/skeleton.js";
import { fillSetting } from "./helpers/fill-settings.js";
import { sampleDocument } from "./helpers/sample-document.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const documentXml = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["word/document.xml"]);
const stats = () => ({ ...docxBlockCache.stats });

let project: LoadedProject;
const examples: PolicyDocument[] = [];
const generated: PolicyDocument[] = [];

const fill = (setting: Setting) => fillSetting(project, setting);

beforeAll(async () => {
  project = await loadProject(root);
  expect(project.problems).toEqual([]);
  for (const setting of project.settings) examples.push(...fill(setting));
  // Settings made from the examples with other names, leads and types: the same templates, other words.
  const types = [...new Set(project.settings.map((s) => s.type))];
  for (let i = 0; i < 24; i++) {
    const base = project.settings[i % project.settings.length];
    generated.push(
      ...fill({
        ...base,
        id: `generated-${i}`,
        name: `Generated Setting ${i}`,
        type: types[(i * 5) % types.length],
        leads: base.leads.map((lead, n) => ({ ...lead, name: `Lead${i} Person${n}` })),
        source: `orgs/generated-${i}.yaml`,
      }),
    );
  }
}, 120_000);

beforeEach(() => docxBlockCache.clear());

describe("Word blocks reused across settings", () => {
  it("gives every example and generated setting the same bytes from the cache as from scratch", async () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
    expect(generated.length).toBeGreaterThanOrEqual(24);
    const all = [...examples, ...generated];
    const fresh: Uint8Array[] = [];
    for (const doc of all) fresh.push(await renderDocx(doc, { cache: false }));
    expect(stats(), "cache: false neither reads nor fills the cache").toEqual({ hits: 0, misses: 0 });
    expect(docxBlockCache.size).toBe(0);
    // First pass: each setting after the first reuses the blocks the ones before it wrote.
    const fromSkeleton = skeletonUse.documents;
    for (const [i, doc] of all.entries()) {
      const before = stats();
      const bytes = await renderDocx(doc);
      expect(Buffer.from(bytes).equals(Buffer.from(fresh[i])), `${doc.setting.id} ${doc.template.id}`).toBe(
        true,
      );
      if (i > 0 && doc.template.id === all[0].template.id)
        expect(stats().hits - before.hits, `blocks reused for ${doc.setting.id}`).toBeGreaterThan(0);
    }
    const logos = all.filter((doc) => doc.meta.logo).length;
    expect(
      skeletonUse.documents - fromSkeleton,
      "every policy without a logo written from the skeleton",
    ).toBe(all.length - logos);
    // Second pass: nearly every block comes from the cache.
    const before = stats();
    for (const [i, doc] of all.entries())
      expect(Buffer.from(await renderDocx(doc)).equals(Buffer.from(fresh[i])), doc.setting.id).toBe(true);
    const after = stats();
    expect(after.hits - before.hits).toBeGreaterThan(10 * (after.misses - before.misses));
  }, 300_000);

  it("writes a setting's own words, not another setting's, when the two differ inside one block", async () => {
    const markdown = (name: string) =>
      `# Child Protection Policy\n\n[TOC]\n\n## 1. Purpose\n\nEveryone at the setting keeps children safe.\n\n## 2. Contacts\n\nOur designated safeguarding lead is ${name}.\n\nCall 999 in an emergency.\n`;
    const first = sampleDocument(markdown("Amira Carter"));
    const second = sampleDocument(markdown("Bilal Hussain"));
    const expected = await renderDocx(second, { cache: false });
    await renderDocx(first);
    const before = stats();
    const bytes = await renderDocx(second);
    const after = stats();
    expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
    expect(documentXml(bytes)).toContain("Bilal Hussain");
    expect(documentXml(bytes)).not.toContain("Amira");
    // Seven blocks are looked up: the one that differs is written afresh.
    expect(after.misses - before.misses).toBe(1);
    expect(after.hits - before.hits).toBe(6);
  });

  it("reuses a block only where its lists, links, bookmarks, spacing and table title come out the same", async () => {
    // The same blocks in another context: a numbered list, a table and a heading before them, so the list's
    // numbering, the headings' bookmark names (#links to them), the gap after a table and a table's title differ.
    const shared = [
      "## Reporting",
      "1. Tell the DSL\n2. Write it down",
      "See [Reporting](#reporting) and [the partnership](https://www.example.org/partnership) or [the partnership](https://www.example.org/partnership).",
      "| Role | Name |\n|---|---|\n| DSL | Priya Marsh |",
      "Call 999 in an emergency, or the police on 101.",
      "- A bullet with [a link](https://www.example.org/x)\n- Another",
      "1. Again from one",
      "| Role | Name |\n|---|---|\n| DSL | Priya Marsh |",
      "| Role | Name |\n|---|---|\n| DSL | Priya Marsh |",
      "Call 999 in an emergency, or the police on 101.",
      "| Where | Phone |\n|:--|--:|\n| [The partnership](https://www.example.org/partnership) | **0113 496 0000** |",
      "| Policy details | |\n|---|---|\n| Version | 4.0 |\n| Next review | 15 September 2026 |",
    ];
    const first = sampleDocument(`# Policy\n\n[TOC]\n\n${shared.join("\n\n")}\n`);
    const second = sampleDocument(
      `# Policy\n\n[TOC]\n\n## Before\n\n1. An earlier list\n\n| Key | Value |\n|---|---|\n| a | b |\n\n${shared.join("\n\n")}\n`,
    );
    const third = sampleDocument(`# Policy\n\n${shared.slice(4).join("\n\n")}\n\n${shared.join("\n\n")}\n`);
    const expected = await Promise.all([second, third].map((doc) => renderDocx(doc, { cache: false })));
    await renderDocx(first);
    for (const [i, doc] of [second, third].entries()) {
      const before = stats();
      const bytes = await renderDocx(doc);
      expect(stats().hits, "some blocks were reused").toBeGreaterThan(before.hits);
      expect(documentXml(bytes)).toBe(documentXml(expected[i]));
      expect(Buffer.from(bytes).equals(Buffer.from(expected[i]))).toBe(true);
    }
  });

  it("serialises numbering.xml once for each sequence of lists, and each document gets its own", async () => {
    const lists = (blocks: string[]) => sampleDocument(`# Policy\n\n${blocks.join("\n\n")}\n`);
    const docs = [
      lists(["1. One\n2. Two", "- A bullet", "1. Again from one"]),
      lists(["- A bullet", "1. One\n2. Two"]),
      lists(["Only a paragraph."]),
    ];
    const expected = await Promise.all(docs.map((doc) => renderDocx(doc, { cache: false })));
    const numbering = (bytes: Uint8Array) => strFromU8(unzipSync(bytes)["word/numbering.xml"]);
    expect(new Set(expected.map(numbering)).size, "three different numbering parts").toBe(3);
    const before = numberingReuse.hits;
    for (const _round of [1, 2])
      for (const [i, doc] of docs.entries())
        expect(Buffer.from(await renderDocx(doc)).equals(Buffer.from(expected[i])), `document ${i}`).toBe(
          true,
        );
    expect(
      numberingReuse.hits - before,
      "the second round takes all three from what the first wrote",
    ).toBeGreaterThanOrEqual(3);
  });

  it("embeds the characters of reused blocks in the fonts' subsets", async () => {
    // Greek and Cyrillic are outside the set of characters every subset has for a DSL's edits.
    const shared = "Our visitors' book is kept in Ελληνικά and Русский too.";
    await renderDocx(sampleDocument(`# Policy\n\n${shared}\n`));
    const before = stats();
    const bytes = await renderDocx(sampleDocument(`# Policy\n\nAnother paragraph.\n\n${shared}\n`));
    expect(stats().hits - before.hits, "the shared paragraph was reused").toBeGreaterThan(0);
    const parts = unzipSync(bytes);
    const fontTable = strFromU8(parts["word/fontTable.xml"]);
    const rels = strFromU8(parts["word/_rels/fontTable.xml.rels"]);
    const [, id, key] = /<w:embedRegular r:id="([^"]+)" w:fontKey="(\{[0-9A-F-]+\})"/.exec(fontTable) ?? [];
    const target = new RegExp(`<Relationship Id="${id}" Type="[^"]*/font" Target="([^"]+)"/>`).exec(
      rels,
    )?.[1];
    const font = parts[`word/${target}`].slice();
    const hex = key.replace(/[{}-]/g, "");
    for (let i = 0; i < 32; i++)
      font[i] ^= Number.parseInt(hex.slice(30 - 2 * (i % 16), 32 - 2 * (i % 16)), 16);
    const cmap = characterMap(font);
    const missing = [..."ΕληνικάРусский"].filter((c) => !cmap.has(c.codePointAt(0) as number));
    expect(missing).toEqual([]);
  });

  it("deflates the zip entries every policy has (fonts, styles, theme…) once, with the same bytes", async () => {
    const node = compression();
    let deflated = 0;
    const counting: Compression = {
      zlib: node.zlib,
      gzip: (bytes, level) => {
        deflated++;
        return node.gzip(bytes, level);
      },
    };
    provideCompression(counting);
    try {
      const [first, second] = examples;
      const expected = await renderDocx(second, { cache: false });
      await renderDocx(first);
      deflated = 0;
      const bytes = await renderDocx(second);
      expect(Buffer.from(bytes).equals(Buffer.from(expected))).toBe(true);
      const entries = Object.keys(unzipSync(bytes)).length;
      // The body, header, footer and core properties are the policy's own; nearly all else is kept.
      expect(deflated).toBeLessThan(entries / 2);
    } finally {
      provideCompression(node);
    }
  });
});
