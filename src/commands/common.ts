/** Options and checks shared by several commands. */
import { resolve } from "node:path";
import { WriteError, writeFileAtomically } from "../build/write-atomic.js";
import { UsageError } from "../errors.js";
import type { Io } from "../io.js";

export function projectRoot(io: Io, root: string | undefined): string {
  return resolve(io.cwd, root ?? ".");
}

/** Strict YYYY-MM-DD that is a real date; anything else is a usage error (exit 2). */
export function parseAsOf(text: string | undefined, io: Io): string {
  if (text === undefined) return io.today();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match
    ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])))
    : undefined;
  if (!match || !date || date.toISOString().slice(0, 10) !== text)
    throw new UsageError(`--as-of "${text}" is not a date — write it as YYYY-MM-DD, e.g. --as-of 2026-11-24`);
  return text;
}

export function collect(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(",")
      .map((v) => v.trim())
      .filter(Boolean),
  ];
}

/** `--jobs N`: a whole number ≥ 1 (undefined: one per core). */
export function parseJobs(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) < 1)
    throw new UsageError(`--jobs "${text}" is not a number of threads — write a whole number, e.g. --jobs 2`);
  return Number(text);
}

/** `--output FILE` for a report: written whole or not at all; a failed write is a usage error in plain words. */
export async function writeReportFile(io: Io, given: string, data: string | Uint8Array): Promise<void> {
  try {
    await writeFileAtomically(resolve(io.cwd, given), data);
  } catch (error) {
    if (!(error instanceof WriteError)) throw error;
    throw new UsageError(
      `the report could not be written to ${given}: ${error.message} (a report already there was left as it was)`,
    );
  }
}
