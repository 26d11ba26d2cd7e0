/** Word → HTML: mammoth keeps headings, lists, tables and links; html-text.ts reads the rest. */
import mammoth from "mammoth";
import { Unreadable } from "./unreadable.js";

export async function docxToHtml(bytes: Buffer): Promise<string> {
  if (bytes.subarray(0, 4).toString("latin1") !== "PK\u0003\u0004") {
    if (bytes.subarray(0, 8).toString("hex") === "d0cf11e0a1b11ae1")
      throw new Unreadable(
        "it is an old .doc file or a password-protected Word file — save it as .docx (Word: File › Save As › Word Document) without a password",
      );
    throw new Unreadable(
      "it is not a Word .docx file (it is not a zip archive) — open it in Word and save it as .docx",
    );
  }
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: bytes })).value;
  } catch (error) {
    throw new Unreadable(
      `Word could not read it (${error instanceof Error ? error.message.split("\n")[0] : String(error)}) — open it in Word and save it again as .docx`,
    );
  }
  return html;
}
