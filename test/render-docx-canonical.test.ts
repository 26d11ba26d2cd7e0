/**
 * The Word renderer writes the body's relationship ids as canonical.ts would renumber them and its bookmarks in
 * order, so canonicalFiles skips its passes over word/document.xml (about a tenth of a document's CPU time).
 * Here those passes run anyway (canonicalChecks.body) and would throw if they changed a body said to be canonical:
 * for every example setting's policies, cached and not, and for a document of links, bookmarks and a contents list.
 */
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProject } from "../src/data/load-project.js";
import type { PolicyDocument } from "../src/model.js";
import { docxBlockCache } from "../src/render/docx/block-reuse.js";
import { canonicalChecks } from "../src/render/docx/canonical.js";
import { renderDocx } from "../src/render/docx/index.js";
import { fillSetting } from "./helpers/fill-settings.js";
import { sampleDocument } from "./helpers/sample-document.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const examples: PolicyDocument[] = [];

beforeAll(async () => {
  const project = await loadProject(root);
  expect(project.problems).toEqual([]);
  for (const setting of project.settings) examples.push(...fillSetting(project, setting));
  canonicalChecks.body = true;
}, 120_000);

afterAll(() => {
  canonicalChecks.body = false;
});

describe("a Word body written with canonical ids", () => {
  it("is what canonical.ts's passes would make it, for every example policy, cached and not", async () => {
    expect(examples.length).toBeGreaterThanOrEqual(12);
    docxBlockCache.clear();
    const before = canonicalChecks.checked;
    for (const cache of [false, true, true])
      for (const doc of examples) await renderDocx(doc, { cache, headingPages: new Map() });
    const logos = examples.filter((doc) => doc.meta.logo).length;
    // A policy with a logo has a drawing in its body: that body goes through the passes as before.
    expect(canonicalChecks.checked - before).toBe(3 * (examples.length - logos));
  }, 300_000);

  it("has its links' ids in the order of the relationships and its bookmarks numbered in order", async () => {
    const markdown = [
      "# Policy",
      "",
      "[TOC]",
      "",
      "## First part",
      "",
      "See [the second part](#second-part), [the site](https://example.org/a) and [mail](mailto:a@example.org).",
      "",
      "## Second part",
      "",
      "Back to [the first part](#first-part), [the site](https://example.org/a) again, [another](https://example.org/b).",
      "",
    ].join("\n");
    docxBlockCache.clear();
    const before = canonicalChecks.checked;
    const first = await renderDocx(sampleDocument(markdown));
    // The second time, every block comes from the cache.
    const second = await renderDocx(sampleDocument(markdown));
    expect(canonicalChecks.checked - before).toBe(2);
    expect(second).toEqual(first);
    const body = strFromU8(unzipSync(first)["word/document.xml"]);
    expect([...body.matchAll(/r:id="(rIdP\d+)"/g)].map((m) => m[1])).toEqual([
      "rIdP1",
      "rIdP2",
      "rIdP3",
      "rIdP4",
    ]);
    expect([...body.matchAll(/<w:bookmarkStart [^>]*w:id="(\d+)"/g)].map((m) => m[1])).toEqual([
      "1",
      "2",
      "3",
    ]);
  });
});
