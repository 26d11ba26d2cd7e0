/**
 * Real-browser tests drive Debian's `chromium` through playwright-core (no browser is ever downloaded: the
 * system binary is given as executablePath). Where chromium is missing they are skipped with a loud warning
 * on a developer's machine, and fail in CI (CI=true), as the other real-client tests do (see tools.ts).
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { type Browser, chromium } from "playwright-core";
import { hasTool, inCI } from "./tools.js";

const CANDIDATES = ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"];

/** The browser binary's full path: $CHROMIUM_PATH when set, else the first of the usual names on PATH. */
export function chromiumPath(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const name = CANDIDATES.find((candidate) => hasTool(candidate));
  if (!name) return undefined;
  return spawnSync("sh", ["-c", `command -v ${name}`], { encoding: "utf8" }).stdout.trim() || undefined;
}

/** True when a browser is present. Otherwise warns (or, in CI, throws) and returns false. */
export function browserAvailable(purpose: string): boolean {
  if (chromiumPath()) return true;
  const message = `${purpose}: chromium not installed — install Debian's chromium package (sudo apt-get install chromium; see README) or set CHROMIUM_PATH. These tests are SKIPPED.`;
  if (inCI()) throw new Error(`CI is set and ${message.replace(" These tests are SKIPPED.", "")}`);
  console.warn(`\n!!! ${message}\n`);
  return false;
}

/** One headless browser; --no-sandbox only when running as root (where chromium refuses its sandbox). */
export async function launchBrowser(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error("chromium not found (call browserAvailable first)");
  const asRoot = typeof process.getuid === "function" && process.getuid() === 0;
  return chromium.launch({
    executablePath,
    headless: true,
    args: asRoot ? ["--no-sandbox"] : [],
  });
}

/** axe-core's script, read from node_modules (never a CDN), to inject into a page. */
export function axeSource(): string {
  const require = createRequire(import.meta.url);
  return readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
}

/** WCAG 2.0, 2.1 and 2.2 at levels A and AA: what the Public Sector Bodies Accessibility Regulations ask. */
export const WCAG_AA_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/** WCAG relative luminance of an sRGB colour given as "rgb(r, g, b)" or "rgba(r, g, b, a)". */
export function luminance(css: string): number {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)/.exec(css);
  if (!m) throw new Error(`not an rgb() colour: ${css}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}
