/**
 * The example settings end to end, with real clients: every .docx opens in LibreOffice (converted to PDF),
 * every native PDF passes qpdf --check, and pdftotext finds the setting's name, its DSL and every heading.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { buildProject } from "../src/build/build.js";
import { type LoadedProject, loadProject } from "../src/data/load-project.js";
import type { PolicyDocument } from "../src/model.js";
import { fillAll } from "./helpers/fill-settings.js";
import { convertWithLibreOfficeAsync, toolsAvailable } from "./helpers/tools.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const haveTools = toolsAvailable("example documents in real clients", "soffice", "pdftotext", "qpdf");

let project: LoadedProject;
let out: string;
const docs: PolicyDocument[] = [];

const normalise = (text: string) => text.replace(/\s+/g, " ").replace(/[‘’]/g, "'").trim();

beforeAll(async () => {
  project = await loadProject(root);
  out = mkdtempSync(join(tmpdir(), "policysmith-examples-"));
  const result = await buildProject(project, { formats: ["docx", "pdf", "html"], outDir: out });
  expect(project.problems).toEqual([]);
  expect([...result.failed.entries()]).toEqual([]);
  docs.push(...fillAll(project));
}, 120_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

/**
 * The setting's name and its DSL's name straight from its YAML file, not from the code under test (fill), so a
 * fill that lost or mangled them cannot also change what the test expects.
 */
function fromYaml(settingId: string): { name: string; dsl?: string } {
  const data = parse(readFileSync(join(root, "orgs", `${settingId}.yaml`), "utf8")) as {
    name: string;
    leads?: Array<{ role: string; name: string }>;
  };
  return { name: data.name, dsl: data.leads?.find((l) => l.role === "dsl")?.name };
}

function expectPolicyText(text: string, doc: PolicyDocument, where: string) {
  const plain = normalise(text);
  const expected = fromYaml(doc.setting.id);
  expect(plain, `${where}: setting name`).toContain(normalise(expected.name));
  if (expected.dsl) expect(plain, `${where}: DSL name`).toContain(normalise(expected.dsl));
  for (const heading of doc.headings) expect(plain, `${where}: heading`).toContain(normalise(heading.text));
  expect(plain, `${where}: unfilled template syntax`).not.toMatch(/\{\{|\}\}|\{%|%\}|\uE000|:::|::[a-z]/);
}

describe("example settings", () => {
  it("has at least six example settings of different types over two areas, and two templates", () => {
    expect(project.settings.length).toBeGreaterThanOrEqual(6);
    expect(new Set(project.settings.map((s) => s.type)).size).toBeGreaterThanOrEqual(5);
    expect(new Set(project.settings.map((s) => s.area))).toEqual(new Set(["riverbend", "fallowmere"]));
    expect(project.templates.map((t) => t.id).sort()).toEqual(["child-protection", "referral-guide"]);
  });

  it("every HTML policy carries the name, the DSL and every heading", () => {
    for (const doc of docs) {
      const html = readFileSync(join(out, doc.setting.id, `${doc.template.id}.html`), "utf8");
      const text = html
        .replace(/<style[\s\S]*?<\/style>/g, "")
        .replace(/<[^>]+>/g, " ")
        .replace(/&#x27;|&#39;|&apos;/g, "'")
        .replace(/&amp;/g, "&")
        .replace(/&lt;/g, "<")
        .replace(/&gt;/g, ">")
        .replace(/&quot;/g, '"');
      expectPolicyText(text, doc, `${doc.setting.id}/${doc.template.id}.html`);
    }
  });

  it.runIf(haveTools)(
    "every native PDF passes qpdf --check and pdftotext reads it",
    () => {
      for (const doc of docs) {
        const pdf = join(out, doc.setting.id, `${doc.template.id}.pdf`);
        const check = spawnSync("qpdf", ["--check", pdf], { encoding: "utf8" });
        expect(check.status, `${pdf}: ${check.stdout}${check.stderr}`).toBe(0);
        const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
        expectPolicyText(text, doc, `${doc.setting.id}/${doc.template.id}.pdf`);
      }
    },
    120_000,
  );

  it.runIf(haveTools)(
    "every .docx opens in LibreOffice and shows the name, the DSL and every heading",
    async () => {
      const converted = mkdtempSync(join(tmpdir(), "policysmith-lo-"));
      try {
        const inputs: string[] = [];
        for (const doc of docs) inputs.push(join(out, doc.setting.id, `${doc.template.id}.docx`));
        // Distinct names for one batch conversion (LibreOffice names outputs after the input's base name).
        const byName = new Map<string, PolicyDocument>();
        const links = mkdtempSync(join(tmpdir(), "policysmith-docx-"));
        for (const doc of docs) {
          const name = `${doc.setting.id}--${doc.template.id}`;
          byName.set(name, doc);
          copyFileSync(join(out, doc.setting.id, `${doc.template.id}.docx`), join(links, `${name}.docx`));
        }
        const lo = await convertWithLibreOfficeAsync(
          readdirSync(links).map((f) => join(links, f)),
          "pdf",
          converted,
          300_000,
        );
        expect(lo.status, lo.stderr).toBe(0);
        for (const [name, doc] of byName) {
          const pdf = join(converted, `${name}.pdf`);
          const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
          expect(text.status, `LibreOffice did not produce ${pdf}`).toBe(0);
          expectPolicyText(text.stdout, doc, `${name}.docx in LibreOffice`);
          // The contents list shows its entries without a field update: every section heading appears between
          // "Contents" and the body's first section heading (its second appearance after "Contents").
          if (doc.tree.children.some((n) => n.type === "toc")) {
            const afterContents = normalise(text.stdout)
              .split(/\bContents\b/i)
              .slice(1)
              .join("Contents");
            const sections = doc.headings.filter((h) => h.depth === 2).map((h) => normalise(h.text));
            const first = afterContents.indexOf(sections[0]);
            const body = afterContents.indexOf(sections[0], first + 1);
            expect(first, `${name}: contents list`).toBeGreaterThanOrEqual(0);
            expect(body, `${name}: the first section after the contents list`).toBeGreaterThan(first);
            const contents = afterContents.slice(0, body);
            for (const section of sections) expect(contents, `${name}: contents list`).toContain(section);
          }
        }
        rmSync(links, { recursive: true, force: true });
      } finally {
        rmSync(converted, { recursive: true, force: true });
      }
    },
    300_000,
  );
});
