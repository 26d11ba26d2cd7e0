/** `policysmith build`: every setting's policies as Word, PDF and HTML. */
import { relative, resolve } from "node:path";
import { Command } from "commander";
import { buildProject } from "../build/build.js";
import { loadProject } from "../data/load-project.js";
import { UsageError } from "../errors.js";
import type { Io } from "../io.js";
import { FORMATS, parseFormats } from "../render/formats.js";
import { collect, projectRoot } from "./common.js";
import { plural, printProblems } from "./report-problems.js";

export function buildCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command("build")
    .description("write each setting's policies (Word, PDF, HTML) to output/<setting-id>/<template-id>.<ext>")
    .option("--org <id...>", "only these settings (ids, repeat or separate with commas)", collect)
    .option("--template <id...>", "only these templates", collect)
    .option("--format <list>", `formats, comma-separated: ${FORMATS.join(",")}`, FORMATS.join(","))
    .option("--out <dir>", "output folder", "output")
    .option("--root <dir>", "project folder (holds partnership.yaml, orgs/, policy-templates/)")
    .option("-q, --quiet", "print problems and the summary only")
    .action(async (opts: { org?: string[]; template?: string[]; format: string; out: string; root?: string; quiet?: boolean }) => {
      const formats = parseFormats(opts.format);
      if (!formats) throw new UsageError(`--format "${opts.format}" is not a list of formats — use some of: ${FORMATS.join(",")}`);
      const root = projectRoot(io, opts.root);
      const project = await loadProject(root, { orgs: opts.org });
      if (opts.template) {
        const unknown = opts.template.filter((t) => !project.templates.some((m) => m.id === t));
        if (unknown.length) throw new UsageError(`no template called ${unknown.join(", ")} — templates: ${project.templates.map((t) => t.id).join(", ")}`);
      }
      const outDir = resolve(io.cwd, opts.out);
      const result = await buildProject(project, {
        formats,
        outDir,
        templates: opts.template,
        sourceDateEpoch: io.env.SOURCE_DATE_EPOCH,
        onWarning: (message) => io.stderr(`warning: ${message}\n`),
        onDocument: ({ settingId, files }) => {
          if (!opts.quiet) io.stdout(`built ${settingId}: ${plural(files.length, "file")}\n`);
        },
      });
      const problems = [...project.problems, ...[...result.failed.values()].flat()];
      printProblems(io, problems);
      const failedIds = new Set([...result.failed.keys(), ...project.problems.map((p) => p.settingId).filter((x): x is string => !!x)]);
      const templateProblems = project.problems.filter((p) => !p.settingId);
      const where = relative(io.cwd, outDir) || ".";
      io.stdout(
        `Built ${plural(result.built.length, "setting")} (${plural(result.files.length, "file")}) in ${where}/.` +
          (failedIds.size ? ` ${plural(failedIds.size, "setting")} failed: ${[...failedIds].sort().join(", ")} — fix the problems above.` : "") +
          (templateProblems.length ? ` ${plural(templateProblems.length, "template problem")} above.` : "") +
          "\n",
      );
      setExitCode(problems.length ? 1 : 0);
    });
}
