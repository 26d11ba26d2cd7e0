/** An audit worker thread: loads the project and resolves the rules once, then audits batches of documents. */
import { type LoadedProject, loadProject } from "../data/load-project.js";
import type { Finding, Setting } from "../model.js";
import { type ActiveRule, resolveRules } from "./config.js";
import { type AuditBatch, auditDocument } from "./engine.js";
import { rules } from "./rules/index.js";

let loaded:
  | {
      root: string;
      ready: Promise<{ project: LoadedProject; active: ActiveRule[]; settings: Map<string, Setting> }>;
    }
  | undefined;

export default async function auditBatch(batch: AuditBatch): Promise<Finding[]> {
  if (!loaded || loaded.root !== batch.root)
    loaded = {
      root: batch.root,
      ready: loadProject(batch.root).then((project) => ({
        project,
        active: resolveRules(rules, project.partnership, project.locate),
        settings: new Map(project.settings.map((s) => [s.id, s])),
      })),
    };
  const { project, active, settings } = await loaded.ready;
  const findings: Finding[] = [];
  for (const target of batch.documents)
    findings.push(...(await auditDocument(target, { project, rules: active, asOf: batch.asOf }, settings)));
  return findings;
}
