/** `policysmith collect`: one data-collection workbook per setting, prefilled, to send out and import back. */
import { join, relative, resolve } from "node:path";
import { Command } from "commander";
import { writeFileAtomically } from "../build/write-atomic.js";
import { loadProject } from "../data/load-project.js";
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
      const project = await loadProject(root, { orgs: opts.org });
      const outDir = resolve(io.cwd, opts.out);
      const date = io.today();
      for (const setting of project.settings) {
        const { formWorkbook } = await import("../spreadsheet/write-form.js");
        const bytes = await formWorkbook(setting, project.partnership, { date });
        await writeFileAtomically(join(outDir, `${setting.id}.xlsx`), bytes);
      }
      const settingProblems = project.problems.filter((p) => p.settingId);
      printProblems(io, settingProblems);
      const failed = new Set(settingProblems.map((p) => p.settingId));
      io.stdout(
        `Wrote ${plural(project.settings.length, "workbook")} to ${relative(io.cwd, outDir) || "."}/.` +
          (failed.size
            ? ` ${plural(failed.size, "setting")} left out: ${[...failed].sort().join(", ")} — fix the problems above.`
            : "") +
          "\n",
      );
      setExitCode(failed.size ? 1 : 0);
    });
}
