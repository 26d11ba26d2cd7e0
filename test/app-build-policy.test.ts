/**
 * The page's build (src/app/build-policy.ts) is `policysmith build` for one setting: the same bytes for every
 * template and format (in Node, where the renderers get Node's zlib), and the same problems in the same words
 * and places for a broken setting file. Its data (build-data-node.ts) survives JSON, as the page carries it.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync, inflateSync } from "node:zlib";
import { build } from "esbuild";
import { unzipSync } from "fflate";
import { PDFDocument, PDFName, PDFRawStream } from "pdf-lib";
import { afterAll, describe, expect, it, vi } from "vitest";
import { buildDataFromProject } from "../src/app/build-data-node.js";
import { type BuildData, buildPolicy, settingProblemsOf, warmBuild } from "../src/app/build-policy.js";
import { buildProject } from "../src/build/build.js";
import { loadProject } from "../src/data/load-project.js";
import { checkLogoBytes } from "../src/data/logo.js";
import { formatProblem } from "../src/errors.js";
import { renderers } from "../src/render/formats.js";
import { browserAvailable, launchBrowser } from "./helpers/browser.js";
import { tempProject } from "./helpers/temp-project.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const out = mkdtempSync(join(tmpdir(), "policysmith-build-policy-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** As the page gets it: through JSON. */
async function pageData(root: string): Promise<BuildData> {
  return JSON.parse(JSON.stringify(await buildDataFromProject(await loadProject(root))));
}

type CliBuild = {
  project: Awaited<ReturnType<typeof loadProject>>;
  result: Awaited<ReturnType<typeof buildProject>>;
  /** The build's output folder (a file's name there starts with the setting's folder). */
  dir: string;
};
const cliBuilds = new Map<string, Promise<CliBuild>>();
/**
 * `policysmith build` (the library call, one thread) of one example setting, every format, into its own folder:
 * made once for the file, by the first test that asks — the page's build in Node and in Chromium are both
 * compared with the same files.
 */
function cliBuild(id: string): Promise<CliBuild> {
  let built = cliBuilds.get(id);
  if (!built) {
    built = (async () => {
      const project = await loadProject(ROOT, { orgs: [id] });
      const result = await buildProject(project, {
        formats: ["docx", "pdf", "html"],
        outDir: join(out, "cli", id),
        orgs: [id],
        jobs: 1,
      });
      return { project, result, dir: join(out, "cli", id) };
    })();
    cliBuilds.set(id, built);
  }
  return built;
}

describe("buildPolicy builds what policysmith build builds", () => {
  for (const id of ["acorns-day-nursery", "harbour-lights-family-support"]) {
    it(`${id}: every template's Word, PDF and HTML file, byte for byte`, async () => {
      const { project, result, dir } = await cliBuild(id);
      expect(result.failed.size).toBe(0);
      const setting = project.settings[0];
      // The page is given the logo file's bytes, as a user would choose the file.
      const logo = setting?.logo ? readFileSync(join(ROOT, "orgs", setting.logo.path)) : undefined;
      const built = await buildPolicy(
        readFileSync(join(ROOT, "orgs", `${id}.yaml`), "utf8"),
        `orgs/${id}.yaml`,
        await pageData(ROOT),
        { formats: ["docx", "pdf", "html"], logo },
      );
      expect(built.problems).toEqual([]);
      expect(built.files.map((f) => f.name).sort()).toEqual(
        result.files.map((f) => f.path.replace(/^.*?\/(?=[^/]+\/[^/]+$)/, "")).sort(),
      );
      expect(built.files.length).toBeGreaterThanOrEqual(3);
      for (const file of built.files) {
        const cli = readFileSync(join(dir, file.name));
        expect(Buffer.from(file.bytes).equals(cli), `${file.name} differs from policysmith build's`).toBe(
          true,
        );
      }
    });
  }

  it("warmBuild renders ahead of the first build and changes nothing it builds", async () => {
    const id = "acorns-day-nursery";
    const yaml = readFileSync(join(ROOT, "orgs", `${id}.yaml`), "utf8");
    const formats = ["docx", "pdf", "html"] as const;
    const cold = await buildPolicy(yaml, `orgs/${id}.yaml`, await pageData(ROOT), { formats: [...formats] });
    const data = await pageData(ROOT);
    const rendered = vi.spyOn(renderers, "pdf");
    await warmBuild(data);
    expect(rendered).toHaveBeenCalledTimes(1);
    rendered.mockRestore();
    await warmBuild(data);
    const warm = await buildPolicy(yaml, `orgs/${id}.yaml`, data, { formats: [...formats] });
    expect(warm.files.length).toBe(cold.files.length);
    for (const [i, file] of warm.files.entries())
      expect(Buffer.from(file.bytes).equals(Buffer.from(cold.files[i]?.bytes ?? [])), file.name).toBe(true);
  });

  it("a setting with a logo the page was not given is built without it, and a warning says so", async () => {
    const id = "harbour-lights-family-support";
    const built = await buildPolicy(
      readFileSync(join(ROOT, "orgs", `${id}.yaml`), "utf8"),
      `orgs/${id}.yaml`,
      await pageData(ROOT),
      { formats: ["html"] },
    );
    expect(built.problems).toEqual([]);
    expect(built.warnings.join("\n")).toMatch(/the logo \(.+\) is left out — this page cannot open files/);
    expect(new TextDecoder().decode(built.files[0]?.bytes)).not.toContain("data:image/");
  });
});

describe("buildPolicy finds a broken setting's problems as policysmith build does", () => {
  const valid = readFileSync(join(ROOT, "test", "fixtures", "project", "orgs", "little-stars.yaml"), "utf8");
  const broken: Record<string, string> = {
    "YAML that does not parse": valid.replace("type: nursery", "type: [nursery"),
    "a field the schema lacks and a date that is no date": valid
      .replace("type: nursery", "type: nursery\ncolour: blue")
      .replace("written: 2024-09-01", "written: 2024-13-01"),
    "an unknown area, a course id the partnership lacks and an id that is not the file's": valid
      .replace("area: riverbend", "area: nowhere")
      .replace("course: early-years-dsl", "course: no-such-course")
      .replace("id: little-stars", "id: little-star"),
    "a list where fields should be": "- id: little-stars\n",
    "an empty file": "",
    "a control character": valid.replace("Ada Price", "Ada\u0007Price"),
    "an approval of a model version that does not exist": valid.replace(
      '  version: "2.0"\n',
      '  version: "2.0"\n  approved:\n    date: 2025-09-15\n    by: Governors\n    model_version: "1999.9"\n',
    ),
  };
  const withLogo = `${valid}logo: { path: logos/stars.png, alt: Stars }\n`;
  const logos: Record<string, Uint8Array> = {
    "a logo that is a GIF": Buffer.from("GIF89a\x01\x00\x01\x00", "latin1"),
    "a logo cut short": pngOf(8, 8).subarray(0, 40),
    "a logo whose PNG data does not unpack to its size": pngOf(8, 8, 7),
    "a logo larger than 5 MB": new Uint8Array(5 * 1024 * 1024 + 1),
  };
  for (const [what, logo] of Object.entries(logos)) {
    it(what, async () => {
      const root = tempProject({ "orgs/little-stars.yaml": withLogo });
      mkdirSync(join(root, "orgs", "logos"));
      writeFileSync(join(root, "orgs", "logos", "stars.png"), logo);
      const cli = (await loadProject(root)).problems.filter((p) => p.file === "orgs/little-stars.yaml");
      expect(cli.map(formatProblem).join("\n")).toMatch(/logo\.path: the logo logos\/stars\.png /);
      const page = await buildPolicy(withLogo, "orgs/little-stars.yaml", await pageData(root), {
        formats: ["html"],
        logo,
      });
      expect(page.files).toEqual([]);
      expect(page.problems).toEqual(cli);
    });
  }

  it("a PNG whose image data fails its zlib checksum is refused, as zlib refuses it", async () => {
    const good = pngOf(4, 4);
    expect(await checkLogoBytes(good)).toMatchObject({ ok: true, type: "png", width: 4, height: 4 });
    expect(await checkLogoBytes(pngOf(4, 4, 0, true))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/image data does not match the size in its header/),
    });
  });

  for (const [what, text] of Object.entries(broken)) {
    it(what, async () => {
      const root = tempProject({ "orgs/little-stars.yaml": text });
      const cli = (await loadProject(root)).problems.filter((p) => p.file === "orgs/little-stars.yaml");
      expect(cli.length).toBeGreaterThan(0);
      const page = await buildPolicy(text, "orgs/little-stars.yaml", await pageData(root), {
        formats: ["html"],
      });
      expect(page.files).toEqual([]);
      expect(page.problems.map(formatProblem)).toEqual(cli.map(formatProblem));
      expect(page.problems).toEqual(cli);
      expect(settingProblemsOf(text, "orgs/little-stars.yaml", await pageData(root))).toEqual(cli);
    });
  }
});

describe.runIf(browserAvailable("buildPolicy in a real browser"))("buildPolicy in chromium", () => {
  it("builds acorns-day-nursery's policy in the page: the HTML is the CLI's, the PDF and Word file hold the CLI's content", async () => {
    const id = "acorns-day-nursery";
    const bundle = await build({
      entryPoints: [join(ROOT, "test", "fixtures", "browser-safe", "build-entry.js")],
      bundle: true,
      write: false,
      platform: "browser",
      format: "iife",
      loader: { ".ttf": "binary" },
      logLevel: "silent",
    });
    const built = await cliBuild(id);
    expect(built.result.failed.size).toBe(0);
    const cliOut = built.dir;
    const data = JSON.stringify(await buildDataFromProject(await loadProject(ROOT, { orgs: [id] })));
    const yaml = readFileSync(join(ROOT, "orgs", `${id}.yaml`), "utf8");
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(String(error)));
      await page.addScriptTag({ content: bundle.outputFiles[0]?.text });
      const result = await page.evaluate(
        ([y, d, f]) =>
          (globalThis as unknown as { buildInPage: (...a: string[]) => Promise<BrowserBuild> }).buildInPage(
            y,
            f,
            d,
          ),
        [yaml, data, `orgs/${id}.yaml`],
      );
      expect(errors).toEqual([]);
      expect(result.problems).toEqual([]);
      expect(result.files.length).toBeGreaterThanOrEqual(3);
      for (const file of result.files) {
        const bytes = new Uint8Array(Buffer.from(file.base64, "base64"));
        const cli = new Uint8Array(readFileSync(join(cliOut, file.name)));
        if (file.name.endsWith(".html")) expect(Buffer.from(bytes).equals(Buffer.from(cli))).toBe(true);
        else if (file.name.endsWith(".pdf"))
          expect(await inflatedStreams(bytes)).toEqual(await inflatedStreams(cli));
        else {
          const [page, node] = [unzipSync(bytes), unzipSync(cli)];
          expect(Object.keys(page)).toEqual(Object.keys(node));
          for (const name of Object.keys(page))
            expect(
              Buffer.from(page[name] as Uint8Array).equals(Buffer.from(node[name] as Uint8Array)),
              name,
            ).toBe(true);
        }
      }
    } finally {
      await browser.close();
    }
  });
});

interface BrowserBuild {
  ms: number;
  problems: unknown[];
  warnings: string[];
  files: Array<{ name: string; base64: string }>;
}

/** Every compressed stream of a PDF, inflated: equal when two PDFs differ only in how they were deflated. */
async function inflatedStreams(bytes: Uint8Array): Promise<string[]> {
  const pdf = await PDFDocument.load(bytes);
  const streams: string[] = [];
  for (const [, object] of pdf.context.enumerateIndirectObjects())
    if (object instanceof PDFRawStream && String(object.dict.get(PDFName.of("Filter"))) === "/FlateDecode")
      streams.push(inflateSync(object.contents).toString("base64"));
  expect(streams.length).toBeGreaterThan(5);
  return streams;
}

/**
 * An RGBA PNG of width × height, its image data `extraRows` rows longer than its header says, or with its
 * zlib checksum (Adler-32) spoilt.
 */
function pngOf(width: number, height: number, extraRows = 0, badChecksum = false): Uint8Array {
  const chunk = (type: string, body: Uint8Array) => {
    const out = Buffer.alloc(12 + body.length);
    out.writeUInt32BE(body.length, 0);
    out.write(type, 4, "latin1");
    Buffer.from(body).copy(out, 8);
    out.writeUInt32BE(crc32(out.subarray(4, 8 + body.length)), 8 + body.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8;
  header[9] = 6;
  const data = deflateSync(Buffer.alloc((height + extraRows) * (1 + width * 4)));
  if (badChecksum) data[data.length - 1] ^= 0xff;
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", data),
    chunk("IEND", new Uint8Array()),
  ]);
}

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
