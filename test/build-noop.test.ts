/**
 * Issue 15, no-op rebuild: what a build learnt about unchanged files (output/manifest-cache.json) saves parsing
 * them again, and which setting files passed every check under the same rules (a build's main thread only) — a
 * lying cache lets nothing through, and the outputs are the same bytes. Counted (YAML parses, template compiles), never timed.
 */
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { buildProject } from "../src/build/build.js";
import { CONTEXT_FILES, LOAD_CACHE_FILE, OutputLoadCache } from "../src/build/load-cache.js";
import { manifestReads } from "../src/build/manifest.js";
import { syncStats } from "../src/build/write-atomic.js";
import { loadProject } from "../src/data/load-project.js";
import { loadSettingTypes } from "../src/data/setting-types.js";
import { yamlParses } from "../src/data/yaml-source.js";
import { packagePath } from "../src/paths.js";
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

/**
 * A build as the CLI's main thread runs it: settings kept as their files, no list of outputs, and the manifest's
 * stamp from the load cache (remembered again afterwards).
 */
async function cliBuild(root: string, formats: Format[] = ["html", "docx"]) {
  const outDir = join(root, "output");
  const cache = await OutputLoadCache.open(outDir);
  const looked: string[] = [];
  const parsedYaml = cache.parsedYaml.bind(cache);
  // Every YAML file checked in full asks the cache for its parsed value first.
  cache.parsedYaml = (hash) => {
    looked.push(hash);
    return parsedYaml(hash);
  };
  const project = await loadProject(root, { cache, settingValues: false });
  const reads = manifestReads.count;
  const result = await buildProject(project, {
    formats,
    outDir,
    jobs: 1,
    listFiles: false,
    manifestStamp: cache.manifestStamp(),
  });
  cache.rememberManifestStamp(result.manifestStamp);
  await cache.save();
  return { project, result, manifestReads: manifestReads.count - reads, checked: looked.length };
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

  it("finds each missing output: one deleted, one a folder, and a setting's folder that became a link", async () => {
    const root = tempProject();
    await build(root, ["html", "docx"]);
    const out = join(root, "output");
    rmSync(join(out, "oak-primary/mini.docx"));
    rmSync(join(out, "oak-primary/mini.html"));
    mkdirSync(join(out, "oak-primary/mini.html"));
    // The folder moved elsewhere, and a link to it left in its place: its files are still found through the link.
    renameSync(join(out, "little-stars"), join(root, "elsewhere"));
    symlinkSync(join(root, "elsewhere"), join(out, "little-stars"));
    const again = await build(root, ["html", "docx"]);
    expect(again.result.unchanged).toBe(0);
    expect(again.result.written).toBe(1); // oak-primary's .docx; its .html cannot replace a folder
    expect([...again.result.failed.keys()].sort()).toEqual(["little-stars", "oak-primary"]);
    expect(again.result.failed.get("little-stars")?.[0]?.message).toContain("is a link to another folder");
  });

  it("leaves the manifest alone when it says what this run would write, and rewrites one that does not", async () => {
    const root = tempProject();
    await build(root, ["html"]);
    const path = join(root, "output/manifest.json");
    const first = readFileSync(path, "utf8");
    // An entry no build writes (its key names another setting than the entry) is dropped, even by a no-op.
    const forged = first.replace(
      '"files": {\n',
      '"files": {\n"nobody/mini.html": {"settingId":"oak-primary","templateId":"mini","format":"html","sha256":"0","inputs":{}},\n',
    );
    expect(forged).not.toBe(first);
    writeFileSync(path, forged);
    expect((await build(root, ["html"])).result.unchanged).toBe(2);
    expect(readFileSync(path, "utf8")).toBe(first);
    const inode = statSync(path).ino;
    await build(root, ["html"]);
    expect(statSync(path).ino).toBe(inode);
    // A field a build does not write is dropped too.
    writeFileSync(path, first.replace('"format":"html",', '"format":"html","note":"hand-edited",'));
    await build(root, ["html"]);
    expect(readFileSync(path, "utf8")).toBe(first);
  });

  it("settles a no-op by the manifest's stamp, without reading the manifest", async () => {
    const root = tempProject();
    const first = await cliBuild(root);
    expect(first.result.written).toBe(4);
    expect(first.manifestReads).toBe(1);
    const again = await cliBuild(root);
    expect(again.manifestReads).toBe(0);
    expect(again.result).toMatchObject({ written: 0, unchanged: 4, documents: 4, removed: [] });
    expect(again.result.built).toEqual(["little-stars", "oak-primary"]);
    expect(again.result.manifestStamp).toEqual(first.result.manifestStamp);
  });

  it("takes an unchanged setting file as it loaded last time, and checks every one again when the rules change", async () => {
    const root = tempProject();
    const first = await cliBuild(root);
    expect(first.checked).toBe(3); // partnership.yaml and the two settings
    const again = await cliBuild(root);
    expect(again.checked).toBe(1); // partnership.yaml alone
    expect(again.project.settingFiles).toEqual(first.project.settingFiles);
    expect(again.project.problems).toEqual([]);
    // Another partnership: every setting is checked against it.
    const partnership = join(root, "partnership.yaml");
    writeFileSync(partnership, `${readFileSync(partnership, "utf8")}\n# reviewed\n`);
    expect((await cliBuild(root)).checked).toBe(3);
    expect((await cliBuild(root)).checked).toBe(1);
    // A setting whose file changed is checked; the other is not.
    const oak = join(root, "orgs/oak-primary.yaml");
    writeFileSync(oak, readFileSync(oak, "utf8").replace("Oak Primary School", "Oak Primary Academy"));
    expect((await cliBuild(root)).checked).toBe(2);
  });

  it("remembers verdicts only under the same schemas and setting types: every such package file is in the cache's context", () => {
    // A schema edited without a version bump (a git install, a commit between releases) must not let a remembered
    // verdict skip the new check: the context hashes every file that decides one.
    const inContext = CONTEXT_FILES.map((parts) => parts.join("/"));
    const schemas = readdirSync(packagePath("schema"))
      .filter((name) => name.endsWith(".json"))
      .map((name) => `schema/${name}`);
    expect(schemas.length).toBeGreaterThan(0);
    for (const file of [...schemas, "data/setting-types.yaml"]) expect(inContext).toContain(file);
  });

  it("renders no broken setting on a remembered verdict: the file is checked again before it renders", async () => {
    const root = tempProject();
    await cliBuild(root);
    const oak = join(root, "orgs/oak-primary.yaml");
    const broken = readFileSync(oak, "utf8").replace("type: school", "type: spaceship");
    writeFileSync(oak, broken);
    // A forged verdict for the broken bytes, under the rules of the real ones.
    const data = JSON.parse(readFileSync(join(root, "output", LOAD_CACHE_FILE), "utf8"));
    const [verdict] = Object.values(data.settings as Record<string, { id: string }>).filter(
      (v) => v.id === "oak-primary",
    );
    const hash = (await import("node:crypto")).createHash("sha256").update(broken).digest("hex");
    data.settings[hash] = verdict;
    writeCache(root, data);
    const built = await cliBuild(root);
    expect(built.checked).toBe(1); // the main thread took the verdict …
    expect(built.result.written).toBe(0);
    expect(built.result.failed.get("oak-primary")?.[0]?.message).toContain(
      '"spaceship" is not a setting type',
    );
    expect(readFileSync(join(root, "output/oak-primary/mini.html"), "utf8")).toContain("Oak Primary School");
  });

  it("reads the manifest and rebuilds what changed when the stamp does not hold", async () => {
    const root = tempProject();
    await cliBuild(root);
    const oak = join(root, "orgs/oak-primary.yaml");
    // A setting changed: its inputs are not those the manifest records.
    writeFileSync(oak, readFileSync(oak, "utf8").replace("Oak Primary School", "Oak Primary Academy"));
    const changed = await cliBuild(root);
    expect(changed.manifestReads).toBe(1);
    expect(changed.result).toMatchObject({ written: 2, unchanged: 2 });
    expect(readFileSync(join(root, "output/oak-primary/mini.html"), "utf8")).toContain("Oak Primary Academy");
    // An output is missing.
    rmSync(join(root, "output/little-stars/mini.docx"));
    expect((await cliBuild(root)).result).toMatchObject({ written: 1, unchanged: 3 });
    // The manifest was edited: it is read, and what it no longer records is built again.
    const path = join(root, "output/manifest.json");
    writeFileSync(
      path,
      readFileSync(path, "utf8")
        .split("\n")
        .filter((line) => !line.startsWith('"oak-primary/mini.docx"'))
        .join("\n")
        .replace(/,\n}}/, "\n}}"),
    );
    const edited = await cliBuild(root);
    expect(edited.manifestReads).toBe(1);
    expect(edited.result).toMatchObject({ written: 1, unchanged: 3 });
    // A setting was deleted: its outputs are removed.
    rmSync(join(root, "orgs/little-stars.yaml"));
    const deleted = await cliBuild(root);
    expect(deleted.result.removed.sort()).toEqual(["little-stars/mini.docx", "little-stars/mini.html"]);
    // Another format: the manifest holds more than this run covers.
    expect((await cliBuild(root, ["html"])).manifestReads).toBe(1);
    expect((await cliBuild(root)).manifestReads).toBe(0);
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
