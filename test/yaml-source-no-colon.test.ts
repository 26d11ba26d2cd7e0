/**
 * A setting file with many lines written without their colon says so for each line. That such a file (up to the
 * 2 MB a setting may be) is read without splitting the text again per error (16,000 lines took 53 s) is held by
 * the hostile case setting-16000-lines-without-colon (test/hostile/data.test.ts): a growth ratio could not tell
 * the two apart, the yaml parser's own time growing faster than the length (19–43 for 10× the lines, 44–54 the
 * old way).
 */
import { describe, expect, it } from "vitest";
import { parseYamlText } from "../src/data/yaml-source.js";

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
});
