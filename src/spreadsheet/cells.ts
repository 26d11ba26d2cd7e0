/** Reading one cell of a returned workbook: values, formulas (their saved result), rich text, links, errors. */
import type ExcelJS from "exceljs";
import {
  DATE_EXAMPLE,
  type DateResult,
  excelSerialToIso,
  isoFromDate,
  isPlausibleSerial,
  parseUkDateText,
  ukShort,
} from "./dates.js";

/** What a cell holds once formulas, rich text and hyperlinks are looked through. */
export type Plain =
  | { kind: "empty" }
  | { kind: "text"; text: string }
  | { kind: "number"; value: number }
  | { kind: "date"; iso: string }
  | { kind: "boolean"; value: boolean }
  /** `why`: what the cell holds, in plain words; `errorMessage` adds what to type instead. */
  | { kind: "error"; text: string; why: string; advice?: string };

type CellValue = ExcelJS.CellValue;

export function plainValue(value: CellValue): Plain {
  if (value === null || value === undefined) return { kind: "empty" };
  if (typeof value === "string")
    return value.trim() === "" ? { kind: "empty" } : { kind: "text", text: value.trim() };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  if (value instanceof Date) {
    const iso = isoFromDate(value);
    return iso
      ? { kind: "date", iso }
      : { kind: "error", text: "", why: "the cell holds an error, not a date" };
  }
  if (typeof value === "object") {
    if ("richText" in value && Array.isArray(value.richText))
      return plainValue(value.richText.map((r) => r.text).join(""));
    if ("error" in value && typeof value.error === "string")
      return {
        kind: "error",
        text: value.error,
        why: `the cell holds the error ${value.error}`,
      };
    if ("formula" in value || "sharedFormula" in value) {
      const formula = "formula" in value ? value.formula : (value as { sharedFormula: string }).sharedFormula;
      const result = (value as { result?: unknown }).result;
      if (result === undefined || result === null)
        return {
          kind: "error",
          text: `=${formula}`,
          why: `the cell holds a formula (=${formula}) with no saved result`,
          advice: ", or open the file in Excel and save it again",
        };
      // What exceljs made of an error or text result in a date-formatted cell, if open.ts could not restore it.
      if (result instanceof Date && Number.isNaN(result.getTime()))
        return {
          kind: "error",
          text: `=${formula}`,
          why: `the cell holds a formula (=${formula}) that gives no date`,
        };
      if (typeof result === "object" && "error" in result && typeof result.error === "string")
        return {
          kind: "error",
          text: `=${formula}`,
          why: `the cell holds a formula error (${result.error}, from =${formula})`,
        };
      return plainValue(result as CellValue);
    }
    if ("text" in value && typeof value.text === "string") return plainValue(value.text);
    if ("hyperlink" in value && typeof value.hyperlink === "string")
      return plainValue(value.hyperlink.replace(/^mailto:/i, ""));
  }
  return { kind: "text", text: String(value) };
}

/** "the cell holds a formula error (#DIV/0!, from =1/0) — type the date" */
export function errorMessage(p: Plain & { kind: "error" }, what: string): string {
  return `${p.why} — type the ${what}${p.advice ?? ""}`;
}

/** The cell as text, as a person would read it; undefined when empty. Errors are reported by the caller. */
export function cellText(p: Plain): string | undefined {
  switch (p.kind) {
    case "empty":
      return undefined;
    case "text":
      return p.text;
    case "number":
      return Number.isInteger(p.value) ? String(p.value) : String(p.value);
    case "date":
      return p.iso;
    case "boolean":
      return p.value ? "TRUE" : "FALSE";
    case "error":
      return p.text;
  }
}

/** A cell that should hold a date: a real date cell, an Excel serial number or a UK date typed as text. */
export function cellDate(p: Plain, date1904 = false): DateResult | undefined {
  switch (p.kind) {
    case "empty":
      return undefined;
    case "date":
      return { ok: true, iso: p.iso };
    case "number": {
      const iso = isPlausibleSerial(p.value) ? excelSerialToIso(p.value, date1904) : undefined;
      return iso ? { ok: true, iso } : { ok: false, reason: "" };
    }
    case "text":
      return parseUkDateText(p.text);
    default:
      return { ok: false, reason: "" };
  }
}

/** `"next week" is not a date — write it as DD/MM/YYYY, e.g. 15/10/2024` */
export function notADate(shown: string, reason: string, instead?: string): string {
  if (instead) return `${JSON.stringify(shown)} ${instead}`;
  return `${JSON.stringify(shown)} is not a date${reason} — write it as DD/MM/YYYY, e.g. ${DATE_EXAMPLE}`;
}

/** `"01/02/2030" is a training date in the future — check the year` (after the as-of day). */
export function futureTrainingDate(shown: string, iso: string, asOf: string): string | undefined {
  if (iso <= asOf) return undefined;
  return `${JSON.stringify(shown)} is a training date in the future — check the year (it is later than ${ukShort(asOf)})`;
}
