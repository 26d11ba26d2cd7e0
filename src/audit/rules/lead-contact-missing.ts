/** lead-contact-missing: a designated lead or deputy with no email and no phone. */

import { roleLabel } from "../../template/generated.js";
import type { Rule } from "../rule.js";

export const rule: Rule = {
  meta: {
    id: "lead-contact-missing",
    description:
      "Warns when a designated safeguarding lead or deputy has neither an email address nor a phone number. Staff, parents and other agencies must be able to reach them quickly: add at least one.",
    defaultSeverity: "warning",
  },
  checkSetting(context) {
    for (const [i, lead] of (context.setting.leads ?? []).entries()) {
      if (lead.role !== "dsl" && lead.role !== "deputy") continue;
      if (lead.email?.trim() || lead.phone?.trim()) continue;
      context.report({
        message: `${lead.name} (${roleLabel(lead.role).toLowerCase()}) has no email address or phone number — add an email or phone to their entry in ${context.setting.source} so people can reach them`,
        path: ["leads", i],
        expected: "email or phone",
      });
    }
  },
};
