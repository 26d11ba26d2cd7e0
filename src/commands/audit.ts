/**
 * `policysmith audit [paths…]`: checks setting data and policy documents (ours or hand-written .docx, .pdf,
 * .md, .txt, .html) and reports findings. No paths: every setting in orgs/ and its built policies in output/.
 * Exit code 0 no errors; 1 errors (or warnings over --max-warnings); 2 usage or configuration error.
 */
import { existsSync } from "node:fs";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { basename, extname, join, relative, resolve, sep } from "node:path";
import { Command } from "commander";
import type { DocumentTarget } from "../audit/engine.js";
import type { LoadedProject } from "../data/load-project.js";
import { UsageError } from "../errors.js";
import type { Io } from "../io.js";
import type { Finding, Setting } from "../model.js";
import { packageVersion } from "../paths.js";
import { REPORT_FORMATS } from "../report/index.js";
import { json } from "../report/json.js";
import type { AuditReport } from "../report/types.js";
import { collect, parseAsOf, parseJobs, projectRoot, writeReportFile } from "./common.js";
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
  return (
    new Command("audit")
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
      // One id per --org (repeat it, or separate ids with commas): a variadic option would take the paths after it.
      .option(
        "--org <id>",
        "only this setting (repeat --org, or separate ids with commas, for more)",
        collect,
      )
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
        // node:crypto (shards) and node:readline (the manifest) are loaded only when a shard or a built policy needs them.
        const shards = opts.shard === undefined ? undefined : await import("../build/shard.js");
        const shard = shards?.parseShard(opts.shard as string);
        const inShard = (settingId: string) => !shards || shards.inShard(settingId, shard);

        const root = projectRoot(io, opts.root);
        const { DOCUMENT_EXTENSIONS } = await import("../audit/sources/read-bytes.js");
        // Old .doc files are picked up too, so a folder walk says it cannot read them instead of skipping them silently.
        const wantedExtensions = [...DOCUMENT_EXTENSIONS, ".doc", ".yaml", ".yml"];
        const wanted = (f: string) => wantedExtensions.includes(extname(f).toLowerCase());
        // Someone checking their own policy file needs no project: without partnership.yaml, defaults apply.
        const standalone = paths.length > 0 && !opts.root && !existsSync(join(root, "partnership.yaml"));
        const project = standalone
          ? await standaloneProject(root)
          : await (await import("../data/load-project.js")).loadProject(root, { orgs: opts.org });
        if (standalone)
          io.stderr(
            "note: there is no partnership.yaml here, so policysmith's defaults apply (designated leads' training is valid for 2 years, other training for 3; no contact directory to compare with). Run it in your partnership's project folder, or pass --root DIR, to use the partnership's rules.\n",
          );
        const show = (path: string) => relative(io.cwd, path) || ".";
        const outDir = resolve(io.cwd, opts.out);

        let settings: Setting[];
        let documents: DocumentTarget[];
        const extra: Finding[] = [];
        if (paths.length === 0) {
          settings = project.settings.filter((s) => inShard(s.id));
          documents = [];
          for (const setting of settings) {
            const dir = join(outDir, setting.id);
            if (!existsSync(dir)) continue;
            // One rendering per policy is enough: the HTML carries exactly the text of the .docx and .pdf.
            for (const name of (await readdir(dir)).filter((f) => f.endsWith(".html")).sort())
              documents.push({
                path: join(dir, name),
                file: show(join(dir, name)),
                settingId: setting.id,
                built: true,
              });
          }
        } else {
          const targets = await expand(paths, io.cwd, wanted);
          const ids = new Set(project.settings.map((s) => s.id));
          const settingIds = new Set<string>();
          documents = [];
          for (const target of targets) {
            if (target.kind === "missing")
              throw new UsageError(
                `${target.path} does not exist — check the path (globs need quotes in some shells)`,
              );
            if (target.kind === "not-read") {
              extra.push({
                ruleId: "unreadable",
                severity: "error",
                file: show(target.path),
                message: `This file was not audited: ${target.reason}.`,
              });
              continue;
            }
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
              const settingId = settingFor(target.path, outDir, ids);
              documents.push({
                path: target.path,
                file: show(target.path),
                settingId,
                built: settingId !== undefined && builtOutputOf(target.path, outDir) === settingId,
              });
            }
          }
          settings = project.settings.filter((s) => settingIds.has(s.id) && inShard(s.id));
          documents = documents.filter((d) => !d.settingId || inShard(d.settingId));
        }

        // A built policy older than its inputs is not what the data says now: report it as stale, not its text.
        const stale = await staleOutputs(project, outDir, documents);
        for (const [document, changed] of stale)
          extra.push({
            ruleId: "output-stale",
            severity: "error",
            file: document.file,
            settingId: document.settingId,
            message: `This policy is stale — run npx policysmith build. ${changed.join(" and ")} changed after it was built, so it no longer says what the data says (it was not audited as it stands).`,
          });
        documents = documents.filter((d) => !stale.has(d));

        printProblems(io, project.problems);
        const jobs = parseJobs(opts.jobs) ?? availableParallelism();
        // A few documents are audited in this thread (many go to worker threads, each reading its own): a thread
        // reads them now, while this one loads the rules — on two cores, the two overlap.
        const ahead = await import("../audit/sources/read-ahead-node.js");
        const read =
          jobs > 1 && documents.length > 0 && !ahead.auditedInWorkers(documents.length, jobs)
            ? ahead.readAhead(documents)
            : undefined;
        // A reader thread the CLI started before it knew the files (bin.ts), which this audit does not need.
        if (!read) await ahead.dropPrestartedReader();
        // Loaded here, not at the top, so that the other commands (and --help) do not wait for the rules.
        const [{ resolveRules }, { runAudit }, { rules: allRules }] = await Promise.all([
          import("../audit/config.js"),
          import("../audit/engine.js"),
          import("../audit/rules/index.js"),
        ]);
        const active = resolveRules(allRules, project.partnership, project.locate);
        const result = await runAudit({
          project,
          rules: active,
          asOf,
          settings,
          documents,
          parallel: { jobs },
          read,
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
          await writeReportFile(io, opts.output, report);
          io.stderr(`Audit report written to ${opts.output} (${errors} errors, ${warnings} warnings).\n`);
        } else io.stdout(report as string);
        if (paths.length === 0 && documents.length === 0 && settings.length > 0)
          io.stderr(
            `note: no built policies in ${show(outDir)}/ — run npx policysmith build first to audit the documents too.\n`,
          );
        const failed =
          errors > 0 || project.problems.length > 0 || (maxWarnings !== undefined && warnings > maxWarnings);
        if (maxWarnings !== undefined && warnings > maxWarnings && errors === 0)
          io.stderr(`policysmith: ${warnings} warnings is more than --max-warnings ${maxWarnings}.\n`);
        setExitCode(failed ? 1 : 0);
      })
  );
}

/** A project with no partnership data, settings or templates: every rule runs with its defaults. */
async function standaloneProject(root: string): Promise<LoadedProject> {
  return {
    root,
    partnership: { name: "", areas: [], courses: [], source: "partnership.yaml" },
    // From the build's cache when data/setting-types.yaml is as it was built: no YAML parser to load.
    settingTypes: await (await import("../audit/reference-data-node.js")).packagedSettingTypes(),
    settings: [],
    templates: [],
    compiledTemplates: [],
    problems: [],
    locate: () => undefined,
    settingFileIds: [],
    sourceHash: () => undefined,
    loadSetting: () => Promise.reject(new Error("an audit outside a project has no setting files to load")),
  } as LoadedProject;
}

type Target =
  | { kind: "file" | "missing" | "empty-folder"; path: string }
  | { kind: "not-read"; path: string; reason: string };

/** Deeper than any real folder of policies; a guard against pathological trees. */
const MAX_FOLDER_DEPTH = 32;

/** Why a path is not a file to read (a FIFO, a device, a folder), or undefined when it is a regular file. */
async function notRegular(path: string): Promise<string | undefined> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === "ELOOP"
      ? "it is a link that points back at itself"
      : code === "ENOENT"
        ? "it is a link to a file that does not exist"
        : `it cannot be opened (${code ?? String(error)})`;
  }
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return "it is a folder";
  return "it is not a regular file (a pipe, socket or device) — audit the policy file itself";
}

/**
 * The files below a folder, walked without following links to folders (no loops); a link to a file is read
 * only when it stays inside the folder, and only regular files are ever opened.
 */
async function filesIn(folder: string, wanted: (file: string) => boolean): Promise<Target[]> {
  const out: Target[] = [];
  const top = await realpath(folder);
  const walk = async (dir: string, depth: number): Promise<void> => {
    if (depth > MAX_FOLDER_DEPTH) return;
    const entries = await readdir(dir, { withFileTypes: true });
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        await walk(path, depth + 1);
        continue;
      }
      if (!wanted(entry.name)) continue;
      if (entry.isSymbolicLink()) {
        let target: string | undefined;
        try {
          target = await realpath(path);
        } catch {
          target = undefined;
        }
        if (target && target !== top && !target.startsWith(top + sep)) {
          out.push({
            kind: "not-read",
            path,
            reason:
              "it is a link to a file outside the folder being audited — audit that file by its own name if you mean to",
          });
          continue;
        }
      }
      const why = await notRegular(path);
      out.push(why ? { kind: "not-read", path, reason: why } : { kind: "file", path });
    }
  };
  await walk(folder, 0);
  return out;
}

/** No glob can be written without one of these (picomatch's syntax), so a path without them needs no glob library. */
const GLOB_CHARACTERS = /[*?[\]{}()!@+]/;

async function expand(paths: string[], cwd: string, wanted: (file: string) => boolean): Promise<Target[]> {
  // tinyglobby (with picomatch and fdir) is loaded only when a path may be a glob: "audit policy.docx" needs none.
  const globs = paths.some((path) => GLOB_CHARACTERS.test(path)) ? await import("tinyglobby") : undefined;
  const out: Target[] = [];
  for (const path of paths) {
    if (globs?.isDynamicPattern(path)) {
      const { glob } = globs;
      const matches = (await glob(path, { cwd, absolute: true, onlyFiles: true, followSymbolicLinks: false }))
        .filter(wanted)
        .sort();
      if (matches.length === 0) out.push({ kind: "missing", path });
      for (const m of matches) {
        const why = await notRegular(m);
        out.push(why ? { kind: "not-read", path: m, reason: why } : { kind: "file", path: m });
      }
      continue;
    }
    const full = resolve(cwd, path);
    let info: Awaited<ReturnType<typeof lstat>>;
    try {
      info = await lstat(full);
    } catch {
      out.push({ kind: "missing", path });
      continue;
    }
    if (info.isDirectory()) {
      const found = await filesIn(full, wanted);
      if (found.length === 0) out.push({ kind: "empty-folder", path: full });
      out.push(...found);
      continue;
    }
    const why = await notRegular(full);
    out.push(why ? { kind: "not-read", path: full, reason: why } : { kind: "file", path: full });
  }
  return out;
}

/** The setting whose built output this is (output/<setting-id>/<file>), if it is one. */
function builtOutputOf(path: string, outDir: string): string | undefined {
  const rel = relative(outDir, path);
  if (rel.startsWith("..")) return undefined;
  const parts = rel.split(sep);
  return parts.length === 2 ? parts[0] : undefined;
}

/**
 * Built outputs whose inputs changed since they were built, with what changed. The manifest (build's own
 * reader: shape-checked entries, an interrupted build's journal replayed) holds the hashes of the template,
 * setting and partnership files each output was made from; they are compared with the hashes of the files
 * as this audit loaded them. An output without an entry cannot be judged and is audited as it stands.
 */
async function staleOutputs(
  project: LoadedProject,
  outDir: string,
  documents: readonly DocumentTarget[],
): Promise<Map<DocumentTarget, string[]>> {
  const stale = new Map<DocumentTarget, string[]>();
  const built = documents.filter((d) => d.built && d.settingId);
  if (built.length === 0) return stale;
  const files = await (await import("../build/manifest.js")).readManifest(outDir);
  for (const document of built) {
    const entry = files[`${document.settingId}/${basename(document.path)}`];
    if (!entry) continue;
    const setting = project.settings.find((s) => s.id === document.settingId);
    const template = project.compiledTemplates.find((t) => t.meta.id === entry.templateId);
    const sources: Array<[string, string | undefined, string | undefined]> = [
      ["setting", setting?.source, setting && project.sourceHash(setting.source)],
      ["template", template?.meta.source, template?.sha256],
      ["partnership", project.partnership.source, project.sourceHash(project.partnership.source)],
    ];
    const changed: string[] = [];
    for (const [input, file, now] of sources) {
      const recorded = entry.inputs[input];
      if (!file || !now || !recorded) continue;
      if (now !== recorded) changed.push(file);
    }
    if (changed.length) stale.set(document, changed);
  }
  return stale;
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
