/** headingPages: the page each heading starts on in our own PDF, for the Word contents list. */
import {
  PDFArray,
  PDFDict,
  PDFDocument,
  type PDFHexString,
  PDFName,
  type PDFRef,
  type PDFString,
} from "pdf-lib";
import { describe, expect, it } from "vitest";
import { headingPages } from "../src/render/pdf/heading-pages.js";
import { renderPdf } from "../src/render/pdf/index.js";
import { sampleDocument } from "./helpers/sample-document.js";

const paragraph =
  "Every member of staff and every volunteer knows who the designated safeguarding lead is, how to reach " +
  "them, and what to write down when a child tells them something that worries them.";
const markdown = [
  "# Child Protection Policy",
  "[TOC]",
  "## Who to tell",
  paragraph,
  "### Out of hours",
  paragraph,
  "## Recording concerns",
  ...Array.from({ length: 40 }, () => paragraph),
  "## Reviewing this policy",
  paragraph,
].join("\n\n");

/** Heading text → 1-based page, read from the outline of the PDF we write (what a reader's bookmarks show). */
async function outlinePages(bytes: Uint8Array): Promise<Map<string, number>> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const pageRefs = pdf.getPages().map((p) => p.ref);
  const out = new Map<string, number>();
  const walk = (ref: unknown) => {
    let item = ref ? pdf.context.lookup(ref as PDFRef, PDFDict) : undefined;
    while (item) {
      const title = (item.lookup(PDFName.of("Title")) as PDFHexString | PDFString).decodeText();
      const dest = item.lookup(PDFName.of("Dest"), PDFArray);
      const page = pageRefs.indexOf(dest.get(0) as PDFRef);
      out.set(title, page + 1);
      walk(item.get(PDFName.of("First")));
      const next = item.get(PDFName.of("Next"));
      item = next ? pdf.context.lookup(next as PDFRef, PDFDict) : undefined;
    }
  };
  walk(pdf.catalog.lookup(PDFName.of("Outlines"), PDFDict).get(PDFName.of("First")));
  return out;
}

describe("headingPages", () => {
  it("gives each heading's id the page it starts on, as the PDF places it", async () => {
    const doc = sampleDocument(markdown);
    const pages = await headingPages(doc);
    expect([...pages.keys()]).toEqual(doc.headings.map((h) => h.id));
    expect(pages.get("who-to-tell")).toBe(1);
    expect(pages.get("out-of-hours")).toBe(1);
    expect(pages.get("recording-concerns")).toBe(1);
    // Forty paragraphs later, the last section starts on a later page.
    expect(pages.get("reviewing-this-policy")).toBeGreaterThan(1);
    const outline = await outlinePages(await renderPdf(sampleDocument(markdown)));
    for (const heading of doc.headings)
      expect(pages.get(heading.id), heading.text).toBe(outline.get(heading.text));
  });

  it("lays a document out once: the PDF rendered afterwards is the same, bytes and warnings", async () => {
    const text = `${markdown}\n\n## Ends here 漢\n\nA character 漢 the font lacks.`;
    const fresh: string[] = [];
    const alone = await renderPdf(sampleDocument(text), { onWarning: (m) => fresh.push(m) });
    const doc = sampleDocument(text);
    const first = await headingPages(doc);
    expect(await headingPages(doc)).toEqual(first);
    const after: string[] = [];
    const rendered = await renderPdf(doc, { onWarning: (m) => after.push(m) });
    expect(Buffer.from(rendered).equals(Buffer.from(alone))).toBe(true);
    expect(after).toEqual(fresh);
    expect(after.filter((m) => m.includes("U+6F22"))).toHaveLength(1);
  });
});
