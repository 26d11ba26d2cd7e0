/**
 * A key written twice in one map of a setting file is reported at the repeated key, as the yaml library's own
 * uniqueKeys check reports it — but found with a set per map (src/data/yaml-source.ts withDuplicateKeys): the
 * library compares each key with every earlier one, so a file of many keys took time growing with their square
 * (32,000 keys, ten seconds: the hostile case setting-16000-lines-without-colon).
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "yaml";
import { parseYamlText } from "../src/data/yaml-source.js";
import { growth } from "./helpers/growth.js";

const CASES: Record<string, string> = {
  "a field written twice": "id: oak\nname: Oak Primary\nname: Oak Primary School\n",
  "a field three times": "a: 1\nb: 2\na: 3\na: 4\n",
  "the same field in two different maps": "lead:\n  name: Ada\ndeputy:\n  name: Ben\n",
  "a field twice inside a nested map, and the outer key twice after it":
    "lead:\n  name: Ada\n  phone: 1\n  name: Ann\nlead: x\n",
  "a field twice in one item of a list": "people:\n  - name: Ada\n    name: Ann\n  - name: Ben\n",
  "a flow map": "contacts: { phone: 1, email: a, phone: 2 }\n",
  "a number and a text that read alike": "1: one\n'1': text\n",
  "two empty keys": ": a\n: b\n",
  "a key with an anchor, then the same key": "&first name: Ada\nname: Ann\n",
  "two NaN keys, never the same": ".nan: a\n.NaN: b\n",
  "an alias as a key": "base: &k name\n*k : Ada\nname: Ann\n",
};

const libraryPlaces = (text: string) =>
  parseDocument(text, { uniqueKeys: true })
    .errors.filter((e) => e.code === "DUPLICATE_KEY")
    .map((e) => e.pos[0]);
const ourPlaces = (text: string) =>
  parseYamlText("orgs/oak.yaml", text)
    .doc.errors.filter((e) => e.code === "DUPLICATE_KEY")
    .map((e) => e.pos[0]);

describe("a key written twice in one map", () => {
  for (const [name, text] of Object.entries(CASES))
    it(`is found where the yaml library finds it: ${name}`, () => {
      expect(ourPlaces(text)).toEqual(libraryPlaces(text));
    });

  it("is reported at the repeated key's line and column, in plain words", () => {
    const { problems, value } = parseYamlText(
      "orgs/oak.yaml",
      CASES["a field twice inside a nested map, and the outer key twice after it"],
    );
    expect(value).toBeUndefined();
    expect(problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.message}`)).toEqual([
      'orgs/oak.yaml:4:3 "name" is written twice — it is already on line 2; keep the right value and delete the other line',
      'orgs/oak.yaml:5:1 "lead" is written twice — it is already on line 1; keep the right value and delete the other line',
    ]);
  });

  it("is looked for in time that grows with the number of keys, not its square", () => {
    const keys = (n: number) => Array.from({ length: n }, (_, i) => `field${i}: value ${i}`).join("\n");
    const texts = new Map([2_000, 20_000].map((n) => [n, keys(n)]));
    const ratio = growth((n) => parseYamlText("orgs/oak.yaml", texts.get(n) ?? ""), 2_000, 20_000);
    expect(ratio).toBeLessThan(30);
  });
});
