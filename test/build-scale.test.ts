/** Issue 5 behaviours: shards partition the settings, the incremental cache, deletion, workers, interruption. */
import { spawn } from "node:child_process";
import {
  appendFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { inShard, parseShard } from "../src/build/shard.js";
import { UsageError } from "../src/errors.js";
import { runCli } from "./helpers/run-cli.js";
import { tempProject } from "./helpers/temp-project.js";

const bin = fileURLToPath(new URL("../bin/policysmith.js", import.meta.url));

function manifest(dir: string) {
  return JSON.parse(readFileSync(join(dir, "output/manifest.json"), "utf8")) as {
    files: Record<string, { settingId: string; sha256: string }>;
  };
}

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

describe("--shard", () => {
  it("splits settings into a partition: every setting in exactly one shard", () => {
    const ids = Array.from({ length: 200 }, (_, i) => `setting-${i}`);
    for (const n of [1, 2, 3, 7]) {
      const seen = new Map<string, number>();
      for (let i = 1; i <= n; i++)
        for (const id of ids) if (inShard(id, { index: i, count: n })) seen.set(id, (seen.get(id) ?? 0) + 1);
      expect(seen.size).toBe(ids.length);
      expect([...seen.values()].every((c) => c === 1)).toBe(true);
    }
  });

  it("rejects shards that are not i/n", () => {
    for (const bad of ["0/2", "3/2", "1", "a/b", "1/0"]) expect(() => parseShard(bad)).toThrow(UsageError);
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
  });

  it("builds each setting once across a CI matrix of shards", async () => {
    const dir = tempProject();
    addSettings(dir, 10);
    const builtBy = new Map<string, string[]>();
    for (const shard of ["1/3", "2/3", "3/3"]) {
      const result = await runCli(["build", "--format", "html", "--shard", shard, "--jobs", "1"], dir);
      expect(result.code).toBe(0);
      // Every setting a shard takes on shows as a line, written or up to date.
      for (const [, id] of result.stdout.matchAll(/^([a-z0-9-]+): (?:\d+ files? written|up to date)/gm))
        builtBy.set(id, [...(builtBy.get(id) ?? []), shard]);
    }
    // Every setting was built, each by exactly one shard.
    expect([...builtBy.keys()].sort()).toEqual(
      ["little-stars", "oak-primary", ...Array.from({ length: 10 }, (_, i) => `school-00${i}`)].sort(),
    );
    for (const [id, shards] of builtBy) expect(shards, id).toHaveLength(1);
    expect(Object.keys(manifest(dir).files)).toHaveLength(12);
  });
});

describe("incremental builds", () => {
  it("renders only what changed, and everything with --force", async () => {
    const dir = tempProject();
    const build = async (...extra: string[]) =>
      (await runCli(["build", "--format", "html,docx", "--jobs", "1", ...extra], dir)).stdout;
    expect(await build()).toContain("(4 files written, 0 up to date)");
    expect(await build()).toContain("(0 files written, 4 up to date)");
    appendFileSync(join(dir, "orgs/oak-primary.yaml"), "# a comment changes the file\n");
    expect(await build()).toContain("(2 files written, 2 up to date)");
    appendFileSync(join(dir, "policy-templates/mini/template.md"), "\nOne more line.\n");
    expect(await build()).toContain("(4 files written, 0 up to date)");
    appendFileSync(join(dir, "partnership.yaml"), "# changed\n");
    expect(await build()).toContain("(4 files written, 0 up to date)");
    expect(await build("--force")).toContain("(4 files written, 0 up to date)");
    rmSync(join(dir, "output/little-stars/mini.html"));
    expect(await build()).toContain("(1 file written, 3 up to date)");
  });

  it("removes the outputs of a deleted setting", async () => {
    const dir = tempProject();
    await runCli(["build", "--format", "html", "--jobs", "1"], dir);
    rmSync(join(dir, "orgs/little-stars.yaml"));
    const result = await runCli(["build", "--format", "html", "--jobs", "1"], dir);
    expect(result.stdout).toContain("Removed 1 file of deleted settings.");
    expect(existsSync(join(dir, "output/little-stars"))).toBe(false);
    expect(Object.keys(manifest(dir).files)).toEqual(["oak-primary/mini.html"]);
  });
});

describe("parallel builds", () => {
  it("gives the same bytes with worker threads as in one thread, and a broken setting fails alone", async () => {
    const dir = tempProject();
    addSettings(dir, 6);
    writeFileSync(
      join(dir, "orgs/school-002.yaml"),
      readFileSync(join(dir, "orgs/school-002.yaml"), "utf8").replace(
        "name: Cara Lee",
        "name: Cara Lee\n    nickname: CL",
      ),
    );
    const one = await runCli(["build", "--format", "html,docx", "--jobs", "1", "--out", "one"], dir);
    const two = await runCli(["build", "--format", "html,docx", "--jobs", "2", "--out", "two"], dir);
    for (const result of [one, two]) {
      expect(result.code).toBe(1);
      expect(result.stdout).toContain("Built 7 settings (14 files written, 0 up to date)");
      expect(result.stdout).toContain("1 setting failed: school-002");
    }
    const files = readdirSync(join(dir, "one"), { recursive: true })
      .map(String)
      .filter((f) => /\.(html|docx)$/.test(f))
      .sort();
    expect(files).toHaveLength(14);
    for (const file of files)
      expect(readFileSync(join(dir, "two", file)), file).toEqual(readFileSync(join(dir, "one", file)));
  });
});

describe("interrupted builds", () => {
  it("leaves every output whole after a kill mid-build, and the next run finishes the job", async () => {
    const dir = tempProject();
    addSettings(dir, 40);
    mkdirSync(join(dir, "output"), { recursive: true });
    const child = spawn(process.execPath, [bin, "build", "--format", "html,docx", "--jobs", "1"], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let killed = false;
    await new Promise<void>((resolve) => {
      let seen = 0;
      child.stdout.on("data", (chunk: Buffer) => {
        seen += (chunk.toString().match(/files? written/g) ?? []).length;
        if (seen >= 25 && !killed) {
          killed = child.kill("SIGKILL");
          resolve();
        }
      });
      child.on("exit", () => resolve());
    });
    const exit = await new Promise<string | null>((resolve) =>
      child.exitCode !== null || child.signalCode !== null
        ? resolve(child.signalCode)
        : child.on("exit", (_code, signal) => resolve(signal)),
    );
    // The kill landed mid-build: the build did not finish by itself.
    expect(killed).toBe(true);
    expect(exit).toBe("SIGKILL");
    const written = readdirSync(join(dir, "output"), { recursive: true }).map(String);
    expect(written.filter((f) => /\.html$/.test(f)).length).toBeGreaterThan(0);
    expect(written.filter((f) => /\.html$/.test(f)).length).toBeLessThan(42);
    // Besides outputs and the manifest, a kill may leave only the lock and our own temporary files.
    const leftovers = (files: string[]) =>
      files.filter((f) => !/\.(html|docx|json|jsonl)$/.test(f) && f.includes("."));
    expect(
      leftovers(written).filter(
        (f) => !/(^|\/)(\.policysmith-build\.lock|\.[^/]+\.policysmith-tmp-\d+-\d+)$/.test(f),
      ),
    ).toEqual([]);
    for (const file of written.filter((f) => f.endsWith(".html")))
      expect(readFileSync(join(dir, "output", file), "utf8").trimEnd()).toMatch(/<\/html>$/);
    for (const file of written.filter((f) => f.endsWith(".docx"))) {
      const bytes = readFileSync(join(dir, "output", file));
      expect(bytes.subarray(0, 2).toString()).toBe("PK");
      expect(bytes.includes(Buffer.from([0x50, 0x4b, 0x05, 0x06]))).toBe(true); // zip end-of-central-directory
    }
    const rerun = await runCli(["build", "--format", "html,docx", "--jobs", "1"], dir);
    expect(rerun.code).toBe(0);
    // The manifest saved during the killed run lets this one skip what was already done.
    expect(rerun.stdout).not.toContain(" 0 up to date");
    expect(Object.keys(manifest(dir).files)).toHaveLength(84);
    // and cleaned up after the killed one: no lock, no temporary file.
    expect(leftovers(readdirSync(join(dir, "output"), { recursive: true }).map(String))).toEqual([]);
  }, 180_000);
});
