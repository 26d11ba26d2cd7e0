/**
 * HTML output: one standalone, accessible page per policy, for a setting's website or intranet.
 * mdast → hast with mdast-util-to-hast (remark-rehype's engine), page furniture built as hast, then
 * serialised by hast-util-to-html, so every piece of text is escaped by the library, never by hand.
 */
import type { Element, ElementContent, Root as HastRoot, Properties } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Nodes as MdastNodes } from "mdast";
import { type Handlers, toHast } from "mdast-util-to-hast";
import type { HeadingInfo, PolicyDocument } from "../model.js";
import { HTML_STYLE } from "./html-style.js";
import { isSafeLinkTarget, safeDocument } from "./safe.js";

const h = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});
const text = (value: string) => ({ type: "text" as const, value });

/** The contents list: an ordered list nested by heading depth, each entry a link to its heading. */
export function contentsNav(headings: readonly HeadingInfo[]): Element {
  const entries = headings.filter((x) => x.depth >= 2 && x.depth <= 3);
  const top = h("ol", {});
  let current: Element | undefined;
  for (const heading of entries) {
    const item = h("li", {}, [h("a", { href: `#${heading.id}` }, [text(heading.text)])]);
    if (heading.depth === 2 || !current) {
      top.children.push(item);
      current = item;
    } else {
      let sub = current.children.find((c): c is Element => c.type === "element" && c.tagName === "ol");
      if (!sub) {
        sub = h("ol", {});
        current.children.push(sub);
      }
      sub.children.push(item);
    }
  }
  return h("nav", { ariaLabelledBy: ["contents-heading"], className: ["contents"] }, [
    h("h2", { id: "contents-heading" }, [text("Contents")]),
    top,
  ]);
}

function handlers(doc: PolicyDocument): Handlers {
  return {
    toc: () => contentsNav(doc.headings),
  } as Handlers;
}

/** The words of an element, as a reader hears them. */
function textOf(node: ElementContent | HastRoot): string {
  if (node.type === "text") return node.value;
  if (node.type === "element" || node.type === "root")
    return (node.children as ElementContent[]).map(textOf).join("");
  return "";
}

const childElements = (node: Element, tagName: string): Element[] =>
  node.children.filter((c): c is Element => c.type === "element" && c.tagName === tagName);

/**
 * UK phone numbers as the data writes them ("0113 496 0761", "0800 1111", "+44 113 496 0761"), and email
 * addresses and web addresses long enough to need a line break somewhere.
 */
const PHONE = /(?:\+44 ?|\b0)\d{2,4}(?: \d{3,4}){1,2}\b/g;
const ADDRESS =
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:https?:\/\/)?(?:[\w-]+\.)+[a-z]{2,}(?:\/[\w\-./%?=&#~]*)?/gi;
const LONG_ADDRESS = 16;
const LONG_RUN = /\S{16,}/g;

/**
 * A cheap first look (most text has neither): a phone number has a digit, a space and a digit; an address an @, a
 * slash or a dot before a letter.
 */
const MAY_SPLIT = /\d \d|[@/]|\.[a-z]/i;

/**
 * A text's phone numbers in a no-wrap span (a number split over two lines is misread or misdialled), and long
 * email and web addresses given break opportunities (<wbr>) after each @ . / - so a narrow screen breaks them
 * there, never mid-word. The words themselves are unchanged.
 */
function splitText(value: string): ElementContent[] {
  const out: ElementContent[] = [];
  const pushAddresses = (part: string) => {
    let last = 0;
    // Only a run of 16 or more characters without a space can hold a long address: most text has none.
    for (const run of part.matchAll(LONG_RUN))
      for (const m of run[0].matchAll(ADDRESS)) {
        if (m[0].length < LONG_ADDRESS) continue;
        const start = (run.index ?? 0) + (m.index ?? 0);
        if (start > last) out.push(text(part.slice(last, start)));
        const pieces = m[0].split(/(?<=[@./-])(?<!:\/)(?=.)/);
        pieces.forEach((piece, i) => {
          if (i > 0) out.push(h("wbr", {}));
          out.push(text(piece));
        });
        last = start + m[0].length;
      }
    if (last < part.length) out.push(text(part.slice(last)));
  };
  let last = 0;
  for (const m of value.matchAll(PHONE)) {
    const start = m.index ?? 0;
    if (start > last) pushAddresses(value.slice(last, start));
    out.push(h("span", { className: ["phone"] }, [text(m[0])]));
    last = start + m[0].length;
  }
  if (last < value.length) pushAddresses(value.slice(last));
  return out;
}

/**
 * A table whose header row names only its first column ("Policy details" over keys and values): its title
 * becomes the caption, and each row's first cell the header of that row.
 */
function keyValueTable(table: Element): boolean {
  const [head] = childElements(table, "thead");
  const [headerRow] = head ? childElements(head, "tr") : [];
  const headers = headerRow ? childElements(headerRow, "th") : [];
  if (headers.length < 2) return false;
  const [title, ...rest] = headers.map((th) => textOf(th).trim());
  if (!title || rest.some((t) => t !== "")) return false;
  table.children = [h("caption", {}, headers[0].children), ...table.children.filter((c) => c !== head)];
  for (const body of childElements(table, "tbody"))
    for (const row of childElements(body, "tr")) {
      const [first] = childElements(row, "td");
      if (first && row.children.find((c) => c.type === "element") === first) {
        first.tagName = "th";
        first.properties = { ...first.properties, scope: "row" };
      }
    }
  return true;
}

const RAW_TEXT = new Set(["style", "script", "title"]);
const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);

interface PolishState {
  /** The last heading passed, in document order: what a table under it is about. */
  heading?: { id: string; text: string };
  tables: number;
  /** Region labels used so far: each scroll region's name is unique on the page. */
  labels: Set<string>;
}

/**
 * A table in a focusable, labelled scroll region: on a narrow screen it scrolls inside the region and the page
 * itself never scrolls sideways (WCAG 1.4.10); the region is named by the table's caption or the heading above it.
 */
function scrollRegion(table: Element, state: PolishState): Element {
  state.tables++;
  const n = state.tables;
  const properties: Properties = { className: ["table-scroll"], role: "region", tabIndex: 0 };
  const caption = childElements(table, "caption")[0];
  const label = caption
    ? textOf(caption).trim()
    : state.heading && !state.labels.has(state.heading.text)
      ? state.heading.text
      : `${state.heading ? `${state.heading.text}, table` : "Table"} ${n}`;
  if (caption) {
    caption.properties = { ...caption.properties, id: `table-${n}-caption` };
    properties.ariaLabelledBy = [`table-${n}-caption`];
  } else if (state.heading && label === state.heading.text) properties.ariaLabelledBy = [state.heading.id];
  else properties.ariaLabel = label;
  state.labels.add(label);
  return h("div", properties, [table]);
}

/**
 * Adds scope="col" to column header cells and rel="noopener" to external links; a link or image whose target is
 * not http(s), mailto, tel or #anchor loses it (its words stay). Key–value tables get a caption and row headers,
 * every table a scroll region, phone numbers a no-wrap span, long addresses break opportunities.
 */
function polish(node: HastRoot | Element, state: PolishState): void {
  // A new list of children only once one is replaced: most elements keep theirs as they are.
  let children: (typeof node.children)[number][] | undefined;
  const splitsText = node.type === "element" && !RAW_TEXT.has(node.tagName);
  const replace = (i: number, ...nodes: ElementContent[]) => {
    children ??= node.children.slice(0, i);
    children.push(...nodes);
  };
  for (let i = 0; i < node.children.length; i++) {
    const child = node.children[i];
    if (child.type === "text" && splitsText && MAY_SPLIT.test(child.value)) {
      const split = splitText(child.value);
      if (split.length === 1 && split[0].type === "text") children?.push(child);
      else replace(i, ...split);
      continue;
    }
    if (child.type !== "element") {
      children?.push(child);
      continue;
    }
    if (HEADINGS.has(child.tagName) && typeof child.properties.id === "string")
      state.heading = { id: child.properties.id, text: textOf(child).trim() };
    if (child.tagName === "th" && child.properties.scope === undefined) child.properties.scope = "col";
    for (const key of ["href", "src"])
      if (key in child.properties && !isSafeLinkTarget(String(child.properties[key])))
        delete child.properties[key];
    if (
      child.tagName === "a" &&
      typeof child.properties.href === "string" &&
      /^https?:/i.test(child.properties.href)
    )
      child.properties.rel = ["noopener"];
    if (child.tagName === "table") {
      keyValueTable(child);
      polish(child, state);
      replace(i, scrollRegion(child, state));
      continue;
    }
    polish(child, state);
    children?.push(child);
  }
  if (children) node.children = children as typeof node.children;
}

export interface HtmlOptions {
  /** Reuse blocks rendered for earlier settings (src/render/block-cache.ts); false gives the same bytes. */
  cache?: boolean;
}

export function renderHtml(unsafe: PolicyDocument, _options: HtmlOptions = {}): string {
  const doc = safeDocument(unsafe);
  const body = toHast(doc.tree as MdastNodes, {
    handlers: handlers(doc),
    unknownHandler: (_state, node) => {
      const line = node.position?.start.line;
      throw new Error(
        `HTML renderer: no handler for Markdown node type '${node.type}'${line ? ` at line ${line}` : ""}`,
      );
    },
  }) as HastRoot | Element;
  polish(body, { tables: 0, labels: new Set() });
  const mainChildren = (body.type === "root" ? body.children : [body]) as ElementContent[];
  const { meta } = doc;
  const header: ElementContent[] = [];
  if (meta.logo) {
    const src = `data:image/${meta.logo.type === "jpg" ? "jpeg" : "png"};base64,${base64(meta.logo.data)}`;
    header.push(
      h("img", {
        src,
        alt: meta.logo.alt,
        width: meta.logo.width,
        height: meta.logo.height,
        className: ["logo"],
      }),
    );
  }
  header.push(h("p", { className: ["setting"] }, [text(meta.settingName)]));
  const footerText = `${meta.title}, version ${meta.version}. Next review: ${meta.nextReviewText}.`;
  const page: HastRoot = {
    type: "root",
    children: [
      { type: "doctype" },
      h("html", { lang: meta.language }, [
        h("head", {}, [
          h("meta", { charSet: "utf-8" }),
          h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
          h("title", {}, [text(`${meta.title} — ${meta.settingName}`)]),
          h("meta", {
            name: "description",
            content: `${meta.title} of ${meta.settingName}: ${meta.subject}.`,
          }),
          h("meta", { name: "author", content: meta.author }),
          h("meta", { name: "keywords", content: meta.keywords.join(", ") }),
          h("meta", { name: "generator", content: "policysmith" }),
          h("style", {}, [text(HTML_STYLE)]),
        ]),
        h("body", {}, [
          h("a", { href: "#main", className: ["skip-link"] }, [text("Skip to content")]),
          h("header", {}, header),
          h("main", { id: "main" }, mainChildren),
          h("footer", {}, [h("p", {}, [text(footerText)])]),
        ]),
      ]),
    ],
  };
  return `${toHtml(page)}\n`;
}

/** Base64 of bytes, without Node's Buffer (btoa takes one character per byte). */
export function base64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
