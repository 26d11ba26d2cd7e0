/**
 * `policysmith import FILE.xlsx…`: reads returned data-collection workbooks and updates orgs/<id>.yaml in
 * place (comments, key order and quoting kept), printing what changed for each setting. A workbook with
 * any invalid cell changes nothing. `--training FILE.xlsx|.csv…` reads settings' own training matrices
 * instead. Exit code 0 all imported; 1 a workbook rejected; 2 usage.
 */
import { Command } from "commander";
import type { Io } from "../io.js";
import { collect } from "./common.js";
import type { ImportFlags } from "./import-run.js";

export function importCommand(io: Io, setExitCode: (code: number) => void): Command {
  return new Command("import")
    .description(
      "update orgs/<id>.yaml from returned workbooks (made by collect), or from training matrices with --training",
    )
    .argument("<files...>", "returned .xlsx workbooks (or, with --training, .xlsx/.csv training matrices)")
    .option("--dry-run", "show what would change; write nothing")
    .option(
      "--training",
      "the files are training matrices: match people to leads by name and record their completions",
    )
    .option(
      "--columns <map>",
      'with --training: which heading is which, e.g. "name=Staff member,course=Module,date=Completed on"',
    )
    .option("--org <id...>", "with --training: match people only in these settings", collect)
    .option("--root <dir>", "project folder (holds partnership.yaml, orgs/)")
    .option("--as-of <date>", "training dates after this day, YYYY-MM-DD, are errors (default: today)")
    .action(async (files: string[], opts: ImportFlags) =>
      (await import("./import-run.js")).runImport(io, setExitCode, files, opts),
    );
}
