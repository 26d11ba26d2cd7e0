// The bench's peers (issue 15) render the SAME filled content as policysmith: each setting's policies are
// filled by our own fillTemplate (Liquid, conditions, the setting's values), then handed to each peer in the
// form it takes — a flat list of blocks (docxtemplater, pdfmake, Typst), the mdast tree (remark-rehype) or
// Markdown (pandoc). Used only by `npm run bench`; nothing in src/ imports scripts/bench-peers/.
import { gfmToMarkdown } from "mdast-util-gfm";
import { toMarkdown } from "mdast-util-to-markdown";
import { fillTemplate } from "../../dist/template/fill.js";
import { createLiquid } from "../../dist/template/liquid.js";

/** Every template filled for each of `settings`: [{ name, doc }] with name "<setting>/<template>". */
export function fillDocuments(project, settings) {
  const liquid = createLiquid();
  const context = { partnership: project.partnership, settingTypes: project.settingTypes, liquid };
  return settings.flatMap((setting) =>
    project.compiledTemplates.map((compiled) => ({
      name: `${setting.id}/${compiled.meta.id}`,
      doc: fillTemplate(compiled, setting, context),
    })),
  );
}

/** Inline content as runs: [{ text, bold, italic, link }]. */
function runs(nodes, style = {}) {
  const out = [];
  for (const node of nodes ?? []) {
    // A line end inside Markdown text is a space when read (a soft break), as our renderers treat it.
    if (node.type === "text" || node.type === "inlineCode")
      out.push({ text: node.value.replace(/\s*\n\s*/g, " "), ...style });
    else if (node.type === "break") out.push({ text: "\n", ...style });
    else if (node.type === "strong") out.push(...runs(node.children, { ...style, bold: true }));
    else if (node.type === "emphasis") out.push(...runs(node.children, { ...style, italic: true }));
    else if (node.type === "link") out.push(...runs(node.children, { ...style, link: node.url }));
    else if (node.children) out.push(...runs(node.children, style));
  }
  return out;
}

/**
 * A filled policy as the blocks a peer renders, in order: the title, a contents marker, headings (level 1–3),
 * paragraphs, list items (bullet or numbered, with their depth) and tables (rows of cells of runs).
 */
export function blocksOf(doc) {
  const blocks = [];
  const visit = (node, depth) => {
    switch (node.type) {
      case "heading":
        blocks.push({ kind: "heading", level: Math.min(node.depth, 3), runs: runs(node.children) });
        break;
      case "paragraph":
        blocks.push({ kind: "paragraph", runs: runs(node.children) });
        break;
      case "list":
        for (const item of node.children)
          for (const child of item.children) {
            if (child.type === "paragraph")
              blocks.push({
                kind: "item",
                ordered: Boolean(node.ordered),
                depth,
                runs: runs(child.children),
              });
            else visit(child, depth + 1);
          }
        break;
      case "table":
        blocks.push({
          kind: "table",
          rows: node.children.map((row) => row.children.map((cell) => runs(cell.children))),
        });
        break;
      case "toc":
        blocks.push({ kind: "contents" });
        break;
      default:
        for (const child of node.children ?? []) visit(child, depth);
    }
  };
  visit(doc.tree, 0);
  return blocks;
}

/** The filled policy as Markdown (GFM tables), as pandoc reads it; the contents marker becomes pandoc's --toc. */
export function markdownOf(doc) {
  return toMarkdown(doc.tree, { extensions: [gfmToMarkdown()], handlers: { toc: () => "" } });
}

/** Plain text of runs. */
export const plain = (list) => list.map((r) => r.text).join("");
