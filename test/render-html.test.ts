/** The HTML renderer: a golden file for the sample, escaping of hostile names, working contents links. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { renderHtml } from "../src/render/html.js";
import { HTML_STYLE } from "../src/render/html-style.js";
import { expectGolden } from "./helpers/golden.js";
import { sampleDocument } from "./helpers/sample-document.js";

const GOLDEN = fileURLToPath(new URL("golden/html/sample.html", import.meta.url));

describe("renderHtml", () => {
  it("matches the reviewed golden file (UPDATE_GOLDEN=1 to accept a deliberate change)", () => {
    expectGolden(GOLDEN, renderHtml(sampleDocument()), "test/render-html.test.ts");
  });

  it("gives the golden file's bytes without the block cache, and from it (issue 15)", () => {
    const golden = readFileSync(GOLDEN, "utf8");
    expect(renderHtml(sampleDocument(), { cache: false })).toBe(golden);
    // Rendered twice: the second time every block comes from the cache.
    expect(renderHtml(sampleDocument(), { cache: true })).toBe(golden);
    expect(renderHtml(sampleDocument(), { cache: true })).toBe(golden);
  });

  it("is a complete, labelled page", () => {
    const html = renderHtml(sampleDocument());
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(html).toContain('<html lang="en-GB">');
    expect(html).toContain("<title>Child Protection Policy — St Mary's *Little* [Stars] #1</title>");
    expect(html).toContain('<main id="main">');
    expect(html).toContain("Next review: 15 September 2026.");
    expect(html).toMatch(/<th scope="col">Role<\/th>/);
    expect(html).toMatch(/<a href="https:\/\/procedures\.rfscp\.example\.org" rel="noopener">/);
  });

  it("prints a hostile setting name literally, never as markup", () => {
    const doc = sampleDocument();
    doc.meta.settingName = `<script>alert("x")</script> & "Co"`;
    const html = renderHtml(doc);
    // Inside a quoted attribute "<" is harmless; anywhere else it must be escaped.
    expect(html.replace(/="[^"]*"/g, '=""')).not.toContain("<script>alert");
    expect(html).toContain("&#x3C;script>alert");
  });

  it("links every contents entry to a heading that has that id", () => {
    const html = renderHtml(sampleDocument());
    const nav = /<nav[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? "";
    const targets = [...nav.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]);
    expect(targets.length).toBeGreaterThanOrEqual(3);
    for (const id of targets) expect(html, id).toMatch(new RegExp(`<h[1-6] id="${id}"`));
  });

  it("refuses a Markdown node it does not know, naming it and its line", () => {
    const doc = sampleDocument();
    doc.tree.children.push({
      type: "mystery",
      position: { start: { line: 7, column: 1 }, end: { line: 7, column: 2 } },
    } as never);
    expect(() => renderHtml(doc)).toThrow(/mystery.*line 7/);
  });

  it("gives identical output for identical input, on another day too", () => {
    const today = renderHtml(sampleDocument());
    // Another clock, so a date taken from it anywhere in the page shows as a difference.
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2031-03-04T05:06:07Z"));
    try {
      expect(renderHtml(sampleDocument())).toBe(today);
    } finally {
      vi.useRealTimers();
    }
  });
});

/** The page's text as a reader gets it: tags and the stylesheet left out, entities as written. */
const words = (html: string) =>
  (/<main[^>]*>([\s\S]*)<\/main>/.exec(html)?.[1] ?? "").replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

describe("renderHtml for narrow screens and keyboards (issue 12)", () => {
  const markdown = [
    "# Policy",
    "",
    "| Policy details | |",
    "|---|---|",
    "| Setting | Acorns Day Nursery |",
    "| Next review | 15 September 2026 |",
    "",
    "## Contacts",
    "",
    "Call 0113 496 0761 or Childline on 0800 1111, or 999 in an emergency, from 15 September 2026.",
    "",
    "| Service | Phone |",
    "|---|---|",
    "| Front door | 0118 496 0300 |",
    "",
    "| Service | Email |",
    "|---|---|",
    "| Advice hub | [advicehub@riverbend.example.org](mailto:advicehub@riverbend.example.org) |",
    "",
    "See https://procedures.rfscp.example.org/riverbend-front-door or www.gov.uk.",
  ].join("\n");
  const html = renderHtml(sampleDocument(markdown));

  it("gives a key–value table a caption and row headers, and no empty header cell", () => {
    expect(html).toContain('<caption id="table-1-caption">Policy details</caption>');
    expect(html).not.toMatch(/<th[^>]*><\/th>/);
    expect(html).toContain('<th scope="row">Setting</th>\n<td>Acorns Day Nursery</td>');
    expect(html).toContain('<th scope="row">Next review</th>');
    const policyDetails = /<table>[\s\S]*?<\/table>/.exec(html)?.[0] ?? "";
    expect(policyDetails).not.toContain("<thead>");
  });

  it("keeps column headers on an ordinary table", () => {
    expect(html).toContain('<th scope="col">Service</th>');
    expect(html).toContain('<th scope="col">Phone</th>');
  });

  it("puts every table in a focusable scroll region with a name of its own", () => {
    const tables = html.match(/<table>/g)?.length ?? 0;
    const regions = [
      ...html.matchAll(/<div class="table-scroll" role="region" tabindex="0" ([^>]*)><table>/g),
    ];
    expect(regions.length).toBe(tables);
    expect(regions.map((r) => r[1])).toEqual([
      'aria-labelledby="table-1-caption"',
      'aria-labelledby="contacts"',
      'aria-label="Contacts, table 3"',
    ]);
  });

  it("keeps each phone number on one line, and leaves dates and 999 alone", () => {
    expect(html).toContain(
      'Call <span class="phone">0113 496 0761</span> or Childline on <span class="phone">0800 1111</span>',
    );
    expect(html).toContain('<td><span class="phone">0118 496 0300</span></td>');
    expect(html).toContain("or 999 in an emergency, from 15 September 2026.");
  });

  it("lets long addresses break only after @ . / -, and changes none of their words", () => {
    expect(html).toContain(">advicehub@<wbr>riverbend.<wbr>example.<wbr>org</a>");
    expect(html).toContain(
      "https://<wbr>procedures.<wbr>rfscp.<wbr>example.<wbr>org/<wbr>riverbend-<wbr>front-<wbr>door",
    );
    // Short ones need no break.
    expect(html).toContain('rel="noopener">www.gov.uk</a>.');
    expect(words(html)).toContain(
      "See https://procedures.rfscp.example.org/riverbend-front-door or www.gov.uk.",
    );
    expect(words(html)).toContain("Advice hub advicehub@riverbend.example.org");
  });
});

describe("HTML stylesheet", () => {
  it("shows one number per contents entry: the headings carry their own", () => {
    expect(HTML_STYLE).toMatch(/nav\.contents ol \{ list-style: none;/);
  });

  it("keeps phone numbers on one line and lets tables scroll inside their region", () => {
    expect(HTML_STYLE).toContain(".phone { white-space: nowrap; }");
    expect(HTML_STYLE).toMatch(/\.table-scroll \{ overflow-x: auto;/);
  });
});

describe("golden files", () => {
  /** Runs `check` as a plain test run would, without UPDATE_GOLDEN (which a developer may have set). */
  function withoutUpdate(check: () => void) {
    const saved = process.env.UPDATE_GOLDEN;
    delete process.env.UPDATE_GOLDEN;
    try {
      check();
    } finally {
      if (saved !== undefined) process.env.UPDATE_GOLDEN = saved;
    }
  }

  it("fails on a missing golden file, says how to create it, and does not create it", () => {
    const dir = mkdtempSync(join(tmpdir(), "policysmith-golden-"));
    try {
      const file = join(dir, "missing.html");
      withoutUpdate(() =>
        expect(() => expectGolden(file, "<p>new</p>", "test/render-html.test.ts")).toThrow(
          /missing\.html is missing — create it with UPDATE_GOLDEN=1 npx vitest run test\/render-html\.test\.ts/,
        ),
      );
      expect(existsSync(file)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("fails on a golden file that differs and leaves it as it was", () => {
    const dir = mkdtempSync(join(tmpdir(), "policysmith-golden-"));
    try {
      const file = join(dir, "old.html");
      writeFileSync(file, "<p>reviewed</p>");
      withoutUpdate(() =>
        expect(() => expectGolden(file, "<p>changed</p>", "test/render-html.test.ts")).toThrow(
          /differs from .*old\.html/,
        ),
      );
      expect(readFileSync(file, "utf8")).toBe("<p>reviewed</p>");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
