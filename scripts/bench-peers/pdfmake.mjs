// pdfmake, the JS peer for PDF: the filled policy's blocks as a pdfmake document definition (a contents
// list with page numbers, headings 1–3, paragraphs with bold and links, bullets and numbers, tables), set in
// the same DejaVu Sans files policysmith embeds, A4. It does less than policysmith (no tagged PDF, no
// PDF/UA structure, no running header or footer).
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { blocksOf } from "./content.mjs";

const require = createRequire(import.meta.url);
const pdfmake = require("pdfmake");
const fonts = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
pdfmake.setFonts({
  DejaVuSans: {
    normal: join(fonts, "DejaVuSans.ttf"),
    bold: join(fonts, "DejaVuSans-Bold.ttf"),
    italics: join(fonts, "DejaVuSans-Oblique.ttf"),
    bolditalics: join(fonts, "DejaVuSans-BoldOblique.ttf"),
  },
});
// Only the font files may be read, and nothing fetched.
pdfmake.setLocalAccessPolicy((path) => path.startsWith(fonts));
pdfmake.setUrlAccessPolicy(() => false);

const inline = (runs) =>
  runs.map((r) => ({
    text: r.text,
    ...(r.bold ? { bold: true } : {}),
    ...(r.italic ? { italics: true } : {}),
    ...(r.link ? { link: r.link, color: "#0563C1", decoration: "underline" } : {}),
  }));

/** pdfmake's document definition for one filled policy. */
export function definitionOf(doc) {
  const content = [];
  let list;
  for (const block of blocksOf(doc)) {
    if (block.kind !== "item") list = undefined;
    switch (block.kind) {
      case "heading":
        content.push({ text: inline(block.runs), style: `h${block.level}`, tocItem: block.level <= 3 });
        break;
      case "paragraph":
        content.push({ text: inline(block.runs), style: "body" });
        break;
      case "item": {
        if (!list || list.ordered !== block.ordered) {
          list = { ordered: block.ordered, node: { [block.ordered ? "ol" : "ul"]: [], style: "body" } };
          content.push(list.node);
        }
        list.node[block.ordered ? "ol" : "ul"].push({
          text: inline(block.runs),
          margin: [block.depth * 18, 0, 0, 0],
        });
        break;
      }
      case "table": {
        const columns = Math.max(...block.rows.map((row) => row.length));
        content.push({
          table: {
            headerRows: 1,
            widths: Array(columns).fill("*"),
            body: block.rows.map((row) =>
              Array.from({ length: columns }, (_, i) => ({ text: inline(row[i] ?? []) })),
            ),
          },
          style: "body",
        });
        break;
      }
      default:
        content.push({ toc: { title: { text: "Contents", style: "h1" } } });
    }
  }
  return {
    pageSize: "A4",
    pageMargins: [57, 57, 57, 57],
    info: { title: doc.meta.title, author: doc.meta.author, subject: doc.meta.subject },
    content,
    defaultStyle: { font: "DejaVuSans", fontSize: 10.5, lineHeight: 1.15 },
    styles: {
      h1: { fontSize: 20, bold: true, margin: [0, 18, 0, 6] },
      h2: { fontSize: 14, bold: true, margin: [0, 12, 0, 6] },
      h3: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
      body: { margin: [0, 0, 0, 6] },
    },
  };
}

/** One policy as PDF bytes. */
export async function renderPdf(definition) {
  return pdfmake.createPdf(definition).getBuffer();
}
