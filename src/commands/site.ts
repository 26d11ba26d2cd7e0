/**
 * `policysmith site [--out DIR]`: writes the self-service page (issue 13) — index.html, app.js (the prebuilt
 * bundle from dist/site/), style.css and data.js (the partnership's data, built into the page) — into a folder
 * it creates or already owns. A static page: open it from the folder or publish it on any web host.
 *
 * Ownership: the folder holds `.policysmith-site.json`, a manifest of what was written with each file's
 * sha256. A folder that is neither new, empty nor ours is refused, and a file of ours that someone has
 * changed since is never overwritten. The manifest is written before the files (naming both the old and the
 * new contents) and again after, so a run stopped half-way leaves a folder the next run still recognises.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, stat } from "node:fs/promises";
import { join, relative, resolve } from "node:path";
import { Command } from "commander";
import { WriteError, writeFileAtomically } from "../build/write-atomic.js";
import { UsageError } from "../errors.js";
import type { Io } from "../io.js";
import { packagePath } from "../paths.js";
import { projectRoot } from "./common.js";
import { printProblems } from "./report-problems.js";

/** The page's files, in the order they are written; the first three come prebuilt from dist/site/. */
export const SITE_FILES = ["index.html", "app.js", "style.css", "data.js"] as const;
export const SITE_MANIFEST = ".policysmith-site.json";

interface SiteFlags {
  out?: string;
  root?: string;
}

interface Manifest {
  writtenBy: "policysmith site";
  /** File name → the sha256 (hex) of every content policysmith wrote there and may still find there. */
  files: Record<string, string[]>;
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * The page's data as a classic script (file:// pages cannot fetch JSON). `<` is escaped so no text in the
 * data can end a script element; U+2028/2029 so older parsers read the literal too. Same data, same bytes.
 */
export function dataScript(data: unknown): string {
  const json = JSON.stringify(data, (_key, value) => {
    if (value instanceof Uint8Array)
      throw new Error("the page's data must be plain JSON: bytes cannot go into data.js");
    return value;
  })
    .replace(/</g, "\\u003c")
    .replace(/\u2028/g, "\\u2028")
    .replace(/\u2029/g, "\\u2029");
  return `globalThis.POLICYSMITH_DATA = ${json};\n`;
}

async function readManifest(dir: string): Promise<Manifest | undefined> {
  const path = join(dir, SITE_MANIFEST);
  if (!existsSync(path)) return undefined;
  try {
    const parsed = JSON.parse(await readFile(path, "utf8")) as Manifest;
    if (parsed?.writtenBy === "policysmith site" && parsed.files && typeof parsed.files === "object")
      return parsed;
  } catch {
    // An unreadable manifest proves nothing: treated as none.
  }
  return undefined;
}

/** Refuses (UsageError, exit 2) a folder policysmith cannot prove is its own; returns what it may replace. */
async function checkOwnership(dir: string, where: string): Promise<Record<string, string[]>> {
  if (!existsSync(dir)) return {};
  if (!(await stat(dir)).isDirectory())
    throw new UsageError(
      `${where} is a file, not a folder — choose another place with --out DIR (nothing was written)`,
    );
  const entries = await readdir(dir);
  const manifest = await readManifest(dir);
  if (!manifest) {
    if (entries.length === 0) return {};
    throw new UsageError(
      `${where}/ already holds files that policysmith did not write (${entries.slice(0, 3).join(", ")}${entries.length > 3 ? " …" : ""}) — choose an empty or new folder with --out DIR (nothing was written, nothing was removed)`,
    );
  }
  const current: Record<string, string[]> = {};
  for (const name of SITE_FILES) {
    const path = join(dir, name);
    if (!existsSync(path)) continue;
    const hash = sha256(await readFile(path));
    if (!(manifest.files[name] ?? []).includes(hash))
      throw new UsageError(
        `${where}/${name} has been changed since policysmith wrote it — move it away (or undo the change) and run again; nothing was written, so your change is safe`,
      );
    current[name] = [hash];
  }
  return current;
}

export function siteCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command("site")
    .description(
      "write the self-service web page where settings check and build their policy in the browser (nothing is uploaded)",
    )
    .option("--out <dir>", "folder for the page (default: site/ in the project)")
    .option("--root <dir>", "project folder (holds partnership.yaml, orgs/, policy-templates/)")
    .action(async (opts: SiteFlags) => {
      const root = projectRoot(io, opts.root);
      const [{ auditDataFromProject }, { buildDataFromProject }, { loadProject }] = await Promise.all([
        import("../app/audit-data-node.js"),
        import("../app/build-data-node.js"),
        import("../data/load-project.js"),
      ]);
      const project = await loadProject(root);
      const templateProblems = project.problems.filter((p) => !p.settingId);
      if (templateProblems.length) {
        printProblems(io, templateProblems);
        io.stderr(
          "policysmith: the page was not written — fix the template problems above first, or settings would build broken policies on it.\n",
        );
        setExitCode(1);
        return;
      }
      const outDir = opts.out === undefined ? join(root, "site") : resolve(io.cwd, opts.out);
      const where = relative(io.cwd, outDir) || ".";

      const bundled = new Map<string, Uint8Array>();
      for (const name of SITE_FILES.slice(0, 3)) {
        const path = packagePath("dist", "site", name);
        if (!existsSync(path))
          throw new Error(
            `the page's prebuilt ${name} is missing from ${path} — this copy of policysmith was not built with npm run build`,
          );
        bundled.set(name, await readFile(path));
      }
      const data = { audit: await auditDataFromProject(project), build: await buildDataFromProject(project) };
      bundled.set("data.js", Buffer.from(dataScript(data), "utf8"));

      const before = await checkOwnership(outDir, where);
      const after: Record<string, string[]> = {};
      for (const name of SITE_FILES) after[name] = [sha256(bundled.get(name) as Uint8Array)];
      const merged: Record<string, string[]> = {};
      for (const name of SITE_FILES) merged[name] = [...new Set([...(before[name] ?? []), ...after[name]])];
      const manifest = (files: Record<string, string[]>): string =>
        `${JSON.stringify({ writtenBy: "policysmith site", files } satisfies Manifest, null, 2)}\n`;
      try {
        await writeFileAtomically(join(outDir, SITE_MANIFEST), manifest(merged));
        for (const name of SITE_FILES)
          await writeFileAtomically(join(outDir, name), bundled.get(name) as Uint8Array);
        await writeFileAtomically(join(outDir, SITE_MANIFEST), manifest(after));
      } catch (error) {
        if (!(error instanceof WriteError)) throw error;
        throw new UsageError(`the page could not be written to ${where}/: ${error.message}`);
      }
      const kb = (name: string) => `${Math.round((bundled.get(name) as Uint8Array).byteLength / 1024)} KB`;
      io.stdout(
        `Wrote the self-service page for ${project.partnership.name} to ${where}/ (index.html, app.js ${kb("app.js")}, style.css, data.js ${kb("data.js")}).\n` +
          `Open ${join(where, "index.html")} in a web browser to try it: it works straight from the folder, with no internet connection.\n` +
          `To publish it, copy the files in ${where}/ to any web host (your website, SharePoint, GitHub Pages …) — it is a static page: no server, no database, nothing to install. ` +
          "Files that settings check or build on it never leave their computer.\n",
      );
      setExitCode(0);
    });
}
