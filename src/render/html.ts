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

/**
 * Adds scope="col" to header cells and rel="noopener" to external links; a link or image whose target is
 * not http(s), mailto, tel or #anchor loses it (its words stay).
 */
function polish(node: HastRoot | Element): void {
  for (const child of node.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "th") child.properties.scope = "col";
    for (const key of ["href", "src"])
      if (key in child.properties && !isSafeLinkTarget(String(child.properties[key])))
        delete child.properties[key];
    if (
      child.tagName === "a" &&
      typeof child.properties.href === "string" &&
      /^https?:/i.test(child.properties.href)
    )
      child.properties.rel = ["noopener"];
    polish(child);
  }
}

export function renderHtml(unsafe: PolicyDocument): string {
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
  polish(body);
  const mainChildren = (body.type === "root" ? body.children : [body]) as ElementContent[];
  const { meta } = doc;
  const header: ElementContent[] = [];
  if (meta.logo) {
    const src = `data:image/${meta.logo.type === "jpg" ? "jpeg" : "png"};base64,${Buffer.from(meta.logo.data).toString("base64")}`;
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
