/** PDF objects written as text (src/render/pdf/pdf-text.ts) are the bytes pdf-lib writes for the same objects. */
import { PDFDocument, PDFHexString, PDFName, PDFRef } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { destination } from "../src/render/pdf/outline.js";
import { PDFText, pdfArray, pdfDict, pdfTextString } from "../src/render/pdf/pdf-text.js";

const bytesOf = (object: { sizeInBytes(): number; copyBytesInto(b: Uint8Array, o: number): number }) => {
  const buffer = new Uint8Array(object.sizeInBytes() + 4);
  const written = object.copyBytesInto(buffer, 2);
  expect(written).toBe(object.sizeInBytes());
  return Buffer.from(buffer).toString("latin1");
};

describe("PDF objects as text", () => {
  it("writes a structure element as pdf-lib writes the same dictionary, byte for byte", async () => {
    const pdf = await PDFDocument.create();
    const { context } = pdf;
    const page = PDFRef.of(7);
    const mcr = context.obj({ Type: "MCR", Pg: page, MCID: 12 });
    const objr = context.obj({ Type: "OBJR", Obj: PDFRef.of(31), Pg: page });
    const theirs = context.obj({
      Type: "StructElem",
      S: "TH",
      P: PDFRef.of(3),
      K: [PDFRef.of(40), mcr, objr],
    });
    theirs.set(PDFName.of("Pg"), page);
    theirs.set(PDFName.of("Alt"), PDFHexString.fromText("Harbour Lights — logo"));
    theirs.set(PDFName.of("A"), context.obj({ O: "Table", Scope: PDFName.of("Column") }));
    const ours = new PDFText(
      pdfDict([
        ["Type", "/StructElem"],
        ["S", PDFName.of("TH").toString()],
        ["P", PDFRef.of(3).toString()],
        [
          "K",
          pdfArray([
            "40 0 R",
            pdfDict([
              ["Type", "/MCR"],
              ["Pg", page.toString()],
              ["MCID", "12"],
            ]),
            pdfDict([
              ["Type", "/OBJR"],
              ["Obj", "31 0 R"],
              ["Pg", "7 0 R"],
            ]),
          ]),
        ],
        ["Pg", "7 0 R"],
        ["Alt", PDFHexString.fromText("Harbour Lights — logo").toString()],
        [
          "A",
          pdfDict([
            ["O", "/Table"],
            ["Scope", "/Column"],
          ]),
        ],
      ]),
    );
    expect(ours.toString()).toBe(theirs.toString());
    expect(bytesOf(ours)).toBe(bytesOf(theirs));
    expect(pdfArray([])).toBe(context.obj([]).toString());
  });

  it("refuses text that is not ASCII (it would not be the bytes it says)", () => {
    const text = new PDFText("<<\n/T (café)\n>>");
    expect(() => text.copyBytesInto(new Uint8Array(64), 0)).toThrow(/ASCII/);
  });

  it("writes text strings and destinations as pdf-lib writes them (titles, /Contents, /Alt, outline and link targets)", async () => {
    for (const text of [
      "",
      "Harbour Lights — logo",
      "1.2 Who we are",
      "St Mary's (Little) \\ Stars",
      "𝔸 astral, ẞ, 漢",
    ])
      expect(pdfTextString(text)).toBe(PDFHexString.fromText(text).toString());
    const pdf = await PDFDocument.create();
    const page = PDFRef.of(12);
    expect(destination(page, 700.4)).toBe(pdf.context.obj([page, "XYZ", null, 700, null]).toString());
  });
});
