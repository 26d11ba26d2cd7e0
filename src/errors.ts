/** Typed errors. Only src/bin.ts turns them into exit codes: UsageError/ConfigError → 2, DataError → 1. */

/** Wrong command-line use. Exit code 2. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** One problem in an input file, with its place and what to do about it. */
export interface Problem {
  file: string;
  line?: number;
  column?: number;
  /** Where in the data, e.g. `leads[0].training[1].date`. */
  path?: string;
  /** Plain words: what is wrong and what to write instead. */
  message: string;
  settingId?: string;
}

/** "orgs/acorns.yaml:14:15 leads[0].training[1].date: "Octob 2024" is not a date — write 2024-10-15" */
export function formatProblem(p: Problem): string {
  const place = [p.file, p.line, p.line !== undefined ? (p.column ?? 1) : undefined]
    .filter((x) => x !== undefined)
    .join(":");
  return `${place} ${p.path ? `${p.path}: ` : ""}${visible(p.message)}`;
}

/**
 * A message quotes what people wrote; line breaks and other control characters in it are shown as escapes, so
 * a value can never start a line of its own (a CI log reads "::error::…" at a line's start as a command) or
 * send escape sequences to a terminal.
 */
export function visible(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: showing control characters is the point
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) =>
    c === "\n"
      ? "\\n"
      : c === "\r"
        ? "\\r"
        : c === "\t"
          ? " "
          : `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );
}

/** Bad input data or templates: one or more problems. A setting that has one is not built. Exit code 1. */
export class DataError extends Error {
  override name = "DataError";
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
  }
}

/** A broken partnership config or template set: nothing can be built. Exit code 2. */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
  }
}
