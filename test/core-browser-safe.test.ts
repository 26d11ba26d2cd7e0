/**
 * The self-service page (issue 13) runs the same core as the CLI in a browser. Every module in src/app/ whose
 * name does not end in "-node.ts" is a browser entry: bundled here as the page's bundler would (esbuild,
 * platform "browser"), it must reach no Node built-in — directly or through any module it imports — and our own
 * sources it pulls in must not use Node's globals (Buffer, process). A failure names the file that imports it.
 */

import { readdirSync, readFileSync } from "node:fs";
import { builtinModules } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build, type Plugin } from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const APP = join(ROOT, "src", "app");

/** "fs", "node:fs", "fs/promises", "node:test" … */
const NODE_BUILTINS = new RegExp(
  `^(?:node:.*|(?:${builtinModules.map((m) => m.replace(/[/.]/g, "\\$&")).join("|")})(?:/.*)?)$`,
);

interface NodeImport {
  builtin: string;
  importer: string;
}

/** Bundles the entries for the browser and lists every Node built-in they reach, with the file importing it. */
async function nodeImportsOf(entries: string[]): Promise<{ imports: NodeImport[]; inputs: string[] }> {
  const imports: NodeImport[] = [];
  const recordBuiltins: Plugin = {
    name: "record-node-builtins",
    setup(b) {
      b.onResolve({ filter: NODE_BUILTINS }, (args) => {
        imports.push({ builtin: args.path, importer: args.importer.replace(ROOT, "") });
        return { path: args.path, external: true };
      });
    },
  };
  const result = await build({
    entryPoints: entries,
    bundle: true,
    write: false,
    platform: "browser",
    format: "iife",
    outdir: "out",
    logLevel: "silent",
    metafile: true,
    plugins: [recordBuiltins],
  });
  return { imports, inputs: Object.keys(result.metafile?.inputs ?? {}) };
}

/**
 * Node's globals used in our own sources: Buffer.from(…), process.env, require(…). A mention in a comment or a
 * quoted string does not count, nor does a type (`as unknown as Buffer`).
 */
function nodeGlobalsIn(text: string): string[] {
  const code = text
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/(^|[^:\\])\/\/.*$/gm, "$1")
    .replace(/"(?:\\.|[^"\\\n])*"|'(?:\\.|[^'\\\n])*'/g, '""');
  const found = new Set<string>();
  for (const match of code.matchAll(
    /(?<![.\w$])(Buffer|process|global|__dirname|__filename|require)\s*[.([]/g,
  ))
    found.add(match[1] as string);
  return [...found];
}

describe("the core the self-service page runs is browser-safe", () => {
  it("finds the Node built-ins a browser entry reaches, and the file importing each", async () => {
    const { imports } = await nodeImportsOf([join(ROOT, "test", "fixtures", "browser-safe", "uses-node.ts")]);
    expect([...imports].sort((a, b) => a.builtin.localeCompare(b.builtin))).toEqual([
      { builtin: "node:zlib", importer: "test/fixtures/browser-safe/uses-node.ts" },
      { builtin: "path", importer: "test/fixtures/browser-safe/uses-node.ts" },
    ]);
    expect(
      nodeGlobalsIn(readFileSync(join(ROOT, "test", "fixtures", "browser-safe", "uses-node.ts"), "utf8")),
    ).toEqual(["Buffer"]);
    expect(nodeGlobalsIn("// Buffer.from(x)\nconst s = 'process.env'; let b: Buffer;")).toEqual([]);
  });

  it("bundles every module of src/app/ (but *-node.ts) for the browser without a Node built-in", async () => {
    const entries = readdirSync(APP)
      .filter((name) => name.endsWith(".ts") && !name.endsWith("-node.ts") && !name.endsWith(".d.ts"))
      .map((name) => join(APP, name));
    expect(entries.length, "src/app/ holds the page's entries (build-policy.ts at least)").toBeGreaterThan(0);
    const { imports, inputs } = await nodeImportsOf(entries);
    const lines = imports.map((i) => `${i.importer} imports ${i.builtin}`);
    for (const input of inputs) {
      if (!input.startsWith("src/")) continue;
      for (const name of nodeGlobalsIn(readFileSync(join(ROOT, input), "utf8")))
        lines.push(`${input} uses Node's global ${name}`);
    }
    expect([...new Set(lines)].sort(), "Node-only code reached from the browser core").toEqual([]);
  });
});
