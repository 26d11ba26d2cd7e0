/** Markdown text → the mdast every document rule reads; HTML → Markdown (rehype-parse + rehype-remark). */
import type { Root } from "mdast";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import { unified } from "unified";

const parser = unified().use(remarkParse).use(remarkGfm);
const htmlToMarkdownProcessor = unified()
  .use(rehypeParse)
  .use(rehypeRemark)
  .use(remarkGfm)
  .use(remarkStringify, { bullet: "-", emphasis: "*", strong: "*", fences: true, rule: "-" });

export function parseMarkdown(text: string): Root {
  return parser.parse(text) as Root;
}

export async function htmlToMarkdown(html: string): Promise<string> {
  return String(await htmlToMarkdownProcessor.process(html));
}
