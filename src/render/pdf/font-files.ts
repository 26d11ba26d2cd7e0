/**
 * The font files every renderer draws and measures with (DejaVu Sans's four faces and DejaVu Sans Mono), as bytes
 * handed in by the shell: the core reads no files. Node fills this from the dejavu-fonts-ttf package
 * (useNodePlatform in src/render/platform-node.ts); a browser from bytes its bundler inlined.
 */
export type FontKey = "regular" | "bold" | "italic" | "boldItalic" | "mono";

/** TrueType bytes of each face. */
export type FontFiles = Record<FontKey, Uint8Array>;

export const FONT_KEYS: readonly FontKey[] = ["regular", "bold", "italic", "boldItalic", "mono"];

let provided: FontFiles | undefined;
let loader: (() => FontFiles) | undefined;

function checked(files: FontFiles): FontFiles {
  for (const key of FONT_KEYS)
    if (!(files[key] instanceof Uint8Array) || files[key].length === 0)
      throw new Error(`provideFontFiles: the "${key}" font file is missing or empty`);
  return { ...files };
}

/**
 * Gives the renderers their font files; call once before the first PDF or Word document. A function is called
 * only when a renderer first asks for the fonts, so a command that renders nothing (validate, audit) never reads
 * the files (about 3.5 MB).
 */
export function provideFontFiles(files: FontFiles | (() => FontFiles)): void {
  if (typeof files === "function") {
    loader = files;
    provided = undefined;
    return;
  }
  provided = checked(files);
  loader = undefined;
}

/** The font files given to provideFontFiles; an Error saying so when none were. */
export function fontFiles(): FontFiles {
  if (!provided && loader) {
    provided = checked(loader());
    loader = undefined;
  }
  if (!provided)
    throw new Error(
      "the PDF and Word fonts (DejaVu Sans) were not provided — call provideFontFiles({ regular, bold, italic, boldItalic, mono }) from src/render/pdf/font-files.ts before rendering (in Node, useNodePlatform() from src/render/platform-node.ts does it)",
    );
  return provided;
}
