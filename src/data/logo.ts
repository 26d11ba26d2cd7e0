/**
 * A setting's logo: a PNG or JPEG file inside the project, read with read-input.ts's care and checked by
 * logo-image.ts before anything decodes it.
 */
import { dirname, resolve } from "node:path";
import { checkLogoBytes, MAX_LOGO_BYTES } from "./logo-image.js";
import { readInputFile } from "./read-input.js";

export { checkLogoBytes, MAX_LOGO_BYTES, MAX_LOGO_PIXELS, MAX_LOGO_SIDE } from "./logo-image.js";

export interface LogoImage {
  bytes: Uint8Array;
  type: "png" | "jpg";
  width: number;
  height: number;
}

export type LogoResult = ({ ok: true } & LogoImage) | { ok: false; message: string };

/**
 * Reads and checks the logo a setting file names. `settingFile` is the setting file's full path;
 * `logoPath` is as written in it (relative to the setting file).
 */
export async function readLogoFile(
  realRoot: string,
  settingFile: string,
  logoPath: string,
): Promise<LogoResult> {
  const path = resolve(dirname(settingFile), logoPath);
  const read = await readInputFile(path, {
    realRoot,
    maxBytes: MAX_LOGO_BYTES,
    what: "a logo",
    home: "the project folder (next to the setting file)",
    tooLarge: "save a smaller logo (a few hundred pixels across is plenty for a policy) as PNG or JPEG",
  });
  if (!read.ok) return { ok: false, message: `the logo ${logoPath} ${read.message}` };
  const checked = await checkLogoBytes(read.bytes);
  if (!checked.ok) return { ok: false, message: `the logo ${logoPath} ${checked.message}` };
  return { ...checked, bytes: new Uint8Array(read.bytes) };
}
