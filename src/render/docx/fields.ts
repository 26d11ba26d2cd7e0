/**
 * Word fields written out in full (begin, instruction, separate, cached result, end), for what the docx package
 * only writes empty: a contents list whose cached result already reads right, and page references whose
 * cached number is our own PDF's page. Word and LibreOffice show the cached result until the field is updated.
 */
import { ImportedXmlComponent, type ParagraphChild, Run, type XmlComponent } from "docx";

export type FieldChar = "begin" | "separate" | "end";

/** A run holding one field character. */
export function fieldChar(type: FieldChar): Run {
  return new Run({ children: [new ImportedXmlComponent("w:fldChar", { "w:fldCharType": type })] });
}

/** A run holding a field's instruction, e.g. `PAGEREF h2_contacts \h`. */
export function fieldInstruction(instruction: string): Run {
  const element = new ImportedXmlComponent("w:instrText", { "xml:space": "preserve" });
  element.push(` ${instruction} `);
  return new Run({ children: [element as XmlComponent] });
}

/** A whole field in one paragraph: its instruction and the result shown until it is updated. */
export function field(instruction: string, result: readonly ParagraphChild[]): ParagraphChild[] {
  return [
    fieldChar("begin"),
    fieldInstruction(instruction),
    fieldChar("separate"),
    ...result,
    fieldChar("end"),
  ];
}
