/** lead-contact-missing: a designated lead or deputy with no email and no phone. */

import { roleLabel } from "../../template/generated.js";
import type { DocumentContext, Rule } from "../rule.js";
import { type LeadMention, type Line, lineAt, namedLeads, nameKey } from "../text/find.js";
import { escapeRegExp } from "../text/matches.js";
import { analyse, reportAt } from "./helpers.js";

/** A UK phone number (not 999 or 101), an email address, or a web page's hidden email. */
const CONTACT =
  /(?<![\d£])(?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}(?:[\s-]?\d{3,4})?(?![\d%])|[\w.+'’-]+@[\w-]+|\[email\s+protected\]|enable JavaScript to view this email/i;
/** An email address for the role rather than the person: "safeguarding@…", "dsl@…", "welfare@…". */
const ROLE_EMAIL = /\b(?:safeguarding|safeguard|dsl|welfare|childprotection|child\.protection|cpo)[\w.-]*@/i;
/** How many non-blank lines under a lead's name may hold their contact details. */
const LINES_UNDER = 3;

/** The same person without a contact in a setting's data and in its policy: one problem, reported at the data. */
function noContact(name: string): string {
  return `no-contact ${nameKey(name)}`;
}

function hasContact(text: string): boolean {
  return CONTACT.test(text);
}

/** The non-blank lines from `index` on, at most `count` of them. */
function linesFrom(lines: Line[], index: number, count: number): Line[] {
  const found: Line[] = [];
  for (let i = index; i < lines.length && found.length < count; i++)
    if (lines[i].text.trim() !== "") found.push(lines[i]);
  return found;
}

/**
 * Can the reader reach this person? Yes when a phone number or email sits on the line or table row that names
 * them, on the few lines under it (before the next role), on any other line naming them (a contacts table or
 * appendix) or the line after it, or on a line about the role itself ("The DSL can be reached on …"); or when
 * the policy gives an address for the role ("safeguarding@…").
 */
function reachable(lines: Line[], text: string, mention: LeadMention, roleLines: Set<number>): boolean {
  // The paragraph or table row the role was found on (a PDF's table flattened into one line included).
  if (hasContact(mention.line.text)) return true;
  const start = lineAt(lines, mention.nameOffset ?? mention.offset);
  const own = [lineAt(lines, mention.offset), start];
  if (own.some((i) => hasContact(lines[i].text))) return true;
  for (const line of linesFrom(lines, start + 1, LINES_UNDER)) {
    if (hasContact(line.text)) return true;
    if (roleLines.has(line.index)) break;
  }
  const key = nameKey(mention.name ?? "");
  const surname = key.split(" ").at(-1) ?? "";
  if (surname.length >= 3) {
    const word = new RegExp(`(?<![\\p{L}])${escapeRegExp(surname)}(?![\\p{L}])`, "iu");
    for (const line of lines) {
      if (!word.test(line.text.replace(/[’']/g, ""))) continue;
      if (linesFrom(lines, line.index, 2).some((l) => hasContact(l.text))) return true;
    }
  }
  for (const index of roleLines) {
    if (linesFrom(lines, index, 2).some((l) => hasContact(l.text))) return true;
  }
  return ROLE_EMAIL.test(text);
}

function checkDocument(context: DocumentContext): void {
  const { document } = context;
  const { lines, leads } = analyse(document);
  // A childminder's own policy: the setting's phone is the lead's.
  if (leads.some((m) => m.author)) return;
  // The lines that mention a lead's role (a PDF's joined text keeps the source's offsets, so its lines hold).
  const roleLines = new Set(leads.map((m) => lineAt(lines, m.offset)));
  for (const mention of namedLeads(leads)) {
    if (mention.team || !mention.name) continue;
    if (reachable(lines, document.text, mention, roleLines)) continue;
    const offset = mention.nameOffset ?? mention.offset;
    const endOffset = mention.nameEndOffset ?? mention.endOffset;
    reportAt(
      context,
      offset,
      endOffset,
      `${mention.name} (${mention.role === "dsl" ? "designated safeguarding lead" : "deputy designated safeguarding lead"}) is named, but the policy gives no phone number or email address to reach them — add a phone number or email next to their name so staff, parents and other agencies can reach them quickly`,
      { expected: "a phone number or email address", subject: noContact(mention.name) },
    );
  }
}

export const rule: Rule = {
  meta: {
    id: "lead-contact-missing",
    description:
      "Warns when a designated safeguarding lead or deputy has neither an email address nor a phone number. Staff, parents and other agencies must be able to reach them quickly: add at least one. Checks settings' data; set the option documents: true to check policy documents too (many published policies rightly leave staff's direct numbers out and give the setting's own number, so it is off by default).",
    defaultSeverity: "warning",
    optionsSchema: {
      type: "object",
      properties: { documents: { type: "boolean" } },
      additionalProperties: false,
    },
    defaultOptions: { documents: false },
  },
  checkSetting(context) {
    for (const [i, lead] of (context.setting.leads ?? []).entries()) {
      if (lead.role !== "dsl" && lead.role !== "deputy") continue;
      if (lead.email?.trim() || lead.phone?.trim()) continue;
      context.report({
        message: `${lead.name} (${roleLabel(lead.role).toLowerCase()}) has no email address or phone number — add an email or phone to their entry in ${context.setting.source} so people can reach them`,
        path: ["leads", i],
        expected: "email or phone",
        subject: noContact(lead.name),
      });
    }
  },
  checkDocument(context) {
    if (context.options.documents === true) checkDocument(context);
  },
};
