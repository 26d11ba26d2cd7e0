/**
 * Says which test held its worker's event loop for a long stretch. Vitest's worker reports progress to the main
 * process over an RPC whose answer must come within 60 s; a test that runs synchronously (spawnSync, a long
 * in-process audit with no await that yields) for longer makes the run end with "Timeout calling onTaskUpdate"
 * and exit 1 although every test passed, without naming the test. This watch names it, so it can be made
 * asynchronous. It only prints: it never fails a test.
 */
import { afterEach, beforeEach, expect } from "vitest";

const WARN_AFTER_MS = 30_000;
const key = Symbol.for("policysmith.blockedLoopWatch");
type Watch = { last: number; test: string };
const scope = globalThis as typeof globalThis & { [key]?: Watch };

if (!scope[key]) {
  const watch: Watch = { last: Date.now(), test: "(between tests)" };
  scope[key] = watch;
  setInterval(() => {
    const now = Date.now();
    const gap = now - watch.last;
    if (gap > WARN_AFTER_MS) {
      process.stderr.write(
        `\n[blocked-loop] the event loop was held for ${Math.round(gap / 1000)} s in "${watch.test}": vitest's RPC times out at 60 s — make that work asynchronous\n`,
      );
    }
    watch.last = now;
  }, 1_000).unref();
}
const watch = scope[key] as Watch;

beforeEach(() => {
  watch.test = `${expect.getState().testPath ?? ""} > ${expect.getState().currentTestName ?? ""}`;
});
afterEach(() => {
  // The interval fires only once the loop is free again, which may be after the test has ended.
  watch.test = `${watch.test}, or just after it`;
});
