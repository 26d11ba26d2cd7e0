/** Runs the CLI in-process with captured output, the way bin.ts would. */
import { run } from "../../src/cli.js";
import type { Io } from "../../src/io.js";

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(
  args: string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const io: Io = {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
    isTTY: false,
    cwd,
    env,
    today: () => "2026-11-24",
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}
