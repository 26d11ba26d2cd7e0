/**
 * The Node shell of the renderers: the fonts from the dejavu-fonts-ttf package and Node's zlib. Every Node path
 * that renders goes through it — loadProject (src/data/load-project.ts) and the build's SettingBuilder call it —
 * so no command, worker, script or test has to remember it. Calling it again does nothing.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { deflateSync, gzipSync } from "node:zlib";
import { provideCompression } from "./compress.js";
import { FONT_KEYS, type FontFiles, type FontKey, provideFontFiles } from "./pdf/font-files.js";

const FILES: Record<FontKey, string> = {
  regular: "DejaVuSans.ttf",
  bold: "DejaVuSans-Bold.ttf",
  italic: "DejaVuSans-Oblique.ttf",
  boldItalic: "DejaVuSans-BoldOblique.ttf",
  mono: "DejaVuSansMono.ttf",
};

let ready = false;

/** The DejaVu font files shipped in the dejavu-fonts-ttf package. */
export function nodeFontFiles(): FontFiles {
  const dir = join(dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");
  return Object.fromEntries(
    FONT_KEYS.map((key) => [key, new Uint8Array(readFileSync(join(dir, FILES[key])))]),
  ) as FontFiles;
}

export function useNodePlatform(): void {
  if (ready) return;
  // Read when a renderer first needs them, not here: validate and audit load a project but render nothing.
  provideFontFiles(nodeFontFiles);
  useNodeCompression();
  ready = true;
}

/** Node's zlib for every zip and deflate stream (the workbooks need only this, not the fonts). */
export function useNodeCompression(): void {
  provideCompression({
    zlib: (bytes, level) => deflateSync(bytes, level === undefined ? {} : { level }),
    gzip: (bytes, level) => gzipSync(bytes, { level }),
  });
}
