/**
 * ajv's validators compiled when the bundles are built, not when they run (issue 15): an esbuild plugin for
 * scripts/build-cli.mjs and scripts/build-site.mjs. ajv compiles a schema into JavaScript source and runs it
 * with `new Function` — tens of milliseconds of a command's start-up, and the reason the self-service page's
 * Content-Security-Policy needed 'unsafe-eval'. Here every schema the code compiles is compiled once at build
 * time with ajv's own standalone code generator (ajv/dist/standalone), with the same options, so the
 * validators and the errors they give are ajv's, to the letter:
 *   - schema/*.schema.json with src/data/schemas.ts's options and ajv-formats;
 *   - each audit rule's options schema (meta.optionsSchema) with src/audit/config.ts's options.
 * In the bundles, `import { Ajv } from "ajv"` (and ajv-formats) then resolve to a small module whose
 * `new Ajv(options).compile(schema)` returns the validator built for that options and schema; nothing of
 * ajv's compiler is bundled. Each importing file gets the validators of its own schemas only (an audit loads
 * the rules' few, not the data schemas'); a file of ours that imports ajv and is not listed fails the build. A schema it was not built with (schema/*.json edited since the build, or options
 * changed in the source without a rebuild) is an Error that says so, never a silent difference.
 */

import { mkdir, readdir, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

const require = createRequire(import.meta.url);
const { Ajv } = require("ajv");
const addFormats = require("ajv-formats");
const standaloneCode = require("ajv/dist/standalone").default;

/**
 * The options each compiling module gives ajv, exactly as its source does (keep them in step: a test builds the
 * CLI and checks that validation and rule options work in it, which they cannot if these differ).
 */
export const DATA_SCHEMA_OPTIONS = { allErrors: true, strict: false, verbose: true };
export const RULE_OPTIONS_OPTIONS = { allErrors: true, useDefaults: false };

/** What identifies one compiled validator: ajv's options, whether ajv-formats was added, the schema. */
export function validatorKey(options, formats, schema) {
  const sorted = Object.fromEntries(Object.entries(options ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify([sorted, formats, schema]);
}

/** The audit rules' options schemas, read from the rules themselves (bundled to a temporary file and run). */
async function ruleOptionSchemas(root) {
  const entry = `export { rules } from ${JSON.stringify(join(root, "src/audit/rules/index.ts"))};
export { ENGINE_RULES } from ${JSON.stringify(join(root, "src/audit/config.ts"))};`;
  // Inside the repository, so that the packages the rules import resolve from its node_modules.
  await mkdir(join(root, "dist"), { recursive: true });
  const outfile = join(root, "dist", `.rules-meta-${process.pid}-${Date.now()}.mjs`);
  try {
    await build({
      stdin: { contents: entry, resolveDir: root, loader: "ts" },
      outfile,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      // The rules' own dependencies stay where they are: only their meta is needed.
      packages: "external",
      banner: {
        js: 'import { createRequire as __policysmithRequire } from "node:module"; const require = __policysmithRequire(import.meta.url);',
      },
      define: { POLICYSMITH_BUNDLE: "false" },
      logLevel: "warning",
      absWorkingDir: root,
    });
    const { rules, ENGINE_RULES } = await import(pathToFileURL(outfile).href);
    return [...rules, ...ENGINE_RULES].map((rule) => rule.meta.optionsSchema).filter(Boolean);
  } finally {
    await rm(outfile, { force: true });
  }
}

/** Every schema the code compiles, with the options it compiles it with. */
export async function schemasToCompile(root) {
  const out = [];
  for (const name of (await readdir(join(root, "schema"))).filter((n) => n.endsWith(".schema.json")).sort())
    out.push({
      name,
      importer: "src/data/schemas.ts",
      options: DATA_SCHEMA_OPTIONS,
      formats: true,
      schema: JSON.parse(await readFile(join(root, "schema", name), "utf8")),
    });
  for (const schema of await ruleOptionSchemas(root))
    out.push({
      name: "rule options",
      importer: "src/audit/config.ts",
      options: RULE_OPTIONS_OPTIONS,
      formats: false,
      schema,
    });
  return out;
}

/** ajv's standalone module (ESM source) for one schema compiled as the code compiles it. */
export function standaloneValidator({ options, formats, schema }) {
  const ajv = new Ajv({ ...options, code: { source: true, esm: true } });
  if (formats) addFormats(ajv);
  return standaloneCode(ajv, ajv.compile(schema));
}

/**
 * The esbuild plugin. `everywhere`: every importer gets every validator (a test's own entry file).
 * @param {{ root: string, everywhere?: boolean }} options
 * @returns {import("esbuild").Plugin}
 */
export function precompiledAjv({ root, everywhere = false }) {
  return {
    name: "precompiled-ajv",
    setup(b) {
      /** @type {Promise<Array<{ key: string, code: string, name: string, importer: string }>> | undefined} */
      let compiled;
      const all = () => {
        compiled ??= schemasToCompile(root).then((list) => {
          const seen = new Set();
          const out = [];
          for (const item of list) {
            const key = validatorKey(item.options, item.formats, item.schema);
            if (seen.has(key)) continue;
            seen.add(key);
            out.push({ key, code: standaloneValidator(item), name: item.name, importer: item.importer });
          }
          return out;
        });
        return compiled;
      };
      const importers = ["src/data/schemas.ts", "src/audit/config.ts"];
      // Only our own source's imports: a package that uses ajv itself keeps it.
      b.onResolve({ filter: /^ajv(-formats)?$/ }, (args) => {
        if (/[\\/]node_modules[\\/]/.test(args.importer)) return undefined;
        if (args.path === "ajv-formats") return { path: args.path, namespace: "precompiled-ajv" };
        const importer = everywhere
          ? "*"
          : importers.find((file) => args.importer.replaceAll("\\", "/").endsWith(`/${file}`));
        if (importer) return { path: `ajv:${importer}`, namespace: "precompiled-ajv" };
        return {
          errors: [
            {
              text: `${args.importer} imports ajv: the bundles compile no schema at run time — list the schemas it compiles, and its options, in scripts/precompiled-ajv.mjs`,
            },
          ],
        };
      });
      b.onResolve({ filter: /^precompiled-ajv-validator:\d+$/ }, (args) => ({
        path: args.path,
        namespace: "precompiled-ajv",
      }));
      b.onLoad({ filter: /.*/, namespace: "precompiled-ajv" }, async (args) => {
        if (args.path === "ajv-formats")
          return {
            // ajv-formats' formats are inside the standalone validators; adding them is noting that they were asked for.
            contents: "export default function addFormats(ajv) { ajv.formats = true; return ajv; }",
            loader: "js",
          };
        const validators = await all();
        if (args.path.startsWith("precompiled-ajv-validator:")) {
          const { code } = validators[Number(args.path.split(":")[1])];
          // The standalone code requires ajv's run-time helpers (ucs2length, the formats): from the repository.
          return { contents: code, loader: "js", resolveDir: root };
        }
        const importer = args.path.slice("ajv:".length);
        const mine = validators
          .map((validator, i) => ({ ...validator, i }))
          .filter((validator) => importer === "*" || validator.importer === importer);
        const imports = mine
          .map(({ i }) => `import validator${i} from "precompiled-ajv-validator:${i}";`)
          .join("\n");
        const entries = mine.map(({ key, i }) => `[${JSON.stringify(key)}, validator${i}]`).join(",\n");
        return {
          loader: "js",
          contents: `${imports}
const validators = new Map([
${entries}
]);
const sorted = (options) =>
  Object.fromEntries(Object.entries(options ?? {}).sort(([a], [b]) => (a < b ? -1 : 1)));
/** ajv's Ajv for the schemas compiled when this bundle was built (scripts/precompiled-ajv.mjs). */
export class Ajv {
  constructor(options = {}) {
    this.options = options;
    this.formats = false;
  }
  compile(schema) {
    const found = validators.get(JSON.stringify([sorted(this.options), this.formats, schema]));
    if (found) return found;
    const id = schema && typeof schema === "object" && (schema.$id ?? schema.title);
    throw new Error(
      \`the JSON Schema \${id ? \`"\${id}" \` : ""}is not one policysmith was built with (its validators are compiled when it is built, for speed and so that no code is made at run time) — if you changed schema/*.json or a rule's options schema, run npm run build\`,
    );
  }
}
export default Ajv;
`,
        };
      });
    },
  };
}
