/**
 * A first name the policy itself ties to a lead's role ("Staff should report to Deirdre (the Designated Person)"),
 * where the lead is named in full elsewhere ("the Club Manager, Mrs. D. Okafor-Reyes"): the one lead or deputy that
 * first name stands for.
 */

import { type LeadMention, nameKey } from "./leads.js";
import { TITLE_PATTERN } from "./roles.js";

const TITLE_AT_START = new RegExp(`^(?:${TITLE_PATTERN})\\.?\\s+`, "iu");

/** A first name alone: "Deirdre", "Liam" (not an initial, not two words). */
const FIRST_NAME = /^\p{Lu}\p{Ll}[\p{L}'’-]+$/u;

/** The first word of a name after its title, without its stop ("Mrs. D. Okafor-Reyes" → "D"); none for one word. */
function givenOf(name: string): string | undefined {
  const words = name.replace(TITLE_AT_START, "").trim().split(/\s+/);
  return words.length >= 2 ? words[0].replace(/\.$/, "") : undefined;
}

/**
 * The lead or deputy named in full whom a first name stands for, where the policy names a lead by that first name
 * alone (a mention of the role whose name is that one word): the one lead or deputy with that first name
 * ("Mrs Deirdre Okafor-Reyes"), else the one whose first name is that name's initial ("Mrs. D. Okafor-Reyes") in the
 * role the first name is tied to — and only while no other lead or deputy has a first name or initial with that
 * letter ("Mrs D. Ames" and "Mr Dan Lowe": a bare "D." picks neither). Undefined when none fits, or several do.
 */
export function tiedLead(first: string, named: readonly LeadMention[]): LeadMention | undefined {
  if (!FIRST_NAME.test(first)) return undefined;
  const lower = first.toLowerCase();
  const ties = named.filter((m) => !m.former && m.name?.trim().toLowerCase() === lower);
  if (ties.length === 0) return undefined;
  const people = new Map<string, LeadMention>();
  for (const m of named)
    if (m.name && !m.former && !m.team && (m.role === "dsl" || m.role === "deputy") && givenOf(m.name))
      people.set(nameKey(m.name), m);
  const given = (m: LeadMention) => (givenOf(m.name ?? "") ?? "").toLowerCase();
  const sameFirst = [...people.values()].filter((m) => given(m) === lower);
  if (sameFirst.length > 0) return sameFirst.length === 1 ? sameFirst[0] : undefined;
  const sameLetter = [...people.values()].filter((m) => given(m).startsWith(lower[0]));
  if (sameLetter.length !== 1) return undefined;
  const only = sameLetter[0];
  return given(only).length === 1 && ties.some((t) => t.role === only.role) ? only : undefined;
}
