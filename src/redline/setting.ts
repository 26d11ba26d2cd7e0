/**
 * What changed for one setting: for each of its templates, the policy it approved (its own data filled into
 * the model version it approved, kept in versions/) against the policy it would get now, as a redline in
 * Word and HTML. Node only: past versions are read from the project folder.
 */
import {
  type ApprovedTemplate,
  approvedTemplate,
  compareVersions,
  templatesForSetting,
} from "../approval/approval.js";
import type { LoadedProject } from "../data/load-project.js";
import type { Setting, TemplateMeta } from "../model.js";
import { keptVersions, pastTemplate } from "../model-versions/past.js";
import { changedSections, type SectionChanges } from "../model-versions/sections.js";
import { fillTemplate } from "../template/fill.js";
import { createLiquid } from "../template/liquid.js";
import { redlineDocx } from "./docx.js";
import { redlineHtml } from "./html.js";
import { type Redline, redlineOf } from "./redline.js";
import { type RedlineHeader, summaryOf } from "./summary.js";

/** The versions kept in versions/ for each of the project's templates, by template id. */
export async function keptVersionsOf(project: LoadedProject): Promise<Map<string, string[]>> {
  const kept = new Map<string, string[]>();
  for (const template of project.templates)
    kept.set(template.id, await keptVersions(project.root, template.id));
  return kept;
}

/**
 * Which version of a template to compare from: the one the setting's approval records, or — with `--from` —
 * the template as it was in that model version (its newest version not after it), as approval-outdated reads it.
 */
export function fromVersion(setting: Setting, template: TemplateMeta, from?: string): ApprovedTemplate {
  return from === undefined
    ? approvedTemplate(setting.policy.approved, template)
    : approvedTemplate({ date: "", by: "", model_version: from }, template);
}

/** The templates a setting gets, as the build and approval-outdated decide. */
export function settingTemplates(project: LoadedProject, setting: Setting): TemplateMeta[] {
  return templatesForSetting(setting, project.templates, project.settingTypes);
}

export type TemplateRedline =
  | {
      kind: "redline";
      template: TemplateMeta;
      from: string;
      to: string;
      redline: Redline;
      docx: Uint8Array;
      html: string;
    }
  /** The setting approved the current version: nothing to show. */
  | { kind: "current"; template: TemplateMeta; version: string }
  /** The version is known but its words are not kept; `message` says so in plain words. */
  | { kind: "missing"; template: TemplateMeta; from: string; message: string };

/**
 * The redline of one template for one setting from model version `from` (which the caller has checked is a
 * model version) to the template's current version. Throws DataError when the setting's data does not fill
 * one of the two versions.
 */
export async function templateRedline(
  project: LoadedProject,
  setting: Setting,
  template: TemplateMeta,
  approved: Exclude<ApprovedTemplate, { kind: "unknown" }>,
): Promise<TemplateRedline> {
  const to = template.version;
  // A model version from before the template's first: the whole document is new since then.
  const newDocument = approved.kind === "not-in-model";
  const from = approved.kind === "version" ? approved.version : approved.modelVersion;
  if (from === to) return { kind: "current", template, version: to };
  const compiled = project.compiledTemplates.find((t) => t.meta.id === template.id);
  if (!compiled) throw new Error(`template ${template.id} was not compiled`);
  const past = newDocument
    ? undefined
    : await pastTemplate(project.root, template.id, from, { settingTypes: project.settingTypes });
  if (!past && !newDocument) {
    const kept = await keptVersions(project.root, template.id);
    return {
      kind: "missing",
      template,
      from,
      message: `the words of the ${template.title} at model version ${from} are not kept in versions/${template.id}/ (${kept.length ? `kept: ${kept.join(", ")}` : "none is kept"}), so there is nothing to compare with — add that version's published template there as versions/${template.id}/${from}/template.md, or choose a kept version with --from`,
    };
  }
  const context = {
    partnership: project.partnership,
    settingTypes: project.settingTypes,
    liquid: createLiquid(),
  };
  const now = fillTemplate(compiled, setting, context);
  const old = past ? fillTemplate(past, setting, context).tree : { type: "root" as const, children: [] };
  const redline = redlineOf(old, now.tree);
  const dateOf = (version: string) => template.changelog.find((e) => e.version === version)?.date;
  const settingType = project.settingTypes.get(setting.type);
  const recorded = approvedTemplate(setting.policy.approved, template);
  const approvedHere =
    recorded.kind === approved.kind && fromOf(recorded) === from ? setting.policy.approved : undefined;
  const header: RedlineHeader = {
    settingName: setting.name,
    governingBody: `the ${setting.governing_body ?? settingType?.governing_body ?? "governing body"}`.replace(
      /^the the /i,
      "the ",
    ),
    templateTitle: template.title,
    from: { version: from, date: dateOf(from) },
    to: { version: to, date: dateOf(to) ?? now.meta.date },
    approved: approvedHere ? { date: approvedHere.date, by: approvedHere.by } : undefined,
    notes: template.changelog
      .filter((e) => compareVersions(e.version, from) > 0 && compareVersions(e.version, to) <= 0)
      .sort((a, b) => compareVersions(a.version, b.version)),
    newDocument,
  };
  const summary = summaryOf(redline, header);
  return {
    kind: "redline",
    template,
    from,
    to,
    redline,
    docx: await redlineDocx(redline, header, summary),
    html: redlineHtml(redline, header, summary),
  };
}

function fromOf(approved: ApprovedTemplate): string | undefined {
  return approved.kind === "version"
    ? approved.version
    : approved.kind === "not-in-model"
      ? approved.modelVersion
      : undefined;
}

/**
 * Which sections of a setting's policy changed since the version its approval records — for a message such as
 * approval-outdated's "(3 sections changed)". Undefined when the approval records no version, records the
 * current one, or the recorded version's words are not kept in versions/. A template new since the approval has
 * every section added. Node only (reads versions/); the audit's core rule gets the answer handed in.
 */
export async function sectionChangesSinceApproval(
  project: LoadedProject,
  setting: Setting,
  template: TemplateMeta,
): Promise<SectionChanges | undefined> {
  const approved = approvedTemplate(setting.policy.approved, template);
  if (approved.kind === "unknown") return undefined;
  if (approved.kind === "version" && approved.version === template.version) return undefined;
  const compiled = project.compiledTemplates.find((t) => t.meta.id === template.id);
  const past =
    approved.kind === "version"
      ? await pastTemplate(project.root, template.id, approved.version, {
          settingTypes: project.settingTypes,
        })
      : undefined;
  if (!compiled || (approved.kind === "version" && !past)) return undefined;
  const context = {
    partnership: project.partnership,
    settingTypes: project.settingTypes,
    liquid: createLiquid(),
  };
  const now = fillTemplate(compiled, setting, context).tree;
  const old = past ? fillTemplate(past, setting, context).tree : { type: "root" as const, children: [] };
  return changedSections(old, now);
}
