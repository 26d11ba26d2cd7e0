import { defineConfig } from "vitest/config";

// Sized for a busy 2-core machine (CI, or a developer running a build beside the tests): no test may fail
// because the machine is slow. Tests never assert on wall time; these limits only catch a real hang.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    teardownTimeout: 30_000,
  },
});
