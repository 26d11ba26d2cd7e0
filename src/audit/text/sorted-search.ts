/** The index of the first item whose key is at least `value`, in a list sorted by that key (its length if none). */
export function firstAtOrAfter<T>(list: readonly T[], key: (item: T) => number, value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (key(list[mid]) < value) low = mid + 1;
    else high = mid;
  }
  return low;
}
