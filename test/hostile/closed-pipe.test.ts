/**
 * `policysmith audit … | head` — the reader of the output goes away before the audit has written it all. Like
 * other command-line tools the audit then stops writing without a word: no "Error: write EPIPE" stack trace on
 * stderr, and the exit code is still the audit's own (1 here: the documents have findings), so
 * `set -o pipefail` in CI still sees it.
 */
import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const BIN = join(REPO, "bin", "policysmith.js");
const CORPUS = join(REPO, "test", "corpus");

describe("the audit's output read by a program that stops reading", () => {
  it("ends quietly with the audit's exit code when stdout is closed early", async () => {
    const files = readdirSync(CORPUS)
      .filter((name) => name.endsWith(".md") && name !== "README.md")
      .sort()
      .slice(0, 12)
      .map((name) => join(CORPUS, name));
    const child = spawn(
      process.execPath,
      [BIN, "audit", ...files, "--as-of", "2026-12-01", "--format", "json"],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    // The reader goes away at once, as `head -c 1` would after its first byte.
    child.stdout.destroy();
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => {
      stderr += chunk;
    });
    const [status, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) =>
      child.on("close", (code, sig) => resolve([code, sig])),
    );
    expect(stderr).not.toMatch(/EPIPE|at \w+ \(|node:internal/);
    expect({ status, signal }).toEqual({ status: 1, signal: null });
  }, 60_000);
});
