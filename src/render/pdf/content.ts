/**
 * Page content streams written directly as PDF operators (text as glyph ids from our cached encoder, two bytes
 * each in a literal string — half the bytes of hex for zlib to compress —, rules, fills) and compressed by the shell's deflate (compress.ts: Node's zlib in the CLI): several times faster
 * than pdf-lib's drawText, which re-validates, re-encodes and wraps every call in its own graphics state.
 */
import type { PDFDocument, PDFRef } from "pdf-lib";
import { compression } from "../compress.js";
import type { FontKey, Fonts } from "./fonts.js";

type Rgb = readonly [number, number, number];

/**
 * zlib's level for page content. A policy's pages are about 280 kB of operators, mostly glyph ids in hex, whose
 * long runs of zeros make zlib's default (6) search long match chains: 6–7 ms of CPU per policy, the largest
 * single cost of a PDF. Level 2 takes about 2 ms for 4% more bytes (the content streams 46 → 56 kB in a 258 kB
 * child-protection policy).
 */
const CONTENT_LEVEL = 2;
const n = (value: number) => (Math.round(value * 100) / 100).toString();
/**
 * Each colour's operands, and its fill operator, by its array: the layout's few constant colours colour nearly every
 * item, so each is written once per thread instead of three numbers per item. Colours are never changed.
 */
const colours = new WeakMap<Rgb, string>();
const fills = new WeakMap<Rgb, string>();
const colour = (c: Rgb) => {
  let text = colours.get(c);
  if (text === undefined) {
    text = `${n(c[0])} ${n(c[1])} ${n(c[2])}`;
    colours.set(c, text);
  }
  return text;
};
const fillOf = (c: Rgb) => {
  let text = fills.get(c);
  if (text === undefined) {
    text = `${colour(c)} rg `;
    fills.set(c, text);
  }
  return text;
};
/** Each font's selection at each size ("/F1 10.5 Tf "), as written. */
const fontOps = new Map<string, string>();
const fontOf = (font: FontKey, size: number) => {
  const key = `${font} ${size}`;
  let text = fontOps.get(key);
  if (text === undefined) {
    text = `/${FONT_RESOURCES[font]} ${n(size)} Tf `;
    fontOps.set(key, text);
  }
  return text;
};

export const FONT_RESOURCES: Record<FontKey, string> = {
  regular: "F1",
  bold: "F2",
  italic: "F3",
  boldItalic: "F4",
  mono: "F5",
};

/** Text waiting to be encoded: glyph ids are given once the document's characters are all known. */
interface TextOp {
  font: FontKey;
  text: string;
  /** Where its glyph codes go among the page's pieces. */
  slot: number;
}

/** Each role's marked-content opening up to its MCID ("/P <</MCID "). */
const openings = new Map<string, string>();
const opening = (role: string) => {
  let text = openings.get(role);
  if (text === undefined) {
    text = `/${role} <</MCID `;
    openings.set(role, text);
  }
  return text;
};

export class PageContent {
  /**
   * The page's operators as pieces, joined once into the stream's text (attach): a page's thousands of small
   * strings are not concatenated into ever longer ones, each a string of its own for the collector.
   */
  private readonly pieces: string[] = [];
  private readonly textOps: TextOp[] = [];
  /** The font (Tf) and fill colour (rg) set last on this page, as written. */
  private font = "";
  private fill = "";
  /** Marked-content id → structure element index, in MCID order (the page's entry in the ParentTree). */
  readonly marked: number[] = [];

  constructor(
    private readonly fonts: Fonts,
    private readonly roles: readonly string[],
  ) {}

  /** Starts an operator: operators are separated by a line feed. */
  private next(): string[] {
    const { pieces } = this;
    if (pieces.length > 0) pieces.push("\n");
    return pieces;
  }

  /** Text tagged with a structure element, or an artifact (running headers, leaders) when `tag` is undefined. */
  text(text: string, font: FontKey, size: number, x: number, y: number, color: Rgb, tag?: number): void {
    if (!text) return;
    const pieces = this.next();
    if (tag === undefined) pieces.push("/Artifact BMC BT ");
    else {
      pieces.push(opening(this.roles[tag]), String(this.marked.length), ">> BDC BT ");
      this.marked.push(tag);
    }
    // The font and fill colour stay set from one text object to the next (they are graphics state): each is
    // set only when it changes, which is a fifth of a page's operators otherwise.
    const tf = fontOf(font, size);
    if (tf !== this.font) {
      this.font = tf;
      pieces.push(tf);
    }
    const rg = fillOf(color);
    if (rg !== this.fill) {
      this.fill = rg;
      pieces.push(rg);
    }
    pieces.push(n(x), " ", n(y), " Td (", "", ") Tj ET EMC");
    this.textOps.push({ font, text, slot: pieces.length - 2 });
  }

  /** Every font's text on this page, for Fonts.includeInOrder. */
  texts(): ReadonlyArray<{ font: FontKey; text: string }> {
    return this.textOps;
  }

  /** Draws the XObject image named /Im1 (the logo), tagged as a figure. */
  image(x: number, y: number, w: number, h: number, tag?: number): void {
    const draw = `q ${n(w)} 0 0 ${n(h)} ${n(x)} ${n(y)} cm /Im1 Do Q`;
    const pieces = this.next();
    if (tag === undefined) pieces.push(`/Artifact BMC ${draw} EMC`);
    else {
      pieces.push(`/${this.roles[tag]} <</MCID ${this.marked.length}>> BDC ${draw} EMC`);
      this.marked.push(tag);
    }
  }

  line(x1: number, y1: number, x2: number, y2: number, width: number, color: Rgb): void {
    this.next().push(
      "/Artifact BMC ",
      n(width),
      " w ",
      colour(color),
      " RG ",
      n(x1),
      " ",
      n(y1),
      " m ",
      n(x2),
      " ",
      n(y2),
      " l S EMC",
    );
  }

  rect(x: number, y: number, w: number, h: number, fill: Rgb): void {
    this.fill = fillOf(fill);
    this.next().push("/Artifact BMC ", this.fill, n(x), " ", n(y), " ", n(w), " ", n(h), " re f EMC");
  }

  /** Writes the operators as the page's content stream; its page names the fonts (FONT_RESOURCES) and image. */
  attach(pdf: PDFDocument): PDFRef {
    const { pieces } = this;
    for (const op of this.textOps) pieces[op.slot] = this.fonts.literal(op.text, op.font);
    const stream = pdf.context.stream(compression().zlib(latin1(pieces.join("")), CONTENT_LEVEL), {
      Filter: "FlateDecode",
    });
    return pdf.context.register(stream);
  }
}

/** pdf-lib compresses font files with pako at level 6; the shell's deflate (Node's zlib) is much faster. */
export function useNativeDeflate(pdf: PDFDocument): void {
  const context = pdf.context as unknown as {
    flateStream: (contents: Uint8Array | string, dict?: Record<string, unknown>) => unknown;
    stream: (c: Uint8Array, d: Record<string, unknown>) => unknown;
  };
  context.flateStream = (contents, dict = {}) => {
    const bytes = typeof contents === "string" ? latin1(contents) : contents;
    return context.stream(compression().zlib(bytes), { ...dict, Filter: "FlateDecode" });
  };
}

const utf8 = new TextEncoder();

/** One byte per character (its low eight bits), as Node's Buffer.from(text, "latin1"). */
function latin1(text: string): Uint8Array {
  // Where a content stream is ASCII, UTF-8 gives the same bytes, natively, far faster than a loop.
  const encoded = utf8.encode(text);
  if (encoded.length === text.length) return encoded;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}
