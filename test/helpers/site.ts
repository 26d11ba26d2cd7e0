/// <reference lib="dom" />
/**
 * The self-service page in a real browser: writes it with the built CLI (dist/), opens it from file:// and
 * records every request the page makes, so tests can prove that nothing leaves the computer.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Browser, Page } from "playwright-core";
import { axeSource, WCAG_AA_TAGS } from "./browser.js";

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url));
export const SHOTS = "/tmp/site-shots";

/** Runs `policysmith site --out DIR` with the built CLI, as a partnership would. */
export function writeSite(
  outDir: string,
  cwd = repoRoot,
): { status: number | null; stdout: string; stderr: string } {
  const bundle = join(repoRoot, "dist", "site", "app.js");
  if (!existsSync(bundle))
    throw new Error(`${bundle} is missing — run npm run build (tsc, then scripts/build-site.mjs) first`);
  const result = spawnSync(
    process.execPath,
    [join(repoRoot, "bin", "policysmith.js"), "site", "--out", outDir],
    {
      cwd,
      encoding: "utf8",
      timeout: 120_000,
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export interface OpenedPage {
  page: Page;
  /** Every request the page made, in order, with whether it came after the load event. */
  requests: Array<{ url: string; afterLoad: boolean }>;
  /** Errors thrown in the page (uncaught) and console errors. */
  errors: string[];
  /** Milliseconds from navigation to the load event. */
  loadMs: number;
  /** False while a test tool (axe-core) runs in the page: what it fetches is not the page's doing. */
  recording: boolean;
}

export async function openSite(browser: Browser, siteDir: string, width: number): Promise<OpenedPage> {
  const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
  const page = await context.newPage();
  const requests: OpenedPage["requests"] = [];
  const errors: string[] = [];
  let loaded = false;
  const opened = { page, requests, errors, loadMs: 0, recording: true };
  page.on("request", (request) => {
    if (opened.recording) requests.push({ url: request.url(), afterLoad: loaded });
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("console", (message) => {
    if (opened.recording && message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  const started = performance.now();
  await page.goto(pathToFileURL(join(siteDir, "index.html")).href, { waitUntil: "load" });
  opened.loadMs = performance.now() - started;
  loaded = true;
  return opened;
}

/** Chooses a file in the page's file input (as a person would with "Choose a file") and waits for the answer. */
export async function checkFile(page: Page, path: string): Promise<void> {
  const before = await page.getAttribute("#check", "data-checks");
  await page.setInputFiles("#policy-file", path);
  await page.waitForFunction(
    (count) => document.getElementById("check")?.getAttribute("data-checks") !== count,
    before,
    { timeout: 90_000 },
  );
}

export interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[] }>;
}

/** axe-core's WCAG 2.0–2.2 A/AA violations (and best practice) on the page as it is now, one line each. */
export async function axeProblems(opened: OpenedPage): Promise<string[]> {
  const { page } = opened;
  opened.recording = false;
  // Evaluated through the DevTools protocol: the page's Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(axeSource());
  const violations: AxeViolation[] = await page.evaluate(
    async (tags) => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page as a global
      const result = await (globalThis as any).axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return result.violations.map((v: AxeViolation) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target })),
      }));
    },
    [...WCAG_AA_TAGS, "best-practice"],
  );
  opened.recording = true;
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${n.target.join(" ")}`));
}

/** How far the page scrolls sideways at this width (0 when it reflows, WCAG 1.4.10). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    return scroller.scrollWidth - scroller.clientWidth;
  });
}

/** A full-page screenshot for the closing note (not committed). */
export async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}
