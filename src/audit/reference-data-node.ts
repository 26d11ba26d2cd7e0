/**
 * Node shell for reference-data.ts: reads the packaged data/*.yaml files. Importing this module is enough — it
 * registers itself as the loader, so the files are read only when a rule first needs them.
 *
 * Parsing the YAML is a tenth of a second at start-up (the yaml parser is cold in a fresh process), so the build
 * (scripts/build-cli.mjs) leaves each file's text and parsed value in dist/reference-data.json; a file whose text
 * is exactly the text cached there is taken from it, and any other (an edited data file, no build) is parsed.
 * The yaml library itself is loaded only then: with the cache, an audit of one policy does not load it at all.
 * data/setting-types.yaml is cached the same way for an audit outside a project (packagedSettingTypes).
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { SettingType } from "../model.js";
import { packagePath } from "../paths.js";
import { type ReferenceData, setReferenceDataLoader } from "./reference-data.js";

/** yaml's `parse`, loaded when a file is not in the cache (a synchronous require: the loader is synchronous). */
const parse = (text: string): unknown =>
  (createRequire(import.meta.url)("yaml") as typeof import("yaml")).parse(text);

/** The reference data files, each parsed as `yaml.parse` reads it: the cache holds exactly these. */
export const REFERENCE_DATA_FILES = ["national-contacts.yaml", "outdated-references.yaml"] as const;

/** Where the build caches the parsed files: { "<file>": { text, value } }. */
export const REFERENCE_DATA_CACHE = packagePath("dist", "reference-data.json");

type Cache = Partial<Record<string, { text: string; value: unknown }>>;

/** How many files came from the cache and how many were parsed, in this thread (tests look at it). */
export const referenceDataReads = { cached: 0, parsed: 0 };

function readCache(file: string): Cache {
  try {
    return JSON.parse(readFileSync(file, "utf8")) as Cache;
  } catch {
    return {};
  }
}

function packagedYaml(file: (typeof REFERENCE_DATA_FILES)[number], cache: Cache): unknown {
  const text = readFileSync(packagePath("data", file), "utf8");
  const cached = cache[file];
  if (cached && cached.text === text) {
    referenceDataReads.cached++;
    return cached.value;
  }
  referenceDataReads.parsed++;
  return parse(text);
}

/** `cacheFile`: the build's cache, or another (tests); a cache that is missing or unreadable is no cache. */
export function loadReferenceData(cacheFile: string = REFERENCE_DATA_CACHE): ReferenceData {
  const cache = readCache(cacheFile);
  return {
    nationalContacts: packagedYaml("national-contacts.yaml", cache) as ReferenceData["nationalContacts"],
    outdatedReferences: packagedYaml(
      "outdated-references.yaml",
      cache,
    ) as ReferenceData["outdatedReferences"],
  };
}

/**
 * data/setting-types.yaml's kinds of setting, as loadSettingTypes (src/data/setting-types.ts) reads them: from the
 * cache while it holds the file's current text (the build checked that the file parses without a problem),
 * otherwise by loadSettingTypes itself.
 */
export async function packagedSettingTypes(
  cacheFile: string = REFERENCE_DATA_CACHE,
): Promise<Map<string, SettingType>> {
  const cached = readCache(cacheFile)["setting-types.yaml"];
  if (cached && cached.text === readFileSync(packagePath("data", "setting-types.yaml"), "utf8")) {
    referenceDataReads.cached++;
    return new Map((cached.value as SettingType[]).map((type) => [type.id, type]));
  }
  referenceDataReads.parsed++;
  return (await import("../data/setting-types.js")).loadSettingTypes();
}

setReferenceDataLoader(loadReferenceData);
