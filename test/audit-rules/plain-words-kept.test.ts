/** plain keeps the words of each marked-up text it reads: each text still gets its own words, in any order. */
import { describe, expect, it } from "vitest";
import { plain } from "../../src/audit/text/lines.js";

describe("plain: words kept per text", () => {
  it("gives two marked-up lines of the same length their own words, asked in turn and again", () => {
    expect(plain("**Mia Holt** – DSL")).toBe("Mia Holt – DSL");
    expect(plain("**Ned Pyle** – DSL")).toBe("Ned Pyle – DSL");
    expect(plain("**Mia Holt** – DSL")).toBe("Mia Holt – DSL");
    expect(plain("  [Help line](https://example.org) \\& _advice_ ")).toBe("Help line & advice");
  });
});
