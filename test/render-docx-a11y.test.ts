/**
 * Issue 12's Word checks, on every example setting's .docx: the file a DSL opens to make local edits must need
 * no retouching. Headings are headings (outline levels), the contents list is a real TOC field whose cached
 * result already shows each entry with the page it has in our PDF, tables have a header row that says
 * something and columns sized from their content, images have alt text, spacing is by paragraph properties
 * (no empty paragraphs), the logo is not clipped, and the PDF's typeface is embedded. Then LibreOffice opens
 * every file and its PDF export has the headings as bookmarks, and uses the embedded typeface on a computer
 * that lacks it.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { templatesFor } from "../src/build/build.js";
import { readLogo } from "../src/build/logo.js";
import { loadProject } from "../src/data/load-project.js";
import type { PolicyDocument } from "../src/model.js";
import { bookmarkNames } from "../src/render/docx/bookmarks.js";
import { characterMap } from "../src/render/docx/font-subset.js";
import { renderDocx } from "../src/render/docx/index.js";
import { headingPages } from "../src/render/pdf/heading-pages.js";
import { fillTemplate } from "../src/template/fill.js";
import { createLiquid } from "../src/template/liquid.js";
import { convertWithLibreOfficeAsync, runLibreOffice, toolsAvailable } from "./helpers/tools.js";
import { unescapeXml } from "./helpers/xml.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const haveTools = toolsAvailable("Word files in LibreOffice", "soffice", "qpdf", "pdffonts", "pdftotext");
/** Characters a DSL may type into a name, an address or a note: they must not show as boxes. */
const DSL_EDITS = "Zoë Bąk-Øster, Çelik & Ñúñez: £20 / €25 — “ok” ‘no’ • … № ŵ ŷ ı ş ğ ő ű";
/** LibreOffice's own fonts folder (OpenSymbol): it will not start without a font at all. */
const SYMBOL_FONTS = "/usr/share/fonts/truetype/libreoffice";
/** A4 less two 2 cm margins, in twips: the width every table fills. */
const TEXT_WIDTH = 11906 - 2 * 1134;

interface Example {
  doc: PolicyDocument;
  name: string;
  file: string;
  parts: Map<string, Uint8Array>;
}

let out: string;
const examples: Example[] = [];

beforeAll(async () => {
  const project = await loadProject(root);
  expect(project.problems).toEqual([]);
  out = mkdtempSync(join(tmpdir(), "policysmith-docx-a11y-"));
  const liquid = createLiquid();
  // Filled and rendered here, as a build does (src/build/build.ts), with the code under test rather than dist/.
  for (const setting of project.settings)
    for (const meta of templatesFor(setting, project)) {
      const compiled = project.compiledTemplates.find((t) => t.meta.id === meta.id);
      if (!compiled) continue;
      const doc = fillTemplate(compiled, setting, {
        partnership: project.partnership,
        settingTypes: project.settingTypes,
        liquid,
        logo: await readLogo(root, setting),
      });
      const bytes = await renderDocx(doc);
      const file = join(out, `${setting.id}--${meta.id}.docx`);
      writeFileSync(file, bytes);
      examples.push({
        doc,
        name: `${setting.id}/${meta.id}.docx`,
        file,
        parts: new Map(Object.entries(unzipSync(bytes))),
      });
    }
}, 300_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

/**
 * Every example as LibreOffice exports it, in one LibreOffice start for all sixteen (each start costs seconds
 * of CPU): a tagged PDF of the file as it is, then — its indexes updated, as Tools → Update → Update All does —
 * a PDF of the updated file. Made by the first test that needs them, shared by the other.
 */
let exported: Promise<Array<{ example: Example; tagged: string; updated: string }>> | undefined;
function exportedByLibreOffice() {
  exported ??= (async () => {
    const dir = join(out, "libreoffice");
    mkdirSync(dir, { recursive: true });
    const files = examples.map((example) => {
      const stem = join(dir, basename(example.file).replace(/\.docx$/, ""));
      return { example, tagged: `${stem}.pdf`, updated: `${stem}-updated.pdf` };
    });
    const lo = await runLibreOffice(
      files.map(({ example, tagged, updated }) => ({
        input: example.file,
        steps: [
          { write: tagged, filter: "writer_pdf_Export", taggedPdf: true },
          { updateIndexes: true },
          { write: updated, filter: "writer_pdf_Export" },
        ],
      })),
      dir,
      600_000,
    );
    expect(lo.status, lo.stderr).toBe(0);
    return files;
  })();
  return exported;
}

const xml = (example: Example, part: string) => {
  const data = example.parts.get(part);
  expect(data, `${example.name}: ${part}`).toBeDefined();
  return strFromU8(data as Uint8Array);
};
/** The text a paragraph or cell shows (its w:t elements). */
const shownText = (fragment: string) =>
  unescapeXml([...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join(""));
const tablesOf = (document: string) => [...document.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
const rowsOf = (table: string) => [...table.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
const cellsOf = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => m[0]);
/** Body paragraphs, not those inside table cells. */
const bodyParagraphs = (document: string) =>
  [
    ...document
      .replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, "")
      .matchAll(/<w:p>[\s\S]*?<\/w:p>|<w:p [^>]*>[\s\S]*?<\/w:p>|<w:p\/>/g),
  ].map((m) => m[0]);

describe("Word files of the example settings", () => {
  it("builds the sixteen example documents", () => {
    expect(examples.length).toBe(16);
  });

  it("gives every heading style an outline level, so headings are headings in every client", () => {
    for (const example of examples) {
      const styles = xml(example, "word/styles.xml");
      for (let level = 1; level <= 6; level++) {
        const style = new RegExp(`<w:style [^>]*w:styleId="Heading${level}"[\\s\\S]*?</w:style>`).exec(
          styles,
        )?.[0];
        expect(style, `${example.name}: style Heading${level}`).toBeDefined();
        expect(style, `${example.name}: outline level of Heading${level}`).toContain(
          `<w:outlineLvl w:val="${level - 1}"/>`,
        );
      }
      // Every heading of the document is written in its heading style.
      const document = xml(example, "word/document.xml");
      for (const heading of example.doc.headings) {
        const paragraph = bodyParagraphs(document).find(
          (p) => p.includes(`<w:pStyle w:val="Heading${heading.depth}"/>`) && shownText(p) === heading.text,
        );
        expect(
          paragraph,
          `${example.name}: heading "${heading.text}" in style Heading${heading.depth}`,
        ).toBeDefined();
      }
    }
  });

  it("writes the contents list as a TOC field whose cached entries link to the headings and show their PDF pages", async () => {
    for (const example of examples) {
      const document = xml(example, "word/document.xml");
      const begin = document.indexOf('<w:instrText xml:space="preserve"> TOC ');
      expect(begin, `${example.name}: a TOC field`).toBeGreaterThan(-1);
      expect(document.slice(begin, begin + 100)).toContain(
        "TOC \\h \\z \\t &quot;Heading 2,2,Heading 3,3&quot;",
      );
      // The field's paragraphs: from the one that begins it to the one that ends it (the first field end at
      // nesting depth 0 after it).
      const paragraphs = bodyParagraphs(document);
      const first = paragraphs.findIndex((p) => p.includes(" TOC \\h"));
      let depth = 0;
      let last = -1;
      for (let i = first; i < paragraphs.length && last < 0; i++)
        for (const m of paragraphs[i].matchAll(/<w:fldChar w:fldCharType="(begin|end)"\/>/g)) {
          depth += m[1] === "begin" ? 1 : -1;
          if (depth === 0) {
            last = i;
            break;
          }
        }
      expect(last, `${example.name}: the TOC field ends`).toBeGreaterThanOrEqual(first);
      const entries = paragraphs.slice(first, last + 1);
      const expected = example.doc.headings.filter((h) => h.depth === 2 || h.depth === 3);
      const bookmarks = bookmarkNames(example.doc.headings);
      const pages = await headingPages(example.doc);
      expect(entries.length, `${example.name}: one contents entry per level-2 and level-3 heading`).toBe(
        expected.length,
      );
      entries.forEach((entry, i) => {
        const heading = expected[i];
        const where = `${example.name}: contents entry "${heading.text}"`;
        const anchor = bookmarks.get(heading.id) as string;
        expect(entry, `${where}: style`).toContain(`<w:pStyle w:val="TOC${heading.depth}"/>`);
        expect(entry, `${where}: link to the heading`).toContain(
          `<w:hyperlink w:history="1" w:anchor="${anchor}">`,
        );
        expect(document, `${where}: the heading's bookmark`).toContain(`w:name="${anchor}"`);
        // The page number is a PAGEREF field whose cached result is the heading's page in our PDF.
        const pageref = new RegExp(
          `PAGEREF ${anchor} \\\\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t xml:space="preserve">(\\d+)</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/>`,
        ).exec(entry);
        expect(pageref, `${where}: PAGEREF with a cached page`).not.toBeNull();
        expect(Number(pageref?.[1]), `${where}: page`).toBe(pages.get(heading.id));
        expect(shownText(entry), `${where}: text`).toBe(`${heading.text}${pages.get(heading.id)}`);
      });
    }
  });

  it("marks every table's first row as a repeated header row, with text in every header cell, and gives it a title", () => {
    for (const example of examples) {
      const document = xml(example, "word/document.xml");
      const tables = tablesOf(document);
      expect(tables.length, example.name).toBeGreaterThan(0);
      // "Policy details": its title in a caption paragraph just above it, named columns, the keys a header column.
      const details = document.indexOf('<w:tblCaption w:val="Policy details"/>');
      expect(details, `${example.name}: the Policy details table`).toBeGreaterThan(-1);
      const start = document.lastIndexOf("<w:tbl>", details);
      const before = bodyParagraphs(document.slice(0, start)).at(-1) ?? "";
      expect(before, `${example.name}: caption above Policy details`).toContain(
        '<w:pStyle w:val="Caption"/>',
      );
      expect(shownText(before)).toBe("Policy details");
      const detailsTable = document.slice(start, document.indexOf("</w:tbl>", details));
      expect(detailsTable).toContain('w:firstColumn="true"');
      expect(cellsOf(rowsOf(detailsTable)[0]).map(shownText)).toEqual(["Item", "Details"]);
      tables.forEach((table, t) => {
        const [header, ...rows] = rowsOf(table);
        const where = `${example.name}: table ${t + 1}`;
        expect(header, `${where}: header row`).toContain("<w:tblHeader/>");
        for (const cell of cellsOf(header))
          expect(shownText(cell).trim(), `${where}: header cell`).not.toBe("");
        for (const row of rows)
          expect(row, `${where}: body row marked as header`).not.toContain("<w:tblHeader/>");
        // A title (Word's table Alt Text): the key–value table's own, or the heading the table is under.
        const title = /<w:tblCaption w:val="([^"]+)"\/><\/w:tblPr>/.exec(table)?.[1];
        expect(title?.trim(), `${where}: title`).toBeTruthy();
        // No merged cells: screen readers lose their place in them, and Word's checker warns.
        expect(table, `${where}: merged cells`).not.toMatch(/<w:gridSpan |<w:vMerge/);
      });
    }
  });

  it("sizes table columns from their content, with the grid matching the cells and filling the text width", () => {
    for (const example of examples) {
      tablesOf(xml(example, "word/document.xml")).forEach((table, t) => {
        const where = `${example.name}: table ${t + 1}`;
        const grid = [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1]));
        expect(
          grid.reduce((a, b) => a + b, 0),
          `${where}: grid width`,
        ).toBe(TEXT_WIDTH);
        if (grid.length > 1)
          expect(new Set(grid).size, `${where}: columns of equal width`).toBeGreaterThan(1);
        for (const row of rowsOf(table)) {
          let column = 0;
          for (const cell of cellsOf(row)) {
            const span = Number(/<w:gridSpan w:val="(\d+)"\/>/.exec(cell)?.[1] ?? 1);
            const width = Number(/<w:tcW w:type="dxa" w:w="(\d+)"\/>/.exec(cell)?.[1]);
            const gridWidth = grid.slice(column, column + span).reduce((a, b) => a + b, 0);
            expect(width, `${where}: cell width against the grid`).toBe(gridWidth);
            column += span;
          }
          expect(column, `${where}: cells in a row`).toBe(grid.length);
        }
      });
    }
  });

  it("has no empty paragraphs standing in for spacing", () => {
    for (const example of examples) {
      // A paragraph with nothing to show (no text, picture, field, tab, break or border line) is spacing.
      const empty = bodyParagraphs(xml(example, "word/document.xml")).filter(
        (p) => !/<w:t[ >]|<w:drawing|<w:fldChar|<w:tab\/>|<w:br\/>|<w:pBdr>/.test(p),
      );
      expect(empty, `${example.name}: empty paragraphs`).toEqual([]);
    }
  });

  it("gives every image alt text and the logo's paragraph a line height that shows it whole", () => {
    let logos = 0;
    for (const example of examples) {
      const document = xml(example, "word/document.xml");
      for (const docPr of document.matchAll(/<wp:docPr [^>]*>/g))
        expect(docPr[0], `${example.name}: image alt text`).toMatch(/ descr="[^"]*\S[^"]*"/);
      const defaults =
        /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(xml(example, "word/styles.xml"))?.[0] ?? "";
      for (const paragraph of bodyParagraphs(document).filter((p) => p.includes("<w:drawing>"))) {
        logos++;
        // The paragraph's own line spacing, or else the document default's: an exact or unstated rule clips.
        const spacing = [paragraph, defaults]
          .map((x) => /<w:spacing [^>]*w:line="[^>]*>/.exec(x)?.[0])
          .find((x) => x !== undefined);
        if (spacing)
          expect(spacing, `${example.name}: the logo's line spacing`).toContain('w:lineRule="auto"');
      }
    }
    expect(logos, "example documents with a logo").toBeGreaterThan(0);
  });

  it("writes in DejaVu Sans, the PDF's typeface, embedded as subsets that hold every character shown", () => {
    for (const example of examples) {
      const styles = xml(example, "word/styles.xml");
      const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? "";
      expect(defaults, `${example.name}: default font`).toContain('w:ascii="DejaVu Sans"');
      expect(styles + xml(example, "word/document.xml"), `${example.name}: another font`).not.toMatch(
        /w:ascii="(?!DejaVu Sans)/,
      );
      const fontTable = xml(example, "word/fontTable.xml");
      const family = /<w:font w:name="DejaVu Sans">[\s\S]*?<\/w:font>/.exec(fontTable)?.[0];
      expect(family, `${example.name}: DejaVu Sans in the font table`).toBeDefined();
      const rels = xml(example, "word/_rels/fontTable.xml.rels");
      // Every character shown: body, page headers and footers.
      const shownParts = [...example.parts.keys()].filter((name) =>
        /^word\/(document|header\d+|footer\d+)\.xml$/.test(name),
      );
      expect(shownParts.length, `${example.name}: body, header and footer`).toBeGreaterThanOrEqual(3);
      // …the list bullets, and characters a DSL may type later: LibreOffice draws them all in the embedded face
      // and shows a box for one it lacks.
      const bullets = [...xml(example, "word/numbering.xml").matchAll(/<w:lvlText w:val="([^"%]*)"/g)].map(
        (m) => unescapeXml(m[1]),
      );
      const shown = new Set(
        [...shownParts.map((name) => shownText(xml(example, name))), ...bullets, DSL_EDITS]
          .flatMap((text) => [...text])
          .map((c) => c.codePointAt(0) as number),
      );
      const faces = [
        ...(family as string).matchAll(
          /<w:embed(Regular|Bold|Italic|BoldItalic) r:id="([^"]+)" w:fontKey="(\{[0-9A-F-]+\})"/g,
        ),
      ];
      expect(
        faces.map((f) => f[1]),
        `${example.name}: embedded faces`,
      ).toEqual(expect.arrayContaining(["Regular", "Bold"]));
      for (const [, face, id, key] of faces) {
        const target = new RegExp(`<Relationship Id="${id}" Type="[^"]*/font" Target="([^"]+)"/>`).exec(
          rels,
        )?.[1];
        expect(target, `${example.name}: ${face} part`).toBeDefined();
        const obfuscated = example.parts.get(`word/${target}`) as Uint8Array;
        // Undo Word's obfuscation with the key (ECMA-376 17.8.1) and read the font.
        const hex = key.replace(/[{}-]/g, "");
        const font = obfuscated.slice();
        for (let i = 0; i < 32; i++)
          font[i] ^= Number.parseInt(hex.slice(30 - 2 * (i % 16), 32 - 2 * (i % 16)), 16);
        expect(new DataView(font.buffer).getUint32(0), `${example.name}: ${face} is a TrueType font`).toBe(
          0x00010000,
        );
        const cmap = characterMap(font);
        const missing = [...shown]
          .filter((c) => c > 0x20 && !cmap.has(c))
          .map((c) => String.fromCodePoint(c));
        expect(missing, `${example.name}: characters the ${face} subset lacks`).toEqual([]);
        // A subset, not the whole 700 KB face.
        expect(font.length, `${example.name}: ${face} size`).toBeLessThan(80_000);
      }
      expect(xml(example, "word/settings.xml"), `${example.name}: settings`).toContain(
        "<w:embedTrueTypeFonts/>",
      );
    }
  });

  it.runIf(haveTools)(
    "opens in LibreOffice, whose tagged PDF export has every heading as a bookmark and an H1–H3 tag, and the contents with page numbers",
    async () => {
      for (const { example, tagged: pdf } of await exportedByLibreOffice()) {
        const json = spawnSync("qpdf", ["--json", "--json-key=outlines", pdf], { encoding: "utf8" });
        expect(json.status, `${pdf}: ${json.stderr}`).toBe(0);
        type Outline = { title: string; kids: Outline[] };
        const titles: string[] = [];
        const walk = (items: Outline[]) => {
          for (const item of items) {
            titles.push(item.title.replace(/\s+/g, " ").trim());
            walk(item.kids);
          }
        };
        walk((JSON.parse(json.stdout) as { outlines: Outline[] }).outlines);
        expect(titles, `${example.name}: bookmarks of LibreOffice's PDF`).toEqual(
          example.doc.headings.map((h) => h.text.replace(/\s+/g, " ").trim()),
        );
        // The structure tree's heading elements, level by level, as a screen reader finds them.
        const qdf = spawnSync("qpdf", ["--qdf", "--object-streams=disable", pdf, "-"], {
          maxBuffer: 64 << 20,
        });
        expect(qdf.status, `${pdf}: ${qdf.stderr}`).toBe(0);
        const tags = qdf.stdout.toString("latin1");
        for (let level = 1; level <= 3; level++)
          expect(
            (tags.match(new RegExp(`/S /H${level}\\b`, "g")) ?? []).length,
            `${example.name}: H${level} tags in LibreOffice's PDF`,
          ).toBe(example.doc.headings.filter((h) => h.depth === level).length);
        const text = spawnSync("pdftotext", ["-layout", "-l", "3", pdf, "-"], { encoding: "utf8" }).stdout;
        const first = example.doc.headings.find((h) => h.depth === 2);
        if (first)
          expect(text, `${example.name}: first contents entry with its page`).toMatch(
            new RegExp(`${first.text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} ?\\.{5,} ?\\d+`),
          );
      }
    },
    700_000,
  );

  it.runIf(haveTools)(
    "updates the contents list in LibreOffice to the same entries it shows before the update",
    async () => {
      for (const { example, updated: pdf } of await exportedByLibreOffice()) {
        expect(existsSync(pdf), `${example.name}: updated in LibreOffice`).toBe(true);
        const text = spawnSync("pdftotext", ["-layout", "-l", "3", pdf, "-"], { encoding: "utf8" }).stdout;
        // The contents list: from "Contents" to the first line that is not an entry (no dot leader).
        const lines = text.split("\n");
        const start = lines.findIndex((line) => line.trim() === "Contents");
        expect(start, `${example.name}: contents after the update`).toBeGreaterThan(-1);
        const entries: string[] = [];
        for (const line of lines.slice(start + 1)) {
          // Blank lines and each page's running header and footer.
          if (line.trim() === "" || / — /.test(line) || /Page \d+ of \d+/.test(line)) continue;
          const entry = /^\f?\s*(.+?)\s*\.{3,}\s*\d+\s*$/.exec(line);
          if (!entry) break;
          entries.push(entry[1].replace(/\.+$/, "").replace(/\s+/g, " "));
        }
        expect(entries, `${example.name}: contents entries after LibreOffice updated them`).toEqual(
          example.doc.headings
            .filter((h) => h.depth === 2 || h.depth === 3)
            .map((h) => h.text.replace(/\s+/g, " ")),
        );
      }
    },
    700_000,
  );

  it.runIf(haveTools)(
    "shows the embedded typeface in LibreOffice on a computer without DejaVu Sans",
    async () => {
      // A font configuration that has no DejaVu at all: only LibreOffice's symbol font.
      expect(
        existsSync(SYMBOL_FONTS),
        `${SYMBOL_FONTS} (install fonts-opensymbol, which LibreOffice depends on)`,
      ).toBe(true);
      const dir = join(out, "no-dejavu");
      mkdirSync(join(dir, "cache"), { recursive: true });
      const config = join(dir, "fonts.conf");
      writeFileSync(
        config,
        `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${SYMBOL_FONTS}</dir><cachedir>${dir}/cache</cachedir></fontconfig>`,
      );
      const example = examples[0];
      const input = join(dir, "policy.docx");
      copyFileSync(example.file, input);
      // Its own start: the font configuration is the process's. Not blocking the worker (see tools.ts).
      const result = await convertWithLibreOfficeAsync([input], "pdf", dir, 300_000, {
        FONTCONFIG_FILE: config,
      });
      expect(result.status, result.stderr).toBe(0);
      const fonts = spawnSync("pdffonts", [join(dir, "policy.pdf")], { encoding: "utf8" }).stdout;
      // The bold face can only have come from the file: the configuration has none.
      expect(fonts, `fonts of ${example.name} in LibreOffice without DejaVu installed`).toMatch(
        /\+DejaVuSans-Bold\b/,
      );
      expect(fonts).toMatch(/\+DejaVuSans\b/);
    },
    300_000,
  );
});
