/**
 * A small tmpfs mounted over a folder of a test project: a real full disk or read-only disk, the faults the
 * hostile suite promises survive. Mounting needs root on Linux (CI runs as root); elsewhere cases that need it
 * use `tmpfsUnavailable` as their `requires`, so they skip loudly on a developer's machine and fail in CI.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let probed: string | undefined | null = null;

/** Why a tmpfs cannot be mounted here, or undefined when it can. */
export function tmpfsUnavailable(): string | undefined {
  if (probed !== null) return probed;
  if (process.platform !== "linux") probed = "needs Linux to mount a small tmpfs";
  else {
    const probe = mkdtempSync(join(tmpdir(), "policysmith-mount-probe-"));
    const ok = spawnSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", probe]).status === 0;
    if (ok) spawnSync("umount", [probe]);
    rmSync(probe, { recursive: true, force: true });
    probed = ok ? undefined : "needs permission to mount a small tmpfs (root; CI runs as root)";
  }
  return probed;
}

/** Mounts a tmpfs of `size` (e.g. "96k") over `folder`, keeping what was in it. */
export function mountTmpfs(folder: string, size: string, options: { readOnly?: boolean } = {}): void {
  const saved = mkdtempSync(join(tmpdir(), "policysmith-tmpfs-saved-"));
  mkdirSync(folder, { recursive: true });
  cpSync(folder, saved, { recursive: true });
  const mount = spawnSync("mount", ["-t", "tmpfs", "-o", `size=${size}`, "tmpfs", folder], {
    encoding: "utf8",
  });
  if (mount.status !== 0) throw new Error(`case setup: mount failed: ${mount.stderr}`);
  cpSync(saved, folder, { recursive: true });
  rmSync(saved, { recursive: true, force: true });
  if (options.readOnly) spawnSync("mount", ["-o", "remount,ro", folder]);
}

/** Fills what is left of a mounted tmpfs, so the next write of any size fails with ENOSPC. */
export function fillDisk(folder: string): void {
  try {
    for (let i = 0; ; i++) writeFileSync(join(folder, `zz-filler-${i}.bin`), Buffer.alloc(4096, 1));
  } catch {
    // full
  }
}

export function unmountTmpfs(folder: string): void {
  spawnSync("umount", ["-l", folder]);
}
