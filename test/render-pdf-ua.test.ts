/**
 * Every example setting's PDF against PDF/UA-1, walked the way a checker walks it (test/helpers/pdf-ua.ts):
 * XMP metadata with pdfuaid:part 1, dc:title and dc:language; every TH with a /Scope; every table cell in the
 * tree (regular tables); one Link element per link owning all its annotations, each with /Contents; Lbl before
 * LBody; no line break inside a date, a phone number, or an address but after @ . / -. Then qpdf --check and
 * pdftotext on each, as real clients.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildProject } from "../src/build/build.js";
import { loadProject } from "../src/data/load-project.js";
import { badLineBreaks, checkPdfUa, leafTexts, type PdfUaReport } from "./helpers/pdf-ua.js";
import { toolsAvailable } from "./helpers/tools.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const haveTools = toolsAvailable("PDF/UA examples in real clients", "qpdf", "pdftotext");

let out: string;
const files: Array<{ name: string; path: string; bytes: Uint8Array; pdf: PDFDocument; report: PdfUaReport }> =
  [];
/** Every email and web address in the example data, as a policy may show it (web addresses with and without https://). */
const addresses: string[] = [];

beforeAll(async () => {
  const project = await loadProject(root);
  out = mkdtempSync(join(tmpdir(), "policysmith-pdf-ua-"));
  // One thread: the renderer under test is this source, not a compiled copy in a worker.
  const result = await buildProject(project, { formats: ["pdf"], outDir: out, jobs: 1 });
  expect([...result.failed.entries()]).toEqual([]);
  for (const file of result.files.filter((f) => f.path.endsWith(".pdf"))) {
    const path = join(root, file.path);
    const bytes = new Uint8Array(readFileSync(path));
    const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
    files.push({
      name: `${file.settingId}/${file.templateId}.pdf`,
      path,
      bytes,
      pdf,
      report: checkPdfUa(pdf),
    });
  }
  const data = [
    readFileSync(join(root, "partnership.yaml"), "utf8"),
    ...project.settings.map((s) => readFileSync(join(root, s.source), "utf8")),
  ].join("\n");
  for (const [address] of data.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/[^\s"']+/g))
    addresses.push(address, address.replace(/^https?:\/\//, ""));
}, 300_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

const sum = (pick: (r: PdfUaReport) => number) => files.reduce((n, f) => n + pick(f.report), 0);

describe("example PDFs against PDF/UA-1", () => {
  it("builds all sixteen", () => {
    expect(files).toHaveLength(16);
  });

  it("carry XMP metadata: pdfuaid:part 1, and the title and language the document information gives", () => {
    for (const { name, pdf, report } of files) {
      expect(report.xmp.present, `${name}: XMP metadata stream`).toBe(true);
      expect(report.xmp.pdfuaPart, `${name}: pdfuaid:part`).toBe("1");
      expect(report.xmp.title, `${name}: dc:title`).toBe(pdf.getTitle());
      expect(report.xmp.language, `${name}: dc:language`).toBe("en-GB");
    }
  });

  it("give every table header cell a scope: its column, or its row in a key–value table", () => {
    const th = sum((r) => r.th);
    const without = sum((r) => r.thWithoutScope);
    expect(th, "the walker found table headers").toBeGreaterThan(100);
    expect(without, `${without} of ${th} TH have no /Scope`).toBe(0);
    const scopes = files.map((f) => f.report.thScopes);
    expect(
      scopes.reduce((n, s) => n + (s.Row ?? 0), 0),
      "row headers (Policy details)",
    ).toBeGreaterThan(0);
    expect(scopes.every((s) => Object.keys(s).every((k) => k === "Column" || k === "Row"))).toBe(true);
  });

  it("keep every table cell in the tree, empty or not, so every row has a cell per column", () => {
    const tables = sum((r) => r.tables);
    const irregular = sum((r) => r.irregularTables);
    expect(tables).toBeGreaterThan(40);
    expect(irregular, files.flatMap((f) => f.report.problems.map((p) => `${f.name}: ${p}`)).join("\n")).toBe(
      0,
    );
  });

  it("make each link one Link element owning all its annotations, each annotation described by /Contents", () => {
    const annotations = sum((r) => r.linkAnnotations);
    const problems = files.flatMap((f) =>
      f.report.problems.filter((p) => /link|Link/.test(p)).map((p) => `${f.name}: ${p}`),
    );
    expect(annotations).toBeGreaterThan(500);
    expect(
      sum((r) => r.linkAnnotationsWithoutContents),
      problems.join("\n"),
    ).toBe(0);
    expect(
      sum((r) => r.linkAnnotationsOutsideTree),
      problems.join("\n"),
    ).toBe(0);
    expect(
      sum((r) => r.linksWithoutAnnotation),
      problems.join("\n"),
    ).toBe(0);
    expect(
      sum((r) => r.splitLinks),
      problems.join("\n"),
    ).toBe(0);
    // A link broken over two lines is one element with two annotations.
    expect(sum((r) => r.roles.Link ?? 0)).toBeLessThan(annotations);
  });

  it("put each list item's label before its body", () => {
    expect(sum((r) => r.listItems)).toBeGreaterThan(100);
    expect(sum((r) => r.lblAfterLBody)).toBe(0);
  });

  it("have no other defect the walker knows", () => {
    expect(files.flatMap((f) => f.report.problems.map((p) => `${f.name}: ${p}`))).toEqual([]);
  });

  it("break no line inside a date or a phone number, nor inside an address but after @ . / -", async () => {
    expect(addresses.length).toBeGreaterThan(10);
    const problems: string[] = [];
    let leaves = 0;
    for (const { name, bytes, pdf } of files) {
      const texts = await leafTexts(bytes, pdf);
      leaves += texts.length;
      problems.push(...badLineBreaks(texts, addresses).map((p) => `${name}: ${p}`));
    }
    expect(leaves, "the walker read the tagged text").toBeGreaterThan(1000);
    expect(problems).toEqual([]);
  }, 120_000);

  it.runIf(haveTools)("pass qpdf --check, and pdftotext reads each one's title", () => {
    for (const { name, path, pdf } of files) {
      const check = spawnSync("qpdf", ["--check", path], { encoding: "utf8" });
      expect(check.status, `${name}: ${check.stdout}${check.stderr}`).toBe(0);
      const text = spawnSync("pdftotext", [path, "-"], { encoding: "utf8" });
      expect(text.status, name).toBe(0);
      const words = (pdf.getTitle() ?? "").split(" — ")[1] ?? "";
      expect(text.stdout.replace(/\s+/g, " "), name).toContain(words);
    }
  });
});
