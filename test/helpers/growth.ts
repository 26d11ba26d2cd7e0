/**
 * How much longer a piece of work takes on a larger input: CPU time(large) / CPU time(small), each the quickest of five
 * measures after a warm-up, a measure being the mean of as many runs as fill 5 ms (so a quick small run is not
 * lost in the clock's noise). Tests hold a bound on this ratio, never on wall time (the bars forbid timed tests):
 * ten times the input takes about ten times as long when the work is linear, a hundred times when it is quadratic.
 */
export function growth(work: (size: number) => void, small: number, large: number): number {
  // CPU time of this process, not wall time: on a loaded machine (CI's two cores running two test files, or a
  // developer's other work) a measure's wall time includes the moments another process had the core, which read
  // as growth; the files that call this run one at a time, last, with no other file beside them or in their
  // process at that moment (the "alone" group in vitest.config.ts), so the process's CPU time is this work's.
  const cpuMs = () => {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  };
  const measure = (size: number) => {
    const started = cpuMs();
    let runs = 0;
    do {
      work(size);
      runs++;
    } while (cpuMs() - started < 5);
    return (cpuMs() - started) / runs;
  };
  // Five, not three: a large input's run is one measure of 50–100 ms, and a collection of its garbage falling in
  // two of three measures read 51–59 for linear work on a quiet machine (bound 40).
  const quickest = (size: number) => Math.min(...Array.from({ length: 5 }, () => measure(size)));
  measure(small);
  measure(large);
  return quickest(large) / quickest(small);
}
