import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { afterEach, describe, expect, it, vi } from "vitest";
import { runCli } from "./helpers/run-cli.js";
import { tempProject } from "./helpers/temp-project.js";

afterEach(() => {
  vi.useRealTimers();
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
    .sort();
}

describe("policysmith build", () => {
  it("writes every setting's documents and a manifest with hashes", async () => {
    const dir = tempProject();
    const result = await runCli(["build", "--format", "html,docx", "--jobs", "1"], dir);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    expect(result.stdout).toContain("Built 2 settings (4 files written, 0 up to date) in output/");
    expect(listFiles(join(dir, "output"))).toEqual([
      "little-stars/mini.docx",
      "little-stars/mini.html",
      "manifest-cache.json",
      "manifest.json",
      "oak-primary/mini.docx",
      "oak-primary/mini.html",
    ]);
    const manifest = JSON.parse(readFileSync(join(dir, "output/manifest.json"), "utf8"));
    expect(manifest.files["oak-primary/mini.html"]).toMatchObject({
      settingId: "oak-primary",
      templateId: "mini",
      format: "html",
      sha256: expect.stringMatching(/^[0-9a-f]{64}$/),
      inputs: { template: expect.any(String), setting: expect.any(String), partnership: expect.any(String) },
    });
  });

  it("builds the other settings when one is broken, names the place, exits 1 and leaves no partial file", async () => {
    const dir = tempProject();
    const oak = readFileSync(join(dir, "orgs/oak-primary.yaml"), "utf8");
    writeFileSync(join(dir, "orgs/oak-primary.yaml"), oak.replace("date: 2024-10-15", "date: Octob 2024"));
    const result = await runCli(["build", "--format", "html"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      'orgs/oak-primary.yaml:17:15 leads[0].training[0].date: "Octob 2024" is not a date',
    );
    expect(result.stdout).toContain(
      "Built 1 setting (1 file written, 0 up to date) in output/. 1 setting failed: oak-primary",
    );
    expect(listFiles(join(dir, "output"))).toEqual([
      "little-stars/mini.html",
      "manifest-cache.json",
      "manifest.json",
    ]);
  });

  it("keeps a setting's previous files when a rebuild of it fails", async () => {
    const dir = tempProject();
    expect((await runCli(["build", "--format", "html"], dir)).code).toBe(0);
    const before = readFileSync(join(dir, "output/oak-primary/mini.html"));
    const template = readFileSync(join(dir, "policy-templates/mini/template.md"), "utf8");
    writeFileSync(
      join(dir, "policy-templates/mini/template.md"),
      template.replace("{{ dsl.name }}", "{{ dsl.nickname }}"),
    );
    const result = await runCli(["build", "--format", "html"], dir);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      "policy-templates/mini/template.md:32:37 {{ dsl.nickname }} uses dsl.nickname, which orgs/oak-primary.yaml does not have",
    );
    expect(readFileSync(join(dir, "output/oak-primary/mini.html"))).toEqual(before);
    expect(listFiles(join(dir, "output")).filter((f) => !/\.(html|json)$/.test(f))).toEqual([]);
  });

  it("gives byte-identical output for identical input, whatever the clock says, in one thread or in workers", async () => {
    const dir = tempProject();
    const buildInto = async (out: string, jobs: string) => {
      const result = await runCli(["build", "--out", out, "--jobs", jobs], dir);
      expect(result.code, result.stderr).toBe(0);
      // Each build renders for real into a fresh folder: nothing is skipped as up to date.
      expect(result.stdout).toContain("(6 files written, 0 up to date)");
      return listFiles(join(dir, out));
    };
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-01-02T03:04:05Z"));
    const first = await buildInto("one", "1");
    vi.setSystemTime(new Date("2031-06-07T08:09:10Z"));
    await buildInto("two", "1");
    vi.useRealTimers();
    // Worker threads run on the real clock, years from the faked ones.
    await buildInto("three", "2");
    expect(first).toContain("oak-primary/mini.pdf");
    for (const file of first.filter((f) => f !== "manifest.json")) {
      const bytes = readFileSync(join(dir, "one", file));
      expect(readFileSync(join(dir, "two", file)), file).toEqual(bytes);
      expect(readFileSync(join(dir, "three", file)), file).toEqual(bytes);
    }
  });

  it("after a full build, --org, --shard, --template and --format runs keep every other output and its record", async () => {
    const dir = tempProject();
    expect((await runCli(["build", "--jobs", "1"], dir)).code).toBe(0);
    const files = listFiles(join(dir, "output")).filter((f) => f !== "manifest.json");
    const before = new Map(files.map((f) => [f, readFileSync(join(dir, "output", f))]));
    const manifestBefore = JSON.parse(readFileSync(join(dir, "output/manifest.json"), "utf8")).files;
    for (const args of [
      ["--org", "oak-primary"],
      ["--shard", "1/2"],
      ["--shard", "2/2"],
      ["--template", "mini"],
      ["--format", "pdf"],
      ["--format", "html", "--org", "little-stars"],
    ]) {
      const result = await runCli(["build", "--force", "--jobs", "1", ...args], dir);
      expect(result.code, args.join(" ")).toBe(0);
      expect(result.stdout, args.join(" ")).not.toContain("Removed");
      for (const [file, bytes] of before)
        expect(readFileSync(join(dir, "output", file)), file).toEqual(bytes);
      expect(
        JSON.parse(readFileSync(join(dir, "output/manifest.json"), "utf8")).files,
        args.join(" "),
      ).toEqual(manifestBefore);
    }
    const full = await runCli(["build", "--jobs", "1"], dir);
    expect(full.stdout).toContain("(0 files written, 6 up to date)");
  });

  it("dates a policy that has none of its own from SOURCE_DATE_EPOCH, and refuses a malformed one", async () => {
    const dir = tempProject();
    const file = join(dir, "orgs/oak-primary.yaml");
    const text = readFileSync(file, "utf8");
    writeFileSync(file, text.replace(/^policy:\n(?: {2}.*\n)+/m, "policy:\n  next_review: 2027-09-20\n"));
    const coreXml = async (epoch: string, out: string) => {
      const result = await runCli(
        ["build", "--org", "oak-primary", "--format", "docx", "--out", out, "--jobs", "1"],
        dir,
        {
          SOURCE_DATE_EPOCH: epoch,
        },
      );
      expect(result.code, result.stderr).toBe(0);
      const zip = unzipSync(readFileSync(join(dir, out, "oak-primary/mini.docx")));
      return new TextDecoder().decode(zip["docProps/core.xml"]);
    };
    const first = await coreXml("1700000000", "a");
    expect(first).toContain("2023-11-14");
    expect(await coreXml("1700000000", "b")).toBe(first);
    expect(await coreXml("1800000000", "c")).toContain("2027-01-15");
    const bad = await runCli(["build", "--out", "d"], dir, { SOURCE_DATE_EPOCH: "yesterday" });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('SOURCE_DATE_EPOCH "yesterday" is not a number of seconds');
  });

  it("builds only the templates asked for when a setting has two", async () => {
    const dir = tempProject();
    const mini = join(dir, "policy-templates/mini/template.md");
    mkdirSync(join(dir, "policy-templates/second"));
    writeFileSync(
      join(dir, "policy-templates/second/template.md"),
      readFileSync(mini, "utf8")
        .replace("id: mini", "id: second")
        .replace("title: Mini Policy", "title: Second Policy"),
    );
    const only = await runCli(["build", "--format", "html", "--template", "second", "--jobs", "1"], dir);
    expect(only.code, only.stderr).toBe(0);
    expect(listFiles(join(dir, "output"))).toEqual([
      "little-stars/second.html",
      "manifest-cache.json",
      "manifest.json",
      "oak-primary/second.html",
    ]);
    const both = await runCli(["build", "--format", "html", "--jobs", "1"], dir);
    expect(both.stdout).toContain("(2 files written, 2 up to date)");
  });

  it("builds only the settings and templates asked for", async () => {
    const dir = tempProject();
    const result = await runCli(["build", "--org", "oak-primary", "--format", "html"], dir);
    expect(result.code).toBe(0);
    expect(existsSync(join(dir, "output/little-stars"))).toBe(false);
    expect(existsSync(join(dir, "output/oak-primary/mini.html"))).toBe(true);
  });

  it("exits 2 with a plain message for usage errors", async () => {
    const dir = tempProject();
    const badFormat = await runCli(["build", "--format", "docx,odt"], dir);
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain(
      '--format "docx,odt" is not a list of formats — use some of: docx,pdf,html',
    );
    const badTemplate = await runCli(["build", "--template", "nope"], dir);
    expect(badTemplate.code).toBe(2);
    expect(badTemplate.stderr).toContain("no template called nope");
    expect((await runCli(["frobnicate"], dir)).code).toBe(2);
    const noProject = await runCli(["build"], "/");
    expect(noProject.code).toBe(2);
    expect(noProject.stderr).toContain("there is no partnership.yaml");
  });

  it("prints help and version with exit 0", async () => {
    const dir = tempProject();
    const help = await runCli(["build", "--help"], dir);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("--format <list>");
    const version = await runCli(["--version"], dir);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/);
  });
});

describe("policysmith validate and init", () => {
  it("validate exits 0 on good data and 1 with the problems on bad data", async () => {
    const dir = tempProject();
    const good = await runCli(["validate"], dir);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain("All 2 settings and 1 template are valid.");
    writeFileSync(
      join(dir, "orgs/oak-primary.yaml"),
      readFileSync(join(dir, "orgs/oak-primary.yaml"), "utf8").replace("area: fallowmere", "area: narnia"),
    );
    const bad = await runCli(["validate"], dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(
      'orgs/oak-primary.yaml:4:7 area: "narnia" is not an area in partnership.yaml',
    );
  });

  it("init writes a commented setting file that validate then explains", async () => {
    const dir = tempProject();
    const result = await runCli(["init", "oak-tree-primary", "--type", "school", "--area", "riverbend"], dir);
    expect(result.code).toBe(0);
    const text = readFileSync(join(dir, "orgs/oak-tree-primary.yaml"), "utf8");
    // The schema comment names a schema file that is really there, seen from the new file.
    const schema = /^# yaml-language-server: \$schema=(.+)$/m.exec(text)?.[1];
    expect(schema).toBeDefined();
    expect(existsSync(join(dir, "orgs", schema as string))).toBe(true);
    expect(text).toContain("type: school");
    expect(
      (await runCli(["init", "oak-tree-primary", "--type", "school", "--area", "riverbend"], dir)).code,
    ).toBe(2);
    expect((await runCli(["init", "x", "--type", "castle", "--area", "riverbend"], dir)).stderr).toContain(
      '--type "castle" is not a setting type',
    );
    expect((await runCli(["init", "../x", "--type", "school", "--area", "riverbend"], dir)).code).toBe(2);
    // A fresh skeleton is valid YAML; validate points at each line still to fill in.
    const check = await runCli(["validate", "--org", "oak-tree-primary"], dir);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain(
      `orgs/oak-tree-primary.yaml:4:7 name: still says "FILL IN the setting's full name" — replace it with the real value`,
    );
    // Inside a list too, with the item's path.
    expect(check.stderr).toContain(
      `orgs/oak-tree-primary.yaml:25:11 leads[0].name: still says "FILL IN the designated safeguarding lead's name"`,
    );
    expect(check.stderr).not.toMatch(/schema|is missing|not a field/);
  });
});
