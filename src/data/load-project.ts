/**
 * Loads a project folder: partnership.yaml, the setting types, orgs/*.yaml and policy-templates/.
 * Collects every problem (schema first, then cross-field checks) instead of stopping at the first.
 * A broken setting is left out with its problems; a broken partnership.yaml is a ConfigError.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, realpath, stat } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { ConfigError, type Problem, UsageError } from "../errors.js";
import type { Partnership, Setting, SettingType, TemplateMeta } from "../model.js";
import { useNodePlatform } from "../render/platform-node.js";
import { type CompiledTemplate, loadTemplates } from "../template/load-templates.js";
import { templatesFor } from "../template/select.js";
import { decodeUtf8Strict } from "../text/encoding.js";
import { readLogoFile } from "./logo.js";
import type { Project, YamlPosition } from "./project.js";
import { type InputBytes, readInputFile } from "./read-input.js";
import { validateAgainstSchema } from "./schemas.js";
import { useNodeSchemas } from "./schemas-node.js";
import {
  approvalProblems,
  fileIdOf,
  hasSettingShape,
  MAX_SETTING_BYTES,
  problemAt,
  settingIdOf,
  settingProblems,
  topLevelProblem,
  withDefaults,
} from "./setting-source.js";
import { loadSettingTypes } from "./setting-types.js";
import {
  locateInYaml,
  parseYamlBytes,
  parseYamlText,
  type YamlSource,
  yamlSourceOfValue,
} from "./yaml-source.js";

export { MAX_SETTING_BYTES } from "./setting-source.js";

/** The largest partnership.yaml read (real ones are a few kilobytes). */
export const MAX_PARTNERSHIP_BYTES = 10 * 1024 * 1024;

export interface LoadedProject extends Project {
  compiledTemplates: CompiledTemplate[];
  /**
   * The id (file name without .yaml/.yml) of every setting file in orgs/, sorted: also those that failed to
   * load and those left out by --org.
   */
  settingFileIds: string[];
  /**
   * sha256 (hex) of the exact bytes read and parsed for partnership.yaml and each setting file that was
   * read, by its project-relative name (`partnership.source`, `setting.source`).
   */
  sourceHash(file: string): string | undefined;
  /** With `settingValues: false`: each setting file that loaded without a problem, in the order of `settings`. */
  settingFiles?: SettingFile[];
  /**
   * One setting file read and checked again (any file in orgs/, whatever --org chose): the setting, or its
   * problems, as loadProject would report them — but with no check against other files (ids used twice are
   * caught when the project is loaded).
   */
  loadSetting(file: Pick<SettingFile, "source">): Promise<LoadedSetting>;
}

/**
 * A setting file that loaded cleanly, as a build's main thread keeps it: where it is, the sha256 of the bytes
 * that were checked, and what tells whether its outputs are up to date (the templates that apply, its logo).
 */
export interface SettingFile {
  id: string;
  /** Relative to the project root, like Setting.source. */
  source: string;
  sha256: string;
  /** The templates that apply to it (src/template/select.ts), in the project's order. */
  templateIds: string[];
  logo?: Setting["logo"];
}

/** One setting file, read and checked: the setting when it has no problem. */
export interface LoadedSetting {
  setting?: Setting;
  problems: Problem[];
  /** The sha256 of the bytes read, when they could be read. */
  hash?: string;
  /** The parsed file, when it could be read. */
  source?: YamlSource;
}

export interface LoadOptions {
  /** Only these setting ids (others are not read beyond their id). */
  orgs?: string[];
  /**
   * Keep each setting's values in `settings` (default true). false (a build's main thread): every setting file is
   * read and checked as usual, but `settings` stays empty and `settingFiles` lists the ones that loaded cleanly —
   * what finds each again, not its values — so this thread's memory does not grow with the number of settings;
   * whoever renders a setting loads its file again with `loadSetting`.
   */
  settingValues?: boolean;
  /** What earlier runs learnt about unchanged files (src/build/load-cache.ts), to skip parsing them again. */
  cache?: LoadCache;
}

/**
 * What a loader may remember between runs, always by the sha256 of a file's exact bytes. It saves parsing only:
 * every check still runs on a remembered value, so a cache that lies cannot let a wrong setting through.
 */
export interface LoadCache {
  /** The value a YAML file with these bytes parsed to without a problem, if remembered. */
  parsedYaml(sha256: string): unknown;
  rememberParsedYaml(sha256: string, value: unknown): void;
  /** The front matter of a template with these bytes that compiled without a problem, if remembered. */
  cleanTemplate(sha256: string): TemplateMeta | undefined;
  rememberCleanTemplate(sha256: string, meta: TemplateMeta): void;
  /**
   * A setting file with these bytes that loaded without a problem under these rules (`rules`: the digest of the
   * partnership, the templates' front matter and the setting types it was checked against), as a build's main
   * thread keeps it — if remembered. Used only without setting values: the thread that renders a setting loads
   * and checks its file again, so a remembered verdict saves the main thread's checks and never lets a broken
   * setting render.
   */
  cleanSettingFile?(sha256: string, rules: string): CleanSettingFile | undefined;
  rememberCleanSettingFile?(sha256: string, rules: string, file: CleanSettingFile): void;
}

/** What a load keeps of a setting file that loaded cleanly, without its values (SettingFile, minus what is known). */
export interface CleanSettingFile {
  /** The file's name in orgs/. */
  name: string;
  id: string;
  templateIds: string[];
}

/**
 * A YAML file's bytes as a source: from the cache when these very bytes parsed cleanly before (the document
 * itself is then parsed only if a problem must be placed), else parsed, and remembered when clean.
 */
function yamlSource(file: string, bytes: Uint8Array, hash: string, cache: LoadCache | undefined): YamlSource {
  const known = cache?.parsedYaml(hash);
  if (known !== undefined) {
    const decoded = decodeUtf8Strict(bytes);
    if (decoded.ok) return yamlSourceOfValue(file, decoded.text, known);
  }
  const source = parseYamlBytes(file, bytes);
  if (cache && source.problems.length === 0 && source.value !== undefined)
    cache.rememberParsedYaml(hash, source.value);
  return source;
}

export async function loadProject(root: string, options: LoadOptions = {}): Promise<LoadedProject> {
  // Whatever loads a project in Node renders it next: the renderers' fonts and zlib, given here once for all.
  useNodePlatform();
  useNodeSchemas();
  // Each file's text is kept, not its parsed YAML document (most of a setting's memory): a
  // position is looked up again only when something is reported there.
  const texts = new Map<string, string>();
  const parsed = new Map<string, YamlSource>();
  const sourceOf = (file: string): YamlSource | undefined => {
    let source = parsed.get(file);
    if (source) return source;
    const text = texts.get(file);
    if (text === undefined) return undefined;
    source = parseYamlText(file, text);
    if (parsed.size >= 16) parsed.delete(parsed.keys().next().value as string);
    parsed.set(file, source);
    return source;
  };
  const show = (path: string) => relative(root, path) || path;
  const hashes = new Map<string, string>();
  const realRoot = await realpath(root).catch(() => root);

  // Partnership: nothing can be built without it, so its problems are configuration errors.
  const partnershipPath = join(root, "partnership.yaml");
  if (!existsSync(partnershipPath)) {
    throw new ConfigError([
      {
        file: show(partnershipPath),
        message: `there is no partnership.yaml in ${root} — run policysmith in your project folder (the one with partnership.yaml and orgs/), or pass --root DIR`,
      },
    ]);
  }
  const partnershipFile = show(partnershipPath);
  const partnershipBytes = await readInputFile(partnershipPath, {
    realRoot,
    maxBytes: MAX_PARTNERSHIP_BYTES,
    what: "partnership.yaml",
    tooLarge:
      "partnership.yaml holds the partnership's areas, contacts and courses and is never this large; check that it is the right file",
  });
  if (!partnershipBytes.ok)
    throw new ConfigError([{ file: partnershipFile, message: partnershipBytes.message }]);
  const partnershipHash = sha256(partnershipBytes.bytes);
  hashes.set(partnershipFile, partnershipHash);
  const partnershipSource = yamlSource(
    partnershipFile,
    partnershipBytes.bytes,
    partnershipHash,
    options.cache,
  );
  if (partnershipSource.problems.length === 0) {
    const shape = topLevelProblem(
      partnershipSource,
      "partnership.yaml needs at least name, areas (with their contacts) and courses — start from the partnership.yaml of policysmith's examples",
    );
    if (shape) partnershipSource.problems.push(shape);
  }
  texts.set(partnershipSource.file, partnershipSource.text);
  parsed.set(partnershipSource.file, partnershipSource);
  const partnershipProblems = partnershipSource.problems.length
    ? partnershipSource.problems
    : [...validateAgainstSchema("partnership", partnershipSource), ...checkPartnership(partnershipSource)];
  if (partnershipProblems.length) throw new ConfigError(partnershipProblems);
  const partnership = {
    ...(partnershipSource.value as Omit<Partnership, "source">),
    source: partnershipSource.file,
  };

  const settingTypes = await loadSettingTypes();

  const problems: Problem[] = [];
  const { templates: compiledTemplates, problems: templateProblems } = await loadTemplates(
    join(root, "policy-templates"),
    root,
    options.cache,
  );
  problems.push(...templateProblems);

  // Settings.
  const orgsDir = join(root, "orgs");
  const files = (await settingFileNames(orgsDir, show(orgsDir))).sort();
  const settingFileIds = [...new Set(files.map(fileIdOf))].sort();
  if (options.orgs) {
    const unknown = options.orgs.filter((wanted) => !settingFileIds.includes(wanted));
    if (unknown.length) throw new UsageError(unknownOrgMessage(unknown, settingFileIds));
  }
  const settings: Setting[] = [];
  const settingFiles: SettingFile[] = [];
  const keepValues = options.settingValues ?? true;
  const rules = { partnership, settingTypes, templates: compiledTemplates.map((t) => t.meta) };
  const checkFile = settingFileChecker(root, realRoot, rules);
  const byId = new Map<string, string>();
  const chosen = files.filter((name) => !options.orgs || options.orgs.includes(fileIdOf(name)));
  // Read a few hundred at a time (one await per chunk, not per file: with a thousand settings the waits were a fifth
  // of the load), then parsed in order. Never every file's bytes at once: 5,000 settings read together peaked at
  // 194 MiB RSS and kept 162 after a full GC; in chunks 129 and 129, as 1,000 settings do, for the same CPU.
  let contents: Awaited<ReturnType<typeof readSettingFile>>[] = [];
  // The first file to claim an id keeps it: a later one is told which file has it.
  const duplicate = (source: YamlSource, id: string): Problem[] => {
    const value = source.value as { id?: unknown } | undefined;
    if (typeof value?.id !== "string") return [];
    const first = byId.get(value.id);
    if (!first) {
      byId.set(value.id, source.file);
      return [];
    }
    const at = locateInYaml(source, ["id"]);
    return [
      {
        file: source.file,
        line: at?.line,
        column: at?.column,
        path: "id",
        settingId: id,
        message: `the id "${value.id}" is already used by ${first} — every setting needs its own id`,
      },
    ];
  };
  // Without values, a file whose bytes loaded cleanly under the same rules before is taken as it was then (its
  // logo aside: a setting with one is checked again), after the check against other files' ids.
  const verdicts = keepValues ? undefined : options.cache;
  const rulesDigest = verdicts?.cleanSettingFile
    ? createHash("sha256")
        .update(JSON.stringify([partnershipHash, rules.templates, [...settingTypes.values()]]))
        .digest("hex")
    : "";
  for (const [index, name] of chosen.entries()) {
    if (index % FILES_READ_AT_ONCE === 0)
      contents = await Promise.all(
        chosen
          .slice(index, index + FILES_READ_AT_ONCE)
          .map((file) => readSettingFile(join(orgsDir, file), realRoot)),
      );
    const read = contents[index % FILES_READ_AT_ONCE];
    if (read?.ok && verdicts?.cleanSettingFile) {
      const hash = sha256(read.bytes);
      const known = verdicts.cleanSettingFile(hash, rulesDigest);
      if (known && known.name === name && known.id === fileIdOf(name) && !byId.has(known.id)) {
        const file = show(join(orgsDir, name));
        byId.set(known.id, file);
        hashes.set(file, hash);
        settingFiles.push({ id: known.id, source: file, sha256: hash, templateIds: known.templateIds });
        continue;
      }
    }
    const loaded = await checkFile(name, read, options.cache, duplicate);
    const { source, hash } = loaded;
    if (hash) hashes.set(show(join(orgsDir, name)), hash);
    const found = loaded.problems;
    if (found.length || !loaded.setting) {
      if (source) texts.set(source.file, source.text);
      problems.push(...found);
      continue;
    }
    // Without values (a build's main thread), a setting that loaded cleanly leaves only what finds it again.
    if (keepValues) {
      texts.set(loaded.setting.source, source?.text ?? "");
      settings.push(loaded.setting);
    } else {
      const file = settingFileOf(loaded.setting, hash ?? "", rules);
      settingFiles.push(file);
      if (hash && !file.logo)
        verdicts?.rememberCleanSettingFile?.(hash, rulesDigest, {
          name,
          id: file.id,
          templateIds: file.templateIds,
        });
    }
  }

  return {
    root,
    settingFileIds,
    ...(keepValues ? {} : { settingFiles }),
    loadSetting: (file) => checkFile(basename(file.source), undefined),
    sourceHash: (file: string) => hashes.get(file) ?? hashes.get(show(file)),
    partnership,
    settingTypes,
    settings,
    templates: compiledTemplates.map((t) => t.meta),
    compiledTemplates,
    problems,
    locate(file: string, path: ReadonlyArray<string | number>): YamlPosition | undefined {
      const source = sourceOf(file) ?? sourceOf(show(file));
      return source ? locateInYaml(source, path) : undefined;
    },
  };
}

/** How many setting files a load reads at once. */
const FILES_READ_AT_ONCE = 256;

function readSettingFile(path: string, realRoot: string) {
  return readInputFile(path, {
    realRoot,
    maxBytes: MAX_SETTING_BYTES,
    what: "a setting file",
    home: "orgs/",
    tooLarge:
      "a setting file holds one setting's details and leads and is never this large; check that it is the right file",
  });
}

interface SettingFileRules {
  partnership: Omit<Partnership, "source">;
  settingTypes: ReadonlyMap<string, SettingType>;
  templates: TemplateMeta[];
}

/**
 * Reads and checks one setting file of orgs/ (its bytes, when they have been read already): schema and
 * cross-field checks, `more` (the loader's check against other files), its logo, then its approval.
 */
function settingFileChecker(root: string, realRoot: string, rules: SettingFileRules) {
  const orgsDir = join(root, "orgs");
  // Only a logo's verdict is kept, not the image (a thousand settings' logos would fill the memory), and only
  // a few: a partnership's shared logo is looked at once.
  const logos = new Map<string, Promise<string | undefined>>();
  return async (
    name: string,
    read: InputBytes | undefined,
    cache?: LoadCache,
    more?: (source: YamlSource, id: string) => Problem[],
  ): Promise<LoadedSetting> => {
    const fileId = fileIdOf(name);
    const full = join(orgsDir, name);
    const file = relative(root, full) || full;
    const bytes = read ?? (await readSettingFile(full, realRoot));
    if (!bytes.ok) return { problems: [{ file, message: bytes.message, settingId: fileId }] };
    const hash = sha256(bytes.bytes);
    const source = yamlSource(file, bytes.bytes, hash, cache);
    const found = settingProblems(source, fileId, rules);
    const value = source.value as Omit<Setting, "source"> | undefined;
    const id = settingIdOf(source, fileId);
    if (more) found.push(...more(source, id));
    const logoPath = (value as { logo?: { path?: unknown } } | undefined)?.logo?.path;
    if (hasSettingShape(source) && typeof logoPath === "string") {
      // Checked now, so `validate` reports a logo that cannot be used, not only `build`.
      const key = resolve(dirname(full), logoPath);
      let logo = logos.get(key);
      if (!logo) {
        logo = readLogoFile(realRoot, full, logoPath).then((r) => (r.ok ? undefined : r.message));
        logos.set(key, logo);
        if (logos.size > MAX_LOGO_VERDICTS) logos.delete(logos.keys().next().value as string);
      }
      const refused = await logo;
      if (refused) found.push({ ...problemAt(source, ["logo", "path"], refused), settingId: id });
    }
    if (found.length === 0 && hasSettingShape(source))
      found.push(...approvalProblems(source, id, rules.templates));
    if (found.length) return { problems: found, hash, source };
    const setting = withDefaults({ ...(value as Omit<Setting, "source">), source: file }, rules.settingTypes);
    return { setting, problems: [], hash, source };
  };
}

/** How many logos' verdicts a loader keeps. */
const MAX_LOGO_VERDICTS = 64;

function settingFileOf(setting: Setting, sha256: string, rules: SettingFileRules): SettingFile {
  return {
    id: setting.id,
    source: setting.source,
    sha256,
    templateIds: templatesFor(setting, rules).map((t) => t.id),
    ...(setting.logo ? { logo: setting.logo } : {}),
  };
}

/** The .yaml/.yml names in orgs/ (none if there is no orgs/); orgs/ that is not a readable folder stops the run. */
async function settingFileNames(orgsDir: string, shown: string): Promise<string[]> {
  const kind = await stat(orgsDir).catch((error: { code?: string }) => error.code ?? "unknown");
  if (kind === "ENOENT") return [];
  if (typeof kind === "string" || !kind.isDirectory())
    throw new ConfigError([
      {
        file: shown,
        message:
          typeof kind === "string"
            ? `cannot be read (${kind}) — orgs/ must be a folder you can open, holding one .yaml file per setting`
            : "is not a folder — orgs/ must be a folder holding one .yaml file per setting; rename or move this file",
      },
    ]);
  try {
    return (await readdir(orgsDir)).filter((f) => /\.ya?ml$/i.test(f));
  } catch (error) {
    throw new ConfigError([
      {
        file: shown,
        message: `cannot be read (${(error as { code?: string }).code ?? "unknown reason"}) — orgs/ must be a folder you can open`,
      },
    ]);
  }
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** "no setting called "oak-primry" — did you mean oak-primary? (3 settings in orgs/: …)" */
function unknownOrgMessage(unknown: string[], known: string[]): string {
  const listed =
    known.length === 0
      ? "there are no setting files in orgs/"
      : `${known.length} setting${known.length === 1 ? "" : "s"} in orgs/: ${known.slice(0, 10).join(", ")}${known.length > 10 ? ", …" : ""}`;
  return unknown
    .map((id) => {
      const near = closest(id, known);
      return `no setting called "${id}"${near ? ` — did you mean ${near}?` : ""} (${listed})`;
    })
    .join("\n");
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(word, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 10) return Math.abs(a.length - b.length);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length] as number;
}

function checkPartnership(source: YamlSource): Problem[] {
  const value = source.value as Omit<Partnership, "source">;
  const problems: Problem[] = [];
  const seenAreas = new Set<string>();
  value.areas.forEach((area, i) => {
    if (seenAreas.has(area.id))
      problems.push(
        problemAt(
          source,
          ["areas", i, "id"],
          `the area id "${area.id}" appears twice — give each area its own id`,
        ),
      );
    seenAreas.add(area.id);
  });
  const seenCourses = new Set<string>();
  value.courses.forEach((course, i) => {
    if (seenCourses.has(course.id))
      problems.push(
        problemAt(
          source,
          ["courses", i, "id"],
          `the course id "${course.id}" appears twice — give each course its own id`,
        ),
      );
    seenCourses.add(course.id);
  });
  return problems;
}
