/** lead-missing: no designated safeguarding lead named. */

import type { TableBlock, TableCell } from "../document/blocks.js";
import type { DocumentContext, Rule } from "../rule.js";
import {
  actingHolderInCell,
  DEPUTY_HEADER,
  findLeadMentions,
  isTableRow,
  isTableSeparator,
  type LeadKind,
  type LeadMention,
  lineAt,
  nameKey,
  namesInCell,
  PLACE_HEADER,
  personInCell,
  placeholderAt,
  plain,
  SAFEGUARDING_ROLE,
  sameName,
  tableCells,
} from "../text/find.js";
import { allMatches, escapeRegExp } from "../text/matches.js";
import { looksLikePerson, peopleIn } from "../text/people.js";
import { NOT_NAME_WORDS, ROLE_SCOPE, TITLE_PATTERN } from "../text/roles.js";
import { analyse, firstLine, reportAt, subjects } from "./helpers.js";

/** Shared by lead-missing and deputy-missing: is anyone named for the role in the document? */
export function checkNamedInDocument(
  context: DocumentContext,
  role: LeadKind,
  what: string,
  advice: string,
): void {
  const named = (m: LeadMention) => m.role === role && !m.team && (m.name || m.author);
  const inText = analyse(context.document).leads;
  const tables = context.document.blocks?.filter((b) => b.kind === "table") ?? [];
  if (inText.some(named)) {
    if (role !== "deputy") {
      siteRowWithoutLead(context, tables, inText, what);
      return;
    }
    // "- West: to be appointed" in a list of the regions' deputies, the other regions' named: that region has none.
    const vacancy = inText.find((m) => m.role === role && !m.team && m.vacancy)?.vacancy;
    if (vacancy) {
      reportAt(
        context,
        vacancy.offset,
        vacancy.endOffset,
        `The ${what} for ${vacancy.place} is not named: "${unescaped(vacancy.placeholder)}" stands where the name should be, while the policy names one for each other place in the list — name a deputy for ${vacancy.place} too`,
        { subject: subjects.noLead("deputy") },
      );
      return;
    }
    let reported = false;
    const report: DocumentContext["report"] = (descriptor) => {
      reported = true;
      context.report(descriptor);
    };
    siteWithoutDeputy({ ...context, report }, inText, what);
    // "Each house has a Head of House who acts as deputy DSL …:" over a table of houses: a house whose holder is
    // "Vacant" or "TBC" has no deputy, though the policy names one elsewhere.
    const unitColumn = reported ? undefined : unitDeputyColumn(context.document.text, tables, inText);
    if (unitColumn) {
      const rows = unitColumn.table.rows.slice(1);
      if (reportSiteRowWithoutDeputy(context, rows, 0, unitColumn.index, what, "site")) return;
    }
    // "Each section also has its own Welfare Officer, who deputises for the Club Welfare Officer …" over a table of
    // sections, one named in its row: a section whose holder is "vacancy" or "TBC" has none.
    const sectionColumn = reported ? undefined : deputisingColumn(context.document.text, tables, inText);
    if (sectionColumn && SECTION_HEADER.test(plain(sectionColumn.table.rows[0][0]?.text ?? "").trim())) {
      const rows = sectionColumn.table.rows.slice(1);
      if (reportSiteRowWithoutDeputy(context, rows, 0, sectionColumn.index, what, "site")) return;
    }
    // A PDF's site table under a text that names the deputies elsewhere ("Deputy DSL: Mrs B" above it): its text
    // runs a row's cells over lines the text's table reader cannot follow, its table blocks can.
    if (!reported && tables.length && !scopeRowWithoutDeputy(context, tables, what))
      blockRowWithoutDeputy(context, tables, what, inText);
    return;
  }
  // A PDF's table blocks name leads under role headers its text cannot tie them to (read only when the text names
  // nobody for the role: most documents do).
  const leads = tables.length ? [...inText, ...analyse(context.document).tableLeads] : inText;
  const mentions = leads.filter((m) => m.role === role && !m.team);
  if (mentions.some((m) => m.name || m.author)) {
    if (role === "deputy" && !scopeRowWithoutDeputy(context, tables, what))
      blockRowWithoutDeputy(context, tables, what, inText);
    if (role === "dsl") siteRowWithoutLead(context, tables, inText, what);
    return;
  }
  // Before the shared lead's reading below: "Each faculty has a Designated Safeguarding Officer, who acts for the
  // Safeguarding Lead" makes the officers' column the deputies, though their title is a lead's own.
  const firstUnnamed = mentions.find((m) => m.placeholder) ?? mentions[0];
  if (role === "deputy" && !firstUnnamed?.placeholder) {
    // "The DSO deputises for the Safeguarding Manager at that venue" over "| Venue | DSO | … |": the column's holders
    // are the deputies, one a site. A site whose holder is "TBC" has none (reported at its row); all named, none is
    // missing. "The Area Safeguarding Leads are the Service DSL's deputies": the lead's role, unnamed there, is
    // read as well, where no deputy's role is mentioned at all.
    // "… acts for the Head of Safeguarding on site": the policy's own Head of Safeguarding, too, where it names no
    // deputy's role (it may not be read as a lead's mention when the policy names the DSL's role as well).
    const anchors: readonly LeadAnchor[] = firstUnnamed
      ? mentions
      : [...leads.filter((m) => m.role === "dsl" && !m.team), ...headsOfSafeguarding(context.document.text)];
    const column = deputisingColumn(context.document.text, tables, anchors);
    if (column) {
      const rows = column.table.rows.slice(1);
      if (reportSiteRowWithoutDeputy(context, rows, 0, column.index, what, "site")) return;
      if (rows.some((row) => row[column.index] && startsWithName(row[column.index]))) return;
    }
    // The same sentence ending in a colon over a list, a part of the organisation a line: "- Minis (U7–U11): Mrs
    // Gemma Stradling – 07700 …". Each line's holder is that part's deputy.
    const list = deputisingList(context.document.text, anchors);
    if (list) {
      if (reportSiteRowWithoutDeputy(context, list, 0, 1, what, "site")) return;
      if (list.some((row) => startsWithName(row[1]))) return;
    }
  }
  // People listed under "Our safeguarding team" lead it; two or more of them cover for each other. A first name
  // alone ("Aisha, Tom and Bev") names no one a reader could find or check: a person in full, a title and surname
  // or an initial does ("Amira Haddad", "Mrs Okafor", "J. Fenwick").
  const team = leads
    .filter((m) => m.team)
    .flatMap((m) => m.names ?? [])
    .filter((name) => /\s/.test(name.trim()));
  if (role === "dsl" && team.length > 0) return;
  if (role === "deputy" && team.length > 1) return;
  // Several people named for the lead's role itself share it and cover for one another, when the policy speaks of
  // no deputy at all.
  if (role === "deputy" && mentions.length === 0 && sharedLead(leads, tables, context.document.text)) return;
  // A childminder or sole trader who is the lead has no deputy to name, unless the policy leaves a blank for one.
  if (role === "deputy" && leads.some((m) => m.author) && !mentions.some((m) => m.placeholder)) return;
  // "The Academy Principal is our Designated Safeguarding Lead" under a letterhead's "Principal: Marisa Kovač".
  if (mentions.some((m) => !m.placeholder && heldByNamedJob(context.document.text, m))) return;
  const unnamed = mentions.find((m) => m.placeholder) ?? mentions[0];
  // Precision first: a lead's role in a sentence that also names a person ("… our lead, who is Mrs Ada Kwarteng
  // …" in a wording the layouts do not know) is most likely naming the lead. Telling a manager her named lead
  // is missing is worse than saying nothing.
  // The deputy named next to it ("… through the club office. Deputy DSO: Mr Eoin Lee" in a PDF's joined lines) is
  // not: the reader has already taken that person for the other role.
  const others = leads
    .filter((m) => m.role !== role && !m.team)
    .flatMap((m) => m.names ?? (m.name ? [m.name] : []))
    .map(nameKey);
  // The people a table of roles gives another job, read once (otherJobHolders), and only when asked.
  let otherJobs: string[] | undefined;
  const jobHolders = () => {
    otherJobs ??= otherJobHolders(tables);
    return otherJobs;
  };
  if (
    role === "dsl" &&
    unnamed &&
    !unnamed.placeholder &&
    mentions.some((m) => personInSentence(context, m, others, jobHolders()))
  )
    return;
  if (unnamed) {
    // The excerpt runs to the end of the placeholder: "Designated Safeguarding Lead: (name)".
    const at = unnamed.placeholder ? context.document.text.indexOf(unnamed.placeholder, unnamed.offset) : -1;
    const end = unnamed.placeholder
      ? at >= 0 && at - unnamed.endOffset <= 80
        ? at + unnamed.placeholder.length
        : Math.min(unnamed.line.endOffset, unnamed.endOffset + 80)
      : unnamed.endOffset;
    reportAt(
      context,
      unnamed.offset,
      Math.max(end, unnamed.endOffset),
      unnamed.placeholder
        ? `The ${what} is not named: "${unescaped(unnamed.placeholder)}" stands where the name should be — ${advice}`
        : `The policy mentions the ${what} but never says who it is — ${advice}`,
      { subject: subjects.noLead(role) },
    );
    return;
  }
  const { offset, endOffset } = firstLine(context);
  reportAt(context, offset, endOffset, `The policy does not name a ${what} — ${advice}`, {
    subject: subjects.noLead(role),
  });
}

/**
 * Before a lead's role, a role said to deputise for it, as each site's: "Each venue has a Designated Safeguarding
 * Officer (DSO) … The DSO deputises for the Safeguarding Manager", "Our Site Safeguarding Officer covers for the DSL".
 */
const ROLE_DEPUTISES_BEFORE =
  /(?:^|[.!?:;]\s+|\n\s*)(?:the|each|every|our)\s+(?<role>[\p{L}() -]{2,60}?)\s+(?:also\s+)?(?:(?:deputi[sz]es|stands\s+in|covers)\s+for|acts\s+as\s+(?:a\s+|the\s+)?deputy\s+(?:to|for))\s+(?:the\s+|our\s+)?(?:designated\s+)?$/iu;
/**
 * Before a lead's role, a unit's own officer said to act for it: "Each faculty has a Designated Safeguarding Officer
 * (DSO), who acts for the Safeguarding Lead within that faculty", "Each age group section also has an **Age Grade
 * Safeguarding Officer** who deputises for the CSO" — the role without its bold or its abbreviation in brackets.
 */
const UNIT_OFFICER_ACTS_FOR_BEFORE =
  /(?:^|[.!?:;]\s+|\n\s*)(?:\d+(?:\.\d+)*\s+)?(?:each|every)\s+(?:\p{L}+\s+){0,2}\p{L}+\s+(?:also\s+)?has\s+(?:a|an|its\s+own)\s+[*_]{0,2}(?<role>[\p{L} -]{2,60}?)[*_]{0,2}(?:\s+\([\p{L}]{2,8}\))?,?\s+who\s+(?:acts|deputi[sz]es|stands\s+in|covers)\s+for\s+(?:the|our)\s+$/iu;

/**
 * Before a lead's role, a place's own officer said to act for it, the place first: "At each venue a Venue Safeguarding
 * Lead (usually the camp manager) is the first point of contact for staff, children and parents, and acts for the Head
 * of Safeguarding on site", "At every venue, a Venue Safeguarding Lead deputises for the DSL". The role in capitals,
 * without its bold; a bracket after it, and a clause of its own (in lower case) before "acts for", may come between.
 */
const PLACE_OFFICER_ACTS_FOR_BEFORE =
  /(?:^|[.!?:;]\s+|\n\s*)(?:\d+(?:\.\d+)*\s+)?[Aa]t\s+(?:each|every)\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+,?\s+(?:a|an|the|its\s+own)\s+[*_]{0,2}(?<role>\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,4})[*_]{0,2}(?:\s+\([^()\n]{1,60}\))?,?\s+(?:\p{Ll}[^.!?;:\n()]{0,160}?,?\s+and\s+)?(?:also\s+)?(?:acts|deputi[sz]es|stands\s+in|covers)\s+for\s+(?:the|our)\s+$/u;

/**
 * Before the lead's role, a role said to be its deputies: "The Area Safeguarding Leads are the Service DSL's
 * deputies", "Our Site Lead is the Designated Safeguarding Lead's deputy" (DEPUTIES_AFTER after the lead's role). A
 * capitalised word or two of the lead's role's own may come before it ("the Service DSL's").
 */
const ROLE_ARE_DEPUTIES_BEFORE =
  /(?:^|[.!?:;]\s+|\n\s*)(?:[Tt]he|[Ee]ach|[Ee]very|[Oo]ur)\s+(?<role>[\p{L}() -]{2,60}?)\s+(?:are|is)\s+(?:the|our)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u;
/**
 * Before the lead's role, a unit's own officer said to be its deputy: "Each club has a **Club Safeguarding Lead**, who
 * is the DSL's deputy at that site" (DEPUTIES_AFTER after the lead's role), the role without its bold or its
 * abbreviation in brackets.
 */
const UNIT_OFFICER_IS_DEPUTY_BEFORE =
  /(?:^|[.!?:;]\s+|\n\s*)(?:\d+(?:\.\d+)*\s+)?(?:[Ee]ach|[Ee]very)\s+\p{L}+\s+has\s+(?:a|an|its\s+own)\s+[*_]{0,2}(?<role>[\p{L} -]{2,60}?)[*_]{0,2}(?:\s+\([\p{L}]{2,8}\))?,?\s+who\s+is\s+(?:the|our)\s+(?:\p{Lu}[\p{L}-]*\s+){0,2}$/u;
/**
 * Before a deputy's role, a unit's own officer said to act as that deputy: "Each house has a Head of House who acts as
 * deputy DSL for the boarders in that house", "Every ward has a Ward Sister, who acts as the Deputy Designated
 * Safeguarding Lead" — the unit's word (one, "house") and the role, without its bold or its abbreviation in brackets.
 */
const UNIT_OFFICER_ACTS_AS_DEPUTY_BEFORE =
  /(?:^|[.!?:;]\s+|\n\s*)(?:\d+(?:\.\d+)*\s+)?(?:[Ee]ach|[Ee]very)\s+(?<unit>\p{Ll}[\p{L}-]+)\s+(?:also\s+)?has\s+(?:a|an|its\s+own)\s+[*_]{0,2}(?<role>\p{Lu}[\p{L}-]*(?:\s+[\p{L}-]+){0,4}?)[*_]{0,2}(?:\s+\([\p{L}]{2,8}\))?,?\s+who\s+(?:also\s+)?acts\s+as\s+(?:a\s+|the\s+|their\s+)?$/u;

/** After the lead's role, in the possessive: "'s deputies", "'s deputy" (the role's words may hold the "'s"). */
const DEPUTIES_AFTER = /^(?:['’]s)?\s+deput(?:y|ies)\b/iu;

/** A first header of a county's, a region's or a university's parts, one a row: "District", "Region", "Faculty". */
const REGION_HEADER =
  /^(?:districts?|regions?|localit(?:y|ies)|patch(?:es)?|zones?|divisions?|facult(?:y|ies))$/i;

/** Where a lead is mentioned, or the policy's own Head of Safeguarding (headsOfSafeguarding): words and place. */
type LeadAnchor = Pick<LeadMention, "offset" | "endOffset" | "label" | "name" | "placeholder">;

const HEAD_OF_SAFEGUARDING = /(?<![\p{L}])Head\s+of\s+Safeguarding(?![\p{L}])/giu;

/**
 * The policy's own Head of Safeguarding, wherever it is mentioned: "the company's **Head of Safeguarding**", "our
 * Head of Safeguarding". Not another body's ("the Trust's Head of Safeguarding", "Group Head of Safeguarding"): only
 * "the" or "our" just before it is read by the sentences that say a role acts for it (deputisingRole).
 */
function headsOfSafeguarding(text: string): LeadAnchor[] {
  if (!/head\s+of\s+safeguarding/i.test(text)) return [];
  return allMatches(HEAD_OF_SAFEGUARDING, text).map((match) => ({
    offset: match.index ?? 0,
    endOffset: (match.index ?? 0) + match[0].length,
    label: match[0],
  }));
}

/** The role said to deputise for the lead mentioned at `mention`, in lower case, if any. */
function deputisingRole(text: string, mention: LeadAnchor): string | undefined {
  const before = text.slice(Math.max(0, mention.offset - 120), mention.offset);
  // The unit's officer first: "Each centre has a Centre Safeguarding Lead who deputises for the DSL" would give
  // ROLE_DEPUTISES_BEFORE the role "centre has a centre safeguarding lead who".
  const deputises =
    UNIT_OFFICER_ACTS_FOR_BEFORE.exec(before)?.groups?.role ??
    PLACE_OFFICER_ACTS_FOR_BEFORE.exec(text.slice(Math.max(0, mention.offset - 280), mention.offset))?.groups
      ?.role ??
    ROLE_DEPUTISES_BEFORE.exec(before)?.groups?.role;
  if (deputises) return deputises.trim().toLowerCase();
  const after = text.slice(mention.endOffset, mention.endOffset + 30);
  if (!DEPUTIES_AFTER.test(after) || !(/['’]s$/.test(mention.label) || /^['’]s/.test(after)))
    return undefined;
  const role =
    ROLE_ARE_DEPUTIES_BEFORE.exec(before)?.groups?.role ??
    UNIT_OFFICER_IS_DEPUTY_BEFORE.exec(before)?.groups?.role;
  return role?.trim().toLowerCase();
}

/** A table's first header for the club's sections ("Section", "Sections"): read only with the section's own role. */
const SECTION_HEADER = /^sections?$/i;

/**
 * The table column of the role said to deputise for the lead (deputisingRole), one row a site: a table after
 * the sentence whose first header is a place ("Venue", "Site", "Centre") and another header the role's own words
 * ("DSO", or "Area Safeguarding Lead" for
 * "The Area Safeguarding Leads are …"). The role must be a safeguarding one.
 */
function deputisingColumn(
  text: string,
  tables: readonly TableBlock[],
  mentions: readonly LeadAnchor[],
): { table: TableBlock; index: number } | undefined {
  for (const mention of mentions) {
    if (mention.name || mention.placeholder) continue;
    const role = deputisingRole(text, mention);
    if (!role) continue;
    // "The Champion acts as deputy to …" over "| Branch | Safeguarding Champion |": the role's last word, its
    // header giving the whole safeguarding role.
    const short = !SAFEGUARDING_ROLE.test(role);
    if (short && !/^[\p{L}-]+$/u.test(role)) continue;
    for (const table of tables) {
      if (table.offset < mention.endOffset || table.rows.length < 3) continue;
      const header = table.rows[0].map((cell) => plain(cell.text).replace(/[*_]/g, "").trim().toLowerCase());
      const first = header[0] ?? "";
      // "Each section also has its own Welfare Officer, who deputises for …" over "| Section | Section Welfare
      // Officer (deputy to the Club Welfare Officer) |": the section's word before the role, a bracket after it.
      const section = SECTION_HEADER.test(first);
      if (!PLACE_HEADER.test(first) && !REGION_HEADER.test(first) && !section) continue;
      const unit = first.replace(/s$/, "");
      const index = header.findIndex((words) => {
        if (section) {
          const bare = words.replace(/\s*\([^()]*\)$/, "");
          return bare === `${unit} ${role}` || bare === `${unit} ${role}s`;
        }
        return short
          ? SAFEGUARDING_ROLE.test(words) && (words.endsWith(` ${role}`) || words.endsWith(` ${role}s`))
          : words === role || words === `${role}s` || `${words}s` === role;
      });
      if (index > 0) return { table, index };
    }
  }
  return undefined;
}

/**
 * The table column of a unit's officer said to act as the deputy (UNIT_OFFICER_ACTS_AS_DEPUTY_BEFORE before a deputy's
 * mention that names no one): "Each house has a Head of House who acts as deputy DSL for the boarders in that house:"
 * over "| House | Head of House | Extension |", the next block. Its first header the unit's word ("House", "Houses")
 * or a place's, another header the role's own words; the sentence itself makes the role a safeguarding one.
 */
function unitDeputyColumn(
  text: string,
  tables: readonly TableBlock[],
  mentions: readonly LeadMention[],
): { table: TableBlock; index: number } | undefined {
  for (const mention of mentions) {
    if (mention.role !== "deputy" || mention.team || mention.name || mention.placeholder) continue;
    const found = UNIT_OFFICER_ACTS_AS_DEPUTY_BEFORE.exec(
      text.slice(Math.max(0, mention.offset - 160), mention.offset),
    )?.groups;
    if (!found) continue;
    const unit = found.unit.toLowerCase();
    const role = found.role.trim().toLowerCase();
    const table = tables.find((t) => t.offset >= mention.endOffset);
    // The table right after the sentence: no heading and no other paragraph between them.
    if (!table || table.rows.length < 3) continue;
    const between = text.slice(mention.endOffset, table.rows[0][0]?.offset ?? table.offset);
    if (between.length > 200 || /\n\s*#/.test(between) || /\n[^\S\n]*\p{L}[^\n]*\n/u.test(between)) continue;
    const header = table.rows[0].map((cell) => plain(cell.text).replace(/[*_]/g, "").trim().toLowerCase());
    const first = header[0] ?? "";
    if (first !== unit && first !== `${unit}s` && !PLACE_HEADER.test(first)) continue;
    const index = header.findIndex((words) => words === role || words === `${role}s`);
    if (index > 0) return { table, index };
  }
  return undefined;
}

/** A list's line: a bullet or number, a part of the organisation and a colon, then its holder ("- Minis: Mrs A"). */
const PART_ITEM =
  /^[^\S\n]*(?:[-*+•●○◦▪■]|\d{1,2}[.)])[^\S\n]+(?<part>[^:\n]{1,60}?):[^\S\n]*(?<holder>\S[^\n]*)$/u;

/**
 * The list after a sentence that says a role deputises for the lead (deputisingRole) and ends in a colon: "Each age
 * group section also has an **Age Grade Safeguarding Officer** who deputises for the CSO within that section:" over
 * "- Minis (U7–U11): Mrs Gemma Stradling – 07700 …", one line a part. Each line as a row of two cells, the part and
 * its holder. Two lines at least, one after another (blank lines between them allowed); the role a safeguarding one.
 */
function deputisingList(text: string, mentions: readonly LeadAnchor[]): TableCell[][] | undefined {
  for (const mention of mentions) {
    if (mention.name || mention.placeholder) continue;
    const role = deputisingRole(text, mention);
    if (!role || !SAFEGUARDING_ROLE.test(role)) continue;
    // The sentence's end, a PDF's line break perhaps within it ("… within\nthat section:").
    const close = /^[^.!?:]{0,60}:[^\S\n]*\n/.exec(text.slice(mention.endOffset, mention.endOffset + 80));
    if (!close) continue;
    const end = mention.endOffset + close[0].length - 1;
    const rows: TableCell[][] = [];
    let at = end + 1;
    while (at < text.length) {
      const next = text.indexOf("\n", at);
      const lineEnd = next < 0 ? text.length : next;
      const line = text.slice(at, lineEnd);
      if (!line.trim()) {
        // Blank lines between the sentence and its list, or between a loose list's lines.
        if (next < 0) break;
        at = next + 1;
        continue;
      }
      const item = PART_ITEM.exec(line);
      if (!item?.groups) break;
      const holder = at + line.length - item.groups.holder.length;
      const part = at + (item.index ?? 0);
      rows.push([
        { text: item.groups.part, offset: part, endOffset: holder },
        { text: item.groups.holder, offset: holder, endOffset: lineEnd },
      ]);
      if (next < 0) break;
      at = next + 1;
    }
    if (rows.length >= 2) return rows;
  }
  return undefined;
}

/**
 * A first column's header naming the parts of an organisation's work a row covers: "Service", "Section", "Phase",
 * "Project", "Programme", "Provision", "Age group", "Key stage", "Division".
 */
const PART_HEADER =
  /^(?:services?|sections?|phases?|projects?|programmes?|programs?|provisions?|age\s+groups?|key\s+stages?|divisions?)(?:\s+(?:name|area))?$/i;

/** Just before a lead's role, the words that say it is held jointly: "Co-DSL", "co-Designated …", "Joint DSL". */
const JOINT_BEFORE = /(?:^|[^\p{L}])(?:co-?\s?|joint\s+)$/iu;

/** Words saying a role's holders act for someone else or each other: "covers for", "deputises", "stands in". */
const COVERS_FOR = /\b(?:covers?\s+for|deputi[sz]es|stands?\s+in|acts?\s+for)\b/i;

/**
 * Whether two or more people are named for the lead's role itself, in one place: "Designated Safeguarding Officers:
 * Ann Lee, Tom Ure and Bev Moss", or a table whose header cell is the role alone ("| DSO | Job title | Phone |") over
 * a row for each holder. They share the role and cover for one another, so no deputy is missing. Not a table with a
 * column of sites (each site's lead) or a first column of services, sections, phases or projects (each one's lead),
 * nor one with a deputy's column. Or two people each named for the role held jointly ("Co-DSL", "Joint DSL").
 */
function sharedLead(leads: readonly LeadMention[], tables: readonly TableBlock[], text: string): boolean {
  const distinct = (names: readonly string[]) => new Set(names.map(nameKey)).size;
  // Not one a place each ("- Lower Fennick: Mrs A" / "- Ashby Parva: Mr B" under the role's heading): each is that
  // place's own, as a site table's — unless the role's line says they cover ("Each region has a Safeguarding Lead, who
  // … covers for the Head of Safeguarding …:").
  const shared = (m: LeadMention) => !m.placeNames || COVERS_FOR.test(m.line.text);
  if (leads.some((m) => m.role === "dsl" && !m.team && distinct(m.names ?? []) >= 2 && shared(m)))
    return true;
  // "| Co-DSL | Ann Lee |" and "| Co-DSL | Tom Ure |", "Joint Designated Safeguarding Lead: …" on two lines: the role's
  // own words say it is held jointly, by each person named for it so.
  const joint = leads
    .filter(
      (m) =>
        m.role === "dsl" &&
        !m.team &&
        !m.former &&
        !m.placeholder &&
        JOINT_BEFORE.test(text.slice(Math.max(0, m.offset - 8), m.offset)),
    )
    .flatMap((m) => m.names ?? (m.name ? [m.name] : []));
  if (distinct(joint) >= 2) return true;
  for (const table of tables) {
    // Its first row read as its header, marked so or not (a Word table's header row is often plain cells).
    if (table.rows.length < 3) continue;
    const header = table.rows[0];
    const words = header.map((cell) => plain(cell.text).trim());
    if (words.some((w) => PLACE_HEADER.test(w) || DEPUTY_HEADER.test(w))) continue;
    // "| Service | Designated Safeguarding Lead | Phone |": a first column of the parts of the work, each row's lead
    // that part's alone, as a column of sites is.
    if (PART_HEADER.test(words[0] ?? "")) continue;
    const roles = header.map((cell, i) => {
      const role =
        leads.find((m) => !m.team && m.offset >= cell.offset && m.endOffset <= cell.endOffset) ??
        (words[i].length <= 60 ? findLeadMentions(words[i])[0] : undefined);
      // The cell is the role alone ("DSO", "Designated Safeguarding Officers"), not a column about it.
      return role && words[i].replace(/[*_]/g, "").length <= role.label.length + 1 ? role.role : undefined;
    });
    if (roles.includes("deputy")) continue;
    const column = roles.indexOf("dsl");
    if (column < 0) continue;
    const names = table.rows
      .slice(1)
      .flatMap((row) => (row[column] ? namesInCell({ ...row[column], text: plain(row[column].text) }) : []))
      .map((n) => n.name);
    if (distinct(names) >= 2) return true;
  }
  return false;
}

/**
 * A setting of several sites (nurseries, hubs, sections) that names each one's lead and deputy on its own line or
 * table row: a line that names its lead but leaves a placeholder for its deputy ("Marsh Lane: DSL Amira Haddad;
 * Deputy DSL: TBC") has no deputy, though the other sites' deputies are named. Only when another line names a lead
 * and a deputy together, so the lines are one per site; a lone "Second deputy: TBC" beside a named deputy is not.
 * When no other line pairs them (a PDF page read as one line, a site table), the table's rows or the document's
 * headings part the sites instead (rowWithoutDeputy, sectionWithoutDeputy).
 */
function siteWithoutDeputy(context: DocumentContext, mentions: LeadMention[], what: string): void {
  const onLine = (index: number, role: LeadKind) =>
    mentions.some((m) => m.line.index === index && m.role === role && m.name && !m.team);
  // The site's lead: the last named lead before the gap on its line.
  const leadOf = (gap: LeadMention) =>
    mentions
      .filter(
        (m) =>
          m.line.index === gap.line.index && m.role === "dsl" && m.name && !m.team && m.offset < gap.offset,
      )
      .pop();
  // A deputy named for the same site, between its lead and the next lead on the line ("DSL: Mrs A; Deputy DSL: Mr
  // B; Second Deputy DSL: TBC"): the blank is a further deputy's, and the site has one.
  const siteHasDeputy = (gap: LeadMention, lead: LeadMention) => {
    const next = mentions.find(
      (m) =>
        m.line.index === gap.line.index && m.role === "dsl" && m.name && !m.team && m.offset > gap.offset,
    );
    return mentions.some(
      (m) =>
        m !== gap &&
        m.line.index === gap.line.index &&
        m.role === "deputy" &&
        m.name &&
        !m.team &&
        m.offset > lead.offset &&
        (!next || m.offset < next.offset),
    );
  };
  const gap = mentions.find((m) => {
    if (m.role !== "deputy" || !m.placeholder || m.name) return false;
    const lead = leadOf(m);
    return lead !== undefined && !siteHasDeputy(m, lead);
  });
  if (!gap?.placeholder) {
    if (!rowWithoutDeputy(context, mentions, what)) sectionWithoutDeputy(context, mentions, what);
    return;
  }
  const lead = leadOf(gap);
  if (!lead) return;
  const paired = mentions.some(
    (m) => m.line.index !== gap.line.index && m.role === "deputy" && m.name && onLine(m.line.index, "dsl"),
  );
  // A PDF's page read as one line holds every school's lead and deputy ("Appendix B – …"): no other line pairs
  // them, but the headings may still part the sites.
  if (!paired) {
    sectionWithoutDeputy(context, mentions, what);
    return;
  }
  const text = context.document.text;
  const at = text.indexOf(gap.placeholder, gap.endOffset);
  const end = at >= 0 && at - gap.endOffset <= 80 ? at + gap.placeholder.length : gap.endOffset;
  // The excerpt starts at the site's label before its lead ("**Marsh Lane Nursery:** DSL …; Deputy DSL: TBC"), which
  // names the site, or else at the lead: on a hard-wrapped page the reading line may run several sites together.
  const before = text.slice(gap.line.offset, lead.offset);
  const label = SITE_LABEL.exec(before);
  const from = label ? gap.line.offset + label.index : lead.offset;
  reportAt(
    context,
    from,
    end,
    `The ${what} is not named beside this lead: "${unescaped(gap.placeholder)}" stands where the name should be, while the policy names a deputy beside each other lead — name a deputy here too`,
    { subject: subjects.noLead("deputy") },
  );
}

/**
 * A table of sites, one row each, under a header with a column for the lead and one for the deputy ("| Site |
 * Safeguarding Lead | Deputy |"): a row that names its lead but leaves a placeholder in the deputy's cell, or leaves
 * it empty, has no deputy, when another row names both. Reported once, at the first such row; true when reported.
 * The header's deputy cell need not read a name of its own (the column's names are checked row by row).
 */
function rowWithoutDeputy(context: DocumentContext, mentions: LeadMention[], what: string): boolean {
  const lines = analyse(context.document).lines;
  for (const deputy of mentions) {
    if (deputy.role !== "deputy" || deputy.team) continue;
    const at = lineAt(lines, deputy.line.offset);
    const header = lines[at];
    const separator = lines[at + 1];
    if (!header || !isTableRow(header) || !separator || !isTableSeparator(separator)) continue;
    const headerCells = tableCells(header);
    const column = (offset: number) =>
      headerCells.findIndex((c) => offset >= c.offset && offset <= c.endOffset);
    const lead = mentions.find(
      (m) => m.role === "dsl" && !m.team && m.name && lineAt(lines, m.line.offset) === at,
    );
    const deputyColumn = column(deputy.offset);
    const leadColumn = lead ? column(lead.offset) : -1;
    if (deputyColumn < 0 || leadColumn < 0 || leadColumn === deputyColumn) continue;
    const rows: TableCell[][] = [];
    for (let i = at + 2; i < lines.length && isTableRow(lines[i]); i++) rows.push(tableCells(lines[i]));
    if (reportSiteRowWithoutDeputy(context, rows, leadColumn, deputyColumn, what)) return true;
  }
  return false;
}

/**
 * rowWithoutDeputy for a PDF's table blocks, whose text runs a row's cells over several lines: under a header with a
 * lead's column and a deputy's ("| Park | Kids' Club Safeguarding Lead | Deputy |"), a row that names its lead but
 * leaves a placeholder for its deputy ("TBC") while another row names both.
 */
function blockRowWithoutDeputy(
  context: DocumentContext,
  tables: readonly TableBlock[],
  what: string,
  mentions: readonly LeadMention[],
): void {
  for (const table of tables) {
    if (!table.headerRow || table.rows.length < 3) continue;
    const roles = table.rows[0].map((cell) => headerRole(cell, mentions));
    const leadColumn = roles.indexOf("dsl");
    const deputyColumn = roles.indexOf("deputy");
    if (deputyColumn < 0) continue;
    if (leadColumn >= 0) {
      if (reportSiteRowWithoutDeputy(context, table.rows.slice(1), leadColumn, deputyColumn, what)) return;
      continue;
    }
    // No lead's column: the lead is named elsewhere, one deputy per site ("| Site | Deputy DSL | Telephone |").
    // A bare "Deputy" there is a deputy lead only when the table's headers or the line introducing it say
    // safeguarding: "| School | Headteacher | Deputy |" under "The schools of the federation" is a deputy head.
    const bare = DEPUTY_HEADER.test(plain(table.rows[0][deputyColumn].text).trim());
    // "Our founder is the Designated Safeguarding Lead … Each venue also has its own venue lead and deputy:": the
    // sentence introducing the table says its deputies, and its paragraph whose role they deputise in.
    const intro = introOf(context, table);
    if (
      bare &&
      !SAFEGUARDING_ROLE.test(`${table.rows[0].map((c) => c.text).join(" ")} ${intro}`) &&
      !(/\bdeput(?:y|ies)\b/i.test(intro) && SAFEGUARDING_ROLE.test(paragraphBefore(context, table)))
    )
      continue;
    if (deputyColumn > 0 && PLACE_HEADER.test(plain(table.rows[0][0].text).trim()))
      if (reportSiteRowWithoutDeputy(context, table.rows.slice(1), 0, deputyColumn, what, "site")) return;
  }
}

/** The role a header cell names alone ("Deputy DSL", "Deputies", "DSL"), or undefined. */
function headerRole(cell: TableCell, mentions: readonly LeadMention[]): LeadKind | undefined {
  const words = plain(cell.text).trim();
  if (DEPUTY_HEADER.test(words)) return "deputy";
  // The role as the document reads it where the cell stands, in the document's own role words (Northern Ireland's
  // "Designated Officer", an abbreviation it defines), which the cell's words alone do not give.
  const role =
    mentions.find((m) => !m.team && m.offset >= cell.offset && m.endOffset <= cell.endOffset) ??
    (words.length <= 60 ? findLeadMentions(words)[0] : undefined);
  return role && words.length <= role.label.length + 20 ? role.role : undefined;
}

/** A table's first header naming its rows' sites, beyond PLACE_HEADER's words: "Academy", "House", "Establishment". */
const SITE_HEADER = /^(?:academ(?:y|ies)|houses?|establishments?)(?:\s+name)?$/i;
/** A header cell that is the designated lead's role itself: "Designated Safeguarding Lead", "DSL", "Designated Person". */
const DESIGNATED_LEAD_HEADER =
  /^(?:designated\s+(?:safeguarding\s+)?(?:lead|officer|person)s?(?:\s*\(DS[LOP]s?\))?|DSLs?(?:\s*\(s\))?)$/i;

/**
 * A table of sites, one row each, under a header whose first cell names the sites ("Academy", "Site", "School") and
 * another the lead's role alone ("Designated Safeguarding Lead", "DSL"): a site whose lead cell holds a placeholder
 * ("TBC", "Vacant", "To be appointed") with no acting lead named after it, or nothing, or a dash while its deputy's
 * cell is filled, while another row names its lead, has no named lead — whoever the policy names elsewhere (a trust's
 * own lead does not fill a school's cell). A dash in both the lead's and the deputy's cells, or a row saying "no
 * pupils" or "n/a", is a site where the post does not apply; "Vacant – Mrs A is acting DSL" names an acting lead,
 * "Vacant – interviews led by Mr B" does not. The mirror of a site's deputy cell
 * written "TBC" (reportSiteRowWithoutDeputy). Reported once, at the first such row. Rows whose cells do not line up
 * with the header's (a merged cell) are not read.
 */
function siteRowWithoutLead(
  context: DocumentContext,
  tables: readonly TableBlock[],
  mentions: readonly LeadMention[],
  what: string,
): void {
  for (const table of tables) {
    if (table.rows.length < 3) continue;
    const header = table.rows[0];
    const first = plain(header[0]?.text ?? "").trim();
    if (!PLACE_HEADER.test(first) && !SITE_HEADER.test(first)) continue;
    const leadColumns = header.flatMap((cell, i) => {
      if (i === 0) return [];
      const words = plain(cell.text).trim();
      if (DEPUTY_HEADER.test(words)) return [];
      const role =
        mentions.find((m) => !m.team && m.offset >= cell.offset && m.endOffset <= cell.endOffset) ??
        (words.length <= 60 ? findLeadMentions(words)[0] : undefined);
      // The designated lead's own role alone, not a column about it ("DSL training", "DSL phone"), nor a site's own
      // officer ("Venue Safeguarding Lead", "Club Welfare Officer", "DSO"), whom policies make the lead's deputies.
      return role &&
        !role.team &&
        role.role === "dsl" &&
        DESIGNATED_LEAD_HEADER.test(words.replace(/[*_]/g, "").replace(/\s+/g, " "))
        ? [i]
        : [];
    });
    if (leadColumns.length !== 1) continue;
    const [column] = leadColumns;
    const deputyColumns = header.flatMap((cell, i) =>
      i > 0 && headerRole(cell, mentions) === "deputy" ? [i] : [],
    );
    let named = false;
    let gap: { row: readonly TableCell[]; placeholder?: string } | undefined;
    for (const row of table.rows.slice(1)) {
      if (row.length !== header.length) continue;
      const site = plain(row[0].text).trim();
      if (!/\p{L}{2}/u.test(site)) continue;
      const cell = row[column];
      if (startsWithName(cell)) named = true;
      else if (!gap && !row.some((c) => NOT_APPLICABLE.test(plain(c.text)))) {
        const words = plain(cell.text);
        const placeholder = placeholderAt(words);
        // Only an explicit gap: a placeholder with no acting lead named after it (not "Vacant – Mrs A is acting
        // DSL"), an empty cell, or a dash beside a filled deputy's (a dash in both says the post does not apply there).
        if (placeholder ? !actingHolderInCell(cell) : emptyOrDashBesideDeputy(words, row, deputyColumns))
          gap = { row, placeholder };
      }
    }
    if (!named || !gap) continue;
    const site = unescaped(plain(gap.row[0].text)).replace(/\s+/g, " ").trim();
    const cell = gap.row[column];
    // The column the policy makes its lead's deputies ("… acts as deputy to the DSL at their branch"): the site has no
    // deputy (deputy-missing), not no lead.
    const from = gap.row[0].offset;
    const to = Math.max(cell.endOffset, gap.row[0].endOffset);
    let asDeputy = false;
    checkNamedInDocument(
      {
        ...context,
        report: (d) => {
          if ((d.offset ?? -1) <= to && (d.endOffset ?? -1) >= from) asDeputy = true;
        },
      },
      "deputy",
      "deputy designated safeguarding lead",
      "",
    );
    if (asDeputy) continue;
    reportAt(
      context,
      from,
      to,
      gap.placeholder
        ? `The ${what} for ${site} is not named: "${unescaped(gap.placeholder)}" stands where the name should be, while the table names the lead for each other site — name a lead for ${site} too`
        : `The ${what} for ${site} is not named: the lead's cell in its row is empty, while the table names the lead for each other site — name a lead for ${site} too`,
      { subject: subjects.noLead("dsl") },
    );
    return;
  }
}

/** A row saying the post does not apply at its site: "Trust central office (no pupils on site)", "n/a". */
const NOT_APPLICABLE =
  /(?<![\p{L}\d])(?:n\/a|not\s+applicable|no\s+(?:pupils|children|students|learners)\b)/iu;

/**
 * Whether a site's lead cell (its plain words) leaves the lead out: empty, or a dash alone while a deputy's cell in its
 * row holds something. A dash in the lead's cell beside no deputy says the post does not apply there.
 */
function emptyOrDashBesideDeputy(
  words: string,
  row: readonly TableCell[],
  deputyColumns: readonly number[],
): boolean {
  if (!BLANK_CELL.test(words)) return false;
  return !words.trim() || deputyColumns.some((i) => row[i] && !BLANK_CELL.test(plain(row[i].text)));
}

/** The line just before a table: its heading, or the last sentence of the paragraph that introduces it. */
function introOf(context: DocumentContext, table: TableBlock): string {
  const sentences = paragraphBefore(context, table).split(/(?<=[.!?])\s+(?=\p{Lu})/u);
  return sentences[sentences.length - 1] ?? "";
}

/**
 * The whole line just before a table: the paragraph (or heading) that introduces it. A PDF's text wraps a paragraph
 * over lines: there, the reader's paragraph block that ends just before the table, its lines read as one.
 */
function paragraphBefore(context: DocumentContext, table: TableBlock): string {
  const { text, blocks = [] } = context.document;
  // From the start of the header's line: a Word table's first cell starts after "| **".
  const at = table.rows[0][0]?.offset ?? table.offset;
  const before = text.slice(0, text.lastIndexOf("\n", at - 1) + 1).trimEnd();
  const index = blocks.indexOf(table);
  const previous = index > 0 ? blocks[index - 1] : undefined;
  if (
    previous?.kind === "paragraph" &&
    previous.offset < before.length &&
    previous.endOffset >= before.length &&
    text.slice(previous.endOffset, at).trim() === ""
  )
    return text.slice(previous.offset, previous.endOffset).replace(/\s+/g, " ").trim();
  return before.slice(before.lastIndexOf("\n") + 1);
}

/**
 * The rows of a site table below its header, as cells: the first row that names its lead but leaves a placeholder
 * in the deputy's cell ("TBC", "vacant") with no acting deputy named after it ("Vacant – Mr B is acting deputy") is
 * reported, when another row names both. So is a row whose lead is named
 * and whose deputy's cell is empty or a dash alone ("| Marsh Lane | Mrs A | | … |"): the other rows show the column
 * is meant to be filled. A cell that says something else ("n/a – covered by Mr B") is not a blank. True when
 * reported.
 */
function reportSiteRowWithoutDeputy(
  context: DocumentContext,
  rows: readonly (readonly TableCell[])[],
  leadColumn: number,
  deputyColumn: number,
  what: string,
  by: "lead" | "site" = "lead",
): boolean {
  let paired = false;
  let gap: { from: number; to: number; placeholder?: string; row: string } | undefined;
  for (const row of rows) {
    const leadCell = row[leadColumn];
    const deputyCell = row[deputyColumn];
    // The row's own lead, or (in a table of sites under a lead named elsewhere) the site's name.
    const named =
      by === "site" ? /\p{L}{2}/u.test(leadCell?.text ?? "") : leadCell && startsWithName(leadCell);
    if (!leadCell || !deputyCell || !named) continue;
    if (startsWithName(deputyCell)) paired = true;
    else if (!gap) {
      const placeholder = placeholderAt(plain(deputyCell.text));
      // What the row is called: its first cell (the site), or its lead when the lead's cell comes first.
      const rowName = unescaped(plain((leadColumn === 0 ? leadCell : row[0]).text)).trim();
      // "Vacant – Mr B is acting deputy" names an acting deputy.
      if (placeholder) {
        if (!actingHolderInCell(deputyCell))
          gap = { from: row[0].offset, to: deputyCell.endOffset, placeholder, row: rowName };
      }
      // A cell left empty, or a dash alone, in a row of its own: a row whose first cell is empty continues the
      // row above it (a second lead for the same site), and is not a site without a deputy.
      else if (by === "lead" && BLANK_CELL.test(plain(deputyCell.text)) && /\p{L}{2}/u.test(row[0].text))
        gap = { from: row[0].offset, to: Math.max(deputyCell.endOffset, leadCell.endOffset), row: rowName };
    }
  }
  if (!paired || !gap) return false;
  const others = by === "site" ? "for each other site" : "beside each other lead";
  reportAt(
    context,
    gap.from,
    Math.max(gap.to, gap.from),
    gap.placeholder
      ? `The ${what} is not named in this row: "${unescaped(gap.placeholder)}" stands where the name should be, while the table names a deputy ${others} — name a deputy here too`
      : `The ${what} is not named for ${gap.row}: the deputy's cell in its row is empty, while the table names a deputy ${others} — write the deputy's name in that cell`,
    { subject: subjects.noLead("deputy") },
  );
  return true;
}

/**
 * A table of roles beside a column headed "Name" ("| Who | Name | When |"), with a deputy's row for each phase or
 * site of an all-through school or a group ("| DDSL (Prim) | Ms A |", "| DDSL (Sec) | TBC |"): a phase whose
 * deputy's name cell holds a placeholder ("TBC", "vacant") or nothing, while another phase's deputy is named, has no
 * deputy. Reported once, at the first such row; true when reported.
 */
function scopeRowWithoutDeputy(
  context: DocumentContext,
  tables: readonly TableBlock[],
  what: string,
): boolean {
  for (const table of tables) {
    if (!table.headerRow || table.rows.length < 3) continue;
    const nameColumn = table.rows[0].findIndex((c) => /^names?$/i.test(plain(c.text).trim()));
    if (nameColumn < 0) continue;
    // "| Role | Name | Campus | Contact |": a column of the sites each row's role covers ("| Deputy DSL | TBC | Wyndle
    // |"), where the role's own cell says nothing of its scope.
    const placeColumn = table.rows[0].findIndex(
      (c, i) => i !== nameColumn && PLACE_HEADER.test(plain(c.text).trim()),
    );
    /** A deputy's role alone in a cell: "Deputy DSL", not "Deputy Head" nor "Deputy DSL and attendance lead". */
    const deputyRole = (role: string) => {
      const mention = findLeadMentions(role)[0];
      return mention?.role === "deputy" && !mention.team && plain(mention.label).length >= role.length - 2;
    };
    /** The scopes whose deputy is named, by their words in small letters. */
    const named = new Map<string, string>();
    let gap:
      | { cell: TableCell; name: TableCell; place?: TableCell; scope: string; placeholder?: string }
      | undefined;
    for (const row of table.rows.slice(1)) {
      const nameCell = row[nameColumn];
      if (!nameCell) continue;
      for (const [i, cell] of row.entries()) {
        if (i === nameColumn || i === placeColumn) continue;
        const words = plain(cell.text).trim();
        let scope: string | undefined;
        if (words.endsWith(")")) {
          const open = words.lastIndexOf("(");
          const bracket = words.slice(open);
          if (open > 0 && ROLE_SCOPE.test(bracket) && deputyRole(words.slice(0, open).trim()))
            scope = bracket.slice(1, -1).trim();
        }
        // The site's own cell: a place's name, not "Both", "All sites" or a dash.
        const placeCell = placeColumn >= 0 ? row[placeColumn] : undefined;
        const place = plain(placeCell?.text ?? "").trim();
        let byPlace = false;
        if (
          scope === undefined &&
          /\p{L}{2}/u.test(place) &&
          !/^(?:both|all|every|each|any|whole|n\/?a)\b/i.test(place) &&
          deputyRole(words)
        ) {
          scope = place;
          byPlace = true;
        }
        if (scope === undefined) continue;
        if (startsWithName(nameCell)) {
          if (!named.has(scope.toLowerCase())) named.set(scope.toLowerCase(), scope);
        } else if (!gap) {
          const placeholder = placeholderAt(plain(nameCell.text));
          if (placeholder || BLANK_CELL.test(plain(nameCell.text)))
            gap = {
              cell,
              name: nameCell,
              ...(byPlace && placeCell ? { place: placeCell } : {}),
              scope,
              placeholder,
            };
        }
        break;
      }
    }
    if (named.size === 0 || !gap) continue;
    // A further deputy's row for a site that has one, left "TBC" ("| Deputy DSL | TBC | Lower Site |" under "| Deputy
    // DSL | Ms A | Lower Site |"): a deputy the table lists but does not name, by the corpus rule for a site's deputy
    // written "TBC". An empty cell there may be the row above's continued, and says nothing.
    const further = named.has(gap.scope.toLowerCase());
    if (further && !gap.placeholder) continue;
    const [namedFor] = named.values();
    const cells = [gap.cell, gap.name, ...(gap.place ? [gap.place] : [])];
    reportAt(
      context,
      Math.min(...cells.map((c) => c.offset)),
      Math.max(...cells.map((c) => c.endOffset)),
      further
        ? `A ${what} for ${gap.scope} is not named: "${unescaped(gap.placeholder ?? "")}" stands where the name should be in the row of a further deputy — name them, or take the row out if ${gap.scope}'s named deputy is enough`
        : gap.placeholder
          ? `The ${what} is not named for ${gap.scope}: "${unescaped(gap.placeholder)}" stands where the name should be, while the table names the deputy for ${namedFor} — name a deputy for ${gap.scope} too`
          : `The ${what} is not named for ${gap.scope}: the name cell in its row is empty, while the table names the deputy for ${namedFor} — name a deputy for ${gap.scope} too`,
      { subject: subjects.noLead("deputy") },
    );
    return true;
  }
  return false;
}

/** A table cell with nothing in it, or a dash alone ("–", "-", "—"): nobody named, and nothing said instead. */
const BLANK_CELL = /^[\s\u00a0]*(?:[–—‐‒-][\s\u00a0]*)?$/u;

/**
 * Whether a table cell starts with a person's name, after a uniformed rank ("PC Ann Lee"), read as the lead reader
 * reads a cell's names — but with its Markdown taken off first: "| **Ann Lee** |" names her, though the reader, which
 * places each name in the text, passes over it.
 */
function startsWithName(cell: TableCell): boolean {
  return namesInCell({ ...cell, text: plain(cell.text) }).length > 0;
}

/** How near a site's deputy stands to its lead, in lines, when each has a line of its own. */
const SITE_LINES = 3;

/**
 * A setting of several sites that gives each its own section (an annex or a heading per school, nursery or hub),
 * its lead and deputy on lines of their own: a section that names its lead but leaves a placeholder for its deputy
 * ("Designated Safeguarding Lead: Mrs A" / "Deputy DSL: [name]") has no deputy, though another section names a
 * different lead and that lead's deputy. One setting's lead named twice, or a second deputy's blank beside a named
 * deputy in the same section, is not a site without one.
 */
function sectionWithoutDeputy(context: DocumentContext, mentions: LeadMention[], what: string): void {
  // Its headings as the reader found them, or as Markdown heading lines (a Word file's text writes them so).
  const starts = [
    ...new Set([
      ...context.document.outline.headings.map((h) => h.offset),
      ...allMatches(/^#{1,6}[^\S\n]/gm, context.document.text).map((m) => m.index ?? 0),
    ]),
  ].sort((a, b) => a - b);
  if (starts.length < 2) return;
  // How many headings start at or before the offset (a binary search: a long document has many gaps and headings).
  const sectionOf = (offset: number) => {
    let low = 0;
    let high = starts.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (starts[mid] <= offset) low = mid + 1;
      else high = mid;
    }
    return low;
  };
  const named = (m: LeadMention, role: LeadKind) => m.role === role && m.name !== undefined && !m.team;
  for (const gap of mentions) {
    if (gap.role !== "deputy" || !gap.placeholder || gap.name) continue;
    const section = sectionOf(gap.offset);
    const inSection = mentions.filter((m) => sectionOf(m.offset) === section);
    if (inSection.some((m) => named(m, "deputy"))) continue;
    const lead = inSection.find(
      (m) => named(m, "dsl") && Math.abs(m.line.index - gap.line.index) <= SITE_LINES,
    );
    if (!lead?.name) continue;
    const leadName = lead.name;
    const other = mentions.some(
      (m) =>
        named(m, "dsl") &&
        m.name !== leadName &&
        sectionOf(m.offset) !== section &&
        mentions.some(
          (d) =>
            named(d, "deputy") &&
            sectionOf(d.offset) === sectionOf(m.offset) &&
            Math.abs(d.line.index - m.line.index) <= SITE_LINES,
        ),
    );
    if (!other) continue;
    const text = context.document.text;
    const at = text.indexOf(gap.placeholder, gap.endOffset);
    const end = at >= 0 && at - gap.endOffset <= 80 ? at + gap.placeholder.length : gap.endOffset;
    reportAt(
      context,
      gap.offset,
      end,
      `The ${what} is not named beside this section's lead (${leadName}): "${unescaped(gap.placeholder)}" stands where the name should be, while the policy names a deputy beside each other lead — name a deputy here too`,
      { subject: subjects.noLead("deputy") },
    );
    return;
  }
}

/** A label just before a lead's role: "**Marsh Lane Nursery:** ", "Northside hub – ". */
const SITE_LABEL = /(?:\*\*|__)?\p{Lu}[\p{L}\d '’&()/.-]{0,48}?(?::(?:\*\*|__)?|\s[–—-])\s*$/u;

const TITLED = new RegExp(`^(?:${TITLE_PATTERN})\\.?\\s`);

/**
 * A sentence's end: ".", "?" or "!" and a space or line break, but not a title's or an initial's full stop ("Mrs.",
 * "J.", which a hard-wrapped line may end with before the name goes on).
 */
const SENTENCE_END =
  /(?<!(?:^|[^\p{L}])(?:Mrs|Mr|Ms|Mx|Dr|Prof|Revd|Rev|Fr|Sr|Br|Sis|Bro|Ven|Rt|Cllr|\p{Lu}))[.?!](?=\s)\s+/gu;

/** Whether the sentence holding a role also names a person: a title and surname, or a first name people use. */
function personInSentence(
  context: DocumentContext,
  mention: LeadMention,
  others: readonly string[],
  otherJobs: readonly string[] = [],
): boolean {
  const text = context.document.text;
  const from = Math.max(mention.line.offset, mention.offset - 200);
  const to = Math.min(mention.line.endOffset, mention.endOffset + 200);
  // A converter's Markdown escapes apostrophes ("O\\'Sullivan"): the name as written.
  const before = unescaped(text.slice(from, mention.offset));
  const after = unescaped(text.slice(mention.endOffset, to));
  // A sentence ends at a full stop before a space or a line break: a PDF's text (its lines joined for reading) ends
  // one at a line's end ("… the club office (see section 7).", then "Deputy DSO: Mr Eoin Lee" on the next line).
  const ends = allMatches(SENTENCE_END, before).map((m) => (m.index ?? 0) + m[0].length);
  const start = ends.at(-1) ?? -1;
  const end = allMatches(SENTENCE_END, `${after} `)[0]?.index ?? -1;
  const sentence = `${start >= 0 ? before.slice(start) : before} ${end >= 0 ? after.slice(0, end) : after}`;
  const people = peopleIn(sentence, 4);
  const otherRows = otherRowsOf(context, mention, from, to);
  return people.some(
    (p, i) =>
      (TITLED.test(p.name) || looksLikePerson(p.name)) &&
      !others.some((other) => sameName(other, nameKey(p.name))) &&
      !otherJobs.some((holder) => sameOrSurname(holder, nameKey(p.name))) &&
      !otherRows.some((cell) => cell.includes(p.name)) &&
      !NOT_THE_ROLE.test(sentence.slice(p.end, people[i + 1]?.start ?? sentence.length)),
  );
}

/**
 * The people a table of roles gives another job: "| Owner | Mr Ivo Quennell | … |" in a table whose other rows hold
 * the lead's or a deputy's role. Their name in the lead's sentence ("The Safeguarding Lead will let Mr Quennell
 * know") is not the lead's. A row whose first cell holds a safeguarding role ("Owner and Safeguarding Lead") is not
 * another job.
 */
function otherJobHolders(tables: readonly TableBlock[]): string[] {
  const holders: string[] = [];
  for (const table of tables) {
    const first = table.rows.map((row) => plain(row[0]?.text ?? "").trim());
    if (!first.some((cell) => SAFEGUARDING_ROLE.test(cell))) continue;
    table.rows.forEach((row, i) => {
      if (row.length < 2 || first[i] === "" || SAFEGUARDING_ROLE.test(first[i])) return;
      if (row.slice(1).some((cell) => SAFEGUARDING_ROLE.test(plain(cell.text)))) return;
      for (const cell of row.slice(1)) {
        const person = personInCell(cell);
        if (person) holders.push(nameKey(person.name));
      }
    });
  }
  return holders;
}

/** The same person's key, or the surname a title gave alone ("quennell" of "ivo quennell"). */
function sameOrSurname(holder: string, key: string): boolean {
  return sameName(holder, key) || (!key.includes(" ") && holder.endsWith(` ${key}`));
}

/**
 * The cells of a PDF's table rows, below their header, in the role's reading window, that do not hold the role: "| Play Leader | Kevin Ashdown |
 * … |" beside "| Safeguarding Lead | Head of Youth Services | … |". The PDF's text runs the rows together ("… 01632
 * 960 471 Deputy Safeguarding Lead TBC Play Leader Kevin Ashdown …"), so a role's sentence holds people whom
 * another row gives another job; the reader's table blocks still part the rows.
 */
function otherRowsOf(context: DocumentContext, mention: LeadMention, from: number, to: number): string[] {
  const cells: string[] = [];
  for (const block of context.document.blocks ?? []) {
    if (block.kind !== "table") continue;
    block.rows.forEach((row, i) => {
      if (i === 0 && block.headerRow) return;
      if (row.some((c) => mention.offset < c.endOffset && mention.endOffset > c.offset)) return;
      // Only a row the role's own reading line runs through: a Word or Markdown table stands apart from the prose
      // line that names the lead ("Ann Lee – Owner and Designated Safeguarding Lead" above her training row).
      if (!row.some((c) => c.offset < to && c.endOffset > from)) return;
      for (const c of row) cells.push(unescaped(c.text).replace(/\s+/g, " "));
    });
  }
  return cells;
}

/**
 * A person's own words that they do not hold the role: "Fr. Anselm supports the DSO but is not the safeguarding
 * officer", "Mrs Hale, who is not our designated person, …". Read from the name to the next person in the sentence
 * (or to a semicolon), so "Mr A is not the lead; Mrs B is" still names Mrs B.
 */
const NOT_THE_ROLE =
  /^(?:(?![^\p{L}](?:is|are)\s+(?:the|our)\s)[^;])*?[^\p{L}](?:is|are)\s+not\s+(?:the|our|a|an)\s+(?:lead|(?:[\p{L}'’-]+\s+){0,2}?(?:safeguarding|designated|child\s+protection|welfare)\s+(?:[\p{L}'’-]+\s+)?(?:lead|officer|person|co-?ordinator)|\p{Lu}?DS[LOP])s?(?![\p{L}])/iu;

/**
 * The lead held by a job, and that job given a name elsewhere in the document: "The Academy Principal is our
 * Designated Safeguarding Lead" (or "Our DSL is the Nursery Manager") with a letterhead's "Principal: Marisa Kovač",
 * a sign-off "Marisa Kovač, Principal" or "Tamsin Rudd (Nursery Manager)". Small settings write so: the owner or
 * principal is the lead, and the policy names them once, by their job. The job's last word alone ("Principal") is
 * read only when no capitalised word stands before it ("Deputy Principal: …" is another job), and never for a
 * deputy's or assistant's job, whose last word is its superior's.
 */
/**
 * A school's short job words, as schools write them: "The SENCo is the Deputy Designated Safeguarding Lead" beside
 * "Mr Omar Reyes, our SENCo". A list of them, not any capitalised word (a name's own word would be one).
 */
const SCHOOL_JOBS = String.raw`SENC[Oo]|SENDC[Oo]|ELSA|HLTA|PSHE\s+Lead`;
const JOB_NOUNS = String.raw`(?:Principal|Manager|Headteacher|Head\s+Teacher|Headmaster|Headmistress|Head|Director|Owner|Proprietor|Leader|Chair|Chairperson|Coach|Secretary|Vicar|Minister|Rector|Warden|Administrator|Founder|Superintendent|${SCHOOL_JOBS})`;
const JOB = String.raw`(?<job>(?:\p{Lu}[\p{L}'’-]*\s+){0,2}${JOB_NOUNS})`;
/** "The Academy Principal is our ", "Our Owner acts as the ": the job, just before the role. */
const JOB_BEFORE_ROLE = new RegExp(
  String.raw`(?:^|[^\p{L}])(?:[Tt]he|[Oo]ur)\s+${JOB}\s+(?:is|is\s+also|acts\s+as|will\s+be)\s+(?:our|the)\s+$`,
  "u",
);
/** " is the Nursery Manager", " will be our Principal": the job, just after the role. */
const JOB_AFTER_ROLE = new RegExp(
  String.raw`^\s+(?:is|will\s+be)\s+(?:the|our)\s+${JOB}(?![\p{L}])(?!\s+(?:of|for)\s)`,
  "u",
);
/**
 * The job's holder: each word bounded (a name's word is never 40 letters), as one hyphenated word of a whole line
 * would otherwise be run to its end and back from every capital in it.
 */
const HOLDER_NAME = String.raw`(?<name>(?:(?:${TITLE_PATTERN})\.?\s+)?(?:\p{Lu}\.\s*)?\p{Lu}[\p{L}'’-]{1,40}(?:[^\S\n]+\p{Lu}[\p{L}'’-]{1,40}){0,2})`;

const NOT_NAME = new Set(NOT_NAME_WORDS);
/** Two or three capitalised words, none a role's, a job's or a place's word: "Tamsin Rudd" beside the job. */
function plainName(name: string): boolean {
  const words = name.split(/\s+/);
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    words.every((w) => /^\p{Lu}\p{Ll}[\p{L}'’-]*$/u.test(w) && !NOT_NAME.has(w.toLowerCase()))
  );
}

function heldByNamedJob(text: string, mention: LeadMention): boolean {
  const before = text.slice(Math.max(mention.line.offset, mention.offset - 80), mention.offset);
  const after = text.slice(mention.endOffset, Math.min(mention.line.endOffset, mention.endOffset + 80));
  const job = (JOB_BEFORE_ROLE.exec(before) ?? JOB_AFTER_ROLE.exec(after))?.groups?.job;
  if (!job) return false;
  const words = job.split(/\s+/);
  const noun = words.at(-1) ?? "";
  const forms = [words.map(escapeRegExp).join(String.raw`\s+`)];
  if (
    words.length > 1 &&
    !/^(?:Deputy|Assistant|Vice|Acting|Interim)$/.test(words[0]) &&
    !/^(?:Head|Lead)$/.test(noun)
  )
    forms.push(escapeRegExp(noun));
  const title = String.raw`(?<![\p{Lu}][\p{L}'’.-]*[^\S\n]+)(?:${forms.join("|")})(?![\p{L}])(?![^\S\n]+(?:of|for)\s)`;
  const holders = [
    new RegExp(String.raw`${title}[^\S\n]*(?::|[–—]|-\s)[^\S\n]*${HOLDER_NAME}`, "gu"),
    new RegExp(String.raw`${HOLDER_NAME}[^\S\n]*(?:,|\(|[–—]|-\s)[^\S\n]*(?:the\s+|our\s+)?${title}`, "gu"),
  ];
  return holders.some((holder) =>
    allMatches(holder, text).some((m) =>
      peopleIn(unescaped(m.groups?.name ?? ""), 3).some(
        (p) => TITLED.test(p.name) || looksLikePerson(p.name) || plainName(p.name),
      ),
    ),
  );
}

/** A placeholder as a reader sees it: a web page's Markdown escapes its dots ("Mr/Mrs \\.\\.\\." → "Mr/Mrs ..."). */
function unescaped(words: string): string {
  return words.replace(/\\([\\`*_{}[\]()#+\-.!|~<>'"])/g, "$1");
}

export const rule: Rule = {
  meta: {
    id: "lead-missing",
    description:
      "Reports a setting or policy with no named designated safeguarding lead (DSL). Everyone must know whom to tell about a concern: name the DSL, with a job title and a way to reach them.",
    defaultSeverity: "error",
  },
  checkSetting(context) {
    if (context.setting.leads?.some((l) => l.role === "dsl" && l.name?.trim())) return;
    context.report({
      message: `${context.setting.name} has no designated safeguarding lead — add a lead with role: dsl, their name, job title, email and phone to ${context.setting.source}`,
      path: ["leads"],
      expected: "a lead with role: dsl",
      subject: subjects.noLead("dsl"),
    });
  },
  checkDocument(context) {
    checkNamedInDocument(
      context,
      "dsl",
      "designated safeguarding lead",
      'write their name next to the role, for example "Designated Safeguarding Lead: Jane Smith, Nursery Manager"',
    );
  },
};
