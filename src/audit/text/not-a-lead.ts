/**
 * Words that deny someone a designated lead's role, read for two different jobs (kept side by side so that one is
 * not taken for a loose copy of the other):
 * - HOLDER_NOT_A_LEAD: a sentence's predicate about a named holder, "is not a safeguarding lead", "are not one of our
 *   designated leads", "is no longer the DSL" (holder-said.ts asks whether the holder is its subject, and skips "not
 *   the only / sole / main lead", which denies nothing);
 * - COURSE_NOT_A_LEAD: the same denial without its verb on a training record, "(Head Coach, not a welfare officer)",
 *   "never a designated safeguarding lead", taken out of the course's words before the course is named
 *   (training.ts courseKind). "not the only DSL on site" is taken out too: whatever it says of the person, it is no
 *   part of the course's name.
 */

/**
 * "is not a safeguarding lead", "are not one of our designated leads", "is no longer the DSL": the holder said not to
 * be a lead. The words between ("safeguarding", "deputy") tell which lead; "not the only lead" says nothing.
 */
export const HOLDER_NOT_A_LEAD =
  /\b(?:is|are)\s+(?:not|no\s+longer)\s+(?:a|an|the|our|one\s+of\s+(?:the|our))\s+(?<words>(?:[\p{L}'’-]+\s+){0,3}?)(?:leads?|DSLs?|designated\s+(?:persons?|officers?)|safeguarding\s+officers?)\b/giu;

/**
 * Words on a record that deny its person a lead's role: "(Head Coach, not a welfare officer)", "never a designated
 * safeguarding lead", "not the club's welfare officer". The role's words there do not make the course a lead's.
 */
export const COURSE_NOT_A_LEAD =
  /\b(?:not|never|no\s+longer)\s+(?:(?:a|an|the|our|one\s+of\s+(?:the|our))\s+)?(?:\p{L}+['’]s?\s+)?(?:[\p{L}-]+\s+){0,3}?(?:officers?|leads?|leaders?|D?DS[LPO]s?|persons?|co-?ordinators?|practitioners?)\b/giu;

/**
 * A role's own bracket that puts it outside the policy, read on the words straight after the role: "Women's section
 * Welfare Officer (adult teams only, not part of this policy): Gemma Strickland", "(not covered by this policy)",
 * "(outside the scope of this policy)". Its holder is no lead of this policy. The bracket is that statement and nothing
 * else: at most a short scope before it ("adult teams only, ", "veterans' section; ") and nothing but spaces between
 * "policy" and the close. Not a bracket about the role's work in which something else is outside ("(also handles
 * concerns about adults at risk, which are outside the scope of this policy)", "(and for the holiday club, outside
 * this policy)").
 */
export const OUTSIDE_POLICY_AFTER =
  /^[\s*_]{0,6}\((?:(?!\s*(?:also|and|plus|as\s+well)\b)[^(),;:\n–—]{1,30}[,;:–—]\s*)?(?:not\s+(?:part\s+of|covered\s+by|under)|outside(?:\s+the\s+scope\s+of)?)\s+(?:this|the|our)\s+(?:polic(?:y|ies)|procedures?)\s*\)/i;
