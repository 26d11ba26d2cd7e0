/** A loaded project: partnership data, setting types, settings and templates, plus every problem found. */
import type { Problem } from "../errors.js";
import type { Partnership, Setting, SettingType, TemplateMeta } from "../model.js";

/** 1-based line and column of a node in a YAML file. */
export interface YamlPosition {
  line: number;
  column: number;
}

export interface Project {
  /** The project folder (holds partnership.yaml, orgs/, policy-templates/). */
  root: string;
  partnership: Partnership;
  settingTypes: ReadonlyMap<string, SettingType>;
  /** Settings that loaded and validated. Settings with problems are left out and their problems listed. */
  settings: Setting[];
  templates: TemplateMeta[];
  /** Problems in setting files (each makes that setting fail; others go on). */
  problems: Problem[];
  /**
   * Where a value sits in a loaded YAML file: `locate("orgs/acorns.yaml", ["leads", 0, "training", 1, "date"])`.
   * Falls back to the nearest existing parent node; undefined if the file is unknown.
   */
  locate(file: string, path: ReadonlyArray<string | number>): YamlPosition | undefined;
}
