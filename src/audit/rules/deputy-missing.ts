/** deputy-missing: no deputy designated safeguarding lead. */
import type { Rule } from "../rule.js";
import { subjects } from "./helpers.js";
import { checkNamedInDocument } from "./lead-missing.js";

export const rule: Rule = {
  meta: {
    id: "deputy-missing",
    description:
      "Warns when no deputy designated safeguarding lead is named. Someone must be able to act on a concern when the DSL is away: name at least one trained deputy.",
    defaultSeverity: "warning",
  },
  checkSetting(context) {
    if (context.setting.leads?.some((l) => l.role === "deputy" && l.name?.trim())) return;
    context.report({
      message: `${context.setting.name} has no deputy designated safeguarding lead — add a lead with role: deputy to ${context.setting.source}, so that someone can act when the DSL is away`,
      path: ["leads"],
      expected: "a lead with role: deputy",
      subject: subjects.noLead("deputy"),
    });
  },
  checkDocument(context) {
    checkNamedInDocument(
      context,
      "deputy",
      "deputy designated safeguarding lead",
      'name at least one deputy, for example "Deputy Designated Safeguarding Lead: Tom Okafor, Deputy Manager"',
    );
  },
};
