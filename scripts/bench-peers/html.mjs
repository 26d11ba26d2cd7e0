// remark-rehype's engine (mdast-util-to-hast) and hast-util-to-html, the JS peer for HTML: the filled
// policy's mdast tree as a plain standalone page (title, language, the body), with no contents list, no
// accessibility furniture and no stylesheet — what a unified pipeline gives with no plugins of ours.
import { toHtml } from "hast-util-to-html";
import { toHast } from "mdast-util-to-hast";

/** One filled policy as an HTML page. */
export function renderHtml(doc) {
  const body = toHast(doc.tree, { handlers: { toc: () => undefined } });
  const page = {
    type: "root",
    children: [
      { type: "doctype" },
      {
        type: "element",
        tagName: "html",
        properties: { lang: "en-GB" },
        children: [
          {
            type: "element",
            tagName: "head",
            properties: {},
            children: [
              { type: "element", tagName: "meta", properties: { charSet: "utf-8" }, children: [] },
              {
                type: "element",
                tagName: "title",
                properties: {},
                children: [{ type: "text", value: doc.meta.title }],
              },
            ],
          },
          { type: "element", tagName: "body", properties: {}, children: [body] },
        ],
      },
    ],
  };
  return toHtml(page);
}
