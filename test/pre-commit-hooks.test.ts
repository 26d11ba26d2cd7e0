/**
 * .pre-commit-hooks.yaml: each hook's entry names a real policysmith command with flags it has, its file
 * patterns pick the settings' data and policy documents (not templates or a README), and the audit hook,
 * run the way pre-commit runs it (the changed files as arguments, from the project folder), fails on a
 * setting with errors and passes a clean policy.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(root, "bin/policysmith.js");
const TIMEOUT = 120_000;

interface Hook {
  id: string;
  name: string;
  entry: string;
  language: string;
  files: string;
  exclude?: string;
  pass_filenames?: boolean;
}

const hooks: Hook[] = parse(readFileSync(join(root, ".pre-commit-hooks.yaml"), "utf8"));
const hook = (id: string) => {
  const found = hooks.find((h) => h.id === id);
  if (!found) throw new Error(`.pre-commit-hooks.yaml has no hook ${id}`);
  return found;
};

/** The entry, with the project's own policysmith (npx --no policysmith) replaced by this checkout's CLI. */
function entryArgs(h: Hook): string[] {
  const words = h.entry.split(/\s+/);
  expect(words.slice(0, 3)).toEqual(["npx", "--no", "policysmith"]);
  return words.slice(3);
}

/** What pre-commit passes: the changed files its `files` pattern matches and its `exclude` pattern does not. */
const selected = (h: Hook, files: string[]) =>
  files.filter((f) => new RegExp(h.files).test(f) && !(h.exclude && new RegExp(h.exclude).test(f)));

let project: string;
beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), "policysmith-pre-commit-"));
  cpSync(join(root, "test/fixtures/project"), project, { recursive: true });
  cpSync(join(root, "test/fixtures/hand-written"), join(project, "policies"), { recursive: true });
}, TIMEOUT);
afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe(".pre-commit-hooks.yaml", () => {
  it("has the audit hook (changed files passed) and the validate hook (no file names)", () => {
    expect(hooks.map((h) => h.id)).toEqual(["policysmith-audit", "policysmith-validate"]);
    expect(hook("policysmith-audit").pass_filenames ?? true).toBe(true);
    expect(hook("policysmith-validate").pass_filenames).toBe(false);
    for (const h of hooks) {
      expect(h.name).toBeTruthy();
      expect(["system", "node"]).toContain(h.language);
    }
  });

  it.each(["policysmith-audit", "policysmith-validate"])(
    "%s: its entry is a real command with flags the command has",
    (id) => {
      const [command, ...flags] = entryArgs(hook(id));
      const help = spawnSync(process.execPath, [CLI, command, "--help"], {
        encoding: "utf8",
        timeout: TIMEOUT,
      });
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(`Usage: policysmith ${command}`);
      for (const flag of flags) {
        expect(flag).toMatch(/^-/);
        expect(help.stdout).toMatch(
          new RegExp(`(^|[\\s,])${flag.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "m"),
        );
      }
    },
    TIMEOUT,
  );

  it("the audit hook picks settings' data and policy documents, not templates or a README", () => {
    const changed = [
      "orgs/little-stars.yaml",
      "partnership/orgs/oak-primary.yml",
      "policies/current-policy.md",
      "output/little-stars/child-protection.docx",
      "output/little-stars/child-protection.pdf",
      "output/little-stars/child-protection.html",
      "README.md",
      "docs/CHANGELOG.md",
      "policy-templates/child-protection/template.md",
      "node_modules/pkg/readme.md",
      "partnership.yaml",
      "orgs/logos/logo.png",
      "package.json",
    ];
    expect(selected(hook("policysmith-audit"), changed)).toEqual([
      "orgs/little-stars.yaml",
      "partnership/orgs/oak-primary.yml",
      "policies/current-policy.md",
      "output/little-stars/child-protection.docx",
      "output/little-stars/child-protection.pdf",
      "output/little-stars/child-protection.html",
    ]);
    expect(selected(hook("policysmith-validate"), changed)).toEqual([
      "orgs/little-stars.yaml",
      "partnership/orgs/oak-primary.yml",
      "policy-templates/child-protection/template.md",
      "partnership.yaml",
    ]);
  });

  it(
    "run as pre-commit runs it, the audit hook fails on a setting with errors and passes a clean policy",
    () => {
      // A fixed date (a flag pre-commit users could add too), so that the fixtures do not age.
      const args = [...entryArgs(hook("policysmith-audit")), "--as-of", "2026-12-01"];
      const run = (files: string[]) =>
        spawnSync(process.execPath, [CLI, ...args, ...selected(hook("policysmith-audit"), files)], {
          cwd: project,
          encoding: "utf8",
          timeout: TIMEOUT,
        });
      const failing = run(["orgs/little-stars.yaml", "README.md"]);
      expect(failing.status).toBe(1);
      expect(failing.stdout).toContain("orgs/little-stars.yaml");
      const clean = run(["policies/current-policy.md", "policy-templates/mini/template.md"]);
      expect(clean.stderr).toBe("");
      expect(clean.stdout).toContain("1 document checked");
      expect(clean.status).toBe(0);
    },
    TIMEOUT,
  );

  it(
    "the validate hook runs in the project and passes good data",
    () => {
      const validate = spawnSync(process.execPath, [CLI, ...entryArgs(hook("policysmith-validate"))], {
        cwd: project,
        encoding: "utf8",
        timeout: TIMEOUT,
      });
      expect(validate.stderr).not.toMatch(/\n\s+at /);
      expect(validate.status).toBe(0);
    },
    TIMEOUT,
  );
});
