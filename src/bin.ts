/** The only place that touches process: real I/O in, exit code out. */
import type { Io } from "./io.js";
import { packageVersion } from "./paths.js";

/**
 * `policysmith --version` (or -v) on its own needs nothing but the version: it is answered here, as commander
 * answers it (the version and a newline, exit code 0), without loading commander or any command (issue 15, start
 * fast: test/cli-startup.test.ts holds it). Anything more on the line goes to the CLI as before.
 */
const VERSION_FLAGS = new Set(["--version", "-v"]);

export async function main(argv: string[]): Promise<void> {
  const args = argv.slice(2);
  if (args.length === 1 && VERSION_FLAGS.has(args[0])) {
    process.stdout.write(`${packageVersion()}\n`);
    process.exitCode = 0;
    return;
  }
  const { run } = await import("./cli.js");
  const io: Io = {
    stdout: (text) => process.stdout.write(text),
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
}
