/**
 * A setting file with many broken lines (up to the 2 MB a setting may be) is read in time proportional to its
 * length: each error's line is looked up in the text split once, not split again per error (8,000 lines without
 * their colon took 5 s, 16,000 took 53 s).
 */
import { describe, expect, it } from "vitest";
import { parseYamlText } from "../src/data/yaml-source.js";
import { growth } from "./helpers/growth.js";

const broken = (lines: number) =>
  `id: oak\n${Array.from({ length: lines }, (_, i) => `a${i}: 1\nname${i} Oak Primary`).join("\n")}\n`;

describe("a setting file with many lines written without their colon", () => {
  it("says so for each line", () => {
    const { problems } = parseYamlText("orgs/oak.yaml", broken(3));
    expect(problems.map((p) => `${p.line}: ${p.message}`)).toEqual([
      '3: "name0 Oak Primary" has no colon after "name0" — write it as "name0: Oak Primary"',
      '5: "name1 Oak Primary" has no colon after "name1" — write it as "name1: Oak Primary"',
      '7: "name2 Oak Primary" has no colon after "name2" — write it as "name2: Oak Primary"',
    ]);
  });

  it("is read in time proportional to its length", () => {
    // A ratio of CPU times, never a wall time (test/helpers/growth.ts).
    const ratio = growth((lines) => parseYamlText("orgs/oak.yaml", broken(lines)), 500, 5000);
    expect(ratio).toBeLessThan(40);
  });
});
