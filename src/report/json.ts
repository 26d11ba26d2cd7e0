/**
 * ESLint's JSON shape (one entry per file, messages with severity 2/1), plus the setting, excerpt, as-of date and,
 * for documents, the finding's location in words (`location`) and in parts (`place`).
 */
import type { Finding } from "../model.js";
import type { Formatter } from "./types.js";

export const json: Formatter = (report) => {
  const files = new Map<string, Finding[]>();
  for (const f of report.findings) files.set(f.file, [...(files.get(f.file) ?? []), f]);
  const results = [...files].map(([filePath, findings]) => ({
    filePath,
    settingId: findings.find((f) => f.settingId)?.settingId ?? null,
    messages: findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity === "error" ? 2 : 1,
      message: f.message,
      line: f.line ?? null,
      column: f.column ?? null,
      endLine: f.endLine ?? null,
      endColumn: f.endColumn ?? null,
      excerpt: f.excerpt ?? null,
      settingId: f.settingId ?? null,
      ...(f.actual !== undefined ? { actual: f.actual } : {}),
      ...(f.expected !== undefined ? { expected: f.expected } : {}),
      // Where in the document, as a person finds it ("page 3", "section 6 …, paragraph 2", "line 12").
      ...(f.location !== undefined ? { location: f.location } : {}),
      ...(f.place !== undefined ? { place: f.place } : {}),
    })),
    errorCount: findings.filter((f) => f.severity === "error").length,
    warningCount: findings.filter((f) => f.severity === "warning").length,
  }));
  // settingIds: which settings this report covers, so that `report merge` can refuse overlapping shards.
  return `${JSON.stringify({ asOf: report.asOf, version: report.version, settingsChecked: report.settingsChecked, documentsChecked: report.documentsChecked, waived: report.waived, settingIds: report.settingIds, results }, null, 2)}\n`;
};

/** What the JSON report says, read back (for `report merge`): the exact inverse of the writer above. */
export interface ParsedJsonReport {
  asOf: string;
  settingsChecked: number;
  documentsChecked: number;
  waived: number;
  findings: Finding[];
  /** The settings the report covers (older reports: the settings its findings name). */
  settingIds: string[];
  /** The files it has results for. */
  files: string[];
}

interface JsonMessage {
  ruleId: string;
  severity: number;
  message: string;
  line: number | null;
  column: number | null;
  endLine: number | null;
  endColumn: number | null;
  excerpt: string | null;
  settingId: string | null;
  actual?: string;
  expected?: string;
  location?: string;
  place?: Finding["place"];
}

/** Throws an Error saying what is wrong when `text` is not a policysmith JSON audit report. */
export function parseJsonReport(text: string): ParsedJsonReport {
  let data: {
    asOf?: unknown;
    settingsChecked?: number;
    documentsChecked?: number;
    waived?: number;
    settingIds?: unknown;
    results?: Array<{ filePath: string; settingId: string | null; messages: JsonMessage[] }>;
  };
  try {
    data = JSON.parse(text);
  } catch {
    throw new Error("it is not JSON");
  }
  if (!data || typeof data !== "object" || !Array.isArray(data.results) || typeof data.asOf !== "string")
    throw new Error("it has no asOf date and results list");
  for (const result of data.results) {
    const ok =
      result &&
      typeof result === "object" &&
      typeof result.filePath === "string" &&
      Array.isArray(result.messages) &&
      result.messages.every(
        (m) => m && typeof m === "object" && typeof m.ruleId === "string" && typeof m.message === "string",
      );
    if (!ok) throw new Error("a result has no filePath or no list of messages with ruleId and message");
  }
  const findings = data.results.flatMap((result) =>
    result.messages.map((m): Finding => {
      const f: Finding = {
        ruleId: m.ruleId,
        severity: m.severity === 2 ? "error" : "warning",
        message: m.message,
        file: result.filePath,
      };
      if (m.line !== null) f.line = m.line;
      if (m.column !== null) f.column = m.column;
      if (m.endLine !== null) f.endLine = m.endLine;
      if (m.endColumn !== null) f.endColumn = m.endColumn;
      if (m.excerpt !== null) f.excerpt = m.excerpt;
      const settingId = m.settingId ?? result.settingId;
      if (settingId) f.settingId = settingId;
      if (m.actual !== undefined) f.actual = m.actual;
      if (m.expected !== undefined) f.expected = m.expected;
      if (typeof m.location === "string") f.location = m.location;
      if (m.place && typeof m.place === "object") f.place = m.place;
      return f;
    }),
  );
  const settingIds = Array.isArray(data.settingIds)
    ? data.settingIds.filter((id): id is string => typeof id === "string")
    : [...new Set(findings.flatMap((f) => (f.settingId ? [f.settingId] : [])))];
  const count = (n: unknown) => (typeof n === "number" && Number.isFinite(n) ? n : 0);
  return {
    asOf: data.asOf,
    settingsChecked: count(data.settingsChecked),
    documentsChecked: count(data.documentsChecked),
    waived: count(data.waived),
    findings,
    settingIds,
    files: data.results.map((r) => r.filePath),
  };
}
