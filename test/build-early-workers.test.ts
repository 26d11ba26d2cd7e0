/**
 * Issue 15, a build's worker threads start while the main thread loads the project (startWorkersEarly): the build
 * takes them and writes the same bytes as one that started its own; threads no build takes are stopped (piscina
 * lets idle threads end with the process anyway, but they would hold memory and CPU for nothing). Counted and
 * compared, never timed.
 */
import { readdirSync, readFileSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeEach, describe, expect, it } from "vitest";
import { buildProject, earlyWorkerUse, startWorkersEarly, stopEarlyWorkers } from "../src/build/build.js";
import { loadProject } from "../src/data/load-project.js";
import { runCli } from "./helpers/run-cli.js";
import { spawnCaptured } from "./helpers/spawn-captured.js";
import { FIXTURE_PROJECT, tempProject } from "./helpers/temp-project.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));

/** Every file under a folder, by its path inside it, as bytes. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile() && /\.(docx|pdf|html)$/.test(entry.name)) {
      const path = join(entry.parentPath, entry.name);
      out.set(relative(dir, path), readFileSync(path));
    }
  return out;
}

/** The test project with four settings (the fixture's two and a copy of each), so a build uses its workers. */
function fourSettings(): string {
  const orgs = join(FIXTURE_PROJECT, "orgs");
  const copies: Record<string, string> = {};
  for (const name of readdirSync(orgs))
    copies[`orgs/copy-${name}`] = readFileSync(join(orgs, name), "utf8").replace(
      /^id: *(\S+)/m,
      "id: copy-$1",
    );
  return tempProject(copies);
}

beforeEach(() => {
  Object.assign(earlyWorkerUse, { started: 0, taken: 0, stopped: 0, warmedUp: 0 });
});

describe("worker threads started early (issue 15)", () => {
  it("are taken by the build, which writes the same bytes as a build that starts its own", async () => {
    const root = fourSettings();
    const project = await loadProject(root, { settingValues: false });
    expect(project.settingFileIds.length).toBeGreaterThanOrEqual(4);
    const options = { formats: ["html", "docx", "pdf"] as const, jobs: 2, force: true, listFiles: false };

    const own = join(root, "own-output");
    await buildProject(project, { ...options, formats: [...options.formats], outDir: own });
    expect(earlyWorkerUse).toMatchObject({ started: 0, taken: 0, stopped: 0 });

    startWorkersEarly(2, root);
    const early = join(root, "early-output");
    const again = await loadProject(root, { settingValues: false });
    const result = await buildProject(again, { ...options, formats: [...options.formats], outDir: early });
    await stopEarlyWorkers();
    expect(earlyWorkerUse).toMatchObject({ started: 1, taken: 1, stopped: 0 });
    expect(result.failed.size).toBe(0);

    const a = files(own);
    const b = files(early);
    expect(a.size).toBeGreaterThanOrEqual(project.settingFileIds.length * 3);
    expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
    for (const [path, bytes] of a) expect(b.get(path)?.equals(bytes), path).toBe(true);
  }, 240_000);

  it("are stopped when no build takes them, and one job starts none", async () => {
    const root = tempProject();
    startWorkersEarly(1, root);
    expect(earlyWorkerUse.started).toBe(0);
    startWorkersEarly(2, root);
    await stopEarlyWorkers();
    await stopEarlyWorkers();
    expect(earlyWorkerUse).toMatchObject({ started: 1, taken: 0, stopped: 1 });
  }, 120_000);

  it("are stopped only once each has finished starting, however soon the stop comes", async () => {
    // Stopping a thread while Node still loads its module can abort the whole process (CI, stop 52: "FATAL ERROR:
    // v8::Module::IsGraphAsync … must be used on an instantiated module", after a usage error ended a first build a
    // moment after its threads started). Each thread's warm-up runs only after its module has loaded.
    startWorkersEarly(2, tempProject());
    await stopEarlyWorkers();
    expect(earlyWorkerUse).toEqual({ started: 1, taken: 0, stopped: 1, warmedUp: 2 });
  }, 120_000);

  it("start for a first build of a project with several settings, not for one setting or a rebuild", async () => {
    const several = fourSettings();
    expect((await runCli(["build", "--jobs", "2", "--format", "html"], several)).code).toBe(0);
    expect(earlyWorkerUse).toMatchObject({ started: 1, taken: 1, stopped: 0 });
    // The rebuild finds the last build's manifest: it may have nothing to render.
    expect((await runCli(["build", "--jobs", "2", "--format", "html"], several)).code).toBe(0);
    expect(earlyWorkerUse.started).toBe(1);

    const one = tempProject();
    rmSync(join(one, "orgs", "oak-primary.yaml"));
    expect((await runCli(["build", "--jobs", "2", "--format", "html"], one)).code).toBe(0);
    expect(earlyWorkerUse.started).toBe(1);
  }, 240_000);

  it("end with the command when a usage error stops a first build after they started", async () => {
    const root = fourSettings();
    const run = await spawnCaptured(
      process.execPath,
      [join(REPO, "bin", "policysmith.js"), "build", "--template", "no-such-template", "--jobs", "2"],
      { cwd: root, env: { ...process.env, CI: "" }, timeout: 60_000 },
    );
    // The usage error is still the command's answer, in plain words, with threads started before it was found.
    // (Once, in a full CI run on a busy machine, the command ended by a signal — status null: say which, and what it
    // printed, if it happens again.)
    expect(run.status, `signal ${run.signal}; stderr: ${run.stderr.slice(-2000)}`).toBe(2);
    expect(run.stderr).toMatch(/no template called no-such-template/);
  }, 180_000);
});
