/**
 * The lead a training record names by job rather than by name: "| Centre Manager (DSL) | … | 17/02/2026 |" in a
 * policy that names its lead once as "Ms Corinne Hebblethwaite (Centre Manager)". A job written just after one
 * named lead's name — in brackets, or after a comma ("Mr Dafydd Orme-Lewis, Head of Instruction") — and after no
 * other person's is that lead's, so the record is theirs.
 */

import { findLeadMentions, type LeadMention, nameKey, sameName } from "./leads.js";
import { escapeRegExp } from "./matches.js";
import { JOB_NOUNS } from "./roles.js";
import { roleAlone } from "./training.js";

/** A job's words: one to six words, the first capitalised ("Centre Manager", "Head of Instruction"). */
const JOB = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:&|[\p{L}'’-]+)){0,5}$/u;
/** A word that makes the words a post, not a person's name ("Nóra Uí Dhónaill" is no job). */
const JOB_WORD = new RegExp(String.raw`\b(?:${JOB_NOUNS})\b`, "i");
/** A record's job and the lead role in brackets after it: "Centre Manager (DSL)". */
const JOB_AND_ROLE = /^(.+?)\s*\(([^()]+)\)\s*$/u;
/**
 * A person's name just before the job: two to five capitalised words (a title may be one), from a word's start (not
 * again from inside a long word: that read a run of capitals once from each of its letters).
 */
const NAME_BEFORE = String.raw`(?<![\p{L}'’.-])(\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){1,4})`;
/** The words before a job that make it one of several posts: "another Deputy Manager", "each Deputy Manager". */
const COUNTED_BEFORE =
  /\b(?:other|another|each|every|a|an|one|two|three|both|either|all|any|our\s+other|one\s+of\s+the)\s+$/i;

/**
 * A job's words as a pattern, when they are one post's (one to six words, a job's word among them, no lead role) and
 * the text never writes the post as one of several ("Deputy Managers", "another Deputy Manager"); else undefined.
 */
function onePostPattern(job: string, text: string): string | undefined {
  if (!JOB.test(job) || !JOB_WORD.test(job) || findLeadMentions(job).length > 0) return undefined;
  const jobPattern = escapeRegExp(job).replace(/ /g, String.raw`\s+`);
  // "Deputy Managers", "another Deputy Manager": a post more than one person may hold.
  const plural = new RegExp(String.raw`(?<![\p{L}])${jobPattern}(?:s|es)(?![\p{L}])`, "iu");
  if (plural.test(text)) return undefined;
  const anyJob = new RegExp(String.raw`(?<![\p{L}])${jobPattern}(?![\p{L}])`, "giu");
  for (const m of text.matchAll(anyJob))
    if (COUNTED_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index))) return undefined;
  return jobPattern;
}

/** A name's end, then the job just after it: "Name (Job)", "Name (the Job)", "Name, Job", "Name, our Job". */
function afterJob(jobPattern: string): string {
  return String.raw`(?:\s*\(\s*(?:the\s+|our\s+)?${jobPattern}\s*[),;]|,[^\S\n]+(?:the\s+|our\s+)?${jobPattern}(?=\s*(?:[),;.:–—-]|$)))`;
}

/** The name of the lead a record's words stand for, by the job the policy gives that lead; undefined if none. */
export function jobHolder(record: string, text: string, leads: readonly LeadMention[]): string | undefined {
  const split = JOB_AND_ROLE.exec(record.trim());
  const job = (split ? split[1] : record).trim().replace(/\s+/g, " ");
  const bracketRole = split ? roleAlone(split[2])?.role : undefined;
  if (split && !bracketRole) return undefined;
  const jobPattern = onePostPattern(job, text);
  if (!jobPattern) return undefined;
  // Every person the text writes the job just after: "Name (Job)", "Name, Job", "Name, our Job".
  const after = afterJob(jobPattern);
  const holders = [...text.matchAll(new RegExp(`${NAME_BEFORE}${after}`, "gmu"))].map((m) => nameKey(m[1]));
  if (holders.length === 0) return undefined;
  const leadNames = leads
    .filter((l) => !l.former && (!bracketRole || l.role === bracketRole))
    .flatMap((l) => l.names ?? (l.name ? [l.name] : []));
  const owners = new Set<string>();
  for (const holder of holders) {
    const lead = leadNames.find((n) => {
      const key = nameKey(n);
      return key.includes(" ") && (sameName(key, holder) || holder.endsWith(` ${key}`));
    });
    // Another person with the job, or a lead of another role: nobody's record.
    if (!lead) return undefined;
    owners.add(nameKey(lead));
  }
  return owners.size === 1 ? [...owners][0] : undefined;
}

/**
 * A person's name just after a job and a comma, perhaps after "the": "the Vicar, the Revd Canon Marcus Bellweather
 * (01632 …)", "the Rector, Fr Tobias Quennell". Two to six capitalised words (titles among them), from a word's start.
 */
const NAME_AFTER = String.raw`,[^\S\n]+(?:the[^\S\n]+)?(\p{Lu}[\p{L}'’.-]*(?:[^\S\n]+\p{Lu}[\p{L}'’.-]*){1,5})(?![\p{L}'’.-])`;

/**
 * The lead a sentence's subject stands for when it is a job the policy gives that lead ("The Vicar completed …"):
 * every person the text writes just after the job ("Name (Vicar)", "Name, Vicar") or just after "the"/"our" and the
 * job and a comma ("the Vicar, the Revd Canon Marcus Bellweather") is that one current lead, whose name and role it
 * gives. A post several people hold, a holder who is no lead, or two holders give nobody.
 */
export function jobSubjectHolder(
  job: string,
  text: string,
  leads: readonly LeadMention[],
): { name: string; role: LeadMention["role"] } | undefined {
  const jobPattern = onePostPattern(job.trim().replace(/\s+/g, " "), text);
  if (!jobPattern) return undefined;
  const after = afterJob(jobPattern);
  // Case kept: a flag "i" would let \p{Lu} take small letters too.
  const before = String.raw`(?<![\p{L}])(?:[Tt]he|[Oo]ur)[^\S\n]+${jobPattern}`;
  const holders = [
    ...[...text.matchAll(new RegExp(`${NAME_BEFORE}${after}`, "gmu"))].map((m) => m[1]),
    ...[...text.matchAll(new RegExp(`${before}${NAME_AFTER}`, "gu"))].map((m) => m[1]),
  ].map(nameKey);
  if (holders.length === 0) return undefined;
  const current = leads.filter((l) => !l.former && !l.placeholder);
  let owner: { name: string; role: LeadMention["role"] } | undefined;
  for (const holder of holders) {
    let found: { name: string; role: LeadMention["role"] } | undefined;
    for (const l of current)
      for (const n of l.names ?? (l.name ? [l.name] : [])) {
        const key = nameKey(n);
        if (!found && key.includes(" ") && (sameName(key, holder) || holder.endsWith(` ${key}`)))
          found = { name: n, role: l.role };
      }
    // Another person with the job, or two leads: nobody's record.
    if (!found || (owner && nameKey(owner.name) !== nameKey(found.name))) return undefined;
    owner ??= found;
  }
  return owner;
}
