import { defineConfig } from "vitest/config";

// Sized for a busy 2-core machine (CI, or a developer running a build beside the tests): no test may fail
// because the machine is slow. Tests never assert on wall time; these limits only catch a real hang.
// vitest's own worker count (one file at a time on two cores): two at a time was tried, and a fresh clone's run
// took 842 s (some other work beside it) against 560–600 s one at a time before, and a growth-ratio test failed.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
