/**
 * A template's fixed text is frozen when it is compiled and shared, not copied, by every setting's policy; a part
 * that differs only by its {{ … }} values is filled once for each set of values and shared by the policies that have
 * them (src/template/compile.ts, fill.ts). A heading, numbered per policy, is shared by the policies that give it
 * the same number, id and words, and is its own where they differ.
 */
import { fileURLToPath } from "node:url";
import GithubSlugger from "github-slugger";
import type { Nodes, Paragraph, Root } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { loadProject } from "../src/data/load-project.js";
import type { PolicyDocument, Setting } from "../src/model.js";
import { valueParts } from "../src/template/compile.js";
import { fillTemplate } from "../src/template/fill.js";
import { createLiquid } from "../src/template/liquid.js";

const root = fileURLToPath(new URL("./fixtures/project", import.meta.url));

async function project() {
  const loaded = await loadProject(root);
  expect(loaded.problems).toEqual([]);
  const liquid = createLiquid();
  const fill = (setting: Setting): PolicyDocument =>
    fillTemplate(loaded.compiledTemplates[0], setting, {
      partnership: loaded.partnership,
      settingTypes: loaded.settingTypes,
      liquid,
    });
  return { loaded, fill };
}

function* nodes(node: Nodes): Generator<Nodes> {
  yield node;
  if ("children" in node) for (const child of node.children) yield* nodes(child as Nodes);
}

describe("shared parts of a template", () => {
  it("freezes the fixed text, which two settings' policies share", async () => {
    const { loaded, fill } = await project();
    const [a] = loaded.settings;
    const first = fill(a);
    const second = fill({ ...a, id: `${a.id}-2`, name: `${a.name} (second)` });
    const compiled = loaded.compiledTemplates[0].tree;
    // "Early years section." inside its :::when block, "We follow safer recruitment." inside its slot.
    const frozen = [...nodes(compiled as Root)].filter((n) => Object.isFrozen(n) && n.type === "paragraph");
    expect(frozen.map((n) => mdToString(n))).toEqual(expect.arrayContaining(["Early years section."]));
    let shared = 0;
    first.tree.children.forEach((block, i) => {
      if (!Object.isFrozen(block) || !frozen.includes(block as Paragraph)) return;
      // Shared as it is, and frozen all the way down: no step after the compile can change it.
      expect(second.tree.children[i]).toBe(block);
      for (const inner of nodes(block as Nodes)) expect(Object.isFrozen(inner)).toBe(true);
      expect(() => {
        (block as Paragraph).children = [];
      }).toThrow(TypeError);
      shared++;
    });
    expect(shared).toBeGreaterThan(0);
    // Nothing with a value, a directive or a heading inside is frozen.
    const hasToken = (n: Nodes) =>
      JSON.stringify(n, (k, v) => (k === "position" ? undefined : v)).includes("\uE000");
    for (const node of nodes(compiled as Root))
      if (Object.isFrozen(node)) {
        expect(hasToken(node)).toBe(false);
        expect(["heading", "containerDirective", "leafDirective", "textDirective"]).not.toContain(node.type);
      }
  });

  it("shares a heading between policies that number and name it alike, and never one that differs", async () => {
    const { loaded, fill } = await project();
    const nursery = loaded.settings.find((s) => s.type === "nursery") as Setting;
    const headings = (doc: PolicyDocument) => doc.tree.children.filter((n) => n.type === "heading");
    const first = fill(nursery);
    const second = fill({ ...nursery, id: `${nursery.id}-2`, name: `${nursery.name} (second)` });
    expect(headings(first).length).toBeGreaterThan(5);
    headings(first).forEach((heading, i) => {
      // The setting's own recruitment section (its slot) is parsed for each policy: its heading is its own.
      if (mdToString(heading).endsWith("Our recruitment steps")) {
        expect(Object.isFrozen(heading)).toBe(false);
        expect(headings(second)[i]).not.toBe(heading);
        expect(headings(second)[i]).toEqual(heading);
        return;
      }
      expect(headings(second)[i]).toBe(heading);
      for (const inner of nodes(heading)) expect(Object.isFrozen(inner)).toBe(true);
    });
    expect(() => {
      (headings(first)[1] as { depth: number }).depth = 4;
    }).toThrow(TypeError);
    // A childminder's policy has neither conditional section, so "Allegations against staff" is 3, not 4: its own.
    const childminder = fill({ ...nursery, id: "minder", type: "childminder" });
    const allegations = (doc: PolicyDocument) =>
      headings(doc).find((h) => mdToString(h).endsWith("Allegations against staff")) as Nodes;
    expect(mdToString(allegations(first))).toBe("4. Allegations against staff");
    expect(mdToString(allegations(childminder))).toBe("3. Allegations against staff");
    // Headings before the sections that differ are the same; each policy's list of headings is its own.
    expect(headings(childminder)[1]).toBe(headings(first)[1]);
    expect(childminder.headings).not.toEqual(first.headings);
    expect(first.headings).toEqual(second.headings);
  });

  it("fills a part that differs only by its values once for each set of values, and shares it", async () => {
    const { loaded, fill } = await project();
    const [a, b] = loaded.settings;
    const parts = [...nodes(loaded.compiledTemplates[0].tree as Root)].filter((n) => valueParts.has(n));
    expect(parts.length).toBeGreaterThan(0);
    const first = fill(a);
    const again = fill(a);
    const renamed = fill({ ...a, name: `${a.name} (renamed)` });
    const other = fill(b);
    // The same setting filled again: every shared block is the very same object. Not shared: the headings
    // (numbered per policy), a paragraph with a :ref (resolved per policy), the tables made from the setting's data.
    let same = 0;
    first.tree.children.forEach((block, i) => {
      expect(again.tree.children[i]).toEqual(block);
      if (!Object.isFrozen(block)) return;
      expect(again.tree.children[i]).toBe(block);
      same++;
    });
    expect(same).toBeGreaterThan(3);
    // "Phone the LADO on {{ area.contacts.lado.phone }}." reads the same for the renamed setting: shared too.
    const lado = (doc: PolicyDocument) =>
      doc.tree.children.find((n) => mdToString(n).startsWith("Phone the LADO"));
    expect(lado(first)).toBeDefined();
    expect(lado(renamed)).toBe(lado(first));
    // "**{{ setting.name }}**" differs where the name does, and is frozen like any shared part.
    const named = (doc: PolicyDocument) =>
      doc.tree.children.find((n) => n.type === "paragraph" && mdToString(n) === doc.setting.name);
    const mine = named(renamed);
    expect(named(first)).toBe(named(again));
    expect(mine).toBeDefined();
    expect(mine).not.toBe(named(first));
    expect(Object.isFrozen(mine)).toBe(true);
    // Filled for the other setting, the texts are its own (nothing of the first leaks into it).
    expect(mdToString(other.tree)).toContain(b.name);
    expect(mdToString(other.tree)).not.toContain(a.name);
  });

  it("gives headings the ids github-slugger gives, repeats numbered -1, -2 …", async () => {
    const { loaded, fill } = await project();
    const doc = fill(loaded.settings[0]);
    const slugger = new GithubSlugger();
    expect(doc.headings.map((h) => h.id)).toEqual(
      doc.tree.children
        .filter((n) => n.type === "heading")
        .map((n) => slugger.slug((n.data as { plain: string }).plain)),
    );
    // The same words three times, and a heading spelt as the second one's slug: as GithubSlugger numbers them.
    const words = ["Contacts", "Contacts-1", "Contacts", "Contacts", "Training!", "training"];
    const setting = loaded.settings[0];
    const sections = Object.fromEntries(words.map((w, i) => [`s${i}`, `## ${w}\n\nText ${i}.`]));
    const compiled = loaded.compiledTemplates[0];
    const withSlots: Root = {
      type: "root",
      children: words.map(
        (_, i) =>
          ({ type: "leafDirective", name: "slot", attributes: { name: `s${i}` }, children: [] }) as never,
      ),
    };
    const filled = fillTemplate(
      { ...compiled, tree: withSlots },
      { ...setting, sections },
      {
        partnership: loaded.partnership,
        settingTypes: loaded.settingTypes,
        liquid: createLiquid(),
      },
    );
    const reference = new GithubSlugger();
    expect(filled.headings.map((h) => h.id)).toEqual(words.map((w) => reference.slug(w)));
    expect(filled.headings.map((h) => h.id)).toEqual([
      "contacts",
      "contacts-1",
      "contacts-2",
      "contacts-3",
      "training",
      "training-1",
    ]);
  });
});
