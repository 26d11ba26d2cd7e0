/**
 * The audit on real documents, read by the audit's own readers (src/audit/sources): PDFs exported by
 * LibreOffice from our example policies and from hand-written policies, a Word file whose headings are numbered
 * automatically and whose review date is only in its footer, encrypted PDFs and an old .doc file. Every
 * LibreOffice conversion is done once, in one batch, before the tests.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
} from "docx";
import type { Root as HastRoot } from "hast";
import { toHtml } from "hast-util-to-html";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveRules } from "../src/audit/config.js";
import { auditDocument } from "../src/audit/engine.js";
import { rules } from "../src/audit/rules/index.js";
import { readDocument } from "../src/audit/sources/read-document.js";
import { buildProject } from "../src/build/build.js";
import { type LoadedProject, loadProject } from "../src/data/load-project.js";
import type { Setting } from "../src/model.js";
import { fixturePartnership, sampleSetting, settingTypes } from "./helpers/audit-context.js";
import { convertWithLibreOffice, toolsAvailable } from "./helpers/tools.js";

const repo = fileURLToPath(new URL("..", import.meta.url));
const fixture = (path: string) => fileURLToPath(new URL(`fixtures/${path}`, import.meta.url));
const haveTools = toolsAvailable("audit of real documents", "soffice", "qpdf");

let dir: string;
/** Where LibreOffice put the PDFs: `${name}.pdf` for each input `${name}.docx` / `${name}.html`. */
let converted: string;
let project: LoadedProject;
/** The example settings' child-protection policies as built (.docx). */
const exampleDocx = new Map<string, string>();

function markdownToHtml(markdown: string, title: string): string {
  const tree = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkRehype)
    .runSync(unified().use(remarkParse).use(remarkGfm).parse(markdown)) as HastRoot;
  return `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>${title}</title></head><body>\n${toHtml(tree)}\n</body></html>\n`;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "policysmith-real-docs-"));
  if (!haveTools) return;
  project = await loadProject(repo);
  const built = join(dir, "built");
  // Only the child-protection policies are read below: the referral guides are not built.
  const result = await buildProject(project, {
    formats: ["docx"],
    templates: ["child-protection"],
    outDir: built,
    jobs: 1,
  });
  expect([...result.failed.entries()]).toEqual([]);

  // One folder of inputs with distinct names, converted by one LibreOffice call.
  const inputs = join(dir, "inputs");
  mkdirSync(inputs);
  for (const setting of project.settings) {
    const docx = join(inputs, `${setting.id}.docx`);
    copyFileSync(join(built, setting.id, "child-protection.docx"), docx);
    exampleDocx.set(setting.id, docx);
  }
  for (const name of ["current-policy", "old-policy"])
    writeFileSync(
      join(inputs, `${name}.html`),
      markdownToHtml(readFileSync(fixture(`hand-written/${name}.md`), "utf8"), name),
    );
  copyFileSync(fixture("real-documents/lead-details.html"), join(inputs, "lead-details.html"));
  converted = join(dir, "converted");
  const lo = convertWithLibreOffice(
    [
      ...[...exampleDocx.values()],
      join(inputs, "current-policy.html"),
      join(inputs, "old-policy.html"),
      join(inputs, "lead-details.html"),
    ],
    "pdf:writer_pdf_Export",
    converted,
    300_000,
  );
  expect(lo.status, lo.stderr).toBe(0);
}, 300_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface AuditOptions {
  asOf: string;
  setting?: Setting;
  partnership?: LoadedProject["partnership"];
}

/** Every document rule over one file, through the audit's reader, in reading order: "rule-id: excerpt". */
async function audit(path: string, options: AuditOptions): Promise<string[]> {
  const partnership = options.partnership ?? fixturePartnership();
  const setting = options.setting;
  const findings = await auditDocument(
    { path, file: basename(path), settingId: setting?.id },
    {
      rules: resolveRules(rules, partnership, () => undefined),
      asOf: options.asOf,
      partnership,
      settingTypes: project?.settingTypes ?? settingTypes(),
    },
    new Map(setting ? [[setting.id, setting]] : []),
  );
  return findings
    .sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0))
    .map((f) => `${f.ruleId}: ${f.message}`);
}

const pdfOf = (name: string) => join(converted, `${name}.pdf`);

describe.runIf(haveTools)("a policy exported to PDF by LibreOffice", () => {
  it("gives the same findings as its .docx, in the same order, for every example setting", async () => {
    const asOf = "2026-10-01";
    let clean = 0;
    for (const setting of project.settings) {
      const options = { asOf, setting, partnership: project.partnership };
      const fromDocx = await audit(exampleDocx.get(setting.id) ?? "", options);
      const fromPdf = await audit(pdfOf(setting.id), options);
      expect(fromPdf, `${setting.id}: the PDF LibreOffice exported from its .docx`).toEqual(fromDocx);
      if (fromDocx.length === 0) clean++;
      // Each audit settles through promises alone; let the worker's timers run between settings, or vitest's
      // progress RPC starves on a busy machine (a fresh clone's run held this loop 35 s at load 10).
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Some example settings are clean on that day, some carry problems on purpose (stale training, a review
    // date passed): both kinds are compared.
    expect(clean).toBeGreaterThanOrEqual(3);
    expect(clean).toBeLessThan(project.settings.length);
  }, 120_000);

  it("reads the PDF's text, not just its file: the setting and its leads are in it", async () => {
    const harbour = project.settings.find((s) => s.id === "harbour-lights-family-support");
    const document = await readDocument(pdfOf("harbour-lights-family-support"), "harbour.pdf");
    expect(document.format).toBe("pdf");
    expect(document.text).toContain("Harbour Lights Family Support");
    for (const lead of harbour?.leads ?? []) expect(document.text.replace(/\s+/g, " ")).toContain(lead.name);
    // A wrapped list item ending "… report a concern and" / "receive training;" is there, and no finding.
    expect(document.text).toMatch(/report a concern and\nreceive training;/);
  });
});

describe.runIf(haveTools)("hand-written policies exported to PDF by LibreOffice", () => {
  it("a current policy has no findings", async () => {
    expect(await audit(pdfOf("current-policy"), { asOf: "2026-11-28", setting: sampleSetting() })).toEqual(
      [],
    );
  });

  it("an old policy shows its problems in reading order, as its Markdown does", async () => {
    const ids = (await audit(pdfOf("old-policy"), { asOf: "2026-11-28", setting: sampleSetting() })).map(
      (f) => f.split(":")[0],
    );
    const markdown = (
      await audit(fixture("hand-written/old-policy.md"), { asOf: "2026-11-28", setting: sampleSetting() })
    ).map((f) => f.split(":")[0]);
    // The contents list says "4. Allegations" where the heading says "3. Allegations": one finding, read the
    // same from the PDF's numbered lines as from the Markdown's headings.
    expect(ids).toEqual(markdown);
    expect(ids.filter((id) => id === "contents-mismatch")).toHaveLength(1);
    expect(ids.filter((id) => id === "outdated-reference")).toHaveLength(9);
    expect(ids).toContain("training-missing");
    expect(ids).toContain("review-overdue");
  });

  it("follows a lead's details onto the next line", async () => {
    const document = await readDocument(pdfOf("lead-details"), "lead-details.pdf");
    // The phone number really is broken over two lines in the PDF.
    expect(document.text).toMatch(/0113 496\n0777\)/);
    expect(await audit(pdfOf("lead-details"), { asOf: "2026-11-28", setting: sampleSetting() })).toEqual([]);
  });
});

/**
 * A Word policy as settings write them: headings numbered by Word (numbering.xml, so "1." is not in the
 * text), a contents list of numbered paragraphs, the setting's name in the page header and the review date
 * only in the page footer.
 */
async function numberedWordPolicy(contents: string[]): Promise<Buffer> {
  const numbered = (reference: string) => ({
    reference,
    levels: [{ level: 0, format: LevelFormat.DECIMAL, text: "%1.", alignment: AlignmentType.START }],
  });
  const heading = (text: string) =>
    new Paragraph({ text, heading: HeadingLevel.HEADING_1, numbering: { reference: "sections", level: 0 } });
  const entry = (text: string) => new Paragraph({ text, numbering: { reference: "contents", level: 0 } });
  const p = (text: string) => new Paragraph({ text });
  const document = new Document({
    numbering: { config: [numbered("sections"), numbered("contents")] },
    sections: [
      {
        properties: { titlePage: true },
        headers: {
          default: new Header({ children: [p("Willowbank Pre-School — Safeguarding Policy")] }),
          first: new Header({ children: [p("Willowbank Pre-School — Safeguarding Policy")] }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                children: [new TextRun("Version 3 · Next review: "), new TextRun("April 2026")],
              }),
            ],
          }),
          first: new Footer({ children: [p("Version 3 · Next review: April 2026")] }),
        },
        children: [
          new Paragraph({ text: "Safeguarding and Child Protection Policy", heading: HeadingLevel.TITLE }),
          p("Contents"),
          ...contents.map(entry),
          heading("Introduction"),
          p(
            "Willowbank Pre-School follows the Children Act 1989 and the procedures of the Riverbend and Fallowmere Safeguarding Children Partnership.",
          ),
          heading("Our safeguarding team"),
          p("Designated Safeguarding Lead: Harriet Quinn, Manager"),
          p("Early Years Designated Safeguarding Lead training – 14 March 2025"),
          p("Deputy DSL: Omar Farouk"),
          p("Early Years Designated Safeguarding Lead training – 2 February 2025"),
          heading("Recognition of harm"),
          p("Abuse can be physical, emotional or sexual, or neglect."),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}

describe("a Word policy with numbered headings and the review date only in its footer", () => {
  const CONTENTS = ["Introduction", "Our safeguarding team", "Recognition of harm"];

  it("finds the review date in the footer, once, and the headings", async () => {
    const path = join(dir, "numbered.docx");
    writeFileSync(path, await numberedWordPolicy(CONTENTS));
    const document = await readDocument(path, "numbered.docx");
    // Word's automatic numbers are part of each heading, as Word shows them; the title has none.
    expect(document.outline.headings.map((h) => h.text)).toEqual([
      "Safeguarding and Child Protection Policy",
      ...CONTENTS.map((title, i) => `${i + 1}. ${title}`),
    ]);
    // Two footers (first page and the rest) say the same: read once.
    expect(document.text.match(/Next review: April 2026/g)).toHaveLength(1);
    expect(document.text).toContain("Willowbank Pre-School — Safeguarding Policy");
    // Before the review date: nothing wrong. After it: overdue, from the footer.
    expect(await audit(path, { asOf: "2025-12-01" })).toEqual([]);
    expect(await audit(path, { asOf: "2026-06-01" })).toEqual([
      expect.stringMatching(/^review-overdue: The policy was due for review by the end of April 2026/),
    ]);
  });

  it("still compares the contents list with the headings", async () => {
    const path = join(dir, "numbered-wrong-contents.docx");
    writeFileSync(
      path,
      await numberedWordPolicy(["Introduction", "Our safeguarding team", "Recognising harm"]),
    );
    expect(await audit(path, { asOf: "2025-12-01" })).toEqual([
      expect.stringMatching(/^contents-mismatch: /),
    ]);
  });
});

describe.runIf(haveTools)("PDFs with passwords and old .doc files", () => {
  const encrypt = (userPassword: string, out: string) => {
    const qpdf = spawnSync(
      "qpdf",
      ["--encrypt", userPassword, "owner-secret", "256", "--", pdfOf("harbour-lights-family-support"), out],
      { encoding: "utf8" },
    );
    expect(qpdf.status, qpdf.stderr).toBe(0);
    return out;
  };

  it("a PDF that needs a password to open is unreadable, with what to do", async () => {
    const path = encrypt("user-secret", join(dir, "locked.pdf"));
    const findings = await audit(path, { asOf: "2026-10-01" });
    expect(findings).toEqual([
      "unreadable: This file could not be audited: the PDF needs a password to open, so its text cannot be read — open it with the password, save a copy without one (or export the original document to PDF again without a password), and audit that copy.",
    ]);
  });

  it("a PDF with only an owner password (restrictions on printing or copying) is simply read", async () => {
    const path = encrypt("", join(dir, "restricted.pdf"));
    expect(spawnSync("qpdf", ["--show-encryption", path], { encoding: "utf8" }).stdout).toMatch(/R = 6/);
    const setting = project.settings.find((s) => s.id === "harbour-lights-family-support");
    const options = { asOf: "2027-06-01", setting, partnership: project.partnership };
    const restricted = await audit(path, options);
    expect(restricted).toEqual(await audit(pdfOf("harbour-lights-family-support"), options));
    expect(restricted).toEqual([expect.stringMatching(/^review-overdue: /)]);
  });

  it("an old Word .doc file is unreadable, with what to do, whatever its name", async () => {
    // An OLE compound file, as Word 97–2003 writes them (and Word writes password-protected .docx files).
    const ole = Buffer.concat([Buffer.from("d0cf11e0a1b11ae1", "hex"), Buffer.alloc(4096, 0)]);
    const doc = join(dir, "old-policy.doc");
    const docx = join(dir, "old-policy-renamed.docx");
    writeFileSync(doc, ole);
    writeFileSync(docx, ole);
    expect(await audit(doc, { asOf: "2026-10-01" })).toEqual([
      "unreadable: This file could not be audited: it is an old Word 97–2003 .doc file, which policysmith cannot read — open it in Word and save it as a Word Document (.docx), or export it as PDF, and audit that file.",
    ]);
    expect(await audit(docx, { asOf: "2026-10-01" })).toEqual([
      expect.stringMatching(
        /^unreadable: This file could not be audited: it is an old \.doc file or a password-protected Word file — save it as \.docx .*without a password\.$/,
      ),
    ]);
  });
});
