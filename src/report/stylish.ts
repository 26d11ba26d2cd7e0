/** The default report for people: findings grouped by file, setting named, colour on a terminal, a summary line. */

import { visible } from "../errors.js";
import type { Finding } from "../model.js";
import type { Formatter } from "./types.js";

const paint = (on: boolean) => ({
  red: (s: string) => (on ? `\u001b[31m${s}\u001b[39m` : s),
  yellow: (s: string) => (on ? `\u001b[33m${s}\u001b[39m` : s),
  green: (s: string) => (on ? `\u001b[32m${s}\u001b[39m` : s),
  dim: (s: string) => (on ? `\u001b[2m${s}\u001b[22m` : s),
  bold: (s: string) => (on ? `\u001b[1m${s}\u001b[22m` : s),
  underline: (s: string) => (on ? `\u001b[4m${s}\u001b[24m` : s),
});

export const stylish: Formatter = (report, { color }) => {
  const c = paint(color);
  const groups = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = groups.get(f.file) ?? [];
    list.push(f);
    groups.set(f.file, list);
  }
  let out = "";
  for (const [file, findings] of groups) {
    const settingId = findings.find((f) => f.settingId)?.settingId;
    const name = settingId ? report.settingNames.get(settingId) : undefined;
    out += `\n${c.underline(file)}${name ? c.dim(`  (${name})`) : ""}\n`;
    // Word, PDF and web pages: where a person finds it ("page 3", "section 6 …, paragraph 2"), not the line and
    // column of the text read out of them; Markdown, text and data keep line:column.
    const places = findings.map((f) =>
      f.place && f.location ? f.location : f.line !== undefined ? `${f.line}:${f.column ?? 1}` : "",
    );
    const width = Math.max(...places.map((p) => p.length));
    findings.forEach((f, i) => {
      const severity = f.severity === "error" ? c.red("error  ") : c.yellow("warning");
      const excerpt =
        // The message may quote the excerpt as a reader sees it, without Markdown's emphasis marks.
        f.excerpt &&
        !f.message.includes(f.excerpt) &&
        !f.message.includes(f.excerpt.replace(/[*_]+/g, "")) &&
        f.excerpt.length <= 80
          ? c.dim(` (at “${visible(f.excerpt.replace(/\s+/g, " "))}”)`)
          : "";
      out += `  ${c.dim(places[i].padEnd(width))}  ${severity}  ${visible(f.message)}${excerpt}  ${c.dim(f.ruleId)}\n`;
    });
  }
  const errors = report.findings.filter((f) => f.severity === "error").length;
  const warnings = report.findings.length - errors;
  const settingsWith = new Set(report.findings.map((f) => f.settingId).filter(Boolean)).size;
  const checked = `${report.settingsChecked} setting${report.settingsChecked === 1 ? "" : "s"} and ${report.documentsChecked} document${report.documentsChecked === 1 ? "" : "s"} checked as of ${report.asOf}`;
  const waived = report.waived ? `, ${report.waived} waived` : "";
  if (report.findings.length === 0) return `${out}${c.green("✔ No problems found")} (${checked}${waived}).\n`;
  const mark = errors ? c.red(c.bold("✖")) : c.yellow(c.bold("⚠"));
  const total = `${report.findings.length} problem${report.findings.length === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
  const where = settingsWith ? ` in ${settingsWith} setting${settingsWith === 1 ? "" : "s"}` : "";
  return `${out}\n${mark} ${c.bold(total)}${where} (${checked}${waived}).\n`;
};
