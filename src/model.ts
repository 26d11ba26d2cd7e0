/**
 * The domain types every stage shares. Data flows one way:
 * load (src/data) → fill templates (src/template) → render (src/render) → audit (src/audit) → report (src/report).
 */
import type { Root } from "mdast";

/** A place in a source file, 1-based like every editor. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

// ---------------------------------------------------------------------------
// Partnership data (partnership.yaml): kept once, shared by every setting.
// ---------------------------------------------------------------------------

/** One service in an area's contact directory (front door, LADO, police …). */
export interface Contact {
  name: string;
  phone?: string;
  email?: string;
  website?: string;
  hours?: string;
  notes?: string;
}

/** The well-known contact keys; an area may add others (e.g. `early_help`, `prevent`). */
export type ContactKey = "front_door" | "out_of_hours" | "lado" | "police" | "partnership" | string;

export interface Area {
  id: string;
  name: string;
  /** Local name of the early help offer, e.g. "Targeted Early Help". */
  early_help_name?: string;
  procedures_website?: string;
  /** Ordered: the order here is the order in the contacts table. */
  contacts: Record<ContactKey, Contact>;
}

export interface Course {
  id: string;
  name: string;
  /** How long a completion stays valid; undefined = no expiry. */
  validity_months?: number;
  /** Lead roles this course counts as safeguarding training for. */
  roles?: LeadRole[];
  /** True when this course is the formal designated-lead training (2-year rule). */
  dsl_training?: boolean;
}

export type RuleSeverity = "off" | "warning" | "error";
/** ESLint style: `"error"`, or `["error", { months: 24 }]`. */
export type RuleSetting = RuleSeverity | [RuleSeverity] | [RuleSeverity, Record<string, unknown>];

export interface Waiver {
  setting: string;
  rule: string;
  reason: string;
  expires: string; // YYYY-MM-DD
}

export interface Partnership {
  name: string;
  short_name?: string;
  website?: string;
  procedures_website?: string;
  email?: string;
  areas: Area[];
  courses: Course[];
  rules?: Record<string, RuleSetting>;
  waivers?: Waiver[];
  /**
   * Days a setting has to approve a new model version, counted from that version's changelog date; after
   * them approval-outdated is an error, not a warning (default 60).
   */
  approval_grace_days?: number;
  /** Where the file was read from, for messages. */
  source: string;
}

// ---------------------------------------------------------------------------
// A setting (orgs/<id>.yaml).
// ---------------------------------------------------------------------------

export type LeadRole = "dsl" | "deputy" | "team" | "governor" | "trustee";

export interface TrainingRecord {
  /** A course id from the partnership's catalogue, or free text for other courses. */
  course: string;
  /** ISO date YYYY-MM-DD (YYYY-MM is accepted and means the 1st of the month). */
  date?: string;
  provider?: string;
}

export interface Lead {
  role: LeadRole;
  name: string;
  title?: string;
  email?: string;
  phone?: string;
  training?: TrainingRecord[];
}

/** The governors' (trustees', proprietor's) approval of the policy, and the model text they approved. */
export interface Approval {
  date: string;
  by: string;
  /** The partnership model version approved, e.g. "2025.1": each template as it was in that version. */
  model_version?: string;
  /** A template approved at another version than model_version, by template id: { "referral-guide": "2026.1" }. */
  templates?: Record<string, string>;
}

export interface PolicyDates {
  written?: string;
  approved?: Approval;
  last_reviewed?: string;
  next_review?: string;
  version?: string;
  /** Who owns the policy, e.g. "Headteacher". */
  responsible?: string;
}

export interface Setting {
  id: string;
  name: string;
  /** A key of data/setting-types.yaml: school, academy, nursery, childminder, charity, students-union … */
  type: string;
  area: string;
  address?: string;
  website?: string;
  phone?: string;
  email?: string;
  /** Path to a logo image (PNG/JPEG), relative to the setting file, with alt text. */
  logo?: { path: string; alt: string };
  /** The body that approves the policy: "governing body", "board of trustees" … (default from the type). */
  governing_body?: string;
  policy: PolicyDates;
  leads: Lead[];
  /** Named slots in the templates that this setting fills with its own Markdown. */
  sections?: Record<string, string>;
  /** Template ids to build for this setting (default: every template that applies to its type). */
  templates?: string[];
  /** Where the file was read from, for messages. */
  source: string;
}

export interface SettingType {
  id: string;
  label: string;
  /** Groups usable in `:::when{type="…"}`: schools, early-years, voluntary, students-union … */
  groups: string[];
  governing_body: string;
}

// ---------------------------------------------------------------------------
// Templates and the documents made from them.
// ---------------------------------------------------------------------------

export interface ChangeLogEntry {
  version: string;
  date: string;
  changes: string;
}

export interface TemplateMeta {
  id: string;
  title: string;
  version: string;
  /** Setting types or groups; ["all"] for every setting. */
  applies_to: string[];
  review_cycle_months: number;
  /** Prefix level-2 and level-3 headings with "1.", "1.1" … */
  number_headings: boolean;
  changelog: ChangeLogEntry[];
  /** The template's Markdown file. */
  source: string;
}

/** A heading of the filled document, for contents lists, outlines and bookmarks. */
export interface HeadingInfo {
  depth: number;
  /** The heading's text as shown, including its number ("3. Definitions"). */
  text: string;
  /** Stable slug, unique within the document; also set as heading.data.id and hProperties.id. */
  id: string;
}

/**
 * Everything a renderer needs: the filled mdast tree plus document metadata.
 * The tree contains only standard mdast/GFM nodes (heading, paragraph, text, emphasis, strong,
 * inlineCode, code, link, list, listItem, table, tableRow, tableCell, blockquote, thematicBreak, break)
 * and one extension node, `{ type: "toc" }`, where the contents list goes.
 */
export interface PolicyDocument {
  setting: Setting;
  template: TemplateMeta;
  tree: Root;
  headings: HeadingInfo[];
  meta: DocumentMeta;
}

export interface DocumentMeta {
  /** "Child Protection Policy" */
  title: string;
  /** "Acorns Day Nursery" */
  settingName: string;
  /** Author / company: the setting. */
  author: string;
  subject: string;
  keywords: string[];
  language: "en-GB";
  version: string;
  /** ISO date of the next review, if known. */
  nextReview?: string;
  /** The same as people read it: "10 September 2026". */
  nextReviewText: string;
  /**
   * The document's own date (ISO, e.g. last reviewed or written date, or SOURCE_DATE_EPOCH).
   * Renderers put THIS in creation/modification dates, never the clock.
   */
  date: string;
  logo?: { data: Uint8Array; alt: string; type: "png" | "jpg"; width: number; height: number };
}

declare module "mdast" {
  interface TocNode extends Node {
    type: "toc";
  }
  interface RootContentMap {
    toc: TocNode;
  }
  interface BlockContentMap {
    toc: TocNode;
  }
}

// ---------------------------------------------------------------------------
// Findings (audit) and build problems. Shaped like a vfile message.
// ---------------------------------------------------------------------------

export type Severity = "error" | "warning";

export interface Finding {
  ruleId: string;
  severity: Severity;
  /** Plain words: what is wrong and what to do. */
  message: string;
  file: string;
  line?: number;
  column?: number;
  endLine?: number;
  endColumn?: number;
  /** The words the finding is about, quoted from the source. */
  excerpt?: string;
  settingId?: string;
  actual?: string;
  expected?: string;
  url?: string;
  /**
   * Documents: where the finding is, in words a person can find in the original — "page 3" (PDF), "section 6
   * Recognition of harm, paragraph 2" or "page footer" (Word, HTML), "line 12" (Markdown, text).
   */
  location?: string;
  /** The same place, in parts (PDF page; Word/HTML section, paragraph, table row, page header or footer). */
  place?: FindingPlace;
}

export interface FindingPlace {
  page?: number;
  section?: string;
  paragraph?: number;
  row?: number;
  region?: "header" | "footer";
}
