import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { loadProject } from "../src/data/load-project.js";
import { checkLogoBytes } from "../src/data/logo.js";
import { linkRefusal } from "../src/data/markdown-links.js";
import { ConfigError, formatProblem, UsageError } from "../src/errors.js";
import { PNG_SIGNATURE, pngChunk } from "./helpers/png.js";
import { FIXTURE_PROJECT, tempProject } from "./helpers/temp-project.js";

const oak = readFileSync(join(FIXTURE_PROJECT, "orgs/oak-primary.yaml"), "utf8");

async function problemsFor(files: Record<string, string>) {
  const project = await loadProject(tempProject(files));
  return { project, messages: project.problems.map(formatProblem) };
}

describe("bad setting data", () => {
  it("names file, line, column and path for a date that is not a date, and still loads the others", async () => {
    const broken = oak.replace("date: 2024-10-15", "date: Octob 2024");
    const { project, messages } = await problemsFor({ "orgs/oak-primary.yaml": broken });
    expect(messages).toEqual([
      'orgs/oak-primary.yaml:17:15 leads[0].training[0].date: "Octob 2024" is not a date — write it as YYYY-MM-DD, e.g. 2024-10-15',
    ]);
    expect(project.settings.map((s) => s.id)).toEqual(["little-stars"]);
    expect(project.problems[0].settingId).toBe("oak-primary");
  });

  it("reports a date that cannot exist", async () => {
    const { messages } = await problemsFor({
      "orgs/oak-primary.yaml": oak.replace("2026-09-20", "2026-02-30"),
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^orgs\/oak-primary\.yaml:11:16 policy\.next_review: "2026-02-30" is not a (real )?date/,
    );
  });

  it("reports invalid YAML with its position", async () => {
    const { messages } = await problemsFor({
      "orgs/oak-primary.yaml": oak.replace("name: Oak Primary School", "name: Oak: Primary: School"),
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^orgs\/oak-primary\.yaml:2:\d+ the YAML is broken here: .* — check the indentation and quoting/,
    );
  });

  it("reports an unknown area and setting type with the allowed values", async () => {
    const { messages } = await problemsFor({
      "orgs/oak-primary.yaml": oak
        .replace("type: school", "type: skool")
        .replace("area: fallowmere", "area: narnia"),
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^orgs\/oak-primary\.yaml:3:7 type: "skool" is not a setting type policysmith knows — use one of: school, academy/,
      ),
      'orgs/oak-primary.yaml:4:7 area: "narnia" is not an area in partnership.yaml — use one of: riverbend, fallowmere',
    ]);
  });

  it("reports a missing field, an unknown field and a wrong role", async () => {
    const { messages } = await problemsFor({
      "orgs/oak-primary.yaml": oak
        .replace("name: Oak Primary School\n", "nmae: Oak Primary School\n")
        .replace("role: dsl", "role: boss"),
    });
    expect(messages).toContain('orgs/oak-primary.yaml:1:1 "name" is missing — add it at the top of the file');
    expect(messages).toContain(
      'orgs/oak-primary.yaml:2:1 nmae: "nmae" is not a field policysmith knows — check its spelling, or remove it',
    );
    expect(messages).toContain(
      'orgs/oak-primary.yaml:13:11 leads[0].role: "boss" is not allowed — use one of: dsl, deputy, team, governor, trustee',
    );
  });

  it("rejects an id with path characters and an id that does not match the file", async () => {
    const { messages } = await problemsFor({
      "orgs/oak-primary.yaml": oak.replace("id: oak-primary", "id: ../x"),
    });
    expect(messages).toEqual([
      'orgs/oak-primary.yaml:1:5 id: "../x" is not a valid id — use lower-case letters, digits and hyphens only, e.g. acorns-nursery',
    ]);
  });

  it("reports duplicate setting ids", async () => {
    const { messages } = await problemsFor({ "orgs/oak-copy.yaml": oak });
    expect(messages).toContain(
      'orgs/oak-copy.yaml:1:5 id: the id "oak-primary" does not match the file name — rename the file to orgs/oak-primary.yaml or change the id to "oak-copy"',
    );
    expect(
      messages.some((m) => m.includes('the id "oak-primary" is already used by orgs/oak-copy.yaml')),
    ).toBe(true);
  });

  it("treats a broken partnership.yaml as a configuration error", async () => {
    const dir = tempProject({ "partnership.yaml": "name: X\nareas: []\ncourses: []\n" });
    const error = await loadProject(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.map(formatProblem)).toEqual([
      "partnership.yaml:2:8 areas: this list is empty — add at least one entry",
    ]);
  });

  it("says where to run when there is no partnership.yaml", async () => {
    const error = await loadProject("/nonexistent-policysmith").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toContain("run policysmith in your project folder");
  });
});

describe("bad templates", () => {
  const template = readFileSync(join(FIXTURE_PROJECT, "policy-templates/mini/template.md"), "utf8");

  it("reports a Liquid syntax error at the template's line and column", async () => {
    const { messages } = await problemsFor({
      "policy-templates/mini/template.md": template.replace("{{ dsl.name }}", "{{ dsl.name | bogus }}"),
    });
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(
      /^policy-templates\/mini\/template\.md:32:37 Liquid cannot read this value \(undefined filter: bogus\) in \{\{ dsl\.name \| bogus \}\}/,
    );
  });

  it("rejects Liquid tags and unknown directives with their place", async () => {
    const { messages } = await problemsFor({
      "policy-templates/mini/template.md": template
        .replace("::contacts", "::contcats")
        .replace("## Purpose", "## Purpose {% if x %}"),
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^policy-templates\/mini\/template\.md:21:12 Liquid tags like \{% if %\} are not supported/,
      ),
      expect.stringMatching(
        /^policy-templates\/mini\/template\.md:62:1 "::contcats" is not a directive policysmith knows/,
      ),
    ]);
  });

  it("rejects an unknown type in a :::when block", async () => {
    const { messages } = await problemsFor({
      "policy-templates/mini/template.md": template.replace('type="schools"', 'type="skools"'),
    });
    expect(messages).toEqual([
      expect.stringMatching(
        /^policy-templates\/mini\/template\.md:40:1 "skools" is not a setting type or group/,
      ),
    ]);
  });
});

describe("inputs that must still load (no false alarms from the input checks)", () => {
  it("reads a setting saved with a byte order mark and Windows line endings", async () => {
    const { project, messages } = await problemsFor({
      "orgs/oak-primary.yaml": `\uFEFF${oak.replace(/\n/g, "\r\n")}`,
    });
    expect(messages).toEqual([]);
    expect(project.settings.map((s) => s.id).sort()).toEqual(["little-stars", "oak-primary"]);
  });

  it("lists every setting file's id, also broken and unselected ones, and hashes the bytes it read", async () => {
    const dir = tempProject({ "orgs/broken.yaml": "id: [\n" });
    const project = await loadProject(dir, { orgs: ["oak-primary"] });
    expect(project.settingFileIds).toEqual(["broken", "little-stars", "oak-primary"]);
    const sha = (path: string) =>
      createHash("sha256")
        .update(readFileSync(join(dir, path)))
        .digest("hex");
    expect(project.sourceHash("orgs/oak-primary.yaml")).toBe(sha("orgs/oak-primary.yaml"));
    expect(project.sourceHash("partnership.yaml")).toBe(sha("partnership.yaml"));
    expect(project.sourceHash(project.partnership.source)).toBe(sha("partnership.yaml"));
    expect(project.sourceHash("orgs/little-stars.yaml")).toBeUndefined();
  });

  it("suggests the nearest id for an unknown --org, as a usage error", async () => {
    const error = await loadProject(tempProject(), { orgs: ["oak-primry"] }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      'no setting called "oak-primry" — did you mean oak-primary? (2 settings in orgs/: little-stars, oak-primary)',
    );
  });

  it("accepts a course written as a catalogue name or as free text, but not a mistyped id", async () => {
    const { messages } = await problemsFor({
      "orgs/oak-primary.yaml": oak.replace(
        "      - course: dsl-full\n",
        "      - course: Designated Safeguarding Lead training\n      - course: Paediatric First Aid\n      - course: dsl-full\n",
      ),
    });
    expect(messages).toEqual([]);
  });

  it("allows web, email, phone and in-document links in sections, and refuses the rest", () => {
    for (const url of [
      "https://example.org",
      "HTTP://example.org",
      "mailto:dsl@example.org",
      "tel:+441134960000",
      "#allegations",
      "",
    ])
      expect(linkRefusal(url), url).toBeUndefined();
    for (const url of [
      "javascript:alert(1)",
      "java\tscript:x",
      " data:text/html,x",
      "file:///etc/passwd",
      "ftp://x",
      "page.html",
    ])
      expect(linkRefusal(url), url).toBeDefined();
  });

  it("accepts the example logo, an interlaced PNG and a JPEG, with their pixel sizes", async () => {
    const example = await checkLogoBytes(
      readFileSync(join(FIXTURE_PROJECT, "../../../orgs/logos/harbour-lights.png")),
    );
    expect(example).toMatchObject({ ok: true, type: "png", width: 440, height: 120 });
    expect(await checkLogoBytes(pngOf(5, 3, true))).toMatchObject({ ok: true, width: 5, height: 3 });
    expect(await checkLogoBytes(pngOf(9, 2, false))).toMatchObject({ ok: true, width: 9, height: 2 });
    expect(await checkLogoBytes(TINY_JPEG)).toMatchObject({ ok: true, type: "jpg", width: 1, height: 1 });
  });

  it("loads a setting with a good logo and reports a bad one at logo.path", async () => {
    const dir = tempProject({
      "orgs/oak-primary.yaml": oak.replace(
        "website: https://oak.example.org\n",
        "website: https://oak.example.org\nlogo:\n  path: logos/oak.png\n  alt: Oak\n",
      ),
      "orgs/little-stars.yaml": `${readFileSync(join(FIXTURE_PROJECT, "orgs/little-stars.yaml"), "utf8")}logo: { path: logos/stars.png, alt: Stars }\n`,
    });
    mkdirSync(join(dir, "orgs/logos"));
    writeFileSync(join(dir, "orgs/logos/oak.png"), pngOf(8, 8, false));
    writeFileSync(join(dir, "orgs/logos/stars.png"), pngOf(8, 8, false).subarray(0, 40));
    const project = await loadProject(dir);
    expect(project.settings.map((s) => s.id)).toEqual(["oak-primary"]);
    expect(project.problems.map(formatProblem)).toEqual([
      "orgs/little-stars.yaml:25:15 logo.path: the logo logos/stars.png is cut short or damaged (its data ends before the image does) — save or export the logo again",
    ]);
  });
});

/** The smallest baseline JPEG (1 × 1 pixel), with its end marker. */
const TINY_JPEG = Buffer.from(
  "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxD/2Q==",
  "base64",
);

function pngOf(width: number, height: number, interlaced: boolean): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8;
  ihdr[9] = 6; // RGBA, 8 bits
  ihdr[12] = interlaced ? 1 : 0;
  const row = (w: number) => 1 + w * 4;
  let size = 0;
  if (!interlaced) size = height * row(width);
  else
    for (const [x0, y0, dx, dy] of [
      [0, 0, 8, 8],
      [4, 0, 8, 8],
      [0, 4, 4, 8],
      [2, 0, 4, 4],
      [0, 2, 2, 4],
      [1, 0, 2, 2],
      [0, 1, 1, 2],
    ]) {
      const w = Math.ceil((width - x0) / dx);
      const h = Math.ceil((height - y0) / dy);
      if (w > 0 && h > 0) size += h * row(w);
    }
  return Buffer.concat([
    PNG_SIGNATURE,
    pngChunk("IHDR", ihdr),
    pngChunk("IDAT", deflateSync(Buffer.alloc(size, 0))),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}
