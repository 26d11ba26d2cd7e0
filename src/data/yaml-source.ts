/** YAML files read with source positions, so every problem can name its line and column. */
import { readFile } from "node:fs/promises";
import { type Document, isMap, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import type { Problem } from "../errors.js";

export interface YamlSource {
  /** The file name as shown in messages (relative to the project root). */
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** Plain JS value (undefined when the YAML is broken). */
  value: unknown;
  problems: Problem[];
}

export function parseYamlText(file: string, text: string): YamlSource {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: Problem[] = [];
  for (const error of doc.errors) {
    const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    // One message per line: the first error on a line usually causes the rest.
    if (problems.some((p) => p.line === pos.line)) continue;
    problems.push({
      file,
      line: pos.line,
      column: pos.col,
      message: `${yamlErrorWords(error.code, error.message)} — check the indentation and quoting on this line (text with a colon in it needs quotes)`,
    });
  }
  const value = problems.length === 0 ? doc.toJS({ maxAliasCount: 100 }) : undefined;
  return { file, text, doc, lineCounter, value, problems };
}

export async function readYamlFile(path: string, file: string): Promise<YamlSource> {
  return parseYamlText(file, await readFile(path, "utf8"));
}

function yamlErrorWords(code: string, message: string): string {
  const firstLine = message.split("\n")[0] ?? message;
  switch (code) {
    case "DUPLICATE_KEY":
      return `this key appears twice (${firstLine.replace(/ at line.*$/, "")})`;
    case "BAD_INDENT":
    case "MISSING_CHAR":
    case "BLOCK_AS_IMPLICIT_KEY":
    case "MULTILINE_IMPLICIT_KEY":
      return `the YAML is broken here: ${firstLine.replace(/ at line.*$/, "")}`;
    default:
      return `the YAML is broken here: ${firstLine.replace(/ at line.*$/, "")}`;
  }
}

/**
 * The position of the node at `path`, or of its nearest existing parent.
 * For a map entry, the position of its value (so "date: Octob 2024" points at "Octob 2024").
 */
export function locateInYaml(
  source: YamlSource,
  path: ReadonlyArray<string | number>,
  options: { key?: boolean } = {},
): { line: number; column: number } | undefined {
  let node: unknown = source.doc.contents;
  let best: Node | undefined = node as Node | undefined;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => {
        const k = item.key as { value?: unknown } | null;
        return k !== null && typeof k === "object" && String(k.value) === String(key);
      });
      if (!pair) break;
      node = pair.value ?? pair.key;
      const last = key === path[path.length - 1];
      best = ((options.key && last) || pair.value === null ? pair.key : pair.value) as Node;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key];
      if (item === undefined) break;
      node = item;
      best = item as Node;
    } else {
      break;
    }
  }
  const offset = best?.range?.[0];
  if (offset === undefined) return undefined;
  const pos = source.lineCounter.linePos(offset);
  return { line: pos.line, column: pos.col };
}

/** `["leads", 0, "training", 1, "date"]` → `leads[0].training[1].date` */
export function formatPath(path: ReadonlyArray<string | number>): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? key : `.${key}`;
  }
  return out;
}
