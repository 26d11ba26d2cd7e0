#!/usr/bin/env node
// `node scripts/corpus-build.mjs [NAME…] [--no-pdf] [--all-pdf] [--recount]`: makes test/corpus/<name>.docx from each <name>.md the way
// settings make their Word files (docx package), and <name>.pdf from that .docx with LibreOffice for the
// documents whose labels say `pdf: true` (only where the .docx changed or the .pdf is missing, unless
// --all-pdf). Run it by hand after editing a .md; commit the .docx and .pdf it
// writes (so `npm run accuracy` needs no LibreOffice). test/accuracy.test.ts checks each .docx is what this
// script makes now. The .docx is byte-stable (fixed document dates, fixed zip times); the .pdf is whatever
// LibreOffice writes.
// Each .docx says how many pages it has in docProps/app.xml (`<Pages>`), as Word and LibreOffice write on save:
// the pages of LibreOffice's PDF of it, counted for a .docx that is new, changed or says no count (--recount:
// every one, to check the count is stable). Counting needs `soffice`; without it the .docx says no count.
//
// What the .md may say, and what it becomes in Word:
//   # Title                      the Title style
//   ## 3. Heading / ### 3.2 Sub  Heading 1 / Heading 2 with AUTOMATIC numbering (a numbering definition; the
//                                number is not in the text) when the typed number is the next in sequence;
//                                a number out of sequence (two sections "11.") stays typed, as it does in
//                                a Word file someone numbered by hand. `<!-- typed-numbers -->` anywhere in
//                                the .md keeps every heading number typed.
//   ## Heading {#anchor}         a bookmark named `anchor` around the heading; `<a id="x"></a>` one inline
//   ordinary lines               a paragraph per blank-line-separated block; a line break inside a block is
//                                a line break in Word (so "Manager: A" / "Deputy: B" stay two lines)
//   - item / 1. item             bulleted / automatically numbered list paragraphs, nested by indentation
//   | a | b | tables             a real table, first row marked as the header row
//   [words](https://…)           a hyperlink; [words](#name) a link to bookmark `name` (which may not exist:
//                                a link to nothing); [words](#) a link whose address is "#"
//   **bold**, *italic*           bold, italic runs
//   <!-- toc --> … <!-- /toc --> the list or lines between become a real TOC field (TableOfContents) whose
//                                cached entries are those lines, page numbers after dot leaders or a tab
//                                kept as the entry's page: Word shows them until someone updates the field
//   <!-- header --> / <!-- footer -->  the next block goes to the page header / footer instead of the body
//                                (visible in the .md where it stands; repeated on every page in Word/PDF)
//   <!-- header: TEXT --> / <!-- footer: TEXT -->  a header / footer line that only the Word file has
//   <!-- del: TEXT -->           a tracked deletion of TEXT (w:del): in Word only, and not part of the text
//   <ins>TEXT</ins>              a tracked insertion (w:ins) of TEXT; plain text in the .md
//   <!-- pagebreak -->           a page break
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  copyFileSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  AlignmentType,
  Bookmark,
  BorderStyle,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  Footer,
  Header,
  HeadingLevel,
  InsertedTextRun,
  InternalHyperlink,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { PDFDocument } from "pdf-lib";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { parse as parseYaml } from "yaml";

const repo = fileURLToPath(new URL("..", import.meta.url));
// POLICYSMITH_CORPUS=DIR makes the Word and PDF files of another folder (a held-out set) the same way.
export const corpusDir = process.env.POLICYSMITH_CORPUS
  ? resolve(process.env.POLICYSMITH_CORPUS)
  : join(repo, "test", "corpus");
/** Every date the Word file carries: its created/modified properties and its tracked changes. */
const FIXED_DATE = "2024-03-01T09:00:00Z";
const ZIP_TIME = new Date(Date.UTC(2024, 2, 1, 9, 0, 0));
const AUTHOR = "Policy editor";

const parser = unified().use(remarkParse).use(remarkGfm);
const HEADING_NUMBER = /^(\d+(?:\.\d+)*)\.?\s+/;
const EXPLICIT_ID = /\s*\{#([^\s}]+)\}\s*$/;
const COMMENT = /^<!--\s*([\s\S]*?)\s*-->$/;

/** The state of one conversion: ids that must be unique, numbering counters, where blocks go. */
function converter(markdown) {
  let changeId = 1;
  let listInstance = 0;
  const typedNumbers = /<!--\s*typed-numbers\s*-->/.test(markdown);
  const counters = [0, 0, 0];
  const header = [];
  const footer = [];
  const body = [];

  /** Inline mdast → docx runs (text, links, bookmarks, tracked changes). */
  function inline(nodes, style = {}) {
    const runs = [];
    let inserting = false;
    for (const node of nodes) {
      if (node.type === "html") {
        const value = node.value.trim();
        const comment = COMMENT.exec(value);
        if (comment) {
          const del = /^del:\s*([\s\S]*)$/.exec(comment[1]);
          if (del)
            runs.push(new DeletedTextRun({ text: del[1], id: changeId++, author: AUTHOR, date: FIXED_DATE }));
          continue;
        }
        if (/^<ins>$/i.test(value)) inserting = true;
        else if (/^<\/ins>$/i.test(value)) inserting = false;
        else if (/^<br\s*\/?>$/i.test(value)) runs.push(new TextRun({ break: 1 }));
        else {
          const id = /^<a\s+(?:id|name)="([^"]+)"\s*>(?:<\/a>)?$/i.exec(value);
          if (id) runs.push(new Bookmark({ id: id[1], children: [] }));
        }
        continue;
      }
      if (node.type === "text" || node.type === "inlineCode") {
        const lines = node.value.split("\n");
        lines.forEach((line, i) => {
          const options = { text: line, ...style, ...(i > 0 ? { break: 1 } : {}) };
          runs.push(
            inserting
              ? new InsertedTextRun({ ...options, id: changeId++, author: AUTHOR, date: FIXED_DATE })
              : new TextRun(options),
          );
        });
      } else if (node.type === "break") runs.push(new TextRun({ break: 1 }));
      else if (node.type === "strong") runs.push(...inline(node.children, { ...style, bold: true }));
      else if (node.type === "emphasis") runs.push(...inline(node.children, { ...style, italics: true }));
      else if (node.type === "delete") runs.push(...inline(node.children, { ...style, strike: true }));
      else if (node.type === "link") {
        const children = inline(node.children, { ...style, style: "Hyperlink" });
        const url = node.url ?? "";
        if (url.startsWith("#") && url.length > 1)
          runs.push(new InternalHyperlink({ anchor: url.slice(1), children }));
        else runs.push(new ExternalHyperlink({ link: url === "" ? "#" : url, children }));
      }
    }
    return runs;
  }

  function headingParagraph(node) {
    let text = node.children;
    let anchor;
    const last = text.at(-1);
    if (last?.type === "text" && EXPLICIT_ID.test(last.value)) {
      anchor = EXPLICIT_ID.exec(last.value)[1];
      text = [...text.slice(0, -1), { ...last, value: last.value.replace(EXPLICIT_ID, "") }];
    }
    const level = node.depth - 2; // ## is Heading 1
    let numbering;
    const first = text[0];
    const typed = first?.type === "text" ? HEADING_NUMBER.exec(first.value) : null;
    if (typed && !typedNumbers && level >= 0 && level <= 2) {
      const parts = typed[1].split(".").map(Number);
      const expected = [...counters.slice(0, level), counters[level] + 1];
      if (parts.length === level + 1 && parts.every((p, i) => p === expected[i])) {
        counters[level]++;
        for (let i = level + 1; i < counters.length; i++) counters[i] = 0;
        numbering = { reference: "headings", level };
        text = [{ ...first, value: first.value.slice(typed[0].length) }, ...text.slice(1)];
      }
    }
    let children = inline(text);
    if (anchor) children = [new Bookmark({ id: anchor, children })];
    const heading =
      node.depth === 1
        ? HeadingLevel.TITLE
        : [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][
            Math.min(level, 3)
          ];
    return new Paragraph({ heading, children, ...(numbering ? { numbering } : {}) });
  }

  function listParagraphs(list, depth, out) {
    const instance = list.ordered ? ++listInstance : 0;
    for (const item of list.children) {
      let firstBlock = true;
      for (const child of item.children) {
        if (child.type === "list") {
          listParagraphs(child, depth + 1, out);
          continue;
        }
        const runs = child.type === "paragraph" ? inline(child.children) : [];
        const marker = list.ordered
          ? { numbering: { reference: "numbers", level: Math.min(depth, 2), instance } }
          : { bullet: { level: Math.min(depth, 2) } };
        out.push(
          new Paragraph({
            children: runs,
            ...(firstBlock ? marker : { indent: { left: 720 * (depth + 1) } }),
          }),
        );
        firstBlock = false;
      }
      if (item.children.length === 0) {
        // An empty item: an empty list paragraph, as Word keeps it.
        out.push(new Paragraph({ children: [], bullet: { level: Math.min(depth, 2) } }));
      }
    }
  }

  function tableOf(node) {
    const columns = Math.max(...node.children.map((r) => r.children.length));
    const border = { style: BorderStyle.SINGLE, size: 4, color: "808080" };
    return new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: {
        top: border,
        bottom: border,
        left: border,
        right: border,
        insideHorizontal: border,
        insideVertical: border,
      },
      rows: node.children.map(
        (row, r) =>
          new TableRow({
            tableHeader: r === 0,
            children: Array.from({ length: columns }, (_, c) => {
              const cell = row.children[c];
              const runs = cell ? inline(cell.children, r === 0 ? { bold: true } : {}) : [];
              return new TableCell({
                width: { size: Math.floor(100 / columns), type: WidthType.PERCENTAGE },
                children: [new Paragraph({ children: runs })],
              });
            }),
          }),
      ),
    });
  }

  /**
   * The lines of a contents block, as typed (numbers included, an empty "-" item kept) → cached TOC entries:
   * level by indentation, the page number after dot leaders or a tab kept as the entry's page.
   */
  function tocEntries(nodes) {
    const entries = [];
    for (const node of nodes) {
      const raw = markdown.slice(node.position.start.offset, node.position.end.offset);
      // The first line of a node starts at its marker; the source line's own indentation is before it.
      const lineStart = markdown.lastIndexOf("\n", node.position.start.offset - 1) + 1;
      const firstIndent = node.position.start.offset - lineStart;
      raw.split("\n").forEach((rawLine, i) => {
        if (rawLine.trim() === "") return;
        const indent = (i === 0 ? firstIndent : 0) + (/^\s*/.exec(rawLine)?.[0].length ?? 0);
        const text = rawLine
          .trim()
          .replace(/^[-*+](?:\s+|$)/, "")
          .replace(/\s+$/, "");
        const paged = /^(.*?\D.*?)(?:\s*(?:\.{2,}|…+)\s*|\t+|\s+)(\d{1,3})$/.exec(text);
        entries.push({
          title: (paged ? paged[1] : text) || " ",
          level: Math.min(1 + Math.floor(indent / 2), 3),
          ...(paged ? { page: Number(paged[2]) } : {}),
        });
      });
    }
    return entries;
  }

  function blocks(nodes) {
    let target = body;
    let redirectNext;
    let toc;
    for (const node of nodes) {
      if (node.type === "html") {
        const value = node.value.trim();
        const comment = COMMENT.exec(value);
        // A line that starts with a tracked deletion and goes on (`<!-- del: A --><ins>B</ins>`): Markdown reads
        // it as an HTML block; in Word it is a paragraph of tracked changes.
        if (!comment && /^<!--\s*del:/.test(value) && toc === undefined) {
          const pieces = value
            .split(/(<!--[\s\S]*?-->|<\/?ins>|<br\s*\/?>)/i)
            .filter(Boolean)
            .map((piece) =>
              /^</.test(piece) ? { type: "html", value: piece } : { type: "text", value: piece },
            );
          target = redirectNext ?? body;
          redirectNext = undefined;
          target.push(new Paragraph({ children: inline(pieces) }));
          continue;
        }
        if (!comment) continue;
        const directive = comment[1];
        if (toc !== undefined) {
          if (/^\/toc$/.test(directive)) {
            body.push(
              new TableOfContents("Table of Contents", {
                hyperlink: false,
                headingStyleRange: "1-3",
                cachedEntries: tocEntries(toc),
                beginDirty: false,
              }),
            );
            toc = undefined;
          }
          continue;
        }
        if (/^toc$/.test(directive)) toc = [];
        else if (directive === "header") redirectNext = header;
        else if (directive === "footer") redirectNext = footer;
        else if (/^header:/.test(directive))
          header.push(new Paragraph({ children: [new TextRun(directive.replace(/^header:\s*/, ""))] }));
        else if (/^footer:/.test(directive))
          footer.push(new Paragraph({ children: [new TextRun(directive.replace(/^footer:\s*/, ""))] }));
        else if (directive === "pagebreak") body.push(new Paragraph({ children: [new PageBreak()] }));
        else if (/^del:/.test(directive))
          body.push(
            new Paragraph({
              children: [
                new DeletedTextRun({
                  text: directive.replace(/^del:\s*/, ""),
                  id: changeId++,
                  author: AUTHOR,
                  date: FIXED_DATE,
                }),
              ],
            }),
          );
        continue;
      }
      if (toc !== undefined) {
        toc.push(node);
        continue;
      }
      target = redirectNext ?? body;
      redirectNext = undefined;
      if (node.type === "heading") target.push(headingParagraph(node));
      else if (node.type === "paragraph") target.push(new Paragraph({ children: inline(node.children) }));
      else if (node.type === "list") listParagraphs(node, 0, target);
      else if (node.type === "table") target.push(tableOf(node));
      else if (node.type === "blockquote") {
        for (const child of node.children)
          if (child.type === "paragraph")
            target.push(new Paragraph({ children: inline(child.children), indent: { left: 720 } }));
      } else if (node.type === "thematicBreak") target.push(new Paragraph({ children: [] }));
      else if (node.type === "code") target.push(new Paragraph({ children: [new TextRun(node.value)] }));
    }
  }

  return {
    convert() {
      blocks(parser.parse(markdown).children);
      const numberLevels = (formats) =>
        formats.map((text, level) => ({
          level,
          format: LevelFormat.DECIMAL,
          text,
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 360 * (level + 1), hanging: 360 } } },
        }));
      return new Document({
        creator: AUTHOR,
        lastModifiedBy: AUTHOR,
        title: "Safeguarding policy",
        features: { trackRevisions: true },
        numbering: {
          config: [
            { reference: "headings", levels: numberLevels(["%1.", "%1.%2", "%1.%2.%3"]) },
            { reference: "numbers", levels: numberLevels(["%1.", "%2.", "%3."]) },
          ],
        },
        sections: [
          {
            ...(header.length ? { headers: { default: new Header({ children: header }) } } : {}),
            ...(footer.length ? { footers: { default: new Footer({ children: footer }) } } : {}),
            children: body.length ? body : [new Paragraph({ children: [] })],
          },
        ],
      });
    },
  };
}

/**
 * The .docx bytes for a Markdown policy: same input, same bytes. `pages` is the page count written into
 * docProps/app.xml (`<Pages>`), as Word and LibreOffice write the pages they laid out when they save; without it
 * the file says no page count, as the docx package writes it. main() gives LibreOffice's count of the file.
 */
export async function docxFromMarkdown(markdown, { pages } = {}) {
  return packDocx(await docxParts(markdown), pages);
}

/**
 * docx-built.json in the corpus folder records, for each .docx this script made (or found current), the hashes of its
 * .md and its bytes, under a stamp of what makes them (this script and the versions of the packages it builds with).
 * test/accuracy.test.ts rebuilds only the .docx files the record does not vouch for (and a fixed sample of the rest):
 * rebuilding all of them took a fifth of its time. The record is written by every run of this script; an .md edited
 * by hand, a .docx replaced, a corpus file moved in, or a new builder all fall outside it and are rebuilt by the test.
 */
export const BUILT_RECORD = "docx-built.json";
const BUILDER_PACKAGES =
  /^node_modules\/(?:docx|fflate|yaml|unified|remark-[\w-]+|micromark[\w-]*|mdast-[\w-]+|unist-[\w-]+)$/;

/** A short hash (80 bits: enough to tell an edited file, and a record a third the size). */
const sha256 = (data) => createHash("sha256").update(data).digest("hex").slice(0, 20);

/** What makes the .docx files: this script's text and the locked versions of the packages it builds with. */
export function builderStamp() {
  const lock = JSON.parse(readFileSync(new URL("../package-lock.json", import.meta.url), "utf8"));
  const versions = Object.entries(lock.packages ?? {})
    .filter(([path]) => BUILDER_PACKAGES.test(path))
    .map(([path, entry]) => `${path}@${entry.version}`)
    .sort();
  return sha256(`${readFileSync(new URL(import.meta.url), "utf8")}\n${versions.join("\n")}`);
}

/** The record's line for one policy: its .md's hash and its .docx's. */
export function builtLine(markdown, docx) {
  return `${sha256(markdown)} ${sha256(docx)}`;
}

/** The corpus folder's record of built .docx files, or nothing when there is none or it is not this builder's. */
export function readBuiltRecord(dir, stamp = builderStamp()) {
  try {
    const record = JSON.parse(readFileSync(join(dir, BUILT_RECORD), "utf8"));
    return record.builder === stamp && record.files && typeof record.files === "object" ? record.files : {};
  } catch {
    return {};
  }
}

/** Records the .docx of `names` as current (each rebuilt and compared by main()), keeping other policies' lines. */
function writeBuiltRecord(dir, names, stamp) {
  const files = { ...readBuiltRecord(dir, stamp) };
  for (const name of names) {
    const md = join(dir, `${name}.md`);
    const docx = join(dir, `${name}.docx`);
    if (existsSync(md) && existsSync(docx)) files[name] = builtLine(readFileSync(md), readFileSync(docx));
  }
  for (const name of Object.keys(files)) if (!existsSync(join(dir, `${name}.md`))) delete files[name];
  const sorted = Object.fromEntries(
    Object.keys(files)
      .sort()
      .map((name) => [name, files[name]]),
  );
  writeFileSync(join(dir, BUILT_RECORD), `${JSON.stringify({ builder: stamp, files: sorted }, null, 1)}\n`);
}

/** The page count a .docx says in docProps/app.xml, or undefined. */
export function savedPageCount(docx) {
  let app;
  try {
    app = unzipSync(docx, { filter: (entry) => entry.name === "docProps/app.xml" })["docProps/app.xml"];
  } catch {
    return undefined;
  }
  const pages = app && /<Pages>(\d+)<\/Pages>/.exec(strFromU8(app))?.[1];
  return pages ? Number(pages) : undefined;
}

/** The parts of the .docx for a Markdown policy, made stable (dates, relationship and bookmark ids). */
async function docxParts(markdown) {
  const bytes = new Uint8Array(await Packer.toBuffer(converter(markdown).convert()));
  const files = unzipSync(bytes);
  const core = files["docProps/core.xml"];
  if (core)
    files["docProps/core.xml"] = strToU8(
      strFromU8(core).replace(
        /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
        `$1${FIXED_DATE}$3`,
      ),
    );
  // The docx package names hyperlink relationships at random: rename them in order, so the bytes are stable.
  const renames = new Map();
  for (const [name, data] of Object.entries(files)) {
    if (!name.endsWith(".rels")) continue;
    for (const m of strFromU8(data).matchAll(/Id="(rId[^"]*[a-z][^"]*)"/g))
      if (!renames.has(m[1])) renames.set(m[1], `rIdLink${renames.size + 1}`);
  }
  if (renames.size > 0)
    for (const name of Object.keys(files)) {
      if (!name.endsWith(".xml") && !name.endsWith(".rels")) continue;
      const text = strFromU8(files[name]);
      const renamed = text.replace(/"(rId[^"]*[a-z][^"]*)"/g, (all, id) =>
        renames.has(id) ? `"${renames.get(id)}"` : all,
      );
      if (renamed !== text) files[name] = strToU8(renamed);
    }
  // The docx package numbers bookmarks from a counter shared by every document made in the process, so a file's ids
  // would depend on which documents were built before it: number them in order from 1 within each document.
  const body = files["word/document.xml"];
  if (body) {
    const text = strFromU8(body);
    const ids = new Map();
    const renumbered = text.replace(/(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)"/g, (_, start, id) => {
      if (!ids.has(id)) ids.set(id, String(ids.size + 1));
      return `${start}${ids.get(id)}"`;
    });
    if (renumbered !== text) files["word/document.xml"] = strToU8(renumbered);
  }
  return files;
}

/** Zips the parts in a fixed order with fixed times, with `pages` (if given) as the saved page count. */
function packDocx(parts, pages) {
  const files = { ...parts };
  const app = files["docProps/app.xml"];
  if (pages !== undefined && app) {
    if (!Number.isInteger(pages) || pages < 1)
      throw new Error(`a page count must be a whole number from 1: ${pages}`);
    // The docx package writes an empty <Properties/>; Word puts <Pages> among its other counts.
    const text = strFromU8(app).replace(/<Pages>\d*<\/Pages>/, "");
    const withPages = /<Properties\b[^>]*\/>/.test(text)
      ? text.replace(/<Properties\b([^>]*?)\s*\/>/, `<Properties$1><Pages>${pages}</Pages></Properties>`)
      : text.replace(/<Properties\b[^>]*>/, (open) => `${open}<Pages>${pages}</Pages>`);
    if (!withPages.includes(`<Pages>${pages}</Pages>`))
      throw new Error("docProps/app.xml has no <Properties> element");
    files["docProps/app.xml"] = strToU8(withPages);
  }
  const names = Object.keys(files);
  // [Content_Types].xml first, as Word writes it; the rest in a fixed order.
  names.sort((a, b) =>
    a === "[Content_Types].xml" ? -1 : b === "[Content_Types].xml" ? 1 : a < b ? -1 : a > b ? 1 : 0,
  );
  const entries = {};
  for (const name of names) entries[name] = [files[name], { mtime: ZIP_TIME, level: 6 }];
  return zipSync(entries);
}

function wantsPdf(name) {
  const labels = join(corpusDir, `${name}.labels.yaml`);
  if (!existsSync(labels)) return false;
  return parseYaml(readFileSync(labels, "utf8"))?.pdf === true;
}

/** How many pages a PDF has. */
async function pdfPageCount(path) {
  const pdf = await PDFDocument.load(readFileSync(path), { updateMetadata: false, ignoreEncryption: true });
  return pdf.getPageCount();
}

/** LibreOffice (headless, a profile of its own in `dir`) converts the .docx files to PDF in `dir`. */
function libreOfficePdfs(docxPaths, dir) {
  const result = spawnSync(
    "soffice",
    [
      `-env:UserInstallation=file://${dir}/profile`,
      "--headless",
      "--convert-to",
      "pdf",
      "--outdir",
      dir,
      ...docxPaths,
    ],
    { encoding: "utf8", timeout: 1_200_000 },
  );
  if (result.status !== 0) throw new Error(`LibreOffice failed: ${result.stderr || result.error}`);
}

const hasLibreOffice = () => spawnSync("soffice", ["--version"], { encoding: "utf8" }).status === 0;

async function main() {
  const args = process.argv.slice(2);
  const noPdf = args.includes("--no-pdf");
  const all = args.includes("--all-pdf");
  const recount = args.includes("--recount");
  const only = args.filter((a) => !a.startsWith("--"));
  const names = readdirSync(corpusDir)
    .filter((f) => f.endsWith(".md") && f !== "README.md")
    .map((f) => f.slice(0, -3))
    .filter((n) => only.length === 0 || only.includes(n))
    .sort();
  const libreOffice = hasLibreOffice();
  if (!libreOffice)
    process.stderr.write(
      "soffice (LibreOffice) is not on the PATH: the .docx files written now say no page count, and no .pdf is made\n",
    );
  // A .docx whose parts and page count are on disk already is current. One whose Word content is the same but
  // says no page count (or --recount) only needs counting; its .pdf, made from the same content, stays.
  const parts = new Map();
  const contentChanged = new Set();
  for (const name of names) {
    const made = await docxParts(readFileSync(join(corpusDir, `${name}.md`), "utf8"));
    const path = join(corpusDir, `${name}.docx`);
    const existing = existsSync(path) ? new Uint8Array(readFileSync(path)) : undefined;
    const pages = existing && savedPageCount(existing);
    const same = existing !== undefined && Buffer.from(packDocx(made, pages)).equals(existing);
    if (same && !recount && (pages !== undefined || !libreOffice)) continue;
    parts.set(name, made);
    if (!same) contentChanged.add(name);
  }
  const work = mkdtempSync(join(tmpdir(), "corpus-pages-"));
  const written = new Set();
  try {
    // The page count Word writes on save is the pages it laid out: here, the pages of LibreOffice's PDF of the
    // file (without a count: a saved count changes nothing in LibreOffice's layout). Same file, same count.
    const counts = new Map();
    if (libreOffice && parts.size > 0) {
      const unpaged = [];
      for (const [name, made] of parts) {
        const path = join(work, `${name}.docx`);
        writeFileSync(path, packDocx(made));
        unpaged.push(path);
      }
      libreOfficePdfs(unpaged, work);
      for (const name of parts.keys()) counts.set(name, await pdfPageCount(join(work, `${name}.pdf`)));
    }
    for (const [name, made] of parts) {
      const docx = packDocx(made, counts.get(name));
      const path = join(corpusDir, `${name}.docx`);
      if (existsSync(path) && Buffer.from(docx).equals(readFileSync(path))) continue;
      writeFileSync(path, docx);
      written.add(name);
    }
    process.stdout.write(
      `${written.size} of ${names.length} .docx written (the rest were current)${counts.size ? `, ${counts.size} paged by LibreOffice` : ""}\n`,
    );
    // Every .docx of `names` is now what this script makes from its .md.
    writeBuiltRecord(corpusDir, names, builderStamp());
    if (noPdf || !libreOffice) return;
    // Only changed or missing PDFs are made again: LibreOffice's PDF carries its own timestamps, so remaking an
    // unchanged one would only churn the repository. A PDF just made for the count is that PDF.
    const pdfs = names.filter(
      (n) => wantsPdf(n) && (contentChanged.has(n) || all || !existsSync(join(corpusDir, `${n}.pdf`))),
    );
    const toConvert = pdfs.filter((n) => !counts.has(n));
    if (toConvert.length > 0) {
      const out = join(work, "pdf");
      libreOfficePdfs(
        toConvert.map((n) => join(corpusDir, `${n}.docx`)),
        out,
      );
      for (const name of toConvert) copyFileSync(join(out, `${name}.pdf`), join(work, `${name}.pdf`));
    }
    for (const name of pdfs) copyFileSync(join(work, `${name}.pdf`), join(corpusDir, `${name}.pdf`));
    if (pdfs.length > 0) process.stdout.write(`${pdfs.length} .pdf written by LibreOffice\n`);
    // A kept PDF of the same content has the same pages; say so if it does not (LibreOffice or its fonts changed).
    for (const name of names) {
      const pdf = join(corpusDir, `${name}.pdf`);
      const pages = savedPageCount(new Uint8Array(readFileSync(join(corpusDir, `${name}.docx`))));
      if (!wantsPdf(name) || !existsSync(pdf) || pages === undefined) continue;
      const pdfPages = await pdfPageCount(pdf);
      if (pdfPages !== pages)
        process.stderr.write(
          `${name}.pdf has ${pdfPages} pages where LibreOffice lays the .docx out in ${pages}: remake it with --all-pdf\n`,
        );
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
