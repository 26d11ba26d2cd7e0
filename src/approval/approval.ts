/**
 * What a setting's governors approved, against what the model is now (issue 14).
 *
 * `policy.approved.model_version: "2025.1"` means every template as it was in model 2025.1: for each template,
 * the newest version in its changelog that is not after 2025.1 (a template first published later was not part of
 * what they approved). `policy.approved.templates: { referral-guide: "2026.1" }` names a template approved at
 * another version. An approval that names no version says nothing about the model, and nothing is inferred.
 *
 * Core code: no Node modules, no clock — dates come in as `asOf`.
 */

import type { Approval, Setting, SettingType, TemplateMeta } from "../model.js";
import { addDaysIso, formatUkDate } from "../template/dates.js";
import { templatesFor } from "../template/select.js";

/** The grace period when partnership.yaml gives none. */
export const DEFAULT_APPROVAL_GRACE_DAYS = 60;

/** "2025.1" < "2025.2" < "2025.10" < "2026.1": each dotted part as a number. */
export function compareVersions(a: string, b: string): number {
  const as = a.split(".").map(Number);
  const bs = b.split(".").map(Number);
  for (let i = 0; i < Math.max(as.length, bs.length); i++) {
    const d = (as[i] ?? 0) - (bs[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * Every version of a template that exists: its changelog's, its current one, and any kept elsewhere (a versions/
 * folder of past texts, passed in by the caller), oldest first.
 */
export function templateVersions(template: TemplateMeta, kept: readonly string[] = []): string[] {
  const all = new Set([...template.changelog.map((e) => e.version), template.version, ...kept]);
  return [...all].sort(compareVersions);
}

/** Every model version: the versions of all templates together, oldest first. */
export function modelVersions(
  templates: readonly TemplateMeta[],
  kept: ReadonlyMap<string, readonly string[]> = new Map(),
): string[] {
  const all = new Set(templates.flatMap((t) => templateVersions(t, kept.get(t.id))));
  return [...all].sort(compareVersions);
}

/** When a template's version was published, from its changelog (undefined if the changelog has no date for it). */
export function versionDate(template: TemplateMeta, version: string): string | undefined {
  const date = template.changelog.find((e) => e.version === version)?.date;
  return date ? String(date).slice(0, 10) : undefined;
}

/** What the approval says about one template. */
export type ApprovedTemplate =
  /** Approved at this version (from policy.approved.templates, or model_version); `named` is what the approval wrote. */
  | { kind: "version"; version: string; named: string; path: Array<string | number> }
  /** The approved model came before the template's first version: the governors never saw it. */
  | { kind: "not-in-model"; modelVersion: string; path: Array<string | number> }
  /** The approval names no version: nothing is known. */
  | { kind: "unknown" };

export function approvedTemplate(approval: Approval | undefined, template: TemplateMeta): ApprovedTemplate {
  const own = approval?.templates?.[template.id];
  if (own !== undefined)
    return {
      kind: "version",
      version: own,
      named: own,
      path: ["policy", "approved", "templates", template.id],
    };
  const model = approval?.model_version;
  if (model === undefined) return { kind: "unknown" };
  const path = ["policy", "approved", "model_version"];
  const atOrBefore = templateVersions(template).filter((v) => compareVersions(v, model) <= 0);
  const version = atOrBefore.at(-1);
  return version === undefined
    ? { kind: "not-in-model", modelVersion: model, path }
    : { kind: "version", version, named: model, path };
}

/** A problem in the approval's data, at its YAML path in the setting file. */
export interface ApprovalProblem {
  path: Array<string | number>;
  message: string;
}

/**
 * The approval's versions must exist: model_version in some template's changelog (or kept past versions), each
 * policy.approved.templates entry a template id with that version. An approval dated before the version it names
 * was published cannot be right either. Returns every problem, none for an approval without versions.
 */
export function checkApproval(
  approval: Approval | undefined,
  templates: readonly TemplateMeta[],
  kept: ReadonlyMap<string, readonly string[]> = new Map(),
): ApprovalProblem[] {
  if (!approval) return [];
  const problems: ApprovalProblem[] = [];
  const model = approval.model_version;
  if (model !== undefined) {
    const versions = modelVersions(templates, kept);
    if (!versions.includes(model))
      problems.push({
        path: ["policy", "approved", "model_version"],
        message: `"${model}" is not a version of the partnership's model — the versions are ${versions.join(", ")} (see the changelog at the top of each template in policy-templates/); write the version the governors approved`,
      });
    else {
      const published = templates
        .map((t) => versionDate(t, model))
        .filter((d): d is string => d !== undefined)
        .sort()[0];
      if (published && approval.date < published)
        problems.push({
          path: ["policy", "approved", "model_version"],
          message: `the approval is dated ${formatUkDate(approval.date)}, before model ${model} was published on ${formatUkDate(published)} — check the approval date and the version approved`,
        });
    }
  }
  for (const [id, version] of Object.entries(approval.templates ?? {})) {
    const path = ["policy", "approved", "templates", id];
    const template = templates.find((t) => t.id === id);
    if (!template) {
      problems.push({
        path,
        message: `"${id}" is not a template in policy-templates/ — use one of: ${templates.map((t) => t.id).join(", ")}`,
      });
      continue;
    }
    const versions = templateVersions(template, kept.get(id));
    if (!versions.includes(version))
      problems.push({
        path,
        message: `"${version}" is not a version of the ${template.title} — its versions are ${versions.join(", ")}; write the version the governors approved`,
      });
  }
  return problems;
}

/** The templates a setting gets (src/template/select.ts decides, as for build). */
export function templatesForSetting(
  setting: Setting,
  templates: readonly TemplateMeta[],
  settingTypes: ReadonlyMap<string, SettingType>,
): TemplateMeta[] {
  return templatesFor(setting, { templates, settingTypes });
}

/** A template whose current version the setting's governors have not approved. */
export interface OutdatedTemplate {
  template: TemplateMeta;
  /** The version approved; undefined when the template was not yet part of the approved model. */
  approvedVersion?: string;
  /** The model version named by the approval (model_version or the template's own entry). */
  approvedModel: string;
  currentVersion: string;
  /** Where in the setting file the approval names the version. */
  path: Array<string | number>;
  /** The current version's changelog date (undefined if the changelog does not date it). */
  published?: string;
  /** The last day of the grace period: published + grace days. */
  deadline?: string;
  /** True when asOf is after the deadline. */
  overdue: boolean;
}

/**
 * Each of the setting's templates whose current version is newer than the one its approval names. An approval
 * without versions gives none (nothing is known about what was approved).
 */
export function outdatedTemplates(
  setting: Setting,
  templates: readonly TemplateMeta[],
  settingTypes: ReadonlyMap<string, SettingType>,
  options: { asOf: string; graceDays?: number },
): OutdatedTemplate[] {
  const approval = setting.policy?.approved;
  if (!approval) return [];
  const grace = options.graceDays ?? DEFAULT_APPROVAL_GRACE_DAYS;
  const out: OutdatedTemplate[] = [];
  for (const template of templatesForSetting(setting, templates, settingTypes)) {
    const approved = approvedTemplate(approval, template);
    if (approved.kind === "unknown") continue;
    const approvedVersion = approved.kind === "version" ? approved.version : undefined;
    if (approvedVersion !== undefined && compareVersions(approvedVersion, template.version) >= 0) continue;
    const published = versionDate(template, template.version);
    const deadline = published ? addDaysIso(published, grace) : undefined;
    out.push({
      template,
      approvedVersion,
      approvedModel: approved.kind === "version" ? approved.named : approved.modelVersion,
      currentVersion: template.version,
      path: approved.path,
      published,
      deadline,
      overdue: deadline !== undefined && options.asOf > deadline,
    });
  }
  return out;
}
