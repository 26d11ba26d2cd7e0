/**
 * Issue 15, memory flat in N: the main thread keeps no record per output (the manifest is made from the
 * previous one and the journal), yet the manifest says exactly what it said when every record was kept.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Piscina } from "piscina";
import { describe, expect, it } from "vitest";
import { buildProject, WORKER_HEAP_MB, workerFailure, workerPoolOptions } from "../src/build/build.js";
import { loadProject } from "../src/data/load-project.js";
import { runCli } from "./helpers/run-cli.js";
import { tempProject } from "./helpers/temp-project.js";

function addSettings(dir: string, count: number) {
  const oak = readFileSync(join(dir, "orgs/oak-primary.yaml"), "utf8");
  for (let i = 0; i < count; i++) {
    const id = `school-${String(i).padStart(3, "0")}`;
    writeFileSync(
      join(dir, "orgs", `${id}.yaml`),
      oak.replace("id: oak-primary", `id: ${id}`).replace("Oak Primary School", `School ${i}`),
    );
  }
}

const manifestOf = (root: string, out = "output") => readFileSync(join(root, out, "manifest.json"), "utf8");

describe("memory flat in the number of settings (issue 15)", () => {
  it("keeps no record per output with listFiles: false, and writes the same manifest", async () => {
    const root = tempProject();
    addSettings(root, 6);
    const project = await loadProject(root);
    const listed = await buildProject(project, { formats: ["html"], outDir: join(root, "listed"), jobs: 1 });
    const counted = await buildProject(project, {
      formats: ["html"],
      outDir: join(root, "counted"),
      jobs: 1,
      listFiles: false,
    });
    expect(listed.files).toHaveLength(8);
    expect(listed.documents).toBe(8);
    expect(counted.files).toEqual([]);
    expect(counted.documents).toBe(8);
    expect(counted.written).toBe(8);
    expect(manifestOf(root, "counted")).toBe(manifestOf(root, "listed"));

    // A rebuild after one change: the manifest keeps the unchanged outputs' records and takes the new one's.
    const file = join(root, "orgs/school-003.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("School 3", "School Three"));
    const changed = await loadProject(root);
    for (const out of ["listed", "counted"]) {
      const again = await buildProject(changed, {
        formats: ["html"],
        outDir: join(root, out),
        jobs: 1,
        listFiles: out === "listed",
      });
      expect(again.written).toBe(1);
      expect(again.unchanged).toBe(7);
      expect(again.documents).toBe(8);
    }
    expect(manifestOf(root, "counted")).toBe(manifestOf(root, "listed"));
    const entries = JSON.parse(manifestOf(root, "counted")).files;
    expect(Object.keys(entries)).toHaveLength(8);
  });

  it("keeps in memory only what the journal could not take, and still writes the whole manifest", async () => {
    const root = tempProject();
    addSettings(root, 2);
    const project = await loadProject(root);
    await buildProject(project, { formats: ["html"], outDir: join(root, "reference"), jobs: 1 });
    // A folder where the journal goes: every append fails, so every record is kept in memory instead.
    mkdirSync(join(root, "output/manifest-journal.jsonl"), { recursive: true });
    const result = await buildProject(project, { formats: ["html"], outDir: join(root, "output"), jobs: 1 });
    expect(result.written).toBe(4);
    expect(result.manifestProblem?.message).toContain("could not record the build's progress");
    expect(manifestOf(root)).toBe(manifestOf(root, "reference"));
  });

  it("builds the manifest from the journal with worker threads too, as the CLI does", async () => {
    const root = tempProject();
    addSettings(root, 4);
    const threads = await runCli(["build", "--format", "html", "--jobs", "2", "--out", "threads"], root);
    expect(threads.code, threads.stderr).toBe(0);
    const one = await runCli(["build", "--format", "html", "--jobs", "1", "--out", "one"], root);
    expect(one.code, one.stderr).toBe(0);
    expect(threads.stdout).toContain("(6 files written, 0 up to date)");
    expect(manifestOf(root, "threads")).toBe(manifestOf(root, "one"));
    expect(Object.keys(JSON.parse(manifestOf(root, "threads")).files)).toHaveLength(6);
  });

  it("caps each build worker's heap, and says so in plain words when a worker runs out", async () => {
    const dir = mkdtempSync(join(tmpdir(), "policysmith-heap-"));
    try {
      // The build's own pool options, with a stand-in task: what limit does the thread get, and what
      // happens when it needs more?
      const file = join(dir, "task.mjs");
      writeFileSync(
        file,
        `import { resourceLimits } from "node:worker_threads";
export default ({ grow }) => {
  if (!grow) return resourceLimits;
  const kept = [];
  for (;;) kept.push(new Array(1e6).fill(kept.length));
};`,
      );
      const pool = new Piscina({ ...workerPoolOptions(1), filename: file });
      try {
        expect(workerPoolOptions(2)).toMatchObject({ maxThreads: 2, minThreads: 2 });
        const limits = await pool.run({ grow: false });
        expect(limits.maxOldGenerationSizeMb).toBe(WORKER_HEAP_MB);
        const error = await pool.run({ grow: true }).catch((e: unknown) => e);
        expect((error as { code?: string }).code).toBe("ERR_WORKER_OUT_OF_MEMORY");
        expect(workerFailure(error)).toMatch(/^the build ran out of memory .* --jobs 1/);
      } finally {
        await pool.destroy();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("removes a killed build's leftover files from every setting's folder, a few dozen folders at a time", async () => {
    const root = tempProject();
    addSettings(root, 70); // more settings than are looked at together
    const project = await loadProject(root, { settingValues: false });
    const ids = project.settingFileIds;
    expect(ids.length).toBeGreaterThan(70);
    // What a write cut short by a kill leaves: the output's name and a number, beside where the output goes.
    for (const id of ids) {
      mkdirSync(join(root, "output", id), { recursive: true });
      writeFileSync(join(root, "output", id, "child-protection.html.4242"), "half a policy");
    }
    const result = await buildProject(project, {
      formats: ["html"],
      outDir: join(root, "output"),
      jobs: 1,
      templates: ["child-protection"],
      listFiles: false,
    });
    expect(result.failed.size).toBe(0);
    const left = ids.filter((id) => readdirSync(join(root, "output", id)).some((f) => f.endsWith(".4242")));
    expect(left).toEqual([]);
  }, 300_000);
});
