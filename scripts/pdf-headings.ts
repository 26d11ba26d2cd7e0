// `npx vite-node scripts/pdf-headings.ts [--corpus DIR] [--examples DIR] [--only NAME] [--quiet]`: how trustworthy the headings
// an untagged PDF's layout gives are (issue 11). For every test/corpus/*.pdf the truth is its .md's `#` headings;
// for LibreOffice PDFs of the example settings' child-protection policies (made once into DIR, default
// /tmp/policysmith-pdf-headings: the built .docx, then LibreOffice's PDF of it, as test/audit-real-documents.test.ts
// makes them) the truth is the Word file's headings as the Word reader reads them (its heading styles); for that
// test's hand-written policies (Markdown → web page → LibreOffice's PDF), their .md's headings.
// Prints, per PDF and in all: precision and recall of the layout's headings, the wrong ones and the missed ones,
// and how many carry the wrong number. A heading matches a true one with the same words, numbers aside
// (LibreOffice prints Word's automatic numbers; the .md types them); one-to-one, in order.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Root as HastRoot } from "hast";
import { toHtml } from "hast-util-to-html";
import type { Heading, Root } from "mdast";
import { toString as mdastText } from "mdast-util-to-string";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { headingNumber } from "../src/audit/document/blocks.js";
import { readDocumentBytes } from "../src/audit/sources/read-bytes.js";

const repo = fileURLToPath(new URL("..", import.meta.url));

const { values } = parseArgs({
  options: {
    examples: { type: "string", default: "/tmp/policysmith-pdf-headings" },
    corpus: { type: "string", default: join(repo, "test", "corpus") },
    only: { type: "string" },
    quiet: { type: "boolean", default: false },
  },
});

interface Truth {
  number?: string;
  title: string;
  /** A heading a reader may or may not take for one: a line wholly in bold (a heading set by hand in a Word file
   * without heading styles), a contents list's title. Right when found, not missed when not. */
  optional?: boolean;
}

/** A contents list's title: a heading to the eye, which contents-mismatch leaves out of the outline anyway. */
const CONTENTS_TITLE = /^(?:table of )?contents$/i;

/** Words compared: lower case, letters and digits only. */
const key = (title: string) => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");

/** A .md's `#` headings (anchors `{#x}` dropped), their typed numbers apart. */
function markdownHeadings(markdown: string): Truth[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
  const found: Truth[] = [];
  const visit = (node: Root | Root["children"][number]) => {
    if (node.type === "heading") {
      const words = mdastText(node as Heading)
        .replace(/\s*\{#[^}]*\}\s*$/, "")
        .trim();
      found.push(headingNumber(words));
      return;
    }
    if (
      node.type === "paragraph" &&
      node.children.length === 1 &&
      node.children[0].type === "strong" &&
      !mdastText(node).includes("\n")
    ) {
      found.push({ ...headingNumber(mdastText(node)), optional: true });
      return;
    }
    if ("children" in node) for (const child of node.children) visit(child as Root["children"][number]);
  };
  visit(tree);
  return found;
}

async function exampleTruths(dir: string): Promise<Map<string, { pdf: string; truth: Truth[] }>> {
  const docxDir = join(dir, "docx");
  const pdfDir = join(dir, "pdf");
  if (!existsSync(pdfDir)) {
    const { loadProject } = await import("../src/data/load-project.js");
    const { buildProject } = await import("../src/build/build.js");
    const project = await loadProject(repo);
    const built = join(dir, "built");
    const result = await buildProject(project, {
      formats: ["docx"],
      templates: ["child-protection", "referral-guide"],
      outDir: built,
      jobs: 1,
    });
    if (result.failed.size > 0) throw new Error(`build failed: ${[...result.failed.keys()].join(", ")}`);
    mkdirSync(docxDir, { recursive: true });
    for (const setting of project.settings)
      for (const template of ["child-protection", "referral-guide"])
        if (existsSync(join(built, setting.id, `${template}.docx`)))
          copyFileSync(
            join(built, setting.id, `${template}.docx`),
            join(docxDir, `${setting.id}.${template}.docx`),
          );
    // The hand-written policies as web pages, as test/audit-real-documents.test.ts gives them to LibreOffice.
    const htmlDir = join(dir, "html");
    mkdirSync(htmlDir, { recursive: true });
    for (const name of HAND_WRITTEN) {
      const markdown = readFileSync(join(repo, "test", "fixtures", "hand-written", `${name}.md`), "utf8");
      const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown) as Root;
      const hast = (await unified().use(remarkRehype).run(tree)) as HastRoot;
      writeFileSync(
        join(htmlDir, `${name}.html`),
        `<!doctype html>\n<html lang="en-GB"><head><meta charset="utf-8"><title>${name}</title></head><body>\n${toHtml(hast)}\n</body></html>\n`,
      );
    }
    const files = [
      ...readdirSync(docxDir).map((f) => join(docxDir, f)),
      ...readdirSync(htmlDir).map((f) => join(htmlDir, f)),
    ];
    const lo = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${dir}/profile`,
        "--headless",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        pdfDir,
        ...files,
      ],
      { encoding: "utf8", timeout: 600_000 },
    );
    if (lo.status !== 0) throw new Error(`LibreOffice: ${lo.stderr}`);
  }
  const out = new Map<string, { pdf: string; truth: Truth[] }>();
  for (const file of readdirSync(docxDir).sort()) {
    const name = file.replace(/\.docx$/, "");
    const docx = await readDocumentBytes(new Uint8Array(readFileSync(join(docxDir, file))), file);
    out.set(`example:${name}`, {
      pdf: join(pdfDir, `${name}.pdf`),
      truth: docx.outline.headings.map((h) => headingNumber(h.text)),
    });
  }
  for (const name of HAND_WRITTEN)
    out.set(`hand-written:${name}`, {
      pdf: join(pdfDir, `${name}.pdf`),
      truth: markdownHeadings(
        readFileSync(join(repo, "test", "fixtures", "hand-written", `${name}.md`), "utf8"),
      ),
    });
  return out;
}

const HAND_WRITTEN = ["current-policy", "old-policy"];

interface Score {
  name: string;
  found: number;
  right: number;
  /** Found and optional (neither right nor wrong). */
  optional: number;
  truths: number;
  wrong: string[];
  missed: string[];
  misnumbered: string[];
}

async function score(name: string, pdf: string, truth: Truth[]): Promise<Score> {
  const document = await readDocumentBytes(new Uint8Array(readFileSync(pdf)), basename(pdf));
  const found = document.blocks.flatMap((b) =>
    b.kind === "heading" ? [{ number: b.number, title: b.title, depth: b.depth }] : [],
  );
  const used = new Set<number>();
  const result: Score = {
    name,
    found: found.length,
    right: 0,
    optional: 0,
    truths: truth.filter((t) => !t.optional).length,
    wrong: [],
    missed: [],
    misnumbered: [],
  };
  let from = 0;
  for (const heading of found) {
    const k = key(heading.title);
    // In order: the next unused true heading with these words (a little back, for headings read out of order).
    let at = -1;
    for (let j = Math.max(0, from - 3); j < truth.length; j++)
      if (!used.has(j) && key(truth[j].title) === k) {
        at = j;
        break;
      }
    const shown = `${heading.depth} ${heading.number ? `${heading.number} ` : ""}${heading.title}`;
    if (at < 0 && CONTENTS_TITLE.test(heading.title)) {
      result.optional++;
      continue;
    }
    if (at < 0) {
      result.wrong.push(shown);
      continue;
    }
    used.add(at);
    from = at + 1;
    if (truth[at].optional) {
      result.optional++;
      continue;
    }
    result.right++;
    if (truth[at].number !== undefined && truth[at].number !== heading.number)
      result.misnumbered.push(`${shown} (truly ${truth[at].number})`);
  }
  for (const [j, t] of truth.entries())
    if (!used.has(j) && !t.optional) result.missed.push(`${t.number ? `${t.number} ` : ""}${t.title}`);
  return result;
}

const percent = (a: number, b: number) => (b === 0 ? "100.0" : ((100 * a) / b).toFixed(1));

const corpus = values.corpus ?? "";
const jobs: Array<{ name: string; pdf: string; truth: Truth[] }> = [];
for (const file of readdirSync(corpus).sort()) {
  if (!file.endsWith(".pdf")) continue;
  const name = file.replace(/\.pdf$/, "");
  jobs.push({
    name,
    pdf: join(corpus, file),
    truth: markdownHeadings(readFileSync(join(corpus, `${name}.md`), "utf8")),
  });
}
for (const [name, { pdf, truth }] of await exampleTruths(values.examples ?? ""))
  jobs.push({ name, pdf, truth });

const totals = { found: 0, right: 0, optional: 0, truths: 0, misnumbered: 0, perfect: 0 };
for (const job of jobs) {
  if (values.only && !job.name.includes(values.only)) continue;
  const s = await score(job.name, job.pdf, job.truth);
  totals.found += s.found;
  totals.right += s.right;
  totals.optional += s.optional;
  totals.truths += s.truths;
  totals.misnumbered += s.misnumbered.length;
  if (s.wrong.length === 0) totals.perfect++;
  console.log(
    `${s.wrong.length === 0 ? "  " : "✗ "}${s.name}: precision ${percent(s.right + s.optional, s.found)}% (${s.right + s.optional}/${s.found}${s.optional ? `, ${s.optional} optional` : ""}), recall ${percent(s.right, s.truths)}% (${s.right}/${s.truths})${s.misnumbered.length ? `, ${s.misnumbered.length} misnumbered` : ""}`,
  );
  if (values.quiet) continue;
  for (const w of s.wrong) console.log(`      wrong:  ${w}`);
  for (const m of s.missed) console.log(`      missed: ${m}`);
  for (const m of s.misnumbered) console.log(`      number: ${m}`);
}
console.log(
  `\nall: precision ${percent(totals.right + totals.optional, totals.found)}% (${totals.right + totals.optional}/${totals.found}, ${totals.optional} optional), recall ${percent(totals.right, totals.truths)}% (${totals.right}/${totals.truths}), ${totals.misnumbered} misnumbered; ${totals.perfect} of ${jobs.filter((j) => !values.only || j.name.includes(values.only)).length} PDFs with no wrong heading`,
);
