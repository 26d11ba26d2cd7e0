/** Files that ship inside the policysmith package (schemas, data), found relative to this module. */
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** `true` in the bundled CLI (scripts/build-cli.mjs defines it); not defined in tsc's dist/ or under vitest. */
declare const POLICYSMITH_BUNDLE: boolean | undefined;

/** Whether this code runs from the bundle in dist/bundle/ rather than from tsc's output in dist/. */
export const bundled = typeof POLICYSMITH_BUNDLE !== "undefined" && POLICYSMITH_BUNDLE;

// src/paths.ts and dist/paths.js sit one level below the package root; every file of the bundle
// (dist/bundle/*.js, whichever one this code landed in) sits two levels below it.
const packageRoot = join(dirname(fileURLToPath(import.meta.url)), bundled ? "../.." : "..");

export function packagePath(...parts: string[]): string {
  return join(packageRoot, ...parts);
}

/** Each worker thread's module in tsc's dist/; the bundle has each as an entry of its own, dist/bundle/<name>-worker.js. */
const WORKERS = {
  audit: "audit/worker.js",
  build: "build/worker.js",
  read: "audit/sources/read-worker-node.js",
} as const;

/** The file a worker thread runs: the bundle's own entry when bundled, else tsc's module. */
export function workerFile(name: keyof typeof WORKERS): string {
  return bundled ? packagePath("dist", "bundle", `${name}-worker.js`) : packagePath("dist", WORKERS[name]);
}

let version: string | undefined;

/** policysmith's own version, from package.json. */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(packagePath("package.json"), "utf8")) as { version: string }).version;
  return version;
}
