/**
 * The font subsetter and Word's font obfuscation behind the Word file's embedded DejaVu Sans: a subset draws
 * every character it keeps exactly as the whole font does (outline, advance), accented letters made of parts
 * included; it is a font other software reads (fontkit here, fontconfig in the LibreOffice test); the same
 * input gives the same bytes; obfuscation is undone by the key, as Word and LibreOffice undo it.
 */
import fontkit from "@pdf-lib/fontkit";
import { describe, expect, it } from "vitest";
import { fontKey, obfuscate } from "../src/render/docx/embed-fonts.js";
import { characterMap, subsetFont } from "../src/render/docx/font-subset.js";
import { fontData } from "../src/render/pdf/fonts.js";
import { useNodePlatform } from "../src/render/platform-node.js";

useNodePlatform();

type FontkitFont = ReturnType<typeof fontkit.create>;
const open = (bytes: Uint8Array) => fontkit.create(bytes as unknown as Buffer) as FontkitFont;
/** Letters, digits, punctuation and accented letters (DejaVu builds many of these from parts). */
const TEXT = "Safeguarding lead: Zoë Bąk-Øster, £20 – “ok” • é ł ğ ŵ Å ñ 0113 496 0721";
const codes = [...TEXT].map((c) => c.codePointAt(0) as number);

describe("subsetFont", () => {
  for (const face of ["regular", "bold", "mono"] as const)
    it(`keeps each character of DejaVu Sans ${face} as the whole font draws it, and nothing else`, () => {
      const whole = fontData()[face].bytes;
      const subset = subsetFont(whole, codes);
      const original = open(whole);
      const cut = open(subset);
      expect(cut.familyName).toBe(original.familyName);
      expect(cut.unitsPerEm).toBe(original.unitsPerEm);
      // Far fewer glyphs than the whole font (about 6,000).
      expect(cut.numGlyphs).toBeLessThan(80);
      expect(subset.length).toBeLessThan(whole.length / 10);
      for (const char of new Set(TEXT)) {
        const code = char.codePointAt(0) as number;
        const a = original.glyphForCodePoint(code);
        const b = cut.glyphForCodePoint(code);
        expect(b.id, `'${char}' has a glyph`).toBeGreaterThan(0);
        expect(b.advanceWidth, `advance of '${char}'`).toBe(a.advanceWidth);
        expect(b.path.toSVG(), `outline of '${char}'`).toBe(a.path.toSVG());
      }
      // A character not asked for is not there.
      expect(characterMap(subset).has("Q".codePointAt(0) as number)).toBe(false);
    });

  it("gives the same bytes for the same characters, in any order", () => {
    const whole = fontData().regular.bytes;
    const a = subsetFont(whole, codes);
    const b = subsetFont(whole, [...codes].reverse());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("writes table checksums and the whole-file checksum adjustment a font validator checks", () => {
    const font = subsetFont(fontData().regular.bytes, codes);
    const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
    const sum = (from: number, length: number) => {
      let total = 0;
      for (let i = 0; i < length; i += 4) {
        const word = [0, 1, 2, 3].map((k) => (from + i + k < from + length ? font[from + i + k] : 0));
        total = (total + ((word[0] << 24) | (word[1] << 16) | (word[2] << 8) | word[3])) >>> 0;
      }
      return total;
    };
    const tables = view.getUint16(4);
    for (let t = 0; t < tables; t++) {
      const at = 12 + 16 * t;
      const tag = String.fromCharCode(...font.subarray(at, at + 4));
      const offset = view.getUint32(at + 8);
      const length = view.getUint32(at + 12);
      expect(offset % 4, `${tag} is 4-byte aligned`).toBe(0);
      let expected = sum(offset, length);
      // head's checksum is taken with its checkSumAdjustment as zero.
      if (tag === "head") expected = (expected - view.getUint32(offset + 8)) >>> 0;
      expect(view.getUint32(at + 4), `checksum of ${tag}`).toBe(expected);
    }
    expect(sum(0, font.length), "whole-file checksum").toBe(0xb1b0afba);
  });
});

describe("Word font obfuscation", () => {
  it("derives a GUID-shaped key from the bytes, and obfuscating twice with it gives the font back", () => {
    const font = subsetFont(fontData().bold.bytes, codes);
    const key = fontKey(font);
    expect(key).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$/);
    expect(fontKey(font)).toBe(key);
    const hidden = obfuscate(font, key);
    expect(Buffer.from(hidden.subarray(0, 32)).equals(Buffer.from(font.subarray(0, 32)))).toBe(false);
    expect(Buffer.from(hidden.subarray(32)).equals(Buffer.from(font.subarray(32)))).toBe(true);
    expect(Buffer.from(obfuscate(hidden, key)).equals(Buffer.from(font))).toBe(true);
  });

  it("XORs byte i of the first 32 with the key's bytes read from the GUID's end (ECMA-376 17.8.1)", () => {
    const key = "{00112233-4455-6677-8899-AABBCCDDEEFF}";
    const zeros = new Uint8Array(40);
    const hidden = obfuscate(zeros, key);
    // Key bytes, last pair of hex digits first: FF EE DD … 00, used twice, then the font unchanged.
    const expected = [
      0xff, 0xee, 0xdd, 0xcc, 0xbb, 0xaa, 0x99, 0x88, 0x77, 0x66, 0x55, 0x44, 0x33, 0x22, 0x11, 0x00,
    ];
    expect([...hidden.subarray(0, 16)]).toEqual(expected);
    expect([...hidden.subarray(16, 32)]).toEqual(expected);
    expect([...hidden.subarray(32)]).toEqual(new Array(8).fill(0));
  });
});
