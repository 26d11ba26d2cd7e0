import { type SpawnOptions, spawn } from "node:child_process";

export interface Captured {
  status: number | null;
  /** The signal that ended the program, when one did (then `status` is null). */
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program without blocking the test's thread and gives its exit status and output: a long child (npm, the
 * accuracy script over the whole corpus) run with spawnSync on a busy machine keeps the worker from answering
 * vitest ('Timeout calling "onTaskUpdate"'). Rejects only when the program cannot be started.
 */
export function spawnCaptured(
  command: string,
  args: string[],
  options: SpawnOptions = {},
): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...options, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
      stdout += chunk;
    });
    child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (status, signal) => resolve({ status, signal, stdout, stderr }));
  });
}
