/**
 * One build at a time per output folder: two builds writing the same manifest would each lose the other's
 * record. The lock is a file holding the process id; a lock whose process is gone (killed) is taken over.
 */
import { mkdir, open, readFile, rm, stat } from "node:fs/promises";
import { join } from "node:path";
import { UsageError } from "../errors.js";
import { isAlive } from "./owned-files.js";
import { describeWriteError } from "./write-atomic.js";

const LOCK = ".policysmith-build.lock";

/** Takes the lock on `outDir` (creating the folder), or throws a UsageError saying what is in the way. */
export async function lockOutputFolder(outDir: string, shown: string): Promise<() => Promise<void>> {
  try {
    const info = await stat(outDir);
    if (!info.isDirectory())
      throw new UsageError(
        `the output folder ${shown.replace(/\/$/, "")} is a file, not a folder — move the file away or choose another folder with --out`,
      );
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOTDIR")
      throw new UsageError(
        `the output folder ${shown} is inside a file, not a folder — choose another folder with --out`,
      );
    if (code !== "ENOENT")
      throw new UsageError(`cannot use the output folder ${shown}: ${describeWriteError(code)}`);
  }
  const path = join(outDir, LOCK);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      await mkdir(outDir, { recursive: true });
      const handle = await open(path, "wx");
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return async () => {
        await rm(path, { force: true });
      };
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== "EEXIST")
        throw new UsageError(`cannot write to the output folder ${shown}: ${describeWriteError(code)}`);
    }
    const holder = Number.parseInt(await readFile(path, "utf8").catch(() => ""), 10);
    if (Number.isInteger(holder) && holder > 0 && isAlive(holder) && holder !== process.pid)
      throw new UsageError(
        `another policysmith build (process ${holder}) is writing to ${shown} — wait for it to finish, or build into another folder with --out`,
      );
    if (holder === process.pid)
      throw new UsageError(
        `another build in this process is writing to ${shown} — wait for it to finish, or build into another folder with --out`,
      );
    await rm(path, { force: true }); // left by a build that was killed
  }
  throw new UsageError(`could not lock the output folder ${shown} — run the build again`);
}
