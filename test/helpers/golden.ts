/**
 * Golden files: reviewed outputs kept in test/golden/. A test compares its output with the golden file and
 * never writes it unless asked (UPDATE_GOLDEN=1, on a developer's machine); the new file is then reviewed in
 * the diff like code. A missing golden file fails and says how to create it, so it is never made silently.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";
import { inCI } from "./tools.js";

const root = fileURLToPath(new URL("../..", import.meta.url));

/** Compares `actual` with the golden file; `testFile` (e.g. "test/render-html.test.ts") goes in the message. */
export function expectGolden(file: string, actual: string, testFile: string): void {
  const shown = relative(root, file);
  if (process.env.UPDATE_GOLDEN === "1") {
    if (inCI())
      throw new Error(
        `UPDATE_GOLDEN=1 is set in CI: golden files are written on a developer's machine and reviewed, never by CI (${shown})`,
      );
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual);
  }
  if (!existsSync(file))
    throw new Error(
      `golden file ${shown} is missing — create it with UPDATE_GOLDEN=1 npx vitest run ${testFile}, review it and commit it`,
    );
  expect(
    actual,
    `output differs from ${shown} (UPDATE_GOLDEN=1 npx vitest run ${testFile} to accept a deliberate change)`,
  ).toBe(readFileSync(file, "utf8"));
}
