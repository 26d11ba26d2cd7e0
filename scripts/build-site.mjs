#!/usr/bin/env node
/**
 * Bundles the self-service page (issue 13): src/site/main.ts → dist/site/app.js, ONE classic script (an IIFE:
 * ES modules and workers do not load from file:// in Chromium), minified, with index.html and style.css copied
 * beside it. `npm run build` runs this after tsc, so the npm package ships the page prebuilt and
 * `policysmith site` needs no esbuild. ajv's validators are compiled here (scripts/precompiled-ajv.mjs), so the page
 * makes no code at run time and its Content-Security-Policy needs no 'unsafe-eval'. The DejaVu fonts are inlined (deflated) for the documents it makes.
 *
 *   node scripts/build-site.mjs [--metafile FILE]   (prints the bundle's size)
 */
import { copyFile, mkdir, readFile, stat, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateRawSync } from "node:zlib";
import { build } from "esbuild";
import { precompiledAjv } from "./precompiled-ajv.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const outDir = join(root, "dist", "site");
const metafileArg = process.argv.indexOf("--metafile");

/**
 * Node modules that a core file imports for a function the page never calls (a file reader beside pure
 * helpers). Each is replaced by a module whose every export throws if called; any other `node:` import fails
 * the build, so the core cannot quietly grow a Node dependency.
 */
/** @type {Record<string, string[]>} importer (from the repository root) → the node: modules it may import */
const NODE_ONLY = {};

/**
 * A font file becomes a module whose default export is its bytes deflated and base64-encoded (src/site/fonts.ts
 * unpacks them when the first document is made): half the script of esbuild's binary loader, decoded only then.
 * @type {import("esbuild").Plugin}
 */
const packedFonts = {
  name: "packed-fonts",
  setup(b) {
    b.onLoad({ filter: /\.ttf$/ }, async (args) => ({
      contents: `export default ${JSON.stringify(deflateRawSync(await readFile(args.path), { level: 9 }).toString("base64"))};`,
      loader: "js",
    }));
  },
};

/** @type {import("esbuild").Plugin} */
const nodeOnlyStubs = {
  name: "node-only-stubs",
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => {
      const importer = args.importer.slice(root.length + 1).replaceAll("\\", "/");
      if (NODE_ONLY[importer]?.includes(args.path)) return { path: args.path, namespace: "node-only" };
      return {
        errors: [
          {
            text: `${importer} imports ${args.path}: the self-service page runs in a browser — move the Node part to a shell (src/**/…-node.ts) or, if the page never calls it, list it in NODE_ONLY in scripts/build-site.mjs`,
          },
        ],
      };
    });
    b.onLoad({ filter: /.*/, namespace: "node-only" }, (args) => ({
      contents: `module.exports = new Proxy({}, { get: (_, name) => name === "__esModule" ? false : () => { throw new Error(${JSON.stringify(`${args.path} is not available in the browser`)}); } });`,
      loader: "js",
    }));
  },
};

await mkdir(outDir, { recursive: true });
const result = await build({
  entryPoints: [join(root, "src", "site", "main.ts")],
  outfile: join(outDir, "app.js"),
  bundle: true,
  format: "iife",
  platform: "browser",
  target: ["chrome109", "firefox115", "safari16"],
  minify: true,
  legalComments: "eof",
  charset: "utf8",
  define: { "process.env.NODE_ENV": '"production"' },
  metafile: metafileArg > 0,
  plugins: [nodeOnlyStubs, packedFonts, precompiledAjv({ root })],
  logLevel: "warning",
});
if (metafileArg > 0) await writeFile(process.argv[metafileArg + 1], JSON.stringify(result.metafile));
for (const name of ["index.html", "style.css"])
  await copyFile(join(root, "src", "site", name), join(outDir, name));
const { size } = await stat(join(outDir, "app.js"));
console.log(`site: dist/site/app.js ${(size / 1024 / 1024).toFixed(2)} MB (+ index.html, style.css)`);
