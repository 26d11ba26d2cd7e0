/** The native PDF renderer, checked with real clients: qpdf, pdffonts, pdftotext, pdfinfo. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { PDFDict, PDFDocument, PDFName } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import { renderPdf } from "../src/render/pdf/index.js";
import { sampleDocument } from "./helpers/sample-document.js";
import { toolsAvailable } from "./helpers/tools.js";

const haveTools = toolsAvailable(
  "PDF output in real clients",
  "qpdf",
  "pdftotext",
  "pdffonts",
  "pdfinfo",
  "pdfimages",
);
const dir = mkdtempSync(join(tmpdir(), "policysmith-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function write(name: string, markdown?: string, onWarning?: (m: string) => void): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await renderPdf(sampleDocument(markdown), { onWarning }));
  return file;
}
const text = (file: string) =>
  spawnSync("pdftotext", [file, "-"], { encoding: "utf8" }).stdout.replace(/\s+/g, " ");
const pages = (file: string) =>
  Number(/Pages:\s+(\d+)/.exec(spawnSync("pdfinfo", [file], { encoding: "utf8" }).stdout)?.[1]);

describe("renderPdf", () => {
  it("gives identical bytes for identical input", async () => {
    const a = await renderPdf(sampleDocument());
    const b = await renderPdf(sampleDocument());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("gives the same bytes whatever was rendered before (the subset font cache changes nothing)", async () => {
    const alone = await renderPdf(sampleDocument("# Ünïcödé heading\n\nŒuvre — “quoted” café."));
    const first = await renderPdf(sampleDocument());
    await renderPdf(sampleDocument("# Other\n\nDifferent characters: ½ ¾ € £ ©."));
    const again = await renderPdf(sampleDocument());
    expect(Buffer.from(again).equals(Buffer.from(first))).toBe(true);
    const repeated = await renderPdf(sampleDocument("# Ünïcödé heading\n\nŒuvre — “quoted” café."));
    expect(Buffer.from(repeated).equals(Buffer.from(alone))).toBe(true);
  });

  it("carries document information, language, and an outline mirroring the headings", async () => {
    const pdf = await PDFDocument.load(await renderPdf(sampleDocument()), { updateMetadata: false });
    expect(pdf.getTitle()).toBe("Child Protection Policy — St Mary's *Little* [Stars] #1");
    expect(pdf.getAuthor()).toBe("St Mary's *Little* [Stars] #1");
    expect(pdf.getCreationDate()?.toISOString()).toBe("2025-09-15T00:00:00.000Z");
    expect(String(pdf.catalog.get(PDFName.of("Lang")))).toContain("en-GB");
    const outlines = pdf.catalog.lookup(PDFName.of("Outlines"), PDFDict);
    // Child Protection Policy (1) > 3 sections, one with a subsection: 5 entries in all.
    expect(String(outlines.get(PDFName.of("Count")))).toBe("5");
  });

  it.runIf(haveTools)(
    "passes qpdf --check, embeds subset fonts, and pdftotext reads every heading and paragraph in order",
    async () => {
      const file = await write("sample");
      const check = spawnSync("qpdf", ["--check", file], { encoding: "utf8" });
      expect(check.status, check.stdout + check.stderr).toBe(0);
      const fonts = spawnSync("pdffonts", [file], { encoding: "utf8" }).stdout;
      expect(fonts).toMatch(/PSMAAA\+DejaVuSans\s+CID TrueType\s+Identity-H\s+yes yes yes/);
      const all = text(file);
      let at = 0;
      for (const expected of [
        "Child Protection Policy",
        "Contents",
        "1. Purpose and scope",
        "This policy applies to everyone who works or volunteers at St Mary's",
        "Characters: ½ ’ – é ł ğ “quoted”.",
        "2. Who is responsible",
        "2.1 Training",
        "deeper numbered",
        "A block quote: if a child is in immediate danger, call 999.",
        "3. Contacts",
        "Police non-emergency: 101.",
      ]) {
        const found = all.indexOf(expected, at);
        expect(found, `"${expected}" after position ${at}`).toBeGreaterThanOrEqual(0);
        at = found;
      }
      expect(all).toMatch(/Page 1 of 2/);
    },
  );

  it.runIf(haveTools)(
    "is a tagged PDF whose structure tree holds headings, tables, lists and the contents, not the running header",
    async () => {
      const file = await write("tagged");
      expect(spawnSync("pdfinfo", [file], { encoding: "utf8" }).stdout).toMatch(/Tagged:\s+yes/);
      const tree = spawnSync("pdfinfo", ["-struct-text", file], { encoding: "utf8" }).stdout;
      expect(tree).toMatch(/^Document\n\s+H1 \(block\)\n\s+"Child Protection Policy"/);
      for (const role of [
        "H2",
        "H3",
        "Table",
        "TR",
        "TH",
        "TD",
        "L",
        "LI",
        "Lbl",
        "LBody",
        "TOC",
        "TOCI",
        "BlockQuote",
        "P",
      ])
        expect(tree).toMatch(new RegExp(`^\\s+${role}\\b`, "m"));
      // A link is a Link element inside its paragraph, in reading order, owning its annotation (OBJR).
      expect(tree).toMatch(
        /"\. Read the "\n\s+Link \(inline\)\n\s+"local procedures"\n\s+Object \d+ 0\n\s+" and "/,
      );
      expect(tree).toMatch(/TOCI\n\s+Link \(inline\)\n\s+"1\. Purpose and scope"\n\s+"1"\n\s+Object \d+ 0/);
      expect(tree).not.toContain("Page 1 of");
      expect(tree).not.toContain("Next review: 15 September 2026");
    },
  );

  it.runIf(haveTools)("draws the setting's logo as a tagged figure with its alternate text", async () => {
    const doc = sampleDocument();
    const data = new Uint8Array(
      readFileSync(fileURLToPath(new URL("../orgs/logos/harbour-lights.png", import.meta.url))),
    );
    doc.meta.logo = { data, alt: "Harbour Lights logo", type: "png", width: 440, height: 120 };
    const file = join(dir, "logo.pdf");
    writeFileSync(file, await renderPdf(doc));
    expect(spawnSync("qpdf", ["--check", file]).status).toBe(0);
    expect(spawnSync("pdfimages", ["-list", file], { encoding: "utf8" }).stdout).toMatch(
      /^\s+1\s+0 image\s+440\s+120/m,
    );
    const pdf = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
    const root = pdf.catalog.lookup(PDFName.of("StructTreeRoot"), PDFDict);
    expect(String(root.get(PDFName.of("K")))).toMatch(/\d+ 0 R/);
    expect(Buffer.from(readFileSync(file)).toString("latin1")).toMatch(/\/S \/Figure/);
  });

  it("warns, naming the setting and the character, when the font lacks a character", async () => {
    const warnings: string[] = [];
    await renderPdf(sampleDocument("# Title\n\nA Chinese character: 漢 here.\n"), {
      onWarning: (m) => warnings.push(m),
    });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/St Mary.s.*"漢" \(U\+6F22\)/);
  });

  it.runIf(haveTools)(
    "lays out hostile input without loss: a 2,000-character word, a too-wide table, an empty section, many pages",
    async () => {
      const longWord = "x".repeat(2000);
      const wide = `| ${Array.from({ length: 14 }, (_, i) => `Column heading number ${i}`).join(" | ")} |\n|${"---|".repeat(14)}\n| ${Array.from({ length: 14 }, (_, i) => `value-${i}-${"q".repeat(40)}`).join(" | ")} |`;
      const many = Array.from(
        { length: 120 },
        (_, i) => `## Section ${i}\n\n${"A sentence that repeats to fill the page. ".repeat(30)}`,
      ).join("\n\n");
      const file = await write(
        "hostile",
        `# Hostile\n\n[TOC]\n\n## Empty\n\n## Long\n\n${longWord}\n\n## Wide\n\n${wide}\n\n${many}\n`,
      );
      expect(spawnSync("qpdf", ["--check", file]).status).toBe(0);
      // Running headers and footers interleave with text that spans pages: compare without them.
      const all = text(file)
        .replace(
          /St Mary's \*Little\* \[Stars\] #1 — Child Protection Policy|Version 4\.0 · Next review: 15 September 2026|Page \d+ of \d+/g,
          "",
        )
        .replace(/ /g, "");
      expect(all.includes("x".repeat(2000)), "the 2,000-character word, whole").toBe(true);
      // Narrow cells wrap, and pdftotext reads a table row by row across cells: count the characters instead.
      expect(all.match(/q/g)?.length, "every character of the wide table's cells").toBe(14 * 40);
      expect(all).toContain("Section119");
      expect(pages(file)).toBeGreaterThan(40);
    },
    60_000,
  );

  it.runIf(haveTools)(
    "shows characters beyond the Basic Multilingual Plane (two UTF-16 units each) as themselves",
    async () => {
      const file = await write(
        "astral",
        "# Symbols\n\nA smile 😀, a letter 𝔸 and a smile 😀 again; ASCII after.\n",
      );
      expect(spawnSync("qpdf", ["--check", file]).status).toBe(0);
      expect(text(file)).toContain("A smile 😀, a letter 𝔸 and a smile 😀 again; ASCII after.");
    },
  );

  it.runIf(haveTools)("renders a one-line document on one page", async () => {
    const file = await write("tiny", "One line.\n");
    expect(pages(file)).toBe(1);
    expect(text(file)).toContain("One line.");
  });
});
