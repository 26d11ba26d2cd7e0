/** Prints data/template problems for people: grouped by file, each with line:column and what to do. */
import { formatProblem, type Problem } from "../errors.js";
import type { Io } from "../io.js";

export function printProblems(io: Io, problems: Problem[]): void {
  const sorted = [...problems].sort(
    (a, b) =>
      a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
  );
  for (const problem of sorted) io.stderr(`${formatProblem(problem)}\n`);
}

export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n} ${n === 1 ? word : many}`;
}
