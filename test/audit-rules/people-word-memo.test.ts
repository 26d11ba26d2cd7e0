/**
 * The name finder keeps, per word, whether it is a word that is never a name and what the lexicon says of it. The
 * answers depend on the word alone: a word read once and a different word read next each get their own answer, and
 * a word read again gets the same one. Invented names throughout.
 */
import { describe, expect, it } from "vitest";
import { nameAt, namesAt } from "../../src/audit/text/people.js";

describe("the name finder's per-word answers", () => {
  it("gives each word its own answer, read in any order and again", () => {
    const windows = [
      "Will Hartwell, our lead",
      "Will do so at once",
      "Parents may ask",
      "Mrs Ada Parents",
      "April Quennell and Tobin Marsh",
      "April meeting",
      "Lead Tutor",
      "Leah Tutor",
      "Ravi Patel",
      "Ravi Chandran Parents may ask",
      "Nell Stroud",
      "NEXT STEPS",
    ];
    const read = () => windows.map((w) => namesAt(w).map((n) => n.name));
    const first = read();
    expect(first).toEqual([
      ["Will Hartwell"],
      [],
      [],
      ["Mrs Ada"],
      ["April Quennell", "Tobin Marsh"],
      [],
      [],
      ["Leah Tutor"],
      ["Ravi Patel"],
      ["Ravi Chandran"],
      ["Nell Stroud"],
      [],
    ]);
    expect([...windows].reverse().map((w) => namesAt(w).map((n) => n.name))).toEqual([...first].reverse());
    expect(read()).toEqual(first);
  });

  it("reads a word's own case: a name word and the same letters in capitals are separate answers", () => {
    expect(nameAt("DSL: JANE SMITH".slice(5))?.name).toBe("JANE SMITH");
    expect(nameAt("Jane Smith")?.name).toBe("Jane Smith");
  });
});
