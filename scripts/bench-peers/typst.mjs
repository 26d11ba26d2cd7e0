// Typst, a peer for PDF (the "Typst 72 ms"): the filled policy's blocks as Typst markup, compiled
// in-process by @myriaddreamin/typst-ts-node-compiler (Typst's compiler as a native Node addon shipped in
// the npm package; no network at run time), with the same DejaVu Sans files. One compiler per process, as a
// long build would keep it (Typst memoises across documents; its cache is evicted every 50 documents, as
// its documentation suggests for tools). Every run of text is a Typst string literal, so nothing in a
// setting's values can be read as markup.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { blocksOf } from "./content.mjs";

const require = createRequire(import.meta.url);
const fonts = join(dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");

/** The compiler, or the reason there is none (no build of the addon for this platform). */
export function loadTypst() {
  try {
    const { NodeCompiler } = require("@myriaddreamin/typst-ts-node-compiler");
    return { compiler: NodeCompiler.create({ fontArgs: [{ fontPaths: [fonts] }] }) };
  } catch (error) {
    return { reason: String(error.message ?? error).split("\n")[0] };
  }
}

const string = (text) => JSON.stringify(text); // Typst's string escapes (\" \\ \n \u{…}) accept JSON's
const inline = (runs) =>
  runs
    .map((r) => {
      let s = `#${string(r.text)}`;
      if (r.italic) s = `#emph[${s}]`;
      if (r.bold) s = `#strong[${s}]`;
      if (r.link) s = `#link(${string(r.link)})[${s}]`;
      return s;
    })
    .join("");

/** One filled policy as Typst markup. */
export function markupOf(doc) {
  const lines = [
    `#set document(title: ${string(doc.meta.title)}, author: ${string(doc.meta.author)})`,
    '#set page(paper: "a4", margin: 2cm)',
    '#set text(font: "DejaVu Sans", size: 10.5pt, lang: "en", region: "gb")',
    "#show link: underline",
    "",
  ];
  for (const block of blocksOf(doc)) {
    switch (block.kind) {
      case "heading":
        lines.push(`${"=".repeat(block.level)} ${inline(block.runs)}`, "");
        break;
      case "paragraph":
        lines.push(inline(block.runs), "");
        break;
      case "item":
        lines.push(`${"  ".repeat(block.depth)}${block.ordered ? "+" : "-"} ${inline(block.runs)}`);
        break;
      case "table": {
        const columns = Math.max(...block.rows.map((row) => row.length));
        const cells = block.rows.flatMap((row) =>
          Array.from({ length: columns }, (_, i) => `[${inline(row[i] ?? [])}]`),
        );
        lines.push("", `#table(columns: ${columns}, ${cells.join(", ")})`, "");
        break;
      }
      default:
        lines.push("", "#outline(title: [Contents])", "");
    }
  }
  return lines.join("\n");
}

let compiled = 0;
/** One policy as PDF bytes. */
export function renderPdf(compiler, markup) {
  const pdf = compiler.pdf({ mainFileContent: markup });
  if (++compiled % 50 === 0) compiler.evictCache(10);
  return pdf;
}
