/** Node shell of check.ts: the audit data of a loaded project, as plain JSON for the self-service page. */
import { loadReferenceData } from "../audit/reference-data-node.js";
import type { LoadedProject } from "../data/load-project.js";
import type { AuditData } from "./check.js";

export async function auditDataFromProject(
  project: Pick<LoadedProject, "partnership" | "settingTypes">,
): Promise<AuditData> {
  return {
    partnership: project.partnership,
    settingTypes: [...project.settingTypes.values()],
    references: loadReferenceData(),
  };
}
