/** training-missing: a designated lead, deputy or team member with no safeguarding training recorded. */

import { roleLabel } from "../../template/generated.js";
import type { Block } from "../document/blocks.js";
import type { OutlineHeading, Rule, SourceDocument } from "../rule.js";
import {
  DEPUTY_HEADER,
  findLeadMentions,
  findTables,
  historyLines,
  isKeyValueBox,
  type LeadKind,
  type LeadMention,
  type Line,
  lineAt,
  listsOtherBodies,
  memberBodiesRole,
  nameAtStart,
  namedLeads,
  nameKey,
  nicknameKey,
  otherBodiesRow,
  plain,
  sameName,
  saysOfHolder,
  spelledOtherwise,
} from "../text/find.js";
import { tiedLead } from "../text/first-name-tie.js";
import { groupsTrainingHeldElsewhere, saidNotALead, saidTrainingHeldElsewhere } from "../text/holder-said.js";
import { jobHolder } from "../text/job-holder.js";
import { inLeadsOnlyLog } from "../text/log-scope.js";
import { allMatches, escapeRegExp } from "../text/matches.js";
import { deniedRole, OUTSIDE_POLICY_AFTER, roleDenials } from "../text/not-a-lead.js";
import { inOwnUnitsTable } from "../text/own-units-tables.js";
import { passesConcernsToLead } from "../text/passing-roles.js";
import { namesAt, rankAt, looksLikePerson as taggedPerson } from "../text/people.js";
import { GAELIC_NAME_PARTICLES, NAME_PARTICLES, TITLE_PATTERN } from "../text/roles.js";
import { tagWords } from "../text/tagger.js";
import {
  looksLikePerson,
  roleCandidates,
  roleInPlaceOfName,
  type TrainingLine,
  trainingDates,
  trainingTableWords,
} from "../text/training.js";
import { surnameWrappedBelow } from "../text/wrapped-surname.js";
import { analyse, reportAt, spokenName, subjects } from "./helpers.js";

/** A role's label opening a course's words, then a colon: "Trust Safeguarding Lead: designated … refresher". */
const ROLE_LABEL_OPENS = /^\s*(\p{Lu}[\p{L} -]{1,50}?)\s*:\s+\S/u;

/**
 * Whether a lead's role is written as `label` (in lower case) and then a colon: "Trust Safeguarding Lead: Mr Henry
 * Ames", the role's words "Safeguarding Lead" the end of the label, at the start of a line or after a space.
 */
function labelledSo(mention: LeadMention, label: string): boolean {
  const text = mention.line.text;
  const end = mention.offset - mention.line.offset + mention.label.length;
  const start = end - label.length;
  return (
    start >= 0 &&
    text.slice(start, end).toLowerCase() === label &&
    (start === 0 || /\s$/.test(text.slice(0, start))) &&
    /^\s*:/.test(text.slice(end))
  );
}

export const rule: Rule = {
  meta: {
    id: "training-missing",
    description:
      'Reports a designated safeguarding lead, deputy or safeguarding team member with no safeguarding training recorded. In a policy document it reports a lead only when the document itself says so ("No safeguarding training recorded", a "(list training including dates)" left under their name), or when the document lists other people\'s training by name and none for this named lead; a policy that records nobody\'s training gets no finding, because most policies do not list training at all. Leads must be trained for the role before they take it on: record each course and the date it was completed.',
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
    const { leads, training, lines } = analyse(context.document);
    // Only a policy that lists people's training can be missing someone's: most policies record no training at
    // all, and saying so for every lead would be a false alarm each time.
    const personal = training.filter((t) => !t.noneRecorded && t.leadName);
    // A course booked for later is not training done.
    // "| Osei-Bonsu, Rafferty | DSL | … |": a record that writes the name surname first, with a comma, is the lead the
    // document names the usual way round ("Rafferty Osei-Bonsu") — only that lead's name exactly.
    const leadKeys = new Set(
      leads.flatMap((lead) => lead.names ?? (lead.name ? [lead.name] : [])).map((n) => nameKey(n)),
    );
    const trainedKeys = personal
      .filter((t) => !t.planned)
      .flatMap((t) => {
        const key = nameKey(t.leadName ?? "");
        const turned = turnedRound(t.leadName ?? "");
        return turned && leadKeys.has(turned) ? [key, turned] : [key];
      });
    // "| Centre Manager (DSL) | … |" where the policy names "Ms Corinne Hebblethwaite (Centre Manager)": a record
    // under the job the policy gives one named lead is that lead's (job-holder.ts).
    // Each record's words asked once; a table of very many rows is no policy's training list.
    const recordNames = [
      ...new Set(personal.filter((t) => !t.planned && t.leadName).map((t) => t.leadName ?? "")),
    ];
    if (recordNames.length <= 60)
      for (const name of recordNames) {
        const holder = jobHolder(name, context.document.text, leads);
        if (holder) trainedKeys.push(holder);
      }
    // "Bernadetta Quilliam-Roe" over her courses and "Bernadette Quilliam-Roe" who signs as the lead: one person, her
    // first name spelt two ways, for one role — not "Mr Francis Hale" the lead and "Mrs Frances Hale" the deputy.
    if (recordNames.length <= 60) trainedKeys.push(...spelledOtherwiseLeads(recordNames, personal, leads));
    // "Rachel Obi" in the training table is "Rachel Obi Chief …" where a PDF ran her name into her job title.
    // "Riverside Halima Osei" is Halima Osei where a PDF ran the cell before (a site's name) into hers.
    // "R. Ademola" who signs the policy is the Ruth Ademola whose training is listed.
    // "Mrs Mary Ann Lee" the lead and "Ms Ann Lee" the deputy: two people, each named in full (a title first) for a
    // role the other is not, so the longer name's record is not the shorter's by its end. Only names that open with a
    // title count: a reader's name for a role may carry words before it ("Completed Expires Olufunke …") or another
    // role (a rank's initial, "Fg Off D. Raghunathan" for the deputy "Dev Raghunathan"), one person for all that.
    const rolesOf = new Map<string, Set<LeadKind>>();
    const sexOf = new Map<string, "f" | "m">();
    for (const lead of leads)
      for (const name of lead.names ?? (lead.name ? [lead.name] : [])) {
        if (!TITLED.test(name)) continue;
        const key = nameKey(name);
        rolesOf.set(key, (rolesOf.get(key) ?? new Set<LeadKind>()).add(lead.role));
        const sex = titleSex(name);
        if (sex) sexOf.set(key, sex);
      }
    const otherLead = (k: string, key: string) => {
      const mine = rolesOf.get(key);
      const theirs = rolesOf.get(k);
      return !!mine && !!theirs && k !== key && ![...mine].some((r) => theirs.has(r));
    };
    // "Mr Quill completed the deputy course …": a record under a title and a surname alone is the one lead the document
    // names in full with that surname ("Mr T. R. Quill", "Mr Tobias Quill"), where no other lead has it (a title of the
    // other sex is someone else). The line check below misses it when a PDF's line breaks the sentence between the
    // name and its course.
    const leadNames = [
      ...new Set(leads.flatMap((lead) => lead.names ?? (lead.name ? [lead.name] : [])).map((n) => n.trim())),
    ];
    const titledSurnames = personal
      .filter((t) => !t.planned && TITLED.test(t.leadName ?? "") && !nameKey(t.leadName ?? "").includes(" "))
      .map((t) => ({ surname: nameKey(t.leadName ?? ""), sex: titleSex(t.leadName ?? "") }));
    const bySurname = (key: string) => {
      const surname = key.split(" ").at(-1) ?? "";
      if (!key.includes(" ") || surname.length < 3) return false;
      return titledSurnames.some((t) => {
        if (t.surname !== surname) return false;
        const holders = new Set(
          leadNames
            .filter((n) => nameKey(n).split(" ").at(-1) === surname && nameKey(n).includes(" "))
            .filter((n) => !t.sex || !titleSex(n) || titleSex(n) === t.sex)
            .map(nameKey),
        );
        return holders.size === 1 && holders.has(key);
      });
    };
    const trained = {
      has: (key: string) =>
        bySurname(key) ||
        trainedKeys.some(
          (k) =>
            sameName(k, key) ||
            (!otherLead(k, key) &&
              ((k.includes(" ") && key.endsWith(` ${k}`)) || (key.includes(" ") && k.endsWith(` ${key}`)))) ||
            // "Mrs Dana Smith" the lead and "Mr D Smith" the deputy: a man's initial is not her name.
            (!(otherLead(k, key) && sexOf.has(k) && sexOf.has(key) && sexOf.get(k) !== sexOf.get(key)) &&
              (initialsMatch(k, key) || initialsBeforeSurname(k, key))),
        ),
    };
    const reported = new Set<string>();
    // A row or line that says so: "No safeguarding training recorded", "(list training including dates)".
    for (const row of training) {
      if (!row.noneRecorded || !row.leadName) continue;
      const key = nameKey(row.leadName);
      if (trained.has(key) || reported.has(key)) continue;
      reported.add(key);
      reportAt(
        context,
        row.offset,
        row.endOffset,
        `The policy records no safeguarding training for ${spokenName(row.leadName)} — book their training for the role and record the course and date`,
        { subject: subjects.untrained(row.leadName) },
      );
    }
    // A lead whose only entries are courses still to come ("booked for 9 March 2027") has completed none. A
    // booking already past says nothing (the document may not have been updated since).
    let tables: ReturnType<typeof findTables> | undefined;
    const done = training.filter((t) => !t.planned && !t.noneRecorded);
    for (const row of training) {
      if (!row.planned || !row.leadName || !row.date || row.date.date.first <= context.asOf) continue;
      const name = row.leadName;
      const key = nameKey(name);
      if (trained.has(key) || reported.has(key)) continue;
      if (namedInRecord(context.document.text, done, name) || shortNameOnCourseLine(lines, name)) continue;
      tables ??= findTables(lines);
      const role = leadRoleOf(name, row, leads, tables);
      if (!role) continue;
      reported.add(key);
      reportAt(
        context,
        row.offset,
        row.endOffset,
        `The policy records no completed safeguarding training for ${spokenName(name)} — the only course listed is booked for ${row.date.text.trim().replace(/^(?:on|for|in)\s+/i, "")}; a ${role === "dsl" ? "designated safeguarding lead" : "deputy designated safeguarding lead"} needs the training for the role: once the course is done, record it with the date it was completed`,
        { subject: subjects.untrained(name) },
      );
    }
    if (personal.length === 0) return;
    // Records of a role with nobody named for it ("DSL" heading a training matrix's row or column): the record of
    // one of the people the role could stand for (roleCandidates), or of the role's holder where the reader knew of
    // nobody for it — never of a lead the role's words do not cover.
    const named = namedLeads(leads);
    const namesOf = (m: LeadMention) => m.names ?? (m.name ? [m.name] : []);
    const roleRecords = [...new Set(personal.filter((t) => !t.planned).map((t) => t.leadName ?? ""))].flatMap(
      (name) => {
        const role = roleInPlaceOfName(name);
        return role
          ? [{ role: role.role, keys: roleCandidates(role, named).flatMap(namesOf).map(nameKey) }]
          : [];
      },
    );
    // "Trust Safeguarding Lead: designated safeguarding lead refresher, 25/04/2025": a record with no person, on a
    // line its lead's role label opens, is the record of the people that label opens the line of ("Trust
    // Safeguarding Lead: Mr Henry Ames, …"), the same words word for word.
    for (const t of training) {
      if (t.leadName || t.planned || t.noneRecorded || !t.date) continue;
      const label = ROLE_LABEL_OPENS.exec(t.course)?.[1]?.toLowerCase();
      if (!label || findLeadMentions(label).length !== 1) continue;
      const holders = named.filter((m) => labelledSo(m, label));
      // Only one person's: two people the label opens the line of ("Trust Safeguarding Lead: Mr A …", "Trust
      // Safeguarding Lead: Mrs B …") leave the record unowned, not credited to both. One person written two ways
      // ("Mr Conall Breck-Isaacs" at the top, "Mr C. Breck-Isaacs" in the contacts) is one holder: every name is
      // that person's, and the record is credited under each.
      const names = holders.flatMap(namesOf);
      if (
        names.length > 0 &&
        names.every((a, i) => names.every((b, j) => j <= i || samePerson(a, b))) &&
        new Set(holders.map((h) => h.role)).size === 1
      )
        roleRecords.push({ role: holders[0].role, keys: [...new Set(names.map(nameKey))] });
    }
    const roleRecordFor = (mention: LeadMention, key: string) =>
      roleRecords.some(
        (r) => r.role === mention.role && (r.keys.length === 0 || r.keys.some((k) => sameName(k, key))),
      );
    const headerCells = (context.document.blocks ?? []).flatMap((b) =>
      b.kind === "table" && b.headerRow ? (b.rows[0] ?? []) : [],
    );
    const plainText = context.document.format === "pdf" || context.document.format === "txt";
    // A PDF's table blocks name a role's holders that its text cannot tie to the role (deputy-missing reads them
    // too): only for a role the text names nobody for.
    const unnamed = (role: LeadKind) => !leads.some((l) => l.role === role && l.name && !l.team);
    const blockTables = (context.document.blocks ?? []).filter((b) => b.kind === "table");
    const fromBlocks =
      context.document.format === "pdf" && blockTables.length > 0 && (unnamed("dsl") || unnamed("deputy"))
        ? analyse(context.document).tableLeads.filter((m) => unnamed(m.role))
        : [];
    const disowned = new Map<string, boolean>();
    // The names a title and surname alone may stand for (below), gathered once: built again for every mention, the
    // list made a policy of thousands of named contacts quadratic.
    const namesInFull = [
      ...leads.flatMap((l) => l.names ?? (l.name ? [l.name] : [])),
      ...personal.flatMap((t) => (t.leadName ? [t.leadName] : [])),
    ];
    // "| Partner school | Designated Safeguarding Lead |": the other organisations' leads, where the policy names its
    // own (the lead reader leaves them out then; the column readers here read the table again).
    const ownNamed = leads.some(
      (l) => l.role === "dsl" && l.name && !l.team && !otherBodiesRow(lines, l.line),
    );
    const mentions = [
      ...[...leads, ...fromBlocks].flatMap((lead) => everyNamed(context.document.text, lead)),
      ...namedInRoleColumns(lines),
      ...(plainText ? namedInFlattenedRoleTables(lines) : []),
      ...namedInRoleColumnBlocks(context.document.blocks ?? [], lines, context.document.text, ownNamed),
    ];
    // "Federation Safeguarding Lead: Carys Hale": a person the policy names as a wider body's officer is that body's,
    // though another line (a contacts list's "Club Welfare Officer: as above" before hers) seems to give her the
    // setting's role too.
    const widerOfficers = new Set(
      mentions
        .filter(
          (m) =>
            m.name &&
            WIDER_BODY_BEFORE.test(context.document.text.slice(Math.max(0, m.offset - 40), m.offset)),
        )
        .map((m) => nameKey(m.name ?? "")),
    );
    // "The deputy completed … in Autumn 2025." where two deputies are named: a record of one of them, which one not
    // said (the training reader gives it to the deputy only where the document names one).
    const deputyRecord = training.some(
      (t) =>
        !t.leadName &&
        !t.planned &&
        !t.noneRecorded &&
        BARE_DEPUTY_RECORD.test(context.document.text.slice(t.offset, t.endOffset)),
    );
    // "Training completed by the academy DSLs is logged centrally:" over the DSLs' records: the log is theirs by its
    // own words, so a deputy absent from it is no gap in this policy.
    const leadsOnly = leadsOnlyLog(
      context.document,
      personal.filter((t) => !t.planned),
      mentions,
      trained,
    );
    let outsideUnits: ((offset: number) => boolean) | undefined;
    let denied: readonly string[][] | undefined;
    for (const mention of mentions) {
      if (!mention.name) continue;
      const key = nameKey(mention.name);
      if (trained.has(key) || reported.has(key) || widerOfficers.has(key)) continue;
      // 'Robert "Robbie" Hale', whose training is listed under the name he goes by ("Robbie Hale completed …").
      const nickname = nicknameKey(mention.name);
      if (nickname && trained.has(nickname)) continue;
      if (ownNamed && otherBodiesRow(lines, mention.line)) continue;
      // "| School | Designated Safeguarding Lead |" where "School records are held by each school", "| Club | Club
      // Welfare Officer |" where "The CWOs below are appointed by their clubs": other organisations' own people.
      if (
        inOwnUnitsTable(
          context.document.text,
          context.document.blocks ?? [],
          mention.nameOffset ?? mention.offset,
        )
      )
        continue;
      // "Staff should report to Deirdre (the Designated Person)": the first name the policy ties to its lead named in
      // full ("Mrs. D. Okafor-Reyes"), whose training is listed (first-name-tie.ts).
      const tied = /\s/.test(mention.name.trim()) ? undefined : tiedLead(mention.name.trim(), named);
      if (tied?.name && trained.has(nameKey(tied.name))) continue;
      // "### Brindley Park" / "Site DSL: …" / "Training: …" for each site, and the charity's own lead named above
      // them: the lists are each site's people's, not a record of everyone the policy names.
      outsideUnits ??= outsideUnitLists(context.document.outline.headings, personal, leads);
      if (outsideUnits(mention.nameOffset ?? mention.offset)) continue;
      // "| DSL | 03/2024 |" in a matrix where two people are named as DSL: the role's record may be theirs.
      if (roleRecordFor(mention, key)) continue;
      if (deputyRecord && mention.role === "deputy") continue;
      if (leadsOnly && mention.role !== "dsl") continue;
      const at = mention.nameOffset ?? mention.offset;
      // "Station Unit Safeguarding Lead Deputies Station telephone": a PDF ran a table's heading cells together, so
      // the words after the role are the next column's heading, not a person.
      if (headerCells.some((c) => c.offset <= at && at < c.endOffset)) continue;
      // "| Mr Efe Olatunji | House Safeguarding Lead, Rowan | …course… |": one word after the role in another
      // person's training row names the house or site they lead, not a person.
      if (
        !/\s/.test(mention.name) &&
        personal.some(
          (t) =>
            t.leadName &&
            /\s/.test(t.leadName) &&
            !sameName(t.leadName, mention.name ?? "") &&
            t.offset <= at &&
            at < t.endOffset,
        )
      )
        continue;
      // "The Circuit Safeguarding Officer, Rev. Catrin Hughes", "He is not a designated lead": not the setting's
      // own lead, so not someone whose training the policy lists.
      if (notOwnLead(context.document.text, mention.offset)) continue;
      // "… is the provider's nominated person. She … is not a safeguarding lead", "His training is recorded in the
      // museum's Safeguarding Policy": no lead, or a lead whose training is kept elsewhere (holder-said.ts).
      if (
        saidNotALead(context.document.text, mention) ||
        saidTrainingHeldElsewhere(context.document.text, mention)
      )
        continue;
      // "Deputies are trained to the same level; their training dates are recorded in each academy's local annex",
      // "All other training records are held in the single central record": the group's training is kept there.
      const groups = groupsTrainingHeldElsewhere(context.document.text);
      if (groups.everyone || (groups.deputies && mention.role === "deputy")) continue;
      // "Brigade Safeguarding Officer (national): Mr …", "**The parish**" over "Parish Safeguarding Officer: Mrs …"
      // beside the company's own named lead: another body's officer, a contact.
      if (
        SCOPE_AFTER.test(context.document.text.slice(mention.endOffset, mention.endOffset + 20)) ||
        otherBodysBlock(context.document, lines, mention, leads)
      )
        continue;
      // "Women's section Welfare Officer (adult teams only, not part of this policy): Gemma Strickland": a role the
      // policy puts outside itself.
      if (OUTSIDE_POLICY_AFTER.test(context.document.text.slice(mention.endOffset, mention.endOffset + 200)))
        continue;
      // "| Club Welfare Officer (Hollowmere Hawks RLFC) | Mr … |" and, below, "The Club Welfare Officer is the
      // club's contact … and is not a lead for the Foundation": the policy disowns the role itself.
      if (roleDisowned(context.document.text, mention, disowned)) continue;
      // "Each member club names its own Club Welfare Officer" above "| Club | Club Welfare Officer |": the members' leads.
      if (memberBodiesRole(context.document.text, mention.label)) continue;
      // "| Branch | Safeguarding Champion |" under "Champions are not designated leads": the policy's own word that
      // the role holds no lead's part (the table-column readers above read its header alone).
      denied ??= roleDenials(context.document.text);
      if (deniedRole(denied, mention.label)) continue;
      // "…the **Safeguarding Contact** on session days. … They pass every concern to me (or Tom)": a contact under
      // the lead, who hands concerns on, not a lead.
      if (mention.role === "dsl" && passesConcernsToLead(context.document, mention.label, leads)) continue;
      // "Bean Uí Néill (Máire Uí Néill)": her training is listed under the full name in the brackets.
      const bracketed = bracketedFullName(context.document.text, mention);
      if (
        bracketed &&
        (trained.has(nameKey(bracketed)) ||
          namedInRecord(context.document.text, training, bracketed) ||
          inTrainingTable(lines, bracketed))
      )
        continue;
      // "Tell the Welfare Officer, or the Chair (Mr Name, 07700 …)": the name of the other role named between.
      if (otherRoleBetween(context.document.text, mention)) continue;
      // "Market Hall, 4 Corn Street": a site's address where a PDF ran a table's site cell into the role's, not a person.
      if (addressName(context.document.text, mention)) continue;
      // "Mr Name Surname MInstP": letters after the name that the lead reader kept, where the training lists the name.
      const bare = withoutLettersAfter(mention.name);
      if (
        bare &&
        (trained.has(nameKey(bare)) ||
          namedInRecord(context.document.text, training, bare) ||
          inTrainingTable(lines, bare))
      )
        continue;
      // "Ms Ann DE": a surname in capitals that the lead reader took for letters after the name, where the
      // training lists the whole name.
      const capitalsAfter = /^[ \t]+(\p{Lu}{2,})(?![\p{L}\d])/u.exec(
        context.document.text.slice((mention.nameOffset ?? mention.offset) + mention.name.length),
      )?.[1];
      if (capitalsAfter && trained.has(nameKey(`${mention.name} ${capitalsAfter}`))) continue;
      // "DSL: Brightwater Films, 01632 …": a company's name where the lead's should be, not a person.
      if (organisationName(context.document.text, mention.name)) continue;
      // "In Northern Ireland the Designated Officer is …": a place the sentence opens with, not the role's holder.
      if (placeName(context.document.text, mention)) continue;
      // Named in the version history ("| 2.0 | 03/03/2022 | Annual review | Mrs Olwen Tarrant (DSL) |"): an author of
      // an old version, perhaps a lead who has since left, not a lead whose training the policy should list.
      if (historyLines(lines).has(lineAt(lines, mention.nameOffset ?? mention.offset))) continue;
      // Their name heads lines about courses that could not be read as records: not evidence of no training.
      // "Ann Lee" inside "Mary Ann Lee", another lead's name: that lead's words, not this one's.
      const inside = [...rolesOf.keys()].filter((k) => otherLead(k, key) && ` ${k} `.includes(` ${key} `));
      const nameAt = mention.nameOffset ?? mention.offset;
      const nameLines = {
        from: lineAt(lines, nameAt),
        to: lineAt(lines, Math.max(nameAt, (mention.nameEndOffset ?? nameAt + 1) - 1)),
      };
      if (namedAboveCourses(lines, mention.name, nameLines, inside)) continue;
      // A training record names them in its own words, though the reader gave it to someone else or to nobody
      // ("Hana Brook and Ellis Crane – Level 3 DSL – 4 May 2025"): not evidence of no training.
      if (namedInRecord(context.document.text, training, mention.name, inside)) continue;
      // Their name is in a training table whose row could not be taken apart (a PDF's flattened cells): a row
      // the reader lost is never evidence of no training.
      if (inTrainingTable(lines, mention.name, inside)) continue;
      if (plainText && namedInBrokenRow(lines, mention.name)) continue;
      // A line about a course calls them by title or initial and surname ("Mrs Landon completed…", "Mr T. Wren –
      // Level 3"): a policy that names its lead in full once shortens the name everywhere else.
      if (shortNameOnCourseLine(lines, mention.name)) continue;
      // "**Nell Ashdown** (Safeguarding Contact, Birch Lane)" over her courses: the role's words name her site, on a
      // line that opens with the name of someone whose training is listed.
      if (opensWithTrained(lines, mention, trainedKeys)) continue;
      // "Miss Fraser", named in full elsewhere ("Miss Catriona Fraser"): her training is listed under her full name —
      // a lead's or a record's name, or a titled full name anywhere in the policy ("☒ Club Manager – Ms Tanisha
      // Greaves", a line the lead reader did not take as hers) whose training is listed without the title.
      const full = SHORT_TITLED.test(mention.name)
        ? fullNamesOf(mention.name, [...namesInFull, ...titledFullNames(context.document.text, mention.name)])
        : [];
      if (full.length > 0 && full.every((n) => trained.has(nameKey(n)))) continue;
      reported.add(key);
      reportAt(
        context,
        mention.nameOffset ?? mention.offset,
        mention.nameEndOffset ?? mention.endOffset,
        `The policy lists safeguarding training for other people, but none for ${spokenName(mention.name ?? "")} (${mention.role === "dsl" ? "designated safeguarding lead" : "deputy designated safeguarding lead"}) — add their courses with the dates they were completed`,
        { subject: subjects.untrained(mention.name) },
      );
    }
  },
};

/**
 * The keys of the leads whose name in full is a record's name with the first name spelt otherwise (spelledOtherwise),
 * for the record's own role, and with no title of the other sex.
 */
function spelledOtherwiseLeads(
  recordNames: readonly string[],
  records: readonly TrainingLine[],
  leads: readonly LeadMention[],
): string[] {
  const roleOf = (name: string): LeadKind | undefined =>
    records.find((t) => t.leadName === name && t.leadRole)?.leadRole ??
    leads.find((l) => l.name && nameKey(l.name) === nameKey(name))?.role;
  const keys: string[] = [];
  for (const written of recordNames) {
    const role = roleOf(written);
    if (!role) continue;
    for (const lead of leads)
      for (const name of lead.names ?? (lead.name ? [lead.name] : []))
        if (
          lead.role === role &&
          spelledOtherwise(written, name) &&
          !(titleSex(written) && titleSex(name) && titleSex(written) !== titleSex(name))
        )
          keys.push(nameKey(name));
  }
  return keys;
}

/** A name written surname first: "Osei-Bonsu, Rafferty", "de Souza, Ana Maria" — one comma, capitalised words. */
/** A name's last word, its surname: "mr tomasz brennock" → "brennock". */
const surnameOf = (name: string) => nameKey(name).split(" ").at(-1) ?? "";

/**
 * Whether the policy's training is kept in a log that says it holds the designated leads' training (log-scope.ts),
 * so that no one of another role is missing from it: every completed record lies in such a log or is of a surname it
 * holds ("Mr Brennock is booked …" under the table), two or more of its people are named as the policy's DSLs (the
 * "DSLs" of a policy naming one lead are its lead and deputies), and no deputy's training is listed. A list of very
 * many records is no policy's log.
 */
function leadsOnlyLog(
  document: SourceDocument,
  records: TrainingLine[],
  mentions: LeadMention[],
  trained: { has: (key: string) => boolean },
): boolean {
  if (records.length === 0 || records.length > 60) return false;
  const headings = document.outline.headings.map((h) => h.offset);
  const inLog = inLeadsOnlyLog(document.text, document.blocks ?? [], headings, records);
  if (inLog.size === 0) return false;
  const surnames = new Set([...inLog].map((r) => surnameOf(r.leadName ?? "")));
  if (!records.every((r) => inLog.has(r) || surnames.has(surnameOf(r.leadName ?? "")))) return false;
  const names = (role: LeadKind) =>
    mentions.flatMap((m) => (m.role === role && m.name ? [nameKey(m.name)] : []));
  const dsls = names("dsl");
  const leadsInLog = new Set(
    [...inLog].map((r) => nameKey(r.leadName ?? "")).filter((key) => dsls.some((d) => sameName(d, key))),
  );
  return leadsInLog.size >= 2 && !names("deputy").some((key) => trained.has(key));
}

const SURNAME_FIRST =
  /^\s*((?:(?:de|van|von|da|di|du|le|la)\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*,\s*((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Revd|Rev)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*$/u;

/**
 * The name key of a name written surname first ("Osei-Bonsu, Rafferty" → "rafferty osei-bonsu"), or undefined for
 * any other name — a list of surnames ("Abara, Quist and Mensah") has words that are no name's.
 */
function turnedRound(name: string): string | undefined {
  const m = SURNAME_FIRST.exec(name);
  return m ? nameKey(`${m[2]} ${m[1]}`) : undefined;
}

/**
 * A record whose subject is the deputy's role word alone, its record verb after it (up to two adverbs or a "has"
 * between): "The deputy completed …", "Our deputy holds …", "The deputy also completed …". Not another deputy's: "Our
 * deputy headteacher completed …", "The deputy head attended …".
 */
const BARE_DEPUTY_RECORD =
  /^\s*(?:the|our)\s+deputy\s+(?:(?:also|recently|then|has|have|since|successfully|already)\s+){0,2}(?:completed|attended|holds|held|has|had|renewed|refreshed|updated|did|took|undertook|passed|achieved|gained|finished|is\s+trained|was\s+trained)\b/iu;

/** A heading that names a course or a kind of training, not a site or a team: "Level 3", "Refresher training". */
const COURSE_HEADING = /\b(?:training|course|courses|level|refresher|awareness|update|induction|records?)\b/i;

/**
 * Training listed unit by unit: every record under a sub-heading of one parent (a site's, a team's: "### Brindley
 * Park", "### Cotter's Green"), two such units at least, each naming its own lead outside the records ("Site DSL:
 * …"). A lead named outside every unit (the charity's own, in a section of its own) is nobody the units' lists
 * are for: the policy does not list training for everyone it names. Whether `offset` is outside them, or always
 * false when the records are not kept so.
 */
function outsideUnitLists(
  headings: readonly OutlineHeading[],
  records: readonly TrainingLine[],
  leads: readonly LeadMention[],
): (offset: number) => boolean {
  const never = () => false;
  if (headings.length < 3 || records.length < 2) return never;
  /** The innermost heading over an offset: the last one before it. */
  const unitOf = (offset: number) => {
    let unit = -1;
    for (let i = 0; i < headings.length && headings[i].offset <= offset; i++) unit = i;
    return unit;
  };
  const parentOf = (unit: number) => {
    for (let i = unit - 1; i >= 0; i--) if (headings[i].depth < headings[unit].depth) return i;
    return -1;
  };
  const units = new Set(records.map((r) => unitOf(r.offset)));
  if (units.size < 2 || units.has(-1)) return never;
  const [first] = units;
  const parent = parentOf(first);
  if (parent < 0) return never;
  const ends = new Map<number, number>();
  for (const unit of units) {
    const heading = headings[unit];
    if (heading.depth !== headings[first].depth || parentOf(unit) !== parent) return never;
    if (COURSE_HEADING.test(heading.text)) return never;
    const next = headings.findIndex((h, i) => i > unit && h.depth <= heading.depth);
    const end = next < 0 ? Number.POSITIVE_INFINITY : headings[next].offset;
    ends.set(unit, end);
    // The unit names its own lead, on a line that is not one of its records.
    const ownLead = leads.some(
      (l) =>
        l.name &&
        l.offset >= heading.offset &&
        l.offset < end &&
        !records.some((r) => r.offset <= l.offset && l.offset < r.endOffset),
    );
    if (!ownLead) return never;
  }
  return (offset) =>
    ![...units].some((u) => headings[u].offset <= offset && offset < (ends.get(u) ?? 0)) &&
    !units.has(unitOf(offset));
}

/** A deputies' role cell that says whose absence they cover: "Safeguarding (in their absence)". */
const ABSENCE_ROW =
  /\b(?:absence|not\s+available|unavailable|away|absent|not\s+(?:on\s+site|contactable|reachable|in))\s*\)?$/i;

/**
 * The mention once for each person it names, where the role is in the plural ("Leads", "Lead(s)"): "Deputy
 * Safeguarding Leads: Ms Anya Kowalczyk and Mr Tobias Whitcombe", or a bulleted list under "Deputy DSLs:", gives
 * both deputies, each at their own name (found after the one before it). A role in the singular names one holder: the words after her name
 * ("Miss Adaeze Nwosu, Sixth Form Pastoral Manager") or a list of staff's courses under a sentence about "the DSL"
 * are not more of them.
 */
function everyNamed(text: string, lead: LeadMention): LeadMention[] {
  // "Deputy Site Safeguarding Lead(s)": a role with its plural left open is a plural too. A deputies' row named by
  // the lead's absence ("| Safeguarding – if the first contact is not available | Mr A & Mrs B |") names them all.
  // "- Beavers – Mrs A" / "- Cubs – Mr B" under the role's line: one holder a place (placeNames), each the role's.
  if (
    !lead.name ||
    !(/(?:s|ies|\(s\))$/i.test(lead.label) || ABSENCE_ROW.test(lead.label) || lead.placeNames)
  )
    return [lead];
  const others = [...(lead.names ?? []), ...bulletedAfter(lead), ...andAfter(text, lead)].filter(
    (n, i, all) => n !== lead.name && all.indexOf(n) === i,
  );
  if (others.length === 0) return [lead];
  const found = [lead];
  // A PDF table's cell gives the whole cell as the name's place ("Miss A B and Mr / C D, Playworkers"): the next
  // holder is after the first one's name, inside the cell.
  let from = Math.min(
    lead.nameEndOffset ?? lead.endOffset,
    lead.nameOffset !== undefined ? lead.nameOffset + lead.name.length : Number.POSITIVE_INFINITY,
  );
  for (const name of others) {
    // A PDF wraps a cell's words at any space: "Mr A B & Mrs" / "C D" is "Mrs C D".
    const pattern = new RegExp(name.split(/\s+/).map(escapeRegExp).join("\\s+"), "gu");
    pattern.lastIndex = from;
    const match = pattern.exec(text);
    if (!match || match.index - from > 400) break;
    const at = match.index;
    found.push({ ...lead, name, nameOffset: at, nameEndOffset: at + match[0].length });
    from = at + match[0].length;
  }
  return found;
}

/**
 * The holder named straight after the first with "and" or "&" where a PDF's table cell wrapped between them ("Miss A
 * B and Mr" / "C D, Playworkers"): a title then a name, read across the line's end.
 */
function andAfter(text: string, lead: LeadMention): string[] {
  if (lead.nameEndOffset === undefined) return [];
  const rest = text.slice(lead.nameEndOffset, lead.nameEndOffset + 80);
  const joined = AND_TITLE.exec(rest);
  if (joined) {
    const name = nameAtStart(rest.slice(joined[0].length).replace(/\s+/g, " "));
    return name && TITLED.test(name) ? [name] : [];
  }
  // "Tom Ellery (Appointments Secretary), 07700 900 472, and Grace Ndlovu (Mentor Co-ordinator), 07700 900 519": the
  // next holder after the first one's job and number, written the same way (her job in brackets or her number next).
  const detailed = AND_AFTER_DETAILS.exec(text.slice(lead.nameEndOffset, lead.nameEndOffset + 160));
  if (!detailed) return [];
  const after = text.slice(
    lead.nameEndOffset + detailed[0].length,
    lead.nameEndOffset + detailed[0].length + 80,
  );
  const name = nameAtStart(after.replace(/\s+/g, " "));
  if (!name || !looksLikePerson(name)) return [];
  const next = after.replace(/\s+/g, " ").slice(name.length);
  return /^\s*(?:\([^()]{2,60}\)|,\s*(?:\+?\d[\d\s]{7,}|\S+@))/.test(next) ? [name] : [];
}

const AND_TITLE = new RegExp(`^\\s*(?:and|&)\\s+(?=(?:${TITLE_PATTERN})\\.?\\s)`, "i");
/** The first holder's job in brackets and phone number, then "and": ' (Appointments Secretary), 07700 900 472, and '. */
const AND_AFTER_DETAILS =
  /^\s*\([^()\n]{2,60}\)\s*(?:,\s*\+?\d[\d\s]{7,}\d)?\s*,?\s+(?:and|&)\s+(?=\p{Lu})|^\s*,\s*\+?\d[\d\s]{7,}\d\s*,?\s+(?:and|&)\s+(?=\p{Lu})/u;

/** A list's bullet as a PDF's text keeps it: "●", "▪", "•". */
const BULLET = /[●▪•◦■]/u;

/**
 * The names that open each bullet of a list a PDF's text ran onto the role's line ("Deputy Designated Safeguarding
 * Leads: ● Ms A B BMus, Ensembles Manager (…) ● Mr C D GRSM, …"), when the first holder opens one: only a name at
 * a bullet's start, never one further on in its words.
 */
function bulletedAfter(lead: LeadMention): string[] {
  if (!lead.name) return [];
  // A list's next holder is named within a few hundred characters (see everyNamed): a long line's far end is not read.
  const start = Math.max(0, lead.endOffset - lead.line.offset);
  const rest = lead.line.text.slice(start, start + 2000);
  const items = rest.split(BULLET).slice(1);
  const names = items.map((item) => nameAtStart(item.trimStart()));
  if (names[0] !== lead.name) return [];
  return names.filter((n): n is string => n !== undefined);
}

/** The words that end an organisation's name, never a person's: "Ltd", "Films", "Leisure Centre". */
const ORGANISATION_WORDS =
  "Ltd|Limited|plc|LLP|CIC|CIO|SCIO|Inc|Productions?|Pictures|Films|Studios?|Media|Group|Trust|Council|Services|Association|Society|Foundation|Partnership|Academy|College|Nursery|Centre";
const ORGANISATION_WORD = new RegExp(`\\b(?:${ORGANISATION_WORDS})$`, "i");
/** An organisation's word after a name ("Brightwater Films Ltd", "Hollowmere Leisure Centre"), not a job title's. */
const ORGANISATION_AFTER = new RegExp(
  `^\\s+(?:${ORGANISATION_WORDS})\\b(?!\\s+(?:Manager|Director|Lead|Leader|Officer|Co-?ordinator|Head|Administrator))`,
  "i",
);

/**
 * A company's legal ending after one more capitalised word, a town's or a place's ("Cragside Climbing Hollowmere
 * Ltd"): only these words, which no person's name is followed by. "Ann Lee Riverside Nursery" is a person and a site.
 */
const COMPANY_AFTER_PLACE = /^[^\S\n]+\p{Lu}[\p{L}'’-]+[^\S\n]+(?:Ltd|Limited|plc|LLP|CIC)\b/u;

/**
 * Whether a name is an organisation's: it ends in an organisation's word, or the policy writes it with one after
 * it ("DSL: Brightwater Films" where the policy says "Brightwater Films Ltd"), or with a place and a company's
 * legal ending after it ("Cragside Climbing" where the policy says "Cragside Climbing Hollowmere Ltd").
 */
function organisationName(text: string, name: string): boolean {
  if (ORGANISATION_WORD.test(name.trim())) return true;
  for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
    const after = text.slice(at + name.length, at + name.length + 40);
    if (ORGANISATION_AFTER.test(after) || COMPANY_AFTER_PLACE.test(after)) return true;
  }
  return false;
}

/**
 * Whether the name the lead reader gave a role is a place after "in" ("In Northern Ireland the Designated Officer
 * …", "across County Down"): every word of it a place's as the tagger reads it, and none a person's.
 */
function placeName(text: string, mention: LeadMention): boolean {
  if (!mention.name || mention.nameOffset === undefined) return false;
  if (
    !/\b(?:in|across|throughout)\s+$/i.test(
      text.slice(Math.max(0, mention.nameOffset - 12), mention.nameOffset),
    )
  )
    return false;
  const words = tagWords(mention.name);
  return (
    words.length > 0 &&
    words.every((w) => w.tags.has("Place") && !w.tags.has("Person") && !w.tags.has("Honorific"))
  );
}

/** Words just before a role that make it someone else's: "not a", "is no longer the", "never our". */
const NEGATED_BEFORE = /\b(?:not|never|no\s+longer)\s+(?:(?:a|an|the|our|one\s+of\s+(?:the|our))\s+)?$/i;
/**
 * A wider body's officer before the role: a church's circuit, synod, deanery or diocese, a county or district
 * or a cadet force's wing, a federation of clubs ("Federation Safeguarding Lead") (the lead reader's own list misses some of these; a contact outside the setting, never
 * its lead).
 */
const WIDER_BODY_BEFORE =
  /\b(?:circuit|synod|deanery|archdeaconry|diocesan|diocese|district|county|regional|national|area|provincial|wing|federation)\s+$/i;

/**
 * A wider body's scope in brackets straight after the role: "Brigade Safeguarding Officer (national)", "Safeguarding
 * Officer (county)", "… (diocesan)", "… (headquarters)": that body's officer, a contact above the setting.
 */
const SCOPE_AFTER =
  /^\s*(?:\*\*|__)?\s*\(\s*(?:national|diocesan|diocese|county|regional|provincial|district|headquarters|hq)\s*\)/i;

/** The capitalised word just before a role: "Parish" in "Parish Safeguarding Officer". */
const BODY_WORD_BEFORE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]*)\s+(?:\*\*|__)?$/u;

/**
 * A block's label naming a body, alone on its line: "The parish", "Parish contacts", "Brigade HQ", "Our diocese" —
 * in bold or as a heading in Markdown or Word, a heading line in a PDF.
 */
const BODY_LABEL =
  /^(?:#{1,6}\s+)?(?<bold>\*\*|__)?\s*(?:the\s+|our\s+)?(?<body>\p{L}[\p{L}'’-]*)(?:\s+(?:contacts?|hq|headquarters|office|officers))?\s*:?\s*(?:\*\*|__)?\s*:?$/iu;

/** The label over the block that holds `index` (the lines above it up to a blank, or a heading just above), if any. */
function blockLabel(
  document: SourceDocument,
  lines: Line[],
  index: number,
): { index: number; body: string } | undefined {
  for (let i = index - 1; i >= Math.max(0, index - 4); i--) {
    const text = lines[i].text.trim();
    if (text === "") {
      // A heading, then a blank line, then the block.
      const above = lines[i - 1];
      return above && /^#{1,6}\s/.test(above.text) ? labelOf(document, above) : undefined;
    }
    const label = labelOf(document, lines[i]);
    if (label) return label;
  }
  return undefined;
}

function labelOf(document: SourceDocument, line: Line): { index: number; body: string } | undefined {
  const text = line.text.trim();
  if (text.length > 40) return undefined;
  const match = BODY_LABEL.exec(text);
  const body = match?.groups?.body;
  if (!match || !body) return undefined;
  // Bold or a heading: a PDF's heading is the reader's (its outline), its text has no marks.
  const heading =
    match.groups?.bold !== undefined ||
    /^#{1,6}\s/.test(text) ||
    document.outline.headings.some((h) => h.offset <= line.offset + 2 && line.offset <= h.offset + 2);
  return heading ? { index: line.index, body: body.toLowerCase() } : undefined;
}

/**
 * Another body's officer in a block that body's name heads: "**The parish**" over "Parish Safeguarding Officer: Mrs
 * …" — the role's own first word names the body of the block's label — while the document names its own lead
 * elsewhere, under a role of another body's word or none ("**The company**" over "Company Safeguarding Lead: …").
 * A parish's own policy names no other lead: its officer stays its lead.
 */
function otherBodysBlock(
  document: SourceDocument,
  lines: Line[],
  mention: LeadMention,
  leads: readonly LeadMention[],
): boolean {
  const text = document.text;
  const wordOf = (m: LeadMention) =>
    BODY_WORD_BEFORE.exec(text.slice(Math.max(0, m.offset - 30), m.offset))?.[1]?.toLowerCase();
  const word = wordOf(mention);
  if (!word) return false;
  const at = lineAt(lines, mention.offset);
  const label = blockLabel(document, lines, at);
  if (label?.body !== word) return false;
  const key = nameKey(mention.name ?? "");
  return leads.some(
    (l) =>
      l.role === "dsl" &&
      !l.team &&
      !!l.name &&
      !sameName(nameKey(l.name), key) &&
      wordOf(l) !== word &&
      blockLabel(document, lines, lineAt(lines, l.offset))?.index !== label.index,
  );
}

/**
 * The governing body's own officer before the role: "The Board's Safeguarding Champion", "Committee Safeguarding
 * Officer", "the Trustees' Safeguarding Lead" oversee the policy for the board or committee; they are not the lead
 * who takes concerns, whose training the policy lists.
 */
const OVERSIGHT_BEFORE = /\b(?:board|committee|trustees?|governors|governing\s+body)(?:['’]s?)?\s+$/i;

/**
 * The role as what a concern is about, in brackets or after another person's title, not who holds it: "Club
 * Chairperson (allegations about the DSO)", "Secretary, for complaints against the DSL" — the person named is the one
 * who hears them, never the lead. "Concerns about the DSL, Mrs Ann Obi, go to …" names the lead.
 */
const SUBJECT_OF_BEFORE =
  /(?:\(|\b(?:chair(?:man|woman|person)?|secretary|president|trustee|governor|clerk)\b)[^()\n]{0,30}\b(?:about|against|concerning|involving|regarding)\s+(?:the|a|an|our)\s+$/i;

/**
 * A sentence limiting the holder's remit, not saying they are not the setting's lead: "does not handle concerns
 * about a coach's conduct", "does not take referrals about staff". Read as no disowning by roleDisowned.
 */
const REMIT_ONLY = /\b(?:does|do|will)\s+not\s+(?:take|receive|handle|deal\s+with|manage)\b/giu;

/**
 * Whether a sentence elsewhere opens with the role's own words ("The Club Welfare Officer …", "Our Welfare Officer
 * …") and says of its holder that they are not the setting's lead ("… is not a lead for the Foundation", "… is not
 * part of our team"): every mention of the role is someone else's then, its holder's training not the policy's to
 * list. A limit to the holder's remit ("… does not handle concerns about a coach's conduct") keeps them the lead.
 * Another subject in the sentence ("A coach who is not a lead … tells the Club Welfare Officer") says nothing of
 * the role. `disowned` keeps each role's answer, read once per document (a policy naming thousands of holders of
 * one role read the whole text again for each).
 */
function roleDisowned(text: string, mention: LeadMention, disowned: Map<string, boolean>): boolean {
  const label = mention.label.trim();
  // "Church Safeguarding Officer: Revd …" where the lead reader's role is "Safeguarding Officer": the body's word
  // before it is the role's too ("The Church Safeguarding Officer … is not part of the group's team").
  const body = BODY_WORD_BEFORE.exec(text.slice(Math.max(0, mention.offset - 30), mention.offset))?.[1];
  return (
    disownedRole(text, label, disowned) ||
    (body !== undefined && disownedRole(text, `${body} ${label}`, disowned))
  );
}

/** Whether a sentence opening with the role's words ("The …", "Our …") says its holder is not the setting's lead. */
function disownedRole(text: string, label: string, disowned: Map<string, boolean>): boolean {
  const key = label.toLowerCase();
  let answer = disowned.get(key);
  if (answer === undefined) {
    answer = readDisowned(text, label);
    disowned.set(key, answer);
  }
  return answer;
}

function readDisowned(text: string, label: string): boolean {
  // One word ("DSL", "Lead") is too little of a role to know it again.
  if (!/\s/.test(label)) return false;
  const first = label.split(/\s+/)[0];
  // No sentence opens "The <first word> …": nothing to read (a label per holder, "Aason Safeguarding Contact" after
  // "Mary Aason", read the whole text again for each of thousands of holders). Only for a first word of ASCII
  // letters, whose case-insensitive match is its lower case.
  if (/^[\x20-\x7e]+$/.test(first) && !openingWords(text).has(first.toLowerCase())) return false;
  const words = label.split(/\s+/).map(escapeRegExp).join("\\s+");
  const opening = new RegExp(`(?:^|[.!?]\\s+|\\n\\s*)(?:the|our)\\s+${words}(?![\\p{L}])`, "giu");
  for (const match of allMatches(opening, text)) {
    const from = (match.index ?? 0) + match[0].length;
    const sentence = /^[^.!?\n]*/.exec(text.slice(from, from + 300))?.[0] ?? "";
    if (saysOfHolder(sentence.replace(REMIT_ONLY, "remit"))) return true;
  }
  return false;
}

/**
 * The words (to the next space, in lower case) after "The" or "Our" opening a sentence or a line, read once per text.
 * The Kelvin sign and the long s, which match "k" and "s" case-insensitively, are read as those letters.
 */
function openingWords(text: string): Set<string> {
  if (openingWordsOf?.text !== text) {
    const words = new Set<string>();
    for (const match of text.matchAll(OPENING_WORD))
      words.add(
        match[0]
          .replace(/\u212a/g, "k")
          .replace(/\u017f/g, "s")
          .toLowerCase(),
      );
    openingWordsOf = { text, words };
  }
  return openingWordsOf.words;
}
/** A word after a sentence's or a line's "The"/"Our" (found from the word, so a long run of spaces is read once). */
const OPENING_WORD = /(?<=\s)(?=\S)(?<=(?:^|[.!?]\s+|\n\s*)(?:the|our)\s+)\S+/giu;
let openingWordsOf: { text: string; words: Set<string> } | undefined;

/** Whether the role named at `offset` is not the setting's own lead (a wider body's officer, or "not a lead"). */
function notOwnLead(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 40), offset);
  return (
    NEGATED_BEFORE.test(before) ||
    WIDER_BODY_BEFORE.test(before) ||
    OVERSIGHT_BEFORE.test(before) ||
    SUBJECT_OF_BEFORE.test(before)
  );
}

/** The last word of a place's name: a street's, a building's or a site's ("Corn Street", "Market Hall"). */
const PLACE_WORD =
  /(?:^|\s)(?:Street|Road|Lane|Avenue|Close|Drive|Way|Crescent|Terrace|Square|Place|Row|Hill|Parade|Hall|Barns?|Farm|Kitchen|Site|Campus|Centre|Center|Building|Park|Gardens|Court|Yard|Mews|Walk|Green|House|Church|Chapel|Lodge|Cottage)$/u;

/** A building's word, which names a place as often as a surname: "Victoria Hall", "Albert House", "Grace Church". */
const BUILDING = "(?:Hall|House|Church|Chapel|Centre|Center|Court|Lodge|Cottage|Farm|Barns?|Building)";
const BUILDING_WORD = new RegExp(String.raw`(?:^|\s)${BUILDING}$`, "u");
/** A building's word the lead reader left after the name ("Grace| Church, 12 Mill Lane"). */
const BUILDING_AFTER = new RegExp(String.raw`^[^\S\n]+${BUILDING}(?=[^\S\n]*,)`, "u");
/** A house number after the place's name: "…, 4 Mill Lane". */
const NUMBER_AFTER = /^\s*,\s*\d{1,4}[A-Za-z]?\s+\p{Lu}/u;
/** An initial in a name ("A. Hall", "Ann B Hall"): a person's, never a building's. */
const INITIAL = /(?:^|\s)\p{Lu}\.?(?=\s)/u;

/**
 * Whether a name without a title is part of an address: a place's word ends it, and a house number comes just
 * before it ("4 Corn Street") or just after it ("Market Hall, 4 Corn …"). A PDF runs a site column's address into
 * the role column beside it. A name whose first word the tagger reads as a given name is a person's, with their
 * address after it ("Nia Green, 7 Kiln Road") — but not before a building's word: "Victoria Hall, 4 Mill Lane" is
 * a hall as often as a woman, so in a table's cell it is a person only when the policy says so (personEvidence);
 * on a plain "Role: name" line it is the lead the lead rule names (labelLine).
 */
function addressName(text: string, mention: LeadMention): boolean {
  const { name, nameOffset } = mention;
  if (!name || nameOffset === undefined || TITLED.test(name) || INITIAL.test(name.trim())) return false;
  const place = name + (BUILDING_AFTER.exec(text.slice(nameOffset + name.length))?.[0] ?? "");
  if (!PLACE_WORD.test(place)) return false;
  const before = text.slice(Math.max(0, nameOffset - 8), nameOffset);
  const after = text.slice(nameOffset + place.length, nameOffset + place.length + 12);
  const numberAfter = NUMBER_AFTER.test(after);
  if (!numberAfter && !/(?<![\d/.:-])\d{1,4}[A-Za-z]?,?\s+$/.test(before)) return false;
  if (numberAfter && BUILDING_WORD.test(place) && !labelLine(text, mention)) {
    return !personEvidence(text, place.trim(), nameOffset);
  }
  return !taggedPerson(name.trim().split(/\s+/)[0]);
}

/**
 * A plain "Role: name" line ("Designated Safeguarding Lead: Victoria Hall, 4 Mill Lane"), not a table's cell: the
 * name is the one the lead rule takes as the lead, so a building's word after it does not make it a place.
 */
function labelLine(text: string, mention: LeadMention): boolean {
  if (mention.nameOffset === undefined || mention.line.text.trimStart().startsWith("|")) return false;
  return /^[^\S\n]*[:–—-][^\S\n]*$/u.test(text.slice(mention.endOffset, mention.nameOffset));
}

/** Words before a place's name that make it somewhere to go, not someone: "at Victoria Hall", "the Albert House". */
const PLACE_BEFORE = /\b(?:at|in|to|from|the|of|near|outside|inside|behind|by|opposite|within)\s+$/i;

/**
 * Whether the policy shows the building-worded name at `offset` to be a person: named elsewhere not as a place
 * ("Victoria Hall completed …", "| Victoria Hall | DSL | …"). A title or an initial in the cell itself is
 * read before (addressName).
 */
function personEvidence(text: string, name: string, offset: number): boolean {
  const escaped = escapeRegExp(name);
  for (const match of allMatches(new RegExp(String.raw`(?<![\p{L}\d])${escaped}(?![\p{L}\d])`, "gu"), text)) {
    const at = match.index ?? 0;
    if (at === offset) continue;
    if (PLACE_BEFORE.test(text.slice(Math.max(0, at - 12), at))) continue;
    if (NUMBER_AFTER.test(text.slice(at + name.length, at + name.length + 12))) continue;
    return true;
  }
  return false;
}

/**
 * A name without the letters after it — degrees, fellowships, professional bodies' letters, which have capitals
 * inside the word or are all capitals ("Mr Gethin Ash MInstP" → "Mr Gethin Ash", "Dr Ana Ruiz FRAS") — or undefined
 * when it has none, or would leave fewer than two words of name.
 */
function withoutLettersAfter(name: string): string | undefined {
  const words = name.trim().split(/\s+/);
  let end = words.length;
  while (end > 0 && lettersAfter(words[end - 1])) end--;
  if (end === words.length) return undefined;
  const bare = words.slice(0, end).join(" ");
  return nameKey(bare).includes(" ") ? bare : undefined;
}

/** A word of letters after a name: two capitals or more, and no more small letters than capitals ("MInstP", "FRAS"). */
function lettersAfter(word: string): boolean {
  if (!/^\p{Lu}\p{L}{1,7}$/u.test(word)) return false;
  const upper = word.replace(/\P{Lu}/gu, "").length;
  return upper >= 2 && upper >= word.length - upper;
}

/**
 * The person's full name in brackets straight after the name the role gives ("Mrs Uí Néill (Máire Uí Néill)", "Bean
 * Uí Néill (Máire Uí Néill)"): a title and surname, then the same surname with the given name — one person, whose
 * record is under the full name.
 */
function bracketedFullName(text: string, mention: LeadMention): string | undefined {
  if (!mention.name || mention.nameOffset === undefined) return undefined;
  const after = text.slice(
    mention.nameOffset + mention.name.length,
    mention.nameOffset + mention.name.length + 80,
  );
  const inner = /^\s*\(([^()\n]{3,60})\)/u.exec(after)?.[1]?.trim();
  if (!inner) return undefined;
  const full = nameAtStart(inner);
  if (!full || full !== inner || !/\s/.test(full)) return undefined;
  const words = nameKey(mention.name).split(" ");
  const fullWords = nameKey(full).split(" ");
  // The surname (its last word, and the word before it when the short name has more than a title before it).
  const surname = words.slice(Math.min(words.length - 1, 1));
  if (surname.length >= fullWords.length) return undefined;
  return fullWords.slice(-surname.length).join(" ") === surname.join(" ") ? full : undefined;
}

/**
 * Whether the person is a lead or deputy, and which: the lead reader named them, their training row's role cell
 * says so, or a table row naming them has a lead role in another cell ("| Acorns | Deputy DSL | Idris Tallow |").
 */
function leadRoleOf(
  name: string,
  row: TrainingLine,
  leads: readonly LeadMention[],
  tables: ReturnType<typeof findTables>,
): LeadKind | undefined {
  const key = nameKey(name);
  const lead = leads.find((l) => l.name && sameName(nameKey(l.name), key));
  if (lead) return lead.role;
  if (row.leadRole) return row.leadRole;
  for (const table of tables) {
    for (const tableRow of table.rows) {
      const cells = tableRow.cells.map((c) => plain(c.text).trim());
      const at = cells.findIndex((c) => c !== "" && sameName(nameKey(c), key));
      if (at < 0) continue;
      for (const [i, cell] of cells.entries()) {
        if (i === at || cell.length > 60) continue;
        const role = findLeadMentions(cell)[0]?.role;
        if (role) return role;
      }
    }
  }
  return undefined;
}

/**
 * Two name keys for one person written with initials: "r ademola" and "ruth ademola", "j t wren" and "james
 * thomas wren" — the same surname, as many given names, each initial the first letter of the other's.
 */
function initialsMatch(a: string, b: string): boolean {
  const [x, y] = [a.split(" "), b.split(" ")];
  if (x.length < 2 || x.length !== y.length || x.at(-1) !== y.at(-1)) return false;
  let initials = 0;
  for (let i = 0; i < x.length - 1; i++) {
    const [p, q] = [x[i], y[i]];
    if (p === q) continue;
    if (p.length === 1 && q.startsWith(p)) initials++;
    else if (q.length === 1 && p.startsWith(q)) initials++;
    else return false;
  }
  return initials > 0;
}

/**
 * Two names, titles and all, for one person: the same key or one the other's first words (sameName); initials for
 * given names ("Mr C. Breck-Isaacs", "Mr Conall Breck-Isaacs"); or a title and the surname alone ("Mr Breck-Isaacs")
 * for a name in full that ends with it — never under titles of the other sex ("Mrs Breck-Isaacs").
 */
function samePerson(a: string, b: string): boolean {
  const [x, y] = [nameKey(a), nameKey(b)];
  if (x === y) return true;
  const [sa, sb] = [titleSex(a), titleSex(b)];
  if (sa && sb && sa !== sb) return false;
  if (sameName(x, y) || initialsMatch(x, y) || initialsBeforeSurname(x, y)) return true;
  const surnameAlone = (name: string, key: string, other: string) =>
    TITLED.test(name) && !key.includes(" ") && key.length >= 3 && other.endsWith(` ${key}`);
  return surnameAlone(a, x, y) || surnameAlone(b, y, x);
}

/**
 * Two name keys for one person where one keeps a rank or title the key does not drop and gives initials: "flt lt i
 * cartwright-shaw" and "flight lieutenant imogen cartwright-shaw", "fg off d raghunathan" and "dev raghunathan" —
 * the same surname, the initials just before it the first letters of the other's given names just before its own.
 */
function initialsBeforeSurname(a: string, b: string): boolean {
  const [x, y] = [a.split(" "), b.split(" ")];
  const surname = x.at(-1) ?? "";
  if (x.length < 2 || y.length < 2 || surname !== y.at(-1) || surname.length < 3) return false;
  for (const [p, q] of [
    [x, y],
    [y, x],
  ]) {
    let n = 0;
    while (n < p.length - 1 && p[p.length - 2 - n].length === 1) n++;
    if (n === 0 || q.length - 1 < n) continue;
    const given = q.slice(q.length - 1 - n, q.length - 1);
    if (given.every((w, i) => w.length > 1 && w.startsWith(p[p.length - 1 - n + i]))) return true;
  }
  return false;
}

/** "…, or the Chair (": another role named between a lead's role and the name after it, whose name it is. */
const OTHER_ROLE_BETWEEN =
  /^\s*,?\s+(?:or|and)\s+(?:the|our)\s+(?:\p{Lu}[\p{L}'’-]*\s+){0,3}?\p{Lu}[\p{L}'’-]*\s*[(,:–—]\s*$/u;

/** Whether the name the lead reader gave a role follows another role named after it ("…, or the Chair (Name"). */
function otherRoleBetween(text: string, mention: LeadMention): boolean {
  if (mention.nameOffset === undefined || mention.nameOffset <= mention.endOffset) return false;
  // "Officer (CWPO): Mrs A B, … The committee's Chair, Mr Graham Doig, deals with …": a name sentences after the
  // role, right after another office's title, is that office holder's.
  const before = text.slice(Math.max(mention.endOffset, mention.nameOffset - 40), mention.nameOffset);
  if (OTHER_OFFICE_BEFORE.test(before) && /[.!?]\s/.test(text.slice(mention.endOffset, mention.nameOffset)))
    return true;
  if (mention.nameOffset - mention.endOffset > 80) return false;
  return OTHER_ROLE_BETWEEN.test(text.slice(mention.endOffset, mention.nameOffset));
}

/** A committee office just before a name, in apposition: "the committee's Chair, ", "our Treasurer (". */
const OTHER_OFFICE_BEFORE =
  /\b(?:the|our|\p{L}+['’]s)\s+(?:Chair(?:man|woman|person)?|Vice[-\s]Chair|Treasurer|Secretary|President|Head\s+Coach)\s*[,(:–—]\s*$/u;

/** Whether the mention's name comes after another person's name that opens its line, someone with training listed. */
function opensWithTrained(lines: Line[], mention: LeadMention, trainedKeys: readonly string[]): boolean {
  if (!mention.name || mention.nameOffset === undefined) return false;
  const line = lines[lineAt(lines, mention.nameOffset)];
  // The role's words are on the same line, between the opening name and this one.
  if (!line || mention.offset < line.offset || mention.offset >= mention.nameOffset) return false;
  const words = plain(line.text.slice(0, mention.offset - line.offset)).replace(/^[\s#>*_·•\-–—]+/u, "");
  const opener = nameAtStart(words);
  if (!opener || !/^[\s*_(–—:,-]+$/.test(words.slice(opener.length))) return false;
  const key = nameKey(opener);
  return (
    key.includes(" ") && !sameName(key, nameKey(mention.name)) && trainedKeys.some((k) => sameName(k, key))
  );
}

/**
 * The names written in full that a title and surname alone ("Miss Fraser") may stand for: each with the same title
 * (or one of the same sex), given names, and that surname after them ("Miss Catriona Fraser", "Ms Catriona Fraser
 * MSDTA"). None when the name is not a title and one word.
 */
function fullNamesOf(name: string, names: readonly string[]): string[] {
  const short = SHORT_TITLED.exec(name);
  const sex = titleSex(name);
  if (!short || !sex) return [];
  const surname = short[1].toLowerCase();
  return names.filter((n) => {
    if (!TITLED.test(n) || titleSex(n) !== sex) return false;
    const words = nameKey(n).split(" ");
    return words.length >= 2 && words.indexOf(surname) >= 1;
  });
}

/**
 * The titled full names in `text` that end with the surname of a title-and-surname name ("Ms Greaves" → "Ms Tanisha
 * Greaves", "Ms Tanisha Jade Greaves"); none for any other name.
 */
function titledFullNames(text: string, name: string): string[] {
  const surname = new RegExp(`^(?:${TITLE_PATTERN})\\.?\\s+(\\p{Lu}[\\p{L}'’-]+)$`, "u").exec(name)?.[1];
  if (!surname) return [];
  const full = new RegExp(
    `(?<![\\p{L}])(?:${TITLE_PATTERN})\\.?\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){1,2}${escapeRegExp(surname)}(?![\\p{L}'’-])`,
    "gu",
  );
  return [...new Set(allMatches(full, text).map((m) => m[0].replace(/\s+/g, " ")))];
}

/** A title and a surname alone: "Miss Fraser", "Mr. O'Neill". */
const SHORT_TITLED = new RegExp(`^(?:${TITLE_PATTERN})\\.?\\s+(\\p{Lu}[\\p{L}'’-]+)$`, "u");

/** A name that opens with a title: "Mrs Mary Ann Lee", "Rev. Ann Lee". */
const TITLED = new RegExp(`^(?:${TITLE_PATTERN})\\.?\\s`, "u");

/** The sex a title gives, if it gives one: "Mrs", "Ms", "Miss" a woman's; "Mr" a man's. */
function titleSex(name: string): "f" | "m" | undefined {
  const title = /^(\p{L}+)/u.exec(name)?.[1]?.toLowerCase();
  if (title === "mrs" || title === "ms" || title === "miss") return "f";
  if (title === "mr") return "m";
  return undefined;
}

/** Whether the words of any training record hold the person's name (without a title, case or spacing). */
function namedInRecord(
  text: string,
  training: readonly TrainingLine[],
  name: string,
  others: readonly string[] = [],
): boolean {
  const key = nameKey(name);
  if (!key.includes(" ")) return false;
  return training.some((t) =>
    withoutNames(
      ` ${nameKey(plain(text.slice(t.offset, t.endOffset)).replace(/[^\p{L}\p{N}'’.-]+/gu, " "))} `,
      others,
    ).includes(` ${key} `),
  );
}

/** Words with other people's whole names taken out (" mrs mary ann lee " less "mary ann lee"), spaces kept. */
function withoutNames(words: string, names: readonly string[]): string {
  let left = words;
  for (const n of names) left = left.split(` ${n} `).join("  ");
  return left;
}

/** Whether a training table's words hold the person's name (without a title: "Miss Amira Haddad" → "amira haddad"). */
function inTrainingTable(lines: Line[], name: string, others: readonly string[] = []): boolean {
  const key = nameKey(name);
  if (!key.includes(" ")) return false;
  return trainingTableWords(lines).some((words) => withoutNames(` ${words} `, others).includes(` ${key} `));
}

const TITLE_OR_INITIAL = String.raw`(?:\b(?:${TITLE_PATTERN})\.?|\b\p{Lu}\.)\s+(?:\p{Lu}\.\s*)*`;

/** A name's letters alone: "Adeyemi-" and "Hart" on two lines are "adeyemihart", as "Adeyemi-Hart" is. */
const letters = (text: string) => nameKey(text).replace(/[^\p{L}]/gu, "");

/**
 * Whether the person's name opens a row of a PDF's table that the reader could not take apart: its words on
 * consecutive short lines ("Marcus" / "Adeyemi-Hart", or broken at the hyphen: "Adeyemi-" / "Hart"), a date on
 * one of the next few lines, under a line about training — a record the reader lost, not a lead with none.
 */
function namedInBrokenRow(lines: Line[], name: string): boolean {
  const want = letters(name);
  if (want.length < 4) return false;
  for (let i = 0; i < lines.length; i++) {
    let joined = "";
    for (let k = i; k < Math.min(lines.length, i + 4); k++) {
      const words = lines[k].text.trim();
      if (words === "" || words.split(/\s+/).length > 2) break;
      joined += letters(words);
      if (!want.startsWith(joined)) break;
      if (joined !== want) continue;
      if (k === i) break;
      const dated = lines.slice(k + 1, k + 9).some((l) => trainingDates(l.text, 0).length > 0);
      const training = lines.slice(Math.max(0, i - 40), i).some((l) => /\btraining\b/i.test(l.text));
      if (dated && training) return true;
      break;
    }
  }
  return false;
}

/** Whether a line with course words names the person by title or initial and surname ("Mr Tennant", "Mr K. Obi"). */
function shortNameOnCourseLine(lines: Line[], name: string): boolean {
  const surname = nameKey(name).split(" ").at(-1) ?? "";
  if (surname.length < 3 || !/^[\p{L}'’-]+$/u.test(surname)) return false;
  // "Mr O'Hare", "Dr O’Hagan-Reid", "Ms Ní Bhriain-Kelly": the surname as written, its apostrophes either way
  // (or none), and a particle before it that the name has ("Ní", "Mac", "de").
  const words = name.trim().split(/\s+/);
  const particle = words.length > 2 && PARTICLE.test(words[words.length - 2]) ? words[words.length - 2] : "";
  const written = escapeRegExp(words.at(-1) ?? "").replace(/['’]/g, "['’]?");
  const before = particle ? `(?:${escapeRegExp(particle)}\\s+)?` : "";
  const pattern = new RegExp(`${TITLE_OR_INITIAL}${before}${written}(?![\\p{L}-])`, "iu");
  // The surname alone first: most course lines do not hold it, and the title's alternatives are costly to try at
  // every place of a line.
  const surnameOnly = new RegExp(written, "iu");
  return courseLines(lines).some((line) => surnameOnly.test(line.text) && pattern.test(line.text));
}

/** The lines with course words, found once per document (its lines) for every lead asked about. */
function courseLines(lines: Line[]): Line[] {
  let found = courseLinesOf.get(lines);
  if (!found) {
    found = lines.filter((line) => COURSE_WORDS.test(line.text));
    courseLinesOf.set(lines, found);
  }
  return found;
}
const courseLinesOf = new WeakMap<Line[], Line[]>();

/** Each line lower case with its spaces collapsed, between spaces (" mrs ann lee – level 3 "), once per document. */
function spacedLowerLines(lines: Line[]): string[] {
  let found = spacedLowerOf.get(lines);
  if (!found) {
    found = lines.map((line) => ` ${line.text.toLowerCase().replace(/\s+/g, " ")} `);
    spacedLowerOf.set(lines, found);
  }
  return found;
}
const spacedLowerOf = new WeakMap<Line[], string[]>();

/** A particle that belongs to the surname after it: "Ní Bhriain", "Mac an tSaoir", "de Souza", "van Dijk". */
const PARTICLE = new RegExp(
  `^(?:${[...GAELIC_NAME_PARTICLES, ...NAME_PARTICLES.flatMap((p) => [p, p[0].toUpperCase() + p.slice(1)]), "ab"].join("|")})$`,
  "u",
);

const COURSE_WORDS =
  /\b(?:training|trained|course|refresher|level\s*[1-4]|awareness|certificate|e-?learning)\b/i;

/** Whether a line other than the lead's own names them and is followed closely by a line about a course. */
function namedAboveCourses(
  lines: Line[],
  name: string,
  own: { from: number; to: number },
  others: readonly string[] = [],
): boolean {
  const lower = name.toLowerCase();
  // "Mr Tom Baxendale" is "Tom Baxendale" in a line that names a group over its course ("**Branch deputies** (Ann
  // Lee, Tom Baxendale)"): his name as written without its title, not inside a longer name ("Mary Ann Lee").
  const untitled = name.replace(TITLED, "").trim();
  const bare =
    untitled !== name && /\s/.test(untitled)
      ? new RegExp(
          `(?<!\\p{Lu}[\\p{L}'’-]*\\s+)(?<![\\p{L}'’-])${untitled
            .split(/\s+/)
            .map(escapeRegExp)
            .join("\\s+")}(?![\\p{L}'’-])`,
          "u",
        )
      : undefined;
  // The untitled name's first word as written: a line without it cannot match the costly pattern (its look-behinds).
  const bareFirst = untitled.split(/\s+/)[0];
  const spaced = spacedLowerLines(lines);
  // Taking names out leaves two spaces where each was: the name is left only where it was already, unless it has
  // two spaces in a row itself.
  const anywhere = /\s\s/.test(lower);
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k];
    if (line.index === own.from) continue;
    const text = spaced[k];
    // Not the lines the mention's own name wraps onto ("Deputy DSLs: Mrs" / "Ann Lee, Playworker").
    const ownName = line.index > own.from && line.index <= own.to;
    if (
      !((anywhere || text.includes(lower)) && withoutNames(text, others).includes(lower)) &&
      !(
        !ownName &&
        bare !== undefined &&
        line.text.includes(bareFirst) &&
        bare.test(line.text) &&
        withoutNames(text, others) === text
      )
    )
      continue;
    let seen = 0;
    for (let i = line.index + 1; i < lines.length && seen < 3; i++) {
      if (lines[i].text.trim() === "") continue;
      seen++;
      if (COURSE_WORDS.test(lines[i].text)) return true;
    }
  }
  return false;
}

/**
 * Everyone named down a table column headed by a lead role ("| Nursery | Designated Safeguarding Lead | Deputy
 * DSL |", one row per site), not only the first row's: a nursery group has a lead and a deputy at each site.
 */
function namedInRoleColumns(lines: Line[]): LeadMention[] {
  const found: LeadMention[] = [];
  for (const table of findTables(lines)) {
    // "| Policy owner | Designated Safeguarding Lead |" over "| Approved by | Full Governing Body |": a key-value
    // box's first row is a pair, heading no column.
    if (isKeyValueBox([table.headerCells, ...table.rows.map((r) => r.cells)])) continue;
    for (const [column, header] of table.headerCells.entries()) {
      const words = plain(header.text);
      const role = findLeadMentions(words)[0];
      if (!role || words.length > role.label.length + 8) continue;
      for (const [r, row] of table.rows.entries()) {
        const cell = row.cells[column];
        const name = cell ? nameAtStart(plain(cell.text)) : undefined;
        if (!cell || !name || !cell.text.startsWith(name)) continue;
        found.push({
          ...role,
          offset: cell.offset,
          endOffset: cell.endOffset,
          // "| Mrs Philippa |" over "|  | Ormsby-Tate |": her name wrapped onto the next row (wrapped-surname.ts).
          name: surnameWrappedBelow(cell.text, table.rows[r + 1]?.cells, column) ?? name,
          nameOffset: cell.offset,
          nameEndOffset: cell.offset + name.length,
          line: row.line,
        });
      }
    }
  }
  return found;
}

/**
 * Everyone named down a table's columns headed by a lead's role or by "Deputy" beside one ("| House | House
 * Safeguarding Lead | Deputy | Phone |", one row per house or station), as the document's readers found its tables: a
 * PDF's cells too, whose text runs them together. A cell may name several, after their ranks ("Crew Manager A B /
 * Firefighter C D"); a cell that is not a name ("same as above", "vacant") names nobody. `ownNamed`: the policy names
 * its own lead, so a table of other organisations beside their leads ("| Partner school | DSL |") names none of its.
 */
function namedInRoleColumnBlocks(
  blocks: Block[],
  lines: Line[],
  documentText: string,
  ownNamed = false,
): LeadMention[] {
  const found: LeadMention[] = [];
  for (const table of blocks) {
    if (table.kind !== "table" || !table.headerRow || table.rows.length < 2) continue;
    if (isKeyValueBox(table.rows)) continue;
    // "| Partner school | School's DSL |" beside the policy's own named lead: the other organisations' leads.
    if (ownNamed && listsOtherBodies(table.rows[0][0]?.text ?? "")) continue;
    const roles = table.rows[0].map((header) => {
      const words = plain(header.text).trim();
      if (!words || words.length > 60) return undefined;
      const role = findLeadMentions(words)[0];
      return role && words.length <= role.label.length + 8 ? role : undefined;
    });
    // A column headed by a lead's or a deputy's role, as in a Markdown table (namedInRoleColumns): "| Site | Deputy
    // Designated Safeguarding Lead | Telephone |" under a lead named in a sentence. "Deputy" alone only beside a
    // lead's column.
    if (!roles.some(Boolean)) continue;
    const besideLead = roles.some((r) => r?.role === "dsl");
    for (const [column, header] of table.rows[0].entries()) {
      const words = plain(header.text).trim();
      const role =
        roles[column] ??
        (besideLead && DEPUTY_HEADER.test(words)
          ? { role: "deputy" as LeadKind, label: words, offset: header.offset, endOffset: header.endOffset }
          : undefined);
      if (!role) continue;
      for (const [r, row] of table.rows.entries()) {
        const cell = row[column];
        if (r === 0 || !cell) continue;
        const text = cell.text.replace(/\s+/g, " ");
        // Where the last name found in the cell ends, in the document's text: the next is looked for after it.
        let from = cell.offset;
        const rank = rankAt(text)?.length ?? 0;
        // "Mrs Philippa" over a row of "Ormsby-Tate" alone: her name wrapped onto the next row (wrapped-surname.ts).
        const whole = surnameWrappedBelow(text, table.rows[r + 1], column);
        const names = whole ? [{ name: whole, start: 0, end: text.length }] : namesAt(text.slice(rank));
        for (const [k, name] of names.entries()) {
          const start = rank + name.start;
          // "Mr A B / Ms C D, Residential Wardens": the words after a comma that ends the names are their job.
          const before = names[k - 1];
          if (
            before &&
            /^\s*,\s*$/.test(text.slice(rank + before.end, start)) &&
            !TITLED.test(name.name) &&
            looksLikePerson(name.name) !== "sure"
          )
            continue;
          // Offsets in the document's text, which the cell's words may wrap over several lines, and which may hold
          // more than the cell's text ("| Ann Lee and Tom Ure |": a Markdown cell's place starts at its bar).
          const place = placeInCell(documentText, name.name, from, cell.endOffset);
          const nameOffset = place?.offset ?? cell.offset + Math.min(start, cell.endOffset - cell.offset);
          const nameEndOffset = place?.endOffset ?? Math.min(cell.endOffset, nameOffset + name.name.length);
          from = Math.max(from, nameEndOffset);
          found.push({
            role: role.role,
            label: role.label,
            offset: cell.offset,
            endOffset: cell.endOffset,
            name: name.name,
            nameOffset,
            nameEndOffset,
            line: lines[lineAt(lines, cell.offset)],
          });
        }
      }
    }
  }
  return found;
}

/**
 * Where a name read from a table cell's words is in the document's text, at or after `from` and before the cell's
 * end `to`: its words may be wrapped over lines there. Only the next few hundred characters are read (a cell of
 * thousands of names is read once over, name after name).
 */
function placeInCell(
  text: string,
  name: string,
  from: number,
  to: number,
): { offset: number; endOffset: number } | undefined {
  const window = text.slice(from, Math.min(to, from + 2 * name.length + 400));
  const words = name.split(/\s+/).map(escapeRegExp).join("\\s+");
  const match = new RegExp(`(?<![\\p{L}'’-])${words}(?![\\p{L}'’-])`, "u").exec(window);
  return match ? { offset: from + match.index, endOffset: from + match.index + match[0].length } : undefined;
}

/** "Lorna Fitch (Nursery Manager)": a name, then a job title in brackets. */
const NAME_WITH_JOB =
  /(?<![\p{L}'’-])((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)\s*\(([^()]{2,40})\)/gu;
const JOB_WORDS =
  /\b(?:manager|leader|lead|head|deputy|teacher|practitioner|officer|co-?ordinator|director|principal|owner|proprietor|supervisor|assistant|senco|chair|trustee|worker|coach|nurse|administrator)\b/i;

/**
 * Everyone named in a table of leads that a PDF flattened into lines: a header naming a lead's column and a
 * deputy's ("Nursery | Designated Safeguarding Lead | Deputy DSL | Telephone", one row per site), then each
 * person as "Name (Job title)", in the order of the role columns. A name that a PDF broke at its hyphen is one
 * name (the reader rejoins it).
 */
function namedInFlattenedRoleTables(lines: Line[]): LeadMention[] {
  const found: LeadMention[] = [];
  // The same header's roles are asked for again (after the header's lines, and from the next line's header): read once.
  const read = new Map<string, LeadMention[]>();
  const headerRoles = (header: string) => {
    let roles = read.get(header);
    if (!roles) {
      roles = findLeadMentions(header);
      read.set(header, roles);
    }
    return roles;
  };
  for (let i = 0; i < lines.length; i++) {
    // The header: up to six short lines with no digits and no brackets, naming a lead and a deputy column.
    let end = i;
    let header = "";
    while (end < lines.length && end < i + 6 && /^[\p{L} ()-]{1,60}$/u.test(lines[end].text.trim())) {
      header += ` ${lines[end].text.trim()}`;
      end++;
      // Role words are costly to read: only where a deputy's column could be.
      if (!/\b(?:deput|ddsl|alternate)/i.test(header)) continue;
      const roles = headerRoles(header.trim());
      if (roles.some((r) => r.role === "dsl") && roles.some((r) => r.role === "deputy") && !/\(/.test(header))
        break;
    }
    if (!/\b(?:deput|ddsl|alternate)/i.test(header) || /\(/.test(header)) continue;
    const roles = headerRoles(header.trim());
    if (!roles.some((r) => r.role === "dsl") || !roles.some((r) => r.role === "deputy")) continue;
    // The rows: up to the next blank line, heading-like line or sentence.
    let last = end;
    while (
      last < lines.length &&
      lines[last].text.trim() !== "" &&
      lines[last].text.split(/\s+/).length <= 8 &&
      !/[.!?]\s*$/.test(lines[last].text)
    )
      last++;
    if (last === end) continue;
    const start = lines[end].offset;
    const body = lines
      .slice(end, last)
      .map((l) => l.text)
      .join(" ");
    let column = 0;
    for (const m of allMatches(NAME_WITH_JOB, body)) {
      const name = m[1];
      if (!JOB_WORDS.test(m[2]) || !nameAtStart(name)) continue;
      const role = roles[column % roles.length];
      column++;
      const offset = start + (m.index ?? 0);
      found.push({
        ...role,
        offset,
        endOffset: offset + name.length,
        name,
        nameOffset: offset,
        nameEndOffset: offset + name.length,
        line: lines[lineAt(lines, offset)],
      });
    }
    i = last - 1;
  }
  return found;
}
