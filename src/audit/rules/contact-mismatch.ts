/** contact-mismatch: a known service's phone number or email in the policy differs from the partnership's directory. */
import type { Contact } from "../../model.js";
import type { DocumentContext, Rule, SourceDocument } from "../rule.js";
import { type Line, nextNonBlank, plain } from "../text/find.js";
import { allMatches, escapeRegExp } from "../text/matches.js";
import { analyse, reportAt } from "./helpers.js";
import { nationalContacts } from "./national-contact.js";

const PHONE = /(?<![\d+])(?:\+44\s?\(?0?\)?\s?|0)\d{2,4}(?:[\s-]?\d{2,4}){1,3}(?!\d)/g;
const EMAIL = /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g;
/** Other organisations whose numbers a policy rightly gives next to a service's name. */
const OTHER_SERVICE =
  /\b(?:NSPCC|Childline|Ofsted|police|999|101|helpline|whistleblowing|DBS|Prevent|Samaritans|NHS|GP)\b/i;

const ALIASES: Record<string, string[]> = {
  lado: ["LADO", "Local Authority Designated Officer", "Designated Officer"],
  front_door: [
    "MASH",
    "Multi-Agency Safeguarding Hub",
    "front door",
    "Children's Social Care",
    "children's social care",
  ],
  out_of_hours: ["Emergency Duty Team", "EDT", "out of hours", "out-of-hours"],
};

function digits(phone: string): string {
  return phone.replace(/\D/g, "").replace(/^44/, "0");
}

interface Service {
  key: string;
  contact: Contact;
  names: RegExp;
  /** The same names, to test a line (not global, so it keeps no state). */
  named: RegExp;
}

const HAS_PHONE = new RegExp(PHONE.source);
const HAS_EMAIL = new RegExp(EMAIL.source);

const servicesOf = new WeakMap<Record<string, Contact>, Service[]>();

/** An area's services and the names they go by, compiled once per area (not once per document). */
function services(contacts: Record<string, Contact>): Service[] {
  let found = servicesOf.get(contacts);
  if (!found) {
    found = compileServices(contacts);
    servicesOf.set(contacts, found);
  }
  return found;
}

function compileServices(contacts: Record<string, Contact>): Service[] {
  return Object.entries(contacts)
    .filter(([, c]) => (c.phone && digits(c.phone).length >= 10) || c.email)
    .map(([key, contact]) => {
      const words = [
        contact.name,
        /\(([A-Z]{2,6})\)/.exec(contact.name)?.[1],
        ...(ALIASES[key] ?? []),
      ].filter((w): w is string => Boolean(w));
      const pattern = words
        .map((w) => escapeRegExp(w).replace(/\\?'/g, "['’]").replace(/\s+/g, "\\s+"))
        .join("|");
      const source = `(?<!\\w)(?:${pattern})(?!\\w)`;
      return { key, contact, names: new RegExp(source, "gi"), named: new RegExp(source, "i") };
    });
}

interface Mention {
  service: Service;
  offset: number;
  endOffset: number;
}

/** A number or address in a document that differs from the partnership's directory. */
export interface DirectoryMismatch {
  offset: number;
  endOffset: number;
  message: string;
  actual: string;
  expected: string;
}

const mismatchesOf = new WeakMap<SourceDocument, { setting: unknown; found: DirectoryMismatch[] }>();

/**
 * What this rule reports in a document, computed once per document: the national-contact rule asks too, so
 * that the two rules never report the same number.
 */
export function directoryMismatches(context: DocumentContext): DirectoryMismatch[] {
  const cached = mismatchesOf.get(context.document);
  if (cached && cached.setting === context.setting) return cached.found;
  const found = findMismatches(context);
  mismatchesOf.set(context.document, { setting: context.setting, found });
  return found;
}

function findMismatches(context: DocumentContext): DirectoryMismatch[] {
  const { setting, partnership } = context;
  const found: DirectoryMismatch[] = [];
  if (!setting) return found;
  const area = partnership.areas.find((a) => a.id === setting.area);
  if (!area) return found;
  const known = services(area.contacts);
  // Numbers and addresses that are right somewhere: any area's directory, the setting's own, its leads',
  // and the national helplines (data/national-contacts.yaml).
  const national = nationalContacts();
  const allContacts = partnership.areas.flatMap((a) => Object.values(a.contacts));
  const okPhones = new Set(
    [...allContacts.map((c) => c.phone), setting.phone, ...(setting.leads ?? []).map((l) => l.phone)]
      .filter((p): p is string => Boolean(p))
      .map(digits),
  );
  for (const phone of national.allPhones) okPhones.add(phone);
  const okEmails = new Set(
    [
      ...allContacts.map((c) => c.email),
      partnership.email,
      setting.email,
      ...(setting.leads ?? []).map((l) => l.email),
    ]
      .filter((e): e is string => Boolean(e))
      .map((e) => e.toLowerCase()),
  );
  for (const email of national.allEmails) okEmails.add(email);

  const { lines } = analyse(context.document);
  for (const line of lines) {
    const mentions: Mention[] = [];
    for (const service of known) {
      for (const m of allMatches(service.names, line.text)) {
        const offset = line.offset + (m.index ?? 0);
        mentions.push({ service, offset, endOffset: offset + m[0].length });
      }
    }
    if (mentions.length === 0) continue;
    mentions.sort((a, b) => a.offset - b.offset);
    let scope: Line[] = [line];
    // "LADO" alone on a line (a PDF table cell, a heading): its number is on the next line.
    if (!HAS_PHONE.test(line.text) && !HAS_EMAIL.test(line.text)) {
      const next = nextNonBlank(lines, line.index);
      if (next && !known.some((s) => s.named.test(next.text))) scope = [line, next];
    }
    for (const part of scope) {
      for (const [re, kind] of [
        [PHONE, "phone"],
        [EMAIL, "email"],
      ] as const) {
        for (const m of allMatches(re, part.text)) {
          const offset = part.offset + (m.index ?? 0);
          const endOffset = offset + m[0].length;
          const value = kind === "phone" ? digits(m[0]) : m[0].toLowerCase();
          if (kind === "phone" && value.length < 10) continue;
          if ((kind === "phone" ? okPhones : okEmails).has(value)) continue;
          // A PDF line that ends inside an address: "lado@riverbend.example.go" / "v.uk".
          const atLineEnd = /^[.-]?\s*$/.test(part.text.slice((m.index ?? 0) + m[0].length));
          if (kind === "email" && atLineEnd && [...okEmails].some((e) => e.startsWith(value))) continue;
          // Inside a mailto link's address the email repeats its text: report the visible one only.
          if (
            kind === "email" &&
            /mailto:$/i.test(context.document.text.slice(Math.max(0, offset - 7), offset))
          )
            continue;
          const owner = [...mentions].reverse().find((x) => x.endOffset <= offset) ?? mentions[0];
          const between = plain(
            context.document.text.slice(Math.min(owner.endOffset, offset), Math.max(owner.endOffset, offset)),
          );
          const sameRow = part === line && /^\s*\|/.test(line.text);
          if (!sameRow && (between.length > 120 || OTHER_SERVICE.test(between) || /[.!?]\s/.test(between)))
            continue;
          const expected = kind === "phone" ? owner.service.contact.phone : owner.service.contact.email;
          if (!expected) continue;
          found.push({
            offset,
            endOffset,
            message: `The policy gives ${m[0]} for ${owner.service.contact.name}, but the partnership's directory says ${expected} — correct the policy, or update the directory in partnership.yaml if the ${kind === "phone" ? "number" : "address"} has changed`,
            actual: m[0],
            expected,
          });
        }
      }
    }
  }
  return found;
}

export const rule: Rule = {
  meta: {
    id: "contact-mismatch",
    description:
      "Warns when the policy gives a phone number or email for a known local service (the front door, the LADO, the out-of-hours team …) that differs from the partnership's contact directory for the setting's area. A wrong number on a safeguarding policy delays a referral: correct the policy, or the directory in partnership.yaml if the number has changed.",
    defaultSeverity: "warning",
  },
  checkDocument(context) {
    for (const m of directoryMismatches(context)) {
      reportAt(context, m.offset, m.endOffset, m.message, { actual: m.actual, expected: m.expected });
    }
  },
};
