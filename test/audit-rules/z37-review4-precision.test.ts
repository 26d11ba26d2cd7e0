/**
 * A third review of the session's changes (thirty-seventh), in our own words; every name is invented. As of
 * 1 December 2026. Each case was right before the session's changes and wrong after them:
 * - "The deputy also completed …" is the deputy's record (a word between "deputy" and its verb);
 * - an old board's name before a bracket that is a phone number and "now" is still the board in use, not history;
 * - "PHE (local health protection team)" and "PHE's healthcare guidance" are Public Health England (only a bracket that
 *   spells out P-H-E as another subject, "PHE (Physical and Health Education)", is not);
 * - "Staff safeguarding records checked: DD/MM/YYYY" is a field left unfilled ("records" is a noun in a label);
 * - "I wrote this policy on DATE and I review it every year. Most recently, parents asked …" is still dated by its
 *   writing: "most recently" with no date after it is no review.
 */
import { describe, expect, it } from "vitest";
import { rule as outdatedReference } from "../../src/audit/rules/outdated-reference.js";
import { rule as placeholderText } from "../../src/audit/rules/placeholder-text.js";
import { rule as reviewOverdue } from "../../src/audit/rules/review-overdue.js";
import { rule as trainingMissing } from "../../src/audit/rules/training-missing.js";
import { checkText } from "../helpers/audit-context.js";

const asOf = "2026-12-01";
const excerpts = (rule: Parameters<typeof checkText>[0], text: string) =>
  checkText(rule, text, { asOf }).map((f) => f.excerpt);

describe("review 4 of the thirty-seventh session", () => {
  it("'The deputy also completed …' is the one named deputy's record", () => {
    const text = [
      "# Safeguarding policy",
      "",
      "Designated Safeguarding Lead: Ann Lee. Deputy Designated Safeguarding Lead: Tom Ure.",
      "",
      "Ann Lee completed Designated Safeguarding Lead training on 3 March 2026. The deputy also completed Designated Safeguarding Lead training (Level 3) on 2 June 2025.",
    ].join("\n");
    expect(excerpts(trainingMissing, text)).toEqual([]);
  });
  it("an old board before a phone number's bracket and 'now' is in use", () => {
    expect(
      excerpts(
        outdatedReference,
        "Otherwise ring the Local Safeguarding Children Board (01632 960123) now and tell the DSL.",
      ),
    ).toEqual(["Local Safeguarding Children Board"]);
    expect(
      excerpts(outdatedReference, "The Independent Safeguarding Authority (ISA) was scrapped in 2012."),
    ).toEqual([]);
  });
  it("PHE beside health words is Public Health England unless its bracket spells out another subject", () => {
    expect(
      excerpts(
        outdatedReference,
        "For an outbreak the welfare officer reports it to PHE (local health protection team) on 0300 303 8162.",
      ),
    ).toEqual(["PHE"]);
    expect(
      excerpts(
        outdatedReference,
        "Guidance on head lice and other infections comes from PHE's healthcare guidance.",
      ),
    ).toEqual(["PHE"]);
    expect(
      excerpts(outdatedReference, "Pupils study PHE (Physical and Health Education) twice a week."),
    ).toEqual([]);
  });
  it("a label with a plural noun before a date format is a field left unfilled", () => {
    expect(excerpts(placeholderText, "Staff safeguarding records checked: DD/MM/YYYY")).toEqual([
      "DD/MM/YYYY",
    ]);
    expect(excerpts(placeholderText, "Every entry in the concern log is dated: DD/MM/YYYY.")).toEqual([]);
  });
  it("'most recently' or 'Reviewed' with no date after it leaves the written date the policy's", () => {
    for (const tail of [
      "Most recently, parents asked me to add a section on online lessons.",
      "Reviewed copies go to every family.",
    ]) {
      const text = `# My safeguarding policy\n\nI wrote this policy on the 3rd of March 2023 and I review it every year. ${tail}\n`;
      expect(checkText(reviewOverdue, text, { asOf }).length, tail).toBe(1);
    }
    const since =
      "# My safeguarding policy\n\nI wrote this policy in May 2019 and I have reviewed it every year since.\n";
    expect(checkText(reviewOverdue, since, { asOf })).toEqual([]);
  });
});
