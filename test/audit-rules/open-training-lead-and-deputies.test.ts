/**
 * "The lead and deputies hold …" in prose (issue 11, review2 finding 4), in our own words; every name is invented.
 * As of 1 December 2026.
 * - With a date the course was done ("gained in March 2019", "last refreshed in 2020"), the sentence is the record of
 *   the lead and of every deputy the document names: one finding per person, none of them undated.
 * - With no date, or only a recurring time ("renewed every two years", "each September"), it is a rule for the
 *   role's holders: nobody's record.
 * - When the lead or the deputies are not named, nobody is credited (no deputy is left with a false "undated").
 * - A plural role with no names ("Our safeguarding officers …") invents nobody.
 * - A lead alone whose course is dated after a comma ("…, gained in March 2019") is dated, not undated.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { rule as trainingUndated } from "../../src/audit/rules/training-undated.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function policy(people: string[], sentence: string): string {
  return [
    "# Larkspur Meadow Pre-school — Safeguarding",
    "",
    ...people.flatMap((p) => [p, ""]),
    "Date of last review: October 2026. Next review: October 2027.",
    "",
    "## Training",
    "",
    sentence,
    "",
  ].join("\n");
}

const PEOPLE = [
  "Designated Safeguarding Lead: Ms Carys Penhallow",
  "Deputy DSL: Mr Tobiah Grennan",
  "Deputy DSL: Mrs Wren Osei-Barker",
];

function messages(text: string) {
  return {
    stale: checkText(trainingStale, text, { asOf }).map((f) => f.message),
    undated: checkText(trainingUndated, text, { asOf }).map((f) => f.message),
  };
}

describe("the lead and deputies holding a course, with a past date", () => {
  it("is the stale record of the lead and of each named deputy, one finding each", () => {
    for (const sentence of [
      "The Designated Safeguarding Lead and deputies hold the Level 3 DSL certificate, gained in March 2019.",
      "The DSL and deputies have completed the Level 3 course in May 2020.",
      "Our DSL and her deputies hold the designated lead certificate, last refreshed in 2020.",
    ]) {
      const { stale, undated } = messages(policy(PEOPLE, sentence));
      expect(undated, sentence).toEqual([]);
      expect(stale, sentence).toHaveLength(3);
      for (const who of ["Ms Carys Penhallow", "Mr Tobiah Grennan", "Mrs Wren Osei-Barker"])
        expect(stale.join(" "), sentence).toContain(`${who}'s`);
    }
  });

  it("credits nobody when a deputy is not named, rather than some of them (near miss)", () => {
    const sentence =
      "The Designated Safeguarding Lead and deputies hold the Level 3 DSL certificate, gained in March 2019.";
    const { stale, undated } = messages(policy([PEOPLE[0]], sentence));
    expect(undated).toEqual([]);
    expect(stale.join(" ")).not.toMatch(/Penhallow/);
  });
});

describe("the lead and deputies with no date, or only a recurring time: a rule", () => {
  it("gives nobody a record", () => {
    for (const sentence of [
      "The Designated Safeguarding Lead and deputies hold the Level 3 DSL certificate.",
      "The DSL and deputies hold the Level 3 DSL certificate, renewed every two years.",
      "The DSL and deputies hold the Level 3 DSL certificate, refreshed each September.",
    ]) {
      const { stale, undated } = messages(policy(PEOPLE, sentence));
      expect([...stale, ...undated], sentence).toEqual([]);
    }
  });
});

describe("near misses that keep their findings", () => {
  it("a lead alone with the date after a comma is dated and stale, not undated", () => {
    const sentence =
      "The Designated Safeguarding Lead holds the Level 3 DSL certificate, gained in March 2019.";
    const { stale, undated } = messages(policy(PEOPLE, sentence));
    expect(undated).toEqual([]);
    expect(stale).toHaveLength(1);
    expect(stale[0]).toContain("Ms Carys Penhallow's");
  });

  it("a lead alone with a course and no date is still undated", () => {
    const { undated } = messages(
      policy(PEOPLE, "The Designated Safeguarding Lead holds the Level 3 DSL certificate."),
    );
    expect(undated).toHaveLength(1);
  });

  it("a plural role with no names invents nobody", () => {
    const sentence = "Our safeguarding officers also hold the Level 3 course, last refreshed in 2018.";
    const { stale, undated } = messages(policy(PEOPLE, sentence));
    expect(undated).toEqual([]);
    expect(stale.join(" ")).not.toMatch(/Penhallow|Grennan|Osei-Barker/);
  });

  it("a date that is a deadline is not when the course was done", () => {
    const sentence =
      "The Designated Safeguarding Lead holds the Level 3 DSL certificate, valid until 31 May 2027.";
    const { stale, undated } = messages(policy(PEOPLE, sentence));
    expect([...stale, ...undated]).toEqual([]);
  });
});
