/**
 * Reads one input file of a project (partnership.yaml, a setting file, a logo) with the care a file
 * anyone may have put there needs: only regular files, only inside the project folder (a link that leads
 * out is refused without being read), never a folder, pipe or device (looked at before anything opens it,
 * and opened without blocking), and never more than a size limit.
 */
import { constants } from "node:fs";
import { lstat, open, realpath, stat } from "node:fs/promises";
import { isAbsolute, relative, sep } from "node:path";

export type InputBytes = { ok: true; bytes: Buffer } | { ok: false; message: string };

export interface ReadInputOptions {
  /** The project folder with every link resolved (realpath): the file, links followed, must be inside it. */
  realRoot: string;
  /** Refused above this many bytes. */
  maxBytes: number;
  /** What the file should be, for messages: "a setting file", "a logo". */
  what: string;
  /** What to do when the file is too large. */
  tooLarge: string;
  /** Where a copy of a file linked from outside the project belongs: "orgs/". */
  home?: string;
}

function inside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === "" || (!rel.startsWith(`..${sep}`) && rel !== ".." && !isAbsolute(rel));
}

function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}

/** The bytes of a regular file inside the project, or what is wrong with it in plain words. */
export async function readInputFile(path: string, options: ReadInputOptions): Promise<InputBytes> {
  const { realRoot, maxBytes, what } = options;
  let real: string;
  try {
    real = await realpath(path);
    if (!inside(realRoot, real))
      return {
        ok: false,
        message: (await lstat(path)).isSymbolicLink()
          ? `is a link to a file outside the project — copy the file into ${options.home ?? "the project folder"} instead`
          : "is outside the project folder — copy the file into the project folder and give its path from there",
      };
  } catch (error) {
    return { ok: false, message: cannotRead(error, what) };
  }
  const kind = await stat(real).catch(() => undefined);
  if (!kind) return { ok: false, message: `cannot be found — check the file name` };
  if (kind.isDirectory())
    return {
      ok: false,
      message: `is a folder, not a file — ${what} must be a file; move or rename the folder`,
    };
  if (!kind.isFile())
    return {
      ok: false,
      message: `is not an ordinary file (it is a pipe, socket or device) — ${what} must be an ordinary file; remove it and save a real file in its place`,
    };
  if (kind.size > maxBytes)
    return {
      ok: false,
      message: `is too large (${megabytes(kind.size)}; at most ${megabytes(maxBytes)}) — ${options.tooLarge}`,
    };
  // Opened without following a last link and without blocking (a pipe swapped in after the check above
  // would otherwise wait for a writer for ever), then checked again on the open file itself.
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(real, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    const opened = await handle.stat();
    if (!opened.isFile())
      return { ok: false, message: `is not an ordinary file — ${what} must be an ordinary file` };
    const buffer = Buffer.alloc(Math.min(opened.size, maxBytes) + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > maxBytes)
      return {
        ok: false,
        message: `is too large (more than ${megabytes(maxBytes)}) — ${options.tooLarge}`,
      };
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return { ok: false, message: cannotRead(error, what) };
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

function cannotRead(error: unknown, what: string): string {
  const code = (error as { code?: string }).code;
  switch (code) {
    case "ENOENT":
      return "cannot be found — check the file name (a link that leads nowhere counts as missing)";
    case "EACCES":
    case "EPERM":
      return "cannot be read (permission denied) — ask whoever looks after the computer to let you read it";
    case "ELOOP":
      return "is a link that leads round in a circle — replace it with the file itself";
    case "EISDIR":
      return `is a folder, not a file — ${what} must be a file`;
    default:
      return `cannot be read (${code ?? "unknown reason"}) — check that it is ${what} you can open`;
  }
}
