/**
 * safeDocument (src/render/safe.ts) keeps its copy of each document and of each frozen part of a template, so a
 * build that renders one document in three formats, and a thousand policies that share a template's fixed text,
 * make each safe once. That is sound only because no renderer changes the tree it is given: checked here by
 * rendering a document frozen all the way down, in every format, to the same bytes as the unfrozen one.
 */
import { fileURLToPath } from "node:url";
import type { Nodes, Paragraph } from "mdast";
import { describe, expect, it } from "vitest";
import { loadProject } from "../src/data/load-project.js";
import type { PolicyDocument, Setting } from "../src/model.js";
import { FORMATS, renderers } from "../src/render/formats.js";
import { safeDocument } from "../src/render/safe.js";
import { fillTemplate } from "../src/template/fill.js";
import { createLiquid } from "../src/template/liquid.js";
import { sampleDocument } from "./helpers/sample-document.js";

const root = fileURLToPath(new URL("./fixtures/project", import.meta.url));

async function filled(): Promise<PolicyDocument[]> {
  const project = await loadProject(root);
  expect(project.problems).toEqual([]);
  const liquid = createLiquid();
  return project.settings.map((setting) =>
    fillTemplate(project.compiledTemplates[0], setting, {
      partnership: project.partnership,
      settingTypes: project.settingTypes,
      liquid,
    }),
  );
}

function deepFreeze<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
  return value;
}

describe("safeDocument and shared parts", () => {
  it("makes a document safe once, and each frozen part once for every document that has it", async () => {
    const project = await loadProject(root);
    const fill = (setting: Setting) =>
      fillTemplate(project.compiledTemplates[0], setting, {
        partnership: project.partnership,
        settingTypes: project.settingTypes,
        liquid: createLiquid(),
      });
    const a = fill(project.settings[0]);
    const b = fill({ ...a.setting, id: `${a.setting.id}-2`, name: `${a.setting.name} (second)` });
    const safeA = safeDocument(a);
    expect(safeDocument(a)).toBe(safeA);
    expect(safeDocument(safeA)).toBe(safeA);
    const safeB = safeDocument(b);
    let shared = 0;
    a.tree.children.forEach((block, i) => {
      const j = b.tree.children.indexOf(block);
      if (!Object.isFrozen(block) || j < 0) return;
      // The same safe copy in both, frozen: no renderer can change it for the other policy.
      expect(safeB.tree.children[j]).toBe(safeA.tree.children[i]);
      expect(Object.isFrozen(safeA.tree.children[i])).toBe(true);
      expect(() => {
        (safeA.tree.children[i] as Paragraph).children = [];
      }).toThrow(TypeError);
      shared++;
    });
    expect(shared).toBeGreaterThan(2);
  });

  it("still makes a frozen part safe: an unsafe link in it loses its target, a forbidden character goes", () => {
    const doc = sampleDocument("Before [a link](javascript:alert(1)) after.\n\nBell\u0007 rung.\n");
    for (const block of doc.tree.children) deepFreeze(block);
    const safe = safeDocument(doc);
    const text = JSON.stringify(safe.tree);
    expect(text).not.toContain("javascript:");
    expect(text).not.toContain("\u0007");
    expect(text).toContain("a link");
    expect(safeDocument({ ...doc }).tree.children[0]).toBe(safe.tree.children[0]);
  });

  it("no renderer changes the tree it is given: a document frozen all the way down renders to the same bytes", async () => {
    const docs: Array<() => Promise<PolicyDocument>> = [
      async () => sampleDocument(),
      async () => (await filled())[0],
      async () => (await filled())[1],
    ];
    for (const make of docs) {
      const plain = await make();
      const frozen = await make();
      deepFreeze(frozen.tree);
      deepFreeze(frozen.headings);
      for (const node of frozen.tree.children) expect(Object.isFrozen(node as Nodes)).toBe(true);
      for (const format of FORMATS)
        for (const cache of [false, true]) {
          const want = await renderers[format](plain, { cache });
          const got = await renderers[format](frozen, { cache });
          expect(Buffer.from(got).equals(Buffer.from(want)), `${format}, cache ${cache}`).toBe(true);
        }
    }
  }, 300_000);
});
