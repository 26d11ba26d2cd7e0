/** `policysmith validate`: check partnership.yaml, every setting and every template without building. */
import { Command } from "commander";
import type { Io } from "../io.js";
import { collect, projectRoot } from "./common.js";
import { plural, printProblems } from "./report-problems.js";

export function validateCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command("validate")
    .description("check the partnership data, every setting file and every template; build nothing")
    .option("--org <id>", "only this setting (repeat the flag, or separate ids with commas)", collect)
    .option("--root <dir>", "project folder")
    .action(async (opts: { org?: string[]; root?: string }) => {
      const { loadProject } = await import("../data/load-project.js");
      const project = await loadProject(projectRoot(io, opts.root), { orgs: opts.org });
      printProblems(io, project.problems);
      if (project.problems.length) {
        io.stdout(
          `${plural(project.problems.length, "problem")} found; ${plural(project.settings.length, "setting")} valid.\n`,
        );
        setExitCode(1);
      } else {
        io.stdout(
          `All ${plural(project.settings.length, "setting")} and ${plural(project.templates.length, "template")} are valid.\n`,
        );
        setExitCode(0);
      }
    });
}
