/**
 * One setting file's checks, from its parsed YAML to a validated Setting or its problems (schema first, then
 * cross-field checks against the partnership and the setting types), in the words `policysmith build` uses.
 * Pure: the Node loader (load-project.ts) and the self-service page (src/app/build-policy.ts) share it; the
 * checks that need files (a logo's image, another file with the same id) stay in the loader.
 */
import { checkApproval } from "../approval/approval.js";
import type { Problem } from "../errors.js";
import type { Partnership, Setting, SettingType, TemplateMeta } from "../model.js";
import { checkSectionLinks } from "./markdown-links.js";
import { validateAgainstSchema } from "./schemas.js";
import { formatPath, locateInYaml, parseYamlString, type YamlSource } from "./yaml-source.js";

/** The largest setting file read (real ones are a few kilobytes). */
export const MAX_SETTING_BYTES = 2 * 1024 * 1024;

/** What a setting is checked against. */
export interface SettingRules {
  partnership: Omit<Partnership, "source">;
  settingTypes: ReadonlyMap<string, SettingType>;
  /** The project's templates, which an approval's versions must name (src/approval/approval.ts). */
  templates?: readonly TemplateMeta[];
}

/**
 * Every problem of one parsed setting file: YAML errors, its shape, the schema, then the cross-field checks.
 * Each problem carries the setting's id (the file's own id when it has one, else the file name's).
 */
export function settingProblems(source: YamlSource, fileId: string, rules: SettingRules): Problem[] {
  const shape = source.problems.length === 0 ? topLevelProblem(source, SETTING_NEEDS) : undefined;
  const problems = source.problems.length
    ? [...source.problems]
    : shape
      ? [shape]
      : [...validateAgainstSchema("setting", source)];
  if (problems.length === 0)
    problems.push(...checkSetting(source, fileId, rules.partnership, rules.settingTypes));
  const id = settingIdOf(source, fileId);
  for (const problem of problems) problem.settingId = id;
  return problems;
}

/**
 * The approval's model and template versions checked against the templates (src/approval/approval.ts): asked
 * only of a file with no other problem, as the loader asks it.
 */
export function approvalProblems(
  source: YamlSource,
  id: string,
  templates: readonly TemplateMeta[],
): Problem[] {
  const value = source.value as Omit<Setting, "source">;
  return checkApproval(value.policy?.approved, templates).map((p) => ({
    ...problemAt(source, p.path, p.message),
    settingId: id,
  }));
}

/** The id problems are filed under: the file's own id when it has one, else its file name's. */
export function settingIdOf(source: YamlSource, fileId: string): string {
  const value = source.value as { id?: unknown } | undefined;
  return typeof value?.id === "string" ? value.id : fileId;
}

/** Whether the file's shape is sound (it parsed to a set of fields), so its logo may be looked at. */
export function hasSettingShape(source: YamlSource): boolean {
  return source.problems.length === 0 && !topLevelProblem(source, SETTING_NEEDS);
}

/**
 * A setting file's text (as a browser reads a file the user chose) → the validated Setting with its defaults,
 * or its problems. `fileName` is the name shown in messages and gives the id the file must have
 * ("orgs/acorns-nursery.yaml" or "acorns-nursery.yaml"). The logo's image is not looked at here.
 */
export function readSettingText(
  text: string,
  fileName: string,
  rules: SettingRules,
): { setting?: Setting; problems: Problem[]; source: YamlSource } {
  const fileId = fileIdOf(fileName);
  const source = parseYamlString(fileName, text);
  if (new TextEncoder().encode(text).length > MAX_SETTING_BYTES) {
    const problem: Problem = {
      file: fileName,
      settingId: fileId,
      message: `is too large (more than ${MAX_SETTING_BYTES / 1024 / 1024} MB) — a setting file holds one setting's details and leads and is never this large; check that it is the right file`,
    };
    return { problems: [problem], source };
  }
  const problems = settingProblems(source, fileId, rules);
  if (problems.length === 0 && rules.templates)
    problems.push(...approvalProblems(source, settingIdOf(source, fileId), rules.templates));
  if (problems.length) return { problems, source };
  const value = source.value as Omit<Setting, "source">;
  return { setting: withDefaults({ ...value, source: fileName }, rules.settingTypes), problems, source };
}

/** A setting's file name without its folder and .yaml/.yml: what its id must be. */
export function fileIdOf(name: string): string {
  return (name.split(/[\\/]/).pop() ?? name).replace(/\.ya?ml$/i, "");
}

export const SETTING_NEEDS =
  "a setting file needs at least id, name, type, area, policy and leads, one per line (id: acorns-nursery); copy another file in orgs/ and change its values";

/** An empty file, or one whose top level is a list or a single value rather than a set of fields. */
export function topLevelProblem(source: YamlSource, needs: string): Problem | undefined {
  const value = source.value;
  if (value !== null && value !== undefined && typeof value === "object" && !Array.isArray(value))
    return undefined;
  const at = locateInYaml(source, []);
  const place = { file: source.file, line: at?.line ?? 1, column: at?.column ?? 1 };
  if (value === null || value === undefined) return { ...place, message: `the file is empty — ${needs}` };
  if (Array.isArray(value))
    return {
      ...place,
      message: `the file holds a list (lines starting with -), not a set of fields — ${needs}`,
    };
  return { ...place, message: `the file holds a single value, not a set of fields — ${needs}` };
}

export function withDefaults(setting: Setting, types: ReadonlyMap<string, SettingType>): Setting {
  return {
    ...setting,
    governing_body: setting.governing_body ?? types.get(setting.type)?.governing_body ?? "management",
    leads: setting.leads ?? [],
  };
}

export function problemAt(source: YamlSource, path: Array<string | number>, message: string): Problem {
  const at = locateInYaml(source, path);
  return { file: source.file, line: at?.line, column: at?.column, path: formatPath(path), message };
}

function checkSetting(
  source: YamlSource,
  fileId: string,
  partnership: Omit<Partnership, "source">,
  types: ReadonlyMap<string, SettingType>,
): Problem[] {
  const setting = source.value as Omit<Setting, "source">;
  const problems: Problem[] = [];
  if (setting.id !== fileId)
    problems.push(
      problemAt(
        source,
        ["id"],
        `the id "${setting.id}" does not match the file name — rename the file to orgs/${setting.id}.yaml or change the id to "${fileId}"`,
      ),
    );
  if (!types.has(setting.type))
    problems.push(
      problemAt(
        source,
        ["type"],
        `"${setting.type}" is not a setting type policysmith knows — use one of: ${[...types.keys()].join(", ")}`,
      ),
    );
  if (!partnership.areas.some((a) => a.id === setting.area))
    problems.push(
      problemAt(
        source,
        ["area"],
        `"${setting.area}" is not an area in partnership.yaml — use one of: ${partnership.areas.map((a) => a.id).join(", ")}`,
      ),
    );
  const dates: Array<[Array<string | number>, string | undefined]> = [
    [["policy", "written"], setting.policy?.written],
    [["policy", "approved", "date"], setting.policy?.approved?.date],
    [["policy", "last_reviewed"], setting.policy?.last_reviewed],
    [["policy", "next_review"], setting.policy?.next_review],
  ];
  setting.leads.forEach((lead, i) => {
    lead.training?.forEach((record, j) => {
      dates.push([["leads", i, "training", j, "date"], record.date]);
    });
  });
  for (const [path, date] of dates) {
    if (date !== undefined && !isRealDate(date))
      problems.push(
        problemAt(source, path, `"${date}" is not a real date — check the day and month (YYYY-MM-DD)`),
      );
  }
  for (const [path, text] of placeholders(setting)) {
    problems.push(problemAt(source, path, `still says "${text}" — replace it with the real value`));
  }
  // A course is a catalogue id or, for other courses, written out by name ("Paediatric first aid"): the
  // README and schema allow both. Something shaped like an id that the catalogue lacks is a mistyped id.
  const courseIds = partnership.courses.map((c) => c.id);
  const courseNames = new Set(partnership.courses.map((c) => c.name.toLowerCase()));
  setting.leads.forEach((lead, i) => {
    lead.training?.forEach((record, j) => {
      const course = record.course;
      if (courseIds.includes(course) || courseNames.has(course.toLowerCase())) return;
      if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(course))
        problems.push(
          problemAt(
            source,
            ["leads", i, "training", j, "course"],
            `"${course}" is not a course id in partnership.yaml — use one of: ${courseIds.join(", ")} (or write the course's full name)`,
          ),
        );
    });
  });
  problems.push(...checkSectionLinks(source));
  const { written, next_review } = setting.policy ?? {};
  if (written && next_review && next_review <= written)
    problems.push(
      problemAt(
        source,
        ["policy", "next_review"],
        `the next review (${next_review}) is not after the date the policy was written (${written}) — set the date of the next review`,
      ),
    );
  return problems;
}

/**
 * Every text in the value still saying "FILL IN", with its path, in the order of the file. One walk, and a path
 * copied only for a text that says it: this runs for every setting of every build.
 */
function placeholders(value: unknown): Array<[Array<string | number>, string]> {
  const found: Array<[Array<string | number>, string]> = [];
  const path: Array<string | number> = [];
  const walk = (item: unknown) => {
    if (typeof item === "string") {
      if (item.includes("FILL IN")) found.push([[...path], item]);
    } else if (Array.isArray(item))
      for (let i = 0; i < item.length; i++) {
        path.push(i);
        walk(item[i]);
        path.pop();
      }
    else if (item && typeof item === "object")
      for (const key of Object.keys(item)) {
        path.push(key);
        walk((item as Record<string, unknown>)[key]);
        path.pop();
      }
  };
  walk(value);
  return found;
}

/** ajv's "date" format already rejects 2024-02-30; this guards when formats are off. */
function isRealDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
