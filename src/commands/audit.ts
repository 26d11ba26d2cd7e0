/**
 * `policysmith audit [paths…]`: checks setting data and policy documents (ours or hand-written .docx, .pdf,
 * .md, .txt, .html) and reports findings. No paths: every setting in orgs/ and its built policies in output/.
 * Exit code 0 no errors; 1 errors (or warnings over --max-warnings); 2 usage or configuration error.
 */
import { existsSync, statSync } from "node:fs";
import { readdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, extname, join, relative, resolve, sep } from "node:path";
import { Command } from "commander";
import { glob, isDynamicPattern } from "tinyglobby";
import { resolveRules } from "../audit/config.js";
import { type DocumentTarget, runAudit } from "../audit/engine.js";
import { rules as allRules } from "../audit/rules/index.js";
import { DOCUMENT_EXTENSIONS } from "../audit/sources/read-document.js";
import { inShard, parseShard } from "../build/shard.js";
import { writeFileAtomically } from "../build/write-atomic.js";
import { type LoadedProject, loadProject } from "../data/load-project.js";
import { loadSettingTypes } from "../data/setting-types.js";
import { UsageError } from "../errors.js";
import type { Io } from "../io.js";
import type { Finding, Setting } from "../model.js";
import { packageVersion } from "../paths.js";
import { REPORT_FORMATS } from "../report/index.js";
import { json } from "../report/json.js";
import type { AuditReport } from "../report/types.js";
import { collect, parseAsOf, parseJobs, projectRoot } from "./common.js";
import { printProblems } from "./report-problems.js";

interface AuditFlags {
  asOf?: string;
  format: string;
  output?: string;
  maxWarnings?: string;
  quiet?: boolean;
  org?: string[];
  root?: string;
  out: string;
  shard?: string;
  jobs?: string;
}

export function auditCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command("audit")
    .description(
      "check settings' data and policy documents (.docx, .pdf, .md, .txt, .html) for stale training, overdue reviews, placeholders, outdated references …",
    )
    .argument(
      "[paths...]",
      "setting files, policy documents, folders or globs (default: every setting and its built policies)",
    )
    .option("--as-of <date>", "judge dates as of this day, YYYY-MM-DD (default: today)")
    .option(
      "-f, --format <format>",
      `report format: ${[...Object.keys(REPORT_FORMATS), "xlsx"].join(", ")} (xlsx needs --output)`,
      "stylish",
    )
    .option("-o, --output <file>", "write the report to this file instead of the screen")
    .option("--max-warnings <n>", "fail (exit 1) when there are more warnings than this")
    .option("-q, --quiet", "report errors only")
    .option("--org <id...>", "only these settings", collect)
    .option("--shard <i/n>", "audit only shard i of n (the same split as build --shard)")
    .option("--out <dir>", "where built policies are (default: output)", "output")
    .option(
      "-j, --jobs <n>",
      `worker threads for documents (default: the number of cores, ${availableParallelism()} here)`,
    )
    .option("--root <dir>", "project folder (holds partnership.yaml, orgs/, policy-templates/)")
    .action(async (paths: string[], opts: AuditFlags) => {
      const asOf = parseAsOf(opts.asOf, io);
      const xlsx = opts.format === "xlsx";
      const format = xlsx ? json : REPORT_FORMATS[opts.format];
      if (!format)
        throw new UsageError(
          `--format "${opts.format}" is not a report format — use one of: ${[...Object.keys(REPORT_FORMATS), "xlsx"].join(", ")}`,
        );
      if (xlsx && !opts.output)
        throw new UsageError(
          "--format xlsx writes a workbook, which needs a file — add --output FILE, e.g. --output audit.xlsx",
        );
      const maxWarnings = opts.maxWarnings === undefined ? undefined : Number(opts.maxWarnings);
      if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0))
        throw new UsageError(
          `--max-warnings "${opts.maxWarnings}" is not a number — write a whole number, e.g. --max-warnings 0`,
        );
      const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);

      const root = projectRoot(io, opts.root);
      // Someone checking their own policy file needs no project: without partnership.yaml, defaults apply.
      const standalone = paths.length > 0 && !opts.root && !existsSync(join(root, "partnership.yaml"));
      const project = standalone
        ? await standaloneProject(root)
        : await loadProject(root, { orgs: opts.org });
      if (standalone)
        io.stderr(
          "note: there is no partnership.yaml here, so policysmith's defaults apply (designated leads' training is valid for 2 years, other training for 3; no contact directory to compare with). Run it in your partnership's project folder, or pass --root DIR, to use the partnership's rules.\n",
        );
      const active = resolveRules(allRules, project.partnership, project.locate);
      const show = (path: string) => relative(io.cwd, path) || ".";
      const outDir = resolve(io.cwd, opts.out);

      let settings: Setting[];
      let documents: DocumentTarget[];
      const extra: Finding[] = [];
      if (paths.length === 0) {
        settings = project.settings.filter((s) => inShard(s.id, shard));
        documents = [];
        for (const setting of settings) {
          const dir = join(outDir, setting.id);
          if (!existsSync(dir)) continue;
          // One rendering per policy is enough: the HTML carries exactly the text of the .docx and .pdf.
          for (const name of (await readdir(dir)).filter((f) => f.endsWith(".html")).sort())
            documents.push({ path: join(dir, name), file: show(join(dir, name)), settingId: setting.id });
        }
      } else {
        const targets = await expand(paths, io.cwd);
        const ids = new Set(project.settings.map((s) => s.id));
        const settingIds = new Set<string>();
        documents = [];
        for (const target of targets) {
          if (target.kind === "missing")
            throw new UsageError(
              `${target.path} does not exist — check the path (globs need quotes in some shells)`,
            );
          if (target.kind === "empty-folder") {
            extra.push({
              ruleId: "unreadable",
              severity: "error",
              file: show(target.path),
              message:
                "This folder holds no policies or setting files (.docx, .pdf, .md, .txt, .html, .yaml) — check the path.",
            });
            continue;
          }
          const ext = extname(target.path).toLowerCase();
          if (ext === ".yaml" || ext === ".yml") {
            const id = basename(target.path).replace(/\.ya?ml$/i, "");
            if (basename(target.path) === "partnership.yaml") continue;
            if (!ids.has(id)) {
              if (!project.problems.some((p) => p.settingId === id))
                throw new UsageError(
                  `${show(target.path)} is not a setting of the project in ${show(root)} — setting files live in its orgs/ folder`,
                );
              continue;
            }
            settingIds.add(id);
          } else {
            documents.push({
              path: target.path,
              file: show(target.path),
              settingId: settingFor(target.path, outDir, ids),
            });
          }
        }
        settings = project.settings.filter((s) => settingIds.has(s.id) && inShard(s.id, shard));
        documents = documents.filter((d) => !d.settingId || inShard(d.settingId, shard));
      }

      printProblems(io, project.problems);
      const jobs = parseJobs(opts.jobs) ?? availableParallelism();
      const result = await runAudit({
        project,
        rules: active,
        asOf,
        settings,
        documents,
        parallel: { jobs },
      });
      let findings = [...extra, ...result.findings];
      const errors = findings.filter((f) => f.severity === "error").length;
      const warnings = findings.length - errors;
      if (opts.quiet) findings = findings.filter((f) => f.severity === "error");
      const auditReport: AuditReport = {
        findings,
        asOf,
        settingsChecked: result.settingsChecked,
        documentsChecked: result.documentsChecked,
        waived: result.waived,
        rules: active.map((a) => a.rule.meta),
        settingNames: new Map(project.settings.map((s) => [s.id, s.name])),
        settingIds: settings.map((s) => s.id),
        version: packageVersion(),
      };
      const report: string | Uint8Array = xlsx
        ? await (await import("../report/xlsx.js")).auditWorkbook(auditReport, {
            settings,
            partnership: project.partnership,
            trainingOptions: active.find((a) => a.rule.meta.id === "training-stale")?.options,
          })
        : format(auditReport, {
            color:
              !opts.output &&
              (io.env.FORCE_COLOR ? io.env.FORCE_COLOR !== "0" : io.isTTY && !io.env.NO_COLOR),
          });
      if (opts.output) {
        await writeFileAtomically(resolve(io.cwd, opts.output), report);
        io.stderr(`Audit report written to ${opts.output} (${errors} errors, ${warnings} warnings).\n`);
      } else io.stdout(report as string);
      if (paths.length === 0 && documents.length === 0 && settings.length > 0)
        io.stderr(
          `note: no built policies in ${show(outDir)}/ — run policysmith build first to audit the documents too.\n`,
        );
      const failed =
        errors > 0 || project.problems.length > 0 || (maxWarnings !== undefined && warnings > maxWarnings);
      if (maxWarnings !== undefined && warnings > maxWarnings && errors === 0)
        io.stderr(`policysmith: ${warnings} warnings is more than --max-warnings ${maxWarnings}.\n`);
      setExitCode(failed ? 1 : 0);
    });
}

/** A project with no partnership data, settings or templates: every rule runs with its defaults. */
async function standaloneProject(root: string): Promise<LoadedProject> {
  return {
    root,
    partnership: { name: "", areas: [], courses: [], source: "partnership.yaml" },
    settingTypes: await loadSettingTypes(),
    settings: [],
    templates: [],
    compiledTemplates: [],
    problems: [],
    locate: () => undefined,
  };
}

type Target = { kind: "file" | "missing" | "empty-folder"; path: string };

async function expand(paths: string[], cwd: string): Promise<Target[]> {
  const out: Target[] = [];
  const wanted = (f: string) => [...DOCUMENT_EXTENSIONS, ".yaml", ".yml"].includes(extname(f).toLowerCase());
  for (const path of paths) {
    if (isDynamicPattern(path)) {
      const matches = (await glob(path, { cwd, absolute: true, onlyFiles: true })).filter(wanted).sort();
      if (matches.length === 0) out.push({ kind: "missing", path });
      for (const m of matches) out.push({ kind: "file", path: m });
      continue;
    }
    const full = resolve(cwd, path);
    if (!existsSync(full)) {
      out.push({ kind: "missing", path });
      continue;
    }
    if (statSync(full).isDirectory()) {
      const matches = (await glob("**/*", { cwd: full, absolute: true, onlyFiles: true }))
        .filter(wanted)
        .sort();
      if (matches.length === 0) out.push({ kind: "empty-folder", path: full });
      for (const m of matches) out.push({ kind: "file", path: m });
      continue;
    }
    out.push({ kind: "file", path: full });
  }
  return out;
}

/** output/<setting-id>/… or a file named after a setting ("acorns-day-nursery-policy.docx"). */
function settingFor(path: string, outDir: string, ids: Set<string>): string | undefined {
  const rel = relative(outDir, path);
  if (!rel.startsWith("..")) {
    const first = rel.split(sep)[0];
    if (ids.has(first)) return first;
  }
  const name = basename(path).toLowerCase();
  let best: string | undefined;
  for (const id of ids) if (name.startsWith(id) && (!best || id.length > best.length)) best = id;
  return best;
}
