/**
 * Finds policy-templates/<id>/template.md and compiles each once. Each file is looked at before it is
 * opened: only an ordinary file inside the project, at most MAX_TEMPLATE_BYTES, UTF-8 text without control
 * characters. Anything else is a template problem at the file, and that template is not built.
 */
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { lstat, readdir, realpath, stat } from "node:fs/promises";
import { join, relative } from "node:path";
import type { LoadCache } from "../data/load-project.js";
import { readInputFile } from "../data/read-input.js";
import { loadSettingTypes } from "../data/setting-types.js";
import type { Problem } from "../errors.js";
import type { SettingType, TemplateMeta } from "../model.js";
import { decodeUtf8Strict, firstDisallowedCharacter } from "../text/encoding.js";
import { type CompiledTemplate, compileTemplate } from "./compile.js";
import { createLiquid } from "./liquid.js";

export type { CompiledTemplate } from "./compile.js";

/** The largest template read: the biggest real one is about 60 KB. */
export const MAX_TEMPLATE_BYTES = 5 * 1024 * 1024;

export async function loadTemplates(
  dir: string,
  root: string,
  cache?: Pick<LoadCache, "cleanTemplate" | "rememberCleanTemplate">,
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
  const folder = await stat(dir).catch(() => undefined);
  if (!folder?.isDirectory()) {
    problems.push({
      file: relative(root, dir) || dir,
      message: folder
        ? "is not a folder — policy-templates must be a folder holding <id>/template.md; rename or move this file"
        : "cannot be read — check that the policy-templates folder exists and you may read it",
    });
    return { templates, problems };
  }
  const liquid = createLiquid();
  const settingTypes = await loadSettingTypes();
  const realRoot = await realpath(root).catch(() => root);
  const listed = await readdir(dir, { withFileTypes: true }).catch(() => undefined);
  if (!listed) {
    problems.push({
      file: relative(root, dir) || dir,
      message: "cannot be read — check that you may read the policy-templates folder",
    });
    return { templates, problems };
  }
  const entries = listed
    .filter((e) => e.isDirectory() || e.isSymbolicLink())
    .map((e) => e.name)
    .sort();
  for (const name of entries) {
    const path = join(dir, name, "template.md");
    const file = relative(root, path);
    const exists = await lstat(path).then(
      () => true,
      () => false,
    );
    if (!exists) continue;
    const read = await readTemplateFile(path, realRoot);
    if (!read.ok) {
      problems.push({ file, line: read.line, column: read.column, message: read.message });
      continue;
    }
    const sha256 = createHash("sha256").update(read.bytes).digest("hex");
    // A template that compiled cleanly before, byte for byte, is compiled again only when something renders.
    const remembered = cache?.cleanTemplate(sha256);
    const known = remembered?.source === file ? remembered : undefined;
    const result = known
      ? { template: compileWhenUsed(file, read.text, liquid, settingTypes, sha256, known), problems: [] }
      : compileTemplate(file, read.text, liquid, settingTypes, sha256);
    if (cache && !known && result.template && result.problems.length === 0)
      cache.rememberCleanTemplate(sha256, result.template.meta);
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

/**
 * A template known (from the load cache) to compile without a problem to `meta`: its Markdown is parsed on the
 * first look at its tree or expressions. Should the compile disagree with what was remembered (the cache was
 * edited, or is from a template that merely hashes the same), using the template fails in plain words.
 */
function compileWhenUsed(
  file: string,
  text: string,
  liquid: ReturnType<typeof createLiquid>,
  settingTypes: ReadonlyMap<string, SettingType>,
  sha256: string,
  meta: TemplateMeta,
): CompiledTemplate {
  let body: CompiledTemplate | undefined;
  const compiled = (): CompiledTemplate => {
    if (body) return body;
    const result = compileTemplate(file, text, liquid, settingTypes, sha256);
    if (!result.template || JSON.stringify(result.template.meta) !== JSON.stringify(meta))
      throw new Error(
        `${file} does not compile as the build's cache in the output folder remembered (${result.problems[0]?.message ?? "its front matter differs"}) — delete manifest-cache.json in the output folder and build again`,
      );
    body = result.template;
    return body;
  };
  return {
    meta,
    sha256,
    get tree() {
      return compiled().tree;
    },
    get expressions() {
      return compiled().expressions;
    },
  };
}

type TemplateBytes =
  | { ok: true; bytes: Buffer; text: string }
  | { ok: false; message: string; line?: number; column?: number };

/** The bytes and text of one template, or what is wrong with the file in plain words. Never opens a pipe. */
async function readTemplateFile(path: string, realRoot: string): Promise<TemplateBytes> {
  const read = await readInputFile(path, {
    realRoot,
    maxBytes: MAX_TEMPLATE_BYTES,
    what: "a template",
    tooLarge: "split it into smaller templates",
    home: "policy-templates/<id>/template.md",
  });
  if (!read.ok) return { ok: false, message: read.message };
  const { bytes } = read;
  const decoded = decodeUtf8Strict(bytes);
  if (!decoded.ok) return { ok: false, line: decoded.line, column: decoded.column, message: decoded.reason };
  const bad = firstDisallowedCharacter(decoded.text);
  if (bad)
    return {
      ok: false,
      line: bad.line,
      column: bad.column,
      message: `has ${bad.description} here, which cannot be printed — delete it (it is often invisible: retype the words around it)`,
    };
  return { ok: true, bytes, text: decoded.text };
}
