/**
 * Fuzz: arbitrary setting data (names, job titles, emails, sections Markdown with links, emphasis and tables;
 * astral, right-to-left and combining characters; control and XML-illegal characters; very long words) and
 * template text fragments go through compile, fill and all three renderers. Whatever the input, either it
 * is refused with problems that name a file and line, or every output opens: the .docx unzips and each
 * XML part parses, the PDF passes `qpdf --check`, the HTML parses and has no live link other than http(s),
 * mailto, tel or #anchor. Fixed seed and a bounded number of runs, rendered in-process.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { XMLValidator } from "fast-xml-parser";
import { unzipSync } from "fflate";
import { Parser } from "htmlparser2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type LoadedProject, loadProject } from "../src/data/load-project.js";
import { DataError, type Problem } from "../src/errors.js";
import type { PolicyDocument, Setting } from "../src/model.js";
import { renderDocx } from "../src/render/docx/index.js";
import { renderHtml } from "../src/render/html.js";
import { renderPdf } from "../src/render/pdf/index.js";
import { type CompiledTemplate, compileTemplate } from "../src/template/compile.js";
import { fillTemplate } from "../src/template/fill.js";
import { createLiquid } from "../src/template/liquid.js";
import { firstDisallowedCharacter } from "../src/text/encoding.js";
import { toolsAvailable } from "./helpers/tools.js";

const ROOT = fileURLToPath(new URL("./fixtures/project", import.meta.url));
const TEMPLATE_FILE = "policy-templates/mini/template.md";
const SEED = 20_261_201;
const RUNS = 30;

const haveQpdf = toolsAvailable("Fuzz: PDF structure check", "qpdf");
const dir = mkdtempSync(join(tmpdir(), "policysmith-fuzz-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let project: LoadedProject;
let templateText: string;
let base: CompiledTemplate;
const liquid = createLiquid();
beforeAll(async () => {
  project = await loadProject(ROOT);
  expect(project.problems).toEqual([]);
  templateText = readFileSync(join(ROOT, TEMPLATE_FILE), "utf8");
  base = project.compiledTemplates[0];
});

// ---- Arbitraries ----

/** Pieces a hostile or unlucky user could type or paste. */
const PIECES = [
  "\uFFFE",
  "\uFFFF",
  "\u0000",
  "\u0001",
  "\u0008",
  "\u000B",
  "\u001F",
  "\u007F",
  "\uFDD0",
  "\uD800",
  "\uDFFF",
  "\u200F",
  "\u202E",
  "مدرسة الأطفال",
  "שלום",
  "e\u0301\u0302\u0303",
  "\u{1D518}\u{1D52B}\u{1D526}",
  "\u{1F600}\u{1F469}\u200D\u{1F467}",
  "\u4E2D\u6587",
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "&amp; &lt; ]]> <![CDATA[",
  "{{ setting.name }}",
  "{% raw %}",
  ":::",
  ':::when{type="school"}',
  "::leads-table",
  ":ref[Purpose]",
  "*",
  "**bold**",
  "_em_",
  "~~del~~",
  "`code`",
  "[a](javascript:alert(1))",
  "[b](JAVASCRIPT:alert(1))",
  "[c](data:text/html;base64,PHNjcmlwdD4=)",
  "[d](vbscript:msgbox)",
  "[e](file:///etc/passwd)",
  "[f](https://example.org/a_(b)\\c)",
  "[g](mailto:a@example.org)",
  "[h](tel:+441234)",
  "[i](#purpose)",
  "<javascript:alert(1)>",
  "<https://example.org>",
  "www.example.org",
  "![img](javascript:alert(1))",
  "![img](https://example.org/x.png)",
  "[ref][r]\n\n[r]: javascript:alert(1)",
  "\n\n| a | b |\n|---|---|\n| c | d |\n\n",
  "\n\n> quote\n\n",
  "\n\n- item\n- item\n\n",
  "\n\n1. one\n2. two\n\n",
  "\n\n## Heading\n\n",
  "\n\n```\ncode block\n```\n\n",
  "\n",
  "\r\n",
  "\t",
  " ",
  "(",
  ")",
  "\\",
  "%",
  "Supercalifragilistic".repeat(60),
];

const codePoint = fc
  .integer({ min: 0, max: 0x10ffff })
  .map((cp) => (cp >= 0xd800 && cp <= 0xdfff ? String.fromCharCode(cp) : String.fromCodePoint(cp)));

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...PIECES) },
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 2, arbitrary: codePoint },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 10 }) },
);

const text = (maxPieces: number) => fc.array(piece, { maxLength: maxPieces }).map((p) => p.join(""));
const nonEmpty = (maxPieces: number) => text(maxPieces).map((t) => (t.trim() ? t : `x${t}`));

const settingData = fc.record({
  name: nonEmpty(6),
  address: text(4),
  leadName: nonEmpty(4),
  leadTitle: text(4),
  email: text(3),
  phone: text(2),
  responsible: text(4),
  recruitment: text(30),
});

const templateFragment = text(12);

// ---- Checks ----

const ALLOWED_TARGET = /^(?:https?:|mailto:|tel:|#)/i;

function expectPlaced(problems: readonly Problem[]): void {
  expect(problems.length).toBeGreaterThan(0);
  for (const p of problems) {
    expect(p.file, JSON.stringify(p)).toBeTruthy();
    expect(p.message, JSON.stringify(p)).toBeTruthy();
  }
}

function checkDocx(bytes: Uint8Array): void {
  const files = unzipSync(bytes);
  const names = Object.keys(files).filter((n) => /\.(xml|rels)$/.test(n));
  expect(names).toContain("word/document.xml");
  for (const name of names) {
    const xml = new TextDecoder("utf-8", { fatal: true }).decode(files[name]);
    expect(firstDisallowedCharacter(xml), name).toBeUndefined();
    const valid = XMLValidator.validate(xml);
    expect(valid, `${name}: ${JSON.stringify(valid)}`).toBe(true);
    if (name.endsWith(".rels"))
      for (const rel of xml.match(/<Relationship [^>]*TargetMode="External"[^>]*>/g) ?? [])
        expect(/Target="([^"]*)"/.exec(rel)?.[1] ?? "", rel).toMatch(ALLOWED_TARGET);
  }
}

function checkHtml(html: string): void {
  expect(firstDisallowedCharacter(html)).toBeUndefined();
  const errors: Error[] = [];
  const parser = new Parser(
    {
      onopentag(tag, attrs) {
        for (const [key, value] of Object.entries(attrs)) {
          if (key === "href" || key === "src" || key === "action" || key === "formaction")
            expect(value, `<${tag} ${key}>`).toMatch(ALLOWED_TARGET);
          expect(key, `<${tag}> has an event handler`).not.toMatch(/^on/i);
        }
        expect(tag).not.toBe("script");
      },
      onerror(error) {
        errors.push(error);
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  expect(errors).toEqual([]);
}

let pdfCount = 0;
function checkPdf(bytes: Uint8Array): void {
  expect(Buffer.from(bytes.subarray(0, 5)).toString("latin1")).toBe("%PDF-");
  if (!haveQpdf) return;
  const file = join(dir, `fuzz-${pdfCount++}.pdf`);
  writeFileSync(file, bytes);
  const check = spawnSync("qpdf", ["--check", file], { encoding: "utf8" });
  expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
  rmSync(file);
}

function fuzzedSetting(data: Record<string, string>): Setting {
  const setting = structuredClone(project.settings.find((s) => s.id === "little-stars")) as Setting;
  setting.name = data.name;
  setting.address = data.address || undefined;
  setting.leads[0] = {
    ...setting.leads[0],
    name: data.leadName,
    title: data.leadTitle || undefined,
    email: data.email || undefined,
    phone: data.phone || undefined,
  };
  setting.policy = { ...setting.policy, responsible: data.responsible || undefined };
  setting.sections = { recruitment: data.recruitment };
  return setting;
}

function fill(compiled: CompiledTemplate, setting: Setting): PolicyDocument | undefined {
  try {
    return fillTemplate(compiled, setting, {
      partnership: project.partnership,
      settingTypes: project.settingTypes,
      liquid,
    });
  } catch (error) {
    // Refusing is fine, with problems that say where; anything else is a bug.
    if (!(error instanceof DataError)) throw error;
    expectPlaced(error.problems);
    return undefined;
  }
}

describe("fuzz: setting data and template text → every output opens", () => {
  it(`${RUNS} runs, seed ${SEED}`, async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(settingData, templateFragment, async (data, fragment) => {
        const setting = fuzzedSetting(data);
        const text = templateText.replace("## Contacts", `${fragment}\n\n## Contacts`);
        const compiled = compileTemplate(TEMPLATE_FILE, text, liquid, project.settingTypes, "");
        if (!compiled.template) expectPlaced(compiled.problems);
        const doc = (compiled.template && fill(compiled.template, setting)) ?? fill(base, setting);
        if (!doc) return;
        checkDocx(await renderDocx(doc));
        checkPdf(await renderPdf(doc));
        checkHtml(renderHtml(doc));
        rendered++;
      }),
      { seed: SEED, numRuns: RUNS, endOnFailure: true },
    );
    // Most runs must reach the renderers, or the fuzz tests nothing.
    expect(rendered).toBeGreaterThan(RUNS / 2);
  });
});
