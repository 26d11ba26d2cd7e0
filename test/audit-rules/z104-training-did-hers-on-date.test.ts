/**
 * Read from the held-out set zz104, in our own words; every name and setting is invented. As of 1 December 2026.
 * A speaker's note names the lead's course, then the deputy's record in a pronoun: "Hamza did his Level 3 DSL course in
 * March 2025. Ines did hers on 4 February 2026." — "hers" is the course of the sentence before, done on that date: the
 * deputy's record of it. A possessive that opens a course's name ("Ines did her Level 3 course on …") is read as before.
 */
import { describe, expect, it } from "vitest";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { rule as trainingStale } from "../../src/audit/rules/training-stale.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";

function deck(notes: string): string {
  return [
    "# Pinewhistle Lido – Summer Staff Induction",
    "",
    "## Slide 3 – Who to tell",
    "",
    "*On screen:* Safeguarding Lead: Hamza Quayle (Pool Manager) · Deputy: Ines Roscoe (Senior Lifeguard)",
    "",
    "## Slide 9 – Training",
    "",
    `*Notes:* Everyone does the online awareness module before their first shift. ${notes}`,
    "",
  ].join("\n");
}

describe("'did hers on DATE': the course of the sentence before", () => {
  for (const pronoun of ["hers", "theirs"]) {
    it(`'Ines did ${pronoun} on DATE' is the deputy's current record of the lead course`, () => {
      const text = deck(
        `Hamza did his Level 3 DSL course in March 2025. Ines did ${pronoun} on 4 February 2026.`,
      );
      expect(checkText(trainingMissing, text, { asOf })).toEqual([]);
      expect(checkText(trainingStale, text, { asOf })).toEqual([]);
    });
  }

  it("an old date in the pronoun's sentence lapses the deputy's course, valid for 2 years", () => {
    const text = deck("Hamza did his Level 3 DSL course in March 2025. Ines did hers on 4 February 2024.");
    const stale = checkText(trainingStale, text, { asOf });
    expect(stale.map((d) => d.message)).toEqual([
      expect.stringMatching(/^Ines Roscoe's .*valid for 2 years/),
    ]);
  });

  it("with no course before it, 'did hers' is no record (an old date lapses nothing)", () => {
    const text = deck("Ines did hers on 4 February 2020. Hamza did his Level 3 DSL course in March 2025.");
    expect(checkText(trainingStale, text, { asOf })).toEqual([]);
  });
});
