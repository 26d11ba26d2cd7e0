/**
 * Two or more people called by first name in one training sentence ("Ffion and Gethin completed the same course on
 * 4 May 2025"), each named in full elsewhere: the sentence is each one's dated record (issue 11, twenty-sixth
 * held-out set), in our own words; every name is invented. As of 1 December 2026.
 * Nobody is credited when one of the first names is nobody's, and a rule about a role ("All volunteers …") stays one.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(sentence: string): string {
  return [
    "# Pendle Brook Robotics Club — Safeguarding",
    "",
    "Date of last review: October 2026. Next review: October 2027.",
    "",
    "Our chair, **Marisol Quint**, is the Safeguarding Lead. If she is away, ask a deputy:\\",
    "**Deputy Safeguarding Leads:** Ffion Draycott / Gethin Marlowe / Nia Castellane",
    "",
    `Marisol completed the Safeguarding Lead course on 3 February 2025. ${sentence}`,
    "",
  ].join("\n");
}

const run = (rule: typeof trainingMissing, text: string) =>
  checkText(rule, text, { asOf }).map((f) => f.message);

describe("first names joined in one training sentence", () => {
  it("credits each person with the dated course", () => {
    for (const sentence of [
      "Ffion, Gethin and Nia completed the same course on 9 June 2025.",
      "Ffion, Gethin & Nia have completed the deputy lead course in July 2025.",
    ]) {
      const text = policy(sentence);
      expect(run(trainingMissing, text), sentence).toEqual([]);
      expect(run(trainingUndated, text), sentence).toEqual([]);
      expect(run(trainingStale, text), sentence).toEqual([]);
    }
  });

  it("gives each of them a stale course when it is old", () => {
    const stale = run(
      trainingStale,
      policy("Ffion, Gethin and Nia completed the Designated Safeguarding Lead course in March 2019."),
    );
    for (const who of ["Ffion Draycott", "Gethin Marlowe", "Nia Castellane"])
      expect(stale.join(" ")).toContain(who);
  });

  it("credits nobody when a first name is nobody's", () => {
    const missing = run(
      trainingMissing,
      policy("Ffion, Gethin and Bartholomew completed the same course on 9 June 2025."),
    );
    expect(missing.join(" ")).toContain("Ffion Draycott");
    expect(missing.join(" ")).toContain("Nia Castellane");
  });
});
