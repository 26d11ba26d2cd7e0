/// <reference lib="dom" />
/**
 * Every example setting's web page under real checkers (issue 12): axe-core in headless Chromium with the
 * WCAG 2.0/2.1/2.2 A and AA rules at 1280 px and at 320 px (reflow, WCAG 1.4.10), no horizontal page scroll
 * at 320 px, a focus indicator of at least 3:1 against what surrounds it, one number per contents entry,
 * phone numbers on one line, and key–value tables with row headers and a caption.
 * One browser for the whole file; pages come from page.setContent (no network, no files served).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildProject } from "../src/build/build.js";
import { loadProject } from "../src/data/load-project.js";
import {
  axeSource,
  browserAvailable,
  contrastRatio,
  launchBrowser,
  WCAG_AA_TAGS,
} from "./helpers/browser.js";

const root = fileURLToPath(new URL("..", import.meta.url));
const haveBrowser = browserAvailable("HTML accessibility in Chromium (axe-core)");

interface ExamplePage {
  name: string;
  html: string;
}

const pages: ExamplePage[] = [];
let browser: Browser;
let out: string;
let axe: string;

beforeAll(async () => {
  const project = await loadProject(root);
  out = mkdtempSync(join(tmpdir(), "policysmith-html-a11y-"));
  const result = await buildProject(project, { formats: ["html"], outDir: out, jobs: 1 });
  expect(project.problems).toEqual([]);
  expect([...result.failed.entries()]).toEqual([]);
  for (const file of readdirSync(out, { recursive: true, encoding: "utf8" }).sort())
    if (file.endsWith(".html")) pages.push({ name: file, html: readFileSync(join(out, file), "utf8") });
  if (haveBrowser) {
    browser = await launchBrowser();
    axe = axeSource();
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

interface AxeViolation {
  id: string;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string }>;
}

async function openAt(width: number, html: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.setContent(html, { waitUntil: "load" });
  return page;
}

async function axeViolations(page: Page): Promise<AxeViolation[]> {
  // Once per page: the sweep runs axe at both widths on one page.
  if (!(await page.evaluate(() => "axe" in globalThis))) await page.addScriptTag({ content: axe });
  return page.evaluate(
    async (tags) => {
      // biome-ignore lint/suspicious/noExplicitAny: axe is injected into the page as a global
      const result = await (globalThis as any).axe.run(document, {
        runOnly: { type: "tag", values: tags },
        resultTypes: ["violations"],
      });
      return result.violations.map((v: AxeViolation) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
      }));
    },
    [...WCAG_AA_TAGS, "best-practice"],
  );
}

/** Short lines a person can act on: rule, what it asks, where. */
function describeViolations(violations: AxeViolation[]): string[] {
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${n.target.join(" ")}`));
}

/** The page's own width at this viewport, and the outermost elements that stick out of it. */
async function overflow(page: Page): Promise<{ page: number; client: number; wide: string[] }> {
  return page.evaluate(() => {
    const scroller = document.scrollingElement ?? document.documentElement;
    const client = scroller.clientWidth;
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > client + 0.5;
    const wide: string[] = [];
    for (const el of Array.from(document.body.querySelectorAll("*")))
      if (sticksOut(el) && !(el.parentElement && sticksOut(el.parentElement)))
        wide.push(
          `<${el.tagName.toLowerCase()}> "${(el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 50)}"`,
        );
    return { page: scroller.scrollWidth, client, wide: wide.slice(0, 6) };
  });
}

interface FocusStop {
  what: string;
  outline: string;
  /** Contrast of the indicator with the colours next to it: the element's own background and its surround's. */
  contrast: number;
}

/**
 * Every focusable element's focus indicator, as a keyboard user sees it: one real Tab first (so Chromium is in
 * keyboard mode and :focus-visible applies), then each element focused in turn.
 */
async function focusIndicators(
  page: Page,
): Promise<Array<Omit<FocusStop, "contrast"> & { colours: string[] }>> {
  await page.keyboard.press("Tab");
  return page.evaluate(() => {
    const background = (el: Element | null): string => {
      for (let e = el; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg && !/rgba\(.*,\s*0\)$/.test(bg) && bg !== "transparent") return bg;
      }
      return "rgb(255, 255, 255)";
    };
    const focusable = Array.from(
      document.querySelectorAll<HTMLElement>(
        "a[href], [tabindex]:not([tabindex='-1']), button, input, select, textarea",
      ),
    );
    return focusable.map((el) => {
      el.focus();
      const style = getComputedStyle(el);
      const what = `<${el.tagName.toLowerCase()}${el.getAttribute("role") ? ` role=${el.getAttribute("role")}` : ""}> "${(el.getAttribute("aria-label") ?? el.textContent ?? "").replace(/\s+/g, " ").trim().slice(0, 40)}"`;
      const width = Number.parseFloat(style.outlineWidth) || 0;
      const visible = style.outlineStyle !== "none" && width >= 2;
      return {
        what,
        outline: visible ? `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}` : "none",
        colours: visible ? [style.outlineColor, background(el), background(el.parentElement)] : [],
      };
    });
  });
}

/** Phone numbers (UK style: 0113 496 0761, 0800 1111) whose text breaks over two lines at this width. */
async function wrappedPhoneNumbers(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pattern = /(?:\+44\s?|\b0)\d{2,4}(?:[ \u00a0]\d{3,4}){1,2}\b/g;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const wrapped: string[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue ?? "";
      for (const m of text.matchAll(pattern)) {
        const range = document.createRange();
        range.setStart(node, m.index ?? 0);
        range.setEnd(node, (m.index ?? 0) + m[0].length);
        const tops = new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top)));
        if (tops.size > 1) wrapped.push(m[0]);
      }
    }
    return wrapped;
  });
}

/** Contents entries shown with two numbers: a list marker before a heading that carries its own number. */
async function doubleNumberedContents(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll("nav li"))
      .filter((li) => getComputedStyle(li).listStyleType !== "none")
      .map((li) => (li.querySelector("a")?.textContent ?? "").trim())
      .filter((text) => /^\d/.test(text)),
  );
}

/** Tables that are not labelled, scrollable regions a keyboard can reach, or key–value tables without row headers. */
async function tableProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (el: Element) => {
      const ids = el.getAttribute("aria-labelledby");
      if (ids)
        return ids
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? "")
          .join(" ")
          .trim();
      return (el.getAttribute("aria-label") ?? "").trim();
    };
    document.querySelectorAll("table").forEach((table, i) => {
      const where = `table ${i + 1} ("${(table.querySelector("caption, th")?.textContent ?? "").trim()}")`;
      const region = table.parentElement;
      const isRegion = region?.getAttribute("role") === "region" && region.getAttribute("tabindex") === "0";
      if (!region || !isRegion) problems.push(`${where}: not in a focusable scroll region`);
      else if (!name(region)) problems.push(`${where}: its scroll region has no label`);
      for (const th of Array.from(table.querySelectorAll("th")))
        if (!(th.textContent ?? "").trim()) problems.push(`${where}: an empty header cell`);
      if (!table.querySelector("thead")) {
        if (!(table.querySelector("caption")?.textContent ?? "").trim())
          problems.push(`${where}: a key–value table without a caption`);
        for (const row of Array.from(table.querySelectorAll("tbody tr")))
          if (
            row.firstElementChild?.tagName !== "TH" ||
            row.firstElementChild.getAttribute("scope") !== "row"
          )
            problems.push(`${where}: a row without a row header`);
      }
    });
    return problems;
  });
}

/** Focus indicators below 3:1 against the colours next to them, or missing. */
async function weakFocusIndicators(page: Page): Promise<string[]> {
  const stops = await focusIndicators(page);
  const problems: string[] = [];
  if (stops.length === 0) problems.push("nothing can take keyboard focus");
  for (const stop of stops) {
    if (stop.outline === "none") {
      problems.push(`${stop.what}: no visible focus indicator`);
      continue;
    }
    const [outline, ...neighbours] = stop.colours;
    const contrast = Math.min(...neighbours.map((c) => contrastRatio(outline, c)));
    if (contrast < 3)
      problems.push(`${stop.what}: focus outline ${stop.outline} is ${contrast.toFixed(2)}:1 (needs 3:1)`);
  }
  return problems;
}

async function pageOverflow(page: Page): Promise<string[]> {
  const o = await overflow(page);
  return o.page > o.client ? [`${o.page} px wide in ${o.client} px: ${o.wide.join("; ")}`] : [];
}

const contentsProblems = async (page: Page) =>
  (await doubleNumberedContents(page)).map((entry) => `contents entry "${entry}" has a list number too`);

type Check = "axe" | "reflow" | "phones" | "contents" | "tables" | "focus";

/**
 * What each width checks, in this order: 320 px first, then the same page widened to 1280 px (focus last: it moves
 * the focus about).
 */
const CHECKS: Array<[number, Array<[Check, (page: Page) => Promise<string[]>]>]> = [
  [
    320,
    [
      ["axe", async (page) => describeViolations(await axeViolations(page))],
      ["reflow", pageOverflow],
      ["phones", wrappedPhoneNumbers],
    ],
  ],
  [
    1280,
    [
      ["axe", async (page) => describeViolations(await axeViolations(page))],
      ["reflow", pageOverflow],
      ["phones", wrappedPhoneNumbers],
      ["contents", contentsProblems],
      ["tables", tableProblems],
      ["focus", weakFocusIndicators],
    ],
  ],
];

let swept: Promise<Map<number, Map<Check, string[]>>> | undefined;

/** Pages checked at the same time: each page is a renderer process of its own, so two keep two cores busy. */
const PAGES_AT_ONCE = 2;

/** One example's "page: problem" lines for each width and check, its page opened once and widened between them. */
async function checkPage({ name, html }: ExamplePage): Promise<Array<[number, Check, string]>> {
  const found: Array<[number, Check, string]> = [];
  const page = await openAt(CHECKS[0][0], html);
  try {
    for (const [w, checks] of CHECKS) {
      await page.setViewportSize({ width: w, height: 900 });
      for (const [check, run] of checks)
        for (const line of await run(page)) found.push([w, check, `${name}: ${line}`]);
    }
  } finally {
    await page.close();
  }
  return found;
}

/**
 * Opens every example page once and runs each width's checks on it, widening the page between them (one page load
 * and one injection of axe's script per example, not one per example and width), PAGES_AT_ONCE pages at a time;
 * the result maps each width and check to its "page: problem" lines, in the pages' order. Shared by the tests below.
 */
async function sweep(width: number): Promise<Map<Check, string[]>> {
  swept ??= (async () => {
    const failures = new Map(
      CHECKS.map(([w, checks]) => [w, new Map<Check, string[]>(checks.map(([check]) => [check, []]))]),
    );
    const results: Array<Array<[number, Check, string]>> = [];
    let next = 0;
    const worker = async () => {
      for (let i = next++; i < pages.length; i = next++) results[i] = await checkPage(pages[i]);
    };
    await Promise.all(Array.from({ length: PAGES_AT_ONCE }, worker));
    for (const found of results)
      for (const [w, check, line] of found) failures.get(w)?.get(check)?.push(line);
    return failures;
  })();
  const atWidth = (await swept).get(width);
  if (!atWidth) throw new Error(`no checks at ${width} px`);
  return atWidth;
}

// The first test to ask sweeps both widths: 520 s on a machine loaded 15 times over.
const SWEEP_TIMEOUT = 900_000;

describe("the checks themselves", () => {
  it("compute WCAG contrast: the old focus outline #ffbf47 on white is 1.6:1, the new #0b3d5c 11:1", () => {
    expect(contrastRatio("rgb(255, 191, 71)", "rgb(255, 255, 255)")).toBeCloseTo(1.64, 2);
    expect(contrastRatio("rgb(11, 61, 92)", "rgb(255, 255, 255)")).toBeGreaterThan(11);
    expect(contrastRatio("rgb(0, 0, 0)", "rgba(255, 255, 255, 1)")).toBeCloseTo(21, 5);
  });

  it("without chromium: a loud skip on a developer's machine, a failure in CI", () => {
    const saved = { PATH: process.env.PATH, CI: process.env.CI, CHROMIUM_PATH: process.env.CHROMIUM_PATH };
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    try {
      process.env.PATH = "/nonexistent";
      delete process.env.CHROMIUM_PATH;
      process.env.CI = "false";
      expect(browserAvailable("a check")).toBe(false);
      expect(String(warn.mock.calls[0]?.[0])).toMatch(/!!! a check: chromium not installed .*SKIPPED/);
      process.env.CI = "true";
      expect(() => browserAvailable("a check")).toThrow(/CI is set and a check: chromium not installed/);
    } finally {
      warn.mockRestore();
      for (const [key, value] of Object.entries(saved))
        if (value === undefined) delete process.env[key];
        else process.env[key] = value;
    }
  });
});

describe.skipIf(!haveBrowser)("example web pages in Chromium", () => {
  it("builds all 16 example pages (8 settings × 2 templates)", () => {
    expect(pages.length).toBe(16);
  });

  for (const width of [1280, 320])
    it(
      `have no WCAG 2.2 A/AA violation (nor axe best practice) under axe-core at ${width} px`,
      async () => {
        expect((await sweep(width)).get("axe")).toEqual([]);
      },
      SWEEP_TIMEOUT,
    );

  it(
    "reflow at 320 px: no page scrolls sideways (WCAG 1.4.10), nor at 1280 px",
    async () => {
      expect((await sweep(320)).get("reflow")).toEqual([]);
      expect((await sweep(1280)).get("reflow")).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it(
    "shows a focus indicator of at least 3:1 against its neighbours on everything a keyboard reaches",
    async () => {
      expect((await sweep(1280)).get("focus")).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it(
    "keeps every phone number on one line at 320 px and 1280 px",
    async () => {
      expect((await sweep(320)).get("phones")).toEqual([]);
      expect((await sweep(1280)).get("phones")).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it(
    "shows one number per contents entry",
    async () => {
      expect((await sweep(1280)).get("contents")).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it(
    "puts every table in a labelled, focusable scroll region; key–value tables have a caption and row headers",
    async () => {
      expect((await sweep(1280)).get("tables")).toEqual([]);
    },
    SWEEP_TIMEOUT,
  );

  it("reaches, with Tab alone, the skip link first and then every link and table region in page order", async () => {
    const { html } = pages.find((p) => p.name.includes("referral-guide")) ?? pages[0];
    const page = await openAt(320, html);
    try {
      const expected = await page.evaluate(() =>
        Array.from(document.querySelectorAll("a[href], [tabindex='0']")).map((el) =>
          el.outerHTML.slice(0, 80),
        ),
      );
      const reached: string[] = [];
      for (let i = 0; i <= expected.length; i++) {
        await page.keyboard.press("Tab");
        const active = await page.evaluate(() =>
          document.activeElement && document.activeElement !== document.body
            ? document.activeElement.outerHTML.slice(0, 80)
            : "",
        );
        if (!active) break;
        reached.push(active);
      }
      expect(reached[0]).toContain("Skip to content");
      expect(reached.slice(0, expected.length)).toEqual(expected);
      expect(reached.filter((r) => r.includes('role="region"')).length).toBeGreaterThan(0);
    } finally {
      await page.close();
    }
  });
});
