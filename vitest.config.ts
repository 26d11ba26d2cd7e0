import { availableParallelism } from "node:os";
import { relative } from "node:path";
import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The files that take longest, longest first. They start before the rest, so that on two cores the last minutes
 * are not one of them running alone while the other worker has nothing left to do. vitest orders by its own record
 * of each file's time where it has one, but a fresh clone (CI) has none and vitest then runs the largest files
 * first, which are not these.
 */
const LONGEST_FIRST = [
  "test/render-cache.test.ts",
  "test/render-html-a11y.test.ts",
  "test/audit-real-documents.test.ts",
  "test/audit-cli.test.ts",
  "test/audit-scale.test.ts",
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (file: TestSpecification) => {
      const at = LONGEST_FIRST.indexOf(relative(this.ctx.config.root, file.moduleId).replaceAll("\\", "/"));
      return at === -1 ? LONGEST_FIRST.length : at;
    };
    // Array.prototype.sort is stable: the other files keep vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

// Sized for a busy 2-core machine (CI, or a developer running a build beside the tests): no test may fail
// because the machine is slow. Tests never assert on wall time; these limits only catch a real hang.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
    // vitest runs one file at a time on two cores (its default is one worker fewer than the cores). Most files
    // use one core, and many spend part of their time waiting for LibreOffice, Chromium or a CLI child, so two
    // files at a time keep both cores busy; each file is still alone in its own process (pool forks, isolate).
    maxWorkers: Math.max(2, availableParallelism() - 1),
    sequence: { sequencer: LongestFirst },
  },
});
