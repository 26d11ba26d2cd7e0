/** ESLint's JSON shape (one entry per file, messages with severity 2/1), plus the setting, excerpt and as-of date. */
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
    })),
    errorCount: findings.filter((f) => f.severity === "error").length,
    warningCount: findings.filter((f) => f.severity === "warning").length,
  }));
  return `${JSON.stringify({ asOf: report.asOf, version: report.version, settingsChecked: report.settingsChecked, documentsChecked: report.documentsChecked, waived: report.waived, results }, null, 2)}\n`;
};
