/**
 * The bundled CLI (issue 15, "start fast"): scripts/build-cli.mjs bundles src/bin.ts and the worker threads into
 * dist/bundle/, and bin/policysmith.js runs it. These tests hold that the bundle does what tsc's dist/ does —
 * same bytes from build, site, init and audit, with the worker threads, fonts, schemas, data files and the page
 * found from the bundle's folder — that the launcher falls back to dist/ when the bundle is missing or older, and
 * that the reference data cache the build leaves is used only while it holds the files' current text.
 * Time is never asserted here: scripts/bench.mjs measures it.
 */
import { execFile, spawnSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import {
  loadReferenceData,
  REFERENCE_DATA_CACHE,
  REFERENCE_DATA_FILES,
  referenceDataReads,
} from "../src/audit/reference-data-node.js";
import { FIXTURE_PROJECT } from "./helpers/temp-project.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(REPO, "bin", "policysmith.js");

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "policysmith-bundle-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("bin/policysmith.js", () => {
  /** A package folder with the launcher and two stand-in CLIs that say which one ran. */
  function fakePackage(): string {
    const pkg = mkdtempSync(join(dir, "launcher-"));
    mkdirSync(join(pkg, "bin"));
    mkdirSync(join(pkg, "dist", "bundle"), { recursive: true });
    copyFileSync(BIN, join(pkg, "bin", "policysmith.js"));
    const cli = (name: string) =>
      `export async function main(argv) { process.stdout.write(${JSON.stringify(name)} + " " + argv.slice(2).join(" ")); }\n`;
    writeFileSync(join(pkg, "dist", "bin.js"), cli("compiled"));
    writeFileSync(join(pkg, "dist", "bundle", "bin.js"), cli("bundle"));
    return pkg;
  }
  const launch = (pkg: string) =>
    spawnSync(process.execPath, [join(pkg, "bin", "policysmith.js"), "audit", "x.docx"], {
      encoding: "utf8",
    });
  const setTime = (file: string, seconds: number) => utimesSync(file, seconds, seconds);

  it("runs the bundle when it is as new as tsc's dist/bin.js or newer (a packed tarball gives both one time)", () => {
    const pkg = fakePackage();
    setTime(join(pkg, "dist", "bin.js"), 1_000_000);
    setTime(join(pkg, "dist", "bundle", "bin.js"), 1_000_100);
    expect(launch(pkg).stdout).toBe("bundle audit x.docx");
    setTime(join(pkg, "dist", "bundle", "bin.js"), 1_000_000);
    expect(launch(pkg).stdout).toBe("bundle audit x.docx");
  });

  it("runs tsc's dist/bin.js when the bundle is older (a bare tsc after a change) or missing", () => {
    const pkg = fakePackage();
    setTime(join(pkg, "dist", "bin.js"), 1_000_100);
    setTime(join(pkg, "dist", "bundle", "bin.js"), 1_000_000);
    expect(launch(pkg).stdout).toBe("compiled audit x.docx");
    rmSync(join(pkg, "dist", "bundle"), { recursive: true });
    expect(launch(pkg).stdout).toBe("compiled audit x.docx");
  });
});

describe("the bundled CLI does what tsc's dist/ does", () => {
  beforeAll(() => {
    for (const file of [join("dist", "bin.js"), join("dist", "bundle", "bin.js")])
      expect(existsSync(join(REPO, file)), `${file} is missing — run npm run build first`).toBe(true);
    // Both built from the same sources: tsc's output is rewritten whole on every compile, so a bundle older than
    // dist/bin.js may be older than the sources too.
    expect(
      statSync(join(REPO, "dist", "bundle", "bin.js")).mtimeMs,
      "dist/bundle/ is older than tsc's dist/ — run node scripts/build-cli.mjs (npm run build does both)",
    ).toBeGreaterThanOrEqual(statSync(join(REPO, "dist", "bin.js")).mtimeMs);
    for (const which of ["bundle", "compiled"])
      writeFileSync(
        join(dir, `${which}.mjs`),
        `import { main } from ${JSON.stringify(pathToFileURL(join(REPO, "dist", ...(which === "bundle" ? ["bundle"] : []), "bin.js")).href)};\nawait main(process.argv);\n`,
      );
  });

  /**
   * Runs the bundle (dist/bundle/bin.js) or tsc's dist/bin.js, without blocking the test worker (a build takes a
   * while on a busy machine, and a worker that does not answer vitest fails the run).
   */
  function run(
    which: "bundle" | "compiled",
    args: string[],
    cwd: string,
  ): Promise<{ code: number; out: string }> {
    return new Promise((resolve) => {
      execFile(
        process.execPath,
        [join(dir, `${which}.mjs`), ...args],
        {
          cwd,
          encoding: "utf8",
          env: { ...process.env, FORCE_COLOR: "0", NODE_OPTIONS: "" },
          timeout: 300_000,
        },
        (error, stdout, stderr) =>
          resolve({ code: error ? Number(error.code ?? 2) : 0, out: stdout + stderr }),
      );
    });
  }

  /** Every file below a folder, by its path inside it, with its bytes. */
  function files(folder: string): Map<string, Buffer> {
    const out = new Map<string, Buffer>();
    const walk = (d: string) => {
      for (const entry of readdirSync(d, { withFileTypes: true })) {
        const path = join(d, entry.name);
        if (entry.isDirectory()) walk(path);
        else out.set(relative(folder, path), readFileSync(path));
      }
    };
    walk(folder);
    return out;
  }

  function expectSameFiles(a: string, b: string) {
    const left = files(a);
    const right = files(b);
    expect([...left.keys()].sort()).toEqual([...right.keys()].sort());
    for (const [name, bytes] of left) expect(bytes.equals(right.get(name) as Buffer), name).toBe(true);
  }

  it("build (two settings in two worker threads: fonts, templates, schemas) writes the same bytes", async () => {
    const projects: string[] = [];
    for (const which of ["bundle", "compiled"] as const) {
      const project = join(dir, `build-${which}`);
      cpSync(FIXTURE_PROJECT, project, { recursive: true });
      const result = await run(which, ["build", "--jobs", "2", "--quiet"], project);
      expect(result.code, result.out).toBe(0);
      projects.push(project);
    }
    expect(files(join(projects[0], "output")).size).toBeGreaterThanOrEqual(6);
    expectSameFiles(join(projects[0], "output"), join(projects[1], "output"));
  }, 400_000);

  it("site writes the same page (dist/site/app.js found from the bundle)", async () => {
    const outs: string[] = [];
    for (const which of ["bundle", "compiled"] as const) {
      const out = join(dir, `site-${which}`);
      const result = await run(which, ["site", "--root", FIXTURE_PROJECT, "--out", out], dir);
      expect(result.code, result.out).toBe(0);
      outs.push(out);
    }
    expect(files(outs[0]).has("app.js")).toBe(true);
    expectSameFiles(outs[0], outs[1]);
  }, 120_000);

  it("init writes the same setting file, its schema link pointing at the package's schema/", async () => {
    const outs: string[] = [];
    for (const which of ["bundle", "compiled"] as const) {
      const project = join(dir, `init-${which}`);
      cpSync(FIXTURE_PROJECT, project, { recursive: true });
      const result = await run(
        which,
        ["init", "new-setting", "--type", "nursery", "--area", "riverbend", "--name", "New Setting Nursery"],
        project,
      );
      expect(result.code, result.out).toBe(0);
      outs.push(readFileSync(join(project, "orgs", "new-setting.yaml"), "utf8"));
    }
    expect(outs[0]).toContain("schema/setting.schema.json");
    expect(outs[0]).toBe(outs[1]);
  }, 120_000);

  it("audit of policies outside a project (Word, PDF, Markdown; in worker threads) says the same", async () => {
    // Every twenty-fourth Word policy of the corpus (their leads' names go through compromise's tagger, whose model
    // the bundle reads as the build stored it), and a PDF and a Markdown one. Every eighth (48 as the corpus grew)
    // cost 40 s of a loaded suite in two CLIs at once; sixteen Word files meet every reader and rule the same way.
    const corpus = join(REPO, "test", "corpus");
    const documents = [
      ...readdirSync(corpus)
        .filter((name) => name.endsWith(".docx"))
        .sort()
        .filter((_, i) => i % 24 === 0),
      "bramble-pre-school.pdf",
      "bramble-pre-school.md",
    ].map((name) => join(corpus, name));
    const [bundled, compiled] = await Promise.all(
      (["bundle", "compiled"] as const).map((which) =>
        run(which, ["audit", ...documents, "--jobs", "2", "--as-of", "2026-06-01"], dir),
      ),
    );
    expect(bundled.code, bundled.out).toBe(1);
    expect(bundled.out).toContain(`${documents.length} documents checked`);
    expect(documents.length).toBeGreaterThan(10);
    expect(bundled.out).toContain("outdated-reference");
    expect(bundled.out).not.toMatch(/rule-error|internal error/);
    expect(bundled.out).toBe(compiled.out);
  }, 120_000);
});

describe("the reference data cache (dist/reference-data.json)", () => {
  const packaged = (file: string) => readFileSync(join(REPO, "data", file), "utf8");

  it("the build leaves both files in it, each with its text and the value yaml parses from it", () => {
    expect(existsSync(REFERENCE_DATA_CACHE), "run npm run build (or node scripts/build-cli.mjs) first").toBe(
      true,
    );
    const cache = JSON.parse(readFileSync(REFERENCE_DATA_CACHE, "utf8"));
    for (const file of REFERENCE_DATA_FILES) {
      expect(cache[file]?.text, `${file} changed since the build — run npm run build`).toBe(packaged(file));
      expect(cache[file].value).toEqual(parse(packaged(file)));
    }
    const before = { ...referenceDataReads };
    const data = loadReferenceData();
    expect(referenceDataReads.cached - before.cached).toBe(2);
    expect(referenceDataReads.parsed - before.parsed).toBe(0);
    expect(data.nationalContacts).toEqual(parse(packaged("national-contacts.yaml")));
    expect(data.outdatedReferences).toEqual(parse(packaged("outdated-references.yaml")));
  });

  it("a file is taken from the cache only while the cache holds its current text; otherwise it is parsed", () => {
    const cacheFile = join(dir, "reference-data.json");
    const planted = { services: [], domains: ["planted.example"] };
    writeFileSync(
      cacheFile,
      JSON.stringify({
        "national-contacts.yaml": { text: packaged("national-contacts.yaml"), value: planted },
        "outdated-references.yaml": {
          text: `${packaged("outdated-references.yaml")}# edited after the build\n`,
          value: [],
        },
      }),
    );
    const before = { ...referenceDataReads };
    const data = loadReferenceData(cacheFile);
    // The same text: the cached value, whatever it holds (here a planted one, to see it was used).
    expect(data.nationalContacts).toEqual(planted);
    // Another text: the file as it is now.
    expect(data.outdatedReferences).toEqual(parse(packaged("outdated-references.yaml")));
    expect(referenceDataReads.cached - before.cached).toBe(1);
    expect(referenceDataReads.parsed - before.parsed).toBe(1);
    // No cache at all, or a broken one: both parsed.
    writeFileSync(cacheFile, "{ not json");
    expect(loadReferenceData(cacheFile).nationalContacts).toEqual(parse(packaged("national-contacts.yaml")));
    expect(loadReferenceData(join(dir, "missing.json")).outdatedReferences).toEqual(
      parse(packaged("outdated-references.yaml")),
    );
    expect(statSync(REFERENCE_DATA_CACHE).isFile()).toBe(true);
  });
});
