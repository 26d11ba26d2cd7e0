import { strToU8, unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { useNodeCompression } from "../src/render/platform-node.js";
import { reproducibleZip, type ZipMembers } from "../src/render/reproducible-zip.js";

useNodeCompression();

/** Each entry's uncompressed size as the zip's central directory records it. */
function recordedSizes(zip: Uint8Array): Map<string, number> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const sizes = new Map<string, number>();
  for (let at = 0; at + 46 <= zip.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const nameLength = view.getUint16(at + 28, true);
    sizes.set(
      new TextDecoder().decode(zip.subarray(at + 46, at + 46 + nameLength)),
      view.getUint32(at + 24, true),
    );
  }
  return sizes;
}

describe("reproducibleZip", () => {
  it("stores each text as its UTF-8 bytes and each binary part as it is, with their sizes", () => {
    const texts = {
      "a.xml": "<p>plain ascii</p>",
      "b.xml": "<p>St Mary’s — café 🙂 ✓</p>",
      // A lone surrogate (U+FFFD in UTF-8).
      "c.xml": "<p>half \ud83d of a pair</p>",
    };
    const binary = new Uint8Array([0, 1, 2, 250, 251]);
    const zipped = reproducibleZip(
      new Map<string, string | Uint8Array>([...Object.entries(texts), ["d.bin", binary]]),
      "2026-01-02",
      1,
    );
    const entries = unzipSync(zipped);
    for (const [name, text] of Object.entries(texts)) expect(entries[name]).toEqual(strToU8(text));
    expect(entries["d.bin"]).toEqual(binary);
    expect(recordedSizes(zipped)).toEqual(
      new Map([
        ...Object.entries(texts).map(([name, text]) => [name, strToU8(text).length] as const),
        ["d.bin", 5],
      ]),
    );
  });

  it("gives the same bytes when the caller keeps members as when it does not", () => {
    const files = new Map<string, string | Uint8Array>([
      ["word/styles.xml", `<w:styles>${"<w:style/>".repeat(500)}é</w:styles>`],
      ["word/document.xml", "<w:document>text</w:document>"],
      ["docProps/core.xml", "<dcterms:created>2020-01-01T00:00:00Z</dcterms:created>"],
    ]);
    const kept = new Map<string, Uint8Array>();
    const members: ZipMembers = {
      member(name, _data, _level, make) {
        const member = kept.get(name) ?? make();
        kept.set(name, member);
        return member;
      },
    };
    const plain = reproducibleZip(files, "2026-01-02", 1);
    expect(reproducibleZip(files, "2026-01-02", 1, members)).toEqual(plain);
    // The second time every member but core.xml's comes from the caller, its size from the member's trailer.
    expect(reproducibleZip(files, "2026-01-02", 1, members)).toEqual(plain);
    expect(recordedSizes(plain).get("word/styles.xml")).toBe(
      strToU8(files.get("word/styles.xml") as string).length,
    );
    expect(new TextDecoder().decode(unzipSync(plain)["docProps/core.xml"])).toContain("2026-01-02T00:00:00Z");
  });
});
