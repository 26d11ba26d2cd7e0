/**
 * output/manifest.json: which files a build wrote, for which setting, template and format, their hash and the
 * hashes of the inputs they were made from. It is what lets a build skip up-to-date outputs and remove the
 * outputs of deleted settings — so it is read with suspicion: anyone can edit it, and an entry that does not
 * have exactly the shape a build writes (`<setting-id>/<template-id>.<format>`, ids as the schemas allow them,
 * a sha256) is ignored, never followed.
 */
import { createHash } from "node:crypto";
import {
  appendFileSync,
  closeSync,
  createReadStream,
  lstatSync,
  mkdirSync,
  openSync,
  readSync,
  rmSync,
} from "node:fs";
import { type FileHandle, lstat, open, readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { createInterface } from "node:readline";
import { FORMATS, type Format } from "../render/formats.js";
import { AtomicFileWriter, writeFileAtomically } from "./write-atomic.js";

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
    .map((key) => manifestLine(key, files[key] as ManifestEntry));
  const path = join(outDir, "manifest.json");
  const text = `${manifestHead(version)}${lines.join(",\n")}${MANIFEST_TAIL}`;
  // A no-op rebuild leaves the manifest as it is: no write, no wait for the disk.
  if (await holdsText(path, text)) return false;
  await writeFileAtomically(path, text);
  return true;
}

const manifestHead = (version: string) => `{"policysmith": ${JSON.stringify(version)}, "files": {\n`;
const manifestLine = (key: string, entry: ManifestEntry) =>
  `${JSON.stringify(key)}: ${JSON.stringify(entry)}`;
const MANIFEST_TAIL = "\n}}\n";

/** What writeMergedManifest wrote, or found already written. */
export interface MergedManifest {
  /** False when manifest.json already held exactly these bytes (it was left as it was). */
  written: boolean;
  /** The sha256 of the manifest's bytes. */
  sha256: string;
}

/** How much of the manifest's text is gathered before it is written (and of the journal read at once). */
const PIECE = 1 << 16;

/**
 * Writes manifest.json as writeManifest writes `base` with the lines `journal` appended this run replayed over it
 * and `extra` over those — the very same bytes — but setting by setting, so that no record of what the journal holds
 * is ever kept in memory whole: the manifest is written in the order of its keys, a piece at a time, each setting's
 * lines read again from the places the journal noted when it appended them. Measured alone (the final step of a
 * build whose journal holds N settings × 6 outputs): peak heap 28 / 96 / 186 MB for 1,000 / 5,000 / 10,000 settings
 * made at once, 18 / 40 / 43 MB this way (what is left is garbage the next full collection frees), and less CPU
 * (1.25 -> 0.84-1.0 s at 5,000).
 * `each` is told every entry in that order. `base` is not changed.
 */
export async function writeMergedManifest(
  outDir: string,
  version: string,
  base: ManifestFiles,
  journal: ManifestJournal | undefined,
  extra: ManifestFiles,
  each?: (key: string, entry: ManifestEntry) => void,
): Promise<MergedManifest> {
  const bySetting = new Map<string, SettingParts>();
  const of = (settingId: string) => {
    let found = bySetting.get(settingId);
    if (!found) {
      found = { base: [], lines: journal?.linesOf(settingId) ?? [], extra: [] };
      bySetting.set(settingId, found);
    }
    return found;
  };
  for (const [key, entry] of Object.entries(base)) of(entry.settingId).base.push(key);
  for (const [key, entry] of Object.entries(extra)) of(entry.settingId).extra.push(key);
  for (const settingId of journal?.settingIds() ?? []) of(settingId);
  const file = journal?.hasLines() ? await openJournal(outDir) : undefined;
  try {
    // Keys sort as their settings' ids with a "/" after them (an id has none): each setting's keys come together.
    const order = [...bySetting.keys()].map((id) => `${id}/`).sort();
    const path = join(outDir, "manifest.json");
    const writer = await AtomicFileWriter.open(path);
    const hash = createHash("sha256");
    let pending = manifestHead(version);
    let first = true;
    // One buffer for every piece written, and one for every line read back (LineReader), not a new one each time.
    let out = Buffer.allocUnsafe(PIECE * 4);
    const flush = async () => {
      const length = Buffer.byteLength(pending, "utf8");
      if (length > out.byteLength) out = Buffer.allocUnsafe(length);
      out.write(pending, 0, "utf8");
      pending = "";
      const bytes = out.subarray(0, length);
      hash.update(bytes);
      await writer.write(bytes);
    };
    const line = new LineReader(file);
    try {
      for (const slashed of order) {
        const settingId = slashed.slice(0, -1);
        const parts = bySetting.get(settingId) as SettingParts;
        const entries: ManifestFiles = {};
        for (const key of parts.base) entries[key] = base[key] as ManifestEntry;
        for (let i = 0; i < parts.lines.length; i += 2) {
          const start = parts.lines[i] as number;
          const text = await line.read(start, (parts.lines[i + 1] as number) - start);
          for (const [key, entry] of Object.entries(trustedLine(text)))
            if (entry.settingId === settingId) entries[key] = entry;
        }
        for (const key of parts.extra) entries[key] = extra[key] as ManifestEntry;
        for (const key of Object.keys(entries).sort()) {
          const entry = entries[key] as ManifestEntry;
          each?.(key, entry);
          pending += `${first ? "" : ",\n"}${manifestLine(key, entry)}`;
          first = false;
          if (pending.length >= PIECE) await flush();
        }
      }
      pending += MANIFEST_TAIL;
      await flush();
      const sha256 = hash.digest("hex");
      // A rebuild that wrote the same outputs again leaves the manifest as it is: no rename, no wait for the disk.
      if (await holdsBytes(path, writer.size, sha256)) {
        await writer.abort();
        return { written: false, sha256 };
      }
      await writer.commit();
      return { written: true, sha256 };
    } catch (error) {
      await writer.abort();
      throw error;
    }
  } finally {
    await file?.close().catch(() => undefined);
  }
}

/** A setting's keys in the previous manifest and in `extra`, and the places of its journal lines. */
interface SettingParts {
  base: string[];
  lines: readonly number[];
  extra: string[];
}

/** The trusted entries of one journal line (none when it is not JSON: cut short, or edited). */
function trustedLine(text: string): ManifestFiles {
  let entry: { files?: unknown };
  try {
    entry = JSON.parse(text);
  } catch {
    return {};
  }
  return trustedFiles(entry?.files);
}

/** The journal, open for reading, when it is a plain file (a pipe put in its place would be waited on for ever). */
async function openJournal(outDir: string): Promise<FileHandle | undefined> {
  const path = join(outDir, JOURNAL);
  if (!lstatSync(path, { throwIfNoEntry: false })?.isFile()) return undefined;
  return open(path, "r").catch(() => undefined);
}

/** Reads lines back from their places in the journal, into one buffer kept from line to line. */
class LineReader {
  private bytes = Buffer.allocUnsafe(PIECE);

  constructor(private readonly file: FileHandle | undefined) {}

  async read(start: number, length: number): Promise<string> {
    if (!this.file) return "";
    if (length > this.bytes.byteLength) this.bytes = Buffer.allocUnsafe(length);
    let read = 0;
    while (read < length) {
      const { bytesRead } = await this.file.read(this.bytes, read, length - read, start + read);
      if (bytesRead === 0) break;
      read += bytesRead;
    }
    return this.bytes.toString("utf8", 0, read);
  }
}

/** Whether `path` is a plain file of `size` bytes whose sha256 is `sha256` (read a piece at a time). */
async function holdsBytes(path: string, size: number, sha256: string): Promise<boolean> {
  const info = await lstat(path).catch(() => undefined);
  if (!info?.isFile() || info.size !== size) return false;
  const hash = createHash("sha256");
  try {
    for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  } catch {
    return false;
  }
  return hash.digest("hex") === sha256;
}

/** Whether the file's last byte (of `size`) is a line break. */
function endsWithLineBreak(path: string, size: number): boolean {
  const fd = openSync(path, "r");
  try {
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] === 0x0a || last[0] === 0x0d;
  } finally {
    closeSync(fd);
  }
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

  /** Where each setting's lines appended by this object are in the file: [start, end) pairs, line breaks left out. */
  private readonly lines = new Map<string, number[]>();
  /** The file's length after the last line appended. */
  private size = 0;

  /** Throws (with the file system's code) when the line cannot be written, e.g. on a full disk. */
  append(settingId: string, files: ManifestFiles): void {
    let text = `${JSON.stringify({ settingId, files })}\n`;
    if (!this.started) {
      mkdirSync(dirname(this.path), { recursive: true });
      const info = lstatSync(this.path, { throwIfNoEntry: false });
      this.size = info?.isFile() ? info.size : 0;
      // A line a killed run left cut short gets its line break, so that it cannot spoil this one.
      if (this.size > 0 && !endsWithLineBreak(this.path, this.size)) text = `\n${text}`;
      this.started = true;
    }
    const bytes = Buffer.from(text, "utf8");
    appendFileSync(this.path, bytes);
    const start = this.size + (text.startsWith("\n") ? 1 : 0);
    this.size += bytes.byteLength;
    let places = this.lines.get(settingId);
    if (!places) {
      places = [];
      this.lines.set(settingId, places);
    }
    places.push(start, this.size - 1);
  }

  /** The places of the lines appended for `settingId` ([start, end) pairs). */
  linesOf(settingId: string): readonly number[] {
    return this.lines.get(settingId) ?? [];
  }

  /** The settings that have lines appended by this object. */
  settingIds(): IterableIterator<string> {
    return this.lines.keys();
  }

  hasLines(): boolean {
    return this.lines.size > 0;
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
