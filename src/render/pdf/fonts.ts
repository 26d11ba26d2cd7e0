/**
 * The PDF's fonts: DejaVu Sans (regular, bold, oblique, bold oblique) and DejaVu Sans Mono, subset-embedded.
 * The files come from the shell (font-files.ts: in Node the dejavu-fonts-ttf package) and are parsed once per
 * set given; glyph advances are cached per character, so measuring text never re-shapes it.
 */
import fontkit from "@pdf-lib/fontkit";
import {
  type PDFContext,
  type PDFDocument,
  type PDFFont,
  PDFHexString,
  type PDFRawStream,
  type PDFRef,
} from "pdf-lib";
import { scaledLimit } from "../block-cache.js";
import { type Compression, compression } from "../compress.js";
import { FONT_KEYS, type FontFiles, type FontKey, fontFiles as givenFontFiles } from "./font-files.js";
import { PDFText } from "./pdf-text.js";

export type { FontKey } from "./font-files.js";

/** The faces' PostScript-style names, as the PDF names the embedded fonts. */
const NAMES: Record<FontKey, string> = {
  regular: "DejaVuSans",
  bold: "DejaVuSans-Bold",
  italic: "DejaVuSans-Oblique",
  boldItalic: "DejaVuSans-BoldOblique",
  mono: "DejaVuSansMono",
};
/** Fixed subset tags (six capitals, as the PDF standard asks), so the bytes do not change from run to run. */
const TAGS: Record<FontKey, string> = {
  regular: "PSMAAA",
  bold: "PSMAAB",
  italic: "PSMAAC",
  boldItalic: "PSMAAD",
  mono: "PSMAAE",
};

interface FontData {
  bytes: Uint8Array;
  name: string;
  unitsPerEm: number;
  widths: Map<number, number>;
  /** Whether the font has a glyph for a code point, as asked so far: fontkit's answer is a cmap lookup each time. */
  covers: Map<number, boolean>;
  /** fontkit font, for glyph coverage and advances. */
  font: ReturnType<typeof fontkit.create>;
}

let loaded: { files: FontFiles; data: Record<FontKey, FontData> } | undefined;

/** The fonts given to provideFontFiles (font-files.ts), parsed; throws when none were given. */
export function fontData(): Record<FontKey, FontData> {
  const files = givenFontFiles();
  if (loaded?.files === files) return loaded.data;
  const entries = FONT_KEYS.map((key) => {
    const bytes = files[key];
    const font = fontkit.create(bytes as unknown as Parameters<typeof fontkit.create>[0]) as ReturnType<
      typeof fontkit.create
    >;
    const data: FontData = {
      bytes,
      name: NAMES[key],
      unitsPerEm: font.unitsPerEm,
      widths: new Map(),
      covers: new Map(),
      font,
    };
    return [key, data] as const;
  });
  loaded = { files, data: Object.fromEntries(entries) as Record<FontKey, FontData> };
  return loaded.data;
}

export class Fonts {
  readonly pdf: Record<FontKey, PDFFont>;
  private readonly data = fontData();

  /** Each font's text already written as glyph codes, for its glyph set (see includeInOrder); none without the cache. */
  private readonly literals: Partial<Record<FontKey, Map<string, string>>> = {};

  private constructor(
    pdf: Record<FontKey, PDFFont>,
    private readonly encoders = {} as Record<FontKey, Encoder>,
    private readonly cache = false,
  ) {
    this.pdf = pdf;
  }

  /**
   * Fonts for measuring only (laying a document out without writing a PDF, e.g. for the Word contents' page
   * numbers): widths and coverage are the same as embedded fonts', but nothing can be drawn with them.
   */
  static measuring(): Fonts {
    return new Fonts({} as Record<FontKey, PDFFont>);
  }

  /** @param cache reuse subset parts made for earlier documents with the same glyphs (the same bytes either way) */
  static async embed(doc: PDFDocument, cache = true): Promise<Fonts> {
    const data = fontData();
    // pdf-lib parses the font file again for every document; hand it the fonts parsed once per process.
    const parsed = new Map<Uint8Array, FontData["font"]>(
      FONT_KEYS.map((key) => [data[key].bytes, data[key].font]),
    );
    doc.registerFontkit({
      create: (bytes: Uint8Array) =>
        parsed.get(bytes) ?? fontkit.create(bytes as unknown as Parameters<typeof fontkit.create>[0]),
    } as unknown as typeof fontkit);
    const pdf = {} as Record<FontKey, PDFFont>;
    const encoders = {} as Record<FontKey, Encoder>;
    for (const key of FONT_KEYS) {
      pdf[key] = await doc.embedFont(data[key].bytes, {
        subset: true,
        customName: `${TAGS[key]}+${data[key].name}`,
      });
      encoders[key] = fastEncoding(pdf[key], data[key].font);
      cachedSubsetParts(pdf[key], key, doc, cache);
    }
    return new Fonts(pdf, encoders, cache);
  }

  /**
   * Puts each font's characters into its subset in code point order before any text is encoded, so the
   * subset depends only on which characters the document uses — not on the order they first appear in.
   * Policies from one template mostly use the same characters, so their subset font files are the same
   * and are made once (see cachedSubsetParts).
   */
  includeInOrder(texts: ReadonlyArray<{ font: FontKey; text: string }>): void {
    // A policy's pages hold some 100,000 characters of a few hundred kinds: a flag per code point finds the kinds.
    const chars = new Map<FontKey, { seen: Uint8Array; astral: Set<number>; list: number[] }>();
    for (const { font, text } of texts) {
      let used = chars.get(font);
      if (!used) {
        used = { seen: new Uint8Array(0x10000), astral: new Set(), list: [] };
        chars.set(font, used);
      }
      for (let i = 0; i < text.length; i++) {
        const unit = text.charCodeAt(i);
        // Nearly every character is one code unit: only a high surrogate may start a pair.
        if (unit < 0xd800 || unit > 0xdbff) {
          if (!used.seen[unit]) {
            used.seen[unit] = 1;
            used.list.push(unit);
          }
          continue;
        }
        const cp = codePointAt(text, i);
        if (cp > 0xffff) {
          i++;
          if (!used.astral.has(cp)) {
            used.astral.add(cp);
            used.list.push(cp);
          }
        } else if (!used.seen[cp]) {
          used.seen[cp] = 1;
          used.list.push(cp);
        }
      }
    }
    for (const [font, { list }] of chars) {
      this.pdf[font].encodeText(String.fromCodePoint(...list.sort((a, b) => a - b)));
      // The glyph codes of a text depend only on the subset's glyphs, in order: policies with the same glyphs (most
      // of a template's) share the codes of their texts, most of which are the template's own.
      if (this.cache) {
        const { glyphs } = (
          this.pdf[font] as unknown as { embedder: { glyphs: Array<{ id: number } | undefined> } }
        ).embedder;
        this.literals[font] = literalsFor(this.data, `${font}:${glyphs.map((g) => g?.id ?? -1).join(",")}`);
      }
    }
  }

  /**
   * Text as the font's glyph ids, two bytes each, escaped for a literal string (what a content stream shows
   * between parentheses); one character per byte, to be written as latin1.
   */
  literal(text: string, font: FontKey): string {
    const known = this.literals[font];
    if (!known) return this.encoders[font].literal(text);
    let codes = known.get(text);
    if (codes === undefined) {
      codes = this.encoders[font].literal(text);
      // Made by appending two characters at a time, the codes are a tree of one small string per character (about
      // 15 bytes of heap per byte of text): reading a character flattens them into one string before they are kept.
      codes.charCodeAt(0);
      if (known.size >= scaledLimit(LITERALS_PER_SET)) known.clear();
      known.set(text, codes);
    }
    return codes;
  }

  /** How many texts' glyph codes this document's glyph sets keep, all fonts together (tests, the bench). */
  literalsKept(): number {
    let kept = 0;
    for (const known of Object.values(this.literals)) kept += known?.size ?? 0;
    return kept;
  }

  /** Width of `text` in points, from cached glyph advances (what a PDF viewer uses to place the glyphs). */
  width(text: string, font: FontKey, size: number): number {
    const data = this.data[font];
    let units = 0;
    for (const char of text) {
      const cp = char.codePointAt(0) as number;
      let advance = data.widths.get(cp);
      if (advance === undefined) {
        advance = data.font.glyphForCodePoint(cp).advanceWidth;
        data.widths.set(cp, advance);
      }
      units += advance;
    }
    return (units * size) / data.unitsPerEm;
  }

  /**
   * Replaces characters the font lacks with "?" and reports each, every time it is met (the caller says it
   * once: a block laid out for one document is placed in others, and must say what it lacks in each).
   */
  cover(text: string, font: FontKey, onMissing: (char: string) => void): string {
    const data = this.data[font];
    const covered = (cp: number) => {
      let has = data.covers.get(cp);
      if (has === undefined) {
        has = data.font.hasGlyphForCodePoint(cp);
        data.covers.set(cp, has);
      }
      return has;
    };
    // Nearly all text is printed as it is: check it before copying it character by character.
    let clean = true;
    for (const char of text) {
      const cp = char.codePointAt(0) as number;
      if (cp < 0x20 || !covered(cp)) {
        clean = false;
        break;
      }
    }
    if (clean) return text;
    let out = "";
    for (const char of text) {
      const cp = char.codePointAt(0) as number;
      if (cp < 0x20 || covered(cp)) {
        out += cp < 0x20 ? " " : char;
        continue;
      }
      onMissing(char);
      out += "?";
    }
    return out;
  }
}

/**
 * The parts of a subset font that depend only on its glyphs, by font and glyph list: the compressed font file
 * (encoding a subset was a third of a PDF's time), the compressed ToUnicode map and the glyph widths (/W), each
 * made once for the policies that use the same characters. Made with the deflate in use (compress.ts), so the
 * cache starts afresh when the shell gives another.
 */
interface SubsetParts {
  fontFile?: Uint8Array;
  cmap?: Uint8Array;
  widths?: PDFText;
}
const subsets = new Map<string, SubsetParts>();
let subsetsFor: Compression | undefined;
const SUBSET_LIMIT = 64;

function subsetParts(id: string): SubsetParts {
  if (subsetsFor !== compression()) {
    subsets.clear();
    subsetsFor = compression();
  }
  let parts = subsets.get(id);
  if (parts)
    subsets.delete(id); // most recently used last
  else {
    parts = {};
    if (subsets.size >= SUBSET_LIMIT) subsets.delete(subsets.keys().next().value as string);
  }
  subsets.set(id, parts);
  return parts;
}

interface EmbedderInternals {
  glyphs: Array<{ id: number } | undefined>;
  serializeFont(): Promise<Uint8Array>;
  embedFontStream(context: PDFContext): Promise<PDFRef>;
  embedUnicodeCmap(context: PDFContext): PDFRef;
  computeWidths(): unknown[] | PDFText;
}

/**
 * The subset's font file, ToUnicode map and widths from the cache when a document uses the same glyphs as an
 * earlier one; made afresh, and not kept, when `cache` is false. The same objects, registered in the same order.
 */
function cachedSubsetParts(font: PDFFont, key: FontKey, pdf: PDFDocument, cache: boolean): void {
  const embedder = (font as unknown as { embedder: EmbedderInternals }).embedder;
  const parts = () =>
    cache ? subsetParts(`${key}:${embedder.glyphs.map((g) => g?.id ?? -1).join(",")}`) : ({} as SubsetParts);
  embedder.embedFontStream = async (context: PDFContext) => {
    const subset = parts();
    subset.fontFile ??= compression().zlib(await embedder.serializeFont());
    return context.register(context.stream(subset.fontFile, { Filter: "FlateDecode" }));
  };
  const unicodeCmap = embedder.embedUnicodeCmap.bind(embedder);
  embedder.embedUnicodeCmap = (context: PDFContext) => {
    const subset = parts();
    // As pdf-lib's context.flateStream (useNativeDeflate) makes it: the compressed map, filter FlateDecode.
    if (subset.cmap) return context.register(context.stream(subset.cmap, { Filter: "FlateDecode" }));
    const ref = unicodeCmap(context);
    subset.cmap = (context.lookup(ref) as PDFRawStream).contents;
    return ref;
  };
  const widths = embedder.computeWidths.bind(embedder);
  // The widths array as pdf-lib writes it, written once as text (hundreds of numbers per font).
  embedder.computeWidths = () => {
    const subset = parts();
    subset.widths ??= new PDFText(pdf.context.obj(widths() as never).toString());
    return subset.widths;
  };
}

/**
 * Texts' glyph codes by glyph set (font and subset glyph ids in order), the most recently used few sets, for the font
 * files in use (glyph ids mean other characters in other files).
 */
const literalSetsOf = new WeakMap<object, Map<string, Map<string, string>>>();
const LITERAL_SETS = 16;
/**
 * At the default cache budget; a thread given a smaller one (a build's workers) keeps fewer (scaledLimit: 2,000).
 * Each set gains the texts of every setting that uses it (names, addresses, dates: 4–5 a setting), so it is emptied
 * when full; a template's own texts, a few hundred a set, are then encoded once again.
 */
const LITERALS_PER_SET = 8_000;

function literalsFor(files: object, glyphSet: string): Map<string, string> {
  let literalSets = literalSetsOf.get(files);
  if (!literalSets) {
    literalSets = new Map();
    literalSetsOf.set(files, literalSets);
  }
  let known = literalSets.get(glyphSet);
  if (known) literalSets.delete(glyphSet);
  else {
    known = new Map();
    if (literalSets.size >= LITERAL_SETS) literalSets.delete(literalSets.keys().next().value as string);
  }
  literalSets.set(glyphSet, known);
  return known;
}

interface SubsetEmbedder {
  subset: { includeGlyph(glyph: unknown): number };
  glyphs: unknown[];
  glyphIdMap: Map<number, number>;
  glyphCache: { invalidate(): void };
  encodeText(text: string): PDFHexString;
}

/**
 * Replaces pdf-lib's encodeText, which runs fontkit's full OpenType shaping on every string (most of the
 * PDF's render time), by a per-character cmap lookup cached for the document. Our text needs no shaping:
 * ligatures and kerning are off and widths come from glyph advances (Fonts.width), so the glyphs are the
 * same. Scripts that need shaping (Arabic, Indic) would need the original path back.
 */
function fastEncoding(font: PDFFont, fontkitFont: FontData["font"]): Encoder {
  const embedder = (font as unknown as { embedder: SubsetEmbedder }).embedder;
  /** By code point: the glyph id in the subset. */
  const ids = new Map<number, number>();
  /** By code point: its glyph id as two bytes for a literal string (an array: read for every character). */
  const codes: string[] = [];
  const idOf = (cp: number): number => {
    let id = ids.get(cp);
    if (id === undefined) {
      const glyph = fontkitFont.glyphForCodePoint(cp) as unknown as { id: number };
      id = embedder.subset.includeGlyph(glyph);
      embedder.glyphs[id - 1] = glyph;
      embedder.glyphIdMap.set(glyph.id, id);
      embedder.glyphCache.invalidate();
      ids.set(cp, id);
    }
    return id;
  };
  const hex = (text: string) => {
    let out = "";
    for (let i = 0; i < text.length; i++) {
      const cp = codePointAt(text, i);
      if (cp > 0xffff) i++;
      out += idOf(cp).toString(16).padStart(4, "0");
    }
    return out;
  };
  const literal = (text: string) => {
    let out = "";
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      const cp = unit < 0xd800 || unit > 0xdbff ? unit : codePointAt(text, i);
      if (cp > 0xffff) i++;
      let code = codes[cp];
      if (code === undefined) {
        const id = idOf(cp);
        code = literalByte(id >> 8) + literalByte(id & 0xff);
        codes[cp] = code;
      }
      out += code;
    }
    return out;
  };
  embedder.encodeText = (text: string) => PDFHexString.of(hex(text));
  return { literal };
}

interface Encoder {
  /** Glyph ids, two bytes each, escaped for a literal string: one character a byte. */
  literal(text: string): string;
}

/**
 * A byte in a literal string: as it is, but for the parentheses and backslash, which are escaped, and a carriage
 * return, which a reader would take for a line feed.
 */
function literalByte(byte: number): string {
  if (byte === 0x28 || byte === 0x29 || byte === 0x5c) return `\\${String.fromCharCode(byte)}`;
  if (byte === 0x0d) return "\\r";
  return String.fromCharCode(byte);
}

/** The code point at index i, as String.prototype.codePointAt (a lone surrogate is itself), without its checks. */
function codePointAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  if (unit < 0xd800 || unit > 0xdbff || i + 1 >= text.length) return unit;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdfff ? (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000 : unit;
}
