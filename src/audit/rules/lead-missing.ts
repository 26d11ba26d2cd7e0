/** lead-missing: no designated safeguarding lead named. */
import type { DocumentContext, Rule } from "../rule.js";
import { type LeadKind, type LeadMention, tableBlockLeads } from "../text/find.js";
import { looksLikePerson, peopleIn } from "../text/people.js";
import { TITLE_PATTERN } from "../text/roles.js";
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
  if (inText.some(named)) return;
  // A PDF's table blocks name leads under role headers its text cannot tie them to (read only when the text names
  // nobody for the role: most documents do).
  const tables = context.document.blocks?.filter((b) => b.kind === "table") ?? [];
  const leads = tables.length ? [...inText, ...tableBlockLeads(context.document.text, tables)] : inText;
  const mentions = leads.filter((m) => m.role === role && !m.team);
  if (mentions.some((m) => m.name || m.author)) return;
  // People listed under "Our safeguarding team" lead it; two or more of them cover for each other.
  const team = leads.filter((m) => m.team).flatMap((m) => m.names ?? []);
  if (role === "dsl" && team.length > 0) return;
  if (role === "deputy" && team.length > 1) return;
  // A childminder or sole trader who is the lead has no deputy to name, unless the policy leaves a blank for one.
  if (role === "deputy" && leads.some((m) => m.author) && !mentions.some((m) => m.placeholder)) return;
  const unnamed = mentions.find((m) => m.placeholder) ?? mentions[0];
  // Precision first: a lead's role in a sentence that also names a person ("… our lead, who is Mrs Ada Kwarteng
  // …" in a wording the layouts do not know) is most likely naming the lead. Telling a manager her named lead
  // is missing is worse than saying nothing.
  if (role === "dsl" && unnamed && !unnamed.placeholder && mentions.some((m) => personInSentence(context, m)))
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

const TITLED = new RegExp(`^(?:${TITLE_PATTERN})\\.?\\s`);

/** Whether the sentence holding a role also names a person: a title and surname, or a first name people use. */
function personInSentence(context: DocumentContext, mention: LeadMention): boolean {
  const text = context.document.text;
  const from = Math.max(mention.line.offset, mention.offset - 200);
  const to = Math.min(mention.line.endOffset, mention.endOffset + 200);
  const before = text.slice(from, mention.offset);
  const after = text.slice(mention.endOffset, to);
  const start = Math.max(before.lastIndexOf(". "), before.lastIndexOf("? "), before.lastIndexOf("! "));
  const end = after.search(/[.?!](?:\s|$)/);
  const sentence = `${start >= 0 ? before.slice(start + 2) : before} ${end >= 0 ? after.slice(0, end) : after}`;
  return peopleIn(sentence, 4).some((p) => TITLED.test(p.name) || looksLikePerson(p.name));
}

/** A placeholder as a reader sees it: a web page's Markdown escapes its dots ("Mr/Mrs \\.\\.\\." → "Mr/Mrs ..."). */
function unescaped(words: string): string {
  return words.replace(/\\([\\`*_{}[\]()#+\-.!|~<>])/g, "$1");
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
