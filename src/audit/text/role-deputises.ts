/**
 * A lead's role said, in a sentence of its own, to deputise for another: "The Age Grade Safeguarding Officer looks
 * after the junior sections, and deputises for the Club Safeguarding Officer when she is away". That role, wherever
 * the policy gives it (its holder named under it: "**Age Grade Safeguarding Officer**" / "Name: …"), is the deputy's.
 */
import type { LeadMention } from "./leads.js";
import { isTableRow, plain } from "./lines.js";
import { namesAt } from "./people.js";
import { between } from "./sorted-search.js";

export const ROLE_DEPUTISES_QUICK = /deputi[sz]es\s+for|stands\s+in\s+for|covers\s+for|deputy\s+for/i;

/** The sentence's subject, the role: "The " or "Our " at its start, perhaps capitalised words of the role before it. */
// A PDF's joined lines may run a phone number's or an email address's line into the sentence ("… 07700 900 311 The
// Junior …", "… welfare@club.example.org The Junior …").
const SUBJECT_BEFORE =
  /(?:^|[.!?][^\S\n]+|\n|\d[^\S\n]+|@[\w.-]+\.[a-z]{2,}[^\S\n]+)(?:The|Our)[^\S\n]+(?:\*\*|__)?(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){0,3}$/u;

/**
 * After the role (its bold end and bracket if any), in the same sentence: straight on, or after a clause and ", and"
 * or ", ", the verb of deputising and whom for — "deputises for the Club …", ", and covers for her". "And the
 * chair deputises" (a subject of its own before the verb) is no match: the verb follows the role, "and" or a comma.
 */
const DEPUTISES_AFTER =
  /^(?:\*\*|__)?(?:[^\S\n]*\([^()\n]{1,40}\))?(?<between>(?:[^.!?\n]{0,160}?(?:,|[^\S\n]and))?)[^\S\n]+(?:(?:also|then|always|normally|usually)[^\S\n]+)?(?:deputi[sz]es|stands[^\S\n]+in|covers|acts[^\S\n]+as[^\S\n]+(?:the[^\S\n]+|a[^\S\n]+|her[^\S\n]+|his[^\S\n]+)?deputy)[^\S\n]+for[^\S\n]+(?<whom>him|her|them|the|our)(?![\p{L}])/iu;

/** A clause with a subject of its own between the role and the verb: "… and the chair", "while our treasurer". */
const OTHER_SUBJECT =
  /\b(?:and|but|while|whilst|when|where|who|which)[^\S\n]+(?:the|our|a|an|her|his|their)[^\S\n]/i;

/** How far after "for the" the role deputised for may start: a few words of its noun phrase fit well inside. */
const OBJECT_REACH = 40;
/**
 * The words of a noun phrase before a role's words: capitalised words, a possessive ("the Club's", "the club's"),
 * "of" — "for the Club's Welfare Officer", not "for the team manager when the Club Welfare Officer is away".
 */
const OBJECT_WORDS =
  /^[^\S\n]*(?:\*\*|__)?(?:(?:\p{Lu}[\p{L}-]*(?:['’]s?)?|[\p{L}-]+['’]s?|of)[^\S\n]+){1,4}(?:\*\*|__)?$/u;

/** How far back from a role's words its qualifier is looked for: three capitalised words fit well inside. */
const QUALIFIER_REACH = 80;

/** Capitalised words straight before a role's words (its qualifier: "Age Grade", "Club"), without "The", "Our". */
function qualifier(text: string, at: number): string {
  const near = text.slice(Math.max(0, at - QUALIFIER_REACH), at);
  const before = near.slice(near.lastIndexOf("\n") + 1).replace(/(?:\*\*|__)$/, "");
  const words = /(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){1,3}$/u.exec(before)?.[0] ?? "";
  return words.replace(/^(?:(?:The|Our|An?|Your|Their)[^\S\n]+)+/u, "");
}

/** The role's words with its qualifier, as one key: "age grade safeguarding officer". */
function roleKeyOf(text: string, m: LeadMention): string {
  return `${qualifier(text, m.offset)} ${plain(m.label)}`.replace(/\s+/g, " ").trim().toLowerCase();
}

/** The lead's own role, said plainly: "The Designated Safeguarding Lead also stands in for …" makes no deputy. */
const LEADS_OWN_ROLE = /^(?:the |our )?(?:designated safeguarding lead|dsl)(?: \(dsl\))?$/;

/** Each mention's role key (roleKeyOf), read once per mention. */
function roleKeysOf(text: string): (m: LeadMention) => string {
  const keys = new Map<LeadMention, string>();
  return (m) => {
    let key = keys.get(m);
    if (key === undefined) {
      key = roleKeyOf(text, m);
      keys.set(m, key);
    }
    return key;
  };
}

/**
 * Turns to deputies every mention of a role the policy says deputises for another and names a holder of, when the
 * policy names a lead under another role (the one deputised for). The mention of the lead's role inside the
 * deputising words ("deputises for the Club Safeguarding Officer") is the lead's, not a deputy's.
 */
export function roleDeputises(text: string, mentions: LeadMention[]): void {
  if (!ROLE_DEPUTISES_QUICK.test(text)) return;
  // Each mention's key read once; the mentions by offset, so that those in a span are found without reading all.
  const roleKey = roleKeysOf(text);
  const sorted = [...mentions].sort((a, b) => a.offset - b.offset);
  const within = (from: number, to: number): LeadMention[] => between(sorted, (m) => m.offset, from, to);
  const deputies = new Set<string>();
  const objects = new Set<LeadMention>();
  for (const m of mentions) {
    if (m.role !== "dsl" || m.team || m.author || m.name) continue;
    if (!SUBJECT_BEFORE.test(text.slice(Math.max(0, m.offset - 60), m.offset))) continue;
    const after = DEPUTISES_AFTER.exec(text.slice(m.endOffset, m.endOffset + 260));
    if (!after?.groups) continue;
    const { between, whom } = after.groups;
    if (OTHER_SUBJECT.test(between)) continue;
    const end = m.endOffset + after[0].length;
    // Another role between the two is another subject: "The DSL leads, and the Welfare Officer deputises for her".
    if (within(m.endOffset, end - 4).some((o) => o !== m)) continue;
    const key = roleKey(m);
    // The lead's own role standing in for someone is no deputy ("The Designated Safeguarding Lead also stands in for
    // the Headteacher"); after "for the" the words must be a lead's role, another than the subject's.
    if (LEADS_OWN_ROLE.test(key)) continue;
    // The lead's role straight after "for the", or a few words into the noun phrase: "for the Club's Welfare Officer".
    const object = within(end - 4, end + OBJECT_REACH).filter(
      (o) => o.offset < end + 3 || OBJECT_WORDS.test(text.slice(end, o.offset)),
    );
    if (/^(?:the|our)$/i.test(whom) && !object.some((o) => o !== m && roleKey(o) !== key)) continue;
    deputies.add(key);
    for (const o of object) objects.add(o);
  }
  turnToDeputies(mentions, deputies, objects, roleKey);
}

/**
 * Turns to deputies every mention of the roles (by key) a policy says deputise for another, when it names their
 * holder outside a table and names a lead under another role; the lead's role in the deputising words (`objects`),
 * if read as a deputy's, back to the lead's.
 */
function turnToDeputies(
  mentions: LeadMention[],
  deputies: Set<string>,
  objects: ReadonlySet<LeadMention>,
  roleKey: (m: LeadMention) => string,
): void {
  if (deputies.size === 0) return;
  // Only a role whose holder the policy names outside a table: "The DSO deputises for the Safeguarding Manager at that
  // centre" over a table of each centre's DSO (one of them "TBC") is left to the site tables' readers.
  const namedKeys = new Set<string>();
  for (const m of mentions)
    if (m.role === "dsl" && m.name && !m.team && !isTableRow(m.line) && deputies.has(roleKey(m)))
      namedKeys.add(roleKey(m));
  for (const key of deputies) if (!namedKeys.has(key)) deputies.delete(key);
  if (deputies.size === 0) return;
  const leadElsewhere = mentions.some(
    (m) => m.role === "dsl" && m.name && !m.team && !m.former && !deputies.has(roleKey(m)),
  );
  if (!leadElsewhere) return;
  for (const m of mentions) {
    if (m.team) continue;
    if (m.role === "dsl" && deputies.has(roleKey(m))) m.role = "deputy";
    else if (objects.has(m) && m.role === "deputy" && !/^(?:deput|depute|alternate|assistant)/i.test(m.label))
      m.role = "dsl";
  }
}

export const ACTS_FOR_QUICK = /\bacts?\s+for\s/i;

/**
 * Before a role in the plural that opens its sentence: "The", "Our", perhaps after a short opening phrase and a comma
 * ("Day to day, the Union's two …"), a possessive and a number ("the Union's two"). As SUBJECT_BEFORE, a PDF's joined
 * lines may run a phone number's or an email address's line into the sentence.
 */
const PLURAL_SUBJECT_BEFORE =
  /(?:^|[.!?][^\S\n]+|\n|\d[^\S\n]+|@[\w.-]+\.[a-z]{2,}[^\S\n]+)(?:\p{Lu}[\p{L}-]*(?:[^\S\n]+[\p{L}-]+){0,3},[^\S\n]+)?(?:[Tt]he|[Oo]ur)[^\S\n]+(?:\p{Lu}[\p{L}-]*['’]s[^\S\n]+)?(?:(?:two|three|four|five|several|\d)[^\S\n]+)?(?:\*\*|__)?$/u;
/**
 * After the role, in its sentence: straight on, or after a clause and ", " or " and", "act for the" — "… Officers take
 * concerns and act for the …". The one acted for follows (a lead's role).
 */
const actForAfter = (verb: "act" | "acts"): RegExp =>
  new RegExp(
    String.raw`^(?:\*\*|__)?(?:[^\S\n]*\([^()\n]{1,40}\))?(?<between>(?:[^.!?\n]{0,120}?(?:,|[^\S\n]and))?)[^\S\n]+(?:(?:also|then|always|normally|usually)[^\S\n]+)?${verb}[^\S\n]+for[^\S\n]+(?:the|our)[^\S\n]+`,
    "iu",
  );
/** For a role in the plural: "… Officers take concerns and act for the …". */
const PLURAL_ACT_FOR = actForAfter("act");
/** As PLURAL_ACT_FOR, for a role in the singular: "… is the first contact for the girls' teams and acts for the …". */
const SINGULAR_ACTS_FOR = actForAfter("acts");
/**
 * After the role acted for, the rest of its sentence says when: while the lead is away — "when she is not
 * available", "if he is away", "in her absence" — then the sentence ends.
 */
const WHEN_AWAY = String.raw`^(?:\*\*|__)?(?:[^\S\n]*\([^()\n]{1,40}\))?,?[^\S\n]+(?:(?:when|whenever|if|while|whilst)[^\S\n]+(?:she|he|they)[^\S\n]+(?:is|are)[^\S\n]+(?:not[^\S\n]+available|unavailable|away|absent|on[^\S\n]+leave|not[^\S\n]+(?:on[^\S\n]+site|in|there|contactable|reachable))|in[^\S\n]+(?:her|his|their)[^\S\n]+absence)(?![\p{L}])[^.!?\n]{0,60}?[.!?]`;
const WHEN_AWAY_AFTER = new RegExp(String.raw`${WHEN_AWAY}[^\S\n]+`, "u");
/** As WHEN_AWAY_AFTER, the sentence ending its line or the text too. */
const WHEN_AWAY_ENDS = new RegExp(String.raw`${WHEN_AWAY}(?=\s|$)`, "u");
/** The next sentence opens by naming them: "They are", "These are" (a colon perhaps). */
const THEY_ARE = /^(?:They|These)[^\S\n]+are[^\S\n]*:?[^\S\n]*/u;

/**
 * "Day to day, the Union's two Designated Safeguarding Officers take concerns and act for the Safeguarding Lead when
 * she is not available. They are Mr A (…) and Ms B (…)": a lead's role in the plural, said to act for another lead's
 * role while its holder is away, its holders named in the very next sentence — those people are the named deputies.
 * Nobody named there, or "act for" with no absence ("act for the lead on trips"), names no deputy.
 */
export function rolesActForLead(text: string, mentions: LeadMention[]): void {
  roleActsForLead(text, mentions);
  const sorted = [...mentions].sort((a, b) => a.offset - b.offset);
  const leadNames = mentions.filter((m) => m.role === "dsl" && m.name && !m.team).map((m) => m.name ?? "");
  for (const m of sorted) {
    if (m.role !== "dsl" || m.team || m.author || m.name || isTableRow(m.line)) continue;
    const label = plain(m.label).trim();
    if (!/(?:[^s]s|ies)$/i.test(label) || LEADS_OWN_ROLE.test(label.toLowerCase().replace(/s$/, "")))
      continue;
    if (!PLURAL_SUBJECT_BEFORE.test(text.slice(Math.max(0, m.offset - 80), m.offset))) continue;
    const after = PLURAL_ACT_FOR.exec(text.slice(m.endOffset, m.endOffset + 240));
    if (!after?.groups || OTHER_SUBJECT.test(after.groups.between)) continue;
    const end = m.endOffset + after[0].length;
    // The role acted for: a lead's role straight after "for the", or a few words into its noun phrase — another
    // role than the subject's.
    const object = between(sorted, (o) => o.offset, end, end + OBJECT_REACH).find(
      (o) =>
        o.role === "dsl" &&
        !o.team &&
        (o.offset === end || OBJECT_WORDS.test(text.slice(end, o.offset))) &&
        plain(o.label).trim().toLowerCase() !== label.toLowerCase(),
    );
    if (!object) continue;
    const away = WHEN_AWAY_AFTER.exec(text.slice(object.endOffset, object.endOffset + 200));
    if (!away) continue;
    const next = object.endOffset + away[0].length;
    const they = THEY_ARE.exec(text.slice(next, next + 20));
    if (!they) continue;
    const from = next + they[0].length;
    const window = text.slice(from, from + 240).split("\n", 1)[0];
    const names = namesAt(window).filter((n) => /\s/.test(n.name.trim()));
    if (names.length === 0 || names[0].start !== 0) continue;
    if (names.some((n) => leadNames.includes(n.name))) continue;
    m.role = "deputy";
    m.name = names[0].name;
    m.names = names.map((n) => n.name);
    m.nameOffset = from + names[0].start;
    m.nameEndOffset = from + names[0].end;
  }
}

/**
 * "The Welfare Officer (Girls' Section) is the first contact for the girls' teams and acts for the Club Welfare Officer
 * when she is away.": a lead's role in the singular opening its sentence, said to act for another lead's role while
 * its holder is away — that role, wherever the policy labels it with a holder ("**Welfare Officer (Girls' Section):**
 * Miss …"), is the deputy's (as roleDeputises). Its label with no holder ("TBC"), or "acts for" with no absence
 * ("acts for the lead at away tournaments"), names no deputy.
 */
function roleActsForLead(text: string, mentions: LeadMention[]): void {
  if (!/\bacts\s+for\s/i.test(text)) return;
  const sorted = [...mentions].sort((a, b) => a.offset - b.offset);
  const roleKey = roleKeysOf(text);
  const deputies = new Set<string>();
  const objects = new Set<LeadMention>();
  for (const m of sorted) {
    if (m.role !== "dsl" || m.team || m.author || m.name || isTableRow(m.line)) continue;
    if (!SUBJECT_BEFORE.test(text.slice(Math.max(0, m.offset - 60), m.offset))) continue;
    const after = SINGULAR_ACTS_FOR.exec(text.slice(m.endOffset, m.endOffset + 240));
    if (!after?.groups || OTHER_SUBJECT.test(after.groups.between)) continue;
    const end = m.endOffset + after[0].length;
    // Another role between the two is another subject: "The CWO leads, and the Welfare Officer acts for her".
    if (between(sorted, (o) => o.offset, m.endOffset, end - 4).some((o) => o !== m)) continue;
    const key = roleKey(m);
    if (LEADS_OWN_ROLE.test(key)) continue;
    // The role acted for: a lead's role straight after "for the", or a few words into its noun phrase — another role
    // than the subject's.
    const object = between(sorted, (o) => o.offset, end, end + OBJECT_REACH).find(
      (o) =>
        o.role === "dsl" &&
        !o.team &&
        (o.offset === end || OBJECT_WORDS.test(text.slice(end, o.offset))) &&
        roleKey(o) !== key,
    );
    if (!object || !WHEN_AWAY_ENDS.test(text.slice(object.endOffset, object.endOffset + 200))) continue;
    deputies.add(key);
    objects.add(object);
  }
  if (deputies.size === 0) return;
  // The role's label with a bracket before its colon, its holder after: "**Welfare Officer (Girls' Section):** Miss …".
  for (const m of sorted) {
    if (m.role !== "dsl" || m.team || m.name || isTableRow(m.line) || !deputies.has(roleKey(m))) continue;
    if (!LABEL_BEFORE.test(text.slice(Math.max(0, m.offset - 80), m.offset))) continue;
    const label = BRACKETED_LABEL_AFTER.exec(text.slice(m.endOffset, m.endOffset + 80));
    if (!label) continue;
    const from = m.endOffset + label[0].length;
    const names = namesAt(text.slice(from, from + 240).split("\n", 1)[0]).filter((n) =>
      /\s/.test(n.name.trim()),
    );
    if (names.length === 0 || names[0].start !== 0) continue;
    m.name = names[0].name;
    m.names = names.map((n) => n.name);
    m.nameOffset = from + names[0].start;
    m.nameEndOffset = from + names[0].end;
  }
  turnToDeputies(mentions, deputies, objects, roleKey);
}

/** Before a label's role: its line's start (a PDF's joined lines: after a sentence, a phone number, an email). */
const LABEL_BEFORE =
  /(?:^|[.!?][^\S\n]+|\n|\d[^\S\n]+|@[\w.-]+\.[a-z]{2,}[^\S\n]+)[^\S\n]*(?:\*\*|__)?(?:\p{Lu}[\p{L}'’-]*[^\S\n]+){0,3}$/u;
/** After a label's role: its bracket, then a colon or dash (bold perhaps), then the holder. */
const BRACKETED_LABEL_AFTER =
  /^[^\S\n]*\([^()\n]{1,40}\)[^\S\n]*(?:\*\*|__)?[^\S\n]*(?:[:–—]|-[^\S\n])[^\S\n]*(?:\*\*|__)?[^\S\n]*/u;
