/// <reference lib="dom" />
/**
 * The self-service page's build flow in real Chromium (issue 13): the page `policysmith site` writes for the
 * example partnership, opened from file://. An empty form gives its problems next to their fields (the CLI's
 * checks, in the form's words); a filled form builds the policy, whose Word file LibreOffice opens, whose PDF
 * passes qpdf --check, and whose YAML is a setting file `policysmith validate` accepts; what a check of the new
 * policy finds shows beside it. axe-core finds nothing at 1280 and 320 px, and nothing is requested after load.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { browserAvailable, launchBrowser } from "./helpers/browser.js";
import {
  axeProblems,
  type OpenedPage,
  openSite,
  repoRoot,
  shoot,
  sidewaysScroll,
  writeSite,
} from "./helpers/site.js";
import { convertWithLibreOfficeAsync, toolsAvailable } from "./helpers/tools.js";

const haveBrowser = browserAvailable("The self-service page's build flow in Chromium");
const haveTools = toolsAvailable("The self-service page's built policy", "soffice", "qpdf", "pdftotext");

let browser: Browser;
let scratch: string;
let siteDir: string;

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "policysmith-site-build-"));
  siteDir = join(scratch, "site");
  const written = writeSite(siteDir);
  expect(written.stderr).toBe("");
  expect(written.status).toBe(0);
  if (haveBrowser) browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

async function pressBuild(page: Page): Promise<string> {
  await page.getByRole("button", { name: "Build my policy" }).click();
  await page.waitForFunction(
    () =>
      /^Your policy (was not built|is ready|could not be built)/.test(
        document.getElementById("build-status")?.textContent ?? "",
      ),
    undefined,
    { timeout: 120_000 },
  );
  return (await page.textContent("#build-status")) ?? "";
}

/** What a fictional nursery manager types. */
async function fillForm(page: Page): Promise<void> {
  await page.getByLabel("Name of your setting", { exact: true }).fill("Puddle Lane Nursery");
  await page.getByLabel("Type of setting", { exact: true }).selectOption("nursery");
  await page.getByLabel("Local authority area", { exact: true }).selectOption("fallowmere");
  await page.getByLabel("Address (optional)", { exact: true }).fill("3 Puddle Lane, Fallowmere FM2 7AB");
  await page.getByLabel("Next review due on (optional)", { exact: true }).fill("2027-09-01");
  await page.getByLabel("Who looks after the policy (optional)", { exact: true }).fill("Nursery Manager");
  await page.locator('[data-path="leads[0].name"]').fill("Ada Brook");
  await page.locator('[data-path="leads[0].title"]').fill("Nursery Manager");
  await page.locator('[data-path="leads[0].training[0].course"]').selectOption("early-years-dsl");
  await page.locator('[data-path="leads[0].training[0].date"]').fill("2025-03-01");
  await page.locator('[data-path="leads[1].name"]').fill("Ben Carr");
}

/** Saves the download a link starts. */
async function downloadLink(page: Page, name: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name }).click(),
  ]);
  const path = join(scratch, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

function noRequestsAfterLoad(opened: OpenedPage): string[] {
  return opened.requests.filter((r) => r.afterLoad).map((r) => r.url);
}

describe.skipIf(!haveBrowser)("the self-service page builds a policy in Chromium", () => {
  for (const width of [1280, 320])
    it(`shows an empty form's problems next to their fields at ${width} px`, async () => {
      const opened = await openSite(browser, siteDir, width);
      try {
        // Person 1 is left empty (left out of the file); person 2 has a title but no name.
        await opened.page.locator('[data-path="leads[1].title"]').fill("Deputy Manager");
        expect(await pressBuild(opened.page)).toBe(
          "Your policy was not built: 2 things need putting right (listed at the top of the form).",
        );
        await shoot(opened.page, `${width}-7-build-problems`);
        // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, block by block
        const summary = await opened.page.locator(".problem-summary").innerText();
        expect(summary).toContain("Name of your setting: Fill this in.");
        expect(summary).toContain("Person 2, Full name: Fill this in.");
        // Next to the field, and tied to it for screen readers.
        const name = opened.page.getByLabel("Name of your setting", { exact: true });
        expect(await name.getAttribute("aria-invalid")).toBe("true");
        const described = (await name.getAttribute("aria-describedby")) ?? "";
        expect(await opened.page.locator(`#${described.split(" ").at(-1)}`).textContent()).toBe(
          "Fill this in.",
        );
        expect(await opened.page.evaluate(() => document.activeElement?.className)).toBe("problem-summary");
        expect(noRequestsAfterLoad(opened)).toEqual([]);
        expect(await axeProblems(opened)).toEqual([]);
        expect(await sidewaysScroll(opened.page)).toBe(0);
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.page.context().close();
      }
    });

  it.skipIf(!haveTools)(
    "builds the policy from the form: a Word file LibreOffice opens, a PDF qpdf passes, YAML the CLI accepts",
    async () => {
      const opened = await openSite(browser, siteDir, 1280);
      try {
        await fillForm(opened.page);
        expect(await pressBuild(opened.page)).toBe("Your policy is ready: 6 files to download.");
        await opened.page.waitForFunction(() =>
          /Ben Carr/.test(document.getElementById("build-live")?.textContent ?? ""),
        );
        await shoot(opened.page, "1280-8-build-ready");
        // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, block by block
        const live = await opened.page.locator("#build-live").innerText();
        expect(live).toContain("The policy records no safeguarding training for Ben Carr");

        const docx = await downloadLink(opened.page, "Child Protection Policy as Word (.docx");
        const pdf = await downloadLink(opened.page, "Child Protection Policy as PDF (.pdf");
        const yaml = await downloadLink(
          opened.page,
          "Your details for the partnership (puddle-lane-nursery.yaml)",
        );
        expect(docx.endsWith("puddle-lane-nursery-child-protection.docx")).toBe(true);

        const qpdf = spawnSync("qpdf", ["--check", pdf], { encoding: "utf8" });
        expect(qpdf.status, qpdf.stdout + qpdf.stderr).toBe(0);
        const pdfText = spawnSync("pdftotext", [pdf, "-"], { encoding: "utf8" }).stdout;
        expect(pdfText).toContain("Puddle Lane Nursery");
        expect(pdfText).toContain("Ada Brook");

        const converted = join(scratch, "libreoffice");
        mkdirSync(converted, { recursive: true });
        const office = await convertWithLibreOfficeAsync([docx], "txt:Text", converted);
        expect(office.status, office.stderr).toBe(0);
        const wordText = readFileSync(join(converted, "puddle-lane-nursery-child-protection.txt"), "utf8");
        expect(wordText).toContain("Puddle Lane Nursery");
        expect(wordText).toContain("Fallowmere District Council");

        // The YAML is a setting file: in the example project's orgs/, the CLI validates it.
        const project = join(scratch, "project");
        mkdirSync(join(project, "orgs"), { recursive: true });
        for (const part of ["partnership.yaml", "policy-templates"])
          cpSync(join(repoRoot, part), join(project, part), { recursive: true });
        cpSync(yaml, join(project, "orgs", "puddle-lane-nursery.yaml"));
        const validate = spawnSync(process.execPath, [join(repoRoot, "bin", "policysmith.js"), "validate"], {
          cwd: project,
          encoding: "utf8",
        });
        expect(validate.stderr).toBe("");
        expect(validate.status).toBe(0);
        const details = readFileSync(yaml, "utf8");
        expect(details).toContain("name: Puddle Lane Nursery");
        expect(details).toMatch(/policy:\n {2}next_review: 2027-09-01\n {2}responsible: Nursery Manager\n/);

        expect(noRequestsAfterLoad(opened)).toEqual([]);
        expect(await axeProblems(opened)).toEqual([]);
        expect(opened.errors).toEqual([]);
      } finally {
        await opened.page.context().close();
      }
    },
  );

  it("shows the built policy's downloads and its check at 320 px without sideways scrolling", async () => {
    const opened = await openSite(browser, siteDir, 320);
    try {
      await fillForm(opened.page);
      expect(await pressBuild(opened.page)).toBe("Your policy is ready: 6 files to download.");
      await opened.page.waitForFunction(() =>
        /Ben Carr/.test(document.getElementById("build-live")?.textContent ?? ""),
      );
      await shoot(opened.page, "320-8-build-ready");
      expect(await sidewaysScroll(opened.page)).toBe(0);
      expect(noRequestsAfterLoad(opened)).toEqual([]);
      expect(await axeProblems(opened)).toEqual([]);
      expect(opened.errors).toEqual([]);
    } finally {
      await opened.page.context().close();
    }
  });
});
