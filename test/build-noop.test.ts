/**
 * Issue 15, no-op rebuild: what a build learnt about unchanged files (output/manifest-cache.json) saves parsing
 * them again — and only parsing: every check still runs, a lying cache lets nothing through, and the outputs
 * are the same bytes. Counted (YAML parses, template compiles), never timed.
 */
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildProject } from "../src/build/build.js";
import { LOAD_CACHE_FILE, OutputLoadCache } from "../src/build/load-cache.js";
import { syncStats } from "../src/build/write-atomic.js";
import { loadProject } from "../src/data/load-project.js";
import { loadSettingTypes } from "../src/data/setting-types.js";
import { yamlParses } from "../src/data/yaml-source.js";
import type { Format } from "../src/render/formats.js";
import { templateCompiles } from "../src/template/compile.js";
import { runCli } from "./helpers/run-cli.js";
import { tempProject } from "./helpers/temp-project.js";

/** One build as `policysmith build` runs it: cache opened, project loaded with it, built, cache saved. */
async function build(
  root: string,
  formats: Format[] = ["html"],
  options: { force?: boolean; out?: string } = {},
) {
  const outDir = join(root, options.out ?? "output");
  const cache = await OutputLoadCache.open(outDir);
  const parsesBefore = yamlParses.count;
  const compilesBefore = templateCompiles.count;
  const project = await loadProject(root, { cache });
  const parsed = yamlParses.count - parsesBefore;
  const result = await buildProject(project, { formats, outDir, jobs: 1, force: options.force });
  await cache.save();
  return { project, result, parsed, compiled: templateCompiles.count - compilesBefore };
}

function cacheFile(root: string) {
  return JSON.parse(readFileSync(join(root, "output", LOAD_CACHE_FILE), "utf8")) as {
    policysmith: string;
    yaml: Record<string, string>;
    templates: Record<string, { title: string }>;
  };
}

function writeCache(root: string, data: unknown) {
  writeFileSync(join(root, "output", LOAD_CACHE_FILE), JSON.stringify(data));
}

beforeAll(async () => {
  await loadSettingTypes(); // parsed once per thread, before any count
});

beforeEach(() => {
  yamlParses.count = 0;
  templateCompiles.count = 0;
});

describe("no-op rebuild (issue 15)", () => {
  it("parses no setting file and compiles no template when nothing changed", async () => {
    const root = tempProject();
    const first = await build(root);
    expect(first.parsed).toBe(3); // partnership.yaml and the two settings
    expect(first.compiled).toBeGreaterThan(0);
    expect(first.result.written).toBe(2);

    const again = await build(root);
    expect(again.result.written).toBe(0);
    expect(again.result.unchanged).toBe(2);
    expect(again.parsed).toBe(0);
    expect(again.compiled).toBe(0);
    expect(again.project.problems).toEqual([]);
  });

  it("writes nothing at all, and so waits for no disk flush, when nothing changed", async () => {
    const root = tempProject();
    await build(root);
    const inode = statSync(join(root, "output/manifest.json")).ino;
    Object.assign(syncStats, { files: 0, folders: 0 });
    const again = await build(root);
    expect(again.result.unchanged).toBe(2);
    expect(syncStats).toMatchObject({ files: 0, folders: 0 });
    expect(statSync(join(root, "output/manifest.json")).ino).toBe(inode);
  });

  it("parses a changed setting again, and compiles the template only because something renders", async () => {
    const root = tempProject();
    await build(root);
    const file = join(root, "orgs/oak-primary.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace("Oak Primary School", "Oak Primary Academy"));
    const again = await build(root);
    expect(again.parsed).toBe(1);
    expect(again.compiled).toBe(1);
    expect(again.result.written).toBe(1);
    const html = readFileSync(join(root, "output/oak-primary/mini.html"), "utf8");
    expect(html).toContain("Oak Primary Academy");
  });

  it("gives the same bytes from a remembered template as from a freshly compiled one", async () => {
    const root = tempProject();
    await build(root, ["html", "docx", "pdf"]);
    const fresh = new Map(
      ["little-stars", "oak-primary"].flatMap((id) =>
        readdirSync(join(root, "output", id)).map((f) => [
          `${id}/${f}`,
          readFileSync(join(root, "output", id, f)),
        ]),
      ),
    );
    const again = await build(root, ["html", "docx", "pdf"], { force: true });
    expect(again.parsed).toBe(0);
    expect(again.compiled).toBe(1); // compiled when first rendered, then kept
    expect(again.result.written).toBe(6);
    for (const [path, bytes] of fresh)
      expect(readFileSync(join(root, "output", path)).equals(bytes), path).toBe(true);
  });

  it("still checks a remembered value: a cache that lies cannot let a broken setting through", async () => {
    const root = tempProject();
    await build(root);
    const data = cacheFile(root);
    const oak = readFileSync(join(root, "orgs/oak-primary.yaml"));
    const hash = (await import("node:crypto")).createHash("sha256").update(oak).digest("hex");
    const value = JSON.parse(data.yaml[hash] as string);
    value.type = "spaceship";
    data.yaml[hash] = JSON.stringify(value);
    writeCache(root, data);
    const again = await build(root);
    const problem = again.project.problems.find((p) => p.settingId === "oak-primary");
    expect(problem?.message).toContain('"spaceship" is not a setting type');
    // The place is found in the real file, parsed only now that a problem must be placed.
    expect(problem?.line).toBe(
      readFileSync(join(root, "orgs/oak-primary.yaml"), "utf8")
        .split("\n")
        .findIndex((l) => l.startsWith("type:")) + 1,
    );
    expect(again.project.settings.map((s) => s.id)).toEqual(["little-stars"]);
  });

  it("ignores a damaged cache, one from another version and one for files that changed", async () => {
    const root = tempProject();
    await build(root);
    const good = cacheFile(root);
    writeCache(root, { ...good, policysmith: "0.0.1" });
    expect((await build(root)).parsed).toBe(3);
    writeFileSync(join(root, "output", LOAD_CACHE_FILE), "{ not json");
    expect((await build(root)).parsed).toBe(3);
    // Entries under hashes of other bytes are never used for these files.
    const renamed = Object.fromEntries(
      Object.values(good.yaml).map((json, i) => [String(i).padStart(64, "0"), json]),
    );
    writeCache(root, { ...good, yaml: renamed });
    const after = await build(root);
    expect(after.parsed).toBe(3);
    expect(after.project.problems).toEqual([]);
  });

  it("fails in plain words when a remembered template does not compile as remembered", async () => {
    const root = tempProject();
    await build(root);
    const data = cacheFile(root);
    for (const meta of Object.values(data.templates)) meta.title = "A title the template never had";
    writeCache(root, data);
    const again = await build(root, ["html"], { force: true });
    expect(again.result.written).toBe(0);
    const messages = [...again.result.failed.values()].flat().map((p) => p.message);
    expect(messages.length).toBeGreaterThan(0);
    for (const message of messages) expect(message).toContain(`delete ${LOAD_CACHE_FILE}`);
  });

  it("forgets the files of deleted settings, and keeps the cache file as it is when nothing changed", async () => {
    const root = tempProject();
    await build(root);
    expect(Object.keys(cacheFile(root).yaml)).toHaveLength(3);
    const before = statSync(join(root, "output", LOAD_CACHE_FILE)).ino;
    await build(root);
    // Not written again: an atomic write would have renamed a new file (a new inode) into place.
    expect(statSync(join(root, "output", LOAD_CACHE_FILE)).ino).toBe(before);
    rmSync(join(root, "orgs/little-stars.yaml"));
    await build(root);
    expect(Object.keys(cacheFile(root).yaml)).toHaveLength(2);
  });

  it("is used by policysmith build, and not with --no-cache", async () => {
    const root = tempProject();
    const first = await runCli(
      ["build", "--root", root, "--out", join(root, "output"), "--format", "html", "-j", "1"],
      root,
    );
    expect(first.code, first.stderr).toBe(0);
    const saved = cacheFile(root);
    expect(Object.keys(saved.yaml)).toHaveLength(3);
    expect(Object.keys(saved.templates)).toHaveLength(1);
    yamlParses.count = 0;
    const again = await runCli(
      ["build", "--root", root, "--out", join(root, "output"), "--format", "html", "-j", "1"],
      root,
    );
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain("2 up to date");
    expect(yamlParses.count).toBe(0);
    const uncached = await runCli(
      ["build", "--root", root, "--out", join(root, "output"), "--format", "html", "-j", "1", "--no-cache"],
      root,
    );
    expect(uncached.code, uncached.stderr).toBe(0);
    expect(yamlParses.count).toBe(3);
  });
});
