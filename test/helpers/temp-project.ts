/** Copies test/fixtures/project into a temp folder so a test can break one file of it. */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterEach } from "vitest";

export const FIXTURE_PROJECT = fileURLToPath(new URL("../fixtures/project", import.meta.url));

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempProject(files: Record<string, string> = {}, from = FIXTURE_PROJECT): string {
  const dir = mkdtempSync(join(tmpdir(), "policysmith-test-"));
  made.push(dir);
  cpSync(from, dir, { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
