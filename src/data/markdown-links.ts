/**
 * Links and images in a setting's own Markdown (its `sections`): only web addresses, email, phone numbers
 * and places in the same document may become links. A `javascript:` or `data:` link would stay live in the
 * Word, PDF and HTML policies (and the HTML is put on school websites), so it is a data error at its line.
 */
import type { Nodes, Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { isScalar, type Scalar } from "yaml";
import type { Problem } from "../errors.js";
import { formatPath, locateInYaml, nodeAtPath, type YamlSource } from "./yaml-source.js";

// The same Markdown as src/template/fill.ts reads a setting's sections with: plain CommonMark and GFM.
const sectionMarkdown = unified().use(remarkParse).use(remarkGfm);

const ALLOWED_SCHEMES = new Set(["http", "https", "mailto", "tel"]);

/** Why a link's address may not be used, or undefined when it may. */
export function linkRefusal(url: string): string | undefined {
  // Browsers ignore spaces and control characters inside a scheme ("java\tscript:"), so we do too.
  const bare = [...url].filter((c) => c.charCodeAt(0) > 0x20 && c !== "\u007f").join("");
  if (bare === "" || bare.startsWith("#")) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(bare)?.[1]?.toLowerCase();
  if (scheme && ALLOWED_SCHEMES.has(scheme)) return undefined;
  return scheme ? `a ${scheme}: address` : "not a full address";
}

function shorten(text: string): string {
  const oneLine = text.replace(/\s+/g, " ");
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

/** Problems for every link, image and link definition in the setting's sections whose address is not allowed. */
export function checkSectionLinks(source: YamlSource): Problem[] {
  const sections = (source.value as { sections?: Record<string, unknown> } | undefined)?.sections;
  if (!sections || typeof sections !== "object") return [];
  const problems: Problem[] = [];
  for (const [name, markdown] of Object.entries(sections)) {
    if (typeof markdown !== "string") continue;
    const path = ["sections", name];
    const deep = firstTooDeepMarkdown(markdown);
    if (deep) {
      const at = placeInSection(source, path, deep);
      problems.push({
        file: source.file,
        line: at?.line,
        column: at?.column,
        path: formatPath(path),
        message: `quotes (>) or lists are nested more than ${MAX_MARKDOWN_NESTING} levels deep here — no policy needs that; remove the extra > or indentation`,
      });
      continue;
    }
    let tree: Root;
    try {
      tree = sectionMarkdown.parse(markdown) as Root;
    } catch {
      problems.push({
        file: source.file,
        ...locateInYaml(source, path),
        path: formatPath(path),
        message:
          "this text could not be read as Markdown — simplify it (fewer nested quotes, lists and brackets)",
      });
      continue;
    }
    const stack: Nodes[] = [tree];
    for (let node = stack.pop(); node; node = stack.pop()) {
      if (node.type === "link" || node.type === "image" || node.type === "definition") {
        const why = linkRefusal(node.url);
        if (why) {
          const what = node.type === "image" ? "the image" : "the link";
          const at = placeInSection(source, path, node.position?.start);
          problems.push({
            file: source.file,
            line: at?.line,
            column: at?.column,
            path: formatPath(path),
            message: `${what} "${shorten(node.url)}" is ${why} — links may only lead to web addresses (https://…), email addresses (mailto:…), phone numbers (tel:…) or headings in the policy (#…); remove it or write the full https:// address`,
          });
        }
      }
      if ("children" in node) for (const child of [...node.children].reverse()) stack.push(child as Nodes);
    }
  }
  return problems;
}

export const MAX_MARKDOWN_NESTING = 32;

/**
 * The first line whose quotes (>) and list markers, with its indentation, nest deeper than
 * MAX_MARKDOWN_NESTING: thousands of ">" take the Markdown reader seconds and then overflow its stack.
 */
function firstTooDeepMarkdown(markdown: string): { line: number; column: number } | undefined {
  let line = 0;
  for (const text of markdown.split("\n")) {
    line++;
    const prefix = /^(?:[ \t]*(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t])))*[ \t]*/.exec(text)?.[0] ?? "";
    const markers = (prefix.match(/>|[-*+]|\d{1,9}[.)]/g) ?? []).length;
    const spaces = prefix.replace(/[^ \t]/g, "").length;
    if (markers + Math.floor(spaces / 4) > MAX_MARKDOWN_NESTING) return { line, column: 1 };
  }
  return undefined;
}

/** The YAML line and column of a place inside a Markdown value; exact for `|` blocks, else the value's start. */
function placeInSection(
  source: YamlSource,
  path: Array<string | number>,
  inside: { line: number; column: number } | undefined,
): { line: number; column: number } | undefined {
  const start = locateInYaml(source, path);
  const node = nodeAtPath(source, path);
  if (!start || !inside || !node || !isScalar(node)) return start;
  const scalar = node as Scalar;
  if (scalar.type === "BLOCK_LITERAL") {
    // The block's text starts on the line after "|"; its indentation is that of its first non-blank line.
    const lines = source.text.split("\n");
    let indent = 0;
    for (let i = start.line; i < lines.length; i++) {
      const text = lines[i] as string;
      if (text.trim() === "") continue;
      indent = text.length - text.trimStart().length;
      break;
    }
    return { line: start.line + inside.line, column: indent + inside.column };
  }
  if (inside.line === 1) {
    const quoted = scalar.type === "QUOTE_DOUBLE" || scalar.type === "QUOTE_SINGLE" ? 1 : 0;
    return { line: start.line, column: start.column + quoted + inside.column - 1 };
  }
  return start;
}
