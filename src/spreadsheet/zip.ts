/**
 * Makes an .xlsx byte-for-byte reproducible: exceljs stamps the clock into every zip entry (and, unless told,
 * into docProps/core.xml). Both become the given ISO day.
 */
import { strFromU8, strToU8, unzipSync, type Zippable, zipSync } from "fflate";

export function canonicalXlsx(zip: Uint8Array, isoDate: string): Uint8Array {
  const files = unzipSync(zip);
  const stamp = `${isoDate}T00:00:00Z`;
  const out: Zippable = {};
  const mtime = new Date(Math.max(Date.UTC(1980, 1, 1), Date.parse(`${isoDate}T12:00:00Z`)));
  for (const [name, data] of Object.entries(files)) {
    let bytes = data;
    if (name === "docProps/core.xml")
      bytes = strToU8(
        strFromU8(data).replace(
          /(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g,
          `$1${stamp.replace(/\.\d+Z$/, "Z")}$2`,
        ),
      );
    out[name] = [bytes, { level: 6, mtime }];
  }
  return zipSync(out);
}
