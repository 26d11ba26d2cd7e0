/**
 * Makes an .xlsx byte-for-byte reproducible: exceljs stamps the clock into every zip entry (and, unless told,
 * into docProps/core.xml). Both become the given ISO day.
 */
import ExcelJS from "exceljs";
import { unzipSync } from "fflate";
import { useNodeCompression } from "../render/platform-node.js";
import { reproducibleZip } from "../render/reproducible-zip.js";
import { dateFromIso } from "./dates.js";

// The workbooks are written in Node only: Node's zlib, as before the renderers' zip moved into the core.
useNodeCompression();

/** A new workbook whose properties carry the given day, never the clock. */
export function stampedWorkbook(title: string, isoDate: string): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const stamp = dateFromIso(isoDate);
  wb.creator = "policysmith";
  wb.lastModifiedBy = "policysmith";
  wb.created = stamp;
  wb.modified = stamp;
  wb.title = title;
  return wb;
}

export function canonicalXlsx(zip: Uint8Array, isoDate: string): Uint8Array {
  return reproducibleZip(new Map(Object.entries(unzipSync(zip))), isoDate);
}
