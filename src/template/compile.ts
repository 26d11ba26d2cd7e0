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

export function compileTemplate(
  file: string,
  text: string,
  liquid: Liquid,
  settingTypes: ReadonlyMap<string, SettingType>,
  sha256 = "",
): { template?: CompiledTemplate; problems: Problem[] } {
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
          message: `${liquidMessage(error)} in ${whole} — write a value like {{ setting.name }} or {{ policy.next_review | uk_date }}`,
        });
      }
      expressions.push({ raw: whole, liquid: compiled, line: fileLine, column: at + 1 });
      return TOKEN_START + id + TOKEN_PAD.repeat(whole.length - id.length - 2) + TOKEN_END;
    });
  });

  const tree = markdown.parse(tokenised.join("\n")) as Root;
  checkDirectives(tree, file, bodyStartLine, problems, settingTypes);
  if (!meta || problems.length) return { problems };
  return { template: { meta, tree, expressions, sha256 }, problems };
}

function liquidMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return `Liquid cannot read this value (${message.split(",")[0]})`;
}

function splitFrontMatter(_file: string, text: string) {
  const problems: Problem[] = [];
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
  const doc = parseDocument(yamlText, { lineCounter });
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
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const before = problems.length;
  const need = (key: string) => {
    if (data[key] === undefined || data[key] === "")
      problems.push({
        file,
        line: startLine,
        column: 1,
        path: key,
        message: `the front matter has no "${key}" — add ${key}: …`,
      });
  };
  for (const key of ["id", "title", "version"]) need(key);
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
    changelog: Array.isArray(data.changelog)
      ? (data.changelog as Record<string, unknown>[]).map(
          (entry): ChangeLogEntry => ({
            version: String(entry.version ?? ""),
            date: String(entry.date ?? ""),
            changes: String(entry.changes ?? ""),
          }),
        )
      : [],
    source: file,
  };
}

export function isTypeOrGroup(word: string, settingTypes: ReadonlyMap<string, SettingType>): boolean {
  if (settingTypes.has(word)) return true;
  for (const type of settingTypes.values()) if (type.groups.includes(word)) return true;
  return false;
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
      if (node.type === "textDirective" && node.name === "ref" && !node.children?.length)
        problems.push({
          ...at(node),
          message: "this :ref has no heading — write :ref[Allegations against staff and volunteers]",
        });
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
