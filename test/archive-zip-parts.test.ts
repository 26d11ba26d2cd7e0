/**
 * The Word reader's zip-bomb check keeps the XML parts it unpacks while counting, so they are not unpacked twice
 * (src/archive/zip-size.ts unpackedUpTo, src/audit/sources/docx.ts checkUnpackedSize). What it hands back must be
 * exactly what unzipSync reads through the zip's directory, or nothing (the reader then unpacks them itself).
 */
import { strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { cannotUnpackPast, unpackedSizeUpTo, unpackedUpTo } from "../src/archive/zip-size.js";
import { checkUnpackedSize } from "../src/audit/sources/docx.js";

const XML = /\.(?:xml|rels)$/i;

/** A small zip in the shape of a Word file: XML parts, deflated or stored, and a picture. */
function wordLikeZip(level: 0 | 6): Uint8Array {
  const body = `<w:document><w:body>${"<w:p><w:r><w:t>Invented paragraph text.</w:t></w:r></w:p>".repeat(400)}</w:body></w:document>`;
  return zipSync(
    {
      "[Content_Types].xml": strToU8("<Types/>"),
      "_rels/.rels": strToU8("<Relationships/>"),
      "word/document.xml": strToU8(body),
      "word/styles.xml": strToU8("<w:styles/>"),
      "word/media/image1.png": new Uint8Array(5000).fill(7),
    },
    { level },
  );
}

describe("the XML parts kept while a Word file's unpacked size is counted", () => {
  for (const level of [0, 6] as const) {
    it(`are byte for byte the parts unzipSync reads (${level === 0 ? "stored" : "deflated"})`, () => {
      const zip = wordLikeZip(level);
      const kept = checkUnpackedSize(zip);
      const read = unzipSync(zip, { filter: (entry) => XML.test(entry.name) });
      expect(kept).toBeDefined();
      expect(Object.keys(kept ?? {}).sort()).toEqual(Object.keys(read).sort());
      for (const name of Object.keys(read)) expect(kept?.[name]).toEqual(read[name]);
    });
  }

  it("count every entry, pictures too, as unpackedSizeUpTo does", () => {
    const zip = wordLikeZip(6);
    const all = unzipSync(zip);
    const total = Object.values(all).reduce((n, part) => n + part.length, 0);
    expect(unpackedUpTo(zip, 1e9, (name) => XML.test(name)).total).toBe(total);
    expect(unpackedSizeUpTo(zip, 1e9)).toBe(total);
  });

  it("are not handed back when a name is in the zip twice: the reader unpacks through the directory", () => {
    const one = zipSync({ "word/document.xml": strToU8("<a/>") }, { level: 0 });
    const two = zipSync({ "word/document.xml": strToU8("<b/>") }, { level: 0 });
    // Two local entries of one name, and a directory that lists only the second (the first zip's bytes put in front).
    const joined = new Uint8Array(one.length + two.length);
    joined.set(one.subarray(0, 30 + "word/document.xml".length + 4), 0);
    const head = 30 + "word/document.xml".length + 4;
    joined.set(two, head);
    const shifted = joined.subarray(0, head + two.length);
    expect(unpackedUpTo(shifted, 1e9, (name) => XML.test(name)).repeated).toBe(true);
  });
});

describe("a zip too small to unpack past the limit (cannotUnpackPast: unpacked at once, not counted)", () => {
  // Spaces deflated at the highest level come close to deflate's greatest ratio: the worst a small zip can do.
  for (const size of [1024 * 1024, 16 * 1024 * 1024]) {
    it(`is never one that really unpacks past it (${size / 1024 / 1024} MB of spaces)`, () => {
      const zip = zipSync({ "word/document.xml": new Uint8Array(size).fill(0x20) }, { level: 9 });
      expect(zip.length).toBeLessThan(size / 500);
      expect(cannotUnpackPast(zip, size - 1)).toBe(false);
      expect(cannotUnpackPast(zip, size * 2)).toBe(true);
    });
  }

  it("hands back the same parts as the counted unpacking", () => {
    const zip = wordLikeZip(6);
    expect(cannotUnpackPast(zip, 150 * 1024 * 1024)).toBe(true);
    expect(checkUnpackedSize(zip)).toEqual(unpackedUpTo(zip, 1e9, (name) => XML.test(name)).parts);
  });
});
