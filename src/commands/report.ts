/**
 * `policysmith report merge SHARD.json…`: joins the JSON audit reports of CI shards (audit --shard i/n
 * --format json) into one report in any format, with the exit code the whole audit would have had.
 */
import { readFileSync, statSync } from "node:fs";
import { resolve } from "node:path";
import { Command } from "commander";
import { UsageError } from "../errors.js";
import type { Io } from "../io.js";
import { packageVersion } from "../paths.js";
import { REPORT_FORMATS } from "../report/index.js";
import { type ParsedJsonReport, parseJsonReport } from "../report/json.js";
import { writeReportFile } from "./common.js";

export function reportCommand(io: Io, setExitCode: (code: number) => void): Command {
  const report = new Command("report").description("work with audit reports");
  report
    .command("merge")
    .description("merge JSON audit reports from CI shards into one report")
    .argument("<files...>", "reports written by audit --format json")
    .option("-f, --format <format>", `report format: ${Object.keys(REPORT_FORMATS).join(", ")}`, "stylish")
    .option("-o, --output <file>", "write the merged report to this file")
    .action(async (files: string[], opts: { format: string; output?: string }) => {
      const format = REPORT_FORMATS[opts.format];
      if (!format)
        throw new UsageError(
          `--format "${opts.format}" is not a report format — use one of: ${Object.keys(REPORT_FORMATS).join(", ")}`,
        );
      const seen = new Map<string, string>();
      for (const file of files) {
        const path = resolve(io.cwd, file);
        const first = seen.get(path);
        if (first !== undefined)
          throw new UsageError(
            `${file} is given more than once${first === file ? "" : ` (as ${first} too)`} — merge each shard's report once`,
          );
        seen.set(path, file);
      }
      const reports = files.map((file) => read(resolve(io.cwd, file), file));
      refuseOverlaps(files, reports);
      const asOf = new Set(reports.map((r) => r.asOf));
      if (asOf.size > 1)
        throw new UsageError(
          `the reports were made as of different dates (${[...asOf].join(", ")}) — run every shard with the same --as-of`,
        );
      const findings = reports.flatMap((r) => r.findings);
      const { rules } = await import("../audit/rules/index.js");
      const settingIds = [
        ...new Set([
          ...reports.flatMap((r) => r.settingIds),
          ...findings.map((f) => f.settingId).filter((x): x is string => !!x),
        ]),
      ].sort();
      const text = format(
        {
          findings,
          asOf: [...asOf][0] ?? "",
          settingsChecked: reports.reduce((n, r) => n + r.settingsChecked, 0),
          documentsChecked: reports.reduce((n, r) => n + r.documentsChecked, 0),
          waived: reports.reduce((n, r) => n + r.waived, 0),
          rules: rules.map((r) => r.meta),
          settingNames: new Map(),
          settingIds,
          version: packageVersion(),
        },
        { color: !opts.output && io.isTTY && !io.env.NO_COLOR },
      );
      if (opts.output) await writeReportFile(io, opts.output, text);
      else io.stdout(text);
      setExitCode(findings.some((f) => f.severity === "error") ? 1 : 0);
    });
  return report;
}

/**
 * Shards that overlap (the same setting or file in two reports) would count its problems twice, and nothing
 * says which report is current: refused, naming the reports and what they share, rather than guessed at.
 */
function refuseOverlaps(files: string[], reports: ParsedJsonReport[]): void {
  const owner = new Map<string, number>();
  for (const [i, report] of reports.entries()) {
    const keys = [
      ...new Set([
        ...report.settingIds.map((id) => `setting ${id}`),
        ...report.files.map((f) => `file ${f}`),
      ]),
    ];
    const shared = new Map<number, string[]>();
    for (const key of keys) {
      const j = owner.get(key);
      if (j === undefined) owner.set(key, i);
      else shared.set(j, [...(shared.get(j) ?? []), key]);
    }
    for (const [j, what] of shared) {
      const settings = what.filter((k) => k.startsWith("setting ")).map((k) => k.slice(8));
      const shown = settings.length ? settings : what.map((k) => k.replace(/^file /, ""));
      throw new UsageError(
        `${files[j]} and ${files[i]} overlap: both audited ${shown.slice(0, 5).join(", ")}${shown.length > 5 ? ` and ${shown.length - 5} more` : ""} — merge reports of distinct shards (audit --shard i/n, the same n for every shard), each once`,
      );
    }
  }
}

function read(path: string, shown: string): ParsedJsonReport {
  let text: string;
  try {
    if (statSync(path).isDirectory())
      throw new UsageError(
        `cannot read ${shown} — it is a folder; give the report files in it, e.g. ${shown}/*.json`,
      );
    text = readFileSync(path, "utf8");
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read ${shown} — ${code === "ENOENT" ? "there is no such file; check the name and the folder you are in" : code === "EACCES" ? "you do not have permission to read it" : `the system says ${code ?? String(error)}`}`,
    );
  }
  try {
    return parseJsonReport(text);
  } catch (error) {
    throw new UsageError(
      `${shown} is not a policysmith JSON audit report (${error instanceof Error ? error.message : String(error)}) — make it with npx policysmith audit --format json --output ${shown}`,
    );
  }
}
