/**
 * output/manifest-cache.json: what a build learnt about unchanged input files, so that a rebuild need not parse
 * them again — each setting file's parsed YAML and each cleanly compiled template's front matter, by the sha256
 * of the file's exact bytes — and, for a build's main thread only, which setting files passed every check under the
 * same rules (the thread that renders a setting checks its file again). A remembered value is checked again
 * (src/data/load-project.ts), and a remembered template is compiled again, and compared, before it renders.
 *
 * Kept beside manifest.json, written atomically, and read with suspicion: a file that cannot be read, is not
 * ours, is from another version of policysmith, other setting types or other schemas, or has the wrong shape is ignored (the
 * build then parses everything, as without a cache). Entries this run did not use are dropped when it is saved,
 * so the file never grows beyond the project.
 */
import { createHash } from "node:crypto";
import { readFile, realpath } from "node:fs/promises";
import { join } from "node:path";
import type { CleanSettingFile, LoadCache } from "../data/load-project.js";
import { readInputFile } from "../data/read-input.js";
import type { TemplateMeta } from "../model.js";
import { packagePath, packageVersion } from "../paths.js";
import type { ManifestStamp } from "./build.js";
import { writeFileAtomically } from "./write-atomic.js";

export const LOAD_CACHE_FILE = "manifest-cache.json";
/** Far above any real project's (a thousand settings make about 1 MB). */
const MAX_CACHE_BYTES = 256 * 1024 * 1024;
const SHA256 = /^[0-9a-f]{64}$/;

interface CacheFile {
  policysmith: string;
  /** sha256 of what else decides a verdict: policysmith's version, the setting types and the schemas (CONTEXT_FILES). */
  context: string;
  /** sha256 of a YAML file's bytes → the JSON of the value it parsed to. */
  yaml: Record<string, string>;
  /** sha256 of a template's bytes → its front matter. */
  templates: Record<string, TemplateMeta>;
  /** manifest.json as the last build left it (src/build/build.ts, ManifestStamp). */
  manifest?: ManifestStamp;
  /** sha256 of a setting file's bytes → what a build's main thread keeps of it, and the rules it was checked by. */
  settings?: Record<string, SettingVerdict>;
}

interface SettingVerdict extends CleanSettingFile {
  rules: string;
}

export class OutputLoadCache implements LoadCache {
  private readonly usedYaml = new Map<string, string>();
  private readonly usedTemplates = new Map<string, TemplateMeta>();
  private readonly usedSettings = new Map<string, SettingVerdict>();
  private changed = false;
  private stamp?: ManifestStamp;

  private constructor(
    private readonly path: string,
    private readonly context: string,
    private readonly old: CacheFile | undefined,
  ) {}

  /** The cache of the output folder `outDir` (empty when it has none, or none that can be trusted). */
  static async open(outDir: string): Promise<OutputLoadCache> {
    const context = await cacheContext();
    const path = join(outDir, LOAD_CACHE_FILE);
    let old: CacheFile | undefined;
    try {
      const read = await readInputFile(path, {
        realRoot: await realpath(outDir),
        maxBytes: MAX_CACHE_BYTES,
        what: "the build's cache",
        tooLarge: "",
      });
      if (read.ok) old = trustedCache(JSON.parse(read.bytes.toString("utf8")), context);
    } catch {
      // No output folder yet, or a damaged file: nothing is remembered.
    }
    return new OutputLoadCache(path, context, old);
  }

  parsedYaml(sha256: string): unknown {
    const json = this.usedYaml.get(sha256) ?? this.old?.yaml[sha256];
    if (json === undefined) return undefined;
    try {
      const value: unknown = JSON.parse(json);
      this.usedYaml.set(sha256, json);
      return value;
    } catch {
      return undefined;
    }
  }

  rememberParsedYaml(sha256: string, value: unknown): void {
    // Only what JSON gives back exactly (YAML's .inf, .nan or -0 would come back changed).
    if (!jsonExact(value)) return;
    this.usedYaml.set(sha256, JSON.stringify(value));
    this.changed = true;
  }

  cleanTemplate(sha256: string): TemplateMeta | undefined {
    const meta = this.usedTemplates.get(sha256) ?? this.old?.templates[sha256];
    if (meta) this.usedTemplates.set(sha256, meta);
    return meta;
  }

  rememberCleanTemplate(sha256: string, meta: TemplateMeta): void {
    if (!jsonExact(meta)) return;
    this.usedTemplates.set(sha256, meta);
    this.changed = true;
  }

  cleanSettingFile(sha256: string, rules: string): CleanSettingFile | undefined {
    const verdict = this.usedSettings.get(sha256) ?? this.old?.settings?.[sha256];
    if (!verdict || verdict.rules !== rules) return undefined;
    this.usedSettings.set(sha256, verdict);
    // The file's parsed value is kept too (unparsed), for a run whose rules change.
    const json = this.old?.yaml[sha256];
    if (json !== undefined && !this.usedYaml.has(sha256)) this.usedYaml.set(sha256, json);
    return { name: verdict.name, id: verdict.id, templateIds: verdict.templateIds };
  }

  rememberCleanSettingFile(sha256: string, rules: string, file: CleanSettingFile): void {
    this.usedSettings.set(sha256, {
      rules,
      name: file.name,
      id: file.id,
      templateIds: [...file.templateIds],
    });
    this.changed = true;
  }

  /** manifest.json as the last build left it, if remembered. */
  manifestStamp(): ManifestStamp | undefined {
    return this.old?.manifest;
  }

  /** manifest.json as this build leaves it (undefined: not known, and the old stamp is forgotten). */
  rememberManifestStamp(stamp: ManifestStamp | undefined): void {
    this.stamp = stamp;
    if (!sameStamp(stamp, this.old?.manifest)) this.changed = true;
  }

  /**
   * Writes what this run used or learnt, when that differs from the file. With `keepUnused` (a run that read
   * only some settings, --org) entries of the others are kept too. Never throws: a cache that cannot be saved
   * only costs the next run its parsing.
   */
  async save(options: { keepUnused?: boolean } = {}): Promise<boolean> {
    const yaml: Record<string, string> = options.keepUnused ? { ...this.old?.yaml } : {};
    const templates: Record<string, TemplateMeta> = options.keepUnused ? { ...this.old?.templates } : {};
    for (const [hash, json] of this.usedYaml) yaml[hash] = json;
    for (const [hash, meta] of this.usedTemplates) templates[hash] = meta;
    const settings: Record<string, SettingVerdict> = options.keepUnused ? { ...this.old?.settings } : {};
    for (const [hash, verdict] of this.usedSettings) settings[hash] = verdict;
    const unchanged =
      !this.changed &&
      this.old !== undefined &&
      Object.keys(yaml).length === Object.keys(this.old.yaml).length &&
      Object.keys(templates).length === Object.keys(this.old.templates).length &&
      Object.keys(settings).length === Object.keys(this.old.settings ?? {}).length;
    if (unchanged) return false;
    const file: CacheFile = {
      policysmith: packageVersion(),
      context: this.context,
      yaml,
      templates,
      ...(this.stamp ? { manifest: this.stamp } : {}),
      settings,
    };
    try {
      await writeFileAtomically(this.path, `${JSON.stringify(file)}\n`);
      return true;
    } catch {
      return false;
    }
  }
}

let context: Promise<string> | undefined;

/** What a remembered verdict depends on besides the file itself: policysmith's version and setting types. */
/**
 * The package's files that decide a remembered verdict besides the project's own: the setting types and the JSON
 * schemas a setting and the partnership are checked against. policysmith's version alone does not cover them (it
 * stays the same from commit to commit, and for an install from git).
 */
export const CONTEXT_FILES = [
  ["data", "setting-types.yaml"],
  ["schema", "setting.schema.json"],
  ["schema", "partnership.schema.json"],
] as const;

function cacheContext(): Promise<string> {
  context ??= Promise.all(CONTEXT_FILES.map((parts) => readFile(packagePath(...parts)))).then((files) => {
    const hash = createHash("sha256").update(packageVersion());
    for (const bytes of files) hash.update("\0").update(sha256Hex(bytes));
    return hash.digest("hex");
  });
  return context;
}

const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The file's content if it has exactly the shape save() writes, for this version and context; else undefined. */
function trustedCache(data: unknown, context: string): CacheFile | undefined {
  if (!data || typeof data !== "object") return undefined;
  const file = data as Partial<CacheFile>;
  if (file.policysmith !== packageVersion() || file.context !== context) return undefined;
  const yaml: Record<string, string> = Object.create(null);
  const templates: Record<string, TemplateMeta> = Object.create(null);
  if (file.yaml && typeof file.yaml === "object")
    for (const [hash, json] of Object.entries(file.yaml))
      if (SHA256.test(hash) && typeof json === "string") yaml[hash] = json;
  if (file.templates && typeof file.templates === "object")
    for (const [hash, meta] of Object.entries(file.templates))
      if (SHA256.test(hash) && isTemplateMeta(meta)) templates[hash] = meta;
  const stamp = file.manifest as Partial<ManifestStamp> | undefined;
  const manifest =
    stamp &&
    typeof stamp === "object" &&
    typeof stamp.digest === "string" &&
    SHA256.test(stamp.digest) &&
    typeof stamp.sha256 === "string" &&
    SHA256.test(stamp.sha256)
      ? { digest: stamp.digest, sha256: stamp.sha256 }
      : undefined;
  const settings: Record<string, SettingVerdict> = Object.create(null);
  if (file.settings && typeof file.settings === "object")
    for (const [hash, verdict] of Object.entries(file.settings))
      if (SHA256.test(hash) && isSettingVerdict(verdict)) settings[hash] = verdict;
  return {
    policysmith: file.policysmith,
    context,
    yaml,
    templates,
    ...(manifest ? { manifest } : {}),
    settings,
  };
}

function isSettingVerdict(value: unknown): value is SettingVerdict {
  if (!value || typeof value !== "object") return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.rules === "string" &&
    SHA256.test(v.rules) &&
    typeof v.name === "string" &&
    typeof v.id === "string" &&
    Array.isArray(v.templateIds) &&
    v.templateIds.every((t) => typeof t === "string")
  );
}

function sameStamp(a: ManifestStamp | undefined, b: ManifestStamp | undefined): boolean {
  if (!a || !b) return a === b;
  return a.digest === b.digest && a.sha256 === b.sha256;
}

function isTemplateMeta(value: unknown): value is TemplateMeta {
  if (!value || typeof value !== "object") return false;
  const meta = value as Record<string, unknown>;
  const text = (v: unknown) => typeof v === "string";
  return (
    text(meta.id) &&
    text(meta.title) &&
    text(meta.version) &&
    text(meta.source) &&
    typeof meta.number_headings === "boolean" &&
    Array.isArray(meta.applies_to) &&
    meta.applies_to.every(text) &&
    typeof meta.review_cycle_months === "number" &&
    Array.isArray(meta.changelog) &&
    meta.changelog.every(
      (entry: unknown) =>
        !!entry &&
        typeof entry === "object" &&
        ["version", "date", "changes"].every((k) => text((entry as Record<string, unknown>)[k])),
    )
  );
}

/** Whether JSON.parse(JSON.stringify(value)) gives back exactly `value`. */
function jsonExact(value: unknown): boolean {
  if (value === null || typeof value === "string" || typeof value === "boolean") return true;
  if (typeof value === "number") return Number.isFinite(value) && !Object.is(value, -0);
  if (Array.isArray(value)) return value.every(jsonExact);
  if (typeof value === "object") {
    if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null)
      return false;
    return Object.entries(value as object).every(([key, item]) => key !== "__proto__" && jsonExact(item));
  }
  return false;
}
