/**
 * Check one policy the way `policysmith audit` checks a file, from its bytes: what the self-service page runs on
 * the file a person drops on it (nothing is uploaded — this runs in the browser), and the same code the CLI runs.
 *
 *   const findings = await checkPolicy(bytes, "Our policy.docx", data, { asOf: "2026-12-01" });
 *
 * `data` is plain JSON (auditDataFromProject in audit-data-node.ts writes it from a project in Node). Findings are
 * src/model.ts's Finding: message (what is wrong and what to do), severity, ruleId, and `location` — the page,
 * section and paragraph, or line, where a person finds it. A file that cannot be read gives one "unreadable"
 * finding saying why, never a thrown error.
 */
import { checkSourceDocument, type EngineFinding, unreadableFindings } from "../audit/check-document.js";
import { resolveRules } from "../audit/config.js";
import { provideReferenceData, type ReferenceData } from "../audit/reference-data.js";
import type { SourceDocument } from "../audit/rule.js";
import { rules } from "../audit/rules/index.js";
import type { PageProgress } from "../audit/sources/pdf.js";
import { readDocumentBytes } from "../audit/sources/read-bytes.js";
import type { Finding, Partnership, SettingType } from "../model.js";

export interface AuditData {
  /** partnership.yaml as loaded (its rule settings apply, as in the CLI). */
  partnership: Partnership;
  settingTypes: SettingType[];
  /** National contacts and outdated references (data/*.yaml). */
  references: ReferenceData;
}

export interface CheckOptions {
  /** YYYY-MM-DD: every date rule measures against this day. */
  asOf: string;
  /** A PDF's pages as they are read (the slow part of a long PDF); awaited, so the page can show progress. */
  onPage?: PageProgress;
}

export async function checkPolicy(
  bytes: Uint8Array,
  fileName: string,
  data: AuditData,
  options: CheckOptions,
): Promise<Finding[]> {
  provideReferenceData(data.references);
  // The partnership's rule settings were checked when the data was written; no line numbers to give here.
  const active = resolveRules(rules, data.partnership, () => undefined);
  let document: SourceDocument;
  try {
    document = await readDocumentBytes(bytes, fileName, undefined, undefined, options.onPage);
  } catch (error) {
    return unreadableFindings(error, fileName);
  }
  const findings = checkSourceDocument(document, {
    rules: active,
    asOf: options.asOf,
    partnership: data.partnership,
    settingTypes: new Map(data.settingTypes.map((type) => [type.id, type])),
  });
  for (const finding of findings) delete (finding as EngineFinding).subject;
  return findings.sort(
    (a, b) =>
      (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0) || a.ruleId.localeCompare(b.ruleId),
  );
}
