/**
 * plainValue (src/template/fill.ts) reads `{{ a | default: b }}` without Liquid; a bare word there is a path only when
 * it is not one of Liquid's literal keywords (true, false, nil, null, empty, blank), which Liquid reads as values.
 * Whatever plainValue gives must be what Liquid renders, even with variables named like the keywords.
 */
import { describe, expect, it } from "vitest";
import type { Expression } from "../src/template/compile.js";
import { plainValue } from "../src/template/fill.js";
import { createLiquid } from "../src/template/liquid.js";

const liquid = createLiquid();
const expression = (raw: string): Expression => ({ raw, liquid: liquid.parse(raw), line: 1, column: 1 });
const variables = {
  club: { name: "Riverside Juniors", none: "", gone: null, flag: false },
  true: "from a variable",
  false: "from a variable",
  nil: "from a variable",
  null: "from a variable",
  empty: "from a variable",
  blank: "from a variable",
  true_name: "a variable, not a keyword",
};
const KEYWORDS = ["true", "false", "nil", "null", "empty", "blank"];

describe("plainValue and Liquid's literal keywords", () => {
  it("gives what Liquid renders, or leaves it to Liquid, whatever the keyword stands in", () => {
    const raws: string[] = [];
    for (const k of KEYWORDS)
      for (const path of ["club.name", "club.none", "club.gone"])
        raws.push(`{{ ${path} | default: ${k} }}`, `{{ ${k} | default: ${path} }}`, `{{ ${k} }}`);
    for (const raw of raws) {
      const e = expression(raw);
      const value = plainValue(e, variables);
      // undefined: left to Liquid, which renders it.
      if (value !== undefined) expect(value, raw).toBe(liquid.renderSync(e.liquid, variables));
    }
  });

  it("still reads a name that only starts like a keyword, and ordinary default paths", () => {
    for (const raw of [
      "{{ club.none | default: true_name }}",
      "{{ club.gone | default: club.name }}",
      "{{ true_name }}",
    ]) {
      const e = expression(raw);
      const value = plainValue(e, variables);
      expect(value, raw).toBeTypeOf("string");
      expect(value, raw).toBe(liquid.renderSync(e.liquid, variables));
    }
  });
});
