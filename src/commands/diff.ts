/**
 * `policysmith diff <setting> [--from VERSION] [--out DIR]`: for each of the setting's templates, a Word
 * document with tracked changes and an HTML page from the policy it approved to the one it would get now.
 */
import { join, relative, resolve } from "node:path";
import { Command } from "commander";
import { writeFileAtomically } from "../build/write-atomic.js";
import { loadProject } from "../data/load-project.js";
import { DataError, UsageError } from "../errors.js";
import type { Io } from "../io.js";
import { compareVersions } from "../model-versions/past.js";
import { approvedVersion, modelVersions, settingTemplates, templateRedline } from "../redline/setting.js";
import { projectRoot } from "./common.js";
import { plural, printProblems } from "./report-problems.js";

interface DiffFlags {
  from?: string;
  out: string;
  root?: string;
}

export function diffCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command("diff")
    .description(
      "what changed for a setting since its approval: for each policy, a Word document with tracked changes and an HTML page",
    )
    .argument("<setting>", "the setting's id (its file name in orgs/ without .yaml)")
    .option("--from <version>", "compare from this model version (default: the version the approval records)")
    .option("--out <dir>", "output folder; files go to <dir>/<setting-id>/", "redline")
    .option("--root <dir>", "project folder (holds partnership.yaml, orgs/, policy-templates/, versions/)")
    .action(async (settingId: string, opts: DiffFlags) => {
      const root = projectRoot(io, opts.root);
      const project = await loadProject(root, { orgs: [settingId] });
      const setting = project.settings.find((s) => s.id === settingId);
      if (!setting) {
        if (!project.settingFileIds.includes(settingId))
          throw new UsageError(
            `there is no setting called ${settingId} — settings: ${project.settingFileIds.join(", ") || "none (orgs/ is empty)"}`,
          );
        printProblems(io, project.problems);
        throw new DataError([
          {
            file: `orgs/${settingId}.yaml`,
            message: "has the problems above — fix them, then run policysmith diff again",
          },
        ]);
      }
      const versions = await modelVersions(project);
      if (opts.from !== undefined && !versions.includes(opts.from))
        throw new UsageError(
          `--from ${opts.from} is not a version of the model — versions: ${versions.join(", ")} (see each template's changelog)`,
        );
      const templates = settingTemplates(project, setting);
      if (!templates.length) {
        io.stderr(
          `${setting.source}: no template applies to ${setting.name}, so there is nothing to compare.\n`,
        );
        setExitCode(1);
        return;
      }
      const outDir = resolve(io.cwd, opts.out, setting.id);
      const where = relative(io.cwd, outDir) || ".";
      let failed = 0;
      let written = 0;
      for (const template of templates) {
        const from = opts.from ?? approvedVersion(setting, template.id);
        if (from === undefined) {
          failed++;
          io.stderr(
            `${setting.source}: ${
              setting.policy.approved
                ? `the approval (policy.approved) does not say which model version ${setting.policy.approved.by} approved`
                : "no approval is recorded (policy.approved)"
            }, so there is no previous version of the ${template.title} to compare with — say which model version was approved with --from, e.g. policysmith diff ${setting.id} --from ${versions.filter((v) => v !== template.version).at(-1) ?? template.version} (model versions: ${versions.join(", ")})\n`,
          );
          continue;
        }
        if (compareVersions(from, template.version) > 0) {
          failed++;
          io.stderr(
            `${setting.source}: model version ${from} is newer than the ${template.title}'s current version ${template.version} — use --from with an earlier version (model versions: ${versions.join(", ")})\n`,
          );
          continue;
        }
        const result = await templateRedline(project, setting, template, from);
        if (result.kind === "current") {
          io.stdout(
            `${template.id}: ${setting.name} approved model ${from}, which is the current version — nothing changed.\n`,
          );
          continue;
        }
        if (result.kind === "missing") {
          failed++;
          io.stderr(`${template.id}: ${result.message}\n`);
          continue;
        }
        const base = join(outDir, `${template.id}-${result.from}-to-${result.to}`);
        await writeFileAtomically(`${base}.docx`, result.docx);
        await writeFileAtomically(`${base}.html`, result.html);
        written += 2;
        const { added, removed, changed } = result.redline.changes;
        io.stdout(
          `${template.id}: model ${result.from} → ${result.to}: ${plural(added.length, "section")} added, ${removed.length} removed, ${changed.length} changed — ${relative(io.cwd, base)}.docx and .html\n`,
        );
      }
      if (written) io.stdout(`Wrote ${plural(written, "file")} in ${where}/.\n`);
      setExitCode(failed ? 1 : 0);
    });
}
