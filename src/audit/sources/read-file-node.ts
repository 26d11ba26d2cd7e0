/**
 * Node shell of read-bytes.ts: opens a policy file (never a pipe or device, never a huge one) and reads it.
 */
import { readFile, stat } from "node:fs/promises";
import type { SourceDocument } from "../rule.js";
import { checkDocumentSize, formatOf, readDocumentBytes } from "./read-bytes.js";
import { Unreadable } from "./unreadable.js";

/** `path` is read; `file` is how findings name it (relative to where the user ran the command). */
export async function readDocument(path: string, file: string, settingId?: string): Promise<SourceDocument> {
  const format = formatOf(path);
  let size: number;
  try {
    const info = await stat(path);
    // Never open a FIFO (it would wait for a writer) or a device (it never ends).
    if (!info.isFile())
      throw new Unreadable(
        "it is not a regular file (a folder, pipe, socket or device) — audit the policy file itself",
      );
    size = info.size;
  } catch (error) {
    if (error instanceof Unreadable) throw error;
    throw new Unreadable(
      `the file cannot be opened (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  checkDocumentSize(size);
  return readDocumentBytes(await readFile(path), file, settingId, format);
}
