/**
 * Progress for long runs: a live bar on a terminal (done/total, rate, ETA, failures), a plain line per
 * setting when piped or in CI, nothing but the summary with --quiet. Never both bar and lines.
 */
import type { Io } from "../io.js";

export type ProgressMode = "bar" | "lines" | "quiet";

export class Progress {
  private total = 0;
  private done = 0;
  private failed = 0;
  private started = 0;
  private lastDraw = 0;

  constructor(
    private readonly io: Io,
    private readonly mode: ProgressMode,
    private readonly now: () => number = () => performance.now(),
  ) {}

  start(total: number): void {
    this.total = total;
    this.started = this.now();
  }

  step(label: string, status: string, failed: boolean): void {
    this.done++;
    if (failed) this.failed++;
    if (this.mode === "lines") this.io.stdout(`${label}: ${status}\n`);
    if (this.mode === "bar") {
      const t = this.now();
      if (t - this.lastDraw > 100 || this.done === this.total) {
        this.lastDraw = t;
        this.draw();
      }
    }
  }

  warn(message: string): void {
    if (this.mode === "bar") this.io.stderr("\r\x1b[K");
    this.io.stderr(`${message}\n`);
    if (this.mode === "bar") this.draw();
  }

  finish(): void {
    if (this.mode === "bar") this.io.stderr("\r\x1b[K");
  }

  private draw(): void {
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const eta = rate > 0 ? Math.ceil((this.total - this.done) / rate) : 0;
    const width = 24;
    const filled = this.total ? Math.round((this.done / this.total) * width) : width;
    this.io.stderr(
      `\r\x1b[K[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${this.done}/${this.total} settings, ${rate.toFixed(1)}/s, ETA ${eta}s${this.failed ? `, ${this.failed} failed` : ""}`,
    );
  }
}
