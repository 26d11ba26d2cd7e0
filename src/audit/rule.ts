/**
 * The contract between the audit engine and its rules (ESLint/remark-lint style).
 * A rule knows nothing of severity, waivers or output formats: it reports what it found and where;
 * the engine stamps ruleId, severity, file, settingId and url afterwards, and turns a rule that throws into
 * a finding instead of a crash.
 */
import type { Partnership, Setting, SettingType, Severity, TemplateMeta } from "../model.js";
import type { Block } from "./document/blocks.js";

export interface RuleMeta {
  /** Public id, kebab-case, e.g. "training-stale". Users' configs refer to it. */
  id: string;
  /** One paragraph: what it catches, why it matters, how to fix it. */
  description: string;
  defaultSeverity: Severity;
  /** JSON Schema (ajv) for the rule's options object, if it takes any. */
  optionsSchema?: Record<string, unknown>;
  /** Default option values. */
  defaultOptions?: Record<string, unknown>;
}

/** Where a finding points: a YAML path in a setting file, or a place in a document's extracted text. */
export interface ReportDescriptor {
  /** Plain words: what is wrong and what to do. */
  message: string;
  /** Data rules: the YAML path of the node it is about, e.g. ["leads", 0, "training", 1, "date"]. */
  path?: Array<string | number>;
  /** Document rules: 0-based offset range in SourceDocument.text (engine maps it to line/column). */
  offset?: number;
  endOffset?: number;
  /** The words the finding is about, quoted from the source. */
  excerpt?: string;
  actual?: string;
  expected?: string;
  /**
   * What the finding is about, in words that a setting's data and a document built from it share (the same
   * person, course and date; the same review date). A document's finding with the same rule, setting and
   * subject as a finding in the setting's data is the same problem: the engine reports it once, at the data.
   * Leave it out when unsure — two problems must never be merged.
   */
  subject?: string;
  /**
   * Raises this finding to an error whatever the rule's configured severity (approval-outdated once its grace
   * period has passed). A rule can never lower a severity.
   */
  severity?: "error";
}

/** A policy document reduced to Markdown text, whatever it came from (.docx, .pdf, .md, .txt, .html). */
export interface SourceDocument {
  file: string;
  format: "docx" | "pdf" | "md" | "txt" | "html";
  /** Markdown text of the document; finding positions refer to it (1-based line/column after mapping). */
  text: string;
  /** The headings and links in `text`, as the reader found them (a tagged PDF's headings from its structure tree, an untagged one's from its layout; empty for plain text). */
  outline: Outline;
  /**
   * The document model: its headings, paragraphs, list items and tables in order, each with its range in
   * `text` and its place (PDF page; Word/HTML section and paragraph; Markdown/text line). See document/blocks.ts.
   */
  blocks: Block[];
  /** PDF: where each page starts in `text` (0-based offsets, page 1 first). */
  pages?: number[];
  /**
   * Word: how many pages the program that last saved the file laid out (docProps/app.xml's `<Pages>`, which Word
   * and LibreOffice write on save); absent when the file does not say, or says 0 or something not a number.
   */
  pageCount?: number;
  /** The setting this document belongs to, when known (output/<setting-id>/… or matched by name). */
  settingId?: string;
}

/** A heading in a document: its plain words, and its place in SourceDocument.text (the whole line). */
export interface OutlineHeading {
  depth: number;
  text: string;
  offset: number;
  endOffset: number;
}

/** A link in a document: its address, its plain words, its place in the text and the block holding it. */
export interface OutlineLink {
  url: string;
  text: string;
  offset: number;
  endOffset: number;
  /** The paragraph, list item, table cell or heading the link sits in. */
  blockOffset: number;
  blockEnd: number;
}

/**
 * A place a link can point at ("#name"): an HTML `id`/`name` attribute (Word bookmarks arrive from mammoth as
 * `<a id="…">`), a Markdown heading's GitHub slug, an explicit `{#id}` on a Markdown heading, or an `<a id|name>`
 * written in Markdown. `offset` is where the text it marks starts in SourceDocument.text.
 */
export interface OutlineAnchor {
  id: string;
  offset: number;
}

export interface Outline {
  headings: OutlineHeading[];
  links: OutlineLink[];
  /** Every link target the document has (empty for PDF and plain text; absent only from old callers). */
  anchors?: OutlineAnchor[];
}

export interface RuleContextBase {
  /** YYYY-MM-DD: every date rule measures against this, never the clock. */
  asOf: string;
  /** The rule's options: defaultOptions merged with the user's. */
  options: Record<string, unknown>;
  partnership: Partnership;
  settingTypes: ReadonlyMap<string, SettingType>;
  /** The model's templates as loaded (versions and changelogs), for rules about the approved model. */
  templates?: readonly TemplateMeta[];
  report(descriptor: ReportDescriptor): void;
}

/** Sections added, removed and changed in a template since the version the setting approved (setting rules). */
export type SectionChangesOf = (
  templateId: string,
) => { added: string[]; removed: string[]; changed: string[] } | undefined;

export interface SettingContext extends RuleContextBase {
  setting: Setting;
  /** Given when the Node shell could compare the kept past model version with the current one. */
  sectionChanges?: SectionChangesOf;
}

export interface DocumentContext extends RuleContextBase {
  document: SourceDocument;
  /** The setting's data, when the document is known to belong to one. */
  setting?: Setting;
}

export interface Rule {
  meta: RuleMeta;
  /** Checks a setting's YAML data. */
  checkSetting?(context: SettingContext): void;
  /** Checks a policy document's text. */
  checkDocument?(context: DocumentContext): void;
}
