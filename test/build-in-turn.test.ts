// A build thread renders the next setting while the last one's files are flushed to disk (issue 15: a worker that
// waited for each setting's fsync sat idle for it), with a bounded number of settings' files in flight, and reports
// the outcomes in the settings' order, each once its files are written.
import { describe, expect, it } from "vitest";
import {
  type BuildTarget,
  buildBatches,
  buildInTurn,
  type SettingBuilder,
  type SettingOutcome,
  WRITES_IN_FLIGHT,
} from "../src/build/build.js";

/** A stand-in builder whose writes finish only when the test says so. */
function slowDisk() {
  const log: string[] = [];
  const finish = new Map<string, () => void>();
  let inFlight = 0;
  let peak = 0;
  const builder = {
    async render(setting: BuildTarget) {
      log.push(`render ${setting.id}`);
      inFlight++;
      peak = Math.max(peak, inFlight);
      const written = new Promise<SettingOutcome>((resolve) => {
        finish.set(setting.id, () => {
          finish.delete(setting.id);
          inFlight--;
          log.push(`written ${setting.id}`);
          resolve({
            settingId: setting.id,
            files: [],
            written: [],
            unchanged: 0,
            problems: [],
            warnings: [],
          });
        });
      });
      return { written };
    },
  } as unknown as SettingBuilder;
  return { builder, log, finish, peak: () => peak };
}

const settings = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `s${i}`, source: `orgs/s${i}.yaml` }) as unknown as BuildTarget);
const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("buildInTurn", () => {
  it("renders the next settings while earlier ones are written, never more than WRITES_IN_FLIGHT behind", async () => {
    const disk = slowDisk();
    const outcomes: string[] = [];
    const done = buildInTurn(disk.builder, settings(WRITES_IN_FLIGHT + 3), (o) => outcomes.push(o.settingId));
    await tick();
    // No write has finished, yet WRITES_IN_FLIGHT settings rendered; the next waits for the oldest write.
    expect(disk.log).toEqual(Array.from({ length: WRITES_IN_FLIGHT }, (_, i) => `render s${i}`));
    expect(outcomes).toEqual([]);
    disk.finish.get("s1")?.(); // a later write finishing first does not let a setting jump the queue
    await tick();
    expect(outcomes).toEqual([]);
    for (let i = 0; i < WRITES_IN_FLIGHT + 3; i++) {
      disk.finish.get(`s${i}`)?.();
      await tick();
    }
    await done;
    expect(outcomes).toEqual(Array.from({ length: WRITES_IN_FLIGHT + 3 }, (_, i) => `s${i}`));
    expect(disk.peak()).toBe(WRITES_IN_FLIGHT);
  });
});

describe("buildBatches", () => {
  it("keeps every setting once, in order, in batches of at most 25 that shrink to one at the end", () => {
    for (const [count, jobs] of [
      [1000, 2],
      [5000, 4],
      [37, 2],
      [1, 2],
    ] as const) {
      const ids = Array.from({ length: count }, (_, i) => i);
      const batches = buildBatches(ids, jobs);
      expect(batches.flat()).toEqual(ids);
      const sizes = batches.map((b) => b.length);
      expect(Math.max(...sizes)).toBeLessThanOrEqual(25);
      for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1] as number);
      // The last jobs batches are single settings: no thread is left with a long batch while the others idle.
      expect(sizes.slice(-jobs).every((size) => size === 1)).toBe(true);
    }
  });
});
