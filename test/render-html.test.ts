/** The HTML renderer: a golden file for the sample, escaping of hostile names, working contents links. */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { renderHtml } from "../src/render/html.js";
import { expectGolden } from "./helpers/golden.js";
import { sampleDocument } from "./helpers/sample-document.js";

const GOLDEN = fileURLToPath(new URL("golden/html/sample.html", import.meta.url));

describe("renderHtml", () => {
  it("matches the reviewed golden file (UPDATE_GOLDEN=1 to accept a deliberate change)", () => {
    expectGolden(GOLDEN, renderHtml(sampleDocument()), "test/render-html.test.ts");
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
