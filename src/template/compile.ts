/**
 * Compiles a template ONCE: front matter → TemplateMeta; each `{{ … }}` → a pre-parsed Liquid template,
 * replaced in the Markdown by a same-length private-use token; the Markdown → mdast (GFM + directives).
 * Filling a setting then walks the tree and renders only the tokens, so data becomes text nodes and can
 * never turn into Markdown structure, and Markdown is parsed once per template, not once per setting.
 */

import type { Liquid, Template } from "liquidjs";
import type { Root, RootContent } from "mdast";
import remarkDirective from "remark-directive";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { LineCounter, parseDocument } from "yaml";
import type { Problem } from "../errors.js";
import type { ChangeLogEntry, SettingType, TemplateMeta } from "../model.js";
import { isSafeLinkTarget, SAFE_LINK_WORDS } from "../render/safe.js";
import { isTypeOrGroup } from "./select.js";

export const TOKEN_START = "\uE000";
export const TOKEN_PAD = "\uE002";
export const TOKEN_END = "\uE001";
export const TOKEN_PATTERN = /\uE000([0-9a-z]+)\uE002*\uE001/g;

export interface Expression {
  raw: string;
  liquid: Template[];
  line: number;
  column: number;
}

export interface CompiledTemplate {
  meta: TemplateMeta;
  tree: Root;
  expressions: Expression[];
  /**
   * sha256 (lower-case hex) of the template file's exact bytes as read and compiled: hash this, not the
   * file on disk at build time, so a template edited mid-build is never recorded as built.
   */
  sha256: string;
}

export const LEAF_DIRECTIVES = new Set([
  "policy-details",
  "contents",
  "leads-table",
  "training-table",
  "contacts",
  "document-history",
  "slot",
]);
export const CONTAINER_DIRECTIVES = new Set(["when", "slot"]);
export const TEXT_DIRECTIVES = new Set(["ref"]);

const markdown = unified().use(remarkParse).use(remarkGfm).use(remarkDirective);

/** How many templates were compiled in this thread: for tests of what a no-op build does. */
export const templateCompiles = { count: 0 };

export function compileTemplate(
  file: string,
  text: string,
  liquid: Liquid,
  settingTypes: ReadonlyMap<string, SettingType>,
  sha256 = "",
): { template?: CompiledTemplate; problems: Problem[] } {
  templateCompiles.count++;
  const problems: Problem[] = [];
  const { frontMatter, body, bodyStartLine, frontMatterProblems, frontMatterStartLine } = splitFrontMatter(
    file,
    text,
  );
  problems.push(...frontMatterProblems);
  const meta = frontMatter
    ? readMeta(file, frontMatter, frontMatterStartLine, problems, settingTypes)
    : undefined;
  if (!frontMatter && frontMatterProblems.length === 0)
    problems.push({
      file,
      line: 1,
      column: 1,
      message: "the template has no front matter — start it with --- and id, title, version, applies_to",
    });

  // Replace Liquid output tags by tokens of the same length so positions stay true.
  const expressions: Expression[] = [];
  const lines = body.split("\n");
  const tokenised = lines.map((line, lineIndex) => {
    const fileLine = bodyStartLine + lineIndex;
    const tagAt = line.indexOf("{%");
    if (tagAt >= 0)
      problems.push({
        file,
        line: fileLine,
        column: tagAt + 1,
        message:
          'Liquid tags like {% if %} are not supported in templates — use a :::when{type="…"} block for text that depends on the setting',
      });
    return line.replace(/\{\{([\s\S]*?)(\}\}|$)/g, (whole, _inner: string, close: string, at: number) => {
      if (close !== "}}") {
        problems.push({
          file,
          line: fileLine,
          column: at + 1,
          message: "this {{ has no closing }} — keep each {{ … }} on one line",
        });
        return whole;
      }
      const index = expressions.length;
      const id = index.toString(36);
      if (whole.length < id.length + 2) {
        problems.push({
          file,
          line: fileLine,
          column: at + 1,
          message: "this {{ }} is empty — write a value such as {{ setting.name }}",
        });
        return whole;
      }
      let compiled: Template[] = [];
      try {
        compiled = liquid.parse(whole);
      } catch (error) {
        problems.push({
          file,
          line: fileLine,
          column: at + 1,
          message: `${liquidMessage(error)} in ${shortened(whole)} — write a value like {{ setting.name }} or {{ policy.next_review | uk_date }}`,
        });
      }
      expressions.push({ raw: whole, liquid: compiled, line: fileLine, column: at + 1 });
      return TOKEN_START + id + TOKEN_PAD.repeat(whole.length - id.length - 2) + TOKEN_END;
    });
  });

  let tree: Root;
  try {
    tree = markdown.parse(tokenised.join("\n")) as Root;
  } catch {
    // Only a pathological text (thousands of nested quotes or lists) can break the Markdown parser.
    problems.push({
      file,
      line: bodyStartLine,
      column: 1,
      message: "the template's Markdown cannot be read (it is nested far too deeply) — simplify the nesting",
    });
    return { problems };
  }
  if (!checkDepth(tree, file, bodyStartLine, problems)) return { problems };
  checkDirectives(tree, file, bodyStartLine, problems, settingTypes);
  checkFences(tree, tokenised, file, bodyStartLine, problems);
  checkLinks(tree, file, bodyStartLine, problems);
  if (!meta || problems.length) return { problems };
  freezeFixedParts(tree);
  return { template: { meta, tree, expressions, sha256 }, problems };
}

const PER_POLICY = new Set(["containerDirective", "leafDirective", "textDirective", "heading"]);

/**
 * The parts of compiled trees whose only difference from one policy to the next is their {{ … }} values (no
 * directive, no heading inside), each with the values it uses (their indexes in the template's expressions):
 * fillTemplate fills such a part once for each set of values and shares it between the policies that have them.
 */
export const valueParts = new WeakMap<object, readonly number[]>();

type PartKind = "fixed" | "values" | "perPolicy";

/**
 * Freezes each part of the tree that reads the same in every setting's policy: no {{ … }} value, no directive and
 * no heading (headings are numbered and given ids per policy) anywhere inside it. fillTemplate puts such a part
 * into every policy as it is, rather than copying it, and the renderers keep what they make of it (safe.ts,
 * html.ts); being frozen, it cannot be changed by any of them by mistake — an assignment to it throws. The
 * biggest parts that differ only by their values go into valueParts.
 */
function freezeFixedParts(node: AnyNode | Root): PartKind {
  let kind: PartKind = PER_POLICY.has(node.type) || node.type === "root" ? "perPolicy" : "fixed";
  const children: Array<[AnyNode, PartKind]> = [];
  for (const name in node) {
    const value = (node as unknown as Record<string, unknown>)[name];
    if (name === "children")
      for (const child of value as AnyNode[]) {
        const childKind = freezeFixedParts(child);
        children.push([child, childKind]);
        if (childKind === "perPolicy") kind = "perPolicy";
        else if (childKind === "values" && kind === "fixed") kind = "values";
      }
    else if (name !== "position" && kind === "fixed" && holdsToken(value)) kind = "values";
  }
  if (kind === "fixed") deepFreeze(node);
  if (kind === "perPolicy")
    for (const [child, childKind] of children)
      if (childKind === "values") valueParts.set(child, expressionsIn(child));
  return kind;
}

/** The indexes of the expressions whose tokens a part holds, in the order they first appear. */
function expressionsIn(value: unknown, found = new Set<number>()): number[] {
  if (typeof value === "string") {
    for (const m of value.matchAll(TOKEN_PATTERN)) found.add(Number.parseInt(m[1], 36));
  } else if (typeof value === "object" && value !== null)
    for (const [name, item] of Object.entries(value)) if (name !== "position") expressionsIn(item, found);
  return [...found];
}

function holdsToken(value: unknown): boolean {
  if (typeof value === "string") return value.includes(TOKEN_START);
  if (typeof value !== "object" || value === null) return false;
  for (const item of Object.values(value)) if (holdsToken(item)) return true;
  return false;
}

function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
}

/** A {{ … }} as quoted in a message: never more than a line's worth. */
export function shortened(raw: string): string {
  return raw.length > 80 ? `${raw.slice(0, 60)}…${raw.slice(-10)}` : raw;
}

function liquidMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `Liquid cannot read this value (${message.split(",")[0]})`;
}

function splitFrontMatter(_file: string, withBom: string) {
  const problems: Problem[] = [];
  // A byte order mark (Windows Notepad) is not part of the text.
  const text = withBom.startsWith("\uFEFF") ? withBom.slice(1) : withBom;
  const match = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!match)
    return {
      frontMatter: undefined,
      body: text,
      bodyStartLine: 1,
      frontMatterProblems: problems,
      frontMatterStartLine: 2,
    };
  const body = text.slice(match[0].length);
  const bodyStartLine = match[0].split("\n").length;
  return {
    frontMatter: match[1],
    body,
    bodyStartLine,
    frontMatterProblems: problems,
    frontMatterStartLine: 2,
  };
}

function readMeta(
  file: string,
  yamlText: string,
  startLine: number,
  problems: Problem[],
  settingTypes: ReadonlyMap<string, SettingType>,
): TemplateMeta | undefined {
  const lineCounter = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  let data: Record<string, unknown>;
  try {
    doc = parseDocument(yamlText, { lineCounter });
  } catch {
    problems.push({
      file,
      line: startLine,
      column: 1,
      message:
        "the front matter cannot be read (it is nested far too deeply) — keep it to id, title, version, applies_to",
    });
    return undefined;
  }
  if (doc.errors.length) {
    for (const error of doc.errors) {
      const pos = lineCounter.linePos(error.pos[0]);
      problems.push({
        file,
        line: startLine + pos.line - 1,
        column: pos.col,
        message: `the front matter is not valid YAML: ${error.message.split("\n")[0]}`,
      });
    }
    return undefined;
  }
  try {
    // The yaml library refuses alias bombs (billion laughs) here, with an error we turn into words.
    data = (doc.toJS({ maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
  } catch (error) {
    const aliases = /alias/i.test(error instanceof Error ? error.message : "");
    problems.push({
      file,
      line: startLine,
      column: 1,
      message: aliases
        ? "the front matter repeats aliases (*name) so often that it would grow without end — write the values out instead of using & and *"
        : "the front matter cannot be read — keep it to id, title, version, applies_to, review_cycle_months and changelog",
    });
    return undefined;
  }
  if (typeof data !== "object" || Array.isArray(data)) {
    problems.push({
      file,
      line: startLine,
      column: 1,
      message: "the front matter must be fields (id: …, title: …), not a list or a single value",
    });
    return undefined;
  }
  const before = problems.length;
  /** Where a value is in the file (the front matter's first line if it is not there). */
  const place = (path: Array<string | number>) => {
    const node = doc.getIn(path, true) as { range?: [number, number, number] } | undefined;
    const pos = node?.range ? lineCounter.linePos(node.range[0]) : undefined;
    return pos ? { line: startLine + pos.line - 1, column: pos.col } : { line: startLine, column: 1 };
  };
  const scalar = (value: unknown) =>
    typeof value === "string" || typeof value === "number" || typeof value === "boolean";
  const need = (key: string) => {
    if (data[key] === undefined || data[key] === null || data[key] === "")
      problems.push({
        file,
        line: startLine,
        column: 1,
        path: key,
        message: `the front matter has no "${key}" — add ${key}: …`,
      });
    else if (!scalar(data[key]))
      problems.push({
        file,
        ...place([key]),
        path: key,
        message: `${key} must be a single value (words or a number), not a list or fields`,
      });
  };
  for (const key of ["id", "title", "version"]) need(key);
  const changelog: ChangeLogEntry[] = [];
  if (data.changelog !== undefined && data.changelog !== null && !Array.isArray(data.changelog))
    problems.push({
      file,
      ...place(["changelog"]),
      path: "changelog",
      message:
        "changelog must be a list of entries, each with version:, date: and changes: (start each with -)",
    });
  if (Array.isArray(data.changelog))
    data.changelog.forEach((entry: unknown, i: number) => {
      const fields = entry as Record<string, unknown>;
      const ok =
        typeof entry === "object" &&
        entry !== null &&
        !Array.isArray(entry) &&
        ["version", "date", "changes"].every((k) => fields[k] === undefined || scalar(fields[k]));
      if (!ok) {
        problems.push({
          file,
          ...place(["changelog", i]),
          path: `changelog[${i}]`,
          message:
            'each changelog entry needs version:, date: (YYYY-MM-DD) and changes:, each a single value — e.g. - { version: "1.1", date: 2025-09-01, changes: New contacts }',
        });
        return;
      }
      changelog.push({
        version: String(fields.version ?? ""),
        date: String(fields.date ?? ""),
        changes: String(fields.changes ?? ""),
      });
    });
  const appliesTo = data.applies_to === undefined ? ["all"] : data.applies_to;
  if (!Array.isArray(appliesTo)) {
    problems.push({
      file,
      line: startLine,
      column: 1,
      path: "applies_to",
      message: "applies_to must be a list, e.g. [school, nursery] or [all]",
    });
  } else {
    for (const entry of appliesTo)
      if (entry !== "all" && !isTypeOrGroup(String(entry), settingTypes))
        problems.push({
          file,
          line: startLine,
          column: 1,
          path: "applies_to",
          message: `"${entry}" is not a setting type or group — use ${knownTypesText(settingTypes)}`,
        });
  }
  if (problems.length > before) return undefined;
  return {
    id: String(data.id),
    title: String(data.title),
    version: String(data.version),
    applies_to: (appliesTo as unknown[]).map(String),
    review_cycle_months: typeof data.review_cycle_months === "number" ? data.review_cycle_months : 12,
    number_headings: data.number_headings !== false,
    changelog,
    source: file,
  };
}

function knownTypesText(settingTypes: ReadonlyMap<string, SettingType>): string {
  const groups = new Set<string>();
  for (const type of settingTypes.values()) for (const g of type.groups) groups.add(g);
  return `a type (${[...settingTypes.keys()].join(", ")}) or a group (${[...groups].join(", ")})`;
}

type AnyNode = RootContent & {
  children?: AnyNode[];
  name?: string;
  attributes?: Record<string, string | null | undefined>;
};

/** Checks directive names and attributes; turns accidental text directives ("10:30am") back into text. */
function checkDirectives(
  tree: Root,
  file: string,
  bodyStartLine: number,
  problems: Problem[],
  settingTypes: ReadonlyMap<string, SettingType>,
): void {
  const at = (node: AnyNode) => ({
    file,
    line: (node.position?.start.line ?? 1) + bodyStartLine - 1,
    column: node.position?.start.column ?? 1,
  });
  const visit = (parent: { children: AnyNode[] }) => {
    for (let i = 0; i < parent.children.length; i++) {
      const node = parent.children[i] as AnyNode;
      if (node.type === "textDirective" && !TEXT_DIRECTIVES.has(node.name ?? "")) {
        // Not meant as a directive: "10:30am" or "Note:this". Put the text back as it was written.
        parent.children.splice(i, 1, ...textDirectiveAsText(node));
        i--;
        continue;
      }
      if (node.type === "leafDirective" && !LEAF_DIRECTIVES.has(node.name ?? ""))
        problems.push({
          ...at(node),
          message: `"::${node.name}" is not a directive policysmith knows — use one of: ${[...LEAF_DIRECTIVES].map((d) => `::${d}`).join(", ")}`,
        });
      if (node.type === "containerDirective" && !CONTAINER_DIRECTIVES.has(node.name ?? ""))
        problems.push({
          ...at(node),
          message: `":::${node.name}" is not a block policysmith knows — use :::when{type="…"} or :::slot{name="…"}`,
        });
      if (
        (node.type === "leafDirective" || node.type === "containerDirective") &&
        node.name === "slot" &&
        !node.attributes?.name
      )
        problems.push({ ...at(node), message: `this slot has no name — write ::slot{name="recruitment"}` });
      if (node.type === "containerDirective" && node.name === "when") {
        const attrs = node.attributes ?? {};
        const keys = Object.keys(attrs);
        if (!keys.some((k) => k === "type" || k === "except" || k === "area"))
          problems.push({
            ...at(node),
            message: `this :::when has no condition — write :::when{type="school nursery"}, except="…" or area="…"`,
          });
        for (const key of keys) {
          if (key !== "type" && key !== "except" && key !== "area")
            problems.push({
              ...at(node),
              message: `:::when does not understand "${key}" — use type, except or area`,
            });
        }
        for (const key of ["type", "except"]) {
          for (const word of (attrs[key] ?? "").split(/[\s,]+/).filter(Boolean))
            if (!isTypeOrGroup(word, settingTypes))
              problems.push({
                ...at(node),
                message: `"${word}" is not a setting type or group — use ${knownTypesText(settingTypes)}`,
              });
        }
      }
      if (node.type === "textDirective" && node.name === "ref") {
        if (!node.children?.length)
          problems.push({
            ...at(node),
            message: "this :ref has no heading — write :ref[Allegations against staff and volunteers]",
          });
        // Where the :ref is in the file, for a problem found only when a setting is filled.
        const { line, column } = at(node);
        node.data = { ...node.data, line, column } as AnyNode["data"];
      }
      if (node.children) visit(node as { children: AnyNode[] });
    }
  };
  visit(tree as unknown as { children: AnyNode[] });
}

function textDirectiveAsText(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [{ type: "text", value: `:${node.name ?? ""}` } as AnyNode];
  if (node.children?.length) {
    out.push({ type: "text", value: "[" } as AnyNode, ...node.children, {
      type: "text",
      value: "]",
    } as AnyNode);
  }
  const attrs = Object.entries(node.attributes ?? {});
  if (attrs.length)
    out.push({
      type: "text",
      value: `{${attrs.map(([k, v]) => (v ? `${k}="${v}"` : k)).join(" ")}}`,
    } as AnyNode);
  return out;
}

/** The deepest nesting a template may have: real ones are under 10; far deeper only breaks things. */
export const MAX_DEPTH = 100;

/** The first node nested deeper than MAX_DEPTH, if any (found without recursion). */
export function tooDeep(tree: Root): RootContent | undefined {
  const stack: Array<[AnyNode, number]> = [[tree as unknown as AnyNode, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop() as [AnyNode, number];
    if (depth > MAX_DEPTH) return node;
    for (const child of node.children ?? []) stack.push([child, depth + 1]);
  }
  return undefined;
}

function checkDepth(tree: Root, file: string, bodyStartLine: number, problems: Problem[]): boolean {
  const node = tooDeep(tree) as AnyNode | undefined;
  if (!node) return true;
  problems.push({
    file,
    line: (node.position?.start.line ?? 1) + bodyStartLine - 1,
    column: node.position?.start.column ?? 1,
    message: `the template is nested more than ${MAX_DEPTH} levels deep here (quotes, lists or blocks inside each other) — simplify it`,
  });
  return false;
}

const FENCE = /^[ \t]*(:{3,})[ \t]*\r?$/;
/** A line that starts like a leaf (::name) or container (:::name) directive. */
const DIRECTIVE_LIKE = /^[ \t]*(:{2,})([A-Za-z][\w-]*)/;

/**
 * Every :::when / :::slot block has its own closing fence, and every fence closes a block. The Markdown
 * parser quietly ends an unclosed block at the end of its parent (dropping the rest of the policy from
 * settings it does not match) and shows a stray ::: as text, so both are found here, at their lines.
 */
function checkFences(
  tree: Root,
  lines: readonly string[],
  file: string,
  bodyStartLine: number,
  problems: Problem[],
): void {
  const fileLine = (line: number) => line + bodyStartLine - 1;
  const containers: AnyNode[] = [];
  const verbatim: Array<[number, number]> = [];
  const directiveLines = new Set<number>();
  const visit = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      if ((node.type === "containerDirective" || node.type === "leafDirective") && node.position)
        directiveLines.add(node.position.start.line);
      if (node.type === "containerDirective") containers.push(node);
      if ((node.type === "code" || node.type === "html") && node.position)
        verbatim.push([node.position.start.line, node.position.end.line]);
      if (node.children) visit(node.children);
    }
  };
  visit(tree.children as AnyNode[]);
  const closedBy = new Map<number, AnyNode>();
  const reported = new Set<AnyNode>();
  for (const node of containers) {
    if (!node.position) continue;
    const { start, end } = node.position;
    const opening = /^:+/.exec(lines[start.line - 1]?.slice(start.column - 1) ?? "")?.[0] ?? ":::";
    const fence = end.line > start.line ? FENCE.exec(lines[end.line - 1] ?? "") : null;
    const owner = closedBy.get(end.line);
    if (fence && fence[1].length >= opening.length && !owner) {
      closedBy.set(end.line, node);
      continue;
    }
    if (owner?.position) {
      // A block opened inside another with as many colons: the one fence closes the outer block (the
      // parser's reading), so one of the two has no closing — most often the outer one was never closed.
      if (reported.has(owner)) continue;
      reported.add(owner);
      const outer = `${/^:+/.exec(lines[owner.position.start.line - 1]?.slice(owner.position.start.column - 1) ?? "")?.[0] ?? ":::"}${owner.name ?? ""}`;
      problems.push({
        file,
        line: fileLine(owner.position.start.line),
        column: owner.position.start.column,
        message: `this ${outer} block is not closed before the ${opening}${node.name ?? ""} on line ${fileLine(start.line)} starts, so the ${fence?.[1] ?? opening} on line ${fileLine(end.line)} closes both — add a line with just ${opening} where this block ends (to put one block inside another, open the outer one with more colons: ::::when … ::::)`,
      });
      continue;
    }
    const name = `${opening}${node.name ?? ""}`;
    problems.push({
      file,
      line: fileLine(start.line),
      column: start.column,
      message: `this ${name} block has no closing ${opening} — add a line with just ${opening} where the block ends (a block opened with ${opening.length} colons is closed by a line of at least ${opening.length})`,
    });
  }
  lines.forEach((text, index) => {
    const line = index + 1;
    const opener = DIRECTIVE_LIKE.exec(text);
    if (opener && !directiveLines.has(line) && !verbatim.some(([from, to]) => line >= from && line <= to)) {
      // Not parsed as a directive, so it would be printed in every policy as it stands.
      problems.push({
        file,
        line: fileLine(line),
        column: text.indexOf(":") + 1,
        message: `"${text.trim().slice(0, 40)}" starts like a ${opener[1]}${opener[2]} block but is not written as one, so it would be printed in every policy — write it as ${opener[1]}${opener[2]}{…}, e.g. :::when{type="schools"} or ::contents`,
      });
      return;
    }
    if (!FENCE.test(text) || closedBy.has(line)) return;
    if (verbatim.some(([from, to]) => line >= from && line <= to)) return;
    problems.push({
      file,
      line: fileLine(line),
      column: text.indexOf(":") + 1,
      message:
        'this ::: closes no block — delete it, or check the :::when{type="…"} or :::slot{name="…"} line that should open it',
    });
  });
}

/** Links written in the template itself may only go to the web, an email address, a phone or a heading. */
function checkLinks(tree: Root, file: string, bodyStartLine: number, problems: Problem[]): void {
  const visit = (nodes: AnyNode[]) => {
    for (const node of nodes) {
      const url = (node as { url?: unknown }).url;
      if (
        (node.type === "link" || node.type === "image" || node.type === "definition") &&
        typeof url === "string" &&
        !url.includes(TOKEN_START) &&
        !isSafeLinkTarget(url)
      )
        problems.push({
          file,
          line: (node.position?.start.line ?? 1) + bodyStartLine - 1,
          column: node.position?.start.column ?? 1,
          message: `"${url.length > 60 ? `${url.slice(0, 60)}…` : url}" cannot be a link in a policy — ${SAFE_LINK_WORDS}`,
        });
      if (node.children) visit(node.children);
    }
  };
  visit(tree.children as AnyNode[]);
}
