#!/usr/bin/env node
// `npm run accuracy [-- --file NAME] [--verbose] [--json] [--check]`: how well the audit reads real-world
// policies. Audits every test/corpus/*.{md,docx,pdf} standalone — no project, default rules and data, as of
// 2026-12-01 — exactly as `npx policysmith audit FILE --as-of 2026-12-01 --format json` does outside a
// project (it runs dist's CLI, so it measures the built code), then matches the findings to each document's
// labels (<name>.labels.yaml, format in test/corpus/README.md) and prints, per rule: true positives, false
// errors, false warnings, misses, precision and recall.
//
// Matching: a finding matches a label with the same rule whose `near` words (if any) occur in the finding's
// excerpt or message — whitespace-, case-, quote- and dash-insensitive — whose `formats` (if any) include the
// file's format and whose `severity` (if any) is the finding's. One-to-one, greedy in document order: labels
// with `near` are matched first (each finding, in order of line and column, takes the first free label it
// fits), then labels without `near` take what is left. Unmatched findings are false errors or false
// warnings; unmatched labels are misses. Findings of rule `unreadable` are always false errors.
// Exit code 0, unless --check and some rule is below 100% precision or recall (then 1).
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { extname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { parse } from "yaml";

export const AS_OF = "2026-12-01";
const repo = fileURLToPath(new URL("..", import.meta.url));
// POLICYSMITH_CORPUS=DIR scores another folder of labelled documents (a held-out set) the same way.
const corpus = process.env.POLICYSMITH_CORPUS
  ? resolve(process.env.POLICYSMITH_CORPUS)
  : join(repo, "test", "corpus");
const cli = join(repo, "bin", "policysmith.js");
const FORMATS = [".md", ".docx", ".pdf"];

/** Lower case, no whitespace, straight quotes and hyphens: how `near` words are compared. */
export function squash(text) {
  return String(text ?? "")
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/[‐‑‒–—−]/g, "-")
    .replace(/\s+/g, "");
}

/** The corpus files to audit: every .md/.docx/.pdf with a labels file beside it (or `--file NAME`'s). */
export function corpusFiles(only) {
  if (!existsSync(corpus)) return [];
  return readdirSync(corpus)
    .filter((f) => FORMATS.includes(extname(f)))
    .filter((f) => !/^README\.md$/i.test(f))
    .filter((f) => !only || f === only || f.slice(0, -extname(f).length) === only)
    .sort();
}

/** The labels of a document (name without extension); throws with the file name when they cannot be read. */
export function readLabels(name) {
  const path = join(corpus, `${name}.labels.yaml`);
  const data = parse(readFileSync(path, "utf8")) ?? {};
  const expected = Array.isArray(data.expected) ? data.expected : [];
  for (const [i, label] of expected.entries()) {
    if (!label || typeof label.rule !== "string")
      throw new Error(`${name}.labels.yaml: expected[${i}] has no rule`);
    if (label.severity !== undefined && label.severity !== "error" && label.severity !== "warning")
      throw new Error(`${name}.labels.yaml: expected[${i}] severity must be error or warning`);
    if (label.formats !== undefined && !Array.isArray(label.formats))
      throw new Error(`${name}.labels.yaml: expected[${i}] formats must be a list, e.g. [md]`);
  }
  return { about: data.about ?? "", pdf: data.pdf === true, expected };
}

/** Runs the CLI on some corpus files; returns findings by file name, or throws with what went wrong. */
function auditWith(files) {
  const result = spawnSync(
    process.execPath,
    [cli, "audit", ...files, "--as-of", AS_OF, "--format", "json", "--jobs", "2"],
    // The corpus folder has no partnership.yaml, so the audit runs standalone with its defaults.
    { cwd: corpus, encoding: "utf8", maxBuffer: 256 * 1024 * 1024, timeout: 600_000 },
  );
  if (result.error) throw result.error;
  let report;
  try {
    report = JSON.parse(result.stdout);
  } catch {
    throw new Error(
      `the audit exited ${result.status} without a JSON report: ${(result.stderr || result.stdout).trim().slice(0, 400)}`,
    );
  }
  const byFile = new Map(files.map((f) => [f, []]));
  for (const r of report.results ?? []) {
    const file = r.filePath.replace(/^.*[\\/]/, "");
    byFile.set(file, [...(byFile.get(file) ?? []), ...r.messages]);
  }
  return byFile;
}

/** Findings for every file: one CLI run for all; if that fails, one run per file, so one bad file is reported. */
export function auditCorpus(files) {
  const findings = new Map();
  const failures = new Map();
  if (files.length === 0) return { findings, failures };
  try {
    for (const [f, messages] of auditWith(files)) findings.set(f, messages);
  } catch {
    for (const file of files) {
      try {
        findings.set(file, auditWith([file]).get(file) ?? []);
      } catch (error) {
        failures.set(file, error instanceof Error ? error.message : String(error));
      }
    }
  }
  return { findings, failures };
}

/** Whether a finding fits a label (the label's formats are checked before: see `applicable`). */
function fits(label, finding) {
  if (label.rule !== finding.ruleId) return false;
  const severity = finding.severity === 2 ? "error" : "warning";
  if (label.severity && label.severity !== severity) return false;
  if (label.near === undefined || label.near === null) return true;
  const near = squash(label.near);
  return squash(finding.excerpt).includes(near) || squash(finding.message).includes(near);
}

/** Matches one document's findings to its labels: { matched, falses, misses }. */
export function match(labels, messages, format) {
  const applicable = labels.filter((l) => !l.formats || l.formats.includes(format));
  const ordered = [...messages].sort(
    (a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  const taken = new Set();
  const used = new Set();
  const matched = [];
  for (const withNear of [true, false]) {
    for (const finding of ordered) {
      if (used.has(finding) || finding.ruleId === "unreadable") continue;
      const label = applicable.find(
        (l) => !taken.has(l) && (l.near !== undefined && l.near !== null) === withNear && fits(l, finding),
      );
      if (!label) continue;
      taken.add(label);
      used.add(finding);
      matched.push({ label, finding });
    }
  }
  return {
    matched,
    falses: ordered.filter((f) => !used.has(f)),
    misses: applicable.filter((l) => !taken.has(l)),
  };
}

const blank = () => ({ tp: 0, falseErrors: 0, falseWarnings: 0, misses: 0 });
const ratio = (n, d) => (d === 0 ? null : n / d);

/** Audits and scores the corpus (or one document). */
export function measure({ only } = {}) {
  const files = corpusFiles(only);
  const { findings, failures } = auditCorpus(files);
  const perRule = new Map();
  const row = (rule) => {
    if (!perRule.has(rule)) perRule.set(rule, blank());
    return perRule.get(rule);
  };
  const documents = [];
  for (const file of files) {
    const format = extname(file).slice(1);
    const name = file.slice(0, -extname(file).length);
    const doc = { file, format, tp: 0, falses: [], misses: [] };
    documents.push(doc);
    let labels;
    try {
      labels = readLabels(name).expected;
    } catch (error) {
      doc.error = `labels: ${error instanceof Error ? error.message : String(error)}`;
      continue;
    }
    if (failures.has(file)) {
      doc.error = `not audited: ${failures.get(file)}`;
      for (const l of labels.filter((l) => !l.formats || l.formats.includes(format))) {
        row(l.rule).misses++;
        doc.misses.push(l);
      }
      continue;
    }
    const result = match(labels, findings.get(file) ?? [], format);
    doc.tp = result.matched.length;
    doc.matched = [];
    for (const { label, finding } of result.matched) {
      row(label.rule).tp++;
      doc.matched.push({
        rule: label.rule,
        near: label.near,
        line: finding.line,
        excerpt: finding.excerpt,
        message: finding.message,
      });
    }
    for (const f of result.falses) {
      const severity = f.severity === 2 || f.ruleId === "unreadable" ? "error" : "warning";
      row(f.ruleId)[severity === "error" ? "falseErrors" : "falseWarnings"]++;
      doc.falses.push({
        rule: f.ruleId,
        severity,
        line: f.line,
        excerpt: f.excerpt,
        message: f.message,
      });
    }
    for (const l of result.misses) {
      row(l.rule).misses++;
      doc.misses.push(l);
    }
  }
  const rules = {};
  const totals = blank();
  for (const [rule, r] of [...perRule].sort(([a], [b]) => (a < b ? -1 : 1))) {
    for (const k of Object.keys(totals)) totals[k] += r[k];
    rules[rule] = {
      ...r,
      precision: ratio(r.tp, r.tp + r.falseErrors + r.falseWarnings),
      recall: ratio(r.tp, r.tp + r.misses),
    };
  }
  return {
    asOf: AS_OF,
    files: files.length,
    documents,
    rules,
    totals: {
      ...totals,
      precision: ratio(totals.tp, totals.tp + totals.falseErrors + totals.falseWarnings),
      recall: ratio(totals.tp, totals.tp + totals.misses),
    },
  };
}

const percent = (x) => (x === null ? "—" : `${(x * 100).toFixed(1)}%`);

function table(result) {
  const head = ["rule", "TP", "false err", "false warn", "misses", "precision", "recall"];
  const rows = Object.entries(result.rules).map(([rule, r]) => [
    rule,
    r.tp,
    r.falseErrors,
    r.falseWarnings,
    r.misses,
    percent(r.precision),
    percent(r.recall),
  ]);
  const t = result.totals;
  rows.push([
    "TOTAL",
    t.tp,
    t.falseErrors,
    t.falseWarnings,
    t.misses,
    percent(t.precision),
    percent(t.recall),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function oneLine(text, max = 160) {
  const s = String(text ?? "")
    .replace(/\s+/g, " ")
    .trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

function main() {
  const { values } = parseArgs({
    options: {
      file: { type: "string" },
      verbose: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      check: { type: "boolean", default: false },
    },
  });
  if (values.file && corpusFiles(values.file).length === 0) {
    process.stderr.write(
      `There is no corpus document named "${values.file}" in test/corpus/ — give its name without the extension, e.g. --file oakfield-primary-school\n`,
    );
    process.exitCode = 2;
    return;
  }
  const result = measure({ only: values.file });
  if (values.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
  else {
    const out = [];
    out.push(
      `Audit accuracy on test/corpus/ as of ${AS_OF}: ${result.files} files${values.file ? ` (--file ${values.file})` : ""}`,
      "",
      table(result),
    );
    const broken = result.documents.filter((d) => d.error);
    if (broken.length) {
      out.push("", "Files that could not be scored:");
      for (const d of broken) out.push(`  ${d.file}: ${d.error}`);
    }
    if (values.verbose) {
      for (const d of result.documents) {
        if (d.falses.length === 0 && d.misses.length === 0) continue;
        out.push("", `${d.file}  (${d.tp} found)`);
        for (const m of d.misses)
          out.push(
            `  MISS   ${m.rule}${m.severity ? ` (${m.severity})` : ""}${m.near ? `  near "${m.near}"` : "  (document-wide)"}`,
          );
        for (const f of d.falses)
          out.push(
            `  FALSE  ${f.rule} ${f.severity}${f.line ? ` line ${f.line}` : ""}: ${oneLine(f.excerpt) || "(no excerpt)"}\n         ${oneLine(f.message, 240)}`,
          );
      }
    }
    process.stdout.write(`${out.join("\n")}\n`);
  }
  if (values.check) {
    const short = Object.values(result.rules).some(
      (r) => (r.precision !== null && r.precision < 1) || (r.recall !== null && r.recall < 1),
    );
    const broken = result.documents.some((d) => d.error);
    if (short || broken) process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main();
