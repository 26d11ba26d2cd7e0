/** deputy-missing: no deputy designated safeguarding lead. */
import type { Rule, SourceDocument } from "../rule.js";
import { peopleIn } from "../text/people.js";
import { analyse, subjects } from "./helpers.js";
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
    if (onSiteLeadWithLeadOnCall(context.document)) return;
    if (deputyNamedInRunningText(context.document)) return;
    checkNamedInDocument(
      context,
      "deputy",
      "deputy designated safeguarding lead",
      'name at least one deputy, for example "Deputy Designated Safeguarding Lead: Tom Okafor, Deputy Manager"',
    );
  },
};

/** "… the Church Safeguarding Officer is on call by phone": the lead's role, on call. */
const LEAD_ON_CALL =
  /\bthe\s+(?<role>(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:safeguarding|welfare|child\s+protection)\s+(?:officer|lead|co-?ordinator|person))\s+(?:is|remains|will\s+be|stays)\s+(?:also\s+)?(?:on[\s-]call|available\s+by\s+(?:phone|telephone))\b/giu;
/** A safeguarding role of its own, in capitals: "On-site Safeguarding Lead", "Lead Adult for Safeguarding". */
const OWN_ROLE =
  /\b(?:\p{Lu}[\p{L}-]*\s+){0,3}(?:(?:Safeguarding|Welfare)\s+(?:Officer|Lead|Co-?ordinator|Person|Contact)|(?:Lead|Adult|Person)\s+for\s+Safeguarding)\b/gu;
/** Two or three capitalised words, a title first or not: "Tom Whitfield", "Mrs Ada Kwarteng-Lowe". */
const CAPITALISED_RUN =
  /(?<![\p{L}'’-])(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Revd)\.?\s+)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?){1,2}(?![\p{L}'’-])/gu;
/** Words that put someone at the event throughout: "present throughout", "on site". */
const ON_SITE =
  /\b(?:present\s+throughout|on[\s-]site|at\s+the\s+(?:event|venue|camp|centre|weekend)\s+throughout)\b/i;

/**
 * A named person in a safeguarding role of their own on site at an event, the setting's lead on call, in one sentence
 * or the one before ("… appoints a Lead Adult for Safeguarding, who is present throughout … For the May 2026 weekend
 * this was Tom Whitfield; the Church Safeguarding Officer is on call by phone"): a second named safeguarding person
 * who acts when the lead is away — a deputy in all but name. Only where the policy names its lead and speaks of no
 * deputy at all (a "Deputy: TBC" is still reported).
 */
function onSiteLeadWithLeadOnCall(document: SourceDocument): boolean {
  const leads = analyse(document).leads;
  const lead = leads.find((m) => m.role === "dsl" && !m.team && m.name);
  if (!lead?.name || leads.some((m) => m.role === "deputy")) return false;
  const text = document.text.replace(/[*_]{2}/g, (m) => " ".repeat(m.length));
  const leadWords = new Set(lead.name.split(/\s+/).filter((w) => w.length > 2));
  for (const call of text.matchAll(LEAD_ON_CALL)) {
    const at = call.index ?? 0;
    // The on-call sentence and the one before it, within their paragraph.
    const before = text.slice(Math.max(0, at - 600), at);
    const paragraph = before.split(/\n[^\S\n]*\n/).at(-1) ?? before;
    const sentences = paragraph.split(/(?<=[.!?])\s+/);
    const window = sentences.slice(-2).join(" ");
    if (!ON_SITE.test(window)) continue;
    // A role other than the lead's own, on call ("Chapel Safeguarding Officer" is the lead's wherever it stands).
    const leadRole = (call.groups?.role ?? "").replace(/\s+/g, " ").toLowerCase();
    const roles = [...window.matchAll(OWN_ROLE)].filter(
      (m) => !m[0].replace(/\s+/g, " ").toLowerCase().endsWith(leadRole),
    );
    if (roles.length === 0) continue;
    // A person's name: a run of two or three capitalised words the name reader takes for a person on its own.
    const named = [...window.matchAll(CAPITALISED_RUN)]
      .map((m) => m[0])
      .filter((run) => !run.split(/\s+/).some((w) => leadWords.has(w)))
      .filter((run) => peopleIn(`${run},`, 1).length > 0);
    if (named.length > 0) return true;
  }
  return false;
}

/** "our deputy lead, Colin Marchbank (…)", "the deputy, Mrs Ada Kwarteng-Lowe, …": the deputy, then their name. */
const DEPUTY_THEN_NAME =
  /\b(?:our|the)\s+deputy(?:\s+(?:designated\s+)?(?:safeguarding\s+)?(?:lead|officer))?,\s+(?<name>(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Revd)\.?\s+)?\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?(?:\s+\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}'’]+)?){1,2})(?=\s*[,(.;:]|\s*$)/giu;

/**
 * A deputy named in running text, "If the lead cannot be reached, tell our deputy lead, Colin Marchbank (07700 …)":
 * "our/the deputy (lead), NAME" names the deputy. A deputy "when appointed" or with no name after it is not one.
 */
function deputyNamedInRunningText(document: SourceDocument): boolean {
  const text = document.text.replace(/[*_]{2}/g, (m) => " ".repeat(m.length));
  for (const match of text.matchAll(DEPUTY_THEN_NAME)) {
    const name = match.groups?.name ?? "";
    // The "i" flag lets a lower-case word through: every word of the name must start with a capital.
    if (!name.split(/\s+/).every((w) => /^\p{Lu}/u.test(w))) continue;
    if (peopleIn(`${name},`, 1).length > 0) return true;
  }
  return false;
}
