/**
 * Every document finding says where it is in words a person can find in the original: "page 2" in a PDF,
 * "section 6 Spotting harm, paragraph 2" in a Word document or web page, "line 12" in Markdown.
 * The Word and PDF files are made by LibreOffice from one HTML page written for this test.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditDocument } from "../src/audit/engine.js";
import type { Rule } from "../src/audit/rule.js";
import type { Finding } from "../src/model.js";
import { github } from "../src/report/github.js";
import { json, parseJsonReport } from "../src/report/json.js";
import { junit } from "../src/report/junit.js";
import { sarif } from "../src/report/sarif.js";
import { stylish } from "../src/report/stylish.js";
import type { AuditReport } from "../src/report/types.js";
import { auditWorkbook } from "../src/report/xlsx.js";
import { runLibreOffice, toolsAvailable } from "./helpers/tools.js";

const haveTools = toolsAvailable("finding locations in Word and PDF files", "soffice");
const dir = mkdtempSync(join(tmpdir(), "policysmith-location-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Our own words: a small nursery policy with markers (TBC-A …) where a finding will point. */
const OWLS = `<html><body>
<p>Little Owls Nursery</p><p>Our promise to families TBC-A</p>
<h1>1. Who we are</h1><p>We look after children aged two to five in a converted chapel near the park.</p>
<h1>6. Spotting harm</h1><p>Staff watch for changes in how a child plays, eats, sleeps or talks about home.</p>
<p>Anyone worried speaks to the lead the same day TBC-B.</p>
<h2>Useful numbers</h2><table><tr><th>Who</th><th>Number</th></tr><tr><td>Council duty desk</td><td>TBC-C</td></tr></table>
<p style="page-break-before: always">On the second page we explain how staff record a worry, who reads the record and how long we keep it TBC-D.</p>
</body></html>
`;

const findsMarkers: Rule = {
  meta: { id: "finds-markers", description: "test", defaultSeverity: "warning" },
  checkDocument(ctx) {
    for (const m of ctx.document.text.matchAll(/TBC-[A-Z]/g))
      ctx.report({ message: `${m[0]} left in`, offset: m.index, endOffset: m.index + m[0].length });
  },
};
const input = {
  rules: [{ rule: findsMarkers, severity: "warning" as const, options: {} }],
  asOf: "2026-12-01",
  partnership: { name: "", areas: [], courses: [], source: "partnership.yaml" },
  settingTypes: new Map(),
};
const audit = async (path: string) =>
  new Map(
    (await auditDocument({ path, file: path }, input, new Map())).map((f: Finding) => [f.excerpt ?? "", f]),
  );

/** A Word page header and footer, as LibreOffice writes them (from its own flat format). */
const FOOTER = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/><style:header-style/><style:footer-style/></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
<style:header><text:p>Little Owls Nursery TBC-H</text:p></style:header>
<style:footer><text:p>Next look at this policy: TBC-I</text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text><text:h text:outline-level="1">2. Keeping safe</text:h><text:p>Body words TBC-J are here.</text:p></office:text></office:body></office:document>`;

const HTML = join(dir, "owls.html");
beforeAll(async () => {
  writeFileSync(HTML, OWLS);
  if (!haveTools) return;
  // Both Word files, and the PDF of the first as LibreOffice prints the Word file it wrote, in ONE LibreOffice
  // start (each start costs seconds): owls.docx, footer.docx, then owls.docx opened again to pdf/owls.pdf.
  const fodt = join(dir, "footer.fodt");
  writeFileSync(fodt, FOOTER);
  mkdirSync(join(dir, "pdf"));
  const word = "MS Word 2007 XML";
  // The limit only catches a hang: one LibreOffice start took 150 s on a 2-core machine loaded 30 times over.
  const lo = await runLibreOffice(
    [
      { input: HTML, steps: [{ write: join(dir, "owls.docx"), filter: word }] },
      { input: fodt, steps: [{ write: join(dir, "footer.docx"), filter: word }] },
      {
        input: join(dir, "owls.docx"),
        steps: [{ write: join(dir, "pdf", "owls.pdf"), filter: "writer_pdf_Export" }],
      },
    ],
    join(dir, "office"),
    600_000,
  );
  expect(lo.status, lo.stderr).toBe(0);
}, 660_000);

describe("the human location of a finding", () => {
  const bySection = {
    "TBC-A": "before the first heading, paragraph 2",
    "TBC-B": "section 6 Spotting harm, paragraph 2",
    "TBC-C": 'under "Useful numbers", paragraph 1 (table row 2)',
    "TBC-D": 'under "Useful numbers", paragraph 2',
  };

  it("HTML: the section (its number and words) and the paragraph under it; a table's row", async () => {
    const found = await audit(HTML);
    for (const [marker, location] of Object.entries(bySection))
      expect(found.get(marker)?.location, marker).toBe(location);
    expect(found.get("TBC-B")?.place).toEqual({ section: "6 Spotting harm", paragraph: 2 });
    // The line and column of the extracted text stay, for tools that want them.
    expect(found.get("TBC-B")?.line).toBeGreaterThan(1);
  });

  it.runIf(haveTools)("Word (made by LibreOffice): the same sections and paragraphs", async () => {
    const found = await audit(join(dir, "owls.docx"));
    for (const [marker, location] of Object.entries(bySection))
      expect(found.get(marker)?.location, marker).toBe(location);
  });

  it.runIf(haveTools)(
    "PDF (exported from that Word file): the page, the section and the paragraph",
    async () => {
      const found = await audit(join(dir, "pdf", "owls.pdf"));
      // The PDF reader finds the headings by their size and weight, and counts paragraphs on each page.
      expect([...found.values()].map((f) => [f.excerpt, f.location])).toEqual([
        ["TBC-A", "page 1, paragraph 2"],
        ["TBC-B", "page 1, section 6 Spotting harm, paragraph 2"],
        ["TBC-C", 'page 1, under "Useful numbers", paragraph 3'],
        ["TBC-D", 'page 2, under "Useful numbers", paragraph 4'],
      ]);
      expect(found.get("TBC-D")?.place).toEqual({ page: 2, section: '"Useful numbers"', paragraph: 4 });
    },
  );

  it("a Word page header or footer (marked data-region by the Word reader) says so", async () => {
    const file = join(dir, "footer.html");
    writeFileSync(
      file,
      `<h1>Keeping safe</h1><p>Body words TBC-E.</p><p data-region="footer">Next look at this: TBC-F</p>`,
    );
    const found = await audit(file);
    expect(found.get("TBC-E")?.location).toBe('under "Keeping safe", paragraph 1');
    expect(found.get("TBC-F")?.location).toBe("page footer");
    expect(found.get("TBC-F")?.place).toEqual({ region: "footer" });
  });

  it.runIf(haveTools)(
    "a real Word page header and footer (made by LibreOffice)",
    async () => {
      const found = await audit(join(dir, "footer.docx"));
      expect(found.get("TBC-J")?.location).toBe("section 2 Keeping safe, paragraph 1");
      expect(found.get("TBC-H")?.location).toBe("page header");
      expect(found.get("TBC-I")?.location).toBe("page footer");
    },
    120_000,
  );

  it("Markdown keeps its line and column; the location says the line", async () => {
    const file = join(dir, "owls.md");
    writeFileSync(file, "# Owls\n\nFirst words.\n\nThe lead is TBC-G.\n");
    const found = await audit(file);
    expect(found.get("TBC-G")).toMatchObject({ line: 5, column: 13, location: "line 5" });
    expect(found.get("TBC-G")?.place).toBeUndefined();
  });
});

describe("every report format shows the location", () => {
  const inWord: Finding = {
    ruleId: "placeholder-text",
    severity: "error",
    message: "A placeholder is left in",
    file: "policies/owls.docx",
    line: 14,
    column: 48,
    excerpt: "TBC-B",
    location: "section 6 Spotting harm, paragraph 2",
    place: { section: "6 Spotting harm", paragraph: 2 },
  };
  const inMarkdown: Finding = {
    ruleId: "placeholder-text",
    severity: "warning",
    message: "Another placeholder",
    file: "policies/owls.md",
    line: 5,
    column: 13,
    excerpt: "TBC-G",
    location: "line 5",
  };
  const inData: Finding = {
    ruleId: "training-stale",
    severity: "error",
    message: "Training is out of date",
    file: "orgs/owls.yaml",
    line: 9,
    column: 11,
    settingId: "owls",
  };
  const report: AuditReport = {
    findings: [inWord, inMarkdown, inData],
    asOf: "2026-12-01",
    settingsChecked: 1,
    documentsChecked: 2,
    waived: 0,
    rules: [],
    settingNames: new Map([["owls", "Little Owls"]]),
    settingIds: ["owls"],
    version: "0.0.0-test",
  };

  it("stylish: the location for a Word file instead of the extracted text's line:column; line:column otherwise", () => {
    const out = stylish(report, { color: false });
    expect(out).toMatch(/^ {2}section 6 Spotting harm, paragraph 2 {2}error +A placeholder is left in/m);
    expect(out).not.toContain("14:48");
    expect(out).toMatch(/^ {2}5:13 +warning/m);
    expect(out).toMatch(/^ {2}9:11 +error/m);
  });

  it("stylish: no '(at …)' tail when the message quotes the excerpt without its Markdown emphasis marks", () => {
    const quoted: Finding = {
      ruleId: "outdated-reference",
      severity: "warning",
      message: '"No Secrets (2000)" is out of date',
      file: "policy.md",
      line: 3,
      column: 10,
      excerpt: "No Secrets* (2000)",
    };
    const out = stylish({ ...report, findings: [quoted] }, { color: false });
    expect(out).toContain('"No Secrets (2000)" is out of date');
    expect(out).not.toContain("(at “");
  });

  it("JSON: location and place fields, read back by report merge", () => {
    const out = json(report, { color: false });
    const messages = JSON.parse(out).results.flatMap((r: { messages: unknown[] }) => r.messages);
    expect(messages[0]).toMatchObject({ location: inWord.location, place: inWord.place, line: 14 });
    expect(messages[1]).toMatchObject({ location: "line 5" });
    expect(messages[2].location).toBeUndefined();
    expect(parseJsonReport(out).findings.map((f) => [f.location, f.place])).toEqual([
      [inWord.location, inWord.place],
      ["line 5", undefined],
      [undefined, undefined],
    ]);
  });

  it("SARIF: properties.location; no region for a Word file, regions kept for Markdown and YAML", () => {
    const results = JSON.parse(sarif(report, { color: false })).runs[0].results;
    expect(results[0].properties).toMatchObject({ location: inWord.location, excerpt: "TBC-B" });
    expect(results[0].locations[0].physicalLocation.region).toBeUndefined();
    expect(results[1].locations[0].physicalLocation.region).toMatchObject({ startLine: 5, startColumn: 13 });
    expect(results[1].properties).toMatchObject({ location: "line 5" });
    expect(results[2].locations[0].physicalLocation.region).toMatchObject({ startLine: 9 });
  });

  it("JUnit and GitHub annotations: in the message", () => {
    expect(junit(report, { color: false })).toContain(
      "policies/owls.docx:14:48 error: A placeholder is left in (at section 6 Spotting harm, paragraph 2)",
    );
    const annotations = github(report, { color: false }).split("\n");
    expect(annotations[0]).toMatch(/::A placeholder is left in \(at section 6 Spotting harm, paragraph 2\)$/);
    expect(annotations[1]).toMatch(/::Another placeholder$/);
  });

  it("xlsx: a Location column in the Findings sheet", async () => {
    const ExcelJS = (await import("exceljs")).default;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(
      (await auditWorkbook(report, {
        settings: [],
        partnership: input.partnership,
      })) as unknown as ArrayBuffer,
    );
    const sheet = wb.getWorksheet("Findings");
    const header = sheet?.getRow(1).values as unknown[];
    const column = header.indexOf("Location");
    expect(column).toBeGreaterThan(0);
    expect(sheet?.getRow(2).getCell(column).value).toBe(inWord.location);
    expect(sheet?.getRow(4).getCell(column).value).toBe("");
  });
});
