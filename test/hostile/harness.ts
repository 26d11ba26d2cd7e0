/**
 * The hostile-input suite's table runner. Each case starts from a copy of a project that has already been
 * built once (its good outputs exist), breaks something, runs one command, and checks what a user is
 * promised whatever the input:
 *   - the exit code the case states, and the words it states (file:line:col, what to do);
 *   - no stack trace and no "internal error";
 *   - every file that existed before (project, outputs, and a folder beside the project) is byte-identical
 *     afterwards, except the paths the case says may change; nothing new appears outside output/ unless the
 *     case allows it;
 *   - a time limit (cases that could hang run in a child process, killed at the limit).
 *
 * Layout of a case's folder:  <tmp>/project/…  (the project)   <tmp>/outside/secret.txt  (must never change
 * or be echoed).
 */
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { inCI } from "../helpers/tools.js";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const FIXTURE_PROJECT = join(REPO, "test/fixtures/project");
/** The repository itself is the example project (partnership.yaml, orgs/, policy-templates/). */
export const EXAMPLE_PROJECT = REPO;
const BIN = join(REPO, "bin/policysmith.js");

/** What a secret file outside the project holds: it must never be printed. */
export const SECRET = "TOP-SECRET-DO-NOT-PRINT-4711";

export interface CaseDir {
  /** The project folder (has partnership.yaml, orgs/, policy-templates/, output/). */
  project: string;
  /** A folder beside the project holding secret.txt; nothing may change or read out from here. */
  outside: string;
  /** Writes a file relative to the project (creating folders). */
  write(path: string, data: string | Uint8Array): void;
  read(path: string): string;
  /** Replaces text in a project file; fails the case if the text is not there (a case that tests nothing). */
  edit(path: string, from: string | RegExp, to: string): void;
}

export interface Result {
  code: number;
  stdout: string;
  stderr: string;
  /** stdout + stderr */
  output: string;
  timedOut: boolean;
  ms: number;
}

export interface HostileCase {
  /** Short id, unique in the suite: "org-filter-keeps-others". */
  id: string;
  /** The class it belongs to, for the table in the closing note: yaml, template, logo, paths, … */
  class: string;
  /** Which project to start from: the small fixture (2 settings, 1 template; default) or the examples. */
  project?: "fixture" | "examples";
  /** The build run before the case, whose outputs must survive. Default: html only, one thread. false: none. */
  prebuild?: string[] | false;
  setup?: (dir: CaseDir) => void | Promise<void>;
  /** The command, without "policysmith". A function gets the case folder (for paths). */
  args: string[] | ((dir: CaseDir) => string[]);
  exit: number;
  /** Each must appear in stdout or stderr. */
  says?: Array<string | RegExp>;
  saysNot?: Array<string | RegExp>;
  /** Project-relative paths (prefix strings or patterns) that may change, appear or vanish. */
  mayChange?: Array<string | RegExp>;
  /** Run in a child process (for anything that could hang or needs a real process). */
  subprocess?: boolean;
  /** Default 60 s in a child process; in-process cases are bounded by the test timeout. */
  timeLimitMs?: number;
  env?: Record<string, string>;
  /**
   * What the case needs from the machine (a mount, a tool): a reason it cannot run here, or undefined. Where it
   * cannot, the case is skipped with a loud message on a developer's machine and fails in CI.
   */
  requires?: () => string | undefined;
  /** Runs after the case whatever happened (unmount what setup mounted). */
  teardown?: (dir: CaseDir) => void | Promise<void>;
  /** Extra checks after the common ones. */
  check?: (dir: CaseDir, result: Result) => void | Promise<void>;
}

const DEFAULT_PREBUILD = ["build", "--format", "html", "--jobs", "1", "--quiet"];

/**
 * One suite's folders: the built projects its cases start from (by project and build), and every folder it made,
 * removed after the suite. Kept per suite, not per module: the hostile files share one module graph when they
 * run in the same worker thread (vitest.config.ts), and each must clean up after itself.
 */
interface SuiteFolders {
  made: string[];
  baselines: Map<string, string>;
}

function copyProject(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const name of ["partnership.yaml", "orgs", "policy-templates"]) {
    if (existsSync(join(from, name))) cpSync(join(from, name), join(to, name), { recursive: true });
  }
}

async function baseline(
  { made, baselines }: SuiteFolders,
  kind: "fixture" | "examples",
  prebuild: string[] | false,
): Promise<string> {
  const key = `${kind} ${prebuild === false ? "-" : prebuild.join(" ")}`;
  const cached = baselines.get(key);
  if (cached) return cached;
  const dir = mkdtempSync(join(tmpdir(), "policysmith-hostile-base-"));
  made.push(dir);
  copyProject(kind === "fixture" ? FIXTURE_PROJECT : EXAMPLE_PROJECT, dir);
  if (prebuild !== false) {
    const result = await runCli(prebuild, dir);
    if (result.code !== 0)
      throw new Error(`the baseline build failed (${result.code}):\n${result.stdout}\n${result.stderr}`);
  }
  baselines.set(key, dir);
  return dir;
}

function caseDir(root: string): CaseDir {
  const project = join(root, "project");
  const outside = join(root, "outside");
  return {
    project,
    outside,
    write(path, data) {
      const full = join(project, path);
      mkdirSync(join(full, ".."), { recursive: true });
      writeFileSync(full, data);
    },
    read(path) {
      return readFileSync(join(project, path), "utf8");
    },
    edit(path, from, to) {
      const text = readFileSync(join(project, path), "utf8");
      const next = text.replace(from, to);
      if (next === text) throw new Error(`case setup: "${String(from)}" is not in ${path}`);
      writeFileSync(join(project, path), next);
    },
  };
}

/** sha256 of every regular file below dir (symlinks and special files are recorded as such, not read). */
export function snapshot(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const full = join(entry.parentPath, entry.name);
    const rel = relative(dir, full);
    if (entry.isSymbolicLink()) files.set(rel, "symlink");
    else if (entry.isFile()) files.set(rel, createHash("sha256").update(readFileSync(full)).digest("hex"));
    else if (!entry.isDirectory()) files.set(rel, "special");
  }
  return files;
}

function matches(path: string, patterns: Array<string | RegExp>): boolean {
  return patterns.some((p) => (typeof p === "string" ? path === p || path.startsWith(p) : p.test(path)));
}

const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(node:.+\))$/m;

export async function runCase(c: HostileCase, cwd: string, args: string[]): Promise<Result> {
  const started = performance.now();
  if (c.subprocess) {
    // Not spawnSync: a worker blocked for up to a minute misses vitest's messages ("Timeout calling
    // onTaskUpdate") and fails the run.
    const child = await new Promise<{
      status: number | null;
      signal: string | null;
      stdout: string;
      stderr: string;
    }>((resolve, reject) => {
      const running = execFile(
        process.execPath,
        [BIN, ...args],
        {
          cwd,
          encoding: "utf8",
          timeout: c.timeLimitMs ?? 60_000,
          killSignal: "SIGKILL",
          // execFile rejects output past maxBuffer (1 MiB by default); a case that prints a lot is still a case.
          maxBuffer: 16 * 1024 * 1024,
          env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...c.env },
        },
        (error, stdout, stderr) => {
          if (error && typeof error.code === "string") reject(error);
          else resolve({ status: running.exitCode, signal: running.signalCode, stdout, stderr });
        },
      );
      running.stdin?.end();
    });
    const { stdout, stderr } = child;
    return {
      code: child.status ?? -1,
      stdout,
      stderr,
      output: stdout + stderr,
      timedOut: child.signal === "SIGKILL",
      ms: performance.now() - started,
    };
  }
  const result = await runCli(args, cwd, c.env ?? {});
  return {
    ...result,
    output: result.stdout + result.stderr,
    timedOut: false,
    ms: performance.now() - started,
  };
}

/** Registers one vitest test per case, named "[class] id". */
export function hostileSuite(name: string, cases: HostileCase[]): void {
  const ids = new Set<string>();
  for (const c of cases) {
    if (ids.has(c.id)) throw new Error(`hostile case id "${c.id}" is used twice in ${name}`);
    ids.add(c.id);
  }
  describe(name, () => {
    const folders: SuiteFolders = { made: [], baselines: new Map() };
    afterAll(() => {
      for (const dir of folders.made.splice(0)) rmSync(dir, { recursive: true, force: true });
      folders.baselines.clear();
    });
    for (const c of cases) {
      it(`[${c.class}] ${c.id}`, async (test) => {
        const missing = c.requires?.();
        if (missing) {
          if (inCI()) throw new Error(`CI is set and this case cannot run: ${missing}`);
          console.warn(`\n!!! hostile case ${c.id} SKIPPED: ${missing}\n`);
          test.skip();
          return;
        }
        const base = await baseline(folders, c.project ?? "fixture", c.prebuild ?? DEFAULT_PREBUILD);
        const root = mkdtempSync(join(tmpdir(), "policysmith-hostile-"));
        folders.made.push(root);
        const dir = caseDir(root);
        cpSync(base, dir.project, { recursive: true });
        mkdirSync(dir.outside, { recursive: true });
        writeFileSync(join(dir.outside, "secret.txt"), `${SECRET}\n`);
        try {
          await runChecked(c, dir);
        } finally {
          await c.teardown?.(dir);
        }
      });
    }
  });
}

async function runChecked(c: HostileCase, dir: CaseDir): Promise<void> {
  await c.setup?.(dir);
  const before = snapshot(dir.project);
  const outsideBefore = snapshot(dir.outside);

  const args = typeof c.args === "function" ? c.args(dir) : c.args;
  const result = await runCase(c, dir.project, args);
  const context = `policysmith ${args.join(" ")}\n--- exit ${result.code}${result.timedOut ? " (killed at the time limit)" : ""}\n--- stdout\n${result.stdout}\n--- stderr\n${result.stderr}`;

  expect(result.timedOut, `timed out\n${context}`).toBe(false);
  expect(result.code, context).toBe(c.exit);
  expect(result.output, `a stack trace\n${context}`).not.toMatch(STACK_TRACE);
  expect(result.output, `an internal error\n${context}`).not.toMatch(/internal error/i);
  expect(result.output, `printed a file from outside the project\n${context}`).not.toContain(SECRET);
  for (const words of c.says ?? []) {
    if (typeof words === "string") expect(result.output, context).toContain(words);
    else expect(result.output, context).toMatch(words);
  }
  for (const words of c.saysNot ?? []) {
    if (typeof words === "string") expect(result.output, context).not.toContain(words);
    else expect(result.output, context).not.toMatch(words);
  }

  // Nothing outside the project changed; nothing in it changed but what the case allows.
  expect(snapshot(dir.outside), "a file outside the project changed").toEqual(outsideBefore);
  // The build's records: what it wrote, and what it learnt about the input files (src/build/load-cache.ts).
  const allowed = ["output/manifest.json", "output/manifest-cache.json", ...(c.mayChange ?? [])];
  const after = snapshot(dir.project);
  for (const [path, hash] of before) {
    if (matches(path, allowed)) continue;
    expect(after.has(path), `${path} was deleted\n${context}`).toBe(true);
    expect(after.get(path), `${path} was changed\n${context}`).toBe(hash);
  }
  for (const path of after.keys()) {
    if (before.has(path) || matches(path, allowed)) continue;
    expect(path.startsWith("output/"), `${path} was created outside output/\n${context}`).toBe(true);
    expect(path, `a temporary file was left behind\n${context}`).not.toMatch(
      /\.tmp|\.\d{5,}$|policysmith-tmp/,
    );
  }
  await c.check?.(dir, result);
}

/** Paths of every output of a setting in a project's output folder (relative to the project). */
export function outputsOf(dir: CaseDir, settingId: string): string[] {
  const folder = join(dir.project, "output", settingId);
  if (!existsSync(folder)) return [];
  return readdirSync(folder).map((name) => `output/${settingId}/${name}`);
}
