/** The generated parts of a policy (::leads-table, ::training-table, ::contacts …) as plain mdast. */
import type { PhrasingContent, RootContent, Table, TableCell } from "mdast";
import type { Area, Lead, LeadRole, Partnership, Setting, TemplateMeta } from "../model.js";
import { addMonthsIso, formatUkDate } from "./dates.js";

type Cell = string | PhrasingContent[];

export function table(header: string[], rows: Cell[][]): Table {
  const cell = (content: Cell): TableCell => ({
    type: "tableCell",
    children:
      typeof content === "string" ? (content === "" ? [] : [{ type: "text", value: content }]) : content,
  });
  return {
    type: "table",
    align: header.map(() => null),
    children: [header, ...rows].map((row) => ({ type: "tableRow", children: row.map(cell) })),
  };
}

function paragraph(text: string): RootContent {
  return { type: "paragraph", children: [{ type: "text", value: text }] };
}

const ROLE_LABELS: Record<LeadRole, string> = {
  dsl: "Designated safeguarding lead",
  deputy: "Deputy designated safeguarding lead",
  team: "Safeguarding team",
  governor: "Safeguarding governor",
  trustee: "Safeguarding trustee",
};

export function roleLabel(role: LeadRole): string {
  return ROLE_LABELS[role];
}

function emailLink(email: string | undefined): Cell {
  return email ? [{ type: "link", url: `mailto:${email}`, children: [{ type: "text", value: email }] }] : "";
}

function webLink(url: string | undefined): Cell {
  return url
    ? [{ type: "link", url, children: [{ type: "text", value: url.replace(/^https?:\/\//, "") }] }]
    : "";
}

export function policyDetails(setting: Setting, template: TemplateMeta): RootContent[] {
  const p = setting.policy ?? {};
  const rows: Cell[][] = [["Setting", setting.name]];
  if (setting.address) rows.push(["Address", setting.address]);
  rows.push(["Policy version", p.version ?? template.version]);
  rows.push(["Based on", `${template.title}, model version ${template.version}`]);
  if (p.written) rows.push(["Date written", formatUkDate(p.written)]);
  if (p.approved) rows.push(["Approved", `${formatUkDate(p.approved.date)} by ${p.approved.by}`]);
  if (p.last_reviewed) rows.push(["Last reviewed", formatUkDate(p.last_reviewed)]);
  rows.push(["Next review", p.next_review ? formatUkDate(p.next_review) : "No date set"]);
  if (p.responsible) rows.push(["Responsible for this policy", p.responsible]);
  return [table(["Policy details", ""], rows)];
}

const ROLE_ORDER: LeadRole[] = ["dsl", "deputy", "team", "governor", "trustee"];

function sortedLeads(leads: Lead[]): Lead[] {
  return [...leads].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

export function leadsTable(setting: Setting): RootContent[] {
  if (setting.leads.length === 0) return [paragraph("No safeguarding leads are recorded for this setting.")];
  return [
    table(
      ["Role", "Name", "Job title", "Email", "Phone"],
      sortedLeads(setting.leads).map((lead) => [
        roleLabel(lead.role),
        lead.name,
        lead.title ?? "",
        emailLink(lead.email),
        lead.phone ?? "",
      ]),
    ),
  ];
}

export function trainingTable(setting: Setting, partnership: Partnership): RootContent[] {
  const rows: Cell[][] = [];
  for (const lead of sortedLeads(setting.leads)) {
    if (!lead.training?.length) {
      rows.push([lead.name, roleLabel(lead.role), "No safeguarding training recorded", "", ""]);
      continue;
    }
    for (const record of lead.training) {
      const course = partnership.courses.find((c) => c.id === record.course);
      const renew =
        record.date && course?.validity_months
          ? formatUkDate(addMonthsIso(record.date, course.validity_months))
          : "";
      rows.push([
        lead.name,
        roleLabel(lead.role),
        course?.name ?? record.course,
        record.date ? formatUkDate(record.date) : "No date recorded",
        renew,
      ]);
    }
  }
  if (rows.length === 0) return [paragraph("No safeguarding leads are recorded for this setting.")];
  return [table(["Name", "Role", "Course", "Completed", "Renew by"], rows)];
}

/**
 * Each area's contacts table, made once and frozen: every policy of the area shares the very same block, which the
 * renderers then take from their caches at once (a frozen block is its own key) instead of comparing a new copy.
 */
const contactsTables = new WeakMap<Area, readonly RootContent[]>();

export function contactsTable(area: Area): RootContent[] {
  let made = contactsTables.get(area);
  if (!made) {
    made = deepFrozen(makeContactsTable(area));
    contactsTables.set(area, made);
  }
  return [...made];
}

function deepFrozen<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    for (const item of Object.values(value)) deepFrozen(item);
    Object.freeze(value);
  }
  return value;
}

function makeContactsTable(area: Area): RootContent[] {
  const rows: Cell[][] = Object.values(area.contacts).map((contact) => [
    contact.name,
    contact.phone ?? "",
    contact.email ? emailLink(contact.email) : webLink(contact.website),
    [contact.hours, contact.notes].filter(Boolean).join(" "),
  ]);
  return [table(["Service", "Phone", "Email or website", "When"], rows)];
}

export function documentHistory(setting: Setting, template: TemplateMeta): RootContent[] {
  const p = setting.policy ?? {};
  const rows: Array<[string, string, string]> = [];
  if (p.written) rows.push([p.written, p.version ?? "", `Policy written for ${setting.name}`]);
  if (p.approved) rows.push([p.approved.date, p.version ?? "", `Approved by ${p.approved.by}`]);
  if (p.last_reviewed && p.last_reviewed !== p.approved?.date)
    rows.push([p.last_reviewed, p.version ?? "", "Reviewed"]);
  for (const entry of template.changelog) rows.push([entry.date, `Model ${entry.version}`, entry.changes]);
  rows.sort((a, b) => (a[0] < b[0] ? 1 : a[0] > b[0] ? -1 : 0));
  if (rows.length === 0) return [paragraph("No history is recorded for this policy yet.")];
  return [
    table(
      ["Date", "Version", "What changed"],
      rows.map(([date, version, what]) => [formatUkDate(date), version, what]),
    ),
  ];
}
