#!/usr/bin/env node
/**
 * Bundles the command line (issue 15, "start fast"): src/bin.ts and the worker threads (src/audit/worker.ts,
 * src/build/worker.ts, src/audit/sources/read-worker-node.ts) → dist/bundle/, ESM with code splitting, so each command's `await import(…)` is a chunk
 * loaded only when that command runs. Node then reads a few dozen files instead of about 1,700 small modules
 * (compromise, chrono-node, date-fns, yaml and ajv are hundreds of files each), which was most of the start-up.
 * `npm run build` runs this after tsc; tsc's dist/** stays as it is (tests and the library API import it).
 *
 * Every output file sits directly in dist/bundle/, two folders below the package root: the define
 * POLICYSMITH_BUNDLE tells src/paths.ts so (packagePath, the worker files), wherever its code lands.
 * dist/reference-data.json holds the audit's reference data (data/national-contacts.yaml, outdated-references.yaml)
 * parsed, beside each file's text: src/audit/reference-data-node.ts takes a file from it while the text is the same.
 * ajv's validators are compiled here, not at run time (scripts/precompiled-ajv.mjs): the bundle holds no ajv compiler.
 * dist/bundle/contents.json lists, for each output file, the packages bundled into it, so a test can tell which
 * libraries a command loaded (test/cli-startup.test.ts).
 *
 *   node scripts/build-cli.mjs [--metafile FILE]
 */
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { deserialize, serialize } from "node:v8";
import { build } from "esbuild";
import { parse } from "yaml";
import { precompiledAjv } from "./precompiled-ajv.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "dist", "bundle");
const metafileArg = process.argv.indexOf("--metafile");

/**
 * Left out of the bundle, imported from node_modules at run time: piscina starts its own worker file from its
 * package folder, and pdf.js finds its worker module beside its own file.
 */
const EXTERNAL = ["piscina", "pdfjs-dist"];

/**
 * compromise (the audit's name tagger) builds its tagger's model when it is first imported — unpacking its
 * lexicon of some 25,000 words and conjugating every verb — which was a quarter of `audit one.docx`. That model
 * is plain data (objects, arrays, strings, regular expressions, some shared), built the same way every time, so
 * the build builds it once, with compromise's own code, and stores it with Node's structured serializer
 * (node:v8, which keeps shared references and regular expressions): the bundle reads it back in a few
 * milliseconds. The module that built it (model/index.js, imported only by the preTagger's plugin.js) is replaced
 * in the bundle by one that reads the stored model, and builds it as compromise does if the file cannot be read
 * (missing, or written by a newer Node than the one running).
 */
const COMPROMISE_MODEL =
  /node_modules[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;
const COMPROMISE_MODEL_FILE = "compromise-model.bin";

/** @type {import("esbuild").Plugin} */
const storedCompromiseModel = {
  name: "stored-compromise-model",
  setup(b) {
    b.onLoad({ filter: COMPROMISE_MODEL }, async (args) => {
      if (args.suffix === "?built") return undefined; // the fallback: compromise's own module, as it is
      const { default: model } = await import(pathToFileURL(args.path).href);
      const stored = serialize(model);
      if (!isDeepStrictEqual(deserialize(stored), model))
        throw new Error("compromise's tagger model does not survive node:v8 serialize/deserialize");
      await writeFile(join(outDir, COMPROMISE_MODEL_FILE), stored);
      return {
        loader: "js",
        resolveDir: dirname(args.path),
        contents: `import { readFileSync } from "node:fs";
import { deserialize } from "node:v8";
let model;
try {
  model = deserialize(readFileSync(new URL(${JSON.stringify(`./${COMPROMISE_MODEL_FILE}`)}, import.meta.url)));
} catch {
  model = (await import("./index.js?built")).default;
}
export default model;
`,
      };
    });
  },
};

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const result = await build({
  absWorkingDir: root,
  entryPoints: {
    bin: "src/bin.ts",
    "audit-worker": "src/audit/worker.ts",
    "build-worker": "src/build/worker.ts",
    "read-worker": "src/audit/sources/read-worker-node.ts",
  },
  outdir: outDir,
  chunkNames: "chunk-[hash]",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  target: "node20",
  external: EXTERNAL,
  // CommonJS packages in an ES module bundle call require() for Node's built-ins and their own files.
  banner: {
    js: 'import { createRequire as __policysmithRequire } from "node:module"; const require = __policysmithRequire(import.meta.url);',
  },
  define: { POLICYSMITH_BUNDLE: "true" },
  sourcemap: false,
  legalComments: "none",
  metafile: true,
  plugins: [storedCompromiseModel, precompiledAjv({ root })],
  logLevel: "warning",
});

/** Output file (relative to dist/bundle) → the packages bundled into it, sorted. */
const contents = {};
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  const packages = new Set();
  for (const input of Object.keys(output.inputs)) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1];
    if (name) packages.add(name);
  }
  contents[relative(outDir, join(root, file))] = [...packages].sort();
}
await writeFile(join(outDir, "contents.json"), `${JSON.stringify(contents, null, 1)}\n`);
if (metafileArg > 0) await writeFile(process.argv[metafileArg + 1], JSON.stringify(result.metafile));

/** The files src/audit/reference-data-node.ts reads, parsed as it parses them (yaml's `parse`, plain JSON values). */
const referenceData = {};
for (const file of ["national-contacts.yaml", "outdated-references.yaml"]) {
  const text = await readFile(join(root, "data", file), "utf8");
  const value = parse(text);
  // Only what JSON carries unchanged (no dates, no Infinity): anything else is parsed at run time as before.
  if (isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value)) referenceData[file] = { text, value };
}
await writeFile(join(root, "dist", "reference-data.json"), `${JSON.stringify(referenceData)}\n`);
