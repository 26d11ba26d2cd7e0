/**
 * Office files (.docx, .xlsx) as reproducible zips: the creation and modification dates in
 * docProps/core.xml and every zip entry's time become the given ISO day, never the clock.
 *
 * fflate writes the zip; each entry is compressed by the shell's deflate (compress.ts: Node's zlib in the CLI,
 * fflate's in a browser) and handed to fflate as a ready ZipInputFile (fflate's documented way to bring your
 * own compression). fflate's JavaScript deflate was a seventh of a Word document's render time in Node.
 */
import { strFromU8, strToU8, Zip, type ZipInputFile } from "fflate";
import { compression } from "./compress.js";

/**
 * Deflated entries a caller keeps for data it zips again and again (a Word file's fonts, styles and theme are the
 * same in every policy of a build): `member` returns the gzip member of an entry's data, made by `make` (this
 * file's deflate) or kept from an earlier call. The caller keys what it keeps by all that changes the bytes: the
 * data, the level and compression().
 */
export interface ZipMembers {
  member(name: string, data: string | Uint8Array, level: number, make: () => Uint8Array): Uint8Array;
}

export function reproducibleZip(
  files: ReadonlyMap<string, string | Uint8Array>,
  isoDate: string,
  level: 1 | 6 = 6,
  members?: ZipMembers,
): Uint8Array {
  // Zip times cannot be before 1980.
  const mtime = new Date(Math.max(Date.UTC(1980, 1, 1), Date.parse(`${isoDate}T12:00:00Z`)));
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  const { gzip } = compression();
  for (const [name, data] of files) {
    let bytes: Uint8Array | undefined = typeof data === "string" ? undefined : data;
    if (name === "docProps/core.xml")
      bytes = strToU8(
        (typeof data === "string" ? data : strFromU8(data)).replace(
          /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g,
          `$1${isoDate}T00:00:00Z$2`,
        ),
      );
    // A gzip member is a 10-byte header, the raw deflate data, then the CRC-32 and size: the zip entry needs
    // the deflate data, the CRC and the size, so one call gives all three. A text is encoded only when it is
    // deflated: a member the caller kept needs none of its bytes.
    const deflate = () => gzip(bytes ?? strToU8(data as string), level);
    // core.xml's dates are set here, so its member is never the caller's to keep.
    const member = (
      members && name !== "docProps/core.xml" ? members.member(name, data, level, deflate) : deflate()
    ) as Uint8Array<ArrayBuffer>;
    const trailer = new DataView(member.buffer, member.byteOffset + member.length - 8, 8);
    const file: ZipInputFile = {
      filename: name,
      // ISIZE, the input's length modulo 2^32: the length itself for any part a zip without Zip64 can hold.
      size: trailer.getUint32(4, true),
      crc: trailer.getUint32(0, true),
      compression: 8,
      mtime,
    };
    zip.add(file);
    file.ondata?.(null, member.subarray(10, member.length - 8), true);
  }
  zip.end();
  if (failure) throw failure;
  const out = new Uint8Array(chunks.reduce((sum, c) => sum + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
