/**
 * Issue 15, memory flat in N: the manifest is written setting by setting from the previous one, the journal's lines
 * and what the journal could not take (writeMergedManifest), never made whole in memory — and its bytes are exactly
 * those writeManifest gives for the same records merged in memory.
 */
import { mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  type ManifestEntry,
  type ManifestFiles,
  ManifestJournal,
  manifestKey,
  readManifest,
  writeManifest,
  writeMergedManifest,
} from "../src/build/manifest.js";
import type { Format } from "../src/render/formats.js";

const hex = (n: number) => n.toString(16).padStart(64, "0");

function entry(settingId: string, templateId: string, format: Format, n: number): [string, ManifestEntry] {
  return [
    manifestKey(settingId, templateId, format),
    {
      settingId,
      templateId,
      format,
      sha256: hex(n),
      // Inputs in an order of their own, and a value beyond ASCII: both kept as they are.
      inputs: { template: hex(n + 1), setting: hex(n + 2), policysmith: "0.1.0-é", sourceDateEpoch: "" },
    },
  ];
}

function filesOf(settingId: string, n: number, templates = ["child-protection", "online-safety"]) {
  const files: ManifestFiles = {};
  for (const templateId of templates)
    for (const format of ["docx", "html", "pdf"] as const) {
      const [key, value] = entry(settingId, templateId, format, n++);
      files[key] = value;
    }
  return files;
}

const tempDir = () => mkdtempSync(join(tmpdir(), "policysmith-merge-"));
const text = (dir: string) => readFileSync(join(dir, "manifest.json"), "utf8");

describe("the manifest written setting by setting (issue 15)", () => {
  it("gives writeManifest's bytes for the previous manifest, the journal over it and the unjournaled over that", async () => {
    // Ids where sorting by id alone and sorting by key disagree ("a" < "a-b", but "a-b/…" < "a/…").
    const ids = ["a", "a-b", "a0", "b", "zz-top", "m", "m-1", "club-9"];
    const previous: ManifestFiles = {};
    for (const [i, id] of ids.entries()) Object.assign(previous, filesOf(id, i * 100));
    const reference = { ...previous };

    const viaJournal = tempDir();
    const inMemory = tempDir();
    const journal = new ManifestJournal(viaJournal);
    // Lines in no order, a setting twice (the later line wins), a new setting, a line with only part of a setting.
    const lines: Array<[string, ManifestFiles]> = [
      ["m", filesOf("m", 5000)],
      ["a-b", filesOf("a-b", 6000)],
      ["new-one", filesOf("new-one", 7000)],
      ["m", filesOf("m", 8000, ["online-safety"])],
      ["a", filesOf("a", 9000)],
    ];
    for (const [id, files] of lines) {
      journal.append(id, files);
      Object.assign(reference, files);
    }
    const extra = { ...filesOf("b", 10000, ["child-protection"]), ...filesOf("late", 11000) };
    Object.assign(reference, extra);

    const seen: string[] = [];
    const merged = await writeMergedManifest(viaJournal, "0.1.0", previous, journal, extra, (key) =>
      seen.push(key),
    );
    await writeManifest(inMemory, "0.1.0", reference);
    expect(text(viaJournal)).toBe(text(inMemory));
    expect(merged.written).toBe(true);
    expect(seen).toEqual(Object.keys(reference).sort());
    expect(Object.keys(previous)).toHaveLength(ids.length * 6); // the previous manifest is left as it was
    // What it read back is what it wrote.
    expect(await readManifest(viaJournal)).toEqual(JSON.parse(text(inMemory)).files);
  });

  it("writes a manifest of hundreds of settings in pieces, the same bytes", async () => {
    const previous: ManifestFiles = {};
    for (let i = 0; i < 300; i += 3) Object.assign(previous, filesOf(`s-${i}`, i));
    const reference = { ...previous };
    const viaJournal = tempDir();
    const inMemory = tempDir();
    const journal = new ManifestJournal(viaJournal);
    for (let i = 299; i >= 0; i -= 2) {
      const files = filesOf(`s-${i}`, 1000 + i);
      journal.append(`s-${i}`, files);
      Object.assign(reference, files);
    }
    await writeMergedManifest(viaJournal, "0.1.0", previous, journal, {});
    await writeManifest(inMemory, "0.1.0", reference);
    expect(text(viaJournal).length).toBeGreaterThan(200_000); // several pieces
    expect(text(viaJournal)).toBe(text(inMemory));
  });

  it("writes an empty manifest as writeManifest does, and leaves one that already holds the bytes alone", async () => {
    const empty = tempDir();
    const reference = tempDir();
    await writeMergedManifest(empty, "0.1.0", {}, undefined, {});
    await writeManifest(reference, "0.1.0", {});
    expect(text(empty)).toBe(text(reference));

    const dir = tempDir();
    const files = filesOf("oak", 1);
    await writeManifest(dir, "0.1.0", files);
    const before = statSync(join(dir, "manifest.json")).ino;
    const again = await writeMergedManifest(dir, "0.1.0", files, undefined, {});
    expect(again.written).toBe(false);
    expect(statSync(join(dir, "manifest.json")).ino).toBe(before);
  });

  it("does not let a line a killed run cut short spoil the first line of the next run", async () => {
    const dir = tempDir();
    writeFileSync(join(dir, "manifest-journal.jsonl"), '{"settingId":"old","files":{"old/child-prot');
    const journal = new ManifestJournal(dir);
    const files = filesOf("oak", 1);
    journal.append("oak", files);
    expect(await readManifest(dir)).toEqual(files);
    const reference = tempDir();
    await writeMergedManifest(dir, "0.1.0", {}, journal, {});
    await writeManifest(reference, "0.1.0", files);
    expect(text(dir)).toBe(text(reference));
  });
});
