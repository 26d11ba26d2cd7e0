/**
 * An audit worker thread. It gets what every document needs once, as piscina's workerData (the partnership,
 * the setting types, the active rules' ids, severities and options), and each batch brings the settings its
 * documents belong to — so a worker starts in milliseconds instead of loading every setting file again.
 */
// A thread of the command line's: pdf.js inflates PDFs itself here (see the module).
import "./sources/pdf-inflate-node.js";
import { Piscina } from "piscina";
import type { Finding, Partnership, Setting, SettingType, Severity } from "../model.js";
import { type ActiveRule, ENGINE_RULES } from "./config.js";
import { type AuditBatch, auditDocument } from "./engine.js";
import { rules } from "./rules/index.js";

export interface AuditWorkerData {
  asOf: string;
  partnership: Partnership;
  settingTypes: ReadonlyMap<string, SettingType>;
  rules: Array<{ id: string; severity: Severity; options: Record<string, unknown> }>;
}

const data = Piscina.workerData as AuditWorkerData;
const active: ActiveRule[] = data.rules.map((r) => {
  const rule = [...rules, ...ENGINE_RULES].find((candidate) => candidate.meta.id === r.id);
  if (!rule) throw new Error(`The audit worker has no rule "${r.id}"`);
  return { rule, severity: r.severity, options: r.options };
});

export default async function auditBatch(batch: AuditBatch): Promise<Finding[]> {
  const settings = new Map<string, Setting>(batch.settings.map((s) => [s.id, s]));
  const findings: Finding[] = [];
  for (const target of batch.documents)
    findings.push(
      ...(await auditDocument(
        target,
        { partnership: data.partnership, settingTypes: data.settingTypes, rules: active, asOf: data.asOf },
        settings,
      )),
    );
  return findings;
}
