/**
 * outdated-reference (review of the thirty-seventh session), in our own words; every name is invented. "PHE" is
 * Public Health England only beside health words: not when a bracket straight after spells it out as something else
 * ("PHE (Physical and Health Education)"), and "healthy" is no health word ("PHE lessons cover healthy eating").
 * Still warned: "PHE" beside health protection, and "PHE (Public Health England)".
 */
import { describe, expect, it } from "vitest";
import { rule } from "../../src/audit/rules/outdated-reference.js";
import { markdownDocument, run } from "../fixtures/structure/documents.js";

const found = (sentence: string) =>
  run(
    rule,
    markdownDocument(`# Safeguarding Policy – Ferncombe Academy\n\n## Health\n\n${sentence}\n`),
  ).filter((f) => f.message.includes("PHE"));

describe("outdated-reference: PHE spelled out as another subject", () => {
  it("stays quiet on another PHE", () => {
    for (const text of [
      "Year 8 study PHE (Physical and Health Education) twice a week; health and fitness are taught there.",
      "Our PE and PHE lessons cover healthy eating and healthy friendships.",
    ])
      expect(found(text), text).toEqual([]);
  });

  it("still warns on Public Health England", () => {
    for (const text of [
      "We follow PHE guidance on infection control during an outbreak.",
      "We follow PHE (Public Health England) advice on health protection.",
    ])
      expect(found(text), text).toHaveLength(1);
  });
});
