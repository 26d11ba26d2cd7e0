/**
 * mammoth's style map is read once per process, not once per Word file (src/audit/sources/mammoth-styles.ts):
 * mammoth must take its style reader through our wrapper, and headings still come out as headings.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readDocx } from "../src/audit/sources/docx.js";
import { styleLinesRead } from "../src/audit/sources/mammoth-styles.js";

const corpus = (name: string) => new Uint8Array(readFileSync(new URL(`./corpus/${name}`, import.meta.url)));

describe("mammoth's style map", () => {
  it("is read through the remembering reader, and each line once", async () => {
    const first = await readDocx(corpus("ashdown-infant-school.docx"));
    const read = styleLinesRead();
    // mammoth's default map is some fifty lines, ours one more.
    expect(read).toBeGreaterThanOrEqual(40);
    const second = await readDocx(corpus("ashdown-infant-school.docx"));
    expect(styleLinesRead()).toBe(read);
    expect(second.html).toBe(first.html);
    expect(first.html).toMatch(/<h1>[^<]*Ashdown/);
    expect(first.html).toContain("<h1>Section 1 – Introduction</h1>");
  });
});
