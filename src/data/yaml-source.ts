/** YAML files read with source positions, so every problem can name its line and column. */
import {
  CST,
  type Document,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  type Node,
  Parser,
  parseDocument,
  visit,
  YAMLParseError,
} from "yaml";
import type { Problem } from "../errors.js";
import { decodeUtf8Strict, firstDisallowedCharacter } from "../text/encoding.js";

/** How many times one alias may be expanded, and how deeply lists and fields may nest. */
export const MAX_ALIAS_COUNT = 100;
export const MAX_NESTING = 64;

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
  yamlParses.count++;
  const lineCounter = new LineCounter();
  const tooDeep = firstTooDeep(text);
  if (tooDeep) {
    // Not handed to the YAML parser at all: nesting this deep is no real setting, and costs time and stack.
    const doc = parseDocument("", { lineCounter });
    return {
      file,
      text,
      doc,
      lineCounter,
      value: undefined,
      problems: [
        {
          file,
          ...tooDeep,
          message: `the lists and fields here are nested more than ${MAX_NESTING} levels deep — no policy data needs that; check the indentation, or remove the extra brackets`,
        },
      ],
    };
  }
  // Keys a map repeats are found here in one pass (withDuplicateKeys), not by the library, which compares each key
  // with every earlier one of its map: 32,000 keys took it ten seconds.
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: false });
  doc.errors = withDuplicateKeys(doc);
  const problems: Problem[] = [];
  const linesWithProblems = new Set<number>();
  // The text's lines, split once for all errors (a file of many broken lines has one error per line).
  let lines: string[] | undefined;
  // The "[" and "{" left open, read once for all errors.
  let unclosed: { offset: number; bracket: string }[] | undefined;
  // The quoted values left open, read once for all errors.
  let unclosedQuotes: { offset: number; bracket: string }[] | undefined;
  for (const error of doc.errors) {
    // "must … end with a ]": the parser notices a list left open where the next line starts; point at the "[".
    let open: { offset: number; bracket: string } | undefined;
    if (/end with an? [\]}]/.test(error.message)) {
      unclosed ??= unclosedBrackets(text);
      open = unclosed.findLast((b) => b.offset < error.pos[0]);
    } else if (error.code === "MISSING_CHAR" && /closing ["']?quote/i.test(error.message)) {
      // A quoted value left open: the parser notices it where the text ends (a line past the file's last); point at
      // the quote that opens it.
      unclosedQuotes ??= unclosedQuotedValues(text);
      open = unclosedQuotes.findLast((q) => q.offset < error.pos[0]);
    }
    if (open) {
      const at = lineCounter.linePos(open.offset);
      if (linesWithProblems.has(at.line)) continue;
      linesWithProblems.add(at.line);
      problems.push({
        file,
        line: at.line,
        column: at.col,
        message:
          open.bracket === "["
            ? 'this "[" starts a list that is never closed — add "]" where the list ends, or put the whole value in quotes if the "[" is part of the text'
            : open.bracket === "{"
              ? 'this "{" starts a group of fields that is never closed — add "}" where it ends, or put the whole value in quotes if the "{" is part of the text'
              : `this ${open.bracket} starts a text that is never closed — add ${open.bracket} where the text ends, or remove it if the value needs no quotes`,
      });
      continue;
    }
    const pos = error.linePos?.[0] ?? lineCounter.linePos(error.pos[0]);
    // One message per line: the first error on a line usually causes the rest.
    if (linesWithProblems.has(pos.line)) continue;
    linesWithProblems.add(pos.line);
    lines ??= text.split("\n");
    const missingColon = fieldWithoutColon(lines[pos.line - 1] ?? "");
    const repeatedKey = repeatedKeys.get(error);
    if (repeatedKey) {
      problems.push({
        file,
        line: pos.line,
        column: pos.col,
        message: `"${repeatedKey.key}" is written twice — it is already on line ${lineCounter.linePos(repeatedKey.first).line}; keep the right value and delete the other line`,
      });
      continue;
    }
    problems.push({
      file,
      line: pos.line,
      column: pos.col,
      message: missingColon
        ? `"${missingColon.line}" has no colon after "${missingColon.key}" — write it as "${missingColon.key}: ${missingColon.value}"`
        : `${yamlErrorWords(error.code, error.message)} — check the indentation and quoting on this line (text with a colon in it needs quotes)`,
    });
  }
  let value: unknown;
  if (problems.length === 0) {
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (error) {
      // The yaml library refuses an alias that expands too often ("billion laughs"); anything else it
      // throws is also about the shape of this file, never a reason to stop the program.
      const alias = firstAliasOffset(doc);
      const pos = alias === undefined ? undefined : lineCounter.linePos(alias);
      const aliases = error instanceof ReferenceError || alias !== undefined;
      problems.push({
        file,
        line: pos?.line,
        column: pos?.col,
        message: aliases
          ? "this file uses too many YAML aliases (*name) and anchors (&name), which repeat parts of the file many times over — write the values out in full instead of repeating them with aliases"
          : `the YAML could not be read: ${error instanceof Error ? error.message.split("\n")[0] : String(error)} — check this file`,
      });
    }
  }
  if (problems.length === 0) {
    // The text itself was checked when it was decoded, but a quoted "\0", "\x1b" or "\uFFFE" is such a
    // character once read: look at every value and key too.
    visit(doc, {
      Scalar(_, node) {
        if (typeof node.value !== "string") return undefined;
        const bad = firstDisallowedCharacter(node.value);
        if (!bad) return undefined;
        const pos = lineCounter.linePos(node.range?.[0] ?? 0);
        problems.push({
          file,
          line: pos.line,
          column: pos.col,
          message: `this text holds ${bad.description}, written as an escape (such as \\0, \\x07 or \\uFFFE) — no text may hold it; remove the escape`,
        });
        value = undefined;
        return visit.BREAK;
      },
    });
  }
  return { file, text, doc, lineCounter, value, problems };
}

/**
 * A file's bytes as YAML: strict UTF-8 (a BOM is fine), and no NUL, other control characters or
 * non-characters such as U+FFFE anywhere (they make a Word document that cannot be opened).
 */
export function parseYamlBytes(file: string, bytes: Uint8Array): YamlSource {
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok)
    return failedSource(file, {
      file,
      line: decoded.line,
      column: decoded.column,
      message: `this file ${decoded.reason}`,
    });
  return parseYamlString(file, decoded.text);
}

/**
 * A file's text as YAML (a browser's File.text(), or bytes already decoded): no NUL, other control characters or
 * non-characters anywhere, as parseYamlBytes checks. A leading byte order mark is dropped.
 */
export function parseYamlString(file: string, text: string): YamlSource {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const bad = firstDisallowedCharacter(body);
  if (bad)
    return failedSource(file, {
      file,
      line: bad.line,
      column: bad.column,
      message: `this file holds ${bad.description}, which no text may hold — delete it (it is often left by copying from another program); if you cannot see it, retype this line`,
    });
  return parseYamlText(file, body);
}

/**
 * A file already known to parse, without a problem, to `value` (a cache of parsed setting files, keyed by the
 * hash of the file's bytes): the checks run on the value as they would on a fresh parse, and the YAML document
 * (needed only to say where a problem is) is parsed from the text on first use. `text` is the file's text as
 * parseYamlBytes would decode it.
 */
export function yamlSourceOfValue(file: string, text: string, value: unknown): YamlSource {
  let parsed: YamlSource | undefined;
  const parse = () => {
    parsed ??= parseYamlString(file, text);
    return parsed;
  };
  return {
    file,
    text: text.startsWith("\uFEFF") ? text.slice(1) : text,
    value,
    problems: [],
    get doc() {
      return parse().doc;
    },
    get lineCounter() {
      return parse().lineCounter;
    },
  };
}

/** How many YAML texts were parsed (rather than taken from the load cache) in this thread: for tests. */
export const yamlParses = { count: 0 };

function failedSource(file: string, problem: Problem): YamlSource {
  const lineCounter = new LineCounter();
  return {
    file,
    text: "",
    doc: parseDocument("", { lineCounter }),
    lineCounter,
    value: undefined,
    problems: [problem],
  };
}

function firstAliasOffset(doc: Document.Parsed): number | undefined {
  let offset: number | undefined;
  visit(doc, {
    Alias(_, node) {
      offset = node.range?.[0];
      return visit.BREAK;
    },
  });
  return offset;
}

/**
 * The first place where the text nests deeper than MAX_NESTING: block nesting by indentation (and
 * "- - -" on one line), flow nesting by brackets. A cheap look at the text, before any parsing.
 */
function firstTooDeep(text: string): { line: number; column: number } | undefined {
  const indents: number[] = [];
  let flow = 0;
  let line = 0;
  // The text of a block scalar ("key: |" and the more indented lines after it) is text, not YAML.
  let blockIndent: number | undefined;
  for (const rawLine of text.split("\n")) {
    line++;
    const content = rawLine.trimStart();
    if (content === "" || content.startsWith("#")) continue;
    const indent = rawLine.length - content.length;
    if (blockIndent !== undefined) {
      if (indent > blockIndent) continue;
      blockIndent = undefined;
    }
    if (flow === 0 && /(?:^|[:\s])[|>][1-9+-]{0,2}\s*(?:#.*)?\r?$/.test(content)) blockIndent = indent;
    while (indents.length && (indents[indents.length - 1] as number) >= indent) indents.pop();
    indents.push(indent);
    const dashes = /^(?:-[ \t]+)*/.exec(content)?.[0].replace(/[ \t]/g, "").length ?? 0;
    if (indents.length + dashes > MAX_NESTING) return { line, column: indent + 1 };
    for (let i = 0; i < rawLine.length; i++) {
      const c = rawLine[i];
      if (c === "[" || c === "{") {
        if (++flow > MAX_NESTING) return { line, column: i + 1 };
      } else if ((c === "]" || c === "}") && flow > 0) flow--;
    }
  }
  return undefined;
}

/**
 * Each "[" or "{" that the YAML parser found no closing bracket for, in order (read from the parser's concrete
 * syntax tree, so brackets inside quotes and comments do not count).
 */
function unclosedBrackets(text: string): { offset: number; bracket: string }[] {
  return unclosedTokens(text, (token) =>
    token.type === "flow-collection" &&
    !token.end.some((t) => t.type === "flow-seq-end" || t.type === "flow-map-end")
      ? { offset: token.start.offset, bracket: token.start.source }
      : undefined,
  );
}

/** What `open` says of each key and value token of the parser's concrete syntax tree, in order of offset. */
function unclosedTokens(
  text: string,
  open: (token: CST.Token) => { offset: number; bracket: string } | undefined,
): { offset: number; bracket: string }[] {
  const found: { offset: number; bracket: string }[] = [];
  const look = (token: CST.Token | undefined): void => {
    const at = token && open(token);
    if (at) found.push(at);
  };
  for (const token of new Parser().parse(text)) {
    if (token.type !== "document") continue;
    look(token.value);
    CST.visit(token, (item) => {
      look(item.key ?? undefined);
      look(item.value);
    });
  }
  return found.sort((a, b) => a.offset - b.offset);
}

/**
 * Each quoted value (`"…` or `'…`) that the YAML parser found no closing quote for, in order (read from the parser's
 * concrete syntax tree, so quotes inside comments and other quoted values do not count).
 */
function unclosedQuotedValues(text: string): { offset: number; bracket: string }[] {
  return unclosedTokens(text, (token) => {
    if (token.type !== "double-quoted-scalar" && token.type !== "single-quoted-scalar") return undefined;
    const quote = token.source[0] as string;
    const closed = token.source.length > 1 && token.source.endsWith(quote);
    return closed ? undefined : { offset: token.offset, bracket: quote };
  });
}

/**
 * The document's errors with one for each key a map repeats, as the yaml library's own uniqueKeys check words and
 * places it (DUPLICATE_KEY "Map keys must be unique", at the repeated key), in order of place: a set of the keys
 * seen per map, so the time grows with the number of keys, not its square. Keys compare as the library compares
 * them: scalars by value; an alias or a collection as a key is never the same as another.
 */
/** Each repeated key's error: the key's words and where the map first has it, for a message in plain words. */
const repeatedKeys = new WeakMap<object, { key: string; first: number }>();

function withDuplicateKeys(doc: Document.Parsed): Document.Parsed["errors"] {
  const repeated: YAMLParseError[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Map<unknown, number>();
      for (const { key } of map.items) {
        // The library compares keys with ===: a NaN key is never the same as another.
        if (!isScalar(key) || Number.isNaN(key.value)) continue;
        const at = key.range?.[0] ?? 0;
        const first = seen.get(key.value);
        if (first === undefined) {
          seen.set(key.value, at);
          continue;
        }
        const error = new YAMLParseError([at, at + 1], "DUPLICATE_KEY", "Map keys must be unique");
        repeatedKeys.set(error, { key: String(key.value), first });
        repeated.push(error);
      }
    },
  });
  if (repeated.length === 0) return doc.errors;
  // A map's own keys are visited before the maps inside it: in order of place again.
  repeated.sort((a, b) => a.pos[0] - b.pos[0]);
  const merged: Document.Parsed["errors"] = [];
  let next = 0;
  for (const error of doc.errors) {
    while (next < repeated.length && repeated[next].pos[0] < error.pos[0]) merged.push(repeated[next++]);
    merged.push(error);
  }
  merged.push(...repeated.slice(next));
  return merged;
}

/**
 * A field written without its colon ("name Priya Marsh"), the commonest slip by hand: the YAML parser calls it
 * an implicit key on several lines, which says nothing to someone filling in a form. Only a line with no colon
 * at all whose first word looks like a field name, so quoted text and list entries are left to the parser.
 */
function fieldWithoutColon(rawLine: string): { line: string; key: string; value: string } | undefined {
  const line = rawLine.replace(/\r$/, "").trim();
  if (line.includes(":") || line.startsWith("#")) return undefined;
  const match = /^(?:-\s+)?([A-Za-z_][\w-]*)\s+([^\s#"'[{|>&*!%@`-].*)$/.exec(line);
  if (!match) return undefined;
  return { line, key: match[1] as string, value: (match[2] as string).trim() };
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

/** The YAML node at exactly `path`, or undefined. */
export function nodeAtPath(source: YamlSource, path: ReadonlyArray<string | number>): Node | undefined {
  let node: unknown = source.doc.contents;
  for (const key of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => {
        const k = item.key as { value?: unknown } | null;
        return k !== null && typeof k === "object" && String(k.value) === String(key);
      });
      if (!pair) return undefined;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") node = node.items[key];
    else return undefined;
  }
  return (node ?? undefined) as Node | undefined;
}

export { formatPath } from "./field-path.js";
