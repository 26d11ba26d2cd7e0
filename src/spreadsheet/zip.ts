/**
 * Makes an .xlsx byte-for-byte reproducible: exceljs stamps the clock into every zip entry (and, unless told,
 * into docProps/core.xml). Both become the given ISO day.
 */
import { unzipSync } from "fflate";
import { reproducibleZip } from "../reproducible-zip.js";

export function canonicalXlsx(zip: Uint8Array, isoDate: string): Uint8Array {
  return reproducibleZip(new Map(Object.entries(unzipSync(zip))), isoDate);
}
