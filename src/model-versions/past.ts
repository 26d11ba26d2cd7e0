/**
 * Past versions of the model templates, kept as versions/<template-id>/<version>/template.md in the project
 * folder (see versions/README.md for why a folder and not git tags). Node only: it reads files. What it reads
 * is compiled exactly as policy-templates/ is, so a past version fills for a setting like the current one.
 */
import { createHash } from "node:crypto";
import { readdir, realpath, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import { compareVersions } from "../approval/approval.js";
import { readInputFile } from "../data/read-input.js";
import { loadSettingTypes } from "../data/setting-types.js";
import { DataError } from "../errors.js";
import type { SettingType } from "../model.js";
import { type CompiledTemplate, compileTemplate } from "../template/compile.js";
import { createLiquid } from "../template/liquid.js";
import { MAX_TEMPLATE_BYTES } from "../template/load-templates.js";
import { decodeUtf8Strict } from "../text/encoding.js";

export const VERSIONS_FOLDER = "versions";

/** A version as the changelogs and approvals write it: dotted numbers ("2025.1", "1.0"). */
const VERSION = /^\d+(?:\.\d+)*$/;

/** The versions of a template whose text is kept in versions/<id>/, oldest first. */
export async function keptVersions(root: string, templateId: string): Promise<string[]> {
  const entries = await readdir(join(root, VERSIONS_FOLDER, templateId), { withFileTypes: true }).catch(
    () => [],
  );
  const versions: string[] = [];
  for (const entry of entries)
    if (entry.isDirectory() && VERSION.test(entry.name)) {
      const file = join(root, VERSIONS_FOLDER, templateId, entry.name, "template.md");
      if (
        await stat(file).then(
          (s) => s.isFile(),
          () => false,
        )
      )
        versions.push(entry.name);
    }
  return versions.sort(compareVersions);
}

export interface PastTemplateOptions {
  settingTypes?: ReadonlyMap<string, SettingType>;
}

/**
 * The template `templateId` as it was at `version`, compiled, or undefined when versions/ does not keep that
 * version's text. A kept file that cannot be read or compiled is a DataError at that file.
 */
export async function pastTemplate(
  root: string,
  templateId: string,
  version: string,
  options: PastTemplateOptions = {},
): Promise<CompiledTemplate | undefined> {
  if (!(await keptVersions(root, templateId)).includes(version)) return undefined;
  const path = join(root, VERSIONS_FOLDER, templateId, version, "template.md");
  const file = relative(root, path);
  const read = await readInputFile(path, {
    realRoot: await realpath(root).catch(() => root),
    maxBytes: MAX_TEMPLATE_BYTES,
    what: "a template",
    tooLarge: "keep the template as it was published",
    home: `${VERSIONS_FOLDER}/<template-id>/<version>/template.md`,
  });
  if (!read.ok) throw new DataError([{ file, message: read.message }]);
  const decoded = decodeUtf8Strict(read.bytes);
  if (!decoded.ok)
    throw new DataError([{ file, line: decoded.line, column: decoded.column, message: decoded.reason }]);
  const settingTypes = options.settingTypes ?? (await loadSettingTypes());
  const sha256 = createHash("sha256").update(read.bytes).digest("hex");
  const result = compileTemplate(file, decoded.text, createLiquid(), settingTypes, sha256);
  if (!result.template) throw new DataError(result.problems);
  const { meta } = result.template;
  if (meta.id !== templateId || meta.version !== version)
    throw new DataError([
      {
        file,
        line: 2,
        message: `this file says it is ${meta.id} version ${meta.version}, but it is kept as ${templateId} version ${version} — put it in ${VERSIONS_FOLDER}/${meta.id}/${meta.version}/template.md`,
      },
    ]);
  return result.template;
}
