/**
 * `policysmith site` (issue 13): writes the self-service page — index.html, app.js, style.css and data.js —
 * into a folder it creates or already owns, never over files it cannot prove it wrote, the same bytes every time.
 * Runs the CLI in-process; the prebuilt bundle comes from dist/site/ (npm run build).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { dataScript, SITE_FILES, SITE_MANIFEST } from "../src/commands/site.js";
import { runCli } from "./helpers/run-cli.js";
import { tempProject } from "./helpers/temp-project.js";

const repo = fileURLToPath(new URL("..", import.meta.url));

beforeAll(() => {
  if (!existsSync(join(repo, "dist", "site", "app.js")))
    throw new Error(
      "dist/site/app.js is missing — run npm run build (tsc, then scripts/build-site.mjs) first",
    );
});

const read = (dir: string, name: string) => readFileSync(join(dir, name));

/** What data.js gives the page: the script run as the browser runs it. */
function pageDataOf(dir: string): { audit: { partnership: { name: string } }; build: unknown } {
  const scope: Record<string, unknown> = {};
  new Function("globalThis", read(dir, "data.js").toString("utf8"))(scope);
  return scope.POLICYSMITH_DATA as { audit: { partnership: { name: string } }; build: unknown };
}

describe("policysmith site", () => {
  it("writes the page into site/ of the project by default, with the partnership's data built in", async () => {
    const project = tempProject();
    const result = await runCli(["site"], project);
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const site = join(project, "site");
    for (const name of SITE_FILES) expect(existsSync(join(site, name)), name).toBe(true);
    expect(read(site, "app.js").equals(readFileSync(join(repo, "dist", "site", "app.js")))).toBe(true);
    const data = pageDataOf(site);
    const partnership = readFileSync(join(project, "partnership.yaml"), "utf8");
    expect(partnership).toContain(data.audit.partnership.name);
    expect(result.stdout).toContain("to site/");
    expect(result.stdout).toMatch(/Open site\/index\.html in a web browser/);
    expect(result.stdout).toMatch(/To publish it, copy the files in site\/ to any web host/);
    expect(result.stdout).toMatch(/never leave their computer/);
    const manifest = JSON.parse(read(site, SITE_MANIFEST).toString("utf8"));
    expect(Object.keys(manifest.files).sort()).toEqual([...SITE_FILES].sort());
  });

  it("writes the same bytes every time, and may write again over its own page", async () => {
    const project = tempProject();
    expect((await runCli(["site", "--out", "page"], project)).code).toBe(0);
    const first = SITE_FILES.map((name) => read(join(project, "page"), name));
    const again = await runCli(["site", "--out", "page"], project);
    expect(again.stderr).toBe("");
    expect(again.code).toBe(0);
    SITE_FILES.forEach((name, i) => {
      expect(read(join(project, "page"), name).equals(first[i]), name).toBe(true);
    });
  });

  it("refuses a folder that holds files it did not write, and touches nothing there (exit 2)", async () => {
    const project = tempProject();
    const folder = join(project, "website");
    mkdirSync(folder);
    writeFileSync(join(folder, "index.html"), "<p>the partnership's own home page</p>");
    const result = await runCli(["site", "--out", "website"], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /website\/ already holds files that policysmith did not write \(index\.html\) — choose an empty or new folder with --out DIR/,
    );
    expect(read(folder, "index.html").toString()).toBe("<p>the partnership's own home page</p>");
    expect(existsSync(join(folder, "app.js"))).toBe(false);
    expect(existsSync(join(folder, SITE_MANIFEST))).toBe(false);
  });

  it("never overwrites a file of its page that someone has changed since (exit 2)", async () => {
    const project = tempProject();
    expect((await runCli(["site"], project)).code).toBe(0);
    const changed = `${read(join(project, "site"), "style.css")}\nbody { background: pink; }\n`;
    writeFileSync(join(project, "site", "style.css"), changed);
    const result = await runCli(["site"], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/site\/style\.css has been changed since policysmith wrote it/);
    expect(read(join(project, "site"), "style.css").toString()).toBe(changed);
  });

  it("stops on a broken partnership.yaml like build does (exit 2), writing nothing", async () => {
    const project = tempProject({ "partnership.yaml": "name: [unclosed\n" });
    const result = await runCli(["site"], project);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/partnership\.yaml/);
    expect(existsSync(join(project, "site"))).toBe(false);
  });

  it("writes data.js so that no text in the data can end a script or break the literal", () => {
    const script = dataScript({ name: "</script><script>alert(1)</script>", odd: "a\u2028b" });
    expect(script).not.toContain("</script>");
    expect(script).not.toContain("\u2028");
    const scope: Record<string, unknown> = {};
    new Function("globalThis", script)(scope);
    expect(scope.POLICYSMITH_DATA).toEqual({ name: "</script><script>alert(1)</script>", odd: "a\u2028b" });
  });
});
