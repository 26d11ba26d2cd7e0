/**
 * Builds every (setting × template × format): fill → render → atomic write, and a manifest.
 * One broken setting never stops the others; its problems are returned and nothing of it is half-written.
 * Incremental: an output whose inputs (template, setting, partnership, setting types, logo, policysmith's
 * version) have not changed since the manifest was written is not rendered again. Parallel: with jobs > 1
 * settings are built in worker threads, each of which parses the templates once.
 */
import { createHash } from "node:crypto";
import { lstat, readdir, readFile, realpath } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { dirname, join, relative, resolve } from "node:path";
import type { LoadedProject, SettingFile } from "../data/load-project.js";
import { DataError, type Problem } from "../errors.js";
import type { Setting } from "../model.js";
import { packagePath, packageVersion, workerFile } from "../paths.js";
import { type Format, renderers } from "../render/formats.js";
import { useNodePlatform } from "../render/platform-node.js";
import { fillTemplate } from "../template/fill.js";
import { createLiquid } from "../template/liquid.js";
import { templatesFor } from "../template/select.js";
import { readLogo } from "./logo.js";
import {
  type ManifestEntry,
  type ManifestFiles,
  ManifestJournal,
  manifestKey,
  readManifestState,
  writeMergedManifest,
} from "./manifest.js";
import { removeLeftoverTempFiles, removeOwnedOutput } from "./owned-files.js";
import { inShard, type Shard } from "./shard.js";
import { describeWriteError, WriteError, writeFilesAtomically } from "./write-atomic.js";

export { templatesFor } from "../template/select.js";

export interface BuildOptions {
  formats: readonly Format[];
  outDir: string;
  templates?: string[];
  /** The --org filter, when one was given: a filtered build never removes anything. */
  orgs?: string[];
  /** SOURCE_DATE_EPOCH (seconds) for documents whose setting has no dates of its own. */
  sourceDateEpoch?: string;
  /** Rebuild even when the manifest says an output is up to date. */
  force?: boolean;
  /** Reuse blocks rendered for earlier settings (default true); false = `--no-cache`, same bytes. */
  cache?: boolean;
  /**
   * What the last build left (BuildResult.manifestStamp): when the manifest on disk is still that one and says
   * exactly what this run would write, with every output present, the run is settled without reading it. Used only
   * by a run over every setting, template and format in the manifest (no --org, --template, --shard or --force)
   * that does not list its files.
   */
  manifestStamp?: ManifestStamp;
  /**
   * List every output in BuildResult.files (default true). The CLI says false: the list grows with the number of
   * settings, and the manifest is built from the journal without it.
   */
  listFiles?: boolean;
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

export interface BuiltFile extends ManifestEntry {
  /** Relative to the project root. */
  path: string;
}

export interface BuildResult {
  /** Every output of the settings built this run (written or up to date); empty with `listFiles: false`. */
  files: BuiltFile[];
  /** How many outputs the settings built this run have (written or up to date). */
  documents: number;
  written: number;
  unchanged: number;
  /** Settings that could not be built, with why. */
  failed: Map<string, Problem[]>;
  built: string[];
  /** Settings with nothing to build: no usable template applies to them (or every one has problems). */
  blocked: string[];
  /** Outputs of settings that no longer exist, deleted this run (paths inside the output folder). */
  removed: string[];
  /** Outputs of settings that no longer exist that were kept, because the build cannot prove it wrote them. */
  kept: Array<{ path: string; why: string }>;
  /** The manifest (or its journal) could not be saved. */
  manifestProblem?: Problem;
  /** What the next build may take instead of reading the manifest (BuildOptions.manifestStamp), when it was saved. */
  manifestStamp?: ManifestStamp;
}

/**
 * manifest.json as a build left it: the sha256 of its bytes (hashing 3.5 MB costs a few milliseconds; parsing it
 * costs hundreds) and the digest of what it says about every output (manifestDigest). Kept in the load cache (src/build/load-cache.ts), it lets a
 * no-op rebuild tell that every output's inputs are those recorded without parsing the manifest — 6,000 entries,
 * 3.5 MB, which was a third of a 1,000-setting no-op's CPU with the garbage collection it caused.
 */
export interface ManifestStamp {
  digest: string;
  sha256: string;
}

const sha256 = (data: Uint8Array | string) => createHash("sha256").update(data).digest("hex");

export async function buildProject(project: LoadedProject, options: BuildOptions): Promise<BuildResult> {
  const outDir = options.outDir;
  // A project loaded without setting values (the CLI's) gives the files to load again, one at a time, in whichever
  // thread renders them: this thread then holds no setting's values, whatever their number.
  const settings: BuildTarget[] = (project.settingFiles ?? project.settings).filter((s) =>
    inShard(s.id, options.shard),
  );
  const jobs = Math.max(1, Math.min(options.jobs ?? availableParallelism(), settings.length));

  const result: BuildResult = {
    files: [],
    documents: 0,
    written: 0,
    unchanged: 0,
    failed: new Map(),
    built: [],
    blocked: [],
    removed: [],
    kept: [],
  };
  // A few dozen at a time: every setting's folder at once held thousands of pending reads and their errors (a
  // first build has no folders), 5-10 MiB more peak RSS for 5,000 settings.
  for (let start = 0; start < settings.length; start += CHECKS_AT_ONCE)
    await Promise.all(
      settings
        .slice(start, start + CHECKS_AT_ONCE)
        .map((setting) => removeLeftoverTempFiles(outDir, setting.id)),
    );

  const stamped =
    options.manifestStamp &&
    !options.force &&
    !options.shard &&
    !options.orgs &&
    !options.templates &&
    options.listFiles === false
      ? await settledByStamp(project, settings, options, options.manifestStamp)
      : undefined;
  if (stamped) {
    for (const outcome of stamped) {
      result.documents += outcome.files.length;
      result.unchanged += outcome.unchanged;
      if (outcome.files.length === 0) result.blocked.push(outcome.settingId);
      else result.built.push(outcome.settingId);
      options.onSetting?.({
        settingId: outcome.settingId,
        written: [],
        unchanged: outcome.unchanged,
        problems: [],
      });
    }
    result.built.sort();
    result.manifestStamp = options.manifestStamp;
    return result;
  }
  const { files: previous, current: manifestCurrent } = await readManifestState(outDir, packageVersion());

  // Each setting that wrote files is appended to a journal beside the manifest as it finishes, so a build that
  // is killed part-way is picked up where it stopped; the manifest itself is written once, at the end, from the
  // previous one and the journal — this thread keeps no record per output, so its memory does not grow with
  // the number of settings. (Rewriting the whole manifest every few settings made a big build quadratic.)
  const journal = new ManifestJournal(outDir);
  let journalError: Problem | undefined;
  let journaled = false;
  /** What was written after the journal could not be: kept here instead (a full disk; rare). */
  const unjournaled: ManifestFiles = {};
  const listFiles = options.listFiles ?? true;
  const collect = (outcome: SettingOutcome) => {
    if (listFiles) result.files.push(...outcome.files);
    result.documents += outcome.files.length;
    result.written += outcome.written.length;
    result.unchanged += outcome.unchanged;
    if (outcome.problems.length) result.failed.set(outcome.settingId, outcome.problems);
    else if (outcome.files.length === 0) result.blocked.push(outcome.settingId);
    else result.built.push(outcome.settingId);
    options.onSetting?.({
      settingId: outcome.settingId,
      written: outcome.written,
      unchanged: outcome.unchanged,
      problems: outcome.problems,
    });
    // Only settings that wrote files change what the manifest on disk should say.
    const written = new Set(outcome.written);
    const entries: ManifestFiles = {};
    for (const { path, ...entry } of outcome.files)
      if (written.has(path)) entries[manifestKey(entry.settingId, entry.templateId, entry.format)] = entry;
    if (Object.keys(entries).length && !journalError) {
      try {
        journaled = true;
        journal.append(outcome.settingId, entries);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        journalError = {
          file: relative(project.root, join(outDir, "manifest-journal.jsonl")) || "manifest-journal.jsonl",
          message: `could not record the build's progress: ${describeWriteError(code)}`,
        };
      }
    }
    if (journalError) Object.assign(unjournaled, entries);
  };

  const request: BuildRequest = {
    root: project.root,
    outDir,
    formats: options.formats,
    templates: options.templates,
    sourceDateEpoch: options.sourceDateEpoch,
    force: options.force ?? false,
    cache: options.cache ?? true,
    previous,
  };
  const builder = await SettingBuilder.create(project, request, options.onWarning);
  if (jobs === 1) {
    // A setting given by its file is read again only when something of it must render.
    const stale: BuildTarget[] = [];
    for (const setting of settings) {
      const outcome = isSettingFile(setting) ? await builder.upToDate(setting) : undefined;
      if (outcome) collect(outcome);
      else stale.push(setting);
    }
    await buildInTurn(builder, stale, collect);
  } else {
    // Settings whose outputs are all up to date are settled here: a no-op rebuild starts no worker at all.
    // The checks read and hash each setting's logo; they run a few dozen at a time (never every setting's
    // logo in memory at once), and are settled in order.
    const stale: BuildTarget[] = [];
    if (request.force) stale.push(...settings);
    else
      for (let start = 0; start < settings.length; start += CHECKS_AT_ONCE) {
        const chunk = settings.slice(start, start + CHECKS_AT_ONCE);
        const checks = await Promise.all(chunk.map((s) => builder.upToDate(s)));
        for (const [index, setting] of chunk.entries()) {
          const outcome = checks[index];
          if (outcome) collect(outcome);
          else stale.push(setting);
        }
      }
    if (stale.length === 1) collect(await builder.build(stale[0]));
    else if (stale.length > 1)
      await buildInWorkers(
        stale,
        {
          ...request,
          cacheBytes: WORKER_CACHE_BYTES,
          settingHashes: Object.fromEntries(
            stale.filter((s) => !isSettingFile(s)).map((s) => [s.id, project.sourceHash(s.source) ?? ""]),
          ),
        },
        Math.min(jobs, stale.length),
        collect,
        options.onWarning,
      );
  }
  result.built.sort();

  // Outputs of deleted settings leave the previous manifest (the records this run wrote are of settings that exist).
  await settleManifest(previous, result, project, options);
  // Nothing written or removed, over a manifest that already says exactly this: it is left as it is.
  const unchangedManifest =
    manifestCurrent &&
    !journaled &&
    Object.keys(unjournaled).length === 0 &&
    result.removed.length === 0 &&
    result.kept.length === 0;
  try {
    if (unchangedManifest) result.manifestStamp = await stampOf(outDir, previous);
    else {
      // The previous manifest, then what this run wrote (the journal's lines, or what it could not take), written
      // setting by setting: this thread never holds this run's records, whatever the number of settings.
      const digest = new ManifestDigest();
      const written = await writeMergedManifest(
        outDir,
        packageVersion(),
        previous,
        journal,
        unjournaled,
        (key, entry) => digest.add(key, JSON.stringify(entry.inputs)),
      );
      journal.remove();
      result.manifestStamp = { digest: digest.hex(), sha256: written.sha256 };
    }
  } catch (error) {
    result.manifestProblem = {
      file: relative(project.root, join(outDir, "manifest.json")) || "manifest.json",
      message: `could not save the record of what was built: ${error instanceof WriteError ? error.message : String(error)} (the next build will render everything again)`,
    };
  }
  if (journalError && !result.manifestProblem) result.manifestProblem = journalError;
  if (result.manifestProblem) result.manifestStamp = undefined;
  return result;
}

/** manifestDigest made entry by entry, given in the order of their keys. */
class ManifestDigest {
  private readonly hash = createHash("sha256");
  add(key: string, inputs: string): void {
    this.hash.update(key).update("\0").update(inputs).update("\n");
  }
  hex(): string {
    return this.hash.digest("hex");
  }
}

/** The digest of what a manifest says about each output: its key and its inputs, in the order of the keys. */
function manifestDigest(entries: Array<[key: string, inputs: string]>): string {
  const digest = new ManifestDigest();
  for (const [key, inputs] of entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)))
    digest.add(key, inputs);
  return digest.hex();
}

/** The sha256 of manifest.json's bytes; undefined when it is not a plain file (a pipe is never opened). */
async function manifestHash(outDir: string): Promise<string | undefined> {
  const path = join(outDir, "manifest.json");
  if (!(await lstat(path).catch(() => undefined))?.isFile()) return undefined;
  const bytes = await readFile(path).catch(() => undefined);
  return bytes && sha256(bytes);
}

/** The stamp of the manifest now on disk, which says `files`; undefined when it is not a plain file. */
async function stampOf(outDir: string, files: ManifestFiles): Promise<ManifestStamp | undefined> {
  const hash = await manifestHash(outDir);
  if (!hash) return undefined;
  const digest = manifestDigest(Object.entries(files).map(([key, e]) => [key, JSON.stringify(e.inputs)]));
  return { digest, sha256: hash };
}

/**
 * Every setting's outcome when the manifest on disk is the one `stamp` describes, it says exactly what this run
 * would record — each output of each setting with the inputs it has now, and nothing else — and every output is
 * there; else undefined (the run then reads the manifest and checks each output, as without a stamp).
 */
async function settledByStamp(
  project: LoadedProject,
  settings: BuildTarget[],
  options: BuildOptions,
  stamp: ManifestStamp,
): Promise<SettingOutcome[] | undefined> {
  if ((await manifestHash(options.outDir)) !== stamp.sha256) return undefined;
  if (await lstat(join(options.outDir, "manifest-journal.jsonl")).catch(() => undefined)) return undefined;
  const builder = await SettingBuilder.create(
    project,
    {
      root: project.root,
      outDir: options.outDir,
      formats: options.formats,
      sourceDateEpoch: options.sourceDateEpoch,
      force: false,
      cache: true,
      previous: {},
    },
    options.onWarning,
  );
  const entries: Array<[string, string]> = [];
  const outcomes: SettingOutcome[] = [];
  for (let start = 0; start < settings.length; start += CHECKS_AT_ONCE) {
    const chunk = settings.slice(start, start + CHECKS_AT_ONCE);
    const checked = await Promise.all(chunk.map((s) => builder.presentOutputs(s)));
    for (const [index, outputs] of checked.entries()) {
      const setting = chunk[index] as BuildTarget;
      if (!outputs) return undefined;
      entries.push(...outputs);
      outcomes.push({
        settingId: setting.id,
        // Only their number is used: a run that lists its files never comes here.
        files: outputs.map(([key]) => ({ path: key }) as BuiltFile),
        written: [],
        unchanged: outputs.length,
        problems: [],
        warnings: [],
      });
    }
  }
  return manifestDigest(entries) === stamp.digest ? outcomes : undefined;
}

/**
 * The new manifest, changed in place: every entry of the old one stays unless this run wrote that very output
 * again (filters, failed settings and other shards never cost another output its record). Outputs of settings
 * that no longer exist are removed only when this run covered them (not with --org; only the formats and
 * templates it built; only its shard), only while orgs/ still has setting files at all, and only files the
 * build can prove it wrote.
 */
async function settleManifest(
  files: ManifestFiles,
  result: BuildResult,
  project: LoadedProject,
  options: BuildOptions,
): Promise<ManifestFiles> {
  // A run with --org covers only the settings it names, so it can prove nothing about deleted ones; a run with
  // --template or --format covers only those outputs of them.
  const existing = new Set(project.settingFileIds);
  if (options.orgs || existing.size === 0) return files;
  for (const [key, entry] of Object.entries(files)) {
    if (existing.has(entry.settingId) || !inShard(entry.settingId, options.shard)) continue;
    if (!options.formats.includes(entry.format)) continue;
    if (options.templates && !options.templates.includes(entry.templateId)) continue;
    const removal = await removeOwnedOutput(options.outDir, key, entry);
    delete files[key];
    if (removal.removed) result.removed.push(key);
    else result.kept.push({ path: key, why: removal.why });
  }
  return files;
}

/** What a worker (or this thread) needs to build settings: plain data, so it can cross threads. */
export interface BuildRequest {
  root: string;
  outDir: string;
  formats: readonly Format[];
  templates?: string[];
  sourceDateEpoch?: string;
  force: boolean;
  /** Reuse rendered blocks across settings (src/render/block-cache.ts). */
  cache: boolean;
  /**
   * What a worker thread's block caches may hold together, in bytes (setBlockCacheBudget): set by buildProject for
   * its workers (WORKER_CACHE_BYTES). A build in the caller's own thread leaves that thread's budget as it is.
   */
  cacheBytes?: number;
  previous: ManifestFiles;
  /** The hash of each setting given as values, as loaded in the main thread (a SettingFile carries its own). */
  settingHashes?: Record<string, string>;
}

/**
 * What a build is given for each setting: its values (a project loaded with them), or its file — loaded again,
 * and checked again, by the thread that renders it.
 */
export type BuildTarget = Setting | SettingFile;

export function isSettingFile(target: BuildTarget): target is SettingFile {
  return "templateIds" in target;
}

export interface SettingOutcome {
  settingId: string;
  files: BuiltFile[];
  written: string[];
  unchanged: number;
  problems: Problem[];
  warnings: string[];
}

/** How many settings are checked for being up to date at once. */
const CHECKS_AT_ONCE = 64;

/** How many logos a SettingBuilder keeps read. */
const MAX_LOGOS_KEPT = 16;

/** A setting rendered, its files being written: `written` settles with its outcome once they are on disk. */
export interface RenderedSetting {
  written: Promise<SettingOutcome>;
}

/**
 * How many settings' files may be on their way to disk while the next setting renders. Waiting for each setting's
 * flush before rendering the next left a worker idle for it (7-10 ms a setting on an idle disk, 200 ms and more on
 * a busy one); two in flight cover the wait, a few more absorb a slow flush, and each holds only its own bytes.
 */
export const WRITES_IN_FLIGHT = 4;

/**
 * Builds the settings one after another, each setting's files written while the next ones render (at most
 * WRITES_IN_FLIGHT behind); the outcomes in the settings' order, each once its files are on disk.
 */
export async function buildInTurn(
  builder: SettingBuilder,
  settings: readonly BuildTarget[],
  onOutcome: (outcome: SettingOutcome) => void,
): Promise<void> {
  const pending: Array<Promise<SettingOutcome>> = [];
  for (const setting of settings) {
    if (pending.length >= WRITES_IN_FLIGHT) onOutcome(await (pending.shift() as Promise<SettingOutcome>));
    pending.push((await builder.render(setting)).written);
  }
  for (const written of pending) onOutcome(await written);
}

/** Builds one setting at a time against a loaded project; one per thread. */
export class SettingBuilder {
  private readonly liquid = createLiquid();
  /** Hashes of packaged files read so far. */
  private readonly fileHash = new Map<string, Promise<string>>();
  /** Logos read so far, by path: each is read once, and what is hashed is what is rendered. */
  private readonly logos = new Map<string, Promise<Awaited<ReturnType<typeof readLogo>>>>();
  /** Which names in the output folder are plain folders (listed once, on the first check of an output). */
  private plainFolders?: Promise<Set<string>>;

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
    useNodePlatform();
    return new SettingBuilder(project, request, onWarning);
  }

  private hashOfPackaged(file: string): Promise<string> {
    let h = this.fileHash.get(file);
    if (!h) {
      h = readFile(file).then(sha256);
      this.fileHash.set(file, h);
    }
    return h;
  }

  private logoOf(setting: BuildTarget): Promise<Awaited<ReturnType<typeof readLogo>>> {
    if (!setting.logo) return Promise.resolve(undefined);
    const key = resolve(this.project.root, dirname(setting.source), setting.logo.path);
    let logo = this.logos.get(key);
    if (logo)
      this.logos.delete(key); // kept as the most recently used
    else {
      logo = readLogo(this.project.root, setting, (file, path) => this.project.locate(file, path));
      logo.catch(() => this.logos.delete(key)); // a failure is reported per setting, never cached
    }
    this.logos.set(key, logo);
    // A few logos are kept (a partnership's shared one stays), never one per setting: memory flat in N.
    if (this.logos.size > MAX_LOGOS_KEPT) this.logos.delete(this.logos.keys().next().value as string);
    return logo;
  }

  /**
   * The hashes of the inputs exactly as they were loaded and will be rendered — not of the files as they are
   * on disk now, which someone may have edited since (a policy recorded as built from text it never saw would
   * be called up to date for ever).
   */
  private async inputsOf(setting: BuildTarget, logo: Awaited<ReturnType<typeof readLogo>>, hash?: string) {
    const { project, request } = this;
    return {
      setting:
        hash ??
        (isSettingFile(setting) ? setting.sha256 : undefined) ??
        request.settingHashes?.[setting.id] ??
        project.sourceHash(setting.source) ??
        "",
      partnership: project.sourceHash(project.partnership.source) ?? "",
      settingTypes: await this.hashOfPackaged(packagePath("data", "setting-types.yaml")),
      logo: logo ? sha256(logo.data) : "",
      policysmith: packageVersion(),
      sourceDateEpoch: request.sourceDateEpoch ?? "",
    };
  }

  /** The setting's outcome when every output is up to date (nothing to render), else undefined. */
  async upToDate(setting: BuildTarget): Promise<SettingOutcome | undefined> {
    const checked = await this.run(setting, true);
    return checked && (await checked.written);
  }

  /** Builds one setting; a setting given by its file is first loaded (and checked) again, here. */
  async build(setting: BuildTarget): Promise<SettingOutcome> {
    return (await this.render(setting)).written;
  }

  /**
   * Renders one setting, and starts writing its files: `written` settles once they are on disk (or could not be
   * written). The caller may render the next setting meanwhile (buildInTurn), so a thread never waits for the
   * disk's flush with nothing to do; `written` never rejects.
   */
  async render(setting: BuildTarget): Promise<RenderedSetting> {
    if (!isSettingFile(setting)) return (await this.run(setting, false)) as RenderedSetting;
    const loaded = await this.project.loadSetting(setting);
    if (!loaded.setting)
      return {
        written: Promise.resolve({
          settingId: setting.id,
          files: [],
          written: [],
          unchanged: 0,
          problems: loaded.problems,
          warnings: [],
        }),
      };
    // The hash of the bytes just read and checked: what is rendered is what the manifest records.
    return (await this.run(loaded.setting, false, loaded.hash)) as RenderedSetting;
  }

  /**
   * The names of the plain files in the setting's output folder — one listing, not a look at each output: a no-op
   * rebuild of 1,000 settings made 6,000 lstat calls (and their promises) where 1,000 listings do. A folder that is
   * a link, or not a folder, has no output that counts (the build then reports it as plainOutputFolder says).
   */
  private async outputsPresent(settingId: string): Promise<Set<string>> {
    const outDir = this.request.outDir;
    this.plainFolders ??= readdir(outDir, { withFileTypes: true }).then(
      (entries) => new Set(entries.filter((e) => e.isDirectory()).map((e) => e.name)),
      () => new Set<string>(),
    );
    if (!(await this.plainFolders).has(settingId)) return new Set();
    try {
      const entries = await readdir(join(outDir, settingId), { withFileTypes: true });
      return new Set(entries.filter((e) => e.isFile()).map((e) => e.name));
    } catch {
      return new Set();
    }
  }

  /**
   * The manifest key and inputs (as JSON) of every output of the setting, when every one of them is in the output
   * folder; undefined when one is missing or its inputs cannot be worked out (its logo cannot be read).
   */
  async presentOutputs(setting: BuildTarget): Promise<Array<[string, string]> | undefined> {
    try {
      const common = await this.inputsOf(setting, await this.logoOf(setting));
      const outputs: Array<[string, string]> = [];
      let present: Set<string> | undefined;
      for (const meta of this.templatesOf(setting)) {
        const compiled = this.project.compiledTemplates.find((t) => t.meta.id === meta.id);
        if (!compiled) continue;
        const inputs = JSON.stringify({ template: compiled.sha256, ...common });
        for (const format of this.request.formats) {
          present ??= await this.outputsPresent(setting.id);
          if (!present.has(`${meta.id}.${format}`)) return undefined;
          outputs.push([manifestKey(setting.id, meta.id, format), inputs]);
        }
      }
      return outputs;
    } catch {
      return undefined;
    }
  }

  /** The templates that apply to the setting, as --template narrows them. */
  private templatesOf(setting: BuildTarget) {
    const { project, request } = this;
    if (!isSettingFile(setting)) return templatesFor(setting, project, request.templates);
    return project.templates.filter(
      (t) => setting.templateIds.includes(t.id) && (!request.templates || request.templates.includes(t.id)),
    );
  }

  private async run(
    setting: BuildTarget,
    checkOnly: boolean,
    hash?: string,
  ): Promise<RenderedSetting | undefined> {
    const { project, request } = this;
    const outcome: SettingOutcome = {
      settingId: setting.id,
      files: [],
      written: [],
      unchanged: 0,
      problems: [],
      warnings: [],
    };
    const outputs: Array<{ path: string; bytes: Uint8Array; file: BuiltFile }> = [];
    let present: Promise<Set<string>> | undefined;
    const isPresent = async (name: string) => {
      if (!present) present = this.outputsPresent(setting.id);
      return (await present).has(name);
    };
    try {
      const logo = await this.logoOf(setting);
      const common = await this.inputsOf(setting, logo, hash);
      for (const meta of this.templatesOf(setting)) {
        const compiled = project.compiledTemplates.find((t) => t.meta.id === meta.id);
        if (!compiled) continue;
        const inputs = { template: compiled.sha256, ...common };
        const key = JSON.stringify(inputs);
        const pending: Format[] = [];
        for (const format of request.formats) {
          const name = manifestKey(setting.id, meta.id, format);
          const old = request.previous[name];
          if (
            !request.force &&
            old &&
            JSON.stringify(old.inputs) === key &&
            (await isPresent(`${meta.id}.${format}`))
          ) {
            outcome.files.push({ path: relative(project.root, join(request.outDir, name)), ...old });
            outcome.unchanged++;
          } else pending.push(format);
        }
        if (pending.length === 0) continue;
        // A setting given by its file is only checked here; build() loads it before it renders.
        if (checkOnly || isSettingFile(setting)) return undefined;
        const doc = fillTemplate(compiled, setting, {
          partnership: project.partnership,
          settingTypes: project.settingTypes,
          liquid: this.liquid,
          logo,
          fallbackDate: request.sourceDateEpoch ? epochToIso(request.sourceDateEpoch) : undefined,
        });
        for (const format of pending) {
          const bytes = await renderers[format](doc, {
            cache: request.cache,
            onWarning: (message) => {
              outcome.warnings.push(`${setting.source}: ${message}`);
              this.onWarning?.(`${setting.source}: ${message}`);
            },
          });
          const path = join(request.outDir, setting.id, `${meta.id}.${format}`);
          outputs.push({
            path,
            bytes,
            file: {
              path: relative(project.root, path),
              settingId: setting.id,
              templateId: meta.id,
              format,
              sha256: sha256(bytes),
              inputs,
            },
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
    if (outcome.problems.length) return { written: Promise.resolve({ ...outcome, files: [] }) };
    // Every output up to date: nothing is written, so the folder need not be looked at again.
    if (outputs.length === 0) return { written: Promise.resolve(outcome) };
    // Only write once every document of the setting rendered: a failed setting leaves its old files alone.
    return {
      written: this.write(setting, outcome, outputs).catch((error: unknown) => ({
        ...outcome,
        files: [],
        problems: [
          {
            file: setting.source,
            settingId: setting.id,
            message: `could not be written: ${error instanceof Error ? error.message : String(error)}`,
          },
        ],
      })),
    };
  }

  /** Writes a rendered setting's files. A write that fails (a full disk) leaves that file as it was, and fails the setting. */
  private async write(
    setting: BuildTarget,
    outcome: SettingOutcome,
    outputs: Array<{ path: string; bytes: Uint8Array; file: BuiltFile }>,
  ): Promise<SettingOutcome> {
    const { project, request } = this;
    const folder = await plainOutputFolder(request.outDir, setting.id);
    if (folder !== true) {
      outcome.problems.push({
        file: relative(project.root, join(request.outDir, setting.id)),
        settingId: setting.id,
        message: folder,
      });
      return { ...outcome, files: [] };
    }
    // The setting's files are flushed to disk together and then renamed into place: one wait, not one per file.
    const errors = await writeFilesAtomically(outputs.map(({ path, bytes }) => ({ path, data: bytes })));
    for (const [i, output] of outputs.entries()) {
      const error = errors[i];
      if (error) {
        outcome.problems.push({
          file: output.file.path,
          settingId: setting.id,
          message: `could not be written: ${error.message} (the previous version, if any, was left as it was)`,
        });
        continue;
      }
      outcome.files.push(output.file);
      outcome.written.push(output.file.path);
    }
    return outcome;
  }
}

/**
 * A setting's output folder must be a plain folder inside the output folder: never a link that would send
 * the policies (and their replacements) somewhere else. True, or what is wrong in plain words.
 */
async function plainOutputFolder(outDir: string, settingId: string): Promise<true | string> {
  const folder = join(outDir, settingId);
  try {
    const info = await lstat(folder);
    if (info.isSymbolicLink())
      return "is a link to another folder — policysmith writes only into plain folders inside the output folder; remove the link";
    if (!info.isDirectory()) return "is a file where the setting's folder should be — move it away";
    if ((await realpath(folder)) !== join(await realpath(outDir), settingId))
      return "is not inside the output folder — remove it";
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return true;
    return `cannot be used: ${describeWriteError((error as NodeJS.ErrnoException).code)}`;
  }
}

/**
 * What a build worker's block caches may hold together (src/render/block-cache.ts; a library caller's thread keeps
 * BLOCK_CACHE_BYTES, 64 MiB). Measured in one thread over 300 generated settings × 2 templates × 3 formats: at
 * 64 MiB the caches filled to their limits (docx 20 MiB, PDF 32, HTML 8: 123 MiB of live heap after a full GC), at
 * 16 MiB they missed 0.4% more of 60,000 lookups per format (the blocks every setting of a type shares stay; a
 * setting's own blocks, used once, leave first) with 70 MiB of live heap. A full build of 1,000 settings with two
 * workers peaked at 483 MiB RSS instead of 664, for 2% more CPU (181 s against 177, both on a machine loaded 30).
 */
export const WORKER_CACHE_BYTES = 16 * 1024 * 1024;

/**
 * The old-generation heap a build worker may use. Without a limit V8 lets each worker's heap grow far beyond
 * what it holds alive (a 60-setting, 3-format build peaked at 540–580 MB RSS; 400–410 MB with this limit, for
 * no measurable loss of speed on a loaded machine; 128 MB cost CPU). A worker's caches are bounded well below
 * it (WORKER_CACHE_BYTES), which hold 70–100 MiB alive in all. At 256 MB a 1,000-setting build's workers still let
 * their heaps grow to the end (149 → 158 MB over the last 15 of 40 batches, peak 483 MiB RSS); at 192 they level
 * off at 150–156 MB (peak 477 MiB), with no CPU cost seen. A smaller young generation costs more than it saves:
 * 300 settings, two workers, run side by side, peaked at 406 MiB RSS with 63 s of CPU (256 MB, V8's 32 MB young
 * generation for a worker), 375 MiB with 70 s (192 MB, maxYoungGenerationSizeMb 16), 356 MiB with 74 s (160, 8).
 */
export const WORKER_HEAP_MB = 192;

/** How the build's worker pool is made: one thread per job, each with a capped heap. */
export function workerPoolOptions(jobs: number) {
  return {
    // The bundled CLI runs its own bundled worker (dist/bundle/build-worker.js), tsc's dist/ its own.
    filename: workerFile("build"),
    maxThreads: jobs,
    minThreads: jobs,
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  };
}

/** Why a worker failed its batch, in plain words. */
export function workerFailure(error: unknown): string {
  if ((error as { code?: string }).code === "ERR_WORKER_OUT_OF_MEMORY")
    return `the build ran out of memory (each worker thread may use ${WORKER_HEAP_MB} MB) — build this setting on its own with --org and --jobs 1, which has no such limit`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * The settings in batches for the workers, in order: small batches keep every thread busy and results streaming back
 * (each worker keeps the templates); they shrink towards the end (a quarter of each worker's share of what is left,
 * at most 25, down to one setting), so the threads finish together. With batches of 25 to the end, one worker often
 * sat idle for most of a batch while the other finished its last (a 1,000-setting build: up to 25 settings, 2-3 s).
 */
export function buildBatches<T>(settings: readonly T[], jobs: number): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < settings.length; ) {
    const size = Math.max(1, Math.min(25, Math.ceil((settings.length - start) / (jobs * 4))));
    batches.push(settings.slice(start, start + size));
    start += size;
  }
  return batches;
}

type Pool = import("piscina").Piscina;

/**
 * Worker threads started before the project is loaded (startWorkersEarly), for the next build to take. Each
 * thread's start — loading the renderers' modules, then (its warm-up task) the partnership and templates —
 * otherwise waits until this thread has read and checked every setting file, looked at the output folder and the
 * last manifest: with two cores, the threads' start and this thread's checks then run one after the other.
 */
let early: { jobs: number; started: Promise<{ pool: Pool; warmUps: Promise<unknown> }> } | undefined;

/** For tests: pools started early, taken by a build, and stopped untaken; and their threads' finished warm-ups. */
export const earlyWorkerUse = { started: 0, taken: 0, stopped: 0, warmedUp: 0 };

/**
 * Starts `jobs` build workers now and has each load what every setting shares from `root` (the worker's warm-up),
 * while the caller loads the project. The next build with workers takes them; stopEarlyWorkers stops them when no
 * build did (a build that failed to start, or found at most one setting to render). A single job starts none.
 */
export function startWorkersEarly(jobs: number | undefined, root: string): void {
  const threads = jobs ?? availableParallelism();
  if (threads < 2 || early) return;
  const started = import("piscina").then(({ Piscina }) => {
    const pool = new Piscina(workerPoolOptions(threads));
    // One warm-up per thread, side by side; a failure here is the first batch's to report, not this call's.
    const warmUps = Promise.all(
      Array.from({ length: threads }, () =>
        pool.run({ warmUp: root }).then(
          () => earlyWorkerUse.warmedUp++,
          () => {},
        ),
      ),
    );
    return { pool, warmUps };
  });
  early = { jobs: threads, started };
  earlyWorkerUse.started++;
}

/** Stops the workers startWorkersEarly started when no build took them; nothing when none are waiting. */
export async function stopEarlyWorkers(): Promise<void> {
  const waiting = early;
  early = undefined;
  if (waiting) await stopUntaken(waiting);
}

/**
 * Stops early threads no build took, once each has finished starting. A thread stopped while Node is still loading
 * its module (piscina loads it with require(), which Node 20 runs synchronously for an ES module) can abort the whole
 * process — "FATAL ERROR: v8::Module::IsGraphAsync … must be used on an instantiated module", seen once in CI when
 * a usage error ended a first build a moment after its threads started. A thread runs its warm-up only after its
 * module has loaded, so waiting for the warm-ups (a second or so) makes the stop safe.
 */
async function stopUntaken(waiting: NonNullable<typeof early>): Promise<void> {
  earlyWorkerUse.stopped++;
  const { pool, warmUps } = await waiting.started;
  await warmUps;
  await pool.destroy();
}

async function buildInWorkers(
  settings: BuildTarget[],
  request: BuildRequest,
  jobs: number,
  collect: (outcome: SettingOutcome) => void,
  onWarning?: (message: string) => void,
): Promise<void> {
  // Threads started early are taken when there are at least as many as this build would start (more threads than
  // batches only sit idle); otherwise they are stopped and this build starts its own.
  const waiting = early;
  early = undefined;
  let pool: Pool;
  if (waiting && waiting.jobs >= jobs) {
    pool = (await waiting.started).pool;
    earlyWorkerUse.taken++;
  } else {
    if (waiting) await stopUntaken(waiting);
    const { Piscina } = await import("piscina");
    pool = new Piscina({ ...workerPoolOptions(jobs) });
  }
  try {
    const batches = buildBatches(settings, jobs);
    const { previous, settingHashes, ...rest } = request;
    const previousBySetting = new Map<string, ManifestFiles>();
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
            settingHashes: Object.fromEntries(
              batch.filter((s) => !isSettingFile(s)).map((s) => [s.id, settingHashes?.[s.id] ?? ""]),
            ),
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
                  message: `could not be built: ${workerFailure(error)}`,
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
