/**
 * The redline as one HTML page: the same summary and the same changes as the Word document, added words in
 * <ins>, removed words in <del> (which screen readers announce, and which keep their meaning without colour:
 * underlined and struck through), each changed section listed at the top with a link to it.
 */
import type { Element, ElementContent, Root as HastRoot, Properties } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Piece, Redline, RedlineBlock, RedlineSection } from "./redline.js";
import type { RedlineHeader, RedlineSummary } from "./summary.js";

const h = (tagName: string, properties: Properties, children: ElementContent[] = []): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: "text", value });

const STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; line-height: 1.5;
  color: #1b1b1b; background: #fff; max-width: 48rem; margin: 0 auto; padding: 1rem 1.25rem 3rem;
  overflow-wrap: break-word; }
h1, h2, h3, h4 { line-height: 1.25; color: #0b3d5c; }
.summary { border: 2px solid #0b3d5c; padding: 0.5rem 1rem; margin: 1rem 0 2rem; }
ins { color: #0a5c2b; background: #e6f4ea; text-decoration: underline; }
del { color: #8a1c1c; background: #fbe9e9; text-decoration: line-through; }
.added, .removed { border-left: 4px solid; padding-left: 0.75rem; }
.added { border-color: #0a5c2b; }
.removed { border-color: #8a1c1c; }
.table-scroll { overflow-x: auto; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 0.95rem; }
th, td { border: 1px solid #8a9ba8; padding: 0.35rem 0.5rem; text-align: left; vertical-align: top; }
th { background: #e8eef2; }
tr.added { border-left: 4px solid #0a5c2b; }
tr.removed { border-left: 4px solid #8a1c1c; }
.code { font-family: ui-monospace, Consolas, monospace; white-space: pre-wrap; }
.status { font-size: 0.85rem; font-weight: normal; color: #444; }
:focus-visible { outline: 3px solid #0b3d5c; outline-offset: 2px; }
`;

export function redlineHtml(redline: Redline, header: RedlineHeader, summary: RedlineSummary): string {
  const ids = new Map<RedlineSection, string>();
  redline.sections.forEach((section, i) => {
    ids.set(section, `section-${i + 1}`);
  });
  const changedLinks = redline.sections
    .filter((s) => s.status !== "same" && s.title)
    .map((s) => h("li", {}, [h("a", { href: `#${ids.get(s)}` }, [text(s.title)]), text(` — ${s.status}`)]));
  const summaryBox = h("section", { className: ["summary"], ariaLabelledBy: ["summary-title"] }, [
    h("h2", { id: "summary-title" }, [text("Summary")]),
    ...summary.paragraphs.slice(0, 2).map((p) => h("p", {}, [text(p)])),
    h(
      "ul",
      {},
      summary.counts.map((c) => h("li", {}, [h("strong", {}, [text(c)])])),
    ),
    ...(changedLinks.length ? [h("p", {}, [text("Go to a change:")]), h("ul", {}, changedLinks)] : []),
    ...summary.paragraphs.slice(2).map((p) => h("p", {}, [text(p)])),
  ]);
  const body: ElementContent[] = [];
  for (const section of redline.sections) body.push(...sectionHtml(section, ids.get(section) as string));
  const page: HastRoot = {
    type: "root",
    children: [
      { type: "doctype" },
      h("html", { lang: "en-GB" }, [
        h("head", {}, [
          h("meta", { charSet: "utf-8" }),
          h("meta", { name: "viewport", content: "width=device-width, initial-scale=1" }),
          h("title", {}, [text(`${summary.title} — ${header.settingName}`)]),
          h("meta", { name: "generator", content: "policysmith" }),
          h("style", {}, [text(STYLE)]),
        ]),
        h("body", {}, [
          h("main", {}, [
            h("h1", {}, [text(summary.title)]),
            h("p", {}, [h("strong", {}, [text(header.settingName)])]),
            summaryBox,
            ...body,
          ]),
        ]),
      ]),
    ],
  };
  return `${toHtml(page)}\n`;
}

function sectionHtml(section: RedlineSection, id: string): ElementContent[] {
  const className = section.status === "added" ? ["added"] : section.status === "removed" ? ["removed"] : [];
  const whole = section.status === "added" ? "inserted" : section.status === "removed" ? "deleted" : "same";
  const children: ElementContent[] = [];
  if (section.title) {
    const level = Math.min(Math.max(section.depth, 2), 6);
    const note =
      section.status === "same"
        ? []
        : [text(" "), h("span", { className: ["status"] }, [text(`(${section.status})`)])];
    children.push(h(`h${level}`, { id }, [...pieces([{ kind: whole, text: section.title }]), ...note]));
  }
  let rows: RedlineBlock[] = [];
  for (const block of section.blocks) {
    if (block.cells) {
      rows.push(block);
      continue;
    }
    if (rows.length) children.push(tableHtml(rows, `${section.title || "Policy details"}, table`));
    rows = [];
    children.push(blockHtml(block));
  }
  if (rows.length) children.push(tableHtml(rows, `${section.title || "Policy details"}, table`));
  return [h("section", { className, id: section.title ? undefined : id }, children)];
}

/**
 * Consecutive rows as one table; a row added or removed whole is marked on the row as well as in its cells. The
 * table scrolls inside a focusable, named region on a narrow screen, so the page never scrolls sideways.
 */
function tableHtml(rows: RedlineBlock[], label: string): Element {
  const header = rows[0].block.marker === "header" ? rows[0] : undefined;
  const row = (block: RedlineBlock, cell: "th" | "td") =>
    h(
      "tr",
      { className: block.status === "inserted" ? ["added"] : block.status === "deleted" ? ["removed"] : [] },
      // A header cell with no words is an ordinary cell: a column heading nobody can read helps no one.
      (block.cells ?? []).map((pieceList) =>
        cell === "th" && pieceList.some((p) => p.text.trim())
          ? h("th", { scope: "col" }, pieces(pieceList))
          : h("td", {}, pieces(pieceList)),
      ),
    );
  const body = header ? rows.slice(1) : rows;
  return h("div", { className: ["table-scroll"], role: "region", tabIndex: 0, ariaLabel: label }, [
    h("table", {}, [
      ...(header ? [h("thead", {}, [row(header, "th")])] : []),
      h(
        "tbody",
        {},
        body.map((b) => row(b, "td")),
      ),
    ]),
  ]);
}

function blockHtml(block: RedlineBlock): Element {
  const { kind, level, marker } = block.block;
  const whole = block.status === "inserted" ? "inserted" : block.status === "deleted" ? "deleted" : "same";
  const content: Piece[] = [];
  if (kind === "item" && marker) content.push({ kind: whole, text: `${marker} ` });
  content.push(...block.pieces);
  const indent = kind === "item" ? level + 1 : kind === "quote" ? 1 : level;
  return h(
    "p",
    {
      className: [kind],
      style: indent ? `margin-left: ${indent * 1.5}rem` : undefined,
    },
    pieces(content),
  );
}

function pieces(list: Piece[]): ElementContent[] {
  return list.map((piece) =>
    piece.kind === "same"
      ? text(piece.text)
      : h(piece.kind === "inserted" ? "ins" : "del", {}, [text(piece.text)]),
  );
}
