/** Reads a setting's logo (PNG or JPEG) with its pixel size. */
import { readFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { imageSize } from "image-size";
import type { DocumentMeta, Setting } from "../model.js";

export async function readLogo(root: string, setting: Setting): Promise<DocumentMeta["logo"]> {
  if (!setting.logo) return undefined;
  const path = join(root, dirname(setting.source), setting.logo.path);
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch {
    throw new Error(
      `logo.path: cannot read ${setting.logo.path} (looked for ${path}) — check the file name, relative to the setting file`,
    );
  }
  const size = imageSize(data);
  if (size.type !== "png" && size.type !== "jpg")
    throw new Error(
      `logo.path: ${setting.logo.path} is a ${size.type ?? "unknown"} image — use a PNG or JPEG file`,
    );
  return {
    data: new Uint8Array(data),
    alt: setting.logo.alt,
    type: size.type,
    width: size.width,
    height: size.height,
  };
}
