/**
 * The PDF file written from a document's objects, byte for byte as pdf-lib's PDFWriter writes it without object
 * streams (header, objects in number order, cross-reference table, trailer), but in one pass over the objects:
 * objects written as text (pdf-text.ts) are joined and encoded together, a stream's contents are copied as a block
 * (pdf-lib copies them a byte at a time, after a pass that sizes every object), and nothing is awaited.
 */
import { type PDFContext, type PDFObject, PDFRawStream } from "pdf-lib";
import { PDFText } from "./pdf-text.js";

const ascii = new TextEncoder();
/** An offset's leading zeros in the cross-reference table: ten digits in all. */
const ZEROS = "0000000000";

/** What pdf-lib's PDFHeader.forVersion(1, 7) writes, and the blank line after it. */
const HEADER = [
  0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37, 0x0a, 0x25, 0x81, 0x81, 0x81, 0x81, 0x0a, 0x0a,
];

/** The bytes of a document whose objects are all in `context` (after PDFDocument.flush). */
export function pdfFile(context: PDFContext): Uint8Array {
  const objects = context.enumerateIndirectObjects();
  // The file as pieces: runs of ASCII text, and byte arrays (streams' contents, objects pdf-lib writes itself).
  const pieces: Array<string | Uint8Array> = [];
  let text = "";
  let size = HEADER.length;
  const offsets: number[] = [];
  const numbers: number[] = [];
  const bytes = (block: Uint8Array) => {
    if (text) pieces.push(text);
    text = "";
    pieces.push(block);
    size += block.length;
  };
  const write = (value: string) => {
    text += value;
    size += value.length;
  };
  for (const [ref, object] of objects) {
    numbers.push(ref.objectNumber);
    offsets.push(size);
    write(`${ref.objectNumber} ${ref.generationNumber} obj\n`);
    if (object instanceof PDFText) write(object.toString());
    else if (object instanceof PDFRawStream) {
      object.updateDict();
      bytes(ownBytes(object.dict));
      write("\nstream\n");
      bytes(object.contents);
      write("\nendstream");
    } else bytes(ownBytes(object));
    write("\nendobj\n\n");
  }
  const xrefOffset = size;
  // Subsections of consecutive object numbers, the first starting with the free entry for object 0.
  const xref: string[] = ["xref\n"];
  let heading = 1;
  xref.push("", "0000000000 65535 f \n");
  let start = 0;
  let count = 1;
  numbers.forEach((number, i) => {
    if (number - (i === 0 ? 0 : numbers[i - 1]) > 1) {
      xref[heading] = `${start} ${count}\n`;
      heading = xref.length;
      xref.push("");
      start = number;
      count = 0;
    }
    const offset = String(offsets[i]);
    xref.push(`${ZEROS.slice(offset.length)}${offset} 00000 n \n`);
    count++;
  });
  xref[heading] = `${start} ${count}\n`;
  write(`${xref.join("")}\n`);
  const { Root, Encrypt, Info, ID } = context.trailerInfo;
  let trailer = `trailer\n<<\n/Size ${context.largestObjectNumber + 1}\n`;
  for (const [key, value] of [
    ["Root", Root],
    ["Encrypt", Encrypt],
    ["Info", Info],
    ["ID", ID],
  ] as const)
    if (value !== undefined) trailer += `/${key} ${latin1Text(ownBytes(value))}\n`;
  write(`${trailer}>>\n\nstartxref\n${xrefOffset}\n%%EOF`);
  pieces.push(text);

  const file = new Uint8Array(size);
  file.set(HEADER, 0);
  let at = HEADER.length;
  for (const piece of pieces) {
    if (typeof piece !== "string") {
      file.set(piece, at);
      at += piece.length;
      continue;
    }
    const { read, written } = ascii.encodeInto(piece, file.subarray(at, at + piece.length));
    if (read !== piece.length || written !== piece.length)
      throw new Error("pdfFile: an object written as text is not ASCII");
    at += written;
  }
  if (at !== size) throw new Error(`pdfFile: wrote ${at} bytes of ${size}`);
  return file;
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
