/**
 * Builds every (setting × template × format): fill → render → atomic write, and a manifest.
 * One broken setting never stops the others; its problems are returned and nothing of it is half-written.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import type { LoadedProject } from "../data/load-project.js";
import { DataError, type Problem } from "../errors.js";
import type { Setting, TemplateMeta } from "../model.js";
import { packageVersion } from "../paths.js";
import { type Format, renderers } from "../render/formats.js";
import { isTypeOrGroup } from "../template/compile.js";
import { fillTemplate } from "../template/fill.js";
import { createLiquid } from "../template/liquid.js";
import { readLogo } from "./logo.js";
import { writeFileAtomically } from "./write-atomic.js";

export interface BuildOptions {
  formats: readonly Format[];
  outDir: string;
  templates?: string[];
  /** SOURCE_DATE_EPOCH (seconds) for documents whose setting has no dates of its own. */
  sourceDateEpoch?: string;
  onDocument?: (event: { settingId: string; templateId: string; files: string[] }) => void;
  onWarning?: (message: string) => void;
}

export interface BuiltFile {
  path: string;
  settingId: string;
  templateId: string;
  format: Format;
  sha256: string;
  inputs: Record<string, string>;
}

export interface BuildResult {
  files: BuiltFile[];
  /** Settings that could not be built, with why. */
  failed: Map<string, Problem[]>;
  built: string[];
}

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");

export function templatesFor(setting: Setting, project: LoadedProject, only?: string[]): TemplateMeta[] {
  const type = project.settingTypes.get(setting.type);
  return project.templates.filter((t) => {
    if (only && !only.includes(t.id)) return false;
    if (setting.templates) return setting.templates.includes(t.id);
    return t.applies_to.some((a) => a === "all" || a === setting.type || (type?.groups.includes(a) ?? false) || !isTypeOrGroup(a, project.settingTypes));
  });
}

export async function buildProject(project: LoadedProject, options: BuildOptions): Promise<BuildResult> {
  const liquid = createLiquid();
  const fallbackDate = options.sourceDateEpoch ? epochToIso(options.sourceDateEpoch) : undefined;
  const result: BuildResult = { files: [], failed: new Map(), built: [] };
  const fileHash = new Map<string, string>();
  const hashOf = async (file: string) => {
    let h = fileHash.get(file);
    if (!h) {
      h = sha256(await readFile(join(project.root, file)));
      fileHash.set(file, h);
    }
    return h;
  };

  for (const setting of project.settings) {
    const problems: Problem[] = [];
    const files: BuiltFile[] = [];
    const outputs: Array<{ path: string; bytes: Uint8Array }> = [];
    try {
      const logo = await readLogo(project.root, setting);
      const templates = templatesFor(setting, project, options.templates);
      for (const meta of templates) {
        const compiled = project.compiledTemplates.find((t) => t.meta.id === meta.id);
        if (!compiled) continue;
        const doc = fillTemplate(compiled, setting, {
          partnership: project.partnership,
          settingTypes: project.settingTypes,
          liquid,
          logo,
          fallbackDate,
        });
        const inputs = {
          template: await hashOf(meta.source),
          setting: await hashOf(setting.source),
          partnership: await hashOf(project.partnership.source),
          policysmith: packageVersion(),
        };
        for (const format of options.formats) {
          const bytes = await renderers[format](doc, {
            onWarning: (message) => options.onWarning?.(`${setting.source}: ${message}`),
          });
          const path = join(options.outDir, setting.id, `${meta.id}.${format}`);
          outputs.push({ path, bytes });
          files.push({ path: relative(project.root, path), settingId: setting.id, templateId: meta.id, format, sha256: sha256(bytes), inputs });
        }
      }
    } catch (error) {
      if (error instanceof DataError) problems.push(...error.problems);
      else
        problems.push({
          file: setting.source,
          settingId: setting.id,
          message: `could not be built: ${error instanceof Error ? error.message : String(error)}`,
        });
    }
    if (problems.length) {
      result.failed.set(setting.id, problems);
      continue;
    }
    // Only write once every document of the setting rendered: a failed setting leaves its old files alone.
    for (const output of outputs) await writeFileAtomically(output.path, output.bytes);
    result.files.push(...files);
    result.built.push(setting.id);
    options.onDocument?.({ settingId: setting.id, templateId: "*", files: files.map((f) => f.path) });
  }
  await writeManifest(project, options.outDir, result.files);
  return result;
}

interface Manifest {
  policysmith: string;
  files: Record<string, Omit<BuiltFile, "path">>;
}

/** output/manifest.json: each file with its sha256 and the hashes of what it was made from. */
async function writeManifest(project: LoadedProject, outDir: string, files: BuiltFile[]): Promise<void> {
  const path = join(outDir, "manifest.json");
  let manifest: Manifest = { policysmith: packageVersion(), files: {} };
  if (existsSync(path)) {
    try {
      const old = JSON.parse(await readFile(path, "utf8")) as Manifest;
      if (old && typeof old.files === "object") manifest.files = old.files;
    } catch {
      // A damaged manifest is rebuilt from this run.
    }
  }
  for (const { path: file, ...entry } of files) manifest.files[relative(outDir, join(project.root, file))] = entry;
  // Drop entries for settings that no longer exist.
  const ids = new Set(project.settings.map((s) => s.id).concat(project.problems.map((p) => p.settingId ?? "")));
  manifest.files = Object.fromEntries(
    Object.entries(manifest.files)
      .filter(([, entry]) => ids.has(entry.settingId))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
  );
  manifest = { policysmith: packageVersion(), files: manifest.files };
  await writeFileAtomically(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

function epochToIso(epoch: string): string | undefined {
  const seconds = Number(epoch);
  if (!Number.isFinite(seconds)) return undefined;
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}
