/**
 * A field's path as a person reads it: `["leads", 0, "training", 1, "date"]` → `leads[0].training[1].date`.
 * Kept apart from yaml-source.ts so that an audit, which names setting fields, loads no YAML parser for it.
 */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? key : `.${key}`;
  }
  return out;
}
