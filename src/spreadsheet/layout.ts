/**
 * The layout of a setting's data-collection workbook, shared by the writer (collect) and the reader (import):
 * sheet names, column headings, the rows of the Setting sheet and the words used for lead roles.
 */
import type { Course, LeadRole } from "../model.js";

export const FORM_VERSION = 1;

export const SHEET = {
  instructions: "Instructions",
  setting: "Setting",
  leads: "Leads",
  training: "Training",
  /** Hidden: the setting id, the form version and the drop-down lists. */
  meta: "policysmith",
} as const;

export type FieldKind = "text" | "date" | "email" | "phone" | "url" | "version" | "model-version";

export interface SettingField {
  /** The label in column A of the Setting sheet; the reader finds rows by it. */
  label: string;
  /** Where it goes in orgs/<id>.yaml. */
  path: string[];
  kind: FieldKind;
  help: string;
  required?: boolean;
  /** Shown for reference, never imported. */
  readOnly?: boolean;
  /** A row later forms added: a workbook made before it may lack the row, and then the value is left as it is. */
  laterRow?: boolean;
}

export const SETTING_FIELDS: SettingField[] = [
  {
    label: "Setting id",
    path: ["id"],
    kind: "text",
    readOnly: true,
    help: "How the partnership knows your setting. You cannot change it here.",
  },
  {
    label: "Type",
    path: ["type"],
    kind: "text",
    readOnly: true,
    help: "Ask the partnership if this is wrong.",
  },
  {
    label: "Area",
    path: ["area"],
    kind: "text",
    readOnly: true,
    help: "Decides which local contact numbers your policy gives.",
  },
  {
    label: "Name",
    path: ["name"],
    kind: "text",
    required: true,
    help: "Your setting's full name, as it should appear on the policy.",
  },
  { label: "Address", path: ["address"], kind: "text", help: "Postal address on one line." },
  { label: "Website", path: ["website"], kind: "url", help: "Starts with https://" },
  { label: "Phone", path: ["phone"], kind: "phone", help: "Main phone number, e.g. 0113 496 0711" },
  { label: "Email", path: ["email"], kind: "email", help: "Main email address." },
  {
    label: "Policy written",
    path: ["policy", "written"],
    kind: "date",
    help: "When the policy was first written.",
  },
  {
    label: "Policy approved on",
    path: ["policy", "approved", "date"],
    kind: "date",
    help: "When it was last approved.",
  },
  {
    label: "Approved by",
    path: ["policy", "approved", "by"],
    kind: "text",
    help: "Who approved it, e.g. the governing body.",
  },
  {
    label: "Last reviewed",
    path: ["policy", "last_reviewed"],
    kind: "date",
    help: "When you last reviewed the policy.",
  },
  {
    label: "Next review",
    path: ["policy", "next_review"],
    kind: "date",
    help: "When you will next review it (at least once a year).",
  },
  { label: "Policy version", path: ["policy", "version"], kind: "version", help: "e.g. 4.0" },
  {
    label: "Responsible",
    path: ["policy", "responsible"],
    kind: "text",
    help: "The job title of the person who owns the policy.",
  },
  // Last, so the rows above keep their places in workbooks made before it.
  {
    label: "Approved model version",
    path: ["policy", "approved", "model_version"],
    kind: "model-version",
    laterRow: true,
    help: "The partnership's model version that approval covers, e.g. 2026.1: the version in the policy's \"Based on\" line when it was approved.",
  },
];

export interface Column {
  key: string;
  header: string;
  width: number;
  kind: FieldKind | "role" | "course" | "person";
  required?: boolean;
  help: string;
}

export const LEAD_COLUMNS: Column[] = [
  { key: "role", header: "Role", width: 30, kind: "role", required: true, help: "Pick from the list." },
  { key: "name", header: "Name", width: 26, kind: "text", required: true, help: "First name and surname." },
  { key: "title", header: "Job title", width: 26, kind: "text", help: "e.g. Deputy Headteacher" },
  { key: "email", header: "Email", width: 36, kind: "email", help: "Work email." },
  { key: "phone", header: "Phone", width: 18, kind: "phone", help: "Work phone, e.g. 0113 496 0712" },
];

export const TRAINING_COLUMNS: Column[] = [
  {
    key: "person",
    header: "Person",
    width: 26,
    kind: "person",
    required: true,
    help: "A name from the Leads sheet.",
  },
  { key: "course", header: "Course", width: 52, kind: "course", required: true, help: "Pick from the list." },
  { key: "date", header: "Date completed", width: 16, kind: "date", help: "Day/month/year, e.g. 15/10/2024" },
  { key: "provider", header: "Provider", width: 26, kind: "text", help: "Who ran it (optional)." },
];

/** Blank rows left under the prefilled ones for additions. */
export const SPARE_LEAD_ROWS = 10;
export const SPARE_TRAINING_ROWS = 30;

export const ROLE_LABELS: Record<LeadRole, string> = {
  dsl: "Designated safeguarding lead",
  deputy: "Deputy safeguarding lead",
  team: "Safeguarding team",
  governor: "Safeguarding governor",
  trustee: "Safeguarding trustee",
};

/** "Designated safeguarding lead", "dsl", " DSL " → "dsl". */
export function roleFromText(text: string): LeadRole | undefined {
  const key = text.trim().toLowerCase().replace(/\s+/g, " ");
  for (const [role, label] of Object.entries(ROLE_LABELS) as Array<[LeadRole, string]>)
    if (key === role || key === label.toLowerCase()) return role;
  if (key === "deputy dsl" || key === "ddsl") return "deputy";
  return undefined;
}

/** Names compared without case, extra spaces or dots: "  priya  MARSH" = "Priya Marsh". */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[.,]/g, " ").replace(/\s+/g, " ").trim();
}

/** A course by its id or its catalogue name (case and spaces ignored). */
export function courseFromText(text: string, courses: readonly Course[]): Course | undefined {
  const key = nameKey(text);
  return courses.find((c) => c.id.toLowerCase() === key) ?? courses.find((c) => nameKey(c.name) === key);
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{1,20}$/;
export const URL_PATTERN = /^https?:\/\/[^\s]+$/i;
