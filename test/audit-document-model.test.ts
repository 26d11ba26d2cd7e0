import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ActiveRule, resolveRules } from "../src/audit/config.js";
import { headingNumber } from "../src/audit/document/blocks.js";
import { readingProblem } from "../src/audit/document/readable.js";
import { auditDocument } from "../src/audit/engine.js";
import type { SourceDocument } from "../src/audit/rule.js";
import { rule as leadMissing } from "../src/audit/rules/lead-missing.js";
import { htmlToText } from "../src/audit/sources/html-text.js";
import { readMarkdown } from "../src/audit/sources/markdown.js";
import { readDocument, sourceText } from "../src/audit/sources/read-document.js";
import type { Partnership } from "../src/model.js";
import { convertWithLibreOfficeAsync, toolsAvailable } from "./helpers/tools.js";

describe("anchors: every place a '#…' link can point at", () => {
  it("HTML: ids on any element and names on <a>, at the text they mark (Word bookmarks arrive as <a id>)", () => {
    const { text, outline } = htmlToText(
      `<h1 id="top">Keeping Children Safe</h1><p><a id="_Toc4411"></a>Who to ring first</p>` +
        `<ul><li><a name="old-style"></a>Ring the setting lead</li></ul><p id="">empty ids are no target</p>` +
        `<a href="#top">back to the top</a>`,
    );
    const at = (id: string) => outline.anchors?.find((anchor) => anchor.id === id)?.offset;
    expect(outline.anchors?.map((anchor) => anchor.id)).toEqual(["top", "_Toc4411", "old-style"]);
    expect(at("top")).toBe(text.indexOf("# Keeping"));
    expect(at("_Toc4411")).toBe(text.indexOf("Who to ring"));
    expect(at("old-style")).toBe(text.indexOf("Ring the setting lead"));
  });

  it("Markdown: GitHub slugs (numbered when repeated), {#id} attributes and <a id|name> written as HTML", () => {
    const markdown = [
      "# Looking After Children",
      "",
      "## Who We Tell",
      "",
      "## Who We Tell",
      "",
      "## Records & Notes {#records}",
      "",
      'Some words <a id="phone-list"></a> and <span name="not-a-target">here</span>.',
      "",
      "<a name='rota'></a>",
      "",
      "[]{#_Toc5521 .anchor}Pandoc keeps a Word bookmark like this, and [these words]{#named-words}.",
      "",
    ].join("\n");
    const { outline } = sourceText(markdown, "md");
    const ids = outline.anchors?.map((anchor) => anchor.id);
    expect(ids).toEqual([
      "looking-after-children",
      "who-we-tell",
      "who-we-tell-1",
      "records--notes-records",
      "records",
      "records--notes",
      "phone-list",
      "rota",
      "_Toc5521",
      "named-words",
    ]);
    const records = outline.anchors?.find((anchor) => anchor.id === "records");
    expect(records?.offset).toBe(markdown.indexOf("## Records"));
  });

  it("plain text has no anchors (an empty list, not missing)", () => {
    expect(sourceText("Just words.\n", "txt").outline.anchors).toEqual([]);
  });
});

describe("blocks: the document as a reader sees it", () => {
  it("Markdown: GitHub's tables, footnotes and task lists are read as blocks; a bare web address is text, not a link", () => {
    const text = [
      "# Policy",
      "",
      "| Role | Name |",
      "| --- | --- |",
      "| DSL | Ann Carter |",
      "",
      "- [x] Signed by the Chair",
      "",
      "See www.example.org for the form.[^1]",
      "",
      "[^1]: Reviewed 1 March 2026.",
    ].join("\n");
    const { blocks, outline } = readMarkdown(text);
    const slice = (b: { offset: number; endOffset: number }) => text.slice(b.offset, b.endOffset);
    expect(blocks.map((b) => [b.kind, slice(b)])).toEqual([
      ["heading", "# Policy"],
      ["table", "| Role | Name |\n| --- | --- |\n| DSL | Ann Carter |"],
      ["listItem", "- [x] Signed by the Chair"],
      ["paragraph", "See www.example.org for the form.[^1]"],
      // The footnote's text is a paragraph of the document (where review dates are often put), not a link definition.
      ["paragraph", "Reviewed 1 March 2026."],
    ]);
    // The audit reads addresses from the text; GitHub's autolinks (www.…) are not parsed, a large part of the parse’s cost.
    expect(outline.links).toEqual([]);
  });

  it("Markdown: '<!--' with no end is text, read as written, and a comment before it still ends at its '-->'", () => {
    const text = [
      "# Policy",
      "",
      "<!-- a drafting note -->",
      "",
      `Tell the DSL. ${"<!-- del: x ".repeat(3)}`,
      "",
      "## 2. Contacts",
      "",
      "[Front door](#contacts)",
    ].join("\n");
    const { blocks, outline } = readMarkdown(text);
    const slice = (b: { offset: number; endOffset: number }) => text.slice(b.offset, b.endOffset);
    expect(blocks.map((b) => [b.kind, slice(b)])).toEqual([
      ["heading", "# Policy"],
      ["paragraph", "<!-- a drafting note -->"],
      ["paragraph", "Tell the DSL. <!-- del: x <!-- del: x <!-- del: x "],
      ["heading", "## 2. Contacts"],
      ["paragraph", "[Front door](#contacts)"],
    ]);
    expect(outline.headings.map((h) => h.text)).toEqual(["Policy", "2. Contacts"]);
    expect(outline.links.map((l) => l.url)).toEqual(["#contacts"]);
  });

  it("HTML/Word: headings with their numbers, paragraphs, list items with levels, tables with cells", () => {
    const { text, blocks } = htmlToText(
      `<p>Hazel Class handbook</p><h2>4.2 Going home</h2><p>Children leave with a named adult.<br>Never alone.</p>` +
        `<ol start="3"><li>Sign the book<ul><li>time and name</li></ul></li><li>Wave goodbye</li></ol><hr>` +
        `<table><thead><tr><th>Day</th><th>Door</th></tr></thead><tr><td>Friday</td><td>Side gate</td></tr></table>` +
        `<h3>Visitors</h3><li></li>`,
    );
    const slice = (b: { offset: number; endOffset: number }) => text.slice(b.offset, b.endOffset);
    expect(blocks.map((b) => [b.kind, slice(b)])).toEqual([
      ["paragraph", "Hazel Class handbook"],
      ["heading", "## 4.2 Going home"],
      ["paragraph", "Children leave with a named adult.\nNever alone."],
      ["listItem", "3. Sign the book\n   - time and name"],
      ["listItem", "- time and name"],
      ["listItem", "4. Wave goodbye"],
      ["table", "| Day | Door |\n| - | - |\n| Friday | Side gate |"],
      ["heading", "### Visitors"],
    ]);
    expect(blocks[1]).toMatchObject({ depth: 2, number: "4.2", title: "Going home" });
    expect(blocks[3]).toMatchObject({ level: 1, ordered: true, marker: "3.", number: 3 });
    expect(blocks[4]).toMatchObject({ level: 2, ordered: false, marker: "-" });
    const table = blocks[6];
    expect(table.kind === "table" && table.headerRow).toBe(true);
    expect(
      table.kind === "table" && table.rows.map((row) => row.map((cell) => [cell.text, slice(cell)])),
    ).toEqual([
      [
        ["Day", "Day"],
        ["Door", "Door"],
      ],
      [
        ["Friday", "Friday"],
        ["Side gate", "Side gate"],
      ],
    ]);
    // Places: section and paragraph; list items and tables count as paragraphs, a nested item shares its number.
    expect(blocks.map((b) => b.place)).toEqual([
      { paragraph: 1 },
      { section: "4.2 Going home" },
      { section: "4.2 Going home", paragraph: 1 },
      { section: "4.2 Going home", paragraph: 2 },
      { section: "4.2 Going home", paragraph: 2 },
      { section: "4.2 Going home", paragraph: 3 },
      { section: "4.2 Going home", paragraph: 4 },
      { section: '"Visitors"' },
    ]);
  });

  it("a table without th cells has no header row", () => {
    const { blocks } = htmlToText(
      "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>",
    );
    expect(blocks).toMatchObject([{ kind: "table", headerRow: false }]);
  });

  it("Markdown: the same kinds of block from remark's parse, placed by line and column", () => {
    const markdown =
      "# 2. Staff\n\nOne line\nand another.\n\n- first\n  1. inner\n\n| Who | When |\n|-----|------|\n| Jo | May |\n";
    const { blocks } = sourceText(markdown, "md");
    expect(blocks.map((b) => [b.kind, b.place])).toEqual([
      ["heading", { line: 1, column: 1 }],
      ["paragraph", { line: 3, column: 1 }],
      ["listItem", { line: 6, column: 1 }],
      ["listItem", { line: 7, column: 3 }],
      ["table", { line: 9, column: 1 }],
    ]);
    expect(blocks[0]).toMatchObject({ number: "2", title: "Staff" });
    expect(blocks[3]).toMatchObject({ level: 2, ordered: true, marker: "1.", number: 1 });
    const table = blocks[4];
    expect(table.kind === "table" && table.rows.map((row) => row.map((cell) => cell.text))).toEqual([
      ["Who", "When"],
      ["Jo", "May"],
    ]);
  });

  it("plain text: paragraphs between blank lines", () => {
    const { blocks } = sourceText("First words\nrun on.\n\n\nSecond.\n", "txt");
    expect(blocks.map((b) => [b.kind, b.offset, b.endOffset, b.place])).toEqual([
      ["paragraph", 0, 19, { line: 1, column: 1 }],
      ["paragraph", 22, 29, { line: 5, column: 1 }],
    ]);
  });

  it("heading numbers: digits, dotted numbers, Section/Part words and lettered parts — not a leading 'A'", () => {
    expect(headingNumber("6. Recognition of harm")).toEqual({ number: "6", title: "Recognition of harm" });
    expect(headingNumber("6.10 Records")).toEqual({ number: "6.10", title: "Records" });
    expect(headingNumber("Section 4: Allegations")).toEqual({ number: "4", title: "Allegations" });
    expect(headingNumber("Part B – Staff")).toEqual({ number: "B", title: "Staff" });
    expect(headingNumber("B. Staff")).toEqual({ number: "B", title: "Staff" });
    expect(headingNumber("A safer culture")).toEqual({ title: "A safer culture" });
    expect(headingNumber("2025 changes")).toEqual({ title: "2025 changes" });
  });
});

describe("document-unreadable: text that cannot be read in order gets one finding instead of guesses", () => {
  const pdf = (text: string, pages: number[]): SourceDocument => ({
    file: "scan.pdf",
    format: "pdf",
    text,
    pages,
    blocks: [],
    outline: { headings: [], links: [], anchors: [] },
  });
  const docx = (text: string): SourceDocument => ({ ...pdf(text, []), file: "boxes.docx", format: "docx" });
  const prose =
    "Every member of staff at Bramble Lane reads this policy when they start, and the manager goes through it with them in their first week so they know who to tell.";

  it("a scan with a few recognised words a page", () => {
    expect(readingProblem(pdf("Bramble\n\nLane 3\n\nsigned", [0, 9, 17]))).toMatch(/probably a scan/);
    expect(readingProblem(pdf(`${prose}\n\n${prose}`, [0, prose.length + 2]))).toBeUndefined();
  });

  it("text boxes read as one or two words a line", () => {
    const soup = Array.from({ length: 40 }, (_, i) => (i % 2 ? "the lead" : `Box${i}`)).join("\n\n");
    expect(readingProblem(docx(soup))).toMatch(/one or two words/);
    // Short lines (a contacts list, a signature block) among real paragraphs are a normal policy.
    const list = Array.from({ length: 40 }, (_, i) => `- Room ${i}`).join("\n");
    expect(readingProblem(docx(`${list}\n\n${Array(12).fill(prose).join("\n\n")}`))).toBeUndefined();
  });

  it("words with no spaces between them, and glyphs with no letters behind them", () => {
    const joined = prose.replace(/ /g, "");
    expect(readingProblem(pdf(`${joined}\n${joined}`, [0]))).toMatch(/run together/);
    const glyphs = "\u2022\u25a0 3 \u2592\u2593 ## 7 \u25c6 ".repeat(40);
    expect(readingProblem(pdf(`${glyphs}${prose}`, [0]))).toMatch(/not letters/);
    // Addresses are long words of their own: a page of links is still text.
    const links = Array.from(
      { length: 20 },
      () => "https://www.example.org/safeguarding-children-partnership-procedures",
    ).join(" ");
    expect(readingProblem(pdf(`${prose} ${links}`, [0]))).toBeUndefined();
  });

  it("Markdown, HTML and text are never judged (people wrote their text)", () => {
    expect(readingProblem({ ...docx("a\n".repeat(100)), format: "md" })).toBeUndefined();
  });
});

const haveTools = toolsAvailable("document-unreadable on real PDFs", "soffice");
const dir = mkdtempSync(join(tmpdir(), "policysmith-model-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/**
 * The PDFs the two groups below read, all made by one LibreOffice call (each start costs seconds), the first time
 * either group asks: two-columns.pdf and tables.pdf (hard layouts), scan.pdf (what a scan's text layer holds).
 */
let converted: Promise<{ status: number | null; stderr: string }> | undefined;
async function pdfsOfLibreOffice(): Promise<void> {
  if (!converted) {
    const names = [
      "Ada Pell",
      "Bo Trent",
      "Cy Moss",
      "Di Laker",
      "Ed Fane",
      "Flo Rusk",
      "Gus Hale",
      "Hal Orme",
      "Ivy Tamm",
      "Jo Vance",
    ];
    // Two columns of text on every page (a newsletter-style policy).
    const topics = [
      "Arriving",
      "Medicines",
      "Outings",
      "Photographs",
      "Lost child",
      "Allergies",
      "Phones",
      "Visitors",
    ];
    const body = topics
      .map(
        (topic, i) =>
          `<text:h text:outline-level="2">${i + 1}. ${topic}</text:h>` +
          `<text:p>Staff at Bramble Lane follow the ${topic.toLowerCase()} routine every day; the room leader checks it at lunch and notes any change in the daybook so the next shift knows what happened and why.</text:p>`.repeat(
            3,
          ),
      )
      .join("\n");
    writeFileSync(
      join(dir, "two-columns.fodt"),
      `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:automatic-styles><style:style style:name="Two" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.5cm"/></style:section-properties></style:style></office:automatic-styles>
<office:body><office:text><text:h text:outline-level="1">Bramble Lane routines</text:h>
<text:section text:style-name="Two" text:name="Columns">${body}</text:section></office:text></office:body></office:document>`,
    );
    // Page after page of a table of short cells (a training record and a rota).
    const rows = Array.from(
      { length: 80 },
      (_, i) =>
        `<tr><td>${names[i % 10]}</td><td>${["Cook", "Deputy", "Room leader"][i % 3]}</td><td>${(i % 28) + 1}/0${(i % 9) + 1}/2025</td><td>${i % 3 ? "Yes" : "No"}</td></tr>`,
    ).join("");
    const rota = Array.from(
      { length: 30 },
      (_, i) => `<tr><td>Mon</td><td>${names[i % 10]}</td><td>Gate</td></tr>`,
    ).join("");
    writeFileSync(
      join(dir, "tables.html"),
      `<h1>Training record</h1><p>Everyone who works with the children is listed with the date of their last course.</p><table><tr><th>Name</th><th>Role</th><th>Date</th><th>First aid</th></tr>${rows}</table><h2>Rota</h2><table>${rota}</table>`,
    );
    // Three pages with a page number and a stray recognised word each: what a scan's text layer holds.
    const page = (n: number) => `<p style="page-break-before: always">Page ${n} signed</p>`;
    writeFileSync(join(dir, "scan.html"), `<p>Bramble</p>${page(2)}${page(3)}`);
    converted = convertWithLibreOfficeAsync(
      [join(dir, "two-columns.fodt"), join(dir, "tables.html"), join(dir, "scan.html")],
      "pdf",
      dir,
      // Only catches a hang: one LibreOffice start took 150 s on a 2-core machine loaded 30 times over.
      300_000,
    );
  }
  const made = await converted;
  expect(made.status, made.stderr).toBe(0);
}

/**
 * Every policy file in the repository but the labelled corpus, and PDFs LibreOffice makes from hard layouts: none is
 * unreadable. The corpus's 900-odd files are held by test/accuracy.test.ts instead: it audits each through the CLI,
 * where document-unreadable always runs (check-document.ts) and any finding of it is a false finding that fails
 * the test — reading them all again here cost 20–40 s of the suite for nothing more.
 */
describe.runIf(haveTools)("document-unreadable never fires on a normal policy", () => {
  beforeAll(pdfsOfLibreOffice, 360_000);

  it("the repository's .docx, .pdf, .md and .html policies, and the two-column and table PDFs", async () => {
    const files = [
      ...["test/fixtures", "examples"].flatMap((root) => policyFiles(root)),
      join(dir, "two-columns.pdf"),
      join(dir, "tables.pdf"),
    ];
    expect(files.length).toBeGreaterThan(4);
    const judged: string[] = [];
    for (const file of files) {
      let document: SourceDocument;
      try {
        document = await readDocument(file, file);
      } catch {
        continue; // unreadable on purpose (hostile fixtures): another finding's business
      }
      const problem = readingProblem(document);
      if (problem) judged.push(`${file}: ${problem}`);
    }
    expect(judged).toEqual([]);
  });
});

describe.runIf(haveTools)("document-unreadable in the engine", () => {
  const scan = join(dir, "scan.pdf");
  beforeAll(pdfsOfLibreOffice, 360_000);

  const rulesWith = (config: Partnership["rules"]) =>
    resolveRules([leadMissing], { ...partnership, rules: config }, () => undefined);
  const partnership: Partnership = { name: "", areas: [], courses: [], source: "partnership.yaml" };
  const run = (rules: ActiveRule[]) =>
    auditDocument(
      { path: scan, file: "scan.pdf" },
      { rules, asOf: "2026-12-01", partnership, settingTypes: new Map() },
      new Map(),
    );

  it("one warning instead of the rules' findings; configurable like any rule", async () => {
    const findings = await run(rulesWith({}));
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      ruleId: "document-unreadable",
      severity: "warning",
      file: "scan.pdf",
    });
    expect(findings[0].message).toMatch(/could not be read in order .*findings may be incomplete/);
    expect((await run(rulesWith({ "document-unreadable": "error" })))[0].severity).toBe("error");
    // Turned off, the rules read what text there is (and find no lead in it).
    const off = await run(rulesWith({ "document-unreadable": "off" }));
    expect(off.map((f) => f.ruleId)).toEqual(["lead-missing"]);
  });
});

function policyFiles(root: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(root);
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(root, name);
    if (statSync(path).isDirectory()) return name === "hostile" ? [] : policyFiles(path);
    return /\.(?:docx|pdf|md|html)$/i.test(name) ? [path] : [];
  });
}
