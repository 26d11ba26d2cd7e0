/** Reads a setting's logo (PNG or JPEG) with its pixel size, checked as src/data/logo.ts checks it at load. */
import { realpath } from "node:fs/promises";
import { join } from "node:path";
import { readLogoFile } from "../data/logo.js";
import type { YamlPosition } from "../data/project.js";
import { DataError } from "../errors.js";
import type { DocumentMeta, Setting } from "../model.js";

export async function readLogo(
  root: string,
  setting: Pick<Setting, "id" | "source" | "logo">,
  locate?: (file: string, path: ReadonlyArray<string | number>) => YamlPosition | undefined,
): Promise<DocumentMeta["logo"]> {
  if (!setting.logo) return undefined;
  const realRoot = await realpath(root).catch(() => root);
  const logo = await readLogoFile(realRoot, join(root, setting.source), setting.logo.path);
  if (!logo.ok) {
    const at = locate?.(setting.source, ["logo", "path"]);
    throw new DataError([
      {
        file: setting.source,
        line: at?.line,
        column: at?.column,
        path: "logo.path",
        settingId: setting.id,
        message: logo.message,
      },
    ]);
  }
  return { data: logo.bytes, alt: setting.logo.alt, type: logo.type, width: logo.width, height: logo.height };
}
