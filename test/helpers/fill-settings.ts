/** A setting's filled policies, one per template that applies to it, as a build fills them (src/build/build.ts). */
import type { LoadedProject } from "../../src/data/load-project.js";
import type { PolicyDocument, Setting } from "../../src/model.js";
import { fillTemplate } from "../../src/template/fill.js";
import { createLiquid } from "../../src/template/liquid.js";
import { templatesFor } from "../../src/template/select.js";

export function fillSetting(
  project: LoadedProject,
  setting: Setting,
  liquid = createLiquid(),
): PolicyDocument[] {
  return templatesFor(setting, project).flatMap((meta) => {
    const compiled = project.compiledTemplates.find((t) => t.meta.id === meta.id);
    return compiled
      ? [
          fillTemplate(compiled, setting, {
            partnership: project.partnership,
            settingTypes: project.settingTypes,
            liquid,
          }),
        ]
      : [];
  });
}

/** Every setting's filled policies, in the project's order. */
export function fillAll(project: LoadedProject): PolicyDocument[] {
  const liquid = createLiquid();
  return project.settings.flatMap((setting) => fillSetting(project, setting, liquid));
}
