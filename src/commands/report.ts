/**
 * `policysmith report merge SHARD.json…`: joins the JSON audit reports of CI shards (audit --shard i/n
 * --format json) into one report in any format, with the exit code the whole audit would have had.
 */
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { Command } from "commander";
import { rules } from "../audit/rules/index.js";
import { writeFileAtomically } from "../build/write-atomic.js";
import { UsageError } from "../errors.js";
import type { Io } from "../io.js";
import { packageVersion } from "../paths.js";
import { REPORT_FORMATS } from "../report/index.js";
import { type ParsedJsonReport, parseJsonReport } from "../report/json.js";

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
      const reports = files.map((file) => read(resolve(io.cwd, file), file));
      const asOf = new Set(reports.map((r) => r.asOf));
      if (asOf.size > 1)
        throw new UsageError(
          `the reports were made as of different dates (${[...asOf].join(", ")}) — run every shard with the same --as-of`,
        );
      const findings = reports.flatMap((r) => r.findings);
      const settingIds = [
        ...new Set(findings.map((f) => f.settingId).filter((x): x is string => !!x)),
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
      if (opts.output) await writeFileAtomically(resolve(io.cwd, opts.output), text);
      else io.stdout(text);
      setExitCode(findings.some((f) => f.severity === "error") ? 1 : 0);
    });
  return report;
}

function read(path: string, shown: string): ParsedJsonReport {
  try {
    return parseJsonReport(readFileSync(path, "utf8"));
  } catch (error) {
    throw new UsageError(
      `${shown} is not a policysmith JSON audit report (${error instanceof Error ? error.message : String(error)}) — make it with policysmith audit --format json --output ${shown}`,
    );
  }
}
