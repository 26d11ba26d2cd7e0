/**
 * Issue 14 through `policysmith audit`: a setting approved against the previous model gets approval-outdated from
 * the audit — a warning within the grace period, an error after it — and an approval naming a model version that
 * does not exist is a data problem at its line (exit 1) from the loader, so `validate` reports it too.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { runCli } from "./helpers/run-cli.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function project(modelVersion: string): string {
  const dir = mkdtempSync(join(tmpdir(), "policysmith-approval-audit-"));
  made.push(dir);
  for (const name of ["policy-templates", "partnership.yaml"])
    cpSync(join(REPO, name), join(dir, name), { recursive: true });
  const school = readFileSync(join(REPO, "orgs", "riverside-primary-school.yaml"), "utf8").replace(
    "    date: 2026-09-24\n    by: Riverside Primary School Governing Body\n",
    `    date: 2025-09-24\n    by: Riverside Primary School Governing Body\n    model_version: "${modelVersion}"\n`,
  );
  cpSync(join(REPO, "orgs"), join(dir, "orgs"), {
    recursive: true,
    filter: (p) => !p.endsWith(".yaml"),
  });
  writeFileSync(join(dir, "orgs", "riverside-primary-school.yaml"), school);
  return dir;
}

async function findings(dir: string, asOf: string) {
  const result = await runCli(["audit", "--as-of", asOf, "--format", "json"], dir);
  const report = JSON.parse(result.stdout) as {
    results: Array<{
      messages: Array<{
        ruleId: string;
        severity: 1 | 2;
        message: string;
        line: number | null;
      }>;
    }>;
  };
  const found = report.results
    .flatMap((r) => r.messages)
    .filter((m) => m.ruleId === "approval-outdated")
    .map((m) => ({ ...m, severity: m.severity === 2 ? "error" : "warning" }));
  return { code: result.code, found };
}

describe("approval-outdated in policysmith audit", () => {
  it("a warning within 60 days of the new model's publication, an error after, at policy.approved.model_version's line", async () => {
    const dir = project("2025.1");
    const within = await findings(dir, "2026-10-31");
    expect(within.found.map((f) => [f.severity, f.line])).toEqual([
      ["warning", 16],
      ["warning", 16],
    ]);
    expect(within.found[0].message).toMatch(
      /^The Child Protection Policy was approved on 24 September 2025 against model 2025\.1; the model is now 2026\.1/,
    );
    const after = await findings(dir, "2026-11-01");
    expect(after.found.map((f) => f.severity)).toEqual(["error", "error"]);
    expect(after.code).toBe(1);
  });

  it("an approval naming a model version that does not exist is a data problem at its line in validate", async () => {
    const dir = project("2025.2");
    const result = await runCli(["validate"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'orgs/riverside-primary-school.yaml:16:20 policy.approved.model_version: "2025.2" is not a version of the partnership\'s model',
    );
  });
});
