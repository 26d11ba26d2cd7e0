/**
 * `policysmith audit` end to end: existing policies in every format, our own fresh policies (must be clean),
 * unreadable files, report formats, waivers and exit codes.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Ajv } from "ajv";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { XMLValidator } from "fast-xml-parser";
import { PDFDocument } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderPdf } from "../src/render/pdf/index.js";
import { runCli } from "./helpers/run-cli.js";
import { sampleDocument } from "./helpers/sample-document.js";
import { tempProject } from "./helpers/temp-project.js";

const root = fileURLToPath(new URL("..", import.meta.url));

const SARIF_CORE_SCHEMA = {
  type: "object",
  required: ["version", "runs"],
  properties: {
    version: { const: "2.1.0" },
    $schema: { type: "string" },
    runs: {
      type: "array",
      minItems: 1,
      items: {
        type: "object",
        required: ["tool"],
        properties: {
          tool: {
            type: "object",
            required: ["driver"],
            properties: {
              driver: {
                type: "object",
                required: ["name"],
                properties: {
                  name: { type: "string" },
                  version: { type: "string" },
                  rules: {
                    type: "array",
                    items: {
                      type: "object",
                      required: ["id"],
                      properties: {
                        id: { type: "string" },
                        shortDescription: { type: "object", required: ["text"] },
                        fullDescription: { type: "object", required: ["text"] },
                        defaultConfiguration: {
                          type: "object",
                          properties: { level: { enum: ["none", "note", "warning", "error"] } },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
          results: {
            type: "array",
            items: {
              type: "object",
              required: ["message"],
              properties: {
                ruleId: { type: "string" },
                ruleIndex: { type: "integer", minimum: -1 },
                level: { enum: ["none", "note", "warning", "error"] },
                message: { type: "object", required: ["text"], properties: { text: { type: "string" } } },
                locations: {
                  type: "array",
                  items: {
                    type: "object",
                    properties: {
                      physicalLocation: {
                        type: "object",
                        properties: {
                          artifactLocation: { type: "object", properties: { uri: { type: "string" } } },
                          region: {
                            type: "object",
                            properties: {
                              startLine: { type: "integer", minimum: 1 },
                              startColumn: { type: "integer", minimum: 1 },
                              endLine: { type: "integer", minimum: 1 },
                              endColumn: { type: "integer", minimum: 1 },
                            },
                          },
                        },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};
const existing = fileURLToPath(new URL("fixtures/existing/", import.meta.url));
const OLD = readFileSync(join(existing, "old-policy.md"), "utf8");
let dir: string;

interface JsonReport {
  results: Array<{
    filePath: string;
    messages: Array<{
      ruleId: string;
      severity: number;
      message: string;
      line: number | null;
      excerpt: string | null;
    }>;
  }>;
}
const messages = (stdout: string) =>
  (JSON.parse(stdout) as JsonReport).results.flatMap((r) =>
    r.messages.map((m) => ({ ...m, file: r.filePath })),
  );

/**
 * An audit that several tests read, run once for the file by the first that asks (whichever it is): the same
 * arguments give the same result, as no test changes what these audits read (the old policy, the example
 * project). Each test still makes its own assertions on it.
 */
const ranOnce = new Map<string, ReturnType<typeof runCli>>();
function runOnce(args: string[]): ReturnType<typeof runCli> {
  const key = JSON.stringify(args);
  let result = ranOnce.get(key);
  if (!result) {
    result = runCli(args, root);
    ranOnce.set(key, result);
  }
  return result;
}
/** The JSON report of the old Markdown policy, at 2026-11-28. */
const oldMarkdownJson = () => [
  "audit",
  "--root",
  root,
  "--as-of",
  "2026-11-28",
  "--format",
  "json",
  join(dir, "policies", "old-policy.md"),
];
/** The JSON report of the example project's data (no built policies), at 2026-11-28. */
const exampleDataJson = () => [
  "audit",
  "--root",
  root,
  "--as-of",
  "2026-11-28",
  "--format",
  "json",
  "--out",
  join(dir, "none"),
];

/** The old policy as a hand-made Word file: one paragraph per line, headings as Word headings. */
async function oldPolicyDocx(): Promise<Buffer> {
  const children = OLD.split("\n")
    .filter((line) => line.trim())
    .map((line) => {
      const heading = /^(#+) (.*)$/.exec(line);
      if (heading)
        return new Paragraph({
          text: heading[2],
          heading: heading[1].length === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
        });
      return new Paragraph({ text: line });
    });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "policysmith-audit-"));
  mkdirSync(join(dir, "policies"));
  writeFileSync(join(dir, "policies", "old-policy.md"), OLD);
  writeFileSync(join(dir, "policies", "old-policy.docx"), await oldPolicyDocx());
  writeFileSync(join(dir, "policies", "old-policy.pdf"), await renderPdf(sampleDocument(OLD)));
  writeFileSync(
    join(dir, "policies", "current-policy.md"),
    readFileSync(join(existing, "current-policy.md")),
  );
  mkdirSync(join(dir, "bad"));
  writeFileSync(join(dir, "bad", "not-a-zip.docx"), "this is not a Word file");
  writeFileSync(join(dir, "bad", "empty.pdf"), "");
  const blank = await PDFDocument.create();
  blank.addPage();
  writeFileSync(join(dir, "bad", "scan.pdf"), await blank.save());
  mkdirSync(join(dir, "nothing-here"));
  // Fresh policies for three clean example settings.
  const build = await runCli(
    [
      "build",
      "--root",
      root,
      "--org",
      "riverside-primary-school,harbour-lights-family-support,jo-whitfield-childminding",
      "--out",
      join(dir, "out"),
      "--quiet",
    ],
    root,
  );
  expect(build.code, build.stderr).toBe(0);
}, 120_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("policysmith audit on existing policies", () => {
  for (const ext of ["md", "docx", "pdf"]) {
    it(`finds the old template's problems in a .${ext} file`, async () => {
      const args = oldMarkdownJson();
      args[args.length - 1] = join(dir, "policies", `old-policy.${ext}`);
      const result = await (ext === "md" ? runOnce(args) : runCli(args, root));
      expect(result.code).toBe(1);
      const found = messages(result.stdout);
      const rules = new Set(found.map((m) => m.ruleId));
      for (const rule of ["placeholder-text", "review-overdue", "outdated-reference", "training-stale"])
        expect(rules, `${ext}: ${rule}`).toContain(rule);
      const outdated = found.filter((m) => m.ruleId === "outdated-reference").map((m) => m.excerpt ?? "");
      expect(outdated.join(" | ")).toMatch(/Local Safeguarding Children Board/);
      expect(outdated.join(" | ")).toMatch(/Data Protection Act 1998/);
      expect(outdated.join(" | ")).not.toMatch(/Human Rights Act|Serious Crime Act|Children Act 1989/);
      for (const m of found)
        if (m.ruleId !== "unreadable") expect(m.line, `${m.ruleId} has a line`).toBeGreaterThan(0);
    }, 60_000);
  }

  it("checks a policy file on its own, outside any project, with the default rules", async () => {
    const alone = mkdtempSync(join(tmpdir(), "policysmith-alone-"));
    try {
      writeFileSync(join(alone, "our-policy.md"), OLD);
      const result = await runCli(
        ["audit", "--as-of", "2026-11-28", "--format", "json", "our-policy.md"],
        alone,
      );
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/no partnership\.yaml here, so policysmith's defaults apply/);
      const rules = new Set(messages(result.stdout).map((m) => m.ruleId));
      for (const rule of ["placeholder-text", "review-overdue", "outdated-reference", "training-stale"])
        expect(rules).toContain(rule);
      // Without paths there is nothing to check: that still needs the project.
      expect((await runCli(["audit"], alone)).code).toBe(2);
    } finally {
      rmSync(alone, { recursive: true, force: true });
    }
  });

  it("finds nothing in a correct, current hand-written policy", async () => {
    const result = await runCli(
      ["audit", "--root", root, "--as-of", "2026-11-28", join(dir, "policies", "current-policy.md")],
      root,
    );
    // …because it was read and checked: one document.
    expect(result.stdout).toContain("No problems found (0 settings and 1 document checked as of 2026-11-28)");
    expect(result.code).toBe(0);
  });

  it("reports unreadable files as findings and still audits the rest", async () => {
    const result = await runCli(
      [
        "audit",
        "--root",
        root,
        "--as-of",
        "2026-11-28",
        "--format",
        "json",
        join(dir, "bad"),
        join(dir, "nothing-here"),
        join(dir, "policies", "old-policy.md"),
      ],
      root,
    );
    expect(result.code).toBe(1);
    const found = messages(result.stdout);
    const unreadable = found.filter((m) => m.ruleId === "unreadable");
    expect(unreadable.map((m) => m.file.split(/[\\/]/).slice(-2).join("/")).sort()).toEqual([
      "bad/empty.pdf",
      "bad/not-a-zip.docx",
      "bad/scan.pdf",
      `${dir.split(/[\\/]/).at(-1)}/nothing-here`,
    ]);
    expect(unreadable.find((m) => m.file.endsWith("scan.pdf"))?.message).toMatch(/no text layer/);
    expect(unreadable.find((m) => m.file.endsWith("not-a-zip.docx"))?.message).toMatch(
      /not a Word \.docx file/,
    );
    expect(found.some((m) => m.ruleId === "review-overdue")).toBe(true);
    expect(result.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});

describe("policysmith audit on our own example settings", () => {
  it("finds nothing in freshly built policies of clean settings, in every format", async () => {
    const out = join(dir, "out");
    const orgs = ["riverside-primary-school", "harbour-lights-family-support", "jo-whitfield-childminding"];
    const data = await runCli(
      ["audit", "--root", root, "--out", out, "--as-of", "2026-11-28", "--org", orgs.join(",")],
      root,
    );
    expect(data.stdout).toContain("No problems found (3 settings and 6 documents checked as of 2026-11-28)");
    expect(data.code).toBe(0);
    const files = orgs.flatMap((id) =>
      ["docx", "pdf"].flatMap((ext) =>
        ["child-protection", "referral-guide"].map((t) => join(out, id, `${t}.${ext}`)),
      ),
    );
    const docs = await runCli(
      ["audit", "--root", root, "--out", out, "--as-of", "2026-11-28", "--format", "json", ...files],
      root,
    );
    expect(messages(docs.stdout)).toEqual([]);
    // Every file was read and checked, not skipped.
    expect((JSON.parse(docs.stdout) as { documentsChecked: number }).documentsChecked).toBe(files.length);
    expect(docs.code).toBe(0);
  }, 300_000);

  it("gives the same findings in worker threads as in one thread", async () => {
    // One setting's six built files (each 2 s of CPU to audit: eighteen pages) and the four old and current policies:
    // enough documents for the threads (two each, at least) and every format.
    const args = [
      "audit",
      "--root",
      root,
      "--as-of",
      "2027-06-01",
      "--format",
      "json",
      "--out",
      join(dir, "out"),
      join(dir, "out", "harbour-lights-family-support"),
      join(dir, "policies"),
    ];
    const one = await runCli([...args, "--jobs", "1"], root);
    const two = await runCli([...args, "--jobs", "2"], root);
    expect(messages(one.stdout).length).toBeGreaterThan(5);
    // At least two documents a thread: the audit hands them to worker threads (auditedInWorkers).
    expect((JSON.parse(one.stdout) as { documentsChecked: number }).documentsChecked).toBeGreaterThanOrEqual(
      8,
    );
    expect(two.stdout).toBe(one.stdout);
  }, 300_000);

  it("reports the example data's deliberate problems with file, line and setting", async () => {
    const result = await runOnce(exampleDataJson());
    expect(result.code).toBe(1);
    const found = messages(result.stdout);
    const stale = found.find(
      (m) => m.ruleId === "training-stale" && m.file === "orgs/kestrel-park-academy.yaml",
    );
    expect(stale?.line).toBeGreaterThan(0);
    expect(
      found.some((m) => m.ruleId === "review-overdue" && m.file === "orgs/millbrook-rovers-jfc.yaml"),
    ).toBe(true);
    // bramble-youth-club has no deputy, waived in partnership.yaml until 2027-03-31.
    expect(
      found.some((m) => m.ruleId === "deputy-missing" && m.file === "orgs/bramble-youth-club.yaml"),
    ).toBe(false);
    expect(result.stderr).toContain("no built policies");
  });

  it("turns an expired waiver into a finding", async () => {
    const result = await runCli(
      [
        "audit",
        "--root",
        root,
        "--as-of",
        "2027-04-01",
        "--format",
        "json",
        "--org",
        "bramble-youth-club",
        "--out",
        join(dir, "none"),
      ],
      root,
    );
    const found = messages(result.stdout);
    expect(found.some((m) => m.ruleId === "deputy-missing")).toBe(true);
    const expired = found.find((m) => m.ruleId === "waiver-expired");
    expect(expired?.file).toBe("partnership.yaml");
    expect(expired?.message).toMatch(/expired on 31 March 2027/);
  });
});

describe("policysmith audit reports and exit codes", () => {
  const oldFile = () => join(dir, "policies", "old-policy.md");

  /** The findings of the same audit (its arguments with --format json), read from its JSON report. */
  async function findingsOf(jsonArgs: string[]) {
    const found = messages((await runOnce(jsonArgs)).stdout);
    expect(found.length).toBeGreaterThan(3);
    return found;
  }
  /** Them as "level line ruleId", level as SARIF and GitHub name it. */
  const expectedFindings = async (jsonArgs: string[]) =>
    (await findingsOf(jsonArgs))
      .map((m) => `${m.severity === 2 ? "error" : "warning"} ${m.line} ${m.ruleId}`)
      .sort();

  it("writes JUnit XML that parses, with a testsuite per setting and a failure per rule that found something", async () => {
    const args = ["audit", "--root", root, "--as-of", "2026-11-28", "--out", join(dir, "none")];
    const result = await runCli([...args, "--format", "junit"], root);
    expect(XMLValidator.validate(result.stdout)).toBe(true);
    expect(result.stdout.match(/<testsuite /g)?.length).toBe(8);
    const failing = new Set((await findingsOf(exampleDataJson())).map((m) => `${m.file} ${m.ruleId}`));
    expect(result.stdout.match(/<failure /g)?.length).toBe(failing.size);
    // A finding sits in its own setting's suite, under its rule.
    expect(result.stdout).toMatch(
      /<testsuite name="millbrook-rovers-jfc"(?:(?!<\/testsuite>)[\s\S])*<testcase name="review-overdue" classname="millbrook-rovers-jfc">\s*<failure /,
    );
  });

  it("writes SARIF 2.1.0 with rules and results located by line", async () => {
    const result = await runCli(
      ["audit", "--root", root, "--as-of", "2026-11-28", "--format", "sarif", oldFile()],
      root,
    );
    const log = JSON.parse(result.stdout);
    // The official schema is not reachable offline; this is its required core, written from the SARIF 2.1.0 spec.
    const validate = new Ajv({ allErrors: true, strict: false }).compile(SARIF_CORE_SCHEMA);
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.version).toBe("2.1.0");
    const ruleIds = log.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    const results = log.runs[0].results as Array<{
      level: string;
      ruleId: string;
      locations: Array<{ physicalLocation: { region: { startLine: number } } }>;
    }>;
    // One result per finding of the same audit, with its level, line and rule.
    expect(
      results.map((r) => `${r.level} ${r.locations[0].physicalLocation.region.startLine} ${r.ruleId}`).sort(),
    ).toEqual(await expectedFindings(oldMarkdownJson()));
    for (const r of log.runs[0].results) {
      expect(ruleIds[r.ruleIndex]).toBe(r.ruleId);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThan(0);
    }
  });

  it("writes GitHub annotations", async () => {
    const result = await runCli(
      ["audit", "--root", root, "--as-of", "2026-11-28", "--format", "github", oldFile()],
      root,
    );
    expect(result.stdout).toMatch(
      /^::error file=[^,]*old-policy\.md,line=\d+,col=\d+,(endLine=\d+,endColumn=\d+,)?title=placeholder-text::/m,
    );
    // One annotation per finding of the same audit, with its level, line and rule, and nothing else.
    const annotations = result.stdout
      .split("\n")
      .filter((line) => line !== "")
      .map((line) =>
        /^::(error|warning) file=[^,]*,line=(\d+),.*?title=([\w-]+)::/.exec(line)?.slice(1).join(" "),
      );
    expect(annotations.sort()).toEqual(await expectedFindings(oldMarkdownJson()));
  });

  it("writes the report to --output, replacing an older one whole, and still sets the exit code", async () => {
    const reports = mkdtempSync(join(dir, "reports-"));
    const file = join(reports, "report.json");
    writeFileSync(file, `${"an older, longer report ".repeat(2000)}\n`);
    const result = await runCli(
      ["audit", "--root", root, "--as-of", "2026-11-28", "--format", "json", "--output", file, oldFile()],
      root,
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/Audit report written to .*report\.json \(\d+ errors, \d+ warnings\)/);
    // The whole file is the new report (JSON.parse fails on any leftover of the older one).
    expect(messages(readFileSync(file, "utf8")).length).toBeGreaterThan(3);
    expect(readdirSync(reports)).toEqual(["report.json"]);
  });

  it("keeps the previous report whole and leaves no temporary file when writing --output fails half-way", () => {
    const reports = mkdtempSync(join(dir, "reports-"));
    const file = join(reports, "report.json");
    const previous = `${JSON.stringify({ results: [], note: "the previous, good report" })}\n`;
    writeFileSync(file, previous);
    // A file-size limit of 1 KB: the new report (several KB) is cut off part-way through its write (EFBIG).
    const bin = fileURLToPath(new URL("../bin/policysmith.js", import.meta.url));
    const args = ["audit", "--root", root, "--as-of", "2026-11-28", "--format", "json", "--output", file];
    const result = spawnSync(
      "sh",
      ["-c", 'ulimit -f 1 && exec "$@"', "sh", process.execPath, bin, ...args, oldFile()],
      {
        cwd: root,
        encoding: "utf8",
        timeout: 60_000,
      },
    );
    expect(readFileSync(file, "utf8"), "the previous report").toBe(previous);
    expect(readdirSync(reports), "files beside the report").toEqual(["report.json"]);
    expect(result.status, result.stderr).toBe(2);
    expect(result.stderr).toMatch(/report\.json.*could not be written/);
    expect(result.stderr).not.toMatch(/internal error|\n\s+at /);
  }, 60_000);

  it("--quiet reports every error and no warning; --max-warnings fails on too many warnings", async () => {
    const args = oldMarkdownJson();
    const all = messages((await runOnce(args)).stdout);
    const quiet = await runCli([...args, "--quiet"], root);
    expect(quiet.code).toBe(1);
    const errors = all.filter((m) => m.severity === 2);
    // The old policy has both, so dropping the warnings is visible.
    expect(errors.length).toBeGreaterThan(0);
    expect(all.length).toBeGreaterThan(errors.length);
    expect(messages(quiet.stdout)).toEqual(errors);
    const soon = await runCli(
      [
        "audit",
        "--root",
        root,
        "--as-of",
        "2026-11-28",
        "--org",
        "bramble-youth-club",
        "--out",
        join(dir, "none"),
        "--max-warnings",
        "0",
      ],
      root,
    );
    expect(soon.code).toBe(1);
    expect(soon.stderr).toMatch(/policysmith: \d+ warnings? is more than --max-warnings 0/);
    const allowed = await runCli(
      [
        "audit",
        "--root",
        root,
        "--as-of",
        "2026-11-28",
        "--org",
        "bramble-youth-club",
        "--out",
        join(dir, "none"),
      ],
      root,
    );
    expect(allowed.code).toBe(0);
  });

  it("merges shard reports into the same findings as one unsharded audit", async () => {
    const args = exampleDataJson();
    const whole = await runOnce(args);
    expect(messages(whole.stdout).length, "findings to merge").toBeGreaterThan(3);
    const shards: string[] = [];
    for (const i of [1, 2, 3]) {
      const file = join(dir, `shard-${i}.json`);
      await runCli([...args, "--shard", `${i}/3`, "--output", file], root);
      shards.push(file);
    }
    const merged = await runCli(["report", "merge", "--format", "json", ...shards], root);
    const key = (m: { ruleId: string; file: string; line: number | null }) =>
      `${m.file}:${m.line}:${m.ruleId}`;
    expect(messages(merged.stdout).map(key).sort()).toEqual(messages(whole.stdout).map(key).sort());
    expect(merged.code).toBe(whole.code);
    expect((JSON.parse(merged.stdout) as { settingsChecked: number }).settingsChecked).toBe(8);
    expect((await runCli(["report", "merge", join(dir, "policies", "old-policy.md")], root)).code).toBe(2);
  });

  it("exits 2 with a plain message for bad usage and for a rule configuration mistake", async () => {
    const usage = async (args: string[], says: RegExp) => {
      const result = await runCli(["audit", ...args], root);
      expect(result.code, args.join(" ")).toBe(2);
      expect(result.stderr, args.join(" ")).toMatch(says);
      expect(result.stderr, args.join(" ")).not.toMatch(/internal error|\n\s+at /);
      expect(result.stdout, args.join(" ")).toBe("");
    };
    await usage(["--as-of", "28/11/2026"], /--as-of "28\/11\/2026" is not a date — write it as YYYY-MM-DD/);
    await usage(["--format", "xml"], /--format "xml" is not a report format — use one of: .*json/);
    await usage(["no/such/file.docx"], /no\/such\/file\.docx does not exist/);
    const project = tempProject();
    const partnership = readFileSync(join(project, "partnership.yaml"), "utf8");
    writeFileSync(
      join(project, "partnership.yaml"),
      partnership.replace(/^rules:.*$/m, "rules:\n  trainng-stale: error"),
    );
    const result = await runCli(["audit", "--as-of", "2026-11-28"], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /partnership\.yaml:\d+:\d+ .*no audit rule "trainng-stale" — did you mean "training-stale"\?/,
    );
  });
});
