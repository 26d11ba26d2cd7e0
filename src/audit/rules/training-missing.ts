/** training-missing: a designated lead, deputy or team member with no safeguarding training recorded. */

import { roleLabel } from "../../template/generated.js";
import type { Rule } from "../rule.js";
import { nameKey, sameName } from "../text/find.js";
import { analyse, reportAt, subjects } from "./helpers.js";

export const rule: Rule = {
  meta: {
    id: "training-missing",
    description:
      "Reports a designated safeguarding lead, deputy or safeguarding team member with no safeguarding training recorded. Leads must be trained for the role before they take it on: record each course and the date it was completed.",
    defaultSeverity: "error",
  },
  checkSetting(context) {
    for (const [i, lead] of (context.setting.leads ?? []).entries()) {
      if (lead.role !== "dsl" && lead.role !== "deputy" && lead.role !== "team") continue;
      if (lead.training?.length) continue;
      context.report({
        message: `${lead.name} (${roleLabel(lead.role).toLowerCase()}) has no safeguarding training recorded — add their courses and dates under training: in ${context.setting.source}, or book them on the training for the role`,
        path: ["leads", i],
        expected: "training: [{ course, date }]",
        subject: subjects.untrained(lead.name),
      });
    }
  },
  checkDocument(context) {
    const { leads, training } = analyse(context.document);
    // Only a policy that lists training at all can be missing someone's.
    if (training.length === 0) return;
    const trainedKeys = training
      .filter((t) => !t.noneRecorded && t.leadName)
      .map((t) => nameKey(t.leadName ?? ""));
    // "Rachel Obi" in the training table is "Rachel Obi Chief …" where a PDF ran her name into her job title.
    const trained = { has: (key: string) => trainedKeys.some((k) => sameName(k, key)) };
    const reported = new Set<string>();
    for (const row of training) {
      if (!row.noneRecorded || !row.leadName) continue;
      const key = nameKey(row.leadName);
      if (trained.has(key) || reported.has(key)) continue;
      reported.add(key);
      reportAt(
        context,
        row.offset,
        row.endOffset,
        `The policy records no safeguarding training for ${row.leadName} — book their training for the role and record the course and date`,
        { subject: subjects.untrained(row.leadName) },
      );
    }
    for (const mention of leads) {
      if (!mention.name) continue;
      const key = nameKey(mention.name);
      if (trained.has(key) || reported.has(key)) continue;
      reported.add(key);
      reportAt(
        context,
        mention.nameOffset ?? mention.offset,
        mention.nameEndOffset ?? mention.endOffset,
        `The policy lists safeguarding training, but none for ${mention.name} (${mention.role === "dsl" ? "designated safeguarding lead" : "deputy designated safeguarding lead"}) — add their courses with the dates they were completed`,
        { subject: subjects.untrained(mention.name) },
      );
    }
  },
};
