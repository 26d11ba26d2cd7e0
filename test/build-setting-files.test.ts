/**
 * Issue 15, memory flat in N: the CLI's main thread loads settings without their values (settingFiles), and the
 * thread that renders a setting reads and checks its file again — same outputs, same problems with their place.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildProject } from "../src/build/build.js";
import { loadProject } from "../src/data/load-project.js";
import { tempProject } from "./helpers/temp-project.js";

const manifestOf = (root: string, out: string) => readFileSync(join(root, out, "manifest.json"), "utf8");

describe("a build given setting files, not values (issue 15)", () => {
  it("keeps no values, and writes what a build given values writes, in this thread and in workers", async () => {
    const root = tempProject();
    const lean = await loadProject(root, { settingValues: false });
    const full = await loadProject(root);
    expect(lean.settings).toEqual([]);
    expect(lean.settingFiles?.map((f) => f.id)).toEqual(full.settings.map((s) => s.id));
    expect(lean.settingFiles?.map((f) => f.sha256)).toEqual(
      full.settings.map((s) => full.sourceHash(s.source)),
    );
    const reference = await buildProject(full, { formats: ["html"], outDir: join(root, "values"), jobs: 1 });
    for (const jobs of [1, 2]) {
      const out = `files-${jobs}`;
      const result = await buildProject(lean, { formats: ["html"], outDir: join(root, out), jobs });
      expect(result.failed.size).toBe(0);
      expect(result.written).toBe(reference.written);
      expect(manifestOf(root, out)).toBe(manifestOf(root, "values"));
      const again = await buildProject(lean, { formats: ["html"], outDir: join(root, out), jobs });
      expect(again.written).toBe(0);
      expect(again.unchanged).toBe(result.written);
    }
  }, 120_000);

  it("checks a file again where it renders: one changed since loading fails with its place, the others build", async () => {
    const root = tempProject();
    const lean = await loadProject(root, { settingValues: false });
    const file = join(root, "orgs/oak-primary.yaml");
    writeFileSync(file, readFileSync(file, "utf8").replace(/next_review: .*/, "next_review: 2025-02-30"));
    for (const jobs of [1, 2]) {
      const result = await buildProject(lean, { formats: ["html"], outDir: join(root, `out-${jobs}`), jobs });
      const problems = result.failed.get("oak-primary");
      expect(problems?.[0]).toMatchObject({ file: "orgs/oak-primary.yaml", line: expect.any(Number) });
      expect(problems?.[0]?.message).toContain("2025-02-30");
      expect(result.built).toEqual(lean.settingFiles?.map((f) => f.id).filter((id) => id !== "oak-primary"));
    }
  }, 120_000);
});
