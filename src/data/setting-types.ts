/** The kinds of setting, read from data/setting-types.yaml (one source of truth). */
import { ConfigError } from "../errors.js";
import type { SettingType } from "../model.js";
import { packagePath } from "../paths.js";
import { readYamlFile } from "./yaml-source.js";

let settingTypesCache: Map<string, SettingType> | undefined;

export async function loadSettingTypes(): Promise<Map<string, SettingType>> {
  if (settingTypesCache) return settingTypesCache;
  const source = await readYamlFile(packagePath("data", "setting-types.yaml"), "data/setting-types.yaml");
  if (source.problems.length) throw new ConfigError(source.problems);
  settingTypesCache = new Map((source.value as SettingType[]).map((t) => [t.id, t]));
  return settingTypesCache;
}
