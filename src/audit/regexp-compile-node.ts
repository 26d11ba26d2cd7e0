/**
 * Node only (the command line, its worker threads and the bench): V8 compiles each regular expression to machine code
 * the first time it runs, instead of interpreting that first run and compiling from the second. The rules build many
 * expressions for each document (from the names, roles and headings they find) and run most of them once over the
 * whole text, where the interpreted first run costs more than compiling: about a tenth of the audit's time on the
 * bench sample (`npm run bench`; the audit as it was when issue 11 was filed gains nothing from it). The matches are
 * the same either way; only the speed changes. The flag is the whole process's (worker threads started later have
 * it too), set here before any expression of the rules has run: every module that audits in Node imports this one
 * first. In a browser nothing imports it and the engine's own setting stays.
 */
import { setFlagsFromString } from "node:v8";

setFlagsFromString("--no-regexp-tier-up");
