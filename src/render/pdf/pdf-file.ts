/**
 * The PDF file written from a document's objects, byte for byte as pdf-lib's PDFWriter writes it without object
 * streams (header, objects in number order, cross-reference table, trailer), but in one pass over the objects:
 * objects written as text (pdf-text.ts) are joined and encoded together, a stream's contents are copied as a block
 * (pdf-lib copies them a byte at a time, after a pass that sizes every object), and nothing is awaited.
 */
import { type PDFContext, type PDFObject, PDFRawStream } from "pdf-lib";
import { PDFText } from "./pdf-text.js";

const ascii = new TextEncoder();
/** What pdf-lib's PDFHeader.forVersion(1, 7) writes, and the blank line after it. */
const HEADER = [
  0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0x81, 0x81, 0x81, 0x81, 0x0a, 0x0a,
];

/** The fixed text around objects, as bytes: copied into place, not encoded through a view made for each. */
const OBJ = ascii.encode(" obj\n");
const ENDOBJ = ascii.encode("\nendobj\n\n");
const STREAM = ascii.encode("\nstream\n");
const ENDSTREAM = ascii.encode("\nendstream");
const IN_USE = ascii.encode(" 00000 n \n");

/** The bytes of a document whose objects are all in `context` (after PDFDocument.flush). */
export function pdfFile(context: PDFContext): Uint8Array {
  const objects = context.enumerateIndirectObjects();
  // Sized first, then written straight into the file's bytes: no text of the whole file is built (a tree of
  // thousands of small strings, flattened again to be encoded) and no string is made per cross-reference entry.
  const offsets = new Array<number>(objects.length);
  let size = HEADER.length;
  for (let i = 0; i < objects.length; i++) {
    const [ref, object] = objects[i];
    offsets[i] = size;
    // "n g obj\n" … "\nendobj\n\n"
    size += digits(ref.objectNumber) + digits(ref.generationNumber) + 6 + 9;
    if (object instanceof PDFText) size += object.sizeInBytes();
    else if (object instanceof PDFRawStream) {
      object.updateDict();
      // dictionary "\nstream\n" contents "\nendstream"
      size += object.dict.sizeInBytes() + 8 + object.contents.length + 10;
    } else size += object.sizeInBytes();
  }
  const xrefOffset = size;
  // Subsections of consecutive object numbers, the first starting with the free entry for object 0: [start, count].
  const subsections: Array<[number, number]> = [[0, 1]];
  objects.forEach(([ref], i) => {
    const number = ref.objectNumber;
    if (number - (i === 0 ? 0 : objects[i - 1][0].objectNumber) > 1) subsections.push([number, 0]);
    subsections[subsections.length - 1][1]++;
  });
  let xref = "xref\n".length + 20 * (objects.length + 1);
  for (const [start, count] of subsections) xref += digits(start) + 1 + digits(count) + 1;
  const { Root, Encrypt, Info, ID } = context.trailerInfo;
  let trailer = `\ntrailer\n<<\n/Size ${context.largestObjectNumber + 1}\n`;
  for (const [key, value] of [
    ["Root", Root],
    ["Encrypt", Encrypt],
    ["Info", Info],
    ["ID", ID],
  ] as const)
    if (value !== undefined) trailer += `/${key} ${latin1Text(ownBytes(value))}\n`;
  trailer += `>>\n\nstartxref\n${xrefOffset}\n%%EOF`;
  size += xref + trailer.length;

  const file = new Uint8Array(size);
  file.set(HEADER, 0);
  let at = HEADER.length;
  const bytes = (value: Uint8Array) => {
    file.set(value, at);
    at += value.length;
  };
  const text = (value: string) => {
    const { read, written } = ascii.encodeInto(value, file.subarray(at, at + value.length));
    if (read !== value.length || written !== value.length)
      throw new Error("pdfFile: an object written as text is not ASCII");
    at += written;
  };
  const int = (value: number) => {
    const length = digits(value);
    for (let i = at + length - 1, rest = value; i >= at; i--, rest = Math.floor(rest / 10))
      file[i] = 0x30 + (rest % 10);
    at += length;
  };
  for (const [ref, object] of objects) {
    int(ref.objectNumber);
    file[at++] = 0x20;
    int(ref.generationNumber);
    bytes(OBJ);
    if (object instanceof PDFText) text(object.toString());
    else if (object instanceof PDFRawStream) {
      at += object.dict.copyBytesInto(file, at);
      bytes(STREAM);
      bytes(object.contents);
      bytes(ENDSTREAM);
    } else at += object.copyBytesInto(file, at);
    bytes(ENDOBJ);
  }
  if (at !== xrefOffset)
    throw new Error(`pdfFile: the objects took ${at - HEADER.length} bytes, not ${xrefOffset}`);
  text("xref\n");
  let entry = 0;
  for (const [start, count] of subsections) {
    int(start);
    file[at++] = 0x20;
    int(count);
    file[at++] = 0x0a;
    for (let i = 0; i < count; i++, entry++) {
      if (entry === 0) text("0000000000 65535 f \n");
      else {
        // Ten digits, zero-padded, then " 00000 n \n".
        for (let d = at + 9, rest = offsets[entry - 1]; d >= at; d--, rest = Math.floor(rest / 10))
          file[d] = 0x30 + (rest % 10);
        at += 10;
        bytes(IN_USE);
      }
    }
  }
  text(trailer);
  if (at !== size) throw new Error(`pdfFile: wrote ${at} bytes of ${size}`);
  return file;
}

/** How many decimal digits a non-negative integer has. */
function digits(value: number): number {
  let count = 1;
  for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) count++;
  return count;
}

/** An object as pdf-lib writes it (its own bytes: a name or string may hold bytes beyond ASCII). */
function ownBytes(object: PDFObject): Uint8Array {
  const out = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(out, 0);
  return out;
}

function latin1Text(bytes: Uint8Array): string {
  let out = "";
  for (const byte of bytes) out += String.fromCharCode(byte);
  return out;
}
