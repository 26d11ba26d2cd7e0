/**
 * The GitHub Action (action.yml) tested locally: its audit step, scripts/github-action.mjs, runs with the
 * environment variables GitHub sets (GITHUB_STEP_SUMMARY, GITHUB_OUTPUT, GITHUB_WORKSPACE, RUNNER_TEMP and the
 * INPUT_* variables action.yml's `env:` passes) against a built copy of the fixture project in a sub-folder of
 * the "repository", and a hand-written policy. Checks the job summary, the annotations, the outputs, the exit
 * code for fail-on error / warning and max-warnings, and that action.yml and the example workflow hang together.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = fileURLToPath(new URL("..", import.meta.url));
const CLI = join(root, "bin/policysmith.js");
const SCRIPT = join(root, "scripts/github-action.mjs");
const TIMEOUT = 180_000;

let temp: string;
/** The "repository" (GITHUB_WORKSPACE); the policysmith project is its sub-folder policies/. */
let workspace: string;
let project: string;
let runs = 0;

/** A hand-written policy that is current but names a replaced body and an old term: two warnings only. */
const warningsOnlyPolicy = `${readFileSync(join(root, "test/fixtures/hand-written/current-policy.md"), "utf8")}
We also follow the procedures of the Riverbend Local Safeguarding Children Board (LSCB).

Staff know that peer on peer abuse happens in every setting.
`;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), "policysmith-action-"));
  workspace = join(temp, "repo");
  project = join(workspace, "policies");
  mkdirSync(project, { recursive: true });
  cpSync(join(root, "test/fixtures/project"), project, { recursive: true });
  // little-stars made clean as of 2026-06-01 (its deputy gets a contact and training), so that one setting is green.
  const file = join(project, "orgs/little-stars.yaml");
  writeFileSync(
    file,
    readFileSync(file, "utf8").replace(
      "    name: Ben Hale\n",
      "    name: Ben Hale\n    email: ben@example.org\n    training:\n      - course: early-years-dsl\n        date: 2025-03-12\n",
    ),
  );
  mkdirSync(join(project, "handwritten"));
  writeFileSync(join(project, "handwritten/policy.md"), warningsOnlyPolicy);
  mkdirSync(join(project, "word"));
  cpSync(join(root, "test/corpus/brookside-academy.docx"), join(project, "word/brookside-academy.docx"));
  const built = spawnSync(process.execPath, [CLI, "build", "--format", "html"], {
    cwd: project,
    encoding: "utf8",
    timeout: TIMEOUT,
  });
  expect(built.stderr).toBe("");
  expect(built.status).toBe(0);
}, TIMEOUT);

afterAll(() => {
  if (temp) rmSync(temp, { recursive: true, force: true });
});

interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
}

/** Runs the audit step as action.yml does: inputs as INPUT_* variables, in the working directory. */
function action(inputs: Record<string, string>, cwd = project, repo = workspace): ActionRun {
  const dir = join(temp, `run-${++runs}`);
  mkdirSync(dir);
  const summaryFile = join(dir, "summary.md");
  const outputFile = join(dir, "output.txt");
  writeFileSync(summaryFile, "");
  writeFileSync(outputFile, "");
  // Nothing from the environment this test runs in (which may itself be a GitHub Actions job).
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(process.env))
    if (value !== undefined && !/^(INPUT_|GITHUB_|RUNNER_)/.test(name)) env[name] = value;
  Object.assign(env, {
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: repo,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_OUTPUT: outputFile,
    RUNNER_TEMP: join(dir, "runner-temp"),
    INPUT_PATHS: "",
    INPUT_AS_OF: "",
    INPUT_FORMAT: "sarif",
    INPUT_MAX_WARNINGS: "",
    INPUT_SARIF: "false",
    INPUT_FAIL_ON: "error",
    ...inputs,
  });
  mkdirSync(env.RUNNER_TEMP);
  const result = spawnSync(process.execPath, [SCRIPT], { cwd, env, encoding: "utf8", timeout: TIMEOUT });
  const outputs: Record<string, string> = {};
  for (const m of readFileSync(outputFile, "utf8").matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm))
    outputs[m[1]] = m[3];
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    summary: readFileSync(summaryFile, "utf8"),
    outputs,
  };
}

const annotations = (stdout: string) => liveCommands(stdout);

/** The workflow commands GitHub would act on: every "::" line outside ::stop-commands::TOKEN … ::TOKEN::. */
function liveCommands(stdout: string): string[] {
  const live: string[] = [];
  let stopped: string | undefined;
  for (const line of stdout.split("\n")) {
    if (stopped !== undefined) {
      if (line === `::${stopped}::`) stopped = undefined;
    } else if (line.startsWith("::stop-commands::")) stopped = line.slice("::stop-commands::".length);
    else if (line.startsWith("::")) live.push(line);
  }
  return live;
}

describe("the action's audit step (scripts/github-action.mjs)", () => {
  it(
    "audits the project: a red / amber / green row per setting, annotations on repository paths, SARIF, exit 1 on errors",
    () => {
      const run = action({ INPUT_AS_OF: "2026-12-01", INPUT_SARIF: "true" });
      expect(run.code).toBe(1);
      expect(run.summary).toContain("| Setting | Status | Errors | Warnings |");
      expect(run.summary).toContain("| little-stars | 🔴 red | 1 | 0 |");
      expect(run.summary).toContain("| oak-primary | 🔴 red | 2 | 2 |");
      expect(run.summary).toContain("Failed");
      expect(run.summary).toContain("3 errors, 2 warnings");
      // The setting's name goes into the summary as text, not as markdown.
      expect(run.summary).toContain("St Mary's \\*Little\\* \\[Stars\\] \\#1's policy was due for review");
      const lines = annotations(run.stdout);
      expect(lines).toContain(
        "::error file=policies/orgs/oak-primary.yaml,line=17,col=15,title=training-stale (oak-primary)::" +
          "Cara Lee's Designated Safeguarding Lead training is dated 15 October 2024, more than 24 months before 1 December 2026 — book a refresher and record the new date (also in output/oak-primary/mini.html)",
      );
      expect(lines.filter((l) => l.startsWith("::error "))).toHaveLength(3);
      expect(lines.filter((l) => l.startsWith("::warning "))).toHaveLength(2);
      expect(
        lines.every((l) =>
          /^::(error|warning) file=policies\/orgs\/[a-z-]+\.yaml,line=\d+,col=\d+,title=/.test(l),
        ),
      ).toBe(true);
      expect(run.outputs).toMatchObject({ errors: "3", warnings: "2" });
      expect(run.outputs["sarif-file"]).toMatch(/audit\.sarif$/);
      expect(run.outputs["report-file"]).toBe(run.outputs["sarif-file"]);
      const sarif = JSON.parse(readFileSync(run.outputs["sarif-file"], "utf8"));
      expect(sarif.version).toBe("2.1.0");
      const uris = sarif.runs[0].results.map(
        (r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
          r.locations[0].physicalLocation.artifactLocation.uri,
      );
      expect(uris).toHaveLength(5);
      for (const uri of uris) expect(uri).toMatch(/^policies\/orgs\/(little-stars|oak-primary)\.yaml$/);
    },
    TIMEOUT,
  );

  it(
    "a clean setting is green, one with warnings only amber, and warnings alone pass with fail-on error",
    () => {
      const run = action({ INPUT_AS_OF: "2026-06-01" });
      expect(run.code).toBe(0);
      expect(run.summary).toContain("| little-stars | 🟢 green | 0 | 0 |");
      expect(run.summary).toContain("| oak-primary | 🟠 amber | 0 | 2 |");
      expect(run.summary).toContain("Passed");
      expect(annotations(run.stdout).filter((l) => l.startsWith("::error"))).toEqual([]);
      expect(run.outputs).toMatchObject({ errors: "0", warnings: "2", "sarif-file": "" });
      // The report file in the default format (sarif) is written even when no upload is asked for.
      expect(existsSync(run.outputs["report-file"])).toBe(true);
    },
    TIMEOUT,
  );

  it(
    "fail-on warning fails on warnings alone",
    () => {
      const run = action({ INPUT_AS_OF: "2026-06-01", INPUT_FAIL_ON: "warning" });
      expect(run.code).toBe(1);
      expect(run.summary).toContain("fail-on: warning");
    },
    TIMEOUT,
  );

  it(
    "a hand-written policy given in paths: its own amber row and warning annotations; max-warnings decides",
    () => {
      const inputs = { INPUT_AS_OF: "2026-12-01", INPUT_PATHS: "handwritten/policy.md\n" };
      const run = action(inputs);
      expect(run.code).toBe(0);
      expect(run.summary).toContain("| policies/handwritten/policy.md (no setting) | 🟠 amber | 0 | 2 |");
      const lines = annotations(run.stdout);
      expect(lines).toHaveLength(2);
      for (const line of lines)
        expect(line).toMatch(
          /^::warning file=policies\/handwritten\/policy\.md,line=\d+,col=\d+,title=outdated-reference::/,
        );
      expect(action({ ...inputs, INPUT_MAX_WARNINGS: "2" }).code).toBe(0);
      const over = action({ ...inputs, INPUT_MAX_WARNINGS: "1" });
      expect(over.code).toBe(1);
      expect(over.summary).toContain("2 warnings is more than max-warnings: 1");
      expect(action({ ...inputs, INPUT_FAIL_ON: "warning" }).code).toBe(1);
    },
    TIMEOUT,
  );

  it(
    "a Word policy's findings say where a person finds them (section, paragraph), not a line of the .docx",
    () => {
      const run = action({ INPUT_AS_OF: "2026-12-01", INPUT_PATHS: "word/brookside-academy.docx\n" });
      expect(run.summary).toContain("| File | Where | Rule | Message |");
      expect(run.summary).toMatch(
        /\| policies\/word\/brookside-academy\.docx \| under .*paragraph \d+ \| review-due-soon \|/,
      );
      const lines = annotations(run.stdout);
      expect(lines.length).toBeGreaterThan(0);
      for (const line of lines) {
        expect(line).toMatch(/^::(?:error|warning) file=policies\/word\/brookside-academy\.docx,title=/);
        expect(line).toMatch(/ \(at (?:section|under|before|page)[^:]*\)$/);
      }
    },
    TIMEOUT,
  );

  it(
    "format junit with sarif: both files, each in its own format",
    () => {
      const run = action({ INPUT_AS_OF: "2026-12-01", INPUT_FORMAT: "junit", INPUT_SARIF: "true" });
      expect(run.code).toBe(1);
      expect(run.outputs["report-file"]).toMatch(/audit\.xml$/);
      expect(readFileSync(run.outputs["report-file"], "utf8")).toContain("<testsuites");
      expect(JSON.parse(readFileSync(run.outputs["sarif-file"], "utf8")).version).toBe("2.1.0");
    },
    TIMEOUT,
  );

  it(
    "format xlsx: a workbook, made by the audit itself (report merge has no workbook)",
    () => {
      const run = action({ INPUT_AS_OF: "2026-06-01", INPUT_FORMAT: "xlsx" });
      expect(run.code).toBe(0);
      expect(run.outputs["report-file"]).toMatch(/audit\.xlsx$/);
      expect(readFileSync(run.outputs["report-file"]).subarray(0, 2).toString("latin1")).toBe("PK");
    },
    TIMEOUT,
  );

  it(
    "a setting that cannot be read fails the run, and the others are still audited and summarised",
    () => {
      const repo = join(temp, "broken-repo");
      cpSync(workspace, repo, { recursive: true });
      writeFileSync(join(repo, "policies/orgs/broken.yaml"), "id: broken\nname: [unclosed\n");
      // A setting whose data carries a workflow command: the audit quotes it, the runner must not obey it.
      writeFileSync(
        join(repo, "policies/orgs/injected.yaml"),
        'id: injected\nname: Injected\ntype: nursery\narea: riverbend\n"\\n::error file=x::injected\\n::add-mask::a": 1\n',
      );
      const run = action({ INPUT_AS_OF: "2026-06-01" }, join(repo, "policies"), repo);
      expect(run.code).toBe(1);
      expect(run.summary).toContain("| oak-primary | 🟠 amber | 0 | 2 |");
      expect(run.summary).toContain("### Messages from the audit");
      expect(run.summary).toContain("orgs/broken.yaml");
      expect(run.summary).toContain("some settings could not be checked");
      expect(run.stdout).toContain("\n::error file=x::injected");
      expect(run.summary).toContain("orgs/injected.yaml");
      expect(
        liveCommands(run.stdout).filter(
          (l) => !l.startsWith("::warning file=policies/orgs/oak-primary.yaml,"),
        ),
      ).toEqual([]);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
    TIMEOUT,
  );

  it.each([
    ["INPUT_FAIL_ON", "errors", "fail-on"],
    ["INPUT_MAX_WARNINGS", "ten", "max-warnings"],
    ["INPUT_SARIF", "yes", "sarif"],
    ["INPUT_FORMAT", "pdf", "format"],
  ])(
    "a wrong input (%s=%s) stops before the audit with exit 2 and says which input",
    (name, value, input) => {
      const run = action({ [name]: value });
      expect(run.code).toBe(2);
      expect(run.stdout).toMatch(new RegExp(`^::error title=policysmith::the ${input} input "${value}"`));
      expect(run.summary).toContain("The audit did not run");
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
  );

  it(
    "an audit that cannot run (a wrong as-of date) exits 2 with the audit's own message in the summary",
    () => {
      const run = action({ INPUT_AS_OF: "2026-13-01" });
      expect(run.code).toBe(2);
      expect(run.summary).toContain("The audit could not run");
      expect(run.summary).toContain('--as-of "2026-13-01" is not a date');
      expect(run.stdout).toContain("::error title=policysmith::");
      expect(run.outputs.errors).toBe("");
    },
    TIMEOUT,
  );
});

describe("action.yml", () => {
  const action = parse(readFileSync(join(root, "action.yml"), "utf8"));
  const steps: Array<Record<string, unknown>> = action.runs.steps;
  const step = (which: (s: Record<string, unknown>) => boolean) => {
    const found = steps.find(which);
    if (!found) throw new Error(`action.yml has no such step: ${which}`);
    return found;
  };
  const expression = (text: string) => `\${{ ${text} }}`;

  it("is a composite action with the inputs and outputs it documents", () => {
    expect(action.runs.using).toBe("composite");
    expect(Object.keys(action.inputs).sort()).toEqual(
      ["as-of", "fail-on", "format", "max-warnings", "paths", "sarif", "working-directory"].sort(),
    );
    for (const input of Object.values(action.inputs) as Array<{ description?: string; required?: boolean }>) {
      expect(input.description).toBeTruthy();
      expect(input.required).toBe(false);
    }
    expect(action.inputs.format.default).toBe("sarif");
    expect(action.inputs["fail-on"].default).toBe("error");
    expect(action.inputs.sarif.default).toBe("false");
    expect(Object.keys(action.outputs).sort()).toEqual(["errors", "report-file", "sarif-file", "warnings"]);
  });

  it("sets up Node 20 when needed, installs from its own checkout, runs the script, uploads SARIF only when asked", () => {
    const setup = step((s) => String(s.uses).startsWith("actions/setup-node@"));
    expect(setup.uses).toBe("actions/setup-node@v4");
    expect((setup.with as { "node-version": unknown })["node-version"]).toBe(20);
    expect(String(setup.if)).toContain("steps.node.outputs.ok != 'true'");
    const install = step((s) => String(s.run ?? "").includes("npm ci"));
    expect(install["working-directory"]).toBe(expression("github.action_path"));
    expect(install.run).toContain("npm run build");
    const audit = step((s) => s.id === "audit");
    expect(audit.run).toContain("scripts/github-action.mjs");
    expect(audit["working-directory"]).toBe(expression("inputs.working-directory"));
    const upload = step((s) => String(s.uses).startsWith("github/codeql-action/upload-sarif@"));
    expect(String(upload.if)).toContain("inputs.sarif == 'true'");
    expect((upload.with as { sarif_file: string }).sarif_file).toBe(
      expression("steps.audit.outputs.sarif-file"),
    );
    // Every step that runs a shell names it (composite actions require it).
    for (const s of steps) if (s.run) expect(s.shell).toBe("bash");
  });

  it("passes every input the script reads through env, and nothing is pasted into a shell command", () => {
    const audit = step((s) => s.id === "audit") as { env: Record<string, string>; run: string };
    const read = [...new Set(readFileSync(SCRIPT, "utf8").match(/INPUT_[A-Z_]+/g))].sort();
    expect(Object.keys(audit.env).sort()).toEqual(read);
    for (const [name, value] of Object.entries(audit.env)) {
      const input = name.slice("INPUT_".length).toLowerCase().replace(/_/g, "-");
      expect(value).toBe(expression(`inputs.${input}`));
    }
    for (const s of steps) expect(String(s.run ?? "")).not.toMatch(/\$\{\{\s*inputs\./);
  });

  it("the example workflow uses the action with inputs it has", () => {
    const workflow = parse(readFileSync(join(root, "examples/github-actions.yml"), "utf8"));
    const uses = Object.values(workflow.jobs as Record<string, { steps: Array<Record<string, unknown>> }>)
      .flatMap((job) => job.steps)
      .filter((s) => s.uses === "OWNER/policysmith@v1" || s.uses === "./");
    expect(uses.length).toBeGreaterThan(0);
    for (const step of uses)
      for (const input of Object.keys((step.with as object) ?? {}))
        expect(Object.keys(action.inputs)).toContain(input);
  });
});
