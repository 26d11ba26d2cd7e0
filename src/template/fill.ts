/**
 * Fills a compiled template for one setting: renders the Liquid tokens into text, keeps or drops
 * :::when blocks, expands generated parts and slots, numbers headings, gives them ids, resolves :ref.
 * The compiled tree is never mutated: each setting gets its own copy.
 */
import { slug } from "github-slugger";
import type { Liquid } from "liquidjs";
import type { Heading, Nodes, PhrasingContent, Root, RootContent, Text } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { DataError, type Problem } from "../errors.js";
import type {
  Area,
  DocumentMeta,
  HeadingInfo,
  Partnership,
  PolicyDocument,
  Setting,
  SettingType,
} from "../model.js";
import {
  type CompiledTemplate,
  type Expression,
  MAX_DEPTH,
  shortened,
  TOKEN_PATTERN,
  tooDeep,
  valueParts,
} from "./compile.js";
import { formatUkDate } from "./dates.js";
import { contactsTable, documentHistory, leadsTable, policyDetails, trainingTable } from "./generated.js";

export interface FillContext {
  partnership: Partnership;
  settingTypes: ReadonlyMap<string, SettingType>;
  liquid: Liquid;
  logo?: DocumentMeta["logo"];
  /** ISO date for the document's own date when the setting has none (from SOURCE_DATE_EPOCH). */
  fallbackDate?: string;
}

// Settings' own sections are plain Markdown: no directives, so "10:30" stays text.
const slotMarkdown = unified().use(remarkParse).use(remarkGfm);

type Container = {
  type: string;
  children?: Nodes[];
  name?: string;
  attributes?: Record<string, string | null | undefined>;
};

export function fillTemplate(
  compiled: CompiledTemplate,
  setting: Setting,
  context: FillContext,
): PolicyDocument {
  const { meta: template } = compiled;
  const problems: Problem[] = [];
  const area = context.partnership.areas.find((a) => a.id === setting.area) as Area;
  const settingType = context.settingTypes.get(setting.type) as SettingType;
  const variables = liquidVariables(setting, settingType, area, context.partnership, compiled);
  const rendered = new Map<number, string>();

  const value = (index: number): string => {
    const cached = rendered.get(index);
    if (cached !== undefined) return cached;
    const expression = compiled.expressions[index];
    let text = plainValue(expression, variables);
    if (text !== undefined) {
      rendered.set(index, text);
      return text;
    }
    text = "";
    try {
      text = context.liquid.renderSync(expression.liquid, variables) as string;
    } catch (error) {
      const message = error instanceof Error ? error.message.split(",")[0] : String(error);
      const missing = /undefined variable: (\S+)/.exec(message)?.[1];
      const raw = shortened(expression.raw);
      problems.push({
        file: template.source,
        line: expression.line,
        column: expression.column,
        settingId: setting.id,
        message: missing
          ? `${raw} uses ${missing}, which ${setting.source} does not have — add it to the setting, or write ${raw.replace(/\s*\}\}$/, ' | default: "…" }}')} in the template`
          : /limit exceeded/i.test(message)
            ? `${raw} makes far too much text (over a million characters or list items) or takes too long — a value in a policy should be a name, a date or a few words`
            : `${raw} could not be filled for ${setting.source}: ${message}`,
      });
    }
    rendered.set(index, text);
    return text;
  };
  const fillString = (text: string) =>
    text.replace(TOKEN_PATTERN, (_, id: string) => value(Number.parseInt(id, 36)));

  const matches = (attributes: Record<string, string | null | undefined>): boolean => {
    const words = (key: string) => (attributes[key] ?? "").split(/[\s,]+/).filter(Boolean);
    const mine = new Set([setting.type, ...settingType.groups]);
    if (attributes.type !== undefined && !words("type").some((w) => mine.has(w))) return false;
    if (attributes.except !== undefined && words("except").some((w) => mine.has(w))) return false;
    if (attributes.area !== undefined && !words("area").includes(setting.area)) return false;
    return true;
  };

  const slot = (name: string): RootContent[] | undefined => {
    // Only the setting's own sections: never "constructor" or "toString" from every object.
    const sections = setting.sections ?? {};
    const markdown = Object.hasOwn(sections, name) ? sections[name] : undefined;
    if (typeof markdown !== "string") return undefined;
    let tree: Root | undefined;
    try {
      tree = slotMarkdown.parse(markdown) as Root;
    } catch {
      tree = undefined;
    }
    if (!tree || tooDeep(tree)) {
      // Thousands of quotes or lists inside each other: no reader could follow it, and it would break
      // every step after this one.
      if (!problems.some((p) => p.path === `sections.${name}` && p.settingId === setting.id))
        problems.push({
          file: setting.source,
          path: `sections.${name}`,
          settingId: setting.id,
          message: `this section is nested more than ${MAX_DEPTH} levels deep (quotes or lists inside each other) — simplify it`,
        });
      return [];
    }
    return tree.children;
  };

  /** The template's heading each of the policy's headings was filled from (for numberAndIdentifyHeadings). */
  const headingSources = new Map<Nodes, Heading>();
  /** How many :ref the policy has: with none, resolveRefs has nothing to do (and no tree to walk twice). */
  let refs = 0;

  const fillNodes = (nodes: Nodes[]): Nodes[] => {
    const out: Nodes[] = [];
    for (const node of nodes) {
      // The same in every policy (compile.ts froze it): shared, not copied.
      if (Object.isFrozen(node)) {
        out.push(node);
        continue;
      }
      const uses = valueParts.get(node);
      if (uses) {
        out.push(filledPart(node, uses));
        continue;
      }
      const directive = node as unknown as Container;
      switch (node.type) {
        case "text":
          out.push({ ...node, value: fillString(node.value) });
          break;
        case "inlineCode":
        case "code":
          out.push({ ...node, value: fillString(node.value) });
          break;
        case "link":
          out.push({
            ...node,
            url: fillString(node.url),
            title: node.title && fillString(node.title),
            children: fillNodes(node.children) as PhrasingContent[],
          });
          break;
        case "image":
          out.push({ ...node, url: fillString(node.url), alt: node.alt && fillString(node.alt) });
          break;
        case "containerDirective":
          if (directive.name === "when") {
            if (matches(directive.attributes ?? {})) out.push(...fillNodes(directive.children ?? []));
          } else if (directive.name === "slot") {
            out.push(
              ...((slot(directive.attributes?.name ?? "") as Nodes[] | undefined) ??
                fillNodes(directive.children ?? [])),
            );
          }
          break;
        case "leafDirective":
          out.push(...(leaf(directive.name ?? "", directive.attributes ?? {}) as Nodes[]));
          break;
        case "textDirective":
          // :ref[Heading] — resolved once headings are numbered.
          refs++;
          out.push({
            type: "text",
            value: "",
            data: { ref: mdToString(node), at: (node.data as { line?: number; column?: number }) ?? {} },
          } as Text);
          break;
        default: {
          const parent = node as Nodes & { children?: Nodes[] };
          const filled = parent.children
            ? ({ ...parent, children: fillNodes(parent.children) } as Nodes)
            : { ...node };
          if (filled.type === "heading") headingSources.set(filled, node as Heading);
          out.push(filled);
        }
      }
    }
    return mergeTexts(out);
  };

  /**
   * A part that differs between policies only by its values (compile.ts): filled once for each set of values and
   * frozen, so the policies with the same values share it (and the renderers what they made of it).
   */
  const filledPart = (node: Nodes, uses: readonly number[]): Nodes => {
    let key = "";
    for (const index of uses) key += `${value(index)}\u0000`;
    let filled = filledParts.get(node);
    if (!filled) {
      filled = new Map();
      filledParts.set(node, filled);
    }
    let part = filled.get(key);
    if (!part) {
      // A part is always one node filled (text merges only with its neighbours, which are outside it).
      [part] = fillNodes([{ ...node } as Nodes]);
      deepFreeze(part);
      if (filled.size >= PART_FILLS_KEPT) filled.clear();
      filled.set(key, part);
    }
    return part;
  };

  const leaf = (name: string, attributes: Record<string, string | null | undefined>): RootContent[] => {
    switch (name) {
      case "contents":
        return [{ type: "toc" }];
      case "policy-details":
        return policyDetails(setting, template);
      case "leads-table":
        return leadsTable(setting);
      case "training-table":
        return trainingTable(setting, context.partnership);
      case "contacts":
        return contactsTable(area);
      case "document-history":
        return documentHistory(setting, template);
      case "slot":
        return slot(attributes.name ?? "") ?? [];
      default:
        return [];
    }
  };

  const tree: Root = {
    type: "root",
    children: fillNodes(compiled.tree.children as Nodes[]) as RootContent[],
  };
  const headings = numberAndIdentifyHeadings(tree, template.number_headings, headingSources);
  if (refs > 0)
    resolveRefs(tree, headings, (label, at) => {
      const closest = closestHeading(label, headings);
      problems.push({
        file: template.source,
        line: at.line,
        column: at.column,
        settingId: setting.id,
        message: `:ref[${label}] points at a heading that is not in ${setting.name}'s policy${closest ? ` — the closest heading is "${closest}"` : ""}; check the heading's exact words, or that its :::when block includes type ${setting.type}`,
      });
    });
  if (problems.length) throw new DataError(problems);

  const p = setting.policy ?? {};
  return {
    setting,
    template,
    tree,
    headings,
    meta: {
      title: template.title,
      settingName: setting.name,
      author: setting.name,
      subject: `${template.title} for ${setting.name}`,
      keywords: ["safeguarding", "child protection", settingType.label, area.name],
      language: "en-GB",
      version: p.version ?? template.version,
      nextReview: p.next_review,
      nextReviewText: p.next_review ? formatUkDate(p.next_review) : "not set",
      date:
        p.last_reviewed ??
        p.approved?.date ??
        p.written ??
        context.fallbackDate ??
        newestChange(compiled) ??
        "2000-01-01",
      logo: context.logo,
    },
  };
}

/**
 * A variable's path: words joined by dots, the first not one of Liquid's literal keywords, which Liquid reads as
 * values (`{{ a | default: true }}` writes "true", not a variable named true): those are left to Liquid.
 */
const PATH = String.raw`(?!(?:true|false|nil|null|empty|blank)\b)[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*`;
/** `{{ a.b.c }}` (whitespace control allowed) and nothing more: a value named by its path, without filters. */
const PLAIN_PATH = new RegExp(String.raw`^\{\{-?\s*(${PATH})\s*-?\}\}$`);
/**
 * `{{ a.b | default: "words" }}` or `{{ a.b | default: c.d }}`: a path and Liquid's default filter with one argument,
 * a quoted text without a backslash (no escape to read) or another path.
 */
const DEFAULT_PATH = new RegExp(
  String.raw`^\{\{-?\s*(${PATH})\s*\|\s*default\s*:\s*(?:"([^"\\]*)"|'([^'\\]*)'|(${PATH}))\s*-?\}\}$`,
);

/** How an expression is read without Liquid (plainValue), or null when Liquid must render it. */
type PlainReading = { path: readonly string[]; fallback?: { text: string } | { path: readonly string[] } };
/** Each expression's reading (PlainReading), once. */
const plainReadings = new WeakMap<Expression, PlainReading | null>();

function plainReading(raw: string): PlainReading | null {
  const plain = PLAIN_PATH.exec(raw);
  if (plain) return { path: plain[1].split(".") };
  const withDefault = DEFAULT_PATH.exec(raw);
  if (!withDefault) return null;
  const [, path, doubleQuoted, singleQuoted, otherPath] = withDefault;
  const text = doubleQuoted ?? singleQuoted;
  return {
    path: path.split("."),
    fallback: text !== undefined ? { text } : { path: otherPath.split(".") },
  };
}

/** The value at a path: undefined unless every step is an own property of an object (Liquid's ownPropertyOnly). */
function valueAt(
  variables: Record<string, unknown>,
  path: readonly string[],
): { value: unknown } | undefined {
  let value: unknown = variables;
  for (const key of path) {
    if (typeof value !== "object" || value === null || Array.isArray(value) || !Object.hasOwn(value, key))
      return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return { value };
}

/**
 * The value of an expression that only names a text by its path (`{{ setting.name }}`, most of a template's), read
 * straight from the variables: what Liquid's renderSync makes of it (a text is written as it is), without its
 * evaluation, which cost about a third of filling a policy. Likewise a path with Liquid's default filter
 * (`{{ dsl.name | default: "the DSL" }}`): the value when it is a text that is not empty, the default when the value
 * is null or "" (as liquidjs's default filter, without jsTruthy), the default being a quoted text or another path's
 * text. Undefined for anything else — another filter, a path that is not every step an own property (Liquid's
 * ownPropertyOnly), a value that is not a text or null (a number, a list, false), a missing variable (Liquid's
 * strictVariables then reports it) — which Liquid renders.
 */
export function plainValue(expression: Expression, variables: Record<string, unknown>): string | undefined {
  let reading = plainReadings.get(expression);
  if (reading === undefined) {
    reading = plainReading(expression.raw);
    plainReadings.set(expression, reading);
  }
  if (!reading) return undefined;
  const found = valueAt(variables, reading.path);
  if (!found) return undefined;
  const { value } = found;
  if (!reading.fallback) return typeof value === "string" ? value : undefined;
  if (typeof value === "string" && value !== "") return value;
  if (value !== null && value !== "") return undefined;
  if ("text" in reading.fallback) return reading.fallback.text;
  const other = valueAt(variables, reading.fallback.path);
  return typeof other?.value === "string" ? other.value : undefined;
}

/** Each value part's fills by their values (see filledPart), at most PART_FILLS_KEPT a part. */
const filledParts = new WeakMap<Nodes, Map<string, Nodes>>();
const PART_FILLS_KEPT = 64;

function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const item of Object.values(value)) deepFreeze(item);
}

function newestChange(compiled: CompiledTemplate): string | undefined {
  return compiled.meta.changelog
    .map((c) => c.date)
    .filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d))
    .sort()
    .at(-1);
}

/** Every field a template may name exists (null when the setting has no value), so `| default:` works. */
function liquidVariables(
  setting: Setting,
  type: SettingType,
  area: Area,
  partnership: Partnership,
  compiled: CompiledTemplate,
): Record<string, unknown> {
  const lead = (l: Setting["leads"][number] | undefined) =>
    l
      ? { name: l.name, title: l.title ?? null, email: l.email ?? null, phone: l.phone ?? null, role: l.role }
      : null;
  const p = setting.policy ?? {};
  const contacts: Record<string, unknown> = {};
  for (const [key, c] of Object.entries(area.contacts))
    contacts[key] = {
      name: c.name,
      phone: c.phone ?? null,
      email: c.email ?? null,
      website: c.website ?? null,
      hours: c.hours ?? null,
      notes: c.notes ?? null,
    };
  return {
    setting: {
      id: setting.id,
      name: setting.name,
      type: setting.type,
      area: setting.area,
      address: setting.address ?? null,
      website: setting.website ?? null,
      phone: setting.phone ?? null,
      email: setting.email ?? null,
      governing_body: setting.governing_body ?? type.governing_body,
    },
    type: { id: type.id, label: type.label, groups: type.groups },
    policy: {
      written: p.written ?? null,
      approved: p.approved ? { date: p.approved.date, by: p.approved.by } : { date: null, by: null },
      last_reviewed: p.last_reviewed ?? null,
      next_review: p.next_review ?? null,
      version: p.version ?? compiled.meta.version,
      responsible: p.responsible ?? null,
    },
    dsl: lead(setting.leads.find((l) => l.role === "dsl")),
    deputies: setting.leads.filter((l) => l.role === "deputy").map(lead),
    leads: setting.leads.map(lead),
    area: {
      id: area.id,
      name: area.name,
      early_help_name: area.early_help_name ?? "early help",
      procedures_website: area.procedures_website ?? partnership.procedures_website ?? null,
      contacts,
    },
    partnership: {
      name: partnership.name,
      short_name: partnership.short_name ?? partnership.name,
      website: partnership.website ?? null,
      procedures_website: partnership.procedures_website ?? null,
      email: partnership.email ?? null,
    },
    template: { id: compiled.meta.id, title: compiled.meta.title, version: compiled.meta.version },
  };
}

function mergeTexts(nodes: Nodes[]): Nodes[] {
  const out: Nodes[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === "text" && last?.type === "text" && !node.data && !last.data) {
      out[out.length - 1] = { ...last, value: last.value + node.value, position: undefined };
    } else out.push(node);
  }
  return out;
}

/** A heading's words → its slug (github-slugger's), for the headings every policy of a template shares. */
const slugs = new Map<string, string>();
const SLUGS_KEPT = 4096;

/** As github-slugger's GithubSlugger: a second heading of the same slug gets -1, a third -2 …; the slug is kept. */
function uniqueSlugger(): (words: string) => string {
  const occurrences = new Map<string, number>();
  return (words) => {
    let base = slugs.get(words);
    if (base === undefined) {
      if (slugs.size >= SLUGS_KEPT) slugs.clear();
      base = slug(words);
      slugs.set(words, base);
    }
    let result = base;
    while (occurrences.has(result)) {
      const n = (occurrences.get(base) ?? 0) + 1;
      occurrences.set(base, n);
      result = `${base}-${n}`;
    }
    occurrences.set(result, 0);
    return result;
  };
}

/**
 * Each template heading's numbered and identified copies, frozen and shared by every policy that gives it the same
 * number, id and parts (most policies of a type): as a frozen block, each renderer makes its output of it once
 * (safe.ts, html.ts, the Word and PDF block caches) instead of comparing or writing out a new copy per policy.
 * At most HEADING_COPIES_KEPT copies a heading, found by comparing (a heading has a few: no key text is built).
 */
const sharedHeadings = new WeakMap<Heading, SharedHeading[]>();
const HEADING_COPIES_KEPT = 64;

interface SharedHeading {
  prefix: string;
  id: string;
  /** The filled heading's parts before its number joined them: frozen, compared by identity. */
  parts: readonly Nodes[];
  heading: Heading;
}

/**
 * The parts are the copy's, object for object. A frozen part is a template's fixed text or a value part filled once
 * per set of values (filledPart), never changed; a heading with a part made for this policy alone (two texts
 * merged, a :ref) is its own, never shared.
 */
function sameParts(parts: readonly Nodes[], children: readonly Nodes[]): boolean {
  if (parts.length !== children.length) return false;
  for (let i = 0; i < parts.length; i++) if (parts[i] !== children[i]) return false;
  return true;
}

const allFrozen = (nodes: readonly Nodes[]) => nodes.every((node) => Object.isFrozen(node));

/** Numbers the headings and gives them ids; sources: the template heading each was filled from (fillNodes). */
function numberAndIdentifyHeadings(
  tree: Root,
  numbered: boolean,
  sources: ReadonlyMap<Nodes, Heading>,
): HeadingInfo[] {
  const slugOf = uniqueSlugger();
  const headings: HeadingInfo[] = [];
  let section = 0;
  let subsection = 0;
  const visit = (nodes: Nodes[]) => {
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      if (node.type === "heading") {
        const heading = node as Heading;
        const source = sources.get(heading);
        const plain = mdToString(heading);
        let prefix = "";
        if (numbered && heading.depth === 2) {
          section++;
          subsection = 0;
          prefix = `${section}. `;
        } else if (numbered && heading.depth === 3 && section > 0) {
          subsection++;
          prefix = `${section}.${subsection} `;
        }
        const text = prefix + plain;
        const id = slugOf(plain);
        // Its parts as filled, before the prefix joins the first text (that makes a new text node).
        const parts = heading.children as Nodes[];
        const shareable = source !== undefined && allFrozen(parts);
        let copies = shareable ? sharedHeadings.get(source) : undefined;
        const shared = copies?.find((c) => c.prefix === prefix && c.id === id && sameParts(c.parts, parts));
        if (shared) {
          nodes[i] = shared.heading;
          headings.push({ depth: heading.depth, text, id });
          continue;
        }
        if (prefix)
          heading.children = mergeTexts([
            { type: "text", value: prefix },
            ...heading.children,
          ]) as PhrasingContent[];
        heading.data = {
          ...heading.data,
          id,
          hProperties: { id },
          number: prefix.trim().replace(/\.$/, ""),
          plain,
        } as Heading["data"];
        headings.push({ depth: heading.depth, text, id });
        if (shareable) {
          if (!copies) {
            copies = [];
            sharedHeadings.set(source, copies);
          } else if (copies.length >= HEADING_COPIES_KEPT) copies.length = 0;
          deepFreeze(heading);
          copies.push({ prefix, id, parts, heading });
        }
        // A frozen part (compile.ts) has no heading in it.
      } else if ("children" in node && Array.isArray(node.children) && !Object.isFrozen(node))
        visit(node.children as Nodes[]);
    }
  };
  visit(tree.children as Nodes[]);
  return headings;
}

/** The heading whose words are nearest to a :ref's (edit distance, ignoring case and numbers). */
function closestHeading(label: string, headings: readonly HeadingInfo[]): string | undefined {
  const want = label.trim().toLowerCase();
  let best: { text: string; distance: number } | undefined;
  for (const heading of headings) {
    const text = heading.text.replace(/^[\d.]+\s+/, "");
    const distance = editDistance(want, text.trim().toLowerCase());
    if (!best || distance < best.distance) best = { text, distance };
  }
  return best?.text;
}

function editDistance(a: string, b: string): number {
  if (a.length > 200 || b.length > 200) return Math.abs(a.length - b.length) + 200;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length];
}

type Place = { line?: number; column?: number };

function resolveRefs(tree: Root, headings: HeadingInfo[], missing: (label: string, at: Place) => void): void {
  const byTitle = new Map<string, string>();
  const visitHeadings = (nodes: Nodes[]) => {
    for (const node of nodes) {
      if (node.type === "heading") {
        const data = node.data as { number?: string; plain?: string } | undefined;
        if (data?.plain) byTitle.set(data.plain.trim().toLowerCase(), data.number ?? "");
      } else if ("children" in node && !Object.isFrozen(node)) visitHeadings(node.children as Nodes[]);
    }
  };
  visitHeadings(tree.children as Nodes[]);
  void headings;
  const visit = (nodes: Nodes[]) => {
    for (const node of nodes) {
      if (node.type === "text" && node.data && "ref" in node.data) {
        const label = String((node.data as { ref: string }).ref);
        const number = byTitle.get(label.trim().toLowerCase());
        if (number === undefined) missing(label, (node.data as { at?: Place }).at ?? {});
        node.value = number ? `section ${number}` : `“${label}”`;
        node.data = undefined;
        // A frozen part (compile.ts) has no :ref in it.
      } else if ("children" in node && !Object.isFrozen(node)) visit(node.children as Nodes[]);
    }
  };
  visit(tree.children as Nodes[]);
}
