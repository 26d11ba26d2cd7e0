/**
 * approval-outdated: the model policy has a newer version than the one the setting's governors approved
 * (policy.approved.model_version, or policy.approved.templates per template). A warning while the partnership's
 * grace period runs (approval_grace_days in partnership.yaml, default 60, from the new version's changelog date),
 * an error after it.
 */
import {
  checkApproval,
  DEFAULT_APPROVAL_GRACE_DAYS,
  type OutdatedTemplate,
  outdatedTemplates,
} from "../../approval/approval.js";
import type { Severity, TemplateMeta } from "../../model.js";
import type { ReportDescriptor, Rule, SectionChangesOf, SettingContext } from "../rule.js";
import { formatUk } from "../text/dates.js";

/**
 * The model's templates reach the rule as `context.templates` (the project's templates, as loaded). A finding
 * past the grace period asks for `severity: "error"`.
 */
type ApprovalContext = SettingContext & { templates?: readonly TemplateMeta[] };
type Descriptor = ReportDescriptor & { severity?: Severity };

/** "3 sections changed, 1 added", or "" when nothing was counted. */
function changeCount(changes: ReturnType<SectionChangesOf>): string {
  if (!changes) return "";
  const parts = [
    [changes.changed.length, "changed"],
    [changes.added.length, "added"],
    [changes.removed.length, "removed"],
  ] as const;
  const said = parts
    .filter(([n]) => n > 0)
    .map(([n, what], i) => (i === 0 ? `${n} section${n === 1 ? "" : "s"} ${what}` : `${n} ${what}`));
  return said.length ? ` (${said.join(", ")})` : "";
}

function message(
  outdated: OutdatedTemplate,
  approvedOn: string,
  body: string,
  settingId: string,
  changes?: ReturnType<SectionChangesOf>,
): string {
  const { template, approvedModel, currentVersion, deadline, overdue } = outdated;
  const what =
    outdated.approvedVersion === undefined
      ? `The ${template.title} is new since the approval on ${formatUk(approvedOn)} against model ${approvedModel} (it was not part of that model); the model is now ${currentVersion}`
      : `The ${template.title} was approved on ${formatUk(approvedOn)} against model ${approvedModel}; the model is now ${currentVersion}${changeCount(changes)}`;
  const when = deadline
    ? overdue
      ? ` — the time allowed to approve it ended on ${formatUk(deadline)}`
      : ` — approve it by ${formatUk(deadline)}`
    : "";
  return `${what}${when}. Take the changes to the ${body} for approval (policysmith diff ${settingId} shows what changed), then record the approval with model_version: "${currentVersion}"`;
}

export const rule: Rule = {
  meta: {
    id: "approval-outdated",
    description:
      "Reports a setting whose governors (trustees, proprietor) approved an older version of the model policy than the one its policy is now built from: policy.approved.model_version (or policy.approved.templates for one template) names a version before the template's current one, or the template was added to the model after it. A warning while the partnership's grace period runs (approval_grace_days in partnership.yaml, default 60 days from the new version's changelog date), an error after it. Take the changes to the next meeting (policysmith diff shows them), then record the new approval and its model version. An approval naming a version that does not exist is reported too. An approval that names no version is not checked.",
    defaultSeverity: "warning",
  },
  checkSetting(context) {
    const { setting, partnership } = context;
    const approval = setting.policy?.approved;
    const templates = (context as ApprovalContext).templates;
    if (!approval || !templates?.length) return;
    const problems = checkApproval(approval, templates);
    for (const problem of problems) {
      const report: Descriptor = { message: problem.message, path: problem.path, severity: "error" };
      context.report(report);
    }
    if (problems.length) return;
    const graceDays = partnership.approval_grace_days ?? DEFAULT_APPROVAL_GRACE_DAYS;
    const body = setting.governing_body ?? "governors";
    for (const outdated of outdatedTemplates(setting, templates, context.settingTypes, {
      asOf: context.asOf,
      graceDays,
    })) {
      const report: Descriptor = {
        message: message(
          outdated,
          approval.date,
          body,
          setting.id,
          context.sectionChanges?.(outdated.template.id),
        ),
        path: outdated.path,
        actual: outdated.approvedVersion ?? `none (model ${outdated.approvedModel})`,
        expected: outdated.currentVersion,
      };
      if (outdated.overdue) report.severity = "error";
      context.report(report);
    }
  },
};
