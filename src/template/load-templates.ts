/** Finds policy-templates/<id>/template.md and compiles each once. */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { loadSettingTypes } from "../data/setting-types.js";
import type { Problem } from "../errors.js";
import { type CompiledTemplate, compileTemplate } from "./compile.js";
import { createLiquid } from "./liquid.js";

export type { CompiledTemplate } from "./compile.js";

export async function loadTemplates(
  dir: string,
  root: string,
): Promise<{ templates: CompiledTemplate[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const templates: CompiledTemplate[] = [];
  if (!existsSync(dir)) {
    problems.push({
      file: relative(root, dir) || dir,
      message: "there is no policy-templates folder — add policy-templates/<id>/template.md",
    });
    return { templates, problems };
  }
  const liquid = createLiquid();
  const settingTypes = await loadSettingTypes();
  const entries = (await readdir(dir, { withFileTypes: true }))
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
  for (const name of entries) {
    const path = join(dir, name, "template.md");
    if (!existsSync(path)) continue;
    const file = relative(root, path);
    const bytes = await readFile(path);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const result = compileTemplate(file, bytes.toString("utf8"), liquid, settingTypes, sha256);
    problems.push(...result.problems);
    if (result.template) {
      if (result.template.meta.id !== name)
        problems.push({
          file,
          line: 2,
          column: 1,
          path: "id",
          message: `the template id "${result.template.meta.id}" does not match its folder "${name}" — make them the same`,
        });
      else if (templates.some((t) => t.meta.id === name))
        problems.push({
          file,
          line: 2,
          column: 1,
          path: "id",
          message: `the template id "${name}" is used twice`,
        });
      else templates.push(result.template);
    }
  }
  return { templates, problems };
}
