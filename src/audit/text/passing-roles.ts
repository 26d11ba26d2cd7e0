/**
 * A role whose holders pass concerns on to the lead, so are not the lead themselves: "Each term we also name one
 * parent as the **Safeguarding Contact** on session days. They carry the incident book … They pass every concern to
 * me (or Tom) the same day." — a rota of session-day contacts under the policy's own Safeguarding Lead.
 */

import type { LeadMention } from "./leads.js";
import { allMatches, escapeRegExp } from "./matches.js";

/** Deputy's words in a role: a deputy who hands concerns to the lead is still the deputy. */
const DEPUTY_WORDS = /\b(?:deput(?:y|ies|e)|alternates?|second|back-?up)\b/i;

/**
 * Passing concerns to the lead, from the verb: "pass every concern to me", "passes all concerns on to the DSL",
 * "hand any safeguarding concern to the designated safeguarding lead". Only to the writer ("me", in a policy its lead
 * writes in the first person) or to the lead by role — never to children's services, the police or "us".
 */
const PASSES_TO_LEAD =
  /^(?:(?:also|always|then|will|must|should|immediately)\s+){0,2}(?:pass(?:es)?|hands?|reports?|refers?)\s+(?:on\s+)?(?:(?:every|all|any|each|their|the)\s+)?(?:safeguarding\s+)?(?:concerns?|disclosures?|worries)\s+(?:(?:straight\s+)?on\s+)?to\s+(?:me\b|(?:the|our)\s+(?:designated\s+)?(?:safeguarding\s+)?(?:lead|DSL|designated\s+person)\b)/iu;

/** A later sentence's subject that is the role's holder: "They …", "She …", "The contact …", "This person …". */
const HOLDER = /^(?:they|he|she|this\s+person|the\s+contact)\s+/i;

/** Sentences of a paragraph: ends at ".", "!" or "?" before a capital. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}"“])/u;

/**
 * Whether the document says the holders of the role `label` pass their concerns on to the lead (PASSES_TO_LEAD), in
 * the sentence that names the role ("The Safeguarding Contact passes every concern to the DSL") or in one of the
 * next three sentences of its paragraph opening with its holder ("They pass every concern to me"). Never a deputy's
 * role, and only where the policy names a lead under another role's words.
 */
export function passesConcernsToLead(text: string, label: string, leads: readonly LeadMention[]): boolean {
  const role = label.trim().replace(/\s+/g, " ");
  if (!/\s/.test(role) || DEPUTY_WORDS.test(role)) return false;
  if (!leads.some((l) => l.label.trim().replace(/\s+/g, " ").toLowerCase() !== role.toLowerCase()))
    return false;
  const words = role.split(" ").map(escapeRegExp).join("\\s+");
  const mention = new RegExp(String.raw`(?<![\p{L}])${words}(?:\*\*|__)?(?![\p{L}])`, "giu");
  for (const match of allMatches(mention, text)) {
    const from = (match.index ?? 0) + match[0].length;
    const end = text.indexOf("\n", from);
    const [first = "", ...rest] = text.slice(from, end < 0 ? undefined : end).split(SENTENCE_END);
    // "The Safeguarding Contact passes …", "…, who passes …": the role's own sentence.
    const own = /^\s*(?:,\s*who\s+)?/.exec(first)?.[0].length ?? 0;
    if (PASSES_TO_LEAD.test(first.slice(own))) return true;
    for (const sentence of rest.slice(0, 3)) {
      const subject = HOLDER.exec(sentence);
      if (subject && PASSES_TO_LEAD.test(sentence.slice(subject[0].length))) return true;
    }
  }
  return false;
}
