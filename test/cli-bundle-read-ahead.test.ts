/**
 * Reading ahead (src/audit/sources/read-ahead-node.ts): `policysmith audit` on a few documents reads them in a
 * worker thread while the main thread loads the rules. What the audit gets must be what reading them in the main
 * thread gives — the same documents, the same reasons a file cannot be read — and a thread that fails leaves
 * its files to be read in the main thread. The worker is tsc's dist/audit/sources/read-worker-node.js here (the
 * bundle's own is dist/bundle/read-worker.js; test/cli-startup.test.ts sees the CLI start it).
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditedInWorkers, readAhead, readAheadThreads } from "../src/audit/sources/read-ahead-node.js";
import { readDocument } from "../src/audit/sources/read-file-node.js";
import { Unreadable } from "../src/audit/sources/unreadable.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const corpus = (name: string) => join(REPO, "test", "corpus", name);

let dir: string;
beforeAll(() => {
  expect(
    existsSync(join(REPO, "dist", "audit", "sources", "read-worker-node.js")),
    "dist/ is not built — run npm run build (or npx tsc -p tsconfig.build.json) first",
  ).toBe(true);
  dir = mkdtempSync(join(tmpdir(), "policysmith-read-ahead-"));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

const target = (path: string, settingId?: string) => ({
  path,
  file: `shown/${path.split("/").pop()}`,
  settingId,
});

describe("readAhead", () => {
  it("gives each document exactly as reading it in this thread does (Word, PDF, Markdown), from one thread", async () => {
    const targets = [
      target(corpus("bramble-pre-school.docx"), "bramble-pre-school"),
      target(corpus("bramble-pre-school.pdf")),
      target(corpus("bramble-pre-school.md")),
    ];
    const started = readAheadThreads.started;
    const read = readAhead(targets);
    expect(readAheadThreads.started).toBe(started + 1);
    for (const t of targets) {
      const ahead = await read(t);
      expect(ahead.file).toBe(t.file);
      expect(ahead).toEqual(await readDocument(t.path, t.file, t.settingId));
    }
  }, 120_000);

  it("a file that cannot be read fails as it does in this thread: an Unreadable with the same reason", async () => {
    const notZip = join(dir, "not-a-zip.docx");
    writeFileSync(notZip, "plain words, not a Word file");
    const empty = join(dir, "empty.pdf");
    writeFileSync(empty, "");
    const targets = [target(notZip), target(empty), target(corpus("bramble-pre-school.md"))];
    const read = readAhead(targets);
    // Asked late, after the thread has answered: a rejection nobody had asked for yet is no crash.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    for (const t of targets.slice(0, 2)) {
      const here = await readDocument(t.path, t.file).catch((error: unknown) => error);
      const ahead = await read(t).catch((error: unknown) => error);
      expect(here).toBeInstanceOf(Unreadable);
      expect(ahead).toBeInstanceOf(Unreadable);
      expect((ahead as Error).message).toBe((here as Error).message);
    }
    expect((await read(targets[2])).text.length).toBeGreaterThan(1000);
  }, 120_000);

  it("when the thread cannot start, or for a file it was not given, the file is read in this thread", async () => {
    const targets = [target(corpus("bramble-pre-school.docx"))];
    const read = readAhead(targets, join(dir, "no-such-worker.js"));
    expect(await read(targets[0])).toEqual(await readDocument(targets[0].path, targets[0].file));
    const other = target(corpus("bramble-pre-school.md"));
    expect(await read(other)).toEqual(await readDocument(other.path, other.file));
  }, 120_000);

  it("is for the audits the engine does in its own thread: a few documents, more than one job", () => {
    expect(auditedInWorkers(1, 2)).toBe(false);
    expect(auditedInWorkers(3, 2)).toBe(false);
    expect(auditedInWorkers(4, 2)).toBe(true);
    expect(auditedInWorkers(10, 1)).toBe(false);
  });
});
