/**
 * Issue 15: each format keeps its rendering of a block for the next setting (src/render/block-cache.ts), and that
 * must never change a byte. `policysmith build` (the built CLI in dist/) with and without --no-cache writes
 * identical files for every example setting and 60 generated ones (one project), every format; in process,
 * every example document renders the same cached and uncached; and a policy that differs from the last only inside one block
 * gets that block afresh and every other block from the cache — so these tests cannot pass by never caching, and
 * a cache that leaked one setting's words into another's policy fails them.
 */
import { execFile } from "node:child_process";
import { cpSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import type { Heading, Root, RootContent, Table, Text } from "mdast";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// @ts-expect-error: a plain .mjs script (the bench's settings generator), no types
import { generateProject } from "../scripts/generate-settings.mjs";
import { LOAD_CACHE_FILE } from "../src/build/load-cache.js";
import { type LoadedProject, loadProject } from "../src/data/load-project.js";
import type { PolicyDocument } from "../src/model.js";
import { docxBlockCache } from "../src/render/docx/block-reuse.js";
import { FORMATS, renderers } from "../src/render/formats.js";
import { htmlBlockCache, renderHtml } from "../src/render/html.js";
import { laidBlocks } from "../src/render/pdf/cache.js";
import { fillAll } from "./helpers/fill-settings.js";
import { sampleDocument } from "./helpers/sample-document.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const bin = join(root, "bin", "policysmith.js");
const run = promisify(execFile);

let project: LoadedProject;
const docs: PolicyDocument[] = [];

beforeAll(async () => {
  project = await loadProject(root);
  docs.push(...fillAll(project));
}, 120_000);

/** A deep copy of a document, to change one block of it. */
const copyOf = (doc: PolicyDocument): PolicyDocument => structuredClone(doc);

/** Hits and misses of the HTML block cache while `render` runs. */
function htmlCacheUse(render: () => void): { hits: number; misses: number } {
  const before = { ...htmlBlockCache.stats };
  render();
  return {
    hits: htmlBlockCache.stats.hits - before.hits,
    misses: htmlBlockCache.stats.misses - before.misses,
  };
}

/**
 * A paragraph whose text is all in one text node, and its index: the first after the contents list, or the last
 * (a change there moves no block before it on its page, as the PDF's cache needs).
 */
function plainParagraph(doc: PolicyDocument, last = false): { index: number; text: Text } {
  const children = doc.tree.children;
  const from = children.findIndex((c) => c.type === "toc") + 1;
  const indexes = [...children.keys()].slice(from);
  if (last) indexes.reverse();
  for (const index of indexes) {
    const block = children[index];
    if (block.type === "paragraph" && block.children.length === 1 && block.children[0].type === "text")
      return { index, text: block.children[0] };
  }
  throw new Error("no plain paragraph in the document");
}

describe("the HTML block cache, in process", () => {
  it("gives the same bytes cached and uncached for every example document (each rendered twice cached)", () => {
    expect(docs.length).toBeGreaterThanOrEqual(10);
    htmlBlockCache.clear();
    const used = htmlCacheUse(() => {
      for (const doc of docs) {
        const plain = renderHtml(doc, { cache: false });
        expect(renderHtml(doc), doc.setting.id).toBe(plain);
        expect(renderHtml(doc), doc.setting.id).toBe(plain);
      }
    });
    // Two thirds of the blocks rendered come from the cache at least (the second rendering of each, all of it).
    expect(used.hits).toBeGreaterThan(2 * used.misses);
  });

  it("renders afresh only the one block in which two settings' policies differ, and takes the rest from the cache", () => {
    const first = docs[0];
    const { index, text } = plainParagraph(first);
    const second = copyOf(first);
    const changed = plainParagraph(second).text;
    changed.value = `${text.value} Ask for Zebedee Quilliam-Oyelaran on arrival.`;
    htmlBlockCache.clear();
    const firstHtml = renderHtml(first);
    let secondHtml = "";
    const used = htmlCacheUse(() => {
      secondHtml = renderHtml(second);
    });
    // Only the changed block missed; every other block was a hit.
    expect(used).toEqual({ hits: first.tree.children.length - 1, misses: 1 });
    expect(secondHtml).toBe(renderHtml(second, { cache: false }));
    expect(secondHtml).not.toBe(firstHtml);
    expect(secondHtml).toContain("Zebedee Quilliam-Oyelaran");
    expect(firstHtml).not.toContain("Zebedee");
    // And the first policy, rendered again from the cache, still says what it said.
    expect(renderHtml(first)).toBe(firstHtml);
    expect(renderHtml(first)).not.toContain("Zebedee");
    expect(index).toBeGreaterThan(0);
  });

  it("never takes a block for another that differs in one character of a long text (the key samples long texts)", () => {
    const words = "The designated safeguarding lead keeps the records of every concern in a locked cabinet";
    const text = (name: string) =>
      `# Policy\n\n${words} ${name} and nowhere else, as the partnership asks.\n`;
    // Names one character apart, at a place in a long paragraph that the key's sample of it may skip.
    const names = "abcdefghijklmnopqrstuvwxyz".split("").map((c) => `in the office of Mr ${c}ardew`);
    htmlBlockCache.clear();
    const seen = new Set<string>();
    const used = htmlCacheUse(() => {
      for (const name of names) {
        const doc = sampleDocument(text(name));
        const html = renderHtml(doc);
        expect(html).toContain(name);
        seen.add(html);
        expect(html).toBe(renderHtml(doc, { cache: false }));
      }
    });
    expect(seen.size).toBe(names.length);
    // Every paragraph was rendered once (a miss, not a hit on its neighbour); the heading after the first page hit.
    expect(used).toEqual({ hits: names.length - 1, misses: names.length + 1 });
  });

  it("keys a block by every property, not only its words: a link's target, a heading's id, a list's start", () => {
    const base = sampleDocument();
    const variants: Array<(doc: PolicyDocument) => void> = [
      (doc) => {
        // The same words, linked elsewhere.
        const html = JSON.stringify(doc.tree).replace(
          "https://procedures.rfscp.example.org",
          "https://other.example.org",
        );
        doc.tree = JSON.parse(html) as Root;
      },
      (doc) => {
        const heading = doc.tree.children.find((c): c is Heading => c.type === "heading" && c.depth === 2);
        if (!heading?.data) throw new Error("no h2");
        heading.data = { ...heading.data, hProperties: { id: "another-id" } } as Heading["data"];
      },
      (doc) => {
        const list = doc.tree.children.find((c) => c.type === "list" && c.ordered);
        if (list?.type !== "list") throw new Error("no ordered list");
        list.start = 7;
      },
      (doc) => {
        const table = doc.tree.children.find((c): c is Table => c.type === "table");
        if (!table) throw new Error("no table");
        table.align = ["right", "center"];
      },
    ];
    for (const [i, change] of variants.entries()) {
      htmlBlockCache.clear();
      const before = renderHtml(base);
      const doc = sampleDocument();
      change(doc);
      const after = renderHtml(doc);
      expect(after, `variant ${i}`).toBe(renderHtml(doc, { cache: false }));
      expect(after, `variant ${i}`).not.toBe(before);
    }
  });

  it("names and numbers a table by what comes before it, and lists the contents of the policy it is in", () => {
    const table = (caption: boolean): RootContent =>
      sampleDocument(
        caption
          ? "| Policy details | |\n|---|---|\n| Setting | Acorns |\n| Review | May |\n"
          : "| Role | Name |\n|---|---|\n| DSL | Priya Marsh |\n",
      ).tree.children[0];
    const heading = (text: string): RootContent => sampleDocument(`## ${text}\n`).tree.children[0];
    const paragraph = (text: string): RootContent => sampleDocument(`${text}\n`).tree.children[0];
    const page = (...blocks: RootContent[]): PolicyDocument => {
      // Every page opens with the same paragraph, which the second page of a pair takes from the cache.
      const doc = sampleDocument("[TOC]\n\nThe same words on every page.\n");
      doc.tree.children.push(...structuredClone(blocks));
      doc.headings = blocks
        .filter((b): b is Heading => b.type === "heading")
        .map((b) => ({
          depth: b.depth,
          text: (b.children[0] as Text).value,
          id: (b.data as { id: string }).id,
        }));
      return doc;
    };
    // Each pair: the second page shares blocks with the first, but those blocks' HTML must differ.
    const pairs: Array<[PolicyDocument, PolicyDocument]> = [
      // The same table under another heading: its region is named by the heading above it.
      [page(heading("Who is responsible"), table(false)), page(heading("Contacts"), table(false))],
      // The same captioned table after one more table: its caption's id is table-2-caption, not table-1-caption.
      [page(heading("Details"), table(true)), page(heading("Details"), table(false), table(true))],
      // The same table twice under one heading: the second region needs a name of its own.
      [
        page(heading("Who"), table(false), paragraph("Text.")),
        page(heading("Who"), table(false), table(false)),
      ],
      // The same contents list, other headings.
      [page(heading("One"), paragraph("Text.")), page(heading("Two"), paragraph("Text."))],
    ];
    for (const [i, [first, second]] of pairs.entries()) {
      htmlBlockCache.clear();
      expect(renderHtml(first), `pair ${i}`).toBe(renderHtml(first, { cache: false }));
      const used = htmlCacheUse(() => {
        expect(renderHtml(second), `pair ${i}`).toBe(renderHtml(second, { cache: false }));
      });
      expect(used.hits, `pair ${i}: some block of the second came from the cache`).toBeGreaterThan(0);
    }
  });

  it("renders a policy with reference links whole (a definition in one block changes another block)", () => {
    const text = (url: string) => `# Policy\n\nSee [the procedures][p].\n\n[p]: ${url}\n`;
    htmlBlockCache.clear();
    const first = renderHtml(sampleDocument(text("https://one.example.org")));
    const second = sampleDocument(text("https://two.example.org"));
    expect(renderHtml(second)).toBe(renderHtml(second, { cache: false }));
    expect(renderHtml(second)).toContain("https://two.example.org");
    expect(first).toContain("https://one.example.org");
  });

  it("fails on an unknown node from the cache as it does without it, naming its line", () => {
    const doc = sampleDocument();
    doc.tree.children.push({
      type: "mystery",
      position: { start: { line: 7, column: 1 }, end: { line: 7, column: 2 } },
    } as never);
    expect(() => renderHtml(doc)).toThrow(/mystery.*line 7/);
    expect(() => renderHtml(doc)).toThrow(/mystery.*line 7/);
  });
});

describe("every format, in process", () => {
  /** Each format's block cache: its hits and misses so far. */
  const stats: Record<(typeof FORMATS)[number], () => { hits: number; misses: number }> = {
    html: () => ({ ...htmlBlockCache.stats }),
    docx: () => ({ ...docxBlockCache.stats }),
    pdf: () => ({ ...laidBlocks().stats }),
  };

  it("renders two policies that differ inside one block differently, taking the other blocks from the cache", async () => {
    const first = docs[0];
    const second = copyOf(first);
    const changed = plainParagraph(second, true).text;
    changed.value = `${changed.value} Ask for Zebedee Quilliam-Oyelaran on arrival.`;
    // PDF first: the Word renderer lays a policy out for its contents' page numbers and keeps that layout for the
    // PDF renderer, which then lays nothing out (and asks its cache nothing).
    for (const format of ["pdf", "docx", "html"] as const) {
      const firstBytes = Buffer.from(await renderers[format](first, {}));
      const before = stats[format]();
      const secondBytes = Buffer.from(await renderers[format](second, {}));
      const after = stats[format]();
      expect(
        after.hits - before.hits,
        `${format}: blocks of the second policy from the cache`,
      ).toBeGreaterThan(0);
      expect(after.misses - before.misses, `${format}: the changed block rendered afresh`).toBeGreaterThan(0);
      expect(secondBytes.equals(firstBytes), format).toBe(false);
      expect(secondBytes.equals(Buffer.from(await renderers[format](second, { cache: false }))), format).toBe(
        true,
      );
      expect(Buffer.from(await renderers[format](first, {})).equals(firstBytes), format).toBe(true);
    }
  }, 120_000);

  it("gives the same bytes cached and uncached for every example document", async () => {
    for (const format of FORMATS)
      for (const doc of docs) {
        const cached = await renderers[format](doc, {});
        const again = await renderers[format](doc, {});
        const plain = await renderers[format](doc, { cache: false });
        expect(Buffer.from(cached).equals(Buffer.from(plain)), `${doc.setting.id} ${format}`).toBe(true);
        expect(Buffer.from(again).equals(Buffer.from(plain)), `${doc.setting.id} ${format} again`).toBe(true);
      }
  }, 300_000);
});

/** Every file under a folder, by its path inside it. */
function filesUnder(dir: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) {
      const path = join(entry.parentPath, entry.name);
      files.set(path.slice(dir.length + 1), readFileSync(path));
    }
  return files;
}

/** `policysmith build` by the built CLI, all formats, two workers, into a new folder; returns its files. */
async function build(projectDir: string, out: string, ...extra: string[]): Promise<Map<string, Buffer>> {
  const { stderr } = await run(
    process.execPath,
    [bin, "build", "--root", projectDir, "--out", out, "--jobs", "2", "--quiet", ...extra],
    { cwd: projectDir, env: { ...process.env, CI: "" }, maxBuffer: 64 * 1024 * 1024 },
  );
  expect(stderr).toBe("");
  return filesUnder(out);
}

/**
 * Both builds' files, compared byte for byte; returns how many documents there were. The cached build also keeps
 * what it learnt about its input files for the next build (manifest-cache.json, which --no-cache neither reads nor
 * writes): not an output, so not compared.
 */
function expectSameFiles(cached: Map<string, Buffer>, uncached: Map<string, Buffer>): number {
  cached.delete(LOAD_CACHE_FILE);
  expect([...cached.keys()].sort()).toEqual([...uncached.keys()].sort());
  const differ = [...cached].filter(([path, bytes]) => !bytes.equals(uncached.get(path) as Buffer));
  expect(differ.map(([path]) => path)).toEqual([]);
  return [...cached.keys()].filter((p) => /\.(docx|pdf|html)$/.test(p)).length;
}

/** Generated settings beside the examples in the built CLI's pair of builds. */
const GENERATED = 60;

describe("policysmith build and build --no-cache (the built CLI)", () => {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });

  it(`write identical files for every example setting and ${GENERATED} generated ones, every format`, async () => {
    // One project, one pair of builds: the example settings (orgs/ whole, logos too) beside the generated ones,
    // under the example project's own partnership.yaml and policy-templates/ (the generator copies both; a project
    // reads nothing else). A build costs several seconds of CPU before it renders anything, so the examples no
    // longer have a pair of builds of their own; and their blocks now meet the generated settings' in one cache.
    // 60 generated settings, not 200: what a leak from one setting's policy into another's needs is settings of one
    // type meeting in a worker's cache, and 60 give every type at least five (checked below) beside the examples;
    // 200 cost 55 s of a 16-minute suite and hold no block the 60 do not.
    const dir = generateProject(GENERATED, {
      parent: tmpdir(),
      prefix: "policysmith-cache-generated-",
    }) as string;
    made.push(dir);
    cpSync(join(root, "orgs"), join(dir, "orgs"), { recursive: true });
    // Each type the generator writes (eight), at least five times among the generated settings.
    const types = new Map<string, number>();
    for (const name of readdirSync(join(dir, "orgs")).filter((n) => n.startsWith("bench-setting-"))) {
      const type = /^type: *(\S+)/m.exec(readFileSync(join(dir, "orgs", name), "utf8"))?.[1] ?? "(none)";
      types.set(type, (types.get(type) ?? 0) + 1);
    }
    expect(types.size).toBe(8);
    expect(Math.min(...types.values()), JSON.stringify(Object.fromEntries(types))).toBeGreaterThanOrEqual(5);
    const cached = await build(dir, join(dir, "cached"));
    const uncached = await build(dir, join(dir, "uncached"), "--no-cache");
    const documents = expectSameFiles(cached, uncached);
    // Every example document is among them, in every format, beside at least two per generated setting.
    const examples = docs.flatMap((doc) =>
      FORMATS.map((format) => `${doc.setting.id}/${doc.template.id}.${format}`),
    );
    expect(examples.filter((path) => !cached.has(path))).toEqual([]);
    expect(documents).toBeGreaterThanOrEqual(examples.length + GENERATED * 2 * FORMATS.length);
    // 200 generated settings took 140 s of CPU; on a 2-core machine loaded many times over the two builds took
    // more than 900 s.
  }, 1_800_000);
});
