/**
 * `policysmith collect`: one data-collection workbook per setting, prefilled, to send out and import back.
 * A workbook that cannot be written (a full disk) is named and the others are still written; exit 1.
 */
import { statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { Command } from "commander";
import { WriteError, writeFileAtomically } from "../build/write-atomic.js";
import { UsageError } from "../errors.js";
import type { Io } from "../io.js";
import { collect as collectList, projectRoot } from "./common.js";
import { plural, printProblems } from "./report-problems.js";

interface CollectFlags {
  org?: string[];
  out: string;
  root?: string;
}

export function collectCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command("collect")
    .description(
      "write a workbook per setting (forms/<setting-id>.xlsx), prefilled with its details, leads and training, for settings to check and send back",
    )
    .option("--org <id...>", "only these settings", collectList)
    .option("--out <dir>", "folder for the workbooks", "forms")
    .option("--root <dir>", "project folder (holds partnership.yaml, orgs/, policy-templates/)")
    .action(async (opts: CollectFlags) => {
      const root = projectRoot(io, opts.root);
      const [{ modelVersions }, { loadProject }] = await Promise.all([
        import("../approval/approval.js"),
        import("../data/load-project.js"),
      ]);
      const project = await loadProject(root, { orgs: opts.org });
      const outDir = resolve(io.cwd, opts.out);
      const shownOut = relative(io.cwd, outDir) || ".";
      const outKind = kindOf(outDir);
      if (outKind && outKind !== "folder")
        throw new UsageError(
          `--out ${shownOut} is a ${outKind}, not a folder — give a folder for the workbooks`,
        );
      const date = io.today();
      const unwritten: string[] = [];
      for (const setting of project.settings) {
        const { formWorkbook } = await import("../spreadsheet/write-form.js");
        const bytes = await formWorkbook(setting, project.partnership, {
          date,
          modelVersions: modelVersions(project.templates),
        });
        const path = join(outDir, `${setting.id}.xlsx`);
        try {
          await writeFileAtomically(path, bytes);
        } catch (error) {
          if (!(error instanceof WriteError)) throw error;
          io.stderr(`${relative(io.cwd, path)}: could not be written: ${error.message}\n`);
          unwritten.push(setting.id);
        }
      }
      const settingProblems = project.problems.filter((p) => p.settingId);
      printProblems(io, settingProblems);
      const failed = new Set([...settingProblems.map((p) => p.settingId), ...unwritten]);
      io.stdout(
        `Wrote ${plural(project.settings.length - unwritten.length, "workbook")} to ${shownOut}/.` +
          (failed.size
            ? ` ${plural(failed.size, "setting")} left out: ${[...failed].sort().join(", ")} — fix the problems above and run collect again.`
            : "") +
          "\n",
      );
      setExitCode(failed.size ? 1 : 0);
    });
}

/** "folder", "file" or another kind of thing at a path; undefined when nothing is there. */
function kindOf(path: string): string | undefined {
  try {
    const info = statSync(path);
    return info.isDirectory() ? "folder" : info.isFile() ? "file" : "special file";
  } catch {
    return undefined;
  }
}
