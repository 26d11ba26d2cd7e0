/**
 * The PDF's typeface in the Word file: DejaVu Sans, embedded the way Word embeds fonts (fontTable.xml's
 * w:embedRegular … pointing at obfuscated .odttf parts, w:embedTrueTypeFonts in settings.xml), so Word and
 * LibreOffice show the same letters as the PDF on a computer that does not have the font.
 * Each face is a subset (font-subset.ts): the characters the document shows (text, list bullets) and a fixed
 * set for a DSL's edits — Latin letters with the accents of European names (Latin-1, Latin Extended-A),
 * punctuation, £ € ™ and arrows. LibreOffice draws every character in the embedded face and does not fall back
 * to another font for one it lacks (it shows a box), so the editing set matters: a character outside it that
 * someone types later shows as a box there. The obfuscation key is derived from the subset's bytes, not drawn
 * at random, so the same document gives the same bytes.
 */
import { subsetFont } from "./font-subset.js";

export type Face = "regular" | "bold" | "italic" | "boldItalic";

export interface EmbeddedFamily {
  /** The family name the document's runs and styles use, e.g. "DejaVu Sans". */
  name: string;
  /** The faces' font files; a face without a file is not embedded. */
  faces: Partial<Record<Face, Uint8Array>>;
  /** Monospaced (a code font): tells Word which kind of font to put in its place if it cannot use these. */
  fixedPitch?: boolean;
}

const ELEMENT: Record<Face, string> = {
  regular: "w:embedRegular",
  bold: "w:embedBold",
  italic: "w:embedItalic",
  boldItalic: "w:embedBoldItalic",
};
const FONT_RELATIONSHIP = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/font";

const unescapeXml = (text: string) =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n: string) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&amp;/g, "&");

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/**
 * What a DSL may type into the policy in Word or LibreOffice: printable ASCII, Latin-1 and Latin Extended-A
 * (é, ñ, ł, ş, ŵ …), general punctuation (– — ‘ ’ “ ” • …), €, №, ™, arrows and the list bullets.
 */
export const EDITING_CHARACTERS: readonly number[] = [
  ...range(0x20, 0x7e),
  ...range(0xa0, 0x17f),
  ...range(0x2010, 0x2027),
  ...range(0x2030, 0x203a),
  0x20ac,
  0x2116,
  0x2122,
  ...range(0x2190, 0x2193),
  0x25a0,
  0x25aa,
  0x25cb,
  0x25cf,
  0x25e6,
];

const EDITING = new Set(EDITING_CHARACTERS);

/** The characters of a string that the editing set lacks, each once, in order of code point. */
export function beyondEditing(characters: string): number[] {
  const out = new Set<number>();
  for (const char of characters) {
    const code = char.codePointAt(0) as number;
    if (!EDITING.has(code)) out.add(code);
  }
  return [...out].sort((a, b) => a - b);
}

/** The characters of a part's text runs (w:t), added to `into`. */
export function textCharacters(xml: string, into = new Set<number>()): Set<number> {
  for (const match of xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g))
    for (const char of unescapeXml(match[1])) into.add(char.codePointAt(0) as number);
  return into;
}

/**
 * Every character the document shows (body, headers, footers, list bullets), and the editing set. `body`, when
 * given, is what the body's text runs hold (word/document.xml is then not read again).
 */
export function documentCharacters(parts: ReadonlyMap<string, string>, body?: Iterable<number>): Set<number> {
  const codes = new Set<number>(EDITING_CHARACTERS);
  if (body) for (const code of body) codes.add(code);
  for (const [name, xml] of parts) {
    if (name === "word/document.xml" && body) continue;
    if (name === "word/document.xml") textCharacters(xml, codes);
    else if (SHOWN.test(name)) for (const code of partCharacters(name, xml)) codes.add(code);
  }
  return codes;
}

/** The parts besides the body whose characters the document shows (with word/numbering.xml's list bullets). */
const SHOWN = /^word\/(?:(?:header\d*|footer\d*|footnotes|endnotes)\.xml|numbering\.xml)$/;

/**
 * A small part's characters the editing set lacks, kept for the part's text (not the body's, too big to keep as a
 * key): the numbering, notes and often the footer are the same strings in every document, and each was read with a
 * regular expression every time.
 */
const partsRead = new Map<string, number[]>();

function partCharacters(name: string, xml: string): number[] {
  const key = `${name}\u0001${xml}`;
  let extra = partsRead.get(key);
  if (extra === undefined) {
    const codes = new Set<number>();
    if (name === "word/numbering.xml")
      for (const match of xml.matchAll(/<w:lvlText w:val="([^"]*)"/g))
        for (const char of unescapeXml(match[1])) codes.add(char.codePointAt(0) as number);
    else textCharacters(xml, codes);
    extra = [...codes].filter((code) => !EDITING.has(code)).sort((a, b) => a - b);
    if (partsRead.size >= 64) partsRead.clear();
    partsRead.set(key, extra);
  }
  return extra;
}

/** Italic text in WordprocessingML: direct italics or a style that is italic (Quote, headings 5–6). */
export const ITALICS =
  /<w:i\/>|<w:i w:val="(?:true|1|on)"\/>|<w:pStyle w:val="(?:Quote|Heading5|Heading6)"\/>/;

/** Whether the document shows italic text: direct italics or a style that is italic (Quote, headings 5–6). */
export function usesItalics(parts: ReadonlyMap<string, string>): boolean {
  return ITALICS.test(parts.get("word/document.xml") ?? "");
}

/** A GUID-shaped key from the bytes (four FNV-1a hashes with different seeds): stable, not random. */
export function fontKey(bytes: Uint8Array): string {
  const words = [0x811c9dc5, 0x01000193, 0x9e3779b9, 0x85ebca6b].map((seed) => {
    let hash = seed >>> 0;
    for (let i = 0; i < bytes.length; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193) >>> 0;
    return hash.toString(16).toUpperCase().padStart(8, "0");
  });
  const hex = words.join("");
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}}`;
}

/**
 * Word's font obfuscation (ECMA-376 Part 1, 17.8.1): the first 32 bytes of the font XORed with the key's 16
 * bytes, taken from the GUID's hexadecimal digits read from the end. The same operation undoes it.
 */
export function obfuscate(font: Uint8Array, key: string): Uint8Array {
  const hex = key.replace(/[{}-]/g, "");
  const keyBytes = Array.from({ length: 16 }, (_, i) =>
    Number.parseInt(hex.slice(30 - 2 * i, 32 - 2 * i), 16),
  );
  const out = font.slice();
  for (let i = 0; i < 32 && i < out.length; i++) out[i] ^= keyBytes[i % 16];
  return out;
}

/**
 * The obfuscated subset of a face and its key. Most documents of a build show the same characters (the
 * editing set covers nearly all of them), so the last few results are kept: a build subsets each face a
 * handful of times, not once per document.
 */
const recentFaces = new Map<string, { font: Uint8Array; key: string; obfuscated: Uint8Array }>();
const RECENT_FACES = 16;

/**
 * `codes`: what identifies the character set, computed once for every face of a document: the characters beyond the
 * editing set, which every set documentCharacters makes holds.
 */
function embeddedFace(font: Uint8Array, characters: ReadonlySet<number>, codes: string) {
  const id = `${font.length}:${codes}`;
  const known = recentFaces.get(id);
  if (known && known.font === font) return known;
  const subset = subsetFont(font, characters);
  const key = fontKey(subset);
  const face = { font, key, obfuscated: obfuscate(subset, key) };
  recentFaces.delete(id);
  recentFaces.set(id, face);
  if (recentFaces.size > RECENT_FACES) recentFaces.delete(recentFaces.keys().next().value as string);
  return face;
}

/** The PANOSE classification from the font's OS/2 table, as fontTable.xml writes it (20 hex digits). */
function panose(font: Uint8Array): string | undefined {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    if (String.fromCharCode(...font.subarray(at, at + 4)) !== "OS/2") continue;
    const offset = view.getUint32(at + 8);
    return [...font.subarray(offset + 32, offset + 42)]
      .map((b) => b.toString(16).toUpperCase().padStart(2, "0"))
      .join("");
  }
  return undefined;
}

/**
 * Adds the families' subset faces to the package's files (word/fonts/*.odttf, their relationships, the
 * fontTable entries and settings), returning the new file map. `bodyCharacters`: what the body's text runs hold,
 * when the caller knows it already (block-reuse.ts keeps it with each block). `bodyItalics`: whether the body
 * shows italics (ITALICS), which the caller must say when word/document.xml is bytes, not text.
 */
export function embedFonts(
  files: ReadonlyMap<string, string | Uint8Array>,
  families: readonly EmbeddedFamily[],
  bodyCharacters?: Iterable<number>,
  bodyItalics?: boolean,
): Map<string, string | Uint8Array> {
  const out = new Map(files);
  const text = new Map<string, string>();
  for (const [name, data] of files) if (typeof data === "string") text.set(name, data);
  const bodyText = text.has("word/document.xml");
  if (!bodyText && (bodyItalics === undefined || bodyCharacters === undefined))
    throw new Error("Word renderer: a body given as bytes needs its characters and italics from the caller");
  const characters = documentCharacters(text, bodyCharacters);
  const codes = [...characters]
    .filter((code) => !EDITING.has(code))
    .sort((a, b) => a - b)
    .join(",");
  const italics = bodyItalics ?? usesItalics(text);
  const relationships: string[] = [];
  const entries: string[] = [];
  let count = 0;
  for (const family of families) {
    const embeds: string[] = [];
    let classification: string | undefined;
    for (const face of ["regular", "bold", "italic", "boldItalic"] as const) {
      const source = family.faces[face];
      if (!source || (!italics && (face === "italic" || face === "boldItalic"))) continue;
      const { key, obfuscated } = embeddedFace(source, characters, codes);
      classification ??= panose(source);
      const id = `rIdFont${++count}`;
      const target = `fonts/font${count}.odttf`;
      out.set(`word/${target}`, obfuscated);
      relationships.push(`<Relationship Id="${id}" Type="${FONT_RELATIONSHIP}" Target="${target}"/>`);
      embeds.push(`<${ELEMENT[face]} r:id="${id}" w:fontKey="${key}" w:subsetted="1"/>`);
    }
    if (embeds.length === 0) continue;
    entries.push(
      `<w:font w:name="${family.name}">${classification ? `<w:panose1 w:val="${classification}"/>` : ""}` +
        `<w:charset w:val="00"/><w:family w:val="${family.fixedPitch ? "modern" : "swiss"}"/>` +
        `<w:pitch w:val="${family.fixedPitch ? "fixed" : "variable"}"/>${embeds.join("")}</w:font>`,
    );
  }
  if (entries.length === 0) return out;

  const fontTable = text.get("word/fontTable.xml");
  if (fontTable !== undefined)
    out.set(
      "word/fontTable.xml",
      fontTable.includes("</w:fonts>")
        ? fontTable.replace("</w:fonts>", `${entries.join("")}</w:fonts>`)
        : fontTable.replace(
            /<w:fonts\b([^>]*)\/>/,
            (_w, attrs: string) => `<w:fonts${attrs}>${entries.join("")}</w:fonts>`,
          ),
    );
  const relsName = "word/_rels/fontTable.xml.rels";
  const rels =
    text.get(relsName) ??
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>';
  out.set(
    relsName,
    rels.includes("</Relationships>")
      ? rels.replace("</Relationships>", `${relationships.join("")}</Relationships>`)
      : rels.replace(
          /<Relationships\b([^>]*)\/>/,
          (_w, attrs: string) => `<Relationships${attrs}>${relationships.join("")}</Relationships>`,
        ),
  );
  const types = text.get("[Content_Types].xml");
  if (types !== undefined && !types.includes('Extension="odttf"'))
    out.set(
      "[Content_Types].xml",
      types.replace(
        "</Types>",
        '<Default ContentType="application/vnd.openxmlformats-officedocument.obfuscatedFont" Extension="odttf"/></Types>',
      ),
    );
  // Keep the fonts when Word saves the file again, as a subset as they came.
  const settings = text.get("word/settings.xml");
  if (settings !== undefined && !settings.includes("<w:embedTrueTypeFonts"))
    out.set(
      "word/settings.xml",
      settings.includes("<w:defaultTabStop")
        ? settings.replace(
            "<w:defaultTabStop",
            "<w:embedTrueTypeFonts/><w:saveSubsetFonts/><w:defaultTabStop",
          )
        : settings.replace(/(<w:settings\b[^>]*>)/, "$1<w:embedTrueTypeFonts/><w:saveSubsetFonts/>"),
    );
  return out;
}
