/**
 * The audit engine: runs every active rule over each setting's data and each policy document, turns what
 * rules report into findings (severity, file, line, column, setting), applies waivers, and reports an
 * unreadable file or a rule that throws as a finding instead of stopping.
 */

import { availableParallelism, loadavg } from "node:os";
import { outdatedTemplates } from "../approval/approval.js";
import type { LoadedProject } from "../data/load-project.js";
import type { Finding, Setting } from "../model.js";
import type { SectionChanges } from "../model-versions/sections.js";
import { workerFile } from "../paths.js";
import { formatUkDate } from "../template/dates.js";
import {
  checkSourceDocument,
  type EngineFinding,
  finding,
  guard,
  unreadableFindings,
} from "./check-document.js";
import type { ActiveRule } from "./config.js";
import "./reference-data-node.js";
import type { ReportDescriptor, SourceDocument } from "./rule.js";
import { auditedInWorkers, type DocumentReader } from "./sources/read-ahead-node.js";
import { readDocument } from "./sources/read-file-node.js";
import type { AuditWorkerData } from "./worker.js";

export interface DocumentTarget {
  /** Where to read it. */
  path: string;
  /** How findings name it. */
  file: string;
  settingId?: string;
  /** Built by policysmith from its setting's data (output/<setting-id>/…): what it says, the data said first. */
  built?: boolean;
}

export interface AuditInput {
  project: Pick<LoadedProject, "partnership" | "settingTypes" | "locate"> &
    Partial<Pick<LoadedProject, "templates" | "compiledTemplates" | "root">>;
  rules: readonly ActiveRule[];
  asOf: string;
  settings: readonly Setting[];
  documents: readonly DocumentTarget[];
  /** Called after each setting or document, for progress displays. */
  onChecked?: (what: string) => void;
  /** Audit documents in this many worker threads. */
  parallel?: { jobs: number };
  /** Reads the documents audited in this thread (default: each when its turn comes; see read-ahead-node.ts). */
  read?: DocumentReader;
}

export interface AuditResult {
  findings: Finding[];
  settingsChecked: number;
  documentsChecked: number;
  /** Findings left out by a current waiver. */
  waived: number;
}

/** Reads one document and runs every document rule over it. Shared by this thread and the audit workers. */
export async function auditDocument(
  target: DocumentTarget,
  input: Pick<AuditInput, "rules" | "asOf"> & Pick<LoadedProject, "partnership" | "settingTypes">,
  settingsById: ReadonlyMap<string, Setting>,
  read: DocumentReader = (t) => readDocument(t.path, t.file, t.settingId),
): Promise<Finding[]> {
  let document: SourceDocument;
  try {
    document = await read(target);
  } catch (error) {
    return unreadableFindings(error, target.file, target.settingId);
  }
  const setting = target.settingId ? settingsById.get(target.settingId) : undefined;
  return checkSourceDocument(document, input, setting);
}

/** `read`, asked once for each document however often it is asked. */
function readOnce(read: DocumentReader): DocumentReader {
  const asked = new Map<object, Promise<SourceDocument>>();
  return (target) => {
    let answer = asked.get(target);
    if (!answer) {
      answer = read(target);
      asked.set(target, answer);
    }
    return answer;
  };
}

/** Documents in worker threads, in batches that carry their settings; order is restored by sorting. */
async function auditInWorkers(
  input: AuditInput,
  parallel: { jobs: number },
  settingsById: ReadonlyMap<string, Setting>,
): Promise<Finding[]> {
  const { Piscina } = await import("piscina");
  const workerData: AuditWorkerData = {
    asOf: input.asOf,
    partnership: input.project.partnership,
    settingTypes: input.project.settingTypes,
    rules: input.rules.map((a) => ({ id: a.rule.meta.id, severity: a.severity, options: a.options })),
  };
  const pool = new Piscina({
    filename: workerFile("audit"),
    maxThreads: parallel.jobs,
    minThreads: parallel.jobs,
    workerData,
  });
  const findings: Finding[] = [];
  try {
    const size = Math.max(1, Math.min(20, Math.ceil(input.documents.length / (parallel.jobs * 4))));
    const batches: DocumentTarget[][] = [];
    for (let i = 0; i < input.documents.length; i += size) batches.push(input.documents.slice(i, i + size));
    await Promise.all(
      batches.map(async (documents) => {
        try {
          const ids = new Set(documents.map((d) => d.settingId));
          const settings = [...ids].flatMap((id) => {
            const setting = id === undefined ? undefined : settingsById.get(id);
            return setting ? [setting] : [];
          });
          const request: AuditBatch = { documents, settings };
          findings.push(...((await pool.run(request)) as Finding[]));
        } catch (error) {
          // A worker that crashed fails its documents, not the audit.
          for (const d of documents)
            findings.push({
              ruleId: "rule-error",
              severity: "error",
              file: d.file,
              settingId: d.settingId,
              message: `This file could not be audited (${error instanceof Error ? error.message : String(error)}). Please report this as a policysmith bug.`,
            });
        }
        for (const d of documents) input.onChecked?.(d.file);
      }),
    );
  } finally {
    await pool.destroy();
  }
  return findings;
}

/** What an audit worker receives: plain data, so it can cross threads. */
export interface AuditBatch {
  documents: DocumentTarget[];
  /** The settings the documents belong to. */
  settings: Setting[];
}

export async function runAudit(input: AuditInput): Promise<AuditResult> {
  const { project, asOf } = input;
  const findings: Finding[] = [];
  const base = {
    asOf,
    partnership: project.partnership,
    settingTypes: project.settingTypes,
    templates: project.templates,
  };
  const settingsById = new Map(input.settings.map((s) => [s.id, s]));
  const changes = await modelChanges(input);

  for (const setting of input.settings) {
    for (const active of input.rules) {
      if (!active.rule.checkSetting) continue;
      const report = (d: ReportDescriptor) => {
        const pos = d.path ? project.locate(setting.source, d.path) : undefined;
        findings.push(finding(active, d, setting.source, pos, setting.id));
      };
      const sectionChanges = (templateId: string) => changes.get(`${setting.id}\u0000${templateId}`);
      guard(active, setting.source, setting.id, findings, () =>
        active.rule.checkSetting?.({ ...base, options: active.options, setting, report, sectionChanges }),
      );
    }
    input.onChecked?.(setting.source);
  }

  if (input.parallel && auditedInWorkers(input.documents.length, input.parallel.jobs))
    findings.push(...(await auditInWorkers(input, input.parallel, settingsById)));
  else {
    const read = input.read && readOnce(input.read);
    // The first document is still being read in a thread: the rules' first, slow run is made meanwhile — when a
    // core is free for it (the last minute's load below the cores), as on a busy machine it would slow the reader.
    const first = input.documents[0];
    if (read && first && loadavg()[0] < availableParallelism())
      await (await import("./warm-up.js")).warmUpUntil(read(first), { ...input, ...project });
    for (const target of input.documents) {
      findings.push(...(await auditDocument(target, { ...input, ...project }, settingsById, read)));
      input.onChecked?.(target.file);
    }
  }

  const { kept, waived, waiverFindings } = applyWaivers(onceEach(findings, input), input);
  kept.push(...waiverFindings);
  kept.sort(
    (a, b) =>
      (a.settingId ?? "~").localeCompare(b.settingId ?? "~") ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.column ?? 0) - (b.column ?? 0) ||
      a.ruleId.localeCompare(b.ruleId),
  );
  return {
    findings: kept,
    settingsChecked: input.settings.length,
    documentsChecked: input.documents.length,
    waived,
  };
}

/**
 * Each problem once. A built output says what its setting's data says, so a finding in a built output with
 * the same rule, setting and subject as a finding in that setting's data is that finding again: it is dropped,
 * and the data's finding (where the user fixes it) names the documents it also shows in. Findings without a
 * subject, and findings in documents policysmith did not build, are always kept.
 */
function onceEach(findings: EngineFinding[], input: AuditInput): Finding[] {
  const key = (f: EngineFinding) => `${f.settingId}\u0000${f.ruleId}\u0000${f.subject}`;
  const sources = new Set(input.settings.map((s) => s.source));
  const built = new Set(input.documents.filter((d) => d.built).map((d) => d.file));
  const inData = new Map<string, { finding: EngineFinding; shownIn: string[] }>();
  for (const f of findings)
    if (f.subject !== undefined && f.settingId && sources.has(f.file) && !inData.has(key(f)))
      inData.set(key(f), { finding: f, shownIn: [] });
  const kept: Finding[] = [];
  for (const f of findings) {
    const same = f.subject !== undefined && built.has(f.file) ? inData.get(key(f)) : undefined;
    if (same) {
      if (!same.shownIn.includes(f.file)) same.shownIn.push(f.file);
      continue;
    }
    kept.push(f);
  }
  for (const { finding, shownIn } of inData.values())
    if (shownIn.length) finding.message += ` (also in ${shownIn.sort().join(", ")})`;
  for (const f of kept) delete (f as EngineFinding).subject;
  return kept;
}

function applyWaivers(findings: Finding[], input: AuditInput) {
  const waivers = input.project.partnership.waivers ?? [];
  const source = input.project.partnership.source;
  const audited = new Set([
    ...input.settings.map((s) => s.id),
    ...input.documents.map((d) => d.settingId).filter(Boolean),
  ]);
  const waiverFindings: Finding[] = [];
  const current = new Set<string>();
  waivers.forEach((waiver, index) => {
    if (!audited.has(waiver.setting)) return;
    if (waiver.expires >= input.asOf) current.add(`${waiver.setting}\u0000${waiver.rule}`);
    else {
      const pos = input.project.locate(source, ["waivers", index, "expires"]);
      waiverFindings.push({
        ruleId: "waiver-expired",
        severity: "error",
        message: `The waiver for ${waiver.rule} at ${waiver.setting} expired on ${formatUkDate(waiver.expires)} — fix what it covered, or renew it with a new expiry date and reason.`,
        file: source,
        line: pos?.line,
        column: pos?.column,
        settingId: waiver.setting,
        excerpt: waiver.reason,
      });
    }
  });
  let waived = 0;
  const kept = findings.filter((f) => {
    if (f.settingId && current.has(`${f.settingId}\u0000${f.ruleId}`)) {
      waived++;
      return false;
    }
    return true;
  });
  return { kept, waived, waiverFindings };
}

/**
 * For each setting whose approval names an older model version than a template's current one, the sections
 * that changed since (its data filled into the kept past version and into the current one), by
 * "<setting>\u0000<template>". Empty when the project's templates are not at hand or no approval is outdated;
 * a past version whose text is not kept gives no entry (policysmith diff says why).
 */
async function modelChanges(input: AuditInput): Promise<Map<string, SectionChanges>> {
  const changes = new Map<string, SectionChanges>();
  const { project } = input;
  if (!project.templates?.length || !project.compiledTemplates || project.root === undefined) return changes;
  const approved = input.settings.filter((s) => s.policy?.approved);
  if (approved.length === 0) return changes;
  const outdated = approved.flatMap((setting) =>
    outdatedTemplates(setting, project.templates ?? [], project.settingTypes, { asOf: input.asOf }).map(
      (o) => ({ setting, template: o.template }),
    ),
  );
  if (outdated.length === 0) return changes;
  const { sectionChangesSinceApproval } = await import("../redline/setting.js");
  for (const { setting, template } of outdated) {
    try {
      const found = await sectionChangesSinceApproval(project as LoadedProject, setting, template);
      if (found) changes.set(`${setting.id}\u0000${template.id}`, found);
    } catch {
      // A kept past version that cannot be read: the rule still reports the approval, without the count.
    }
  }
  return changes;
}
