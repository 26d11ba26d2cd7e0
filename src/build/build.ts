/**
 * Builds every (setting × template × format): fill → render → atomic write, and a manifest.
 * One broken setting never stops the others; its problems are returned and nothing of it is half-written.
 * Incremental: an output whose inputs (template, setting, partnership, setting types, logo, policysmith's
 * version) have not changed since the manifest was written is not rendered again. Parallel: with jobs > 1
 * settings are built in worker threads, each of which parses the templates once.
 */
import { createHash } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { readFile, rm, rmdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, join, relative } from "node:path";
import type { LoadedProject } from "../data/load-project.js";
import { DataError, type Problem } from "../errors.js";
import type { Setting, TemplateMeta } from "../model.js";
import { packagePath, packageVersion } from "../paths.js";
import { type Format, renderers } from "../render/formats.js";
import { isTypeOrGroup } from "../template/compile.js";
import { fillTemplate } from "../template/fill.js";
import { createLiquid } from "../template/liquid.js";
import { readLogo } from "./logo.js";
import { inShard, type Shard } from "./shard.js";
import { writeFileAtomically } from "./write-atomic.js";

export interface BuildOptions {
  formats: readonly Format[];
  outDir: string;
  templates?: string[];
  /** SOURCE_DATE_EPOCH (seconds) for documents whose setting has no dates of its own. */
  sourceDateEpoch?: string;
  /** Rebuild even when the manifest says an output is up to date. */
  force?: boolean;
  shard?: Shard;
  /** Worker threads; 1 builds in this thread. Default: the number of cores. */
  jobs?: number;
  onSetting?: (event: SettingEvent) => void;
  onWarning?: (message: string) => void;
}

export interface SettingEvent {
  settingId: string;
  /** Files written for it (relative to the project root). */
  written: string[];
  /** Outputs that were up to date. */
  unchanged: number;
  problems: Problem[];
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
  /** Every output of the settings built this run (written or up to date). */
  files: BuiltFile[];
  written: number;
  unchanged: number;
  /** Settings that could not be built, with why. */
  failed: Map<string, Problem[]>;
  built: string[];
  /** Outputs of settings that no longer exist, deleted this run. */
  removed: string[];
}

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");

export function templatesFor(
  setting: Setting,
  project: Pick<LoadedProject, "templates" | "settingTypes">,
  only?: string[],
): TemplateMeta[] {
  const type = project.settingTypes.get(setting.type);
  return project.templates.filter((t) => {
    if (only && !only.includes(t.id)) return false;
    if (setting.templates) return setting.templates.includes(t.id);
    return t.applies_to.some(
      (a) =>
        a === "all" ||
        a === setting.type ||
        (type?.groups.includes(a) ?? false) ||
        !isTypeOrGroup(a, project.settingTypes),
    );
  });
}

interface Manifest {
  policysmith: string;
  files: Record<string, Omit<BuiltFile, "path">>;
}

export async function buildProject(project: LoadedProject, options: BuildOptions): Promise<BuildResult> {
  const manifestPath = join(options.outDir, "manifest.json");
  const previous = await readManifest(manifestPath);
  const settings = project.settings.filter((s) => inShard(s.id, options.shard));
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), settings.length));

  const result: BuildResult = {
    files: [],
    written: 0,
    unchanged: 0,
    failed: new Map(),
    built: [],
    removed: [],
  };
  // Each setting that wrote files is appended to a journal beside the manifest as it finishes, so a build that
  // is killed part-way is picked up where it stopped; the manifest itself is written once, at the end.
  // (Rewriting the whole manifest every few settings made a big build quadratic in time and memory.)
  const journal = new ManifestJournal(options.outDir);
  const collect = (outcome: SettingOutcome) => {
    result.files.push(...outcome.files);
    result.written += outcome.written.length;
    result.unchanged += outcome.unchanged;
    if (outcome.problems.length) result.failed.set(outcome.settingId, outcome.problems);
    else result.built.push(outcome.settingId);
    options.onSetting?.({
      settingId: outcome.settingId,
      written: outcome.written,
      unchanged: outcome.unchanged,
      problems: outcome.problems,
    });
    // Only settings that wrote files change what the manifest on disk should say.
    if (outcome.written.length)
      journal.append(
        outcome.settingId,
        outcome.files.map(({ path, ...entry }) => [manifestKey(project, options.outDir, path), entry]),
      );
  };

  const request: BuildRequest = {
    root: project.root,
    outDir: options.outDir,
    formats: options.formats,
    templates: options.templates,
    sourceDateEpoch: options.sourceDateEpoch,
    force: options.force ?? false,
    previous: previous.files,
  };
  const builder = await SettingBuilder.create(project, request, options.onWarning);
  if (jobs === 1) {
    for (const setting of settings) collect(await builder.build(setting));
  } else {
    // Settings whose outputs are all up to date are settled here: a no-op rebuild starts no worker at all.
    // The checks read and hash each setting's file; they run together, and are settled in order.
    const stale: Setting[] = [];
    const checks = request.force ? [] : await Promise.all(settings.map((s) => builder.upToDate(s)));
    for (const [index, setting] of settings.entries()) {
      const outcome = checks[index];
      if (outcome) collect(outcome);
      else stale.push(setting);
    }
    if (stale.length === 1) collect(await builder.build(stale[0]));
    else if (stale.length > 1)
      await buildInWorkers(stale, request, Math.min(jobs, stale.length), collect, options.onWarning);
  }
  result.built.sort();

  const files = manifestFiles(previous, result, project, options.outDir);
  for (const path of result.removed) {
    await rm(join(options.outDir, path), { force: true });
    await rmdir(dirname(join(options.outDir, path))).catch(() => undefined); // only when empty
  }
  await writeManifest(manifestPath, files);
  journal.remove();
  return result;
}

/** An output's key in the manifest: its path inside the output folder. */
function manifestKey(project: LoadedProject, outDir: string, path: string): string {
  return relative(outDir, join(project.root, path));
}

/**
 * manifest-journal.jsonl: one line per setting built since the manifest was last written, appended as each
 * finishes. Read back on top of the manifest by the next run; a line cut short by a kill is skipped.
 */
class ManifestJournal {
  private readonly path: string;
  private started = false;

  constructor(outDir: string) {
    this.path = join(outDir, "manifest-journal.jsonl");
  }

  append(settingId: string, files: Array<[string, Omit<BuiltFile, "path">]>): void {
    if (!this.started) {
      mkdirSync(dirname(this.path), { recursive: true });
      this.started = true;
    }
    appendFileSync(this.path, `${JSON.stringify({ settingId, files: Object.fromEntries(files) })}\n`);
  }

  remove(): void {
    rmSync(this.path, { force: true });
  }

  /** The manifest's files with the journal's settings replayed over it. */
  static replay(outDir: string, files: Manifest["files"]): Manifest["files"] {
    const path = join(outDir, "manifest-journal.jsonl");
    if (!existsSync(path)) return files;
    const merged = { ...files };
    for (const line of readFileSync(path, "utf8").split("\n")) {
      let entry: { settingId: string; files: Manifest["files"] };
      try {
        entry = JSON.parse(line);
      } catch {
        continue; // empty, or cut short by a kill
      }
      if (typeof entry?.settingId !== "string" || typeof entry.files !== "object" || !entry.files) continue;
      for (const [key, old] of Object.entries(merged))
        if (old.settingId === entry.settingId) delete merged[key];
      Object.assign(merged, entry.files);
    }
    return merged;
  }
}

/**
 * The manifest keeps entries of settings outside this run (other shards, --org) and of settings that
 * failed (their old files stay), replaces those built now, and (at the end) drops settings that no longer exist.
 */
function manifestFiles(
  previous: Manifest,
  result: BuildResult,
  project: LoadedProject,
  outDir: string,
): Manifest["files"] {
  const known = new Set(project.settings.map((s) => s.id));
  for (const problem of project.problems) if (problem.settingId) known.add(problem.settingId);
  const builtNow = new Set(result.built);
  const files: Manifest["files"] = {};
  for (const [path, entry] of Object.entries(previous.files)) {
    if (!known.has(entry.settingId)) result.removed.push(path);
    else if (!builtNow.has(entry.settingId)) files[path] = entry;
  }
  for (const { path, ...entry } of result.files) files[manifestKey(project, outDir, path)] = entry;
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * One output per line: still easy to read and diff, and about half the size of indented JSON — which, for
 * thousands of settings, was the biggest single string a build made.
 */
async function writeManifest(path: string, files: Manifest["files"]): Promise<void> {
  const lines = Object.entries(files).map(
    ([key, entry]) => `${JSON.stringify(key)}: ${JSON.stringify(entry)}`,
  );
  await writeFileAtomically(
    path,
    `{"policysmith": ${JSON.stringify(packageVersion())}, "files": {\n${lines.join(",\n")}\n}}\n`,
  );
}

/** The manifest as the last run left it: manifest.json, with the journal of an interrupted run replayed over it. */
async function readManifest(path: string): Promise<Manifest> {
  let files: Manifest["files"] = {};
  if (existsSync(path)) {
    try {
      const manifest = JSON.parse(await readFile(path, "utf8")) as Manifest;
      if (manifest && typeof manifest.files === "object" && manifest.files) files = manifest.files;
    } catch {
      // A damaged manifest only costs a full rebuild.
    }
  }
  return { policysmith: packageVersion(), files: ManifestJournal.replay(dirname(path), files) };
}

/** What a worker (or this thread) needs to build settings: plain data, so it can cross threads. */
export interface BuildRequest {
  root: string;
  outDir: string;
  formats: readonly Format[];
  templates?: string[];
  sourceDateEpoch?: string;
  force: boolean;
  previous: Manifest["files"];
}

export interface SettingOutcome {
  settingId: string;
  files: BuiltFile[];
  written: string[];
  unchanged: number;
  problems: Problem[];
  warnings: string[];
}

/** Builds one setting at a time against a loaded project; one per thread. */
export class SettingBuilder {
  private readonly liquid = createLiquid();
  /** Hashes of files read so far; promises, so checks running together read each shared file once. */
  private readonly fileHash = new Map<string, Promise<string>>();

  private constructor(
    private readonly project: LoadedProject,
    private readonly request: BuildRequest,
    private readonly onWarning?: (message: string) => void,
  ) {}

  static async create(
    project: LoadedProject,
    request: BuildRequest,
    onWarning?: (message: string) => void,
  ): Promise<SettingBuilder> {
    return new SettingBuilder(project, request, onWarning);
  }

  private hashOf(file: string): Promise<string> {
    let h = this.fileHash.get(file);
    if (!h) {
      h = readFile(file).then(sha256);
      this.fileHash.set(file, h);
    }
    return h;
  }

  /** The setting's outcome when every output is up to date (nothing to render), else undefined. */
  async upToDate(setting: Setting): Promise<SettingOutcome | undefined> {
    return this.build(setting, true);
  }

  async build(setting: Setting): Promise<SettingOutcome>;
  async build(setting: Setting, checkOnly: true): Promise<SettingOutcome | undefined>;
  async build(setting: Setting, checkOnly = false): Promise<SettingOutcome | undefined> {
    const { project, request } = this;
    const outcome: SettingOutcome = {
      settingId: setting.id,
      files: [],
      written: [],
      unchanged: 0,
      problems: [],
      warnings: [],
    };
    const outputs: Array<{ path: string; bytes: Uint8Array }> = [];
    try {
      const logoFile = setting.logo
        ? join(project.root, dirname(setting.source), setting.logo.path)
        : undefined;
      const common = {
        setting: await this.hashOf(join(project.root, setting.source)),
        partnership: await this.hashOf(join(project.root, project.partnership.source)),
        settingTypes: await this.hashOf(packagePath("data", "setting-types.yaml")),
        logo: logoFile && existsSync(logoFile) ? await this.hashOf(logoFile) : "",
        policysmith: packageVersion(),
        sourceDateEpoch: request.sourceDateEpoch ?? "",
      };
      let logo: Awaited<ReturnType<typeof readLogo>> | null = null;
      for (const meta of templatesFor(setting, project, request.templates)) {
        const compiled = project.compiledTemplates.find((t) => t.meta.id === meta.id);
        if (!compiled) continue;
        const inputs = { template: await this.hashOf(join(project.root, meta.source)), ...common };
        const key = JSON.stringify(inputs);
        const pending: Format[] = [];
        for (const format of request.formats) {
          const name = join(setting.id, `${meta.id}.${format}`);
          const old = request.previous[name];
          if (
            !request.force &&
            old &&
            JSON.stringify(old.inputs) === key &&
            existsSync(join(request.outDir, name))
          ) {
            outcome.files.push({ path: relative(project.root, join(request.outDir, name)), ...old });
            outcome.unchanged++;
          } else pending.push(format);
        }
        if (pending.length === 0) continue;
        if (checkOnly) return undefined;
        logo ??= (await readLogo(project.root, setting)) ?? null;
        const doc = fillTemplate(compiled, setting, {
          partnership: project.partnership,
          settingTypes: project.settingTypes,
          liquid: this.liquid,
          logo: logo ?? undefined,
          fallbackDate: request.sourceDateEpoch ? epochToIso(request.sourceDateEpoch) : undefined,
        });
        for (const format of pending) {
          const bytes = await renderers[format](doc, {
            onWarning: (message) => {
              outcome.warnings.push(`${setting.source}: ${message}`);
              this.onWarning?.(`${setting.source}: ${message}`);
            },
          });
          const path = join(request.outDir, setting.id, `${meta.id}.${format}`);
          outputs.push({ path, bytes });
          outcome.files.push({
            path: relative(project.root, path),
            settingId: setting.id,
            templateId: meta.id,
            format,
            sha256: sha256(bytes),
            inputs,
          });
        }
      }
    } catch (error) {
      if (error instanceof DataError) outcome.problems.push(...error.problems);
      else
        outcome.problems.push({
          file: setting.source,
          settingId: setting.id,
          message: `could not be built: ${error instanceof Error ? error.message : String(error)}`,
        });
    }
    if (outcome.problems.length) return { ...outcome, files: [] };
    // Only write once every document of the setting rendered: a failed setting leaves its old files alone.
    for (const output of outputs) {
      await writeFileAtomically(output.path, output.bytes);
      outcome.written.push(relative(project.root, output.path));
    }
    return outcome;
  }
}

async function buildInWorkers(
  settings: Setting[],
  request: BuildRequest,
  jobs: number,
  collect: (outcome: SettingOutcome) => void,
  onWarning?: (message: string) => void,
): Promise<void> {
  const { Piscina } = await import("piscina");
  const pool = new Piscina({
    filename: packagePath("dist", "build", "worker.js"),
    maxThreads: jobs,
    minThreads: jobs,
  });
  try {
    // Small batches keep every thread busy and results streaming back; each worker keeps the templates.
    const batchSize = Math.max(1, Math.min(25, Math.ceil(settings.length / (jobs * 4))));
    const batches: Setting[][] = [];
    for (let i = 0; i < settings.length; i += batchSize) batches.push(settings.slice(i, i + batchSize));
    const { previous, ...rest } = request;
    const previousBySetting = new Map<string, Manifest["files"]>();
    for (const [path, entry] of Object.entries(previous)) {
      const entries = previousBySetting.get(entry.settingId) ?? {};
      entries[path] = entry;
      previousBySetting.set(entry.settingId, entries);
    }
    await Promise.all(
      batches.map(async (batch) => {
        const subset = Object.assign({}, ...batch.map((s) => previousBySetting.get(s.id) ?? {}));
        try {
          const outcomes = (await pool.run({
            ...rest,
            previous: subset,
            settings: batch,
          })) as SettingOutcome[];
          for (const outcome of outcomes) {
            for (const warning of outcome.warnings) onWarning?.(warning);
            collect(outcome);
          }
        } catch (error) {
          // A worker that crashed fails its settings, not the build.
          for (const setting of batch) {
            collect({
              settingId: setting.id,
              files: [],
              written: [],
              unchanged: 0,
              warnings: [],
              problems: [
                {
                  file: setting.source,
                  settingId: setting.id,
                  message: `could not be built: ${error instanceof Error ? error.message : String(error)}`,
                },
              ],
            });
          }
        }
      }),
    );
  } finally {
    await pool.destroy();
  }
}

function epochToIso(epoch: string): string | undefined {
  const seconds = Number(epoch);
  if (!Number.isFinite(seconds)) return undefined;
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}
