/**
 * Issue 14: an approval records the model version, and approval-outdated fires when the model has moved on.
 * The project is the repository's own (partnership.yaml, policy-templates/ with changelogs 2024.1, 2025.1, 2026.1)
 * copied to a temp folder, with one setting whose approval the test writes; "changing the model" adds a version
 * to a template's front matter there.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { approvedTemplate, checkApproval, compareVersions, modelVersions } from "../src/approval/approval.js";
import { approvalProblems } from "../src/approval/check-project.js";
import type { ReportDescriptor } from "../src/audit/rule.js";
import { rule } from "../src/audit/rules/approval-outdated.js";
import { rules } from "../src/audit/rules/index.js";
import { type LoadedProject, loadProject } from "../src/data/load-project.js";
import type { Setting, Severity } from "../src/model.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The repository's partnership and templates, and one primary school whose `approved:` block is `approved`. */
function project(approved: string, partnershipExtra = ""): string {
  const dir = mkdtempSync(join(tmpdir(), "policysmith-approval-"));
  made.push(dir);
  cpSync(join(REPO, "policy-templates"), join(dir, "policy-templates"), { recursive: true });
  writeFileSync(
    join(dir, "partnership.yaml"),
    readFileSync(join(REPO, "partnership.yaml"), "utf8") + partnershipExtra,
  );
  const school = readFileSync(join(REPO, "orgs", "riverside-primary-school.yaml"), "utf8").replace(
    / {2}approved:\n(?: {4}.*\n)+/,
    approved,
  );
  cpSync(join(REPO, "orgs"), join(dir, "orgs"), { recursive: true, filter: (p) => !p.endsWith(".yaml") });
  writeFileSync(join(dir, "orgs", "riverside-primary-school.yaml"), school);
  return dir;
}

const APPROVED_2025 = `  approved:\n    date: 2025-09-24\n    by: Riverside Primary School Governing Body\n    model_version: "2025.1"\n`;
const APPROVED_2026 = `  approved:\n    date: 2026-09-24\n    by: Riverside Primary School Governing Body\n    model_version: "2026.1"\n`;

/** Adds version 2027.1 (published 1 March 2027) to a template: the partnership changes its model. */
function newModelVersion(dir: string, id: string): void {
  const file = join(dir, "policy-templates", id, "template.md");
  const text = readFileSync(file, "utf8")
    .replace(/^version: "2026\.1"$/m, 'version: "2027.1"')
    .replace(
      /^(changelog:\n(?:.*\n)*?)(---)$/m,
      `$1  - version: "2027.1"\n    date: 2027-03-01\n    changes: A new section on online safety.\n$2`,
    );
  writeFileSync(file, text);
}

type Reported = ReportDescriptor & { severity?: Severity };

function runRule(loaded: LoadedProject, asOf: string, setting?: Setting): Reported[] {
  const reported: Reported[] = [];
  const target = setting ?? loaded.settings.find((s) => s.id === "riverside-primary-school");
  if (!target) throw new Error(`the setting did not load: ${JSON.stringify(loaded.problems)}`);
  rule.checkSetting?.({
    asOf,
    options: {},
    partnership: loaded.partnership,
    settingTypes: loaded.settingTypes,
    setting: target,
    report: (d) => reported.push(d),
    templates: loaded.templates,
  } as Parameters<NonNullable<typeof rule.checkSetting>>[0]);
  return reported;
}

describe("model versions", () => {
  it("orders versions part by part", () => {
    expect(["2026.1", "2025.10", "2025.2", "2024.1"].sort(compareVersions)).toEqual([
      "2024.1",
      "2025.2",
      "2025.10",
      "2026.1",
    ]);
  });

  it("an approval of model 2024.1 covers the child protection policy at 2024.1 and not the referral guide, first published in 2025.1", async () => {
    const loaded = await loadProject(project(APPROVED_2025));
    const cp = loaded.templates.find((t) => t.id === "child-protection");
    const guide = loaded.templates.find((t) => t.id === "referral-guide");
    if (!cp || !guide) throw new Error("templates missing");
    expect(modelVersions(loaded.templates)).toEqual(["2024.1", "2025.1", "2026.1"]);
    const approval = { date: "2024-10-01", by: "Governors", model_version: "2024.1" };
    expect(approvedTemplate(approval, cp)).toMatchObject({ kind: "version", version: "2024.1" });
    expect(approvedTemplate(approval, guide)).toMatchObject({ kind: "not-in-model", modelVersion: "2024.1" });
    expect(approvedTemplate({ date: "2024-10-01", by: "Governors" }, cp)).toEqual({ kind: "unknown" });
    // A template's own entry wins over the model version.
    expect(approvedTemplate({ ...approval, templates: { "referral-guide": "2026.1" } }, guide)).toMatchObject(
      { kind: "version", version: "2026.1", path: ["policy", "approved", "templates", "referral-guide"] },
    );
  });
});

describe("approval data", () => {
  it("a model version that does not exist is a data problem at policy.approved.model_version's line", async () => {
    const dir = project(
      `  approved:\n    date: 2025-09-24\n    by: Riverside Primary School Governing Body\n    model_version: "2025.2"\n`,
    );
    const loaded = await loadProject(dir);
    // The loader reports it (and leaves the setting out) once it runs the approval checks; until then they run here.
    const problems = [...loaded.problems, ...approvalProblems(loaded)];
    expect(problems).toHaveLength(1);
    const text = readFileSync(join(dir, "orgs", "riverside-primary-school.yaml"), "utf8").split("\n");
    expect(problems[0]).toMatchObject({
      file: "orgs/riverside-primary-school.yaml",
      path: "policy.approved.model_version",
      settingId: "riverside-primary-school",
    });
    expect(text[(problems[0].line ?? 0) - 1]).toContain('model_version: "2025.2"');
    expect(problems[0].column).toBe(20);
    expect(problems[0].message).toBe(
      '"2025.2" is not a version of the partnership\'s model — the versions are 2024.1, 2025.1, 2026.1 (see the changelog at the top of each template in policy-templates/); write the version the governors approved',
    );
  });

  it("a template entry must name a template and one of its versions", async () => {
    const loaded = await loadProject(project(APPROVED_2025));
    const approval = {
      date: "2025-09-24",
      by: "Governors",
      templates: { "referral-guide": "2024.1", "child-protektion": "2025.1" },
    };
    const problems = checkApproval(approval, loaded.templates);
    expect(problems.map((p) => p.path.join("."))).toEqual([
      "policy.approved.templates.referral-guide",
      "policy.approved.templates.child-protektion",
    ]);
    expect(problems[0].message).toContain("its versions are 2025.1, 2026.1");
    expect(problems[1].message).toContain("use one of: child-protection, referral-guide");
  });

  it("an approval dated before the version it names was published is a problem", async () => {
    const loaded = await loadProject(project(APPROVED_2025));
    const problems = checkApproval(
      { date: "2026-06-01", by: "Governors", model_version: "2026.1" },
      loaded.templates,
    );
    expect(problems.map((p) => p.message)).toEqual([
      "the approval is dated 1 June 2026, before model 2026.1 was published on 1 September 2026 — check the approval date and the version approved",
    ]);
  });

  it("an approval without a version is still valid, and the rule says nothing about it", async () => {
    const loaded = await loadProject(
      project(`  approved:\n    date: 2025-09-24\n    by: Riverside Primary School Governing Body\n`),
    );
    expect(loaded.problems).toEqual([]);
    expect(approvalProblems(loaded)).toEqual([]);
    expect(runRule(loaded, "2026-12-01")).toEqual([]);
  });

  it("the schema refuses a version written as a number, and one in another form", async () => {
    const unquoted = await loadProject(
      project(`  approved:\n    date: 2025-09-24\n    by: Governors\n    model_version: 2025.1\n`),
    );
    expect(unquoted.problems.map((p) => p.message)).toEqual([
      '2025.1 was read as a number — put it in quotes, e.g. "2025.1"',
    ]);
    const worded = await loadProject(
      project(`  approved:\n    date: 2025-09-24\n    by: Governors\n    model_version: "September 2025"\n`),
    );
    expect(worded.problems.map((p) => [p.path, p.line])).toEqual([["policy.approved.model_version", 16]]);
  });
});

describe("approval-outdated", () => {
  it("is registered, a warning by default", () => {
    expect(rules).toContain(rule);
    expect(rule.meta.defaultSeverity).toBe("warning");
  });

  it("a setting approved against 2025.1 is told the model is now 2026.1 — a warning within 60 days of 1 September 2026, an error after", async () => {
    const loaded = await loadProject(project(APPROVED_2025));
    expect(loaded.problems).toEqual([]);
    const within = runRule(loaded, "2026-10-31");
    expect(within.map((d) => [d.message, d.severity, d.path?.join(".")])).toEqual([
      [
        'The Child Protection Policy was approved on 24 September 2025 against model 2025.1; the model is now 2026.1 — approve it by 31 October 2026. Take the changes to the governing body for approval (policysmith diff riverside-primary-school shows what changed), then record the approval with model_version: "2026.1"',
        undefined,
        "policy.approved.model_version",
      ],
      [
        'The Referral Guide for Designated Safeguarding Leads was approved on 24 September 2025 against model 2025.1; the model is now 2026.1 — approve it by 31 October 2026. Take the changes to the governing body for approval (policysmith diff riverside-primary-school shows what changed), then record the approval with model_version: "2026.1"',
        undefined,
        "policy.approved.model_version",
      ],
    ]);
    expect(within[0]).toMatchObject({ actual: "2025.1", expected: "2026.1" });
    const after = runRule(loaded, "2026-11-01");
    expect(after.map((d) => d.severity)).toEqual(["error", "error"]);
    expect(after[0].message).toContain("the time allowed to approve it ended on 31 October 2026");
  });

  it("the grace period comes from partnership.yaml's approval_grace_days", async () => {
    const loaded = await loadProject(project(APPROVED_2025, "\napproval_grace_days: 10\n"));
    expect(loaded.partnership.approval_grace_days).toBe(10);
    expect(runRule(loaded, "2026-09-11").map((d) => d.severity)).toEqual([undefined, undefined]);
    expect(runRule(loaded, "2026-09-12").map((d) => d.severity)).toEqual(["error", "error"]);
  });

  it("a setting that approved the current model is quiet until the model changes, then hears about the changed template only", async () => {
    const dir = project(APPROVED_2026);
    expect(runRule(await loadProject(dir), "2027-03-02")).toEqual([]);
    newModelVersion(dir, "child-protection");
    const loaded = await loadProject(dir);
    expect(loaded.templates.find((t) => t.id === "child-protection")?.version).toBe("2027.1");
    const reported = runRule(loaded, "2027-03-02");
    expect(reported).toHaveLength(1);
    expect(reported[0].message).toMatch(
      /^The Child Protection Policy was approved on 24 September 2026 against model 2026\.1; the model is now 2027\.1 — approve it by 30 April 2027\./,
    );
    expect(reported[0].severity).toBeUndefined();
  });

  it("only the templates the setting gets: its own templates list, or those whose applies_to names its type", async () => {
    const loaded = await loadProject(project(APPROVED_2025));
    const [setting] = loaded.settings;
    const only = runRule(loaded, "2026-10-01", { ...setting, templates: ["referral-guide"] });
    expect(only.map((d) => d.message.slice(0, 24))).toEqual(["The Referral Guide for D"]);
    const schoolsOnly = loaded.templates.map((t) =>
      t.id === "referral-guide" ? { ...t, applies_to: ["early-years"] } : t,
    );
    const reported: ReportDescriptor[] = [];
    rule.checkSetting?.({
      asOf: "2026-10-01",
      options: {},
      partnership: loaded.partnership,
      settingTypes: loaded.settingTypes,
      setting,
      report: (d) => reported.push(d),
      templates: schoolsOnly,
    } as Parameters<NonNullable<typeof rule.checkSetting>>[0]);
    expect(reported.map((d) => d.message.slice(0, 27))).toEqual(["The Child Protection Policy"]);
  });

  it("a template added to the model after the approved version is new since the approval", async () => {
    const loaded = await loadProject(
      project(
        `  approved:\n    date: 2024-09-24\n    by: Riverside Primary School Governing Body\n    model_version: "2024.1"\n`,
      ),
    );
    const reported = runRule(loaded, "2026-12-01");
    expect(reported.map((d) => d.message.split(" — ")[0])).toEqual([
      "The Child Protection Policy was approved on 24 September 2024 against model 2024.1; the model is now 2026.1",
      "The Referral Guide for Designated Safeguarding Leads is new since the approval on 24 September 2024 against model 2024.1 (it was not part of that model); the model is now 2026.1",
    ]);
    expect(reported[1].actual).toBe("none (model 2024.1)");
  });

  it("a template approved on its own at the current version is not reported", async () => {
    const loaded = await loadProject(
      project(
        `  approved:\n    date: 2026-09-24\n    by: Riverside Primary School Governing Body\n    model_version: "2025.1"\n    templates:\n      referral-guide: "2026.1"\n`,
      ),
    );
    expect(runRule(loaded, "2026-10-01").map((d) => d.message.slice(0, 27))).toEqual([
      "The Child Protection Policy",
    ]);
  });

  it("reports a version that does not exist as an error, and nothing else", async () => {
    const loaded = await loadProject(project(APPROVED_2025));
    const [setting] = loaded.settings;
    const approved = { date: "2025-09-24", by: "Governors", model_version: "2025.2" };
    const reported = runRule(loaded, "2026-10-01", { ...setting, policy: { ...setting.policy, approved } });
    expect(reported.map((d) => [d.severity, d.path?.join(".")])).toEqual([
      ["error", "policy.approved.model_version"],
    ]);
  });

  it("says nothing when the engine gives it no templates", async () => {
    const loaded = await loadProject(project(APPROVED_2025));
    const setting = loaded.settings[0];
    const reported: ReportDescriptor[] = [];
    rule.checkSetting?.({
      asOf: "2026-12-01",
      options: {},
      partnership: loaded.partnership,
      settingTypes: loaded.settingTypes,
      setting,
      report: (d) => reported.push(d),
    });
    expect(reported).toEqual([]);
  });
});
