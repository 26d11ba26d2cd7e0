/**
 * Real-client tests need LibreOffice, poppler and qpdf. Where a tool is missing they are skipped with a
 * loud warning on a developer's machine, and fail in CI (CI=true): never a silent skip in CI.
 */
import { execFile, spawnSync } from "node:child_process";

export function hasTool(command: string): boolean {
  const result = spawnSync("sh", ["-c", `command -v ${command}`], { encoding: "utf8" });
  return result.status === 0;
}

/** Any CI value but "false" or "0" means CI (GitHub sets "true", others "1" or a name): never skip there. */
export function inCI(): boolean {
  const ci = process.env.CI?.trim().toLowerCase();
  return !!ci && ci !== "false" && ci !== "0";
}

/** True when every tool is present. Otherwise warns (or, in CI, throws) and returns false. */
export function toolsAvailable(purpose: string, ...commands: string[]): boolean {
  const missing = commands.filter((c) => !hasTool(c));
  if (missing.length === 0) return true;
  const message = `${purpose}: ${missing.join(", ")} not installed — install libreoffice-writer-nogui, libreoffice-calc-nogui, poppler-utils and qpdf (see README). These tests are SKIPPED.`;
  if (inCI()) throw new Error(`CI is set and ${message.replace(" These tests are SKIPPED.", "")}`);
  console.warn(`\n!!! ${message}\n`);
  return false;
}

/**
 * Converts files with LibreOffice in one headless call (one call for many files: each start costs seconds),
 * with a profile of its own under `outDir`, so parallel tests never share one. Returns the call's result;
 * callers assert `status` 0 with `stderr` as the message.
 */
export function convertWithLibreOffice(
  files: readonly string[],
  to: string,
  outDir: string,
  timeout = 300_000,
): { status: number | null; stderr: string } {
  const result = spawnSync("soffice", sofficeArgs(files, to, outDir), { encoding: "utf8", timeout });
  return { status: result.status, stderr: result.stderr };
}

/** soffice's arguments: a profile of its own in the output folder (parallel runs do not share one), headless. */
function sofficeArgs(files: readonly string[], to: string, outDir: string): string[] {
  return [
    `-env:UserInstallation=file://${outDir}/profile`,
    "--headless",
    "--convert-to",
    to,
    "--outdir",
    outDir,
    ...files,
  ];
}

/**
 * convertWithLibreOffice without blocking the test's worker: a conversion can take minutes on a loaded machine,
 * and a worker that does not answer vitest for that long fails the run ("Timeout calling onTaskUpdate").
 */
export function convertWithLibreOfficeAsync(
  files: readonly string[],
  to: string,
  outDir: string,
  timeout = 300_000,
): Promise<{ status: number | null; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      "soffice",
      sofficeArgs(files, to, outDir),
      { encoding: "utf8", timeout, killSignal: "SIGKILL", maxBuffer: 16 * 1024 * 1024 },
      (error, _stdout, stderr) => {
        const status = error ? (typeof error.code === "number" ? error.code : null) : 0;
        resolve({ status, stderr: error && status === null ? `${stderr}\n${error.message}` : stderr });
      },
    );
  });
}
