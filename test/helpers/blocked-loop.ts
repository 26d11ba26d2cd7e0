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
/** Milliseconds by the monotonic clock: a test may set or fake the date (Date.now), never this. */
const now = (): number => Number(process.hrtime.bigint() / 1_000_000n);
const scope = globalThis as typeof globalThis & { [key]?: Watch };

const report = (gap: number, where: string): void => {
  process.stderr.write(
    `\n[blocked-loop] the event loop was held for ${Math.round(gap / 1000)} s in "${where}": vitest's RPC times out at 60 s — make that work asynchronous\n`,
  );
};

if (!scope[key]) {
  const watch: Watch = { last: now(), test: "(before the first test)" };
  scope[key] = watch;
  setInterval(() => {
    const at = now();
    const gap = at - watch.last;
    if (gap > WARN_AFTER_MS) report(gap, watch.test);
    watch.last = at;
  }, 1_000).unref();
}
const watch = scope[key] as Watch;
const testName = (): string =>
  `${expect.getState().testPath ?? ""} > ${expect.getState().currentTestName ?? ""}`;

beforeEach(() => {
  watch.test = testName();
});
afterEach(() => {
  // A test that held the loop ends before the interval can run again: it is caught here, by its own name.
  const at = now();
  if (at - watch.last > WARN_AFTER_MS) report(at - watch.last, testName());
  watch.last = at;
  watch.test = `between tests, after ${testName()}`;
});
