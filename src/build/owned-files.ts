/**
 * What a build may delete, and only that: a file is removed when the build can prove it wrote it — it sits
 * at `<output>/<setting-id>/<template-id>.<format>` (real paths, no link on the way), it is a regular file,
 * and its bytes still hash to what the manifest recorded. A file someone edited, replaced or linked is kept.
 */
import { createHash } from "node:crypto";
import { lstat, readdir, readFile, realpath, rm, rmdir } from "node:fs/promises";
import { join } from "node:path";
import { type ManifestEntry, manifestKey } from "./manifest.js";
import { tempFileOwner } from "./write-atomic.js";

export type Removal = { removed: true } | { removed: false; why: string };

/** A plain folder whose real path is its path: no link anywhere on the way to it. */
async function isPlainFolder(path: string): Promise<boolean> {
  try {
    const info = await lstat(path);
    return info.isDirectory() && (await realpath(path)) === path;
  } catch {
    return false;
  }
}

export async function removeOwnedOutput(outDir: string, key: string, entry: ManifestEntry): Promise<Removal> {
  let root: string;
  try {
    root = await realpath(outDir);
  } catch {
    return { removed: false, why: "the output folder cannot be read" };
  }
  const folder = join(root, entry.settingId);
  const file = join(folder, `${entry.templateId}.${entry.format}`);
  if (key !== manifestKey(entry.settingId, entry.templateId, entry.format))
    return { removed: false, why: "its manifest entry does not match its name" };
  if (!(await isPlainFolder(folder))) return { removed: false, why: "its folder is not a plain folder" };
  let bytes: Buffer;
  try {
    const info = await lstat(file);
    if (!info.isFile()) return { removed: false, why: "it is not a plain file" };
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { removed: true }; // already gone
    return { removed: false, why: "it cannot be read" };
  }
  if (createHash("sha256").update(bytes).digest("hex") !== entry.sha256)
    return { removed: false, why: "it has changed since policysmith wrote it" };
  await rm(file);
  await rmdir(folder).catch(() => undefined); // only when empty
  return { removed: true };
}

/** Whether a process with this id is running (ours always is). */
export function isAlive(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Temporary files a killed run left in a setting's output folder: ours (`.<name>.policysmith-tmp-<pid>-<n>`)
 * whose process is gone, and those of the writer earlier versions used (`<template>.<format>.<digits>`).
 */
export async function removeLeftoverTempFiles(outDir: string, settingId: string): Promise<string[]> {
  const folder = join(outDir, settingId);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const owner = tempFileOwner(name);
    const ours =
      owner !== undefined ? !isAlive(owner) : /^[a-z0-9][a-z0-9-]*\.(docx|pdf|html)\.\d+$/.test(name);
    if (!ours) continue;
    const path = join(folder, name);
    try {
      if (!(await lstat(path)).isFile()) continue;
      await rm(path);
      removed.push(path);
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}
