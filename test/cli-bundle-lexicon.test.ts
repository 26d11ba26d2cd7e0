/**
 * The bundle's compromise lexicon (dist/bundle/compromise-lexicon.txt, scripts/build-cli.mjs) is read a word at a
 * time, so that an audit of one document, which asks for a few dozen words, never parses the 25,000 it does not
 * need. A long document asks for many more: a policy with thousands of names (a staff list, a training matrix)
 * asks once for each, and most are not in the lexicon. Each look-up must stay cheap however many there are —
 * thousands of words, found or not, cost about what parsing the whole lexicon once would, not many times it —
 * and a few dozen must cost next to nothing. The look-up is the bundle's own code, taken from the built chunk.
 * CPU time, never wall time (the machine is shared); each side is the least of a few runs. Names are invented.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";

const BUNDLE = fileURLToPath(new URL("../dist/bundle/", import.meta.url));
const LEXICON = join(BUNDLE, "compromise-lexicon.txt");

type Lookup = (text: string, word: string) => unknown;

let text: string;
let lookup: Lookup;
let words: string[];
let wholeAsJson: string;

/** The bundle's lexiconEntry, as esbuild wrote it into the chunk that reads the stored lexicon. */
function bundledLookup(): Lookup {
  const chunk = readdirSync(BUNDLE)
    .filter((file) => file.endsWith(".js"))
    .map((file) => readFileSync(join(BUNDLE, file), "utf8"))
    .find((code) => code.includes("// src/audit/compromise-lexicon.ts"));
  if (!chunk) throw new Error("no chunk of dist/bundle holds src/audit/compromise-lexicon.ts");
  const from = chunk.indexOf("// src/audit/compromise-lexicon.ts");
  const start = chunk.slice(from).search(/\nfunction lexiconEntry\d*\(/);
  if (start < 0) throw new Error("the bundle's compromise-lexicon.ts has no lexiconEntry");
  const source = chunk.slice(from + start + 1, chunk.indexOf("\n}\n", from + start) + 2);
  return new Function(`return (${source});`)() as Lookup;
}

/** Least CPU time (microseconds, user + system) of a few runs of `work`. */
function leastCpu(work: () => void, runs = 5): number {
  let least = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run++) {
    const before = process.cpuUsage();
    work();
    const spent = process.cpuUsage(before);
    least = Math.min(least, spent.user + spent.system);
  }
  return least;
}

/** Invented surnames, none an English word: "Quenbridgeton", "Varrowmere", … */
function inventedNames(count: number): string[] {
  const heads = [
    "quen",
    "varrow",
    "thisk",
    "ormel",
    "braith",
    "culden",
    "fennow",
    "gristle",
    "hadder",
    "jorrow",
  ];
  const tails = ["bridgeton", "mere", "wick", "stane", "holt", "by", "garth", "ley", "combe", "thwaite"];
  const names: string[] = [];
  for (let i = 0; names.length < count; i++)
    names.push(`${heads[i % 10]}${tails[Math.floor(i / 10) % 10]}${Math.floor(i / 100)}x`);
  return names;
}

beforeAll(() => {
  expect(existsSync(LEXICON), "dist/bundle is not built — run npm run build first").toBe(true);
  text = readFileSync(LEXICON, "utf8");
  lookup = bundledLookup();
  words = text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => line.slice(0, line.indexOf("\t")));
  const whole: Record<string, unknown> = {};
  for (const line of text.split("\n"))
    if (line !== "")
      whole[line.slice(0, line.indexOf("\t"))] = JSON.parse(line.slice(line.indexOf("\t") + 1));
  wholeAsJson = JSON.stringify(whole);
});

describe("the bundle's stored compromise lexicon", () => {
  it("gives each stored word its tags, and nothing for a word it does not hold", () => {
    expect(words.length).toBeGreaterThan(20_000);
    const sample = [words[0], words[words.length - 1], ...words.filter((_, i) => i % 97 === 0)];
    for (const word of sample) {
      const line = text.slice(text.indexOf(`\n${word}\t`) + 1);
      expect(lookup(text, word), word).toEqual(JSON.parse(line.slice(word.length + 1, line.indexOf("\n"))));
    }
    for (const word of ["quenbridgeton", "Haldane", "", "zzzz", "aaaa", "constructor", "toString", "a b"])
      if (!words.includes(word)) expect(lookup(text, word), word).toBeUndefined();
  });

  it("looks up 5,000 distinct words, mostly names it does not hold, for about the CPU of one parse of it all", () => {
    const asked = [
      ...new Set([...inventedNames(4_000), ...words.filter((_, i) => i % 25 === 0).slice(0, 1_000)]),
    ];
    expect(asked.length).toBeGreaterThan(4_900);
    const parse = leastCpu(() => JSON.parse(wholeAsJson));
    const lookups = leastCpu(() => {
      for (const word of asked) lookup(text, word);
    }, 3);
    // Halving the sorted text: about one parse's worth. indexOf over the whole text for each word: about 30
    // (0.2 to 0.3 ms a word not held).
    expect(lookups / parse, `look-ups ${lookups} µs, one parse ${parse} µs`).toBeLessThan(5);
  });

  it("looks up the few dozen words of a short policy for a small part of what parsing it all costs", () => {
    const asked = [...inventedNames(30), ...words.slice(1_000, 1_030)];
    const parse = leastCpu(() => JSON.parse(wholeAsJson));
    const lookups = leastCpu(() => {
      for (const word of asked) lookup(text, word);
    });
    expect(lookups / parse, `look-ups ${lookups} µs, one parse ${parse} µs`).toBeLessThan(0.5);
  });
});
