/**
 * What changed for one setting: for each of its templates, the policy it approved (its own data filled into
 * the model version it approved, kept in versions/) against the policy it would get now, as a redline in
 * Word and HTML. Node only: past versions are read from the project folder.
 */
import { templatesFor } from "../build/build.js";
import type { LoadedProject } from "../data/load-project.js";
import type { Setting, TemplateMeta } from "../model.js";
import { compareVersions, keptVersions, knownVersions, pastTemplate } from "../model-versions/past.js";
import { fillTemplate } from "../template/fill.js";
import { createLiquid } from "../template/liquid.js";
import { redlineDocx } from "./docx.js";
import { redlineHtml } from "./html.js";
import { type Redline, redlineOf } from "./redline.js";
import { type RedlineHeader, summaryOf } from "./summary.js";

/** The model version a setting's approval records for a template, if it records one. */
export function approvedVersion(setting: Setting, templateId: string): string | undefined {
  // policy.approved: { date, by, model_version?: "2025.1", templates?: { <template-id>: "2025.1" } }
  const approved = setting.policy.approved as
    | { model_version?: unknown; templates?: Record<string, unknown> }
    | undefined;
  const own =
    approved?.templates && Object.hasOwn(approved.templates, templateId)
      ? approved.templates[templateId]
      : undefined;
  const version = own ?? approved?.model_version;
  return typeof version === "string" && version ? version : undefined;
}

/** Every version any template of the project has had: its changelogs and versions/. */
export async function modelVersions(project: LoadedProject): Promise<string[]> {
  const all = new Set<string>();
  for (const template of project.templates)
    for (const v of knownVersions(template.changelog, await keptVersions(project.root, template.id)))
      all.add(v);
  return [...all].sort(compareVersions);
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
  from: string,
): Promise<TemplateRedline> {
  const to = template.version;
  if (from === to) return { kind: "current", template, version: to };
  const compiled = project.compiledTemplates.find((t) => t.meta.id === template.id);
  if (!compiled) throw new Error(`template ${template.id} was not compiled`);
  const firstVersion = template.changelog.map((e) => e.version).sort(compareVersions)[0];
  // A model version older than the template's first: the whole document is new since then.
  const newDocument = firstVersion !== undefined && compareVersions(from, firstVersion) < 0;
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
  const approvedHere = approvedVersion(setting, template.id) === from ? setting.policy.approved : undefined;
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

/** The templates a setting gets, as the build decides. */
export function settingTemplates(project: LoadedProject, setting: Setting): TemplateMeta[] {
  return templatesFor(setting, project);
}
