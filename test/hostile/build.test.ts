/** Hostile inputs and faults for `build`: filters, ownership of outputs, the manifest, the output folder. */
import { execFileSync, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { inShard } from "../../src/build/shard.js";
import { mountTmpfs, tmpfsUnavailable, unmountTmpfs } from "../helpers/tmpfs.js";
import { type CaseDir, type HostileCase, hostileSuite } from "./harness.js";

const sha = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

function manifest(d: CaseDir): { files: Record<string, Record<string, unknown>> } {
  return JSON.parse(d.read("output/manifest.json"));
}

function writeManifest(d: CaseDir, files: Record<string, unknown>): void {
  d.write("output/manifest.json", JSON.stringify({ policysmith: "0.1.0", files }));
}

/** A manifest entry for a setting that no longer exists, as a build would have written it. */
function ghostEntry(settingId: string, bytes: string | Uint8Array, templateId = "mini", format = "html") {
  return { settingId, templateId, format, sha256: sha(bytes), inputs: {} };
}

/** Puts the project's output/ on a tmpfs of `size`, keeping what was in it. */
function mountOutput(d: CaseDir, size: string, readOnly = false): void {
  mountTmpfs(join(d.project, "output"), size, { readOnly });
}

function unmountOutput(d: CaseDir): void {
  unmountTmpfs(join(d.project, "output"));
}

/** A process that is alive for the length of a case (its pid holds a lock). */
function liveProcess(): { pid: number; stop: () => void } {
  const child = spawn("sleep", ["120"], { stdio: "ignore" });
  return { pid: child.pid ?? 0, stop: () => child.kill("SIGKILL") };
}

const littleStarsShard = inShard("little-stars", { index: 1, count: 2 }) ? "1/2" : "2/2";
const otherShard = littleStarsShard === "1/2" ? "2/2" : "1/2";
let sleeper: { pid: number; stop: () => void } | undefined;

const cases: HostileCase[] = [
  // --- filters never cost other settings their outputs
  {
    id: "org-filter-keeps-other-settings-outputs",
    class: "filters",
    setup: (d) => d.edit("orgs/oak-primary.yaml", "Cara Lee", "Cara Leigh"),
    args: ["build", "--format", "html", "--org", "oak-primary"],
    exit: 0,
    mayChange: ["output/oak-primary/"],
    saysNot: ["Removed"],
  },
  {
    id: "org-filter-with-a-deleted-setting-removes-nothing",
    class: "filters",
    setup: (d) => unlinkSync(join(d.project, "orgs/little-stars.yaml")),
    args: ["build", "--format", "html", "--org", "oak-primary"],
    exit: 0,
    mayChange: ["orgs/little-stars.yaml"],
    saysNot: ["Removed"],
  },
  {
    id: "org-mistyped-is-a-usage-error-and-removes-nothing",
    class: "filters",
    args: ["build", "--org", "oak-primry"],
    exit: 2,
    says: ["oak-primary"],
    saysNot: ["Removed"],
  },
  {
    id: "org-flag-takes-one-id-so-a-following-word-is-not-an-id",
    class: "filters",
    args: ["build", "--format", "html", "--org", "oak-primary", "--org", "little-stars", "--quiet"],
    exit: 0,
    says: ["Built 2 settings"],
  },
  {
    id: "format-filter-then-plain-build-renders-nothing-again",
    class: "filters",
    prebuild: ["build", "--format", "html,docx", "--jobs", "1", "--quiet"],
    setup: async (d) => {
      const { runCli } = await import("../helpers/run-cli.js");
      const forced = await runCli(["build", "--format", "html", "--force", "--jobs", "1"], d.project);
      expect(forced.code).toBe(0);
    },
    args: ["build", "--format", "html,docx", "--jobs", "1"],
    exit: 0,
    says: ["(0 files written, 4 up to date)"],
  },
  {
    id: "template-filter-then-plain-build-renders-nothing-again",
    class: "filters",
    project: "examples",
    setup: async (d) => {
      const { runCli } = await import("../helpers/run-cli.js");
      const forced = await runCli(
        ["build", "--format", "html", "--template", "referral-guide", "--force", "--jobs", "1"],
        d.project,
      );
      expect(forced.code).toBe(0);
    },
    args: ["build", "--format", "html", "--jobs", "1"],
    exit: 0,
    says: [/\(0 files written, \d+ up to date\)/],
  },
  {
    id: "shard-keeps-a-deleted-settings-outputs-of-the-other-shard",
    class: "filters",
    setup: (d) => unlinkSync(join(d.project, "orgs/little-stars.yaml")),
    args: ["build", "--format", "html", "--shard", otherShard],
    exit: 0,
    mayChange: ["orgs/little-stars.yaml"],
    saysNot: ["Removed"],
  },
  {
    id: "shard-removes-a-deleted-settings-outputs-of-its-own-shard",
    class: "filters",
    setup: (d) => unlinkSync(join(d.project, "orgs/little-stars.yaml")),
    args: ["build", "--format", "html", "--shard", littleStarsShard],
    exit: 0,
    mayChange: ["orgs/little-stars.yaml", "output/little-stars/"],
    says: ["Removed 1 file of deleted settings"],
    check: (d) => expect(existsSync(join(d.project, "output/little-stars"))).toBe(false),
  },
  {
    id: "format-filter-removes-only-that-format-of-a-deleted-setting",
    class: "filters",
    prebuild: ["build", "--format", "html,docx", "--jobs", "1", "--quiet"],
    setup: (d) => unlinkSync(join(d.project, "orgs/little-stars.yaml")),
    args: ["build", "--format", "docx"],
    exit: 0,
    mayChange: ["orgs/little-stars.yaml", "output/little-stars/mini.docx"],
    says: ["Removed 1 file"],
    check: (d) => {
      expect(existsSync(join(d.project, "output/little-stars/mini.html"))).toBe(true);
      expect(Object.keys(manifest(d).files)).toContain("little-stars/mini.html");
    },
  },

  // --- a setting that fails to load keeps its outputs
  {
    id: "id-not-matching-file-name-keeps-outputs",
    class: "ownership",
    setup: (d) => d.edit("orgs/oak-primary.yaml", "id: oak-primary", "id: oak-primary-school"),
    args: ["build", "--format", "html"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:1:5"],
    saysNot: ["Removed"],
  },
  {
    id: "invalid-id-keeps-outputs",
    class: "ownership",
    setup: (d) => d.edit("orgs/oak-primary.yaml", "id: oak-primary", 'id: "Oak Primary!"'),
    args: ["build", "--format", "html"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:1"],
    saysNot: ["Removed"],
  },
  {
    id: "broken-yaml-keeps-outputs",
    class: "ownership",
    setup: (d) => d.edit("orgs/oak-primary.yaml", "name: Oak Primary School", "name: Oak: Primary: School"),
    args: ["build", "--format", "html"],
    exit: 1,
    says: ["orgs/oak-primary.yaml:2"],
    saysNot: ["Removed"],
  },
  {
    id: "emptied-setting-file-keeps-outputs",
    class: "ownership",
    setup: (d) => d.write("orgs/oak-primary.yaml", ""),
    args: ["build", "--format", "html"],
    exit: 1,
    says: ["orgs/oak-primary.yaml"],
    saysNot: ["Removed"],
  },
  {
    id: "setting-renamed-to-yml-keeps-outputs",
    class: "ownership",
    setup: (d) =>
      renameSync(join(d.project, "orgs/oak-primary.yaml"), join(d.project, "orgs/oak-primary.yml")),
    args: ["build", "--format", "html"],
    exit: 0,
    mayChange: ["orgs/oak-primary.yaml"],
    saysNot: ["Removed"],
  },
  {
    id: "missing-orgs-folder-removes-nothing",
    class: "ownership",
    setup: (d) => rmSync(join(d.project, "orgs"), { recursive: true }),
    args: ["build", "--format", "html"],
    exit: 2,
    mayChange: ["orgs/"],
    says: ["there are no setting files", "nothing in output/ was removed"],
  },
  {
    id: "empty-orgs-folder-removes-nothing",
    class: "ownership",
    setup: (d) => {
      rmSync(join(d.project, "orgs"), { recursive: true });
      mkdirSync(join(d.project, "orgs"));
    },
    args: ["build", "--format", "html"],
    exit: 2,
    mayChange: ["orgs/"],
    says: ["there are no setting files"],
  },
  {
    id: "deleted-setting-outputs-are-removed-when-proven",
    class: "ownership",
    setup: (d) => unlinkSync(join(d.project, "orgs/little-stars.yaml")),
    args: ["build", "--format", "html"],
    exit: 0,
    mayChange: ["orgs/little-stars.yaml", "output/little-stars/"],
    says: ["Removed 1 file of deleted settings"],
    check: (d) => expect(existsSync(join(d.project, "output/little-stars"))).toBe(false),
  },
  {
    id: "deleted-setting-output-edited-by-a-person-is-kept",
    class: "ownership",
    setup: (d) => {
      unlinkSync(join(d.project, "orgs/little-stars.yaml"));
      d.write("output/little-stars/mini.html", "<p>our own edits</p>");
    },
    args: ["build", "--format", "html"],
    exit: 0,
    mayChange: ["orgs/little-stars.yaml"],
    says: ["kept output/little-stars/mini.html", "has changed since policysmith wrote it"],
    check: (d) => expect(manifest(d).files["little-stars/mini.html"]).toBeUndefined(),
  },
  {
    id: "a-persons-file-in-a-setting-folder-is-never-removed",
    class: "ownership",
    setup: (d) => {
      unlinkSync(join(d.project, "orgs/little-stars.yaml"));
      d.write("output/little-stars/notes.txt", "minutes of the governors' meeting");
    },
    args: ["build", "--format", "html"],
    exit: 0,
    mayChange: ["orgs/little-stars.yaml", "output/little-stars/mini.html"],
    check: (d) => expect(d.read("output/little-stars/notes.txt")).toContain("governors"),
  },

  // --- the manifest and journal are distrusted
  {
    id: "manifest-path-traversal-is-ignored",
    class: "manifest",
    setup: (d) => {
      writeManifest(d, {
        ...manifest(d).files,
        "../../outside/secret.txt": ghostEntry("ghost", readFileSync(join(d.outside, "secret.txt"))),
      });
    },
    args: ["build", "--format", "html"],
    exit: 0,
  },
  {
    id: "manifest-absolute-path-is-ignored",
    class: "manifest",
    setup: (d) => {
      writeManifest(d, {
        ...manifest(d).files,
        [join(d.outside, "secret.txt")]: ghostEntry("ghost", readFileSync(join(d.outside, "secret.txt"))),
      });
    },
    args: ["build", "--format", "html"],
    exit: 0,
  },
  {
    id: "manifest-entry-whose-setting-id-climbs-out-is-ignored",
    class: "manifest",
    setup: (d) => {
      writeManifest(d, {
        ...manifest(d).files,
        "../outside/mini.html": { ...ghostEntry("../outside", "x"), settingId: "../outside" },
      });
      writeFileSync(join(d.outside, "mini.html"), "x");
    },
    args: ["build", "--format", "html"],
    exit: 0,
  },
  {
    id: "journal-path-traversal-is-ignored",
    class: "manifest",
    setup: (d) => {
      d.write(
        "output/manifest-journal.jsonl",
        `${JSON.stringify({
          settingId: "ghost",
          files: {
            "../../outside/secret.txt": ghostEntry("ghost", readFileSync(join(d.outside, "secret.txt"))),
          },
        })}\n`,
      );
    },
    args: ["build", "--format", "html"],
    exit: 0,
    mayChange: ["output/manifest-journal.jsonl"],
  },
  {
    id: "manifest-entry-through-a-linked-folder-is-not-followed",
    class: "manifest",
    setup: (d) => {
      writeFileSync(join(d.outside, "mini.html"), "<p>not ours</p>");
      symlinkSync(d.outside, join(d.project, "output/ghost"));
      writeManifest(d, { ...manifest(d).files, "ghost/mini.html": ghostEntry("ghost", "<p>not ours</p>") });
    },
    args: ["build", "--format", "html"],
    exit: 0,
    says: ["kept output/ghost/mini.html"],
  },
  {
    id: "manifest-that-is-not-json-costs-a-rebuild-only",
    class: "manifest",
    setup: (d) => d.write("output/manifest.json", "{ this is not json"),
    args: ["build", "--format", "html", "--quiet"],
    exit: 0,
    mayChange: ["output/oak-primary/", "output/little-stars/"],
    says: ["2 files written"],
  },
  {
    id: "manifest-that-is-a-pipe-is-not-waited-on",
    class: "manifest",
    setup: (d) => {
      unlinkSync(join(d.project, "output/manifest.json"));
      execFileSync("mkfifo", [join(d.project, "output/manifest.json")]);
    },
    args: ["build", "--format", "html", "--quiet"],
    timeLimitMs: 30_000,
    exit: 0,
    mayChange: ["output/oak-primary/", "output/little-stars/"],
    says: ["2 files written"],
    check: (d) =>
      expect(JSON.parse(d.read("output/manifest.json")).files).toHaveProperty(["oak-primary/mini.html"]),
  },
  {
    id: "manifest-that-is-a-folder-is-reported",
    class: "manifest",
    setup: (d) => {
      unlinkSync(join(d.project, "output/manifest.json"));
      mkdirSync(join(d.project, "output/manifest.json"));
    },
    args: ["build", "--format", "html", "--quiet"],
    exit: 1,
    mayChange: ["output/oak-primary/", "output/little-stars/"],
    says: ["output/manifest.json", "could not save the record of what was built"],
  },
  {
    id: "journal-cut-short-by-a-kill-is-replayed-up-to-the-cut",
    class: "manifest",
    setup: (d) => {
      const entry = manifest(d).files["oak-primary/mini.html"];
      d.write(
        "output/manifest-journal.jsonl",
        `${JSON.stringify({ settingId: "oak-primary", files: { "oak-primary/mini.html": entry } })}\n{"settingId": "little-st`,
      );
    },
    args: ["build", "--format", "html"],
    exit: 0,
    mayChange: ["output/manifest-journal.jsonl"],
    says: ["(0 files written, 2 up to date)"],
    check: (d) => expect(existsSync(join(d.project, "output/manifest-journal.jsonl"))).toBe(false),
  },

  // --- the output folder
  {
    id: "out-is-a-file",
    class: "output-folder",
    setup: (d) => d.write("elsewhere.txt", "a file"),
    args: ["build", "--out", "elsewhere.txt"],
    exit: 2,
    says: ["elsewhere.txt is a file, not a folder"],
  },
  {
    id: "out-is-inside-a-file",
    class: "output-folder",
    setup: (d) => d.write("elsewhere.txt", "a file"),
    args: ["build", "--out", "elsewhere.txt/policies"],
    exit: 2,
    says: ["inside a file"],
  },
  {
    id: "out-on-a-read-only-disk",
    class: "output-folder",
    requires: tmpfsUnavailable,
    setup: (d) => mountOutput(d, "2m", true),
    teardown: unmountOutput,
    args: ["build", "--format", "html", "--force"],
    exit: 2,
    says: ["read-only"],
  },
  {
    id: "setting-folder-that-is-a-link-out-is-not-written-through",
    class: "output-folder",
    setup: (d) => {
      rmSync(join(d.project, "output/oak-primary"), { recursive: true });
      symlinkSync(d.outside, join(d.project, "output/oak-primary"));
    },
    args: ["build", "--format", "html", "--force"],
    exit: 1,
    mayChange: ["output/little-stars/"],
    says: ["output/oak-primary", "is a link"],
  },
  {
    id: "setting-folder-that-is-a-file",
    class: "output-folder",
    setup: (d) => {
      rmSync(join(d.project, "output/oak-primary"), { recursive: true });
      d.write("output/oak-primary", "a file");
    },
    args: ["build", "--format", "html", "--force"],
    exit: 1,
    mayChange: ["output/little-stars/"],
    says: ["output/oak-primary", "is a file where the setting's folder should be"],
  },
  {
    id: "output-file-that-is-a-link-out-is-replaced-not-followed",
    class: "output-folder",
    setup: (d) => {
      unlinkSync(join(d.project, "output/oak-primary/mini.html"));
      symlinkSync(join(d.outside, "secret.txt"), join(d.project, "output/oak-primary/mini.html"));
    },
    args: ["build", "--format", "html", "--force"],
    exit: 0,
    mayChange: ["output/oak-primary/", "output/little-stars/"],
    check: (d) => expect(d.read("output/oak-primary/mini.html")).toContain("<html"),
  },

  {
    // A setting's files are flushed together and then renamed one by one: one that cannot take its place fails
    // alone, the others are written, and no temporary file is left.
    id: "output-file-that-is-a-folder-fails-alone",
    class: "output-folder",
    setup: (d) => d.write("output/oak-primary/mini.docx/a-persons-notes.txt", "notes"),
    args: ["build", "--format", "html,docx", "--force", "--jobs", "1"],
    exit: 1,
    mayChange: [/^output\/(oak-primary|little-stars)\/mini\.(html|docx)$/],
    says: ["output/oak-primary/mini.docx", "a folder stands where the file should be"],
    check: (d) => {
      expect(d.read("output/oak-primary/mini.docx/a-persons-notes.txt")).toBe("notes");
      expect(d.read("output/oak-primary/mini.html")).toContain("<html");
      expect(readdirSync(join(d.project, "output/oak-primary")).sort()).toEqual(["mini.docx", "mini.html"]);
      expect(readdirSync(join(d.project, "output/little-stars")).sort()).toEqual(["mini.docx", "mini.html"]);
    },
  },

  // --- faults: full disk, concurrent builds, killed builds
  {
    id: "full-disk-fails-loudly-and-keeps-good-files",
    class: "faults",
    requires: tmpfsUnavailable,
    prebuild: ["build", "--format", "html", "--jobs", "1", "--quiet"],
    setup: (d) => mountOutput(d, "96k"),
    teardown: unmountOutput,
    args: ["build", "--format", "html,docx,pdf", "--force", "--jobs", "1"],
    exit: 1,
    // The html files may be rewritten with the same bytes; nothing may be cut short.
    mayChange: [/^output\/[^/]+\/mini\.(docx|pdf)$/],
    says: ["the disk is full"],
    check: (d) => {
      for (const setting of ["oak-primary", "little-stars"])
        for (const name of readdirSync(join(d.project, "output", setting)))
          expect(name).toMatch(/^mini\.(html|docx|pdf)$/);
    },
  },
  {
    id: "second-build-into-the-same-folder-waits-its-turn",
    class: "faults",
    setup: (d) => {
      sleeper = liveProcess();
      d.write("output/.policysmith-build.lock", `${sleeper.pid}\n`);
    },
    teardown: () => sleeper?.stop(),
    args: ["build", "--format", "html", "--force"],
    exit: 2,
    says: [/another policysmith build \(process \d+\) is writing to output\//],
  },
  {
    id: "lock-left-by-a-killed-build-is-taken-over",
    class: "faults",
    setup: (d) => d.write("output/.policysmith-build.lock", "999999999\n"),
    args: ["build", "--format", "html"],
    exit: 0,
    mayChange: ["output/.policysmith-build.lock"],
    check: (d) => expect(existsSync(join(d.project, "output/.policysmith-build.lock"))).toBe(false),
  },
  {
    id: "temp-files-left-by-a-killed-build-are-removed",
    class: "faults",
    setup: (d) => {
      d.write("output/oak-primary/.mini.pdf.policysmith-tmp-999999999-3", "half a pdf");
      d.write("output/oak-primary/mini.pdf.27480152", "half a pdf from an older version");
      d.write("output/oak-primary/mini-notes.pdf.bak", "a person's file");
    },
    args: ["build", "--format", "html"],
    exit: 0,
    mayChange: [/policysmith-tmp|\.27480152$/],
    check: (d) => {
      expect(readdirSync(join(d.project, "output/oak-primary")).sort()).toEqual([
        "mini-notes.pdf.bak",
        "mini.html",
      ]);
    },
  },
];

hostileSuite("build: filters, ownership of outputs, the manifest, the output folder, faults", cases);

describe("build: inputs edited while a build runs", () => {
  for (const jobs of [1, 2]) {
    it(`records the hashes of the text it rendered, not of the files as they are later (--jobs ${jobs})`, async () => {
      const { tempProject } = await import("../helpers/temp-project.js");
      const { loadProject } = await import("../../src/data/load-project.js");
      const { buildProject } = await import("../../src/build/build.js");
      const { runCli } = await import("../helpers/run-cli.js");
      const dir = tempProject();
      const settingFile = join(dir, "orgs/oak-primary.yaml");
      const templateFile = join(dir, "policy-templates/mini/template.md");
      const oldSetting = readFileSync(settingFile);
      const oldTemplate = readFileSync(templateFile);
      const project = await loadProject(dir);
      // Someone saves both files after the build has loaded them.
      writeFileSync(settingFile, oldSetting.toString().replace("Cara Lee", "Cara Leigh"));
      writeFileSync(templateFile, oldTemplate.toString().replace("## Purpose", "## Purpose EDITED"));
      const result = await buildProject(project, { formats: ["html"], outDir: join(dir, "output"), jobs });
      expect(result.written).toBe(2);
      const files = JSON.parse(readFileSync(join(dir, "output/manifest.json"), "utf8")).files;
      const html = readFileSync(join(dir, "output/oak-primary/mini.html"), "utf8");
      // Whatever each thread rendered, the manifest says what that was.
      expect(html).toContain("Cara Lee");
      expect(files["oak-primary/mini.html"].inputs.setting).toBe(sha(oldSetting));
      const renderedTemplate = html.includes("EDITED") ? readFileSync(templateFile) : oldTemplate;
      expect(files["oak-primary/mini.html"].inputs.template).toBe(sha(renderedTemplate));
      // So the next build renders the edited setting instead of calling it up to date.
      const next = await runCli(["build", "--format", "html", "--jobs", "1"], dir);
      expect(next.code).toBe(0);
      expect(readFileSync(join(dir, "output/oak-primary/mini.html"), "utf8")).toContain("Cara Leigh");
      expect(readFileSync(join(dir, "output/oak-primary/mini.html"), "utf8")).toContain("EDITED");
    });
  }
});

describe("build: two real builds into one folder at once", () => {
  it("the second is told to wait (exit 2) and the first finishes whole, leaving no lock", async () => {
    const { tempProject } = await import("../helpers/temp-project.js");
    const { runCli } = await import("../helpers/run-cli.js");
    const dir = tempProject();
    const oak = readFileSync(join(dir, "orgs/oak-primary.yaml"), "utf8");
    for (let i = 0; i < 30; i++)
      writeFileSync(
        join(dir, "orgs", `school-${i}.yaml`),
        oak.replace("id: oak-primary", `id: school-${i}`).replace("Oak Primary School", `School ${i}`),
      );
    const bin = fileURLToPath(new URL("../../bin/policysmith.js", import.meta.url));
    const first = spawn(process.execPath, [bin, "build", "--format", "html,pdf", "--jobs", "1"], {
      cwd: dir,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let firstOut = "";
    const exited = new Promise<number | null>((resolve) => first.on("exit", (code) => resolve(code)));
    // Start the second once the first has written something, so the first surely holds the lock.
    await new Promise<void>((resolve) => {
      first.stdout.on("data", (chunk: Buffer) => {
        firstOut += chunk.toString();
        if (/files? written/.test(firstOut)) resolve();
      });
      first.on("exit", () => resolve());
    });
    const second = await runCli(["build", "--format", "html", "--force", "--jobs", "1"], dir);
    expect(first.exitCode, "the first build had already finished: the test proves nothing").toBeNull();
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/another policysmith build \(process \d+\) is writing to output\//);
    expect(await exited).toBe(0);
    expect(existsSync(join(dir, "output/.policysmith-build.lock"))).toBe(false);
    const files = JSON.parse(readFileSync(join(dir, "output/manifest.json"), "utf8")).files;
    expect(Object.keys(files)).toHaveLength(64);
    for (const [key, entry] of Object.entries(files) as Array<[string, { sha256: string }]>)
      expect(sha(readFileSync(join(dir, "output", key))), key).toBe(entry.sha256);
  });
});
