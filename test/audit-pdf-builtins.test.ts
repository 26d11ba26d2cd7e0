/**
 * pdf.js's legacy build replaces some of the language's own functions for the whole process when it loads
 * (core-js polyfills: Array.prototype.push, JSON.parse, JSON.stringify, Function.prototype.toString), which made
 * every rule run after the first PDF slower. Reading a PDF leaves them as they were (native-builtins.ts).
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// Taken before anything here loads pdf.js: this file imports no reader statically.
const before = {
  push: Array.prototype.push,
  parse: JSON.parse,
  stringify: JSON.stringify,
  toString: Function.prototype.toString,
};

describe("reading a PDF leaves the built-ins alone", () => {
  it("push, JSON.parse, JSON.stringify and Function.prototype.toString are the runtime's own after a PDF is read", async () => {
    const corpus = fileURLToPath(new URL("./corpus/", import.meta.url));
    const name = readdirSync(corpus).find((file) => file.endsWith(".pdf"));
    expect(name).toBeDefined();
    const { pdfToPages } = await import("../src/audit/sources/pdf.js");
    const pages = await pdfToPages(new Uint8Array(readFileSync(`${corpus}${name}`)));
    expect(pages.text.length).toBeGreaterThan(100);
    expect(Array.prototype.push).toBe(before.push);
    expect(JSON.parse).toBe(before.parse);
    expect(JSON.stringify).toBe(before.stringify);
    expect(Function.prototype.toString).toBe(before.toString);
    // What pdf.js needs and Node 20 lacks is still there.
    expect(typeof (Promise as { withResolvers?: unknown }).withResolvers).toBe("function");
  });
});
