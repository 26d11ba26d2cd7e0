import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Heading, Root, Table } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { addDaysToIso } from "../src/audit/text/dates.js";
import { loadProject } from "../src/data/load-project.js";
import { addDaysIso } from "../src/template/dates.js";
import { fillTemplate } from "../src/template/fill.js";
import { createLiquid } from "../src/template/liquid.js";

const root = fileURLToPath(new URL("./fixtures/project", import.meta.url));

async function fill(settingId: string) {
  const project = await loadProject(root);
  expect(project.problems).toEqual([]);
  const setting = project.settings.find((s) => s.id === settingId);
  if (!setting) throw new Error(`no ${settingId}`);
  return fillTemplate(project.compiledTemplates[0], setting, {
    partnership: project.partnership,
    settingTypes: project.settingTypes,
    liquid: createLiquid(),
  });
}

const texts = (tree: Root) => mdToString(tree);

describe("fillTemplate", () => {
  it("keeps data as literal text, never Markdown structure", async () => {
    const doc = await fill("little-stars");
    const strong = doc.tree.children[1];
    expect(strong.type).toBe("paragraph");
    expect(mdToString(strong)).toBe("St Mary's *Little* [Stars] #1");
    // No emphasis or link node came from the name.
    expect(JSON.stringify(strong)).not.toContain('"emphasis"');
  });

  it("numbers headings, gives them ids and resolves :ref", async () => {
    const doc = await fill("little-stars");
    expect(doc.headings.map((h) => h.text)).toEqual([
      "Mini Policy",
      "1. Purpose",
      "2. Who is responsible",
      "2.1 Training",
      "3. Mobile phones and cameras",
      "4. Allegations against staff",
      "5. Our recruitment steps",
      "6. Contacts",
      "7. Document history",
    ]);
    expect(doc.headings[1].id).toBe("purpose");
    const heading = doc.tree.children.find((n) => n.type === "heading" && n.depth === 2) as Heading;
    expect(heading.data).toMatchObject({ id: "purpose", hProperties: { id: "purpose" } });
    expect(texts(doc.tree)).toContain("Allegations: see section 4.");
  });

  it("includes :::when blocks by type and group, and fills slots", async () => {
    const nursery = await fill("little-stars");
    const school = await fill("oak-primary");
    expect(texts(nursery.tree)).toContain("Early years section.");
    expect(texts(nursery.tree)).not.toContain("Schools section.");
    expect(texts(school.tree)).toContain("Schools section.");
    expect(texts(school.tree)).not.toContain("Early years section.");
    expect(texts(nursery.tree)).toContain("We take up two references.");
    expect(texts(school.tree)).toContain("We follow safer recruitment.");
  });

  it("fills values in text, links and table cells, with filters and defaults", async () => {
    const nursery = await fill("little-stars");
    const school = await fill("oak-primary");
    const all = texts(nursery.tree);
    expect(all).toContain("Our next review is due on 15 September 2026.");
    expect(all).toContain("Office opens at 8:30am.");
    expect(all).toContain("Riverbend Children's Advice and Support Hub0113 496 0100");
    expect(all).toContain("Phone the LADO on 0113 496 0150.");
    expect(texts(school.tree)).toContain("Phone the LADO on 0118 496 0350.");
    expect(JSON.stringify(nursery.tree)).toContain('"url":"https://www.example.org"');
    expect(JSON.stringify(school.tree)).toContain('"url":"https://oak.example.org"');
    expect(all).not.toMatch(/\uE000|\{\{|\}\}/);
  });

  it("generates the leads, training and contacts tables and a toc node", async () => {
    const doc = await fill("little-stars");
    const tables = doc.tree.children.filter((n): n is Table => n.type === "table");
    const [details, , leads, training, contacts] = tables.map((t) =>
      t.children.map((r) => r.children.map((c) => mdToString(c))),
    );
    expect(details).toContainEqual(["Next review", "15 September 2026"]);
    expect(leads[1]).toEqual(["Designated safeguarding lead", "Ada Price", "Manager", "ada@example.org", ""]);
    expect(training).toContainEqual([
      "Ada Price",
      "Designated safeguarding lead",
      "Early Years Designated Safeguarding Lead training",
      "12 March 2025",
      "12 March 2027",
    ]);
    expect(training).toContainEqual([
      "Ben Hale",
      "Deputy designated safeguarding lead",
      "No safeguarding training recorded",
      "",
      "",
    ]);
    expect(contacts.map((r) => r[0])).toContain("Riverbend Local Authority Designated Officer (LADO)");
    expect(doc.tree.children.some((n) => n.type === "toc")).toBe(true);
    expect(doc.meta).toMatchObject({
      version: "2.0",
      nextReviewText: "15 September 2026",
      date: "2025-09-15",
      language: "en-GB",
    });
  });

  it("does not change the compiled template between settings", async () => {
    const project = await loadProject(root);
    const before = JSON.stringify(project.compiledTemplates[0].tree);
    for (const setting of project.settings)
      fillTemplate(project.compiledTemplates[0], setting, {
        partnership: project.partnership,
        settingTypes: project.settingTypes,
        liquid: createLiquid(),
      });
    expect(JSON.stringify(project.compiledTemplates[0].tree)).toBe(before);
  });
});

void join;

describe("loadTemplates", () => {
  it("gives each compiled template the sha256 of the exact bytes it compiled", async () => {
    const project = await loadProject(root);
    const bytes = readFileSync(join(root, "policy-templates/mini/template.md"));
    expect(project.compiledTemplates[0].sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });
});

describe("addDaysIso", () => {
  it("adds days across months, leap days and years, as date-fns does, without loading it", () => {
    expect(addDaysIso("2026-09-15", 30)).toBe("2026-10-15");
    expect(addDaysIso("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDaysIso("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDaysIso("0050-03-01", -1)).toBe("0050-02-28");
    expect(addDaysIso("not a date", 5)).toBe("not a date");
    for (let day = 0; day < 800; day += 7) {
      const iso = addDaysToIso("2023-01-01", day);
      for (const days of [0, 1, 29, 60, 365]) expect(addDaysIso(iso, days)).toBe(addDaysToIso(iso, days));
    }
  });
});
