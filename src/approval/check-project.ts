/**
 * The approval checks of a loaded project, as data problems at their lines: an approval naming a model version,
 * template or template version that does not exist. (Until the loader runs them with its own cross-field checks,
 * the commands that need approvals — calendar — run them here.)
 */
import type { LoadedProject } from "../data/load-project.js";
import { formatPath } from "../data/yaml-source.js";
import type { Problem } from "../errors.js";
import { checkApproval } from "./approval.js";

export function approvalProblems(
  project: Pick<LoadedProject, "settings" | "templates" | "locate">,
  kept: ReadonlyMap<string, readonly string[]> = new Map(),
): Problem[] {
  return project.settings.flatMap((setting) =>
    checkApproval(setting.policy?.approved, project.templates, kept).map((problem) => {
      const at = project.locate(setting.source, problem.path);
      return {
        file: setting.source,
        line: at?.line,
        column: at?.column,
        path: formatPath(problem.path),
        message: problem.message,
        settingId: setting.id,
      };
    }),
  );
}
