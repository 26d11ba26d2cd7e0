/**
 * Builds one setting's policy in the browser (issue 13), with the CLI's own code: the setting file's YAML is
 * checked as `policysmith build` checks it (same problems, same words, same file/line/column/path), then each
 * template that applies to it is filled and rendered to Word, PDF and HTML bytes.
 *
 * Usage (the page's entry, once):
 *
 *   import { provideFontFiles } from "../render/pdf/font-files.js";
 *   import { buildPolicy, type BuildData } from "../app/build-policy.js";
 *   provideFontFiles({ regular, bold, italic, boldItalic, mono }); // Uint8Array each: DejaVuSans.ttf,
 *   //   DejaVuSans-Bold.ttf, DejaVuSans-Oblique.ttf, DejaVuSans-BoldOblique.ttf, DejaVuSansMono.ttf
 *   //   (esbuild: loader { ".ttf": "binary" } on dejavu-fonts-ttf/ttf/…)
 *   const data: BuildData = JSON.parse(embeddedJson); // written by buildDataFromProject (build-data-node.ts)
 *   const { problems, files, warnings } = await buildPolicy(yamlText, "orgs/acorns-nursery.yaml", data,
 *     { formats: ["docx", "pdf", "html"] });
 *   // problems: Problem[] (src/errors.ts; formatProblem(p) gives the CLI's line) — files is empty when any.
 *   // files: { templateId, format, name: "acorns-nursery/safeguarding-policy.pdf", bytes }[]
 *   const problems = settingProblemsOf(yamlText, "orgs/acorns-nursery.yaml", data); // as the form is typed:
 *   //   the same checks without rendering anything (a few milliseconds)
 *
 * The first build compiles the templates and the schema, parses the fonts and runs each renderer for the first
 * time: 1.4-4 s in chromium on this (busy) machine for a setting's two policies in three formats; later builds
 * take 0.2-0.7 s. `await warmBuild(data)` when the page is idle (1.7-3.7 s) pays most of that before the user
 * asks: the first build after it took 0.8 s. Keep one BuildData object: templates are compiled once per object.
 *
 * Without provideFontFiles the Word and PDF renders fail with a problem saying the fonts were not provided.
 * Deflate is fflate's in a browser (src/render/compress.ts): the page's files open like the CLI's and hold the
 * same text, fonts and structure, but their compressed bytes differ; in Node (useNodePlatform) they are the
 * CLI's bytes exactly. Logos: a browser cannot read the setting's logo.path, so the policy is built without
 * it (a warning says so) unless the page passes the image file's bytes in options.logo (a File's
 * arrayBuffer()), which are checked as the build checks the file (a problem at logo.path when unusable).
 */

import { checkLogoBytes, MAX_LOGO_BYTES } from "../data/logo-image.js";
import type { Schemas } from "../data/schemas.js";
import { provideSchemas } from "../data/schemas.js";
import { problemAt, readSettingText } from "../data/setting-source.js";
import { DataError, type Problem } from "../errors.js";
import type { DocumentMeta, Partnership, Setting, SettingType } from "../model.js";
import { type Format, renderers } from "../render/formats.js";
import { fontData } from "../render/pdf/fonts.js";
import { type CompiledTemplate, compileTemplate } from "../template/compile.js";
import { fillTemplate } from "../template/fill.js";
import { createLiquid } from "../template/liquid.js";
import { templatesFor } from "../template/select.js";

export type { Problem } from "../errors.js";
export type { Format } from "../render/formats.js";

/** Everything a policy is built from besides the setting's own file. Plain JSON. */
export interface BuildData {
  /** partnership.yaml as loaded and validated (its `source` is "partnership.yaml"). */
  partnership: Partnership;
  /** data/setting-types.yaml, in its order. */
  settingTypes: SettingType[];
  /** schema/setting.schema.json and schema/partnership.schema.json. */
  schemas: Schemas;
  /** The templates that compiled in the project, by project-relative file, with their text and its sha256. */
  templates: Array<{ file: string; text: string; sha256: string }>;
}

export interface BuildPolicyOptions {
  formats: Format[];
  /**
   * The day (YYYY-MM-DD) a policy is dated when its setting gives none (no last review, approval or written
   * date): what `policysmith build` takes from SOURCE_DATE_EPOCH.
   */
  sourceDate?: string;
  /**
   * The bytes of the setting's logo file (PNG or JPEG), which a browser cannot read from logo.path: checked as
   * `policysmith build` checks the file (a problem at logo.path when it cannot be used). Alt text comes from
   * the setting. Ignored when the setting names no logo.
   */
  logo?: Uint8Array;
}

export interface BuiltPolicyFile {
  templateId: string;
  format: Format;
  /** "<setting id>/<template id>.<format>", the path `policysmith build` writes it to inside output/. */
  name: string;
  bytes: Uint8Array;
}

export interface BuildPolicyResult {
  /** What is wrong with the setting file (or a template), in the CLI's words; no files when there are any. */
  problems: Problem[];
  files: BuiltPolicyFile[];
  /** What the reader will not see as written (a character the font lacks, a logo left out). */
  warnings: string[];
}

interface Prepared {
  settingTypes: Map<string, SettingType>;
  templates: CompiledTemplate[];
  problems: Problem[];
  liquid: ReturnType<typeof createLiquid>;
}

/** Templates are compiled once per BuildData. */
const prepared = new WeakMap<BuildData, Prepared>();

function prepare(data: BuildData): Prepared {
  let ready = prepared.get(data);
  if (ready) return ready;
  const settingTypes = new Map(data.settingTypes.map((t) => [t.id, t]));
  const liquid = createLiquid();
  const templates: CompiledTemplate[] = [];
  const problems: Problem[] = [];
  for (const { file, text, sha256 } of data.templates) {
    const result = compileTemplate(file, text, liquid, settingTypes, sha256);
    problems.push(...result.problems);
    if (result.template) templates.push(result.template);
  }
  ready = { settingTypes, templates, problems, liquid };
  prepared.set(data, ready);
  return ready;
}

/**
 * Does ahead of time what the first build would, for the page to call when it is idle: compiles the templates
 * and the setting schema, parses the fonts, and renders one made-up setting's first policy in every format
 * (discarded), so the renderers' first run is not the user's. Builds after it are byte for byte what they would
 * have been. Never fails: anything that goes wrong here is met again, and reported, by the real build.
 */
export async function warmBuild(data: BuildData): Promise<void> {
  provideSchemas(data.schemas);
  const { settingTypes, templates, liquid } = prepare(data);
  const { partnership } = data;
  readSettingText("", "orgs/warm-up.yaml", { partnership, settingTypes });
  readSettingText("id: warm-up\n", "orgs/warm-up.yaml", { partnership, settingTypes });
  try {
    fontData();
    const type = data.settingTypes[0];
    const area = partnership.areas[0];
    const template = templates[0];
    if (!type || !area || !template) return;
    const setting: Setting = {
      id: "warm-up",
      name: "Warm-up Setting",
      type: type.id,
      area: area.id,
      policy: { written: "2026-01-01" },
      leads: [],
      governing_body: type.governing_body ?? "management",
      source: "orgs/warm-up.yaml",
    };
    const doc = fillTemplate(template, setting, { partnership, settingTypes, liquid });
    for (const format of ["html", "pdf", "docx"] as const) await renderers[format](doc, {});
  } catch {
    // Fonts not provided yet, or the made-up setting does not suit a template: the real build will say.
  }
}

/** A setting file's problems, as buildPolicy and `policysmith build` find them, without building anything. */
export function settingProblemsOf(settingYaml: string, fileName: string, data: BuildData): Problem[] {
  provideSchemas(data.schemas);
  const { settingTypes, templates } = prepare(data);
  return readSettingText(settingYaml, fileName, {
    partnership: data.partnership,
    settingTypes,
    templates: templates.map((t) => t.meta),
  }).problems;
}

export async function buildPolicy(
  settingYaml: string,
  fileName: string,
  data: BuildData,
  options: BuildPolicyOptions,
): Promise<BuildPolicyResult> {
  provideSchemas(data.schemas);
  const { settingTypes, templates, problems: templateProblems, liquid } = prepare(data);
  const { partnership } = data;
  const read = readSettingText(settingYaml, fileName, {
    partnership,
    settingTypes,
    templates: templates.map((t) => t.meta),
  });
  const warnings: string[] = [];
  if (!read.setting) return { problems: read.problems, files: [], warnings };
  if (templateProblems.length) return { problems: templateProblems, files: [], warnings };
  const setting = read.setting;
  let logo: DocumentMeta["logo"];
  if (setting.logo && options.logo) {
    const checked =
      options.logo.length > MAX_LOGO_BYTES
        ? ({
            ok: false,
            message: `is too large (${megabytes(options.logo.length)}; at most ${megabytes(MAX_LOGO_BYTES)}) — save a smaller logo (a few hundred pixels across is plenty for a policy) as PNG or JPEG`,
          } as const)
        : await checkLogoBytes(options.logo);
    if (!checked.ok) {
      // As the loader reports a logo it cannot use (src/data/load-project.ts).
      const problem = problemAt(
        read.source,
        ["logo", "path"],
        `the logo ${setting.logo.path} ${checked.message}`,
      );
      return { problems: [{ ...problem, settingId: setting.id }], files: [], warnings };
    }
    const { type, width, height } = checked;
    logo = { data: options.logo, alt: setting.logo.alt, type, width, height };
  } else if (setting.logo)
    warnings.push(
      `${fileName}: the logo (${setting.logo.path}) is left out — this page cannot open files named in the setting's data; the policy built by policysmith has it`,
    );

  const files: BuiltPolicyFile[] = [];
  const problems: Problem[] = [];
  try {
    for (const meta of templatesFor(setting, { templates: templates.map((t) => t.meta), settingTypes })) {
      const compiled = templates.find((t) => t.meta.id === meta.id) as CompiledTemplate;
      const doc = fillTemplate(compiled, setting, {
        partnership,
        settingTypes,
        liquid,
        logo,
        fallbackDate: options.sourceDate,
      });
      for (const format of options.formats) {
        const bytes = await renderers[format](doc, {
          onWarning: (message) => warnings.push(`${fileName}: ${message}`),
        });
        files.push({ templateId: meta.id, format, name: `${setting.id}/${meta.id}.${format}`, bytes });
      }
    }
  } catch (error) {
    // As SettingBuilder.build reports it (src/build/build.ts).
    if (error instanceof DataError) problems.push(...error.problems);
    else
      problems.push({
        file: fileName,
        settingId: setting.id,
        message: `could not be built: ${error instanceof Error ? error.message : String(error)}`,
      });
  }
  return problems.length ? { problems, files: [], warnings } : { problems, files, warnings };
}

/** As src/data/read-input.ts writes a size. */
function megabytes(bytes: number): string {
  return `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;
}
