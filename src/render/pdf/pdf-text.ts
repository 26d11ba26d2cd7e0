/**
 * PDF objects written as text directly, byte for byte as pdf-lib writes the same dictionary or array: for the
 * hundreds of small objects of a tagged PDF (structure elements), where building pdf-lib's objects (a Map, names,
 * numbers and refs per entry) and then sizing and serialising them was a fifth of a policy's render time.
 * Only for objects nothing reads back: pdf-lib sees an opaque object it writes as it is.
 */
import { PDFObject } from "pdf-lib";

const ascii = new TextEncoder();

/** An indirect object's text (ASCII), written as it is. */
export class PDFText extends PDFObject {
  constructor(private readonly text: string) {
    super();
  }

  clone(): PDFText {
    return new PDFText(this.text);
  }

  toString(): string {
    return this.text;
  }

  sizeInBytes(): number {
    return this.text.length;
  }

  copyBytesInto(buffer: Uint8Array, offset: number): number {
    const { text } = this;
    // ASCII is the same in UTF-8, and the native encoder is many times faster than a loop over the characters.
    const { read, written } = ascii.encodeInto(text, buffer.subarray(offset, offset + text.length));
    if (read !== text.length || written !== text.length)
      throw new Error(
        `PDFText: only ASCII can be written as it is, not ${JSON.stringify(text.slice(0, 80))}`,
      );
    return text.length;
  }
}

/** A dictionary as pdf-lib's PDFDict writes it; keys are plain names, values already written as PDF. */
export function pdfDict(entries: ReadonlyArray<readonly [string, string]>): string {
  let text = "<<\n";
  for (const [key, value] of entries) text += `/${key} ${value}\n`;
  return `${text}>>`;
}

/** An array as pdf-lib's PDFArray writes it. */
export function pdfArray(values: readonly string[]): string {
  let text = "[ ";
  for (const value of values) text += `${value} `;
  return `${text}]`;
}

/** Each UTF-16 code unit's four hex digits, as they are first needed. */
const hex4: string[] = [];

/**
 * A text string (titles, /Contents, /Alt) as pdf-lib's PDFHexString.fromText writes it: UTF-16BE with a byte
 * order mark, in hex, without building pdf-lib's array of code units and string per unit.
 */
export function pdfTextString(text: string): string {
  let out = "<FEFF";
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    let digits = hex4[unit];
    if (digits === undefined) {
      digits = unit.toString(16).toUpperCase().padStart(4, "0");
      hex4[unit] = digits;
    }
    out += digits;
  }
  return `${out}>`;
}
