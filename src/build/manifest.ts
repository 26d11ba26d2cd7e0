/**
 * output/manifest.json: which files a build wrote, for which setting, template and format, their hash and the
 * hashes of the inputs they were made from. It is what lets a build skip up-to-date outputs and remove the
 * outputs of deleted settings — so it is read with suspicion: anyone can edit it, and an entry that does not
 * have exactly the shape a build writes (`<setting-id>/<template-id>.<format>`, ids as the schemas allow them,
 * a sha256) is ignored, never followed.
 */
import { appendFileSync, createReadStream, lstatSync, mkdirSync, rmSync } from "node:fs";
import { lstat, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { FORMATS, type Format } from "../render/formats.js";
import { writeFileAtomically } from "./write-atomic.js";

export interface ManifestEntry {
  settingId: string;
  templateId: string;
  format: Format;
  sha256: string;
  inputs: Record<string, string>;
}

/** Keyed by the output's path inside the output folder, always with "/": `oak-primary/child-protection.pdf`. */
export type ManifestFiles = Record<string, ManifestEntry>;

const ID = /^[a-z0-9][a-z0-9-]{0,62}$/;
const SHA256 = /^[0-9a-f]{64}$/;

export function manifestKey(settingId: string, templateId: string, format: Format): string {
  return `${settingId}/${templateId}.${format}`;
}

/** The entry if it is one a build could have written under this key, else undefined. */
export function trustedEntry(key: string, entry: unknown): ManifestEntry | undefined {
  if (!entry || typeof entry !== "object") return undefined;
  const e = entry as Partial<ManifestEntry>;
  if (typeof e.settingId !== "string" || !ID.test(e.settingId)) return undefined;
  if (typeof e.templateId !== "string" || !ID.test(e.templateId)) return undefined;
  if (typeof e.format !== "string" || !(FORMATS as readonly string[]).includes(e.format)) return undefined;
  if (typeof e.sha256 !== "string" || !SHA256.test(e.sha256)) return undefined;
  if (!e.inputs || typeof e.inputs !== "object" || Array.isArray(e.inputs)) return undefined;
  if (key !== manifestKey(e.settingId, e.templateId, e.format as Format)) return undefined;
  const inputs: Record<string, string> = {};
  for (const [name, value] of Object.entries(e.inputs)) if (typeof value === "string") inputs[name] = value;
  return {
    settingId: e.settingId,
    templateId: e.templateId,
    format: e.format as Format,
    sha256: e.sha256,
    inputs,
  };
}

function trustedFiles(files: unknown): ManifestFiles {
  return trustedFilesKept(files).trusted;
}

/** The trusted entries, and whether every entry was kept as it was (none left out, no field dropped). */
function trustedFilesKept(files: unknown): { trusted: ManifestFiles; allKept: boolean } {
  const trusted: ManifestFiles = {};
  if (!files || typeof files !== "object") return { trusted, allKept: false };
  let allKept = true;
  for (const [key, entry] of Object.entries(files)) {
    const ok = trustedEntry(key, entry);
    if (ok) trusted[key] = ok;
    allKept &&=
      ok !== undefined &&
      Object.keys(entry).length === 5 &&
      Object.keys(ok.inputs).length === Object.keys((entry as ManifestEntry).inputs).length;
  }
  return { trusted, allKept };
}

const JOURNAL = "manifest-journal.jsonl";

/** The manifest as the last run left it: manifest.json, with the journal of an interrupted run replayed over it. */
export async function readManifest(outDir: string): Promise<ManifestFiles> {
  return (await readManifestState(outDir, "")).files;
}

/**
 * The manifest as readManifest gives it, and whether manifest.json already says exactly that for policysmith
 * `version`: its own version, every entry kept as a build writes it, no journal replayed over it. A run that then
 * writes and removes nothing need not write it again (writeManifest's comparison of the text alone cost a no-op
 * rebuild of 1,000 settings 150 ms of CPU: 6,000 entries serialised, sorted and compared with the file's 3.5 MB).
 */
export async function readManifestState(
  outDir: string,
  version: string,
): Promise<{ files: ManifestFiles; current: boolean }> {
  manifestReads.count++;
  const path = join(outDir, "manifest.json");
  let files: ManifestFiles = {};
  let current = false;
  // Only a plain file is read: a pipe put in its place would be waited on for ever (it is replaced at the end).
  if ((await lstat(path).catch(() => undefined))?.isFile()) {
    try {
      const data = JSON.parse(await readFile(path, "utf8")) as { policysmith?: unknown; files?: unknown };
      const read = trustedFilesKept(data?.files);
      files = read.trusted;
      current = read.allKept && data.policysmith === version && Object.keys(data).length === 2;
    } catch {
      // A damaged manifest only costs a full rebuild (and no file is removed on its word).
    }
  }
  if (lstatSync(join(outDir, JOURNAL), { throwIfNoEntry: false })) current = false;
  return { files: await ManifestJournal.replayInto(outDir, files), current };
}

/** How many times a manifest was read (tests count them: a no-op settled by its stamp reads none). */
export const manifestReads = { count: 0 };

/**
 * One output per line: still easy to read and diff, and about half the size of indented JSON — which, for
 * thousands of settings, was the biggest single string a build made.
 */
export async function writeManifest(outDir: string, version: string, files: ManifestFiles): Promise<boolean> {
  const lines = Object.keys(files)
    .sort()
    .map((key) => `${JSON.stringify(key)}: ${JSON.stringify(files[key])}`);
  const path = join(outDir, "manifest.json");
  const text = `{"policysmith": ${JSON.stringify(version)}, "files": {\n${lines.join(",\n")}\n}}\n`;
  // A no-op rebuild leaves the manifest as it is: no write, no wait for the disk.
  if (await holdsText(path, text)) return false;
  await writeFileAtomically(path, text);
  return true;
}

/** Whether `path` is a plain file holding exactly `text`. */
async function holdsText(path: string, text: string): Promise<boolean> {
  const info = await lstat(path).catch(() => undefined);
  if (!info?.isFile() || info.size !== Buffer.byteLength(text)) return false;
  return (await readFile(path, "utf8").catch(() => undefined)) === text;
}

/**
 * manifest-journal.jsonl: one line per setting built since the manifest was last written, appended as each
 * finishes, so a build that is killed part-way is picked up where it stopped. Read back on top of the manifest
 * by the next run, entry by entry; a line cut short by a kill is skipped.
 */
export class ManifestJournal {
  private readonly path: string;
  private started = false;

  constructor(outDir: string) {
    this.path = join(outDir, JOURNAL);
  }

  /** Throws (with the file system's code) when the line cannot be written, e.g. on a full disk. */
  append(settingId: string, files: ManifestFiles): void {
    if (!this.started) {
      mkdirSync(dirname(this.path), { recursive: true });
      this.started = true;
    }
    appendFileSync(this.path, `${JSON.stringify({ settingId, files })}\n`);
  }

  /** Removes the journal once the manifest holds it; anything else in its place (a folder) is left alone. */
  remove(): void {
    if (lstatSync(this.path, { throwIfNoEntry: false })?.isFile()) rmSync(this.path, { force: true });
  }

  /**
   * Adds the journal's entries to `files` (changed in place, and returned), line by line as the file is read —
   * never the whole journal in memory at once.
   */
  static async replayInto(outDir: string, files: ManifestFiles): Promise<ManifestFiles> {
    const path = join(outDir, JOURNAL);
    // Only a plain file: a pipe put in its place would be waited on for ever.
    if (!lstatSync(path, { throwIfNoEntry: false })?.isFile()) return files;
    try {
      const lines = createInterface({
        input: createReadStream(path, "utf8"),
        crlfDelay: Number.POSITIVE_INFINITY,
      });
      for await (const line of lines) {
        let entry: { files?: unknown };
        try {
          entry = JSON.parse(line);
        } catch {
          continue; // empty, or cut short by a kill
        }
        Object.assign(files, trustedFiles(entry?.files));
      }
    } catch {
      // A journal that cannot be read (a folder in its place) only costs a rebuild of what it recorded.
    }
    return files;
  }
}
