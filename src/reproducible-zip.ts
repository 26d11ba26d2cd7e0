/**
 * Office files (.docx, .xlsx) as reproducible zips: the creation and modification dates in
 * docProps/core.xml and every zip entry's time become the given ISO day, never the clock.
 * Shared by the Word writer and the workbooks.
 *
 * fflate writes the zip; each entry is compressed by Node's own zlib and handed to fflate as a ready
 * ZipInputFile (fflate's documented way to bring your own compression). fflate's JavaScript deflate was a
 * seventh of a Word document's render time; zlib does the same work several times faster.
 */
import { gzipSync } from "node:zlib";
import { strFromU8, strToU8, Zip, type ZipInputFile } from "fflate";

export function reproducibleZip(
  files: ReadonlyMap<string, string | Uint8Array>,
  isoDate: string,
  level: 1 | 6 = 6,
): Uint8Array {
  // Zip times cannot be before 1980.
  const mtime = new Date(Math.max(Date.UTC(1980, 1, 1), Date.parse(`${isoDate}T12:00:00Z`)));
  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure = error;
    else chunks.push(chunk);
  });
  for (const [name, data] of files) {
    let bytes = typeof data === "string" ? strToU8(data) : data;
    if (name === "docProps/core.xml")
      bytes = strToU8(
        strFromU8(bytes).replace(
          /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g,
          `$1${isoDate}T00:00:00Z$2`,
        ),
      );
    // A gzip member is a 10-byte header, the raw deflate data, then the CRC-32 and size: the zip entry needs
    // the deflate data and the CRC, so one native call gives both.
    const gzip = gzipSync(bytes, { level });
    const file: ZipInputFile = {
      filename: name,
      size: bytes.length,
      crc: gzip.readUInt32LE(gzip.length - 8),
      compression: 8,
      mtime,
    };
    zip.add(file);
    file.ondata?.(null, gzip.subarray(10, gzip.length - 8), true);
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
