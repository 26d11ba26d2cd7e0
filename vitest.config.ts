import { readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { configDefaults, defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

// Sized for a busy 2-core machine (CI, or a developer running a build beside the tests): no test may fail
// because the machine is slow. Tests never assert on wall time; these limits only catch a real hang.
//
// Three groups, one after the other (sequence.groupOrder), so that both cores are busy nearly all the time and a
// file that times work has the machine to itself:
// 1. "pure": the audit rules' files, a few small files that only call pure library code (no child process, no
//    browser, no LibreOffice, no process.env, no Word rendering, no clock), and the hostile-input suite
//    (test/hostile/: the CLI in-process and in child processes on throwaway project folders, each case its own
//    folder, nothing shared between files but imports — its harness keeps its folders per suite). Most of their
//    time was importing the audit and the CLI (about a second of CPU a file, 71 files of rules), so they share
//    their imports (isolate: false, in worker threads) and run two at a time. A file that times work is never
//    among them.
// 2. "pairs": every other file that times nothing — the files that start LibreOffice, Chromium, the built CLI or
//    worker threads — each in a fresh process of its own (forks, isolated), two files at a time. One at a time,
//    most of them left a core idle: they wait on LibreOffice, Chromium or a CLI child, or run on one thread
//    (quiet machine, wall against CPU of the whole process tree: site-check 52 s against about 24 s,
//    render-html-a11y 51 s against 29 s, hostile/audit 52 s against 52 s; the 66 files took 717 s one at a time,
//    which was most of the suite's 795 s). The longest start first (LONGEST_FIRST below): a fresh clone has no
//    record of file times, and a long file started last would run alone at the end.
// 3. "alone": the files that time work (growth ratios: test/helpers/growth.ts, performance.now, process.cpuUsage),
//    one at a time, last, with nothing beside them — a ratio measured while another file shares the cores reads
//    that file's work as growth. Two of every file at a time was tried before (commit 81bc682): a growth-ratio
//    test failed. They run in one process one after the other (singleFork; each file's modules are evaluated
//    afresh), since vitest's one count of forks serves both this group and the pairs.
// site-check.test.ts calls performance.now() only to write down how long the page took (timings.json for the
// closing note); it asserts no time, so it runs in pairs.

/** A file that times work (test/helpers/growth.ts, performance.now, process.cpuUsage) runs alone, last. */
const TIMED = /\bgrowth\(|performance\.now\(|cpuUsage\(/;
/** Files that read the clock only to record timings, never to assert on them. */
const RECORDS_TIMINGS_ONLY = ["test/site-check.test.ts"];

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

/**
 * The longest files of their group, longest first (wall alone on a quiet machine; accuracy.test.ts, which grows with
 * the corpus, took 120 s of a 721 s suite on 2026-12-06): they start before the rest, so
 * that the group does not end with one of them running while the other core has nothing left to do. The last four
 * were measured on a loaded machine only (CPU of the file's process tree, one at a time: install 49 s,
 * render-docx-a11y 45 s, audit-real-documents 36 s, examples 34 s, against redline's 30 s and site-check's 26 s):
 * without them here a fresh clone, which has no record of file times, started them by file size, among the last
 * of the group (install and examples are small files that wait long on npm and LibreOffice).
 */
const LONGEST_FIRST = [
  "test/accuracy.test.ts",
  "test/hostile/audit.test.ts",
  "test/site-check.test.ts",
  "test/render-html-a11y.test.ts",
  "test/site-build.test.ts",
  "test/render-cache.test.ts",
  "test/audit-cli.test.ts",
  "test/redline.test.ts",
  "test/install.test.ts",
  "test/render-docx-a11y.test.ts",
  "test/audit-real-documents.test.ts",
  "test/examples.test.ts",
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = LONGEST_FIRST.indexOf(relative(this.ctx.config.root, file.moduleId).replaceAll("\\", "/"));
      return at === -1 ? LONGEST_FIRST.length : at;
    };
    // Array.prototype.sort is stable: the other files keep vitest's order (its record of times, else size).
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const testsIn = (folder: string) =>
  readdirSync(here(folder))
    .filter((name) => name.endsWith(".test.ts"))
    .map((name) => `${folder}/${name}`);
const timed = (file: string) =>
  !RECORDS_TIMINGS_ONLY.includes(file) && TIMED.test(readFileSync(here(file), "utf8"));
const pure = [...testsIn("test/audit-rules"), ...PURE_FILES, ...testsIn("test/hostile")].filter(
  (file) => !timed(file),
);
/** Every test file under test/, in any folder: a timed file in a new folder must not run in pairs. */
const everyTest = readdirSync(here("test"), { recursive: true, encoding: "utf8" })
  .filter((name) => name.endsWith(".test.ts"))
  .map((name) => `test/${name.replaceAll("\\", "/")}`);
const alone = everyTest.filter(timed);
/** Two on a 2-core machine (vitest's own default there is one), one fewer than the cores on a larger one. */
const atOnce = Math.max(2, availableParallelism() - 1);

export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    // Names a test that holds its worker's event loop long enough to time out vitest's RPC (see the file).
    setupFiles: ["test/helpers/blocked-loop.ts"],
    sequence: { sequencer: LongestFirst },
    poolOptions: {
      // The pure group's pool: its files share one module graph per thread.
      threads: { isolate: false, maxThreads: atOnce, minThreads: 1 },
      // The pairs' pool (a fresh process per file) and the alone group's (one process, below).
      forks: { maxForks: atOnce, minForks: 1 },
    },
    projects: [
      {
        extends: true,
        test: { name: "pure", include: pure, pool: "threads", sequence: { groupOrder: 0 } },
      },
      {
        extends: true,
        test: {
          name: "pairs",
          exclude: [...configDefaults.exclude, ...pure, ...alone],
          pool: "forks",
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: "alone",
          include: alone,
          pool: "forks",
          poolOptions: { forks: { singleFork: true } },
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
