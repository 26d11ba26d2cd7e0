/**
 * policysmith diff: a setting approved against the previous model, the model changed (a fictional 2027.1 made
 * here from the real 2026.1: one sentence reworded, one section removed, one added), and the redline it gets —
 * a Word document with real tracked changes that LibreOffice opens and shows, and an HTML page of the same.
 */
import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { strFromU8, unzipSync } from "fflate";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadProject } from "../src/data/load-project.js";
import type { Setting, TemplateMeta } from "../src/model.js";
import { sectionChangesSinceApproval } from "../src/redline/setting.js";
import { axeSource, browserAvailable, launchBrowser, WCAG_AA_TAGS } from "./helpers/browser.js";
import { runCli } from "./helpers/run-cli.js";
import { type OfficeJob, runLibreOffice, toolsAvailable } from "./helpers/tools.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const SETTING = "riverside-primary-school";
const ADDED_SECTION = [
  "### Children who are educated at home",
  "",
  "Some children are taught at home by their parents. If staff learn that a child is to leave us for home education,",
  "they tell the DSL, who makes sure the local authority knows before the child leaves.",
  "",
].join("\n");

/** policysmith diff, run in-process through the CLI (src/cli.ts) with its output captured. */
function runDiff(args: string[], cwd: string) {
  return runCli(["diff", ...args], cwd);
}

/** A project whose model moved on from 2026.1 (kept in versions/) to a fictional 2027.1. */
function changedModelProject(): string {
  const root = mkdtempSync(join(tmpdir(), "policysmith-redline-"));
  copyFileSync(join(REPO, "partnership.yaml"), join(root, "partnership.yaml"));
  mkdirSync(join(root, "orgs"));
  for (const id of [SETTING, "acorns-day-nursery"])
    copyFileSync(join(REPO, "orgs", `${id}.yaml`), join(root, "orgs", `${id}.yaml`));
  cpSync(join(REPO, "versions"), join(root, "versions"), { recursive: true });
  cpSync(join(REPO, "policy-templates"), join(root, "policy-templates"), { recursive: true });
  const file = join(root, "policy-templates", "child-protection", "template.md");
  let text = readFileSync(file, "utf8");
  const edit = (from: RegExp | string, to: string) => {
    const next = text.replace(from, to);
    if (next === text) throw new Error(`the test's model change did not apply: ${from}`);
    text = next;
  };
  edit('version: "2026.1"', 'version: "2027.1"');
  edit(
    /(changelog:\n)/,
    '$1  - version: "2027.1"\n    date: 2027-09-01\n    changes: A test change (fictional) — home education added, private fostering taken out.\n',
  );
  edit(
    "has the right to be safe, to be listened to",
    "has the right to be safe and to feel safe, to be listened to",
  );
  edit(/### Private fostering\n[\s\S]*?(?=### Children with special)/, "");
  edit(
    "### Children with special educational needs",
    `${ADDED_SECTION}\n### Children with special educational needs`,
  );
  writeFileSync(file, text);
  return root;
}

function docxPart(path: string, part = "word/document.xml"): string {
  return strFromU8(unzipSync(readFileSync(path))[part]);
}

/** The tracked changes in a LibreOffice flat document (.fodt): each region's metadata and its words. */
function trackedChanges(flat: string): { regions: string[]; inserted: string[]; deleted: string[] } {
  const tracked = /<text:tracked-changes[^>]*>([\s\S]*?)<\/text:tracked-changes>/.exec(flat)?.[1] ?? "";
  const found = [
    ...tracked.matchAll(/<text:changed-region[^>]*text:id="([^"]+)"[^>]*>([\s\S]*?)<\/text:changed-region>/g),
  ];
  // LibreOffice keeps both kinds of change in the text, between a change-start and a change-end mark.
  const marked = (id: string) =>
    (
      new RegExp(
        `<text:change-start text:change-id="${id}"/>([\\s\\S]*?)<text:change-end text:change-id="${id}"/>`,
      ).exec(flat)?.[1] ?? ""
    )
      .replace(/<[^>]+>/g, " ")
      .replace(/\s+/g, " ");
  return {
    regions: found.map(([, , region]) => region),
    inserted: found.filter(([, , r]) => r.includes("<text:insertion>")).map(([, id]) => marked(id)),
    deleted: found.filter(([, , r]) => r.includes("<text:deletion>")).map(([, id]) => marked(id)),
  };
}

/** Issue 14's project: the setting approved against model 2026.1, the model since moved on to 2027.1. */
function approvedProject(): string {
  const root = changedModelProject();
  const file = join(root, "orgs", `${SETTING}.yaml`);
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace(
      / {2}approved:\n {4}date: .*\n {4}by: .*\n/,
      '  approved:\n    date: 2026-09-24\n    by: Riverside Primary School Governing Body\n    model_version: "2026.1"\n',
    ),
  );
  return root;
}

/** Folders made for the whole file (issue 14's project, LibreOffice's), removed after it. */
const madeForFile: string[] = [];
afterAll(() => {
  for (const dir of madeForFile.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Issue 14's project and its `policysmith diff` (from the approval), made once by the first test that asks. */
let approved: { root: string; diff: ReturnType<typeof runCli> } | undefined;
function approvedRedline(): { root: string; diff: ReturnType<typeof runCli> } {
  if (!approved) {
    const root = approvedProject();
    madeForFile.push(root);
    approved = { root, diff: runCli(["diff", SETTING], root) };
  }
  return approved;
}

/** `policysmith diff SETTING --from 2026.1` in a project whose model moved on, made once by the first test that asks. */
let fromVersion: Promise<{ root: string; result: Awaited<ReturnType<typeof runDiff>> }> | undefined;
function fromVersionRedline(): Promise<{ root: string; result: Awaited<ReturnType<typeof runDiff>> }> {
  fromVersion ??= (async () => {
    const root = changedModelProject();
    madeForFile.push(root);
    return { root, result: await runDiff([SETTING, "--from", "2026.1"], root) };
  })();
  return fromVersion;
}
const fromVersionDocx = (root: string) =>
  join(root, "redline", SETTING, "child-protection-2026.1-to-2027.1.docx");

/** Where LibreOffice writes what it made of the two redlines. */
const FROM_VERSION = { fodt: "from-2026.1.fodt", pdf: "from-2026.1.pdf" };
const FROM_APPROVAL = { fodt: "from-approval.fodt" };

let office: Promise<{ dir: string; status: number | null; stderr: string }> | undefined;
/**
 * Both redlines in ONE LibreOffice start (each start costs seconds of CPU), by the first test that asks, whichever
 * it is: the one `--from 2026.1` makes (fromVersionRedline) to a flat document and a PDF, and the one from the
 * approval (issue 14) to a flat document.
 */
function redlinesInLibreOffice(): Promise<{ dir: string; status: number | null; stderr: string }> {
  office ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), "policysmith-redline-lo-"));
    madeForFile.push(dir);
    const { root, diff } = approvedRedline();
    const fromApproval = join(root, "redline", SETTING, "child-protection-2026.1-to-2027.1.docx");
    const version = await fromVersionRedline();
    const jobs: OfficeJob[] = [];
    if (version.result.code === 0)
      jobs.push({
        input: fromVersionDocx(version.root),
        steps: [
          { write: join(dir, FROM_VERSION.fodt), filter: "OpenDocument Text Flat XML" },
          { write: join(dir, FROM_VERSION.pdf), filter: "writer_pdf_Export" },
        ],
      });
    if ((await diff).code === 0)
      jobs.push({
        input: fromApproval,
        steps: [{ write: join(dir, FROM_APPROVAL.fodt), filter: "OpenDocument Text Flat XML" }],
      });
    return { dir, ...(await runLibreOffice(jobs, dir)) };
  })();
  return office;
}

describe("policysmith diff", () => {
  let root: string;
  let result: Awaited<ReturnType<typeof runDiff>>;
  const docx = () => fromVersionDocx(root);

  beforeAll(async () => {
    ({ root, result } = await fromVersionRedline());
  }, 120_000);

  it("writes a Word and an HTML redline for the template that changed, and says what changed", () => {
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(existsSync(docx())).toBe(true);
    expect(existsSync(docx().replace(/\.docx$/, ".html"))).toBe(true);
    expect(result.stdout).toContain("child-protection: model 2026.1 → 2027.1: 1 section added, 1 removed");
    // The referral guide is still at 2026.1: nothing to show, and said so.
    expect(result.stdout).toContain(
      "referral-guide: --from gives version 2026.1, which is the current version — nothing changed.",
    );
  });

  it("marks the changes as real Word revisions by policysmith, dated with the new version's changelog date", () => {
    const xml = docxPart(docx());
    const revisions = [...xml.matchAll(/<w:(ins|del) ([^>]*)>/g)];
    expect(revisions.length).toBeGreaterThan(4);
    for (const [, , attributes] of revisions) {
      expect(attributes).toContain('w:author="policysmith"');
      expect(attributes).toContain('w:date="2027-09-01T00:00:00Z"');
    }
    const ids = revisions.map(([, , a]) => /w:id="(\d+)"/.exec(a)?.[1]);
    expect(new Set(ids).size).toBe(ids.length);
    // The reworded sentence: only the new words inserted, nothing deleted around them.
    expect(xml).toMatch(
      /<w:ins [^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>\s*and to feel safe<\/w:t><\/w:r><\/w:ins>/,
    );
    // The removed section's heading and words are deletions, the added one's insertions.
    expect(xml).toMatch(
      /<w:del [^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:delText[^>]*>[\d.]* ?Private fostering<\/w:delText>/,
    );
    expect(xml).toMatch(
      /<w:ins [^>]*><w:r>(?:<w:rPr>.*?<\/w:rPr>)?<w:t[^>]*>[\d.]* ?Children who are educated at home<\/w:t>/,
    );
    // Track changes stays on for the governors' own edits.
    expect(docxPart(docx(), "word/settings.xml")).toContain("<w:trackRevisions/>");
  });

  it("opens with a plain summary: sections added, removed and changed, and the partnership's own note", () => {
    const xml = docxPart(docx());
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join("");
    const summary = text.slice(0, text.indexOf("The policy, with the changes marked"));
    expect(summary).toContain("What changed in the Child Protection Policy: model 2026.1 to 2027.1");
    expect(summary).toContain("1 section added: Children who are educated at home.");
    expect(summary).toContain("1 section removed: Private fostering.");
    expect(summary).toContain("3 sections changed: Front page; Purpose and scope; Document history.");
    expect(summary).toContain("A test change (fictional)");
  });

  it("writes an HTML page of the same changes, with <ins> and <del>", () => {
    const html = readFileSync(docx().replace(/\.docx$/, ".html"), "utf8");
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toMatch(/<ins>\s*and to feel safe<\/ins>/);
    expect(html).toMatch(/<del>[\d.]* ?Private fostering<\/del>/);
    expect(html).toContain("1 section added: Children who are educated at home.");
  });

  it("the HTML redline passes axe-core's WCAG 2.2 A/AA checks in Chromium, and needs no sideways scroll at 320 px", async () => {
    if (!browserAvailable("redline HTML accessibility in Chromium (axe-core)")) return;
    const browser = await launchBrowser();
    try {
      for (const width of [1280, 320]) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.setContent(readFileSync(docx().replace(/\.docx$/, ".html"), "utf8"), {
          waitUntil: "load",
        });
        await page.addScriptTag({ content: axeSource() });
        const violations: string[] = await page.evaluate(
          async (tags) => {
            // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page as a global
            const result = await (globalThis as any).axe.run(document, {
              runOnly: { type: "tag", values: tags },
              resultTypes: ["violations"],
            });
            return result.violations.flatMap((v: { id: string; nodes: Array<{ target: string[] }> }) =>
              v.nodes.map((n) => `${v.id} at ${n.target.join(" ")}`),
            );
          },
          [...WCAG_AA_TAGS, "best-practice"],
        );
        expect(violations, `at ${width} px`).toEqual([]);
        const sideways = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
        expect(sideways, `sideways scroll at ${width} px`).toBe(false);
        await page.close();
      }
    } finally {
      await browser.close();
    }
  }, 120_000);

  it("writes the same bytes every time", async () => {
    const first = readFileSync(docx());
    const firstHtml = readFileSync(docx().replace(/\.docx$/, ".html"));
    const again = await runDiff([SETTING, "--from", "2026.1", "--out", "again"], root);
    expect(again.code).toBe(0);
    const second = join(root, "again", SETTING, "child-protection-2026.1-to-2027.1");
    expect(readFileSync(`${second}.docx`).equals(first)).toBe(true);
    expect(readFileSync(`${second}.html`).equals(firstHtml)).toBe(true);
  }, 120_000);

  it("the built command (dist/, run as a user runs it) writes the same bytes in another process", () => {
    const run = spawnSync(
      process.execPath,
      [join(REPO, "bin", "policysmith.js"), "diff", SETTING, "--from", "2026.1", "--out", "built"],
      { cwd: root, encoding: "utf8", timeout: 120_000 },
    );
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const built = join(root, "built", SETTING, "child-protection-2026.1-to-2027.1");
    expect(readFileSync(`${built}.docx`).equals(readFileSync(docx()))).toBe(true);
    expect(readFileSync(`${built}.html`, "utf8")).toBe(
      readFileSync(docx().replace(/\.docx$/, ".html"), "utf8"),
    );
  }, 120_000);

  it("LibreOffice opens the redline and shows its insertions and deletions as tracked changes", async () => {
    if (!toolsAvailable("redline in LibreOffice", "soffice", "pdftoppm")) return;
    // The flat document and the PDF LibreOffice prints, in the file's one LibreOffice start.
    const lo = await redlinesInLibreOffice();
    expect(lo.status, lo.stderr).toBe(0);
    const fodtFile = join(lo.dir, FROM_VERSION.fodt);
    const pdfFile = join(lo.dir, FROM_VERSION.pdf);
    const flat = readFileSync(fodtFile, "utf8");
    const { regions, inserted, deleted } = trackedChanges(flat);
    for (const region of regions) {
      expect(region).toContain("<dc:creator>policysmith</dc:creator>");
      expect(region).toMatch(/<dc:date>2027-09-01(T00:00:00)?<\/dc:date>/);
    }
    expect(inserted.some((t) => t.includes("and to feel safe"))).toBe(true);
    expect(inserted.some((t) => t.includes("Children who are educated at home"))).toBe(true);
    expect(deleted.some((t) => t.includes("Private fostering"))).toBe(true);
    expect(deleted.some((t) => t.includes("2026"))).toBe(true);

    // Pictures for the closing note: page 1 (the summary), and the page where a section was removed and
    // another added. The PDF LibreOffice prints shows the changes marked, as on screen.
    const picture = (page: number, to: string) =>
      spawnSync(
        "pdftoppm",
        ["-png", "-r", "80", "-f", `${page}`, "-l", `${page}`, "-singlefile", pdfFile, to],
        {
          encoding: "utf8",
        },
      );
    expect(picture(1, "/tmp/redline-page1").status).toBe(0);
    expect(existsSync("/tmp/redline-page1.png")).toBe(true);
    const pages = spawnSync("pdftotext", ["-layout", pdfFile, "-"], { encoding: "utf8" }).stdout.split("\f");
    const changed = pages.findIndex((text) => /\d+\.\d+ +Private fostering/.test(text)) + 1;
    expect(changed).toBeGreaterThan(1);
    expect(pages[changed - 1]).toContain("Children who are educated at home");
    expect(picture(changed, "/tmp/redline-page-sections").status).toBe(0);
  }, 600_000);
});

describe("policysmith diff from the setting's approval", () => {
  let root: string;
  beforeAll(() => {
    root = changedModelProject();
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const approve = (lines: string) => {
    const file = join(root, "orgs", `${SETTING}.yaml`);
    const text = readFileSync(join(REPO, "orgs", `${SETTING}.yaml`), "utf8");
    const next = text.replace(/( {2}approved:\n {4}date: .*\n {4}by: .*\n)/, `$1${lines}`);
    if (next === text && lines) throw new Error("the test could not add to the approval");
    writeFileSync(file, next);
  };

  it("compares from the model version the approval records, and names the approval in the summary", async () => {
    approve('    model_version: "2026.1"\n');
    const result = await runDiff([SETTING], root);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const html = readFileSync(
      join(root, "redline", SETTING, "child-protection-2026.1-to-2027.1.html"),
      "utf8",
    );
    expect(html).toContain(
      "policy was approved on 24 September 2026 by Riverside Primary School Governing Body, against model version 2026.1.",
    );
  }, 120_000);

  it("with no version in the approval, says so and offers --from (exit 1)", async () => {
    approve("");
    const result = await runDiff([SETTING, "--out", "none-written"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "orgs/riverside-primary-school.yaml: the approval (policy.approved) does not say which model version Riverside Primary School Governing Body approved, so there is no previous version of the Child Protection Policy or the Referral Guide for Designated Safeguarding Leads to compare with — say which model version was approved with --from, e.g. policysmith diff riverside-primary-school --from 2026.1 (the model's versions: 2024.1, 2025.1, 2026.1, 2027.1; kept in versions/: 2026.1)",
    );
    expect(existsSync(join(root, "none-written"))).toBe(false);
  }, 120_000);

  it("with no approval at all, says so and offers --from (exit 1)", async () => {
    const file = join(root, "orgs", `${SETTING}.yaml`);
    writeFileSync(
      file,
      readFileSync(join(REPO, "orgs", `${SETTING}.yaml`), "utf8").replace(
        / {2}approved:\n {4}date: .*\n {4}by: .*\n/,
        "",
      ),
    );
    const result = await runDiff([SETTING], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "no approval is recorded (policy.approved), so there is no previous version",
    );
    expect(result.stderr).toContain("--from");
  }, 120_000);

  it("--from naming a version the model never had is a usage error that lists the versions (exit 2)", async () => {
    approve("");
    const result = await runDiff([SETTING, "--from", "2023.4"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(
      "--from 2023.4 is not a version of the model — versions: 2024.1, 2025.1, 2026.1, 2027.1",
    );
  }, 120_000);

  it("a version in the changelog whose words are not kept: says so, names the kept ones (exit 1)", async () => {
    approve("");
    const result = await runDiff([SETTING, "--from", "2025.1"], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "child-protection: the words of the Child Protection Policy at model version 2025.1 are not kept in versions/child-protection/ (kept: 2026.1)",
    );
  }, 120_000);

  it("an approval naming a version that does not exist is a problem at its line (exit 1)", async () => {
    approve('    model_version: "2019.1"\n');
    const result = await runDiff([SETTING], root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      /orgs\/riverside-primary-school\.yaml:16:\d+ policy\.approved\.model_version: "2019\.1" is not a version/,
    );
  }, 120_000);

  it("a template that was not in the approved model comes out whole, as inserted text", async () => {
    approve("");
    // The referral guide's first version is 2025.1: at model 2024.1 there was none.
    const result = await runDiff([SETTING, "--from", "2024.1"], root);
    expect(result.code).toBe(1); // child-protection 2024.1's words are not kept
    const xml = docxPart(join(root, "redline", SETTING, "referral-guide-2024.1-to-2026.1.docx"));
    expect(xml).not.toContain("<w:del ");
    expect(xml).toContain(
      "Model version 2024.1 had no Referral Guide for Designated Safeguarding Leads, so all of it is new",
    );
  }, 120_000);

  it("an --out folder that cannot be written is a usage error in plain words (exit 2)", async () => {
    approve('    model_version: "2026.1"\n');
    writeFileSync(join(root, "not-a-folder"), "a file, not a folder");
    const result = await runDiff([SETTING, "--out", "not-a-folder"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /^policysmith: the redline could not be written to not-a-folder\/riverside-primary-school\/child-protection-2026\.1-to-2027\.1\.docx: .* — choose another folder with --out\n$/,
    );
  }, 120_000);

  it("a setting that does not exist is a usage error (exit 2)", async () => {
    const result = await runDiff(["no-such-school"], root);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('no setting called "no-such-school"');
  }, 120_000);
});

describe("issue 14, done when: a setting approved against the previous model, and the model changes", () => {
  let root: string;
  beforeAll(() => {
    root = approvedRedline().root;
  });

  it("policysmith audit reports approval-outdated with the sections changed: a warning in the grace period, an error after it", async () => {
    const run = async (asOf: string) => {
      const result = await runCli(["audit", "--org", SETTING, "--as-of", asOf, "--format", "json"], root);
      const report = JSON.parse(result.stdout) as {
        results: Array<{ messages: Array<{ ruleId: string; severity: 1 | 2; message: string }> }>;
      };
      return report.results
        .flatMap((r) => r.messages)
        .filter((m) => m.ruleId === "approval-outdated")
        .map((m) => [m.message.split(" — ")[0], m.severity === 2 ? "error" : "warning"]);
    };
    expect(await run("2027-10-31")).toEqual([
      [
        "The Child Protection Policy was approved on 24 September 2026 against model 2026.1; the model is now 2027.1 (3 sections changed, 1 added, 1 removed)",
        "warning",
      ],
    ]);
    expect((await run("2027-11-01")).map(([, severity]) => severity)).toEqual(["error"]);
  }, 180_000);

  it("the redline from the approved version opens in LibreOffice with its tracked changes", async () => {
    // `policysmith diff SETTING` in this project, run once for the file (its redline shares a LibreOffice start).
    const result = await approvedRedline().diff;
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(existsSync(join(root, "redline", SETTING, "child-protection-2026.1-to-2027.1.docx"))).toBe(true);
    if (!toolsAvailable("redline in LibreOffice", "soffice")) return;
    const lo = await redlinesInLibreOffice();
    expect(lo.status, lo.stderr).toBe(0);
    const { inserted, deleted } = trackedChanges(readFileSync(join(lo.dir, FROM_APPROVAL.fodt), "utf8"));
    expect(inserted.some((t) => t.includes("and to feel safe"))).toBe(true);
    expect(deleted.some((t) => t.includes("Private fostering"))).toBe(true);
  }, 600_000);

  it("sectionChangesSinceApproval counts the sections changed since the approval, for approval-outdated's message", async () => {
    const loaded = await loadProject(root);
    const setting = loaded.settings.find((s) => s.id === SETTING) as Setting;
    const template = (id: string) => loaded.templates.find((t) => t.id === id) as TemplateMeta;
    const changes = await sectionChangesSinceApproval(loaded, setting, template("child-protection"));
    expect(changes?.added).toEqual(["Children who are educated at home"]);
    expect(changes?.removed).toEqual(["Private fostering"]);
    expect(changes?.changed).toContain("Purpose and scope");
    // The referral guide is still the version approved: nothing to count.
    expect(await sectionChangesSinceApproval(loaded, setting, template("referral-guide"))).toBeUndefined();
  }, 120_000);

  it("the calendar parses back with the approval deadline (the new version's date plus 60 days)", async () => {
    const result = await runCli(
      ["calendar", "--org", SETTING, "--as-of", "2027-09-15", "--out", "cal.ics"],
      root,
    );
    expect(result.code, result.stderr).toBe(0);
    const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(root, "cal.ics"), "utf8")));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    const deadline = events.find(
      (e) => /approv/i.test(e.summary) && /child protection/i.test(e.summary + e.description),
    );
    expect(deadline, events.map((e) => e.summary).join(" / ")).toBeDefined();
    expect(deadline?.startDate.toString()).toBe("2027-10-31");
  }, 180_000);
});
