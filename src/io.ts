/** What a command may touch of the outside world; tests pass their own. */
export interface Io {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stdout is a terminal (colour, progress bars). */
  isTTY: boolean;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Today's date as YYYY-MM-DD: the default for --as-of. Commands read the clock only through this. */
  today(): string;
}
