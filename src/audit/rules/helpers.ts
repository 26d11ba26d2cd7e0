/** Small helpers the rules share: options, excerpts, a per-document cache of what the text helpers find. */
import type { Course } from "../../model.js";
import type { DocumentContext, SourceDocument } from "../rule.js";
import { type DateMatch, describeLooseDate, formatUk } from "../text/dates.js";
import {
  type ContentsList,
  findContents,
  findHeadings,
  findLeadMentions,
  findTrainingLines,
  type HeadingText,
  joinWrappedLines,
  type LeadMention,
  type Line,
  nameKey,
  type ReviewStatement,
  readingText,
  splitLines,
  type TrainingLine,
  tableBlockLeads,
  titleKey,
  withoutMisreadTableRoles,
} from "../text/find.js";
import { withInsertedNames } from "../text/glued-names.js";

export function numberOption(options: Record<string, unknown>, key: string, fallback: number): number {
  const value = options[key];
  return typeof value === "number" && Number.isFinite(value) ? value : fallback;
}

export interface Analysis {
  lines: Line[];
  leads: LeadMention[];
  training: TrainingLine[];
  headings: HeadingText[];
  contents: ContentsList | undefined;
  /**
   * The leads the reader's table blocks name (tableBlockLeads over the document's table blocks): lead-missing,
   * deputy-missing and training-missing each ask for them when the text names nobody for a role.
   */
  tableLeads: LeadMention[];
}

type CacheEntry = Partial<Analysis> & { text: string; reading: string; lines: Line[] };
const cache = new WeakMap<SourceDocument, CacheEntry>();

/**
 * "… if it is about the DSL. The DSL" at the foot of a PDF's page, then the running footer "Cragside Climbing · Unit
 * 4, …": the role's sentence goes on over the page break, and the footer's words the lead reader ran on to are page
 * furniture, not the role's holder. A name that lies in a page header or footer where its role's words do not is no
 * name: the mention stays, naming nobody. A header or footer that names a lead itself ("DSL: Ann Lee") is kept.
 */
function withoutFurnitureNames(leads: LeadMention[], document: SourceDocument): LeadMention[] {
  const furniture = (document.blocks ?? []).filter((b) => (b.place?.region ?? b.region) !== undefined);
  if (furniture.length === 0) return leads;
  const inFurniture = (at: number) => furniture.some((b) => b.offset <= at && at < b.endOffset);
  return leads.map((lead) => {
    if (
      !lead.name ||
      lead.nameOffset === undefined ||
      !inFurniture(lead.nameOffset) ||
      inFurniture(lead.offset)
    )
      return lead;
    const { name, names, nameOffset, nameEndOffset, ...rest } = lead;
    return rest;
  });
}

/** What the text helpers find in a document, computed once per document and shared by the rules. */
export function analyse(document: SourceDocument): Analysis {
  let entry = cache.get(document);
  if (!entry || entry.text !== document.text) {
    // Hard-wrapped prose is read with each paragraph on one line (same offsets); see readingText.
    const reading = readingText(document);
    entry = { text: document.text, reading, lines: splitLines(reading) };
    cache.set(document, entry);
  }
  const e = entry;
  const { lines } = e;
  return {
    lines,
    get leads() {
      if (!e.leads) {
        const plainText = document.format === "pdf" || document.format === "txt";
        const text = plainText ? joinWrappedLines(document.text) : e.reading;
        const found = findLeadMentions(text, plainText ? splitLines(text) : lines, document.text);
        // A PDF's table its text runs over short lines: the names its block ties to a role column are the role's.
        const tables =
          document.format === "pdf" ? (document.blocks?.filter((b) => b.kind === "table") ?? []) : [];
        const read = tables.length ? withoutMisreadTableRoles(found, document.text, tables) : found;
        // "Mr Dean HalloranKwame Osei-Bonsu": a tracked change's struck-through name glued to the inserted one.
        const glued = plainText ? withInsertedNames(read, document.text) : read;
        e.leads = withoutFurnitureNames(glued, document);
      }
      return e.leads;
    },
    get training() {
      // A PDF's tables as its reader found them (rows × cells), which its text breaks over short lines.
      e.training ??= findTrainingLines(
        e.reading,
        lines,
        this.leads,
        document.blocks?.filter((b) => b.kind === "table") ?? [],
        document.format === "pdf",
        document.pages,
      );
      return e.training;
    },
    get headings() {
      // A PDF's tables as its reader found them: a template's section titles may be their first cells.
      e.headings ??= findHeadings(
        document.outline.headings,
        lines,
        document.format === "pdf" ? (document.blocks?.filter((b) => b.kind === "table") ?? []) : [],
      );
      return e.headings;
    },
    get contents() {
      if (!("contents" in e)) e.contents = findContents(lines);
      return e.contents;
    },
    get tableLeads() {
      if (!e.tableLeads) {
        const found = tableBlockLeads(
          document.text,
          document.blocks?.filter((b) => b.kind === "table") ?? [],
          undefined,
          this.leads,
        );
        const plainText = document.format === "pdf" || document.format === "txt";
        e.tableLeads = plainText ? withInsertedNames(found, document.text) : found;
      }
      return e.tableLeads;
    },
  };
}

/** Bold or emphasis marks ("**", "***", "**_", "__") alone: not a blank's run of underscores, nor a lone asterisk. */
const EMPHASIS_MARKS = /(?<![*_])(?:\*{2,3}|\*\*_|_\*\*|__)(?![*_])/g;

/** The words between two offsets, on one line, trimmed and capped for a report: the words, not their bold marks. */
export function excerpt(text: string, offset: number, endOffset: number, max = 120): string {
  // A Markdown table cell's "<br>" is a line break where the reader sees one, so a space in the quoted place.
  const value = text
    .slice(offset, endOffset)
    .replace(/<br\s*\/?>/gi, " ")
    .replace(EMPHASIS_MARKS, "")
    .replace(/\s+/g, " ")
    .trim();
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/** Reports a place in the document with its excerpt. */
export function reportAt(
  context: DocumentContext,
  offset: number,
  endOffset: number,
  message: string,
  extra: { actual?: string; expected?: string; subject?: string } = {},
): void {
  context.report({
    message,
    offset,
    endOffset,
    excerpt: excerpt(context.document.text, offset, endOffset),
    ...extra,
  });
}

/** Where a document-wide finding points when nothing in the text is to blame: its first non-blank line. */
export function firstLine(context: DocumentContext): { offset: number; endOffset: number } {
  const line = analyse(context.document).lines.find((l) => l.text.trim() !== "");
  return line ? { offset: line.offset, endOffset: line.endOffset } : { offset: 0, endOffset: 0 };
}

/** Subjects (see ReportDescriptor.subject) that a setting's data and its documents both give. */
export const subjects = {
  /** The next review date, when a document gives a whole day. */
  nextReview(date: string | undefined): string {
    return `next-review ${date ?? "none"}`;
  },
  /**
   * A document's next review date as the setting's data would give it: a whole day, or a week ("w/c 30 November
   * 2026") by the day it starts on, the day written (a setting's next_review is that day); a month or a term none.
   */
  reviewInDocument(match: DateMatch): string | undefined {
    const { precision, first } = match.date;
    return precision === "day" || precision === "week" ? subjects.nextReview(first) : undefined;
  },
  noLead(role: "dsl" | "deputy"): string {
    return `no-lead ${role}`;
  },
  untrained(name: string): string {
    return `untrained ${nameKey(name)}`;
  },
  training(name: string, course: string, date?: string): string {
    return `training ${nameKey(name)}\u0000${titleKey(course)}\u0000${date ?? "undated"}`;
  },
};

/** The catalogue course a line of text names (longest name wins: "Early Years Designated Safeguarding Lead training"). */
export function courseInText(text: string, courses: readonly Course[]): Course | undefined {
  const key = ` ${titleKey(text)} `;
  let best: Course | undefined;
  for (const course of courses) {
    const name = ` ${titleKey(course.name)} `;
    if ((key.includes(name) || key.trim() === course.id) && (!best || course.name.length > best.name.length))
      best = course;
  }
  return best;
}

/** Every string in a value with its YAML path (setting data), skipping the loader's own fields. */
export function* stringsIn(
  value: unknown,
  path: Array<string | number> = [],
): Generator<[string, Array<string | number>]> {
  if (typeof value === "string") {
    yield [value, path];
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* stringsIn(item, [...path, i]);
    return;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (path.length === 0 && key === "source") continue;
      yield* stringsIn(item, [...path, key]);
    }
  }
}

/**
 * "August 2019" → "the end of August 2019"; "w/c 30 November 2026" → "the end of the week commencing 30 November
 * 2026 (6 December 2026)"; "Summer Term 2018" → "Summer Term 2018 (31 August 2018)".
 */
export function deadlineWords(match: DateMatch): string {
  const { date } = match;
  if (date.precision === "day") return formatUk(date.first);
  if (date.precision === "month") return `the end of ${describeLooseDate(match)}`;
  if (date.precision === "week") return `the end of ${describeLooseDate(match)} (${formatUk(date.last)})`;
  return `${match.text.trim()} (${formatUk(date.last)})`;
}

/** Where a review finding points: the label and its date when they share a line, else the date alone. */
export function reviewRange(
  text: string,
  statement: ReviewStatement & { date: DateMatch },
): [number, number] {
  // A date before its label, in the row's first cell ("| June 2026 | Next review |"): from the date to the label.
  if (statement.date.offset < statement.offset) return [statement.date.offset, statement.endOffset];
  const between = text.slice(statement.offset, statement.date.offset);
  return between.includes("\n")
    ? [statement.date.offset, statement.date.endOffset]
    : [statement.offset, statement.date.endOffset];
}

/** A course name as a noun phrase: "Prevent awareness" → "Prevent awareness training"; "DSL training" stays. */
export function trainingWords(course: string): string {
  return /\b(?:training|course|update|refresher|induction|awareness training)\s*$/i.test(course)
    ? course
    : `${course} training`;
}

/** "Jane Smith's", "Mrs Jones's"; a group in the plural, its last word not a name: "All volunteers'", "New starters'". */
export function possessive(written: string): string {
  const name = spokenName(written);
  return /\s\p{Ll}[\p{L}'’-]*s$/u.test(name) || /^(?:all|every|each)\s.*s$/i.test(name)
    ? `${name}'`
    : `${name}'s`;
}

/** A name as a message says it: on one line, one space between its words ("Mr Kieran\n    Ashworth" wrapped in the source). */
export function spokenName(name: string): string {
  return name.replace(/\s+/g, " ").trim();
}

/** "Jane Smith's Prevent awareness training", "The training on this line for Jane Smith", "Prevent awareness training". */
export function whoseTraining(what: string, leadName: string | undefined): string {
  const phrase = what.startsWith("the training on this line")
    ? `${what}${leadName ? ` for ${spokenName(leadName)}` : ""}`
    : `${leadName ? `${possessive(leadName)} ` : ""}${what}`;
  return phrase.replace(/^./, (c) => c.toUpperCase());
}

/**
 * The document's number of pages where the file says it: a PDF's pages as its reader found them, a Word file's page
 * count as it was saved; undefined for Markdown, HTML, text and a Word file that records none.
 */
export function knownPageCount(document: SourceDocument): number | undefined {
  if (document.format === "pdf") return document.pages?.length;
  return document.format === "docx" ? document.pageCount : undefined;
}
