/**
 * A role whose holders pass concerns on to the lead, so are not the lead themselves: "Each term we also name one
 * parent as the **Safeguarding Contact** on session days. They carry the incident book … They pass every concern to
 * me (or Tom) the same day." — a rota of session-day contacts under the policy's own Safeguarding Lead.
 */

import type { SourceDocument } from "../rule.js";
import type { LeadMention } from "./leads.js";
import { allMatches, escapeRegExp } from "./matches.js";
import { compared, ownTitle } from "./own-name.js";

/** Deputy's words in a role: a deputy who hands concerns to the lead is still the deputy. */
const DEPUTY_WORDS = /\b(?:deput(?:y|ies|e)|alternates?|second|back-?up)\b/i;

/**
 * Passing concerns to the lead, from the verb: "pass every concern to me", "passes all concerns on to the DSL",
 * "hand any safeguarding concern to the designated safeguarding lead". Only to the writer ("me", in a policy its lead
 * writes in the first person) or to the lead by role — never to children's services, the police or "us", nor to
 * another body's lead ("the designated safeguarding lead at Larkshire County FA", "the DSL of the local authority"),
 * though the lead of the setting the title names is its own ("… at Brookfield Juniors FC" in that club's policy).
 */
const PASSES_TO_LEAD =
  /^(?:(?:also|always|then|will|must|should|immediately)\s+){0,2}(?:pass(?:es)?|hands?|reports?|refers?)\s+(?:on\s+)?(?:(?:every|all|any|each|their|the)\s+)?(?:safeguarding\s+)?(?:concerns?|disclosures?|worries)\s+(?:(?:straight\s+)?on\s+)?to\s+(?:me\b|(?:the|our)\s+(?:designated\s+)?(?:safeguarding\s+)?(?:lead|DSL|designated\s+person)\b)/iu;

/**
 * After the lead, the body whose lead it is, another: "… at Larkshire County FA", "… of the local authority". A body
 * by its name (group `named`, where the name starts) may be the setting's own (ownBody).
 */
const OTHER_BODYS =
  /^\s*(?:\([^()\n]{1,30}\)\s*)?,?\s+(?:at|of)\s+(?:the\s+)?(?:(?<named>(?=\p{Lu}))|(?:local\s+authority|council|county|league|governing\s+body|national|regional|area|district)(?![\p{L}]))/u;

/** A body's name: capitalised words, with "of", "and", "the", "upon" between them ("Brookfield Juniors FC"). */
const BODY_NAME =
  /^\p{Lu}[\p{L}\p{N}'’&-]*(?:\.(?=\p{Lu}))?(?:\s+(?:(?:of|and|the|upon|on|in)\s+)*[\p{Lu}\p{N}][\p{L}\p{N}'’&-]*(?:\.(?=\p{Lu}))?)*/u;

/** Whether the body named at the start of `words` is the setting the title names ("Brookfield Juniors FC"). */
function ownBody(words: string, title: string): boolean {
  const name = compared(BODY_NAME.exec(words)?.[0] ?? "");
  if (!name || !title) return false;
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(name)}(?![\p{L}\p{N}])`, "u").test(title);
}

/** PASSES_TO_LEAD at the start of `words`, the lead not another body's (the setting's `title` names its own). */
function passesToLead(words: string, title: string): boolean {
  const match = PASSES_TO_LEAD.exec(words);
  if (match === null) return false;
  const after = words.slice(match[0].length);
  const other = OTHER_BODYS.exec(after);
  return (
    other === null || (other.groups?.named !== undefined && ownBody(after.slice(other[0].length), title))
  );
}

/** A later sentence's subject that is the role's holder: "They …", "She …", "The contact …", "This person …". */
const HOLDER = /^(?:they|he|she|this\s+person|the\s+contact)\s+/i;

/** Sentences of a paragraph: ends at ".", "!" or "?" before a capital. */
const SENTENCE_END = /(?<=[.!?])\s+(?=[\p{Lu}"“])/u;

/**
 * The role's own sentence names its holder as the lead: "Our **Club Welfare Officer** is Mrs Ann Lee (…), the lead for
 * safeguarding at the club", "The Safeguarding Contact is our designated safeguarding lead".
 */
const NAMED_AS_LEAD =
  /(?:\bis\b|,)\s+(?:the|our)\s+(?:[\p{L}'’-]+['’]s\s+)?(?:(?:lead|main)\s+(?:person\s+)?for\s+safeguarding|(?:designated\s+)?safeguarding\s+lead)(?![\p{L}])/iu;

/** Words before a lead's role that make it the lead concerns are passed to: "… passes every concern on to the ". */
const PASSED_TO = /\bto\s+(?:the|our)\s+$/i;

/** Answers per role label, for each document (its text and leads as last asked about), and its title (ownTitle). */
const memos = new WeakMap<
  Pick<SourceDocument, "text" | "outline">,
  { text: string; leads: readonly LeadMention[]; title: string; answers: Map<string, boolean> }
>();

/**
 * Whether the document says the holders of the role `label` pass their concerns on to the lead (PASSES_TO_LEAD), in
 * the sentence that names the role ("The Safeguarding Contact passes every concern to the DSL") or in one of the
 * next three sentences of its paragraph opening with its holder ("They pass every concern to me"). Never a deputy's
 * role, and only where the policy names a lead (not a deputy, nor the lead passed to) under other role words; a mention whose own sentence
 * names its holder as the lead ("…, the lead for safeguarding at the club. She passes every concern on to …") says
 * nothing of a contact. Answered once per label for a document (kept with the document, never shared with another):
 * each of a long list's mentions asks again.
 */
export function passesConcernsToLead(
  document: Pick<SourceDocument, "text" | "outline">,
  label: string,
  leads: readonly LeadMention[],
): boolean {
  const role = label.trim().replace(/\s+/g, " ");
  const text = document.text;
  let memo = memos.get(document);
  if (memo?.text !== text || memo.leads !== leads) {
    memo = { text, leads, title: ownTitle(document), answers: new Map() };
    memos.set(document, memo);
  }
  const key = role.toLowerCase();
  const known = memo.answers.get(key);
  if (known !== undefined) return known;
  const answer = passes(text, role, leads, memo.title);
  memo.answers.set(key, answer);
  return answer;
}

function passes(text: string, role: string, leads: readonly LeadMention[], title: string): boolean {
  if (!/\s/.test(role) || DEPUTY_WORDS.test(role)) return false;
  if (
    !leads.some(
      (l) =>
        l.role === "dsl" &&
        !PASSED_TO.test(text.slice(Math.max(0, l.offset - 24), l.offset)) &&
        l.label.trim().replace(/\s+/g, " ").toLowerCase() !== role.toLowerCase(),
    )
  )
    return false;
  const words = role.split(" ").map(escapeRegExp).join("\\s+");
  const mention = new RegExp(String.raw`(?<![\p{L}])${words}(?:\*\*|__)?(?![\p{L}])`, "giu");
  for (const match of allMatches(mention, text)) {
    const from = (match.index ?? 0) + match[0].length;
    const end = text.indexOf("\n", from);
    const [first = "", ...rest] = text.slice(from, end < 0 ? undefined : end).split(SENTENCE_END);
    // "Our Club Welfare Officer is Mrs …, the lead for safeguarding at the club.": the lead, not a contact.
    // Only before the passing ("… passes every concern to the DSL, the lead for safeguarding" is the lead passed to).
    if (NAMED_AS_LEAD.test(first.split(/\b(?:pass(?:es)?|hands?|reports?|refers?)\b/i)[0] ?? "")) continue;
    // "The Safeguarding Contact passes …", "…, who passes …": the role's own sentence.
    const own = /^\s*(?:,\s*who\s+)?/.exec(first)?.[0].length ?? 0;
    if (passesToLead(first.slice(own), title)) return true;
    for (const sentence of rest.slice(0, 3)) {
      const subject = HOLDER.exec(sentence);
      if (subject && passesToLead(sentence.slice(subject[0].length), title)) return true;
    }
  }
  return false;
}
