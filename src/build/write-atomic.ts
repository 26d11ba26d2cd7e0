/**
 * Writes a file so that nobody ever sees half of it, and never puts a short file in place of a good one:
 * the bytes go to a temporary file beside the target, every write's length is checked, the file is flushed
 * to disk and its size checked again, and only then is it renamed over the target. Any failure removes the
 * temporary file, leaves the old file as it was and throws a WriteError in plain words.
 *
 * Temporary files are named `.<name>.policysmith-tmp-<pid>-<n>`, so a later build can recognise (and remove)
 * what a killed run left behind, and never mistake anyone else's file for one of ours.
 */
import { mkdir, open, rename, rm, stat } from "node:fs/promises";
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
  const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
  const temp = tempPathFor(path);
  try {
    await mkdir(dirname(path), { recursive: true });
    const handle = await open(temp, "wx", 0o644);
    try {
      let offset = 0;
      while (offset < bytes.byteLength) {
        const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
        if (bytesWritten <= 0) throw Object.assign(new Error("short write"), { code: "SHORT" });
        offset += bytesWritten;
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    const written = await stat(temp);
    if (written.size !== bytes.byteLength) throw Object.assign(new Error("short file"), { code: "SHORT" });
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    const code = (error as NodeJS.ErrnoException).code;
    throw new WriteError(path, code, describeWriteError(code));
  }
}
