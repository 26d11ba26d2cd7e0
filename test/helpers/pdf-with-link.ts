/**
 * A one-page PDF made with pdf-lib, read back as a policy: each of `lines` printed in turn, with a Link annotation to
 * `url` over the words `linked` when given, and a page footer line at the foot of the page when `footer` is given
 * (shared by the empty-link PDF tests).
 */
import { PDFDocument, PDFName, PDFString, StandardFonts } from "pdf-lib";
import { readDocumentBytes } from "../../src/audit/sources/read-bytes.js";

export async function pdfWithLink(lines: string[], linked?: { words: string; url: string }, footer?: string) {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const annotations = [];
  for (const [i, line] of lines.entries()) {
    const y = 780 - i * 16;
    page.drawText(line, { x: 56, y, size: 11, font });
    const at = linked ? line.indexOf(linked.words) : -1;
    if (!linked || at < 0) continue;
    const left = 56 + font.widthOfTextAtSize(line.slice(0, at), 11);
    const right = left + font.widthOfTextAtSize(linked.words, 11);
    annotations.push(
      pdf.context.obj({
        Type: "Annot",
        Subtype: "Link",
        Rect: [left, y - 3, right, y + 10],
        Border: [0, 0, 0],
        A: { S: "URI", URI: PDFString.of(linked.url) },
      }),
    );
  }
  if (footer) page.drawText(footer, { x: 56, y: 40, size: 9, font });
  if (annotations.length > 0) page.node.set(PDFName.of("Annots"), pdf.context.obj(annotations));
  return readDocumentBytes(await pdf.save(), "policy.pdf");
}
