/** The kinds of setting, read from data/setting-types.yaml (one source of truth). */

import { readFile } from "node:fs/promises";
import { ConfigError } from "../errors.js";
import type { SettingType } from "../model.js";
import { packagePath } from "../paths.js";
import { parseYamlBytes } from "./yaml-source.js";

let settingTypesCache: Map<string, SettingType> | undefined;

export async function loadSettingTypes(): Promise<Map<string, SettingType>> {
  if (settingTypesCache) return settingTypesCache;
  const source = parseYamlBytes(
    "data/setting-types.yaml",
    await readFile(packagePath("data", "setting-types.yaml")),
  );
  if (source.problems.length) throw new ConfigError(source.problems);
  settingTypesCache = new Map((source.value as SettingType[]).map((t) => [t.id, t]));
  return settingTypesCache;
}
