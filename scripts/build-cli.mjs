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
import { spawnSync } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";
import { deserialize, serialize } from "node:v8";
import { build } from "esbuild";
import { parse, parseDocument } from "yaml";
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
 * in the bundle by one that reads the stored model; if the file cannot be read (missing, or written by a newer Node
 * than the one running), it throws, and the bundle takes compromise's own build instead (lazyCompromise, below).
 */
const COMPROMISE_MODEL =
  /node_modules[\\/]compromise[\\/]src[\\/]2-two[\\/]preTagger[\\/]model[\\/]index\.js$/;
const COMPROMISE_MODEL_FILE = "compromise-model.bin";

/**
 * compromise then merges each plugin's model into its world with mergeDeep (src/API/extend.js), which copies
 * the stored model key by key into fresh objects — 25,000 lexicon entries and the conjugation tables, about as
 * long again as reading the model. So the build stores the model as that copy would be (asMerged: each plain
 * object copied, shared ones unshared; arrays as they are), and the bundle's extend.js takes the stored
 * model's objects as they are — it is fresh from the file and nothing else holds it — where the world has
 * nothing (or an empty object) at that place, and merges as before everywhere else. Whether that gives the same
 * world is checked at every build: compromise bundled this way must give the model compromise itself gives (the
 * same graph: keys in the same order, the same values, the same sharing) and the same output for a set of
 * sentences; if not, the bundle stores and merges the model as compromise does (and the build says so).
 *
 * One object of the model is not empty in the world when it arrives: the lexicon, which holds some two hundred
 * words of compromise's first-level plugins (contractions …) before the tagger's 25,000 are merged in one by one,
 * as long as reading them. So the build stores that object already merged — the world's words first, in their
 * order, then the tagger's, as mergeDeep leaves them (premerge) — with the world's words it was merged with; the
 * bundle's extend.js takes the stored object where the world holds exactly those words (always, unless
 * compromise's own code changed — the bundle carries it), and merges the tagger's words only where it does not.
 */
const COMPROMISE_EXTEND = /node_modules[\\/]compromise[\\/]src[\\/]API[\\/]extend\.js$/;
const STORED = 'Symbol.for("policysmith.compromise-stored-model")';
const MERGE_CALL = "mergeDeep(model, plugin.model)";

/**
 * @param {{ adopt: boolean }} options adopt: extend.js takes the stored model's objects instead of copying them
 * @returns {import("esbuild").Plugin}
 */
function storedCompromiseModel({ adopt }) {
  return {
    name: "stored-compromise-model",
    setup(b) {
      b.onLoad({ filter: COMPROMISE_MODEL }, async (args) => {
        const { default: built } = await import(pathToFileURL(args.path).href);
        const model = adopt ? asMerged(built) : built;
        const premerged = adopt ? premerge(model, await worldBeforeTagger()) : [];
        const kept = adopt ? { model, premerged } : model;
        const stored = serialize(kept);
        if (!isDeepStrictEqual(deserialize(stored), kept))
          throw new Error("compromise's tagger model does not survive node:v8 serialize/deserialize");
        const take = adopt
          ? `model = stored.model;\n  Object.defineProperty(model, ${STORED}, { value: stored.premerged });`
          : "model = stored;";
        await writeFile(join(outDir, COMPROMISE_MODEL_FILE), stored);
        // No fallback here: compromise is loaded with require() (lazyCompromise), which allows no top-level await.
        // A model that cannot be read throws, and the lazy loader takes compromise's own build instead.
        return {
          loader: "js",
          resolveDir: dirname(args.path),
          contents: `import { readFileSync } from "node:fs";
import { deserialize } from "node:v8";
let model;
const stored = deserialize(readFileSync(new URL(${JSON.stringify(`./${COMPROMISE_MODEL_FILE}`)}, import.meta.url)));
${take}
export default model;
`,
        };
      });
      if (!adopt) return;
      b.onLoad({ filter: COMPROMISE_EXTEND }, async (args) => {
        const source = await readFile(args.path, "utf8");
        if (source.split(MERGE_CALL).length !== 2)
          throw new Error(
            `compromise's ${args.path} no longer calls ${MERGE_CALL} once: see scripts/build-cli.mjs`,
          );
        return {
          loader: "js",
          resolveDir: dirname(args.path),
          contents: `${source.replace(MERGE_CALL, `(plugin.model[${STORED}] ? adoptDeep : mergeDeep)(model, plugin.model)`)}
// policysmith's bundle (scripts/build-cli.mjs): mergeDeep for a model nothing else holds, taking its objects as
// they are where the world has none (or an empty one) instead of copying them, and where the build merged the
// world's own entries into them already (premerged: [path, the world's entries then, keys only the world had]).
function adoptDeep(model, plugin, premerged = plugin[${STORED}], path = []) {
  for (const key in plugin) {
    if (isUnsafeKey(key)) continue
    const value = plugin[key]
    const here = model[key]
    if (!isObject(value)) model[key] = value
    else if (!here || (isObject(here) && Object.keys(here).length === 0)) model[key] = value
    else {
      const merged = premerged.find(([at]) => at.length === path.length + 1 && at[path.length] === key && path.every((k, i) => at[i] === k))
      if (!merged) adoptDeep(here, value, premerged, [...path, key])
      else if (sameEntries(here, merged[1])) model[key] = value
      else {
        // Not the world the build saw: the plugin's own entries, merged as mergeDeep merges them (none is an object).
        const worldOnly = new Set(merged[2])
        for (const k in value) if (!isUnsafeKey(k) && !worldOnly.has(k)) here[k] = value[k]
      }
    }
  }
  return model
}
// The same keys in the same order, each with the same string or the same strings in the same order.
function sameEntries(a, b) {
  const keysA = Object.keys(a)
  const keysB = Object.keys(b)
  if (keysA.length !== keysB.length) return false
  for (let i = 0; i < keysA.length; i++) {
    const x = a[keysA[i]]
    const y = b[keysB[i]]
    if (keysA[i] !== keysB[i]) return false
    if (x === y) continue
    if (!Array.isArray(x) || !Array.isArray(y) || x.length !== y.length || x.some((v, j) => v !== y[j])) return false
  }
  return true
}
`,
        };
      });
    },
  };
}

/**
 * compromise loaded when it is first used, not when the rules load (issue 15, start fast): most audits only look
 * words up in its lexicon (src/audit/text/people.ts), which the bundle reads from dist/bundle/compromise-lexicon.txt
 * (COMPROMISE_LEXICON_FILE) without building compromise's world. Our modules' `import nlp from "compromise"` gets a
 * stand-in that loads compromise on its first call or property — with require(), which esbuild bundles as code run
 * only when first required — and src/audit/compromise-lexicon.ts is replaced by a module that reads the stored
 * lexicon. Should the stored model not be readable (a file written by a newer Node), the stand-in takes compromise's
 * own CommonJS build from node_modules instead, and the lexicon is read from it.
 */
const COMPROMISE_LEXICON_FILE = "compromise-lexicon.txt";
const LAZY_NAMESPACE = "policysmith-lazy-compromise";
const COMPROMISE_LEXICON_MODULE = /[\\/]src[\\/]audit[\\/]compromise-lexicon\.ts$/;

/** @returns {import("esbuild").Plugin} */
function lazyCompromise() {
  return {
    name: "lazy-compromise",
    setup(b) {
      b.onResolve({ filter: /^compromise$/ }, async (args) => {
        if (args.pluginData === LAZY_NAMESPACE) return undefined;
        // The stand-in's require("compromise"): compromise's ES modules (with the stored model), as an import
        // finds them, not the CommonJS build that package.json gives require().
        if (args.namespace === LAZY_NAMESPACE)
          return b.resolve("compromise", {
            kind: "import-statement",
            resolveDir: root,
            pluginData: LAZY_NAMESPACE,
          });
        return args.importer.startsWith(join(root, "src"))
          ? { path: "compromise", namespace: LAZY_NAMESPACE }
          : undefined;
      });
      b.onLoad({ filter: /.*/, namespace: LAZY_NAMESPACE }, () => ({
        loader: "js",
        resolveDir: root,
        contents: `let nlp;
function load() {
  if (nlp) return nlp;
  try {
    nlp = require("compromise").default;
  } catch {
    // compromise's own build (it builds its model itself): the bundle's stored model could not be read.
    const name = "compromise";
    const own = require(name);
    nlp = own.default ?? own;
  }
  return nlp;
}
// Called as compromise is (nlp(text)), or asked for a property (nlp.model()): either loads it.
export default new Proxy(function compromise() {}, {
  apply: (_, self, args) => load().apply(self, args),
  get: (_, key) => load()[key],
});
`,
      }));
      b.onLoad({ filter: COMPROMISE_LEXICON_MODULE }, (args) => ({
        loader: "js",
        resolveDir: dirname(args.path),
        contents: `import { readFileSync } from "node:fs";
import nlp from "compromise";
${lexiconEntry}
// The stored lexicon's words are found when asked for (a policy asks for a few dozen of its 25,000); anything else
// a plain object would give (a word it does not hold: undefined, or what every object has) is given as it would be.
export function compromiseLexicon() {
  let text;
  try {
    text = readFileSync(new URL(${JSON.stringify(`./${COMPROMISE_LEXICON_FILE}`)}, import.meta.url), "utf8");
  } catch {
    return nlp.model().one.lexicon;
  }
  const found = new Map();
  return new Proxy({}, {
    get(_, word) {
      if (typeof word !== "string") return ({})[word];
      if (!found.has(word)) found.set(word, lexiconEntry(text, word) ?? ({})[word]);
      return found.get(word);
    },
  });
}
`,
      }));
    },
  };
}

/**
 * The stored lexicon (COMPROMISE_LEXICON_FILE): one line a word, "word<tab>its tags as JSON", after a first newline
 * and before a last one, the words in the order a string's < gives (UTF-16 code units, as sort() leaves them) —
 * read without parsing the 25,000 words a policy does not ask for. lexiconEntry finds one word's tags by halving
 * the text (about 15 lines read a word, found or not: a long policy asks for thousands of names, and searching the
 * whole text for each cost more than parsing it all). The bundle's compromise-lexicon.ts and the build's check use
 * the same function.
 */
function lexiconEntry(text, word) {
  // The word's line, if the text holds it, starts after a newline at or after lo and before hi.
  let lo = 0;
  let hi = text.length - 1;
  while (lo < hi) {
    const start = text.lastIndexOf("\n", (lo + hi) >>> 1);
    const tab = text.indexOf("\t", start + 1);
    const here = text.slice(start + 1, tab);
    if (here === word) return JSON.parse(text.slice(tab + 1, text.indexOf("\n", tab)));
    if (here < word) lo = text.indexOf("\n", tab);
    else hi = start;
  }
  return undefined;
}

/**
 * compromise's own lexicon as the bundle stores it (lexiconEntry), or undefined if that cannot carry it unchanged
 * (a word with a tab or a newline, tags JSON does not keep, an object not plain): read in a process of its own
 * (tagging may add to the world), from the world src/audit/compromise-lexicon.ts reads.
 */
function storedLexicon() {
  const child = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import nlp from "compromise";
const lexicon = nlp.model().one.lexicon;
if (Object.getPrototypeOf(lexicon) === Object.prototype) process.stdout.write(JSON.stringify(lexicon));`,
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.status !== 0) throw new Error(`build-cli: reading compromise's lexicon failed:\n${child.stderr}`);
  if (!child.stdout) return undefined;
  const lexicon = JSON.parse(child.stdout);
  const words = Object.keys(lexicon).sort();
  if (words.some((word) => /[\t\n]/.test(word))) return undefined;
  const text = `\n${words.map((word) => `${word}\t${JSON.stringify(lexicon[word])}`).join("\n")}\n`;
  const back = Object.fromEntries(words.map((word) => [word, lexiconEntry(text, word)]));
  return isDeepStrictEqual(back, lexicon) ? text : undefined;
}

/**
 * compromise's world model just before its tagger's plugin is added (src/two.js adds it to src/one.js's world):
 * read in a process of its own, as importing compromise here gives the world after every plugin.
 */
async function worldBeforeTagger() {
  const child = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `import nlp from ${JSON.stringify(pathToFileURL(join(root, "node_modules", "compromise", "src", "one.js")).href)};
import { serialize } from "node:v8";
process.stdout.write(serialize(nlp.model()).toString("base64"));`,
    ],
    { cwd: root, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
  );
  if (child.status !== 0)
    throw new Error(`build-cli: reading compromise's first world failed:\n${child.stderr}`);
  return deserialize(Buffer.from(child.stdout, "base64"));
}

/**
 * Merges into `stored` (a plugin's model, as asMerged copied it) the world's entries wherever adoptDeep would
 * otherwise merge the plugin's entries one by one: a plain object the world already has, not empty, whose
 * values (the world's and the plugin's) are none of them plain objects — the world's keys first, in their order,
 * then the plugin's new ones, each with the plugin's value where both have it, as mergeDeep leaves them.
 * Returns [path, the world's object, the keys only the world had] for each object merged.
 */
function premerge(stored, world, path = [], merged = []) {
  const isObject = (item) => item && typeof item === "object" && !Array.isArray(item);
  for (const key of Object.keys(stored)) {
    const value = stored[key];
    const here = world?.[key];
    if (!isObject(value) || !isObject(here) || Object.keys(here).length === 0) continue;
    const flat = (object) => Object.values(object).every((item) => !isObject(item));
    if (!flat(value) || !flat(here)) {
      premerge(value, here, [...path, key], merged);
      continue;
    }
    const whole = {};
    for (const k of Object.keys(here)) whole[k] = here[k];
    for (const k of Object.keys(value)) whole[k] = value[k];
    stored[key] = whole;
    merged.push([[...path, key], here, Object.keys(here).filter((k) => !Object.hasOwn(value, k))]);
  }
  return merged;
}

/** A copy of a plugin's model as compromise's mergeDeep makes it in an empty world (src/API/extend.js). */
function asMerged(value) {
  const isObject = (item) => item && typeof item === "object" && !Array.isArray(item);
  const merge = (model, plugin) => {
    for (const key in plugin) {
      if (key === "__proto__" || key === "constructor" || key === "prototype") continue;
      if (isObject(plugin[key])) {
        model[key] ||= {};
        merge(model[key], plugin[key]);
      } else model[key] = plugin[key];
    }
    return model;
  };
  return merge({}, value);
}

/** Sentences tagged by both compromises in the check below: names, roles, dates, verbs of every tense. */
const CHECK_SENTENCES = [
  "Mrs Ilse Varga is our Designated Safeguarding Lead and completed her training on 3 March 2024.",
  "The deputy, Mr Tom O'Neill, left teaching in 2020; Sam Patel-Lowe will be running the nursery.",
  "Reviewed annually by the governing body. Next review: September 2026. She had written to the LADO.",
  "Carys Bell, Lead Instructor, and Dr. Amaka Obi (DSL) were trained by the NSPCC last year, didn't they?",
];

/**
 * Whether two values are the same graph: the same kinds of object with the same own keys in the same order, the
 * same primitives and regular expressions, and the same objects shared at the same places (one object of `a`
 * wherever there is one object of `b`) — what isDeepStrictEqual does not look at, and what a later change to
 * the model would see.
 */
function sameGraph(a, b, pairs = new Map(), seenB = new Set()) {
  if (typeof a !== "object" || a === null || typeof b !== "object" || b === null) return Object.is(a, b);
  if (pairs.has(a)) return pairs.get(a) === b;
  if (seenB.has(b)) return false;
  pairs.set(a, b);
  seenB.add(b);
  const kind = Object.prototype.toString.call(a);
  if (kind !== Object.prototype.toString.call(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b))
    return false;
  if (a instanceof RegExp && String(a) !== String(b)) return false;
  const keys = Reflect.ownKeys(a);
  const keysB = Reflect.ownKeys(b);
  if (keys.length !== keysB.length || keys.some((key, i) => key !== keysB[i])) return false;
  return keys.every((key) => sameGraph(a[key], b[key], pairs, seenB));
}

/**
 * Whether the bundle's compromise, built with the stored model and adoptDeep, gives the world compromise itself
 * gives: the same model graph (sameGraph) and the same output for CHECK_SENTENCES.
 */
async function adoptGivesTheSameWorld() {
  const file = join(outDir, ".compromise-check.mjs");
  try {
    await build({
      absWorkingDir: root,
      stdin: {
        contents: 'export { default } from "compromise";',
        resolveDir: root,
        loader: "js",
      },
      outfile: file,
      bundle: true,
      format: "esm",
      platform: "node",
      target: "node20",
      plugins: [storedCompromiseModel({ adopt: true })],
      logLevel: "warning",
    });
    const { default: ours } = await import(pathToFileURL(file).href);
    const { default: theirs } = await import("compromise");
    // Each term's id is random; everything else of compromise's output must be the same.
    const tags = (nlp) =>
      JSON.stringify(
        CHECK_SENTENCES.map((s) => nlp(s).json()),
        (key, value) => (key === "id" ? undefined : value),
      );
    return sameGraph(ours.world().model, theirs.world().model) && tags(ours) === tags(theirs);
  } finally {
    await rm(file, { force: true });
  }
}

await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });
const adopt = await adoptGivesTheSameWorld();
if (!adopt)
  console.warn(
    "build-cli: compromise's world built from the stored model differs from compromise's own — the bundle copies the model as compromise does (slower start)",
  );
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
  plugins: [lazyCompromise(), storedCompromiseModel({ adopt }), precompiledAjv({ root })],
  logLevel: "warning",
});

const lexicon = storedLexicon();
if (lexicon) await writeFile(join(outDir, COMPROMISE_LEXICON_FILE), lexicon);
else
  console.warn(
    "build-cli: compromise's lexicon cannot be stored one word a line — the bundle reads it from compromise's model",
  );

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

/**
 * The files src/audit/reference-data-node.ts reads, parsed as it parses them (yaml's `parse`, plain JSON values),
 * and data/setting-types.yaml, which it gives an audit outside a project when it parses without a problem (as
 * src/data/yaml-source.ts reads it: unique keys, no errors).
 */
const referenceData = {};
for (const file of ["national-contacts.yaml", "outdated-references.yaml", "setting-types.yaml"]) {
  const text = await readFile(join(root, "data", file), "utf8");
  if (file === "setting-types.yaml" && parseDocument(text, { uniqueKeys: true }).errors.length) continue;
  const value = parse(text);
  // Only what JSON carries unchanged (no dates, no Infinity): anything else is parsed at run time as before.
  if (isDeepStrictEqual(JSON.parse(JSON.stringify(value)), value)) referenceData[file] = { text, value };
}
await writeFile(join(root, "dist", "reference-data.json"), `${JSON.stringify(referenceData)}\n`);
