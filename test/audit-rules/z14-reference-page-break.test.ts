/**
 * From the fourteenth held-out set (issue 11), in our own words; every name is invented.
 * A PDF's page can break in the middle of a reference: "… (for the appeals process, see" at the foot of one page,
 * then the running footer, the next page's running header, and "section 9 – Appeals.)" at the top of the next.
 * A line that starts "Section 9 – …" is most often a heading or a label, but here the sentence before it — read
 * past the page's running footer and header, which are not part of it — broke off at "see", so it is a reference,
 * and section 9 of a five-section policy does not exist. A line "Section 4 – …" at the top of a page after a
 * sentence that ended stays a label.
 */
import { PDFDocument, type PDFFont, StandardFonts } from "pdf-lib";
import { describe, expect, it } from "vitest";
import type { SourceDocument } from "../../src/audit/rule.js";
import { rule as sectionReference } from "../../src/audit/rules/section-reference.js";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";
import { found, run } from "../fixtures/structure/documents.js";

const FILLER =
  "Every volunteer at Brackenfield Wheelers reads this policy and follows it at every ride and every event.";

/**
 * An untagged A4 PDF: numbered bold headings, filler paragraphs, a running header and footer on each page, and
 * `lastLine` as the last line of page 1 with `firstLine` the first of page 2.
 */
async function policy(lastLine: string, firstLine: string): Promise<SourceDocument> {
  const pdf = await PDFDocument.create();
  const regular: PDFFont = await pdf.embedFont(StandardFonts.Helvetica);
  const bold: PDFFont = await pdf.embedFont(StandardFonts.HelveticaBold);
  const newPage = () => {
    const page = pdf.addPage([595, 842]);
    page.drawText("Brackenfield Wheelers · Safeguarding Policy · Youth Section", {
      x: 72,
      y: 800,
      size: 8,
      font: regular,
    });
    page.drawText("Brackenfield Wheelers – printed copies may be out of date", {
      x: 72,
      y: 40,
      size: 8,
      font: regular,
    });
    return page;
  };
  let page = newPage();
  let y = 770;
  const line = (text: string, options: { heading?: boolean } = {}) => {
    const size = options.heading ? 13 : 10;
    y -= options.heading ? 24 : 13;
    page.drawText(text, { x: 72, y, size, font: options.heading ? bold : regular });
  };
  const titles = ["Why we have this policy", "Who to tell", "Rides and events", "Photographs", "Complaints"];
  for (const [i, title] of titles.slice(0, 3).entries()) {
    line(`${i + 1}. ${title}`, { heading: true });
    for (let k = 0; k < 12; k++) line(FILLER);
  }
  y = 80;
  line(lastLine);
  page = newPage();
  y = 770;
  line(firstLine);
  for (let k = 0; k < 6; k++) line(FILLER);
  for (const [i, title] of titles.slice(3).entries()) {
    line(`${i + 4}. ${title}`, { heading: true });
    for (let k = 0; k < 6; k++) line(FILLER);
  }
  return readDocumentBytes(await pdf.save(), "policy.pdf");
}

const reported = async (lastLine: string, firstLine: string) => {
  const document = await policy(lastLine, firstLine);
  return found(run(sectionReference, document), document);
};

describe("a reference broken by a PDF's page break", () => {
  it("is read past the running footer and header", async () => {
    expect(
      await reported(
        "Parents may question a decision (for the appeals process, see",
        "section 9 – Appeals.)",
      ),
    ).toEqual(["section 9"]);
    expect(
      await reported("Lost riders are looked for as set out in", "section 8: Missing riders, without delay."),
    ).toEqual(["section 8"]);
  });

  it("leaves a label at the top of the page alone after a sentence that ended", async () => {
    expect(
      await reported(
        "Ride leaders carry a charged phone on every ride.",
        "Section 9 – Appeals are heard by the chair",
      ),
    ).toEqual([]);
  });
});
