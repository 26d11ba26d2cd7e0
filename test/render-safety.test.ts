/**
 * The renderers' own defences, whatever reaches them: only http(s), mailto, tel and #anchor targets become
 * links (HTML href/src, Word relationship targets, PDF /URI); characters XML forbids never reach a file.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { XMLValidator } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import { Parser } from "htmlparser2";
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from "pdf-lib";
import { afterAll, describe, expect, it } from "vitest";
import type { PolicyDocument } from "../src/model.js";
import { renderDocx } from "../src/render/docx/index.js";
import { renderHtml } from "../src/render/html.js";
import { renderPdf } from "../src/render/pdf/index.js";
import { firstDisallowedCharacter } from "../src/text/encoding.js";
import { sampleDocument } from "./helpers/sample-document.js";
import { convertWithLibreOfficeAsync, toolsAvailable } from "./helpers/tools.js";

const haveQpdf = toolsAvailable("PDF structure check", "qpdf");
const haveOffice = toolsAvailable("Word output in LibreOffice", "soffice");
const dir = mkdtempSync(join(tmpdir(), "policysmith-safety-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ALLOWED_TARGET = /^(?:https?:|mailto:|tel:|#)/i;

const HOSTILE_LINKS = [
  "# Links",
  "",
  "## Purpose",
  "",
  "Script [alpha](javascript:alert(1)) and [beta](JaVaScRiPt:alert(2)) and [gamma](data:text/html;base64,PHNjcmlwdD4=).",
  "",
  "Also [delta](vbscript:msgbox) and [epsilon](file:///etc/passwd) and <javascript:alert(3)>.",
  "",
  "An image ![zeta](javascript:alert(4)) and a reference [eta][bad].",
  "",
  "Good: [web](https://example.org/a_(b)\\c), [mail](mailto:dsl@example.org), [phone](tel:+441234567890), [up](#purpose).",
  "",
  "[bad]: javascript:alert(5)",
  "",
].join("\n");

function attributes(html: string): Array<[string, string, string]> {
  const found: Array<[string, string, string]> = [];
  const parser = new Parser({
    onopentag(name, attrs) {
      for (const [key, value] of Object.entries(attrs)) found.push([name, key, value]);
    },
  });
  parser.write(html);
  parser.end();
  return found;
}

/** Every link target a PDF's annotations hold. */
async function pdfUris(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  const uris: string[] = [];
  for (const page of pdf.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of("Annots"), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const annot = annots?.lookup(i, PDFDict);
      const action = annot?.lookupMaybe(PDFName.of("A"), PDFDict);
      const uri = action?.lookup(PDFName.of("URI"));
      if (uri instanceof PDFString || uri instanceof PDFHexString) uris.push(uri.decodeText());
    }
  }
  return uris;
}

function checkPdf(bytes: Uint8Array, name: string): void {
  if (!haveQpdf) return;
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  const check = spawnSync("qpdf", ["--check", file], { encoding: "utf8" });
  expect(check.status, `${check.stdout}\n${check.stderr}`).toBe(0);
}

describe("links in rendered documents", () => {
  it("HTML: only http(s), mailto, tel and # targets are links; the words of the others stay", () => {
    const html = renderHtml(sampleDocument(HOSTILE_LINKS));
    for (const [tag, key, value] of attributes(html))
      if (key === "href" || (key === "src" && tag !== "img"))
        expect(value, `${tag} ${key}`).toMatch(ALLOWED_TARGET);
    for (const [tag, key, value] of attributes(html))
      if (tag === "img" && key === "src") expect(value).not.toMatch(/javascript/i);
    // The words of a refused link stay (an autolink's words are its address), but never in an attribute.
    expect(html).not.toMatch(/=\s*"?\s*(?:javascript|vbscript|file|data):/i);
    for (const words of ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"]) expect(html).toContain(words);
    expect(html).toContain('href="https://example.org/a_(b)%5Cc"');
    expect(html).toContain('href="mailto:dsl@example.org"');
    expect(html).toContain('href="tel:+441234567890"');
  });

  it("Word: only http(s), mailto and tel relationship targets", async () => {
    const files = unzipSync(await renderDocx(sampleDocument(HOSTILE_LINKS)));
    const rels = strFromU8(files["word/_rels/document.xml.rels"]);
    const external = [...rels.matchAll(/<Relationship [^>]*>/g)]
      .map((m) => m[0])
      .filter((r) => r.includes('TargetMode="External"'))
      .map((r) => /Target="([^"]*)"/.exec(r)?.[1] ?? "");
    expect(external.sort()).toEqual(
      ["https://example.org/a_(b)\\c", "mailto:dsl@example.org", "tel:+441234567890"].sort(),
    );
    const document = strFromU8(files["word/document.xml"]);
    for (const words of ["alpha", "beta", "gamma", "delta", "epsilon", "zeta"])
      expect(document).toContain(words);
  });

  it("PDF: only http(s), mailto and tel URIs, and the file is well formed", async () => {
    const bytes = await renderPdf(sampleDocument(HOSTILE_LINKS));
    const uris = await pdfUris(bytes);
    expect(uris.sort()).toEqual(
      ["https://example.org/a_(b)\\c", "mailto:dsl@example.org", "tel:+441234567890"].sort(),
    );
    checkPdf(bytes, "links");
  });

  it("a link that reaches a renderer directly (not through Markdown) is still refused", async () => {
    const doc = sampleDocument("# T\n\nSee [here](https://example.org).\n");
    const paragraph = doc.tree.children[1] as { children: Array<{ type: string; url?: string }> };
    const link = paragraph.children.find((c) => c.type === "link");
    if (!link) throw new Error("no link in the sample");
    link.url = "javascript:alert(1)";
    expect(renderHtml(doc)).not.toContain("javascript:");
    expect(strFromU8(unzipSync(await renderDocx(doc))["word/_rels/document.xml.rels"])).not.toContain(
      "javascript:",
    );
    expect(await pdfUris(await renderPdf(doc))).toEqual([]);
  });
});

/** Non-characters, C0 controls, a lone high and a lone low surrogate (the "!" keeps them apart). */
describe("link targets with XML's special characters", () => {
  it("stay well formed in every Word part and PDF", async () => {
    const doc = sampleDocument(
      "# T\n\nSee [q](https://example.org/?a=\"1\"&b=%3C2%3E&c='3') and [m](mailto:a&b@example.org?subject=x).\n",
    );
    const paragraph = doc.tree.children[1] as { children: Array<{ type: string; url?: string }> };
    const links = paragraph.children.filter((c) => c.type === "link");
    expect(links).toHaveLength(2);
    links[0].url = `https://example.org/?a="1"&b=<2>&c='3'`;
    const files = unzipSync(await renderDocx(doc));
    expect(strFromU8(files["word/_rels/document.xml.rels"])).toContain("mailto:a&amp;b@example.org");
    for (const name of Object.keys(files).filter((n) => /\.(xml|rels)$/.test(n)))
      expect(XMLValidator.validate(strFromU8(files[name])), name).toBe(true);
    checkPdf(await renderPdf(doc), "special");
  });
});

const ILLEGAL = "\uFFFE\uFFFF\u0001\u0008\u000B\u001F\uD800!\uDFFF";

function hostileText(): PolicyDocument {
  const doc = sampleDocument(
    [
      `# Policy ${ILLEGAL}title`,
      "",
      `## Purpose ${ILLEGAL}`,
      "",
      `Text with ${ILLEGAL} in it and a [link ${ILLEGAL}](https://example.org/${ILLEGAL}x).`,
      "",
      "| Name | Phone |",
      "|---|---|",
      `| Ada ${ILLEGAL} | 01234 ${ILLEGAL} |`,
      "",
      "```",
      `code ${ILLEGAL}`,
      "```",
      "",
    ].join("\n"),
  );
  doc.meta = {
    ...doc.meta,
    title: `Child ${ILLEGAL}Protection`,
    settingName: `St ${ILLEGAL}Mary's`,
    author: `St ${ILLEGAL}Mary's`,
    subject: `Subject ${ILLEGAL}`,
    keywords: [`key${ILLEGAL}word`],
    version: `4${ILLEGAL}.0`,
    nextReviewText: `15 September ${ILLEGAL}2026`,
  };
  return doc;
}

describe("characters XML forbids", () => {
  it("Word: every XML part is well formed and free of them (document, core properties, header, footer)", async () => {
    const files = unzipSync(await renderDocx(hostileText()));
    const names = Object.keys(files).filter((n) => n.endsWith(".xml") || n.endsWith(".rels"));
    expect(names).toContain("docProps/core.xml");
    expect(names.some((n) => n.startsWith("word/header"))).toBe(true);
    for (const name of names) {
      const xml = strFromU8(files[name]);
      expect(firstDisallowedCharacter(xml), name).toBeUndefined();
      expect(XMLValidator.validate(xml), name).toBe(true);
    }
    const document = strFromU8(files["word/document.xml"]);
    expect(document).toContain("Text with ! in it");
    expect(strFromU8(files["docProps/core.xml"])).toContain("St !Mary&apos;s");
  });

  it.runIf(haveOffice)("Word: LibreOffice opens the file and shows the words around them", async () => {
    const file = join(dir, "illegal.docx");
    writeFileSync(file, await renderDocx(hostileText()));
    const lo = await convertWithLibreOfficeAsync([file], "txt:Text", dir, 180_000);
    expect(lo.status, lo.stderr).toBe(0);
    expect(readFileSync(join(dir, "illegal.txt"), "utf8")).toContain("Text with ! in it");
  });

  it("HTML and PDF: none of them in the output, and the PDF is well formed", async () => {
    const doc = hostileText();
    const html = renderHtml(doc);
    expect(firstDisallowedCharacter(html)).toBeUndefined();
    expect(html).toContain("Text with ! in it");
    const pdf = await renderPdf(doc);
    checkPdf(pdf, "illegal");
  });
});
