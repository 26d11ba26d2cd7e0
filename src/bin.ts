/** The only place that touches process: real I/O in, exit code out. */
import { run } from "./cli.js";
import type { Io } from "./io.js";

export async function main(argv: string[]): Promise<void> {
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
  process.exitCode = await run(argv.slice(2), io);
}
