/**
 * Node only (the command line and the bench): V8 compiles each regular expression to machine code the first time it
 * runs, instead of interpreting that first run and compiling from the second. The rules build many expressions for
 * each document (from the names, roles and headings they find) and run most of them once over the whole text, where
 * the interpreted first run costs more than compiling: about a tenth of the audit's time on the bench sample (`npm
 * run bench`; the audit as it was when issue 11 was filed gains nothing from it). The matches are the same either
 * way; only the speed changes. The flag is the whole process's, worker threads included, so it is set once, by the
 * main thread, as the command line starts (src/bin.ts's main) and before any worker starts — never on import, so a
 * test that imports the CLI's helpers, or a worker thread, never changes it while other code runs. In a browser
 * nothing calls it and the engine's own setting stays.
 */
import { setFlagsFromString } from "node:v8";

let set = false;

export function compileRegExpsOnFirstRun(): void {
  if (set) return;
  set = true;
  setFlagsFromString("--no-regexp-tier-up");
}
