/**
 * The DejaVu fonts every PDF and Word file of the page is drawn with, built into the bundle: each .ttf is
 * deflated and base64-encoded by scripts/build-site.mjs (about half the size of the raw font in the script) and
 * unpacked only when the first document is made, so opening the page does not pay for them.
 */

import regular from "dejavu-fonts-ttf/ttf/DejaVuSans.ttf";
import bold from "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf";
import boldItalic from "dejavu-fonts-ttf/ttf/DejaVuSans-BoldOblique.ttf";
import italic from "dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf";
import mono from "dejavu-fonts-ttf/ttf/DejaVuSansMono.ttf";
import { inflateSync } from "fflate";
import { provideFontFiles } from "../render/pdf/font-files.js";

let provided = false;

function unpack(packed: string): Uint8Array {
  const binary = atob(packed);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return inflateSync(bytes);
}

/** Hands the renderers their fonts (once): call before the first PDF or Word document. */
export function providePageFonts(): void {
  if (provided) return;
  provideFontFiles({
    regular: unpack(regular),
    bold: unpack(bold),
    italic: unpack(italic),
    boldItalic: unpack(boldItalic),
    mono: unpack(mono),
  });
  provided = true;
}
