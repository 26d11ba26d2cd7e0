/** Files that ship inside the policysmith package (schemas, data), found relative to this module. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

// src/paths.ts and dist/paths.js both sit one level below the package root.
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), "..");

export function packagePath(...parts: string[]): string {
  return join(packageRoot, ...parts);
}

let version: string | undefined;

/** policysmith's own version, from package.json. */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(packagePath("package.json"), "utf8")) as { version: string }).version;
  return version;
}
