/**
 * How much longer a piece of work takes on a larger input: time(large) / time(small), each the quickest of five
 * measures after a warm-up, a measure being the mean of as many runs as fill 5 ms (so a quick small run is not
 * lost in the clock's noise). Tests hold a bound on this ratio, never on wall time (the bars forbid timed tests):
 * ten times the input takes about ten times as long when the work is linear, a hundred times when it is quadratic.
 */
export function growth(work: (size: number) => void, small: number, large: number): number {
  const measure = (size: number) => {
    const started = performance.now();
    let runs = 0;
    do {
      work(size);
      runs++;
    } while (performance.now() - started < 5);
    return (performance.now() - started) / runs;
  };
  // Five, not three: a large input's run is one measure of 50–100 ms, and a collection of its garbage falling in
  // two of three measures read 51–59 for linear work on a quiet machine (bound 40).
  const quickest = (size: number) => Math.min(...Array.from({ length: 5 }, () => measure(size)));
  measure(small);
  measure(large);
  return quickest(large) / quickest(small);
}
