/** The Word renderer: opens in LibreOffice with its text, contents and headings; same input → same bytes. */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { afterAll, describe, expect, it, vi } from "vitest";
import { renderDocx } from "../src/render/docx/index.js";
import { columnWidths, textWidth } from "../src/render/docx/table.js";
import { expectGolden } from "./helpers/golden.js";
import { SAMPLE_MARKDOWN_PATH, sampleDocument } from "./helpers/sample-document.js";
import { convertWithLibreOfficeAsync, toolsAvailable } from "./helpers/tools.js";
import { unescapeXml } from "./helpers/xml.js";

const haveTools = toolsAvailable("Word output in LibreOffice", "soffice", "pdftotext", "pdfinfo");
const dir = mkdtempSync(join(tmpdir(), "policysmith-docx-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const part = (bytes: Uint8Array, name: string) => strFromU8(unzipSync(bytes)[name]);
const GOLDEN = fileURLToPath(new URL("golden/docx/sample-document.xml", import.meta.url));
/** One element per line, so a change shows as a readable diff. */
const normalise = (xml: string) => xml.replace(/></g, ">\n<");

/** The sample's header and footer as a reader sees them (the sample is St Mary's, version 4.0). */
const HEADER = "St Mary's *Little* [Stars] #1 — Child Protection Policy";
const FOOTER = "Version 4.0 · Next review: 15 September 2026 ·";

/**
 * The default header or footer part of the document's section, found the way Word finds it: the section's
 * reference → its relationship → the part.
 */
function headerFooterPart(bytes: Uint8Array, kind: "header" | "footer"): string {
  const document = part(bytes, "word/document.xml");
  const sections = [...document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
  expect(sections.length, "sections").toBe(1);
  const id = new RegExp(`<w:${kind}Reference w:type="default" r:id="([^"]+)"/>`).exec(sections[0])?.[1];
  expect(id, `the section's default ${kind}`).toBeDefined();
  const rels = part(bytes, "word/_rels/document.xml.rels");
  const target = new RegExp(`<Relationship Id="${id}" Type="[^"]*/${kind}" Target="([^"]+)"/>`).exec(
    rels,
  )?.[1];
  expect(target, `the relationship of the ${kind}`).toBeDefined();
  return part(bytes, `word/${target}`);
}

/**
 * The text of each paragraph in a part, with a complete field (begin, instruction, separate, end) shown as
 * {INSTRUCTION}; text inside a field's result and a field that is not complete do not read as the field.
 */
function paragraphsWithFields(xml: string): string[] {
  const token =
    /<w:fldChar w:fldCharType="(?<char>begin|separate|end)"\/>|<w:instrText(?: [^>]*)?>(?<instr>[^<]*)<\/w:instrText>|<w:t(?: [^>]*)?>(?<text>[^<]*)<\/w:t>/g;
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map(([paragraph]) => {
    let out = "";
    let field: { instruction: string; separated: boolean } | undefined;
    for (const { groups } of paragraph.matchAll(token)) {
      const { char, instr, text } = groups ?? {};
      if (char === "begin") field = { instruction: "", separated: false };
      else if (char === "separate" && field) field.separated = true;
      else if (char === "end") {
        out += field?.separated ? `{${field.instruction.trim()}}` : "{broken field}";
        field = undefined;
      } else if (instr !== undefined) {
        if (field && !field.separated) field.instruction += unescapeXml(instr);
        else out += "{stray instruction}";
      } else if (text !== undefined && !field) out += unescapeXml(text);
    }
    return field ? `${out}{unfinished field}` : out;
  });
}

/** The sample with enough text after it to run over several pages. */
function longSampleDocument() {
  const filler = Array.from(
    { length: 120 },
    (_, i) =>
      `Paragraph ${i + 1} of the appendix: staff record every concern on the day, in the words the child used, and pass it to the designated safeguarding lead.`,
  ).join("\n\n");
  return sampleDocument(`${readFileSync(SAMPLE_MARKDOWN_PATH, "utf8")}\n\n## Appendix\n\n${filler}\n`);
}

/**
 * The sample and the long sample as LibreOffice prints them: both files in one LibreOffice start (each start
 * costs seconds of CPU), made by the first test that needs them and shared by the others.
 */
let printed: Promise<{ sample: string; long: string }> | undefined;
function printedByLibreOffice(): Promise<{ sample: string; long: string }> {
  printed ??= (async () => {
    const out = join(dir, "libreoffice");
    const files = { sample: sampleDocument(), long: longSampleDocument() };
    for (const [name, doc] of Object.entries(files))
      writeFileSync(join(dir, `${name}.docx`), await renderDocx(doc));
    const lo = await convertWithLibreOfficeAsync(
      Object.keys(files).map((name) => join(dir, `${name}.docx`)),
      "pdf",
      out,
      180_000,
    );
    expect(lo.status, lo.stderr).toBe(0);
    return { sample: join(out, "sample.pdf"), long: join(out, "long.pdf") };
  })();
  return printed;
}

/** Runs a command and returns its output; fails the test with its error output when it fails. */
function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: "utf8", timeout: 60_000 });
  expect(result.status, `${command} ${args.join(" ")}: ${result.stderr}`).toBe(0);
  return result.stdout;
}

describe("renderDocx", () => {
  it("writes the reviewed WordprocessingML for the sample (UPDATE_GOLDEN=1 to accept a deliberate change)", async () => {
    const xml = normalise(part(await renderDocx(sampleDocument()), "word/document.xml"));
    expectGolden(GOLDEN, xml, "test/render-docx.test.ts");
  });

  it("gives identical bytes for identical input, within one process and on another day", async () => {
    const a = await renderDocx(sampleDocument());
    // Another clock, so a date or time taken from it anywhere (properties, zip entries) shows as a difference.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-03-04T05:06:07Z"));
    let b: Uint8Array;
    try {
      b = await renderDocx(sampleDocument());
    } finally {
      vi.useRealTimers();
    }
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("writes real heading styles, properties from the policy and no clock time", async () => {
    const bytes = await renderDocx(sampleDocument());
    const document = part(bytes, "word/document.xml");
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(document).toContain('<w:pStyle w:val="Heading3"/>');
    expect(document).toContain("<w:tblHeader/>");
    const core = part(bytes, "docProps/core.xml");
    // Every date in the properties is the policy's own date.
    const dates = [...core.matchAll(/>(\d{4}-\d\d-\d\d[^<]*)</g)].map((m) => m[1]);
    expect(dates.length).toBeGreaterThanOrEqual(2);
    for (const date of dates) expect(date).toBe("2025-09-15T00:00:00Z");
    expect(core).toContain("St Mary&apos;s *Little* [Stars] #1");
    const styles = part(bytes, "word/styles.xml");
    expect(styles).toContain('w:val="en-GB"');
    expect(styles).toContain('w:styleId="Heading1"');
    expect(styles).toContain('<w:style w:type="table" w:styleId="PolicyTable">');
    expect(document).toContain('<w:tblStyle w:val="PolicyTable"/>');
    // Contents entries link to bookmarks that exist.
    const anchors = [...document.matchAll(/w:anchor="([^"]+)"/g)].map((m) => m[1]);
    expect(anchors.length).toBeGreaterThanOrEqual(3);
    for (const anchor of anchors) expect(document).toContain(`w:name="${anchor}"`);
  });

  it("puts the setting's name and title in the header, and version, review date, PAGE and NUMPAGES in the footer", async () => {
    const bytes = await renderDocx(sampleDocument());
    expect(paragraphsWithFields(headerFooterPart(bytes, "header"))).toEqual([HEADER]);
    expect(paragraphsWithFields(headerFooterPart(bytes, "footer"))).toEqual([
      `${FOOTER} Page {PAGE} of {NUMPAGES}`,
    ]);
  });

  it.runIf(haveTools)(
    'shows the header, the footer and "Page X of N" on every page in LibreOffice, N being the page count',
    async () => {
      const pdfs = await printedByLibreOffice();
      for (const [name, pdf] of Object.entries(pdfs)) {
        const pages = Number(/^Pages:\s+(\d+)$/m.exec(run("pdfinfo", [pdf]))?.[1]);
        // The long sample must really run over several pages, or "Page 1 of 1" would prove little.
        if (name === "long") expect(pages, "pages of the long sample").toBeGreaterThanOrEqual(3);
        else expect(pages, "pages of the sample").toBeGreaterThanOrEqual(1);
        for (let page = 1; page <= pages; page++) {
          const text = run("pdftotext", ["-layout", "-f", String(page), "-l", String(page), pdf, "-"])
            .replace(/\s+/g, " ")
            .replace(/’/g, "'");
          const where = `${name}.pdf page ${page} of ${pages}`;
          expect(text, `${where}: header`).toContain(HEADER);
          expect(text, `${where}: footer`).toContain(`${FOOTER} Page ${page} of ${pages}`);
        }
      }
    },
    200_000,
  );

  it.runIf(haveTools)(
    "opens in LibreOffice with every heading, the table, the lists and a filled contents list",
    async () => {
      const { sample } = await printedByLibreOffice();
      const text = spawnSync("pdftotext", ["-layout", sample, "-"], {
        encoding: "utf8",
      }).stdout.replace(/\s+/g, " ");
      for (const heading of sampleDocument().headings) expect(text).toContain(heading.text);
      // The contents list's cached result: each entry, a dot leader and its page.
      expect(text).toMatch(
        /Contents 1\. Purpose and scope\.+ ?1 2\. Who is responsible\.+ ?1 2\.1 Training\.+ ?1 3\. Contacts\.+ ?\d/,
      );
      expect(text).toContain("Priya Marsh");
      expect(text).toContain("St Mary's *Little* [Stars] #1");
      expect(text).toContain("½ ’ – é ł ğ");
      expect(text).toContain("deeper numbered");
    },
    200_000,
  );
});

describe("table column widths", () => {
  const total = 9638;
  const leads = [
    ["Role", "Name", "Job title", "Email", "Phone"],
    [
      "Deputy designated safeguarding lead",
      "Imran Qureshi",
      "Assistant Welfare Officer and Under-12s Coach",
      "imran.qureshi@millbrookrovers.example.org",
      "0113 496 0750",
    ],
    [
      "Designated safeguarding lead",
      "Shauna Doyle",
      "Club Welfare Officer",
      "welfare@millbrookrovers.example.org",
      "",
    ],
  ];

  it("give every ordinary word its whole width with room to spare, even when addresses are long", () => {
    const widths = columnWidths(leads, 5, total);
    expect(widths.reduce((a, b) => a + b, 0)).toBe(total);
    // LibreOffice broke "safeguardin|g" in the Role column when the widths only just held the estimate.
    for (const [c, word] of [
      [0, "safeguarding"],
      [2, "Assistant"],
    ] as const)
      expect(widths[c], `column ${c} holds "${word}"`).toBeGreaterThanOrEqual(textWidth(word) * 1.1 + 160);
  });

  it("let an email address take less than its whole length: it breaks after @ . / -", () => {
    const widths = columnWidths(leads, 5, total);
    expect(widths[3]).toBeLessThan(textWidth("imran.qureshi@millbrookrovers.example.org"));
  });
});
