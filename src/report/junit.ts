/** JUnit XML: a testsuite per setting, a testcase per rule; a rule's findings are that testcase's failure. */
import type { Finding } from "../model.js";
import type { Formatter } from "./types.js";

const xml = (s: string) =>
  s
    // XML 1.0 cannot carry control characters other than tab, line feed and carriage return.
    .replace(/[^\t\n\r\x20-\u{10FFFF}]/gu, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");

export const junit: Formatter = (report) => {
  const bySetting = new Map<string, Finding[]>();
  for (const id of report.settingIds) bySetting.set(id, []);
  for (const f of report.findings) {
    const key = f.settingId ?? "(no setting)";
    bySetting.set(key, [...(bySetting.get(key) ?? []), f]);
  }
  const ruleIds = [...new Set([...report.rules.map((r) => r.id), ...report.findings.map((f) => f.ruleId)])];
  let failuresTotal = 0;
  const suites = [...bySetting].map(([setting, findings]) => {
    let failures = 0;
    const cases = ruleIds.map((rule) => {
      const mine = findings.filter((f) => f.ruleId === rule);
      if (mine.length === 0) return `    <testcase name="${xml(rule)}" classname="${xml(setting)}"/>\n`;
      failures++;
      const body = mine
        .map(
          (f) =>
            `${f.file}${f.line !== undefined ? `:${f.line}:${f.column ?? 1}` : ""} ${f.severity}: ${f.message}${f.place && f.location ? ` (at ${f.location})` : ""}`,
        )
        .join("\n");
      const type = mine.some((f) => f.severity === "error") ? "error" : "warning";
      return `    <testcase name="${xml(rule)}" classname="${xml(setting)}">\n      <failure message="${xml(mine[0].message)}" type="${type}">${xml(body)}</failure>\n    </testcase>\n`;
    });
    failuresTotal += failures;
    return `  <testsuite name="${xml(setting)}" tests="${ruleIds.length}" failures="${failures}" errors="0" skipped="0">\n${cases.join("")}  </testsuite>\n`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="policysmith audit (as of ${xml(report.asOf)})" tests="${ruleIds.length * bySetting.size}" failures="${failuresTotal}">\n${suites.join("")}</testsuites>\n`;
};
