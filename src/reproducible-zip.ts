/**
 * Office files (.docx, .xlsx) as reproducible zips: the creation and modification dates in
 * docProps/core.xml and every zip entry's time become the given ISO day, never the clock.
 * Shared by the Word writer and the workbooks.
 */
import { strFromU8, strToU8, type Zippable, zipSync } from "fflate";

export function reproducibleZip(
  files: ReadonlyMap<string, string | Uint8Array>,
  isoDate: string,
  level: 1 | 6 = 6,
): Uint8Array {
  // Zip times cannot be before 1980.
  const mtime = new Date(Math.max(Date.UTC(1980, 1, 1), Date.parse(`${isoDate}T12:00:00Z`)));
  const out: Zippable = {};
  for (const [name, data] of files) {
    let bytes = typeof data === "string" ? strToU8(data) : data;
    if (name === "docProps/core.xml")
      bytes = strToU8(
        strFromU8(bytes).replace(
          /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g,
          `$1${isoDate}T00:00:00Z$2`,
        ),
      );
    out[name] = [bytes, { level, mtime }];
  }
  return zipSync(out);
}
