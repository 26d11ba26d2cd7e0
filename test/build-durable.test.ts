/**
 * Issue 15, durable writes without one wait per file: a setting's files go to temporary names, are flushed to
 * disk together (their fsyncs all in flight at once), renamed into place, and each folder is flushed once.
 * Counted (fsync calls, how many at once), never timed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildProject } from "../src/build/build.js";
import {
  syncStats,
  WriteError,
  writeFileAtomically,
  writeFilesAtomically,
} from "../src/build/write-atomic.js";
import { loadProject } from "../src/data/load-project.js";
import { tempProject } from "./helpers/temp-project.js";

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "policysmith-durable-"));
  made.push(dir);
  return dir;
}

beforeEach(() => {
  Object.assign(syncStats, { files: 0, folders: 0, inFlight: 0, peakInFlight: 0 });
});

describe("durable writes (issue 15)", () => {
  it("flushes a setting's files together, then renames them, then flushes the folder once", async () => {
    const dir = tempFolder();
    writeFileSync(join(dir, "b.docx"), "the old b");
    const files = ["a.html", "b.docx", "c.pdf", "d.html", "e.docx", "f.pdf"].map((name, i) => ({
      path: join(dir, "setting", name),
      data: `file ${i} `.repeat(1000 * (i + 1)),
    }));
    files[1] = { path: join(dir, "b.docx"), data: "the new b" };
    const errors = await writeFilesAtomically(files);
    expect(errors).toEqual([undefined, undefined, undefined, undefined, undefined, undefined]);
    for (const file of files) expect(readFileSync(file.path, "utf8")).toBe(file.data);
    expect(syncStats.files).toBe(6);
    expect(syncStats.peakInFlight).toBe(6); // all six flushes waited for at once, not one after another
    expect(syncStats.folders).toBe(2); // dir and dir/setting, once each
    expect(readdirSync(join(dir, "setting")).sort()).toEqual([
      "a.html",
      "c.pdf",
      "d.html",
      "e.docx",
      "f.pdf",
    ]);
  });

  it("fails one file alone: it keeps its old version, the others are written, no temporary file is left", async () => {
    const dir = tempFolder();
    mkdirSync(join(dir, "b.docx")); // a folder where a file should go
    writeFileSync(join(dir, "b.docx", "notes.txt"), "a person's notes");
    writeFileSync(join(dir, "c.pdf"), "the old c");
    writeFileSync(join(dir, "in-the-way"), "a file where a folder should be");
    const errors = await writeFilesAtomically([
      { path: join(dir, "a.html"), data: "new a" },
      { path: join(dir, "b.docx"), data: "new b" },
      { path: join(dir, "in-the-way", "d.html"), data: "new d" },
      { path: join(dir, "c.pdf"), data: "new c" },
    ]);
    expect(errors[0]).toBeUndefined();
    expect(errors[1]).toBeInstanceOf(WriteError);
    expect(errors[1]?.message).toContain("a folder stands where the file should be");
    expect(errors[2]?.message).toContain("a file stands where a folder is needed");
    expect(errors[3]).toBeUndefined();
    expect(readFileSync(join(dir, "a.html"), "utf8")).toBe("new a");
    expect(readFileSync(join(dir, "c.pdf"), "utf8")).toBe("new c");
    expect(readFileSync(join(dir, "b.docx", "notes.txt"), "utf8")).toBe("a person's notes");
    expect(readdirSync(dir).sort()).toEqual(["a.html", "b.docx", "c.pdf", "in-the-way"]);
  });

  it("still flushes a single file and its folder (writeFileAtomically)", async () => {
    const dir = tempFolder();
    await writeFileAtomically(join(dir, "manifest.json"), "{}\n");
    expect(syncStats).toMatchObject({ files: 1, folders: 1 });
    await expect(writeFileAtomically(join(dir, "manifest.json", "x"), "{}")).rejects.toBeInstanceOf(
      WriteError,
    );
    expect(readdirSync(dir)).toEqual(["manifest.json"]);
  });

  it("flushes each setting's folder once in a build, not once per file", async () => {
    const root = tempProject();
    const project = await loadProject(root);
    const result = await buildProject(project, {
      formats: ["html", "docx", "pdf"],
      outDir: join(root, "output"),
      jobs: 1,
    });
    expect(result.written).toBe(6);
    // 6 policies and the manifest; the two settings' folders and the output folder (for the manifest).
    expect(syncStats.files).toBe(7);
    expect(syncStats.folders).toBe(3);
    // A setting's three files are flushed together (and the next setting's may be in flight with them: it is
    // written while the one after renders, src/build/build.ts buildInTurn).
    expect(syncStats.peakInFlight).toBeGreaterThanOrEqual(3);
  });
});
