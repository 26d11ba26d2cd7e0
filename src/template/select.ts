/**
 * Which templates a setting gets: those it names, else those that apply to its type or its type's groups.
 * Light on purpose (no Markdown parser): the audit's approval rule imports it, and a .docx audit should not load
 * remark (test/cli-startup.test.ts).
 */
import type { Setting, SettingType, TemplateMeta } from "../model.js";

export function templatesFor(
  setting: Setting,
  project: { templates: readonly TemplateMeta[]; settingTypes: ReadonlyMap<string, SettingType> },
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

/** Whether a word of a template's applies_to names a setting type or a group of types. */
export function isTypeOrGroup(word: string, settingTypes: ReadonlyMap<string, SettingType>): boolean {
  if (settingTypes.has(word)) return true;
  for (const type of settingTypes.values()) if (type.groups.includes(word)) return true;
  return false;
}
