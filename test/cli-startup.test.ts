/**
 * Starting the CLI loads only what its command needs (issue 15, "start fast"): `--version` and `--help` load no
 * renderer, reader, workbook or language library, and `validate` loads no renderer and reads no font file.
 * The built CLI (dist/) runs in a child process with a preload that records every module the loader loads (ESM
 * through a module hook, CommonJS from the require cache at exit) and every .ttf file opened. Time is never
 * asserted here: scripts/bench.mjs measures it.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { FIXTURE_PROJECT } from "./helpers/temp-project.js";

const REPO = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(REPO, "bin", "policysmith.js");
const ONE_DOCX = join(REPO, "test", "corpus", "bramble-pre-school.docx");

/** Libraries that only rendering, reading documents, workbooks, workers or the audit's language rules need. */
const HEAVY = ["docx", "pdf-lib", "exceljs", "pdfjs-dist", "piscina", "compromise"];

// Runs in the loader's own thread: one line per module loaded (ESM, and CommonJS entered from ESM).
const HOOKS = `import { appendFileSync } from "node:fs";
export async function load(url, context, nextLoad) {
  const result = await nextLoad(url, context);
  appendFileSync(process.env.POLICYSMITH_TRACE, "module " + url + "\\n");
  return result;
}
`;

// Runs in the CLI's thread before it starts: registers the hooks, records .ttf files opened, and at exit the
// CommonJS modules required from inside other CommonJS modules (which the hook does not see).
const PRELOAD = `import fs from "node:fs";
import { createRequire, register, syncBuiltinESMExports } from "node:module";
const trace = process.env.POLICYSMITH_TRACE;
register(new URL("./hooks.mjs", import.meta.url));
const note = (path) => {
  if (/\\.ttf$/i.test(String(path))) fs.appendFileSync(trace, "font " + String(path) + "\\n");
  if (/compromise-[a-z]+\\.(?:bin|txt)$/.test(String(path))) fs.appendFileSync(trace, "data " + String(path) + "\\n");
};
for (const [where, name] of [[fs, "readFileSync"], [fs, "openSync"], [fs, "readFile"], [fs, "open"], [fs, "createReadStream"], [fs.promises, "readFile"], [fs.promises, "open"]]) {
  const original = where[name];
  where[name] = function (path, ...rest) {
    note(path);
    return original.call(this, path, ...rest);
  };
}
syncBuiltinESMExports();
const require = createRequire(import.meta.url);
process.on("exit", () => {
  fs.appendFileSync(trace, Object.keys(require.cache).map((file) => "module " + file + "\\n").join(""));
});
`;

let dir: string;
let run = 0;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "policysmith-startup-"));
  writeFileSync(join(dir, "hooks.mjs"), HOOKS);
  writeFileSync(join(dir, "preload.mjs"), PRELOAD);
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

interface Traced {
  code: number | null;
  stdout: string;
  stderr: string;
  /** The packages loaded (their names under node_modules). */
  packages: Set<string>;
  /** The .ttf files opened. */
  fonts: string[];
  /** The files of compromise's data the bundle stored (dist/bundle/compromise-model.bin, compromise-lexicon.txt) read. */
  data: string[];
  /** The files of dist/bundle/ loaded (the bundled CLI). */
  bundleFiles: Set<string>;
  /** Our own modules loaded from tsc's output (dist/**, outside dist/bundle/). */
  compiled: string[];
}

/** Runs node with the tracing preload; `args` follow node's own (a script, or -e …). */
function traced(args: string[], cwd: string): Traced {
  const trace = join(dir, `trace-${++run}.txt`);
  writeFileSync(trace, "");
  const child = spawnSync(
    process.execPath,
    ["--import", pathToFileURL(join(dir, "preload.mjs")).href, ...args],
    {
      cwd,
      encoding: "utf8",
      env: { ...process.env, POLICYSMITH_TRACE: trace, NODE_OPTIONS: "", FORCE_COLOR: "0" },
      timeout: 60_000,
    },
  );
  const lines = readFileSync(trace, "utf8").split("\n");
  const packages = new Set<string>();
  const bundleFiles = new Set<string>();
  const compiled: string[] = [];
  for (const line of lines.filter((l) => l.startsWith("module "))) {
    const name = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(line)?.[1];
    if (name) packages.add(name);
    // A file of the bundle holds many packages: the build lists them (scripts/build-cli.mjs).
    const file = /\/dist\/bundle\/([^/]+\.js)$/.exec(line)?.[1];
    if (file) {
      bundleFiles.add(file);
      for (const bundled of bundleContents()[file] ?? []) packages.add(bundled);
    }
    const own = /\/dist\/(?!bundle\/)(.+\.js)$/.exec(line)?.[1];
    if (own && !line.includes("/node_modules/")) compiled.push(own);
  }
  // Each file once: readFileSync opens it through openSync, which is watched too.
  const fonts = [...new Set(lines.filter((l) => l.startsWith("font ")).map((l) => l.slice(5)))];
  const data = [...new Set(lines.filter((l) => l.startsWith("data ")).map((l) => basename(l.slice(5))))];
  return {
    code: child.status,
    stdout: child.stdout,
    stderr: child.stderr,
    packages,
    fonts,
    data,
    bundleFiles,
    compiled,
  };
}

let contents: Record<string, string[]> | undefined;
/** dist/bundle/contents.json: each file of the bundle → the packages in it. */
function bundleContents(): Record<string, string[]> {
  contents ??= JSON.parse(readFileSync(join(REPO, "dist", "bundle", "contents.json"), "utf8")) as Record<
    string,
    string[]
  >;
  return contents;
}

const cli = (args: string[], cwd: string) => traced([BIN, ...args], cwd);

describe("the CLI loads only what its command needs", () => {
  beforeAll(() => {
    expect(existsSync(join(REPO, "dist", "bin.js")), "dist/ is not built — run npm run build first").toBe(
      true,
    );
    expect(
      existsSync(join(REPO, "dist", "bundle", "bin.js")),
      "dist/bundle/ is not built — run npm run build (or node scripts/build-cli.mjs) first",
    ).toBe(true);
  });

  it("runs the bundle: bin/policysmith.js loads dist/bundle/, not tsc's dist/*.js", () => {
    const result = cli(["--help"], tmpdir());
    expect(result.code, result.stderr).toBe(0);
    expect(result.bundleFiles.has("bin.js")).toBe(true);
    expect(result.compiled).toEqual([]);
  });

  it("auditing a .docx loads the Word reader and the rules, and not pdf.js, the Markdown reader and parser, the renderers, exceljs, piscina, tinyglobby or compromise's lexicon unpacker", () => {
    const result = cli(["audit", ONE_DOCX], tmpdir());
    expect(result.code, result.stderr).toBe(1);
    expect(result.stdout).toContain("1 document checked");
    // Controls: what a .docx audit does need.
    for (const name of ["mammoth", "htmlparser2", "compromise"]) expect(result.packages).toContain(name);
    expect(
      // efrt unpacks compromise's lexicon: the bundle reads the tagger's model as the build stored it instead.
      // remark-parse and mdast-util-from-markdown: the Markdown parsers, which only templates (remark) and .md files
      // (micromark, through mdast-util-from-markdown) need.
      [
        "pdfjs-dist",
        "pdf-lib",
        "docx",
        "exceljs",
        "piscina",
        "tinyglobby",
        "github-slugger",
        "efrt",
        "remark-parse",
        "mdast-util-from-markdown",
        // yaml: only a project's files need it, not a document's audit.
        "yaml",
      ].filter((name) => result.packages.has(name)),
    ).toEqual([]);
    expect(result.compiled).toEqual([]);
  });

  it("auditing a .docx builds compromise's tagger only when a name needs it: a look-up in its lexicon does not", () => {
    // bramble-pre-school.docx: every name the rules weigh is decided by the lexicon alone (people.ts), so the bundle
    // reads the lexicon it stored and never compromise's model (scripts/build-cli.mjs, lazyCompromise).
    const lexiconOnly = cli(["audit", ONE_DOCX], tmpdir());
    expect(lexiconOnly.stdout).toContain("1 document checked");
    expect(lexiconOnly.data).toEqual(["compromise-lexicon.txt"]);
    // Control: a policy whose names need the tagger (a name in running text) reads the model, and says the same
    // as tsc's dist/, which loads compromise as it is.
    const tagged = join(REPO, "test", "corpus", "sunflower-day-nursery.docx");
    const withTagger = cli(["audit", tagged, "--jobs", "1"], tmpdir());
    expect(withTagger.stdout).toContain("1 document checked");
    expect(withTagger.data).toContain("compromise-model.bin");
    const compiled = traced(
      [
        "--input-type=module",
        "-e",
        `const { main } = await import(${JSON.stringify(pathToFileURL(join(REPO, "dist", "bin.js")).href)});
await main(process.argv.slice(0, 1).concat("policysmith", ${JSON.stringify(["audit", tagged, "--jobs", "1"]).slice(1, -1)}));`,
      ],
      tmpdir(),
    );
    expect(compiled.stdout).toBe(withTagger.stdout);
  });

  it("auditing one document reads it in a thread of its own while the rules load, unless --jobs 1", () => {
    const ahead = cli(["audit", ONE_DOCX], tmpdir());
    expect(ahead.stdout).toContain("1 document checked");
    expect(ahead.bundleFiles.has("read-worker.js")).toBe(true);
    const oneThread = cli(["audit", ONE_DOCX, "--jobs", "1"], tmpdir());
    expect(oneThread.stdout).toBe(ahead.stdout);
    expect(oneThread.bundleFiles.has("read-worker.js")).toBe(false);
    expect(oneThread.packages).toContain("mammoth");
  });

  it("the audit's engine and rules load no document reader: reading is the reader thread's (htmlparser2 too)", () => {
    // What the main thread of `audit a.docx` loads besides the CLI: the engine, the rules and their options. The
    // Word file is read in a thread of its own (read-ahead-node.ts), so the HTML parser that reads mammoth's HTML
    // is that thread's, not this one's (read-bytes.ts loads each format's reader when a file of it is read).
    const dist = (path: string) => JSON.stringify(pathToFileURL(join(REPO, "dist", path)).href);
    const rules = traced(
      [
        "--input-type=module",
        "-e",
        `await import(${dist("audit/engine.js")});
await import(${dist("audit/config.js")});
const { rules } = await import(${dist("audit/rules/index.js")});
console.log(rules.length, "rules");`,
      ],
      tmpdir(),
    );
    expect(rules.stderr).toBe("");
    expect(rules.stdout).toMatch(/^\d+ rules\n$/);
    // Controls: the language libraries the rules do load.
    for (const name of ["compromise", "chrono-node"]) expect(rules.packages).toContain(name);
    expect(
      [
        "htmlparser2",
        "mammoth",
        "jszip",
        "fflate",
        "pdfjs-dist",
        "remark-parse",
        "mdast-util-from-markdown",
        "unified",
      ].filter((name) => rules.packages.has(name)),
    ).toEqual([]);
  });

  it("audit a.docx starts its reader thread before the commands load; --jobs, --help, folders and globs start none", () => {
    // In one process with tsc's dist/: main() as bin/policysmith.js calls it, then the reader threads it started.
    // A script file, not -e: a worker thread takes node's options, and --input-type would stop it starting.
    const script = join(dir, "main-then-threads.mjs");
    const dist = (path: string) => JSON.stringify(pathToFileURL(join(REPO, "dist", path)).href);
    writeFileSync(
      script,
      `const { main } = await import(${dist("bin.js")});
const { readAheadThreads } = await import(${dist("audit/sources/read-ahead-node.js")});
await main([process.execPath, "policysmith", ...JSON.parse(process.argv[2])]);
process.stderr.write("threads " + JSON.stringify(readAheadThreads) + "\\n");
`,
    );
    const run = (args: string[]) => {
      const child = spawnSync(process.execPath, [script, JSON.stringify(args)], {
        cwd: tmpdir(),
        encoding: "utf8",
        env: { ...process.env, NODE_OPTIONS: "", FORCE_COLOR: "0" },
        timeout: 60_000,
      });
      const threads = /threads (.+)/.exec(child.stderr)?.[1];
      expect(threads, child.stderr).toBeDefined();
      return { stdout: child.stdout, threads: JSON.parse(threads as string) as Record<string, number> };
    };
    const early = run(["audit", ONE_DOCX, "--as-of", "2026-12-01"]);
    expect(early.stdout).toContain("1 document checked");
    expect(early.threads).toEqual({ started: 1, prestarted: 1, taken: 1 });
    // The user's own --jobs: the audit starts the thread itself (2) or reads here (1), as before.
    const two = run(["audit", ONE_DOCX, "--as-of", "2026-12-01", "--jobs", "2"]);
    expect(two.stdout).toBe(early.stdout);
    expect(two.threads).toEqual({ started: 1, prestarted: 0, taken: 0 });
    expect(run(["audit", ONE_DOCX, "--as-of", "2026-12-01", "-j", "1"]).threads).toEqual({
      started: 0,
      prestarted: 0,
      taken: 0,
    });
    expect(run(["audit", "--help"]).threads.prestarted).toBe(0);
  });

  it("auditing a .pdf loads pdf.js and not the Word reader; a .md loads the Markdown parser and neither", () => {
    const pdf = cli(["audit", join(REPO, "test", "corpus", "bramble-pre-school.pdf")], tmpdir());
    expect(pdf.stdout).toContain("1 document checked");
    expect(pdf.packages).toContain("pdfjs-dist");
    expect(["mammoth", "jszip"].filter((name) => pdf.packages.has(name))).toEqual([]);
    const md = cli(["audit", join(REPO, "test", "corpus", "bramble-pre-school.md")], tmpdir());
    expect(md.stdout).toContain("1 document checked");
    // micromark's parser, read through mdast-util-from-markdown (the audit's reader; remark is the templates').
    expect(md.packages).toContain("mdast-util-from-markdown");
    expect(["mammoth", "jszip", "pdfjs-dist"].filter((name) => md.packages.has(name))).toEqual([]);
  });

  it("--version loads nothing but the version: bin/policysmith.js answers it, with no ES module of the CLI loaded", () => {
    const version = JSON.parse(readFileSync(join(REPO, "package.json"), "utf8")).version as string;
    for (const flag of ["--version", "-v"]) {
      const result = cli([flag], tmpdir());
      expect(result.code, result.stderr).toBe(0);
      expect(result.stdout).toBe(`${version}\n`);
      expect(result.stderr).toBe("");
      expect([...result.packages], flag).toEqual([]);
      // Neither the bundle nor tsc's dist/: the launcher (CommonJS, bin/package.json) answers from package.json.
      expect([...result.bundleFiles], flag).toEqual([]);
      expect(result.compiled, flag).toEqual([]);
    }
    // With anything more on the line, commander answers as it always did.
    const more = cli(["--version", "--help"], tmpdir());
    expect(more.code, more.stderr).toBe(0);
    expect(more.packages.has("commander")).toBe(true);
  });

  it("--help loads no renderer, reader, workbook, worker pool or language library", () => {
    for (const args of [["--help"], ["audit", "--help"]]) {
      const result = cli(args, tmpdir());
      expect(result.code, `${args.join(" ")}: ${result.stderr}`).toBe(0);
      expect(result.stdout).toMatch(/Usage: policysmith/);
      // The trace works: commander, which every command needs, is in it.
      expect(result.packages.has("commander"), args.join(" ")).toBe(true);
      expect(
        HEAVY.filter((name) => result.packages.has(name)),
        args.join(" "),
      ).toEqual([]);
      expect(result.fonts, args.join(" ")).toEqual([]);
    }
  });

  it("validate loads no renderer and reads no font file", () => {
    const result = cli(["validate"], FIXTURE_PROJECT);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("All 2 settings and 1 template are valid.\n");
    expect(result.code).toBe(0);
    expect(HEAVY.filter((name) => result.packages.has(name))).toEqual([]);
    expect(result.fonts).toEqual([]);
  });

  it("the trace sees what a command does load: audit of one .docx loads the language rules; a renderer's first font request reads the files", () => {
    // A control for the two tests above: a trace that saw nothing would let them pass without meaning it.
    const audit = cli(["audit", ONE_DOCX], tmpdir());
    expect(audit.code, audit.stderr).not.toBe(2);
    expect(audit.packages.has("compromise")).toBe(true);
    expect(audit.fonts).toEqual([]);
    const platform = pathToFileURL(join(REPO, "dist", "render", "platform-node.js")).href;
    const fontFilesModule = pathToFileURL(join(REPO, "dist", "render", "pdf", "font-files.js")).href;
    const render = traced(
      [
        "--input-type=module",
        "-e",
        `const { useNodePlatform } = await import(${JSON.stringify(platform)});
const { fontFiles } = await import(${JSON.stringify(fontFilesModule)});
useNodePlatform();
const files = fontFiles();
console.log(fontFiles() === files ? "same" : "different", Object.keys(files).join(","));`,
      ],
      tmpdir(),
    );
    expect(render.stderr).toBe("");
    expect(render.stdout).toContain("same regular,bold,italic,boldItalic,mono");
    expect(render.fonts.map((f) => f.split("/").pop())).toEqual([
      "DejaVuSans.ttf",
      "DejaVuSans-Bold.ttf",
      "DejaVuSans-Oblique.ttf",
      "DejaVuSans-BoldOblique.ttf",
      "DejaVuSansMono.ttf",
    ]);
  });
});

describe("provideFontFiles with a loader", () => {
  it("calls the loader when a renderer first asks for the fonts, once, and checks what it returns", async () => {
    vi.resetModules();
    const { provideFontFiles, fontFiles } = await import("../src/render/pdf/font-files.js");
    const { nodeFontFiles } = await import("../src/render/platform-node.js");
    let calls = 0;
    provideFontFiles(() => {
      calls++;
      return nodeFontFiles();
    });
    expect(calls).toBe(0);
    const first = fontFiles();
    expect(fontFiles()).toBe(first);
    expect(calls).toBe(1);
    expect(first.regular.length).toBeGreaterThan(100_000);

    provideFontFiles(() => ({ ...nodeFontFiles(), mono: new Uint8Array() }));
    expect(() => fontFiles()).toThrow(/"mono" font file is missing or empty/);
    // Bytes given directly replace a loader not yet called.
    const bytes = nodeFontFiles();
    provideFontFiles(bytes);
    expect(fontFiles().bold).toBe(bytes.bold);
  });

  it("a Word and a PDF document rendered with fonts from a loader are byte-identical to those rendered with the bytes given", async () => {
    vi.resetModules();
    const { useNodePlatform, nodeFontFiles } = await import("../src/render/platform-node.js");
    useNodePlatform();
    const { renderPdf } = await import("../src/render/pdf/index.js");
    const { renderDocx } = await import("../src/render/docx/index.js");
    const { provideFontFiles } = await import("../src/render/pdf/font-files.js");
    const { sampleDocument } = await import("./helpers/sample-document.js");
    const doc = sampleDocument();
    const lazyPdf = await renderPdf(doc);
    const lazyDocx = await renderDocx(doc);
    provideFontFiles(nodeFontFiles());
    expect(Buffer.from(await renderPdf(doc)).equals(Buffer.from(lazyPdf))).toBe(true);
    expect(Buffer.from(await renderDocx(doc)).equals(Buffer.from(lazyDocx))).toBe(true);
  });
});
