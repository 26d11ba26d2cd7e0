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

/**
 * The items whose key is in [from, to), in order, from a list sorted by that key: one binary search, then a walk of
 * only the items found.
 */
export function between<T>(list: readonly T[], key: (item: T) => number, from: number, to: number): T[] {
  const found: T[] = [];
  for (let i = firstAtOrAfter(list, key, from); i < list.length && key(list[i]) < to; i++)
    found.push(list[i]);
  return found;
}
