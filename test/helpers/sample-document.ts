/**
 * Builds a PolicyDocument straight from a Markdown file, for renderer tests that should not depend on
 * the template filler. A paragraph that is exactly "[TOC]" becomes the `toc` node.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import GithubSlugger from "github-slugger";
import type { Heading, Root, RootContent } from "mdast";
import { toString as mdToString } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import type { HeadingInfo, PolicyDocument, Setting, TemplateMeta } from "../../src/model.js";
import { useNodePlatform } from "../../src/render/platform-node.js";

// Every test that renders a sample document renders it in Node: the fonts and zlib of the CLI.
useNodePlatform();

export const SAMPLE_MARKDOWN_PATH = fileURLToPath(new URL("../fixtures/render/sample.md", import.meta.url));

export function sampleDocument(markdown = readFileSync(SAMPLE_MARKDOWN_PATH, "utf8")): PolicyDocument {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  tree.children = tree.children.map((node): RootContent => {
    if (node.type === "paragraph" && mdToString(node).trim() === "[TOC]") return { type: "toc" };
    return node;
  });
  const slugger = new GithubSlugger();
  const headings: HeadingInfo[] = [];
  for (const node of tree.children) {
    if (node.type !== "heading") continue;
    const heading = node as Heading;
    const text = mdToString(heading);
    const id = slugger.slug(text);
    heading.data = { ...heading.data, id, hProperties: { id } } as Heading["data"];
    headings.push({ depth: heading.depth, text, id });
  }
  const setting: Setting = {
    id: "st-marys",
    name: "St Mary's *Little* [Stars] #1",
    type: "nursery",
    area: "riverbend",
    policy: { version: "4.0", next_review: "2026-09-15" },
    leads: [{ role: "dsl", name: "Priya Marsh", title: "Nursery Manager" }],
    source: "orgs/st-marys.yaml",
  };
  const template: TemplateMeta = {
    id: "child-protection",
    title: "Child Protection Policy",
    version: "2025.1",
    applies_to: ["all"],
    review_cycle_months: 12,
    number_headings: true,
    changelog: [],
    source: "policy-templates/child-protection/policy.md",
  };
  return {
    setting,
    template,
    tree,
    headings,
    meta: {
      title: "Child Protection Policy",
      settingName: setting.name,
      author: setting.name,
      subject: "Safeguarding and child protection",
      keywords: ["safeguarding", "child protection"],
      language: "en-GB",
      version: "4.0",
      nextReview: "2026-09-15",
      nextReviewText: "15 September 2026",
      date: "2025-09-15",
    },
  };
}
