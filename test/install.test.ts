/**
 * A real install, as a user outside this repository gets it: `npm pack` (which builds dist/ through the
 * `prepare` script), `npm install -g ./policysmith-X.tgz` into a temp prefix, then the installed
 * `policysmith` run from a temp folder that is not inside any project.
 *
 * Needs npm (it always comes with Node) and the package registry for the runtime dependencies.
 */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { Document, HeadingLevel, Packer, Paragraph } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnCaptured } from "./helpers/spawn-captured.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const version = JSON.parse(readFileSync(join(root, "package.json"), "utf8")).version as string;

let work: string;
let prefix: string;
let installLog = "";

// A clean environment for npm: no inherited `npm_config_*` from the npm that started the test run.
const cleanEnv = () => Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));

/** npm, pack and one audit take long on a busy machine: run them without blocking the test worker. */
const runAsync = (command: string, args: string[], cwd: string) =>
  spawnCaptured(command, args, { cwd, env: cleanEnv() });

describe("installed from the packed tarball", () => {
  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), "policysmith-install-"));
    // dist/ is built by `npm test`'s pretest. --ignore-scripts: the prepare script would rebuild dist/ in place
    // while other test files run the CLI from it (tsc does not write its files atomically).
    expect(existsSync(join(root, "dist/bin.js")), "dist/ is not built — run npm run build first").toBe(true);
    const packed = await runAsync(
      npm,
      ["pack", "--ignore-scripts", "--pack-destination", work, "--no-audit", "--no-fund"],
      root,
    );
    expect(packed.status, `npm pack failed:\n${packed.stderr}`).toBe(0);
    const tarball = `policysmith-${version}.tgz`;
    expect(readdirSync(work)).toContain(tarball);

    prefix = join(work, "prefix");
    // --prefer-offline: a package npm already holds in its cache (npm ci just fetched them all) is taken from
    // there without asking the registry whether it is still current; what is missing is still fetched.
    const installed = await runAsync(
      npm,
      [
        "install",
        "-g",
        `./${tarball}`,
        "--prefix",
        prefix,
        "--prefer-offline",
        "--no-audit",
        "--no-fund",
        "--loglevel",
        "warn",
      ],
      work,
    );
    installLog = installed.stdout + installed.stderr;
    expect(installed.status, `npm install failed:\n${installLog}`).toBe(0);

    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ text: "Safeguarding policy", heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: "We follow Working Together to Safeguard Children 2018." }),
            new Paragraph({ text: "Our designated safeguarding lead is Sam Smith, Manager." }),
          ],
        },
      ],
    });
    mkdirSync(join(work, "lone"));
    writeFileSync(join(work, "lone", "our-policy.docx"), await Packer.toBuffer(doc));
  }, 300_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  const bin = () =>
    join(prefix, process.platform === "win32" ? "policysmith.cmd" : join("bin", "policysmith"));

  it("leaves nothing in the repository", () => {
    expect(readdirSync(root).filter((name) => name.endsWith(".tgz"))).toEqual([]);
  });

  it("puts policysmith on the prefix's PATH and answers --version", async () => {
    expect(existsSync(bin())).toBe(true);
    const result = await runAsync(bin(), ["--version"], join(work, "lone"));
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe(version);
  });

  it("ships the bundled CLI, which its launcher runs (not older than tsc's dist/), with the data the build stores", () => {
    const installed = join(prefix, "lib", "node_modules", "policysmith");
    const bundle = statSync(join(installed, "dist", "bundle", "bin.js"));
    expect(bundle.mtimeMs).toBeGreaterThanOrEqual(statSync(join(installed, "dist", "bin.js")).mtimeMs);
    for (const file of [
      "dist/bundle/compromise-model.bin",
      "dist/bundle/read-worker.js",
      "dist/reference-data.json",
    ])
      expect(existsSync(join(installed, file)), file).toBe(true);
  });

  it("installs no development dependencies", () => {
    // A devDependency may still arrive as some runtime package's own dependency (@types/hast comes with
    // hast-util-to-html); one that nothing installed asks for is a dev dependency that leaked into the install.
    const modules = join(prefix, "lib", "node_modules", "policysmith", "node_modules");
    const installed = readdirSync(modules).flatMap((name) =>
      name.startsWith("@") ? readdirSync(join(modules, name)).map((sub) => `${name}/${sub}`) : [name],
    );
    const wanted = new Set<string>();
    for (const name of installed) {
      const manifest = join(modules, name, "package.json");
      if (!existsSync(manifest)) continue;
      const pkg = JSON.parse(readFileSync(manifest, "utf8"));
      for (const field of ["dependencies", "optionalDependencies", "peerDependencies"])
        for (const dep of Object.keys(pkg[field] ?? {})) wanted.add(dep);
    }
    const own = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));
    for (const dep of Object.keys(own.dependencies ?? {})) wanted.add(dep);
    const leaked = Object.keys(own.devDependencies ?? {}).filter(
      (name) => installed.includes(name) && !wanted.has(name),
    );
    expect(leaked).toEqual([]);
    for (const tool of ["typescript", "vitest", "@biomejs/biome"]) expect(installed).not.toContain(tool);
  });

  it("audits a .docx in a folder outside any project", async () => {
    const result = await runAsync(
      bin(),
      ["audit", "our-policy.docx", "--as-of", "2026-06-01"],
      join(work, "lone"),
    );
    const output = result.stdout + result.stderr;
    expect(result.status, output).toBe(1);
    expect(output).toContain("our-policy.docx");
    expect(output).toContain("review-date-missing");
    expect(output).toContain('write "Working Together to Safeguard Children 2023" instead');
    expect(output).toContain("1 document checked");
    expect(output).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n|internal error/i);
  });

  // docx 9.7.2+ declares nanoid ^6 (Node >= 22); the root `overrides` pins it to 5.x in this repository only,
  // so the tarball bundles docx with the nanoid it was tested with (bundleDependencies in package.json).
  it("installs without engine warnings on this Node", () => {
    expect(installLog).not.toContain("EBADENGINE");
  });
});
