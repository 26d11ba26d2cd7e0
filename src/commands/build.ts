/** `policysmith build`: every setting's policies as Word, PDF and HTML. */
import { readdir } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { join, relative, resolve } from "node:path";
import { Command } from "commander";
import type { buildProject } from "../build/build.js";
import { parseShard } from "../build/shard.js";
import { UsageError } from "../errors.js";
import type { Io } from "../io.js";
import { FORMATS, parseFormats } from "../render/formats.js";
import { collect, parseJobs, projectRoot } from "./common.js";
import { Progress } from "./progress.js";
import { plural, printProblems } from "./report-problems.js";

interface BuildFlags {
  org?: string[];
  template?: string[];
  format: string;
  out: string;
  root?: string;
  quiet?: boolean;
  force?: boolean;
  cache?: boolean;
  shard?: string;
  jobs?: string;
}

export function buildCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command("build")
    .description("write each setting's policies (Word, PDF, HTML) to output/<setting-id>/<template-id>.<ext>")
    .option("--org <id>", "only this setting (repeat the flag, or separate ids with commas)", collect)
    .option("--template <id>", "only this template (repeat the flag, or separate ids with commas)", collect)
    .option("--format <list>", `formats, comma-separated: ${FORMATS.join(",")}`, FORMATS.join(","))
    .option("--out <dir>", "output folder", "output")
    .option("--root <dir>", "project folder (holds partnership.yaml, orgs/, policy-templates/)")
    .option("--force", "rebuild every document, even those whose inputs have not changed")
    .option(
      "--no-cache",
      "render every block afresh instead of reusing blocks rendered for earlier settings, and parse every input file afresh (same bytes, slower)",
    )
    .option("--shard <i/n>", "build only shard i of n (a stable split by setting id, for CI matrices)")
    .option("-j, --jobs <n>", `worker threads (default: the number of cores, ${availableParallelism()} here)`)
    .option("-q, --quiet", "print problems and the summary only")
    .action(async (opts: BuildFlags) => {
      const formats = parseFormats(opts.format);
      if (!formats)
        throw new UsageError(
          `--format "${opts.format}" is not a list of formats — use some of: ${FORMATS.join(",")}`,
        );
      const shard = opts.shard === undefined ? undefined : parseShard(opts.shard);
      const epoch = io.env.SOURCE_DATE_EPOCH;
      if (epoch !== undefined && epoch !== "" && !/^\d{1,12}$/.test(epoch.trim()))
        throw new UsageError(
          `SOURCE_DATE_EPOCH "${epoch}" is not a number of seconds since 1970 — set it to a whole number (e.g. the last commit's time: git log -1 --format=%ct) or unset it`,
        );
      const jobs = parseJobs(opts.jobs);
      const [
        { buildProject, startWorkersEarly, stopEarlyWorkers },
        { lockOutputFolder },
        { loadProject },
        { OutputLoadCache },
      ] = await Promise.all([
        import("../build/build.js"),
        import("../build/output-lock.js"),
        import("../data/load-project.js"),
        import("../build/load-cache.js"),
      ]);
      const root = projectRoot(io, opts.root);
      const outDir = resolve(io.cwd, opts.out);
      // What the last build learnt about unchanged files (their parsed YAML), so a rebuild need not parse them.
      const cache = opts.cache === false ? undefined : await OutputLoadCache.open(outDir);
      // A first or forced build of the whole project renders every setting: its worker threads start now and load
      // the templates while this thread checks the setting files (a rebuild may have nothing to render, and one
      // setting is rendered here). Stopped at the end if no build took them.
      if (!opts.org && (opts.force || !cache?.manifestStamp()) && (await settingFileCount(root)) > 1)
        startWorkersEarly(jobs, root);
      try {
        // Every setting file is checked now, but only what finds each again is kept: the thread that renders a
        // setting loads it again, so this one's memory does not grow with the number of settings.
        const project = await loadProject(root, { orgs: opts.org, cache, settingValues: false });
        if (opts.template) {
          const unknown = opts.template.filter((t) => !project.templates.some((m) => m.id === t));
          if (unknown.length)
            throw new UsageError(
              `no template called ${unknown.join(", ")} — templates: ${project.templates.map((t) => t.id).join(", ")}`,
            );
        }
        const where = relative(io.cwd, outDir) || ".";
        if (project.settingFileIds.length === 0)
          throw new UsageError(
            `there are no setting files in ${relative(io.cwd, join(root, "orgs")) || "orgs"}/ — add one with npx policysmith init <id> --type TYPE --area AREA (nothing was built, and nothing in ${where}/ was removed)`,
          );
        const templateProblems = project.problems.filter((p) => !p.settingId);
        const unlock = await lockOutputFolder(outDir, `${where}/`);
        const progress = new Progress(io, opts.quiet ? "quiet" : io.isTTY && !io.env.CI ? "bar" : "lines");
        progress.start(project.settingFiles?.length ?? project.settings.length);
        let result: Awaited<ReturnType<typeof buildProject>>;
        try {
          result = await buildProject(project, {
            formats,
            outDir,
            templates: opts.template,
            orgs: opts.org,
            sourceDateEpoch: epoch?.trim() || undefined,
            force: opts.force,
            cache: opts.cache,
            listFiles: false,
            manifestStamp: cache?.manifestStamp(),
            shard,
            jobs,
            onWarning: (message) => progress.warn(`warning: ${message}`),
            onSetting: (event) =>
              progress.step(
                event.settingId,
                event.problems.length
                  ? "failed"
                  : !event.written.length && !event.unchanged
                    ? templateProblems.length
                      ? "not built: its template has problems (listed below)"
                      : "nothing to build: no template applies to it"
                    : event.written.length
                      ? `${plural(event.written.length, "file")} written${event.unchanged ? `, ${event.unchanged} up to date` : ""}`
                      : "up to date",
                event.problems.length > 0,
              ),
          });
          cache?.rememberManifestStamp(result.manifestStamp);
          await cache?.save({ keepUnused: opts.org !== undefined });
        } finally {
          await unlock();
        }
        progress.finish();
        for (const { path, why } of result.kept)
          io.stderr(
            `warning: kept ${where}/${path} although its setting no longer exists: ${why} — delete it yourself if it is not needed\n`,
          );
        const problems = [
          ...project.problems,
          ...[...result.failed.values()].flat(),
          ...(result.manifestProblem ? [result.manifestProblem] : []),
        ];
        printProblems(io, problems);
        const failedIds = new Set([
          ...result.failed.keys(),
          ...project.problems.map((p) => p.settingId).filter((x): x is string => !!x),
        ]);
        io.stdout(
          `Built ${plural(result.built.length, "setting")} (${plural(result.written, "file")} written, ${result.unchanged} up to date) in ${where}/.` +
            (result.removed.length
              ? ` Removed ${plural(result.removed.length, "file")} of deleted settings.`
              : "") +
            (failedIds.size
              ? ` ${plural(failedIds.size, "setting")} failed: ${[...failedIds].sort().join(", ")} — fix the problems above.`
              : "") +
            (templateProblems.length
              ? ` ${plural(templateProblems.length, "template problem")} above${result.blocked.length ? ` — ${plural(result.blocked.length, "setting")} not built (${[...result.blocked].sort().join(", ")}) until the template is fixed; their old files were left as they were` : ""}.`
              : "") +
            "\n",
        );
        setExitCode(problems.length ? 1 : 0);
      } finally {
        await stopEarlyWorkers();
      }
    });
}

/**
 * How many setting files orgs/ holds by name (.yaml, .yml), without reading them: a project of one setting renders it
 * in this thread, so no worker need start early. Zero when the folder cannot be read (loadProject says why).
 */
async function settingFileCount(root: string): Promise<number> {
  try {
    return (await readdir(join(root, "orgs"))).filter((name) => /\.ya?ml$/i.test(name)).length;
  } catch {
    return 0;
  }
}
