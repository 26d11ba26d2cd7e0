/**
 * `policysmith diff <setting> [--from VERSION] [--out DIR]`: for each of the setting's templates, a Word
 * document with tracked changes and an HTML page from the policy it approved to the one it would get now.
 */
import { join, relative, resolve } from "node:path";
import { Command } from "commander";
import { WriteError, writeFileAtomically } from "../build/write-atomic.js";
import { DataError, UsageError } from "../errors.js";
import type { Io } from "../io.js";
import { projectRoot } from "./common.js";
import { plural } from "./report-problems.js";

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
      const [
        { compareVersions, modelVersions },
        { approvalProblems },
        { loadProject },
        { fromVersion, keptVersionsOf, settingTemplates, templateRedline },
      ] = await Promise.all([
        import("../approval/approval.js"),
        import("../approval/check-project.js"),
        import("../data/load-project.js"),
        import("../redline/setting.js"),
      ]);
      const project = await loadProject(root, { orgs: [settingId] });
      const setting = project.settings.find((s) => s.id === settingId);
      // An id with no file is a usage error from loadProject, with the nearest id; a file with problems lands here.
      if (!setting)
        throw new DataError(
          project.problems.length
            ? project.problems
            : [{ file: `orgs/${settingId}.yaml`, message: "could not be read — run policysmith validate" }],
        );
      const kept = await keptVersionsOf(project);
      // An approval naming a version that does not exist is a problem at its line, as validate and audit say.
      const problems = approvalProblems({ ...project, settings: [setting] }, kept);
      if (problems.length) throw new DataError(problems);
      const versions = modelVersions(project.templates, kept);
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
      const unknown = templates.filter((t) => fromVersion(setting, t, opts.from).kind === "unknown");
      if (unknown.length) {
        // Said once for the setting, naming the templates: the approval is one record.
        failed += unknown.length;
        const keptBefore = [...new Set(unknown.flatMap((t) => kept.get(t.id) ?? []))].filter((v) =>
          unknown.some((t) => compareVersions(v, t.version) < 0),
        );
        const example = keptBefore.sort(compareVersions).at(-1);
        io.stderr(
          `${setting.source}: ${
            setting.policy.approved
              ? `the approval (policy.approved) does not say which model version ${setting.policy.approved.by} approved`
              : "no approval is recorded (policy.approved)"
          }, so there is no previous version of ${unknown.map((t) => `the ${t.title}`).join(" or ")} to compare with — say which model version was approved with --from${example ? `, e.g. policysmith diff ${setting.id} --from ${example}` : " VERSION"} (the model's versions: ${versions.join(", ")}; kept in versions/: ${[...new Set(unknown.flatMap((t) => kept.get(t.id) ?? []))].sort(compareVersions).join(", ") || "none"}), and record it as policy.approved.model_version\n`,
        );
      }
      for (const template of templates) {
        const approved = fromVersion(setting, template, opts.from);
        if (approved.kind === "unknown") continue;
        if (approved.kind === "version" && compareVersions(approved.version, template.version) > 0) {
          failed++;
          io.stderr(
            `${setting.source}: model version ${approved.version} is newer than the ${template.title}'s current version ${template.version} — use --from with an earlier version (model versions: ${versions.join(", ")})\n`,
          );
          continue;
        }
        const result = await templateRedline(project, setting, template, approved);
        if (result.kind === "current") {
          io.stdout(
            `${template.id}: ${opts.from === undefined ? `${setting.name} approved` : "--from gives"} version ${result.version}, which is the current version — nothing changed.\n`,
          );
          continue;
        }
        if (result.kind === "missing") {
          failed++;
          io.stderr(`${template.id}: ${result.message}\n`);
          continue;
        }
        const base = join(outDir, `${template.id}-${result.from}-to-${result.to}`);
        for (const [file, data] of [
          [`${base}.docx`, result.docx],
          [`${base}.html`, result.html],
        ] as const)
          await writeFileAtomically(file, data).catch((error: unknown) => {
            if (!(error instanceof WriteError)) throw error;
            throw new UsageError(
              `the redline could not be written to ${relative(io.cwd, file)}: ${error.message} — choose another folder with --out`,
            );
          });
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
