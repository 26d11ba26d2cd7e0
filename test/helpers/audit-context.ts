/**
 * Runs one audit rule on inline fixtures, without the engine: `checkText(rule, markdown, { asOf })` returns
 * what the rule reported for a document, `checkSetting(rule, partialSetting, { asOf })` for setting data.
 * The partnership defaults to the fixture project's partnership.yaml (test/fixtures/project).
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import type { Block } from "../../src/audit/document/blocks.js";
import type { ReportDescriptor, Rule, SourceDocument } from "../../src/audit/rule.js";
import { analyse } from "../../src/audit/rules/helpers.js";
import { rule as reviewDateMissing } from "../../src/audit/rules/review-date-missing.js";
import { rule as reviewDueSoon } from "../../src/audit/rules/review-due-soon.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import "../../src/audit/reference-data-node.js";
import { sourceText } from "../../src/audit/sources/read-document.js";
import { findLeadMentions } from "../../src/audit/text/find.js";
import type { Partnership, Setting, SettingType } from "../../src/model.js";

const FIXTURE_PARTNERSHIP = fileURLToPath(new URL("../fixtures/project/partnership.yaml", import.meta.url));
const SETTING_TYPES = fileURLToPath(new URL("../../data/setting-types.yaml", import.meta.url));

let partnershipCache: Partnership | undefined;
export function fixturePartnership(): Partnership {
  partnershipCache ??= {
    ...(parse(readFileSync(FIXTURE_PARTNERSHIP, "utf8")) as Omit<Partnership, "source">),
    source: "partnership.yaml",
  };
  return partnershipCache;
}

let typesCache: Map<string, SettingType> | undefined;
export function settingTypes(): Map<string, SettingType> {
  typesCache ??= new Map((parse(readFileSync(SETTING_TYPES, "utf8")) as SettingType[]).map((t) => [t.id, t]));
  return typesCache;
}

/** A complete, correct setting (Riverbend nursery) that tests override piece by piece. */
export function sampleSetting(overrides: Partial<Setting> = {}): Setting {
  return {
    id: "acorns-day-nursery",
    name: "Acorns Day Nursery",
    type: "nursery",
    area: "riverbend",
    phone: "0113 496 0711",
    email: "office@acorns-nursery.example.org",
    policy: { written: "2023-09-01", last_reviewed: "2025-09-15", next_review: "2026-09-15", version: "4.0" },
    leads: [
      {
        role: "dsl",
        name: "Priya Marsh",
        title: "Nursery Manager",
        email: "priya.marsh@acorns-nursery.example.org",
        phone: "0113 496 0712",
        training: [{ course: "early-years-dsl", date: "2025-03-12" }],
      },
      {
        role: "deputy",
        name: "Tom Okafor",
        title: "Deputy Manager",
        email: "tom.okafor@acorns-nursery.example.org",
        training: [{ course: "early-years-dsl", date: "2025-06-20" }],
      },
    ],
    source: "orgs/acorns-day-nursery.yaml",
    ...overrides,
  };
}

export interface CheckOptions {
  asOf: string;
  options?: Record<string, unknown>;
  setting?: Setting;
  partnership?: Partnership;
  format?: SourceDocument["format"];
}

export function toDocument(text: string, format: SourceDocument["format"] = "md"): SourceDocument {
  return { file: `policy.${format}`, format, ...sourceText(text, format) };
}

function mergedOptions(rule: Rule, options?: Record<string, unknown>): Record<string, unknown> {
  return { ...(rule.meta.defaultOptions ?? {}), ...(options ?? {}) };
}

/** Runs a rule's document check on a document as a reader gave it; returns what it reported. */
export function checkDocument(
  rule: Rule,
  document: SourceDocument,
  check: Omit<CheckOptions, "format">,
): ReportDescriptor[] {
  if (!rule.checkDocument) throw new Error(`${rule.meta.id} has no document check`);
  const reported: ReportDescriptor[] = [];
  rule.checkDocument({
    asOf: check.asOf,
    options: mergedOptions(rule, check.options),
    partnership: check.partnership ?? fixturePartnership(),
    settingTypes: settingTypes(),
    document,
    setting: check.setting,
    report: (d) => reported.push(d),
  });
  return reported;
}

/** Runs a rule's document check on Markdown (or plain) text; returns what it reported. */
export function checkText(rule: Rule, text: string, check: CheckOptions): ReportDescriptor[] {
  const reported = checkDocument(rule, toDocument(text, check.format), check);
  for (const d of reported) {
    if (d.offset === undefined || d.endOffset === undefined)
      throw new Error(`${rule.meta.id} reported without an offset`);
    if (d.offset < 0 || d.endOffset > text.length || d.endOffset < d.offset)
      throw new Error(`${rule.meta.id} reported a bad range`);
  }
  return reported;
}

const REVIEW_RULES = [reviewDateMissing, reviewOverdue, reviewDueSoon];

/** The review rules (date missing, overdue, due soon) over one text, each finding with its rule's id. */
export function reviewFindings(text: string, asOf: string): Array<ReportDescriptor & { rule: string }> {
  return REVIEW_RULES.flatMap((rule) =>
    checkText(rule, text, { asOf }).map((f) => ({ ...f, rule: rule.meta.id })),
  );
}

/** The review rules over a document as a reader gave it (a PDF's text with its table blocks): [rule id, message]. */
export function reviewDocumentFindings(document: SourceDocument, asOf: string): string[][] {
  return REVIEW_RULES.flatMap((rule) =>
    checkDocument(rule, document, { asOf }).map((f) => [rule.meta.id, f.message]),
  );
}

/** Runs a rule's setting check on a setting (sampleSetting() with the given fields replaced). */
export function checkSetting(
  rule: Rule,
  setting: Partial<Setting>,
  check: Omit<CheckOptions, "setting" | "format">,
): ReportDescriptor[] {
  if (!rule.checkSetting) throw new Error(`${rule.meta.id} has no setting check`);
  const reported: ReportDescriptor[] = [];
  rule.checkSetting({
    asOf: check.asOf,
    options: mergedOptions(rule, check.options),
    partnership: check.partnership ?? fixturePartnership(),
    settingTypes: settingTypes(),
    setting: sampleSetting(setting),
    report: (d) => reported.push(d),
  });
  for (const d of reported)
    if (!d.path) throw new Error(`${rule.meta.id} reported setting data without a path`);
  return reported;
}

/** The reported text ranges, for compact assertions. */
export function excerpts(reported: ReportDescriptor[], text: string): string[] {
  return reported.map((d) => text.slice(d.offset ?? 0, d.endOffset ?? 0));
}

/** An old hand-written policy with the usual problems. */
export const OLD_POLICY = `# Child Protection Policy (GROUP / ORGANISATION)

Designated Safeguarding Lead: Jane Smith
Safeguarding Thresholds Training – January 2018
Level 3 Designated Safeguarding Lead training – date

Deputy Designated Safeguarding Lead: (name)

Next review date: August 2019

We work with the Local Safeguarding Children Board and follow Working Together to Safeguard Children 2015.
For the procedures [click here](#).
`;

/** The names a document gives for the lead (dsl) or a deputy, each once, in the order the reader found them. */
export function namesFor(text: string, format: SourceDocument["format"], role: "dsl" | "deputy"): string[] {
  const leads = analyse(toDocument(text, format)).leads;
  return [...new Set(leads.filter((m) => m.role === role && !m.team).flatMap((m) => m.names ?? []))];
}

/** The names the lead finder reads for one role ("dsl" or "deputy"), in the order it finds them. */
export function leadNamesOf(text: string, role: "dsl" | "deputy"): string[] {
  return findLeadMentions(text)
    .filter((m) => m.role === role && m.name)
    .map((m) => m.name as string);
}

/**
 * A PDF as its reader gives it: each paragraph's lines wrapped at the page's width, one block a paragraph, no blank
 * lines between. A part given as a string is a heading line numbered "N. Title".
 */
export function pdfOfParagraphs(parts: Array<string | string[]>): SourceDocument {
  let text = "";
  const blocks: Block[] = [];
  for (const part of parts) {
    const offset = text.length;
    if (typeof part === "string") {
      const [, number, title] = /^(\d+)\. (.*)$/.exec(part) as RegExpExecArray;
      text += `${part}\n`;
      blocks.push({
        kind: "heading",
        depth: 2,
        number,
        title,
        offset,
        endOffset: text.length - 1,
        place: { page: 1 },
      });
    } else {
      text += `${part.join("\n")}\n`;
      blocks.push({ kind: "paragraph", offset, endOffset: text.length - 1, place: { page: 1 } });
    }
  }
  return {
    file: "policy.pdf",
    format: "pdf",
    text,
    blocks,
    outline: { headings: [], links: [] },
    pages: [0],
  };
}
