/**
 * The command line: a thin shell over the library. Returns an exit code; only bin.ts sets it.
 * Every command module imports only commander and light helpers at its top and loads what its action needs with
 * `await import(…)`, so `--version`, `--help` and each command pay only for their own modules
 * (test/cli-startup.test.ts holds it).
 */
import { Command, CommanderError } from "commander";
import { auditCommand } from "./commands/audit.js";
import { buildCommand } from "./commands/build.js";
import { calendarCommand } from "./commands/calendar.js";
import { collectCommand } from "./commands/collect.js";
import { diffCommand } from "./commands/diff.js";
import { importCommand } from "./commands/import.js";
import { initCommand } from "./commands/init.js";
import { reportCommand } from "./commands/report.js";
import { printProblems } from "./commands/report-problems.js";
import { siteCommand } from "./commands/site.js";
import { validateCommand } from "./commands/validate.js";
import { ConfigError, DataError, UsageError, visible } from "./errors.js";
import type { Io } from "./io.js";
import { packageVersion } from "./paths.js";

export async function run(args: string[], io: Io): Promise<number> {
  let exitCode = 0;
  const setExitCode = (code: number) => {
    exitCode = Math.max(exitCode, code);
  };
  const program = new Command("policysmith")
    .description(
      "Generate and audit child-protection (safeguarding) policies from one model template and each setting's data.",
    )
    .version(packageVersion(), "-v, --version")
    .showSuggestionAfterError()
    .configureOutput({ writeOut: (s: string) => io.stdout(s), writeErr: (s: string) => io.stderr(s) })
    .exitOverride();
  for (const command of [
    buildCommand(io, setExitCode),
    auditCommand(io, setExitCode),
    validateCommand(io, setExitCode),
    initCommand(io, setExitCode),
    reportCommand(io, setExitCode),
    collectCommand(io, setExitCode),
    importCommand(io, setExitCode),
    siteCommand(io, setExitCode),
    diffCommand(io, setExitCode),
    calendarCommand(io, setExitCode),
  ]) {
    for (const c of [command, ...command.commands])
      c.configureOutput({
        writeOut: (s: string) => io.stdout(s),
        writeErr: (s: string) => io.stderr(s),
      }).exitOverride();
    program.addCommand(command);
  }
  try {
    await program.parseAsync(args, { from: "user" });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === "commander.helpDisplayed" ||
        error.code === "commander.version" ||
        error.code === "commander.help"
      )
        return 0;
      if (error.code === "commander.executeSubCommandAsync") return exitCode;
      return 2;
    }
    if (error instanceof UsageError) {
      io.stderr(`policysmith: ${visible(error.message)}\n`);
      return 2;
    }
    if (error instanceof ConfigError) {
      printProblems(io, error.problems);
      io.stderr("policysmith: fix the configuration problems above, then run again.\n");
      return 2;
    }
    if (error instanceof DataError) {
      printProblems(io, error.problems);
      return 1;
    }
    io.stderr(
      `policysmith: internal error — please report it with the command you ran.\n${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    return 2;
  }
}
