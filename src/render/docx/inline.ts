/** Markdown phrasing content → docx runs: text, bold, italic, strike, code, links (external and #internal), breaks. */
import { ExternalHyperlink, HeadingLevel, InternalHyperlink, type ParagraphChild, TextRun } from "docx";
import type { PhrasingContent } from "mdast";
import { isSafeLinkTarget } from "../safe.js";

/** Word's heading styles for Markdown's depths 1–6 (the body, the directly written body and the redline). */
export const HEADING_LEVELS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

export interface InlineStyle {
  bold?: boolean;
  italics?: boolean;
  strike?: boolean;
  code?: boolean;
}

export function inlineRuns(
  nodes: readonly PhrasingContent[],
  bookmarks: ReadonlyMap<string, string>,
  options: { style?: InlineStyle } = {},
): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  const walk = (list: readonly PhrasingContent[], style: InlineStyle, link?: boolean): ParagraphChild[] => {
    const runs: ParagraphChild[] = [];
    for (const node of list) {
      switch (node.type) {
        case "text":
          runs.push(textRun(node.value, style, link));
          break;
        case "strong":
          runs.push(...walk(node.children, { ...style, bold: true }, link));
          break;
        case "emphasis":
          runs.push(...walk(node.children, { ...style, italics: true }, link));
          break;
        case "delete":
          runs.push(...walk(node.children, { ...style, strike: true }, link));
          break;
        case "inlineCode":
          runs.push(textRun(node.value, { ...style, code: true }, link));
          break;
        case "break":
          runs.push(new TextRun({ break: 1 }));
          break;
        case "link": {
          const children = walk(node.children, style, true);
          if (node.url.startsWith("#")) {
            const anchor = bookmarks.get(node.url.slice(1));
            if (anchor) runs.push(new InternalHyperlink({ anchor, children }));
            else runs.push(...children);
          } else if (isSafeLinkTarget(node.url))
            runs.push(new ExternalHyperlink({ link: node.url, children }));
          else runs.push(...walk(node.children, style));
          break;
        }
        case "image":
          runs.push(textRun(node.alt ? `[${node.alt}]` : "", style, link));
          break;
        case "html":
          runs.push(textRun(node.value, style, link));
          break;
        case "footnoteReference":
        case "imageReference":
        case "linkReference":
          break;
        default:
          throw new Error(
            `Word renderer: no handler for inline Markdown node type '${(node as { type: string }).type}'`,
          );
      }
    }
    return runs;
  };
  out.push(...walk(nodes, options.style ?? {}));
  return out;
}

/** A run of text in a style, in a link's character style when inside one. */
export function textRun(text: string, style: InlineStyle, link?: boolean): TextRun {
  return new TextRun({
    text,
    bold: style.bold,
    italics: style.italics,
    strike: style.strike,
    font: style.code ? "DejaVu Sans Mono" : undefined,
    style: link ? "Hyperlink" : undefined,
  });
}
