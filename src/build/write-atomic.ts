/**
 * Writes a file so that nobody ever sees half of it, and never puts a short file in place of a good one:
 * the bytes go to a temporary file beside the target, every write's length is checked, the file is flushed
 * to disk and its size checked again, and only then is it renamed over the target (and the folder flushed, so
 * the rename lasts). Any failure removes the temporary file, leaves the old file as it was and throws a
 * WriteError in plain words. writeFilesAtomically does the same for several files with one flush.
 *
 * Temporary files are named `.<name>.policysmith-tmp-<pid>-<n>`, so a later build can recognise (and remove)
 * what a killed run left behind, and never mistake anyone else's file for one of ours.
 */
import { type FileHandle, mkdir, open, rename, rm, stat } from "node:fs/promises";
import { basename, dirname, join } from "node:path";

export class WriteError extends Error {
  override name = "WriteError";
  constructor(
    readonly path: string,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

const TEMP_NAME = /^\.(.+)\.policysmith-tmp-(\d+)-\d+$/;
let counter = 0;

/** The temporary name for a target, unique in this process. */
function tempPathFor(path: string): string {
  counter = (counter + 1) % 1_000_000_000;
  return join(dirname(path), `.${basename(path)}.policysmith-tmp-${process.pid}-${counter}`);
}

/** If `name` is one of our temporary files: the process id that wrote it. */
export function tempFileOwner(name: string): number | undefined {
  const match = TEMP_NAME.exec(name);
  return match ? Number(match[2]) : undefined;
}

/** Plain words for the errors a write can meet. */
export function describeWriteError(code: string | undefined): string {
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
      return "the disk is full — free some space and run the command again";
    case "EROFS":
      return "the folder is on a read-only disk — choose another folder";
    case "EACCES":
    case "EPERM":
      return "policysmith is not allowed to write there — check the folder's permissions or choose another folder";
    case "ENOTDIR":
    case "EEXIST":
      return "a file stands where a folder is needed — move it away or choose another folder";
    case "EISDIR":
      return "a folder stands where the file should be written — move it away";
    case "SHORT":
      return "the file came out shorter than it should (is the disk full?) — free some space and run the command again";
    default:
      return `the file could not be written (${code ?? "unknown error"}) — check the disk and run the command again`;
  }
}

export async function writeFileAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const [error] = await writeFilesAtomically([{ path, data }]);
  if (error) throw error;
}

export interface FileToWrite {
  path: string;
  data: Uint8Array | string;
}

/** fsync calls made in this thread, for tests: files flushed, folders flushed, and the most in flight at once. */
export const syncStats = { files: 0, folders: 0, inFlight: 0, peakInFlight: 0 };

/**
 * Writes several files (a setting's policies) as writeFileAtomically writes one, but durably at the cost of one
 * flush, not one per file: every file goes to its temporary name, then all of them are flushed together (their
 * fsyncs in flight at once, which the disk commits as one), then each is renamed over its target, then each
 * folder is flushed once so the renames last. A file that fails is left as it was (its temporary file removed)
 * and its WriteError returned in its place; the others are still written.
 */
export async function writeFilesAtomically(
  files: readonly FileToWrite[],
): Promise<Array<WriteError | undefined>> {
  const errors: Array<WriteError | undefined> = files.map(() => undefined);
  const temps = files.map((file) => tempPathFor(file.path));
  const bytesOf = files.map(({ data }) => (typeof data === "string" ? Buffer.from(data, "utf8") : data));
  const fail = async (i: number, error: unknown) => {
    errors[i] ??= new WriteError(
      (files[i] as FileToWrite).path,
      (error as NodeJS.ErrnoException).code,
      describeWriteError((error as NodeJS.ErrnoException).code),
    );
    await rm(temps[i] as string, { force: true }).catch(() => undefined);
  };

  // Each folder made once, not once a file: a setting's files share one, and a recursive mkdir is a system call
  // or more each time.
  const folderMade = new Map<string, Promise<unknown>>();
  const makeFolder = (folder: string) => {
    let made = folderMade.get(folder);
    if (!made) {
      made = mkdir(folder, { recursive: true });
      folderMade.set(folder, made);
    }
    return made;
  };

  // 1. Every file's bytes to its temporary file, each write's length checked.
  const handles = await Promise.all(
    files.map(async (file, i): Promise<FileHandle | undefined> => {
      const bytes = bytesOf[i] as Uint8Array;
      let handle: FileHandle | undefined;
      try {
        await makeFolder(dirname(file.path));
        handle = await open(temps[i] as string, "wx", 0o644);
        let offset = 0;
        while (offset < bytes.byteLength) {
          const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
          if (bytesWritten <= 0) throw Object.assign(new Error("short write"), { code: "SHORT" });
          offset += bytesWritten;
        }
        return handle;
      } catch (error) {
        await handle?.close().catch(() => undefined);
        await fail(i, error);
        return undefined;
      }
    }),
  );

  // 2. All of them flushed together, closed, and their size on disk checked.
  await Promise.all(
    handles.map(async (handle, i) => {
      if (!handle) return;
      try {
        syncStats.files++;
        syncStats.peakInFlight = Math.max(syncStats.peakInFlight, ++syncStats.inFlight);
        try {
          await handle.sync();
        } finally {
          syncStats.inFlight--;
          await handle.close();
        }
        const written = await stat(temps[i] as string);
        if (written.size !== (bytesOf[i] as Uint8Array).byteLength)
          throw Object.assign(new Error("short file"), { code: "SHORT" });
      } catch (error) {
        await fail(i, error);
      }
    }),
  );

  // 3. Each renamed over its target; 4. each folder flushed once, so that the renames survive a power cut.
  const folders = new Set<string>();
  for (const [i, file] of files.entries()) {
    if (errors[i]) continue;
    try {
      await rename(temps[i] as string, file.path);
      folders.add(dirname(file.path));
    } catch (error) {
      await fail(i, error);
    }
  }
  await Promise.all([...folders].map(syncFolder));
  return errors;
}

/** fsync of a folder; a file system that cannot (some network disks) costs only durability, never the write. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, "r");
    syncStats.folders++;
    await handle.sync();
  } catch {
    // EINVAL/EISDIR where folders cannot be flushed: the files themselves are already on disk.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * A file written piece by piece and put in place as writeFileAtomically puts one: the pieces go to a temporary
 * file beside the target, which commit() flushes, checks for its length, renames over the target and makes last
 * (the folder flushed); abort() removes it and leaves the target as it was. For a file too big to be made as one
 * string first (the manifest of thousands of settings). Failures throw a WriteError in plain words, the temporary
 * file removed.
 */
export class AtomicFileWriter {
  private length = 0;

  private constructor(
    readonly path: string,
    private readonly temp: string,
    private readonly handle: FileHandle,
  ) {}

  static async open(path: string): Promise<AtomicFileWriter> {
    const temp = tempPathFor(path);
    try {
      await mkdir(dirname(path), { recursive: true });
      return new AtomicFileWriter(path, temp, await open(temp, "wx", 0o644));
    } catch (error) {
      await rm(temp, { force: true }).catch(() => undefined);
      throw writeErrorOf(path, error);
    }
  }

  /** How many bytes were written so far. */
  get size(): number {
    return this.length;
  }

  async write(bytes: Uint8Array): Promise<void> {
    try {
      let offset = 0;
      while (offset < bytes.byteLength) {
        const { bytesWritten } = await this.handle.write(bytes, offset, bytes.byteLength - offset);
        if (bytesWritten <= 0) throw Object.assign(new Error("short write"), { code: "SHORT" });
        offset += bytesWritten;
      }
      this.length += bytes.byteLength;
    } catch (error) {
      await this.abort();
      throw writeErrorOf(this.path, error);
    }
  }

  async commit(): Promise<void> {
    try {
      syncStats.files++;
      try {
        await this.handle.sync();
      } finally {
        await this.handle.close();
      }
      if ((await stat(this.temp)).size !== this.length)
        throw Object.assign(new Error("short file"), { code: "SHORT" });
      await rename(this.temp, this.path);
    } catch (error) {
      await rm(this.temp, { force: true }).catch(() => undefined);
      throw writeErrorOf(this.path, error);
    }
    await syncFolder(dirname(this.path));
  }

  /** Removes the temporary file; the target is left as it was. */
  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.temp, { force: true }).catch(() => undefined);
  }
}

function writeErrorOf(path: string, error: unknown): WriteError {
  if (error instanceof WriteError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  return new WriteError(path, code, describeWriteError(code));
}
