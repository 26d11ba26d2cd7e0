/**
 * Hostile inputs for `audit` and `report merge`: problems counted once, stale outputs, --org, encodings,
 * documents that are huge, bombs or not files at all, and reports that are not reports.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { constants, deflateRawSync } from "node:zlib";
import { strToU8, zipSync } from "fflate";
import { PDFDocument } from "pdf-lib";
import { expect } from "vitest";
import { type CaseDir, hostileSuite } from "./harness.js";

const AS_OF = "2026-12-01";
const audit = (...args: string[]) => ["audit", "--as-of", AS_OF, "--jobs", "1", ...args];

/** The fixture's 7 real problems (4 errors, 3 warnings): each once, however many outputs show it. */
const FIXTURE_SUMMARY = "7 problems (4 errors, 3 warnings)";

function jsonReport(dir: CaseDir, file: string) {
  return JSON.parse(dir.read(file)) as {
    results: Array<{
      filePath: string;
      errorCount: number;
      warningCount: number;
      messages: Array<{ ruleId: string }>;
    }>;
  };
}

function count(dir: CaseDir, file: string, key: "errorCount" | "warningCount"): number {
  return jsonReport(dir, file).results.reduce((n, r) => n + r[key], 0);
}

const POLICY_LINES = [
  "# Child protection policy",
  "",
  "Designated Safeguarding Lead: Jane Smith, Nursery Manager",
  "",
  "Deputy Designated Safeguarding Lead: Tom Okafor, Deputy Manager",
  "",
  "Next review date: 1 September 2027",
  "",
];

/** A plain policy with a date the review-overdue rule quotes back, holding a non-ASCII word. */
const CAFE_POLICY = [
  "# Child protection policy",
  "",
  "Designated Safeguarding Lead: Jane Smith, Nursery Manager",
  "",
  "Deputy Designated Safeguarding Lead: Tom Okafor, Deputy Manager",
  "",
  "Next review date (café): 1 January 2020",
  "",
].join("\n");

function utf16le(text: string): Uint8Array {
  return new Uint8Array([0xff, 0xfe, ...Buffer.from(text, "utf16le")]);
}

/**
 * `size` spaces as one raw deflate stream of a few hundred kilobytes, without deflating `size` bytes: one MiB of
 * spaces deflated once and flushed whole (Z_FULL_FLUSH: a block that needs nothing before it), repeated, then the
 * rest as the final block. Deflating 160 MB of spaces at level 9 took a second of CPU for the same bytes' worth.
 */
function deflatedSpaces(size: number): Buffer {
  const MiB = 1024 * 1024;
  const tile = deflateRawSync(Buffer.alloc(MiB, 0x20), { level: 9, finishFlush: constants.Z_FULL_FLUSH });
  const last = deflateRawSync(Buffer.alloc(size % MiB, 0x20), { level: 9 });
  return Buffer.concat([...Array.from({ length: Math.floor(size / MiB) }, () => tile), last]);
}

/**
 * A .docx-shaped zip whose word/document.xml is `size` spaces deflated to a few hundred kilobytes. Written
 * by hand (no checksum: the audit must refuse it before inflating anything).
 */
function zipBomb(size: number, declared = size): Uint8Array {
  const name = Buffer.from("word/document.xml");
  const data = deflatedSpaces(size);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declared, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declared, 24);
  central.writeUInt16LE(name.length, 28);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(46 + name.length, 12);
  end.writeUInt32LE(30 + name.length + data.length, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

function mkfifo(path: string): void {
  execFileSync("mkfifo", [path]);
}

function policiesFolder(dir: CaseDir): void {
  dir.write("policies/good.md", POLICY_LINES.join("\n"));
}

hostileSuite(
  "audit: each problem once, stale outputs, filters, encodings, limits, files that are not files",
  [
    // ---- counted once --------------------------------------------------------------------------------------
    {
      id: "data-and-output-finding-counted-once",
      class: "audit-counts",
      args: audit(),
      exit: 1,
      says: [FIXTURE_SUMMARY, "also in output/little-stars/mini.html"],
    },
    {
      id: "json-report-counts-once",
      class: "audit-counts",
      args: audit("--format", "json", "--output", "report.json"),
      exit: 1,
      mayChange: ["report.json"],
      check: (dir) => {
        expect(count(dir, "report.json", "errorCount")).toBe(4);
        expect(count(dir, "report.json", "warningCount")).toBe(3);
      },
    },
    {
      id: "sarif-report-counts-once",
      class: "audit-counts",
      args: audit("--format", "sarif", "--output", "report.sarif"),
      exit: 1,
      mayChange: ["report.sarif"],
      check: (dir) => {
        const sarif = JSON.parse(dir.read("report.sarif")) as { runs: Array<{ results: unknown[] }> };
        expect(sarif.runs[0].results).toHaveLength(7);
      },
    },
    {
      id: "workbook-counts-once",
      class: "audit-counts",
      args: audit("--format", "xlsx", "--output", "audit.xlsx"),
      exit: 1,
      mayChange: ["audit.xlsx"],
      check: async (dir) => {
        const { default: ExcelJS } = await import("exceljs");
        const wb = new ExcelJS.Workbook();
        await wb.xlsx.readFile(join(dir.project, "audit.xlsx"));
        const rows: unknown[][] = [];
        wb.worksheets[0].eachRow((row) => {
          rows.push((row.values as unknown[]).slice(1));
        });
        const oak = rows.find((r) => r[0] === "oak-primary");
        // Errors, warnings: review-overdue and training-stale; deputy-missing and lead-contact-missing.
        expect(oak?.slice(-3)).toEqual([2, 2, "Red"]);
      },
    },
    {
      id: "different-date-in-a-document-is-another-problem",
      class: "audit-counts",
      // A copy of the built policy with another (also stale) training date: not the data's problem, so kept.
      setup: (d) => {
        const html = d.read("output/oak-primary/mini.html");
        const edited = html.replace("15 October 2024", "15 October 2023");
        expect(edited).not.toBe(html);
        d.write("output/oak-primary/copy.html", edited);
      },
      args: audit("--format", "json", "--output", "report.json"),
      exit: 1,
      mayChange: ["report.json"],
      check: (dir) => {
        const stale = jsonReport(dir, "report.json").results.flatMap((r) =>
          r.messages.filter((m) => m.ruleId === "training-stale").map(() => r.filePath),
        );
        expect(stale.sort()).toEqual(["orgs/oak-primary.yaml", "output/oak-primary/copy.html"]);
      },
    },
    {
      id: "examples-count-each-problem-once",
      class: "audit-counts",
      project: "examples",
      args: audit(),
      exit: 1,
      says: ["6 problems (5 errors, 1 warning)"],
      saysNot: [/^output\/acorns-day-nursery\/referral-guide\.html/m],
    },
    {
      id: "undated-training-row-is-training-undated",
      class: "audit-rules",
      project: "examples",
      args: audit("--org", "millbrook-rovers-jfc", "output/millbrook-rovers-jfc/child-protection.html"),
      exit: 1,
      says: ["training-undated", "Imran Qureshi"],
      saysNot: ["training-missing"],
    },
    // ---- stale outputs -------------------------------------------------------------------------------------
    {
      id: "setting-edited-after-build-is-stale",
      class: "audit-stale",
      setup: (d) => d.edit("orgs/oak-primary.yaml", "next_review: 2026-09-20", "next_review: 2027-09-20"),
      args: audit(),
      exit: 1,
      says: ["output/oak-primary/mini.html", "stale — run npx policysmith build", "output-stale"],
      saysNot: ["20 September 2026"],
    },
    {
      id: "template-edited-after-build-is-stale",
      class: "audit-stale",
      setup: (d) => d.edit("policy-templates/mini/template.md", "## Purpose", "## Purpose and scope"),
      args: audit("--format", "json", "--output", "report.json"),
      exit: 1,
      mayChange: ["report.json"],
      check: (dir) => {
        const report = jsonReport(dir, "report.json");
        const stale = report.results.filter((r) => r.messages.some((m) => m.ruleId === "output-stale"));
        expect(stale.map((r) => r.filePath).sort()).toEqual([
          "output/little-stars/mini.html",
          "output/oak-primary/mini.html",
        ]);
        for (const r of stale) expect(r.messages).toHaveLength(1);
      },
    },
    {
      id: "partnership-edited-after-build-is-stale",
      class: "audit-stale",
      setup: (d) => d.edit("partnership.yaml", "short_name: RFSCP", "short_name: RFSCP2"),
      args: audit(),
      exit: 1,
      says: [
        "output/little-stars/mini.html",
        "output/oak-primary/mini.html",
        "stale — run npx policysmith build",
      ],
    },
    {
      id: "up-to-date-outputs-are-not-stale",
      class: "audit-stale",
      args: audit("--org", "oak-primary"),
      exit: 1,
      says: ["4 problems (2 errors, 2 warnings)"],
      saysNot: ["output-stale", "run npx policysmith build"],
    },
    // ---- --org ---------------------------------------------------------------------------------------------
    {
      id: "unknown-org-is-a-usage-error",
      class: "filters",
      args: audit("--org", "nosuch"),
      exit: 2,
      says: ["nosuch"],
      saysNot: ["No problems found"],
    },
    {
      id: "path-after-org-is-a-path",
      class: "filters",
      args: audit("--org", "oak-primary", "output/oak-primary/mini.html"),
      exit: 1,
      says: ["output/oak-primary/mini.html"],
      saysNot: ["orgs/output", "no setting file"],
    },
    {
      id: "org-comma-separated",
      class: "filters",
      args: audit("--org", "oak-primary,little-stars"),
      exit: 1,
      says: ["orgs/oak-primary.yaml", "orgs/little-stars.yaml"],
    },
    {
      id: "org-repeated",
      class: "filters",
      args: audit("--org", "oak-primary", "--org", "little-stars"),
      exit: 1,
      says: ["orgs/oak-primary.yaml", "orgs/little-stars.yaml"],
    },
    // ---- encodings -----------------------------------------------------------------------------------------
    {
      id: "latin1-markdown-is-read-as-latin1",
      class: "audit-encoding",
      setup: (d) => d.write("policies/cafe.md", Buffer.from(CAFE_POLICY, "latin1")),
      args: audit("policies/cafe.md"),
      exit: 1,
      says: ["(café)"],
      saysNot: ["\uFFFD"],
    },
    {
      id: "utf16-text-names-its-lead",
      class: "audit-encoding",
      setup: (d) => d.write("policies/policy.txt", utf16le(POLICY_LINES.join("\r\n"))),
      args: audit("policies/policy.txt"),
      exit: 0,
      saysNot: ["lead-missing", "unreadable"],
    },
    {
      id: "utf16-html-is-read",
      class: "audit-encoding",
      setup: (d) =>
        d.write(
          "policies/policy.html",
          utf16le(
            `<html><body>${POLICY_LINES.map((l) => `<p>${l.replace(/^# /, "")}</p>`).join("")}</body></html>`,
          ),
        ),
      args: audit("policies/policy.html"),
      exit: 0,
      saysNot: ["lead-missing", "unreadable"],
    },
    {
      id: "binary-text-file-is-unreadable",
      class: "audit-encoding",
      setup: (d) => {
        policiesFolder(d);
        // A PNG saved with the wrong extension.
        d.write(
          "policies/binary.txt",
          Buffer.from("89504e470d0a1a0a0000000d49484452000001000000010008060000005c72a866", "hex"),
        );
      },
      args: audit("policies"),
      exit: 1,
      says: ["policies/binary.txt", "not a text file"],
      saysNot: ["lead-missing"],
    },
    // ---- limits and time -----------------------------------------------------------------------------------
    {
      id: "huge-text-file-is-too-large",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 60_000,
      setup: (d) => {
        policiesFolder(d);
        writeFileSync(join(d.project, "policies/huge.txt"), "");
        execFileSync("truncate", ["-s", "60M", join(d.project, "policies/huge.txt")]);
      },
      args: audit("policies"),
      exit: 1,
      says: ["policies/huge.txt", "60 MB", "2 documents checked"],
      saysNot: ["lead-missing"],
    },
    {
      id: "docx-zip-bomb",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 60_000,
      setup: (d) => {
        policiesFolder(d);
        d.write("policies/bomb.docx", zipBomb(120 * 1024 * 1024));
      },
      args: audit("policies"),
      exit: 1,
      says: ["policies/bomb.docx", "unpacks to"],
    },
    {
      id: "docx-zip-understates-its-size",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 60_000,
      setup: (d) => {
        policiesFolder(d);
        // Both the local header and the directory say 2 KB; the data unpacks to 160 MB.
        d.write("policies/liar-bomb.docx", zipBomb(160 * 1024 * 1024, 2048));
      },
      args: audit("policies"),
      exit: 1,
      says: ["policies/liar-bomb.docx", "though its zip directory claims less", "2 documents checked"],
    },
    {
      id: "docx-central-directory-lies-about-size",
      class: "audit-limits",
      subprocess: true,
      setup: (d) => {
        const zip = Buffer.from(
          zipSync({ "word/document.xml": new TextEncoder().encode("<w:document/>") }, { level: 0 }),
        );
        // The central directory entry's uncompressed size: 4 GB.
        const cd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
        zip.writeUInt32LE(0xffffff00, cd + 24);
        d.write("policies/liar.docx", zip);
      },
      args: audit("policies/liar.docx"),
      exit: 1,
      says: ["policies/liar.docx", "unpacks to"],
    },
    {
      id: "docx-part-size-differs-from-its-record",
      class: "audit-limits",
      subprocess: true,
      setup: (d) => {
        // A Word file damaged in copying: word/document.xml unpacks to 7 bytes fewer than both zip headers record.
        const xml =
          '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Designated Safeguarding Lead: Ann Bell</w:t></w:r></w:p></w:body></w:document>';
        const zip = Buffer.from(
          zipSync(
            {
              "[Content_Types].xml": strToU8(
                '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
              ),
              "_rels/.rels": strToU8(
                '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
              ),
              "word/document.xml": strToU8(xml),
            },
            { level: 6 },
          ),
        );
        const cd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
        zip.writeUInt32LE(zip.readUInt32LE(cd + 24) + 7, cd + 24);
        const local = zip.readUInt32LE(cd + 42);
        zip.writeUInt32LE(zip.readUInt32LE(local + 22) + 7, local + 22);
        d.write("policies/damaged.docx", zip);
      },
      args: audit("policies/damaged.docx"),
      exit: 1,
      says: ["policies/damaged.docx", "the file is damaged", "save it again as .docx"],
      saysNot: ["Bug", "mismatch"],
    },
    {
      id: "pdf-with-too-many-pages",
      class: "audit-limits",
      subprocess: true,
      setup: async (d) => {
        const pdf = await PDFDocument.create();
        for (let i = 0; i < 2001; i++) pdf.addPage([200, 200]);
        d.write("policies/long.pdf", await pdf.save());
      },
      args: audit("policies/long.pdf"),
      exit: 1,
      says: ["policies/long.pdf", "2001 pages"],
    },
    {
      id: "deeply-nested-blockquotes",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d) =>
        d.write("policies/nested.md", `${">".repeat(40_000)} Designated Safeguarding Lead: Jane Smith\n`),
      args: audit("policies/nested.md"),
      exit: 1,
      says: ["policies/nested.md"],
    },
    {
      // A heading's `{#id}` was read by a pattern that backtracked over a run of "{#" (cubic: 2,000 took 8 s a
      // rule) and over a run of spaces after the words (quadratic).
      id: "heading-attribute-brace-runs",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d) =>
        d.write(
          "policies/braces.md",
          `## Contents ${"{#".repeat(4_000)}\n\n## Scope${" ".repeat(60_000)}x\n\nSee ${"{#".repeat(20_000)}\n`,
        ),
      args: audit("policies/braces.md"),
      exit: 1,
      says: ["policies/braces.md"],
    },
    {
      id: "one-megabyte-of-lead-sentences",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d) =>
        d.write(
          "policies/long.txt",
          // No blank line: the reader joins every line into one, where each mention used to rescan the rest.
          `${POLICY_LINES.filter(Boolean).join("\n")}\n${"The Designated Safeguarding Lead must act quickly.\n".repeat(20_000)}`,
        ),
      args: audit("policies/long.txt"),
      exit: 0,
      saysNot: ["unreadable"],
    },
    {
      id: "review-labels-along-one-line",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d) =>
        d.write(
          "policies/one-line.txt",
          `${POLICY_LINES.filter(Boolean).join(" ")} ${"Next review date: 1 September 2027. ".repeat(8_000)}`,
        ),
      args: audit("policies/one-line.txt"),
      exit: 0,
      saysNot: ["unreadable"],
    },
    {
      id: "markdown-lists-nested-20000-deep",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d) => {
        policiesFolder(d);
        d.write("policies/lists.md", `${"- ".repeat(20_000)}Designated Safeguarding Lead: Jane Smith\n`);
      },
      args: audit("policies"),
      exit: 1,
      says: ["policies/lists.md", "more than 100 deep", "2 documents checked"],
    },
    {
      id: "markdown-run-of-emphasis-marks",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d) =>
        d.write(
          "policies/stars.md",
          `${POLICY_LINES.join("\n")}\n${"*".repeat(100_000)}x${"*".repeat(100_000)}\n`,
        ),
      args: audit("policies/stars.md"),
      exit: 0,
      saysNot: ["unreadable"],
    },
    // Long runs of one character once made line patterns with neighbouring `\s*` (or dot leaders) take
    // minutes: each rule must stay linear in a line's length.
    ...[
      ["markdown-line-of-spaces", " "],
      ["markdown-line-of-dot-leaders", "."],
      ["markdown-line-of-underscores", "_"],
    ].map(([id, mark]) => ({
      id,
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write(
          "policies/runs.md",
          `${POLICY_LINES.join("\n")}\nContents\n\n1. Introduction ${mark.repeat(100_000)}x${mark.repeat(100_000)} 3\n`,
        ),
      args: audit("policies/runs.md"),
      exit: 0,
      saysNot: ["unreadable", "rule-error"],
    })),
    // A long run of spaces before a bare "review:" label: a look-behind of any length before the label scanned back from
    // every place in the line (quadratic: 12 s for 100,000 spaces) until the separator was tested on a window.
    {
      id: "markdown-spaces-before-a-review-label",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write(
          "policies/review.md",
          `${POLICY_LINES.join("\n")}\nRev${" ".repeat(200_000)}review: 3 March 2020\n`,
        ),
      args: audit("policies/review.md"),
      exit: 0,
      saysNot: ["unreadable", "rule-error"],
    },
    // Thousands of Markdown comments left open on one line ("<!-- del: x <!-- del: x …"): each was scanned to the
    // text's end by the tracked-change pattern (19 s, then 29 s with deletions hidden); now each comment is read once.
    {
      id: "markdown-unclosed-deletion-comments",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write("policies/comments.md", `${POLICY_LINES.join("\n")}\n${"<!-- del: x ".repeat(30_000)}\n`),
      args: audit("policies/comments.md"),
      exit: 0,
      saysNot: ["unreadable", "rule-error"],
    },
    // A lead held by a job ("The Nursery Manager is our DSL") and one hyphenated word of 240,000 characters: the
    // pattern that looks for the job's holder ("Name, Nursery Manager") let each capitalised piece's word run to the
    // line's end and back (quadratic: 16 s for 120,000 characters) until a name's word was bounded.
    {
      id: "markdown-lead-held-by-a-job-and-a-long-hyphenated-word",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write(
          "policies/job.md",
          `# Child protection policy\n\nThe Nursery Manager is our DSL. ${"Abc-".repeat(60_000)}\n\nNext review date: 1 September 2027\n`,
        ),
      args: audit("policies/job.md"),
      exit: 1,
      says: ["lead-missing"],
      saysNot: ["unreadable", "rule-error"],
    },
    // Numbered sections, then one line of thousands of pointers to an Act's well-known section past the last ("follow
    // the steps in section 11."): whether section 11 is mentioned before or after each one was read by collecting every
    // mention of a section in the text before it and after it (quadratic: 16 s for 9,000) until the first was enough.
    {
      id: "markdown-one-line-of-section-11-pointers",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write(
          "policies/pointers.md",
          `${POLICY_LINES.join("\n")}\n## 1. Scope\n\nAll staff.\n\n## 2. Missing children\n\n${"If a child goes missing, follow the steps in section 11. ".repeat(9_000)}\n\n## 3. Review\n\nEvery year.\n`,
        ),
      args: audit("policies/pointers.md"),
      exit: 0,
      saysNot: ["unreadable", "rule-error"],
    },
    // A lead, then one line of thousands of sentences each naming a deputy by what they take on while the lead is away
    // ("When she is away, Ann Lee takes on her safeguarding role."): the training reader took each deputy's words out of
    // the line again in turn (quadratic: 41 s for 6,500 "takes her place") until a run of the same words was taken
    // out in one pass.
    ...[
      {
        id: "takes-on-her-role",
        sentence: "When she is on leave, Mrs Ann Lee takes on her safeguarding role. ",
        times: 4_600,
      },
      { id: "takes-her-place", sentence: "When she is away, Mrs Ann Lee takes her place. ", times: 6_500 },
    ].map(({ id, sentence, times }) => ({
      id: `markdown-one-line-of-deputies-${id}`,
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write(
          "policies/deputies.md",
          `# Child protection policy\n\nDesignated Safeguarding Lead: Jane Smith, Nursery Manager\n\n${sentence.repeat(times)}\n\nNext review date: 1 September 2027\n`,
        ),
      args: audit("policies/deputies.md"),
      exit: 0,
      saysNot: ["unreadable", "rule-error", "deputy-missing"],
    })),
    // A role followed by a long run of dot leaders and no name: the pattern that skips leaders to reach a
    // name once nested its repetitions ((?:\.{2,}|\s)+) and backtracked exponentially — a hang.
    ...[".", "_", "…"].map((mark) => ({
      id: `markdown-role-then-${mark === "." ? "dot" : mark === "_" ? "underscore" : "ellipsis"}-leaders-and-no-name`,
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write(
          "policies/leaders.md",
          `${POLICY_LINES.join("\n")}\nSafeguarding officer for the holiday club: ${mark.repeat(5_000)} to be confirmed\n\nDeputy safeguarding officer ${mark.repeat(5_000)}\n`,
        ),
      args: audit("policies/leaders.md"),
      exit: 0,
      saysNot: ["unreadable", "rule-error"],
    })),
    // Question marks where a phone number's digits should be, then a letter: the pattern once let each "?"
    // belong to either of two nested repetitions and took minutes from 22 marks on.
    {
      id: "markdown-phone-number-of-question-marks",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write("policies/phone.md", `${POLICY_LINES.join("\n")}\nOffice: 01632 960 ${"?".repeat(60)}x\n`),
      args: audit("policies/phone.md"),
      exit: 0,
      saysNot: ["unreadable", "rule-error"],
    },
    // A long line of capitals after "INSERT", of merge fields side by side, and of contact words before "to
    // follow": each placeholder's check reads a window around it, never the whole line again.
    {
      id: "markdown-one-line-of-insert-capitals-merge-fields-and-numbers-to-follow",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write(
          "policies/insert.md",
          `${POLICY_LINES.join("\n")}\nWe meet at ${"INSERT HALL NAME ".repeat(20_000)}and ${"«Field» | ".repeat(20_000)}then ${"(phone number to ".repeat(20_000)}x\n`,
        ),
      args: audit("policies/insert.md"),
      exit: 1,
      says: ["placeholder-text"],
      saysNot: ["unreadable", "rule-error"],
    },
    // A field's "TBC (" whose bracket never closes, on a long line of Word's prompt cut short and "[FLAT NO." never
    // closed: the reason is read once to the line's end, and each bracket's check stops at the next bracket.
    {
      id: "markdown-one-line-of-content-control-prompts-caps-numbers-and-tbc-reasons",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write(
          "policies/prompts.md",
          `${POLICY_LINES.join("\n")}\nDeputy: TBC (${"Click or tap here to enter ".repeat(20_000)}and ${"[FLAT NO. ".repeat(20_000)}x\nWe meet at Click or tap here to enter text. on Fridays.\n`,
        ),
      args: audit("policies/prompts.md"),
      exit: 1,
      says: ["placeholder-text"],
      saysNot: ["unreadable", "rule-error"],
    },
    // A long line of value names in square capitals after their labels' colons: whether the line is written in
    // capitals is read from a window before each bracket, not from the line's start again (quadratic: over a minute
    // for 20,000 of them).
    {
      id: "markdown-one-line-of-value-names-in-capitals-after-colons",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write(
          "policies/venues.md",
          `${POLICY_LINES.join("\n")}\n${"VENUE: [VENUE] AND ".repeat(20_000)}x\n`,
        ),
      args: audit("policies/venues.md"),
      // Only the first: the line is written in capitals after it.
      exit: 1,
      says: ["9:8", "placeholder-text", "1 problem"],
      saysNot: ["unreadable", "rule-error"],
    },
    // A lead's booked courses: a run of "on" before the course booked for a date, and a long run of "Booked:" labels
    // before a course and its date. The booking's words at the course's end are read back once (trimEndWords): the
    // pattern `(?:[\s(]*…[\s:,–—-]*)+$` let each space belong to two repetitions and took minutes from 25 words on.
    {
      id: "markdown-booked-courses-after-runs-of-booking-words",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write(
          "policies/booked.md",
          `${POLICY_LINES.join("\n")}\n## Training\n\nJane Smith\n- Level 3 ${"on ".repeat(40)}DSL refresher booked for 20 January 2027\n- Booked: ${"Booked: ".repeat(20_000)}DSL refresher, 20 January 2027\n`,
        ),
      args: audit("policies/booked.md"),
      exit: 1,
      says: ["only course listed is booked for 20 January 2027"],
      saysNot: ["unreadable", "rule-error"],
    },
    // A lead's course followed by a run of due-date words ("on on on … x, renewal due <date>"): the words at the
    // course's end are read back once (training.ts withoutDueWords); the pattern `(?:[\s(]*\bon\b[\s:,]*)+$` let each
    // space belong to two repetitions and took minutes from 30 words on.
    {
      id: "markdown-course-after-a-run-of-due-words",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write(
          "policies/due.md",
          `${POLICY_LINES.join("\n")}\n## Training\n\nJane Smith: DSL refresher, ${"on ".repeat(40)}x, renewal due 3 March 2027.\n`,
        ),
      args: audit("policies/due.md"),
      exit: 1,
      says: ["none for Tom Okafor", "1 problem"],
      saysNot: ["unreadable", "rule-error"],
    },
    // A course followed by 100,000 opening brackets that never close: the words left to fill in a bracket
    // ("(add dates here)") are looked for within a bracket's first 160 characters, not to the line's end from each one.
    {
      id: "markdown-course-after-unclosed-brackets",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write(
          "policies/brackets.md",
          `${POLICY_LINES.join("\n")}\n## Training\n\nJane Smith completed the DSL refresher${" (".repeat(100_000)} due 3 March 2027.\n`,
        ),
      args: audit("policies/brackets.md"),
      exit: 1,
      says: ["none for Tom Okafor", "1 problem"],
      saysNot: ["unreadable", "rule-error"],
    },
    // A template's placeholder repeated along one 200 KB line: each match's sentence is read within 300 characters
    // around it (placeholder-text childNameInSentence, capitalisedName, inRunningText), not along the whole line
    // again — it took over a minute.
    {
      id: "markdown-child-name-placeholder-along-one-line",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write(
          "policies/child.md",
          `${POLICY_LINES.join("\n")}\n${"We will tell (child’s name) the news. ".repeat(5_000)}\n`,
        ),
      args: audit("policies/child.md"),
      exit: 1,
      says: ["5000 problems", "placeholder-text"],
      saysNot: ["unreadable", "rule-error"],
    },
    {
      id: "markdown-setting-name-placeholder-along-one-line",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d: CaseDir) =>
        d.write(
          "policies/setting.md",
          `${POLICY_LINES.join("\n")}\n${"At NAME OF SETTING we keep children safe. ".repeat(5_000)}\n`,
        ),
      args: audit("policies/setting.md"),
      exit: 1,
      says: ["5000 problems", "placeholder-text"],
      saysNot: ["unreadable", "rule-error"],
    },
    {
      id: "html-lists-nested-20000-deep",
      class: "audit-limits",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d) =>
        d.write(
          "policies/nested.html",
          `<html><body>${"<ul><li>Designated Safeguarding Lead".repeat(20_000)}</body></html>`,
        ),
      args: audit("policies/nested.html"),
      exit: 1,
      says: ["policies/nested.html", "more than 100 deep"],
    },
    // ---- files that are not files --------------------------------------------------------------------------
    {
      id: "old-doc-file-in-a-folder-is-named-not-skipped",
      class: "audit-files",
      setup: (d) => {
        policiesFolder(d);
        d.write(
          "policies/old-policy.doc",
          new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(504).fill(0)]),
        );
      },
      args: audit("policies"),
      exit: 1,
      says: ["policies/old-policy.doc", "old Word 97–2003 .doc file", "2 documents"],
    },
    {
      id: "fifo-in-folder",
      class: "audit-files",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d) => {
        policiesFolder(d);
        mkfifo(join(d.project, "policies/pipe.md"));
      },
      args: audit("policies"),
      exit: 1,
      says: ["policies/pipe.md", "not a regular file", "1 document"],
    },
    {
      id: "fifo-given-by-name",
      class: "audit-files",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d) => {
        mkdirSync(join(d.project, "policies"));
        mkfifo(join(d.project, "policies/pipe.txt"));
      },
      args: audit("policies/pipe.txt"),
      exit: 1,
      says: ["policies/pipe.txt", "not a regular file"],
    },
    {
      id: "device-symlink-in-folder",
      class: "audit-files",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d) => {
        policiesFolder(d);
        symlinkSync("/dev/zero", join(d.project, "policies/zero.txt"));
      },
      args: audit("policies"),
      exit: 1,
      says: ["policies/zero.txt", "1 document"],
    },
    {
      id: "symlink-loop-in-folder",
      class: "audit-files",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d) => {
        policiesFolder(d);
        symlinkSync("loop", join(d.project, "policies/loop"));
        symlinkSync(".", join(d.project, "policies/self"));
      },
      args: audit("policies"),
      exit: 0,
      says: ["1 document"],
    },
    {
      id: "symlink-out-of-folder",
      class: "audit-files",
      subprocess: true,
      timeLimitMs: 30_000,
      setup: (d) => {
        policiesFolder(d);
        symlinkSync(join(d.outside, "secret.txt"), join(d.project, "policies/secret.txt"));
      },
      args: audit("policies"),
      exit: 1,
      says: ["policies/secret.txt", "outside", "1 document"],
    },
    // ---- report merge --------------------------------------------------------------------------------------
    {
      id: "merge-same-report-twice",
      class: "report-merge",
      setup: async (d) => {
        const { runCli } = await import("../helpers/run-cli.js");
        await runCli(audit("--format", "json", "--output", "a.json"), d.project);
      },
      args: ["report", "merge", "a.json", "a.json"],
      exit: 2,
      says: ["a.json", "more than once"],
    },
    {
      id: "merge-overlapping-shards",
      class: "report-merge",
      setup: async (d) => {
        const { runCli } = await import("../helpers/run-cli.js");
        await runCli(audit("--format", "json", "--output", "a.json"), d.project);
        await runCli(audit("--org", "oak-primary", "--format", "json", "--output", "b.json"), d.project);
      },
      args: ["report", "merge", "a.json", "b.json"],
      exit: 2,
      says: ["a.json", "b.json", "oak-primary"],
    },
    {
      id: "merge-disjoint-shards",
      class: "report-merge",
      setup: async (d) => {
        const { runCli } = await import("../helpers/run-cli.js");
        await runCli(audit("--shard", "1/2", "--format", "json", "--output", "a.json"), d.project);
        await runCli(audit("--shard", "2/2", "--format", "json", "--output", "b.json"), d.project);
      },
      args: ["report", "merge", "a.json", "b.json"],
      exit: 1,
      says: [FIXTURE_SUMMARY],
    },
    {
      id: "merge-output-that-cannot-be-written",
      class: "report-merge",
      setup: async (d) => {
        const { runCli } = await import("../helpers/run-cli.js");
        await runCli(audit("--shard", "1/2", "--format", "json", "--output", "a.json"), d.project);
        mkdirSync(join(d.project, "merged.json"));
      },
      args: ["report", "merge", "a.json", "--output", "merged.json"],
      exit: 2,
      says: [
        "the report could not be written to merged.json",
        "a folder stands where the file should be written",
      ],
    },
    {
      id: "merge-missing-file",
      class: "report-merge",
      args: ["report", "merge", "nope.json"],
      exit: 2,
      says: ["cannot read nope.json"],
      saysNot: ["ENOENT", "open '"],
    },
    {
      id: "merge-a-folder",
      class: "report-merge",
      setup: (d) => mkdirSync(join(d.project, "shards")),
      args: ["report", "merge", "shards"],
      exit: 2,
      says: ["cannot read shards", "folder"],
    },
    {
      id: "merge-not-a-report",
      class: "report-merge",
      setup: (d) => d.write("other.json", '{"name": "x", "results": "no"}'),
      args: ["report", "merge", "other.json"],
      exit: 2,
      says: ["other.json is not a policysmith JSON audit report"],
    },
    {
      id: "merge-not-json",
      class: "report-merge",
      setup: (d) => d.write("notes.json", "just some words\n"),
      args: ["report", "merge", "notes.json"],
      exit: 2,
      says: ["notes.json is not a policysmith JSON audit report"],
      saysNot: ["Unexpected token", "SyntaxError"],
    },
  ],
);
