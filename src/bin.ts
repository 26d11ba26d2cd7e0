/** The only place that touches process: real I/O in, exit code out. */
// This process is the command line's: pdf.js inflates PDFs itself here (see the module).
import "./audit/sources/pdf-inflate-node.js";
import { compileRegExpsOnFirstRun } from "./audit/regexp-compile-node.js";
import type { Io } from "./io.js";
import { packageVersion } from "./paths.js";

/**
 * `policysmith --version` (or -v) on its own needs nothing but the version: it is answered here, as commander
 * answers it (the version and a newline, exit code 0), without loading commander or any command (issue 15, start
 * fast: test/cli-startup.test.ts holds it). Anything more on the line goes to the CLI as before.
 */
const VERSION_FLAGS = new Set(["--version", "-v"]);

/** `audit`'s options that take a value: the word after one is its value, not a file (src/commands/audit.ts). */
export const AUDIT_VALUE_OPTIONS = [
  "--as-of",
  "-f",
  "--format",
  "-o",
  "--output",
  "--max-warnings",
  "--org",
  "--shard",
  "--out",
  "-j",
  "--jobs",
  "--root",
];

/**
 * The formats of the policy files `policysmith audit a.docx b.pdf …` names, when the audit will read them in a
 * thread of its own while it loads the rules (read-ahead-node.ts): only files of a format it reads are named
 * (no folder, glob or setting file), fewer than the audit sends to worker threads, on more than one core, with
 * no --jobs and no --help. Anything else: undefined. `cores`: availableParallelism().
 */
export async function readAheadFormats(args: readonly string[], cores: number) {
  if (args[0] !== "audit" || cores < 2) return undefined;
  const { documentFormat } = await import("./audit/sources/read-bytes.js");
  const { auditedInWorkers } = await import("./audit/sources/read-ahead-node.js");
  const formats: Array<NonNullable<ReturnType<typeof documentFormat>>> = [];
  for (let i = 1; i < args.length; i++) {
    const arg = args[i];
    if (arg === "-j" || arg === "--jobs" || arg.startsWith("--jobs=") || /^-j\d/.test(arg)) return undefined;
    if (arg === "-h" || arg === "--help" || arg === "--") return undefined;
    if (AUDIT_VALUE_OPTIONS.includes(arg)) i++;
    if (arg.startsWith("-")) continue;
    const format = documentFormat(arg);
    if (!format || /[*?[\]{}()!@+]/.test(arg)) return undefined;
    formats.push(format);
  }
  return formats.length > 0 && !auditedInWorkers(formats.length, cores) ? formats : undefined;
}

export async function main(argv: string[]): Promise<void> {
  const args = argv.slice(2);
  if (args.length === 1 && VERSION_FLAGS.has(args[0])) {
    process.stdout.write(`${packageVersion()}\n`);
    process.exitCode = 0;
    return;
  }
  // Before any of the commands' regular expressions has run and before any worker thread starts (see the module).
  compileRegExpsOnFirstRun();
  // `audit a.docx`: the thread that will read the file starts loading the Word reader now, while this one loads
  // the CLI and then the rules (issue 15, start fast). The audit hands it the files, or stops it.
  const { availableParallelism } = await import("node:os");
  const formats = await readAheadFormats(args, availableParallelism());
  const ahead = formats ? await import("./audit/sources/read-ahead-node.js") : undefined;
  if (formats) ahead?.prestartReader(formats);
  const { run } = await import("./cli.js");
  // `policysmith audit … | head`: once the reader has gone, writing more fails with EPIPE. Stop writing, as other
  // command-line tools do, with no stack trace, and let the run end with its own exit code (test/hostile/closed-pipe.test.ts).
  let stdoutClosed = false;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code !== "EPIPE" && error.code !== "ERR_STREAM_DESTROYED") throw error;
    stdoutClosed = true;
  });
  const io: Io = {
    stdout: (text) => {
      if (!stdoutClosed) process.stdout.write(text);
    },
    stderr: (text) => process.stderr.write(text),
    isTTY: Boolean(process.stdout.isTTY),
    cwd: process.cwd(),
    env: process.env,
    today: () => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    },
  };
  process.exitCode = await run(args, io);
  await ahead?.dropPrestartedReader();
}
