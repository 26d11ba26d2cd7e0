/** Which templates a setting gets: those it names, else those that apply to its type or its type's groups. */
import type { Setting, SettingType, TemplateMeta } from "../model.js";
import { isTypeOrGroup } from "./compile.js";

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
