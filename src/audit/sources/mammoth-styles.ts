/**
 * mammoth reads its style map — our one line and its own default of some fifty ("p[style-name='Heading 1'] =>
 * h1:fresh") — with a parser of its own on every Word file it converts: for a policy that took two and a half times
 * as long as the conversion itself (about 2 ms of a 34 ms audit of a .docx). The lines are the same each time, so
 * each is read once: mammoth's main module takes `readStyle` from its style reader when it first loads, and this
 * module, which docx.ts imports before mammoth, has put a remembering one in its place by then. The results are
 * plain data that mammoth only reads. Lines a Word file brings in its own embedded style map are remembered too,
 * up to a bound, so that no file can grow the memory without end.
 */
import styleReader from "mammoth/lib/style-reader.js";

const LINES_KEPT = 500;
const read = styleReader.readStyle;
const known = new Map<string, unknown>();

styleReader.readStyle = (line: string) => {
  let style = known.get(line);
  if (style === undefined) {
    style = read(line);
    if (known.size < LINES_KEPT) known.set(line, style);
  }
  return style;
};

/** How many different style-map lines have been read (for a test that mammoth reads them through here). */
export function styleLinesRead(): number {
  return known.size;
}
