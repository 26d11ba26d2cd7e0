/**
 * The labelled corpus (test/corpus/) and `npm run accuracy` (scripts/accuracy.mjs): every policy has its Word
 * version made by scripts/corpus-build.mjs as it is now, its labels name real rules, the matcher pairs findings
 * with labels as the README says, and — once issue 11's rules are in — every rule's precision and recall on
 * the corpus are 100%. Runs dist's CLI (built by `npm test`'s pretest).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { spawnCaptured } from "./helpers/spawn-captured.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const corpus = join(root, "test/corpus");
const SCRIPT = join(root, "scripts/accuracy.mjs");

interface Label {
  rule: string;
  near?: string;
  severity?: string;
  formats?: string[];
}
interface Message {
  ruleId: string;
  severity: number;
  message: string;
  line?: number | null;
  column?: number | null;
  excerpt?: string | null;
}
interface RuleScore {
  tp: number;
  falseErrors: number;
  falseWarnings: number;
  misses: number;
  precision: number | null;
  recall: number | null;
}
interface AccuracyModule {
  match(
    labels: Label[],
    messages: Message[],
    format: string,
  ): { matched: Array<{ label: Label; finding: Message }>; falses: Message[]; misses: Label[] };
  squash(text: string): string;
}
interface BuildModule {
  docxFromMarkdown(markdown: string, options?: { pages?: number }): Promise<Uint8Array>;
  savedPageCount(docx: Uint8Array): number | undefined;
  readBuiltRecord(dir: string): Record<string, string>;
  builtLine(markdown: Uint8Array, docx: Uint8Array): string;
}

// Plain .mjs scripts (no types): imported through a variable so TypeScript does not look for declarations.
const load = <T>(path: string): Promise<T> => import(path) as Promise<T>;

const names = readdirSync(corpus)
  .filter((f) => f.endsWith(".md") && f !== "README.md")
  .map((f) => f.slice(0, -3))
  .sort();

function labelsOf(name: string): { about: string; pdf?: boolean; expected: Label[] } {
  return parse(readFileSync(join(corpus, `${name}.labels.yaml`), "utf8"));
}

describe("the corpus", () => {
  it("holds at least 30 policies, each with labels and a Word version, a third or so with a PDF", () => {
    expect(names.length).toBeGreaterThanOrEqual(30);
    for (const name of names) {
      expect(existsSync(join(corpus, `${name}.labels.yaml`)), `${name}.labels.yaml`).toBe(true);
      expect(existsSync(join(corpus, `${name}.docx`)), `${name}.docx`).toBe(true);
      if (labelsOf(name).pdf) expect(existsSync(join(corpus, `${name}.pdf`)), `${name}.pdf`).toBe(true);
    }
    const pdfs = names.filter((n) => labelsOf(n).pdf).length;
    expect(pdfs).toBeGreaterThanOrEqual(Math.floor(names.length / 4));
  });

  it("has no stray files: every .docx, .pdf and labels file belongs to a .md", () => {
    for (const file of readdirSync(corpus)) {
      // biome.json keeps the formatter away: the documents' spacing and tables are part of what they test.
      // docx-built.json: scripts/corpus-build.mjs's record of the .docx files it made (see the test below).
      if (file === "README.md" || file === "biome.json" || file === "docx-built.json" || file.endsWith(".md"))
        continue;
      const name = file.replace(/\.(?:docx|pdf|labels\.yaml)$/, "");
      expect(names, `${file} has no ${name}.md`).toContain(name);
      if (file.endsWith(".pdf")) expect(labelsOf(name).pdf, `${file} without pdf: true`).toBe(true);
    }
  });

  it("labels name rules that exist, and say near/severity/formats in the documented shape", async () => {
    const { rules } = (await load<{ rules: Array<{ meta: { id: string } }> }>(
      join(root, "dist/audit/rules/index.js"),
    )) as { rules: Array<{ meta: { id: string } }> };
    const ids = new Set(rules.map((r) => r.meta.id));
    for (const name of names) {
      const labels = labelsOf(name);
      expect(typeof labels.about, `${name}: about`).toBe("string");
      expect(labels.about.length, `${name}: about`).toBeGreaterThan(20);
      expect(Array.isArray(labels.expected), `${name}: expected must be a list`).toBe(true);
      for (const label of labels.expected) {
        expect(ids, `${name}: rule ${label.rule}`).toContain(label.rule);
        if (label.near !== undefined)
          expect(typeof label.near === "string" && label.near.trim() !== "").toBe(true);
        if (label.severity !== undefined) expect(["error", "warning"]).toContain(label.severity);
        if (label.formats !== undefined)
          for (const f of label.formats) expect(["md", "docx", "pdf"], `${name}: format ${f}`).toContain(f);
      }
    }
  });

  it("each .docx is what scripts/corpus-build.mjs makes from its .md now, with the page count it was laid out in", async () => {
    const { docxFromMarkdown, savedPageCount, readBuiltRecord, builtLine } = await load<BuildModule>(
      join(root, "scripts/corpus-build.mjs"),
    );
    // The script's record (docx-built.json) vouches for each .docx it made from the same .md with the same builder;
    // the rest, and one policy in 40 whatever the record says, are made again here and compared part by part.
    const record = readBuiltRecord(corpus);
    let rebuilt = 0;
    for (const [index, name] of names.entries()) {
      const bytes = new Uint8Array(readFileSync(join(corpus, `${name}.docx`)));
      const markdown = new Uint8Array(readFileSync(join(corpus, `${name}.md`)));
      if (index % 40 !== 0 && record[name] === builtLine(markdown, bytes)) {
        expect(savedPageCount(bytes), `${name}.docx says no page count`).toBeGreaterThan(0);
        continue;
      }
      rebuilt++;
      // The count is LibreOffice's (the script lays each file out to count it): here, only that there is one.
      const pages = savedPageCount(bytes);
      expect(
        pages,
        `${name}.docx says no page count — run node scripts/corpus-build.mjs ${name}`,
      ).toBeGreaterThan(0);
      const made = unzipSync(
        await docxFromMarkdown(readFileSync(join(corpus, `${name}.md`), "utf8"), { pages }),
      );
      const committed = unzipSync(bytes);
      const parts = (files: Record<string, Uint8Array>) =>
        Object.keys(files).filter((p) =>
          /^(?:word\/(?:document|header\d*|footer\d*|numbering)|docProps\/app)\.xml$/.test(p),
        );
      expect(parts(committed).sort(), `${name}.docx parts`).toEqual(parts(made).sort());
      for (const part of parts(made))
        expect(
          strFromU8(committed[part]) === strFromU8(made[part]),
          `${name}.docx ${part} is out of date — run node scripts/corpus-build.mjs ${name}`,
        ).toBe(true);
    }
    expect(rebuilt).toBeGreaterThanOrEqual(Math.ceil(names.length / 40));
  });

  it("each .docx's page count is the page count of its PDF, where it has one (both LibreOffice's layout)", async () => {
    const { savedPageCount } = await load<BuildModule>(join(root, "scripts/corpus-build.mjs"));
    for (const name of names.filter((n) => labelsOf(n).pdf)) {
      const pdf = await PDFDocument.load(readFileSync(join(corpus, `${name}.pdf`)), {
        updateMetadata: false,
      });
      expect(savedPageCount(new Uint8Array(readFileSync(join(corpus, `${name}.docx`)))), name).toBe(
        pdf.getPageCount(),
      );
    }
  });
});

describe("matching findings to labels", () => {
  const finding = (ruleId: string, excerpt: string, extra: Partial<Message> = {}): Message => ({
    ruleId,
    severity: 2,
    message: `A finding of ${ruleId}`,
    excerpt,
    line: 1,
    column: 1,
    ...extra,
  });

  it("compares near words without regard to case, spaces, curly quotes or dashes", async () => {
    const { match, squash } = await load<AccuracyModule>(SCRIPT);
    expect(squash("Rosa’s  Lead – Training\n2019")).toBe("rosa'slead-training2019");
    const result = match(
      [{ rule: "training-stale", near: "rosa's lead - TRAINING 2019" }],
      [finding("training-stale", "Rosa’s Lead – Training\n 2019")],
      "md",
    );
    expect(result.matched).toHaveLength(1);
    expect(result.falses).toHaveLength(0);
  });

  it("finds near words in the message when the excerpt lacks them", async () => {
    const { match } = await load<AccuracyModule>(SCRIPT);
    const f = finding("training-stale", "Level 3 course: May 2019", {
      message: "Gwen Parry's designated lead training is dated May 2019",
    });
    expect(match([{ rule: "training-stale", near: "Gwen Parry" }], [f], "md").matched).toHaveLength(1);
  });

  it("pairs one finding with one label, and the rest are false findings or misses", async () => {
    const { match } = await load<AccuracyModule>(SCRIPT);
    const labels: Label[] = [{ rule: "placeholder-text", near: "[insert name]" }, { rule: "review-overdue" }];
    const result = match(
      labels,
      [
        finding("placeholder-text", "[insert name]", { line: 3 }),
        finding("placeholder-text", "[insert name]", { line: 9 }),
        finding("lead-missing", "Our policy", { line: 1 }),
      ],
      "docx",
    );
    expect(result.matched.map((m) => m.finding.line)).toEqual([3]);
    expect(result.falses.map((f) => `${f.ruleId}:${f.line}`)).toEqual([
      "lead-missing:1",
      "placeholder-text:9",
    ]);
    expect(result.misses).toEqual([{ rule: "review-overdue" }]);
  });

  it("keeps a label with near words for the finding that has them, before a label without", async () => {
    const { match } = await load<AccuracyModule>(SCRIPT);
    const result = match(
      [{ rule: "outdated-reference" }, { rule: "outdated-reference", near: "sexting" }],
      [
        finding("outdated-reference", "sexting", { line: 2 }),
        finding("outdated-reference", "LSCB", { line: 5 }),
      ],
      "md",
    );
    expect(result.matched.map((m) => `${m.label.near ?? "-"}:${m.finding.excerpt}`)).toEqual([
      "sexting:sexting",
      "-:LSCB",
    ]);
    expect(result.falses).toHaveLength(0);
    expect(result.misses).toHaveLength(0);
  });

  it("applies a label only to its formats, and only at its severity", async () => {
    const { match } = await load<AccuracyModule>(SCRIPT);
    const labels: Label[] = [
      { rule: "section-reference", near: "page 4", formats: ["md"], severity: "warning" },
    ];
    const warning = finding("section-reference", "(page 4)", { severity: 1 });
    expect(match(labels, [warning], "md").matched).toHaveLength(1);
    const inWord = match(labels, [warning], "docx");
    expect(inWord.matched).toHaveLength(0);
    expect(inWord.misses).toHaveLength(0);
    expect(inWord.falses).toHaveLength(1);
    const asError = match(labels, [{ ...warning, severity: 2 }], "md");
    expect(asError.matched).toHaveLength(0);
    expect(asError.misses).toHaveLength(1);
  });

  it("never matches a finding of rule unreadable", async () => {
    const { match } = await load<AccuracyModule>(SCRIPT);
    const result = match([{ rule: "unreadable" }], [finding("unreadable", "")], "pdf");
    expect(result.matched).toHaveLength(0);
    expect(result.falses).toHaveLength(1);
  });
});

describe("npm run accuracy", () => {
  /**
   * Runs the script without blocking the test's thread: auditing the whole corpus takes one to two minutes on a
   * busy machine, and a thread blocked that long misses vitest's own messages ('Timeout calling "onTaskUpdate"').
   */
  const run = (...args: string[]) =>
    spawnCaptured(process.execPath, [SCRIPT, ...args], { cwd: root, timeout: 600_000 });

  it("prints a table per rule with totals, and scores one document with --file", async () => {
    const result = await run("--file", "hollowmere-childminder");
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/rule\s+TP\s+false err\s+false warn\s+misses\s+precision\s+recall/);
    expect(result.stdout).toMatch(/^TOTAL\s/m);
    expect(result.stdout).toContain("2 files");
  });

  /**
   * Misses we know of and have not fixed, each with its reason. Anything else short of 100% fails, and so does a
   * listed miss that is found again (remove it from here then).
   */
  const KNOWN_MISSES: string[] = [];

  // The whole corpus (1,038 policies, 2,461 files) takes longer than the suite's two-minute limit on a busy machine.
  it("holds every rule at 100% precision, and 100% recall but for the known misses, on the corpus", {
    timeout: 600_000,
  }, async () => {
    const result = await run("--json");
    expect(result.status, result.stderr).toBe(0);
    const report = JSON.parse(result.stdout) as {
      files: number;
      documents: Array<{
        file: string;
        error?: string;
        falses: Array<{ rule: string; excerpt?: string; message?: string }>;
        misses: Array<{ rule: string; near?: string }>;
      }>;
      rules: Record<string, RuleScore>;
    };
    expect(report.files).toBeGreaterThanOrEqual(60);
    expect(report.documents.filter((d) => d.error)).toEqual([]);
    const falses = report.documents.flatMap((d) =>
      d.falses.map((f) => `${d.file} ${f.rule} ${f.excerpt ?? ""}: ${f.message ?? ""}`),
    );
    expect(falses, "run npm run accuracy -- --verbose to see each false finding").toEqual([]);
    const misses = report.documents.flatMap((d) =>
      d.misses.map((m) => `${d.file} ${m.rule}${m.near ? ` ${m.near}` : ""}`),
    );
    expect(misses.sort(), "run npm run accuracy -- --verbose to see each miss").toEqual(
      [...KNOWN_MISSES].sort(),
    );
    const short = Object.entries(report.rules)
      .filter(([, r]) => r.precision !== 1 && r.precision !== null)
      .map(([rule, r]) => `${rule}: TP ${r.tp}, false ${r.falseErrors + r.falseWarnings}`);
    expect(short).toEqual([]);
  });
});
