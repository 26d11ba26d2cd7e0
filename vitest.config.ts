import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";

// Sized for a busy 2-core machine (CI, or a developer running a build beside the tests): no test may fail
// because the machine is slow. Tests never assert on wall time; these limits only catch a real hang.
//
// Two groups, one after the other:
// 1. "pure": the audit rules' files, a few small files that only call pure library code (no child process, no
//    browser, no LibreOffice, no process.env, no Word rendering, no clock), and the hostile-input suite
//    (test/hostile/: the CLI in-process and in child processes on throwaway project folders, each case its own
//    folder, nothing shared between files but imports — its harness keeps its folders per suite). Most of their
//    time was importing the audit and the CLI (about a second of CPU a file, 71 files of rules), so they share
//    their imports (isolate: false, in worker threads) and run two at a time. A file that measures time (growth
//    ratios) is never among them.
// 2. "alone": everything else, one file at a time in a fresh process (vitest's own default on two cores): the files
//    that start LibreOffice, Chromium, the built CLI or worker threads, and the growth-ratio tests. Two of these at
//    a time was tried: a fresh clone's run took 842 s (some other work beside it) against 560–600 s one at a time,
//    and a growth-ratio test failed.

/** A file that times work (test/helpers/growth.ts, performance.now, process.cpuUsage) runs alone. */
const TIMED = /\bgrowth\(|performance\.now\(|cpuUsage\(/;

/** Small files of pure library calls, checked one by one for shared state (see above). */
const PURE_FILES = [
  "test/audit-engine.test.ts",
  "test/audit-html-text.test.ts",
  "test/data-outdated-references.test.ts",
  "test/site-evidence.test.ts",
  "test/site-questions.test.ts",
  "test/render-html-block-cache.test.ts",
  "test/template-shared-parts.test.ts",
  "test/template-fill.test.ts",
  "test/data-errors.test.ts",
  "test/app-check.test.ts",
  "test/calendar.test.ts",
  "test/approval-rule.test.ts",
];

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const testsIn = (folder: string) =>
  readdirSync(here(folder))
    .filter((name) => name.endsWith(".test.ts"))
    .map((name) => `${folder}/${name}`);
const pure = [...testsIn("test/audit-rules"), ...PURE_FILES, ...testsIn("test/hostile")].filter(
  (file) => !TIMED.test(readFileSync(here(file), "utf8")),
);

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    poolOptions: {
      // The pure group's pool: its files share one module graph per thread.
      threads: { isolate: false, maxThreads: Math.max(2, availableParallelism() - 1), minThreads: 1 },
    },
    projects: [
      {
        extends: true,
        test: { name: "pure", include: pure, pool: "threads", sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: "alone",
          exclude: [...configDefaults.exclude, ...pure],
          pool: "forks",
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
