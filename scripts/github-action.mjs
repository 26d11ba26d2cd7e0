#!/usr/bin/env node
/**
 * The audit step of the GitHub Action (action.yml at the repository root). Runs `policysmith audit --format json`
 * in the current folder (the action's working-directory), then:
 *  - writes the job summary ($GITHUB_STEP_SUMMARY): a table per setting (red: errors, amber: warnings only,
 *    green: clean) and the findings;
 *  - prints one annotation per finding (::error / ::warning), with paths relative to the repository
 *    ($GITHUB_WORKSPACE) so that they land on the right file even from a sub-folder;
 *  - writes the report file in the chosen format and, when asked, a SARIF file for code scanning;
 *  - sets the outputs errors, warnings, report-file, sarif-file ($GITHUB_OUTPUT);
 *  - exits 1 when the run should fail (fail-on, max-warnings, or settings that could not be checked),
 *    2 when an input is wrong or the audit could not run, else 0.
 * Inputs come as environment variables set in action.yml's `env:` (INPUT_PATHS, INPUT_AS_OF, INPUT_FORMAT,
 * INPUT_MAX_WARNINGS, INPUT_SARIF, INPUT_FAIL_ON). Node only, no dependencies.
 */
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { isAbsolute, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const CLI = fileURLToPath(new URL("../bin/policysmith.js", import.meta.url));
/** Report formats for the report file, and the file extension of each. */
const FORMATS = { sarif: "sarif", json: "json", junit: "xml", stylish: "txt", github: "txt", xlsx: "xlsx" };
/** The job summary lists this many findings at most (GitHub caps a summary at 1 MiB). */
const SUMMARY_FINDINGS = 500;

const env = process.env;
const cwd = process.cwd();
const workspace = env.GITHUB_WORKSPACE ? resolve(env.GITHUB_WORKSPACE) : cwd;

class InputError extends Error {}

function inputs() {
  const text = (name) => (env[name] ?? "").trim();
  const paths = (env.INPUT_PATHS ?? "")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  const format = text("INPUT_FORMAT") || "sarif";
  if (!Object.hasOwn(FORMATS, format))
    throw new InputError(
      `the format input "${format}" is not a report format — use one of: ${Object.keys(FORMATS).join(", ")}`,
    );
  const failOn = (text("INPUT_FAIL_ON") || "error").toLowerCase();
  if (failOn !== "error" && failOn !== "warning")
    throw new InputError(
      `the fail-on input "${text("INPUT_FAIL_ON")}" is not error or warning — write fail-on: error to fail on errors only, or fail-on: warning to fail on any finding`,
    );
  const max = text("INPUT_MAX_WARNINGS");
  if (max !== "" && !/^\d+$/.test(max))
    throw new InputError(
      `the max-warnings input "${max}" is not a whole number — write e.g. max-warnings: 10`,
    );
  const sarif = (text("INPUT_SARIF") || "false").toLowerCase();
  if (sarif !== "true" && sarif !== "false")
    throw new InputError(`the sarif input "${text("INPUT_SARIF")}" is not true or false`);
  return {
    paths,
    asOf: text("INPUT_AS_OF"),
    format,
    failOn,
    maxWarnings: max === "" ? undefined : Number(max),
    sarif: sarif === "true",
  };
}

function run(args) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
    env: { ...env, NO_COLOR: "1", FORCE_COLOR: "0" },
  });
  return {
    status: result.status ?? 2,
    stdout: result.stdout ?? "",
    stderr: result.error
      ? `policysmith could not be started: ${result.error.message}\n`
      : (result.stderr ?? ""),
  };
}

/** A path from the report (relative to the working directory), relative to the repository instead. */
function inRepository(file) {
  const path = relative(workspace, resolve(cwd, file));
  return path === "" || path.startsWith("..") || isAbsolute(path) ? file : path.split("\\").join("/");
}

// Workflow command escaping, as in src/report/github.ts.
const commandData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const commandProperty = (s) => commandData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** Text from a policy or a setting inside a markdown table cell: no markup, no HTML, no line breaks. */
const cell = (s) =>
  String(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/[\\`*_[\]|~#!]/g, (c) => `\\${c}`)
    .replace(/\r?\n|\r/g, " ");
const pre = (s) => `<pre>${s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")}</pre>`;

const count = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
const STATUS = { red: "🔴 red", amber: "🟠 amber", green: "🟢 green" };
const status = (errors, warnings) => (errors > 0 ? "red" : warnings > 0 ? "amber" : "green");

function setOutputs(values) {
  if (!env.GITHUB_OUTPUT) return;
  let text = "";
  for (const [name, value] of Object.entries(values)) {
    const delimiter = `policysmith_${Math.random().toString(36).slice(2)}`;
    text += `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
  }
  appendFileSync(env.GITHUB_OUTPUT, text);
}

function writeSummary(markdown) {
  if (env.GITHUB_STEP_SUMMARY) appendFileSync(env.GITHUB_STEP_SUMMARY, markdown);
}

/**
 * The audit's messages quote the project's files (a setting's keys and values), which a pull request can fill
 * with workflow commands ("::error …", "::add-mask::…" after a line break): they go to the log between
 * ::stop-commands:: markers, so the runner shows them and obeys none of them.
 */
function forward(text) {
  if (!text) return;
  const token = `policysmith-${randomUUID()}`;
  process.stdout.write(`::stop-commands::${token}\n${text}${text.endsWith("\n") ? "" : "\n"}::${token}::\n`);
}

/** The audit's own messages worth showing (its problems with the data), without its "report written" line. */
const auditMessages = (stderr) =>
  stderr
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.startsWith("Audit report written to "))
    .join("\n");

function main() {
  let options;
  try {
    options = inputs();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    process.stdout.write(`::error title=policysmith::${commandData(error.message)}\n`);
    process.stderr.write(`policysmith action: ${error.message}\n`);
    writeSummary(`## policysmith audit\n\nThe audit did not run: ${cell(error.message)}.\n`);
    return 2;
  }

  const outDir = env.RUNNER_TEMP
    ? join(env.RUNNER_TEMP, "policysmith")
    : mkdtempSync(join(tmpdir(), "policysmith-action-"));
  mkdirSync(outDir, { recursive: true });
  const jsonFile = join(outDir, "audit.json");
  const audit = run([
    "audit",
    "--format",
    "json",
    "--output",
    jsonFile,
    ...(options.asOf ? ["--as-of", options.asOf] : []),
    ...(options.paths.length > 0 ? ["--", ...options.paths] : []),
  ]);
  forward(auditMessages(audit.stderr));
  let report;
  if (audit.status === 0 || audit.status === 1) {
    try {
      report = JSON.parse(readFileSync(jsonFile, "utf8"));
    } catch {
      report = undefined;
    }
  }
  if (!report || !Array.isArray(report.results)) {
    const said = auditMessages(audit.stderr).trim() || `policysmith audit exited with code ${audit.status}`;
    process.stdout.write(`::error title=policysmith::${commandData(said)}\n`);
    writeSummary(`## policysmith audit\n\nThe audit could not run:\n\n${pre(said)}\n`);
    setOutputs({ errors: "", warnings: "", "report-file": "", "sarif-file": "" });
    return 2;
  }

  // Findings, with paths relative to the repository.
  const findings = report.results.flatMap((result) =>
    result.messages.map((m) => ({
      ...m,
      file: inRepository(result.filePath),
      settingId: m.settingId ?? result.settingId ?? null,
      error: m.severity === 2,
    })),
  );
  const errors = findings.filter((f) => f.error).length;
  const warnings = findings.length - errors;
  // The audit exits 1 for errors, and for settings it could not check (their problems are on stderr).
  const unchecked = audit.status === 1 && errors === 0;

  for (const f of findings) {
    const props = [`file=${commandProperty(f.file)}`];
    // A Word, PDF or web policy's finding has a place a person finds (page, section), not a line of the file.
    if (!f.place && f.line !== null && f.line !== undefined)
      props.push(`line=${f.line}`, `col=${f.column ?? 1}`);
    props.push(`title=${commandProperty(`${f.ruleId}${f.settingId ? ` (${f.settingId})` : ""}`)}`);
    const message = f.place && f.location ? `${f.message} (at ${f.location})` : f.message;
    process.stdout.write(`::${f.error ? "error" : "warning"} ${props.join(",")}::${commandData(message)}\n`);
  }

  // The report file, and the SARIF file for code scanning.
  const reportFile = join(outDir, `audit.${FORMATS[options.format]}`);
  const sarifFile = options.sarif ? join(outDir, "audit.sarif") : "";
  const wanted = [[options.format, reportFile]];
  if (options.sarif && options.format !== "sarif") wanted.push(["sarif", sarifFile]);
  const notWritten = [];
  for (const [format, file] of wanted) {
    const args =
      format === "json"
        ? undefined
        : format === "xlsx"
          ? [
              "audit",
              "--format",
              "xlsx",
              "--output",
              file,
              "--as-of",
              report.asOf,
              ...(options.paths.length > 0 ? ["--", ...options.paths] : []),
            ]
          : ["report", "merge", jsonFile, "--format", format, "--output", file];
    if (!args) continue;
    const made = run(args);
    if (made.status === 2 || (format === "xlsx" && made.status > 1)) {
      notWritten.push(format);
      forward(made.stderr);
    } else if (format === "sarif") rebaseSarif(file);
  }

  const failed =
    unchecked ||
    (options.failOn === "warning" ? errors + warnings > 0 : errors > 0) ||
    (options.maxWarnings !== undefined && warnings > options.maxWarnings);
  const why = [];
  if (unchecked) why.push("some settings could not be checked (see the messages below)");
  if (options.failOn === "warning" && errors + warnings > 0)
    why.push("fail-on: warning and there are findings");
  else if (errors > 0) why.push("there are errors");
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings)
    why.push(`${warnings} warnings is more than max-warnings: ${options.maxWarnings}`);

  writeSummary(summary(report, findings, { errors, warnings, failed, why, audit, notWritten }));
  setOutputs({
    errors: String(errors),
    warnings: String(warnings),
    "report-file": notWritten.includes(options.format) ? "" : reportFile,
    "sarif-file": notWritten.includes("sarif") ? "" : sarifFile,
  });
  process.stdout.write(
    `policysmith: ${count(errors, "error")}, ${count(warnings, "warning")} as of ${report.asOf} — ${failed ? `failed: ${why.join("; ")}` : "passed"}.\n`,
  );
  return failed ? 1 : 0;
}

/** SARIF locations are relative to the working directory; code scanning wants them relative to the repository. */
function rebaseSarif(file) {
  const log = JSON.parse(readFileSync(file, "utf8"));
  for (const run of log.runs ?? [])
    for (const result of run.results ?? [])
      for (const location of result.locations ?? []) {
        const artifact = location.physicalLocation?.artifactLocation;
        if (artifact && typeof artifact.uri === "string") artifact.uri = inRepository(artifact.uri);
      }
  writeFileSync(file, `${JSON.stringify(log, null, 2)}\n`);
}

function summary(report, findings, { errors, warnings, failed, why, audit, notWritten }) {
  const lines = ["## policysmith audit", ""];
  lines.push(
    `${failed ? "❌ **Failed**" : "✅ **Passed**"}: ${count(errors, "error")}, ${count(warnings, "warning")} in ${count(report.settingsChecked, "setting")} and ${count(report.documentsChecked, "document")}, checked as of ${report.asOf}.${failed ? ` Failed because ${why.join("; ")}.` : ""}`,
    "",
  );
  // One row per setting (clean ones too), then one per policy document that belongs to no setting.
  const rows = new Map();
  for (const id of Array.isArray(report.settingIds) ? report.settingIds : [])
    rows.set(`setting:${id}`, { label: cell(id), errors: 0, warnings: 0 });
  for (const f of findings) {
    const key = f.settingId ? `setting:${f.settingId}` : `file:${f.file}`;
    if (!rows.has(key))
      rows.set(key, {
        label: f.settingId ? cell(f.settingId) : `${cell(f.file)} (no setting)`,
        errors: 0,
        warnings: 0,
      });
    const row = rows.get(key);
    if (f.error) row.errors++;
    else row.warnings++;
  }
  if (rows.size > 0) {
    lines.push("| Setting | Status | Errors | Warnings |", "| --- | --- | ---: | ---: |");
    for (const row of rows.values())
      lines.push(
        `| ${row.label} | ${STATUS[status(row.errors, row.warnings)]} | ${row.errors} | ${row.warnings} |`,
      );
    lines.push("");
  }
  const messages = auditMessages(audit.stderr);
  if (messages) lines.push("### Messages from the audit", "", pre(messages), "");
  if (notWritten.length > 0)
    lines.push(`The ${notWritten.join(" and ")} report could not be written (see the log).`, "");
  if (findings.length > 0) {
    lines.push("### Findings", "", "| | File | Where | Rule | Message |", "| --- | --- | --- | --- | --- |");
    for (const f of findings.slice(0, SUMMARY_FINDINGS)) {
      const where =
        f.place && f.location ? cell(f.location) : f.line ? `line ${f.line}:${f.column ?? 1}` : "";
      lines.push(
        `| ${f.error ? "🔴 error" : "🟠 warning"} | ${cell(f.file)} | ${where} | ${cell(f.ruleId)} | ${cell(f.message)} |`,
      );
    }
    if (findings.length > SUMMARY_FINDINGS)
      lines.push(
        "",
        `… and ${findings.length - SUMMARY_FINDINGS} more: see the annotations or the report file.`,
      );
    lines.push("");
  }
  return `${lines.join("\n")}\n`;
}

process.exitCode = main();
